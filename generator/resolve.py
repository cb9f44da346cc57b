"""Stage 3: references between files → canonical ids, and every quote → its passage.

Provinces may be named by ISO code, English name, McCune–Reischauer, Revised Romanization
or Hangul; places by id or name; claims in `contradicts` by id (`claim` within the brief or
anywhere if unique, `brief/claim` otherwise). Unknown names get "did you mean …?" hints.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from markdown_it import MarkdownIt

from generator.boundaries import match_boundaries
from generator.cache import BuildCache
from generator.citations import Location, Normalized, locate_quote, normalize
from generator.diagnostics import Diagnostic, error, warning
from generator.fields import did_you_mean
from generator.markup import make_markdown, plain_text
from generator.mentions import MentionFinder
from generator.names import Names
from generator.model import (
    Brief, Citation, Claim, ClaimKey, QuoteStatus, Ref, ResolvedBrief, ResolvedClaim,
    ResolvedPlace, ResolvedReport, ResolvedSite, Site,
)


def resolve(site: Site, md: MarkdownIt | None = None, cache: BuildCache | None = None) -> tuple[ResolvedSite, list[Diagnostic]]:
    md = md or make_markdown()
    diags: list[Diagnostic] = []
    provinces = Names("province", site.provinces,
                      ((n, p.code) for p in site.provinces.values() for n in p.names))
    provinces.shown = sorted(p.name for p in site.provinces.values())
    topics = Names("topic", site.topics, ((t, t) for t in site.topics),
                   silent="content/topics.yaml" in site.unreadable)
    places = {pid: ResolvedPlace(p, code) for pid, p in site.places.items()
              if (code := provinces.find(p.province, diags, f'for place "{pid}"'))}
    place_names = Names("place", site.places, ((n, pid) for pid, p in site.places.items()
                                               for n in (pid, p.name, p.hangul, *p.aliases) if n),
                        silent="content/places.yaml" in site.unreadable)
    reports = {}
    for rid, report in site.reports.items():
        place_ids = place_names.find_all(report.places, diags)
        reports[rid] = ResolvedReport(report, topics.find_all(report.topics, diags),
                                      _with_place_provinces(provinces.find_all(report.provinces, diags), place_ids, places),
                                      place_ids)
    texts = _ReadingTexts(site, md, cache)
    claims_index = _claims_by_id(site.briefs.values())
    briefs = {}
    for bid, brief in site.briefs.items():
        place_ids = place_names.find_all(brief.places, diags)
        brief_topics = topics.find_all(brief.topics, diags)
        brief_provinces = _with_place_provinces(provinces.find_all(brief.provinces, diags), place_ids, places)
        claims = tuple(
            _resolve_claim(brief, claim, site, topics, provinces, place_names, places, texts, claims_index, diags)
            for claim in brief.claims
        )
        briefs[bid] = ResolvedBrief(brief, brief_topics, brief_provinces, place_ids, claims)
    finder = MentionFinder(site.provinces.values(), places)
    mentions = cache.mentions if cache is not None else {}
    for report in reports.values():
        key = (report.report.path, site.digests.get(report.report.path, ""), finder.fingerprint,
               report.provinces, report.places)
        if key not in mentions or not key[1]:
            mentions[key] = tuple(finder.check(report, places))
        diags += mentions[key]
    boundaries, more = match_boundaries(site.boundaries, provinces)
    resolved = ResolvedSite(site.config, site.topics, places, reports, briefs, site.provinces, site.media,
                            boundaries, site.digests)
    return resolved, diags + more


def _with_place_provinces(codes: tuple[str, ...], place_ids: tuple[str, ...],
                          places: dict[str, ResolvedPlace]) -> tuple[str, ...]:
    """A place lies in a province: naming the place puts the item on that province's page."""
    extra = (places[p].province for p in place_ids if p in places)
    return tuple(dict.fromkeys((*codes, *extra)))


class _ReadingTexts:
    """Each cited report's reading text, parsed and normalised once per text; quotes located
    once per (report, text, quote). With a build cache, both survive into the next build."""

    def __init__(self, site: Site, md: MarkdownIt, cache: BuildCache | None):
        self.site, self.md = site, md
        self.texts: dict[str, tuple[str, Normalized]] = cache.reading if cache is not None else {}
        self.quotes: dict[tuple[str, str, str], Location] = cache.quotes if cache is not None else {}
        self.keys: dict[str, str] = {}

    def key(self, report_id: str) -> str:
        if report_id not in self.keys:
            body = self.site.reports[report_id].body.encode("utf-8")
            self.keys[report_id] = hashlib.blake2b(body, digest_size=16).hexdigest()
        return self.keys[report_id]

    def get(self, report_id: str) -> tuple[str, Normalized]:
        key = self.key(report_id)
        if key not in self.texts:
            text = plain_text(self.md, self.site.reports[report_id].body)
            self.texts[key] = (text, normalize(text))
        return self.texts[key]

    def locate(self, report_id: str, quote: str) -> Location:
        key = (report_id, self.key(report_id), quote)
        if key not in self.quotes:
            text, normalized = self.get(report_id)
            self.quotes[key] = locate_quote(report_id, quote, normalized, text)
        return self.quotes[key]


