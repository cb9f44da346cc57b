"""`briefing build` after a few reports were edited: their own pages alone, made from a part
of the site, when nothing else the site shows of them changed.

The rest of the site shows of a report only its listing (id, title, date, publisher,
topics, …) and, in the footnotes of the claims citing it, what its located quotes show
(wording, status, which passage), all of it digested by deps.Fingerprints. When these and
every diagnostic are as the last build had them, every other page is what that build wrote.

Whether they are is found out from a part of the site: the edited reports, the briefs
citing them, the briefs contradicting those (and so on), every report these cite, and the
shared files (site.yaml, topics, places, boundaries), listed by graph.py. The part is loaded
from the cache, resolved and indexed twice — as the last full build read it and as it is
now — and compared. The part makes the same pages as the whole site would: a report page
and a footnote are made from files in the part alone, and a claim id that resolves to one
claim in the whole site resolves to the same one in any part that holds it.

With the built-in theme's pages, the part is narrow: the claims citing the edited reports,
with the reports they cite, and the claims disputing them or disputed by them, without their
sources. That is all the edited reports' pages and footnotes show of the rest; every other
claim is the same before and after, and is left out. Such briefs are not what their files
say, so they are resolved apart from the cache, which keeps the briefs as the last full
build resolved them.

Anything else — another kind of file changed, a file came or went, a listing, a footnote
or a diagnostic changed, an edited report may change a hint that names the reports having a
quote (elsewhere.concerns), an edited report's cached model is missing, the output is not as
the last build left it — and None is returned: the full build runs, as if this did not exist.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from markdown_it import MarkdownIt

from generator import collector, store
from generator.build import _resolve_site
from generator.cache import BuildCache, Stripped
from generator.deps import Fingerprints, shows_report_text
from generator.diagnostics import Diagnostic, Search, lines_shown, sorted_unique
from generator.elsewhere import concerns
from generator.graph import SiteGraph, closure
from generator.index import SiteIndex, build_index
from generator.load import usable_hint
from generator.markup import make_markdown
from generator.model import Claim, Ref, ResolvedSite, Site
from generator.render import pages_of_own_templates, render_only
from generator.result import BuildResult
from generator.themepath import theme_dirs
from generator.urls import report_path
from generator.write import MARKER, OutputScan, SiteWriter, UnsafeOutput, WriteResult, check_output

Part = tuple[ResolvedSite, SiteIndex, list[Diagnostic]]


def patch_build(root: Path, out: Path, strict: bool, last: store.LastBuild, changed: frozenset[str],
                now: store.Stats, taken: int, scan: OutputScan) -> BuildResult | None:
    """The build, when `changed` (relative to `root`) are reports that were in the last
    build and nothing the rest of the site shows of them changed; else None. `now`: the
    stat of every input; `scan`: the output folder's files."""
    if last.out != str(out.resolve()) or last.strict != strict:
        return None
    return _patch(root, last, changed, lambda found: _put(root, out, last, changed, now, taken, scan, found))


def patch_check(root: Path, last: store.LastBuild, changed: frozenset[str]) -> BuildResult | None:
    """`briefing check` after such an edit: the last build's diagnostics, which the edit
    left as they were, found as the build would find them; nothing is written."""
    return _patch(root, last, changed,
                  lambda found: BuildResult(last.diagnostics, {}, None, 0.0, frozenset(found.pages), last.paths))


@dataclasses.dataclass(slots=True)
class _Found:
    """What a patch found: the pages to write, the files read whose bytes are as the cache
    has them, and the part's models as read (to save the edited ones back)."""

    pages: dict[str, bytes]
    same: frozenset[str]
    cache: BuildCache
    listing: dict
    saved: store.SavedModels
    numbers: list[int]
    graph: SiteGraph
    reports: list[str]


