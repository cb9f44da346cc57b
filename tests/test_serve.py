"""`briefing serve`: routing, HTTP behaviour, per-page reload news, errors, and the command."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from conftest import REPO, copy_fixture

import generator.serve
from generator.build import build_site
from generator.routes import content_type, fallback, inject, route, under_base
from generator.serve import PreviewServer, Rebuild, Snapshot
from generator.watch import Change, ChangeKind

FILES = {"index.html": b"i", "briefs/index.html": b"b", "briefs/x/index.html": b"x", "feed.xml": b"f",
         "assets/briefing.css": b"c", "404.html": b"n"}


@pytest.mark.parametrize(("target", "expected"), [
    ("/", (200, "index.html", "")),
    ("/index.html", (200, "index.html", "")),
    ("/briefs/", (200, "briefs/index.html", "")),
    ("/briefs/x/?utm=1#top", (200, "briefs/x/index.html", "")),
    ("/briefs", (301, "briefs/index.html", "/briefs/")),
    ("/briefs/x", (301, "briefs/x/index.html", "/briefs/x/")),
    ("/%62riefs/x/", (200, "briefs/x/index.html", "")),
    # Other spellings of a page's address: its relative links would resolve wrongly there.
    ("/%62riefs/./x/", (301, "briefs/x/index.html", "/briefs/x/")),
    ("//briefs/", (301, "briefs/index.html", "/briefs/")),
    ("/briefs%2Fx/", (301, "briefs/x/index.html", "/briefs/x/")),
    ("/feed.xml", (200, "feed.xml", "")),
    ("/nothing", (404, "nothing", "")),
    ("/briefs/y/", (404, "briefs/y/index.html", "")),
])
def test_route_maps_urls_to_snapshot_paths(target, expected):
    found = route(target, FILES)
    assert (found.status, found.page, found.location) == expected


@pytest.mark.parametrize("target", [
    "/../etc/passwd", "/briefs/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
    "/..%2f..%2fetc/passwd", "/..\\..\\windows", "/%5c..%5cwindows", "/C:%5CWindows", "/a%00b", "/%ff", "briefs/",
])
def test_route_refuses_climbing_out_and_malformed_paths(target):
    assert route(target, FILES).status == 400


@pytest.mark.parametrize("target", ["//etc/passwd", "/%2Fetc%2Fpasswd", "/C:/Windows/win.ini",
                                    "/%252e%252e/etc/passwd", "/briefs/x/index.html/"])
def test_absolute_drive_and_double_encoded_paths_name_nothing(target):
    assert route(target, FILES).status == 404


def test_a_redirect_never_leaves_the_host():
    assert route("//briefs", FILES).location == "/briefs/"  # not the scheme-relative //briefs/


@pytest.mark.parametrize(("path", "kind"), [
    ("index.html", "text/html; charset=utf-8"),
    ("assets/briefing.css", "text/css; charset=utf-8"),
    ("assets/leaflet/leaflet.js", "text/javascript; charset=utf-8"),
    ("feed.xml", "application/xml; charset=utf-8"),
    ("data/provinces.geojson", "application/geo+json; charset=utf-8"),
    ("site.webmanifest", "application/manifest+json; charset=utf-8"),
    ("media/photo.png", "image/png"),
    ("media/photo.JPG", "image/jpeg"),
    ("media/blob.unknown-ext", "application/octet-stream"),
])
def test_content_types(path, kind):
    assert content_type(path) == kind


def test_injected_script_escapes_the_page_path_and_sits_before_body_end():
    out = inject(b"<html><body><p>x</p></BODY></html>", 'a"><script>alert(1)</script>', "abc", True)
    doc = lxml.html.fromstring(out)
    [script] = doc.xpath("//script")
    assert script.get("data-page") == 'a"><script>alert(1)</script>' and script.get("data-hash") == "abc"
    assert out.endswith(b"</BODY></html>") and script.getparent().tag == "body"
    assert inject(b"no body tag", "p", "h", False).startswith(b"no body tag<script")


def test_fallback_is_the_nearest_index_above_a_removed_page():
    assert fallback("briefs/y/index.html", FILES) == "/briefs/"
    assert fallback("briefs/x/email.html", FILES) == "/briefs/x/"
    assert fallback("topics/t/index.html", FILES) == "/"
    assert fallback("index.html", FILES) == "/"
    assert fallback("reports/r4/index.html", {"sources/index.html": b""}) == "/sources/"  # reports/ has no index
    assert fallback("reports/r4/index.html", {}) == "/"


# ---------------------------------------------------------------- a running preview


@dataclass
class Served:
    root: Path
    server: PreviewServer
    reports: list[Rebuild]

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def get(self, target: str, method: str = "GET", headers: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.request(method, target, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response, body

    def edit(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")
        bump = time.time() + len(self.reports)  # never the same mtime as the version before
        os.utime(path, (bump, bump))


@pytest.fixture
def served(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    reports: list[Rebuild] = []
    server = PreviewServer(root, "127.0.0.1", 0, reports.append)
    first = server.start(watch=False)
    assert first.result.ok, first.result.diagnostics
    yield Served(root, server, reports)
    server.close()


class PageSocket:
    """The WebSocket an open page holds, as livereload.js opens it."""

    def __init__(self, port: int, page: str, seen: str, found: bool = True, origin: str | None = None) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        key = base64.b64encode(os.urandom(16)).decode()
        query = f"page={page}&hash={seen}&found={int(found)}"
        lines = [f"GET /__briefing__/socket?{query} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Upgrade: websocket",
                 "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13",
                 f"Origin: {origin or f'http://127.0.0.1:{port}'}"]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        self.status = int(head.split()[1])
        if self.status == 101:  # RFC 6455's example: this key must give this answer
            expected = base64.b64encode(hashlib.sha1(f"{key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11".encode()).digest())
            assert f"Sec-WebSocket-Accept: {expected.decode()}".encode() in head

    def _exactly(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def receive(self, wait: float = 3.0) -> dict | None:
        self.sock.settimeout(wait)
        try:
            first, second = self._exactly(2)
        except (TimeoutError, socket.timeout):
            return None
        size = second & 0x7F
        if size == 126:
            size = int.from_bytes(self._exactly(2), "big")
        elif size == 127:
            size = int.from_bytes(self._exactly(8), "big")
        payload = self._exactly(size)
        return {"type": "close"} if first & 0x0F == 0x8 else json.loads(payload)

    def close(self) -> None:
        self.sock.close()


def _open(served: Served, page: str) -> PageSocket:
    snapshot = served.server.preview.snapshot
    return PageSocket(served.port, page, snapshot.page_hash(snapshot.files[page]))


def test_pages_are_served_from_memory_with_the_script_in_the_response_only(served):
    before = sorted(p.name for p in served.root.iterdir())
    response, body = served.get("/briefs/steel/")
    assert response.status == 200 and response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert response.getheader("Cache-Control") == "no-store"
    assert int(response.getheader("Content-Length")) == len(body)
    [script] = lxml.html.fromstring(body).xpath('//script[@src="/__briefing__/livereload.js"]')
    stored = served.server.preview.snapshot.files["briefs/steel/index.html"]
    assert script.get("data-page") == "briefs/steel/index.html" and script.get("data-hash") == served.server.preview.snapshot.page_hash(stored)
    assert b"__briefing__" not in stored
    assert sorted(p.name for p in served.root.iterdir()) == before == ["content"]  # no site/, nothing written


def test_a_briefs_email_file_is_served_exactly_as_built(served):
    # "Download for e-mail" on a previewed brief saves this response: it must load nothing.
    response, body = served.get("/briefs/steel/email.html")
    assert response.status == 200 and response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert body == served.server.preview.snapshot.files["briefs/steel/email.html"]
    assert not lxml.html.fromstring(body).xpath("//script")


def test_built_sites_never_contain_the_reload_script(tmp_path):
    root = copy_fixture("basic", tmp_path / "root")
    assert build_site(root).ok
    for path in (root / "site").rglob("*"):
        if path.is_file():
            assert b"__briefing__" not in path.read_bytes() and b"livereload" not in path.read_bytes(), path
    assert not list((REPO / "templates").rglob("livereload*"))


def test_every_response_says_no_store(served):
    for target in ["/", "/briefs", "/nothing", "/../x", "/assets/briefing.css", "/__briefing__/livereload.js",
                   "/__briefing__/other"]:
        response, _ = served.get(target)
        assert response.getheader("Cache-Control") == "no-store", target


def test_directory_index_and_slash_redirect(served):
    response, body = served.get("/")
    assert response.status == 200 and body.startswith(served.server.preview.snapshot.files["index.html"][:200])
    response, _ = served.get("/briefs?sort=date")
    assert response.status == 301 and response.getheader("Location") == "/briefs/?sort=date"
    assert served.get("/briefs/index.html")[0].status == 200


def test_missing_pages_get_the_sites_404_page_with_status_404(served):
    response, body = served.get("/briefs/no-such-brief/")
    assert response.status == 404 and response.getheader("Content-Type").startswith("text/html")
    doc = lxml.html.fromstring(body)
    assert doc.findtext(".//h1") == "Page not found"
    [script] = doc.xpath('//script[@src="/__briefing__/livereload.js"]')
    assert script.get("data-page") == "briefs/no-such-brief/index.html" and script.get("data-found") == "0"


def test_head_sends_the_headers_of_get_without_a_body(served):
    got, body = served.get("/reports/alpha/")
    head, empty = served.get("/reports/alpha/", "HEAD")
    assert head.status == 200 and empty == b""
    assert head.getheader("Content-Length") == str(len(body)) == got.getheader("Content-Length")
    assert served.get("/missing", "HEAD")[0].status == 404


def test_mime_types_over_http(served):
    preview = served.server.preview
    extra = {"data/shapes.geojson": b"{}", "site.webmanifest": b"{}"}
    preview.snapshot = Snapshot({**preview.snapshot.files, **extra}, (), True)
    for target, kind in [("/data/shapes.geojson", "application/geo+json"),
                         ("/site.webmanifest", "application/manifest+json"), ("/feed.xml", "application/xml"), ("/assets/briefing.css", "text/css"),
                         ("/assets/leaflet/images/marker-icon.png", "image/png"),
                         ("/__briefing__/livereload.js", "text/javascript")]:
        response, _ = served.get(target)
        assert response.status == 200 and response.getheader("Content-Type").split(";")[0] == kind, target


def test_no_request_reads_outside_the_snapshot(served, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-VALUE")
    (served.root / "site").mkdir()
    (served.root / "site" / "secret.txt").symlink_to(secret)
    (served.root / "secret.txt").symlink_to(secret)
    attempts = ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                "/%252e%252e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/secret.txt",
                "/site/secret.txt", "//" + str(secret).lstrip("/"), "/" + str(secret), "/%2F" + str(secret).lstrip("/"),
                "/content/site.yaml", "/a%00b", "/C:/Windows/win.ini", "/%ff", "/../../../../../../etc/passwd"]
    for target in attempts:
        response, body = served.get(target)
        assert response.status in (400, 404), target
        assert b"SECRET-VALUE" not in body and b"root:" not in body, target


def test_a_loopback_preview_answers_only_to_loopback_names(served):
    # "localhost." is the same name written fully qualified; "localhost.." is no name
    for host in ("localhost", "127.0.0.1", "[::1]", "app.localhost", "localhost.", "app.localhost."):
        assert served.get("/", headers={"Host": f"{host}:{served.port}"})[0].status == 200, host
    for host in ("evil.example", "127.0.0.1.evil.example", "", "localhost..", "evil.example.", "localhost.evil."):
        assert served.get("/", headers={"Host": f"{host}:{served.port}"})[0].status == 403, host


def test_a_preview_listening_everywhere_answers_to_addresses_and_this_machines_names_only(tmp_path):
    # DNS rebinding: a page of evil.example, its name pointed at this machine, must not read the drafts
    root = copy_fixture("basic", tmp_path / "site-root")
    server = PreviewServer(root, "0.0.0.0", 0, lambda rebuild: None)
    assert server.start(watch=False).result.ok
    served = Served(root, server, [])
    try:
        for host in ("localhost", "127.0.0.1", "192.0.2.7", "[2001:db8::1]", socket.gethostname(), "devbox.local"):
            assert served.get("/", headers={"Host": f"{host}:{served.port}"})[0].status == 200, host
        for host in ("evil.example", f"{socket.gethostname()}.evil.example", "192.0.2.7.evil.example", ""):
            response, body = served.get("/", headers={"Host": f"{host}:{served.port}"})
            assert response.status == 403 and b"this machine's name or address" in body, host
    finally:
        server.close()


def test_a_malformed_host_or_origin_is_refused_not_a_traceback(served, capsys):
    assert served.get("/", headers={"Host": "["})[0].status == 400
    sock = PageSocket(served.port, "index.html", "x", origin="http://[")
    assert sock.status == 403
    sock.close()
    assert "Traceback" not in capsys.readouterr().err
    assert served.get("/")[0].status == 200  # and the server goes on


def test_the_script_and_unknown_internal_paths(served):
    response, body = served.get("/__briefing__/livereload.js")
    assert response.status == 200 and b"WebSocket" in body
    assert served.get("/__briefing__/nothing")[0].status == 404
    assert served.get("/__briefing__/socket")[0].status == 400  # not an upgrade


def test_other_origins_cannot_listen(served):
    sock = PageSocket(served.port, "index.html", "x", origin="https://evil.example")
    assert sock.status == 403
    sock.close()


def test_a_page_served_before_a_rebuild_is_told_at_once(served):
    stale = PageSocket(served.port, "briefs/steel/index.html", "0000")
    current = _open(served, "briefs/targets/index.html")
    assert stale.receive() == {"type": "reload"}
    assert current.receive(0.6) is None
    stale.close()
    current.close()


def _wait_for_pages(served: Served, count: int) -> None:
    deadline = time.monotonic() + 5
    while served.server.preview.open_pages < count and time.monotonic() < deadline:
        time.sleep(0.01)
    assert served.server.preview.open_pages == count


def test_only_pages_whose_bytes_changed_reload(served):
    pages = ["briefs/steel/index.html", "reports/alpha/index.html", "reports/gamma/index.html",
             "topics/unused/index.html", "sources/index.html"]
    sockets = {page: _open(served, page) for page in pages}
    _wait_for_pages(served, len(pages))
    before = served.server.preview.snapshot
    # The quote "… a few days each year" no longer matches exactly: it becomes approximate.
    served.edit("content/reports/alpha.md", "a few days each year", "a few days every year")
    rebuild = served.server.preview.rebuild()
    after = served.server.preview.snapshot
    old, new = before.files, after.files
    assert rebuild.result.ok and b"approximate" in new["briefs/steel/index.html"]
    changed = {page for page in pages if old[page] != new[page]}
    assert "briefs/steel/index.html" in changed and "topics/unused/index.html" not in changed
    for page, sock in sockets.items():
        news = sock.receive(5.0 if page in changed else 0.3)
        if page not in changed:
            assert news is None, page
            continue
        # The page as the browser has it and as it is now, each exactly as it is served.
        assert news == {"type": "reload", "was": before.served_html(page), "html": after.served_html(page)}, page
        assert served.get("/" + page.removesuffix("index.html"))[1].decode() == news["html"]
        assert sock.receive(0.3) is None, f"{page} told twice"
        sock.close()
    assert rebuild.told == len(changed)
    assert changed <= set(rebuild.changed)  # the pages shown ahead count among the files changed


def test_a_page_shown_ahead_of_a_build_that_then_fails_goes_back_to_the_last_good_one(served):
    page = "briefs/steel/index.html"
    sock = _open(served, page)
    _wait_for_pages(served, 1)
    good = served.server.preview.snapshot
    # The brief renders (and is sent ahead); another page's template then fails the build.
    served.edit("content/briefs/steel.yaml", "The mill runs only a few days a year.", "The mill seldom runs.")
    (served.root / "templates").mkdir(exist_ok=True)
    (served.root / "templates" / "report.html").write_text('{% extends "base.html" %}{% block content %}'
                                                           '{{ report.title.nope() }}{% endblock %}')
    rebuild = served.server.preview.rebuild()
    assert not rebuild.result.ok
    ahead, back, errors = sock.receive(), sock.receive(), sock.receive()
    assert ahead["type"] == "reload" and "The mill seldom runs." in ahead["html"]
    assert back == {"type": "reload", "was": ahead["html"], "html": good.served_html(page)}
    assert errors["type"] == "errors" and any("report.html" in e["path"] for e in errors["errors"])
    assert served.server.preview.snapshot.files == good.files
    sock.close()


def test_a_changed_asset_reloads_open_pages_outright(served):
    sock = _open(served, "reports/alpha/index.html")
    _wait_for_pages(served, 1)
    css = served.root / "templates" / "assets" / "briefing.css"
    css.parent.mkdir(parents=True, exist_ok=True)
    css.write_text("body { color: #123456 }\n", encoding="utf-8")
    rebuild = served.server.preview.rebuild()
    assert rebuild.result.ok and "assets/briefing.css" in rebuild.changed
    assert sock.receive(5.0) == {"type": "reload"}  # no in-place update: the page must load the new CSS
    sock.close()


def test_a_page_reloaded_ahead_of_a_build_that_changes_the_css_is_told_to_reload(served):
    # The open page is sent ahead (_show_first); if the browser cannot patch it in place it
    # reloads at once, from a snapshot that still holds the old CSS, and its socket (with the
    # build's own "reload") is gone. Reconnecting, it must learn that its CSS is stale.
    page = "briefs/steel/index.html"
    sock = _open(served, page)
    _wait_for_pages(served, 1)
    preview = served.server.preview
    reloaded = []
    show_first = preview._show_first

    def ahead(pages):
        show_first(pages)
        reloaded.append(served.get("/briefs/steel/")[1])  # the browser reloading right now
    preview._show_first = ahead
    served.edit("content/briefs/steel.yaml", "The mill runs only a few days a year.", "The mill seldom runs.")
    css = served.root / "templates" / "assets" / "briefing.css"
    css.parent.mkdir(parents=True, exist_ok=True)
    css.write_text("body { color: #123456 }\n", encoding="utf-8")
    rebuild = preview.rebuild()
    assert rebuild.result.ok and "assets/briefing.css" in rebuild.changed and reloaded
    sock.close()
    [script] = lxml.html.fromstring(reloaded[0]).xpath('//script[@src="/__briefing__/livereload.js"]')
    again = PageSocket(served.port, page, script.get("data-hash"))
    assert again.receive(5.0) == {"type": "reload"}
    again.close()
    current = _open(served, page)  # served after the build: up to date, told nothing
    assert current.receive(0.3) is None
    current.close()


def test_a_failed_build_keeps_the_last_pages_and_shows_errors_until_fixed(served):
    page = "briefs/steel/index.html"
    sock = _open(served, page)
    _wait_for_pages(served, 1)
    good = served.get("/briefs/steel/")[1]
    served.edit("content/briefs/steel.yaml", "claims:\n", "claims: [\n")
    failed = served.server.preview.rebuild()
    assert not failed.result.ok
    news = sock.receive()
    assert news["type"] == "errors"
    [first, *_] = news["errors"]
    assert first["path"] == "content/briefs/steel.yaml" and first["line"] > 0 and first["severity"] == "error"
    assert first["text"].startswith(f"content/briefs/steel.yaml:{first['line']}:")
    assert served.get("/briefs/steel/")[1] == good  # the last good page, still served
    late = _open(served, page)  # a page opened while the build is broken sees the errors too
    assert late.receive()["type"] == "errors"
    served.edit("content/briefs/steel.yaml", "claims: [\n", "claims:\n")
    fixed = served.server.preview.rebuild()
    assert fixed.result.ok and fixed.changed == ()
    assert sock.receive() == {"type": "ok"} and late.receive() == {"type": "ok"}
    assert sock.receive(0.3) is None  # same bytes as before the break: no reload
    sock.close()
    late.close()


def test_a_failed_build_of_a_file_saved_again_meanwhile_shows_nothing(served):
    # An editor that truncates, then writes, saving again within the watcher's quiet time:
    # the build read the file half-written. Its errors are not flashed on every open page;
    # the next build, already due, reads the file as saved.
    sock = _open(served, "briefs/steel/index.html")
    _wait_for_pages(served, 1)
    good = served.get("/briefs/steel/")[1]
    served.edit("content/briefs/steel.yaml", "claims:\n", "claims: [\n")
    assert served.server.preview.rebuild(superseded=lambda: True) is None
    assert sock.receive(0.3) is None and served.get("/briefs/steel/")[1] == good
    assert not served.server.preview.snapshot.errors
    failed = served.server.preview.rebuild(superseded=lambda: False)  # nothing came since: it is an error
    assert not failed.result.ok and sock.receive()["type"] == "errors"
    sock.close()


def test_until_a_first_good_build_pages_wait_and_then_reload(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    steel = root / "content/briefs/steel.yaml"
    good = steel.read_text(encoding="utf-8")
    steel.write_text(good.replace("claims:\n", "claims: [\n"), encoding="utf-8")
    server = PreviewServer(root, "127.0.0.1", 0, lambda rebuild: None)
    first = server.start(watch=False)
    assert not first.result.ok and not first.serving  # the terminal must not promise "the last good pages"
    try:
        served = Served(root, server, [])
        response, body = served.get("/briefs/steel/")
        assert response.status == 503
        [script] = lxml.html.fromstring(body).xpath('//script[@src="/__briefing__/livereload.js"]')
        sock = PageSocket(served.port, script.get("data-page"), script.get("data-hash"), found=False)
        assert sock.receive()["type"] == "errors"
        served.edit("content/briefs/steel.yaml", "claims: [\n", "claims:\n")
        assert server.preview.rebuild().result.ok
        served.edit("content/briefs/steel.yaml", "claims:\n", "claims: [\n")
        assert server.preview.rebuild().serving  # failed, with good pages to serve meanwhile
        served.edit("content/briefs/steel.yaml", "claims: [\n", "claims:\n")
        assert server.preview.rebuild().result.ok
        # Before a first good build nothing is sent ahead of the rest of it (the page's styles
        # and scripts are not there yet): the errors are cleared, then the page is sent.
        ok, reload = sock.receive(), sock.receive()
        assert ok == {"type": "ok"} and reload["type"] == "reload", (ok, reload)
        assert served.get("/briefs/steel/")[0].status == 200
        sock.close()
    finally:
        server.close()


def test_a_removed_page_sends_its_readers_somewhere_sensible(served):
    sock = _open(served, "briefs/targets/index.html")
    _wait_for_pages(served, 1)
    (served.root / "content/briefs/targets.yaml").unlink()
    served.edit("content/briefs/steel.yaml", "    contradicts: [targets/targets-met]\n", "")
    assert served.server.preview.rebuild().result.ok
    assert sock.receive() == {"type": "gone", "target": "/briefs/"}
    sock.close()


def test_a_stylesheet_change_reloads_every_page(served):
    (served.root / "templates/assets").mkdir(parents=True)
    css = (REPO / "templates/assets/briefing.css").read_text(encoding="utf-8")
    sockets = [_open(served, page) for page in ("index.html", "topics/unused/index.html")]
    _wait_for_pages(served, 2)
    (served.root / "templates/assets/briefing.css").write_text(css + "\nbody { color: red; }\n", encoding="utf-8")
    assert served.server.preview.rebuild().result.ok
    assert [s.receive() for s in sockets] == [{"type": "reload"}] * 2
    for s in sockets:
        s.close()


def test_the_terminal_gets_errors_every_time_and_warnings_once(served):
    served.edit("content/reports/alpha.md", "a few days each year", "a few days every year")
    first = served.server.preview.rebuild()
    assert [d.severity.value for d in first.fresh] == ["warning"]
    assert served.server.preview.rebuild().fresh == ()
    served.edit("content/briefs/steel.yaml", "claims:\n", "claims: [\n")
    broken = [served.server.preview.rebuild() for _ in range(2)]
    assert all(b.fresh and all(d.is_error for d in b.fresh) for b in broken)
    served.edit("content/briefs/steel.yaml", "claims: [\n", "claims:\n")
    fixed = served.server.preview.rebuild()
    assert fixed.result.ok and fixed.result.warnings and fixed.fresh == ()  # shown before the break


def test_a_bug_in_the_build_is_reported_and_the_last_pages_stay(served, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    good = served.server.preview.snapshot.files
    monkeypatch.setattr(generator.serve, "build_site", explode)
    sock = _open(served, "index.html")
    _wait_for_pages(served, 1)
    broken = served.server.preview.rebuild()
    assert "internal error" in broken.result.errors[0].message
    assert served.server.preview.snapshot.files is good
    assert "boom" in sock.receive()["errors"][0]["message"]
    sock.close()


def test_many_open_pages_and_requests_at_once(served):
    sockets = [_open(served, "index.html") for _ in range(40)]
    statuses: queue.SimpleQueue = queue.SimpleQueue()

    def fetch() -> None:
        for target in ("/", "/briefs/steel/", "/assets/leaflet/leaflet.js"):
            statuses.put(served.get(target)[0].status)

    threads = [threading.Thread(target=fetch) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(statuses.get(timeout=1) for _ in range(90)) == [200] * 90
    _wait_for_pages(served, 40)
    for s in sockets:
        s.close()


def test_watching_rebuilds_once_per_save(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    reports: list[Rebuild] = []
    server = PreviewServer(root, "127.0.0.1", 0, reports.append)
    server.start()
    try:
        time.sleep(0.3)
        path = root / "content/reports/alpha.md"
        text = path.read_text(encoding="utf-8")
        (path.parent / ".alpha.md.swp").write_text("swap")
        path.with_name("alpha.md.tmp").write_text(text.replace("a resident said", "a resident told us"))
        os.replace(path.with_name("alpha.md.tmp"), path)
        deadline = time.monotonic() + 10
        while len(reports) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.6)
        assert [[c.path for c in r.changes] for r in reports] == [[], ["content/reports/alpha.md"]]
        assert b"a resident told us" in server.preview.snapshot.files["reports/alpha/index.html"]
    finally:
        server.close()


# ---------------------------------------------------------------- the command


class ServeCommand:
    """`briefing serve` as a user runs it, in a child process; what it prints is read as it comes."""

    def __init__(self, root: Path, *args: str) -> None:
        env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--root", str(root), *args],
                                     cwd=REPO, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     # Ctrl-C must work even when the tests run in the background
                                     # (which starts them with SIGINT ignored).
                                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        self.lines: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=lambda: [*map(self.lines.put, self.proc.stderr), self.lines.put(None)],
                         daemon=True).start()

    def wait_for(self, text: str, wait: float = 60) -> str:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                break
            if text in line:
                return line
        raise AssertionError(f"`briefing serve` printed no line with {text!r}")

    def origin(self) -> str:
        """Wait until it serves; the address it printed (it chose the port)."""
        return self.wait_for("serving").split(" at ", 1)[1].split()[0].rstrip("/")

    def rest(self) -> str:
        """Everything it printed from here until it exited."""
        text = []
        while (line := self.lines.get(timeout=10)) is not None:
            text.append(line)
        return "".join(text)

    def stop(self) -> None:
        """Ctrl-C, and the server gone within 20 s (TimeoutExpired otherwise): well short of
        the 60 s an idle connection would hold it."""
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(20)


def test_serve_port_0_prints_the_port_and_ctrl_c_stops_with_a_page_open(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    command = ServeCommand(root, "--port", "0")
    try:
        port = int(command.origin().rsplit(":", 1)[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/briefs/steel/")
        assert conn.getresponse().status == 200
        sock = PageSocket(port, "index.html", "x")  # an open page must not hold the server up
        assert sock.receive()["type"] == "reload"
        # (stop() gives up after 20 s: an open page or idle connection would hold it for 60, the
        # server's idle timeout, or for ever; how fast it stops is no business of a test)
        command.stop()
        sock.close()
    finally:
        command.proc.kill()
    rest = command.rest()
    assert command.proc.returncode == 0 and "Traceback" not in rest and "stopped" in rest
    assert sorted(p.name for p in root.iterdir()) == ["content"]


def test_serve_on_every_address_prints_an_address_to_browse(tmp_path):
    # --host "" (or 0.0.0.0) listens on every address: the one to open is this machine's
    root = copy_fixture("basic", tmp_path / "site-root")
    command = ServeCommand(root, "--port", "0", "--host", "")
    try:
        warning = command.wait_for("warning")
        origin = command.origin()
        assert origin.startswith("http://localhost:"), origin
        conn = http.client.HTTPConnection("localhost", int(origin.rsplit(":", 1)[1]), timeout=5)
        conn.request("GET", "/briefs/steel/")
        assert conn.getresponse().status == 200
        command.stop()
    finally:
        command.proc.kill()
    assert "listening on every address" in warning and "Traceback" not in command.rest()


def test_serve_on_a_port_in_use_says_so_and_suggests_port_0(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        command = ServeCommand(root, "--port", str(busy.getsockname()[1]))
        command.proc.wait(30)
    text = command.rest()
    assert command.proc.returncode == 1 and "--port 0" in text and "in use" in text and "Traceback" not in text


def test_ctrl_c_does_not_wait_for_idle_keep_alive_connections(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    command = ServeCommand(root, "--port", "0")
    try:
        port = int(command.origin().rsplit(":", 1)[1])
        idle = []
        for page in ("/", "/briefs/steel/", "/assets/briefing.css"):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", page)
            response = conn.getresponse()
            assert response.status == 200 and response.read()  # the server now waits for a next request
            idle.append(conn)
        command.stop()  # within 20 s, not the 60 of the idle timeout
    finally:
        command.proc.kill()
    assert command.proc.returncode == 0 and "Traceback" not in command.rest()


def test_a_preview_names_the_report_a_cold_build_would_suggest(tmp_path):
    # A brief citing an unknown report: the hint names the reports that have its quote, those
    # with ids most like it first, so a report added elsewhere changes it, though nothing the
    # brief cites changed.
    root = copy_fixture("basic", tmp_path / "site-root")
    brief = root / "content/briefs/targets.yaml"
    brief.write_text(brief.read_text().replace("report: gamma", "report: gamm-2"))
    preview = generator.serve.Preview(root, lambda rebuild: None)
    assert [d.hint for d in preview.rebuild().result.errors] == [
        'report "gamma" has the quoted words: cite it instead of "gamm-2"']
    (root / "content/reports/gamma-2.md").write_text((root / "content/reports/gamma.md").read_text())
    again = preview.rebuild((Change("content/reports/gamma-2.md", ChangeKind.CONTENT),))
    cold = build_site(root, write=False)
    assert [d.hint for d in again.result.errors] == [d.hint for d in cold.errors] == [
        'reports "gamma-2" and "gamma" have the quoted words: cite the one meant instead of "gamm-2"']


def test_a_preview_watches_the_boundaries_file_its_build_reads(tmp_path):
    root = copy_fixture("basic", tmp_path / "site-root")
    (root / "data").mkdir()
    geo = root / "data/admin1.geojson"
    geo.write_bytes((REPO / "generator/data/provinces.geojson").read_bytes())
    site_yaml = root / "content/site.yaml"
    site_yaml.write_text(site_yaml.read_text() + "map:\n  boundaries: data/admin1.geojson\n")
    reports: list[Rebuild] = []
    server = PreviewServer(root, "127.0.0.1", 0, reports.append)
    try:
        assert server.start().result.ok
        time.sleep(0.3)
        built = len(reports)
        data = json.loads(geo.read_text())
        data["features"] = data["features"][:3]  # fewer provinces drawn
        geo.write_text(json.dumps(data))
        deadline = time.monotonic() + 10
        while len(reports) == built and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [c.path for c in reports[built].changes] == ["data/admin1.geojson"]
        cold = build_site(root, write=False)
        assert {p: d for p, d in server.preview.snapshot.files.items()} == cold.files
    finally:
        server.close()


def test_a_boundaries_file_named_before_it_exists_is_built_once_it_does(tmp_path):
    # site.yaml names the file first, then it is downloaded: the preview must notice it come,
    # though no build could read it (and so had no folder of it to watch) until then.
    root = copy_fixture("basic", tmp_path / "site-root")
    site_yaml = root / "content/site.yaml"
    site_yaml.write_text(site_yaml.read_text() + "map:\n  boundaries: data/admin1.geojson\n")
    reports: list[Rebuild] = []
    server = PreviewServer(root, "127.0.0.1", 0, reports.append)
    try:
        assert not server.start().result.ok  # "does not exist"
        time.sleep(0.3)
        (root / "data").mkdir()
        (root / "data/admin1.geojson").write_bytes((REPO / "generator/data/provinces.geojson").read_bytes())
        deadline = time.monotonic() + 10
        while not (reports and reports[-1].result.ok) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert reports and reports[-1].result.ok
        assert server.preview.snapshot.files == build_site(root, write=False).files
    finally:
        server.close()


def test_the_404_pages_link_to_the_sites_home_leads_home_in_the_preview(served):
    # Deployed, the site lives under base_url's path, and the 404 page links there; the
    # preview serves the site at /, so that path is sent on to the same page at /.
    response, body = served.get("/no-such-page/")
    home = lxml.html.fromstring(body).xpath("//main//a/@href")[0]
    assert response.status == 404 and home != "/"
    response, _ = served.get(home)
    assert response.status == 301 and response.getheader("Location") == "/"
    response, _ = served.get(home + "briefs/?page=2")
    assert response.status == 301 and response.getheader("Location") == "/briefs/?page=2"
    assert served.get("/briefs/")[0].status == 200


def test_a_half_sent_request_is_let_go_and_an_open_page_is_not(served, monkeypatch):
    monkeypatch.setattr(served.server, "idle_timeout", 0.5)
    idle = socket.create_connection(("127.0.0.1", served.port), timeout=5)
    idle.sendall(b"GET / HTTP/1.1\r\n")  # and nothing more
    sock = _open(served, "briefs/steel/index.html")
    _wait_for_pages(served, 1)
    time.sleep(1.2)
    assert idle.recv(100) == b""  # closed by the server
    idle.close()
    served.edit("content/briefs/steel.yaml", "The mill runs only a few days a year.", "The mill seldom runs.")
    served.server.preview.rebuild()
    assert sock.receive(2.0)["type"] == "reload"  # the page's socket outlived the timeout
    sock.close()


@pytest.mark.parametrize("path, base, expected", [
    ("/brief//evil.example/x", "/brief/", "/evil.example/x"),  # never a protocol-relative Location
    ("/brief///evil.example", "/brief/", "/evil.example"),
    ("/brief/briefs/?page=2", "/brief/", "/briefs/?page=2"),
    ("/%EB%B8%8C/briefs/", "/%EB%B8%8C/", "/briefs/"),  # base_url's path is percent-encoded already
    ("/a@b/briefs/", "/a@b/", "/briefs/"),
    ("/other/", "/brief/", ""),
])
def test_a_page_under_base_urls_path_is_sent_to_the_same_page_at_the_root(path, base, expected):
    assert under_base(path, base) == expected
