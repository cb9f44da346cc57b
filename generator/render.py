"""Stage 5: the resolved site and its index → {output path: bytes}.

Every page is a Jinja template of the theme fed with views of the index; report bodies are
rendered from Markdown with their quoted passages highlighted. A template error becomes a
diagnostic pointing at the template line; the other pages still render.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from markupsafe import Markup
from markdown_it import MarkdownIt

from generator.bodies import body_key, highlights, pack, render_body, unpack
from generator.cache import BuildCache
from generator.deps import Fingerprints, TemplateDigests, shows_report_text
from generator.diagnostics import Diagnostic, Pos, error
from generator.index import SiteIndex
from generator.lazyre import lazy
from generator.mail import EMAIL_TEMPLATE, email_view, finish_email, template_context
from generator.maps import MapRenderer, leaflet_assets, outlines_asset
from generator.mapspecs import SpecBuilder
from generator.markup import parse_report
from generator.medianames import Asked, MediaNames, frozen
from generator.model import ClaimKey, Province, ResolvedBrief, ResolvedSite
from generator.output import MemoryOutput, Output
from generator.paging import CLAIMS_PER_PAGE, FEED_ENTRIES, INLINE_ITEMS, ITEMS_PER_PAGE, SITEMAP_URLS, paginate
from generator.parallel import in_worker, run_all
from generator.progress import Progress, no_progress
from generator.theme import (make_environment, page_url, template_diagnostic, templates_folder_problem, theme_assets,
                             unencodable_diagnostic, unused_templates)
from generator.urls import absolute, base_path, brief_email_path, brief_path, disputes_folder, report_path
from generator.views import claim_link, claim_views, lazy_claim_views
from generator.write import file_digest

# Characters XML 1.0 does not allow at all (most C0 controls, U+FFFE/FFFF, lone surrogates):
# one in a brief's title would make the whole feed unreadable to a feed reader.
NOT_XML = lazy("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class Rendered:
    files: dict[str, bytes]  # every file, when rendered into memory; else empty
    paths: list[str]  # every file of the site
    diagnostics: list[Diagnostic]
    rendered: frozenset[str]  # the pages rendered anew; the others came from the cache


@dataclass(frozen=True, slots=True, eq=False)  # (a job is itself: no field-wise == or hash of closures)
class _Job:
    """A page to render: called, renders and stages it (see _Renderer._staged). Its parts, not a
    closure over them: a site plans a job per page, and every process of the build holds them."""

    renderer: _Renderer
    path: str
    fingerprint: str
    template: str
    context: Callable[[], dict[str, Any]]
    finish: Callable[[bytes], tuple[bytes, list[Diagnostic]]] | None

    def __call__(self) -> tuple[Any, str | None, tuple[Diagnostic, ...], Asked]:
        r = self.renderer
        return r._staged(self.path, *r._noted(self.path, self.template, self.context, self.finish))


@dataclass(frozen=True, slots=True)
class BriefItem:
    """A brief in a list: the brief and the counts a reader scans for."""

    resolved: ResolvedBrief
    claims: int
    contested: int
    single_source: int

    @property
    def brief(self):
        return self.resolved.brief


@dataclass(frozen=True, slots=True)
class ProvinceItem:
    province: Province
    claims: int
    reports: int
    has_page: bool


class _Renderer:
    def __init__(self, site: ResolvedSite, index: SiteIndex, dirs: tuple[Path, ...], root: Path, md: MarkdownIt,
                 cache: BuildCache | None, out: Output):
        self.site, self.index, self.dirs, self.root, self.md = site, index, dirs, root, md
        self.cache = cache
        self.media = MediaNames(site.media)
        self.env = make_environment(dirs, md, self.media, cache.templates if cache is not None else None)
        self.maps = MapRenderer(site.config.map.tiles, site.boundaries, cache.maps if cache is not None else None)
        self.specs = SpecBuilder(site, index, md)
        self.fp = Fingerprints(site, index,
                               TemplateDigests(self.env, cache.template_refs if cache is not None else None),
                               cache.claim_digests if cache is not None else None, bodies_shown=shows_report_text(dirs))
        self._wide_fp: Fingerprints | None = None  # for pages of the site's own templates, when there are any
        self.out = out
        self.only: frozenset[str] | None = None  # plan these pages alone (see render_site's `first`)
        self.paths: set[str] = set()
        self.folders: set[str] = set()  # every folder the planned pages are written in
        self.jobs: list[_Job] = []
        self.diagnostics: list[Diagnostic] = []
        self.failing: dict[Diagnostic, list[str]] = {}  # a template's error → the pages it stopped, in order
        self.rendered: set[str] = set()
        self.templates: set[str] = set()  # of the pages planned
        topics = sorted(site.topics.values(), key=lambda t: t.title.casefold())
        self.common: dict[str, Any] = {"site": site.config, "nav_topics": topics}

    def page(self, path: str, template: str, fingerprint: Callable[[Fingerprints], str],
             context: Callable[[], dict[str, Any]],
             finish: Callable[[bytes], tuple[bytes, list[Diagnostic]]] | None = None) -> None:
        """Plan `path`: reuse it if the cache holds it for the same fingerprint, else queue it
        for rendering. `fingerprint` is called here and now, unless the page is not among
        those planned (`only`); `context` only when rendering, so its views, maps and
        Markdown are only built for pages that are rendered."""
        if self.only is not None and path not in self.only:
            return
        problem = self._clash(path)
        if problem is not None:
            self.diagnostics.append(error(Pos("content"), problem, "rename one of the items whose ids collide"))
            return
        self.paths.add(path)
        self.templates.add(template)
        parts = path.split("/")
        self.folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        fingerprint = fingerprint(self._fingerprints(template))
        cached = self.cache.pages.get(path) if self.cache is not None else None
        # The fingerprint leaves out the media files: a page depends on those its links asked for.
        if cached is not None and cached[0] == fingerprint and self.media.answers(cached[4]) \
                and self._reuse(path, cached):
            self._problems(cached[3], path)
            return
        self.jobs.append(_Job(self, path, fingerprint, template, context, finish))

    def _fingerprints(self, template: str) -> Fingerprints:
        """A template of the site's own may show more of what its page is handed than the
        built-in theme does: its pages are fingerprinted wide (see deps.py)."""
        fp = self.fp
        if not fp.templates.owned(template):
            return fp
        if self._wide_fp is None:
            self._wide_fp = Fingerprints(fp.site, fp.index, fp.templates, fp.claim_memo, fp.bodies_shown, wide=True)
        return self._wide_fp

    def _clash(self, path: str) -> str | None:
        """Why `path` cannot be written beside the pages planned so far, if it cannot: two
        pages cannot share a file (a topic id "page"), and one cannot be a file where another
        needs a folder (a brief id "index.html": briefs/index.html/index.html)."""
        if path in self.paths:
            return f"two pages would be written to {path}"
        if path in self.folders:
            return f"{path} would be written where a folder of other pages is"
        parts = path.split("/")
        taken = next((f for f in ("/".join(parts[:i]) for i in range(1, len(parts))) if f in self.paths), None)
        return None if taken is None else f"{path} would need a folder where the page {taken} is"

    def _reuse(self, path: str, cached: tuple) -> bool:
        _, data, kept_digest, _, _ = cached
        if data is not None:
            self.out.put(path, data)
            return True
        return kept_digest is not None and self.out.keep(path, kept_digest)

    def _noted(self, path: str, template: str, context: Callable[[], dict[str, Any]],
               finish: Callable[[bytes], tuple[bytes, list[Diagnostic]]] | None) -> tuple[tuple, Asked]:
        """The page rendered, and the media files it asked for on the way (medianames.py)."""
        with self.media.noting() as asked:
            rendered = self._render(path, template, context(), finish)
        return rendered, frozen(asked)

    def _staged(self, path: str, rendered: tuple[bytes | None, tuple],
                asked: Asked) -> tuple[Any, str | None, tuple, Asked]:
        """Runs where the page was rendered: hand it to the output there, so workers also
        share the writing, and send back only what the build needs to remember."""
        data, problems = rendered
        if data is None:
            return None, None, problems, asked
        digest = file_digest(data)  # once: the output's manifest and the page cache both keep it
        return self.out.stage(path, data, digest), digest, problems, asked

    def _problems(self, problems: tuple[Diagnostic, ...], path: str) -> None:
        for diagnostic in problems:
            if diagnostic.message.startswith(_TEMPLATE_FAILED):
                self.failing.setdefault(diagnostic, []).append(path)
            if diagnostic not in self.diagnostics:
                self.diagnostics.append(diagnostic)

    def named_diagnostics(self) -> list[Diagnostic]:
        """The diagnostics, a template's error saying which page it stopped: the same line
        can fail on one report of thousands (`{{ 1 / report.count }}`), which the template's
        line alone does not tell."""
        def named(d: Diagnostic) -> Diagnostic:
            if not (pages := self.failing.get(d)):
                return d
            more = f" and {len(pages) - 1:,} other page{'s' if len(pages) > 2 else ''}" if len(pages) > 1 else ""
            return replace(d, hint=f"rendering {pages[0]}{more}" + (f"; {d.hint}" if d.hint else ""))
        return [named(d) for d in self.diagnostics]

    def run(self, workers: int, progress: Progress) -> None:
        """Render the queued pages (in `workers` processes when there are many) and hand
        each to the output in order, so the result never depends on who rendered what."""
        advance = progress("render", len(self.jobs))
        if workers > 1 and self.cache is not None:
            self._compile()
        self.maps.take_drawn()  # before the workers are forked: they inherit the maps
        done = run_all(self.jobs, workers)
        for job, (staged, data_digest, problems, asked) in zip(self.jobs, done):
            self.rendered.add(job.path)
            if data_digest is not None:
                self.out.record(job.path, staged)
            if self.cache is not None:
                kept = staged if self.out.keeps_bytes else None
                self.cache.pages[job.path] = (job.fingerprint, kept, data_digest, problems, asked)
            self._problems(problems, job.path)
            advance(1)
        self.jobs = []

    def _compile(self) -> None:
        """Compile the templates of the pages planned here, before the workers are forked:
        they inherit them, and the compiled code goes into the cache (the workers' own would
        be lost with them), so that the next build, or a patch of one page, need not compile."""
        for name in sorted({n for t in self.templates for n in self.fp.templates.loaded(t)}):
            try:
                self.env.get_template(name)
            except Exception:  # noqa: BLE001 — whatever is wrong with it, rendering reports where
                pass

    def _render(self, path: str, template: str, context: dict[str, Any],
                finish: Callable[[bytes], tuple[bytes, list[Diagnostic]]] | None) -> tuple[bytes | None, tuple]:
        try:
            # An e-mail's context brings its own url (absolute links), which wins.
            page = {**self.common, "page_path": path, "url": page_url(path), **context}
            text = self.env.get_template(template).render(page)
            if path.endswith(".xml"):
                text = NOT_XML.sub("", text)
            data = text.encode("utf-8")  # a lone surrogate ("\ud800" in a template) is no UTF-8
        except UnicodeEncodeError as exc:
            loaded = [template, *sorted(self.fp.templates.loaded(template) - {template})]
            return None, (unencodable_diagnostic(exc, self.env, loaded, self.root),)
        except Exception as exc:  # whatever a template does (1/0, endless recursion) is its error: see template_diagnostic
            return None, (template_diagnostic(exc, self.dirs, self.root),)
        if finish is None:
            return data, ()
        data, problems = finish(data)
        return data, tuple(problems)

    def brief_item(self, bid: str) -> BriefItem:
        brief = self.site.briefs[bid]
        return BriefItem(brief, len(brief.claims),
                         sum(self.index.is_contested(c.key) for c in brief.claims),
                         sum(self.index.is_single_source(c.key) for c in brief.claims))

    def province_items(self) -> list[ProvinceItem]:
        with_page = set(self.index.provinces_with_content)
        return [ProvinceItem(p, len(self.index.claims_by_province.get(code, ())),
                             len(self.index.reports_by_province.get(code, ())), code in with_page)
                for code, p in self.site.provinces.items()]

    def reports(self, ids) -> list:
        return [self.site.reports[rid] for rid in ids]

    def report_body(self, rid: str, passages) -> Markup:
        """The report's Markdown with its quoted passages highlighted, cached by input (and
        most often rendered already where its quotes were located: see bodies.py)."""
        report = self.site.reports[rid].report
        marked = highlights(q.passage for q in passages)
        key = body_key(rid, report.body_digest, marked)
        found = self.cache.bodies.get(key) if self.cache is not None else None
        if found is not None and self.media.answers(found[1]):
            self.media.note(found[1])
            return Markup(unpack(found[0]))
        html, asked = render_body(self.md, rid, parse_report(self.md, report.body), marked, self.media)
        if self.cache is not None and not in_worker():  # (a worker's would only take its memory)
            self.cache.bodies.add([(key, pack(html), asked)])
        return Markup(html)


_TEMPLATE_FAILED = ("template error", "template not found")  # template_diagnostic's, unencodable_diagnostic's


def render_site(site: ResolvedSite, index: SiteIndex, dirs: tuple[Path, ...], root: Path, md: MarkdownIt,
                cache: BuildCache | None = None, out: Output | None = None, workers: int = 1,
                progress: Progress = no_progress, first: frozenset[str] = frozenset(),
                on_first: Callable[[dict[str, bytes]], None] | None = None) -> Rendered:
    """Render every page into `out` (by default into memory: `Rendered.files`). With a
    cache, the pages `first` are rendered before all others and handed to `on_first`."""
    out = out if out is not None else MemoryOutput()
    r = _Renderer(site, index, dirs, root, md, cache, out)
    if first and on_first is not None and cache is not None:
        on_first(_render_first(r, first))
    r.maps.draw_ahead(r.specs.every_bare())
    try:
        _plan(r)
        r.run(workers, progress)
    finally:
        r.maps.stop_drawing()
    r.maps.keep_only(r.specs.every_bare())
    fixed = {**leaflet_assets(), **outlines_asset(site.boundaries)}
    assets, problems = theme_assets(dirs, root, fixed)
    r.diagnostics.extend(problems)
    if (folder := templates_folder_problem(root)) is not None:
        r.diagnostics.append(folder)
    if len(dirs) > 1:  # the site has templates of its own: does every one of them serve?
        # Every page template counts, planned or not: a partial of province.html serves the day
        # the site has places, one of feed.xml the day it has a base_url.
        pages = r.templates | {p.name for p in dirs[-1].iterdir() if p.is_file()}
        r.diagnostics.extend(unused_templates(dirs, {n for t in pages for n in r.fp.templates.loaded(t)}, root))
    for path, data in {**fixed, **assets}.items():
        r.paths.add(path)
        out.put(path, data)
    for name, data in site.media.items():
        r.paths.add(f"media/{name}")
        out.put(f"media/{name}", data)
    if cache is not None:  # pages that no longer exist leave the cache with the site
        for path in set(cache.pages) - r.paths:
            del cache.pages[path]
    files = dict(sorted(out.files.items())) if isinstance(out, MemoryOutput) else {}
    return Rendered(files, sorted(r.paths), r.named_diagnostics(), frozenset(r.rendered))


def render_only(site: ResolvedSite, index: SiteIndex, dirs: tuple[Path, ...], root: Path, md: MarkdownIt,
                cache: BuildCache, paths: frozenset[str]) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """The pages `paths` alone, rendered into memory, whatever the cache holds of them."""
    r = _Renderer(site, index, dirs, root, md, cache, MemoryOutput())
    r.only = paths
    for path in paths:
        cache.pages.pop(path, None)
    _plan(r)
    r.run(1, no_progress)
    return r.out.files, r.named_diagnostics()


def pages_of_own_templates(dirs: tuple[Path, ...], md: MarkdownIt, cache: BuildCache) -> bool:
    """Whether any page is rendered with a template of the site's own, or one loading such
    a template: its pages are fingerprinted wide (see deps.py). The built-in theme's own
    folder holds every page template there is."""
    if len(dirs) < 2:
        return False
    digests = TemplateDigests(make_environment(dirs, md, MediaNames(()), cache.templates), cache.template_refs)
    return any(digests.owned(page.name) for page in sorted(dirs[-1].iterdir()) if page.is_file())


def _plan(r: _Renderer) -> None:
    for step in (_home, _briefs, _topics, _provinces, _reports, _sources, _not_found, _feeds):
        step(r)


def _render_first(r: _Renderer, first: frozenset[str]) -> dict[str, bytes]:
    """Plan and render the pages `first` alone, into memory, before the rest of the site:
    the pages a reader has open are shown as soon as they are ready. The cache then holds
    them, so the full pass that follows reuses them as they are. Nothing is handed out
    when any of them failed to render: the full pass reports why."""
    out, r.out, r.only = r.out, MemoryOutput(), first
    try:
        _plan(r)
        r.run(1, no_progress)
        shown = {} if any(d.is_error for d in r.diagnostics) else r.out.files
    finally:
        r.out, r.only = out, None
        r.paths, r.folders, r.diagnostics, r.failing = set(), set(), [], {}
    return shown


def _home(r: _Renderer) -> None:
    def context() -> dict[str, Any]:
        topic_counts = [(t, len(r.index.claims_by_topic.get(t.id, ()))) for t in r.common["nav_topics"]]
        return dict(map=r.maps.render(r.specs.overview(), "index.html"),
                    briefs=[r.brief_item(b) for b in r.index.briefs_by_date[:INLINE_ITEMS]],
                    topics=topic_counts,
                    provinces=[p for p in r.province_items() if p.has_page],
                    recent_reports=r.reports(r.index.reports_by_date[:10]),
                    totals={"briefs": len(r.site.briefs), "claims": len(r.index.claims),
                            "reports": len(r.site.reports),
                            "contested": sum(1 for k in r.index.claims if r.index.is_contested(k)),
                            "single_source": sum(1 for k in r.index.claims if r.index.is_single_source(k))})
    r.page("index.html", "index.html", lambda fp: fp.everything("index.html"), context)


def _briefs(r: _Renderer) -> None:
    for pager, ids in paginate(r.index.briefs_by_date, ITEMS_PER_PAGE, "briefs/"):
        r.page(pager.path, "briefs.html", lambda fp: fp.page("briefs.html", pager.path, fp.briefs(ids), pager),
               lambda pager=pager, ids=ids: dict(pager=pager, briefs=[r.brief_item(b) for b in ids]))
    for bid, brief in r.site.briefs.items():
        path = brief_path(bid)

        def context(bid: str = bid, brief: ResolvedBrief = brief, path: str = path) -> dict[str, Any]:
            claims, footnotes = claim_views((c.key for c in brief.claims), r.site, r.index)
            return dict(map=r.maps.render(r.specs.brief(bid), path), brief=brief.brief, resolved=brief,
                        claims=claims, footnotes=footnotes, topics=[r.site.topics[t] for t in brief.topics],
                        provinces=[r.site.provinces[p] for p in brief.provinces],
                        places=[r.site.places[p] for p in brief.places])
        r.page(path, "brief.html", lambda fp: fp.brief_page("brief.html", bid), context)
        r.page(brief_email_path(bid), EMAIL_TEMPLATE, lambda fp: fp.brief_page(EMAIL_TEMPLATE, bid, tagged=False),
               lambda bid=bid: template_context(email_view(r.site, r.index, bid, r.media)),
               lambda data, brief=brief: finish_email(data, brief.brief))
        for claim in brief.claims:
            if len(r.index.contested_with.get(claim.key, ())) > INLINE_ITEMS:
                _disputes(r, claim.key)


def _disputes(r: _Renderer, key: ClaimKey) -> None:
    """Every claim in dispute with a claim, paged: the list its pages show the first few of."""
    text = r.specs.claim_text(key)
    for pager, keys in paginate(r.index.contested_with[key], ITEMS_PER_PAGE, disputes_folder(key.brief, key.claim)):
        r.page(pager.path, "listing.html",
               lambda fp: fp.page("listing.html", pager.path, fp.claim(key), fp.claims_shown(keys, fp.wide), pager),
               lambda pager=pager, keys=keys: dict(
                   pager=pager, kind="claims", items=lazy_claim_views(keys, r.site, r.index)[0],
                   heading=f"“{text}”: all claims in dispute with it",
                   parent_title=r.site.briefs[key.brief].brief.title, parent_link=claim_link(key)))


@dataclass(frozen=True, slots=True)
class _MapInput:
    """A collection's map: how to make its spec, and what the spec is made from."""

    spec: Callable[[], Any]
    keys: tuple  # the claims it shows
    shaded: bool  # a choropleth of claims per province
    places: Callable[[], Iterable[str]]  # the places it marks
    topics: Callable[[], Iterable[str]] = tuple  # the topics whose claims its popups count


