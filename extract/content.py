"""What a speech verb reports: its content span, and the id of the rule that found it.

The rules are tried in order; each is a rule of English reporting syntax, and its id becomes the
row's `method`:
- `reported:colon`: "He added: the talks ..." (to the end of the paragraph when no quote mark follows);
- `reported:clause`: the clausal complement ("said [that the talks had failed]");
- `reported:phrasal`: the object of a phrasal cue ("called for [fresh elections]", "called for [Belarus to close the border]"),
  else its target and reason phrases ("lashed out at [Russia over the move]");
- `reported:infinitive`: an infinitive complement ("urged Russia [to withdraw]");
- `reported:object`: the object of a verb whose object is its content ("denied [any plan to attack]",
  "branded [it] [a catastrophe]");
- `reported:prep-object`: the object of "of/against/about/over" after warn/criticise/accuse/say
  ("warned of [a catastrophe]");
- `reported:parenthetical`: a root cue set off by commas inside the claim ("Though ..., he said, ...");
- `reported:inverted`: the main clause before or around an inverted cue ("Russia is ready, he said.");
- `reported:as-said`: the main clause of an "as X said" clause ("As the minister said, [the roads are safe]").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .document import ArticleDoc
from .lexicon import (
    ADDRESSEE_OBJECT,
    CLAUSE_ONLY,
    NEEDS_PREDICATE,
    OBJECT_CONTENT_ACTS,
    PHRASAL_ONLY,
    SAY_WITH_OBJECT,
    SPEECH_VERBS,
    WITH_REASON,
)
from .clause_facts.words import PERCEPTION_VERBS
from .received import receives_people, welcomed
from .sentences import sentence_of, text_of
from .speech import goes_on, is_speech_verb, phrasal_act

QUOTE_MARKS = {"\u201c", "\u201d", '"', "\u00ab", "\u00bb", "\u201e"}
INVERTED_CUES = {"said", "says", "added", "adds", "told", "warned", "insisted", "stressed", "noted", "explained", "argued",
                 "claimed", "wrote", "tweeted", "declared", "acknowledged", "admitted", "suggested", "continued",
                 "say", "according", "believes", "believe", "thinks", "think", "reckons", "estimates", "estimated"}
_OPINION = {"believes", "believe", "thinks", "think", "reckons", "estimates", "estimated", "according"}  # "as X believes"
MIN_CHARS = 6  # a content shorter than this, or of one word, is no statement
_STOP = object()  # a rule's verdict that the verb reports nothing here (no later rule may try)


@dataclass(frozen=True)
class Content:
    """A reported content: character offsets in the article text and the rule that found it."""

    start: int
    end: int
    rule: str

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def trim(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, punctuation edges, a leading 'that' and surrounding quote marks."""
    strip_chars = " \t\n,.;:\u201c\u201d\"'\u2018\u2019-\u2014()"
    while start < end and doc_text[start] in strip_chars:
        start += 1
    while end > start and doc_text[end - 1] in strip_chars:
        end -= 1
    return start, end


def span_of(tokens: list[Token]) -> tuple[int, int]:
    """The text of the subtrees of `tokens`, without a leading complementizer ("that", "whether")."""
    left = min((t.left_edge for t in tokens), key=lambda t: t.i)
    while (left.dep_ == "mark" or (left.lower_ == "that" and left.dep_ == "advmod")) and \
            left.i + 1 < len(left.doc) and left.i < max(t.i for t in tokens):
        left = left.nbor(1)
    first = left.idx
    last = max((t.right_edge for t in tokens), key=lambda t: t.i)
    return first, last.idx + len(last.text)


def content_of(cue: Token, adoc: ArticleDoc) -> Content | None:
    """The reported content of the speech verb `cue` and the rule that found it (None: it reports nothing)."""
    if receives_people(cue, welcomed(cue)):
        return None  # "welcomed the refugees": took them in, said nothing (`extract.received`)
    colon = _after_colon(cue)
    if colon is not None:
        return colon
    found = _clause(cue) or _object_frames(cue)
    if found is _STOP:
        return None
    if found is None:
        return _parenthetical(cue) or _inverted(cue) or _as_said(cue)
    (start, end), rule = found
    start, end = trim(text_of(cue.doc), start, end)
    if end - start < MIN_CHARS or len(text_of(cue.doc)[start:end].split()) < 2:
        return None
    return Content(start, end, rule)


