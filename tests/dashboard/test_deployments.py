import datetime as dt

import pandas as pd
import pytest

from dashboard.deployments import (NO_NUMBER, HeldBack, deployments_table, event_points, held_caption, hold_back, situation,
                                   troop_cell, troops_by_actor, troops_words)
from extract.schema import coerce

BREST, RZESZOW, VARNA, TALLINN, CRIMEA = (52.1, 23.7), (50.04, 22.0), (43.2, 27.9), (59.4, 24.7), (45.0, 34.0)
NAMES = {BREST: "Brest", RZESZOW: "Rzeszow", VARNA: "Varna", TALLINN: "Tallinn", CRIMEA: "Crimea"}


def _mv(mid, date, actor, status, troops=None, place=BREST, event=None, qualifier=None, **extra):
    return {"movement_id": mid, "article_id": mid.split(":")[0], "date": date, "date_end": date, "actor": actor,
            "status": status, "troops": troops, "troops_qualifier": qualifier, "lat": place[0] if place else None,
            "lon": place[1] if place else None, "destinations": ["BLR"], "destination_places": [NAMES.get(place, "Brest")] if place else [],
            "event_id": event, "sentence": f"{actor} {status} {troops}", **extra}


@pytest.fixture
def movements() -> pd.DataFrame:
    return coerce(pd.DataFrame([
        _mv("a:m1", "2022-01-10", "RUS", "announced", 5000, event="ev-1"),
        _mv("b:m1", "2022-01-20", "RUS", "deployed", 30000, event="ev-1", origin_lat=55.75, origin_lon=37.62),
        _mv("f:m1", "2022-01-25", "RUS", "deployed", 28000, place=(52.31, 23.93), event="ev-1"),  # drawn at its happening's point
        _mv("c:m1", "2022-01-15", "USA", "planned", 2000, place=RZESZOW),
        _mv("d:m1", "2022-02-20", "USA", "withdrawn", None, place=RZESZOW),
        _mv("e:m1", "2022-01-01", "RUS", "deployed", 100, place=None),  # no place: not drawn
        _mv("g:m1", "2022-01-12", "ESP", "deployed", None, place=VARNA),
        _mv("h:m1", "2022-01-18", "GBR", "deployed", None, place=TALLINN),
        _mv("i:m1", "2014-03-01", "RUS", "deployed", 1000, place=CRIMEA, date_outlier=True),
    ]), "movements")


def _summary(deployments: pd.DataFrame) -> dict:
    return {(r.actor, r.place): (r.status, r.troops_words, r.n_reports, r.n_articles) for r in deployments.itertuples()}


@pytest.mark.parametrize("as_of, expected", [
    (dt.date(2022, 1, 12), {("RUS", "Brest"): ("announced", "5,000", 1, 1), ("ESP", "Varna"): ("deployed", NO_NUMBER, 1, 1)}),
    (dt.date(2022, 1, 31), {("RUS", "Brest"): ("deployed", "5,000–30,000", 3, 3), ("ESP", "Varna"): ("deployed", NO_NUMBER, 1, 1),
                            ("USA", "Rzeszow"): ("planned", "2,000", 1, 1), ("GBR", "Tallinn"): ("deployed", NO_NUMBER, 1, 1)}),
    (None, {("RUS", "Brest"): ("deployed", "5,000–30,000", 3, 3), ("ESP", "Varna"): ("deployed", NO_NUMBER, 1, 1),
            ("USA", "Rzeszow"): ("withdrawn", "2,000", 2, 2), ("GBR", "Tallinn"): ("deployed", NO_NUMBER, 1, 1)}),
])
def test_situation_merges_the_reports_per_actor_and_place(movements, as_of, expected):
    assert _summary(situation(movements, as_of)) == expected


def test_a_deployment_keeps_its_reports_numbers_and_route(movements):
    russia = situation(movements, None).set_index("actor").loc["RUS"]
    assert (russia["troops_min"], russia["troops_max"], russia["troops_median"]) == (5000, 30000, 28000)
    assert (russia["lat"], russia["lon"], russia["origin_lat"], russia["origin_lon"]) == (52.1, 23.7, 55.75, 37.62)
    assert russia["movement_ids"] == ["f:m1", "b:m1", "a:m1"] and russia["movement_id"] == "f:m1"
    assert (russia["n_events"], russia["first_date"], russia["last_date"]) == (1, pd.Timestamp("2022-01-10"), pd.Timestamp("2022-01-25"))