def _collection(r: _Renderer, folder: str, template: str, extra: dict[str, Any], shown: tuple, map_input: _MapInput,
                claim_keys, brief_ids, report_ids, title: str, handed: tuple = ()) -> None:
    """A topic's or a province's pages: its claims paged, with the map, briefs and reports on
    page 1 (the first few inline, all of them in paged lists of their own). `shown`: what
    every page shows of `extra` that its claims do not tell (a topic's title); `handed`:
    what the rest of `extra` tells, which the built-in theme shows on page 1 alone but the
    site's own templates may show on every page (a province's places and their counts,
    which are listed, paged, like the briefs and reports)."""
    counted = dict(handed)
    # (places have a template of their own: a site's copy of an older listing.html knows none)
    lists = {"briefs": ("listing.html", brief_ids, r.brief_item, lambda fp, ids: fp.briefs(ids)),
             "reports": ("listing.html", report_ids, lambda rid: r.site.reports[rid], lambda fp, ids: fp.reports(ids)),
             "places": ("places.html", tuple(counted), lambda pid: (r.site.places[pid], counted[pid]),
                        lambda fp, ids: (fp.places_shown(ids), [counted[i] for i in ids]))}
    for kind, (listing, ids, item, shows) in lists.items():
        if len(ids) > INLINE_ITEMS:
            for pager, chunk in paginate(ids, ITEMS_PER_PAGE, f"{folder}{kind}/"):
                r.page(pager.path, listing,
                       lambda fp: fp.page(listing, pager.path, title, shows(fp, chunk), pager),
                       lambda pager=pager, chunk=chunk, kind=kind, item=item: dict(
                           pager=pager, kind=kind, items=[item(i) for i in chunk], heading=f"{title}: all {kind}",
                           parent_title=title, parent_link=f"{folder}index.html"))
    for pager, keys in paginate(claim_keys, CLAIMS_PER_PAGE, folder):
        first = pager.number == 1

        def fingerprint(fp: Fingerprints) -> str:
            if not first:
                return fp.page(template, pager.path, fp.claims(keys), pager, shown, *((handed,) if fp.wide else ()))
            shown_first = fp.collection(map_input.keys, map_input.shaded, brief_ids[:INLINE_ITEMS],
                                        report_ids[:INLINE_ITEMS], map_input.places(), map_input.topics())
            return fp.page(template, pager.path, fp.claims(keys), pager, shown, shown_first, len(brief_ids),
                           len(report_ids))

        def context(pager=pager, keys=keys, first=first) -> dict[str, Any]:
            claims, footnotes = claim_views(keys, r.site, r.index)
            page = dict(extra, pager=pager, claims=claims, footnotes=footnotes, map=None)
            if first:
                page.update(map=r.maps.render(map_input.spec(), pager.path),
                            briefs=[r.brief_item(b) for b in brief_ids[:INLINE_ITEMS]],
                            reports=r.reports(report_ids[:INLINE_ITEMS]),
                            briefs_total=len(brief_ids), reports_total=len(report_ids),
                            briefs_link=f"{folder}briefs/index.html", reports_link=f"{folder}reports/index.html",
                            places_link=f"{folder}places/index.html", inline_items=INLINE_ITEMS)
            return page
        r.page(pager.path, template, fingerprint, context)


