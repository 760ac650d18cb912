"""Which transcript paragraphs say something: thanks, greetings, hand-overs and broken-off words do not."""
from __future__ import annotations

import pytest

from extract.turn_formulas import says_something, sentence_says_nothing


@pytest.mark.parametrize(
    "chunk, says",
    [
        ("Thank you.", False),
        ("Thanks very much.  And thanks, everybody.", False),
        ("Go ahead.", False),
        ("Good afternoon. (Laughter.)", False),
        ("Yep.", False),
        ("Please, go ahead.  Any questions?", False),
        ("Ok, thank you very much.", False),
        ("Mr Kowalski, go ahead, please.", False),  # an address before the hand-over
        ("Thank you. Ms Novak, thank you very much.", False),
        ("Thank you very much, Ms Novak. Colleagues, are there any questions for Ms Novak about the harvest or "
         "about the roads?", False),  # a long hand-over
        ("The floor is yours, sir, if you wish to say anything.", False),
        ("We'll get a ch- \u2014 we'll get a \u2014", False),  # broken off
        ("And with that, I will hand it back over to our host for the questions.", False),  # passing the turn on
        ("Thanks, all.  That concludes our call today.  And with that, the embargo ends.", False),
        ("As a reminder, this call is on background and embargoed until six.", False),  # the call's ground rules
        ("Anna, why don't you kick us off?", False),  # a first name as the address, then a hand-over
        ("It's good to be back. Thank you, Governor.", False),  # a pleasantry and thanks
        ("Let me give you an update on that, Tom.", False),  # announcing words that come later
        ("We'll continue to provide updates to all of you.", False),  # promising news, giving none
        ("And of course, we\u2019ll continue to provide updates to you.", False),  # a curly apostrophe, "of course"
        ("Anna, why don\u2019t you kick us off?", False),
        ("Anna, the bridge will be repaired by the end of the summer.", True),  # a first name, then words
        ("It's good to be back in a city that rebuilt its harbour after the storm.", True),  # a long sentence
        ("Let me give you an update: the convoy reached the border town this morning.", True),
        ("With that, we will impose sanctions on the banks that finance the war.", True),
        ("We will not recognise the referendum.", True),
        ("Thank you.  We will not recognise the referendum, and neither will our allies.", True),
        ("Thanks to our allies, the sanctions are working as we intended them to.", True),  # a long sentence
        ("Mr Kowalski, the bridge will be repaired by the end of the summer.", True),  # an address, then words
        ("The talks broke down because the other side walked out of the room \u2014", True),  # long: not a fragment
        ("There are certainly many groups \u2014", True),  # no word broken off: it says something
    ],
)
def test_a_paragraph_says_something(chunk, says):
    assert says_something(chunk) is says


@pytest.mark.parametrize(
    "sentence, nothing",
    [
        ("Colleagues, are there any questions?", True),
        ("Yes, Mr Kowalski, go ahead please.", True),
        ("Yes, the bridge will open in May.", False),
        ("Thank you all.", True),
        ("Thank you for the report on the schools, which shows that the reform has worked in every region.", False),
    ],
)
def test_sentence_says_nothing(sentence, nothing):
    assert sentence_says_nothing(sentence) is nothing


REMARKS = (
    "PRESIDENT BIDEN:  Welcome, everyone.  We will talk about the energy markets and the new pipeline today.\n\n"
    "CHANCELLOR SCHOLZ:  Thank you for having me.  We are close allies, and we will act together.\n\n"
    "PRESIDENT BIDEN:  Thank you all.\n\n"
    "(Cross-talk by reporters.)\n\n"
    "PRESIDENT BIDEN:  We'll get a ch- \u2014 we'll get a \u2014\n\n"
)


def test_a_formula_sentence_gives_no_row_of_any_rule(pipeline):
    import datetime as dt

    from extract.pipeline import extract_articles
    from extract.records import Article

    article = Article("b", REMARKS, title="Remarks by President Biden and Chancellor Scholz Before Bilateral Meeting",
                      published=dt.date(2022, 2, 7), source="whitehouse.gov")
    result = extract_articles([article], nlp=pipeline)
    assert not result.statements["text"].str.contains("you all|get a", regex=True).any()
    assert "drop:statement:turn-formula" in set(result.drops["rule"])
