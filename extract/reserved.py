"""The corpus articles reserved for an independent evaluation (`../shared/eval-reserved.txt`): samples,
benchmarks and annotation scripts leave them out, so nothing is ever tuned on them."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

RESERVED_LIST = Path(__file__).resolve().parents[1].parent / "shared" / "eval-reserved.txt"


@lru_cache(maxsize=4)
def reserved_keys(path: Path = RESERVED_LIST) -> frozenset[str]:
    """The URLs and file names the list reserves (empty when the list is absent)."""
    if not path.exists():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_reserved(url_or_file: str, path: Path = RESERVED_LIST) -> bool:
    """True when the article (its URL, or its file's name or path) is reserved."""
    keys = reserved_keys(path)
    return url_or_file in keys or Path(url_or_file).name in keys
