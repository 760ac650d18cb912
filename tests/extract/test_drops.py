"""Drop rules: every discarded candidate is recorded with a registered rule id, in a documented table, and
`evaluate --rules` counts the drops that lie on gold rows. Invented sentences only."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.drops import DROP_RULES, RULES, STATUS_REASONS, markdown, status_rule
from extract.schema import column_names

ROOT = Path(__file__).resolve().parents[2]
EXTRACT = ROOT / "extract"
ID = re.compile(r"drop:(?:statement|movement):[a-z-]+")


def _code() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in sorted(EXTRACT.rglob("*.py"))}


def test_the_registry_has_unique_well_formed_ids_and_one_line_reasons():
    ids = [rule.id for rule in DROP_RULES]
    assert len(ids) == len(set(ids))
    for rule in DROP_RULES:
        assert ID.fullmatch(rule.id), rule.id
        assert rule.id.split(":")[1] == rule.kind
        assert rule.reason.strip() and "\n" not in rule.reason and rule.reason.endswith("."), rule.id


def test_every_id_in_the_code_is_registered_and_every_rule_is_used():
    registry = (EXTRACT / "drops.py").read_text(encoding="utf-8")
    used = {m for path, text in _code().items() if path.name != "drops.py" for m in ID.findall(text)}
    used |= set(STATUS_REASONS.values()) | {status_rule("a reason not named yet")}
    used |= set(ID.findall(registry[registry.index("def furniture_drops"):]))  # the furniture drops
    assert used - set(RULES) == set(), "ids recorded but not in DROP_RULES"
    assert set(RULES) - used == set(), "rules in DROP_RULES that nothing records"


def test_every_reason_the_status_reader_gives_has_a_rule():
    movements = EXTRACT / "movements"
    reasons = set(re.findall(r'drop="([^"]+)"', (movements / "status.py").read_text(encoding="utf-8")))
    reasons |= set(re.findall(r'return "([a-z ]+)"', (movements / "negation.py").read_text(encoding="utf-8")))
    assert reasons and reasons <= set(STATUS_REASONS), reasons - set(STATUS_REASONS)
    assert status_rule(None) == "drop:movement:no-movement-verb"


def test_the_readme_carries_the_generated_drop_rules_table():
    assert markdown() in (ROOT / "README.md").read_text(encoding="utf-8")


# a story, a cut line, then a teaser that is no part of it (the story must be the longer part)
TEASER = ("Russia has massed 100,000 troops near the Ukrainian border, and the build-up went on all week.\n\n"
          "Check Also\n\nGermany sends 500 soldiers to Lithuania, minister says")
CASES = [
    ("He said that the negotiations would fail.", "drop:statement:unresolved-speaker"),
    ("The Kremlin has not said whether the negotiations will resume.", "drop:statement:negated-cue"),
    ("It was announced on Monday that the crossing would close.", "drop:statement:passive-no-agent"),
    ('The minister called the proposal "a farce" on Monday.', "drop:statement:short-quote"),
    ('"Our soldiers are ready to move to the east."', "drop:statement:quote-no-speaker"),
    ("The Pentagon said the United States would send 3,000 troops to Poland, according to a statement.",
     "drop:statement:sentence-taken"),
    ("Macron will hold a meeting on Friday.", "drop:statement:event-incomplete"),
    ("Troops arrived at the border on Monday.", "drop:movement:no-actor"),
    ("Will Russian troops invade Ukraine?", "drop:movement:question"),
    ("Russia has not sent troops to Cuba.", "drop:movement:negated"),
    ("The Soviet Union sent tanks into Hungary in 1956.", "drop:movement:history"),
    ("Forty Russian soldiers were killed near Kharkiv on Tuesday.", "drop:movement:casualty"),
    ("Poland will give its MiG-29 jets to Ukraine.", "drop:movement:weapons-delivery"),
    ("Two British warships arrived in the Black Sea on Monday.", "drop:movement:equipment-only"),
    ("Russia sent 5,000 troops on Monday.", "drop:movement:no-place"),
    ("Russia refused to pull its troops back from the border.", "drop:movement:refused"),
    ("Ukrainian forces are stationed in Ukraine.", "drop:movement:own-forces-at-home"),
    ("Even one Russian soldier crossing into Ukraine is a serious matter.", "drop:movement:single-soldier"),
    (TEASER, "drop:statement:after-story-end"),
    (TEASER, "drop:movement:after-story-end"),
]


@pytest.mark.parametrize("text, rule", CASES, ids=[rule for _, rule in CASES])
def test_a_dropped_candidate_carries_its_rule_id_and_its_text(extract_text, text, rule):
    drops = extract_text(text).drops
    assert rule in set(drops["rule"]), list(zip(drops["rule"], drops["text"]))
    assert set(drops["rule"]) <= set(RULES)
    for d in drops.itertuples():
        assert text[d.char_start:d.char_end] == d.text and text[d.sentence_start:d.sentence_end] == d.sentence
        assert d.kind == RULES[d.rule].kind and d.reason == RULES[d.rule].reason


def test_the_drops_table_has_the_documented_columns_and_ids(extract_text):
    result = extract_text(CASES[0][0])
    assert list(result.drops.columns) == column_names("drops")
    assert list(result.drops["drop_id"]) == [f"t:d{i}" for i in range(1, len(result.drops) + 1)]


def test_a_kept_row_leaves_no_drop_of_its_own_rule(extract_text):
    result = extract_text("The Pentagon said on Monday that it would send 2,000 troops to Poland.")
    assert len(result.movements) == 1 and len(result.statements) == 1
    assert not result.drops["rule"].str.startswith("drop:movement:").any()


def test_evaluate_counts_drops_on_gold_rows_and_on_gold_rows_not_found():
    import datetime as dt
    from types import SimpleNamespace

    import pandas as pd

    from extract.evaluate import GoldArticle, drop_table
    from extract.records import Article
    from extract.schema import to_frame

    text = "Alpha said one thing here. Beta said another thing. Troops went somewhere."
    gold = GoldArticle(Article("a", text, published=dt.date(2022, 2, 3)),
                       [{"speaker": "Alpha", "kind": "reported_speech", "content_start": 11, "content_end": 25},
                        {"speaker": "Beta", "kind": "reported_speech", "content_start": 37, "content_end": 50}],
                       [{"actor": "RUS", "troops": None, "destinations": [], "status": "deployed",
                         "sentence_start": 52, "sentence_end": 73}])
    found = {"article_id": "a", "speaker": "Alpha", "kind": "reported_speech", "content_start": 11,
             "content_end": 25, "sentence_start": 0, "sentence_end": 26, "addressees": []}

    def drop(rule, kind, start, end):
        return {"article_id": "a", "rule": rule, "kind": kind, "char_start": start, "char_end": end}

    drops = to_frame([drop("drop:statement:anonymous", "statement", 0, 25),  # on Alpha's row, found: wrong
                      drop("drop:statement:anonymous", "statement", 27, 50),  # on Beta's row, missed: lost
                      drop("drop:statement:no-content", "statement", 52, 58),  # on no statement
                      drop("drop:movement:no-actor", "movement", 52, 58)], "drops")  # on the missed movement
    result = SimpleNamespace(tables={"statements": pd.DataFrame([found]),
                                     "movements": pd.DataFrame(columns=["article_id"]), "drops": drops})
    assert drop_table([gold], result)[3:] == ["| drop:statement:anonymous | 2 | 2 | 1 | 1.000 |",
                                              "| drop:movement:no-actor | 1 | 1 | 1 | 1.000 |",
                                              "| drop:statement:no-content | 1 | 0 | 0 | 0.000 |"]
