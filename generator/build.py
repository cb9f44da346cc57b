"""The one function that runs the pipeline: load → validate → resolve → index → render → write.

`briefing build`, `briefing check` and the tests call `build_site`; nothing is written
when any error was found, so a failed build leaves the previous output exactly as it was.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from generator.cache import BuildCache
from generator.diagnostics import Diagnostic, Pos, error, promote_warnings, sorted_unique
from generator.index import SiteIndex, build_index, cached_index
from generator.load import load_site
from generator.markup import make_markdown
from generator.model import ResolvedSite
from generator.render import render_site
from generator.resolve import resolve
from generator.theme import theme_dirs
from generator.validate import validate
from generator.write import UnsafeOutput, WriteResult, check_output, write_site


@dataclass(frozen=True, slots=True)
class BuildResult:
    diagnostics: list[Diagnostic]
    files: dict[str, bytes]  # empty when the build stopped at an error
    written: WriteResult | None  # None when nothing was written
    seconds: float
    rendered: frozenset[str] = frozenset()  # output paths rendered anew (not reused from the cache)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


def build_site(root: Path, out: Path | None = None, *, strict: bool = False, write: bool = True,
               cache: BuildCache | None = None) -> BuildResult:
    """Build `root`. With a cache (kept by the caller between builds) only what changed is
    re-read, re-located and re-rendered; the result is byte for byte a full build's."""
    first = cache is not None and not cache.files
    result = _build(root, out, strict, write, cache)
    if first:
        # The cache now holds the whole site; Python's cyclic GC would walk it on every later
        # rebuild for nothing (it is acyclic data, freed by reference counting when replaced).
        gc.freeze()
    return result


def _build(root: Path, out: Path | None, strict: bool, write: bool, cache: BuildCache | None) -> BuildResult:
    started = time.perf_counter()
    out = out if out is not None else root / "site"
    md = make_markdown()
    resolved, diagnostics = _resolve_site(root, md, cache)
    files: dict[str, bytes] = {}
    fresh: frozenset[str] = frozenset()
    if not any(d.is_error for d in diagnostics):
        index = cached_index(resolved, cache.index) if cache is not None else build_index(resolved)
        rendered = render_site(resolved, index, theme_dirs(root), root, md, cache)
        diagnostics += rendered.diagnostics
        files, fresh = rendered.files, rendered.rendered
    if strict or resolved.config.strict:
        diagnostics = promote_warnings(diagnostics)
    diagnostics = sorted_unique(diagnostics)
    result = None
    if write and not any(d.is_error for d in diagnostics):
        try:
            check_output(out, root)
            result = write_site(files, out)
        except (UnsafeOutput, OSError) as exc:
            diagnostics.append(error(Pos(str(out)), f"cannot write the site: {exc}",
                                     "the previous output, if any, is unchanged"))
    if any(d.is_error for d in diagnostics):
        files = {}
    if cache is not None:
        cache.forget_stale(resolved.digests)
    return BuildResult(diagnostics, files, result, time.perf_counter() - started, fresh)


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


def _resolve_site(root: Path, md: MarkdownIt, cache: BuildCache | None = None) -> tuple[ResolvedSite, list[Diagnostic]]:
    loaded = load_site(root, cache)
    site, validation = validate(loaded, cache)
    resolved, resolution = resolve(site, md, cache)
    return resolved, [*loaded.diagnostics, *validation, *resolution]
