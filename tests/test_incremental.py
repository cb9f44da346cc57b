"""Incremental builds: a rebuild with a cache re-renders only what a change affects, and its
result is byte for byte the result of a full build."""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import pytest
from conftest import copy_fixture

from generator.build import build_site, index_site
from generator.cache import BuildCache
from generator.index import SiteIndex


@pytest.fixture()
def site(tmp_path) -> Path:
    return copy_fixture("basic", tmp_path / "root")


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _same_as_full(root: Path, cache: BuildCache):
    return _same_as_full_with(root, cache)


def _same_as_full_with(root: Path, cache: BuildCache, **options):
    incremental = build_site(root, write=False, cache=cache, **options)
    full = build_site(root, write=False)
    assert incremental.diagnostics == full.diagnostics
    assert incremental.files.keys() == full.files.keys()
    different = [p for p in full.files if incremental.files[p] != full.files[p]]
    assert different == []
    if incremental.ok:
        _index_as_full(root, cache.index[1])
    return incremental


def _index_as_full(root: Path, index: SiteIndex) -> None:
    """The index the cache kept (built anew, refreshed or reused) is the full build's,
    every lookup in the same order."""
    indexed, _ = index_site(root)
    for field in fields(SiteIndex):
        got, full = getattr(index, field.name), getattr(indexed.index, field.name)
        assert got == full and list(got) == list(full), field.name


