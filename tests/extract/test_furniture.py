"""Tests for extract.furniture: page furniture inside plain article text."""
from __future__ import annotations

import random
import re
import statistics
from pathlib import Path

import pytest

from extract.furniture import Furniture, body_end, furniture_map, furniture_spans, is_furniture

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_f10cf6ce6e030c01.txt"
CORPUS = REPO.parent / "shared" / "corpus"
R2NERY = CORPUS / "r2nery-ukraine-media" / "articles_2021-11_2022-03.csv"
GDELT = CORPUS / "hellaskella33-gdelt-articles" / "articles"


def furniture_texts(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text)]


# --- the seed article ---------------------------------------------------------------------------
def test_seed_body_ends_before_wire_signoff():
    text = SEED.read_text(encoding="utf-8")
    end = body_end(text)
    assert end == text.index("(with wires)")
    assert text[:end].rstrip().endswith("to bolster NATO allies in Eastern Europe. ‘East.")
    assert "About Alma Ackerman" in text[end:] and "Check Also" in text[end:]
    # the crossheads "Macron could visit Russia" / "France supports Romania" are story, not furniture
    assert furniture_spans(text) == []


# --- synthetic page styles ------------------------------------------------------------------------
MIRROR = """Russian troops were seen moving towards the border on Tuesday, officials said.

Read More
Related Articles
Putin's generals 'planning winter offensive' as satellite images show new camps
Ukraine crisis explained in maps and pictures

The defence ministry said the soldiers had been ordered back to their bases.

"We see no sign of de-escalation," a spokesman said.

Read More
Related Articles
Ten things you need to know about the stand-off
"""

EXPRESS = """Boris Johnson warned that an invasion would be a disaster for the world.
READ MORE: Putin humiliated as NATO jets scramble over the Baltic
The Prime Minister told MPs the UK would send more troops to Estonia.
SEE MORE: Russia threatens 'military response' to alliance plans
He added: "We will stand by our friends."
"""

FOX = """President Biden said Friday that he would send troops to Eastern Europe "in the near term."
CLICK HERE TO GET THE FOX NEWS APP
BIDEN WARNS RUSSIA OF 'SWIFT AND SEVERE CONSEQUENCES' IF IT INVADES UKRAINE
The Pentagon said 8,500 troops were on heightened alert.
Advertisement
The Associated Press contributed to this report.
"""

WIRE = """The talks ended without agreement, both delegations said.

The ministers will meet again next week.

(Reporting by Jane Roe; Editing by John Doe)

Share this article
Follow us on Twitter
Sign up to our newsletter
"""


def test_mirror_related_blocks_are_spans_and_story_goes_on():
    spans = furniture_texts(MIRROR)
    assert spans[0].startswith("Read More\nRelated Articles\nPutin's generals")
    assert spans[0].endswith("Ukraine crisis explained in maps and pictures")
    assert "The defence ministry said" not in "".join(spans)
    # the trailing block is the end of the story
    assert body_end(MIRROR) == MIRROR.rindex("Read More")


def test_express_read_more_lines():
    assert furniture_texts(EXPRESS) == [
        "READ MORE: Putin humiliated as NATO jets scramble over the Baltic",
        "SEE MORE: Russia threatens 'military response' to alliance plans",
    ]
    assert body_end(EXPRESS) == len(EXPRESS)


def test_fox_teasers_app_prompt_and_signoff():
    assert furniture_texts(FOX) == [
        "CLICK HERE TO GET THE FOX NEWS APP\nBIDEN WARNS RUSSIA OF 'SWIFT AND SEVERE CONSEQUENCES' IF IT INVADES UKRAINE",
    ]
    # "Advertisement" and the sign-off trail the story
    assert FOX[body_end(FOX) :].startswith("Advertisement\nThe Associated Press")


def test_wire_signoff_and_prompts_end_the_story():
    assert body_end(WIRE) == WIRE.index("(Reporting by")


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Kremlin accuses West of hysteria",
        "Related: Five things to know about the Donbas",
        "See also: Pentagon orders families to leave",
        "WATCH: Tanks roll through the snow",
        "Image: Artur Plawgo via Getty Images",
        "(Image: Getty)",
        "Photo: EPA-EFE",
        "Photograph: Sergei Supinsky/AFP via Getty Images",
        "Soldiers train near Kharkiv on Saturday. (AP Photo/Efrem Lukatsky)",
        "View image in fullscreen Tanks at a training ground. Photograph: AP",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Share this article",
        "Follow us on Twitter",
        "Follow @ExampleNews on Instagram for more",
        "Sign up to our newsletter",
        "Subscribe to our daily briefing",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "(with wires)",
        "(with AFP and Reuters)",
        "(Reporting by Jane Roe in Kyiv; Editing by John Doe)",
        "Additional reporting by Sam Poe",
        "Author/author: ab / cd",
        "Source: PAP",
        "(WW)",
        "The Associated Press contributed to this report.",
        "This story has been updated with additional reporting.",
        "Continuation of the material under the video",
        "Copyright 2022 Example News. All rights reserved.",
    ],
)
def test_furniture_line_in_story(line):
    text = f"The minister arrived in Kyiv on Monday.\n\n{line}\n\nHe said the talks had been useful."
    start = text.index(line)
    assert (start, start + len(line)) in furniture_spans(text)
    assert body_end(text) == len(text)


