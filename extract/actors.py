"""Who is who: the actor table and the resolver of speaker mentions.

A mention resolves to one canonical `Actor` by name ("Mr. Putin", "Zelenskyy's"), by title
("the French president", "Kremlin spokesman") or as a state metonym ("the Kremlin", "U.S. officials").
The data is `resources/actors.csv`; its columns, role vocabulary and rules are in docs/actors.md.
spaCy is imported only inside `add_actor_matcher`, so the table can be used without a model.

The family, one job a module (this module gathers their public names):

- `actor_names`: name keys, surnames, surnames that are also common words;
- `actor_words`: roles, title words, leaders, metonyms and the modifiers a title may carry;
- `actor_table`: `Actor`, `ActorTable` (its indexes and name lookups) and `load_actor_table`;
- `actor_titles`: titles and official phrases without a name → the office-holder or the state;
- `actor_matcher`: the spaCy component `actor_matcher`.
"""
from __future__ import annotations

from .actor_matcher import SPANS_KEY, ActorMatcher, add_actor_matcher
from .actor_names import RISKY_SURNAMES, key, surname
from .actor_table import ACTORS_CSV, Actor, ActorTable, load_actor_table, read_actor_rows
from .actor_words import (
    AMBIGUOUS_STATES, ORGANISATION_CODES, ROLE_PREFIXES, ROLES, STATE_METONYMS, TYPES, ambassador_role, leader_roles,
)

__all__ = [
    "ACTORS_CSV", "AMBIGUOUS_STATES", "ORGANISATION_CODES", "RISKY_SURNAMES", "ROLES", "ROLE_PREFIXES", "SPANS_KEY",
    "STATE_METONYMS", "TYPES", "Actor", "ActorMatcher", "ActorTable", "add_actor_matcher", "ambassador_role", "key",
    "leader_roles", "load_actor_table", "read_actor_rows", "surname",
]
