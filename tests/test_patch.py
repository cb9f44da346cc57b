"""`briefing build` after reports were edited (patch.py): when nothing but the reports' own
pages can change, those pages alone are made, from a part of the site; whatever else
changed, the full build runs. Either way the site is byte for byte a cold build's."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import lxml.html
import pytest
from conftest import MINIMAL, make_site
from test_cache import _cold, _tree, settled_files, site, trust_recent_files  # noqa: F401 (fixtures)
from test_incremental import THEME, WIDER_IDS, WIDER_TEMPLATES, _edit

from generator import store
from generator.build import build_site
from generator.persist import build_persistent, check_site


@pytest.fixture()
def full_builds(monkeypatch) -> list:
    """The builds that ran the whole pipeline (a patched build runs none)."""
    import generator.build

    calls: list = []
    real = generator.build.build_site
    monkeypatch.setattr(generator.build, "build_site", lambda *a, **k: calls.append(k.get("changed")) or real(*a, **k))
    return calls


def _built(site: Path):
    out = site / "site"
    result = build_persistent(site, out)
    assert result.ok, [str(d) for d in result.errors]
    assert _tree(out) == _cold(site)
    return result


# Edits of a report's words that nothing but its own page shows. beta is quoted by both
# briefs, whose claims contradict each other: its page shows their flags and contest links.
PATCHED = [
    ("words before a quote (its passage moves)", "content/reports/beta.md", "State media said", "On Monday state media said"),
    ("words after every quote", "content/reports/beta.md", "residents said.", "residents said.\n\nA new paragraph."),
    ("a report whose claim contradicts another brief's", "content/reports/alpha.md", "a resident said",
     "a worker said"),
    # the built-in theme shows a report's author and the day it was retrieved on its own page alone
    ("an author added", "content/reports/beta.md", "kind: state-media", "kind: state-media\nauthor: Desk"),
    ("a day retrieved added", "content/reports/beta.md", "kind: state-media",
     "kind: state-media\nretrieved: 2024-02-03"),
]

# Edits the rest of the site shows: the full build runs.
FULL = [
    ("quoted words", "content/reports/beta.md", "its production targets", "its productoin targets"),
    ("title", "content/reports/beta.md", 'title: "State media: targets met"', 'title: "Targets met"'),
    ("publisher", "content/reports/beta.md", "publisher: Beta Wire", "publisher: Alpha News"),
    ("kind", "content/reports/beta.md", "kind: state-media", "kind: official"),  # (the sources list shows it)
    ("a day retrieved in the future", "content/reports/beta.md", "kind: state-media",
     "kind: state-media\nretrieved: 2999-01-01"),
    ("a warning appears", "content/reports/beta.md", "residents said.", "residents of Pyongyang said."),
]


@pytest.mark.parametrize("name, rel, old, new", PATCHED, ids=[p[0] for p in PATCHED])
def test_an_edit_only_its_page_shows_renders_that_page_alone(site, settled_files, full_builds, name, rel, old, new):
    _built(site)
    full_builds.clear()
    _edit(site, rel, old, new)
    result = _built(site)
    page = f"reports/{Path(rel).stem}/index.html"
    assert full_builds == [] and result.rendered == {page} and result.written.written == (page,)
    again = _built(site)  # and then there is nothing to do
    assert full_builds == [] and again.rendered == frozenset() and again.written.written == ()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name, rel, old, new", [*PATCHED, *FULL], ids=[p[0] for p in [*PATCHED, *FULL]])
def test_check_after_an_edit_a_patch_answers_renders_that_page_alone_and_writes_nothing(
        site, settled_files, full_builds, name, rel, old, new):
    _built(site)
    full_builds.clear()
    _edit(site, rel, old, new)
    kept = _files(site / ".briefing-cache"), _files(site / "site")
    checked = check_site(site)
    assert checked.diagnostics == build_site(site, write=False).diagnostics and checked.files == {}
    assert (_files(site / ".briefing-cache"), _files(site / "site")) == kept
    page = f"reports/{Path(rel).stem}/index.html"
    if (name, rel, old, new) in PATCHED:
        assert full_builds == [] and checked.rendered == {page}
    else:
        assert full_builds == [frozenset({rel})]
    strict = check_site(site, strict=True)  # (any warnings, as errors)
    assert strict.diagnostics == build_site(site, write=False, strict=True).diagnostics


def test_check_after_files_saved_again_as_they_were_answers_from_the_record(site, settled_files, full_builds):
    built = _built(site)
    full_builds.clear()
    for rel in ("content/briefs/steel.yaml", "content/site.yaml", "content/reports/beta.md"):
        path = site / rel
        path.write_bytes(path.read_bytes())
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    checked = check_site(site)
    assert full_builds == [] and checked.rendered == frozenset() and checked.diagnostics == built.diagnostics


@pytest.mark.parametrize("name, rel, old, new", FULL, ids=[f[0] for f in FULL])
def test_an_edit_the_rest_of_the_site_shows_runs_the_full_build(site, settled_files, full_builds, name, rel, old, new):
    first = _built(site)
    full_builds.clear()
    _edit(site, rel, old, new)
    result = _built(site)
    assert full_builds == [frozenset({rel})]
    # (a new diagnostic: the page alone changes, but the full build says so)
    if name in ("a warning appears", "a day retrieved in the future"):
        assert len(result.warnings) == len(first.warnings) + 1


def test_a_claim_contradicted_from_a_brief_that_does_not_cite_the_report_keeps_its_flag(tmp_path, settled_files,
                                                                                      full_builds):
    """r1's page shows b1's claim as contested by b2's, and b2 cites another report: the
    part the page is made from must hold b2 all the same."""
    root = make_site(tmp_path / "s", {
        "content/reports/r2.md": "---\ntitle: R2\npublisher: P2\npublished: 2024-01-03\n---\nThe mill is busy.\n",
        "content/briefs/b2.yaml": ("title: B2\ndate: 2024-01-04\nclaims:\n  - id: c2\n    text: Busy mill.\n"
                                   "    contradicts: [b1/c1]\n    sources:\n      - report: r2\n"
                                   "        quote: \"The mill is busy\"\n"),
    })
    _built(root)
    page = lxml.html.fromstring((root / "site/reports/r1/index.html").read_bytes())
    assert page.xpath('//span[contains(@class, "flag") and contains(@class, "contested")]')
    _edit(root, "content/reports/r1.md", "The mill runs", "Locals say the mill runs")
    result = _built(root)
    assert full_builds == [None] and result.rendered == {"reports/r1/index.html"}


def test_a_theme_showing_more_of_a_report_in_footnotes_is_kept_up_to_date(site, settled_files, full_builds):
    """A footnote hands templates the whole report: a site's own macros may show any field
    of it, and an edit to that field reaches every page footnoting the report."""
    macros = (Path(__file__).resolve().parent.parent / "templates/partials/macros.html").read_text()
    assert '<blockquote class="quote"' in macros
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates/partials/macros.html").write_text(macros.replace(
        '<blockquote class="quote"', '<span class="retrieved">{{ note.report.retrieved }}</span><blockquote class="quote"'))
    _edit(site, "content/reports/alpha.md", "published: 2024-03-01", "published: 2024-03-01\nretrieved: 2024-03-02")
    _built(site)
    _edit(site, "content/reports/alpha.md", "retrieved: 2024-03-02", "retrieved: 2024-04-09")
    result = _built(site)
    assert {"reports/alpha/index.html", "briefs/steel/index.html", "topics/steel/index.html"} <= result.rendered
    assert full_builds[-1] == {"content/reports/alpha.md"}


def test_a_theme_showing_a_reports_text_in_footnotes_is_kept_up_to_date(site, settled_files, full_builds):
    """The built-in theme shows a report's text on its own page alone; a site's own macros
    may show it in every footnote, and an edit to words no quote holds must reach them too."""
    macros = (Path(__file__).resolve().parent.parent / "templates/partials/macros.html").read_text()
    (site / "templates/partials").mkdir(parents=True)
    (site / "templates/partials/macros.html").write_text(macros.replace(
        '<blockquote class="quote"', '<span class="words">{{ note.report.body|wordcount }}</span><blockquote class="quote"'))
    _built(site)
    _edit(site, "content/reports/beta.md", "residents said.", "residents said.\n\nA new paragraph.")  # a PATCHED edit
    result = _built(site)  # (_built compares the site with a cold build)
    assert {"reports/beta/index.html", "briefs/steel/index.html"} <= result.rendered


def test_edits_patched_one_after_another_then_a_full_build_match_cold_builds(site, settled_files, full_builds):
    """A patch saves the models of the reports it read again: no later build reads them
    again, nor the briefs citing them (at 10,000 reports, each patch cost more than the last)."""
    _built(site)
    _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
    _built(site)
    assert store.read_last(site.resolve()).stale == frozenset()
    _edit(site, "content/reports/beta.md", "State media said", "On Monday state media said")
    _built(site)
    _edit(site, "content/reports/alpha.md", "a worker said", "a resident said")  # back as the last full build had it
    assert _built(site).rendered == {"reports/alpha/index.html"}
    assert full_builds == [None]
    assert store.read_last(site.resolve()).stale == frozenset()
    _edit(site, "content/briefs/targets.yaml", "State media view.", "The official view.")
    result = _built(site)
    assert full_builds[-1] == {"content/briefs/targets.yaml"}  # beta's saved model is the one it has now
    # (patched pages are rendered again by the next full build: a patch saves no page records)
    assert "reports/alpha/index.html" not in result.written.written
    assert store.read_last(site.resolve()).stale == frozenset()


@pytest.mark.parametrize("failure", ["refused", "disk"])
def test_reports_whose_models_a_patch_could_not_save_are_read_again(site, settled_files, full_builds, monkeypatch,
                                                                     failure):
    """When the models of a patched report are not saved (an entry outside the shards read,
    a full disk), the cache holds older ones than the site was built from: every later
    build reads the report again ("stale"), and its results must not depend on that."""
    def write_part(*args, **kwargs):
        if failure == "disk":
            raise OSError(28, "No space left on device")
        return False

    _built(site)
    monkeypatch.setattr(store, "write_part", write_part)
    _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
    _built(site)
    _edit(site, "content/reports/beta.md", "State media said", "On Monday state media said")
    _built(site)
    _edit(site, "content/reports/alpha.md", "a worker said", "a resident said")  # back as the cache has it
    _built(site)
    assert full_builds == [None]
    assert store.read_last(site.resolve()).stale == {"content/reports/beta.md"}
    _edit(site, "content/briefs/targets.yaml", "State media view.", "The official view.")
    result = _built(site)
    assert full_builds[-1] == {"content/briefs/targets.yaml", "content/reports/beta.md"}
    assert "reports/alpha/index.html" not in result.written.written
    assert store.read_last(site.resolve()).stale == frozenset()


def test_an_editors_scratch_files_beside_the_reports_are_not_edits(site, settled_files, full_builds):
    _built(site)
    (site / "content/reports/.beta.md.swp").write_bytes(b"b0VIM 9.0")
    (site / "content/briefs/steel.yaml~").write_text("title: old\n")
    result = _built(site)
    assert full_builds == [None] and result.rendered == frozenset() and result.written.written == ()
    _edit(site, "content/reports/beta.md", "State media said", "On Monday state media said")
    (site / "content/reports/.beta.md.swp").write_bytes(b"b0VIM 9.0, saved")
    assert _built(site).rendered == {"reports/beta/index.html"} and full_builds == [None]


def test_an_output_not_as_the_last_build_left_it_is_not_patched(site, settled_files, full_builds):
    _built(site)
    (site / "site/topics/steel/index.html").unlink()
    _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
    result = _built(site)
    assert len(full_builds) == 2 and "topics/steel/index.html" in result.written.written


def test_without_the_edited_reports_cached_model_the_full_build_runs(site, settled_files, full_builds):
    _built(site)
    (site / store.CACHE_DIR / f"models-{store.shard_of('content/reports/beta.md'):03x}").unlink()
    _edit(site, "content/reports/beta.md", "State media said", "On Monday state media said")
    _built(site)
    assert len(full_builds) == 2


def test_a_report_added_deleted_or_turned_into_a_link_runs_the_full_build(site, settled_files, full_builds):
    _built(site)
    delta = site / "content/reports/delta.md"
    delta.write_text("---\ntitle: D\npublisher: D\npublished: 2024-05-01\n---\nText.\n")
    assert "reports/delta/index.html" in _built(site).paths
    (site / "delta.md").write_bytes(delta.read_bytes())
    delta.unlink()
    delta.symlink_to(site / "delta.md")  # out of content/: the full build warns and leaves it out
    result = _built(site)
    assert "reports/delta/index.html" not in result.paths and len(result.warnings) == 1
    delta.unlink()
    _built(site)
    assert full_builds == [None, *[frozenset({"content/reports/delta.md"})] * 3]


@pytest.mark.parametrize("disputes", [0.0, 0.15], ids=["own-brief-disputes", "disputes-across-briefs"])
def test_random_edits_to_a_synthetic_archive_build_what_cold_builds_do(tmp_path, settled_files, full_builds, disputes):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from disputes import add_disputes
    from synth import generate

    root = tmp_path / "synthetic"
    generate(root, 200, seed=5)
    assert (add_disputes(root, disputes, seed=5) > 20) is bool(disputes)
    _built(root)
    full_builds.clear()
    rng = random.Random(11)
    reports = sorted((root / "content/reports").glob("*.md"))
    cited = [p for p in reports if any(p.stem in b.read_text() for b in (root / "content/briefs").glob("*.yaml"))]
    for step in range(6):
        path = rng.choice(cited)
        lines = path.read_text(encoding="utf-8").split("\n")
        body = lines.index("---", 1) + 2  # the first paragraph of the body
        lines.insert(body, f"An added opening line, edit {step}.\n")
        path.write_text("\n".join(lines), encoding="utf-8")
        result = _built(root)
        assert result.rendered == {f"reports/{path.stem}/index.html"}, step
    assert full_builds == []


@pytest.mark.parametrize("template, change, edit", WIDER_TEMPLATES, ids=WIDER_IDS)
def test_a_site_template_showing_more_is_kept_up_to_date_by_briefing_build(site, settled_files, template, change, edit):
    (site / "templates" / template).parent.mkdir(parents=True, exist_ok=True)
    (site / "templates" / template).write_text((THEME / template).read_text().replace(*change, 1))
    _built(site)
    _edit(site, *edit)
    _built(site)  # (_built compares the site with a cold build)


def test_a_site_stylesheet_alone_keeps_edits_patched(site, settled_files, full_builds):
    # No page is rendered with a template of the site's own: footnotes are compared as the
    # built-in theme shows them, so a quote's passage moving is no change elsewhere.
    (site / "templates/assets").mkdir(parents=True)
    # (nor does a stylesheet's ".body-text" or attr() show a report's text)
    (site / "templates/assets/briefing.css").write_text('.body-text { margin: 0 }\na::after { content: attr(title) }\n')
    _built(site)
    full_builds.clear()
    _edit(site, "content/reports/beta.md", "State media said", "On Monday state media said")
    assert _built(site).rendered == {"reports/beta/index.html"} and full_builds == []


def test_a_link_to_a_report_outside_the_edited_part_keeps_the_edit_patched(site, settled_files, full_builds):
    # alpha links to delta, which no brief cites: delta is outside alpha's part, yet exists.
    reports = site / "content/reports"
    (reports / "delta.md").write_text((reports / "gamma.md").read_text(encoding="utf-8"), encoding="utf-8")
    _edit(site, "content/reports/alpha.md", "a resident said", "a resident said (see [delta](delta.md))")
    first = _built(site)
    assert not [d for d in first.diagnostics if "links to" in d.message]
    full_builds.clear()
    _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
    _built(site)
    assert full_builds == []  # patched: the part's link to delta is no "does not exist"


def test_a_link_to_a_claim_outside_the_edited_part_keeps_the_edit_patched(site, settled_files, full_builds):
    # targets/night-cuts cites gamma alone: it is not in alpha's narrow part, yet exists.
    _edit(site, "content/reports/alpha.md", "a resident said",
          "a resident said (see [cuts](../briefs/targets.yaml#claim-night-cuts))")
    first = _built(site)
    assert not [d for d in first.diagnostics if "links to" in d.message]
    full_builds.clear()
    _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
    _built(site)
    assert full_builds == []
    # a link by the claim's id alone is a new warning: the full build runs, and says so
    _edit(site, "content/reports/alpha.md", "#claim-night-cuts", "#night-cuts")
    result = _built(site)
    assert len(full_builds) == 1
    assert [d.message for d in result.diagnostics if "links to" in d.message] == [
        'links to claim "night-cuts" of brief "targets" as "#night-cuts", which is not the claim\'s anchor']


def test_a_long_chain_of_briefs_contradicting_one_another_is_still_patched(tmp_path, settled_files, full_builds):
    """Briefs disputing earlier briefs chain up over the years. An edit of a report one of
    them cites is made from the briefs citing it and those disputing them, not from the
    whole chain (600 files here, more than half of an archive in a review's test)."""
    files = {}
    for i in range(1200):
        files[f"content/reports/r{i}.md"] = (f"---\ntitle: R{i}\npublisher: P{i % 7}\npublished: 2024-01-01\n---\n"
                                             f"The mill number {i} runs a few days each year.\n")
    for i in range(300):
        disputes = f"    contradicts: [b{i - 1}/c]\n" if i else ""
        files[f"content/briefs/b{i}.yaml"] = (
            f"title: B{i}\ndate: 2024-01-02\nclaims:\n  - id: c\n    text: Mill {i}.\n{disputes}"
            f"    sources:\n      - report: r{i}\n        quote: \"The mill number {i} runs\"\n")
    root = make_site(tmp_path / "s", files, base={"content/site.yaml": "title: T\n",
                                                   "content/topics.yaml": "- id: steel\n  title: Steel\n"})
    _built(root)
    from generator.graph import closure

    # The briefs citing r150 and those disputing them; b148's claim, which b149's disputes,
    # is resolved by its key without its brief.
    assert closure(store.read_graph(root), frozenset({"content/reports/r150.md"})) == (
        [f"content/briefs/b{i}.yaml" for i in (149, 150, 151)], [f"content/reports/r{i}.md" for i in (149, 150, 151)])
    _edit(root, "content/reports/r150.md", "runs a few days", "runs a few days, locals say,")
    result = _built(root)
    assert full_builds == [None] and result.rendered == {"reports/r150/index.html"}
    page = lxml.html.fromstring((root / "site/reports/r150/index.html").read_bytes())
    assert page.xpath('//span[contains(@class, "flag") and contains(@class, "contested")]')


def _claim(cid: str, rids: list[str], disputes: str = "") -> str:
    sources = "".join(f"      - report: {rid}\n        quote: \"The mill {rid} runs\"\n" for rid in rids)
    return f"  - id: {cid}\n    text: Mill {cid}.\n{disputes}    sources:\n{sources}"


def test_a_narrow_part_holds_the_claims_citing_the_report_what_they_cite_and_what_disputes_them(
        tmp_path, settled_files, full_builds):
    """b1's c1 cites r1 beside r2, and b3's claim disputes it; b1's c2 cites r2 alone and b2's
    claim disputes that one. r1's page shows c1 with its two publishers and its contested
    flag: the narrow part is b1 and b3 with r1 and r2, and b1's c2 is left out of it. What
    the part resolves of b1 (citing what b1 cites, r1 and r2) is no brief the cache may keep:
    the full build after must be a cold build's, c2 and all."""
    files = {f"content/reports/r{i}.md": f"---\ntitle: R{i}\npublisher: P{i}\npublished: 2024-01-01\n---\n"
                                          f"The mill r{i} runs a few days each year.\n" for i in range(1, 6)}
    brief = "title: B{}\ndate: 2024-01-02\nclaims:\n"
    files["content/briefs/b1.yaml"] = brief.format(1) + _claim("c1", ["r1", "r2"]) + _claim("c2", ["r2"])
    files["content/briefs/b2.yaml"] = brief.format(2) + _claim("d2", ["r4"], "    contradicts: [b1/c2]\n")
    files["content/briefs/b3.yaml"] = brief.format(3) + _claim("d3", ["r5"], "    contradicts: [b1/c1]\n")
    root = make_site(tmp_path / "s", files, base={"content/site.yaml": "title: T\n"})
    _built(root)
    from generator.graph import closure

    graph, r1 = store.read_graph(root), frozenset({"content/reports/r1.md"})
    assert closure(graph, r1, narrow=True) == (["content/briefs/b1.yaml", "content/briefs/b3.yaml"],
                                               ["content/reports/r1.md", "content/reports/r2.md"])
    assert closure(graph, r1) == ([f"content/briefs/b{i}.yaml" for i in (1, 2, 3)],
                                  [f"content/reports/r{i}.md" for i in (1, 2, 4, 5)])
    full_builds.clear()
    _edit(root, "content/reports/r1.md", "The mill r1 runs", "Locals say so.\n\nThe mill r1 runs")
    result = _built(root)
    assert full_builds == [] and result.rendered == {"reports/r1/index.html"}
    page = lxml.html.fromstring((root / "site/reports/r1/index.html").read_bytes())
    claim = page.xpath('//li[a[@data-claim="b1/c1"]]')[0]
    assert claim.xpath('.//span[contains(@class, "contested")]')
    assert claim.xpath('.//span[@data-corroboration]/@data-corroboration') == ["2"]
    # a comment in site.yaml: the whole pipeline runs, taking b1 from the cache if it may
    _edit(root, "content/site.yaml", "title: T\n", "title: T\n# a comment\n")
    _built(root)
    assert full_builds == [frozenset({"content/site.yaml"})]
    brief = lxml.html.fromstring((root / "site/briefs/b1/index.html").read_bytes())
    assert brief.xpath('//li[@data-claim="b1/c2"]')


def test_a_graph_the_last_build_did_not_save_is_not_trusted(site, settled_files, full_builds):
    """Two builds at once, or a cache copied in part, could leave one build's graph beside
    another's record. A graph that says a report is cited by no brief would let its quoted
    words change with its own page alone."""
    delta = "---\ntitle: Delta\npublisher: Delta Post\npublished: 2024-02-01\n---\nThe furnace was relit in May.\n"
    (site / "content/reports/delta.md").write_text(delta, encoding="utf-8")
    _built(site)
    uncited = (site / store.CACHE_DIR / "graph").read_bytes()  # no brief cites delta yet
    _edit(site, "content/briefs/steel.yaml", "claims:\n",
          "claims:\n  - id: relit\n    text: Relit.\n    sources:\n      - report: delta\n"
          "        quote: \"The furnace was relit in May\"\n")
    _built(site)
    (site / store.CACHE_DIR / "graph").write_bytes(uncited)
    _edit(site, "content/reports/delta.md", "relit in May", "relit in June")
    full_builds.clear()
    result = _built(site)  # the brief's footnote and its warning, as a cold build has them
    assert full_builds and any("not exact" in w.message or "not found" in w.message for w in result.diagnostics)


def test_a_second_build_of_a_site_waits_for_the_first(site, settled_files):
    import threading

    waited = threading.Event()
    results: list = []
    with store.build_lock(site, lambda: None):  # the first build, as far as the second can tell
        second = threading.Thread(target=lambda: results.append(build_persistent(site, site / "site",
                                                                                 on_wait=waited.set)))
        second.start()
        assert waited.wait(30)
        assert not results and second.is_alive()  # it has not started while the first holds the site
    second.join(60)
    assert [r.ok for r in results] == [True]
    assert _tree(site / "site") == _cold(site)


@pytest.mark.parametrize("killed", ["between the swap's renames", "after hidden entries were carried", "staging"])
def test_what_a_killed_build_left_beside_the_output_is_put_right(site, settled_files, killed):
    import shutil

    _built(site)
    out = site / "site"
    (out / ".git").mkdir()
    (out / ".git/HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    staging, trash = site / ".site.briefing-new-k1ll3d_x", site / ".site.briefing-old-k1ll3d_y"  # as builds name them
    for own in (".site.old-backup-2024", ".site.newsletters", ".site.new-drafts01", ".site.old-20241231",
                ".site.briefing-new-k1ll3d_x.keep", ".site.briefing-new-drafts01", ".site.briefing-old-20241231"):
        (site / own).mkdir()  # the user's own, named alike by chance or all but: kept, and not published
        (site / own / ".env").write_text("API_KEY=secret\n", encoding="utf-8")
    shutil.copytree(out, staging)
    shutil.rmtree(staging / ".git")
    if killed != "staging":  # the .git the build carried into its new site, before the swap
        (out / ".git").rename(staging / ".git")
    if killed == "between the swap's renames":  # the old site moved aside, the new one not yet in
        trash.mkdir()
        (trash / ".briefing-trash").write_text("built by briefing\n", encoding="utf-8")  # as _swap stamps it
        out.rename(trash / "site")
    _edit(site, "content/reports/gamma.md", "most of the night", "most of the evening")
    assert build_persistent(site, out).ok
    tree = _tree(out)
    assert tree.pop(".git/HEAD") == b"ref: refs/heads/main\n"  # the site's own .git kept, and …
    assert tree == _cold(site)  # … the rest as a cold build
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".site")) == [
        ".site.briefing-new-drafts01", ".site.briefing-new-k1ll3d_x.keep", ".site.briefing-old-20241231",
        ".site.new-drafts01", ".site.newsletters", ".site.old-20241231", ".site.old-backup-2024"]
    assert not (out / ".env").exists()


