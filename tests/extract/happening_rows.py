"""Hand-built rows for the happenings tests (invented examples, no article text)."""
from __future__ import annotations

from extract.schema import to_frame

GOV = "US government work (public domain) · The White House, whitehouse.gov"
NEWS = "publisher's copyright: rows only"


def statement(n: int, *, article: str | None = None, kind: str = "call", speaker: str = "Joe Biden",
              addressees=(), co_speakers=(), date: str | None = "2021-12-07", precision: str = "day",
              date_end: str | None = None, place: str | None = None, place_country: str | None = None,
              text: str = "a phone call",
              is_future: bool = False, speaker_type: str = "person", method: str = "event:verb") -> dict:
    article = article or f"a{n}"
    return {"statement_id": f"{article}:s{n}", "article_id": article, "kind": kind, "speaker": speaker,
            "speaker_type": speaker_type, "addressees": list(addressees), "co_speakers": list(co_speakers),
            "date": date, "date_end": date_end or date, "date_precision": precision, "place": place, "place_country": place_country,
            "text": text, "is_future": is_future, "method": method}


def movement(n: int, *, article: str | None = None, actor: str = "RUS", troops: int | None = 100_000,
             destinations=("UKR",), places=(), status: str = "deployed", date: str | None = "2022-01-10",
             precision: str = "day", units: int | None = None, lat: float | None = None, lon: float | None = None,
             sentence: str = "Troops gathered.") -> dict:
    article = article or f"a{n}"
    return {"movement_id": f"{article}:m{n}", "article_id": article, "actor": actor, "actor_name": actor,
            "troops": troops, "destinations": list(destinations), "destination_places": list(places),
            "status": status, "date": date, "date_end": date, "date_precision": precision, "units": units,
            "lat": lat, "lon": lon, "sentence": sentence, "force": "troops", "is_future": False}


def tables(statements=(), movements=(), *, articles: dict | None = None) -> dict:
    """The tables of the rows, with one article per article id (published 2022-01-15 unless given)."""
    ids = sorted({r["article_id"] for r in [*statements, *movements]})
    articles = articles or {}
    rows = [{"article_id": a, "published": "2022-01-15", "source": f"outlet-{a}", "licence": NEWS, **articles.get(a, {})}
            for a in ids]
    return {"articles": to_frame(rows, "articles"), "statements": to_frame(statements, "statements"),
            "movements": to_frame(movements, "movements"), "drops": to_frame([], "drops")}
