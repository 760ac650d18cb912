"""Adding articles in the browser: read pasted text and uploads, check the limits, extract, merge.

This is the only dashboard module that reaches the extraction pipeline, and only inside functions:
importing it stays light. The extraction itself runs in the server's worker process
(`dashboard.worker`), a chunk of at most `config.EXTRACT_CHUNK_CHARS` characters at a time. Added rows
live in the visitor's session, within the per-session limits; they are written to the data folder
only by `save_tables`, which the page offers when `UCT_ALLOW_SAVE=1`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from extract.extraction import chunks
from extract.records import Article, InputProblem
from extract.schema import coerce
from extract.urls import safe_url

from . import config, worker
from .data import Tables, empty_tables, merge_tables
from .memory import trim


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
            f"characters and a batch {config.MAX_BATCH_CHARS:,}. One browser session may add "
            f"**{config.MAX_SESSION_ARTICLES} articles** and {config.MAX_SESSION_CHARS:,} characters in all (they are "
            "kept in the server's memory until the session ends; **Remove added articles** frees room). "
            "Extraction takes a few seconds per article on a shared server.")


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
            problems.append(InputProblem(up.name, f"not read: the file has {len(up.data) / 1024 / 1024:.1f} MB and a file "
                                                  f"may have at most {config.MAX_FILE_MB} MB; split it into smaller files"))
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


@dataclass(frozen=True)
class Held:
    """What a session already holds: its added articles (ids) and their characters."""

    ids: frozenset[str] = frozenset()
    chars: int = 0

    @classmethod
    def of(cls, texts: dict[str, str]) -> "Held":
        return cls(frozenset(texts), sum(len(t) for t in texts.values()))


@dataclass
class _Room:
    """What the batch being prepared takes so far: its articles and characters, and those new to the session."""

    articles: int = 0
    chars: int = 0
    new_articles: int = 0
    new_chars: int = 0


def _refusal(item: Article, room: _Room, held: Held) -> str | None:
    """Why `item` cannot join the batch (its limits, then the session's), or None."""
    if len(item.text) > config.MAX_ARTICLE_CHARS:
        return f"not extracted: longer than {config.MAX_ARTICLE_CHARS:,} characters"
    if room.articles >= config.MAX_ARTICLES:
        return f"not extracted: more than {config.MAX_ARTICLES} articles in one batch"
    if room.chars + len(item.text) > config.MAX_BATCH_CHARS:
        return f"not extracted: the batch would exceed {config.MAX_BATCH_CHARS:,} characters"
    if item.article_id in held.ids:  # re-adding an article replaces it: it takes no more room
        return None
    if len(held.ids) + room.new_articles >= config.MAX_SESSION_ARTICLES:
        return (f"not extracted: this browser session already holds {config.MAX_SESSION_ARTICLES} added articles, "
                "the most one session may add; remove the added articles (or save them) to add others")
    if held.chars + room.new_chars + len(item.text) > config.MAX_SESSION_CHARS:
        return (f"not extracted: the articles added in this browser session would exceed {config.MAX_SESSION_CHARS:,} "
                "characters, the most one session may hold; remove the added articles (or save them) to add others")
    return None


def prepare(items: Iterable[Article | InputProblem], *, default_date: dt.date | None, held: Held = Held()) -> Batch:
    """Apply the default publication date, the article and batch limits, and the session's limits given what
    it already `held`."""
    batch, room = Batch(), _Room()
    for item in items:
        if isinstance(item, InputProblem):
            batch.problems.append(item)
            continue
        reason = _refusal(item, room, held)
        if reason:
            batch.problems.append(InputProblem(item.origin, reason, item.article_id))
            continue
        if item.published is None and default_date is not None:
            item = dataclasses.replace(item, published=default_date)
        batch.articles.append(item)
        room.articles += 1
        room.chars += len(item.text)
        if item.article_id not in held.ids:
            room.new_articles += 1
            room.new_chars += len(item.text)
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


def extract_batch(batch: Batch, *, progress: Callable | None = None,
                  runner: worker.Worker | worker.InProcess | None = None) -> BatchResult:
    """Extract `batch` chunk by chunk in `runner` (default: the server's worker process), reporting
    `progress(done, total)` after each chunk. A chunk that fails becomes a problem for each of its articles;
    the other chunks are kept."""
    if not batch.articles:
        return BatchResult(empty_tables(), {}, list(batch.problems))
    runner = runner or worker.shared()
    tables, problems, texts, done = empty_tables(), list(batch.problems), {}, 0
    for chunk in chunks(batch.articles, max_chars=config.EXTRACT_CHUNK_CHARS, max_articles=config.MAX_ARTICLES):
        try:
            result = runner.run(chunk)
        except Exception as exc:  # one failed chunk must not lose the others
            problems += [InputProblem(a.origin, f"not extracted: {exc}", a.article_id) for a in chunk]
        else:
            part = Tables(articles=coerce(result.articles, "articles"), statements=coerce(result.statements, "statements"),
                          movements=coerce(result.movements, "movements"))
            tables = merge_tables(tables, part)
            problems += result.problems
            extracted = set(part.articles["article_id"].astype(str))
            texts.update({a.article_id: a.text for a in chunk if a.article_id in extracted})
        done += len(chunk)
        if progress:
            progress(done, len(batch.articles))
    trim()
    return BatchResult(tables, texts, problems)


def add_to_session(added: Tables | None, texts: dict[str, str], result: BatchResult) -> tuple[Tables, dict[str, str]]:
    """This session's added rows and texts, with `result` merged in (re-adding an article replaces its rows)."""
    base = added if added is not None else empty_tables()
    return merge_tables(base, result.tables), {**texts, **result.texts}


def save_tables(tables: Tables, data_dir: Path | None = None, *, added: int = 0) -> list[Path]:
    """Write `tables` into the data folder atomically (only offered when `config.allow_save()`): the Parquet
    tables, the CSV copies the folder already has, and `run.json`'s counts. `added` articles came from
    the dashboard."""
    from extract.store import write_json, write_tables

    if not config.allow_save():
        raise PermissionError("Saving is off: set UCT_ALLOW_SAVE=1 to let the dashboard write to the data folder.")
    folder = Path(data_dir or config.data_dir())
    csv = any((folder / f"{name}.csv").exists() for name in tables.as_dict())
    paths = write_tables(tables.as_dict(), folder, csv=csv)
    run = folder / "run.json"
    summary = _read_json(run)
    summary.update({"articles": len(tables.articles), "statements": len(tables.statements), "movements": len(tables.movements),
                    "saved_from_dashboard": {"at": dt.datetime.now().isoformat(timespec="seconds"), "articles_added": added}})
    write_json(summary, run)
    return [*paths, run]


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
