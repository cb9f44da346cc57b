"""What a file's stat says about its bytes: the key a build compares, and when it can be
trusted without reading the file again (git's "racy" entries)."""

from __future__ import annotations

import hashlib
import os
import time

# A file written this recently may be written again within the same timestamp tick, leaving
# its stat as it was: its stat cannot vouch for its bytes. File systems with whole-second
# timestamps (FAT has 2 s) need seconds; with finer ones, the kernel's coarse clock ticks
# every few milliseconds.
RACY_NS = 3_000_000_000
FINE_RACY_NS = 50_000_000


def stat_key(stat: os.stat_result) -> tuple[int, int, int, int]:
    # ctime too: a write that puts the old mtime back (cp -p, rsync -t) still moves it.
    return (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)


def is_racy(mtime_ns: int, ctime_ns: int, now_ns: int) -> bool:
    """Whether a file stamped (mtime, ctime) could still change unseen as of `now_ns`."""
    newest = max(mtime_ns, ctime_ns)
    window = RACY_NS if newest % 1_000_000_000 == 0 else FINE_RACY_NS  # whole seconds: coarse FS
    return now_ns - newest < window


def read_bytes(path: str, stat: os.stat_result) -> tuple[bytes, str, bool]:
    """The file's bytes, their digest, and whether it was written too recently for its stat
    to vouch for its bytes next time."""
    with open(path, "rb") as handle:
        raw = handle.read()
    racy = is_racy(stat.st_mtime_ns, stat.st_ctime_ns, time.time_ns())
    return raw, hashlib.blake2b(raw, digest_size=16).hexdigest(), racy
