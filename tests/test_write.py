"""Writing the output: atomic swap, unchanged files kept, hidden files carried, refusals."""

from __future__ import annotations

import errno
import os
import signal
from pathlib import Path

import pytest
from conftest import make_site

from generator import write
from generator.build import build_site
from generator.persist import build_persistent
from generator.write import MARKER, UnsafeOutput, check_output, write_site


def test_write_swaps_in_a_complete_folder_and_reports_changes(tmp_path):
    out = tmp_path / "site"
    first = write_site({"a.html": b"A", "d/b.html": b"B"}, out)
    assert sorted(first.written) == ["a.html", "d/b.html"] and (out / MARKER).exists()
    inode = (out / "a.html").stat().st_ino
    second = write_site({"a.html": b"A", "d/c.html": b"C"}, out)
    assert second.unchanged == ("a.html",) and second.written == ("d/c.html",) and second.removed == ("d/b.html",)
    assert (out / "a.html").stat().st_ino == inode
    assert not (out / "d" / "b.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no staging or trash left behind


def test_hidden_top_level_entries_survive(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / ".gitkeep").write_text("")
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref")
    write_site({"index.html": b"x"}, out)
    write_site({"index.html": b"y"}, out)
    assert (out / ".gitkeep").exists() and (out / ".git" / "HEAD").read_text() == "ref"


def _site_with_git(out):
    write_site({"index.html": b"old", "a.html": b"A"}, out)
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref")


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_swap_that_fails_leaves_the_old_site_with_its_hidden_entries(tmp_path, monkeypatch, failure):
    out = tmp_path / "site"
    _site_with_git(out)
    real, failed = write.os.rename, []

    def rename(source, target):
        if Path(target) == out and not failed:  # the new site moving in: Ctrl-C or an error right there
            failed.append(source)
            raise failure
        return real(source, target)
    monkeypatch.setattr(write.os, "rename", rename)
    with pytest.raises(type(failure)):
        write_site({"index.html": b"new", "b.html": b"B"}, out)
    assert (out / "index.html").read_bytes() == b"old" and (out / "a.html").exists() and not (out / "b.html").exists()
    assert (out / ".git" / "HEAD").read_text() == "ref"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging or trash left behind


def test_a_hidden_entry_that_cannot_be_moved_leaves_every_hidden_entry_in_the_output(tmp_path, monkeypatch):
    # A bind-mounted .htpasswd (EBUSY) or an immutable file, carried after .git and .htaccess:
    # the move stops there, and the entries moved so far go back before anything is removed.
    out = tmp_path / "site"
    _site_with_git(out)
    (out / ".htaccess").write_text("deny")
    (out / ".htpasswd").write_text("user:hash")
    real = write.os.rename

    def rename(source, target):
        if Path(source) == out / ".htpasswd":
            raise OSError(16, "Device or resource busy", str(source))
        return real(source, target)
    monkeypatch.setattr(write.os, "rename", rename)
    with pytest.raises(OSError):
        write_site({"index.html": b"new"}, out)
    assert (out / ".git" / "HEAD").read_text() == "ref" and (out / ".htaccess").read_text() == "deny"
    assert (out / "index.html").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_hidden_entry_that_cannot_go_back_is_kept_beside_the_output_and_returned_later(tmp_path, monkeypatch):
    out = tmp_path / "site"
    _site_with_git(out)
    real, failing = write.os.rename, [True]

    def rename(source, target):
        if Path(target) == out and ".briefing-new-" in str(source) and failing[0]:  # the new site moving in
            raise OSError(28, "No space left on device")
        if Path(target) == out / ".git" and failing[0]:  # and .git cannot go back either
            raise OSError(16, "Device or resource busy", str(source))
        return real(source, target)
    monkeypatch.setattr(write.os, "rename", rename)
    with pytest.raises(OSError):
        write_site({"index.html": b"new"}, out)
    kept = [p for p in tmp_path.iterdir() if p.name != "site"]
    assert len(kept) == 1 and (kept[0] / ".git" / "HEAD").read_text() == "ref"  # not deleted with the staging
    failing[0] = False
    write.recover(out)  # as the next build does first
    assert (out / ".git" / "HEAD").read_text() == "ref"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_previous_site_that_cannot_be_deleted_whole_is_warned_about_until_it_is_gone(tmp_path, monkeypatch):
    # (as a file of it made immutable with chattr +i: the build succeeded, and the old site's
    # files stayed in a hidden folder beside it, never mentioned)
    root = make_site(tmp_path, {})
    assert build_persistent(root).ok
    real, stuck = os.unlink, [True]

    def unlink(path, *, dir_fd=None):
        where = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), path) if dir_fd is not None else str(path)
        if ".site.briefing-old-" in where and where.endswith("/site/index.html") and stuck[0]:
            raise PermissionError(1, "Operation not permitted", where)
        return real(path, dir_fd=dir_fd)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(write.SiteWriter, "_in_place", lambda *_: False)  # the whole site swapped in, as past 50 files
    site_yaml = root / "content" / "site.yaml"
    site_yaml.write_text(site_yaml.read_text().replace("title: T", "title: Changed"))
    for _ in range(2):  # the build that left it, and a later one with nothing to do
        result = build_persistent(root)
        assert result.ok and (root / "site" / "index.html").read_bytes().count(b"Changed") >= 1
        [left] = [p.name for p in root.iterdir() if p.name.startswith(".site.briefing-old-")]
        [warned] = result.warnings
        assert warned.pos.path == left and "a previous site's files are left here" in warned.message
        assert warned.hint == f"delete the folder yourself (rm -r {left})"
    stuck[0] = False
    assert not build_persistent(root).warnings  # the next build deletes it, and says nothing
    assert not [p for p in root.iterdir() if p.name.startswith(".site.briefing-old-")]


