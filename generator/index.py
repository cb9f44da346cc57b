"""Stage 4: the resolved site → every lookup the pages need, computed once.

Claims by topic, province, place and cited report; briefs and reports by topic and
province; corroboration (distinct publishers per claim); contested claims (either side of a
`contradicts`); the passages quoted in each report and the claims that quote them. All lists
are sorted here so that templates only present them and output is deterministic.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace

from generator.model import (
    ClaimKey, Passage, QuoteStatus, ResolvedBrief, ResolvedClaim, ResolvedSite,
)


@dataclass(frozen=True, slots=True)
class QuotedPassage:
    """A passage of a report and the claims that quote it."""

    passage: Passage
    claims: tuple[ClaimKey, ...]


@dataclass(frozen=True, slots=True)
class SiteIndex:
    claims: dict[ClaimKey, ResolvedClaim]
    briefs_by_date: tuple[str, ...]  # newest first
    reports_by_date: tuple[str, ...]  # newest first
    claims_by_topic: dict[str, tuple[ClaimKey, ...]]
    claims_by_province: dict[str, tuple[ClaimKey, ...]]
    claims_by_place: dict[str, tuple[ClaimKey, ...]]
    claims_by_report: dict[str, tuple[ClaimKey, ...]]  # "cited by"
    briefs_by_topic: dict[str, tuple[str, ...]]
    briefs_by_province: dict[str, tuple[str, ...]]
    reports_by_topic: dict[str, tuple[str, ...]]
    reports_by_province: dict[str, tuple[str, ...]]
    places_by_province: dict[str, tuple[str, ...]]
    publishers: dict[ClaimKey, tuple[str, ...]]  # distinct publishers supporting each claim
    contested_with: dict[ClaimKey, tuple[ClaimKey, ...]]  # both directions of `contradicts`
    passages_by_report: dict[str, tuple[QuotedPassage, ...]]  # in reading order
    provinces_with_content: tuple[str, ...]  # gazetteer order

    def corroboration(self, key: ClaimKey) -> int:
        return len(self.publishers[key])

    def is_single_source(self, key: ClaimKey) -> bool:
        return len(self.publishers[key]) <= 1

    def is_contested(self, key: ClaimKey) -> bool:
        return bool(self.contested_with.get(key))


def index_inputs(site: ResolvedSite, shapes: dict[str, tuple]) -> tuple:
    """Everything that decides the index's lists: which claims, briefs and reports there are,
    in what order, under which topics, provinces and places, citing which reports and
    contradicting which claims. The words of claims and the located quotes are not in it:
    an edit that changes only those leaves every list as it was (see cached_index).

    `shapes` holds each brief's part with the brief it was taken from: unchanged briefs are
    the very same objects from build to build (see resolve), so only edited ones are walked,
    and comparing two of these with `==` is cheap."""
    kept = dict(shapes)
    shapes.clear()
    for bid, brief in site.briefs.items():
        old = kept.get(bid)
        shapes[bid] = old if old is not None and old[0] is brief else (brief, _brief_shape(brief))
    return (tuple((bid, shape) for bid, (_, shape) in shapes.items()),
            tuple((rid, r.report.published, r.report.publisher, r.topics, r.provinces, r.places)
                  for rid, r in site.reports.items()),
            tuple((pid, p.province, p.place.name) for pid, p in site.places.items()), tuple(site.provinces))


def _brief_shape(resolved: ResolvedBrief) -> tuple:
    return (resolved.brief.date, resolved.topics, resolved.provinces,
            tuple((c.key, c.topics, c.provinces, c.places, tuple(dict.fromkeys(x.report for x in c.citations)),
                   c.contradicts) for c in resolved.claims))


def cached_index(site: ResolvedSite, memo: list) -> SiteIndex:
    """build_index, redoing only what changed since the index in `memo` ([inputs, index,
    brief shapes]) was built: nothing when nothing did; the claims' own entries when only
    their words or located quotes did; everything when any list may have changed."""
    shapes = memo[2] if len(memo) == 3 else {}
    inputs = index_inputs(site, shapes)
    if len(memo) == 3 and memo[0] == inputs:
        memo[1] = _refreshed(memo[1], site)
    else:
        memo[:] = [inputs, build_index(site), shapes]
    return memo[1]


def _refreshed(old: SiteIndex, site: ResolvedSite) -> SiteIndex:
    """`old` with the claims of edited briefs put in: their publishers and the passages of
    the reports they cite computed again, every list kept (index_inputs says they hold)."""
    claims = {c.key: c for bid in old.briefs_by_date for c in site.briefs[bid].claims}
    changed = [c for key, c in claims.items() if old.claims[key] is not c]
    if not changed:
        return old
    publishers = dict(old.publishers)
    for claim in changed:
        publishers[claim.key] = _publishers(claim, site)
    passages = dict(old.passages_by_report)
    for rid in sorted({x.report for claim in changed for x in claim.citations}):
        passages.pop(rid, None)
        passages.update(_passages([claims[key] for key in old.claims_by_report.get(rid, ())], only=rid))
    return replace(old, claims=claims, publishers=publishers, passages_by_report=dict(sorted(passages.items())))


def build_index(site: ResolvedSite) -> SiteIndex:
    briefs = sorted(site.briefs.values(), key=lambda b: (-b.brief.date.toordinal(), b.brief.id))
    reports = sorted(site.reports.values(), key=lambda r: (-r.report.published.toordinal(), r.report.id))
    claims = {c.key: c for b in briefs for c in b.claims}
    ordered = list(claims.values())  # newest brief first, then the brief's own order

    def group(attr: str) -> dict[str, tuple[ClaimKey, ...]]:
        out: dict[str, list[ClaimKey]] = defaultdict(list)
        for claim in ordered:
            for value in getattr(claim, attr):
                out[value].append(claim.key)
        return {k: tuple(v) for k, v in sorted(out.items())}

    by_report: dict[str, list[ClaimKey]] = defaultdict(list)
    for claim in ordered:
        for rid in dict.fromkeys(c.report for c in claim.citations):
            by_report[rid].append(claim.key)
    claims_by_province = group("provinces")
    reports_by_province = _group_items(reports, "provinces", lambda r: r.report.id)
    places_by_province = _places_by_province(site)
    with_content = tuple(code for code in site.provinces
                         if code in claims_by_province or code in reports_by_province)
    return SiteIndex(
        claims=claims,
        briefs_by_date=tuple(b.brief.id for b in briefs),
        reports_by_date=tuple(r.report.id for r in reports),
        claims_by_topic=group("topics"),
        claims_by_province=claims_by_province,
        claims_by_place=group("places"),
        claims_by_report={k: tuple(v) for k, v in sorted(by_report.items())},
        briefs_by_topic=_group_items(briefs, "topics", lambda b: b.brief.id, claims_of=True),
        briefs_by_province=_group_items(briefs, "provinces", lambda b: b.brief.id, claims_of=True),
        reports_by_topic=_group_items(reports, "topics", lambda r: r.report.id),
        reports_by_province=reports_by_province,
        places_by_province=places_by_province,
        publishers={c.key: _publishers(c, site) for c in ordered},
        contested_with=_contested(ordered),
        passages_by_report=_passages(ordered),
        provinces_with_content=with_content,
    )


def _group_items(items: list, attr: str, ident, claims_of: bool = False) -> dict[str, tuple[str, ...]]:
    """Items by each value of `attr`; a brief also counts under its claims' values."""
    out: dict[str, dict[str, None]] = defaultdict(dict)
    for item in items:
        values = list(getattr(item, attr))
        if claims_of:
            values += [v for claim in item.claims for v in getattr(claim, attr)]
        for value in values:
            out[value][ident(item)] = None
    return {k: tuple(v) for k, v in sorted(out.items())}


