"""A row's sentence in the context of its paragraph, and the article it comes from.

The tables keep sentence and paragraph offsets but not article texts. The text is taken from
the articles a visitor added this session, else read again (with `extract.readers`, as the build
read it) from the input file named in `articles.origin` when that file lies inside the repository;
it is used only if the offsets check out (`text[sentence_start:sentence_end] == sentence`).
Otherwise the sentence is shown alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from extract.records import Article

from .config import REPO_ROOT

@dataclass(frozen=True)
class Context:
    """The paragraph split around the sentence; `exact` is False when only the sentence is known."""

    before: str
    sentence: str
    after: str
    exact: bool


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def sentence_context(row: pd.Series | dict, text: str | None) -> Context:
    """The paragraph around `row`'s sentence, when `text` is the article text its offsets index into."""
    sentence = str(row.get("sentence") or "")
    s, e = _int(row.get("sentence_start")), _int(row.get("sentence_end"))
    ps, pe = _int(row.get("paragraph_start")), _int(row.get("paragraph_end"))
    if text is None or s is None or e is None or text[s:e] != sentence:
        return Context("", sentence, "", False)
    ps = s if ps is None or ps > s else ps
    pe = e if pe is None or pe < e else pe
    return Context(text[ps:s], sentence, text[e:pe], True)


def _input_path(origin: str, roots: tuple[Path, ...]) -> Path | None:
    """The input file named by `origin` (`path` or `path:line`), only if it lies inside one of `roots`."""
    name = re.sub(r":\d+$", "", origin.strip())
    if not name or "://" in name:
        return None
    candidate = Path(name)
    for root in roots:
        root = root.resolve()
        path = (candidate if candidate.is_absolute() else root / candidate).resolve()
        if path.is_file() and path.is_relative_to(root):
            return path
    return None


@lru_cache(maxsize=64)
def _read_input(path: str, mtime: float) -> dict[str, str]:
    from extract.readers import read_inputs  # reads files the way the build did (no spaCy)

    texts = {}
    try:
        for item in read_inputs([Path(path)]):
            if isinstance(item, Article):
                texts[item.article_id] = item.text
    except Exception:  # an unreadable file only means no context
        return {}
    return texts


def input_text(origin: str | None, article_id: str, roots: tuple[Path, ...] = (REPO_ROOT,)) -> str | None:
    """The text of `article_id` as read from its input file `origin` (None when that is not possible)."""
    if not origin or not isinstance(origin, str):
        return None
    path = _input_path(origin, roots)
    if path is None:
        return None
    texts = _read_input(str(path), path.stat().st_mtime)
    if article_id in texts:
        return texts[article_id]
    return next(iter(texts.values())) if len(texts) == 1 else None


def article_text(article_id: str, articles: pd.DataFrame, session_texts: dict[str, str] | None = None) -> str | None:
    """The text of `article_id`: from this session's added articles, else from its input file."""
    if session_texts and article_id in session_texts:
        return session_texts[article_id]
    match = articles[articles["article_id"] == article_id]
    if match.empty:
        return None
    return input_text(match.iloc[0]["origin"], article_id)