@pytest.mark.parametrize(
    "line",
    [
        "About 3,000 U.S. troops will deploy to Eastern Europe.",
        "About a hundred protesters gathered outside the embassy.",
        "Related to the talks, officials said more meetings were planned.",
        "Comments by the foreign minister angered Moscow.",
        "Macron could visit Russia",
        "NATO",
        "Read more about the sanctions in the documents released on Friday.",
        "The photo agency said its photographer had been detained.",
        "He told reporters to follow the live briefing.",
        '"Share the burden," he urged European allies.',
        "Sign language interpreters were at the briefing.",
    ],
)
def test_story_line_is_not_furniture(line):
    text = f"The minister arrived in Kyiv on Monday.\n\n{line}\n\nHe said the talks had been useful."
    assert furniture_spans(text) == []
    assert body_end(text) == len(text)


@pytest.mark.parametrize(
    "marker",
    ["Check Also", "About Alma Ackerman", "You may also like", "More from Example News", "Most Read", "Comments (12)", "Tags: Russia, Ukraine"],
)
def test_cut_markers_end_the_story(marker):
    story = "The minister arrived in Kyiv on Monday.\n\nHe said the talks had been useful and would go on."
    text = f"{story}\n\n{marker}\n\nSome teaser headline about celebrities\n"
    assert body_end(text) == text.index(marker)


def test_cut_marker_ignored_when_most_of_the_text_follows():
    text = "Check Also\n\n" + "The minister said the talks would continue next week in Geneva. " * 5
    assert body_end(text) == len(text)


# --- run-on text (scrapers that joined paragraphs with spaces) ------------------------------------
def test_inline_prompts_in_run_on_text():
    text = (
        "The shelling continued overnight, officials said. Want all the latest news and analysis from Ukraine? "
        "Sign up to our World News Bulletin here The mayor said the city would not surrender. "
        "Follow our live blog of the Russia Ukraine conflict here \"We will fight,\" he added."
    )
    assert furniture_texts(text) == [
        "Want all the latest news and analysis from Ukraine? Sign up to our World News Bulletin here",
        "Follow our live blog of the Russia Ukraine conflict here",
    ]
    mayor = text.index("The mayor said")
    assert not is_furniture(mayor, mayor + 40, text)


def test_ap_style_caption_and_author_bio_in_run_on_text():
    text = (
        'The general said troops were ready. "We are prepared," he said. '
        "Soldiers train in a park in Kyiv, Ukraine, Saturday, Jan. 22, 2022. "
        "The ministry later confirmed the exercise. "
        "Jane Roe is a reporter for Example News Digital. She covers defence and foreign policy."
    )
    assert furniture_texts(text) == ["Soldiers train in a park in Kyiv, Ukraine, Saturday, Jan. 22, 2022."]
    assert text[body_end(text) :] == "Jane Roe is a reporter for Example News Digital. She covers defence and foreign policy."


@pytest.mark.parametrize("caption", [
    "A view shows a damaged school, which according to local officials was hit by shelling, in the town of Avdiivka, "
    "Ukraine, in this handout photo released by the army on March 3, 2022.",
    "Soldiers walk past a tank near Kharkiv, Ukraine, in this picture taken on February 20, 2022.",
    "A convoy moves along a road, in this still image taken from a video released on Monday.",
    # a name with its place in the picture
    "European Union foreign policy chief Josep Borrell, right, speaks with Croatia's Foreign Minister during a "
    "meeting of foreign ministers in Brussels on Monday.",
    "Ukraine's President, left, the German Chancellor and Russia's President, right, attend a joint news conference.",
    "President Hassan Rouhani, second right, listens to an official while visiting an exhibition in Tehran.",
])
def test_wire_picture_captions_are_furniture(caption):
    text = f"The general said troops were ready. {caption} The ministry later confirmed the exercise."
    assert furniture_texts(text) == [caption]


@pytest.mark.parametrize("sentence", [
    '"Almost every car in this photo carries children," he wrote.',  # a quote about a picture
    "He said the damage, visible in this photo, was caused by shelling on Monday and that more strikes would follow.",
    '"Turn left, then right," the officer told the convoy.',  # directions in a quote
    "The party moved to the right, and its leader, left with no allies, resigned.",  # no name before the position
])
def test_sentences_about_a_picture_are_not_captions(sentence):
    assert furniture_texts(f"The general said troops were ready. {sentence}") == []


