"""A row's sentence in the context of its paragraph, and the article it comes from.

The tables keep sentence and paragraph offsets but not article texts. The text is taken from
the articles a visitor added this session, else from the input file named in `articles.origin`
when it is a plain-text file inside the repository; it is used only if the offsets check out
(`text[sentence_start:sentence_end] == sentence`). Otherwise the sentence is shown alone.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .config import REPO_ROOT

TEXT_SUFFIXES = (".txt", ".md")


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


def local_text(origin: str | None, roots: tuple[Path, ...] = (REPO_ROOT,)) -> str | None:
    """The text of a plain-text input file named by `origin`, only if it lies inside one of `roots`."""
    if not origin or not isinstance(origin, str):
        return None
    candidate = Path(origin.split("::")[0])
    for root in roots:
        path = (candidate if candidate.is_absolute() else root / candidate).resolve()
        if path.suffix.lower() in TEXT_SUFFIXES and path.is_file() and path.is_relative_to(root.resolve()):
            try:
                return path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return None
    return None


def article_text(article_id: str, articles: pd.DataFrame, session_texts: dict[str, str] | None = None) -> str | None:
    """The text of `article_id`: from this session's added articles, else from its input file."""
    if session_texts and article_id in session_texts:
        return session_texts[article_id]
    match = articles[articles["article_id"] == article_id]
    if match.empty:
        return None
    return local_text(match.iloc[0]["origin"])
