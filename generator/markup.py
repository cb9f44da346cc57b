"""Markdown: parsing report and brief text safely, and rendering it with highlights.

Raw HTML is never rendered (it shows as text), links with schemes other than http(s) and
mailto are dropped (the Markdown stays as plain text), images from other hosts become
links with their alt text. A report's *reading text* — what a reader sees, without markup —
is what quotes are located in; `render_markdown` highlights located passages in it.
"""

from __future__ import annotations

import dataclasses
import functools
import posixpath
import re
from bisect import bisect_right
from collections.abc import Container, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

from markdown_it import MarkdownIt
from markdown_it.common import normalize_url
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from generator.diagnostics import without_controls
from generator.urls import absolute, has_host

_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]")
_SAFE_SCHEMES = {"http", "https", "mailto"}
_SAFE_DATA_IMAGE = re.compile(r"^data:image/(?:png|gif|jpeg|webp);", re.IGNORECASE)
_CODE_BLOCKS = ("code_block", "fence")  # indented and fenced
_BREAKS = {"softbreak": " ", "hardbreak": "\n"}  # one character each: offsets stay put
ROW_CELLS = "\t\n"  # between two cells of a table row; "\n\n" between other blocks
# markdown-it turns NUL in its input into U+FFFD, so NUL never occurs in what it renders.
_SLOT = "\x00"


def is_safe_url(url: str) -> bool:
    """http(s) to a host a browser can go to, mailto, relative links and inline raster
    images; nothing that can run."""
    # Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
    compact = _IGNORED_IN_URL.sub("", url)
    match = _SCHEME.match(compact)
    if match is None:
        return not compact.startswith("//")  # protocol-relative = third-party host
    scheme = match.group(1).lower()
    if scheme in ("http", "https") and (hostless(url) or deceptive(url)):
        return False
    return scheme in _SAFE_SCHEMES or bool(_SAFE_DATA_IMAGE.match(compact))


def hostless(url: str) -> bool:
    """Whether an http(s) address names a host part ("//…") that no browser can go to:
    "http://[zz]/", "http://host:99999/", "http://ex ample.com/". Browsers drop tabs and line
    breaks from an address, and white space at its ends; not other spaces. (An empty one is
    left as it was: "http:///example.com/" leads to example.com.)"""
    address = _TABS_AND_BREAKS.sub("", url).strip(_EDGE_SPACE)
    web = _WEB.match(address)
    if web is None or not address.startswith("//", web.end()):
        return False
    authority = _AUTHORITY_END.split(address[web.end() + 2:], 1)[0]
    return authority != "" and not has_host(address)


def deceptive(url: str) -> str:
    """Why an http(s) address leads elsewhere than it seems to, or "": a user name before its
    host ("https://trusted.example@evil.example/" goes to evil.example), or no "//" after its
    scheme ("https:evil.example/x": a host from a file or an e-mail, a path on the site)."""
    address = _TABS_AND_BREAKS.sub("", url).strip(_EDGE_SPACE)
    if (web := _WEB.match(address)) is None:
        return ""
    if not address.startswith("//", web.end()) and not address.startswith("\\\\", web.end()):
        return 'no "//" after its scheme'
    authority = _AUTHORITY_END.split(address[web.end() + 2:], 1)[0]
    return "a user name before its host, hiding where it leads" if "@" in authority else ""


_TABS_AND_BREAKS = re.compile(r"[\t\n\r]")
_EDGE_SPACE = "".join(map(chr, range(0x21)))
_WEB = re.compile(r"https?:", re.IGNORECASE)
_AUTHORITY_END = re.compile(r"[/?#\\]")  # (a backslash is a slash to a browser)


def _normalized_link(url: str) -> str:
    """markdown-it's normalizeLink, but for an http(s) address with no host a browser can go
    to, which is left as written for is_safe_url to refuse: normalised, "http://[zz]/x" was
    "http://zz/x", a link to another host."""
    return url if hostless(url) else normalize_url.normalizeLink(url)


