"""The sides an event noun's own modifiers name: a hyphenated pair ("Russian-US talks", "the NATO-Russia Council",
"a Biden-Putin summit"), coordinated state adjectives ("Russian and Ukrainian delegations") or a format
("Normandy-format talks"). English names the parties of talks this way as often as with "between"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .actor_names import key
from .countries import country_code
from .group_statements import groups
from .lexicon import SITUATION_NOUNS

if TYPE_CHECKING:
    from .speakers import SpeakerContext
    from .speaker_record import Speaker

_JOINERS = {"-", "–", "—", "/", "and", ","}
_FORMAT_WORDS = {"format", "formats"}
_SKIPPED_DEPS = {"det", "poss", "case", "nummod", "predet"}


def modifier_sides(ctx: "SpeakerContext", noun: Token) -> list["Speaker"]:
    """The two or more sides the words before `noun` name, joined by a hyphen or "and"; [] when any name
    among them is not an actor (a "Franco-German" or "rock-solid" modifier names no pair), or when `noun` names a
    situation, not people or a body ("the Russia-Ukraine conflict": lexicon `situation_nouns`)."""
    if noun.lower_ in SITUATION_NOUNS:
        return []
    parts, joined = _name_parts(noun)
    group = _format_group(ctx, noun, parts)
    if group:
        return group
    if not joined or len(parts) < 2:
        return []
    sides = [_side(ctx, part) for part in parts]
    if any(s is None for s in sides):
        return []
    unique: list[Speaker] = []
    for side in sides:
        if all(side.name != u.name for u in unique):
            unique.append(side)
    return unique if len(unique) >= 2 else []


def _name_parts(noun: Token) -> tuple[list[list[Token]], bool]:
    """The runs of capitalised words among the noun's left modifiers, and whether a joiner links two of them."""
    parts: list[list[Token]] = []
    current: list[Token] = []
    joined = False
    for token in noun.doc[noun.left_edge.i:noun.i]:
        if token.dep_ in _SKIPPED_DEPS or token.lower_ in ("the", "a", "an"):
            continue
        if token.lower_ in _JOINERS:
            joined = joined or bool(current or parts)
            if current:
                parts.append(current)
            current = []
        elif token.text[:1].isupper():
            current.append(token)
        else:  # a common word ("format", "strategic") ends a run
            if current:
                parts.append(current)
            current = []
    if current:
        parts.append(current)
    return parts, joined


def _format_group(ctx: "SpeakerContext", noun: Token, parts: list[list[Token]]) -> list["Speaker"]:
    """"Normandy-format talks", "the Bucharest Format summit": the member states of the format named."""
    from .speaker_record import Speaker

    for part in parts:
        after = noun.doc[part[-1].i + 1:noun.i + 1]
        words = [t for t in after if t.text not in _JOINERS]
        if not words or words[0].lower_ not in _FORMAT_WORDS:
            continue
        members = groups().get(key(" ".join(t.text for t in part) + " format"))
        if members:
            return [Speaker.from_actor(a) for a in (ctx.actors.state(c) for c in members) if a is not None]
    return []


def _side(ctx: "SpeakerContext", part: list[Token]) -> "Speaker | None":
    """The state (name or adjective), organisation or person one run of words names."""
    from .speaker_record import Speaker

    text = " ".join(t.text for t in part)
    code = country_code(text)
    if code:
        return ctx.state_speaker(code)
    actor = ctx.actors.resolve(text, on=ctx.published)
    return Speaker.from_actor(actor) if actor is not None else None
