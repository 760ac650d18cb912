"""Unnamed officials and state bodies: a definite official noun refers back to the last one introduced."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        ("A senior defense official said on Monday that the convoy had stopped near the river. The official added "
         "that more units were expected soon.", "more units were expected", ["United States"]),
        # a person named in between is not the official
        ("A senior defense official said on Monday that the convoy had stopped. Prime Minister Jan Novak visited "
         "the plant. The official added that more units were expected soon.", "more units were expected",
         ["United States"]),
        ("The U.S. Embassy in Moscow tweeted that Americans should leave the country. The embassy said the "
         "consulate would close next week.", "consulate would close", ["United States"]),
        ("NASA has kept working with the Russian space agency. The agency said the station would keep operating "
         "as before.", "station would keep operating", ["United States"]),
        ("Russia's defence ministry said the drills had ended. The ministry added that the troops would return to "
         "their bases.", "return to their bases", ["Russia"]),
        # an adviser to an office speaks for its state
        ("An adviser to Ukraine's presidential office said more than forty soldiers were wounded.",
         "forty soldiers were wounded", ["Ukraine"]),
        # "a senior official" right after officials of a state are named
        ("Russian officials met the envoy on Monday. A senior official said the meeting had been useful.",
         "meeting had been useful", ["Russia"]),
        # "the country's" body, and "the Ministry of Defence" for "the defence ministry"
        ("The Polish defence ministry said the drills had ended. The roads stayed closed, according to the "
         "country\u2019s Ministry of Defence.", "roads stayed closed", ["Poland"]),
        # a body named as an owner ("NATO's estimates") is introduced too
        ("NATO's estimates are even higher than that. A senior official said the figure came from several "
         "sources.", "figure came from", ["NATO"]),
        # a state the actor table does not list
        ("The Australian government vowed to put an extra tariff on all imports from the two countries.",
         "extra tariff", ["Australia"]),
        # an embassy's spokesperson
        ("The envoy arrived for talks with Russian officials, a US embassy spokeswoman said on Monday. "
         "\u201cThey are discussing a wide range of bilateral questions with their hosts,\u201d the spokeswoman "
         "said.", "wide range of bilateral", ["United States"]),
    ],
)
def test_an_unnamed_official_speaks_for_the_state_introduced(extract_text, speakers_of, text, needle, speakers):
    assert speakers_of(extract_text(text), needle) == speakers


@pytest.mark.parametrize(
    "text, needle",
    [
        # nothing introduced before: no speaker
        ("The official added that more units were expected soon.", "more units were expected"),
        # "a senior official" far from any body named
        ("Russian officials met the envoy on Monday. " + "The weather was cold and the roads were icy. " * 8
         + "A senior official said the meeting had been useful.", "meeting had been useful"),
        ("The roads stayed closed, according to the country's Ministry of Defence.", "roads stayed closed"),
        # a country's name introduces no body for "the ministry" to refer to
        ("Russia said the drills had ended. The ministry added that the troops would return.", "troops would return"),
    ],
)
def test_an_official_with_nothing_to_refer_to_has_no_speaker(extract_text, speakers_of, text, needle):
    assert speakers_of(extract_text(text), needle) == []
