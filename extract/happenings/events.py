"""The `events` table: one row per happening, summarising the rows that report it.

Its date is the day most reports give (the best report's on a tie) and `dates_reported` keeps every other
day; its best report is a party's own text (a government release) before news, then the most complete row.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple
from urllib.parse import urlparse

import pandas as pd

from ..corpus import ships_text
from ..countries import country_code, country_name
from ..schema import EVENT_KINDS, to_frame
from .keys import name_key
from .window import Window, outliers

SPEECH_LABEL = "Statement: "  # a speech act's label: "Statement: <speaker>" (the Overview adds what was said)
MAX_LABEL_PARTIES = 4  # a label names at most this many parties, then `+n`
LABEL_PARTY_SHARE = 0.3  # a label names the parties at least this share of the reports name (at least two)


class Source(NamedTuple):
    """What an event needs of an article: when it appeared, in which outlet, and whether a party wrote it."""

    published: pd.Timestamp | None
    outlet: str
    own_text: bool


def article_sources(articles: pd.DataFrame) -> dict[str, Source]:
    """Each article's Source: its outlet is `source`, else the URL's host, else the article itself."""
    out = {}
    for aid, published, source, url, licence in zip(articles["article_id"], articles["published"], articles["source"],
                                                    articles["url"], articles["licence"]):
        host = urlparse(url).netloc.removeprefix("www.") if isinstance(url, str) else ""
        outlet = source if isinstance(source, str) and source else host or f"article {aid}"
        out[str(aid)] = Source(None if pd.isna(published) else pd.Timestamp(published), outlet,
                               ships_text(licence if isinstance(licence, str) else None))
    return out


def _ranked(rows: list[dict]) -> list[dict]:
    """Best report first: a party's own text, a day-exact date, a place, more parties, a longer text, then id."""
    return sorted(rows, key=lambda r: (not r["own_text"], r["date_precision"] != "day", not r["place"],
                                       -len(r["parties"]), -len(r["text"]), r["row_id"]))


def _by_count(values) -> list:
    """Distinct values, most frequent first (first seen on a tie)."""
    counts = Counter(values)
    order = {v: i for i, v in reversed(list(enumerate(values)))}
    return sorted(counts, key=lambda v: (-counts[v], order[v]))


def _dates(rows: list[dict], best: dict) -> dict:
    """date, date_end, date_precision and dates_reported from the day-exact reports (all dated ones if none is)."""
    dated = [r for r in rows if r["date"] is not None]
    exact = [r for r in dated if r["date_precision"] == "day"] or dated
    if not exact:
        return {"date": None, "date_end": None, "date_precision": best["date_precision"], "dates_reported": []}
    counts = Counter(r["date"] for r in exact)
    top = max(counts.values())
    tied = sorted(d for d, n in counts.items() if n == top)
    date = best["date"] if best["date"] in tied else tied[0]
    ends = [r["date_end"] for r in exact if r["date_end"] is not None]
    reported = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return {"date": date, "date_end": max([date, *ends]),
            "date_precision": _by_count([r["date_precision"] for r in exact])[0],
            "dates_reported": [f"{d:%Y-%m-%d}: {n}" for d, n in reported]}


def _sources(rows: list[dict], sources: dict[str, Source]) -> dict:
    articles = sorted({r["article_id"] for r in rows})
    known = [(sources[a].published, a) for a in articles if a in sources and sources[a].published is not None]
    first = min(known) if known else (None, articles[0])
    return {"n_reports": len(rows), "n_articles": len(articles),
            "n_outlets": len({sources[a].outlet if a in sources else a for a in articles}),
            "first_published": first[0], "first_article_id": first[1]}


def _kind(rows: list[dict]) -> str:
    """The most reported kind, talks only when no report says call, meeting or visit (talks may be either)."""
    counts = Counter(r["kind"] for r in rows if r["kind"] != "talks") or Counter(r["kind"] for r in rows)
    return min(counts, key=lambda k: (-counts[k], EVENT_KINDS.index(k) if k in EVENT_KINDS else 99))


def _names(parties: list[str]) -> str:
    more = len(parties) - MAX_LABEL_PARTIES
    return " – ".join(parties[:MAX_LABEL_PARTIES]) + (f" +{more}" if more > 0 else "")


def _common(rows: list[dict], sources: dict[str, Source]) -> tuple[dict, dict]:
    best = _ranked(rows)[0]
    places = _by_count([r["place"] for r in rows if r["place"]])
    place_country = next((r["place_country"] for r in rows if places and r["place"] == places[0]), None)
    return best, {**_dates(rows, best), **_sources(rows, sources), "best_row_id": best["row_id"],
                  "best_text": best["text"], "place": places[0] if places else None, "place_country": place_country,
                  "is_future": all(r["is_future"] for r in rows), "date_outlier": all(r["date_outlier"] for r in rows)}


