"""The build cache on disk (.briefing-cache/) and the process pool: whatever `briefing build`
reuses, and however many processes render, the site is byte for byte a cold build's; each
kind of edit re-renders exactly the pages whose bytes change; a cache from another version,
or a damaged one, is ignored."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import time
import weakref
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import copy_fixture
from test_incremental import EDITS, _edit

from generator import collector, store
from generator.bodies import pack, unpack
from generator.build import build_site
from generator.cache import Bodies, BuildCache
from generator.persist import build_persistent, check_site
from generator.pickling import dumps
from generator.write import MARKER


@pytest.fixture()
def site(tmp_path) -> Path:
    return copy_fixture("basic", tmp_path / "root")


@pytest.fixture()
def trust_recent_files(monkeypatch):
    # Inputs written just before a build are re-checked rather than trusted by stat; tests
    # edit files milliseconds apart, so the no-op path needs that window closed.
    monkeypatch.setattr(store, "is_racy", lambda mtime, ctime, now: False)


@pytest.fixture()
def settled_files(trust_recent_files, monkeypatch):
    # … and the loader's own check: a file read just after it was written is read again by
    # the next build (its cache entry saved again). These files were copied a moment ago.
    import generator.filestate

    monkeypatch.setattr(generator.filestate, "is_racy", lambda mtime, ctime, now: False)


def _tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != MARKER}


def _cold(root: Path) -> dict[str, bytes]:
    result = build_site(root, write=False)
    assert result.ok, [str(d) for d in result.errors]
    return result.files


MORE_EDITS = [
    ("report added", lambda r: (r / "content/reports/epsilon.md").write_text(
        "---\ntitle: E\npublisher: Epsilon\npublished: 2024-06-01\ntopics: [power]\n---\nA new station opened.\n")),
    ("report renamed (uncited)", lambda r: (r / "content/reports/epsilon.md").rename(r / "content/reports/eps.md")),
    ("report deleted", lambda r: (r / "content/reports/eps.md").unlink()),
    ("brief renamed", lambda r: (r / "content/briefs/steel.yaml").rename(r / "content/briefs/steel-2024.yaml")),
    ("template deleted", lambda r: (r / "templates/report.html").unlink()),
    ("site.yaml base_url", lambda r: _edit(r, "content/site.yaml", "https://test.example.org/brief/",
                                           "https://example.org/briefing/")),
    # a report's body shows a media file, not there yet, and then there: its page's body is
    # rendered again (the body's cache key holds the media listing's digest)
    ("report shows a missing image", lambda r: _edit(r, "content/reports/alpha.md", "a few days each year",
                                                     "a few days each year ![Chart](../media/chart.png)")),
    ("image added", lambda r: (r / "content/media").mkdir(exist_ok=True) or
     (r / "content/media/chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)),
]

# Edits whose fingerprints are exact: the pages re-rendered are the pages whose bytes change.
# The others re-render a little more than changes (site-wide files such as topics.yaml
# reach every page; lists of the whole site depend on every report's listing), never less.
EXACT = {"report body, not quoted", "quoted words change", "template override", "template override edited",
         "report added", "report renamed (uncited)", "report deleted", "template deleted",
         "report metadata", "publisher makes a claim single-source", "contradiction added",
         "topic title", "place moves", "topic description", "topic added", "place renamed", "place alias added", "topic renamed",
         "topic removed"}


def test_every_edit_builds_what_a_cold_build_does_and_renders_exactly_what_changed(site, trust_recent_files):
    out = site / "site"
    assert build_persistent(site, out).ok
    before = _tree(out)
    for name, edit in [*EDITS, *MORE_EDITS]:
        if name == "report renamed":
            continue  # leaves a dangling citation (an error): covered below
        edit(site)
        result = build_persistent(site, out, workers=2)
        assert result.ok, (name, [str(d) for d in result.errors])
        after = _tree(out)
        assert after == _cold(site), name
        changed = {p for p in after if before.get(p) != after[p]}
        pages = {p for p in changed if not p.startswith(("assets/", "media/"))}
        # Every page whose bytes changed was rendered (and, for exact edits, nothing else).
        assert pages <= set(result.rendered), name
        if name in EXACT:
            assert set(result.rendered) == pages, name
        assert set(result.written.written) == changed, name
        assert set(result.written.removed) == set(before) - set(after), name
        before = after


def test_a_failed_build_changes_nothing_and_the_next_one_recovers(site, trust_recent_files):
    out = site / "site"
    assert build_persistent(site, out).ok
    before = _tree(out)
    _edit(site, "content/briefs/steel.yaml", "title: Steel in the north", "title: [broken")
    assert not build_persistent(site, out).ok
    assert _tree(out) == before
    _edit(site, "content/briefs/steel.yaml", "title: [broken", "title: Steel in the north")
    result = build_persistent(site, out)
    assert result.ok and _tree(out) == before == _cold(site)


def test_nothing_changed_is_answered_from_the_record_of_the_last_build(site, trust_recent_files, monkeypatch):
    path = site / "content/reports/alpha.md"  # a province named but not listed: a warning to keep
    path.write_text(path.read_text(encoding="utf-8") + "\nTraders from Kangwon Province came too.\n", encoding="utf-8")
    first = build_persistent(site)
    assert first.ok and first.warnings
    monkeypatch.setattr(store, "read_state", lambda root: pytest.fail("the state was loaded for a no-op build"))
    second = build_persistent(site)
    assert second.rendered == frozenset() and second.written.written == ()
    assert second.diagnostics == first.diagnostics  # the warnings are reported again
    assert second.paths == first.paths
    assert set(second.written.unchanged) == set(_tree(site / "site"))


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_answers_from_the_build_cache_what_a_cold_check_does_and_writes_nothing(site, trust_recent_files):
    out = site / "site"
    path = site / "content/reports/alpha.md"  # a warning to keep: a province named but not listed
    path.write_text(path.read_text(encoding="utf-8") + "\nTraders from Kangwon Province came too.\n", encoding="utf-8")
    built = build_persistent(site, out)
    assert built.ok and built.warnings
    checked = check_site(site, workers=2)
    assert checked.rendered == frozenset()  # answered from the last build's record
    assert (checked.diagnostics, checked.paths) == (built.diagnostics, built.paths)
    strict = check_site(site, strict=True)
    assert not strict.ok and [d.message for d in strict.errors] == [d.message for d in built.warnings]
    for name, edit in [*EDITS, *MORE_EDITS]:
        if name == "report renamed":
            continue  # leaves a dangling citation (an error): the build after it would stop
        edit(site)
        cache, pages = _files(site / ".briefing-cache"), _files(out)
        checked = check_site(site, workers=2)
        cold = build_site(site, write=False)
        assert checked.diagnostics == cold.diagnostics, name
        assert checked.paths == cold.paths, name
        assert checked.files == {}, name  # no page kept, not even in memory
        assert (_files(site / ".briefing-cache"), _files(out)) == (cache, pages), name
        built = build_persistent(site, out)
        assert built.ok and built.diagnostics == cold.diagnostics, name
        # The cache vouched for most pages (a few more than the build renders, of a report
        # the build before patched without saving its pages' fingerprints).
        assert built.rendered <= checked.rendered, name
        if name in EXACT:
            assert len(checked.rendered) <= len(built.rendered) + 2, name


def test_check_without_a_build_cache_makes_none(site):
    result = check_site(site, workers=2)
    assert result.ok and result.files == {} and result.paths
    assert not (site / ".briefing-cache").exists() and not (site / "site").exists()


@pytest.mark.parametrize("make", ["folder named as a report", "link out of the site"])
def test_a_folder_come_since_the_last_build_is_no_nothing_changed(site, trust_recent_files, tmp_path, make):
    # The loader warns about both; a build answered from the last one's record would not.
    assert not build_persistent(site).warnings
    if make == "folder named as a report":
        (site / "content/reports/x.md").mkdir()
    else:
        (tmp_path / "elsewhere").mkdir()
        (site / "content/media").symlink_to(tmp_path / "elsewhere")
    again = build_persistent(site)
    assert again.warnings and again.diagnostics == build_site(site, write=False).diagnostics


@pytest.mark.parametrize("make", ["file", "link to nowhere"])
def test_a_templates_that_is_no_folder_since_the_last_build_is_an_error_as_in_a_cold_build(site, trust_recent_files,
                                                                                          make):
    assert build_persistent(site).ok
    if make == "file":
        (site / "templates").write_text("not a folder\n")
    else:
        (site / "templates").symlink_to(site / "nowhere")
    again = build_persistent(site)
    assert not again.ok and again.diagnostics == build_site(site, write=False).diagnostics
    _edit(site, "content/reports/alpha.md", "a few days each year", "a few days every year")  # a report alone
    patched = build_persistent(site)  # not a patch of its page with the built-in theme, as before
    assert not patched.ok and patched.diagnostics == build_site(site, write=False).diagnostics


def test_a_template_in_a_hidden_folder_of_templates_is_an_input_as_any(site, trust_recent_files):
    theme = Path(__file__).parent.parent / "templates" / "report.html"
    (site / "templates" / ".parts").mkdir(parents=True)
    (site / "templates" / ".parts" / "note.html").write_text('<p class="note">version one</p>\n')
    (site / "templates" / "report.html").write_text(theme.read_text(encoding="utf-8").replace(
        "{% block content %}", '{% block content %}{% include ".parts/note.html" %}', 1), encoding="utf-8")
    assert build_persistent(site).ok
    (site / "templates" / ".parts" / "note.html").write_text('<p class="note">version two</p>\n')
    again = build_persistent(site)
    assert again.ok and "reports/alpha/index.html" in again.rendered
    assert b"version two" in (site / "site" / "reports" / "alpha" / "index.html").read_bytes()


def test_a_changed_or_missing_output_file_is_put_back(site, trust_recent_files):
    out = site / "site"
    build_persistent(site, out)
    expected = _tree(out)
    (out / "reports/alpha/index.html").write_text("defaced")
    (out / "sources/index.html").unlink()
    (out / "stray.html").write_text("not ours")
    result = build_persistent(site, out)
    assert _tree(out) == expected
    assert set(result.written.written) == {"reports/alpha/index.html", "sources/index.html"}
    assert result.written.removed == ("stray.html",)


@pytest.mark.parametrize("edit", ["nothing", "a report", "a brief"])
def test_an_empty_folder_put_into_the_output_is_removed_as_a_stray_file_is(site, trust_recent_files, edit):
    # An empty folder holds no file, so a walk of the files alone never saw it: it outlived
    # every build that had the cache, and only a cold one removed it.
    out = site / "site"
    build_persistent(site, out)
    folders = {p for p in out.rglob("*") if p.is_dir()}
    for stray in ("old-section", "reports/gone/deeper", "reports/alpha/notes"):
        (out / stray).mkdir(parents=True)
    if edit == "a report":
        _edit(site, "content/reports/alpha.md", "a few days each year", "a few days every year")
    elif edit == "a brief":
        brief = next((site / "content" / "briefs").glob("*.yaml"))
        brief.write_text(brief.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = build_persistent(site, out)
    assert result.ok
    assert {p for p in out.rglob("*") if p.is_dir()} == folders
    assert {"old-section/", "reports/gone/deeper/", "reports/alpha/notes/"} <= set(result.written.removed)
    again = build_persistent(site, out)  # and the next build has nothing to do
    assert again.rendered == frozenset() and again.written.written == () and again.written.removed == ()


def test_a_build_the_record_cannot_answer_writes_with_the_walk_of_the_output_already_made(site, trust_recent_files,
                                                                                            monkeypatch):
    # The output was walked once to see whether the record answers, and again by the writer
    # of the build that had to run: ~0.3 s at 10,000 reports, for the same files.
    from generator import write

    build_persistent(site)
    handed = []
    original = write.SiteWriter.__init__

    def recording(self, out, previous=None, scan=None):
        handed.append(scan)
        original(self, out, previous, scan)

    monkeypatch.setattr(write.SiteWriter, "__init__", recording)
    brief = site / "content/briefs/steel.yaml"
    brief.write_text(brief.read_text().replace("a few days a year", "a few weeks a year"))
    result = build_persistent(site)
    assert result.ok and "briefs/steel/index.html" in result.rendered
    assert len(handed) == 1 and isinstance(handed[0], write.OutputScan)
    assert _tree(site / "site") == _cold(site)


def test_a_touched_file_is_read_again_but_nothing_is_rendered(site, trust_recent_files):
    build_persistent(site)
    path = site / "content/reports/alpha.md"
    path.write_bytes(path.read_bytes())  # new mtime, same bytes
    result = build_persistent(site)
    assert result.ok and result.rendered == frozenset() and result.written.written == ()


def test_files_saved_again_unchanged_are_answered_from_the_record(site, trust_recent_files, monkeypatch, tmp_path):
    # An editor's save with no change, or a touch: the stat differs, the bytes do not. At
    # 10,000 reports such a build loaded the whole cache and planned every page (3.6 s).
    first = build_persistent(site)
    for rel in ("content/reports/alpha.md", "content/briefs/steel.yaml", "content/site.yaml"):
        (site / rel).write_bytes((site / rel).read_bytes())
    with monkeypatch.context() as patched:
        patched.setattr(store, "read_state", lambda *args: pytest.fail("the state was loaded: files saved unchanged"))
        second = build_persistent(site)
    assert second.rendered == frozenset() and second.written.written == ()
    assert second.diagnostics == first.diagnostics
    # Changed after all, a file is seen: its stat still differs from the one recorded.
    _edit(site, "content/briefs/steel.yaml", "title: Steel in the north", "title: Steel up north")
    third = build_persistent(site)
    assert "briefs/steel/index.html" in third.rendered and _tree(site / "site") == _cold(site)
    # A file become a link (to the same bytes, outside the site) is for the loader to judge.
    outside = tmp_path / "alpha.md"
    outside.write_bytes((site / "content/reports/alpha.md").read_bytes())
    (site / "content/reports/alpha.md").unlink()
    (site / "content/reports/alpha.md").symlink_to(outside)
    assert build_persistent(site).diagnostics == build_site(site, write=False).diagnostics != third.diagnostics


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "other version", "garbage"])
def test_a_damaged_or_foreign_cache_is_ignored(site, trust_recent_files, monkeypatch, damage):
    out = site / "site"
    build_persistent(site, out)
    expected = _tree(out)
    shutil.rmtree(out)  # so nothing can be kept from disk: every page must be rendered again
    files = sorted((site / store.CACHE_DIR).glob("models-*")) + [site / store.CACHE_DIR / n for n in ("pages", "last")]
    assert len(files) > 10  # the models' shards, the pages, the no-op record
    for path in files:
        data = path.read_bytes()
        if damage == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "flipped byte":
            middle = len(data) // 2
            path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])
        elif damage == "garbage":
            path.write_bytes(b"\x80\x05not a pickle at all")
    if damage == "other version":
        monkeypatch.setattr(store, "__version__", "0.0.0-other")
    assert store.read_last(site) is None
    loaded = store.read_state(site)
    assert loaded.pages == {} and loaded.files == {} and loaded.validated == {} and loaded.resolved == {}
    result = build_persistent(site, out)
    assert result.ok and _tree(out) == expected
    assert {p for p in expected if p.endswith(".html")} <= set(result.rendered)


@pytest.mark.parametrize("kind", ["fifo", "device", "link", "huge"])
def test_a_cache_file_that_is_no_regular_file_is_ignored_without_blocking(site, trust_recent_files, monkeypatch,
                                                                          kind):
    # A pipe would block the read for ever, /dev/zero never ends, a sparse 50 GB file would
    # exhaust memory: each is no cache, and the build is cold.
    out = site / "site"
    build_persistent(site, out)
    expected = _tree(out)
    for name in ("last", "graph", "pages"):
        path = site / store.CACHE_DIR / name
        path.unlink()
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "device":
            path.symlink_to("/dev/zero")  # a link to a device, which no open follows
        elif kind == "link":
            path.symlink_to(site / "content" / "site.yaml")
        else:
            with open(path, "wb") as handle:
                handle.truncate(store.MAX_CACHE_FILE + 1)
    assert store.read_last(site) is None
    result = build_persistent(site, out)
    assert result.ok and _tree(out) == expected


def test_the_cache_is_keyed_by_each_librarys_installed_version(tmp_path, monkeypatch):
    """Read from the metadata the installers left on the path, as importlib.metadata reads
    it: a library upgraded or removed changes the key, so its outputs are made again."""
    from importlib import metadata

    def installed(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "?"

    def as_metadata_says() -> tuple[str, ...]:
        return tuple(f"{name}={installed(name)}" for name in store._LIBRARIES)

    assert store._library_versions() == as_metadata_says()
    assert sum(not v.endswith("=?") for v in store._library_versions()) >= 6  # the runtime ones are there
    before = store._versions()

    def install(metadata_file: Path, name: str, version: str) -> None:
        metadata_file.parent.mkdir(parents=True, exist_ok=True)
        metadata_file.write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n"
                                 "Version: 0.0 (a long description's words, not a header)\n")

    # a wheel's folder; a development install's, with no version in its name; an egg on the path
    install(tmp_path / "site" / "Jinja2-99.0.dist-info" / "METADATA", "Jinja2", "99.0")
    install(tmp_path / "site" / "Rapidfuzz.egg-info" / "PKG-INFO", "rapidfuzz", "9.9.9")
    install(tmp_path / "folium-7.7-py3.11.egg" / "EGG-INFO" / "PKG-INFO", "folium", "7.7")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "site"), str(tmp_path / "folium-7.7-py3.11.egg"), *sys.path])
    store._library_versions.cache_clear()
    try:
        found = store._library_versions()
        assert found == as_metadata_says()
        assert {"jinja2=99.0", "rapidfuzz=9.9.9", "folium=7.7"} <= set(found)  # first on the path wins
        assert store._versions() != before
        install(tmp_path / "site" / "Rapidfuzz.egg-info" / "PKG-INFO", "rapidfuzz", "10.0.0")  # upgraded in place
        store._library_versions.cache_clear()
        assert "rapidfuzz=10.0.0" in store._library_versions() == as_metadata_says()
    finally:
        store._library_versions.cache_clear()


def test_the_cache_folder_ignores_itself_for_git(site):
    build_persistent(site)
    assert (site / store.CACHE_DIR / ".gitignore").read_text().splitlines()[-1] == "*"


def test_cold_cached_and_parallel_builds_agree_on_a_synthetic_archive(tmp_path, trust_recent_files):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from synth import generate

    root = tmp_path / "synthetic"
    generate(root, 200, seed=3)
    serial = _cold(root)
    parallel = build_site(root, tmp_path / "parallel", workers=2)
    assert parallel.ok and len(parallel.rendered) >= 200  # enough pages for the pool to start
    assert _tree(tmp_path / "parallel") == serial
    out = root / "site"
    assert build_persistent(root, out, workers=2).ok and _tree(out) == serial
    # Through the saved state (not the no-op record): every file is read again, nothing rendered.
    (root / store.CACHE_DIR / "last").unlink()
    for path in (root / "content" / "reports").glob("*.md"):
        path.touch()
    cached = build_persistent(root, out, workers=2)
    assert cached.ok and cached.rendered == frozenset() and _tree(out) == serial


def test_quotes_located_in_a_helper_are_kept_under_the_briefs_own_string(tmp_path, trust_recent_files):
    """A helper sends each quote it located back as an equal string of its own; the cache keys
    the location by the brief's string (interned, as the passage's words are), not by a copy
    that every process of the build would hold besides."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from synth import generate

    root = tmp_path / "synthetic"
    generate(root, 200, seed=3)
    cache = BuildCache()
    assert build_site(root, tmp_path / "out", cache=cache, workers=2).ok
    assert len(cache.quotes) >= 200
    assert [key for key in cache.quotes if key[3] is not sys.intern(key[3])] == []


