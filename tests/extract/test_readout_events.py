"""The call or meeting a readout reports: the principal speaks, and a 'Call with' title gives the mode."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def event_rows(pipeline):
    """The event rows of an invented text (a White House readout unless another url is given)."""
    from extract.pipeline import extract_articles
    from extract.records import Article

    def run(text: str, title: str, url: str = "https://www.whitehouse.gov/briefing-room/statements-releases/x/"):
        article = Article(article_id="e", text=text, title=title, url=url, published=dt.date(2022, 2, 3))
        frame = extract_articles([article], nlp=pipeline).statements
        return frame[frame["method"].str.startswith("event:")]

    return run


CALL = "Readout of President Biden's Call with President Iohannis of Romania"


@pytest.mark.parametrize(
    "text, title, url, expected",
    [
        # the principal is the speaker of the opening's event, whoever is named first
        ("President Iohannis of Romania and President Biden spoke by phone today.", CALL, None,
         ("call", "Joe Biden", ["Klaus Iohannis"])),
        # a call title gives the mode of a 'spoke with' the text leaves open
        ("President Biden spoke today with President Klaus Iohannis of Romania.", CALL, None,
         ("call", "Joe Biden", ["Klaus Iohannis"])),
        ("President Biden spoke today with President Klaus Iohannis of Romania.",
         "Readout of President Biden's Meeting with President Iohannis of Romania", None,
         ("talks", "Joe Biden", ["Klaus Iohannis"])),
        # news: the first-named participant speaks
        ("President Iohannis of Romania and President Biden spoke by phone today.", "", "https://www.example-news.com/a",
         ("call", "Klaus Iohannis", ["Joe Biden"])),
    ],
)
def test_opening_event(event_rows, text, title, url, expected):
    found = event_rows(text, title, *([url] if url else []))
    assert [(r["kind"], r["speaker"], list(r["addressees"])) for _, r in found.iterrows()] == [expected]


def test_a_later_event_keeps_its_first_named_speaker(event_rows):
    text = ("President Biden spoke today with President Klaus Iohannis of Romania. "
            "They discussed the air policing mission. "
            "Earlier this week, President Iohannis met with President Duda of Poland in Bucharest.")
    found = event_rows(text, CALL)
    later = found[found["text"].str.contains("Duda")]
    assert list(later["speaker"]) == ["Klaus Iohannis"]


@pytest.mark.parametrize("president", ["the President’s", "the\nPresident's", "the President's"])
def test_the_president_in_a_governments_own_text_is_its_own_after_another_president(event_rows, president):
    """A main-clause subject that is a foreign president does not take "the President's" of a White House text."""
    text = ("Q Did they discuss whether Putin can remain in power? "
            "MS. SMITH: They did not. "
            f"The call came on the heels of {president} trip to Europe last week.")
    found = event_rows(text, "Press Briefing by Press Secretary")
    trip = found[found["text"].str.contains("trip")]
    assert [(r["kind"], r["speaker"]) for _, r in trip.iterrows()] == [("visit", "Joe Biden")]


def test_an_earlier_event_in_the_opening_is_not_the_readouts_own(pipeline):
    """The first event of a call readout dated before the text is an earlier one: it keeps its own kind, and the
    call after it is the readout's (the principal speaks, the title gives the mode)."""
    from extract.pipeline import extract_articles
    from extract.records import Article

    text = ("Following talks held in Minsk the day before, Vladimir Putin had a telephone conversation with "
            "Emmanuel Macron.")
    article = Article(article_id="e", text=text, title="Telephone conversation with President of France Emmanuel Macron",
                      url="http://en.kremlin.ru/events/president/news/1", published=dt.date(2022, 2, 3))
    frame = extract_articles([article], nlp=pipeline).statements
    found = frame[frame["method"].str.startswith("event:")]
    assert [(r.kind, r.speaker, str(r.date)[:10]) for r in found.itertuples()] == [
        ("talks", "Vladimir Putin", "2022-02-02"), ("call", "Vladimir Putin", "2022-02-03")]
