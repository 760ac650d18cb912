"""Movement reports merged into deployments: one per actor and place, however many articles report it.

The whole corpus reports the same deployment in dozens of articles ("more than 100,000 troops near Ukraine"),
so the map and the troops tables count each actor's presence at a place once, with the range of the numbers
reported. Every report of one happening (the rows sharing an `event_id`; a row without one is its own) is put
at the happening's most reported point, then the reports are grouped by actor and point (rounded to 0.1°).
A deployment's status is its latest report's as of the chosen day. `hold_back` keeps the noise off the map
by default: a place with one report and no number, and actors outside the main ones (`config.map_actors`).
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Sequence

import pandas as pd

from extract.countries import country_name

from .borders import border_label, place_on_borders
from .colors import GROUP_ORDER, status_group
from .counts import counted

KEYS = ["_actor", "_glat", "_glon"]
DEPLOYMENT_COLUMNS = ["movement_id", "actor", "actor_label", "lat", "lon", "place", "status", "group", "troops_min",
                      "troops_max", "troops_median", "troops_words", "n_reports", "n_articles", "n_events", "first_date",
                      "last_date", "origin_lat", "origin_lon", "movement_ids", "sentence", "article_id"]
QUALIFIER_WORDS = {"exact": "", "about": "about ", "nearly": "nearly ", "more than": "more than ", "up to": "up to ",
                   "at least": "at least ", "fewer than": "fewer than ", "range": "at least "}  # a range's troops is its low end
NO_NUMBER = "no number given"


class HeldBack(NamedTuple):
    """Deployments left off the map: `single` (one report, no number) and `others` (actors outside the main
    ones), each counted as what its toggle would add."""

    single: int
    others: int


def held_caption(held: HeldBack, *, single: bool, others: bool) -> str:
    """The map's view choices as a line of text for the sidebar (their toggles sit in a popover)."""
    def part(label: str, n: int, shown: bool) -> str:
        return f"{label} {'shown' if shown else 'hidden'} ({n:,})"

    return part("Single reports without a number", held.single, single) + "; " + part("other actors", held.others, others)


def actor_label(code) -> str:
    """The readable name of an actor code ("Unknown actor" when empty)."""
    return (country_name(code) or str(code)) if isinstance(code, str) and code.strip() else "Unknown actor"


def mappable(movements: pd.DataFrame) -> pd.DataFrame:
    """Movements with coordinates (the others cannot be drawn)."""
    return movements[movements["lat"].notna() & movements["lon"].notna()]


def without_outliers(movements: pd.DataFrame) -> pd.DataFrame:
    """The rows whose date is not flagged as far outside the data's window (`date_outlier`)."""
    return movements[~movements["date_outlier"].fillna(False).astype(bool)]


def place_label(row) -> str:
    """Where a report puts its forces: its named places, else its countries; a border place by its border."""
    named = list(row["destination_places"])
    border = row.get("border")
    if border:  # a border place (see `borders.place_on_borders`)
        return border_label(border, country_name) + (f" ({', '.join(named)})" if named else "")
    return ", ".join(named or [country_name(c) or c for c in row["destinations"]]) or "—"


