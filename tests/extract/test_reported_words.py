"""The words of a reported clause outside a quote (extract.reported_words), through the rows they decide."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # a whole quote split around its cue: two direct quotes
        ("\u201cOur army is ready,\u201d Dmytro Kuleba said, \u201cand our allies are with us.\u201d",
         [("direct_quote", "Our army is ready"), ("direct_quote", "and our allies are with us.")]),
        # a partial quote inside a reported clause: one reported row
        ("Dmytro Kuleba said the Russian demands were \u201csimply absurd and unacceptable\u201d.",
         [("reported_speech", "the Russian demands were \u201csimply absurd and unacceptable")]),
    ],
)
def test_quote_inside_or_beside_its_reported_clause(extract_text, text, expected):
    rows = extract_text(text).statements
    assert list(zip(rows["kind"], rows["text"])) == expected
