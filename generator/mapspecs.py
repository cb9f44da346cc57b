"""What each page's map shows: markers, shading and framing, computed from the index.

Plain data only — `maps.py` turns a MapSpec into Leaflet through folium. A marker stands for
the claims at one province seat or place; its status is "contested" when any of them is in a
`contradicts` relation, "single-source" when all of them rest on one publisher.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from markdown_it import MarkdownIt

from generator.index import SiteIndex
from generator.markup import plain_inline
from generator.model import ClaimKey, ResolvedSite
from generator.urls import province_path
from generator.views import claim_link

POPUP_CLAIMS = 8  # claims listed in a popup before "and N more"
EMPTY_PLACES = 100  # places with no claims a province map marks, at most


@dataclass(frozen=True, slots=True)
class PopupLink:
    text: str
    href: str  # a site path, made relative to the page when rendered; "" for a line of text among the links
    flags: tuple[str, ...] = ()  # a claim's, as pages show them beside it: "single source", "contested"


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str  # "province" | "place"
    name: str
    hangul: str
    lat: float
    lon: float
    claims: int
    contested: int
    single_source: int
    link: str  # the province page (site path), "" when it has none
    lines: tuple[str, ...]  # popup text lines
    links: tuple[PopupLink, ...]  # popup links

    @property
    def status(self) -> str:
        if self.contested:
            return "contested"
        if self.claims and self.single_source == self.claims:
            return "single-source"
        return "normal"

    @property
    def radius(self) -> float:
        """Area proportional to the claim count."""
        return round(5 + 3.5 * math.sqrt(self.claims), 1)


@dataclass(frozen=True, slots=True)
class MapSpec:
    kind: str  # "overview" | "province" | "topic" | "brief"
    center: tuple[float, float]
    zoom: int
    fit: tuple[float, float, float, float] | None  # (south, west, north, east) to frame
    markers: tuple[Marker, ...]
    shading: tuple[tuple[str, int], ...]  # (province code, claims) for a choropleth; () for none
    focus: str  # the province a province page is about
    unmarked: int = 0  # places with no claims left off a province map (see SpecBuilder.province)


NORTH_KOREA = (40.3, 127.3)
NORTH_KOREA_BOUNDS = (37.7, 124.2, 43.0, 130.7)


class SpecBuilder:
    def __init__(self, site: ResolvedSite, index: SiteIndex, md: MarkdownIt):
        self.site, self.index, self.md = site, index, md
        self._plain: dict[ClaimKey, str] = {}
        self._order: dict[tuple[str, str], dict[ClaimKey, int]] = {}  # see _among

    def claim_text(self, key: ClaimKey) -> str:
        """The claim as plain text. Pages render a claim's text as inline Markdown, so it is
        parsed as such here too ("1. …" is not a list), at two thirds of a block parse's cost."""
        if key not in self._plain:
            self._plain[key] = plain_inline(self.md, self.index.claims[key].claim.text)
        return self._plain[key]

    def counts(self, keys: tuple[ClaimKey, ...]) -> tuple[int, int, int]:
        return (len(keys), sum(self.index.is_contested(k) for k in keys),
                sum(self.index.is_single_source(k) for k in keys))

    def topics_of(self, keys: Iterable[ClaimKey]) -> list[str]:
        """The topics a province marker's popup counts claims of (topic_lines)."""
        return sorted({t for k in keys for t in self.index.claims[k].topics})

    def topic_lines(self, keys: Iterable[ClaimKey]) -> tuple[str, ...]:
        per_topic: dict[str, int] = {}
        for key in keys:
            for topic in self.index.claims[key].topics:
                per_topic[topic] = per_topic.get(topic, 0) + 1
        ordered = sorted(per_topic.items(), key=lambda item: (-item[1], self.site.topics[item[0]].title))
        return tuple(f"{self.site.topics[t].title}: {n} claim{'s' * (n != 1)}" for t, n in ordered)

    def claim_links(self, keys: tuple[ClaimKey, ...]) -> tuple[tuple[str, ...], tuple[PopupLink, ...]]:
        """No lines, and the first claims' links, "and N more" after them."""
        links = tuple(PopupLink(self.claim_text(k), claim_link(k), self.flags(k)) for k in keys[:POPUP_CLAIMS])
        more = len(keys) - POPUP_CLAIMS
        return (), links + ((PopupLink(f"and {more} more", ""),) if more > 0 else ())

    def flags(self, key: ClaimKey) -> tuple[str, ...]:
        """A claim's flags, as every page that lists it shows them: a marker's colour is that of
        all its claims together, and says nothing of each."""
        return (("single source",) if self.index.is_single_source(key) else ()) \
            + (("contested",) if self.index.is_contested(key) else ())

    def province_marker(self, code: str, keys: tuple[ClaimKey, ...], detail: str) -> Marker:
        province = self.site.provinces[code]
        has_page = code in self.index.provinces_with_content
        link = province_path(province.slug) if has_page else ""
        if detail == "topics":
            lines, links = self.topic_lines(keys), ()
        else:
            lines, links = self.claim_links(keys)
        if link:
            links = (*links, PopupLink(f"{province.name} province page", link))
        return Marker("province", province.name, province.hangul, province.capital_lat, province.capital_lon,
                      *self.counts(keys), link, lines, links)

    def place_marker(self, pid: str, keys: tuple[ClaimKey, ...]) -> Marker:
        place = self.site.places[pid]
        province = self.site.provinces[place.province]
        lines, links = self.claim_links(keys)
        if not keys:
            lines = ("No claims yet.",)
        if place.province in self.index.provinces_with_content:
            # Also the way to the province's page where its seat's marker lies under this one
            # (Chongjin on North Hamgyong's): a marker below cannot be clicked.
            links = (*links, PopupLink(f"{province.name} province page", province_path(province.slug)))
        return Marker("place", place.place.name, place.place.hangul, place.place.lat, place.place.lon,
                      *self.counts(keys), province_path(province.slug), lines, links)

    def fit_markers(self, markers: tuple[Marker, ...]) -> tuple[float, float, float, float] | None:
        if not markers:
            return None
        lats, lons = [m.lat for m in markers], [m.lon for m in markers]
        return (min(lats), min(lons), max(lats), max(lons))

    # --- one function per page type -------------------------------------------

    def bare(self, kind: str, code: str = "") -> MapSpec:
        """A map of `kind` (of the province `code`) without markers or framing: what its
        folium part is drawn from (see maps.MapRenderer), the same for every map of a kind but
        a province's. The specs below are these with their markers and framing."""
        if kind == "province":
            province = self.site.provinces[code]
            return MapSpec(kind, (province.lat, province.lon), province.zoom, None, (), self._shading(), code)
        return MapSpec(kind, NORTH_KOREA, 6, None, (), self._shading() if kind == "overview" else (), "")

    def every_bare(self) -> list[MapSpec]:
        """The bare spec of every map the site's pages show."""
        return [self.bare("overview"), *(self.bare("province", code) for code in self.index.provinces_with_content),
                self.bare("topic"), self.bare("brief")]

    def _shading(self) -> tuple[tuple[str, int], ...]:
        """The claims per province that the overview and province maps shade."""
        return tuple((code, len(self.index.claims_by_province.get(code, ()))) for code in self.site.provinces)

    def overview(self) -> MapSpec:
        by_province = self.index.claims_by_province
        markers = tuple(self.province_marker(code, by_province[code], "topics")
                        for code in self.site.provinces if by_province.get(code))
        return replace(self.bare("overview"), fit=NORTH_KOREA_BOUNDS, markers=markers)

    def province(self, code: str) -> MapSpec:
        """The province's seat and its places. Places with no claims show where things are while
        they are few; a gazetteer of thousands would bury the markers that say something (and
        make the page megabytes), so past EMPTY_PLACES of them only places with claims are marked."""
        keys = self.index.claims_by_province.get(code, ())
        places = [(pid, self.index.claims_by_place.get(pid, ())) for pid in self.index.places_by_province.get(code, ())]
        marked = [(pid, k) for pid, k in places if k] if sum(not k for _, k in places) > EMPTY_PLACES else places
        markers = (self.province_marker(code, keys, "topics"), *(self.place_marker(pid, k) for pid, k in marked))
        return replace(self.bare("province", code), fit=self.site.boundaries.bounds.get(code), markers=markers,
                       unmarked=len(places) - len(marked))

    def _markers_for(self, keys: tuple[ClaimKey, ...], provinces: Iterable[str], places: Iterable[str]) -> tuple[Marker, ...]:
        chosen = set(keys)
        markers = []
        for code in provinces:
            markers.append(self.province_marker(code, self._among("province", code, chosen), "claims"))
        for pid in places:
            markers.append(self.place_marker(pid, self._among("place", pid, chosen)))
        return tuple(markers)

    def _among(self, kind: str, ident: str, chosen: set[ClaimKey]) -> tuple[ClaimKey, ...]:
        """The claims `chosen` listed under a province or place, in the index's order. Looked up
        by position, so a brief's map costs its own claims, not all its provinces' (which
        grow with the archive: scanning them made every brief page slower as it grew)."""
        table = self.index.claims_by_province if kind == "province" else self.index.claims_by_place
        listed = table.get(ident, ())
        if len(chosen) * 4 >= len(listed):
            return tuple(k for k in listed if k in chosen)
        order = self._order.get((kind, ident))
        if order is None:
            order = self._order[(kind, ident)] = {k: i for i, k in enumerate(listed)}
        return tuple(sorted((k for k in chosen if k in order), key=order.__getitem__))

    def places_of(self, keys: Iterable[ClaimKey]) -> list[str]:
        """The places a topic's map marks: those of its claims."""
        return sorted({p for k in keys for p in self.index.claims[k].places})

    def topic(self, topic_id: str) -> MapSpec:
        keys = self.index.claims_by_topic.get(topic_id, ())
        provinces = sorted({p for k in keys for p in self.index.claims[k].provinces}, key=list(self.site.provinces).index)
        markers = self._markers_for(keys, provinces, self.places_of(keys))
        return replace(self.bare("topic"), fit=self.fit_markers(markers), markers=markers)

    def brief(self, brief_id: str) -> MapSpec:
        brief = self.site.briefs[brief_id]
        keys = tuple(c.key for c in brief.claims)
        provinces = list(dict.fromkeys((*brief.provinces, *(p for c in brief.claims for p in c.provinces))))
        places = list(dict.fromkeys((*brief.places, *(p for c in brief.claims for p in c.places))))
        markers = self._markers_for(keys, provinces, places)
        return replace(self.bare("brief"), fit=self.fit_markers(markers), markers=markers)
