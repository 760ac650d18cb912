"""Issue 8: nothing injected. Links, Markdown and HTML from articles or a URL stay text on every page."""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import read_tables
from dashboard.synthetic import HOSTILE_URLS, make_hostile_tables
from extract.store import write_tables

GOOD_URL = "https://example.org/news/syn000004"


@pytest.fixture(scope="module", params=["parquet", "csv"])
def stored_dir(request, tmp_path_factory):
    """The hostile tables as `extract build` writes them (Parquet, or CSV only: the dashboard reads either)."""
    out = tmp_path_factory.mktemp(f"stored-{request.param}")
    write_tables(make_hostile_tables(), out, csv=request.param == "csv")
    if request.param == "csv":
        for path in out.glob("*.parquet"):
            path.unlink()
    return out


def test_tables_read_from_disk_keep_only_http_links(stored_dir):
    urls = read_tables(stored_dir).articles.set_index("article_id")["url"]
    assert {key: url if pd.notna(url) else None for key, url in urls.items()} == {
        "syn000000": None, "syn000001": None, "syn000002": None, "syn000003": None, "syn000004": GOOD_URL}


def test_overview_latest_developments_link_only_http(run_page, stored_dir):
    at = run_page(stored_dir, "overview")
    latest = at.dataframe[0].value
    assert set(latest.columns) >= {"who", "title", "url"}
    assert latest["url"].isna().sum() > 0  # rows of the articles with bad links are shown, without a link
    assert set(latest["url"].dropna()) <= {GOOD_URL}


@pytest.mark.parametrize("tab", [0, 1])
def test_explorer_links_only_http(run_page, stored_dir, tab):
    at = run_page(stored_dir, "explorer")
    shown = at.dataframe[tab].value
    assert shown["url"].isna().sum() > 0
    assert set(shown["url"].dropna()) == {GOOD_URL}
    assert not any(str(url).lower().replace("\t", "").startswith(("javascript", "data")) for url in shown["url"].dropna())


@pytest.mark.parametrize("url", [*HOSTILE_URLS, "https://www.bbc.co.uk@evil.example/"])
def test_context_card_gives_no_link_for_a_bad_url(url):
    from streamlit.testing.v1 import AppTest

    def card(url: str) -> None:
        from dashboard.data import Tables
        from dashboard.synthetic import make_hostile_tables
        from dashboard.ui import context_card

        tables = make_hostile_tables()
        tables["articles"].loc[0, "url"] = url
        context_card(Tables(**tables), str(tables["statements"].loc[0, "statement_id"]))

    at = AppTest.from_function(card, args=(url,)).run()
    (body,) = [el.proto.body for el in at.get("html")]
    assert "<a " not in body and "href" not in body
    assert "<i>&lt;b&gt;Bold title&lt;/b&gt; [LOG IN](https://evil.example)</i>" in body
