"""Rule event:readout-title: the call or meeting an official readout's title names, when its text never names it.

A party's own site titles the readout of a call or meeting by the event itself ("Telephone conversation with the
President of X", "Talks with ...", "Readout of the President's Call with ..."), and its text often opens on what
was discussed ("The presidents exchanged views on ..."), with no event word of its own. GUIDELINES (Other genres):
the call or meeting itself is one event row, speaker = the title's first party (else the site's principal),
addressees = the others. The row is anchored on the text's first sentence and dated by the release, which a
party's site publishes the day of the event. The title's head words are lexicon data (`title_events`).

Not events: a title whose event words follow other words ("Remarks before a meeting with ...", "On 15 May, X will
hold talks with ...": a side event or a preview), a meeting with the principal's own officials or citizens (a
domestic meeting), a title naming fewer than two parties, and a text that names the event itself (its own row).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .document import ArticleDoc
from .lexicon import EVENT_ACTS
from .nested_events import abroad
from .records import DateInfo, Statement
from .schema import READOUT_TITLE_METHOD
from .readout_participants import principal_of, title_participants
from .speakers import SpeakerContext
from .speech import make_statement
from .vocabulary import family, flagged

IN_PERSON_KINDS = ("meeting", "talks", "visit")


@lru_cache(maxsize=1)
def _title_head() -> re.Pattern:
    """A title that opens with a title-event phrase (after an optional "Readout of NAME's"), followed by "with"."""
    phrases = sorted((re.escape(e.lemma) for e in family("title_events").values()), key=len, reverse=True)
    return re.compile(r"^\s*(?:readout\s+of\s+(?:[^\s]+\s+){0,8}?)?(?P<head>" + "|".join(phrases) + r")\s+with\s",
                      re.IGNORECASE)


def title_event(title: str) -> tuple[str, bool] | None:
    """(event kind, one event per person named) of a readout title that names its event, or None.

    >>> title_event("Telephone conversation with President of Finland Sauli Niinisto")
    ('call', False)
    >>> title_event("Remarks by the President before a meeting with the Task Force") is None
    True
    """
    found = _title_head().match(title or "")
    if found is None:
        return None
    head = re.sub(r"\s+", " ", found.group("head").lower())
    entry = family("title_events")[head]
    return entry.cls, head in flagged("title_events", "each")


def _named_by_text(rows: list[Statement], kind: str, names: set[str]) -> bool:
    """Does a held event row of the text, of the title's kind, already name every one of `names`? For a call, only
    a call counts (the text's talks or visit of the same leaders may be an earlier one); for talks or a meeting,
    any face-to-face kind."""
    kinds = {"call"} if kind == "call" else set(IN_PERSON_KINDS)
    return any(r.kind in kinds and not r.is_future and names <= {r.speaker, *r.addressees} for r in rows)


def title_event_rows(adoc: ArticleDoc, ctx: SpeakerContext, rows: list[Statement]) -> list[Statement]:
    """The event rows of an official readout's title (see the module docstring); [] for any other text."""
    article = adoc.article
    principal = principal_of(article)
    event = title_event(article.title)
    if principal is None or event is None or not adoc.sentences:
        return []
    kind, each = event
    parties = title_participants(adoc, ctx, principal)
    if len(parties) < 2 or not abroad(parties[0], parties):
        return []
    groups = [[parties[0], other] for other in parties[1:]] if each else [parties]
    sent = adoc.sentences[0]
    date = DateInfo(article.published, article.published, "published") if article.published else DateInfo(None, None, "none")
    start, end = adoc.sentence_bounds(sent)
    out: list[Statement] = []
    for group in groups:
        if _named_by_text(rows, kind, {p.name for p in group}):
            continue
        out.append(make_statement(adoc, kind=kind, act=EVENT_ACTS[kind], speaker=group[0], cue=None, content=(start, end),
                                  sent=sent, date=date, method=READOUT_TITLE_METHOD, addressees=group[1:]))
    return out
