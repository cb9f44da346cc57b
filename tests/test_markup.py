"""Markdown safety and highlighting: raw HTML inert, unsafe links dropped, no hotlinking."""

from __future__ import annotations

import lxml.html
import pytest
from markdown_it import MarkdownIt

from generator.citations import locate_quote
from generator.normalize import normalize
from generator.markup import Highlight, LinkContext, is_safe_url, make_markdown, plain_text, render_markdown
from generator.model import QuoteStatus

LINKS = LinkContext("content/reports", "../../", frozenset({"photo.png"}))


def _html(source: str, highlights=()) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(render_markdown(make_markdown(), source, LINKS, highlights),
                                         create_parent="div")


@pytest.mark.parametrize("url,safe", [
    ("https://example.org/a", True), ("http://x", True), ("mailto:a@b.c", True), ("../other", True),
    ("#q-1", True), ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("java\tscript:alert(1)", False), ("vbscript:msgbox", False), ("data:text/html,<b>", False),
    ("data:image/png;base64,AAAA", True), ("data:image/svg+xml;base64,AAAA", False),
    ("file:///etc/passwd", False), ("//evil.example/x", False),
    # an http(s) address must name a host a browser can go to
    ("http://[::1]:8080/x", True), ("https://[2001:db8::1]/", True),
    ("https://例え.jp/x", True), (" https://example.org/ ", True),
    # … and lead where it seems to: no user name before the host ("https://trusted@evil/"), and "//"
    ("https://u:p@example.net/", False), ("https://trusted.example@evil.example/", False), ("http:example.com", False),
    ("https://example.net/a@b", True), ("https://example.net/?to=a@b", True),
    ("http://[zz]/x", False), ("http://[::1/x", False), ("http://example.com:99999/", False),
    ("http://example.com:80a/", False), ("https://ex ample.com/", False), ("http://[v1.example.com]/", False),
    ("http:///example.com/", True),  # a browser goes to example.com
    ("http://ex%41mple.com/", True), ("http://%E4%BE%8B.jp/", True), ("http://ex%20ample.com/", False),
])
def test_link_schemes(url, safe):
    assert is_safe_url(url) is safe


@pytest.mark.parametrize("source", ["[x](http://[zz]/a)", "<http://[zz]/a>", "[x](http://[::1/a)",
                                    "[x](<https://ex ample.com/>)", "[x](https://example.com:70000/)"])
def test_a_link_to_no_host_is_dropped_not_sent_elsewhere(source):
    # normalised, "http://[zz]/a" was "http://zz/a": a link to another host than written
    doc = _html(source)
    assert not [a for a in doc.iter("a") if a.get("href")] and doc.text_content().strip() == source


def test_a_link_to_an_inline_image_leads_nowhere_not_to_the_page_itself():
    [link] = _html("[the chart](data:image/png;base64,AAAA) as sent").iter("a")
    assert link.text == "the chart" and "href" not in link.attrib  # href="" would be this page


def test_raw_html_is_shown_as_text():
    doc = _html('<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> and <b>bold</b>')
    assert not doc.cssselect("script, img, b")
    assert "<script>alert(1)</script>" in doc.text_content()


@pytest.mark.parametrize("source", ["[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))",
                                    "<javascript:alert(1)>", "[x](vbscript:msgbox)", "[x](data:text/html;base64,PHNjcmlwdD4=)"])
def test_unsafe_links_are_dropped(source):
    doc = _html(source)
    assert not [a for a in doc.iter("a") if a.get("href")]


def test_remote_images_become_links_never_img():
    doc = _html("![a chart](https://evil.example/t.png)")
    assert not doc.cssselect("img")
    link = doc.cssselect("a.external-image")[0]
    assert link.get("href") == "https://evil.example/t.png" and link.text == "Image: a chart"
    assert "nofollow" in link.get("rel")


