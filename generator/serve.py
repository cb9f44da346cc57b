"""`briefing serve`: the live preview. It owns serving, watching and reloading — no building.

Every build is a call to `build.build_site(root, write=False, cache=...)` with one
BuildCache kept for the session; the files it returns become the snapshot that is served
from memory, so the preview never writes to `site/` or anywhere in the site root. A failed
build keeps the last good snapshot and sends its errors to every open page instead.

Open pages hold a WebSocket (`/__briefing__/socket`) opened by `livereload.js`, which is
injected into HTML responses only, never into the snapshot. WebSocket rather than
Server-Sent Events: a browser allows six HTTP/1.1 connections per host, and an
EventSource per tab would leave the seventh tab waiting for its page. After a rebuild each
page is told `reload` only when its own bytes (or a shared asset) changed, `gone` with
somewhere to go when it was removed, and `errors` / `ok` to show or clear the overlay.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import queue
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePath
from urllib.parse import parse_qsl, urlsplit

from generator import websocket
from generator.build import BuildResult, build_site
from generator.cache import BuildCache
from generator.diagnostics import Diagnostic, Pos, error, format_text
from generator.routes import PREFIX, content_type, digest, fallback, inject, route, under_base
from generator.urls import base_path, is_brief_email
from generator.watch import Change, ChangeBatcher, ChangeKind, SiteObserver, start_observer, watched_site

SCRIPT = Path(__file__).with_name("livereload.js")
# Files every page may use: when one changes, every open page reloads.
SHARED_PREFIXES = ("assets/", "media/")
_NO_BUILD = (b"<!doctype html><meta charset=utf-8><title>No build yet</title>"
             b"<body><p>The site has not built successfully yet; fix the errors shown.</p></body>")


# ---------------------------------------------------------------- snapshots and open pages


@dataclass(frozen=True, slots=True)
class Snapshot:
    files: Mapping[str, bytes]          # the last good build; {} until one succeeds
    errors: tuple[Diagnostic, ...] = ()  # of the latest build, shown over every page
    built: bool = False
    shared: int = 0  # bumped by each build that changed a shared file (SHARED_PREFIXES)

    def page_hash(self, body: bytes) -> str:
        """What a served page reports back: its bytes and the shared files it was served
        with, so that a page reloaded ahead of a build's end (_show_first) still reloads
        when that build changes the CSS or scripts it loaded."""
        return f"{digest(body)}.{self.shared}"

    def shown(self, page: str) -> tuple[bytes, bool]:
        """The bytes served for `page` (the 404 page when missing) and whether it exists."""
        if page in self.files:
            return self.files[page], True
        return self.files.get("404.html", _NO_BUILD), False

    def served_html(self, page: str) -> str:
        """An HTML page exactly as a browser is served it, reload script included."""
        body, exists = self.shown(page)
        return inject(body, page, self.page_hash(body), exists).decode("utf-8", "replace")


@dataclass(eq=False, slots=True)
class OpenPage:
    page: str
    found: bool
    inbox: queue.SimpleQueue


@dataclass(frozen=True, slots=True)
class Rebuild:
    """What one build of the preview did, for the terminal."""

    result: BuildResult
    changes: tuple[Change, ...]     # what set it off; () for the first build
    changed: tuple[str, ...]        # output files added, changed or removed
    fresh: tuple[Diagnostic, ...]   # its errors, and the warnings the previous build had not
    told: int                       # open pages told to reload or to move
    serving: bool = True            # whether some build has succeeded: there are pages to serve


def changed_files(old: Mapping[str, bytes], new: Mapping[str, bytes]) -> tuple[str, ...]:
    return tuple(sorted(p for p in old.keys() | new.keys() if old.get(p) != new.get(p)))


def news_for(page: OpenPage, old: Snapshot, new: Snapshot, changed: tuple[str, ...]) -> dict | None:
    """What an open page must do after a successful build: reload, move, or nothing.

    When only the page itself changed, the reload carries the page as it was and as it is
    now, so that the browser can put the differences in place without loading it again
    (livereload.js; it falls back to a reload whenever that would not be exact). A change to
    a shared file (CSS, scripts, Leaflet) always reloads."""
    if page.found and page.page not in new.files:
        return {"type": "gone", "target": fallback(page.page, new.files)}
    if page.page not in new.files:
        return None
    if any(p.startswith(SHARED_PREFIXES) for p in changed):
        return {"type": "reload"}
    if old.files.get(page.page) != new.files[page.page]:
        return {"type": "reload", "was": old.served_html(page.page), "html": new.served_html(page.page)}
    return None


class Preview:
    """One serving session: the cache, the snapshot being served and the open pages."""

    def __init__(self, root: Path, report: Callable[[Rebuild], None]) -> None:
        self.root, self.report = root, report
        self.cache = BuildCache()
        self.snapshot = Snapshot({})
        self._good: Mapping[str, bytes] = {}  # the files of the last build that succeeded
        self._told_first = 0  # open pages the running build has already updated
        self.stopping = threading.Event()
        self._pages: set[OpenPage] = set()
        self._lock = threading.Lock()
        self._warnings: set[Diagnostic] = set()
        self.extra_inputs: frozenset[PurePath] = frozenset()  # files read from outside content/
        self.base_path = "/"  # the path of site.yaml's base_url, as of the last good build
        self._base_of_build = "/"  # … and of the build under way (_indexed), until it succeeds

    def rebuild(self, changes: tuple[Change, ...] = (),
                superseded: Callable[[], bool] = lambda: False) -> Rebuild | None:
        """Build and serve the result; None, with nothing shown, when the build failed while
        `superseded()` says a file changed again meanwhile: a save caught half-written (an
        editor truncates, then writes) is no error to flash on every open page, and the
        next build, already due, reads the file as saved."""
        self._told_first = 0
        before = self.snapshot.files  # for the terminal: pages shown ahead (_show_first) changed too
        # Told by the watcher what changed, the build looks at those files alone; a rebuild
        # asked for without saying (the first, or by hand) looks at every file.
        result = self._build(frozenset(c.path for c in changes) if changes else None)
        # A boundaries file (map.boundaries) may live anywhere in the site folder: watch it too.
        # So may one named but missing: watched too, so that its coming is noticed.
        read_elsewhere = {rel for rel in self.cache.files if not rel.startswith("content/")}
        self.extra_inputs = frozenset(PurePath(self.root.resolve(), rel)
                                      for rel in read_elsewhere | self.cache.wanted)
        if not result.ok and not self._told_first and superseded():
            return None
        with self._lock:  # swap and tell under one lock: a page opening now sees one or the other
            old = self.snapshot
            if result.ok:
                shared = any(p.startswith(SHARED_PREFIXES) for p in changed_files(old.files, result.files))
                self.snapshot = Snapshot(result.files, (), True, old.shared + shared)
                self.base_path = self._base_of_build
                self._good = result.files
            else:  # the last good build, without any page this one showed ahead (_show_first)
                self.snapshot = Snapshot(self._good, tuple(result.errors), old.built, old.shared)
            changed = changed_files(old.files, self.snapshot.files)
            told = self._tell_pages(old, changed) + self._told_first
        fresh = tuple(d for d in result.diagnostics if d.is_error or d not in self._warnings)
        # A failed build may stop before the stages that warn: remember what was shown.
        self._warnings = set(result.warnings) | (set() if result.ok else self._warnings)
        outcome = Rebuild(result, changes, changed_files(before, self.snapshot.files), fresh, told, self.snapshot.built)
        self.report(outcome)
        return outcome

    def _build(self, changed: frozenset[str] | None) -> BuildResult:
        with self._lock:
            # Before a build has succeeded there are no assets to show a page with: the open
            # pages are told once the whole site is there, not ahead of it.
            first = frozenset(p.page for p in self._pages if p.page.endswith(".html") and self._good)
        try:
            # One process: forking render workers from a process whose watcher and HTTP threads
            # may hold locks at that moment is not worth a faster first build.
            return build_site(self.root, write=False, cache=self.cache, first=first, on_first=self._show_first,
                              changed=changed, on_indexed=self._indexed)
        except Exception as exc:  # a bug in the pipeline must not stop the preview
            self.cache = BuildCache()  # it may have been left half updated
            where = traceback.extract_tb(exc.__traceback__)[-1]
            problem = error(Pos(f"{where.filename}:{where.lineno}"), f"internal error: {exc!r}",
                            "this is a bug in briefing; the last good pages are still served")
            return BuildResult([problem], {}, None, 0.0)

    def _indexed(self, cache: BuildCache, site, index) -> None:
        self._base_of_build = base_path(site.config.base_url)

    def _show_first(self, pages: dict[str, bytes]) -> None:
        """The open pages, rendered ahead of the rest of a build that found no error so far:
        shown at once. The build's end swaps in the whole site, these pages included as
        they are (or, should it fail after all, the previous one back, with its errors)."""
        with self._lock:
            old = self.snapshot
            changed = tuple(p for p in sorted(pages) if old.files.get(p) != pages[p])
            if not changed:
                return
            self.snapshot = Snapshot({**old.files, **pages}, old.errors, old.built, old.shared)
            for page in self._pages:
                if page.page in changed and (news := news_for(page, old, self.snapshot, changed)):
                    page.inbox.put(json.dumps(news))
                    self._told_first += 1

    def _tell_pages(self, old: Snapshot, changed: tuple[str, ...]) -> int:
        """Queue each open page's news; the number told to reload or move."""
        failed = bool(self.snapshot.errors)
        message = self.errors_message() if failed else json.dumps({"type": "ok"})
        told = 0
        for page in self._pages:
            if old.errors and not failed:
                page.inbox.put(message)
            if news := news_for(page, old, self.snapshot, changed):
                page.inbox.put(json.dumps(news))
                told += 1
            if failed:
                page.inbox.put(message)
        return told

    def errors_message(self) -> str:
        shown = [{"path": d.pos.path, "line": d.pos.line, "col": d.pos.col, "severity": d.severity.value,
                  "message": d.message, "hint": d.hint, "text": format_text(d, self.root)}
                 for d in self.snapshot.errors]
        return json.dumps({"type": "errors", "errors": shown})

    def open_page(self, page: str, seen: str, found: bool) -> OpenPage:
        """Register a page; if it was served from an older snapshot, tell it at once."""
        opened = OpenPage(page, found, queue.SimpleQueue())
        with self._lock:
            self._pages.add(opened)
            current, exists = self.snapshot.shown(page)
            if self.snapshot.errors:
                opened.inbox.put(self.errors_message())
            if self.snapshot.page_hash(current) != seen:
                gone = {"type": "gone", "target": fallback(page, self.snapshot.files)}
                opened.inbox.put(json.dumps(gone if found and not exists else {"type": "reload"}))
        return opened

    def close_page(self, page: OpenPage) -> None:
        with self._lock:
            self._pages.discard(page)

    @property
    def open_pages(self) -> int:
        return len(self._pages)


