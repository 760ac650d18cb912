"""The participants of a readout or release: who "the leaders", "the sides" and "They" are in a party's own text.

A text of an official site (`resources/principals.csv`) that reports a call or meeting has as speakers
its participants (GUIDELINES, "Other genres"): those its opening sentence names ("X spoke today with Y"),
else those its title names ("Telephone conversation with President of Finland Sauli Niinistö"), with the
site's principal (the Kremlin's is Putin) when the title names nobody before its "with".
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from spacy.tokens import Token

from .document import ArticleDoc
from .lexicon import EVENT_NOUNS, EVENT_VERBS
from .readout_groups import joined_participants
from .records import Article
from .sentences import ents_of
from .speakers import SpeakerContext
from .speaker_record import Speaker
from .vocabulary import flagged

PRINCIPALS = Path(__file__).parent / "resources" / "principals.csv"
OPENING_SENTENCES = 2  # the sentences of the first paragraph where a readout names its call
_WITH = re.compile(r"\s+with\s+", re.IGNORECASE)
HOSTING = flagged("readout_verbs", "host")  # welcomed X: the host and the guest meet
_POSSESSIVE = re.compile(r"['\u2019]s?\b.*$")


@lru_cache(maxsize=1)
def principals() -> dict[str, str]:
    """Site domain → the principal of its readouts ("kremlin.ru" → "Vladimir Putin")."""
    with PRINCIPALS.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {row["outlet"].strip().lower(): row["principal"].strip() for row in rows}


def principal_of(article: Article) -> str | None:
    """The principal of the official site that issued `article` (by its source or its url's host), or None."""
    host = urlparse(article.url or "").netloc.lower()
    source = (article.source or "").lower()
    for outlet, principal in principals().items():
        if outlet in source or host == outlet or host.endswith("." + outlet):
            return principal
    return None


def readout_participants(adoc: ArticleDoc, ctx: SpeakerContext, events) -> list[Speaker]:
    """The participants of the call or meeting an official readout reports ([] for any other text).

    `events` is the article's `EventExtractor`: its event rules read the opening sentence."""
    principal = principal_of(adoc.article)
    if principal is None:
        return []
    first = adoc.paragraphs[0] if adoc.paragraphs else None
    for sent in adoc.sentences[:OPENING_SENTENCES]:
        if first is not None and sent.start_char >= first.end:
            break
        found = events.participants_in(sent) or _held_with(sent.root, ctx) or _hosting(sent, ctx) or \
            joined_participants(sent, ctx, adoc.article.published)
        if len(found) >= 2:
            return found
    return title_participants(adoc, ctx, principal)


def _held_with(verb: Token, ctx: SpeakerContext) -> list[Speaker]:
    """"X held a video conference with Y", "X had an exchange with Y": the subject and the object of "with"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    objects = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "with" and p.head.i in (verb.i, *[
        c.i for c in verb.children if c.dep_ == "dobj"]) for o in p.children if o.dep_ == "pobj"]
    if subject is None or not objects:
        return []
    found = ctx.resolve_all(subject, allow_pronouns=False)
    for obj in objects:
        found += [s for s in ctx.resolve_all(obj, allow_pronouns=False) if all(s.name != f.name for f in found)]
    return found


def _hosting(sent, ctx: SpeakerContext) -> list[Speaker]:
    """"X looks forward to welcoming Y to the White House": the host and the person welcomed (a preview)."""
    for verb in sent:
        if verb.lower_ not in HOSTING or not verb.tag_.startswith("VB"):
            continue
        guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
        governor = verb.head.head if verb.dep_ == "pcomp" else verb  # "looks forward [to welcoming]"
        host = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if guest is None or host is None:
            continue
        found = ctx.resolve_all(host, allow_pronouns=False)
        found += [s for s in ctx.resolve_all(guest, allow_pronouns=False) if all(s.name != f.name for f in found)]
        if len(found) >= 2 and all(s.type == "person" for s in found):
            return found
    return []


def title_participants(adoc: ArticleDoc, ctx: SpeakerContext, principal: str) -> list[Speaker]:
    """"[X's] call / conversation / meeting with Y (and Z)": X (else the principal) and Y, Z; a Y the actor
    table does not know is the person of the text whose name ends Y ("Meeting with Governor Ivan Petrov")."""
    article = adoc.article
    title = article.title or ""
    words = {w.lower() for w in re.findall(r"[\w-]+", title)}
    if not words & (set(EVENT_NOUNS) | set(EVENT_VERBS)):
        return []
    parts = _WITH.split(title, maxsplit=1)
    if len(parts) < 2:
        return []
    chunks = re.split(r"\s*(?:,|\band\b|&)\s*", parts[1])
    first = ctx.actors.match_name(_POSSESSIVE.sub("", parts[0]), on=article.published) or ctx.actors.by_name(principal)
    found: list[Speaker] = [Speaker.from_actor(first)] if first is not None else []
    for chunk in chunks:
        actor = ctx.actors.match_name(chunk, on=article.published)
        speaker = Speaker.from_actor(actor) if actor is not None else _named_in_text(adoc, ctx, chunk)
        if speaker is not None and all(speaker.name != s.name for s in found):
            found.append(speaker.at(None))
    return found if len(found) >= 2 else []


def _named_in_text(adoc: ArticleDoc, ctx: SpeakerContext, chunk: str) -> Speaker | None:
    """The person of the text whose full name ends a title's chunk ("St Petersburg Governor [Ivan Petrov]")."""
    chunk = chunk.strip()
    for ent in ents_of(adoc.doc):
        if ent.label_ == "PERSON" and len(ent) >= 2 and chunk.endswith(ent.text):
            speaker = ctx.resolve(ent.root, allow_pronouns=False)
            if speaker is not None and speaker.type == "person":
                return speaker
    return None
