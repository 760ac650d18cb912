"""Rule merge:communication:*: the rows of calls, meetings, talks and visits that report one happening.

Parties are compared by name (accents and case folded), with an organisation's officials read as the
organisation (`organisations.py`) and a visit to a foreign state matched with the visitor's meetings there.

Rows are grouped greedily in passes (day-dated rows, then week-dated ones, then those dated only by their
publication): each row joins the one best compatible group or starts its own, so no row bridges two groups. The
call or meeting a readout reports (`event:readout-title`, `event:readout-own`) is day-dated when it is dated by the
release: its government publishes it the day it took place.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..countries import country_name
from ..schema import READOUT_METHODS
from .keys import day_numbers, name_key, parties_of, place_key
from .organisations import country_of, home_of, organisations_match, party_key, side_of
from .rules import (
    CALL_FAMILY, DOMINANT_FACTOR, EITHER_FAMILY, MIN_SHARED_PARTIES, PARTY_SHARE, PUBLISHED_EXTRA_PARTIES,
    PUBLISHED_LAG_DAYS,
)


@dataclass
class _Row:
    index: int
    family: str
    parties: frozenset
    place: str
    place_country: str  # ISO3 of `place` ("" when unknown)
    country_level: bool  # `place` names the country itself ("in Russia")
    start: float
    end: float
    precision: str
    is_future: bool
    article: str = ""
    kind: str = ""
    visit: tuple = ()  # (visitor, state) of a visit to a foreign state naming only the two (`Macron → Ukraine`)


@dataclass
class _Group:
    members: list = field(default_factory=list)
    families: set = field(default_factory=set)
    parties: set = field(default_factory=set)
    member_parties: set = field(default_factory=set)  # the distinct party sets of its members
    dated_parties: Counter = field(default_factory=Counter)  # those of its day- and week-dated members, with counts
    visits: set = field(default_factory=set)  # the (visitor, state) of its members' visits to a foreign state
    places: set = field(default_factory=set)
    place_countries: set = field(default_factory=set)  # the countries its places lie in
    named_countries: set = field(default_factory=set)  # the countries its members name as their place
    days: set = field(default_factory=set)  # the days of its day- and week-dated members
    exact_days: set = field(default_factory=set)  # the days of its day-dated members

    def add(self, row: _Row) -> None:
        self.members.append(row.index)
        if row.precision == "day":
            self.exact_days.add(int(row.start))
        self.families.add(row.family)
        if row.visit:
            self.visits.add(row.visit)
        self.parties |= row.parties
        self.member_parties.add(row.parties)
        if row.precision in ("day", "week"):
            self.dated_parties[row.parties] += 1
        if row.place:
            self.places.add(row.place)
            if row.place_country:
                self.place_countries.add(row.place_country)
                if row.country_level:
                    self.named_countries.add(row.place_country)


def kind_family(kind: str) -> str:
    """`call`, `talks` (by phone or face to face), or `in_person` for a meeting or visit."""
    return "call" if kind in CALL_FAMILY else "talks" if kind in EITHER_FAMILY else "in_person"


def kinds_match(family: str, families: set) -> bool:
    """Talks go with a call or a meeting; a call never goes with a meeting or visit."""
    return family == "talks" or not ({"call", "in_person"} - {family}) & families


def parties_match(a: frozenset, b: frozenset) -> bool:
    """Two rows' parties agree: at least MIN_SHARED_PARTIES shared names and PARTY_SHARE of the larger set."""
    shared = len(a & b)
    return shared >= MIN_SHARED_PARTIES and shared >= PARTY_SHARE * max(len(a), len(b))


def _joins(row: _Row, group: _Group) -> bool:
    """A row naming one party joins a group that includes it; others need a member whose parties agree, by
    name or with officials read as their organisation, or a visit and a meeting of one trip (`visit_match`)."""
    if len(row.parties) == 1:
        return next(iter(row.parties)) in group.parties
    return any(parties_match(row.parties, member) or organisations_match(row.parties, member)
               for member in group.member_parties) or visit_match(row, group)


