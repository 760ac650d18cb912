"""The merge rules of `extract.happenings`: one documented entry per rule, and every threshold as a named constant.

docs/events.md prints the same rules for readers; `tests/extract/test_happenings_rules.py` runs each rule's
examples (they merge) and counter-examples (they stay apart) as cases.
"""
from __future__ import annotations

from typing import NamedTuple

# Communication events (call, meeting, talks, visit)
CALL_FAMILY = ("call",)
EITHER_FAMILY = ("talks",)  # talks are held by phone or face to face: they go with a call or with a meeting
IN_PERSON_FAMILY = ("meeting", "visit")
MIN_SHARED_PARTIES = 2  # two rows with two or more named parties must share at least this many
PARTY_SHARE = 0.5  # ... and at least this share of the larger party set (a bilateral beside a summit is not the summit)
PUBLISHED_LAG_DAYS = 3  # a row dated only by its publication joins a unique group at most this many days earlier
PUBLISHED_EXTRA_PARTIES = 1  # ... through a dated report naming all its parties and at most this many others
DOMINANT_FACTOR = 3  # ... or the group with at least this many times the reports of every other one there

# Speech acts (direct_quote, reported_speech)
MIN_CONTENT_WORDS = 4  # a text with fewer content words is too short to be told apart from others: stays alone
SAME_CLAIM_JACCARD = 0.6  # token-set Jaccard of two texts' content words at or above which they say the same
SAME_CLAIM_CONTAINMENT = 0.85  # or: this share of the shorter text's content words is in the longer one
FRAGMENT_MIN_SHARE = 0.25  # ... and the shorter has at least this share of the longer's words (not one line of a long turn)
SPEECH_PUBLISHED_LAG_DAYS = 1  # a quote dated only by its publication was said that day or the day before

# Deployments (movements)
TROOP_TOLERANCE = 0.15  # troop numbers of one deployment differ by at most this share of the larger
MOVEMENT_WINDOW_DAYS = 3  # reports of one deployment lie within this many days of the group's first report
STATUS_FAMILIES = {"deployed": "present", "stationed": "present", "arrived": "present",
                   "announced": "planned", "planned": "planned", "on_alert": "alert", "withdrawn": "withdrawn"}

# Window (date outliers)
OUTLIER_DAYS = 60  # a row dated more than this many days outside the data's window is an outlier
WINDOW_QUANTILES = (0.01, 0.99)  # the window is this span of the articles' publication dates
AFTER_PUBLICATION_SLACK_DAYS = 1  # a past-tense row dated later than its publication by more than this is an outlier


class MergeRule(NamedTuple):
    """One rule: its id, why it holds, and invented examples that merge and that do not."""

    rule_id: str
    applies_to: str
    rule: str
    reason: str
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


