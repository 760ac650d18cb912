"""The actor table (`resources/actors.csv`): one `Actor` per row, indexed by name, surname, office
and code, and the lookups built on it. Titles and state metonyms are read by `extract.actor_titles`;
the columns and rules are in docs/actors.md."""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from . import actor_titles
from .actor_names import HONORIFICS, RISKY_SURNAMES, ascii_name, capitalised_in, key, strip_possessive, surname
from .actor_words import NAME_MODIFIED, leader_roles
from .countries import country_name

ACTORS_CSV = Path(__file__).parent / "resources" / "actors.csv"


@dataclass(frozen=True)
class Actor:
    """A person, state or organisation that can speak. `country` is ISO3 or NATO/EU/UN/OSCE/G7."""

    name: str
    type: str
    country: str | None
    role: str | None
    gender: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def in_office(self, on: dt.date | None) -> bool:
        """True when `on` is within [start, end) — `end` is the day the successor took over.

        With no date, "in office" means the office has no recorded end (the latest holder).
        """
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


def _parse_date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --------------------------------------------------------------------------------------------
# The table


class ActorTable:
    """All actors with their name, surname, office and code indexes; see the module docstring."""

    def __init__(self, actors: Iterable[Actor], aliases: dict[str, list[str]] | None = None):
        self.actors: list[Actor] = list(actors)
        self.aliases: dict[str, list[str]] = aliases or {}
        self._by_name = {a.name: a for a in self.actors}
        self._by_key = {key(a.name): a for a in self.actors}
        self._states: dict[str, Actor] = {}
        self._org_names: dict[str, Actor] = {}
        self._full: dict[str, list[Actor]] = {}
        self._surnames: dict[str, list[Actor]] = {}
        self._holders: dict[tuple[str, str | None], list[Actor]] = {}
        # The same phrases come back in every article: the lookups are pure, so remember their answers.
        for name in ("match_name", "match_title", "match_state"):
            setattr(self, name, lru_cache(maxsize=50_000)(getattr(self, name)))
        for a in self.actors:
            if a.type == "person":
                names = [a.name, *self.aliases.get(a.name, [])]
                for n in names:
                    if len(n.split()) > 1:
                        self._add(self._full, key(n), a)
                    self._add(self._surnames, key(surname(n, a.country)), a)
                if a.role:
                    self._add(self._holders, (a.role, a.country), a)
            else:
                if a.country and (a.type == "state" or a.name == country_name(a.country)):
                    self._states.setdefault(a.country, a)
                for n in [a.name, *self.aliases.get(a.name, [])]:
                    self._org_names.setdefault(strip_possessive(key(n)), a)
        keys = sorted(set(self._full) | set(self._surnames), key=len, reverse=True)
        self._name_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")

    @staticmethod
    def _add(index: dict, k, actor: Actor) -> None:
        bucket = index.setdefault(k, [])
        if actor not in bucket:
            bucket.append(actor)

    # -- lookups ---------------------------------------------------------------------------

    def by_name(self, canonical: str) -> Actor | None:
        """The actor with this canonical name (accent- and case-insensitive)."""
        return self._by_name.get(canonical) or self._by_key.get(key(canonical))

    def state(self, code: str) -> Actor | None:
        """The state or organisation actor of a code (`USA` → United States); a state the table does not list
        is made from its ISO code ("the Australian government" speaks for Australia)."""
        if code not in self._states and len(code) == 3 and code.isalpha() and code.isupper():
            name = country_name(code)
            self._states[code] = Actor(name, "state", code, None, None, None, None) if name != code else None
        return self._states.get(code)

    def holders(self, role: str, country: str | None) -> list[Actor]:
        """Every person in the table with this role in this country, over all dates."""
        return list(self._holders.get((role, country), []))

    def holder(self, roles: Iterable[str], country: str | None, *, on: dt.date | None = None) -> Actor | None:
        """The single holder of the first of `roles` that has holders in `country` on `on` (None if several)."""
        for role in roles:
            cands = self._holders.get((role, country), [])
            if not cands:
                continue
            return _pick(cands, on, keep_single=on is None)
        return None

    def holder_anywhere(self, roles: Iterable[str], *, on: dt.date | None = None) -> Actor | None:
        """As `holder`, for offices that name their place instead of a country ("mayor of Kyiv")."""
        for role in roles:
            cands = [a for a in self.actors if a.role == role]
            if cands:
                return _pick(cands, on, keep_single=on is None)
        return None

    def org_by_key(self, k: str) -> Actor | None:
        """The state or organisation whose name or alias has the key `k` ("nato", "united nations")."""
        return self._org_names.get(k)

    def counterpart(self, of: Actor, country: str, *, on: dt.date | None = None) -> Actor | None:
        """The actor in `country` holding `of`'s office; a head of state or government maps to the other
        country's leader ("Biden" → "Boris Johnson" for GBR)."""
        if of.type != "person":
            return self.state(country)
        if not of.role:
            return None
        if of.role in leader_roles(of.country):
            return self.holder(leader_roles(country), country, on=on)
        return self.holder((of.role,), country, on=on)

    # -- names -----------------------------------------------------------------------------

    def by_key(self, k: str, on: dt.date | None = None, original: str | None = None) -> Actor | None:
        """The person whose full name, alias or surname has the key `k` (a risky surname only when it is
        capitalised in `original`, when given)."""
        if k in self._full:
            return _pick(self._full[k], on, keep_single=True)
        cands = self._surnames.get(k)
        if not cands:
            return None
        if k in RISKY_SURNAMES and original is not None and not capitalised_in(k, original):
            return None
        return _pick(cands, on, keep_single=True)

    def match_name(self, text: str, *, on: dt.date | None = None) -> Actor | None:
        """The person named in `text` ("President Joe Biden", "Mr. Putin", "Zelenskyy's", "Macron").

        Full names and aliases always resolve; a surname alone only when one actor has it, or one
        of those who have it is in office on `on`. The head of the phrase wins: in "Putin critic
        Alexei Navalny" that is Navalny, in "Jake Sullivan, Biden's adviser" Sullivan.
        """
        k = key(text)
        for segment in re.split(r"\s*(?:,|\(|\)|;| - | -- )\s*", k):
            for conjunct in re.split(r"\s+(?:and|or|&)\s+", segment):
                hits = []
                for m in self._name_re.finditer(conjunct):
                    rest = conjunct[m.end():]
                    possessive = bool(re.match(r"'s?(?!\w)", rest))
                    after = re.sub(r"^'s?", "", rest).strip() if possessive else rest.strip()
                    if possessive and after:
                        continue  # "Putin's spokesman": Putin only modifies
                    if after and after.split()[0] in NAME_MODIFIED:
                        continue  # "the Biden administration"
                    hits.append(m.group(0))
                if hits:
                    return self.by_key(hits[-1], on, original=text)
        return None

    # -- titles and states (extract.actor_titles) -------------------------------------------

    def match_title(self, text: str, *, on: dt.date | None = None,
                    default_country: str | None = None) -> Actor | None:
        """The office-holder a role phrase without a name means ("the French president",
        "Kremlin spokesman", "the foreign minister of Ukraine", "the alliance's chief").

        The country comes from the phrase, else from a role that exists in one state only
        (secretary of state → USA), else `default_country`. None when the phrase is not a title
        or the office has no single holder on `on`.
        """
        return actor_titles.match_title(self, text, on=on, default_country=default_country)

    def match_state(self, text: str) -> Actor | None:
        """The state or organisation a name, metonym or official phrase stands for ("Moscow",
        "the White House", "Russia's defence ministry", "U.S. officials", "the alliance").

        Bare "officials", "Western officials", "experts" and "Brussels" give None.
        """
        return actor_titles.match_state(self, text)

    # -- everything ------------------------------------------------------------------------

    def resolve(self, text: str, *, on: dt.date | None = None,
                default_country: str | None = None) -> Actor | None:
        """`match_name`, then `match_title`, then `match_state`: the actor a mention stands for."""
        return (self.match_name(text, on=on)
                or self.match_title(text, on=on, default_country=default_country)
                or self.match_state(text))

    # -- matcher patterns --------------------------------------------------------------------

    def pattern_groups(self) -> dict[str, list[str]]:
        """Surface strings by match key: `F|name` full names, `S|name` bare surnames,
        `A|surname` surnames shared by several people (resolved inside the document)."""
        groups: dict[str, list[str]] = {}

        def add(group: str, surface: str) -> None:
            bucket = groups.setdefault(group, [])
            for s in (surface, ascii_name(surface)):
                if s not in bucket:
                    bucket.append(s)

        for a in self.actors:
            names = [a.name, *self.aliases.get(a.name, [])]
            if a.type == "state":
                continue  # states are places too: resolve them with `match_state`
            if a.type != "person":
                for n in names:
                    add("F|" + a.name, n)
                continue
            for n in names:
                if len(n.split()) > 1:
                    add("F|" + a.name, n)
                sn = surname(n, a.country)
                k = key(sn)
                owners = self._surnames.get(k, [])
                if k in RISKY_SURNAMES:
                    if len(owners) == 1:
                        for h in HONORIFICS:
                            add("F|" + a.name, f"{h} {sn}")
                elif len(owners) == 1:
                    add("S|" + a.name, sn)
                else:
                    add("A|" + k, sn)
        return groups

    def name_patterns(self) -> list[str]:
        """Every surface string the spaCy matcher looks for (names, aliases, surnames, organisations)."""
        return list(dict.fromkeys(s for group in self.pattern_groups().values() for s in group))

    def ambiguous_surname(self, k: str) -> list[str]:
        """Canonical names of the people who share the surname key `k`."""
        return [a.name for a in self._surnames.get(k, [])]


def _pick(cands: list[Actor], on: dt.date | None, *, keep_single: bool) -> Actor | None:
    """One actor of `cands`: the only one (if `keep_single`), else the only one in office on `on`."""
    if len(cands) == 1 and keep_single:
        return cands[0]
    current = [a for a in cands if a.in_office(on)]
    return current[0] if len(current) == 1 else None


def read_actor_rows(path: Path = ACTORS_CSV) -> list[dict[str, str]]:
    """The raw rows of the actor table."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def load_actor_table() -> ActorTable:
    """The actor table from `resources/actors.csv`, loaded once per process."""
    actors, aliases = [], {}
    for row in read_actor_rows():
        actors.append(Actor(
            name=row["name"].strip(), type=row["type"].strip(), country=row["country"].strip() or None,
            role=row["role"].strip() or None, gender=row["gender"].strip() or None,
            start=_parse_date(row["start"].strip()), end=_parse_date(row["end"].strip()),
        ))
        aliases[row["name"].strip()] = [a.strip() for a in row["aliases"].split(";") if a.strip()]
    return ActorTable(actors, aliases)

