"""Light verb + speech noun cues and "made it clear": statements whose cue is a phrase, not a speech verb.

A light verb (lexicon light_verbs.csv: raise, voice, express, issue ...) makes its speech-noun object
(speech_nouns.csv) a statement of its subject (`noun:light-verb`). Its content is, in this order, the noun's
that-clause ("gave assurances [that ...]") or the object of an about/over/on phrase of the noun or of the
verb ("voiced alarm [over the buildup]", "expressed hope [for X]"). A speech participle on the object ("issued
a statement condemning X") is a cue of its own, whose subject is the light verb's (`extract.speech.subject_of`).
"made it clear that" / "was clear that" report a clause like "said that" (`reported:made-clear`).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .content import span_of
from .lexicon import CLAUSE_ONLY_NOUNS, SPEECH_NOUNS
from .speech import Cue, subject_of
from .triggers import triggers_in

_NOUN_PREPS = ("about", "over", "on", "regarding", "for", "of", "at")  # "hope [for] X", "fears [of] war"
_VERB_PREPS = ("about", "over", "on", "regarding")  # "voiced alarm [over] X"
_HOLDER_TOPIC_PREPS = ("about", "regarding")  # "concerns of X [about] Y"
_TIME_ENTS = ("DATE", "TIME")  # "raised concerns on Monday": when, not what


def light_rows(extractor, sent: Span) -> None:
    """Rows for the light-verb and made-clear cues of `sent` (a `StatementExtractor` takes them)."""
    for trigger in triggers_in(sent, "noun:light-verb"):
        token = trigger[0]
        if token.i in extractor.used_cues or (token.tag_ == "VBG" and token.dep_ == "advcl"):
            continue  # "..., raising questions about X": the event raises them, not a speaker
        subject = subject_of(token)
        for noun in token.children:
            found = _noun_content(token, noun) if noun.dep_ == "dobj" else None
            if found is None or subject is None:
                continue
            content, act = found
            extractor._noun_statement(Cue(token, subject, token.idx, noun.idx + len(noun.text), act), content, sent,
                                      "noun:light-verb")
    for trigger in triggers_in(sent, "light:made-clear"):
        token = trigger[0]
        clause = made_clear_clause(trigger)
        subject = subject_of(token)
        if token.i in extractor.used_cues or extractor.ctx.participants or clause is None or subject is None \
                or subject.lower_ in ("it", "this", "that", "what", "which"):
            continue  # a readout's own "made clear" is `readout:made-clear`; "it was clear that" has no speaker
        cue = Cue(token, subject, trigger.start_char, trigger.end_char, "say")
        extractor._noun_statement(cue, span_of([clause]), sent, "reported:made-clear")


def made_clear_clause(trigger: Span) -> Token | None:
    """The that-clause of "made (it) clear" / "was (very) clear": the parser hangs it on the verb or on "clear"."""
    clear = trigger[-1]
    heads = (trigger[0], clear)
    return next((c for t in heads for c in t.children if c.dep_ in ("ccomp", "advcl") and c.i > clear.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _noun_content(verb: Token, noun: Token) -> tuple[tuple[int, int], str] | None:
    """(content span, act) of a light verb's object `noun`, or None."""
    low = noun.lower_
    if low not in SPEECH_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is not None:
        return span_of([clause]), SPEECH_NOUNS[low]
    if low in CLAUSE_ONLY_NOUNS:
        return None  # "made statements for the press": no content
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in _NOUN_PREPS] + \
            [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _VERB_PREPS and p.i > noun.i]
    for prep in preps:
        objects = [o for o in prep.children if o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in _TIME_ENTS]
        topic = _holders_topic(verb, prep, objects)
        if topic:
            return span_of(topic), SPEECH_NOUNS[low]
        if objects:
            return span_of(objects), SPEECH_NOUNS[low]
    return None


def _holders_topic(verb: Token, prep: Token, objects: list[Token]) -> list[Token]:
    """"the concerns [of the allies] about X": an of-phrase followed by an about-phrase (on its object, the noun
    or the verb) names who holds them, and the about-phrase is what was said."""
    if prep.lower_ != "of":
        return []
    heads = [*objects, prep.head, verb]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _HOLDER_TOPIC_PREPS
            and p.i > prep.i for o in p.children if o.dep_ in ("pobj", "pcomp")][:1]
