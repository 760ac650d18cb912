import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard.colors import actor_color
from dashboard.geo import build_map, dated_span, mappable, situation, situation_table, troop_cell, troop_sizes, troops_by_actor
from extract.schema import coerce

ROOT = Path(__file__).resolve().parents[2]


def _mv(mid, date, actor, status, troops=None, lat=52.1, lon=23.7, origin=None):
    return {"movement_id": mid, "article_id": mid.split(":")[0], "date": date, "date_end": date, "actor": actor,
            "actor_name": {"RUS": "Russia", "USA": "United States"}[actor], "status": status, "troops": troops,
            "lat": lat, "lon": lon, "destinations": ["BLR"], "destination_places": ["Brest"],
            "origin_lat": origin[0] if origin else None, "origin_lon": origin[1] if origin else None,
            "sentence": f"{actor} {status} {troops}"}


@pytest.fixture
def movements() -> pd.DataFrame:
    return coerce(pd.DataFrame([
        _mv("a:m1", "2022-01-10", "RUS", "announced", 5000),
        _mv("b:m1", "2022-01-20", "RUS", "deployed", 30000, origin=(55.75, 37.62)),
        _mv("c:m1", "2022-01-15", "USA", "planned", 2000, lat=50.04, lon=22.0, origin=(38.9, -77.0)),
        _mv("d:m1", "2022-02-20", "USA", "withdrawn", None, lat=50.04, lon=22.0),
        _mv("e:m1", "2022-01-01", "RUS", "deployed", 100, lat=None, lon=None),
    ]), "movements")


@pytest.mark.parametrize("as_of, expected", [
    (dt.date(2022, 1, 12), {"a:m1"}),
    (dt.date(2022, 1, 31), {"b:m1", "c:m1"}),  # the deployment replaces the announcement at the same place
    (dt.date(2022, 3, 1), {"b:m1", "d:m1"}),
    (None, {"b:m1", "d:m1"}),
])
def test_situation_keeps_latest_report_per_actor_and_place(movements, as_of, expected):
    assert set(situation(movements, as_of)["movement_id"]) == expected


def test_situation_all_reports(movements):
    rows = situation(movements, dt.date(2022, 1, 31), latest_only=False)
    assert list(rows["movement_id"]) == ["a:m1", "c:m1", "b:m1"]
    assert list(rows["group"]) == ["intended", "intended", "in place"]


def test_marker_sizes_grow_with_troops():
    sizes = troop_sizes(pd.Series([None, 100, 10000, 40000], dtype="Int64"))
    assert sizes[0] == sizes.min() and sizes[1] < sizes[2] < sizes[3]


def test_map_draws_markers_lines_and_status_styles(movements):
    rows = situation(movements, dt.date(2022, 1, 31))
    fig = build_map(rows)
    markers = [t for t in fig.data if t.mode == "markers" and t.customdata is not None]
    legend = [t.name for t in fig.data if t.showlegend is not False]
    lines = [t for t in fig.data if t.mode == "lines"]
    assert sum(len(t.lat) for t in markers) == len(rows) == 2
    assert {t.marker.symbol for t in markers} == {"circle", "circle-open"}
    assert {t.line.dash for t in lines} == {"solid", "dash"}
    assert {t.marker.color for t in markers} == {actor_color("RUS"), actor_color("USA")}
    assert fig.layout.geo.scope == "europe" and fig.layout.geo.resolution == 50
    assert legend == ["Russia", "United States", "In place (deployed, stationed, arrived)", "Announced, planned or on alert"]


def test_offline_map_files_are_shipped():
    """scope=europe at resolution 50 makes plotly.js fetch europe_50m.json from the topojsonURL."""
    data = json.loads((ROOT / "static" / "europe_50m.json").read_text())
    assert data["type"] == "Topology" and "countries" in data["objects"]
    assert "Natural Earth" in (ROOT / "static" / "LICENSE-plotly.txt").read_text()
    assert "enableStaticServing = true" in (ROOT / ".streamlit" / "config.toml").read_text()


def test_tables_for_the_map_and_overview(movements):
    rows = situation(movements, None)
    table = situation_table(rows)
    assert list(table["movement_id"]) == ["d:m1", "b:m1"]
    troops = troops_by_actor(rows)
    assert troops.to_dict("records") == [
        {"actor": "Russia", "in place": "30,000", "intended": "", "withdrawn": ""},
        {"actor": "United States", "in place": "", "intended": "", "withdrawn": "1 report, no number"},
    ]


