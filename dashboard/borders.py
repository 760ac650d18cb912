"""Where a movement "on the border" is drawn: on the border line, not at the country's centre.

The extractor gives a place of precision `border` ("around Ukraine", "on the Ukrainian border") the
country's point, its capital (docs/places.md). `border_point` puts it on a land border instead:

1. the border two of its countries share: two destinations ("Ukraine's border with Belarus"), the actor's
   country and a destination (Russia's troops "around Ukraine"), or its origin and a destination;
2. otherwise the point of the destination's land borders nearest to the actor's home (its country's
   centre; Brussels for NATO and the EU), or to its origin;
3. otherwise the middle of the destination's longest land border.

A shared border is drawn at its middle (half its length along the line). The borders are the lines two
countries share in the shipped Natural Earth maps (`static/europe_50m.json`, and `static/world_110m.json`
for countries the European map lacks), extracted once into `dashboard/borders.json` by
`python -m dashboard.borders` (no download; a test checks the file matches the maps).
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Sequence

from .config import REPO_ROOT

if TYPE_CHECKING:
    import pandas as pd

DATA = Path(__file__).with_name("borders.json")
MAPS = (REPO_ROOT / "static" / "europe_50m.json", REPO_ROOT / "static" / "world_110m.json")  # the first that has a border wins
HOMES = {"NATO": (4.35, 50.85), "EU": (4.35, 50.85)}  # (lon, lat): Brussels, where both sit
Line = list  # [[lon, lat], ...]


class BorderPoint(NamedTuple):
    """Where to draw a border place, and which border it is (e.g. ("RUS", "UKR"), or ("UKR",) for one country's)."""

    lat: float
    lon: float
    countries: tuple[str, ...]


# --- building borders.json from the shipped maps ------------------------------------------------
def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
        arcs.append(points)
    return arcs


def _arc_ids(arcs) -> list[int]:
    """Arc indices of a Polygon's or MultiPolygon's `arcs` (a negative index `~i` is arc i reversed)."""
    if isinstance(arcs, int):
        return [arcs if arcs >= 0 else ~arcs]
    return [i for part in arcs for i in _arc_ids(part)]


def shared_borders(topo: dict) -> dict[tuple[str, str], list[Line]]:
    """{(A, B): the arcs countries A and B (ISO3, sorted) share} from a topojson map's `countries`."""
    owners: dict[int, set[str]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = str(geometry.get("id", ""))
        if len(code) == 3 and code.isalpha() and geometry.get("arcs"):
            for i in _arc_ids(geometry["arcs"]):
                owners.setdefault(i, set()).add(code)
    arcs = _decode_arcs(topo)
    pairs: dict[tuple[str, str], list[Line]] = {}
    for i in sorted(owners):
        if len(owners[i]) == 2:
            pairs.setdefault(tuple(sorted(owners[i])), []).append([list(p) for p in arcs[i]])
    return pairs


def build(maps: Sequence[Path] = MAPS) -> dict:
    """The content of `borders.json`: every shared land border ("A|B": lines) and each country's centre
    (plotly's `ct` of the world map)."""
    pairs: dict[str, list[Line]] = {}
    centres: dict[str, list[float]] = {}
    for path in maps:
        topo = json.loads(Path(path).read_text(encoding="utf-8"))
        for (a, b), lines in shared_borders(topo).items():
            pairs.setdefault(f"{a}|{b}", lines)
        for geometry in topo["objects"]["countries"]["geometries"]:
            ct = (geometry.get("properties") or {}).get("ct")
            if ct and len(str(geometry.get("id", ""))) == 3:
                centres[str(geometry["id"])] = [round(float(ct[0]), 2), round(float(ct[1]), 2)]
    return {"borders": dict(sorted(pairs.items())), "centres": dict(sorted(centres.items()))}


# --- geometry ---------------------------------------------------------------------------------
def _km(a: Sequence[float], b: Sequence[float]) -> float:
    """Distance in km between two (lon, lat) points (equirectangular: fine at these distances)."""
    x = math.radians(b[0] - a[0]) * math.cos(math.radians((a[1] + b[1]) / 2))
    return 6371.0 * math.hypot(x, math.radians(b[1] - a[1]))


def _length(lines: list[Line]) -> float:
    return sum(_km(p, q) for line in lines for p, q in zip(line, line[1:]))


def midpoint(lines: list[Line]) -> tuple[float, float]:
    """The (lon, lat) half-way along `lines` (their length summed in order)."""
    half = _length(lines) / 2
    for line in lines:
        for p, q in zip(line, line[1:]):
            step = _km(p, q)
            if step >= half and step > 0:
                t = half / step
                return p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])
            half -= step
    return tuple(lines[-1][-1])  # a border of one point


