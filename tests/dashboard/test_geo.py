import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard.colors import actor_color
from dashboard.geo import build_map, dated_span, mappable, situation, situation_table, troop_sizes, troops_by_actor
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
    assert troops.set_index("actor").loc["Russia", "in place"] == 30000
    assert troops.set_index("actor").loc["United States", "withdrawn"] == 0


def test_dated_span_is_the_slider_range(movements):
    assert dated_span(mappable(movements)) == (dt.date(2022, 1, 10), dt.date(2022, 2, 20))
    assert dated_span(movements) == (dt.date(2022, 1, 1), dt.date(2022, 2, 20))  # e:m1 has no place
    assert dated_span(movements.iloc[0:0]) is None
