"""Issue 9: no rule quotes a phrase of a gold article unless it is a fixed expression of English, listed with its reason."""
from __future__ import annotations

import json

import pytest

from extract import phrase_audit as audit
from extract.evaluate import GOLD_DIR
from extract.reserved import is_reserved


@pytest.fixture(scope="module")
def gold_texts(corpus_dir):
    """The dev and validation gold texts (skipped without ../shared/corpus, as in CI)."""
    return audit.gold_texts(("dev", "validation"))


def test_no_rule_quotes_an_article_phrase_that_is_no_listed_fixed_expression(gold_texts):
    bad = audit.unlisted(audit.scan(gold_texts), audit.fixed_expressions())
    assert not bad, "quote an invented example instead, or list a fixed expression in " \
        "extract/resources/fixed_expressions.txt:\n" + "\n".join(
            f"{h.path}:{h.line}: {h.phrase!r} ({', '.join(h.articles)})" for h in bad)


def test_the_scan_reads_no_reserved_article():
    sources = [json.loads(path.read_text(encoding="utf-8"))["source"] for path in sorted(GOLD_DIR.glob("*.json"))]
    assert sources and not [s for s in sources if any(is_reserved(s[k]) for k in ("url", "file") if s.get(k))]


def test_every_fixed_expression_has_a_reason_and_is_listed_once():
    lines = [line for line in audit.FIXED_EXPRESSIONS.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines
    for line in lines:
        phrase, tab, reason = line.partition("\t")
        assert tab and phrase.strip() and len(reason.strip()) > 10 and "\t" not in reason, line
    keys = [audit.phrase_key(line.partition("\t")[0]) for line in lines]
    assert len(keys) == len(set(keys))


def test_every_fixed_expression_is_still_quoted_by_a_rule():
    quoted = {audit.phrase_key(q) for path in audit.rule_files() if path != audit.FIXED_EXPRESSIONS
              for _, q in audit.quoted_phrases(path.read_text(encoding="utf-8"), path.suffix)}
    assert set(audit.fixed_expressions()) - quoted == set()


@pytest.mark.parametrize("text, suffix, expected", [
    ('# a rule ("the ferry left the harbour", "short") here\n', ".py", [(1, "the ferry left the harbour")]),
    ('    """A docstring: "the ferry left\n    the harbour at dawn", then "two more quoted words here"."""\n', ".py",
     [(1, "the ferry left the harbour at dawn"), (2, "two more quoted words here")]),
    ('# a comment ("the ferry left the\n# harbour at dawn")\n', ".py", [(1, "the ferry left the harbour at dawn")]),
    ('{"examples": ["The ferry [left] the harbour."]}\n', ".jsonl", [(1, "The ferry [left] the harbour.")]),
    ('# words ("the ferry left the\n# harbour")\nlemma,reason\nferry,"a boat (""the ferry left the harbour"")"\n', ".csv",
     [(1, "the ferry left the harbour"), (4, "the ferry left the harbour")]),
    ('x = “the ferry left the harbour” + [the ferry left port]\n', ".py",
     [(1, "the ferry left the harbour"), (1, "the ferry left port")]),
])
def test_quoted_phrases_are_paired_across_wrapped_lines_docstrings_and_csv_fields(text, suffix, expected):
    assert sorted(audit.quoted_phrases(text, suffix)) == sorted(expected)


def test_a_phrase_is_found_with_case_curly_quotes_and_pattern_brackets_ignored(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text('# "The ferry [left] the harbour" and "a phrase of no article at all"\n', encoding="utf-8")
    texts = {"a1": audit.normalise("At dawn the ferry left the  harbour’s quay.")}
    hits = audit.scan(texts, [rule], root=tmp_path)
    assert hits == [audit.Hit("rule.py", 1, "The ferry [left] the harbour", ("a1",))]
    assert audit.unlisted(hits, {"the ferry left the harbour": "invented"}) == []
