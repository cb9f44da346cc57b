"""Where every page lives in the output, and links between pages.

Links between pages are relative and name `index.html` explicitly, so a site works from a
plain file server at any base path and straight from disk (file://). Absolute URLs, for
feeds, the sitemap and e-mail, are made from `base_url`.
"""

from __future__ import annotations

from urllib.parse import quote


def brief_path(brief_id: str) -> str:
    return f"briefs/{brief_id}/index.html"


def report_path(report_id: str) -> str:
    return f"reports/{report_id}/index.html"


def brief_email_path(brief_id: str) -> str:
    return f"briefs/{brief_id}/email.html"


def topic_path(topic_id: str) -> str:
    return f"topics/{topic_id}/index.html"


def province_path(slug: str) -> str:
    return f"provinces/{slug}/index.html"


def relative(from_page: str, target: str) -> str:
    """A link from the output file `from_page` to the output file `target`."""
    return "../" * from_page.count("/") + target


def absolute(base_url: str, target: str) -> str:
    """The published address of `target`; directory pages lose their `index.html`.

    A fragment stays: `reports/x/index.html#q-1` → `…/reports/x/#q-1`."""
    path, hash_sign, fragment = target.partition("#")
    if path == "index.html" or path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return base_url + path + hash_sign + fragment


def _fragment_text(words: list[str]) -> str:
    # A text directive must encode "-", "," and "&", which quote() leaves alone.
    return quote(" ".join(words), safe="").replace("-", "%2D")


def text_fragment(url: str, spans_text: list[str]) -> str:
    """`url` with a `#:~:text=` directive that scrolls the original page to the passage."""
    if not url:
        return ""
    first = spans_text[0].split()
    last = spans_text[-1].split()
    if len(spans_text) == 1 and len(first) <= 8:
        directive = _fragment_text(first)
    else:
        directive = _fragment_text(first[:4]) + "," + _fragment_text(last[-4:])
    if not directive:
        return url
    separator = ":~:" if "#" in url else "#:~:"
    return f"{url}{separator}text={directive}"