# ---------------------------------------------------------------- HTTP


class PreviewHandler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        # A connection idle or half-sent for a while is let go: each holds a thread. An open
        # page's socket then waits without a limit (see _socket).
        self.timeout = self.server.idle_timeout
        super().setup()

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def _respond(self, head: bool) -> None:
        try:
            asked_for = urlsplit("//" + self.headers.get("Host", "")).hostname or ""
        except ValueError:  # "Host: [" (an unclosed IPv6 bracket): names no host at all
            return self._send(400, b"malformed Host header\n", "text/plain; charset=utf-8", head)
        if not host_allowed(self.server.host, asked_for):
            # DNS rebinding: a web page whose name now points at this machine must not read the drafts.
            return self._send(403, b"unexpected Host header: open the preview by this machine's name or address\n",
                              "text/plain; charset=utf-8", head)
        if self.path.startswith(PREFIX):
            return self._internal(head)
        snapshot = self.server.preview.snapshot  # one reference: a swap mid-request cannot mix two builds
        found = route(self.path, snapshot.files)
        if found.status == 400:
            return self._send(400, b"bad request\n", "text/plain; charset=utf-8", head)
        if found.status == 404 and (at_root := under_base(self.path, self.server.preview.base_path)):
            return self._send(301, b"", "text/plain; charset=utf-8", head, location=at_root)
        if found.status == 301:
            query = self.path.partition("?")[2]
            return self._send(301, b"", "text/plain; charset=utf-8", head,
                              location=found.location + (f"?{query}" if query else ""))
        body, exists = snapshot.shown(found.page)
        status = 200 if exists else 404 if snapshot.built else 503
        kind = content_type(found.page if exists else "404.html")
        # An e-mail file is served as built: "Download for e-mail" saves what build writes,
        # which loads nothing (it is not reloaded, then, when its brief changes).
        if kind.startswith("text/html") and not (exists and is_brief_email(found.page)):
            body = inject(body, found.page, snapshot.page_hash(body), exists)
        self._send(status, body, kind, head)

    def _internal(self, head: bool) -> None:
        url = urlsplit(self.path)
        if url.path == f"{PREFIX}livereload.js":
            return self._send(200, SCRIPT.read_bytes(), content_type("x.js"), head)
        if url.path == f"{PREFIX}socket" and not head:
            return self._socket(dict(parse_qsl(url.query)))
        self._send(404, b"not found\n", "text/plain; charset=utf-8", head)

    def _send(self, status: int, body: bytes, kind: str, head: bool, location: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def _socket(self, query: dict[str, str]) -> None:
        key = self.headers.get("Sec-WebSocket-Key", "")
        origin = self.headers.get("Origin", "")
        if self.headers.get("Upgrade", "").lower() != "websocket" or not key:
            return self._send(400, b"websocket expected\n", "text/plain; charset=utf-8", False)
        try:
            other_origin = bool(origin) and urlsplit(origin).netloc != self.headers.get("Host", "")
        except ValueError:  # "Origin: http://[": not an origin this server has
            other_origin = True
        if other_origin:
            return self._send(403, b"other origins may not listen\n", "text/plain; charset=utf-8", False)
        accept = websocket.accept_key(key)
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept)
        self.end_headers()
        self.close_connection = True
        self.connection.settimeout(None)  # a page may sit open for hours between rebuilds
        opened = self.server.preview.open_page(query.get("page", ""), query.get("hash", ""), query.get("found") == "1")
        try:
            self._relay(opened)
        except OSError:
            pass  # the page went away mid-message
        finally:
            self.server.preview.close_page(opened)

    def _relay(self, opened: OpenPage) -> None:
        """Pass messages to the page until it closes; wake twice a second to notice Ctrl-C."""
        while not self.server.preview.stopping.is_set():
            try:
                self.wfile.write(websocket.text_frame(opened.inbox.get(timeout=0.5)))
                continue
            except queue.Empty:
                pass
            if websocket.client_closed(self.connection):
                return
        self.wfile.write(websocket.CLOSE)  # the server is stopping

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass  # only cli.py prints; a request log would bury the rebuild lines


