"""Sentences of unseen articles that look like troop movements and gave no row: candidate misses to judge by hand.

Precision is judged on the rows made; recall needs the rows not made. `python -m extract.missed_movements --data
data --sample 60 --seed 1` reads every corpus article that is neither gold nor reserved (`../shared/corpus`),
keeps the sentences where a force word of the lexicon (`force_nouns`: personnel and units) and a verb of
movement (`movement_verbs`: arriving, massing, sending, boosting, withdrawing, on the way, on alert) stand
within a few words of each other, leaves out those that gave a row in `DIR/movements.parquet` or that a row counts among its mentions, and prints a random
`--sample` of the rest with their article: a judge reads each, and runs a clear miss through the extractor to see
which drop rule took it (`python -m extract` on a text file, or the drops table). Most candidates are no movement
(negated, a weapons delivery, no place): the sample measures misses, it does not list them.
"""
from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .records import Article
from .vocabulary import family, forms

WINDOW = 12  # words between a force word and a movement verb
FORCE_CLASSES = ("personnel", "unit")  # troops and units; equipment alone is no deployment
UNCHECKED = ("", "size_compound", "personnel")  # checks that only keep civilians and "troop numbers" out
VERB_CLASSES = ("arrive", "mass", "send", "boost", "withdraw", "transit", "alert")  # not "be", "have", "include"
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


class Candidate(NamedTuple):
    """A sentence that looks like a movement and gave no row."""

    article_id: str
    published: str
    source: str
    sentence: str


def force_forms() -> frozenset[str]:
    """Forms of the force nouns that name forces by themselves ("troops", "battalions"): not those the extractor
    accepts only after a check of their context ("force", "military", "unit", "members")."""
    return frozenset(f for e in family("force_nouns").values() if e.cls in FORCE_CLASSES
                     and e.extra.get("check", "") in UNCHECKED for f in e.forms)


def _squeeze(text: str) -> str:
    """Words only, in lower case: a sentence as the movements table and the article text both give it."""
    return re.sub(r"\W+", " ", text).strip().lower()


def looks_like_movement(sentence: str, force_words: frozenset[str], verb_words: frozenset[str],
                        window: int = WINDOW) -> bool:
    """Do a force word and a movement verb stand within `window` words of each other?"""
    words = [w.lower() for w in _WORD.findall(sentence)]
    forces = [i for i, w in enumerate(words) if w in force_words]
    verbs = [i for i, w in enumerate(words) if w in verb_words]
    return any(abs(f - v) <= window for f in forces for v in verbs)


def _sentences(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, sentence) of each sentence of `text`, split after . ! ? or a closing quote before a capital."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield start, m.start(), text[start:m.start()]
        start = m.end()
    yield start, len(text), text[start:]


def _mention_spans(movements: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    """Article id → the sentence spans of its rows' mentions (`start:end`): a restatement is reported, not missed."""
    spans: dict[str, list[tuple[int, int]]] = {}
    if "mentions" not in movements:
        return spans
    for article_id, mentions in zip(movements["article_id"].astype(str), movements["mentions"]):
        for m in mentions if mentions is not None else ():
            start, _, end = str(m).partition(":")
            if start.isdigit() and end.isdigit():
                spans.setdefault(article_id, []).append((int(start), int(end)))
    return spans


def candidates(articles: Iterable[Article], movements: pd.DataFrame, *, max_chars: int = 400) -> list[Candidate]:
    """Every sentence of `articles` that looks like a movement and is neither the sentence of one of its article's
    rows in `movements` (compared without punctuation or case, on the first 60 characters) nor a sentence a row
    counts among its mentions (overlapping one of the row's `mentions` spans)."""
    force_words, verb_words = force_forms(), forms("movement_verbs", *VERB_CLASSES)
    made: dict[str, list[str]] = {}
    for article_id, sentence in zip(movements["article_id"].astype(str), movements["sentence"].astype(str)):
        made.setdefault(article_id, []).append(_squeeze(sentence))
    mentioned = _mention_spans(movements)
    out = []
    for article in articles:
        rows, spans = made.get(article.article_id, []), mentioned.get(article.article_id, [])
        for start, end, sentence in _sentences(article.text or ""):
            sentence = " ".join(sentence.split())
            if len(sentence) > max_chars or not looks_like_movement(sentence, force_words, verb_words):
                continue
            plain = _squeeze(sentence)
            if any(plain[:60] in row or row[:60] in plain for row in rows):
                continue
            if any(start < m_end and m_start < end for m_start, m_end in spans):
                continue
            out.append(Candidate(article.article_id, str(article.published or "")[:10], article.source or "", sentence))
    return out


def unseen_corpus_articles(root: Path, gold_dir: str = "tests/gold") -> list[Article]:
    """Every article the build reads from the corpus at `root` (reserved ones are left out there) that no gold file
    annotates."""
    from .corpus import corpus_articles
    from .sample import gold_sources

    gold_urls, _ = gold_sources(gold_dir)
    return [a for a in corpus_articles(root) if isinstance(a, Article) and not (a.url and a.url in gold_urls)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("data"), help="the folder whose movements.parquet to check")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--sample", type=int, default=60, help="candidate misses to print")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    found = candidates(unseen_corpus_articles(args.corpus), pd.read_parquet(args.data / "movements.parquet"))
    chosen = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    print(f"{len(found):,} sentences look like movements and gave no row; {len(chosen)} at random (seed {args.seed}):")
    for n, c in enumerate(chosen, start=1):
        print(f"{n:3d}. {c.published} {c.source[:24]} {c.article_id} | {c.sentence}")


if __name__ == "__main__":
    main()
