"""Every page in a real browser (Debian's Chromium via Playwright), with all outside requests refused.

Waits for the charts to be drawn (timeline markers; map countries and markers), fails on any
JavaScript page error or Python exception shown on the page, and saves a screenshot of each page
under `tests/e2e/screenshots/` (ignored by git). Skips only when /usr/bin/chromium is missing.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from dashboard.browser import (CHROMIUM, MAP_DRAWN, PAGE_PATHS, TIMELINE_DRAWN, exceptions_on_page, grid_rows, hover_mark, html_table_rows, launch,
                               new_page, running_server, wait_app_idle)
from dashboard.synthetic import HOSTILE_URLS, make_hostile_tables, make_tables, write_hostile_tables, write_tables

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")
SHOTS = Path(__file__).resolve().parent / "screenshots"
WAIT = {"timeline": TIMELINE_DRAWN, "map": MAP_DRAWN}


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module (Playwright's sync API allows one instance at a time)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = launch(p)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def e2e_data(tmp_path_factory):
    data = tmp_path_factory.mktemp("e2e-data")
    write_tables(data, 800, 150, seed=21)
    return data


@pytest.fixture(scope="module")
def browser_server(browser, e2e_data):
    with running_server(e2e_data) as server:
        yield browser, server


@pytest.fixture(scope="module")
def hostile_server(browser, tmp_path_factory):
    """The app on `make_hostile_tables`: links that are not http(s), HTML and Markdown in article text."""
    data = tmp_path_factory.mktemp("e2e-hostile")
    write_hostile_tables(data)
    with running_server(data) as server:
        yield browser, server


@contextmanager
def opened(browser_server, path: str, drawn: str | None = None, *, width: int = 1440):
    """A fresh page on `path`, `width` px wide, settled (and `drawn` when given); afterwards: no Python
    exception shown and no JavaScript error."""
    browser, server = browser_server
    page, watch = new_page(browser, server, width=width)
    try:
        page.goto(server.url + path)
        wait_app_idle(page)
        if drawn:
            page.wait_for_function(drawn, timeout=60_000)
        yield page
        assert exceptions_on_page(page) == [] and watch.errors == []
    finally:
        page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGE_PATHS))
def test_page_draws_offline_without_errors(browser_server, name, scheme):
    browser, server = browser_server
    page, watch = new_page(browser, server, color_scheme=scheme)
    try:
        page.goto(server.url + PAGE_PATHS[name])
        wait_app_idle(page)
        if name in WAIT:
            page.wait_for_function(WAIT[name], timeout=60_000, polling=100)
        page.wait_for_timeout(300)
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}-{scheme}.png"), full_page=True)
        assert exceptions_on_page(page) == []
        assert watch.errors == []
        assert watch.external == []  # nothing was fetched from outside the machine
        if name == "timeline":  # the lane names fit the margin set up front: no second layout pass by automargin
            size = page.evaluate("() => { const l = document.querySelector('.js-plotly-plot')._fullLayout;"
                                 " return [l._size.l, l.margin.l, l._size.t, l.margin.t]; }")
            assert size[0] == size[1] and size[2] == size[3], size
            boxes = page.evaluate("() => ['.legend', '.rangeselector'].map(s => {"
                                  " const r = document.querySelector('.js-plotly-plot ' + s).getBoundingClientRect();"
                                  " return [r.left, r.right, r.top, r.bottom]; })")
            (l1, r1, t1, b1), (l2, r2, t2, b2) = boxes
            assert r1 <= l2 or r2 <= l1 or b1 <= t2 or b2 <= t1, boxes  # the legend and the 1m/3m/all buttons do not overlap
        requested = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)")
        if name in WAIT:  # the charts use the light plotly.js bundle, not st.plotly_chart's 4.7 MB one
            assert any("/app/static/vendor/plotly-geo-" in url for url in requested)
            assert not any("/static/js/PlotlyChart." in url for url in requested)
        if name == "map":
            assert any(url.endswith("/app/static/europe_50m.json") for url in requested)
    finally:
        page.context.close()


def test_url_filters_reach_the_page_and_a_click_shows_the_sentence(browser_server):
    with opened(browser_server, "/Timeline?actor=FRA&kind=call", TIMELINE_DRAWN) as page:
        assert "France" in page.locator("[data-testid=stSidebar] [data-testid=stText]").filter(has_text="Call").first.inner_text()
        page.locator("[data-testid=stSidebar] [data-testid=stPopover] button").filter(has_text="Change filters").click()  # the widgets draw when opened
        assert "France" in page.locator("[data-testid=stPopoverBody] [data-testid=stMultiSelect]").first.inner_text()
        page.keyboard.press("Escape")
        ticks = page.evaluate("() => Array.from(document.querySelectorAll('.yaxislayer-above .ytick text')).map(t => t.textContent)")
        assert "France" in ticks
        page.locator(".scatterlayer .trace .points path").first.click(force=True)
        page.wait_for_selector("mark", timeout=30_000)  # the sentence, highlighted in its context card
        assert page.locator("mark").first.inner_text().strip()
        assert "actor=FRA" in page.url and "kind=call" in page.url


def test_filters_popover_changes_the_view(browser_server):
    with opened(browser_server, "/Timeline", TIMELINE_DRAWN) as page:
        assert page.locator("[data-testid=stDateInput]").count() == 0  # not drawn before the popover opens
        page.locator("[data-testid=stSidebar] [data-testid=stPopover] button").filter(has_text="Change filters").click()
        search = page.locator("[data-testid=stPopoverBody] [data-testid=stTextInput] input")
        search.fill("Lukashenko")
        search.press("Enter")
        page.wait_for_function("() => location.search.includes('q=Lukashenko')", timeout=30_000)
        wait_app_idle(page)  # the rerun has finished: the summary line and the chart show the new filter
        page.wait_for_function(TIMELINE_DRAWN, timeout=60_000)
        assert "Lukashenko" in page.locator("[data-testid=stSidebar] [data-testid=stText]").filter(has_text="Lukashenko").first.inner_text()


def test_timeline_view_popover_switches_to_every_report(browser_server):
    """The Timeline's view choices sit in their own popover (drawn when opened, so a first visit does not wait
    for the slider's code); the sidebar says what is shown."""
    with opened(browser_server, "/Timeline", TIMELINE_DRAWN) as page:
        sidebar = page.locator("[data-testid=stSidebar]")
        assert "One mark per happening" in sidebar.inner_text()
        assert page.locator("[data-testid=stSlider]").count() == 0  # not drawn before the popover opens
        sidebar.locator("[data-testid=stPopover] button").filter(has_text="Change view").click()
        page.locator("[data-testid=stPopoverBody] [data-testid=stCheckbox]").filter(has_text="Every report").click()
        page.wait_for_function("() => location.search.includes('every=1')", timeout=30_000)
        page.wait_for_function("() => document.querySelector('[data-testid=stSidebar]').innerText.includes('One mark per report')",
                               timeout=30_000)
        wait_app_idle(page)
        page.wait_for_function(TIMELINE_DRAWN, timeout=60_000)
        assert "One mark per happening" not in sidebar.inner_text()


