import pandas as pd

from dashboard.synthetic import make_tables
from extract.schema import column_names, coerce


def test_tables_are_schema_valid_and_seeded():
    a = make_tables(200, 30, seed=9)
    b = make_tables(200, 30, seed=9)
    for name, frame in a.items():
        assert list(frame.columns) == column_names(name)
        assert coerce(frame, name).dtypes.equals(frame.dtypes)
        assert frame.equals(b[name])
    assert len(a["statements"]) == 200 and len(a["movements"]) == 30
    assert set(a["statements"]["article_id"]) <= set(a["articles"]["article_id"])
    s = a["statements"]
    assert (s.apply(lambda r: r["sentence"][r["sentence_start"]:r["sentence_end"]] == r["sentence"], axis=1)).all()


def test_rows_share_events_that_match_the_events_table():
    t = make_tables(2000, 200, seed=9)
    rows = pd.concat([t["statements"][["event_id", "article_id", "date_outlier"]], t["movements"][["event_id", "article_id", "date_outlier"]]])
    events = t["events"].set_index("event_id")
    assert rows["event_id"].notna().all() and set(rows["event_id"]) == set(events.index)
    assert rows["event_id"].value_counts().sort_index().tolist() == events["n_reports"].sort_index().tolist()
    assert events["n_outlets"].max() >= 3 and (events["n_reports"] > 1).sum() > 100  # many reported more than once
    assert events["label"].notna().all() and events["date"].notna().all()
    stray = rows[rows["date_outlier"]]
    assert len(stray) == 9  # every 250th statement (8) and movement (1)
    assert events.loc[stray["event_id"], "date_outlier"].all()


def test_stray_rows_are_dated_1940_or_2032():
    t = make_tables(600, 80, seed=3)
    s = t["statements"]
    assert list(s.loc[s["date_outlier"], "statement_id"].str.split(":").str[1]) == ["s137", "s387"]
    assert [d.year for d in s.loc[s["date_outlier"], "date"]] == [1940, 2032]


def test_every_twelfth_article_is_a_party_s_own_text():
    from extract.corpus import ships_text

    arts = make_tables(600, 80, seed=3)["articles"]
    own = arts[arts["licence"].map(ships_text)]
    assert list(own.index % 12) == [0, 1, 2] * (len(own) // 3)
    assert list(own["source"][:3]) == ["The White House", "President of Russia", "President of Ukraine"]
