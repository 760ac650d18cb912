"""The lexicon files: each lemma in one class of its family, known parts of speech, forms made right."""
from __future__ import annotations

import pytest

from extract import vocabulary
from extract.vocabulary import LexiconError, family, families, inflect, lemma_of


@pytest.mark.parametrize("name", families())
def test_every_family_loads_and_gives_a_reason_for_each_word(name):
    entries = family(name)
    assert entries
    assert all(e.reason and e.cls for e in entries.values()), [e.lemma for e in entries.values() if not e.reason]


def test_a_lemma_in_two_classes_is_refused(tmp_path, monkeypatch):
    (tmp_path / "clash.csv").write_text("lemma,class,pos,reason\nsend,send,VERB,x\nsend,mass,VERB,y\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "LEXICON", tmp_path)
    vocabulary.family.cache_clear()
    try:
        with pytest.raises(LexiconError, match="'send' is already in class 'send'"):
            family("clash")
    finally:
        vocabulary.family.cache_clear()


@pytest.mark.parametrize("lemma, pos, expected", [
    ("deploy", "VERB", ["deploy", "deploys", "deployed", "deploying"]),
    ("mass", "VERB", ["mass", "masses", "massed", "massing"]),
    ("station", "VERB", ["station", "stations", "stationed", "stationing"]),
    ("send", "VERB", ["send", "sends", "sended", "sending", "sent"]),
    ("plan", "VERB", ["plan", "plans", "planed", "planing", "planned", "planning"]),
    ("point out", "VERB", ["point out", "points out", "pointed out", "pointing out"]),
    ("battalion", "NOUN", ["battalion", "battalions"]),
    ("ally", "NOUN", ["ally", "allies"]),
    ("due", "ADJ", ["due"]),
])
def test_inflections(lemma, pos, expected):
    assert inflect(lemma, pos) == expected


@pytest.mark.parametrize("word, lemma", [("sent", "send"), ("Withdrew", "withdraw"), ("troops", "troops"), ("unknownword", "unknownword")])
def test_lemma_of_known_forms(word, lemma, monkeypatch):
    monkeypatch.setattr(vocabulary, "lemma_table", lambda: {"sent": "send", "withdrew": "withdraw"})
    assert lemma_of(word) == lemma


def test_the_pipeline_gives_tokens_the_lexicon_lemma(pipeline):
    doc = pipeline("The Kremlin said it had warned Washington, and officials denied the reports.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["said"], lemmas["warned"], lemmas["denied"], lemmas["Kremlin"]) == ("say", "warn", "deny", "kremlin")


def test_exact_forms_and_flags(tmp_path, monkeypatch):
    (tmp_path / "words.csv").write_text(
        "lemma,class,pos,reason,flags,exact_forms\n"
        "premise,condition,NOUN,x,,premise\n"
        "plan,plan,NOUN,x,negatable other,\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "LEXICON", tmp_path)
    vocabulary.family.cache_clear()
    try:
        assert vocabulary.forms("words", "condition") == {"premise"}  # not "premises" (a building)
        assert vocabulary.forms("words", "plan") == {"plan", "plans"}
        assert vocabulary.flagged("words", "negatable") == {"plan", "plans"}
        assert vocabulary.flagged("words", "missing") == frozenset()
        assert vocabulary.classes_by_form("words")["premise"] == "condition"
    finally:
        vocabulary.family.cache_clear()
