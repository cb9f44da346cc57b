"""Maps: configuration, boundary matching, map data on pages, mentions, privacy."""

from __future__ import annotations

import html
import json
import re
import shutil

import lxml.html
import pytest
from conftest import FIXTURES, MINIMAL, REPO, make_site, messages, page

from generator.boundaries import match_boundaries
from generator.build import build_site
from generator.load import load_gazetteer
from generator.maps import shade_classes
from generator.model import RawGeoJson
from generator.names import Names


def _provinces() -> Names:
    gazetteer = load_gazetteer()
    return Names("province", (p.code for p in gazetteer), ((n, p.code) for p in gazetteer for n in p.names))


def _map_data(doc) -> dict:
    [block] = doc.xpath('//script[@type="application/json"][@data-map]')
    return json.loads(block.text)


def test_user_geojson_is_matched_by_iso_code_or_any_alias_and_unmatched_features_are_named():
    data = json.loads((FIXTURES / "geojson" / "admin1.geojson").read_text(encoding="utf-8"))
    boundaries, diags = match_boundaries(RawGeoJson("data/admin1.geojson", data), _provinces())
    assert sorted(boundaries.shapes) == ["KP-08", "KP-09"]
    assert boundaries.bounds["KP-09"] == (41.0, 129.0, 42.5, 130.0)
    assert boundaries.shapes["KP-08"]["type"] == "MultiPolygon"  # the first match of KP-08 is kept
    assert boundaries.attribution == "Hand-made test shapes"
    unmatched, not_polygon = diags
    assert unmatched.pos.path == not_polygon.pos.path == "data/admin1.geojson"
    assert unmatched.message.startswith('1 boundary feature(s) match no province') and '"Atlantis"' in unmatched.message
    assert not_polygon.message.startswith("1 boundary feature(s) have no Polygon") and '"Pyongyang"' in not_polygon.message


def test_builtin_boundaries_cover_the_natural_earth_divisions():
    from generator.load import BUILTIN_BOUNDARIES
    data = json.loads(BUILTIN_BOUNDARIES.read_text(encoding="utf-8"))
    boundaries, diags = match_boundaries(RawGeoJson("", data), _provinces())
    assert not diags
    assert sorted(boundaries.shapes) == ["KP-01", "KP-02", "KP-03", "KP-04", "KP-05", "KP-06", "KP-07",
                                         "KP-08", "KP-09", "KP-10", "KP-13"]
    assert "Natural Earth" in boundaries.attribution


def _feature(code: str, coordinates) -> dict:
    return {"type": "Feature", "properties": {"code": code}, "geometry": {"type": "Polygon", "coordinates": coordinates}}


