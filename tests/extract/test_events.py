"""Communication events: calls, meetings, talks and visits, with participants, place and tense."""
from __future__ import annotations

import pandas as pd
import pytest


def events(result):
    frame = result.statements
    return frame[frame["method"].str.startswith("event:")]


@pytest.mark.parametrize(
    "text, kind, speaker, addressees, day, future, place",
    [
        ("Le Drian will meet in Bucharest on Thursday with nine ministers from Eastern Europe, including Poland, "
         "the Czech Republic and Estonia.", "meeting", "Jean-Yves Le Drian", ["Poland", "Czech Republic", "Estonia"],
         "2022-02-03", True, "Bucharest"),
        ("Russian Foreign Minister Sergei Lavrov will meet his British counterpart in Moscow on Friday.", "meeting",
         "Sergei Lavrov", ["Liz Truss"], "2022-02-04", True, "Moscow"),
        ("Biden spoke by phone with Zelensky on Sunday.", "call", "Joe Biden", ["Volodymyr Zelensky"], "2022-01-30",
         False, None),
        # a subject of two people who spoke by phone holds both sides
        ("Andrzej Duda and Joe Biden spoke by phone on Monday.", "call", "Andrzej Duda", ["Joe Biden"], "2022-01-31",
         False, None),
        ("Macron may visit Russia next week.", "visit", "Emmanuel Macron", ["Russia"], "2022-02-07", True, "Russia"),
        ("Blinken held talks with Lavrov in Geneva on Friday.", "talks", "Antony Blinken", ["Sergei Lavrov"],
         "2022-01-28", False, "Geneva"),
        # a meeting only made possible lies ahead: a future row on the day of the article, not a held meeting
        ("The ministers raised the possibility of a meeting between Macron and Scholz.", "meeting", "Emmanuel Macron",
         ["Olaf Scholz"], "2022-02-03", True, None),
        # a long title whose name the parse hangs elsewhere; a video conference is a call
        ("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva held a video conference on Monday "
         "with Foreign Policy Adviser to the President of Finland Mikko Virtanen.", "call", "Ihor Zhovkva",
         ["Mikko Virtanen"], "2022-01-31", False, None),
        # the states a phrase lists win over a group it names
        ("Le Drian will meet on Friday with six ministers from the Baltic states and Central Europe, including "
         "Poland and Estonia.", "meeting", "Jean-Yves Le Drian", ["Poland", "Estonia"], "2022-02-04", True, None),
        # a group's officials stand for its member states (resources/groups.csv)
        ("Blinken met on Tuesday with the foreign ministers of the Lublin Triangle.", "meeting", "Antony Blinken",
         ["Lithuania", "Poland", "Ukraine"], "2022-02-01", False, None),
        # a known name the parse breaks ("in Europe" hung on "talks") is still one side, and its "in" is no place
        ("Talks between Russia and the Organization for Security and Co-operation in Europe were held on Thursday.",
         "talks", "Russia", ["OSCE"], "2022-02-03", False, None),
        # a border names two countries, not the one the talks were held in; a trip to it goes to its country
        ("Ukrainian and Russian delegations held talks in the area of the Ukraine-Belarus border on Monday.", "talks", "Ukraine",
         ["Russia"], "2022-01-31", False, None),
        ("Biden will travel to the Polish border with Ukraine on Friday.", "visit", "Joe Biden", ["Poland"],
         "2022-02-04", True, "Poland"),
        # the one who had the call, not the subject of the sentence that mentions it
        ("The ambassador said the United States has engaged closely, citing the call Biden had last week with "
         "Zelensky.", "call", "Joe Biden", ["Volodymyr Zelensky"], "2022-01-24", False, None),
        # an infinitive under a verb with an object: the object is its subject; an invited visit lies ahead
        ("During the meeting, President Zelensky invited the Prime Minister of Canada to visit Ukraine.", "visit",
         "Justin Trudeau", ["Ukraine"], "2022-02-03", True, "Ukraine"),
        ("Biden helped Zelensky to meet Scholz in Munich.", "meeting", "Volodymyr Zelensky", ["Olaf Scholz"],
         "2022-02-03", False, "Munich"),
        ("The President invited the Federal Chancellor to pay a visit to Ukraine.", "visit", "Olaf Scholz", [],
         "2022-02-03", True, "Ukraine"),
        # a country that modifies the people visited is whose they are; a place after them is where
        ("Biden is expected to visit US forces sent to bolster Poland's defenses.", "visit", "Joe Biden", ["Poland"],
         "2022-02-03", True, "Poland"),
        ("Biden visited US troops in Poland on Friday.", "visit", "Joe Biden", ["Poland"], "2022-01-28", False,
         "Poland"),
        ("Britain's prime minister, Boris Johnson, on Wednesday visited Saudi Arabia.", "visit", "Boris Johnson",
         ["Saudi Arabia"], "2022-02-02", False, "Saudi Arabia"),  # a place's own modifier is the place
        # the sentence's subject is no second side of a visit: the inviter is not the visitor
        ("Volodymyr Zelenskyy invited Klaus Iohannis to pay a visit to Ukraine at his convenience.", "visit",
         "Klaus Iohannis", [], "2022-02-03", True, "Ukraine"),
        # what someone expects lies ahead; what went as expected does not (lexicon future_words)
        ("And in parallel, we expect negotiations between the United States and the Russian Federation.", "talks",
         "United States", ["Russia"], "2022-02-03", True, None),
        ("The talks with Putin went as expected, Macron said.", "talks", "Emmanuel Macron", ["Vladimir Putin"],
         "2022-02-03", False, None),
    ],
)
def test_event(extract_text, text, kind, speaker, addressees, day, future, place):
    found = events(extract_text(text))
    assert len(found) == 1, found[["kind", "speaker", "text"]].values.tolist()
    row = found.iloc[0]
    got = (row["kind"], row["speaker"], list(row["addressees"]), str(row["date"])[:10], bool(row["is_future"]),
           None if pd.isna(row["place"]) else row["place"])
    assert got == (kind, speaker, addressees, day, future, place)


