"""Rule merge:speech:same-claim: the quotes and reported statements that report one speech act.

Per speaker, rows are taken in date order; each joins the one group holding the member it overlaps most
(same day, same claim), or starts its own, so a short fragment never bridges two different quotes.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from .keys import content_words, day_numbers, name_key
from .rules import MIN_CONTENT_WORDS, SAME_CLAIM_CONTAINMENT, SAME_CLAIM_JACCARD, SPEECH_PUBLISHED_LAG_DAYS

_SPAN_PRECISIONS = ("week", "month")


def similarity(a: frozenset, b: frozenset) -> float:
    """How far two content-word sets say the same: their Jaccard overlap, or 1.0 - a small margin when the
    shorter one is (nearly) contained in the longer one; 0.0 below both thresholds."""
    if len(a) < MIN_CONTENT_WORDS or len(b) < MIN_CONTENT_WORDS:
        return 0.0
    shared = len(a & b)
    jaccard = shared / (len(a) + len(b) - shared)
    if jaccard >= SAME_CLAIM_JACCARD:
        return jaccard
    containment = shared / min(len(a), len(b))
    return jaccard if containment >= SAME_CLAIM_CONTAINMENT else 0.0


def same_claim(a: str, b: str) -> bool:
    """True when the two texts say the same by rule merge:speech:same-claim."""
    return similarity(content_words(a), content_words(b)) > 0


def speech_spans(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The days each row may have been said on: its day; a publication-dated row that day or the day before;
    a week or month row its span; NaN (alone) for year and undated rows."""
    start, end = day_numbers(frame["date"]), day_numbers(frame["date_end"])
    precision = frame["date_precision"].astype(str).to_numpy()
    end = np.where(np.isin(precision, _SPAN_PRECISIONS) & ~np.isnan(end), end, start)
    start = np.where(precision == "published", start - SPEECH_PUBLISHED_LAG_DAYS, start)
    usable = np.isin(precision, ("day", "published", *_SPAN_PRECISIONS))
    return np.where(usable, start, np.nan), np.where(usable, end, np.nan)


def _group_speaker(positions: list[int], words: list, start: np.ndarray, end: np.ndarray) -> list[list[int]]:
    groups: list[list[int]] = []
    by_day: dict[int, set[int]] = defaultdict(set)  # day -> numbers of the groups with a member that day
    for pos in sorted(positions, key=lambda p: (start[p], p)):
        best, best_score = None, 0.0
        days = range(int(start[pos]), int(end[pos]) + 1)
        for g in sorted({g for day in days for g in by_day.get(day, ())}):
            for other in groups[g]:
                if start[other] <= end[pos] and start[pos] <= end[other]:
                    score = similarity(words[pos], words[other])
                    if score > best_score:
                        best, best_score = g, score
        if best is None:
            best = len(groups)
            groups.append([])
        groups[best].append(pos)
        for day in days:
            by_day[day].add(best)
    return groups


def group_speech(frame: pd.DataFrame) -> list[list[int]]:
    """Groups of positions in `frame` (direct_quote and reported_speech rows), one list per speech act."""
    start, end = speech_spans(frame)
    words = [content_words(t) for t in frame["text"]]
    by_speaker: dict[str, list[int]] = defaultdict(list)
    alone = []
    for pos, speaker in enumerate(frame["speaker"]):
        key = name_key(speaker)
        if key and key != "anonymous" and not np.isnan(start[pos]) and len(words[pos]) >= MIN_CONTENT_WORDS:
            by_speaker[key].append(pos)
        else:
            alone.append([pos])
    groups = [g for positions in by_speaker.values() for g in _group_speaker(positions, words, start, end)]
    return groups + alone
