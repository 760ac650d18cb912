"""`python -m extract build INPUT... --out DIR`: build the tables from files and folders.

Nothing already in DIR is lost: a run that read no article leaves DIR as it was; an article that
fails this time keeps the rows an earlier build gave it; rows are streamed to a checkpoint, so a
killed or interrupted build goes on where it stopped when the same command is run again.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from .records import Article, InputProblem

AUTO_JOBS_MIN_ARTICLES = 50  # below this, starting a second worker costs more than it saves
INTERRUPTED = 130  # the shell's status for a command ended by Ctrl-C


class Interrupted(KeyboardInterrupt):
    """The build was asked to stop (Ctrl-C or SIGTERM)."""


def _stop_on_sigterm():
    """Make SIGTERM stop the build like Ctrl-C (rows so far kept); returns the handler it replaced."""
    def handler(signum, frame):
        raise Interrupted(f"signal {signum}")

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. called from a server): leave signals alone
        return None


def read_all(inputs: list[str], *, progress: bool, corpus: str | None = None) -> tuple[list[Article], list[InputProblem]]:
    """Every article and problem of `inputs` (and of the shared `corpus`), with a running count on stderr."""
    from itertools import chain

    from .corpus import corpus_articles
    from .readers import read_inputs

    articles: list[Article] = []
    problems: list[InputProblem] = []
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", desc="reading", dynamic_ncols=True, mininterval=0.5)
    for item in chain(read_inputs(inputs) if inputs else (), corpus_articles(corpus) if corpus else ()):
        if isinstance(item, Article):
            articles.append(item)
            if bar is not None:
                bar.update(1)
        else:
            problems.append(item)
    if bar is not None:
        bar.close()
    return articles, problems


def build(args: argparse.Namespace) -> int:
    from .checkpoint import FOLDER, Checkpoint
    from .pipeline import extract_articles
    from .store import read_tables, remove_stale_temp

    out = Path(args.out)
    remove_stale_temp(out)
    remove_stale_temp(out / FOLDER)
    articles, problems = read_all(args.inputs, progress=not args.quiet, corpus=args.corpus)
    previous = None if args.force or not out.exists() else read_tables(out)
    checkpoint = Checkpoint(out / FOLDER)
    resumed = None if args.force else checkpoint.load()
    jobs = args.jobs or (2 if (os.cpu_count() or 1) >= 2 and len(articles) >= AUTO_JOBS_MIN_ARTICLES else 1)
    before = _stop_on_sigterm()
    try:
        result = extract_articles(articles, progress=not args.quiet, n_process=jobs, max_chars=args.max_chars,
                                  previous=previous, resumed=resumed, sink=checkpoint)
    except KeyboardInterrupt:
        done = len(checkpoint.complete_parts())
        print(f"interrupted: {out} is unchanged; the rows extracted so far are kept in {out / FOLDER} "
              f"({done} part{'s' if done != 1 else ''}); run the same command again to go on from there",
              file=sys.stderr)
        return INTERRUPTED
    finally:
        if before is not None:
            signal.signal(signal.SIGTERM, before)
    result.problems[:0] = problems
    _report(result.problems)
    if result.articles.empty:
        print(f"error: no article could be read or extracted; {out} is left as it was", file=sys.stderr)
        return 1
    tables = _keep_failed(previous, result) if previous is not None else result.tables
    tables = {**tables, "texts": shipped_texts(articles, tables["articles"])}
    if args.append and previous is not None:
        tables = _append(previous, tables)
    from .happenings import add_happenings

    tables = add_happenings(tables)  # over the whole table, so an --append run regroups old and new rows
    _write(out, tables, result, n_in=len(articles) + len([p for p in problems if p.article_id]), csv=args.csv)
    checkpoint.clear()
    return 1 if result.failed else 0


def shipped_texts(articles: list[Article], table):
    """The `texts` table: the full text of each article whose licence lets it ship (`extract.corpus`)."""
    from .corpus import ships_text
    from .schema import to_frame

    kept = set(table["article_id"].astype(str))
    return to_frame([{"article_id": a.article_id, "text": a.text} for a in articles
                     if ships_text(a.licence) and a.article_id in kept], "texts")


def _write(out: Path, tables: dict, result, *, n_in: int, csv: bool) -> None:
    """The tables and `run.json`, each written atomically; a summary line on stderr."""
    from .store import write_json, write_tables

    write_tables(tables, out, csv=csv)
    summary = {
        "articles_in": n_in,
        "articles": len(tables["articles"]),
        "extracted": len(result.articles) - result.reused - result.resumed,
        "reused": result.reused,
        "resumed": result.resumed,
        "statements": len(tables["statements"]),
        "movements": len(tables["movements"]),
        "events": len(tables["events"]),
        "failed": len(result.failed),
        "problems": [{"origin": p.origin, "article_id": p.article_id, "message": p.message} for p in result.problems],
        "drops": len(tables["drops"]),
        "dropped": _counts(tables["drops"]),
        "flagged_movements": dict(result.flags),
        "seconds": round(result.seconds, 2),
        "words": result.words,
        "words_per_second": round(result.words / result.seconds, 1) if result.seconds and result.words else None,
    }
    write_json(summary, out / "run.json")
    resumed = f", {summary['resumed']} from an interrupted run" if result.resumed else ""
    print(f"{summary['articles']:,} articles ({summary['extracted']:,} extracted, {summary['reused']:,} unchanged"
          f"{resumed}), {summary['statements']:,} statements, {summary['movements']:,} movements, "
          f"{summary['failed']:,} failed -> {out}", file=sys.stderr)
    if summary["drops"]:
        print(f"{summary['drops']:,} candidates dropped by {len(summary['dropped'])} rules (drops.parquet, run.json)",
              file=sys.stderr)
    if result.flags:
        print("movements kept with a caveat: " + ", ".join(f"{k}: {v}" for k, v in result.flags.items()), file=sys.stderr)


def _counts(drops) -> dict[str, int]:
    """Drops per rule id, most first (`run.json`'s `dropped`)."""
    return {str(k): int(v) for k, v in drops["rule"].value_counts().items()} if len(drops) else {}


def _report(problems: list[InputProblem]) -> None:
    for p in problems:
        label = "warning" if p.message.startswith("warning:") else "error"
        where = f"{p.origin}" + (f" [{p.article_id}]" if p.article_id else "")
        print(f"{label}: {where}: {p.message.removeprefix('warning: ')}", file=sys.stderr)


def _keep_failed(previous, result):
    """This run's tables plus the earlier rows of articles that failed this time (they are not lost)."""
    import pandas as pd

    failed = {p.article_id for p in result.failed if p.article_id} - set(result.articles["article_id"].astype(str))
    if not failed:
        return result.tables
    tables = {}
    for name, frame in result.tables.items():
        old = previous[name][previous[name]["article_id"].astype(str).isin(failed)]
        tables[name] = pd.concat([frame, old], ignore_index=True) if len(old) else frame
    kept = len(previous["articles"][previous["articles"]["article_id"].astype(str).isin(failed)])
    if kept:
        print(f"warning: kept the earlier rows of {kept} article{'s' if kept != 1 else ''} that failed this time",
              file=sys.stderr)
    return tables


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


def _count(minimum: int, what: str):
    """An argparse type: an integer of at least `minimum`."""
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"{what} must be at least {minimum}, got {number}")
        return number

    return parse


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m extract", description="Ukraine Crisis Timeline extractor")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract statements and movements from articles into Parquet tables")
    b.add_argument("inputs", nargs="*", metavar="INPUT", help=".txt/.md/.html files, .jsonl/.csv batches, or folders")
    b.add_argument("--corpus", metavar="DIR", help="also read the shared corpus at DIR (`extract.corpus`: reserved and "
                                                   "off-topic articles left out; texts ship only where their licence allows)")
    b.add_argument("--out", required=True, help="output folder for articles/statements/movements.parquet")
    b.add_argument("--csv", action="store_true", help="also write CSV copies of the tables (else older copies are removed)")
    b.add_argument("--jobs", type=_count(0, "--jobs"), default=0,
                   help="worker processes; 0 (default) uses 2 when the machine has 2+ CPUs and the batch "
                        f"has {AUTO_JOBS_MIN_ARTICLES}+ articles, else 1")
    b.add_argument("--max-chars", type=_count(1, "--max-chars"), default=1_000_000,
                   help="longest article accepted, in characters")
    b.add_argument("--force", action="store_true",
                   help="extract every article again, even unchanged ones (and ignore an interrupted run's checkpoint)")
    b.add_argument("--append", action="store_true", help="keep articles already in --out that are not in this run")
    b.add_argument("--quiet", action="store_true", help="no progress bars")
    b.set_defaults(func=build)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "build" and not args.inputs and not args.corpus:
        parser().error("give at least one INPUT or --corpus DIR")
    if args.command == "build" and Path(args.out).exists() and not Path(args.out).is_dir():
        parser().error(f"--out {args.out} is a file, not a folder")
    try:
        return args.func(args)
    except KeyboardInterrupt:  # Ctrl-C while reading inputs or writing: one line, no traceback
        print("interrupted", file=sys.stderr)
        return INTERRUPTED
