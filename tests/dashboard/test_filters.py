import datetime as dt

import pandas as pd
import pytest

from dashboard.data import Tables
from dashboard.filters import (Filters, FilterOptions, actor_options, anonymous_label, apply_filters, describe, filter_movements,
                               filter_options, filter_statements)
from extract.schema import coerce, empty_frame


def _statements() -> pd.DataFrame:
    return coerce(pd.DataFrame([
        {"statement_id": "a:s1", "article_id": "a", "date": "2022-01-10", "date_end": "2022-01-10", "speaker": "Emmanuel Macron",
         "speaker_country": "FRA", "kind": "call", "text": "spoke with Joe Biden", "addressees": ["Joe Biden"], "addressee_countries": ["USA"]},
        {"statement_id": "a:s2", "article_id": "a", "date": "2022-02-01", "date_end": "2022-02-07", "speaker": "Vladimir Putin",
         "speaker_country": "RUS", "kind": "direct_quote", "text": "We do not want war", "sentence": "\u201cWe do not want war,\u201d Putin said."},
        {"statement_id": "b:s1", "article_id": "b", "date": None, "speaker": "Olaf Scholz", "speaker_country": "DEU",
         "kind": "reported_speech", "text": "sanctions are ready"},
        {"statement_id": "b:s2", "article_id": "b", "date": "2022-02-02", "date_end": "2022-02-02", "speaker": "anonymous",
         "speaker_type": "anonymous", "kind": "reported_speech", "text": "the war could last for months"},
    ]), "statements")


def _movements() -> pd.DataFrame:
    return coerce(pd.DataFrame([
        {"movement_id": "a:m1", "article_id": "a", "date": "2022-01-20", "date_end": "2022-01-20", "actor": "RUS",
         "actor_name": "Russia", "destinations": ["BLR"], "destination_places": ["Brest"], "status": "deployed", "sentence": "Russian troops arrived in Brest."},
        {"movement_id": "b:m1", "article_id": "b", "date": "2022-02-03", "date_end": "2022-02-03", "actor": "USA",
         "actor_name": "United States", "destinations": ["POL"], "status": "announced", "sentence": "The US will send 2,000 troops to Poland."},
    ]), "movements")


@pytest.fixture
def tables() -> Tables:
    return Tables(articles=empty_frame("articles"), statements=_statements(), movements=_movements())


@pytest.mark.parametrize("filters, statements, movements", [
    (Filters(), ["a:s1", "a:s2", "b:s1"], ["a:m1", "b:m1"]),
    (Filters(actors=("USA",)), ["a:s1"], ["b:m1"]),  # an addressee's country matches; so does a movement's actor
    (Filters(actors=("BLR",)), [], ["a:m1"]),  # a movement's destination matches
    (Filters(kinds=("call",)), ["a:s1"], []),
    (Filters(kinds=("movement",)), [], ["a:m1", "b:m1"]),
    (Filters(start=dt.date(2022, 2, 5)), ["a:s2"], []),  # the week 1-7 Feb overlaps; undated rows drop out
    (Filters(end=dt.date(2022, 1, 15)), ["a:s1"], []),
    (Filters(text="WAR"), ["a:s2"], []),
    (Filters(text="poland"), [], ["b:m1"]),
    (Filters(text="brest", actors=("RUS",)), [], ["a:m1"]),
    (Filters(anonymous=True), ["a:s1", "a:s2", "b:s1", "b:s2"], ["a:m1", "b:m1"]),  # anonymous sources shown
    (Filters(anonymous=True, text="months"), ["b:s2"], []),
    (Filters(text="months"), [], []),  # hidden by default, also from a search
])
def test_filters_select_rows(tables, filters, statements, movements):
    assert list(filter_statements(tables.statements, filters)["statement_id"]) == statements
    assert list(filter_movements(tables.movements, filters)["movement_id"]) == movements
    out = apply_filters(tables, filters)
    assert len(out.statements) == len(statements) and len(out.movements) == len(movements)


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(start=dt.date(2022, 1, 1), end=dt.date(2022, 2, 24)),
    Filters(actors=("RUS", "NATO"), kinds=("call", "movement"), text="Kyiv, Kharkiv & co"),
    Filters(anonymous=True),
])
def test_filters_round_trip_through_query(filters):
    assert Filters.from_query(filters.to_query()) == filters


@pytest.mark.parametrize("params, expected", [
    ({"from": "2022-02-10", "to": "2022-01-01"}, Filters(start=dt.date(2022, 1, 1), end=dt.date(2022, 2, 10))),
    ({"from": "yesterday", "kind": ["call", "bogus"]}, Filters(kinds=("call",))),
    ({"actor": "rus,fra"}, Filters(actors=("RUS", "FRA"))),
    ({"q": ["  Macron "]}, Filters(text="Macron")),
    ({"anon": "1"}, Filters(anonymous=True)),
    ({"anon": "no"}, Filters()),
])
def test_bad_or_odd_query_values_are_tolerated(params, expected):
    assert Filters.from_query(params) == expected


