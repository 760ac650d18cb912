"""Add articles: paste text or upload files, extract them, and see the new rows on every page (this session only)."""
import datetime as dt

import streamlit as st

from dashboard import config, ingest, problems, sessions, state, worker
from dashboard.counts import counted

SAVED_KEY = "uct_saved"  # the confirmation of a save, shown after the rerun that follows it
UPLOADER_KEY = "uct_uploader_n"  # a new uploader after each extraction: its files were read and released

state.page_setup("Add articles")

st.title("Add articles")
st.markdown("Paste an article or upload files; the statements and troop movements extracted from them appear on "
            "every page **for this browser session only**. Nothing you add is written to the shared data of the app.")
st.info(ingest.limits_text() + " Accepted files: " + ", ".join(f"`.{t}`" for t in config.UPLOAD_TYPES)
        + " — CSV and JSONL need a `text` column (and may give `title`, `published`, `url`, `source`, `id`).", icon="ℹ️")
if SAVED_KEY in st.session_state:
    st.success("Saved to the data folder. Written:", icon=":material/save:")
    st.text(st.session_state.pop(SAVED_KEY))

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
        files = st.file_uploader("Files", type=list(config.UPLOAD_TYPES), accept_multiple_files=True,
                                 max_upload_size=config.MAX_UPLOAD_MB, key=f"uploads-{st.session_state.get(UPLOADER_KEY, 0)}")
        st.caption(f"The uploader itself refuses a file over {config.MAX_UPLOAD_MB} MB before it reaches the server: "
                   "it marks it in red (hover over it for the reason) and it is not read.")
    submitted = st.form_submit_button("Extract", type="primary", icon=":material/play_arrow:")

if submitted:
    uploads = [ingest.Upload(f.name, f.getvalue()) for f in (files or [])]
    if files:  # read: Streamlit need not keep the bytes, and the next uploader starts empty
        sessions.drop_uploads([f.file_id for f in files])
        st.session_state[UPLOADER_KEY] = st.session_state.get(UPLOADER_KEY, 0) + 1
    kept, refused = ingest.check_uploads(uploads)
    items = list(refused)
    if text and text.strip():
        items.extend(ingest.pasted_article(text, title=title, url=url, published=published))
    if kept:
        items.extend(ingest.read_uploads(kept))
    batch = ingest.prepare(items, default_date=published, held=ingest.Held.of(state.session_texts()))
    if not batch.articles and not batch.problems:
        st.warning(f"Nothing to extract: no text was pasted and no file reached the server. A file the uploader marks "
                   f"in red was refused by it (over {config.MAX_UPLOAD_MB} MB); split it into files of at most "
                   f"{config.MAX_FILE_MB} MB.", icon=":material/block:")
    else:
        result = ingest.BatchResult(ingest.empty_tables(), {}, batch.problems)
        if batch.articles:
            runner = worker.shared()
            start = "" if runner.running else " (starting the extraction worker: it loads the language model)"
            bar = st.progress(0.0, text=f"Extracting {counted(len(batch.articles), 'article')}{start}…")
            result = ingest.extract_batch(batch, runner=runner, progress=ingest.progress_adapter(
                lambda frac, msg: bar.progress(frac, text=msg), len(batch.articles)))
            bar.empty()
        added, texts = ingest.add_to_session(state.added_tables(), state.session_texts(), result)
        st.session_state[state.ADDED_KEY] = added
        st.session_state[state.TEXTS_KEY] = texts
        new = result.tables
        if len(new.articles):
            st.success(f"Added {counted(len(new.articles), 'article')}: {counted(len(new.statements), 'statement')} and "
                       f"{counted(len(new.movements), 'troop movement')}. They now show on every page for this session.")
        groups = problems.group_problems(result.problems)
        if errors := problems.problem_lines(groups, warnings=False):
            st.error("Not added (input: reason, where):", icon=":material/error:")
            st.text("\n".join(errors))
        if warnings := problems.problem_lines(groups, warnings=True):
            st.warning("Added, with warnings (input: warning, where):", icon=":material/warning:")
            st.text("\n".join(warnings))

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
            paths = ingest.save_tables(ingest.merge_tables(state.base_tables(), added), added=len(added.articles))
            st.session_state.pop(state.ADDED_KEY, None)
            st.session_state[SAVED_KEY] = "\n".join(str(p) for p in paths)
            st.rerun()
    else:
        st.caption("Saving to the data folder is off on this server (a local user can turn it on with `UCT_ALLOW_SAVE=1`).")
