"""Event words for events that do not take place (`extract.event_reality`): negated, refused, hypothetical."""
from __future__ import annotations

import pytest

from extract.event_reality import is_unreal


@pytest.mark.parametrize(
    "text, word, unreal",
    [
        ("Scholz will not travel to Moscow this month.", "travel", True),
        ("Putin refused to meet Zelensky.", "meet", True),
        ("Lavrov declined to meet Truss.", "meet", True),
        ("Biden has no plans to meet Putin.", "meet", True),
        ("There will be no talks between Russia and NATO.", "talks", True),
        ("Any meeting between the two presidents would need preparation.", "meeting", True),
        ("Kyiv cancelled the talks with Moscow.", "talks", True),
        ("The ministers did not hold talks on Friday.", "talks", True),
        ("The president asked for an early meeting with the alliance's leaders.", "meeting", True),
        ("Kyiv urged talks with Moscow.", "talks", True),
        ("The agency made a proposal to hold a joint meeting near the plant.", "meeting", True),
        ("Ankara offered to host talks between the two sides.", "talks", True),
        ("Ankara offered to host talks between the two sides.", "host", True),
        # events that do take place, or are planned
        ("Scholz will travel to Moscow next week.", "travel", False),
        ("Putin agreed to meet Macron.", "meet", False),
        ("Blinken held talks with Lavrov in Geneva.", "talks", False),
        ("Biden plans to meet Scholz on Monday.", "meet", False),
        ("The minister flew to Geneva for talks with his counterpart.", "talks", False),
        ("Ankara decided to host talks between the two sides.", "talks", False),
        ("The prime minister called a meeting of the alliance's leaders.", "meeting", False),
    ],
)
def test_is_unreal(pipeline, text, word, unreal):
    doc = pipeline(text)
    assert is_unreal(next(t for t in doc if t.text == word)) is unreal
