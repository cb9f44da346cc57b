"""Watching for `briefing serve`: classify() (pure), the batcher, and real editor saves."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path, PurePath, PurePosixPath

import pytest
from conftest import copy_fixture

from generator.watch import Change, ChangeBatcher, ChangeKind, WatchedSite, classify, start_observer, watched_site

K = ChangeKind
ROOT = PurePosixPath("/sites/korea")
THEME = PurePosixPath("/src/briefing/templates")
SITE = WatchedSite(ROOT, ROOT / "content", ROOT / "templates", ROOT / "site", THEME)


@pytest.mark.parametrize(("rel", "kind"), [
    ("content/reports/alpha.md", K.CONTENT),
    ("content/briefs/steel.yaml", K.CONTENT),
    ("content/topics.yaml", K.CONTENT),
    ("content/media/2024/photo.png", K.CONTENT),
    ("content/reports/2024.md", K.CONTENT),
    ("content/reports", K.CONTENT),          # a folder moved or deleted
    ("content", K.CONTENT),
    ("content/site.yaml", K.CONFIG),
    ("templates/brief.html", K.TEMPLATE),
    ("templates/partials/macros.html", K.TEMPLATE),
    ("templates/assets/briefing.css", K.ASSET),
    ("templates", K.TEMPLATE),
    # editors' scratch files
    ("content/reports/.alpha.md.swp", K.IGNORED),
    ("content/reports/alpha.md.swx", K.IGNORED),
    ("content/reports/alpha.md~", K.IGNORED),
    ("content/reports/4913", K.IGNORED),
    ("content/reports/5036", K.IGNORED),
    ("content/reports/#alpha.md#", K.IGNORED),
    ("content/reports/.#alpha.md", K.IGNORED),
    ("content/reports/alpha.md.tmp", K.IGNORED),
    ("content/reports/alpha.md___jb_tmp___", K.IGNORED),
    ("content/reports/alpha.md___jb_old___", K.IGNORED),
    ("content/reports/.goutputstream-XY12", K.IGNORED),
    ("templates/brief.html.kate-swp", K.IGNORED),
    ("content/briefs/sedAb3xZ9", K.IGNORED),  # sed -i
    ("content/briefs/sediment.yaml", K.CONTENT),
    ("content/media/sediments/core.png", K.CONTENT),  # a folder of that name is no scratch
    # hidden files and folders, the output, and anything else in the root
    ("content/.DS_Store", K.IGNORED),
    ("content/.git/objects/ab", K.IGNORED),
    ("content/reports/.hidden/alpha.md", K.IGNORED),
    ("site/index.html", K.IGNORED),
    ("site", K.IGNORED),
    ("site.yaml", K.IGNORED),
    ("README.md", K.IGNORED),
    (".git/index", K.IGNORED),
])
def test_classify_sorts_paths_in_the_site(rel, kind):
    assert classify(ROOT / rel, SITE) is kind


def test_classify_the_built_in_theme_only_when_it_is_watched():
    assert classify(THEME / "base.html", SITE) is K.TEMPLATE
    assert classify(THEME / "assets/briefing.css", SITE) is K.ASSET
    installed = WatchedSite(ROOT, ROOT / "content", ROOT / "templates", ROOT / "site", None)
    assert classify(THEME / "base.html", installed) is K.IGNORED


def test_classify_ignores_an_output_folder_inside_content():
    site = WatchedSite(ROOT, ROOT / "content", ROOT / "templates", ROOT / "content/out", None)
    assert classify(ROOT / "content/out/index.html", site) is K.IGNORED
    assert classify(ROOT / "content/outline.md", site) is K.CONTENT


def test_classify_touches_no_file_system():
    # Pure: paths that exist nowhere classify the same way.
    assert classify("/nowhere/content/reports/x.md", WatchedSite(
        PurePosixPath("/nowhere"), PurePosixPath("/nowhere/content"), PurePosixPath("/nowhere/templates"),
        PurePosixPath("/nowhere/site"), None)) is K.CONTENT


def test_watched_site_watches_a_checkout_theme_once(tmp_path):
    site = watched_site(tmp_path)
    assert site.content == tmp_path.resolve() / "content" and site.output == tmp_path.resolve() / "site"
    # The tests run from a checkout, so the built-in theme is editable and watched.
    assert site.theme is not None and site.theme.name == "templates"
    repo = watched_site(Path(__file__).resolve().parent.parent)
    assert repo.folders().count(repo.templates) == 1  # the repository's templates/ is the theme


def _collect(batcher: ChangeBatcher) -> tuple[list[tuple[Change, ...]], threading.Thread]:
    batches: list[tuple[Change, ...]] = []

    def run() -> None:
        while batch := batcher.next_batch():
            batches.append(batch)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return batches, thread


def test_a_burst_of_changes_makes_one_batch_without_repeats():
    batcher = ChangeBatcher(quiet=0.1, longest=2.0)
    batches, thread = _collect(batcher)
    for path in ["content/a.md", "content/b.md", "content/a.md", "content/a.md"]:
        batcher.add(Change(path, K.CONTENT))
        time.sleep(0.02)
    batcher.add(Change("content/.a.md.swp", K.IGNORED))
    time.sleep(0.4)
    batcher.add(Change("content/c.md", K.CONTENT))
    time.sleep(0.4)
    batcher.close()
    thread.join(1)
    assert not thread.is_alive()
    assert [[c.path for c in b] for b in batches] == [["content/a.md", "content/b.md"], ["content/c.md"]]


def test_endless_changes_still_rebuild_after_the_longest_wait():
    batcher = ChangeBatcher(quiet=0.1, longest=0.3)
    batches, thread = _collect(batcher)
    started = time.monotonic()
    while time.monotonic() - started < 0.8:
        batcher.add(Change(f"content/{time.monotonic()}.md", K.CONTENT))
        time.sleep(0.03)
    time.sleep(0.3)
    batcher.close()
    thread.join(1)
    assert 2 <= len(batches) <= 4


def test_closing_wakes_a_waiting_batcher():
    batcher = ChangeBatcher()
    batches, thread = _collect(batcher)
    time.sleep(0.05)
    batcher.close()
    thread.join(1)
    assert not thread.is_alive() and batches == []


def test_a_change_after_a_batch_is_pending_until_the_next():
    batcher = ChangeBatcher(quiet=0.01)
    assert not batcher.has_pending()
    batcher.add(Change("content/briefs/a.yaml", ChangeKind.CONTENT))
    assert batcher.has_pending()
    assert [c.path for c in batcher.next_batch()] == ["content/briefs/a.yaml"]
    assert not batcher.has_pending()
    batcher.add(Change("content/briefs/a.yaml~", ChangeKind.IGNORED))  # an editor's backup: nothing
    assert not batcher.has_pending()


# ---------------------------------------------------------------- real file events


@pytest.fixture
def watching(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    batcher = ChangeBatcher(quiet=0.15, longest=2.0)
    observer = start_observer(watched_site(root), batcher)
    batches, thread = _collect(batcher)
    time.sleep(0.2)  # let inotify set up
    yield root, batches
    observer.stop()
    batcher.close()
    thread.join(1)
    observer.join(2)


def _settle(batches: list, wait: float = 0.8) -> list[list[str]]:
    time.sleep(wait)
    return [sorted(c.path for c in batch) for batch in batches]


def _vim_save(path: Path, text: str) -> None:
    folder = path.parent
    (folder / f".{path.name}.swp").write_bytes(b"swap")
    (folder / "4913").write_text("")           # vim checks it may create files here
    (folder / "4913").unlink()
    os.rename(path, folder / f"{path.name}~")  # backup, then a fresh file
    path.write_text(text, encoding="utf-8")
    (folder / f"{path.name}~").unlink()
    (folder / f".{path.name}.swp").write_bytes(b"swap again")


def _rename_save(path: Path, text: str, temp_name: str) -> None:
    temp = path.parent / temp_name
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


@pytest.mark.parametrize("editor", ["vim", "gedit", "jetbrains", "emacs", "plain"])
def test_an_editor_save_makes_exactly_one_rebuild(watching, editor):
    root, batches = watching
    report = root / "content/reports/alpha.md"
    text = report.read_text(encoding="utf-8").replace("a resident said", "a resident told us")
    if editor == "vim":
        _vim_save(report, text)
    elif editor == "gedit":
        _rename_save(report, text, ".goutputstream-ABC123")
    elif editor == "jetbrains":
        _rename_save(report, text, "alpha.md___jb_tmp___")
    elif editor == "emacs":
        (report.parent / "#alpha.md#").write_text("autosave")
        report.write_text(text, encoding="utf-8")
        (report.parent / "#alpha.md#").unlink()
    else:
        with report.open("w", encoding="utf-8") as f:
            f.write(text[:10])
            f.flush()
            f.write(text[10:])
    assert _settle(batches) == [["content/reports/alpha.md"]]


def test_reading_files_and_scratch_files_rebuild_nothing(watching):
    root, batches = watching
    for path in sorted((root / "content").rglob("*")):
        if path.is_file():
            path.read_bytes()  # what a build does: must not look like a change
    (root / "content/reports/.notes.swp").write_text("x")
    (root / "content/reports/draft.md~").write_text("x")
    (root / "content/.cache").mkdir()
    (root / "content/.cache/x").write_text("x")
    (root / "site").mkdir()
    (root / "site/index.html").write_text("output")
    (root / "notes.txt").write_text("not an input")
    assert _settle(batches) == []


def test_templates_made_while_watching_are_watched(watching):
    root, batches = watching
    (root / "templates").mkdir()
    assert _settle(batches, 0.5) == [["templates"]]
    (root / "templates/base.html").write_text("{% block content %}{% endblock %}")
    assert _settle(batches, 0.5)[1:] == [["templates/base.html"]]


def test_a_file_named_templates_removed_or_renamed_is_a_change(watching):
    # The build refuses a file where templates/ belongs; the preview must rebuild once it is gone.
    root, batches = watching
    (root / "templates").write_text("not a folder")
    assert _settle(batches, 0.5) == [["templates"]]
    (root / "templates").unlink()
    assert _settle(batches, 0.5)[1:] == [["templates"]]
    (root / "templates").write_text("not a folder")
    (root / "templates").rename(root / "templates.txt")
    assert _settle(batches, 0.5)[2:] == [["templates"]]  # made, then renamed away: one burst


def test_a_new_report_and_a_deleted_one_are_one_batch(watching):
    root, batches = watching
    (root / "content/reports/delta.md").write_text("---\ntitle: D\n---\nText.\n")
    (root / "content/reports/gamma.md").unlink()
    assert _settle(batches) == [["content/reports/delta.md", "content/reports/gamma.md"]]


def test_a_file_a_build_read_from_elsewhere_is_watched_once_named(tmp_path):
    # map.boundaries may name a file anywhere in the site folder (data/admin1.geojson): the
    # preview learns of it from the build, and its edits rebuild like content's.
    root = copy_fixture("basic", tmp_path / "site-root")
    (root / "data").mkdir()
    geo = root / "data/admin1.geojson"
    geo.write_text("{}")
    batcher = ChangeBatcher(quiet=0.15, longest=2.0)
    observer = start_observer(watched_site(root), batcher)
    batches, thread = _collect(batcher)
    try:
        emitters = len(observer._observer.emitters)
        observer.watch_files(frozenset({PurePath(geo.resolve())}))
        time.sleep(0.2)
        geo.write_text('{"type": "FeatureCollection", "features": []}')
        (root / "data/notes.txt").write_text("not read by any build")
        assert _settle(batches) == [["data/admin1.geojson"]]
        assert batches[0][0].kind is ChangeKind.CONTENT
        observer.watch_files(frozenset())  # the next build reads it no more: nor is it watched
        assert len(observer._observer.emitters) == emitters
        geo.write_text("{}")
        assert _settle(batches) == [["data/admin1.geojson"]]  # no new batch
    finally:
        observer.stop()
        batcher.close()
        thread.join(1)
        observer.join(2)


def test_a_folder_of_a_file_read_from_elsewhere_made_again_or_swapped_in_is_watched_again(tmp_path):
    # rm -rf data/geo && mkdir data/geo gets the same inode number on ext4; a folder renamed
    # into place is no event of the old folder's watch: the parent's events tell of both.
    import shutil
    root = copy_fixture("basic", tmp_path / "site-root")
    (root / "data/geo").mkdir(parents=True)
    geo = root / "data/geo/admin1.geojson"
    geo.write_text("{}")
    batcher = ChangeBatcher(quiet=0.15, longest=2.0)
    observer = start_observer(watched_site(root), batcher)
    batches, thread = _collect(batcher)
    watched = frozenset({PurePath(geo.resolve())})
    try:
        observer.watch_files(watched)
        shutil.rmtree(root / "data/geo")
        (root / "data/geo").mkdir()
        _settle(batches)
        observer.watch_files(watched)  # as after the rebuild those events set off
        batches.clear()
        geo.write_text("[]")
        assert _settle(batches) == [["data/geo/admin1.geojson"]]
        batches.clear()
        (root / "data/new").mkdir()
        (root / "data/new/admin1.geojson").write_text("{}")
        (root / "data/geo").rename(root / "data/old")
        (root / "data/new").rename(root / "data/geo")
        assert any("data/geo" in batch for batch in _settle(batches))
    finally:
        observer.stop()
        batcher.close()
        thread.join(1)
        observer.join(2)


def test_content_made_a_link_to_another_folder_is_watched_there(watching, tmp_path):
    root, batches = watching
    elsewhere = tmp_path / "elsewhere"
    import shutil

    shutil.copytree(root / "content", elsewhere)
    (root / "content").rename(root / "content.old")
    (root / "content").symlink_to(elsewhere)  # as the README allows: content/ kept elsewhere
    assert "content" in {path for batch in _settle(batches) for path in batch}
    (elsewhere / "reports/alpha.md").write_text("---\ntitle: A\n---\nNew.\n", encoding="utf-8")
    assert _settle(batches)[-1] == ["content/reports/alpha.md"]


def test_a_folder_of_content_swapped_for_another_makes_the_build_look_at_everything(tmp_path):
    from generator.cache import BuildCache
    from generator.load import usable_hint

    cache = BuildCache()
    cache.listing = {"reports": (["content/reports/a.md"], []), "briefs": ([], [])}
    cache.files["content/reports/a.md"] = ("x",)
    for folder in ("content", "content/reports", "content/briefs", "content/media"):
        assert usable_hint(tmp_path, cache, frozenset({folder})) is None
