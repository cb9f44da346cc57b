"""The build cache on disk, `.briefing-cache/` in the site folder: a second `briefing build`
redoes only what changed since the first, and nothing at all when nothing did.

Three files, each written whole (temporary file, then rename):
- `last`: what the last successful build read (the stat of every input file) and wrote (the
  output manifest), and its diagnostics. When every input and output is as it was, the
  build is already done: it reports the same result without loading anything else.
- `models` and `pages`: the BuildCache (validated files, located quotes, resolved reports
  and briefs, the index; then page fingerprints and the output manifest), everything in it
  keyed by content, so a stale entry is at worst not found. `models` is saved as soon as
  the site is indexed, before any page is rendered, when the build holds the least memory.

Each file starts with a header naming this format, Briefing's version, Python's and the
rendering libraries', then a keyed checksum of the rest. A file from another version,
truncated, or altered is ignored and the build runs cold; the cache is never trusted
blindly. The checksum's key is this user's own (~/.cache/briefing/cache-key, made on first
use): loading a pickle runs code, so a cache file that did not come from this user's own
builds — one committed to a shared repository, say — is never loaded. Deleting the folder
is always safe; without a key (no writable home) builds simply run without a cache.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import hmac
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import __version__
from generator.cache import MODEL_TABLES, PAGE_TABLES, BuildCache
from generator.diagnostics import Diagnostic
from generator.filestate import is_racy
from generator.theme import theme_dirs
from generator.write import MARKER, Manifest, output_files

CACHE_DIR = ".briefing-cache"
FORMAT = 1
_LIBRARIES = ("jinja2", "markdown-it-py", "mdit-py-plugins", "folium", "css-inline", "xstatic-leaflet", "rapidfuzz")

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


def _versions() -> str:
    found = []
    for name in _LIBRARIES:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=?")
    return " ".join([f"briefing-cache/{FORMAT}", __version__, sys.version, *found])


def _user_key() -> bytes | None:
    """This user's secret for the cache checksums, made on first use; None if impossible."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "briefing" / "cache-key"
    try:
        return path.read_bytes()[:64] or None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(os.urandom(32))
        return path.read_bytes()[:64] or None
    except FileExistsError:  # another build made it first
        return path.read_bytes()[:64] or None
    except OSError:
        return None


def _hasher(key: bytes):
    return hashlib.blake2b(digest_size=16, key=key)


def _header() -> bytes:
    return hashlib.blake2b(_versions().encode(), digest_size=16).hexdigest().encode() + b"\n"


def _usable(folder: Path) -> bool:
    """The cache folder must be a real folder of the site: one that is a symbolic link
    (say, committed to a repository) could point the build's writes anywhere."""
    return not folder.is_symlink() and (folder.is_dir() or not folder.exists())


def _read(path: Path) -> Any | None:
    if not _usable(path.parent):
        return None
    key = _user_key()
    try:
        data = path.read_bytes() if key else b""
    except OSError:
        return None
    header = _header()
    # Views, not slices: slicing would copy the whole file once more.
    view = memoryview(data)
    head, check, payload = view[:len(header)], view[len(header):len(header) + 33], view[len(header) + 33:]
    if not key or head != header:
        return None
    mac = _hasher(key)
    mac.update(payload)
    if not hmac.compare_digest(bytes(check), mac.hexdigest().encode() + b"\n"):
        return None
    enabled = gc.isenabled()
    gc.disable()  # unpickling a large graph with the collector on costs several times as long
    try:
        return pickle.loads(payload)
    except Exception:  # any damage the checksum missed: treat as no cache
        return None
    finally:
        if enabled:
            gc.enable()


class _FieldsPickler(pickle.Pickler):
    """Dataclasses as (class, field values). The default reduction makes a state dict per
    object, and the pickler holds every one until it is done: with hundreds of thousands
    of models, that is most of the memory saving the cache takes."""

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if dataclasses.is_dataclass(cls) and not isinstance(obj, type):
            return cls, tuple(getattr(obj, f.name) for f in dataclasses.fields(cls))
        return NotImplemented


