"""Stage 6: {output path: bytes} → the output folder, all at once or not at all.

The new site is assembled in a sibling folder — unchanged files are hard links to the old
ones, so their inode and mtime survive for rsync-style deploys — and swapped in with two
renames at the end. Pages of deleted content are simply not in the new folder. Hidden
entries at the top of the output (.git, .gitkeep, .nojekyll) are carried over untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

MARKER = ".briefing-build"


class UnsafeOutput(Exception):
    """The output folder is one we must not replace (user data, the content itself)."""


@dataclass(frozen=True, slots=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def check_output(out: Path, root: Path) -> None:
    """Refuse to replace a folder that briefing did not make, or one holding the content."""
    target, root = out.resolve(), root.resolve()
    if root.is_relative_to(target):
        raise UnsafeOutput(f"the output folder {out} would replace the site's own files")
    for own in ("content", "templates"):
        # Output inside templates/ would be read back as templates: content run as code.
        if target.is_relative_to(root / own):
            raise UnsafeOutput(f"the output folder {out} is inside the site's {own}/ folder")
    if target.is_dir() and not (target / MARKER).exists():
        if any(not entry.name.startswith(".") for entry in target.iterdir()):
            raise UnsafeOutput(f"{out} exists and was not built by briefing; it is left alone")
    elif target.exists() and not target.is_dir():
        raise UnsafeOutput(f"{out} exists and is not a folder")


def write_site(files: dict[str, bytes], out: Path) -> WriteResult:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    try:
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)  # mkdtemp's 0700 would hide the site from a web server
        written, unchanged = _assemble(files, out, staging)
        (staging / MARKER).write_bytes(b"built by briefing; safe to delete with the folder\n")
        removed = sorted(set(_old_files(out)) - set(files))
        _carry_hidden(out, staging)
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return WriteResult(tuple(written), tuple(unchanged), tuple(removed))


def _assemble(files: dict[str, bytes], out: Path, staging: Path) -> tuple[list[str], list[str]]:
    written, unchanged = [], []
    for rel, data in files.items():
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        old = out / rel
        if _same_file(old, data):
            try:
                os.link(old, target)
                unchanged.append(rel)
                continue
            except OSError:
                pass  # no hard links on this file system: write the copy
        target.write_bytes(data)
        written.append(rel)
    return written, unchanged


def _same_file(path: Path, data: bytes) -> bool:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _old_files(out: Path) -> list[str]:
    if not out.is_dir():
        return []
    return [
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and not p.relative_to(out).parts[0].startswith(".")
    ]


def _carry_hidden(out: Path, staging: Path) -> None:
    if not out.is_dir():
        return
    for entry in out.iterdir():
        if entry.name.startswith(".") and entry.name != MARKER:
            os.rename(entry, staging / entry.name)


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    trash = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    old = trash / "site"
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(old, out)  # put the old site back before reporting the failure
        raise
    shutil.rmtree(trash, ignore_errors=True)
