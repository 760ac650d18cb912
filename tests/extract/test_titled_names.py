"""A proper name with an office as its appositive names a person (`extract.titled_names`)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speaker, country",
    [
        ("Oleksandr Kubrakov, Ukraine's minister of infrastructure, said that the bridges were being repaired.",
         "the bridges were being repaired", "Oleksandr Kubrakov", "UKR"),
        ("Alexei Overchuk, Russia's deputy prime minister, said that gas deliveries would continue.",
         "gas deliveries would continue", "Alexei Overchuk", "RUS"),
    ],
)
def test_a_name_with_an_office_appositive_is_a_person(extract_text, text, needle, speaker, country):
    rows = extract_text(text, "2022-02-14").statements
    row = rows[rows["text"].str.contains(needle, regex=False)].iloc[0]
    assert (row["speaker"], row["speaker_country"]) == (speaker, country)


def test_a_place_with_an_appositive_is_no_person(extract_text):
    rows = extract_text("Kharkiv, the second city of Ukraine, said nothing about the convoy.", "2022-02-14").statements
    assert "Kharkiv" not in set(rows["speaker"])