def test_an_event_noun_without_participants_takes_the_last_ones(extract_text):
    text = ("Macron has had repeated talks with Putin over the phone in recent days. "
            "Another call is expected Thursday evening.")
    found = events(extract_text(text, "2022-02-02"))
    call = found[found["text"].str.contains("Another call")].iloc[0]
    assert (call["kind"], call["speaker"], list(call["addressees"]), str(call["date"])[:10], bool(call["is_future"])) == (
        "call", "Emmanuel Macron", ["Vladimir Putin"], "2022-02-03", True)


@pytest.mark.parametrize(
    "second, rows",
    [
        ("The call lasted an hour.", 1),  # refers back to the call already reported: no new event
        ("Their talks covered energy and security.", 1),
        ("A second call is planned for Friday.", 2),  # another event between the same sides
        ("The next round of talks is expected next week.", 2),
        # the same sides named again with a definite noun: the same call
        ("The tone of the conversation between the two leaders was frank.", 1),
        ("The call between Biden and Zelensky lasted an hour.", 1),
        ("A call between Biden and Zelensky is planned for Friday.", 2),  # indefinite: a new one
        # a name for the event just told ("This marks ..."), not a new one
        ("This marks the third call between the two leaders this month.", 1),
        ("It was their second conversation this week.", 1),
        ("This is the second call this week and the first call since the summit.", 1),
    ],
)
def test_a_noun_that_refers_back_is_no_new_event(extract_text, second, rows):
    found = events(extract_text("Biden spoke by phone with Zelensky on Sunday. " + second))
    assert len(found) == rows, found[["kind", "text"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        "Talks have failed so far.",  # no participants
        "Putin held a meeting with Defence Minister Sergei Shoigu on Monday.",  # a domestic meeting
        "The minister called for calm.",  # a demand, not a phone call
        "He travelled widely as a young man.",  # travel with no destination
        "Ukraine receives EU candidate status.",  # a name modifying a common noun is no participant
        "Zelensky said the 50-minute call with Ukraine's army chiefs went well.",  # one side only
    ],
)
def test_not_events(extract_text, text):
    assert events(extract_text(text)).empty


