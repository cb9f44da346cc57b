"""Maps in a real browser: Leaflet starts, markers and popups work, nothing leaves the site."""

from __future__ import annotations

import contextlib
import json

import lxml.html
import pytest
from browser import StaticServer, isolate, png_is_blank
from conftest import MINIMAL, copy_fixture, make_site

from generator.build import build_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = copy_fixture("basic", tmp_path_factory.mktemp("maps") / "root")
    assert build_site(root).ok
    server = StaticServer(root / "site")
    yield server.origin
    server.close()


def _open(browser, origin, path, width=1100):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 900})
    attempts = isolate(context, origin)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    response = page.goto(f"{origin}/{path}")
    assert response.status == 200
    page.wait_for_selector("#map_briefing[data-ready='true']")
    return context, page, attempts, errors


@pytest.mark.parametrize("path,markers", [("index.html", 2), ("provinces/north-hamgyong/index.html", 2),
                                          ("briefs/targets/index.html", 2), ("topics/power/index.html", 2)])
def test_leaflet_starts_with_the_expected_markers_and_no_third_party_requests(browser, served, path, markers):  # noqa: F811
    context, page, attempts, errors = _open(browser, served, path)
    assert page.evaluate("typeof window.L === 'object' && typeof window.map_briefing === 'object'")
    assert page.locator(".briefing-marker").count() == markers
    assert page.locator(".leaflet-control-attribution").is_visible()
    # Every map has the provinces' outlines under its markers: a brief's or topic's are not
    # dots on a blank field. The markers are drawn last, on top.
    paths = page.locator(".leaflet-overlay-pane path")
    assert paths.count() >= markers + 9
    assert "briefing-marker" in (paths.last.get_attribute("class") or "")
    assert "Natural Earth" in page.locator(".leaflet-control-attribution").inner_text()
    page.wait_for_load_state("networkidle")
    assert attempts == [] and errors == []
    context.close()


