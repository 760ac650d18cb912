"""The deployments map: the situation as of a day, drawn as a plotly geo map of Europe.

`situation` (in `dashboard.deployments`) merges the reports into one deployment per actor and place; `build_map`
draws one marker per deployment, sized by the median of the numbers reported and coloured by actor (the main
actors, `config.map_actors`, in their colours, the rest as "Other"), with lines from origin to destination; in
place is filled, announced/planned/on alert is hollow with a dashed line, withdrawn is a cross. The hover gives
the range of numbers and how many reports and articles back it. The base map comes from `static/` (see
`config.TOPOJSON_URL`), so it draws without internet.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .colors import GROUP_DASH, GROUP_ORDER, GROUP_SYMBOLS, UNKNOWN, actor_color
from .counts import counted
from .deployments import (HeldBack, actor_label, deployments_table, hold_back, mappable, situation,
                          troops_by_actor)
from .escape import plotly_text, plotly_texts

__all__ = ["MapPlot", "build_map", "dated_span", "deployments_table", "geo_layout", "hold_back", "mappable", "situation",
           "troop_sizes", "troops_by_actor"]

OTHER = "Other"
LEGEND_WIDTH = 240  # px right of the map for the legend (its longest entry, a status, fits): the legend never covers the map, and plotly lays out once
# A conic projection centred on Ukraine: from Ireland to the Volga, from Crete to Finland.
CENTER = {"lon": 24.0, "lat": 51.0}
PROJECTION = {"type": "conic conformal", "rotation": {"lon": 22.0}, "parallels": [40.0, 60.0], "scale": 2.2}
STATUS_LEGEND = {"in place": "In place (deployed, stationed, arrived)", "intended": "Announced, planned or on alert",
                 "withdrawn": "Withdrawn"}
MIN_SIZE, MAX_SIZE = 9.0, 42.0


@dataclass
class MapPlot:
    """The map of one situation: its figure (plotly JSON; None when no deployment is shown), the deployments'
    table, the troops by actor and status, each marker's reports (its first customdata value, the latest
    report's `movement_id` → every report's id, newest first) and what the noise toggles hold back."""

    figure: dict | None
    table: pd.DataFrame
    troops: pd.DataFrame
    members: dict[str, list[str]]
    held: HeldBack


def dated_span(movements: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last day of the dated movements (None when none is dated): the range of the map's slider."""
    dates = movements["date"].dropna()
    return (dates.min().date(), dates.max().date()) if not dates.empty else None


def troop_sizes(troops: pd.Series) -> np.ndarray:
    """Marker diameters: area grows with troops; rows without a number get the smallest size."""
    values = pd.to_numeric(troops, errors="coerce").astype(float).to_numpy()
    biggest = np.nanmax(values) if np.isfinite(values).any() else 1.0
    sizes = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * np.sqrt(np.nan_to_num(values, nan=0.0) / max(biggest, 1.0))
    return np.where(np.isfinite(values), sizes, MIN_SIZE)


def legend_actor(actor, main: Sequence[str]) -> str:
    """The legend entry of an actor: its code when it is a main actor, else OTHER."""
    return actor if isinstance(actor, str) and actor in main else OTHER


def _reports_note(n_reports, n_articles, last_date) -> str:
    date = f"{last_date:%d %b %Y}" if pd.notna(last_date) else "undated"
    reports = counted(int(n_reports), "report") + (f" in {counted(int(n_articles), 'article')}" if int(n_reports) > 1 else "")
    return f"{reports} · latest {date}"


def _median_note(low, high, median) -> str:
    return f" (median {median:,.0f})" if pd.notna(low) and pd.notna(high) and low != high else ""


def geo_layout() -> dict:
    """The base map: Europe from the shipped topojson, colours that read on light and dark themes."""
    return dict(
        scope="europe", resolution=50, center=CENTER, projection=PROJECTION,
        showland=True, landcolor="rgba(150,150,150,0.18)", showcountries=True, countrycolor="rgba(128,128,128,0.75)",
        showcoastlines=True, coastlinecolor="rgba(128,128,128,0.75)", showocean=True, oceancolor="rgba(86,180,233,0.08)",
        showlakes=False, showframe=False, bgcolor="rgba(0,0,0,0)",
    )


def _routes(fig: go.Figure, part: pd.DataFrame, legend: str, color: str, group: str) -> None:
    with_origin = part[part["origin_lat"].notna() & part["origin_lon"].notna()]
    if with_origin.empty:
        return
    lats, lons = [], []
    for olat, olon, lat, lon in zip(with_origin["origin_lat"], with_origin["origin_lon"], with_origin["lat"], with_origin["lon"]):
        lats += [float(olat), float(lat), None]
        lons += [float(olon), float(lon), None]
    fig.add_trace(go.Scattergeo(lat=lats, lon=lons, mode="lines", legendgroup=legend, showlegend=False, hoverinfo="skip",
                                line=dict(color=color, width=1.5, dash=GROUP_DASH[group]), opacity=0.6,
                                name=plotly_text(f"{legend} routes")))


