"""The sides an event noun's modifiers name (`extract.event_sides`): hyphenated pairs, coordinated adjectives, formats."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.event_sides import modifier_sides
from extract.speakers import SpeakerContext


@pytest.mark.parametrize(
    "text, noun, sides",
    [
        ("Russian-US talks ended without a breakthrough.", "talks", ["Russia", "United States"]),
        ("The Russia-NATO talks lasted four hours.", "talks", ["Russia", "NATO"]),
        ("A Biden-Putin summit could take place soon.", "summit", ["Joe Biden", "Vladimir Putin"]),
        ("Ukrainian and Russian delegations met on the border.", "delegations", ["Ukraine", "Russia"]),
        ("The Normandy-format talks ended without agreement.", "talks", ["Germany", "France", "Russia", "Ukraine"]),
        # one side only, or a modifier that names no actor
        ("The Russian talks ended early.", "talks", []),
        ("The rock-solid talks ended early.", "talks", []),
        ("The high-level talks ended early.", "talks", []),
    ],
)
def test_modifier_sides(pipeline, text, noun, sides):
    doc = pipeline(text)
    ctx = SpeakerContext(doc, dt.date(2022, 2, 3))
    token = next(t for t in doc if t.text == noun)
    assert [s.name for s in modifier_sides(ctx, token)] == sides
