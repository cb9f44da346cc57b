"""The dataclasses the stages pass on, from validated content to the resolved site.

`validate` makes Topic, Place, Report, Brief, Claim and Source (references still as the
user wrote them, as `Ref`s with positions); `resolve` makes the Resolved* records, whose
references are canonical ids and whose citations carry located passages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import zlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple

from generator.diagnostics import Pos
from generator.pickling import shared

KINDS = ("news", "social", "state-media", "official", "analysis", "defector", "other")
GRADES = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CONFIDENCES = ("low", "moderate", "high")
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


@dataclass(frozen=True, slots=True)
class Ref:
    """An id or a name as the user wrote it, and where (`pos`, made from its parts on demand:
    an archive holds ~13 refs a report, and each Pos kept was 64 bytes more of it)."""

    value: str
    path: str
    line: int = 0
    col: int = 0

    def __post_init__(self) -> None:
        # The same few ids (a topic, a province, a cited report) are written thousands of times
        # across an archive: one string for each, however it was read (parsed or unpickled).
        # Every process of the build holds the site: 6 MiB less of it at 10,000 reports.
        _intern_fields(self, ("value",))

    @classmethod
    def at(cls, value: str, pos: Pos) -> Ref:
        return cls(value, pos.path, pos.line, pos.col)

    @property
    def pos(self) -> Pos:
        return Pos(self.path, self.line, self.col)


@dataclass(frozen=True, slots=True)
class Province:
    """One first-level division of the gazetteer (generator/data/provinces.json)."""

    code: str
    slug: str
    name: str
    kind: str
    mr: str
    rr: str
    hangul: str
    aliases: tuple[str, ...]
    capital: str
    capital_lat: float
    capital_lon: float
    lat: float
    lon: float
    zoom: int

    @property
    def names(self) -> tuple[str, ...]:
        return (self.code, self.name, self.mr, self.rr, self.hangul, *self.aliases)


@dataclass(frozen=True, slots=True)
class TileConfig:
    """The map background: none (private, the default), a named provider or a URL template."""

    url: str = ""  # "" for no tiles
    attribution: str = ""  # HTML from xyzservices, or the user's text already escaped
    max_zoom: int = 18


@dataclass(frozen=True, slots=True)
class MapConfig:
    tiles: TileConfig = TileConfig()
    boundaries: str = ""  # the user's admin-1 GeoJSON, relative to the site root; "" = built-in


@dataclass(frozen=True, slots=True)
class SiteConfig:
    title: str
    base_url: str  # "" when not configured; otherwise ends with "/"
    language: str
    description: str
    strict: bool
    pos: Pos
    map: MapConfig = MapConfig()
    email_from: str = ""  # `email: {from: …}`: the default From of `briefing email --eml`
    email_from_pos: Pos = Pos("content/site.yaml")  # where email_from is written


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    description: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    hangul: str
    province: Ref
    lat: float
    lon: float
    aliases: tuple[str, ...]
    pos: Pos


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    path: str
    title: str
    publisher: str
    url: str
    published: dt.date
    author: str
    retrieved: dt.date | None
    kind: str
    reliability: str
    language: str  # a BCP 47 tag; "" when not given: the site's
    topics: tuple[Ref, ...]
    provinces: tuple[Ref, ...]
    places: tuple[Ref, ...]
    body_stored: bytes  # the Markdown body, as `compact_text` keeps it: read `body`
    body_digest: str  # text_digest(body): what its rendered HTML is cached by, found without reading it back
    body_line: int  # the file line the Markdown body starts on
    pos: Pos
    published_pos: Pos | None = None  # where the date is written
    retrieved_pos: Pos | None = None
    # Whether the body may hold a relative link, or a link the site drops (see links.py):
    # found once, as it is read, instead of decompressed for it by every build
    may_link: bool = True
    may_drop: bool = True

    def __post_init__(self) -> None:
        _intern_fields(self, _REPORT_REPEATS)  # as Ref's: a few publishers, kinds and grades

    @property
    def body(self) -> str:
        return stored_text(self.body_stored)

    @property
    def body_utf8(self) -> bytes:
        return zlib.decompress(self.body_stored)


_REPORT_REPEATS = ("publisher", "author", "kind", "reliability", "language")


def _intern_fields(obj: object, names: tuple[str, ...]) -> None:
    """The string fields `names` of a frozen dataclass as one object per distinct value."""
    for name in names:
        value = getattr(obj, name)
        if type(value) is str:  # (sys.intern takes no subclass of str, nor anything else)
            object.__setattr__(obj, name, sys.intern(value))


def stored_text(stored: bytes) -> str:
    """The text `compact_text` stored."""
    return zlib.decompress(stored).decode("utf-8", "surrogatepass")


def compact_text(text: str) -> bytes:
    """`text` compressed. A build keeps every report's body, and every worker it forks counts
    them all in its resident size: 88 MB at 10,000 reports of 9 KB (a str takes 2 bytes a
    character once it holds one curly quote), 24 MB compressed. A body is read back in ~40 µs,
    a few times a build; compressing it costs ~100 µs, once, where the report is read."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class Source:
    report: Ref
    quote: str
    note: str
    quote_pos: Pos

    def __post_init__(self) -> None:
        _intern_fields(self, ("quote",))  # and so is the passage it is found as (Passage.parts)


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    confidence: str  # "" when not given
    credibility: int  # 0 when not given
    topics: tuple[Ref, ...]  # the brief's when the claim gives none
    provinces: tuple[Ref, ...]
    places: tuple[Ref, ...]
    contradicts: tuple[Ref, ...]
    sources: tuple[Source, ...]
    pos: Pos

    def __post_init__(self) -> None:
        _intern_fields(self, ("confidence",))  # as Ref's: a few words, in every claim


