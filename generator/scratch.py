"""Editors' and tools' scratch files: never an input of a site, wherever they appear.

Shared by the loader (which does not read them, nor warn about them) and the watcher (which
does not rebuild for them), so that what a rebuild looks at and what a full build reads
agree.
"""

from __future__ import annotations

import re

# Names editors write beside the file they save and then delete or rename: vim (.swp …,
# the `4913` probe it writes to test a folder, `file~`), emacs (`#file#`), JetBrains
# (`___jb_tmp___`), Kate, browsers' partial downloads, generic temp and backup files.
_TEMP_SUFFIXES = (".swp", ".swx", ".swo", ".swn", ".tmp", ".temp", ".bak", ".orig", ".part",
                  ".crdownload", ".kate-swp", "___jb_tmp___", "___jb_old___", "~")


# `sed -i` writes the new text beside the file under "sed" and six random letters or digits,
# then renames it over the file.
_SED_TEMP = re.compile(r"sed[A-Za-z0-9]{6}")


def is_temporary(name: str) -> bool:
    """An editor's or a tool's scratch file (or folder), never an input of the site."""
    return name.startswith((".", "#")) or name.endswith(_TEMP_SUFFIXES) or name in ("Thumbs.db", "desktop.ini")


def is_sed_temp(name: str) -> bool:
    """A name `sed -i` may have given its temporary file: for the watcher, which sees it come
    and go during a save. Not for the loader: "sediments" may well be a folder of media."""
    return _SED_TEMP.fullmatch(name) is not None


def is_vim_probe(name: str) -> bool:
    """Vim checks it may write a folder by creating `4913` (then 5036, 5159 … if taken)."""
    return name.isdigit() and int(name) >= 4913 and (int(name) - 4913) % 123 == 0
