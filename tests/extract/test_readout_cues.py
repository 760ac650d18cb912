"""Readout cues and agentless sentences: in a party's own readout they give one row per participant."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def readout(pipeline):
    """Extract an invented readout of the White House (its principal is Joe Biden)."""
    from extract.pipeline import extract_articles
    from extract.records import Article

    def run(text: str, title: str = "Readout of President Biden's Call with President Macron of France",
            source: str = "whitehouse.gov"):
        article = Article(article_id="r", text=text, title=title, source=source, published=dt.date(2022, 2, 3))
        result = extract_articles([article], nlp=pipeline)
        assert not result.problems, result.problems
        return result.statements[~result.statements["method"].str.startswith("event:")]

    return run


BOTH = ["Emmanuel Macron", "Joe Biden"]


@pytest.mark.parametrize(
    "sentence, speakers, act, content",
    [
        ("The leaders discussed the grain exports from the region.", BOTH, "say", "the grain exports from the region"),
        ("The two presidents exchanged views on energy prices.", BOTH, "say", "views on energy prices"),
        ("They agreed to keep in close contact.", BOTH, "agree", "to keep in close contact"),
        ("The sides reaffirmed their support for the peace talks.", BOTH, "confirm",
         "their support for the peace talks"),
        ("The leaders expressed concern about the fighting near the river.", BOTH, "warn",
         "the fighting near the river"),  # the light-verb rule: its noun gives the act
        ("President Biden thanked his colleague for the new aid package.", ["Joe Biden"], "say",
         "his colleague for the new aid package"),
        ("President Biden made clear that the embassy will stay open.", ["Joe Biden"], "say",
         "the embassy will stay open"),
        # agentless sentences belong to every participant
        ("The situation at the border was also discussed.", BOTH, "say", "The situation at the border"),
        ("The conversation focused on the coming winter.", BOTH, "say", "the coming winter"),
        ("Attention was paid to the supply of gas.", BOTH, "say", "the supply of gas"),
    ],
)
def test_readout_rows(readout, sentence, speakers, act, content):
    found = readout(sentence)
    assert sorted(found["speaker"]) == speakers
    assert set(found["act"]) == {act}
    assert set(found["text"]) == {content}
    if len(speakers) > 1:
        assert all(sorted([row["speaker"], *row["co_speakers"]]) == speakers for _, row in found.iterrows())


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("The leaders discussed the grain exports from the region.", "example-news.com"),  # news: not a readout
        ("The situation at the border was also discussed.", "example-news.com"),
    ],
)
def test_no_readout_rows_outside_official_texts(readout, sentence, source):
    assert readout(sentence, source=source).empty
