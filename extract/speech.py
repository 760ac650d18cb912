"""Speech cues and the statement row: what both statements and events are built from.

A speech verb (`is_speech_verb`, phrasal ones such as "called for" by `phrasal_act`), its subject
(`subject_of`: through coordination, participle clauses and raising), the `Cue` that becomes a row,
and `make_statement`, the one place a statement row is assembled.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .document import ArticleDoc
from .lexicon import BASE_FORMS, PHRASAL_SPEECH, SPEECH_VERBS
from .records import DateInfo, Statement
from .sentences import text_of
from .speakers import Speaker


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
    # a particle makes another verb: "backed off", "called up (reservists)", "added up"
    return token.lower_ in SPEECH_VERBS and not any(c.dep_ == "prt" for c in token.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, inherited through coordination, participle clauses ("..., saying") and
    raising ("is scheduled to meet")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head  # "The minister, who has described ..." → the minister
            return child
    head = verb
    while head.dep_ in ("conj", "advcl", "xcomp") and head.head.i != head.i:
        if head.dep_ == "advcl" and head.tag_ != "VBG" and not any(c.lower_ == "to" for c in head.children):
            break  # only participles ("..., saying") and purpose infinitives ("flew to Kyiv to meet") share it
        via = head.dep_
        head = head.head
        if via == "advcl" and verb.lower_ in GOING_ON:
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


GOING_ON = {"adding", "noting"}  # participles that go on with the main speaker's words

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



def phrasal_act(verb: Token) -> tuple[str, Token] | None:
    """("demand", <for>) for "called for", ("reject", <out>) for "ruled out" ..."""
    base = BASE_FORMS.get(verb.lower_)
    if base is None:
        return None
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and (base, child.lower_) in PHRASAL_SPEECH:
            return PHRASAL_SPEECH[(base, child.lower_)], child
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
