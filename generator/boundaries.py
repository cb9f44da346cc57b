"""Province outlines: GeoJSON features matched to gazetteer divisions.

The built-in outlines carry a `code` property. A user's admin-1 file (Natural Earth,
geoBoundaries, GADM …) is matched by any property whose value is an ISO 3166-2:KP code or
any name of a division; features that match nothing are named in one warning.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.diagnostics import Diagnostic, Pos, warning
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
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        code = _match(properties if isinstance(properties, dict) else {}, provinces)
        box = _bounds(geometry)
        if code is None or box is None:
            unmatched.append(_describe(properties, number))
        elif code not in shapes:
            shapes[code] = {"type": geometry["type"], "coordinates": geometry["coordinates"]}
            bounds[code] = box
    if unmatched and raw.path:
        shown = ", ".join(unmatched[:10]) + (f" and {len(unmatched) - 10} more" if len(unmatched) > 10 else "")
        diags.append(warning(where, f"{len(unmatched)} boundary feature(s) match no province and are not drawn: {shown}",
                             "give each feature an ISO 3166-2:KP code or a province name in its properties"))
    attribution = str(raw.data.get("attribution") or "") if raw.path else BUILTIN_ATTRIBUTION
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


def _describe(properties, number: int) -> str:
    if isinstance(properties, dict):
        for key in PREFERRED:
            if isinstance(properties.get(key), str):
                return f'"{properties[key][:40]}"'
    return f"feature {number}"


def _points(coordinates) -> Iterable[tuple[float, float]]:
    if (isinstance(coordinates, list) and len(coordinates) >= 2
            and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coordinates[:2])):
        yield float(coordinates[0]), float(coordinates[1])
    elif isinstance(coordinates, list):
        for item in coordinates:
            yield from _points(item)


def _bounds(geometry) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of a polygon; None for anything that is not one."""
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    try:
        points = list(_points(geometry.get("coordinates")))
    except RecursionError:
        return None
    if not points or not all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in points):
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(ys), min(xs), max(ys), max(xs))

