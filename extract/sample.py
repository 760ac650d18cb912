"""Rows from unseen corpus articles, printed for judging by hand: how precision on real articles is measured.

`python -m extract.sample statements --articles 200 --sample 40 --seed 7` extracts `--articles` random
full-text articles of the corpus that are not gold articles and prints the counts and `--sample`
random rows of the table with their sentences (`movements` likewise): precision.

`--genre readout|briefing|release|regional` samples the parties' own texts instead of the news CSV: White
House readouts and statements, press briefings and remarks, Kremlin and Ukrainian presidential releases,
and GDELT-found regional pieces (gold and reserved articles are left out before any text is read).

`python -m extract.sample articles --articles 4 --seed 7` prints `--articles` whole unseen articles,
each with numbered paragraphs and then every statement and movement row made from it, so a judge can
read the article beside its rows and list what is missing (recall) as well as what is wrong. The
corpus stays outside the repository (`../shared/corpus`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from .pipeline import ExtractionResult, extract_articles
from .quotes import paragraphs
from .records import Article
from .reserved import is_reserved, require_reserved_list

DEFAULT_CORPUS = "../shared/corpus/r2nery-ukraine-media/articles_2021-11_2022-03.csv"
GOLD_DIR = "tests/gold"
CORPUS_ROOT = Path("../shared/corpus")
# genre → the corpus files it is sampled from (folders of texts, or CSVs of releases), under CORPUS_ROOT
GENRE_SOURCES = {
    "readout": ("whitehouse-briefings/statements-releases",),
    "briefing": ("whitehouse-briefings/press-briefings", "whitehouse-briefings/speeches-remarks"),
    "release": ("kremlin-zelenskyy-press-releases/putin_2021-11_2022-03.csv",
                "kremlin-zelenskyy-press-releases/zelenskyy_2021-11_2022-03.csv"),
    "regional": ("hellaskella33-gdelt-articles/articles",),
}


def gold_sources(gold_dir: str) -> tuple[set[str], set[str]]:
    """(URLs, file names) of the gold articles' sources."""
    urls, files = set(), set()
    for gold in Path(gold_dir).glob("*.json"):
        source = json.loads(gold.read_text(encoding="utf-8")).get("source", {})
        urls.add(source.get("url"))
        files.add(Path(source.get("file") or "").name)
    return urls, files


def genre_articles(genre: str, n_articles: int, seed: int, *, root: Path = CORPUS_ROOT,
                   gold_dir: str = GOLD_DIR) -> list[Article]:
    """`n_articles` random texts of `genre` (see GENRE_SOURCES) that are neither gold nor reserved."""
    from .readers import read_inputs

    listed = require_reserved_list(root)
    gold_urls, gold_files = gold_sources(gold_dir)
    files, tables = [], []
    for source in GENRE_SOURCES[genre]:
        path = root / source
        if path.suffix == ".csv":
            tables.append(path)
        else:
            files += sorted(p for p in path.rglob("*") if p.suffix in (".md", ".txt"))
    files = [p for p in files if p.name not in gold_files and not is_reserved(p.name, listed)]
    candidates: list[Path | tuple[Path, int]] = list(files)
    for table in tables:
        frame = pd.read_csv(table, usecols=["link"])
        candidates += [(table, i) for i, url in enumerate(frame["link"].astype(str))
                       if url not in gold_urls and not is_reserved(url, listed)]
    picked = pd.Series(range(len(candidates))).sample(n=min(n_articles, len(candidates)), random_state=seed)
    chosen = [candidates[i] for i in sorted(picked)]
    articles = [a for a in read_inputs([p for p in chosen if isinstance(p, Path)]) if isinstance(a, Article)]
    for table in tables:
        rows = {i for t, i in (c for c in chosen if isinstance(c, tuple)) if t == table}
        if rows:
            frame = pd.read_csv(table).iloc[sorted(rows)]
            articles += [a for a in read_inputs_frame(frame, table.name)]
    return articles


def read_inputs_frame(frame: pd.DataFrame, name: str) -> list[Article]:
    """Release rows (link, headline, date, body) as articles."""
    return [Article(f"{Path(name).stem}-{i}", str(r.body), title=str(r.headline), url=str(r.link),
                    published=dt.date.fromisoformat(str(r.date)[:10]), source=urlparse(str(r.link)).netloc)
            for i, r in zip(frame.index, frame.itertuples()) if isinstance(r.body, str) and r.body.strip()]


