"""`python -m extract build`: inputs, outputs, exit status, reuse and atomic writes."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extract import cli
from extract.schema import column_names, read_table

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory, pipeline):
    """The seed built once (in-process, so the session's model is reused)."""
    out = tmp_path_factory.mktemp("seed-out")
    assert cli.main(["build", str(ROOT / "seeds"), "--out", str(out), "--csv", "--quiet"]) == 0
    return out


def test_build_writes_the_tables_and_csv_copies(seed_out):
    for name in ("articles", "statements", "movements", "drops"):
        frame = pd.read_parquet(seed_out / f"{name}.parquet")
        assert list(frame.columns) == column_names(name)
        pd.testing.assert_frame_equal(read_table(seed_out / f"{name}.csv", name), read_table(seed_out / f"{name}.parquet", name))
    articles = read_table(seed_out / "articles.parquet", "articles")
    assert articles["article_id"].tolist() == ["000_f10cf6ce6e030c01"]
    assert str(articles["published"].iloc[0])[:10] == "2022-02-02"  # from seeds/manifest.csv
    summary = json.loads((seed_out / "run.json").read_text())
    assert summary["failed"] == 0 and summary["statements"] >= 15 and summary["movements"] >= 3
    drops = read_table(seed_out / "drops.parquet", "drops")
    assert summary["drops"] == len(drops) > 0 and summary["dropped"] == drops["rule"].value_counts().to_dict()


def test_build_groups_the_rows_into_events(seed_out):
    """`build` ends with `extract.happenings`: every row has an event, and events.parquet has one row per event."""
    events = read_table(seed_out / "events.parquet", "events")
    statements = read_table(seed_out / "statements.parquet", "statements")
    movements = read_table(seed_out / "movements.parquet", "movements")
    ids = {*statements["event_id"], *movements["event_id"]}
    assert statements["event_id"].notna().all() and movements["event_id"].notna().all()
    assert set(events["event_id"]) == ids and events["event_id"].is_unique
    assert events["n_reports"].sum() == len(statements) + len(movements)
    assert json.loads((seed_out / "run.json").read_text())["events"] == len(events)


def test_second_build_reuses_unchanged_articles(seed_out, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    assert cli.main(["build", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    summary = json.loads((out / "run.json").read_text())
    assert (summary["reused"], summary["extracted"]) == (1, 0)
    for name in ("statements", "drops"):  # a reused article keeps its drops like its rows
        pd.testing.assert_frame_equal(read_table(out / f"{name}.parquet", name), read_table(seed_out / f"{name}.parquet", name))


def test_a_bad_batch_reports_each_problem_and_keeps_the_rest(tmp_path, capsys, pipeline):
    good = {"id": "ok", "published": "2022-02-03", "text": "The Kremlin said on Monday that the talks had been useful."}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "blank", "published": "2022-02-03", "text": " "}),
             json.dumps({"id": "baddate", "published": "31/31/2022", "text": "Russia denies plans to invade Ukraine."})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "notext.csv").write_text("id,title\n1,hello\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 100)
    status = cli.main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert status == 1
    assert "line 2" in err and "blank" in err and "text" in err and "binary.txt" in err
    assert "warning" in err and "31/31/2022" in err
    statements = read_table(tmp_path / "out" / "statements.parquet", "statements")
    assert sorted(statements["article_id"].unique()) == ["baddate", "ok"]
    undated = statements[statements["article_id"] == "baddate"]
    assert set(undated["date_precision"]) == {"none"}


def test_a_failed_write_leaves_the_previous_tables_readable(seed_out, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    before = (out / "statements.parquet").read_bytes()

    def broken(self, path, *args, **kwargs):
        Path(path).write_bytes(b"half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", broken)
    with pytest.raises(OSError):
        cli.main(["build", str(ROOT / "seeds"), "--out", str(out), "--quiet"])
    monkeypatch.undo()
    assert (out / "statements.parquet").read_bytes() == before
    assert not list(out.glob(".*.tmp"))
    assert len(read_table(out / "statements.parquet", "statements")) >= 15


class _Killed(BaseException):
    """Stands for a kill: nothing after it runs."""


def test_a_build_killed_between_two_table_files_is_finished_by_the_next_run(seed_out, tmp_path, monkeypatch, pipeline):
    """The tables are written one file at a time; the articles table (whose content hashes let a later build
    reuse the other tables' rows) goes last, so a kill between files never makes the next build reuse rows
    that are not on disk."""
    from extract import store

    rows = [{"id": "a", "published": "2022-02-03", "text": "The Kremlin said on Monday that the talks had been useful."},
            {"id": "b", "published": "2022-02-04",
             "text": "Russia has deployed more than 100,000 troops near the Ukrainian border, NATO said on Tuesday."}]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    reference = tmp_path / "reference"
    assert cli.main(["build", str(batch), "--out", str(reference), "--quiet"]) == 0
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    real_write, written = store.atomic_write, []

    def killed_after_one_file(path, write):
        if written:
            raise _Killed()
        real_write(path, write)
        written.append(Path(path).name)

    monkeypatch.setattr(store, "atomic_write", killed_after_one_file)
    with pytest.raises(_Killed):
        cli.main(["build", str(batch), "--out", str(out), "--quiet"])
    monkeypatch.undo()
    assert written != ["articles.parquet"]
    assert cli.main(["build", str(batch), "--out", str(out), "--quiet"]) == 0
    for name in ("articles", "statements", "movements", "drops"):
        pd.testing.assert_frame_equal(read_table(out / f"{name}.parquet", name), read_table(reference / f"{name}.parquet", name))


def test_command_line_entry_point(tmp_path):
    """`python -m extract` runs as a program and says what it needs."""
    run = subprocess.run([sys.executable, "-m", "extract", "build"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2 and "INPUT" in run.stderr


# --- nothing lost ---------------------------------------------------------------------------------
def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_build_that_reads_no_article_leaves_the_output_untouched(seed_out, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    before = _snapshot(out)
    assert cli.main(["build", str(ROOT / "seedz"), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "left as it was" in err
    assert _snapshot(out) == before


@pytest.mark.parametrize("option, value, message", [
    ("--max-chars", "-5", "--max-chars must be at least 1, got -5"),
    ("--max-chars", "0", "--max-chars must be at least 1, got 0"),
    ("--jobs", "-1", "--jobs must be at least 0, got -1"),
    ("--jobs", "two", "'two' is not a whole number"),
])
def test_invalid_arguments_are_refused(tmp_path, capsys, option, value, message):
    with pytest.raises(SystemExit) as stop:
        cli.main(["build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), option, value])
    assert stop.value.code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_output_path_that_is_a_file_is_refused(tmp_path, capsys):
    (tmp_path / "out").write_text("not a folder")
    with pytest.raises(SystemExit) as stop:
        cli.main(["build", str(ROOT / "seeds"), "--out", str(tmp_path / "out")])
    assert stop.value.code == 2 and "is a file, not a folder" in capsys.readouterr().err


def test_an_article_that_fails_this_time_keeps_its_earlier_rows(tmp_path, capsys, pipeline):
    good = "The Kremlin said on Monday that the talks had been useful."
    other = "Russia has deployed more than 100,000 troops near the Ukrainian border, NATO said on Tuesday."
    batch = tmp_path / "in" / "batch.jsonl"
    batch.parent.mkdir()

    def write(second_text: str) -> None:
        rows = [{"id": "a", "published": "2022-02-03", "text": good}, {"id": "b", "published": "2022-02-03", "text": second_text}]
        batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    write(other)
    out = tmp_path / "out"
    assert cli.main(["build", str(batch), "--out", str(out), "--quiet"]) == 0
    before = read_table(out / "statements.parquet", "statements")
    write("   ")  # the second article is now broken
    assert cli.main(["build", str(batch), "--out", str(out), "--quiet"]) == 1
    assert "kept the earlier rows of 1 article" in capsys.readouterr().err
    after = read_table(out / "statements.parquet", "statements")
    assert sorted(after["article_id"].unique()) == ["a", "b"]
    pd.testing.assert_frame_equal(after[after["article_id"] == "b"].reset_index(drop=True),
                                  before[before["article_id"] == "b"].reset_index(drop=True))


def test_a_build_without_csv_removes_older_csv_copies(seed_out, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    assert (out / "statements.csv").exists()
    assert cli.main(["build", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    assert not list(out.glob("*.csv"))
    assert (out / "statements.parquet").exists()


def test_temporary_files_of_a_killed_writer_are_removed(seed_out, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(seed_out, out)
    (out / ".statements.parquet.abc123.tmp").write_bytes(b"half a file")
    assert cli.main(["build", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    assert not list(out.glob(".*.tmp"))


def test_reading_shows_progress(tmp_path, capsys):
    articles, problems = cli.read_all([str(ROOT / "seeds")], progress=True)
    assert len(articles) == 1 and problems == []
    assert "reading: 1 articles" in capsys.readouterr().err
