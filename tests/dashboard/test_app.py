"""AppTest runs of every page: no exception, the charts carry the filtered rows, filters round-trip via the URL."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from app_pages import PAGES, figure_specs, headline_figures, html_tables
from dashboard.data import read_tables
from dashboard.filters import Filters, apply_filters
from dashboard.config import map_actors
from dashboard.geo import hold_back, map_plot, situation
from dashboard.timeline import timeline_rows


def _qp(at, key: str) -> list[str]:
    """A URL parameter of the AppTest as a list (a value the test set itself may still be a plain string)."""
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def _marks(spec: dict) -> int:
    """Rows a timeline figure stands for (points: one per mark; bins: the count in customdata[1]; happenings:
    the reports counted in customdata[4], "3 reports from 2 outlets")."""
    title = spec["layout"]["title"]["text"]
    total = 0
    for trace in spec["data"]:
        for custom in trace.get("customdata") or []:
            if "happening" in title:
                total += int(custom[4].split()[0].replace(",", ""))
            else:
                total += int(custom[1]) if "grouped by" in title else 1
    return total


def _keys(spec: dict) -> list[str]:
    """The first customdata value of every mark (a happening's key, a row id or a bin's key)."""
    return [custom[0] for trace in spec["data"] for custom in trace.get("customdata") or []]


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_runs_on_data(run_page, synthetic_dir, page):
    at = run_page(synthetic_dir, page)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_has_an_empty_state_without_data(run_page, tmp_path, page):
    at = run_page(tmp_path, page)
    assert not at.exception, [e.value for e in at.exception]
    if page != "add":
        assert any("No data loaded" in i.value for i in at.info)


@pytest.mark.parametrize("params", [
    {},
    {"actor": "FRA"},
    {"kind": ["call", "meeting", "movement"], "from": "2022-01-15"},
    {"q": "sanctions"},
])
@pytest.mark.parametrize("every", [False, True])
def test_timeline_carries_the_filtered_rows(run_page, synthetic_dir, params, every):
    at = run_page(synthetic_dir, "timeline", {**params, **({"every": "1"} if every else {})})
    expected = timeline_rows(apply_filters(read_tables(synthetic_dir), Filters.from_query(params)))
    specs = figure_specs(at)
    assert len(specs) == 1 and len(expected) > 0
    assert _marks(specs[0]) == len(expected)
    keys = _keys(specs[0])  # one mark per happening by default, per row with `every`
    assert sorted(keys) == sorted(expected["row_id"] if every else expected["event"].unique())


def test_dense_timeline_is_grouped_and_complete(run_page, dense_dir):
    at = run_page(dense_dir, "timeline", {"every": "1"})
    spec = figure_specs(at)[0]
    assert "grouped by" in spec["layout"]["title"]["text"]
    assert sum(len(t["customdata"]) for t in spec["data"] if t.get("customdata")) <= 1500
    assert _marks(spec) == len(timeline_rows(apply_filters(read_tables(dense_dir), Filters())))


@pytest.mark.parametrize("dense", [False, True])
def test_selecting_marks_shows_their_rows_in_context(run_page, synthetic_dir, dense_dir, dense):
    """The chart element hands the selected marks' keys to Python (as the browser does on a click); the page
    then shows each selected row in context, and for a bin every row it groups."""
    at = run_page(dense_dir if dense else synthetic_dir, "timeline", {"every": "1"})
    (chart,) = at.get("bidi_component")
    spec = figure_specs(at)[0]
    custom = next(t["customdata"] for t in spec["data"] if t.get("customdata"))
    picked = [custom[0][0]] if dense else [custom[0][0], custom[1][0]]
    expected = int(custom[0][1]) if dense else 2
    selected = lambda: [h.value for h in at.subheader if h.value.startswith("Selected")]  # noqa: E731
    assert selected() == []  # nothing selected yet
    at.session_state[chart.key] = {"selected": picked}
    at.run()
    assert not at.exception
    assert selected() == [f"Selected: {expected:,} row{'s' if expected != 1 else ''}"]
    cards = [el.proto.body for el in at.get("html") if "uct-card" in el.proto.body]
    assert len(cards) == min(expected, 20) and all("<mark>" in card for card in cards)


def test_selecting_map_markers_shows_their_reports(run_page, synthetic_dir):
    """A marker is a deployment: selecting it shows its reports (the newest 20 in all) in context."""
    at = run_page(synthetic_dir, "map")
    (chart,) = at.get("bidi_component")
    spec = figure_specs(at)[0]
    picked = [t["customdata"][0][0] for t in spec["data"] if t.get("mode") == "markers" and t.get("customdata")][:2]
    movements = read_tables(synthetic_dir).movements
    members = map_plot(movements, movements["date"].max().date(), map_actors()).members
    reports = sum(len(members[key]) for key in picked)
    at.session_state[chart.key] = {"selected": picked}
    at.run()
    assert not at.exception
    assert [h.value for h in at.subheader if h.value.startswith("Selected")] == [f"Selected: 2 deployments ({reports} reports)"]
    cards = [el.proto.body for el in at.get("html") if "uct-card" in el.proto.body]
    assert len(cards) == min(reports, 20) > 2 and all("<mark>" in card for card in cards)


def test_nothing_matches_shows_empty_state(run_page, synthetic_dir):
    at = run_page(synthetic_dir, "timeline", {"q": "no such words anywhere"})
    assert not figure_specs(at)
    assert any("Nothing matches" in i.value for i in at.info)


@pytest.mark.parametrize("params", [{}, {"actor": "RUS", "asof": "2022-01-31"}, {"single": "1", "others": "1"}])
def test_map_draws_the_deployments_offline(run_page, synthetic_dir, params):
    at = run_page(synthetic_dir, "map", params)
    movements = apply_filters(read_tables(synthetic_dir), Filters.from_query(params)).movements
    as_of = dt.date.fromisoformat(params["asof"]) if "asof" in params else movements["date"].max().date()
    expected, _ = hold_back(situation(movements, as_of), map_actors(), single="single" in params, others="others" in params)
    (el,) = at.get("bidi_component")
    spec = figure_specs(at)[0]
    markers = sum(len(t["lat"]) for t in spec["data"] if t.get("mode") == "markers" and t.get("customdata"))
    assert markers == len(expected) > 0
    assert json.loads(el.proto.json)["config"]["topojsonURL"] == "/app/static/"
    assert not at.dataframe  # the table of deployments is drawn only when its expander is opened
    assert [e.label for e in at.expander] == [f"Deployments shown ({len(expected):,}): a table to sort and download"]
    at.session_state["w_map_table"] = True
    at.run()
    assert not at.exception and len(at.dataframe) == 1  # the troops by actor and status are static HTML
    assert len(at.dataframe[0].value) == len(expected)
    assert _qp(at, "asof") == ([params["asof"]] if "asof" in params else [])
    assert at.toggle(key="w_single").value is ("single" in params) and _qp(at, "single") == (["1"] if "single" in params else [])


def test_explorer_tables_hold_the_filtered_rows(run_page, synthetic_dir):
    params = {"actor": "USA", "kind": ["call", "movement"]}
    at = run_page(synthetic_dir, "explorer", params)
    view = apply_filters(read_tables(synthetic_dir), Filters.from_query(params))
    assert [len(df.value) for df in at.dataframe] == [len(view.statements), len(view.movements)]
    assert len(at.get("download_button")) == 4


def test_explorer_draws_the_newest_rows_of_a_large_table(run_page, dense_dir):
    from dashboard.explorer import MAX_SHOWN

    at = run_page(dense_dir, "explorer")
    n = len(apply_filters(read_tables(dense_dir), Filters()).statements)  # rows dated far outside the window hidden
    assert n > MAX_SHOWN
    assert len(at.dataframe[0].value) == MAX_SHOWN
    assert any(f"Showing the {MAX_SHOWN:,} newest of {n:,} rows" in c.value for c in at.caption)
    buttons = [b for b in at.get("download_button") if b.label == f"Download CSV ({n:,} rows)"]
    assert len(buttons) == 1 and buttons[0].proto.deferred_file_id  # made on click, not on every run
    small = [b for b in at.get("download_button") if b.label.startswith("Download CSV") and b is not buttons[0]]
    assert small and all(b.proto.url and not b.proto.deferred_file_id for b in small)  # the movements: made now


def test_url_parameters_become_filters_and_back(run_page, synthetic_dir):
    params = {"from": "2022-01-01", "to": "2022-02-15", "actor": ["RUS", "UKR"], "kind": ["direct_quote"], "q": "war",
              "anon": "1"}
    at = run_page(synthetic_dir, "overview", params)
    assert at.checkbox(key="w_anonymous").value is True
    assert at.multiselect(key="w_actors").value == ["RUS", "UKR"]
    assert at.multiselect(key="w_kinds").value == ["direct_quote"]
    assert at.text_input(key="w_text").value == "war"
    assert at.date_input(key="w_dates").value == (dt.date(2022, 1, 1), dt.date(2022, 2, 15))
    assert {k: _qp(at, k) for k in params} == {k: v if isinstance(v, list) else [v] for k, v in params.items()}


def test_changed_filters_reach_the_url_and_survive_a_page_switch(run_page, synthetic_dir):
    at = run_page(synthetic_dir, "overview")
    assert "actor" not in at.query_params
    at.multiselect(key="w_actors").set_value(["BLR"]).run()
    at.text_input(key="w_text").set_value("Lukashenko").run()
    assert _qp(at, "actor") == ["BLR"] and _qp(at, "q") == ["Lukashenko"]
    at = run_page(synthetic_dir, "timeline", at=at)
    assert at.multiselect(key="w_actors").value == ["BLR"]
    assert at.text_input(key="w_text").value == "Lukashenko"
    assert _qp(at, "actor") == ["BLR"]
    expected = timeline_rows(apply_filters(read_tables(synthetic_dir), Filters(actors=("BLR",), text="Lukashenko")))
    assert _marks(figure_specs(at)[0]) == len(expected)
    at.checkbox(key="w_anonymous").check().run()
    assert _qp(at, "anon") == ["1"]
    at.button(key="w_reset").click().run()
    assert at.multiselect(key="w_actors").value == [] and "actor" not in at.query_params
    assert at.checkbox(key="w_anonymous").value is False and "anon" not in at.query_params


def test_overview_headline_counts(run_page, synthetic_dir):
    at = run_page(synthetic_dir, "overview", {"actor": "FRA"})
    view = apply_filters(read_tables(synthetic_dir), Filters(actors=("FRA",)))
    metrics = headline_figures(at)
    assert metrics["Statements"] == f"{len(view.statements):,}"
    assert metrics["Troop movements"] == f"{len(view.movements):,}"
    assert metrics["Speakers"] == str(view.statements["speaker"].nunique())


def _map_markers(at) -> int:
    """The deployments the map draws: one marker each."""
    return sum(len(t["lat"]) for t in figure_specs(at)[0]["data"] if t.get("mode") == "markers" and t.get("customdata"))


def test_map_slider_and_noise_toggle_change_the_situation(run_page, synthetic_dir):
    at = run_page(synthetic_dir, "map")
    movements = apply_filters(read_tables(synthetic_dir), Filters()).movements  # without the stray 1940 and 2032
    first_day = movements["date"].min().date()
    day = first_day + (movements["date"].max().date() - first_day) / 2
    at.slider(key="w_asof").set_value(day).run()
    assert not at.exception
    shown, held = hold_back(situation(movements, day), map_actors())
    assert _map_markers(at) == len(shown) > 0 and held.single > 0
    assert _qp(at, "asof") == [day.isoformat()]
    assert at.toggle(key="w_single").label == f"Show single reports without a number ({held.single:,})"
    at.toggle(key="w_single").set_value(True).run()
    assert _map_markers(at) == len(shown) + held.single
    assert _qp(at, "single") == ["1"]
    at = run_page(synthetic_dir, "explorer", at=at)
    at = run_page(synthetic_dir, "map", at=at)  # the toggle survives a page switch (the day goes back to the last)
    every, _ = hold_back(situation(movements, movements["date"].max().date()), map_actors(), single=True)
    assert at.toggle(key="w_single").value is True and _map_markers(at) == len(every)


@pytest.mark.parametrize("page", ["timeline", "map", "overview"])
def test_chart_pages_do_not_read_the_full_tables(run_page, synthetic_dir, monkeypatch, page):
    """Once a view is cached, drawing it reads no table: the tables are copied out of the cache only for selections."""
    from dashboard import state

    run_page(synthetic_dir, page)  # fills the caches
    reads = []
    real = state.base_tables
    monkeypatch.setattr(state, "base_tables", lambda: reads.append(1) or real())
    at = run_page(synthetic_dir, page)
    assert not at.exception and (figure_specs(at) or page == "overview")
    assert reads == []


def test_overview_counts_the_filtered_rows(run_page, synthetic_dir):
    params = {"actor": "RUS", "kind": ["movement", "direct_quote"]}
    at = run_page(synthetic_dir, "overview", params)
    v = apply_filters(read_tables(synthetic_dir), Filters.from_query(params))
    metrics = headline_figures(at)
    assert metrics["Statements"] == f"{len(v.statements):,}" and metrics["Troop movements"] == f"{len(v.movements):,}"
    assert len(v.statements) > 0 and len(v.movements) > 0


EVENT = "ev-00000000abcd"
KREMLIN = "CC BY 4.0 · President of Russia, en.kremlin.ru"


@pytest.fixture(scope="module")
def happening_dir(tmp_path_factory):
    """Synthetic tables where two statements and three movements of different articles report one happening, and
    the first statement's article is a Kremlin text that ships (its paragraph holds one more invented sentence)."""
    from dashboard.synthetic import make_tables
    from extract.schema import to_frame

    out = tmp_path_factory.mktemp("happening")
    tables = make_tables(40, 12, seed=3)
    statements, movements, articles = tables["statements"].copy(), tables["movements"].copy(), tables["articles"].copy()
    statements.loc[[0, 1], "event_id"] = EVENT
    movements.loc[[0, 1, 2], "event_id"] = EVENT
    first = statements.iloc[0]
    text = first["sentence"] + " The talks went on into the night."
    statements.loc[0, "paragraph_end"] = len(text)
    articles.loc[articles["article_id"] == first["article_id"], "licence"] = KREMLIN
    articles.loc[articles["article_id"] != first["article_id"], "licence"] = "publisher's copyright: rows only"
    events = to_frame([{"event_id": EVENT, "kind": "meeting", "label": "Meeting: <b>Invented</b> – Other"}], "events")
    for name, frame in (("articles", articles), ("statements", statements), ("movements", movements), ("events", events)):
        frame.to_parquet(out / f"{name}.parquet", index=False)
    own = statements.iloc[1]  # an article of one's own that was saved with its text: no licence
    articles.loc[articles["article_id"] == own["article_id"], "licence"] = None
    own_text = own["sentence"] + " An invented sentence follows it."
    statements.loc[statements["article_id"] == own["article_id"], "paragraph_end"] = len(own_text)
    statements.to_parquet(out / "statements.parquet", index=False)
    articles.to_parquet(out / "articles.parquet", index=False)
    to_frame([{"article_id": first["article_id"], "text": text}, {"article_id": own["article_id"], "text": own_text}],
             "texts").to_parquet(out / "texts.parquet", index=False)
    return out