def _patch(root: Path, last: store.LastBuild, changed: frozenset[str],
           then: Callable[[_Found], BuildResult | None]) -> BuildResult | None:
    """`then` of the pages of the reports `changed`, if nothing else changed; else None."""
    graph = store.read_graph(root)
    if not isinstance(graph, SiteGraph) or not last.graph or graph.build != last.graph:
        return None  # not the graph of the build this record is of
    dirs, md = theme_dirs(root), make_markdown()
    # The site's own templates may show more of a citation than the built-in theme (where
    # its passage sits), or more of a brief's other claims: compared as the full build
    # fingerprints their pages, in a part that is not narrow.
    templates = BuildCache(templates=dict(graph.templates), template_refs=dict(graph.template_refs))
    wide = pages_of_own_templates(dirs, md, templates)
    part = _closure(graph, changed, last.stale, narrow=not wide)
    if part is None:
        return None
    briefs, reports = part
    numbers = sorted({store.shard_of(path) for path in [*graph.shared, *briefs, *reports]})
    saved = store.SavedModels()
    # The part's models (most of the cache, for a much-cited report) live to the end of the
    # command: a collection the collector would start on them as it resumes is for nothing.
    with collector.kept():
        cache = store.read_models(root, numbers, saved)
        collector.kept_to_exit(cache)
        listing = cache.listing
        cache.templates, cache.template_refs = templates.templates, templates.template_refs
        searched = [d.searched for d in last.diagnostics if d.searched is not None]
        done = _pages(root, graph, changed, last.stale, briefs, reports, cache, md, dirs, wide, searched)
        if done is None:
            return None
        return then(_Found(*done, cache, listing, saved, numbers, graph, reports))


def _put(root: Path, out: Path, last: store.LastBuild, changed: frozenset[str], now: store.Stats, taken: int,
         scan: OutputScan, found: _Found) -> BuildResult | None:
    """Write the pages a patch found, save the models it read again, and record the build."""
    written = _write(root, out, last, found.pages, scan)
    if written is None:
        return None
    cache = found.cache
    reread = changed | (last.stale & set(found.reports))
    cache.listing = found.listing  # the whole site's, as read: the part's own is not saved
    stale = _save_models(root, cache, found.saved, found.numbers, found.graph, reread,
                         (last.stale | changed) - found.same)
    inputs = dict(last.inputs)
    for rel in changed:
        inputs[os.path.join(root, rel)] = now[os.path.join(root, rel)]
    diagnostics = last.diagnostics
    # (the edited files' lines are read again: a warning may be as it was, its line not)
    lines = {**last.lines, **lines_shown(root, [d for d in diagnostics if d.pos.path in changed])}
    digests = {rel: d for rel, d in last.digests.items() if rel not in changed}
    digests.update((rel, cache.files[rel][2]) for rel in changed if rel in cache.files)
    try:
        store.write_last(root, store.LastBuild(last.out, last.strict, inputs, taken, last.diagnostics, last.paths,
                                               written.manifest, stale, last.root, last.graph, lines, digests))
    except OSError as exc:
        diagnostics = [*diagnostics, store.unsaved(exc)]
    return BuildResult(diagnostics, {}, written, 0.0, frozenset(found.pages), last.paths)


def _save_models(root: Path, cache: BuildCache, saved: store.SavedModels, numbers: list[int], graph: SiteGraph,
                 reread: frozenset[str], unsaved: frozenset[str]) -> frozenset[str]:
    """Save the models of the files read again (`reread`) with the shards they are in, so
    that the next build takes them from the cache instead of reading them, and the briefs
    citing them, again: the files the cache now holds older models of than the site was
    built from. Those are `unsaved` if the models are not saved; else the ones outside
    this part alone, as before."""
    digests = {rel: cache.files[rel][2] for rel in reread if rel in cache.files}
    cache.forget_replaced(digests)  # each edit would leave its file's older models in the shard
    paths = {rid: rel for rel, (rid, _) in graph.reports.items()}
    try:
        if store.write_part(root, cache, saved, numbers, paths):
            return unsaved - reread
    except OSError:
        pass  # the next build reads them again, as it would have
    return unsaved


