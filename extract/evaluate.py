"""`python -m extract.evaluate`: score the extractor on our gold files and on PolNeAR dev.

Gold (tests/gold/*.json, see tests/gold/GUIDELINES.md):
- statements: a prediction matches a gold row when the speakers are the same (an actor-table alias counts as
  its actor's name) and the contents
  overlap by at least half of the shorter span (events: the spans overlap and the participants
  agree). Precision, recall and F1 over all rows; date accuracy over the matched rows.
- movements: a prediction matches when it is in the same sentence with the same actor and the same
  troop number ("F1 on (actor, troops)"); strict F1 also needs the same destinations and status. The gold
  has a row per sentence that reports a movement, the extractor one row per movement with its `mentions`:
  each mention is scored as a prediction in its sentence (one-to-one with gold rows), so a restatement
  the extractor merged still finds its gold row. "Per movement" scores rows against gold rows grouped by
  the extractor's own rule (`extract.movements.merge`): a row matches a group when one of its mentions
  matches one of the group's rows.
PolNeAR dev: see `extract.polnear` (content token overlap and source accuracy, beside textacy).
With `--rules`: per rule (a row's `method`) the rows made, the rows right and the precision; per drop rule
(`extract.drops`) the candidates dropped, how many lie on a gold row of their kind (a wrong drop: a gold
statement's content or a gold movement's sentence overlaps the dropped candidate), and how many on a gold
row that no prediction found (recall the drop may have cost).
The corpus texts are read from ../shared/corpus; nothing of them is stored in the repository.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .polnear import POLNEAR_DIR, Attribution, AttributionScore, evaluate_polnear, score_attributions  # noqa: F401 (re-exported)
from .polnear import overlap as _overlap
from .records import Article
from .schema import ANONYMOUS, EVENT_KINDS

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"
NEWS_CSV = CORPUS / "r2nery-ukraine-media" / "articles_2021-11_2022-03.csv"


# ----- loading ------------------------------------------------------------------------------------
@dataclass
class GoldArticle:
    article: Article
    statements: list[dict]
    movements: list[dict]
    part: str = "dev"  # dev (tuned on) or validation (scored only at the end of a session)
    genre: str = "news"  # news, readout, transcript, release or regional
    anonymous_rows: bool = True  # False: the first 13 files (no `part`), annotated when anonymous sources were no rows


GOLD_CORPORA = ("seeds", "r2nery-ukraine-media", "whitehouse-briefings", "kremlin-zelenskyy-press-releases",
                "hellaskella33-gdelt-articles")


class GoldTexts:
    """The text of a gold file's `source`, exactly as `extract build` reads it (offsets index it).

    - `seeds`: `{"file": ...}` in `seeds/`;
    - `r2nery-ukraine-media`: `{"url": ...}`, the `Text` of the news CSV as pandas reads it;
    - `whitehouse-briefings`, `hellaskella33-gdelt-articles`: `{"file": <path in the corpus folder>}`,
      read as a text file (front matter removed);
    - `kremlin-zelenskyy-press-releases`: `{"file": <csv name>, "url": <link>}`, the row's `body`.
    Returns None when the corpus is not there.
    """

    def __init__(self, corpus: Path = CORPUS):
        self.corpus = corpus
        self._news = None
        self._releases: dict[str, dict[str, str]] = {}

    def __call__(self, source: dict) -> str | None:
        kind = source["corpus"]
        if kind == "seeds":
            return (ROOT / "seeds" / source["file"]).read_text(encoding="utf-8")
        if kind == "r2nery-ukraine-media":
            return self._news_text(source["url"])
        if kind == "kremlin-zelenskyy-press-releases":
            return self._release_text(source["file"], source["url"])
        if kind in ("whitehouse-briefings", "hellaskella33-gdelt-articles"):
            folder = "articles" if kind == "hellaskella33-gdelt-articles" else ""
            path = self.corpus / kind / folder / source["file"]
            return self._read(path)[0].text if path.exists() else None
        raise ValueError(f"unknown gold corpus {kind!r} (expected one of {', '.join(GOLD_CORPORA)})")

    @staticmethod
    def _read(path: Path) -> list[Article]:
        from .readers import read_inputs

        return [item for item in read_inputs([path]) if isinstance(item, Article)]

    def _news_text(self, url: str) -> str | None:
        if self._news is None:
            csv = self.corpus / "r2nery-ukraine-media" / "articles_2021-11_2022-03.csv"
            if not csv.exists():
                return None
            self._news = pd.read_csv(csv).set_index("URL")["Text"]
        text = self._news.loc[url]
        return text.iloc[0] if isinstance(text, pd.Series) else text

    def _release_text(self, name: str, url: str) -> str | None:
        if name not in self._releases:
            path = self.corpus / "kremlin-zelenskyy-press-releases" / name
            if not path.exists():
                return None
            self._releases[name] = {a.url: a.text for a in self._read(path)}
        return self._releases[name][url]


def load_gold(gold_dir: Path = GOLD_DIR, *, corpus: Path = CORPUS, parts: tuple[str, ...] = ("dev",)
              ) -> tuple[list[GoldArticle], list[str]]:
    """Gold files of `parts` whose text can be found (the seed always; corpus rows when ../shared is there)."""
    texts = GoldTexts(corpus)
    found, missing = [], []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("part", "dev") not in parts:
            continue
        source = gold["source"]
        text = texts(source)
        if text is None:
            missing.append(gold["article_id"])
            continue
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != gold["text_sha1"]:
            raise ValueError(f"{path.name}: the text no longer matches text_sha1")
        article = Article(article_id=gold["article_id"], text=text, title=gold.get("title") or "",
                          published=dt.date.fromisoformat(gold["published"]) if gold.get("published") else None,
                          url=source.get("url", ""), source=gold.get("outlet") or "", origin=str(path))
        found.append(GoldArticle(article, gold["statements"], gold["movements"], gold.get("part", "dev"),
                                 gold.get("genre", "news"), "part" in gold))
    return found, missing


# ----- scoring ------------------------------------------------------------------------------------
@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def line(self) -> str:
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass
class Report:
    statements: PRF = field(default_factory=PRF)
    statement_dates: list[bool] = field(default_factory=list)
    movements: PRF = field(default_factory=PRF)
    movements_strict: PRF = field(default_factory=PRF)
    movements_per_movement: PRF = field(default_factory=PRF)
    movement_dates: list[bool] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def date_accuracy(self) -> float:
        return sum(self.statement_dates) / len(self.statement_dates) if self.statement_dates else 0.0

    @property
    def movement_date_accuracy(self) -> float:
        return sum(self.movement_dates) / len(self.movement_dates) if self.movement_dates else 0.0


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    """Every alias in the actor table (casefolded) → its actor's name: a gold row may spell a known person
    another way ("Vassily Nebenzia"), and the build always writes the table's name."""
    from .actor_table import load_actor_table

    table = load_actor_table()
    return {_plain(alias): _plain(name) for name, aliases in table.aliases.items() for alias in aliases}


