"""Outputs of earlier builds moved aside, not deleted, while builds are timed.

On ext4 without a journal (the file system of the machine these figures come from), every new
inode is checked against the inodes freed in the last minute (six, while their inode table
has not been written back), and those are rescanned from the start of their block group at
every allocation. Deleting the previous output just before a cold build therefore charges
that build for it: at N = 10,000, Briefing's cold build took 57.8 s of CPU in the first
round of a peer benchmark and 71.6–71.8 s in the next two for the same work, and every
tool's figure depended on what the benchmark had deleted in the minutes before. Moved
into a trash folder (one rename), an old output frees nothing until the benchmark ends.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


class Trash:
    """A folder that old outputs are moved into, and emptied when timing is over."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def discard(self, entry: Path) -> None:
        """Move `entry` out of the way; it must be on the same file system as the trash."""
        os.rename(entry, Path(tempfile.mkdtemp(dir=self.folder)) / entry.name)

    def empty(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
