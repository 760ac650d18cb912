"""`python -m extract build INPUT... --out DIR`: build the tables from files and folders."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .records import Article, InputProblem

AUTO_JOBS_MIN_ARTICLES = 50  # below this, starting a second worker costs more than it saves


def build(args: argparse.Namespace) -> int:
    from .pipeline import extract_articles
    from .readers import read_inputs
    from .store import read_tables, write_json, write_tables

    out = Path(args.out)
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for item in read_inputs(args.inputs):
        (articles if isinstance(item, Article) else problems).append(item)
    previous = None if args.force or not out.exists() else read_tables(out)
    jobs = args.jobs or (2 if (os.cpu_count() or 1) >= 2 and len(articles) >= AUTO_JOBS_MIN_ARTICLES else 1)
    result = extract_articles(articles, progress=not args.quiet, n_process=jobs, max_chars=args.max_chars,
                              previous=previous)
    result.problems[:0] = problems
    tables = result.tables
    if args.append and previous is not None:
        tables = _append(previous, tables)
    write_tables(tables, out, csv=args.csv)
    failed = result.failed
    summary = {
        "articles_in": len(articles) + len([p for p in problems if p.article_id]),
        "articles": len(tables["articles"]),
        "extracted": len(result.articles) - result.reused,
        "reused": result.reused,
        "statements": len(tables["statements"]),
        "movements": len(tables["movements"]),
        "failed": len(failed),
        "problems": [{"origin": p.origin, "article_id": p.article_id, "message": p.message} for p in result.problems],
        "dropped_movements": dict(result.drops),
        "seconds": round(result.seconds, 2),
        "words": result.words,
        "words_per_second": round(result.words / result.seconds, 1) if result.seconds and result.words else None,
    }
    write_json(summary, out / "run.json")
    err = sys.stderr
    for p in result.problems:
        label = "warning" if p.message.startswith("warning:") else "error"
        where = f"{p.origin}" + (f" [{p.article_id}]" if p.article_id else "")
        print(f"{label}: {where}: {p.message.removeprefix('warning: ')}", file=err)
    print(f"{summary['articles']} articles ({summary['extracted']} extracted, {summary['reused']} unchanged), "
          f"{summary['statements']} statements, {summary['movements']} movements, {summary['failed']} failed "
          f"-> {out}", file=err)
    if result.drops:
        print("movement-like sentences dropped or flagged: " + ", ".join(f"{k}: {v}" for k, v in result.drops.items()),
              file=err)
    return 1 if failed else 0


def _append(previous, tables):
    """Keep the articles already in --out that this run did not touch."""
    import pandas as pd

    fresh = set(tables["articles"]["article_id"].astype(str))
    merged = {}
    for name, frame in tables.items():
        old = previous[name]
        old = old[~old["article_id"].astype(str).isin(fresh)]
        merged[name] = pd.concat([old, frame], ignore_index=True) if len(old) else frame
    return merged


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m extract", description="Ukraine Crisis Timeline extractor")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract statements and movements from articles into Parquet tables")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md/.html files, .jsonl/.csv batches, or folders")
    b.add_argument("--out", required=True, help="output folder for articles/statements/movements.parquet")
    b.add_argument("--csv", action="store_true", help="also write CSV copies of the tables")
    b.add_argument("--jobs", type=int, default=0,
                   help="spaCy worker processes; 0 (default) uses 2 when the machine has 2+ CPUs and the batch "
                        f"has {AUTO_JOBS_MIN_ARTICLES}+ articles to extract, else 1")
    b.add_argument("--max-chars", type=int, default=1_000_000, help="longest article accepted, in characters")
    b.add_argument("--force", action="store_true", help="extract every article again, even unchanged ones")
    b.add_argument("--append", action="store_true", help="keep articles already in --out that are not in this run")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=build)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)
