"""Ukraine Crisis Timeline — the dashboard's entry point (`streamlit run app.py`) and its Overview page.

The other pages live in `pages/` (Streamlit finds them there); every figure, filter and data function
lives in `dashboard/`, so this file and the pages stay thin.
"""
from __future__ import annotations

import streamlit as st

from dashboard import config, state, ui
from dashboard.html_table import html_table
from dashboard.overview import LATEST_HTML, SOURCES_HTML, TROOPS_HTML, headline_html, loaded_text



def overview() -> None:
    """Headline figures, troops by actor and status, the latest developments and where the data comes from."""
    options = state.options()
    f = state.current_filters(options)  # the filter widgets are drawn last (their values are in session state)
    state.sync_url(f)
    parts = state.overview(f, options.span)  # cached per filters: the full tables are not read here
    st.title("Ukraine Crisis Timeline")
    st.caption("Who said what, who met or called whom, and where troops were reported, in the 2021–2022 "
               "Russia–Ukraine crisis — every row traced to its sentence and article.")
    h = parts.headline
    st.html(headline_html(h))  # static figures: no metric widget code to load on a first visit
    if parts.empty:
        ui.empty_state("", parts.no_data)

    st.subheader("Latest developments")
    recent = parts.latest
    if recent.empty:
        st.caption("No dated happenings under the current filters.")
    else:
        st.caption("The latest happenings by the day they took place (at most two of the same parties), each with "
                   "how many reports and outlets tell of it, and its best source (a party's own text before a news "
                   "report).")
        st.html(html_table(recent, LATEST_HTML, caption="Latest developments"))

    end = parts.troops_end
    st.subheader("Troops by actor and status")  # full width: "100,000–130,000 at the largest of 2 places (45 reports)"
    st.caption(f"Each deployment counted once up to {end:%d %b %Y}: the range of numbers reported at an "
               "actor's largest place (places nest and overlap, so they are not added); single reports without a number, "
               "and actors outside the map's main ones, left out (the map's toggles show them)." if end else "No dated movements.")
    troops = parts.troops
    if troops is None or troops.empty:
        st.caption("No troop movements with a place under the current filters.")
    else:
        st.html(html_table(troops, TROOPS_HTML, caption="Troops by actor and status"))
    links = st.columns([1, 1, 2])
    links[0].page_link("pages/2_Deployments_map.py", label="Open the deployments map", icon=":material/map:")
    links[1].page_link("pages/1_Timeline.py", label="Open the timeline", icon=":material/timeline:")

    st.subheader("What data is loaded")
    st.text(loaded_text(config.data_dir().name, state.data_files(), state.added_tables()))  # plain: file names
    src = parts.sources
    if not src.empty:
        st.subheader("Sources and licences")
        st.caption("Articles per publisher or outlet. White House, Kremlin and Ukrainian presidential texts ship "
                   "in full under their licence; news ships as rows only (the sentences a row quotes).")
        st.html(html_table(src, SOURCES_HTML, caption="Sources and licences"))
    state.filter_widgets(options)


state.page_setup("Overview")
overview()