def test_timeline_and_map_draw_after_each_other_in_one_tab(browser_server):
    """One tab goes from the timeline to the map and back: the chart element draws both, and the second
    page reuses the plotly.js the first one loaded."""
    with opened(browser_server, "/Timeline", TIMELINE_DRAWN) as page:
        for link, drawn in (("Deployments map", MAP_DRAWN), ("Timeline", TIMELINE_DRAWN)):
            page.locator("[data-testid=stSidebar] a").filter(has_text=link).first.click()
            page.wait_for_function(drawn, timeout=60_000)
            wait_app_idle(page)
        loaded = page.evaluate("() => performance.getEntriesByType('resource').filter(e => e.name.includes('/vendor/plotly-')).length")
        assert loaded == 1


def test_explorer_download_holds_the_filtered_rows(browser_server, tmp_path):
    """A real download of the Explorer's CSV: every statement under the URL's filters."""
    import pandas as pd

    with opened(browser_server, "/Explorer?kind=call") as page:
        button = page.locator("[data-testid=stDownloadButton] button").filter(has_text="Download CSV").first
        label = button.inner_text()
        with page.expect_download(timeout=60_000) as info:
            button.click()
        path = tmp_path / "statements.csv"
        info.value.save_as(path)
        frame = pd.read_csv(path)
        assert f"({len(frame):,} rows)" in label and len(frame) > 0
        assert set(frame["kind"]) == {"call"}


@pytest.mark.parametrize("path, title_column, link_column", [("/", "Best source", "Link"), ("/Explorer", "Article", "Link")])
def test_only_http_links_are_links(hostile_server, path, title_column, link_column):
    """Issue 8.4: the link cells of the Overview's latest developments and the Explorer hold only http(s) URLs;
    rows of articles whose url is `javascript:`, `JaVaScRiPt:`, `java<TAB>script:` or `data:` have no link."""
    articles = make_hostile_tables()["articles"]
    bad_titles = set(articles["title"][articles["url"].isin(HOSTILE_URLS)])
    with opened(hostile_server, path) as page:
        rows = html_table_rows(page, 0) if path == "/" else grid_rows(page, 0)  # the Overview's tables are static HTML
    by_title = {}
    for row in rows:
        by_title.setdefault(row[title_column], set()).add(row[link_column])
    assert bad_titles & set(by_title)  # rows of the articles with bad links are shown ...
    assert all(by_title[title] == {""} for title in bad_titles & set(by_title))  # ... without a link
    assert {link for links in by_title.values() for link in links} <= {"", "https://example.org/news/syn000004"}


