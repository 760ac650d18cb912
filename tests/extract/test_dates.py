"""News date resolution: phrase → period rules, phrase finding, tense, and the date of an event word."""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.dates import DateMention, date_of, find_dates, is_anaphoric, resolve, tense_of
from extract.date_grammar import anchor_words
from extract.date_rules import RULES, match_phrase
from extract.records import DateInfo

D = dt.date
WED = D(2022, 2, 2)  # a Wednesday
THU = D(2022, 2, 3)
SAT = D(2022, 2, 5)

# (phrase, published, tense, expected start, expected end, precision)
RESOLVE_CASES = [
    # weekdays: past → on/before publication (same day counts), future → on/after
    ("Wednesday", WED, "past", D(2022, 2, 2), D(2022, 2, 2), "day"),
    ("on Wednesday", WED, "past", D(2022, 2, 2), D(2022, 2, 2), "day"),
    ("Thursday", WED, "future", D(2022, 2, 3), D(2022, 2, 3), "day"),
    ("Thursday evening", WED, "future", D(2022, 2, 3), D(2022, 2, 3), "day"),
    ("Thursday", WED, "past", D(2022, 1, 27), D(2022, 1, 27), "day"),
    ("Tuesday", THU, "past", D(2022, 2, 1), D(2022, 2, 1), "day"),
    ("Monday", THU, "past", D(2022, 1, 31), D(2022, 1, 31), "day"),
    ("Friday", THU, "future", D(2022, 2, 4), D(2022, 2, 4), "day"),
    ("Monday night", THU, "past", D(2022, 1, 31), D(2022, 1, 31), "day"),
    ("earlier on Wednesday", WED, "past", D(2022, 2, 2), D(2022, 2, 2), "day"),
    ("late Tuesday", WED, "past", D(2022, 2, 1), D(2022, 2, 1), "day"),
    ("on Friday morning", WED, "past", D(2022, 1, 28), D(2022, 1, 28), "day"),
    ("Saturday at 5 p.m.", WED, "future", D(2022, 2, 5), D(2022, 2, 5), "day"),
    ("at 10 a.m. Tuesday", WED, "past", D(2022, 2, 1), D(2022, 2, 1), "day"),
    ("Monday", WED, "present", D(2022, 1, 31), D(2022, 1, 31), "day"),  # present: the nearer one
    ("Friday", WED, "present", D(2022, 2, 4), D(2022, 2, 4), "day"),
    ("last Wednesday", WED, "past", D(2022, 1, 26), D(2022, 1, 26), "day"),
    ("next Wednesday", WED, "past", D(2022, 2, 9), D(2022, 2, 9), "day"),
    # days relative to publication
    ("yesterday", WED, "past", D(2022, 2, 1), D(2022, 2, 1), "day"),
    ("today", WED, "present", D(2022, 2, 2), D(2022, 2, 2), "day"),
    ("tonight", WED, "future", D(2022, 2, 2), D(2022, 2, 2), "day"),
    ("this morning", WED, "past", D(2022, 2, 2), D(2022, 2, 2), "day"),
    ("tomorrow", WED, "future", D(2022, 2, 3), D(2022, 2, 3), "day"),
    ("last night", WED, "past", D(2022, 2, 1), D(2022, 2, 1), "day"),
    ("two days ago", WED, "past", D(2022, 1, 31), D(2022, 1, 31), "day"),
    # weeks
    ("last week", WED, "past", D(2022, 1, 24), D(2022, 1, 30), "week"),
    # on a Sunday, "last week" is the week just ended (Mon-Sat before it); "next week" starts the next day
    ("last week", D(2022, 1, 23), "past", D(2022, 1, 17), D(2022, 1, 23), "week"),
    ("next week", D(2022, 1, 23), "future", D(2022, 1, 24), D(2022, 1, 30), "week"),
    ("last week", SAT, "past", D(2022, 1, 24), D(2022, 1, 30), "week"),  # counter: a Saturday's last week is the one before
    ("this week", WED, "past", D(2022, 1, 31), D(2022, 2, 2), "week"),
    ("this week", WED, "present", D(2022, 1, 31), D(2022, 2, 6), "week"),
    ("this week", WED, "future", D(2022, 2, 2), D(2022, 2, 6), "week"),
    ("earlier this week", WED, "past", D(2022, 1, 31), D(2022, 2, 2), "week"),
    ("later this week", WED, "future", D(2022, 2, 2), D(2022, 2, 6), "week"),
    ("next week", WED, "future", D(2022, 2, 7), D(2022, 2, 13), "week"),
    ("three weeks ago", WED, "past", D(2022, 1, 10), D(2022, 1, 16), "week"),
    ("in recent days", WED, "past", D(2022, 1, 26), D(2022, 2, 2), "week"),
    ("in the coming days", WED, "future", D(2022, 2, 2), D(2022, 2, 9), "week"),
    ("in recent weeks", WED, "past", D(2022, 1, 3), D(2022, 2, 2), "month"),
    ("over the weekend", WED, "past", D(2022, 1, 29), D(2022, 1, 30), "week"),
    ("this weekend", WED, "future", D(2022, 2, 5), D(2022, 2, 6), "week"),
    ("over the weekend", SAT, "past", D(2022, 2, 5), D(2022, 2, 5), "week"),
    # months
    ("last month", WED, "past", D(2022, 1, 1), D(2022, 1, 31), "month"),
    ("this month", WED, "past", D(2022, 2, 1), D(2022, 2, 2), "month"),
    ("earlier this month", D(2022, 2, 20), "past", D(2022, 2, 1), D(2022, 2, 20), "month"),
    ("next month", WED, "future", D(2022, 3, 1), D(2022, 3, 31), "month"),
    ("early next month", WED, "future", D(2022, 3, 1), D(2022, 3, 10), "month"),
    ("in January", WED, "past", D(2022, 1, 1), D(2022, 1, 31), "month"),
    ("in January", WED, "future", D(2023, 1, 1), D(2023, 1, 31), "month"),
    ("in December", WED, "past", D(2021, 12, 1), D(2021, 12, 31), "month"),
    ("mid-February", WED, "future", D(2022, 2, 11), D(2022, 2, 20), "month"),
    ("late January", WED, "past", D(2022, 1, 21), D(2022, 1, 31), "month"),
    ("at the end of the month", WED, "future", D(2022, 2, 21), D(2022, 2, 28), "month"),
    ("June 2021", WED, "past", D(2021, 6, 1), D(2021, 6, 30), "month"),
    # years
    ("last year", WED, "past", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("in 2014", WED, "past", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("since 2014", WED, "past", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("late last year", WED, "past", D(2021, 9, 1), D(2021, 12, 31), "year"),
    # month-days: the year comes from publication, chosen by tense
    ("on January 24", WED, "past", D(2022, 1, 24), D(2022, 1, 24), "day"),
    ("Jan. 24", WED, "past", D(2022, 1, 24), D(2022, 1, 24), "day"),
    ("24 January", WED, "past", D(2022, 1, 24), D(2022, 1, 24), "day"),
    ("January 24, 2022", WED, "future", D(2022, 1, 24), D(2022, 1, 24), "day"),
    ("Feb. 24", D(2022, 3, 1), "past", D(2022, 2, 24), D(2022, 2, 24), "day"),
    ("Feb. 24", WED, "future", D(2022, 2, 24), D(2022, 2, 24), "day"),
    ("Feb. 24", WED, "present", D(2022, 2, 24), D(2022, 2, 24), "day"),
    ("Feb. 4", WED, "past", D(2022, 2, 4), D(2022, 2, 4), "day"),  # within the slack after publication
    ("Dec. 7", D(2022, 1, 10), "past", D(2021, 12, 7), D(2021, 12, 7), "day"),
    ("January 24", D(2021, 12, 20), "future", D(2022, 1, 24), D(2022, 1, 24), "day"),
    ("on 2/24", D(2022, 3, 1), "past", D(2022, 2, 24), D(2022, 2, 24), "day"),
    ("on 2/24/22", WED, "past", D(2022, 2, 24), D(2022, 2, 24), "day"),
    ("since Nov. 10", WED, "past", D(2021, 11, 10), D(2021, 11, 10), "day"),
    ("Thursday, Feb. 24", D(2022, 1, 5), "past", D(2022, 2, 24), D(2022, 2, 24), "day"),  # weekday picks the year
    ("the morning of Feb. 24", D(2022, 3, 1), "past", D(2022, 2, 24), D(2022, 2, 24), "day"),
    ("2022-02-24", None, "past", D(2022, 2, 24), D(2022, 2, 24), "day"),
    ("Christmas", WED, "past", D(2021, 12, 25), D(2021, 12, 25), "day"),
    # anaphoric phrases count from publication when nothing else is given
    ("the day before", WED, "past", D(2022, 2, 1), D(2022, 2, 1), "day"),
    ("two days later", WED, "past", D(2022, 2, 4), D(2022, 2, 4), "day"),
    ("a week earlier", WED, "past", D(2022, 1, 24), D(2022, 1, 30), "week"),
    # absolute phrases need no publication date; relative ones give `none`
    ("January 24, 2022", None, "past", D(2022, 1, 24), D(2022, 1, 24), "day"),
    ("in 2014", None, "past", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("Thursday", None, "future", None, None, "none"),
    ("Feb. 24", None, "past", None, None, "none"),
    ("last week", None, "past", None, None, "none"),
]


@pytest.mark.parametrize("phrase,published,tense,start,end,precision", RESOLVE_CASES)
def test_resolve(phrase, published, tense, start, end, precision):
    assert resolve(phrase, published, tense=tense) == DateInfo(start, end, precision, phrase)


@pytest.mark.parametrize("phrase", [
    "for three days", "three days", "15 years", "24/7", "at 5 p.m.", "5 p.m.", "62-year-old", "the week",
    "a two-day trip", "Mondays", "may", "This Week", "Saturday Morning", "Sunday Times", "decades", "9/11", "for the past eight years", "Feb. 30",
])
def test_not_a_date_phrase(phrase):
    assert resolve(phrase, WED) is None


@pytest.mark.parametrize("phrase,anchor,start,end,precision", [
    ("the day before", D(2022, 2, 24), D(2022, 2, 23), D(2022, 2, 23), "day"),
    ("a day later", D(2022, 2, 7), D(2022, 2, 8), D(2022, 2, 8), "day"),
    ("the following week", D(2022, 2, 24), D(2022, 2, 28), D(2022, 3, 6), "week"),
    ("that year", D(2014, 3, 18), D(2014, 1, 1), D(2014, 12, 31), "year"),
])
def test_resolve_anaphoric_counts_from_anchor(phrase, anchor, start, end, precision):
    assert is_anaphoric(phrase)
    assert resolve(phrase, WED, anchor=anchor) == DateInfo(start, end, precision, phrase)


@pytest.mark.parametrize("phrase", sorted({case[0] for case in RESOLVE_CASES}))
def test_the_rule_that_reads_a_phrase_is_not_skipped_by_its_anchor_words(phrase):
    """A rule whose anchor words are missing from a sentence is not tried there: the anchors must hold
    for every phrase the rule reads (a wrong anchor would silently lose dates)."""
    rule, _ = match_phrase(phrase)
    assert rule.may_match(anchor_words(phrase)), rule.name


def test_a_text_without_anchor_words_skips_the_rule():
    by_name = {rule.name: rule for rule in RULES}
    words = anchor_words("Officials met again and spoke of talks.")
    assert not any(by_name[name].may_match(words) for name in ("month_day", "weekday", "ago", "year", "relday"))
    assert by_name["year"].may_match(anchor_words("It was 2014."))


def test_resolve_rejects_unknown_tense():
    with pytest.raises(ValueError, match="tense"):
        resolve("Thursday", WED, tense="conditional")


# ---------------------------------------------------------------- on sentences parsed by the real model
def _sent(nlp, text):
    doc = nlp(text)
    return next(doc.sents)


def _tok(sent, word):
    return next(t for t in sent if t.text == word)


@pytest.mark.parametrize("text,phrases,heads", [
    ("Another call is expected Thursday evening.", ["Thursday evening"], ["expected"]),
    ("Le Drian will meet in Bucharest on Thursday with nine ministers.", ["Thursday"], ["meet"]),
    ("“We are ready,” Kuleba told reporters in Kyiv on Tuesday.", ["Tuesday"], ["told"]),
    ("The Pentagon said on Monday that it would send 2,000 troops to Poland in the coming days.",
     ["Monday", "the coming days"], ["said", "send"]),
    ("Russia invaded on Feb. 24, and earlier on Wednesday, Putin spoke late Tuesday for three days at 5 p.m.",
     ["Feb. 24", "earlier on Wednesday", "late Tuesday"], ["invaded", "spoke", "spoke"]),
    ("Russia has deployed over 2000 troops and 100 tanks since 2014, working 24/7.", ["since 2014"], ["deployed"]),
    ("Ukraine's 2014 revolution toppled the president 15 years after he took office.", ["2014"], ["revolution"]),
    ("Keane joined Fox News Sunday to discuss the war, the Sunday Times reported.", [], []),
    ("Two days before Feb. 24, Putin recognised the separatist regions.", ["Two days before", "Feb. 24"],
     ["recognised", "before"]),
])
def test_find_dates(nlp, text, phrases, heads):
    sent = _sent(nlp, text)
    found = find_dates(sent)
    assert [m.text for m in found] == phrases
    assert [sent.doc[m.head].text for m in found] == heads
    for m in found:
        assert isinstance(m, DateMention)
        assert sent.doc.text[m.start:m.end] == m.text


def test_find_dates_offsets_index_the_doc(nlp):
    doc = nlp("Talks ended. Lavrov met Blinken in Geneva on Jan. 21 to discuss the proposals.")
    second = list(doc.sents)[1]
    (m,) = find_dates(second)
    assert (m.text, doc.text[m.start:m.end]) == ("Jan. 21", "Jan. 21")
    assert m.start == doc.text.index("Jan. 21")


@pytest.mark.parametrize("text,word,tense", [
    ("Le Drian will meet in Bucharest on Thursday.", "meet", "future"),
    ("Another call is expected Thursday evening.", "call", "future"),
    ("Another call is expected Thursday evening.", "expected", "future"),
    ("The talks are due to resume on Friday.", "resume", "future"),
    ("Russia plans to hold drills on Friday.", "hold", "future"),
    ("Biden is set to speak with Putin on Saturday.", "speak", "future"),
    ("The Pentagon said Wednesday it would send troops.", "said", "past"),
    ("The Pentagon said Wednesday it would send troops.", "send", "future"),
    ("Kuleba told reporters in Kyiv on Tuesday.", "told", "past"),
    ("Russia has moved troops to the border.", "moved", "past"),
    ("Blinken says Russia could double troops.", "says", "present"),
])
def test_tense_of(nlp, text, word, tense):
    assert tense_of(_tok(_sent(nlp, text), word)) == tense


@pytest.mark.parametrize("text,word,published,start,end,precision,phrase", [
    ("Another call is expected Thursday evening.", "call", WED, D(2022, 2, 3), D(2022, 2, 3), "day", "Thursday evening"),
    ("Le Drian will meet in Bucharest on Thursday with nine ministers.", "meet", WED,
     D(2022, 2, 3), D(2022, 2, 3), "day", "Thursday"),
    ("“We are ready,” Kuleba told reporters in Kyiv on Tuesday.", "told", THU, D(2022, 2, 1), D(2022, 2, 1), "day", "Tuesday"),
    # "in the coming days" sits in the subordinate clause of "send": "said" gets Monday
    ("The Pentagon said on Monday that it would send 2,000 troops to Poland in the coming days.", "said", WED,
     D(2022, 1, 31), D(2022, 1, 31), "day", "Monday"),
    ("The Pentagon said on Monday that it would send 2,000 troops to Poland in the coming days.", "send", WED,
     D(2022, 2, 2), D(2022, 2, 9), "week", "the coming days"),
    ("Macron said this week that he would travel to Moscow.", "said", WED, D(2022, 1, 31), D(2022, 2, 2), "week", "this week"),
    # the weekday of another clause keeps that clause's tense (past), not the future of "hold"
    ("Russia will hold drills, the ministry said on Tuesday.", "hold", THU, D(2022, 2, 1), D(2022, 2, 1), "day", "Tuesday"),
    # an anaphoric phrase counts from the sentence's other date
    ("Putin met Macron on Monday, and Scholz visited Kyiv a day later.", "visited", D(2022, 2, 9),
     D(2022, 2, 8), D(2022, 2, 8), "day", "a day later"),
    ("Two days before Feb. 24, Putin recognised the separatist regions.", "recognised", D(2022, 3, 1),
     D(2022, 2, 22), D(2022, 2, 22), "day", "Two days before"),
    ("Blinken says Russia could double troops.", "says", WED, WED, WED, "published", ""),
    ("Blinken says Russia could double troops.", "says", None, None, None, "none", ""),
    ("Kuleba spoke to Blinken on Tuesday.", "spoke", None, None, None, "none", "Tuesday"),
    # a date inside a name ("the Sept. 11 attacks", "the Jan. 6 committee") is not when the clause happened
    ("Zelenskyy addressed Congress Wednesday morning, invoking the Sept. 11 attacks as he called on the United "
     "States to do more.", "called", THU, WED, WED, "day", "Wednesday morning"),
    ("Rubio condemned the Jan. 6 committee.", "condemned", WED, WED, WED, "published", ""),
    ("Moore noted Russia's 2014 annexation of Crimea and its current troop buildup.", "buildup", WED, WED, WED,
     "published", ""),
    # ... but an occasion's own date counts
    ("Putin met Macron at the Feb. 7 summit.", "met", D(2022, 2, 9), D(2022, 2, 7), D(2022, 2, 7), "day", "Feb. 7"),
])
def test_date_of(nlp, text, word, published, start, end, precision, phrase):
    sent = _sent(nlp, text)
    assert date_of(_tok(sent, word), published) == DateInfo(start, end, precision, phrase)


# ---------------------------------------------------------------- attachment rules on a hand-built parse
def _pentagon_doc() -> Doc:
    words = ["The", "Pentagon", "said", "on", "Monday", "that", "it", "would", "send", "troops", "in", "the",
             "coming", "days", "."]
    heads = [1, 2, 2, 2, 3, 8, 8, 8, 2, 8, 8, 13, 13, 10, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "aux", "ccomp", "dobj", "prep", "det",
            "amod", "pobj", "punct"]
    tags = ["DT", "NNP", "VBD", "IN", "NNP", "IN", "PRP", "MD", "VB", "NNS", "IN", "DT", "VBG", "NNS", "."]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, sent_starts=[True] + [False] * 14)


@pytest.mark.parametrize("word,start,end,precision", [
    ("said", D(2022, 1, 31), D(2022, 1, 31), "day"),
    ("send", D(2022, 2, 2), D(2022, 2, 9), "week"),
    ("troops", D(2022, 2, 2), D(2022, 2, 9), "week"),  # a noun takes the clause of its verb
])
def test_date_of_on_hand_built_parse(word, start, end, precision):
    doc = _pentagon_doc()
    token = next(t for t in doc if t.text == word)
    info = date_of(token, WED)
    assert (info.start, info.end, info.precision) == (start, end, precision)


def _late_closure_doc() -> Doc:
    """"In follow up to talks held in Minsk the day before, the leaders spoke by phone." as the model parses such a
    sentence: "the day before" hung on "follow", outside the clause of "held" that it ends."""
    words = ["In", "follow", "up", "to", "talks", "held", "in", "Minsk", "the", "day", "before", ",", "the", "leaders",
             "spoke", "by", "phone", "."]
    heads = [14, 0, 1, 2, 3, 4, 5, 6, 9, 1, 9, 14, 13, 14, 14, 14, 15, 14]
    deps = ["prep", "pobj", "prt", "prep", "pobj", "acl", "prep", "pobj", "det", "npadvmod", "advmod", "punct", "det",
            "nsubj", "ROOT", "prep", "pobj", "punct"]
    tags = ["IN", "NN", "IN", "IN", "NNS", "VBN", "IN", "NNP", "DT", "NN", "RB", ",", "DT", "NNS", "VBD", "IN", "NN", "."]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, sent_starts=[True] + [False] * 17)


@pytest.mark.parametrize("word,start,precision", [
    ("spoke", THU, "published"),  # the phrase ends the clause of "held": not when the leaders spoke
    ("talks", WED, "day"),  # the noun that clause modifies takes it
    ("held", WED, "day"),
])
def test_a_date_after_a_noun_modifier_closes_it(word, start, precision):
    doc = _late_closure_doc()
    info = date_of(next(t for t in doc if t.text == word), THU)
    assert (info.start, info.precision) == (start, precision)


def test_a_noun_keeps_the_date_of_a_clause_inside_its_own_phrase():
    """"The talks between the delegations held on Monday were useful.", "held" hung on "delegations": the talks
    keep Monday; "were" (outside the phrase) does not take it."""
    words = ["The", "talks", "between", "the", "delegations", "held", "on", "Monday", "were", "useful", "."]
    heads = [1, 8, 1, 4, 2, 4, 5, 6, 8, 8, 8]
    deps = ["det", "nsubj", "prep", "det", "pobj", "acl", "prep", "pobj", "ROOT", "acomp", "punct"]
    tags = ["DT", "NNS", "IN", "DT", "NNS", "VBN", "IN", "NNP", "VBD", "JJ", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, sent_starts=[True] + [False] * 10)
    talks, were = date_of(doc[1], THU), date_of(doc[8], THU)
    assert (talks.start, talks.precision) == (D(2022, 1, 31), "day")
    assert (were.start, were.precision) == (THU, "published")


def test_hand_built_heads_look_through_left_out_preposition():
    doc = _pentagon_doc()
    assert [(m.text, doc[m.head].text) for m in find_dates(doc[:])] == [("Monday", "said"), ("the coming days", "send")]


# ---------------------------------------------------------------- the real corpus (skips without ../shared)
def test_corpus_phrases_all_resolve(nlp, corpus_dir):
    import csv

    csv.field_size_limit(1 << 30)
    path = corpus_dir / "r2nery-ukraine-media" / "articles_2021-11_2022-03.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["text_kind"] == "full_text"][:15]
    n_found = n_day = 0
    for row in rows:
        doc = nlp(row["Text"])
        pub = D.fromisoformat(row["Date"][:10])
        for sent in doc.sents:
            for m in find_dates(sent):
                info = resolve(m.text, pub, tense=tense_of(doc[m.head]) if m.head >= 0 else "past")
                assert info is not None and info.start is not None, m
                assert info.start <= info.end
                assert info.precision in ("day", "week", "month", "year")
                n_found += 1
                n_day += info.precision == "day"
    assert n_found >= 30
    assert n_day / n_found > 0.4


# ---------------------------------------------------------------- tense rules on hand-built parses
def _doc(words, heads, deps, tags) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize("words,heads,deps,tags,index,tense", [
    # "Le Drian will meet on Thursday"
    (["Drian", "will", "meet", "on", "Thursday"], [2, 2, 2, 2, 3], ["nsubj", "aux", "ROOT", "prep", "pobj"],
     ["NNP", "MD", "VB", "IN", "NNP"], 2, "future"),
    # "the call is expected Thursday": the noun takes the future of "is expected"
    (["the", "call", "is", "expected", "Thursday"], [1, 3, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT", "npadvmod"],
     ["DT", "NN", "VBZ", "VBN", "NNP"], 1, "future"),
    # "Russia plans to meet": the infinitive after "plans" is future
    (["Russia", "plans", "to", "meet"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"], ["NNP", "VBZ", "TO", "VB"], 3, "future"),
    # "Kuleba said it would send": "said" stays past
    (["Kuleba", "said", "it", "would", "send"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
     ["NNP", "VBD", "PRP", "MD", "VB"], 1, "past"),
    # "Russia has moved troops"
    (["Russia", "has", "moved", "troops"], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"], ["NNP", "VBZ", "VBN", "NNS"], 2, "past"),
    # "the upcoming talks": a future modifier on an event noun
    (["the", "upcoming", "talks", "matter"], [2, 2, 3, 3], ["det", "amod", "nsubj", "ROOT"], ["DT", "JJ", "NNS", "VBP"], 2, "future"),
    # "Blinken says"
    (["Blinken", "says"], [1, 1], ["nsubj", "ROOT"], ["NNP", "VBZ"], 1, "present"),
])
def test_tense_rules_on_hand_built_parse(words, heads, deps, tags, index, tense):
    assert tense_of(_doc(words, heads, deps, tags)[index]) == tense


@pytest.mark.parametrize("words,heads,deps,tags,expected", [
    # "over 2000 troops": a count, not a year
    (["sent", "over", "2000", "troops"], [0, 0, 3, 1], ["ROOT", "prep", "nummod", "pobj"], ["VBD", "IN", "CD", "NNS"], []),
    # "in 2014": a year
    (["annexed", "Crimea", "in", "2014"], [0, 0, 0, 2], ["ROOT", "dobj", "prep", "pobj"], ["VBD", "NNP", "IN", "CD"], ["2014"]),
])
def test_years_versus_counts_on_hand_built_parse(words, heads, deps, tags, expected):
    doc = _doc(words, heads, deps, tags)
    assert [m.text for m in find_dates(doc[:])] == expected


@pytest.mark.parametrize("phrase,published,tense,start,end,precision", [
    ("since the end of December", D(2022, 2, 11), "future", D(2021, 12, 21), D(2021, 12, 31), "month"),
    ("since Nov. 10", WED, "future", D(2021, 11, 10), D(2021, 11, 10), "day"),
])
def test_since_always_looks_back(phrase, published, tense, start, end, precision):
    assert resolve(phrase, published, tense=tense) == DateInfo(start, end, precision, phrase)


def test_a_leap_day_in_a_year_without_one_is_no_date_and_breaks_nothing(extract_text):
    """"Feb. 29" in a 2022 article names no day around the story (2021-2023 have none): the article is
    still extracted (it failed with a ValueError), dated by the month the phrase still names."""
    result = extract_text("Russia said on Feb. 29 that the talks would continue.", published="2022-03-01")
    row = result.statements.iloc[0]
    assert (row["speaker"], str(row["date"])[:10], row["date_precision"]) == ("Russia", "2022-02-01", "month")