EDITS = [
    ("report body, not quoted", lambda r: _edit(r, "content/reports/alpha.md", "a resident said", "a worker said")),
    ("quoted words change", lambda r: _edit(r, "content/reports/beta.md", "meeting its production targets", "meeting all its production targets")),
    ("claim text", lambda r: _edit(r, "content/briefs/steel.yaml", "The mill runs only a few days a year.", "The mill seldom runs.")),
    ("report metadata", lambda r: _edit(r, "content/reports/gamma.md", 'title: "Power cuts in Hamhung"', 'title: "Night-long power cuts"')),
    ("publisher makes a claim single-source", lambda r: _edit(r, "content/reports/beta.md", "publisher: Beta Wire", "publisher: Alpha News")),
    ("new report and claim", lambda r: (
        (r / "content/reports/delta.md").write_text("---\ntitle: D\npublisher: Delta\npublished: 2024-05-01\ntopics: [power]\n"
                                                   "provinces: [KP-02]\n---\nGrid failures spread across the province.\n"),
        _edit(r, "content/briefs/targets.yaml", "claims:\n", "claims:\n  - id: grid\n    text: Grid failures spread.\n"
              "    provinces: [KP-02]\n    sources:\n      - report: delta\n        quote: grid failures spread\n"))),
    ("contradiction added", lambda r: _edit(r, "content/briefs/targets.yaml", "    topics: [power]\n", "    topics: [power]\n    contradicts: [steel/shortages]\n")),
    ("site title", lambda r: _edit(r, "content/site.yaml", "title: Test Briefing", "title: Renamed Briefing")),
    ("topic title", lambda r: _edit(r, "content/topics.yaml", "title: Power supply", "title: Electricity")),
    ("place moves", lambda r: _edit(r, "content/places.yaml", "lat: 41.75", "lat: 41.8")),
    ("place at 0", lambda r: _edit(r, "content/places.yaml", "lat: 41.8", "lat: 0")),
    ("place at -0.0", lambda r: _edit(r, "content/places.yaml", "lat: 0", "lat: -0.0")),  # equal, not the same
    ("place back", lambda r: _edit(r, "content/places.yaml", "lat: -0.0", "lat: 41.8")),
    ("topic renamed", lambda r: _edit(r, "content/topics.yaml", "title: Steel\n", "title: Iron and steel\n")),
    ("topic description", lambda r: _edit(r, "content/topics.yaml", "Steel output and supply.", "Steel output and prices.")),
    ("topic added", lambda r: _edit(r, "content/topics.yaml", "- id: unused\n", "- id: rail\n  title: Railways\n- id: unused\n")),
    ("place renamed", lambda r: _edit(r, "content/places.yaml", "name: Kim Chaek Iron and Steel Complex",
                                      "name: Kim Chaek Steel Complex")),
    ("place alias added", lambda r: _edit(r, "content/places.yaml", "aliases: [Kim Chaek Steel]",
                                          "aliases: [Kim Chaek Steel, the plant]")),
    ("place changes province", lambda r: _edit(r, "content/places.yaml", "province: 함경북도", "province: 함경남도")),
    ("topic removed", lambda r: _edit(r, "content/topics.yaml", "- id: unused\n  title: Unused topic\n", "")),
    ("template override", lambda r: (r / "templates").mkdir() or (r / "templates" / "report.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ report.title }}</h1>{{ body }}{% endblock %}')),
    ("template override edited", lambda r: _edit(r, "templates/report.html", "<h1>", "<h1 class=x>")),
    ("brief deleted", lambda r: (_edit(r, "content/briefs/steel.yaml", "    contradicts: [targets/targets-met]\n", ""),
                                 (r / "content/briefs/targets.yaml").unlink())),
    # a report's body shows a media file, not there yet, and then there: its body is rendered
    # again, not taken from the cache (which keeps the media files it asked for beside it)
    ("report shows a missing image", lambda r: _edit(r, "content/reports/alpha.md", "both are scarce.",
                                                     "both are scarce. ![Chart](../media/chart.png)")),
    ("image added", lambda r: (r / "content/media").mkdir(exist_ok=True) or
     (r / "content/media/chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)),
    ("report renamed", lambda r: ((r / "content/reports/gamma.md").rename(r / "content/reports/gamma-2.md"))),
]


def test_every_kind_of_edit_gives_what_a_full_build_gives(site):
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    for name, edit in EDITS:
        edit(site)
        result = _same_as_full(site, cache)
        assert result.ok or name == "report renamed", (name, [str(d) for d in result.errors])


def test_an_error_then_its_fix_rebuilds_correctly(site):
    cache = BuildCache()
    build_site(site, write=False, cache=cache)
    _edit(site, "content/briefs/steel.yaml", "title: Steel in the north", "title: [broken")
    assert not _same_as_full(site, cache).ok
    _edit(site, "content/briefs/steel.yaml", "title: [broken", "title: Steel in the north")
    assert _same_as_full(site, cache).ok


def _rebuild(site: Path, cache: BuildCache, edit) -> set[str]:
    edit(site)
    result = build_site(site, write=False, cache=cache)
    assert result.ok, [str(d) for d in result.diagnostics]
    return set(result.rendered)


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_a_media_file_added_or_removed_renders_the_pages_linking_to_it_alone(site):
    cache = BuildCache()
    _edit(site, "content/reports/alpha.md", "both are scarce.", "both are scarce. ![Chart](../media/chart.png)")
    _edit(site, "content/briefs/steel.yaml", "text: The mill runs only a few days a year.",
          "text: The mill runs only a few days a year ([plan](../media/plan.pdf)).")
    media = site / "content" / "media"
    media.mkdir()
    assert build_site(site, write=False, cache=cache).ok
    assert _rebuild(site, cache, lambda r: (media / "other.png").write_bytes(PNG)) == set()
    assert _rebuild(site, cache, lambda r: (media / "chart.png").write_bytes(PNG)) == {"reports/alpha/index.html"}
    rendered = _rebuild(site, cache, lambda r: (media / "plan.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n"))
    full = build_site(site, write=False).files
    linking = {p for p, data in full.items() if b"media/plan.pdf" in data}
    showing = {p for p, data in full.items() if b"The mill runs only a few days a year (" in data}
    assert {"briefs/steel/index.html", "briefs/steel/email.html", "topics/steel/index.html"} <= linking
    assert linking <= rendered <= showing
    assert _rebuild(site, cache, lambda r: (media / "chart.png").unlink()) == {"reports/alpha/index.html"}
    assert _rebuild(site, cache, lambda r: (media / "other.png").unlink()) == set()
    _same_as_full(site, cache)


def test_a_media_file_shown_by_a_template_imported_once_renders_every_page_again(site):
    # Jinja runs a template imported without context once: Markdown at its top level asks for
    # its media files for the first page alone. Pages of a site's own templates therefore
    # depend on the whole media listing.
    (site / "templates" / "partials").mkdir(parents=True)
    (site / "templates" / "partials" / "banner.html").write_text(
        '{% set banner = "![Banner](../media/banner.png)"|markdown(page="index.html") %}\n')
    base = (Path(__file__).parent.parent / "templates" / "base.html").read_text()
    assert '<a class="skip"' in base
    (site / "templates" / "base.html").write_text(
        base.replace('<a class="skip"', '{% import "partials/banner.html" as b %}{{ b.banner }}<a class="skip"', 1))
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache, workers=1).ok
    (site / "content" / "media").mkdir()
    (site / "content" / "media" / "banner.png").write_bytes(PNG)
    result = _same_as_full_with(site, cache, workers=1)
    assert sum(b'src="media/banner.png"' in data for data in result.files.values()) > 5


def test_nothing_changed_renders_nothing(site):
    cache = BuildCache()
    first = build_site(site, write=False, cache=cache)
    assert "index.html" in first.rendered
    assert _rebuild(site, cache, lambda r: None) == set()


@pytest.mark.parametrize("old, new", [
    ("description: A small fixture site.", "description: A small fixture site.\nemail: {from: desk@example.org}"),
    ("description: A small fixture site.", "description: A small fixture site.  # for the tests"),
    ("language: en", "language: en\nstrict: false"),
])
def test_a_setting_no_page_shows_renders_nothing_and_what_a_full_build_gives(site, old, new):
    cache = BuildCache()
    build_site(site, write=False, cache=cache)
    assert _rebuild(site, cache, lambda r: _edit(r, "content/site.yaml", old, new)) == set()
    _edit(site, "content/site.yaml", "A small fixture site.", "A fixture site.")  # one every page shows
    assert "reports/alpha/index.html" in set(_same_as_full(site, cache).rendered)


def test_a_report_body_edit_renders_only_that_report(site):
    cache = BuildCache()
    build_site(site, write=False, cache=cache)
    rendered = _rebuild(site, cache, EDITS[0][1])
    assert rendered == {"reports/alpha/index.html"}


def test_a_quoted_passage_edit_renders_the_report_and_what_cites_it(site):
    cache = BuildCache()
    build_site(site, write=False, cache=cache)
    rendered = _rebuild(site, cache, lambda r: _edit(r, "content/reports/beta.md", "Power cuts also hit", "Power cuts also badly hit"))
    # beta is quoted by steel/shortages: its footnote now points at a new passage.
    assert {"reports/beta/index.html", "briefs/steel/index.html", "briefs/steel/email.html"} <= rendered
    assert "reports/alpha/index.html" not in rendered and "reports/gamma/index.html" not in rendered
    assert "topics/unused/index.html" not in rendered


def test_an_edit_of_words_alone_keeps_the_index_lists(site):
    """A quote's status or a claim's wording changes no list: the index keeps them and
    refreshes only the edited claims' entries."""
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    before = cache.index[1]
    _edit(site, "content/reports/beta.md", "meeting its production targets", "meeting all its production targets")
    _edit(site, "content/briefs/steel.yaml", "The mill runs only a few days a year.", "The mill seldom runs.")
    _same_as_full(site, cache)
    after = cache.index[1]
    assert after is not before and after.claims != before.claims
    assert after.claims_by_topic is before.claims_by_topic and after.briefs_by_date is before.briefs_by_date
    _edit(site, "content/briefs/steel.yaml", "topics: [steel]\n", "topics: [steel, unused]\n")  # a list changes
    _same_as_full(site, cache)
    assert cache.index[1].claims_by_topic is not before.claims_by_topic


def test_a_claim_edit_renders_the_pages_that_show_the_claim(site):
    cache = BuildCache()
    build_site(site, write=False, cache=cache)
    rendered = _rebuild(site, cache, EDITS[2][1])
    must = {"briefs/steel/index.html", "briefs/steel/email.html",
            "topics/steel/index.html", "provinces/north-hamgyong/index.html", "reports/alpha/index.html",
            # targets/targets-met is disputed by the edited claim and shows its text.
            "briefs/targets/index.html"}
    assert must <= rendered
    # Lists show briefs as items and claims by place and flags: a reworded claim leaves them.
    for untouched in ("reports/gamma/index.html", "topics/unused/index.html", "provinces/south-hamgyong/index.html",
                      "404.html", "index.html", "briefs/index.html", "sources/index.html", "feed.xml"):
        assert untouched not in rendered


def test_a_template_edit_renders_the_pages_that_use_it(site):
    cache = BuildCache()
    build_site(site, write=False, cache=cache)
    rendered = _rebuild(site, cache, dict(EDITS)["template override"])
    assert rendered == {"reports/alpha/index.html", "reports/beta/index.html", "reports/gamma/index.html"}
    shared = _rebuild(site, cache, lambda r: (r / "templates" / "partials").mkdir() or
                      (r / "templates" / "partials" / "macros.html").write_text(
                          (Path(__file__).parent.parent / "templates" / "partials" / "macros.html").read_text().replace(
                              "No claims yet.", "Nothing yet.")))
    assert {"briefs/steel/index.html", "topics/steel/index.html", "index.html"} <= shared
    assert "404.html" not in shared and "briefs/steel/email.html" not in shared


@pytest.mark.parametrize("name", ['"partials/kind-" ~ report.kind ~ ".html"',
                                  '"partials/kind-" + report.kind + ".html"',
                                  '["partials/kind-" ~ report.kind ~ ".html", "partials/kind-any.html"]'])
def test_a_template_name_computed_as_it_renders_depends_on_the_templates_it_can_be(site, name):
    # (from a theme author's probe) such a name made every template one the page loads: a
    # stray file in templates/ was no longer warned about, and any template's edit rendered
    # the report pages again. It can be only a name with its words at the start and end.
    report_page = ('{% extends "base.html" %}{% block content %}{% include ' + name + ' ignore missing %}'
                   '{{ report.title }}{% endblock %}')
    files = {"report.html": report_page, "partials/kind-news.html": "<p>News</p>\n", "partials/kind-any.html": "",
             "partials/other.html": "x\n", "bref.html": "x\n"}
    for rel, text in files.items():
        (site / "templates" / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / "templates" / rel).write_text(text)
    cache = BuildCache()
    first = build_site(site, write=False, cache=cache)
    assert first.ok and "<p>News</p>" in first.files["reports/alpha/index.html"].decode()
    assert sorted(w.pos.path for w in first.warnings if w.message.startswith("not used")) == \
        ["templates/bref.html", "templates/partials/other.html"]
    assert _rebuild(site, cache, lambda r: (r / "templates/partials/other.html").write_text("y\n")) == set()
    assert _rebuild(site, cache, lambda r: (r / "templates/partials/kind-news.html").write_text("<p>N</p>\n")) == \
        {"reports/alpha/index.html", "reports/beta/index.html", "reports/gamma/index.html"}
    # a name made of nothing but what the page holds can be any template
    (site / "templates/report.html").write_text(report_page.replace(name, "report.kind"))
    again = build_site(site, write=False, cache=cache)
    assert not [w for w in again.warnings if w.message.startswith("not used")]
    assert _rebuild(site, cache, lambda r: (r / "templates/partials/other.html").write_text("z\n")) == \
        {"reports/alpha/index.html", "reports/beta/index.html", "reports/gamma/index.html"}


def test_a_file_rewritten_within_its_mtime_tick_is_read_again(site):
    cache = BuildCache()
    build_site(site, write=False, cache=cache)
    path = site / "content" / "reports" / "alpha.md"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("a resident said", "a resident SAID"), encoding="utf-8")  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same mtime
    assert build_site(site, write=False, cache=cache).files["reports/alpha/index.html"] == \
        build_site(site, write=False).files["reports/alpha/index.html"]


def test_random_edits_on_a_synthetic_archive_match_full_builds(tmp_path):
    """Differential check on generated content: whatever the edit, incremental == full."""
    import random
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from synth import generate

    root = tmp_path / "synthetic"
    generate(root, 40, seed=7)
    rng = random.Random(11)
    cache = BuildCache()
    assert build_site(root, write=False, cache=cache).ok
    reports = sorted((root / "content" / "reports").glob("*.md"))
    briefs = sorted((root / "content" / "briefs").glob("*.yaml"))
    shared = {name: root / "content" / name for name in ("topics.yaml", "places.yaml")}
    for step in range(18):
        kind = step % 6
        if kind == 0:  # a word of a report changes (maybe inside a quoted sentence)
            path = rng.choice(reports)
            words = path.read_text(encoding="utf-8").split(" ")
            i = rng.randrange(len(words) // 3, len(words))
            words[i] = words[i].upper()
            path.write_text(" ".join(words), encoding="utf-8")
        elif kind == 1:  # a claim's text changes
            path = rng.choice(briefs)
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("  text: ", "  text: Reportedly, ", 1), encoding="utf-8")
        elif kind == 2:  # a publisher changes: corroboration and flags move
            path = rng.choice(reports)
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("publisher: ", "publisher: The ", 1), encoding="utf-8")
        elif kind == 3:  # a report's title changes: every list that shows it
            path = rng.choice(reports)
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("title: ", "title: Updated: ", 1), encoding="utf-8")
        elif kind == 4:  # a topic is renamed: its tags, pages, lists and map popups
            lines = shared["topics.yaml"].read_text(encoding="utf-8").splitlines(keepends=True)
            i = rng.choice([n for n, line in enumerate(lines) if line.startswith("  title: ")])
            lines[i] = lines[i].replace("title: ", "title: New ", 1)
            shared["topics.yaml"].write_text("".join(lines), encoding="utf-8")
        else:  # a place is renamed or moved: its tags, map markers and province lists
            lines = shared["places.yaml"].read_text(encoding="utf-8").splitlines(keepends=True)
            i = rng.choice([n for n, line in enumerate(lines) if line.startswith(("  name: ", "  lat: "))])
            lines[i] = lines[i].replace("name: ", "name: Old ", 1) if "name" in lines[i] else "  lat: 40.1\n"
            shared["places.yaml"].write_text("".join(lines), encoding="utf-8")
        _same_as_full(root, cache)


