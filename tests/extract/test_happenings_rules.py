"""Each merge rule's examples (one event) and counter-examples (two events), on hand-built rows."""
from __future__ import annotations

import pytest

from extract.happenings import add_happenings
from extract.happenings.rules import RULES, markdown
from tests.extract.happening_rows import movement, statement, tables

BP = {"speaker": "Joe Biden", "addressees": ["Vladimir Putin"]}


def n_events(statements=(), movements=()) -> int:
    out = add_happenings(tables(statements, movements))
    ids = [*out["statements"]["event_id"], *out["movements"]["event_id"]]
    assert all(isinstance(i, str) and i.startswith("ev-") for i in ids)
    assert len(out["events"]) == len(set(ids))
    return len(set(ids))


@pytest.mark.parametrize("a, b, expected", [
    (dict(BP), dict(BP, text="a video call"), 1),  # two reports of one call on one day
    (dict(BP), {"speaker": "Vladimir Putin", "addressees": ["Joe Biden"]}, 1),  # either side as speaker
    (dict(BP), dict(BP, kind="talks"), 1),  # talks go with a call
    (dict(BP), dict(BP, kind="meeting"), 2),  # a call never merges with a meeting
    (dict(BP), dict(BP, date="2021-12-08"), 2),  # different days
    (dict(BP, kind="meeting", place="Geneva"), dict(BP, kind="meeting", place="Vienna"), 2),  # places disagree
    (dict(BP, kind="meeting", place="Geneva"), dict(BP, kind="meeting"), 1),  # one place empty
    (dict(BP, kind="meeting", place="Geneva", place_country="CHE"),
     dict(BP, kind="meeting", place="Switzerland", place_country="CHE"), 1),  # the city and its country
    (dict(BP, kind="meeting", place="Geneva", place_country="CHE"),
     dict(BP, kind="meeting", place="Austria", place_country="AUT"), 2),  # another country
    (dict(BP, kind="meeting", place="Geneva", place_country="CHE"),
     dict(BP, kind="meeting", place="Zurich", place_country="CHE"), 2),  # two cities of one country
    (dict(BP, kind="meeting"), dict(BP, kind="visit"), 1),  # meeting and visit of the same pair and day
    (dict(BP), dict(BP, is_future=True), 1),  # `will speak on Tuesday` and the call itself
    (dict(BP), dict(BP, addressees=["Olaf Scholz"]), 2),  # another pair
    (dict(BP), dict(BP, date="2021-12-06", date_end="2021-12-12", precision="week"), 1),  # `last week`
    (dict(BP), dict(BP, date="2021-12-08", precision="published"), 1),  # only group in the lag window
    (dict(BP), dict(BP, date="2021-12-20", precision="published"), 2),  # too long after
    (dict(BP), dict(BP, date="2021-12-01", date_end="2021-12-31", precision="month"), 2),  # month: alone
    # a call dated by its publication needs a call among the group's reports; talks join either
    (dict(BP, kind="talks"), dict(BP, date="2021-12-08", precision="published"), 2),
    (dict(BP, kind="meeting"), dict(BP, kind="talks", date="2021-12-08", precision="published"), 1),
    # the call a readout is titled by is dated to its day: three days later it is another call
    (dict(BP), dict(BP, date="2021-12-10", precision="published", method="event:readout-title"), 2),
    (dict(BP), dict(BP, precision="published", method="event:readout-title"), 1),
    # so is the call a readout's opening reports, when it is dated by the release
    (dict(BP), dict(BP, date="2021-12-10", precision="published", method="event:readout-own"), 2),
    (dict(BP), dict(BP, date="2021-12-10", precision="published"), 1),  # a news report of it joins the call before
])
def test_communication_rule(a, b, expected):
    assert n_events([statement(1, **a), statement(2, **b)]) == expected


