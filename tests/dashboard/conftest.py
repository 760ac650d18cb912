"""Fixtures for the dashboard tests: synthetic data folders and AppTest runs against them."""
from __future__ import annotations

from pathlib import Path

import pytest

from app_pages import PAGES
from dashboard.synthetic import write_hostile_tables, write_tables

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"


@pytest.fixture(scope="session")
def synthetic_dir(tmp_path_factory) -> Path:
    """A data folder of 600 synthetic statements and 120 movements."""
    out = tmp_path_factory.mktemp("synthetic")
    write_tables(out, 600, 120, seed=1)
    return out


@pytest.fixture(scope="session")
def dense_dir(tmp_path_factory) -> Path:
    """A data folder dense enough for the timeline to aggregate (6,000 statements, 600 movements)."""
    out = tmp_path_factory.mktemp("dense")
    write_tables(out, 6000, 600, seed=2)
    return out


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    """A small data folder whose titles, links, speakers, quotes and places must stay text (`make_hostile_tables`)."""
    out = tmp_path_factory.mktemp("hostile")
    write_hostile_tables(out)
    return out


@pytest.fixture
def run_page(monkeypatch):
    """`run_page(data_dir, page, params)` → the AppTest after running that page with those URL params."""
    from streamlit.testing.v1 import AppTest

    def run(data_dir: Path, page: str = "overview", params: dict | None = None, at=None):
        monkeypatch.setenv("UCT_DATA_DIR", str(data_dir))
        if at is None:  # a new session that opens `page` directly, as a shared link does
            at = AppTest.from_file(str(APP), default_timeout=60)
            for key, value in (params or {}).items():
                at.query_params[key] = value
            if PAGES[page]:
                at.switch_page(PAGES[page])
            return at.run()
        if PAGES[page]:
            at.switch_page(PAGES[page])
        return at.run()

    return run
