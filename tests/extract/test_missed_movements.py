"""Tests for extract.missed_movements: sentences that look like movements and gave no row; invented texts."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract.missed_movements import candidates, looks_like_movement
from extract.records import Article

FORCES, VERBS = frozenset({"troops", "battalions"}), frozenset({"deployed", "sent"})


@pytest.mark.parametrize("sentence, expected", [
    ("Spain deployed 300 troops to Latvia.", True),
    ("The battalions were finally sent home after the long exercise ended.", True),
    ("Spain deployed its diplomats to Latvia.", False),  # no force word
    ("The troops rested in the barracks.", False),  # no movement verb
    ("Troops " + "and many other things " * 5 + "were sent.", False),  # too far apart
])
def test_a_force_word_near_a_movement_verb(sentence, expected):
    assert looks_like_movement(sentence, FORCES, VERBS) is expected


def test_candidates_leave_out_the_sentences_that_gave_rows():
    text = ("Spain deployed 300 troops to Latvia. The minister spoke at length. "
            "Portugal sent two battalions to Estonia on Monday.")
    article = Article("a1", text, published=dt.date(2022, 2, 1), source="test")
    made = pd.DataFrame({"article_id": ["a1"], "sentence": ["Spain deployed 300 troops to Latvia."]})
    found = candidates([article], made)
    assert [c.sentence for c in found] == ["Portugal sent two battalions to Estonia on Monday."]
    assert found[0].article_id == "a1" and found[0].published == "2022-02-01"
    assert [c.sentence for c in candidates([article], made.iloc[:0])] == [
        "Spain deployed 300 troops to Latvia.", "Portugal sent two battalions to Estonia on Monday."]


def test_candidates_leave_out_the_sentences_a_row_counts_among_its_mentions():
    first, again = "Spain deployed 300 troops to Latvia.", "The 300 troops were deployed to Latvia last week."
    other = "Portugal sent two battalions to Estonia on Monday."
    text = f"{first} {again} {other}"
    article = Article("a1", text, published=dt.date(2022, 2, 1), source="test")
    start = text.index(again)
    made = pd.DataFrame({"article_id": ["a1"], "sentence": [first],
                         "mentions": [[f"0:{len(first)}", f"{start}:{start + len(again)}"]]})
    assert [c.sentence for c in candidates([article], made)] == [other]
    assert [c.sentence for c in candidates([article], made.drop(columns="mentions"))] == [again, other]


def test_the_force_words_name_forces_by_themselves():
    from extract.missed_movements import force_forms

    words = force_forms()
    assert {"troops", "soldiers", "battalions"} <= words
    assert not words & {"force", "military", "unit", "members", "tanks"}  # need a check of their context, or equipment
