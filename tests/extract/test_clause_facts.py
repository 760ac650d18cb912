"""extract.clause_facts: tense, aspect, modality, polarity, frame and governors of a clause.

The rules are tested on hand-built parses (invented sentences, heads and tags written out), so they are
tested without the model; a few cases go through the real pipeline to check the component stores the facts.
"""
from __future__ import annotations

import pickle

import pytest
from spacy.tokens import Doc

from extract.clause_facts import (
    ClauseFacts, clause_facts, facts_for, facts_of, governors, is_prospective, mandative_subjunctive, tense_of,
)
from extract.clause_facts import KEY as FACTS_KEY
from tests.extract.hand_parses import VOCAB, parse, word


# "The envoy will visit Oslo"
WILL_VISIT = """The 1 det DT
envoy 3 nsubj NN
will 3 aux MD
visit 3 ROOT VB
Oslo 3 dobj NNP"""
# "The envoy has left"
HAS_LEFT = """The 1 det DT
envoy 3 nsubj NN
has 3 aux VBZ
left 3 ROOT VBN"""
# "Convoys are moving north"
ARE_MOVING = """Convoys 2 nsubj NNS
are 2 aux VBP
moving 2 ROOT VBG
north 2 advmod RB"""
# "The minister plans to travel"
PLANS_TO_TRAVEL = """The 1 det DT
minister 2 nsubj NN
plans 2 ROOT VBZ
to 4 aux TO
travel 2 xcomp VB"""
# "The talks are expected to resume"
EXPECTED_TO_RESUME = """The 1 det DT
talks 3 nsubjpass NNS
are 3 auxpass VBP
expected 3 ROOT VBN
to 5 aux TO
resume 3 xcomp VB"""
# "The summit is due"
SUMMIT_DUE = """The 1 det DT
summit 2 nsubj NN
is 2 ROOT VBZ
due 2 acomp JJ"""
# "The envoys will meet and talk"
MEET_AND_TALK = """The 1 det DT
envoys 3 nsubj NNS
will 3 aux MD
meet 3 ROOT VB
and 3 cc CC
talk 3 conj VB"""
# "The envoys met yesterday"
MET = """The 1 det DT
envoys 2 nsubj NNS
met 2 ROOT VBD
yesterday 2 npadvmod NN"""

# "The talks went as expected"
WENT_AS_EXPECTED = """The 1 det DT
talks 2 nsubj NNS
went 2 ROOT VBD
as 4 mark IN
expected 2 advcl VBN"""
# "Biden hosted Scholz and expects talks"
HOSTED_AND_EXPECTS = """Biden 1 nsubj NNP
hosted 1 ROOT VBD
Scholz 1 dobj NNP
and 1 cc CC
expects 1 conj VBZ
talks 4 dobj NNS"""
# "the talks that are planned"
TALKS_THAT_ARE_PLANNED = """the 1 det DT
talks 1 ROOT NNS
that 4 nsubjpass WDT
are 4 auxpass VBP
planned 1 relcl VBN"""
# "Diplomats expect talks"
EXPECT_TALKS = """Diplomats 1 nsubj NNS
expect 1 ROOT VBP
talks 1 dobj NNS"""


@pytest.mark.parametrize("spec, verb, tense, aspect", [
    (WILL_VISIT, "visit", "future", "simple"),  # a future auxiliary
    (HAS_LEFT, "left", "past", "perfect"),  # a perfect: "has" with a past participle
    (ARE_MOVING, "moving", "present", "progressive"),  # "be" with a present participle
    (PLANS_TO_TRAVEL, "travel", "future", "simple"),  # the infinitive under "plans" is ahead
    (EXPECTED_TO_RESUME, "resume", "future", "simple"),  # ... and under "expected"
    (SUMMIT_DUE, "is", "future", "simple"),  # "is due": a future predicate
    (MEET_AND_TALK, "talk", "future", "simple"),  # a second verb takes the time of the first
    (MET, "met", "past", "simple"),  # a past tense
    (PLANS_TO_TRAVEL, "plans", "present", "simple"),
])
def test_tense_and_aspect(spec, verb, tense, aspect):
    facts = facts_of(word(parse(spec), verb))
    assert (facts.tense, facts.aspect) == (tense, aspect)


