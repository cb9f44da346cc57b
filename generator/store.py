"""The build cache on disk, `.briefing-cache/` in the site folder: a second `briefing build`
redoes only what changed since the first, and nothing at all when nothing did.

Files, each written whole (temporary file, then rename):
- `last`: what the last successful build read (the stat of every input file) and wrote (the
  output manifest), and its diagnostics. When every input and output is as it was, the
  build is already done: it reports the same result without loading anything else.
- `models-000` … `models-3ff` and `pages`: the BuildCache (validated files, located quotes,
  resolved reports and briefs; then page fingerprints and the output manifest), everything
  in it keyed by content, so a stale entry is at worst not found. The models are saved as
  soon as the site is indexed, before any page is rendered, when the build holds the least
  memory (by a forked child, while the build goes on), in 4,096 shards by file: a shard
  whose entries did not change is not written again, so saving after an edit costs a few
  shards, not the whole archive's models; and a build that needs a few files' models (see
  patch.py) loads those shards alone.
- `graph`: which briefs cite which reports and contradict which briefs (see graph.py).

Each file starts with a header naming this format, Briefing's version, Python's and the
rendering libraries', then a keyed checksum of the rest. A file from another version,
truncated, or altered is ignored and the build runs cold; the cache is never trusted
blindly. The checksum's key is this user's own (~/.cache/briefing/cache-key, made on first
use): loading a pickle runs code, so a cache file that did not come from this user's own
builds — one committed to a shared repository, say — is never loaded. Deleting the folder
is always safe; without a key (no writable home) builds simply run without a cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import pickle
import stat
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import __version__, collector, lazyre, pickling
from generator.cache import MODEL_TABLES, PAGE_TABLES, BuildCache
from generator.diagnostics import Diagnostic, Lines, Pos, warning
from generator.filestate import is_racy, read_bytes, stat_key
from generator.forked import Forked, can_fork, trim_heap
from generator.pickling import FieldsPickler
from generator.scratch import is_temporary, is_vim_probe
from generator.themepath import theme_dirs
from generator.write import MARKER, Manifest, OutputScan, can_lock, take_lock

CACHE_DIR = ".briefing-cache"
FORMAT = 216  # raised whenever what the cache holds, or what a cached result depends on, changes
SHARDS = 4096  # models files: ~3 files' models each at 10,000 reports
_LIBRARIES = ("jinja2", "markdown-it-py", "mdit-py-plugins", "folium", "css-inline", "xstatic-leaflet", "rapidfuzz",
              "pyahocorasick")

Stats = dict[str, tuple[int, int, int, int]]  # path → (mtime_ns, ctime_ns, size, inode)


@dataclass(frozen=True, slots=True)
class LastBuild:
    """A successful build, as the next one needs to know it was."""

    out: str
    strict: bool
    inputs: Stats
    taken_ns: int  # when the build started: inputs changed since cannot be trusted unread
    diagnostics: list[Diagnostic]
    paths: tuple[str, ...]
    manifest: Manifest
    # Input files (relative) built without their models being saved (see patch.py): what
    # the cache holds of them is older than the site, so the next build reads them again.
    stale: frozenset[str] = frozenset()
    # The site folder the record was made in: `inputs` are absolute paths, so the record of a
    # site that was moved or copied (with its .briefing-cache) says nothing about this one.
    root: str = ""
    # The graph saved with this record (graph.SiteGraph.build): a patch trusts no other.
    graph: str = ""
    # The lines `diagnostics` show, as read (diagnostics.lines_shown)
    lines: Lines = field(default_factory=dict)
    # The digest of each file the build read (relative path → load's digest of its bytes): a
    # file saved again as it was (touched, or saved unchanged in an editor) changes its stat,
    # not what the build made of it.
    digests: dict[str, str] = field(default_factory=dict)


def _versions() -> str:
    return " ".join([f"briefing-cache/{FORMAT}", __version__, sys.version, *_library_versions()])


@functools.cache  # installed packages do not change under a running build
def _library_versions() -> tuple[str, ...]:
    """Each library's version, from the metadata its installer left on the path, first found
    first, as importlib.metadata finds it; without importing that (with the e-mail parser
    and zipfile it needs: ~25 ms of every build, one with nothing to do included)."""
    wanted = {_project(name) for name in _LIBRARIES}
    found: dict[str, str] = {}
    for folder in sys.path:
        for name, metadata in _installed(folder):
            if _project(name) in wanted and _project(name) not in found:
                found[_project(name)] = _version(metadata)
    return tuple(f"{name}={found.get(_project(name), '?')}" for name in _LIBRARIES)


def _installed(folder: str) -> Iterator[tuple[str, str]]:
    """(name, metadata file) of each project installed in `folder`, an entry of sys.path:
    "jinja2-3.1.6.dist-info/METADATA", "rapidfuzz.egg-info/PKG-INFO" (a development
    install, whose folder has no version), or an egg on the path itself."""
    if folder.endswith(".egg"):
        yield os.path.basename(folder).partition("-")[0], os.path.join(folder, "EGG-INFO", "PKG-INFO")
        return
    try:
        entries = os.listdir(folder or ".")
    except OSError:  # a zip file, or gone
        return
    for entry in entries:
        stem, _, kind = entry.rpartition(".")
        if kind == "dist-info":
            yield stem.partition("-")[0], os.path.join(folder, entry, "METADATA")
        elif kind == "egg-info":  # a folder, or (older installers) the PKG-INFO itself
            path = os.path.join(folder, entry)
            yield stem.partition("-")[0], os.path.join(path, "PKG-INFO") if os.path.isdir(path) else path


def _version(metadata: str) -> str:
    """The Version header of a METADATA or PKG-INFO file; "?" when there is none to read."""
    try:
        with open(metadata, encoding="utf-8", errors="replace") as file:
            for line in file:
                if not line.strip():  # the headers end here; the long description follows
                    break
                key, _, value = line.partition(":")
                if key.strip().casefold() == "version":
                    return value.strip()
    except OSError:
        pass
    return "?"


def _project(name: str) -> str:
    """A project's name as its folders may spell it ("markdown_it_py", "XStatic_Leaflet")."""
    return name.replace("-", "_").replace(".", "_").casefold()