def test_a_one_party_row_joins_the_pair_of_its_day_and_kind():
    trip = dict(kind="visit", speaker="Emmanuel Macron", addressees=[], place="Kyiv")
    met = dict(kind="meeting", speaker="Emmanuel Macron", addressees=["Volodymyr Zelensky"], place="Kyiv")
    assert n_events([statement(1, **trip), statement(2, **met)]) == 1
    assert n_events([statement(1, **dict(trip, date="2021-12-08")), statement(2, **met)]) == 2


def test_a_published_row_needs_a_day_dated_report_in_its_lag_window():
    rows = [statement(1, **BP, date="2021-12-07"),
            statement(2, **BP, date="2021-12-06", date_end="2021-12-12", precision="week"),
            statement(3, **BP, date="2021-12-12", precision="published")]
    assert n_events(rows) == 2


def test_a_published_row_joins_a_dominant_group():
    rows = [statement(1, **BP, date="2021-12-06"), *(statement(n, **BP, date="2021-12-07") for n in (2, 3, 4)),
            statement(5, **BP, date="2021-12-08", precision="published")]
    out = add_happenings(tables(rows))["statements"]
    assert out["event_id"].nunique() == 2 and out["event_id"].iloc[4] == out["event_id"].iloc[1]


def test_a_published_row_stays_alone_when_two_groups_qualify():
    rows = [statement(1, **BP, date="2021-12-06"), statement(2, **BP, date="2021-12-07"),
            statement(3, **BP, date="2021-12-08", precision="published")]
    assert n_events(rows) == 3


def test_a_bilateral_is_not_the_summit_of_many():
    summit = dict(kind="meeting", speaker="NATO", addressees=["Poland", "Romania", "Latvia", "Estonia", "Joe Biden", "Olaf Scholz"])
    side = dict(kind="meeting", speaker="Joe Biden", addressees=["Olaf Scholz"])
    assert n_events([statement(1, **summit), statement(2, **side)]) == 2


def test_a_name_with_and_without_accents_is_one_party():
    rows = [statement(1, speaker="Recep Tayyip Erdoğan", addressees=["Volodymyr Zelensky"]),
            statement(2, speaker="Recep Tayyip Erdogan", addressees=["Volodymyr Zelensky"])]
    assert n_events(rows) == 1


def test_a_published_row_counts_the_reports_of_exactly_its_parties():
    talks = dict(kind="talks", speaker="Russia", addressees=["NATO"])
    rows = [*(statement(n, **talks, date="2022-01-12") for n in (1, 2, 3)),
            *(statement(n, **dict(talks, addressees=["NATO", "United States"]), date="2022-01-10") for n in (4, 5)),
            statement(6, **talks, date="2022-01-13", precision="published")]
    out = add_happenings(tables(rows))["statements"]
    assert out["event_id"].nunique() == 2 and out["event_id"].iloc[5] == out["event_id"].iloc[0]


TALKS = dict(kind="talks", date="2022-01-12")


@pytest.mark.parametrize("a, b, expected", [
    ({"speaker": "Jens Stoltenberg", "addressees": ["Russia"]}, {"speaker": "NATO", "addressees": ["Russia"]}, 1),
    ({"speaker": "Russia", "addressees": ["Jens Stoltenberg"]}, {"speaker": "NATO", "addressees": ["Russia"]}, 1),
    ({"speaker": "Jens Stoltenberg", "addressees": ["Russia"]}, {"speaker": "NATO", "addressees": ["Ukraine"]}, 2),
    ({"speaker": "Joe Biden", "addressees": ["Jens Stoltenberg"]}, {"speaker": "Joe Biden", "addressees": ["NATO"]}, 2),
    ({"speaker": "Charles Michel", "addressees": ["Volodymyr Zelensky"]},
     {"speaker": "Ursula von der Leyen", "addressees": ["Volodymyr Zelensky"]}, 2),
    ({"speaker": "Jens Stoltenberg", "addressees": ["Russia"]},
     {"speaker": "NATO", "addressees": ["Russia"], "date": "2022-01-13"}, 2),  # another day
    ({"speaker": "Vladimir Putin", "addressees": ["Ukraine"]}, {"speaker": "Russia", "addressees": ["Ukraine"]}, 2),
])
def test_organisation_officials_rule(a, b, expected):
    assert n_events([statement(1, **{**TALKS, **a}), statement(2, **{**TALKS, **b})]) == expected


