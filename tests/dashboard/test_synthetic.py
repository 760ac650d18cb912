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