def _user_key() -> bytes | None:
    """This user's secret for the cache checksums, made on first use; None if impossible, or
    if there is no home folder to keep it in (HOME empty, relative or missing: not made)."""
    home, xdg = os.path.expanduser("~"), os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):  # (a relative one is to be ignored, as the XDG specification says)
        base = xdg
    elif os.environ.get("HOME") != "" and os.path.isabs(home) and os.path.isdir(home):  # (HOME="" reads as "/")
        base = os.path.join(home, ".cache")
    else:
        return None
    path = Path(base) / "briefing" / "cache-key"
    if os.path.lexists(path):
        return _regular_bytes(path, 64) or None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(os.urandom(32))
    except FileExistsError:  # another build made it first
        pass
    except OSError:
        return None
    return _regular_bytes(path, 64) or None


def _hasher(key: bytes):
    return hashlib.blake2b(digest_size=16, key=key)


def _header() -> bytes:
    return hashlib.blake2b(_versions().encode(), digest_size=16).hexdigest().encode() + b"\n"


def _usable(folder: Path) -> bool:
    """The cache folder must be a real folder of the site: one that is a symbolic link
    (say, committed to a repository) could point the build's writes anywhere."""
    return not folder.is_symlink() and (folder.is_dir() or not folder.exists())


MAX_CACHE_FILE = 1 << 30  # bytes: far above what an archive of 100,000 reports caches in one file