def test_dated_span_is_the_slider_range(movements):
    assert dated_span(mappable(movements)) == (dt.date(2022, 1, 10), dt.date(2022, 2, 20))
    assert dated_span(movements) == (dt.date(2022, 1, 1), dt.date(2022, 2, 20))  # e:m1 has no place
    assert dated_span(movements.iloc[0:0]) is None


@pytest.mark.parametrize("reports, expected", [  # (troops, qualifier) per report
    ([(100000, "more than")], "more than 100,000"),
    ([(1000, "up to")], "up to 1,000"),
    ([(3000, "exact")], "3,000"),
    ([(3000, None)], "3,000"),
    ([(2000, "range")], "at least 2,000"),  # a range's troops is its low end
    ([(None, None)], "1 report, no number"),
    ([(None, None), (None, None)], "2 reports, no number"),
    ([(1000, "up to"), (4000, "up to")], "up to 5,000 (2 reports)"),
    ([(100000, "about"), (30000, "more than"), (5000, "exact")], "≈135,000 (3 reports)"),
    ([(3000, "nearly"), (None, None), (None, None)], "nearly 3,000 (3 reports, 2 without a number)"),
    ([(1200, "exact"), (800, "exact")], "2,000 (2 reports)"),
    ([], ""),
])
def test_troop_cell_keeps_unknown_apart_from_zero(reports, expected):
    rows = coerce(pd.DataFrame([{"troops": t, "troops_qualifier": q} for t, q in reports]), "movements")
    assert troop_cell(rows) == expected


def test_troops_by_actor_on_the_seed_article():
    """The seed: Russia's "more than 100,000", NATO's "up to 4,000" in Romania and, the same day, the mission of
    "up to 1,000" there (it used to vanish behind the other report), the US troops stationed without a number."""
    bucharest, warsaw, kyiv = (44.43225, 26.10626), (52.22977, 21.01178), (50.45466, 30.5238)
    movements = coerce(pd.DataFrame([  # the seed's movements (data/movements.parquet), as extracted
        {"movement_id": f"s:m{i}", "date": "2022-02-02", "actor": actor, "troops": troops, "troops_qualifier": qualifier,
         "status": status, "lat": place[0], "lon": place[1]}
        for i, (actor, troops, qualifier, status, place) in enumerate([
            ("RUS", 100000, "more than", "deployed", kyiv), ("FRA", None, None, "planned", bucharest),
            ("FRA", None, None, "planned", bucharest), ("NATO", 1000, "up to", "planned", bucharest),
            ("NATO", 4000, "up to", "stationed", bucharest), ("USA", None, None, "stationed", bucharest),
            ("USA", 3000, "nearly", "announced", warsaw)], start=1)]), "movements")
    troops = troops_by_actor(situation(movements, None))
    assert troops.to_dict("records") == [
        {"actor": "Russia", "in place": "more than 100,000", "intended": "", "withdrawn": ""},
        {"actor": "NATO", "in place": "up to 4,000", "intended": "up to 1,000", "withdrawn": ""},
        {"actor": "United States", "in place": "1 report, no number", "intended": "nearly 3,000", "withdrawn": ""},
        {"actor": "France", "in place": "", "intended": "1 report, no number", "withdrawn": ""},
    ]


def test_same_day_reports_at_one_place_stand_side_by_side(movements):
    same_day = coerce(pd.concat([movements, pd.DataFrame([_mv("b:m2", "2022-01-20", "RUS", "planned", 8000)])]), "movements")
    rows = situation(same_day, dt.date(2022, 1, 31))
    assert sorted(zip(rows["movement_id"], rows["group"])) == [("b:m1", "in place"), ("b:m2", "intended"), ("c:m1", "intended")]


@pytest.mark.parametrize("n_mentions, note", [(3, " · 3 mentions in its article"), (1, ""), (None, "")])
def test_the_hover_says_how_often_the_article_reports_the_movement(movements, n_mentions, note):
    rows = situation(movements.assign(n_mentions=pd.array([n_mentions] * len(movements), dtype="Int64")), None)
    notes = {c[0]: c[7] for trace in build_map(rows).data if trace.customdata is not None for c in trace.customdata}
    assert notes["b:m1"] == note
    assert list(situation_table(rows)["mentions"].fillna(0)) == [n_mentions or 0] * len(rows)
