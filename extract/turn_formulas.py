"""Whether a transcript paragraph says something: thanks, greetings, hand-overs and broken-off words do not.

The formulas are data (`lexicon/turn_formulas.csv`). A sentence opening with one, after any address to
someone ("Mr Smith, go ahead, please."), says nothing when it is short; a hand-over ("Are there any questions
for the minister about ...?") says nothing at a greater length, since the floor is all it gives. A short
sentence broken off by a dash inside a word ("We'll get a ch- —") was never finished. Such a sentence gives no row of any
rule either ("Thank you all." is no reported thanks): `drop:statement:turn-formula`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .document import ArticleDoc
from .drops import make_drop
from .records import Drop, Statement
from .vocabulary import family

RULE = "drop:statement:turn-formula"
MIN_WORDS = 4  # a paragraph that says something has at least this many words besides formulas
FORMULA_WORDS = 8  # a sentence opening with a formula and no longer than this says nothing
HANDOVER_WORDS = 16  # ... and a hand-over, a turn passed on or a ground rule of the call up to this length
_LONG_CLASSES = ("handover", "turnover", "ground-rules", "preface")
_LEAD_WORDS = ("and", "so", "but", "now", "well", "again")
_STAGE = re.compile(r"\((?:[A-Z][a-z]+\s?)+\.?\)")  # "(Laughter.)", "(Applause.)", "(Inaudible.)"
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# an address before the words, maybe after an interjection: "Mr Smith,", "Yes, Mr President,", "Colleagues,", "Anna,"
_ADDRESS = re.compile(
    r"^\s*(?:(?:yes|so|now|well)\s*,\s*)?(?:(?:mr|ms|mrs|dr|madam|sir)\.?(?:\s+[A-Z][\w'\u2019-]*){1,2}|colleagues|"
    r"friends|everyone|everybody|ladies and gentlemen|(?-i:[A-Z][a-z]+))\s*,\s*", re.IGNORECASE)
_BROKEN_OFF = re.compile(r"[-\u2013\u2014]\s*$")


@lru_cache(maxsize=1)
def _formulas() -> tuple[tuple[str, str], ...]:
    """(formula, its class: thanks, greeting, handover, turnover, closing, ground-rules, preface, assent),
    the longest formula first."""
    return tuple(sorted(((e.lemma, e.cls) for e in family("turn_formulas").values()), key=lambda fc: -len(fc[0])))


def sentence_says_nothing(sentence: str) -> bool:
    """Is this sentence of a turn a formula (thanks, greeting, hand-over) or a broken-off fragment? Read
    with and without a leading address, since a capitalised first word may be a name or the formula itself
    ("Anna, go ahead." and "Welcome, everyone.")."""
    return any(_says_nothing(words) for words in dict.fromkeys((_ADDRESS.sub("", sentence, count=1), sentence)))


def _says_nothing(words: str) -> bool:
    sentence = words
    tokens = re.findall(r"[\w'-]+", words.lower().replace("\u2019", "'"))  # "don’t" is "don't"
    while tokens and (tokens[0] in _LEAD_WORDS or tokens[:2] == ["of", "course"]):
        tokens = tokens[2:] if tokens[0] == "of" else tokens[1:]
    if not tokens:
        return True
    text = " ".join(tokens)
    for formula, cls in _formulas():  # the longest formula first
        if text == formula or text.startswith(formula + " "):
            if ":" in sentence:
                return False  # "Let me give you an update: the convoy ...": the words follow the colon
            return len(tokens) <= (HANDOVER_WORDS if cls in _LONG_CLASSES else FORMULA_WORDS)
    return len(tokens) <= FORMULA_WORDS and bool(_BROKEN_OFF.search(sentence)) and any(t.endswith("-") for t in tokens)


def says_something(chunk: str) -> bool:
    """At least `MIN_WORDS` words outside stage directions and the sentences that say nothing."""
    words = 0
    for sentence in _SENTENCE.findall(_STAGE.sub(" ", chunk)):
        if not sentence_says_nothing(sentence):
            words += len(re.findall(r"[\w'\u2019-]+", sentence))
    return words >= MIN_WORDS


def formula_rows(turns: list, rows: list[Statement], adoc: ArticleDoc) -> tuple[list[Statement], list[Drop]]:
    """The rows of other rules outside a speaker turn's formula sentences, and drops for those inside one."""
    kept: list[Statement] = []
    drops: list[Drop] = []
    for row in rows:
        turn = next((t for t in turns if t.role == "speaker" and t.start <= row.content_start < t.end), None)
        words = adoc.text[max(row.sentence_start, turn.start):row.sentence_end] if turn is not None else ""
        if words and sentence_says_nothing(words):
            drops.append(make_drop(adoc, RULE, row.content_start, row.content_end, (row.sentence_start, row.sentence_end)))
        else:
            kept.append(row)
    return kept, drops
