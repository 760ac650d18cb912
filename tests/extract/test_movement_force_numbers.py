"""Tests for extract.movements.force_numbers: a number that belongs to another force noun of the clause (an
increase, a companion, a coordination); invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    table = extract_text(text).movements
    return [(r["actor"], None if r["troops"] != r["troops"] or r["troops"] is None else int(r["troops"]),
             sorted(r["destinations"])) for r in table.to_dict("records")]


@pytest.mark.parametrize(
    "text, rows",
    [
        # an increase: the number is how many were added
        ("The Georgian force in Armenia grew by roughly 5,000 soldiers last month.", [("GEO", 5000, ["ARM"])]),
        # a companion: one force of both numbers
        ("Turkey sent 300 commandos to Syria together with some 200 paratroopers.", [("TUR", 500, ["SYR"])]),
        ("Turkey sent 300 commandos to Syria along with 200 paratroopers.", [("TUR", 500, ["SYR"])]),
        # a coordination with one place: one force of both numbers
        ("Spain is dispatching 400 marines and 900 infantry to Latvia.", [("ESP", 1300, ["LVA"])]),
        # counter-examples: equipment is not added to personnel; "with" alone is no companion
        ("Spain sent 300 soldiers and 20 tanks to Latvia.", [("ESP", 300, ["LVA"])]),
        ("Spain sent 300 soldiers with 20 officers to Latvia.", [("ESP", 300, ["LVA"])]),
    ],
)
def test_numbers_attach_to_their_force(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text", [
    "The Georgian troops in Armenia grew tired.",  # "grow" adds forces only with "by" or "to"
])
def test_not_an_increase(extract_text, text):
    assert _rows(extract_text, text) == []


@pytest.mark.xfail(reason="wrong parse: '900 infantry' is read as a conjunct of 'Latvia', so it takes both places",
                   strict=True)
def test_coordinated_forces_with_their_own_places(extract_text):
    rows = _rows(extract_text, "Spain is dispatching 400 marines to Latvia and 900 infantry to Estonia.")
    assert sorted(rows) == [("ESP", 400, ["LVA"]), ("ESP", 900, ["EST"])]


@pytest.mark.parametrize("text, rows", [
    ("The ministry said a thousand Spanish soldiers will be sent to Latvia.", [("ESP", 1000, ["LVA"])]),
    ("A hundred Spanish soldiers arrived in Latvia.", [("ESP", 100, ["LVA"])]),
])
def test_a_spelled_out_number_with_an_article(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