def test_templates_compiled_for_a_parallel_build_serve_the_next_patch(site, settled_files, monkeypatch):
    """Workers forked to render compile templates in their own memory, lost with them: the
    build compiles them before it forks, so the cache keeps them and a one-page patch
    compiles nothing."""
    import jinja2

    import generator.parallel

    monkeypatch.setattr(generator.parallel, "PARALLEL_MIN", 1)  # the fixture is small: render in workers anyway
    monkeypatch.setattr(generator.parallel, "CHUNK", 2)
    assert build_persistent(site, site / "site", workers=2).ok
    assert len(store.read_graph(site).templates) >= 10
    compiled: list = []
    real = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, *a, **k: compiled.append(a[1:2]) or real(self, *a, **k))
    _edit(site, "content/reports/beta.md", "residents said.", "residents said.\n\nA new paragraph.")
    result = build_persistent(site, site / "site", workers=2)
    assert result.ok and result.rendered == {"reports/beta/index.html"}
    assert compiled == []


def test_a_build_without_the_lock_leaves_what_is_beside_the_output_alone(site, settled_files):
    """A cache folder that is a link cannot hold the lock: another build may be at work, so
    its staging folder is not a killed build's. And an output that is a link is refused,
    and nothing beside where it leads is touched."""
    _built(site)
    staging = site / ".site.briefing-new-abcd1234"
    staging.mkdir()
    (site / store.CACHE_DIR).rename(site / "cache-elsewhere")
    (site / store.CACHE_DIR).symlink_to(site / "cache-elsewhere")
    assert build_persistent(site, site / "site").ok
    assert staging.is_dir()
    www = site.parent / "www"
    (www / ".html.briefing-new-abcd1234").mkdir(parents=True)
    (site / store.CACHE_DIR).unlink()
    linked = site.parent / "other"
    linked.mkdir()
    (linked / "content").symlink_to(site / "content")
    (linked / "site").symlink_to(www / "html")
    assert not build_persistent(linked, linked / "site").ok  # refused: the output is a link
    assert (www / ".html.briefing-new-abcd1234").is_dir() and not (www / "html").exists()