def _plain(value) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


def _name(value) -> str:
    """A speaker's name for matching: whitespace and case ignored, an actor's alias read as its name."""
    plain = _plain(value)
    return _canonical_names().get(plain, plain)


def statement_matches(pred: dict, gold: dict) -> bool:
    """The matching rule for statements (see the module docstring)."""
    p_span, g_span = (pred["content_start"], pred["content_end"]), (gold["content_start"], gold["content_end"])
    overlap = _overlap(p_span, g_span)
    if gold["kind"] in EVENT_KINDS or pred["kind"] in EVENT_KINDS:
        if pred["kind"] not in EVENT_KINDS or gold["kind"] not in EVENT_KINDS:
            return False
        if overlap == 0 and not (pred["sentence_start"] <= g_span[0] < pred["sentence_end"]):
            return False
        p_people = {_name(pred["speaker"]), *map(_name, pred["addressees"])}
        g_people = {_name(gold["speaker"]), *map(_name, gold.get("addressees") or [])}
        return _name(pred["speaker"]) in g_people and len(p_people & g_people) >= min(2, len(g_people))
    if _name(pred["speaker"]) != _name(gold["speaker"]):
        return False
    shorter = min(p_span[1] - p_span[0], g_span[1] - g_span[0])
    return shorter > 0 and overlap >= 0.5 * shorter


def movement_matches(pred: dict, gold: dict, *, strict: bool) -> bool:
    if not (pred["sentence_start"] < gold["sentence_end"] and gold["sentence_start"] < pred["sentence_end"]):
        return False
    if (pred["actor"] or None) != (gold["actor"] or None):
        return False
    p_troops = None if pd.isna(pred["troops"]) else int(pred["troops"])
    if p_troops != gold["troops"]:
        return False
    if strict:
        return set(pred["destinations"]) == set(gold["destinations"]) and pred["status"] == gold["status"]
    return True