def test_a_boundary_feature_is_drawn_from_its_numbers_alone():
    square = [[[129, 41], [130, 41], [130, 42.5, 900], [129, 41]]]
    hostile = [[[129, 41], [130, 41], [130, 42], [1, "{{ 7*7 }}"]]]
    data = {"type": "FeatureCollection", "features": [
        {**_feature("KP-09", square), "bbox": "{{ 7*7 }}"}, _feature("KP-08", hostile),
        _feature("KP-01", [[[124, 39], [10 ** 400, 39], [124, 40]]]), _feature("KP-02", [[[124, 39], [181, 39]]]),
        _feature("KP-03", [[[124, 39], [True, 39]]]), _feature("KP-04", [[[124, float("nan")]]]),
        _feature("KP-05", []), {"type": "Feature", "properties": {"code": "KP-06"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}
    boundaries, diags = match_boundaries(RawGeoJson("geo.json", data), _provinces())
    # Only numbers reach folium, which renders the map twice over as a Jinja template; an
    # altitude is dropped, and anything else (strings, huge integers, booleans, NaN, out of
    # range) leaves the feature out.
    assert boundaries.shapes == {"KP-09": {"type": "Polygon", "coordinates": [[[129, 41], [130, 41], [130, 42.5], [129, 41]]]}}
    assert boundaries.bounds["KP-09"] == (41.0, 129.0, 42.5, 130.0)
    [w] = diags
    assert w.message.startswith("7 boundary feature(s) have no Polygon or MultiPolygon of valid coordinates")
    assert all(f'"KP-0{n}"' in w.message for n in (1, 2, 3, 4, 5, 6, 8))


def test_an_outline_drawn_finer_than_a_map_shows_is_simplified():
    # An admin-1 file drawn for print goes into every page with a choropleth: points that
    # move the outline by less than a pixel at the deepest zoom are dropped, a real bend is not.
    corners = [[129.0, 41.0], [130.0, 41.0], [130.0, 42.0], [129.5, 42.3], [129.0, 42.0], [129.0, 41.0]]
    dense = [[a[0] + (b[0] - a[0]) * i / 100, a[1] + (b[1] - a[1]) * i / 100]
             for a, b in zip(corners, corners[1:]) for i in range(100)] + [corners[-1]]
    wobble = [[x, y + (0.0004 if i % 2 else 0)] for i, (x, y) in enumerate(dense)]  # under the tolerance
    data = {"type": "FeatureCollection", "features": [_feature("KP-09", [dense]), _feature("KP-08", [wobble])]}
    boundaries, diags = match_boundaries(RawGeoJson("geo.json", data), _provinces())
    assert not diags
    assert boundaries.shapes["KP-09"]["coordinates"] == [corners]
    kept = boundaries.shapes["KP-08"]["coordinates"][0]
    assert len(kept) < 20 and all(abs(y - 42.3) > 0.01 or x == 129.5 for x, y in kept)
    assert [129.5, 42.3] in kept and boundaries.bounds["KP-08"][2] == 42.3  # the apex stays


def test_site_boundaries_setting_replaces_the_builtin_and_warns_about_unmatched(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://t.example/\nmap:\n  boundaries: data/admin1.geojson\n"})
    (root / "data").mkdir()
    shutil.copy(FIXTURES / "geojson" / "admin1.geojson", root / "data" / "admin1.geojson")
    result = build_site(root)
    assert result.ok
    assert [d.pos.path for d in result.warnings] == ["data/admin1.geojson"] * 2
    index = page(root / "site", "index.html")
    assert "Hand-made test shapes" == _map_data(index)["attribution"]


@pytest.mark.parametrize("features", ["[]", '[{"type": "Feature", "properties": {"code": "KP-09"}, "geometry": null}]'])
def test_a_boundaries_file_with_no_features_is_warned_once(tmp_path, features):
    # Every province then goes undrawn: as plain a loss as a file that is no FeatureCollection.
    site = "title: T\nbase_url: https://t.example/\nmap:\n  boundaries: a.geojson\n"
    root = make_site(tmp_path, {"content/site.yaml": site,
                                "a.geojson": '{"type": "FeatureCollection", "features": %s}' % features})
    result = build_site(root)
    assert result.ok
    [w] = result.warnings
    assert w.pos.path == "a.geojson"
    if features == "[]":
        assert w.message == "boundaries file has no features; maps show markers only"
    else:
        assert w.message.startswith("1 boundary feature(s) have no Polygon")


def test_missing_or_broken_boundaries_file_is_an_error(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://t.example/\nmap:\n  boundaries: nope.geojson\n",
                                "bad.geojson": '{"type": "FeatureCollection",\n "features": [}'})
    result = build_site(root)
    assert [(d.pos.path, d.pos.line) for d in result.errors] == [("content/site.yaml", 4)]
    (root / "content" / "site.yaml").write_text("title: T\nbase_url: https://t.example/\nmap:\n  boundaries: bad.geojson\n")
    [e] = build_site(root).errors
    assert (e.pos.path, e.pos.line) == ("bad.geojson", 2) and e.message.startswith("invalid GeoJSON")


@pytest.mark.parametrize("tiles,ok", [
    ("none", True), ("OpenStreetMap.Mapnik", True), ("OpenStreetMap.Mapnk", False),
    ('{url: "https://t.example/{z}/{x}/{y}.png", attribution: "<b>Me</b>"}', True),
    ('{url: "https://t.example/tiles.png", attribution: "x"}', False),
    ('{url: "javascript:alert(1)//{z}{x}{y}", attribution: "x"}', False),
    ('{url: "https://t.example/{z}/{x}/{y}.png"}', False),
])
def test_tile_settings(tmp_path, tiles, ok):
    root = make_site(tmp_path, {"content/site.yaml": f"title: T\nbase_url: https://t.example/\nmap:\n  tiles: {tiles}\n"})
    result = build_site(root)
    assert result.ok is ok, [str(d) for d in result.diagnostics]
    if not ok:
        assert result.errors[0].pos.line == 4
        return
    script = page(root / "site", "index.html").xpath('//script[not(@src) and not(@type)]')[0].text
    if tiles == "none":
        assert "L.tileLayer" not in script
    elif tiles.startswith("{"):
        assert "https://t.example/{z}/{x}/{y}.png" in script
        # Leaflet shows the attribution as HTML: the user's text arrives escaped.
        assert "lt;b\\u0026gt;Me" in script and "<b>Me</b>" not in script
    else:
        assert "tile.openstreetmap.org" in script and "OpenStreetMap" in script


def _tile_layer(script: str) -> tuple[str, str]:
    """The URL and the attribution option of folium's L.tileLayer(…) call (a JS object, so
    only its JSON strings are decoded)."""
    decoder = json.JSONDecoder()
    url, end = decoder.raw_decode(script, script.index('"', script.index("L.tileLayer(")))
    key = script.index('"attribution": ', end) + len('"attribution": ')
    return url, decoder.raw_decode(script, key)[0]


@pytest.mark.parametrize("attribution", ["{{ 7*7 }} © Me", "Tiles {% by %} Me", "Data {{ nope }} {#", "</script>${x}`"])
def test_tile_settings_reach_the_map_as_text_never_as_template_code(tmp_path, attribution):
    # folium compiles what it renders a second time as a Jinja template: "{{ 7*7 }}" read "49",
    # an unknown tag stopped the build with a traceback, and {{ … }} could run Python.
    url = "https://t.example/{{7*7}}/{z}/{x}/{y}.png"
    site = (f"title: T\nbase_url: https://t.example/\nmap:\n  tiles:\n    url: {json.dumps(url)}\n"
            f"    attribution: {json.dumps(attribution)}\n")
    root = make_site(tmp_path, {"content/site.yaml": site})
    result = build_site(root)
    assert result.ok, [str(d) for d in result.diagnostics]
    for rel in ("index.html", "briefs/b1/index.html", "topics/steel/index.html"):
        scripts = page(root / "site", rel).xpath('//script[not(@src) and not(@type)]')
        assert all("</script>" not in (s.text or "") for s in scripts)
        assert _tile_layer(scripts[0].text) == (url, html.escape(attribution))  # Leaflet shows it as HTML


def test_unknown_tile_provider_suggests_one(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://t.example/\nmap:\n  tiles: OpenStreetMap.Mapnk\n"})
    [e] = build_site(root).errors
    assert e.message == 'unknown tile provider "OpenStreetMap.Mapnk"' and "OpenStreetMap.Mapnik" in e.hint


def test_every_map_page_embeds_a_map_with_its_table_and_no_third_party_assets(basic_site):
    out, _ = basic_site
    pages = ["index.html", "briefs/steel/index.html", "topics/steel/index.html", "provinces/north-hamgyong/index.html"]
    for rel in pages:
        doc = page(out, rel)
        assert len(doc.xpath('//div[@id="map_briefing"]')) == 1, rel
        assert doc.cssselect("table.map-table tbody tr"), rel
        # (a page's canonical address is its own on the host, named, not loaded)
        for el in doc.xpath("//script[@src] | //link[@href and not(@rel='canonical')] | //img[@src]"):
            target = el.get("src") or el.get("href")
            assert not target.startswith(("http:", "https:", "//")), (rel, target)
    for name in ("leaflet.js", "leaflet.css", "images/marker-icon.png"):
        assert (out / "assets" / "leaflet" / name).is_file()
    assert (out / "assets" / "briefing-maps.js").is_file()
    # Pages without a map do not load Leaflet.
    assert not page(out, "sources/index.html").xpath('//script[contains(@src, "leaflet")]')


def test_map_data_per_page_type(basic_site):
    out, _ = basic_site
    overview = _map_data(page(out, "index.html"))
    assert [(m["name"], m["status"]) for m in overview["markers"]] == [("South Hamgyong", "single-source"),
                                                                        ("North Hamgyong", "contested")]
    north = next(m for m in overview["markers"] if m["name"] == "North Hamgyong")
    assert north["hangul"] == "함경북도"
    assert "Steel: 3 claims" in north["lines"]
    assert north["links"][-1]["href"] == "provinces/north-hamgyong/index.html"
    province = _map_data(page(out, "provinces/north-hamgyong/index.html"))
    assert [m["kind"] for m in province["markers"]] == ["province", "place"]
    place = province["markers"][1]
    assert place["name"] == "Kim Chaek Iron and Steel Complex"
    # its claims, then its province's page: reachable where the province's marker lies beneath
    assert [(link["text"], link["href"]) for link in place["links"]] == [
        (place["links"][0]["text"], "../../briefs/steel/index.html#claim-idle"),
        ("North Hamgyong province page", "../../provinces/north-hamgyong/index.html")]
    assert province["fit"] is not None
    brief = _map_data(page(out, "briefs/targets/index.html"))
    assert {m["name"] for m in brief["markers"]} == {"North Hamgyong", "South Hamgyong"}


def test_shading_legend_classes_cover_every_count():
    classes = shade_classes((("KP-01", 0), ("KP-02", 3), ("KP-09", 10)))
    assert classes[0].label == "0"
    covered = [n for c in classes for n in range(c.low, c.high + 1)]
    assert covered == list(range(0, 11))
    assert shade_classes((("KP-01", 0),)) == ()


def test_a_province_without_a_shape_gets_a_marker_at_its_seat(tmp_path):
    brief = MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]", "topics: [steel]\nprovinces: [Nampo]")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    assert build_site(root).ok
    data = _map_data(page(root / "site", "provinces/nampo/index.html"))
    [marker] = data["markers"]
    assert (marker["lat"], marker["lon"]) == (38.7375, 125.4078)
    assert data["fit"] is None


def test_hostile_names_stay_inside_the_json_block(tmp_path):
    evil = "</script><script>alert(1)</script>{{ 7*7 }}${alert(1)}`"
    places = f"- id: p1\n  name: {json.dumps(evil)}\n  province: KP-09\n  lat: 41.7\n  lon: 129.7\n"
    brief = MINIMAL["content/briefs/b1.yaml"].replace("    text: Idle mill.", f"    text: {json.dumps(evil)}\n    places: [p1]")
    root = make_site(tmp_path, {"content/places.yaml": places, "content/briefs/b1.yaml": brief})
    assert build_site(root).ok
    raw = (root / "site" / "provinces" / "north-hamgyong" / "index.html").read_text(encoding="utf-8")
    doc = lxml.html.fromstring(raw)
    scripts = doc.xpath("//script[not(@src)]")
    assert all("alert(1)</script>" not in (s.text or "") for s in scripts)
    data = _map_data(doc)
    assert data["markers"][1]["name"] == evil
    # The claim's text reaches the popup as data, word for word: not compiled as a Jinja
    # template ("{{ 7*7 }}" would read "49"), and nowhere in folium's own script, where ${…} and backticks
    # could end or run inside a JS template literal.
    [link] = [link for link in data["markers"][1]["links"] if link["href"].startswith("../../briefs/")]
    assert link["text"] == evil
    folium_scripts = [s.text or "" for s in scripts if s.get("type") != "application/json"]
    assert folium_scripts and not any(part in text for text in folium_scripts
                                      for part in ("7*7", "${alert", "`", "alert(1)"))


def test_the_outlines_script_holds_codes_and_numbers_only(tmp_path):
    # A site's own boundaries: their names and other properties are matched, never published.
    evil = "</script><script>alert(1)</script>{{ 7*7 }}${alert(1)}`"
    data = json.loads((FIXTURES / "geojson" / "admin1.geojson").read_text(encoding="utf-8"))
    for feature in data["features"]:
        feature["properties"]["comment"] = evil
    root = make_site(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://t.example/\nmap:\n  boundaries: geo.json\n",
                                "geo.json": json.dumps(data)})
    assert build_site(root).ok
    script = (root / "site" / "assets" / "briefing-outlines.js").read_text(encoding="utf-8")
    prefix = "window.briefingOutlines = "
    assert script.startswith(prefix) and script.endswith(";\n")
    outlines = json.loads(script[len(prefix):-2])
    assert outlines["features"]
    for feature in outlines["features"]:
        assert set(feature["properties"]) == {"code"} and re.fullmatch(r"KP-\d\d", feature["properties"]["code"])
    assert not any(part in script for part in ("<", "7*7", "${", "`", "alert"))


def test_maps_are_deterministic_and_the_sample_builds_clean(tmp_path):
    first, second = build_site(REPO, tmp_path / "a"), build_site(REPO, tmp_path / "b")
    assert first.ok and not first.diagnostics
    assert first.files == second.files


def test_a_map_drawn_ahead_in_the_builds_own_process_that_fails_is_drawn_by_its_page(tmp_path, monkeypatch):
    # With no core free for a drawing child (a forked save of the cache has it), the maps are
    # drawn ahead in the build's process: one failing there must not stop the build.
    from generator.maps import MapRenderer

    expected = build_site(REPO, tmp_path / "a").files
    real, drawn = MapRenderer._build_folium, []

    def failing_first(self, spec, shades):
        drawn.append(spec.kind)
        if len(drawn) == 1:
            raise RuntimeError("drawing failed")
        return real(self, spec, shades)
    monkeypatch.setattr(MapRenderer, "_build_folium", failing_first)
    monkeypatch.setattr("generator.maps.can_fork", lambda: True)
    monkeypatch.setattr("generator.maps.free_cores", lambda: 0)
    result = build_site(REPO, tmp_path / "b")
    assert result.ok and not result.diagnostics
    assert drawn[0] in drawn[1:] and result.files == expected  # drawn again, where its page needed it


MENTIONS = "In North  Hamgyong and 함경남도에서 and P’yŏngan-namdo, Kim Chaek Steel.\nAlso Pyongyangite and Hamhungs.\n"


def _mention_warnings(tmp_path, places: str, text: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of each warning when the sample report ends with `text`."""
    report = MINIMAL["content/reports/r1.md"] + text
    result = build_site(make_site(tmp_path, {"content/places.yaml": places, "content/reports/r1.md": report}))
    return [(d.pos.line, d.pos.col, d.message) for d in result.warnings]


def test_mentions_of_unlisted_provinces_and_places_are_warned_with_their_line(tmp_path):
    places = "- id: kc\n  name: Kim Chaek Steel\n  province: KP-09\n  lat: 41.7\n  lon: 129.7\n"
    # one warning for each kind, where the text first names one of them, naming them all
    assert _mention_warnings(tmp_path, places, MENTIONS) == [
        (8, 4, 'report mentions provinces "North Hamgyong" (as "North  Hamgyong"), "South Hamgyong" (as "함경남도")'
               ' and "South Pyongan" (as "P’yŏngan-namdo") but does not list them in provinces'),
        (8, 51, 'report mentions place "Kim Chaek Steel" but does not list it in places'),
    ]
    report = MINIMAL["content/reports/r1.md"] + MENTIONS
    result = build_site(make_site(tmp_path / "hints", {"content/places.yaml": places, "content/reports/r1.md": report}))
    assert [d.hint for d in result.warnings] == [
        "add North Hamgyong, South Hamgyong, South Pyongan to provinces: in the front matter",
        "add kc to places: in the front matter"]


def test_listed_mentions_are_quiet(tmp_path):
    places = "- id: kc\n  name: Kim Chaek Steel\n  province: KP-09\n  lat: 41.7\n  lon: 129.7\n"
    report = MINIMAL["content/reports/r1.md"].replace(
        "topics: [steel]", "topics: [steel]\nprovinces: [KP-09, 함경남도, South Pyongan]\nplaces: [kc]") + MENTIONS
    result = build_site(make_site(tmp_path, {"content/places.yaml": places, "content/reports/r1.md": report}))
    assert not result.diagnostics


def test_a_mention_is_warned_where_the_text_first_names_it_by_its_longest_name(tmp_path):
    # "Pyongyangite" is no mention; 함경북도 comes before "North Hamgyong", so it is the one
    # named; "Kim Chaek Steel" is one place (not its alias "Kim Chaek"), and "Sinpo" within
    # "Sinpo Shipyard" is another place, also mentioned.
    places = ("- id: kc\n  name: Kim Chaek Steel\n  aliases: [Kim Chaek]\n  province: KP-09\n  lat: 41.7\n  lon: 129.7\n"
              "- id: sinpo\n  name: Sinpo\n  province: KP-08\n  lat: 40.0\n  lon: 128.2\n"
              "- id: yard\n  name: Sinpo Shipyard\n  province: KP-08\n  lat: 40.0\n  lon: 128.2\n")
    text = "Pyongyangite crews from 함경북도에서 and North Hamgyong; Kim Chaek Steel, Kim Chaek, Sinpo Shipyard.\n"
    assert _mention_warnings(tmp_path, places, text) == [
        (8, 25, 'report mentions province "North Hamgyong" (as "함경북도") but does not list it in provinces'),
        (8, 52, 'report mentions places "Kim Chaek Steel", "Sinpo Shipyard" and "Sinpo" but does not list them'
                ' in places'),
    ]


def test_a_brief_map_shows_in_each_province_and_place_exactly_its_claims_there_in_index_order(tmp_path):
    # Looked up by position rather than by scanning the whole province (mapspecs._among):
    # the same claims, in the same order, as the scan.
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from synth import generate

    from generator.build import index_site
    from generator.mapspecs import SpecBuilder
    from generator.markup import make_markdown

    generate(tmp_path / "synthetic", 300, seed=11)
    indexed, diagnostics = index_site(tmp_path / "synthetic")
    assert indexed is not None, diagnostics
    index, builder = indexed.index, SpecBuilder(indexed.site, indexed.index, make_markdown())
    looked_up = 0
    for brief in indexed.site.briefs.values():
        chosen = {c.key for c in brief.claims}
        for kind, table in (("province", index.claims_by_province), ("place", index.claims_by_place)):
            for ident, listed in table.items():
                expected = tuple(k for k in listed if k in chosen)
                assert builder._among(kind, ident, chosen) == expected
                looked_up += len(chosen) * 4 < len(listed)
    assert looked_up > 100  # the position lookup, not only the scan, was exercised


def test_a_claim_reads_in_its_map_popup_as_on_its_page(tmp_path):
    # A claim's text is inline Markdown: "1. …" is not a list item, nor "# …" a heading.
    text = "1. Output of *the* mill fell"
    brief = (MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]", "topics: [steel]\nprovinces: [KP-09]")
             .replace("    text: Idle mill.", f"    text: {json.dumps(text)}"))
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    assert build_site(root).ok
    doc = page(root / "site", "provinces/north-hamgyong/index.html")
    [claim] = doc.cssselect("li.claim p.claim-text")
    shown = "".join(claim.xpath("text() | em/text()")).strip()
    assert shown == "1. Output of the mill fell"
    brief_map = _map_data(page(root / "site", "briefs/b1/index.html"))
    assert [link["text"] for m in brief_map["markers"] for link in m["links"]][:1] == [shown]


def test_a_claim_in_a_map_popup_carries_its_flags_as_on_its_page(tmp_path):
    # (from a held-out probe) a marker's colour is its claims' together: each claim in its
    # popup says, as on every page listing it, that it is single-source or contested
    brief = MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]", "topics: [steel]\nprovinces: [KP-09]") + (
        "  - id: c2\n    text: Busy mill.\n    contradicts: [c1]\n    sources:\n"
        "      - report: r1\n        quote: \"The mill runs\"\n      - report: r2\n        quote: \"The mill runs\"\n")
    report = MINIMAL["content/reports/r1.md"].replace("title: R1", "title: R2").replace("P1", "P2")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief, "content/reports/r2.md": report})
    result = build_site(root)
    assert result.ok, messages(result)
    brief_map = _map_data(page(root / "site", "briefs/b1/index.html"))
    flags = {link["text"]: link.get("flags") for m in brief_map["markers"] for link in m["links"] if link["href"]}
    assert flags == {"Idle mill.": ["single source", "contested"], "Busy mill.": ["contested"],
                     "North Hamgyong province page": None}


def test_a_maps_figure_ends_with_its_caption_and_the_table_follows_it(tmp_path):
    # HTML allows a figcaption only first or last in its figure; a map with keyboard
    # controls inside is a region, not an image (which would hide them from screen readers).
    out = tmp_path / "site"
    assert build_site(REPO, out).ok
    doc = page(out, "briefs/hamhung-solar-2025-12/index.html")
    [figure] = doc.cssselect("figure.map-figure")
    assert figure[-1].tag == "figcaption" and not figure.cssselect("details")
    assert figure.getnext().tag == "details" and figure.getnext().cssselect("table.map-table")
    assert figure.cssselect(".map-frame")[0].get("role") == "region"
    # without JavaScript the frame says why it is empty, and where the same data is
    [notice] = figure.cssselect(".map-frame > noscript")
    assert "the table below" in notice.text_content()


def test_where_a_link_leads_is_no_mention(tmp_path):
    # The link's text names Kaesong; its address, a media file's name, an autolink, a bare
    # address and a reference definition name five other provinces, which the text does not.
    text = ("See [Kaesong's market](https://example.org/ryanggang-market) and ![plan](../media/chagang.png).\n\n"
            "Also [the note][n], <https://example.org/Rason> and https://example.org/north-hamgyong/.\n\n"
            "[n]: https://example.org/south-pyongan\n")
    assert [w for w in _mention_warnings(tmp_path, "", text) if "mentions" in w[2]] == [
        (8, 6, 'report mentions province "Kaesong" but does not list it in provinces'),
    ]


@pytest.mark.parametrize("text, mentioned", [
    # (from an independent archive: 89 warnings at 10,000 reports)
    ("The Pyongyang Times desk said so.", False),
    ("Radio Pyongyang said so.", False),
    ("The Ryanggang\nTimes said so, as did the *Kaesong* Herald and RADIO\r\nKAESONG.", False),
    ("The PYONGYANG TIMES and 평양방송 said so.", False),
    ("In Pyongyang, times were hard.", True),  # prose
    ("in pyongyang times are hard", True),
    ("Pyongyang Times Square opened.", True),  # names that are places too
    ("The Pyongyang Post Office closed.", True),
    ("## Pyongyang Daily Life Grows Harder", True),
])
def test_a_name_in_a_newspapers_or_broadcasters_name_is_no_mention(tmp_path, text, mentioned):
    warned = [w for w in _mention_warnings(tmp_path, "", text + "\n") if "mentions" in w[2]]
    assert bool(warned) is mentioned, warned


def test_a_footnote_or_a_bracketed_label_still_names_places(tmp_path):
    # "[^1]: Ryanggang traders…" is a footnote's text, "[Update]: Hyesan" prose; only a
    # reference definition's address is no mention ("[map]: ../media/chagang.png").
    text = ("See the note[^1] and [the map][m], [the plan][p] and [the list][l].\n\n[m]: ../media/chagang.png\n\n"
            "> [p]: ../media/rason.png\n\n[l]:\n  ../media/jagang.png\n\n"  # in a quote; on the next line
            "[^1]: Ryanggang traders said so.\n")
    assert [w[2] for w in _mention_warnings(tmp_path, "", text) if "mentions" in w[2]] == [
        'report mentions province "Ryanggang" but does not list it in provinces']


@pytest.mark.parametrize("lat, lon, hint", [
    (0, 0, "check its lat and lon"),
    (129.7, 41.7, "check its lat and lon"),  # out of range for a latitude: refused before this
    (37.5, 127.0, "check its lat and lon"),  # Seoul, not in North Hamgyong
    (41.7, 41.7, "check its lat and lon"),
])
def test_a_place_well_outside_its_province_is_warned_about(tmp_path, lat, lon, hint):
    places = f"- id: kc\n  name: Kim Chaek Steel\n  province: KP-09\n  lat: {lat}\n  lon: {lon}\n"
    result = build_site(make_site(tmp_path, {"content/places.yaml": places}))
    if lat > 90:
        assert not result.ok
        return
    [warned] = [w for w in result.warnings if "lies outside its province" in w.message]
    assert (warned.pos.path, warned.pos.line) == ("content/places.yaml", 1)
    assert warned.message.startswith(f'place "kc" at lat {lat:g}, lon {lon:g} lies outside its province, '
                                     "North Hamgyong")
    assert warned.hint.startswith(hint) and "swapped" not in warned.hint


def test_a_place_with_its_lat_and_lon_swapped_is_told_so(tmp_path):
    # (a province far enough east that its longitudes are valid latitudes: none in Korea, so
    # a site's own outline)
    outline = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "KP-09"},
               "geometry": {"type": "Polygon", "coordinates": [[[40, 60], [40, 70], [50, 70], [50, 60], [40, 60]]]}}]}
    places = "- id: kc\n  name: Kim Chaek Steel\n  province: KP-09\n  lat: 45\n  lon: 65\n"
    site = MINIMAL["content/site.yaml"] + "map:\n  boundaries: b.geojson\n"
    result = build_site(make_site(tmp_path, {"content/places.yaml": places, "content/site.yaml": site,
                                             "b.geojson": json.dumps(outline)}))
    [warned] = [w for w in result.warnings if "lies outside its province" in w.message]
    assert "they look swapped" in warned.hint


def test_a_place_near_its_provinces_outline_is_not_warned_about(tmp_path):
    # a coast or an island just past the simplified outline's box
    places = "- id: kc\n  name: Kim Chaek Steel\n  province: KP-09\n  lat: 41.7\n  lon: 129.7\n"
    result = build_site(make_site(tmp_path, {"content/places.yaml": places}))
    assert not [w for w in result.warnings if "lies outside" in w.message]


@pytest.mark.parametrize("lat, lon", [(".nan", "129.7"), ('"41.7"', "129.7"), ("41.7", "1e400"), ("91", "129.7")])
def test_a_place_whose_coordinates_are_errors_is_not_also_outside_its_province(tmp_path, lat, lon):
    # one problem, one message: not a warning about "lat 0" the user never wrote
    places = f"- id: kc\n  name: Kim Chaek Steel\n  province: KP-09\n  lat: {lat}\n  lon: {lon}\n"
    result = build_site(make_site(tmp_path, {"content/places.yaml": places}))
    assert [e.message for e in result.errors if "must be a number" in e.message]
    assert not [w for w in result.warnings if "lies outside" in w.message]


def test_tiles_of_a_provider_are_asked_for_with_the_sites_origin_alone(tmp_path):
    site = "title: T\nbase_url: https://t.example/\nmap:\n  tiles: OpenStreetMap.Mapnik\n"
    root = make_site(tmp_path, {"content/site.yaml": site})
    assert build_site(root).ok
    html = (root / "site/topics/steel/index.html").read_text(encoding="utf-8")
    assert '"referrerPolicy": "strict-origin"' in html and 'content="no-referrer"' in html


def test_a_map_with_nothing_on_it_has_no_empty_table(tmp_path):
    root = make_site(tmp_path, {"content/topics.yaml": "- id: steel\n  title: Steel\n- id: empty\n  title: Empty\n",
                                "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                    "topics: [steel]", "topics: [steel]\nprovinces: [KP-09]")})
    assert build_site(root).ok
    empty, full = (page(root / "site", f"topics/{t}/index.html") for t in ("empty", "steel"))
    assert empty.cssselect("figure.map-figure") and not empty.cssselect("details.map-data, table.map-table")
    assert "nothing on it yet" in empty.cssselect(".map-noscript")[0].text_content()
    assert full.cssselect("details.map-data table.map-table tbody tr")


def test_the_cache_keeps_the_map_parts_the_site_shows_alone(tmp_path):
    # A province map's part is drawn from its shading, which changes with its claims: each edit
    # left the part it had in the cache, for good (49 MB after 52 edits at 2,000 reports).
    from generator.cache import BuildCache

    brief = MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]", "topics: [steel]\nprovinces: [KP-09]")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    cache = BuildCache()
    assert build_site(root, write=False, cache=cache).ok
    first = set(cache.maps)
    assert first
    more = brief + ("  - id: c2\n    text: Busy mill.\n    provinces: [KP-08]\n    sources:\n"
                    "      - report: r1\n        quote: \"runs a few days each year\"\n")
    for text in (more, brief):
        (root / "content/briefs/b1.yaml").write_text(text)
        assert build_site(root, write=False, cache=cache).ok
        assert set(cache.maps) == set(_fresh_maps(root))
    assert set(cache.maps) == first


def _fresh_maps(root):
    from generator.cache import BuildCache

    fresh = BuildCache()
    assert build_site(root, write=False, cache=fresh).ok
    return fresh.maps
