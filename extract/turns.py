"""Transcripts and prepared texts: who speaks each paragraph, when the text itself says so.

A briefing or gaggle transcript labels each turn with its speaker ("MS. JONES:", "THE PRESIDENT:", "Q");
remarks, an address or a written statement has one speaker (or its signers) named in the title ("Remarks
by President Smith on ..."). Every paragraph of a speaker's turn that says something is that speaker's
own words: one `direct_quote` row (`turn:paragraph`), content the paragraph without its label. A question
or a moderator's turn is nobody's statement: rows other rules found there are dropped
(`drop:statement:question-turn`). Title kinds are data (`resources/title_kinds.jsonl`), as are the labels
that name no speaker (`lexicon/turn_labels.csv`), the sentences that say nothing (`lexicon/turn_formulas.csv`)
and the governments' own web hosts (`resources/publishers.csv`).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from .actor_names import key, surname
from .actor_table import Actor, ActorTable, load_actor_table
from .countries import country_code
from .document import ArticleDoc
from .drops import make_drop
from .furniture import is_furniture
from .group_statements import group_signers
from .quotes import turn_label
from .records import DateInfo, Drop, Statement
from .person_names import same_person
from .speaker_record import Speaker
from .speech import make_statement
from .turn_formulas import says_something
from .vocabulary import family

RESOURCES = Path(__file__).parent / "resources"
METHOD = "turn:paragraph"
# "Q    Thank you" / "Q: ..." : a question label is one letter, so `quotes.turn_label` does not see it.
_QUESTION_LABEL = re.compile(r"Q(?:\s*:|[ \t\u00a0]{2,}|\u00a0)\s*")


@dataclass(frozen=True)
class TitleRule:
    """One title kind: its id, why, its regular expression and its example titles."""

    id: str
    kind: str  # readout | speech | group
    reason: str
    regex: re.Pattern
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Turn:
    """A stretch of text with one voice: `speakers` say it, or nobody does (`role` question / moderation)."""

    start: int  # where the words begin (after the label)
    end: int
    role: str  # speaker | question | moderation | unknown
    speakers: tuple[Speaker, ...] = ()
    label_start: int | None = None  # where its label begins (None: no label)


@lru_cache(maxsize=1)
def title_rules() -> tuple[TitleRule, ...]:
    """The title kinds, in the order they are tried (a readout first: "Statement ... on the Call with")."""
    rules = []
    for line in (RESOURCES / "title_kinds.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rules.append(TitleRule(row["id"], row["kind"], row["reason"], re.compile(row["regex"], re.IGNORECASE),
                                   tuple(row.get("examples", ())), tuple(row.get("counter_examples", ()))))
    return tuple(rules)


def title_kind(title: str) -> tuple[TitleRule, re.Match] | None:
    """The first title rule that matches `title` (white space normalised), with its match."""
    title = " ".join(title.split())
    for rule in title_rules():
        m = rule.regex.search(title)
        if m:
            return rule, m
    return None


@lru_cache(maxsize=1)
def _publishers() -> tuple[tuple[str, str], ...]:
    with (RESOURCES / "publishers.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        return tuple((r["host"].strip().lower(), r["country"].strip()) for r in rows)


def publisher_country(url: str, source: str) -> str | None:
    """The state whose own site published the text (from the URL's host, else the `source` name)."""
    host = (urlsplit(url).hostname or "") if url else ""
    host = host or source.strip().lower()
    for known, country in _publishers():
        if host == known or host.endswith("." + known):
            return country
    return None


def _speaker(actor: Actor, mention: str = "", start: int | None = None, end: int | None = None) -> Speaker:
    return Speaker(actor.name, actor.type, actor.country, actor.role, actor.gender, mention, start, end)


def title_speakers(who: str, table: ActorTable, on: dt.date | None, country: str | None) -> list[Actor]:
    """The actors named in the by-part of a title ("President Smith and Prime Minister Jones"), in order."""
    found: list[Actor] = []
    for part in re.split(r"\s*(?:,|;|\band\b|&)\s*", who):
        actor = table.resolve(part, on=on, default_country=country) if part.strip() else None
        if actor is not None and actor not in found:
            found.append(actor)
    return found


def _title_people(found: tuple[TitleRule, re.Match] | None, adoc: ArticleDoc, table: ActorTable,
                  country: str | None) -> list[Actor]:
    """The signers a speech or group title names: its people (`title_speakers`), or, when it names a group,
    states or organisations and no person, their leaders or ministers (`group_statements.group_signers`).
    A group title counts on a government's own site only: a news headline "G7 leaders' statement ..." is a story."""
    if not found or found[0].kind not in ("speech", "group") or (found[0].kind == "group" and country is None):
        return []
    who, on = found[1].groupdict().get("who"), adoc.article.published
    people = title_speakers(who, table, on, country) if who else []
    if found[0].kind == "group" or (people and all(a.type != "person" for a in people)):
        return group_signers(who, adoc.text[:adoc.body_end], table, on) or people
    return people


class _Labels:
    """Resolves a turn label to its role and speaker: the title's people by surname first, then the actor table."""

    def __init__(self, table: ActorTable, on: dt.date | None, country: str | None, title_people: list[Actor]):
        self.table, self.on, self.country = table, on, country
        self.by_surname = {key(surname(a.name, a.country)): a for a in title_people if a.type == "person"}
        self.silent = {e.lemma: e.cls for e in family("turn_labels").values()}

    def role(self, label: str) -> tuple[str, Actor | None]:
        name, comma, _ = label.partition(",")
        if comma and _TRAILING_NAME.fullmatch(name.strip()):
            label = name.strip()  # "Ruth Smith, Head of the Federal Agency": the name comes first
        words = " ".join(re.findall(r"[a-z]+", label.lower()))
        if words in self.silent:
            return self.silent[words], None
        bare = re.sub(r"^(?:mr|mrs|ms|dr|sen|rep|gov|gen)\.?\s+", "", label.strip().lower())
        actor = self.by_surname.get(key(bare)) or self.table.resolve(label, on=self.on, default_country=self.country)
        name = _TRAILING_NAME.search(label)
        if actor is not None and actor.type == "person" and name and not label.isupper() and \
                not same_person(name.group(0), actor, self.table.aliases.get(actor.name, [])):
            actor = None  # "Ruth Smith" is not the Smith of the table
        if actor is None or actor.type != "person":
            actor = self.newcomer(label) or actor
        return ("speaker", actor) if actor is not None else ("unknown", None)

    def newcomer(self, label: str) -> Actor | None:
        """A person the table does not know, from a label that ends in a full name ("President of Ruritania
        Ruth Smith"): the name, and the country its title names (else the publishing government's)."""
        m = _TRAILING_NAME.search(label)
        if m is None or label.isupper():
            return None
        codes = [country_code(w) for w in re.findall(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*", label[:m.start()])]
        # a government's own transcript: someone whose label names no country is of that government
        return Actor(m.group(0), "person", next((c for c in codes if c), None) or self.country, None, None)


# the full name a label ends with: its last two capitalised words (a title before them names a place or office)
_TRAILING_NAME = re.compile(r"(?<![\w-])[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+$")


def _label_at(text: str, start: int) -> tuple[int, int, int] | None:
    """(label start, label end, words start) of a turn label opening a paragraph."""
    found = turn_label(text, start)
    if found is not None:
        return found
    m = _QUESTION_LABEL.match(text, start)
    return (start, start + 1, m.end()) if m else None


# "Vladimir Putin: Good afternoon." inside a text scraped without line breaks (a Kremlin transcript): a run
# of capitalised words (with "of", "the") and a colon, then a capital, where a sentence may start.
_LABEL_WORD = r"\(?[A-Z][\w'\u2019.-]*\)?"
_INLINE_LABEL = re.compile(rf"(?P<who>{_LABEL_WORD}(?:(?:\s+|\s*[\u2013\u2014]\s*|,\s*)"
                           rf"(?:of|the|for|and|on|in|to|at|{_LABEL_WORD})){{0,19}}):\s+(?=[A-Z\"\u201c\u00ab\u2018(])")
_SENTENCE_BEFORE = tuple('.!?\u2026"\u201d\u00bb*>')
MIN_INLINE_TURNS = 2  # in a text from no government site, a transcript has at least this many named turns


def _inline_labels(text: str, labels: "_Labels", official: bool) -> list[tuple[int, int, int, str, Actor | None]]:
    """Turn labels inside paragraphs: a person's name and a colon where a sentence starts. Kept when at least
    `MIN_INLINE_TURNS` name people the actor table knows (one, in a government's own text); then a label
    naming someone else (a full name) is a turn too."""
    found = []
    for m in _INLINE_LABEL.finditer(text):
        before = text[:m.start()].rstrip()
        if before and not before.endswith(_SENTENCE_BEFORE):
            continue
        role, actor = labels.role(m.group("who"))
        if actor is not None and actor.type == "person":
            found.append((m.start(), m.end("who"), m.end(), role, actor))
    known = sum(labels.table.by_name(f[4].name) is not None for f in found)
    if known >= MIN_INLINE_TURNS or (official and known):
        return found
    return []


def _paragraph_labels(adoc: ArticleDoc, labels: "_Labels") -> list[tuple[int, int, int, str, Actor | None]]:
    """Turn labels that open a paragraph ("MS. JONES:", "THE PRESIDENT:", "Q")."""
    found = []
    for para in adoc.paragraphs:
        label = _label_at(adoc.text, para.start)
        if label is not None:
            role, actor = labels.role(adoc.text[label[0]:label[1]])
            found.append((*label, role, actor))
    return found


def text_turns(adoc: ArticleDoc, table: ActorTable | None = None) -> list[Turn]:
    """The turns of a labelled transcript, or one turn for a prepared text whose title names its speaker;
    nothing for any other text (a news story, a readout)."""
    table = table or load_actor_table()
    article = adoc.article
    country = publisher_country(article.url, article.source)
    found = title_kind(article.title) if article.title else None
    people = _title_people(found, adoc, table, country)
    labels = _Labels(table, article.published, country, people)
    text = adoc.text[: adoc.body_end]
    marks = sorted({m[0]: m for m in _paragraph_labels(adoc, labels) + _inline_labels(text, labels, country is not None)}.values())
    turns: list[Turn] = []
    for start, end, words, role, actor in marks:
        speakers = (_speaker(actor, adoc.text[start:end], start, end),) if actor is not None else ()
        if turns:
            turns[-1] = replace(turns[-1], end=start)
        turns.append(Turn(words, adoc.body_end, role, speakers, start))
    if turns or not found or found[0].kind not in ("speech", "group") or not people:
        return turns
    return [Turn(0, adoc.body_end, "speaker", tuple(_speaker(a) for a in people))]


def _occasion(published: dt.date | None) -> DateInfo:
    """A transcript's or statement's words are dated by the text itself: the day it was published."""
    return DateInfo(published, published, "published") if published else DateInfo(None, None, "none")


def turn_rows(adoc: ArticleDoc, turns: list[Turn], existing: list[Statement]) -> list[Statement]:
    """One `direct_quote` row per paragraph that says something, per speaker of its turn; a paragraph already
    quoted for that speaker by another rule gives no second row."""
    rows: list[Statement] = []
    text = adoc.text
    for turn in turns:
        if turn.role != "speaker" or not turn.speakers:
            continue
        for para in adoc.paragraphs:
            start, end = max(para.start, turn.start), min(para.end, turn.end, adoc.body_end)
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start or para.end <= turn.start or (start == para.start and adoc.is_heading(start)):
                continue
            if (adoc.furniture and is_furniture(start, end, text, adoc.furniture)) or not says_something(text[start:end]):
                continue
            span = adoc.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            names = [s.name for s in turn.speakers]
            for speaker in turn.speakers:
                if any(r.speaker == speaker.name and r.kind == "direct_quote" and r.content_start < end
                       and start < r.content_end for r in existing):
                    continue
                rows.append(make_statement(adoc, kind="direct_quote", act="say", speaker=speaker, cue=None,
                                           content=(start, end), sent=span, date=_occasion(adoc.article.published),
                                           method=METHOD, co_speakers=[n for n in names if n != speaker.name]))
    return rows


def silenced(turns: list[Turn], rows: list, adoc: ArticleDoc, rule: str) -> tuple[list, list[Drop]]:
    """Rows (statements or movements) outside questions and moderation, and drops (`rule`) of those inside."""
    quiet = [(t.start if t.label_start is None else t.label_start, t.end) for t in turns
             if t.role in ("question", "moderation")]
    kept, drops = [], []
    for row in rows:
        if any(start <= row.sentence_start < end for start, end in quiet):
            drops.append(make_drop(adoc, rule, row.sentence_start, row.sentence_end, (row.sentence_start, row.sentence_end)))
        else:
            kept.append(row)
    return kept, drops