def _topics(r: _Renderer) -> None:
    topics = [(t, len(r.index.claims_by_topic.get(t.id, ())), len(r.index.briefs_by_topic.get(t.id, ())))
              for t in r.common["nav_topics"]]
    r.page("topics/index.html", "topics.html", lambda fp: fp.page("topics.html", "topics", topics),
           lambda: dict(topics=topics))
    for tid, topic in r.site.topics.items():
        keys = r.index.claims_by_topic.get(tid, ())
        _collection(r, f"topics/{tid}/", "topic.html", {"topic": topic}, r.fp.topics_shown([tid]),
                    _MapInput(lambda tid=tid: r.specs.topic(tid), keys, False,
                              lambda keys=keys: r.specs.places_of(keys)),
                    keys,
                    r.index.briefs_by_topic.get(tid, ()), r.index.reports_by_topic.get(tid, ()), topic.title)


def _provinces(r: _Renderer) -> None:
    provinces = r.province_items()
    r.page("provinces/index.html", "provinces.html", lambda fp: fp.page("provinces.html", "provinces", provinces),
           lambda: dict(provinces=provinces))
    for code in r.index.provinces_with_content:
        province = r.site.provinces[code]
        # Its places, the most claimed first: page 1 lists the first few, and all of them are
        # listed, paged, where there are more (a gazetteer may hold thousands).
        counts = sorted(((pid, len(r.index.claims_by_place.get(pid, ())))
                         for pid in r.index.places_by_province.get(code, ())), key=lambda item: -item[1])
        places = [(r.site.places[pid], count) for pid, count in counts]
        _collection(r, f"provinces/{province.slug}/", "province.html", {"province": province, "places": places}, (),
                    _MapInput(lambda code=code: r.specs.province(code), _province_map_keys(r.index, code), True,
                              lambda code=code: r.index.places_by_province.get(code, ()),
                              lambda code=code: r.specs.topics_of(r.index.claims_by_province.get(code, ()))),
                    r.index.claims_by_province.get(code, ()),
                    r.index.briefs_by_province.get(code, ()), r.index.reports_by_province.get(code, ()),
                    province.name, handed=tuple(counts))


