"""Tests for extract.movements.quote_sources: a quoted force noun keeps its movement when the quote is the
reporter's own phrase or has a named source; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"]) for r in extract_text(text).movements.to_dict("records")]


def _drops(extract_text, text: str) -> list[str]:
    drops = extract_text(text).tables["drops"]
    return list(drops[drops["kind"] == "movement"]["rule"])


@pytest.mark.parametrize("text, rows", [
    # a named source the actor table does not know: an analyst, a firm
    ('"Russia has moved 5,000 more troops into Belarus," said Jane Roe, an analyst at a research institute.',
     [("RUS", "arrived")]),
    ('"Russian troops have massed near Bryansk," the imaging firm said.', [("RUS", "deployed")]),
    ('According to the imaging firm, "Russian tanks and troops have massed near Bryansk."', [("RUS", "deployed")]),
    # a verb that is speech only with its particle ("pointed out that") names the source too
    ('The analyst Jane Roe pointed out that "Russian soldiers have surrounded Ukraine."', [("RUS", "deployed")]),
])
def test_a_quote_with_a_named_source_keeps_its_movement(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text", [
    # the reporter's own sentence with a scare-quoted noun phrase
    'The imaging firm saw what it calls a "fresh deployment of Russian troops" at an airfield near Brest.',
    'Officials described a "steady buildup of Russian forces" near Bryansk.',
])
def test_a_scare_quoted_phrase_is_not_dropped_as_quoted(extract_text, text):
    assert "drop:movement:quoted-no-speaker" not in _drops(extract_text, text)


@pytest.mark.parametrize("text", [
    # counter-examples: nobody is said to have given the quote, or its unknown speaker speaks of "we"
    '"We are sending more soldiers to the border," the spokesman said.',
    '"He has moved 5,000 more troops into Belarus," she said.',
    '"Our troops will move into Belarus."',
    'She pointed out that "Russian soldiers have surrounded Ukraine."',
    'The spokesman pointed out that "our soldiers have surrounded the town."',
])
def test_a_quote_with_no_source_loses_its_movement(extract_text, text):
    assert _rows(extract_text, text) == []
    assert "drop:movement:quoted-no-speaker" in _drops(extract_text, text)
