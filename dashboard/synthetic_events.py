"""Synthetic happenings for `dashboard.synthetic`: rows that report the same happening share an `event_id`, and
an `events` table (one row per happening, the schema's columns) is made from them.

Grouping follows what the rows say: a call, meeting, talks or visit between the same two countries in one week,
the same speaker saying the same thing in one week, the same actor's forces with one status at one place in one
week. Stray dates (1940, 2032) stand for misread dates: those rows are flagged `date_outlier`.
"""
from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from extract.corpus import KREMLIN, NEWS, PUBLIC_DOMAIN, UKRAINE, licence_label
from extract.schema import EVENT_KINDS, coerce

# Every 12th article (from the first, second, third) is a party's own text: White House, Kremlin, Ukraine's president.
OFFICIAL = (("The White House", "https://www.whitehouse.gov/briefing-room/", licence_label(PUBLIC_DOMAIN)),
            ("President of Russia", "http://en.kremlin.ru/events/president/news/", licence_label(KREMLIN)),
            ("President of Ukraine", "https://www.president.gov.ua/en/news/", licence_label(UKRAINE)))
NEWS_LICENCE = licence_label(NEWS)
STRAY_DATES = (pd.Timestamp("1940-06-22"), pd.Timestamp("2032-05-01"))
STRAY_EVERY, STRAY_AT = 250, (137, 61)  # statement i (movement i) with i % 250 == 137 (61) gets a stray date
PERSONS_NOT = {"Russia", "United States", "NATO", "United Kingdom", "Germany", "France", "Belarus", "Ukraine"}


def publish(articles: pd.DataFrame) -> pd.DataFrame:
    """`articles` with a `licence`: every 12th article (from the 1st, 2nd, 3rd) a party's own text, the rest news."""
    out = articles.copy()
    out["licence"] = NEWS_LICENCE
    index = np.arange(len(out))
    for i, (source, base, licence) in enumerate(OFFICIAL):
        at = index % 12 == i
        out.loc[at, "source"] = source
        out.loc[at, "licence"] = licence
        out.loc[at, "url"] = base + out.loc[at, "article_id"]
    return out