@pytest.mark.parametrize("outliers, places", [(False, {"Brest", "Rzeszow", "Varna", "Tallinn"}),
                                              (True, {"Brest", "Rzeszow", "Varna", "Tallinn", "Crimea"})])
def test_rows_with_an_outlying_date_are_hidden_unless_asked(movements, outliers, places):
    assert set(situation(movements, None, outliers=outliers)["place"]) == places


def test_every_report_of_a_happening_lands_at_its_most_reported_point(movements):
    rows = event_points(movements[movements["lat"].notna()]).set_index("movement_id")
    assert rows.loc["f:m1", ["_lat", "_lon", "_ev"]].tolist() == [52.1, 23.7, "ev-1"]
    assert rows.loc["c:m1", ["_lat", "_lon", "_ev"]].tolist() == [50.04, 22.0, "c:m1"]  # no event_id: its own


@pytest.mark.parametrize("low, high, qualifier, words", [
    (None, None, None, "no number given"),
    (100000, 100000, "about", "about 100,000"),
    (100000, 100000, "more than", "more than 100,000"),
    (3000, 3000, None, "3,000"),
    (3000, 3000, "exact", "3,000"),
    (2000, 2000, "range", "at least 2,000"),
    (8500, 10000, "about", "8,500–10,000"),
])
def test_troops_words(low, high, qualifier, words):
    assert troops_words(low, high, qualifier) == words


@pytest.mark.parametrize("single, others, actors, held", [
    (False, False, {"RUS", "USA"}, HeldBack(single=1, others=0)),
    (True, False, {"RUS", "USA", "GBR"}, HeldBack(single=1, others=1)),
    (False, True, {"RUS", "USA"}, HeldBack(single=2, others=0)),
    (True, True, {"RUS", "USA", "GBR", "ESP"}, HeldBack(single=2, others=1)),
])
def test_hold_back_keeps_the_noise_off_the_map(movements, single, others, actors, held):
    shown, counts = hold_back(situation(movements, None), ("RUS", "USA", "GBR"), single=single, others=others)
    assert (set(shown["actor"]), counts) == (actors, held)


def _deployments(items) -> pd.DataFrame:  # (min, max, median, words, reports) per deployment
    return pd.DataFrame([{"troops_min": lo, "troops_max": hi, "troops_median": m, "troops_words": w, "n_reports": n}
                         for lo, hi, m, w, n in items], columns=["troops_min", "troops_max", "troops_median", "troops_words", "n_reports"])


@pytest.mark.parametrize("items, expected", [
    ([], ""),
    ([(None, None, None, NO_NUMBER, 1)], "no number given (1 report)"),
    ([(None, None, None, NO_NUMBER, 1), (None, None, None, NO_NUMBER, 1)], "no number given (2 places, 2 reports)"),
    ([(4000, 4000, 4000, "up to 4,000", 1)], "up to 4,000"),
    ([(100000, 100000, 100000, "about 100,000", 30)], "about 100,000 (30 reports)"),
    ([(8500, 10000, 9000, "8,500–10,000", 2)], "8,500–10,000 (2 reports)"),
    ([(100000, 130000, 110000, "100,000–130,000", 40), (30000, 30000, 30000, "about 30,000", 5)],
     "100,000–130,000 at the largest of 2 places (45 reports)"),
    ([(30000, 30000, 30000, "about 30,000", 5), (100000, 130000, 110000, "100,000–130,000", 40), (None, None, None, NO_NUMBER, 1)],
     "100,000–130,000 at the largest of 3 places (46 reports, 1 without a number)"),
    ([(1000, 1000, 1000, "up to 1,000", 1), (None, None, None, NO_NUMBER, 2)], "up to 1,000 (2 places, 3 reports, 1 without a number)"),
])
def test_troop_cell_gives_the_largest_place_never_a_sum_and_unknown_apart_from_zero(items, expected):
    assert troop_cell(_deployments(items)) == expected


