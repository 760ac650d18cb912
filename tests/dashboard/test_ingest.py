"""The Add-articles helpers, with the extraction call patched (a real run is in `test_ingest_real`)."""
from __future__ import annotations

import datetime as dt
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

import extract
from dashboard import problems as problem_groups
from dashboard import config, ingest, worker
from dashboard.data import empty_tables
from extract.records import Article, InputProblem
from extract.schema import to_frame

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class FakeResult:
    articles: pd.DataFrame
    statements: pd.DataFrame
    movements: pd.DataFrame
    problems: list = field(default_factory=list)


def fake_extract(articles, *, progress=None):
    """One statement per article: its first sentence, with true offsets."""
    rows, arts = [], []
    for i, a in enumerate(articles):
        end = a.text.find(".") + 1 or len(a.text)
        rows.append({"statement_id": f"{a.article_id}:s0", "article_id": a.article_id, "date": a.published, "date_end": a.published,
                     "date_precision": "published", "speaker": "Emmanuel Macron", "speaker_country": "FRA", "kind": "reported_speech",
                     "text": a.text[:end], "sentence": a.text[:end], "sentence_start": 0, "sentence_end": end,
                     "paragraph_start": 0, "paragraph_end": len(a.text)})
        arts.append({"article_id": a.article_id, "title": a.title, "published": a.published, "origin": a.origin, "n_statements": 1})
        if progress:
            progress(i + 1, len(articles))
    return FakeResult(to_frame(arts, "articles"), to_frame(rows, "statements"), to_frame([], "movements"))


def fake_read_inputs(paths):
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if "broken" in text:
            yield InputProblem(str(path), "unreadable")
        else:
            yield Article(article_id=path.stem, text=text, title=path.stem, origin=str(path))


@pytest.fixture
def fake_extraction(monkeypatch):
    """`fake_extract` instead of the pipeline, run in this process instead of the worker; real readers."""
    import streamlit as st

    monkeypatch.setattr(extract, "extract_articles", fake_extract, raising=False)
    monkeypatch.setattr(worker, "shared", worker.InProcess)
    yield
    st.cache_resource.clear()


@pytest.fixture
def patched(monkeypatch, fake_extraction):
    """`fake_extraction`, and fake readers (a file is one article)."""
    readers = types.ModuleType("extract.readers")
    readers.read_inputs = fake_read_inputs
    readers.articles_from_records = lambda records: [
        Article(article_id="rec", text=r["text"], title=r["title"], published=r["published"], origin=r["origin"]) for r in records]
    monkeypatch.setitem(sys.modules, "extract.readers", readers)
    monkeypatch.setattr(extract, "readers", readers, raising=False)


def test_uploads_outside_the_limits_are_refused(monkeypatch):
    monkeypatch.setattr(config, "MAX_FILES", 2)
    ups = [ingest.Upload("a.txt", b"x"), ingest.Upload("b.pdf", b"x"), ingest.Upload("c.txt", b" "),
           ingest.Upload("d.txt", b"x" * (config.MAX_FILE_MB * 1024 * 1024 + 1))]
    kept, problems = ingest.check_uploads(ups)
    assert [u.name for u in kept] == ["a.txt"]
    assert [(p.origin, p.message.split(":")[1].strip()) for p in problems] == [
        ("b.pdf", ".pdf is not one of txt, html, htm, csv, jsonl"), ("c.txt", "more than 2 files in one batch"),
        ("d.txt", "more than 2 files in one batch")]


def test_prepare_applies_default_date_and_batch_limits(monkeypatch):
    monkeypatch.setattr(config, "MAX_ARTICLES", 2)
    monkeypatch.setattr(config, "MAX_ARTICLE_CHARS", 50)
    items = [Article("a", "short text"), InputProblem("x.csv:3", "no text"), Article("b", "y" * 60),
             Article("c", "ok", published=dt.date(2022, 1, 2)), Article("d", "one too many")]
    batch = ingest.prepare(items, default_date=dt.date(2022, 2, 2))
    assert [(a.article_id, a.published) for a in batch.articles] == [("a", dt.date(2022, 2, 2)), ("c", dt.date(2022, 1, 2))]
    assert [p.origin for p in batch.problems] == ["x.csv:3", "", ""]
    assert "longer than 50" in batch.problems[1].message and "more than 2 articles" in batch.problems[2].message


