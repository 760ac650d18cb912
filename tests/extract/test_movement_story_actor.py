"""Tests for extract.movements.story_actor: forces with no owner in a place where the story has one state's
forces belong to that state; invented sentences."""
from __future__ import annotations

import pytest

FILLER = " The talks in Geneva ended without agreement. Diplomats said another round was possible. Officials declined to comment."


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], tuple(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, row", [
    ("Russian troops have arrived in Crimea." + FILLER +
     " In Crimea, a large deployment of troops and tanks was observed by the imaging firm on Monday.",
     ("RUS", "deployed", ("UKR",))),
])
def test_an_unowned_force_takes_the_states_already_there(extract_text, text, row):
    assert row in _rows(extract_text, text)


@pytest.mark.parametrize("story, last", [
    # counter-examples: another country, or two states' forces already there
    ("Russian troops have arrived in Crimea." + FILLER, " In Georgia, a large deployment of troops was observed."),
    ("Russian troops have arrived in Belarus. British troops have arrived in Belarus too." + FILLER,
     " In Belarus, a large deployment of troops was observed."),
])
def test_no_story_actor_without_one_state_in_the_place(extract_text, story, last):
    assert _rows(extract_text, story + last) == _rows(extract_text, story)


@pytest.mark.parametrize("text, row", [
    # "the troops" are the forces the story has named, a few sentences on
    ("The United States will send 3,000 troops to Europe." + FILLER + " The troops from Italy will deploy to Romania.",
     ("USA", "announced", ("ROU",))),
])
def test_definite_forces_take_the_actor_the_story_told(extract_text, text, row):
    assert row in _rows(extract_text, text)


@pytest.mark.parametrize("text", [
    # counter-examples: two states in the story, or indefinite forces
    "The United States will send 3,000 troops to Europe. Russia will send 5,000 troops to Belarus." + FILLER
    + " The troops from Italy will deploy to Romania.",
    "The United States will send 3,000 troops to Europe." + FILLER + " Some troops from Italy will deploy to Romania.",
])
def test_no_told_actor_for_two_states_or_indefinite_forces(extract_text, text):
    assert not [r for r in _rows(extract_text, text) if r[2] == ("ROU",)]
