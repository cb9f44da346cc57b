"""`briefing serve` in a real browser: edits on disk show up without a manual reload."""

from __future__ import annotations

import pytest
from browser import isolate
from conftest import copy_fixture
from test_serve import ServeCommand

from generator.themepath import builtin_theme_dir

pytestmark = pytest.mark.browser

OVERLAY = "#briefing-preview-errors"
THEME = builtin_theme_dir()
# What a reader sees of a page: its text, outside the preview's own error overlay.
SHOWN = ("Array.from(document.body.children).filter(e => e.id !== 'briefing-preview-errors')"
         ".map(e => e.innerText).join('\\n')")


def _replace(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def serving(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    command = ServeCommand(root, "--port", "0")
    origin = command.origin()
    yield root, origin
    command.stop()


def _scrolled_brief(browser, origin: str):
    """The steel brief in a short window, scrolled down, with a mark a reload would wipe."""
    context = browser.new_context(viewport={"width": 900, "height": 420})
    isolate(context, origin)
    brief = context.new_page()
    brief.goto(f"{origin}/briefs/steel/")
    brief.evaluate("window.scrollTo(0, 600); window.untouched = true")
    scrolled = brief.evaluate("window.scrollY")
    assert scrolled > 300
    return context, brief, scrolled


def test_edits_reload_the_open_page_keep_its_place_and_show_errors(browser, serving):  # noqa: F811
    root, origin = serving
    context, brief, scrolled = _scrolled_brief(browser, origin)
    footnote = brief.locator("#fn-1")
    assert "approximate" not in (footnote.get_attribute("class") or "")
    other = context.new_page()  # a page this edit does not change
    other.goto(f"{origin}/topics/unused/")
    other.evaluate("window.untouched = true")

    # The report's words change, so the brief's quote is now only an approximate match.
    _replace(root / "content/reports/alpha.md", "a few days each year", "a few days every year")
    brief.wait_for_function("document.querySelector('#fn-1').classList.contains('approximate')", timeout=15_000)
    # Put in place without loading the page again: its scripts' state and scroll are as they were,
    # and it reads exactly as the page does when loaded afresh.
    assert brief.evaluate("window.untouched") is True
    assert abs(brief.evaluate("window.scrollY") - scrolled) < 2
    fresh = context.new_page()
    fresh.goto(f"{origin}/briefs/steel/")
    assert brief.evaluate(SHOWN) == fresh.evaluate(SHOWN)
    assert brief.title() == fresh.title()
    fresh.close()
    assert other.evaluate("window.untouched") is True

    # Broken YAML: an overlay names the file and line; the last good page stays underneath.
    _replace(root / "content/briefs/steel.yaml", "claims:\n", "claims: [\n")
    overlay = brief.locator(OVERLAY)
    overlay.wait_for(state="visible", timeout=15_000)
    assert "content/briefs/steel.yaml:" in overlay.inner_text()
    line = overlay.locator("pre").first.inner_text().split(":")[1]
    assert line.isdigit() and int(line) > 0
    other.locator(OVERLAY).wait_for(state="visible", timeout=5_000)  # every open page shows it
    assert brief.locator("#claim-idle").is_visible()

    _replace(root / "content/briefs/steel.yaml", "claims: [\n", "claims:\n")
    overlay.wait_for(state="detached", timeout=15_000)
    other.locator(OVERLAY).wait_for(state="detached", timeout=5_000)
    assert abs(brief.evaluate("window.scrollY") - scrolled) < 2
    context.close()


def test_a_claim_edit_redraws_the_map_in_place(browser, serving):  # noqa: F811
    root, origin = serving
    context = browser.new_context()
    isolate(context, origin)
    province = context.new_page()  # a shaded map: markers, and the boundaries' attribution
    province.goto(f"{origin}/provinces/north-hamgyong/")
    province.locator("#map_briefing[data-ready]").wait_for()
    province.evaluate("window.untouched = true")
    markers = province.locator(".briefing-marker").count()
    assert markers > 0
    # The claim's text is in its place's popup: the map's data changes, not its code.
    _replace(root / "content/briefs/steel.yaml", "The mill runs only a few days a year.",
             "The mill runs only a few weeks a year.")
    province.wait_for_function("document.body.innerText.includes('a few weeks a year')", timeout=15_000)
    assert province.evaluate("window.untouched") is True
    assert province.locator(".briefing-marker").count() == markers  # redrawn, not added to
    province.locator(".briefing-marker.kind-place").first.click(force=True)
    popup = province.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "a few weeks a year" in popup.inner_text()
    credits = province.locator(".leaflet-control-attribution").inner_text()
    assert credits.count("Natural Earth") == 1  # not added a second time
    context.close()


def test_a_map_redrawn_in_place_keeps_the_readers_view_and_open_popup(browser, serving):  # noqa: F811
    root, origin = serving
    context = browser.new_context()
    isolate(context, origin)
    page = context.new_page()
    page.goto(f"{origin}/briefs/steel/")  # a map fitted to its markers
    page.locator("#map_briefing[data-ready]").wait_for()
    page.evaluate("window.untouched = true")
    page.evaluate("map_briefing.setView([41.7, 129.7], 10, {animate: false})")  # the reader zooms in
    page.locator(".briefing-marker.kind-place").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "a few days a year" in popup.inner_text()
    # The claim's text is in the open popup: it opens again, with the new words, where it was.
    _replace(root / "content/briefs/steel.yaml", "The mill runs only a few days a year.",
             "The mill runs only a few weeks a year.")
    page.wait_for_function("document.body.innerText.includes('a few weeks a year')", timeout=15_000)
    # (the old popup fades out for 200 ms)
    page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1", timeout=5_000)
    assert "a few weeks a year" in popup.inner_text()
    assert page.evaluate("map_briefing.getZoom()") == 10
    # The place moves, so the area a fresh page fits changes: the reader's view stays.
    _replace(root / "content/places.yaml", "lat: 41.75", "lat: 41.8")
    page.wait_for_function("document.querySelector('script[data-map]').textContent.includes('41.8')",
                           timeout=15_000)
    # (the new script is in the page before the map is redrawn from it. The first redraw kept
    # the reader's view and the script took that view for its own: the second one then fitted
    # the markers, zoom 9, as if the reader had never moved the map. Without load, the popup's
    # pan still running after the first redraw hid it; loaded, this failed every time.)
    page.wait_for_function("map_briefing.getZoom() === 10 && Math.abs(map_briefing.getCenter().lng - 129.7) < 0.2",
                           timeout=5_000)
    assert page.evaluate("window.untouched") is True
    context.close()


def test_a_preview_that_started_broken_loads_the_page_once_when_fixed(browser, tmp_path):  # noqa: F811
    root = copy_fixture("basic", tmp_path / "site-root")
    settings = root / "content/site.yaml"
    good = settings.read_text(encoding="utf-8")
    settings.write_text(good + "\n  broken: [\n", encoding="utf-8")
    command = ServeCommand(root, "--port", "0")
    origin = command.origin()
    try:
        context = browser.new_context()
        isolate(context, origin)
        page = context.new_page()
        failed: list = []
        loads: list = []
        page.on("response", lambda response: response.status >= 500 and failed.append(response.url))
        page.on("load", lambda loaded: loads.append(loaded.url))
        page.goto(f"{origin}/briefs/steel/")
        page.locator(OVERLAY).wait_for(state="visible", timeout=15_000)  # no build yet: its errors
        failed.clear()
        loads.clear()
        settings.write_text(good, encoding="utf-8")
        page.locator("#map_briefing[data-ready]").wait_for(timeout=15_000)  # styled, its scripts run
        page.wait_for_timeout(1_500)  # a second load would have come by now
        # the page came once the whole site was there: no asset missing, no second load
        assert failed == [] and len(loads) == 1, (failed, loads)
        context.close()
    finally:
        command.stop()


def test_a_change_the_page_cannot_take_in_place_reloads_it_where_it_was(browser, serving):  # noqa: F811
    root, origin = serving
    context, brief, scrolled = _scrolled_brief(browser, origin)
    # New CSS: the page must load it, so it reloads for real and comes back to where it was.
    css = (THEME / "assets" / "briefing.css").read_text(encoding="utf-8")
    (root / "templates" / "assets").mkdir(parents=True, exist_ok=True)
    (root / "templates" / "assets" / "briefing.css").write_text(css + "\nh1 { color: rgb(1, 2, 3) }\n",
                                                                  encoding="utf-8")
    brief.wait_for_function("getComputedStyle(document.querySelector('h1')).color === 'rgb(1, 2, 3)'",
                            timeout=15_000)
    assert brief.evaluate("window.untouched") is None  # reloaded by the script, not by us
    brief.wait_for_function(f"Math.abs(window.scrollY - {scrolled}) < 2", timeout=5_000)
    context.close()


def test_a_deleted_brief_sends_its_reader_to_the_list_and_many_tabs_stay_live(browser, serving):  # noqa: F811
    root, origin = serving
    context = browser.new_context()
    isolate(context, origin)
    # More tabs than a browser's six connections per host: each holds a socket, none may starve.
    tabs = [context.new_page() for _ in range(9)]
    for tab in tabs:
        tab.goto(f"{origin}/briefs/targets/")
    (root / "content/briefs/targets.yaml").unlink()
    _replace(root / "content/briefs/steel.yaml", "    contradicts: [targets/targets-met]\n", "")
    for tab in tabs:
        tab.wait_for_url(f"{origin}/briefs/", timeout=15_000)
    assert tabs[-1].locator("h1").inner_text()
    context.close()
