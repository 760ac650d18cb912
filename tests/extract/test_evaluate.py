"""Accuracy floors: the evaluation of `python -m extract.evaluate`, asserted a little below what it
measures today, so a regression fails. The figures themselves are printed by the script."""
from __future__ import annotations

import pytest

from extract.evaluate import (AttributionScore, PRF, load_gold, score_attributions, score_gold, statement_matches,
                              Attribution)

SEED_ID = "000_f10cf6ce6e030c01"


@pytest.fixture(scope="module")
def gold(pipeline):
    from extract.pipeline import extract_articles

    golds, missing = load_gold()
    result = extract_articles([g.article for g in golds], nlp=pipeline)
    assert not result.problems, result.problems
    return golds, missing, result


def test_the_seed_meets_its_floors(gold):
    golds, _, result = gold
    seed = [g for g in golds if g.article.article_id == SEED_ID]
    report = score_gold(seed, result)
    assert report.statements.f1 >= 0.9
    assert report.date_accuracy >= 0.9
    assert report.movements.f1 >= 0.9


ORIGINAL_NEWS = {SEED_ID, "express-2022-02-28-biden-sanctions-russia-space", "mirror-2022-02-24-johnson-address-nation",
                 "mirror-2022-02-24-nato-prepares-troops", "mirror-2022-02-24-uk-army-size-nato-response",
                 "mirror-2022-02-25-putin-could-attack-baltic-states", "mirror-2022-02-25-russian-troops-close-on-kyiv",
                 "mirror-2022-02-28-belarus-could-send-troops", "mirror-2022-02-28-putin-nuclear-forces-alert",
                 "nyt-2022-02-03-putin-to-meet-xi", "nyt-2022-02-07-taiwan-china-watch-ukraine",
                 "nyt-2022-02-18-senate-russia-sanctions-statement", "nyt-2022-02-26-russia-vetoes-un-resolution"}


def test_the_first_thirteen_gold_articles_meet_their_floors(gold):
    """The 13 news articles the rules were developed on (their floors from before the gold grew)."""
    golds, missing, result = gold
    if missing:
        pytest.skip("../shared/corpus is not available: only the seed's gold can be scored")
    report = score_gold([g for g in golds if g.article.article_id in ORIGINAL_NEWS], result)
    assert report.statements.f1 >= 0.84, report.statements.line()
    assert report.date_accuracy >= 0.94
    assert report.movements.f1 >= 0.92, report.movements.line()
    assert report.movements_strict.f1 >= 0.86, report.movements_strict.line()
    assert report.movement_date_accuracy >= 0.80


def test_the_dev_gold_meets_its_floors(gold):
    """All 47 dev articles (news, readouts, transcripts, releases, regional pieces; 4 added on 2026-12-03, which
    brought the movement figures below their floors, lowered to 0.02 below the new measure): floors a little below
    what `python -m extract.evaluate` measures, so a regression fails. The validation part is never scored here."""
    golds, missing, result = gold
    if missing:
        pytest.skip("../shared/corpus is not available: only the seed's gold can be scored")
    assert {g.part for g in golds} == {"dev"} and len(golds) == 47
    report = score_gold(golds, result)
    assert report.statements.f1 >= 0.80, report.statements.line()
    assert report.date_accuracy >= 0.92
    assert report.movements.f1 >= 0.82, report.movements.line()
    assert report.movements_strict.f1 >= 0.72, report.movements_strict.line()
    assert report.movement_date_accuracy >= 0.88


def test_polnear_attribution_floors(corpus_dir, pipeline):
    from extract.evaluate import evaluate_polnear

    ours, textacy, n = evaluate_polnear(nlp=pipeline)
    assert n == 84
    assert ours.f1 >= 0.78 and ours.source_accuracy >= 0.86, ours.line()
    assert ours.f1 >= 1.8 * textacy.f1


# ----- the scoring rules themselves ----------------------------------------------------------------
def row(speaker, start, end, kind="reported_speech", addressees=(), sentence=(0, 100)):
    return {"speaker": speaker, "content_start": start, "content_end": end, "kind": kind,
            "addressees": list(addressees), "sentence_start": sentence[0], "sentence_end": sentence[1]}


@pytest.mark.parametrize(
    "pred, gold, match",
    [
        (row("Emmanuel Macron", 10, 50), row("Emmanuel Macron", 12, 48), True),
        (row("Emmanuel Macron", 10, 50), row("Joe Biden", 10, 50), False),  # wrong speaker
        (row("Emmanuel Macron", 10, 20), row("Emmanuel Macron", 15, 60), True),  # half of the shorter span
        (row("Emmanuel Macron", 10, 20), row("Emmanuel Macron", 19, 60), False),
        # an alias of the actor table is its actor's name; a name the table does not list is not
        (row("Vasily Nebenzya", 10, 50), row("Vassily Nebenzia", 10, 50), True),
        (row("Vasily Nebenzya", 10, 50), row("Vasily Nebenzin", 10, 50), False),
        # an event matches when its participants agree, whoever is named first
        (row("Emmanuel Macron", 10, 30, "call", ["Joe Biden"]), row("Joe Biden", 5, 40, "call", ["Emmanuel Macron"]), True),
        (row("Emmanuel Macron", 10, 30, "call", []), row("Joe Biden", 5, 40, "call", ["Emmanuel Macron"]), False),
        (row("Emmanuel Macron", 10, 30, "call", ["Joe Biden"]), row("Emmanuel Macron", 5, 40, "call", ["Joe Biden"]), True),
        (row("Emmanuel Macron", 10, 30, "meeting", []), row("Emmanuel Macron", 5, 40, "call", ["Joe Biden"]), False),
    ],
)
def test_statement_matching_rule(pred, gold, match):
    assert statement_matches(pred, gold) is match


