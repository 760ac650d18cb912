"""A build's rows written to disk as it goes, so a killed build loses at most the last few articles.

`extract build` streams each extracted article's rows into part files in `<out>/.checkpoint/` (every
`every` articles or `seconds`), instead of holding the whole batch in memory. A part is four small
Parquet files (one per table); its `articles` file is written last and marks the part complete, so a part cut short
by a kill is never read. When the run is interrupted, the next run of the same command reads the
complete parts back and extracts only the rest; when a run has written its tables, the folder goes.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pandas as pd

from .schema import EXTRACTED_TABLES, coerce, empty_frame, to_frame
from .store import atomic_write

FOLDER = ".checkpoint"
TABLE_NAMES = ("statements", "movements", "drops", "articles")  # `articles` last: it commits the part


class Checkpoint:
    """Part files of extracted rows in `folder` (the `sink` of `pipeline.extract_articles`)."""

    def __init__(self, folder: Path, *, every: int = 25, seconds: float = 15.0):
        self.folder = Path(folder)
        self.every = every
        self.seconds = seconds
        self._rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
        self._written: list[str] = []  # this run's parts
        self._last = time.monotonic()
        self._run = f"{os.getpid()}-{int(time.time() * 1000)}"

    def _path(self, part: str, table: str) -> Path:
        return self.folder / f"{part}.{table}.parquet"

    def complete_parts(self) -> list[str]:
        """Parts whose `articles` file exists (written last, so the part is whole), oldest first."""
        if not self.folder.is_dir():
            return []
        parts = [p.name.removesuffix(".articles.parquet") for p in self.folder.glob("*.articles.parquet")]
        return sorted(parts, key=lambda part: (self.folder / f"{part}.articles.parquet").stat().st_mtime)

    def load(self) -> dict[str, pd.DataFrame]:
        """The rows of every complete part left by earlier runs (empty tables when there are none)."""
        return self._read(self.complete_parts())

    def _read(self, parts: list[str]) -> dict[str, pd.DataFrame]:
        tables = {}
        for name in EXTRACTED_TABLES:
            frames = []
            for part in parts:
                try:  # parts were written in the documented dtypes: one `coerce` for the whole table
                    frames.append(pd.read_parquet(self._path(part, name)))
                except Exception:  # a damaged part is extracted again, never trusted
                    continue
            frames = [f for f in frames if not f.empty]
            tables[name] = coerce(pd.concat(frames, ignore_index=True), name) if frames else empty_frame(name)
        return tables

    def add(self, result) -> None:
        """Buffer one article's rows (`extraction.ArticleResult`); write a part when one is due."""
        self._rows["articles"].append(result.row)
        self._rows["statements"] += result.statements
        self._rows["movements"] += result.movements
        self._rows["drops"] += result.drops
        due = len(self._rows["articles"]) >= self.every or time.monotonic() - self._last >= self.seconds
        if due:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one part (nothing when the buffer is empty)."""
        self._last = time.monotonic()
        if not self._rows["articles"]:
            return
        part = f"part-{self._run}-{len(self._written):05d}"
        for name in TABLE_NAMES:
            frame = to_frame(self._rows[name], name)
            atomic_write(self._path(part, name), lambda tmp, f=frame: f.to_parquet(tmp, index=False))
        self._written.append(part)
        self._rows = {name: [] for name in TABLE_NAMES}

    def tables(self) -> dict[str, pd.DataFrame]:
        """This run's rows, read back from its parts."""
        return self._read(self._written)

    def clear(self) -> None:
        """Remove the folder: the run's tables are written."""
        shutil.rmtree(self.folder, ignore_errors=True)
