"""The Python API: articles in (DataFrame or list), tables out, broken articles reported, work reused."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract import column_names, extract_articles
from extract.records import Article

GOOD = ("The Kremlin said on Monday that the talks had been useful. "
        "Russia has deployed more than 100,000 troops near the Ukrainian border.")


@pytest.fixture(scope="module")
def result(pipeline):
    frame = pd.DataFrame([
        {"id": "good", "title": "Talks", "published": "2022-02-03", "url": "https://example.org/a", "source": "x",
         "text": GOOD},
        {"id": "empty", "title": "", "published": "2022-02-03", "url": "", "source": "", "text": "   "},
        {"id": "french", "title": "", "published": "2022-02-03", "url": "", "source": "",
         "text": "Le gouvernement a annoncé mercredi que les négociations reprendraient la semaine prochaine "
                 "à Genève avec les représentants des deux pays."},
        {"id": "undated", "title": "", "published": None, "url": "", "source": "",
         "text": "The Kremlin said on Monday that the talks had been useful."},
    ])
    return extract_articles(frame, nlp=pipeline)


def test_tables_have_exactly_the_documented_columns(result):
    for name, frame in result.tables.items():
        assert list(frame.columns) == column_names(name)


def test_broken_articles_are_reported_and_the_rest_is_extracted(result):
    failed = {p.article_id: p.message for p in result.failed}
    assert set(failed) == {"empty", "french"}
    assert "empty" in failed["empty"] and "English" in failed["french"]
    assert set(result.articles["article_id"]) == {"good", "undated"}
    assert set(result.statements["article_id"]) == {"good", "undated"}


def test_rows_of_an_undated_article_have_no_date_and_are_flagged(result):
    undated = result.statements[result.statements["article_id"] == "undated"]
    assert len(undated) == 1
    assert undated["date"].isna().all() and set(undated["date_precision"]) == {"none"}
    assert result.articles.set_index("article_id").loc["undated", "published"] is pd.NaT


def test_ids_are_unique_and_point_to_their_article(result):
    ids = result.statements["statement_id"].tolist() + result.movements["movement_id"].tolist()
    assert len(ids) == len(set(ids))
    assert result.statements.loc[result.statements["article_id"] == "good", "statement_id"].tolist() == ["good:s1"]
    assert result.movements["movement_id"].tolist() == ["good:m1"]
    counts = result.articles.set_index("article_id")
    assert (counts.loc["good", "n_statements"], counts.loc["good", "n_movements"]) == (1, 1)


def test_unchanged_articles_are_reused_and_changed_ones_extracted_again(result, pipeline):
    same = Article("good", GOOD, published=dt.date(2022, 2, 3), url="https://example.org/a", source="x", title="Talks")
    again = extract_articles([same], nlp=pipeline, previous=result.tables)
    assert again.reused == 1 and again.words == 0
    pd.testing.assert_frame_equal(again.statements, result.statements[result.statements["article_id"] == "good"]
                                  .reset_index(drop=True))
    moved = Article("good", GOOD, published=dt.date(2022, 2, 4))  # a new date changes every relative date
    fresh = extract_articles([moved], nlp=pipeline, previous=result.tables)
    assert fresh.reused == 0 and fresh.words > 0
    assert str(fresh.statements["date"].iloc[0])[:10] == "2022-01-31"


def test_the_extractor_identity_covers_files_in_sub_folders(tmp_path, monkeypatch):
    # a word list in resources/lexicon/ changes the content hash like a top-level table (so does a sub-package module)
    from extract import extraction

    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "words.csv").write_text("lemma,class,pos,reason\n", encoding="utf-8")
    monkeypatch.setattr(extraction, "RESOURCES", tmp_path)
    before = extraction._resources_digest.__wrapped__()
    (tmp_path / "lexicon" / "words.csv").write_text("lemma,class,pos,reason\nsend,send,VERB,x\n", encoding="utf-8")
    assert extraction._resources_digest.__wrapped__() != before


def test_a_list_of_dicts_works_like_a_frame(pipeline):
    out = extract_articles([{"id": "d", "published": "2022-02-03", "text": GOOD}], nlp=pipeline)
    assert out.statements["speaker"].tolist() == ["Russia"]
    assert out.movements[["actor", "troops", "status"]].values.tolist() == [["RUS", 100000, "deployed"]]


def test_progress_callback_counts_articles(pipeline):
    seen = []
    extract_articles([{"id": "p", "published": "2022-02-03", "text": GOOD}], nlp=pipeline,
                     progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1, 1)
