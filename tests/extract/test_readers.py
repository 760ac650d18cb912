"""Tests for extract.readers: every input format into Articles, with clear problems for bad input."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extract.readers import articles_from_records, decode, parse_published, read_inputs, stable_id
from extract.records import Article, InputProblem

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "inputs"
D = dt.date


def articles(items) -> dict[str, Article]:
    return {x.article_id: x for x in items if isinstance(x, Article)}


def problems(items) -> list[tuple[str, str]]:
    return [(x.origin, x.message) for x in items if isinstance(x, InputProblem)]


def rel(origin: str) -> str:
    return origin.replace(str(FIXTURES) + "/", "")


# --- parse_published / stable_id ----------------------------------------------------------------
@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-02-02", D(2022, 2, 2)),
        (" 2022-02-02 ", D(2022, 2, 2)),
        ("2022-02-02T23:30:00Z", D(2022, 2, 2)),
        ("2022-02-02T23:30:00-05:00", D(2022, 2, 2)),
        ("2022-02-02 10:00:00", D(2022, 2, 2)),
        (dt.datetime(2022, 2, 3, 4, 5), D(2022, 2, 3)),
        (D(2022, 2, 4), D(2022, 2, 4)),
        (None, None),
        ("", None),
        (float("nan"), None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value, message",
    [
        ("31/31/2022", "unreadable date '31/31/2022': expected YYYY-MM-DD or an ISO 8601 date-time"),
        ("yesterday", "unreadable date 'yesterday': expected YYYY-MM-DD or an ISO 8601 date-time"),
        ("2022-02-30", "unreadable date '2022-02-30': day is out of range for month"),
        ("Feb 2, 2022", "unreadable date 'Feb 2, 2022': expected YYYY-MM-DD or an ISO 8601 date-time"),
        (20220202, "unreadable date 20220202: expected YYYY-MM-DD or an ISO 8601 date-time"),
    ],
)
def test_parse_published_rejects(value, message):
    with pytest.raises(ValueError) as info:
        parse_published(value)
    assert str(info.value) == message


def test_stable_id():
    assert stable_id("Troops moved.") == stable_id("Troops moved.")
    assert stable_id("Troops moved.") != stable_id("Troops moved")
    assert len(stable_id("x")) == 16 and int(stable_id("x"), 16) >= 0
    assert stable_id("abc") == "a9993e364706816a"  # sha1("abc")[:16]


# --- the fixture folder ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fixture_items():
    return list(read_inputs([FIXTURES]))


def test_folder_articles(fixture_items):
    found = articles(fixture_items)
    assert sorted(found) == sorted(
        ["c1", "ca8756c1c288d429", "c3", "j1", "6dca18394ef2572f", "j6", "alpha", "beta-article", "gamma", "delta", "page", "page_nodate"]
    )
    summary = {
        k: (a.title, a.published, a.url, a.source, rel(a.origin)) for k, a in found.items()
    }
    assert summary == {
        "c1": ("First row", D(2022, 2, 1), "https://example.org/c1", "Example Daily", "batch.csv:2"),
        "ca8756c1c288d429": ("No id here", D(2022, 2, 2), "", "Example Daily", "batch.csv:3"),
        "c3": ("Third row", None, "", "", "batch.csv:5"),
        "j1": ("Talks in Geneva", D(2022, 1, 10), "https://example.org/j1", "Example Wire", "batch.jsonl:1"),
        "6dca18394ef2572f": ("No id given", D(2022, 1, 11), "", "", "batch.jsonl:2"),
        "j6": ("", None, "", "", "batch.jsonl:7"),
        # manifest title and source; first line is not the title because the manifest gives one
        "alpha": ("Title from the manifest", D(2022, 1, 20), "", "Manifest Wire", "folder/alpha.txt"),
        # front matter wins over the manifest; the manifest still fills `source`
        "beta-article": ("Front matter title", D(2022, 1, 22), "https://example.org/beta", "Manifest Wire", "folder/beta.md"),
        "gamma": ("", None, "", "", "folder/gamma.txt"),
        "delta": ("", None, "", "", "folder/sub/delta.txt"),
        "page": ("Alliance sends jets to the Baltic", D(2022, 1, 24), "", "Example News", "page.html"),
        "page_nodate": ("An undated statement", None, "", "", "page_nodate.html"),
    }


def test_folder_problems(fixture_items):
    assert [(rel(o), m) for o, m in problems(fixture_items)] == [
        (str(FIXTURES), "warning: skipped 1 file of a type that is not read (.xyz; expected .txt, .md, .html, .htm, "
                        ".jsonl, .csv): folder/notes.xyz"),
        ("bad_front_matter.md", "malformed front matter: while scanning a quoted scalar: found unexpected end of stream (line 4, column 1)"),
        ("batch.jsonl:3", "invalid JSON on line 3: Unterminated string starting at (column 22)"),
        ("batch.jsonl:5", "duplicate id 'j1' (already used by batch.jsonl:1 for a different text); skipped — give it its own `id`"
         .replace("batch.jsonl:1", str(FIXTURES / "batch.jsonl") + ":1")),
        ("batch.jsonl:7", "warning: unreadable date 'yesterday': expected YYYY-MM-DD or an ISO 8601 date-time; processed without a publication date"),
        ("batch.jsonl:8", "expected an object with a `text` field, got list"),
        ("batch.jsonl:9", "no `text` field (fields: id, title)"),
        ("folder/gamma.txt", "warning: unreadable date '31/31/2022': expected YYYY-MM-DD or an ISO 8601 date-time; processed without a publication date"),
        ("no_text.csv", "CSV has no `text` column (columns: id, title, published, body_text); file skipped"),
    ]


def test_a_folder_names_the_files_it_skips_once(tmp_path):
    (tmp_path / "a.txt").write_text("Russia said on Monday that the talks were useful.", encoding="utf-8")
    for name in ("report.pdf", "b.pdf", "c.docx", ".hidden.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    items = list(read_inputs([tmp_path / "b.pdf", tmp_path]))
    assert problems(items) == [
        (str(tmp_path / "b.pdf"), "skipped: unknown file type '.pdf' (expected .txt, .md, .html, .htm, .jsonl, .csv)"),
        (str(tmp_path), "warning: skipped 2 files of a type that is not read (.docx, .pdf; expected .txt, .md, .html, "
                        ".htm, .jsonl, .csv): c.docx, report.pdf"),
    ]
    assert [x.article_id for x in items if isinstance(x, Article)] == ["a"]


def test_manifest_rows_naming_missing_files_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Russia said on Monday that the talks were useful.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,2022-02-01\ngone.txt,2022-02-02\nlost.md,2022-02-03\n",
                                           encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert problems(items) == [(str(tmp_path / "manifest.csv"),
                                "warning: 2 rows name a file that is not in the folder: gone.txt (line 3), lost.md (line 4)")]
    assert [(x.article_id, x.published) for x in items if isinstance(x, Article)] == [("a", D(2022, 2, 1))]


def test_folder_order_is_sorted_and_skips_hidden_and_unknown(fixture_items):
    origins = [rel(x.origin) for x in fixture_items if isinstance(x, Article)]
    assert origins == sorted(origins, key=lambda o: o.split(":")[0])
    assert not any(".hidden" in o or "notes.xyz" in o or "manifest" in o for o in origins)


def test_text_is_kept_exactly(fixture_items):
    found = articles(fixture_items)
    alpha = (FIXTURES / "folder" / "alpha.txt").read_text(encoding="utf-8")
    assert found["alpha"].text == alpha  # the title line stays in the text
    beta = (FIXTURES / "folder" / "beta.md").read_text(encoding="utf-8")
    assert found["beta-article"].text == beta[beta.index("# A heading") :]
    assert found["ca8756c1c288d429"].text == "A text that spans\ntwo lines, quoted as CSV allows."


def test_html_text_drops_navigation(fixture_items):
    page = articles(fixture_items)["page"]
    assert page.text.startswith("Alliance sends jets to the Baltic\nThe alliance said on Monday")
    assert "Denmark is sending a frigate" in page.text
    for junk in ("Home", "Sport", "Celebrity wedding", "Copyright"):
        assert junk not in page.text


def test_seeds_folder():
    found = list(read_inputs([REPO / "seeds"]))
    assert len(found) == 1
    seed = found[0]
    assert seed.article_id == "000_f10cf6ce6e030c01"
    assert seed.published == D(2022, 2, 2)
    assert seed.title.startswith("France and the United States coordinate the response")
    assert seed.text == (REPO / "seeds" / "000_f10cf6ce6e030c01.txt").read_text(encoding="utf-8")


# --- explicit paths -------------------------------------------------------------------------------------
def test_explicit_paths():
    items = list(
        read_inputs(
            [
                FIXTURES / "folder" / "notes.xyz",
                FIXTURES / "missing.txt",
                FIXTURES / "folder" / "manifest.csv",
                FIXTURES / "folder" / "alpha.txt",
                FIXTURES / "folder",  # alpha.txt again: read once
            ]
        )
    )
    assert [(rel(o), m) for o, m in problems(items)] == [
        ("folder/notes.xyz", "skipped: unknown file type '.xyz' (expected .txt, .md, .html, .htm, .jsonl, .csv)"),
        ("missing.txt", "no such file or folder"),
        ("folder/manifest.csv", "warning: manifest.csv is metadata for its folder, not a batch; skipped"),
        ("folder/gamma.txt", "warning: unreadable date '31/31/2022': expected YYYY-MM-DD or an ISO 8601 date-time; processed without a publication date"),
    ]
    assert [x.article_id for x in items if isinstance(x, Article)] == ["alpha", "beta-article", "gamma", "delta"]


# --- text files ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content, title",
    [
        ("Putin and Macron speak by phone\n\nThe two leaders spoke for two hours.", "Putin and Macron speak by phone"),
        ("\n\nPutin and Macron speak by phone\n\nThe two leaders spoke.", "Putin and Macron speak by phone"),
        ("Putin and Macron spoke by phone on Monday.\n\nThe two leaders spoke.", ""),  # final period: a sentence
        ("Putin and Macron speak by phone\nThe two leaders spoke for two hours.", ""),  # no blank line after
        ("x" * 201 + "\n\nBody.", ""),  # too long
        ("Only one line", ""),
        ("# Markdown heading\n\nBody text.", "# Markdown heading"),  # .txt: no markdown handling
    ],
)
def test_title_from_first_line(tmp_path, content, title):
    path = tmp_path / "story.txt"
    path.write_text(content, encoding="utf-8")
    (article,) = read_inputs([path])
    assert article.title == title
    assert article.text == content


def test_markdown_heading_title(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Talks in Geneva\n\nThe delegations met on Monday.", encoding="utf-8")
    (article,) = read_inputs([path])
    assert article.title == "Talks in Geneva"


def test_front_matter_text_exact_with_crlf_and_spaces(tmp_path):
    path = tmp_path / "story.md"
    body = "  Indented first line.  \r\n\r\nSecond paragraph with trailing spaces.   \r\n"
    path.write_bytes(("---\r\nid: s1\r\npublished: 2022-03-01\r\n---\r\n" + body).encode("utf-8"))
    (article,) = read_inputs([path])
    assert (article.article_id, article.published) == ("s1", D(2022, 3, 1))
    assert article.text == body


def test_front_matter_aliases_and_datetime(tmp_path):
    path = tmp_path / "readout.md"
    path.write_text(
        "---\ndate: '2022-01-19'\nsource_url: https://example.gov/readout\ntitle: Readout of a call\n"
        "published_time: 2022-01-19 23:14:34-05:00\n---\nThe President spoke with the Chancellor.\n",
        encoding="utf-8",
    )
    (article,) = read_inputs([path])
    assert (article.published, article.url, article.title) == (D(2022, 1, 19), "https://example.gov/readout", "Readout of a call")


@pytest.mark.parametrize(
    "content, message",
    [
        ("---\ntitle: [unclosed\n---\nBody.", "malformed front matter: while parsing a flow sequence: expected ',' or ']', but got '<stream end>' (line 3, column 1)"),
        ("---\ntitle: a\n  bad: indent\n---\nBody.", "malformed front matter: mapping values are not allowed here (line 3, column 6)"),
        ("---\n- a\n- b\n---\nBody.", "malformed front matter: expected key: value pairs, got a list"),
        ("---\ntitle: No closing line\nBody.", "malformed front matter: it opens with '---' but has no closing '---' line"),
    ],
)
def test_malformed_front_matter(tmp_path, content, message):
    path = tmp_path / "bad.md"
    path.write_text(content, encoding="utf-8")
    (problem,) = read_inputs([path])
    assert isinstance(problem, InputProblem)
    assert problem.message == message


def test_front_matter_impossible_date_is_a_warning(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\npublished: 2022-02-30\n---\nThe talks went on.", encoding="utf-8")
    warning, article = read_inputs([path])
    assert warning.message == (
        "warning: unreadable date '2022-02-30': day is out of range for month; processed without a publication date"
    )
    assert article.published is None and article.text == "The talks went on."


# --- encodings ----------------------------------------------------------------------------------------
def test_cp1252_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("The minister said: “We are ready” – and left.".encode("cp1252"))
    warning, article = read_inputs([path])
    assert warning.message == "warning: file is not valid UTF-8; read it as Windows-1252 (cp1252)"
    assert article.text == "The minister said: “We are ready” – and left."


def test_binary_file_is_an_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 4)
    (problem,) = read_inputs([path])
    assert problem.message == "cannot read the file as text: not valid UTF-8 (byte 0x80 at position 128), nor cp1252"


def test_garbled_non_utf8_is_an_error(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"\x01\x02\x03\x04\x05\x06\xe9\xe9 some text")
    (problem,) = read_inputs([path])
    assert problem.message == (
        "cannot read the file as text: not valid UTF-8 (byte 0xe9 at position 6), and as cp1252 it is binary or garbled"
    )


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("\ufeffThe talks went on.".encode("utf-8"), "The talks went on.", "utf-8-sig"),
        ("The talks went on.".encode("utf-16"), "The talks went on.", "utf-16"),
        ("Kyiv – Київ".encode("utf-8"), "Kyiv – Київ", "utf-8"),
    ],
)
def test_decode(data, text, encoding):
    assert decode(data) == (text, encoding)


# --- batches ------------------------------------------------------------------------------------------
def test_csv_long_text_and_row_numbers(tmp_path):
    path = tmp_path / "big.csv"
    long_text = "Troops moved to the border. " * 10_000  # 280,000 chars: over the csv module's default limit
    path.write_text(f'id,text\nbig,"{long_text}"\nsmall,"Short one."\n', encoding="utf-8")
    items = list(read_inputs([path]))
    assert [(a.article_id, len(a.text), a.origin.rsplit(":", 1)[1]) for a in items] == [
        ("big", len(long_text), "2"),
        ("small", 10, "3"),
    ]


def test_csv_with_aliases_reads_corpus_style_columns(tmp_path):
    path = tmp_path / "outlet.csv"
    path.write_text("Date,URL,Title,Text,outlet\n2022-02-02,https://e.org/1,Headline,Body text.,e.org\n", encoding="utf-8")
    (article,) = read_inputs([path])
    assert (article.published, article.url, article.title, article.text, article.source) == (
        D(2022, 2, 2), "https://e.org/1", "Headline", "Body text.", "e.org",
    )
    assert article.article_id == stable_id("Body text.")


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": "One."}) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x", "text": "One."}) + "\n" + json.dumps({"id": "x", "text": "Two."}) + "\n", encoding="utf-8"
    )
    items = list(read_inputs([tmp_path]))
    assert len(items) == 2
    assert items[0].text == "One."
    assert items[1].message == f"duplicate id 'x' (already used by {tmp_path / 'a.jsonl'}:1 for a different text); skipped — give it its own `id`"


def test_jsonl_bom_and_blank_lines(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"text": "First."}\n\n\n{"text": "Second."}\n')
    items = list(read_inputs([path]))
    assert [(a.text, a.origin.rsplit(":", 1)[1]) for a in items] == [("First.", "1"), ("Second.", "4")]


# --- articles_from_records ---------------------------------------------------------------------------
def test_articles_from_dataframe():
    import pandas as pd

    frame = pd.DataFrame(
        {
            "id": ["r1", None, "r3"],
            "title": ["One", None, "Three"],
            "published": ["2022-01-01", "2022-01-02", "not a date"],
            "text": ["Text one.", "Text two.", "Text three."],
        }
    )
    items = list(articles_from_records(frame))
    assert [(type(x).__name__, x.article_id) for x in items] == [
        ("Article", "r1"), ("Article", stable_id("Text two.")), ("InputProblem", "r3"), ("Article", "r3"),
    ]
    assert items[1].title == "" and items[1].published == D(2022, 1, 2) and items[1].origin == "api"
    assert items[2].message == (
        "warning: record 3: unreadable date 'not a date': expected YYYY-MM-DD or an ISO 8601 date-time; "
        "processed without a publication date"
    )


def test_articles_from_dataframe_without_text():
    import pandas as pd

    items = list(articles_from_records(pd.DataFrame({"id": [1], "body_text": ["x"]}), origin="upload"))
    assert items == [InputProblem("upload", "no `text` column (columns: id, body_text)")]


def test_articles_from_dicts_and_articles():
    given = Article(article_id="keep", text="Kept as given.", origin="")
    items = list(
        articles_from_records(
            [
                {"text": "From a dict.", "id": 7},
                given,
                {"title": "no text"},
                {"id": "keep", "text": "Another text under a used id."},
                {"text": ""},
            ]
        )
    )
    assert [getattr(x, "article_id", None) for x in items] == ["7", "keep", None, "keep", stable_id("")]
    assert items[1].origin == "api" and items[1].text == "Kept as given."
    assert items[2].message == "record 3: no `text` field (fields: title)"
    assert items[3].message.startswith("duplicate id 'keep'")
    assert items[4].text == ""  # empty text is validation's business


def test_empty_texts_are_not_deduplicated(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text('title,text\nOne,""\nTwo,""\n', encoding="utf-8")
    items = list(read_inputs([path]))
    assert [(a.title, a.text) for a in items] == [("One", ""), ("Two", "")]  # validation reports both


def test_jsonl_without_text_is_reported_briefly(tmp_path):
    path = tmp_path / "headlines.jsonl"
    path.write_text("".join(json.dumps({"title": f"Headline {i}"}) + "\n" for i in range(10)), encoding="utf-8")
    items = list(read_inputs([path]))
    assert [(rel(x.origin).rsplit("/", 1)[-1], x.message) for x in items] == [
        ("headlines.jsonl:1", "no `text` field (fields: title)"),
        ("headlines.jsonl:2", "no `text` field (fields: title)"),
        ("headlines.jsonl:3", "no `text` field (fields: title)"),
        ("headlines.jsonl", "7 more lines have no `text` field (lines 4–10)"),
    ]


def test_manifest_without_file_column(tmp_path):
    (tmp_path / "manifest.csv").write_text("name,published\na.txt,2022-01-01\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The talks went on.", encoding="utf-8")
    problem, article = read_inputs([tmp_path])
    assert problem.message == "manifest has no `file` column (columns: name, published); ignored"
    assert article.published is None


def test_manifest_gives_id_url_and_wins_over_html(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "file,id,published,url,title\npage.html,p-1,2022-01-25,https://example.org/p,Manifest title\n", encoding="utf-8"
    )
    (tmp_path / "page.html").write_bytes((FIXTURES / "page.html").read_bytes())
    (article,) = read_inputs([tmp_path])
    assert (article.article_id, article.published, article.url, article.title, article.source) == (
        "p-1", D(2022, 1, 25), "https://example.org/p", "Manifest title", "Example News",
    )


def test_html_without_article_text(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (problem,) = read_inputs([path])
    assert problem.message == "no article text found in the HTML page"