@dataclass(frozen=True, slots=True)
class Brief:
    id: str
    path: str
    title: str
    date: dt.date
    author: str
    summary: str
    topics: tuple[Ref, ...]
    provinces: tuple[Ref, ...]
    places: tuple[Ref, ...]
    claims: tuple[Claim, ...]
    pos: Pos
    summary_pos: Pos | None = None  # where the summary is written (None in briefs cached before it was kept)
    date_pos: Pos | None = None  # where the date is written
    title_pos: Pos | None = None  # where the title is written


@dataclass(frozen=True, slots=True)
class RawGeoJson:
    """Province boundaries as parsed JSON; `path` is "" for the built-in Natural Earth data."""

    path: str
    data: Any


@dataclass(frozen=True, slots=True)
class Site:
    """Everything `validate` accepted, references unresolved."""

    config: SiteConfig
    topics: dict[str, Topic]
    places: dict[str, Place]
    reports: dict[str, Report]
    briefs: dict[str, Brief]
    provinces: dict[str, Province]  # the gazetteer, by ISO code
    media: dict[str, bytes]  # content/media/** by path relative to content/media
    unreadable: frozenset[str] = frozenset()  # content files that failed to load (see load.py)
    boundaries: RawGeoJson | None = None  # matched to the gazetteer by resolve
    digests: dict[str, str] = field(default_factory=dict)  # content path → digest of its bytes
    refused_media: frozenset[str] = frozenset()  # content/media/ files not published (see media.py)
    # Names an entry of topics.yaml or places.yaml would define, had it not been left out for
    # its errors, by file: references to them are not reported as unknown as well.
    left_out: dict[str, frozenset[str]] = field(default_factory=dict)
    # places.yaml's entries left out for repeating an id: their provinces are still checked,
    # so that renaming one brings no error that was there all along
    repeated_places: tuple[Place, ...] = ()


# --- resolved ---------------------------------------------------------------


