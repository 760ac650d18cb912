"""Light verb + speech noun cues and "made it clear" (extract.light_cues), on real parses."""
from __future__ import annotations

import pytest


def _rows(result) -> list[tuple[str, str, str, str]]:
    return [(r["speaker"], r["act"], r["text"], r["method"]) for r in result.statements.to_dict("records")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the content is the noun's that-clause, or the object of a phrase of the noun or of the verb
        ("Olaf Scholz gave assurances that Germany would stand by its allies.",
         ("Olaf Scholz", "promise", "Germany would stand by its allies", "noun:light-verb")),
        ("Olaf Scholz voiced alarm over the buildup near the border.",
         ("Olaf Scholz", "warn", "the buildup near the border", "noun:light-verb")),
        ("Emmanuel Macron raised the alarm about the troops in Belarus.",
         ("Emmanuel Macron", "warn", "the troops in Belarus", "noun:light-verb")),
        ("Joe Biden expressed hope for the expansion of cooperation with NATO.",
         ("Joe Biden", "say", "the expansion of cooperation with NATO", "noun:light-verb")),
        ("The United States has expressed reservations about the buildup of Russian troops.",
         ("United States", "warn", "the buildup of Russian troops", "noun:light-verb")),
        # an of-phrase before an about-phrase names who holds the concern; the about-phrase is what was said
        ("Olaf Scholz voiced the deep concerns of the farmers about the price of fuel.",
         ("Olaf Scholz", "warn", "the price of fuel", "noun:light-verb")),
        ("Olaf Scholz voiced the deep concerns of the farmers and the drivers about the price of fuel.",
         ("Olaf Scholz", "warn", "the price of fuel", "noun:light-verb")),
        # made (it) clear / was clear with a that-clause
        ("Joe Biden made it clear that the United States would not send troops.",
         ("Joe Biden", "say", "the United States would not send troops", "reported:made-clear")),
        ("Joe Biden was very clear that the United States will consult its allies.",
         ("Joe Biden", "say", "the United States will consult its allies", "reported:made-clear")),
        # a speech participle on the light verb's document is said by the light verb's subject
        ("The Kremlin issued a statement saying the exercises would end on Sunday.",
         ("Russia", "say", "the exercises would end on Sunday", "reported:clause")),
        ("Boris Johnson issued a statement condemning the attack on Kyiv.",
         ("Boris Johnson", "criticise", "the attack on Kyiv", "reported:object")),
    ],
)
def test_light_cues(extract_text, text, expected):
    assert expected in _rows(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Poland raised concerns on Monday.",  # a date is when, not what
        "It was clear that the talks had failed.",  # no one made it clear
        "Jens Stoltenberg read a report saying the troops had left.",  # reading lends no speaker: the author spoke
    ],
)
def test_no_light_cue(extract_text, text):
    assert _rows(extract_text(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "statement" reports only its that-clause: with a light verb and no clause it says nothing
        ("Olaf Scholz issued a statement that Germany would stand firm.", ["Germany would stand firm"]),
        ("Olaf Scholz and Emmanuel Macron made statements for the press.", []),
        ("Sergei Lavrov's statement that Moscow would not back down surprised no one.", ["Moscow would not back down"]),
    ],
)
def test_a_clause_only_speech_noun(extract_text, text, expected):
    assert extract_text(text).statements["text"].tolist() == expected
