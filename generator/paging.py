"""Pagination: long lists split into pages with stable addresses (`…/page/2/`).

Every list that grows with the archive is paged, so no page is megabytes and a changed
claim re-renders one page of a topic, not all of it. Page 1 keeps the list's own address.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

CLAIMS_PER_PAGE = 50  # claims with their footnotes, on topic and province pages
ITEMS_PER_PAGE = 100  # rows of the sources list, the briefs list and the lists below
INLINE_ITEMS = 20  # briefs or reports shown on a topic or province page before "all N"
FEED_ENTRIES = 50  # newest briefs in feed.xml
SITEMAP_URLS = 50_000  # pages one sitemap file may list (sitemaps.org); past it, sitemap.xml is an index

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Pager:
    number: int  # 1-based
    paths: tuple[str, ...]  # the site path of every page of the list
    total: int  # items in the whole list
    first: int  # 1-based position of this page's first item in the whole list

    @property
    def count(self) -> int:
        return len(self.paths)

    @property
    def path(self) -> str:
        return self.paths[self.number - 1]

    @property
    def previous(self) -> str:
        return self.paths[self.number - 2] if self.number > 1 else ""

    @property
    def next(self) -> str:
        return self.paths[self.number] if self.number < self.count else ""

    def shown(self) -> list[int]:
        """Page numbers to link: all of a short list; else ends and neighbours (0 = a gap)."""
        if self.count <= 9:
            return list(range(1, self.count + 1))
        keep = sorted({1, 2, self.count - 1, self.count, *range(self.number - 2, self.number + 3)})
        shown: list[int] = []
        for n in (n for n in keep if 1 <= n <= self.count):
            if shown and n > shown[-1] + 1:
                shown.append(0)
            shown.append(n)
        return shown


def page_path(folder: str, number: int) -> str:
    """`folder` is a list's own folder, e.g. "topics/steel/"; page 1 is its index.html."""
    return f"{folder}index.html" if number == 1 else f"{folder}page/{number}/index.html"


def paginate(items: Sequence[T], size: int, folder: str) -> list[tuple[Pager, Sequence[T]]]:
    """The list's pages, at least one (an empty list still has its page)."""
    count = max(1, -(-len(items) // size))
    paths = tuple(page_path(folder, n) for n in range(1, count + 1))
    return [(Pager(n, paths, len(items), (n - 1) * size + 1), items[(n - 1) * size:n * size])
            for n in range(1, count + 1)]
