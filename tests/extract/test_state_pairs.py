"""'Both countries', 'the two nations': the pair of states coordinated just before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        ("The votes of Brazil and Mexico surprised the diplomats. Both countries said they wanted more time for "
         "talks.", "wanted more time", ["Brazil", "Mexico"]),
        ("Officials from Poland and Lithuania met in Vilnius on Monday. The two nations agreed to share radar "
         "data from now on.", "share radar data", ["Lithuania", "Poland"]),
    ],
)
def test_a_pair_noun_names_the_states_coordinated_before(extract_text, speakers_of, text, needle, speakers):
    assert speakers_of(extract_text(text), needle) == speakers


@pytest.mark.parametrize(
    "text, needle",
    [
        # no pair of states before
        ("The vote surprised the diplomats. Both countries said they wanted more time for talks.", "wanted more time"),
        # a modifier of its own makes another group ("both Baltic countries")
        ("The votes of Brazil and Mexico surprised the diplomats. Both Baltic countries said they wanted more "
         "time for talks.", "wanted more time"),
    ],
)
def test_a_pair_noun_with_no_pair_before_names_nobody(extract_text, speakers_of, text, needle):
    assert speakers_of(extract_text(text), needle) == []
