"""One row per reported movement per article: which restatements merge (`extract.movements.merge`), on plain
records with invented values."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.movements.merge import group_mentions, merge_mentions, same_movement
from extract.records import DateInfo, Movement

BASE = dict(actor="RUS", troops=100000, units=None, origin=None, force="troops", destinations=["UKR"],
            destination_places=[], status="deployed", date="2022-02-01", date_precision="published")


def row(start: int, **changes) -> dict:
    return {**BASE, "sentence_start": start, "sentence_end": start + 50, "char_start": start, **changes}


@pytest.mark.parametrize("changes, expected", [
    ({}, True),  # the same build-up restated
    ({"status": "stationed"}, True),  # deployed and stationed: forces there
    ({"destinations": ["UKR", "BLR"]}, False),  # a further country: another movement
    ({"destination_places": ["Donbas"]}, True),  # a place on one side only
    ({"force": "forces"}, True),  # personnel nouns are one force
    ({"date": "2022-02-01", "date_precision": "day"}, False),  # a dated report, an undated restatement
    ({"troops": 130000}, False),  # a different number
    ({"troops": None}, False),  # a number on one side only
    ({"actor": "BLR"}, False),
    ({"status": "withdrawn"}, False),  # a withdrawal is no deployment
    ({"status": "announced"}, False),  # a decision is no build-up
    ({"destinations": ["BLR"]}, False),  # different destinations
    ({"destinations": []}, False),  # no destination against one
    ({"force": "warships"}, False),  # equipment is not troops
    ({"units": 2}, False),
    ({"origin": "BLR"}, True),  # an origin on one side only
])
def test_same_movement(changes, expected):
    assert same_movement(row(0), row(100, **changes)) is expected


def test_rows_of_one_sentence_never_merge():
    assert same_movement(row(0), row(0, char_start=20)) is False


@pytest.mark.parametrize("a, b, expected", [
    (dict(date="2022-02-01", date_precision="day"), dict(date="2022-02-02", date_precision="day"), False),
    (dict(date="2022-02-01", date_precision="month"), dict(date="2022-02-20", date_precision="day"), True),
    (dict(date="2022-01-31", date_precision="week"), dict(date="2022-02-06", date_precision="day"), True),
    (dict(date="2021-01-01", date_precision="year"), dict(date="2022-02-06", date_precision="day"), False),
    (dict(date="2022-02-01", date_precision="published"), dict(date="2022-02-06", date_precision="published"), True),
])
def test_conflicting_dates_do_not_merge(a, b, expected):
    assert same_movement(row(0, **a), row(100, **b)) is expected


def test_places_on_both_sides_must_overlap():
    crimea, donbas = row(0, destination_places=["Crimea"]), row(100, destination_places=["Donbas"])
    assert (same_movement(crimea, donbas), same_movement(crimea, row(100, destination_places=["Crimea"]))) == (False, True)


def test_groups_keep_text_order_and_one_row_per_sentence():
    rows = [row(300), row(0), row(100, troops=5000), row(200), row(200, char_start=210, force="soldiers")]
    groups = group_mentions(rows)
    assert [[r["sentence_start"] for r in g] for g in groups] == [[0, 200, 300], [100], [200]]


def _movement(start: int, status: str = "deployed") -> Movement:
    return Movement(article_id="a", actor="RUS", actor_name="Russia", troops=100000, troops_qualifier="exact",
                    troops_text="100,000", units=None, force="troops", origin=None, origin_lat=None, origin_lon=None,
                    destinations=["UKR"], destination_places=[], lat=None, lon=None, place_precision="country",
                    status=status, cue="massed", sentence="", sentence_start=start, sentence_end=start + 40,
                    char_start=start + 5, char_end=start + 30, paragraph_start=start, paragraph_end=start + 40,
                    date=DateInfo(dt.date(2022, 2, 1), dt.date(2022, 2, 1), "day"))


def test_merge_keeps_the_first_mention_and_lists_every_one():
    merged = merge_mentions([_movement(0), _movement(100), _movement(200, "withdrawn")])
    assert [(m.sentence_start, m.char_start, m.status, m.n_mentions, m.mentions) for m in merged] == [
        (0, 5, "deployed", 2, ["0:40", "100:140"]), (200, 205, "withdrawn", 1, ["200:240"])]
