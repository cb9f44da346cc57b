"""Watching a site for `briefing serve`: which file events matter, and when to rebuild.

Three parts, each testable alone:

- `classify(path, site)` is a pure function from an event's path to a `ChangeKind`: editor
  swap and temp files, hidden files and the output folder are IGNORED; everything else
  says what kind of input changed (it names the change in the terminal and decides whether
  a rebuild happens at all; which pages are re-rendered is the build cache's business).
- `ChangeBatcher` turns a burst of events (an editor's save is several: temp file, rename,
  modify, close) into one batch, handed out once no event has come for a quiet interval.
- `start_observer` wires watchdog to the batcher for content/, the site's templates/ and
  the built-in theme when it is a checkout (an editable install), not an installed wheel,
  and, once told, for files a build read from elsewhere (`SiteObserver.watch_files`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePath

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

from generator.scratch import is_sed_temp, is_temporary, is_vim_probe
from generator.themepath import builtin_theme_dir

# Opened / closed-without-writing events are left out on purpose: the build itself reads
# every file, and reacting to its own reads would rebuild forever. DirModified only echoes
# a change to a file inside, which has its own event.
WATCHED_EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent,
    DirCreatedEvent, DirDeletedEvent, DirMovedEvent,
]

class ChangeKind(str, Enum):
    IGNORED = "ignored"
    CONTENT = "content"     # a report, brief, topic/place list or media file under content/
    CONFIG = "config"       # content/site.yaml: can change every page
    TEMPLATE = "template"   # a template of the site's templates/ or of the built-in theme
    ASSET = "asset"         # a file under a theme's assets/ (CSS, scripts)


@dataclass(frozen=True, slots=True)
class WatchedSite:
    """The absolute, resolved folders of one site that `classify` sorts paths into."""

    root: PurePath
    content: PurePath
    templates: PurePath
    output: PurePath
    theme: PurePath | None  # the built-in theme, only when it can change (a checkout)

    def folders(self) -> list[PurePath]:
        """The folders to watch recursively (each once, even when they coincide)."""
        found = [self.content, self.templates] + ([self.theme] if self.theme else [])
        return list(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class Change:
    path: str  # relative to the site root when inside it, for the terminal
    kind: ChangeKind


def watched_site(root: Path, output: Path | None = None) -> WatchedSite:
    root = root.resolve()
    theme = builtin_theme_dir().resolve()
    installed = any(part in ("site-packages", "dist-packages") for part in theme.parts)
    return WatchedSite(root, root / "content", root / "templates",
                       (output or root / "site").resolve(), None if installed else theme)


def classify(path: str | PurePath, site: WatchedSite, extra: frozenset[PurePath] = frozenset()) -> ChangeKind:
    """What changing `path` (absolute, as watchdog reports it) means for the site. Pure.
    `extra`: the files outside content/ and templates/ the last build read (a boundaries
    file named in site.yaml)."""
    path = PurePath(path)
    if path == site.output or path.is_relative_to(site.output):
        return ChangeKind.IGNORED
    if path in extra or (path != site.root and any(p.is_relative_to(path) for p in extra)):
        return ChangeKind.CONTENT  # the file, or a folder on its way made or removed
    for base, kind in ((site.content, ChangeKind.CONTENT), (site.templates, ChangeKind.TEMPLATE),
                       (site.theme, ChangeKind.TEMPLATE)):
        if base is None or not path.is_relative_to(base):
            continue
        rel = path.relative_to(base).parts
        if any(is_temporary(part) for part in rel) or (rel and (is_vim_probe(rel[-1]) or is_sed_temp(rel[-1]))):
            return ChangeKind.IGNORED
        if kind is ChangeKind.CONTENT and rel == ("site.yaml",):
            return ChangeKind.CONFIG
        if kind is ChangeKind.TEMPLATE and rel[:1] == ("assets",):
            return ChangeKind.ASSET
        return kind
    return ChangeKind.IGNORED


class ChangeBatcher:
    """Collects changes and hands them out in batches, one batch per burst of events.

    A batch is ready once no change has arrived for `quiet` seconds, or `longest` seconds
    after its first change when events never stop (a long checkout still shows progress).
    Changes that arrive while the previous batch is being built make the next batch."""

    def __init__(self, quiet: float = 0.05, longest: float = 1.0) -> None:
        self.quiet, self.longest = quiet, longest
        self._pending: dict[str, Change] = {}
        self._first = self._last = 0.0
        self._closed = False
        self._cond = threading.Condition()

    def add(self, change: Change) -> None:
        if change.kind is ChangeKind.IGNORED:
            return
        with self._cond:
            now = time.monotonic()
            if not self._pending:
                self._first = now
            self._pending[change.path] = change
            self._last = now
            self._cond.notify_all()

    def next_batch(self) -> tuple[Change, ...]:
        """Block until a burst has settled and return it; () once closed."""
        with self._cond:
            while not self._closed:
                if not self._pending:
                    self._cond.wait()
                    continue
                due = min(self._last + self.quiet, self._first + self.longest)
                wait = due - time.monotonic()
                if wait <= 0:
                    batch, self._pending = tuple(self._pending.values()), {}
                    return batch
                self._cond.wait(wait)
            return ()

    def has_pending(self) -> bool:
        """Whether a change arrived since the last batch was handed out."""
        with self._cond:
            return bool(self._pending)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


_WATCHED = tuple(WATCHED_EVENTS)


class _Forwarder(FileSystemEventHandler):
    """Passes each relevant watchdog event on to the batcher as classified changes."""

    def __init__(self, site: WatchedSite, batcher: ChangeBatcher, watch_new: Callable[[Path], None],
                 extra: Callable[[], frozenset[PurePath]] = frozenset,
                 folder_gone: Callable[[Path], None] = lambda folder: None) -> None:
        self.site, self.batcher, self.watch_new, self.extra = site, batcher, watch_new, extra
        self.folder_gone = folder_gone

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not isinstance(event, _WATCHED):
            return
        if isinstance(event, (DirDeletedEvent, DirMovedEvent)):
            src = event.src_path
            self.folder_gone(Path(src if isinstance(src, str) else src.decode()))
        for raw in filter(None, (event.src_path, getattr(event, "dest_path", ""))):
            path = Path(raw if isinstance(raw, str) else raw.decode())
            if path.parent == self.site.root and (event.is_directory or path.is_dir()):
                # content/ or templates/ (re)made while serving, or made a link to a folder
                # (which comes as a file's event)
                self.watch_new(path)
            kind = classify(path, self.site, self.extra())
            shown = path.relative_to(self.site.root).as_posix() if path.is_relative_to(self.site.root) else str(path)
            self.batcher.add(Change(shown, kind))


class SiteObserver:
    """watchdog on a site's inputs: content/, its templates/ and the built-in theme (in a
    checkout), its root (to notice content/ or templates/ appearing), and, once a build has
    said which, the files it read from elsewhere (a boundaries file named in site.yaml)."""

    def __init__(self, site: WatchedSite, batcher: ChangeBatcher) -> None:
        self.site = site
        self.extra: frozenset[PurePath] = frozenset()
        self._observer = Observer()
        self._observer.daemon = True
        self._watches: dict[PurePath, ObservedWatch] = {}
        # folders of the files builds read from elsewhere → (their watch, the folder's inode)
        self._elsewhere: dict[PurePath, tuple[ObservedWatch, int]] = {}
        # Folders deleted or moved away since the last watch_files (from the watcher's thread).
        # Their watches see nothing any more, and a folder made again under the same name may
        # get the same inode number (ext4 hands the freed one out again at once).
        self._gone: set[PurePath] = set()
        self._gone_lock = threading.Lock()
        self._handler = _Forwarder(site, batcher, self._watch, lambda: self.extra, self._folder_gone)
        for folder in site.folders():
            self._watch(Path(folder))
        if Path(site.root).is_dir():
            # (a link made to a folder comes as a file's creation: content/ kept elsewhere; and a
            # file named templates, which the build refused, is one's deletion or move once put right)
            self._observer.schedule(self._handler, str(site.root), recursive=False,
                                    event_filter=[DirCreatedEvent, DirDeletedEvent, DirMovedEvent, FileCreatedEvent,
                                                  FileDeletedEvent, FileMovedEvent])
        self._observer.start()

    def _watch(self, folder: Path) -> None:
        if folder not in self.site.folders() or not folder.is_dir():
            return
        if folder in self._watches:  # the folder was replaced: its old watch sees nothing any more
            self._observer.unschedule(self._watches.pop(folder))
        self._watches[folder] = self._observer.schedule(self._handler, str(folder), recursive=True,
                                                        event_filter=WATCHED_EVENTS)

    def watch_files(self, paths: frozenset[PurePath]) -> set[PurePath]:
        """Watch these files, which the last build read (or looked for) outside the site's
        folders, and no longer those it did not. A file whose folder is missing is watched
        for from the nearest folder that exists. Returns those of `paths` that exist in a
        folder watched only now: made before any event could tell of them."""
        self.extra = paths
        folders: dict[Path, int] = {}
        for path in paths:
            for folder in self._folders_on_the_way(Path(path)):
                try:
                    folders[folder] = folder.stat().st_ino
                except OSError:
                    continue
        with self._gone_lock:
            gone, self._gone = self._gone, set()
        for folder in sorted(self._elsewhere):
            # gone, or deleted and made again (its old watch sees nothing any more)
            if folder in gone or folders.get(folder) != self._elsewhere[folder][1]:
                self._observer.unschedule(self._elsewhere.pop(folder)[0])
        appeared: set[PurePath] = set()
        for folder in sorted(folders.keys() - self._elsewhere.keys()):
            watch = self._observer.schedule(self._handler, str(folder), recursive=False, event_filter=WATCHED_EVENTS)
            self._elsewhere[folder] = (watch, folders[folder])
            appeared |= {p for p in paths if Path(p).parent == folder and Path(p).is_file()}
        return appeared

    def _folders_on_the_way(self, path: Path) -> list[Path]:
        """The nearest folder of `path` that exists and each above it up to the site root,
        outside the folders watched already: a folder deleted, made again or renamed away
        is an event of its parent, not of its own watch."""
        folder = path.parent
        while not folder.is_dir() and folder != folder.parent:
            folder = folder.parent
        found = []
        while folder.is_relative_to(self.site.root):
            if not any(folder.is_relative_to(f) for f in self.site.folders()):
                found.append(folder)
            if folder == self.site.root:
                break
            folder = folder.parent
        return found

    def _folder_gone(self, folder: Path) -> None:
        with self._gone_lock:
            self._gone.add(folder)

    def stop(self) -> None:
        self._observer.stop()

    def join(self, timeout: float | None = None) -> None:
        self._observer.join(timeout)


def start_observer(site: WatchedSite, batcher: ChangeBatcher) -> SiteObserver:
    """Watch the site's inputs, changes going to `batcher`."""
    return SiteObserver(site, batcher)
