"""Datelines ("WARSAW, POLAND --") are where a story was filed, never a speaker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("WARSAW, POLAND -- Biden arrived.", ["WARSAW", "POLAND"]),
    ("MOSCOW \u2014 Putin spoke.", ["MOSCOW"]),
    ("NATO -- the alliance -- said it would send troops.", []),  # an acronym, not a place of filing
    ("Biden spoke. KYIV -- Zelensky answered.", []),  # not at the start of a paragraph
])
def test_datelines(nlp, text, expected):
    from extract.datelines import in_dateline

    doc = nlp(text)
    assert [t.text for t in doc if t.is_alpha and in_dateline(t)] == expected
