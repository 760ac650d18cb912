"""The Add-articles helpers, with the extraction call patched (a real run is in `test_ingest_real`)."""
from __future__ import annotations

import datetime as dt
import sys
import types
from dataclasses import dataclass, field

import pandas as pd
import pytest

import extract
from dashboard import config, ingest
from dashboard.data import empty_tables
from extract.records import Article, InputProblem
from extract.schema import to_frame


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
def patched(monkeypatch):
    import streamlit as st

    monkeypatch.setattr(extract, "extract_articles", fake_extract, raising=False)
    monkeypatch.setattr(ingest, "load_pipeline", lambda: "no model in this test")
    readers = types.ModuleType("extract.readers")
    readers.read_inputs = fake_read_inputs
    readers.articles_from_records = lambda records: [
        Article(article_id="rec", text=r["text"], title=r["title"], published=r["published"], origin=r["origin"]) for r in records]
    monkeypatch.setitem(sys.modules, "extract.readers", readers)
    monkeypatch.setattr(extract, "readers", readers, raising=False)
    yield
    st.cache_resource.clear()  # the page cached the fake model


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
    assert ingest.problems_by_input(result.problems) == {"bad.txt": ["unreadable"]}
    added, texts = ingest.add_to_session(None, {}, result)
    assert len(added.statements) == 2 and texts["rec"] == "Macron spoke. Then more."
    again, _ = ingest.add_to_session(added, texts, result)
    assert len(again.statements) == 2  # re-adding replaces, never duplicates


def test_problems_group_by_file():
    problems = [InputProblem("batch.csv:3", "no text"), InputProblem("batch.csv:9", "no date"), InputProblem("a.html", "empty")]
    assert ingest.problems_by_input(problems) == {"batch.csv": ["no text (line 3)", "no date (line 9)"], "a.html": ["empty"]}


def test_saving_needs_the_local_setting(monkeypatch, tmp_path):
    monkeypatch.delenv("UCT_ALLOW_SAVE", raising=False)
    with pytest.raises(PermissionError):
        ingest.save_tables(empty_tables(), tmp_path)
    monkeypatch.setenv("UCT_ALLOW_SAVE", "1")
    paths = ingest.save_tables(empty_tables(), tmp_path)
    assert sorted(p.name for p in paths) == ["articles.parquet", "movements.parquet", "statements.parquet"]


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
