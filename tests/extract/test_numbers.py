import pytest

from extract.numbers import parse_count, words_to_number


@pytest.mark.parametrize(
    "phrase, value, qualifier, problem",
    [
        ("more than 100,000", 100000, "more than", None),
        ("nearly 3,000", 3000, "nearly", None),
        ("up to 4,000", 4000, "up to", None),
        ("8,500", 8500, "exact", None),
        ("8.500", 8500, "exact", None),
        ("100 000", 100000, "exact", None),
        ("about 130,000", 130000, "about", None),
        ("some 100,000", 100000, "about", None),
        ("an estimated 175,000", 175000, "about", None),
        ("at least 30,000", 30000, "at least", None),
        ("as many as 190,000", 190000, "up to", None),
        ("fewer than 500", 500, "fewer than", None),
        ("between 2,000 and 3,000", 2000, "range", None),
        ("2,000-3,000", 2000, "range", None),
        ("three thousand", 3000, "exact", None),
        ("two", 2, "exact", None),
        ("1.5 million", 1500000, "exact", None),
        ("tens of thousands of", None, None, "vague"),
        ("thousands of", None, None, "vague"),
        ("1,00,000", None, None, "garbled"),
        ("3000000000", None, None, "absurd"),
    ],
)
def test_parse_count(phrase, value, qualifier, problem):
    count = parse_count(phrase)
    assert count is not None
    assert (count.value, count.qualifier, count.problem) == (value, qualifier, problem)
    assert count.text == phrase


@pytest.mark.parametrize("phrase", ["", "heavily armed", "the", "additional"])
def test_no_number(phrase):
    assert parse_count(phrase) is None


@pytest.mark.parametrize("words, value", [("two", 2), ("a hundred", 100), ("three thousand", 3000),
                                          ("twenty-five", 25), ("one hundred and fifty", 150), ("a", None), ("troops", None)])
def test_words_to_number(words, value):
    assert words_to_number(words) == value
