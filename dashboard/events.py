"""Happenings on the timeline: one mark per event (a call reported by 34 articles is one mark), its lane, and
its reports grouped by outlet or by the party whose government published them.

`event_marks` turns the timeline's rows (`timeline.timeline_rows`, each with its `event`: the `event_id`, or its
own row id when it has none) into one mark per event, named from the `events` table where it has the event.
`main_countries` picks the lanes (the countries with most events; the rest go under `OTHERS`).
"""
from __future__ import annotations

import pandas as pd

from extract.corpus import ships_text
from extract.countries import country_name

from .colors import KIND_LABELS
from .data import is_outlier

OTHERS = "Others"
DEFAULT_LANES = 8
MARK_COLUMNS = ["event", "kind", "label", "date", "parties", "countries", "n_reports", "n_outlets", "is_future",
                "best_row_id", "title", "url", "lane"]
# The party whose government publishes a text, found in its licence (else its link or outlet name).
PUBLISHERS = (("whitehouse.gov", "USA"), ("white house", "USA"), ("kremlin.ru", "RUS"), ("president of russia", "RUS"),
              ("president.gov.ua", "UKR"), ("president of ukraine", "UKR"))
ACCOUNT_KINDS = ("call", "meeting", "talks", "visit")


def _row_label(first: pd.DataFrame) -> pd.Series:
    kind = first["kind"].map(KIND_LABELS).fillna(first["kind"])
    text = first["text"].str.slice(0, 90)
    return first["who"] + " · " + kind + ": " + text


def event_marks(rows: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One mark per event of `rows`: its label, date, parties and countries from `events` when it is there (else
    from its first row), and `n_reports` / `n_outlets` counted over `rows` (what the filters leave)."""
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in MARK_COLUMNS})
    ordered = rows.sort_values("date", kind="stable")
    groups = ordered.groupby("event", sort=False)
    first = groups.head(1).set_index("event")
    marks = pd.DataFrame({"n_reports": groups.size(), "n_outlets": groups["source"].nunique(),
                          "is_future": groups["is_future"].all()})
    marks = marks.join(first[["kind", "date", "who", "actor", "text", "row_id", "title", "url"]])
    known = events.drop_duplicates("event_id").set_index("event_id").reindex(marks.index)
    marks["label"] = known["label"].astype("string").fillna(_row_label(marks))
    marks["date"] = known["date"].where(known["date"].notna() & ~is_outlier(known), marks["date"])
    marks["parties"] = known["parties"].where(known["parties"].map(lambda v: isinstance(v, list) and bool(v)),
                                              marks["who"].map(lambda v: [v] if v else []))
    marks["countries"] = known["countries"].where(known["countries"].map(lambda v: isinstance(v, list) and bool(v)),
                                                  marks["actor"].map(lambda v: [v] if v else []))
    best = known["best_row_id"].astype("string")
    marks["best_row_id"] = best.where(best.isin(rows["row_id"]), marks["row_id"])
    arts = rows.drop_duplicates("row_id").set_index("row_id")
    marks["title"], marks["url"] = arts["title"].reindex(marks["best_row_id"]).to_numpy(), arts["url"].reindex(marks["best_row_id"]).to_numpy()
    marks = marks.rename_axis("event").reset_index()
    marks["lane"] = ""
    return marks[MARK_COLUMNS].sort_values("date", kind="stable").reset_index(drop=True)


def main_countries(marks: pd.DataFrame, n: int) -> list[str]:
    """The `n` countries or organisations that take part in most events (ties by code)."""
    counts = marks["countries"].explode().dropna()
    counts = counts[counts.astype(str).str.len() > 0].value_counts()
    return sorted(counts.index, key=lambda c: (-counts[c], c))[: max(0, n)]


def lane_name(code: str) -> str:
    return country_name(code) or code


def mark_lanes(countries: pd.Series, main: list[str]) -> pd.Series:
    """Each mark's lane: the name of its first country among `main`, else `OTHERS`."""
    wanted = set(main)

    def lane(codes) -> str:
        for code in codes if isinstance(codes, list) else []:
            if code in wanted:
                return lane_name(code)
        return OTHERS

    return countries.map(lane).astype(str)


def row_lanes(actors: pd.Series, main: list[str]) -> pd.Series:
    """Each row's lane (one mark per report): its actor's name when among `main`, else `OTHERS`."""
    lookup = {code: lane_name(code) for code in main}
    return actors.map(lookup).fillna(OTHERS).astype(str)


def lane_list(main: list[str], lanes: pd.Series) -> list[str]:
    """The lanes in order (most events first), only those with a mark, `OTHERS` last."""
    present = set(lanes)
    return [lane_name(code) for code in main if lane_name(code) in present] + ([OTHERS] if OTHERS in present else [])


def reports_by_outlet(rows: pd.DataFrame, events: list[str]) -> list[tuple[str, list[str]]]:
    """The rows reporting `events`, as (outlet, row ids by date) per outlet, the outlet with most reports first."""
    chosen = rows[rows["event"].isin(events)].sort_values("date", kind="stable")
    outlet = chosen["source"].where(chosen["source"] != "", "(unknown outlet)")
    groups = [(name, list(group["row_id"])) for name, group in chosen.groupby(outlet, sort=False)]
    return sorted(groups, key=lambda item: (-len(item[1]), item[0]))


def publisher_country(licence: str, url: str = "", source: str = "") -> str | None:
    """The party whose government published a text that may ship (White House → USA, Kremlin → RUS,
    president.gov.ua → UKR), from its licence, else its link or outlet; None for news and one's own inputs."""
    if not ships_text(licence):
        return None
    for text in (licence, url, source):
        low = str(text or "").lower()
        for needle, code in PUBLISHERS:
            if needle in low:
                return code
    return None


def party_accounts(rows: pd.DataFrame, event: str, kind: str) -> dict[str, list[str]]:
    """For a call, meeting, talks or visit: each party's own account ({country: row ids}) among the reports of
    `event`, a report counting for the government that published its article; empty for other kinds."""
    if kind not in ACCOUNT_KINDS:
        return {}
    chosen = rows[rows["event"] == event]
    accounts: dict[str, list[str]] = {}
    for row_id, licence, url, source in zip(chosen["row_id"], chosen["licence"], chosen["url"], chosen["source"]):
        code = publisher_country(licence, url, source)
        if code:
            accounts.setdefault(code, []).append(row_id)
    return dict(sorted(accounts.items()))