def _claims_by_id(briefs: Iterable[Brief]) -> dict[str, list[ClaimKey]]:
    index: dict[str, list[ClaimKey]] = {}
    for brief in briefs:
        for claim in brief.claims:
            index.setdefault(claim.id, []).append(ClaimKey(brief.id, claim.id))
    return index


def _resolve_claim(brief: Brief, claim: Claim, site: Site, topics: Names, provinces: Names,
                   place_names: Names, places: dict[str, ResolvedPlace], texts: _ReadingTexts,
                   claims_index: dict[str, list[ClaimKey]], diags: list[Diagnostic]) -> ResolvedClaim:
    key = ClaimKey(brief.id, claim.id)
    context = f'in claim "{claim.id}"'
    place_ids = place_names.find_all(claim.places, diags, context)
    citations = tuple(
        citation for source in claim.sources
        if (citation := _cite(claim, source, site, texts, diags)) is not None
    )
    contradicts = tuple(dict.fromkeys(
        k for ref in claim.contradicts if (k := _find_claim(key, ref, claims_index, diags)) is not None
    ))
    return ResolvedClaim(key, claim, topics.find_all(claim.topics, diags, context),
                         _with_place_provinces(provinces.find_all(claim.provinces, diags, context), place_ids, places),
                         place_ids, contradicts, citations)


def _cite(claim: Claim, source, site: Site, texts: _ReadingTexts, diags: list[Diagnostic]) -> Citation | None:
    rid = source.report.value
    if rid not in site.reports:
        if f"content/reports/{rid}.md" in site.unreadable:
            return None  # already reported where the report itself is broken
        hint = did_you_mean(rid, site.reports)
        diags.append(error(source.report.pos, f'claim "{claim.id}" cites unknown report "{rid}"',
                           hint or "report ids are the file names in content/reports/ without .md"))
        return None
    found = texts.locate(rid, source.quote)
    _report_location(claim, rid, found, source.quote_pos, diags)
    passage = found.passage if found.status is not QuoteStatus.NOT_FOUND else None
    return Citation(rid, source.quote, source.note, found.status, passage, found.score)


def _report_location(claim: Claim, rid: str, found: Location, pos, diags: list[Diagnostic]) -> None:
    if found.status is QuoteStatus.VERIFIED:
        return
    closest = f'the closest passage in the report reads: "{_clip(found.passage.text)}"' if found.passage else ""
    if found.status is QuoteStatus.APPROXIMATE:
        diags.append(warning(pos, f'quote in claim "{claim.id}" is not exact in report "{rid}" '
                                  f"({found.score:.0f}% match)", closest + "; copy the report's exact words"))
    else:
        diags.append(error(pos, f'quote in claim "{claim.id}" not found in report "{rid}"',
                           closest or "a quote must be the report's exact words"))


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _find_claim(own: ClaimKey, ref: Ref, index: dict[str, list[ClaimKey]],
                diags: list[Diagnostic]) -> ClaimKey | None:
    brief_id, _, claim_id = ref.value.rpartition("/")
    candidates = [k for k in index.get(claim_id, []) if not brief_id or k.brief == brief_id]
    same_brief = [k for k in candidates if k.brief == own.brief]
    if not brief_id and same_brief:
        candidates = same_brief
    if len(candidates) == 1 and candidates[0] != own:
        return candidates[0]
    if candidates == [own]:
        diags.append(error(ref.pos, f'claim "{own.claim}" contradicts itself'))
    elif candidates:
        options = ", ".join(str(k) for k in candidates)
        diags.append(error(ref.pos, f'"{ref.value}" is ambiguous: claims {options}',
                           "write it as brief-id/claim-id"))
    else:
        every = [str(k) for keys in index.values() for k in keys] + list(index)
        diags.append(error(ref.pos, f'claim "{own.claim}" contradicts unknown claim "{ref.value}"',
                           did_you_mean(ref.value, every)))
    return None
