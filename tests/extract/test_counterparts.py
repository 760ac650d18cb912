"""A counterpart as a speaker is the holder of its owner's office in the country named (`extract.counterparts`)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        ("Liz Truss arrived in Moscow on Wednesday. Her Russian counterpart said the talks had been difficult.",
         "the talks had been difficult", ["Sergei Lavrov"]),
        # a head of government's counterpart is the other country's leader
        ("Boris Johnson spoke to reporters in Munich. His French counterpart said Europe had to stay united.",
         "Europe had to stay united", ["Emmanuel Macron"]),
        # no country named: nobody
        ("Liz Truss arrived in Moscow on Wednesday. Her counterpart said the talks had been difficult.",
         "the talks had been difficult", []),
    ],
)
def test_a_counterpart_is_the_holder_of_the_same_office(extract_text, text, needle, speakers):
    rows = extract_text(text, "2022-02-10").statements
    assert sorted(rows[rows["text"].str.contains(needle, regex=False)]["speaker"]) == speakers
