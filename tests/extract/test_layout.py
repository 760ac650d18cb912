"""Hard-wrapped plain text: a line break inside a paragraph is a space, not a boundary."""
from __future__ import annotations

import pytest

from extract.layout import hard_breaks, is_soft_wrap
from extract.quotes import paragraphs

WRAPPED = ("President Joseph R. Biden, Jr. held a secure video call today with\n"
           "President Vladimir Putin of Russia to discuss a range of issues on the\n"
           "U.S.-Russia agenda.\n"
           "\n"
           "Short heading\n"
           "Next paragraph starts here.\n")


@pytest.mark.parametrize(
    "marker, soft",
    [
        ("today with\n", True),  # a long line that does not end a sentence runs on
        ("issues on the\n", True),
        ("agenda.\n", False),  # a sentence ends the line
        ("agenda.\n\n", False),
        ("Short heading\n", False),  # a short line is a heading
    ],
)
def test_soft_wraps(marker, soft):
    i = WRAPPED.index(marker) + len(marker) - 1
    if marker.endswith("\n\n"):
        i -= 1
    assert is_soft_wrap(WRAPPED, i) is soft


def test_paragraphs_join_wrapped_lines():
    found = [WRAPPED[p.start:p.end] for p in paragraphs(WRAPPED)]
    assert found[0].startswith("President Joseph") and found[0].endswith("U.S.-Russia agenda.")
    assert found[1:] == ["Short heading", "Next paragraph starts here."]
    assert len(hard_breaks(WRAPPED)) == 4


def test_a_wrapped_sentence_is_parsed_whole(extract_text):
    result = extract_text("The Kremlin said on Monday that the talks with the United States had been\n"
                          "useful and that Moscow was ready to continue them next week.\n")
    row = result.statements.iloc[0]
    assert row["speaker"] == "Russia"
    assert row["text"].endswith("ready to continue them next week")
