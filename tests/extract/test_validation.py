"""Tests for extract.validation: which articles the extractors can use, and the reasons when not."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.records import Article, InputProblem
from extract.validation import ArticleError, check_article, garbage_share, language_shares, validate

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"

ENGLISH_SHORT = "Russia has moved more troops to the border, officials said. NATO called it a serious escalation."
# the style of machine-translated English found in translated Polish and Ukrainian outlets (synthetic)
ENGLISH_MACHINE = (
    "- There will be no war from the side of the Russian Federation, but I do not exclude that someone "
    "would like to provoke it - said the minister.He also said that the answer of the United States "
    "gives hope for the beginning of a serious conversation on secondary issues."
)
ENGLISH_HEADLINE_STYLE = "French energy firms in the Arctic. Italian boutiques near Red Square. German car plants across southern Russia."


def art(text: str, article_id: str = "a1") -> Article:
    return Article(article_id=article_id, text=text, origin="test")


def reason(text: str, **kw) -> str:
    with pytest.raises(ArticleError) as info:
        check_article(art(text), **kw)
    return str(info.value)


@pytest.mark.parametrize("text", [ENGLISH_SHORT, ENGLISH_MACHINE, ENGLISH_HEADLINE_STYLE, "Kyiv.",
                                  "Zelensky said: «Ми не боїмося» – we are not afraid – and thanked the allies for their support on Monday."])
def test_english_is_accepted(text):
    check_article(art(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "article text is empty"),
        ("   \n\t  \n", "article text is only whitespace"),
    ],
)
def test_empty(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # Ukrainian
            "Президент України заявив у середу, що країна готова до переговорів, але не поступиться територіями.",
            "article is not in English: only 0% of its letters are Latin (need 80%)",
        ),
        (  # Russian
            "Министр иностранных дел заявил журналистам, что Москва ожидает письменного ответа на свои предложения.",
            "article is not in English: only 0% of its letters are Latin (need 80%)",
        ),
    ],
)
def test_cyrillic(text, expected):
    assert reason(text) == expected


@pytest.mark.parametrize(
    "text, english, other",
    [
        (  # French
            "Le président français a annoncé mercredi qu'il pourrait se rendre en Russie pour trouver une solution "
            "diplomatique. Les deux dirigeants sont convenus de coordonner leur réponse à la crise.",
            "3.4%", "31.0%",
        ),
        (  # German
            "Der französische Präsident hat am Mittwoch angekündigt, dass er nach Russland reisen könnte, um eine "
            "diplomatische Lösung zu finden. Die beiden Politiker wollen ihre Antwort abstimmen.",
            "0.0%", "26.9%",
        ),
        (  # Spanish
            "El presidente francés anunció el miércoles que podría viajar a Rusia para buscar una solución "
            "diplomática. Los dos líderes acordaron coordinar su respuesta a la crisis.",
            "7.7%", "30.8%",
        ),
    ],
)
def test_latin_script_foreign_languages(text, english, other):
    message = reason(text)
    assert message.startswith("article does not look like English: ")
    assert f"English function words are {english} of its" in message
    assert f"other languages' function words {other}" in message


def test_language_shares_values():
    shares = language_shares("The minister said that the talks were useful.")
    assert shares.latin == 1.0 and shares.n_words == 8
    assert shares.english == pytest.approx(5 / 8)  # the, said, that, the, were
    assert shares.other == 0.0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops\x00\x00 moved to the border on Monday.", "article text contains 2 NUL bytes: binary content, not text"),
        ("The \x01\x02\x03\x04 minister said talks would go on.", "article text looks garbled: 9.8% of characters are control or replacement characters"),
        ("The minister \ufffd\ufffd\ufffd said talks \ufffd\ufffd would go on.", "article text looks garbled: 11.6% of characters are control or replacement characters"),
    ],
)
def test_binary_or_garbled(text, expected):
    assert reason(text) == expected


def test_ordinary_whitespace_is_not_garbage():
    assert garbage_share("Line one.\r\n\tLine two.\fPage.") == 0.0


def test_too_long():
    text = "a" * 5_000_000
    assert reason(text) == "article is 5.0 MB (5,000,000 characters); the limit is 1,000,000 characters (--max-chars)"
    assert reason("Troops moved to the border.", max_chars=10) == (
        "article is 0.0 MB (27 characters); the limit is 10 characters (--max-chars)"
    )


def test_validate_reports_and_goes_on():
    items = [
        art(ENGLISH_SHORT, "good1"),
        InputProblem("file.csv", "CSV has no `text` column (columns: a, b); file skipped"),
        art("", "empty"),
        art("Le président a annoncé mercredi qu'il pourrait se rendre en Russie pour une solution diplomatique avec les dirigeants.", "fr"),
        art(ENGLISH_MACHINE, "good2"),
    ]
    out = list(validate(items))
    assert [type(x).__name__ for x in out] == ["Article", "InputProblem", "InputProblem", "InputProblem", "Article"]
    assert [x.article_id for x in out] == ["good1", None, "empty", "fr", "good2"]
    assert out[2] == InputProblem(origin="test", message="article text is empty", article_id="empty")


def test_corpus_english_articles_pass():
    """Every English corpus text (news, machine-translated news, press releases) passes the checks."""
    r2nery = CORPUS / "r2nery-ukraine-media" / "articles_2021-11_2022-03.csv"
    gdelt = CORPUS / "hellaskella33-gdelt-articles" / "articles"
    if not r2nery.exists() or not gdelt.exists():
        pytest.skip("corpus not available (../shared/corpus)")
    import pandas as pd

    texts = list(pd.read_csv(r2nery).Text.dropna())
    texts += [p.read_text(encoding="utf-8") for p in sorted(gdelt.glob("*.txt"))]
    failures = []
    for i, text in enumerate(texts):
        try:
            check_article(art(text, str(i)))
        except ArticleError as err:
            failures.append((text[:80], str(err)))
    assert len(texts) > 4000
    assert failures == []
