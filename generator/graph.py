"""Which files a report's page and what other pages show of the report are made from, so that
`briefing build` after an edit to a few reports can redo them alone (see patch.py).

Saved by each full build with its cache: for each report, the briefs that cite it; for each
brief, the reports it cites and the briefs whose claims contradict its own (either way).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.index import SiteIndex
from generator.model import ResolvedSite

# A report cited by briefs that reach this many files between them, or half the site's
# files if more, is rebuilt with the whole site. Loading and resolving a part twice costs
# less than planning every page of the site until the part is most of it: at 10,000
# reports, an edit whose part held 1,600 files took 1.5 s this way, against 4 s for the
# whole site.
MOST_FILES = 400


@dataclass(frozen=True, slots=True)
class SiteGraph:
    reports: dict[str, tuple[str, tuple[str, ...]]]  # report path → (its id, the brief paths citing it)
    briefs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # brief path → (cited reports, contesting briefs)
    shared: tuple[str, ...]  # every other file the site was built from: site.yaml, topics, places, boundaries
    names_key: str  # resolve's key of every name and claim id in the site (see resolve)
    claims: tuple[tuple[str, str], ...] = ()  # every claim of the site, (brief id, claim id)
    # Jinja bytecode and template references as the build left them (see BuildCache): a
    # build that renders one page would otherwise spend most of its time compiling
    templates: dict[str, bytes] = field(default_factory=dict)
    template_refs: dict[str, list] = field(default_factory=dict)
    build: str = ""  # a token the record of the build that saved it names (store.LastBuild.graph)


def site_graph(site: ResolvedSite, index: SiteIndex) -> SiteGraph:
    brief_path = {bid: b.brief.path for bid, b in site.briefs.items()}
    report_path = {rid: r.report.path for rid, r in site.reports.items()}
    reports = {report_path[rid]: (rid, tuple(sorted({brief_path[k.brief]
                                                    for k in index.claims_by_report.get(rid, ())})))
               for rid in site.reports}
    briefs = {}
    for bid, brief in site.briefs.items():
        cited = {report_path[c.report] for claim in brief.claims for c in claim.citations if c.report in report_path}
        contesting = {brief_path[other.brief] for claim in brief.claims
                      for other in index.contested_with.get(claim.key, ()) if other.brief != bid}
        briefs[brief_path[bid]] = (tuple(sorted(cited)), tuple(sorted(contesting)))
    shared = tuple(sorted(p for p in site.digests if not p.startswith(("content/reports/", "content/briefs/"))))
    return SiteGraph(reports, briefs, shared, site.names_key, tuple(sorted(index.claims)))


def closure(graph: SiteGraph, changed: frozenset[str]) -> tuple[list[str], list[str]] | None:
    """The briefs and reports that the pages of the reports `changed`, and what the rest of
    the site shows of them, are made from: the briefs citing them, the briefs contradicting
    those, and every report these cite. None when a file is not in the graph or the set is
    too large to be worth it.

    The briefs contradicting *those* are not needed: a claim disputing one that cites a
    changed report is shown by its text and link alone, and its own `contradicts` resolve
    against every claim of the site (`claims`), in the part or not. Briefs disputing briefs
    chain up over the years; followed to the end, one edit reached most of an archive."""
    if not all(path in graph.reports for path in changed):
        return None
    most = max(MOST_FILES, (len(graph.reports) + len(graph.briefs)) // 2)
    citing = {b for path in changed for b in graph.reports[path][1]}
    if not citing <= graph.briefs.keys():
        return None
    briefs = citing.union(*(graph.briefs[b][1] for b in citing))
    if not briefs <= graph.briefs.keys() or len(briefs) > most:
        return None
    reports = set(changed).union(*(graph.briefs[b][0] for b in briefs))
    if len(briefs) + len(reports) > most:
        return None
    return sorted(briefs), sorted(reports)
