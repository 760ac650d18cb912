"""'Welcomed the refugees' is a reception, not approval: no statement row; 'welcomed the decision' still is one."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Poland welcomed more than a million refugees from Ukraine.",
        "The European Union has welcomed almost three million Ukrainians fleeing the war.",
        "The town of Przemysl welcomed the first evacuees on Friday.",
    ],
)
def test_welcoming_people_is_no_statement(extract_text, text):
    assert extract_text(text).statements.empty


@pytest.mark.parametrize(
    "text, content",
    [
        ("Joe Biden welcomed the new sanctions.", "the new sanctions"),
        ("Olaf Scholz welcomed the decision of the European Union.", "the decision of the European Union"),
    ],
)
def test_welcoming_a_decision_is_approval(extract_text, text, content):
    assert list(extract_text(text).statements["text"]) == [content]
