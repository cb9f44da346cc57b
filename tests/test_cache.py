"""The build cache on disk (.briefing-cache/) and the process pool: whatever `briefing build`
reuses, and however many processes render, the site is byte for byte a cold build's; each
kind of edit re-renders exactly the pages whose bytes change; a cache from another version,
or a damaged one, is ignored."""

from __future__ import annotations

import shutil
import time
import sys
from pathlib import Path

import pytest
from conftest import copy_fixture
from test_incremental import EDITS, _edit

from generator import store
from generator.build import build_persistent, build_site
from generator.write import MARKER


@pytest.fixture()
def site(tmp_path) -> Path:
    return copy_fixture("basic", tmp_path / "root")


@pytest.fixture()
def trust_recent_files(monkeypatch):
    # Inputs written just before a build are re-checked rather than trusted by stat; tests
    # edit files milliseconds apart, so the no-op path needs that window closed.
    monkeypatch.setattr(store, "is_racy", lambda mtime, ctime, now: False)


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
]

# Edits whose fingerprints are exact: the pages re-rendered are the pages whose bytes change.
# The others re-render a little more than changes (site-wide files such as topics.yaml
# reach every page; lists of the whole site depend on every report's listing), never less.
EXACT = {"report body, not quoted", "quoted words change", "template override", "template override edited",
         "report added", "report renamed (uncited)", "report deleted", "template deleted",
         "report metadata", "publisher makes a claim single-source", "contradiction added"}


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


def test_a_touched_file_is_read_again_but_nothing_is_rendered(site, trust_recent_files):
    build_persistent(site)
    path = site / "content/reports/alpha.md"
    path.write_bytes(path.read_bytes())  # new mtime, same bytes
    result = build_persistent(site)
    assert result.ok and result.rendered == frozenset() and result.written.written == ()


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "other version", "garbage"])
def test_a_damaged_or_foreign_cache_is_ignored(site, trust_recent_files, monkeypatch, damage):
    out = site / "site"
    build_persistent(site, out)
    expected = _tree(out)
    shutil.rmtree(out)  # so nothing can be kept from disk: every page must be rendered again
    for name in ("models", "pages", "last"):
        path = site / store.CACHE_DIR / name
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
    assert store.read_state(site).pages == {}
    result = build_persistent(site, out)
    assert result.ok and _tree(out) == expected
    assert {p for p in expected if p.endswith(".html")} <= set(result.rendered)


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


def test_a_cache_that_cannot_be_saved_is_a_warning_not_a_failure(site):
    (site / store.CACHE_DIR).write_text("a file where the cache folder goes")
    result = build_persistent(site)
    assert result.ok and (site / "site" / "index.html").is_file()
    assert [d.message for d in result.warnings if d.pos.path == store.CACHE_DIR][0].startswith(
        "cannot save the build cache")


def test_the_saved_models_load_back_equal_to_the_built_ones(site):
    from generator.cache import BuildCache

    built = BuildCache()
    assert build_site(site, write=False, cache=built).ok
    build_persistent(site)
    loaded = store.read_state(site)
    for table in ("validated", "resolved", "quotes", "mentions"):
        assert getattr(loaded, table) == getattr(built, table) != {}, table
    assert loaded.index[1] == built.index[1]


def test_a_cache_folder_that_is_a_link_is_neither_read_nor_written(site, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (site / store.CACHE_DIR).symlink_to(elsewhere, target_is_directory=True)
    result = build_persistent(site)
    assert result.ok and (site / "site" / "index.html").is_file()
    assert list(elsewhere.iterdir()) == []  # nothing written through the link
    assert any(d.pos.path == store.CACHE_DIR and "cannot save the build cache" in d.message for d in result.warnings)
