"""Stage 3: references between files → canonical ids, and every quote → its passage.

Provinces may be named by ISO code, English name, McCune–Reischauer, Revised Romanization
or Hangul; places by id or name; claims in `contradicts` by id (`claim` within the brief or
anywhere if unique, `brief/claim` otherwise). Unknown names get "did you mean …?" hints.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from generator.bodies import body_key, highlights, pack, render_body
from generator.boundaries import match_boundaries
from generator.cache import Bodies, BuildCache
from generator.deps import digest
from generator.citations import DOT_GROUPING, REFERENCE, Location, elided_from, elides, locate_quote, short_part
from generator.negations import primary_language, sense_negations
from generator.diagnostics import Diagnostic, error, warning
from generator.elsewhere import hinted, outside_text
from generator.fields import did_you_mean, unseen
from generator.markup import Sections, make_markdown, parse_report, reading_text_and_headings
from generator.medianames import MediaNames
from generator.links import PageIds, ReportLinks, link_warnings, report_links
from generator.mentions import MentionFinder
from generator.model import (
    Brief, Citation, Claim, ClaimKey, Passage, QuoteStatus, Ref, ResolvedBrief, ResolvedClaim,
    Boundaries, Province, RawGeoJson, Report, ResolvedPlace, ResolvedReport, ResolvedSite, Site,
)
from generator.names import Names
from generator.normalize import Normalized, normalize
from generator.parallel import run_all


@dataclass
class _Context:
    """The lookups of one resolve run."""

    site: Site
    provinces: Names
    topics: Names
    places: dict[str, ResolvedPlace]
    place_names: Names
    texts: "_ReadingTexts"
    claims_index: ClaimsIndex
    fingerprint: str  # every name and id the lookups know: part of each cached result's key


def resolve(site: Site, md: MarkdownIt | None = None, cache: BuildCache | None = None,
            workers: int = 1, names_key: str | None = None,
            ids: PageIds | None = None,
            claims: Iterable[tuple[str, str]] | None = None,
            root: Path | None = None, briefs_memo: dict | None = None) -> tuple[ResolvedSite, list[Diagnostic]]:
    """`names_key`, when given, stands for the key of every name and claim id: a part of a
    site (see patch.py) is resolved with the whole site's key, so that what the whole site
    resolved is found in the cache, and what the part resolves anew is filed as the same.
    `claims`, every claim of that whole site: a part's `contradicts` resolve against them,
    as the whole site's do, whether the claims they name are in the part or not. `root`, the
    site's folder, where link warnings point into the briefs' files. `briefs_memo`, where
    resolved briefs are kept instead of the cache: briefs that are not as their files have
    them (a narrow part's, see patch.py) must not be taken for theirs."""
    diags: list[Diagnostic] = []
    provinces = Names("province", site.provinces, ((n, p.code) for p in site.provinces.values() for n in p.names))
    provinces.shown = sorted(p.name for p in site.provinces.values())
    places = {pid: ResolvedPlace(p, code) for pid, p in site.places.items()
              if (code := provinces.find(p.province, diags, f'for place "{pid}"'))}
    for repeated in site.repeated_places:
        provinces.find(repeated.province, diags, f'for place "{repeated.id}"')
    claims_index = _claims_by_id(site.briefs.values()) if claims is None else _claims_of(claims)
    unreadable = sorted(site.unreadable)
    left_out = sorted((path, sorted(names)) for path, names in site.left_out.items())
    fingerprint = names_key or digest(
        sorted(site.topics), [(pid, p.name, p.hangul, p.aliases, pid in places and places[pid].province)
                              for pid, p in site.places.items()], unreadable, left_out,
        sorted((k.brief, k.claim) for k in _every_claim(claims_index)))
    ctx = _Context(
        site, provinces,
        Names("topic", site.topics, ((t, t) for t in site.topics), silent="content/topics.yaml" in site.unreadable,
              quiet=site.left_out.get("content/topics.yaml", ()), defined_in="content/topics.yaml"),
        places,
        Names("place", site.places, ((n, pid) for pid, p in site.places.items()
                                     for n in (pid, p.name, p.hangul, *p.aliases) if n),
              silent="content/places.yaml" in site.unreadable, quiet=site.left_out.get("content/places.yaml", ()),
              defined_in="content/places.yaml"),
        _ReadingTexts(site, md or make_markdown(), cache), claims_index, fingerprint)
    memo = cache.resolved if cache is not None else {}
    briefs_memo = memo if briefs_memo is None else briefs_memo
    report_keys = {rid: (ctx.texts.key(rid), ctx.texts.language(rid), f"content/reports/{rid}.md" in site.unreadable)
                   for rid in site.reports}
    brief_keys = {bid: ("brief", brief.path, site.digests.get(brief.path, ""), fingerprint,
                        _cited(brief, report_keys, site.unreadable))
                  for bid, brief in site.briefs.items()}
    reports = {rid: _cached(memo, ("report", report.path, ctx.texts.key(rid), fingerprint), diags,
                            lambda mine, report=report: _resolve_report(ctx, report, mine))
               for rid, report in site.reports.items()}
    mentions = _Mentions(ctx, reports, cache)
    # The costly part, on every core at once: locating the quotes of changed briefs (with the
    # bodies of their reports rendered on the way) and looking for unlisted names in changed
    # reports.
    changed = {bid for bid in site.briefs if brief_keys[bid] not in briefs_memo}
    locate, located = ctx.texts.jobs([(s.report.value, s.quote, bid in changed)
                                      for bid, b in site.briefs.items() for c in b.claims for s in c.sources])
    # (the reports whose quotes are located have their links found from the same parse)
    links = ReportLinks(ctx.texts.md, site, cache.links if cache is not None else None, ctx.texts.parsing)
    looked = mentions.jobs()
    results = list(run_all([*locate, *looked, *links.jobs()], workers))
    located(results[:len(locate)])
    links.found(ctx.texts.links)
    mentions.store(results[len(locate):len(locate) + len(looked)])
    links.store(results[len(locate) + len(looked):])
    del results  # (each body as a bytes object of its own, now in a block: not held twice meanwhile)
    briefs = {bid: _cached(briefs_memo, brief_keys[bid], diags,
                           lambda mine, brief=brief: _resolve_brief(ctx, brief, mine))
              for bid, brief in site.briefs.items()}
    diags += mentions.diagnostics()
    diags += link_warnings(links, _claim_ids(ctx.claims_index), ids, root)
    boundaries, more = _boundaries(site.boundaries, provinces, cache)
    more = more + _outside_their_provinces(places, boundaries, site.provinces)
    resolved = ResolvedSite(site.config, site.topics, places, reports, briefs, site.provinces, site.media,
                            boundaries, site.digests, fingerprint)
    memo = cache.hints if cache is not None else None
    return resolved, hinted(diags, site, ctx.texts.get, ctx.texts.language, memo) + more


PROVINCE_MARGIN = 0.25  # degrees (~25 km) past a province's outline's box: simplified outlines cut coasts


def _outside_their_provinces(places: dict[str, ResolvedPlace], boundaries: Boundaries,
                             provinces: dict[str, Province]) -> list[Diagnostic]:
    """A warning for each place whose lat and lon lie well outside its province's outline
    (its box, widened by PROVINCE_MARGIN): coordinates swapped, zero or of another place,
    which would put its marker, and the map around it, elsewhere."""
    found = []
    for pid, resolved in places.items():
        place, box = resolved.place, boundaries.bounds.get(resolved.province)
        if box is None or math.isnan(place.lat) or math.isnan(place.lon) or _in_box(place.lat, place.lon, box):
            continue  # (NaN: coordinates that are errors already)
        south, west, north, east = box
        swapped = "; they look swapped: lat is the latitude (north), lon the longitude (east)" \
            if _in_box(place.lon, place.lat, box) else ""
        name = provinces[resolved.province].name if resolved.province in provinces else resolved.province
        found.append(warning(place.pos, f'place "{pid}" at lat {place.lat:g}, lon {place.lon:g} lies outside its '
                                        f"province, {name} (lat {south:.1f} to {north:.1f}, lon {west:.1f} to "
                                        f"{east:.1f}): its marker and the maps around it would be elsewhere",
                             f"check its lat and lon{swapped}"))
    return found


def _in_box(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    south, west, north, east = box
    margin = PROVINCE_MARGIN
    return south - margin <= lat <= north + margin and west - margin <= lon <= east + margin


def _cached(memo: dict, key: tuple, diags: list[Diagnostic], make):
    """A resolved report or brief, from the cache when its file and everything it refers to
    are as they were (the key says so), with the diagnostics it had."""
    if key not in memo or not key[2]:
        mine: list[Diagnostic] = []
        result = make(mine)
        # The same result as last time for this file keeps its identity, so later stages
        # can tell at a glance that nothing changed (a report edit re-resolves the briefs
        # citing it, most often to the same thing).
        last = memo.get(("last",) + key[:2])
        if last is not None and last[0] == result and last[1] == tuple(mine):
            result = last[0]
        memo[key] = memo[("last",) + key[:2]] = (result, tuple(mine))
    result, found = memo[key]
    diags.extend(found)
    return result


def _cited(brief: Brief, report_keys: dict[str, tuple[str, str, bool]], unreadable: frozenset[str]) -> tuple:
    """The reports a brief quotes, as far as locating its quotes depends on them: each one's
    digest, the language it is read in and whether it could be read."""
    cited = sorted({s.report.value for c in brief.claims for s in c.sources})
    # An unknown report's error hints at the closest report id there is: that hint is an
    # input too, or a report added or removed elsewhere leaves a stale "did you mean".
    return tuple((rid, *report_keys[rid]) if rid in report_keys
                 else (rid, None, f"content/reports/{rid}.md" in unreadable, did_you_mean(rid, report_keys))
                 for rid in cited)


def _boundaries(raw: RawGeoJson | None, provinces: Names, cache: BuildCache | None) -> tuple[Boundaries, list]:
    """match_boundaries, again only when the boundaries or the provinces' names changed (the
    parsed boundaries of an unchanged file are the same object from build to build)."""
    names = (sorted(provinces.ids), sorted((k, sorted(v)) for k, v in provinces.by_key.items()))
    kept = cache.boundaries if cache is not None else None
    if kept and kept[0] is raw and kept[1] == names:
        return kept[2]
    found = match_boundaries(raw, provinces)
    if cache is not None:
        cache.boundaries = (raw, names, found)
    return found


def _resolve_report(ctx: _Context, report, diags: list[Diagnostic]) -> ResolvedReport:
    place_ids = ctx.place_names.find_all(report.places, diags)
    provinces = _with_place_provinces(ctx.provinces.find_all(report.provinces, diags), place_ids, ctx.places)
    return ResolvedReport(report, ctx.topics.find_all(report.topics, diags), provinces, place_ids)


def _resolve_brief(ctx: _Context, brief: Brief, diags: list[Diagnostic]) -> ResolvedBrief:
    place_ids = ctx.place_names.find_all(brief.places, diags)
    brief_topics = ctx.topics.find_all(brief.topics, diags)
    brief_provinces = _with_place_provinces(ctx.provinces.find_all(brief.provinces, diags), place_ids, ctx.places)
    claims = tuple(_resolve_claim(brief, claim, ctx.site, ctx.topics, ctx.provinces, ctx.place_names, ctx.places,
                                  ctx.texts, ctx.claims_index, diags) for claim in brief.claims)
    diags += _dated_before_its_sources(brief, ctx.site.reports)
    return ResolvedBrief(brief, brief_topics, brief_provinces, place_ids, claims)


def _dated_before_its_sources(brief: Brief, reports: dict[str, Report]) -> list[Diagnostic]:
    """A brief dated before a report it quotes was published: one of the dates is a slip
    (2025 for 2026), and the brief would be listed before what it reports on."""
    later = sorted({(reports[rid].published, rid) for c in brief.claims for s in c.sources
                    if (rid := s.report.value) in reports and reports[rid].published > brief.date > dt.date.min})
    if not later:
        return []
    named = ", ".join(f'"{rid}" ({published})' for published, rid in later[-3:][::-1])
    more = f" and {len(later) - 3} more" if len(later) > 3 else ""
    return [warning(brief.date_pos or brief.pos, f"brief is dated {brief.date}, before reports it quotes were "
                                                 f"published: {named}{more}",
                    "check the brief's date, or the reports' published dates")]


class _Mentions:
    """Names of provinces and places a report's text uses but its front matter does not list;
    looked for again only in reports that changed (or when the names did)."""

    def __init__(self, ctx: _Context, reports: dict[str, ResolvedReport], cache: BuildCache | None):
        self.reports, self.places = reports, ctx.places
        self.finder = MentionFinder(ctx.site.provinces.values(), ctx.places)
        self.memo = cache.mentions if cache is not None else {}
        self.keys = {rid: (r.report.path, ctx.site.digests.get(r.report.path, ""), self.finder.fingerprint,
                           r.provinces, r.places) for rid, r in reports.items()}
        self.todo = [rid for rid, key in self.keys.items() if key not in self.memo or not key[1]]

    def jobs(self) -> list:
        return [functools.partial(self.finder.check, self.reports[rid], self.places) for rid in self.todo]

    def store(self, results: list) -> None:
        for rid, found in zip(self.todo, results):
            self.memo[self.keys[rid]] = tuple(found)

    def diagnostics(self) -> list[Diagnostic]:
        return [d for rid in self.reports for d in self.memo[self.keys[rid]]]


def _with_place_provinces(codes: tuple[str, ...], place_ids: tuple[str, ...],
                          places: dict[str, ResolvedPlace]) -> tuple[str, ...]:
    """A place lies in a province: naming the place puts the item on that province's page."""
    extra = (places[p].province for p in place_ids if p in places)
    return tuple(dict.fromkeys((*codes, *extra)))


class _ReadingTexts:
    """Quotes located once per (report, text, quote), in `jobs` up front; with a build cache
    the locations survive into the next build. Reading texts are parsed where the jobs run
    and not kept (`get` parses one only if a location was somehow not prepared)."""

    def __init__(self, site: Site, md: MarkdownIt, cache: BuildCache | None):
        self.site, self.md = site, md
        # Reading texts live for one run: once its quotes are located (and cached), a report's
        # text is needed again only when it changes, and keeping them all costs more memory
        # than parsing the few an edit touches.
        self.texts: dict[str, tuple[str, Normalized, Sections]] = {}
        self.quotes: dict[tuple[str, str, str, str], Location] = cache.quotes if cache is not None else {}
        self.bodies: Bodies | None = cache.bodies if cache is not None else None
        self.keys: dict[str, str] = {}
        self.parsing: frozenset[str] = frozenset()  # the reports the jobs parse
        self.links: dict[str, tuple] = {}  # their links (links.report_links), where they may hold one

    def key(self, report_id: str) -> str:
        """The report's file digest (its body hashed when there is none, as in unit tests)."""
        if report_id not in self.keys:
            report = self.site.reports[report_id]
            self.keys[report_id] = self.site.digests.get(report.path) or digest(report.body)
        return self.keys[report_id]

    def quote_key(self, report_id: str, quote: str) -> tuple[str, str, str, str]:
        """Where a located quote is kept: by its report's file, the language the report is
        read in (site.yaml's, for a report that names none) and the quote."""
        return report_id, self.key(report_id), self.language(report_id), quote

    def jobs(self, sources: list[tuple[str, str, bool]]) -> tuple[list, Callable[[list], None]]:
        """Jobs locating the (report, quote) pairs not located before, one per report (its
        Markdown parsed once, where the job runs; only the locations come back, so every
        report's text is never held at once), and the function that keeps their results.
        `sources` are every (report, quote, whether its brief changed) of the site: with a
        cache, a job also renders its report's body (bodies.py), where the passages located
        before are highlighted too. Pairs of unchanged briefs are never located again."""
        wanted: dict[str, set[str]] = {}
        for rid, quote, changed in sources:
            if changed and rid in self.site.reports and self.quote_key(rid, quote) not in self.quotes:
                wanted.setdefault(rid, set()).add(quote)
        known: dict[str, list[Passage]] = {}
        for rid, quote, _ in sources:  # of the reports to locate in alone: an edit has few
            if rid in wanted and (location := self.quotes.get(self.quote_key(rid, quote))) is not None:
                if (passage := _cited_passage(location)) is not None:
                    known.setdefault(rid, []).append(passage)
        todo = sorted(wanted)
        self.parsing = frozenset(todo)
        media = MediaNames(self.site.media) if self.bodies is not None else None

        def keep(results: list) -> None:
            for rid, (found, _, links) in zip(todo, results):
                if links is not None:
                    self.links[rid] = links
                for quote, location in found:
                    # keyed by the brief's own string (Source interns it), not the equal one a
                    # helper sent back: the cache would otherwise hold every quote twice
                    self.quotes[self.quote_key(rid, sys.intern(quote))] = location
            if self.bodies is not None:
                self.bodies.add((body[0], *body[1]) for _, body, _ in results if body is not None)
        return [functools.partial(_locate_all, self.md, rid, self.site.reports[rid], self.language(rid),
                                  sorted(wanted[rid]), tuple(known.get(rid, ())), media)
                for rid in todo], keep

    def language(self, report_id: str) -> str:
        return self.site.reports[report_id].language or self.site.config.language

    def get(self, report_id: str) -> tuple[str, Normalized, Sections]:
        key = self.key(report_id)
        if key not in self.texts:
            self.texts[key] = _reading(self.md, self.site.reports[report_id].body)
        return self.texts[key]

    def locate(self, report_id: str, quote: str) -> Location:
        key = self.quote_key(report_id, quote)
        if key not in self.quotes:
            text, normalized, headings = self.get(report_id)
            self.quotes[key] = locate_quote(report_id, quote, normalized, text, self.language(report_id), headings)
        return self.quotes[key]


def _locate_all(md: MarkdownIt, rid: str, report: Report, language: str, quotes: list[str], known: tuple[Passage, ...],
                media: MediaNames | None) -> tuple[list[tuple[str, Location]], tuple[tuple, tuple] | None,
                                                        tuple | None]:
    """The quotes' locations; unless `media` is None, the report's body rendered from the
    same parse with these and the `known` passages highlighted: (its key, (packed HTML, the
    media files it asked for)); and
    its links (links.report_links), from that parse too. Given the report, not its text, so
    that no job holds a copy of a body before it runs."""
    tokens = parse_report(md, report.body)
    links = report_links(tokens, report)  # before rendering changes the tokens
    text, _, headings = reading_text_and_headings(tokens)
    normalized = normalize(text)
    located = [(quote, locate_quote(rid, quote, normalized, text, language, headings)) for quote in quotes]
    if media is None:
        return located, None, links
    marked = highlights([*known, *(p for _, found in located if (p := _cited_passage(found)) is not None)])
    html, asked = render_body(md, rid, tokens, marked, media)
    return located, (body_key(rid, report.body_digest, marked), (pack(html), asked)), links


def _cited_passage(found: Location) -> Passage | None:
    """The passage a citation keeps (see _cite): a quote not found has none, only the
    closest passage its error shows."""
    return found.passage if found.status is not QuoteStatus.NOT_FOUND else None


def _reading(md: MarkdownIt, body: str) -> tuple[str, Normalized, Sections]:
    text, _, headings = reading_text_and_headings(parse_report(md, body))
    return text, normalize(text), headings


# Claim id → brief id → the keys of that brief's claims of that id (one, unless the brief
# repeats an id), in the order given. By brief too: ids such as "c1" recur in every brief, and
# a `contradicts` naming "b7/c1" must not look through all of them.
ClaimsIndex = dict[str, dict[str, list[ClaimKey]]]


def _claims_by_id(briefs: Iterable[Brief]) -> ClaimsIndex:
    return _claims_of((brief.id, claim.id) for brief in briefs for claim in brief.claims)


def _claims_of(keys: Iterable[tuple[str, str]]) -> ClaimsIndex:
    index: ClaimsIndex = {}
    for brief, claim in keys:
        index.setdefault(claim, {}).setdefault(brief, []).append(ClaimKey(brief, claim))
    return index


def _claim_ids(index: ClaimsIndex) -> dict[str, list[str]]:
    """Each brief's claim ids (of the whole site, when a part of it is resolved: see resolve)."""
    ids: dict[str, list[str]] = {}
    for claim, by_brief in index.items():
        for brief in by_brief:
            ids.setdefault(brief, []).append(claim)
    return ids


def _every_claim(index: ClaimsIndex) -> Iterator[ClaimKey]:
    return (key for by_brief in index.values() for keys in by_brief.values() for key in keys)


def _resolve_claim(brief: Brief, claim: Claim, site: Site, topics: Names, provinces: Names,
                   place_names: Names, places: dict[str, ResolvedPlace], texts: _ReadingTexts,
                   claims_index: ClaimsIndex, diags: list[Diagnostic]) -> ResolvedClaim:
    key = ClaimKey(brief.id, claim.id)
    context = f'in claim "{claim.id}"'
    place_ids = place_names.find_all(claim.places, diags, context)
    citations = tuple(
        citation for source in _once_each(claim, diags)
        if (citation := _cite(claim, source, site, texts, diags)) is not None
    )
    contradicts = tuple(dict.fromkeys(
        k for ref in claim.contradicts if (k := _find_claim(key, ref, claims_index, diags)) is not None
    ))
    return ResolvedClaim(key, claim, topics.find_all(claim.topics, diags, context),
                         _with_place_provinces(provinces.find_all(claim.provinces, diags, context), place_ids, places),
                         place_ids, contradicts, citations)


def _once_each(claim: Claim, diags: list[Diagnostic]) -> list:
    """The claim's sources, one of each: a source given again (a copy and paste) would be a
    second footnote the same as the first."""
    seen: set[tuple[str, str, str]] = set()
    sources = []
    for source in claim.sources:
        same = (source.report.value, " ".join(source.quote.split()), " ".join((source.note or "").split()))
        if same in seen:
            diags.append(warning(source.report.pos, f'claim "{claim.id}" cites the same words of report '
                                                    f'"{source.report.value}" again', "remove this one: it would be a "
                                                                                     "second footnote the same as the first"))
            continue
        seen.add(same)
        sources.append(source)
    return sources


def _cite(claim: Claim, source, site: Site, texts: _ReadingTexts, diags: list[Diagnostic]) -> Citation | None:
    rid = source.report.value
    if rid not in site.reports:
        if f"content/reports/{rid}.md" in site.unreadable or "content/reports" in site.unreadable:
            return None  # already reported where the report, or the folder of them all, is broken
        hint = unseen(rid) + (did_you_mean(rid, site.reports) or "report ids are the file names in content/reports/ "
                                                                  "without .md")
        diags.append(error(source.report.pos, f'claim "{claim.id}" cites unknown report "{rid}"', hint))
        return None
    found = texts.locate(rid, source.quote)
    _report_location(claim, rid, texts.language(rid), source.quote, found, source.quote_pos, diags,
                     lambda: texts.get(rid)[0], lambda: outside_text(source.quote, site.reports[rid]))
    return Citation(rid, source.quote, source.note, found.status, _cited_passage(found), found.score,
                    _footnote_reads(found, source.quote, lambda: texts.get(rid)[0]))


def _footnote_reads(found: Location, quote: str, reading: Callable[[], str]) -> str:
    """What a footnote tells its reader the report reads, where the passage alone would not
    show why the quote is approximate: the words around a number or word it cuts, or beside it
    that change it ("At least 300 workers were arrested" for "300 workers were arrested"), the
    words an ellipsis or a join leaves out, the heading, denial or verdict that doubts it. ""
    where the passage shows it (a word changed: the footnote gives the passage and its score)."""
    if found.status is not QuoteStatus.APPROXIMATE or found.passage is None:
        return ""
    passage, spans = found.passage.text, found.passage.spans
    if found.framed:
        framed = " ".join(found.framed.split())
        if found.frame in ("denied", "correction", "notice"):  # the sentence that denies or corrects it
            return _clip(framed, quote, limit=_READS_LIMIT)
        if found.frame in ("rating", "row"):  # the verdict after it
            return _clip(f"{passage} … {framed}", quote, limit=_READS_LIMIT)
        return _clip(f"{framed} … {passage}", quote, limit=_READS_LIMIT)  # the heading or list's lead over it
    if found.beside or _same_words(quote, passage):
        return _clip(_around(reading(), spans), quote, limit=_READS_LIMIT)
    if len(spans) > 1 or found.unmarked or found.limit or found.across_heading or found.across_blocks \
            or found.across_clauses or found.across_sentences:
        return _clip(reading()[spans[0][0]:spans[-1][1]], quote, limit=_READS_LIMIT)
    return ""


_READS_LIMIT = 300  # characters of the report a footnote shows, around where the quote differs


def _report_location(claim: Claim, rid: str, language: str, quote: str, found: Location, pos,
                     diags: list[Diagnostic], reading: Callable[[], str], outside: Callable[[], str]) -> None:
    """Reports a quote that is not verified. `reading()`: the report's reading text;
    `outside()`: where the report has the quote outside its text (elsewhere.outside_text)."""
    if found.status is QuoteStatus.VERIFIED:
        return
    closest = f'the closest passage in the report reads: "{_clip(found.passage.text, quote)}"' if found.passage else ""
    if found.status is QuoteStatus.APPROXIMATE and found.framed and found.frame == "correction":
        diags.append(warning(pos, f'quote in claim "{claim.id}" says what report "{rid}" itself corrects: '
                                  f'"{_clip(found.framed, limit=160)}"',
                             "cite the corrected account, or say in the claim that the report retracted it"))
    elif found.status is QuoteStatus.APPROXIMATE and found.framed and found.frame == "notice":
        diags.append(warning(pos, f'quote in claim "{claim.id}" is of report "{rid}", whose note may correct or '
                                  f'doubt it: "{_clip(found.framed, limit=160)}"',
                             "read the note; cite the account as corrected, or say in the claim what the note says"))
    elif found.status is QuoteStatus.APPROXIMATE and found.framed and found.frame == "denied":
        diags.append(warning(pos, f'quote in claim "{claim.id}" is in report "{rid}", which also gives it as denied '
                                  f'or false: "{_clip(found.framed, limit=160)}"',
                             "cite what the report vouches for, or say in the claim that it is disputed"))
    elif found.status is QuoteStatus.APPROXIMATE and found.framed and found.frame != "heading":
        frame = _clip(found.framed, limit=80)
        where = (f'is in a list of report "{rid}" that "{frame}" leads into, which does not vouch for what it lists'
                 if found.frame == "list" else f'is the claim a fact check in report "{rid}" rates "{frame}"'
                 if found.frame == "rating" else f'is labelled "{frame}" in report "{rid}"'
                 if found.frame == "label" else f'is in a row of a table in report "{rid}" that rates it "{frame}"')
        diags.append(warning(pos, f'quote in claim "{claim.id}" {where}',
                             "cite what the report vouches for, or say in the claim whose word this is"))
    elif found.status is QuoteStatus.APPROXIMATE and found.framed:
        heading = _clip(found.framed, limit=80)
        diags.append(warning(pos, f'quote in claim "{claim.id}" stands under the heading "{heading}" of report '
                                  f'"{rid}", which doubts what it heads',
                             "cite what the report vouches for, or say in the claim whose word this is"))
    elif found.status is QuoteStatus.APPROXIMATE and found.across_heading:
        diags.append(warning(pos, f'quote in claim "{claim.id}" runs from a heading of report "{rid}" into the '
                                  "text beside it, as one sentence the report does not write",
                             "quote the heading and the text apart, or mark the break with an ellipsis "
                             "(\"Musan mine closed … In 2019\")"))
    elif found.status is QuoteStatus.APPROXIMATE and found.across_blocks:
        diags.append(warning(pos, f'quote in claim "{claim.id}" runs from a list item, table cell or unfinished '
                                  f'paragraph of report "{rid}" into the next, as one sentence the report does not write',
                             "quote them apart, or mark the break with an ellipsis"))
    elif found.status is QuoteStatus.APPROXIMATE and found.across_clauses:
        diags.append(warning(pos, f'quote in claim "{claim.id}" joins, with an ellipsis, the start of one clause of '
                                  f'report "{rid}" to the end of the next, whose own first words it leaves out',
                             "quote the clauses apart, or keep the next one's first words after the ellipsis"))
    elif found.status is QuoteStatus.APPROXIMATE and found.across_sentences:
        diags.append(warning(pos, f'quote in claim "{claim.id}" joins, with an ellipsis, the start of one sentence of '
                                  f'report "{rid}" to the end of another', "end the part before the ellipsis where its "
                                  "sentence ends (with its full stop), or quote the sentences apart"))
    elif found.status is QuoteStatus.APPROXIMATE and found.unmarked and found.passage:
        # "The Musan mine reopened" of "The Musan mine, one of the largest in Asia, reopened"
        whole = reading()[found.passage.spans[0][0]:found.passage.spans[-1][1]]
        slips = _sense_differs(quote, whole, language, gaps=True)
        diags.append(warning(pos, f'quote in claim "{claim.id}" leaves out words of report "{rid}" between its own, '
                                  f"with no ellipsis to say so{slips}",
                             f'the report reads: "{_clip(whole, quote)}"; mark each place words are left out with '
                             "an ellipsis (…), or quote the words whole"))
    elif found.status is QuoteStatus.APPROXIMATE and found.beside and found.passage:
        # "reopen the mine" of "did not reopen the mine", "the regime collapsed" of "Nobody
        # believes the regime collapsed": exact, but the report says otherwise
        slips = _sense_differs(quote, found.passage.text, language)
        diags.append(warning(pos, f'quote in claim "{claim.id}" leaves out words right beside it in report "{rid}" '
                                  f"that change what it says{slips}",
                             f'the report reads: "{_clip(_around(reading(), found.passage.spans), quote)}"; quote '
                             "those words too, or words that stand alone"))
    elif found.status is QuoteStatus.APPROXIMATE and found.inserted:
        words = ", ".join(f'"{_clip(w)}"' for w in found.inserted)
        slips = _sense_differs(quote, found.passage.text, language)
        # the words around the passage too: those the brackets stand for ("[The mill] closed" of
        # "It closed") are outside it
        reads = _clip(_around(reading(), found.passage.spans), quote)
        diags.append(warning(pos, f'quote in claim "{claim.id}" puts its own words {words} in for words of report '
                                  f'"{rid}"{slips}', f'the report reads: "{reads}"; check that they say what the '
                                                     "report's words do"))
    elif found.status is QuoteStatus.APPROXIMATE and found.recased:
        ours, theirs = found.recased
        another = ", which may be another word" if len(ours) <= 6 else ""  # "WHO" of "who"; not "RESUMED"
        diags.append(warning(pos, f'quote in claim "{claim.id}" writes "{ours}" where report "{rid}" has "{theirs}"'
                                  + another, closest + "; copy the report's exact words"))
    elif found.status is QuoteStatus.APPROXIMATE and found.passage and len(found.passage.spans) > 1 \
            and _same_words(quote, found.passage.text) and (slips := _left_out(quote, found, reading(),
                                                                               language)) is not None:
        # Its parts are the report's words: what the ellipsis stands for is the slip ("Seoul …
        # accused" of "Seoul has not yet accused": a part of one word, a negation; "All workers
        # … were paid" of "All workers, except the guards, were paid": an exception).
        whole = reading()[found.passage.spans[0][0]:found.passage.spans[-1][1]]
        diags.append(warning(pos, f'quote in claim "{claim.id}" leaves out, where its ellipsis is, words of report '
                                  f'"{rid}" that may change what the rest says{slips}',
                             f'the report reads: "{_clip(whole, quote)}"; quote it whole, or keep two words or more '
                             "on either side of the ellipsis"))
    elif found.status is QuoteStatus.APPROXIMATE and found.passage and _same_words(quote, found.passage.text):
        # The report's words, cut from a whole: "20" of "20%", "$5" of "HK$5", "5 missiles"
        # of "3 to 5 missiles", "nuclear state" of "non-nuclear state". The passage alone
        # would read as the quote does; the words around it show the cut.
        around = _around(reading(), found.passage.spans)
        diags.append(warning(pos, f'quote in claim "{claim.id}" cuts off part of what report "{rid}" writes as one: '
                                  "a word, or a number with its range, unit, currency or bound",
                             f'the report reads: "{_clip(around, quote)}"; quote the whole of it, or words that '
                             "stand alone"))
    elif found.status is QuoteStatus.APPROXIMATE and found.passage and elides(quote) \
            and elided_from(quote, found.passage.text):
        # "The plant was … to reopen" of "was supposed to reopen", "Authorities … hand over" of
        # "Authorities ordered every household to hand over": the passage unbroken, which shows
        # the hedge, the plan or the order the ellipsis stands for
        slips = _sense_differs(quote, found.passage.text, language)
        diags.append(warning(pos, f'quote in claim "{claim.id}" leaves out, where its ellipsis is, words of report '
                                  f'"{rid}" that may change what the rest says{slips}',
                             f'the report reads: "{_clip(found.passage.text, quote)}"; quote it whole, or keep '
                             "two words or more on either side of the ellipsis"))
    elif found.status is QuoteStatus.APPROXIMATE:
        slips = _sense_differs(quote, found.passage.text, language)
        diags.append(warning(pos, f'quote in claim "{claim.id}" is not exact in report "{rid}" '
                                  f"({min(found.score, 99.0):.0f}% match){slips}", closest + "; copy the report's exact words"))
    else:
        diags.append(error(pos, f'quote in claim "{claim.id}" not found in report "{rid}"',
                           outside() or closest or "a quote must be the report's exact words"))


# A number, grouped with commas, spaces or apostrophes ("1,200", "1 200", "1'200") or not:
# compared without its group marks, "1200" is the report's "1,200".
# With its sign, its currency and its scale, which change it as a digit does: "-4.5" for
# "4.5", "$400" for "€400", "3 billion" for "3 million" (not the "-" of a range, "10-20").
_NUMBER = re.compile(r"(?:(?<![\w.,])-(?=[$€£¥₩]?\d))?[$€£¥₩]?"
                     r"(?:\d{1,3}(?:[ '](?=\d{3}(?!\d))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
                     r"(?: ?(?:thousand|million|billion|trillion|bn)\b)?")
_GROUP_MARK = re.compile(r"(?<=\d)[, '](?=\d{3}(?!\d))")
# … and where a full stop groups digits and a comma is the decimal mark ("1.200,5")
_DOT_GROUP_MARK = re.compile(r"(?<=\d)[. '](?=\d{3}(?!\d))")


def _sense_differs(quote: str, passage: str, language: str, gaps: bool = False) -> str:
    """Of all slips in a close match, those that change a claim's sense are named: numbers
    that are not the report's (1,300 homes for 1,200), a negation left out or added. Numbers
    an ellipsis leaves out are no slip, nor, with `gaps`, those of words left out unmarked."""
    # As the quote was compared: other scripts' digits are 0–9 (٣ is 3); a reference marker
    # ("2019.[12]", "[^3]") that a quote may leave out is no number of the report's.
    as_quoted, as_reported = (_NUMBER.findall(REFERENCE.sub("", normalize(text).text)) for text in (quote, passage))
    group = _DOT_GROUP_MARK if primary_language(language) in DOT_GROUPING else _GROUP_MARK
    # each number named as the report writes it, else as the quote does
    written = {_value(group, n): n for n in reversed(as_reported + as_quoted)}
    quoted, reported = ([_value(group, n) for n in numbers] for numbers in (as_quoted, as_reported))
    said = ""
    if quoted != reported and not ((gaps or elides(quote)) and _in_order(quoted, reported)):
        # Only the numbers that differ: a long quote's one slip, not its hundred numbers.
        own, theirs = Counter(quoted) - Counter(reported), Counter(reported) - Counter(quoted)
        if own or theirs:
            said = (f": its numbers differ ({', '.join(written[n] for n in own.elements()) or 'none'}; "
                    f"the report has {', '.join(written[n] for n in theirs.elements()) or 'none'})")
        else:
            said = ": its numbers are in another order than the report's"
    quoted, reported = (Counter(sense_negations(normalize(text).text, language)) for text in (quote, passage))
    for words, verb in ((reported - quoted, "leaves out"), (quoted - reported, "adds")):
        if words:
            said += f"{';' if said else ':'} it {verb} " + ", ".join(f'"{w}"' for w in words)
    return said


def _value(group: re.Pattern, number: str) -> str:
    """A number as compared: without its group marks, its scale spelt one way ("$1.2bn" is
    "$1.2 billion")."""
    return _SCALE.sub(lambda m: " billion" if m[1] == "bn" else f" {m[1]}", group.sub("", number))


_SCALE = re.compile(r" ?(bn|thousand|million|billion|trillion)$")


def _left_out(quote: str, found: Location, text: str, language: str) -> str | None:
    """What an ellipsis whose parts are the report's words leaves out that may change the
    rest (a negation or an exception, named), or "" when a part is too short to stand alone;
    else None (a number cut from its bound, say, which the caller names)."""
    spans = found.passage.spans
    slips = _sense_differs(quote, text[spans[0][0]:spans[-1][1]], language)
    if found.limit:
        slips += f'{";" if slips else ":"} it leaves out "{_clip(found.limit, limit=80)}"'
    return slips if slips or short_part(found.passage.parts) else None


def _same_words(quote: str, passage: str) -> bool:
    return normalize(REFERENCE.sub("", quote)).text.split() == normalize(REFERENCE.sub("", passage)).text.split()


# Up to three words of the same line before, and the rest of a cut word; the same after
_BEFORE = re.compile(r"(?:\S+[^\S\n]+){0,3}\S*$")
_AFTER = re.compile(r"\S*(?:[^\S\n]+\S+){0,3}")


def _around(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The passage at `spans` of `text` with up to three words on either side: "…fired 3 to
    5 missiles on Tuesday…" for "5 missiles"."""
    start, end = spans[0][0], spans[-1][1]
    before = _BEFORE.search(text, max(0, start - 120), start)
    after = _AFTER.match(text, end, end + 120)
    head = ("…" if before.start() > 0 and text[before.start() - 1] != "\n" else "") + text[before.start():start]
    tail = text[end:after.end()] + ("…" if after.end() < len(text) and text[after.end()] != "\n" else "")
    return head + text[start:end] + tail


def _in_order(some: list[str], every: list[str]) -> bool:
    """Whether `some` is `every` with items left out."""
    rest = iter(every)
    return all(item in rest for item in some)


def _clip(text: str, quote: str = "", limit: int = 160) -> str:
    """`text` in one line of at most `limit` characters: a long passage around where it first
    differs from `quote`, so that the words to change are shown, not cut off."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    quoted = " ".join(quote.split()).casefold()
    differs = next((i for i, (a, b) in enumerate(zip(text.casefold(), quoted)) if a != b), min(len(text), len(quoted)))
    start = max(0, min(differs - limit // 3, len(text) - limit + 2))
    if start > 0:
        start = text.find(" ", start) + 1 or start  # from a word's start
    shown = text[start:start + limit - 2 if start else limit - 1]
    return ("…" if start else "") + shown + ("…" if start + len(shown) < len(text) else "")


def _find_claim(own: ClaimKey, ref: Ref, index: ClaimsIndex, diags: list[Diagnostic]) -> ClaimKey | None:
    brief_id, slash, claim_id = ref.value.rpartition("/")
    if slash and not (brief_id and claim_id):  # "/c1", "b1/": silently read as "c1" or as nothing
        missing = "no brief id before" if not brief_id else "no claim id after"
        diags.append(error(ref.pos, f'"{ref.value}" has {missing} its "/"', "write it as claim-id, or brief-id/claim-id"))
        return None
    by_brief = index.get(claim_id, {})
    if brief_id:
        candidates = by_brief.get(brief_id, [])
    else:  # the own brief's claim of that id, else any brief's
        candidates = by_brief.get(own.brief) or [k for keys in by_brief.values() for k in keys]
    if len(candidates) == 1 and candidates[0] != own:
        return candidates[0]
    if candidates == [own]:
        diags.append(error(ref.pos, f'claim "{own.claim}" contradicts itself'))
    elif candidates:
        options = ", ".join(str(k) for k in candidates)
        diags.append(error(ref.pos, f'"{ref.value}" is ambiguous: claims {options}',
                           "write it as brief-id/claim-id"))
    else:
        every = [str(k) for k in _every_claim(index)] + list(index)
        diags.append(error(ref.pos, f'claim "{own.claim}" contradicts unknown claim "{ref.value}"',
                           did_you_mean(ref.value, every)))
    return None
