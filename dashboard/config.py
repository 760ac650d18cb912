"""Settings read from the environment: where the data lives, whether saving is allowed, upload limits."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TOPOJSON_URL = "/app/static/"  # Streamlit static serving of `static/` (see .streamlit/config.toml)

# Limits of the Add-articles page (explained on the page; `server.maxUploadSize` in config.toml matches).
MAX_FILES = 10
MAX_FILE_MB = 2
MAX_ARTICLES = 50
MAX_ARTICLE_CHARS = 60_000
MAX_BATCH_CHARS = 300_000
UPLOAD_TYPES = ("txt", "html", "htm", "csv", "jsonl")

_TRUE = {"1", "true", "yes", "on"}


def data_dir() -> Path:
    """`UCT_DATA_DIR` when set (tests and the perf script use it), else `data/` next to app.py."""
    value = os.environ.get("UCT_DATA_DIR", "").strip()
    return Path(value).expanduser().resolve() if value else REPO_ROOT / "data"


def allow_save() -> bool:
    """Saving added articles into the data folder is off unless `UCT_ALLOW_SAVE=1` (a local user's choice)."""
    return os.environ.get("UCT_ALLOW_SAVE", "").strip().lower() in _TRUE
