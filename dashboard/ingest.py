"""Adding articles in the browser: read pasted text and uploads, check the limits, extract, merge.

This is the only dashboard module that reaches the extraction pipeline (and so spaCy), and only
inside functions: importing it stays light. Added rows live in the visitor's session; they are
written to the data folder only by `save_tables`, which the page offers when `UCT_ALLOW_SAVE=1`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from extract.records import Article, InputProblem
from extract.schema import coerce
from extract.urls import safe_url

from . import config
from .data import Tables, empty_tables, merge_tables


@dataclass(frozen=True)
class Upload:
    """One uploaded file: its name and bytes."""

    name: str
    data: bytes


@dataclass
class Batch:
    """Articles ready to extract, the texts by id, and the problems found while reading them."""

    articles: list[Article] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


@dataclass
class BatchResult:
    """What one extraction added: the new rows, the article texts, and the problems per input."""

    tables: Tables
    texts: dict[str, str]
    problems: list[InputProblem]


def limits_text() -> str:
    """The limits, as the page explains them."""
    return (f"Up to **{config.MAX_FILES} files** of at most **{config.MAX_FILE_MB} MB** each, and at most "
            f"**{config.MAX_ARTICLES} articles** per batch; an article may have up to {config.MAX_ARTICLE_CHARS:,} "
            f"characters and a batch {config.MAX_BATCH_CHARS:,}. Extraction takes a few seconds per article on a shared server.")


def check_uploads(uploads: list[Upload]) -> tuple[list[Upload], list[InputProblem]]:
    """The uploads within the limits (count, size, type), and a problem for each one refused."""
    kept, problems = [], []
    for i, up in enumerate(uploads):
        suffix = Path(up.name).suffix.lower().lstrip(".")
        if i >= config.MAX_FILES:
            problems.append(InputProblem(up.name, f"not read: more than {config.MAX_FILES} files in one batch"))
        elif suffix not in config.UPLOAD_TYPES:
            problems.append(InputProblem(up.name, f"not read: .{suffix} is not one of " + ", ".join(config.UPLOAD_TYPES)))
        elif len(up.data) > config.MAX_FILE_MB * 1024 * 1024:
            problems.append(InputProblem(up.name, f"not read: larger than {config.MAX_FILE_MB} MB"))
        elif not up.data.strip():
            problems.append(InputProblem(up.name, "not read: the file is empty"))
        else:
            kept.append(up)
    return kept, problems


def _safe_name(name: str) -> str:
    base = Path(name).name or "upload.txt"
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in base)[:120]


def pasted_article(text: str, *, title: str = "", url: str = "", published: dt.date | None = None) -> list[Article | InputProblem]:
    """The article of a pasted text (id from the reader, or a hash of the text), after the reader's warnings
    about it (a url that is not http(s) is dropped with a warning); or the problem that stopped it."""
    if not text.strip():
        return [InputProblem("pasted text", "the text is empty")]
    record = {"text": text, "title": title.strip(), "url": url.strip(), "published": published, "origin": "pasted text"}
    try:
        from extract.readers import articles_from_records
    except ImportError:
        articles_from_records = None
    if articles_from_records is not None:
        items = list(articles_from_records([record]))
        if items:
            return [dataclasses.replace(item, origin="pasted text") for item in items]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return [Article(article_id=digest, text=text, title=title.strip(), published=published, url=safe_url(url), origin="pasted text")]


def read_uploads(uploads: list[Upload]) -> list[Article | InputProblem]:
    """Articles from uploaded files, read by `extract.readers.read_inputs` one file at a time (errors per file)."""
    from extract.readers import read_inputs

    items: list[Article | InputProblem] = []
    with tempfile.TemporaryDirectory(prefix="uct-upload-") as tmp:
        for up in uploads:
            path = Path(tmp) / _safe_name(up.name)
            path.write_bytes(up.data)
            prefix = str(path)
            try:
                for item in read_inputs([path]):
                    origin = (item.origin or up.name).replace(prefix, up.name)
                    items.append(dataclasses.replace(item, origin=origin))
            except Exception as exc:  # one bad file must not stop the batch
                items.append(InputProblem(up.name, f"could not be read: {exc}"))
    return items


def prepare(items: Iterable[Article | InputProblem], *, default_date: dt.date | None) -> Batch:
    """Apply the default publication date and the article/batch limits."""
    batch = Batch()
    total = 0
    for item in items:
        if isinstance(item, InputProblem):
            batch.problems.append(item)
            continue
        if len(item.text) > config.MAX_ARTICLE_CHARS:
            batch.problems.append(InputProblem(item.origin, f"not extracted: longer than {config.MAX_ARTICLE_CHARS:,} characters", item.article_id))
        elif len(batch.articles) >= config.MAX_ARTICLES:
            batch.problems.append(InputProblem(item.origin, f"not extracted: more than {config.MAX_ARTICLES} articles in one batch", item.article_id))
        elif total + len(item.text) > config.MAX_BATCH_CHARS:
            batch.problems.append(InputProblem(item.origin, f"not extracted: the batch would exceed {config.MAX_BATCH_CHARS:,} characters", item.article_id))
        else:
            if item.published is None and default_date is not None:
                item = dataclasses.replace(item, published=default_date)
            batch.articles.append(item)
            total += len(item.text)
    return batch


def progress_adapter(report: Callable[[float, str], None], total: int) -> Callable:
    """A progress callback for `extract_articles` that accepts (done, total), a fraction, or one call per article."""
    seen = {"n": 0}

    def callback(*args, **kwargs):
        numbers = [a for a in (*args, *kwargs.values()) if isinstance(a, (int, float)) and not isinstance(a, bool)]
        if len(numbers) >= 2 and numbers[1]:
            done, of = numbers[0], numbers[1]
        elif len(numbers) == 1 and isinstance(numbers[0], float) and 0 <= numbers[0] <= 1:
            done, of = numbers[0] * total, total
        elif len(numbers) == 1:
            done, of = numbers[0], total
        else:
            seen["n"] += 1
            done, of = seen["n"], total
        fraction = min(1.0, max(0.0, float(done) / float(of or 1)))
        report(fraction, f"Extracted {int(round(fraction * (of or total)))} of {of or total} articles")

    return callback


def load_pipeline():
    """The extraction pipeline (spaCy model + project components); the page caches it once per server."""
    from extract.nlp import get_pipeline

    return get_pipeline()


def extract_batch(batch: Batch, *, progress: Callable | None = None) -> BatchResult:
    """Run the extraction on `batch` (spaCy is imported here, not before)."""
    from extract import extract_articles

    if not batch.articles:
        return BatchResult(empty_tables(), {}, list(batch.problems))
    result = extract_articles(batch.articles, progress=progress)
    tables = Tables(articles=coerce(result.articles, "articles"), statements=coerce(result.statements, "statements"),
                    movements=coerce(result.movements, "movements"))
    texts = {a.article_id: a.text for a in batch.articles}
    return BatchResult(tables, texts, [*batch.problems, *result.problems])


def add_to_session(added: Tables | None, texts: dict[str, str], result: BatchResult) -> tuple[Tables, dict[str, str]]:
    """This session's added rows and texts, with `result` merged in (re-adding an article replaces its rows)."""
    base = added if added is not None else empty_tables()
    return merge_tables(base, result.tables), {**texts, **result.texts}


def problems_by_input(problems: list[InputProblem]) -> dict[str, list[str]]:
    """Problem messages grouped by input file (`batch.csv:12` counts as `batch.csv`) or `pasted text`."""
    grouped: dict[str, list[str]] = {}
    for problem in problems:
        origin = str(problem.origin or "input")
        match = re.match(r"^(.*):(\d+)$", origin)
        key = match.group(1) if match else origin
        detail = f" (line {match.group(2)})" if match else ""
        grouped.setdefault(key, []).append(problem.message + detail)
    return grouped


def save_tables(tables: Tables, data_dir: Path | None = None) -> list[Path]:
    """Write `tables` into the data folder atomically (only offered when `config.allow_save()`)."""
    from extract.store import write_tables

    if not config.allow_save():
        raise PermissionError("Saving is off: set UCT_ALLOW_SAVE=1 to let the dashboard write to the data folder.")
    return write_tables(tables.as_dict(), Path(data_dir or config.data_dir()))
