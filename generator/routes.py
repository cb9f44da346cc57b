"""The preview's addresses (serve.py): which snapshot file a request names, its content
type, the reload script put into its HTML, where the reader of a page that went away is
sent, and where a link to base_url's path leads in a preview served at /.
"""

from __future__ import annotations

import hashlib
import html
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

PREFIX = "/__briefing__/"
TYPES = {".geojson": "application/geo+json", ".webmanifest": "application/manifest+json",
         ".xml": "application/xml", ".js": "text/javascript", ".json": "application/json",
         ".html": "text/html", ".css": "text/css", ".svg": "image/svg+xml", ".txt": "text/plain"}


@dataclass(frozen=True, slots=True)
class Route:
    status: int     # 200, 301 (add a slash, or the usual spelling), 400 (malformed or climbing out) or 404
    page: str = ""  # the output path the URL names, also for a 404
    location: str = ""


def route(target: str, files: Mapping[str, bytes]) -> Route:
    """Map a request target to a snapshot path. Percent-escapes are decoded once; NUL,
    backslashes and `..` are refused before anything is looked up, and since a snapshot is
    a dict, nothing outside it (files, symlinks, absolute paths) can ever be named."""
    path = target.split("?", 1)[0].split("#", 1)[0]
    try:
        decoded = unquote(path, errors="strict")
    except UnicodeDecodeError:
        return Route(400)
    if not decoded.startswith("/") or "\0" in decoded or "\\" in decoded:
        return Route(400)
    parts = [part for part in decoded.split("/") if part not in ("", ".")]
    if ".." in parts:
        return Route(400)
    rel = "/".join(parts)
    folder = decoded.endswith("/") or not parts
    page = (f"{rel}/index.html" if rel else "index.html") if folder else rel
    if page in files:
        # "//briefs/", "/./briefs/" or "/briefs%2F" name the page too, but the browser would
        # resolve its relative links against the address as written: send it to the usual one.
        usual = "/" + rel + ("/" if folder and rel else "")
        if decoded != usual or "%2f" in path.lower():
            return Route(301, page, quote(usual))
        return Route(200, page)
    if not folder and f"{rel}/index.html" in files:
        return Route(301, f"{rel}/index.html", "/" + quote(rel) + "/")
    return Route(404, page)


def content_type(path: str) -> str:
    suffix = Path(path).suffix.lower()
    kind = TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    textual = kind.startswith("text/") or kind.endswith(("json", "xml", "javascript"))
    return f"{kind}; charset=utf-8" if textual else kind


def inject(page_html: bytes, page: str, digest: str, found: bool) -> bytes:
    """The reload script before `</body>`: in the response only, never in the snapshot."""
    tag = (f'<script src="{PREFIX}livereload.js" data-page="{html.escape(page)}" '
           f'data-hash="{digest}" data-found="{int(found)}"></script>').encode()
    at = page_html.lower().rfind(b"</body>")
    return page_html[:at] + tag + page_html[at:] if at >= 0 else page_html + tag


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def fallback(page: str, files: Mapping[str, bytes]) -> str:
    """Where to send a reader whose page was removed: the nearest index above it, else /."""
    folders = page.split("/")[:-1]
    for depth in range(len(folders), 0, -1):
        folder = _LISTED_IN.get("/".join(folders[:depth]), "/".join(folders[:depth]))
        index = folder + "/index.html"
        if index != page and index in files:
            return "/" + quote(folder) + "/"
    return "/"


# Folders of pages with no index of their own, and the list that has them: reports are
# listed in sources/.
_LISTED_IN = {"reports": "sources"}


def under_base(path: str, base: str) -> str:
    """Where the preview serves `path` (a request's, percent-encoded) when it names a page
    under base_url's path `base`, as the site's own absolute links do (the 404 page's "Go
    to …"): the preview serves the site at /. "" for any other path."""
    target, _, query = path.partition("?")
    # `base` is percent-encoded already (validate._base_url): quoting it again named nothing.
    if base == "/" or not (target + "/").startswith(base):
        return ""
    # One slash only: "//evil.example/" in a Location is another host's address.
    return "/" + target[len(base):].lstrip("/\\") + ("?" + query if query else "")