def _province_map_keys(index: SiteIndex, code: str) -> tuple:
    """The claims a province map shows: the province's, then each of its places'."""
    return (*index.claims_by_province.get(code, ()),
            *(k for pid in index.places_by_province.get(code, ()) for k in index.claims_by_place.get(pid, ())))


def _reports(r: _Renderer) -> None:
    for rid, resolved in r.site.reports.items():
        path = report_path(rid)
        citing = r.index.claims_by_report.get(rid, ())
        # A passage cited by more claims than a page lists inline links to all of them, paged:
        # a report that every brief quotes would otherwise make a page of megabytes.
        paged = any(len(q.claims) > INLINE_ITEMS for q in r.index.passages_by_report.get(rid, ()))
        if paged:
            _cited_by(r, rid, citing)

        def context(rid: str = rid, resolved=resolved, citing=citing, paged=paged) -> dict[str, Any]:
            passages = r.index.passages_by_report.get(rid, ())
            cited_by, _ = lazy_claim_views(citing, r.site, r.index)
            views = {v.key: v for v in cited_by}
            return dict(report=resolved.report, resolved=resolved, body=r.report_body(rid, passages),
                        passages=[(q, [views[k] for k in q.claims]) for q in passages], cited_by=cited_by,
                        inline_items=INLINE_ITEMS, cited_by_link=f"{_cited_by_folder(rid)}index.html" if paged else "",
                        topics=[r.site.topics[t] for t in resolved.topics],
                        provinces=[r.site.provinces[p] for p in resolved.provinces],
                        places=[r.site.places[p] for p in resolved.places])
        r.page(path, "report.html", lambda fp: fp.report_page(rid), context)


