"""Reading input files and records into `Article`s, reporting what cannot be read as `InputProblem`s.

Formats: `.txt`/`.md` (optional YAML front matter; a `manifest.csv` in the same folder gives the
same metadata, front matter wins), `.html`/`.htm` (main text by trafilatura, date by htmldate),
and `.jsonl`/`.csv` batches with one article per line/row. Folders are searched recursively in
sorted order. The article text is never changed: offsets computed later index it exactly.

Metadata precedence: front matter > manifest for text files; manifest > page for HTML. Field
names are matched case-insensitively with a few aliases (`FIELD_ALIASES`). Without a title from
either, a text file's first line is its title when it is short (<= 200 chars), has no final period
and a blank line follows; it stays in the text. Ids: front matter/manifest/record `id`, else the
file stem for files and `stable_id(text)` for batch records. Batch origins are `path:N` with N the
JSONL line number or the CSV line on which the row starts (header = line 1).

Problems never stop a run. A problem whose message starts with "warning:" means the article was
still produced (e.g. a malformed date: the article is kept with `published=None`).
Article ids must be unique in a run: the same id with the same text again is dropped silently;
the same id with a different text is reported and the later article skipped.
Content checks (empty, non-English, garbled, too long) are `extract.validation`'s job.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

import yaml

from .records import Article, InputProblem
from .urls import safe_url
from .validation import MAX_GARBAGE_SHARE, garbage_share

if TYPE_CHECKING:
    import pandas as pd

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
BATCH_SUFFIXES = (".jsonl", ".csv")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + BATCH_SUFFIXES
MANIFEST_NAME = "manifest.csv"
MAX_TITLE_CHARS = 200
MIN_HTML_WORDS = 5
MAX_REPORTED_PER_FILE = 3  # a batch without `text` fields is reported by its first lines and a count

# Accepted names for each field in front matter, manifests and batch records (case-insensitive;
# the first one present and non-empty wins). The aliases let the corpus files be read unchanged
# (e.g. White House front matter `date`/`source_url`, press-release CSVs `headline`/`body`/`link`).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "article_id": ("id", "article_id"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_date", "publish_date"),
    "url": ("url", "link", "permalink", "source_url"),
    "source": ("source", "outlet", "publisher", "sitename"),
    "text": ("text", "body", "content"),
}
MANIFEST_FILE_COLUMNS = ("file", "filename", "path")

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


# --- small public helpers ----------------------------------------------------------------------
def stable_id(text: str) -> str:
    """A stable id for an article without one: the first 16 hex digits of sha1(text)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_published(value: Any) -> dt.date | None:
    """`YYYY-MM-DD` or an ISO 8601 date-time (its date part) → date; empty → None.

    Raises ValueError with a clear message for anything else ("31/31/2022", "yesterday").
    """
    if _is_missing(value):
        return None
    if isinstance(value, dt.datetime):  # also pandas.Timestamp
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"unreadable date {value!r}: expected YYYY-MM-DD or an ISO 8601 date-time")
    text = value.strip()
    if not text:
        return None
    try:
        if _ISO_DAY.fullmatch(text):
            return dt.date.fromisoformat(text)
        if _ISO_DAY.match(text):
            return dt.datetime.fromisoformat(text).date()
    except ValueError as err:
        raise ValueError(f"unreadable date {value!r}: {err}") from None
    raise ValueError(f"unreadable date {value!r}: expected YYYY-MM-DD or an ISO 8601 date-time")


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:  # pandas NA / NaT
        import pandas as pd

        return value is pd.NA or value is pd.NaT
    except ImportError:  # pragma: no cover
        return False


def _as_str(value: Any) -> str:
    if _is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical fields of a record, found by their aliases (case-insensitive)."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    out = {}
    for field, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = lowered.get(alias)
            if not _is_missing(value) and not (isinstance(value, str) and not value.strip()):
                out[field] = value
                break
    return out


