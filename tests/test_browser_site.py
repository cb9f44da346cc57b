"""The built site in a real browser, straight from disk: navigation works, nothing leaks out."""

from __future__ import annotations

import pytest
from browser import WIDE_BRIEF, WIDE_REPORT, wide_content_site
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
    page.mouse.wheel(0, 3000)  # the claim out of view, then back to it from its footnote
    footnote.locator(f'a.back[href="#{marker.get_attribute("id")}"]').click()
    assert page.url.endswith(f'#{marker.get_attribute("id")}')
    box = marker.bounding_box()
    assert box is not None and 0 <= box["y"] < 800
    page.go_back()

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


def test_code_blocks_and_wide_tables_scroll_inside_the_column(browser, tmp_path):
    root = wide_content_site(REPO, tmp_path)
    assert build_site(root).ok
    page = browser.new_page(viewport={"width": 375, "height": 800})
    for rel in (f"briefs/{WIDE_BRIEF}/index.html", f"reports/{WIDE_REPORT}/index.html"):
        page.goto((root / "site" / rel).as_uri())
        assert page.locator("main pre").count() >= 1 and page.locator("main table").count() >= 1, rel
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, rel
        # the code block and the table scroll themselves, so nothing of them is out of reach
        for selector in ("main pre", ".report-body table, .summary table"):
            box = page.evaluate(f"(e => [e.scrollWidth, e.clientWidth, getComputedStyle(e).overflowX])"
                                f"(document.querySelector('{selector}'))")
            assert box[0] <= box[1] or box[2] == "auto", (rel, selector, box)
    page.close()


REPORT_TEXTS = {  # a report whose quotes start or end inside a word, as written in its language
    "ko": ("김정은 위원장은 살림집 건설을 지시했다.", "김정은 위원장"),
    "zh": ("代表团参观了工厂。", "观了工厂"),
    "en": ("The plant reopened in May after a long stop.", "The plant reopened in May"),
    "en-possessive": ("Workers gathered at the mill's gate before dawn.", "Workers gathered at the mill"),
    "ko-elided": ("김정은 위원장은 살림집 건설을 직접 지시했다.", "김정은 위원장 … 살림집 건설을 직접 지시했다"),
    # The passage's first words are found earlier on the page: the words before it tell them apart.
    "earlier": ("Officials said the mill closed in 2019 after a fire.\n\nLater, officials said the mill "
                "closed in March because of power shortages and strikes.",
                "officials said the mill closed in March because of power shortages and strikes"),
    "inside-earlier": ("Pyongyang rejected a non-nuclear state policy for the peninsula.\n\n"
                       "Seoul backs a nuclear state policy for the peninsula, officials said.",
                       "nuclear state policy for the peninsula"),
}


