"""`python -m extract.dates --sample N`: how the date rules fare on a corpus (prints figures, writes nothing)."""
from __future__ import annotations

import datetime as dt

from .date_phrases import find_dates
from .date_rules import resolve
from .clause_facts import tense_of

DEFAULT_CORPUS = "../shared/corpus/r2nery-ukraine-media/articles_2021-11_2022-03.csv"


def _measure(path: str, n_articles: int, n_show: int, seed: int) -> None:
    import csv
    import random
    from collections import Counter

    from .nlp import load_model

    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("text_kind", "full_text") == "full_text"]
    rng = random.Random(seed)
    rows = rng.sample(rows, min(n_articles, len(rows)))
    nlp = load_model(exclude=("lemmatizer",))
    by_precision: Counter = Counter()
    missed: Counter = Counter()
    shown = []
    n_sents = n_ents = n_ents_covered = 0
    for row, doc in zip(rows, nlp.pipe((r["Text"] for r in rows), batch_size=32)):
        pub = dt.date.fromisoformat(row["Date"][:10])
        for sent in doc.sents:
            n_sents += 1
            mentions = find_dates(sent)
            for m in mentions:
                head = doc[m.head] if m.head >= 0 else sent.root
                info = resolve(m.text, pub, tense=tense_of(head))
                by_precision[info.precision if info else "unreadable"] += 1
                shown.append((m.text, tense_of(head), pub, info, sent.text))
            for ent in sent.ents:
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                n_ents += 1
                if any(m.start < ent.end_char and ent.start_char < m.end for m in mentions):
                    n_ents_covered += 1
                else:
                    missed[ent.text.lower()] += 1
    total = sum(by_precision.values())
    print(f"{len(rows)} articles, {n_sents} sentences, {total} date phrases found")
    for prec, k in by_precision.most_common():
        print(f"  {prec:10} {k:6}  {k / max(total, 1):.1%}")
    print(f"spaCy DATE/TIME entities: {n_ents}; overlapping a found phrase: {n_ents_covered}"
          f" ({n_ents_covered / max(n_ents, 1):.1%}); not taken: {n_ents - n_ents_covered}")
    print("most frequent entities not taken:", ", ".join(f"{t!r}×{k}" for t, k in missed.most_common(40)))
    print(f"\n{n_show} random phrases (phrase | tense | published → start..end precision | sentence):")
    for text, tense, pub, info, sentence in rng.sample(shown, min(n_show, len(shown))):
        when = f"{info.start}..{info.end} {info.precision}" if info else "unreadable"
        print(f"- {text!r} | {tense} | {pub} → {when} | {sentence.strip()[:160]}")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=_measure.__doc__ or "Measure date resolution on a corpus CSV.")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="CSV with Date and Text columns")
    parser.add_argument("--sample", type=int, default=200, help="number of articles")
    parser.add_argument("--show", type=int, default=40, help="number of phrases to print for eyeballing")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    _measure(args.corpus, args.sample, args.show, args.seed)
