"""Deployments map: one marker per actor and place as of a chosen day, with the range of numbers reported."""
import datetime as dt

import streamlit as st

from dashboard import state, ui
from dashboard.counts import counted
from dashboard.deployments import held_caption
from dashboard.html_table import html_table
from dashboard.overview import TROOPS_HTML
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
single, others = state.map_toggle("single"), state.map_toggle("others")
state.sync_url(f, asof=as_of.isoformat() if as_of != last else None, single="1" if single else None,
               others="1" if others else None)

plot = state.map_plot(f, as_of, single=single, others=others)
ids = [] if plot.figure is None else draw(plot.figure, key=f"map-{hash((f, as_of, single, others))}", geo=True,
                                          alt="Map of reported troop deployments")
with controls:  # above the chart, drawn after it
    if first < last:
        st.slider("Situation as of", min_value=first, max_value=last, key="w_asof", format="DD MMM YYYY",
                  help="For each actor and place, the reports dated on or before this day; the status is the latest's.")
    else:
        st.caption(f"All movements are dated {first:%d %b %Y}.")
with st.sidebar:
    st.subheader("Map")
    st.caption(held_caption(plot.held, single=single, others=others))
with st.sidebar.popover("Change view", icon=":material/map:", width="stretch"):
    st.toggle(f"Show single reports without a number ({plot.held.single:,})", key="w_single",
              help="Places known from one report that gives no number are hidden by default: in a large corpus they are mostly noise.")
    st.toggle(f"Show other actors ({plot.held.others:,})", key="w_others",
              help="Actors outside the main ones are hidden by default; shown, they share the colour \"Other\".")
state.filter_widgets(options)

if plot.figure is None and (plot.held.single or plot.held.others):
    st.info(f"The deployments reported on or before {as_of:%d %b %Y} are all held back: single reports without a number "
            "or actors outside the main ones. Turn them on under **Map** › **Change view** in the sidebar.", icon="🔎")
elif plot.figure is None:
    ui.empty_state(f"No deployment with a place is reported on or before {as_of:%d %b %Y}.")
else:
    st.caption("One marker per actor and place, for every report up to the day (the same deployment reported by many "
               "articles counts once). Filled circle = in place (deployed, stationed, arrived) · hollow circle and dashed "
               "line = announced, planned or on alert · cross and dotted line = withdrawn: the latest report's status. "
               "Marker area grows with the median number reported; the smallest markers give no number.")
    if ids:
        reports = [row_id for key in ids for row_id in plot.members.get(key, [key])]
        st.subheader(f"Selected: {counted(len(ids), 'deployment')} ({counted(len(reports), 'report')})")
        ui.context_cards(state.view(f), reports)
    st.subheader("Troops by actor and status")
    st.caption("Each deployment counted once, under its latest status: its range of numbers at an actor's "
               "largest place (a city, its region and the border around it overlap, so they are not added); places "
               "without a number are counted apart (unknown is not zero).")
    st.html(html_table(plot.troops, TROOPS_HTML, caption="Troops by actor and status"))  # long cells wrap
    listed = st.expander(f"Deployments shown ({len(plot.table):,}): a table to sort and download", key="w_map_table",
                         on_change="rerun")
    with listed:  # drawn only when opened: the data grid's code would hold back a first visit's map
        if not_drawn:
            st.caption(f"{counted(not_drawn, 'movement')} under the current filters "
                       + ("names no place with coordinates and is" if not_drawn == 1 else "name no place with coordinates and are")
                       + " not drawn.")
        if listed.open:
            st.dataframe(plot.table, hide_index=True, width="stretch", column_config={
                "median": st.column_config.NumberColumn("Median troops", format="%,d", width="small"),
                "first reported": st.column_config.DateColumn("First reported", format="YYYY-MM-DD", width="small"),
                "last reported": st.column_config.DateColumn("Last reported", format="YYYY-MM-DD", width="small"),
                "latest report": st.column_config.TextColumn("Latest report", width="large"),
            })