def _has_field(names: Iterable[str], field: str) -> bool:
    lowered = {str(n).strip().lower() for n in names}
    return any(a in lowered for a in FIELD_ALIASES[field])


# --- duplicate ids -----------------------------------------------------------------------------
class _Ids:
    """Tracks ids in a run: same id + same text → drop silently; same id + other text → problem."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[str, str]] = {}

    def admit(self, article: Article) -> InputProblem | bool:
        if not article.text.strip():  # empty texts share a hash id; validation reports each of them
            return True
        digest = hashlib.sha1(article.text.encode("utf-8", "surrogatepass")).hexdigest()
        if article.article_id not in self.seen:
            self.seen[article.article_id] = (digest, article.origin)
            return True
        first_digest, first_origin = self.seen[article.article_id]
        if first_digest == digest:
            return False
        return InputProblem(
            origin=article.origin,
            message=f"duplicate id {article.article_id!r} (already used by {first_origin} for a different text); "
            "skipped — give it its own `id`",
            article_id=article.article_id,
        )


def _emit(items: Iterable[Article | InputProblem], ids: _Ids) -> Iterator[Article | InputProblem]:
    for item in items:
        if isinstance(item, Article):
            verdict = ids.admit(item)
            if verdict is True:
                yield item
            elif isinstance(verdict, InputProblem):
                yield verdict
        else:
            yield item


# --- records -----------------------------------------------------------------------------------
def _checked_url(raw: str, *, origin: str, where: str, article_id: str) -> tuple[str, InputProblem | None]:
    """(the url if it is an http(s) link else "", a warning when it was dropped): a `javascript:` or
    `data:` link must never become a live link on the dashboard."""
    url = safe_url(raw)
    if not raw or url:
        return url, None
    shown = raw if len(raw) <= 80 else raw[:79] + "…"
    return "", InputProblem(origin, f"warning: {where}url {shown!r} is not an http(s) link; processed without a url", article_id)


def _article(fields: Mapping[str, Any], *, text: str, default_id: str, origin: str, where: str) -> list:
    """Build an Article from canonical `fields`; a malformed date gives a warning and published=None, a url
    that is not http(s) a warning and url=""."""
    out: list[Article | InputProblem] = []
    article_id = _as_str(fields.get("article_id")) or default_id
    try:
        published = parse_published(fields.get("published"))
    except ValueError as err:
        published = None
        out.append(InputProblem(origin, f"warning: {where}{err}; processed without a publication date", article_id))
    url, problem = _checked_url(_as_str(fields.get("url")), origin=origin, where=where, article_id=article_id)
    out += [problem] if problem else []
    out.append(
        Article(
            article_id=article_id,
            text=text,
            title=_as_str(fields.get("title")),
            published=published,
            url=url,
            source=_as_str(fields.get("source")),
            origin=origin,
        )
    )
    return out


def _record(record: Any, *, origin: str, where: str) -> list:
    """One batch/API record (a mapping) → [warnings..., Article] or [InputProblem]."""
    if not isinstance(record, Mapping):
        return [InputProblem(origin, f"{where}expected an object with a `text` field, got {type(record).__name__}")]
    if not _has_field(record.keys(), "text"):
        names = ", ".join(str(k) for k in record.keys()) or "none"
        return [InputProblem(origin, f"{where}no `text` field (fields: {names})")]
    fields = _fields(record)
    raw = fields.get("text", "")  # `_fields` leaves out empty values: an empty text stays "" for validation
    if not isinstance(raw, str):
        return [InputProblem(origin, f"{where}`text` must be a string, got {type(raw).__name__}")]
    return _article(fields, text=raw, default_id=stable_id(raw), origin=origin, where=where)


def articles_from_records(
    records: "pd.DataFrame | Iterable[dict | Article]", *, origin: str = "api"
) -> Iterator[Article | InputProblem]:
    """Articles from a DataFrame or from dicts/Articles (keys as in batch files; `id` optional).

    Articles get `origin` (default "api"); problems name the record number (1-based).
    """
    if hasattr(records, "to_dict") and hasattr(records, "columns"):
        if not _has_field(records.columns, "text"):
            names = ", ".join(map(str, records.columns)) or "none"
            yield InputProblem(origin, f"no `text` column (columns: {names})")
            return
        records = records.to_dict("records")
    ids = _Ids()

    def items() -> Iterator[Article | InputProblem]:
        for n, record in enumerate(records, start=1):
            if isinstance(record, Article):
                where = record.origin or origin
                url, problem = _checked_url(record.url, origin=where, where=f"record {n}: ", article_id=record.article_id)
                if problem:
                    yield problem
                yield replace(record, origin=where, url=url)
            else:
                yield from _record(record, origin=origin, where=f"record {n}: ")

    yield from _emit(items(), ids)


# --- decoding ----------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding). UTF-8 (BOM allowed, also UTF-16 with a BOM); else cp1252 if the
    result looks like text. Raises ValueError with the reason otherwise."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid UTF-8 despite its byte-order mark ({err.reason} at byte {err.start + 3})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid UTF-16 despite its byte-order mark ({err.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = f"not valid UTF-8 (byte 0x{data[err.start]:02x} at position {err.start})"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ValueError(f"cannot read the file as text: {utf8_error}, nor cp1252") from None
    if "\x00" in text or garbage_share(text) > MAX_GARBAGE_SHARE:
        raise ValueError(f"cannot read the file as text: {utf8_error}, and as cp1252 it is binary or garbled")
    return text, "cp1252"


def _read_text(path: Path, origin: str) -> tuple[str | None, list[InputProblem]]:
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, [InputProblem(origin, f"cannot read file: {err.strerror or err}")]
    try:
        text, encoding = decode(data)
    except ValueError as err:
        return None, [InputProblem(origin, str(err))]
    warnings = []
    if encoding == "cp1252":
        warnings.append(InputProblem(origin, "warning: file is not valid UTF-8; read it as Windows-1252 (cp1252)"))
    return text, warnings


# --- manifests ---------------------------------------------------------------------------------
class _Manifests:
    """`manifest.csv` files, loaded once per folder: file name → metadata fields."""

    def __init__(self) -> None:
        self.folders: dict[Path, dict[str, dict[str, Any]]] = {}
        self.pending: list[InputProblem] = []

    def lookup(self, path: Path) -> dict[str, Any]:
        folder = path.parent.resolve()
        if folder not in self.folders:
            self.folders[folder] = self._load(path.parent / MANIFEST_NAME)
        return self.folders[folder].get(path.name, {})

    def _load(self, manifest: Path) -> dict[str, dict[str, Any]]:
        if not manifest.is_file():
            return {}
        origin = str(manifest)
        text, problems = _read_text(manifest, origin)
        self.pending.extend(problems)
        if text is None:
            return {}
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = [c.strip().lower() for c in (reader.fieldnames or [])]
        file_col = next((c for c in (reader.fieldnames or []) if c.strip().lower() in MANIFEST_FILE_COLUMNS), None)
        if file_col is None:
            self.pending.append(
                InputProblem(origin, f"manifest has no `file` column (columns: {', '.join(columns) or 'none'}); ignored")
            )
            return {}
        entries = {}
        missing = []
        for row in reader:
            name = (row.get(file_col) or "").strip()
            if name:
                entries[name] = _fields(row)
                if not (manifest.parent / name).is_file():
                    missing.append(f"{name} (line {reader.line_num})")
        if missing:
            self.pending.append(InputProblem(origin, f"warning: {len(missing)} row{'s' if len(missing) != 1 else ''} "
                                             f"name{'s' if len(missing) == 1 else ''} a file that is not in the folder: "
                                             + _listed(missing)))
        return entries

    def problems(self) -> Iterator[InputProblem]:
        while self.pending:
            yield self.pending.pop(0)


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings, so a bad date is a warning from `parse_published`."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# --- file readers ------------------------------------------------------------------------------
def _yaml_message(err: yaml.YAMLError) -> str:
    """PyYAML's error on one line, with the line number counted in the file (after the opening '---')."""
    if isinstance(err, yaml.MarkedYAMLError) and err.problem:
        where = ""
        if err.problem_mark is not None:
            where = f" (line {err.problem_mark.line + 2}, column {err.problem_mark.column + 1})"
        context = f"{err.context}: " if err.context else ""
        return f"{context}{err.problem}{where}"
    return " ".join(str(err).split())