def test_an_output_that_cannot_be_moved_aside_is_left_as_it_was_with_nothing_beside_it(tmp_path, monkeypatch):
    out = tmp_path / "site"
    write_site({"index.html": b"old"}, out)
    real = write.os.rename

    def rename(source, target):
        if Path(source) == out:  # a read-only output's parent, say
            raise PermissionError(13, "Permission denied", str(source), None, str(target))
        return real(source, target)
    monkeypatch.setattr(write.os, "rename", rename)
    with pytest.raises(PermissionError):
        write_site({"index.html": b"new"}, out)
    assert (out / "index.html").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no .site.briefing-old-… left


def test_a_content_folder_that_cannot_be_looked_into_is_no_traceback(tmp_path, monkeypatch):
    # content/ at chmod 000: its site.yaml's stat raises; the build reads the content without
    # a cache and reports each file it cannot read at its path (as the loader does)
    root = make_site(tmp_path / "s", {})
    real = Path.is_file

    def is_file(self):
        if self.name == "site.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "is_file", is_file)
    assert build_persistent(root).ok  # (the files themselves are readable here)
    assert not (root / ".briefing-cache").exists()


def test_a_build_that_cannot_write_says_why_in_words(tmp_path):
    (tmp_path / "afile").write_text("")
    result = build_site(make_site(tmp_path / "s", {}), out=tmp_path / "afile" / "sub")
    [problem] = result.errors
    assert problem.message == f"cannot write the site: {tmp_path / 'afile'} is a file, not a folder"


def test_ctrl_c_while_files_move_in_takes_effect_once_all_have(tmp_path, monkeypatch):
    out = tmp_path / "site"
    first = write_site({f"p{i}.html": b"old" for i in range(6)}, out)
    real, moved = write.os.replace, []

    def replace(source, target):
        moved.append(target)
        if len(moved) == 2:
            signal.raise_signal(signal.SIGINT)  # the reader presses Ctrl-C half way
        return real(source, target)
    monkeypatch.setattr(write.os, "replace", replace)
    # Ctrl-C as a terminal delivers it, even to a suite started in the background (`… &`),
    # where Python inherits SIGINT ignored
    ignored = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_site({f"p{i}.html": b"new" for i in range(6)}, out, first.manifest)
        assert len(moved) == 6 and {p.read_bytes() for p in out.glob("p*.html")} == {b"new"}
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, ignored)


