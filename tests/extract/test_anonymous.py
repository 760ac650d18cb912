"""Anonymous sources: rows with speaker `anonymous` (speaker_type `anonymous`, no country), unless left out with
`keep_anonymous=False`; pronouns, office holders and the press are never anonymous rows. Invented sentences."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extract.records import Article


@pytest.mark.parametrize(
    "text, needle, mention",
    [
        ("Experts say the conflict could last for months.", "could last for months", "Experts"),
        ("Analysts believe the sanctions will not change the Kremlin's course.", "will not change", "Analysts"),
        ("Residents said the shelling had stopped on Monday.", "the shelling had stopped", "Residents"),
        ("The bridge was closed, according to local residents.", "The bridge was closed", "local residents"),
        ("Protesters said the march would continue on Sunday.", "march would continue", "Protesters"),
        ("Economists warn that prices could double by spring.", "prices could double", "Economists"),
    ],
)
def test_an_anonymous_source_is_an_anonymous_row(extract_text, text, needle, mention):
    rows = extract_text(text).statements
    row = rows[rows["text"].str.contains(needle, regex=False)].iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("anonymous", "anonymous") and pd.isna(row["speaker_country"])
    assert row["speaker_mention"] == mention
    assert text[int(row["speaker_start"]):int(row["speaker_end"])] == mention


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said the talks would go on.",  # one office holder: his owner was not found
        "Local media said the talks would go on.",  # the press
        "We believe the talks would go on.",  # a pronoun
    ],
)
def test_office_holders_the_press_and_pronouns_are_not_anonymous_rows(extract_text, text):
    assert "anonymous" not in set(extract_text(text).statements["speaker"])


def test_a_pronoun_after_an_anonymous_source_does_not_refer_back_to_it(extract_text):
    rows = extract_text("Experts say the war will be long. He said that the talks would fail.").statements
    assert list(rows["speaker"]) == ["anonymous"]


def test_anonymous_sources_can_be_left_out(pipeline):
    from extract.pipeline import extract_articles

    article = Article("t", "Analysts say the sanctions will hurt the economy of the region.", published=dt.date(2022, 2, 3))
    result = extract_articles([article], nlp=pipeline, keep_anonymous=False)
    assert result.statements.empty
    assert list(result.drops["rule"]) == ["drop:statement:anonymous"]
