"""Fixtures of the extraction tests: a batch large enough for worker processes and checkpoints."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def seed_variants(n: int) -> list[dict]:
    """`n` different articles made from the seed's paragraphs (rotated), each with its own date."""
    text = (ROOT / "seeds" / "000_f10cf6ce6e030c01.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    rows = []
    for i in range(n):
        k = i % len(paragraphs)
        rows.append({"id": f"v{i:02d}", "published": f"2022-02-{1 + i % 27:02d}",
                     "text": "\n\n".join(paragraphs[k:] + paragraphs[:k])})
    return rows


@pytest.fixture(scope="session")
def variants() -> list[dict]:
    """40 seed variants as batch rows."""
    return seed_variants(40)


@pytest.fixture(scope="session")
def variants_batch(tmp_path_factory, variants) -> Path:
    """A JSONL batch of 40 seed variants (more than one chunk, so `--jobs 2` uses worker processes)."""
    path = tmp_path_factory.mktemp("variants") / "variants.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in variants), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def speakers_of():
    """`speakers_of(result, needle)`: the speakers of the statements whose content contains `needle`, sorted."""
    def find(result, needle: str) -> list[str]:
        frame = result.statements
        return sorted(frame[frame["text"].str.contains(needle, regex=False)]["speaker"])

    return find