def _killed_while_moving_in(out, first, pages, after):
    """Replace the site's pages in place (few changed) in a child process killed with SIGKILL
    at the `after`-th rename, as kill -9 or a power cut would stop a build."""
    pid = os.fork()
    if pid == 0:  # the build
        try:
            real, moved = write.os.replace, []

            def replace(source, target):
                moved.append(target)
                if len(moved) == after:
                    os.kill(os.getpid(), signal.SIGKILL)
                return real(source, target)
            write.os.replace = replace
            write_site(pages, out, first.manifest)
        finally:
            os._exit(0)  # (killed before this, where the test means it)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


@pytest.mark.parametrize("after", [1, 2, 4, 7])  # (the seventh drops the deleted page)
def test_a_build_killed_while_it_renames_pages_in_leaves_the_previous_site_to_the_next(tmp_path, after):
    # (from a hostile probe: the next build published the files kept aside, a deleted
    # report's page among them, as a hidden folder inside the site, build after build)
    out = tmp_path / "site"
    old = {f"p{i}.html": b"old %d" % i for i in range(60)} | {"secret.html": b"withdrawn report"}
    first = write_site(old, out)
    new = {f"p{i}.html": b"new %d" % i if i < 5 else b"old %d" % i for i in range(60)}  # 5 changed, 1 gone
    new["n/added.html"] = b"in a new folder"
    _killed_while_moving_in(out, first, new, after)
    assert (_pages(out) != old) == (after > 1)  # a site of old and new pages, until …
    assert write.recover(out) == []  # … the next build first puts the previous one back
    assert _pages(out) == old and [p.name for p in out.iterdir() if p.name.startswith(".")] == [MARKER]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_every_rename_is_written_down_on_disk_before_the_first_is_taken(tmp_path, monkeypatch):
    # A power cut may keep some renames and lose a journal only flushed to the kernel, or keep
    # a page's new name without its bytes: the journal and the new pages, with their names in
    # their folders, are synced to disk first; and the renames before the journal goes.
    out = tmp_path / "site"
    first = write_site({f"p{i}.html": b"old %d" % i for i in range(60)} | {"gone.html": b"g"}, out)
    events: list[tuple[str, str]] = []
    real_fsync, real_replace, real_unlink = write.os.fsync, write.os.replace, write.os.unlink
    monkeypatch.setattr(write.os, "fsync", lambda fd: events.append(("sync", os.readlink(f"/proc/self/fd/{fd}")))
                        or real_fsync(fd))
    monkeypatch.setattr(write.os, "replace", lambda a, b: events.append(("rename", str(b))) or real_replace(a, b))
    monkeypatch.setattr(write.os, "unlink", lambda a, **k: events.append(("unlink", str(a))) or real_unlink(a, **k))
    write_site({f"p{i}.html": b"new %d" % i if i < 3 else b"old %d" % i for i in range(60)}, out, first.manifest)
    renamed = [i for i, (kind, _) in enumerate(events) if kind == "rename"]
    assert len(renamed) == 4 and renamed == list(range(renamed[0], renamed[0] + 4))  # 3 pages in, 1 page out
    before = {Path(path) for kind, path in events[:renamed[0]] if kind == "sync"}
    [journal] = [path for path in before if path.name == write._JOURNAL]
    staging = journal.parent.parent
    assert {journal.parent, staging, staging.parent} | {staging / f"p{i}.html" for i in range(3)} <= before
    gone = events.index(("unlink", str(journal)))
    assert {out, journal.parent} <= {Path(path) for kind, path in events[renamed[-1]:gone] if kind == "sync"}


