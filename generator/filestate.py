"""What a file's stat says about its bytes: the key a build compares, when it can be
trusted without reading the file again (git's "racy" entries), and whether the file may be
read at all (`refusal`)."""

from __future__ import annotations

import errno
import hashlib
import os
import stat as st
import time

# A file written this recently may be written again within the same timestamp tick, leaving
# its stat as it was: its stat cannot vouch for its bytes. File systems with whole-second
# timestamps (FAT has 2 s) need seconds; with finer ones, the kernel's coarse clock ticks
# every few milliseconds.
RACY_NS = 3_000_000_000
FINE_RACY_NS = 50_000_000


def current_umask() -> int:
    """The process's umask (reading it means setting it: set back at once)."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


def stat_key(stat: os.stat_result) -> tuple[int, int, int, int]:
    # ctime too: a write that puts the old mtime back (cp -p, rsync -t) still moves it.
    return (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)


def is_racy(mtime_ns: int, ctime_ns: int, now_ns: int) -> bool:
    """Whether a file stamped (mtime, ctime) could still change unseen as of `now_ns`."""
    newest = max(mtime_ns, ctime_ns)
    window = RACY_NS if newest % 1_000_000_000 == 0 else FINE_RACY_NS  # whole seconds: coarse FS
    return now_ns - newest < window


# The most a file of content/ may hold: reports, briefs and settings are text (a long report
# is a few hundred kilobytes), and a media file is published from memory. A file past it is
# a mistake (a recording saved over a report, a video in media/) that would fill the memory.
MAX_TEXT_BYTES = 16 * 2**20
MAX_MEDIA_BYTES = 100 * 2**20


def read_bytes(path: str, stat: os.stat_result) -> tuple[bytes, str, bool]:
    """The file's bytes, their digest, and whether it was written too recently for its stat
    to vouch for its bytes next time."""
    raw = _read(path, stat, MAX_TEXT_BYTES)
    racy = is_racy(stat.st_mtime_ns, stat.st_ctime_ns, time.time_ns())
    return raw, hashlib.blake2b(raw, digest_size=16).hexdigest(), racy


def read_regular(path: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of the file at `path`, which must be a regular file of at most `limit`
    bytes (OSError if not)."""
    return _read(path, os.stat(path), limit)


def _read(path: str, stat: os.stat_result, limit: int) -> bytes:
    # Only a regular file is opened (see `refusal`). One swapped for something else since
    # `stat` was taken is refused on the open handle, which O_NONBLOCK keeps from waiting
    # for a writer, should it be a named pipe.
    if not st.S_ISREG(stat.st_mode):
        raise OSError(errno.EINVAL, "not a regular file")
    if stat.st_size > limit:
        raise too_large(stat.st_size, limit)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not st.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        # As long as its stat said, and one byte more to tell whether it grew since; then at
        # most to the limit (asking read() for the limit itself costs an allocation that size)
        data = handle.read(stat.st_size + 1)
        if len(data) > stat.st_size:
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:
        raise too_large(os.stat(path).st_size, limit)
    return data


def too_large(size: int, limit: int) -> OSError:
    shown, most = size_text(size), size_text(limit)
    if shown == most:  # "it is 16 MB, … at most 16 MB" for 17,000,050 bytes: in bytes, then
        shown, most = f"{size:,} bytes", f"{limit:,} bytes"
    return OSError(errno.EFBIG, f"it is {shown}, and a file Briefing reads may be at most {most}")


def size_text(size: int) -> str:
    """1.5 GB, 16 MB, 900 kB: as a reader says a file's size."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if size >= scale:
            value = size / scale
            return f"{value:.1f} {unit}" if value < 10 and value != int(value) else f"{value:.0f} {unit}"
    return f"{size} bytes"


# Folders in folders of media/ or of a theme's assets/ deeper than this are an accident (or a
# trap), not an archive: what lies below is not published.
MAX_FOLDER_DEPTH = 32

FOLDER = "is a folder, not a file"


def refusal(path: str, within: str, where: str = "content/", folder: bool = False) -> str:
    """Why the file (or, with `folder`, the folder) at `path` must not be read, as the end
    of a sentence naming it; "" when it may. It must resolve inside `within` (a real path):
    a link out of it would read, or publish, a file nobody put in the site. And a file must
    be a regular file: a named pipe would block the build for ever, a device is no content.
    Costs a system call per folder of `path`: for the few files named by the site, and for
    the entries of a listing that are not plain files."""
    try:
        found = os.stat(path)
    except ValueError:  # a NUL in the path (YAML's "\0" escape): no file has that name
        return "is not a valid path: it holds a NUL character"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link that leads back to itself (a loop)"
        if os.path.islink(path):
            return "is a broken link: what it points to does not exist"
        return "does not exist" if exc.errno == errno.ENOENT else f"cannot be read: {exc.strerror or exc}"
    real = os.path.realpath(path)
    if real != within and not real.startswith(within.rstrip(os.sep) + os.sep):
        kind = "folder" if st.S_ISDIR(found.st_mode) else "file"
        return f"links to a {kind} outside {where}" if os.path.islink(path) else f"is outside {where}"
    if folder:
        return "" if st.S_ISDIR(found.st_mode) else "is not a folder"
    return not_regular(found)


def not_regular(found: os.stat_result) -> str:
    """What a stat says a path is, when it is not a regular file, as the end of a sentence."""
    mode = found.st_mode
    if st.S_ISREG(mode):
        return ""
    if st.S_ISDIR(mode):
        return FOLDER
    if st.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file"
    if st.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is a device, not a regular file"


def refusal_hint(problem: str) -> str:
    """How to fix what `refusal` found."""
    if problem.startswith("links to"):
        return "copy it into content/ (to keep a site's files elsewhere, make content/ itself the link)"
    if "link" in problem:
        return "fix the link or remove it"
    return ""
