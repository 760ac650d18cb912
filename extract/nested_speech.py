"""Speech reported inside someone's own words: "“Lavrov told me that ...,” Blinken said", or "I told President
Putin that ..." in a president's remarks or a transcript turn.

The statement rules read no speech verb inside quote marks (a quote is its speaker's words) and resolve "I"
and "we" to nobody. GUIDELINES (Transcripts): inside a turn, reported speech of others is an extra row for
them, as in news; and what the outer speaker says they told someone before ("I told him that", "we told the
Russians that", "as I said in the autumn") is an extra row of theirs. So, inside every outer row (a direct quote
of `MIN_WORDS` or more, a turn paragraph), a speech verb whose subject is a name gives a row for that name
when quote marks hide it from the other rules (`nested:quote`), and one whose subject is "I" or "we" gives a
row for the outer speaker when it reports their words on an earlier occasion (`nested:first-person`): past or
perfect and with a clause, not pointing back into the same text ("as I noted earlier", `lexicon/back_references.csv`),
and a plain "I said" only with an addressee or an earlier date. A present "let me say" is the outer words
themselves, "I ordered forces to Poland" a deed, and so is a verb flagged `deed` in `lexicon/speech_verbs.csv`
("we showed them that", "I have always believed that"). The verb must have its own subject (not one lent by a
verb it is coordinated with: "is using force ... and deny Ukraine its path") and no future tense; what is said
is beside the cue (four words or more for "I"/"we") and no bare infinitive ("continues to be", "as I said, to leave"), save
after a verb of asking, urging or promising.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clause_facts import facts_of
from .content import content_of
from .date_attachment import date_of
from .document import ArticleDoc
from .records import Statement
from .speakers import NEUTER_PRONOUNS, PLURAL_PRONOUNS, PRONOUNS, SpeakerContext
from .speaker_record import Speaker
from .lexicon import DOCUMENT_NOUNS
from .speech import Cue, addressee_tokens, make_statement
from .triggers import triggers_in
from .vocabulary import flagged, forms

MIN_WORDS = 6  # an outer quote shorter than this holds no clause with a speech verb of its own
FIRST_PERSON = {"i", "we"}
_OTHER_PRONOUNS = set(PRONOUNS) | PLURAL_PRONOUNS | NEUTER_PRONOUNS | {"you"}
_DEEDS = flagged("speech_verbs", "deed")
_BACK = forms("back_references")
MIN_CONTENT_WORDS = 4
_CLAUSE_RULES = ("reported:clause", "reported:colon", "reported:parenthetical", "reported:inverted", "reported:as-said")
_INFINITIVE_ACTS = ("urge", "ask", "demand", "promise", "propose", "threaten", "agree", "reject")


def nested_rows(adoc: ArticleDoc, ctx: SpeakerContext, rows: list[Statement]) -> list[Statement]:
    """The rows of speech reported inside the outer rows of `rows` that no row of `rows` holds yet."""
    from .statements import StatementExtractor

    reader = StatementExtractor(adoc, ctx)
    taken = [(r.cue_start, r.cue_end) for r in rows if r.cue_start is not None]
    found: list[Statement] = []
    for outer in rows:
        if outer.kind != "direct_quote" or outer.speaker_type == "anonymous" or \
                len(outer.text.split()) < MIN_WORDS:
            continue
        for sent in adoc.sentences:
            if sent.end_char <= outer.content_start or sent.start_char >= outer.content_end:
                continue
            for trigger in triggers_in(sent, "cue:"):
                token = trigger[0]
                if any(a <= token.idx < b for a, b in taken) or not outer.content_start <= token.idx < outer.content_end:
                    continue
                row = _inner_row(adoc, reader, outer, token, sent)
                if row is not None:
                    taken.append((row.cue_start, row.cue_end))
                    found.append(row)
    return found


def _inner_row(adoc: ArticleDoc, reader, outer: Statement, token: Token, sent) -> Statement | None:
    """The row of one speech verb inside `outer`, or None when it gives none."""
    cue = reader.inner_cue(token)
    if cue is None or cue.subject is None or cue.subject.head.i != token.i:
        return None  # no subject of its own: "is using force ... and deny Ukraine its path"
    if token.lower_ in _DEEDS and cue.subject.lower_ not in DOCUMENT_NOUNS:
        return None  # "we showed them that", "I have always believed that"; but "a report showed"
    if facts_of(token).tense == "future":
        return None  # "the ministry will announce new measures": not said yet
    speakers = _inner_speakers(adoc, reader, outer, cue)
    content = content_of(token, adoc) if speakers else None
    if content is None or not _said(adoc, cue, content):
        return None
    date = date_of(token, adoc.article.published)
    first = cue.subject.lower_ in FIRST_PERSON
    if first and not _earlier_words(cue, content, date, adoc):
        return None
    if date.precision in ("published", "none"):
        date = outer.date
    return make_statement(adoc, kind="reported_speech", act=cue.act, speaker=speakers[0], cue=cue,
                          content=content.span, sent=sent, date=date,
                          method="nested:first-person" if first else "nested:quote",
                          addressees=reader._addressees(cue, speakers[0]))


def _said(adoc: ArticleDoc, cue: Cue, content) -> bool:
    """Is the content what was said: a span beside the cue (not around it), not a bare infinitive ("continues
    to be"), save after a verb of asking, urging or promising?"""
    start, end = content.span
    if start <= cue.token.idx < end:
        return False
    return cue.act in _INFINITIVE_ACTS or not adoc.text[start:end].lower().startswith("to ")


def _earlier_words(cue: Cue, content, date, adoc: ArticleDoc) -> bool:
    """Does a first-person verb report the outer speaker's words on an earlier occasion? Past or perfect, with a
    clause (not "I ordered forces to Poland"), not pointing back into the same text ("as I noted earlier", "I just
    said"); a plain "I said" only with an addressee ("I told him", "I said to them") or an earlier date of its own
    ("as I said in the spring", not one of the clause it reports): without them it is most often the same
    briefing's words again."""
    facts, published = facts_of(cue.token), adoc.article.published
    if (facts.tense != "past" and facts.aspect != "perfect") or content.rule not in _CLAUSE_RULES:
        return False  # "let me say", "I want to be clear": the outer words themselves
    if len(adoc.text[content.start:content.end].split()) < MIN_CONTENT_WORDS:
        return False  # "as I have always promised I would be"
    if any(c.dep_ == "advmod" and c.lower_ in _BACK for c in cue.token.children):
        return False
    if cue.subject.lower_ != "i" or cue.act != "say":
        return True  # "we had told them that", "I warned", "I promised"
    told = addressee_tokens(cue.token) or any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.token.children)
    dated = any(t.ent_type_ == "DATE" and not content.start <= t.idx < content.end for t in cue.token.subtree)
    return bool(told) or (dated and date.precision not in ("published", "none") and date.start is not None
                          and published is not None and date.start < published)


def _inner_speakers(adoc: ArticleDoc, reader, outer: Statement, cue: Cue) -> list[Speaker]:
    """Who said it: the outer speaker for "I"/"we"; a named subject inside quote marks; else nobody."""
    subject = cue.subject
    if subject.lower_ in FIRST_PERSON:
        return [Speaker(outer.speaker, outer.speaker_type, outer.speaker_country, outer.speaker_role, None,
                        subject.text, subject.idx, subject.idx + len(subject.text))]
    if subject.lower_ in _OTHER_PRONOUNS or not adoc.in_quote(cue.token.idx):
        return []  # outside quote marks the statement rules read it; a pronoun inside a quote is the quoted's
    found = reader._speakers(cue)
    return found if found and found[0].name != outer.speaker else []
