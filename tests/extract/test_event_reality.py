"""Event words for events that do not take place (`extract.event_reality`): negated, refused, hypothetical."""
from __future__ import annotations

import pytest

from extract.event_reality import is_only_possible, is_unreal


@pytest.mark.parametrize(
    "text, word, unreal",
    [
        ("Scholz will not travel to Moscow this month.", "travel", True),
        ("Putin refused to meet Zelensky.", "meet", True),
        ("Lavrov declined to meet Truss.", "meet", True),
        ("Biden has no plans to meet Putin.", "meet", True),
        ("There will be no talks between Russia and NATO.", "talks", True),
        ("Any meeting between the two presidents would need preparation.", "meeting", True),
        ("Kyiv cancelled the talks with Moscow.", "talks", True),
        ("The ministers did not hold talks on Friday.", "talks", True),
        ("The president asked for an early meeting with the alliance's leaders.", "meeting", True),
        ("Kyiv urged talks with Moscow.", "talks", True),
        ("The agency made a proposal to hold a joint meeting near the plant.", "meeting", True),
        ("Ankara offered to host talks between the two sides.", "talks", True),
        ("Ankara offered to host talks between the two sides.", "host", True),
        # a call with its own "for" phrase or to-infinitive is an appeal (lexicon appeal_nouns)
        ("Germany's call to send troops to Lithuania was welcomed.", "call", True),
        ("France's call for a ceasefire was rejected.", "call", True),
        ("Macron described his call with Putin as frank.", "call", False),
        ("Biden made a call to Putin on Thursday.", "call", False),
        # an event in a to-infinitive that an appeal verb asks for (lexicon event_frames, class appeal)
        ("He again called for Russian President Vladimir Putin to hold direct talks.", "talks", True),
        ("Macron called on Putin to hold talks with Zelensky.", "talks", True),
        ("He called for the two leaders to meet in Geneva.", "meet", True),
        ("She asked Biden to meet Putin.", "meet", True),
        ("Biden called Putin to discuss the talks with NATO.", "called", False),
        ("Blinken called his Ukrainian counterpart to read out his meeting with Lavrov.", "meeting", False),
        # events that do take place, or are planned
        ("Scholz will travel to Moscow next week.", "travel", False),
        ("Putin agreed to meet Macron.", "meet", False),
        ("Blinken held talks with Lavrov in Geneva.", "talks", False),
        ("Biden plans to meet Scholz on Monday.", "meet", False),
        ("The minister flew to Geneva for talks with his counterpart.", "talks", False),
        ("Ankara decided to host talks between the two sides.", "talks", False),
        ("The prime minister called a meeting of the alliance's leaders.", "meeting", False),
    ],
)
def test_is_unreal(pipeline, text, word, unreal):
    doc = pipeline(text)
    assert is_unreal(next(t for t in doc if t.text == word)) is unreal


@pytest.mark.parametrize(
    "text, word, possible",
    [
        ("The two sides discussed the possibility of a meeting between the foreign ministers.", "meeting", True),
        ("Officials raised the prospect of talks between Germany and Poland.", "talks", True),
        ("There are hopes for talks between the two foreign ministers.", "talks", True),
        ("The agreement opens the way for a meeting between the two leaders.", "meeting", True),
        ("Enough progress was made to allow the leaders of Spain and Portugal to meet.", "meet", True),
        ("Macron said Russia is open to negotiations with Ukrainian representatives.", "negotiations", True),
        ("Scholz said he was ready for talks with Putin.", "talks", True),
        ("The President invited the Federal Chancellor to pay a visit to Ukraine.", "visit", True),
        # events that took place: their nouns hang on words that make nothing possible
        ("The meeting between Macron and Scholz ended without agreement.", "meeting", False),
        ("The results of the meeting between Macron and Scholz were published on Monday.", "meeting", False),
        ("Reporters described the way the talks between Italy and Spain went.", "talks", False),
        ("The president allowed reporters to attend the meeting with Scholz.", "meeting", False),
        ("Diplomats went to the talks in Geneva.", "talks", False),
        ("He spoke of the talks with Lavrov.", "talks", False),
    ],
)
def test_is_only_possible(pipeline, text, word, possible):
    doc = pipeline(text)
    assert is_only_possible(next(t for t in doc if t.text == word)) is possible


@pytest.mark.parametrize("word, pos, head, dep, head_tag, owner, owner_tag, possible", [
    ("talks", "NNS", "of", "prep", "IN", "possibility", "NN", True),
    ("talks", "NNS", "of", "prep", "IN", "results", "NNS", False),
    ("talks", "NNS", "to", "prep", "IN", "open", "JJ", True),
    ("talks", "NNS", "to", "prep", "IN", "open", "VB", False),  # "to open talks" is no readiness
    ("talks", "NNS", "for", "prep", "IN", "way", "NN", True),
    ("talks", "NNS", "in", "prep", "IN", "way", "NN", False),
])
def test_is_only_possible_on_hand_built_docs(word, pos, head, dep, head_tag, owner, owner_tag, possible):
    """The rule reads the parse alone: owner ← prep ← event noun, built by hand."""
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=[owner, head, word], tags=[owner_tag, head_tag, pos],
              heads=[0, 0, 1], deps=["ROOT", dep, "pobj"])
    assert is_only_possible(doc[2]) is possible


def test_an_appeal_noun_on_a_hand_built_parse():
    """The rule reads the noun's own children: "a call to send troops" (an infinitive) against "a call to Putin"."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    appeal = Doc(vocab, words=["a", "call", "to", "send", "troops"], heads=[1, 1, 3, 1, 3],
                 deps=["det", "ROOT", "aux", "acl", "dobj"], tags=["DT", "NN", "TO", "VB", "NNS"])
    phone = Doc(vocab, words=["a", "call", "to", "Putin"], heads=[1, 1, 1, 2],
                deps=["det", "ROOT", "prep", "pobj"], tags=["DT", "NN", "IN", "NNP"])
    assert is_unreal(appeal[1]) and not is_unreal(phone[1])


def test_an_asked_for_infinitive_on_a_hand_built_parse():
    """"called for the leaders to meet": the infinitive under an appeal verb; "agreed for them to meet" is no appeal."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    words = ["He", "called", "for", "leaders", "to", "meet"]
    heads, deps = [1, 1, 5, 5, 5, 1], ["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl"]
    tags = ["PRP", "VBD", "IN", "NNS", "TO", "VB"]
    asked = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    agreed = Doc(vocab, words=["He", "agreed", *words[2:]], heads=heads, deps=deps, tags=tags)
    assert is_unreal(asked[5]) and not is_unreal(agreed[5])