def test_a_remote_image_inside_a_link_is_text_in_that_link_not_a_link_in_a_link():
    doc = _html("[![a chart](https://evil.example/t.png)](https://example.org/story)")
    assert not doc.cssselect("img") and not doc.cssselect("a a")
    [link] = doc.cssselect("a")
    assert link.get("href") == "https://example.org/story" and link.text_content() == "[Image: a chart]"


@pytest.mark.parametrize("top, written, shown", [
    (2, "# A\n\n#### B\n\n# C", ["h2", "h3", "h2"]),  # the highest at the top, no level skipped
    (3, "## A\n\n### B", ["h3", "h4"]),
    (0, "# A\n\n### B", ["h1", "h3"]),  # as written
    (3, "## A\n\n#### B\n\n# C\n\n## D", ["h3", "h4", "h3", "h4"]),  # by what each sits under
    (3, "# A\n\n### B\n\n## C", ["h3", "h4", "h4"]),
])
def test_headings_of_an_embedded_document_sit_under_the_pages_own(top, written, shown):
    links = LinkContext("content/reports", "../../", frozenset(), top)
    doc = lxml.html.fragment_fromstring(render_markdown(make_markdown(), written, links), create_parent="div")
    assert [h.tag for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")] == shown


def test_local_media_images_are_embedded_and_missing_ones_are_not():
    doc = _html("![p](../media/photo.png) ![q](../media/missing.png)")
    assert [img.get("src") for img in doc.cssselect("img")] == ["../../media/photo.png"]
    assert "q" in doc.text_content()


def test_links_to_other_reports_become_site_links():
    doc = _html("[see](other-report.md#q-1)")
    assert doc.cssselect("a")[0].get("href") == "../../reports/other-report/index.html#q-1"


def test_external_links_get_rel_nofollow():
    assert "noopener" in _html("[x](https://a.example)").cssselect("a")[0].get("rel")


def test_reading_text_skips_markup_and_separates_blocks():
    md = make_markdown()
    assert plain_text(md, "# Head\n\nA *b* [c](https://x) `d`\ne") == "Head\n\nA b c d e"


def test_reading_text_shows_hard_breaks_and_table_cells_and_list_items_apart():
    # A soft break is drawn as a space; a hard break, a cell or an item is not (text
    # fragments rely on it, see test_build's text-fragment tests).
    md = make_markdown()
    assert plain_text(md, "soft\nbreak, hard  \nbreak and\\\nagain") == "soft break, hard\nbreak and\nagain"
    # the cells of one row are one line apart (a tab and a line break), rows a blank line
    assert plain_text(md, "| a | b |\n|---|---|\n| c d | e |\n\n- f\n- g\n  h") == "a\t\nb\n\nc d\t\ne\n\nf\n\ng h"


CODE = ("Intro line.\n\n"
        "    The mill <b>runs</b> a few days & nights each year,\n"
        "    a resident said.\n\n"
        "```text\n"
        "Output fell <i>sharply</i> in May.\n"
        "```\n\n"
        "After.")


def test_reading_text_includes_code_blocks():
    # Pasted news text indented four spaces is a code block; a reader sees its words.
    assert plain_text(make_markdown(), CODE) == (
        "Intro line.\n\nThe mill <b>runs</b> a few days & nights each year,\na resident said.\n"
        "\n\nOutput fell <i>sharply</i> in May.\n\n\nAfter.")


def test_quotes_in_code_blocks_are_found_and_highlighted_inside_them():
    md = make_markdown()
    text = plain_text(md, CODE)
    found = [locate_quote("r", quote, normalize(text), text) for quote in
             ("runs</b> a few days & nights each year, a resident said", "Output fell <i>sharply</i>")]
    assert all(f.status is QuoteStatus.VERIFIED for f in found)
    doc = _html(CODE, [Highlight(f.passage.anchor, f.passage.spans) for f in found])
    indented, fenced = doc.cssselect("pre > code")
    assert fenced.get("class") == "language-text"
    assert [m.text_content() for m in indented.cssselect("mark.quote")] == [
        "runs</b> a few days & nights each year,\na resident said"]
    assert [m.text_content() for m in fenced.cssselect("mark.quote")] == ["Output fell <i>sharply</i>"]
    assert [a.get("id") for a in doc.cssselect("pre > code > span.quote-anchor")] == [f.passage.anchor for f in found]
    assert not doc.cssselect("b, i")  # the code's markup stays text
    assert indented.text_content() == "The mill <b>runs</b> a few days & nights each year,\na resident said.\n"


@pytest.mark.parametrize("source, shown", [
    ("Satellite imagery shows the site.\n\n![Trucks at the *Yongbyon* reactor](https://evil.example/t.png)",
     "a.external-image > mark.quote"),
    ("Satellite imagery shows the site.\n\n![Trucks at the *Yongbyon* reactor](missing.png)", "p > mark.quote"),
])
def test_an_images_alt_text_is_quoted_and_highlighted_where_it_shows(source, shown):
    # the alt text is the report's words: a link's label, or the image's stand-in
    text = plain_text(make_markdown(), source)
    found = locate_quote("r", "Trucks at the Yongbyon reactor", normalize(text), text)
    assert found.status is QuoteStatus.VERIFIED
    doc = _html(source, [Highlight(found.passage.anchor, found.passage.spans)])
    assert "".join(m.text_content() for m in doc.cssselect(shown)) == "Trucks at the Yongbyon reactor"
    assert [a.get("id") for a in doc.cssselect("span.quote-anchor")] == [found.passage.anchor]


def test_a_quote_of_a_shown_images_alt_text_is_anchored_before_the_image():
    source = "The site.\n\n![Trucks at the reactor](../media/photo.png)"
    text = plain_text(make_markdown(), source)
    found = locate_quote("r", "Trucks at the reactor", normalize(text), text)
    assert found.status is QuoteStatus.VERIFIED
    doc = _html(source, [Highlight(found.passage.anchor, found.passage.spans)])
    [img] = doc.cssselect("img")
    anchor = img.getprevious()
    assert img.get("alt") == "Trucks at the reactor" and not doc.cssselect("mark")
    assert anchor.get("class") == "quote-anchor" and anchor.get("id") == found.passage.anchor


def test_a_highlight_may_run_from_a_paragraph_into_a_code_block():
    source = "He wrote:\n\n    the mill is idle\n"
    text = plain_text(make_markdown(), source)
    doc = _html(source, [Highlight("q-1", ((text.index("wrote"), text.index(" is idle")),))])
    assert [(m.getparent().tag, m.text_content()) for m in doc.cssselect("mark.quote")] == [
        ("p", "wrote:"), ("code", "the mill")]
    assert len(doc.cssselect("#q-1")) == 1


def test_code_blocks_without_highlights_render_as_markdown_it_renders_them():
    source = "    a <b> & c\n\n```py x\n<i>\n```\n\n~~~\n\n~~~\n"
    expected = MarkdownIt("commonmark", {"html": False}).render(source)
    assert render_markdown(make_markdown(), source, LINKS) == expected


def test_highlight_spans_emphasis_and_places_one_anchor():
    md = make_markdown()
    source = "He said *smoke only* comes out of the chimney."
    text = plain_text(md, source)
    start, end = text.index("smoke"), text.index(" of the")
    doc = _html(source, [Highlight("q-1", ((start, end),))])
    marks = doc.cssselect("mark.quote")
    assert "".join(m.text_content() for m in marks) == "smoke only comes out"
    assert all(m.get("data-q") == "q-1" for m in marks)
    assert len(doc.cssselect("#q-1")) == 1


def test_overlapping_highlights_keep_both_anchors():
    source = "one two three four five"
    doc = _html(source, [Highlight("q-a", ((0, 13),)), Highlight("q-b", ((8, 23),))])
    assert doc.cssselect("#q-a") and doc.cssselect("#q-b")
    both = [m for m in doc.cssselect("mark.quote") if m.get("data-q") == "q-a q-b"]
    assert [m.text for m in both] == ["three"]


@pytest.mark.parametrize("text,inline", [
    ("See [the report](../reports/r1.md) and ![a photo](../media/photo.png).", True),
    ("See [the report][r].\n\n[r]: ../reports/r1.md", False),
    ("No link here, only *emphasis*.", True),
])
def test_markdown_filters_give_each_page_depth_its_own_links(text, inline):
    # The filters cache their HTML per link prefix only when the text can hold a link.
    from pathlib import Path

    from generator.medianames import MediaNames
    from generator.theme import make_environment

    env = make_environment((Path("templates"),), make_markdown(), MediaNames({"photo.png"}))
    template = env.from_string("{{ text|%s }}" % ("inline_markdown" if inline else "markdown"))
    shallow, deep, again = (lxml.html.fragment_fromstring(template.render(text=text, page_path=path),
                                                          create_parent="div")
                            for path in ("briefs/b1/index.html", "topics/t/page/2/index.html",
                                         "briefs/b2/index.html"))
    targets = [[el.get("href") or el.get("src") for el in doc.xpath("//a | //img")] for doc in (shallow, deep, again)]
    assert targets[0] == targets[2]
    assert targets[1] == [t.replace("../../", "../../../../", 1) for t in targets[0]]
    if "](" in text or "]:" in text:
        assert targets[0] and all(t.startswith("../../") and not t.startswith("../../../") for t in targets[0])
    assert shallow.text_content() == deep.text_content()


@pytest.mark.parametrize("text, shown", [
    ("*" * 5000 + "x" + "*" * 5000, "x"),
    ("*" * 70 + "closed" + "*" * 70 + " in 2019", "closed in 2019"),
    ("*" * 70 + "<https://example.org/> and [the source](https://example.org/s)" + "*" * 70,
     "https://example.org/ and the source"),
])
def test_inline_elements_nested_past_any_writers_intent_are_left_out_their_text_kept(text, shown):
    from generator.markup import MAX_INLINE_DEPTH

    md = make_markdown()
    tree = lxml.html.fromstring(md.render(text))
    depth = max(len(list(e.iterancestors())) for e in tree.iter())
    assert depth <= MAX_INLINE_DEPTH + 2 and tree.text_content() == shown  # (and <p>, the fragment's root)
    assert plain_text(md, text) == shown  # the text quotes are found in
    # what people write is untouched
    assert md.render("*a* **b** _c_ ~~d~~ ***e***") == md_plain().render("*a* **b** _c_ ~~d~~ ***e***")


def md_plain() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    return md.enable(["table", "strikethrough"])


def test_a_brief_with_deeply_nested_emphasis_builds_with_its_e_mail(tmp_path):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    root = make_site(tmp_path, {"content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
        "title:", "summary: \"" + "*" * 5000 + "x" + "*" * 5000 + "\"\ntitle:", 1)})
    result = build_site(root)
    assert result.ok, [d.message for d in result.diagnostics]
    assert (root / "site" / "briefs" / "b1" / "email.html").is_file()


@pytest.mark.parametrize("deep", [
    "".join("  " * i + f"- level {i}\n" for i in range(14)),  # lists in lists
    "".join("> " * i + f"level {i}\n\n" for i in range(1, 30)),  # quotations in quotations
    "".join(" " * (4 * i) + f"{i + 1}. level {i}\n" for i in range(12)),
])
def test_blocks_nested_past_markdown_its_limit_keep_their_text_and_what_follows(deep):
    md = make_markdown()
    body = "Intro.\n\n" + deep + "\nThe mill closed in March.\n\nA second paragraph.\n"
    html = lxml.html.fromstring(md.render(body))
    depth = max(len(list(e.iterancestors())) for e in html.iter())
    shown = " ".join(html.text_content().split())
    assert depth <= 20 and "level 11" in shown and shown.endswith("The mill closed in March. A second paragraph.")
    text = plain_text(md, body)
    assert "level 11" in text and text.endswith("The mill closed in March.\n\nA second paragraph.")
    found = locate_quote("r", "The mill closed in March", normalize(text), text)
    assert found.status is QuoteStatus.VERIFIED