@pytest.mark.parametrize("text", [
    # "meet" with an idiom's object meets nobody (lexicon event_frames, class idiom)
    "Analysts say Putin's forces meet resistance from Ukrainians.",
    "Putin's army met stiff opposition from Ukrainians in the south.",
    "Belarusian forces have received more pushback than anticipated from Ukrainian forces.",
    "The German proposal received support from Poland and Lithuania.",
    # a sentence's subject who speaks of talks inside another noun's phrase is not a side of them
    "Vladimir Putin gave an assessment of the negotiations with Ukrainian representatives.",
    "Putin set out Russia's terms in the context of talks with the representatives of Kyiv.",
    # "receive" a thing from a state meets nobody: only a group of people names the states met
    "Georgia has received a second shipment of rifles from France amid the crisis.",
    "Moldova received a large delivery of fuel from Romania on Monday.",
    # the pronoun "us" is not the US
    "Then the mayor of Lviv and his wife speak to us from their office in the city.",
    "Let us talk with Germany about it, the minister said.",
    # an event only tried for is not held (lexicon event_frames, class attempt)
    "Macron had been working to negotiate with Putin to end the crisis.",
    "Scholz attempted to meet Putin in Moscow.",
    # a call with its own to-infinitive or "for" phrase is an appeal (lexicon appeal_nouns)
    "Germany's call to send troops to Lithuania was welcomed by NATO.",
    # the subject of a verb that acts on the event from outside is no side (lexicon event_frames, class outside)
    "The mayor said Putin's forces had taken over a council meeting with residents.",
    "Jordan skipped the summit with Israel.",
    "Kyiv condemned the visit with Putin.",
    # an event only asked for (lexicon event_frames, class appeal, with a to-infinitive)
    "Macron called on Putin to hold talks with Zelensky.",
    # a possessive says whose event it is: not the subject's, even when it names nobody known
    "Biden said the Vice President's meeting with Zelensky went well.",
    # speaking to an audience is an address, not talks (lexicon audience_nouns)
    "The President of Ukraine spoke in the Knesset to the people of Israel.",
    "Zelensky spoke by video to US lawmakers on Wednesday.",
    # a sentence's subject of no known country comments on the event; it is no side of it
    "Ukraine's resistance has put the country in a better place for negotiations with Putin, Elisabeth Braw said.",
])
def test_no_event_row(extract_text, text):
    found = events(extract_text(text, "2022-03-03"))
    assert found[["kind", "speaker"]].values.tolist() == []


