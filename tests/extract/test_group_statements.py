"""Group statements: the signers a group title or opening names, and one row per paragraph for each."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.actor_table import load_actor_table
from extract.group_statements import group_signers, groups, office_class, opening_signers, parties
from extract.records import Article
from extract.turns import title_kind

ON = dt.date(2022, 3, 20)
G7_LEADERS = ["Joe Biden", "Boris Johnson", "Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Fumio Kishida",
              "Justin Trudeau"]


@pytest.mark.parametrize(
    "phrase, cls",
    [("Leaders", "leaders"), ("Heads of State/Government", "leaders"), ("heads of state and government", "leaders"),
     ("Foreign Ministers", "foreign-ministers"), ("Ministers of Foreign Affairs", "foreign-ministers"),
     ("Press Secretaries", None), ("President", None)],
)
def test_office_class(phrase, cls):
    assert office_class(phrase) == cls


def test_every_group_lists_known_state_codes():
    table = load_actor_table()
    assert all(table.state(code) is not None for members in groups().values() for code in members)


@pytest.mark.parametrize(
    "text, names",
    [
        ("the G7", ["United States", "United Kingdom", "France", "Germany", "Italy", "Japan", "Canada"]),
        ("Group of Seven (G7)", ["United States", "United Kingdom", "France", "Germany", "Italy", "Japan", "Canada"]),
        ("U.S.-Singapore", ["United States", "Singapore"]),
        ("Georgia, the Republic of Moldova and Ukraine", ["Georgia", "Moldova", "Ukraine"]),
        ("the United States and the European Commission", ["United States", "European Commission"]),
        ("President Smith and Prime Minister Jones", None),
        ("Ruritania and Freedonia", None),
    ],
)
def test_parties(text, names):
    found = parties(text, load_actor_table())
    assert (None if found is None else [a.name for a in found]) == names


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("We, the Leaders of the G7, agreed today to act together.", ("leaders", "the G7")),
        ("We the Foreign Ministers of Canada and Japan condemn the attack.", ("foreign-ministers", "Canada and Japan")),
        ("1.  We, the leaders of the European Commission, France, and the\nUnited States remain united.",
         ("leaders", "the European Commission, France, and the\nUnited States")),
        ("We welcome the new plan for the region.", None),
        ("We, the people of the republic, stand together.", None),
    ],
)
def test_opening_signers(opening, expected):
    assert opening_signers(opening) == expected


@pytest.mark.parametrize(
    "title, opening, names",
    [
        ("G7 Leaders\u2019 Statement", "We will stand together.", G7_LEADERS),
        ("Joint Statement by the G7 Foreign Ministers on Ruritania", "",
         ["Antony Blinken", "Liz Truss", "Jean-Yves Le Drian", "Annalena Baerbock", "Luigi Di Maio",
          "Yoshimasa Hayashi", "M\u00e9lanie Joly"]),
        ("Joint Statement on Further Measures against Aggression",
         "We, the leaders of the European Commission, France and Canada condemn the attack.",
         ["Ursula von der Leyen", "Emmanuel Macron", "Justin Trudeau"]),
        ("Joint Statement issued by the Heads of State/Government of Association Trio \u2013 a Summit", "",
         ["Irakli Garibashvili", "Maia Sandu", "Volodymyr Zelensky"]),
        ("Canada-Japan Joint Leaders' Statement", "", ["Justin Trudeau", "Fumio Kishida"]),
        ("Joint Statement between Canada and the European Commission on Energy", "We share one aim.",
         ["Canada", "European Commission"]),
        ("Joint Statement on Humanitarian Corridors", "We welcome the new plan for the region.", []),
        ("Joint Statement of the Leaders of Ruritania and Freedonia", "", []),
    ],
)
def test_group_signers_from_title_and_opening(title, opening, names):
    rule, m = title_kind(title)
    assert rule.kind == "group"
    assert [a.name for a in group_signers(m.groupdict().get("who"), opening, load_actor_table(), ON)] == names


def test_a_statement_by_a_group_title_under_a_speech_rule_is_its_leaders():
    rule, m = title_kind("Joint Statement by the G7 Announcing New Measures")
    assert rule.id == "title:speech"
    opening = "We the Leaders of the Group of Seven (G7) remain resolved to act."
    assert [a.name for a in group_signers(m.group("who"), opening, load_actor_table(), ON)] == G7_LEADERS


STATEMENT = ("We, the Leaders of the G7, condemn the attack on the republic and its people in the strongest terms.\n\n"
             "We will keep imposing costs on the aggressor for as long as the attack goes on.\n\n"
             "Thank you.\n")


@pytest.fixture(scope="module")
def group_turns(pipeline):
    from extract.pipeline import extract_articles

    articles = [Article(source, STATEMENT, title="G7 Leaders\u2019 Statement", published=ON, source=source)
                for source in ("whitehouse.gov", "cnn.com")]
    rows = extract_articles(articles, nlp=pipeline).statements
    return rows[rows["method"] == "turn:paragraph"]


def test_a_group_statement_gives_each_paragraph_to_every_signer(group_turns):
    turns = group_turns[group_turns["article_id"] == "whitehouse.gov"]
    assert sorted(set(turns["speaker"])) == sorted(G7_LEADERS)
    assert len(turns) == 2 * len(G7_LEADERS) and set(turns["kind"]) == {"direct_quote"}
    biden = turns[turns["speaker"] == "Joe Biden"]
    assert list(biden["co_speakers"].iloc[0]) == [n for n in G7_LEADERS if n != "Joe Biden"]


def test_a_group_title_on_a_news_site_is_a_story(group_turns):
    assert group_turns[group_turns["article_id"] == "cnn.com"].empty
