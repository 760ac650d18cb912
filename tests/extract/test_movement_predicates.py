"""Tests for extract.movements.predicates: an idiom of a movement verb states no movement; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    # "took place": it happened, no place was taken
    ("The parade of the Armed Forces of Poland, which took place on the main square in Krakow, was long.", []),
    ("The anniversary of the Polish army took place on the main square in Krakow.", []),
    # counter-example: an arrival without the idiom
    ("Turkish troops entered Syria on the main road.", [("TUR", "arrived")]),
])
def test_took_place_is_no_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "go" to a named place is a movement on its way
    ("American soldiers will go to Slovakia.", [("USA", "announced", ["SVK"])]),
    ("The Italian troops will deploy to Romania, and the other Italian forces will go to Hungary.",
     [("ITA", "announced", ["ROU"]), ("ITA", "announced", ["HUN"])]),
    # counter-examples: "go to" an activity or a length names no place
    ("The American soldiers went to war.", []),
    ("The British forces will go to great lengths to train.", []),
])
def test_going_to_a_named_place_is_a_transit(extract_text, text, rows):
    found = [(r["actor"], r["status"], list(r["destinations"])) for r in extract_text(text).movements.to_dict("records")]
    assert found == rows


@pytest.mark.parametrize("text, rows", [
    # forces lining a place are there
    ("Several thousand Belarusian soldiers still line the Polish frontier.", [("BLR", "stationed")]),
    ("Russian soldiers lined the streets of Minsk.", [("RUS", "stationed")]),
    # counter-example: "lined up" is a build-up
    ("British troops lined up along the Estonian border.", [("GBR", "deployed")]),
])
def test_lining_a_place_is_a_presence(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a state controlling or commanding forces in a place has them there
    ("Turkey continues to control armed forces in northern Syria.", [("TUR", "stationed")]),
    ("The general commanded Turkish troops in Syria.", [("TUR", "stationed")]),
    # counter-example: no place, no presence
    ("The Turkish president commands the armed forces.", []),
])
def test_controlling_forces_in_a_place_is_a_presence(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "out of" a place: the parser's preposition "out" is the particle of a withdrawal
    ("Minsk pulled its troops out of Georgia.", [("BLR", "withdrawn")]),
    # counter-example: "out" alone with a sending verb is a sending
    ("Minsk sent out its troops to Georgia.", [("BLR", "deployed")]),
])
def test_out_of_a_place_is_a_withdrawal(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "took up positions" is a build-up, not a capture
    ("Belarusian troops took up positions near Grodno.", [("BLR", "deployed")]),
    # forces guarding a place are there; paratroopers airdropped somewhere were sent there
    ("About 2,000 Latvian troops guard the border with Russia.", [("LVA", "deployed")]),
    ("Belarusian paratroopers were airdropped into Lithuania.", [("BLR", "deployed")]),
    # counter-examples: "took" prisoners is no movement; "took up" no site is none
    ("Belarusian troops took dozens of prisoners.", []),
    ("Belarusian troops took up the offer of training.", []),
])
def test_taking_up_positions_and_guarding(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "bear down on" and "gain ground" a place: forces closing on it
    ("Belarusian troops are bearing down on Vilnius.", [("BLR", "arrived")]),
    ("Belarusian troops have gained ground near Vilnius.", [("BLR", "arrived")]),
    # counter-examples: the same verbs with other objects
    ("Belarusian soldiers will bear the cost of the war.", []),
    ("Belarusian soldiers have gained experience in Syria.", []),
])
def test_closing_on_a_place_is_an_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Belarusian soldiers stand along the Lithuanian border.", [("BLR", "stationed")]),
    ("NATO has established a troop presence in the Baltic states.", [("NATO", "deployed")]),
    # counter-examples: standing with no place, a mission that is no force
    ("Belarusian soldiers stand ready to act.", []),
    ("The alliance established a training mission for Ukrainian soldiers.", []),
])
def test_standing_or_a_presence_set_up_at_a_place(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "fought their way into X": an arrival
    ("Turkish troops fought their way into the Syrian town of Afrin.", [("TUR", "arrived")]),
    ("Turkish forces are fighting their way into northern Syria.", [("TUR", "arrived")]),
    # counter-examples: fighting somewhere, or into the night, is no arrival
    ("Turkish troops fought in northern Syria on Sunday.", []),
    ("Turkish troops fought into the night near Afrin.", []),
])
def test_fighting_ones_way_into_a_place_is_an_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # "touched down in X": an arrival; "transferred" (a doubled consonant, irregular.csv) is a sending
    ("Hundreds of Turkish soldiers touched down in Syria on Sunday.", [("TUR", "arrived")]),
    ("Turkish units were transferred to Syria last week.", [("TUR", "deployed")]),
    # counter-examples: "touch" without "down"
    ("Turkish soldiers touched on the subject in Syria.", []),
    ("The Turkish troops touched base in Syria.", []),
])
def test_touching_down_is_an_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # a size noun reaching a number: how many forces are there, not an arrival
    ("The number of Turkish soldiers in Syria reaches 5,000.", [("TUR", "stationed")]),
    ("The total number of Turkish troops near the Syrian border reached 20,000.", [("TUR", "deployed")]),
    # counter-examples: forces reaching a place arrive, in large numbers too
    ("Turkish troops reached Afrin on Sunday.", [("TUR", "arrived")]),
    ("Large numbers of Turkish troops approached Afrin on Sunday.", [("TUR", "arrived")]),
])
def test_a_number_reaching_a_size_is_no_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