def test_the_original_link_selects_the_quote_even_where_it_cuts_a_word(browser, tmp_path):  # noqa: F811
    # The "Original" link's text fragment must find the quoted words on the source's page
    # (taken here to read as the archived text): a term a browser matches must start and end
    # on a word's edges, so a quote that stops before a Korean particle, or starts inside a
    # Chinese word, needs the rest of the word as the directive's prefix or suffix.
    import functools
    import http.server
    import threading

    from conftest import make_site

    reports = {f"content/reports/{lang}.md": f"---\ntitle: {lang}\npublisher: P\npublished: 2024-01-01\n"
                                             f"url: http://127.0.0.1/{lang}.html\n---\n{text}\n"
               for lang, (text, _) in REPORT_TEXTS.items()}
    claims = "".join(f"  - id: {lang}\n    text: Claim {lang}.\n    sources:\n      - report: {lang}\n"
                     f"        quote: \"{quote}\"\n" for lang, (_, quote) in REPORT_TEXTS.items())
    root = make_site(tmp_path / "s", {**reports, "content/briefs/b.yaml":
                                      f"title: B\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n{claims}"})
    assert build_site(root).ok
    originals = tmp_path / "originals"
    originals.mkdir()
    spacer = "<div style='height:3000px'></div>"
    for lang, (text, _) in REPORT_TEXTS.items():  # each paragraph far down a page, so a match scrolls
        paragraphs = "".join(f"<p>{paragraph}</p>{spacer}" for paragraph in text.split("\n\n"))
        (originals / f"{lang}.html").write_text(f"<!doctype html><meta charset=utf-8>{spacer}{paragraphs}",
                                                encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(originals))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 800, "height": 600})
    try:
        brief = (root / "site/briefs/b/index.html").as_uri()
        page.goto(brief)
        links = {lang: page.locator(f".footnote[data-report={lang}] a.to-original").get_attribute("href")
                 for lang in REPORT_TEXTS}
        for lang, href in links.items():
            assert ":~:text=" in href, href
            page.goto(href.replace("http://127.0.0.1/", f"http://127.0.0.1:{server.server_address[1]}/"))
            below = 3000 * REPORT_TEXTS[lang][0].count("\n\n") + 1000  # scrolled to the quote's paragraph
            page.wait_for_function(f"window.scrollY > {below}", timeout=15_000)
    finally:
        page.close()
        server.shutdown()
        server.server_close()


def test_the_passage_a_link_points_at_stands_out_whole(browser, tmp_path):  # noqa: F811
    # A passage split into several marks (bold inside it, a list's items) stands out in every
    # piece, and of two passages that start on the same word, the one followed does, alone.
    from conftest import make_site

    body = ("The mine **closed in May** after floods hit the valley.\n\n"
            "- The border stayed shut\n- through the winter, traders said.\n")
    quotes = {"whole": "The mine closed in May after floods", "start": "The mine closed",
              "items": "The border stayed shut through the winter"}
    claims = "".join(f"  - id: {key}\n    text: Claim {key}.\n    sources:\n      - report: r1\n"
                     f"        quote: \"{quote}\"\n" for key, quote in quotes.items())
    root = make_site(tmp_path / "s", {
        "content/reports/r1.md": f"---\ntitle: R1\npublisher: P1\npublished: 2024-01-01\n---\n{body}",
        "content/briefs/b1.yaml": f"title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n{claims}"})
    assert build_site(root).ok
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    try:
        page.goto((root / "site/reports/r1/index.html").as_uri())
        anchors = page.eval_on_selector_all(".passages li.passage", "els => els.map(e => e.dataset.anchor)")
        assert len(anchors) == 3
        for anchor in anchors:
            page.goto((root / "site/reports/r1/index.html").as_uri() + "#" + anchor)
            outlined = page.eval_on_selector_all(
                "mark.quote", "els => els.map(e => [e.dataset.q.split(' '), getComputedStyle(e).outlineStyle])")
            ours = [style for ids, style in outlined if anchor in ids]
            others = [style for ids, style in outlined if anchor not in ids]
            assert ours and all(style == "solid" for style in ours), (anchor, outlined)
            assert all(style != "solid" for style in others), (anchor, outlined)
        pieces = page.eval_on_selector_all("mark.quote", "els => els.length")
        assert pieces >= 4  # the bold and the list items did split the passages
    finally:
        page.close()


def _rtl_site(tmp_path):
    """An Arabic site whose brief's title is a URL and whose topic's title is one word, each
    wider than a phone (the home page's list of topics once widened it to 436 px at 360)."""
    from conftest import MINIMAL, make_site

    title = "Solar (see https://www.nknews.org/pro/north-korean-solar-imports-drop-to-lowest-level-in-years/)"
    return make_site(tmp_path, {
        "content/site.yaml": "title: موجز\nbase_url: https://t.example/\nlanguage: ar\n",
        "content/topics.yaml": "- id: steel\n  title: Steelandmetallurgyandeverythingmadeofitinnorthkorea\n",
        "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace("title: B1", f'title: "{title}"'),
    }, MINIMAL)