def test_prf_and_token_overlap_scores():
    prf = PRF(tp=8, fp=2, fn=8)
    assert (round(prf.precision, 3), round(prf.recall, 3), round(prf.f1, 3)) == (0.8, 0.5, 0.615)
    text = "Trump said the wall will be built and Mexico will pay."
    gold = [Attribution(source=[(0, 5)], content=[(11, 54)])]
    score = AttributionScore()
    score_attributions(text, gold, [([(11, 33)], [(0, 5)])], score)  # "the wall will be built"
    assert (score.pred_tokens, score.gold_tokens, score.pred_in_gold) == (5, 9, 5)
    assert (score.matched, score.source_ok) == (1, 1)


def test_rule_table_counts_rows_and_right_rows_per_method():
    import datetime as dt
    from types import SimpleNamespace

    import pandas as pd

    from extract.evaluate import GoldArticle, rule_table
    from extract.records import Article

    gold = GoldArticle(Article("a", "x" * 200, published=dt.date(2022, 2, 3)),
                       [{**row("Russia", 0, 50), "speaker_type": "state"}, {**row("anonymous", 60, 90), "speaker_type": "anonymous"}], [])
    preds = pd.DataFrame([{**row("Russia", 0, 48), "article_id": "a", "method": "reported:clause"},
                          {**row("Russia", 100, 140), "article_id": "a", "method": "reported:clause"},
                          {**row("NATO", 150, 190), "article_id": "a", "method": "quote:cue"}])
    result = SimpleNamespace(tables={"statements": preds, "movements": pd.DataFrame(columns=["article_id"])})
    assert rule_table([gold], result)[3:] == ["| reported:clause | 2 | 1 | 0.500 |", "| quote:cue | 1 | 0 | 0.000 |"]


def move(start, end, troops=None, status="deployed", mentions=(), **extra):
    return {"actor": "RUS", "troops": troops, "destinations": ["UKR"], "destination_places": [], "status": status,
            "force": "troops", "date": "2022-02-01", "date_precision": "published", "sentence_start": start,
            "sentence_end": end, "mentions": list(mentions), **extra}


def test_a_merged_row_is_scored_once_per_mention():
    from extract.evaluate import mention_rows

    rows = mention_rows([move(0, 40, mentions=["0:40", "100:140"]), move(200, 240)])
    assert [(r["sentence_start"], r["sentence_end"]) for r in rows] == [(0, 40), (100, 140), (200, 240)]


@pytest.mark.parametrize("preds, golds, expected", [
    # one merged row, the gold's two rows of the same build-up: one movement found
    ([move(0, 40, mentions=["0:40", "100:140"])], [move(0, 40), move(100, 140)], (1, 0, 0)),
    # the row's second mention finds a gold movement its first mention misses
    ([move(0, 40, mentions=["0:40", "100:140"])], [move(100, 140)], (1, 0, 0)),
    # two gold movements (a build-up, a withdrawal) and one row: one found, one missed
    ([move(0, 40, mentions=["0:40", "100:140"])], [move(0, 40), move(100, 140, status="withdrawn")], (1, 0, 1)),
    # a different number is another movement
    ([move(0, 40, troops=5000)], [move(0, 40, troops=100000)], (0, 1, 1)),
])
def test_per_movement_scores_rows_against_grouped_gold(preds, golds, expected):
    from extract.evaluate import per_movement

    prf = per_movement(preds, golds)
    assert (prf.tp, prf.fp, prf.fn) == expected


@pytest.mark.parametrize("anonymous_rows, speakers", [(True, ["Russia", "anonymous"]), (False, ["Russia"])])
def test_anonymous_predictions_are_scored_only_where_the_gold_annotates_them(anonymous_rows, speakers):
    import datetime as dt

    from extract.evaluate import GoldArticle, scored_predictions, scored_statements
    from extract.records import Article

    gold = GoldArticle(Article("a", "x" * 200, published=dt.date(2022, 2, 3)),
                       [{**row("anonymous", 60, 90), "speaker_type": "anonymous"}], [], anonymous_rows=anonymous_rows)
    assert len(scored_statements(gold)) == 1
    assert [p["speaker"] for p in scored_predictions(gold, [row("Russia", 0, 50), row("anonymous", 60, 90)])] == speakers


def test_the_anonymous_line_gives_precision_and_recall_of_anonymous_rows():
    import datetime as dt
    from types import SimpleNamespace

    import pandas as pd

    from extract.evaluate import GoldArticle
    from extract.evaluate_anonymous import anonymous_line
    from extract.records import Article

    golds = [GoldArticle(Article("a", "x" * 200), [{**row("anonymous", 60, 90), "speaker_type": "anonymous"},
                                                   {**row("anonymous", 100, 130), "speaker_type": "anonymous"}], []),
             GoldArticle(Article("b", "x" * 200, published=dt.date(2022, 2, 3)), [], [], anonymous_rows=False)]
    preds = pd.DataFrame([{**row("anonymous", 60, 88), "article_id": "a"}, {**row("anonymous", 150, 190), "article_id": "a"},
                          {**row("anonymous", 0, 40), "article_id": "b"}])
    assert anonymous_line(golds, SimpleNamespace(statements=preds)) == (
        "anonymous rows        P 0.500  R 0.500  (right 1 of 2 made; 2 in gold; "
        "1 more in files annotated before anonymous rows, not scored)")
