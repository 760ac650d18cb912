"""Extraction in worker processes: same rows as in one process, workers that never outlive the build,
Ctrl-C that keeps what is done, and a killed build that goes on where it stopped."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from extract import extraction, faults
from extract.checkpoint import FOLDER
from extract.extraction import chunks
from extract.happenings import add_happenings
from extract.pipeline import extract_articles
from extract.records import Article
from extract.schema import read_table


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def in_one_process(pipeline, variants):
    return extract_articles(variants, nlp=pipeline)


def test_workers_give_the_same_rows_as_one_process(in_one_process, pipeline, variants):
    pooled = extract_articles(variants, nlp=pipeline, n_process=2)
    assert not pooled.problems and len(pooled.articles) == 40
    for name, frame in in_one_process.tables.items():
        pd.testing.assert_frame_equal(pooled.tables[name], frame)


def _explode_on(article_id: str):
    real = extraction.extract_chunk

    def extract_chunk(nlp, articles, **kwargs):
        if any(a.article_id == article_id for a in articles):
            os._exit(9)  # the worker dies as if killed (out of memory)
        yield from real(nlp, articles, **kwargs)

    return extract_chunk


def test_a_chunk_that_kills_its_worker_is_reported_and_the_rest_is_extracted(in_one_process, variants, monkeypatch):
    from extract.nlp import get_pipeline

    monkeypatch.setattr(extraction, "extract_chunk", _explode_on("v20"))  # the forked workers inherit the patch
    result = extract_articles(variants, nlp=get_pipeline(), n_process=2)
    failed = {p.article_id: p.message for p in result.failed}
    lost = next(group for group in chunks([Article(r["id"], r["text"]) for r in variants])
                if any(a.article_id == "v20" for a in group))
    assert set(failed) == {a.article_id for a in lost}
    assert all("worker process died" in m for m in failed.values())
    kept = in_one_process.statements[~in_one_process.statements["article_id"].isin(failed)].reset_index(drop=True)
    pd.testing.assert_frame_equal(result.statements, kept)


@pytest.mark.parametrize("sizes, max_chars, max_articles, expected", [
    ([10, 10, 10], 25, 16, [2, 1]),
    ([30, 5, 5], 25, 16, [1, 2]),  # one long article alone
    ([1] * 5, 100, 2, [2, 2, 1]),
    ([], 100, 2, []),
])
def test_chunks_are_bounded_by_characters_and_articles(sizes, max_chars, max_articles, expected):
    articles = [Article(f"a{i}", "x" * n) for i, n in enumerate(sizes)]
    groups = list(chunks(articles, max_chars=max_chars, max_articles=max_articles))
    assert [len(g) for g in groups] == expected
    assert [a for g in groups for a in g] == articles


def _foreground_signals() -> None:
    """In the child: Ctrl-C as in a terminal's foreground job. A shell starts background jobs (`cmd &`) with
    SIGINT ignored, the children inherit that, and Python then never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _build(batch: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extract", "build", str(batch), "--out", str(out), "--jobs", "2", *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_foreground_signals)


def _children(pid: int) -> set[int]:
    return faults._children(pid)


def _interrupted_build(batch: Path, out: Path) -> tuple[subprocess.Popen, str, set[int]]:
    """A build sent Ctrl-C once its first checkpoint part is on disk: (the process, its stderr, its workers)."""
    build = _build(batch, out)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while not list((out / FOLDER).glob("*.articles.parquet")) and time.monotonic() < deadline:
        workers |= _children(build.pid)
        time.sleep(0.05)
    assert build.poll() is None, build.communicate()
    os.killpg(build.pid, signal.SIGINT)  # as a terminal does: to the build and its workers
    _, err = build.communicate(timeout=60)
    return build, err, workers


def test_ctrl_c_stops_cleanly_and_the_rerun_goes_on_from_there(variants_batch, in_one_process, tmp_path):
    out = tmp_path / "out"
    build, err, workers = _interrupted_build(variants_batch, out)
    assert build.returncode == 130
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("interrupted: ")
    assert len(workers) == 2 and not any(faults._alive(pid) for pid in workers)
    assert not (out / "statements.parquet").exists()  # the output is written only by a finished build

    rerun = _build(variants_batch, out, "--quiet")
    rerun.communicate(timeout=300)
    assert rerun.returncode == 0
    summary = json.loads((out / "run.json").read_text())
    assert summary["resumed"] >= 10 and summary["resumed"] + summary["extracted"] == 40
    assert not (out / FOLDER).exists()
    expected = add_happenings(dict(in_one_process.tables))  # a build ends by grouping the rows into events
    for name in in_one_process.tables:
        built, frame = read_table(out / f"{name}.parquet", name), expected[name]
        if name == "articles":  # read from a file here, given as records there
            built, frame = built.drop(columns="origin"), frame.drop(columns="origin")
        pd.testing.assert_frame_equal(built, frame)


def test_a_build_killed_ten_times_leaves_intact_tables_and_finishes_as_if_never_killed(variants_batch, tmp_path):
    report = faults.run([str(variants_batch)], kills=10, seed=8, jobs=2, work=tmp_path)
    assert report.failures == [] and report.orphans == 0
    assert len(report.kills) == 11 and "finished build equals it: True" in report.kills[-1]
    assert any("killed after a part" in line and " 0 articles in the checkpoint" not in line for line in report.kills)
