"""Counts in words for the pages: "1 row", "2,345 rows" (thousands separated, the noun agreeing with the number)."""
from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with a thousands separator and `noun` in the singular for exactly one, else `plural` (default: noun + "s")."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"
