"""The shared corpus as build input: reserved and off-topic articles left out, licences, shipped texts."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract import cli
from extract.corpus import KREMLIN, NEWS, PUBLIC_DOMAIN, corpus_articles, licence_label, ships_text
from extract.records import Article, InputProblem
from extract.schema import read_table

NEWS_TEXT = "Russia massed troops near Ukraine, officials said on Monday. The talks went on."
WH_TEXT = "---\ntitle: Readout of a call\ndate: '2022-01-03'\n---\nThe President spoke with the President of Ukraine.\n"


@pytest.fixture()
def corpus(tmp_path):
    """A corpus laid out like ../shared/corpus (invented texts), with its reserved list beside it."""
    root = tmp_path / "corpus"
    (root / "r2nery-ukraine-media").mkdir(parents=True)
    (root / "SOURCES.md").write_text("# sources\n")
    pd.DataFrame({"Date": ["2022-01-02", "2022-01-03", "2022-01-04"],
                  "URL": ["https://news.example/a", "https://news.example/reserved", "https://news.example/sport"],
                  "Title": ["Troops", "Reserved", "Football"],
                  "Text": [NEWS_TEXT, "Russia said talks with Ukraine would go on, an aide said.", "The match ended in a draw, the coach said."]}
                 ).to_csv(root / "r2nery-ukraine-media/articles_2021-11_2022-03.csv", index=False)
    wh = root / "whitehouse-briefings/statements-releases/2022-01"
    wh.mkdir(parents=True)
    (wh / "2022-01-03-readout.md").write_text(WH_TEXT)
    gdelt = root / "hellaskella33-gdelt-articles/articles"
    gdelt.mkdir(parents=True)
    (gdelt / "20220126T101500Z_PL_en_0123456789.txt").write_text("Poland's president said Russia must withdraw its troops.\n")
    releases = root / "kremlin-zelenskyy-press-releases"
    releases.mkdir()
    pd.DataFrame({"link": ["http://kremlin.example/1"], "headline": ["Telephone conversation"], "date": ["2022-01-05"],
                  "location": [""], "summary": [""], "body": ["Vladimir Putin had a telephone conversation with Emmanuel Macron."]}
                 ).to_csv(releases / "putin_2021-11_2022-03.csv", index=False)
    (tmp_path / "eval-reserved.txt").write_text("# reserved\nhttps://news.example/reserved\n")
    return root


def _read(corpus):
    items = list(corpus_articles(corpus))
    return [a for a in items if isinstance(a, Article)], [p for p in items if isinstance(p, InputProblem)]


def test_reserved_and_off_topic_news_are_left_out_and_reported(corpus):
    articles, problems = _read(corpus)
    urls = {a.url for a in articles}
    assert "https://news.example/a" in urls
    assert "https://news.example/reserved" not in urls and "https://news.example/sport" not in urls
    assert any("2 articles left out" in p.message for p in problems)


@pytest.mark.parametrize("origin_part, licence", [
    ("r2nery-ukraine-media", NEWS), ("whitehouse-briefings", PUBLIC_DOMAIN),
    ("putin_2021-11_2022-03.csv", KREMLIN), ("hellaskella33-gdelt-articles", NEWS),
])
def test_each_source_carries_its_licence(corpus, origin_part, licence):
    articles, _ = _read(corpus)
    found = [a for a in articles if origin_part in a.origin]
    assert found and {a.licence for a in found} == {licence_label(licence)}
    assert all(a.origin.startswith("corpus/") for a in found)  # no path of the building machine


@pytest.mark.parametrize("origin_part, source", [
    ("whitehouse-briefings", "The White House"), ("putin_2021-11_2022-03.csv", "President of Russia"),
    ("hellaskella33-gdelt-articles", ""),  # no outlet known: left empty, never guessed
])
def test_a_government_text_names_its_publisher_as_source(corpus, origin_part, source):
    articles, _ = _read(corpus)
    assert {a.source for a in articles if origin_part in a.origin} == {source}


def test_a_gdelt_piece_is_dated_by_its_file_name(corpus):
    articles, _ = _read(corpus)
    (piece,) = [a for a in articles if "gdelt" in a.origin]
    assert piece.published == dt.date(2022, 1, 26)


@pytest.mark.parametrize("licence, ships", [
    (PUBLIC_DOMAIN, True), (KREMLIN, True), (NEWS, False),
])
def test_only_licensed_texts_ship(licence, ships):
    assert ships_text(licence_label(licence)) is ships
    assert ships_text("") is False and ships_text(None) is False


def test_a_folder_that_is_not_the_shared_corpus_is_reported(tmp_path):
    (problem,) = list(corpus_articles(tmp_path))
    assert "not the shared corpus" in problem.message


def test_a_corpus_without_its_reserved_list_is_refused(corpus, tmp_path):
    (tmp_path / "eval-reserved.txt").unlink()
    with pytest.raises(SystemExit, match="refusing"):
        _read(corpus)


def test_build_ships_texts_only_where_the_licence_allows(corpus, tmp_path, pipeline):
    out = tmp_path / "out"
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out), "--quiet"]) == 0
    articles = read_table(out / "articles.parquet", "articles")
    texts = read_table(out / "texts.parquet", "texts")
    shipped = set(articles.loc[articles["licence"].map(ships_text), "article_id"])
    assert set(texts["article_id"]) == shipped and len(shipped) == 2  # the readout and the Kremlin release
    assert NEWS_TEXT not in set(texts["text"])
    assert len(articles) == 4