def test_shared_link_filters_stay_text(browser_server):
    """Issue 8.5: a shared link's search and actors show in the sidebar as typed; Streamlit's Markdown would
    have linked the bare domain, the e-mail address and the Markdown link."""
    from urllib.parse import urlencode

    query = urlencode([("q", "www.evil-phish.example/login"), ("actor", "a@evil.example"), ("actor", "[LOG IN](https://evil.example)")])
    links = "() => Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href') || '').filter(h => /evil/i.test(h))"
    with opened(browser_server, f"/?{query}") as page:
        assert page.evaluate(links) == []
        summary = page.locator("[data-testid=stSidebar]").get_by_text("EVIL.EXAMPLE").first.inner_text()
        assert summary == "A@EVIL.EXAMPLE, [LOG IN](HTTPS://EVIL.EXAMPLE) · “www.evil-phish.example/login”"
        page.locator("[data-testid=stSidebar] [data-testid=stPopover] button").filter(has_text="Change filters").click()  # the widgets draw when opened
        page.wait_for_selector("[data-testid=stPopoverBody] [data-testid=stMultiSelect]")
        assert "[LOG IN](HTTPS://EVIL.EXAMPLE)" in page.locator("[data-testid=stPopoverBody] [data-testid=stMultiSelect]").first.inner_text()
        assert page.evaluate(links) == []  # the chosen actors are plain text in the widget too


HOSTILE_EVENT = make_hostile_tables()["statements"].set_index("statement_id").at["syn000000:s0", "event_id"]
STYLED = "() => Array.from(document.querySelectorAll('.hoverlayer *')).map(e => e.getAttribute('style') || '').filter(s => s.includes('60px'))"


@pytest.mark.parametrize("path, drawn, row_id, shown, labels", [
    ("/Timeline?every=1&lanes=20", TIMELINE_DRAWN, "syn000000:s0",
     ["<b>Bold speaker</b>", "<span style='font-size:60px'>HUGE</span> see www.evil-phish.example", "<b>Bold title</b> [LOG IN]"],
     ".ytick text"),  # the lanes: an actor code without a country name is its own lane
    ("/Timeline?lanes=20", TIMELINE_DRAWN, HOSTILE_EVENT,  # one mark per happening: its label and best source
     ["<b>Bold speaker</b>: <span style='font-size:60px'>HUGE</span> see www.evil-phish.example", "<b>Bold title</b> [LOG IN]"],
     ".ytick text"),
    ("/Deployments_map?others=1", MAP_DRAWN, "syn000004:m1", ["<i>Rebels</i>", "<span style='font-size:60px'>Brest</span>", "about 5,000"],
     None),  # an actor outside the main ones: shown when asked, in the legend as "Other"
])
def test_hover_labels_show_article_html_as_text(hostile_server, path, drawn, row_id, shown, labels):
    """Issue 8.6: a speaker, quote, title or place holding HTML shows in the hover label as written, and an actor
    in the lane names; plotly creates no element from it (no 60 px text)."""
    with opened(hostile_server, path, drawn) as page:
        label = hover_mark(page, row_id)
        assert [text for text in shown if text not in label] == []
        assert page.evaluate(STYLED) == []
        if labels:
            assert "<i>Rebels</i>" in page.evaluate(f"() => Array.from(document.querySelectorAll('{labels}')).map(e => e.textContent)")


MARK_LONLAT = """(id) => {
  const gd = document.querySelector('[data-testid=uctPlotlyChart].js-plotly-plot');
  const traces = gd.querySelectorAll('.geo .scatterlayer .trace');
  for (const [i, t] of gd.data.entries()) {
    const j = Array.from(t.customdata || []).findIndex(c => c && c[0] === id);
    if (j < 0) continue;
    const at = /translate\\(([-\\d.e]+)[ ,]+([-\\d.e]+)\\)/.exec(traces[i].querySelectorAll('path.point')[j].getAttribute('transform'));
    return gd._fullLayout.geo._subplot.projection.invert([Number(at[1]), Number(at[2])]);
  }
  return null;
}"""


