"""Person names as written: titles stripped ("Foreign Minister Dmytro Kuleba's" → "Dmytro Kuleba"), the proper-noun
part of a PERSON entity, and whether a full name fits the actor it matched."""
from __future__ import annotations

import re

from spacy.tokens import Span

from .actors import Actor
from .countries import fold
from .lexicon import SPEECH_VERBS
from .name_variants import variant_of_names

_TITLE_WORDS = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|sir|dame|lord|prof|gen|general|col|colonel|lt|adm|admiral|president|prime minister|"
    r"premier|chancellor|minister|secretary|senator|sen|rep|representative|governor|gov|mayor|ambassador|"
    r"spokesman|spokeswoman|spokesperson|deputy|foreign|defence|defense|interior|press|state|first|vice|"
    r"chief|head|leader|king|queen|pope|prince|commander|major|captain|sgt|sergeant|lieutenant|"
    r"[A-Z][a-z]+ian|[A-Z][a-z]+ish|French|Dutch|Swiss|Chinese|Japanese|American|U\.S\.|US|UK|EU|NATO|UN)\.?\s+)+",
    re.IGNORECASE,
)


def clean_person_name(text: str) -> str:
    """'Foreign Minister Dmytro Kuleba's' → 'Dmytro Kuleba'; a curly apostrophe inside a name becomes a straight one."""
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text.strip()).replace("\u2019", "'")  # one spelling: D'Agata
    cleaned = _TITLE_WORDS.sub("", text).strip()
    return cleaned or text


def same_person(mention: str, actor: Actor, aliases: list[str]) -> bool:
    """Does a full-name mention fit the actor it matched? ("Kevin Price" is not Ned Price; "Emanuel Macron" is Macron.)"""
    words = [w for w in fold(clean_person_name(mention)).replace(".", " ").split() if len(w) > 1]
    if len(words) < 2:
        return True
    given = words[0]
    for name in [actor.name, *aliases]:
        parts = fold(name).replace(".", " ").split()
        if given in parts or any(p.startswith(given) or given.startswith(p) for p in parts[:-1] if len(p) > 1):
            return True
    return variant_of_names(given, [actor.name, *aliases])  # "Emanuel Macron": a respelt given name


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof"}
_ELIDED_NAME = re.compile(r"^[A-Z][\u2019'][A-Z][a-z]+$")  # "D’Agata", "O'Brien": the tagger often calls them plurals


def proper_part(ent: Span) -> Span | None:
    """The proper-noun part of a PERSON entity: "Addressing Romania" is not a name."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (not (doc[start].tag_ in ("NNP", "NNPS") or doc[start].text in ("-", "'", "."))
                           or doc[start].lower_ in SPEECH_VERBS):
        start += 1  # "Addressing Romania", "Said Ellis": a verb is not part of a name
    while end > start and doc[end - 1].tag_ not in ("NNP", "NNPS") and not _ELIDED_NAME.match(doc[end - 1].text):
        end -= 1
    return doc[start:end] if end > start else None
