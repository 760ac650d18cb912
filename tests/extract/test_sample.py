"""Tests for extract.sample: unseen corpus articles (gold ones left out) and the lines printed for judging."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from extract.pipeline import extract_articles
from extract.records import Article
from extract.sample import report, unseen_articles


def test_unseen_articles_leave_out_gold_and_non_full_text(tmp_path):
    csv = tmp_path / "corpus.csv"
    pd.DataFrame({
        "Date": ["2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"],
        "URL": ["https://a.example/1", "https://a.example/gold", "https://a.example/3", "https://a.example/4"],
        "Title": ["One", "Gold", "Three", "Four"],
        "Text": ["Putin said no.", "Gold text.", None, "Biden said yes."],
        "text_kind": ["full_text", "full_text", "full_text", "summary"],
    }).to_csv(csv, index=False)
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "g.json").write_text(json.dumps({"source": {"url": "https://a.example/gold"}}), encoding="utf-8")
    articles = unseen_articles(str(csv), 10, seed=1, gold_dir=str(gold))
    assert [(a.title, a.published, a.url) for a in articles] == [("One", dt.date(2022, 2, 1), "https://a.example/1")]


def test_report_prints_counts_and_rows(nlp):
    text = ('Russian President Vladimir Putin said on Tuesday that "NATO ignored our concerns." '
            "Russia has moved 30,000 troops to Belarus for exercises.")
    result = extract_articles([Article("a1", text, title="T", published=dt.date(2022, 2, 3))])
    lines = report(result, "statements", 5, seed=1)
    assert lines[0].startswith("1 articles, 1 statements, 1 articles with one")
    assert lines[-1].startswith("  1. Vladimir Putin (RUS) | direct_quote | said | 2022-02-01 | NATO ignored our concerns.")
    moves = report(result, "movements", 5, seed=1)
    assert moves[-1].startswith("  1. RUS | 30000 (exact) | ['BLR']")