def test_border_movement_is_drawn_on_the_border(hostile_server):
    """Issue 8.9: Russia's troops "around Ukraine" (stored at Ukraine's capital) are drawn on the Russia–Ukraine
    border: the drawn marker's position, projected back to longitude and latitude, lies on that border line."""
    from dashboard.borders import _data, _km, nearest
    from dashboard.synthetic import KYIV

    with opened(hostile_server, "/Deployments_map", MAP_DRAWN) as page:
        lon, lat = page.evaluate(MARK_LONLAT, "syn000002:m0")
        label = hover_mark(page, "syn000002:m0")
    assert _km(nearest(_data()["borders"]["RUS|UKR"], (lon, lat)), (lon, lat)) < 5
    assert _km((lon, lat), KYIV[::-1]) > 300
    assert "Russia–Ukraine border" in label


@pytest.fixture(scope="module")
def merged_data(tmp_path_factory):
    """Synthetic tables plus one deployment of three reports from three articles at a place of its own (invented:
    8,500, 9,000 and "about 10,000" Russian troops near Chisinau), two of them one happening."""
    import pandas as pd

    from dashboard.synthetic import make_tables
    from extract.schema import coerce

    data = tmp_path_factory.mktemp("e2e-merged")
    tables = make_tables(300, 60, seed=8)
    movements, articles = tables["movements"], tables["articles"]
    extra = [{**movements.iloc[i].to_dict(), "movement_id": f"{articles['article_id'][i]}:m9{i}", "article_id": articles["article_id"][i],
              "actor": "RUS", "actor_name": "Russia", "troops": troops, "troops_qualifier": qualifier, "lat": 47.01, "lon": 28.86,
              "destinations": ["MDA"], "destination_places": ["Chisinau"], "origin": None, "origin_lat": None, "origin_lon": None,
              "status": "deployed", "event_id": event, "date": movements["date"].max(), "date_end": movements["date"].max()}
             for i, (troops, qualifier, event) in enumerate([(8500, "exact", "ev-00000000c001"), (9000, "exact", "ev-00000000c001"),
                                                             (10000, "about", None)])]
    tables["movements"] = coerce(pd.concat([movements, pd.DataFrame(extra)], ignore_index=True), "movements")
    for name, frame in tables.items():
        frame.to_parquet(data / f"{name}.parquet", index=False)
    return data


MAP_MARKERS = """() => {
  const gd = document.querySelector('[data-testid=uctPlotlyChart].js-plotly-plot');
  if (!gd || !gd.data) return [];  // between two drawings of the chart (a rerun replaces it)
  return gd.data.filter(t => t.mode === 'markers' && t.customdata).map(t => [t.name, Array.from(t.customdata).map(c => c[0])]);
}"""


def test_map_merges_reports_per_actor_and_place_and_holds_the_noise_back(browser, merged_data):
    """One marker per actor and place, its hover giving the range of the numbers reported and how many reports
    and articles back it; single reports without a number come in with the sidebar toggle (and `single=1`)."""
    from dashboard.config import map_actors
    from dashboard.data import read_tables
    from dashboard.geo import hold_back, situation

    movements = read_tables(merged_data).movements
    shown, held = hold_back(situation(movements, movements["date"].max().date()), map_actors())
    assert held.single > 0
    chisinau = shown[shown["place"] == "Chisinau"].iloc[0]
    with running_server(merged_data) as server, opened((browser, server), "/Deployments_map", MAP_DRAWN) as page:
        markers = page.evaluate(MAP_MARKERS)
        assert sorted(key for _, keys in markers for key in keys) == sorted(shown["movement_id"])
        assert len({name for name, _ in markers}) <= 9  # the main actors and "Other" at most
        size = page.evaluate("() => { const l = document.querySelector('[data-testid=uctPlotlyChart].js-plotly-plot')._fullLayout;"
                             " return [l._size.r, l.margin.r]; }")
        assert size[0] == size[1], size  # the legend fits the margin set up front: no second layout pass
        label = hover_mark(page, chisinau["movement_id"])
        assert "Russia · deployed" in label and "Chisinau" in label
        assert "Troops: 8,500–10,000 (median 9,000)" in label and "3 reports in 3 articles" in label
        assert page.locator("[data-testid=stDataFrame]").count() == 0  # the table waits for its expander
        page.locator("[data-testid=stSidebar] [data-testid=stPopover] button").filter(has_text="Change view").click()  # drawn when opened
        toggle = page.locator("[data-testid=stPopoverBody] [data-testid=stCheckbox]").filter(has_text="Show single reports without a number")
        assert f"({held.single:,})" in toggle.inner_text()
        toggle.locator("label").click()
        page.wait_for_function("() => location.search.includes('single=1')", timeout=30_000)
        wait_app_idle(page)
        page.wait_for_function(f"() => ({MAP_MARKERS})().reduce((n, [_, keys]) => n + keys.length, 0) === {len(shown) + held.single}",
                               timeout=60_000)
        page.keyboard.press("Escape")
        page.locator("[data-testid=stExpander] summary").filter(has_text="Deployments shown").click()  # the table draws when opened
        page.wait_for_selector("[data-testid=stDataFrame]", timeout=30_000)
        assert f"Deployments shown ({len(shown) + held.single:,})" in page.locator("[data-testid=stExpander] summary").inner_text()