def test_explorer_lists_every_report_of_a_happening_from_the_url(run_page, happening_dir):
    at = run_page(happening_dir, "explorer", {"event": EVENT, "q": "no such words anywhere"})
    assert not at.exception
    assert [len(df.value) for df in at.dataframe] == [2, 3]  # whatever the sidebar filters
    assert set(at.dataframe[1].value["event_id"]) == {EVENT}
    assert [t.value for t in at.text if t.value.startswith("Every report")] == [
        "Every report of one happening: Meeting: <b>Invented</b> – Other (5 rows, whatever the sidebar filters)"]
    assert _qp(at, "event") == [EVENT]
    at.button(key="x_event_clear").click().run()
    assert "event" not in at.query_params and len(at.dataframe) == 0  # the search matches nothing again
    assert any("Nothing matches" in i.value for i in at.info)


def test_explorer_row_opens_its_happening_and_its_shipped_paragraph(run_page, happening_dir):
    at = run_page(happening_dir, "explorer")
    shown = at.dataframe[0].value
    first = read_tables(happening_dir).statements.iloc[0]
    i = int(shown.index[shown["statement_id"] == first["statement_id"]][0])
    at.session_state["x_table_statements"] = {"selection": {"rows": [i], "columns": []}}
    at.run()
    (card,) = [el.proto.body for el in at.get("html") if "uct-card" in el.proto.body]
    assert "</mark> The talks went on into the night." in card  # the paragraph, from texts.parquet
    assert "Text: President of Russia, en.kremlin.ru · CC BY 4.0" in card
    at.button(key="x_same_statements").click().run()
    assert [len(df.value) for df in at.dataframe] == [2, 3] and _qp(at, "event") == [EVENT]