def test_the_sides_most_reported_on_a_day_form_the_group_first():
    rows = [statement(1, **TALKS, speaker="Wendy Sherman", addressees=["Jens Stoltenberg", "Russia"]),
            statement(2, **TALKS, speaker="NATO", addressees=["Russia"]),
            statement(3, **TALKS, speaker="Russia", addressees=["NATO"]),
            statement(4, **TALKS, speaker="Jens Stoltenberg", addressees=["Russia"])]
    assert n_events(rows) == 1


TRIP = dict(kind="visit", speaker="Emmanuel Macron", addressees=["Ukraine"], place="Kyiv", place_country="UKR")


@pytest.mark.parametrize("other, expected", [
    (dict(kind="meeting", speaker="Emmanuel Macron", addressees=["Volodymyr Zelensky"]), 1),
    (dict(kind="meeting", speaker="Volodymyr Zelensky", addressees=["Emmanuel Macron"], place="Kyiv"), 1),
    (dict(kind="talks", speaker="Emmanuel Macron", addressees=["Volodymyr Zelensky"]), 2),  # no meeting or visit
    (dict(kind="meeting", speaker="Emmanuel Macron", addressees=["Vladimir Putin"]), 2),  # no party of Ukraine
    (dict(kind="meeting", speaker="Emmanuel Macron", addressees=["Volodymyr Zelensky"], date="2022-02-09"), 2),
])
def test_visit_destination_rule(other, expected):
    rows = [statement(1, **dict(TRIP, date="2022-02-08")), statement(2, **{"date": "2022-02-08", **other})]
    assert n_events(rows) == expected


def test_a_meeting_reported_first_finds_the_visit_of_its_trip():
    met = dict(kind="meeting", speaker="Volodymyr Zelensky", addressees=["Emmanuel Macron"], date="2022-02-08")
    assert n_events([statement(1, **met), statement(2, **dict(TRIP, date="2022-02-08"))]) == 1


def test_a_trip_home_is_no_visit_to_a_foreign_state():
    home = dict(kind="visit", speaker="Joe Biden", addressees=["United States"], place="Delaware",
                place_country="USA", date="2022-02-20")
    talks = dict(kind="meeting", speaker="Joe Biden", addressees=["Vladimir Putin"], date="2022-02-20")
    assert n_events([statement(1, **home), statement(2, **talks)]) == 2


UNDATED = dict(kind="meeting", speaker="Volodymyr Zelensky", addressees=["Mark Rutte"], date="2022-02-02",
               precision="published", article="kyiv-release")


@pytest.mark.parametrize("b, expected", [
    ({}, 1),
    ({"text": "the meeting"}, 1),
    ({"is_future": True}, 2),  # past and future
    ({"kind": "call"}, 2),  # two kinds
    ({"article": "another-release"}, 2),  # two articles
    ({"addressees": ["Mark Rutte", "Wopke Hoekstra"]}, 2),  # other parties
])
def test_same_article_undated_rule(b, expected):
    assert n_events([statement(1, **UNDATED), statement(2, **{**UNDATED, **b})]) == expected


SAID = "We have no plans to attack any neighbour this winter, whatever the western press keeps writing"


