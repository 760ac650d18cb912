"""Ukraine Crisis Timeline extraction: news articles → dated tables of statements and troop movements.

`extract_articles(...)` is the Python API; `python -m extract build` the command line. Names that
need spaCy are imported lazily, so `extract.schema` stays light for the dashboard.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Article, DateInfo, InputProblem, Movement, Statement

__all__ = [
    "Article", "DateInfo", "InputProblem", "Movement", "Statement", "TABLES", "column_names", "read_table", "to_frame",
    "extract_articles", "ExtractionResult", "read_inputs", "load_model", "get_pipeline",
]

_LAZY = {
    "TABLES": ("schema", "TABLES"),
    "column_names": ("schema", "column_names"),
    "read_table": ("schema", "read_table"),
    "to_frame": ("schema", "to_frame"),
    "extract_articles": ("pipeline", "extract_articles"),
    "ExtractionResult": ("pipeline", "ExtractionResult"),
    "read_inputs": ("readers", "read_inputs"),
    "load_model": ("nlp", "load_model"),
    "get_pipeline": ("nlp", "get_pipeline"),
}

if TYPE_CHECKING:  # pragma: no cover
    from .schema import TABLES, column_names, read_table, to_frame
    from .nlp import get_pipeline, load_model
    from .pipeline import ExtractionResult, extract_articles
    from .readers import read_inputs


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
