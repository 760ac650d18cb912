
import pandas as pd
import pytest

from dashboard.context import (Context, article_text, attribution, input_text, sentence_context, shipped_text,
                               source_note)
from extract.schema import to_frame

TEXT = "Title\n\nFirst sentence. Macron said he may visit Moscow. Last one.\n\nNext paragraph."
S = TEXT.index("Macron")
E = TEXT.index("Moscow.") + len("Moscow.")
ROW = {"sentence": TEXT[S:E], "sentence_start": S, "sentence_end": E,
       "paragraph_start": TEXT.index("First"), "paragraph_end": TEXT.index("one.") + 4}


def test_sentence_in_its_paragraph():
    ctx = sentence_context(ROW, TEXT)
    assert (ctx.before, ctx.sentence, ctx.after, ctx.exact) == ("First sentence. ", "Macron said he may visit Moscow.", " Last one.", True)


@pytest.mark.parametrize("text", [None, "A different article text entirely, long enough to slice into." * 2])
def test_sentence_alone_when_text_missing_or_offsets_do_not_match(text):
    ctx = sentence_context(ROW, text)
    assert (ctx.before, ctx.sentence, ctx.after, ctx.exact) == ("", "Macron said he may visit Moscow.", "", False)


def test_input_text_reads_files_inside_the_root_as_the_build_did(tmp_path):
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text("---\ntitle: A\npublished: 2022-02-02\n---\n" + TEXT, encoding="utf-8")
    (tmp_path / "outside.txt").write_text(TEXT, encoding="utf-8")
    text = input_text("seeds/a.txt", "a", (root,))
    assert text == TEXT  # the front matter is not part of the article text
    assert sentence_context(ROW, text).exact
    assert input_text("../outside.txt", "outside", (root,)) is None
    assert input_text(str(tmp_path / "outside.txt"), "outside", (root,)) is None
    assert input_text("https://example.org/a.txt", "a", (root,)) is None
    assert input_text(None, "a", (root,)) is None


KREMLIN = "CC BY 4.0 · President of Russia, en.kremlin.ru"
UKRAINE = "CC BY 4.0 · President of Ukraine, president.gov.ua"
WHITE_HOUSE = "US government work (public domain) · The White House, whitehouse.gov"
NEWS = "publisher's copyright: rows only"


@pytest.fixture
def data_dir(tmp_path):
    """A data folder whose `texts.parquet` holds two shipped texts (invented)."""
    to_frame([{"article_id": "kr1", "text": TEXT}, {"article_id": "wh1", "text": "Another invented text."}],
             "texts").to_parquet(tmp_path / "texts.parquet", index=False)
    return tmp_path


@pytest.mark.parametrize("article_id, expected", [("kr1", TEXT), ("wh1", "Another invented text."), ("news1", None)])
def test_shipped_text_reads_one_article_from_the_texts_table(data_dir, article_id, expected):
    assert shipped_text(article_id, data_dir) == expected


def test_no_texts_table_means_no_shipped_text(tmp_path):
    assert shipped_text("kr1", tmp_path) is None


@pytest.mark.parametrize("article_id, session, expected", [
    ("x", {"x": "session text"}, "session text"),  # this session's own article first
    ("kr1", {"kr1": "session text"}, "session text"),
    ("kr1", {}, TEXT),  # then the shipped texts
    ("x", {}, None),  # its input file is not there
    ("nope", None, None),
])
def test_article_text_prefers_the_session_then_the_shipped_texts(data_dir, article_id, session, expected):
    articles = pd.DataFrame({"article_id": ["x", "kr1"], "origin": ["seeds/missing.txt", "corpus/kremlin.csv:3"]})
    assert article_text(article_id, articles, session, data_dir=data_dir) == expected


@pytest.mark.parametrize("licence, expected", [
    (KREMLIN, "President of Russia, en.kremlin.ru · CC BY 4.0"),
    (UKRAINE, "President of Ukraine, president.gov.ua · CC BY 4.0"),
    (WHITE_HOUSE, "The White House, whitehouse.gov · US government work (public domain)"),
    (NEWS, ""), (None, ""), (pd.NA, ""), ("", ""), ("something else", ""),
])
def test_attribution_names_the_source_and_its_licence(licence, expected):
    assert attribution(licence) == expected


EXACT, ALONE = Context("a ", "b", " c", True), Context("", "b", "", False)


@pytest.mark.parametrize("ctx, licence, url, expected", [
    (EXACT, KREMLIN, "https://en.kremlin.ru/x", '<div class="uct-note">Text: President of Russia, en.kremlin.ru · CC BY 4.0 '
     '(<a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener">licence</a>)</div>'),
    (EXACT, WHITE_HOUSE, None, '<div class="uct-note">Text: The White House, whitehouse.gov · US government work (public domain)</div>'),
    (EXACT, None, "https://example.org/own", ""),  # one's own input: nothing to credit
    (EXACT, pd.NA, None, ""),  # the licence column is empty (pd.NA) for one's own inputs
    (ALONE, NEWS, "https://example.org/a?x=1&y=\"2\"", '<div class="uct-note">Only the sentence is shown here: '
     '<a href="https://example.org/a?x=1&amp;y=%222%22" target="_blank" rel="noopener">full text at the publisher ↗</a></div>'),
    (ALONE, NEWS, "javascript:alert(1)", '<div class="uct-note">(The article text is not available here: the sentence is shown alone.)</div>'),
    (ALONE, NEWS, None, '<div class="uct-note">(The article text is not available here: the sentence is shown alone.)</div>'),
])
def test_source_note_credits_shipped_texts_and_links_news_to_the_publisher(ctx, licence, url, expected):
    assert source_note(ctx, licence, url) == expected
