"""Where a site's templates are: its own templates/ folder first, then the built-in theme.

Apart from theme.py (the Jinja environment) so that a build with nothing to do can list the
theme's files without importing Jinja.
"""

from __future__ import annotations

import os
from pathlib import Path


def builtin_theme_dir() -> Path:
    """Inside the wheel the theme sits in the package; in a checkout, beside it."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "templates"


def tree(folder: Path, unreadable: list[Path] | None = None) -> list[Path]:
    """Everything under `folder`, sorted, as sorted(folder.rglob("*")) lists it (links to
    folders are listed, not entered), without recursion: Python 3.11's rglob recurses once
    per level, and a theme nested a thousand folders deep was a RecursionError. Folders
    that cannot be listed (chmod 000) are added to `unreadable`, if given."""
    found: list[Path] = []
    folders = [folder]
    while folders:
        here = folders.pop()
        try:
            with os.scandir(here) as entries:
                for entry in entries:
                    found.append(Path(entry.path))
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            folders.append(Path(entry.path))
                    except OSError:
                        pass
        except OSError as exc:
            if unreadable is not None and not isinstance(exc, FileNotFoundError):  # (not gone since)
                unreadable.append(here)
            continue
    return sorted(found)


def theme_dirs(root: Path) -> tuple[Path, ...]:
    own = root / "templates"
    builtin = builtin_theme_dir()
    dirs = [own] if own.is_dir() and own.resolve() != builtin.resolve() else []
    return (*dirs, builtin)
