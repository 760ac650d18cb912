"""Construction grids: invented sentences, one English construction each, with the rows they must give.

A grid measures how much of English a rule family covers, not how well it fits the gold articles: each case
is a short invented text, the construction it stands for (for example "passive with by-agent") and the rows it
must (or, for a counter-example, must not) give. `python -m extract.grid` prints the coverage per grid and per
construction; `tests/extract/test_grid.py` keeps every case that passes passing (a case that fails carries
`"xfail": "<reason>"`).

Case format (one JSON object per line in `tests/grids/<grid>.jsonl`)::

    {"id": "mov-amass-near", "construction": "active transitive, near-place", "text": "...",
     "published": "2022-02-03", "title": "", "url": "",
     "statements": [{"speaker": "Joe Biden", "content": "words inside the content"}],
     # an event row may also give "kind": "call" and "addressees": ["Vladimir Putin"]
     "movements": [{"actor": "RUS", "destinations": ["UKR"], "troops": 100000, "status": "deployed"}],
     "counter": false, "xfail": ""}

- `statements` / `movements` list the rows the text must give; a key left out is not checked.
- A statement matches when its speaker (name, or state for state speakers) is the expected one, its content
  contains the expected words, and its kind and addressees (canonical names or codes) agree when given.
  A movement matches when its actor is the expected one, its destinations include the expected ones, and
  troops and status agree when given.
- `"counter": true` means the text must give no row of each kind listed (the lists are then empty).
- `absent` lists statement rows no row may match (same keys as `statements`): a counter-example with `absent`
  is checked against those alone, so a text may keep its other rows ("Putin refused to meet Zelensky" may be
  a statement but no meeting; "The call lasted an hour" after a call gives no second call).
- A wanted statement may also give `"country"`: the speaker's country must then be that ISO3 code.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

GRID_DIR = Path(__file__).resolve().parents[1] / "tests" / "grids"


@dataclass(frozen=True)
class GridCase:
    """One invented text and the rows it must (or must not) give."""

    grid: str
    id: str
    construction: str
    text: str
    published: str | None = "2022-02-03"
    title: str = ""
    url: str = ""
    statements: list[dict] | None = None
    movements: list[dict] | None = None
    counter: bool = False
    absent: list[dict] | None = None
    xfail: str = ""
    note: str = ""
    extra: dict = field(default_factory=dict)


def load_cases(grid_dir: Path = GRID_DIR, grids: list[str] | None = None) -> list[GridCase]:
    """Every case of the grid files (all of them, or the named ones), in file order."""
    cases: list[GridCase] = []
    for path in sorted(grid_dir.glob("*.jsonl")):
        if grids and path.stem not in grids:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            known = {k: raw.pop(k) for k in list(raw) if k in GridCase.__dataclass_fields__}
            missing = {"id", "construction", "text"} - set(known)
            if missing:
                raise ValueError(f"{path.name}:{number}: missing {sorted(missing)}")
            cases.append(GridCase(grid=path.stem, extra=raw, **known))
    return cases


def _statement_matches(row: pd.Series, want: dict) -> bool:
    speaker = want.get("speaker")
    if speaker and speaker not in {row.get("speaker"), row.get("speaker_country")}:
        return False
    content = want.get("content")
    if content and content.lower() not in str(row.get("text", "")).lower():
        return False
    country = want.get("country")
    if country and country != (None if pd.isna(row.get("speaker_country")) else row.get("speaker_country")):
        return False
    kind = want.get("kind")
    if kind and kind != row.get("kind"):
        return False
    named = set(row.get("addressees") or []) | set(row.get("addressee_countries") or [])
    return set(want.get("addressees") or []) <= named


def _movement_matches(row: pd.Series, want: dict) -> bool:
    if "actor" in want and want["actor"] != row.get("actor"):
        return False
    places = set(row.get("destinations") or []) | set(row.get("destination_places") or [])
    if not set(want.get("destinations") or []) <= places:
        return False
    if "troops" in want and want["troops"] != (None if pd.isna(row.get("troops")) else int(row.get("troops"))):
        return False
    return "status" not in want or want["status"] == row.get("status")


def _rows_found(table: pd.DataFrame, wanted: list[dict], matches) -> list[str]:
    """The problems: each wanted row no row of the table matches."""
    problems = []
    for want in wanted:
        if not any(matches(row, want) for _, row in table.iterrows()):
            problems.append(f"missing {want}")
    return problems


def check_case(case: GridCase, result) -> list[str]:
    """What is wrong with the extractor's result on a case (empty when it passes)."""
    problems: list[str] = []
    for kind, table, matches in (("statements", result.statements, _statement_matches),
                                 ("movements", result.movements, _movement_matches)):
        wanted = getattr(case, kind)
        if wanted is None:
            continue
        if case.counter and len(table) and case.absent is None:
            first = table.iloc[0]
            shown = first.get("text") if kind == "statements" else f"{first.get('actor')} {first.get('destinations')}"
            problems.append(f"counter-example gave {len(table)} {kind} row(s), first: {shown}")
        problems += _rows_found(table, wanted, matches)
    for unwanted in case.absent or []:
        hits = [row for _, row in result.statements.iterrows() if _statement_matches(row, unwanted)]
        if hits:
            problems.append(f"gave unwanted {unwanted}: {hits[0].get('text')}")
    return problems


def run_case(case: GridCase, nlp):
    """The extractor's tables for one case's text."""
    from extract.pipeline import extract_articles
    from extract.records import Article

    day = dt.date.fromisoformat(case.published) if case.published else None
    article = Article(article_id=case.id, text=case.text, title=case.title, published=day, url=case.url)
    return extract_articles([article], nlp=nlp)


def main(argv: list[str] | None = None) -> int:
    """Print each grid's coverage per construction, and every failing case with what is wrong."""
    parser = argparse.ArgumentParser(prog="python -m extract.grid", description=main.__doc__)
    parser.add_argument("grids", nargs="*", help="grid names (files of tests/grids/ without .jsonl); all if none")
    parser.add_argument("--quiet", action="store_true", help="figures only, not the failing cases")
    args = parser.parse_args(argv)
    from extract.nlp import get_pipeline

    nlp = get_pipeline()
    cases = load_cases(grids=args.grids or None)
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for case in cases:
        problems = check_case(case, run_case(case, nlp))
        cell = tally[case.grid][case.construction]
        cell[0] += not problems
        cell[1] += 1
        if problems and not args.quiet:
            print(f"FAIL {case.grid}/{case.id} ({case.construction}){' [xfail]' if case.xfail else ''}: "
                  + "; ".join(problems))
    for grid, constructions in tally.items():
        passed = sum(c[0] for c in constructions.values())
        total = sum(c[1] for c in constructions.values())
        print(f"\n{grid}: {passed} / {total} cases pass ({passed / total:.0%})")
        for construction, (ok, n) in sorted(constructions.items()):
            print(f"  {ok:3d} / {n:<3d} {construction}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