def _hinted_same_as_full(root: Path, cache: BuildCache, changed: set[str]):
    """A build told what changed (as `briefing serve`'s watcher tells it) gives what a
    full build gives."""
    hinted = build_site(root, write=False, cache=cache, changed=frozenset(changed))
    full = build_site(root, write=False)
    assert hinted.diagnostics == full.diagnostics
    assert hinted.files == full.files
    return hinted


def test_a_build_told_what_changed_looks_at_those_files_alone(site, monkeypatch):
    import generator.load

    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    _edit(site, "content/reports/alpha.md", "a few days each year", "a few days every year")
    looked_at: list[str] = []
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        looked_at.append(os.fspath(path))
        return real_stat(path, *args, **kwargs)
    monkeypatch.setattr(generator.load.os, "stat", stat)
    result = _hinted_same_as_full(site, cache, {"content/reports/alpha.md", "templates/unrelated.html"})
    monkeypatch.undo()
    assert b"approximate" in result.files["briefs/steel/index.html"]
    hinted_reads = looked_at[:looked_at.index(str(site / "content/reports/alpha.md")) + 1]
    content = [p for p in hinted_reads if "/content/" in p and p.endswith((".md", ".yaml"))]
    assert content == [str(site / "content/reports/alpha.md")]


@pytest.mark.parametrize("name", ["added", "deleted", "renamed", "scratch file beside"])
def test_files_that_come_or_go_make_a_told_build_look_at_everything(site, name):
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    reports = site / "content/reports"
    if name == "added":
        (reports / "delta.md").write_text("---\ntitle: D\npublisher: Delta\npublished: 2024-05-01\n---\nWords.\n")
        changed = {"content/reports/delta.md"}
    elif name == "deleted":
        (reports / "gamma.md").unlink()
        changed = {"content/reports/gamma.md"}
    elif name == "renamed":
        (reports / "gamma.md").rename(reports / "gamma-2.md")
        changed = {"content/reports/gamma.md", "content/reports/gamma-2.md"}
    else:  # what the watcher ignores, the loader ignores too: nothing to tell
        (reports / "alpha.md.swp").write_text("binary junk")
        (reports / "4913").write_text("")
        changed = set()
    result = _hinted_same_as_full(site, cache, changed)
    assert ("reports/delta/index.html" in result.files) == (name == "added")
    assert ("reports/gamma/index.html" in result.files) == (name in ("added", "scratch file beside"))


