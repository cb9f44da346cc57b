"""Whole builds of fixture sites, checked by parsing the HTML they produce."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import signal
import sys
import time
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import MINIMAL, REPO, copy_fixture, make_site, messages, page

from generator.build import build_site
from generator.normalize import normalize
from generator.urls import text_fragment


def _claim_ids(doc) -> set[str]:
    return {li.get("data-claim") for li in doc.cssselect("ol.claims > li.claim")}


def test_every_claim_shows_its_footnotes(basic_site):
    out, _ = basic_site
    for brief in ("steel", "targets"):
        doc = page(out, f"briefs/{brief}/index.html")
        claims = doc.cssselect("ol.claims > li.claim")
        assert claims
        footnote_ids = {li.get("id") for li in doc.cssselect("section.footnotes li.footnote")}
        for claim in claims:
            markers = claim.cssselect("sup.cite a")
            assert markers, claim.get("data-claim")
            for marker in markers:
                assert marker.get("href")[1:] in footnote_ids


def test_every_footnote_links_back_to_each_claim_marker_citing_it(tmp_path):
    out = tmp_path / "site"
    assert build_site(REPO, out).ok
    shared = 0
    for path in [p.relative_to(out).as_posix() for p in sorted(out.glob("*/*/index.html"))]:
        doc = page(out, path)
        markers = {a.get("id"): a.get("href")[1:] for a in doc.cssselect("sup.cite a")}
        backs = {note.get("id"): [a.get("href")[1:] for a in note.cssselect("a.back")]
                 for note in doc.cssselect("section.footnotes li.footnote")}
        # each marker has exactly one link back, from the footnote it points at, in page order
        assert sorted(ref for refs in backs.values() for ref in refs) == sorted(markers), path
        assert all(markers[ref] == note for note, refs in backs.items() for ref in refs), path
        shared += sum(len(refs) > 1 for refs in backs.values())
        for note in doc.cssselect("section.footnotes li.footnote"):
            labels = [a.get("aria-label") for a in note.cssselect("a.back")]
            # "1" whole in the name, as the link shows it ("↩1"): speech input says what it sees
            assert labels == (["Back to the claim"] if len(labels) == 1 else
                              [f"Back to the claim, {i} of {len(labels)}" for i in range(1, len(labels) + 1)])
    assert shared  # a footnote cited by two claims links back to both


def test_shortages_claim_numbers_two_footnotes_in_order(basic_site):
    out, _ = basic_site
    doc = page(out, "briefs/steel/index.html")
    claim = doc.get_element_by_id("claim-shortages")
    assert [a.text for a in claim.cssselect("sup.cite a")] == ["[2]", "[3]"]
    note = doc.get_element_by_id("fn-3")
    assert note.cssselect(".publisher")[0].text == "Beta Wire"
    assert "grade D" in note.cssselect(".grade")[0].text


def _passage_text(report_doc, anchor: str) -> str:
    marks = [m for m in report_doc.cssselect("mark.quote") if anchor in m.get("data-q").split()]
    return " ".join(m.text_content() for m in marks)


def test_footnote_links_land_on_highlighted_passages(basic_site):
    out, _ = basic_site
    checked = 0
    for brief in ("steel", "targets"):
        doc = page(out, f"briefs/{brief}/index.html")
        for note in doc.cssselect("li.footnote"):
            href = note.cssselect("a.to-report")[0].get("href")
            target, _, anchor = href.partition("#")
            report_file = (out / "briefs" / brief / target).resolve()
            assert report_file.is_file(), href
            report_doc = page(report_file.parent, report_file.name)
            assert report_doc.get_element_by_id(anchor) is not None
            quote = note.cssselect("blockquote.quote")[0].text_content()
            highlighted = normalize(_passage_text(report_doc, anchor)).text
            for part in re.split(r"\s*…\s*", quote):
                assert normalize(part).text.strip() in highlighted
            checked += 1
    assert checked == 5


def test_original_link_carries_a_text_fragment(basic_site):
    out, _ = basic_site
    doc = page(out, "briefs/steel/index.html")
    first = doc.get_element_by_id("fn-1").cssselect("a.to-original")[0].get("href")
    assert first.startswith("https://alpha.example.com/steel?id=1#:~:text=")
    assert "Smoke%20only%20comes%20out" in first
    beta = doc.get_element_by_id("fn-3").cssselect("a.to-original")[0].get("href")
    assert beta.startswith("https://beta.example.com/a#section:~:text=")


@pytest.mark.parametrize("parts,directive", [
    (["The mill runs a few days each year"], "The%20mill%20runs%20a%20few%20days%20each%20year"),
    (["one two three four five six seven eight nine"], "one%20two%20three%20four,six%20seven%20eight%20nine"),
    (["the mill is idle", "in the winter"], "the%20mill%20is%20idle,in%20the%20winter"),
    (["Dash-words, commas & more"], "Dash%2Dwords%2C%20commas%20%26%20more"),
    # A term is matched within one block, between hard breaks: each end keeps to one.
    (["Komdok zinc\n\n40,000 tonnes"], "Komdok%20zinc,40%2C000%20tonnes"),
    (["hard break\nnext line"], "hard%20break,next%20line"),
    (["Coal\n\nA long paragraph of six words"], "Coal,paragraph%20of%20six%20words"),
    (["a b c d e\n\nf", "g h\ni"], "a%20b%20c%20d,i"),
    (["  \n\n  "], None),
])
def test_a_text_fragment_keeps_each_term_within_a_block(parts, directive):
    expected = "https://x.example/a" + (f"#:~:text={directive}" if directive else "")
    assert text_fragment("https://x.example/a", parts) == expected


@pytest.mark.parametrize("url, start", [("https://x.example/a#:~:text=old", "https://x.example/a#:~:text="),
                                        ("https://x.example/a#sec:~:text=old", "https://x.example/a#sec:~:text=")])
def test_a_text_fragment_replaces_the_one_a_copied_link_already_has(url, start):
    assert text_fragment(url, ["the mill"]) == start + "the%20mill"


def test_a_text_fragment_range_takes_in_the_rest_of_words_its_inner_cuts_fall_in():
    # "김정은 위원장 … 지시했다" of "김정은 위원장은 … 지시했다": a range's terms are whole words too.
    assert text_fragment("https://x.example/a", ["김정은 위원장", "지시했다"], inner=("은", "")) == \
        "https://x.example/a#:~:text=%EA%B9%80%EC%A0%95%EC%9D%80%20%EC%9C%84%EC%9B%90%EC%9E%A5%EC%9D%80," \
        "%EC%A7%80%EC%8B%9C%ED%96%88%EB%8B%A4"


@pytest.mark.parametrize("before, after, directive", [
    ("", "은", "%EA%B9%80%EC%A0%95%EC%9D%80%20%EC%9C%84%EC%9B%90%EC%9E%A5,-%EC%9D%80"),
    ("x-y", "", "x%2Dy-,%EA%B9%80%EC%A0%95%EC%9D%80%20%EC%9C%84%EC%9B%90%EC%9E%A5"),
])
def test_a_text_fragment_takes_the_rest_of_a_cut_word_as_prefix_or_suffix(before, after, directive):
    assert text_fragment("https://x.example/a", ["김정은 위원장"], before, after) == \
        f"https://x.example/a#:~:text={directive}"


def test_text_fragments_of_quotes_across_table_cells_list_items_and_breaks(tmp_path):
    report = ("---\ntitle: R1\npublisher: P1\npublished: 2024-01-01\nurl: https://news.example/story\n---\n"
              "| Mine | Output |\n|------|--------|\n| Komdok zinc | 40,000 tonnes |\n\n"
              "- Coal shipments fell.\n- Iron ore shipments rose.\n\n"
              "Line with hard break  \nnext line here.\n\n"
              "A paragraph wrapped\nat a soft break stays one term.\n")
    quotes = {"table": "Komdok zinc 40,000 tonnes", "list": "Coal shipments fell. Iron ore shipments rose",
              "hard": "hard break next line", "soft": "paragraph wrapped at a soft break"}
    claims = "".join(f"  - id: {claim}\n    text: {claim}.\n    sources:\n      - report: r1\n"
                     f"        quote: \"{quote}\"\n" for claim, quote in quotes.items())
    root = make_site(tmp_path, {"content/reports/r1.md": report,
                                "content/briefs/b1.yaml": f"title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n{claims}"})
    result = build_site(root)
    # a row's cells are fields, not one sentence: cited, with a warning
    assert result.ok and [d.message.split(" runs from")[0] for d in result.diagnostics] == [
        'quote in claim "table"'], messages(result)
    doc = page(root / "site", "briefs/b1/index.html")

    def directive(claim: str) -> str:
        [marker] = doc.get_element_by_id(f"claim-{claim}").cssselect("sup.cite a")
        note = doc.get_element_by_id(marker.get("href")[1:])
        return note.cssselect("a.to-original")[0].get("href").partition("#:~:text=")[2]
    assert directive("table") == "Komdok%20zinc,40%2C000%20tonnes"
    assert directive("list") == "Coal%20shipments%20fell.,Iron%20ore%20shipments%20rose"
    assert directive("hard") == "hard%20break,next%20line"
    assert directive("soft") == "paragraph%20wrapped%20at%20a%20soft%20break"  # one block: one term


def test_report_page_lists_the_claims_citing_each_passage(basic_site):
    out, _ = basic_site
    doc = page(out, "reports/alpha/index.html")
    passages = doc.cssselect("li.passage")
    assert len(passages) == 2
    cited = {a.get("data-claim") for a in doc.cssselect("li.passage a[data-claim]")}
    assert cited == {"steel/idle", "steel/shortages"}
    assert doc.cssselect("h1")[0].text == "Steel mill idles for want of power"


def test_topic_and_province_pages_list_exactly_their_claims(basic_site):
    out, _ = basic_site
    assert _claim_ids(page(out, "topics/steel/index.html")) == {"steel/idle", "steel/shortages", "targets/targets-met"}
    assert _claim_ids(page(out, "topics/power/index.html")) == {"steel/shortages", "targets/night-cuts"}
    assert _claim_ids(page(out, "topics/unused/index.html")) == set()
    north = page(out, "provinces/north-hamgyong/index.html")
    assert _claim_ids(north) == {"steel/idle", "steel/shortages", "targets/targets-met"}
    assert "Kim Chaek Iron and Steel Complex" in north.text_content()
    assert _claim_ids(page(out, "provinces/south-hamgyong/index.html")) == {"targets/night-cuts"}
    # Provinces with no claims and no reports get no page.
    assert not (out / "provinces" / "rason").exists()


def test_contested_pair_is_flagged_on_both_sides_everywhere(basic_site):
    out, _ = basic_site
    for rel in ("briefs/steel/index.html", "briefs/targets/index.html", "topics/steel/index.html",
                "provinces/north-hamgyong/index.html"):
        doc = page(out, rel)
        for key, other in (("steel/idle", "targets/targets-met"), ("targets/targets-met", "steel/idle")):
            found = [li for li in doc.cssselect("li.claim") if li.get("data-claim") == key]
            if not found:
                continue
            claim = found[0]
            assert claim.cssselect(".badge.contested"), (rel, key)
            assert [a.get("data-contests") for a in claim.cssselect("a[data-contests]")] == [other]


def test_corroboration_and_single_source_flags(basic_site):
    out, _ = basic_site
    doc = page(out, "briefs/steel/index.html")
    shortages = doc.get_element_by_id("claim-shortages")
    assert shortages.cssselect(".corroboration")[0].get("data-corroboration") == "2"
    assert not shortages.cssselect(".single-source")
    idle = doc.get_element_by_id("claim-idle")
    assert idle.cssselect(".corroboration")[0].get("data-corroboration") == "1"
    assert idle.cssselect(".badge.single-source")
    # "Alpha News" and "alpha news" are one publisher.
    night = page(out, "briefs/targets/index.html").get_element_by_id("claim-night-cuts")
    assert night.cssselect(".badge.single-source")


def test_every_page_type_exists_and_links_resolve(basic_site):
    out, _ = basic_site
    for rel in ("index.html", "404.html", "briefs/index.html", "topics/index.html", "provinces/index.html",
                "sources/index.html", "feed.xml", "sitemap.xml", "assets/briefing.css"):
        assert (out / rel).is_file(), rel
    for html in out.rglob("*.html"):
        if html.name == "404.html":
            continue
        doc = lxml.html.fromstring(html.read_bytes())
        ids = {el.get("id") for el in doc.iter() if el.get("id")}
        for a in doc.iter("a", "link"):
            href = a.get("href") or ""
            if not href or href.startswith(("http://", "https://", "mailto:")):
                continue
            if a.get("rel") == "icon":  # the empty icon, which asks the host for nothing
                assert href == "data:,", (html, href)
                continue
            target, _, fragment = href.partition("#")
            if not target:
                assert fragment in ids, (html, href)
                continue
            assert (html.parent / target).resolve().is_file(), (html, href)


def test_sources_page_lists_every_report_newest_first(basic_site):
    out, _ = basic_site
    rows = page(out, "sources/index.html").cssselect("table.sources tbody tr")
    assert [r.get("data-report") for r in rows] == ["alpha", "beta", "gamma"]


def test_feed_and_sitemap_use_absolute_urls(basic_site):
    out, _ = basic_site
    import xml.etree.ElementTree as ET
    feed = ET.parse(out / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = [e.get("href") for e in feed.findall("a:entry/a:link", ns)]
    assert links == ["https://test.example.org/brief/briefs/steel/", "https://test.example.org/brief/briefs/targets/"]
    locs = [e[0].text for e in ET.parse(out / "sitemap.xml").getroot()]
    assert "https://test.example.org/brief/reports/alpha/" in locs
    assert all(loc.startswith("https://test.example.org/brief/") for loc in locs)
    # a brief's e-mail version is the brief again: not a page for search engines
    assert "https://test.example.org/brief/briefs/steel/" in locs
    assert not [loc for loc in locs if loc.endswith("email.html")]


def test_each_page_names_the_address_the_sitemap_lists_for_it_as_its_canonical_one(basic_site, tmp_path):
    # A folder's page is reached as …/x/ and …/x/index.html: search engines are told they are one
    import xml.etree.ElementTree as ET

    out, _ = basic_site
    locs = {e[0].text for e in ET.parse(out / "sitemap.xml").getroot()}
    canonical = {}
    for html in sorted(out.rglob("*.html")):
        rel = html.relative_to(out).as_posix()
        if rel != "404.html" and not rel.endswith("email.html"):
            [link] = lxml.html.fromstring(html.read_bytes()).xpath('//head/link[@rel="canonical"]')
            canonical[rel] = link.get("href")
    assert set(canonical.values()) == locs and len(canonical) == len(locs)  # one each, as the sitemap has it
    assert canonical["briefs/steel/index.html"] == "https://test.example.org/brief/briefs/steel/"
    assert canonical["index.html"] == "https://test.example.org/brief/"
    root = make_site(tmp_path, {"content/site.yaml": "title: T\n"})  # without base_url: no address to give
    assert build_site(root).ok
    assert not lxml.html.fromstring((root / "site/index.html").read_bytes()).xpath('//link[@rel="canonical"]')


def test_a_site_of_more_pages_than_a_sitemap_may_list_gets_a_sitemap_index(tmp_path, monkeypatch):
    import xml.etree.ElementTree as ET

    import generator.render
    from generator.cache import BuildCache

    root = copy_fixture("basic", tmp_path / "root")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert build_site(root, tmp_path / "one").ok
    every = [e.text for e in ET.parse(tmp_path / "one/sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert len(every) > 10
    monkeypatch.setattr(generator.render, "SITEMAP_URLS", 4)
    out = tmp_path / "split"
    assert build_site(root, out).ok
    index = ET.parse(out / "sitemap.xml").getroot()
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    parts = [e.text for e in index.findall("s:sitemap/s:loc", ns)]
    base = "https://test.example.org/brief/"
    assert parts == [f"{base}sitemap-{n}.xml" for n in range(1, len(parts) + 1)]
    listed = []
    for loc in parts:
        urls = [e.text for e in ET.parse(out / loc.removeprefix(base)).getroot().findall("s:url/s:loc", ns)]
        assert 0 < len(urls) <= 4
        listed += urls
    assert listed == every  # every page once, in the same order
    assert len(parts) == -(-len(every) // 4)
    # and a rebuild with a cache after a new report makes what a full build makes
    cache = BuildCache()
    build_site(root, write=False, cache=cache)
    (root / "content/reports/delta.md").write_text("---\ntitle: D\npublisher: Delta\npublished: 2024-05-01\n---\nText.\n")
    assert build_site(root, write=False, cache=cache).files == build_site(root, write=False).files


def test_sample_content_builds_without_errors_or_warnings(tmp_path):
    result = build_site(REPO, tmp_path / "out")
    assert result.ok and not result.diagnostics, messages(result)
    doc = page(tmp_path / "out", "briefs/north-hamgyong-steel-scrap-2023-01/index.html")
    idle = doc.get_element_by_id("claim-kim-chaek-idle")
    assert idle.cssselect(".badge.contested")
    assert [a.get("data-contests") for a in idle.cssselect("a[data-contests]")] == [
        "north-hamgyong-steel-scrap-2023-01/kim-chaek-meets-targets"]
    total_claims = sum(len(page(tmp_path / "out", f"briefs/{p.stem}/index.html").cssselect("li.claim"))
                       for p in (REPO / "content" / "briefs").glob("*.yaml"))
    assert total_claims >= 15


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    root = copy_fixture("basic", tmp_path / "a")
    other = copy_fixture("basic", tmp_path / "b")
    assert build_site(root).ok and build_site(other).ok
    assert _digest(root / "site") == _digest(other / "site")
    assert build_site(REPO, tmp_path / "s1").ok and build_site(REPO, tmp_path / "s2").ok
    assert _digest(tmp_path / "s1") == _digest(tmp_path / "s2")


def test_failed_build_leaves_previous_site_exactly_as_it_was(tmp_path):
    root = copy_fixture("basic", tmp_path / "root")
    assert build_site(root).ok
    before = _digest(root / "site")
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "site").rglob("*")}
    (root / "content" / "briefs" / "steel.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (root / "content" / "reports" / "alpha.md").unlink()
    result = build_site(root)
    assert not result.ok
    assert _digest(root / "site") == before
    assert {p: p.stat().st_mtime_ns for p in (root / "site").rglob("*")} == mtimes


def test_pages_of_deleted_content_disappear(tmp_path):
    root = copy_fixture("basic", tmp_path / "root")
    assert build_site(root).ok
    assert (root / "site" / "reports" / "gamma" / "index.html").exists()
    (root / "content" / "briefs" / "targets.yaml").unlink()
    (root / "content" / "reports" / "gamma.md").unlink()
    (root / "content" / "briefs" / "steel.yaml").write_text(
        (root / "content" / "briefs" / "steel.yaml").read_text().replace("    contradicts: [targets/targets-met]\n", ""))
    result = build_site(root)
    assert result.ok, messages(result)
    assert not (root / "site" / "reports" / "gamma").exists()
    assert not (root / "site" / "briefs" / "targets").exists()
    assert "reports/gamma/index.html" in result.written.removed


def test_second_build_writes_nothing_and_keeps_files(tmp_path):
    root = copy_fixture("basic", tmp_path / "root")
    first = build_site(root)
    inode = (root / "site" / "index.html").stat().st_ino
    second = build_site(root)
    assert second.written.written == () and second.written.removed == ()
    assert set(second.written.unchanged) == set(first.written.written)
    assert (root / "site" / "index.html").stat().st_ino == inode


def test_site_templates_override_the_builtin_theme(tmp_path):
    root = make_site(tmp_path, {
        "templates/sources.html": '{% extends "base.html" %}{% block content %}<p id="mine">custom {{ rows|length }}</p>{% endblock %}',
        "templates/assets/extra.css": "body{}",
    })
    assert build_site(root).ok
    doc = page(root / "site", "sources/index.html")
    assert doc.get_element_by_id("mine").text == "custom 1"
    assert (root / "site" / "assets" / "extra.css").is_file()
    assert (root / "site" / "assets" / "briefing.css").is_file()


def test_template_error_is_reported_at_the_template_line(tmp_path):
    root = make_site(tmp_path, {"templates/sources.html": "{% extends 'base.html' %}\n{% block content %}\n{{ nosuch.field }}\n{% endblock %}\n"})
    result = build_site(root)
    assert not result.ok
    assert [(d.pos.path, d.pos.line) for d in result.errors] == [("templates/sources.html", 3)]
    assert "nosuch" in result.errors[0].message



@pytest.mark.parametrize("source,line,says", [
    ("{% extends 'base.html' %}\n{% block content %}\n{{ 1/0 }}\n{% endblock %}\n", 3, "ZeroDivisionError: division by zero"),
    ("{% extends 'base.html' %}\n{% block content %}\n{% include 'sources.html' %}\n{% endblock %}\n", None, "calls itself"),
    ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n{{ f(0) }}\n", 1, "calls itself"),
    (b"{% extends 'base.html' %}\n{% block content %}\ncaf\xe9\n{% endblock %}\n", 3, "not UTF-8 text (byte 0xe9)"),
])
def test_a_template_that_fails_any_way_is_an_error_at_its_line_and_the_site_stays(tmp_path, source, line, says):
    root = make_site(tmp_path, {})
    assert build_site(root).ok
    before = (root / "site" / "sources" / "index.html").read_bytes()
    (root / "templates").mkdir()
    (root / "templates" / "sources.html").write_bytes(source if isinstance(source, bytes) else source.encode())
    result = build_site(root)
    [problem] = result.errors
    assert problem.pos.path == "templates/sources.html" and problem.pos.line == (line or problem.pos.line) > 0
    assert says in problem.message
    assert (root / "site" / "sources" / "index.html").read_bytes() == before



@pytest.mark.parametrize("call", ["url('index.html')", "'*x*'|inline_markdown", "'*x*'|markdown"])
def test_a_macro_imported_without_context_is_told_to_import_it_with_context(tmp_path, call):
    # (from a theme author's probe) Jinja's own message was "template error: 'page_path'"
    macro = "{% macro home() %}<p>{{ " + call + " }}</p>{% endmacro %}\n"
    page = ("{% extends 'base.html' %}{% import 'partials/h.html' as h %}"
            "{% block content %}{{ h.home() }}{% endblock %}\n")
    root = make_site(tmp_path, {**MINIMAL, "templates/partials/h.html": macro, "templates/sources.html": page})
    [problem] = build_site(root).errors
    assert (problem.pos.path, problem.pos.line) == ("templates/partials/h.html", 1)
    assert "cannot tell which page it is on: import this macro's file with context" in problem.message
    fixed = page.replace("as h %}", "as h with context %}")
    (root / "templates" / "sources.html").write_text(fixed)
    assert build_site(root).ok


def test_a_template_error_names_the_page_it_stopped_and_how_many_more(tmp_path):
    # The same line can fail for one report of many: the page tells the user which data.
    report = MINIMAL["content/reports/r1.md"]
    files = {f"content/reports/r{i}.md": report.replace("title: R1", f"title: R{i}") for i in range(2, 6)}
    one = "{% extends 'base.html' %}{% block content %}{% if report.id == 'r3' %}{{ 1/0 }}{% endif %}{% endblock %}\n"
    root = make_site(tmp_path, {**files, "templates/report.html": one})
    [problem] = build_site(root, workers=2).errors
    assert problem.message == "template error: ZeroDivisionError: division by zero"
    assert problem.hint == "rendering reports/r3/index.html"
    more = one.replace("{% if report.id == 'r3' %}", "{% if report.id != 'r1' %}")
    (root / "templates" / "report.html").write_text(more)
    [problem] = build_site(root).errors
    assert problem.hint == "rendering reports/r2/index.html and 3 other pages"


@pytest.mark.parametrize("files", [
    {"content/topics.yaml": "- id: steel\n  title: Steel\n- id: index.html\n  title: S3\n"},
    {"content/briefs/index.html.yaml": MINIMAL["content/briefs/b1.yaml"]},
])
def test_an_id_whose_page_would_need_a_folder_where_a_file_is_is_an_error_not_a_crash(tmp_path, files):
    root = make_site(tmp_path, {})
    assert build_site(root).ok
    before = sorted((root / "site").rglob("*"))
    root = make_site(tmp_path, files)
    result = build_site(root)
    assert not result.ok and any("index.html" in d.message for d in result.errors), messages(result)
    assert sorted((root / "site").rglob("*")) == before



def test_media_named_in_any_script_or_with_spaces_is_shown_however_the_link_spells_it(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
    body = ("![hangul](../media/사진.png) ![space](<../media/my photo.png>) ![encoded](../media/my%20photo.png) "
            "[hash](../media/a%23b.png)\n")
    report = MINIMAL["content/reports/r1.md"] + "\n" + body
    body += "\n![core](../media/sediments/core.png)\n"  # a folder named as sed names its scratch file
    report = MINIMAL["content/reports/r1.md"] + "\n" + body
    root = make_site(tmp_path, {"content/reports/r1.md": report, "content/media/사진.png": png,
                                "content/media/my photo.png": png, "content/media/a#b.png": png,
                                "content/media/sediments/core.png": png})
    result = build_site(root)
    assert result.ok and not result.warnings, messages(result)
    doc = page(root / "site", "reports/r1/index.html")
    shown = {img.get("alt"): img.get("src") for img in doc.iter("img")}
    assert shown == {"hangul": "../../media/%EC%82%AC%EC%A7%84.png", "space": "../../media/my%20photo.png",
                     "encoded": "../../media/my%20photo.png", "core": "../../media/sediments/core.png"}
    [link] = doc.xpath('//a[text()="hash"]')
    assert link.get("href") == "../../media/a%23b.png"
    page_dir = root / "site" / "reports" / "r1"
    for target in (*shown.values(), link.get("href")):  # each leads to the published file, as a browser decodes it
        assert (page_dir / unquote(target)).resolve().is_file(), target


import lxml.html  # noqa: E402  (used by the link checker above)


def test_text_in_another_language_than_the_site_says_so(tmp_path):
    # Screen readers pick a voice by lang: a Korean report in an English site is read as Korean.
    report = ("---\ntitle: 제철소 가동 중단\npublisher: P2\npublished: 2024-01-01\nlanguage: ko\n"
              "topics: [steel]\n---\n제철소는 일년에 며칠만 가동된다.\n")
    brief = MINIMAL["content/briefs/b1.yaml"] + ("  - id: c2\n    text: Korean.\n    sources:\n"
                                                 "      - report: r2\n        quote: \"일년에 며칠만 가동된다\"\n")
    root = make_site(tmp_path, {"content/reports/r2.md": report, "content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok and not result.diagnostics, messages(result)
    korean, english = page(root / "site", "reports/r2/index.html"), page(root / "site", "reports/r1/index.html")
    assert [e.get("lang") for e in korean.cssselect("h1, .report-body, li.passage blockquote")] == ["ko"] * 3
    assert not english.cssselect("article [lang]")
    notes = {n.get("data-report"): n for n in page(root / "site", "briefs/b1/index.html").cssselect("li.footnote")}
    assert [e.get("lang") for e in notes["r2"].cssselect("cite, blockquote.quote")] == ["ko", "ko"]
    assert not notes["r1"].cssselect("[lang]")
    sources = page(root / "site", "sources/index.html")
    assert [a.get("lang") for a in sources.cssselect("table a") if "r2" in a.get("href")] == ["ko"]
    email = lxml.html.fromstring((root / "site/briefs/b1/email.html").read_bytes())
    assert [e.get("lang") for e in email.cssselect("cite, blockquote.quote")].count("ko") == 2


def test_text_written_right_to_left_is_marked_so(tmp_path):
    # Without dir, an Arabic title in an English footnote pulls the date's digits into its run.
    report = ("---\ntitle: ارتفاع أسعار الأرز\npublisher: الجزيرة\npublished: 2024-01-01\nlanguage: ar\n"
              "topics: [steel]\n---\nارتفعت أسعار الأرز في الأسواق.\n")
    brief = MINIMAL["content/briefs/b1.yaml"] + ("  - id: c2\n    text: Arabic.\n    sources:\n"
                                                 "      - report: r2\n        quote: \"ارتفعت أسعار الأرز\"\n")
    root = make_site(tmp_path, {"content/reports/r2.md": report, "content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok and not result.diagnostics, messages(result)
    arabic = page(root / "site", "reports/r2/index.html")
    assert [(e.get("lang"), e.get("dir")) for e in arabic.cssselect("h1, .report-body, li.passage blockquote")] == \
        [("ar", "rtl")] * 3
    assert [e.text_content() for e in arabic.cssselect("dl.meta dd bdi")] == ["الجزيرة"]
    assert page(root / "site", "index.html").getroottree().getroot().get("dir") == "ltr"
    notes = {n.get("data-report"): n for n in page(root / "site", "briefs/b1/index.html").cssselect("li.footnote")}
    assert [(e.get("lang"), e.get("dir")) for e in notes["r2"].cssselect("cite, blockquote.quote")] == [("ar", "rtl")] * 2
    assert notes["r2"].cssselect(".publisher")[0].get("dir") == "auto"  # isolated, whichever way it is written
    email = lxml.html.fromstring((root / "site/briefs/b1/email.html").read_bytes())
    assert [e.get("dir") for e in email.cssselect("cite, blockquote.quote") if e.get("lang") == "ar"] == ["rtl", "rtl"]
    # … and with no language given, each way it is written, as the browser reads it
    root = make_site(tmp_path, {"content/reports/r2.md": report.replace("language: ar\n", ""),
                                "content/briefs/b1.yaml": brief})
    assert build_site(root).ok
    unsaid = page(root / "site", "reports/r2/index.html")
    shown = unsaid.cssselect("h1, li.passage blockquote")
    assert [(e.get("lang"), e.get("dir")) for e in shown] == [(None, "auto")] * 2
    notes = {n.get("data-report"): n for n in page(root / "site", "briefs/b1/index.html").cssselect("li.footnote")}
    shown = notes["r2"].cssselect("cite, blockquote.quote")
    assert [(e.get("lang"), e.get("dir")) for e in shown] == [(None, "auto")] * 2
    email = lxml.html.fromstring((root / "site/briefs/b1/email.html").read_bytes())
    # (the e-mail says it only where a letter is written right to left: its bytes count)
    said = {n.get("data-report"): [e.get("dir") for e in n.cssselect("cite, blockquote.quote")]
            for n in email.cssselect("div.fn")}
    assert said == {"r1": [None, None], "r2": ["auto", "auto"]}


@pytest.mark.parametrize("language, direction", [
    ("ar", "rtl"), ("he", "rtl"), ("fa-IR", "rtl"), ("ur", "rtl"), ("ckb", "rtl"), ("pa-Arab", "rtl"),
    ("ks-Deva", "ltr"), ("ar-u-nu-latn", "rtl"), ("en-US-u-nu-arab", "ltr"), ("he-x-latn", "rtl"),
    ("en", "ltr"), ("ko", "ltr"), ("zh-Hans", "ltr"), ("ku", "ltr"), ("", "ltr"), (None, "ltr"),
])
def test_a_language_is_written_in_its_direction(language, direction):
    from generator.theme import text_dir

    assert text_dir(language) == direction


def test_a_site_in_a_language_written_right_to_left_is_so(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": MINIMAL["content/site.yaml"] + "language: he\n"})
    assert build_site(root).ok
    for path in ("index.html", "briefs/b1/index.html", "briefs/b1/email.html", "404.html"):
        html = lxml.html.fromstring((root / "site" / path).read_bytes())
        assert (html.get("lang"), html.get("dir")) == ("he", "rtl"), path


def test_titles_and_claims_written_in_another_script_take_their_own_direction(tmp_path):
    # An Arabic brief, topic and claim on an English site: laid out right to left as written
    brief = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", "title: موجز").replace(
        "text: Idle mill.", "text: المصنع متوقف.")
    topics = "- {id: steel, title: الصلب}\n"
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief, "content/topics.yaml": topics})
    assert build_site(root).ok
    shown = {"briefs/b1/index.html": ["h1", "p.claim-text"], "topics/steel/index.html": ["h1", "p.claim-text"],
             "briefs/index.html": [".card-title"], "briefs/b1/email.html": ["h1", "p.claim-text"]}
    for path, selectors in shown.items():
        doc = lxml.html.fromstring((root / "site" / path).read_bytes())
        for selector in selectors:
            found = doc.cssselect(selector)
            assert found and all(e.get("dir") == "auto" for e in found), (path, selector)
            assert any(c in found[0].text_content() for c in "مص"), (path, selector)


def test_a_brief_without_a_summary_has_no_empty_summary_in_the_feed(tmp_path):
    import xml.etree.ElementTree as ET

    root = make_site(tmp_path, {})
    assert "summary" not in MINIMAL["content/briefs/b1.yaml"] and build_site(root).ok
    [entry] = ET.parse(root / "site/feed.xml").getroot().iter("{http://www.w3.org/2005/Atom}entry")
    assert [child.tag.rsplit("}", 1)[1] for child in entry] == ["title", "id", "link", "updated", "author"]


def test_the_feed_summary_is_the_summary_rendered(tmp_path):
    import xml.etree.ElementTree as ET

    from urllib.parse import urljoin

    summary = "Output **fell** in <b>May</b>: [the report](../reports/r1.md), [all sources](../../sources/index.html)."
    brief = MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]", f"topics: [steel]\nsummary: \"{summary}\"")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok and not result.diagnostics, messages(result)
    [entry] = ET.parse(root / "site/feed.xml").getroot().iter("{http://www.w3.org/2005/Atom}entry")
    [shown] = entry.iter("{http://www.w3.org/2005/Atom}summary")
    assert shown.get("type") == "html"
    html = lxml.html.fragment_fromstring(shown.text.strip())
    assert html.text_content() == "Output fell in <b>May</b>: the report, all sources."  # raw HTML stays text
    # A feed reader resolves links against the entry's xml:base: they lead where the brief page's do.
    base = entry.get("{http://www.w3.org/XML/1998/namespace}base")
    page_url = "https://t.example/briefs/b1/"
    on_page = [urljoin(page_url, a.get("href")) for a in page(root / "site", "briefs/b1/index.html").cssselect(".summary a")]
    def page_of(url: str) -> str:  # a folder's address and its index.html are one page
        return url.removesuffix("index.html")
    in_feed = [page_of(urljoin(base, a.get("href"))) for a in html.iter("a")]
    assert in_feed == [page_of(url) for url in on_page] == [
        "https://t.example/reports/r1/", "https://t.example/sources/"]
    # Many feed readers ignore xml:base: a link the site makes is a full address already,
    # the published one, as the entry's own link is.
    assert next(html.iter("a")).get("href") == "https://t.example/reports/r1/"


def test_a_link_to_an_anchor_of_a_briefs_page_leads_there_wherever_its_text_is_shown(tmp_path):
    import xml.etree.ElementTree as ET

    from urllib.parse import urljoin, urlsplit

    brief = MINIMAL["content/briefs/b1.yaml"].replace(
        "topics: [steel]", 'topics: [steel]\nsummary: "See [the first claim](#claim-c1)."').replace(
        "text: Idle mill.", 'text: "Idle mill; see [the second](#claim-c2)."') + (
        "  - id: c2\n    text: Still idle.\n    sources:\n      - report: r1\n        quote: \"The mill runs\"\n")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok and not result.diagnostics, messages(result)
    out = root / "site"
    # On the brief's own page the links stay on it
    on_brief = page(out, "briefs/b1/index.html")
    assert [a.get("href") for a in on_brief.xpath("//a[text()='the second' or text()='the first claim']")] == [
        "#claim-c1", "#claim-c2"]
    # Elsewhere (a topic page names its claims "claim-c2~b1") they lead to the brief's page
    followed = []
    for rel in ("topics/steel/index.html", "provinces/index.html", "index.html", "briefs/index.html"):
        for a in page(out, rel).xpath("//a[text()='the second']"):
            target = urlsplit(urljoin(f"https://h/{rel}", a.get("href")))
            assert page(out, target.path[1:]).get_element_by_id(target.fragment) is not None
            followed.append((rel, target.path, target.fragment))
    assert followed == [("topics/steel/index.html", "/briefs/b1/index.html", "claim-c2")]
    # The feed and the e-mail, read away from the site, link to its published page
    [summary] = ET.parse(out / "feed.xml").getroot().iter("{http://www.w3.org/2005/Atom}summary")
    assert [a.get("href") for a in lxml.html.fragment_fromstring(summary.text.strip()).iter("a")] == [
        "https://t.example/briefs/b1/#claim-c1"]
    email = page(out, "briefs/b1/email.html")
    assert [a.get("href") for a in email.xpath("//a[text()='the second' or text()='the first claim']")] == [
        "https://t.example/briefs/b1/#claim-c1", "https://t.example/briefs/b1/#claim-c2"]


def test_headings_never_skip_a_level(tmp_path):
    root = make_site(tmp_path, {})
    assert build_site(root).ok
    for path in ("index.html", "briefs/index.html", "topics/index.html", "provinces/index.html",
                 "topics/steel/index.html", "briefs/b1/index.html", "reports/r1/index.html", "sources/index.html"):
        levels = [int(h.tag[1]) for h in page(root / "site", path).iter("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:])), (path, levels)


@pytest.mark.parametrize("site_language, written, shown, named", [
    ("en", "language: Korean\n", None, "English (en)"),  # not a tag: warned about, read as the site's
    ("en", "language: EN\n", None, "English (en)"),  # the site's, in another case
    ("en", "language: zh-hans\n", "zh-Hans", "Chinese (zh-Hans)"),  # in BCP 47's usual case
    ("ko", "", None, "Korean (ko)"),  # not given: the site's
    ("ko", "language: en-us\n", "en-US", "English (en-US)"),
    ("en", "language: DE-u-CO-phonebk\n", "de-u-co-phonebk", "German (de-u-co-phonebk)"),  # past a singleton: lower case
    ("en", "language: tlh\n", "tlh", "tlh"),  # a language not named: its tag
])
def test_a_reports_language_is_a_tag_and_defaults_to_the_sites(tmp_path, site_language, written, shown, named):
    report = MINIMAL["content/reports/r1.md"].replace("published:", f"{written}published:")
    root = make_site(tmp_path, {"content/reports/r1.md": report,
                                "content/site.yaml": MINIMAL["content/site.yaml"] + f"language: {site_language}\n"})
    result = build_site(root)
    assert result.ok
    assert [w.message for w in result.warnings] == (
        ['"language" must be a language tag like ko, en or zh-Hans, not "Korean"'] if "Korean" in written else [])
    doc = page(root / "site", "reports/r1/index.html")
    assert [e.get("lang") for e in doc.cssselect("article h1, .report-body")] == [shown, shown]
    language = next(dt.getnext() for dt in doc.cssselect("dl.meta dt") if dt.text == "Language")
    assert language.text_content() == named


def test_the_404_pages_inline_css_is_css_not_escaped_text(tmp_path):
    out = tmp_path / "site"
    assert build_site(make_site(tmp_path / "s", {}), out).ok
    [style] = page(out, "404.html").xpath("//style")
    css = style.text
    assert "&#34;" not in css and "&gt;" not in css and ".passages > li" in css
    assert css.replace("<\\/", "</") == (REPO / "templates/assets/briefing.css").read_text(encoding="utf-8")


@pytest.mark.parametrize("css", ["\ufeff:root { --accent: #123 }".encode(), b":root { --accent: #123 } /* \xa9 */"])
def test_the_404_pages_css_survives_a_bom_and_bytes_that_are_not_utf8(tmp_path, css):
    out = tmp_path / "site"
    result = build_site(make_site(tmp_path / "s", {}), out)
    (tmp_path / "s" / "templates" / "assets").mkdir(parents=True)
    (tmp_path / "s" / "templates" / "assets" / "briefing.css").write_bytes(css)
    result = build_site(tmp_path / "s", out)
    assert result.ok
    [style] = page(out, "404.html").xpath("//style")
    assert style.text.startswith(":root { --accent: #123 }")


def test_a_backslash_in_a_report_url_is_a_slash_as_browsers_read_it(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("publisher: P1", 'publisher: P1\nurl: "https://a.example\\\\@b.example/x"')
    out = tmp_path / "site"
    assert build_site(make_site(tmp_path / "s", {"content/reports/r1.md": report}), out).ok
    hrefs = page(out, "reports/r1/index.html").xpath("//a/@href")
    assert "https://a.example/@b.example/x" in hrefs


def test_a_report_url_with_spaces_is_encoded_with_a_warning(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("publisher: P1", 'publisher: P1\nurl: "https://ex.org/a b?x=1&y=2"')
    out = tmp_path / "site"
    result = build_site(make_site(tmp_path / "s", {"content/reports/r1.md": report}), out)
    assert result.ok and messages(result) == ['content/reports/r1.md:4:6: warning: "url" has characters an address '
                                              'may not hold; using "https://ex.org/a%20b?x=1&y=2"']
    hrefs = page(out, "reports/r1/index.html").xpath("//a/@href") + page(out, "briefs/b1/index.html").xpath("//a/@href")
    assert not [h for h in hrefs if " " in h] and any(h.startswith("https://ex.org/a%20b?x=1&y=2") for h in hrefs)


def test_a_summarys_headings_sit_under_the_summary_heading(tmp_path):
    brief = MINIMAL["content/briefs/b1.yaml"].replace("claims:", "summary: |\n  # Context\n\n  ### Detail\nclaims:")
    out = tmp_path / "site"
    assert build_site(make_site(tmp_path / "s", {"content/briefs/b1.yaml": brief}), out).ok
    summary = page(out, "briefs/b1/index.html").cssselect("section.summary")[0]
    assert [h.tag for h in summary.iter("h2", "h3", "h4", "h5")] == ["h2", "h3", "h4"]


def test_the_two_pagers_of_a_list_are_told_apart(tmp_path):
    reports = {f"content/reports/r{i:03}.md": MINIMAL["content/reports/r1.md"] for i in range(2, 130)}
    out = tmp_path / "site"
    assert build_site(make_site(tmp_path / "s", reports), out).ok
    labels = page(out, "sources/index.html").xpath("//nav[@class='pager']/@aria-label")
    assert len(labels) == 2 and len(set(labels)) == 2


def test_claim_markers_of_briefs_whose_ids_run_together_have_ids_of_their_own(tmp_path):
    # brief "a", claim "b-c" and brief "a-b", claim "c": one "ref-a-b-c-1" would be two markers
    claim = ("title: {t}\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n  - id: {c}\n    text: Idle mill.\n"
             "    sources:\n      - report: r1\n        quote: \"runs a few days each year\"\n")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": None,
                                             "content/briefs/a.yaml": claim.format(t="A", c="b-c"),
                                             "content/briefs/a-b.yaml": claim.format(t="AB", c="c")}), write=False)
    assert result.ok
    doc = lxml.html.fromstring(result.files["topics/steel/index.html"])
    ids = [el.get("id") for el in doc.iter() if el.get("id")]
    assert len(ids) == len(set(ids))
    backs = [a.get("href")[1:] for a in doc.cssselect("a.back")]
    markers = [a.get("id") for a in doc.cssselect("sup.cite a")]
    assert len(markers) == 2 and sorted(backs) == sorted(markers)


def test_a_text_fragment_end_term_is_not_found_earlier_in_the_passage():
    from generator.urls import text_fragment
    passage = "Wages were cut and work in the mine stopped in May; later work in the mine"
    link = text_fragment("https://x.org/a", [passage])
    assert link == "https://x.org/a#:~:text=Wages%20were%20cut%20and,later%20work%20in%20the%20mine"
    # Nothing repeated: the last four words, as ever.
    assert text_fragment("https://x.org/a", ["The mill closed in May after the long strike by workers"]).endswith(
        ",long%20strike%20by%20workers")


def test_a_text_fragment_of_a_passage_repeating_itself_stays_short():
    from generator.urls import text_fragment
    link = text_fragment("https://x.org/a", [" ".join(["work in the mine"] * 3000)])
    end = link.rpartition(",")[2]
    assert end.count("%20") + 1 == 12 and len(link) < 200


@pytest.mark.parametrize("cores", [None, 2, 6, 16])
def test_more_workers_than_cores_or_chunks_are_not_started(monkeypatch, cores):
    from generator import forked, parallel
    from generator.parallel import CHUNK, run_all

    if cores is not None:  # (as many helpers as that many cores would have: they take turns here)
        if not sys.platform.startswith("linux"):
            pytest.skip("helpers are forked on Linux alone")
        monkeypatch.setattr(parallel, "available_cores", lambda: cores)
        monkeypatch.setattr(forked, "available_cores", lambda: cores)
    forked_helpers = []
    real = parallel.Team._fork
    monkeypatch.setattr(parallel.Team, "_fork", lambda team: forked_helpers.append(team) or real(team))
    # (a chunk takes 0.3 s: a helper given its first chunk as it starts cannot be done, and take
    # the last chunk too, before the build's process has forked the other helpers, even on a
    # loaded machine; at 0.06 s a chunk it could, and the build's process took none)
    jobs = [functools.partial(_pid_after, 0.01) for _ in range(10 * CHUNK)]
    pids = list(run_all(jobs, 64))  # -j 64: 10 chunks of work
    assert len(pids) == len(jobs)
    # the build's process takes its share, and one helper is forked for each other core
    assert len(forked_helpers) == min(parallel.available_cores(), 10) - 1
    assert len(set(pids)) == len(forked_helpers) + 1 and os.getpid() in pids


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_the_build_renders_beside_one_helper_and_starts_it_only_once_a_forked_save_is_done(monkeypatch):
    from generator import forked, parallel
    from generator.parallel import CHUNK, run_all

    if parallel.available_cores() != 2 or not sys.platform.startswith("linux"):
        pytest.skip("the cores counted are two")
    saving = forked.Forked(lambda: time.sleep(1.0))
    try:
        started = time.monotonic()
        jobs = [functools.partial(_pid_after, 0.002) for _ in range(40 * CHUNK)]  # 2.6 s in one process
        when: dict[int, float] = {}
        for pid in run_all(jobs, 2):
            when.setdefault(pid, time.monotonic() - started)
        assert os.getpid() in when and len(when) == 2  # the build's process, and one helper
        helper = next(t for pid, t in when.items() if pid != os.getpid())
        assert helper >= 0.9  # not while the save kept the other core busy
    finally:
        assert saving.result()[0]
    walking = forked.Forked(lambda: time.sleep(1.0), holding_a_core=False)  # (a walk of the output)
    try:
        assert len(set(run_all(jobs[:20 * CHUNK], 2))) == 2 and forked.busy() == 0
    finally:
        assert walking.result()[0]


def test_results_come_in_the_order_of_the_jobs_and_a_jobs_exception_is_raised_with_where_it_was(monkeypatch):
    from generator import parallel
    from generator.parallel import CHUNK, run_all

    if parallel.available_cores() < 2 or not sys.platform.startswith("linux"):
        pytest.skip("the jobs run in one process")
    jobs = [functools.partial(pow, i, 2) for i in range(20 * CHUNK + 5)]
    assert list(run_all(jobs, 2)) == [i * i for i in range(20 * CHUNK + 5)]
    # a job failing wherever it runs: the build's process or a helper
    failing = [*jobs[:15 * CHUNK], functools.partial(int, "not a number"), *jobs]
    got = []
    with pytest.raises(ValueError, match="not a number"):
        got.extend(run_all(failing, 2))
    assert got == [i * i for i in range(15 * CHUNK)]  # every result before the one that failed
    # a chunk failing in a helper (its first: chunk 0) is raised with the helper's traceback
    monkeypatch.setattr(parallel, "_run_chunk", _failing_chunk)
    got = []
    with pytest.raises(ValueError, match="failed in a helper") as raised:
        got.extend(run_all(jobs, 2))
    assert got == []
    assert any("in a worker of the build" in note and "_failing_chunk" in note for note in raised.value.__notes__)


def _failing_chunk(bounds: tuple[int, int]) -> bytes:
    raise ValueError("failed in a helper")


def test_once_a_chunk_failed_the_build_takes_no_more(monkeypatch):
    from generator import parallel
    from generator.parallel import CHUNK, run_all

    if parallel.available_cores() < 2 or not sys.platform.startswith("linux"):
        pytest.skip("the jobs run in one process")
    real = parallel._run_chunk
    monkeypatch.setattr(parallel, "_run_chunk", lambda bounds: time.sleep(1.0) or real(bounds))  # a slow helper
    ran.clear()
    jobs = [functools.partial(_noted, i) for i in range(40 * CHUNK)]
    jobs[CHUNK] = functools.partial(int, "not a number")  # in chunk 1, the build's own first
    with pytest.raises(ValueError, match="not a number"):
        list(run_all(jobs, 2))
    # it waited for the helper's chunk 0 without running chunks 2, 3 … meanwhile
    assert all(i < 2 * CHUNK for i in ran)


ran: list[int] = []


def _noted(i: int) -> int:
    ran.append(i)
    return i


def test_a_worker_killed_mid_build_is_an_error_not_a_wait_forever(monkeypatch):
    from generator import parallel
    from generator.parallel import CHUNK, run_all

    if parallel.available_cores() < 2 or not sys.platform.startswith("linux"):
        pytest.skip("the jobs run in one process")
    # the helper killed at its first chunk, as the out-of-memory killer would
    monkeypatch.setattr(parallel, "_run_chunk", lambda bounds: os.kill(os.getpid(), signal.SIGKILL))
    jobs = [functools.partial(pow, i, 2) for i in range(20 * CHUNK)]
    with pytest.raises(RuntimeError, match="stopped by signal 9 before it finished"):
        list(run_all(jobs, 2))


def test_a_failed_fork_leaves_the_build_to_do_the_rest_alone(monkeypatch):
    from generator import parallel
    from generator.parallel import CHUNK, run_all

    if parallel.available_cores() < 2 or not sys.platform.startswith("linux"):
        pytest.skip("the jobs run in one process")

    def no_memory() -> int:
        raise OSError(12, "Cannot allocate memory")
    monkeypatch.setattr(parallel.os, "fork", no_memory)
    before = len(os.listdir("/proc/self/fd"))
    jobs = [functools.partial(_pid_after, 0) for _ in range(10 * CHUNK)]
    assert set(run_all(jobs, 2)) == {os.getpid()}
    assert len(os.listdir("/proc/self/fd")) == before  # (the pipes made for the helper closed)


def test_both_sides_of_a_dispute_say_so_alike(tmp_path):
    # `contradicts` is written on one side; either claim's page names the other, and neither
    # may read as the one disputed when it is the one disputing.
    brief = MINIMAL["content/briefs/b1.yaml"] + ("  - id: c2\n    text: The mill never closed.\n    contradicts: [c1]\n"
                                                 "    sources:\n      - report: r1\n        quote: \"runs a few days each year\"\n")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok
    claims = {li.get("data-claim"): li for li in page(root / "site", "briefs/b1/index.html").cssselect("li.claim")}
    contests = {key: li.cssselect("p.contest")[0].text_content().split() for key, li in claims.items()}
    assert {key: words[:3] for key, words in contests.items()} == {"b1/c1": ["In", "dispute", "with:"],
                                                                   "b1/c2": ["In", "dispute", "with:"]}
    text = (root / "site/briefs/b1/email.html").read_text(encoding="utf-8")
    assert "Disputed by" not in text and text.count("In dispute with:") == 2


def test_every_page_names_an_icon_that_needs_no_request(basic_site):
    out, _ = basic_site
    # Without an icon of its own, a page makes browsers ask the host's root for /favicon.ico:
    # a request outside the site's folder, a 404 and a console error on every page.
    pages = sorted(p for p in out.rglob("*.html") if p.name != "email.html")
    assert len(pages) > 10
    for path in pages:
        icons = page(out, str(path.relative_to(out))).xpath('//head/link[@rel="icon"]/@href')
        assert icons == ["data:,"], path


def test_no_page_holds_an_id_twice_though_ids_may_hold_double_hyphens(tmp_path):
    # claim "a" of brief "b--c" and claim "a--b" of brief "c" share a topic page: joined with
    # "--" both were "claim-a--b--c"
    brief = ("title: {title}\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n  - id: {claim}\n    text: Idle mill.\n"
             "    sources:\n      - report: r1\n        quote: \"runs a few days each year\"\n")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": None,
                                "content/briefs/b--c.yaml": brief.format(title="One", claim="a"),
                                "content/briefs/c.yaml": brief.format(title="Two", claim="a--b")})
    result = build_site(root, out=root / "site")
    assert result.ok, messages(result)
    pages = sorted((root / "site").rglob("*.html"))
    assert len(pages) > 5
    for path in pages:
        doc = page(root / "site", path.relative_to(root / "site").as_posix())
        ids = [element.get("id") for element in doc.iter() if element.get("id")]
        assert len(ids) == len(set(ids)), (path, sorted(i for i in ids if ids.count(i) > 1))


def test_one_wording_typed_with_composed_or_combining_accents_is_one_footnote(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("The mill runs", "The café mill runs")
    brief = ("title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n" + "".join(
        f"  - id: c{i}\n    text: Idle mill.\n    sources:\n      - report: r1\n        quote: \"{quote}\"\n"
        for i, quote in enumerate(["The caf\u00e9 mill runs", "The cafe\u0301 mill runs"], 1)))
    root = make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok, messages(result)
    doc = page(root / "site", "briefs/b1/index.html")
    assert [[a.get("href") for a in li.cssselect("sup.cite a")] for li in doc.cssselect("ol.claims > li.claim")] == \
        [["#fn-1"], ["#fn-1"]]
    assert len(doc.cssselect("section.footnotes li.footnote")) == 1


def test_two_wordings_of_one_passage_are_two_footnotes_each_with_its_own_words(tmp_path):
    # One footnote per passage showed the first claim's wording, note and match under the
    # second claim's marker too: a typo'd quote looked verified, an exact one approximate.
    brief = ("title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n"
             "  - id: c1\n    text: Idle mill.\n    sources:\n"
             "      - report: r1\n        quote: \"The mill runs a few days each year\"\n"
             "  - id: c2\n    text: Mostly idle mill.\n    sources:\n"
             "      - report: r1\n        quote: \"The mill runs a few dais each year\"\n"
             "        note: A defector's word.\n"
             "  - id: c3\n    text: The same words again.\n    sources:\n"
             # the same words with a line break
             "      - report: r1\n        quote: |-\n          The mill runs a few\n          days each year\n"
             "  - id: c4\n    text: The same words, another note.\n    sources:\n"
             "      - report: r1\n        quote: \"The mill runs a few days each year\"\n"
             "        note: Seen in 2023.\n")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok, messages(result)
    for rel in ("briefs/b1/index.html", "topics/steel/index.html"):
        doc = page(root / "site", rel)
        markers = {li.get("data-claim"): [a.get("href")[1:] for a in li.cssselect("sup.cite a")]
                   for li in doc.cssselect("ol.claims > li.claim")}
        assert markers == {"b1/c1": ["fn-1"], "b1/c2": ["fn-2"], "b1/c3": ["fn-1"], "b1/c4": ["fn-3"]}, rel
        notes = {li.get("id"): li for li in doc.cssselect("section.footnotes li.footnote")}
        assert sorted(notes) == ["fn-1", "fn-2", "fn-3"], rel
        assert notes["fn-3"].cssselect("p.note")[0].text == "Seen in 2023."
        assert notes["fn-1"].cssselect("blockquote.quote")[0].text == "The mill runs a few days each year"
        assert "approximate" not in notes["fn-1"].get("class") and not notes["fn-1"].cssselect("p.note")
        assert notes["fn-2"].cssselect("blockquote.quote")[0].text == "The mill runs a few dais each year"
        assert "approximate" in notes["fn-2"].get("class")
        assert notes["fn-2"].cssselect("p.note")[0].text == "A defector's word."
        # all point at the one passage the report highlights
        links = {li.cssselect("a.to-report")[0].get("href").rpartition("#")[2] for li in notes.values()}
        assert len(links) == 1
        # c3's quote, folded over two lines, is the same words: the same footnote
        assert [a.get("href")[1:] for a in notes["fn-1"].cssselect("a.back")] == ["ref-b1~c1-1", "ref-b1~c3-1"]
    email = page(root / "site", "briefs/b1/email.html")
    assert [[sup.get("data-footnote") for sup in div.cssselect("sup")] for div in email.cssselect("div.claim")] == \
        [["1"], ["2"], ["1"], ["3"]]
    assert [(div.cssselect("blockquote")[0].text, "approximate" in div.get("class"))
            for div in email.cssselect("div.fn")] == [("The mill runs a few days each year", False),
                                                      ("The mill runs a few dais each year", True),
                                                      ("The mill runs a few days each year", False)]
    [passage] = page(root / "site", "reports/r1/index.html").cssselect("ol.passages > li.passage")
    assert [a.get("data-claim") for a in passage.cssselect("ul a")] == ["b1/c1", "b1/c2", "b1/c3", "b1/c4"]


def test_a_quote_is_told_apart_by_its_words_whatever_its_spaces_and_encoding():
    # Footnotes are one per quote as shown: the words with every run of white space one space
    # and composed (NFC). Quotes already so are taken as they are; any other is made so.
    import random
    import unicodedata

    from generator.views import _as_shown

    pieces = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u200b", "mill", "é",
              "e\u0301", "한", "\u1100\u1161", "."]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert _as_shown(text) == unicodedata.normalize("NFC", " ".join(text.split())), repr(text)
    already = "The mill runs a few days each year"
    assert _as_shown(already) is already


def test_a_claim_citing_many_reports_costs_footnotes_in_proportion(tmp_path, monkeypatch):
    # Each report page lists the claims citing it; it made every one of their footnotes, which
    # the theme never shows there: a claim citing S reports cost S footnotes on each of S pages.
    from generator import views

    sources = 40
    reports = {f"content/reports/r{i}.md": f"---\ntitle: R{i}\npublisher: P{i}\npublished: 2024-01-01\n"
                                           f"topics: [steel]\n---\nThe mill number {i} runs a few days each year.\n"
               for i in range(sources)}
    cites = "".join(f"      - report: r{i}\n        quote: \"mill number {i} runs\"\n" for i in range(sources))
    brief = (f"title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n"
             f"  - id: c1\n    text: Idle mills.\n    sources:\n{cites}")
    root = make_site(tmp_path, {**reports, "content/briefs/b1.yaml": brief})
    made = []
    real = views._footnote
    monkeypatch.setattr(views, "_footnote", lambda *args: made.append(args[1].report) or real(*args))
    assert build_site(root, workers=1).ok
    assert 0 < len(made) <= 10 * sources, len(made)  # its brief's page, e-mail, topic's …, not S × S
    listed = page(root / "site", "reports/r7/index.html")
    assert [a.text_content() for a in listed.cssselect("li.passage ul a[data-claim]")] == ["Idle mills."]


def test_a_body_keeps_the_media_files_it_asked_for_not_the_sites_listing():
    # Every report's key held every media file's name: 1.1 GB at 10,000 reports and 10,000 images.
    from generator.bodies import render_body
    from generator.markup import make_markdown, parse_report
    from generator.medianames import MediaNames

    md = make_markdown()
    media = MediaNames([*(f"img{i}.png" for i in range(10_000)), "chart.png"])
    body = "A ![chart](../media/chart.png), a [plan](../media/plan.pdf) and [a site](https://example.org/)."
    html, asked = render_body(md, "r", parse_report(md, body), (), media)
    assert asked == (("chart.png", True), ("plan.pdf", False))
    assert 'src="../../media/chart.png"' in html
    assert media.answers(asked) and not MediaNames(["chart.png", "plan.pdf"]).answers(asked)
