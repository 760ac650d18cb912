"""Deployments map: where troops were reported as of a chosen day, sized by troops and coloured by actor."""
import datetime as dt

import streamlit as st

from dashboard import state, ui
from dashboard.counts import counted
from dashboard.plotly_element import draw

st.title("Deployments map")
controls = st.container()
state.page_setup("Deployments map")

options = state.options()
f = state.current_filters(options)  # the widgets are drawn after the chart (their values are in session state)
span, not_drawn = state.map_span(f)  # cached per filters: the full tables are not read here
if span is None:
    state.sync_url(f)
    ui.empty_state("The map shows troop movements that name a place.", options.no_data)
    state.filter_widgets(options)
    st.stop()

first, last = span
ss = st.session_state
if "w_asof" not in ss:
    asked = state.initial_param("asof")
    try:
        ss["w_asof"] = min(max(dt.date.fromisoformat(asked), first), last) if asked else last
    except ValueError:
        ss["w_asof"] = last
else:
    ss["w_asof"] = min(max(ss["w_asof"], first), last)
as_of = ss["w_asof"] if first < last else first
latest_only = ss.setdefault("w_latest", True)
state.sync_url(f, asof=as_of.isoformat() if as_of != last else None)

plot = state.map_plot(f, as_of, latest_only)
ids = [] if plot.figure is None else draw(plot.figure, key=f"map-{hash((f, as_of, latest_only))}", geo=True,
                                          alt="Map of reported troop deployments")
with controls:  # above the chart, drawn after it
    left, right = st.columns([4, 1])
with left:
    if first < last:
        st.slider("Situation as of", min_value=first, max_value=last, key="w_asof", format="DD MMM YYYY",
                  help="For each actor and place, the latest report dated on or before this day.")
    else:
        st.caption(f"All movements are dated {first:%d %b %Y}.")
with right:
    st.toggle("Latest report only", key="w_latest", help="Off: every report up to the day, not only the latest per actor and place.")
state.filter_widgets(options)

if plot.figure is None:
    ui.empty_state(f"No movement with a place is dated on or before {as_of:%d %b %Y}.")
else:
    st.caption("Filled circle = in place (deployed, stationed, arrived) · hollow circle and dashed line = announced, "
               "planned or on alert · cross and dotted line = withdrawn. Marker area grows with troops; the smallest "
               "markers give no number. Lines run from the origin to the destination when the sentence names both.")
    if ids:
        st.subheader(f"Selected: {counted(len(ids), 'movement')}")
        ui.context_cards(state.view(f), ids)
    st.subheader("Movements shown")
    if not_drawn:
        st.caption(f"{counted(not_drawn, 'movement')} under the current filters "
                   + ("names no place with coordinates and is" if not_drawn == 1 else "name no place with coordinates and are")
                   + " not drawn.")
    st.dataframe(plot.table, hide_index=True, width="stretch", column_config={
        "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", width="small"),
        "troops": st.column_config.NumberColumn("Troops", format="%,d", width="small"),
        "sentence": st.column_config.TextColumn("Sentence", width="large"),
    })
