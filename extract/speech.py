"""Speech cues and the statement row: what both statements and events are built from.

A speech verb (`is_speech_verb`, phrasal ones such as "called for" by `phrasal_act`), its subject
(`subject_of`: through coordination, participle clauses and raising), a named speaker beside a cue
when the parse gives none (`adjacent_name`), the `Cue` that becomes a row, and `make_statement`, the one
place a statement row is assembled.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .datelines import in_dateline
from .document import ArticleDoc
from .lexicon import (
    BASE_FORMS,
    DOCUMENT_NOUNS,
    LIGHT_VERBS,
    PHRASAL_SPEECH,
    QUOTES_SPEAKER,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from .records import DateInfo, Statement
from .sentences import ents_of, sentence_of, text_of
from .speaker_record import Speaker


@dataclass
class Cue:
    """A speech verb (or "according to") with its subject, ready to become rows."""

    token: Token
    subject: Token | None
    start: int
    end: int
    act: str

    @property
    def text(self) -> str:
        return text_of(self.token.doc)[self.start:self.end]


def is_speech_verb(token: Token) -> bool:
    if not token.tag_.startswith("VB"):
        return False
    if phrasal_act(token) is not None:
        return True
    if token.lower_ in ("put", "puts") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) and \
            any(c.lower_ == "as" and c.i < token.i for c in token.children):
        return True  # "as X put it, ..."
    if quoted_as(token) is not None:
        return False  # "Interfax quoted Peskov as saying": the cue is "saying", Peskov's
    # a particle makes another verb: "backed off", "called up (reservists)", "added up"
    return token.lower_ in SPEECH_VERBS and not any(c.dep_ == "prt" for c in token.children)


_ADDRESSEE_WORDS = {"reporters", "journalists", "the press", "lawmakers", "parliament", "reporter", "correspondents"}


def cue_span(verb: Token) -> tuple[int, int]:
    """The verb with its particle and a 'reporters'-type object: `told reporters`, `pointed out`."""
    start, end = verb.idx, verb.idx + len(verb.text)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child.text)
        if child.dep_ in ("dobj", "dative") and child.i == verb.i + 1 and child.lower_ in _ADDRESSEE_WORDS:
            end = child.idx + len(child.text)
    return start, end


def addressee_tokens(cue: Token) -> list[Token]:
    """The objects of a telling or urging verb that are its addressees ("told Macron"), never 'reporters'."""
    return [c for c in cue.children if c.dep_ in ("dative", "dobj") and c.lower_ not in _ADDRESSEE_WORDS
            and cue.lower_.startswith(("tell", "told", "urg", "ask", "warn", "assur", "promis", "press"))]


def _labelled(subject: Token, verb: Token) -> bool:
    """Does a colon stand between `subject` and `verb` (the subject is a label: "MS. JONES: Today he said")?"""
    return subject.i < verb.i and any(t.text == ":" for t in subject.doc[subject.i + 1:verb.i])


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, inherited through coordination, participle clauses ("..., saying"), raising
    ("is scheduled to speak") and a light verb's document ("issued a statement saying")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for child in subjects:
        if len(subjects) > 1 and (in_dateline(child) or _labelled(child, verb)):
            continue  # "LVIV, Ukraine — U.S. officials said", "THE PRESIDENT: On Saturday, Putin told me": a dateline
            # or a turn's label the parser took for a second subject
        if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return verb.head  # "The minister, who has described ..." → the minister
        return child
    lent = _lent_subject(verb) or _with_subject(verb)
    if lent is not None:
        return lent
    head = verb
    while head.dep_ in ("conj", "advcl", "xcomp") and head.head.i != head.i:
        if head.dep_ == "advcl" and head.tag_ != "VBG" and not any(c.lower_ == "to" for c in head.children):
            break  # only participles ("..., saying") and purpose infinitives ("flew to Kyiv to meet") share it
        via = head.dep_
        head = head.head
        if via == "advcl" and goes_on(verb):
            outer = _speech_verb_above(head)
            if outer is not None:  # "Biden said [Putin has decided ...], adding that": Biden adds, not Putin
                return subject_of(outer)
        for child in head.children:
            if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and via in ("xcomp", "conj")):
                return child
    for child in verb.children:  # passive with an agent: "it was announced by the Kremlin"
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _with_subject(verb: Token) -> Token | None:
    """"The session ended with the envoy asking for ...": in the absolute construction "with NP + -ing" the
    noun phrase is the participle's subject (a comma between them only when it closes an apposition)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return None
    for prep in verb.head.children:
        pobj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep.lower_ == "with" else None
        if pobj is None or prep.i > verb.i:
            continue
        gap = verb.doc[pobj.right_edge.i + 1:verb.i]
        appositive = any(c.dep_ == "appos" for c in pobj.children)
        if not len(gap) or (appositive and [t.text for t in gap] == [","]):
            return pobj
    return None