def visit_match(row: _Row, group: _Group) -> bool:
    """Rule merge:communication:visit-destination: a visit to a foreign state (`Macron → Ukraine`) and an in-person report of the visitor with parties of
    that country only (`Macron met Zelensky`), either way round: the state visited is a place, not a party."""
    if row.visit:
        visitor, state = row.visit
        return visitor in group.parties and "in_person" in group.families and any(
            p != state and home_of(p) == country_of(state) for p in group.parties)
    if row.family != "in_person":
        return False
    return any(visitor in row.parties and all(home_of(p) == country_of(state) for p in row.parties - {visitor})
               for visitor, state in group.visits)


def place_match(row: _Row, group: _Group) -> bool:
    """Places agree: the same place, one of them names none, or one names the country the other lies in
    (`met in Moscow` and `met in Russia`)."""
    if not row.place or not group.places or row.place in group.places:
        return True
    if not row.place_country:
        return False
    return row.place_country in (group.place_countries if row.country_level else group.named_countries)


def _place_country(place, code) -> tuple[str, bool]:
    """(ISO3 of the place, whether the place is that country itself)."""
    if not isinstance(code, str) or not code.strip():
        return "", False
    name = country_name(code.strip())
    return code.strip(), bool(name) and place_key(name) == place_key(place)


def _visit(kind: str, parties: frozenset, visitor: str, country: str) -> tuple:
    """(visitor, state) of a visit that names only the visitor and the foreign state it goes to, the place lying
    in that state; () for other rows."""
    if kind != "visit" or not country or home_of(visitor) == country or len(parties) != 2 or visitor not in parties:
        return ()
    (state,) = parties - {visitor}
    return (visitor, state) if country_of(state) == country else ()


def _rows(frame: pd.DataFrame) -> list[_Row]:
    start, end = day_numbers(frame["date"]), day_numbers(frame["date_end"])
    end = np.where(np.isnan(end), start, end)
    rows = []
    for i, (kind, speaker, addressees, co, place, code, precision, future, article, method) in enumerate(zip(
            frame["kind"], frame["speaker"], frame["addressees"], frame["co_speakers"], frame["place"],
            frame["place_country"], frame["date_precision"], frame["is_future"], frame["article_id"], frame["method"])):
        key = place_key(place)
        country, country_level = _place_country(place, code) if key else ("", False)
        parties = frozenset(party_key(p) for p in parties_of(speaker, addressees, co))
        visit = _visit(kind, parties, party_key(name_key(speaker)), country)
        rows.append(_Row(i, kind_family(kind), parties, key, country, country_level, start[i], end[i],
                         "day" if method in READOUT_METHODS and precision == "published" else str(precision),
                         bool(future) if future is not pd.NA else False, str(article), str(kind), visit))
    return rows


def _candidates(row: _Row, by_day: dict, days) -> list[_Group]:
    seen, out = set(), []
    for day in days:
        for group in by_day.get(day, ()):
            if id(group) not in seen:
                seen.add(id(group))
                out.append(group)
    return out


def _best(row: _Row, groups: list[_Group]) -> _Group | None:
    fits = [g for g in groups if _joins(row, g) and place_match(row, g)
            and kinds_match(row.family, g.families)]
    return max(fits, key=lambda g: (len(row.parties & g.parties), len(g.members)), default=None)


def _sides(parties: frozenset) -> frozenset:
    return frozenset(map(side_of, parties))


def _dated_pass(rows: list[_Row], groups: list[_Group], by_day: dict, *, one_party: bool) -> None:
    """Day- or week-dated rows: join the best group on an overlapping day, else start one (rows naming one
    party come last, so they find the groups of the rows that name two; among the day-dated rows of a day the
    sides most reported come first, so a contact's variants find its group: `NATO – Russia` before
    `Sherman – Stoltenberg – Russia`; week-dated rows keep their order)."""
    reported = Counter((r.start, _sides(r.parties)) for r in rows if r.precision == "day")
    for row in sorted(rows, key=lambda r: (len(r.parties) == 1, r.start, -reported[(r.start, _sides(r.parties))],
                                           r.index)):
        days = range(int(row.start), int(row.end) + 1)
        group = _best(row, _candidates(row, by_day, days)) if (one_party or len(row.parties) > 1) else None
        if group is None:
            group = _Group()
            groups.append(group)
        group.add(row)
        for day in days:
            if day not in group.days:
                group.days.add(day)
                by_day[day].append(group)