@pytest.mark.parametrize("a, b, expected", [
    ({}, {}, 1),  # the same words, same speaker and day
    ({}, {"text": SAID + ", he told reporters"}, 1),
    ({}, {"text": "no plans to attack any neighbour this winter"}, 1),  # a cut of the quote
    ({}, {"kind": "reported_speech"}, 1),
    ({}, {"speaker": "Olaf Scholz"}, 2),  # another speaker
    ({}, {"text": "The sanctions will fail and our economy will grow stronger"}, 2),  # another claim
    ({}, {"date": "2022-01-17"}, 2),  # said again a week later
    ({}, {"date": "2022-01-11", "precision": "published"}, 1),  # published the day after
    ({"speaker": "anonymous"}, {"speaker": "anonymous"}, 2),  # two unnamed sources
    ({}, {"text": SAID + ". Our grain harvest was the best in a decade, our factories hire again, our roads are "
                  "rebuilt, and the budget closed with a surplus for the third straight year. Teachers earn more, hospitals "
                  "opened new wards, pensions rose, exports of wheat and steel climbed, and the central bank kept "
                  "inflation under control"}, 2),  # a line of a long turn
    ({"text": "No plans"}, {"text": "No plans"}, 2),  # too short to tell apart
])
def test_speech_rule(a, b, expected):
    base = dict(kind="direct_quote", speaker="Vladimir Putin", date="2022-01-10", text=SAID)
    assert n_events([statement(1, **{**base, **a}), statement(2, **{**base, **b})]) == expected


def test_a_fragment_never_bridges_two_quotes():
    base = dict(kind="direct_quote", speaker="Vladimir Putin", date="2022-01-10")
    fragment = "soldiers stay near the western border"
    one = fragment + " and the finance ministry expects sanctions to hurt exporters badly"
    two = fragment + " while diplomats keep meeting their counterparts in Geneva every week"
    out = add_happenings(tables([statement(1, text=one, **base), statement(2, text=two, **base),
                                 statement(3, text=fragment, **base)]))
    assert out["statements"]["event_id"].nunique() == 2


@pytest.mark.parametrize("a, b, expected", [
    ({}, {"troops": 110_000}, 1),
    ({}, {"troops": 3_000}, 2),
    ({}, {"troops": 100_000, "date": "2022-01-12"}, 1),  # within the window
    ({}, {"date": "2022-01-20"}, 2),  # ten days later
    ({}, {"actor": "BLR"}, 2),
    ({}, {"status": "withdrawn"}, 2),
    ({}, {"status": "stationed"}, 1),  # one status family
    ({}, {"destinations": ["POL"]}, 2),
    ({}, {"destinations": []}, 1),  # one empty, both numbered
    ({"places": ["Rzeszow"]}, {"troops": None, "places": ["Rzeszow"]}, 1),  # no number, same city
    ({}, {"troops": None}, 2),  # no number, no place below country
    ({"places": ["Yelnya"]}, {"troops": None, "units": 2, "places": ["Yelnya"]}, 2),  # units against troops
    ({"troops": None, "units": 2, "places": ["Yelnya"]}, {"troops": None, "units": 2, "places": ["Yelnya"]}, 1),
    ({"troops": None, "units": 2, "places": ["Yelnya"]}, {"troops": None, "units": 5, "places": ["Yelnya"]}, 2),
    ({"troops": None}, {"troops": None}, 2),
    ({}, {"date": "2022-01-01", "precision": "month"}, 2),
    # a number over several places is a total, no deployment at any one of them
    ({"places": ["Crimea", "Donbas"]}, {"troops": None, "places": ["Donbas"]}, 2),
    ({"troops": None, "places": ["Donbas"]}, {"places": ["Crimea", "Donbas"]}, 2),
    ({"places": ["Crimea", "Donbas"]}, {"places": ["Donbas"]}, 1),  # counter: both numbered, the numbers agree
])
def test_movement_rule(a, b, expected):
    assert n_events(movements=[movement(1, **a), movement(2, **b)]) == expected


def test_a_row_without_a_number_never_bridges_two_numbers():
    rows = [movement(1, places=["Yelnya"]), movement(2, troops=3_000, places=["Yelnya"]),
            movement(3, troops=None, places=["Yelnya"])]
    assert n_events(movements=rows) == 2


def test_every_rule_is_documented_with_examples_and_in_docs():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "events.md").read_text(encoding="utf-8")
    assert len({r.rule_id for r in RULES}) == len(RULES) == 7
    for rule in RULES:
        assert rule.examples and rule.counter_examples and rule.reason
    assert markdown() in doc  # docs/events.md carries the rules as the code states them
