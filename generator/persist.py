"""`briefing build`: the pipeline with its cache kept on disk, in the site's .briefing-cache/
(see store.py), so nothing is redone that the last build already did.

A build with nothing to do answers from the last build's record. It then needs neither the
pipeline nor Jinja, markdown-it and folium, whose import alone (~0.35 s) costs as much as
the whole answer at 10,000 reports and far more on smaller sites, so build.py is imported
only when there is something to build.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator import collector, lazyre, store
from generator.cache import BuildCache
from generator.diagnostics import (FUTURE_HINT, Pos, lines_shown, promote_warnings, remember_lines, sorted_unique,
                                   warning)
from generator.progress import Progress, no_progress
from generator.result import BuildResult
from generator.write import MARKER, OutputScan, WriteResult, finished_once_written, output_lock, recover

if TYPE_CHECKING:
    from generator.graph import SiteGraph
    from generator.index import SiteIndex
    from generator.model import ResolvedSite


def build_persistent(root: Path, out: Path | None = None, *, strict: bool = False, workers: int = 1,
                     progress: Progress = no_progress, on_wait: Callable[[], None] = lambda: None) -> BuildResult:
    """`briefing build`: build_site with the cache kept in the site's .briefing-cache/, so
    nothing is redone that the last build already did (see store.py). One at a time per
    site: `on_wait` is called when this one must wait for another to end."""
    started = time.perf_counter()
    root = root.resolve()
    out = out if out is not None else root / "site"
    # No site here (a mistyped --root, a content/ link to elsewhere): say so, make no cache
    # folder, and walk no tree for the stat of its files (content/ linked to / is all of it).
    if not _has_site(root):
        from generator.build import build_site
        return build_site(root, out, strict=strict, workers=workers, progress=progress)
    # The site's cache, then the output (another site's build may write there too: --out)
    with store.build_lock(root, on_wait) as locked, output_lock(out, on_wait) as alone:
        # What a build killed part-way left beside the output is put right only by a build
        # that holds both (else it may be another's, at work), and never beside an output
        # that is a link, which the build refuses to write.
        if locked and alone and not out.is_symlink():
            recover(out.resolve())
        with finished_once_written():
            result = _locked_build(root, out, strict, workers, progress, started)
        if locked and alone and not out.is_symlink():
            # the previous site, moved aside by this build or an earlier one, deleted now, or
            # named while a file of it cannot be (made immutable, another user's)
            result = _left_behind(result, recover(out.resolve()), root)
        return result


def _left_behind(result: BuildResult, folders: list[Path], root: Path) -> BuildResult:
    """`result` with a warning for each folder of a previous site that could not be deleted:
    the site is built, but the old one's files stay beside it, in a hidden folder."""
    if not folders:
        return result
    shown = [str(folder.relative_to(root)) if folder.is_relative_to(root) else str(folder) for folder in folders]
    return replace(result, diagnostics=result.diagnostics + [
        warning(Pos(name), "a previous site's files are left here: a file of it could not be deleted "
                           "(made immutable, or another user's)", f"delete the folder yourself (rm -r {name})")
        for name in shown])


def _has_site(root: Path) -> bool:
    """Whether `root` holds a site's content/site.yaml. An unreadable content/ (chmod 000)
    cannot say: the build without a cache then reads it, and reports what it cannot read at
    its path, as for any unreadable file."""
    try:
        return (root / "content" / "site.yaml").is_file()
    except OSError:
        return False


def check_site(root: Path, *, strict: bool = False, workers: int = 1, progress: Progress = no_progress,
               on_wait: Callable[[], None] = lambda: None) -> BuildResult:
    """`briefing check`: the diagnostics `briefing build` would give, writing nothing. The
    site's build cache, if a build left one, is read and never written: with nothing changed
    since that build its diagnostics are the answer, else only what changed is read,
    located and rendered again, as a build would (a page the cache vouches for keeps its
    diagnostics); only the pages themselves are not kept."""
    from generator.build import build_site

    started = time.perf_counter()
    root = root.resolve()
    if not _has_site(root) or not (root / store.CACHE_DIR).is_dir():
        return build_site(root, strict=strict, write=False, keep_pages=False, workers=workers, progress=progress)
    lazyre.load_codes_with(lambda: store.read_codes(root))  # as a build does: see _locked_build
    # Not while a build saves the cache: the record and the models it reads are then one build's.
    with store.build_lock(root, on_wait):
        last = store.read_last(root)
        changed = None
        if last is not None:
            changed, _ = store.changed_inputs(last, root)
            changed -= store.unchanged_bytes(last, root, changed)  # saved again as they were
            answered = _checked_from_last_build(root, strict, last, changed)
            if answered is not None:
                return replace(answered, seconds=time.perf_counter() - started)
            changed = changed | last.stale  # read again: the cache holds older models of them
        result = build_site(root, strict=strict, write=False, keep_pages=False, cache=_read_cache(root, progress),
                            workers=workers, progress=progress, changed=changed)
    return replace(result, seconds=time.perf_counter() - started)


