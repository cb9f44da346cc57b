"""Stage 6: {output path: bytes} → the output folder, all at once or not at all.

The new site is assembled in a sibling folder — unchanged files are hard links to the old
ones, so their inode and mtime survive for rsync-style deploys — and swapped in with two
renames at the end. Pages of deleted content are simply not in the new folder. Hidden
entries at the top of the output (.git, .gitkeep, .nojekyll) are carried over untouched.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from generator.filestate import current_umask
from generator.forked import Forked, can_fork

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

MARKER = ".briefing-build"
_ASIDE = ".replaced-"  # a folder in the staging folder holding the output's files a build replaced (_move_in)
_JOURNAL = ".steps"  # … and, while it renames, the steps it takes
_PUBLISHED_ASIDE = re.compile(re.escape(_ASIDE) + r"[a-z0-9_]{8}")  # (as tempfile.mkdtemp names them)
_MARKED = b"built by briefing; safe to delete with the folder\n"
_TRASH = ".briefing-trash"  # in a folder holding a site moved aside (_swap)


class UnsafeOutput(Exception):
    """The output folder is one we must not replace (user data, the content itself)."""


# What the manifest remembers of each file a build wrote: (size, mtime_ns, inode, digest).
# A file whose stat still matches is known to hold those bytes without reading it.
Manifest = dict[str, tuple[int, int, int, str]]
FileStat = tuple[int, int, int] | None  # (size, mtime_ns, inode) of a regular file, else None


@dataclass(frozen=True, slots=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    manifest: Manifest = field(default_factory=dict)


def check_output(out: Path, root: Path) -> None:
    """Refuse to replace a folder that briefing did not make, or one holding the content."""
    if out.is_symlink():
        # A link (say, site/ committed to a repository) would send the build anywhere.
        raise UnsafeOutput(f"the output folder {out} is a symbolic link; pass --out with a real folder")
    target, root = out.resolve(), root.resolve()
    if root.is_relative_to(target):
        raise UnsafeOutput(f"the output folder {out} would replace the site's own files")
    for own in ("content", "templates"):
        # Output inside templates/ would be read back as templates: content run as code.
        # Either may be a link to a folder elsewhere: where it leads counts too.
        if target.is_relative_to(root / own) or target.is_relative_to((root / own).resolve()):
            raise UnsafeOutput(f"the output folder {out} is inside the site's {own}/ folder")
    if built := next((parent for parent in target.parents if (parent / MARKER).is_file()), None):
        # (site/briefs/new: the next build of that site would remove it as a page it no longer has)
        raise UnsafeOutput(f"the output folder {out} is inside a site briefing built ({built}); "
                           "its next build would remove it")
    if target.is_dir() and not (target / MARKER).exists():
        if any(not entry.name.startswith(".") for entry in target.iterdir()):
            raise UnsafeOutput(f"{out} exists and was not built by briefing; it is left alone")
        # Hidden entries a site is published with (a gh-pages checkout's .git) may be there;
        # others say it is someone's folder ($HOME's .ssh and .bashrc), which a build would own.
        if foreign := sorted(entry.name for entry in target.iterdir() if entry.name not in PUBLISHING_ENTRIES):
            shown = ", ".join(foreign[:3]) + (" …" if len(foreign) > 3 else "")
            raise UnsafeOutput(f"{out} exists, was not built by briefing and holds {shown}; it is left alone")
    elif target.exists() and not target.is_dir():
        raise UnsafeOutput(f"{out} exists and is not a folder")


# The hidden entries a folder may hold before briefing first builds into it: a repository's, a
# host's (.nojekyll for GitHub Pages, .well-known, .htaccess) and a desktop's
PUBLISHING_ENTRIES = frozenset(".git .gitignore .gitattributes .gitkeep .keep .github .gitlab-ci.yml .circleci "
                               ".travis.yml .nojekyll .well-known .htaccess .htpasswd .domains .vercel .netlify "
                               ".firebaserc .editorconfig .DS_Store".split())


def file_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class SiteWriter:
    """Receives the site file by file as it is rendered, so no build holds every page in memory.

    New and changed files go to a staging folder beside the output. `commit` then either
    moves them into place one by one (when few files changed and the old output is known
    file by file from the last build's manifest) or links the unchanged ones into the
    staging folder and swaps the two folders. Either way the output ends up holding exactly
    the files put or kept, and nothing touches it before `commit`."""

    def __init__(self, out: Path, previous: Manifest | None = None, scan: OutputScan | None = None):
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        # Walked first: an output that cannot be walked (a folder at chmod 000) fails here,
        # before there is a staging folder to leave behind.
        self.old = scan.result() if scan is not None else output_files(self.out)
        self.scan = scan
        # held while this build has it: no other build's recover() takes it
        self.staging, self._hold = _made_folder(self.out, "new", MARKER)
        # mkdtemp's 0700 would hide the site from a web server; an output there keeps its mode and group
        self.staging.chmod(0o777 & ~current_umask())
        _keep_mode(self.out, self.staging)
        self.trusted = _verified(self.old, previous or {})
        self.manifest: Manifest = {}
        self.fresh: list[str] = []
        self.unchanged: list[str] = []
        self.dirs: set[Path] = set()

    keeps_bytes = False  # the renderer need not keep pages: kept files are reused from disk

    def keep(self, rel: str, digest: str | None = None) -> bool:
        """Keep the last build's file unread, if it is still exactly what that build wrote
        (and holds `digest`, when given)."""
        entry = self.trusted.get(rel)
        if entry is None and digest is not None:
            entry = self._vouched(rel, digest)
        if entry is None or (digest is not None and entry[3] != digest):
            return False
        self.manifest[rel] = entry
        self.unchanged.append(rel)
        return True

    def _vouched(self, rel: str, digest: str) -> tuple[int, int, int, str] | None:
        """The manifest entry of the output's file `rel`, if it holds the bytes `digest` names.
        An output copied, moved with its site, restored or checked out again has new inodes
        and times, which no manifest vouches for: each of its files is read once, instead of
        every page being rendered again to find it unchanged (a build in a copy of a site of
        10,000 reports: 6.4 s against 28.9 s), and trusted from then on as if this build had
        written it."""
        seen = self.old.get(rel)
        if seen is None:  # not there, or not a regular file
            return None
        try:
            fd = os.open(self.out / rel, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            return None
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(fd)
            if (st.st_size, st.st_mtime_ns, st.st_ino) != seen:  # changed since the output was walked
                return None
            data = handle.read(st.st_size + 1)
        if len(data) != st.st_size or file_digest(data) != digest:
            return None
        entry = (*seen, digest)
        self.trusted[rel] = entry
        return entry

    def put(self, rel: str, data: bytes) -> None:
        self.record(rel, self.stage(rel, data, file_digest(data)))

    def stage(self, rel: str, data: bytes, digest: str) -> tuple[bool, tuple[int, int, int, str]]:
        """Write the file to the staging folder unless the output already holds these bytes
        (`digest` is their file_digest): (written?, its manifest entry). Safe to call from
        several processes at once."""
        entry = self.trusted.get(rel)
        if entry is not None and entry[0] == len(data) and entry[3] == digest:
            return False, entry
        if entry is None and rel in self.old and _same_file(self.out / rel, data):
            st = (self.out / rel).stat()
            return False, (st.st_size, st.st_mtime_ns, st.st_ino, digest)
        target = self.staging / rel
        if target.parent not in self.dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.dirs.add(target.parent)
        target.write_bytes(data)
        st = target.stat()  # a rename keeps size, mtime and inode
        return True, (st.st_size, st.st_mtime_ns, st.st_ino, digest)

    def record(self, rel: str, staged: tuple[bool, tuple[int, int, int, str]]) -> None:
        written, entry = staged
        self.manifest[rel] = entry
        (self.fresh if written else self.unchanged).append(rel)

    def commit(self) -> WriteResult:
        if self.scan is not None:
            self.scan.forget()
        carried: list[str] = []  # the output's hidden entries in the staging folder
        try:
            removed = _removed(self.old, self.manifest)
            if self._in_place(removed):
                with _uninterrupted():  # a few hundred renames at most: never half of them
                    self._move_in(removed)
            else:
                self._link_unchanged()
                with _uninterrupted():
                    try:
                        _carry_hidden(self.out, self.staging, carried)
                        _swap(self.staging, self.out)
                        carried.clear()  # in the output, with the new site
                    except BaseException:  # the old site is back: so are its .git and the like
                        carried[:] = _carry_back(carried, self.staging, self.out)
                        raise
        finally:
            # A hidden entry that could not go back stays in the staging folder, which recover()
            # returns to the output: never deleted with it
            if not carried:
                _remove_made(self.staging, MARKER)
            _release(self._hold)
        return WriteResult(tuple(sorted(self.fresh)), tuple(sorted(self.unchanged)), tuple(removed),
                           dict(sorted(self.manifest.items())))

    def discard(self) -> None:
        _remove_made(self.staging, MARKER)
        _release(self._hold)

    def _in_place(self, removed: list[str]) -> bool:
        """Whether to rename the changed files into the output one by one: when few changed,
        and every folder they go to is a real folder inside it. A link in the output (an
        entry output_files could not take as a file) would take a page somewhere else and
        lose it from the site; the site is then built anew and swapped in, link and all."""
        if not self.trusted or len(self.fresh) + len(removed) > max(50, len(self.manifest) // 10):
            return False
        if any(entry is None for entry in self.old.values()):
            return False
        # A rename onto a path the output holds as something else (a folder where a page
        # goes, a file where its folder goes) fails half-way through, with some pages
        # already replaced: the swap replaces the whole folder instead.
        for rel in self.fresh:
            parts = rel.split("/")
            if any("/".join(parts[:i]) in self.old for i in range(1, len(parts))):
                return False
            if rel not in self.old and os.path.lexists(self.out / rel):
                return False
        folders = {os.path.join(self.out, os.path.dirname(rel)) for rel in (*self.fresh, *removed)}
        # A folder a rename cannot write into (chmod 555) would fail half-way through, with
        # some pages already replaced: the swap replaces the folder instead.
        return all(os.path.realpath(folder) == os.path.normpath(folder) and _writable(folder) for folder in folders)

    def _move_in(self, removed: list[str]) -> None:
        """Few changes: replace those files in place (each rename is atomic) and drop the
        files of pages that no longer exist, with the folders they leave empty. All or
        nothing: each file replaced or dropped is kept aside first (a hard link, in the
        staging folder), and put back if a later rename fails (a file made immutable, a
        disk error), so that a failed build leaves the previous site as it was."""
        aside = Path(tempfile.mkdtemp(dir=self.staging, prefix=_ASIDE))
        renames: list[_Rename] = []
        made: list[Path] = []  # folders made in the output for new pages
        try:
            self._plan(removed, aside, renames, made)
            for step in renames:
                os.replace(step.source, step.target)
            # (the renames on disk before the journal that would undo them is gone)
            _durable_paths({aside, *(step.output.parent for step in renames)})
        except BaseException:  # each put back, as recover() would: a step not taken undoes nothing
            _put_back([(step.output, step.kept) for step in renames], self.out)
            for folder in reversed(made):
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        os.unlink(aside / _JOURNAL)  # every step taken: nothing for recover() to undo
        for rel in removed:
            _prune(self.out, (self.out / rel).parent)

    def _plan(self, removed: list[str], aside: Path, renames: list[_Rename], made: list[Path]) -> None:
        """Fill `renames` with _move_in's steps, keeping aside the output's files they replace,
        and `made` with the folders made for new pages; every step is written down, on disk
        with the new pages' bytes, before the first is taken: should the build be killed
        part-way (kill -9, a power cut), recover() undoes them all, whichever were taken. No
        site of old and new pages is left mixed, nor a page the disk never got."""
        with open(aside / _JOURNAL, "w", encoding="utf-8") as journal:
            for rel in self.fresh:
                target = self.out / rel
                made += _folders_made(target.parent)
                _durable_paths([self.staging / rel])
                kept = _kept_aside(target, aside / str(len(renames)))
                _note(journal, len(renames), kept is not None, rel)
                renames.append(_Rename(self.staging / rel, target, target, kept))
            for rel in removed:
                if os.path.lexists(target := self.out / rel):
                    keep = aside / str(len(renames))
                    _note(journal, len(renames), True, rel)
                    renames.append(_Rename(target, keep, target, keep))
            journal.flush()
            _durable(journal.fileno())
        # the journal's name in its folder, that folder's, and the staging folder's own (named
        # when the build began: recover() finds a journal by it)
        _durable_paths({aside, self.staging, self.staging.parent})

    def _link_unchanged(self) -> None:
        for rel in self.unchanged:
            target = self.staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.out / rel, target)
            except OSError:  # no hard links on this file system: copy
                shutil.copy2(self.out / rel, target)


class _Rename(NamedTuple):
    """A step of _move_in: `source` renamed to `target`, undone by putting `kept` (the old
    content of the output's file `output`, kept aside; None: there was none) back there."""
    source: Path
    target: Path
    output: Path
    kept: Path | None


def _kept_aside(target: Path, keep: Path) -> Path | None:
    """A second name for the output's file at `target` (None when there is none yet), so that
    the file replacing it can be undone."""
    if not os.path.lexists(target):
        return None
    try:
        os.link(target, keep)
    except OSError:  # no hard links on this file system (vfat and exFAT refuse them with EPERM)
        shutil.copy2(target, keep, follow_symlinks=False)  # (an immutable file: its rename fails, and is put back)
    return keep


def _folders_made(folder: Path) -> list[Path]:
    """Make `folder` and the folders it is in, as `mkdir -p` does: those made, outermost first."""
    missing = []
    while not os.path.isdir(folder):  # (a file in the way: mkdir says so)
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        each.mkdir()
    return missing[::-1]


def _note(journal: TextIO, index: int, kept: bool, rel: str) -> None:
    """Write down, before it is taken, that the output's file `rel` is replaced or dropped, its
    old content kept aside as file `index` (`kept`) or none there before."""
    journal.write(f"{index}\t{int(kept)}\t{rel}\n")


def _durable(fd: int) -> None:
    """The file's bytes on disk; a disk's error is the build's (EIO: nothing renamed on it)."""
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _CANNOT_SYNC:
            raise


# What fsync says on a file system that cannot, or not for a folder (some network ones): as
# safe as it allows
_CANNOT_SYNC = (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF)


def _durable_paths(paths: Iterable[Path]) -> None:
    """Each file's bytes, and each folder's entries (the names just made or changed in it), on disk."""
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:  # (a folder that cannot be opened: Windows, one made unreadable)
            continue
        try:
            _durable(fd)
        finally:
            os.close(fd)


def _undo_journal(aside: Path, out: Path) -> None:
    """Undo the steps a killed build's _move_in wrote down in `aside`, the last first: each
    old file put back, each new one gone; then the journal, so that no later recover()
    undoes them again. Only paths inside `out` are touched; a line cut short (a power cut)
    is passed over."""
    inside = os.path.join(os.path.realpath(out), "")
    steps: list[tuple[Path, Path | None]] = []
    for line in (aside / _JOURNAL).read_text(encoding="utf-8", errors="replace").splitlines():
        index, kept, rel = (line.split("\t", 2) + ["", ""])[:3]
        target = out / rel
        if not index.isdigit() or kept not in ("0", "1") or not rel or "\x00" in rel:
            continue  # a line cut short
        if os.path.lexists(target.parent) \
                and not os.path.join(os.path.realpath(target.parent), "").startswith(inside):
            continue  # a folder of the output made a link since: nothing outside it is touched
        if kept == "0":
            steps.append((target, None))
        elif os.path.lexists(aside / index):  # (not yet moved aside: the file is where it was)
            steps.append((target, aside / index))
    _put_back(steps, out)
    os.unlink(aside / _JOURNAL)


def _put_back(done: list[tuple[Path, Path | None]], out: Path) -> None:
    """Undo _move_in's renames, the last first: each file back as it was, new ones gone."""
    for target, kept in reversed(done):
        try:
            if kept is not None:
                os.replace(kept, target)
            else:
                target.unlink(missing_ok=True)
                _prune(out, target.parent)
        except OSError:
            pass  # as much as can be put back; the next build writes whatever is still off


def write_site(files: dict[str, bytes], out: Path, previous: Manifest | None = None) -> WriteResult:
    """Write a whole site given as {path: bytes}."""
    writer = SiteWriter(out, previous)
    try:
        for rel, data in files.items():
            writer.put(rel, data)
    except BaseException:
        writer.discard()
        raise
    return writer.commit()


def _removed(old: dict[str, FileStat], manifest: Manifest) -> list[str]:
    """The output's files, and empty folders ("path/"), that the new site does not have. An
    empty folder the new site puts a file in is not one of them."""
    gone = old.keys() - manifest.keys()
    if any(rel.endswith("/") for rel in gone):
        kept = {rel[:i + 1] for rel in manifest for i, c in enumerate(rel) if c == "/"}
        gone -= kept
    return sorted(gone)


def _verified(old: dict[str, FileStat], previous: Manifest) -> Manifest:
    """The files of the last build still exactly as it wrote them (same size, mtime, inode)."""
    return {rel: entry for rel, entry in previous.items() if old.get(rel) == entry[:3]}


def _writable(folder: str) -> bool:
    """Whether files can be renamed into `folder`, or it made in the nearest folder that exists."""
    while not os.path.isdir(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    return os.access(folder, os.W_OK | os.X_OK)


def _prune(out: Path, folder: Path) -> None:
    while folder != out and folder.is_relative_to(out):
        try:
            folder.rmdir()
        except OSError:
            return  # not empty
        folder = folder.parent


def _same_file(path: Path, data: bytes) -> bool:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def output_files(out: Path) -> dict[str, FileStat]:
    """Every file of the output except hidden entries at its top (.git, .nojekyll, …), with
    its (size, mtime_ns, inode); None for what is not a regular file, and for an empty
    folder, listed as "path/". One walk, no second stat: at 14,000 pages this is most of a
    build with nothing to do."""
    found: dict[str, FileStat] = {}
    if not out.is_dir():
        return found

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not prefix and entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    inner = f"{prefix}{entry.name}/"
                    before = len(found)
                    walk(entry.path, inner)
                    if len(found) == before:
                        # A build leaves no empty folder: one found here was put there by
                        # hand and is, like a stray file, something no build wrote.
                        found[inner] = None
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    found[prefix + entry.name] = None
                    continue
                found[prefix + entry.name] = ((st.st_size, st.st_mtime_ns, st.st_ino)
                                              if stat.S_ISREG(st.st_mode) else None)
    walk(str(out), "")
    return found


class OutputScan:
    """output_files(out), walked in a child process while this one goes on (comparing the
    inputs, importing the pipeline): at 14,000 pages the walk is a third of a build with
    nothing to do. Walked here instead where a process cannot fork or should not (forked.py)."""

    def __init__(self, out: Path, start: bool = True) -> None:
        """`start`: walk now, in a child; else only if the result is asked for."""
        self.out = out
        self._found: dict[str, FileStat] | None = None
        self._child = Forked(lambda: output_files(out), holding_a_core=False) if start and can_fork() else None

    def result(self) -> dict[str, FileStat]:
        if self._found is None:
            if self._child is not None:
                ok, found = self._child.result()
                self._found = found if ok and isinstance(found, dict) else None
            if self._found is None:
                self._found = output_files(self.out)
        return self._found

    def close(self) -> None:
        """The walk's result is not needed (any more): end the child, if still there."""
        if self._child is not None:
            self._child.close()

    def forget(self) -> None:
        """The output is about to change (a writer commits): a later result() walks it again."""
        self.close()
        self._child = None
        self._found = None


# Ctrl-C, SIGTERM and SIGHUP: what the build stops on, cleanly (cli.Terminated)
_STOPPING = tuple(s for s in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None)


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Ctrl-C (or SIGTERM, SIGHUP) during the block, which switches the output over, takes effect
    after it: the output is switched over completely or not at all. Once it is, inside
    finished_once_written() they no longer take effect at all. Signal handlers belong to the
    main thread; elsewhere (serve's rebuilds) no KeyboardInterrupt can arrive anyway."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    wanted = _STOPPING
    previous = {signum: signal.signal(signum, lambda signum, _: caught.append(signum)) for signum in wanted}
    switched = False
    try:
        yield
        switched = True
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if switched and _hold_interrupts():
            caught.clear()  # too late to stop: the site is the new one
        for signum in dict.fromkeys(caught):
            signal.raise_signal(signum)  # as if it came now: KeyboardInterrupt, or the end


# One entry per finished_once_written() block under way: the handlers it set aside, once the
# output was switched over
_holding: list[dict[int, Any]] = []


@contextlib.contextmanager
def finished_once_written() -> Iterator[None]:
    """Around a whole build (`briefing build`): once the output is switched over to the new
    site, Ctrl-C, SIGTERM and SIGHUP are ignored to the block's end, so that what is left (the cache
    saved, the summary) finishes, instead of a build reported interrupted whose site was in
    fact replaced."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: dict[int, Any] = {}
    _holding.append(held)
    try:
        yield
    finally:
        _holding.remove(held)
        for signum, handler in held.items():
            if handler is not None:  # (a handler not set from Python: not ours to restore)
                signal.signal(signum, handler)


def _hold_interrupts() -> bool:
    """Ignore Ctrl-C, SIGTERM and SIGHUP to the end of the finished_once_written() block under way, if
    any: whether one is."""
    if not _holding:
        return False
    if not _holding[-1]:
        for signum in _STOPPING:
            _holding[-1][signum] = signal.signal(signum, signal.SIG_IGN)
    return True


def _carry_hidden(out: Path, staging: Path, carried: list[str]) -> None:
    """Move the output's hidden entries into the new site, each name into `carried` as it
    goes: one that cannot be moved (a mount point, an immutable file) ends the move with an
    error, and the caller puts back those moved so far."""
    if not out.is_dir():
        return
    for entry in sorted(out.iterdir()):
        if entry.name.startswith(".") and entry.name != MARKER:
            os.rename(entry, staging / entry.name)
            carried.append(entry.name)


def _carry_back(names: list[str], staging: Path, out: Path) -> list[str]:
    """Put the hidden entries `names` back into the output; those that could not be."""
    left = []
    for name in names:
        try:
            if os.path.lexists(staging / name):
                os.rename(staging / name, out / name)
        except OSError:
            left.append(name)
    return left


def _keep_mode(out: Path, staging: Path) -> None:
    """Give the new site the output's mode and group, which a web server may be set up to
    read it by (chmod 750, chgrp www-data): the swap must not widen or lose them."""
    try:
        st = out.stat()
    except OSError:
        return  # no output yet
    with contextlib.suppress(OSError):
        os.chown(staging, -1, st.st_gid)
    if st.st_mode & stat.S_IWUSR:  # (not a read-only output's: the build writes into the new site)
        with contextlib.suppress(OSError):
            staging.chmod(stat.S_IMODE(st.st_mode))


@contextlib.contextmanager
def output_lock(out: Path, on_wait: Callable[[], None]) -> Iterator[bool]:
    """One build into an output at a time, whichever site it is of (two may share one with
    --out): held with flock on the folder that holds the output, which needs no file of ours
    beside it. The value says whether it is held: not without flock (Windows), nor where
    that folder does not exist yet."""
    if fcntl is None:
        yield False
        return
    try:
        fd = os.open(out.resolve().parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        yield False
        return
    if not take_lock(fd, on_wait):
        os.close(fd)
        yield False
        return
    try:
        yield True
    finally:
        os.close(fd)


def can_lock() -> bool:
    return fcntl is not None


def take_lock(fd: int, on_wait: Callable[[], None]) -> bool:
    """flock `fd` exclusively, calling `on_wait` first if another holds it; False where no
    such lock can be had (NFS emulates flock with POSIX locks, which a folder or a file
    opened read-only cannot take)."""
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        return False
    return True


def _made_prefix(out: Path, kind: str) -> str:
    return f".{out.name}.briefing-{kind}-"


def _made_folder(out: Path, kind: str, stamp: str) -> tuple[Path, int | None]:
    """A folder beside the output, held (_hold) and stamped before it takes the name
    recover() looks for: it never sees one a build at work has not yet held."""
    making = Path(tempfile.mkdtemp(dir=out.parent, prefix=_made_prefix(out, "making")))
    fd = None
    try:
        fd = _hold(making)
        (making / stamp).write_bytes(_MARKED)
        folder = making.with_name(making.name.replace(_made_prefix(out, "making"), _made_prefix(out, kind), 1))
        os.rename(making, folder)
    except BaseException:
        _release(fd)
        shutil.rmtree(making, ignore_errors=True)
        raise
    return folder, fd


def _hold(folder: Path) -> int | None:
    """A handle on a folder beside the output, locked (flock) for as long as a build needs
    it; None where no such lock can be taken (Windows; NFS, where flock on a folder fails):
    recover() then leaves the folder alone. Raises BlockingIOError if another holds it."""
    if fcntl is None:
        return None
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise
    except OSError:
        os.close(fd)
        return None
    return fd


def _release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def recover(out: Path) -> list[Path]:
    """Put right what a build killed part-way (kill -9, a power cut) left beside the output:
    the previous site moved aside (`.site.briefing-old-*`) with no new one in its place, the
    output's hidden entries (.git, .nojekyll) carried into a staging folder
    (`.site.briefing-new-*`) that was never swapped in, and the folders themselves, each up
    to a whole site. Only folders named exactly as builds name them count, and only those no
    running build holds (_hold): another site's build may share the output. Returns those
    still there: a file in them could not be deleted (made immutable, another user's)."""
    parent = out.parent
    if fcntl is None or not parent.is_dir():
        return []
    made = re.compile(re.escape(f".{out.name}.briefing-") + r"(new|old)-[a-z0-9_]{8}")
    held: dict[Path, tuple[int, str]] = {}  # each folder taken: its hold, and "new" or "old"
    try:
        for entry in sorted(parent.iterdir(), key=lambda entry: entry.name):
            # by name, and by the stamp a build writes in it first: a folder of the user's
            # named alike by chance (".site.briefing-old-20241231") holds none
            if (name := made.fullmatch(entry.name)) is None or entry.is_symlink() or not entry.is_dir() or \
                    not (entry / (MARKER if name[1] == "new" else _TRASH)).is_file():
                continue
            with contextlib.suppress(OSError):  # in use by a build at work: left alone
                if (fd := _hold(entry)) is not None:  # (and where none can be held, all are)
                    held[entry] = (fd, name[1])
        if held:
            _put_right(out, {entry: kind for entry, (_, kind) in held.items()})
        if out.is_dir() and not out.is_symlink():
            _drop_published_asides(out)
    finally:
        for fd, _ in held.values():
            _release(fd)
    return [entry for entry in sorted(held) if os.path.lexists(entry)]


def _put_right(out: Path, kind: dict[Path, str]) -> None:
    """The previous site back if there is none, hidden entries back into it, then the
    folders gone. `kind`: each folder, held, and whether it was a build's "new" or "old"."""
    left = sorted(kind)
    try:
        if not os.path.lexists(out):
            olds = [entry / "site" for entry in left if kind[entry] == "old" and (entry / "site").is_dir()]
            if olds:
                os.rename(max(olds, key=lambda site: site.stat().st_mtime_ns), out)
        if out.is_dir() and not out.is_symlink():
            for staging in (entry for entry in left if kind[entry] == "new"):
                for entry in sorted(staging.iterdir()):
                    if entry.name.startswith(_ASIDE):
                        if (entry / _JOURNAL).is_file():  # a build killed while it renamed pages in
                            _undo_journal(entry, out)
                    elif entry.name.startswith(".") and entry.name != MARKER \
                            and not os.path.lexists(out / entry.name):
                        os.rename(entry, out / entry.name)
    except OSError:
        return  # what could not be put back stays where it is: never deleted
    for entry in left:
        _remove_made(entry, MARKER if kind[entry] == "new" else _TRASH)


def _drop_published_asides(out: Path) -> None:
    """Delete from the output's top what earlier versions carried into it from a killed
    build's staging folder: a `.replaced-*` folder of the files it had kept aside, pages of
    the previous site and of reports deleted since among them, published as hidden files."""
    with contextlib.suppress(OSError):
        for entry in out.iterdir():
            if _PUBLISHED_ASIDE.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink() \
                    and all(inner.name.isdigit() or inner.name == _JOURNAL for inner in entry.iterdir()):
                _remove_tree(entry)


def _remove_made(folder: Path, stamp: str) -> None:
    """Delete a folder a build made beside the output, its stamp last: a folder of which
    something could not be deleted keeps its stamp, for the next build's recover() to find."""
    with contextlib.suppress(OSError):  # (what cannot even be listed is left as it is)
        for entry in folder.iterdir():
            if entry.name != stamp:
                if entry.is_dir() and not entry.is_symlink():
                    _remove_tree(entry)
                else:
                    with contextlib.suppress(OSError):
                        entry.unlink()
        if [entry.name for entry in folder.iterdir()] == [stamp]:
            _remove_tree(folder)


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    trash, hold = _made_folder(out, "old", _TRASH)
    try:
        old = trash / "site"
        try:
            os.rename(out, old)
        except BaseException:  # (a read-only output: nothing moved, nothing to leave beside it)
            _remove_tree(trash)
            raise
        try:
            os.rename(staging, out)
        except BaseException:
            os.rename(old, out)  # put the old site back before reporting the failure
            _remove_tree(trash)
            raise
        _remove_made(trash, _TRASH)
    finally:
        _release(hold)


def _remove_tree(folder: Path) -> None:
    """Delete the old site, even where a folder of it was made read-only (chmod 555) or
    unreadable (chmod 000): its entries cannot be listed or unlinked until it is writable."""
    tried: set[str] = set()  # each path once: what even this cannot delete stays

    def retry(function, path, _error) -> None:
        if path in tried:
            return
        tried.add(path)
        with contextlib.suppress(OSError):
            # Only folders of the old site: the one above it is the user's (the site folder,
            # a web root), and an entry that cannot be deleted fails every rmdir up to it.
            if os.path.dirname(path) != os.path.dirname(folder):
                os.chmod(os.path.dirname(path), 0o700)
            if os.path.isdir(path) and not os.path.islink(path):
                os.chmod(path, 0o700)
                shutil.rmtree(path, **handler)
            else:
                function(path)
    handler = {"onexc": retry} if sys.version_info >= (3, 12) else {"onerror": retry}
    shutil.rmtree(folder, **handler)