def make_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.normalizeLink = _normalized_link  # type: ignore[method-assign]
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    md.add_render_rule("text", _render_text)
    md.add_render_rule("code_inline", _render_code_inline)
    for rule in _CODE_BLOCKS:
        md.add_render_rule(rule, _render_code_block)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    md.core.ruler.after("inline", "shallow_inline", _shallow_inline)
    md.core.ruler.after("inline", "no_controls", _no_controls)
    md.block.ruler.before("table", "flat_deep", _flat_deep)
    return md


# A report whose markup would cost markdown-it gigabytes or minutes is read with its tables,
# links and images left as text, all its words still there to quote: a table of millions
# of cells (each ~2 KB of tokens: a 4 MB table took 3.8 GB), laid out or padded (markdown-it
# makes every row as wide as the header: 66 rows of one cell under 1,000 header cells are
# 66,000, and the e-mail's CSS inlined into each made a 37 KB summary a 209 MB file), or tens
# of thousands of "[" (matched pairwise: 100,000 "![" took minutes). validate.py warns about
# such a report.
MAX_TABLE_BARS = 20_000
MAX_TABLE_CELLS = MAX_TABLE_BARS
MAX_BRACKETS = 10_000
# … and one of more lines than any report is long is read as preformatted text: 1,600,000
# paragraphs of one letter (4.8 MB) were 5 million tokens, 53 s and 3.2 GB.
MAX_LINES = 100_000


def heavy_markup(body: str) -> bool:
    return (body.count("|") > MAX_TABLE_BARS or body.count("[") > MAX_BRACKETS
            or table_cells(body) > MAX_TABLE_CELLS)


def table_cells(body: str) -> int:
    """How many cells the tables of `body` may lay out, at most: each run of lines up to a
    blank one (a table's rows need no bar: "x" under its header is a row) as many rows,
    each as wide as its widest line."""
    if "|" not in body or too_long(body):
        return 0
    total = widest = rows = 0
    for line in body.splitlines():
        if line.strip():
            widest, rows = max(widest, line.count("|") + 1), rows + 1
        else:
            total, widest, rows = total + (widest * rows if widest > 1 else 0), 0, 0
    return total + (widest * rows if widest > 1 else 0)


def too_long(body: str) -> bool:
    return body.count("\n") > MAX_LINES


def parse_report(md: MarkdownIt, body: str) -> list[Token]:
    """A report's body parsed: with `md`, or as heavy_markup says."""
    return parse_markdown(md, body)


def parse_markdown(md: MarkdownIt, source: str, inline: bool = False) -> list[Token]:
    """Markdown (a report's, or a brief's summary, claim or note) parsed with `md`, or with its
    tables, links and images left as text where heavy_markup says (the tokens render with
    `md` all the same), or as one preformatted block where it is too_long."""
    if not inline and too_long(source):
        block = Token("code_block", "code", 0, content=source, block=True, map=[0, source.count("\n")])
        return [block]
    parser = _plain_markdown() if heavy_markup(source) else md
    return parser.parseInline(source) if inline else parser.parse(source)


@functools.cache
def _plain_markdown() -> MarkdownIt:
    return make_markdown().disable(["table", "link", "image"])


# markdown-it stops at 20 levels of blocks (its maxNesting) and drops the rest of the
# document, silently: 10 nested lists, 20 ">" deep. Two levels short of that, what is deeper
# is kept as plain paragraphs, its markers as text, and the document goes on after it.
_FLAT_LEVEL = 18


