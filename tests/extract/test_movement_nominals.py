"""Tests for extract.movements.nominals and the rules that read movement nouns: a noun whose force is a force noun
("the build-up of troops", "movements by units", "an influx of soldiers") is a movement; invented sentences."""
from __future__ import annotations

import pytest

from extract.movements.nominals import is_concessive, is_motion_noun, nominal_word


def _rows(extract_text, text: str) -> list[tuple]:
    table = extract_text(text).movements
    return [(r["actor"], r["status"], sorted(r["destinations"])) for r in table.to_dict("records")]


@pytest.mark.parametrize(
    "text, index, word, motion",
    [
        ("The build-up of soldiers went on.", 3, "build-up", True),  # "build - [up]"
        ("The pull-back of tanks began.", 3, "pull-back", True),
        ("An influx of sailors was seen.", 1, "influx", True),
        ("The sign-up sheet was full.", 3, "sign-up", False),
        ("They met up in May.", 2, "up", False),  # a verb particle, no hyphen
    ],
)
def test_nominal_word(pipeline, text, index, word, motion):
    doc = pipeline.tokenizer(text)
    assert nominal_word(doc[index]) == word
    assert is_motion_noun(pipeline(text)[index]) is motion


@pytest.mark.parametrize("text, index, concessive", [
    ("Despite the talks, nothing changed.", 0, True),
    ("After the talks, nothing changed.", 0, False),
])
def test_is_concessive(pipeline, text, index, concessive):
    assert is_concessive(pipeline(text)[index]) is concessive


@pytest.mark.parametrize(
    "text, row",
    [
        # "of" object of a hyphenated build-up
        ("Officials said the build-up of Georgian troops along Armenia's border is the largest in years.",
         ("GEO", "deployed", ["ARM"])),
        # "by" object of a movement noun
        ("Videos have shown large movements by Romanian army units to the east of Moldova.",
         ("ROU", "deployed", ["MDA"])),
        # a nominal under an agent keeps its own reading
        ("The evacuation followed, prompted by a steady buildup of Turkish forces close to Syria.",
         ("TUR", "deployed", ["SYR"])),
        # "despite": what the phrase holds is a fact, whatever the clause around it denies
        ("Turkey denied it is planning an attack, despite its massive troop buildup near Syria.",
         ("TUR", "deployed", ["SYR"])),
        # a watched movement happened: deployed, not announced
        ("Diplomats are tracking fresh Romanian troop movements along the border of Moldova.",
         ("ROU", "deployed", ["MDA"])),
        # "continues to mass": the subject of the aspect verb owns the forces
        ("The Kremlin continues to mass troops near Georgia.", ("RUS", "deployed", ["GEO"])),
        # the place of a participle complement ("remain positioned in")
        ("Armenian forces remain positioned in Georgia.", ("ARM", "stationed", ["GEO"])),
    ],
)
def test_movement_nouns_with_a_force(extract_text, text, row):
    assert row in _rows(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the build-up of pressure on Armenia was the largest in years.",  # no force noun
        "Videos have shown large movements by Romanian fans to the east of Moldova.",  # fans are no force
        "Turkey denied it is planning an attack, despite the talks with Syria.",  # no movement in the phrase
        "The Kremlin continues to criticise troops near Georgia.",  # no movement verb
    ],
)
def test_not_movements(extract_text, text):
    assert _rows(extract_text, text) == []


@pytest.mark.parametrize("text, rows", [
    # a noun of presence with forces in its of-phrase: where they are
    ("The presence of 3,000 Belarusian troops in Lithuania alarmed Riga.", [("BLR", "stationed", ["LTU"])]),
    ("The garrison of Belarusian soldiers in Latvia is small.", [("BLR", "stationed", ["LVA"])]),
    # counter-examples: a presence with no place, a demand to end it, another noun's of-phrase
    ("Riga welcomed the presence of Belarusian soldiers.", []),
    ("Riga demanded an end to the presence of Belarusian troops in Lithuania.", []),
    ("He praised the presence of mind of the troops in Vilnius.", []),
])
def test_a_presence_of_forces_is_where_they_are(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
