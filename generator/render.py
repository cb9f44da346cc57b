"""Stage 5: the resolved site and its index → {output path: bytes}.

Every page is a Jinja template of the theme fed with views of the index; report bodies are
rendered from Markdown with their quoted passages highlighted. A template error becomes a
diagnostic pointing at the template line; the other pages still render.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from markdown_it import MarkdownIt

from generator.diagnostics import Diagnostic
from generator.index import SiteIndex
from generator.mail import EMAIL_TEMPLATE, email_view, finish_email, template_context
from generator.maps import MapRenderer, leaflet_assets
from generator.mapspecs import SpecBuilder
from generator.markup import Highlight, LinkContext, render_markdown
from generator.model import Province, ResolvedBrief, ResolvedSite
from generator.theme import make_environment, template_diagnostic, theme_assets
from generator.urls import absolute, brief_email_path, brief_path, province_path, relative, report_path, topic_path
from generator.views import claim_views


@dataclass(frozen=True, slots=True)
class Rendered:
    files: dict[str, bytes]
    diagnostics: list[Diagnostic]


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
    def __init__(self, site: ResolvedSite, index: SiteIndex, dirs: tuple[Path, ...], root: Path, md: MarkdownIt):
        self.site, self.index, self.dirs, self.root, self.md = site, index, dirs, root, md
        self.env = make_environment(dirs, md, frozenset(site.media))
        self.maps = MapRenderer(site.config.map.tiles, site.boundaries)
        self.specs = SpecBuilder(site, index, md)
        self.files: dict[str, bytes] = {}
        self.diagnostics: list[Diagnostic] = []
        topics = sorted(site.topics.values(), key=lambda t: t.title.casefold())
        self.common: dict[str, Any] = {"site": site.config, "nav_topics": topics}

    def page(self, path: str, template: str, **context: Any) -> None:
        try:
            text = self.env.get_template(template).render(**self.common, page_path=path, **context)
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
            diagnostic = template_diagnostic(exc, self.dirs, self.root)
            if diagnostic not in self.diagnostics:
                self.diagnostics.append(diagnostic)
            return
        self.files[path] = text.encode("utf-8")

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


def render_site(site: ResolvedSite, index: SiteIndex, dirs: tuple[Path, ...], root: Path,
                md: MarkdownIt) -> Rendered:
    r = _Renderer(site, index, dirs, root, md)
    for step in (_home, _briefs, _topics, _provinces, _reports, _sources, _not_found, _feeds):
        step(r)
    for path, data in {**leaflet_assets(), **theme_assets(dirs)}.items():
        r.files[path] = data
    for name, data in site.media.items():
        r.files[f"media/{name}"] = data
    return Rendered(dict(sorted(r.files.items())), r.diagnostics)


def _home(r: _Renderer) -> None:
    topic_counts = [(t, len(r.index.claims_by_topic.get(t.id, ()))) for t in r.common["nav_topics"]]
    r.page("index.html", "index.html", map=r.maps.render(r.specs.overview(), "index.html"),
           briefs=[r.brief_item(b) for b in r.index.briefs_by_date],
           topics=topic_counts,
           provinces=[p for p in r.province_items() if p.has_page],
           recent_reports=r.reports(r.index.reports_by_date[:10]),
           totals={"briefs": len(r.site.briefs), "claims": len(r.index.claims),
                   "reports": len(r.site.reports),
                   "contested": sum(1 for k in r.index.claims if r.index.is_contested(k)),
                   "single_source": sum(1 for k in r.index.claims if r.index.is_single_source(k))})


def _briefs(r: _Renderer) -> None:
    r.page("briefs/index.html", "briefs.html", briefs=[r.brief_item(b) for b in r.index.briefs_by_date])
    for bid, brief in r.site.briefs.items():
        claims, footnotes = claim_views((c.key for c in brief.claims), r.site, r.index)
        r.page(brief_path(bid), "brief.html", map=r.maps.render(r.specs.brief(bid), brief_path(bid)),
               brief=brief.brief, resolved=brief, claims=claims,
               footnotes=footnotes, topics=[r.site.topics[t] for t in brief.topics],
               provinces=[r.site.provinces[p] for p in brief.provinces],
               places=[r.site.places[p] for p in brief.places])
        email = brief_email_path(bid)
        r.page(email, EMAIL_TEMPLATE, **template_context(email_view(r.site, r.index, bid)))
        if email in r.files:
            r.files[email], problems = finish_email(r.files[email], brief.brief)
            r.diagnostics.extend(problems)


def _topics(r: _Renderer) -> None:
    topics = [(t, len(r.index.claims_by_topic.get(t.id, ())), len(r.index.briefs_by_topic.get(t.id, ())))
              for t in r.common["nav_topics"]]
    r.page("topics/index.html", "topics.html", topics=topics)
    for tid, topic in r.site.topics.items():
        claims, footnotes = claim_views(r.index.claims_by_topic.get(tid, ()), r.site, r.index)
        r.page(topic_path(tid), "topic.html", map=r.maps.render(r.specs.topic(tid), topic_path(tid)), topic=topic, claims=claims, footnotes=footnotes,
               briefs=[r.brief_item(b) for b in r.index.briefs_by_topic.get(tid, ())],
               reports=r.reports(r.index.reports_by_topic.get(tid, ())))


def _provinces(r: _Renderer) -> None:
    r.page("provinces/index.html", "provinces.html", provinces=r.province_items())
    for code in r.index.provinces_with_content:
        province = r.site.provinces[code]
        claims, footnotes = claim_views(r.index.claims_by_province.get(code, ()), r.site, r.index)
        places = [(r.site.places[p], len(r.index.claims_by_place.get(p, ())))
                  for p in r.index.places_by_province.get(code, ())]
        path = province_path(province.slug)
        r.page(path, "province.html", map=r.maps.render(r.specs.province(code), path), province=province, claims=claims,
               footnotes=footnotes, places=places,
               briefs=[r.brief_item(b) for b in r.index.briefs_by_province.get(code, ())],
               reports=r.reports(r.index.reports_by_province.get(code, ())))


def _reports(r: _Renderer) -> None:
    for rid, resolved in r.site.reports.items():
        path = report_path(rid)
        passages = r.index.passages_by_report.get(rid, ())
        highlights = [Highlight(q.passage.anchor, q.passage.spans) for q in passages]
        links = LinkContext("content/reports", relative(path, ""), frozenset(r.site.media))
        body = render_markdown(r.md, resolved.report.body, links, highlights)
        cited_by, _ = claim_views(r.index.claims_by_report.get(rid, ()), r.site, r.index)
        views = {v.key: v for v in cited_by}
        r.page(path, "report.html", report=resolved.report, resolved=resolved,
               body=Markup(body),
               passages=[(q, [views[k] for k in q.claims]) for q in passages],
               cited_by=cited_by,
               topics=[r.site.topics[t] for t in resolved.topics],
               provinces=[r.site.provinces[p] for p in resolved.provinces],
               places=[r.site.places[p] for p in resolved.places])


def _sources(r: _Renderer) -> None:
    rows = [(r.site.reports[rid].report, len(r.index.claims_by_report.get(rid, ()))) for rid in r.index.reports_by_date]
    r.page("sources/index.html", "sources.html", rows=rows)


def _not_found(r: _Renderer) -> None:
    # Served for any missing URL at any depth, so its links cannot be relative.
    base = r.site.config.base_url
    root_path = "/" + base.split("://", 1)[1].partition("/")[2] if base else "/"
    css = b"".join(v for k, v in theme_assets(r.dirs).items() if k == "assets/briefing.css")
    r.page("404.html", "404.html", site_root=root_path, inline_css=css.decode("utf-8"))


def _feeds(r: _Renderer) -> None:
    base = r.site.config.base_url
    if not base:
        return
    def link(path: str) -> str:
        return absolute(base, path)
    briefs = [r.site.briefs[b] for b in r.index.briefs_by_date]
    r.page("feed.xml", "feed.xml", briefs=briefs, link=link,
           updated=briefs[0].brief.date if briefs else None)
    pages = sorted(p for p in r.files if p.endswith(".html") and p != "404.html")
    r.page("sitemap.xml", "sitemap.xml", pages=pages, link=link)