# "The upcoming summit matters": an event noun with a future modifier
UPCOMING = """The 2 det DT
upcoming 2 amod JJ
summit 3 nsubj NN
matters 3 ROOT VBZ"""
# "The summit was held": a noun takes the tense of its verb
SUMMIT_HELD = """The 1 det DT
summit 3 nsubjpass NN
was 3 auxpass VBD
held 3 ROOT VBN"""


@pytest.mark.parametrize("spec, token, tense", [
    (UPCOMING, "summit", "future"),
    (SUMMIT_HELD, "summit", "past"),
])
def test_tense_of_a_noun(spec, token, tense):
    doc = parse(spec)
    assert tense_of(word(doc, token)) == tense
    assert facts_of(word(doc, token)).tense == "unknown"  # a noun's own facts have no tense


# "Minsk could send brigades"
COULD_SEND = """Minsk 2 nsubj NNP
could 2 aux MD
send 2 ROOT VB
brigades 2 dobj NNS"""
# "Paris should send ships"
SHOULD_SEND = """Paris 2 nsubj NNP
should 2 aux MD
send 2 ROOT VB
ships 2 dobj NNS"""
# "Rome would have sent ships"
WOULD_HAVE_SENT = """Rome 3 nsubj NNP
would 3 aux MD
have 3 aux VB
sent 3 ROOT VBN
ships 3 dobj NNS"""
# "Madrid will have to keep jets there"
HAVE_TO_KEEP = """Madrid 2 nsubj NNP
will 2 aux MD
have 2 ROOT VB
to 4 aux TO
keep 2 xcomp VB
jets 4 dobj NNS
there 4 advmod RB"""
# "Oslo would send ships"
WOULD_SEND = """Oslo 2 nsubj NNP
would 2 aux MD
send 2 ROOT VB
ships 2 dobj NNS"""
# "Lisbon will send ships if Minsk moves"
SEND_IF = """Lisbon 2 nsubj NNP
will 2 aux MD
send 2 ROOT VB
ships 2 dobj NNS
if 6 mark IN
Minsk 6 nsubj NNP
moves 2 advcl VBZ"""
# "Vienna is set to send medics"
SET_TO_SEND = """Vienna 2 nsubjpass NNP
is 2 auxpass VBZ
set 2 ROOT VBN
to 4 aux TO
send 2 xcomp VB
medics 4 dobj NNS"""


@pytest.mark.parametrize("spec, verb, modality", [
    (COULD_SEND, "send", "possible"),  # a modal of possibility
    (SHOULD_SEND, "send", "obligation"),  # a modal of obligation: advocated, not done
    (WOULD_HAVE_SENT, "sent", "counterfactual"),  # a modal with a perfect: what did not happen
    (HAVE_TO_KEEP, "keep", "obligation"),  # "have to"
    (WOULD_SEND, "send", "hypothetical"),  # what would happen
    (WILL_VISIT, "visit", "future"),  # a modal of the future
    (SEND_IF, "send", "possible"),  # a plan on a condition
    (SET_TO_SEND, "send", "expected"),  # under "set to"
    (PLANS_TO_TRAVEL, "travel", "planned"),  # under "plans to"
    (MET, "met", None),  # a plain statement
])
def test_modality(spec, verb, modality):
    assert facts_of(word(parse(spec), verb)).modality == modality


