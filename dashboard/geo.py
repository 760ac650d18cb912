"""The deployments map: the situation as of a day, drawn as a plotly geo map of Europe.

`situation` keeps, for each actor and place, the latest report dated on or before the day (so a
deployment that was announced and later reported in place shows as in place). `build_map` draws one
marker per row, sized by troops and coloured by actor, with lines from origin to destination; in
place is filled, announced/planned/on alert is hollow with a dashed line, withdrawn is a cross.
The base map comes from `static/` (see `config.TOPOJSON_URL`), so it draws without internet.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extract.countries import country_name

from .borders import border_label, place_on_borders
from .colors import GROUP_DASH, GROUP_ORDER, GROUP_SYMBOLS, actor_color, status_group
from .counts import counted
from .escape import plotly_text, plotly_texts

# A conic projection centred on Ukraine: from Ireland to the Volga, from Crete to Finland.
CENTER = {"lon": 24.0, "lat": 51.0}
PROJECTION = {"type": "conic conformal", "rotation": {"lon": 22.0}, "parallels": [40.0, 60.0], "scale": 2.2}
STATUS_LEGEND = {"in place": "In place (deployed, stationed, arrived)", "intended": "Announced, planned or on alert",
                 "withdrawn": "Withdrawn"}
MIN_SIZE, MAX_SIZE = 9.0, 42.0


@dataclass
class MapPlot:
    """The map of one situation: its figure (plotly JSON; None when no movement is shown) and its table."""

    figure: dict | None
    table: pd.DataFrame


def mappable(movements: pd.DataFrame) -> pd.DataFrame:
    """Movements with coordinates (the others cannot be drawn)."""
    return movements[movements["lat"].notna() & movements["lon"].notna()]


def dated_span(movements: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last day of the dated movements (None when none is dated): the range of the map's slider."""
    dates = movements["date"].dropna()
    return (dates.min().date(), dates.max().date()) if not dates.empty else None


def situation(movements: pd.DataFrame, as_of: dt.date | None, *, latest_only: bool = True) -> pd.DataFrame:
    """Mappable movements dated on or before `as_of` (all when None); with `latest_only`, the latest day's
    reports per actor and place, one per status group: a later report replaces an earlier one ("announced",
    then "arrived"), but reports of the same day stand side by side ("NATO has up to 4,000 soldiers in Romania";
    "the mission could involve up to 1,000")."""
    rows = place_on_borders(mappable(movements))  # "around Ukraine" is drawn on the border, not at Kyiv
    if as_of is not None:
        rows = rows[rows["date"].notna() & (rows["date"] <= pd.Timestamp(as_of))]
    rows = rows.assign(group=rows["status"].map(status_group).astype(str))
    if not latest_only or rows.empty:
        return rows.sort_values("date", kind="stable")
    keys = ["_actor", "_lat", "_lon"]
    order = rows.assign(_actor=rows["actor"].astype("string").fillna(""), _lat=rows["lat"].astype(float).round(1),
                        _lon=rows["lon"].astype(float).round(1), _has=rows["troops"].notna())
    last = order.groupby(keys, dropna=False)["date"].transform("max")
    order = order[(order["date"] == last).fillna(False).astype(bool) | (order["date"].isna() & last.isna())]
    # Prefer rows that give a number, so the row kept per status group is the most informative.
    order = order.sort_values(["date", "_has"], kind="stable", na_position="first")
    latest = order.drop_duplicates([*keys, "group"], keep="last")
    return latest.drop(columns=[*keys, "_has"]).sort_values("date", kind="stable")


def troop_sizes(troops: pd.Series) -> np.ndarray:
    """Marker diameters: area grows with troops; rows without a number get the smallest size."""
    values = pd.to_numeric(troops, errors="coerce").astype(float).to_numpy()
    biggest = np.nanmax(values) if np.isfinite(values).any() else 1.0
    sizes = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * np.sqrt(np.nan_to_num(values, nan=0.0) / max(biggest, 1.0))
    return np.where(np.isfinite(values), sizes, MIN_SIZE)


