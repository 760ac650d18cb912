"""Issue 8.9: near the border is not inside — a border place is drawn on the border line (dashboard.borders)."""
from __future__ import annotations

import json

import pytest

from dashboard.borders import DATA, _data, _km, border_label, border_point, build, nearest
from dashboard.geo import situation
from dashboard.synthetic import KYIV, make_hostile_tables
from extract.countries import country_name


def _off_border_km(lat: float, lon: float, pair: str) -> float:
    """How far (lat, lon) lies from the border `pair` ("RUS|UKR") of the shipped maps."""
    return _km(nearest(_data()["borders"][pair], (lon, lat)), (lon, lat))


def test_borders_file_matches_the_shipped_maps():
    assert json.loads(DATA.read_text(encoding="utf-8")) == build()


@pytest.mark.parametrize("actor, destinations, origin, countries, lat, lon", [
    ("RUS", ["UKR"], None, ("RUS", "UKR"), 50.31, 37.56),  # Russia's troops "around Ukraine": their shared border
    ("BLR", ["UKR"], None, ("BLR", "UKR"), 51.61, 28.07),
    ("", ["UKR", "BLR"], None, ("UKR", "BLR"), 51.61, 28.07),  # "Ukraine's border with Belarus"
    ("USA", ["UKR", "BLR"], None, ("UKR", "BLR"), 51.61, 28.07),
    ("USA", ["POL"], "DEU", ("DEU", "POL"), 52.27, 14.66),  # from Germany to the Polish border
    ("RUS", ["POL"], None, ("RUS", "POL"), 54.33, 21.3),  # Kaliningrad
    ("USA", ["UKR"], None, ("UKR",), 51.51, 23.62),  # no shared border: the point nearest the actor's home
    ("NATO", ["RUS"], None, ("RUS",), 54.44, 19.8),  # NATO's home is Brussels
    ("", ["UKR"], None, ("UKR",), 50.31, 37.56),  # nobody's: the middle of Ukraine's longest land border
])
def test_border_point(actor, destinations, origin, countries, lat, lon):
    point = border_point(actor, destinations, origin)
    assert (point.countries, round(point.lat, 2), round(point.lon, 2)) == (countries, lat, lon)
    borders = [key for key in _data()["borders"] if set(countries) <= set(key.split("|"))]
    assert min(_off_border_km(point.lat, point.lon, key) for key in borders) < 1  # on a border line of its countries


@pytest.mark.parametrize("destinations", [[], ["ISL"], ["XXX"]])  # no land border known
def test_no_border_point(destinations):
    assert border_point("RUS", destinations) is None


def test_situation_draws_a_border_place_on_the_border_not_at_the_capital():
    rows = situation(make_hostile_tables()["movements"], None).set_index("movement_id")
    around = rows.loc["syn000002:m0"]  # Russia's 100,000 troops "around Ukraine", stored at Kyiv
    assert _off_border_km(around["lat"], around["lon"], "RUS|UKR") < 1
    assert _km((around["lon"], around["lat"]), KYIV[::-1]) > 300
    assert around["place"] == "Russia–Ukraine border"


@pytest.mark.parametrize("countries, label", [
    (("RUS", "UKR"), "Russia–Ukraine border"),
    (("UKR",), "border of Ukraine"),
    ((), ""),
])
def test_border_label(countries, label):
    assert border_label(countries, country_name) == label
