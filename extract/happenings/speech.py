"""Rule merge:speech:same-claim: the quotes and reported statements that report one speech act.

Per speaker, rows are taken in date order; each joins the group of the one placed row it says most alike with
(same day, same claim), or starts its own, so a short fragment never bridges two different quotes.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from .keys import content_words, day_numbers, name_key
from .rules import FRAGMENT_MIN_SHARE, MIN_CONTENT_WORDS, SAME_CLAIM_CONTAINMENT, SAME_CLAIM_JACCARD, SPEECH_PUBLISHED_LAG_DAYS

_SPAN_PRECISIONS = ("week", "month")


def similarity(a: frozenset, b: frozenset) -> float:
    """How far two content-word sets say the same: their Jaccard overlap when it reaches SAME_CLAIM_JACCARD or
    the shorter set is (nearly) contained in the longer one; 0.0 otherwise or when a set is too short."""
    return _score(len(a & b), len(a), len(b))


def _score(shared: int, la: int, lb: int) -> float:
    if la < MIN_CONTENT_WORDS or lb < MIN_CONTENT_WORDS or not shared:
        return 0.0
    jaccard = shared / (la + lb - shared)
    if jaccard >= SAME_CLAIM_JACCARD:
        return jaccard
    fragment = shared / min(la, lb) >= SAME_CLAIM_CONTAINMENT and min(la, lb) >= FRAGMENT_MIN_SHARE * max(la, lb)
    return jaccard if fragment else 0.0


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
    """One speaker's rows in date order, each joining the group of the placed row it says most alike with on an
    overlapping day (found through an index of (day, word) -> rows, so only rows sharing words are compared)."""
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    index: dict[tuple[int, str], list[int]] = defaultdict(list)
    for pos in sorted(positions, key=lambda p: (start[p], p)):
        days = range(int(start[pos]), int(end[pos]) + 1)
        shared: Counter = Counter()
        for word in words[pos]:
            if len(days) == 1:  # a row is indexed once per day and word: no duplicates to drop
                shared.update(index.get((days[0], word), ()))
            else:
                shared.update({other for day in days for other in index.get((day, word), ())})
        best, best_score = None, 0.0
        for other, n in sorted(shared.items()):
            score = _score(n, len(words[pos]), len(words[other]))
            if score > best_score:
                best, best_score = other, score
        if best is None:
            group_of[pos] = len(groups)
            groups.append([pos])
        else:
            group_of[pos] = group_of[best]
            groups[group_of[pos]].append(pos)
        for day in days:
            for word in words[pos]:
                index[(day, word)].append(pos)
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