def _label(code) -> str:
    return (country_name(code) or str(code)) if isinstance(code, str) and code.strip() else "Unknown actor"


def _mentions_note(n) -> str:
    """The hover's note on how often the article restates the movement (nothing for one mention)."""
    return f" · {int(n)} mentions in its article" if pd.notna(n) and int(n) > 1 else ""


def _place(row) -> str:
    places = list(row["destination_places"]) or [country_name(c) or c for c in row["destinations"]]
    border = row.get("border")
    if border:  # a border place (see `borders.place_on_borders`)
        return border_label(border, country_name) + (f" ({', '.join(row['destination_places'])})" if row["destination_places"] else "")
    return ", ".join(places) or "—"


def geo_layout() -> dict:
    """The base map: Europe from the shipped topojson, colours that read on light and dark themes."""
    return dict(
        scope="europe", resolution=50, center=CENTER, projection=PROJECTION,
        showland=True, landcolor="rgba(150,150,150,0.18)", showcountries=True, countrycolor="rgba(128,128,128,0.75)",
        showcoastlines=True, coastlinecolor="rgba(128,128,128,0.75)", showocean=True, oceancolor="rgba(86,180,233,0.08)",
        showlakes=False, showframe=False, bgcolor="rgba(0,0,0,0)",
    )


def build_map(rows: pd.DataFrame, *, title: str = "") -> go.Figure:
    """A geo map of Europe with one marker per row of `situation(...)`, and origin → destination lines."""
    fig = go.Figure()
    sizes = pd.Series(troop_sizes(rows["troops"]), index=rows.index) if len(rows) else pd.Series(dtype=float)
    actors = rows["actor"].astype("string").fillna("") if len(rows) else pd.Series(dtype="string")
    order = sorted(actors.unique(), key=lambda a: (a == "", -(actors == a).sum(), a)) if len(rows) else []
    for actor in order:
        color = actor_color(actor)
        first = True
        for group in GROUP_ORDER:
            part = rows[(actors == actor) & (rows["group"] == group)]
            if part.empty:
                continue
            with_origin = part[part["origin_lat"].notna() & part["origin_lon"].notna()]
            if not with_origin.empty:
                lats, lons = [], []
                for _, r in with_origin.iterrows():
                    lats += [float(r["origin_lat"]), float(r["lat"]), None]
                    lons += [float(r["origin_lon"]), float(r["lon"]), None]
                fig.add_trace(go.Scattergeo(
                    lat=lats, lon=lons, mode="lines", legendgroup=actor, showlegend=False, hoverinfo="skip",
                    line=dict(color=color, width=1.5, dash=GROUP_DASH[group]), opacity=0.6,
                    name=plotly_text(f"{_label(actor)} routes"),
                ))
            troops = part["troops"].map(lambda t: f"{int(t):,}" if pd.notna(t) else "number not given")
            custom = np.column_stack([  # [0] is the row's id (the selection's key); the others are shown, escaped
                part["movement_id"].to_numpy(dtype=object), [plotly_text(_place(r)) for _, r in part.iterrows()],
                plotly_texts(part["status"].str.replace("_", " ")).to_numpy(dtype=object), troops.to_numpy(dtype=object),
                part["date"].dt.strftime("%d %b %Y").fillna("undated").to_numpy(dtype=object),
                plotly_texts(part["troops_text"]).to_numpy(dtype=object), np.full(len(part), plotly_text(_label(actor)), dtype=object),
                part["n_mentions"].map(_mentions_note).to_numpy(dtype=object),
            ])
            fig.add_trace(go.Scattergeo(
                lat=part["lat"].astype(float), lon=part["lon"].astype(float), mode="markers",
                name=plotly_text(_label(actor)), legendgroup=actor, showlegend=first, customdata=custom,
                marker=dict(size=sizes[part.index].to_numpy(), color=color, symbol=GROUP_SYMBOLS[group],
                            opacity=0.85 if group == "in place" else 0.95,
                            line=dict(width=2.5 if group != "in place" else 0.8,
                                      color=color if group != "in place" else "rgba(40,40,40,0.7)")),
                hovertemplate="<b>%{customdata[6]}</b> · %{customdata[2]}<br>%{customdata[1]}"
                              "<br>Troops: %{customdata[3]} (“%{customdata[5]}”)<br>Reported %{customdata[4]}%{customdata[7]}<extra></extra>",
            ))
            first = False
    for group in GROUP_ORDER if len(rows) else ():  # how the statuses look, in a neutral grey
        if (rows["group"] == group).any():
            fig.add_trace(go.Scattergeo(lat=[None], lon=[None], mode="markers", name=STATUS_LEGEND[group], legendgroup="status",
                                        legendgrouptitle_text="Status", marker=dict(size=11, color="#8C8C8C", symbol=GROUP_SYMBOLS[group],
                                                                                     line=dict(width=2, color="#8C8C8C"))))
    fig.update_geos(**geo_layout())
    fig.update_layout(
        height=620, margin=dict(l=0, r=0, t=40 if title else 10, b=0),
        legend=dict(title_text="Actor", itemsizing="constant", groupclick="togglegroup", tracegroupgap=4),
        title=dict(text=title, x=0, xanchor="left", font=dict(size=13)), clickmode="event+select",
    )
    return fig


