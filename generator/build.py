"""The one function that runs the pipeline: load → validate → resolve → index → render → write.

`briefing build`, `briefing check` and the tests call `build_site`; nothing is written
when any error was found, so a failed build leaves the previous output exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from generator import collector
from generator.cache import BuildCache
from generator.diagnostics import Diagnostic, Pos, error, promote_warnings, sorted_unique
from generator.index import SiteIndex, build_index, cached_index
from generator.links import PageIds
from generator.load import load_site, usable_hint
from generator.markup import make_markdown
from generator.model import ResolvedSite, Site
from generator.output import DiagnosticsOutput, MemoryOutput, NullOutput, Output
from generator.prefetch import prefetch
from generator.progress import Progress, no_progress
from generator.render import render_site
from generator.resolve import resolve
from generator.result import BuildResult
from generator.theme import syntax_errors
from generator.themepath import theme_dirs
from generator.validate import future_dates, validate
from generator.write import OutputScan, SiteWriter, UnsafeOutput, WriteResult, check_output


def build_site(root: Path, out: Path | None = None, *, strict: bool = False, write: bool = True,
               cache: BuildCache | None = None, workers: int = 1, progress: Progress = no_progress,
               on_indexed: Callable[[BuildCache, ResolvedSite, SiteIndex], None] | None = None,
               first: frozenset[str] = frozenset(),
               on_first: Callable[[dict[str, bytes]], None] | None = None,
               changed: frozenset[str] | None = None, keep_pages: bool = True,
               scan: OutputScan | None = None) -> BuildResult:
    """Build `root`. With a cache (kept by the caller between builds) only what changed is
    re-read, re-located and re-rendered; the result is byte for byte a full build's.
    `workers` > 1 renders pages in that many processes, with the same output. `on_indexed`
    is called with the cache, the site and its index before rendering; with a
    cache, `on_first` is handed the pages `first` (those that exist) as soon as they are
    rendered, before the rest of the site, when nothing went wrong before rendering.
    `changed`, from a file watcher or the last build's record, names every input file
    (relative to `root`) changed since the build that filled the cache; None when that is
    not known. Unless `keep_pages`, a build that does not write keeps no page, not even in
    memory: it is run for its diagnostics (`briefing check`). `scan`: a walk of `out` already
    under way (persist.py), taken instead of walking it again."""
    cold = cache is not None and not cache.files
    result = _build(root, out, strict, write if write or keep_pages else None, cache, workers, progress, on_indexed,
                    first, on_first, changed, scan)
    if cold:
        # The cache now holds the whole site; Python's cyclic GC would walk it on every later
        # rebuild for nothing (it is acyclic data, freed by reference counting when replaced).
        gc.freeze()
    return result


def _build(root: Path, out: Path | None, strict: bool, write: bool | None, cache: BuildCache | None,
           workers: int, progress: Progress,
           on_indexed: Callable[[BuildCache, ResolvedSite, SiteIndex], None] | None,
           first: frozenset[str], on_first: Callable[[dict[str, bytes]], None] | None,
           changed: frozenset[str] | None, scan: OutputScan | None) -> BuildResult:
    started = time.perf_counter()
    out = out if out is not None else root / "site"
    md = make_markdown()
    resolved, diagnostics = _resolve_site(root, md, cache, progress, workers, changed)
    if strict or resolved.config.strict:
        diagnostics = promote_warnings(diagnostics)
    rendered = None
    written = None
    cited = _cited(resolved) if cache is not None else frozenset()
    if any(d.is_error for d in diagnostics):
        diagnostics += syntax_errors(root, theme_dirs(root), md)  # no page is rendered to find them
    else:
        index = cached_index(resolved, cache.index) if cache is not None else build_index(resolved)
        if cache is not None:
            cache.forget_stale(resolved.digests, cited)
            if on_indexed is not None:
                on_indexed(cache, resolved, index)
        sink, problem = _output(root, out, write, cache, scan)
        if problem is not None:
            diagnostics.append(problem)
        try:
            rendered = render_site(resolved, index, theme_dirs(root), root, md, cache, sink, workers, progress,
                                   first, on_first)
        except OSError as exc:  # the output would not take a file (a full disk): nothing is moved in
            if not isinstance(sink, SiteWriter):
                raise  # nothing written (check, serve): not the output's fault
            sink.discard()
            diagnostics.append(_cannot_write(out, exc))
        except BaseException:  # Ctrl-C, or a bug: leave no half-written staging folder behind
            if isinstance(sink, SiteWriter):
                sink.discard()
            raise
        if rendered is not None:
            new = promote_warnings(rendered.diagnostics) if strict or resolved.config.strict else rendered.diagnostics
            diagnostics += new
            written = _commit(sink, out, diagnostics)
    diagnostics = sorted_unique(diagnostics)
    if cache is not None:
        # again: a build that stopped early did not yet. A build with errors may have left out
        # a brief that does not load (a YAML slip while typing): its located quotes are kept.
        failed = any(d.is_error for d in diagnostics)
        cache.forget_stale(resolved.digests, None if failed else cited)
        if written is not None:
            cache.output = written.manifest
    ok = rendered is not None and not any(d.is_error for d in diagnostics)
    return BuildResult(diagnostics, rendered.files if ok else {}, written,
                       time.perf_counter() - started, rendered.rendered if rendered else frozenset(),
                       tuple(rendered.paths) if ok else ())


def _cited(site: ResolvedSite) -> frozenset[tuple[str, str]]:
    """The (report id, quote) pairs the site's briefs cite: the located quotes worth keeping."""
    return frozenset((c.report, c.quote) for b in site.briefs.values() for claim in b.claims for c in claim.citations)