# "Vienna did not send medics"
DID_NOT_SEND = """Vienna 3 nsubj NNP
did 3 aux VBD
not 3 neg RB
send 3 ROOT VB
medics 3 dobj NNS"""
# "Nobody sent medics"
NOBODY_SENT = """Nobody 1 nsubj NN
sent 1 ROOT VBD
medics 1 dobj NNS"""
# "Bern has no plan to send medics"
NO_PLAN_TO_SEND = """Bern 1 nsubj NNP
has 1 ROOT VBZ
no 3 det DT
plan 1 dobj NN
to 5 aux TO
send 3 acl VB
medics 5 dobj NNS"""
# "Convoys are no longer moving"
NO_LONGER = """Convoys 4 nsubj NNS
are 4 aux VBP
no 3 neg RB
longer 4 advmod RB
moving 4 ROOT VBG"""
# "They left without sending medics"
WITHOUT_SENDING = """They 1 nsubj PRP
left 1 ROOT VBD
without 1 prep IN
sending 2 pcomp VBG
medics 3 dobj NNS"""

# "They left, not without regret": litotes, the "without" phrase is itself negated
NOT_WITHOUT = """They 1 nsubj PRP
left 1 ROOT VBD
, 1 punct ,
not 4 neg RB
without 1 prep IN
regret 4 pobj NN"""


@pytest.mark.parametrize("spec, verb, negator", [
    (DID_NOT_SEND, "send", "not"),  # "not"
    (NOT_WITHOUT, "left", None),  # "not without": it happened
    (NOBODY_SENT, "sent", "Nobody"),  # a subject that names no one
    (NO_PLAN_TO_SEND, "send", "no"),  # a negated governor: "no plan to"
    (NO_LONGER, "moving", "longer"),  # "no longer"
    (WITHOUT_SENDING, "sending", "without"),  # the object of "without"
    (MET, "met", None),
])
def test_polarity(spec, verb, negator):
    doc = parse(spec)
    facts = facts_of(word(doc, verb))
    assert facts.negated is (negator is not None)
    assert (doc[facts.negator].text if facts.negated else None) == negator


# "Oslo refused to send ships"
REFUSED = """Oslo 1 nsubj NNP
refused 1 ROOT VBD
to 3 aux TO
send 1 xcomp VB
ships 3 dobj NNS"""
# "Kyiv urged Minsk to withdraw"
URGED = """Kyiv 1 nsubj NNP
urged 1 ROOT VBD
Minsk 1 dobj NNP
to 4 aux TO
withdraw 1 xcomp VB"""
# "a resolution demanding that the army withdraw"
SUBJUNCTIVE = """a 1 det DT
resolution 1 ROOT NN
demanding 1 acl VBG
that 6 mark IN
the 5 det DT
army 6 nsubj NN
withdraw 2 ccomp VB"""
# "if the army crosses the border"
IF_CROSSES = """if 3 mark IN
the 2 det DT
army 3 nsubj NN
crosses 3 ROOT VBZ
the 5 det DT
border 3 dobj NN"""
# "The minister said the army would withdraw"
SAID_WOULD = """The 1 det DT
minister 2 nsubj NN
said 2 ROOT VBD
the 4 det DT
army 6 nsubj NN
would 6 aux MD
withdraw 2 ccomp VB"""
# "The minister fears Minsk could attack"
FEARS_COULD = """The 1 det DT
minister 2 nsubj NN
fears 2 ROOT VBZ
Minsk 5 nsubj NNP
could 5 aux MD
attack 2 ccomp VB"""


@pytest.mark.parametrize("spec, verb, frame", [
    (REFUSED, "send", "refused"),  # a refusing governor
    (URGED, "withdraw", "demanded"),  # a demand of the object
    (SUBJUNCTIVE, "withdraw", "subjunctive"),  # a mandative subjunctive
    (IF_CROSSES, "crosses", "conditional"),  # a conjunction of condition
    (FEARS_COULD, "attack", "reported"),  # a clause of someone's thought
    (MET, "met", None),
    (REFUSED, "refused", None),
])
def test_frame(spec, verb, frame):
    assert facts_of(word(parse(spec), verb)).frame == frame


