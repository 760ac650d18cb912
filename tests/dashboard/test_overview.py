"""The Overview's parts: the date span cut to the data's window, the latest happenings, sources and licences."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.data import Tables
from dashboard.overview import Headline, clip_span, headline, headline_html, latest_events, licence_text, sources
from extract.schema import coerce

WINDOW = (dt.date(2021, 11, 1), dt.date(2022, 2, 28))
WH = "US government work (public domain) · The White House, whitehouse.gov"
NEWS = "publisher's copyright: rows only"


@pytest.mark.parametrize("span, window, expected", [
    ((dt.date(1940, 6, 22), dt.date(2022, 2, 1)), WINDOW, (dt.date(2021, 11, 1), dt.date(2022, 2, 1))),
    ((dt.date(2021, 12, 1), dt.date(2032, 5, 1)), WINDOW, (dt.date(2021, 12, 1), dt.date(2022, 2, 28))),
    ((dt.date(2021, 12, 1), dt.date(2022, 1, 1)), None, (dt.date(2021, 12, 1), dt.date(2022, 1, 1))),
    ((dt.date(2030, 1, 1), dt.date(2032, 1, 1)), WINDOW, None),
    (None, WINDOW, None),
])
def test_span_is_cut_to_the_window(span, window, expected):
    assert clip_span(span, window) == expected


@pytest.mark.parametrize("label, text", [(WH, WH), (NEWS, "rows only"), ("", "rows only (own input)"), (None, "rows only (own input)")])
def test_licence_text(label, text):
    assert licence_text(label) == text


def _tables() -> Tables:
    articles = coerce(pd.DataFrame([
        {"article_id": "a", "title": "Story A", "source": "Daily Example", "url": "https://example.org/a", "licence": NEWS,
         "published": "2022-01-10"},
        {"article_id": "b", "title": "Story B", "source": "Daily Example", "url": "javascript:alert(1)", "licence": NEWS,
         "published": "2022-02-10"},
        {"article_id": "w", "title": "Readout", "source": "The White House", "url": "https://www.whitehouse.gov/w", "licence": WH,
         "published": "2022-02-11"},
    ]), "articles")
    base = {"speaker": "Anna Example", "speaker_country": "USA", "kind": "direct_quote", "text": "We stay calm"}
    statements = coerce(pd.DataFrame([
        {**base, "statement_id": "a:s1", "article_id": "a", "date": "2022-01-10", "event_id": "ev-old"},
        {**base, "statement_id": "b:s1", "article_id": "b", "date": "2022-02-10", "event_id": "ev-new"},
        {**base, "statement_id": "w:s1", "article_id": "w", "date": "2022-02-10", "event_id": "ev-new"},
        {**base, "statement_id": "b:s2", "article_id": "b", "date": "2030-06-01", "is_future": True},  # scheduled, far ahead
        {**base, "statement_id": "w:s2", "article_id": "w", "date": "1940-06-22", "date_outlier": True},
    ]), "statements")
    statements["date_end"] = statements["date"]
    events = coerce(pd.DataFrame([
        {"event_id": "ev-new", "kind": "statement", "label": "Anna Example: We stay calm", "date": "2022-02-10", "best_row_id": "w:s1"},
        {"event_id": "ev-old", "kind": "statement", "label": "Anna Example: earlier", "date": "2022-01-10", "best_row_id": "a:s1"},
    ]), "events")
    return Tables(articles=articles, statements=statements, movements=coerce(pd.DataFrame(), "movements"), events=events)


def test_latest_happenings_within_the_window_with_reports_outlets_and_best_source():
    latest = latest_events(_tables(), WINDOW)
    assert latest.to_dict("records") == [
        {"date": pd.Timestamp("2022-02-10"), "what": "Anna Example: We stay calm", "kind": "Quote", "reports": 2, "outlets": 2,
         "title": "Readout", "url": "https://www.whitehouse.gov/w"},
        {"date": pd.Timestamp("2022-01-10"), "what": "Anna Example: earlier", "kind": "Quote", "reports": 1, "outlets": 1,
         "title": "Story A", "url": "https://example.org/a"},
    ]


def test_latest_happenings_of_nothing():
    empty = Tables(*(coerce(pd.DataFrame(), name) for name in ("articles", "statements", "movements", "events")))
    assert list(latest_events(empty, WINDOW).columns) == ["date", "what", "kind", "reports", "outlets", "title", "url"]


def test_headline_span_never_reaches_a_stray_date():
    h = headline(_tables(), WINDOW)
    assert (h.first, h.last, h.statements, h.articles) == (dt.date(2021, 11, 1), dt.date(2022, 2, 28), 5, 3)


def test_sources_name_each_publisher_with_its_licence():
    table = sources(_tables().articles)
    assert table[["source", "licence", "articles"]].to_dict("records") == [
        {"source": "Daily Example", "licence": "rows only", "articles": 2},
        {"source": "The White House", "licence": WH, "articles": 1}]


def _marks(items) -> pd.DataFrame:  # (event, date, parties, n_reports) per happening
    return pd.DataFrame([{"event": e, "kind": "direct_quote", "label": f"{' – '.join(p)}: {e}", "date": pd.Timestamp(d),
                          "parties": p, "n_reports": n, "n_outlets": n, "title": "T", "url": "https://example.org/t"}
                         for e, d, p, n in items])


@pytest.mark.parametrize("per_party, expected", [
    (2, ["e5", "e4", "e3", "e1"]),  # Anna's third remark (e2, the day before) gives way to an older happening
    (1, ["e5", "e4"]),  # e1 has e5's parties
    (5, ["e5", "e4", "e3", "e2"]),
])
def test_latest_happenings_give_at_most_per_party_of_the_same_parties(per_party, expected):
    marks = _marks([("e1", "2022-02-08", ["Ben Example", "Cleo Example"], 3), ("e2", "2022-02-09", ["Anna Example"], 1),
                    ("e3", "2022-02-10", ["Anna Example"], 1), ("e4", "2022-02-10", ["Anna Example"], 2),
                    ("e5", "2022-02-10", ["Cleo Example", "Ben Example"], 9)])  # the same two parties in either order
    latest = latest_events(_tables(), WINDOW, n=4, per_party=per_party, marks=marks)
    assert [w.rsplit(": ", 1)[1] for w in latest["what"]] == expected


@pytest.mark.parametrize("main, actors", [(None, ["Russia", "Finland"]), (("RUS", "UKR"), ["Russia"])])
def test_overview_troops_leave_actors_outside_the_main_ones_out_when_given(main, actors):
    from dashboard.overview import overview_parts

    base = {"article_id": "a", "date": "2022-02-01", "date_end": "2022-02-01", "status": "deployed", "lat": 52.1, "lon": 23.7,
            "destinations": ["BLR"], "destination_places": ["Brest"]}
    movements = coerce(pd.DataFrame([{**base, "movement_id": "a:m1", "actor": "RUS", "troops": 30000},
                                     {**base, "movement_id": "a:m2", "actor": "FIN", "troops": 1, "lat": 60.2, "lon": 24.9}]),
                       "movements")
    tables = Tables(articles=_tables().articles, statements=coerce(pd.DataFrame(), "statements"), movements=movements,
                    events=coerce(pd.DataFrame(), "events"))
    parts = overview_parts(tables, tables, None, WINDOW, main=main)
    assert list(parts.troops["actor"]) == actors


@pytest.mark.parametrize("label, best_text, what", [
    ("Statement: Anna Example", "We  stay\\ncalm.", "Anna Example: We stay calm."),
    ("Statement: Anna Example", "x" * 200, "Anna Example: " + "x" * 159 + "…"),
    ("Statement: Anna Example", None, "Statement: Anna Example"),
    ("Call: Ben Example – Cleo Example", "They spoke.", "Call: Ben Example – Cleo Example"),
])
def test_a_speech_act_reads_with_what_was_said(label, best_text, what):
    tables = _tables()
    events = coerce(pd.DataFrame([{"event_id": "e1", "kind": "statement", "label": label, "date": "2022-02-10",
                                   "best_text": best_text.replace("\\n", "\n") if best_text else None}]), "events")
    marks = _marks([("e1", "2022-02-10", ["Anna Example"], 1)]).assign(label=label)
    latest = latest_events(Tables(tables.articles, tables.statements, tables.movements, events), WINDOW, marks=marks)
    assert latest["what"].tolist() == [what]


@pytest.mark.parametrize("n, expected", [
    (2, ["call", "e2"]),  # the remarks reported once (e3, e4) give way
    (4, ["e3", "e4", "call", "e2"]),  # fewer than 4 heard twice: every happening counts (ties in table order)
])
def test_a_remark_reported_once_gives_way_to_reported_happenings(n, expected):
    marks = _marks([("e2", "2022-02-08", ["Anna Example"], 2), ("call", "2022-02-09", ["Ben Example", "Cleo Example"], 1),
                    ("e3", "2022-02-10", ["Dan Example"], 1), ("e4", "2022-02-10", ["Eve Example"], 1)])
    marks.loc[marks["event"] == "call", "kind"] = "call"
    latest = latest_events(_tables(), WINDOW, n=n, marks=marks)
    assert [w.rsplit(": ", 1)[1] for w in latest["what"]] == expected


def test_headline_html_shows_five_figures_with_their_explanations():
    h = Headline(articles=1234, statements=64370, speakers=5, movements=2194, troops_reported=800,
                 first=dt.date(2021, 10, 1), last=dt.date(2022, 3, 31))
    page = headline_html(h)
    assert page.count('data-testid="uctFigure"') == 5
    for label, value in [("Articles", "1,234"), ("Statements", "64,370"), ("Troop movements", "2,194"),
                         ("Date span", "Oct 2021 – Mar 2022")]:
        assert f">{label}</div>" in page and f">{value}</div>" in page
    assert 'title="800 of them give a number of troops"' in page
    assert 'title="01 October 2021 to 31 March 2022"' in page
    assert "white-space:nowrap" in page  # a value is never cut in two


def test_headline_html_without_dates():
    h = Headline(articles=0, statements=0, speakers=0, movements=0, troops_reported=0, first=None, last=None)
    page = headline_html(h)
    assert ">—</div>" in page and 'title=""' in page
