"""The Add-articles path with the real extraction pipeline, in the extraction worker process."""
from __future__ import annotations

import datetime as dt
import os
import threading
import time

import pytest

from dashboard import ingest, worker
from dashboard.memory import descendants

TEXT = ("France and the United States coordinate their response\n\n"
        "French President Emmanuel Macron said on Wednesday that he may visit Moscow to find a diplomatic solution. "
        "Russia has deployed more than 100,000 troops near the Ukrainian border.\n")


@pytest.fixture(scope="module", autouse=True)
def short_lived_worker():
    """The server's worker (started once for these tests); stopped after them."""
    worker._shared = worker.Worker(idle_seconds=60, max_chunks=50)
    yield worker._shared
    worker._shared.stop()
    worker._shared = None


def test_real_extraction_of_a_pasted_article():
    (article,) = ingest.pasted_article(TEXT, title="Test", published=dt.date(2022, 2, 2))
    batch = ingest.prepare([article], default_date=None)
    seen = []
    result = ingest.extract_batch(batch, progress=ingest.progress_adapter(lambda frac, msg: seen.append(frac), 1))
    statements = result.tables.statements
    assert result.problems == []
    assert "Emmanuel Macron" in set(statements["speaker"])
    row = statements[statements["speaker"] == "Emmanuel Macron"].iloc[0]
    assert TEXT[row["sentence_start"]:row["sentence_end"]] == row["sentence"]
    assert seen and seen[-1] == 1.0
    added, texts = ingest.add_to_session(None, {}, result)
    assert texts[article.article_id] == TEXT and len(added.articles) == 1


def test_add_articles_page_with_the_real_pipeline(run_page, synthetic_dir):
    at = run_page(synthetic_dir, "add")
    at.text_area[0].set_value(TEXT)
    at.date_input[0].set_value(dt.date(2022, 2, 2))
    at.button[0].click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == []
    assert any("Added 1 article" in s.value for s in at.success)
    at = run_page(synthetic_dir, "explorer", at=at)
    assert "Emmanuel Macron" in set(at.dataframe[0].value["speaker"])


def worker_processes() -> list[int]:
    """This process's children started by `multiprocessing` spawn as workers (not its resource tracker)."""
    def cmdline(pid):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                return handle.read().decode(errors="replace")
        except OSError:
            return ""
    return [pid for pid in descendants(os.getpid()) if "spawn_main" in cmdline(pid)]


def test_the_model_lives_in_a_worker_process_that_exits_when_idle(short_lived_worker):
    """The model is loaded in a child process, and that process exits after its idle time (that the app
    server itself stays without the model is checked by `tests/e2e/test_load.py`)."""
    short_lived_worker.idle_seconds = 1
    (article,) = ingest.pasted_article(TEXT, title="Test", published=dt.date(2022, 2, 2))
    result = ingest.extract_batch(ingest.prepare([article], default_date=None))
    assert "Emmanuel Macron" in set(result.tables.statements["speaker"])
    assert short_lived_worker.running and len(worker_processes()) == 1
    deadline = time.monotonic() + 30
    while (short_lived_worker.running or worker_processes()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not short_lived_worker.running and worker_processes() == []


def test_the_worker_outlives_the_thread_that_started_it(short_lived_worker):
    """Streamlit runs each script in a thread that ends after the run; the worker it started must stay for
    the next run (Linux's parent-death signal fires when the creating thread exits, so it is not used)."""
    short_lived_worker.idle_seconds = 60
    (article,) = ingest.pasted_article(TEXT, title="Test", published=dt.date(2022, 2, 2))
    prepared = ingest.prepare([article], default_date=None)
    thread = threading.Thread(target=ingest.extract_batch, args=(prepared,))
    thread.start()
    thread.join()
    before = worker_processes()
    time.sleep(1.5)
    assert before and worker_processes() == before
    result = ingest.extract_batch(prepared)
    assert "Emmanuel Macron" in set(result.tables.statements["speaker"])
    assert worker_processes() == before  # the same process served the second run