def mention_rows(preds: list[dict]) -> list[dict]:
    """Movement rows as one scored prediction per mention, each in its mention's sentence (a row without
    `mentions` is its own one mention)."""
    out = []
    for p in preds:
        spans = list(p.get("mentions") if isinstance(p.get("mentions"), (list, tuple)) else []) or [
            f"{p['sentence_start']}:{p['sentence_end']}"]
        for span in spans:
            start, end = (int(v) for v in span.split(":"))
            out.append({**p, "sentence_start": start, "sentence_end": end})
    return out


def per_movement(preds: list[dict], golds: list[dict]) -> PRF:
    """Rows against gold movements (gold rows grouped by `extract.movements.merge`), one-to-one: a row
    matches a group when one of its mentions matches one of the group's rows."""
    from .movements.merge import group_mentions

    def rule(p: dict, group: list[dict]) -> bool:
        return any(movement_matches(m, g, strict=False) for m in mention_rows([p]) for g in group)

    pairs, fps, fns = _match(preds, group_mentions(golds), rule)
    return PRF(len(pairs), len(fps), len(fns))


def _match(preds: list[dict], golds: list[dict], rule) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy one-to-one matching in text order."""
    pairs, used = [], set()
    unmatched_gold = []
    for g in golds:
        hit = next((i for i, p in enumerate(preds) if i not in used and rule(p, g)), None)
        if hit is None:
            unmatched_gold.append(g)
        else:
            used.add(hit)
            pairs.append((preds[hit], g))
    return pairs, [p for i, p in enumerate(preds) if i not in used], unmatched_gold


def _day(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value)[:10]


def scored_statements(gold: GoldArticle) -> list[dict]:
    """The gold statements the current rules score: all of them (anonymous sources too, as the build keeps them)."""
    return list(gold.statements)


def scored_predictions(gold: GoldArticle, preds: list[dict]) -> list[dict]:
    """The predicted statements scored against `gold`: anonymous rows only where the gold annotates them (not in
    the first 13 files, whose guidelines made anonymous sources no rows: there they could never be right)."""
    return preds if gold.anonymous_rows else [p for p in preds if p["speaker"] != ANONYMOUS]


def scored_movements(gold: GoldArticle) -> list[dict]:
    """The gold movements the current rules score: rows flagged `nominal` (no force noun) or `equipment_only` (no
    personnel: `drop:movement:equipment-only`) are left out."""
    return [g for g in gold.movements if not g.get("nominal") and not g.get("equipment_only")]


def score_gold(golds: list[GoldArticle], result) -> Report:
    report = Report()
    statements = result.statements
    movements = result.movements
    for gold in golds:
        aid = gold.article.article_id
        text = gold.article.text
        preds = scored_predictions(gold, statements[statements["article_id"] == aid].to_dict("records"))
        gold_statements, gold_movements = scored_statements(gold), scored_movements(gold)
        pairs, fps, fns = _match(preds, gold_statements, statement_matches)
        report.statements.add(PRF(len(pairs), len(fps), len(fns)))
        report.statement_dates += [_day(p["date"]) == g["date"] for p, g in pairs]
        rows = movements[movements["article_id"] == aid].to_dict("records")
        report.movements_per_movement.add(per_movement(rows, gold_movements))
        m_preds = mention_rows(rows)
        m_pairs, m_fps, m_fns = _match(m_preds, gold_movements, lambda p, g: movement_matches(p, g, strict=False))
        report.movements.add(PRF(len(m_pairs), len(m_fps), len(m_fns)))
        report.movement_dates += [_day(p["date"]) == g["date"] for p, g in m_pairs]
        s_pairs, s_fps, s_fns = _match(m_preds, gold_movements, lambda p, g: movement_matches(p, g, strict=True))
        report.movements_strict.add(PRF(len(s_pairs), len(s_fps), len(s_fns)))
        lines = []
        for g in fns:
            lines.append(f"  MISS  {g['kind']:<15} {g['speaker']:<24} {text[g['content_start']:g['content_end']][:90]!r}")
        for p in fps:
            lines.append(f"  EXTRA {p['kind']:<15} {p['speaker']:<24} {p['text'][:90]!r}")
        for p, g in pairs:
            if _day(p["date"]) != g["date"]:
                lines.append(f"  DATE  {g['speaker']:<24} gold {g['date']} got {_day(p['date'])} ({p['date_text']!r}) "
                             f"{text[g['content_start']:g['content_end']][:60]!r}")
        for p, g in m_pairs:
            if _day(p["date"]) != g["date"]:
                lines.append(f"  MOVE-DATE {g['actor']} gold {g['date']} got {_day(p['date'])} ({p['date_text']!r}) "
                             f"{text[g['sentence_start']:g['sentence_end']][:60]!r}")
        for g in s_fns:
            sent = text[g["sentence_start"]:g["sentence_end"]]
            lines.append(f"  MOVE-MISS {g['actor']} {g['troops']} {g['destinations']} {g['status']}: {sent[:110]!r}")
        for p in s_fps:
            lines.append(f"  MOVE-EXTRA {p['actor']} {p['troops']} {list(p['destinations'])} {p['status']}: {text[p['sentence_start']:p['sentence_end']][:110]!r}")
        report.misses[aid] = lines
    return report


def rule_table(golds: list[GoldArticle], result) -> list[str]:
    """Per rule (a row's `method`): rows made, rows right (matched to a gold row), precision; Markdown (a movement
    counts once per mention, as it is scored)."""
    made: dict[str, int] = {}
    right: dict[str, int] = {}
    tables = (("statements", scored_statements, statement_matches),
              ("movements", scored_movements, lambda p, g: movement_matches(p, g, strict=False)))
    for gold in golds:
        for table, scored, rule in tables:
            frame = result.tables[table]
            if "method" not in frame.columns:
                continue
            preds = frame[frame["article_id"] == gold.article.article_id].to_dict("records")
            preds = mention_rows(preds) if table == "movements" else scored_predictions(gold, preds)
            pairs, _, _ = _match(preds, scored(gold), rule)
            for p in preds:
                made[p["method"]] = made.get(p["method"], 0) + 1
            for p, _ in pairs:
                right[p["method"]] = right.get(p["method"], 0) + 1
    lines = ["", "| rule (method) | rows | right | precision |", "|---|---|---|---|"]
    for method in sorted(made, key=lambda m: (-made[m], m)):
        lines.append(f"| {method} | {made[method]} | {right.get(method, 0)} | {right.get(method, 0) / made[method]:.3f} |")
    return lines


def _gold_found(gold: GoldArticle, result) -> dict[str, list[tuple[dict, bool]]]:
    """Per kind, the scored gold rows of one article, each with whether a prediction matched it."""
    aid = gold.article.article_id
    out = {}
    for kind, table, scored, rule in (
            ("statement", "statements", scored_statements, statement_matches),
            ("movement", "movements", scored_movements, lambda p, g: movement_matches(p, g, strict=False))):
        frame = result.tables[table]
        preds = frame[frame["article_id"] == aid].to_dict("records")
        _, _, missed = _match(mention_rows(preds) if table == "movements" else preds, scored(gold), rule)
        out[kind] = [(g, not any(g is m for m in missed)) for g in scored(gold)]
    return out


def _gold_span(kind: str, gold: dict) -> tuple[int, int]:
    """Where a gold row lies: a statement's content, a movement's sentence."""
    return (gold["content_start"], gold["content_end"]) if kind == "statement" else (
        gold["sentence_start"], gold["sentence_end"])


def drop_table(golds: list[GoldArticle], result) -> list[str]:
    """Per drop rule: drops made on the gold articles, how many lie on a gold row of their kind (a wrong drop),
    and how many on a gold row no prediction found (recall the drop may have cost); Markdown."""
    made: dict[str, int] = {}
    wrong: dict[str, int] = {}
    lost: dict[str, int] = {}
    drops = result.tables.get("drops")
    if drops is None or drops.empty:
        return []
    for gold in golds:
        rows = drops[drops["article_id"] == gold.article.article_id].to_dict("records")
        if not rows:
            continue
        found = _gold_found(gold, result)
        for d in rows:
            span = (int(d["char_start"]), max(int(d["char_end"]), int(d["char_start"]) + 1))
            hits = [ok for g, ok in found.get(d["kind"], []) if _overlap(span, _gold_span(d["kind"], g)) > 0]
            made[d["rule"]] = made.get(d["rule"], 0) + 1
            wrong[d["rule"]] = wrong.get(d["rule"], 0) + bool(hits)
            lost[d["rule"]] = lost.get(d["rule"], 0) + (bool(hits) and not any(hits))
    lines = ["", "| drop rule | drops | on a gold row (wrong) | on a gold row not found (lost) | wrong share |",
             "|---|---|---|---|---|"]
    for rule in sorted(made, key=lambda r: (-made[r], r)):
        lines.append(f"| {rule} | {made[rule]} | {wrong[rule]} | {lost[rule]} | {wrong[rule] / made[rule]:.3f} |")
    return lines


def report_lines(report: Report) -> list[str]:
    """The figures of one report, a line each."""
    return [f"statements            {report.statements.line()}",
            f"statement dates       accuracy {report.date_accuracy:.3f} on {len(report.statement_dates)} matched",
            f"movements (actor, troops)  {report.movements.line()}",
            f"movements strict      {report.movements_strict.line()}",
            f"movements per movement  {report.movements_per_movement.line()}",
            f"movement dates        accuracy {report.movement_date_accuracy:.3f} on {len(report.movement_dates)} matched"]


def genre_table(golds: list[GoldArticle], result) -> list[str]:
    """A Markdown table of the figures per genre."""
    lines = ["", "| genre | articles | statements P / R / F1 | dates | movements P / R / F1 | strict F1 | movement dates |",
             "|---|---|---|---|---|---|---|"]
    for genre in sorted({g.genre for g in golds}):
        chosen = [g for g in golds if g.genre == genre]
        r = score_gold(chosen, result)
        s, m = r.statements, r.movements
        lines.append(f"| {genre} | {len(chosen)} | {s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f} | {r.date_accuracy:.3f} | "
                     f"{m.precision:.3f} / {m.recall:.3f} / {m.f1:.3f} | {r.movements_strict.f1:.3f} | {r.movement_date_accuracy:.3f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--no-polnear", action="store_true", help="skip the PolNeAR evaluation")
    parser.add_argument("--polnear-limit", type=int, default=None, help="score only the first N PolNeAR articles")
    parser.add_argument("--polnear-as-shipped", action="store_true",
                        help="also score PolNeAR as the build ships (sources no actor answers to dropped)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no per-article misses")
    parser.add_argument("--rules", action="store_true",
                        help="also print rows made, rows right and precision per rule, and per drop rule the drops "
                             "made and how many lie on a gold row")
    parser.add_argument("--part", choices=("dev", "validation", "all"), default="dev",
                        help="which part of the gold to score (validation: only at the end of a session, never to fix rules)")
    parser.add_argument("--article", action="append", default=[], metavar="ID_PREFIX",
                        help="score only the gold articles whose id starts with this (repeatable), e.g. the articles "
                             "added after a rule change, to see how the rules do on text they were not written for")
    args = parser.parse_args(argv)

    from .evaluate_anonymous import anonymous_line
    from .pipeline import extract_articles

    parts = ("dev", "validation") if args.part == "all" else (args.part,)
    golds, missing = load_gold(parts=parts)
    if args.article:
        golds = [g for g in golds if g.article.article_id.startswith(tuple(args.article))]
    if missing:
        print(f"gold: {len(missing)} files skipped (../shared/corpus not found): {', '.join(missing)}")
    result = extract_articles([g.article for g in golds])
    for p in result.problems:
        print(f"problem: {p.origin}: {p.message}")
    for part in parts:
        chosen = [g for g in golds if g.part == part]
        if not chosen:
            continue
        report = score_gold(chosen, result)
        print(f"\nGOLD {part} ({len(chosen)} articles, {sum(len(scored_statements(g)) for g in chosen)} statements, "
              f"{sum(len(scored_movements(g)) for g in chosen)} movements)")
        print("\n".join(report_lines(report)))
        print(anonymous_line(chosen, result))
        print("\n".join(genre_table(chosen, result)))
        if args.rules:
            print("\n".join(rule_table(chosen, result)))
            print("\n".join(drop_table(chosen, result)))
        if not args.quiet:
            for aid, lines in report.misses.items():
                if lines:
                    print(f"\n{aid}")
                    print("\n".join(lines))
    if not args.no_polnear:
        if not POLNEAR_DIR.exists():
            print("\nPolNeAR: skipped (../shared/corpus/polnear not found)")
        else:
            ours, base, n = evaluate_polnear(args.polnear_limit)
            print(f"\nPOLNEAR dev ({n} articles)")
            print(f"ours      {ours.line()}")
            print(f"textacy   {base.line()}")
            if args.polnear_as_shipped:
                shipped, _, _ = evaluate_polnear(args.polnear_limit, keep_unresolved=False, baseline=False)
                print(f"shipped   {shipped.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