@pytest.mark.parametrize("calls, expected", [
    ([(1, 4), (4, 4)], [0.25, 1.0]),
    ([(0.5,)], [0.5]),
    ([("article",), ("article",)], [0.25, 0.5]),
])
def test_progress_adapter_accepts_several_callback_styles(calls, expected):
    seen = []
    callback = ingest.progress_adapter(lambda frac, msg: seen.append(frac), 4)
    for args in calls:
        callback(*args)
    assert seen == expected


def test_pasted_and_uploaded_articles_are_extracted_and_merged(patched):
    (pasted,) = ingest.pasted_article("Macron spoke. Then more.", title="T", published=dt.date(2022, 2, 2))
    assert isinstance(pasted, Article) and pasted.origin == "pasted text"
    uploads = [ingest.Upload("story one.txt", b"Biden called. Later."), ingest.Upload("bad.txt", b"broken file")]
    items = [pasted, *ingest.read_uploads(uploads)]
    assert [getattr(i, "origin", None) for i in items] == ["pasted text", "story one.txt", "bad.txt"]
    batch = ingest.prepare(items, default_date=dt.date(2022, 2, 3))
    result = ingest.extract_batch(batch)
    assert list(result.tables.statements["text"]) == ["Macron spoke.", "Biden called."]
    assert problem_groups.problem_lines(problem_groups.group_problems(result.problems), warnings=False) == ["bad.txt: unreadable"]
    added, texts = ingest.add_to_session(None, {}, result)
    assert len(added.statements) == 2 and texts["rec"] == "Macron spoke. Then more."
    again, _ = ingest.add_to_session(added, texts, result)
    assert len(again.statements) == 2  # re-adding replaces, never duplicates


def test_problems_group_by_file():
    problems = [InputProblem("batch.csv:3", "no text"), InputProblem("batch.csv:9", "no date"), InputProblem("a.html", "empty")]
    assert problem_groups.problem_lines(problem_groups.group_problems(problems), warnings=False) == [
        "batch.csv: no text (line 3)", "batch.csv: no date (line 9)", "a.html: empty"]


def test_saving_needs_the_local_setting(monkeypatch, tmp_path):
    monkeypatch.delenv("UCT_ALLOW_SAVE", raising=False)
    with pytest.raises(PermissionError):
        ingest.save_tables(empty_tables(), tmp_path)
    monkeypatch.setenv("UCT_ALLOW_SAVE", "1")
    paths = ingest.save_tables(empty_tables(), tmp_path)
    assert sorted(p.name for p in paths) == ["articles.parquet", "events.parquet", "movements.parquet", "run.json", "statements.parquet"]


def test_add_articles_page_adds_rows_for_the_session_only(patched, run_page, synthetic_dir):
    before = {p.name: p.stat().st_mtime for p in synthetic_dir.iterdir()}
    at = run_page(synthetic_dir, "add")
    assert any("Up to" in i.value for i in at.info)  # the limits are explained
    at.text_area[0].set_value("Emmanuel Macron said he may visit Moscow. More text follows.")
    at.date_input[0].set_value(dt.date(2022, 2, 2))
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, [e.value for e in at.exception]
    assert any("Added 1 article" in s.value for s in at.success)
    at = run_page(synthetic_dir, "explorer", at=at)
    statements = at.dataframe[0].value
    assert "Emmanuel Macron said he may visit Moscow." in list(statements["text"])
    assert {p.name: p.stat().st_mtime for p in synthetic_dir.iterdir()} == before  # nothing written