def test_a_disk_that_fails_to_sync_fails_the_build_before_any_rename(tmp_path, monkeypatch):
    out = tmp_path / "site"
    old = {f"p{i}.html": b"old %d" % i for i in range(60)}
    first = write_site(old, out)

    def failing(code):
        def fsync(fd):
            raise OSError(code, os.strerror(code))
        return fsync
    monkeypatch.setattr(write.os, "fsync", failing(errno.EIO))
    with pytest.raises(OSError):
        write_site({f"p{i}.html": b"new %d" % i if i < 3 else b"old %d" % i for i in range(60)}, out, first.manifest)
    monkeypatch.setattr(write.os, "fsync", failing(errno.EINVAL))
    assert _pages(out) == old  # … while one that cannot sync at all (EINVAL) builds as well as it can
    write_site({f"p{i}.html": b"new %d" % i if i < 3 else b"old %d" % i for i in range(60)}, out, first.manifest)
    assert _pages(out)["p0.html"] == b"new 0"


def test_a_build_that_fails_before_renaming_leaves_no_folder_it_made(tmp_path, monkeypatch):
    out = tmp_path / "site"
    old = {f"p{i}.html": b"old %d" % i for i in range(60)}
    first = write_site(old, out)
    real = write._kept_aside

    def kept_aside(target, keep):
        if target.name == "p5.html":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(target, keep)
    monkeypatch.setattr(write, "_kept_aside", kept_aside)
    new = {"n/deep/added.html": b"A"} | {f"p{i}.html": b"new %d" % i if i == 5 else b"old %d" % i for i in range(60)}
    with pytest.raises(OSError):
        write_site(new, out, first.manifest)
    assert _pages(out) == old and sorted(p.name for p in out.iterdir() if p.is_dir()) == []


def test_pages_replace_in_place_where_the_file_system_has_no_hard_links(tmp_path, monkeypatch):
    # vfat and exFAT (a USB stick) refuse link() with EPERM: the old files are copied aside
    out = tmp_path / "site"
    first = write_site({f"p{i}.html": b"old %d" % i for i in range(60)}, out)

    def link(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")
    monkeypatch.setattr(write.os, "link", link)
    result = write_site({f"p{i}.html": b"new %d" % i if i < 3 else b"old %d" % i for i in range(60)}, out,
                        first.manifest)
    assert sorted(result.written) == ["p0.html", "p1.html", "p2.html"] and _pages(out)["p2.html"] == b"new 2"


@pytest.mark.parametrize("in_place", [True, False])
def test_the_staging_folders_stamp_is_deleted_last(tmp_path, monkeypatch, in_place):
    # Killed part-way through deleting it, the folder keeps its stamp, by which the next
    # build's recover() finds it and deletes the rest: not files of the old site left
    # beside the output for good (the files kept aside among them).
    out = tmp_path / "site"
    first = write_site({f"p{i}.html": b"old %d" % i for i in range(120)} | {"gone.html": b"g"}, out)
    deleted: list[Path] = []

    def recorded(real):
        def delete(path, *args, dir_fd=None, **kwargs):
            folder = os.readlink(f"/proc/self/fd/{dir_fd}") if dir_fd is not None else ""
            deleted.append(Path(folder, os.fspath(path)))
            return real(path, *args, dir_fd=dir_fd, **kwargs)
        return delete
    monkeypatch.setattr(os, "unlink", recorded(os.unlink))
    monkeypatch.setattr(os, "rmdir", recorded(os.rmdir))
    changed = 3 if in_place else 100  # (many changed: a new site swapped in, and the old one deleted)
    write_site({f"p{i}.html": b"new %d" % i if i < changed else b"old %d" % i for i in range(120)}, out, first.manifest)
    monkeypatch.undo()
    made = {path.parent for path in deleted if path.name in (MARKER, write._TRASH) and ".briefing-" in path.parent.name}
    # the staging folder; swapped in (so not deleted), the folder the old site went to
    assert [folder.name.split("-")[1] for folder in made] == ["new" if in_place else "old"]
    for folder in made:
        inside = [path for path in deleted if path.is_relative_to(folder) and path != folder]
        assert inside[-1].name in (MARKER, write._TRASH) and len(inside) > 1, inside
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_journal_cut_short_is_undone_as_far_as_it_reads_and_once(tmp_path):
    out = tmp_path / "site"
    old = {f"p{i}.html": b"old %d" % i for i in range(60)}
    first = write_site(old, out)
    _killed_while_moving_in(out, first, {f"p{i}.html": b"new %d" % i if i < 5 else b"old %d" % i for i in range(60)},
                            4)
    [journal] = tmp_path.glob(".site.briefing-new-*/.replaced-*/.steps")
    with open(journal, "ab") as steps:
        steps.write(b"\x00\x00garbage\n7\t1")  # (a power cut's half-written end)
    assert write.recover(out) == []
    assert _pages(out) == old and sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_what_an_earlier_version_published_of_a_killed_build_is_deleted(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"x"}, out)
    (out / ".replaced-ab12cd34").mkdir()
    (out / ".replaced-ab12cd34" / "3").write_bytes(b"a withdrawn report's page")
    (out / ".replaced-notours").mkdir()  # (not named as a build names them: the user's)
    write.recover(out)
    assert sorted(p.name for p in out.iterdir()) == [MARKER, ".replaced-notours", "index.html"]


