import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard.colors import UNKNOWN, actor_color
from dashboard.deployments import HeldBack
from dashboard.geo import LEGEND_WIDTH, OTHER, build_map, dated_span, legend_actor, map_plot, mappable, situation, troop_sizes
from extract.schema import coerce

ROOT = Path(__file__).resolve().parents[2]


def _mv(mid, date, actor, status, troops=None, lat=52.1, lon=23.7, origin=None, place="Brest"):
    return {"movement_id": mid, "article_id": mid.split(":")[0], "date": date, "date_end": date, "actor": actor,
            "status": status, "troops": troops, "lat": lat, "lon": lon, "destinations": ["BLR"], "destination_places": [place],
            "origin_lat": origin[0] if origin else None, "origin_lon": origin[1] if origin else None,
            "sentence": f"{actor} {status} {troops}"}


@pytest.fixture
def movements() -> pd.DataFrame:
    return coerce(pd.DataFrame([
        _mv("a:m1", "2022-01-10", "RUS", "announced", 5000),
        _mv("b:m1", "2022-01-20", "RUS", "deployed", 30000, origin=(55.75, 37.62)),
        _mv("c:m1", "2022-01-15", "USA", "planned", 2000, lat=50.04, lon=22.0, origin=(38.9, -77.0), place="Rzeszow"),
        _mv("d:m1", "2022-02-20", "USA", "withdrawn", None, lat=50.04, lon=22.0, place="Rzeszow"),
        _mv("e:m1", "2022-01-01", "RUS", "deployed", 100, lat=None, lon=None),
        _mv("g:m1", "2022-01-12", "ESP", "planned", 700, lat=43.2, lon=27.9, place="Varna"),
        _mv("h:m1", "2022-01-13", "CAN", "planned", None, lat=56.9, lon=24.1, place="Riga"),
    ]), "movements")


def _markers(fig) -> list:
    return [t for t in fig.data if t.mode == "markers" and t.customdata is not None]


def test_marker_sizes_grow_with_troops():
    sizes = troop_sizes(pd.Series([None, 100, 10000, 40000], dtype="Float64"))
    assert sizes[0] == sizes.min() and sizes[1] < sizes[2] < sizes[3]


@pytest.mark.parametrize("actor, legend", [("RUS", "RUS"), ("ESP", OTHER), (None, OTHER), ("", OTHER)])
def test_legend_actor(actor, legend):
    assert legend_actor(actor, ("RUS", "USA")) == legend


def test_map_draws_one_marker_per_deployment_with_a_sorted_legend_outside_the_map(movements):
    rows = situation(movements, dt.date(2022, 1, 31))
    fig = build_map(rows, main=("USA", "RUS"))
    markers = _markers(fig)
    legend = [t.name for t in fig.data if t.showlegend is not False]
    assert sum(len(t.lat) for t in markers) == len(rows) == 4
    assert legend == ["Russia", "United States", OTHER, "In place (deployed, stationed, arrived)", "Announced, planned or on alert"]
    assert {t.name: t.marker.color for t in markers} == {"Russia": actor_color("RUS"), "United States": actor_color("USA"), OTHER: UNKNOWN}
    assert {t.line.dash for t in fig.data if t.mode == "lines"} == {"solid", "dash"}
    assert fig.layout.geo.scope == "europe" and fig.layout.geo.resolution == 50
    assert (fig.layout.legend.x, fig.layout.legend.xanchor, fig.layout.margin.r) == (1.0, "left", LEGEND_WIDTH)


def test_the_hover_gives_the_range_of_numbers_and_the_reports(movements):
    fig = build_map(situation(movements, None), main=("RUS", "USA"))
    custom = {c[0]: list(c[1:]) for t in _markers(fig) for c in t.customdata}
    assert custom["b:m1"] == ["Brest", "deployed", "5,000–30,000", " (median 17,500)", "Russia", "2 reports in 2 articles · latest 20 Jan 2022"]
    assert custom["d:m1"] == ["Rzeszow", "withdrawn", "2,000", "", "United States", "2 reports in 2 articles · latest 20 Feb 2022"]
    assert custom["h:m1"] == ["Riga", "planned", "no number given", "", "Canada", "1 report · latest 13 Jan 2022"]
    assert {t.name for t in _markers(fig) if "h:m1" in [c[0] for c in t.customdata]} == {OTHER}


@pytest.mark.parametrize("single, others, ids, held, troops, reports", [
    (False, False, {"b:m1", "d:m1"}, HeldBack(single=0, others=1), ["Russia", "United States"], 4),  # Canada's lone report is also an other actor's
    (False, True, {"b:m1", "d:m1", "g:m1"}, HeldBack(single=1, others=1), ["Russia", "Spain", "United States"], 5),
    (True, True, {"b:m1", "d:m1", "g:m1", "h:m1"}, HeldBack(single=1, others=2), ["Russia", "Spain", "United States", "Canada"], 6),
])
def test_map_plot_holds_the_noise_back(movements, single, others, ids, held, troops, reports):
    plot = map_plot(movements, dt.date(2022, 3, 1), ("RUS", "USA"), single=single, others=others)
    assert {c[0] for t in _markers(plot.figure) for c in t.customdata} == ids == set(plot.table["movement_id"])
    assert plot.held == held
    assert plot.members["b:m1"] == ["b:m1", "a:m1"]
    assert list(plot.troops["actor"]) == troops
    assert plot.figure.layout.title.text == f"{len(ids)} deployments ({reports} reports) as of 01 Mar 2022"


def test_map_plot_without_deployments(movements):
    plot = map_plot(movements, dt.date(2022, 1, 5), ("RUS",))
    assert plot.figure is None and plot.table.empty and plot.troops.empty and plot.held == HeldBack(0, 0)


def test_offline_map_files_are_shipped():
    """scope=europe at resolution 50 makes plotly.js fetch europe_50m.json from the topojsonURL."""
    data = json.loads((ROOT / "static" / "europe_50m.json").read_text())
    assert data["type"] == "Topology" and "countries" in data["objects"]
    assert "Natural Earth" in (ROOT / "static" / "LICENSE-plotly.txt").read_text()
    assert "enableStaticServing = true" in (ROOT / ".streamlit" / "config.toml").read_text()


def test_dated_span_is_the_slider_range(movements):
    assert dated_span(mappable(movements)) == (dt.date(2022, 1, 10), dt.date(2022, 2, 20))
    assert dated_span(movements) == (dt.date(2022, 1, 1), dt.date(2022, 2, 20))  # e:m1 has no place
    assert dated_span(movements.iloc[0:0]) is None
