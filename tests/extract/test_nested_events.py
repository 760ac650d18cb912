"""Events inside someone's own words (extract.nested_events): "I spoke with X" is an event of the outer speaker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cI spoke with President Macron this morning about the border,\u201d Olaf Scholz said.",
         [("Olaf Scholz", "talks", ["Emmanuel Macron"])]),
        ("\u201cI met with Foreign Minister Lavrov in Vienna and we disagreed,\u201d Antony Blinken said.",
         [("Antony Blinken", "meeting", ["Sergei Lavrov"])]),
    ],
)
def test_a_first_person_event_inside_a_quote(extract_text, text, expected):
    table = extract_text(text).statements
    events = table[table["kind"].isin(["call", "talks", "meeting"])]
    assert [(r.speaker, r.kind, list(r.addressees)) for r in events.itertuples()] == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u201cI met a young student from Ohio who wants to be a pilot,\u201d Joe Biden said.",
        "\u201cI visited the fire station in Scranton on Sunday,\u201d Joe Biden said.",
        "\u201cI will meet with President Macron next week in Paris,\u201d Olaf Scholz said.",
        "\u201cThe recent summit in Brussels showed that the allies are united,\u201d Olaf Scholz said.",
    ],
)
def test_no_event_of_the_outer_speaker(extract_text, text):
    table = extract_text(text).statements
    events = table[table["kind"].isin(["call", "talks", "meeting", "visit"]) & ~table["is_future"]]
    assert events.empty, events[["speaker", "kind", "text"]].to_dict("records")