def _title_from_first_line(text: str, markdown: bool) -> str:
    """The first line as title if it is short, has no final period and a blank line follows."""
    stripped = text.lstrip("\n\r\t \ufeff")
    first, sep, rest = stripped.partition("\n")
    if not sep:
        return ""
    following = rest.split("\n", 1)[0]
    first = first.strip()
    if markdown:
        first = first.lstrip("#").strip()
    if following.strip() or not rest.strip() or not first or len(first) > MAX_TITLE_CHARS or first.endswith("."):
        return ""
    return first


def _read_text_file(path: Path, origin: str, manifest: Mapping[str, Any]) -> list:
    raw, out = _read_text(path, origin)
    if raw is None:
        return out
    fields = dict(manifest)
    text = raw
    match = _FRONT_MATTER.match(raw)
    if match:
        try:
            meta = yaml.load(match.group(1), Loader=_FrontMatterLoader)
        except yaml.YAMLError as err:
            return out + [InputProblem(origin, f"malformed front matter: {_yaml_message(err)}")]
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            return out + [InputProblem(origin, f"malformed front matter: expected key: value pairs, got a {type(meta).__name__}")]
        fields.update(_fields(meta))
        text = raw[match.end() :]
    elif re.match(r"---[ \t]*\r?\n", raw):
        return out + [InputProblem(origin, "malformed front matter: it opens with '---' but has no closing '---' line")]
    if not fields.get("title"):
        fields["title"] = _title_from_first_line(text, markdown=path.suffix.lower() == ".md")
    return out + _article(fields, text=text, default_id=path.stem, origin=origin, where="")