def _customdata(part: pd.DataFrame) -> np.ndarray:
    """[0] the latest report's id (the selection's key); the others are shown, escaped."""
    return np.column_stack([
        part["movement_id"].to_numpy(dtype=object), plotly_texts(part["place"]).to_numpy(dtype=object),
        plotly_texts(part["status"].astype("string").str.replace("_", " ")).to_numpy(dtype=object),
        plotly_texts(part["troops_words"]).to_numpy(dtype=object),
        np.array([_median_note(lo, hi, m) for lo, hi, m in zip(part["troops_min"], part["troops_max"], part["troops_median"])], dtype=object),
        plotly_texts(part["actor_label"]).to_numpy(dtype=object),
        np.array([_reports_note(n, a, d) for n, a, d in zip(part["n_reports"], part["n_articles"], part["last_date"])], dtype=object),
    ])


HOVER = ("<b>%{customdata[5]}</b> · %{customdata[2]}<br>%{customdata[1]}<br>Troops: %{customdata[3]}%{customdata[4]}"
         "<br>%{customdata[6]}<extra></extra>")


def build_map(rows: pd.DataFrame, *, title: str = "", main: Sequence[str] | None = None) -> go.Figure:
    """A geo map of Europe with one marker per deployment (rows of `situation(...)`) and origin → destination
    lines; the legend names the `main` actors (default: every actor shown) in order, then "Other", then the statuses."""
    fig = go.Figure()
    main = list(rows["actor"].dropna().unique()) if main is None else list(main)
    sizes = pd.Series(troop_sizes(rows["troops_median"]), index=rows.index) if len(rows) else pd.Series(dtype=float)
    legends = rows["actor"].map(lambda a: legend_actor(a, main)) if len(rows) else pd.Series(dtype=object)
    names = {code: plotly_text(actor_label(code)) for code in legends.unique() if code != OTHER}
    order = sorted(names, key=lambda code: names[code].lower()) + ([OTHER] if (legends == OTHER).any() else [])
    for legend in order:
        color = UNKNOWN if legend == OTHER else actor_color(legend)
        first = True
        for group in GROUP_ORDER:
            part = rows[(legends == legend) & (rows["group"] == group)]
            if part.empty:
                continue
            _routes(fig, part, legend, color, group)
            fig.add_trace(go.Scattergeo(
                lat=part["lat"].astype(float), lon=part["lon"].astype(float), mode="markers",
                name=names.get(legend, OTHER), legendgroup=legend, showlegend=first, customdata=_customdata(part),
                marker=dict(size=sizes[part.index].to_numpy(), color=color, symbol=GROUP_SYMBOLS[group],
                            opacity=0.85 if group == "in place" else 0.95,
                            line=dict(width=2.5 if group != "in place" else 0.8,
                                      color=color if group != "in place" else "rgba(40,40,40,0.7)")),
                hovertemplate=HOVER,
            ))
            first = False
    for group in GROUP_ORDER if len(rows) else ():  # how the statuses look, in a neutral grey
        if (rows["group"] == group).any():
            fig.add_trace(go.Scattergeo(lat=[None], lon=[None], mode="markers", name=STATUS_LEGEND[group], legendgroup="status",
                                        legendgrouptitle_text="Status", marker=dict(size=11, color="#8C8C8C", symbol=GROUP_SYMBOLS[group],
                                                                                     line=dict(width=2, color="#8C8C8C"))))
    fig.update_geos(**geo_layout())
    fig.update_layout(
        height=620, margin=dict(l=0, r=LEGEND_WIDTH, t=40 if title else 10, b=0),
        legend=dict(title_text="Actor", itemsizing="constant", groupclick="togglegroup", tracegroupgap=4,
                    x=1.0, xanchor="left", y=1.0, yanchor="top"),
        title=dict(text=title, x=0, xanchor="left", font=dict(size=13)), clickmode="event+select",
    )
    return fig


def map_plot(movements: pd.DataFrame, as_of: dt.date, main: Sequence[str], *, single: bool = False,
             others: bool = False) -> MapPlot:
    """The map page's content as of `as_of` (figure as a Figure; `state` turns it into JSON): the deployments
    without the noise the toggles hold back, their table and the troops by actor and status."""
    shown, held = hold_back(situation(movements, as_of), main, single=single, others=others)
    members = dict(zip(shown["movement_id"], shown["movement_ids"]))
    troops = troops_by_actor(shown, single=single)
    if shown.empty:
        return MapPlot(None, deployments_table(shown), troops, members, held)
    title = f"{counted(len(shown), 'deployment')} ({counted(int(shown['n_reports'].sum()), 'report')}) as of {as_of:%d %b %Y}"
    return MapPlot(build_map(shown, title=title, main=main), deployments_table(shown), troops, members, held)
