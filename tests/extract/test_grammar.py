"""extract.clause_facts.mandative_subjunctive on hand-built parses: which clauses are mandative subjunctives."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.clause_facts import mandative_subjunctive

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, tags) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)


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
    assert mandative_subjunctive(_doc(words, heads, deps, tags)[verb]) is expected
