"""News date resolution: find date phrases in a sentence and resolve them against the publication date.

Resolution follows how a news reader (and HeidelTime's news rules) reads a date: a weekday in
the past tense is the most recent such day on or before publication, in the future tense the
next one on or after it. dateparser's relative logic is not used (see STYLE.md): a small regex
grammar plus `datetime` arithmetic does the work. The rules are documented in docs/dates.md.

The family, one job a module (this module gathers their public names):

- `date_grammar`: the words and regex pieces of date phrases, `Rule` and `MatchContext`;
- `date_periods`: calendar arithmetic on periods;
- `date_readings`: how each rule reads its match into a period;
- `date_rules`: the rules in the order they are tried, `resolve` and `is_anaphoric`;
- `date_phrases`: `find_dates`, the date phrases of a parsed sentence;
- `clause_facts` (shared with the other rules): `tense_of` a verb or of the verb governing a noun;
- `date_attachment`: `date_of` and `clause_date`, the phrase that dates a statement or an event;
- `date_survey`: `python -m extract.dates --sample N`, the rules measured on a corpus.
"""
from __future__ import annotations

from .date_attachment import clause_date, date_of
from .date_grammar import PRECISIONS, TENSES
from .date_phrases import DateMention, find_dates
from .date_rules import is_anaphoric, resolve
from .clause_facts import tense_of

__all__ = ["DateMention", "find_dates", "tense_of", "resolve", "date_of", "TENSES", "PRECISIONS",
           "clause_date", "is_anaphoric"]

if __name__ == "__main__":
    from .date_survey import main

    main()