def _quoted_one(verb: Token) -> Token | None:
    """Who is quoted: the object of "quoted [Peskov] as saying", the subject of "[Peskov] was quoted as saying"."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)


def quoted_as(verb: Token) -> Token | None:
    """The speech participle of "quoted/cited X as saying ..." (X spoke, not the outlet), or None."""
    if verb.lower_ not in QUOTES_SPEAKER:
        return None
    obj = _quoted_one(verb)
    if obj is None:
        return None
    for as_ in [c for t in (verb, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"]:
        said = next((c for c in as_.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lower_ in SPEECH_VERBS), None)
        if said is not None:
            return said
    return None


def _lent_subject(verb: Token) -> Token | None:
    """The speaker of a participle that another verb lends one: "quoted [Peskov] as saying", "[the Kremlin]
    issued a statement saying"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as":
        quoting = head.head if head.head.tag_.startswith("VB") else head.head.head  # "as" on the verb or its object
        if quoted_as(quoting) == verb:
            return _quoted_one(quoting)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and head.head.lower_ in LIGHT_VERBS and (
            head.lower_ in DOCUMENT_NOUNS or head.lower_ in SPEECH_NOUNS):
        return subject_of(head.head)  # who issued the statement says what it says
    return None


GOING_ON = {"adding", "noting"}  # participles that go on with the main speaker's words


def goes_on(verb: Token) -> bool:
    """A participle that goes on with the main speaker's words: "adding", "noting", or any speech participle set
    off by a comma ("Zelensky said Russia was a threat, [suggesting] ...": Zelensky suggests it, not Russia)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    if verb.lower_ in GOING_ON:
        return True
    first = verb.left_edge
    return first.i > 0 and verb.doc[first.i - 1].text == "," and is_speech_verb(verb)

def _speech_verb_above(token: Token) -> Token | None:
    """The speech verb whose reported clause holds `token` ("said [that he is convinced [Putin has made]]")."""
    t, inside = token, False
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in ("ccomp", "acomp", "xcomp", "conj", "advcl"):
            return None
        inside = inside or t.dep_ == "ccomp"
        t = t.head
        if inside and is_speech_verb(t):
            return t
    return None



def _time_phrase(prep: Token) -> bool:
    """Is it "on/upon" + a date or time ("called Putin a liar [on Wednesday]": no 'call on'; but "asked for a minute
    of silence" is 'ask for')?"""
    return prep.lower_ in ("on", "upon") and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                                                 for o in prep.children)


def phrasal_act(verb: Token) -> tuple[str, Token] | None:
    """("demand", <for>) for "called for" (also "called for X to do"), ("reject", <out>) for "ruled out" ..."""
    base = BASE_FORMS.get(verb.lower_)
    if base is None:
        return None
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and (base, child.lower_) in PHRASAL_SPEECH and not _time_phrase(child):
            return PHRASAL_SPEECH[(base, child.lower_)], child
    # "called for Belarus to close the border": the particle opens a for-to clause, and the parser makes it that clause's mark
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i):
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.i == verb.i + 1), None)
        if mark is not None and (base, mark.lower_) in PHRASAL_SPEECH:
            return PHRASAL_SPEECH[(base, mark.lower_)], mark
    return None



