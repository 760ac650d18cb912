"""The shared corpus as build input (`python -m extract build --corpus ../shared/corpus ...`).

Which of its sources are read, which articles are left out (those reserved for independent evaluation,
and news that never names Ukraine, Russia, the Kremlin or Putin), and under which licence each text may
ship: White House texts are US government works, Kremlin and Ukrainian presidential releases are published
under CC BY 4.0; news and GDELT-found pieces belong to their publishers, so only their rows ship.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from .records import Article, InputProblem
from .reserved import is_reserved, require_reserved_list


@dataclass(frozen=True)
class Licence:
    """Under what terms a source's texts are published, and whether the text itself may ship in `data/`."""

    name: str
    attribution: str
    ships_text: bool
    publisher: str = ""  # the `source` of its texts when they name none (a government's own site)


PUBLIC_DOMAIN = Licence("US government work (public domain)", "The White House, whitehouse.gov", True, "The White House")
KREMLIN = Licence("CC BY 4.0", "President of Russia, en.kremlin.ru", True, "President of Russia")
UKRAINE = Licence("CC BY 4.0", "President of Ukraine, president.gov.ua", True, "President of Ukraine")
NEWS = Licence("publisher's copyright: rows only", "", False)


@dataclass(frozen=True)
class CorpusSource:
    """One source of the shared corpus: its path under the corpus root and its licence."""

    path: str
    licence: Licence
    topic_filter: bool = False  # keep only texts that name the crisis (the news CSV is broader than it)


SOURCES = (
    CorpusSource("r2nery-ukraine-media/articles_2021-11_2022-03.csv", NEWS, topic_filter=True),
    CorpusSource("hellaskella33-gdelt-articles/articles", NEWS),
    CorpusSource("whitehouse-briefings", PUBLIC_DOMAIN),
    CorpusSource("kremlin-zelenskyy-press-releases/putin_2021-11_2022-03.csv", KREMLIN),
    CorpusSource("kremlin-zelenskyy-press-releases/zelenskyy_2021-11_2022-03.csv", UKRAINE),
)
TOPIC = re.compile(r"ukrain|russia|kremlin|putin", re.I)
_GDELT_NAME = re.compile(r"^(\d{4})(\d{2})(\d{2})T\d{6}Z_([A-Z]{2})_")


def licence_label(licence: Licence) -> str:
    """The `licence` column's value: the licence's name, then its attribution where it asks for one."""
    return f"{licence.name} · {licence.attribution}" if licence.attribution else licence.name


LICENCES = {licence_label(licence): licence for licence in (PUBLIC_DOMAIN, KREMLIN, UKRAINE, NEWS)}  # by `licence` value


def ships_text(label: str | None) -> bool:
    """True when an article under the licence `label` (the `licence` column) may ship its full text."""
    licence = LICENCES.get(label or "")
    return bool(licence and licence.ships_text)


def _left_out(article: Article, source: CorpusSource, listed: Path) -> bool:
    keys = [article.url, Path(article.origin.split(":")[0]).name]
    if not article.text.strip() or any(key and is_reserved(key, listed) for key in keys):
        return True
    return source.topic_filter and not (TOPIC.search(article.text) or TOPIC.search(article.title))


def _dated(article: Article) -> Article:
    """A GDELT-found piece has no date field: its file name starts with the day GDELT saw it."""
    match = _GDELT_NAME.match(Path(article.origin).name)
    if article.published is None and match:
        year, month, day, _ = match.groups()
        return replace(article, published=dt.date(int(year), int(month), int(day)))
    return article


def _relative(origin: str, root: Path) -> str:
    """`origin` as `corpus/<path under the corpus root>` (no path of the machine that built the tables)."""
    try:
        return str(Path(root.name) / Path(origin).relative_to(root))
    except ValueError:
        return origin


def corpus_articles(root: str | Path) -> Iterator[Article | InputProblem]:
    """Every article of the shared corpus at `root` that the build reads, each with its `licence`; reserved,
    off-topic and empty articles are left out (their number is reported as one warning per source)."""
    from .readers import read_inputs

    root = Path(root)
    listed = require_reserved_list(root)
    if not (root / "SOURCES.md").exists():
        yield InputProblem(str(root), "not the shared corpus (no SOURCES.md); nothing read from it")
        return
    for source in SOURCES:
        path = root / source.path
        if not path.exists():
            yield InputProblem(str(path), "warning: source missing from the corpus; skipped")
            continue
        left_out = 0
        for item in read_inputs([path]):
            if isinstance(item, Article):
                if _left_out(item, source, listed):
                    left_out += 1
                    continue
                item = replace(_dated(item), licence=licence_label(source.licence), origin=_relative(item.origin, root),
                               source=item.source or source.licence.publisher)
            yield item
        if left_out:
            yield InputProblem(str(path), f"warning: {left_out} article{'s' if left_out != 1 else ''} left out (reserved for evaluation, off-topic or empty)")
