"""Tests for extract.movements.status: a movement repeated over years is a standing presence; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], r["method"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Spain has been rotating troops through Latvia for years.", [("ESP", "stationed", "movement:over-years")]),
    ("That comes on top of years of rotation of about 600 Spanish troops in Latvia.",
     [("ESP", "stationed", "movement:over-years")]),
    # counter-example: a dispatch without a span of years
    ("Spain has sent troops to Latvia.", [("ESP", "deployed", "movement:send")]),
])
def test_a_movement_over_years_is_stationed(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # an existential "there is" says nothing of the forces in its prepositional phrases
    ("There will be hard days ahead in Syria, hardest for the Syrian troops on the frontlines and the civilians "
     "under Turkish bombardment.", []),
    # counter-examples: the forces are what there is
    ("There are 90,000 Turkish troops on the border with Syria.", [("TUR", "deployed", "movement:static")]),
    ("There is a large Turkish presence in Syria.", [("TUR", "stationed", "movement:static")]),
])
def test_there_is_a_presence_only_of_its_own_forces(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a build-up the text refers to ("the", "its") is there already, also under a plan governor
    ("Spain sent food. We discussed the buildup of Turkish troops at the border with Syria.",
     [("TUR", "deployed", "movement:mass")]),
    ("With Turkey continuing its buildup of its forces around Syria, we are ready.",
     [("TUR", "deployed", "movement:mass")]),
])
def test_a_definite_build_up_is_deployed(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "expected" passes its subject to the verb below: the forces move, expectedly (planned)
    ("About 500 Dutch troops are expected to move to Lithuania.", [("NLD", "planned", "movement:send-planned")]),
    ("More Dutch soldiers are expected to arrive in Lithuania next week.", [("NLD", "planned", "movement:arrive-planned")]),
    # counter-example: expected of something that is no movement
    ("Dutch troops are expected to vote in the election.", []),
])
def test_forces_expected_to_move_are_planned(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