def _output(root: Path, out: Path, write: bool | None, cache: BuildCache | None,
            scan: OutputScan | None) -> tuple[Output, Diagnostic | None]:
    """Where pages go: memory (`write` False), the output folder (True, through a SiteWriter),
    or nowhere (None: for the diagnostics alone; or when the folder must not be written, the
    pages still rendered for their diagnostics)."""
    if write is None:
        return DiagnosticsOutput(), None
    if not write:
        return MemoryOutput(), None
    try:
        check_output(out, root)
        return SiteWriter(out, cache.output if cache is not None else None, scan), None
    except (UnsafeOutput, OSError) as exc:
        return NullOutput(), _cannot_write(out, exc)


def _commit(sink: Output, out: Path, diagnostics: list[Diagnostic]) -> WriteResult | None:
    """Move the written files into place, unless anything went wrong (then nothing is)."""
    if not isinstance(sink, SiteWriter):
        return None
    if any(d.is_error for d in diagnostics):
        sink.discard()
        return None
    try:
        return sink.commit()
    except OSError as exc:
        diagnostics.append(_cannot_write(out, exc))
        return None


def _cannot_write(out: Path, exc: Exception) -> Diagnostic:
    return error(Pos(str(out)), f"cannot write the site: {_write_problem(out, exc)}",
                 "the previous output, if any, is unchanged")


def _write_problem(out: Path, exc: Exception) -> str:
    """What went wrong, in words: the system's ("Permission denied"), and the path it concerns
    unless that is a folder of the build's own beside the output (.site.briefing-new-…)."""
    if not isinstance(exc, OSError) or not exc.strerror:
        return str(exc)
    where = exc.filename
    if isinstance(exc, (FileExistsError, NotADirectoryError)) and where and os.path.isfile(where):
        return f"{where} is a file, not a folder"
    shown = out if where is None or ".briefing-" in str(where) else where
    return f"{exc.strerror}: {shown}"


@dataclass(frozen=True, slots=True)
class IndexedSite:
    """The site resolved and indexed but not rendered, for `briefing email`."""

    site: ResolvedSite
    index: SiteIndex


def index_site(root: Path, *, strict: bool = False) -> tuple[IndexedSite | None, list[Diagnostic]]:
    """The stages before rendering, writing nothing; no site when any error was found."""
    resolved, diagnostics = _resolve_site(root, make_markdown())
    if strict or resolved.config.strict:
        diagnostics = promote_warnings(diagnostics)
    diagnostics = sorted_unique(diagnostics)
    if any(d.is_error for d in diagnostics):
        return None, diagnostics
    return IndexedSite(resolved, build_index(resolved)), diagnostics


def _resolve_site(root: Path, md: MarkdownIt, cache: BuildCache | None = None, progress: Progress = no_progress,
                  workers: int = 1, changed: frozenset[str] | None = None,
                  names_key: str | None = None, ids: PageIds | None = None,
                  claims: Iterable[tuple[str, str]] | None = None,
                  narrow: Callable[[Site], Site] | None = None) -> tuple[ResolvedSite, list[Diagnostic]]:
    """Load, validate and resolve. `names_key`, `ids` and `claims` are for a part of a site: see
    resolve; `narrow`, for a narrow part, whose briefs it leaves only some sources of (patch.py)."""
    progress("read", 0)
    # The hint is judged against the cache as the last build left it: prefetch adds new files
    # to it, which would make a folder's old listing look complete.
    changed = usable_hint(root, cache, changed)
    # In a cold build, what is read and resolved (models, located quotes, rendered bodies)
    # lives, in the cache, to the end of the build (collector.kept): a dozen full collections,
    # ~0.8 s of the parent's time at 10,000 reports.
    cold = cache is not None and not cache.files
    with collector.kept(cold):
        if cache is not None:
            prefetch(root, cache, workers)
        loaded = load_site(root, cache, changed)
        site, validation = validate(loaded, cache)
        validation = [*validation, *future_dates(site, dt.date.today())]
        if cache is not None:
            cache.strip_records()
        progress("resolve", 0)
        if narrow is not None:
            site = narrow(site)
        resolved, resolution = resolve(site, md, cache, workers, names_key, ids, claims, root,
                                       briefs_memo=None if narrow is None else {})
    return resolved, [*loaded.diagnostics, *validation, *resolution]
