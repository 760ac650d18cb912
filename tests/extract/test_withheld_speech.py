"""Speech withheld (extract.withheld_speech): "declined to say" and its kin report that nothing was said."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Jen Psaki declined to say how many soldiers would go to Poland.",
        "Sergei Lavrov refused to comment on the new sanctions.",
        "Olaf Scholz has yet to say whether the pipeline will open.",
    ],
)
def test_withheld_speech_gives_no_row(extract_text, text):
    assert extract_text(text).statements.empty


@pytest.mark.parametrize(
    "text, needle",
    [
        # a negated withholding verb: the speech happened
        ("Boris Johnson did not hesitate to say that Moscow had lied.", "Moscow had lied"),
        # an appeal to speak is no withholding
        ("Joe Biden urged Vladimir Putin to say clearly that he would pull back.", "Vladimir Putin to say clearly"),
    ],
)
def test_speech_not_withheld_still_gives_its_row(extract_text, text, needle):
    texts = extract_text(text).statements["text"].tolist()
    assert any(needle in t for t in texts), texts
