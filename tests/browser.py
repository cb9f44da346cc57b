"""Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by Playwright.

Tests skip with the reason when no Chromium is found, and fail instead when
BRIEFING_REQUIRE_BROWSER=1 (CI sets it), so a missing browser never passes silently.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    candidates = [os.environ.get("BRIEFING_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"]
    return next((c for c in candidates if c and os.path.isfile(c) and os.access(c, os.X_OK)), None)


def _unavailable(reason: str):
    if os.environ.get("BRIEFING_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser required (BRIEFING_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    path = chromium_path()
    if path is None:
        _unavailable("no Chromium found (apt-get install chromium, or set BRIEFING_CHROMIUM)")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def png_is_blank(data: bytes) -> bool:
    """True when an 8-bit RGB(A) PNG screenshot is a single flat colour."""
    import struct
    import zlib

    pos, idat, width, height, bpp = 8, b"", 0, 0, 4
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6), "screenshots are 8-bit RGB or RGBA"
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * bpp
    previous, colours = bytearray(stride), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):  # undo the PNG row filter
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        colours.update(bytes(line[i:i + bpp]) for i in range(0, stride, bpp * 7))
        if len(colours) > 1:
            return False
        previous = line
    return True


class StaticServer:
    """A plain file server for a built site on 127.0.0.1, like any static host."""

    def __init__(self, folder):
        import functools
        import http.server
        import threading

        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _quiet_handler_base():
    import http.server
    return http.server.SimpleHTTPRequestHandler


class _QuietHandler(_quiet_handler_base()):
    def log_message(self, *args) -> None:  # keep pytest output clean
        pass


def isolate(context, origin: str) -> list[str]:
    """Block every request that leaves `origin` (or file://); return the list of attempts."""
    attempts: list[str] = []

    def route(route_obj):
        url = route_obj.request.url
        if url.startswith(origin) or url.startswith("file://"):
            route_obj.continue_()
        else:
            attempts.append(url)
            route_obj.abort()

    context.route("**/*", route)
    return attempts


WIDE_BRIEF = "hamhung-solar-2025-12"
WIDE_REPORT = "social-2025-12-02-hamhung-solar"
_LONG_URL = "https://kcna.kp/en/article/q/5f0e1a3b7c9d2e4f6a8b0c1d3e5f7a9b0c1d3e5f7a9b.kcmsf"


def wide_content_site(repo, root):
    """The sample site with what no column can hold as it is: an indented code block with one
    long line, a six-column Markdown table of long words, a bare long URL, and a claim that
    quotes a sentence holding a URL. Returns the site root."""
    shutil.copytree(repo / "content", root / "content")
    words = " | ".join(["Electrificationsmeasures"] * 6)
    extra = (f"\n\n      Source feed: {_LONG_URL}?searchterm=steel&page=1&order=desc&view=full\n\n"
             f"| {words} |\n|{'---|' * 6}\n| {words} |\n\nSee {_LONG_URL}\n")
    brief = root / "content" / "briefs" / f"{WIDE_BRIEF}.yaml"
    sentence = f"The decree was posted at {_LONG_URL} for all enterprises."
    summary, rest = brief.read_text(encoding="utf-8").split("\ntopics:", 1)  # the summary is a block before it
    summary += "".join(f"\n  {line}" if line else "\n" for line in extra.split("\n")[1:])
    brief.write_text(summary + "\ntopics:" + rest.replace(
        'quote: "In the city of Hamhung, local solar systems are being expanded"', f'quote: "{sentence}"'),
        encoding="utf-8")
    report = root / "content" / "reports" / f"{WIDE_REPORT}.md"
    report.write_text(report.read_text(encoding="utf-8") + f"\n{sentence}\n{extra}", encoding="utf-8")
    return root
