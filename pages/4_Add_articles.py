"""Add articles: paste text or upload files, extract them, and see the new rows on every page (this session only)."""
import datetime as dt

import streamlit as st

from dashboard import config, ingest, state, ui
from dashboard.counts import counted

state.page_setup("Add articles")

st.title("Add articles")
st.markdown("Paste an article or upload files; the statements and troop movements extracted from them appear on "
            "every page **for this browser session only**. Nothing you add is written to the shared data of the app.")
st.info(ingest.limits_text() + " Accepted files: " + ", ".join(f"`.{t}`" for t in config.UPLOAD_TYPES)
        + " — CSV and JSONL need a `text` column (and may give `title`, `published`, `url`, `source`, `id`).", icon="ℹ️")


@st.cache_resource(show_spinner="Loading the language model (once per server)…")
def language_model():
    """The extraction pipeline, loaded once per server process."""
    return ingest.load_pipeline()


with st.form("add_articles", clear_on_submit=False):
    published = st.date_input("Publication date (used when an input gives none)", value=None, format="YYYY-MM-DD",
                              min_value=dt.date(2000, 1, 1), max_value=dt.date.today() + dt.timedelta(days=1),
                              help="Relative dates such as 'on Thursday' are resolved against it.")
    paste_tab, upload_tab = st.tabs(["Paste text", "Upload files"])
    with paste_tab:
        title = st.text_input("Title (optional)")
        url = st.text_input("Link to the article (optional)")
        text = st.text_area("Article text", height=220, placeholder="Paste the article here…",
                            max_chars=config.MAX_ARTICLE_CHARS)
    with upload_tab:
        files = st.file_uploader("Files", type=list(config.UPLOAD_TYPES), accept_multiple_files=True)
    submitted = st.form_submit_button("Extract", type="primary", icon=":material/play_arrow:")

if submitted:
    uploads = [ingest.Upload(f.name, f.getvalue()) for f in (files or [])]
    kept, problems = ingest.check_uploads(uploads)
    items = list(problems)
    if text and text.strip():
        items.extend(ingest.pasted_article(text, title=title, url=url, published=published))
    if kept:
        try:
            items.extend(ingest.read_uploads(kept))
        except ImportError as exc:
            ui.error_with_details("The file readers are not available in this installation.", str(exc))
    batch = ingest.prepare(items, default_date=published)
    if not batch.articles and not batch.problems:
        st.warning("Paste a text or choose files first.")
    else:
        result = None
        if batch.articles:
            bar = st.progress(0.0, text=f"Extracting {counted(len(batch.articles), 'article')}…")
            try:
                with st.spinner("Loading the language model (once per server)…"):
                    language_model()
                result = ingest.extract_batch(batch, progress=ingest.progress_adapter(lambda frac, msg: bar.progress(frac, text=msg), len(batch.articles)))
                bar.progress(1.0, text="Done")
            except Exception as exc:  # shown, never crashes the page
                bar.empty()
                ui.error_with_details("Extraction failed.", str(exc))
        if result is None:
            result = ingest.BatchResult(ingest.empty_tables(), {}, batch.problems)
        added, texts = ingest.add_to_session(state.added_tables(), state.session_texts(), result)
        st.session_state[state.ADDED_KEY] = added
        st.session_state[state.TEXTS_KEY] = texts
        new = result.tables
        if len(new.articles):
            st.success(f"Added {counted(len(new.articles), 'article')}: {counted(len(new.statements), 'statement')} and "
                       f"{counted(len(new.movements), 'troop movement')}. They now show on every page for this session.")
        ui.input_problems(ingest.problems_by_input(result.problems))

added = state.added_tables()
if added is not None and not added.articles.empty:
    st.subheader("Added in this session")
    st.dataframe(added.articles[["title", "published", "origin", "n_statements", "n_movements"]], hide_index=True, width="stretch")
    cols = st.columns([1, 1, 3])
    if cols[0].button("Remove added articles", icon=":material/delete:"):
        st.session_state.pop(state.ADDED_KEY, None)
        st.session_state.pop(state.TEXTS_KEY, None)
        st.rerun()
    if config.allow_save():
        if cols[1].button("Save to the data folder", icon=":material/save:", help=f"Writes into {config.data_dir()}"):
            paths = ingest.save_tables(ingest.merge_tables(state.base_tables(), added))
            st.session_state.pop(state.ADDED_KEY, None)
            st.success("Saved: " + ", ".join(p.name for p in paths))
            st.rerun()
    else:
        st.caption("Saving to the data folder is off on this server (a local user can turn it on with `UCT_ALLOW_SAVE=1`).")