CUT_METRICS = """() => Array.from(document.querySelectorAll('[data-testid=uctFigure] .uct-figure-value')).map(e => [e.textContent,
  Math.max(0, ...Array.from(e.querySelectorAll('*')).concat([e]).map(c => c.scrollWidth - c.clientWidth))])"""


@pytest.mark.parametrize("width", [1400, 1920])
def test_overview_headline_is_not_cut(browser_server, width):
    """Issue 8.13: at 1,400 px the date span ("Oct 2021 – Mar 2022") was cut to "Oct 2021 – M…"."""
    with opened(browser_server, "/", width=width) as page:
        page.wait_for_function("() => document.querySelectorAll('[data-testid=uctFigure] .uct-figure-value').length == 5", timeout=30_000)
        metrics = page.evaluate(CUT_METRICS)
    assert [value for value, _ in metrics][-1] == "Oct 2021 – Mar 2022"
    assert [(value, overflow) for value, overflow in metrics if overflow > 0] == []


MARKS = """() => {
  const gd = document.querySelector('[data-testid=uctPlotlyChart].js-plotly-plot');
  if (!gd || !gd.data) return [];  // between two drawings of the chart
  return gd.data.flatMap(t => Array.from(t.customdata || []).map(c => [c[0], c[4]]));
}"""


def _happenings(f=None):
    """The rows and marks of the default timeline of `browser_server`'s data (one mark per happening) under `f`."""
    from dashboard.data import Tables
    from dashboard.event_timeline import drawn_rows
    from dashboard.filters import Filters, apply_filters

    rows, marks, _ = drawn_rows(apply_filters(Tables(**make_tables(800, 150, seed=21)), f or Filters()), 8)
    return rows, marks


def test_timeline_draws_one_mark_per_happening(browser_server):
    rows, marks = _happenings()
    with opened(browser_server, "/Timeline", TIMELINE_DRAWN) as page:
        drawn = page.evaluate(MARKS)
        assert sorted(key for key, _ in drawn) == sorted(marks["event"]) and len(drawn) < len(rows)
        assert sum(int(text.split()[0]) for _, text in drawn) == len(rows)  # every report counted once


def test_clicking_a_happening_lists_its_reports_by_outlet(browser_server):
    """The most reported happening, alone on the chart but for the others of its kind, actor and days (a link's
    filters), is clicked: its reports show grouped by outlet, the outlet with most reports first."""
    from dashboard.events import reports_by_outlet
    from dashboard.filters import Filters

    rows, marks = _happenings()
    busiest = marks.sort_values("n_reports", ascending=False, kind="stable").iloc[0]
    own = rows[rows["event"] == busiest["event"]]
    f = Filters(start=own["date"].min().date(), end=own["date"].max().date(), kinds=(own["kind"].iloc[0],),
                actors=(busiest["countries"][0],))
    rows, _ = _happenings(f)
    outlets = [outlet for outlet, _ in reports_by_outlet(rows, [busiest["event"]])]
    assert len(outlets) > 1
    query = "&".join(f"{k}={v if isinstance(v, str) else v[0]}" for k, v in f.to_query().items())
    with opened(browser_server, f"/Timeline?{query}", TIMELINE_DRAWN) as page:
        hover_mark(page, busiest["event"])
        page.mouse.down()
        page.mouse.up()
        page.get_by_text("Selected: 1 happening").wait_for(timeout=30_000)
        page.wait_for_selector(".uct-card mark", timeout=30_000)
        headings = [f"{outlet} · {len(ids)} report" for outlet, ids in reports_by_outlet(rows, [busiest["event"]])]
        page.get_by_text(headings[-1]).first.wait_for(timeout=30_000)  # the groups are drawn one after another
        text = page.locator("[data-testid=stMain]").inner_text()
        assert busiest["label"] in text
        positions = [text.index(heading) for heading in headings]
        assert positions == sorted(positions)  # grouped by outlet, the outlet with most reports first
        assert page.locator(".uct-card").count() >= len(own)
