"""Maps: folium builds each page's Leaflet map; our own script adds markers and popups.

folium renders the map itself — the tile layer (or none) and the province choropleth — as
figure parts that are embedded in the page (not an iframe); its default CDN links (Leaflet,
jQuery, Bootstrap, Font Awesome) are never used: Leaflet comes from xstatic-leaflet into
site/assets/leaflet/. Markers, popups and framing travel as a JSON block that
assets/briefing-maps.js turns into Leaflet layers with textContent, so untrusted text never
passes through folium's Popup/Tooltip (compiled as Jinja and placed in a JS template
literal) and stays inert. The folium part depends only on the tiles, the framing and the
shading, so it is cached: every brief and topic map shares one render.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from generator.forked import Forked, can_fork, free_cores
from generator.mapspecs import MapSpec, Marker
from generator.model import Boundaries, TileConfig
from generator.urls import relative

MAP_NAME = "briefing"  # folium's element id is map_briefing: one map per page, a stable id
SHADES = ("#eef3f9", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")  # 0 claims, then 5 classes
# folium renders each part of a map, then compiles the result again as a Jinja template
# (branca's Element): text from site.yaml that reached it would run as template code at build
# time (`{{ … }}`). The tile layer is given these stand-ins, replaced by the real values after.
TILES_STAND_IN = "https://tiles.briefing.invalid/{z}/{x}/{y}.png"
ATTRIBUTION_STAND_IN = "briefing-attribution-stand-in"
# The province outlines drawn under a brief's or topic's markers: one file that every such
# page loads (a <script>, which works from file:// where fetching JSON does not), instead of
# 40 KB more in each page or a folium render per page.
OUTLINES_ASSET = "assets/briefing-outlines.js"
OUTLINED = ("brief", "topic")  # the maps without a choropleth of their own
LEAFLET_FILES = ("leaflet.js", "leaflet.css", "images/layers.png", "images/layers-2x.png",
                 "images/marker-icon.png", "images/marker-icon-2x.png", "images/marker-shadow.png")


@dataclass(frozen=True, slots=True)
class ShadeClass:
    low: int
    high: int
    color: str

    @property
    def label(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


@dataclass(frozen=True, slots=True)
class RenderedMap:
    """What a page template needs: the embedded map, its legend and its text table."""

    html: Markup  # generated here: folium's parts and our escaped JSON
    spec: MapSpec
    shades: tuple[ShadeClass, ...]
    page_links: dict[str, str]  # marker link (site path) → link relative to the page


def shade_classes(shading: tuple[tuple[str, int], ...]) -> tuple[ShadeClass, ...]:
    top = max((n for _, n in shading), default=0)
    if top == 0:
        return ()
    edges = sorted({max(1, math.ceil(top * q)) for q in (0.2, 0.4, 0.6, 0.8, 1.0)})
    classes, low = [ShadeClass(0, 0, SHADES[0])], 1
    for i, edge in enumerate(edges):
        classes.append(ShadeClass(low, edge, SHADES[len(SHADES) - len(edges) + i]))
        low = edge + 1
    return tuple(classes)


def _shade(count: int, classes: tuple[ShadeClass, ...]) -> str:
    return next((c.color for c in classes if c.low <= count <= c.high), SHADES[0])


class MapRenderer:
    """Renders map specs; the folium parts are cached by their input, across builds when the
    caller passes the build cache's dict."""

    def __init__(self, tiles: TileConfig, boundaries: Boundaries, cache: dict[str, str] | None = None):
        self.tiles, self.boundaries = tiles, boundaries
        self.cache: dict[str, str] = cache if cache is not None else {}
        self._shapes_key = ""
        self._ahead: Forked | None = None  # the child drawing ahead (draw_ahead)

    def render(self, spec: MapSpec, page_path: str) -> RenderedMap:
        shades = shade_classes(spec.shading)
        body = self._folium(spec, shades)
        links = {m.link: relative(page_path, m.link) for m in spec.markers if m.link}
        outlined = spec.kind in OUTLINED and bool(self.boundaries.shapes)
        data = _json_for_script(self._data(spec, page_path, outlined))
        outlines = f'<script src="{relative(page_path, OUTLINES_ASSET)}"></script>\n' if outlined else ""
        markup = (f'<link rel="stylesheet" href="{relative(page_path, "assets/leaflet/leaflet.css")}">\n'
                  f'<script src="{relative(page_path, "assets/leaflet/leaflet.js")}"></script>\n{body}\n'
                  f'<script type="application/json" data-map="map_{MAP_NAME}">{data}</script>\n{outlines}'
                  f'<script src="{relative(page_path, "assets/briefing-maps.js")}"></script>')
        return RenderedMap(Markup(markup), spec, shades, links)

    def draw_ahead(self, specs: Iterable[MapSpec]) -> None:
        """Start drawing the folium parts of `specs` that the cache lacks, in a forked child,
        while the pages are planned (take_drawn waits for them). Pages and render workers
        then take them from the cache instead of each importing folium to draw their own
        (27 MiB more of every worker's memory, with numpy and requests, and 0.4 s), and the
        cache keeps them for the next build, where a worker's would be lost with it. With no
        core free for the child (forked.free_cores), they are drawn here and now. Where no
        child can be forked, or it fails, pages draw their maps as before (and report what
        went wrong)."""
        todo: dict[str, tuple[MapSpec, tuple[ShadeClass, ...]]] = {}
        for spec in specs:
            shades = shade_classes(spec.shading)
            if (key := self._key(spec, shades)) not in self.cache:
                todo.setdefault(key, (spec, shades))
        if not todo or not can_fork():
            return
        if free_cores() > 0:
            self._ahead = Forked(lambda: {key: self._build_folium(*value) for key, value in todo.items()})
            return
        for key, value in todo.items():  # (a forked save of the cache has the other core: here, then)
            with contextlib.suppress(Exception):  # (the page drawing it again says what went wrong)
                self.cache[key] = self._build_folium(*value)

    def keep_only(self, specs: Iterable[MapSpec]) -> None:
        """Forget the parts of maps the site no longer shows: a province map's shading changes
        with its claims, and each edit would otherwise leave the part it had (~45 KB) in the
        cache for good."""
        live = {self._key(spec, shade_classes(spec.shading)) for spec in specs}
        for key in [key for key in self.cache if key not in live]:
            del self.cache[key]

    def take_drawn(self) -> None:
        """The parts draw_ahead started, into the cache, once drawn."""
        if self._ahead is not None:
            done, drawn = self._ahead.result()
            self._ahead = None
            if done:
                self.cache.update(drawn)

    def stop_drawing(self) -> None:
        """End the drawing child, if still there: the pages it drew for are not rendered."""
        if self._ahead is not None:
            self._ahead.close()
            self._ahead = None

    def _folium(self, spec: MapSpec, shades: tuple[ShadeClass, ...]) -> str:
        key = self._key(spec, shades)
        if key not in self.cache:
            self.cache[key] = self._build_folium(spec, shades)
        return self.cache[key]

    def _key(self, spec: MapSpec, shades: tuple[ShadeClass, ...]) -> str:
        """All that a folium part is drawn from (not the markers, which travel as JSON)."""
        if not self._shapes_key:  # the outlines are part of the input: a new file, a new map
            self._shapes_key = hashlib.sha256(repr(sorted(self.boundaries.shapes.items())).encode()).hexdigest()
        return hashlib.sha256(repr((self.tiles, spec.center, spec.zoom, spec.shading, spec.focus, shades,
                                    self._shapes_key)).encode()).hexdigest()

    def _build_folium(self, spec: MapSpec, shades: tuple[ShadeClass, ...]) -> str:
        import folium  # imported here: 0.3 s that only builds with maps pay

        fmap = folium.Map(location=list(spec.center), zoom_start=spec.zoom, tiles=None, control_scale=True,
                          max_zoom=self.tiles.max_zoom, scrollWheelZoom=False)
        fmap._id = MAP_NAME
        if self.tiles.url:
            # Pages send no Referer (base.html), but tile servers may require one (OpenStreetMap's
            # answer 403 without): the tiles name the site's origin, never the page.
            layer = folium.TileLayer(tiles=TILES_STAND_IN, attr=ATTRIBUTION_STAND_IN, max_zoom=self.tiles.max_zoom,
                                     referrer_policy="strict-origin")
            layer._id = "tiles"
            layer.add_to(fmap)
        counts = dict(spec.shading)
        features = [{"type": "Feature", "properties": {"code": code}, "geometry": shape}
                    for code, shape in self.boundaries.shapes.items() if code in counts]
        if features:
            def style(feature: dict) -> dict:
                code = feature["properties"]["code"]
                focus = code == spec.focus
                return {"fillColor": _shade(counts[code], shades), "fillOpacity": 0.75, "color": "#1d232a" if focus else "#5b6672",
                        "weight": 3 if focus else 1, "opacity": 0.9}
            shapes = folium.GeoJson({"type": "FeatureCollection", "features": features}, style_function=style,
                                    name="provinces", control=False)
            shapes._id = "provinces"
            shapes.add_to(fmap)
        figure = fmap.get_root()
        figure.render()
        script = figure.script.render().strip()
        if self.tiles.url:
            script = _put_back(script, TILES_STAND_IN, self.tiles.url)
            script = _put_back(script, ATTRIBUTION_STAND_IN, self.tiles.attribution)
        return f"{figure.html.render().strip()}\n<script>\n{script}\n</script>"

    def _data(self, spec: MapSpec, page_path: str, outlined: bool) -> dict:
        return {
            "map": f"map_{MAP_NAME}",
            "kind": spec.kind,
            "fit": list(spec.fit) if spec.fit else None,
            "maxZoom": {"overview": 7, "province": 10}.get(spec.kind, 9),
            "attribution": self.boundaries.attribution if spec.shading or outlined else "",
            "outlines": outlined,
            "markers": [_marker_data(m, page_path) for m in spec.markers],
        }


