"""Tests for extract.movements.estimates and the seers of actors: who estimates, assesses or sees forces does not
own them, so their owner comes from the noun or the story; invented sentences."""
from __future__ import annotations

import pytest

STORY = "Russia has massed troops near Ukraine. "


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["troops"] if r["troops"] == r["troops"] else None, r["status"])
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    # the estimator or the one who sees is not the owner: the story's state is
    (STORY + "US officials raised their estimate of the force massed on Ukraine's border to 190,000 troops.",
     [("RUS", None, "deployed"), ("RUS", 190000, "deployed")]),
    (STORY + "The president said the US sees 150,000 troops arrayed near Ukraine's borders.",
     [("RUS", None, "deployed"), ("RUS", 150000, "deployed")]),
    # the owner named on the noun stays
    (STORY + "Poland now sees 150,000 Russian troops stationed near its borders.",
     [("RUS", None, "deployed"), ("RUS", 150000, "stationed")]),
])
def test_the_estimator_or_seer_owns_no_forces(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # counter-examples: no story, no owner; the subject of a verb that is no seeing still owns its forces
    ("US officials raised their estimate of the force massed on Ukraine's border to 190,000 troops.", []),
    ("The US sent 3,000 troops to Poland.", [("USA", 3000, "deployed")]),
])
def test_an_estimate_with_no_story_names_no_owner(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Belarus said 2,000 Russian soldiers were going to the border.", [("RUS", 2000, "announced")]),
    ("Russian soldiers were going to great lengths to hide their tanks.", []),
])
def test_going_to_the_border_is_a_movement(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
