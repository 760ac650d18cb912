"""Articles in, the three tables out: the Python API behind `python -m extract build`.

Each article is checked, parsed once (only up to where the story ends), and handed to the statement
and movement extractors. One broken article becomes an `InputProblem`; the batch goes on. An
article whose text, date and extractor version are unchanged is taken from `previous` tables
instead of being extracted again.
"""
from __future__ import annotations

import dataclasses
import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from .records import Article, InputProblem
from .schema import coerce, empty_frame, to_frame

EXTRACTOR_VERSION = "1"
RESOURCES = Path(__file__).parent / "resources"

Progress = Callable[[int, int], None]


@dataclass
class ExtractionResult:
    """The three tables of a run, what went wrong, and how long it took."""

    articles: pd.DataFrame
    statements: pd.DataFrame
    movements: pd.DataFrame
    problems: list[InputProblem] = field(default_factory=list)
    drops: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    words: int = 0
    reused: int = 0

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {"articles": self.articles, "statements": self.statements, "movements": self.movements}

    @property
    def failed(self) -> list[InputProblem]:
        """Problems that stopped an article or a file (warnings excluded)."""
        return [p for p in self.problems if not p.message.startswith("warning:")]


@lru_cache(maxsize=1)
def _resources_digest() -> str:
    """The extractor's own identity: its version, its code and its resource tables. Any change to them
    means earlier rows may be out of date, so unchanged articles are extracted again."""
    digest = hashlib.sha1(EXTRACTOR_VERSION.encode())
    package = Path(__file__).parent
    for path in sorted([*package.glob("*.py"), *RESOURCES.glob("*")]):
        if path.is_file() and path.name not in ("evaluate.py", "benchmark.py", "sample.py", "cli.py", "__main__.py"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def content_hash(article: Article) -> str:
    """Changes when the text, the date or the extractor (code version or resource tables) change."""
    digest = hashlib.sha1(_resources_digest().encode())
    digest.update(str(article.published).encode())
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def _as_articles(items) -> tuple[list[Article], list[InputProblem]]:
    from .readers import articles_from_records

    articles, problems = [], []
    source = items if not isinstance(items, Article) else [items]
    for item in articles_from_records(source):
        (articles if isinstance(item, Article) else problems).append(item)
    return articles, problems


def extract_articles(
    articles: "pd.DataFrame | Iterable[Article | dict]",
    *,
    nlp=None,
    progress: bool | Progress = False,
    n_process: int = 1,
    batch_size: int = 64,
    max_chars: int = 1_000_000,
    previous: dict[str, pd.DataFrame] | None = None,
    keep_anonymous: bool = False,
) -> ExtractionResult:
    """Extract statements and movements from `articles` (a DataFrame or a list of Articles/dicts).

    `previous` holds tables of an earlier run: unchanged articles are copied from it, not re-extracted.
    `progress=True` shows a progress bar on stderr; a callable is called as `progress(done, total)`.
    `keep_anonymous=True` keeps statements whose source is not a known actor (speaker_type `unknown`):
    the attribution stage alone, as scored on PolNeAR; the product leaves them out.
    """
    from .validation import ArticleError, check_article

    started = time.perf_counter()
    items, problems = _as_articles(articles)
    valid: list[Article] = []
    for article in items:
        try:
            check_article(article, max_chars=max_chars)
        except ArticleError as exc:
            problems.append(InputProblem(article.origin or "api", str(exc), article.article_id))
            continue
        valid.append(article)

    hashes = {a.article_id: content_hash(a) for a in valid}
    reuse = _reusable(previous, hashes)
    todo = [a for a in valid if a.article_id not in reuse]

    article_rows: list[dict] = []
    statement_rows: list[dict] = []
    movement_rows: list[dict] = []
    reused_statements: list[pd.DataFrame] = []
    reused_movements: list[pd.DataFrame] = []
    drops: Counter = Counter()
    words = 0
    bar = _progress_bar(progress, len(valid))
    for article_id, (row, old_statements, old_movements) in reuse.items():
        article_rows.append(row)
        reused_statements.append(old_statements)
        reused_movements.append(old_movements)
        bar(1)
    if todo:
        from .nlp import get_pipeline

        nlp = nlp or get_pipeline()
        for article, doc, body_end, furniture in _parse(nlp, todo, n_process=n_process, batch_size=batch_size):
            try:
                statements, movements, dropped = extract_doc(article, doc, body_end, furniture,
                                                             keep_anonymous=keep_anonymous)
            except Exception as exc:  # one broken article must not stop the batch
                problems.append(InputProblem(article.origin or "api", f"extraction failed: {type(exc).__name__}: {exc}",
                                             article.article_id))
                bar(1)
                continue
            n_words = sum(1 for t in doc if not (t.is_space or t.is_punct))
            words += n_words
            drops.update(dropped)
            statement_rows += _with_ids(statements, article.article_id, "statement_id", "s")
            movement_rows += _with_ids(movements, article.article_id, "movement_id", "m")
            article_rows.append(_article_row(article, hashes[article.article_id], n_words, body_end,
                                             len(statements), len(movements)))
            bar(1)
    bar(0, close=True)
    order = {a.article_id: i for i, a in enumerate(valid)}
    return ExtractionResult(
        articles=_sorted(to_frame(article_rows, "articles"), order),
        statements=_concat([to_frame(statement_rows, "statements"), *reused_statements], "statements", order),
        movements=_concat([to_frame(movement_rows, "movements"), *reused_movements], "movements", order),
        problems=problems, drops=drops, seconds=time.perf_counter() - started, words=words, reused=len(reuse),
    )


def _with_ids(records: list, article_id: str, column: str, prefix: str) -> list[dict]:
    """Records as dicts with their row ids (`<article_id>:s1`, ...), in text order."""
    rows = []
    for i, record in enumerate(records, start=1):
        row = dataclasses.asdict(record)
        row[column] = f"{article_id}:{prefix}{i}"
        rows.append(row)
    return rows


def extract_doc(article: Article, doc, body_end: int, furniture: list[tuple[int, int]], *, keep_anonymous: bool = False):
    """Statements, movements and dropped-movement counts of one parsed article."""
    from .document import ArticleDoc
    from .movements import extract_movements
    from .speakers import SpeakerContext
    from .statements import extract_statements

    adoc = ArticleDoc(article, doc, body_end, furniture)
    statements = extract_statements(adoc, SpeakerContext(doc, article.published), keep_anonymous=keep_anonymous)
    statements.sort(key=lambda r: (r.sentence_start, r.content_start))
    movements, drops = extract_movements(adoc, SpeakerContext(doc, article.published), statements)
    return statements, movements, drops


def _parse(nlp, articles: list[Article], *, n_process: int, batch_size: int):
    """Parse each article up to the end of its story (page furniture after it is never parsed)."""
    from .furniture import furniture_map

    bounds = {}
    stream = []
    for i, article in enumerate(articles):
        found = furniture_map(article.text)
        bounds[i] = (found.body_end, list(found.spans))
        stream.append((article.text[: found.body_end], i))
    for doc, i in nlp.pipe(stream, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield articles[i], doc, bounds[i][0], bounds[i][1]


def _reusable(previous, hashes: dict[str, str]) -> dict[str, tuple[dict, pd.DataFrame, pd.DataFrame]]:
    if not previous or previous.get("articles") is None or previous["articles"].empty:
        return {}
    prev_articles = coerce(previous["articles"], "articles")
    statements = coerce(previous.get("statements", empty_frame("statements")), "statements")
    movements = coerce(previous.get("movements", empty_frame("movements")), "movements")
    out = {}
    for row in prev_articles.to_dict("records"):
        article_id = str(row["article_id"])
        if hashes.get(article_id) and hashes[article_id] == row["content_hash"]:
            out[article_id] = (row, statements[statements["article_id"] == article_id],
                               movements[movements["article_id"] == article_id])
    return out


def _article_row(article: Article, digest: str, n_words: int, body_end: int, n_statements: int, n_movements: int) -> dict:
    return {"article_id": article.article_id, "title": article.title, "published": article.published, "url": article.url,
            "source": article.source, "origin": article.origin, "n_chars": len(article.text), "n_words": n_words,
            "body_end": body_end, "n_statements": n_statements, "n_movements": n_movements, "content_hash": digest}


def _sorted(frame: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    if frame.empty:
        return frame
    key = frame["article_id"].map(order).fillna(len(order))
    return frame.assign(_k=key).sort_values("_k", kind="stable").drop(columns="_k").reset_index(drop=True)


def _concat(frames: list[pd.DataFrame], table: str, order: dict[str, int]) -> pd.DataFrame:
    frames = [f for f in frames if not f.empty]
    if not frames:
        return empty_frame(table)
    return _sorted(coerce(pd.concat(frames, ignore_index=True), table), order)


def _progress_bar(progress: bool | Progress, total: int):
    """A callable `step(n, close=False)` that drives tqdm or the caller's callback."""
    done = 0
    bar = None
    if progress is True:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="article", desc="extracting", dynamic_ncols=True)

    def step(n: int, close: bool = False) -> None:
        nonlocal done
        done += n
        if bar is not None:
            bar.update(n)
            if close:
                bar.close()
        elif callable(progress) and (n or close):
            progress(done, total)

    return step
