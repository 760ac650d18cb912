"""Loading the tables once per server, and merging in the rows a visitor added this session.

The data folder may hold more tables than these (`drops.parquet`, for evaluation): the dashboard reads only
`ROW_TABLES`, so an extra table never changes what it loads."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extract.schema import ROW_TABLES, coerce, empty_frame, read_table
from extract.urls import safe_url

ID_COLUMNS = {"articles": "article_id", "statements": "statement_id", "movements": "movement_id", "events": "event_id"}


@dataclass(frozen=True)
class Tables:
    """The output tables the dashboard shows, in the schema's columns (`events`: one row per happening)."""

    articles: pd.DataFrame
    statements: pd.DataFrame
    movements: pd.DataFrame
    events: pd.DataFrame = field(default_factory=lambda: empty_frame("events"))

    def __getitem__(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {name: self[name] for name in ROW_TABLES}

    @property
    def empty(self) -> bool:
        return self.statements.empty and self.movements.empty


@dataclass(frozen=True)
class TableFile:
    """One table file of the data folder, for the "what data is loaded" panel."""

    table: str
    path: str
    rows: int
    modified: dt.datetime | None


def empty_tables() -> Tables:
    return Tables(*(empty_frame(name) for name in ROW_TABLES))


def safe_links(urls: pd.Series) -> pd.Series:
    """`urls` with every value that is not an http(s) link emptied (`extract.urls.safe_url`): what feeds a
    link column or an `<a href>`. Tables written before the readers checked links may still hold others."""
    lookup = {url: safe_url(url) or None for url in urls.dropna().unique()}
    return urls.map(lookup).astype("string")


def read_tables(data_dir: Path) -> Tables:
    """The tables of `data_dir` (`<name>.parquet`, else `<name>.csv`); a missing one comes back empty.
    Article links that are not http(s) are dropped (see `safe_links`)."""
    frames = {}
    for name in ROW_TABLES:
        frames[name] = empty_frame(name)
        for suffix in (".parquet", ".csv"):
            path = Path(data_dir) / f"{name}{suffix}"
            if path.exists():
                frames[name] = read_table(path, name)
                break
    frames["articles"] = frames["articles"].assign(url=safe_links(frames["articles"]["url"]))
    return Tables(**frames)


def _row_count(path: Path, name: str) -> int:
    """Rows of a table file, -1 when it cannot be read (a damaged file is reported, not fatal). A Parquet file's
    count comes from its footer: reading the whole corpus's tables again to count them took about a second and
    made half a million objects for the cycle collector on the first Overview of every data folder."""
    try:
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        return len(read_table(path, name))
    except Exception:
        return -1


def table_files(data_dir: Path) -> list[TableFile]:
    """Which table files exist in `data_dir`, with their row counts and modification times."""
    files = []
    for name in ROW_TABLES:
        for suffix in (".parquet", ".csv"):
            path = Path(data_dir) / f"{name}{suffix}"
            if path.exists():
                rows = _row_count(path, name)
                files.append(TableFile(name, str(path), rows, dt.datetime.fromtimestamp(path.stat().st_mtime)))
                break
    return files


def merge_tables(base: Tables, added: Tables | None) -> Tables:
    """`base` plus the `added` rows; an added row replaces a base row with the same id."""
    if added is None:
        return base
    frames = {}
    for name in ROW_TABLES:
        extra = added[name]
        if extra.empty:
            frames[name] = base[name]
            continue
        key = ID_COLUMNS[name]
        kept = base[name][~base[name][key].isin(extra[key])]
        if name != "articles":  # re-extracting an article replaces all its rows
            kept = kept[~kept["article_id"].isin(extra["article_id"])]
        parts = [frame for frame in (kept, extra) if not frame.empty]
        frames[name] = coerce(pd.concat(parts, ignore_index=True), name) if parts else empty_frame(name)
    return Tables(**frames)


def date_span(tables: Tables) -> tuple[dt.date, dt.date] | None:
    """First and last `date` of any statement or movement (None when nothing is dated).

    `date_end` is left out: a row dated only by its year would stretch the span to December.
    """
    dates = pd.concat([tables.statements["date"], tables.movements["date"]]).dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def is_outlier(frame: pd.DataFrame) -> pd.Series:
    """Which rows have a `date` far outside the data's window (`date_outlier`; missing counts as no)."""
    if "date_outlier" not in frame:
        return pd.Series(False, index=frame.index)
    return frame["date_outlier"].fillna(False).astype(bool)


def data_window(tables: Tables, low: float = 0.01, high: float = 0.99) -> tuple[dt.date, dt.date] | None:
    """The crisis months of the data: the `low`–`high` quantiles of the articles' publication days, widened to
    whole months (a stray date, "1940" or "2032", never stretches it). Without publication dates, the same of
    the rows' dates that are not flagged `date_outlier`; None when nothing is dated."""
    dates = tables.articles["published"].dropna()
    if dates.empty:
        rows = [frame.loc[~is_outlier(frame), "date"] for frame in (tables.statements, tables.movements)]
        dates = pd.concat(rows).dropna()
    if dates.empty:
        return None
    first, last = pd.to_datetime(dates).quantile([low, high], interpolation="nearest")
    return first.to_period("M").start_time.date(), last.to_period("M").end_time.date()
