"""The yardstick of the timeline: the crisis's landmark diplomatic events (`resources/landmarks.csv`) and
whether the `events` table shows each as one event on its day with its parties.

`python -m extract.landmarks [DATA_DIR]` prints one line per landmark and a summary (docs/events.md).
Pure pandas: no spaCy, so it runs on any built `data/` folder.
"""
from __future__ import annotations

import csv
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .actor_table import ACTORS_CSV, read_actor_rows
from .actor_words import ORGANISATION_CODES
from .schema import read_table

LANDMARKS_CSV = Path(__file__).parent / "resources" / "landmarks.csv"
LANDMARK_KINDS = ("call", "meeting", "talks", "visit")
IN_PERSON = frozenset({"meeting", "talks", "visit"})  # compatible with each other; a call only with a call
NEAR_DAYS = 3  # an event this many days off the landmark's span is reported as `wrong-day`
STATUSES = ("one-event", "split", "wrong-day", "missing")
RESULT_COLUMNS = ["landmark_id", "date", "date_end", "kind", "what", "status", "event_ids", "days_found",
                  "labels", "n_reports"]


@dataclass(frozen=True)
class Landmark:
    """One landmark: a call, meeting, talks or visit on `date`..`date_end` between `parties`."""
    landmark_id: str
    date: dt.date
    date_end: dt.date
    kind: str
    parties: tuple[str, ...]  # canonical person names, or codes (ISO3, NATO, EU, OSCE, UN) for delegations
    place: str
    what: str
    source: str
    checked: str


def _landmark(row: dict[str, str]) -> Landmark:
    start = dt.date.fromisoformat(row["date"].strip())
    end = dt.date.fromisoformat(row["date_end"].strip()) if row.get("date_end", "").strip() else start
    kind = row["kind"].strip()
    if kind not in LANDMARK_KINDS:
        raise ValueError(f"landmark {row['landmark_id']!r}: kind {kind!r} is not one of {', '.join(LANDMARK_KINDS)}")
    if end < start:
        raise ValueError(f"landmark {row['landmark_id']!r}: date_end {end} is before date {start}")
    return Landmark(
        landmark_id=row["landmark_id"].strip(), date=start, date_end=end, kind=kind,
        parties=tuple(p.strip() for p in row["parties"].split(";") if p.strip()),
        place=row.get("place", "").strip(), what=row.get("what", "").strip(),
        source=row.get("source", "").strip(), checked=row.get("checked", "").strip(),
    )


def load_landmarks(path: Path = LANDMARKS_CSV) -> list[Landmark]:
    """The landmark list, in file order; a bad date or kind raises ValueError naming the landmark."""
    with open(path, newline="", encoding="utf-8") as fh:
        return [_landmark(row) for row in csv.DictReader(fh)]


def actor_codes(path: Path = ACTORS_CSV) -> dict[str, str]:
    """Canonical name → country code (ISO3, NATO, EU, OSCE, UN) from the actor table, for names that have one."""
    return {row["name"].strip(): row["country"].strip() for row in read_actor_rows(path) if row["country"].strip()}


def kinds_compatible(landmark_kind: str, event_kind: str) -> bool:
    """A call matches only a call; meeting, talks and visit match each other (reports name them loosely)."""
    if landmark_kind == "call" or event_kind == "call":
        return landmark_kind == event_kind
    return landmark_kind in IN_PERSON and event_kind in IN_PERSON


def party_present(party: str, event_parties: Iterable[str], codes: dict[str, str], *, by_official: bool = True
                  ) -> bool:
    """A name is present when the event names it. A code (`RUS`, `NATO`) is present when the event names
    it, or names an actor whose country the actor table gives as that code; nothing else is guessed. With
    `by_official` false an organisation's code is present only when the event names the organisation itself."""
    names = list(event_parties)
    if party in names:
        return True
    if not by_official and party in ORGANISATION_CODES:
        return False
    return any(codes.get(name) == party for name in names)


def _by_official(landmark: Landmark) -> bool:
    """May an official stand for the landmark's organisation? Yes when its other parties are delegations (codes:
    `NATO;RUS` is met by `Stoltenberg – Russia`), no when it names a person: `NATO;Joe Biden` is the summit Biden
    attends, and `Biden – Stoltenberg` a bilateral beside it (merge rule organisation-officials)."""
    return all(p.isupper() for p in landmark.parties)  # codes are written in capitals, names are not


