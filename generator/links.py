"""Links written in reports and briefs that lead nowhere on the built site: to a media file
that is not published (see media.py), or to a report or brief that does not exist
(`[earlier report](rfa-2023-01-07.md)` with the id mistyped). Each is a warning where the
link is written; the page still builds, with the link as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator
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


PageIds = tuple[frozenset[str], frozenset[str]]  # the report ids and brief ids of a whole site


def link_warnings(md: MarkdownIt, site: Site, ids: PageIds | None = None,
                  memo: dict[tuple, tuple] | None = None) -> list[Diagnostic]:
    """A warning for each link to an unpublished media file or to a page that does not exist.
    Only text that names such a file ("media/", ".md", ".yaml") is parsed for it. `ids`: the
    whole site's, when `site` is a part of it (patch.py): a page outside the part exists.
    `memo` (BuildCache.links) keeps each report's links by its file digest: parsing and
    rendering every report that links to another on every build cost 0.7 s at 2,000."""
    words = ("media/",) if site.refused_media else ()
    words += (".md", ".yaml")
    found: list[Diagnostic] = []
    for report in site.reports.values():
        if _names(report.body_stored, words):
            key = (report.path, site.digests.get(report.path, ""), site.refused_media)
            links = memo.get(key) if memo is not None else None
            if links is None:
                links = tuple(_links(md, report.body, "content/reports", site.refused_media, False))
                if memo is not None and key[1]:
                    memo[key] = links
            found += (warning(Pos(report.path, report.body_line + line, col), *problem)
                      for line, col, problem in _problems(links, site, ids))
    for brief in site.briefs.values():
        # A brief's Markdown is a YAML value: its links are warned about where the value is.
        texts = [(brief.summary, brief.summary_pos or brief.pos, False), *((c.text, c.pos, True) for c in brief.claims)]
        found += (warning(pos, *problem) for text, pos, inline in texts if _names(text, words)
                  for _, _, problem in _problems(_links(md, text, "content/briefs", site.refused_media, inline),
                                                 site, ids))
    return found


def _names(stored: str | bytes, words: tuple[str, ...]) -> bool:
    # Report bodies are kept as UTF-8 bytes where that is smaller (model.compact_text).
    return any((word if type(stored) is str else word.encode()) in stored for word in words)


def _problems(links: Iterable[tuple[int, int, str]], site: Site,
              ids: PageIds | None) -> Iterator[tuple[int, int, tuple[str, str]]]:
    for line, col, target in links:
        if target.startswith("media/"):
            name = unquote(target[len("media/"):].partition("#")[0])
            yield line, col, (f'links to "media/{name}", which is not published',
                              "readers get no file there (an image shows its alt text); "
                              f"see the warning on {MEDIA}/{name}")
        elif (page := _PAGE.fullmatch(target)) and unquote(page[2]) not in (known := _ids(site, page[1], ids)):
            folder, wanted = page[1], unquote(page[2])
            missing = f"content/{folder}/{wanted}.{'md' if folder == 'reports' else 'yaml'}"
            yield line, col, (f'links to {folder[:-1]} "{wanted}", which does not exist',
                              did_you_mean(wanted, sorted(known))
                              or f"there is no {missing}: the link leads to no page")


def _ids(site: Site, folder: str, ids: PageIds | None) -> Collection[str]:
    if ids is not None:
        return ids[0] if folder == "reports" else ids[1]
    return site.reports.keys() if folder == "reports" else site.briefs.keys()


def _links(md: MarkdownIt, text: str, source_dir: str, media: frozenset[str],
           inline: bool) -> Iterator[tuple[int, int, str]]:
    """(line from 0, column from 1 or 0, target from the site's root) of each link or image in
    `text` that markup.py resolves to a site file: a page, or a file among `media`."""
    tokens = md.parseInline(text) if inline else md.parse(text)
    written = [(token, lines, str(token.attrGet(attr) or "")) for token, lines, attr in _targets(tokens)]
    render_tokens(md, tokens, LinkContext(source_dir, _MARK, media))
    starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    searched: dict[tuple[int, int], int] = {}  # block → where the last target found in it ends
    for token, (first, last), target in written:
        now = str(token.attrGet("src" if token.type == "image" else "href") or "")
        if now.startswith(_MARK):
            end = starts[last] if last < len(starts) else len(text)
            at = _written_at(text, target, searched.get((first, last), starts[min(first, len(starts) - 1)]), end)
            if at < 0:
                yield first, 0, now[len(_MARK):]
                continue
            if starts[min(first, len(starts) - 1)] <= at < end:  # not a reference definition elsewhere
                searched[(first, last)] = at + 1
            line = bisect_right(starts, at) - 1
            yield line, at - starts[line] + 1, now[len(_MARK):]


def _written_at(text: str, target: str, start: int, end: int) -> int:
    """Where `target` (as markdown-it normalised it: percent-encoded) is written as a link's
    destination in text[start:end], else in a reference definition anywhere; -1 if nowhere.
    Searched as the whole block, not line by line: a code span, an image's alt text or a
    link's title may cross a line break that no softbreak token stands for."""
    for form in dict.fromkeys((target, unquote(target))):
        for before in ("(", "(<"):
            if form and (at := text.find(before + form, start, end)) >= 0:
                return at + len(before)
        if form and (found := re.search(r"^ {0,3}\[[^\]]+\]:[ \t]*<?" + re.escape(form), text, re.M)):
            return found.end() - len(form)
    return -1


def _targets(tokens: list[Token]) -> Iterator[tuple[Token, tuple[int, int], str]]:
    """Each image and link token, the lines [first, last) of the block it is in, and its
    target's attribute."""
    for block in tokens:
        lines = tuple(block.map) if block.map else (0, 1 << 30)
        for child in block.children or ():
            if child.type in ("image", "link_open"):
                yield child, lines, "src" if child.type == "image" else "href"
