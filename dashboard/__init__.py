"""The Streamlit dashboard's plain functions: data loading, filters, figures, colours and state.

Pages in `pages/` stay thin and call into this package. Nothing here imports spaCy: only
`dashboard.ingest` reaches the extraction pipeline, and it imports it lazily inside functions.
"""
