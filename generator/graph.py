"""Which files a report's page and what other pages show of the report are made from, so that
`briefing build` after an edit to a few reports can redo them alone (see patch.py).

Saved by each full build with its cache: for each report, the briefs that cite it, and the
reports cited beside it by the same claims and the briefs of the claims contradicting those
(either way); for each brief, the reports it cites and the briefs whose claims contradict its
own (either way).
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
    # report path → (the other reports cited by the claims citing it, the briefs of the claims
    # contradicting those or contradicted by them): see closure's `narrow`
    beside: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)


def site_graph(site: ResolvedSite, index: SiteIndex) -> SiteGraph:
    brief_path = {bid: b.brief.path for bid, b in site.briefs.items()}
    report_path = {rid: r.report.path for rid, r in site.reports.items()}
    reports = {report_path[rid]: (rid, tuple(sorted({brief_path[k.brief]
                                                    for k in index.claims_by_report.get(rid, ())})))
               for rid in site.reports}
    briefs = {}
    beside: dict[str, tuple[set[str], set[str]]] = {}
    for bid, brief in site.briefs.items():
        cited: set[str] = set()
        contesting: set[str] = set()
        for claim in brief.claims:
            paths = {report_path[c.report] for c in claim.citations if c.report in report_path}
            disputing = {brief_path[other.brief] for other in index.contested_with.get(claim.key, ())}
            cited |= paths
            contesting |= disputing
            if len(paths) < 2 and not disputing:
                continue  # (a report cited alone, undisputed, has nothing beside it)
            for path in paths:
                entry = beside.get(path)
                if entry is None:
                    entry = beside[path] = (set(), set())
                entry[0].update(paths)
                entry[1].update(disputing)
        contesting.discard(brief_path[bid])
        briefs[brief_path[bid]] = (tuple(sorted(cited)), tuple(sorted(contesting)))
    shared = tuple(sorted(p for p in site.digests if not p.startswith(("content/reports/", "content/briefs/"))))
    return SiteGraph(reports, briefs, shared, site.names_key, tuple(sorted(index.claims)),
                     beside={path: (tuple(sorted(others - {path})), tuple(sorted(contesting)))
                             for path, (others, contesting) in beside.items()})


def closure(graph: SiteGraph, changed: frozenset[str], narrow: bool = False) -> tuple[list[str], list[str]] | None:
    """The briefs and reports that the pages of the reports `changed`, and what the rest of
    the site shows of them, are made from: the briefs citing them, the briefs contradicting
    those, and every report these cite. None when a file is not in the graph or the set is
    too large to be worth it.

    `narrow`: of the reports, only those the claims citing `changed` cite too, and of the
    briefs contradicting the briefs citing them, only those whose claims contradict these
    claims. That is all a page of the built-in theme shows of the claims citing a report
    (their publishers, what disputes them), and all the footnotes of those claims show; the
    briefs' other claims are left out of the part (see patch.py). A report cited by hundreds
    of briefs has a part of thousands of reports, and a narrow one of a few hundred.

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
    if narrow:
        beside = [graph.beside.get(path, ((), ())) for path in changed]
        briefs = citing.union(*(contesting for _, contesting in beside))
        reports = set(changed).union(*(others for others, _ in beside))
    else:
        briefs = citing.union(*(graph.briefs[b][1] for b in citing))
        reports = set(changed).union(*(graph.briefs[b][0] for b in briefs if b in graph.briefs))
    if not briefs <= graph.briefs.keys() or len(briefs) > most:
        return None
    if len(briefs) + len(reports) > most:
        return None
    return sorted(briefs), sorted(reports)
