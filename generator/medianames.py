"""Which media files a page asked for: all its HTML depends on of content/media/.

Markdown makes a link or image into content/media/ one to the published file when the file
is there, and leaves it as written when it is not (markup.site_target asks `name in media`).
Nothing else a page or a report body shows depends on which media files exist. So each
remembers the names it asked about, with the answers, and is reused while every answer is
the same: a new image re-renders the pages that link to it, not the whole site (fingerprinted
with the whole listing, every page was, 9–13 s at 10,000 reports). Pages of a site's own
templates are still fingerprinted with the whole listing (see deps.Fingerprints).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

Asked = tuple[tuple[str, bool], ...]  # (media file name, whether it was there), sorted


class MediaNames:
    """The names of the site's media files, noting the ones asked about while `noting`."""

    __slots__ = ("names", "_noting")

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)
        self._noting: list[dict[str, bool]] = []  # one per open `noting`, innermost last

    def __contains__(self, name: object) -> bool:
        found = name in self.names
        for asked in self._noting:
            asked[name] = found
        return found

    @contextmanager
    def noting(self) -> Iterator[dict[str, bool]]:
        """Note the names asked about (by the body of the `with`) in the dict it yields, and
        in those of the `noting` blocks it is in."""
        asked: dict[str, bool] = {}
        self._noting.append(asked)
        try:
            yield asked
        finally:
            self._noting.pop()

    def note(self, asked: Asked) -> None:
        """What a part made earlier asked (a page reuses a body or a Markdown text rendered
        for another page): the page asked it too."""
        for noting in self._noting:
            noting.update(asked)

    def answers(self, asked: Asked) -> bool:
        """Whether every name asked about is, or is not, there as it was."""
        return all((name in self.names) == found for name, found in asked)


def frozen(asked: dict[str, bool]) -> Asked:
    return tuple(sorted(asked.items())) if asked else ()