def nearest(lines: list[Line], target: Sequence[float]) -> tuple[float, float]:
    """The (lon, lat) of `lines` nearest to `target` (projected on each segment, in a local flat frame)."""
    scale = math.cos(math.radians(target[1]))
    best, best_d = tuple(lines[0][0]), math.inf
    for line in lines:
        for p, q in zip(line, line[1:]):
            dx, dy = (q[0] - p[0]) * scale, q[1] - p[1]
            span = dx * dx + dy * dy
            t = 0.0 if span == 0 else max(0.0, min(1.0, ((target[0] - p[0]) * scale * dx + (target[1] - p[1]) * dy) / span))
            point = (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))
            d = _km(point, target)
            if d < best_d:
                best, best_d = point, d
    return best


# --- lookup -------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _shared(a: str, b: str) -> list[Line] | None:
    return _data()["borders"].get("|".join(sorted((a, b)))) if a != b else None


def _land_borders(code: str) -> list[tuple[str, list[Line]]]:
    return [(key, lines) for key, lines in _data()["borders"].items() if code in key.split("|")]


def _candidate_pairs(actor: str, destinations: Sequence[str], origin: str) -> list[tuple[str, str]]:
    pairs = [(a, b) for i, a in enumerate(destinations) for b in destinations[i + 1:]]
    return pairs + [(other, d) for other in (actor, origin) if other for d in destinations]


def border_point(actor: str | None, destinations: Sequence[str], origin: str | None = None,
                 origin_point: tuple[float, float] | None = None) -> BorderPoint | None:
    """Where a movement of `actor` to the border of `destinations` (ISO3 codes) is drawn (see the module's
    rules); `origin` is an ISO3 code, `origin_point` its (lon, lat). None without a known land border."""
    destinations = [d for d in destinations if isinstance(d, str) and d]
    actor, origin = (actor or "").strip(), (origin or "").strip()
    for a, b in _candidate_pairs(actor, destinations, origin):
        lines = _shared(a, b)
        if lines:
            lon, lat = midpoint(lines)
            return BorderPoint(lat, lon, (a, b))
    for code in destinations:
        borders = _land_borders(code)
        if not borders:
            continue
        home = _data()["centres"].get(actor) or HOMES.get(actor) or origin_point
        if home is None:
            lon, lat = midpoint(max((lines for _, lines in borders), key=_length))
        else:
            lon, lat = nearest([line for _, lines in borders for line in lines], home)
        return BorderPoint(lat, lon, (code,))
    return None


def _iso3(value) -> str:
    return value if isinstance(value, str) and len(value) == 3 and value.isalpha() and value.isupper() else ""


def place_on_borders(movements: "pd.DataFrame") -> "pd.DataFrame":
    """`movements` with each row of place precision `border` moved onto its border (`border_point`); the
    column `border` names the border's countries (empty for other rows and for borders not found)."""
    import pandas as pd

    out = movements.assign(border=[()] * len(movements))
    rows = out.index[(out["place_precision"] == "border").fillna(False).to_numpy(dtype=bool)]
    if len(rows) == 0:
        return out
    out = out.astype({"lat": "Float64", "lon": "Float64"})
    part = out.loc[rows, ["actor", "destinations", "origin", "origin_lat", "origin_lon"]]
    found: dict[tuple, object] = {}  # many reports share actor, destinations and origin
    lats, lons, borders = (out[c].to_numpy(dtype=object, copy=True) for c in ("lat", "lon", "border"))
    for i, (actor, destinations, origin, olat, olon) in zip(out.index.get_indexer(rows), part.itertuples(index=False)):
        start = None if pd.isna(olon) or pd.isna(olat) else (float(olon), float(olat))
        key = (actor if isinstance(actor, str) else None, tuple(destinations), _iso3(origin), start)
        if key not in found:
            found[key] = border_point(key[0], list(key[1]), key[2], start)
        point = found[key]
        if point is not None:
            lats[i], lons[i], borders[i] = point.lat, point.lon, point.countries
    return out.assign(lat=pd.array(lats, dtype="Float64"), lon=pd.array(lons, dtype="Float64"), border=borders)


def border_label(countries: Sequence[str], name) -> str:
    """"Russia–Ukraine border" for a shared border, "border of Ukraine" for one country's; `name` gives a
    code's readable name."""
    names = [name(code) or code for code in countries]
    return f"{'–'.join(names)} border" if len(names) > 1 else f"border of {names[0]}" if names else ""


def main() -> None:
    DATA.write_text(json.dumps(build(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {DATA} ({DATA.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
