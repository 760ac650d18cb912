"""Drop rules: every rule that discards a candidate row, with its id and reason, and the `Drop` it records.

A candidate is what a rule starts from: a quoted passage, a speech cue, an event word, a force noun. When a
rule discards one, the extractor records a `Drop` (the rule's id, the candidate's text and sentence) instead
of forgetting it, so `extract build` can write the `drops` table and `python -m extract.evaluate --rules`
can tell how many good rows each drop rule costs. `python -m extract.drops` prints the registry as the
README's "Drop rules" table; `tests/extract/test_drops.py` keeps the two, and the ids in the code, in step.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .records import Drop


class DropRule(NamedTuple):
    id: str  # `drop:<kind>:<name>`
    kind: str  # statement | movement
    reason: str  # one line: what was dropped and why


DROP_RULES: tuple[DropRule, ...] = (
    # ----- statements ---------------------------------------------------------------------------------
    DropRule("drop:statement:furniture", "statement",
             "A quote or speech word in page furniture inside the story (teaser, credit, prompt): never read."),
    DropRule("drop:statement:after-story-end", "statement",
             "A paragraph after the story's end (author box, teasers) with a quote or speech word: never parsed."),
    DropRule("drop:statement:short-quote", "statement",
             "A quote of fewer than 4 words with no cue beside it that is not a whole sentence."),
    DropRule("drop:statement:quote-is-phrase", "statement",
             "A short quote that is a noun phrase of its sentence (a title, a scare-quoted object), not speech."),
    DropRule("drop:statement:scare-quote", "statement",
             "A quoted phrase inside a sentence (lower-case start, short, most of the sentence outside it)."),
    DropRule("drop:statement:quote-in-reported-clause", "statement",
             "A quote inside a longer reported clause: the reported-speech row carries it."),
    DropRule("drop:statement:quote-no-speaker", "statement",
             "A quote with no cue that cannot continue the previous speaker (too far away or none)."),
    DropRule("drop:statement:anonymous", "statement",
             "Only with `keep_anonymous=False` (the build keeps them as `anonymous` rows): an anonymous source (\"experts say\")."),
    DropRule("drop:statement:unresolved-speaker", "statement",
             "The cue's subject resolves to no known person, state or organisation (an unknown name, a lone pronoun)."),
    DropRule("drop:statement:no-subject", "statement",
             "A speech cue with no subject or name beside it (\"according to\" with no object)."),
    DropRule("drop:statement:negated-cue", "statement",
             "A negated speech verb (\"has not said whether\"): nothing was said."),
    DropRule("drop:statement:withheld", "statement",
             "A speech verb its subject withholds (\"declined to say\", \"refused to comment\", \"has yet to say\"): nothing was said."),
    DropRule("drop:statement:passive-no-agent", "statement",
             "A passive speech verb with no agent (\"it was announced\", \"he is said to\"): no speaker."),
    DropRule("drop:statement:mandative", "statement",
             "A speech verb in a mandative clause (\"the request that he confirm\"): asked of, not said by."),
    DropRule("drop:statement:feared-or-foretold", "statement",
             "A speech verb under someone else's fear or prediction (\"fears Putin could order\"): not yet said."),
    DropRule("drop:statement:conditional-cue", "statement",
             "A speech verb in a condition (\"if Putin says that ...\", \"whether he said\"): nothing was said yet."),
    DropRule("drop:statement:possible-cue", "statement",
             "A speech verb under a modal of possibility (\"Putin may claim that ...\", \"Moscow could announce\"): a possibility, not a statement."),
    DropRule("drop:statement:question-cue", "statement",
             "The speech verb of a question (\"Did Putin tell you that ...?\"): asked about, not stated."),
    DropRule("drop:statement:no-content", "statement",
             "A speech verb with a speaker but no clause, object or quote that is its content."),
    DropRule("drop:statement:content-too-short", "statement",
             "The content left beside the cue is shorter than 8 characters."),
    DropRule("drop:statement:duplicate", "statement",
             "Reported content that is a quote already taken as a direct quote."),
    DropRule("drop:statement:question-turn", "statement",
             "A statement inside a transcript's question or moderator turn: a reporter's question is nobody's statement."),
    DropRule("drop:statement:turn-pronoun", "statement",
             "A \"he\", \"they\" or \"it\" speaker inside a transcript turn that the turn never named, or \"he\" read as the turn's own speaker (who says \"I\")."),
    DropRule("drop:statement:turn-formula", "statement",
             "A row of another rule in a transcript turn's sentence that says nothing: thanks, a greeting, a hand-over (\"Thank you all.\") or words broken off by a dash."),
    DropRule("drop:statement:sentence-taken", "statement",
             "An \"according to\" or headline attribution in a sentence that already has its statement."),
    DropRule("drop:statement:event-incomplete", "statement",
             "An event word with no event read from it: one side only (or one state's own people: a domestic meeting), no place for a visit, no speaker, or a noun that only refers back (\"the call\")."),
    DropRule("drop:statement:event-unreal", "statement",
             "An event word for an event that does not take place: negated (\"will not travel\", \"no talks\"), "
             "refused (\"refused to meet\") or hypothetical (\"any meeting would\")."),
    # ----- movements ----------------------------------------------------------------------------------
    DropRule("drop:movement:furniture", "movement",
             "A force noun in page furniture inside the story (teaser, credit, prompt): never read."),
    DropRule("drop:movement:question-turn", "movement",
             "A movement inside a transcript's question or moderator turn: a reporter's question reports nothing."),
    DropRule("drop:movement:after-story-end", "movement",
             "A paragraph after the story's end (author box, teasers) with a force noun: never parsed."),
    DropRule("drop:movement:quoted-no-speaker", "movement",
             "A force noun inside a quote nobody named is said to have given, or whose unknown speaker says "
             "\"we\": whose forces cannot be told (a scare-quoted phrase or a named source keeps it)."),
    DropRule("drop:movement:casualty", "movement",
             "Casualties or fighting (\"40 soldiers were killed\", \"conducted airstrikes\"), not a movement."),
    DropRule("drop:movement:weapons-delivery", "movement",
             "Equipment handed to another state (\"send jets to Ukraine\"): a weapons delivery, not a movement."),
    DropRule("drop:movement:equipment-only", "movement",
             "Ships, jets, tanks or other equipment with no personnel named: no deployment of forces."),
    DropRule("drop:movement:no-actor", "movement",
             "Neither the sentence nor the story says whose forces these are."),
    DropRule("drop:movement:question", "movement",
             "The sentence is a question (\"Will the troops go home?\"), not a report."),
    DropRule("drop:movement:history", "movement",
             "Soviet or dated history (before 2014), not news."),
    DropRule("drop:movement:single-soldier", "movement",
             "One soldier (\"even one Russian troop\"), not a deployment."),
    DropRule("drop:movement:own-forces-at-home", "movement",
             "A state's forces simply in their own country, or defending it against an invasion."),
    DropRule("drop:movement:no-place", "movement",
             "A movement that needs a place and has none in the sentence or the story (a force size alone)."),
    DropRule("drop:movement:no-predicate", "movement",
             "The force noun has no predicate that says what the forces do."),
    DropRule("drop:movement:no-movement-verb", "movement",
             "The predicate states no movement (\"the issue of sending troops\", a purpose, someone else's act)."),
    DropRule("drop:movement:counterfactual", "movement",
             "The movement is counterfactual or advocated (\"should send\", \"would have sent\")."),
    DropRule("drop:movement:negated", "movement",
             "The movement is negated (\"no plans to send\", \"troops are no longer moving\")."),
    DropRule("drop:movement:refused", "movement",
             "The movement is refused or ruled out (\"refused to send troops\")."),
    DropRule("drop:movement:demanded", "movement",
             "The movement is demanded of the forces, not done (\"demanded that Russia withdraw\")."),
    DropRule("drop:movement:hypothetical", "movement",
             "The movement is hypothetical (\"in the event of an invasion\", \"the possibility of sending\")."),
    DropRule("drop:movement:unreadable", "movement",
             "The status reader found no movement, for a reason this registry does not name yet."),
    DropRule("drop:movement:duplicate", "movement",
             "A second row of the same actor, places and status in one sentence (the one with a number is kept)."),
    DropRule("drop:movement:clause-adds-no-place", "movement",
             "A further clause of a force that gives no place beyond its main clause's row."),
    DropRule("drop:movement:clause-is-the-plan", "movement",
             "A participle clause that spells out a planned movement (\"positioned to send troops pouring in\")."),
)
RULES: dict[str, DropRule] = {rule.id: rule for rule in DROP_RULES}

# The reasons `movements.status.read_status` and `movements.negation.negated` give (free text) → drop rule ids.
STATUS_REASONS = {
    "no predicate": "drop:movement:no-predicate",
    "no movement verb": "drop:movement:no-movement-verb",
    "counterfactual or advocated": "drop:movement:counterfactual",
    "negated": "drop:movement:negated",
    "refused": "drop:movement:refused",
    "demanded": "drop:movement:demanded",
    "hypothetical": "drop:movement:hypothetical",
}
_QUOTE_MARKS = re.compile("[\u201c\u201d\"\u00ab\u00bb]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def status_rule(reason: str | None) -> str:
    """The drop rule id of a status reader's reason (an unnamed reason is `drop:movement:unreadable`)."""
    return STATUS_REASONS.get(reason or "no movement verb", "drop:movement:unreadable")


