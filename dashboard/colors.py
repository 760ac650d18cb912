"""One colour per actor on every page (colour-blind-safe), one marker symbol per kind.

Fixed colours come from the Okabe–Ito and Paul Tol "muted" palettes, both designed to stay
distinct for the common colour-vision deficiencies; all are mid-tones that read on light and
dark backgrounds. Actors without a fixed colour get one from `EXTRA` chosen by a stable hash of
their code, so the colour never depends on which rows a filter leaves.
"""
from __future__ import annotations

import zlib

FIXED = {
    "RUS": "#D55E00",  # vermillion
    "UKR": "#0072B2",  # blue
    "USA": "#56B4E9",  # sky blue
    "NATO": "#009E73",  # bluish green
    "BLR": "#CC79A7",  # reddish purple
    "FRA": "#E69F00",  # orange
    "DEU": "#F0E442",  # yellow
    "GBR": "#CC6677",  # rose
    "EU": "#44AA99",  # teal
    "POL": "#999933",  # olive
}
EXTRA = ("#DDCC77", "#88CCEE", "#AA4499", "#117733", "#882255", "#6699CC", "#EE8866", "#BBCC33")
UNKNOWN = "#8C8C8C"

KIND_LABELS = {
    "direct_quote": "Quote",
    "reported_speech": "Reported speech",
    "call": "Call",
    "meeting": "Meeting",
    "talks": "Talks",
    "visit": "Visit",
    "movement": "Troop movement",
}
KIND_SYMBOLS = {
    "direct_quote": "circle",
    "reported_speech": "diamond",
    "call": "triangle-up",
    "meeting": "square",
    "talks": "pentagon",
    "visit": "star",
    "movement": "cross",
}

# Movement statuses in three groups, drawn differently on the map.
STATUS_GROUPS = {
    "deployed": "in place",
    "stationed": "in place",
    "arrived": "in place",
    "announced": "intended",
    "planned": "intended",
    "on_alert": "intended",
    "withdrawn": "withdrawn",
}
GROUP_ORDER = ("in place", "intended", "withdrawn")
GROUP_SYMBOLS = {"in place": "circle", "intended": "circle-open", "withdrawn": "x-thin-open"}
GROUP_DASH = {"in place": "solid", "intended": "dash", "withdrawn": "dot"}


def actor_color(code: str | None) -> str:
    """The colour of an actor code (ISO3, NATO, EU, UN); grey when unknown."""
    if not isinstance(code, str) or not code.strip():  # None, NaN and pd.NA (a missing speaker_country)
        return UNKNOWN
    code = str(code).strip()
    if code in FIXED:
        return FIXED[code]
    return EXTRA[zlib.crc32(code.encode()) % len(EXTRA)]


def color_map(codes) -> dict[str, str]:
    """`{code: colour}` for the given codes."""
    return {code: actor_color(code) for code in codes}


def kind_symbol(kind: str, *, future: bool = False) -> str:
    """The marker symbol of a kind; future or scheduled rows get the open variant."""
    symbol = KIND_SYMBOLS.get(kind, "circle")
    return f"{symbol}-open" if future else symbol


def status_group(status: str | None) -> str:
    """in place, intended or withdrawn (unknown statuses count as intended: not confirmed on the ground)."""
    return STATUS_GROUPS.get(str(status or ""), "intended")
