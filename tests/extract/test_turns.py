"""Transcripts and prepared texts: title kinds, turn labels, paragraph rows and silenced questions."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.records import Article
from extract.turns import publisher_country, title_kind, title_rules

RULES = title_rules()


@pytest.mark.parametrize("rule, title", [(r, t) for r in RULES for t in r.examples], ids=lambda x: getattr(x, "id", x))
def test_every_title_rule_matches_its_examples(rule, title):
    found = title_kind(title)
    assert found is not None and found[0].id == rule.id


@pytest.mark.parametrize("rule, title", [(r, t) for r in RULES for t in r.counter_examples],
                         ids=lambda x: getattr(x, "id", x))
def test_no_title_rule_takes_its_counter_examples(rule, title):
    found = title_kind(title)
    assert found is None or found[0].id != rule.id


@pytest.mark.parametrize(
    "title, who",
    [
        ("Remarks by President Smith on the Economy", "President Smith"),
        ("Statement from Press Secretary Jane Doe", "Press Secretary Jane Doe"),
        ("Joint Statement by President Smith and Prime Minister Jones", "President Smith and Prime Minister Jones"),
        ("Address by the President of Ruritania to the Nation", "the President of Ruritania"),
    ],
)
def test_a_speech_title_names_its_speakers(title, who):
    rule, m = title_kind(title)
    assert (rule.kind, m.group("who")) == ("speech", who)


@pytest.mark.parametrize(
    "url, source, country",
    [
        ("https://www.whitehouse.gov/briefing-room/x/", "", "USA"),
        ("https://bidenwhitehouse.archives.gov/briefing-room/x/", "", "USA"),
        ("http://en.kremlin.ru/events/president/news/1", "", "RUS"),
        ("", "whitehouse.gov", "USA"),
        ("https://www.president.gov.ua/en/news/x", "", "UKR"),
        ("https://www.cnn.com/2022/x", "cnn.com", None),
        ("", "", None),
    ],
)
def test_publisher_country(url, source, country):
    assert publisher_country(url, source) == country


TRANSCRIPT = (
    "Press Briefing Room\n\n"
    "1:05 P.M. EST\n\n"
    "MS. PSAKI:  Hi, everyone.  Good afternoon.\n\n"
    "The President will travel to Europe next week to consult with our allies on the\n"
    "crisis and on the next steps we are prepared to take together.\n\n"
    "Q    Thanks, Jen.  The Kremlin said yesterday that the talks had failed.  Does the\n"
    "President agree with that?\n\n"
    "Q    Lavrov said on Monday that the talks with NATO were over for now.\n\n"
    "MS. PSAKI:  We do not agree that diplomacy has run its course, and we will keep\n"
    "pressing for a diplomatic path as long as there is one.\n\n"
    "Q    Thank you.  Russia has moved 5,000 more troops to the border with Ukraine this\n"
    "week.  Is the United States going to respond?\n\n"
    "1:40 P.M. EST\n"
)


@pytest.fixture(scope="module")
def briefing(pipeline):
    from extract.pipeline import extract_articles

    article = Article("b", TRANSCRIPT, title="Press Briefing by Press Secretary Jen Psaki",
                      published=dt.date(2022, 1, 20), source="whitehouse.gov")
    return extract_articles([article], nlp=pipeline, keep_anonymous=False)


def test_each_paragraph_of_a_turn_is_its_speakers_words(briefing):
    rows = briefing.statements
    turns = rows[rows["method"] == "turn:paragraph"]
    assert list(turns["speaker"]) == ["Jen Psaki", "Jen Psaki"]
    assert [t.split()[:3] for t in turns["text"]] == [["The", "President", "will"], ["We", "do", "not"]]
    assert set(turns["date_precision"]) == {"published"} and set(turns["date"].astype(str).str[:10]) == {"2022-01-20"}


def test_a_question_is_nobodys_statement(briefing):
    assert not briefing.statements["sentence"].str.contains("talks had failed").any()
    assert not briefing.statements["sentence"].str.contains("were over for now").any()  # its label starts it
    drops = briefing.drops
    assert "drop:statement:question-turn" in set(drops["rule"])


def test_a_question_reports_no_movement(briefing):
    assert briefing.movements.empty
    assert "drop:movement:question-turn" in set(briefing.drops["rule"])


def test_a_prepared_statement_gives_each_paragraph_to_its_signer(extract_text, pipeline):
    from extract.pipeline import extract_articles

    text = ("The people of the republic have shown remarkable courage in the face of this aggression.\n\n"
            "We will continue to stand with them and provide the support they need to defend themselves.\n\n"
            "Thank you.\n")
    article = Article("s", text, title="Statement by President Biden on the Anniversary of the Republic",
                      published=dt.date(2022, 2, 24), source="whitehouse.gov")
    rows = extract_articles([article], nlp=pipeline).statements
    turns = rows[rows["method"] == "turn:paragraph"]
    assert list(turns["speaker"]) == ["Joe Biden", "Joe Biden"]


def test_a_news_story_has_no_turns(extract_text):
    rows = extract_text("Russian President Vladimir Putin said on Monday that the talks had been useful.\n\n"
                        "The Kremlin said Moscow was ready to continue them next week.\n")
    assert "turn:paragraph" not in set(rows.statements["method"])


UNBROKEN = ("The meeting was attended by members of the government. * * * President of Russia Vladimir Putin: "
            "Good afternoon, colleagues. Today we will discuss the situation on our western border and the "
            "exercises under way there. Minister of Defence of Armenia Ruth Smith: Thank you, Mr President. "
            "The exercises will continue for another ten days, as we agreed last week.")


def test_labels_inside_an_unbroken_transcript_make_turns(pipeline):
    from extract.pipeline import extract_articles

    article = Article("k", UNBROKEN, title="Meeting with members of the government", published=dt.date(2022, 2, 14),
                      url="http://en.kremlin.ru/events/president/news/1")
    rows = extract_articles([article], nlp=pipeline).statements
    turns = rows[rows["method"] == "turn:paragraph"]
    assert list(zip(turns["speaker"], turns["speaker_country"])) == [("Vladimir Putin", "RUS"), ("Ruth Smith", "ARM")]
    assert turns["text"].iloc[0].startswith("Good afternoon") and turns["text"].iloc[0].endswith("under way there.")


def test_one_name_and_colon_in_a_news_story_is_no_transcript(extract_text):
    rows = extract_text("Vladimir Putin: the man who wants to redraw the map. The Russian leader has massed troops "
                        "near the border, and the West is worried about what he will do next.")
    assert "turn:paragraph" not in set(rows.statements["method"])


@pytest.mark.parametrize(
    "label, name, country",
    [
        ("Deputy Prime Minister \u2013 Chief of the Government Staff Ruth Smith", "Ruth Smith", "RUS"),
        ("Ruth Smith, Head of the Federal Service for Oversight (Agencyname)", "Ruth Smith", "RUS"),
        ("President of Armenia Ruth Smith", "Ruth Smith", "ARM"),
        ("Vladimir Putin", "Vladimir Putin", "RUS"),
    ],
)
def test_long_labels_of_an_unbroken_transcript(label, name, country):
    from extract.actor_table import load_actor_table
    from extract.turns import _INLINE_LABEL, _Labels

    text = f"The meeting began. {label}: Thank you. We will look at the figures."
    (m,) = list(_INLINE_LABEL.finditer(text))
    assert m.group("who") == label
    role, actor = _Labels(load_actor_table(), dt.date(2022, 2, 1), "RUS", []).role(label)
    assert (role, actor.name, actor.country) == ("speaker", name, country)


@pytest.mark.parametrize(
    "source, speaker",
    [("whitehouse.gov", "Joe Biden"), ("en.kremlin.ru", "Vladimir Putin"), ("www.president.gov.ua", "Volodymyr Zelensky"),
     ("cnn.com", None)],
)
def test_the_president_of_a_governments_own_text_is_its_president(pipeline, source, speaker):
    from extract.pipeline import extract_articles

    text = "The President made clear on Tuesday that the country would never accept the ultimatum.\n"
    article = Article("h", text, published=dt.date(2022, 2, 1), source=source)
    rows = extract_articles([article], nlp=pipeline).statements
    assert (rows["speaker"].iloc[0] if len(rows) else None) == speaker
