"""Quoted phrases of the rules that occur verbatim in a gold article (issue 9): `python -m extract.phrase_audit`."""
from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

EXTRACT = Path(__file__).resolve().parent
FIXED_EXPRESSIONS = EXTRACT / "resources" / "fixed_expressions.txt"
SCANNED = (".py", ".csv", ".jsonl", ".txt")
MIN_WORDS = 4
MIN_CHARS = 12
MAX_CARRY = 3  # lines a straight quote may run over (a comment's or docstring's wrapped example)
_BRACKETED = re.compile(r"“([^”]*)”|\[([^\[\]]*)\]")  # curly quotes; brackets (pattern examples mark words so)
_WORD = re.compile(r"[\w'’-]+")
_CONTINUATION = re.compile(r"^\s*#*\s*")  # a wrapped line without its indent and '#'
_FOLDS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Hit(NamedTuple):
    """A quoted phrase found in gold articles: where it is quoted, the phrase, the first articles holding it."""

    path: str
    line: int
    phrase: str
    articles: tuple[str, ...]


def normalise(text: str) -> str:
    """Lower case, curly quotes and apostrophes folded, white space collapsed."""
    return re.sub(r"\s+", " ", text.lower().translate(_FOLDS))


def phrase_key(phrase: str) -> str:
    """The form a quoted phrase is looked up in: normalised, pattern brackets dropped, outer punctuation stripped."""
    return normalise(phrase.replace("[", "").replace("]", "")).strip(" .,")


def _line_quotes(lines: Iterable[str], first: int = 1) -> Iterator[tuple[int, str]]:
    """(line number, text) of the quotes of `lines`: “…”, […] and "…" paired in turn; an open "…" runs on."""
    carry, since, carried = "", first, 0
    for n, raw in enumerate(lines, first):
        for m in _BRACKETED.finditer(raw):
            yield n, next(g for g in m.groups() if g is not None)
        line = raw.replace('"""', "   ")  # docstring delimiters are no quotes
        line = f"{carry} {_CONTINUATION.sub('', line)}" if carry else line
        marks = [i for i, ch in enumerate(line) if ch == '"']
        for a, b in zip(marks[::2], marks[1::2]):
            yield (since if carry and a == 0 else n), line[a + 1:b]
        if len(marks) % 2 and carried < MAX_CARRY:
            carry, since, carried = line[marks[-1]:], since if carry and marks[-1] == 0 else n, carried + 1
        else:
            carry, carried = "", 0


def _csv_quotes(text: str) -> Iterator[tuple[int, str]]:
    """The quotes of a CSV file: in its '#' comment lines (a block read as one text) and inside each row's fields."""
    block: list[str] = []
    for n, line in enumerate([*text.splitlines(), ""], 1):
        if line.lstrip().startswith("#"):
            block.append(line)
            continue
        yield from _line_quotes(block, n - len(block))
        block = []
        for field in next(csv.reader([line]), []):
            yield from _line_quotes([field], n)


def quoted_phrases(text: str, suffix: str = ".py") -> Iterator[tuple[int, str]]:
    """(line number, phrase) of every quoted phrase of `MIN_WORDS` words and `MIN_CHARS` characters or more."""
    found = _csv_quotes(text) if suffix == ".csv" else _line_quotes(text.splitlines())
    yield from ((n, q) for n, q in found if len(q) >= MIN_CHARS and len(_WORD.findall(q)) >= MIN_WORDS)


def rule_files(root: Path = EXTRACT) -> list[Path]:
    """The files whose comments, docstrings and data state the rules: extract/**/*.py, *.csv, *.jsonl, *.txt,
    and the construction grids' invented sentences (tests/grids/*.jsonl)."""
    grids = sorted((EXTRACT.parent / "tests" / "grids").glob("*.jsonl")) if root == EXTRACT else []
    return sorted(p for p in root.rglob("*") if p.suffix in SCANNED and "__pycache__" not in p.parts) + grids


def gold_texts(parts: tuple[str, ...] = ("dev", "validation")) -> dict[str, str]:
    """The normalised text of every gold article of `parts` that can be read (no gold article is a reserved one)."""
    from .evaluate import load_gold

    golds, _ = load_gold(parts=parts)
    return {g.article.article_id: normalise(g.article.text) for g in golds}


def scan(texts: dict[str, str], files: Iterable[Path] | None = None, root: Path = EXTRACT.parent) -> list[Hit]:
    """Every quoted phrase of `files` (default: `rule_files()`) that occurs verbatim in one of `texts`."""
    hits = []
    for path in rule_files() if files is None else files:
        for line, phrase in quoted_phrases(path.read_text(encoding="utf-8"), path.suffix):
            key = phrase_key(phrase)
            articles = tuple(a for a, t in texts.items() if key in t)
            if articles:
                hits.append(Hit(str(path.relative_to(root)), line, phrase, articles[:2]))
    return hits


def fixed_expressions(path: Path = FIXED_EXPRESSIONS) -> dict[str, str]:
    """Phrase key → why it is a fixed expression of English, from `phrase<TAB>reason` lines ('#' starts a comment)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            phrase, _, reason = line.partition("\t")
            out[phrase_key(phrase)] = reason.strip()
    return out


def unlisted(hits: Iterable[Hit], fixed: dict[str, str]) -> list[Hit]:
    """The hits whose phrase is not a listed fixed expression."""
    return [h for h in hits if phrase_key(h.phrase) not in fixed]


def main() -> int:
    """Print every hit (fixed expressions marked) and return 1 when one is not a listed fixed expression."""
    fixed, texts = fixed_expressions(), gold_texts()
    hits = scan(texts)
    for h in hits:
        mark = "fixed" if phrase_key(h.phrase) in fixed else "ARTICLE"
        print(f"{h.path}:{h.line}: [{mark}] {h.phrase!r}  {list(h.articles)}")
    bad = unlisted(hits, fixed)
    print(f"{len(hits)} quoted phrases found verbatim in {len(texts)} gold articles (dev, validation), "
          f"{len(bad)} not a listed fixed expression")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