@pytest.mark.parametrize("single, expected", [
    (False, [{"actor": "Russia", "in place": "5,000–30,000 (3 reports)", "intended": "", "withdrawn": ""},
             {"actor": "United States", "in place": "", "intended": "", "withdrawn": "2,000 (2 reports)"}]),
    (True, [{"actor": "Russia", "in place": "5,000–30,000 (3 reports)", "intended": "", "withdrawn": ""},
            {"actor": "United States", "in place": "", "intended": "", "withdrawn": "2,000 (2 reports)"},
            {"actor": "Spain", "in place": "no number given (1 report)", "intended": "", "withdrawn": ""},
            {"actor": "United Kingdom", "in place": "no number given (1 report)", "intended": "", "withdrawn": ""}]),
])
def test_troops_by_actor_leaves_single_unnumbered_reports_out_by_default(movements, single, expected):
    assert troops_by_actor(situation(movements, None), single=single).to_dict("records") == expected


def test_troops_by_actor_on_the_seed_article():
    """The seed: Russia's "more than 100,000"; NATO's "up to 4,000" stationed in Romania and the mission of "up to
    1,000" there the same day (one place: one deployment, its range); US troops stationed without a number
    (one report: left out) and "nearly 3,000" announced for Poland; France's two reports without a number."""
    bucharest, warsaw, kyiv = (44.43225, 26.10626), (52.22977, 21.01178), (50.45466, 30.5238)
    movements = coerce(pd.DataFrame([  # the seed's movements (data/movements.parquet), as extracted
        {"movement_id": f"s:m{i}", "article_id": "s", "date": "2022-02-02", "actor": actor, "troops": troops,
         "troops_qualifier": qualifier, "status": status, "lat": place[0], "lon": place[1]}
        for i, (actor, troops, qualifier, status, place) in enumerate([
            ("RUS", 100000, "more than", "deployed", kyiv), ("FRA", None, None, "planned", bucharest),
            ("FRA", None, None, "planned", bucharest), ("NATO", 1000, "up to", "planned", bucharest),
            ("NATO", 4000, "up to", "stationed", bucharest), ("USA", None, None, "stationed", bucharest),
            ("USA", 3000, "nearly", "announced", warsaw)], start=1)]), "movements")
    assert troops_by_actor(situation(movements, None)).to_dict("records") == [
        {"actor": "Russia", "in place": "more than 100,000", "intended": "", "withdrawn": ""},
        {"actor": "NATO", "in place": "1,000–4,000 (2 reports)", "intended": "", "withdrawn": ""},
        {"actor": "United States", "in place": "", "intended": "nearly 3,000", "withdrawn": ""},
        {"actor": "France", "in place": "", "intended": "no number given (2 reports)", "withdrawn": ""},
    ]


def test_deployments_table_newest_first(movements):
    table = deployments_table(situation(movements, None))
    assert list(table.columns) == ["actor", "place", "status", "troops", "median", "reports", "articles", "first reported",
                                   "last reported", "latest report", "movement_id"]
    assert table[["actor", "place", "status", "troops", "reports"]].values.tolist() == [
        ["United States", "Rzeszow", "withdrawn", "2,000", 2], ["Russia", "Brest", "deployed", "5,000–30,000", 3],
        ["United Kingdom", "Tallinn", "deployed", NO_NUMBER, 1], ["Spain", "Varna", "deployed", NO_NUMBER, 1]]


def test_nothing_to_merge():
    empty = situation(coerce(pd.DataFrame([_mv("x:m1", "2022-01-01", "RUS", "deployed", place=None)]), "movements"), None)
    assert empty.empty and troops_by_actor(empty).empty and deployments_table(empty).empty


@pytest.mark.parametrize("single, others, expected", [
    (False, False, "Single reports without a number hidden (57); other actors hidden (1,204)"),
    (True, False, "Single reports without a number shown (57); other actors hidden (1,204)"),
    (True, True, "Single reports without a number shown (57); other actors shown (1,204)"),
])
def test_the_sidebar_says_what_the_map_holds_back(single, others, expected):
    assert held_caption(HeldBack(single=57, others=1204), single=single, others=others) == expected