def test_pages_asked_for_first_come_before_the_rest_and_as_the_build_ends_them(site):
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    _edit(site, "content/reports/alpha.md", "a few days each year", "a few days every year")
    first = frozenset({"briefs/steel/index.html", "reports/alpha/index.html", "no/such/page.html"})
    seen: list[tuple[dict[str, bytes], dict[str, str]]] = []

    def on_first(pages: dict[str, bytes]) -> None:  # what the rest of the build has not yet rendered
        seen.append((dict(pages), {path: entry[0] for path, entry in cache.pages.items()}))
    before = {path: entry[0] for path, entry in cache.pages.items()}
    result = _same_as_full_with(site, cache, first=first, on_first=on_first)
    [(pages, fingerprints)] = seen
    assert pages.keys() == first - {"no/such/page.html"}
    assert all(pages[path] == result.files[path] for path in pages)
    later = result.rendered - pages.keys()
    assert later, "the edit re-renders more than the open pages"
    assert all(fingerprints.get(path) == before.get(path) for path in later)


def test_nothing_is_shown_first_from_a_build_with_errors(site):
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    _edit(site, "content/briefs/steel.yaml", "claims:\n", "claims: [\n")
    seen: list = []
    result = build_site(site, write=False, cache=cache, first=frozenset({"briefs/targets/index.html"}),
                        on_first=seen.append)
    assert not result.ok and seen == []


