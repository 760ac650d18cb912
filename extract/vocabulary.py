"""The word classes the rules are made of, read from data files keyed by lemma.

Each file `resources/lexicon/<family>.csv` is one family of words (movement verbs, force nouns, ...)
with the columns `lemma, class, pos, reason` (and extra columns a family needs). A lemma is in one
class of its family only: a second row for it is an error when the file is read, and
`tests/extract/test_vocabulary.py` checks every file. The inflected forms of each lemma are made
here (regular English morphology plus `irregular.csv`), so one row covers "send, sends, sent,
sending", and `lemma_of` gives the lemma of any form the lexicon knows (the `lemmas` pipeline
component writes it to `token.lemma_`: the model's own lemmatizer costs a sixth of the parse).
Two optional columns: `flags` (space-separated properties a rule reads beside the class, see `flagged`) and
`exact_forms` (`|`-joined: the only forms of the lemma the rules match, for a lemma whose other inflections
would mean something else, "premise" but not "premises").
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).parent / "resources" / "lexicon"
POS = ("VERB", "NOUN", "ADJ", "ADV", "OTHER")


@dataclass(frozen=True)
class Entry:
    """One row of a family: a lemma, its class, its part of speech, why it is there, and extra columns."""

    lemma: str
    cls: str
    pos: str
    reason: str
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def forms(self) -> list[str]:
        """The forms the rules match: the `exact_forms` column when it is filled, else every inflection."""
        exact = self.extra.get("exact_forms", "")
        if exact:
            return [f.strip().lower() for f in exact.split("|") if f.strip()]
        return inflect(self.lemma, self.pos)

    @property
    def flags(self) -> frozenset[str]:
        """The words of the `flags` column."""
        return frozenset(self.extra.get("flags", "").split())


class LexiconError(ValueError):
    """A lexicon file breaks a rule (a lemma twice, an unknown part of speech, a missing column)."""


def _regular_verb(base: str) -> list[str]:
    """-s, -ed and -ing forms of a regular English verb (over-generation is harmless: rules look words up)."""
    if base.endswith(("ee", "oe", "ye")):  # agree → agreeing
        forms = [base + "s", base + "d", base + "ing"]
    elif base.endswith("e"):
        forms = [base + "s", base + "d", base[:-1] + "ing"]
    elif base.endswith("o"):  # echo → echoes
        forms = [base + "es", base + "ed", base + "ing"]
    elif base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        forms = [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms = [base + "es", base + "ed", base + "ing"]
    else:
        forms = [base + "s", base + "ed", base + "ing"]
    if len(base) <= 4 and re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", base):  # plan → planned
        forms += [base + base[-1] + "ed", base + base[-1] + "ing"]
    return forms


def _regular_noun(base: str) -> list[str]:
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return [base[:-1] + "ies"]
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return [base + "es"]
    return [base + "s"]


@lru_cache(maxsize=1)
def irregular() -> dict[tuple[str, str], tuple[str, ...]]:
    """(lemma, pos) → its irregular forms, from `irregular.csv` (`lemma, pos, forms` with forms `|`-joined)."""
    out = {}
    for row in _rows(LEXICON / "irregular.csv", ("lemma", "pos", "forms")):
        out[(row["lemma"], row["pos"])] = tuple(f for f in row["forms"].split("|") if f)
    return out


def inflect(lemma: str, pos: str) -> list[str]:
    """The lemma and its forms; for a phrase ("point out") the first word is inflected."""
    head, _, rest = lemma.partition(" ")
    if pos == "VERB":
        forms = [head, *_regular_verb(head), *irregular().get((head, pos), ())]
    elif pos == "NOUN":
        forms = [head, *_regular_noun(head), *irregular().get((head, pos), ())]
    else:
        forms = [head]
    return list(dict.fromkeys(f"{form} {rest}" if rest else form for form in forms))


def _rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise LexiconError(f"{path.name}: missing column(s) {', '.join(missing)}")
        return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


@lru_cache(maxsize=None)
def family(name: str) -> dict[str, Entry]:
    """The entries of `resources/lexicon/<name>.csv`, by lemma; raises `LexiconError` on a lemma given twice."""
    path = LEXICON / f"{name}.csv"
    entries: dict[str, Entry] = {}
    for n, row in enumerate(_rows(path, ("lemma", "class", "pos", "reason")), start=2):
        lemma, pos = row["lemma"].lower(), row["pos"]
        if pos not in POS:
            raise LexiconError(f"{path.name} line {n}: part of speech {pos!r} is not one of {', '.join(POS)}")
        if lemma in entries:
            raise LexiconError(f"{path.name} line {n}: {lemma!r} is already in class {entries[lemma].cls!r}; "
                               "a word belongs to one class of a family")
        extra = {k: v for k, v in row.items() if k not in ("lemma", "class", "pos", "reason")}
        entries[lemma] = Entry(lemma, row["class"], pos, row["reason"], extra)
    return entries


def families() -> list[str]:
    return sorted(p.stem for p in LEXICON.glob("*.csv") if p.stem != "irregular")


def lemmas(name: str, *classes: str) -> frozenset[str]:
    """Lemmas of `name` in any of `classes` (all classes when none is given)."""
    return frozenset(e.lemma for e in family(name).values() if not classes or e.cls in classes)


def forms(name: str, *classes: str) -> frozenset[str]:
    """Every form of the lemmas of `name` in `classes` (lower case)."""
    return frozenset(f for e in family(name).values() if not classes or e.cls in classes for f in e.forms)


def flagged(name: str, flag: str) -> frozenset[str]:
    """Every form of the lemmas of `name` whose `flags` column holds `flag`."""
    return frozenset(f for e in family(name).values() if flag in e.flags for f in e.forms)


def classes_by_form(name: str) -> dict[str, str]:
    """Each form of the family → the class of its lemma."""
    return {f: e.cls for e in family(name).values() for f in e.forms}


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """Form → lemma for every single-word form of every family. Inflected entries (verbs, nouns) come
    first, then words listed as written (pos OTHER: "going" in a list of future words is still "go");
    among those, a form two lemmas share keeps the first, in file order."""
    table: dict[str, str] = {}
    entries = [e for name in families() for e in family(name).values() if " " not in e.lemma]
    for entry in sorted(entries, key=lambda e: e.pos == "OTHER"):  # stable: file order within each group
        for form in entry.forms:
            table.setdefault(form, entry.lemma)
    return table


def lemma_of(word: str) -> str:
    """The lemma of `word` when the lexicon knows it, else the word in lower case."""
    low = word.lower()
    return lemma_table().get(low, low)
