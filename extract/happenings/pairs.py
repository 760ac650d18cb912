"""`python -m extract.happenings.pairs DATA_DIR --n 120 --seed 1`: random merged pairs for a human judge.

Each pair is two rows that got the same `event_id` from different articles; the judge marks each as the same
or a different happening. The sample is stratified by kind (communication events, statements, movements) in
proportion to their merged rows, with at least MIN_PER_STRATUM of each where available.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pandas as pd

from ..schema import EVENT_KINDS
from ..store import read_tables

MIN_PER_STRATUM = 20
CLIP = 220  # characters of a text shown


def merged_rows(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Rows of events reported by two or more articles, with their stratum and row id."""
    statements = tables["statements"].assign(row_id=tables["statements"]["statement_id"])
    statements["stratum"] = statements["kind"].map(lambda k: "communication" if k in EVENT_KINDS else "statement")
    movements = tables["movements"].assign(row_id=tables["movements"]["movement_id"], stratum="movement", kind="movement")
    rows = pd.concat([statements, movements], ignore_index=True)
    rows = rows[rows["event_id"].notna()]
    spread = rows.groupby("event_id")["article_id"].transform("nunique")
    return rows[spread >= 2].reset_index(drop=True)


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """How many of `n` pairs each stratum gets: MIN_PER_STRATUM (or all it has) first, the rest in proportion to
    what each has left."""
    floors = {name: min(size, MIN_PER_STRATUM) for name, size in sizes.items()}
    rest = max(0, n - sum(floors.values()))
    left = {name: sizes[name] - floors[name] for name in sizes}
    total = sum(left.values()) or 1
    return {name: floors[name] + min(left[name], round(rest * left[name] / total)) for name in sizes}


def sample_pairs(rows: pd.DataFrame, n: int, seed: int) -> list[tuple[pd.Series, pd.Series]]:
    """Pairs (a merged row, another row of its event from another article), stratified by kind."""
    rng = random.Random(seed)
    by_event = {eid: group for eid, group in rows.groupby("event_id")}
    strata = {name: group for name, group in rows.groupby("stratum")}
    pairs = []
    for name, count in allocate({k: len(v) for k, v in strata.items()}, n).items():
        order = list(strata[name].index)
        rng.shuffle(order)
        for idx in order[:count]:
            row = rows.loc[idx]
            others = by_event[row["event_id"]]
            others = others[others["article_id"] != row["article_id"]]
            pairs.append((row, others.loc[rng.choice(list(others.index))]))
    return pairs


def _clip(value) -> str:
    text = " ".join(str(value).split()) if isinstance(value, str) else ""
    return text if len(text) <= CLIP else text[:CLIP - 1] + "…"


def describe(row: pd.Series, articles: pd.DataFrame) -> str:
    article = articles.loc[row["article_id"]] if row["article_id"] in articles.index else None
    title = f"{_clip(article['title'])} — {article['source'] if isinstance(article['source'], str) else article['url']}" if article is not None else ""
    date = f"{row['date']:%Y-%m-%d}" if pd.notna(row["date"]) else "no date"
    if row["stratum"] == "movement":
        who = f"{row['actor']} {row['troops_text'] if isinstance(row['troops_text'], str) else ''} {row['status']} -> {', '.join(row['destinations'])}"
        text = row["sentence"]
    else:
        who = f"{row['speaker']} -> {', '.join(row['addressees'])}" + (f" (with {', '.join(row['co_speakers'])})" if len(row["co_speakers"]) else "")
        text = row["text"]
    place = f" | place {row['place']}" if "place" in row and isinstance(row.get("place"), str) else ""
    future = " | future" if row["is_future"] is True else ""
    return (f"   {row['row_id']} [{row['kind']}] {who} | {date} ({row['date_precision']}){place}{future}\n"
            f"     \"{_clip(text)}\"\n     {title}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m extract.happenings.pairs", description=__doc__.splitlines()[0])
    p.add_argument("data_dir")
    p.add_argument("--n", type=int, default=120, help="about how many pairs (each stratum gets at least 20)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    if not (Path(args.data_dir) / "statements.parquet").exists():
        print(f"error: {args.data_dir} holds no statements.parquet", file=sys.stderr)
        return 1
    tables = read_tables(Path(args.data_dir))
    articles = tables["articles"].set_index("article_id")
    pairs = sample_pairs(merged_rows(tables), args.n, args.seed)
    for number, (a, b) in enumerate(pairs, 1):
        print(f"#{number} {a['stratum']} {a['event_id']}\n{describe(a, articles)}\n{describe(b, articles)}\n"
              f"   same happening? [ ]\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
