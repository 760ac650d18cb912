"""Pronoun speakers inside a transcript turn refer to someone the turn names, never to the turn's own speaker."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.records import Article

OPENING = ("Taking part in the meeting were Prime Minister of Armenia Nikol Pashinyan and President of Tajikistan "
           "Emomali Rahmon. Armenia and Tajikistan said they would join the new programme. * * * "
           "President of Russia Vladimir Putin: Good afternoon, colleagues. ")


@pytest.fixture(scope="module")
def meeting(pipeline):
    """Extract an invented Kremlin transcript whose second turn is `turn` (Putin speaks it)."""
    from extract.pipeline import extract_articles

    def run(turn: str):
        article = Article("k", OPENING + turn, title="Informal meeting of the heads of state",
                          published=dt.date(2022, 2, 14), url="http://en.kremlin.ru/events/president/news/1")
        return extract_articles([article], nlp=pipeline)

    return run


@pytest.mark.parametrize(
    "turn, content",
    [
        # "they" = a group the turn names only with common nouns, not the states listed by the narrator
        ("I spoke to your young engineers and to the doctors, and they said the new bridge was very safe.",
         "the new bridge was very safe"),
        # "it" of "It is important to note" is no state named by the narrator
        ("It is also important to note that the new bridge was very safe.", "the new bridge was very safe"),
        # "he" in Putin's own turn is not Putin, who would say "I"
        ("Thank you. Minister of Culture Anna Smith: The museum is open again. Vladimir Putin: I talked to the "
         "director of the museum. He told me the old building will be repaired by spring.",
         "the old building will be repaired by spring"),
    ],
)
def test_a_pronoun_the_turn_never_named_gives_no_row(meeting, turn, content):
    result = meeting(turn)
    rows = result.statements
    assert list(rows.loc[rows["text"].str.contains(content, regex=False), "method"]) == ["turn:paragraph"]
    assert "drop:statement:turn-pronoun" in set(result.drops["rule"])


@pytest.mark.parametrize(
    "turn, speakers",
    [
        # the turn names the people "they" refers to
        ("Armenia and Tajikistan have studied the plans. They said the new bridge was very safe.",
         ["Armenia", "Tajikistan"]),
        # ... or a group of participants: "the leaders"
        ("The leaders have studied the plans. They said the new bridge was very safe.", ["Armenia", "Tajikistan"]),
    ],
)
def test_a_pronoun_the_turn_named_keeps_its_row(meeting, turn, speakers):
    rows = meeting(turn).statements
    found = rows[rows["text"].str.startswith("the new bridge") | rows["text"].str.startswith("that the new bridge")]
    assert sorted(found["speaker"]) == speakers


BRIEFING = (
    "MS. SMITH:  Good afternoon.  President Putin spoke with the French President on Monday.\n\n"
    "Q    Will the President call him too?\n\n"
    "MS. SMITH:  As the President has said, the sanctions will stay in place.  He also asked all of us to keep "
    "the channels to Moscow open.\n\n"
)


@pytest.mark.parametrize(
    "content",
    [
        "the sanctions will stay in place",  # "the President" of a government's own text is its own
        "all of us to keep the channels to Moscow open",  # ... and so is its spokesman's "he"
    ],
)
def test_the_president_of_a_government_text_is_its_own(pipeline, content):
    from extract.pipeline import extract_articles

    article = Article("b", BRIEFING, title="Press Briefing by Press Secretary Jane Smith",
                      published=dt.date(2022, 1, 20), source="whitehouse.gov")
    rows = extract_articles([article], nlp=pipeline).statements
    assert list(rows.loc[rows["text"] == content, "speaker"]) == ["Joe Biden"]
