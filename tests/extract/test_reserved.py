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


def test_the_list_is_found_beside_the_corpus_whatever_folder_the_code_runs_from(tmp_path):
    corpus = tmp_path / "elsewhere" / "shared" / "corpus"
    (corpus / "news").mkdir(parents=True)
    (corpus / "SOURCES.md").write_text("sources", encoding="utf-8")
    listing = corpus.parent / "eval-reserved.txt"
    listing.write_text("https://news.example/a-story\n", encoding="utf-8")
    found = require_reserved_list(corpus / "news")
    assert found == listing and is_reserved("https://news.example/a-story", found)


def test_the_samplers_refuse_a_shared_corpus_without_its_list(tmp_path):
    from extract.sample import genre_articles, unseen_articles

    corpus = tmp_path / "shared" / "corpus"
    (corpus / "news").mkdir(parents=True)
    (corpus / "SOURCES.md").write_text("sources", encoding="utf-8")
    table = corpus / "news" / "articles.csv"
    table.write_text("Date,URL,Title,Text,text_kind\n2022-02-01,https://news.example/a,T,Text.,full_text\n")
    with pytest.raises(SystemExit):
        unseen_articles(str(table), 1, 0, gold_dir=str(tmp_path))
    with pytest.raises(SystemExit):
        genre_articles("regional", 1, 0, root=corpus, gold_dir=str(tmp_path))