def _closure(graph: SiteGraph, changed: frozenset[str], stale: frozenset[str],
             narrow: bool) -> tuple[list[str], list[str]] | None:
    """The part for the reports `changed`, and for the reports edited by earlier patches
    (`stale`) that it holds: those are read again and compared too (see _pages), so the
    briefs citing them and those disputing these must be in it as well."""
    wanted = changed
    while True:
        part = closure(graph, wanted, narrow)
        more = stale.intersection(part[1]) - wanted if part is not None else frozenset()
        if not more:
            return part
        wanted = wanted | more


def _pages(root: Path, graph: SiteGraph, changed: frozenset[str], stale: frozenset[str], briefs: list[str],
           reports: list[str], cache: BuildCache, md: MarkdownIt, dirs: tuple[Path, ...],
           wide: bool, searched: list[Search]) -> tuple[dict[str, bytes], frozenset[str]] | None:
    """The pages of the reports `changed`, if nothing else changed, and the files read
    whose bytes are those the cache has; else None. `stale`: the files the cache has older
    models of than the site was built from; `cache`: the models of the part's files; `wide`:
    whether the site's own templates make pages (then the part is not narrow); `searched`:
    what the last build's hints looked for in every report (Diagnostic.searched)."""
    reread = changed | (stale & set(reports))
    if not all(_was_read(cache, rel) for rel in reread):
        return None  # what the last full build saw of them is gone: nothing to compare with
    cache.listing = {"reports": (reports, []), "briefs": (briefs, [])}
    if usable_hint(root, cache, reread) != reread:
        return None  # an edited report is now a link, say: the full build says what it makes of that
    narrow = None if wide else _narrowed(frozenset(graph.reports[rel][0] for rel in reread))
    before = _as_last_read(root, md, cache, reread, graph, narrow)
    after = _part(root, md, cache, reread, graph, narrow)
    if before is None or after is None:
        return None
    if not _same_elsewhere(before, after, [graph.reports[rel][0] for rel in sorted(reread)],
                           shows_report_text(dirs), wide):
        return None
    for rid in [graph.reports[rel][0] for rel in reread] if searched else ():
        if concerns(searched, rid, (before[0].reports[rid].report.body, after[0].reports[rid].report.body)):
            return None  # a hint naming the reports that have a quote may name it, or stop naming it
    site, index, _ = after
    # A report whose bytes are as the last full build read them (touched, say) has its page
    # as that build wrote it, unless an earlier patch wrote it from other bytes.
    same = frozenset(rel for rel in reread if site.digests.get(rel) == before[0].digests.get(rel))
    paths = frozenset(report_path(graph.reports[rel][0]) for rel in changed if rel in stale or rel not in same)
    if not paths:
        return {}, same
    pages, problems = render_only(site, index, dirs, root, md, cache, paths)
    if problems or pages.keys() != paths:
        return None  # the full build reports them
    return pages, same


def _was_read(cache: BuildCache, rel: str) -> bool:
    entry = cache.files.get(rel)
    return entry is not None and (not isinstance(entry[3], Stripped) or (rel, entry[2]) in cache.validated)


def _as_last_read(root: Path, md: MarkdownIt, cache: BuildCache, changed: frozenset[str],
                  graph: SiteGraph, narrow: Callable[[Site], Site] | None) -> Part | None:
    """The part as the last full build read it: the edited files from the cache, whose
    entries are marked trusted (not "racy") for this one pass, so the loader takes them as
    they are instead of reading the files again."""
    kept = {rel: cache.files[rel] for rel in changed}
    for rel, entry in kept.items():
        cache.files[rel] = (entry[0], False, *entry[2:])
    try:
        return _part(root, md, cache, frozenset(), graph, narrow)
    finally:
        cache.files.update(kept)


