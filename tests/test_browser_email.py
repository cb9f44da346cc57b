"""Each sample e-mail brief in a real browser, opened from disk with the network blocked."""

from __future__ import annotations

import pytest
from browser import WIDE_BRIEF, png_is_blank, wide_content_site
from conftest import REPO

from generator.build import build_site

pytestmark = pytest.mark.browser

SAMPLE_BRIEFS = sorted(p.stem for p in (REPO / "content" / "briefs").glob("*.yaml"))


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "site"
    assert build_site(REPO, out).ok
    return out


@pytest.mark.parametrize("brief", SAMPLE_BRIEFS)
def test_email_opened_offline_requests_nothing_and_shows_every_claim(browser, sample_out, brief):
    document = (sample_out / "briefs" / brief / "email.html").as_uri()
    claims = sum(1 for line in (REPO / "content" / "briefs" / f"{brief}.yaml").read_text().splitlines()
                 if line.startswith("  - id: "))
    for width in (600, 375):
        requested: list[str] = []
        blocked: list[str] = []
        context = browser.new_context(viewport={"width": width, "height": 900})

        def only_the_document(route):
            if route.request.url == document:
                route.continue_()
            else:
                blocked.append(route.request.url)
                route.abort()

        context.route("**/*", only_the_document)
        context.on("request", lambda r: requested.append(r.url))
        page = context.new_page()
        page.goto(document)
        page.wait_for_load_state("load")
        shown = page.locator("[data-claim]")
        assert shown.count() == claims
        for i in range(claims):
            assert shown.nth(i).is_visible()
        assert page.locator("[data-footnote] blockquote").first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert not png_is_blank(page.screenshot())
        assert blocked == [] and requested == [document], (blocked, requested)
        context.close()


def test_wide_content_stays_inside_the_column(browser, tmp_path):
    # A code block, a wide table and long URLs in the summary, and a quote holding a URL: an
    # auto-sized e-mail table would grow past a phone's screen (and past 600 px) for them.
    root = wide_content_site(REPO, tmp_path)
    assert build_site(root).ok
    document = (root / "site" / "briefs" / WIDE_BRIEF / "email.html").as_uri()
    for width, column in ((375, 375), (1024, 600)):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(document)
        assert page.locator(".summary pre").count() == 1 and page.locator(".summary table").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.evaluate("document.querySelector('.sheet').getBoundingClientRect().width") <= column
        page.close()


def test_the_places_tables_headings_keep_their_words_whole_on_a_phone(browser, sample_out):
    # Inherited `word-break: break-word` let the table squeeze its headings: "Clai|ms", "Coord|inates".
    page = browser.new_page(viewport={"width": 360, "height": 800})
    seen = 0
    for brief in SAMPLE_BRIEFS:
        page.goto((sample_out / "briefs" / brief / "email.html").as_uri())
        lines = page.eval_on_selector_all(".places th", """els => els.map(e => {
            const r = document.createRange(); r.selectNodeContents(e);
            return [e.textContent, new Set([...r.getClientRects()].map(x => Math.round(x.top))).size]; })""")
        seen += len(lines)
        assert all(n == 1 for _, n in lines), (brief, lines)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert seen >= 3
    page.close()