def test_story_date_sentence_is_not_a_caption():
    text = "Russia launched its invasion on Thursday, Feb. 24, 2022. The attack began before dawn."
    assert furniture_spans(text) == []


# --- is_furniture ------------------------------------------------------------------------------------
def test_is_furniture_ranges():
    text = EXPRESS
    teaser = text.index("READ MORE")
    story = text.index("The Prime Minister")
    assert is_furniture(teaser, teaser + 20, text)
    assert not is_furniture(story, story + 30, text)
    fm = furniture_map(text)
    assert isinstance(fm, Furniture) and is_furniture(teaser, teaser + 20, text, fm)
    assert not is_furniture(teaser, teaser + 20, text, [])  # a list is used as given
    tail = body_end(FOX)
    assert is_furniture(tail, len(FOX), FOX) and not is_furniture(tail, len(FOX), FOX, furniture_spans(FOX))


def test_is_furniture_needs_more_than_half():
    text = "READ MORE: Short teaser\nThe rest of this line is a long and ordinary sentence about the talks."
    line_start = 0
    whole = len(text)
    assert not is_furniture(line_start, whole, text)
    assert is_furniture(line_start, 23, text)


def test_spans_index_the_text_exactly():
    for text in (MIRROR, EXPRESS, FOX, WIRE, SEED.read_text(encoding="utf-8")):
        fm = furniture_map(text)
        assert all(0 <= s < e <= fm.body_end for s, e in fm.spans)
        assert list(fm.spans) == sorted(fm.spans)
        assert all(a[1] < b[0] for a, b in zip(fm.spans, fm.spans[1:]))
        assert all(text[s:e] == text[s:e].strip() for s, e in fm.spans)


def test_empty_text():
    assert body_end("") == 0 and furniture_spans("") == []


# --- the corpus ---------------------------------------------------------------------------------------
def _corpus_sample(n: int = 200) -> list[tuple[str, str]]:
    if not R2NERY.exists() or not GDELT.exists():
        pytest.skip("corpus not available (../shared/corpus)")
    import pandas as pd

    frame = pd.read_csv(R2NERY)
    frame = frame[frame.text_kind == "full_text"]
    rows = frame.sample(n=n, random_state=7)
    docs = [(o, t) for o, t in zip(rows.outlet, rows.Text)]
    docs += [(f"gdelt-{p.name[16:18]}", p.read_text(encoding="utf-8")) for p in sorted(GDELT.glob("*.txt"))]
    return docs


def test_corpus_cuts_are_small_and_spare_quotes():
    docs = _corpus_sample()
    cut_shares, span_chars, total_chars, quote_chars, quote_in_furniture = [], 0, 0, 0, 0
    samples = []
    for outlet, text in docs:
        fm = furniture_map(text)
        total_chars += len(text)
        span_chars += sum(e - s for s, e in fm.spans)
        if fm.body_end < len(text):
            cut_shares.append((len(text) - fm.body_end) / len(text))
            samples.append((outlet, "CUT", text[fm.body_end : fm.body_end + 90]))
        samples += [(outlet, "SPAN", text[s:e][:90]) for s, e in fm.spans]
        # direct quotes are story; furniture should almost never hold them
        for m in re.finditer(r"“[^”]{10,}”|\"[^\"]{10,}\"", text):
            quote_chars += m.end() - m.start()
            quote_in_furniture += sum(
                max(0, min(e, m.end()) - max(s, m.start())) for s, e in fm.ranges
            )
    share_cut = len(cut_shares) / len(docs)
    median_cut = statistics.median(cut_shares)
    print(f"\n{len(docs)} articles: {share_cut:.0%} have a furniture tail, median tail {median_cut:.1%} of the text, "
          f"max {max(cut_shares):.0%}; in-body spans {span_chars / total_chars:.2%} of characters; "
          f"quoted text in furniture {quote_in_furniture / quote_chars:.2%}")
    for row in random.Random(1).sample(samples, min(40, len(samples))):
        print(*row)
    assert 0.05 < share_cut < 0.6
    assert median_cut < 0.05
    assert sum(s > 0.4 for s in cut_shares) <= 0.02 * len(docs)
    assert span_chars / total_chars < 0.03
    assert quote_in_furniture / quote_chars < 0.01


def test_corpus_known_prompts_are_found():
    docs = _corpus_sample()
    found = missed = 0
    for _, text in docs:
        for m in re.finditer(r"Sign up to our World News Bulletin here|contributed to this report\.?$|CLICK HERE TO GET THE FOX NEWS APP", text):
            if is_furniture(m.start(), m.end(), text):
                found += 1
            else:
                missed += 1
    assert found >= 10 and missed == 0
