"""Trigger patterns: the words that start a rule, as spaCy `Matcher` patterns read from data files.

Each line of `resources/patterns/*.jsonl` is one rule:
`{"id": "event:verb", "reason": "...", "pattern": [...], "examples": [...], "counter_examples": [...]}`.
A pattern is a spaCy `Matcher` token pattern; `{"IN": "@event_verbs"}` (or `"@family:class1,class2"`)
stands for every form of the lemmas of that lexicon family (`extract.vocabulary`), `"@family+flag"` for the
forms of its lemmas with that flag, and `"@family#head"` for the forms of their first word ("called" of
"call for"). Examples and
counter-examples are sentences with the word the rule must (or must not) match in [brackets];
`tests/extract/test_triggers.py` runs every one of them through the real model (a wrong parse is an
`xfail` there, with its reason).

The `trigger_matcher` pipeline component writes the matches to `doc.spans["triggers"]`, each span's
label being its rule's id; the extractors read their triggers from there (`triggers_in`).
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .vocabulary import flagged, forms

PATTERNS = Path(__file__).parent / "resources" / "patterns"
SPANS_KEY = "triggers"
_BRACKETED = re.compile(r"\[([^\]]+)\]")


class PatternError(ValueError):
    """A pattern file breaks a rule (a duplicate id, a missing field, an unknown lexicon family)."""


@dataclass(frozen=True)
class Rule:
    """One trigger rule: its id, why it is a rule of English, its Matcher pattern and its examples."""

    id: str
    reason: str
    pattern: list = field(compare=False)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    source: str = ""


def _expand(value):
    """`{"IN": "@family"}` → `{"IN": [every form of the family]}`, recursively."""
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    if isinstance(value, str) and value.startswith("@"):
        spec, _, part = value[1:].partition("#")
        spec, _, flag = spec.partition("+")
        name, _, classes = spec.partition(":")
        found = flagged(name, flag) if flag else forms(name, *[c for c in classes.split(",") if c])
        if part == "head":  # the first word of phrases ("called for" → "called")
            found = frozenset(f.split(" ", 1)[0] for f in found)
        return sorted(found)
    return value


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule of every pattern file, in file order; raises `PatternError` on a bad file."""
    out: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(PATTERNS.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            row = json.loads(line)
            missing = [k for k in ("id", "reason", "pattern", "examples") if not row.get(k)]
            if missing:
                raise PatternError(f"{path.name} line {n}: missing {', '.join(missing)}")
            if row["id"] in seen:
                raise PatternError(f"{path.name} line {n}: id {row['id']!r} is already used in {seen[row['id']]}")
            seen[row["id"]] = path.name
            try:
                pattern = _expand(row["pattern"])
            except FileNotFoundError as exc:
                raise PatternError(f"{path.name} line {n}: unknown lexicon family ({exc.filename})") from None
            out.append(Rule(row["id"], row["reason"], pattern, tuple(row["examples"]),
                            tuple(row.get("counter_examples", ())), path.name))
    return tuple(out)


@Language.factory("trigger_matcher", requires=["token.tag", "token.dep"])
def make_trigger_matcher(nlp: Language, name: str):
    """Match every trigger rule and keep the matches in `doc.spans["triggers"]`, labelled by rule id."""
    matcher = Matcher(nlp.vocab, validate=True)
    for rule in rules():
        matcher.add(rule.id, [rule.pattern])

    def match(doc: Doc) -> Doc:
        strings = doc.vocab.strings
        found = sorted((start, end, strings[key]) for key, start, end in matcher(doc))
        doc.spans[SPANS_KEY] = [Span(doc, start, end, label=label) for start, end, label in found]
        doc.user_data[_INDEX] = ([start for start, _, _ in found], found)  # for `triggers_in`, without making Spans
        return doc

    return match


_INDEX = "trigger_index"


def triggers_in(span: Span, prefix: str) -> list[Span]:
    """The trigger matches inside `span` (a sentence) whose rule id starts with `prefix`, in text order."""
    doc = span.doc
    starts, found = doc.user_data.get(_INDEX, ([], []))
    out = []
    for start, end, label in found[bisect.bisect_left(starts, span.start):]:
        if start >= span.end:
            break
        if end <= span.end and label.startswith(prefix):
            out.append(Span(doc, start, end, label=label))
    return out


def bracketed(example: str) -> tuple[str, list[tuple[int, int]]]:
    """An example without its brackets, and the character spans the brackets marked."""
    spans, text, last, shift = [], [], 0, 0
    for m in _BRACKETED.finditer(example):
        text.append(example[last:m.start()])
        start = m.start() - shift
        text.append(m.group(1))
        spans.append((start, start + len(m.group(1))))
        shift += 2
        last = m.end()
    text.append(example[last:])
    return "".join(text), spans
