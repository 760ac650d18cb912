"""The one documented schema of every output table, and the one place records become DataFrames.

`python -m extract.schema` prints the Markdown tables that the README's "Output schema" section
carries; `tests/extract/test_schema.py` fails when the two drift apart.
This module imports only pandas, so the dashboard can use it without loading spaCy.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable, NamedTuple

import pandas as pd


class Column(NamedTuple):
    name: str
    dtype: str  # pandas dtype: "string", "Int64", "Float64", "boolean", "datetime64[s]", "list"
    doc: str


DATE_PRECISIONS = ("day", "week", "month", "year", "published", "none")
STATEMENT_KINDS = ("direct_quote", "reported_speech", "call", "meeting", "talks", "visit")
EVENT_KINDS = ("call", "meeting", "talks", "visit")
READOUT_TITLE_METHOD = "event:readout-title"  # the `method` of the event a readout's title names (readout_titles)
READOUT_OWN_METHOD = "event:readout-own"  # the `method` of the call or meeting a readout's opening reports (readout_events)
READOUT_METHODS = (READOUT_TITLE_METHOD, READOUT_OWN_METHOD)  # rows a government dates by its release: day-exact
SPEAKER_TYPES = ("person", "state", "organisation")
ANONYMOUS = "anonymous"  # speaker and speaker_type of a statement whose source is no known actor ("experts say")
MOVEMENT_STATUSES = ("deployed", "stationed", "announced", "planned", "on_alert", "arrived", "withdrawn")
PLACE_PRECISIONS = ("city", "region", "country", "border", "none")

_DATE_COLUMNS = [
    Column("date", "datetime64[s]", "First day the row refers to, resolved against the publication date; empty when it cannot be resolved."),
    Column("date_end", "datetime64[s]", "Last day of the period (equals `date` for a single day; later for week/month/year spans)."),
    Column("date_precision", "string", "How exact `date` is: day, week, month, year, `published` (no date phrase: the publication date was used) or `none` (no usable date)."),
    Column("date_text", "string", "The raw date phrase the date was read from (e.g. `Thursday evening`), empty when there was none."),
]
_SENTENCE_COLUMNS = [
    Column("sentence", "string", "The sentence the row comes from, exactly as in the article text."),
    Column("sentence_start", "Int64", "Character offset of `sentence` in the article text."),
    Column("sentence_end", "Int64", "End offset (exclusive) of `sentence`: `text[sentence_start:sentence_end] == sentence`."),
    Column("paragraph_start", "Int64", "Offset of the paragraph that holds the sentence (for showing it in context)."),
    Column("paragraph_end", "Int64", "End offset (exclusive) of that paragraph."),
]

_HAPPENING_COLUMNS = [
    Column("event_id", "string", "The happening this row reports (see `events`): rows of any article that report the same call, meeting, talks, visit, speech act or deployment share it (`extract.happenings`)."),
    Column("date_outlier", "boolean", "True when `date` lies more than 60 days outside the data's window (the 1st–99th percentile of the articles' publication dates), or a row that is not future is dated more than a day after its own publication (`extract.happenings.window`): the dashboard hides such rows unless asked."),
]

ARTICLE_COLUMNS = [
    Column("article_id", "string", "Stable id: the input's `id`, or a hash of the text when it has none."),
    Column("title", "string", "Headline, from front matter, a manifest, the HTML page or the batch row."),
    Column("published", "datetime64[s]", "Publication date; empty when the input gave none (its rows are then flagged with `date_precision` = `none`)."),
    Column("url", "string", "Link to the original article, when known."),
    Column("source", "string", "Outlet or publisher, when known."),
    Column("origin", "string", "The input it was read from: a file path, `file:line` for batches, or `api`."),
    Column("licence", "string", "Licence of the source's text (`extract.corpus`): `US government work (public domain) · The White House, whitehouse.gov`, `CC BY 4.0 · President of Russia, en.kremlin.ru`, `CC BY 4.0 · President of Ukraine, president.gov.ua`, or `publisher's copyright: rows only`; empty for one's own inputs."),
    Column("n_chars", "Int64", "Length of the article text in characters."),
    Column("n_words", "Int64", "Number of words (spaCy tokens that are not spaces or punctuation)."),
    Column("body_end", "Int64", "Offset where the story ends and page furniture (author box, teasers) begins; rows after it are dropped."),
    Column("n_statements", "Int64", "Number of rows this article contributes to `statements`."),
    Column("n_movements", "Int64", "Number of rows this article contributes to `movements`."),
    Column("content_hash", "string", "Hash of the text, the date and the extractor (its code and tables): an unchanged article is not extracted again."),
]

STATEMENT_COLUMNS = [
    Column("statement_id", "string", "Unique row id: `<article_id>:s<n>`."),
    Column("article_id", "string", "The article the row comes from (see `articles`)."),
    *_DATE_COLUMNS,
    Column("speaker", "string", "Canonical name of who spoke or took part: a person (`Emmanuel Macron`), a state (`Russia`) or an organisation (`NATO`)."),
    Column("speaker_type", "string", "person, state or organisation; `anonymous` for a source that is no known actor (\"experts say\", \"a resident said\"), whose `speaker` is then `anonymous` and `speaker_country` empty."),
    Column("speaker_country", "string", "ISO 3166 alpha-3 code of the speaker's state (or `NATO`, `EU`, `UN` for their officials); empty when unknown."),
    Column("speaker_role", "string", "Office of the speaker at the time (e.g. `foreign minister`), from the actor table or the article."),
    Column("speaker_mention", "string", "How the article names the speaker here (`he`, `the French president`, `Paris`)."),
    Column("speaker_start", "Int64", "Offset of `speaker_mention` in the article text; empty for a quote that inherits the previous speaker."),
    Column("speaker_end", "Int64", "End offset (exclusive) of `speaker_mention`."),
    Column("cue", "string", "The word(s) that mark the statement: `said`, `told reporters`, `according to`, `call`, `will meet`."),
    Column("cue_start", "Int64", "Offset of `cue` in the article text (empty for a floating quote)."),
    Column("cue_end", "Int64", "End offset (exclusive) of `cue`."),
    Column("kind", "string", "direct_quote, reported_speech, or a communication event: call, meeting, talks, visit."),
    Column("act", "string", "Speech act read from the cue: say, warn, deny, accuse, announce, agree, threaten, demand, propose, urge, ask, promise, confirm, reject, criticise, call, meet, talk, visit."),
    Column("text", "string", "What was said (the quote or the reported clause) or, for events, the phrase describing the event."),
    Column("content_start", "Int64", "Offset of `text` in the article text."),
    Column("content_end", "Int64", "End offset (exclusive) of `text`: `article[content_start:content_end] == text`."),
    Column("addressees", "list", "Who was spoken to or met (canonical names), e.g. the other side of a call."),
    Column("addressee_countries", "list", "ISO3 codes (or NATO/EU/UN) of the addressees, where known."),
    Column("co_speakers", "list", "Other speakers of a joint statement (`Macron and Biden agreed ...` gives one row per speaker)."),
    Column("place", "string", "Where an event takes place (e.g. `Bucharest`), when the sentence says."),
    Column("place_country", "string", "ISO3 code of `place`."),
    Column("is_future", "boolean", "True for scheduled or expected events and statements (`will meet on Thursday`)."),
    Column("method", "string", "The id of the rule that found the row (`family:rule`): quote:cue, quote:dash, quote:dash-led (a quote opened by a dash, its cue after the closing dash), quote:turn-label, quote:continued, quote:floating; reported:clause, reported:colon, reported:phrasal, reported:infinitive, reported:object, reported:prep-object, reported:parenthetical, reported:inverted, reported:as-said ('As the minister said, [X]'), reported:according-to ('according to X', 'in his words'), reported:made-clear (made it clear / was clear that); noun:owner, noun:light-verb; headline:name-colon; readout:verb (in a government's own text: discussed, informed X about, spoke about, dwelt on ...), readout:agentless (every participant: 'It was agreed to ...'), readout:made-clear, readout:stated-by ('This was stated by X': the sentence before), readout:topic-line (every participant: a verbless line after 'The parties discussed:'); turn:paragraph (a paragraph of a transcript turn or a prepared text, said by its speaker); nested:quote (a named speaker's words reported inside another's quote), nested:first-person ('I told him that ...' inside a quote or turn: the outer speaker's earlier words); event:verb, event:noun, event:readout-title (the call or meeting an official readout's title names, when its text does not: anchored on its first sentence, dated by the release), event:readout-own (the call or meeting an official readout's opening reports: its principal first, the mode its title gives)."),
    *_SENTENCE_COLUMNS,
    *_HAPPENING_COLUMNS,
]

MOVEMENT_COLUMNS = [
    Column("movement_id", "string", "Unique row id: `<article_id>:m<n>`."),
    Column("article_id", "string", "The article the row comes from (see `articles`)."),
    *_DATE_COLUMNS,
    Column("actor", "string", "Whose forces: ISO3 code of the state, or `NATO`, `EU`, `UN`, `CSTO`; empty when the sentence does not say."),
    Column("actor_name", "string", "Readable name of `actor` (`Russia`, `United States`, `NATO`)."),
    Column("troops", "Int64", "Number of personnel, when the sentence gives a usable number; empty for `tens of thousands`, unit counts or absurd numbers."),
    Column("troops_qualifier", "string", "exact, about, nearly, more than, up to, at least, fewer than, range, or empty when there is no number."),
    Column("troops_text", "string", "The number phrase as written (`more than 100,000`, `tens of thousands`, `two battalions`)."),
    Column("units", "Int64", "Number of units when the force is counted in units (`two battalions` gives 2)."),
    Column("force", "string", "The force noun: troops, soldiers, forces, battalion, battlegroup, brigade, ..."),
    Column("origin", "string", "Where the forces come from, when the sentence says (ISO3 code or place name)."),
    Column("origin_lat", "Float64", "Latitude of `origin` (empty when unknown)."),
    Column("origin_lon", "Float64", "Longitude of `origin`."),
    Column("destinations", "list", "ISO3 codes of the countries the forces are in or go to."),
    Column("destination_places", "list", "Named places below country level (cities, regions, seas) in the sentence's destinations."),
    Column("lat", "Float64", "Latitude of the most specific destination place (a city before a region before a country)."),
    Column("lon", "Float64", "Longitude of the most specific destination place."),
    Column("place_precision", "string", "What `lat`/`lon` stand for: city, region, country, border (`on the Ukrainian border`), or none."),
    Column("status", "string", "deployed, stationed, announced, planned, on_alert, arrived or withdrawn (see the README)."),
    Column("is_future", "boolean", "True when the movement is yet to happen (`will send`, `could involve`)."),
    Column("cue", "string", "The verb or noun that states the movement (`deployed`, `send`, `on heightened alert`)."),
    Column("method", "string", "The id of the rule that read the movement's status: `movement:<class>` for the predicate's class (send, mass, static, arrive, decide, transit, boost, withdraw), `movement:<class>-planned` under a plan, movement:already-there, movement:over-years (a movement repeated for years: stationed), movement:seen-moving (a motion a verb of seeing reports: deployed), movement:not-withdrawn (forces a state will not pull out of a place: stationed there), movement:alert-phrase, movement:alert-verb, movement:advance-noun, movement:arrival-to-come, movement:leaving-home."),
    Column("n_mentions", "Int64", "How many sentences of the article report this movement (1 or more): a restatement of the same actor, troop number, status family and places is a mention of this row, not a row of its own."),
    Column("mentions", "list", "Every mention's sentence span as `start:end` offsets into the article text, in text order; the first is this row's `sentence_start:sentence_end`."),
    *_SENTENCE_COLUMNS[:3],
    Column("char_start", "Int64", "Offset of the movement phrase (from the first to the last of actor, number, force, verb and places in the sentence)."),
    Column("char_end", "Int64", "End offset (exclusive) of the movement phrase."),
    *_SENTENCE_COLUMNS[3:],
    *_HAPPENING_COLUMNS,
]

DROP_COLUMNS = [
    Column("drop_id", "string", "Unique row id: `<article_id>:d<n>`."),
    Column("article_id", "string", "The article the dropped candidate comes from (see `articles`)."),
    Column("rule", "string", "The id of the rule that dropped it (`drop:<kind>:<name>`; every id is listed under \"Drop rules\")."),
    Column("kind", "string", "What the candidate would have become: statement or movement."),
    Column("reason", "string", "The rule's one-line reason, from the registry (`extract.drops.DROP_RULES`)."),
    Column("text", "string", "The candidate: a quote, a cue with its content, an event word, a force noun, or a furniture sentence or paragraph."),
    Column("char_start", "Int64", "Offset of `text` in the article text."),
    Column("char_end", "Int64", "End offset (exclusive) of `text`: `article[char_start:char_end] == text`."),
    *_SENTENCE_COLUMNS[:3],
]

EVENT_KINDS_ALL = (*EVENT_KINDS, "statement", "movement")
EVENT_COLUMNS = [
    Column("event_id", "string", "Stable id of the happening (`ev-` and 12 hex digits); the rows that report it carry it in their `event_id`."),
    Column("kind", "string", "call, meeting, talks, visit (a communication event), statement (one speech act) or movement (one deployment)."),
    Column("label", "string", "A short readable title, e.g. `Call: Joe Biden – Vladimir Putin` or `Russia: 100,000 troops deployed near Ukraine`."),
    Column("date", "datetime64[s]", "Day the happening took place: the date most of its reports give (the best source's on a tie)."),
    Column("date_end", "datetime64[s]", "Last day of the happening (later than `date` for talks over several days or a period)."),
    Column("date_precision", "string", "How exact `date` is (as in the row tables)."),
    Column("dates_reported", "list", "Every distinct day its reports give, as `YYYY-MM-DD: n` (n reports), most reported first: disagreements stay visible."),
    Column("parties", "list", "Canonical names of who took part: the speakers, addressees and co-speakers of a communication event, the speaker of a statement, the actor of a movement."),
    Column("countries", "list", "ISO3 codes (or NATO/EU/UN) of the parties."),
    Column("people", "list", "The parties that are persons."),
    Column("place", "string", "Where it happened, when a report says (the most reported place)."),
    Column("place_country", "string", "ISO3 code of `place`."),
    Column("n_reports", "Int64", "Number of rows (statements or movements) that report it."),
    Column("n_articles", "Int64", "Number of articles that report it."),
    Column("n_outlets", "Int64", "Number of distinct outlets or publishers among those articles."),
    Column("first_published", "datetime64[s]", "Publication date of the first article that reported it."),
    Column("first_article_id", "string", "That article (see `articles`)."),
    Column("best_row_id", "string", "`statement_id` or `movement_id` of the best report: a party's own text before a news report, then the most complete row."),
    Column("best_text", "string", "The best report's `text` (statements) or `sentence` (movements)."),
    Column("is_future", "boolean", "True when every report speaks of it as still to come."),
    Column("actor", "string", "For a movement: whose forces (ISO3, NATO, EU, UN, CSTO)."),
    Column("destinations", "list", "For a movement: ISO3 codes of where the forces are or go."),
    Column("status", "string", "For a movement: its status (as in `movements`), the best report's."),
    Column("troops_min", "Int64", "For a movement: the smallest troop number reported; empty when no report gives one."),
    Column("troops_median", "Float64", "For a movement: the median of the troop numbers reported."),
    Column("troops_max", "Int64", "For a movement: the largest troop number reported."),
    Column("lat", "Float64", "For a movement: latitude of its most reported destination point."),
    Column("lon", "Float64", "For a movement: longitude of that point."),
    Column("date_outlier", "boolean", "True when `date` lies more than 60 days outside the data's window, or every report of it is a date outlier (see the row tables)."),
]

TEXT_COLUMNS = [
    Column("article_id", "string", "The article (see `articles`); only articles whose `licence` lets their text ship have a row."),
    Column("text", "string", "The article's full text, exactly as extracted: every offset of the other tables indexes into it."),
]

TABLES: dict[str, list[Column]] = {
    "articles": ARTICLE_COLUMNS,
    "statements": STATEMENT_COLUMNS,
    "movements": MOVEMENT_COLUMNS,
    "drops": DROP_COLUMNS,
    "events": EVENT_COLUMNS,
    "texts": TEXT_COLUMNS,
}
EXTRACTED_TABLES = ("articles", "statements", "movements", "drops")  # made article by article; the others from them
ROW_TABLES = ("articles", "statements", "movements", "events")  # the tables the dashboard shows; `drops` is for evaluation


def column_names(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def _flatten(record) -> dict:
    """A record as a flat dict: its `date: DateInfo` becomes the four date columns."""
    row = dict(record) if isinstance(record, dict) else dataclasses.asdict(record)
    info = row.pop("date", None)
    if isinstance(info, dict):
        row.update(date=info["start"], date_end=info["end"], date_precision=info["precision"], date_text=info["text"])
    elif info is not None:
        row["date"] = info
    return row


def empty_frame(table: str) -> pd.DataFrame:
    return to_frame([], table)


def to_frame(records: Iterable, table: str) -> pd.DataFrame:
    """Records (dataclasses or dicts) → a DataFrame with exactly the documented columns and dtypes."""
    columns = TABLES[table]
    rows = [_flatten(r) for r in records]
    frame = pd.DataFrame(rows, columns=[c.name for c in columns])
    return coerce(frame, table)


def coerce(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Give `frame` the documented columns, in order, with the documented dtypes."""
    out = {}
    n = len(frame)
    for col in TABLES[table]:
        values = frame[col.name] if col.name in frame.columns else pd.Series([None] * n, index=frame.index, dtype="object")
        if col.dtype == "list":
            out[col.name] = values.map(_as_list).astype("object")
        elif col.dtype.startswith("datetime64"):
            out[col.name] = pd.to_datetime(values, errors="coerce").astype(col.dtype)
        elif col.dtype == "boolean":
            out[col.name] = values.map(_as_bool, na_action="ignore").astype("boolean")
        elif col.dtype in ("Int64", "Float64"):
            out[col.name] = pd.to_numeric(values, errors="coerce").astype(col.dtype)
        else:  # an empty string and a missing value are the same thing (CSV cannot tell them apart)
            text = values.astype("string")
            out[col.name] = text.mask(text == "")
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def _as_bool(value):
    """True/False from booleans, numbers or the strings a CSV round trip leaves ("True", "false", "1")."""
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("true", "1", "yes"):
            return True
        if low in ("false", "0", "no"):
            return False
        return None
    return bool(value)


def _as_list(value) -> list[str]:
    if value is None or (isinstance(value, float) and value != value):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v) for v in value]


def read_table(path, table: str) -> pd.DataFrame:
    """Read a Parquet or CSV table written by `extract build`, back in the documented dtypes (a CSV's cells
    were escaped against spreadsheet formulas: `extract.spreadsheet`)."""
    from .spreadsheet import unescape_frame

    path = str(path)
    if path.endswith(".csv"):
        frame = unescape_frame(pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""]))
    else:
        frame = pd.read_parquet(path)
    return coerce(frame, table)


def markdown(table: str) -> str:
    """The README table documenting `table`."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for col in TABLES[table]:
        lines.append(f"| `{col.name}` | {col.dtype} | {col.doc} |")
    return "\n".join(lines)


def main() -> None:
    for table in TABLES:
        print(f"### `{table}`\n\n{markdown(table)}\n")


if __name__ == "__main__":
    main()
