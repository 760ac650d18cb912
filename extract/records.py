"""Typed records passed between the extraction stages.

Data flows one way: `Article` (text + metadata) → spaCy `Doc` → `Statement` / `Movement` / `Drop`
records → pandas tables (built only in `extract.schema.to_frame`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One input article. `text` is kept exactly as given: every offset indexes into it."""

    article_id: str
    text: str
    title: str = ""
    published: dt.date | None = None
    url: str = ""
    source: str = ""
    origin: str = ""  # where it came from: a file path, "path:line", or "api"
    licence: str = ""  # the source's licence (`extract.corpus`); empty for one's own inputs


@dataclass(frozen=True)
class InputProblem:
    """An article (or file) that could not be read or processed, with the reason."""

    origin: str
    message: str
    article_id: str | None = None


@dataclass(frozen=True)
class DateInfo:
    """A resolved date: `start`..`end` inclusive, with its precision and the raw phrase."""

    start: dt.date | None
    end: dt.date | None
    precision: str  # day | week | month | year | published | none
    text: str = ""


@dataclass
class Statement:
    """Who said what (or who met/called whom), traced to its sentence."""

    article_id: str
    kind: str  # direct_quote | reported_speech | call | meeting | talks | visit
    act: str  # say, warn, deny, accuse, announce, agree, ...
    speaker: str
    speaker_type: str  # person | state | organisation | anonymous
    speaker_country: str | None
    speaker_role: str | None
    speaker_mention: str
    speaker_start: int | None
    speaker_end: int | None
    cue: str
    cue_start: int | None
    cue_end: int | None
    text: str
    content_start: int
    content_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    paragraph_start: int
    paragraph_end: int
    date: DateInfo
    is_future: bool = False
    addressees: list[str] = field(default_factory=list)
    addressee_countries: list[str] = field(default_factory=list)
    co_speakers: list[str] = field(default_factory=list)
    place: str | None = None
    place_country: str | None = None
    method: str = ""  # syntactic | quote | floating | according_to | event


@dataclass
class Movement:
    """A reported position or movement of a state's or alliance's armed forces."""

    article_id: str
    actor: str | None  # ISO3, or NATO / EU / UN
    actor_name: str | None
    troops: int | None
    troops_qualifier: str | None
    troops_text: str
    units: int | None
    force: str
    origin: str | None
    origin_lat: float | None
    origin_lon: float | None
    destinations: list[str]
    destination_places: list[str]
    lat: float | None
    lon: float | None
    place_precision: str  # city | region | country | border | none
    status: str  # deployed | stationed | announced | planned | on_alert | arrived | withdrawn
    cue: str
    sentence: str
    sentence_start: int
    sentence_end: int
    char_start: int
    char_end: int
    paragraph_start: int
    paragraph_end: int
    date: DateInfo
    is_future: bool = False
    method: str = ""  # the rule that read the movement's status (movement:send, movement:already-there, ...)
    n_mentions: int = 1  # how many sentences of the article report this movement (`movements.merge`)
    mentions: list[str] = field(default_factory=list)  # every mention's sentence span, "start:end", first first


@dataclass
class Drop:
    """A candidate row a rule discarded: which rule (`extract.drops.DROP_RULES`), what, and in which sentence."""

    article_id: str
    rule: str  # drop:<kind>:<name>
    kind: str  # statement | movement
    text: str  # the candidate: a quote, a cue with its content, a force noun, a furniture sentence
    char_start: int
    char_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
