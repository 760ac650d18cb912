"""Speech reported inside someone's own words (extract.nested_speech): a row for the inner speaker, and for the
outer speaker's own earlier words ("I told him that ...")."""
from __future__ import annotations

import pytest

from extract.grid import GridCase, run_case


def _rows(result, method: str) -> list[tuple[str, str]]:
    table = result.statements
    return [(r.speaker, r.text) for r in table[table["method"] == method].itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cSergei Lavrov told me that the drills would end on Sunday,\u201d Antony Blinken said.",
         [("Sergei Lavrov", "the drills would end on Sunday")]),
        ("\u201cOlaf Scholz asked for a meeting of the Normandy Four, and we agreed,\u201d Emmanuel Macron said.",
         [("Olaf Scholz", "a meeting of the Normandy Four")]),
        ("\u201cAs Jens Stoltenberg said on Monday, the alliance will not be divided,\u201d Boris Johnson said.",
         [("Jens Stoltenberg", "the alliance will not be divided")]),
    ],
)
def test_a_named_speaker_inside_a_quote_gets_a_row(extract_text, text, expected):
    assert _rows(extract_text(text), "nested:quote") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cI told Sergei Lavrov that the sanctions were ready,\u201d Antony Blinken said on Friday.",
         [("Antony Blinken", "the sanctions were ready")]),
        ("\u201cWe have told Moscow many times that the door stays open,\u201d Jens Stoltenberg said.",
         [("Jens Stoltenberg", "the door stays open")]),
        ("\u201cAs I said in January, the allies are united and ready,\u201d Antony Blinken said on Friday.",
         [("Antony Blinken", "the allies are united and ready")]),
    ],
)
def test_the_outer_speakers_earlier_words_are_a_row_of_theirs(extract_text, text, expected):
    assert _rows(extract_text(text), "nested:first-person") == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u201cLet me say it once more: the alliance will defend every member,\u201d Jens Stoltenberg said.",
        "\u201cI ordered two more ships to the Baltic Sea this week,\u201d Lloyd Austin said.",
        "\u201cWe have shown that the allies can act together,\u201d Boris Johnson said.",
        "\u201cHe told me that the drills would end, but they did not,\u201d Antony Blinken said.",
        "\u201cThe alliance continues to be the anchor of European security,\u201d Jens Stoltenberg said.",
        "\u201cMoscow masses troops and denies Kyiv any choice of its own,\u201d Boris Johnson said.",
        # the same text's words again, a thought, speech yet to come
        "\u201cAs I noted earlier, the allies are united and ready to act,\u201d Antony Blinken said.",
        "\u201cAs I said, the allies are united and ready to act,\u201d Antony Blinken said.",
        "\u201cWe have always believed that the alliance is strong,\u201d Jens Stoltenberg said.",
        "\u201cGermany will announce new sanctions against Moscow on Friday,\u201d Boris Johnson said.",
    ],
)
def test_no_inner_row(extract_text, text):
    methods = extract_text(text).statements["method"].tolist()
    assert not any(m.startswith("nested:") for m in methods), methods


def test_a_first_person_row_inside_a_transcript_turn(pipeline):
    case = GridCase(grid="t", id="t", construction="c", published="2022-02-18",
                    title="Remarks by President Biden in Press Gaggle",
                    url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/02/18/remarks-by-president-biden/",
                    text="THE PRESIDENT: Last month I told President Putin that the sanctions would be severe.")
    assert _rows(run_case(case, pipeline), "nested:first-person") == [("Joe Biden", "the sanctions would be severe")]