@pytest.mark.parametrize("shown", ["note.report.body|wordcount", "note.report.body_stored|length",
                                   "note.report.body_utf8|length", "note.report['body']|length",
                                   "note.report|attr('bo' ~ 'dy')|wordcount", "(note.report|string)|wordcount",
                                   "note.report|pprint|wordcount"])
def test_a_site_template_showing_report_text_elsewhere_is_rebuilt_when_the_text_changes(site, shown):
    macros = (Path(__file__).resolve().parent.parent / "templates/partials/macros.html").read_text()
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates/partials/macros.html").write_text(macros.replace(
        '<blockquote class="quote"', f'<span class="words">{{{{ {shown} }}}}</span><blockquote class="quote"'))
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    _edit(site, "content/reports/beta.md", "residents said.", "residents said.\n\nA new paragraph.")
    _same_as_full(site, cache)


THEME = Path(__file__).resolve().parent.parent / "templates"

# A site's own template may show more of what its pages are handed than the built-in theme
# does: (template, what it adds, the edit whose effect it shows).
WIDER_TEMPLATES = [
    ("partials/macros.html", ("{{ item.brief.title }}</a>", "{{ item.brief.title }}</a> {{ item.brief.summary }}"),
     ("content/briefs/steel.yaml", "is **idle** most", "is **silent** most")),
    ("report.html", ("— {{ view.brief.title }}", "— {{ view.brief.title }}, {{ view.brief.date.isoformat() }}"),
     ("content/briefs/steel.yaml", "date: 2024-03-05", "date: 2024-03-06")),
    ("report.html", ("{{ flags(view) }}", "{{ flags(view) }}{% for n in view.footnotes %} {{ n.report.title }}{% endfor %}"),
     ("content/reports/beta.md", 'title: "State media: targets met"', 'title: "State media: all targets met"')),
    ("feed.xml", ("<summary", "{% for t in b.topics %}<category term=\"{{ t }}\"/>{% endfor %}<summary"),
     ("content/briefs/steel.yaml", "topics: [steel]", "topics: [steel, power]")),
    ("partials/macros.html", ("{{ item.brief.title }}</a>", "{{ item.brief.title }}</a> {{ item.brief.claims[0].text }}"),
     ("content/briefs/steel.yaml", "The mill runs only a few days a year.", "The mill seldom runs.")),
    # what a brief's quotes were found to be, in the list of briefs: a report's edit makes one approximate
    ("briefs.html", ("{{ brief_list(briefs, level=2) }}", "{{ brief_list(briefs, level=2) }}{% for item in briefs %}"
                     "{% for c in item.resolved.claims %}{% for s in c.citations %} {{ s.status.value }}{% endfor %}"
                     "{% endfor %}{% endfor %}"),
     ("content/reports/alpha.md", "The plant lacks", "The mill lacks")),
    # where a quote's passage sits in its report: text added before it moves it
    ("partials/macros.html", ("{{ citation.quote }}</blockquote>",
                              "{{ citation.quote }}</blockquote>{{ citation.passage.spans if citation.passage }}"),
     ("content/reports/alpha.md", "## Chongjin", "## Chongjin city")),
    # where a report's text starts in its file: a comment in the front matter moves it
    ("sources.html", ("<td>{{ report.kind }}</td>", "<td>{{ report.kind }} {{ report.body_line }}</td>"),
     ("content/reports/alpha.md", "kind: news\n", "kind: news\n# checked again\n")),
]


