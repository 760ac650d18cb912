"""Hard-wrapped plain text: a line break inside a paragraph is a space, not a boundary."""
from __future__ import annotations

import pytest

from extract.layout import hard_breaks, hard_wrapped, is_soft_wrap
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


# A transcript saved as text: wrapped at about 70 characters, blank lines between paragraphs, and lines
# that end with a full stop in the middle of a paragraph.
TRANSCRIPT = ("MS. DOE:  Good afternoon.  The minister will travel to the capital next\n"
              "week to meet her counterparts.  She will discuss energy and security.\n"
              "The talks follow a series of calls with allies over the past month and\n"
              "a meeting of the alliance's foreign ministers in the spring.\n"
              "\n"
              "Q    Will she meet the president?\n"
              "\n"
              "MS. DOE:  I do not have anything on her schedule beyond the meetings\n"
              "with her counterparts, but we will share more when we can tell you.\n"
              "The schedule is still being worked out with the hosts, as is usual for\n"
              "a visit of this kind, and it may change before she leaves.\n")


def test_a_text_wrapped_throughout_is_recognised():
    assert hard_wrapped(TRANSCRIPT)
    assert not hard_wrapped(WRAPPED)  # too few wrapped lines to tell
    one_line_paragraphs = "\n\n".join(["A paragraph written on one line that goes on well past any wrap width, "
                                       "as web pages and feeds do with their paragraphs. " * 2] * 6)
    assert not hard_wrapped(one_line_paragraphs.replace("\n\n", "\n", 3))


@pytest.mark.parametrize(
    "marker, soft",
    [
        ("security.\n", True),  # a full stop at a wrap is inside the paragraph in a hard-wrapped text
        ("counterparts, but", False),  # not a newline at all
        ("in the spring.\n", False),  # a blank line follows: the paragraph ends
        ("the president?\n", False),
    ],
)
def test_breaks_of_a_hard_wrapped_text(marker, soft):
    i = TRANSCRIPT.index(marker) + len(marker) - 1
    assert is_soft_wrap(TRANSCRIPT, i) is soft


def test_a_label_or_list_item_after_a_full_stop_starts_a_new_line():
    text = TRANSCRIPT.replace("She will discuss energy and security.\n", "She will discuss energy and security.\n"
                              "- The visit is her first this year and will last two days in all.\n")
    i = text.index("security.\n") + len("security.\n") - 1
    assert hard_wrapped(text) and not is_soft_wrap(text, i)
