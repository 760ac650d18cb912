"""Tests for extract.movements.participles: a subjectless -ing clause's forces belong to the subject of the clause it
hangs on, also a "by" gerund of a verb of saying; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], list(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Belarus has been tightening its grip on Lithuania for months, massing thousands of soldiers along the frontier.",
     [("BLR", "deployed", ["LTU"])]),
    # counter-examples: a participle or clause with a subject of its own keeps it
    ("Lithuania held talks on Monday, while Belarus kept massing soldiers on the frontier.",
     [("BLR", "deployed", ["LTU"])]),
    ("Lithuania protested as Belarusian troops massed on the border.", [("BLR", "deployed", ["LTU"])]),
])
def test_a_free_participle_is_done_by_the_main_subject(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("France responded to the crisis by sending 500 soldiers to Romania.", [("FRA", "deployed", ["ROU"])]),
    ("Germany answered the threat by deploying more troops to Lithuania.", [("DEU", "deployed", ["LTU"])]),
    # counter-example: what a speaker reports, not does, is not the speaker's state's
    ("Lithuania said that Belarus was massing soldiers on the frontier.", [("BLR", "deployed", ["LTU"])]),
])
def test_a_by_gerund_is_done_by_the_subject_of_a_verb_of_saying(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Belarusian soldiers raised a flag in the square hours after entering Lithuania.", [("BLR", "arrived", ["LTU"])]),
    ("German troops began training Lithuanian units after arriving in Lithuania.", [("DEU", "arrived", ["LTU"])]),
    # counter-examples: not yet done, or a gerund with a subject of its own
    ("Belarusian soldiers raised a flag in the square before entering Lithuania.", []),
    ("Belarusian soldiers celebrated after we arrived in Lithuania.", []),
])
def test_an_arrival_gerund_after_a_time_preposition_is_what_the_subject_did(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Belarusian troops are attempting to advance toward Vilnius.", [("BLR", "arrived", ["LTU"])]),
    ("Belarusian forces tried to push into Lithuania on Sunday.", [("BLR", "arrived", ["LTU"])]),
    # counter-example: a failure is no attempt under way
    ("Belarusian forces failed to enter Lithuania.", []),
])
def test_forces_that_try_to_advance_are_on_the_move(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
