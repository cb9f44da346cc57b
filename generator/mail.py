"""E-mail briefs: one self-contained, mail-safe HTML file per brief, and its plain text.

The render stage writes `briefs/<id>/email.html` for every brief (`email_view`, the theme's
`email.html`, `finish_email`); `briefing email` (export.py) writes the same file anywhere, its
plain text (`email_text`), or a .eml holding both. Every link in an e-mail is absolute, made
from `base_url`, or left out: a mail client has no site to resolve a relative link against,
and an e-mail loads nothing, so images become their alt text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token
from markupsafe import Markup

from generator.diagnostics import Diagnostic, Pos, error, strip_control, warning
from generator.index import SiteIndex
from generator.markup import LinkContext, make_markdown, parse_markdown, plain_inline, render_tokens
from generator.medianames import MediaNames
from generator.model import CREDIBILITY, GRADES, Brief, ResolvedBrief, ResolvedSite, SiteConfig
from generator.plainwrap import width, wrap
from generator.theme import long_date
from generator.urls import absolute, brief_path
from generator.views import ClaimView, ContestLink, Footnote, claim_views

# The CSS inliner is imported where used: a build of a few pages inlines no CSS (see patch.py).

EMAIL_TEMPLATE = "email.html"
GMAIL_CLIP_BYTES = 102_000  # Gmail shows "[Message clipped]" past about 102 KB of HTML


@dataclass(frozen=True, slots=True)
class EmailClaim:
    number: int  # the claim's place in the brief, as the table of places refers to it
    view: ClaimView
    html: Markup  # the claim's text; links absolute or dropped
    text: str  # the same as plain text
    disputed_by: tuple[ContestLink, ...]  # plain text, and the published address or ""; the first few
    disputed_more: int  # claims in dispute with it beyond those
    disputed_all: str  # the published address of the list of them all, or ""


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A row of the table that stands in for the map: a province, or a place in it."""

    name: str
    hangul: str
    in_province: str  # "" on a province's own row
    lat: float
    lon: float
    claims: tuple[int, ...]  # numbers of the brief's claims about it

    @property
    def coordinates(self) -> str:
        # No-break spaces keep "39.918° N" on one line, in HTML and in the wrapped text.
        return (f"{abs(self.lat):.3f}°\u00a0{'N' if self.lat >= 0 else 'S'}, "
                f"{abs(self.lon):.3f}°\u00a0{'E' if self.lon >= 0 else 'W'}")


@dataclass(frozen=True, slots=True)
class EmailView:
    """One brief as its e-mail shows it."""

    brief: Brief
    config: SiteConfig
    summary_html: Markup
    summary_text: str
    claims: tuple[EmailClaim, ...]
    footnotes: tuple[Footnote, ...]
    places: tuple[PlaceRow, ...]

    def link(self, path: str) -> str:
        return _published(self.config, path)

    @property
    def web_link(self) -> str:
        return self.link(brief_path(self.brief.id))


def _published(config: SiteConfig, path: str) -> str:
    """The published address of a site path; "" when base_url is not set."""
    return absolute(config.base_url, path) if config.base_url else ""


def email_view(site: ResolvedSite, index: SiteIndex, brief_id: str, media: MediaNames | None = None) -> EmailView:
    """`media`: the site's media files, noting which the e-mail's links ask for (render.py)."""
    resolved = site.briefs[brief_id]
    views, footnotes = claim_views((c.key for c in resolved.claims), site, index)
    md = _email_markdown(site.config.base_url)
    media = media if media is not None else MediaNames(site.media)
    # "#claim-c2" means the brief's page: the e-mail has no such anchors
    links = LinkContext("content/briefs", site.config.base_url, media, heading_top=3,
                        home=brief_path(resolved.brief.id))

    def html_and_plain(text: str, inline: bool) -> tuple[Markup, str]:
        """From one parse: Markdown is most of an e-mail's cost. The plain version is read
        from the tokens as rendering leaves them: links made absolute, or marked dropped."""
        tokens = parse_markdown(md, text, inline)
        html = Markup(render_tokens(md, tokens, links))
        return html, _plain(tokens)

    claims = tuple(EmailClaim(number, view, *html_and_plain(view.claim.text, inline=True),
                              tuple(ContestLink(c.key, plain_inline(md, c.text), _published(site.config, c.link))
                                    for c in view.contested_shown),
                              len(view.contested_with) - len(view.contested_shown),
                              _published(site.config, view.contested_link) if view.contested_link else "")
                   for number, view in enumerate(views, 1))
    return EmailView(resolved.brief, site.config, *html_and_plain(resolved.brief.summary, inline=False),
                     claims, footnotes, _place_rows(site, resolved, claims))


