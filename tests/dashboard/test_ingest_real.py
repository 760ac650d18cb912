"""The Add-articles path with the real extraction pipeline (spaCy model loaded once per test session)."""
from __future__ import annotations

import datetime as dt

import pytest

from dashboard import ingest

TEXT = ("France and the United States coordinate their response\n\n"
        "French President Emmanuel Macron said on Wednesday that he may visit Moscow to find a diplomatic solution. "
        "Russia has deployed more than 100,000 troops near the Ukrainian border.\n")


def test_real_extraction_of_a_pasted_article(pipeline):
    (article,) = ingest.pasted_article(TEXT, title="Test", published=dt.date(2022, 2, 2))
    batch = ingest.prepare([article], default_date=None)
    seen = []
    result = ingest.extract_batch(batch, progress=ingest.progress_adapter(lambda frac, msg: seen.append(frac), 1))
    statements = result.tables.statements
    assert result.problems == []
    assert "Emmanuel Macron" in set(statements["speaker"])
    row = statements[statements["speaker"] == "Emmanuel Macron"].iloc[0]
    assert TEXT[row["sentence_start"]:row["sentence_end"]] == row["sentence"]
    assert seen and seen[-1] == 1.0
    added, texts = ingest.add_to_session(None, {}, result)
    assert texts[article.article_id] == TEXT and len(added.articles) == 1


def test_add_articles_page_with_the_real_pipeline(pipeline, run_page, synthetic_dir):
    at = run_page(synthetic_dir, "add")
    at.text_area[0].set_value(TEXT)
    at.date_input[0].set_value(dt.date(2022, 2, 2))
    at.button[0].click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == []
    assert any("Added 1 article" in s.value for s in at.success)
    at = run_page(synthetic_dir, "explorer", at=at)
    assert "Emmanuel Macron" in set(at.dataframe[0].value["speaker"])
