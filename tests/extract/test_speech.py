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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Antony Blinken laid out the American position on European security.",
         [("Antony Blinken", "the American position on European security")]),
        ("Olaf Scholz spelled out the conditions for opening the pipeline.",
         [("Olaf Scholz", "the conditions for opening the pipeline")]),
        ("Soldiers laid out sandbags along the road to the airport.", []),
    ],
)
def test_laying_out_a_position_is_speech(extract_text, text, expected):
    rows = extract_text(text).statements
    assert [(r.speaker, r.text) for r in rows.itertuples()] == expected


def test_a_position_laid_out_in_a_relative_clause_is_its_noun(extract_text):
    rows = extract_text("The plan that Olaf Scholz laid out on Monday was welcomed in Paris.").statements
    assert [(r.speaker, r.text) for r in rows.itertuples()] == [("Olaf Scholz", "The plan")]