def test_a_session_holds_at_most_its_limit_of_articles_and_characters(monkeypatch):
    monkeypatch.setattr(config, "MAX_SESSION_ARTICLES", 3)
    monkeypatch.setattr(config, "MAX_SESSION_CHARS", 100)
    held = ingest.Held.of({"a": "x" * 30, "b": "y" * 30})  # two articles, 60 characters held already
    items = [Article("a", "x" * 40), Article("c", "z" * 10), Article("d", "w" * 10), Article("e", "v" * 35)]
    batch = ingest.prepare(items, default_date=None, held=held)
    assert [a.article_id for a in batch.articles] == ["a", "c"]  # re-adding "a" replaces it: it takes no room
    assert [(p.article_id, p.message.split(";")[0]) for p in batch.problems] == [
        ("d", "not extracted: this browser session already holds 3 added articles, the most one session may add"),
        ("e", "not extracted: this browser session already holds 3 added articles, the most one session may add")]
    batch = ingest.prepare([Article("f", "u" * 45)], default_date=None, held=ingest.Held.of({"a": "x" * 60}))
    assert batch.articles == [] and "would exceed 100 characters" in batch.problems[0].message


def test_the_limits_text_explains_the_session_limit():
    assert f"**{config.MAX_SESSION_ARTICLES} articles** and {config.MAX_SESSION_CHARS:,} characters in all" in ingest.limits_text()


def test_batches_are_extracted_in_chunks_bounded_by_characters(monkeypatch):
    seen = []

    class Recorder:
        running = True

        def run(self, chunk):
            seen.append([a.article_id for a in chunk])
            return worker.ChunkResult(empty_tables().articles, empty_tables().statements, empty_tables().movements)

    monkeypatch.setattr(config, "EXTRACT_CHUNK_CHARS", 60)
    batch = ingest.Batch(articles=[Article(str(i), "x" * n) for i, n in enumerate([30, 30, 50, 120, 10])])
    ingest.extract_batch(batch, runner=Recorder())
    assert seen == [["0", "1"], ["2"], ["3"], ["4"]]


class FlakyRunner:
    """Extracts in this process; the second chunk fails as if the worker had died."""

    running = True

    def __init__(self):
        self.calls = 0

    def run(self, chunk):
        self.calls += 1
        if self.calls == 2:
            raise worker.WorkerStopped("the extraction worker stopped (the server may be short of memory)")
        return worker.extract_chunk(chunk)


def test_a_failed_chunk_loses_only_its_own_articles(patched, monkeypatch):
    monkeypatch.setattr(config, "EXTRACT_CHUNK_CHARS", 40)
    batch = ingest.prepare([Article(f"a{i}", f"Macron spoke {i}. " + "x" * 20, origin=f"b.jsonl:{i + 1}") for i in range(3)],
                           default_date=dt.date(2022, 2, 2))
    seen = []
    result = ingest.extract_batch(batch, runner=FlakyRunner(), progress=lambda done, total: seen.append((done, total)))
    assert list(result.tables.articles["article_id"]) == ["a0", "a2"] and sorted(result.texts) == ["a0", "a2"]
    assert [(p.origin, p.message) for p in result.problems] == [
        ("b.jsonl:2", "not extracted: the extraction worker stopped (the server may be short of memory)")]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_the_uploader_lets_files_over_the_file_limit_reach_the_server(patched, run_page, synthetic_dir):
    """The browser refuses a file over the uploader's limit before the server sees it, so that limit is
    above the file limit: a file between the two is refused by the page, by name and with the reason."""
    import tomllib

    at = run_page(synthetic_dir, "add")
    uploader = at.file_uploader[0]
    assert uploader.proto.max_upload_size_mb == config.MAX_UPLOAD_MB > config.MAX_FILE_MB
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["server"]["maxUploadSize"] == config.MAX_UPLOAD_MB
    big = b'{"text": "Russia moved troops."}\n' * (config.MAX_FILE_MB * 40_000)  # about 2.6 MB
    uploader.set_value(("big.jsonl", big, "application/json"))
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["Not added (input: reason, where):"]
    assert [t.value for t in at.text] == [f"big.jsonl: not read: the file has {len(big) / 1024 / 1024:.1f} MB and a file may "
                                          f"have at most {config.MAX_FILE_MB} MB; split it into smaller files"]