@pytest.mark.parametrize("text, expected", [
    ("Macron has had repeated talks with Putin over the phone in recent days.",
     [["talks", "Emmanuel Macron", ["Vladimir Putin"]]]),  # the noun is the verb's object: its subject is a side
    ("Biden met Zelensky in Warsaw on Saturday.", [["meeting", "Joe Biden", ["Volodymyr Zelensky"]]]),
    # counter-examples: a group of people from a state, and the country written US
    ("Zelensky received a delegation from Lithuania in Kyiv on Monday.",
     [["meeting", "Volodymyr Zelensky", ["Lithuania"]]]),
    ("The US held talks with Russia in Geneva on Monday.", [["talks", "United States", ["Russia"]]]),
    ("Scholz met Putin in Moscow after several attempts.", [["meeting", "Olaf Scholz", ["Vladimir Putin"]]]),
    ("Jordan attended the summit with Israel.", [["meeting", "Jordan", ["Israel"]]]),
    ("Biden said Putin's meeting with Macron went well.", [["meeting", "Vladimir Putin", ["Emmanuel Macron"]]]),
    ("After Monday's meeting with Putin, Macron said progress was made.",
     [["meeting", "Emmanuel Macron", ["Vladimir Putin"]]]),  # a day's possessive is no owner
    ("Biden spoke to the Polish president on Saturday.", [["talks", "Joe Biden", ["Andrzej Duda"]]]),
    # a visit "with" someone: the sentence's subject is the visitor (only an invited visit is not the subject's)
    ("As he returned from an in-person visit with the Russian president in Moscow, Macron said Putin had changed.",
     [["visit", "Emmanuel Macron", ["Vladimir Putin"]]]),
    # talks held at an organisation are its forum's: the third round is not the NATO-Russia talks again
    ("After the NATO-Russia talks, there will be a third round of talks at the OSCE.", [["talks", "NATO", ["Russia"]]]),
    ("Ukrainian Foreign Minister Dmytro Kuleba said the talks with Lavrov were useless.",
     [["talks", "Dmytro Kuleba", ["Sergei Lavrov"]]]),
    ("Russian forces took part in talks with Ukraine.", [["talks", "Russia", ["Ukraine"]]]),  # "took", not "took over"
    ("Macron described his call with Putin on Sunday as frank.", [["call", "Emmanuel Macron", ["Vladimir Putin"]]]),
    # a possessive makes the event the subject's own, topic noun or not
    ("Sherman shared the details of her meeting with Stoltenberg.",
     [["meeting", "Wendy Sherman", ["Jens Stoltenberg"]]]),
    ("Putin told Scholz about the results of his talks with Biden.",
     [["talks", "Vladimir Putin", ["Joe Biden"]]]),
    # "the end of" is no topic noun: the subject was at the meeting
    ("Scholz announced new aid at the end of a meeting with Duda on Saturday.",
     [["meeting", "Olaf Scholz", ["Andrzej Duda"]]]),
])
def test_the_subject_still_holds_its_own_event(extract_text, text, expected):
    found = events(extract_text(text, "2022-03-03"))
    assert [[r["kind"], r["speaker"], list(r["addressees"])] for _, r in found.iterrows()] == expected


@pytest.mark.parametrize("text, expected", [
    # a group noun that lists its own members does not refer back to the people met before
    ("Harris met Zelensky in Munich on Saturday. Harris has been meeting with allies in Europe including "
     "Secretary-General Jens Stoltenberg and Latvian President Egils Levits.", [["Kamala Harris", ["Volodymyr Zelensky"]]]),
    ("Biden spoke with Macron on Monday. Biden has also been talking with allies such as Germany and Poland.",
     [["Joe Biden", ["Emmanuel Macron"]]]),
    # a bare plural is a new group, not the participants named before
    ("Blinken met Latvian Foreign Minister Edgars Rinkevics in Riga on Tuesday. US officials have also been holding "
     "discussions with European allies about new sanctions.", [["Antony Blinken", ["Edgars Rinkēvičs"]]]),
    # counter-example: without members of its own, "the allies" are the participants named before
    ("Biden spoke with Macron and Scholz on Monday. The allies will meet again next week.",
     [["Joe Biden", ["Emmanuel Macron", "Olaf Scholz"]], ["Joe Biden", ["Emmanuel Macron", "Olaf Scholz"]]]),
])
def test_group_nouns_refer_back_only_without_members_of_their_own(extract_text, text, expected):
    found = events(extract_text(text, "2022-02-19"))
    assert [[r.speaker, list(r.addressees)] for r in found.itertuples()] == expected


def test_talks_at_an_organisation_in_a_party_s_own_text(pipeline):
    """"Further talks are to be held at the OSCE" in a Kremlin release: Russia and the OSCE, ahead."""
    import datetime as dt

    from extract.pipeline import extract_articles
    from extract.records import Article

    text = ("Vladimir Putin had a telephone conversation with President of Finland Sauli Niinisto. "
            "Further talks are to be held at the OSCE on January 20.")
    article = Article(article_id="k", text=text, title="Telephone conversation with President of Finland",
                      source="kremlin.ru", url="http://en.kremlin.ru/events/president/news/1",
                      published=dt.date(2021, 12, 31))
    found = events(extract_articles([article], nlp=pipeline))
    rows = found[found["text"].str.startswith("Further talks")]
    assert [[r["speaker"], list(r["addressees"]), str(r["date"])[:10], bool(r["is_future"])]
            for _, r in rows.iterrows()] == [["OSCE", ["Russia"], "2022-01-20", True]]