def _flat_deep(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A block at _FLAT_LEVEL or deeper, up to a blank line, as one paragraph of its lines."""
    if state.level < _FLAT_LEVEL or silent:
        return False
    last = start + 1
    while last < end and not state.isEmpty(last) and state.sCount[last] >= state.blkIndent:
        last += 1
    state.push("paragraph_open", "p", 1).map = [start, last]
    inline = state.push("inline", "", 0)
    inline.content, inline.map, inline.children = state.getLines(start, last, state.blkIndent, False).strip(), \
        [start, last], []
    state.push("paragraph_close", "p", -1)
    state.line = last
    return True


# Emphasis nests as deep as its markers go ("*" × 5,000, "x", "*" × 5,000: 2,500 elements),
# which no writer means and which takes the e-mail's CSS inliner and browsers past their
# limits; blocks are held to 18 levels (_flat_deep).
MAX_INLINE_DEPTH = 32


def _no_controls(state: StateCore) -> None:
    """Control characters written as entities ("&#x202e;" is a right-to-left override, which
    would turn the rest of its paragraph around): dropped from the text, as they are from the
    files themselves and every field (diagnostics.CONTROL), before the reading text is taken."""
    for block in state.tokens:
        if block.type == "inline" and "&" in block.content:
            for token in block.children or ():
                if token.type in ("text", "text_special"):  # (an entity is text_special until text_join)
                    token.content = without_controls(token.content)


def _shallow_inline(state: StateCore) -> None:
    """Inline elements deeper than MAX_INLINE_DEPTH are left out, their text kept: the
    reading text, where quotes are found, is the same as without the cap."""
    for block in state.tokens:
        if block.type != "inline" or not block.children or block.content.count("*") + \
                block.content.count("_") + block.content.count("~") + block.content.count("[") < 2 * MAX_INLINE_DEPTH:
            continue
        kept: list[bool] = []
        for token in block.children:
            if token.nesting == 1:
                kept.append(len(kept) < MAX_INLINE_DEPTH)
                if not kept[-1]:
                    _emptied(token)
            elif token.nesting == -1 and kept and not kept.pop():
                _emptied(token)


def _emptied(token: Token) -> None:
    """The token as text with nothing in it: the element left out, what is inside it kept."""
    token.type, token.tag, token.nesting, token.content, token.attrs = "text", "", 0, "", {}


@dataclass(frozen=True, slots=True)
class Highlight:
    """A passage to mark in the reading text: its anchor id and [start, end) spans."""

    anchor: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class LinkContext:
    """How relative links and images in a Markdown file become site links."""

    source_dir: str  # the Markdown file's folder, relative to the site root: content/reports
    prefix: str  # from the output page back to the site root: "../../"
    media: Container[str]  # files under content/media/
    heading_top: int = 0  # the level a document's highest heading is shown at (0: as written)
    # The page a link to an anchor of its own page ("#claim-c2") means, where the text is
    # shown on another (a claim on a topic page, in the feed, in an e-mail): its brief's
    # page, from the site root. "" leaves such links as written: the text is on that page.
    home: str = ""


def reading_text(tokens: Sequence[Token]) -> tuple[str, list[tuple[Token, int]]]:
    """The text a reader sees, and where each text token starts in it. A code block's text
    is shown as it is (pasted news text indented four spaces is one), so it is a text token.

    Blocks (paragraphs, headings, table rows, list items) are apart by a blank line, the
    cells of a row by a tab and a line break, and a hard break is a line break, as a reader
    sees them; a soft break (a line break in the
    source) is drawn as a space, so it is one. Text fragments (urls.text_fragment) rely on
    the difference: a browser matches a term only within one block and between hard breaks."""
    text, starts, _ = reading_text_and_headings(tokens)
    return text, starts


# Where headings are, (start, end), and list lead-ins, (start, end, list end), in a reading text
Sections = tuple[tuple[int, ...], ...]


def reading_text_and_headings(tokens: Sequence[Token]) -> tuple[str, list[tuple[Token, int]], Sections]:
    """reading_text, and where each heading's text is in it: a quote running from a heading
    into the text beside it reads them as one sentence, which the report never wrote. Also,
    as (start, end, list end), where each paragraph that leads into a list ends with a colon
    ("Unconfirmed reports from Hyesan:"): what the list says, it says of the items."""
    parts: list[str] = []
    starts: list[tuple[Token, int]] = []
    headings: list[tuple[int, ...]] = []
    leads = _list_leads(tokens)  # the lead-in's inline token's index: its list's closing token's
    closing: dict[int, int] = {}  # a list's closing token's index: its lead-in's entry in headings
    pos = 0
    previous = None
    row = cell_row = 0  # the table row of the last cell shown
    for index, block in enumerate(tokens):
        if index in closing:
            begin_lead, end_lead = headings[closing[index]]
            headings[closing[index]] = (begin_lead, end_lead, pos)
        opened, previous = previous, block
        row += block.type == "tr_open"
        shown = [block] if block.type in _CODE_BLOCKS else block.children if block.type == "inline" else None
        if not shown:
            continue
        in_cell = opened is not None and opened.type in ("th_open", "td_open")
        if parts:
            # The cells of one table row are read as one line ("Komdok zinc | 40,000 tonnes"),
            # with a line break a browser's text fragment does not match across; anything
            # else is a block of its own: a quote running on from it into the next reads a
            # sentence the report never wrote (citations._across_blocks).
            parts.append(ROW_CELLS if in_cell and cell_row == row else "\n\n")
            pos += 2
        cell_row = row if in_cell else 0
        begin, first = pos, len(parts)
        struck = 0
        for child in shown:
            struck += (child.type == "s_open") - (child.type == "s_close")
            if struck:
                continue  # deleted words (~~20%~~ 30%) are not the report's words
            # an image's alt text is the report's words too, shown as the image's link or in
            # its place (_render_image)
            for text in (child.children or ()) if child.type == "image" else (child,):
                if text.type in ("text", "code_inline", *_CODE_BLOCKS):
                    starts.append((text, pos))
                    parts.append(text.content)
                    pos += len(text.content)
                elif text.type in _BREAKS:
                    # a line that ends at a soft hyphen wraps its word: kept a line break, which
                    # normalize() joins, not read as a space between two words
                    wrapped = text.type == "softbreak" and parts and parts[-1].endswith("\u00ad")
                    parts.append("\n" if wrapped else _BREAKS[text.type])
                    pos += 1
        if opened is not None and opened.type == "heading_open":
            headings.append((begin, pos))
        elif index in leads and "".join(parts[first:]).rstrip().endswith((":", "：")):
            closing[leads[index]] = len(headings)
            headings.append((begin, pos))
    return "".join(parts), starts, tuple(headings)


def _list_leads(tokens: Sequence[Token]) -> dict[int, int]:
    """The paragraphs right before a list, outside any list or quotation (by their inline
    token's index), each with the index of the token that closes the list."""
    found = {}
    for i in range(1, len(tokens) - 1):
        if tokens[i].type == "paragraph_close" and tokens[i].level == 0 \
                and tokens[i + 1].type in ("bullet_list_open", "ordered_list_open"):
            level, kind = tokens[i + 1].level, tokens[i + 1].type.replace("_open", "_close")
            end = next((j for j in range(i + 2, len(tokens)) if tokens[j].type == kind and tokens[j].level == level),
                       None)
            if end is not None:
                found[i - 1] = end
    return found


def plain_text(md: MarkdownIt, source: str) -> str:
    return reading_text(parse_markdown(md, source))[0]


def plain_inline(md: MarkdownIt, source: str) -> str:
    """Inline Markdown (a claim's text) as the plain text a reader sees."""
    return reading_text(parse_markdown(md, source, inline=True))[0]


def render_markdown(md: MarkdownIt, source: str, links: LinkContext,
                    highlights: Sequence[Highlight] = (), inline: bool = False) -> str:
    tokens = parse_markdown(md, source, inline)
    return render_tokens(md, tokens, links, highlights)


def render_tokens(md: MarkdownIt, tokens: list[Token], links: LinkContext,
                  highlights: Sequence[Highlight] = ()) -> str:
    """Parsed Markdown as HTML (the tokens are changed on the way)."""
    rewrite_links(tokens, links)
    _mark_images_in_links(tokens)
    if links.heading_top:
        _shift_headings(tokens, links.heading_top)
    if highlights:
        _attach_highlights(reading_text(tokens)[1], highlights)
    return md.renderer.render(tokens, md.options, {})


def rewrite_links(tokens: Sequence[Token], links: LinkContext) -> None:
    """Relative links to other content and to content/media/ become site links."""
    for token in _walk(tokens):
        if (local := site_target(token, links)) is not None:
            token.meta["local"] = local
        if "local" in token.meta:
            token.attrSet("src" if token.type == "image" else "href", token.meta["local"])


def site_target(token: Token, links: LinkContext) -> str | None:
    """The site link a link or image token to other content or to content/media/ becomes;
    None for any other token (the token is not changed)."""
    attr = "src" if token.type == "image" else "href" if token.type == "link_open" else None
    target = str(token.attrGet(attr) or "") if attr else ""
    if links.home and token.type == "link_open" and target.startswith("#") and len(target) > 1:
        return _page_link(links.prefix, links.home + target)
    if not is_relative(target):
        return None
    path, hash_, fragment = target.partition("#")
    path, mark, query = path.partition("?")  # ../media/plan.pdf?v=2#page=3: the file is plan.pdf
    tail = (mark + query) + (hash_ + fragment)
    # markdown-it percent-encodes what a URL may not hold: ../media/사진.png and
    # <../media/my photo.png> arrive encoded, and name files by their decoded names.
    resolved = posixpath.normpath(posixpath.join(links.source_dir, unquote(path)))
    if resolved.startswith("content/media/") and resolved[len("content/media/"):] in links.media:
        return links.prefix + quote(resolved[len("content/"):]) + tail
    if token.type == "link_open" and _CONTENT_FILE.fullmatch(resolved):
        folder, name = resolved.split("/")[1:]
        page = f"{folder}/{posixpath.splitext(name)[0]}/index.html" + (f"#{fragment}" if fragment else "")
        return _page_link(links.prefix, page)
    return None


def _page_link(prefix: str, page: str) -> str:
    """A link to a page of the site (reports/x/index.html#q-1) from where `prefix` leads
    back to its root. A full address (the feed's) is the published one, "…/reports/x/", as
    the page's own link in the feed is; a relative one keeps index.html, for file:// browsing."""
    return absolute(prefix, page) if "://" in prefix else prefix + page


_CONTENT_FILE = re.compile(r"content/(reports|briefs)/[^/]+\.(md|yaml)")


def is_relative(target: str) -> bool:
    """Whether a link's destination is a path relative to its file (what rewrite_links may
    make a site link of): not empty, no scheme, not `#…` or `/…`."""
    return bool(target) and not _SCHEME.match(target) and not target.startswith(("#", "/"))


def _mark_images_in_links(tokens: Sequence[Token]) -> None:
    """An image inside a link must not become a link of its own (no <a> in <a>)."""
    for token in tokens:
        if token.children:
            depth = 0
            for child in token.children:
                depth += child.type == "link_open"
                depth -= child.type == "link_close"
                if child.type == "image" and depth:
                    child.meta["in_link"] = True


def _shift_headings(tokens: Sequence[Token], top: int) -> None:
    """Headings of an embedded document sit under the page's own: a heading is shown one level
    below the nearest heading above it of a higher written level, or at `top` when there is
    none (# then #### reads h2, h3; ## then # then ## reads h2, h2, h3: no level skipped)."""
    above: list[int] = []  # written levels of the headings the current one sits under, and its own
    for t in tokens:
        if t.type == "heading_open":
            level = int(t.tag[1])
            while above and above[-1] >= level:
                above.pop()
            above.append(level)
        if t.type in ("heading_open", "heading_close"):
            t.tag = f"h{min(6, top + len(above) - 1)}"


def _walk(tokens: Sequence[Token]):
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _attach_highlights(starts: list[tuple[Token, int]], highlights: Sequence[Highlight]) -> None:
    """Record on each text token which of its characters belong to which passages."""
    spans = sorted((s, e, h.anchor) for h in highlights for s, e in h.spans)
    first_start = {h.anchor: h.spans[0][0] for h in highlights}
    for token, begin in starts:
        end = begin + len(token.content)
        inside = [(s, e, a) for s, e, a in spans if s < end and e > begin]
        opening = sorted({a for a, s in first_start.items() if begin <= s < end or (s == end and end == begin)})
        if not inside and not opening:
            continue
        cuts = sorted({begin, end, *(max(s, begin) for s, _, _ in inside), *(min(e, end) for _, e, _ in inside)})
        # Each span marks the segments between its own cuts, and each passage opens in the
        # segment its start falls in: testing every span against every segment cost
        # (passages in one paragraph)² — 8,000 quotes of one paragraph took seconds.
        at = {cut: i for i, cut in enumerate(cuts)}
        covering: list[set[str]] = [set() for _ in cuts[1:]]
        for s, e, a in inside:
            for i in range(at[max(s, begin)], at[min(e, end)]):
                covering[i].add(a)
        opens: list[list[str]] = [[] for _ in cuts[1:]]
        for a in opening:
            if begin <= first_start[a] < end:
                opens[bisect_right(cuts, first_start[a]) - 1].append(a)
        segments = [(lo - begin, hi - begin, tuple(sorted(covering[i])), tuple(opens[i]))
                    for i, (lo, hi) in enumerate(zip(cuts, cuts[1:]))]
        token.meta["marks"] = segments


def _marked(content: str, segments: list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]) -> str:
    out = []
    for lo, hi, anchors, starting in segments:
        out.extend(f'<span class="quote-anchor" id="{a}"></span>' for a in starting)
        text = escapeHtml(content[lo:hi])
        out.append(f'<mark class="quote" data-q="{" ".join(anchors)}">{text}</mark>' if anchors else text)
    return "".join(out)


def _render_text(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    marks = token.meta.get("marks")
    return _marked(token.content, marks) if marks else escapeHtml(token.content)


def _render_code_inline(self, tokens, idx, options, env) -> str:
    return f"<code>{_render_text(self, tokens, idx, options, env)}</code>"


def _render_code_block(self, tokens, idx, options, env) -> str:
    """markdown-it's own <pre><code> for the block, around its text marked like any other:
    the built-in rule renders a copy holding a placeholder, which the marked text replaces."""
    token = tokens[idx]
    builtin = getattr(RendererHTML, token.type)
    if not token.meta.get("marks"):
        return builtin(self, tokens, idx, options, env)
    slot = dataclasses.replace(token, content=_SLOT)
    return builtin(self, [slot], 0, options, env).replace(_SLOT, _render_text(self, tokens, idx, options, env), 1)


def _render_link_open(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if _SCHEME.match(href) and href.lower().startswith("data:"):
        # an inline image is no place to navigate to: no href at all (href="" is this page)
        token.attrs.pop("href", None)
    elif _SCHEME.match(href):
        token.attrSet("rel", "nofollow noopener noreferrer")
    return self.renderToken(tokens, idx, options, env)


def _render_image(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    shown = _alt_html(token.children or [])  # the alt text with the quotes highlighted in it
    src = str(token.attrGet("src") or "")
    title = token.attrGet("title")
    title_attr = f' title="{escapeHtml(str(title))}"' if title else ""
    if token.meta.get("local") or _SAFE_DATA_IMAGE.match(src):
        # the alt text is no text to highlight in: the anchors of quotes of it go before the image
        anchors = "".join(f'<span class="quote-anchor" id="{a}"></span>' for child in token.children or ()
                          for *_, starting in child.meta.get("marks", ()) for a in starting)
        return f'{anchors}<img src="{escapeHtml(src)}" alt="{escapeHtml(alt)}"{title_attr} loading="lazy">'
    if src.lower().startswith(("http://", "https://")) and token.meta.get("in_link"):
        return f"[Image: {shown}]" if alt else "[Image]"
    if src.lower().startswith(("http://", "https://")):
        # Never hotlink: an image request would tell a third party who reads the briefing.
        label = f"Image: {shown}" if alt else "Image"
        return (f'<a class="external-image" href="{escapeHtml(src)}" '
                f'rel="nofollow noopener noreferrer">{label}</a>')
    return shown


def _alt_html(children: Sequence[Token]) -> str:
    """An image's alt text as HTML, with the marks of the quotes in it (_attach_highlights),
    and a line break in it as a space."""
    return "".join((_marked(child.content, child.meta["marks"]) if child.meta.get("marks")
                    else escapeHtml(child.content)) if child.type in ("text", "code_inline")
                   else " " if child.type in _BREAKS else "" for child in children)
