"""Whether a quoted force noun has a source: a scare-quoted phrase of the reporter's own sentence, or a quote a
named source (a company, an analyst, an agency) is said to have given, keeps its movement even when no speaker
in the actor table was resolved; only a quote nobody is said to have given loses it."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import is_verb
from ..document import ArticleDoc
from ..lexicon import SPEECH_VERBS
from ..quotes import QuoteSpan
from ..speech import is_speech_verb, subject_of

_FIRST_PERSON = {"i", "we", "us", "our", "ours", "my", "me"}
_NO_SOURCE_TAGS = ("PRP", "PRP$", "WP", "WDT", "EX", "DT")  # "he said", "who said", "this says": no named source


def _inside(quote: QuoteSpan, token: Token) -> bool:
    close = quote.close
    return quote.open_at <= token.idx <= close


def in_reporters_phrase(noun: Token, quote: QuoteSpan) -> bool:
    """The quote is a phrase of the reporter's sentence: the first verb above the noun lies outside the marks
    ('Satellite firms saw what they call "a new deployment of troops" near the lake')."""
    t = noun
    for _ in range(12):
        if t.head.i == t.i:
            return False
        t = t.head
        if is_verb(t):
            return not _inside(quote, t)
    return False


def _says(verb: Token) -> bool:
    """A verb of saying, also one that is speech with its particle only ("pointed out that", a phrase of the
    speech-verb lexicon)."""
    if is_speech_verb(verb):
        return True
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    return prt is not None and f"{verb.lower_} {prt.lower_}" in SPEECH_VERBS


def named_source(adoc: ArticleDoc, quote: QuoteSpan, noun: Token) -> Token | None:
    """The named giver of the quote: the subject of a speech verb outside the marks in the sentences the quote
    touches ('"More troops are arriving," the company said'), or the object of "according to"."""
    doc = noun.doc
    close = quote.close
    first = doc.char_span(quote.open_at, quote.open_at + 1, alignment_mode="expand")
    last = doc.char_span(max(quote.open_at, close - 1), close + 1, alignment_mode="expand")
    if first is None or last is None:
        return None
    start, end = first[0].sent.start, last[-1].sent.end
    for t in doc[start:end]:
        if _inside(quote, t):
            continue
        if t.lower_ == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
            source = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
        elif _says(t):
            source = subject_of(t)
        else:
            continue
        if source is not None and source.tag_ not in _NO_SOURCE_TAGS and not _inside(quote, source):
            return source
    return None


def speaks_of_self(noun: Token, quote: QuoteSpan) -> bool:
    """The quoted sentence speaks in the first person ('"We are sending more soldiers"'): the forces may be the
    unknown speaker's own, so whose they are cannot be told."""
    return any(t.lower_ in _FIRST_PERSON and t.text != "US" and _inside(quote, t) for t in noun.sent)


def has_source(adoc: ArticleDoc, noun: Token) -> bool:
    """A quoted force noun whose words someone is said to have given, or that is the reporter's own phrase."""
    quote = adoc.quote_at(noun.idx)
    if quote is None:
        return True
    if in_reporters_phrase(noun, quote):
        return True
    return not speaks_of_self(noun, quote) and named_source(adoc, quote, noun) is not None
