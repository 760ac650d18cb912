"""'according to X', 'in his words', 'in X's words': the rest of the sentence is X's (`extract.attribution_phrases`)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        ("Valery Gerasimov inspected the drills on Friday. In his words, the units are ready for anything.",
         "the units are ready for anything", ["Valery Gerasimov"]),
        ("Iryna Vereshchuk toured the shelters on Sunday. In her words, the city has enough water for a month.",
         "the city has enough water", ["Iryna Vereshchuk"]),
        ("In Olaf Scholz's words, the pipeline is a private project.", "the pipeline is a private project",
         ["Olaf Scholz"]),
        ("In other words, the pipeline is a private project.", "the pipeline is a private project", []),
    ],
)
def test_an_attribution_phrase_gives_the_sentence_to_its_owner(extract_text, text, needle, speakers):
    rows = extract_text(text, "2022-02-14").statements
    assert sorted(rows[rows["text"].str.contains(needle, regex=False)]["speaker"]) == speakers
