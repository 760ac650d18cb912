from pathlib import Path

import pandas as pd
import pytest

from dashboard.context import article_text, local_text, sentence_context

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


def test_local_text_reads_only_text_files_inside_the_root(tmp_path):
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    (root / "seeds" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    assert local_text("seeds/a.txt", (root,)) == TEXT
    assert local_text("../outside.txt", (root,)) is None
    assert local_text(str(tmp_path / "outside.txt"), (root,)) is None
    assert local_text("seeds/b.html", (root,)) is None
    assert local_text(None, (root,)) is None


def test_article_text_prefers_the_session_text():
    articles = pd.DataFrame({"article_id": ["x"], "origin": ["seeds/missing.txt"]})
    assert article_text("x", articles, {"x": "session text"}) == "session text"
    assert article_text("x", articles, {}) is None
    assert article_text("nope", articles) is None