RULES = (
    MergeRule(
        "merge:communication:parties-day", "call, meeting, talks, visit",
        f"Two rows report one communication event when their kinds agree (a call with a call or talks; a meeting or "
        f"visit with a meeting, visit or talks; talks with any: a call never joins a meeting or visit), their parties (speaker, addressees and co-speakers, as canonical names compared without accents, case "
        f"and dashes) share with a member of the group at least {MIN_SHARED_PARTIES} names and at least {PARTY_SHARE:.0%} of the larger set, their days overlap (day "
        f"precision: the same day; week precision: any day of that week, joining a day-dated group first), and their "
        f"places agree (the same place, one of them names none, or one names the country the other lies in). A row naming one party joins a group that "
        f"includes it, on the same day, of agreeing kind. Future rows (`will meet on Friday`) merge like "
        f"the others.",
        "Outlets report the same call or meeting with the same two or three names and the same day; a leader "
        "rarely calls the same counterpart twice in a day, and a phone call is never the meeting it prepares.",
        ("`Biden spoke with Putin on Tuesday` and `the two presidents held a video call on Tuesday`",
         "`the talks between Biden and Putin on Saturday` and `Biden's Saturday call with Putin`",
         "`Blinken will meet Lavrov in Geneva on Friday` and `Blinken and Lavrov met in Geneva on Friday`",
         "`Macron's trip to Kyiv on Tuesday` (one party) and `Macron met Zelensky in Kyiv on Tuesday`",
         "`Scholz met Biden in Washington` and `Scholz met Biden in the United States` on one day",
         "`Erdogan met Zelensky` and `Erdoğan met Zelensky` on one day (one name with and without accents)"),
        ("a call and a meeting of the same pair on the same day",
         "the same pair's calls on two different days",
         "`Scholz met Biden in Washington` and `Scholz met Biden in Berlin` on one day (places disagree)",
         "a bilateral of two leaders and a summit of thirty on the same day (two shared names are under half of "
         "the larger set)"),
    ),
    MergeRule(
        "merge:communication:published-unique", "call, meeting, talks, visit",
        f"A row with no date of its own (`published` precision) joins a group only when it names at least "
        f"{MIN_SHARED_PARTIES} parties, all of them in the group, of agreeing kind (a call needs a call among the "
        f"group's reports, a meeting or visit a meeting or visit; talks join either) and compatible place, "
        f"with a day-dated report 0–{PUBLISHED_LAG_DAYS} days before its publication (after it for a future row) and a "
        f"day- or week-dated report naming all the row's parties and at most {PUBLISHED_EXTRA_PARTIES} other, and exactly one group qualifies or one has at "
        f"least {DOMINANT_FACTOR} times the dated reports of every other that name exactly the row's parties (or, "
        f"failing that, all of them: reports of a wider meeting count less); otherwise, and for month, year or "
        f"undated rows, it stays an event of its own (see `merge:communication:same-article-undated`).",
        "A report without a day most often speaks of the latest such contact, but when two contacts of the same "
        "parties are close together it cannot tell which one: a wrong merge hides a happening, a missed one only "
        "splits it.",
        ("`a phone call with Putin` (Lukashenko's, published Wednesday) and Lukashenko's call with Putin dated Tuesday",
         "the same row when Tuesday's call has six reports and a call the day before has two",
         "`the talks with NATO` (Russia's) when Wednesday's NATO–Russia talks have three reports and Monday's "
         "talks of the United States, NATO and Russia have two"),
        ("the same row when the two leaders also spoke the day before and both calls have as many reports",
         "`a telephone conversation with the prime minister` (published Sunday) and Saturday's talks of the two in "
         "Moscow (no call among their reports)",
         "`they met last month` (month precision)",
         "`I received him here recently` published ten days after the visit, whose only later report says `this week`"),
    ),
    MergeRule(
        "merge:communication:organisation-officials", "call, meeting, talks, visit",
        "An organisation's official (the actor table gives the organisation's code as their country: "
        "`Jens Stoltenberg` → NATO) and the organisation named as itself are one party when every other party "
        "of both rows is a state named as itself: two rows that then stand for the same sides (at least "
        f"{MIN_SHARED_PARTIES}), share a name and name no two different officials of one organisation agree "
        "like rows with the same parties (same day, agreeing kind and place).",
        "Reports give an organisation's side of talks with a state by its name or by its head, who chairs them "
        "(`NATO–Russia talks`, `Stoltenberg's talks with Russia`); a leader's own meeting with the head is not "
        "the organisation's summit, and a state stands for too many persons to be folded in this way.",
        ("`Stoltenberg's talks with Russia` and `the NATO–Russia meeting` on one day",),
        ("`Stoltenberg's talks with Russia` and `NATO's talks with Ukraine` on one day",
         "`Biden met Stoltenberg` and `Biden at the NATO summit` on one day (a bilateral beside the summit)",
         "`Michel met Zelensky` and `von der Leyen met Zelensky` on one day (two officials of the EU)"),
    ),
    MergeRule(
        "merge:communication:visit-destination", "visit, meeting",
        "A visit that names only the visitor and a foreign state, its place lying in that state (`Macron → "
        "Ukraine`, in Kyiv), and a meeting or visit of the same day that names the visitor and only parties of "
        "that country (persons the actor table places there: `Macron met Zelensky`) report one trip, either way "
        "round: the visit joins a group that includes the visitor, has a meeting or visit report and names a "
        "party of that country; the meeting joins a group with such a visit. Talks and calls are not joined "
        "this way, nor a trip within the visitor's own country.",
        "Reports of a trip name the country or city the visitor goes to, reports of its meetings name whom they "
        "meet: the state visited is the place of the meeting, not a second party.",
        ("`Macron flew to Kyiv` (Macron → Ukraine) and `Macron met Zelensky` on the same day",
         "`Zelensky received Macron in Kyiv` and `Macron flew to Kyiv` on the same day"),
        ("`Macron flew to Kyiv` and `Macron spoke with Zelensky` (talks only, no meeting or visit) on one day",
         "`Macron flew to Kyiv` and `Macron met Putin` on one day (no party of Ukraine)",
         "`Macron flew to Kyiv` and `Macron met Zelensky` the next day",
         "`Biden travels to Delaware` (Biden → United States) and `Biden met Putin` on one day"),
    ),
    MergeRule(
        "merge:communication:same-article-undated", "call, meeting, talks, visit",
        "Rows of one article dated only by its publication that join no day-dated group are one event when "
        f"they have the same kind, the same tense (both past or both future) and the same parties (at least "
        f"{MIN_SHARED_PARTIES}), and their places agree.",
        "An article that mentions the same contact again without a date speaks of the one it is about; a second "
        "contact of the same parties would be told apart by a date, another kind or another tense.",
        ("`a meeting with Prime Minister Rutte` and `the meeting with Rutte` in one article, no date",),
        ("`I spoke with Lukashenko recently` and `I will talk to Lukashenko` in one article (past and future)",
         "the same two undated mentions in two different articles",
         "`a call with Putin` and `a meeting with Putin` in one article (two kinds)"),
    ),
    MergeRule(
        "merge:speech:same-claim", "direct_quote, reported_speech",
        f"Two rows report one speech act when they have the same named speaker (never `anonymous`), were said on "
        f"the same day (a row dated only by its publication: that day or up to {SPEECH_PUBLISHED_LAG_DAYS} day "
        f"before; week or month rows: within their span), and say the same: of their content words (lower-cased "
        f"words of three or more letters, stop words left out), the Jaccard overlap is at least "
        f"{SAME_CLAIM_JACCARD} or at least {SAME_CLAIM_CONTAINMENT:.0%} of the shorter text's words are in the "
        f"longer one and the shorter has at least {FRAGMENT_MIN_SHARE:.0%} as many words as the longer; each text has at least {MIN_CONTENT_WORDS} content words. A row joins the one best group "
        f"(highest overlap), so a short fragment never bridges two different quotes.",
        "Outlets quote the same words of the same person on the same day, often cut at different places; "
        "different claims of one speech share few content words.",
        ("`We have no plans to attack anyone` and `we have no plans to attack anyone, he said`, both Putin, both Tuesday",
         "a long quote and a 5-word cut of it, same speaker and day"),
        ("the same words said by two different speakers",
         "the same speaker's two claims of one speech (`the sanctions will fail` / `our army is ready`)",
         "the same speaker's same words on two days a week apart (said again)",
         "two `anonymous` sources saying the same",
         "one sentence and the whole paragraph of a speech it comes from (the paragraph holds other claims too)"),
    ),
    MergeRule(
        "merge:movement:same-deployment", "movements",
        f"Two movement rows report one deployment when they have the same actor (never empty), status of one "
        f"family (deployed/stationed/arrived; announced/planned; on_alert; withdrawn), dates within "
        f"{MOVEMENT_WINDOW_DAYS} days of the group's first report (month, year or undated rows stay alone), and "
        f"either both give troop numbers within {TROOP_TOLERANCE:.0%} of the larger and their destinations agree "
        f"(a shared country or place, or one or both empty), or one of them gives no number (and no unit count) and they share a "
        f"destination below country level (a city, region or sea) where the numbered row puts its number (it names "
        f"no other such place: a number spread over several places is a total, no deployment at any one of them), "
        f"or neither gives a troop number, they share such a place and any unit counts they give agree. "
        f"A row joins the one best group, so a row without a number never bridges 100,000 and 3,000.",
        "Outlets repeat the same estimate of the same force in the same place for a few days; a different number, "
        "another actor or a withdrawal is another happening, and `Russian troops entered Ukraine` without a "
        "number or a place says too little to tell one deployment from another.",
        ("`Russia has massed 100,000 troops near Ukraine` and `some 110,000 Russian soldiers are near Ukraine`, two days apart",
         "`3,000 US troops arrive in Rzeszow` and `US soldiers arrived in Rzeszow` the next day"),
        ("`100,000 Russian troops` and `3,000 Russian troops` near Ukraine on one day",
         "`US troops deployed to Poland` and `US troops withdrawn from Poland`",
         "the same report of 100,000 troops ten days later",
         "`Russian troops entered Ukraine` and `Russian forces invaded Ukraine` (no number, no place below country)",
         "`two battalion tactical groups near Yelnya` and `100,000 troops near Yelnya` (units against troops)",
         "`100,000 troops massed in Crimea, Belarus and the Donbas` and `Russian troops entered the Donbas` (a total "
         "over several places)"),
    ),
)


def markdown() -> str:
    """The rules as the Markdown that docs/events.md carries (`python -m extract.happenings.rules` prints it)."""
    parts = []
    for rule in RULES:
        examples = "\n".join(f"  - {e}" for e in rule.examples)
        counter = "\n".join(f"  - {e}" for e in rule.counter_examples)
        parts.append(f"#### `{rule.rule_id}` ({rule.applies_to})\n\n{rule.rule}\n\n*Why:* {rule.reason}\n\n"
                     f"- Merged (one event):\n{examples}\n- Kept apart:\n{counter}\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(markdown())
