import pytest

from extract.quotes import find_quotes, paragraphs, turn_label


def quoted(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cWe are ready,\u201d he said.", ["We are ready"]),
        ('"We are ready," he said. "We will not wait."', ["We are ready", "We will not wait."]),
        # an unclosed quote runs to the end of its paragraph and the next paragraph reopens it
        ("\u201cFirst part of it.\n\n\u201cSecond part.\u201d he said.", ["First part of it.", "Second part."]),
        ("He called it an \u201cimbalance power\u201d in the region.", ["imbalance power"]),
        ("No quotes at all here.", []),
        ('The 5" gun and "the talks" both.', ["the talks"]),
        ("\u00abNous sommes pr\u00eats\u00bb, dit-il.", ["Nous sommes pr\u00eats"]),
    ],
)
def test_find_quotes(text, expected):
    assert quoted(text) == expected


def test_offsets_index_the_original_text():
    text = "Intro.\n\n\u201cA long quote here,\u201d she said."
    (q,) = find_quotes(text)
    assert text[q.open_at] == "\u201c" and text[q.close_at] == "\u201d"
    assert text[q.start:q.end] == "A long quote here"


def test_paragraphs_skip_blank_lines_and_trim():
    text = "  One.  \n\n\nTwo.\n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["One.", "Two."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # scraped text without paragraph breaks: a new opening mark starts a new quote
        ('He said: "Our view is clear. \u201cThey have lost men.\u201d The UK agreed.', ["Our view is clear.", "They have lost men."]),
        ('"A straight quote closed by a curly one\u201d he said.', ["A straight quote closed by a curly one"]),
        ("\u201cOne. \u201cTwo.\u201d", ["One.", "Two."]),
    ],
)
def test_mixed_and_unclosed_marks(text, expected):
    assert quoted(text) == expected


def test_two_apostrophes_are_a_quote_mark():
    text = "''The sooner he releases his returns, the better,'' Mr. Goldberg said."
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == "The sooner he releases his returns, the better"


@pytest.mark.parametrize("text, name", [
    ("SMITH: We will talk again.", "SMITH"),
    ("MS. JONES: Thank you all for coming.", "MS. JONES"),
    ("THE PRESIDENT: Good afternoon.", "THE PRESIDENT"),
    ("O'BRIEN: Not today.", "O'BRIEN"),
    ("UPDATE: This story was changed.", None),
    ("READ MORE: Talks resume in Geneva", None),
    ("Q: Will you go to Kyiv?", None),
    ("Smith: we will talk again.", None),
    ("NATO and the EU said so.", None),
])
def test_turn_label(text, name):
    found = turn_label(text, 0)
    assert (text[found[0]:found[1]] if found else None) == name