def _cited_by_folder(rid: str) -> str:
    return report_path(rid).removesuffix("index.html") + "cited-by/"


def _cited_by(r: _Renderer, rid: str, citing: tuple) -> None:
    """Every claim citing a report, paged: the list its page shows the first few of."""
    report = r.site.reports[rid].report
    for pager, keys in paginate(citing, ITEMS_PER_PAGE, _cited_by_folder(rid)):
        r.page(pager.path, "listing.html",
               # claim views hand the site's own templates their footnotes too
               lambda fp: fp.page("listing.html", pager.path, fp.listing(rid), fp.claims_shown(keys, fp.wide), pager),
               lambda pager=pager, keys=keys: dict(
                   pager=pager, kind="claims", items=lazy_claim_views(keys, r.site, r.index)[0],
                   heading=f"{report.title}: all claims citing it", parent_title=report.title,
                   parent_link=report_path(rid)))


def _sources(r: _Renderer) -> None:
    for pager, ids in paginate(r.index.reports_by_date, ITEMS_PER_PAGE, "sources/"):
        counts = [len(r.index.claims_by_report.get(rid, ())) for rid in ids]
        r.page(pager.path, "sources.html",
               lambda fp: fp.page("sources.html", pager.path, fp.reports(ids), counts, pager),
               lambda pager=pager, ids=ids, counts=counts: dict(
                   pager=pager, rows=[(r.site.reports[rid].report, n) for rid, n in zip(ids, counts)]))