class PreviewServer(ThreadingHTTPServer):
    """The HTTP server plus the watcher and the rebuild thread around one Preview.

    Binding happens in the constructor, so a port in use fails (OSError) before the first
    build; `start` builds once and starts the threads; `close` stops within a second."""

    daemon_threads = True
    idle_timeout = 60.0  # seconds a connection may wait for its request
    request_queue_size = 128  # socketserver's default of 5 drops connections when many tabs reload at once

    def __init__(self, root: Path, host: str, port: int, report: Callable[[Rebuild], None]) -> None:
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), PreviewHandler)
        self.root, self.host = root, host
        self.preview = Preview(root, report)
        self.batcher = ChangeBatcher()
        self._workers: list[threading.Thread] = []
        self._observer: SiteObserver | None = None

    @property
    def url(self) -> str:
        # Listening on every address ("", 0.0.0.0, ::): the address to browse is this machine's.
        host = _ANY_ADDRESS.get(self.host, self.host)
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.server_address[1]}/"

    def start(self, watch: bool = True) -> Rebuild:
        """Watch first (so edits made during the first build are not missed), then build and
        serve. Without `watch` only explicit `preview.rebuild()` calls rebuild (for tests)."""
        if watch:
            self._observer = start_observer(watched_site(self.root), self.batcher)
        first = self.preview.rebuild()
        self._watch_extra()
        for target in (self._serve, self._rebuild_forever)[:2 if watch else 1]:
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._workers.append(thread)
        return first

    def _serve(self) -> None:
        self.serve_forever(poll_interval=0.1)  # how soon `close` is noticed

    def _rebuild_forever(self) -> None:
        while batch := self.batcher.next_batch():
            self.preview.rebuild(batch, self.batcher.has_pending)
            self._watch_extra()

    def _watch_extra(self) -> None:
        if self._observer is None:
            return
        appeared = self._observer.watch_files(self.preview.extra_inputs)
        # A file made in a folder before that folder was watched: no event will come for it.
        root = self.root.resolve()
        for path in appeared:
            rel = PurePath(path).relative_to(root).as_posix()
            if rel not in self.preview.cache.files:
                self.batcher.add(Change(rel, ChangeKind.CONTENT))

    def close(self) -> None:
        self.preview.stopping.set()
        self.batcher.close()
        if self._observer is not None:
            self._observer.stop()
        if self._workers:
            self.shutdown()  # returns once serve_forever's loop has seen it (≤ 0.1 s)
        self.server_close()

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a reader closing a tab is not an error
            super().handle_error(request, client_address)


