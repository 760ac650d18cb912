
import pandas as pd
import pytest

from dashboard.context import article_text, input_text, sentence_context

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


def test_article_text_prefers_the_session_text():
    articles = pd.DataFrame({"article_id": ["x"], "origin": ["seeds/missing.txt"]})
    assert article_text("x", articles, {"x": "session text"}) == "session text"
    assert article_text("x", articles, {}) is None
    assert article_text("nope", articles) is None