WIDER_IDS = ["summary", "brief-date", "cited-by-footnotes", "feed-topics", "brief-claims", "quote-status-in-list",
             "passage-spans", "body-line"]


@pytest.mark.parametrize("template, change, edit", WIDER_TEMPLATES, ids=WIDER_IDS)
def test_a_site_template_showing_more_is_rebuilt_when_what_it_shows_changes(site, template, change, edit):
    source = (THEME / template).read_text(encoding="utf-8")
    assert change[0] in source, change
    (site / "templates" / template).parent.mkdir(parents=True, exist_ok=True)
    (site / "templates" / template).write_text(source.replace(change[0], change[1], 1), encoding="utf-8")
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    _edit(site, *edit)
    assert _same_as_full(site, cache).ok


@pytest.mark.parametrize("shown, assets", [
    # every field walked, the body among them
    ("{% for k in report.__slots__ if k.endswith('_stored') %}{{ report[k]|length }}{% endfor %}", {}),
    # a template kept among the assets, which the loader finds too
    ('{% include "assets/row.html" %}', {"row.html": "{{ report.body|wordcount }}"}),
], ids=["fields-walked", "template-in-assets"])
def test_a_site_template_reaching_report_text_another_way_is_rebuilt_when_it_changes(site, shown, assets):
    source = (THEME / "sources.html").read_text(encoding="utf-8")
    (site / "templates/assets").mkdir(parents=True)
    for name, text in assets.items():
        (site / "templates/assets" / name).write_text(text, encoding="utf-8")
    (site / "templates/sources.html").write_text(source.replace("<td>{{ report.kind }}</td>",
                                                                f"<td>{{{{ report.kind }}}} {shown}</td>", 1))
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    _edit(site, "content/reports/gamma.md", "\n---\n", "\n---\nA new first paragraph.\n\n")
    assert _same_as_full(site, cache).ok


