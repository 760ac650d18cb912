"""Validates the hand-made gold annotations in `tests/gold/*.json` (schema, vocabularies, offsets, hashes).

The gold files score the extractor (`python -m extract.evaluate`), so a broken offset or a typo in a
vocabulary would silently distort every score. Corpus articles are checked against their text only when
`../shared/corpus` exists next to the repository; the seed article is always checked.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pycountry
import pytest

from extract.schema import DATE_PRECISIONS, EVENT_KINDS, MOVEMENT_STATUSES, SPEAKER_TYPES, STATEMENT_KINDS

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold"
SEEDS_DIR = REPO / "seeds"
CORPUS_CSV = REPO.parent / "shared" / "corpus" / "r2nery-ukraine-media" / "articles_2021-11_2022-03.csv"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))

ACTS = ("say", "warn", "deny", "accuse", "announce", "agree", "threaten", "demand", "propose", "urge", "ask",
        "promise", "confirm", "reject", "criticise", "call", "meet", "talk", "visit")
EVENT_ACT = {"call": "call", "meeting": "meet", "talks": "talk", "visit": "visit"}
QUALIFIERS = ("exact", "about", "nearly", "more than", "up to", "at least", "fewer than", "range")
ORGANISATION_CODES = ("NATO", "EU", "UN", "OSCE")
OUTLETS = ("mirror.co.uk", "express.co.uk", "nytimes.com", "cnn.com", "abcnews.go.com", "cbsnews.com", "foxnews.com",
           "huffpost.com", "whitehouse.gov", "kremlin.ru", "president.gov.ua", "gdelt-PL", "gdelt-UA", "gdelt-BY",
           "gdelt-GB", "gdelt-US")
GENRES = ("news", "readout", "transcript", "release", "regional")
SOURCE_KEYS = {"seeds": {"corpus", "file"}, "r2nery-ukraine-media": {"corpus", "url"},
               "whitehouse-briefings": {"corpus", "file"}, "hellaskella33-gdelt-articles": {"corpus", "file"},
               "kremlin-zelenskyy-press-releases": {"corpus", "file", "url"}}
HARD_WRAPPED = ("readout", "transcript", "release")  # line breaks inside sentences
MAX_SNIPPET_WORDS = 8

STATEMENT_KEYS = {"speaker", "speaker_type", "speaker_country", "kind", "act", "content_start", "content_end", "snippet",
                  "date", "date_precision", "is_future", "addressees", "note"}
MOVEMENT_KEYS = {"actor", "troops", "troops_qualifier", "troops_text", "force", "destinations", "destination_places",
                 "status", "is_future", "date", "date_precision", "sentence_start", "sentence_end", "snippet", "note"}
MOVEMENT_FLAGS = {"nominal", "equipment_only"}  # see GUIDELINES.md, "Other genres"
TOP_KEYS = {"article_id", "source", "published", "outlet", "title", "text_sha1", "statements", "movements", "notes"}
NEW_TOP_KEYS = TOP_KEYS | {"part", "genre"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _is_code(code: str | None) -> bool:
    return code in ORGANISATION_CODES or (isinstance(code, str) and pycountry.countries.get(alpha_3=code) is not None)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


@pytest.fixture(scope="session")
def corpus_texts():
    """A reader of the gold texts (`extract.evaluate.GoldTexts`); None when ../shared/corpus is absent."""
    if not CORPUS_CSV.exists():
        return None
    from extract.evaluate import GoldTexts

    return GoldTexts()


@pytest.fixture(params=GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def gold(request) -> dict:
    return _load(request.param) | {"_path": request.param}


def _text_of(gold: dict, corpus_texts) -> str:
    source = gold["source"]
    if source["corpus"] == "seeds":
        return (SEEDS_DIR / source["file"]).read_text(encoding="utf-8")
    if corpus_texts is None:
        pytest.skip("../shared/corpus is absent: corpus articles cannot be checked against their text")
    text = corpus_texts(source)
    assert text is not None, f"{source} is not in the corpus"
    return text


def test_there_are_enough_gold_articles():
    ids = [_load(p)["article_id"] for p in GOLD_FILES]
    assert "000_f10cf6ce6e030c01" in ids
    assert len(ids) >= 60
    assert len(set(ids)) == len(ids)


def test_the_validation_part_is_large_and_half_beyond_news():
    golds = [_load(p) for p in GOLD_FILES]
    validation = [g for g in golds if g.get("part") == "validation"]
    assert len(validation) >= 20
    assert sum(g["genre"] != "news" for g in validation) >= len(validation) / 2


def test_guidelines_list_every_article():
    guidelines = (GOLD_DIR / "GUIDELINES.md").read_text(encoding="utf-8")
    missing = [p.stem for p in GOLD_FILES if f"`{p.stem}`" not in guidelines]
    assert missing == []


def test_top_level_fields(gold):
    assert set(gold) - {"_path"} in (TOP_KEYS, NEW_TOP_KEYS)
    assert gold.get("part", "dev") in ("dev", "validation") and gold.get("genre", "news") in GENRES
    assert gold["article_id"] == gold["_path"].stem
    assert set(gold["source"]) == SOURCE_KEYS[gold["source"]["corpus"]]
    published = _day(gold["published"])
    assert dt.date(2021, 11, 1) <= published <= dt.date(2022, 3, 31)
    if gold["source"]["corpus"] != "seeds":
        assert gold["outlet"] in OUTLETS
        source = gold["source"]
        if "url" in source:
            assert gold["outlet"] in source["url"]
        elif source["corpus"] == "hellaskella33-gdelt-articles":
            assert gold["outlet"] == "gdelt-" + source["file"].split("_")[1]
        else:
            assert (source["corpus"], gold["outlet"]) == ("whitehouse-briefings", "whitehouse.gov")
    assert len(gold["text_sha1"]) == 40 and int(gold["text_sha1"], 16) >= 0
    assert gold["title"].strip() or gold["source"]["corpus"] == "hellaskella33-gdelt-articles"  # those files have none
    assert isinstance(gold["statements"], list) and isinstance(gold["movements"], list)


def _check_date(row: dict, published: dt.date) -> None:
    assert row["date_precision"] in DATE_PRECISIONS and row["date_precision"] != "none"
    date = _day(row["date"])
    assert dt.date(2014, 1, 1) <= date <= dt.date(2022, 12, 31)
    if row["date_precision"] == "published":
        assert date == published
    if row["date_precision"] == "week":
        assert date.weekday() == 0, "a week date is the Monday of that week"


def test_statement_rows_use_the_vocabularies(gold):
    published = _day(gold["published"])
    for row in gold["statements"]:
        assert set(row) == STATEMENT_KEYS, row
        assert row["kind"] in STATEMENT_KINDS
        assert row["act"] in ACTS
        if row["kind"] in EVENT_KINDS:
            assert row["act"] == EVENT_ACT[row["kind"]], row
        else:
            assert row["act"] not in EVENT_ACT.values(), row
        assert row["speaker_type"] in (*SPEAKER_TYPES, "anonymous")
        assert row["speaker"].strip() == row["speaker"] and row["speaker"]
        if row["speaker_type"] == "anonymous":
            assert row["speaker"] == "anonymous" and row["speaker_country"] is None, row
        elif row["speaker_type"] != "person" or row["speaker_country"] is not None:
            assert _is_code(row["speaker_country"]), row
        assert isinstance(row["is_future"], bool)
        assert isinstance(row["addressees"], list) and all(isinstance(a, str) and a for a in row["addressees"])
        assert _speaker_not_own_addressee(row)
        assert 0 <= row["content_start"] < row["content_end"]
        assert 0 < len(row["snippet"].split()) <= MAX_SNIPPET_WORDS
        _check_date(row, published)


def _speaker_not_own_addressee(row: dict) -> bool:
    return row["speaker"] not in row["addressees"]


def test_movement_rows_use_the_vocabularies(gold):
    published = _day(gold["published"])
    for row in gold["movements"]:
        assert MOVEMENT_KEYS <= set(row) <= MOVEMENT_KEYS | MOVEMENT_FLAGS, row
        assert all(isinstance(row[flag], bool) for flag in MOVEMENT_FLAGS & set(row)), row
        assert row["actor"] is None or _is_code(row["actor"]), row
        assert row["status"] in MOVEMENT_STATUSES
        assert isinstance(row["is_future"], bool)
        if row["troops"] is None:
            assert row["troops_qualifier"] is None, row
        else:
            assert isinstance(row["troops"], int) and row["troops"] > 0
            assert row["troops_qualifier"] in QUALIFIERS and row["troops_text"], row
        assert isinstance(row["troops_text"], str) and isinstance(row["force"], str) and row["force"]
        assert all(_is_code(code) for code in row["destinations"]), row
        assert all(isinstance(place, str) and place for place in row["destination_places"])
        assert 0 <= row["sentence_start"] < row["sentence_end"]
        assert 0 < len(row["snippet"].split()) <= MAX_SNIPPET_WORDS
        _check_date(row, published)


def test_no_duplicate_rows(gold):
    statements = [(r["speaker"], r["kind"], r["content_start"], r["content_end"]) for r in gold["statements"]]
    movements = [(r["actor"], r["force"], tuple(r["destinations"]), r["status"], r["sentence_start"]) for r in gold["movements"]]
    assert len(set(statements)) == len(statements)
    assert len(set(movements)) == len(movements)


def test_text_hash_matches(gold, corpus_texts):
    text = _text_of(gold, corpus_texts)
    assert hashlib.sha1(text.encode("utf-8")).hexdigest() == gold["text_sha1"]


def test_statement_offsets_and_snippets(gold, corpus_texts):
    text = _text_of(gold, corpus_texts)
    for row in gold["statements"]:
        assert row["content_end"] <= len(text)
        content = text[row["content_start"]:row["content_end"]]
        assert content == content.strip(), row
        words = row["snippet"].split()
        assert content.split()[:len(words)] == words, (row, content[:80])


def test_movement_offsets_and_snippets(gold, corpus_texts):
    text = _text_of(gold, corpus_texts)
    for row in gold["movements"]:
        assert row["sentence_end"] <= len(text)
        sentence = text[row["sentence_start"]:row["sentence_end"]]
        assert ("\n" not in sentence or gold.get("genre") in HARD_WRAPPED) and sentence == sentence.strip(), row
        words = row["snippet"].split()
        assert sentence.split()[:len(words)] == words, (row, sentence[:80])
        assert row["troops_text"] in sentence, row


def test_seed_expectations_of_the_lead():
    """The seed cases the project lead named when ordering the gold set."""
    seed = _load(GOLD_DIR / "000_f10cf6ce6e030c01.json")
    text = (SEEDS_DIR / "000_f10cf6ce6e030c01.txt").read_text(encoding="utf-8")

    def statement(start_words: str) -> dict:
        rows = [r for r in seed["statements"] if text[r["content_start"]:r["content_end"]].startswith(start_words)]
        assert rows, start_words
        return rows[0]

    call = next(r for r in seed["statements"] if r["kind"] == "call" and "Joe Biden" in r["addressees"])
    assert (call["speaker"], call["date"]) == ("Emmanuel Macron", "2022-02-02")
    assert (statement("Depending on the progress")["speaker"], statement("Depending on the progress")["date"]) == ("Emmanuel Macron", "2022-02-02")
    assert statement("France is ready to commit")["speaker"] == "Jean-Yves Le Drian"
    assert statement("France is ready to commit")["date"] == "2022-02-02"
    meeting = statement("will meet in Bucharest")
    assert (meeting["kind"], meeting["date"], meeting["is_future"]) == ("meeting", "2022-02-03", True)
    assert statement("plans to invade")["speaker"] == "Russia"
    movements = {(m["actor"], m["troops"], tuple(m["destinations"]), m["status"]) for m in seed["movements"]}
    assert {("RUS", 100000, ("UKR",), "deployed"), ("USA", 3000, ("POL", "ROU"), "announced"),
            ("NATO", 4000, ("ROU",), "stationed"), ("USA", None, ("ROU", "BGR"), "stationed"),
            ("FRA", None, ("ROU",), "planned"), ("NATO", 1000, ("ROU",), "planned")} <= movements
