"""Explorer: searchable, filterable tables of statements and movements, downloadable as CSV or Parquet."""
import streamlit as st

from dashboard import state, ui
from dashboard.data import Tables
from dashboard.counts import counted
from dashboard.explorer import (MAX_SHOWN, column_config, download_data, event_of, happening_title, same_happening,
                                view as explorer_view)

state.page_setup("Explorer")

tables, view, f = state.filtered()
ss = st.session_state
if "x_event" not in ss:
    ss["x_event"] = (state.initial_param("event") or "").strip()[:40] or None
event = ss["x_event"]
state.sync_url(f, event=event)
st.title("Explorer")
st.caption("The rows selected by the sidebar filters. Click a row to read its sentence in context and to list every "
           "report of the same happening; download the selected rows, in the documented columns.")
if event:
    n_event = len(same_happening(tables.statements, event)) + len(same_happening(tables.movements, event))
    st.text(happening_title(tables.events, event, n_event))  # plain text: the label comes from articles
    st.button("Show all rows again", key="x_event_clear", icon=":material/close:",
              on_click=lambda: ss.update(x_event=None))
    view = Tables(articles=tables.articles, statements=same_happening(tables.statements, event),
                      movements=same_happening(tables.movements, event), events=tables.events)
tabs = st.tabs([f"Statements ({len(view.statements):,})", f"Movements ({len(view.movements):,})"])
for tab, table, key in ((tabs[0], "statements", "statement_id"), (tabs[1], "movements", "movement_id")):
    with tab:
        rows = view[table]
        if table == "statements" and not rows.empty:
            speakers = st.multiselect("Speakers", sorted(rows["speaker"].dropna().unique()), key="x_speakers", placeholder="All speakers")
            if speakers:
                rows = rows[rows["speaker"].isin(speakers)]
        if table == "movements" and not rows.empty:
            statuses = st.multiselect("Status", sorted(rows["status"].dropna().unique()), key="x_status", placeholder="All statuses")
            if statuses:
                rows = rows[rows["status"].isin(statuses)]
        if rows.empty:
            ui.empty_state(f"No {table} to show.", tables.empty)
            continue
        shown = explorer_view(rows, tables.articles, table, limit=MAX_SHOWN)
        if len(rows) > len(shown):
            st.caption(f"Showing the {len(shown):,} newest of {len(rows):,} rows; narrow the filters to see others. "
                       "The downloads hold all of them.")
        picked_event = st.dataframe(shown, hide_index=True, width="stretch", height=480, column_config=column_config(table),
                                    on_select="rerun", selection_mode="single-row", key=f"x_table_{table}")
        picked = picked_event.selection.rows if picked_event is not None else []
        if picked:
            row = shown.iloc[picked[0]]
            ui.context_cards(view, [row[key]])
            happening = event_of(row)
            if happening and happening != event:
                n_same = len(same_happening(tables.statements, happening)) + len(same_happening(tables.movements, happening))
                st.button(f"Show every report of this happening ({counted(n_same, 'row')})", key=f"x_same_{table}",
                          icon=":material/join:", on_click=lambda ev=happening: ss.update(x_event=ev))
        c1, c2, _ = st.columns([2, 2, 3])
        # large files are made only when a button is clicked (deferred), not on every run
        c1.download_button(f"Download CSV ({counted(len(rows), 'row')})", download_data(rows, table, "csv"),
                           file_name=f"{table}.csv", mime="text/csv", key=f"x_csv_{table}", icon=":material/download:")
        c2.download_button("Download Parquet", download_data(rows, table, "parquet"), file_name=f"{table}.parquet",
                           mime="application/vnd.apache.parquet", key=f"x_pq_{table}", icon=":material/download:")
