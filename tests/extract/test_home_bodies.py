"""In a government's own release, a body named without a state is that government's own (`extract.home_bodies`)."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.pipeline import extract_articles
from extract.records import Article

UA = "https://www.president.gov.ua/en/news/president-held-meeting-70001"
KREMLIN = "http://en.kremlin.ru/events/president/news/67001"


@pytest.mark.parametrize(
    "url, text, needle, speaker",
    [
        (UA, "The President held a meeting. The General Staff of the Armed Forces said that the attacks on the "
             "city had been stopped.", "the attacks on the city", "Ukraine"),
        (KREMLIN, "The President held a meeting. The Ministry of Defence reported that the exercises had ended "
                  "on schedule.", "the exercises had ended", "Russia"),
        # not a government's own text: the extractor's usual reading stands
        ("", "The Ministry of Defence said that the jets had landed in Estonia.", "the jets had landed",
         "United Kingdom"),
    ],
)
def test_a_body_without_a_state_is_the_publishers(pipeline, url, text, needle, speaker):
    article = Article(article_id="t", text=text, title="", published=dt.date(2022, 2, 16), url=url)
    rows = extract_articles([article], nlp=pipeline).statements
    assert list(rows[rows["text"].str.contains(needle, regex=False)]["speaker"]) == [speaker]