def make_statement(adoc: ArticleDoc, *, kind: str, act: str, speaker: Speaker, cue: "Cue | None",
                   content: tuple[int, int], sent: Span, date: DateInfo, method: str,
                   addressees: list[Speaker] | None = None, co_speakers: list[str] | None = None,
                   is_future: bool = False, place: tuple[str, str | None] | None = None) -> Statement:
    """The one place a statement row is assembled (quotes, reported speech and events)."""
    s_start, s_end = adoc.sentence_bounds(sent)
    para = adoc.paragraph_at(s_start)
    addressees = addressees or []
    return Statement(
        article_id=adoc.article.article_id, kind=kind, act=act,
        speaker=speaker.name, speaker_type=speaker.type, speaker_country=speaker.country,
        speaker_role=speaker.role, speaker_mention=speaker.mention, speaker_start=speaker.start,
        speaker_end=speaker.end, cue=cue.text if cue else "", cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None, text=adoc.text[content[0]:content[1]], content_start=content[0],
        content_end=content[1], sentence=adoc.text[s_start:s_end], sentence_start=s_start, sentence_end=s_end,
        paragraph_start=para.start, paragraph_end=para.end, date=date, is_future=is_future,
        addressees=[a.name for a in addressees], addressee_countries=[a.country for a in addressees if a.country],
        co_speakers=co_speakers or [], place=place[0] if place else None,
        place_country=place[1] if place else None, method=method,
    )


_SKIPPABLE = {"also", "later", "previously", "then", "has", "have", "had", "had", "earlier", "once", "reportedly",
              "publicly", "repeatedly", "again", "today", "yesterday", "recently", "separately", "further"}


@dataclass(frozen=True)
class _Names:
    """The actor names and PERSON/GPE/ORG/NORP entities of a doc as (start, end, label), and the same
    grouped by their last token, longest first (made once per doc: `adjacent_name` runs for many cues)."""

    all: tuple
    longest_ending_at: dict


def _names(doc) -> _Names:
    names = doc.user_data.get("uct_names")
    if names is None:
        found = [(s.start, s.end, "PERSON") for s in doc.spans.get("actors", [])] if "actors" in doc.spans else []
        found += [(e.start, e.end, e.label_) for e in ents_of(doc) if e.label_ in ("PERSON", "GPE", "ORG", "NORP")]
        ending: dict[int, list] = {}
        for name in sorted(found, key=lambda se: se[0] - se[1]):
            ending.setdefault(name[1] - 1, []).append(name)
        names = doc.user_data["uct_names"] = _Names(tuple(found), ending)
    return names


def adjacent_name(verb: Token, adoc: "ArticleDoc") -> Token | None:
    """A named speaker right beside the verb when the parse gives no usable subject:
    "... the minister said" (before) or "..., said France's ambassador, Jean Dupont" (after, preferring a person)."""
    doc = verb.doc
    names = _names(doc)
    i = verb.i - 1
    while i >= sentence_of(verb).start and doc[i].lower_ in _SKIPPABLE:
        i -= 1
    for start, end, _ in names.longest_ending_at.get(i, ()):
        subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if end - 1 == i and not adoc.in_quote(doc[start].idx) and (
                doc[end - 1].dep_ not in ("pobj", "dobj", "poss") or (subjectless and doc[end - 1].dep_ == "pobj")):
            return doc[end - 1]
    before = doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
    inverted = before is not None and (before.text in (",", "\u201d", '"', "\u2014") or adoc.in_quote(before.idx))
    inverted = inverted or (before is None and verb.is_title)  # "Said Ellis: ..."
    if not inverted or verb.tag_ == "VBG":  # "..., adding that Ukraine ...": what follows a participle is its content
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None  # "X, a former officer, said Putin could ...": the speaker came before; Putin is content
    window_end = verb.i + 1
    while window_end < min(sentence_of(verb).end, verb.i + 12) and doc[window_end].text not in ("\u201c", '"', ".", ";", ":") \
            and not (doc[window_end].lower_ == "that" and doc[window_end].dep_ == "mark"):
        window_end += 1
    found = [(start, end, label) for start, end, label in names.all if verb.i < start and end <= window_end]
    found.sort(key=lambda f: (f[2] != "PERSON", f[0]))
    return doc[found[0][1] - 1] if found else None
