"""Pages other than Add articles never import spaCy: checked in a fresh interpreter."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import importlib, os, pkgutil, sys
    sys.path.insert(0, {root!r})
    os.environ["UCT_DATA_DIR"] = {data!r}
    import dashboard
    for mod in pkgutil.iter_modules(dashboard.__path__):
        if mod.name not in ("perf", "screenshots", "browser"):  # scripts that drive a browser
            importlib.import_module("dashboard." + mod.name)
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file({app!r}, default_timeout=60).run()  # app.py: the Overview
    assert not at.exception, at.exception
    for page in ("pages/1_Timeline.py", "pages/2_Deployments_map.py", "pages/3_Explorer.py"):
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
    loaded = sorted(m for m in sys.modules if m == "spacy" or m.startswith(("spacy.", "thinc", "extract.nlp")))
    print("LOADED", loaded)
""")


def test_pages_other_than_add_articles_do_not_import_spacy(tmp_path):
    from dashboard.synthetic import write_tables

    write_tables(tmp_path, 100, 20, seed=11)
    code = SCRIPT.format(root=str(ROOT), data=str(tmp_path), app=str(ROOT / "app.py"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "LOADED []" in out.stdout, out.stdout