@pytest.mark.parametrize("kind", ["link", "pipe"])
def test_a_lock_file_that_is_no_file_is_not_used(site, settled_files, tmp_path, kind):
    import os

    (site / store.CACHE_DIR).mkdir()
    lock = site / store.CACHE_DIR / "lock"
    if kind == "link":
        lock.symlink_to(tmp_path / "made-outside")
    else:
        os.mkfifo(lock)
    assert build_persistent(site, site / "site").ok  # without a lock, and without waiting on a pipe
    assert not (tmp_path / "made-outside").exists()


def test_a_staging_folder_another_build_holds_is_left_to_it(site, settled_files):
    """Two sites may build into one output (--out): the lock of each is its own, so the
    staging folder of a build at work must be told apart from a killed build's."""
    from generator.write import SiteWriter, recover

    _built(site)
    writer = SiteWriter(site / "site")  # another build, at work
    writer.put("index.html", b"<p>theirs</p>")
    recover(site / "site")
    assert writer.staging.is_dir()
    writer.discard()
    left = site / ".site.briefing-new-abcd1234"
    left.mkdir()
    (left / ".briefing-build").write_text("built by briefing\n", encoding="utf-8")  # as a build stamps it
    recover(site / "site")  # no build holds it: a killed build's
    assert not left.exists()