def _read_html_file(path: Path, origin: str, manifest: Mapping[str, Any]) -> list:
    import htmldate
    import trafilatura

    html, out = _read_text(path, origin)
    if html is None:
        return out
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or len(text.split()) < MIN_HTML_WORDS:  # trafilatura's fallbacks may return a stray "Home"
        return out + [InputProblem(origin, "no article text found in the HTML page")]
    meta = trafilatura.extract_metadata(html)
    found = htmldate.find_date(html, original_date=True, extensive_search=False)  # None when nothing found
    fields = {
        "title": getattr(meta, "title", None),
        "url": getattr(meta, "url", None),
        "source": getattr(meta, "sitename", None),
        "published": found,
    }
    fields = {k: v for k, v in fields.items() if v} | dict(manifest)  # the manifest wins over the page
    return out + _article(fields, text=text, default_id=path.stem, origin=origin, where="")


def _read_jsonl(path: Path, origin: str) -> Iterator[Article | InputProblem]:
    raw, problems = _read_text(path, origin)
    yield from problems
    if raw is None:
        return
    textless: list[int] = []  # lines whose object has no `text`: the first few are reported one by one
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputProblem(where, f"invalid JSON on line {n}: {err.msg} (column {err.colno})")
            continue
        if isinstance(record, Mapping) and not _has_field(record.keys(), "text"):
            textless.append(n)
            if len(textless) > MAX_REPORTED_PER_FILE:
                continue
        yield from _record(record, origin=where, where="")
    if len(textless) > MAX_REPORTED_PER_FILE:
        more = len(textless) - MAX_REPORTED_PER_FILE
        yield InputProblem(origin, f"{more:,} more lines have no `text` field (lines {textless[MAX_REPORTED_PER_FILE]}–{textless[-1]})")


