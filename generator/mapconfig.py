"""The `map:` settings of site.yaml: the tile background and the province boundaries.

    map:
      tiles: none                          # the default: no third-party requests at all
      tiles: OpenStreetMap.Mapnik          # any xyzservices provider name
      tiles: {url: "https://…/{z}/{x}/{y}.png", attribution: "© …"}
      boundaries: data/admin1.geojson      # your own admin-1 GeoJSON instead of the built-in
"""

from __future__ import annotations

import html
import re

from generator.diagnostics import Diagnostic, warning
from generator.fields import Fields, did_you_mean
from generator.model import MapConfig, TileConfig

MAP_FIELDS = ("tiles", "boundaries")
_TEMPLATE = re.compile(r"^https?://[^\s]+$")


def validate_map(parent: Fields, diags: list[Diagnostic]) -> MapConfig:
    if parent.data.get("map") is None:
        return MapConfig()
    f = Fields(parent.doc, ("map",), parent.data["map"], diags, "map settings")
    if not f.ok:
        return MapConfig()
    f.check_unknown(MAP_FIELDS)
    boundaries = f.text("boundaries").strip()
    return MapConfig(_tiles(f, diags), boundaries)


def _tiles(f: Fields, diags: list[Diagnostic]) -> TileConfig:
    value = f.data.get("tiles")
    if value is None or value is False or (isinstance(value, str) and value.strip().lower() == "none"):
        return TileConfig()
    if isinstance(value, dict):
        return _custom_tiles(Fields(f.doc, ("map", "tiles"), value, diags, "tiles"))
    name = f.text("tiles").strip()
    if not name:
        return TileConfig()
    import xyzservices  # ~30 ms: only for a site that names a provider, when its site.yaml is read

    try:
        provider = xyzservices.providers.query_name(name)
    except ValueError:
        names = list(xyzservices.providers.flatten())
        f.err("tiles", f'unknown tile provider "{name}"',
              did_you_mean(name, names) or 'use "none", a provider name such as OpenStreetMap.Mapnik, '
              "or {url: …, attribution: …}")
        return TileConfig()
    if provider.requires_token():
        f.err("tiles", f'tile provider "{name}" needs an API key', "give its URL with the key as {url: …, attribution: …}")
        return TileConfig()
    return TileConfig(provider.build_url(), provider.html_attribution, int(provider.get("max_zoom", 18)))


def _custom_tiles(f: Fields) -> TileConfig:
    f.check_unknown(("url", "attribution", "max_zoom"))
    url = f.text("url", required=True).strip()
    attribution = f.text("attribution", required=True).strip()
    if url and (not _TEMPLATE.match(url) or not all(k in url for k in ("{z}", "{x}", "{y}"))):
        f.err("url", f'tile URL must be an http(s) template with {{z}}, {{x}} and {{y}}, not "{url}"')
        return TileConfig()
    if url and not attribution:
        return TileConfig()
    if url.startswith("http://"):
        f.diags.append(warning(f.pos("url"), "tiles over plain http leak what readers look at; use https"))
    # The attribution is shown as HTML by Leaflet: the user's text is escaped first.
    return TileConfig(url, html.escape(attribution), f.integer("max_zoom", 1, 22, 18))
