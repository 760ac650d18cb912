"""Articles in, the tables out: the Python API behind `python -m extract build`.

Each article is checked, then parsed and extracted (`extract.extraction`) in this process or in
worker processes (`extract.workers`). One broken article becomes an `InputProblem`; the batch goes on. An
article whose text, date and extractor version are unchanged is taken from `previous` tables
instead of being extracted again.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import pandas as pd

from .extraction import CHUNK_ARTICLES, ArticleResult, chunks, content_hash, extract_chunk
from .records import Article, InputProblem
from .schema import EXTRACTED_TABLES, coerce, empty_frame, to_frame

Progress = Callable[[int, int], None]


@dataclass
class ExtractionResult:
    """The tables of a run (rows, and the candidates rules dropped), what went wrong, and how long it took."""

    articles: pd.DataFrame
    statements: pd.DataFrame
    movements: pd.DataFrame
    drops: pd.DataFrame = field(default_factory=lambda: empty_frame("drops"))
    problems: list[InputProblem] = field(default_factory=list)
    flags: Counter = field(default_factory=Counter)  # movements kept with a caveat, by note
    seconds: float = 0.0
    words: int = 0
    reused: int = 0
    resumed: int = 0  # articles taken from an interrupted run's checkpoint

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {"articles": self.articles, "statements": self.statements, "movements": self.movements,
                "drops": self.drops}

    @property
    def failed(self) -> list[InputProblem]:
        """Problems that stopped an article or a file (warnings excluded)."""
        return [p for p in self.problems if not p.message.startswith("warning:")]


def _as_articles(items) -> tuple[list[Article], list[InputProblem]]:
    from .readers import articles_from_records

    articles, problems = [], []
    source = items if not isinstance(items, Article) else [items]
    for item in articles_from_records(source):
        (articles if isinstance(item, Article) else problems).append(item)
    return articles, problems


class MemoryRows:
    """Collects the rows of extracted articles in memory (the API's default; the CLI streams them to disk)."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {"articles": [], "statements": [], "movements": [], "drops": []}

    def add(self, result: ArticleResult) -> None:
        self.rows["articles"].append(result.row)
        self.rows["statements"] += result.statements
        self.rows["movements"] += result.movements
        self.rows["drops"] += result.drops

    def flush(self) -> None:
        """Nothing to write: the rows stay in memory."""

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: to_frame(rows, name) for name, rows in self.rows.items()}


def extract_articles(
    articles: "pd.DataFrame | Iterable[Article | dict]",
    *,
    nlp=None,
    progress: bool | Progress = False,
    n_process: int = 1,
    max_chars: int = 1_000_000,
    previous: dict[str, pd.DataFrame] | None = None,
    keep_anonymous: bool = True,
    keep_unresolved: bool = False,
    sink=None,
    resumed: dict[str, pd.DataFrame] | None = None,
) -> ExtractionResult:
    """Extract statements and movements from `articles` (a DataFrame or a list of Articles/dicts).

    `previous` holds tables of an earlier run: unchanged articles are copied from it, not re-extracted
    (so are articles in `resumed`, the rows an interrupted run left in its checkpoint).
    `progress=True` shows a progress bar on stderr; a callable is called as `progress(done, total)`.
    `n_process` > 1 extracts in that many worker processes. `sink` receives each extracted article's
    rows (default: kept in memory; `checkpoint.Checkpoint` writes them to disk as it goes).
    Statements of anonymous sources ("experts say") are rows with speaker and speaker_type `anonymous`;
    `keep_anonymous=False` drops them instead (`drop:statement:anonymous`). `keep_unresolved=True` (PolNeAR only, never
    the build) also keeps a source no actor answers to, as speaker_type `unknown`: the attribution stage alone.
    """
    started = time.perf_counter()
    items, problems = _as_articles(articles)
    valid = _valid(items, problems, max_chars)
    hashes = {a.article_id: content_hash(a) for a in valid}
    reuse = _reusable(previous, hashes)
    resume = _reusable(resumed, hashes, skip=set(reuse))
    todo = [a for a in valid if a.article_id not in reuse and a.article_id not in resume]

    sink = sink if sink is not None else MemoryRows()
    flags: Counter = Counter()
    words = 0
    bar = _progress_bar(progress, len(valid))
    bar(len(reuse) + len(resume))
    try:
        for result in extract_results(todo, nlp=nlp, n_process=n_process, keep_anonymous=keep_anonymous,
                                      keep_unresolved=keep_unresolved, on_article=lambda: bar(1)):
            if result.problem is not None:
                problems.append(result.problem)
                continue
            sink.add(result)
            flags.update(result.flags)
            words += result.words
    finally:
        sink.flush()  # what is done stays done, even when the run is interrupted
        bar(0, close=True)
    fresh = sink.tables()
    kept = {name: [fresh[name], *(_rows_of(tables, name, ids) for tables, ids in ((previous, reuse), (resumed, resume)))]
            for name in EXTRACTED_TABLES}
    current = {a.article_id: a for a in valid}
    kept["articles"] = [_refresh(frame, current) for frame in kept["articles"]]
    order = {a.article_id: i for i, a in enumerate(valid)}
    return ExtractionResult(
        articles=_concat(kept["articles"], "articles", order),
        statements=_concat(kept["statements"], "statements", order),
        movements=_concat(kept["movements"], "movements", order),
        drops=_concat(kept["drops"], "drops", order),
        problems=problems, flags=flags, seconds=time.perf_counter() - started, words=words,
        reused=len(reuse), resumed=len(resume),
    )


