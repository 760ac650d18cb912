"""One event per happening: the rows of every article that report the same call, meeting, talks, visit,
speech act or deployment get one `event_id`, and the `events` table gets one row per happening.

`add_happenings(tables)` fills `event_id` and `date_outlier` of `statements` and `movements` and makes `events`
(pure pandas: no spaCy). The merge rules, with their reasons and examples, are `rules.RULES` (docs/events.md).
"""
from __future__ import annotations

import hashlib

import pandas as pd

from ..schema import EVENT_KINDS, coerce
from .communication import group_communications
from .events import article_sources, communication_event, events_frame, movement_event, speaker_types, statement_event
from .keys import name_key
from .movements import group_movements
from .speech import group_speech
from .window import data_window, outliers

__all__ = ["add_happenings", "event_id"]


def event_id(family: str, row_ids) -> str:
    """`ev-` and 12 hex digits of a hash of the rule family and the group's smallest row id: the same rows give
    the same id in every rebuild."""
    return "ev-" + hashlib.sha1(f"{family}|{min(row_ids)}".encode()).hexdigest()[:12]


def _value(value):
    return None if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value) else value


def _statement_rows(frame: pd.DataFrame, sources: dict) -> list[dict]:
    rows = []
    for r in frame.itertuples(index=False):
        party_order = [name_key(r.speaker), *map(name_key, r.addressees), *map(name_key, r.co_speakers)]
        party_order = [p for p in dict.fromkeys(party_order) if p and p != "anonymous"]
        countries = [c for c in dict.fromkeys([_value(r.speaker_country), *r.addressee_countries]) if c]
        source = sources.get(str(r.article_id))
        rows.append({"row_id": r.statement_id, "article_id": str(r.article_id), "kind": r.kind,
                     "date": _value(r.date), "date_end": _value(r.date_end), "date_precision": str(r.date_precision),
                     "place": name_key(_value(r.place)), "place_country": _value(r.place_country),
                     "is_future": bool(_value(r.is_future)), "text": _value(r.text) or "",
                     "parties": party_order[:1] if r.kind in ("direct_quote", "reported_speech") else party_order,
                     "party_order": party_order, "countries": countries, "own_text": bool(source and source.own_text),
                     "date_outlier": bool(r.date_outlier)})
    return rows


def _movement_rows(frame: pd.DataFrame, sources: dict) -> list[dict]:
    rows = []
    for r in frame.itertuples(index=False):
        source = sources.get(str(r.article_id))
        rows.append({"row_id": r.movement_id, "article_id": str(r.article_id), "date": _value(r.date),
                     "date_end": _value(r.date_end), "date_precision": str(r.date_precision), "place": "",
                     "place_country": None, "is_future": bool(_value(r.is_future)), "text": _value(r.sentence) or "",
                     "parties": [r.actor] if _value(r.actor) else [], "actor": _value(r.actor),
                     "destinations": list(r.destinations), "destination_places": list(r.destination_places),
                     "troops": _value(r.troops), "lat": _value(r.lat), "lon": _value(r.lon), "status": _value(r.status),
                     "force": _value(r.force), "place_precision": _value(r.place_precision),
                     "own_text": bool(source and source.own_text), "date_outlier": bool(r.date_outlier)})
    return rows


def add_happenings(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """`tables` with `event_id` and `date_outlier` filled in `statements` and `movements`, and an `events` table."""
    statements, movements = coerce(tables["statements"], "statements"), coerce(tables["movements"], "movements")
    articles = coerce(tables["articles"], "articles")
    sources = article_sources(articles)
    person = speaker_types(statements)
    window = data_window(articles)
    records: list[dict] = []
    for frame, table in ((statements, "statements"), (movements, "movements")):
        published = frame["article_id"].astype(str).map({a: s.published for a, s in sources.items()})
        frame["date_outlier"] = outliers(frame["date"], published, frame["is_future"], window)
    communication = statements["kind"].isin(EVENT_KINDS).to_numpy()
    plan = [(statements[communication], "communication", group_communications),
            (statements[~communication], "statement", group_speech), (movements, "movement", group_movements)]
    ids = {"statements": pd.Series(pd.NA, index=statements.index, dtype="object"),
           "movements": pd.Series(pd.NA, index=movements.index, dtype="object")}
    for part, family, group in plan:
        rows = _movement_rows(part, sources) if family == "movement" else _statement_rows(part, sources)
        labels = [None] * len(part)
        for positions in group(part):
            members = [rows[p] for p in positions]
            eid = event_id(family, [m["row_id"] for m in members])
            for p in positions:
                labels[p] = eid
            records.append({**_event(family, members, sources, person), "event_id": eid})
        ids["movements" if family == "movement" else "statements"].loc[part.index] = labels
    statements["event_id"] = ids["statements"].astype("string")
    movements["event_id"] = ids["movements"].astype("string")
    events = events_frame(records, window)
    return {**tables, "statements": statements, "movements": movements, "events": events}


def _event(family: str, members: list[dict], sources: dict, person: dict) -> dict:
    if family == "communication":
        return communication_event(members, sources, person)
    if family == "statement":
        return statement_event(members, sources, person)
    return movement_event(members, sources)