def _regular_bytes(path: Path | str, limit: int) -> bytes | None:
    """The bytes of `path` if it is a regular file (not a link, a pipe, which would block
    the read for ever, or a device such as /dev/zero, which never ends) of at most `limit`
    bytes; else None. The cache is the build's, but anyone may have put anything there."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            # (not read(limit + 1): that would make a buffer of the limit for every file)
            data = handle.read(st.st_size + 1)
        return data if len(data) <= st.st_size else None  # (grown since the fstat: being written)
    except (OSError, MemoryError):
        return None
    finally:
        os.close(fd)


def _read(path: Path) -> Any | None:
    key = _user_key() if _usable(path.parent) else None
    return _checked(str(path), key, _header()) if key else None


def _checked(path: str, key: bytes, header: bytes) -> Any | None:
    """The value saved at `path`, if its file is whole, of this version and by this user."""
    data = _regular_bytes(path, MAX_CACHE_FILE)
    if data is None:
        return None
    # Views, not slices: slicing would copy the whole file once more.
    view = memoryview(data)
    head, check, payload = view[:len(header)], view[len(header):len(header) + 33], view[len(header) + 33:]
    if head != header:
        return None
    mac = _hasher(key)
    mac.update(payload)
    if not hmac.compare_digest(bytes(check), mac.hexdigest().encode() + b"\n"):
        return None
    with collector.paused():
        try:
            return pickle.loads(payload)
        except Exception:  # any damage the checksum missed: treat as no cache
            return None


class _HashingWriter:
    """A file that hashes what passes through it, so the checksum costs no second copy."""

    def __init__(self, handle, key: bytes) -> None:
        self.handle, self.hash = handle, _hasher(key)

    def write(self, data) -> int:
        self.hash.update(data)
        return self.handle.write(data)


def _write(path: Path, value: Any) -> None:
    key = _prepared(path.parent)
    if key is not None:
        _save(str(path), value, key, _header())


def _prepared(folder: Path) -> bytes | None:
    """This user's secret (see _user_key), with `folder` made ready to hold cache files."""
    key = _user_key()
    if key is None:
        return None
    if not _usable(folder):
        raise OSError(f"{folder} is not a folder of this site (a link or a file)")
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# made by briefing: a build cache, safe to delete\n*\n")
    return key