class QuoteStatus(str, Enum):
    VERIFIED = "verified"
    APPROXIMATE = "approximate"
    NOT_FOUND = "not found"


class ClaimKey(NamedTuple):
    """A claim's identity across briefs. A named tuple, not a dataclass: it keys every index
    dictionary, and a tuple hashes and compares in C."""

    brief: str
    claim: str

    def __str__(self) -> str:
        return f"{self.brief}/{self.claim}"


@shared
@dataclass(frozen=True, slots=True)
class Passage:
    """Where a quote stands in its report's reading text (see markup.reading_text)."""

    spans: tuple[tuple[int, int], ...]  # [start, end) ranges; several when the quote elides words
    parts: tuple[str, ...]  # the report's own words for each span
    anchor: str  # "q-…", stable while the passage's words (and where an ellipsis parts them) stay the same
    # The rest of the word the passage begins or ends inside, if it does ("은" of 위원장은 for
    # "김정은 위원장", a Chinese quote's neighbours): a text fragment must start and end on a
    # word's edges, so these become its prefix and suffix.
    before: str = ""
    after: str = ""
    # The same where an elided passage's first part ends, and its last part begins, inside a
    # word ("김정은 위원장 … 지시했다"): a range's start and end terms must be whole words too.
    inner: tuple[str, str] = ("", "")
    # Words just before the passage when its first words are found earlier in
    # the report: a browser scrolls to the first place a directive's start term is found, so
    # these become the prefix that tells the two apart.
    lead: str = ""

    @property
    def text(self) -> str:
        return " … ".join(self.parts)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def __post_init__(self) -> None:
        # Most quotes are the report's words exactly: then a part is the very string its
        # Source holds (both interned), not a second copy in every process of the build.
        object.__setattr__(self, "parts", tuple(sys.intern(p) if type(p) is str else p for p in self.parts))


@dataclass(frozen=True, slots=True)
class Citation:
    report: str
    quote: str
    note: str
    status: QuoteStatus
    passage: Passage | None  # None when not found
    score: float  # 100 for verified
    # what a footnote tells its reader the report reads, where the passage alone would not show
    # why the quote is approximate (the bound it cuts, the denial beside it): see resolve.py
    reads: str = ""


@dataclass(frozen=True, slots=True)
class ResolvedClaim:
    key: ClaimKey
    claim: Claim
    topics: tuple[str, ...]
    provinces: tuple[str, ...]  # gazetteer codes
    places: tuple[str, ...]
    contradicts: tuple[ClaimKey, ...]
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class ResolvedBrief:
    brief: Brief
    topics: tuple[str, ...]
    provinces: tuple[str, ...]
    places: tuple[str, ...]
    claims: tuple[ResolvedClaim, ...]


@dataclass(frozen=True, slots=True)
class ResolvedReport:
    report: Report
    topics: tuple[str, ...]
    provinces: tuple[str, ...]
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    place: Place
    province: str  # gazetteer code


@dataclass(frozen=True, slots=True)
class Boundaries:
    """Province outlines matched to gazetteer codes, for choropleth maps."""

    shapes: dict[str, dict]  # code → GeoJSON geometry (Polygon or MultiPolygon)
    bounds: dict[str, tuple[float, float, float, float]]  # code → (south, west, north, east)
    attribution: str


@dataclass(frozen=True, slots=True)
class ResolvedSite:
    config: SiteConfig
    topics: dict[str, Topic]
    places: dict[str, ResolvedPlace]
    reports: dict[str, ResolvedReport]
    briefs: dict[str, ResolvedBrief]
    provinces: dict[str, Province]
    media: dict[str, bytes] = field(default_factory=dict)
    boundaries: Boundaries = field(default_factory=lambda: Boundaries({}, {}, ""))
    digests: dict[str, str] = field(default_factory=dict)  # content path → digest of its bytes
    names_key: str = ""  # every name and claim id the references were resolved against (see resolve)
