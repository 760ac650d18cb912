"""The global filters shared by every page, as a plain value that round-trips through the URL.

A statement matches the actor filter when its speaker's country or one of its addressees'
countries is selected; a movement matches when its actor or one of its destinations is. Dates
match by overlap: a row dated `date`..`date_end` is kept when that period touches the range.
Rows without a date are kept only while the range is open (no `start` and no `end`).
Statements of anonymous sources (speaker_type `anonymous`: "experts say") are hidden unless `anonymous` is set;
rows dated far outside the data's window (`date_outlier`: a misread "1940") unless `outliers` is set.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Mapping, Sequence

import pandas as pd

from extract.schema import ANONYMOUS
from extract.countries import country_name
from extract.schema import STATEMENT_KINDS

from .colors import KIND_LABELS
from .data import Tables, data_window, is_outlier

KINDS = (*STATEMENT_KINDS, "movement")

# Query-parameter names (short, so shared links stay readable).
Q_FROM, Q_TO, Q_ACTOR, Q_KIND, Q_TEXT, Q_ANONYMOUS, Q_OUTLIERS = "from", "to", "actor", "kind", "q", "anon", "far"
FILTER_PARAMS = (Q_FROM, Q_TO, Q_ACTOR, Q_KIND, Q_TEXT, Q_ANONYMOUS, Q_OUTLIERS)
YES = (["1"], ["true"], ["yes"])
MAX_LANES = 20  # the Timeline's lanes (countries with most happenings) at most; default `events.DEFAULT_LANES`


@dataclass(frozen=True)
class Filters:
    """Date range, actors (country codes or NATO/EU/UN), kinds and a text search (empty means all), and whether
    statements of anonymous sources and rows dated far outside the data's window are shown (off: hidden)."""

    start: dt.date | None = None
    end: dt.date | None = None
    actors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    text: str = ""
    anonymous: bool = False
    outliers: bool = False

    @property
    def active(self) -> bool:
        return self != Filters()

    def to_query(self) -> dict[str, str | list[str]]:
        """Query parameters for this view (only the filters that are set)."""
        params: dict[str, str | list[str]] = {}
        if self.start:
            params[Q_FROM] = self.start.isoformat()
        if self.end:
            params[Q_TO] = self.end.isoformat()
        if self.actors:
            params[Q_ACTOR] = list(self.actors)
        if self.kinds:
            params[Q_KIND] = list(self.kinds)
        if self.text:
            params[Q_TEXT] = self.text
        if self.anonymous:
            params[Q_ANONYMOUS] = "1"
        if self.outliers:
            params[Q_OUTLIERS] = "1"
        return params

    @classmethod
    def from_query(cls, params: Mapping[str, str | Sequence[str]]) -> "Filters":
        """Filters from query parameters; unreadable values are ignored rather than failing the page."""

        def values(key: str) -> list[str]:
            value = params.get(key)
            if value is None:
                return []
            items = [value] if isinstance(value, str) else list(value)
            return [part.strip() for item in items for part in str(item).split(",") if part.strip()]

        def day(key: str) -> dt.date | None:
            for value in values(key)[:1]:
                try:
                    return dt.date.fromisoformat(value)
                except ValueError:
                    return None
            return None

        start, end = day(Q_FROM), day(Q_TO)
        if start and end and start > end:
            start, end = end, start
        kinds = tuple(k for k in dict.fromkeys(values(Q_KIND)) if k in KINDS)
        actors = tuple(dict.fromkeys(a.upper() for a in values(Q_ACTOR)))
        raw_text = params.get(Q_TEXT) or ""
        text = (raw_text if isinstance(raw_text, str) else " ".join(map(str, raw_text))).strip()[:200]
        anonymous, outliers = values(Q_ANONYMOUS)[:1] in YES, values(Q_OUTLIERS)[:1] in YES
        return cls(start=start, end=end, actors=actors, kinds=kinds, text=text, anonymous=anonymous, outliers=outliers)

    def clamp(self, span: tuple[dt.date, dt.date] | None) -> "Filters":
        """Drop a start/end that lies at or beyond the data's span (it filters nothing there)."""
        if span is None:
            return self
        start = self.start if self.start and self.start > span[0] else None
        end = self.end if self.end and self.end < span[1] else None
        return replace(self, start=start, end=end)


def _date_mask(frame: pd.DataFrame, f: Filters) -> pd.Series:
    if not f.start and not f.end:
        return pd.Series(True, index=frame.index)
    first = frame["date"]
    last = frame["date_end"].fillna(first)
    mask = first.notna()
    if f.start:
        mask &= last >= pd.Timestamp(f.start)
    if f.end:
        mask &= first <= pd.Timestamp(f.end)
    return mask.fillna(False).astype(bool)


def _any_in(lists: pd.Series, wanted: set[str]) -> pd.Series:
    return lists.map(lambda values: any(v in wanted for v in values)).astype(bool)


def _text_mask(frame: pd.DataFrame, columns: Sequence[str], text: str) -> pd.Series:
    needle = text.strip().lower()
    mask = pd.Series(False, index=frame.index)
    for col in columns:
        values = frame[col]
        if values.dtype == object and not values.empty and isinstance(values.iloc[0], list):
            values = values.map("; ".join)
        mask |= values.astype("string").str.lower().str.contains(needle, regex=False).fillna(False).astype(bool)
    return mask


STATEMENT_SEARCH = ("speaker", "text", "sentence", "cue", "place", "addressees", "speaker_role")
MOVEMENT_SEARCH = ("actor_name", "sentence", "troops_text", "destination_places", "origin", "force", "status")