def _after_colon(cue: Token) -> Content | None:
    """`reported:colon`: "He added: the talks ..." runs to the end of the paragraph when no quote mark intervenes."""
    doc, sent = cue.doc, sentence_of(cue)
    nxt = cue.nbor(1) if cue.i + 1 < sent.end else None
    if nxt is None or nxt.text != ":" or nxt.i + 1 >= sent.end or doc[nxt.i + 1].text in QUOTE_MARKS:
        return None
    text = text_of(doc)
    para_end = text.find("\n", nxt.idx)
    para_end = len(text) if para_end < 0 else para_end
    end = para_end if not any(m in text[nxt.idx:para_end] for m in QUOTE_MARKS) else sent.end_char
    start, end = trim(text, nxt.idx + 1, end)
    return Content(start, end, "reported:colon") if end - start > 8 else None


def _clause(cue: Token):
    """`reported:clause`: the clausal complement, without words a later "adding that ..." goes on with."""
    children = list(cue.children)
    comp = [c for c in children if c.dep_ == "ccomp"]
    if comp and all(c.i < cue.i for c in comp) and any(c.dep_ == "dobj" and c.i > cue.i for c in children) \
            and cue.lower_ not in CLAUSE_ONLY and not _to_addressee(cue, comp):
        return None  # "[X is ready], he announced the plan": the object after the verb is what it takes
    if not comp:
        return None
    span = span_of(comp)
    going_on = [t for c in comp for t in c.subtree if goes_on(t) and t.idx > span[0]]
    if going_on:  # "said [...], adding that ...": the words added are a row of their own
        span = (span[0], min(t.idx for t in going_on))
    return span, "reported:clause"


def _to_addressee(cue: Token, comp: list[Token]) -> bool:
    """"[Russia could attack], Blinken told [the Senate]": the object of a verb of telling is its addressee, so the
    unquoted clause before it is what was told (a quoted one is a quote row of its own)."""
    if cue.lower_ not in ADDRESSEE_OBJECT or not any(c.dep_ == "nsubj" for c in cue.children):
        return False  # an imperative ("..., please, tell us about X") tells nothing
    return not any(t.text in QUOTE_MARKS for c in comp for t in c.subtree)


def _relative_object(cue: Token) -> bool:
    """Is the verb's object the relative pronoun of the noun it describes ("the plan that he laid out")?"""
    return cue.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in cue.children)


def _object_frames(cue: Token):
    """The phrasal, infinitive, object and prepositional-object rules, in that order (or `_STOP`)."""
    low = cue.lower_
    children = list(cue.children)
    # an adverbial clause before the verb is the setting, not the predicate ("When prices rose, Musk called ..."),
    # and one set off by a comma goes on with the subject's own act ("slammed X, saying ...")
    predicate = [c for c in children if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "advcl" and c.i > cue.i
                 and not _set_off(c)) or (c.dep_ == "prep" and c.lower_ == "as")]
    if low.startswith(NEEDS_PREDICATE):
        predicate = predicate or _second_object(children)
        named = _named_as(children, predicate)
        if named is not None:
            return named
    objects = [c for c in children if c.dep_ == "dobj" and c.lower_ not in ("what", "which", "so") and (
        c.lower_ not in ("it", "this", "that") or (predicate and low.startswith(NEEDS_PREDICATE)))
        and c not in predicate]
    xcomp = [c for c in children if c.dep_ == "xcomp"]
    phrasal = phrasal_act(cue)
    if phrasal is not None:
        particle = phrasal[1]
        parts = [particle.head] if particle.dep_ == "mark" else (  # "called for [Belarus to close the border]"
            [c for c in particle.children if c.dep_ == "pobj"] if particle.dep_ == "prep" else objects) + xcomp
        if not parts and _relative_object(cue):  # "the playbook [that] X laid out last week": the playbook
            return (cue.head.left_edge.idx, cue.head.idx + len(cue.head.text)), "reported:phrasal"
        parts = parts or _after_particle(cue, particle)
        return (span_of(parts), "reported:phrasal") if parts else None
    if low in PHRASAL_ONLY and low not in SAY_WITH_OBJECT:
        return _STOP
    if xcomp and (objects or low not in CLAUSE_ONLY):
        return span_of(objects + xcomp), "reported:infinitive"
    act = SPEECH_VERBS.get(low, "say")
    if objects and low not in CLAUSE_ONLY and act in OBJECT_CONTENT_ACTS and (act != "say" or low in SAY_WITH_OBJECT):
        return _object(cue, objects, predicate)
    return _prep_object(cue, act)


