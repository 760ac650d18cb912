"""Reading and writing the output tables atomically, so a crash never leaves a half-written file."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from .schema import TABLES, coerce, empty_frame, read_table


def atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600 files; a hosted app may read them as another user
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, *, csv: bool = False) -> list[Path]:
    """Write each table as `<name>.parquet` (and `<name>.csv` with `csv=True`), each file atomically, `articles` last.

    Without `csv`, an older `<name>.csv` beside it is removed: it would show rows the Parquet file no longer has.
    """
    written = []
    # `articles` goes last: its content hashes let the next build reuse the other tables' rows, so it must
    # never name an article whose rows are not on disk yet (a build killed between two files).
    for name, frame in sorted(tables.items(), key=lambda item: item[0] == "articles"):
        frame = coerce(frame, name)
        target = Path(out_dir) / f"{name}.parquet"
        atomic_write(target, lambda tmp, f=frame: f.to_parquet(tmp, index=False, compression="zstd"))  # a third smaller than snappy
        written.append(target)
        if not csv:
            (Path(out_dir) / f"{name}.csv").unlink(missing_ok=True)
        else:
            from .spreadsheet import escape_frame

            flat = frame.copy()
            for col in TABLES[name]:
                if col.dtype == "list":
                    flat[col.name] = flat[col.name].map(lambda v: ";".join(v))
            flat = escape_frame(flat)  # no cell runs as a spreadsheet formula; read_table undoes it
            target = Path(out_dir) / f"{name}.csv"
            atomic_write(target, lambda tmp, f=flat: f.to_csv(tmp, index=False))
            written.append(target)
    return written


def write_json(data: dict, path: Path) -> None:
    atomic_write(Path(path), lambda tmp: Path(tmp).write_text(json.dumps(data, indent=2, default=str), encoding="utf-8"))


def remove_stale_temp(out_dir: Path) -> list[Path]:
    """Remove temporary files a killed writer left in `out_dir` (`.<name>.<random>.tmp`); the tables stay."""
    stale = [p for p in Path(out_dir).glob(".*.tmp") if p.is_file()] if Path(out_dir).is_dir() else []
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def read_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables in `out_dir`; a missing or unreadable table comes back empty."""
    tables = {}
    for name in TABLES:
        path = Path(out_dir) / f"{name}.parquet"
        try:
            tables[name] = read_table(path, name) if path.exists() else empty_frame(name)
        except Exception:  # a damaged file must not stop a rebuild
            tables[name] = empty_frame(name)
    return tables
