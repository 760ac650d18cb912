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


def _shared_root(corpus_path: Path) -> Path | None:
    """The shared corpus folder (the one with a `SOURCES.md`) that `corpus_path` lies in, if any."""
    return next((p for p in [corpus_path, *corpus_path.resolve().parents] if (p / "SOURCES.md").exists()), None)


def require_reserved_list(corpus_path: Path, path: Path | None = None) -> Path:
    """The reserved list that goes with `corpus_path`: the `eval-reserved.txt` beside the shared corpus it lies
    in (whatever folder the code runs from); for a corpus of one's own, `RESERVED_LIST`. Refuse to read a shared corpus (one with a
    `SOURCES.md` at its root) whose list cannot be found, since reserved articles would be read. A corpus of
    one's own (no `SOURCES.md`) needs no list."""
    root = _shared_root(Path(corpus_path))
    if path is None:
        path = root.parent / "eval-reserved.txt" if root is not None else RESERVED_LIST
    if root is not None and not path.exists():
        raise SystemExit(f"{path} not found although {root} is the shared corpus: refusing to read it, since "
                         "articles reserved for independent evaluation would be read. Run from the repository "
                         "beside ../shared.")
    return path
