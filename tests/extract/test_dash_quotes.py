"""Dash-led quotes (extract.dash_quotes): paragraphs that open with a dash and name their speaker after the next one."""
from __future__ import annotations

import pytest

from extract.dash_quotes import dash_quotes


@pytest.mark.parametrize(
    "text, quotes",
    [
        ("\u2014 We will respond, \u2014 the minister said. \u2014 And quickly.", ["We will respond", "And quickly."]),
        ("\u2013 The troops will stay \u2013 said the spokesman.", ["The troops will stay"]),
        ("- Ukraine will not give up, - the president said.", ["Ukraine will not give up"]),
        ("\u2013 100,000 troops near the border", []),  # a list item: no narration
        ("\u2013 Russia has moved tanks \u2013 and the West is watching.", []),  # an aside: no speech verb
        ("\u2014 \u201cWe will respond,\u201d the minister said.", []),  # quotation marks: the ordinary quote rules
        # quotation marks elsewhere in the paragraph do not matter
        ("- The bridge will open in May - she said, calling it \"a gift\".", ["The bridge will open in May"]),
        # mid-paragraph: the dash opens right after a sentence end
        ("The mayor spoke about the floods.- We will rebuild every house - he said.", ["We will rebuild every house"]),
        ("He named the \"main task\".- The roads come first - the mayor said. Then he left.", ["The roads come first"]),
        ("Prices rose again. - Nobody expected it - and the shops closed early.", []),  # no speech verb
        ("The farm lies east of the river - said to be the oldest in the region.", []),  # no sentence end before
    ],
)
def test_dash_quotes(text, quotes):
    assert [text[q.start:q.end] for q in dash_quotes(text, 0, len(text))] == quotes


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("\u2014 We will respond to any provocation, \u2014 Sergei Lavrov said. \u2014 And we will do it firmly.",
         "Sergei Lavrov", "We will respond to any provocation"),
        ("\u2014 We will respond to any provocation, \u2014 Sergei Lavrov said. \u2014 And we will do it firmly.",
         "Sergei Lavrov", "And we will do it firmly."),
        ("\u2013 The troops will stay in Belarus until the end of the exercises \u2013 said Dmitry Peskov.",
         "Dmitry Peskov", "The troops will stay in Belarus until the end of the exercises"),
        ("Dmitry Peskov spoke about the exercises.- The troops will go home after the drills - said Peskov.",
         "Dmitry Peskov", "The troops will go home after the drills"),
    ],
)
def test_dash_led_quote_rows(extract_text, text, speaker, content):
    rows = extract_text(text).statements
    assert (speaker, "direct_quote", content) in [(r["speaker"], r["kind"], r["text"]) for r in rows.to_dict("records")]