def _many_claims_site(tmp_path: Path, templates: dict[str, str]) -> Path:
    """55 claims of b1 in one province, each quoting one passage of r1 (the first also r2),
    and b2's newer one there: a province with two pages of claims, and a report whose claims
    citing it are paged."""
    from conftest import make_site

    claims = "".join(
        f"  - id: c{i:02d}\n    text: Claim {i}.\n    sources:\n"
        f"      - report: r1\n        quote: runs a few days each year\n"
        + ("      - report: r2\n        quote: the furnace is cold\n" if i == 0 else "")
        for i in range(55))
    files = {"content/briefs/b1.yaml": f"title: B1\ndate: 2024-01-02\ntopics: [steel]\nprovinces: [KP-09]\nclaims:\n{claims}",
             "content/briefs/b2.yaml": "title: B2\ndate: 2024-02-01\nprovinces: [KP-09]\nclaims:\n  - id: x\n"
                                       "    text: Claim x.\n    sources:\n      - report: r2\n        quote: the furnace is cold\n",
             "content/reports/r2.md": "---\ntitle: R2\npublisher: P2\npublished: 2024-01-01\n---\nThe furnace is cold.\n",
             "content/places.yaml": "- id: chongjin\n  name: Chongjin\n  province: KP-09\n  lat: 41.8\n  lon: 129.8\n",
             **{f"templates/{name}": text for name, text in templates.items()}}
    return make_site(tmp_path / "root", files)