def _marker_data(marker: Marker, page_path: str) -> dict:
    return {
        "kind": marker.kind, "name": marker.name, "hangul": marker.hangul,
        "lat": marker.lat, "lon": marker.lon, "radius": marker.radius if marker.kind == "province" else 7,
        "status": marker.status, "claims": marker.claims, "lines": list(marker.lines),
        "links": [{"text": link.text, "href": relative(page_path, link.href) if link.href else "",
                   **({"flags": list(link.flags)} if link.flags else {})} for link in marker.links],
    }


def _put_back(script: str, stand_in: str, value: str) -> str:
    """`value` where folium wrote the stand-in (a JSON string), as JSON safe in a <script>."""
    quoted = json.dumps(stand_in)
    if script.count(quoted) != 1:  # folium changed how it writes a tile layer: fail, never leak
        raise RuntimeError(f"folium's map script does not hold {quoted} once")
    return script.replace(quoted, _json_for_script(value))


def _json_for_script(data: dict | str) -> str:
    """JSON that cannot end its <script> element or be read as HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def outlines_asset(boundaries: Boundaries) -> dict[str, bytes]:
    """OUTLINES_ASSET for these boundaries (none without any), as a script that sets
    window.briefingOutlines to a GeoJSON FeatureCollection."""
    if not boundaries.shapes:
        return {}
    features = [{"type": "Feature", "properties": {"code": code}, "geometry": boundaries.shapes[code]}
                for code in sorted(boundaries.shapes)]
    data = _json_for_script({"type": "FeatureCollection", "features": features})
    return {OUTLINES_ASSET: f"window.briefingOutlines = {data};\n".encode("utf-8")}


def leaflet_assets() -> dict[str, bytes]:
    """Leaflet's own files from the xstatic-leaflet package, for site/assets/leaflet/."""
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    return {f"assets/leaflet/{name}": (base / name).read_bytes() for name in LEAFLET_FILES if (base / name).is_file()}
