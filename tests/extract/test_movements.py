"""Tests for extract.movements: real-model sentences for each rule (the issue's examples, numbers,
actors, places, statuses, what is not a movement) and hand-built Docs for the rule helpers."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from extract.movements import (
    Clause,
    climb,
    force_kind,
    neighbours,
    number_phrase,
    read_status,
    verb_forms,
)
from extract.records import Article

PUBLISHED = dt.date(2022, 2, 3)


def movements(text: str, published: dt.date = PUBLISHED) -> list[dict]:
    from extract.pipeline import extract_articles

    result = extract_articles([Article("t", text, published=published)])
    assert not result.failed, result.failed
    return result.movements.to_dict("records")


def one(text: str, actor: str, status: str) -> dict:
    found = movements(text)
    rows = [r for r in found if r["actor"] == actor and r["status"] == status]
    assert rows, f"no {actor} {status} movement in {text!r}: {[(r['actor'], r['status']) for r in found]}"
    return rows[0]


def troops(row: dict):
    value = row["troops"]
    return None if value is None or value != value else int(value)  # NA / NaN → None


# --- the issue's examples and the core statuses --------------------------------------------------
@pytest.mark.parametrize(
    "text, actor, n, qualifier, destinations, status",
    [
        ("Russia has deployed more than 100,000 heavily armed troops around Ukraine.",
         "RUS", 100000, "more than", ["UKR"], "deployed"),
        ("The United States, which has troops stationed at separate bases in Romania and Bulgaria, said Wednesday "
         "it would send nearly 3,000 additional troops to Poland and Romania.",
         "USA", 3000, "nearly", ["POL", "ROU"], "announced"),
        ("NATO has a multinational ground force of up to 4,000 soldiers in Romania.",
         "NATO", 4000, "up to", ["ROU"], "stationed"),
        ("The Pentagon put 8,500 troops on heightened alert.", "USA", 8500, "exact", [], "on_alert"),
        ("Russian troops began arriving in Belarus for drills.", "RUS", None, None, ["BLR"], "arrived"),
        ("Russia pulled back some troops from the Ukrainian border.", "RUS", None, None, [], "withdrawn"),
        ("France could send troops to Romania.", "FRA", None, None, ["ROU"], "planned"),
        ("Biden ordered 2,000 troops to Poland and Germany.", "USA", 2000, "exact", ["POL", "DEU"], "announced"),
        ("Britain sent 350 troops to Poland last week.", "GBR", 350, "exact", ["POL"], "deployed"),
        ("Russian forces entered Chernobyl on Thursday.", "RUS", None, None, ["UKR"], "arrived"),
    ],
)
def test_issue_examples(text, actor, n, qualifier, destinations, status):
    row = one(text, actor, status)
    assert (troops(row), row["troops_qualifier"] if n is not None else None) == (n, qualifier)
    assert list(row["destinations"]) == destinations


@pytest.mark.parametrize(
    "text, is_future",
    [
        ("Now I am authorising additional US forces to deploy to Germany.", True),
        ("Last week Biden authorised additional US forces to deploy to Germany.", False),
        ("The U.S. is sending troops to Poland.", False),
        ("The U.S. will send troops to Poland.", True),
        ("France could send troops to Romania.", True),
        ("Russia has massed troops near Ukraine.", False),
    ],
)
def test_is_future(text, is_future):
    rows = movements(text)
    assert len(rows) == 1 and bool(rows[0]["is_future"]) is is_future, rows


def test_statuses_are_the_documented_ones():
    from extract.movements import STATUSES

    text = ("Russia has massed troops near Ukraine. The U.S. will send troops to Poland. France could send troops to "
            "Romania. Russian troops entered Kharkiv. The Pentagon put 8,500 troops on alert.")
    assert {r["status"] for r in movements(text)} <= set(STATUSES)


def test_the_stationed_clause_and_the_announced_clause_are_two_rows():
    rows = movements("The United States, which has troops stationed at separate bases in Romania and Bulgaria, "
                     "said Wednesday it would send nearly 3,000 additional troops to Poland and Romania.")
    got = sorted((r["status"], tuple(r["destinations"]), troops(r)) for r in rows if r["actor"] == "USA")
    assert got == [("announced", ("POL", "ROU"), 3000), ("stationed", ("ROU", "BGR"), None)]


# --- numbers -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, n, qualifier, troops_text, units",
    [
        ("Germany will deploy a 1,000-strong force to Lithuania.", 1000, "exact", "1,000", None),
        ("The Pentagon put 8.500 troops on alert.", 8500, "exact", "8.500", None),
        ("Russia moved between 2,000 and 3,000 troops to Crimea.", 2000, "range", "between 2,000 and 3,000", None),
        ("Britain will send two battalions to Estonia.", None, None, "two", 2),
        ("Britain will send three thousand soldiers to Estonia.", 3000, "exact", "three thousand", None),
        ("Tens of thousands of Russian troops have massed near Ukraine.", None, None, "Tens of thousands of", None),
        ("Russia has gathered upwards of 100,000 forces near Ukraine's borders.", 100000, "more than",
         "upwards of 100,000", None),
        ("Russia has massed more than 100,00 troops near the Ukrainian border.", None, None, "more than 100,00", None),
        ("Russia has massed 1,00,000 troops near the Ukrainian border.", None, None, "1,00,000", None),
        ("Russia has massed 3000000000 troops near the Ukrainian border.", None, None, "3000000000", None),
    ],
)
def test_numbers(text, n, qualifier, troops_text, units):
    rows = movements(text)
    assert len(rows) == 1, rows
    row = rows[0]
    assert troops(row) == n
    assert (row["troops_qualifier"] if n is not None else None) == qualifier
    assert (row["troops_text"] or "") == troops_text
    assert (None if row["units"] != row["units"] or row["units"] is None else int(row["units"])) == units


def test_garbled_numbers_are_kept_and_counted():
    from extract.pipeline import extract_articles

    result = extract_articles([Article("t", "Russia has massed 1,00,000 troops near the Ukrainian border.",
                                       published=PUBLISHED)])
    assert result.flags["kept with garbled number"] == 1
    assert len(result.movements) == 1


# --- actors --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, actor",
    [
        ("Moscow has moved troops to the border with Ukraine.", "RUS"),
        ("Washington will send 2,000 troops to Poland.", "USA"),
        ("The Kremlin has stationed five thousand soldiers on the Ukrainian border.", "RUS"),
        ("The Pentagon will send 2,000 troops to Germany.", "USA"),
        ("NATO leaders met on Friday. Allied troops arrived in Estonia on Monday.", "NATO"),
        ("And RAF personnel set sail for the Mediterranean from Portsmouth.", "GBR"),
        ("Latvia's battlegroup is led by Canada.", "CAN"),
        ("France, meanwhile, will refine its plans to send troops to Romania.", "FRA"),
        ("NATO is said to be preparing troops on the ground.", "NATO"),
        ("Analysts reacted to Blinken's statement on Russia's troop movement near Ukraine.", "RUS"),
        ("The U.S. accused Russia of beefing up its military presence along the Ukrainian border.", "RUS"),
        ("Officials hope to dissuade Vladimir Putin, who has 100,000 troops on Ukraine's border.", "RUS"),
        ("US intelligence findings estimate Russia could begin an offensive in Ukraine within months as it "
         "amasses up to 175,000 troops along the border.", "RUS"),
        ("The United States has urged Russia to deescalate by calling back the troops amassed near Ukraine.", "RUS"),
        # the noun before a participle is its subject: "the Biden administration putting troops on alert"
        ("Putin's spokesman pointed to the Biden administration putting 8,500 more troops on heightened alert.", "USA"),
        # "its" is a state, never the person who is speaking
        ("Moore said, noting Russia's 2014 annexation of Crimea and its current troop buildup along the border "
         "with Ukraine.", "RUS"),
        ("Russia took the opportunity to move troops into Belarus.", "RUS"),
    ],
)
def test_actor(text, actor):
    rows = movements(text)
    assert [r["actor"] for r in rows] == [actor], rows


def test_forces_without_an_owner_continue_the_previous_movement():
    rows = movements("Russian forces launched the invasion of Ukraine on Thursday. Ukraine reported columns of "
                     "troops pouring across its borders into the Chernihiv and Kharkiv regions.")
    assert [(r["actor"], r["status"]) for r in rows] == [("RUS", "arrived"), ("RUS", "arrived")]
    assert list(rows[1]["destinations"]) == ["UKR"]


# --- places ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, destinations, precision",
    [
        ("Russia has massed troops on the Ukrainian border.", ["UKR"], "border"),
        ("Russia has massed troops near Ukraine.", ["UKR"], "border"),
        ("Russia has deployed troops around Ukraine.", ["UKR"], "border"),
        ("165,000 Russian troops are on the edge of Ukraine.", ["UKR"], "border"),
        ("NATO will send more troops to the Baltic states.", ["EST", "LVA", "LTU"], "region"),
        ("Russian troops have reached the outskirts of Kyiv.", ["UKR"], "city"),
        # a negated destination is not one: "but not to Ukraine"
        ("NATO sent troops to Poland but not to Ukraine.", ["POL"], "country"),
        ("NATO has deployed troops to Romania, not to Ukraine.", ["ROU"], "country"),
    ],
)
def test_places(text, destinations, precision):
    rows = movements(text)
    assert len(rows) == 1, rows
    assert (list(rows[0]["destinations"]), rows[0]["place_precision"]) == (destinations, precision)


def test_jets_for_the_invaded_country_are_aid_and_its_forces_at_home_are_no_movement():
    rows = movements("Russian forces invaded Ukraine on Thursday. NATO members have the go-ahead to send fighter jets "
                     "to Ukraine. Ukrainian troops retreated from the airfield.")
    assert [(r["actor"], r["status"]) for r in rows] == [("RUS", "arrived")]


@pytest.mark.parametrize(
    "text, status, destinations",
    [
        # "their place of permanent deployment" is home: a withdrawal, not an arrival somewhere
        ("Russian troops returned to their places of permanent deployment in Russia.", "withdrawn", []),
        ("Russian troops returned to the suburbs of Kharkiv.", "arrived", ["UKR"]),
        # an indicative verb with a plural subject is reported, not demanded
        ("Officials said Russian troops moved to Belarus.", "deployed", ["BLR"]),
        # an alert in an "after ..." clause is about other troops
        ('President Biden ordered 3,000 U.S. troops to Poland Wednesday to assist allies, after having put 8,500 '
         'troops on "high alert" early last week.', "announced", ["POL"]),
        # forces described where they are now are deployed, not announced
        ("Kyrylo Budanov said more than 90,000 Russian troops are deployed in the vicinity of Ukraine.", "deployed",
         ["UKR"]),
        ("The video shows Russian paratroopers flying over Ukraine.", "deployed", ["UKR"]),
        ("The US is deploying troops to Poland.", "announced", ["POL"]),
        # a buildup being discussed is there already; a possible deployment is a plan
        ("NATO foreign ministers assembled to discuss the recent buildup of Russian troops near the Ukrainian "
         "border.", "deployed", ["UKR"]),
        ("NATO ministers discussed a possible deployment of troops to Romania.", "planned", ["ROU"]),
        # forces already there, under a plan about other troops; an arrival still to come
        ("Those troops could come from U.S. forces already stationed in Poland.", "stationed", ["POL"]),
        ("Kirby announced the imminent arrival of several thousand U.S. troops in Poland.", "announced", ["POL"]),
        ("The arrival of U.S. troops in Poland was welcomed.", "arrived", ["POL"]),
        # the subject of the next verb is no place: "..., France and Germany embarked"
        ("Amid soaring tensions over the Russian troop concentration near Ukraine, France and Germany embarked on "
         "renewed efforts.", "deployed", ["UKR"]),
    ],
)
def test_status_and_destinations(text, status, destinations):
    rows = movements(text)
    assert [(r["status"], list(r["destinations"])) for r in rows] == [(status, destinations)], rows


def test_reported_not_demanded():
    rows = movements("Officials told CNN that Russia had moved troops to the border with Ukraine.")
    assert [(r["actor"], list(r["destinations"]), r["status"]) for r in rows] == [("RUS", ["UKR"], "deployed")]


def test_a_clause_beside_a_modal_is_asserted():
    rows = movements("There are concerns that Russia could mount another invasion as Moscow's forces build up near "
                     "the Ukrainian border.")
    assert [(r["actor"], r["status"], r["is_future"]) for r in rows] == [("RUS", "deployed", False)]


def test_an_invasion_without_object_is_of_the_country_named_in_the_sentence():
    rows = movements("China has many ties with Russia. The Chinese embassy moved from Kyiv to Lviv after Russian "
                     "forces invaded on Feb. 24.", )
    assert [(r["actor"], list(r["destinations"]), r["status"]) for r in rows] == [("RUS", ["UKR"], "arrived")]


def test_a_bare_border_is_the_border_with_the_story_country():
    rows = movements("Ukraine fears an attack. Russia has amassed troops near the border, Ukraine says.")
    assert [(r["actor"], list(r["destinations"]), r["place_precision"]) for r in rows] == [("RUS", ["UKR"], "border")]


def test_a_place_only_qualifying_another_phrase_is_not_a_destination():
    rows = movements("Russian nuclear forces have been placed on high alert in response to statements by the UK's "
                     "foreign secretary.")
    assert [(r["actor"], list(r["destinations"]), r["status"]) for r in rows] == [("RUS", [], "on_alert")]


def test_unresolvable_place_keeps_a_movement_with_a_known_status_or_drops_it():
    assert movements("Russian troops were put on high alert in Xyzzyville.")[0]["status"] == "on_alert"
    assert movements("Russian troops moved to Xyzzyville.") == []


# --- not movements ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The United States sent Javelin missiles to Ukraine.",
        "Britain would not send troops to Ukraine.",
        "The UN urged Russia to withdraw its troops from Ukraine.",
        "Biden ruled out sending U.S. troops to Ukraine.",
        "NATO forces should have been placed in Ukraine.",
        "Forty Ukrainian soldiers were killed near Kharkiv.",
        "Belarus's armed forces include nearly 45,000 military personnel.",
        "If Russian troops cross the border, sanctions will follow.",
        "Under Soviet leader Mikhail Gorbachev, the last Russian troops left Lithuania in 1993.",
        "There is no sign that NATO troops will be sent to Ukraine.",
        "Ukrainian forces stationed on Snake Island refused to surrender.",
        "Here are some questions answered on troop numbers in Britain and Russia.",
        "There are pro-Russian troops stationed in Transnistria.",
        "Will the Russian troops go home or invade Ukraine?",
        "He warned that Putin would never be able to send enough troops into Ukraine.",
        "Ukrainian defense forces stationed on Snake Island in the Black Sea earned praise.",
        "Ukraine's key demands were a ceasefire and the withdrawal of all Russian troops.",
        "Poland said it would be willing to send MiG-29 fighter jets to Ukraine.",
        "Paratroopers assigned to the 82nd Airborne Division prepared to board a plane at Fort Bragg.",
        "Lavrov said it was merely Russia moving troops within its own borders.",
        "Britain is banning Russian planes and ships landing in the UK.",
        "The U.S. has not yet verified that Russian military units are returning to their home bases.",
        "Biden told Putin to withdraw his troops from the Ukrainian border.",
        "We need to see Russia pulling some of the troops away from the Ukrainian border.",
        "Talks could go ahead, provided that Russia pulls back its forces from Ukraine's borders.",
        "Russian forces also stepped up strikes overnight on the suburbs of Irpin.",
        "These US troops will depart Fort Bragg over the next couple of days.",
        "Ukraine will prosecute Russian service members they capture in Kharkiv.",
        "Officials said Russia was creating a pretext for its troops to invade Ukraine.",
        "The administration axed another plan last year to send additional personnel to Ukraine.",
        "Russian forces are already positioned to send troops pouring across Ukraine's northern border.",
        "The exercises were designed to prepare Russian and Belarusian forces to repel an aggression.",
        "In those talks, Ukraine will insist on an immediate ceasefire and the withdrawal of Russian troops.",
        "UN calls for Russia to withdraw troops immediately.",
        "She said that even one Russian troop further invading Ukraine is a very serious matter.",
        # a mandative subjunctive is a demand, not a report
        "India abstained from voting on a resolution demanding Russia withdraw its troops from Ukraine.",
        "NATO rejected Russia's demands that NATO bar Ukraine from joining and that NATO pull back troops from Poland.",
        # nobody said it
        "\u201cNo one has ever said that Russian troops will remain on the territory of Belarus,\u201d Peskov said.",
        "Officials did not say that Russian troops had left Belarus.",
        # civilians
        "NASA flight surgeons and support personnel flew to Kazakhstan aboard a NASA jet last Friday.",
        # fighting, not a movement; an offered chance, not a withdrawal
        "Russian forces carried out a deadly attack on the TV tower in Kyiv.",
        "The only compromise that should be offered is a chance for him to withdraw Russian troops with some grace.",
        # a generality ("a border"); government staff are no forces
        "When Russian tanks move across a border, it's clear who is the aggressor.",
        "The Biden administration was preparing to withdraw all U.S. government personnel from Kyiv by Tuesday.",
    ],
)
def test_not_a_movement(text):
    assert movements(text) == []


# --- hand-built Docs: rule helpers without the statistical model -------------------------------------------
@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, heads, deps, tags) -> Doc:
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_verb_forms():
    forms = verb_forms("send|sent mass station plan")
    assert {"send", "sends", "sent", "sending", "mass", "massed", "masses", "massing", "stationed",
            "planned", "planning"} <= forms
    assert "stationning" not in forms


@pytest.mark.parametrize(
    "words, tags, deps, heads, index, kind",
    [
        (["Russian", "troops", "arrived"], ["JJ", "NNS", "VBD"], ["amod", "nsubj", "ROOT"], [1, 2, 2], 1, "personnel"),
        (["think", "tanks", "said"], ["NN", "NNS", "VBD"], ["compound", "nsubj", "ROOT"], [1, 2, 2], 1, None),
        (["armoured", "vehicles", "moved"], ["JJ", "NNS", "VBD"], ["amod", "nsubj", "ROOT"], [1, 2, 2], 1,
         "equipment"),
        (["market", "forces", "moved"], ["NN", "NNS", "VBD"], ["compound", "nsubj", "ROOT"], [1, 2, 2], 1, None),
        (["two", "battalions", "moved"], ["CD", "NNS", "VBD"], ["nummod", "nsubj", "ROOT"], [1, 2, 2], 1, "unit"),
        (["a", "British", "presence"], ["DT", "JJ", "NN"], ["det", "amod", "ROOT"], [2, 2, 2], 2, "presence"),
        (["private", "companies", "moved"], ["JJ", "NNS", "VBD"], ["amod", "nsubj", "ROOT"], [1, 2, 2], 1, None),
    ],
)
def test_force_kind(vocab, words, tags, deps, heads, index, kind):
    doc = make(vocab, words, heads, deps, tags)
    assert force_kind(doc[index]) == kind


def test_climb_through_the_number_of(vocab):
    # "the UK doubled the number of troops in Estonia"
    doc = make(vocab, ["UK", "doubled", "the", "number", "of", "troops", "in", "Estonia"],
               [1, 1, 3, 1, 3, 4, 5, 6], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
               ["NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "NNP"])
    clause = climb(doc[5])
    assert (clause.pred.text, clause.kind, [t.text for t in clause.path]) == ("doubled", "object", ["number"])


def test_climb_to_a_nominal_predicate(vocab):
    # "I authorised the deployment of forces"
    doc = make(vocab, ["I", "authorised", "the", "deployment", "of", "forces"], [1, 1, 3, 1, 3, 4],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["PRP", "VBD", "DT", "NN", "IN", "NNS"])
    clause = climb(doc[5])
    assert (clause.pred.text, clause.kind, [g.text for g in clause.governors]) == (
        "deployment", "nominal", ["authorised"])


def test_a_reporting_verb_is_no_predicate(vocab):
    # "Ukraine reported columns of troops"
    doc = make(vocab, ["Ukraine", "reported", "columns", "of", "troops"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["NNP", "VBD", "NNS", "IN", "NNS"])
    assert (climb(doc[4]).pred, climb(doc[4]).kind) == (None, "none")


@pytest.mark.parametrize(
    "words, tags, deps, heads, status, future",
    [
        (["Russia", "could", "send", "troops"], ["NNP", "MD", "VB", "NNS"], ["nsubj", "aux", "ROOT", "dobj"],
         [2, 2, 2, 2], "planned", True),
        (["Russia", "will", "send", "troops"], ["NNP", "MD", "VB", "NNS"], ["nsubj", "aux", "ROOT", "dobj"],
         [2, 2, 2, 2], "announced", True),
        (["Russia", "is", "sending", "troops"], ["NNP", "VBZ", "VBG", "NNS"], ["nsubj", "aux", "ROOT", "dobj"],
         [2, 2, 2, 2], "announced", False),
        (["Russia", "has", "sent", "troops"], ["NNP", "VBZ", "VBN", "NNS"], ["nsubj", "aux", "ROOT", "dobj"],
         [2, 2, 2, 2], "deployed", False),
        (["Russia", "has", "massed", "troops"], ["NNP", "VBZ", "VBN", "NNS"], ["nsubj", "aux", "ROOT", "dobj"],
         [2, 2, 2, 2], "deployed", False),
        (["Russia", "withdrew", "its", "troops"], ["NNP", "VBD", "PRP$", "NNS"], ["nsubj", "ROOT", "poss", "dobj"],
         [1, 1, 3, 1], "withdrawn", False),
        (["Russia", "did", "not", "send", "troops"], ["NNP", "VBD", "RB", "VB", "NNS"],
         ["nsubj", "aux", "neg", "ROOT", "dobj"], [3, 3, 3, 3, 3], None, False),
    ],
)
def test_read_status(vocab, words, tags, deps, heads, status, future):
    doc = make(vocab, words, heads, deps, tags)
    noun = doc[len(doc) - 1]
    reading = read_status(climb(noun), noun, "personnel", has_dest=True, has_border=False)
    assert (reading.status, reading.future) == (status, future)


def test_read_status_without_a_place(vocab):
    # "NATO has troops": possession is a presence only with a place
    doc = make(vocab, ["NATO", "has", "troops"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["NNP", "VBZ", "NNS"])
    assert read_status(climb(doc[2]), doc[2], "personnel", has_dest=False, has_border=False).status is None
    assert read_status(Clause(None, "none"), doc[2], "personnel", False, False).drop == "no predicate"


def test_number_phrase(vocab):
    doc = make(vocab, ["more", "than", "100,000", "troops"], [1, 2, 3, 3], ["amod", "quantmod", "nummod", "ROOT"],
               ["JJR", "IN", "CD", "NNS"])
    count, span = number_phrase(doc[3])
    assert (count.value, count.qualifier, doc.text[span[0]:span[1]]) == (100000, "more than", "more than 100,000")


def test_neighbours():
    assert {"UKR", "BLR", "POL"} <= neighbours("RUS")
    assert "USA" not in neighbours("RUS")
    assert neighbours("XXX") == frozenset()


def test_heightened_preparedness_is_an_alert():
    rows = movements("Russia has massed troops near Ukraine. Last week, Defense Secretary Lloyd Austin put 8,500 "
                     "U.S. troops on heightened preparedness.")
    assert [(r["actor"], troops(r), r["status"]) for r in rows if r["actor"] == "USA"] == [("USA", 8500, "on_alert")]


def test_a_bare_border_is_never_a_country_that_does_not_border_the_actor():
    # the story names only the US beside Russia: "the border" cannot be the US border
    rows = movements("Russia has massed troops on the border, U.S. officials said. The United States is worried.")
    # still a movement: kept with no destination rather than a wrong one
    assert [(r["actor"], r["status"], list(r["destinations"])) for r in rows] == [("RUS", "deployed", [])]


def test_a_measure_is_not_a_troop_count():
    rows = movements("A 40 mile-long Russian armoured column closes in on Kyiv.")
    assert [(r["actor"], troops(r), list(r["destinations"])) for r in rows] == [("RUS", None, ["UKR"])]


def test_a_withdrawal_demanded_in_a_list_is_no_movement():
    text = ("Putin has demanded security guarantees, including an assurance Ukraine will never join NATO and the "
            "withdrawal of alliance troops from former Warsaw Pact members.")
    assert movements(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Two British warships and four jets arrived in the Black Sea on Monday.", []),  # equipment alone
    ("Russian Il-76 transport aircraft flew to Belarus on Monday.", []),
    ("The Type 45 destroyer HMS Diamond sailed for the Mediterranean.", []),
    ("Britain sent 300 troops and four tanks to Estonia on Monday.", [("GBR", 300)]),
    ("British armoured vehicles from the Royal Welsh Battle Group arrived in Estonia on Monday.", [("GBR", None)]),
    ("A Russian armoured column closed in on Kyiv on Monday.", [("RUS", None)]),  # a formation
])
def test_equipment_alone_is_no_deployment(extract_text, text, expected):
    movements = extract_text(text).movements
    assert [(r.actor, None if pd.isna(r.troops) else int(r.troops)) for r in movements.itertuples()] == expected


@pytest.mark.parametrize("text, rows", [
    # a state's forces at home, in a story of another state's build-up around it: defence, no movement
    ("Azerbaijan has massed 30,000 troops on the border with Armenia. Baku said the Armenian troop concentration "
     "near Yerevan could herald an attack.", [("AZE", "deployed")]),
    # counter-example: a build-up at home with no foreign build-up around it stays
    ("The Armenian troop concentration near Yerevan is growing, Baku said.", [("ARM", "deployed")]),
])
def test_forces_at_home_facing_a_foreign_build_up_are_no_movement(text, rows):
    assert [(r["actor"], r["status"]) for r in movements(text)] == rows


def test_a_row_built_after_an_equipment_row_was_freed_is_not_taken_for_it(pipeline):
    """Rows whose forces are only equipment are remembered by id; a later row must never inherit a freed row's id
    (CPython reuses the memory of a freed object of the same size at once: before the rows were held, a row of
    troops could be dropped as "equipment only", more often when the machine was busy)."""
    import dataclasses
    import datetime as dt

    from extract.document import ArticleDoc
    from extract.movements.extractor import MovementExtractor
    from extract.records import Article
    from extract.speakers import SpeakerContext

    text = "Spain sent 300 troops to Latvia."
    article = Article(article_id="a", text=text, published=dt.date(2022, 2, 3))
    doc = pipeline(text)
    extractor = MovementExtractor(ArticleDoc(article, doc, len(text), []), SpeakerContext(doc, article.published))
    (template,) = extractor.run()
    kept = 0
    for _ in range(50):
        ships = dataclasses.replace(template, force="warships")
        extractor.mark_equipment_only([ships])
        del ships
        kept += len(extractor.equipment_filter([dataclasses.replace(template)]))
    assert kept == 50