def communication_event(rows: list[dict], sources: dict[str, Source], person: dict[str, bool]) -> dict:
    """The events row of a call, meeting, talks or visit."""
    best, event = _common(rows, sources)
    kind = _kind(rows)
    named = [p for r in sorted(rows, key=lambda r: r["row_id"]) for p in r["party_order"]]
    parties = _by_count(named)
    counts = Counter(named)
    shown = [p for i, p in enumerate(parties) if i < 2 or counts[p] >= LABEL_PARTY_SHARE * len(rows)]
    countries = _by_count([c for r in rows for c in r["countries"]])
    label = (f"Visit: {_names(parties[:1])} to {event['place']}" if kind == "visit" and event["place"]
             else f"{kind.capitalize()}: {_names(shown)}")
    return {**event, "kind": kind, "label": label, "parties": parties, "countries": countries,
            "people": [p for p in parties if _is_person(p, person)]}


def statement_event(rows: list[dict], sources: dict[str, Source], person: dict[str, bool]) -> dict:
    """The events row of one speech act."""
    best, event = _common(rows, sources)
    speaker = best["parties"][0] if best["parties"] else "anonymous"
    return {**event, "kind": "statement", "label": f"{SPEECH_LABEL}{speaker}", "parties": list(best["parties"]),
            "countries": _by_count([c for r in rows for c in r["countries"]]),
            "people": [p for p in best["parties"] if _is_person(p, person)]}


def movement_event(rows: list[dict], sources: dict[str, Source]) -> dict:
    """The events row of one deployment."""
    best, event = _common(rows, sources)
    actor = _by_count([r["actor"] for r in rows if r["actor"]])
    destinations = _by_count([d for r in rows for d in r["destinations"]])
    places = _by_count([p for r in rows for p in r["destination_places"]])
    troops = sorted(r["troops"] for r in rows if r["troops"] is not None)
    points = _by_count([(r["lat"], r["lon"]) for r in rows if r["lat"] is not None and r["lon"] is not None])
    name = country_name(actor[0]) or actor[0] if actor else "Unknown actor"
    return {**event, "kind": "movement", "label": _movement_label(name, troops, best, destinations, places),
            "parties": [name] if actor else [], "countries": actor[:1], "people": [], "actor": actor[0] if actor else None,
            "destinations": destinations, "status": best["status"], "place": places[0] if places else None,
            "place_country": destinations[0] if places and len(destinations) == 1 else None,
            "troops_min": troops[0] if troops else None, "troops_max": troops[-1] if troops else None,
            "troops_median": float(pd.Series(troops).median()) if troops else None,
            "lat": points[0][0] if points else None, "lon": points[0][1] if points else None}


def _movement_label(name: str, troops: list, best: dict, destinations: list, places: list) -> str:
    count = f"{int(pd.Series(troops).median()):,} " if troops else ""
    force = best["force"] or "forces"
    where = places[:1] or [country_name(d) or d for d in destinations[:2]]
    status = (best["status"] or "moved").replace("_", " ")
    if not where:
        return f"{name}: {count}{force} {status}"
    near = best["place_precision"] == "border"
    preposition = "from" if status == "withdrawn" else "near" if near else "in"
    return f"{name}: {count}{force} {status} {preposition} {' and '.join(where)}"


def _is_person(name: str, person: dict[str, bool]) -> bool:
    """A party is a person when it speaks as one somewhere in the data, or (never a speaker) when it is a
    two-word name that is no country."""
    if name in person:
        return person[name]
    return " " in name and country_code(name, adjectives=False) is None


def speaker_types(statements: pd.DataFrame) -> dict[str, bool]:
    """Name -> whether the data's statements call it a person (its most common speaker_type)."""
    pairs = Counter(zip(statements["speaker"].map(name_key), statements["speaker_type"].astype(str)))
    best: dict[str, tuple[int, bool]] = {}
    for (name, kind), n in pairs.items():
        if n > best.get(name, (0, False))[0]:
            best[name] = (n, kind == "person")
    return {name: is_person for name, (_, is_person) in best.items()}


def events_frame(records: list[dict], window: Window | None) -> pd.DataFrame:
    """The events rows as the documented table in date order; an event is a date outlier when its date lies far
    outside the window or every report of it is an outlier (its earlier reports may be announcements)."""
    frame = to_frame(records, "events")
    no_publication = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[s]")
    far = outliers(frame["date"], no_publication, frame["is_future"], window)
    frame["date_outlier"] = (frame["date_outlier"].fillna(False) | far).astype("boolean")
    return frame.sort_values(["date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)
