"""Issue 8: nothing injected. Links, Markdown and HTML from articles or a URL stay text on every page."""
from __future__ import annotations

import pandas as pd
import pytest

from app_pages import html_tables
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
    latest = html_tables(at)[0]  # static HTML (dashboard.html_table): a link cell holds its href
    assert latest and set(latest[0]) >= {"What", "Best source", "Link"}
    links = [row["Link"] for row in latest]
    assert links.count("") > 0  # rows of the articles with bad links are shown, without a link
    assert set(links) - {""} <= {GOOD_URL}


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


@pytest.mark.parametrize("url, kept, warnings", [
    ("https://example.org/a", "https://example.org/a", []),
    ("JaVaScRiPt:alert(1)", "", ["warning: record 1: url 'JaVaScRiPt:alert(1)' is not an http(s) link; processed without a url"]),
])
def test_pasted_link_is_checked_and_the_article_kept(url, kept, warnings):
    from dashboard import ingest
    from extract.records import Article, InputProblem

    items = ingest.pasted_article("Some text.", url=url)
    assert [i.message for i in items if isinstance(i, InputProblem)] == warnings
    assert [(i.url, i.origin) for i in items if isinstance(i, Article)] == [(kept, "pasted text")]


def test_add_articles_shows_input_problems_as_plain_text(run_page, synthetic_dir, monkeypatch):
    """File names and problem messages quote the input: never Markdown (it would link the domain)."""

    from dashboard import ingest
    from extract.records import InputProblem

    origin = "[LOG IN](https://evil.example).txt"

    def fake_extract(batch, *, progress=None, runner=None):
        return ingest.BatchResult(ingest.empty_tables(), {}, [*batch.problems, InputProblem(origin, "unreadable date 'www.evil-phish.example'")])

    from dashboard import worker

    monkeypatch.setattr(worker, "shared", lambda: worker.InProcess())
    monkeypatch.setattr(ingest, "extract_batch", fake_extract)
    at = run_page(synthetic_dir, "add")
    at.text_area[0].set_value("Some text.")
    next(t for t in at.text_input if t.label.startswith("Link")).set_value("java\tscript:alert(1)")
    at.button[0].click().run()
    assert not at.exception
    rendered = [e.value for kind in ("markdown", "error", "caption", "info", "success", "warning") for e in at.get(kind)]
    assert not [text for text in rendered if "evil" in text or "script" in text]
    assert [t.value for t in at.text] == [
        f"{origin}: unreadable date 'www.evil-phish.example'",
        "pasted text: record 1: url 'java\\tscript:alert(1)' is not an http(s) link; processed without a url"]
    assert [e.value for e in at.error] == ["Not added (input: reason, where):"]
    assert [e.value for e in at.warning] == ["Added, with warnings (input: warning, where):"]


@pytest.mark.parametrize("params, summary", [
    ({"q": "www.evil-phish.example/login"}, "“www.evil-phish.example/login”"),
    ({"actor": "a@evil.example"}, "A@EVIL.EXAMPLE"),
    ({"actor": "[LOG IN](https://evil.example)"}, "[LOG IN](HTTPS://EVIL.EXAMPLE)"),
    ({"actor": ["RUS", "BLR"], "q": "*Brest*"}, "Russia, Belarus · “*Brest*”"),
])
@pytest.mark.parametrize("page", ["overview", "timeline", "explorer"])
def test_filter_summary_is_plain_text(run_page, synthetic_dir, params, summary, page):
    """Issue 8.5: the filters come from a shared URL; the sidebar shows them as text, never as Markdown."""
    at = run_page(synthetic_dir, page, params)
    assert not at.exception
    assert [t.value for t in at.sidebar.text] == [summary]
    assert not [m.value for m in at.sidebar.markdown if "evil" in m.value.lower() or "Brest" in m.value]


def _hostile_timeline(max_points: int = 1500):
    from dashboard.data import Tables
    from dashboard.timeline import build_timeline, timeline_rows

    return build_timeline(timeline_rows(Tables(**make_hostile_tables())), max_points=max_points).figure


def _custom(fig, key: str) -> list:
    return next(list(c) for t in fig.data if t.customdata is not None for c in t.customdata if c[0] == key)


def test_timeline_hover_shows_html_as_text():
    """Issue 8.6: plotly draws HTML in hover labels; a quote's `<span style=...>` must show as written."""
    fig = _hostile_timeline()
    assert _custom(fig, "syn000000:s0")[1:4] == [
        "&lt;b&gt;Bold speaker&lt;/b&gt;", "&lt;span style='font-size:60px'&gt;HUGE&lt;/span&gt; see www.evil-phish.example",
        "&lt;b&gt;Bold title&lt;/b&gt; [LOG IN](https://evil.example)"]
    assert "&lt;i&gt;Rebels&lt;/i&gt;" in fig.layout.yaxis.ticktext  # lane names are tick labels


def test_grouped_timeline_hover_shows_html_as_text():
    fig = _hostile_timeline(max_points=1)
    rows = [list(c) for t in fig.data if t.customdata is not None for c in t.customdata]
    rebels = [row for row in rows if "Rebels" in row[3]]
    assert [row[3] for row in rebels] == ["&lt;i&gt;Rebels&lt;/i&gt;"]
    assert rebels[0][5] == "About 5,000 fighters arrived in &lt;span style='font-size:60px'&gt;Brest&lt;/span&gt;."
    assert not [value for row in rows for value in row[1:] if "<" in str(value).replace("<br>", "")]


def test_map_hover_and_legend_show_html_as_text():
    from dashboard.geo import build_map, situation

    fig = build_map(situation(make_hostile_tables()["movements"], None))  # every actor in the legend
    (trace,) = [t for t in fig.data if t.customdata is not None and "syn000004:m1" in [c[0] for c in t.customdata]]
    assert trace.name == "&lt;i&gt;Rebels&lt;/i&gt;"
    assert list(_custom(fig, "syn000004:m1")[1:]) == [
        "&lt;span style='font-size:60px'&gt;Brest&lt;/span&gt;", "deployed", "about 5,000", "", "&lt;i&gt;Rebels&lt;/i&gt;",
        "1 report · latest 06 Mar 2022"]
    assert not [t.hovertemplate for t in fig.data if t.hovertemplate and "Rebels" in t.hovertemplate]


def test_explorer_csv_download_holds_no_formula(tmp_path):
    """Issue 8.7: a quote starting with `=HYPERLINK(` is a formula in a spreadsheet; the download escapes it
    (and `read_table` reads the file back unchanged)."""
    import csv
    import io

    from dashboard.explorer import to_csv_bytes
    from extract.schema import read_table

    statements = make_hostile_tables()["statements"]
    data = to_csv_bytes(statements, "statements")
    rows = {r["statement_id"]: r for r in csv.DictReader(io.StringIO(data.decode("utf-8")))}
    assert rows["syn000001:s1"]["text"] == '\'=HYPERLINK("https://evil.example","Click me")'
    assert rows["syn000001:s1"]["sentence"] == '“=HYPERLINK("https://evil.example","Click me")” Putin said.'  # no trigger first
    (tmp_path / "statements.csv").write_bytes(data)
    back = read_table(tmp_path / "statements.csv", "statements")
    assert back["text"].tolist() == statements["text"].tolist()
