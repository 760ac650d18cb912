"""Deployments map: where troops were reported as of a chosen day, sized by troops and coloured by actor."""
import datetime as dt

import streamlit as st

from dashboard import state, ui
from dashboard.geo import build_map, mappable, situation, situation_table

state.page_setup("Deployments map")
st.title("Deployments map")
controls = st.container()
slot = ui.chart_placeholder(geo=True, height=620)  # plotly.js and the map files load while the data is filtered

tables, view, f = state.filtered()
drawable = mappable(view.movements)
dated = drawable[drawable["date"].notna()]
if dated.empty:
    slot.empty()
    state.sync_url(f)
    ui.empty_state("The map shows troop movements that name a place.", tables)
    st.stop()

first, last = dated["date"].min().date(), dated["date"].max().date()
if "w_asof" not in st.session_state:
    asked = state.initial_param("asof")
    try:
        st.session_state["w_asof"] = min(max(dt.date.fromisoformat(asked), first), last) if asked else last
    except ValueError:
        st.session_state["w_asof"] = last
else:
    st.session_state["w_asof"] = min(max(st.session_state["w_asof"], first), last)
with controls:
    left, right = st.columns([4, 1])
with left:
    if first < last:
        as_of = st.slider("Situation as of", min_value=first, max_value=last, key="w_asof", format="DD MMM YYYY",
                          help="For each actor and place, the latest report dated on or before this day.")
    else:
        as_of = first
        st.caption(f"All movements are dated {first:%d %b %Y}.")
with right:
    latest_only = st.toggle("Latest report only", value=True, help="Off: every report up to the day, not only the latest per actor and place.")
state.sync_url(f, asof=as_of.isoformat() if as_of != last else None)

rows = situation(view.movements, as_of, latest_only=latest_only)
if rows.empty:
    slot.empty()
    ui.empty_state(f"No movement with a place is dated on or before {as_of:%d %b %Y}.")
else:
    fig = build_map(rows, title=f"{len(rows):,} reported deployments as of {as_of:%d %b %Y}")
    event = ui.plotly(fig, key=f"map-{hash((f, as_of, latest_only))}", geo=True, select=True, slot=slot,
                      alt="Map of reported troop deployments")
    st.caption("Filled circle = in place (deployed, stationed, arrived) · hollow circle and dashed line = announced, "
               "planned or on alert · cross and dotted line = withdrawn. Marker area grows with troops; the smallest "
               "markers give no number. Lines run from the origin to the destination when the sentence names both.")
    ids = [str(p["customdata"][0]) for p in (event.selection.get("points", []) if event is not None else []) if p.get("customdata")]
    if ids:
        st.subheader(f"Selected: {len(ids)} movement{'s' if len(ids) != 1 else ''}")
        ui.context_cards(view, ids)
    not_drawn = len(view.movements) - len(drawable)
    st.subheader("Movements shown")
    if not_drawn:
        st.caption(f"{not_drawn:,} movements under the current filters name no place with coordinates and are not drawn.")
    st.dataframe(situation_table(rows), hide_index=True, width="stretch", column_config={
        "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD", width="small"),
        "troops": st.column_config.NumberColumn("Troops", format="%d", width="small"),
        "sentence": st.column_config.TextColumn("Sentence", width="large"),
    })
