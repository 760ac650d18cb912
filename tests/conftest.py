"""Shared fixtures: the spaCy model is loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The plain trained model (no project components)."""
    from extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipeline():
    """The full extraction pipeline (model + sentence, place and actor components)."""
    from extract.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """`../shared/corpus`; tests that need it skip cleanly when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    return CORPUS


@pytest.fixture(scope="session")
def extract_text(pipeline):
    """Run the whole extractor on one text: `extract_text(text, published="2022-02-03")` → result tables.

    Results are cached per (text, date), so parametrised cases over the same text parse it once."""
    import datetime as dt
    from functools import lru_cache

    from extract.pipeline import extract_articles
    from extract.records import Article

    @lru_cache(maxsize=None)
    def run(text: str, published: str | None = "2022-02-03"):
        day = dt.date.fromisoformat(published) if published else None
        result = extract_articles([Article(article_id="t", text=text, published=day)], nlp=pipeline)
        assert not result.problems, result.problems
        return result

    return run
