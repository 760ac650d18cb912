"""The events table's values, stable ids, and the `python -m extract.happenings` and `.pairs` commands."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from extract.happenings import add_happenings, event_id
from extract.happenings.__main__ import main as happenings_main
from extract.happenings.pairs import allocate
from extract.happenings.pairs import main as pairs_main
from extract.schema import column_names
from extract.store import read_tables, write_tables
from tests.extract.happening_rows import GOV, movement, statement, tables

BP = {"speaker": "Joe Biden", "addressees": ["Vladimir Putin"]}


def test_one_call_reported_three_times_is_one_event_with_its_values():
    rows = [statement(1, **BP, text="a call"), statement(2, **BP, article="wh", text="a secure video call", place="Washington"),
            statement(3, speaker="Vladimir Putin", addressees=["Joe Biden"], text="the video call", is_future=True)]
    out = add_happenings(tables(rows, articles={"wh": {"licence": GOV, "source": "whitehouse.gov"}}))
    events = out["events"]
    assert list(events.columns) == column_names("events")
    event = events.iloc[0].to_dict()
    assert len(events) == 1 and set(out["statements"]["event_id"]) == {event["event_id"]}
    assert event["kind"] == "call" and event["label"] == "Call: Joe Biden – Vladimir Putin"
    assert event["parties"] == ["Joe Biden", "Vladimir Putin"] and event["people"] == ["Joe Biden", "Vladimir Putin"]
    assert (event["n_reports"], event["n_articles"], event["n_outlets"]) == (3, 3, 3)
    assert event["best_row_id"] == "wh:s2" and event["best_text"] == "a secure video call"  # the government's own text
    assert event["place"] == "Washington" and event["dates_reported"] == ["2021-12-07: 3"]
    assert str(event["date"])[:10] == "2021-12-07" and event["is_future"] is False


def test_dates_reported_keep_a_disagreement_and_troops_their_spread():
    rows = [movement(1, troops=100_000, date="2022-01-10"), movement(2, troops=110_000, date="2022-01-11"),
            movement(3, troops=105_000, date="2022-01-11", lat=51.0, lon=36.0)]
    event = add_happenings(tables(movements=rows))["events"].iloc[0].to_dict()
    assert event["dates_reported"] == ["2022-01-11: 2", "2022-01-10: 1"]
    assert str(event["date"])[:10] == "2022-01-11" and str(event["date_end"])[:10] == "2022-01-11"
    assert (event["troops_min"], event["troops_median"], event["troops_max"]) == (100_000, 105_000.0, 110_000)
    assert (event["lat"], event["lon"]) == (51.0, 36.0)
    assert event["actor"] == "RUS" and event["destinations"] == ["UKR"] and event["status"] == "deployed"
    assert event["label"] == "Russia: 105,000 troops deployed in Ukraine"


def test_a_statement_event_is_labelled_by_its_speaker():
    said = "The exercises will end as planned and every unit returns to its base"
    rows = [statement(i, kind="direct_quote", speaker="Sergei Shoigu", date="2022-02-10", text=said) for i in (1, 2)]
    event = add_happenings(tables(rows))["events"].iloc[0]
    assert (event["kind"], event["label"], event["n_reports"]) == ("statement", "Statement: Sergei Shoigu", 2)


def test_event_ids_are_stable_and_follow_the_earliest_row():
    rows = [statement(1, **BP), statement(2, **BP)]
    first = add_happenings(tables(rows))["statements"]["event_id"].tolist()
    again = add_happenings(tables(list(reversed(rows))))["statements"]["event_id"].tolist()
    assert set(first) == set(again) == {event_id("communication", ["a1:s1", "a2:s2"])}
    assert first[0].startswith("ev-") and len(first[0]) == 15


def test_outliers_are_flagged_on_rows_and_events():
    rows = [statement(1, **BP, date="2014-03-18"), statement(2, **BP, date="2022-01-14"),
            statement(3, speaker="Joe Biden", addressees=["Olaf Scholz"], date="2022-01-20")]  # after its publication (01-15)
    out = add_happenings(tables(rows))
    assert out["statements"]["date_outlier"].tolist() == [True, False, True]
    by_date = out["events"].set_index(out["events"]["date"].dt.strftime("%Y-%m-%d"))["date_outlier"]
    assert by_date.to_dict() == {"2014-03-18": True, "2022-01-14": False, "2022-01-20": True}


def test_the_cli_recomputes_a_folder_in_place(tmp_path, capsys):
    rows = [statement(1, **BP), statement(2, **BP), statement(3, **BP, date="2021-12-30")]
    write_tables(tables(rows, [movement(4), movement(5, troops=3_000)]), tmp_path)
    (tmp_path / "run.json").write_text('{"statements": 3, "events": 9}')  # the build's record, counted before
    assert happenings_main([str(tmp_path)]) == 0
    assert json.loads((tmp_path / "run.json").read_text()) == {"statements": 3, "events": 4}
    printed = capsys.readouterr().out
    assert "communication: 3 rows -> 2 events (2 rows merged)" in printed
    assert "movement: 2 rows -> 2 events (0 rows merged)" in printed
    again = read_tables(tmp_path)
    assert len(again["events"]) == 4 and again["statements"]["event_id"].notna().all()
    assert again["statements"]["event_id"].iloc[0] == again["statements"]["event_id"].iloc[1]


def test_the_cli_refuses_a_folder_without_tables(tmp_path, capsys):
    assert happenings_main([str(tmp_path)]) == 1
    assert "nothing written" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_pairs_prints_merged_pairs_from_different_articles(tmp_path, capsys):
    said = "Nobody in this government wants a war on the continent this winter"
    rows = [statement(1, **BP), statement(2, **BP),
            statement(3, kind="direct_quote", speaker="Olaf Scholz", date="2022-01-10", text=said),
            statement(4, kind="direct_quote", speaker="Olaf Scholz", date="2022-01-10", text=said)]
    write_tables(add_happenings(tables(rows, [movement(5), movement(6, troops=105_000)])), tmp_path)
    assert pairs_main([str(tmp_path), "--n", "6", "--seed", "1"]) == 0
    printed = capsys.readouterr().out
    assert printed.count("same happening? [ ]") == 6  # two rows in each stratum, each paired with the other
    assert "#1 " in printed and "#6 " in printed and "communication" in printed and "movement" in printed


@pytest.mark.parametrize("sizes, n, expected", [
    ({"communication": 100, "statement": 800, "movement": 100}, 120, {"communication": 25, "statement": 70, "movement": 25}),
    ({"communication": 5, "statement": 1000, "movement": 0}, 120, {"communication": 5, "statement": 115, "movement": 0}),
    ({"communication": 3, "statement": 4, "movement": 2}, 120, {"communication": 3, "statement": 4, "movement": 2}),
])
def test_pairs_are_stratified_with_a_floor(sizes, n, expected):
    assert allocate(sizes, n) == expected


def test_an_empty_table_gives_an_empty_events_table():
    out = add_happenings(tables())
    assert out["events"].empty and list(out["events"].columns) == column_names("events")
    assert isinstance(out["statements"], pd.DataFrame) and out["statements"].empty