def _not_found(r: _Renderer) -> None:
    # Served for any missing URL at any depth, so its links cannot be relative.
    root_path = base_path(r.site.config.base_url)
    css = theme_assets(r.dirs)[0].get("assets/briefing.css", b"")  # an unreadable one: said with the assets
    r.page("404.html", "404.html", lambda fp: fp.page("404.html", css),
           # Markup: <style> is raw text, where &#34; and &gt; are not decoded; "</" cannot end it.
           lambda: dict(site_root=root_path, inline_css=Markup(_inline_css(css))))


def _inline_css(css: bytes) -> str:
    """A stylesheet as the text of a <style>: its BOM dropped (a browser drops it from a linked
    file; inline, it would void the first rule, :root's colours), bytes that are not UTF-8
    replaced rather than a traceback, and no "</" to end the element."""
    return css.decode("utf-8-sig", errors="replace").replace("</", "<\\/")


def _feeds(r: _Renderer) -> None:
    base = r.site.config.base_url
    if not base:
        return

    def link(path: str) -> str:
        return absolute(base, path)
    briefs = [r.site.briefs[b] for b in r.index.briefs_by_date[:FEED_ENTRIES]]
    r.page("feed.xml", "feed.xml", lambda fp: fp.feed(FEED_ENTRIES),
           lambda: dict(briefs=briefs, link=link, updated=briefs[0].brief.date if briefs else None))
    if r.only is not None:  # the sitemap lists every page: it is planned with all of them
        return
    # A brief's e-mail version is the brief again, for attaching: not a page to index.
    emails = {brief_email_path(bid) for bid in r.site.briefs}
    pages = sorted(p for p in r.paths if p.endswith(".html") and p != "404.html" and p not in emails)
    if len(pages) <= SITEMAP_URLS:
        r.page("sitemap.xml", "sitemap.xml", lambda fp: fp.page("sitemap.xml", pages),
               lambda: dict(pages=pages, link=link))
        return
    # More than one sitemap may hold: sitemap.xml indexes sitemap-1.xml, sitemap-2.xml …, beside
    # it at the root (a sitemap may only list pages in its own folder and below).
    names = []
    for start in range(0, len(pages), SITEMAP_URLS):
        name, chunk = f"sitemap-{len(names) + 1}.xml", pages[start:start + SITEMAP_URLS]
        names.append(name)
        r.page(name, "sitemap.xml", lambda fp: fp.page("sitemap.xml", name, chunk),
               lambda chunk=chunk: dict(pages=chunk, link=link))
    r.page("sitemap.xml", "sitemap-index.xml", lambda fp: fp.page("sitemap-index.xml", names),
           lambda: dict(sitemaps=names, link=link))
