"""Pagination: every item reachable exactly once, stable addresses, navigation that resolves."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html
import pytest

from generator.build import build_site
from generator.cache import BuildCache
from generator.index import build_index
from generator.load import load_site
from generator.paging import CLAIMS_PER_PAGE, ITEMS_PER_PAGE, paginate
from generator.resolve import resolve
from generator.validate import validate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def test_paginate_splits_and_names_pages():
    pages = paginate(list(range(230)), 100, "sources/")
    assert [p.path for p, _ in pages] == ["sources/index.html", "sources/page/2/index.html", "sources/page/3/index.html"]
    assert [len(items) for _, items in pages] == [100, 100, 30]
    assert [p.first for p, _ in pages] == [1, 101, 201]
    assert pages[1][0].previous == "sources/index.html" and pages[1][0].next == "sources/page/3/index.html"
    [(only, items)] = paginate([], 50, "topics/x/")
    assert only.path == "topics/x/index.html" and list(items) == [] and only.count == 1


def test_long_page_ranges_show_ends_and_neighbours():
    pager = paginate(list(range(2000)), 100, "x/")[9][0]
    assert pager.shown() == [1, 2, 0, 8, 9, 10, 11, 12, 0, 19, 20]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    from synth import generate
    root = tmp_path_factory.mktemp("paged") / "site"
    generate(root, 260, seed=3)
    result = build_site(root)
    assert result.ok, [str(d) for d in result.errors[:3]]
    site, _ = validate(load_site(root))
    resolved, _ = resolve(site)
    return root, root / "site", build_index(resolved)


def _doc(out: Path, rel: str):
    return lxml.html.fromstring((out / rel).read_bytes())


def _walk(out: Path, first: str) -> list[str]:
    """Follow "next" links from the first page; the pages in order."""
    seen, rel = [], first
    while rel:
        seen.append(rel)
        nxt = _doc(out, rel).xpath('//nav[@class="pager"][1]//a[@rel="next"]/@href')
        rel = str((out / rel).parent.joinpath(nxt[0]).resolve().relative_to(out.resolve())) if nxt else ""
    return seen


def test_every_claim_of_a_topic_is_on_exactly_one_of_its_pages(archive):
    root, out, index = archive
    paged = [t for t, keys in index.claims_by_topic.items() if len(keys) > CLAIMS_PER_PAGE]
    assert paged, "the archive should have a topic long enough to page"
    for tid in index.claims_by_topic:
        pages = _walk(out, f"topics/{tid}/index.html")
        claims = [li.get("data-claim") for rel in pages for li in _doc(out, rel).cssselect("ol.claims > li.claim")]
        assert claims == [str(k) for k in index.claims_by_topic[tid]]  # all, once, in order
        assert len(pages) == -(-len(claims) // CLAIMS_PER_PAGE) or (not claims and len(pages) == 1)
        for n, rel in enumerate(pages):
            doc = _doc(out, rel)
            assert bool(doc.xpath('//div[@id="map_briefing"]')) == (n == 0)  # the map on page 1 only
            footnotes = {li.get("id") for li in doc.cssselect("li.footnote")}
            for marker in doc.cssselect("sup.cite a"):
                assert marker.get("href")[1:] in footnotes  # each page carries its own footnotes
            if n:
                assert doc.cssselect("ol.claims")[0].get("start") == str(n * CLAIMS_PER_PAGE + 1)


def test_every_report_is_on_exactly_one_sources_page(archive):
    root, out, index = archive
    pages = _walk(out, "sources/index.html")
    assert len(pages) == -(-len(index.reports_by_date) // ITEMS_PER_PAGE) >= 3
    rows = [tr.get("data-report") for rel in pages for tr in _doc(out, rel).cssselect("table.sources tbody tr")]
    assert rows == list(index.reports_by_date)


def test_long_report_lists_of_a_province_are_paged_in_full(archive):
    root, out, index = archive
    code, reports = max(index.reports_by_province.items(), key=lambda item: len(item[1]))
    slug = next(p.slug for p in load_site(root).gazetteer if p.code == code)
    first = _doc(out, f"provinces/{slug}/index.html")
    assert len(first.cssselect("table.reports tbody tr")) == 20
    href = first.xpath('//p[@class="see-all"]/a/@href')[-1]
    assert (out / "provinces" / slug / href).resolve() == (out / "provinces" / slug / "reports" / "index.html").resolve()
    pages = _walk(out, f"provinces/{slug}/reports/index.html")
    listed = [a.get("href").split("/")[-2] for rel in pages
              for a in _doc(out, rel).cssselect("table.reports tbody td a")]
    assert listed == list(reports)


def test_pagination_links_all_resolve(archive):
    root, out, _ = archive
    for html in list(out.glob("topics/*/page/*/index.html")) + list(out.glob("sources/page/*/index.html")):
        for href in _doc(out, str(html.relative_to(out))).xpath('//nav[@class="pager"]//a/@href'):
            assert (html.parent / href).resolve().is_file(), (html, href)


def test_paged_sites_build_incrementally_like_full_builds(archive, tmp_path):
    import shutil
    root = tmp_path / "copy"
    shutil.copytree(archive[0] / "content", root / "content")
    cache = BuildCache()
    assert build_site(root, write=False, cache=cache).ok
    victim = sorted((root / "content" / "briefs").glob("*.yaml"))[0]
    victim.write_text(victim.read_text(encoding="utf-8").replace("  text: ", "  text: Newly, ", 1), encoding="utf-8")
    incremental = build_site(root, write=False, cache=cache)
    assert incremental.files == build_site(root, write=False).files


def _hot_site(tmp_path, claims: int):
    """r1 quoted by `claims` claims, in briefs of 7 claims each."""
    from conftest import MINIMAL, make_site

    briefs = {}
    for b in range(-(-claims // 7)):
        items = "".join(f"  - id: c{c}\n    text: Claim {b}-{c}.\n    sources:\n      - report: r1\n"
                        "        quote: \"runs a few days each year\"\n" for c in range(min(7, claims - 7 * b)))
        briefs[f"content/briefs/b{b:03}.yaml"] = f"title: Brief {b}\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n{items}"
    return make_site(tmp_path, {"content/briefs/b1.yaml": None, **briefs}, MINIMAL)


def test_a_report_cited_by_many_claims_lists_a_few_and_pages_all_of_them(tmp_path):
    from generator.paging import INLINE_ITEMS

    root = _hot_site(tmp_path, 2 * ITEMS_PER_PAGE + 13)
    result = build_site(root)
    assert result.ok, [str(d) for d in result.errors]
    out = root / "site"
    page = _doc(out, "reports/r1/index.html")
    assert len(page.cssselect("li.passage li")) == INLINE_ITEMS
    [more] = page.xpath('//li[@class="passage"]//p[@class="see-all"]/a')
    assert more.text_content().startswith(f"{2 * ITEMS_PER_PAGE + 13 - INLINE_ITEMS} more; all {2 * ITEMS_PER_PAGE + 13}")
    first = str((out / "reports" / "r1" / more.get("href")).resolve().relative_to(out.resolve()))
    pages = _walk(out, first)
    assert pages == ["reports/r1/cited-by/index.html", "reports/r1/cited-by/page/2/index.html",
                     "reports/r1/cited-by/page/3/index.html"]
    listed = [a.get("data-claim") for rel in pages for a in _doc(out, rel).cssselect("ol.citing > li > a")]
    index = build_index(resolve(validate(load_site(root))[0])[0])
    assert listed == [str(k) for k in index.claims_by_report["r1"]] and len(set(listed)) == len(listed)
    for rel in pages:  # each claim's link resolves to its brief's page
        for a in _doc(out, rel).cssselect("ol.citing > li > a"):
            assert (out / rel).parent.joinpath(a.get("href").split("#")[0]).resolve().is_file()
    assert max((out / rel).stat().st_size for rel in pages) < 100_000


def test_a_report_cited_by_few_claims_lists_them_all_on_its_page(tmp_path):
    from generator.paging import INLINE_ITEMS

    root = _hot_site(tmp_path, INLINE_ITEMS)
    assert build_site(root).ok
    page = _doc(root / "site", "reports/r1/index.html")
    assert len(page.cssselect("li.passage li")) == INLINE_ITEMS and not page.cssselect("li.passage p.see-all")
    assert not (root / "site" / "reports" / "r1" / "cited-by").exists()


def test_a_report_cited_more_often_pages_its_claims_incrementally_like_a_full_build(tmp_path):
    from generator.paging import INLINE_ITEMS

    root = _hot_site(tmp_path, INLINE_ITEMS + 3)
    cache = BuildCache()
    first = build_site(root, write=False, cache=cache)
    assert any(path.startswith("reports/r1/cited-by/") for path in first.files)
    briefs = sorted((root / "content" / "briefs").glob("*.yaml"))[:2]
    kept = {path: path.read_bytes() for path in briefs}
    for path in briefs:
        path.unlink()  # fewer than a page lists inline: the paged list goes
    incremental = build_site(root, write=False, cache=cache)
    assert incremental.files == build_site(root, write=False).files
    assert not any(path.startswith("reports/r1/cited-by/") for path in incremental.files)
    for path, data in kept.items():
        path.write_bytes(data)  # … and comes back
    assert build_site(root, write=False, cache=cache).files == first.files


def _gazetteer_site(tmp_path, empty: int):
    """Three places of North Hamgyong with claims (3, 2 and 1 of them), and `empty` with none."""
    from conftest import MINIMAL, make_site

    named = [("zeta", 3), ("alpha", 2), ("mid", 1)] + [(f"p{i:04}", 0) for i in range(empty)]
    places = "".join(f"- {{id: {pid}, name: Place {pid}, province: KP-09, lat: 41.{i:04}, lon: 129.5}}\n"
                     for i, (pid, _) in enumerate(named))
    claims = "".join(f"  - id: c-{pid}-{n}\n    text: Claim {n} at {pid}.\n    places: [{pid}]\n    sources:\n"
                     "      - report: r1\n        quote: \"runs a few days each year\"\n"
                     for pid, count in named for n in range(count))
    brief = f"title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n{claims}"
    return make_site(tmp_path, {"content/places.yaml": places, "content/briefs/b1.yaml": brief}, MINIMAL)


def test_a_province_of_many_places_lists_the_most_claimed_and_pages_all_of_them(tmp_path):
    from generator.mapspecs import EMPTY_PLACES
    from generator.paging import INLINE_ITEMS

    empty = 2 * ITEMS_PER_PAGE + 37
    root = _gazetteer_site(tmp_path, empty)
    assert build_site(root).ok
    out = root / "site"
    first = _doc(out, "provinces/north-hamgyong/index.html")
    [places] = first.xpath('//section[h2="Places"]')
    shown = [li.text_content() for li in places.cssselect("li")]
    assert len(shown) == INLINE_ITEMS
    assert shown[:4] == ["Place zeta 3 claims", "Place alpha 2 claims", "Place mid 1 claim", "Place p0000 0 claims"]
    [more] = places.xpath('.//p[@class="see-all"]/a')
    assert more.text_content() == f"All {empty + 3} places →"
    assert (out / "provinces/north-hamgyong" / more.get("href")).resolve() == \
        (out / "provinces/north-hamgyong/places/index.html").resolve()
    pages = _walk(out, "provinces/north-hamgyong/places/index.html")
    assert len(pages) == 3
    listed = [li.text_content().split(" ")[1] for rel in pages for li in _doc(out, rel).cssselect("ul.counts li")]
    assert listed == ["zeta", "alpha", "mid"] + [f"p{i:04}" for i in range(empty)]  # all, once, in order
    # Past EMPTY_PLACES places with no claims, the map marks the places with claims alone, and says so.
    assert empty > EMPTY_PLACES
    marked = [tr.get("data-marker") for tr in first.cssselect("table.map-table tbody tr")]
    assert marked == ["province:North Hamgyong", "place:Place alpha", "place:Place mid", "place:Place zeta"]
    assert first.xpath(f'//figcaption/p[.="{empty} places with no claims yet are not marked."]')
    assert (out / "provinces/north-hamgyong/index.html").stat().st_size < 100_000


def test_a_province_of_few_places_lists_and_marks_them_all(tmp_path):
    from generator.mapspecs import EMPTY_PLACES

    root = _gazetteer_site(tmp_path, EMPTY_PLACES)
    assert build_site(root).ok
    first = _doc(root / "site", "provinces/north-hamgyong/index.html")
    assert len(first.cssselect("table.map-table tbody tr")) == 1 + 3 + EMPTY_PLACES
    assert not first.xpath('//figcaption/p[contains(., "not marked")]')
    few = _gazetteer_site(tmp_path / "few", 0)
    assert build_site(few).ok
    first = _doc(few / "site", "provinces/north-hamgyong/index.html")
    assert len(first.xpath('//section[h2="Places"]//li')) == 3 and not first.xpath('//section[h2="Places"]//a')
    assert not (few / "site/provinces/north-hamgyong/places").exists()


def test_a_place_added_to_a_long_gazetteer_builds_incrementally_like_a_full_build(tmp_path):
    root = _gazetteer_site(tmp_path, ITEMS_PER_PAGE + 30)
    cache = BuildCache()
    assert build_site(root, write=False, cache=cache).ok
    places = root / "content/places.yaml"
    places.write_text(places.read_text() + "- {id: aaa, name: Place aaa, province: KP-09, lat: 41.9, lon: 129.5}\n")
    incremental = build_site(root, write=False, cache=cache)
    assert incremental.files == build_site(root, write=False).files
    assert "provinces/north-hamgyong/places/page/2/index.html" in incremental.files


def _disputed_site(tmp_path, disputes: int):
    """Claim b1/c1, and `disputes` claims in briefs of their own contradicting it."""
    from conftest import MINIMAL, make_site

    quote = "      - report: r1\n        quote: \"runs a few days each year\"\n"
    briefs = {}
    for b in range(-(-disputes // 40)):
        items = "".join(f"  - id: d{d}\n    text: Dispute {b}-{d}.\n    contradicts: [b1/c1]\n    sources:\n{quote}"
                        for d in range(min(40, disputes - 40 * b)))
        briefs[f"content/briefs/d{b:02}.yaml"] = (f"title: D{b}\ndate: 2024-02-0{1 + b % 9}\ntopics: [steel]\n"
                                                   f"claims:\n{items}")
    return make_site(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://t.example/nk/\n", **briefs}, MINIMAL)


def test_a_claim_disputed_by_many_lists_a_few_and_pages_all_of_them(tmp_path):
    from generator.paging import INLINE_ITEMS

    total = ITEMS_PER_PAGE + 13
    root = _disputed_site(tmp_path, total)
    assert build_site(root).ok
    out = root / "site"
    index = build_index(resolve(validate(load_site(root))[0])[0])
    [key] = [k for k in index.claims if str(k) == "b1/c1"]
    expected = [str(k) for k in index.contested_with[key]]
    showing = [rel for rel in ("briefs/b1/index.html", *_walk(out, "topics/steel/index.html"))
               if _doc(out, rel).xpath('//li[@data-claim="b1/c1"]')]
    assert showing == ["briefs/b1/index.html", "topics/steel/page/3/index.html"]
    for rel in showing:
        [claim] = _doc(out, rel).xpath('//li[@data-claim="b1/c1"]')
        shown = [a.get("data-contests") for a in claim.cssselect("p.contest a")]
        assert shown == expected[:INLINE_ITEMS]
        [more] = claim.cssselect("p.see-all a")
        assert more.text_content() == f"{total - INLINE_ITEMS} more; all {total} claims in dispute with it →"
        first = str((out / rel).parent.joinpath(more.get("href")).resolve().relative_to(out.resolve()))
        assert first == "briefs/b1/disputes/c1/index.html"
    pages = _walk(out, first)
    assert pages == [first, "briefs/b1/disputes/c1/page/2/index.html"]
    listed = [a.get("data-claim") for rel in pages for a in _doc(out, rel).cssselect("ol.citing > li > a")]
    assert listed == expected  # all, once, in order
    for rel in pages:  # each claim's link resolves to its brief's page
        for a in _doc(out, rel).cssselect("ol.citing > li > a"):
            assert (out / rel).parent.joinpath(a.get("href").split("#")[0]).resolve().is_file()
    email = lxml.html.fromstring((out / "briefs/b1/email.html").read_bytes())
    assert len(email.cssselect("a.contests")) == INLINE_ITEMS
    [rest] = email.cssselect("a.contests-all")
    assert rest.text_content() == f"and {total - INLINE_ITEMS} more"
    assert rest.get("href") == "https://t.example/nk/briefs/b1/disputes/c1/"
    from generator.mail import email_text, email_view
    text = email_text(email_view(resolve(validate(load_site(root))[0])[0], index, "b1"))
    assert text.count("In dispute with:") == INLINE_ITEMS
    assert f"   and {total - INLINE_ITEMS} more https://t.example/nk/briefs/b1/disputes/c1/" in text.splitlines()


def test_a_claim_disputed_by_a_few_lists_them_all(tmp_path):
    from generator.paging import INLINE_ITEMS

    root = _disputed_site(tmp_path, INLINE_ITEMS)
    assert build_site(root).ok
    [claim] = _doc(root / "site", "briefs/b1/index.html").xpath('//li[@data-claim="b1/c1"]')
    assert len(claim.cssselect("p.contest a")) == INLINE_ITEMS and not claim.cssselect("p.see-all")
    assert not (root / "site/briefs/b1/disputes").exists()
    assert not lxml.html.fromstring((root / "site/briefs/b1/email.html").read_bytes()).cssselect("a.contests-all")


def test_places_pages_need_nothing_of_a_sites_own_listing_or_macros(tmp_path):
    # A site's copies of listing.html and partials/macros.html, made before places were paged,
    # know no places: the places pages and the province page do not ask them for any.
    root = _gazetteer_site(tmp_path, ITEMS_PER_PAGE)
    theme = Path(__file__).parent.parent / "templates"
    (root / "templates" / "partials").mkdir(parents=True)
    (root / "templates" / "listing.html").write_text(  # rows of reports, whatever the kind
        '{% extends "base.html" %}{% block content %}'
        '{% for r in items %}{{ r.report.title }}{% endfor %}{% endblock %}')
    macros = (theme / "partials" / "macros.html").read_text()
    macros = re.sub(r"{% macro place_list.*?{%- endmacro %}", "", macros, flags=re.S)
    (root / "templates" / "partials" / "macros.html").write_text(macros)
    result = build_site(root)
    assert result.ok, [str(d) for d in result.diagnostics]
    pages = _walk(root / "site", "provinces/north-hamgyong/places/index.html")
    assert len([li for rel in pages for li in _doc(root / "site", rel).cssselect("ul.counts li")]) == ITEMS_PER_PAGE + 3


def test_hostile_names_on_the_new_paged_lists_stay_text(tmp_path):
    # Places and disputing claims named with markup, Jinja and JS syntax: the province page, its
    # places pages, a claim's disputes page and the map table show them as typed.
    from conftest import MINIMAL, make_site

    evil = "</script><img src=x onerror=alert(1)>{{ 7*7 }}${alert(1)}`"
    places = "".join(f"- {{id: p{i}, name: {json.dumps(evil + str(i))}, province: KP-09, lat: 41.7, lon: 129.7}}\n"
                     for i in range(25))
    quote = "      - report: r1\n        quote: \"runs a few days each year\"\n"
    disputes = "".join(f"  - id: d{i}\n    text: {json.dumps(evil + str(i))}\n    contradicts: [b1/c1]\n"
                       f"    places: [p0]\n    sources:\n{quote}" for i in range(25))
    root = make_site(tmp_path, {
        "content/places.yaml": places,
        "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace("Idle mill.", json.dumps(evil)),
        "content/briefs/b2.yaml": f"title: {json.dumps(evil)}\ndate: 2024-01-03\ntopics: [steel]\nclaims:\n{disputes}",
    }, MINIMAL)
    assert build_site(root).ok
    out = root / "site"
    pages = {"provinces/north-hamgyong/index.html": 20 + 20, "provinces/north-hamgyong/places/index.html": 25,
             "briefs/b1/disputes/c1/index.html": 25}
    for rel, least in pages.items():
        doc = _doc(out, rel)
        assert not doc.xpath("//img[@onerror]")
        code = " ".join(s.text or "" for s in doc.xpath('//script[not(@type="application/json")]'))
        assert all(part not in code for part in ("7*7", "${alert", "`", "alert(1)")), rel
        for data in doc.xpath('//script[@type="application/json"]'):
            json.loads(data.text)  # the map's data: a JSON string holds the names, inert
        shown = " ".join(doc.xpath("//body//text()[not(ancestor::script)]"))
        assert shown.count(evil) >= least, rel  # "{{ 7*7 }}" as typed, never 49
    heading = _doc(out, "briefs/b1/disputes/c1/index.html").cssselect("h1")[0].text_content()
    assert heading == f"“{evil}”: all claims in dispute with it"
