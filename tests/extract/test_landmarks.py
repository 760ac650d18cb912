"""The landmark list's shape, `match_landmarks` on hand-built events, the command line, and the shipped data."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest

from extract.actor_table import read_actor_rows
from extract.landmarks import (
    Landmark, actor_codes, kinds_compatible, load_landmarks, main, match_landmarks, party_present, summary,
)
from extract.schema import read_table, to_frame

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_FLOOR = 41  # measured on the shipped data/ (python -m extract.landmarks): 41 of 48

LANDMARKS = load_landmarks()
ACTOR_ROWS = read_actor_rows()
PERSONS = {r["name"] for r in ACTOR_ROWS if r["type"] == "person"}
CODES = {r["country"] for r in ACTOR_ROWS if r["country"]} | {"OSCE"}


def test_the_list_has_at_least_thirty_landmarks_with_unique_ids():
    ids = [lm.landmark_id for lm in LANDMARKS]
    assert len(ids) >= 30
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("lm", LANDMARKS, ids=lambda lm: lm.landmark_id)
def test_each_landmark_is_dated_in_the_window_with_a_valid_kind(lm):
    assert dt.date(2021, 11, 1) <= lm.date <= lm.date_end <= dt.date(2022, 3, 31)
    assert lm.kind in ("call", "meeting", "talks", "visit")
    assert lm.what and lm.source


@pytest.mark.parametrize("lm", LANDMARKS, ids=lambda lm: lm.landmark_id)
def test_each_party_is_a_canonical_person_or_a_code(lm):
    assert len(lm.parties) >= 1
    for party in lm.parties:
        assert party in PERSONS or party in CODES, party
    if lm.kind == "call":
        assert lm.place == ""


@pytest.mark.parametrize("landmark_id,date", [
    ("biden-putin-video-call", "2021-12-07"), ("biden-putin-call-2021-12-30", "2021-12-30"),
    ("strategic-stability-geneva", "2022-01-10"), ("nato-russia-council", "2022-01-12"),
    ("osce-permanent-council", "2022-01-13"), ("blinken-lavrov-geneva", "2022-01-21"),
    ("macron-putin-moscow", "2022-02-07"), ("macron-zelensky-kyiv", "2022-02-08"),
    ("scholz-zelensky-kyiv", "2022-02-14"), ("scholz-putin-moscow", "2022-02-15"),
    ("biden-putin-call-2022-02-12", "2022-02-12"), ("ru-ua-talks-gomel", "2022-02-28"),
    ("ru-ua-talks-belarus-2", "2022-03-03"), ("ru-ua-talks-belarus-3", "2022-03-07"),
    ("lavrov-kuleba-antalya", "2022-03-10"), ("ru-ua-talks-istanbul", "2022-03-29"),
    ("normandy-advisers-paris", "2022-01-26"), ("normandy-advisers-berlin", "2022-02-10"),
])
def test_the_required_landmarks_are_listed_on_their_day(landmark_id, date):
    by_id = {lm.landmark_id: lm for lm in LANDMARKS}
    assert by_id[landmark_id].date == dt.date.fromisoformat(date)


def test_biden_zelensky_calls_are_listed():
    calls = [lm for lm in LANDMARKS if lm.kind == "call" and set(lm.parties) == {"Joe Biden", "Volodymyr Zelensky"}]
    assert len(calls) >= 3


@pytest.mark.parametrize("landmark_kind,event_kind,expected", [
    ("call", "call", True), ("call", "meeting", False), ("meeting", "call", False), ("meeting", "talks", True),
    ("visit", "meeting", True), ("talks", "visit", True), ("meeting", "statement", False), ("visit", "movement", False),
])
def test_kinds_compatible(landmark_kind, event_kind, expected):
    assert kinds_compatible(landmark_kind, event_kind) is expected


CODE_TABLE = {"Anna Ostrova": "RUS", "Petro Lyman": "UKR", "Tessa Brandt": "NATO"}


@pytest.mark.parametrize("party,event_parties,expected", [
    ("Anna Ostrova", ["Anna Ostrova", "Petro Lyman"], True),
    ("Anna Ostrova", ["Petro Lyman"], False),
    ("RUS", ["Anna Ostrova"], True),  # a person of Russia stands for the Russian delegation
    ("RUS", ["Petro Lyman"], False),
    ("NATO", ["Tessa Brandt"], True),
    ("NATO", ["NATO"], True),
    ("UKR", ["Somebody Unlisted"], False),  # not in the actor table: nothing is guessed
])
def test_party_present(party, event_parties, expected):
    assert party_present(party, event_parties, CODE_TABLE) is expected


def test_an_organisation_present_only_by_name():
    assert not party_present("NATO", ["Tessa Brandt"], CODE_TABLE, by_official=False)
    assert party_present("NATO", ["NATO"], CODE_TABLE, by_official=False)
    assert party_present("RUS", ["Anna Ostrova"], CODE_TABLE, by_official=False)  # states are unchanged


def _landmark(kind: str = "meeting", parties=("Anna Ostrova", "Petro Lyman"), date="2022-02-10",
              date_end=None) -> Landmark:
    start = dt.date.fromisoformat(date)
    end = dt.date.fromisoformat(date_end) if date_end else start
    return Landmark("lm-test", start, end, kind, tuple(parties), "Lakeville", "An invented meeting", "test", "")


def _event(event_id: str, date: str, kind: str = "meeting", parties=("Anna Ostrova", "Petro Lyman"),
           n_reports: int = 2, is_future: bool = False) -> dict:
    return {"event_id": event_id, "kind": kind, "label": f"{kind}: {' – '.join(parties)}", "date": date,
            "date_end": date, "parties": list(parties), "n_reports": n_reports, "is_future": is_future}


@pytest.mark.parametrize("events,landmark,status,event_ids,days,n_reports", [
    ([_event("ev-a", "2022-02-10")], _landmark(), "one-event", ["ev-a"], ["2022-02-10"], 2),
    ([_event("ev-a", "2022-02-10", kind="talks"), _event("ev-x", "2022-02-10", kind="call")], _landmark(),
     "one-event", ["ev-a"], ["2022-02-10"], 2),
    ([_event("ev-a", "2022-02-10"), _event("ev-b", "2022-02-10", kind="visit", n_reports=3)], _landmark(),
     "split", ["ev-a", "ev-b"], ["2022-02-10"], 5),
    ([_event("ev-a", "2022-02-12")], _landmark(), "wrong-day", ["ev-a"], ["2022-02-12"], 2),
    ([_event("ev-a", "2022-02-07"), _event("ev-b", "2022-02-14")], _landmark(), "wrong-day", ["ev-a"],
     ["2022-02-07"], 2),
    ([_event("ev-a", "2022-02-14")], _landmark(), "missing", [], [], 0),
    ([_event("ev-a", "2022-02-10", kind="call")], _landmark(), "missing", [], [], 0),
    ([_event("ev-a", "2022-02-10", parties=("Anna Ostrova",))], _landmark(), "missing", [], [], 0),
    ([_event("ev-a", "2022-02-10", parties=("Anna Ostrova", "Petro Lyman", "Tessa Brandt"))], _landmark(),
     "one-event", ["ev-a"], ["2022-02-10"], 2),
    ([_event("ev-a", "2022-02-11")], _landmark(date_end="2022-02-11"), "one-event", ["ev-a"], ["2022-02-11"], 2),
    ([_event("ev-a", "2022-02-10", kind="talks")], _landmark(kind="talks", parties=("RUS", "UKR")), "one-event",
     ["ev-a"], ["2022-02-10"], 2),
    ([_event("ev-a", "2022-02-10", kind="call")], _landmark(kind="call"), "one-event", ["ev-a"], ["2022-02-10"], 2),
    ([], _landmark(), "missing", [], [], 0),
    # a meeting of the same parties that every report holds as only planned or possible is not the held one
    ([_event("ev-a", "2022-02-10"), _event("ev-f", "2022-02-10", n_reports=5, is_future=True)], _landmark(),
     "one-event", ["ev-a"], ["2022-02-10"], 2),
    ([_event("ev-f", "2022-02-10", is_future=True)], _landmark(), "missing", [], [], 0),
    # an official stands for the organisation beside delegations, not beside a person: a leader's bilateral with
    # the official is not the organisation's summit
    ([_event("ev-s", "2022-02-10", parties=("NATO", "Anna Ostrova"), n_reports=9),
      _event("ev-b", "2022-02-10", parties=("Anna Ostrova", "Tessa Brandt"))],
     _landmark(parties=("NATO", "Anna Ostrova")), "one-event", ["ev-s"], ["2022-02-10"], 9),
    ([_event("ev-c", "2022-02-10", parties=("Tessa Brandt", "Petro Lyman"))], _landmark(parties=("NATO", "UKR")),
     "one-event", ["ev-c"], ["2022-02-10"], 2),
])
def test_match_landmarks(events, landmark, status, event_ids, days, n_reports):
    result = match_landmarks(to_frame(events, "events"), [landmark], CODE_TABLE).iloc[0]
    assert result["status"] == status
    assert result["event_ids"] == event_ids
    assert result["days_found"] == days
    assert result["n_reports"] == n_reports


def test_an_event_without_a_date_matches_nothing():
    events = to_frame([_event("ev-a", None)], "events")
    assert match_landmarks(events, [_landmark()], CODE_TABLE).iloc[0]["status"] == "missing"


def test_summary_counts_each_status():
    results = pd.DataFrame({"status": ["one-event", "one-event", "split", "wrong-day", "missing", "missing"]})
    assert summary(results) == "2 of 6 landmarks appear as one event on the right day (1 split, 1 wrong day, 2 missing)"


def test_the_real_actor_table_resolves_a_delegation_code():
    assert actor_codes()["Sergei Lavrov"] == "RUS"
    assert party_present("RUS", ["Sergei Lavrov"], actor_codes())


def _write_events(folder: Path, records: list[dict]) -> None:
    to_frame(records, "events").to_parquet(folder / "events.parquet")


def test_the_command_prints_a_line_per_landmark_and_the_summary(tmp_path, capsys):
    first = LANDMARKS[0]
    _write_events(tmp_path, [_event("ev-one", first.date.isoformat(), kind=first.kind, parties=first.parties,
                                    n_reports=4)])
    assert main([str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == len(LANDMARKS) + 1
    assert lines[0].startswith("one-event")
    assert first.what in lines[0] and "[4 reports]" in lines[0]
    assert lines[-1] == (f"1 of {len(LANDMARKS)} landmarks appear as one event on the right day "
                         f"(0 split, 0 wrong day, {len(LANDMARKS) - 1} missing)")


def test_the_command_without_events_fails_with_status_2(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "events.parquet" in err[0]


def test_the_module_runs_as_a_command(tmp_path):
    import subprocess
    run = subprocess.run([sys.executable, "-m", "extract.landmarks", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "events.parquet" in run.stderr


@pytest.mark.skipif(not (ROOT / "data" / "events.parquet").exists(), reason="data/ not yet built with events")
def test_the_shipped_data_shows_the_landmarks():
    results = match_landmarks(read_table(ROOT / "data" / "events.parquet", "events"), LANDMARKS)
    assert (results["status"] == "one-event").sum() >= SHIPPED_FLOOR