def _checked_from_last_build(root: Path, strict: bool, last: store.LastBuild,
                             changed: frozenset[str]) -> BuildResult | None:
    """`check` answered from the last build's record: its diagnostics, when nothing
    changed since or a few reports' edits left them as they were (patch.py); else None."""
    if _dated_elsewhen(last) or (last.strict and not strict):
        return None
    remember_lines(last.lines)
    if changed:
        from generator.patch import patch_check

        answered = patch_check(root, last, changed)
        if answered is None:
            return None
    else:
        answered = BuildResult(last.diagnostics, {}, None, 0.0, frozenset(), last.paths)
    return replace(answered, diagnostics=sorted_unique(promote_warnings(answered.diagnostics))) if strict else answered


def _locked_build(root: Path, out: Path, strict: bool, workers: int, progress: Progress,
                  started: float) -> BuildResult:
    # Taken before any input is looked at: a file saved from then on is "racy" to the next
    # build (stamped after this one started), so its stat alone is never trusted.
    taken = time.time_ns()
    # What the citation rules' patterns compile to, as a build before kept it: read only if a
    # quote is judged (a cited report's edit, say), in place of compiling them (~50 ms).
    lazyre.load_codes_with(lambda: store.read_codes(root))
    last = store.read_last(root)
    if last is None:
        result = _cached_build(root, out, strict, workers, progress, None, taken, None, store.input_stats(root, []))
        return replace(result, seconds=time.perf_counter() - started)
    # The output is walked meanwhile, in another process, if it is the one last built; a
    # build that must run after all is handed the walk for its writer.
    scan = OutputScan(out.resolve(), last.out == str(out.resolve()) and (out / MARKER).is_file())
    try:
        answered, changed, before = _from_last_build(root, out, strict, last, taken, scan)
        if answered is None:
            answered = _cached_build(root, out, strict, workers, progress, changed, taken, scan, before)
    finally:
        scan.close()  # never leave the walk behind, unwaited for
    return replace(answered, seconds=time.perf_counter() - started)


def _from_last_build(root: Path, out: Path, strict: bool, last: store.LastBuild, taken: int,
                     scan: OutputScan) -> tuple[BuildResult | None, frozenset[str], store.Stats]:
    """The build answered from the last one's record (nothing to do, or a few reports' pages
    patched), else None; the inputs the cache cannot vouch for; and the stat of every input
    now, as the build begins. `scan`: the output's files."""
    changed, now = store.changed_inputs(last, root)
    changed -= store.unchanged_bytes(last, root, changed)  # saved again as they were
    if _dated_elsewhen(last):  # its warnings about dates in the future may no longer hold
        return None, changed | last.stale, now
    remember_lines(last.lines)  # (whatever comes of this: the lines of files as they were are good)
    if store.up_to_date(last, out, strict, changed, scan):
        unchanged = WriteResult((), tuple(sorted(last.manifest)), (), last.manifest)
        return BuildResult(last.diagnostics, {}, unchanged, 0.0, frozenset(), last.paths), changed, now
    if changed:
        from generator.patch import patch_build  # a few reports edited: their pages alone?

        patched = patch_build(root, out, strict, last, changed, now, taken, scan)
        if patched is not None:
            return patched, changed, now
    return None, changed | last.stale, now  # read again: the cache holds older models of them


def _dated_elsewhen(last: store.LastBuild) -> bool:
    """Whether the last build warned about a date in the future (validate.future_dates) on
    another day than today: whether that date is still in the future, only a build can say."""
    today = dt.date.today()
    return any(d.hint.startswith(FUTURE_HINT) for d in last.diagnostics) and \
        dt.date.fromtimestamp(last.taken_ns / 1e9) != today


def _cached_build(root: Path, out: Path, strict: bool, workers: int, progress: Progress,
                  changed: frozenset[str] | None, taken: int, scan: OutputScan | None,
                  before: store.Stats) -> BuildResult:
    """The pipeline, reusing whatever the cache holds, and the cache saved for the next build.
    `scan`: the output's files, if already being walked; `before`: the inputs' stat as the
    build began."""
    from generator.build import build_site  # the pipeline, only now that there is work for it

    saved = store.SavedModels()
    cache = _read_cache(root, progress, saved)
    cache.claim_digests = None  # for a later build in this process, and there is none
    save = _ModelSave(root, saved, workers > 1, progress)
    try:
        # What changed since the last build, by the stat of every input, is exactly what serve's
        # watcher tells it: the loader then reads those files alone.
        result = build_site(root, out, strict=strict, cache=cache, workers=workers, progress=progress,
                            on_indexed=save, changed=changed, scan=scan)
        if save.graph is None:  # stopped by errors before the index, where the models are saved
            save.models_only(cache)
    finally:  # the models' save, if a child does it, is waited for however the build ended
        save.wait()
    problems = save.problems + _record(root, out, strict, cache, result, taken, save.graph, before,
                                       complete=not save.problems)
    if not problems:
        return result
    # the site is built; only the next build's head start is lost
    return replace(result, diagnostics=[*result.diagnostics, store.unsaved(problems[0])])


