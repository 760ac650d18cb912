"""Checks that an article is something the English extractors can use, with a one-line reason when not.

`check_article` raises `ArticleError`; `validate` turns those errors into `InputProblem`s so one
bad article never stops a batch. The language test is a cheap heuristic (share of Latin letters,
share of English function words), not a language identifier: it must accept short and
machine-translated English and reject Cyrillic, French, German and similar texts.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator, NamedTuple

from .records import Article, InputProblem

DEFAULT_MAX_CHARS = 1_000_000

# Thresholds, measured on the corpus: in 4,400 English news texts (incl. one-sentence leads and
# machine-translated articles) English function words are a median 46% of word tokens, 1st
# percentile 27%; French, German and Spanish texts score under 10% and their own languages' far higher.
MIN_LATIN_SHARE = 0.80
MIN_FUNCTION_SHARE = 0.10
MIN_WORDS_FOR_LANGUAGE = 12  # below this the function-word share is too noisy to judge
MAX_GARBAGE_SHARE = 0.01

# Frequent English function words. "a", "in", "on" also occur in French or German, so a text is
# judged by comparing its English share with its share of other languages' function words.
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a an in on is was were are be been being has have had that this these those with
    for from by at it its he she they them their his her him we our us you your i me my not no but or
    if than then as which who whom whose what when where while would will could should can may might
    must shall said says about after before into over under between against during also there here
    all any some more most other such only just very do does did up out because through near""".split()
)
# Function words of other languages written in Latin script (French, German, Spanish, Italian,
# Portuguese, Dutch, Polish), none of them English words.
OTHER_FUNCTION_WORDS = frozenset(
    """le la les des du et est une un que qui dans pour pas sur avec au aux ce cette il elle nous vous
    ils sont été par mais ou leur être fait plus
    der die das und ist nicht ein eine einen zu den dem des mit von sich auf für auch es sie wir wird
    werden wurde nach bei aus noch oder im vom zum zur dass sind hat haben
    el los las y es por con para una del se al lo su sus como pero más fue
    il della dei che di per non sono nel alla gli è
    os da do em uma não são pelo pela
    het een en van ook niet zijn voor maar wordt
    się nie na jest że do jak oraz przez od po""".split()
) - ENGLISH_FUNCTION_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


class ArticleError(ValueError):
    """An article that cannot be processed; the message is a one-line reason."""


class LanguageShares(NamedTuple):
    """Measurements behind the language check."""

    latin: float  # share of letters that are Latin
    english: float  # share of word tokens that are English function words
    other: float  # share of word tokens that are function words of other Latin-script languages
    n_words: int


def language_shares(text: str) -> LanguageShares:
    """Measure how Latin and how English `text` is (see `check_article`)."""
    letters = latin = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff":  # Basic Latin .. IPA, Latin Extended Additional
                latin += 1
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    n = len(words) or 1
    english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    other = sum(1 for w in words if w in OTHER_FUNCTION_WORDS)
    return LanguageShares(latin / letters if letters else 1.0, english / n, other / n, len(words))


def garbage_share(text: str) -> float:
    """Share of characters that are control characters (other than whitespace) or U+FFFD."""
    if not text:
        return 0.0
    bad = sum(
        1
        for ch in text
        if ch == "\ufffd" or (ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs"))
    )
    return bad / len(text)


def _size(text: str) -> str:
    return f"{len(text.encode('utf-8', 'surrogatepass')) / 1_000_000:.1f} MB"


def check_article(article: Article, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Raise `ArticleError` with a one-line reason when `article` cannot be processed."""
    text = article.text
    if not text or not text.strip():
        raise ArticleError("article text is empty" if not text else "article text is only whitespace")
    if len(text) > max_chars:
        raise ArticleError(
            f"article is {_size(text)} ({len(text):,} characters); the limit is {max_chars:,} characters (--max-chars)"
        )
    if "\x00" in text:
        raise ArticleError(f"article text contains {text.count(chr(0)):,} NUL bytes: binary content, not text")
    garbage = garbage_share(text)
    if garbage > MAX_GARBAGE_SHARE:
        raise ArticleError(
            f"article text looks garbled: {garbage:.1%} of characters are control or replacement characters"
        )
    shares = language_shares(text)
    if shares.latin < MIN_LATIN_SHARE:
        raise ArticleError(
            f"article is not in English: only {shares.latin:.0%} of its letters are Latin (need {MIN_LATIN_SHARE:.0%})"
        )
    if shares.n_words >= MIN_WORDS_FOR_LANGUAGE and (
        shares.english < MIN_FUNCTION_SHARE or shares.other > shares.english
    ):
        raise ArticleError(
            f"article does not look like English: English function words are {shares.english:.1%} of its "
            f"{shares.n_words:,} words and other languages' function words {shares.other:.1%} "
            f"(English needs at least {MIN_FUNCTION_SHARE:.0%} and more than the others)"
        )


def validate(
    items: Iterable[Article | InputProblem], *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | InputProblem]:
    """Pass problems through; check each article and turn a failed check into an `InputProblem`."""
    for item in items:
        if isinstance(item, Article):
            try:
                check_article(item, max_chars=max_chars)
            except ArticleError as err:
                yield InputProblem(origin=item.origin, message=str(err), article_id=item.article_id)
                continue
        yield item