def _support(row: _Row, group: _Group) -> tuple[int, int]:
    """How many of the group's dated reports name exactly the row's parties, and how many name all of them (rows
    dated by their publication that joined before do not count, so the order of those rows does not matter)."""
    exact = group.dated_parties.get(row.parties, 0)
    return exact, sum(n for member, n in group.dated_parties.items() if _names_row(row, member))


def _dominant(row: _Row, groups: list[_Group]) -> _Group | None:
    """The only group, or the one with DOMINANT_FACTOR times the reports of the row's parties of any other:
    counting the reports that name exactly those parties, or else those that name all of them."""
    if len(groups) <= 1:
        return groups[0] if groups else None
    supports = [_support(row, g) for g in groups]
    for which in (0, 1):
        ranked = sorted(((s[which], i) for i, s in enumerate(supports)), reverse=True)
        if ranked[0][0] > 0 and ranked[0][0] >= DOMINANT_FACTOR * ranked[1][0]:
            return groups[ranked[0][1]]
    return None


def _published_fits(row: _Row, groups: list[_Group], days: range) -> list[_Group]:
    """The groups a publication-dated row may join: day-dated in its lag window, of agreeing kind and place, with
    a day- or week-dated report naming all its parties (`_names_row`)."""
    if len(row.parties) < MIN_SHARED_PARTIES:
        return []
    return [g for g in groups if g.exact_days.intersection(days) and place_match(row, g)
            and kinds_match(row.family, g.families) and (row.family == "talks" or row.family in g.families)
            and any(_names_row(row, member) for member in g.dated_parties)]


def _names_row(row: _Row, member: frozenset) -> bool:
    """A report names all the row's parties and at most PUBLISHED_EXTRA_PARTIES others (a row of two does not
    join the talks of four about them)."""
    return row.parties <= member and len(member) - len(row.parties) <= PUBLISHED_EXTRA_PARTIES


def _same_article(row: _Row, undated: dict) -> _Group | None:
    """The undated group of the row's article with the very same kind, tense and parties, and agreeing place."""
    group = undated.get((row.article, row.kind, row.is_future, row.parties))
    return group if group is not None and place_match(row, group) else None


def _published_pass(rows: list[_Row], groups: list[_Group], by_day: dict) -> None:
    """Rows dated by their publication: join the only (or dominant) group of their parties in the lag window,
    else the undated group of the same parties in their article, else stay alone."""
    undated: dict = {}
    for row in rows:
        days = (range(int(row.start), int(row.start) + PUBLISHED_LAG_DAYS + 1) if row.is_future
                else range(int(row.start) - PUBLISHED_LAG_DAYS, int(row.start) + 1))
        group = _dominant(row, _published_fits(row, _candidates(row, by_day, days), days))
        if group is None and len(row.parties) >= MIN_SHARED_PARTIES:
            group = _same_article(row, undated)
        if group is None:
            group = _Group()
            groups.append(group)
            undated.setdefault((row.article, row.kind, row.is_future, row.parties), group)
        group.add(row)


def group_communications(frame: pd.DataFrame) -> list[list[int]]:
    """Groups of positions in `frame` (call, meeting, talks and visit rows), one list per happening."""
    rows = _rows(frame)
    groups: list[_Group] = []
    by_day: dict = defaultdict(list)
    dated = [r for r in rows if r.parties and not np.isnan(r.start)]
    _dated_pass([r for r in dated if r.precision == "day"], groups, by_day, one_party=True)
    _dated_pass([r for r in dated if r.precision == "week"], groups, by_day, one_party=False)
    _published_pass([r for r in dated if r.precision == "published"], groups, by_day)
    grouped = {i for g in groups for i in g.members}
    return [g.members for g in groups] + [[r.index] for r in rows if r.index not in grouped]
