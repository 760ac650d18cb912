"""People named earlier in full: a later surname alone names them, whatever label the model gives it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, needle, speakers",
    [
        ("The opposition leader, Martin Calloway, visited the border town. \u201cWe stand with the people of "
         "this town,\u201d Calloway said after the visit.", "stand with the people", ["Martin Calloway"]),
        ("The head of the signals agency, Sir Peter Hollings, spoke in Canberra on Tuesday. Hollings said the "
         "two countries would grow closer over the next decade.", "grow closer", ["Peter Hollings"]),
        # a curly apostrophe in the surname, and one spelling for the name
        ("Radio reporter Laura D\u2019Amico apologised on Sunday. D\u2019Amico said she had chosen her words "
         "badly during the broadcast.", "chosen her words", ["Laura D'Amico"]),
        # one letter dropped from a long surname
        ("The defence lawyer, Thomas Ferrantino, spoke to the court on Monday. \u201cThe case against my client is very "
         "weak indeed,\u201d Ferantino added.", "case against my client", ["Thomas Ferrantino"]),
        # a typo in the surname of a known actor with the same given name
        ("Secretary of State Antony Blinkin said the allies would answer together.", "answer together",
         ["Antony Blinken"]),
    ],
)
def test_a_surname_names_the_person_introduced(extract_text, speakers_of, text, needle, speakers):
    assert speakers_of(extract_text(text), needle) == speakers


@pytest.mark.parametrize(
    "text, needle",
    [
        # a surname nobody was introduced under
        ("\u201cWe stand with the people of this town,\u201d Calloway said after the visit.", "stand with the people"),
        # a short word a letter off is another name
        ("The defence lawyer, Anna Berg, spoke to the court. \u201cThe case against my client is very weak,\u201d Burg added.",
         "case against my client"),
    ],
)
def test_a_surname_nobody_was_introduced_under_names_nobody(extract_text, speakers_of, text, needle):
    assert speakers_of(extract_text(text), needle) == []


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Antony Bloom said the allies would answer together.", "answer together"),
        ("Historian Antony Blackwell said on Monday that the allies would answer together.", "answer together"),
    ],
)
def test_another_surname_is_not_a_known_actor(extract_text, speakers_of, text, needle):
    assert "Antony Blinken" not in speakers_of(extract_text(text), needle)