def test_two_sites_building_into_one_output_take_turns(site, settled_files, tmp_path):
    import shutil
    import threading

    from generator.write import output_lock

    other = tmp_path / "other"
    shutil.copytree(site / "content", other / "content")
    out = tmp_path / "www" / "site"
    out.parent.mkdir()
    waited = threading.Event()
    results: list = []
    with output_lock(out, lambda: None) as held:  # the first build, as far as the second can tell
        assert held
        second = threading.Thread(target=lambda: results.append(build_persistent(other, out, on_wait=waited.set)))
        second.start()
        assert waited.wait(30)
        assert not results and second.is_alive()
    second.join(60)
    assert [r.ok for r in results] == [True] and _tree(out) == _cold(other)


def test_where_flock_fails_builds_go_on_without_it_and_leave_nothing(site, settled_files, monkeypatch):
    """NFS emulates flock with POSIX locks, which a folder or a file opened read-only cannot take."""
    import errno
    import fcntl

    def failing(fd, operation):
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(fcntl, "flock", failing)
    _built(site)
    _edit(site, "content/reports/gamma.md", "most of the night", "most of the evening")
    _built(site)
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".site")) == []


def test_a_build_answered_from_the_record_prints_the_lines_it_kept(tmp_path, settled_files, monkeypatch):
    """A no-op build (or a patched one) prints the last build's warnings, each with the line
    it points at: kept with the record, not read again from every file they point into (at
    10,000 reports, 400 files for 1,000 warnings: a third of a no-op build). A line is taken
    from the record only while its file is as it was."""
    import generator.diagnostics as diagnostics

    root = make_site(tmp_path, {"content/reports/r2.md": MINIMAL["content/reports/r1.md"].replace("R1", "R2")
                                + "\nSee [x](nothere.md).\n"})
    first = build_persistent(root)
    [w] = [d for d in first.warnings if "nothere" in d.message]
    assert diagnostics.source_line(root, w.pos) == "See [x](nothere.md)."
    diagnostics._remembered.clear()  # as in a new process
    diagnostics._lines.cache_clear()
    reads = []
    real = diagnostics.read_regular
    monkeypatch.setattr(diagnostics, "read_regular", lambda p: reads.append(p) or real(p))
    again = build_persistent(root)
    assert again.rendered == frozenset() and again.diagnostics == first.diagnostics
    shown = diagnostics.format_text(w, root)
    assert shown.splitlines()[1].endswith("| See [x](nothere.md).") and reads == []
    report = root / w.pos.path
    report.write_text(report.read_text().replace("See [x](nothere.md).", "See [y](nothere.md)."))
    assert diagnostics.source_line(root, w.pos) == "See [y](nothere.md)." and len(reads) == 1


def test_a_part_of_the_models_is_saved_into_the_shards_it_was_read_from_alone(tmp_path, settled_files):
    """write_part writes again the shards read whose entries changed, with all their entries;
    an entry of a shard not read would overwrite that shard's other files' models: refused."""
    root = make_site(tmp_path, {})
    build_persistent(root)
    report, brief = "content/reports/r1.md", "content/briefs/b1.yaml"
    assert store.shard_of(report) != store.shard_of(brief)
    numbers = [store.shard_of(report)]
    saved = store.SavedModels()
    cache = store.read_models(root, numbers, saved)
    held = dict(cache.validated)
    assert any(key[0] == report for key in held)
    shards = {p.name: p.read_bytes() for p in (root / store.CACHE_DIR).glob("models-*")}
    cache.validated[(brief, "an edit")] = "a model"
    assert store.write_part(root, cache, saved, numbers, {"r1": report}) is False
    assert {p.name: p.read_bytes() for p in (root / store.CACHE_DIR).glob("models-*")} == shards
    del cache.validated[(brief, "an edit")]
    assert store.write_part(root, cache, saved, numbers, {"r1": report}) is True
    assert {p.name: p.read_bytes() for p in (root / store.CACHE_DIR).glob("models-*")} == shards  # nothing new
    cache.validated[(report, "an edit")] = "a model"
    assert store.write_part(root, cache, saved, numbers, {"r1": report}) is True
    assert store.read_models(root, numbers).validated == {**held, (report, "an edit"): "a model"}
    assert store.read_models(root, [store.shard_of(brief)]).validated.keys() == {
        key for key in store.read_state(root).validated if store.shard_of(key[0]) == store.shard_of(brief)}


@pytest.mark.parametrize("damage", ["truncated", "garbage", "missing"])
def test_a_damaged_shard_in_a_patchs_part_costs_a_read_not_the_site(site, settled_files, full_builds, damage):
    """A shard of the part that does not load (a brief's, here) holds nothing the patch can
    trust: whatever the build does instead, the site is a cold build's, and so is the next."""
    _built(site)
    shard = site / store.CACHE_DIR / store._shard_name(store.shard_of("content/briefs/targets.yaml"))
    if damage == "truncated":
        shard.write_bytes(shard.read_bytes()[:100])
    elif damage == "garbage":
        shard.write_bytes(b"\x00" * 4096)
    else:
        shard.unlink()
    _edit(site, "content/reports/beta.md", "State media said", "On Monday state media said")
    _built(site)
    _edit(site, "content/reports/beta.md", "On Monday state media said", "On Tuesday state media said")
    _built(site)
    assert store.read_last(site.resolve()) is not None


_PRICES = ("---\ntitle: {}\npublisher: P\npublished: 2024-01-01\n---\n"
           "Rice sold for {} won a kilogram in Hyesan on Monday.\n")


@pytest.mark.parametrize("rel, old, new, patched", [
    # r3 has none of the quote's words before the edit or after it: no hint can change
    ("content/reports/r3.md", "closed the market", "closed the border market", True),
    # … nor its run of words, with all of them: r2 has the run, and no report without it is looked in
    ("content/reports/r3.md", "Officials closed the market.", "Rice sold in Hyesan on Monday at 6,100 won a kilogram.",
     True),
    # … nor by an edit of the report cited, whose own quote the warning is about
    ("content/reports/r1.md", "Monday.", "Monday.\n\nA second paragraph.", True),
    # r3 now has the quoted words: the hint names it too
    ("content/reports/r3.md", "Officials closed the market.", "Rice sold for 6,200 won a kilogram in Hyesan on Monday.",
     False),
    # r2, which the hint names, no longer has them
    ("content/reports/r2.md", "6,200", "6,250", False),
    # … or still has them, among other words: whether it is still named, a search tells
    ("content/reports/r2.md", "Monday.", "Monday.\n\nA second paragraph.", False),
])
def test_an_edit_after_a_hint_naming_other_reports_is_patched_unless_the_hint_may_change(
        tmp_path, settled_files, full_builds, rel, old, new, patched):
    """A quote with another number than its report, cited beside a report that has its words,
    has a hint naming that report; such a hint depends on every report. An edit of a report
    that could not be named, before the edit or after it, is a patch of its page alone; any
    other runs the full build. Either way the warnings are a cold build's."""
    brief = MINIMAL["content/briefs/b1.yaml"].replace("runs a few days each year",
                                                      "Rice sold for 6,200 won a kilogram in Hyesan on Monday")
    root = make_site(tmp_path / "s", {
        "content/reports/r1.md": _PRICES.format("R1", "6,300"), "content/reports/r2.md": _PRICES.format("R2", "6,200"),
        "content/reports/r3.md": ("---\ntitle: R3\npublisher: P\npublished: 2024-01-02\n---\n"
                                  "Officials closed the market.\n"),
        "content/briefs/b1.yaml": brief})
    [w] = _built(root).warnings
    assert w.hint == 'report "r2" has the quoted words: cite it instead of "r1"'
    full_builds.clear()
    _edit(root, rel, old, new)
    result = _built(root)
    assert (full_builds == []) is patched
    assert [str(d) for d in result.diagnostics] == [str(d) for d in build_site(root, write=False).diagnostics]