def stray_dates(frame: pd.DataFrame, at: int) -> pd.DataFrame:
    """`frame` with every 250th row (from row `at`) dated 1940 or 2032, alternately, and flagged `date_outlier`."""
    out = frame.copy()
    index = np.arange(len(out))
    stray = index % STRAY_EVERY == at
    dates = np.where((index // STRAY_EVERY) % 2 == 0, STRAY_DATES[0], STRAY_DATES[1])
    out["date_outlier"] = stray
    out.loc[stray, "date"] = dates[stray]
    out.loc[stray, "date_end"] = dates[stray]
    return out


def _week(dates: pd.Series) -> pd.Series:
    days = pd.to_datetime(dates).dt.normalize()
    return ((days - pd.Timestamp("1970-01-05")).dt.days // 7).astype("Int64").astype("string").fillna("undated")


def _event_ids(keys: pd.Series) -> pd.Series:
    lookup = {key: "ev-" + hashlib.sha1(key.encode()).hexdigest()[:12] for key in keys.unique()}
    return keys.map(lookup)


def _statement_reports(statements: pd.DataFrame) -> pd.DataFrame:
    s = statements
    other = s["addressee_countries"].map(lambda v: v[0] if len(v) else "")
    is_event = s["kind"].isin(EVENT_KINDS)
    pair = [("-".join(sorted({a or "", b or ""}))) for a, b in zip(s["speaker_country"].fillna(""), other)]
    keys = np.where(is_event, s["kind"] + "|" + pd.Series(pair, index=s.index),
                    "statement|" + s["speaker"].fillna("") + "|" + s["text"].fillna(""))
    week = _week(s["date"]).where(s["date"].notna(), "undated:" + s["statement_id"])
    parties = [[p] + list(a) if ev else [p] for p, a, ev in zip(s["speaker"], s["addressees"], is_event)]
    countries = [[c] + list(a) if ev else [c] for c, a, ev in zip(s["speaker_country"], s["addressee_countries"], is_event)]
    labels = np.where(is_event, s["kind"].str.capitalize() + ": " + pd.Series([" – ".join(p) for p in parties], index=s.index),
                      s["speaker"].fillna("") + ": " + s["text"].fillna("").str.slice(0, 70))
    return pd.DataFrame({
        "key": pd.Series(keys, index=s.index) + "|" + week, "row_id": s["statement_id"], "article_id": s["article_id"],
        "kind": np.where(is_event, s["kind"], "statement"), "label": labels, "date": s["date"], "date_end": s["date_end"],
        "date_precision": s["date_precision"], "parties": parties, "countries": countries, "text": s["text"],
        "is_future": s["is_future"].fillna(False).astype(bool), "date_outlier": s["date_outlier"].fillna(False).astype(bool),
    })


def _movement_reports(movements: pd.DataFrame) -> pd.DataFrame:
    m = movements
    place = m["destination_places"].map(lambda v: v[0] if len(v) else "")
    week = _week(m["date"]).where(m["date"].notna(), "undated:" + m["movement_id"])
    name = m["actor_name"].fillna(m["actor"]).fillna("")
    return pd.DataFrame({
        "key": "movement|" + m["actor"].fillna("") + "|" + place + "|" + m["status"].fillna("") + "|" + week,
        "row_id": m["movement_id"], "article_id": m["article_id"], "kind": "movement",
        "label": name + ": " + m["status"].fillna("").str.replace("_", " ") + " near " + place,
        "date": m["date"], "date_end": m["date_end"], "date_precision": m["date_precision"],
        "parties": name.map(lambda v: [v]), "countries": m["actor"].map(lambda v: [v] if isinstance(v, str) else []),
        "text": m["sentence"], "is_future": m["is_future"].fillna(False).astype(bool),
        "date_outlier": m["date_outlier"].fillna(False).astype(bool), "place": place.mask(place == ""),
        "actor": m["actor"], "destinations": m["destinations"], "status": m["status"], "troops": m["troops"].astype("Float64"),
        "lat": m["lat"], "lon": m["lon"],
    })


def _union(lists: pd.Series) -> list:
    return list(dict.fromkeys(x for values in lists for x in values if isinstance(x, str) and x))


def _dates_reported(reports: pd.DataFrame) -> pd.DataFrame:
    """Per event: the most reported day and every day as `YYYY-MM-DD: n`, most reported first."""
    counts = reports.dropna(subset=["date"]).groupby(["event_id", "date"]).size().rename("n").reset_index()
    counts = counts.sort_values(["event_id", "n", "date"], ascending=[True, False, True])
    counts["entry"] = counts["date"].dt.strftime("%Y-%m-%d") + ": " + counts["n"].astype(str)
    out = counts.groupby("event_id").agg(date=("date", "first"), dates_reported=("entry", list))
    return out


def events_from(reports: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The events table of `reports` (one row per `event_id`); the best report is a party's own text before news."""
    arts = articles.drop_duplicates("article_id").set_index("article_id")
    reports = reports.assign(source=reports["article_id"].map(arts["source"]),
                             published=reports["article_id"].map(arts["published"]),
                             own=reports["article_id"].map(arts["licence"]).ne(NEWS_LICENCE).fillna(False))
    best = reports.sort_values(["own"], ascending=False, kind="stable").drop_duplicates("event_id").set_index("event_id")
    first = reports.sort_values("published", kind="stable").drop_duplicates("event_id").set_index("event_id")
    groups = reports.groupby("event_id")
    events = pd.DataFrame({
        "n_reports": groups.size(), "n_articles": groups["article_id"].nunique(), "n_outlets": groups["source"].nunique(),
        "date_end": groups["date_end"].max(), "is_future": groups["is_future"].all(), "date_outlier": groups["date_outlier"].any(),
        "parties": groups["parties"].agg(_union), "countries": groups["countries"].agg(_union),
    })
    events = events.join(_dates_reported(reports))
    events["people"] = events["parties"].map(lambda names: [n for n in names if n not in PERSONS_NOT])
    events["first_published"], events["first_article_id"] = first["published"], first["article_id"]
    for column in ("kind", "label", "date_precision", "place", "actor", "destinations", "status", "lat", "lon"):
        if column in best:
            events[column] = best[column]
    events["best_row_id"], events["best_text"] = best["row_id"], best["text"]
    if "troops" in reports:
        troops = groups["troops"]
        events["troops_min"], events["troops_median"], events["troops_max"] = troops.min(), troops.median(), troops.max()
    events["place_country"] = events.get("destinations", pd.Series(dtype=object)).map(
        lambda v: v[0] if isinstance(v, list) and v else None)
    return coerce(events.reset_index(), "events")


def with_events(articles: pd.DataFrame, statements: pd.DataFrame,
                movements: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(statements, movements) with their `event_id`, and the `events` table they make up."""
    parts = [frame for frame in (_statement_reports(statements), _movement_reports(movements)) if not frame.empty]
    if not parts:
        return statements, movements, coerce(pd.DataFrame(), "events")
    reports = pd.concat(parts, ignore_index=True)
    reports["event_id"] = _event_ids(reports["key"])
    ids = reports.set_index("row_id")["event_id"]
    statements = statements.assign(event_id=statements["statement_id"].map(ids))
    movements = movements.assign(event_id=movements["movement_id"].map(ids))
    return statements, movements, events_from(reports, articles)