def unseen_articles(path: str, n_articles: int, seed: int, gold_dir: str = GOLD_DIR) -> list[Article]:
    """`n_articles` random full-text articles of the corpus CSV (Date, URL, Title, Text, text_kind),
    leaving out those annotated in `gold_dir` and those reserved for independent evaluation."""
    listed = require_reserved_list(Path(path))
    gold_urls, _ = gold_sources(gold_dir)
    frame = pd.read_csv(path)
    frame = frame[(frame["text_kind"] == "full_text") & frame["Text"].notna() & ~frame["URL"].isin(gold_urls)
                  & ~frame["URL"].astype(str).map(lambda url: is_reserved(url, listed))]
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


_ABBREVIATION = r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
_SENTENCE_END = re.compile(_ABBREVIATION + "[.!?][\"\u201d\u2019]?(\\s+(?=[\"\u201c\u2018A-Z0-9])|(?=\u201c))")


def numbered_pieces(text: str) -> list[tuple[str, int, int]]:
    """The text cut for reading: `(label, start, end)` per paragraph (`3`), or per rough sentence of a
    paragraph that holds several (`3.2`), since many corpus texts are one paragraph (scraped without breaks)."""
    pieces = []
    for k, para in enumerate(paragraphs(text), 1):
        cuts = [para.start, *(para.start + m.end() for m in _SENTENCE_END.finditer(text[para.start:para.end])), para.end]
        spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]
        pieces += [(str(k) if len(spans) == 1 else f"{k}.{j}", a, b) for j, (a, b) in enumerate(spans, 1)]
    return pieces


def _label_at(pieces: list[tuple[str, int, int]], offset) -> str:
    """The label of the piece that holds `offset` (`?` when unknown)."""
    if pd.isna(offset):
        return "?"
    return next((label for label, start, _ in reversed(pieces) if start <= int(offset)), "?")


def article_report(result: ExtractionResult, articles: list[Article]) -> list[str]:
    """Each article whole, for judging recall: id, outlet, URL, date, words; its paragraphs (and their rough sentences) numbered;
    then every statement (speaker, method, content) and movement (actor, troops, places, status) made
    from it, each with the label of the piece its sentence starts in."""
    lines: list[str] = []
    for article in articles:
        pieces = numbered_pieces(article.text)
        outlet = urlparse(article.url).netloc.removeprefix("www.") or "-"
        lines += [f"{'=' * 100}", f"{article.article_id} | {outlet} | {article.published} | "
                  f"{len(article.text.split())} words | {article.url}", f"TITLE: {article.title}", ""]
        lines += [f"[{label}] {' '.join(article.text[a:b].split())}" for label, a, b in pieces]
        statements = result.statements[result.statements["article_id"] == article.article_id]
        lines.append(f"\nSTATEMENTS ({len(statements)}):")
        lines += [f"  S{k} [{_label_at(pieces, r.sentence_start)}] {r.speaker} ({r.speaker_country}) | {r.kind} "
                  f"| {r.method} | {r.cue} | {_clip(r.text, 200)}" for k, r in enumerate(statements.itertuples(), 1)]
        movements = result.movements[result.movements["article_id"] == article.article_id]
        lines.append(f"MOVEMENTS ({len(movements)}):")
        lines += [f"  M{k} [{_label_at(pieces, r.sentence_start)}] {movement_line(r)}"
                  for k, r in enumerate(movements.itertuples(), 1)]
        lines.append("")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", choices=["statements", "movements", "articles"],
                        help="a table to judge row by row, or `articles`: whole articles with all their rows")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="CSV with Date, URL, Title, Text, text_kind")
    parser.add_argument("--articles", type=int, default=200, help="number of articles to extract from")
    parser.add_argument("--sample", type=int, default=40, help="number of rows to print for judging")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--genre", choices=["news", *GENRE_SOURCES], default="news",
                        help="news: the news CSV (--corpus); else the parties' own texts or regional pieces")
    args = parser.parse_args(argv)
    require_reserved_list(Path(args.corpus) if args.genre == "news" else CORPUS_ROOT)
    if args.genre == "news":
        articles = unseen_articles(args.corpus, args.articles, args.seed)
    else:
        articles = genre_articles(args.genre, args.articles, args.seed)
    result = extract_articles(articles)
    if args.table == "articles":
        print("\n".join(article_report(result, articles)))
    else:
        print("\n".join(report(result, args.table, args.sample, args.seed)))


if __name__ == "__main__":
    main()
