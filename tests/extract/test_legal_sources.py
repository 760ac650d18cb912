"""Sources of a justice system speak for the state named on them, else for the last state body introduced."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        ("U.S. officials said on Monday that they had arrested two men. According to court documents, the men ran "
         "a fraud ring for three years.", "ran a fraud ring", ["United States"]),
        ("Polish officials said the two suspects were held in Warsaw. Prosecutors allege the men hid the money in "
         "shell companies.", "hid the money", ["Poland"]),
        ("German officials confirmed the arrests on Friday. The indictment alleges that the pair sold the data "
         "abroad.", "sold the data", ["Germany"]),
        # the state named on the source
        ("Ukrainian investigators say the missile was fired from the north.", "missile was fired", ["Ukraine"]),
        ("Polish police said the two men were detained near the border.", "two men were detained", ["Poland"]),
    ],
)
def test_a_legal_source_speaks_for_its_state(extract_text, speakers_of, text, needle, speakers):
    assert speakers_of(extract_text(text), needle) == speakers


@pytest.mark.parametrize(
    "text, needle",
    [
        # no state in view
        ("According to court documents, the men ran a fraud ring for three years.", "ran a fraud ring"),
        ("Prosecutors allege the men hid the money in shell companies.", "hid the money"),
        # a document that is not a court's
        ("Polish officials said the two suspects were held. According to leaked documents, the men hid the money.",
         "hid the money"),
    ],
)
def test_a_legal_source_with_no_state_in_view_has_no_speaker(extract_text, speakers_of, text, needle):
    assert speakers_of(extract_text(text), needle) == []
