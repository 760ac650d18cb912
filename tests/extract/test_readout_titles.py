"""Rule event:readout-title: the call or meeting an official readout's title names, when its text never names it."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.readout_titles import title_event

KREMLIN = "http://en.kremlin.ru/events/president/news/1"
WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/x/"
NEWS = "https://www.example-news.com/a"


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Telephone conversation with President of France Emmanuel Macron", ("call", False)),
        ("Telephone conversations with President of France Emmanuel Macron and Chancellor Olaf Scholz", ("call", True)),
        ("Talks with President of Brazil Jair Bolsonaro", ("talks", False)),
        ("Meeting with President of Belarus Alexander Lukashenko", ("meeting", False)),
        ("Readout of President Biden's Video Call with Prime Minister Kishida of Japan", ("call", False)),
        ("Readout of President Biden’s Meeting with Chancellor Olaf Scholz of Germany", ("meeting", False)),
        ("Conversation with President of Tajikistan Emomali Rahmon", ("talks", False)),
        # the event words are not the title's head: a side event or a preview
        ("Remarks by President Biden Before Meeting with the Competition Council", None),
        ("Statement by the Press Secretary Announcing the President's Meeting with Prime Minister Lee", None),
        ("On February 15, Vladimir Putin will hold talks with Federal Chancellor of Germany Olaf Scholz", None),
        ("News conference following Russian-German talks", None),
        ("Greetings on Bailiffs' Day", None),
        ("", None),
    ],
)
def test_title_event(title, expected):
    assert title_event(title) == expected


@pytest.fixture(scope="module")
def event_rows(pipeline):
    """The call, meeting and talks rows of an invented text published on 3 February 2022."""
    from extract.pipeline import extract_articles
    from extract.records import Article

    def run(text: str, title: str, url: str = KREMLIN):
        article = Article(article_id="t", text=text, title=title, url=url, published=dt.date(2022, 2, 3))
        frame = extract_articles([article], nlp=pipeline).statements
        frame = frame[frame["kind"].isin(["call", "meeting", "talks", "visit"])]
        return [(r.kind, r.speaker, list(r.addressees), str(r.date)[:10], r.date_precision, r.method)
                for r in frame.itertuples()]

    return run


OPENING = "The presidents exchanged views on European security. Both sides agreed to stay in contact."


@pytest.mark.parametrize(
    "text, title, url, expected",
    [
        # the title names the call; the text only says what was discussed
        (OPENING, "Telephone conversation with President of France Emmanuel Macron", KREMLIN,
         [("call", "Vladimir Putin", ["Emmanuel Macron"], "2022-02-03", "published", "event:readout-title")]),
        (OPENING, "Talks with Prime Minister of Hungary Viktor Orban", KREMLIN,
         [("talks", "Vladimir Putin", ["Viktor Orbán"], "2022-02-03", "published", "event:readout-title")]),
        # a release of several calls: one per person named
        (OPENING, "Telephone conversations with President of France Emmanuel Macron and Federal Chancellor of "
                  "Germany Olaf Scholz", KREMLIN,
         [("call", "Vladimir Putin", ["Emmanuel Macron"], "2022-02-03", "published", "event:readout-title"),
          ("call", "Vladimir Putin", ["Olaf Scholz"], "2022-02-03", "published", "event:readout-title")]),
        # one call with two people
        (OPENING, "Telephone conversation with Olaf Scholz and Emmanuel Macron", KREMLIN,
         [("call", "Vladimir Putin", ["Olaf Scholz", "Emmanuel Macron"], "2022-02-03", "published",
           "event:readout-title")]),
        # a domestic meeting is no event
        ("The Defence Minister reported on the exercises.", "Meeting with Defence Minister Sergei Shoigu", KREMLIN, []),
        # a news story's title is not a party's own readout
        (OPENING, "Telephone conversation with President of France Emmanuel Macron", NEWS, []),
        # a side event's title names no event of the text
        (OPENING, "Remarks by President Biden Before Meeting with President Macron of France", WHITE_HOUSE, []),
    ],
)
def test_title_event_rows(event_rows, text, title, url, expected):
    assert event_rows(text, title, url) == expected


def test_a_text_that_names_the_call_keeps_its_own_row(event_rows):
    found = event_rows("Vladimir Putin had a telephone conversation with Emmanuel Macron. " + OPENING,
                       "Telephone conversation with President of France Emmanuel Macron")
    assert [(kind, speaker, others, method) for kind, speaker, others, _, _, method in found] == [
        ("call", "Vladimir Putin", ["Emmanuel Macron"], "event:readout-own")]


def test_a_call_title_after_an_earlier_visit_of_the_same_leaders(event_rows):
    """The text names only an earlier visit: the call of the title is still a row of its own."""
    found = event_rows("Following President Macron's recent visit to Moscow, the two leaders exchanged views on "
                       "European security.",
                       "Telephone conversation with President of France Emmanuel Macron")
    assert ("call", "Vladimir Putin", ["Emmanuel Macron"], "event:readout-title") in [
        (k, s, o, m) for k, s, o, _, _, m in found]