def _valid(items: list[Article], problems: list[InputProblem], max_chars: int) -> list[Article]:
    """The articles that pass `validation.check_article`; a problem for each other one."""
    from .validation import ArticleError, check_article

    valid = []
    for article in items:
        try:
            check_article(article, max_chars=max_chars)
        except ArticleError as exc:
            problems.append(InputProblem(article.origin or "api", str(exc), article.article_id))
            continue
        valid.append(article)
    return valid


def extract_results(todo: list[Article], *, nlp=None, n_process: int = 1, keep_anonymous: bool = True,
                    keep_unresolved: bool = False,
                    on_article: Callable[[], None] | None = None) -> Iterator[ArticleResult]:
    """Every article's result, in order: in this process, or in `n_process` workers that parse and extract."""
    if not todo:
        return
    if nlp is None:
        from .nlp import get_pipeline

        nlp = get_pipeline()  # before forking: the workers share the loaded model
    groups = chunks(todo)
    if n_process <= 1 or len(todo) <= CHUNK_ARTICLES:
        for group in groups:
            for result in extract_chunk(nlp, group, keep_anonymous=keep_anonymous, keep_unresolved=keep_unresolved):
                if on_article:
                    on_article()
                yield result
        return
    from .workers import WorkerPool

    with WorkerPool(n_process, nlp=nlp, keep_anonymous=keep_anonymous, keep_unresolved=keep_unresolved) as pool:
        for results in pool.map(groups, on_article=on_article):
            yield from results


def _reusable(previous: dict[str, pd.DataFrame] | None, hashes: dict[str, str], *, skip: set[str] = frozenset()
              ) -> set[str]:
    """Ids of the articles whose rows in `previous` were made from the same text, date and extractor."""
    if not previous or previous.get("articles") is None or previous["articles"].empty:
        return set()
    prev = previous["articles"]
    ids = prev["article_id"].astype(str)
    same = ids.map(hashes).eq(prev["content_hash"].astype(str)).fillna(False).astype(bool)
    return set(ids[same]) - set(skip)


def _rows_of(tables: dict[str, pd.DataFrame] | None, name: str, ids: set[str]) -> pd.DataFrame:
    """The rows of `tables[name]` that belong to the articles `ids`."""
    if not ids or not tables or tables.get(name) is None:
        return empty_frame(name)
    frame = coerce(tables[name], name)
    return frame[frame["article_id"].astype(str).isin(ids)]


def _refresh(articles: pd.DataFrame, current: dict[str, Article]) -> pd.DataFrame:
    """Reused article rows with this run's metadata (title, link, source, origin, licence): only the rows are reused."""
    if articles.empty:
        return articles
    frame = articles.copy()
    for column in ("title", "url", "source", "origin", "licence"):
        fresh = frame["article_id"].map(lambda i, c=column: getattr(current[i], c) or None if i in current else None)
        frame[column] = fresh.astype(object).where(fresh.notna(), frame[column].astype(object))
    return frame


def _sorted(frame: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    if frame.empty:
        return frame
    key = frame["article_id"].map(order).fillna(len(order))
    return frame.assign(_k=key).sort_values("_k", kind="stable").drop(columns="_k").reset_index(drop=True)


def _concat(frames: list[pd.DataFrame], table: str, order: dict[str, int]) -> pd.DataFrame:
    frames = [f for f in frames if f is not None and not f.empty]
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