def _plain(tokens: list[Token]) -> str:
    """Rendered Markdown as plain text shows it: a link's text and then its address, when the
    HTML version keeps the link (<https://…>; a mail address alone), an image as
    [image: alt] as the HTML version has it; blocks apart by a blank line."""
    blocks = []
    for block in tokens:
        if block.type in ("code_block", "fence"):
            blocks.append(block.content.rstrip("\n"))
        elif block.type == "inline" and block.children:
            blocks.append(_plain_inline(block.children))
    return "\n\n".join(blocks)


def _plain_inline(children: list[Token]) -> str:
    opened: list[Token] = []
    shown: list[int] = []  # where each open link's text starts in `out`
    out: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(f"[image: {child.content}]" if child.content else "[image]")
            if src := _published_image(child):
                out.append(f" <{src}>")
        elif child.type == "link_open":
            opened.append(child)
            shown.append(len(out))
        elif child.type == "link_close" and opened:
            link, start = opened.pop(), shown.pop()
            href = str(link.attrGet("href") or "")
            address = href.removeprefix("mailto:")
            if not link.meta.get("dropped") and address != "".join(out[start:]):  # an autolink shows it already
                out.append(f" <{address}>")
    return "".join(out)


def _published_image(token: Token) -> str:
    """The address of an image that is the site's own published file (made absolute under
    base_url), outside any link: the e-mail shows no image, but links to it, which loads
    nothing until the reader follows it. "" for any other image."""
    src = str(token.attrGet("src") or "")
    if "local" in token.meta and src.startswith(("https://", "http://")) and not token.meta.get("in_link"):
        return src
    return ""


def template_context(view: EmailView) -> dict[str, Any]:
    # `url` shadows the theme's relative-link global, so any template gives absolute links.
    return {"email": view, "url": view.link}


@functools.lru_cache(maxsize=4)  # one parser per site, not one per e-mail file
def _email_markdown(base_url: str) -> MarkdownIt:
    """The site's Markdown, except that links left relative lose their <a> (the text stays)
    and images become their alt text."""
    md = make_markdown()
    site_link_open = md.renderer.rules["link_open"]

    def link_open(self, tokens, idx, options, env):
        href = str(tokens[idx].attrGet("href") or "")
        if not href.lower().startswith(("https://", "http://", "mailto:")):
            tokens[idx].meta["dropped"] = True
            return ""
        if base_url and href.startswith(base_url):  # a content link: …/index.html#q → …/#q
            tokens[idx].attrSet("href", absolute(base_url, href[len(base_url):]))
        return site_link_open(tokens, idx, options, env)

    def link_close(self, tokens, idx, options, env):
        # Back to this link's own opening only: copying tokens[:idx] at every link made a
        # summary of 50,000 links take minutes (links do not nest in CommonMark).
        opening = next(tokens[i] for i in range(idx - 1, -1, -1) if tokens[i].type == "link_open")
        return "" if opening.meta.get("dropped") else self.renderToken(tokens, idx, options, env)

    def image(self, tokens, idx, options, env):
        alt = self.renderInlineAsText(tokens[idx].children or [], options, env)
        text = escapeHtml(f"[image: {alt}]" if alt else "[image]")
        src = _published_image(tokens[idx])
        return f'<a class="image" href="{escapeHtml(src)}">{text}</a>' if src else text

    for name, rule in (("link_open", link_open), ("link_close", link_close), ("image", image)):
        md.add_render_rule(name, rule)
    return md