def test_an_edit_giving_a_report_the_words_of_a_quote_with_another_number_names_it(tmp_path, settled_files,
                                                                                  full_builds):
    """A warning without such a hint (no other report had the words) depends on every report
    too: a report given the words is named, as a cold build names it."""
    brief = MINIMAL["content/briefs/b1.yaml"].replace("runs a few days each year",
                                                      "Rice sold for 6,200 won a kilogram in Hyesan on Monday")
    root = make_site(tmp_path / "s", {
        "content/reports/r1.md": _PRICES.format("R1", "6,300"), "content/reports/r2.md": _PRICES.format("R2", "6,250"),
        "content/briefs/b1.yaml": brief})
    [w] = _built(root).warnings
    assert "its numbers differ" in w.message and "quoted words" not in w.hint
    _edit(root, "content/reports/r2.md", "6,250", "6,200")
    [w] = _built(root).warnings
    assert w.hint == 'report "r2" has the quoted words: cite it instead of "r1"'
    assert len(full_builds) == 2


@pytest.mark.parametrize("rel, patched", [
    ("content/reports/r19.md", True),  # ranked past the reports located in: the hint never looked at it
    ("content/reports/r12.md", False),  # located in
])
def test_an_edit_of_a_report_with_a_quotes_words_is_patched_if_the_hint_never_looked_in_it(
        tmp_path, settled_files, full_builds, rel, patched):
    """No report has the quote's run of words: the hint looked in the reports with all its
    words, the first few of them by id. An edit of one past those, which keeps the words,
    changes nothing the hint could say."""
    brief = MINIMAL["content/briefs/b1.yaml"].replace("runs a few days each year",
                                                      "Rice sold for 6,200 won a kilogram in Hyesan on Monday")
    files = {"content/reports/r1.md": _PRICES.format("R1", "6,300"), "content/briefs/b1.yaml": brief}
    for n in range(10, 20):
        files[f"content/reports/r{n}.md"] = ("---\ntitle: R\npublisher: P\npublished: 2024-01-01\n---\n"
                                             f"Rice sold in Hyesan on Monday at 6,{n}0 won a kilogram.\n")
    root = make_site(tmp_path / "s", files)
    [w] = _built(root).warnings
    assert "its numbers differ" in w.message and "quoted words" not in w.hint
    full_builds.clear()
    _edit(root, rel, "on Monday at", "on Monday, at")
    result = _built(root)
    assert (full_builds == []) is patched
    assert [str(d) for d in result.diagnostics] == [str(d) for d in build_site(root, write=False).diagnostics]


def test_an_output_folder_that_cannot_be_read_fails_the_build_with_a_message(site, settled_files, monkeypatch):
    # (from a hostile probe: the one-report patch met it first and ended with a bare
    # "error: Permission denied: …", no file named, no summary)
    _built(site)
    out = site / "site"
    before = _tree(out)
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith(os.path.join("site", "briefs")):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    _edit(site, "content/reports/beta.md", "residents said.", "residents said.\n\nA new paragraph.")  # (patched)
    result = build_persistent(site, out)
    [problem] = result.errors
    assert problem.pos.path == str(out)
    assert problem.message == f"cannot write the site: Permission denied: {out / 'briefs'}"
    monkeypatch.setattr(os, "scandir", real)
    assert _tree(out) == before
