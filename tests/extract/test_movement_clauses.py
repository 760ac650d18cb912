"""extract.movements.clauses on hand-built parses (invented sentences, heads, deps and tags written out)."""
from __future__ import annotations

import pytest

from extract.movements.clauses import climb
from tests.extract.hand_parses import parse


# "Soldiers raised flags after entering Riga"
AFTER_ENTERING = """Soldiers 1 nsubj NNS
raised 1 ROOT VBD
flags 1 dobj NNS
after 1 prep IN
entering 3 pcomp VBG
Riga 4 dobj NNP"""
# "Soldiers raised flags before entering Riga"
BEFORE_ENTERING = AFTER_ENTERING.replace("after", "before")
# "Soldiers raised flags after we entered Riga"
AFTER_WE_ENTERED = """Soldiers 1 nsubj NNS
raised 1 ROOT VBD
flags 1 dobj NNS
after 5 mark IN
we 5 nsubj PRP
entered 1 advcl VBD
Riga 5 dobj NNP"""
# "Soldiers arrived after crossing Riga": the main verb is itself the movement
ARRIVED_AFTER_CROSSING = """Soldiers 1 nsubj NNS
arrived 1 ROOT VBD
after 1 prep IN
crossing 2 pcomp VBG
Riga 3 dobj NNP"""


@pytest.mark.parametrize("spec, predicate, kind", [
    (AFTER_ENTERING, "entering", "subject"),
    (BEFORE_ENTERING, "raised", "subject"),
    (AFTER_WE_ENTERED, "raised", "subject"),
    (ARRIVED_AFTER_CROSSING, "arrived", "subject"),
])
def test_an_arrival_gerund_after_a_time_preposition_is_the_predicate(spec, predicate, kind):
    doc = parse(spec)
    clause = climb(doc[0])
    assert (clause.pred.text, clause.kind) == (predicate, kind)
    if predicate == "entering":
        assert [g.text for g in clause.governors][:1] == ["raised"]
