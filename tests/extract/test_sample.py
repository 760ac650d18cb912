"""Tests for extract.sample: unseen corpus articles (gold ones left out) and the lines printed for judging."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from extract.pipeline import extract_articles
from extract.records import Article
from extract.sample import main, numbered_pieces, report, unseen_articles


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


def test_articles_mode_prints_whole_articles_with_all_their_rows(tmp_path, capsys, pipeline):
    csv = tmp_path / "corpus.csv"
    text = ('Russian President Vladimir Putin said on Tuesday that "NATO ignored our concerns."\n\n'
            "Russia has moved 30,000 troops to Belarus for exercises.")
    pd.DataFrame({"Date": ["2022-02-03"], "URL": ["https://www.news.example/a"], "Title": ["Putin and troops"],
                  "Text": [text], "text_kind": ["full_text"]}).to_csv(csv, index=False)
    main(["articles", "--corpus", str(csv), "--articles", "3", "--seed", "1"])
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "corpus-0 | news.example | 2022-02-03 | 21 words | https://www.news.example/a"
    assert "[1] Russian President Vladimir Putin said on Tuesday that \"NATO ignored our concerns.\"" in out
    assert "[2] Russia has moved 30,000 troops to Belarus for exercises." in out
    assert "STATEMENTS (1):" in out and "MOVEMENTS (1):" in out
    statement = next(line for line in out if line.startswith("  S1 "))
    assert statement.startswith("  S1 [1] Vladimir Putin (RUS) | direct_quote | quote:")
    assert statement.endswith("| NATO ignored our concerns.")
    assert next(line for line in out if line.startswith("  M1 ")).startswith("  M1 [2] RUS | 30000 (exact) | ['BLR']")


def test_numbered_pieces_cut_long_paragraphs_into_rough_sentences():
    text = 'Putin said: "We will go." The U.S. sent 3,000 troops. Mr. Biden said no.\n\nShort line'
    assert [(label, text[a:b].strip()) for label, a, b in numbered_pieces(text)] == [
        ("1.1", 'Putin said: "We will go."'), ("1.2", "The U.S. sent 3,000 troops."),
        ("1.3", "Mr. Biden said no."), ("2", "Short line")]


def test_genre_articles_leave_out_gold_files_and_rows(tmp_path, monkeypatch):
    import extract.sample as sample

    root = tmp_path / "corpus"
    texts = root / "hellaskella33-gdelt-articles" / "articles"
    texts.mkdir(parents=True)
    (texts / "a_kept.txt").write_text("The minister said the talks would go on.\n", encoding="utf-8")
    (texts / "b_gold.txt").write_text("Annotated already.\n", encoding="utf-8")
    releases = root / "kremlin-zelenskyy-press-releases"
    releases.mkdir()
    pd.DataFrame({"link": ["http://en.kremlin.ru/1", "http://en.kremlin.ru/gold"], "headline": ["Kept", "Gold"],
                  "date": ["2022-02-01T10:00:00Z", "2022-02-02T10:00:00Z"], "body": ["Putin said yes.", "Gold."]}
                 ).to_csv(releases / "putin.csv", index=False)
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "g.json").write_text(json.dumps({"source": {"file": "articles/b_gold.txt"}}), encoding="utf-8")
    (gold / "h.json").write_text(json.dumps({"source": {"file": "putin.csv", "url": "http://en.kremlin.ru/gold"}}),
                                 encoding="utf-8")
    monkeypatch.setitem(sample.GENRE_SOURCES, "regional", ("hellaskella33-gdelt-articles/articles",))
    monkeypatch.setitem(sample.GENRE_SOURCES, "release", ("kremlin-zelenskyy-press-releases/putin.csv",))
    regional = sample.genre_articles("regional", 10, 1, root=root, gold_dir=str(gold))
    release = sample.genre_articles("release", 10, 1, root=root, gold_dir=str(gold))
    assert [a.text.strip() for a in regional] == ["The minister said the talks would go on."]
    assert [(a.title, a.url, a.published) for a in release] == [("Kept", "http://en.kremlin.ru/1", dt.date(2022, 2, 1))]