def _place_rows(site: ResolvedSite, brief: ResolvedBrief, claims: tuple[EmailClaim, ...]) -> tuple[PlaceRow, ...]:
    """The brief's provinces in gazetteer order, each followed by its places by name."""
    places = dict.fromkeys([*brief.places, *(p for c in claims for p in c.view.resolved.places)])
    codes = {*brief.provinces, *(p for c in claims for p in c.view.resolved.provinces),
             *(site.places[p].province for p in places)}

    def numbers(attr: str, value: str) -> tuple[int, ...]:
        return tuple(c.number for c in claims if value in getattr(c.view.resolved, attr))

    rows = []
    for code, province in site.provinces.items():
        if code not in codes:
            continue
        # Where the web map's marker is: the provincial seat, not the province's middle.
        rows.append(PlaceRow(province.name, province.hangul, "", province.capital_lat, province.capital_lon,
                             numbers("provinces", code)))
        inside = sorted((site.places[p].place for p in places if site.places[p].province == code),
                        key=lambda place: (place.name, place.id))
        rows += [PlaceRow(p.name, p.hangul, province.name, p.lat, p.lon, numbers("places", p.id)) for p in inside]
    return tuple(rows)


# css_inline recurses over the element tree and takes the process down (a segfault, not an
# exception) somewhere past 10,000 levels: a template's loop can nest that deep, content cannot.
MAX_NESTING = 2000
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
# Elements whose end tag may be left out (<p>, <li>, <td> …) or that have none (<br>): not counted.
_UNCOUNTED = frozenset(b"area base br col embed hr img input link meta source track wbr p li td th tr option "
                       b"dt dd thead tbody tfoot colgroup optgroup rb rt rp".split())


