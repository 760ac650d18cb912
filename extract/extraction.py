"""One chunk of articles → one `ArticleResult` each: parse, extract statements and movements, make rows.

This is the work a build does per article, in its own process or in a worker (`extract.workers`):
spaCy parses a chunk of articles as one batch (bounded by characters: a batch's memory grows with its
text), then the statement and movement extractors run on each parsed article. An article whose
extraction raises gives a failed result with the reason; the others are not affected.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .records import Article, InputProblem

EXTRACTOR_VERSION = "1"
RESOURCES = Path(__file__).parent / "resources"
# spaCy parses a chunk of articles as one batch, and a batch's memory grows with its text: 64 long
# articles at once took 1.2 GB. Chunks are bounded by characters (small batches also parse faster).
CHUNK_CHARS = 50_000
CHUNK_ARTICLES = 16


@lru_cache(maxsize=1)
def _resources_digest() -> str:
    """The extractor's own identity: its version, its code and its resource tables. Any change to them
    means earlier rows may be out of date, so unchanged articles are extracted again."""
    digest = hashlib.sha1(EXTRACTOR_VERSION.encode())
    package = Path(__file__).parent
    tools = ("evaluate.py", "benchmark.py", "sample.py", "faults.py", "date_survey.py", "phrase_audit.py", "cli.py",
             "__main__.py")
    # sub-packages (extract/movements/) and resource folders (resources/lexicon/) count too
    files = [(p.relative_to(package).as_posix(), p) for p in package.rglob("*.py")]
    files += [("resources/" + p.relative_to(RESOURCES).as_posix(), p) for p in RESOURCES.rglob("*")]
    for name, path in sorted(files):
        if path.is_file() and name not in tools and "__pycache__" not in path.parts:
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def content_hash(article: Article) -> str:
    """Changes when the text, the date or the extractor (code version or resource tables) change."""
    digest = hashlib.sha1(_resources_digest().encode())
    digest.update(str(article.published).encode())
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


@dataclass
class ArticleResult:
    """What one article gave: its `articles` row (None when it failed), its rows, and the reason it failed."""

    article_id: str
    row: dict | None
    statements: list[dict] = field(default_factory=list)
    movements: list[dict] = field(default_factory=list)
    drops: list[dict] = field(default_factory=list)  # the `drops` rows: candidates a rule discarded
    flags: Counter = field(default_factory=Counter)  # movements kept with a caveat ("kept with garbled number")
    words: int = 0
    problem: InputProblem | None = None


def failed_result(article: Article, reason: str) -> ArticleResult:
    return ArticleResult(article.article_id, None, problem=InputProblem(article.origin or "api", reason, article.article_id))


def chunks(articles: list[Article], *, max_chars: int = CHUNK_CHARS, max_articles: int = CHUNK_ARTICLES
           ) -> Iterator[list[Article]]:
    """Consecutive groups of articles that spaCy parses together: at most `max_articles`, and no more
    characters than `max_chars` unless one article alone is longer (a parse batch's memory grows with it)."""
    group: list[Article] = []
    size = 0
    for article in articles:
        if group and (len(group) >= max_articles or size + len(article.text) > max_chars):
            yield group
            group, size = [], 0
        group.append(article)
        size += len(article.text)
    if group:
        yield group


def extract_chunk(nlp, articles: list[Article], *, keep_anonymous: bool = True,
                  keep_unresolved: bool = False) -> Iterator[ArticleResult]:
    """Parse `articles` as one spaCy batch and extract each; a failing article gives a failed result."""
    for article, doc, body_end, furniture in _parse(nlp, articles, batch_size=len(articles)):
        try:
            statements, movements, drops, flags = extract_doc(article, doc, body_end, furniture,
                                                              keep_anonymous=keep_anonymous, keep_unresolved=keep_unresolved)
        except Exception as exc:  # one broken article must not stop the batch
            yield failed_result(article, f"extraction failed: {type(exc).__name__}: {exc}")
            continue
        n_words = sum(1 for t in doc if not (t.is_space or t.is_punct))
        yield ArticleResult(
            article.article_id,
            _article_row(article, content_hash(article), n_words, body_end, len(statements), len(movements)),
            _with_ids(statements, article.article_id, "statement_id", "s"),
            _with_ids(movements, article.article_id, "movement_id", "m"),
            _drop_rows(drops, article.article_id), Counter(flags), n_words,
        )


def _with_ids(records: list, article_id: str, column: str, prefix: str) -> list[dict]:
    """Records as dicts with their row ids (`<article_id>:s1`, ...), in text order."""
    rows = []
    for i, record in enumerate(records, start=1):
        row = dataclasses.asdict(record)
        row[column] = f"{article_id}:{prefix}{i}"
        rows.append(row)
    return rows


def _drop_rows(drops: list, article_id: str) -> list[dict]:
    """Drops as `drops` rows in text order, with their ids (`<article_id>:d1`, ...) and their rules' reasons."""
    from .drops import RULES

    drops = sorted(drops, key=lambda d: (d.sentence_start, d.char_start, d.char_end, d.rule))
    rows = _with_ids(drops, article_id, "drop_id", "d")
    for row in rows:
        row["reason"] = RULES[row["rule"]].reason
    return rows


def extract_doc(article: Article, doc, body_end: int, furniture: list[tuple[int, int]], *, keep_anonymous: bool = True,
                keep_unresolved: bool = False):
    """Statements, movements, the candidates dropped (`Drop` records) and the movements kept with a caveat
    (counted by note) of one parsed article."""
    from .date_bounds import bound_rows
    from .document import ArticleDoc
    from .drops import furniture_drops
    from .movements import extract_movements
    from .nested_events import nested_events
    from .nested_speech import nested_rows
    from .speakers import SpeakerContext
    from .statements import extract_statements
    from .turn_formulas import formula_rows
    from .turn_pronouns import turn_pronoun_rows
    from .turns import publisher_country, silenced, text_turns, turn_rows

    adoc = ArticleDoc(article, doc, body_end, furniture)
    drops = furniture_drops(adoc)
    home = publisher_country(article.url, article.source)
    statements = extract_statements(adoc, SpeakerContext(doc, article.published, home=home), keep_anonymous=keep_anonymous,
                                    keep_unresolved=keep_unresolved, drops=drops)
    turns = text_turns(adoc)
    if turns:
        statements, silenced_drops = silenced(turns, statements, adoc, "drop:statement:question-turn")
        statements, pronoun_drops = turn_pronoun_rows(turns, statements, adoc)
        statements, formula_drops = formula_rows(turns, statements, adoc)
        statements += turn_rows(adoc, turns, statements)
        drops += silenced_drops + pronoun_drops + formula_drops
    inner_ctx = SpeakerContext(doc, article.published, home=home)
    statements += nested_rows(adoc, inner_ctx, statements) + nested_events(adoc, inner_ctx, statements)
    statements.sort(key=lambda r: (r.sentence_start, r.content_start))
    movements, movement_drops, flags = extract_movements(adoc, SpeakerContext(doc, article.published, home=home),
                                                         statements)
    if turns:
        movements, silenced_drops = silenced(turns, movements, adoc, "drop:movement:question-turn")
        movement_drops += silenced_drops
    statements, movements = bound_rows(statements, article.published), bound_rows(movements, article.published)
    return statements, movements, drops + movement_drops, flags


def _parse(nlp, articles: list[Article], *, batch_size: int):
    """Parse each article up to the end of its story (page furniture after it is never parsed)."""
    from .furniture import furniture_map

    bounds = {}
    stream = []
    for i, article in enumerate(articles):
        found = furniture_map(article.text)
        bounds[i] = (found.body_end, list(found.spans))
        stream.append((article.text[: found.body_end], i))
    for doc, i in nlp.pipe(stream, as_tuples=True, batch_size=max(1, batch_size)):
        yield articles[i], doc, bounds[i][0], bounds[i][1]


def _article_row(article: Article, digest: str, n_words: int, body_end: int, n_statements: int, n_movements: int) -> dict:
    return {"article_id": article.article_id, "title": article.title, "published": article.published, "url": article.url,
            "source": article.source, "origin": article.origin, "licence": article.licence or None, "n_chars": len(article.text), "n_words": n_words,
            "body_end": body_end, "n_statements": n_statements, "n_movements": n_movements, "content_hash": digest}


