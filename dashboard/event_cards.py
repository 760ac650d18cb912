"""The reports of the events a reader clicked on the timeline: grouped by outlet, and for a call or meeting
each party's own account side by side (a text its government published)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from extract.countries import country_name

from .counts import counted
from .data import Tables
from .escape import html_text
from .event_timeline import reports_text
from .events import party_accounts, reports_by_outlet
from .ui import context_card

PER_OUTLET = 5  # reports shown per outlet (the rest are counted)


def _cards(tables: Tables, row_ids: list[str], texts: dict[str, str], limit: int) -> None:
    for row_id in row_ids[:limit]:
        context_card(tables, row_id, texts)
    if len(row_ids) > limit:
        st.caption(f"… and {counted(len(row_ids) - limit, 'more report')} (see the Explorer).")


def event_reports(tables: Tables, rows: pd.DataFrame, marks: pd.DataFrame, events: list[str], *, limit: int = 5) -> None:
    """For each selected event (up to `limit`): its label and counts, the parties' own accounts when the data
    has them, then its reports grouped by outlet."""
    from .state import session_texts

    texts = session_texts()
    chosen = marks[marks["event"].isin(events)]
    for _, mark in chosen.head(limit).iterrows():
        st.html(f'<h4 style="margin:0.8rem 0 0.2rem 0;">{_heading(mark)}</h4>')
        accounts = party_accounts(rows, mark["event"], mark["kind"])
        if accounts:
            st.caption("Each party's own account (the text its government published):")
            for column, (code, ids) in zip(st.columns(len(accounts)), accounts.items()):
                with column:
                    st.text(country_name(code) or code)
                    _cards(tables, ids, texts, 2)
        for outlet, ids in reports_by_outlet(rows, [mark["event"]]):
            st.html(f'<div style="margin-top:0.5rem;"><b>{html_text(outlet)}</b> · {counted(len(ids), "report")}</div>')
            _cards(tables, ids, texts, PER_OUTLET)
    if len(chosen) > limit:
        st.caption(f"… and {counted(len(chosen) - limit, 'more selected happening')}: narrow the selection.")


def _heading(mark: pd.Series) -> str:
    """The event's label, date and counts as escaped HTML (the label is article text)."""
    return html_text(f"{mark['label']} · {mark['date']:%d %b %Y} · "
                     f"{reports_text(int(mark['n_reports']), int(mark['n_outlets']))}")