def _read_cache(root: Path, progress: Progress, saved: store.SavedModels | None = None) -> BuildCache:
    progress("cache", 0)
    # Millions of loaded objects, none in a reference cycle: left to the cyclic GC, each of
    # its full collections during the build would walk them all (~0.3 s apiece at 10,000
    # reports), for nothing. Frozen, they are never walked; the process ends with the build.
    with collector.kept():
        cache = store.read_state(root, saved)
    collector.kept_to_exit(cache)
    return cache


class _ModelSave:
    """build_site's `on_indexed`: the models are saved while the pages render (in a second
    process when rendering has one too), and the site's graph is kept for the cache."""

    def __init__(self, root: Path, saved: store.SavedModels, background: bool, progress: Progress) -> None:
        self.root, self.saved, self.background, self.progress = root, saved, background, progress
        self.graph: SiteGraph | None = None
        self.problems: list[OSError] = []
        self.waits: list[Callable[[], None]] = []  # for the save, if one started

    def __call__(self, indexed: BuildCache, site: ResolvedSite, index: SiteIndex) -> None:
        from generator.graph import site_graph

        # The site, resolved and indexed, lives to the end of the build: as above. (Its graph
        # is ~100,000 new sets and tuples: collections they set off would walk the site too.)
        with collector.kept():
            self.graph = site_graph(site, index)
        self.progress("save", 0)
        try:
            # No record of a finished build may outlive the models it was made with: should
            # this build stop before it writes its own, the next one starts from the models.
            store.write_last(self.root, None)
            paths = {rid: r.report.path for rid, r in site.reports.items()}
            self.waits.append(store.write_models(self.root, indexed, self.saved, paths, background=self.background))
        except OSError as exc:
            self.problems.append(exc)

    def models_only(self, cache: BuildCache) -> None:
        """The models of a build that errors stopped before its index: what it read, validated
        and located is still good, keyed by content, and the next build (the fix) starts from
        it instead of from nothing. No record of a finished build goes with them."""
        paths = {Path(rel).stem: rel for rel in cache.files if rel.startswith("content/reports/")}
        try:
            store.write_last(self.root, None)
            self.waits.append(store.write_models(self.root, cache, self.saved, paths))
        except OSError as exc:
            self.problems.append(exc)

    def wait(self) -> None:
        for wait in self.waits:
            try:
                wait()
            except OSError as exc:
                self.problems.append(exc)


def _record(root: Path, out: Path, strict: bool, cache: BuildCache, result: BuildResult, taken: int,
            graph: SiteGraph | None, before: store.Stats, complete: bool) -> list[OSError]:
    """The pages, the graph and the record of this build kept for the next one; what could
    not be saved. Without its models (`complete` false), no record of the build is kept."""
    done = None
    token = os.urandom(8).hex()  # ties the graph to this record: a graph another build saved is not trusted
    if complete and result.ok and result.written is not None:
        extra = [os.path.join(root, p) for p in cache.files if not p.startswith("content/")]
        stats = store.input_stats(root, extra)
        for rel in cache.files:  # read by this build and gone since: a change the next one must see
            stats.setdefault(os.path.join(root, rel), store.MISSING)
        # … and so is any input there as the build began and gone by its end (a template, a
        # media file deleted meanwhile): recorded as it was, what is there now differs from it.
        # (One changed meanwhile is stamped after `taken`: never trusted by its stat.)
        for path, stat in before.items():
            if stats.get(path, store.MISSING) == store.MISSING and stat != store.MISSING:
                stats[path] = stat
        lines = lines_shown(root, result.diagnostics)
        remember_lines(lines)  # read for the record: not again to print them
        done = store.LastBuild(str(out.resolve()), strict, stats, taken, result.diagnostics,
                               result.paths, result.written.manifest, root=str(root.resolve()),
                               graph=token if graph is not None else "", lines=lines,
                               digests={rel: entry[2] for rel, entry in cache.files.items()})
    try:
        store.write_pages(root, cache)
        if graph is not None:
            store.write_graph(root, replace(graph, templates=cache.templates, template_refs=cache.template_refs,
                                            build=token))
        store.write_last(root, done)
    except OSError as exc:
        with contextlib.suppress(OSError):
            store.write_last(root, None)
        return [exc]
    return []