def _event_day(value) -> dt.date | None:
    return None if pd.isna(value) else pd.Timestamp(value).date()


def _candidates(events: pd.DataFrame, landmark: Landmark, codes: dict[str, str]) -> pd.DataFrame:
    """Held events of a compatible kind, naming every party, dated within NEAR_DAYS of the landmark's span. A
    landmark took place: an event every report of which lies ahead ("the possibility of a meeting") is another
    happening, planned or only possible, dated by its articles, not a report of the landmark."""
    low = landmark.date - dt.timedelta(days=NEAR_DAYS)
    high = landmark.date_end + dt.timedelta(days=NEAR_DAYS)
    future = events["is_future"] if "is_future" in events else pd.Series(False, index=events.index)
    official = _by_official(landmark)
    keep = []
    for row, ahead in zip(events.itertuples(index=False), future.fillna(False).astype(bool)):
        day = _event_day(row.date)
        keep.append(
            not ahead and day is not None and low <= day <= high and kinds_compatible(landmark.kind, str(row.kind))
            and all(party_present(p, row.parties, codes, by_official=official) for p in landmark.parties)
        )
    return events[pd.Series(keep, index=events.index, dtype=bool)] if len(events) else events


def _result(landmark: Landmark, status: str, found: pd.DataFrame) -> dict:
    days = sorted({d.isoformat() for d in found["date"].map(_event_day) if d is not None})
    reports = found["n_reports"].fillna(0).astype(int).sum() if len(found) else 0
    return {
        "landmark_id": landmark.landmark_id, "date": landmark.date, "date_end": landmark.date_end,
        "kind": landmark.kind, "what": landmark.what, "status": status,
        "event_ids": [str(e) for e in found["event_id"]], "days_found": days,
        "labels": [str(x) for x in found["label"].fillna("")], "n_reports": int(reports),
    }


def match_landmark(events: pd.DataFrame, landmark: Landmark, codes: dict[str, str]) -> dict:
    """One landmark's status (one-event, split, wrong-day, missing) with the events that gave it."""
    near = _candidates(events, landmark, codes)
    days = near["date"].map(_event_day)
    on_day = near[days.map(lambda d: landmark.date <= d <= landmark.date_end).astype(bool)] if len(near) else near
    if len(on_day) == 1:
        return _result(landmark, "one-event", on_day)
    if len(on_day) > 1:
        return _result(landmark, "split", on_day)
    if len(near):
        return _result(landmark, "wrong-day", near)
    return _result(landmark, "missing", near)


def match_landmarks(events: pd.DataFrame, landmarks: Sequence[Landmark],
                    codes: dict[str, str] | None = None) -> pd.DataFrame:
    """For each landmark, whether `events` (the documented `events` table) shows it as one event on its
    day (`one-event`), as several (`split`), only within NEAR_DAYS of it (`wrong-day`) or not at all
    (`missing`), with the matched event ids, their days and labels, and their reports summed."""
    codes = actor_codes() if codes is None else codes
    rows = [match_landmark(events, landmark, codes) for landmark in landmarks]
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)


def summary(results: pd.DataFrame) -> str:
    """`N of M landmarks appear as one event on the right day (S split, W wrong day, X missing)`."""
    count = results["status"].value_counts()
    n = {s: int(count.get(s, 0)) for s in STATUSES}
    return (f"{n['one-event']} of {len(results)} landmarks appear as one event on the right day "
            f"({n['split']} split, {n['wrong-day']} wrong day, {n['missing']} missing)")


def result_line(row: pd.Series) -> str:
    """One landmark's printed line: status, date, what, the matched label(s) and day(s), n_reports."""
    labels = " | ".join(row["labels"]) or "-"
    found = f" (found {', '.join(row['days_found'])})" if row["status"] == "wrong-day" else ""
    return f"{row['status']:<9}  {row['date'].isoformat()}  {row['what']}  →  {labels}{found}  [{row['n_reports']} reports]"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the landmark check for DATA_DIR (default `data`); exit status 2 when it has no events table."""
    args = list(sys.argv[1:] if argv is None else argv)
    data_dir = Path(args[0]) if args else Path("data")
    path = data_dir / "events.parquet"
    if not path.exists():
        print(f"error: {path} not found: build the events table first (extract.happenings)", file=sys.stderr)
        return 2
    results = match_landmarks(read_table(path, "events"), load_landmarks())
    for _, row in results.iterrows():
        print(result_line(row))
    print(summary(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