def test_nothing_to_extract_says_that_the_uploader_may_have_refused_a_file(patched, run_page, synthetic_dir):
    at = run_page(synthetic_dir, "add")
    at.button[0].click().run()
    assert len(at.warning) == 1 and f"refused by it (over {config.MAX_UPLOAD_MB} MB)" in at.warning[0].value
    assert "Paste a text or choose files first" not in at.warning[0].value


def fake_extract_with_warning(articles, *, progress=None):
    result = fake_extract(articles, progress=progress)
    result.problems = [InputProblem(articles[0].origin, "warning: could not read the date 'soon'; processed without a publication date")]
    return result


def test_warnings_show_as_warnings_and_errors_as_errors(fake_extraction, monkeypatch, run_page, synthetic_dir):
    monkeypatch.setattr(extract, "extract_articles", fake_extract_with_warning, raising=False)
    at = run_page(synthetic_dir, "add")
    lines = [b'{"id": "w1", "text": "Macron spoke. More."}', b'{"title": "no text here"}', b'{"title": "nor here"}']
    at.file_uploader[0].set_value(("b.jsonl", b"\n".join(lines), "application/json"))
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Added 1 article" in s.value for s in at.success)
    assert [w.value for w in at.warning] == ["Added, with warnings (input: warning, where):"]
    assert [e.value for e in at.error] == ["Not added (input: reason, where):"]
    assert [t.value for t in at.text] == ["b.jsonl: no `text` field (fields: title) (2 lines: 2–3)",
                                          "b.jsonl: could not read the date 'soon'; processed without a publication date (line 1)"]


def test_saving_confirms_after_the_rerun_and_rewrites_csv_copies_and_run_json(patched, monkeypatch, run_page, tmp_path):
    import json

    from dashboard.synthetic import write_tables as write_synthetic
    from extract.schema import read_table
    from extract.store import write_json, write_tables

    write_synthetic(tmp_path, 40, 10, seed=3)
    tables = {name: read_table(tmp_path / f"{name}.parquet", name) for name in ("articles", "statements", "movements")}
    write_tables(tables, tmp_path, csv=True)
    write_json({"articles": len(tables["articles"]), "statements": 40, "movements": 10, "seconds": 1.5}, tmp_path / "run.json")
    monkeypatch.setenv("UCT_ALLOW_SAVE", "1")
    at = run_page(tmp_path, "add")
    at.text_area[0].set_value("Emmanuel Macron said he may visit Moscow. More text follows.")
    at.date_input[0].set_value(dt.date(2022, 2, 2))
    at.button[0].click().run()
    save = next(b for b in at.button if b.label == "Save to the data folder")
    save.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.value for s in at.success] == ["Saved to the data folder. Written:"]  # shown after the rerun
    written = at.text[0].value.splitlines()
    assert {p.rsplit("/", 1)[-1] for p in written} == {"articles.parquet", "articles.csv", "statements.parquet", "statements.csv",
                                                       "movements.parquet", "movements.csv", "events.parquet", "events.csv", "run.json"}
    statements_csv = read_table(tmp_path / "statements.csv", "statements")
    assert len(statements_csv) == 41 and "Emmanuel Macron said he may visit Moscow." in set(statements_csv["text"])
    run = json.loads((tmp_path / "run.json").read_text())
    assert (run["articles"], run["statements"], run["movements"]) == (len(tables["articles"]) + 1, 41, 10)
    assert run["seconds"] == 1.5 and run["saved_from_dashboard"]["articles_added"] == 1
    at.run()
    assert at.success == [] and at.text == []  # the confirmation is shown once
