"""`briefing serve` in a real browser: edits on disk show up without a manual reload."""

from __future__ import annotations

import pytest
from browser import isolate
from conftest import copy_fixture
from test_serve import ServeCommand

pytestmark = pytest.mark.browser

OVERLAY = "#briefing-preview-errors"


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


def test_edits_reload_the_open_page_keep_its_place_and_show_errors(browser, serving):  # noqa: F811
    root, origin = serving
    context = browser.new_context(viewport={"width": 900, "height": 420})
    isolate(context, origin)
    brief = context.new_page()
    brief.goto(f"{origin}/briefs/steel/")
    footnote = brief.locator("#fn-1")
    assert "approximate" not in (footnote.get_attribute("class") or "")
    brief.evaluate("window.scrollTo(0, 600); window.untouched = true")
    scrolled = brief.evaluate("window.scrollY")
    assert scrolled > 300
    other = context.new_page()  # a page this edit does not change
    other.goto(f"{origin}/topics/unused/")
    other.evaluate("window.untouched = true")

    # The report's words change, so the brief's quote is now only an approximate match.
    _replace(root / "content/reports/alpha.md", "a few days each year", "a few days every year")
    brief.wait_for_function("document.querySelector('#fn-1').classList.contains('approximate')", timeout=15_000)
    assert brief.evaluate("window.untouched") is None  # reloaded by the script, not by us
    brief.wait_for_function(f"Math.abs(window.scrollY - {scrolled}) < 2", timeout=5_000)
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


def test_a_deleted_brief_sends_its_reader_to_the_list_and_many_tabs_stay_live(browser, serving):  # noqa: F811
    root, origin = serving
    context = browser.new_context()
    isolate(context, origin)
    # More tabs than a browser's six connections per host: each holds a socket, none may starve.
    tabs = [context.new_page() for _ in range(9)]
    for tab in tabs:
        tab.goto(f"{origin}/briefs/targets/", timeout=10_000)
    (root / "content/briefs/targets.yaml").unlink()
    _replace(root / "content/briefs/steel.yaml", "    contradicts: [targets/targets-met]\n", "")
    for tab in tabs:
        tab.wait_for_url(f"{origin}/briefs/", timeout=15_000)
    assert tabs[-1].locator("h1").inner_text()
    context.close()
