"""Fixtures for the dashboard tests: synthetic data folders and AppTest runs against them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.synthetic import write_tables

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
PAGES = {
    "overview": None,
    "timeline": "pages/1_Timeline.py",
    "map": "pages/2_Deployments_map.py",
    "explorer": "pages/3_Explorer.py",
    "add": "pages/4_Add_articles.py",
}


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


@pytest.fixture
def run_page(monkeypatch):
    """`run_page(data_dir, page, params)` → the AppTest after running that page with those URL params."""
    from streamlit.testing.v1 import AppTest

    def run(data_dir: Path, page: str = "overview", params: dict | None = None, at=None):
        monkeypatch.setenv("UCT_DATA_DIR", str(data_dir))
        if at is None:
            at = AppTest.from_file(str(APP), default_timeout=60)
            for key, value in (params or {}).items():
                at.query_params[key] = value
            at.run()
        if PAGES[page]:
            at.switch_page(PAGES[page]).run()
        return at

    return run


def figure_specs(at) -> list[dict]:
    """The figure JSON of every plotly chart on the page."""
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