def event_points(rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` with `_lat`, `_lon`: the most reported point of the happening each row reports (`event_id`; a
    row without one is its own happening), so that every report of one deployment lands at one place."""
    event = rows["event_id"].astype("string").fillna(rows["movement_id"].astype("string"))
    frame = pd.DataFrame({"ev": event, "plat": rows["lat"].astype(float).round(1), "plon": rows["lon"].astype(float).round(1),
                          "lat": rows["lat"].astype(float), "lon": rows["lon"].astype(float)}, index=rows.index)
    counts = frame.groupby(["ev", "plat", "plon"], sort=True).agg(n=("lat", "size"), lat=("lat", "first"), lon=("lon", "first"))
    best = counts.reset_index().sort_values(["ev", "n", "plat", "plon"], ascending=[True, False, True, True], kind="stable")
    best = best.drop_duplicates("ev").set_index("ev")
    return rows.assign(_ev=event.to_numpy(), _lat=event.map(best["lat"]).to_numpy(dtype=float),
                       _lon=event.map(best["lon"]).to_numpy(dtype=float))


def troops_words(low, high, qualifier) -> str:
    """A deployment's reported numbers in words: "8,500–10,000", "about 100,000" (one number, one
    qualifier), or "no number given"."""
    if pd.isna(low):
        return NO_NUMBER
    if pd.isna(high) or int(low) == int(high):
        prefix = QUALIFIER_WORDS.get(qualifier, "") if isinstance(qualifier, str) else ""
        return f"{prefix}{int(low):,}"
    return f"{int(low):,}–{int(high):,}"


def _empty() -> pd.DataFrame:
    return pd.DataFrame({column: pd.Series(dtype=object) for column in DEPLOYMENT_COLUMNS})


def _lowest_qualifier(rows: pd.DataFrame) -> pd.Series:
    """Per group, the qualifier of the reports that give its lowest number when they share one ("about")."""
    numbered = rows[rows["_has"]]
    low = numbered[numbered["troops"] == numbered.groupby(KEYS)["troops"].transform("min")]
    low = low.assign(_q=low["troops_qualifier"].astype("string").fillna("exact").replace("", "exact"))
    kinds = low.groupby(KEYS)["_q"].agg(["nunique", "first"])
    return kinds["first"].where(kinds["nunique"] == 1)


def merge_reports(rows: pd.DataFrame) -> pd.DataFrame:
    """One deployment per actor and point (`_lat`/`_lon` from `event_points`), its numbers' range and median,
    its reports, articles and happenings, and its latest report (status, sentence, place)."""
    rows = rows.assign(_actor=rows["actor"].astype("string").fillna(""), _glat=rows["_lat"].round(1),
                       _glon=rows["_lon"].round(1), _has=rows["troops"].notna())
    rows = rows.sort_values(["date", "_has"], kind="stable", na_position="first")  # the last row of a group is its latest
    groups = rows.groupby(KEYS, sort=False)
    out = groups.agg(troops_min=("troops", "min"), troops_max=("troops", "max"), troops_median=("troops", "median"),
                     n_reports=("movement_id", "size"), n_articles=("article_id", "nunique"), n_events=("_ev", "nunique"),
                     first_date=("date", "min"), last_date=("date", "max"), lat=("_lat", "first"), lon=("_lon", "first"),
                     origin_lat=("origin_lat", "last"), origin_lon=("origin_lon", "last"))
    latest = groups.tail(1).set_index(KEYS)
    out["movement_ids"] = rows.iloc[::-1].groupby(KEYS, sort=False)["movement_id"].agg(list)  # newest first
    out["qualifier"] = _lowest_qualifier(rows).reindex(out.index)
    for column in ("movement_id", "actor", "status", "sentence", "article_id"):
        out[column] = latest[column].reindex(out.index)
    out["place"] = [place_label(r) for _, r in latest.reindex(out.index).iterrows()]
    out["actor_label"] = out["actor"].map(actor_label)
    out["group"] = out["status"].map(status_group).astype(str)
    out["troops_words"] = [troops_words(lo, hi, q) for lo, hi, q in zip(out["troops_min"], out["troops_max"], out["qualifier"])]
    return out.reset_index(drop=True)[DEPLOYMENT_COLUMNS].sort_values("last_date", kind="stable").reset_index(drop=True)


def situation(movements: pd.DataFrame, as_of: dt.date | None, *, outliers: bool = False) -> pd.DataFrame:
    """The deployments as of `as_of` (every dated report when None): the mappable reports dated on or before
    it, merged per actor and place (`merge_reports`); rows flagged `date_outlier` only with `outliers`."""
    rows = mappable(movements if outliers else without_outliers(movements))
    if rows.empty:
        return _empty()
    rows = event_points(place_on_borders(rows))  # "around Ukraine" is drawn on the border, not at Kyiv
    if as_of is not None:
        rows = rows[rows["date"].notna() & (rows["date"] <= pd.Timestamp(as_of))]
    return merge_reports(rows) if not rows.empty else _empty()


def is_single_unnumbered(deployments: pd.DataFrame) -> pd.Series:
    """Deployments known from one report that gives no number (the noise of a large corpus)."""
    return ((deployments["n_reports"] <= 1) & deployments["troops_min"].isna()).astype(bool)


def is_other_actor(deployments: pd.DataFrame, main: Sequence[str]) -> pd.Series:
    """Deployments of actors outside `main` (drawn as "Other" when shown)."""
    return (~deployments["actor"].isin(list(main))).fillna(True).astype(bool)


def hold_back(deployments: pd.DataFrame, main: Sequence[str], *, single: bool = False,
              others: bool = False) -> tuple[pd.DataFrame, HeldBack]:
    """The deployments the map shows (single unnumbered reports only with `single`, actors outside `main` only
    with `others`), and how many each toggle would add."""
    lone, other = is_single_unnumbered(deployments), is_other_actor(deployments, main)
    keep = (single | ~lone) & (others | ~other)
    held = HeldBack(int((lone & (others | ~other)).sum()), int((other & (single | ~lone)).sum()))
    return deployments[keep], held


def troop_cell(deployments: pd.DataFrame) -> str:
    """Some deployments' troops in words: one's range ("about 100,000 (30 reports)"); of several, the largest's
    range ("100,000–130,000 at the largest of 2 places (45 reports)"), never their sum: the places of one actor
    nest and overlap (a city, its region, the border around the country), and adding them counted Russia's
    forces six times over. Places without a number are counted: unknown is not zero."""
    if deployments.empty:
        return ""
    numbered = deployments[deployments["troops_min"].notna()]
    places, reports = len(deployments), int(deployments["n_reports"].sum())
    notes = [counted(places, "place")] if places > 1 else []
    if numbered.empty:
        text = NO_NUMBER
    elif len(numbered) == 1:
        text = numbered["troops_words"].iloc[0]
    else:
        largest = numbered.sort_values(["troops_median", "troops_max"], ascending=False, kind="stable").iloc[0]
        text, notes = f"{largest['troops_words']} at the largest of {places:,} places", []
    notes += [counted(reports, "report")] if reports > 1 or numbered.empty else []
    if len(numbered) and places > len(numbered):
        notes.append(f"{places - len(numbered):,} without a number")
    return text + (f" ({', '.join(notes)})" if notes else "")


def troops_by_actor(deployments: pd.DataFrame, *, single: bool = False) -> pd.DataFrame:
    """Per actor and status group (each deployment under its latest status), the troops as `troop_cell` words,
    for the Overview and the map page; one report without a number only with `single`; the actors with the most
    troops in place first."""
    if not single and len(deployments):
        deployments = deployments[~is_single_unnumbered(deployments)]
    if deployments.empty:
        return pd.DataFrame(columns=["actor", *GROUP_ORDER])
    table, order = [], []
    for label, part in deployments.groupby("actor_label", sort=False):
        groups = {group: part[part["group"] == group] for group in GROUP_ORDER}
        table.append({"actor": label, **{group: troop_cell(g) for group, g in groups.items()}})
        order.append(tuple(-float(g["troops_median"].fillna(0).max() if len(g) else 0) for g in groups.values())
                     + (-int(part["n_reports"].sum()), label))
    return pd.DataFrame([table[i] for i in sorted(range(len(table)), key=order.__getitem__)], columns=["actor", *GROUP_ORDER])


def deployments_table(deployments: pd.DataFrame) -> pd.DataFrame:
    """The deployments on the map as a readable table, the latest reported first."""
    return pd.DataFrame({
        "actor": deployments["actor_label"], "place": deployments["place"],
        "status": deployments["status"].astype("string").str.replace("_", " "), "troops": deployments["troops_words"],
        "median": deployments["troops_median"].astype("Float64"), "reports": deployments["n_reports"].astype("Int64"),
        "articles": deployments["n_articles"].astype("Int64"), "first reported": deployments["first_date"],
        "last reported": deployments["last_date"], "latest report": deployments["sentence"],
        "movement_id": deployments["movement_id"],
    }).sort_values(["last reported", "reports"], ascending=False, kind="stable").reset_index(drop=True)