# which bare verbs are mandative subjunctives (`frames.mandative_subjunctive`)
@pytest.mark.parametrize("words, heads, deps, tags, verb, expected", [
    # "demanding Russia withdraw troops": a bare verb with a singular named subject
    (["demanding", "Russia", "withdraw", "troops"], [0, 2, 0, 2], ["ROOT", "nsubj", "ccomp", "dobj"],
     ["VBG", "NNP", "VB", "NNS"], 2, True),
    # "the request that he confirm": a pronoun subject
    (["request", "that", "he", "confirm"], [0, 3, 3, 0], ["ROOT", "mark", "nsubj", "acl"],
     ["NN", "IN", "PRP", "VB"], 3, True),
    # "said Russia withdraws troops": the indicative reports
    (["said", "Russia", "withdraws", "troops"], [0, 2, 0, 2], ["ROOT", "nsubj", "ccomp", "dobj"],
     ["VBD", "NNP", "VBZ", "NNS"], 2, False),
    # "said troops withdraw": a plural subject, the indicative again
    (["said", "troops", "withdraw"], [0, 2, 0], ["ROOT", "nsubj", "ccomp"], ["VBD", "NNS", "VBP"], 2, False),
    # "said Russia will withdraw": an auxiliary
    (["said", "Russia", "will", "withdraw"], [0, 3, 3, 0], ["ROOT", "nsubj", "aux", "ccomp"],
     ["VBD", "NNP", "MD", "VB"], 3, False),
    # a main clause is no subjunctive
    (["Russia", "withdraw"], [1, 1], ["nsubj", "ROOT"], ["NNP", "VBP"], 1, False),
])
def test_mandative_subjunctive(words, heads, deps, tags, verb, expected):
    assert mandative_subjunctive(Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)[verb]) is expected


def test_reported_speech_keeps_its_own_modality():
    """What is said keeps its modality and is not governed by the verb of saying."""
    doc = parse(SAID_WOULD)
    facts = facts_of(word(doc, "withdraw"))
    assert (facts.frame, facts.modality, facts.governors) == ("reported", "hypothetical", ())


@pytest.mark.parametrize("spec, verb, expected", [
    (PLANS_TO_TRAVEL, "travel", ["plans"]),
    (REFUSED, "send", ["refused"]),
    (NO_PLAN_TO_SEND, "send", ["plan", "has"]),  # a plan noun, then the verb that has it
    (WITHOUT_SENDING, "sending", ["left"]),  # a gerund after a preposition
    (MET, "met", []),
])
def test_governors(spec, verb, expected):
    assert [t.text for t in governors(word(parse(spec), verb))] == expected


def test_facts_for_a_nominal_predicate_under_a_given_verb():
    """"Bern has no plan to send medics": the facts of "plan" under "has" are read with the chain given."""
    doc = parse(NO_PLAN_TO_SEND)
    plan, has = word(doc, "plan"), word(doc, "has")
    assert facts_for(plan, [has]).negated
    assert facts_for(word(doc, "send"), governors(word(doc, "send"))) is facts_of(word(doc, "send"))


@pytest.mark.parametrize("spec, token, ahead", [
    (WILL_VISIT, "visit", True),
    (UPCOMING, "summit", True),
    (COULD_SEND, "send", True),  # a word of the future beside it
    (MET, "met", False),
    (EXPECT_TALKS, "talks", True),  # what someone expects
    (WENT_AS_EXPECTED, "talks", False),  # "as expected": the expectation was met
    (HOSTED_AND_EXPECTS, "hosted", False),  # the expectation belongs to the second clause
    (HOSTED_AND_EXPECTS, "talks", True),
    (TALKS_THAT_ARE_PLANNED, "talks", True),  # a clause on the noun itself speaks of it
])
def test_is_prospective(spec, token, ahead):
    assert is_prospective(word(parse(spec), token)) is ahead


