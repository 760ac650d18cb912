"""Settings read from the environment: where the data lives, whether saving is allowed, upload limits."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TOPOJSON_URL = "/app/static/"  # Streamlit static serving of `static/` (see .streamlit/config.toml)

# Limits of the Add-articles page (explained on the page). A file over MAX_FILE_MB is refused by name;
# the uploader itself refuses files over MAX_UPLOAD_MB (`server.maxUploadSize` in config.toml) before
# they reach the server, marking them in red.
MAX_FILES = 10
MAX_FILE_MB = 2
MAX_UPLOAD_MB = 5
MAX_ARTICLES = 50
MAX_ARTICLE_CHARS = 60_000
MAX_BATCH_CHARS = 300_000
# What one browser session may hold in all (its added rows and article texts live in server memory
# until the session ends): two full batches.
MAX_SESSION_ARTICLES = 100
MAX_SESSION_CHARS = 600_000
UPLOAD_TYPES = ("txt", "html", "htm", "csv", "jsonl")

# The extraction runs in one worker process per server (`dashboard.worker`), a chunk of at most
# EXTRACT_CHUNK_CHARS characters at a time (spaCy's memory grows with the text it holds at once).
# The worker is replaced after WORKER_MAX_CHUNKS chunks (spaCy's vocabulary only grows) and exits
# after `UCT_WORKER_IDLE_SECONDS` without work, which frees the language model's memory.
EXTRACT_CHUNK_CHARS = 20_000  # 50 articles of 6,000 characters: worker peak 431 MB; 580 at 60,000; 1,241 at 300,000
WORKER_MAX_CHUNKS = 100
WORKER_IDLE_SECONDS = 600

_TRUE = {"1", "true", "yes", "on"}

# The map's main actors: each has a colour of its own; the others are drawn as "Other", and only when asked.
MAP_ACTORS = ("RUS", "BLR", "UKR", "USA", "NATO", "GBR", "DEU", "FRA")


def data_dir() -> Path:
    """`UCT_DATA_DIR` when set (tests and the perf script use it), else `data/` next to app.py."""
    value = os.environ.get("UCT_DATA_DIR", "").strip()
    return Path(value).expanduser().resolve() if value else REPO_ROOT / "data"


def allow_save() -> bool:
    """Saving added articles into the data folder is off unless `UCT_ALLOW_SAVE=1` (a local user's choice)."""
    return os.environ.get("UCT_ALLOW_SAVE", "").strip().lower() in _TRUE


def worker_idle_seconds() -> float:
    """Seconds the extraction worker waits for work before it exits (`UCT_WORKER_IDLE_SECONDS`, default 600)."""
    value = os.environ.get("UCT_WORKER_IDLE_SECONDS", "").strip()
    try:
        return max(1.0, float(value)) if value else float(WORKER_IDLE_SECONDS)
    except ValueError:
        return float(WORKER_IDLE_SECONDS)


def map_actors() -> tuple[str, ...]:
    """The map's main actors: `UCT_MAP_ACTORS` (codes separated by commas, e.g. `RUS,UKR,NATO`), else MAP_ACTORS."""
    value = os.environ.get("UCT_MAP_ACTORS", "")
    codes = tuple(dict.fromkeys(code.strip().upper() for code in value.split(",") if code.strip()))
    return codes or MAP_ACTORS
