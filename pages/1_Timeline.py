"""Timeline: statements and events by date, one lane per country; select a mark to read its sentence."""
import streamlit as st

from dashboard import state, ui

state.page_setup('Timeline')
from dashboard.timeline import build_timeline, selected_row_ids, timeline_rows

tables, view, f = state.filtered()
state.sync_url(f)
st.title("Timeline")
rows = timeline_rows(view)
undated = len(view.statements) + len(view.movements) - len(rows)
if rows.empty:
    ui.empty_state("The timeline shows dated statements, events and troop movements.", tables)
    st.stop()

plot = build_timeline(rows)
how = ("one mark per row" if plot.mode == "points"
       else f"dense data: rows grouped by {plot.mode}, lane and kind; marker size shows the count")
st.caption(f"{plot.n_rows:,} rows, {how}. Colour = actor, shape = kind, hollow = scheduled or expected. "
           "Drag on the chart or the range slider to zoom; click a mark (or box-select) to read the sentence."
           + (f" {undated:,} undated rows are not shown." if undated else ""))
event = ui.plotly(plot.figure, key=f"timeline-{hash(f)}", select=True, alt="Timeline of statements and troop movements")
ids = selected_row_ids(plot, event.selection if event is not None else None)
if ids:
    st.subheader(f"Selected: {len(ids):,} row{'s' if len(ids) != 1 else ''}")
    ui.context_cards(view, ids)