def _places_by_province(site: ResolvedSite) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for pid, place in sorted(site.places.items(), key=lambda item: (item[1].place.name, item[0])):
        out[place.province].append(pid)
    return {k: tuple(v) for k, v in sorted(out.items())}


@functools.lru_cache(maxsize=65536)
def publisher_key(name: str) -> str:
    """"Daily NK", "DailyNK" and "daily nk." are one publisher."""
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalnum())


def _publishers(claim: ResolvedClaim, site: ResolvedSite) -> tuple[str, ...]:
    """Distinct publishers whose located words support the claim."""
    names: dict[str, str] = {}
    for citation in claim.citations:
        if citation.status is QuoteStatus.NOT_FOUND:
            continue
        publisher = site.reports[citation.report].report.publisher
        names.setdefault(publisher_key(publisher) or publisher, publisher)
    return tuple(sorted(names.values()))


def _contested(claims: list[ResolvedClaim]) -> dict[ClaimKey, tuple[ClaimKey, ...]]:
    pairs: dict[ClaimKey, set[ClaimKey]] = defaultdict(set)
    for claim in claims:
        for other in claim.contradicts:
            pairs[claim.key].add(other)
            pairs[other].add(claim.key)
    return {k: tuple(sorted(v)) for k, v in sorted(pairs.items())}


def _passages(claims: list[ResolvedClaim], only: str | None = None) -> dict[str, tuple[QuotedPassage, ...]]:
    """The passages quoted in each report (in report `only`, when given) and their claims."""
    # A passage's claims in a dict, in order of first citation: a passage may be quoted by
    # thousands of claims, and a list searched for each would cost their number squared.
    found: dict[str, dict[str, tuple[Passage, dict[ClaimKey, None]]]] = defaultdict(dict)
    for claim in claims:
        for citation in claim.citations:
            if citation.passage is None or (only is not None and citation.report != only):
                continue
            entry = found[citation.report].setdefault(citation.passage.anchor, (citation.passage, {}))
            entry[1][claim.key] = None
    return {
        rid: tuple(QuotedPassage(p, tuple(keys))
                   for p, keys in sorted(entries.values(), key=lambda e: (e[0].spans, e[0].anchor)))
        for rid, entries in sorted(found.items())
    }
