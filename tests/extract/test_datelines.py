"""Datelines ("WARSAW, POLAND --") are where a story was filed, never a speaker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("WARSAW, POLAND -- Biden arrived.", ["WARSAW", "POLAND"]),
    ("MOSCOW \u2014 Putin spoke.", ["MOSCOW"]),
    ("NATO -- the alliance -- said it would send troops.", []),  # an acronym, not a place of filing
    ("Biden spoke. KYIV -- Zelensky answered.", []),  # not at the start of a paragraph
    ("Kharkiv, Ukraine \u2014 Local officials said the bridge was closed.", ["Kharkiv", "Ukraine"]),  # title case
    ("Scholz, Macron \u2014 and Biden too \u2014 said more.", []),  # names, not a place
])
def test_datelines(nlp, text, expected):
    from extract.datelines import in_dateline

    doc = nlp(text)
    assert [t.text for t in doc if t.is_alpha and in_dateline(t)] == expected


def test_a_title_case_dateline_is_no_subject(extract_text, speakers_of):
    result = extract_text("Kharkiv, Ukraine \u2014 Polish officials have reported a sharp rise in shelling near the city.")
    assert speakers_of(result, "sharp rise in shelling") == ["Poland"]