def _named_as(children: list[Token], predicate: list[Token]):
    """"what Putin called [a special operation]": the object is the relative "what", the predicate is what he said."""
    if predicate and any(c.dep_ == "dobj" and c.lower_ in ("what", "which") for c in children):
        if _under_speech(children[0].head):
            return _STOP  # "pointed to what she termed [...]": the outer speech verb's row carries it
        return span_of(predicate), "reported:object"
    return None


def _under_speech(cue: Token) -> bool:
    """Is the free relative "what X called" part of what another speech verb reports (not a relative clause on a
    noun: "the shelling, which she termed [...]", is a row of its own)?"""
    t = cue
    while t.head.i != t.i and t.dep_ != "relcl":
        t = t.head
        if is_speech_verb(t):
            return True
    return False


def _second_object(children: list[Token]) -> list[Token]:
    """"labelled [the claims] [a pretext]": the parser's second object of a naming verb is its predicate."""
    objects = [c for c in children if c.dep_ == "dobj"]
    return objects[1:] if len(objects) == 2 and objects[1].i > objects[0].right_edge.i else []


_TARGET_PREPS = ("at", "against", "on", "over", "about", "for", "of")


def _after_particle(cue: Token, particle: Token) -> list[Token]:
    """"lashed out [at Russia over the move]", "hit out [at critics]": with no object, a particle verb reports its
    target and reason phrases (from the first one's object on)."""
    if particle.dep_ != "prt":
        return []
    preps = [c for c in cue.children if c.dep_ == "prep" and c.i > particle.i and c.lower_ in _TARGET_PREPS
             and any(o.dep_ == "pobj" for o in c.children)]
    if not preps:
        return []
    return [next(o for o in preps[0].children if o.dep_ == "pobj"), *preps[1:]]


def _object(cue: Token, objects: list[Token], predicate: list[Token]):
    """`reported:object`: "denied [any plan to attack]", "branded [it a catastrophe]" (or `_STOP`)."""
    low = cue.lower_
    if low.startswith(NEEDS_PREDICATE) and not predicate:
        return _STOP  # "called the minister": a name, not a claim
    if low.startswith("dismiss") and not predicate and any(o.ent_type_ == "PERSON" or o.tag_ == "PRP" for o in objects):
        return _STOP  # "to dismiss the governor": to fire him, not to reject a claim
    reasons = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and low in WITH_REASON
               and c.i > objects[0].i]  # "accused [Russia of lying]", "thanked [Kyiv for its help]"
    return span_of(objects + predicate + reasons), "reported:object"


def _set_off(clause: Token) -> bool:
    """Is `clause` a participle set off by a comma ("..., saying that", "..., while blaming X")?"""
    first = clause.left_edge
    return clause.tag_ == "VBG" and first.i > 0 and clause.doc[first.i - 1].text == ","


def _prep_object(cue: Token, act: str):
    """`reported:prep-object`: "warned of [a catastrophe]", "complained about [the sanctions]"."""
    if act not in ("warn", "criticise", "accuse", "say"):
        return None
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "against", "about", "over"):
            parts = [c for c in prep.children if c.dep_ == "pobj"]
            if parts:
                return span_of(parts), "reported:prep-object"
    return None