_ANY_ADDRESS = {"": "localhost", "0.0.0.0": "localhost", "::": "::1"}


def listens_everywhere(host: str) -> bool:
    return host in _ANY_ADDRESS


def host_allowed(listening: str, asked_for: str) -> bool:
    """Whether a request naming `asked_for` in its Host header may be answered by a preview
    listening on `listening`. On loopback, only loopback names; elsewhere also an address
    (no page's name can be made to stand for one), this machine's own names, and a name of
    the local network's (".local", ".lan", ".home.arpa"), never a name from the Internet that
    a page of someone else's could have pointed at this machine."""
    if is_loopback(asked_for):
        return True
    if is_loopback(listening):
        return False
    try:
        ipaddress.ip_address(asked_for)
        return True
    except ValueError:
        pass
    name = asked_for.lower().rstrip(".")
    return bool(name) and (name in _own_names() or name == listening.lower()
                           or name.endswith((".local", ".lan", ".home.arpa")))


@functools.cache
def _own_names() -> frozenset[str]:
    """This machine's host name and fully qualified name, looked up once: getfqdn asks DNS,
    which may take seconds, and a request must not wait on it."""
    return frozenset({socket.gethostname().lower(), socket.getfqdn().lower()})


def is_loopback(host: str) -> bool:
    host = host.removesuffix(".")  # "localhost." is the same name, fully qualified (one dot, not two)
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
