"""A row's sentence in the context of its paragraph, and the article it comes from.

The row tables keep sentence and paragraph offsets, not article texts. The text is taken from the
articles a visitor added this session, else from the data folder's `texts.parquet` (the full texts whose
licence lets them ship: White House, Kremlin, president.gov.ua; only the one article is read, and a few are
kept), else read again (with `extract.readers`, as the build read it) from the input file named in
`articles.origin` when that file lies inside the repository; it is used only if the offsets check out
(`text[sentence_start:sentence_end] == sentence`). Otherwise (news articles ship rows only) the sentence is
shown alone, with a link to the full text at the publisher. A shipped text is shown with its licence and
attribution (CC BY 4.0 asks for it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from extract.corpus import LICENCES
from extract.records import Article
from extract.urls import safe_url

from . import config
from .config import REPO_ROOT
from .escape import html_text

TEXTS_FILE = "texts.parquet"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"

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


@lru_cache(maxsize=32)
def _shipped(path: str, mtime: float, article_id: str) -> str | None:
    try:
        frame = pd.read_parquet(path, columns=["article_id", "text"], filters=[("article_id", "==", article_id)])
    except Exception:  # a damaged file only means no context
        return None
    texts = frame["text"].dropna()
    return str(texts.iloc[0]) if len(texts) else None


def shipped_text(article_id: str, data_dir: Path) -> str | None:
    """The full text of `article_id` from `data_dir/texts.parquet` (None when it does not ship); reads that
    article's row only, and keeps the last few read."""
    path = Path(data_dir) / TEXTS_FILE
    if not path.is_file():
        return None
    return _shipped(str(path), path.stat().st_mtime, str(article_id))


def article_text(article_id: str, articles: pd.DataFrame, session_texts: dict[str, str] | None = None,
                 data_dir: Path | None = None) -> str | None:
    """The text of `article_id`: from this session's added articles, else the shipped texts of the data folder
    (`config.data_dir()` unless `data_dir`), else its input file."""
    if session_texts and article_id in session_texts:
        return session_texts[article_id]
    text = shipped_text(article_id, config.data_dir() if data_dir is None else data_dir)
    if text is not None:
        return text
    match = articles[articles["article_id"] == article_id]
    if match.empty:
        return None
    return input_text(match.iloc[0]["origin"], article_id)


def attribution(licence: str | None) -> str:
    """Whose text a shipped article is and under which licence ("President of Russia, en.kremlin.ru · CC BY
    4.0"); "" for news (its text does not ship) and for one's own inputs."""
    known = LICENCES.get(licence if isinstance(licence, str) else "")  # a missing licence is pd.NA
    if known is None or not known.ships_text:
        return ""
    return f"{known.attribution} · {known.name}" if known.attribution else known.name


def source_note(ctx: Context, licence: str | None, url: str | None) -> str:
    """The card's line under the paragraph, as HTML (every value escaped): the text's attribution and licence
    when it is shown; else that only the sentence is shown, with the full text at the publisher when linked."""
    if ctx.exact:
        credit = attribution(licence)
        if not credit:
            return ""
        link = f' (<a href="{CC_BY}" target="_blank" rel="noopener">licence</a>)' if "CC BY" in credit else ""
        return f'<div class="uct-note">Text: {html_text(credit)}{link}</div>'
    url = safe_url(url) if isinstance(url, str) else ""
    if url:
        return ('<div class="uct-note">Only the sentence is shown here: '
                f'<a href="{html_text(url)}" target="_blank" rel="noopener">full text at the publisher ↗</a></div>')
    return '<div class="uct-note">(The article text is not available here: the sentence is shown alone.)</div>'
