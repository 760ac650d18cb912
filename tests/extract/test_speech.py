"""Speech cues and their subjects (extract.speech)."""
from __future__ import annotations

import pytest

from extract.speech import subject_of


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # a turn label before a colon is no subject of the words after it
        ("THE PRESIDENT: On Monday, Putin told me that the drills were over.", "told", "Putin"),
        ("MS. JONES: Yesterday, Lavrov said that Moscow was ready.", "said", "Lavrov"),
        ("Putin told me that the drills were over.", "told", "Putin"),
    ],
)
def test_subject_of_skips_a_label_before_a_colon(pipeline, text, verb, expected):
    doc = pipeline(text)
    token = next(t for t in doc if t.text == verb)
    assert subject_of(token).text == expected
