"""Province outlines: GeoJSON features matched to gazetteer divisions.

The built-in outlines carry a `code` property. A user's admin-1 file (Natural Earth,
geoBoundaries, GADM …) is matched by any property whose value is an ISO 3166-2:KP code or
any name of a division; features that match nothing are named in one warning.
"""

from __future__ import annotations

import math

from generator.diagnostics import Diagnostic, Pos, warning, without_controls
from generator.model import Boundaries, RawGeoJson
from generator.names import Names

BUILTIN_ATTRIBUTION = "Boundaries: Natural Earth (public domain)"
# Properties that name a division in common admin-1 datasets, tried before any other.
PREFERRED = ("code", "iso_3166_2", "ISO_3166_2", "shapeISO", "iso", "ISO", "HASC_1", "name", "NAME_1",
             "shapeName", "name_en", "NAME_EN", "name_local", "gn_name", "woe_name")


def match_boundaries(raw: RawGeoJson | None, provinces: Names) -> tuple[Boundaries, list[Diagnostic]]:
    if raw is None:
        return Boundaries({}, {}, ""), []
    diags: list[Diagnostic] = []
    where = Pos(raw.path or "generator/data/provinces.geojson")
    features = raw.data.get("features") if isinstance(raw.data, dict) else None
    if not isinstance(features, list):
        return Boundaries({}, {}, ""), [warning(where, "boundaries file is not a GeoJSON FeatureCollection; maps show markers only")]
    shapes: dict[str, dict] = {}
    bounds: dict[str, tuple[float, float, float, float]] = {}
    unmatched: list[str] = []
    unreadable: list[str] = []
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        code = _match(properties if isinstance(properties, dict) else {}, provinces)
        shape = _shape(geometry)
        if code is None:
            unmatched.append(_describe(properties, number))
        elif shape is None:
            unreadable.append(_describe(properties, number))
        elif code not in shapes:
            shapes[code] = shape
            bounds[code] = _bounds(shape)
    if raw.path and not features:
        diags.append(warning(where, "boundaries file has no features; maps show markers only",
                             "add the provinces' outlines, or remove map.boundaries from site.yaml "
                             "for the built-in ones"))
    if raw.path:
        diags += _not_drawn(where, unmatched, "match no province",
                            "give each feature an ISO 3166-2:KP code or a province name in its properties")
        diags += _not_drawn(where, unreadable, "have no Polygon or MultiPolygon of valid coordinates",
                            "coordinates must be [longitude, latitude] numbers within -180…180 and -90…90")
    # Shown on every map: as a text field, without controls (nor a lone surrogate, "\ud800" in
    # JSON, which no page could be encoded with).
    attribution = without_controls(str(raw.data.get("attribution") or "")) if raw.path else BUILTIN_ATTRIBUTION
    return Boundaries(dict(sorted(shapes.items())), dict(sorted(bounds.items())), attribution[:300]), diags


def _match(properties: dict, provinces: Names) -> str | None:
    ordered = [properties[k] for k in PREFERRED if k in properties]
    ordered += [v for k, v in sorted(properties.items(), key=lambda kv: str(kv[0])) if k not in PREFERRED]
    for value in ordered:
        if isinstance(value, str) and value.strip():
            code = provinces.lookup(value.strip())
            if code is not None:
                return code
    return None


def _not_drawn(where: Pos, features: list[str], why: str, hint: str) -> list[Diagnostic]:
    if not features:
        return []
    shown = ", ".join(features[:10]) + (f" and {len(features) - 10} more" if len(features) > 10 else "")
    return [warning(where, f"{len(features)} boundary feature(s) {why} and are not drawn: {shown}", hint)]


def _describe(properties, number: int) -> str:
    if isinstance(properties, dict):
        for key in PREFERRED:
            if isinstance(properties.get(key), str):
                return f'"{properties[key][:40]}"'
    return f"feature {number}"


def _shape(geometry) -> dict | None:
    """The geometry rebuilt from its numbers alone, or None when it is not a polygon of valid
    coordinates. Nothing else of the file is kept: folium renders a map's parts a second
    time as Jinja templates, so a string smuggled into the coordinates (`{{ … }}`) would
    run as template code at build time."""
    if not isinstance(geometry, dict):
        return None
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        rebuilt = _polygon(coordinates)
    elif kind == "MultiPolygon" and isinstance(coordinates, list) and coordinates:
        polygons = [_polygon(p) for p in coordinates]
        rebuilt = None if any(p is None for p in polygons) else polygons
    else:
        return None
    return None if rebuilt is None else {"type": kind, "coordinates": rebuilt}


def _polygon(rings) -> list | None:
    if not isinstance(rings, list) or not rings:
        return None
    rebuilt = []
    for ring in rings:
        if not isinstance(ring, list) or not ring:
            return None
        positions = [_position(p) for p in ring]
        if any(p is None for p in positions):
            return None
        rebuilt.append(_simplified(positions))
    return rebuilt


# How far (in degrees) an outline may move when points are dropped from it: under a pixel at
# the deepest zoom a province map has (10: 0.0014° a pixel). Every page with a choropleth
# carries every outline, and an admin-1 file drawn for print (GADM's, a few MB) would
# otherwise make each of those pages as large.
TOLERANCE = 0.001


def _simplified(ring: list[list[float]]) -> list[list[float]]:
    """The ring with the points dropped that lie within TOLERANCE of the line through their
    neighbours kept (Douglas–Peucker, without recursion: rings have 100,000s of points)."""
    if len(ring) <= 4:
        return ring
    xs, ys = [float(p[0]) for p in ring], [float(p[1]) for p in ring]
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        x1, y1 = xs[first], ys[first]
        dx, dy = xs[last] - x1, ys[last] - y1
        length = math.hypot(dx, dy)
        farthest, at = 0.0, -1
        for i in range(first + 1, last):
            x, y = xs[i], ys[i]
            # from the line through first and last, or from first itself where they meet (a ring's ends)
            d = abs(dy * (x - x1) - dx * (y - y1)) / length if length else math.hypot(x - x1, y - y1)
            if d > farthest:
                farthest, at = d, i
        if farthest > TOLERANCE:
            keep[at] = True
            stack += [(first, at), (at, last)]
    kept = [p for p, k in zip(ring, keep) if k]
    return kept if len(kept) >= 4 else ring


def _position(position) -> list[float] | None:
    """[longitude, latitude] (an altitude is dropped), each a finite number in range."""
    if not isinstance(position, list) or len(position) < 2:
        return None
    lon, lat = position[0], position[1]
    if not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in (lon, lat)):
        return None
    try:  # an integer too large for a float is no coordinate either
        x, y = float(lon), float(lat)
    except OverflowError:
        return None
    if not (math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90):
        return None
    return [lon, lat]


def _bounds(shape: dict) -> tuple[float, float, float, float]:
    """(south, west, north, east) of a shape from _shape."""
    polygons = shape["coordinates"] if shape["type"] == "MultiPolygon" else [shape["coordinates"]]
    points = [p for polygon in polygons for ring in polygon for p in ring]
    xs, ys = [float(p[0]) for p in points], [float(p[1]) for p in points]
    return (min(ys), min(xs), max(ys), max(xs))