def is_anonymous(statements: pd.DataFrame) -> pd.Series:
    """Which statements have an anonymous source ("experts say")."""
    return statements["speaker_type"].eq(ANONYMOUS).fillna(False).astype(bool)


def filter_statements(statements: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The statements that `f` selects (anonymous sources only when `f.anonymous`)."""
    mask = _date_mask(statements, f)
    if not f.anonymous:
        mask &= ~is_anonymous(statements)
    if not f.outliers:
        mask &= ~is_outlier(statements)
    if f.kinds:
        mask &= statements["kind"].isin(f.kinds).fillna(False).astype(bool)
    if f.actors:
        wanted = set(f.actors)
        mask &= statements["speaker_country"].isin(wanted).fillna(False).astype(bool) | _any_in(statements["addressee_countries"], wanted)
    if f.text.strip():
        mask &= _text_mask(statements, STATEMENT_SEARCH, f.text)
    return statements[mask]


def filter_movements(movements: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The movements that `f` selects (none when kinds are chosen without "movement")."""
    if f.kinds and "movement" not in f.kinds:
        return movements.iloc[0:0]
    mask = _date_mask(movements, f)
    if not f.outliers:
        mask &= ~is_outlier(movements)
    if f.actors:
        wanted = set(f.actors)
        mask &= movements["actor"].isin(wanted).fillna(False).astype(bool) | _any_in(movements["destinations"], wanted)
    if f.text.strip():
        mask &= _text_mask(movements, MOVEMENT_SEARCH, f.text)
    return movements[mask]


def apply_filters(tables: Tables, f: Filters) -> Tables:
    """The tables with the statements and movements that `f` selects (articles and events are kept whole)."""
    hidden = ((not f.anonymous and is_anonymous(tables.statements).any())
              or (not f.outliers and (is_outlier(tables.statements).any() or is_outlier(tables.movements).any())))
    if replace(f, anonymous=False, outliers=False) == Filters() and not hidden:
        return tables
    return Tables(articles=tables.articles, statements=filter_statements(tables.statements, f),
                  movements=filter_movements(tables.movements, f), events=tables.events)


def actor_options(tables: Tables) -> list[str]:
    """Every actor code in the data, the most frequent first."""
    codes = pd.concat([
        tables.statements["speaker_country"].dropna(),
        tables.statements["addressee_countries"].explode().dropna(),
        tables.movements["actor"].dropna(),
        tables.movements["destinations"].explode().dropna(),
    ]).astype(str)
    codes = codes[codes.str.len() > 0]
    counts = codes.value_counts()
    return sorted(counts.index, key=lambda c: (-counts[c], c))


@dataclass(frozen=True)
class FilterOptions:
    """What the sidebar offers for a data set: its window (`data.data_window`: the crisis months, the date range's
    bounds), its actor codes, whether it has any rows, how many statements have an anonymous source and how
    many rows are dated far outside the window."""

    span: tuple[dt.date, dt.date] | None
    actors: tuple[str, ...]
    no_data: bool
    anonymous: int = 0
    outliers: int = 0


def filter_options(tables: Tables) -> FilterOptions:
    """The sidebar's choices for `tables` (small: cached once per data folder, unlike the tables)."""
    return FilterOptions(span=data_window(tables), actors=tuple(actor_options(tables)), no_data=tables.empty,
                         anonymous=int(is_anonymous(tables.statements).sum()),
                         outliers=int(is_outlier(tables.statements).sum() + is_outlier(tables.movements).sum()))


def anonymous_label(count: int) -> str:
    """The checkbox that shows anonymous sources, with how many statements it adds when there are any."""
    return f"Show anonymous sources ({count:,})" if count else "Show anonymous sources"


def parse_lanes(value: str | None, default: int = 8) -> int:
    """The Timeline's number of lanes from the URL: a whole number from 2 to `MAX_LANES`, else `default`."""
    try:
        number = int(str(value).strip())
    except ValueError:
        return default
    return number if 2 <= number <= MAX_LANES else default


def parse_flag(value: str | None) -> bool:
    """A URL switch ("1", "true", "yes" are on)."""
    return str(value or "").strip().lower() in ("1", "true", "yes")


def outliers_label(count: int) -> str:
    """The checkbox that shows rows dated far outside the data's window, with how many there are."""
    return f"Show rows dated far outside the data's window ({count:,})"


def describe(f: Filters) -> str:
    """The filters in one line of plain text, for the sidebar (e.g. "15 Jan 2022 – 24 Feb 2022 · Russia, Belarus").

    Actors and the search come from the URL, so the line is shown with `st.text`, never as Markdown: Streamlit's
    Markdown turns bare domains and e-mail addresses into links even when every special character is escaped.
    """
    parts = []
    if f.start and f.end:
        parts.append(f"{f.start:%d %b %Y} – {f.end:%d %b %Y}")
    elif f.start or f.end:
        parts.append(f"from {f.start:%d %b %Y}" if f.start else f"until {f.end:%d %b %Y}")
    if f.actors:
        parts.append(", ".join(country_name(code) or code for code in f.actors))
    if f.kinds:
        parts.append(", ".join(KIND_LABELS.get(kind, kind) for kind in f.kinds))
    if f.text:
        parts.append(f"“{f.text}”")
    if f.anonymous:
        parts.append("with anonymous sources")
    if f.outliers:
        parts.append("with rows dated far outside the window")
    return " · ".join(parts) if parts else "All rows"
