"""What one build keeps for the next, so that a rebuild redoes only what a change affects.

`briefing serve` keeps one BuildCache in memory across rebuilds. Everything in it is keyed
by content (file digests, the text it was computed from, a page's complete inputs), never
by file names or times alone, so a stale entry is never used: at worst it is not found.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple


# What store.py saves, in two parts: what reading and resolving produced, saved before pages
# are rendered (when a build holds the least), and what rendering produced, saved after.
# Report bodies and claim digests are not saved: quicker to redo for the few pages an edit
# re-renders than to load for all of them. Nor is the index: building it again (0.3 s at
# 10,000 reports) costs less than loading it and saving it again after every edit.
MODEL_TABLES = ("files", "validated", "quotes", "resolved", "mentions", "listing", "links")
PAGE_TABLES = ("pages", "output", "templates", "template_refs", "maps", "hints")


class Stripped(NamedTuple):
    """Stands for a parsed file whose validated model is in BuildCache.validated."""

    path: str


class Bodies:
    """Rendered report bodies by key (bodies.body_key): packed HTML, and the media files asked for.

    The HTML of the bodies added together is kept in one bytes object, a block, and a body is
    read as a slice of it. A process forked from the build then reads it without writing to
    it; a bytes object of each body's own would have its reference count written whenever it
    is read, which (CPython) copies the memory page it is on into the reading process: both
    processes of the render had made a copy of nearly every body (~19 MB at 10,000 reports).
    """

    def __init__(self) -> None:
        self._blocks: list[bytes] = []
        self._where: dict[tuple, tuple[int, int, int, tuple]] = {}  # key → (block, start, end, asked)
        self._kept = 0

    def __len__(self) -> int:
        """How many bodies the blocks hold, counting those added again since (a body rendered
        anew when its media files changed): what BuildCache.forget_stale bounds."""
        return self._kept

    def clear(self) -> None:
        self._blocks.clear()
        self._where.clear()
        self._kept = 0

    def add(self, bodies: Iterable[tuple[tuple, bytes, tuple]]) -> None:
        """Keep each (key, packed HTML, media asked for), in one new block."""
        bodies = list(bodies)
        if not bodies:
            return
        self._kept += len(bodies)
        block, start = len(self._blocks), 0
        for key, packed, asked in bodies:
            self._where[key] = (block, start, start + len(packed), asked)
            start += len(packed)
        self._blocks.append(b"".join(packed for _, packed, _ in bodies))

    def get(self, key: tuple) -> tuple[memoryview, tuple] | None:
        """The body's packed HTML and the media files it asked for, or None."""
        if (found := self._where.get(key)) is None:
            return None
        block, start, end, asked = found
        return memoryview(self._blocks[block])[start:end], asked


