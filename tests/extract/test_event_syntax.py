"""Where an event word sits in the parse, on hand-built parses (no model needed)."""
import spacy
from spacy.tokens import Doc

from extract.event_syntax import controller_of, has_named_owner, is_acted_on, to_audience


def test_an_infinitive_takes_the_object_above_it_as_subject_on_a_hand_built_parse():
    """"invited Trudeau to visit": Trudeau; "Trudeau wants to visit" has no object above the infinitive."""
    vocab = spacy.blank("en").vocab
    invited = Doc(vocab, words=["Zelensky", "invited", "Trudeau", "to", "visit", "Kyiv"], heads=[1, 1, 1, 4, 1, 4],
                  deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"], tags=["NNP", "VBD", "NNP", "TO", "VB", "NNP"])
    wants = Doc(vocab, words=["Trudeau", "wants", "to", "visit", "Kyiv"], heads=[1, 1, 3, 1, 3],
                deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], tags=["NNP", "VBZ", "TO", "VB", "NNP"])
    assert controller_of(invited[4]).text == "Trudeau"
    assert controller_of(wants[3]) is None


def test_a_verb_acting_on_an_event_from_outside_on_a_hand_built_parse():
    """"took over the meeting" acts on it from outside; "took the meeting" (no particle) and "held" do not."""
    vocab = spacy.blank("en").vocab

    def parse(words, heads, deps, tags):
        return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)

    over = parse(["troops", "took", "over", "the", "meeting"], [1, 1, 1, 4, 1],
                 ["nsubj", "ROOT", "prt", "det", "dobj"], ["NNS", "VBD", "RP", "DT", "NN"])
    took = parse(["troops", "took", "the", "meeting"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                 ["NNS", "VBD", "DT", "NN"])
    skipped = parse(["Jordan", "skipped", "the", "summit"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                    ["NNP", "VBD", "DT", "NN"])
    held = parse(["Jordan", "held", "the", "summit"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                 ["NNP", "VBD", "DT", "NN"])
    assert [is_acted_on(doc[-1]) for doc in (over, took, skipped, held)] == [True, False, True, False]


def test_a_possessive_names_the_event_s_owner_unless_it_is_a_pronoun_or_a_day():
    """"the envoy's meeting" has an owner; "his meeting" is read through the subject; "Monday's meeting" names a day."""
    vocab = spacy.blank("en").vocab

    def owned(owner, tag, ent=None):
        doc = Doc(vocab, words=[owner, "'s", "meeting"] if tag != "PRP$" else [owner, "meeting"],
                  heads=[2, 0, 2] if tag != "PRP$" else [1, 1], deps=["poss", "case", "ROOT"] if tag != "PRP$"
                  else ["poss", "ROOT"], tags=[tag, "POS", "NN"] if tag != "PRP$" else [tag, "NN"],
                  ents=[f"B-{ent}"] + ["O"] * (2 if tag != "PRP$" else 1) if ent else None)
        return has_named_owner(doc[-1])

    assert [owned("envoy", "NN"), owned("his", "PRP$"), owned("Monday", "NNP", "DATE")] == [True, False, False]


def test_speaking_to_an_audience_is_an_address():
    """"spoke to the nation" addresses an audience; "spoke to Macron" is talks."""
    vocab = spacy.blank("en").vocab

    def spoke_to(noun):
        doc = Doc(vocab, words=["Biden", "spoke", "to", "the", noun] if noun == "nation" else ["Biden", "spoke", "to", noun],
                  heads=[1, 1, 1, 4, 2] if noun == "nation" else [1, 1, 1, 2],
                  deps=["nsubj", "ROOT", "prep", "det", "pobj"] if noun == "nation" else ["nsubj", "ROOT", "prep", "pobj"])
        return to_audience(doc[1])

    assert [spoke_to("nation"), spoke_to("Macron")] == [True, False]
