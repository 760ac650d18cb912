"""Schema-valid synthetic tables (seeded) for tests and the 50,000-row performance run.

The rows look like the real ones (speakers, countries, kinds, places with coordinates, statuses)
but the sentences are made up; each sentence is its own paragraph (offsets start at 0).
`python -m dashboard.synthetic OUT_DIR --rows 50000` writes the four Parquet tables (with `events`).
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from extract.schema import STATEMENT_KINDS, coerce

from .synthetic_events import STRAY_AT, publish, stray_dates, with_events

START = dt.date(2021, 10, 1)
DAYS = 170  # up to mid-March 2022

SPEAKERS = [  # (name, type, country, role)
    ("Vladimir Putin", "person", "RUS", "president"),
    ("Sergei Lavrov", "person", "RUS", "foreign minister"),
    ("Dmitry Peskov", "person", "RUS", "Kremlin spokesman"),
    ("Volodymyr Zelensky", "person", "UKR", "president"),
    ("Dmytro Kuleba", "person", "UKR", "foreign minister"),
    ("Joe Biden", "person", "USA", "president"),
    ("Antony Blinken", "person", "USA", "secretary of state"),
    ("Jens Stoltenberg", "person", "NATO", "secretary general"),
    ("Emmanuel Macron", "person", "FRA", "president"),
    ("Olaf Scholz", "person", "DEU", "chancellor"),
    ("Boris Johnson", "person", "GBR", "prime minister"),
    ("Alexander Lukashenko", "person", "BLR", "president"),
    ("Ursula von der Leyen", "person", "EU", "Commission president"),
    ("Andrzej Duda", "person", "POL", "president"),
    ("Russia", "state", "RUS", None),
]
VERBS = {"direct_quote": "said", "reported_speech": "said", "call": "spoke by phone with",
         "meeting": "met", "talks": "held talks with", "visit": "visited"}
ACTS = {"direct_quote": "say", "reported_speech": "warn", "call": "call", "meeting": "meet", "talks": "talk", "visit": "visit"}
PHRASES = ["any further invasion would have massive consequences", "the security guarantees must be legally binding",
           "there is still room for diplomacy", "the troops will return to their bases after the exercises",
           "sanctions are ready if Moscow moves", "NATO's door remains open", "we are not planning any attack",
           "the situation on the border is extremely dangerous"]
PLACES = [  # (name, country, lat, lon)
    ("Yelnya", "RUS", 54.57, 33.17), ("Voronezh", "RUS", 51.67, 39.21), ("Rostov-on-Don", "RUS", 47.24, 39.71),
    ("Crimea", "UKR", 45.3, 34.4), ("Brest", "BLR", 52.1, 23.7), ("Gomel", "BLR", 52.43, 30.98),
    ("Rzeszow", "POL", 50.04, 22.0), ("Constanta", "ROU", 44.18, 28.63), ("Tapa", "EST", 59.26, 25.96),
    ("Rukla", "LTU", 55.03, 24.38), ("Adazi", "LVA", 57.08, 24.32), ("Kyiv", "UKR", 50.45, 30.52),
]
ORIGINS = [("USA", 38.9, -77.0), ("DEU", 50.1, 8.7), ("GBR", 51.5, -0.1), ("RUS", 55.75, 37.62), ("FRA", 48.85, 2.35)]
MOVERS = {"RUS": 0.45, "USA": 0.2, "NATO": 0.08, "GBR": 0.07, "DEU": 0.05, "FRA": 0.05, "BLR": 0.05, "UKR": 0.05}
ACTOR_NAMES = {"RUS": "Russia", "USA": "United States", "NATO": "NATO", "GBR": "United Kingdom", "DEU": "Germany",
               "FRA": "France", "BLR": "Belarus", "UKR": "Ukraine"}
STATUSES = ["deployed", "stationed", "announced", "planned", "on_alert", "arrived", "withdrawn"]


def _dates(rng: np.random.Generator, n: int) -> pd.Series:
    # Activity grows towards February 2022, as in the news.
    offsets = np.minimum((rng.beta(2.5, 1.2, n) * DAYS).astype(int), DAYS - 1)
    return pd.Series(pd.to_datetime(START) + pd.to_timedelta(offsets, unit="D"))


def make_tables(n_statements: int, n_movements: int | None = None, *, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Four schema-valid tables: `n_statements` statements, `n_movements` movements (default n/10), their articles
    (every 12th a White House, Kremlin or Ukrainian presidential text, each with its `licence`), and the `events`
    they report (rows share an `event_id`); every 250th row has a stray date (1940 or 2032) and `date_outlier`."""
    rng = np.random.default_rng(seed)
    n_movements = max(1, n_statements // 10) if n_movements is None else n_movements
    n_articles = max(1, (n_statements + n_movements) // 15)
    art_ids = np.array([f"syn{i:06d}" for i in range(n_articles)])
    published = _dates(rng, n_articles)
    sources = np.array(["Reuters", "AP", "BBC", "Le Monde", "Kyiv Independent"])
    articles = pd.DataFrame({
        "article_id": art_ids,
        "title": [f"Synthetic story {i}" for i in range(n_articles)],
        "published": published,
        "url": [f"https://example.org/news/{a}" for a in art_ids],
        "source": sources[rng.integers(0, len(sources), n_articles)],
        "origin": "synthetic",
    })

    s_art = rng.integers(0, n_articles, n_statements)
    spk = rng.integers(0, len(SPEAKERS), n_statements)
    kinds = np.array(STATEMENT_KINDS)[rng.choice(len(STATEMENT_KINDS), n_statements, p=[0.3, 0.35, 0.1, 0.1, 0.08, 0.07])]
    other = (spk + 1 + rng.integers(0, len(SPEAKERS) - 1, n_statements)) % len(SPEAKERS)
    phrase = rng.integers(0, len(PHRASES), n_statements)
    future = rng.random(n_statements) < 0.12
    s_dates = published.to_numpy()[s_art] - pd.to_timedelta(rng.integers(0, 3, n_statements), unit="D").to_numpy()
    rows = []
    for i in range(n_statements):
        name, stype, country, role = SPEAKERS[spk[i]]
        kind = kinds[i]
        oname, _, ocountry, _ = SPEAKERS[other[i]]
        if kind == "direct_quote":
            text = PHRASES[phrase[i]].capitalize() + "."
            sentence = f"\u201c{text}\u201d {name} {VERBS[kind]}."
            addressees, acountries = [], []
        elif kind == "reported_speech":
            text = PHRASES[phrase[i]]
            sentence = f"{name} said that {text}."
            addressees, acountries = [], []
        else:
            verb = ("will meet" if kind == "meeting" else "will visit") if future[i] else VERBS[kind]
            text = f"{verb} {oname}"
            sentence = f"{name} {text} on the crisis."
            addressees, acountries = [oname], [ocountry]
        rows.append((name, stype, country, role, kind, text, sentence, addressees, acountries))
    cols = ["speaker", "speaker_type", "speaker_country", "speaker_role", "kind", "text", "sentence", "addressees", "addressee_countries"]
    st_frame = pd.DataFrame(rows, columns=cols)
    lengths = st_frame["sentence"].str.len().to_numpy()
    st_frame["statement_id"] = [f"{art_ids[a]}:s{i}" for i, a in enumerate(s_art)]
    st_frame["article_id"] = art_ids[s_art]
    st_frame["date"] = s_dates
    st_frame["date_end"] = s_dates
    st_frame["date_precision"] = "day"
    st_frame["date_text"] = ""
    st_frame["speaker_mention"] = st_frame["speaker"]
    st_frame["cue"] = [VERBS[k] for k in kinds]
    st_frame["act"] = [ACTS[k] for k in kinds]
    st_frame["is_future"] = future
    st_frame["method"] = np.where(kinds == "direct_quote", "quote:cue", np.where(np.isin(kinds, ["call", "meeting", "talks", "visit"]), "event:verb", "reported:clause"))
    st_frame["sentence_start"] = 0
    st_frame["sentence_end"] = lengths
    st_frame["paragraph_start"] = 0
    st_frame["paragraph_end"] = lengths
    st_frame["content_start"] = 0
    st_frame["content_end"] = st_frame["text"].str.len()
    statements = coerce(st_frame, "statements")

    m_art = rng.integers(0, n_articles, n_movements)
    actors = rng.choice(list(MOVERS), n_movements, p=list(MOVERS.values()))
    place = rng.integers(0, len(PLACES), n_movements)
    status = np.array(STATUSES)[rng.choice(len(STATUSES), n_movements, p=[0.3, 0.15, 0.15, 0.12, 0.1, 0.13, 0.05])]
    troops = np.round(rng.lognormal(8, 1.2, n_movements), -2).astype(int)
    has_troops = rng.random(n_movements) < 0.7
    m_dates = published.to_numpy()[m_art]
    mrows = []
    for i in range(n_movements):
        pname, pcountry, lat, lon = PLACES[place[i]]
        actor = actors[i]
        origin = next((o for o in ORIGINS if o[0] == actor), None)
        num = f"{troops[i]:,}" if has_troops[i] else "thousands of"
        sentence = f"{ACTOR_NAMES[actor]} has {status[i].replace('_', ' ')} {num} troops near {pname}."
        mrows.append({
            "movement_id": f"{art_ids[m_art[i]]}:m{i}", "article_id": art_ids[m_art[i]], "date": m_dates[i], "date_end": m_dates[i],
            "date_precision": "day", "actor": actor, "actor_name": ACTOR_NAMES[actor],
            "troops": int(troops[i]) if has_troops[i] else None, "troops_qualifier": "about" if has_troops[i] else None,
            "troops_text": num, "force": "troops", "origin": origin[0] if origin and actor != pcountry else None,
            "origin_lat": origin[1] if origin and actor != pcountry else None, "origin_lon": origin[2] if origin and actor != pcountry else None,
            "destinations": [pcountry], "destination_places": [pname], "lat": lat, "lon": lon,
            "place_precision": "city", "status": status[i], "is_future": status[i] in ("announced", "planned"),
            "cue": status[i], "method": "movement:send", "sentence": sentence, "sentence_start": 0, "sentence_end": len(sentence),
            "char_start": 0, "char_end": len(sentence), "paragraph_start": 0, "paragraph_end": len(sentence),
        })
    movements = coerce(pd.DataFrame(mrows), "movements")

    counts_s = statements["article_id"].value_counts()
    counts_m = movements["article_id"].value_counts()
    articles["n_statements"] = articles["article_id"].map(counts_s).fillna(0)
    articles["n_movements"] = articles["article_id"].map(counts_m).fillna(0)
    articles["n_chars"] = 2000
    articles["n_words"] = 350
    return _with_happenings(publish(articles), stray_dates(statements, STRAY_AT[0]), stray_dates(movements, STRAY_AT[1]))


def _with_happenings(articles: pd.DataFrame, statements: pd.DataFrame, movements: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The four tables, the rows grouped into happenings (`synthetic_events.with_events`)."""
    statements, movements, events = with_events(articles, statements, movements)
    return {"articles": coerce(articles, "articles"), "statements": coerce(statements, "statements"),
            "movements": coerce(movements, "movements"), "events": events}


HOSTILE_URLS = ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>")
HOSTILE_TITLE = "<b>Bold title</b> [LOG IN](https://evil.example)"
HOSTILE_SPEAKER = "<b>Bold speaker</b>"
HOSTILE_QUOTE = "<span style='font-size:60px'>HUGE</span> see www.evil-phish.example"
HOSTILE_FORMULA = '=HYPERLINK("https://evil.example","Click me")'
HOSTILE_PLACE = "<span style='font-size:60px'>Brest</span>"
HOSTILE_ACTOR = "<i>Rebels</i>"
KYIV = (50.45466, 30.5238)  # where the extractor puts a movement "around Ukraine" (its capital)


def _set(frame: pd.DataFrame, i: int, values: dict) -> None:
    for column, value in values.items():
        frame.at[i, column] = value


def _sentence(row: dict) -> dict:
    n = len(row["sentence"])
    return {**row, "sentence_start": 0, "sentence_end": n, "paragraph_start": 0, "paragraph_end": n}


def make_hostile_tables(seed: int = 5) -> dict[str, pd.DataFrame]:
    """Small synthetic tables whose text must stay text: links that are not http(s), HTML and Markdown in a
    title, a speaker, a quote and a place, a spreadsheet formula as a quote, an actor named in HTML, and
    Russia's troops "around Ukraine" (a border place, at Ukraine's capital as the extractor stores it)."""
    tables = make_tables(60, 15, seed=seed)
    arts, stm, mov = (tables[name].astype(object) for name in ("articles", "statements", "movements"))
    for i, url in enumerate(HOSTILE_URLS):
        arts.at[i, "url"] = url
    arts.at[0, "title"] = HOSTILE_TITLE
    arts.at[0, "source"] = None  # the timeline's hover then names the article by its title
    newest = max(stm["date"].max(), mov["date"].max()) + pd.Timedelta(days=1)
    quote = f"\u201c{HOSTILE_QUOTE}\u201d {HOSTILE_SPEAKER} said."
    _set(stm, 0, _sentence({"statement_id": f"{arts.at[0, 'article_id']}:s0", "article_id": arts.at[0, "article_id"], "date": newest, "date_end": newest, "speaker": HOSTILE_SPEAKER,
                            "speaker_country": "RUS", "kind": "direct_quote", "text": HOSTILE_QUOTE, "sentence": quote, "is_future": False}))
    _set(stm, 1, _sentence({"statement_id": f"{arts.at[1, 'article_id']}:s1", "article_id": arts.at[1, "article_id"], "date": newest,
                            "date_end": newest, "text": HOSTILE_FORMULA, "kind": "direct_quote",
                            "sentence": f"\u201c{HOSTILE_FORMULA}\u201d Putin said."}))
    _set(stm, 2, {"statement_id": f"{arts.at[3, 'article_id']}:s2", "article_id": arts.at[3, "article_id"], "date": newest, "date_end": newest})
    around = "Russia has deployed more than 100,000 heavily armed troops around Ukraine."
    _set(mov, 0, _sentence({"movement_id": f"{arts.at[2, 'article_id']}:m0", "article_id": arts.at[2, "article_id"], "date": newest, "date_end": newest, "actor": "RUS", "actor_name": "Russia",
                            "troops": 100000, "troops_qualifier": "more than", "troops_text": "more than 100,000", "origin": None,
                            "origin_lat": None, "origin_lon": None, "destinations": ["UKR"], "destination_places": [], "lat": KYIV[0],
                            "lon": KYIV[1], "place_precision": "border", "status": "deployed", "is_future": False, "sentence": around}))
    _set(mov, 1, _sentence({"movement_id": f"{arts.at[4, 'article_id']}:m1", "article_id": arts.at[4, "article_id"], "date": newest, "date_end": newest, "actor": HOSTILE_ACTOR,
                            "actor_name": HOSTILE_ACTOR, "troops": 5000, "troops_qualifier": "about", "troops_text": "<b>about 5,000</b>",
                            "origin": None, "origin_lat": None, "origin_lon": None, "destinations": ["BLR"], "destination_places": [HOSTILE_PLACE],
                            "lat": 53.9, "lon": 27.56, "place_precision": "city", "status": "deployed", "is_future": False,
                            "sentence": f"About 5,000 fighters arrived in {HOSTILE_PLACE}."}))
    return _with_happenings(arts, stm, mov)


def _write(out_dir: Path, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_parquet(out_dir / f"{name}.parquet", index=False)
    return tables


def write_tables(out_dir: Path, n_statements: int, n_movements: int | None = None, *, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Make the tables and write them as `<name>.parquet` into `out_dir`."""
    return _write(out_dir, make_tables(n_statements, n_movements, seed=seed))


def write_hostile_tables(out_dir: Path, *, seed: int = 5) -> dict[str, pd.DataFrame]:
    """`make_hostile_tables` written as `<name>.parquet` into `out_dir` (for the escaping tests)."""
    return _write(out_dir, make_hostile_tables(seed))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--rows", type=int, default=50_000, help="statements (movements: --movements, default rows/10)")
    parser.add_argument("--movements", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    tables = write_tables(args.out_dir, args.rows, args.movements, seed=args.seed)
    print({name: len(frame) for name, frame in tables.items()})


if __name__ == "__main__":
    main()
