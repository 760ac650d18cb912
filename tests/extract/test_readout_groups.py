"""Group participants of a readout's opening: the one who joined and one leader per state of the group."""
from __future__ import annotations

import datetime as dt

import pytest

WH = "https://www.whitehouse.gov/briefing-room/statements-releases/x/"


@pytest.fixture(scope="module")
def rows(pipeline):
    """The statement rows of an invented readout."""
    from extract.pipeline import extract_articles
    from extract.records import Article

    def run(text: str, url: str = WH):
        article = Article(article_id="g", text=text, title="Readout of a Call with Leaders", url=url,
                          published=dt.date(2022, 2, 3))
        return extract_articles([article], nlp=pipeline).statements

    return run


@pytest.mark.parametrize(
    "opening, speakers",
    [
        ("President Biden was joined by the leaders of Canada, Japan and Italy for a call today.",
         ["Fumio Kishida", "Joe Biden", "Justin Trudeau", "Mario Draghi"]),
        ("President Biden joined the leaders of the Baltic States for a video call today.",
         ["Gitanas Nausėda", "Joe Biden", "Kaja Kallas", "Krišjānis Kariņš"]),  # each state's leading office
    ],
)
def test_joined_leaders_are_the_participants(rows, opening, speakers):
    found = rows(opening + " The leaders discussed the air policing mission.")
    said = found[found["text"] == "the air policing mission"]
    assert sorted(said["speaker"]) == speakers


def test_the_joined_call_is_one_event_row(rows):
    found = rows("President Biden was joined by the leaders of Canada, Japan and Italy for a call today.")
    events = found[found["method"].str.startswith("event:")]
    assert [(r["kind"], r["speaker"], sorted(r["addressees"])) for _, r in events.iterrows()] == [
        ("call", "Joe Biden", ["Fumio Kishida", "Justin Trudeau", "Mario Draghi"])]


@pytest.mark.parametrize(
    "text, url",
    [
        # one who joined a group of people, not of states' leaders
        ("President Biden was joined by his grandchildren for a walk today. They discussed the weather.", WH),
        # news: no readout
        ("Biden was joined by the leaders of Canada, Japan and Italy for a call. The leaders discussed the mission.",
         "https://www.example-news.com/a"),
    ],
)
def test_no_group_participants(rows, text, url):
    found = rows(text, url)
    assert not found["method"].str.startswith("readout:").any()
