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
