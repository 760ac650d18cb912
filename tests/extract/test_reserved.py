"""The reserved-article list: read as data, matched by URL or file name."""
from __future__ import annotations

import pytest

from extract.reserved import is_reserved, require_reserved_list, reserved_keys


@pytest.fixture()
def listing(tmp_path):
    path = tmp_path / "eval-reserved.txt"
    path.write_text("# a comment\n\nhttps://news.example/a-story\n20220101T000000Z_XX_en_abc.txt\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("key, expected", [
    ("https://news.example/a-story", True),
    ("https://news.example/another-story", False),
    ("20220101T000000Z_XX_en_abc.txt", True),
    ("corpus/gdelt/20220101T000000Z_XX_en_abc.txt", True),
    ("# a comment", False),
])
def test_reserved_articles_are_matched_by_url_or_file_name(listing, key, expected):
    assert is_reserved(key, listing) is expected


def test_a_missing_list_reserves_nothing(tmp_path):
    assert reserved_keys(tmp_path / "absent.txt") == frozenset()


@pytest.mark.parametrize("shared, listed, refused", [
    (True, False, True),  # the shared corpus without its list: refused
    (True, True, False),
    (False, False, False),  # a corpus of one's own needs no list
])
def test_a_shared_corpus_is_not_read_without_its_reserved_list(tmp_path, shared, listed, refused):
    corpus = tmp_path / "corpus" / "news"
    corpus.mkdir(parents=True)
    if shared:
        (tmp_path / "corpus" / "SOURCES.md").write_text("sources", encoding="utf-8")
    listing = tmp_path / "eval-reserved.txt"
    if listed:
        listing.write_text("a.txt\n", encoding="utf-8")
    if refused:
        with pytest.raises(SystemExit):
            require_reserved_list(corpus, listing)
    else:
        require_reserved_list(corpus, listing)
