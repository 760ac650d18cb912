"""Timeline: one mark per happening (or per report), one lane per main party; click a mark to read its reports."""
import streamlit as st

from dashboard import state, ui
from dashboard.counts import counted
from dashboard.event_cards import event_reports
from dashboard.event_timeline import selected_events
from dashboard.timeline import selected_row_ids
from dashboard.plotly_element import draw

st.title("Timeline")
caption = st.empty()
state.page_setup("Timeline")

options = state.options()
f = state.current_filters(options)
n_lanes, every = state.timeline_choices()
state.sync_url(f, **state.timeline_url_params(n_lanes, every))
plot, undated = state.timeline_plot(f, n_lanes, every, options.span)  # cached: the full tables are not read here
if plot is None:
    ui.empty_state("The timeline shows dated statements, events and troop movements.", options.no_data)
    state.timeline_widgets()
    state.filter_widgets(options)
    st.stop()

how = {"events": "one mark per happening (its size: how many reports)", "points": "one mark per report"}.get(
    plot.mode, f"dense data: reports grouped by {plot.mode}, lane and kind; marker size shows the count")
caption.caption(f"{counted(plot.n_rows, 'report')}, {how}. Shape = kind, hollow = scheduled or expected. "
                "Drag on the chart to zoom (double-click or \"all\": everything; \"1m\", \"3m\": the last months); "
                "click a mark (or box-select) "
                "to read its reports." + (f" {counted(undated, 'undated row')} {'is' if undated == 1 else 'are'} not shown." if undated else "")
                + (f" {plot.note}" if plot.note else ""))
selected = draw(plot.figure, key=f"timeline-{hash((f, n_lanes, every))}", alt="Timeline of statements and troop movements")
state.timeline_widgets()
state.filter_widgets(options)
if selected:
    view = state.view(f)
    rows, marks, _ = state.drawn(f, n_lanes)
    if plot.mode == "events":
        events = selected_events(selected, marks)
        st.subheader(f"Selected: {counted(len(events), 'happening')}")
        event_reports(view, rows, marks, events)
    else:
        ids = selected_row_ids(plot, selected, rows)
        st.subheader(f"Selected: {counted(len(ids), 'row')}")
        ui.context_cards(view, ids)