def _nesting(html: bytes) -> int:
    """How deep the page's elements nest, as far as tags tell."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m[2].lower() in _UNCOUNTED or m[0].endswith(b"/>"):
            continue
        depth += -1 if m[1] else 1
        deepest = max(deepest, depth)
    return deepest


def finish_email(html: bytes, brief: Brief) -> tuple[bytes, list[Diagnostic]]:
    """The rendered page with its CSS moved into style attributes; only @media rules stay in a
    <style> block. Nothing is fetched, and <link> elements are dropped."""
    import css_inline

    # no deeper than its count of tags: most pages need no closer look
    if html.count(b"<") > MAX_NESTING and (depth := _nesting(html)) > MAX_NESTING:
        return html, [error(Pos(brief.path), f"cannot inline the CSS of the e-mail version: its elements nest "
                                             f"{depth:,} deep (at most {MAX_NESTING:,})",
                            "check templates/email.html for an element opened again and again")]
    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False, keep_link_tags=False)
    try:
        data = inliner.inline(html.decode("utf-8")).encode("utf-8")
    except ValueError as exc:  # css_inline.InlineError is one
        return html, [error(Pos(brief.path), f"cannot inline the CSS of the e-mail version: {exc}",
                            "check the <style> block of templates/email.html")]
    data = _charset_first(data)
    found = _remote(data) + _dropped_stylesheets(html) + _refreshes(data)
    if len(data) > GMAIL_CLIP_BYTES:
        found.append(warning(Pos(brief.path), f"the e-mail version of this brief is {len(data):,} bytes: "
                             f"Gmail clips messages over {GMAIL_CLIP_BYTES:,} bytes",
                             "shorten notes and quotes, or split the brief in two"))
    return data, found


# What makes a mail client fetch from elsewhere: an address from another host (or a
# protocol-relative one) in an element's source attributes (not a link's href: it is
# followed, not fetched), in CSS (url(…), @import). The built-in theme has none, and content
# cannot put one there; a site's own e-mail template can. A <link> is dropped by css-inline.
# Both patterns start at the address's "//", which the search finds fast; what comes before it
# is checked backwards only there (scanning every tag for its attributes cost ~2 ms an e-mail).
_ADDRESS = re.compile(rb"//[^\s\"'>)]+")
_SCHEME = re.compile(rb"(?:https?:)?\Z", re.I)
_REMOTE_ATTRIBUTE = re.compile(rb"<(?!a[\s>/])([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?\s(?:src|srcset|poster|background|data"
                               rb"|action|formaction|href)\s*=\s*[\"']?\s*\Z", re.I)
# (a quotation mark may be written as an entity in a style attribute: url(&quot;https://…&quot;))
_REMOTE_CSS = re.compile(rb"(?:url\(\s*|image-set\(\s*|@import\s+)"
                         rb"(?:[\"']|&quot;|&#0*34;|&#x0*22;|&#0*39;|&apos;)?\s*\Z", re.I)
_CLOSING_ENTITY = re.compile(r"(?:&quot;|&#0*34;|&#x0*22;|&#0*39;|&apos;).*\Z", re.I | re.S)
_SHOWN_LOADS = 3  # how many of a template's remote loads its warning names


def _remote(html: bytes) -> list[Diagnostic]:
    """A warning naming what the finished e-mail would load from other hosts, if anything."""
    loads: dict[str, str] = {}
    for address in _ADDRESS.finditer(html):
        start = _SCHEME.search(html, max(address.start() - 6, 0), address.start()).start()
        before = html[max(html.rfind(b"<", 0, start), start - 4096, 0):start]
        if (element := _REMOTE_ATTRIBUTE.search(before)) is not None:
            what = f"a <{element[1].decode('ascii').lower()}> element"
        elif _REMOTE_CSS.search(before[-64:]) is not None and _in_css(html, start, before):
            what = "its CSS"
        else:
            continue
        shown = _CLOSING_ENTITY.sub("", html[start:address.end()].decode("utf-8", "replace"))
        loads.setdefault(strip_control(shown)[:120], what)
    if not loads:
        return []
    named = ", ".join(f'"{shown}" ({what})' for shown, what in list(loads.items())[:_SHOWN_LOADS])
    more = f" and {len(loads) - _SHOWN_LOADS:,} more" if len(loads) > _SHOWN_LOADS else ""
    return [warning(Pos(f"templates/{EMAIL_TEMPLATE}"), f"the e-mail version of briefs loads {named}{more}: "
                    "an e-mail must carry all it shows, and a remote file tells its host who opened the e-mail",
                    "put the file in the template (an image as data:image/…), or link to it with <a href>")]


# (css-inline drops a link whose rel is "stylesheet", so written; "alternate stylesheet" stays)
_STYLESHEET = re.compile(rb"<link\b[^>]*?\srel\s*=\s*([\"']?)\s*(?-i:stylesheet)\s*\1(?=[\s/>])[^>]*>", re.I)
_HREF = re.compile(rb"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def _dropped_stylesheets(html: bytes) -> list[Diagnostic]:
    """A warning naming the stylesheets a site's own e-mail template links to: css-inline
    drops every <link>, so its rules would be missing from the e-mail without a word."""
    named = []
    for link in _STYLESHEET.finditer(html):
        href = _HREF.search(link[0])
        shown = next((g for g in href.groups() if g is not None), b"") if href else b""
        named.append(f'"{strip_control(shown.decode("utf-8", "replace"))[:120]}"')
    if not named:
        return []
    return [warning(Pos(f"templates/{EMAIL_TEMPLATE}"), f"the e-mail version of briefs leaves out the stylesheet "
                    f"{', '.join(dict.fromkeys(named))} that its template links to: an e-mail carries its CSS itself",
                    f"copy the rules into the <style> block of templates/{EMAIL_TEMPLATE}")]


_REFRESH = re.compile(rb"<meta\b[^>]*?\shttp-equiv\s*=\s*([\"']?)\s*refresh\s*\1(?=[\s/>])", re.I)


def _refreshes(html: bytes) -> list[Diagnostic]:
    """A warning when the e-mail has a <meta http-equiv="refresh"> (only a site's own template
    can put one there): the attached file opened in a browser would reload or go elsewhere."""
    if _REFRESH.search(html) is None:
        return []
    return [warning(Pos(f"templates/{EMAIL_TEMPLATE}"), "the e-mail version of briefs has a "
                    '<meta http-equiv="refresh"> from its template: opened in a browser, the attached file would '
                    "reload or go elsewhere, and mail clients drop it", f"remove it from templates/{EMAIL_TEMPLATE}")]


def _in_css(html: bytes, start: int, before: bytes) -> bool:
    """Whether html[start] is inside a <style> element or a style attribute: "url(https://…)"
    elsewhere is text (a summary that mentions CSS), which loads nothing."""
    if b">" not in before:  # inside a tag: in its style attribute's value
        return _STYLE_VALUE.search(before) is not None
    lower = html[:start].lower()
    return lower.rfind(b"<style") > lower.rfind(b"</style")


_STYLE_VALUE = re.compile(rb"""\sstyle\s*=\s*(?:"[^"]*|'[^']*)\Z""", re.I)
_CHARSET = re.compile(rb'<meta charset="utf-8">\s*', re.I)


def _charset_first(html: bytes) -> bytes:
    """css-inline puts the @media rules it keeps first in <head>: the charset goes back before
    them, where a browser opening the attached file looks for it (its first 1,024 bytes)."""
    head, charset = html.find(b"<head>"), _CHARSET.search(html)
    if head < 0 or charset is None or charset.start() < head:
        return html
    html = html[:charset.start()] + html[charset.end():]
    at = head + len(b"<head>")
    return html[:at] + b'<meta charset="utf-8">\n' + html[at:]


# --- plain text --------------------------------------------------------------


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    # URLs are never broken: a reader copies them whole. No-break spaces stay; line and
    # paragraph separators (U+2028/9) do not, as any other line break.
    return wrap(re.sub(r"[ \t\r\n\f\v\u2028\u2029]+", " ", text).strip(), 72, indent if first is None else first,
                indent) or [""]


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def email_text(view: EmailView) -> str:
    """The brief as plain text; footnotes read `[n] publisher, title, date — URL`."""
    brief = view.brief
    count = len(view.claims)
    meta = " · ".join(x for x in (long_date(brief.date), brief.author, f"{count} claim{'s' * (count != 1)}") if x)
    lines = [f"{view.config.title} · Brief", "", *_wrap(brief.title), "=" * min(width(brief.title), 72), meta]
    if view.web_link:
        lines.append(f"On the web: {view.web_link}")
    if view.summary_text.strip():
        lines += _heading("Summary")
        for paragraph in view.summary_text.split("\n\n"):
            lines += [*_wrap(paragraph), ""]
        lines.pop()
    if view.places:
        lines += _heading("Provinces and places")
        for row in view.places:
            about = f" — claims {', '.join(map(str, row.claims))}" if row.claims else ""
            lines += _wrap(f"{row.name} {row.hangul} — {row.coordinates}{about}", "    " if row.in_province else "  ",
                           "  " if row.in_province else "")
    lines += _heading("Claims")
    for claim in view.claims:
        lines += ["", *_claim_text(view, claim)] if claim.number > 1 else _claim_text(view, claim)
    lines += _heading("Sources")
    for note in view.footnotes:
        lines += ["", *_footnote_text(view, note)] if note.number > 1 else _footnote_text(view, note)
    lines += ["", "-- ", *_wrap(f"{view.config.title}. Every claim cites the exact words of a source. Source grades "
                            "follow the Admiralty scale (A reliable … F cannot be judged).")]
    return "\n".join(lines) + "\n"


def _claim_text(view: EmailView, claim: EmailClaim) -> list[str]:
    c = claim.view
    markers = "".join(f"[{n.number}]" for n in c.footnotes)
    flags = [f"{c.claim.confidence} confidence" if c.claim.confidence else "",
             f"credibility {c.claim.credibility} ({CREDIBILITY[c.claim.credibility]})" if c.claim.credibility else "",
             f"{c.corroboration} publisher{'s' * (c.corroboration != 1)}: {', '.join(c.publishers)}",
             "SINGLE SOURCE" if c.single_source else "", "CONTESTED" if c.contested_with else ""]
    lines = [*_wrap(f"{claim.text} {markers}", "   ", f"{claim.number}. "),
             *_wrap(" · ".join(f for f in flags if f), "   ")]
    for other in claim.disputed_by:
        lines += _wrap(f"In dispute with: “{other.text}”{' ' + other.link if other.link else ''}", "   ")
    if claim.disputed_more:
        lines += _wrap(f"and {claim.disputed_more} more{' ' + claim.disputed_all if claim.disputed_all else ''}", "   ")
    return lines


def _footnote_text(view: EmailView, note: Footnote) -> list[str]:
    report = note.report
    passage = view.link(note.report_link)
    url = note.original_link or passage
    # The first line stays whole, so that it reads (and greps) as "[n] publisher, title, date — URL".
    head = f"[{note.number}] {report.publisher}, {report.title}, {long_date(report.published)}"
    lines = [" ".join(head.split()) + (f" — {url}" if url else "")]
    lines += _wrap(f"Grade {report.reliability} ({GRADES[report.reliability]})", "    ")
    lines += _wrap(f"“{note.citation.quote}”", "    ")
    if note.match_note:
        lines += _wrap(note.match_note, "    ")
    if note.citation.note:
        lines += _wrap(f"Note: {note.citation.note}", "    ")
    if note.original_link and passage:
        lines += _wrap(f"Archived passage: {passage}", "    ")
    return lines
