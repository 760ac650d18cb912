"""Statements: direct quotes, reported speech, speakers and their dates, on real parses."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.speech import phrasal_act, subject_of
from extract.statements import cue_span

SEED_TEXT = "seeds/000_f10cf6ce6e030c01.txt"


def rows(result, **where):
    frame = result.statements
    for column, value in where.items():
        frame = frame[frame[column] == value]
    return frame


def one(result, needle: str):
    """The single statement whose content contains `needle`."""
    hits = result.statements[result.statements["text"].str.contains(needle, regex=False)]
    assert len(hits) >= 1, f"no statement with {needle!r}: {result.statements[['speaker', 'text']].values.tolist()}"
    return hits.iloc[0]


@pytest.mark.parametrize(
    "text, needle, speaker, kind, day",
    [
        # a quote with its cue after it, a pronoun resolved to the person named just before
        ("\u201cWe are ready for dialogue, but not at any price,\u201d Ukrainian Foreign Minister Dmytro Kuleba "
         "told reporters in Kyiv on Tuesday.", "ready for dialogue", "Dmytro Kuleba", "direct_quote", "2022-02-01"),
        ("Dmytro Kuleba spoke in Kyiv on Tuesday.\n\nHe said Ukraine would not accept any ultimatum from Moscow.",
         "would not accept", "Dmytro Kuleba", "reported_speech", "2022-02-01"),  # the occasion just named
        # a date on a noun of another clause ("the summit on May 5") is not when the second clause was said
        ("Kuleba noted the participation of Ruritania in the summit on August 23 and urged Ruritania to send more aid.",
         "Ruritania to send more aid", "Dmytro Kuleba", "reported_speech", "2022-02-03"),
        # a speaker quoted again far from any dated occasion keeps their own occasion, not the lede's
        ("On Tuesday, Lavrov said the talks had failed.\n\nJohn Kirby told reporters on Wednesday that the force "
         "was ready.\n\nThe border is long.\n\nThe winter is cold.\n\nThe roads are poor.\n\nThe rivers are wide."
         "\n\nThe towns are small.\n\nThe farms are large.\n\nKirby said the troops would move soon.",
         "troops would move soon", "John Kirby", "reported_speech", "2022-02-02"),
        # state metonyms resolve to the state
        ("The Pentagon said on Monday that it would send 2,000 troops to Poland.", "would send 2,000",
         "United States", "reported_speech", "2022-01-31"),
        ("The Kremlin said on Wednesday that the talks had been useful.", "talks had been useful", "Russia",
         "reported_speech", "2022-02-02"),
        # a title without a name resolves through the actor table
        ("The French president said on Wednesday that Europe must stay united.", "Europe must stay united",
         "Emmanuel Macron", "reported_speech", "2022-02-02"),
        # "according to X"
        ("Russia has massed troops near the border, according to Polish Foreign Minister Zbigniew Rau.",
         "Russia has massed troops", "Zbigniew Rau", "reported_speech", "2022-02-03"),
        # an object as content: "denies plans to invade"
        ("Russia denies plans to invade Ukraine.", "plans to invade", "Russia", "reported_speech", "2022-02-03"),
        # a speaker right beside the verb when the parse gives none
        ("\u201cThe sanctions will bite hard,\u201d said British Prime Minister Boris Johnson.", "sanctions will bite",
         "Boris Johnson", "direct_quote", "2022-02-03"),
    ],
)
def test_statement(extract_text, text, needle, speaker, kind, day):
    row = one(extract_text(text), needle)
    assert (row["speaker"], row["kind"], str(row["date"])[:10]) == (speaker, kind, day)


def test_quote_split_around_its_cue_keeps_the_speaker(extract_text):
    text = "\u201cWe are ready to talk,\u201d Lavrov said on Monday. \u201cBut we will not wait forever.\u201d"
    result = extract_text(text)
    quotes = rows(result, kind="direct_quote")
    assert quotes["text"].tolist() == ["We are ready to talk", "But we will not wait forever."]
    assert set(quotes["speaker"]) == {"Sergei Lavrov"}
    assert set(quotes["date"].astype(str).str[:10]) == {"2022-01-31"}


@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        # a quote after "“A. B,” X said." continues X even though the first quote began two sentences back
        ("\u201cWe were ready. We were qualified,\u201d Jens Stoltenberg said on Monday. \u201cWe will stay.\u201d",
         "We will stay", "Jens Stoltenberg"),
        # two apostrophes as quote marks, the speaker after the verb
        ("''It is more tinkering at the edges,'' said Olaf Scholz. ''I would not call it reform.''",
         "I would not call it reform", "Olaf Scholz"),
        ("Sanctions were discussed. Said Blinken: \u201cWe are ready for every outcome.\u201d", "ready for every outcome",
         "Antony Blinken"),
        ("As Sergei Lavrov put it, \u201cthe ball is in their court now.\u201d", "the ball is in their court", "Sergei Lavrov"),
        ("The crowd was silent until Zelensky shouted: \u201cWe will defend our country.\u201d", "defend our country",
         "Volodymyr Zelensky"),
    ],
)
def test_more_quote_cues(extract_text, text, needle, speaker):
    assert one(extract_text(text), needle)["speaker"] == speaker


def test_floating_quote_paragraph_continues_the_previous_speaker(extract_text):
    text = ("\u201cThe most important thing is to keep talking,\u201d Macron told reporters on Wednesday.\n\n"
            "\u201cDepending on the progress of our discussions, I do not exclude any trip.\u201d")
    row = one(extract_text(text), "Depending on the progress")
    assert (row["speaker"], row["method"], str(row["date"])[:10]) == ("Emmanuel Macron", "quote:floating", "2022-02-02")
    assert pd_isna(row["speaker_start"])


def test_a_transcript_turn_label_names_the_speaker_of_its_quote(extract_text):
    text = ("Debate transcript\n\n"
            "\"MODERATOR: Let us begin with the question of the border tonight.\n\n"
            "\"BIDEN: We will not send American troops to fight in Ukraine, and I have said so many times.\n\n"
            "\"But we will defend every inch of NATO territory with our allies.")
    result = extract_text(text)
    row = one(result, "We will not send")
    assert (row["speaker"], row["speaker_mention"], row["method"]) == ("Joe Biden", "BIDEN", "quote:turn-label")
    assert row["text"].startswith("We will not send")  # the label is not part of what was said
    assert one(result, "every inch")["speaker"] == "Joe Biden"  # the turn goes on
    assert rows(result, speaker="MODERATOR").empty  # no known actor: not a speaker of the product


def test_joint_speakers_give_one_row_each(extract_text):
    result = extract_text("French President Emmanuel Macron and US President Joe Biden agreed on Wednesday to "
                          "coordinate their response to Russia.")
    agreed = rows(result, act="agree")
    assert sorted(agreed["speaker"]) == ["Emmanuel Macron", "Joe Biden"]
    assert sorted(agreed["co_speakers"].map(list).sum()) == ["Emmanuel Macron", "Joe Biden"]


@pytest.mark.parametrize(
    "text",
    [
        "It was announced that the talks would resume.",
        "He said that the negotiations would fail.",
    ],
)
def test_a_cue_without_a_source_gives_no_row(extract_text, text):
    assert extract_text(text).statements.empty


@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        # ", adding that ...": the participle's speaker is the subject of "said", not a name in the content
        ("It was not clear what had caused the disruption, the IAEA said, adding that transmissions from other "
         "nuclear facilities in Ukraine were continuing.", "transmissions from other", "International Atomic Energy Agency"),
        # after "X said Putin could ...", "He" goes on with X (the main clause's subject), not Putin
        ("Macron said Putin had promised not to escalate. He told reporters that the talks would go on.",
         "the talks would go on", "Emmanuel Macron"),
        # a pronoun in a "where" clause inside the main clause's place phrase is bound to its subject
        ("Andrew Geddes said Europe was welcoming. On Friday Polish President Andrzej Duda toured a border crossing "
         "in Korczowa, where he met with refugees and told reporters that Poland would welcome them.",
         "Poland would welcome them", "Andrzej Duda"),
        # "adding" deep inside what Biden said goes on with Biden's words, not Putin's
        ("Biden said that he is now convinced Putin has made the decision to invade Ukraine, adding that the US "
         "believes Russian forces intend to attack.", "the US believes", "Joe Biden"),
    ],
)
def test_speakers_from_the_main_clause(extract_text, text, needle, speaker):
    assert one(extract_text(text), needle)["speaker"] == speaker


@pytest.mark.parametrize("text, needle, speaker", [
    # an adviser of a leader speaks for the leader's state; short verbless quotes after a speech verb stay quotes
    ("A Zelensky adviser said the talks were useful.", "talks were useful", "Ukraine"),
    ("\u201cA terrible tragedy for the whole of Europe,\u201d Scholz said.", "terrible tragedy", "Olaf Scholz"),
    # a capitalised title with a prepositional part, then the name: the name is the speaker
    ('"We are looking at a crisis," UN High Commissioner for Refugees Filippo Grandi said.', "looking at a crisis",
     "Filippo Grandi"),
    ("The Foreign Minister of Ukraine Dmytro Kuleba said talks were useful.", "talks were useful", "Dmytro Kuleba"),
    # "the PM": the prime minister named before
    ("Prime Minister Boris Johnson visited the base on Monday. The PM said the talks had been useful.",
     "talks had been useful", "Boris Johnson"),
    # with no person subject before, "he" is the one person the sentence before names
    ("Space is high on Mr Macron's list of plans. He announced that he would host a summit next month.",
     "would host a summit", "Emmanuel Macron"),
])
def test_title_then_name(extract_text, text, needle, speaker):
    assert one(extract_text(text), needle)["speaker"] == speaker


def test_what_is_added_is_not_also_the_said_content(extract_text):
    result = extract_text("Biden said that Putin has made the decision to invade Ukraine, adding that the attack "
                          "could come within days.")
    said = rows(result, cue="said")
    assert list(said["text"]) == ["Putin has made the decision to invade Ukraine"]
    assert list(rows(result, cue="adding")["text"]) == ["the attack could come within days"]


def test_dismissing_someone_as_something_is_a_statement(extract_text):
    assert one(extract_text("Putin dismissed him as a puppet."), "as a puppet")["speaker"] == "Vladimir Putin"


@pytest.mark.parametrize("text, speaker", [
    ("In recent years, SpaceX provided an alternative to the Soyuz system, Jordan Bimm said.", "Jordan Bimm"),
    ("Deputy Attorney General Lisa Monaco said companies must be on alert.", "Lisa Monaco"),
])
def test_a_country_in_a_persons_name_is_not_their_country(extract_text, text, speaker):
    rows_ = rows(extract_text(text), speaker=speaker)
    assert len(rows_) == 1 and pd_isna(rows_.iloc[0]["speaker_country"])


def test_a_short_quoted_noun_phrase_is_no_quote(extract_text):
    result = extract_text('David Wilezol, a former speechwriter at the State Department, gave Biden a "C," saying '
                          "the remarks lacked references to China.")
    assert rows(result, kind="direct_quote").empty
    assert list(result.statements["text"]) == ["the remarks lacked references to China"]


@pytest.mark.parametrize(
    "text, wrong_speaker, wrong_text",
    [
        # a named subject before "said": what follows is content, not an inverted speaker
        ("Hamish de Bretton-Gordon, a former army officer, said Putin could unleash a bioweapon.", "Vladimir Putin", None),
        # "He" after an unresolvable main subject is nobody we know, and certainly not Putin
        ('Colonel de Bretton-Gordon said Putin could unleash a bioweapon. He told The Sun: "The Russians could '
         'use a Ukrainian lab to release a bioweapon."', "Vladimir Putin", None),
        # a quoted programme title after a preposition is no quote
        ('"If we are concerned about hostilities in Ukraine, we will begin warning US citizens," Nuland said in '
         'an interview with CNN on "The Lead."', None, "The Lead."),
        # an adverbial clause before "called" is not what was called
        ("When nickel prices rose about 21% last year, Elon Musk, the chief executive of Tesla, called nickel "
         "supplies \u201cour biggest concern for scaling\u201d battery production.", None, "When nickel prices"),
        # "dismiss" a person is to fire him ("dismissed him as a puppet" is still a statement)
        ("Tokayev lost control of the military, leading him to dismiss Mr. Nazarbayev and Mr. Masimov.", None,
         "Nazarbayev"),
        # a speech verb in a request is asked for, not said: "the request that he confirm", "that Russia explain"
        ("He chose not to respond, despite Moscow's request that he confirm that he received the message.", None,
         "received the message"),
        ("The US demanded that Russia explain the buildup.", "Russia", None),
        # a speech verb with a modal inside someone else's words or fears is not its subject's statement
        ("The moves were yet another sign that the US fears Putin could order an invasion at any time.",
         "Vladimir Putin", None),
        ("Biden said Putin could announce the recognition of the separatist regions.", "Vladimir Putin", None),
        # a dateline is where the story was filed, not who spoke or met
        ("WARSAW, POLAND -- President Joe Biden's high-stakes summit with other NATO leaders on Thursday will "
         "be closely watched.", "Poland", None),
        # a person's adviser is not the person; a book title is no quote
        ("A former Pence national security adviser said Putin's tone is exceptionally aggressive.", "Mike Pence",
         None),
        ("He chose the latter, explained Leon Aron, a Russia expert and the author of \u201cYeltsin: A Revolutionary "
         "Life,\u201d who is now writing a book.", None, "Yeltsin"),
    ],
)
def test_no_wrong_speaker_or_content(extract_text, text, wrong_speaker, wrong_text):
    statements = extract_text(text).statements
    assert wrong_speaker is None or wrong_speaker not in set(statements["speaker"])
    assert wrong_text is None or not statements["text"].str.contains(wrong_text, regex=False).any()


def test_a_scare_quote_belongs_to_its_reported_statement(extract_text):
    result = extract_text("Macron said this week that Russia behaves like an \u201cimbalance power\u201d in the region.")
    assert rows(result, kind="direct_quote").empty
    row = one(result, "imbalance power")
    assert (row["speaker"], row["kind"], row["date_precision"]) == ("Emmanuel Macron", "reported_speech", "week")


def test_offsets_reproduce_the_text_exactly(extract_text):
    text = open(SEED_TEXT, encoding="utf-8").read()
    result = extract_text(text, "2022-02-02")
    frame = result.statements
    assert len(frame) >= 15
    for r in frame.itertuples():
        assert text[r.content_start:r.content_end] == r.text
        assert text[r.sentence_start:r.sentence_end] == r.sentence
        if not pd_isna(r.speaker_start):
            assert text[int(r.speaker_start):int(r.speaker_end)] == r.speaker_mention
        if not pd_isna(r.cue_start):
            assert text[int(r.cue_start):int(r.cue_end)] == r.cue


def test_seed_examples_from_the_issue(extract_text):
    """The seed examples the product was specified with (issue 2)."""
    result = extract_text(open(SEED_TEXT, encoding="utf-8").read(), "2022-02-02")
    call = rows(result, kind="call").iloc[0]
    assert {call["speaker"], *call["addressees"]} == {"Emmanuel Macron", "Joe Biden"}
    assert str(call["date"])[:10] == "2022-02-02"
    quote = one(result, "I do not exclude any initiative or trip")
    assert (quote["speaker"], str(quote["date"])[:10]) == ("Emmanuel Macron", "2022-02-02")
    quote = one(result, "France is ready to commit to new NATO reinsurance measures for Romania")
    assert (quote["speaker"], str(quote["date"])[:10]) == ("Jean-Yves Le Drian", "2022-02-02")
    meeting = rows(result, kind="meeting").iloc[0]
    assert (meeting["speaker"], str(meeting["date"])[:10], bool(meeting["is_future"]), meeting["place"]) == (
        "Jean-Yves Le Drian", "2022-02-03", True, "Bucharest")
    assert list(meeting["addressees"]) == ["Poland", "Czech Republic", "Estonia"]  # the states listed, not a group
    quote = one(result, "ongoing coordination on diplomacy")  # dated by the call it was said in ("on Wednesday")
    assert (quote["date_precision"], quote["date_text"]) == ("day", "Wednesday")
    assert one(result, "plans to invade")["speaker"] == "Russia"
    # the author box and "Check Also" teaser at the end give nothing
    assert result.statements["sentence_start"].max() < open(SEED_TEXT, encoding="utf-8").read().index("About Alma")


# ----- rule helpers on hand-built parses (independent of the model) ----------------------------------
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, like_num) without a model


def _doc(words, heads, deps, tags):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags)


def test_subject_is_inherited_through_coordination():
    # Russia denies plans and says ...
    doc = _doc(["Russia", "denies", "plans", "and", "says", "no"], [1, 1, 1, 1, 1, 4],
               ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"], ["NNP", "VBZ", "NNS", "CC", "VBZ", "DT"])
    assert subject_of(doc[4]).text == "Russia"


def test_cue_span_takes_told_reporters():
    doc = _doc(["He", "told", "reporters", "that", "it", "works"], [1, 1, 1, 5, 5, 1],
               ["nsubj", "ROOT", "dobj", "mark", "nsubj", "ccomp"], ["PRP", "VBD", "NNS", "IN", "PRP", "VBZ"])
    start, end = cue_span(doc[1])
    assert doc.text[start:end] == "told reporters"


@pytest.mark.parametrize(
    "words, act",
    [(["He", "called", "for", "talks"], "demand"), (["He", "ruled", "out", "talks"], "reject"),
     (["He", "called", "Putin"], None)],
)
def test_phrasal_speech_verbs(words, act):
    deps = ["nsubj", "ROOT", "prep" if words[2] in ("for",) else ("prt" if words[2] == "out" else "dobj"), "pobj"]
    heads = [1, 1, 1, 2 if words[2] == "for" else 1][: len(words)]
    doc = _doc(words, heads, deps[: len(words)], ["PRP", "VBD", "IN", "NNS"][: len(words)])
    found = phrasal_act(doc[1])
    assert (found[0] if found else None) == act


def pd_isna(value) -> bool:
    import pandas as pd

    return bool(pd.isna(value))


@pytest.mark.parametrize("text, needle", [
    # two people named in the sentence before: "he" is neither
    ("Space is high on the lists of Mr Macron and Mr Scholz. He announced that he would host a summit next month.",
     "would host a summit"),
    # the person named is a woman
    ("Space is high on Ms Truss's list of plans. He announced that he would host a summit next month.",
     "would host a summit"),
])
def test_a_pronoun_with_no_single_person_before_names_nobody(extract_text, text, needle):
    frame = extract_text(text).statements
    assert frame[frame["text"].str.contains(needle, regex=False)].empty


@pytest.mark.parametrize("precision, start, remembered", [
    ("day", "2022-02-01", True),
    ("week", "2022-01-31", True),
    ("month", "2022-01-01", False),  # "trade grew in January": when the thing said about happened
    ("year", "2021-01-01", False),  # "in the first half of this year"
    ("day", "2022-02-05", False),  # after publication: a plan, not an occasion
])
def test_only_an_occasion_is_remembered_for_a_speakers_later_words(precision, start, remembered):
    import datetime as dt
    from types import SimpleNamespace

    from extract.records import DateInfo
    from extract.speaker_record import Speaker
    from extract.statement_dates import StatementDating

    adoc = SimpleNamespace(article=SimpleNamespace(published=dt.date(2022, 2, 3)), paragraph_index=lambda offset: 0)
    dating = StatementDating(adoc)
    day = dt.date.fromisoformat(start)
    dating.remember([Speaker("Dmytro Kuleba", "person", "UKR", "foreign minister")], DateInfo(day, day, precision), 0)
    assert ("Dmytro Kuleba" in dating._speaker_dates) is remembered
