"""Tests for extract.urls and where the readers use it: only http(s) links with a host are kept."""
from __future__ import annotations

import pytest

from extract.readers import articles_from_records, read_inputs
from extract.records import Article, InputProblem
from extract.urls import safe_url


@pytest.mark.parametrize("value, expected", [
    ("https://example.org/news/1", "https://example.org/news/1"),
    ("http://example.org", "http://example.org"),
    ("  https://example.org/a\n", "https://example.org/a"),
    ("HTTPS://Example.ORG/Path?Q=1#Top", "https://example.org/Path?Q=1#Top"),
    ("https://example.org/a b\"<c>", "https://example.org/a%20b%22%3Cc%3E"),
    ("https://example.org:8443/x", "https://example.org:8443/x"),
    ("https://example.org/caf%C3%A9?a=1&b=2", "https://example.org/caf%C3%A9?a=1&b=2"),
    ("ht\ntps://example.org/x", "https://example.org/x"),  # browsers drop newlines and tabs anywhere
    ("javascript:alert(1)", ""),
    ("JaVaScRiPt:alert(1)", ""),
    ("java\tscript:alert(1)", ""),
    ("\x01 javascript:alert(1)", ""),
    ("data:text/html,<script>alert(1)</script>", ""),
    ("vbscript:msgbox(1)", ""),
    ("file:///etc/passwd", ""),
    ("ftp://example.org/file", ""),
    ("www.example.org/news", ""),  # no scheme: not a link (the dashboard would make it a relative one)
    ("//example.org/news", ""),
    ("https:evil.example", ""),
    ("https:\\\\evil.example", ""),
    ("https://", ""),
    ("https://exa mple.org/", ""),
    ("https://www.bbc.co.uk@evil.example/", ""),  # a user name hides the real host
    ("https://example.org:port/", ""),
    ("", ""),
    (None, ""),
    (float("nan"), ""),
])
def test_safe_url(value, expected):
    assert safe_url(value) == expected


@pytest.mark.parametrize("url, kept, warning", [
    ("https://example.org/a", "https://example.org/a", None),
    (" https://example.org/a ", "https://example.org/a", None),
    ("", "", None),
    ("javascript:alert(1)", "",
     "warning: record 1: url 'javascript:alert(1)' is not an http(s) link; processed without a url"),
    ("java\tscript:alert(1)", "",
     "warning: record 1: url 'java\\tscript:alert(1)' is not an http(s) link; processed without a url"),
    ("data:text/html,x", "", "warning: record 1: url 'data:text/html,x' is not an http(s) link; processed without a url"),
])
def test_records_keep_only_http_links_and_warn(url, kept, warning):
    items = list(articles_from_records([{"id": "a1", "url": url, "text": "Some text."}]))
    assert [x.message for x in items if isinstance(x, InputProblem)] == ([warning] if warning else [])
    (article,) = [x for x in items if isinstance(x, Article)]
    assert article.url == kept and article.text == "Some text."


def test_front_matter_url_is_checked_too(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\nid: a\nurl: \"JaVaScRiPt:alert(1)\"\n---\nSome text.\n", encoding="utf-8")
    warning, article = read_inputs([path])
    assert warning == InputProblem(str(path), "warning: url 'JaVaScRiPt:alert(1)' is not an http(s) link; processed without a url", "a")
    assert article.url == "" and article.article_id == "a"


def test_long_bad_url_is_shortened_in_the_warning():
    items = list(articles_from_records([{"url": "data:" + "x" * 200, "text": "Some text."}]))
    assert items[0].message == f"warning: record 1: url {'data:' + 'x' * 74 + '…'!r} is not an http(s) link; processed without a url"


def test_article_objects_given_to_the_api_keep_only_http_links():
    from extract.readers import articles_from_records

    items = list(articles_from_records([Article("a", "Text.", url="javascript:alert(1)"),
                                        Article("b", "Text.", url="https://example.org/b", origin="x.txt")]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    articles = [i for i in items if isinstance(i, Article)]
    assert [(a.article_id, a.url, a.origin) for a in articles] == [("a", "", "api"), ("b", "https://example.org/b", "x.txt")]
    assert [(p.article_id, p.message) for p in problems] == [
        ("a", "warning: record 1: url 'javascript:alert(1)' is not an http(s) link; processed without a url")]
