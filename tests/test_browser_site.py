"""The built site in a real browser, straight from disk: navigation works, nothing leaks out."""

from __future__ import annotations

import pytest
from conftest import REPO

from generator.build import build_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "site"
    assert build_site(REPO, out).ok
    return out


def test_reader_follows_a_citation_from_file_url_to_the_highlighted_passage(browser, sample_out, tmp_path):  # noqa: F811
    requests: list[str] = []
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto((sample_out / "index.html").as_uri())
    page.get_by_role("link", name="North Hamgyong steel").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("briefs/north-hamgyong-steel-scrap-2023-01/index.html")

    claim = page.locator("#claim-kim-chaek-idle")
    assert "contested" in claim.locator(".badge.contested").inner_text()
    marker = claim.locator("sup.cite a").first
    number = marker.get_attribute("data-footnote")
    marker.click()
    assert page.url.endswith(f"#fn-{number}")
    footnote = page.locator(f"#fn-{number}")
    assert footnote.is_visible()
    quote = footnote.locator("blockquote.quote").inner_text()
    assert "Smoke only comes out" in quote or "intermittently" in quote

    footnote.locator("a.to-report").click()
    page.wait_for_load_state()
    anchor = page.url.rsplit("#", 1)[1]
    assert anchor.startswith("q-") and "/reports/rfa-2023-01-07-scrap-metal/index.html" in page.url
    marks = page.locator(f'mark.quote[data-q~="{anchor}"]')
    assert marks.count() >= 1
    assert marks.first.is_visible()
    box = marks.first.bounding_box()
    assert box is not None and 0 <= box["y"] < 800  # scrolled into view
    highlighted = " ".join(marks.all_inner_texts())
    assert " ".join(quote.split())[:30].lower().replace("“", "").strip() in " ".join(highlighted.split()).lower()

    page.screenshot(path=str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert all(url.startswith("file://") for url in requests), [u for u in requests if not u.startswith("file://")]
    context.close()


def test_narrow_screen_has_no_horizontal_scroll(browser, sample_out):  # noqa: F811
    page = browser.new_page(viewport={"width": 375, "height": 800})
    for rel in ("index.html", "briefs/north-hamgyong-steel-scrap-2023-01/index.html",
                "reports/rfa-2023-01-07-scrap-metal/index.html", "sources/index.html"):
        page.goto((sample_out / rel).as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, (rel, width)
    page.close()