def test_bodies_kept_for_the_render_are_read_back_as_added():
    bodies = Bodies()
    bodies.add([(("d1", (), "../"), pack("<p>one</p>"), ()),
                (("d2", (), "../"), pack("<p>two</p>"), (("a.png", True),))])
    bodies.add([(("d3", (), "../"), pack("<p>three</p>"), ())])
    bodies.add([])
    assert [(unpack(found[0]), found[1]) for key in ("d1", "d2", "d3") if (found := bodies.get((key, (), "../")))] \
        == [("<p>one</p>", ()), ("<p>two</p>", (("a.png", True),)), ("<p>three</p>", ())]
    assert bodies.get(("d4", (), "../")) is None
    bodies.add([(("d1", (), "../"), pack("<p>one, its media changed</p>"), (("b.png", False),))])
    assert unpack(bodies.get(("d1", (), "../"))[0]) == "<p>one, its media changed</p>"
    assert len(bodies) == 4  # what the blocks hold, the body added again with the first: what is bounded
    bodies.clear()
    assert len(bodies) == 0 and bodies.get(("d2", (), "../")) is None


# Run in a fresh interpreter, as a build is: in a test process whose memory many tests have
# used, what the child allocates lands in free space all over it, and copies pages of its own.
_FORKED_READER = """
import gc, os, random, string, sys
from generator.bodies import pack, unpack
from generator.cache import Bodies


def private_dirty_kib():
    with open("/proc/self/smaps_rollup", encoding="ascii") as handle:
        return sum(int(line.split()[1]) for line in handle if line.startswith("Private_Dirty:"))


rng = random.Random(5)
count, size = 2000, 3000
bodies = Bodies()
bodies.add((("digest", i, "../"), pack("".join(rng.choices(string.ascii_letters, k=size))), ()) for i in range(count))
packed_kib = sum(len(bodies.get(("digest", i, "../"))[0]) for i in range(count)) // 1024
gc.collect()
gc.freeze()
read, write = os.pipe()
if (pid := os.fork()) == 0:
    before = private_dirty_kib()
    read_all = sum(len(unpack(bodies.get(("digest", i, "../"))[0])) for i in range(count))
    os.write(write, f"{private_dirty_kib() - before} {read_all}".encode())
    os._exit(0)
os.close(write)
with os.fdopen(read) as handle:
    print(packed_kib, handle.read())
os.waitpid(pid, 0)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/smaps_rollup"), reason="reads /proc/self/smaps_rollup (Linux)")
def test_a_process_forked_from_the_build_reads_the_bodies_without_copying_them():
    """The render's helper is forked from the build and reads the bodies the resolve stage
    rendered. Reading them must not write to the memory they are in: a bytes object of each
    body's own would have its reference count written (CPython), so that every page of
    bodies would be copied into the helper, and into the build's process as it reads its share."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", _FORKED_READER], env=env, capture_output=True, text=True, check=True)
    packed_kib, copied_kib, read_all = map(int, done.stdout.split())
    assert read_all == 2000 * 3000
    assert packed_kib > 4000
    # (~0.17 of them here: the dict and keys looked up; a bytes object per body copied 1.2 times their size)
    assert copied_kib < packed_kib / 2, f"the child copied {copied_kib:,} KiB reading {packed_kib:,} KiB of bodies"


