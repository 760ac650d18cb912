"""The sides an event noun's modifiers name (`extract.event_sides`): hyphenated pairs, coordinated adjectives, formats."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.event_sides import modifier_sides
from extract.speakers import SpeakerContext


@pytest.mark.parametrize(
    "text, noun, sides",
    [
        ("Russian-US talks ended without a breakthrough.", "talks", ["Russia", "United States"]),
        ("The Russia-NATO talks lasted four hours.", "talks", ["Russia", "NATO"]),
        ("A Biden-Putin summit could take place soon.", "summit", ["Joe Biden", "Vladimir Putin"]),
        ("Ukrainian and Russian delegations met on the border.", "delegations", ["Ukraine", "Russia"]),
        ("The Normandy-format talks ended without agreement.", "talks", ["Germany", "France", "Russia", "Ukraine"]),
        # one side only, or a modifier that names no actor
        ("The Russian talks ended early.", "talks", []),
        ("The rock-solid talks ended early.", "talks", []),
        ("The high-level talks ended early.", "talks", []),
        # a situation noun's pair is who is in the situation, not an event's sides (lexicon situation_nouns)
        ("The France-Germany dispute delayed the trip.", "dispute", []),
        ("US-China tensions clouded the summit.", "tensions", []),
        ("Poor Spain-Morocco relations hurt the visit.", "relations", []),
    ],
)
def test_modifier_sides(pipeline, text, noun, sides):
    doc = pipeline(text)
    ctx = SpeakerContext(doc, dt.date(2022, 2, 3))
    token = next(t for t in doc if t.text == noun)
    assert [s.name for s in modifier_sides(ctx, token)] == sides


@pytest.mark.parametrize("text", [
    "The trip could be delayed by the France-Germany dispute, officials said on Tuesday.",
    "The summit was clouded by US-China tensions, officials said.",
])
def test_an_event_overshadowed_by_a_situation_takes_no_sides_from_it(pipeline, text):
    from extract.pipeline import extract_articles

    out = extract_articles([{"id": "s", "published": "2022-03-15", "text": text}], nlp=pipeline)
    assert out.statements["kind"].isin(["call", "meeting", "talks", "visit"]).sum() == 0


def test_a_body_named_by_its_pair_still_meets(pipeline):
    from extract.pipeline import extract_articles

    out = extract_articles([{"id": "b", "published": "2022-03-15", "text": "The NATO-Russia Council met on Wednesday in Brussels."}],
                           nlp=pipeline)
    rows = out.statements[out.statements["kind"] == "meeting"]
    assert rows[["speaker", "place"]].values.tolist() == [["NATO", "Brussels"]]
    assert list(rows["addressees"].iloc[0]) == ["Russia"]