class _HashingWriter:
    """A file that hashes what passes through it, so the checksum costs no second copy."""

    def __init__(self, handle, key: bytes) -> None:
        self.handle, self.hash = handle, _hasher(key)

    def write(self, data) -> int:
        self.hash.update(data)
        return self.handle.write(data)


def _write(path: Path, value: Any) -> None:
    key = _user_key()
    if key is None:
        return
    if not _usable(path.parent):
        raise OSError(f"{path.parent} is not a folder of this site (a link or a file)")
    path.parent.mkdir(parents=True, exist_ok=True)
    ignore = path.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# made by briefing: a build cache, safe to delete\n*\n")
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_header())
            handle.write(b"0" * 32 + b"\n")  # the checksum's place, filled in below
            writer = _HashingWriter(handle, key)
            _FieldsPickler(writer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            handle.seek(len(_header()))
            handle.write(writer.hash.hexdigest().encode())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_state(root: Path) -> BuildCache:
    """The saved cache; a part that is missing or not to be trusted is simply empty."""
    tables: dict[str, Any] = {}
    for name, part in (("models", MODEL_TABLES), ("pages", PAGE_TABLES)):
        saved = _read(root / CACHE_DIR / name)
        if isinstance(saved, dict) and set(saved) == set(part):
            tables.update(saved)
    return BuildCache(**tables)


def write_models(root: Path, cache: BuildCache) -> None:
    _write(root / CACHE_DIR / "models", cache.part(MODEL_TABLES))


def write_pages(root: Path, cache: BuildCache) -> None:
    _write(root / CACHE_DIR / "pages", cache.part(PAGE_TABLES))


def read_last(root: Path) -> LastBuild | None:
    last = _read(root / CACHE_DIR / "last")
    return last if isinstance(last, LastBuild) else None


def write_last(root: Path, last: LastBuild | None) -> None:
    if last is None:
        (root / CACHE_DIR / "last").unlink(missing_ok=True)
    else:
        _write(root / CACHE_DIR / "last", last)


def input_stats(root: Path, extra: list[str]) -> Stats:
    """Every file the build may read: all of content/, the themes, and `extra` (files read
    from elsewhere, such as a boundaries file)."""
    stats: Stats = {}
    folders = [root / "content", *theme_dirs(root)]
    for folder in folders:
        _walk(str(folder), stats)
    for path in extra:
        _add(path, stats)
    return stats


def _walk(folder: str, stats: Stats) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _walk(entry.path, stats)
        else:
            _add(entry.path, stats)


def _add(path: str, stats: Stats) -> None:
    try:
        st = os.stat(path)
    except OSError:
        stats[path] = (0, 0, -1, 0)  # missing is a state too
        return
    stats[path] = (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)


def up_to_date(last: LastBuild, root: Path, out: Path, strict: bool) -> bool:
    """True when the last build's inputs and outputs are exactly as it left them."""
    if last.out != str(out.resolve()) or last.strict != strict:
        return False
    if any(is_racy(mtime, ctime, last.taken_ns) for mtime, ctime, _, _ in last.inputs.values()):
        return False  # written around the build: same stat need not mean same bytes
    extra = [p for p in last.inputs if not p.startswith(str(root / "content") + os.sep)]
    if input_stats(root, extra) != last.inputs:
        return False
    return _output_intact(out, last.manifest)


def _output_intact(out: Path, manifest: Manifest) -> bool:
    out = out.resolve()
    if not (out / MARKER).is_file() or output_files(out) != set(manifest):
        return False
    for rel, (size, mtime, inode, _) in manifest.items():
        try:
            st = os.stat(out / rel, follow_symlinks=False)
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns, st.st_ino) != (size, mtime, inode):
            return False
    return True
