"""Rows from unseen corpus articles, printed for judging by hand: how precision on real articles is measured.

`python -m extract.sample statements --articles 200 --sample 40 --seed 7` extracts `--articles` random
full-text articles of the corpus that are not gold articles and prints the counts and `--sample`
random rows of the table with their sentences (`movements` likewise). The corpus stays outside the
repository (`../shared/corpus`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pandas as pd

from .pipeline import ExtractionResult, extract_articles
from .records import Article
from .reserved import is_reserved

DEFAULT_CORPUS = "../shared/corpus/r2nery-ukraine-media/articles_2021-11_2022-03.csv"
GOLD_DIR = "tests/gold"


def unseen_articles(path: str, n_articles: int, seed: int, gold_dir: str = GOLD_DIR) -> list[Article]:
    """`n_articles` random full-text articles of the corpus CSV (Date, URL, Title, Text, text_kind),
    leaving out those annotated in `gold_dir` and those reserved for independent evaluation."""
    gold_urls = set()
    for gold in Path(gold_dir).glob("*.json"):
        gold_urls.add(json.loads(gold.read_text(encoding="utf-8")).get("source", {}).get("url"))
    frame = pd.read_csv(path)
    frame = frame[(frame["text_kind"] == "full_text") & frame["Text"].notna() & ~frame["URL"].isin(gold_urls)
                  & ~frame["URL"].astype(str).map(is_reserved)]
    frame = frame.sample(n=min(n_articles, len(frame)), random_state=seed)
    return [Article(f"corpus-{i}", text, title=str(title), published=dt.date.fromisoformat(str(date)[:10]), url=str(url))
            for i, text, title, date, url in zip(frame.index, frame["Text"], frame["Title"], frame["Date"], frame["URL"])]


def _clip(text, n: int = 300) -> str:
    return " ".join(str(text).split())[:n] if isinstance(text, str) else ""


def statement_line(r) -> str:
    """One statement to judge: speaker (country) | kind | cue | date | content | sentence."""
    return (f"{r.speaker} ({r.speaker_country}) | {r.kind} | {r.cue} | {r.date.date() if pd.notna(r.date) else '-'} "
            f"| {_clip(r.text, 200)} || {_clip(r.sentence)}")


def movement_line(r) -> str:
    """One movement to judge: actor | troops | destinations | status | cue | sentence."""
    troops = "" if pd.isna(r.troops) else f"{int(r.troops)} ({r.troops_qualifier})"
    text = r.troops_text if isinstance(r.troops_text, str) else ""
    return (f"{r.actor} | {troops or text or '-'} | {list(r.destinations)} {list(r.destination_places)} | {r.status}"
            f"{' (future)' if r.is_future else ''} | {r.cue} | {_clip(r.sentence)}")


def report(result: ExtractionResult, table: str, n_show: int, seed: int) -> list[str]:
    """The counts of `table` and `n_show` random rows of it, one line each."""
    rows = result.tables[table]
    lines = [f"{len(result.tables['articles'])} articles, {len(rows)} {table}, {rows['article_id'].nunique()} articles with one; "
             f"{len(result.failed)} failed; {result.seconds:.0f} s"]
    column = "kind" if table == "statements" else "status"
    lines.append(f"by {column}: " + ", ".join(f"{k} {v}" for k, v in rows[column].value_counts().items()))
    if table == "movements":
        dropped = result.drops[result.drops["kind"] == "movement"]["rule"].value_counts()
        lines.append("dropped: " + ", ".join(f"{k} {v}" for k, v in dropped.items()))
    shown = rows.sample(n=min(n_show, len(rows)), random_state=seed) if len(rows) else rows
    line = statement_line if table == "statements" else movement_line
    lines.append(f"\n{len(shown)} random {table}:")
    lines += [f"{k:3}. {line(r)}" for k, r in enumerate(shown.itertuples(), 1)]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", choices=["statements", "movements"])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="CSV with Date, URL, Title, Text, text_kind")
    parser.add_argument("--articles", type=int, default=200, help="number of articles to extract from")
    parser.add_argument("--sample", type=int, default=40, help="number of rows to print for judging")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    result = extract_articles(unseen_articles(args.corpus, args.articles, args.seed))
    print("\n".join(report(result, args.table, args.sample, args.seed)))


if __name__ == "__main__":
    main()