def make_drop(adoc, rule: str, start: int, end: int, sentence: tuple[int, int] | None = None) -> Drop:
    """The `Drop` of candidate `text[start:end]` by `rule`, in its sentence (found in the parse unless given);
    an unregistered id raises KeyError, since every id the code records must be in `DROP_RULES`."""
    kind = RULES[rule].kind
    if sentence is None:
        span = adoc.doc.char_span(start, max(start + 1, end), alignment_mode="expand")
        sentence = adoc.sentence_bounds(span.sent) if span is not None else (start, end)
    s_start, s_end = sentence
    text = adoc.text
    return Drop(article_id=adoc.article.article_id, rule=rule, kind=kind, text=text[start:end], char_start=start,
                char_end=end, sentence=text[s_start:s_end], sentence_start=s_start, sentence_end=s_end)


def furniture_drops(adoc) -> list[Drop]:
    """Drops for the candidates the extractors never see: furniture sentences inside the story and
    paragraphs after its end that hold a quote, a speech word or a force noun (one drop per kind each)."""
    from .furniture import is_furniture
    from .lexicon import SPEECH_VERBS
    from .movements.forces import force_kind

    drops = []
    if adoc.furniture:
        for sent in adoc.doc.sents:
            start, end = adoc.sentence_bounds(sent)
            if end <= start or start >= adoc.body_end or not is_furniture(start, end, adoc.text, adoc.furniture):
                continue
            if _QUOTE_MARKS.search(adoc.text[start:end]) or any(t.lower_ in SPEECH_VERBS for t in sent):
                drops.append(make_drop(adoc, "drop:statement:furniture", start, end, (start, end)))
            if any(force_kind(t) is not None for t in sent):
                drops.append(make_drop(adoc, "drop:movement:furniture", start, end, (start, end)))
    return drops + _tail_drops(adoc, set(SPEECH_VERBS))


def _tail_drops(adoc, speech_words: set[str]) -> list[Drop]:
    """One drop per kind for each paragraph after the story's end that looks like it holds a candidate."""
    from .movements.words import PERSONNEL, UNIT_NOUNS
    from .quotes import paragraphs

    drops = []
    force_words = set(PERSONNEL) | set(UNIT_NOUNS)
    for para in paragraphs(adoc.text[adoc.body_end:]):
        start, end = adoc.body_end + para.start, adoc.body_end + para.end
        chunk = adoc.text[start:end]
        words = {w.lower() for w in _WORD.findall(chunk)}
        if _QUOTE_MARKS.search(chunk) or words & speech_words:
            drops.append(make_drop(adoc, "drop:statement:after-story-end", start, end, (start, end)))
        if words & force_words:
            drops.append(make_drop(adoc, "drop:movement:after-story-end", start, end, (start, end)))
    return drops


def markdown() -> str:
    """The README table of the drop rules."""
    lines = ["| rule | kind | reason |", "|---|---|---|"]
    lines += [f"| `{rule.id}` | {rule.kind} | {rule.reason} |" for rule in DROP_RULES]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