def test_the_component_stores_the_facts_of_every_verb_and_they_pickle():
    doc = clause_facts(parse(SEND_IF))
    table = doc.user_data[FACTS_KEY]
    assert sorted(doc[i].text for i in table) == ["moves", "send"]
    assert all(isinstance(f, ClauseFacts) for f in table.values())
    again = pickle.loads(pickle.dumps(doc))
    assert again.user_data[FACTS_KEY] == table
    read_back = Doc(VOCAB).from_bytes(doc.to_bytes())  # msgpack turns the tuples into lists
    assert facts_of(read_back[2]) == facts_of(doc[2])


# ----- through the real pipeline -----------------------------------------------------------------------
@pytest.mark.parametrize("text, verb, field, value", [
    ("Poland will send more soldiers to the border if Russia attacks.", "send", "modality", "possible"),
    ("Poland will send more soldiers to the border if Russia attacks.", "send", "tense", "future"),
    ("Belarus refused to withdraw its soldiers from the region.", "withdraw", "frame", "refused"),
    ("The ministry did not say whether the talks would resume.", "say", "negated", True),
    ("The envoy has already arrived in the capital.", "arrived", "aspect", "perfect"),
])
def test_facts_through_the_pipeline(pipeline, text, verb, field, value):
    doc = pipeline(text)
    assert "clause_facts" in pipeline.pipe_names
    token = word(doc, verb)
    assert token.i in doc.user_data[FACTS_KEY]  # stored by the component, not computed on demand
    assert getattr(facts_of(token), field) == value


# "There were no results, with troops massed there" / "He thought about moving troops there"
WITH_MASSED = """There 1 expl EX
were 1 ROOT VBD
no 3 det DT
results 1 attr NNS
with 1 prep IN
troops 6 nsubj NNS
massed 4 pcomp VBD
there 6 advmod RB"""
ABOUT_MOVING = """He 1 nsubj PRP
thought 1 ROOT VBD
about 1 prep IN
moving 2 pcomp VBG
troops 3 dobj NNS
there 3 advmod RB"""


def test_a_with_clause_with_its_own_subject_has_no_governor():
    """An absolute with-clause states its own fact; a gerund under a preposition is governed by the verb above."""
    from extract.clause_facts.governors import governors_of

    assert governors_of(word(parse(WITH_MASSED), "massed")) == []
    assert [t.text for t in governors_of(word(parse(ABOUT_MOVING), "moving"))] == ["thought"]


# "answer should Minsk order attacks": the auxiliary opens the dependent clause before its subject
SHOULD_MINSK_ORDER = """answer 0 ROOT NN
should 3 aux MD
Minsk 3 nsubj NNP
order 0 relcl VB
attacks 3 dobj NNS"""
# "Minsk should order attacks": a main clause, the subject first
MINSK_SHOULD_ORDER = """Minsk 2 nsubj NNP
should 2 aux MD
order 2 ROOT VB
attacks 2 dobj NNS"""
# "troops that had arrived": the subject (a relative pronoun) before the auxiliary
TROOPS_THAT_HAD = """troops 0 ROOT NNS
that 3 nsubj WDT
had 3 aux VBD
arrived 0 relcl VBN"""


@pytest.mark.parametrize("spec, verb, mark", [
    (SHOULD_MINSK_ORDER, "order", "should"),
    (MINSK_SHOULD_ORDER, "order", None),
    (TROOPS_THAT_HAD, "arrived", None),
])
def test_an_auxiliary_before_the_subject_of_a_dependent_clause_is_a_condition(spec, verb, mark):
    from extract.clause_facts.frames import conditional_mark, inverted_condition

    doc = parse(spec)
    found = inverted_condition(word(doc, verb))
    assert (found.text if found is not None else None) == mark
    assert conditional_mark(word(doc, verb)) == found