def test_a_news_row_shows_its_sentence_with_the_publishers_link(run_page, happening_dir):
    at = run_page(happening_dir, "explorer")
    shown = at.dataframe[1].value
    at.session_state["x_table_movements"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    (card,) = [el.proto.body for el in at.get("html") if "uct-card" in el.proto.body]
    assert "full text at the publisher ↗" in card and shown.iloc[0]["url"] in card


def test_a_shipped_text_without_a_licence_shows_its_paragraph_and_no_credit(run_page, happening_dir):
    at = run_page(happening_dir, "explorer")
    shown = at.dataframe[0].value
    own = read_tables(happening_dir).statements.iloc[1]
    i = int(shown.index[shown["statement_id"] == own["statement_id"]][0])
    at.session_state["x_table_statements"] = {"selection": {"rows": [i], "columns": []}}
    at.run()
    assert not at.exception
    (card,) = [el.proto.body for el in at.get("html") if "uct-card" in el.proto.body]
    assert "</mark> An invented sentence follows it." in card and "uct-note" not in card


def test_map_says_when_every_deployment_is_held_back(run_page, tmp_path):
    """Only actors outside the main ones: the map says they are held back, and `others=1` draws them."""
    from dashboard.synthetic import make_tables

    tables = make_tables(30, 10, seed=4)
    tables["movements"] = tables["movements"].assign(actor="ESP", actor_name="Spain")
    for name, frame in tables.items():
        frame.to_parquet(tmp_path / f"{name}.parquet", index=False)
    at = run_page(tmp_path, "map")
    assert not figure_specs(at) and any("are all held back" in i.value for i in at.info)
    assert at.toggle(key="w_others").label.startswith("Show other actors (") and not at.toggle(key="w_others").value
    at = run_page(tmp_path, "map", {"others": "1"})
    assert figure_specs(at) and not at.info


def test_clicking_a_happening_lists_its_reports_by_outlet(run_page, synthetic_dir):
    """One mark per happening; selecting the most reported one shows it with each of its reports, grouped by outlet."""
    from dashboard.event_timeline import drawn_rows
    from dashboard.events import reports_by_outlet

    at = run_page(synthetic_dir, "timeline")
    (chart,) = at.get("bidi_component")
    spec = figure_specs(at)[0]
    marks = [c for t in spec["data"] for c in t.get("customdata") or []]
    key = max(marks, key=lambda c: int(c[4].split()[0]))[0]
    rows, _, _ = drawn_rows(apply_filters(read_tables(synthetic_dir), Filters()), 8)
    groups = reports_by_outlet(rows, [key])
    assert sum(len(ids) for _, ids in groups) > 1
    at.session_state[chart.key] = {"selected": [key]}
    at.run()
    assert not at.exception
    assert [h.value for h in at.subheader if h.value.startswith("Selected")] == ["Selected: 1 happening"]
    html = [el.proto.body for el in at.get("html")]
    outlets = [body for body in html if body.startswith('<div style="margin-top:0.5rem;"><b>')]
    assert [o.split("<b>")[1].split("</b>")[0] for o in outlets] == [outlet for outlet, _ in groups]
    cards = [body for body in html if "uct-card" in body]
    accounts = len([body for body in html if "uct-card" in body]) - sum(min(len(ids), 5) for _, ids in groups)
    assert accounts >= 0 and all("<mark>" in card for card in cards)


def test_timeline_choices_and_stray_dates_round_trip_through_the_url(run_page, synthetic_dir):
    at = run_page(synthetic_dir, "timeline", {"lanes": "3", "every": "1", "far": "1"})
    assert at.slider(key="w_lanes").value == 3 and at.toggle(key="w_every").value is True
    assert at.checkbox(key="w_outliers").value is True
    assert (_qp(at, "lanes"), _qp(at, "every"), _qp(at, "far")) == (["3"], ["1"], ["1"])
    spec = figure_specs(at)[0]
    assert _marks(spec) == len(timeline_rows(apply_filters(read_tables(synthetic_dir), Filters(outliers=True))))
    assert spec["layout"]["yaxis"]["ticktext"] == ["Russia", "Ukraine", "United States", "Others"]
    at.checkbox(key="w_outliers").uncheck().run()
    at.slider(key="w_lanes").set_value(8).run()
    assert "far" not in at.query_params and "lanes" not in at.query_params


def test_overview_shows_the_window_and_latest_happenings(run_page, synthetic_dir):
    from dashboard.data import data_window
    from dashboard.overview import latest_events

    at = run_page(synthetic_dir, "overview")
    metrics = headline_figures(at)
    assert metrics["Date span"] == "Nov 2021 – Mar 2022"  # the window (never 1940, never 2032)
    tables = read_tables(synthetic_dir)
    latest, troops, licences = html_tables(at)  # static HTML tables (dashboard.html_table)
    expected = latest_events(apply_filters(tables, Filters()), data_window(tables))
    assert [row["What"] for row in latest] == list(expected["what"]) and len(latest) > 0
    assert max(row["Date"] for row in latest) <= "2022-03-31"
    assert troops and all(row["Actor"] for row in troops)
    assert {row["Licence"] for row in licences} == {"rows only", "US government work (public domain) · The White House, whitehouse.gov",
                                        "CC BY 4.0 · President of Russia, en.kremlin.ru",
                                        "CC BY 4.0 · President of Ukraine, president.gov.ua"}


def test_a_group_of_happenings_lists_them(run_page, dense_dir):
    """Dense data: beyond `MAX_MARKS` happenings the smaller ones are grouped; selecting a group shows its happenings."""
    from dashboard.event_timeline import MAX_MARKS, drawn_rows, selected_events

    at = run_page(dense_dir, "timeline")
    (chart,) = at.get("bidi_component")
    spec = figure_specs(at)[0]
    assert any("are grouped by" in c.value for c in at.caption) and len(_keys(spec)) <= MAX_MARKS  # the page says so
    _, marks, _ = drawn_rows(apply_filters(read_tables(dense_dir), Filters()), 8)
    custom = [c for t in spec["data"] for c in t.get("customdata") or []]
    alone, groups = [c for c in custom if not c[0].startswith("[")], [c for c in custom if c[0].startswith("[")]
    assert len(alone) + sum(int(c[1]) for c in groups) == len(marks)  # every happening: alone or in a group
    group = groups[0][0]
    events = selected_events([group], marks)
    at.session_state[chart.key] = {"selected": [group]}
    at.run()
    assert not at.exception and events
    assert [h.value for h in at.subheader if h.value.startswith("Selected")] == [
        f"Selected: {len(events)} happening{'s' if len(events) != 1 else ''}"]