@dataclass
class BuildCache:
    # path → (stat key, racy, digest, loaded record or Stripped, diagnostics): files whose
    # stat is unchanged are not read
    files: dict[str, tuple[tuple[int, int, int, int], bool, str, Any, tuple]] = field(default_factory=dict)
    # (path, digest) → (model object, diagnostics): validation of one unchanged file
    validated: dict[tuple[str, str], Any] = field(default_factory=dict)
    # (report id, body digest, quote) → quote location
    quotes: dict[tuple[str, str, str, str], Any] = field(default_factory=dict)  # (report, file digest, language, quote)
    # ("report"|"brief", path, digest, names fingerprint, …) → (resolved record, diagnostics)
    resolved: dict[tuple, Any] = field(default_factory=dict)
    # (report path, digest, names fingerprint, listed provinces, listed places) → diagnostics
    mentions: dict[tuple, Any] = field(default_factory=dict)
    # (report path, digest, unpublished media) → the report's links to site files: see links.py
    links: dict[tuple, tuple] = field(default_factory=dict)
    # (Markdown digest, highlights, link prefix) → (rendered HTML of a report body, packed; the
    # media files its links asked for: see medianames.py)
    bodies: Bodies = field(default_factory=Bodies)
    # output path → (fingerprint of every input of the page but the media files, bytes or None,
    # the bytes' digest, diagnostics, the media files it asked for)
    pages: dict[str, tuple] = field(default_factory=dict)
    # folium map parts by their input (see maps.MapRenderer)
    maps: dict[str, str] = field(default_factory=dict)
    # what the last search of every report for misplaced quotes found: see elsewhere.hinted
    hints: dict[str, list] = field(default_factory=dict)
    # [what the index was built from, the index, each brief's part of the first]: see index.cached_index
    index: list = field(default_factory=list)
    # Jinja bytecode of compiled templates (Jinja checks each against its source's checksum)
    templates: dict[str, bytes] = field(default_factory=dict)
    # template source digest → the templates it extends, includes or imports
    template_refs: dict[str, list] = field(default_factory=dict)
    # (claim key, with footnotes) → (resolved claim, its surroundings, digest); see deps.py.
    # None in a cache no later build in this process will use (persist.py's)
    claim_digests: dict[tuple, Any] | None = field(default_factory=dict)

    # (parsed boundaries, province names, what resolve matched them to): see resolve._boundaries
    boundaries: tuple = ()
    # input files site.yaml names outside content/ (map.boundaries), relative to the root,
    # whether or not they exist: `serve` watches for them to appear
    wanted: frozenset[str] = frozenset()
    # folder → (its content files, the warnings listing it gave), for builds told what changed
    listing: dict[str, tuple[list[str], list]] = field(default_factory=dict)

    # what the last build wrote to the output folder (write.Manifest), trusted while unchanged
    output: dict[str, tuple] = field(default_factory=dict)

    def part(self, tables: tuple[str, ...]) -> dict[str, Any]:
        """Some tables, as saved between runs (pages without their bytes: the output folder
        holds them)."""
        kept = {name: getattr(self, name) for name in tables}
        if "pages" in kept:
            kept["pages"] = {path: (entry[0], None, *entry[2:]) for path, entry in self.pages.items()}
        return kept

    def strip_records(self) -> None:
        """Once a report or brief is validated, its parse is only needed if the validation is
        not in the cache: keep the (much smaller) validated model alone."""
        for path, entry in self.files.items():
            if not isinstance(entry[3], Stripped) and (path, entry[2]) in self.validated:
                self.files[path] = (*entry[:3], Stripped(path), entry[4])

    def forget_replaced(self, digests: dict[str, str]) -> None:
        """Drop what belongs to earlier versions of the files `digests` names (path → digest
        now) alone: a build that read a part of the site (patch.py) knows nothing of the rest."""
        def older(path: str, digest: str) -> bool:
            return path in digests and digests[path] != digest

        self.validated = {key: value for key, value in self.validated.items() if not older(key[0], key[1])}
        self.mentions = {key: value for key, value in self.mentions.items() if not older(key[0], key[1])}
        self.links = {key: value for key, value in self.links.items() if not older(key[0], key[1])}
        self.resolved = {key: value for key, value in self.resolved.items()
                         if key[0] == "last" or not older(key[1], key[2])}
        self.quotes = {key: value for key, value in self.quotes.items()
                       if not older(f"content/reports/{key[0]}.md", key[1])}

    def forget_stale(self, digests: dict[str, str], cited: frozenset[tuple[str, str]] | None = None) -> None:
        """Drop what belongs to files that are gone or changed, so a long `serve` session
        does not keep every version of every file. `cited`: the (report id, quote) pairs the
        briefs cite now; a located quote no brief cites any more is dropped too."""
        self.files = {path: entry for path, entry in self.files.items() if path in digests}
        self.validated = {key: value for key, value in self.validated.items() if digests.get(key[0]) == key[1]}
        self.mentions = {key: value for key, value in self.mentions.items() if digests.get(key[0]) == key[1]}
        self.links = {key: value for key, value in self.links.items() if digests.get(key[0]) == key[1]}
        self.resolved = {key: value for key, value in self.resolved.items()
                         if (key[2] in digests if key[0] == "last" else digests.get(key[1]) == key[2])}
        # Located quotes are kept exactly while they are of use — their report as it is now,
        # and a brief citing them — however many a site has: a size bound, as below, would
        # drop them all from a site that quotes its reports often, and the next edit would
        # locate every quote of its briefs again.
        reports = {path: digest for path, digest in digests.items() if path.startswith("content/reports/")}
        self.quotes = {key: value for key, value in self.quotes.items()
                       if reports.get(f"content/reports/{key[0]}.md") == key[1]
                       and (cited is None or (key[0], key[3]) in cited)}
        # The other content-keyed tables only grow with edits: keep them bounded by the site's size.
        bound = 4 * max(len(digests) + len(self.pages), 256)
        for table in (self.bodies, self.maps, self.template_refs, self.claim_digests, self.templates):
            if table is not None and len(table) > bound:
                table.clear()
