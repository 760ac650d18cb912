"""The movement rules' word classes as the lexicon gives them: every set the rules read has words (a class or
flag misspelt in the code or in a data file would leave one empty), and every check a force noun names exists."""
from __future__ import annotations

import pytest

from extract.movements import forces, words
from extract.vocabulary import family

SETS = sorted(name for name, value in vars(words).items()
              if name.lstrip("_").isupper() and isinstance(value, (frozenset, set, dict)))


@pytest.mark.parametrize("name", SETS)
def test_every_word_set_of_the_rules_has_words(name):
    assert getattr(words, name), f"{name} is empty: a class or flag name that no data row has?"


def test_every_force_noun_check_is_a_rule():
    checks = {e.extra.get("check", "") for e in family("force_nouns").values()} - {""}
    assert checks <= set(forces._CHECKS), checks - set(forces._CHECKS)


def test_force_names_and_kinds():
    assert words.PERSONNEL["troop"] == words.PERSONNEL["troops"] == "troops"
    assert words.PERSONNEL["forces"] == "forces" and words.PERSONNEL["force"] == "force"  # the word as written
    assert words.EQUIPMENT["fighters"] == "fighter jets" and "tank" not in words.EQUIPMENT  # plural only
    assert words.FORCE_NOUNS["battalions"] == ("unit", "", "battalion")
    assert words.SERVICE_PREFIXES["hms"] == "GBR"


@pytest.mark.parametrize("word, name", [
    ("sent", "SEND"), ("withdrew", "WITHDRAW"), ("swept", "ARRIVE"), ("pre-positioned", "MASS"),
    ("’ve", "STATIC"), ("is", "COPULA"), ("deployed", "STATIC"), ("relocated", "SEND"), ("premise", "HYPOTHETICAL_NOUNS"),
])
def test_inflections_reach_the_rules(word, name):
    assert word in getattr(words, name)


def test_a_pinned_form_stays_out():
    assert "premises" not in words.HYPOTHETICAL_NOUNS  # the building, not the assumption
    assert "goes" in words.TRANSIT and "goes" not in words.NEEDS_WAY