def test_clamp_drops_bounds_outside_the_data():
    span = (dt.date(2022, 1, 1), dt.date(2022, 3, 1))
    f = Filters(start=dt.date(2021, 1, 1), end=dt.date(2022, 2, 1)).clamp(span)
    assert (f.start, f.end) == (None, dt.date(2022, 2, 1))


def test_actor_options_most_frequent_first(tables):
    assert actor_options(tables)[:2] == ["RUS", "USA"]
    assert set(actor_options(tables)) == {"RUS", "USA", "FRA", "DEU", "BLR", "POL"}


def test_filter_options_summarise_the_tables(tables):
    # no publication dates: the window is the rows' months
    assert filter_options(tables) == FilterOptions(span=(dt.date(2022, 1, 1), dt.date(2022, 2, 28)),
                                                   actors=tuple(actor_options(tables)), no_data=False, anonymous=1)


def test_filter_options_of_no_data():
    empty = Tables(*(empty_frame(name) for name in ("articles", "statements", "movements")))
    assert filter_options(empty) == FilterOptions(span=None, actors=(), no_data=True)


@pytest.mark.parametrize("filters, expected", [
    (Filters(), "All rows"),
    (Filters(start=dt.date(2022, 1, 15), end=dt.date(2022, 2, 24)), "15 Jan 2022 – 24 Feb 2022"),
    (Filters(end=dt.date(2022, 2, 24), actors=("RUS", "NATO")), "until 24 Feb 2022 · Russia, NATO"),
    (Filters(start=dt.date(2022, 1, 15), kinds=("movement", "call")), "from 15 Jan 2022 · Troop movement, Call"),
    (Filters(text="[click](x) *now*"), "“[click](x) *now*”"),  # plain text: the sidebar shows it with st.text
    (Filters(actors=("RUS",), anonymous=True), "Russia · with anonymous sources"),
])
def test_describe_filters_in_one_line(filters, expected):
    assert describe(filters) == expected


@pytest.mark.parametrize("count, label", [(0, "Show anonymous sources"), (1234, "Show anonymous sources (1,234)")])
def test_the_anonymous_checkbox_counts_what_it_adds(count, label):
    assert anonymous_label(count) == label


def test_hidden_anonymous_rows_are_not_counted_or_top_speakers(tables):
    from dashboard.overview import headline, latest

    shown, hidden = apply_filters(tables, Filters(anonymous=True)), apply_filters(tables, Filters())
    assert (headline(shown).statements, headline(shown).speakers) == (4, 4)
    assert (headline(hidden).statements, headline(hidden).speakers) == (3, 3)
    assert "anonymous" not in set(latest(hidden)["who"]) and "anonymous" in set(latest(shown)["who"])


def _with_stray(tables: Tables) -> Tables:
    statements = tables.statements.copy()
    statements.loc[1, ["date", "date_end", "date_outlier"]] = [pd.Timestamp("1940-06-22"), pd.Timestamp("1940-06-22"), True]
    return Tables(articles=tables.articles, statements=statements, movements=tables.movements, events=tables.events)


@pytest.mark.parametrize("filters, statements", [
    (Filters(), ["a:s1", "b:s1"]),  # the stray row (a:s2, dated 1940) is hidden
    (Filters(outliers=True), ["a:s1", "a:s2", "b:s1"]),
    (Filters(outliers=True, end=dt.date(2022, 1, 31)), ["a:s1", "a:s2"]),
])
def test_rows_dated_far_outside_the_window_are_hidden_unless_asked(tables, filters, statements):
    assert list(apply_filters(_with_stray(tables), filters).statements["statement_id"]) == statements


def test_filters_keep_the_events_table(tables):
    from extract.schema import coerce

    events = coerce(pd.DataFrame([{"event_id": "ev-1", "label": "Call"}]), "events")
    with_events = Tables(articles=tables.articles, statements=tables.statements, movements=tables.movements, events=events)
    assert list(apply_filters(with_events, Filters(actors=("RUS",))).events["event_id"]) == ["ev-1"]


def test_options_count_the_stray_rows(tables):
    assert filter_options(_with_stray(tables)).outliers == 1


@pytest.mark.parametrize("params, outliers", [({"far": "1"}, True), ({"far": "yes"}, True), ({"far": "0"}, False), ({}, False)])
def test_outliers_switch_round_trips_through_the_url(params, outliers):
    f = Filters.from_query(params)
    assert f.outliers is outliers
    assert f.to_query() == ({"far": "1"} if outliers else {})


@pytest.mark.parametrize("value, lanes", [("12", 12), (None, 8), ("x", 8), ("1", 8), ("21", 8), (" 5 ", 5), ("20", 20)])
def test_lanes_from_the_url(value, lanes):
    from dashboard.filters import parse_lanes

    assert parse_lanes(value) == lanes


@pytest.mark.parametrize("value, on", [("1", True), ("true", True), ("YES", True), ("0", False), (None, False), ("", False)])
def test_flags_from_the_url(value, on):
    from dashboard.filters import parse_flag

    assert parse_flag(value) is on


def test_the_outliers_checkbox_and_description():
    from dashboard.filters import outliers_label

    assert outliers_label(1234) == "Show rows dated far outside the data's window (1,234)"
    assert describe(Filters(outliers=True)) == "with rows dated far outside the window"