def _part(root: Path, md: MarkdownIt, cache: BuildCache, changed: frozenset[str], graph: SiteGraph,
          narrow: Callable[[Site], Site] | None) -> Part | None:
    # Links are judged against the whole site's pages, not the part's: one to a report
    # outside the part exists.
    ids = (frozenset(rid for rid, _ in graph.reports.values()),
           frozenset(PurePosixPath(path).stem for path in graph.briefs))
    site, diagnostics = _resolve_site(root, md, cache, workers=1, changed=changed, names_key=graph.names_key, ids=ids,
                                      claims=graph.claims, narrow=narrow)
    if any(d.is_error for d in diagnostics):
        return None
    return site, build_index(site), sorted_unique(diagnostics)


def _narrowed(focus: frozenset[str]) -> Callable[[Site], Site]:
    """A narrow part's site: the claims citing a report of `focus` (ids), and, without their
    sources (whose reports are not in the part), the claims that may dispute them or be
    disputed by them: any whose id a `contradicts` between them names."""
    def narrow(site: Site) -> Site:
        citing = {(bid, claim.id): claim for bid, brief in site.briefs.items() for claim in brief.claims
                  if any(source.report.value in focus for source in claim.sources)}
        ids = {claim_id for _, claim_id in citing}
        named = {_claim_id(ref) for claim in citing.values() for ref in claim.contradicts}

        def kept(bid: str, claim: Claim) -> Claim | None:
            if (bid, claim.id) in citing:
                return claim
            if claim.id in named or any(_claim_id(ref) in ids for ref in claim.contradicts):
                return dataclasses.replace(claim, sources=())
            return None
        return dataclasses.replace(site, briefs={
            bid: dataclasses.replace(brief, claims=tuple(c for claim in brief.claims if (c := kept(bid, claim))))
            for bid, brief in site.briefs.items()})
    return narrow


def _claim_id(ref: Ref) -> str:
    """The claim id a `contradicts` names ("c1" of "b1/c1")."""
    return ref.value.rpartition("/")[2]


def _same_elsewhere(before: Part, after: Part, ids: list[str], texts_shown: bool, wide: bool) -> bool:
    """Whether every page but the edited reports' own is as it was: the same diagnostics,
    and each report listed, and its quotes shown in footnotes, as before (and its text,
    when the site's own templates show it: see deps.shows_report_text; and, `wide`, all
    that the site's own templates may show: see deps.Fingerprints)."""
    if before[2] != after[2]:
        return False
    old = Fingerprints(before[0], before[1], None, bodies_shown=texts_shown, wide=wide)
    new = Fingerprints(after[0], after[1], None, bodies_shown=texts_shown, wide=wide)
    for rid in ids:
        if rid not in before[0].reports or rid not in after[0].reports:
            return False
        keys = before[1].claims_by_report.get(rid, ())
        if keys != after[1].claims_by_report.get(rid, ()) or old.listing(rid) != new.listing(rid):
            return False
        if [old.claim(k, footnotes=True) for k in keys] != [new.claim(k, footnotes=True) for k in keys]:
            return False
    return True


def _write(root: Path, out: Path, last: store.LastBuild, pages: dict[str, bytes],
           scan: OutputScan) -> WriteResult | None:
    """Put `pages` into the output in place, if it is exactly as the last build left it."""
    try:
        check_output(out, root)
    except (UnsafeOutput, OSError):
        return None
    try:
        if not (out / MARKER).is_file() or not pages.keys() <= last.manifest.keys() or \
                not store.output_intact(scan.result(), last.manifest):
            return None
    except OSError:  # a folder of it that cannot be read: the full build says so
        return None
    try:
        writer = SiteWriter(out, last.manifest, scan)
    except OSError:
        return None
    try:
        for rel in last.manifest:
            if rel in pages:
                writer.put(rel, pages[rel])
            else:
                writer.keep(rel)
        # No record of a finished build may outlive the output it describes.
        store.write_last(root, None)
        return writer.commit()
    except OSError:  # the full build tries again, and says what went wrong
        writer.discard()
        return None
    except BaseException:
        writer.discard()
        raise
