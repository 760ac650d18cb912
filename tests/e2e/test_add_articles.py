"""Add articles in a real browser: what the uploader refuses before the server sees it, and what the page says.

The browser enforces the uploader's size limit itself (the file turns red, the reason shows on hover), so
this can only be checked in Chromium, not with AppTest. Skips when /usr/bin/chromium is missing.
"""
from __future__ import annotations

import re

import pytest

from dashboard import config
from dashboard.browser import CHROMIUM, PageWatch, exceptions_on_page, launch, running_server, wait_app_idle
from dashboard.synthetic import write_tables

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")
MB = 1024 * 1024


@pytest.fixture(scope="module")
def add_page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    data = tmp_path_factory.mktemp("e2e-add")
    write_tables(data, 50, 10, seed=5)
    # a disconnected session may resume for 2 s only (120 by default): `test_an_ended_session_is_freed...`
    with running_server(data, env={"STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": "2"}) as server, sync_playwright() as p:
        browser = launch(p)
        try:
            yield browser, server
        finally:
            browser.close()


def new_page(browser, server):
    """A fresh page that refuses requests leaving the machine. Unlike `browser.new_page`, requests to the
    server are not routed through Playwright at all: a routed upload of 1 MB did not finish in 20 s."""
    page = browser.new_context(viewport={"width": 1440, "height": 1000}, service_workers="block").new_page()
    watch = PageWatch()
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))

    def refuse(route):
        watch.external.append(route.request.url)
        route.abort()

    page.route(re.compile(rf"^(?!{re.escape(server.url)}/|data:|blob:)"), refuse)  # matched by the driver, not here
    return page, watch


def upload_and_extract(add_page, name: str, size: int):
    """A fresh Add articles page; upload `name` of `size` bytes, press Extract; the page and its watch."""
    browser, server = add_page
    page, watch = new_page(browser, server)
    page.goto(server.url + "/Add_articles")
    wait_app_idle(page)
    page.get_by_role("tab", name="Upload files").click()
    line = b'{"text": "Russia moved more troops to the border on Monday, officials said."}\n'
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(
        {"name": name, "mimeType": "application/json", "buffer": line * (size // len(line))})
    page.wait_for_timeout(1500)  # the upload (or its refusal) settles
    page.locator("[data-testid=stFormSubmitButton] button").click()
    page.wait_for_selector("[data-testid=stAlertContentError], [data-testid=stAlertContentWarning]", timeout=60_000)
    wait_app_idle(page)
    return page, watch


def test_a_file_over_the_file_limit_is_refused_by_name_with_the_reason(add_page):
    page, watch = upload_and_extract(add_page, "big batch.jsonl", 3 * MB)
    try:
        assert page.locator("[data-testid=stAlertContentError]").inner_text().strip().endswith("Not added (input: reason, where):")
        text = page.locator("[data-testid=stText]").inner_text()
        assert text.startswith("big batch.jsonl: not read: the file has 3.0 MB and a file may have at most "
                               f"{config.MAX_FILE_MB} MB"), text
        assert exceptions_on_page(page) == [] and watch.errors == []
    finally:
        page.context.close()


def test_a_file_the_uploader_refuses_is_explained_after_extract(add_page):
    page, watch = upload_and_extract(add_page, "huge.jsonl", (config.MAX_UPLOAD_MB + 1) * MB)
    try:
        warning = page.locator("[data-testid=stAlertContentWarning]").inner_text()
        assert "no file reached the server" in warning and f"over {config.MAX_UPLOAD_MB} MB" in warning, warning
        assert "Paste a text or choose files first" not in warning
        assert exceptions_on_page(page) == [] and watch.errors == []
    finally:
        page.context.close()


def uploaded_bytes(server) -> int:
    """Bytes of uploaded files the server holds, from Streamlit's metrics endpoint."""
    import re
    import urllib.request

    with urllib.request.urlopen(server.url + "/_stcore/metrics", timeout=10) as response:
        text = response.read().decode()
    return sum(int(float(n)) for n in re.findall(r'cache_memory_bytes\{cache_type="UploadedFileManager"[^}]*\} (\S+)', text))


def test_an_ended_session_is_freed_with_its_uploads(add_page):
    """Streamlit forgets a session disconnected for longer than `server.disconnectedSessionTTL` without shutting
    it down, so its uploads stayed in memory for good; the janitor frees them (and the session's state)."""
    import time

    browser, server = add_page
    page, _ = new_page(browser, server)
    page.goto(server.url + "/Add_articles")
    wait_app_idle(page)
    page.get_by_role("tab", name="Upload files").click()
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(
        {"name": "kept.txt", "mimeType": "text/plain", "buffer": b"Russia moved troops. " * 5_000})
    deadline = time.monotonic() + 60
    while uploaded_bytes(server) < 105_000 and time.monotonic() < deadline:
        time.sleep(0.3)
    assert uploaded_bytes(server) == 105_000  # uploaded, not extracted: Streamlit holds it for the session
    freed_before = server.log.read_text().count("ended session(s)")
    page.context.close()
    deadline = time.monotonic() + 30  # TTL 2 s, then the janitor's next check (every 2 s)
    while uploaded_bytes(server) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert uploaded_bytes(server) == 0
    assert server.log.read_text().count("ended session(s)") > freed_before