def _parenthetical(cue: Token) -> Content | None:
    """`reported:parenthetical`: "Though ..., he said, replacing him would be hard": a root cue set off by
    commas inside the claim reports the whole sentence."""
    doc, sent = cue.doc, sentence_of(cue)
    children = list(cue.children)
    words = [t.i for t in cue.subtree if not t.is_punct] or [cue.i]
    if not (cue.dep_ == "ROOT" and cue.lower_ in INVERTED_CUES and any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in children) and min(words) > sent.start + 2
            and doc[min(words) - 1].text == "," and max(words) + 1 < sent.end - 2 and doc[max(words) + 1].text == ","):
        return None
    subject = next(c for c in children if c.dep_ == "nsubj")
    if subject.i != cue.i - 1:
        return None
    start, end = trim(text_of(doc), sent.start_char, sent.end_char)
    return Content(start, end, "reported:parenthetical")


def _inverted(cue: Token) -> Content | None:
    """`reported:inverted`: "Russia is ready, he said." or "But, he said, officials should ...": the main
    clause is the cue's head."""
    doc, sent = cue.doc, sentence_of(cue)
    words = [t.i for t in cue.subtree if not t.is_punct]
    if not words:
        return None
    first, last = min(words), max(words)
    if not (cue.lower_ in INVERTED_CUES and cue.dep_ in ("parataxis", "ccomp") and cue.head.tag_.startswith(("VB", "MD"))
            and not any(c.dep_ in ("dobj", "xcomp", "prep") for c in cue.children)
            and first > sent.start and doc[first - 1].text in (",", "\u2014", "-")):
        return None
    at_end = last >= sent.end - 2
    inside = last + 1 < sent.end and doc[last + 1].text in (",", "\u2014", "-")
    if cue.i > cue.head.i and at_end:
        left, end = cue.head.left_edge.idx, doc[first].idx
    elif inside:
        left, end = cue.head.left_edge.idx, cue.head.right_edge.idx + len(cue.head.right_edge.text)
    else:
        return None
    start, end = trim(text_of(doc), left, end)
    return Content(start, end, "reported:inverted") if end - left > 8 else None


def _as_said(cue: Token) -> Content | None:
    """`reported:as-said`: "As the minister said, the roads are safe" / "The roads are safe, as she said":
    the clause the "as X said" clause hangs on is what X said."""
    doc, sent = cue.doc, sentence_of(cue)
    perceived = cue.lower_ in ("say", "speak") and cue.head.lower_ in PERCEPTION_VERBS and cue.head.dep_ == "advcl"
    if perceived:
        cue = cue.head  # "As you heard the President say, ...": the "as" clause is the perception verb's
    children = list(cue.children)
    if not ((perceived or cue.lower_ in INVERTED_CUES - _OPINION) and cue.dep_ == "advcl"
            and cue.head.tag_.startswith(("VB", "MD")) and cue.head.lower_ not in PERCEPTION_VERBS
            and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i for c in children)
            and any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "ccomp" and not perceived) for c in children)):
        return None
    first, last = cue.left_edge.i, cue.right_edge.i
    head = cue.head
    if last < head.i and _opens(doc, sent.start, first):  # "As X said, [the roads are safe]" (maybe after "But")
        start_tok = last + 1
        while start_tok < head.i and doc[start_tok].is_punct:
            start_tok += 1
        start, end = doc[start_tok].idx, head.right_edge.idx + len(head.right_edge.text)
    elif first > head.i and last >= sent.end - 2:  # "[The roads are safe], as she said."
        start, end = head.left_edge.idx, doc[first].idx
    else:
        return None
    start, end = trim(text_of(doc), start, end)
    return Content(start, end, "reported:as-said") if end - start > 8 else None


def _opens(doc, start: int, first: int) -> bool:
    """Does the clause at token `first` open its sentence, after a turn label, a "But," / "Well," and a name
    addressed ("Darlene,")?"""
    label = next((t.i for t in doc[start:first] if t.text == ":"), None)
    words = doc[(label + 1 if label is not None else start):first]
    return all(t.is_punct or t.is_space or t.tag_ in ("UH", "CC", "RB") or (
        t.tag_ == "NNP" and t.i + 1 < first and doc[t.i + 1].text == ",") for t in words)  # "Well, Darlene, as ..."
