"""The Explorer's tables: readable columns, Streamlit column config, CSV and Parquet downloads, and every
report of one happening (the rows of any article that share an `event_id`)."""
from __future__ import annotations

import io
from functools import partial

import pandas as pd

from extract.schema import TABLES
from extract.spreadsheet import escape_frame

from .counts import counted
from .data import safe_links

STATEMENT_VIEW = ["date", "speaker", "speaker_country", "kind", "act", "text", "addressees", "place", "is_future",
                  "date_precision", "sentence", "title", "url", "event_id", "statement_id", "article_id"]
MAX_SHOWN = 5_000  # rows drawn in a table; the downloads hold every selected row
MOVEMENT_VIEW = ["date", "actor_name", "status", "troops", "troops_text", "force", "destinations", "destination_places",
                 "origin", "n_mentions", "is_future", "date_precision", "sentence", "title", "url", "event_id", "movement_id", "article_id"]


def with_articles(rows: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """`rows` with their article's title, source and url (only an http(s) url: it becomes a link)."""
    arts = articles[["article_id", "title", "source", "url"]].drop_duplicates("article_id")
    return rows.merge(arts.assign(url=safe_links(arts["url"])), on="article_id", how="left")


def view(rows: pd.DataFrame, articles: pd.DataFrame, table: str, *, limit: int | None = None) -> pd.DataFrame:
    """The columns the Explorer shows for `table` ("statements" or "movements"), newest first; at most
    `limit` rows (sending 50,000 rows of sentences to the browser on every run is slow)."""
    columns = STATEMENT_VIEW if table == "statements" else MOVEMENT_VIEW
    dates = rows["date"].reset_index(drop=True)
    order = dates.sort_values(ascending=False, kind="stable", na_position="last").index  # positions, newest first
    newest = rows.iloc[order[:limit] if limit is not None else order]  # sorting the dates alone: no copy of every row
    return with_articles(newest, articles)[columns].reset_index(drop=True)


def column_config(table: str) -> dict:
    """Streamlit column config: dates as dates, links as links, long text wide."""
    import streamlit as st

    cc = st.column_config
    common = {
        "date": cc.DateColumn("Date", format="YYYY-MM-DD", width="small"),
        "is_future": cc.CheckboxColumn("Future", help="Scheduled or expected", width="small"),
        "date_precision": cc.TextColumn("Precision", width="small", help="How exact the date is"),
        "sentence": cc.TextColumn("Sentence", width="large"),
        "title": cc.TextColumn("Article", width="medium"),
        "url": cc.LinkColumn("Link", display_text="open ↗", width="small"),
        "article_id": cc.TextColumn("Article id", width="small"),
        "event_id": cc.TextColumn("Happening", width="small",
                                  help="Rows of any article that report the same happening share this id"),
    }
    if table == "statements":
        return {**common,
                "speaker": cc.TextColumn("Speaker", width="medium"),
                "speaker_country": cc.TextColumn("Country", width="small"),
                "kind": cc.TextColumn("Kind", width="small"),
                "act": cc.TextColumn("Act", width="small"),
                "text": cc.TextColumn("What was said / done", width="large"),
                "addressees": cc.ListColumn("With", width="medium"),
                "place": cc.TextColumn("Place", width="small"),
                "statement_id": cc.TextColumn("Id", width="small")}
    return {**common,
            "actor_name": cc.TextColumn("Actor", width="small"),
            "status": cc.TextColumn("Status", width="small"),
            "troops": cc.NumberColumn("Troops", format="%,d", width="small"),
            "troops_text": cc.TextColumn("As written", width="small"),
            "force": cc.TextColumn("Force", width="small"),
            "destinations": cc.ListColumn("To (countries)", width="small"),
            "destination_places": cc.ListColumn("Places", width="medium"),
            "origin": cc.TextColumn("From", width="small"),
            "n_mentions": cc.NumberColumn("Mentions", help="Sentences of the article that report this movement",
                                          format="%d", width="small"),
            "movement_id": cc.TextColumn("Id", width="small")}


def flat_for_csv(rows: pd.DataFrame, table: str) -> pd.DataFrame:
    """List columns joined with `;` (as `extract build --csv` writes them)."""
    flat = rows.copy()
    for col in TABLES[table]:
        if col.dtype == "list" and col.name in flat:
            flat[col.name] = flat[col.name].map(lambda v: ";".join(map(str, v)) if isinstance(v, (list, tuple)) else "")
    return flat


def to_csv_bytes(rows: pd.DataFrame, table: str) -> bytes:
    """The rows in the schema's columns as UTF-8 CSV; a text cell a spreadsheet would run as a formula
    (`=HYPERLINK(...)` in a quote) starts with `'` (`extract.spreadsheet`; `read_table` undoes it)."""
    return escape_frame(flat_for_csv(rows, table)).to_csv(index=False).encode("utf-8")


def download_data(rows: pd.DataFrame, table: str, fmt: str):
    """What a download button gets: the file's bytes for a table the page draws in full, else a callable
    that makes them on click (a deferred download: 50,000 rows take about a second to write)."""
    make = partial(to_csv_bytes, rows, table) if fmt == "csv" else partial(to_parquet_bytes, rows)
    return make() if len(rows) <= MAX_SHOWN else make


def to_parquet_bytes(rows: pd.DataFrame) -> bytes:
    """The rows in the schema's columns as Parquet (list columns stay lists)."""
    buffer = io.BytesIO()
    rows.reset_index(drop=True).to_parquet(buffer, index=False)
    return buffer.getvalue()


def event_of(row: pd.Series) -> str | None:
    """The happening a row reports (its `event_id`), None when the data has none for it."""
    value = row.get("event_id")
    return str(value) if isinstance(value, str) and value.strip() else None


def same_happening(rows: pd.DataFrame, event_id: str | None) -> pd.DataFrame:
    """The rows that report the happening `event_id` (all rows when None)."""
    if not event_id:
        return rows
    return rows[rows["event_id"].eq(event_id).fillna(False).astype(bool)]


def happening_title(events: pd.DataFrame, event_id: str, n_rows: int) -> str:
    """One line of plain text naming a happening: its label when the `events` table has it, and how many rows
    report it (shown with `st.text`: the label comes from article text)."""
    match = events[events["event_id"] == event_id]
    label = match["label"].iloc[0] if len(match) and pd.notna(match["label"].iloc[0]) else event_id
    return f"Every report of one happening: {label} ({counted(n_rows, 'row')}, whatever the sidebar filters)"
