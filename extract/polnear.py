"""PolNeAR dev (political news attribution gold): how well the statement rules find attributions.

Content token-overlap precision/recall/F1 (tokens of predicted content that lie in gold content, and the
reverse), and source accuracy on matched attributions (the predicted speaker mention overlaps the gold Source
span), beside textacy's `direct_quotations` as a baseline. By default sources no actor answers to are kept
(`keep_unresolved`: the 2016 election's people are not in the actor table), so the attribution stage is scored
alone; `keep_unresolved=False` scores the rows as `extract build` ships them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .records import Article
from .schema import EVENT_KINDS

POLNEAR_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "polnear" / "dev"


@dataclass
class Attribution:
    source: list[tuple[int, int]]
    content: list[tuple[int, int]]


def _spans(field_text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field_text.split(";"))]


def load_polnear(directory: Path = POLNEAR_DIR, limit: int | None = None) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, attributions) for each dev article, first annotator only."""
    out = []
    seen = set()
    for ann in sorted((directory / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (directory / "text" / f"{name}.txt").read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        attributions = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                label, _, offsets = parts[1].partition(" ")
                spans[parts[0]] = (label, _spans(offsets))
            elif line.startswith("E") and len(parts) >= 2:
                roles = dict(item.split(":") for item in parts[1].split())
                content = spans.get(roles.get("Content", ""), ("", []))[1]
                source = spans.get(roles.get("Source", ""), ("", []))[1]
                if content:
                    attributions.append(Attribution(source, content))
        out.append((name, text, attributions))
        if limit and len(out) >= limit:
            break
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two spans share (the gold scorers match spans by it)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _token_set(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens inside `spans`."""
    tokens = set()
    for start, end in spans:
        for m in re.finditer(r"\w+", text[start:end]):
            tokens.add(start + m.start())
    return tokens


@dataclass
class AttributionScore:
    pred_tokens: int = 0
    gold_tokens: int = 0
    pred_in_gold: int = 0
    gold_in_pred: int = 0
    matched: int = 0
    source_ok: int = 0

    @property
    def precision(self) -> float:
        return self.pred_in_gold / self.pred_tokens if self.pred_tokens else 0.0

    @property
    def recall(self) -> float:
        return self.gold_in_pred / self.gold_tokens if self.gold_tokens else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_ok / self.matched if self.matched else 0.0

    def line(self) -> str:
        return (f"content token-overlap P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}   "
                f"source accuracy {self.source_accuracy:.3f} on {self.matched} matched attributions")


def score_attributions(text: str, gold: list[Attribution], preds: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]],
                       score: AttributionScore) -> None:
    """Add one article: `preds` are (content spans, source spans) pairs."""
    gold_tokens = set().union(*[_token_set(text, g.content) for g in gold]) if gold else set()
    pred_sets = [_token_set(text, content) for content, _ in preds]
    pred_tokens = set().union(*pred_sets) if pred_sets else set()
    score.gold_tokens += len(gold_tokens)
    score.pred_tokens += len(pred_tokens)
    score.pred_in_gold += len(pred_tokens & gold_tokens)
    score.gold_in_pred += len(gold_tokens & pred_tokens)
    for g in gold:
        g_set = _token_set(text, g.content)
        best, best_overlap = None, 0.0
        for (content, source), p_set in zip(preds, pred_sets):
            share = len(g_set & p_set) / max(1, min(len(g_set), len(p_set)))
            if share > best_overlap:
                best, best_overlap = (content, source), share
        if best is None or best_overlap < 0.5:
            continue
        score.matched += 1
        if any(overlap(s, gs) > 0 for s in best[1] for gs in g.source):
            score.source_ok += 1


def evaluate_polnear(limit: int | None = None, *, nlp=None, keep_unresolved: bool = True, baseline: bool = True
                     ) -> tuple[AttributionScore, AttributionScore, int]:
    """Our extractor and (with `baseline`) textacy's direct_quotations on PolNeAR dev: (ours, textacy, articles)."""
    from .pipeline import extract_articles

    docs = load_polnear(limit=limit)
    articles = [Article(article_id=name, text=text, origin=name) for name, text, _ in docs]
    # anonymous sources as the build ships them; sources no actor answers to (the 2016 election's people are not in
    # the actor table) are kept as `unknown`: the attribution stage alone is scored
    result = extract_articles(articles, nlp=nlp, keep_unresolved=keep_unresolved)
    ours, base = AttributionScore(), AttributionScore()
    st = result.statements
    st = st[~st["kind"].isin(EVENT_KINDS)]
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:  # the baseline is optional
        direct_quotations = None
    direct_quotations = direct_quotations if baseline else None
    from .nlp import load_model

    plain = load_model() if direct_quotations is not None else None
    for name, text, gold in docs:
        rows = st[st["article_id"] == name]
        preds = []
        for r in rows.itertuples():
            source = [(int(r.speaker_start), int(r.speaker_end))] if not pd.isna(r.speaker_start) else []
            preds.append(([(int(r.content_start), int(r.content_end))], source))
        score_attributions(text, gold, preds, ours)
        if plain is not None:
            doc = plain(text)
            quotes = []
            try:
                for q in direct_quotations(doc):
                    content = [(t.idx, t.idx + len(t.text)) for t in q.content]
                    speaker = [(t.idx, t.idx + len(t.text)) for t in q.speaker]
                    quotes.append(([(min(a for a, _ in content), max(b for _, b in content))] if content else [], speaker))
            except ValueError:  # textacy refuses articles with an odd number of quote marks
                quotes = []
            score_attributions(text, gold, quotes, base)
    return ours, base, len(docs)


# ----- command line -------------------------------------------------------------------------------
