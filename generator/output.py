"""Where rendered files go: memory (`briefing serve`, tests), nowhere (`briefing check`) or
the output folder (`write.SiteWriter`). The renderer hands over each file once, in a fixed
order."""

from __future__ import annotations

from typing import Any, Protocol


class Output(Protocol):
    # True when the renderer should keep page bytes in its cache (it cannot ask for them back)
    keeps_bytes: bool

    def stage(self, rel: str, data: bytes, digest: str) -> Any:
        """Take a file's bytes and their `write.file_digest` (in a render worker, when there
        are workers): what `record` needs to know of it afterwards."""
        ...

    def record(self, rel: str, staged: Any) -> None:
        """Account for a staged file, in the build's own process, in the site's order."""
        ...

    def put(self, rel: str, data: bytes) -> None: ...

    def keep(self, rel: str, digest: str) -> bool:
        """Reuse the file the last build wrote, if it is still there with `digest`."""
        ...


class MemoryOutput:
    keeps_bytes = True

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def stage(self, rel: str, data: bytes, digest: str) -> Any:
        return data

    def record(self, rel: str, staged: Any) -> None:
        self.files[rel] = staged

    def put(self, rel: str, data: bytes) -> None:
        self.files[rel] = data

    def keep(self, rel: str, digest: str) -> bool:
        return False


class NullOutput:
    """Renders for the diagnostics only: the output folder cannot be written."""

    keeps_bytes = False

    def stage(self, rel: str, data: bytes, digest: str) -> Any:
        return None

    def record(self, rel: str, staged: Any) -> None:
        pass

    def put(self, rel: str, data: bytes) -> None:
        pass

    def keep(self, rel: str, digest: str) -> bool:
        return False


class DiagnosticsOutput(NullOutput):
    """Renders for the diagnostics alone (`briefing check`): no page is kept, and a page the
    build cache holds for the same fingerprint is not rendered again, for its diagnostics
    are the cache's."""

    def keep(self, rel: str, digest: str) -> bool:
        return True