def _pages(out):
    return {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != MARKER}


def test_a_build_killed_after_it_renamed_every_page_in_keeps_the_new_site(tmp_path, monkeypatch):
    out = tmp_path / "site"
    old = {f"p{i}.html": b"old %d" % i for i in range(60)} | {"gone/secret.html": b"withdrawn report"}
    first = write_site(old, out)
    new = {f"p{i}.html": b"new %d" % i if i < 5 else b"old %d" % i for i in range(60)}
    pid = os.fork()
    if pid == 0:
        try:  # killed as it drops the folder the deleted page leaves empty
            monkeypatch.setattr(write, "_prune", lambda *a: os.kill(os.getpid(), signal.SIGKILL))
            write_site(new, out, first.manifest)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert write.recover(out) == []
    assert _pages(out) == new
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [MARKER]  # nothing kept aside published


def test_output_is_world_readable_like_any_build(tmp_path):
    out = tmp_path / "site"
    write_site({"index.html": b"x"}, out)
    assert out.stat().st_mode & 0o005 == 0o005


@pytest.mark.parametrize("target", ["root", "content", "content/reports"])
def test_refuses_to_replace_the_site_itself(tmp_path, target):
    root = make_site(tmp_path / "s", {})
    out = root if target == "root" else root / target
    with pytest.raises(UnsafeOutput):
        check_output(out, root)


def test_refuses_a_folder_it_did_not_make_and_leaves_it_alone(tmp_path):
    root = make_site(tmp_path / "s", {})
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    result = build_site(root, precious)
    assert not result.ok and "not built by briefing" in result.errors[0].message
    assert [p.name for p in precious.iterdir()] == ["thesis.txt"]


def test_refuses_a_folder_of_only_hidden_entries_that_are_someones_files(tmp_path):
    # A home folder with nothing but dotfiles: a mistyped --out would make it the output, and
    # the next build would delete whatever the user put there.
    root = make_site(tmp_path / "s", {})
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text("secret")
    (home / ".bashrc").write_text("alias ll='ls -l'")
    home.chmod(0o700)
    result = build_site(root, home)
    assert not result.ok and "holds .bashrc, .ssh" in result.errors[0].message
    assert sorted(p.name for p in home.iterdir()) == [".bashrc", ".ssh"] and home.stat().st_mode & 0o777 == 0o700


def test_a_rebuild_keeps_the_outputs_mode_and_group(tmp_path):
    root = make_site(tmp_path / "s", {})
    assert build_site(root).ok
    (root / "site").chmod(0o750)
    (root / "content" / "reports" / "r1.md").write_text(
        (root / "content" / "reports" / "r1.md").read_text() + "\nMore.\n")
    assert build_site(root).ok  # a cold build: the swap
    assert (root / "site").stat().st_mode & 0o777 == 0o750


def test_an_empty_or_placeholder_folder_is_fine(tmp_path):
    root = make_site(tmp_path / "s", {})
    (root / "site").mkdir()
    (root / "site" / ".gitkeep").write_text("")
    assert build_site(root).ok
    assert (root / "site" / ".gitkeep").exists() and (root / "site" / "index.html").exists()


@pytest.mark.parametrize("target", ["templates", "templates/site", "content/site"])
def test_refuses_output_inside_content_or_templates(tmp_path, target):
    # Output inside templates/ would be read back as templates on the next build.
    root = make_site(tmp_path / "s", {})
    with pytest.raises(UnsafeOutput):
        check_output(root / target, root)


@pytest.mark.parametrize("inside", ["briefs/new", "new"])
def test_refuses_output_inside_a_site_briefing_built(tmp_path, inside):
    # the next build of site/ would remove site/briefs/new as a page it no longer has
    root = make_site(tmp_path / "s", {})
    assert build_site(root).ok
    before = sorted(p.relative_to(root) for p in (root / "site").rglob("*"))
    with pytest.raises(UnsafeOutput, match="inside a site briefing built"):
        check_output(root / "site" / inside, root)
    result = build_site(root, out=root / "site" / inside)
    assert not result.ok and sorted(p.relative_to(root) for p in (root / "site").rglob("*")) == before
    assert build_site(root, out=root / "site").ok  # the site itself, built again, is fine


@pytest.mark.parametrize("own, inside", [("templates", ""), ("templates", "site"), ("content", "media")])
def test_refuses_output_where_a_linked_content_or_templates_folder_leads(tmp_path, own, inside):
    # templates/ as a link (which a refusal's hint suggests) must not let --out name its target
    root = make_site(tmp_path / "s", {})
    real = tmp_path / f"real-{own}"
    if own == "content":
        (root / own).rename(real)
    else:
        real.mkdir()
    (root / own).symlink_to(real)
    with pytest.raises(UnsafeOutput, match=f"inside the site's {own}/ folder"):
        check_output(real / inside if inside else real, root)


def test_refuses_an_output_folder_that_is_a_link(tmp_path):
    # A site/ link committed to a repository must not send the build somewhere else.
    root = make_site(tmp_path / "root", {})
    elsewhere = tmp_path / "elsewhere"
    (root / "site").symlink_to(elsewhere, target_is_directory=True)
    for build in (lambda: build_site(root), lambda: build_persistent(root)):
        result = build()
        assert not result.ok and "symbolic link" in result.errors[0].message
        assert not elsewhere.exists()


