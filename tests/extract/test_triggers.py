"""Every trigger rule's examples match and its counter-examples do not, through the real model.

An example written `"xfail: <reason> | <sentence>"` is a wrong parse of the model: it is expected to fail
(and reported as an xpass, so it can be turned back into a plain example, if the model gets it right)."""
from __future__ import annotations

import json

import pytest

from extract import triggers
from extract.triggers import PatternError, bracketed, rules


def _cases():
    for rule in rules():
        for example in rule.examples:
            yield rule.id, example, True
        for example in rule.counter_examples:
            yield rule.id, example, False


def _params():
    for rule_id, example, should in _cases():
        reason = None
        if example.startswith("xfail:"):
            reason, _, example = example[len("xfail:"):].partition("|")
            reason, example = reason.strip(), example.strip()
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        yield pytest.param(rule_id, example, should, marks=marks, id=f"{rule_id}|{'+' if should else '-'}|{example[:40]}")


@pytest.mark.parametrize("rule_id, example, should_match", list(_params()))
def test_trigger_examples_through_the_real_model(pipeline, rule_id, example, should_match):
    text, marked = bracketed(example)
    assert marked, "an example brackets the word the rule is about"
    doc = pipeline(text)
    found = {(t.start_char, t.end_char) for t in doc.spans["triggers"] if t.label_ == rule_id}
    for span in marked:
        assert (span in found) is should_match, (rule_id, text[span[0]:span[1]], sorted(found))


def test_every_rule_has_a_reason_and_examples_of_both_kinds():
    assert rules()
    for rule in rules():
        assert rule.reason and rule.examples and rule.counter_examples, rule.id


def test_a_duplicate_rule_id_is_refused(tmp_path, monkeypatch):
    line = json.dumps({"id": "x:y", "reason": "r", "pattern": [{"LOWER": "a"}], "examples": ["[a]"]})
    (tmp_path / "a.jsonl").write_text(line + "\n" + line + "\n", encoding="utf-8")
    monkeypatch.setattr(triggers, "PATTERNS", tmp_path)
    triggers.rules.cache_clear()
    try:
        with pytest.raises(PatternError, match="id 'x:y' is already used"):
            rules()
    finally:
        triggers.rules.cache_clear()


@pytest.mark.parametrize("example, text, spans", [
    ("Biden [spoke] with Putin.", "Biden spoke with Putin.", [(6, 11)]),
    ("[A] and [b]", "A and b", [(0, 1), (6, 7)]),
])
def test_bracketed(example, text, spans):
    assert bracketed(example) == (text, spans)
