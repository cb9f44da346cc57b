"""`briefing build`: the pipeline with its cache kept on disk, in the site's .briefing-cache/
(see store.py), so nothing is redone that the last build already did.

A build with nothing to do answers from the last build's record. It then needs neither the
pipeline nor Jinja, markdown-it and folium, whose import alone (~0.35 s) costs as much as
the whole answer at 10,000 reports and far more on smaller sites, so build.py is imported
only when there is something to build.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator import store
from generator.cache import BuildCache
from generator.progress import Progress, no_progress
from generator.result import BuildResult
from generator.write import MARKER, OutputScan, WriteResult

if TYPE_CHECKING:
    from generator.index import SiteIndex
    from generator.model import ResolvedSite


def build_persistent(root: Path, out: Path | None = None, *, strict: bool = False, workers: int = 1,
                     progress: Progress = no_progress) -> BuildResult:
    """`briefing build`: build_site with the cache kept in the site's .briefing-cache/, so
    nothing is redone that the last build already did (see store.py)."""
    started = time.perf_counter()
    root = root.resolve()
    out = out if out is not None else root / "site"
    if not (root / "content").is_dir():  # no site here (a mistyped --root): say so, make no cache folder
        from generator.build import build_site
        return build_site(root, out, strict=strict, workers=workers, progress=progress)
    # Taken before any input is looked at: a file saved from then on is "racy" to the next
    # build (stamped after this one started), so its stat alone is never trusted.
    taken = time.time_ns()
    last = store.read_last(root)
    if last is not None:
        # The output is walked meanwhile, in another process, if it is the one last built.
        scan = OutputScan(out.resolve(), last.out == str(out.resolve()) and (out / MARKER).is_file())
        try:
            changed, now = store.changed_inputs(last, root)
            if store.up_to_date(last, out, strict, changed, scan):
                return BuildResult(last.diagnostics, {}, WriteResult((), tuple(sorted(last.manifest)), (),
                                                                     last.manifest),
                                   time.perf_counter() - started, frozenset(), last.paths)
            if changed:
                from generator.patch import patch_build  # a few reports edited: their pages alone?

                patched = patch_build(root, out, strict, last, changed, now, taken, scan)
                if patched is not None:
                    return replace(patched, seconds=time.perf_counter() - started)
        finally:
            scan.close()  # never leave the walk behind, unwaited for
        changed |= last.stale  # read again: the cache holds older models of them
    else:
        changed = None
    from generator.build import build_site  # the pipeline, only now that there is work for it
    from generator.graph import SiteGraph, site_graph

    progress("cache", 0)
    saved = store.SavedModels()
    # Millions of loaded objects, none in a reference cycle: left to the cyclic GC, each of
    # its full collections during the build would walk them all (~0.3 s apiece at 10,000
    # reports), for nothing. Frozen, they are never walked; the process ends with the build.
    with store.collector_paused():
        cache = store.read_state(root, saved)
        gc.freeze()
    problems: list[OSError] = []

    graph: list[SiteGraph] = []
    saving: list[Callable[[], None]] = []  # waits for the models' save, if one started

    def save_models(indexed: BuildCache, site: ResolvedSite, index: SiteIndex) -> None:
        graph.append(site_graph(site, index))
        progress("save", 0)
        gc.freeze()  # the site, resolved and indexed, lives to the end of the build: as above
        try:
            # No record of a finished build may outlive the models it was made with: should
            # this build stop before it writes its own, the next one starts from the models.
            store.write_last(root, None)
            paths = {rid: r.report.path for rid, r in site.reports.items()}
            # in a second process, as rendering is, unless told to use one
            saving.append(store.write_models(root, indexed, saved, paths, background=workers > 1))
        except OSError as exc:
            problems.append(exc)
    # What changed since the last build, by the stat of every input, is exactly what serve's
    # watcher tells it: the loader then reads those files alone.
    try:
        result = build_site(root, out, strict=strict, cache=cache, workers=workers, progress=progress,
                            on_indexed=save_models, changed=changed)
    finally:  # the models' save, if a child does it, is waited for however the build ended
        for wait in saving:
            try:
                wait()
            except OSError as exc:
                problems.append(exc)
    done = None
    if result.ok and result.written is not None:
        extra = [os.path.join(root, p) for p in cache.files if not p.startswith("content/")]
        stats = store.input_stats(root, extra)
        for rel in cache.files:  # read by this build and gone since: a change the next one must see
            stats.setdefault(os.path.join(root, rel), store.MISSING)
        done = store.LastBuild(str(out.resolve()), strict, stats, taken, result.diagnostics,
                               result.paths, result.written.manifest)
    try:
        store.write_pages(root, cache)
        if graph:
            store.write_graph(root, replace(graph[0], templates=cache.templates, template_refs=cache.template_refs))
        store.write_last(root, None if problems else done)
    except OSError as exc:
        problems.append(exc)
        with contextlib.suppress(OSError):
            store.write_last(root, None)
    diagnostics = result.diagnostics
    if problems:  # the site is built; only the next build's head start is lost
        diagnostics = [*diagnostics, store.unsaved(problems[0])]
    return replace(result, diagnostics=diagnostics, seconds=time.perf_counter() - started)
