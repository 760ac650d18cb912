"""Tests for extract.movements.held_places: a place said to be "under siege by" or "under the control of" forces, and
a place that is the antecedent of a relative pronoun ("X, which is besieged by"); invented sentences."""
from __future__ import annotations

import pytest

from extract.movements.held_places import held_subject


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], list(r["destinations"]), list(r["destination_places"]), r["status"])
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Narva has been under siege by Belarusian troops for a week.", [("BLR", ["EST"], ["Narva"], "arrived")]),
    ("The airport in Tartu is under the control of Belarusian forces, officials said.",
     [("BLR", ["EST"], ["Tartu"], "arrived")]),
    ("Narva, which remains under occupation by Belarusian troops, has a new mayor.",
     [("BLR", ["EST"], ["Narva"], "arrived")]),
    # counter-examples: an "under" phrase of no forces; "control" outside an "under" phrase
    ("Prices in Tartu remain under the control of the central bank.", []),
    ("The control of Belarusian troops in Tartu passed to a new general.", []),
])
def test_a_place_under_siege_or_control_of_forces_is_reached(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("The port of Narva, which is being besieged by Belarusian forces, has run short of water.",
     [("BLR", ["EST"], ["Narva"], "arrived")]),
    ("The mayor stayed in Tartu, which Belarusian soldiers surrounded on Monday.",
     [("BLR", ["EST"], ["Tartu"], "arrived")]),
    # counter-example: a relative clause that says no forces took the place
    ("Tartu, which the Belarusian army hoped to take in days, still stands.", []),
])
def test_a_relative_pronoun_stands_for_the_place_it_follows(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, subject", [
    ("Narva has been under siege by Belarusian troops.", "Narva"),
    ("The town under siege by Belarusian troops ran out of food.", "town"),
    ("Tartu was besieged by Belarusian troops.", None),  # not an "under" phrase: the verb reads its own subject
])
def test_held_subject_is_what_the_under_phrase_is_said_of(nlp, text, subject):
    doc = nlp(text)
    found = [held_subject(t) for t in doc if t.lower_ in ("siege", "besieged")][0]
    assert (found.text if found is not None else None) == subject
