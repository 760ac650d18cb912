"""Timeline: statements and events by date, one lane per country; select a mark to read its sentence."""
import streamlit as st

from dashboard import state, ui
from dashboard.counts import counted
from dashboard.timeline import selected_row_ids, timeline_rows
from dashboard.plotly_element import draw

st.title("Timeline")
caption = st.empty()
state.page_setup("Timeline")

options = state.options()
f = state.current_filters(options)
state.sync_url(f)
plot, undated = state.timeline_plot(f)  # cached per filters: the full tables are not read here
if plot is None:
    ui.empty_state("The timeline shows dated statements, events and troop movements.", options.no_data)
    state.filter_widgets(options)
    st.stop()

how = ("one mark per row" if plot.mode == "points"
       else f"dense data: rows grouped by {plot.mode}, lane and kind; marker size shows the count")
zoom = "Drag on the chart or the range slider to zoom (double-click: all)"
caption.caption(f"{counted(plot.n_rows, 'row')}, {how}. Colour = actor, shape = kind, hollow = scheduled or expected. "
                f"{zoom}; click a mark (or box-select) to read the sentence."
                + (f" {counted(undated, 'undated row')} {'is' if undated == 1 else 'are'} not shown." if undated else ""))
selected = draw(plot.figure, key=f"timeline-{hash(f)}", alt="Timeline of statements and troop movements")
state.filter_widgets(options)
if selected:
    view = state.view(f)
    ids = selected_row_ids(plot, selected, timeline_rows(view))
    st.subheader(f"Selected: {counted(len(ids), 'row')}")
    ui.context_cards(view, ids)
