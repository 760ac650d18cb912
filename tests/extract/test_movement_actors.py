"""Tests for extract.movements.actors: whose forces a cleft or a watched build-up are; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize(
    "text, rows",
    [
        # an it-cleft: the focus builds up the forces, not the state named before
        ("Spain sent food. It is Turkey that is building up forces on the border with Syria, not Spain.",
         [("TUR", "deployed")]),
        ("Spain sent food. It was Turkey that sent soldiers to Syria.", [("TUR", "deployed")]),
    ],
)
def test_a_cleft_names_the_owner(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text", [
    # a watcher owns nothing it watches: no owner, so no row
    "Spain sent food. We are watching closely the buildup of troops on the border with Syria.",
    "Spain sent food. Spain is monitoring the movement of soldiers near Syria.",
    "Spain sent food. Even before we started discussing the buildup of troops at the border with Syria, we saw more "
    "cyber attacks.",
])
def test_a_watcher_does_not_own_the_forces(extract_text, text):
    assert [a for a, _ in _rows(extract_text, text)] == []


@pytest.mark.parametrize("text, rows", [
    # counter-examples: a plan the subject discusses is its own
    ("NATO discussed a possible buildup of troops in Romania.", [("NATO", "planned")]),
    ("NATO discussed the deployment of more troops to Romania.", [("NATO", "planned")]),
])
def test_a_discussed_plan_is_the_discussers(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, actor", [
    # the second of two coordinated verbs shares the first one's subject
    ("Officials said that Turkey entered Syria in 2019 and continues to keep armed forces in Idlib.", "TUR"),
    ("Turkey keeps troops in Idlib.", "TUR"),
])
def test_a_coordinated_aspect_verb_shares_its_subject(extract_text, text, actor):
    assert [r["actor"] for r in extract_text(text).movements.to_dict("records")][-1:] == [actor]


@pytest.mark.parametrize("text, actor", [
    # a passive raising verb's subject does the verb below
    ("Turkey is expected to send troops into northern Syria.", "TUR"),
    ("Turkey is believed to be moving troops toward Syria.", "TUR"),
])
def test_a_raised_passive_subject_owns_the_forces(extract_text, text, actor):
    assert [r["actor"] for r in extract_text(text).movements.to_dict("records")] == [actor]


@pytest.mark.parametrize("text, rows", [
    # a move still to come of forces with no owner is the announcing state's
    ("The Spanish defence ministry said 500 troops would go to Latvia.", [("ESP", "announced")]),
    ("About 300 soldiers will move to Latvia, the Spanish defence ministry said.", [("ESP", "announced")]),
    # counter-example: a move reported as done is the reporter's no more than anyone's
    ("The Spanish defence ministry said troops had entered Latvia.", []),
])
def test_an_announced_move_is_the_announcers(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("The CSTO sent 2,500 troops to Armenia.", [("CSTO", "deployed")]),
    ("A CSTO peacekeeping contingent arrived in Kyrgyzstan on Friday.", [("CSTO", "arrived")]),
    ("Troops of the Collective Security Treaty Organization began leaving Kyrgyzstan.", [("CSTO", "withdrawn")]),
    # counter-example: the alliance's leading state sends its own forces
    ("Russia, which leads the CSTO, sent paratroopers to Kyrgyzstan.", [("RUS", "deployed")]),
])
def test_the_csto_is_an_actor_of_its_own(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
