"""Happenings on the timeline: one mark per event, lanes for the main parties, reports by outlet and by party."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import Tables
from dashboard.events import (OTHERS, event_marks, lane_list, main_countries, mark_lanes, party_accounts, publisher_country,
                              reports_by_outlet, row_lanes)
from dashboard.timeline import timeline_rows
from extract.schema import coerce

WH = "US government work (public domain) · The White House, whitehouse.gov"
KREMLIN = "CC BY 4.0 · President of Russia, en.kremlin.ru"
NEWS = "publisher's copyright: rows only"


def _tables() -> Tables:
    """A call reported by three articles (two news outlets and the White House), plus a quote with no event."""
    articles = coerce(pd.DataFrame([
        {"article_id": "a", "title": "Leaders talk", "source": "Daily Example", "url": "https://example.org/a", "licence": NEWS},
        {"article_id": "b", "title": "Phone call", "source": "Evening Sample", "url": "https://example.org/b", "licence": NEWS},
        {"article_id": "w", "title": "Readout", "source": "The White House", "url": "https://www.whitehouse.gov/w", "licence": WH},
        {"article_id": "k", "title": "Telephone conversation", "source": "President of Russia", "url": "http://en.kremlin.ru/k",
         "licence": KREMLIN},
    ]), "articles")
    call = {"kind": "call", "speaker": "Anna Example", "speaker_country": "USA", "text": "spoke by phone with Boris Sample",
            "addressees": ["Boris Sample"], "addressee_countries": ["RUS"], "event_id": "ev-call"}
    statements = coerce(pd.DataFrame([
        {**call, "statement_id": "a:s1", "article_id": "a", "date": "2022-01-05", "date_end": "2022-01-05"},
        {**call, "statement_id": "b:s1", "article_id": "b", "date": "2022-01-06", "date_end": "2022-01-06"},
        {**call, "statement_id": "w:s1", "article_id": "w", "date": "2022-01-05", "date_end": "2022-01-05"},
        {**call, "statement_id": "k:s1", "article_id": "k", "date": "2022-01-05", "date_end": "2022-01-05"},
        {"statement_id": "a:s2", "article_id": "a", "date": "2022-01-04", "date_end": "2022-01-04", "kind": "direct_quote",
         "speaker": "Carl Invented", "speaker_country": "FRA", "text": "Talks must go on"},
    ]), "statements")
    events = coerce(pd.DataFrame([
        {"event_id": "ev-call", "kind": "call", "label": "Call: Anna Example – Boris Sample", "date": "2022-01-05",
         "parties": ["Anna Example", "Boris Sample"], "countries": ["USA", "RUS"], "n_reports": 4, "best_row_id": "w:s1"},
    ]), "events")
    return Tables(articles=articles, statements=statements, movements=coerce(pd.DataFrame(), "movements"), events=events)


def test_one_mark_per_event_and_one_per_row_without_one():
    marks = event_marks(timeline_rows(_tables()), _tables().events)
    assert list(marks["event"]) == ["a:s2", "ev-call"]  # by date: the quote of 4 Jan, then the call of 5 Jan
    quote, call = marks.iloc[0], marks.iloc[1]
    assert (call["label"], call["date"], call["n_reports"], call["n_outlets"]) == (
        "Call: Anna Example – Boris Sample", pd.Timestamp("2022-01-05"), 4, 4)
    assert call["parties"] == ["Anna Example", "Boris Sample"] and call["countries"] == ["USA", "RUS"]
    assert (call["best_row_id"], call["title"], call["url"]) == ("w:s1", "Readout", "https://www.whitehouse.gov/w")
    assert (quote["label"], quote["n_reports"], quote["countries"]) == ("Carl Invented · Quote: Talks must go on", 1, ["FRA"])


def test_marks_count_only_the_rows_given():
    rows = timeline_rows(_tables())
    marks = event_marks(rows[rows["source"] != "Evening Sample"], _tables().events)
    assert marks.set_index("event").loc["ev-call", ["n_reports", "n_outlets"]].tolist() == [3, 3]


def test_no_rows_no_marks():
    assert event_marks(timeline_rows(_tables()).iloc[0:0], _tables().events).empty


@pytest.mark.parametrize("n, expected", [(1, ["RUS"]), (2, ["RUS", "USA"]), (5, ["RUS", "USA", "FRA"]), (0, [])])
def test_main_countries_take_part_in_most_events(n, expected):
    marks = pd.DataFrame({"countries": [["USA", "RUS"], ["RUS"], ["FRA", "RUS"], ["USA"], []]})
    assert main_countries(marks, n) == expected


def test_lanes_of_marks_rows_and_their_order():
    countries = pd.Series([["FRA", "RUS"], ["FRA"], ["USA"], []])
    lanes = mark_lanes(countries, ["RUS", "USA"])
    assert list(lanes) == ["Russia", OTHERS, "United States", OTHERS]  # the first main country of each mark
    assert list(row_lanes(pd.Series(["RUS", "FRA", ""]), ["RUS"])) == ["Russia", OTHERS, OTHERS]
    assert lane_list(["USA", "RUS", "UKR"], lanes) == ["United States", "Russia", OTHERS]  # Ukraine has no mark


def test_reports_are_grouped_by_outlet_most_first():
    rows = timeline_rows(_tables())
    assert reports_by_outlet(rows, ["ev-call", "a:s2"]) == [
        ("Daily Example", ["a:s2", "a:s1"]), ("Evening Sample", ["b:s1"]), ("President of Russia", ["k:s1"]),
        ("The White House", ["w:s1"])]


@pytest.mark.parametrize("licence, url, source, expected", [
    (WH, "", "", "USA"),
    (KREMLIN, "", "", "RUS"),
    ("CC BY 4.0 · President of Ukraine, president.gov.ua", "", "", "UKR"),
    (NEWS, "https://www.whitehouse.gov/x", "The White House", None),  # news never counts as a party's account
    ("", "https://www.whitehouse.gov/x", "", None),  # one's own input: no licence
])
def test_publisher_country_comes_from_the_licence(licence, url, source, expected):
    assert publisher_country(licence, url, source) == expected


@pytest.mark.parametrize("kind, expected", [("call", {"RUS": ["k:s1"], "USA": ["w:s1"]}), ("statement", {})])
def test_each_party_has_its_own_account(kind, expected):
    assert party_accounts(timeline_rows(_tables()), "ev-call", kind) == expected
