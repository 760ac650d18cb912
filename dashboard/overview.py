"""The Overview's figures: headline counts, the latest developments and where the data comes from."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from extract.corpus import ships_text
from extract.happenings.events import SPEECH_LABEL
from extract.schema import EVENT_KINDS, STATEMENT_KINDS

from .colors import KIND_LABELS
from .counts import counted
from .data import TableFile, Tables, date_span, safe_links
from .escape import html_text
from .html_table import HtmlColumn

Window = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Headline:
    """The counts at the top of the Overview."""

    articles: int
    statements: int
    speakers: int
    movements: int
    troops_reported: int
    first: dt.date | None
    last: dt.date | None


def clip_span(span: Window | None, window: Window | None) -> Window | None:
    """`span` cut to `window` (the data's crisis months): a stray "1940" never reaches the headline."""
    if span is None or window is None:
        return span
    first, last = max(span[0], window[0]), min(span[1], window[1])
    return (first, last) if first <= last else None


def headline(tables: Tables, window: Window | None = None) -> Headline:
    """Counts of the (filtered) tables; `articles` counts articles that contribute a shown row; the date span
    is cut to `window`."""
    ids = set(tables.statements["article_id"].dropna()) | set(tables.movements["article_id"].dropna())
    span = clip_span(date_span(tables), window)
    return Headline(
        articles=len(ids),
        statements=len(tables.statements),
        speakers=int(tables.statements["speaker"].dropna().nunique()),
        movements=len(tables.movements),
        troops_reported=int(tables.movements["troops"].notna().sum()),
        first=span[0] if span else None,
        last=span[1] if span else None,
    )


def span_text(first: dt.date | None, last: dt.date | None) -> str:
    """The date span in the headline: "Oct 2021 – Mar 2022", "Jan – Mar 2022", "Feb 2022", or "—"."""
    if first is None or last is None:
        return "—"
    if (first.year, first.month) == (last.year, last.month):
        return f"{last:%b %Y}"
    return f"{first:%b} – {last:%b %Y}" if first.year == last.year else f"{first:%b %Y} – {last:%b %Y}"


HEADLINE_STYLE = "display:flex;flex-wrap:wrap;gap:0.75rem 2.5rem;margin:0.25rem 0 0.5rem 0;"
FIGURE_LABEL_STYLE = "font-size:0.875rem;opacity:0.8;"
FIGURE_VALUE_STYLE = "font-size:2.25rem;line-height:1.25;white-space:nowrap;"


def headline_figures(h: Headline) -> list[tuple[str, str, str]]:
    """The Overview's five headline figures as (label, value, explanation)."""
    return [
        ("Articles", f"{h.articles:,}", "Articles that contribute a row shown under the current filters"),
        ("Statements", f"{h.statements:,}", "Quotes, reported statements and the calls, meetings, talks and visits they report"),
        ("Speakers", f"{h.speakers:,}", "People, states and organisations quoted or reported"),
        ("Troop movements", f"{h.movements:,}", f"{h.troops_reported:,} of them give a number of troops"),
        ("Date span", span_text(h.first, h.last), f"{h.first:%d %B %Y} to {h.last:%d %B %Y}" if h.first and h.last else ""),
    ]


def headline_html(h: Headline) -> str:
    """The headline figures as static HTML (`st.html`): a first visit then loads no metric widget code (its
    chunks, about 0.1 s, held the Overview back); the explanation is each figure's tooltip. Values never wrap."""
    figures = "".join(
        f'<div data-testid="uctFigure" title="{html_text(tip)}"><div style="{FIGURE_LABEL_STYLE}">{html_text(label)}</div>'
        f'<div class="uct-figure-value" style="{FIGURE_VALUE_STYLE}">{html_text(value)}</div></div>'
        for label, value, tip in headline_figures(h))
    return f'<div role="group" aria-label="Headline figures" style="{HEADLINE_STYLE}">{figures}</div>'


def loaded_text(folder: str, files: list[TableFile], added: Tables | None) -> str:
    """What data is loaded, as plain text: the data folder's name (never its path on the server), each table
    file with its rows, and the rows this browser session added."""
    lines = [f"Data folder: {folder}"]
    lines += [f"• {file.table}: {counted(file.rows, 'row') if file.rows >= 0 else 'unreadable'}, built {file.modified:%Y-%m-%d %H:%M}"
              for file in files] or ["• no table files found"]
    if added is not None and not added.articles.empty:
        lines.append(f"• plus {counted(len(added.articles), 'article')} you added in this browser session "
                     f"({counted(len(added.statements), 'statement')}, {counted(len(added.movements), 'movement')}; not saved)")
    return "\n".join(lines)


def latest(tables: Tables, n: int = 8) -> pd.DataFrame:
    """The `n` most recent statements and movements (by date, then by the order in the tables)."""
    s = tables.statements
    m = tables.movements
    parts = []
    if not s.empty:
        parts.append(pd.DataFrame({"date": s["date"], "who": s["speaker"], "kind": s["kind"].map(KIND_LABELS).fillna(s["kind"]),
                                   "what": s["text"], "future": s["is_future"], "article_id": s["article_id"]}))
    if not m.empty:
        what = (m["status"].fillna("").str.replace("_", " ") + ": " + m["troops_text"].fillna("") + " " + m["force"].fillna("")
                + " → " + m["destination_places"].map(lambda v: ", ".join(v)).fillna(""))
        parts.append(pd.DataFrame({"date": m["date"], "who": m["actor_name"].fillna(m["actor"]), "kind": "Troop movement",
                                   "what": what.str.replace(r"\s+", " ", regex=True).str.strip(" →:"), "future": m["is_future"],
                                   "article_id": m["article_id"]}))
    if not parts:
        return pd.DataFrame(columns=["date", "who", "kind", "what", "future", "title", "url"])
    rows = pd.concat(parts, ignore_index=True)
    rows = rows[rows["date"].notna()].sort_values("date", ascending=False, kind="stable").head(n)
    arts = tables.articles[["article_id", "title", "url"]].drop_duplicates("article_id")
    return rows.merge(arts.assign(url=safe_links(arts["url"])), on="article_id", how="left").drop(columns="article_id").reset_index(drop=True)


def licence_text(label: object) -> str:
    """How a licence reads in the sources table: a party's own text under its licence, news as "rows only"."""
    label = "" if pd.isna(label) else str(label)
    if ships_text(label):
        return label
    return "rows only" if label else "rows only (own input)"


def sources(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per publisher or outlet and licence, with the date range of their publication."""
    if articles.empty:
        return pd.DataFrame(columns=["source", "licence", "articles", "first published", "last published"])
    frame = articles.assign(source=articles["source"].fillna("").replace("", "(unknown)"),
                            licence=articles["licence"].map(licence_text))
    table = frame.groupby(["source", "licence"]).agg(articles=("article_id", "size"), first=("published", "min"),
                                                      last=("published", "max"))
    table = table.sort_values("articles", ascending=False, kind="stable").reset_index()
    return table.rename(columns={"first": "first published", "last": "last published"})


LATEST_COLUMNS = ["date", "what", "kind", "reports", "outlets", "title", "url"]
LATEST_HTML = [  # how the Overview shows its tables (`html_table.html_table`)
    HtmlColumn("date", "Date", "date"), HtmlColumn("what", "What"), HtmlColumn("kind", "Kind"),
    HtmlColumn("reports", "Reports", "number"), HtmlColumn("outlets", "Outlets", "number"),
    HtmlColumn("title", "Best source"), HtmlColumn("url", "Link", "link")]
TROOPS_HTML = [HtmlColumn("actor", "Actor"), HtmlColumn("in place", "In place"), HtmlColumn("intended", "Intended"),
               HtmlColumn("withdrawn", "Withdrawn")]
SOURCES_HTML = [HtmlColumn("source", "Source"), HtmlColumn("licence", "Licence"), HtmlColumn("articles", "Articles", "number"),
                HtmlColumn("first published", "First published", "date"),
                HtmlColumn("last published", "Last published", "date")]


SPEECH_KINDS = tuple(kind for kind in STATEMENT_KINDS if kind not in EVENT_KINDS)  # quotes and reported speech


def _what(marks: pd.DataFrame, events: pd.DataFrame, limit: int = 160) -> pd.Series:
    """Each happening's label; a speech act's with what was said (its best report's words), not only who spoke."""
    known = events.drop_duplicates("event_id").set_index("event_id")
    said = known["best_text"].reindex(marks["event"]).astype("string").to_numpy() if "best_text" in known else None
    out = []
    for i, label in enumerate(marks["label"].astype(str)):
        text = said[i] if said is not None else None
        if label.startswith(SPEECH_LABEL) and isinstance(text, str) and text.strip():
            text = " ".join(text.split())
            label = f"{label[len(SPEECH_LABEL):]}: {text if len(text) <= limit else text[:limit - 1] + '…'}"
        out.append(label)
    return pd.Series(out, index=marks.index, dtype="string")


def _party_key(parties: object, label: object) -> str:
    names = [str(p) for p in parties] if isinstance(parties, (list, tuple)) else []
    return " · ".join(sorted(names)) if names else str(label)


def latest_events(tables: Tables, window: Window | None, n: int = 10, *, per_party: int = 2,
                  marks: pd.DataFrame | None = None) -> pd.DataFrame:
    """The `n` latest happenings of `tables` by the day they took place, within `window` (never a stray or
    scheduled "2030"), each with its number of reports and outlets and its best source; at most `per_party` of
    the same parties (one speaker's ten remarks of a day would fill the list), and a remark only when two reports
    tell of it (unless fewer than `n` happenings remain). `marks`: the happenings
    (`events.event_marks`) when the caller has them, as the timeline does (they are shared with it)."""
    if marks is None:
        from .events import event_marks
        from .timeline import timeline_rows

        marks = event_marks(timeline_rows(tables), tables.events)
    if window and not marks.empty:
        marks = marks[marks["date"].between(pd.Timestamp(window[0]), pd.Timestamp(window[1]))]
    if marks.empty:
        return pd.DataFrame(columns=LATEST_COLUMNS)
    heard = ~marks["kind"].isin(SPEECH_KINDS) | (marks["n_reports"] >= 2)
    if heard.sum() >= n:  # a remark reported once is not yet a development (the seed alone has no other)
        marks = marks[heard]
    marks = marks.sort_values(["date", "n_reports"], ascending=False, kind="stable")
    party = pd.Series([_party_key(p, label) for p, label in zip(marks["parties"], marks["label"])], index=marks.index)
    marks = marks[party.groupby(party, sort=False).cumcount() < per_party].head(n)
    return pd.DataFrame({
        "date": marks["date"], "what": _what(marks, tables.events), "kind": marks["kind"].map(KIND_LABELS).fillna(marks["kind"]),
        "reports": marks["n_reports"].astype(int), "outlets": marks["n_outlets"].astype(int), "title": marks["title"],
        "url": safe_links(marks["url"].astype("string")),
    }).reset_index(drop=True)


@dataclass
class OverviewParts:
    """Everything the Overview draws, computed once per data and filters (small: cached per filters)."""

    headline: Headline
    latest: pd.DataFrame
    troops: pd.DataFrame | None  # troops by actor and status as of `troops_end`; None without dated movements
    troops_end: dt.date | None
    sources: pd.DataFrame
    no_data: bool  # nothing is loaded at all
    empty: bool  # nothing matches the filters


def overview_parts(tables: Tables, view: Tables, end: dt.date | None, window: Window | None = None, *,
                   main: Sequence[str] | None = None, marks: pd.DataFrame | None = None) -> OverviewParts:
    """The Overview of `view` (the filtered `tables`); dates within `window` (the data's crisis months); troops
    are counted up to `end` (else the last date), of the `main` actors only when given (as on the map: a lone
    "Finland: 1" is noise); `marks`: the view's happenings when the caller has them (`latest_events`)."""
    from .geo import hold_back, situation, troops_by_actor

    h = headline(view, window)
    as_of = end or h.last
    troops = None
    if as_of:
        deployments = situation(view.movements, as_of)
        troops = troops_by_actor(hold_back(deployments, main)[0] if main is not None else deployments)
    return OverviewParts(h, latest_events(view, window, marks=marks), troops, as_of, sources(tables.articles),
                         tables.empty, view.empty)