@pytest.mark.parametrize("free", [1, 0])
def test_a_parallel_build_draws_each_map_once_and_keeps_it_for_the_next(tmp_path, monkeypatch, free):
    """Every map's folium part is drawn before the render helpers are forked, in one child
    (in the build's own process when no core is free for one: the cache's save, forked, has
    it): the helpers inherit the parts instead of importing folium each, and the cache keeps
    them, where parts a helper drew would be lost with it (the next build would draw them again)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from synth import generate

    from generator.maps import MapRenderer

    root, out, drawn = tmp_path / "synthetic", tmp_path / "out", tmp_path / "drawn"
    generate(root, 200, seed=3)
    draw = MapRenderer._build_folium

    def noted(self, spec, shades):
        with drawn.open("a") as handle:
            handle.write(f"{os.getpid()} {spec.kind}\n")
        return draw(self, spec, shades)
    monkeypatch.setattr(MapRenderer, "_build_folium", noted)
    # A thread an earlier test left running (Playwright's) would keep the drawing child from
    # being forked (forked.can_fork), as it keeps the cache's save in the build's own process.
    monkeypatch.setattr("generator.maps.can_fork", lambda: True)
    monkeypatch.setattr("generator.maps.free_cores", lambda: free)
    cold = build_persistent(root, out, workers=2)
    assert cold.ok and len(cold.rendered) >= 200  # enough pages for the pool to start
    lines = [line.split() for line in drawn.read_text().splitlines()]
    assert {kind for _, kind in lines} >= {"overview", "province"}
    assert len({pid for pid, _ in lines}) == 1 and (lines[0][0] == str(os.getpid())) == (free == 0)

    def refused(self, spec, shades):
        raise AssertionError(f"the {spec.kind} map was drawn again")
    monkeypatch.setattr(MapRenderer, "_build_folium", refused)
    brief = sorted((root / "content" / "briefs").glob("*.yaml"))[0]
    brief.write_text(brief.read_text(encoding="utf-8").replace("title: ", "title: Revised ", 1), encoding="utf-8")
    again = build_persistent(root, out, workers=2)
    assert again.ok, [str(d) for d in again.errors]
    # the pages of every kind of map were rendered again, their maps taken from the cache
    assert {"index.html", f"briefs/{brief.stem}/index.html"} <= again.rendered
    assert any(p.startswith("provinces/") and p.count("/") == 2 for p in again.rendered)
    monkeypatch.undo()
    assert _tree(out) == _cold(root)


def test_link_warnings_are_the_same_from_a_parallel_build_as_from_one_process(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from synth import generate

    root = tmp_path / "synthetic"
    generate(root, 200, seed=3)
    reports = sorted((root / "content" / "reports").glob("*.md"))
    for i, path in enumerate(reports):  # every report links to the next one, every fifth to one missing
        target = reports[(i + 1) % len(reports)].name if i % 5 else f"missing-{i}.md"
        path.write_text(path.read_text(encoding="utf-8") + f"\nSee [the next report]({target}).\n", encoding="utf-8")
    serial = build_site(root, tmp_path / "serial", workers=1)
    parallel = build_site(root, tmp_path / "parallel", workers=2)
    cached = build_persistent(root, tmp_path / "cached", workers=2)
    missing = sorted(str(w) for w in serial.warnings if "missing-" in w.message)
    assert len(missing) == 40
    for other in (parallel, cached):
        assert sorted(map(str, other.warnings)) == sorted(map(str, serial.warnings))


def test_timestamps_are_trusted_after_their_file_systems_tick():
    from generator.filestate import is_racy

    now = 1_700_000_000 * 10**9 + 500_000_000
    assert is_racy(now - 500_000_000, 0, now)  # a whole second (FAT, HFS+): it may change unseen
    assert not is_racy(now - 3_500_000_000, 0, now)
    assert not is_racy(now - 499_876_543, 0, now)  # a fine timestamp half a second old
    assert is_racy(now - 10_000_000 + 7, 0, now)  # … but not one 10 ms old
    assert is_racy(0, now + 1, now)  # changed after the build started (ctime counts too)


def test_a_real_no_op_needs_no_help_once_files_are_a_tick_old(site, monkeypatch):
    time.sleep(0.1)  # the fixture was just copied: let its timestamps age past the window
    assert build_persistent(site).ok
    monkeypatch.setattr(store, "read_state", lambda root: pytest.fail("the state was loaded for a no-op build"))
    assert build_persistent(site).rendered == frozenset()


def test_a_cache_signed_with_another_key_is_never_loaded(site, monkeypatch, tmp_path):
    # Loading a pickle runs code: a cache file planted in a shared repository must not load.
    build_persistent(site)
    assert store.read_last(site) is not None and store.read_state(site).pages
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    assert store.read_last(site) is None
    assert store.read_state(site).pages == {}
    result = build_persistent(site)
    assert result.ok and {p for p in result.paths if p.endswith(".html")} <= set(result.rendered)


@pytest.mark.parametrize("home", ["", "relative/home", "missing"])
def test_no_key_is_made_without_a_home_folder_and_the_build_works_without_its_cache(site, monkeypatch, tmp_path, home):
    # (HOME="" made /.cache/briefing as root, and a missing home was created)
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / home) if home == "missing" else home)
    monkeypatch.chdir(tmp_path)
    result = build_persistent(site)
    assert result.ok and (site / "site" / "index.html").is_file()
    assert not (tmp_path / "missing").exists() and not (tmp_path / "relative").exists()
    assert store.read_last(site) is None


def test_a_cache_that_cannot_be_saved_is_a_warning_not_a_failure(site):
    (site / store.CACHE_DIR).write_text("a file where the cache folder goes")
    result = build_persistent(site)
    assert result.ok and (site / "site" / "index.html").is_file()
    assert [d.message for d in result.warnings if d.pos.path == store.CACHE_DIR][0].startswith(
        "cannot save the build cache")


def test_a_save_that_fails_in_its_forked_child_is_a_warning_and_leaves_no_record(site, trust_recent_files):
    # The shards are written by a child process when there are workers: what stops it must
    # reach the build, which then keeps no record of itself (the next build reads again).
    blocked = site / store.CACHE_DIR / f"models-{store.shard_of('content/reports/alpha.md'):03x}"
    blocked.mkdir(parents=True)
    (blocked / "keep").write_text("a folder where a shard goes")
    result = build_persistent(site, workers=2)
    assert result.ok and (site / "site" / "index.html").is_file()
    assert [d.message for d in result.warnings if d.pos.path == store.CACHE_DIR][0].startswith(
        "cannot save the build cache")
    assert store.read_last(site) is None
    blocked_again = build_persistent(site, workers=2)  # no no-op from a record: built and warned again
    assert blocked_again.ok and any(d.pos.path == store.CACHE_DIR for d in blocked_again.warnings)


@pytest.mark.parametrize("workers", [1, 2], ids=["saved in process", "saved by a forked child"])
def test_the_saved_models_load_back_equal_to_the_built_ones(site, workers):
    built = BuildCache()
    assert build_site(site, write=False, cache=built).ok
    assert build_persistent(site, workers=workers).ok
    loaded = store.read_state(site)
    for table in ("validated", "resolved", "quotes", "mentions"):
        assert getattr(loaded, table) == getattr(built, table) != {}, table
    assert loaded.index == []  # not saved: building it again costs less than loading it


def test_a_cited_passage_loads_back_as_one_object_though_saved_in_two_shards(site):
    # A located quote's passage is saved with its report's models and again, in the citation
    # of each claim quoting it, with the brief's: equal objects in different files, which
    # would otherwise be held twice (34 MiB of an archive of 10,000 reports).
    assert build_persistent(site).ok
    loaded = store.read_models(site, range(store.SHARDS))
    located = [location.passage for location in loaded.quotes.values() if location.passage is not None]
    cited = [citation.passage for key, (record, _) in loaded.resolved.items() if key[0] == "brief"
             for claim in record.claims for citation in claim.citations if citation.passage is not None]
    assert len(cited) > 4 and {store.shard_of(key[1]) for key in loaded.resolved if key[0] == "brief"} \
        .isdisjoint(store.shard_of(f"content/reports/{r}.md") for r, *_ in loaded.quotes)
    held = {id(p): p for p in located}
    for passage in cited:
        same = [p for p in located if p == passage]
        assert same and all(id(p) in held and p is passage for p in same), passage
    # Read outside of a load, the same pickle makes new objects: nothing is held between loads.
    again = pickle.loads(dumps(cited[0]))
    assert again == cited[0] and again is not cited[0]
    assert pickle.loads(dumps(cited[0])) is not again


def test_only_a_process_that_ends_without_teardown_holds_the_cache_past_its_build(site, settled_files, monkeypatch):
    # The `briefing` command ends with os._exit (cli.run): a cache freed one object at a time
    # just before it is time lost. Anywhere else (serve, tests, a script), it is freed.
    read = []
    read_state = store.read_state

    def reading(*args):
        read.append(weakref.ref(cache := read_state(*args)))
        return cache
    monkeypatch.setattr(store, "read_state", reading)
    assert build_persistent(site).ok
    assert len(read) == 1 and read[0]() is None
    monkeypatch.setattr(collector, "_to_exit", [])
    _edit(site, "content/briefs/steel.yaml", "runs only a few days", "runs only a few weeks")
    assert build_persistent(site).ok
    assert len(read) == 2 and read[1]() is not None and collector._to_exit == [read[1]()]
    assert read[1]().validated  # the models read, and those built since


def test_a_cache_folder_that_is_a_link_is_neither_read_nor_written(site, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (site / store.CACHE_DIR).symlink_to(elsewhere, target_is_directory=True)
    result = build_persistent(site)
    assert result.ok and (site / "site" / "index.html").is_file()
    assert list(elsewhere.iterdir()) == []  # nothing written through the link
    assert any(d.pos.path == store.CACHE_DIR and "cannot save the build cache" in d.message for d in result.warnings)


def _shard_files(site: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (site / store.CACHE_DIR).glob("models-*")}


def test_an_edit_saves_again_only_the_shards_holding_what_it_changed(site, settled_files):
    assert build_persistent(site).ok
    before = _shard_files(site)
    assert len(before) > 1
    # beta.md is quoted by both briefs: its own entries (with its located quotes) and the
    # two briefs' resolved records change; every other file's entries are as they were. (A
    # new title shows in lists: a full build, which saves the models.)
    _edit(site, "content/reports/beta.md", 'title: "State media: targets met"', 'title: "Targets met, says KCNA"')
    result = build_persistent(site)
    assert result.ok and "sources/index.html" in result.rendered
    after = _shard_files(site)
    rewritten = {name for name in after if before.get(name) != after[name]}
    touched = {store.shard_of(f"content/{f}") for f in ("reports/beta.md", "briefs/steel.yaml", "briefs/targets.yaml")}
    assert f"models-{store.shard_of('content/reports/beta.md'):03x}" in rewritten
    assert rewritten <= {f"models-{n:03x}" for n in touched}
    untouched = {store.shard_of(f"content/reports/{f}") for f in ("alpha.md", "gamma.md")} - touched
    assert untouched and not {f"models-{n:03x}" for n in untouched} & rewritten


def test_a_lost_shard_costs_only_its_own_files_a_read(site, settled_files, monkeypatch):
    out = site / "site"
    assert build_persistent(site, out).ok
    expected = _tree(out)
    number = store._shard("files", "content/reports/gamma.md")
    (site / store.CACHE_DIR / f"models-{number:03x}").unlink()
    (site / store.CACHE_DIR / "last").unlink()  # no record of a finished build: every file is looked at
    read = _reads(monkeypatch, site)
    result = build_persistent(site, out)
    assert "content/reports/gamma.md" in read
    assert all(store._shard("files", rel) == number for rel in read if rel.startswith("content/"))
    assert result.ok and _tree(out) == expected and result.rendered == frozenset()


def test_after_an_edit_the_build_is_told_what_changed_and_reads_it_alone(site, settled_files, monkeypatch):
    import generator.build

    out = site / "site"
    assert build_persistent(site, out).ok
    # A new title shows in lists: past what patch.py does, so the full build is told.
    _edit(site, "content/reports/alpha.md", "Steel mill idles for want of power", "Steel mill idle")
    told = []
    real = generator.build.build_site
    monkeypatch.setattr(generator.build, "build_site", lambda *a, **k: told.append(k["changed"]) or real(*a, **k))
    read = _reads(monkeypatch, site)
    result = build_persistent(site, out)
    assert told == [frozenset({"content/reports/alpha.md"})]
    # (read by patch.py too, which finds the new title, before the full build reads it)
    assert {rel for rel in read if rel.startswith("content/")} == {"content/reports/alpha.md"}
    monkeypatch.undo()
    assert result.ok and _tree(out) == _cold(site)
    assert {"reports/alpha/index.html", "sources/index.html"} <= result.rendered


def test_files_stamped_close_to_the_last_build_count_as_changed(site):
    """Stat cannot vouch for a file written in the same clock tick as the build read it (a
    second write of the same size could share its stamps): such files are read again."""
    from generator.filestate import is_racy

    assert build_persistent(site).ok
    last = store.read_last(site.resolve())
    newest = max(max(m, c) for m, c, _, _ in last.inputs.values())
    settled = replace(last, taken_ns=newest + 5 * 10**9)
    assert store.changed_inputs(settled, site.resolve())[0] == frozenset()
    close = replace(last, taken_ns=newest + 10**6)  # 1 ms after the newest file's stamps
    stamped = {p for p, (m, c, _, _) in last.inputs.items() if is_racy(m, c, close.taken_ns)}
    found = store.changed_inputs(close, site.resolve())[0]
    assert stamped and found == {os.path.relpath(p, site.resolve()) for p in stamped}
    (site / "content/reports/alpha.md").write_text("---\ntitle: changed\n---\n")
    assert "content/reports/alpha.md" in store.changed_inputs(settled, site.resolve())[0]


def _reads(monkeypatch, site: Path) -> list[str]:
    """The files the loader reads from now on, relative to the site root."""
    import generator.load

    read: list[str] = []
    real = generator.load.read_bytes

    def spy(path: str, stat):
        read.append(os.path.relpath(path, site.resolve()))
        return real(path, stat)
    monkeypatch.setattr(generator.load, "read_bytes", spy)
    return read


# What a build told what changed must not miss (each found in review, each once wrong).

def test_reports_added_in_bulk_are_all_built_by_a_parallel_build(site, settled_files):
    from generator.parallel import PARALLEL_MIN

    out = site / "site"
    assert build_persistent(site, out, workers=2).ok
    for i in range(PARALLEL_MIN + 10):  # enough for the reading to go to the process pool
        (site / f"content/reports/new{i:03d}.md").write_text(
            f"---\ntitle: N{i}\npublisher: P\npublished: 2024-06-01\ntopics: [power]\n---\nBody {i}.\n")
    result = build_persistent(site, out, workers=2)
    assert result.ok and _tree(out) == _cold(site)
    assert "reports/new209/index.html" in result.paths


def test_a_file_saved_while_the_cache_loads_is_not_missed(site, monkeypatch):
    time.sleep(0.1)  # the copied files age past the racy window, so stats are trusted
    out = site / "site"
    assert build_persistent(site, out).ok
    _edit(site, "content/reports/gamma.md", "Power cuts", "Long power cuts")
    time.sleep(0.1)
    real = store.read_state

    def saved_meanwhile(*args):
        _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
        time.sleep(0.1)  # loading a large archive's cache takes a second: the edit is not "racy" to its end
        return real(*args)
    monkeypatch.setattr(store, "read_state", saved_meanwhile)
    assert build_persistent(site, out).ok
    monkeypatch.undo()
    time.sleep(0.1)
    assert build_persistent(site, out).ok
    assert _tree(out) == _cold(site)
    assert b"a worker said" in _tree(out)["reports/alpha/index.html"]


def test_a_report_replaced_by_a_link_out_of_content_is_not_published(site, settled_files, tmp_path):
    out = site / "site"
    assert build_persistent(site, out).ok
    outside = tmp_path / "outside.md"
    outside.write_text((site / "content/reports/alpha.md").read_text() + "\nSECRET-OUTSIDE\n")
    (site / "content/reports/alpha.md").unlink()
    (site / "content/reports/alpha.md").symlink_to(outside)
    result = build_persistent(site, out)
    cold = build_site(site, write=False)
    assert [str(d) for d in result.diagnostics] == [str(d) for d in cold.diagnostics]
    assert any("links to a file outside content/" in d.message for d in result.diagnostics)
    assert not any(b"SECRET-OUTSIDE" in data for data in _tree(out).values())


def test_a_report_deleted_during_a_build_is_gone_from_the_next(site, settled_files, monkeypatch):
    out = site / "site"
    zeta = site / "content/reports/zeta.md"
    zeta.write_text("---\ntitle: Z\npublisher: Zeta\npublished: 2024-06-01\ntopics: [power]\n---\nZ body.\n")
    real = store.write_models

    def deleting(*args, **kwargs):
        zeta.unlink()  # after it was read, before the build ends
        return real(*args, **kwargs)
    monkeypatch.setattr(store, "write_models", deleting)
    assert build_persistent(site, out).ok
    monkeypatch.setattr(store, "write_models", real)
    _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
    result = build_persistent(site, out)
    assert result.ok and "reports/zeta/index.html" not in result.paths
    assert _tree(out) == _cold(site)


def test_an_edit_inside_a_linked_reports_folder_is_seen(site, settled_files, tmp_path):
    # The link leads inside content/: one leading out of it is not read (see test_load).
    out = site / "site"
    (site / "content/archive").mkdir()
    shutil.move(site / "content/reports", site / "content/archive/reports")
    (site / "content/reports").symlink_to(site / "content/archive/reports", target_is_directory=True)
    assert build_persistent(site, out).ok
    _edit(site, "content/archive/reports/alpha.md", "a resident said", "a worker said")
    result = build_persistent(site, out)
    assert result.ok and "reports/alpha/index.html" in result.rendered
    assert _tree(out) == _cold(site)


def test_each_report_is_parsed_once_and_its_page_shows_the_body_its_quotes_were_located_in(
        tmp_path, trust_recent_files, monkeypatch):
    # Locating a report's quotes parses its Markdown; its page's body is rendered from that
    # parse (bodies.py), not from a second one, and reads exactly as one rendered apart.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import yaml
    from markdown_it import MarkdownIt
    from synth import generate

    root = tmp_path / "synthetic"
    generate(root, 60, seed=5)
    bodies = {p.stem: p.read_text(encoding="utf-8").split("---\n", 2)[2].strip()
              for p in (root / "content/reports").glob("*.md")}
    parsed: list[str] = []
    parse = MarkdownIt.parse
    monkeypatch.setattr(MarkdownIt, "parse", lambda md, src, env=None: (parsed.append(src.strip()), parse(md, src, env))[1])

    def parses(**kwargs) -> list[str]:
        parsed.clear()
        result = build_site(root, write=False, **kwargs)
        seen = sorted(rid for rid, body in bodies.items() for src in parsed if src == body)
        assert result.ok and result.files == _cold(root)  # no cache: every page renders its own body
        return seen

    cache = BuildCache()
    assert len(bodies) == 60 and parses(cache=cache) == sorted(bodies)  # each once, none twice
    # A brief now quotes a report anew: the report's quotes located before are highlighted
    # in the body rendered with the new one, so its page needs no parse of its own. (Its last
    # words, as the report ends them: a quote cut before a figure's unit, say, would be a
    # warning, whose hint parses the report again.)
    path = root / "content/briefs/b-00001.yaml"
    brief = yaml.safe_load(path.read_text(encoding="utf-8"))
    source = brief["claims"][0]["sources"][0]
    brief["claims"][0]["sources"].append({"report": source["report"], "quote": " ".join(source["quote"].split()[-6:])})
    path.write_text(yaml.safe_dump(brief, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert parses(cache=cache) == [source["report"]]


def test_a_link_planted_in_the_output_takes_no_page_out_of_it(site, settled_files, tmp_path):
    # A few pages changed would be renamed into place one by one; through a folder of the old
    # output that is a link, that would write outside the output and lose the page from it.
    assert build_persistent(site).ok
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(site / "site" / "reports" / "alpha")
    (site / "site" / "reports" / "alpha").symlink_to(elsewhere, target_is_directory=True)
    _edit(site, "content/reports/alpha.md", "a resident said", "a worker said")
    assert build_persistent(site).ok
    assert list(elsewhere.iterdir()) == []
    assert not (site / "site" / "reports" / "alpha").is_symlink()
    assert _tree(site / "site") == _cold(site)


def test_a_moved_site_looks_at_its_files_again(site, settled_files, tmp_path):
    # The last build's record names its inputs by absolute path: a moved site's files are
    # none of them, so a brief deleted after the move must not stay published.
    assert build_persistent(site).ok
    moved = tmp_path / "moved"
    site.rename(moved)
    (moved / "content" / "briefs" / "steel.yaml").unlink()
    assert build_persistent(moved).ok
    assert not (moved / "site" / "briefs" / "steel").exists()
    assert _tree(moved / "site") == _cold(moved)


@pytest.mark.parametrize("how", ["copied", "copied keeping times", "moved", "output touched"])
def test_an_output_copied_or_touched_is_read_not_rendered_again(site, settled_files, tmp_path, how):
    # A site copied or moved with its output (a project folder renamed, a CI cache restored, a
    # gh-pages checkout) has files no manifest vouches for by their stat: new inodes, new times.
    # Their bytes vouch for them: no page is rendered again to find it unchanged, and the next
    # build trusts them by their stat again.
    assert build_persistent(site).ok
    before = _tree(site / "site")
    moved = tmp_path / "elsewhere"
    if how == "moved":
        site.rename(moved)
    elif how == "output touched":
        moved = site
        for page in (site / "site").rglob("*.html"):
            os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    else:
        shutil.copytree(site, moved, symlinks=True, copy_function=shutil.copy2 if how != "copied" else shutil.copyfile)
    (moved / "site" / "reports" / "alpha" / "index.html").write_bytes(b"changed by hand")
    (moved / "site" / "stray.html").write_bytes(b"left by hand")
    result = build_persistent(moved)
    assert result.ok
    assert result.rendered == {"reports/alpha/index.html"}
    assert result.written.written == ("reports/alpha/index.html",) and result.written.removed == ("stray.html",)
    assert _tree(moved / "site") == before == _cold(moved)
    again = build_persistent(moved)
    assert again.rendered == frozenset() and again.written.written == () and again.written.removed == ()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may delete in a read-only folder")
def test_a_read_only_folder_in_the_old_output_is_deleted_with_it(site, tmp_path):
    assert build_persistent(site).ok
    (site / "site" / "briefs").chmod(0o555)
    shutil.rmtree(site / ".briefing-cache")  # no record of the last build: the whole site is swapped in
    try:
        assert build_persistent(site).ok
    finally:
        for folder in tmp_path.rglob("briefs"):
            folder.chmod(0o755)
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".site")) == []


def test_a_failed_build_keeps_its_models_for_the_next(site):
    # An archive with one quote not found fails: the next build (the same, or the fix)
    # must not read, parse and locate everything again.
    _edit(site, "content/briefs/steel.yaml", "The mill runs only a few days a year.", "The mill seldom runs.")
    brief = site / "content/briefs/targets.yaml"
    brief.write_text(brief.read_text(encoding="utf-8").replace('quote: "', 'quote: "Not in the report at all, ', 1),
                     encoding="utf-8")
    first = build_persistent(site)
    assert not first.ok
    kept = store.read_state(site, store.SavedModels())
    reports = {p for p in kept.files if p.startswith("content/reports/")}
    assert reports == {f"content/reports/{name}.md" for name in ("alpha", "beta", "gamma")}
    assert {path for path, _ in kept.validated} >= reports and kept.quotes
    again = build_persistent(site)
    assert again.diagnostics == first.diagnostics


def test_located_quotes_are_kept_only_while_a_brief_cites_them(site):
    # Every version of a quote typed into a brief would otherwise stay in the cache as long
    # as its report is unchanged (a long preview session, and .briefing-cache on disk).
    cache = BuildCache()
    brief = site / "content/briefs/steel.yaml"
    text = brief.read_text(encoding="utf-8")
    quote = next(line.split('quote: "', 1)[1].rstrip('"') for line in text.splitlines() if 'quote: "' in line)
    words = quote.split()
    assert build_site(site, write=False, cache=cache).ok
    before = len(cache.quotes)
    for cut in range(1, 5):
        brief.write_text(text.replace(quote, " ".join(words[cut:])), encoding="utf-8")
        assert build_site(site, write=False, cache=cache).ok
    assert len(cache.quotes) == before


def test_a_brief_that_does_not_load_keeps_its_located_quotes(site):
    # A YAML slip while typing fails the build; the fix must not locate its quotes again.
    cache = BuildCache()
    assert build_site(site, write=False, cache=cache).ok
    located = dict(cache.quotes)
    brief = site / "content/briefs/steel.yaml"
    good = brief.read_text(encoding="utf-8")
    brief.write_text(good.replace("claims:", "claims: [", 1), encoding="utf-8")
    assert not build_site(site, write=False, cache=cache).ok
    assert cache.quotes == located


def test_a_hidden_folder_in_content_is_not_walked_for_changes(site, trust_recent_files, monkeypatch):
    # content/ kept in a repository of its own: its .git/ is no input, and may hold 100,000 files
    assert build_persistent(site).ok
    (site / "content/.git/objects").mkdir(parents=True)
    (site / "content/.git/objects/ab").write_text("x")
    monkeypatch.setattr(store, "read_state", lambda *a: pytest.fail("the state was loaded for a no-op build"))
    assert build_persistent(site).rendered == frozenset()


def test_a_content_link_to_a_folder_without_a_site_walks_nothing(tmp_path, monkeypatch):
    # content/ linked to / (or any tree that is no site) was stat'ed file by file first: minutes
    root = tmp_path / "s"
    root.mkdir()
    (root / "content").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.setattr(store, "input_stats", lambda *a: pytest.fail("the content tree was walked"))
    result = build_persistent(root)
    assert [(e.pos.path, e.message) for e in result.errors][:1] == [("content/site.yaml", "missing file")]
    assert not (root / store.CACHE_DIR).exists()


def test_an_input_deleted_while_a_build_runs_is_a_change_to_the_next_build(site, trust_recent_files, monkeypatch):
    # The record took the inputs' stat after the build: a template deleted meanwhile was "gone
    # then, gone now", and every later build kept the pages rendered with it.
    import generator.build

    override = site / "templates" / "report.html"
    override.parent.mkdir(exist_ok=True)
    builtin = (Path(generator.build.__file__).parent.parent / "templates" / "report.html").read_text()
    override.write_text(builtin.replace("</article>", '<p class="zz-override">O</p></article>', 1))
    assert build_persistent(site).ok
    override.write_text(override.read_text() + "\n")  # the next build renders the report pages again …
    render = generator.build.render_site

    def render_then_delete(*args, **kwargs):
        rendered = render(*args, **kwargs)
        override.unlink()  # … and the override goes while it runs
        return rendered
    monkeypatch.setattr(generator.build, "render_site", render_then_delete)
    assert build_persistent(site).ok
    monkeypatch.setattr(generator.build, "render_site", render)
    result = build_persistent(site)
    assert result.ok and result.rendered  # not "nothing to do"
    out = site / "site"
    assert not [p for p in out.rglob("*.html") if b"zz-override" in p.read_bytes()]
    assert _tree(out) == _cold(site)


def test_a_boundaries_file_whose_folder_is_moved_out_of_the_site_is_refused_as_in_a_cold_build(site, tmp_path,
                                                                                             trust_recent_files):
    data = site / "data"
    data.mkdir()
    shutil.copy(Path(store.__file__).parent / "data" / "provinces.geojson", data / "admin1.geojson")
    settings = site / "content" / "site.yaml"
    settings.write_text(settings.read_text() + "map:\n  boundaries: data/admin1.geojson\n")
    assert build_persistent(site).ok
    data.rename(tmp_path / "elsewhere")
    data.symlink_to(tmp_path / "elsewhere")  # the same file, its stat unchanged, now outside the site
    result = build_persistent(site)
    assert [e.message for e in result.errors] == ['boundaries file "data/admin1.geojson" is outside the site folder']


def test_a_file_whose_size_changed_is_not_read_to_see_whether_it_changed(site, trust_recent_files, monkeypatch):
    # Only a file saved with its old size may be as it was: an edit's file is read once, by the build.
    assert build_persistent(site).ok
    _edit(site, "content/briefs/steel.yaml", "title: Steel in the north", "title: Steel in the far north")
    (site / "content/reports/alpha.md").write_bytes((site / "content/reports/alpha.md").read_bytes())
    hashed: list[str] = []
    real = store.read_bytes
    monkeypatch.setattr(store, "read_bytes", lambda path, found: hashed.append(Path(path).name) or real(path, found))
    result = build_persistent(site)
    assert result.ok and "briefs/steel/index.html" in result.rendered
    assert hashed == ["alpha.md"]