@pytest.mark.parametrize("width", [360, 1100])
def test_a_right_to_left_site_and_a_title_of_one_long_word_keep_to_the_screen(browser, tmp_path, width):  # noqa: F811
    # The skip link once hid 999 px to the left of the page: a right-to-left page can be
    # scrolled there, and a phone opened on that blank strip.
    root = _rtl_site(tmp_path)
    assert build_site(root).ok
    page = browser.new_page(viewport={"width": width, "height": 800}, is_mobile=width < 400, has_touch=width < 400)
    for rel in ("index.html", "briefs/index.html", "briefs/b1/index.html", "topics/steel/index.html",
                "reports/r1/index.html"):
        page.goto((root / "site" / rel).as_uri())
        assert page.evaluate("document.documentElement.dir") == "rtl"
        sizes = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                              " window.scrollX]")
        assert sizes[0] <= sizes[1] and sizes[2] == 0, (rel, sizes)
        # The theme's English dates and counts read left to right in the right-to-left lines:
        # "1 January 2024", not "January 2024 1"; "1 claim", not "claim 1".
        shown = page.evaluate("[...document.querySelectorAll('main time, main bdi')].map(e => e.textContent)")
        numbered = [text for text in shown if text[0].isdigit()]
        assert numbered, rel
        for text in numbered:
            assert _first_is_leftmost(page, text), (rel, text)
    page.keyboard.press("Tab")  # the skip link shows where it is, when focused
    box = page.evaluate("(() => { const b = document.activeElement.getBoundingClientRect();"
                        " return [b.left, b.top, b.right]; })()")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert 0 <= box[0] and box[2] <= width and 0 <= box[1] < 100, box
    page.close()


def _first_is_leftmost(page, text: str) -> bool:
    """Whether the first element of `text` on the page shows its first character left of its last."""
    return page.evaluate("""(text) => {
        const e = [...document.querySelectorAll('main time, main bdi')].find(e => e.textContent === text);
        const at = (i) => { const r = document.createRange();
                            r.setStart(e.firstChild, i); r.setEnd(e.firstChild, i + 1);
                            return r.getBoundingClientRect().left; };
        return at(0) < at(text.length - 1); }""", text)


def test_a_claim_linked_to_stands_out(browser, sample_out):  # noqa: F811
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto((sample_out / "briefs/north-hamgyong-steel-scrap-2023-01/index.html").as_uri() + "#claim-kim-chaek-idle")
    styles = [tuple(s) for s in page.evaluate(
        "[...document.querySelectorAll('li.claim')].map(li => [li.id, getComputedStyle(li).outlineStyle])")]
    assert ("claim-kim-chaek-idle", "solid") in styles and sum(style == "solid" for _, style in styles) == 1
    page.close()


def _contrast(fg: str, bg: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(float(c)) / 255 for c in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3]]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_print_is_dark_on_white_whatever_the_screens_scheme(browser, sample_out, scheme):  # noqa: F811
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.emulate_media(media="print", color_scheme=scheme)
    page.goto((sample_out / "reports/rfa-2023-01-07-scrap-metal/index.html").as_uri())
    colours = page.evaluate("""() => {
        const pick = (e) => { const c = getComputedStyle(e); return [c.color, c.backgroundColor]; };
        return {mark: pick(document.querySelector('mark.quote')), body: pick(document.body)}; }""")
    assert colours["body"][1] == "rgb(255, 255, 255)"
    for name, (fg, bg) in colours.items():
        assert _contrast(fg, bg) >= 7, (name, fg, bg)
    page.goto((sample_out / "briefs/north-hamgyong-steel-scrap-2023-01/index.html").as_uri())
    for selector in (".badge.flag", ".contest"):
        fg = page.evaluate(f"getComputedStyle(document.querySelector('{selector}')).color")
        assert _contrast(fg, "rgb(255, 255, 255)") >= 4.5, (selector, fg)
    page.close()
