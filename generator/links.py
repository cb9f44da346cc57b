"""Links written in reports and briefs that lead nowhere on the built site: to a media file
that is not published (see media.py), or to a report or brief that does not exist
(`[earlier report](rfa-2023-01-07.md)` with the id mistyped). Each is a warning where the
link is written; the page still builds, with the link as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.diagnostics import Diagnostic, Pos, warning
from generator.fields import did_you_mean
from generator.markup import LinkContext, render_tokens
from generator.media import MEDIA
from generator.model import Site

# Relative links are resolved by markup.py: rendered with this as the way back to the site's
# root, exactly the links it resolves get it as a prefix, which no written link can start with.
_MARK = "\x00site/"
_PAGE = re.compile(r"(reports|briefs)/([^/]+)/index\.html(?:#.*)?")


def link_warnings(md: MarkdownIt, site: Site) -> list[Diagnostic]:
    """A warning for each link to an unpublished media file or to a page that does not exist.
    Only text that names such a file ("media/", ".md", ".yaml") is parsed for it."""
    words = ("media/",) if site.refused_media else ()
    words += (".md", ".yaml")
    found: list[Diagnostic] = []
    for report in site.reports.values():
        if _names(report.body_stored, words):
            found += (warning(Pos(report.path, report.body_line + line, col), *problem)
                      for line, col, problem in _problems(md, report.body, "content/reports", site, False))
    for brief in site.briefs.values():
        # A brief's Markdown is a YAML value: its links are warned about where the value is.
        texts = [(brief.summary, brief.summary_pos or brief.pos, False), *((c.text, c.pos, True) for c in brief.claims)]
        found += (warning(pos, *problem) for text, pos, inline in texts if _names(text, words)
                  for _, _, problem in _problems(md, text, "content/briefs", site, inline))
    return found


def _names(stored: str | bytes, words: tuple[str, ...]) -> bool:
    # Report bodies are kept as UTF-8 bytes where that is smaller (model.compact_text).
    return any((word if type(stored) is str else word.encode()) in stored for word in words)


def _problems(md: MarkdownIt, text: str, source_dir: str, site: Site,
              inline: bool) -> Iterator[tuple[int, int, tuple[str, str]]]:
    for line, col, target in _links(md, text, source_dir, site.refused_media, inline):
        if target.startswith("media/"):
            name = unquote(target[len("media/"):].partition("#")[0])
            yield line, col, (f'links to "media/{name}", which is not published',
                              f"readers get no file there (an image shows its alt text); see the warning on {MEDIA}/{name}")
        elif (page := _PAGE.fullmatch(target)) and unquote(page[2]) not in (ids := _ids(site, page[1])):
            folder, wanted = page[1], unquote(page[2])
            missing = f"content/{folder}/{wanted}.{'md' if folder == 'reports' else 'yaml'}"
            yield line, col, (f'links to {folder[:-1]} "{wanted}", which does not exist',
                              did_you_mean(wanted, ids) or f"there is no {missing}: the link leads to no page")


def _ids(site: Site, folder: str):
    return site.reports.keys() if folder == "reports" else site.briefs.keys()


def _links(md: MarkdownIt, text: str, source_dir: str, media: frozenset[str],
           inline: bool) -> Iterator[tuple[int, int, str]]:
    """(line from 0, column from 1 or 0, target from the site's root) of each link or image in
    `text` that markup.py resolves to a site file: a page, or a file among `media`."""
    tokens = md.parseInline(text) if inline else md.parse(text)
    written = [(token, line, str(token.attrGet(attr) or "")) for token, line, attr in _targets(tokens)]
    render_tokens(md, tokens, LinkContext(source_dir, _MARK, media))
    lines = text.split("\n")
    searched = (-1, 0)  # (line, where the last target found on it ends): one line may link twice
    for token, line, target in written:
        now = str(token.attrGet("src" if token.type == "image" else "href") or "")
        if now.startswith(_MARK):
            source = lines[line] if line < len(lines) else ""
            at = source.find(target, searched[1] if searched[0] == line else 0) if target else -1
            searched = (line, at + len(target)) if at >= 0 else searched
            yield line, at + 1, now[len(_MARK):]


def _targets(tokens: list[Token]) -> Iterator[tuple[Token, int, str]]:
    """Each image and link token, the line of text it is on, and its target's attribute."""
    for block in tokens:
        line = block.map[0] if block.map else 0
        for child in block.children or ():
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type in ("image", "link_open"):
                yield child, line, "src" if child.type == "image" else "href"
