"""Documents as speakers: a document's owner, its "by" phrase, or who issued, adopted or sent one before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        # a joint statement issued before: one row per author
        ("Russia and China issued a joint statement on Friday. The joint statement criticized the deployment of "
         "missiles in the region.", "deployment of missiles", ["China", "Russia"]),
        # whoever spoke "in a statement" is its author
        ("In a statement on Monday, the Kremlin said the talks had been useful. The statement added that a new "
         "round would follow soon.", "new round would follow", ["Russia"]),
        # a joint statement is not the statement someone gave since
        ("Russia and China issued a joint statement on Friday. The Japanese foreign ministry said in a statement "
         "that it was worried. The joint statement criticized the deployment of missiles in the region.",
         "deployment of missiles", ["China", "Russia"]),
        # a message sent before: its sender ("The message reads")
        ("Vladimir Putin sent greetings to the President of Kazakhstan. The message reads that the two nations "
         "share a long friendship.", "share a long friendship", ["Vladimir Putin"]),
        # a body that adopted a text: the state of that body
        ("The Senate adopted a resolution condemning the buildup. The resolution calls for new sanctions against "
         "the government in Minsk.", "new sanctions against", ["United States"]),
        # a document's owner reads out what it says
        ("The Ministry of Defence's latest update reads: \u201cEnemy columns have almost certainly stalled north of "
         "the city for a third day.\u201d", "Enemy columns", ["United Kingdom"]),
    ],
)
def test_a_document_speaks_for_its_author(extract_text, speakers_of, text, needle, speakers):
    assert speakers_of(extract_text(text), needle) == speakers


@pytest.mark.parametrize(
    "text, needle",
    [
        # a new document ("a statement") is not the one issued before
        ("Russia and China issued a joint statement on Friday. A statement said the talks had been long and hard.",
         "talks had been long"),
        # only a text reads out what it says
        ("He reads the papers every morning: \u201cEvery single page of them, before breakfast and coffee.\u201d",
         "single page"),
    ],
)
def test_no_author_no_speaker(extract_text, speakers_of, text, needle):
    assert speakers_of(extract_text(text), needle) == []