def situation_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The movements shown on the map, as a readable table."""
    return pd.DataFrame({
        "date": rows["date"], "actor": rows["actor_name"].fillna(rows["actor"]), "status": rows["status"],
        "troops": rows["troops"], "troops as written": rows["troops_text"],
        "place": [_place(r) for _, r in rows.iterrows()], "origin": rows["origin"], "mentions": rows["n_mentions"],
        "sentence": rows["sentence"],
        "movement_id": rows["movement_id"], "article_id": rows["article_id"],
    }).sort_values("date", ascending=False, kind="stable").reset_index(drop=True)


QUALIFIER_WORDS = {"exact": "", "about": "about ", "nearly": "nearly ", "more than": "more than ", "up to": "up to ",
                   "at least": "at least ", "fewer than": "fewer than ", "range": "at least "}  # a range's troops is its low end


def troop_cell(rows: pd.DataFrame) -> str:
    """The troops of some reports in words: one report's number with its qualifier ("more than 100,000"),
    several reports' sum ("≈7,000 (3 reports)", ≈ unless they share a qualifier), and reports without a
    number counted ("2 reports, no number"): unknown is not zero."""
    if rows.empty:
        return ""
    numbered = rows[rows["troops"].notna()]
    n, without = len(rows), len(rows) - len(numbered)
    if numbered.empty:
        return f"{counted(n, 'report')}, no number"
    qualifiers = set(numbered["troops_qualifier"].astype("string").fillna("exact").replace("", "exact"))
    prefix = QUALIFIER_WORDS.get(qualifiers.pop(), "≈") if len(qualifiers) == 1 else "≈"
    text = f"{prefix}{int(numbered['troops'].sum()):,}"
    if n > 1:
        text += f" ({counted(n, 'report')}" + (f", {without:,} without a number" if without else "") + ")"
    return text


def troops_by_actor(rows: pd.DataFrame) -> pd.DataFrame:
    """Per actor and status group, the troops of the reports (rows from `situation`) as `troop_cell` words,
    for the Overview; the actors with the most troops in place first."""
    if rows.empty:
        return pd.DataFrame(columns=["actor", *GROUP_ORDER])
    frame = rows.assign(actor_label=rows["actor"].map(_label))
    table, order = [], []
    for label, part in frame.groupby("actor_label", sort=False):
        groups = {group: part[part["group"] == group] for group in GROUP_ORDER}
        table.append({"actor": label, **{group: troop_cell(g) for group, g in groups.items()}})
        order.append(tuple(-float(g["troops"].sum()) for g in groups.values()) + (-len(part), label))
    return pd.DataFrame([table[i] for i in sorted(range(len(table)), key=order.__getitem__)], columns=["actor", *GROUP_ORDER])
