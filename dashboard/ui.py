"""Small Streamlit render helpers shared by the pages: charts, empty states, a row in its context."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from extract.urls import safe_url

from . import config
from .colors import KIND_LABELS, actor_color
from .context import article_text, sentence_context, source_note
from .counts import counted
from .data import Tables
from .escape import html_text as _esc
from .plotly_json import as_figure

PLOTLY_CONFIG = {"displaylogo": False, "showSendToCloud": False, "modeBarButtonsToRemove": ["toImage", "sendChartToCloud"],
                 "responsive": True}


def chart_config(*, geo: bool = False) -> dict:
    """The plotly config of the app's charts; geo figures read the shipped map files (`static/`)."""
    return {**PLOTLY_CONFIG, **({"topojsonURL": config.TOPOJSON_URL} if geo else {})}


def plotly(fig, *, key: str, geo: bool = False, select: bool = False, alt: str | None = None):
    """`st.plotly_chart` with the app's config (offline map files for geo figures); returns the selection state.
    The pages draw with `plotly_element.draw`, which uses this only for figures its light bundle lacks.

    `fig` is a Figure or its JSON (a dict from `plotly_json.figure_json`, as cached).
    """
    cfg = chart_config(geo=geo)
    fig = as_figure(fig) if isinstance(fig, dict) else fig
    if select:
        return st.plotly_chart(fig, key=key, on_select="rerun", selection_mode=("points", "box", "lasso"),
                               config=cfg, width="stretch", alt=alt)
    st.plotly_chart(fig, key=key, config=cfg, width="stretch", alt=alt)
    return None


def empty_state(what: str, no_data: bool = False) -> None:
    """The message shown when nothing matches, or (`no_data`) when nothing is loaded at all."""
    if no_data:
        st.info(f"**No data loaded.** {what} There are no statements or movements in the data folder yet: "
                "build them with `python -m extract build seeds --out data`, or add articles on the **Add articles** page.",
                icon="🗂️")
    else:
        st.info(f"**Nothing matches the current filters.** {what} Widen the date range, clear actors or kinds, "
                "or press **Reset filters** in the sidebar.", icon="🔎")


def error_with_details(message: str, details: str) -> None:
    """An error box with a fixed `message`, then `details` (an exception's text, which may quote the input) as
    plain text: Streamlit's Markdown would turn a domain or an e-mail address in it into a live link."""
    st.error(message, icon="⚠️")
    st.text(details)


def _row_lookup(tables: Tables, row_id: str) -> tuple[str, pd.Series] | None:
    for table, key in (("statements", "statement_id"), ("movements", "movement_id")):
        frame = tables[table]
        match = frame[frame[key] == row_id]
        if not match.empty:
            return table, match.iloc[0]
    return None


def context_card(tables: Tables, row_id: str, texts: dict[str, str] | None = None) -> bool:
    """One row: who, what, when, its sentence highlighted inside its paragraph, and a link to the article."""
    found = _row_lookup(tables, row_id)
    if found is None:
        return False
    table, row = found
    arts = tables.articles[tables.articles["article_id"] == row["article_id"]]
    art = arts.iloc[0] if not arts.empty else None
    ctx = sentence_context(row, article_text(row["article_id"], tables.articles, texts))
    if table == "statements":
        actor, who = row["speaker_country"], row["speaker"]
        kind = KIND_LABELS.get(row["kind"], row["kind"])
    else:
        actor, who = row["actor"], row["actor_name"] if pd.notna(row["actor_name"]) else "Unknown actor"
        kind = f"Troop movement · {str(row['status']).replace('_', ' ')}"
    date = row["date"].strftime("%d %b %Y") if pd.notna(row["date"]) else "undated"
    future = " · scheduled / expected" if bool(row.get("is_future")) is True else ""
    title = _esc(art["title"]) if art is not None and pd.notna(art["title"]) else _esc(row["article_id"])
    source = _esc(art["source"]) if art is not None and pd.notna(art["source"]) else ""
    url = safe_url(art["url"]) if art is not None else ""
    link = f'<a href="{_esc(url)}" target="_blank" rel="noopener">{title} ↗</a>' if url else f"<i>{title}</i>"
    note = source_note(ctx, art["licence"] if art is not None else None, url)
    st.html(
        f'<div class="uct-card" style="border-left:4px solid {actor_color(actor)};padding:0.3rem 0.8rem;margin:0.4rem 0;">'
        f"<div><b>{_esc(who)}</b> · {_esc(kind)} · {_esc(date)}{future}</div>"
        f'<p style="margin:0.4rem 0;">{_esc(ctx.before)}<mark>{_esc(ctx.sentence)}</mark>{_esc(ctx.after)}</p>'
        f'{note}<div style="font-size:0.9em;">{source + " · " if source else ""}{link}</div></div>'
    )
    return True


def context_cards(tables: Tables, row_ids: list[str], *, limit: int = 20) -> None:
    """Up to `limit` rows in context, with a note of how many more were selected."""
    from .state import session_texts

    texts = session_texts()
    for row_id in row_ids[:limit]:
        context_card(tables, row_id, texts)
    if len(row_ids) > limit:
        st.caption(f"… and {counted(len(row_ids) - limit, 'more selected row')} (narrow the selection or use the Explorer).")
