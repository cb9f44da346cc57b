"""A report page's body: its Markdown rendered with its quoted passages highlighted.

Parsing Markdown is the costliest step of both locating quotes (which needs the reading
text) and rendering report pages (which needs the HTML). A report whose quotes are located
is therefore rendered right there, from the same parse, and its page finds the HTML in the
cache under the key it would have computed itself; a report located and rendered apart
would be parsed twice. Bodies are kept compressed: at 10,000 reports they would otherwise
add ~70 MB to the build (and to each render worker forked from it); and in blocks of many
(cache.Bodies), which a forked process reads without copying.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.markup import Highlight, LinkContext, render_tokens
from generator.medianames import Asked, MediaNames, frozen
from generator.model import Passage
from generator.urls import relative, report_path

SOURCE_DIR = "content/reports"


def highlights(passages: Iterable[Passage]) -> tuple[Highlight, ...]:
    """One highlight per passage anchor (the first, as the index keeps), in the order a report
    page lists its passages."""
    unique: dict[str, Passage] = {}
    for passage in passages:
        unique.setdefault(passage.anchor, passage)
    return tuple(Highlight(p.anchor, p.spans) for p in sorted(unique.values(), key=lambda p: (p.spans, p.anchor)))


def body_key(rid: str, body_digest: str, marked: tuple[Highlight, ...]) -> tuple:
    """Everything the body's HTML depends on (`body_digest`: the report's, model.text_digest)
    but the media files its links ask for, which are kept beside it (medianames.py)."""
    return body_digest, marked, relative(report_path(rid), "")


def render_body(md: MarkdownIt, rid: str, tokens: list[Token], marked: tuple[Highlight, ...],
                media: MediaNames) -> tuple[str, Asked]:
    """The HTML of a parsed report body (the tokens are changed on the way), and the media
    files its links asked for."""
    links = LinkContext(SOURCE_DIR, relative(report_path(rid), ""), media, heading_top=2)
    with media.noting() as asked:
        html = render_tokens(md, tokens, links, marked)
    return html, frozen(asked)


def pack(html: str) -> bytes:
    return zlib.compress(html.encode("utf-8"), 1)


def unpack(data: bytes | memoryview) -> str:
    return zlib.decompress(data).decode("utf-8")