def _read_csv(path: Path, origin: str) -> Iterator[Article | InputProblem]:
    raw, problems = _read_text(path, origin)
    yield from problems
    if raw is None:
        return
    limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article texts are far longer than the 128 KB default
    try:
        reader = csv.reader(io.StringIO(raw, newline=""))
        header = next(reader, None)
        if not header:
            yield InputProblem(origin, "empty CSV file (no header row)")
            return
        if not _has_field(header, "text"):
            yield InputProblem(origin, f"CSV has no `text` column (columns: {', '.join(header)}); file skipped")
            return
        line = reader.line_num
        for row in reader:
            start, line = line + 1, reader.line_num  # the line the row starts on
            if not any(cell.strip() for cell in row):
                continue
            where = f"{origin}:{start}"
            if len(row) > len(header):
                yield InputProblem(where, f"row has {len(row)} cells but the header has {len(header)} columns; skipped")
                continue
            yield from _record(dict(zip(header, row)), origin=where, where="")
    except csv.Error as err:
        yield InputProblem(f"{origin}:{reader.line_num}", f"unreadable CSV: {err}")
    finally:
        csv.field_size_limit(limit)


def _read_file(path: Path, origin: str, manifests: _Manifests) -> Iterator[Article | InputProblem]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        meta = manifests.lookup(path)
        yield from manifests.problems()
        reader = _read_text_file if suffix in TEXT_SUFFIXES else _read_html_file
        yield from reader(path, origin, meta)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, origin)
    elif suffix == ".csv":
        yield from _read_csv(path, origin)
    yield from manifests.problems()


def _listed(names: list[str], limit: int = 5) -> str:
    """`a, b, c` — or the first `limit` names and how many more."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit:,} more" if len(names) > limit else "")


def _folder_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(readable files, files of other types) under `folder`, sorted; hidden files/folders and manifests are neither."""
    files, other = [], []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file() or path.name.lower() == MANIFEST_NAME:
            continue
        (files if path.suffix.lower() in KNOWN_SUFFIXES else other).append(path)
    return files, other


def _skipped_types(folder: Path, other: list[Path]) -> InputProblem:
    kinds = sorted({p.suffix.lower() or "(none)" for p in other})
    names = [str(p.relative_to(folder)) for p in other]
    return InputProblem(str(folder), f"warning: skipped {len(other):,} file{'s' if len(other) != 1 else ''} of a type "
                                     f"that is not read ({', '.join(kinds)}; expected {', '.join(KNOWN_SUFFIXES)}): "
                                     + _listed(names))


def read_inputs(paths: Sequence[str | Path]) -> Iterator[Article | InputProblem]:
    """Every article in `paths` (files and folders), in order, with a problem for what cannot be read."""
    manifests = _Manifests()
    done: set[Path] = set()

    def items() -> Iterator[Article | InputProblem]:
        for given in paths:
            path = Path(given)
            if path.is_dir():
                files, other = _folder_files(path)
                other = [p for p in other if p.resolve() not in done]
                if other:
                    yield _skipped_types(path, other)
            elif path.is_file():
                if path.name.lower() == MANIFEST_NAME:
                    yield InputProblem(str(path), "warning: manifest.csv is metadata for its folder, not a batch; skipped")
                    continue
                if path.suffix.lower() not in KNOWN_SUFFIXES:
                    done.add(path.resolve())  # reported here: not again as part of its folder
                    kinds = ", ".join(KNOWN_SUFFIXES)
                    yield InputProblem(str(path), f"skipped: unknown file type {path.suffix or '(none)'!r} (expected {kinds})")
                    continue
                files = [path]
            else:
                yield InputProblem(str(path), "no such file or folder")
                continue
            for file in files:
                key = file.resolve()
                if key in done:
                    continue
                done.add(key)
                yield from _read_file(file, str(file), manifests)

    yield from _emit(items(), _Ids())