@pytest.mark.parametrize("template, text, edit, page", [
    # a province's places and their counts, handed to every one of its pages
    ("province.html", '{% extends "base.html" %}{% block content %}<h1>{{ province.name }} {{ pager.number }}</h1>'
                      '{% for p, n in places %}<p>{{ p.place.name }}: {{ n }}</p>{% endfor %}{% endblock %}',
     ("content/briefs/b2.yaml", "text: Claim x.\n", "text: Claim x.\n    places: [chongjin]\n"),
     "provinces/north-hamgyong/page/2/index.html"),
    # the footnotes of the claims in a report's paged list of claims citing it
    ("listing.html", '{% extends "base.html" %}{% block content %}{% for item in items %}{% if kind == "claims" %}'
                     '{% for f in item.footnotes %}[{{ f.report.title }}]{% endfor %}{% endif %}{% endfor %}'
                     '{% endblock %}',
     ("content/reports/r2.md", "title: R2", "title: R2 renamed"), "reports/r1/cited-by/index.html"),
], ids=["province-places", "cited-by-footnotes"])
def test_a_site_template_showing_more_on_paged_lists_follows_it(tmp_path, template, text, edit, page):
    root = _many_claims_site(tmp_path, {template: text})
    cache = BuildCache()
    assert build_site(root, write=False, cache=cache).ok
    _edit(root, *edit)
    assert page in _same_as_full(root, cache).rendered


def test_the_built_in_theme_keeps_its_narrow_fingerprints(site):
    # With no template of the site's own, a brief's summary reaches only the pages that show it.
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    _edit(site, "content/briefs/steel.yaml", "is **idle** most", "is **silent** most")
    result = _same_as_full(site, cache)
    assert result.rendered == {"briefs/steel/index.html", "briefs/steel/email.html", "feed.xml"}, sorted(result.rendered)


def test_the_original_link_follows_the_rest_of_a_word_its_passage_cuts(tmp_path):
    # "김정은 위원장" of "김정은 위원장은": the link's suffix is the particle, which an edit may change
    # (은 → 이) while the quoted words and their anchor stay.
    from conftest import MINIMAL, make_site

    report = MINIMAL["content/reports/r1.md"].replace("published:", "language: ko\npublished:") + "김정은 위원장은 지시했다.\n"
    brief = MINIMAL["content/briefs/b1.yaml"].replace('"runs a few days each year"', '"김정은 위원장"')
    root = make_site(tmp_path, {"content/reports/r1.md": report.replace("title: R1", "title: R1\nurl: https://x.example/r1"),
                                "content/briefs/b1.yaml": brief})
    cache = BuildCache()
    first = build_site(root, write=False, cache=cache)
    assert first.ok and b",-%EC%9D%80" in first.files["briefs/b1/index.html"]  # ,-은
    _edit(root, "content/reports/r1.md", "위원장은", "위원장이")
    assert b",-%EC%9D%B4" in _same_as_full(root, cache).files["briefs/b1/index.html"]  # ,-이


def test_a_site_language_edit_reads_the_quotes_of_reports_without_one_again(tmp_path):
    # Their negations are looked for in the site's language: "nicht" is one in German only.
    from conftest import MINIMAL, make_site

    report = MINIMAL["content/reports/r1.md"] + "\nDie Regierung hat die Mine nicht wieder geöffnet.\n"
    brief = MINIMAL["content/briefs/b1.yaml"].replace('"runs a few days each year"',
                                                      '"Die Regierung hat die Mine … wieder geöffnet"')
    root = make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief})
    cache = BuildCache()
    assert not build_site(root, write=False, cache=cache).warnings
    _edit(root, "content/site.yaml", "title: T\n", "title: T\nlanguage: de\n")
    assert _same_as_full(root, cache).warnings
