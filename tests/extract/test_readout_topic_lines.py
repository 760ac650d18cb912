"""Verbless topic lines after "The parties discussed:": one row per participant and line."""
from __future__ import annotations

import datetime as dt

import pytest

KREMLIN = "http://en.kremlin.ru/events/president/news/1"
OPENING = "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.\n\n"
TITLE = "Telephone conversation with President of France Emmanuel Macron"


@pytest.fixture(scope="module")
def topic_rows(pipeline):
    """The topic-line rows of an invented Kremlin readout."""
    from extract.pipeline import extract_articles
    from extract.records import Article

    def run(text: str, url: str = KREMLIN):
        article = Article(article_id="t", text=text, title=TITLE, url=url, published=dt.date(2022, 2, 3))
        frame = extract_articles([article], nlp=pipeline).statements
        return frame[frame["method"] == "readout:topic-line"]

    return run


@pytest.mark.parametrize(
    "body, lines",
    [
        ("The sides discussed:\n\nThe supply of grain to Africa.\n\nThe repair of the dams on the river.",
         ["The supply of grain to Africa", "The repair of the dams on the river"]),
        ("The agenda of the conversation included:\n\nSafety at the nuclear plants.",
         ["Safety at the nuclear plants"]),
    ],
)
def test_topic_lines(topic_rows, body, lines):
    found = topic_rows(OPENING + body)
    assert sorted(set(found["text"])) == sorted(lines)
    assert sorted(found["speaker"]) == sorted(["Emmanuel Macron", "Vladimir Putin"] * len(lines))


@pytest.mark.parametrize(
    "body, url",
    [
        ("The supply of grain to Africa.", KREMLIN),  # no list intro before the line
        ("Vladimir Putin said:\n\nThe supply of grain to Africa.", KREMLIN),  # not a readout verb
        ("The sides discussed:\n\nThe supply of grain to Africa.", "https://www.example-news.com/a"),  # news
        ("The sides discussed:\n\nThe ministers will meet again in May.", KREMLIN),  # a clause, not a topic line
    ],
)
def test_no_topic_lines(topic_rows, body, url):
    assert topic_rows(OPENING + body, url).empty