def test_a_marker_is_reached_and_opened_from_the_keyboard(browser, served):  # noqa: F811
    context, page, attempts, _ = _open(browser, served, "provinces/north-hamgyong/index.html")
    marker = page.get_by_role("button", name="Kim Chaek Iron and Steel Complex: 1 claim")
    marker.focus()
    assert page.evaluate("document.activeElement.classList.contains('briefing-marker')")
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Kim Chaek Iron and Steel Complex" in popup.inner_text()
    # the focus is in the popup, on its first link; Escape closes it and goes back to the marker
    assert page.evaluate("document.activeElement.closest('.leaflet-popup') !== null")
    assert page.evaluate("document.activeElement.tagName") == "A"
    page.keyboard.press("Escape")
    page.wait_for_selector(".leaflet-popup", state="detached")
    assert page.evaluate("document.activeElement.classList.contains('kind-place')")
    page.locator(".briefing-marker.kind-province").focus()
    page.keyboard.press(" ")
    page.wait_for_function("document.querySelector('.leaflet-popup-content')?.innerText.includes('North Hamgyong')")
    assert attempts == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_focused_markers_two_tone_ring_stands_out_from_any_shade_under_it(browser, served, scheme):  # noqa: F811
    # The focused stroke alone (the text colour) was 1.45:1 on a light province in the dark scheme
    context, page, _, _ = _open(browser, served, "provinces/north-hamgyong/index.html")
    page.emulate_media(color_scheme=scheme)
    rings = page.locator(".briefing-focus-ring")
    marker = page.locator(".briefing-marker.kind-place")
    marker.click(force=True)  # a click focuses the marker without :focus-visible: no ring
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.classList.contains('kind-place')") and rings.count() == 0
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # back from the keyboard: the ring, just under the marker
    assert page.evaluate("document.activeElement.classList.contains('kind-place')") and rings.count() == 1
    assert page.evaluate("document.activeElement.previousElementSibling.classList.contains('briefing-focus-ring')")
    inner, outer = page.evaluate("""[getComputedStyle(document.activeElement).stroke,
                                     getComputedStyle(document.querySelector('.briefing-focus-ring')).stroke]""")
    lighter, darker = sorted((_luminance(inner), _luminance(outer)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 9, (inner, outer)  # then one of them is 3:1 on any colour
    box, ring = marker.bounding_box(), rings.bounding_box()
    assert ring["x"] <= box["x"] - 3 and ring["x"] + ring["width"] >= box["x"] + box["width"] + 3
    assert ring["y"] <= box["y"] - 3 and ring["y"] + ring["height"] >= box["y"] + box["height"] + 3
    page.keyboard.press("Tab")
    assert rings.count() == 0
    context.close()


def test_province_popup_opens_and_its_link_leads_to_a_page(browser, served):  # noqa: F811
    context, page, attempts, _ = _open(browser, served, "provinces/north-hamgyong/index.html")
    assert page.locator(".briefing-marker.status-contested").count() == 2
    page.locator(".briefing-marker.kind-place").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Kim Chaek Iron and Steel Complex" in popup.inner_text()
    link = popup.locator("a").first
    assert link.inner_text() == "The mill runs only a few days a year."
    with page.expect_navigation():
        # A JS click: the popup may still be panning the map into view under a mouse click.
        link.evaluate("a => a.click()")
    assert page.url.endswith("/briefs/steel/index.html#claim-idle")
    assert page.locator("#claim-idle").is_visible()
    assert attempts == []
    context.close()


def test_index_popup_names_the_province_and_links_to_its_page(browser, served):  # noqa: F811
    context, page, attempts, _ = _open(browser, served, "index.html")
    page.locator(".briefing-marker.status-contested").click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "North Hamgyong" in text and "함경북도" in text and "Steel: 3 claims" in text
    with page.expect_navigation():
        popup.locator("a").last.evaluate("a => a.click()")
    assert page.url.endswith("/provinces/north-hamgyong/index.html")
    assert page.locator("h1").inner_text().startswith("North Hamgyong")
    assert attempts == []
    context.close()


def test_every_page_type_renders_something(browser, served, tmp_path):  # noqa: F811
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    attempts = isolate(context, served)
    page = context.new_page()
    for name, path in [("index", "index.html"), ("brief", "briefs/steel/index.html"), ("topic", "topics/steel/index.html"),
                       ("province", "provinces/north-hamgyong/index.html"), ("report", "reports/alpha/index.html"),
                       ("sources", "sources/index.html"), ("provinces", "provinces/index.html")]:
        page.goto(f"{served}/{path}")
        shot = tmp_path / f"{name}.png"
        page.screenshot(path=str(shot))
        assert not png_is_blank(shot.read_bytes()), name
    blank = tmp_path / "blank.png"
    page.set_content("<body style='background:#fff'></body>")
    page.screenshot(path=str(blank))
    assert png_is_blank(blank.read_bytes())  # the check itself can fail
    assert attempts == []
    context.close()


@contextlib.contextmanager
def _place_popup_opened(browser, root, path):  # noqa: F811
    """`path` of the built site served, its place marker clicked: (page, popup). On leaving,
    no dialog opened, no script failed and nothing was asked of another host."""
    server = StaticServer(root / "site")
    try:
        context, page, attempts, errors = _open(browser, server.origin, path)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.locator(".briefing-marker.kind-place").click(force=True)
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        yield page, popup
        page.wait_for_timeout(200)
        assert dialogs == [] and errors == [] and attempts == []
        context.close()
    finally:
        server.close()


def test_hostile_text_in_popups_stays_text(browser, tmp_path):  # noqa: F811
    evil = "</script><img src=x onerror=alert(1)>{{ 7*7 }}${alert(1)}`"
    places = f"- id: p1\n  name: {json.dumps(evil)}\n  province: KP-09\n  lat: 41.7\n  lon: 129.7\n"
    brief = MINIMAL["content/briefs/b1.yaml"].replace("    text: Idle mill.", f"    text: {json.dumps(evil)}\n    places: [p1]")
    root = make_site(tmp_path, {"content/places.yaml": places, "content/briefs/b1.yaml": brief})
    assert build_site(root).ok
    with _place_popup_opened(browser, root, "provinces/north-hamgyong/index.html") as (page, popup):
        assert popup.inner_text().count(evil) == 2  # the place name and the claim, as text
        assert popup.locator("img").count() == 0
        # the marker's accessible name (setAttribute) and its keyboard popup: text too
        marker = page.locator(".briefing-marker.kind-place")
        assert marker.get_attribute("aria-label") == f"{evil}: 1 claim"
        page.keyboard.press("Escape")
        marker.focus()
        page.keyboard.press("Enter")
        popup.wait_for()
        assert popup.inner_text().count(evil) == 2 and popup.locator("img").count() == 0
        assert "North Hamgyong province page" in popup.inner_text()


def test_hostile_claims_in_a_crowded_popup_stay_text(browser, tmp_path):  # noqa: F811
    # The popup's lines and links are made in the browser from JSON (never by folium, which
    # compiles what it renders as a Jinja template inside a JS template literal): its claim
    # links, and the "and 4 more" line among them, are text.
    evil = "</script><img src=x onerror=alert(1)>{{ 7*7 }}${alert(1)}`{n}"
    root = _crowded_site(tmp_path, evil)
    assert build_site(root).ok
    doc = lxml.html.fromstring((root / "site" / "briefs" / "b1" / "index.html").read_bytes())
    code = " ".join(s.text or "" for s in doc.xpath('//script[not(@type="application/json")]'))
    assert code and all(part not in code for part in ("7*7", "${alert", "`", "alert(1)"))  # none in folium's part
    with _place_popup_opened(browser, root, "briefs/b1/index.html") as (_, popup):
        items = popup.locator("li").all_inner_texts()
        assert items[:8] == [evil.replace("{n}", str(n)) + " single source" for n in range(8)]
        assert items[8:] == ["and 4 more", "North Hamgyong province page"]
        assert popup.locator("img").count() == 0 and "49" not in popup.inner_text()


@pytest.mark.parametrize("width", [320, 390, 1100])
def test_the_attribution_leaves_the_scale_bar_in_view(browser, served, width):  # noqa: F811
    context, page, _, _ = _open(browser, served, "index.html", width=width)
    boxes = [page.locator(f".leaflet-control-{name}").bounding_box() for name in ("scale", "attribution")]
    scale, credit = boxes
    assert scale and credit
    apart = (scale["x"] + scale["width"] <= credit["x"] or credit["y"] + credit["height"] <= scale["y"]
             or scale["y"] + scale["height"] <= credit["y"])
    assert apart, boxes
    context.close()


def _luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_attributions_link_reads_against_its_box_in_either_colour_scheme(browser, served, scheme):  # noqa: F811
    # Leaflet's box is 80 % white: over the dark theme's map its link was 3.4:1 (WCAG asks 4.5:1)
    context, page, _, _ = _open(browser, served, "index.html")
    page.emulate_media(color_scheme=scheme)
    colours = page.evaluate("""(() => { const box = document.querySelector('.leaflet-control-attribution');
        return [getComputedStyle(box.querySelector('a')).color, getComputedStyle(box).backgroundColor]; })()""")
    assert colours[1] == "rgb(255, 255, 255)" if scheme == "dark" else colours[1].startswith("rgba(255, 255, 255")
    lighter, darker = sorted((_luminance(colour) for colour in colours), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5, colours
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_popups_claim_shows_its_flag_legibly_in_either_colour_scheme(browser, served, scheme):  # noqa: F811
    # Each claim says it is contested, as on its page; the popup is white in either scheme, so
    # the dark scheme's light flag colour would have been 2:1 on it
    context, page, _, _ = _open(browser, served, "provinces/north-hamgyong/index.html")
    page.emulate_media(color_scheme=scheme)
    page.locator(".briefing-marker.kind-place").first.click(force=True)
    flag = page.locator(".leaflet-popup-content li .map-popup-flag").last
    flag.wait_for()
    assert flag.inner_text() == "contested"
    colours = flag.evaluate("""f => [getComputedStyle(f).color,
        getComputedStyle(f.closest('.leaflet-popup-content-wrapper')).backgroundColor]""")
    lighter, darker = sorted((_luminance(colour) for colour in colours), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5, colours
    context.close()


def _crowded_site(tmp_path, text: str = "Claim number {n} about the mill and what it made that year."):
    """A brief of 12 claims at one place: its popup lists 8 of them, "and 4 more" and the
    province page, on a brief's small map."""
    places = "- {id: mill, name: Mill, province: KP-09, lat: 41.7, lon: 129.7}\n"
    source = "    sources:\n      - report: r1\n        quote: \"runs a few days each year\"\n"
    claims = "".join(f"  - id: c{n}\n    text: {json.dumps(text.replace('{n}', str(n)))}\n"
                     f"    places: [mill]\n{source}" for n in range(12))
    brief = f"title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n{claims}"
    return make_site(tmp_path, {"content/places.yaml": places, "content/briefs/b1.yaml": brief}, MINIMAL)


@pytest.mark.parametrize("width", [360, 1100])
def test_a_long_popup_stays_inside_its_map_and_scrolls(browser, tmp_path, width):  # noqa: F811
    root = _crowded_site(tmp_path)
    assert build_site(root).ok
    server = StaticServer(root / "site")
    try:
        context, page, attempts, errors = _open(browser, server.origin, "briefs/b1/index.html", width)
        page.get_by_role("button", name="Mill: 12 claims").focus()
        page.keyboard.press("Enter")
        page.locator(".leaflet-popup-content").wait_for()
        inside = """(selector) => { const f = document.querySelector('.map-frame').getBoundingClientRect();
            const b = document.querySelector(selector).getBoundingClientRect();
            return b.top >= f.top && b.bottom <= f.bottom && b.left >= f.left && b.right <= f.right; }"""
        # the map pans the popup into view (an animation: slower on a loaded machine)
        page.wait_for_function(inside, arg=".leaflet-popup-content-wrapper", timeout=10_000)
        items = page.locator(".leaflet-popup-content li").all_inner_texts()
        assert len(items) == 10 and items[8] == "and 4 more" and items[9] == "North Hamgyong province page"
        for _ in range(8):  # Tab to the last link: it scrolls into view inside the popup
            page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "North Hamgyong province page"
        page.wait_for_timeout(100)
        assert page.evaluate("(() => { const a = document.activeElement.getBoundingClientRect();"
                             " const p = document.querySelector('.leaflet-popup-content').getBoundingClientRect();"
                             " return a.top >= p.top && a.bottom <= p.bottom; })()")
        assert attempts == [] and errors == []
        context.close()
    finally:
        server.close()

