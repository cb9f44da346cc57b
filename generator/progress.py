"""Progress of a long build: stages report how much they have done; the terminal shows it.

`build_site` takes a `Progress`: called with a stage name and its number of steps, it
returns the function the stage calls as steps finish. The default shows nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import TaskID

Advance = Callable[[int], None]
Progress = Callable[[str, int], Advance]


def _ignore(steps: int) -> None:
    pass


def no_progress(stage: str, total: int) -> Advance:
    return _ignore


class TerminalProgress:
    """A bar per stage on an interactive terminal, shown only once the build has taken a
    second (quick builds print nothing but their summary) and cleared when it ends."""

    LABELS = {"read": "reading content", "resolve": "locating quotes", "render": "rendering pages",
              "cache": "loading the cache", "save": "saving the cache"}

    def __init__(self, console: Console, delay: float = 1.0) -> None:
        # imported here, on a terminal: a build whose output is piped or logged never draws
        # a bar, and importing rich.progress cost it ~18 ms
        from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress

        self.bars = RichProgress(SpinnerColumn(), TextColumn("{task.description:<18}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True)
        self.timer = threading.Timer(delay, self.bars.start)
        self.timer.daemon = True
        self.task: TaskID | None = None

    def __enter__(self) -> TerminalProgress:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()
        self.bars.stop()

    def __call__(self, stage: str, total: int) -> Advance:
        if self.task is not None:  # the previous stage is over
            done = self.bars.tasks[-1]
            self.bars.update(self.task, total=done.total or 1, completed=done.total or 1)
        task = self.task = self.bars.add_task(self.LABELS.get(stage, stage), total=total or None)
        return lambda steps: self.bars.advance(task, steps)