def test_the_output_walked_in_a_child_process_is_the_output_walked_here(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from generator.write import output_files

    out = tmp_path / "site"
    for rel in ("index.html", "a/b/index.html", "assets/x.css", ".git/HEAD"):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(rel)
    (out / "link.html").symlink_to(out / "index.html")
    expected = output_files(out)
    assert set(expected) == {"index.html", "a/b/index.html", "assets/x.css", "link.html"}
    assert expected["link.html"] is None  # not a regular file
    many = out / "reports"  # more than a pipe holds unread (64 KiB): closing must not wait on the child
    many.mkdir()
    for i in range(1500):
        (many / f"a-report-with-a-long-descriptive-name-{i:04d}.html").write_bytes(b"x")
    # In a process of its own: this one may run other threads (the browser tests'), and
    # then the walk is done in-process instead, which the last lines check.
    script = """if True:
        import sys, threading
        from pathlib import Path
        from generator.write import OutputScan, output_files
        out = Path(sys.argv[1])
        forked = OutputScan(out)
        assert forked._child is not None and forked.result() == output_files(out)
        OutputScan(out).close()  # not needed after all: the child is ended and reaped
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        here = OutputScan(out)  # another thread runs: no fork
        assert here._child is None and here.result() == output_files(out)
        stop.set()
        print("ok")
    """
    done = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


def test_a_walk_of_the_output_is_made_again_once_a_writer_has_changed_it(tmp_path):
    # A build hands its writer the walk made to compare with the last build; once a writer
    # has moved files in, that walk no longer describes the output.
    from generator.write import OutputScan, SiteWriter, output_files

    out = tmp_path / "site"
    first = write_site({"a.html": b"A"}, out)
    scan = OutputScan(out, start=False)
    assert set(scan.result()) == {"a.html"}
    writer = SiteWriter(out, first.manifest, scan)
    writer.put("b.html", b"B")
    assert writer.keep("a.html")
    writer.commit()
    assert set(scan.result()) == {"a.html", "b.html"} and scan.result() == output_files(out)


@pytest.mark.parametrize("plant", ["folder where a page goes", "file where a folder goes"])
def test_an_output_path_held_by_something_else_is_rebuilt_whole_never_half(tmp_path, plant):
    # A rename onto a folder (or into a "folder" that is a file) failed half-way through the
    # in-place update: some pages had the new title, and the message said nothing changed.
    root = make_site(tmp_path, {})
    assert build_persistent(root).ok
    site = root / "site"
    if plant.startswith("folder"):
        (site / "topics" / "steel" / "index.html").unlink()
        (site / "topics" / "steel" / "index.html" / "x").mkdir(parents=True)
    else:
        topics = root / "content" / "topics.yaml"
        topics.write_text(topics.read_text(encoding="utf-8") + "- id: zz\n  title: Zz\n", encoding="utf-8")
        brief = root / "content" / "briefs" / "b1.yaml"
        brief.write_text(brief.read_text(encoding="utf-8").replace("topics: [steel]", "topics: [steel, zz]"),
                         encoding="utf-8")
        (site / "topics" / "zz").write_text("junk", encoding="utf-8")
    config = root / "content" / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("title: T\n", "title: Renamed\n"), encoding="utf-8")
    result = build_persistent(root)
    assert result.ok, [d.message for d in result.diagnostics]
    pages = sorted(site.rglob("index.html"))
    assert (site / "topics" / "steel" / "index.html").is_file() and len(pages) > 5
    assert all("Renamed" in p.read_text(encoding="utf-8") for p in pages)


def test_a_warning_about_a_future_date_is_not_replayed_on_a_later_day(tmp_path, monkeypatch):
    import datetime as dt

    from generator import build as building, persist

    class Day(dt.date):
        today_is = dt.date(2030, 1, 1)

        @classmethod
        def today(cls):
            return cls.today_is
    fake = type("dt", (), {"date": Day, "timedelta": dt.timedelta, "datetime": dt.datetime})
    monkeypatch.setattr(building, "dt", fake)
    monkeypatch.setattr(persist, "dt", fake)
    root = make_site(tmp_path, {})
    path = root / "content" / "briefs" / "b1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("date: 2024-01-02", "date: 2030-01-05"), encoding="utf-8")
    first = build_persistent(root)
    assert [w.message for w in first.warnings] == ['"date" 2030-01-05 is in the future']
    Day.today_is = dt.date(2030, 1, 3)  # the same build record, the same day's answer: still the future
    assert [w.message for w in build_persistent(root).warnings] == ['"date" 2030-01-05 is in the future']
    Day.today_is = dt.date(2030, 1, 10)  # nothing changed, but the date is past now
    assert build_persistent(root).warnings == []


@pytest.mark.parametrize("fail_at", [1, 3, 5])
def test_files_moving_in_that_fail_half_way_leave_the_previous_site_as_it_was(tmp_path, monkeypatch, fail_at):
    out = tmp_path / "site"
    old = {f"p{i}.html": b"old" for i in range(6)} | {"gone.html": b"G", "d/gone.html": b"DG"}
    first = write_site(old, out)
    before = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    real, calls = write.os.replace, []

    def replace(source, target):
        calls.append(target)
        if len(calls) == fail_at:  # a file made immutable, a disk error: the rename fails
            raise OSError(1, "Operation not permitted")
        return real(source, target)
    monkeypatch.setattr(write.os, "replace", replace)
    new = {f"p{i}.html": b"new" for i in range(5)} | {"p5.html": b"old", "n/added.html": b"A"}
    with pytest.raises(OSError):
        write_site(new, out, first.manifest)
    monkeypatch.undo()
    assert {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not (out / "n").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["site"]
