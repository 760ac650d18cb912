"""A bare title refers back to the person named before whose role fits it (`extract.title_anaphora`)."""
from __future__ import annotations

import pytest

from extract.title_anaphora import read_title


def _speakers(result, needle: str) -> list[str]:
    rows = result.statements
    return sorted(rows[rows["text"].str.contains(needle, regex=False)]["speaker"])


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        ("Vasily Nebenzya spoke first at the council on Monday. The envoy said Moscow wanted no war.",
         "Moscow wanted no war", ["Vasily Nebenzya"]),
        ("Volodymyr Zelensky toured a hospital in Kharkiv. The head of state said the city would hold.",
         "the city would hold", ["Volodymyr Zelensky"]),
        # the object of the sentence before, when only its role fits
        ("Antony Blinken met Sergei Lavrov in Vienna. The Russian minister said the answers had come late.",
         "the answers had come late", ["Sergei Lavrov"]),
        ("Volodymyr Zelensky welcomed Boris Johnson at the airport. The prime minister said aid was coming.",
         "aid was coming", ["Boris Johnson"]),
        # a title of one state only: the foreign secretary is British
        ("Sergei Lavrov welcomed Liz Truss to his ministry. The foreign secretary said Britain stood firm.",
         "Britain stood firm", ["Liz Truss"]),
        # a former holder is not the chancellor
        ("Angela Merkel had warned about the pipeline for years. Olaf Scholz flew to Kyiv on Monday. "
         "The chancellor said Berlin was ready to act.", "Berlin was ready to act", ["Olaf Scholz"]),
        # the main clause's subject before an object that fits too
        ("Joe Biden spoke at length about his talk with Vladimir Putin. The president said the choice was "
         "Moscow's.", "the choice was", ["Joe Biden"]),
    ],
)
def test_a_title_refers_back_to_the_person_it_fits(extract_text, text, needle, speakers):
    assert _speakers(extract_text(text, "2022-02-14"), needle) == speakers


@pytest.mark.parametrize(
    "phrase, fit, country, offices",
    [
        ("the Russian foreign minister", "suffix", "RUS", (("foreign", "secretary of state"),)),
        ("the envoy", "prefix", None, ()),
        ("the Kremlin leader", "leader", "RUS", ()),
        ("the head of state", "prefix", None, ()),
    ],
)
def test_read_title(pipeline, phrase, fit, country, offices):
    doc = pipeline(phrase + " spoke.")
    ref = read_title(doc[:len(phrase.split())])
    assert (ref.fit, ref.country, ref.offices) == (fit, country, offices)


@pytest.mark.parametrize("phrase", ["the White House spokesman", "Kuleba", "a minister"])
def test_read_title_refuses_what_is_no_bare_title(pipeline, phrase):
    doc = pipeline(phrase + " spoke.")
    assert read_title(doc[:len(phrase.split())]) is None
