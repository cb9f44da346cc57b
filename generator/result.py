"""What a build returns: its diagnostics, what it wrote, and how long it took.

Its own module so that `briefing build` can answer a build with nothing to do (see
persist.py) without importing the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diagnostics import Diagnostic
from generator.write import WriteResult


@dataclass(frozen=True, slots=True)
class BuildResult:
    diagnostics: list[Diagnostic]
    files: dict[str, bytes]  # every file when built into memory (write=False); else empty
    written: WriteResult | None  # None when nothing was written
    seconds: float
    rendered: frozenset[str] = frozenset()  # output paths rendered anew (not reused from the cache)
    paths: tuple[str, ...] = ()  # every file of the site; empty when the build stopped at an error

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors
