"""Noun-phrase facts read before the actor tables (`extract.np_refs`), on hand-built parses."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.np_refs import bare_plural, first_person_us, lists_members


VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case) without a trained model


def _doc(words, heads, deps, tags=None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags or ["NN"] * len(words))


def test_a_group_that_lists_its_members():
    # "met allies including Poland": including → prep of allies
    doc = _doc(["met", "allies", "including", "Poland"], [0, 0, 1, 2], ["ROOT", "dobj", "prep", "pobj"])
    assert lists_members(doc[1])


def test_a_group_named_by_apposition():
    # "the leaders, Macron and Scholz": Macron → appos of leaders
    doc = _doc(["the", "leaders", ",", "Macron"], [1, 1, 1, 1], ["det", "ROOT", "punct", "appos"])
    assert lists_members(doc[1])


def test_a_bare_group_refers_back():
    # "the allies will meet": nothing of its own
    doc = _doc(["the", "allies", "will", "meet"], [1, 3, 3, 3], ["det", "nsubj", "aux", "ROOT"])
    assert not lists_members(doc[1])


def test_a_place_is_no_member_list():
    # "allies in Europe": a place, not members
    doc = _doc(["allies", "in", "Europe"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not lists_members(doc[0])


@pytest.mark.parametrize("text, tag, expected", [
    ("us", "PRP", True),
    ("Us", "PRP", True),
    ("US", "NNP", False),
    ("Us", "NNP", False),  # a headline's capitalised "US"
    ("U.S.", "NNP", False),
])
def test_first_person_us(text, tag, expected):
    doc = _doc([text], [0], ["ROOT"], [tag])
    assert first_person_us(doc[0]) is expected


@pytest.mark.parametrize("words, heads, deps, bare", [
    (["European", "allies"], [1, 1], ["amod", "ROOT"], True),  # a new group
    (["US", "officials"], [1, 1], ["compound", "ROOT"], True),
    (["officials"], [0], ["ROOT"], True),
    (["the", "allies"], [1, 1], ["det", "ROOT"], False),  # refers back
    (["both", "sides"], [1, 1], ["det", "ROOT"], False),
    (["the", "two", "leaders"], [2, 2, 2], ["det", "nummod", "ROOT"], False),
    (["their", "delegations"], [1, 1], ["poss", "ROOT"], False),
])
def test_a_bare_plural_brings_in_a_new_group(words, heads, deps, bare):
    assert bare_plural(_doc(words, heads, deps)[len(words) - 1]) is bare
