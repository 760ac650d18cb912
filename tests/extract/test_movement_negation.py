"""Tests for extract.movements.negation: a gerund only talked about is no movement; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text", [
    "Putting Spanish troops on the ground in Syria is not in our interest.",  # a clausal subject
    "As it relates to sending Spanish troops into Syria, the minister will decide.",
    "The minister was asked about sending Spanish troops to Syria.",
    "Our position with respect to deployment of Spanish forces in Syria has been clear from the start.",
    "With regard to the deployment of Spanish forces in Syria, nothing has changed.",
])
def test_a_topic_gerund_is_no_movement(extract_text, text):
    assert _rows(extract_text, text) == []


@pytest.mark.parametrize("text, rows", [
    # counter-examples: a gerund with its own subject, or one that lists what was done
    ("Spain has sent 200 troops to Latvia, including sending more troops to Estonia.",
     [("ESP", "deployed"), ("ESP", "deployed")]),
    ("Spain voiced concern about the buildup of Turkish troops on the border with Syria.", [("TUR", "deployed")]),
])
def test_a_done_gerund_stays(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "call" demands only with on/for/upon; "what it calls X" names X
    ("The minister called for a withdrawal of Russian troops from Belarus.", []),
    ("The imaging firm saw what it calls a large deployment of Russian troops in Belarus.", [("RUS", "deployed")]),
])
def test_a_call_verb_demands_only_with_for(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a with-clause that has its own subject states its own fact: the main clause's "no" does not reach it
    ("There have been no results yet, with more than 5,000 Turkish troops still massed on Syria's borders.",
     [("TUR", "deployed")]),
    ("There have been no results yet -- with more than 5,000 Turkish troops still massed on Syria's borders.",
     [("TUR", "deployed")]),
    # counter-examples: "without" negates its clause; a with-phrase with no subject of its own is governed
    ("Turkey cannot end the operation without Turkish troops moving into Syria.", []),
    ("Turkey has no plans to begin with sending troops to Syria.", []),
])
def test_an_absolute_with_clause_keeps_its_own_polarity(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