def _save(path: str, value: Any, key: bytes, header: bytes) -> None:
    folder, name = os.path.split(path)
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(header)
            handle.write(b"0" * 32 + b"\n")  # the checksum's place, filled in below
            writer = _HashingWriter(handle, key)
            with collector.paused():
                FieldsPickler(writer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            handle.seek(len(header))
            handle.write(writer.hash.hexdigest().encode())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class SavedModels:
    """What each models shard on disk holds, as read or last written, so that saving writes
    again only the shards whose entries changed. An edit changes the entries of its own
    file, of the briefs that quote it and of its located quotes: a few shards of 4,096."""

    def __init__(self) -> None:
        self.shards: list[dict[tuple[str, Any], Any]] = [{} for _ in range(SHARDS)]


_MISSING = object()  # what no saved entry can be


def _shard(table: str, key: Any, report_paths: dict[str, str] | None = None) -> int:
    """Which shard holds an entry: by the file it belongs to, so that one file's validated
    model and resolved record, which share objects, are pickled together. A located quote
    goes with its report's file (`report_paths`: report id → path), else by the id."""
    if table in ("files", "listing"):
        name = key
    elif table == "resolved":
        name = key[2] if key[0] == "last" else key[1]
    elif table == "quotes":
        name = report_paths.get(key[0], key[0]) if report_paths else key[0]
    else:  # validated, mentions and links: (path, …)
        name = key[0]
    return shard_of(name)


def shard_of(name: str) -> int:
    """The shard of a file's models, by its path."""
    return zlib.crc32(name.encode("utf-8", "surrogatepass")) % SHARDS


def _shard_name(number: int) -> str:
    return f"models-{number:03x}"


def read_state(root: Path, saved: SavedModels | None = None) -> BuildCache:
    """The saved cache; a part that is missing or not to be trusted is simply empty (every
    entry is keyed by content, so a lost shard only means its files are read again).
    `saved`, when given, is filled with what each shard held."""
    cache = read_models(root, range(SHARDS), saved)
    pages = _read(root / CACHE_DIR / "pages")
    if isinstance(pages, dict) and set(pages) == set(PAGE_TABLES):
        for name, table in pages.items():
            setattr(cache, name, table)
    return cache


def read_models(root: Path, numbers: Iterable[int], saved: SavedModels | None = None) -> BuildCache:
    """A cache holding the models of the shards `numbers` alone."""
    tables: dict[str, dict] = {name: {} for name in MODEL_TABLES}
    folder = root / CACHE_DIR
    secret = _user_key() if _usable(folder) else None
    header = _header()
    with pickling.sharing():
        for number in numbers if secret else ():
            _read_shard(tables, _checked(os.path.join(folder, _shard_name(number)), secret, header), number, saved)
    return BuildCache(**tables)


def _read_shard(tables: dict[str, dict], shard: Any, number: int, saved: SavedModels | None) -> None:
    if not isinstance(shard, dict) or not all(isinstance(k, tuple) and len(k) == 2 and k[0] in tables for k in shard):
        return
    for (table, key), value in shard.items():
        tables[table][key] = value
    if saved is not None:
        saved.shards[number] = shard


def write_models(root: Path, cache: BuildCache, saved: SavedModels | None = None,
                 report_paths: dict[str, str] | None = None, background: bool = False) -> Callable[[], None]:
    """Save the models, each shard only if its entries are not those it already holds.
    Returns the function that waits for the save to end and raises the OSError that stopped
    it, if any. With `background`, the shards are pickled and written in a forked child
    (forked.py) while the build goes on: at 10,000 reports that is ~2 s the build no longer
    spends with one core idle, planning pages meanwhile."""
    shards: list[dict[tuple[str, Any], Any]] = [{} for _ in range(SHARDS)]
    for table in MODEL_TABLES:
        for key, value in getattr(cache, table).items():
            shards[_shard(table, key, report_paths)][(table, key)] = value
    saved = saved if saved is not None else SavedModels()
    todo = []
    for number, shard in enumerate(shards):
        if _holds(saved.shards[number], shard):
            continue  # the file holds these very entries (or the shard is empty: no file needed)
        todo.append((number, shard))
        saved.shards[number] = shard  # taken as written: a save that fails leaves no record of the build
    if background and len(todo) > 1 and can_fork():
        trim_heap()
        child = Forked(lambda: _write_shards(root, todo, background=True))
        return lambda: _raise(*child.result())
    failure = _write_shards(root, todo)
    return lambda: _raise(True, failure)


def write_part(root: Path, cache: BuildCache, saved: SavedModels, numbers: Iterable[int],
               report_paths: dict[str, str]) -> bool:
    """Save the models of a build that read the shards `numbers` alone (patch.py): each of
    them written again if its entries changed. False, with nothing written, if an entry
    belongs to a shard not read: written from what the build holds, it would lose the rest."""
    shards: dict[int, dict[tuple[str, Any], Any]] = {number: {} for number in numbers}
    for table in MODEL_TABLES:
        for key, value in getattr(cache, table).items():
            shard = shards.get(_shard(table, key, report_paths))
            if shard is None:
                return False
            shard[(table, key)] = value
    todo = [(number, shard) for number, shard in shards.items() if not _holds(saved.shards[number], shard)]
    _raise(True, _write_shards(root, todo))
    for number, shard in todo:
        saved.shards[number] = shard
    return True


def _holds(before: dict[tuple[str, Any], Any], shard: dict[tuple[str, Any], Any]) -> bool:
    """Whether a shard as read or written holds these very entries."""
    return len(before) == len(shard) and all(before.get(k, _MISSING) is v for k, v in shard.items())


def _write_shards(root: Path, shards: list[tuple[int, dict]], background: bool = False) -> str | None:
    """Write the shards; what stopped it, as text (it may come from a child process)."""
    try:
        # (the checks _write makes of the folder, once for all: a cold build writes 4,096 shards)
        key = _prepared(root / CACHE_DIR) if shards else None
        folder, header = str(root / CACHE_DIR), _header()
        for number, shard in shards if key is not None else ():
            _save(os.path.join(folder, _shard_name(number)), shard, key, header)
        # What the citation rules' patterns compile to (lazyre.py), when the cache lacks some:
        # all of them in a child saving the models while the build goes on, else those compiled.
        # Not saved, they are only compiled again: the models saved are no less good.
        if (codes := lazyre.codes_to_keep(every=background)) is not None:
            with contextlib.suppress(OSError):
                _write(root / CACHE_DIR / "codes", codes)
        for old in (root / CACHE_DIR).glob("models*"):  # format 1's single file, format 2's 64 shards
            if len(old.name) != len("models-000"):
                old.unlink(missing_ok=True)
    except OSError as exc:
        return str(exc)
    return None


def _raise(ran: bool, failure: str | None) -> None:
    if not ran:
        raise OSError("the process saving it failed")
    if failure is not None:
        raise OSError(failure)


def unsaved(exc: OSError) -> Diagnostic:
    """The warning of a build whose cache could not be saved: only the next build's head start is lost."""
    return warning(Pos(CACHE_DIR), f"cannot save the build cache: {exc}",
                   "the next build starts cold; deleting the folder is safe")


@contextlib.contextmanager
def build_lock(root: Path, on_wait: Callable[[], None]) -> Iterator[bool]:
    """One build of a site at a time. Two at once would each save a part of the cache — one's
    graph, the other's record — and the next build would trust pages made from neither.
    `on_wait` is called if another build holds the lock. Where none can be taken (no flock,
    a cache folder that is a link or cannot be made), builds go on without one: the value
    says whether this one holds it."""
    if not can_lock():  # Windows
        yield False
        return
    try:
        fd = _lock_file(root / CACHE_DIR)
    except OSError:
        yield False
        return
    with os.fdopen(fd, "rb") as handle:  # closing it releases the lock
        yield take_lock(handle.fileno(), on_wait)


def _lock_file(folder: Path) -> int:
    """The lock file, opened: never through a link (which could make a file anywhere), never
    a named pipe (whose opening would wait for ever), read-only where it cannot be written
    (flock needs no more)."""
    if not _usable(folder):
        raise OSError("not a folder of this site")
    folder.mkdir(exist_ok=True)
    flags = os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(folder / "lock", os.O_WRONLY | os.O_CREAT | flags, 0o644)
    except PermissionError:
        fd = os.open(folder / "lock", os.O_RDONLY | flags)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError("the lock is not a file")
    return fd


def read_codes(root: Path) -> Any | None:
    """What the patterns of the citation rules compile to, as a build kept it (lazyre.py)."""
    return _read(root / CACHE_DIR / "codes")


def write_graph(root: Path, graph: Any) -> None:
    _write(root / CACHE_DIR / "graph", graph)


def read_graph(root: Path) -> Any | None:
    return _read(root / CACHE_DIR / "graph")


def write_pages(root: Path, cache: BuildCache) -> None:
    _write(root / CACHE_DIR / "pages", cache.part(PAGE_TABLES))


def read_last(root: Path) -> LastBuild | None:
    last = _read(root / CACHE_DIR / "last")
    if not isinstance(last, LastBuild) or last.root != str(root.resolve()):
        return None  # made in another folder: every file is looked at again
    return last


def write_last(root: Path, last: LastBuild | None) -> None:
    if last is None:
        (root / CACHE_DIR / "last").unlink(missing_ok=True)
    else:
        _write(root / CACHE_DIR / "last", last)


def input_stats(root: Path, extra: list[str]) -> Stats:
    """Every file the build may read: all of content/, the themes, and `extra` (files read
    from elsewhere, such as a boundaries file). Linked folders are followed (once each) while
    they stay inside the folder walked: an edit inside one is an edit to the site, and a link
    out of it (to /, say) is one the build never reads through (filestate.refusal), so its
    tree is not walked either. An editor's scratch files beside the reports and briefs (a
    swap file, a backup) are not inputs: the loader skips them too."""
    stats: Stats = {}
    seen: set[str] = set()
    listed = {os.path.join(root, "content", folder) for folder in ("reports", "briefs")}
    # What the site's templates/ is, folder or not: a file or a broken link there is an error,
    # and it must be seen as a change like any other.
    stats[str(root / "templates")] = _kind_of(str(root / "templates"))
    themes = [str(folder) for folder in theme_dirs(root)]
    for folder in [str(root / "content"), *themes]:
        # a theme's hidden folders too ("{% include '.parts/x.html' %}"): Jinja reads them
        _walk(folder, os.path.realpath(folder), stats, seen, listed, skip_hidden=folder not in themes)
    inside = os.path.realpath(root) + os.sep
    for path in extra:
        if path not in stats:  # not walked already (a theme's folder is among the last build's inputs)
            _add(path, stats)
            # (a file of the site's folder that is now a link out of it, its stat the same: the
            # build refuses it, so it is a change; a boundaries file's folder moved out, say)
            if path.startswith(str(root) + os.sep) and stats[path] != MISSING \
                    and not os.path.realpath(path).startswith(inside):
                stats[path] = OUTSIDE
    return stats


MISSING = (0, 0, -1, 0)  # the stat of a file that is not there: missing is a state too
FOLDER = (0, 0, -2, 0)  # a folder's, whatever its own stat
BROKEN = (0, 0, -3, 0)  # a link that leads nowhere, or loops
OUTSIDE = (0, 0, -4, 0)  # a file of the site's folder that leads out of it


def _kind_of(path: str) -> tuple[int, int, int, int]:
    try:
        found = os.stat(path)
    except OSError:
        return BROKEN if os.path.islink(path) else MISSING
    return FOLDER if stat.S_ISDIR(found.st_mode) else stat_key(found)


def _walk(top: str, within: str, stats: Stats, seen: set[str], listed: set[str], skip_hidden: bool = True) -> None:
    """Without recursion (a folder nested a thousand deep is no RecursionError), and with
    realpath for links alone: a plain subfolder's real path is its parent's and its name
    (realpath of every folder costs its depth in system calls: quadratic down a deep tree)."""
    inside = within.rstrip(os.sep) + os.sep
    folders = [(top, os.path.realpath(top))]
    while folders:
        folder, real = folders.pop()
        if folder != top:
            # That a folder is there, not its stat (an editor's save by rename changes it): a
            # folder named like a report, a link out of the site, come or gone, is a change.
            stats[folder] = FOLDER
        if real in seen or (real != within and not real.startswith(inside)):
            continue
        seen.add(real)
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        scratch = folder in listed
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # following links
                linked = is_dir and entry.is_symlink()
            except OSError:
                is_dir = False
            if is_dir and skip_hidden and is_temporary(entry.name):
                continue  # a hidden folder (.git), never read by the loader: thousands of files to stat
            if is_dir:
                folders.append((entry.path, os.path.realpath(entry.path) if linked else os.path.join(real, entry.name)))
            elif not (scratch and (is_temporary(entry.name) or is_vim_probe(entry.name))):
                _add(entry.path, stats)


def _add(path: str, stats: Stats) -> None:
    try:
        st = os.stat(path)
    except OSError:
        stats[path] = MISSING
        return
    stats[path] = stat_key(st)


def changed_inputs(last: LastBuild, root: Path) -> tuple[frozenset[str], Stats]:
    """The input files, relative to `root`, that may differ from what the last build read
    (those whose stat changed, came or went, and those stamped so close to that build that
    their stat cannot vouch for their bytes), and the stat of every input now."""
    content = os.path.join(root, "content") + os.sep
    extra = [p for p in last.inputs if not p.startswith(content)]
    now = input_stats(root, extra)
    changed = {p for p in now.keys() | last.inputs.keys() if now.get(p) != last.inputs.get(p)}
    changed.update(p for p, (mtime, ctime, _, _) in last.inputs.items() if is_racy(mtime, ctime, last.taken_ns))
    prefix = str(root) + os.sep
    return frozenset(p[len(prefix):] if p.startswith(prefix) else p for p in changed), now


def unchanged_bytes(last: LastBuild, root: Path, changed: frozenset[str]) -> frozenset[str]:
    """Those of `changed` whose bytes are as the last build read them: saved again unchanged.
    A file that cannot be read as the loader reads it is left for the build to see, and one
    whose size changed is not read here (the build reads it: an edit's file is read once)."""
    same = set()
    real_root = os.path.realpath(root)
    for rel in changed:
        if (before := last.digests.get(rel)) is None:
            continue
        path = os.path.join(root, rel)
        # A file, or a folder on its way, become a link is for the loader to judge (it may
        # lead out of the site now).
        if os.path.realpath(path) != os.path.join(real_root, rel):
            continue
        try:
            found = os.lstat(path)
            resized = last.inputs.get(path, MISSING)[2] != found.st_size  # (stat_key: size third)
            if stat.S_ISREG(found.st_mode) and not resized and read_bytes(path, found)[1] == before:
                same.add(rel)
        except OSError:
            continue
    return frozenset(same)


def up_to_date(last: LastBuild, out: Path, strict: bool, changed: frozenset[str], scan: OutputScan) -> bool:
    """True when the last build's inputs (`changed` is empty) and outputs (`scan`, the
    output folder's files) are exactly as it left them."""
    return last.out == str(out.resolve()) and last.strict == strict and not changed and \
        (out / MARKER).is_file() and output_intact(scan.result(), last.manifest)


def output_intact(found: dict, manifest: Manifest) -> bool:
    """Whether the output's files (write.output_files) are those of `manifest`."""
    return found.keys() == manifest.keys() and all(found[rel] == entry[:3] for rel, entry in manifest.items())
