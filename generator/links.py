"""Links written in reports and briefs that lead nowhere on the built site: to a media file
that is not published (see media.py) or not there at all, to a report or brief that does
not exist (`[earlier report](rfa-2023-01-07.md)` with the id mistyped), or to any other
relative path, which names no file of the site (`media/map.png` written in a report, whose
media are `../media/`). Each is a warning where the link is written; the page still builds,
with the link as written.
"""

from __future__ import annotations

import functools
import html.entities
import posixpath
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from urllib.parse import unquote, urljoin

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.diagnostics import Diagnostic, Pos, strip_control, warning
from generator.fields import did_you_mean
from generator.lazyre import lazy
from generator.markup import (LinkContext, deceptive, hostless, is_relative, is_safe_url, make_markdown,
                              parse_markdown, parse_report, site_target)
from generator.media import MEDIA
from generator.model import Report, Site
from generator.urls import bad_port, brief_path

# Relative links are resolved by markup.py: rendered with this as the way back to the site's
# root, exactly the links it resolves get it as a prefix, which no written link can start with.
_MARK = "\x00site/"
_NEWLINE = re.compile("\n")
_PAGE = re.compile(r"(reports|briefs)/([^/]+)/index\.html(?:#.*)?")
# A path from the root of a host ("/news/2023/x.html", pasted with an article from its site),
# and what the links found say of one
_FROM_HOST_ROOT = re.compile(r"/(?!/)")
_ROOT_PATH = "\x00/"


PageIds = tuple[frozenset[str], frozenset[str]]  # the report ids and brief ids of a whole site


class ReportLinks:
    """The relative links of every report that may hold one (_RELATIVE), each report parsed
    once for them: in `jobs`, run on every core with the build's other work on reports (a
    report of thousands of words takes milliseconds; 10,000 that link to each other took 48 s
    on one core). `memo` (BuildCache.links) keeps each report's links by its file digest."""

    def __init__(self, md: MarkdownIt, site: Site, memo: dict[tuple, tuple] | None = None,
                 parsed: Collection[str] = ()):
        """`parsed`: the reports whose links another stage's jobs find (report_links), from
        the parse they make anyway: see found."""
        self.md, self.site, self.memo = md, site, memo if memo is not None else {}
        self.todo = [r for rid, r in site.reports.items()
                     if rid not in parsed and r.may_link and self.key(r) not in self.memo]

    def key(self, report: Report) -> tuple[str, str]:
        # without a digest (a site built in memory), kept for this build alone: see warnings
        return report.path, self.site.digests.get(report.path, "") or f"\0{id(report)}"

    def jobs(self) -> list:
        return [functools.partial(_report_links, self.md, r.body) for r in self.todo]

    def store(self, results: list) -> None:
        for report, links in zip(self.todo, results):
            self.memo[self.key(report)] = links
        self.todo = []

    def found(self, links: dict[str, tuple]) -> None:
        """Keep the links of reports `parsed` elsewhere, by report id."""
        for rid, found in links.items():
            self.memo[self.key(self.site.reports[rid])] = found

    def of(self, report: Report) -> tuple:
        key = self.key(report)
        if key not in self.memo:
            self.memo[key] = _report_links(self.md, report.body)
        return self.memo[key]

    def forget_unkept(self) -> None:
        for key in [k for k in self.memo if k[1].startswith("\0")]:
            del self.memo[key]


def _report_links(md: MarkdownIt, body: str) -> tuple:
    return tuple(links_in(parse_report(md, body), body, "content/reports"))


def link_warnings(reports: ReportLinks, claims: Mapping[str, Collection[str]], ids: PageIds | None = None,
                  root: Path | None = None) -> list[Diagnostic]:
    """A warning for each link to a file or page the site does not have. Only text that may
    hold a relative link (_RELATIVE) is parsed for it: the reports' by their jobs, if run.
    `claims`: the ids of the whole site's claims, by brief. `ids`: the whole site's, when the
    site is a part of it (patch.py): a page outside the part exists. `root`, the site's
    folder, to point at a brief's links where its file has them."""
    md, site = reports.md, reports.site
    found: list[Diagnostic] = []
    for report in site.reports.values():
        if report.may_link:
            links = reports.of(report)
            found += (warning(Pos(report.path, report.body_line + line, col), *problem)
                      for line, col, _, problem in _problems(links, site, ids, claims, _page_folder(report.path),
                                                             report.url))
        if report.may_drop:
            found += (warning(Pos(report.path, report.body_line + line, col), *_dropped(written))
                      for line, col, written in _unsafe_links(report.body, False))
    for brief in site.briefs.values():
        texts = [(brief.summary, brief.summary_pos or brief.pos, False), *((c.text, c.pos, True) for c in brief.claims)]
        starts = sorted({(p.line, p.col) for _, p, _ in texts})
        source = _BriefSource(root, brief.path)
        for text, pos, inline in texts:
            # The value's next field starts no later than the next claim (or summary) does
            at = bisect_right(starts, (pos.line, pos.col))
            end = starts[at] if at < len(starts) else None
            if may_link(text) or _may_hold(text, _TO_ANCHOR):
                links = _links(md, text, "content/briefs", inline, brief_path(brief.id))
                for _, _, written, problem in _problems(links, site, ids, claims, _page_folder(brief.path)):
                    found.append(warning(source.find(written, pos, end), *problem))
            if may_drop(text):
                found += (warning(source.find(written, pos, end), *_dropped(written))
                          for _, _, written in _unsafe_links(text, inline))
    reports.forget_unkept()
    return found


class _BriefSource:
    """A brief's file, read when one of its links is warned about: a YAML value's Markdown
    does not keep the file's lines and columns (a folded or quoted value joins lines, escapes
    change lengths), so each link is looked for as written, in the value's part of the file."""

    def __init__(self, root: Path | None, path: str):
        self.root, self.path = root, path
        self.text: str | None = None
        self.starts: list[int] = []
        self.searched: dict[tuple[int, int], int] = {}  # value → where its last link found ends

    def find(self, written: str, value: Pos, end: tuple[int, int] | None) -> Pos:
        """Where `written` is next written in the value at `value`, which ends before
        position `end`; the value's own position when that cannot be told."""
        if self.text is None:
            self._read()
        if not written or not self.starts or not 0 < value.line <= len(self.starts):
            return value
        begin = self.searched.get((value.line, value.col), self.starts[value.line - 1] + max(value.col - 1, 0))
        stop = self.starts[end[0] - 1] + end[1] - 1 if end and end[0] <= len(self.starts) else len(self.text or "")
        found = [m.span() for form in _target_forms(written) if (m := re.compile(form).search(self.text or "", begin, stop))]
        if not found:
            return value
        at, after = min(found)
        self.searched[(value.line, value.col)] = after
        line = bisect_right(self.starts, at)
        return Pos(self.path, line, at - self.starts[line - 1] + 1)

    def _read(self) -> None:
        self.text = ""
        if self.root is None:
            return
        try:
            self.text = (self.root / self.path).read_text(encoding="utf-8-sig")
        except (OSError, ValueError):
            return  # it was read a moment ago; gone or changed since, the value's position will do
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(self.text))]


# A link or image whose destination has no scheme and is not `#…` or `//…`, inline or in a
# reference definition; a few false alarms cost a parse, never a warning. Two patterns, each
# searched for alone: one alternation of both made the regex engine try it at every
# character of every report (0.7 s at 10,000 reports), where "](" is found by a fast scan.
_NOT_RELATIVE = r"(?![a-zA-Z][a-zA-Z0-9+.\-]*:|#|//|\s*$)"
_INLINE = r"\]\(\s*<?" + _NOT_RELATIVE
_DEFINITION = r"^ {0,3}\[[^\]]+\]:[ \t]*\n?[ \t]*<?" + _NOT_RELATIVE
_RELATIVE = (re.compile(_INLINE), re.compile(_DEFINITION, re.M))  # (inline, reference definition)


def may_link(text: str) -> bool:
    """Whether `text` may hold a relative link: only then is it parsed for its links."""
    return _may_hold(text, _RELATIVE)


# A link to an anchor of the page the text is on ("#claim-c2"): a brief's are checked too
_TO_ANCHOR = (re.compile(r"\]\(\s*<?#"), re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\n?[ \t]*<?#", re.M))


# A link or image whose address markup.is_safe_url refuses ("//host/x", "ftp:", "tel:",
# "javascript:", a data: address that is no raster image): Markdown shows it as written, with
# no link. Only text that may hold one is parsed again for it.
# (data:image/… too: an image's, kept, or a link's, which cannot open one)
# And an http(s) address whose host part is more than ASCII letters, digits, dots and dashes
# and a port of up to four digits ("[zz]", ":99999", ":80a", "ex ample", "例え", a user
# name), or with no "//" ("https:evil.example/x"): markup.is_safe_url judges it.
_UNSAFE_AT = (r"<?(?:(?!(?i:https?|mailto):)[a-zA-Z][a-zA-Z0-9+.\-\s]*:|//|(?i:https?):(?!//)"
              r"|(?i:https?)://(?![a-zA-Z0-9.\-]+(?::[0-9]{1,4})?(?:[/?#\s)>]|$)))")
_UNSAFE_INLINE = r"\]\(\s*" + _UNSAFE_AT
_UNSAFE_DEFINITION = r"^ {0,3}\[[^\]]+\]:[ \t]*\n?[ \t]*" + _UNSAFE_AT
_UNSAFE = (re.compile(_UNSAFE_INLINE), re.compile(_UNSAFE_DEFINITION, re.M))


# An autolink ("<ftp://files.example.org/a>", "<http://[zz]/>") that the site drops is shown
# as written too: CommonMark's schemes are 2 to 32 characters, and its address has no space.
_UNSAFE_AUTOLINK = re.compile(r"<(?:(?!(?i:https?|mailto):)[a-zA-Z][a-zA-Z0-9+.\-]{1,31}:|(?i:https?):(?!//)"
                              r"|(?i:https?)://(?![a-zA-Z0-9.\-]+(?::[0-9]{1,4})?[/?#>]))[^\s<>]*>")


def may_drop(text: str) -> bool:
    """Whether `text` may hold a link or image whose address the site drops."""
    return _may_hold(text, _UNSAFE) or ("<" in text and _UNSAFE_AUTOLINK.search(text) is not None)


def _may_hold(text: str, patterns: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """Whether `text` holds an inline link or a reference definition whose address matches."""
    inline, definition = patterns
    # (`in` first: it finds "](" several times faster than the pattern's own scan for it)
    return ("](" in text and inline.search(text) is not None) or \
        ("]:" in text and definition.search(text) is not None)


@functools.lru_cache(maxsize=1)
def _permissive() -> MarkdownIt:
    """make_markdown's parser with every address kept: to find the ones it drops."""
    md = make_markdown()
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def _unsafe_links(text: str, inline: bool) -> Iterator[tuple[int, int, str]]:
    """(line from 0, column from 1 or 0, address as written) of each link or image in `text`
    whose address the site drops."""
    tokens = parse_markdown(_permissive(), text, inline)
    unsafe = [(token, lines, target) for token, lines, attr in _targets(tokens)
              if not is_safe_url(target := str(token.attrGet(attr) or ""))
              or (attr == "href" and _DATA.match(target))]
    return ((line, col, target) for line, col, target in _positions(unsafe, text))


_DATA = re.compile(r"\s*data:", re.IGNORECASE)


# Characters that show nothing, in an address made to look like another ("\u200bjavascript:"):
# a message names them, as it does a tab ("&Tab;" is one: said, not printed)
_UNSEEN = re.compile(r"[\t\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u2064"
                     r"\u3164\ufe00-\ufe0f\ufeff\uffa0]")


def _shown(written: str) -> str:
    """A link's address as a message quotes it: decoded, on one line, nothing in it unseen."""
    return strip_control(_UNSEEN.sub(lambda m: "\\t" if m[0] == "\t" else f"\\u{ord(m[0]):04x}", unquote(written)))


def _dropped(written: str) -> tuple[str, str]:
    """The warning for a link whose address is dropped: (message, hint)."""
    shown = _shown(written)
    shown = shown if len(shown) <= 80 else shown[:79] + "…"
    if is_safe_url(written):  # a link, not an image, to an image written out as data:
        return (f'links to "{shown}", an image written out in the address, which a link cannot open: readers see '
                "its text with no link", "show the image with ![description](…) instead of linking to it")
    if hostless(written):
        what = "a port no address can have (1 to 65535)" if bad_port(written.strip()) else "no host a browser can go to"
        return (f'links to "{shown}", an address with {what}, which is dropped: readers see the Markdown as written',
                "check the address: a host has no spaces, and an IPv6 one is written in brackets "
                "(https://[2001:db8::1]/)")
    if why := deceptive(written):
        return (f'links to "{shown}", an address with {why}, which is dropped: readers see the Markdown as written',
                'write the address as https://host/path')
    if written.startswith("//"):
        return (f'links to "{shown}", an address with no scheme, which is dropped: readers see the Markdown as '
                "written", f'write "https:{shown}" if the host serves it so')
    scheme = written.partition(":")[0].strip().lower()
    what = "a data: address that is no PNG, GIF, JPEG or WebP image" if scheme == "data" else \
        f'an address with the scheme "{strip_control(scheme)}:"'
    return (f'links to "{shown}", {what}, which is dropped: readers see the Markdown as written',
            "only http:, https: and mailto: addresses are kept (and images inline as data:image/…)")


def _page_folder(path: str) -> str:
    """content/reports/x.md → reports/x/: where the file's own page is."""
    folder, name = path.split("/")[1:]
    return f"{folder}/{posixpath.splitext(name)[0]}/"


# A page of the site, as a link from a page of it may name it ("../../sources/index.html"):
# such links are left as written, and work from the file's own page.
_SITE_PAGE = re.compile(r"(?:(?:briefs|reports|topics|provinces|sources)(?:/[^/]+)*/)?index\.html|feed\.xml|sitemap\.xml")


def _site_path(written: str, page_folder: str) -> str:
    """The file of the site a relative link names from the file's own page (briefs/b1/index.html
    for "../b1/"); "" for one outside the site."""
    path = unquote(written.partition("#")[0].partition("?")[0])
    out = posixpath.normpath(posixpath.join(page_folder, path))
    if out == ".." or out.startswith("../"):
        return ""
    if path.endswith("/") or path in ("", ".", "..") or path.endswith("/.."):
        out = f"{out}/index.html" if out != "." else "index.html"
    return out


def _site_file(written: str, page_folder: str, site: Site, ids: PageIds | None = None) -> bool:
    """Whether a relative link that names no content file names, from the file's own page,
    a page or a published file of the site."""
    out = _site_path(written, page_folder)
    if not out:
        return False
    if out.startswith("media/"):
        return out[len("media/"):] in site.media
    if out.startswith("assets/"):
        return True
    if _SITE_PAGE.fullmatch(out) is None:
        return False
    parts = out.split("/")
    if parts[0] == "reports":  # reports/<id>/index.html of a report there is (no reports/index.html)
        return len(parts) == 3 and parts[1] in _ids(site, "reports", ids)
    if parts[0] == "briefs":  # briefs/index.html, briefs/page/2/index.html, briefs/<id>/index.html
        return len(parts) == 2 or parts[1] == "page" or (len(parts) == 3 and parts[1] in _ids(site, "briefs", ids))
    # topics/<id>/… of a topic in topics.yaml, provinces/<slug>/… of a province of the
    # gazetteer; what is below them (page/3/, briefs/) is taken on trust
    if parts[0] == "topics":
        return len(parts) == 2 or parts[1] in site.topics
    if parts[0] == "provinces":
        return len(parts) == 2 or any(p.slug == parts[1] for p in site.provinces.values())
    return True


def _problems(links: Iterable[tuple[int, int, str, str]], site: Site, ids: PageIds | None,
              claims: Mapping[str, Collection[str]], page_folder: str,
              source_url: str = "") -> Iterator[tuple[int, int, str, tuple[str, str]]]:
    """(line, column, target as written, (message, hint)) of each link that leads nowhere;
    `source_url`, the report's original, against which a path from a host's root is read."""
    for line, col, target, written in links:
        if target == _ROOT_PATH:
            shown = _shown(written)
            hint = ("it leads outside the site on the host that serves it, and nowhere in an e-mail: write the full "
                    "address (https://…), or a link relative to this file")
            if source_url.startswith(("http:", "https:")):  # pasted with the article: the source's own path
                hint = f'did you mean "{urljoin(source_url, written)}"? {hint[0].upper()}{hint[1:]}'
            yield line, col, written, (f'links to "{shown}", a path from the root of a host', hint)
        elif target.startswith("media/"):
            name = unquote(target[len("media/"):].partition("#")[0].partition("?")[0])
            if name in site.refused_media:
                yield line, col, written, (f'links to "media/{name}", which is not published',
                                  "readers get no file there (an image shows its alt text); "
                                  f"see the warning on {MEDIA}/{name}")
            elif name not in site.media:
                yield line, col, written, (f'links to "media/{name}", which does not exist',
                                  did_you_mean(name, sorted(site.media))
                                  or f"there is no {MEDIA}/{name}: readers get no file there")
        elif (page := _PAGE.fullmatch(target)) and unquote(page[2]) not in (known := _ids(site, page[1], ids)):
            folder, wanted = page[1], unquote(page[2])
            missing = f"content/{folder}/{wanted}.{'md' if folder == 'reports' else 'yaml'}"
            yield line, col, written, (f'links to {folder[:-1]} "{wanted}", which does not exist',
                              did_you_mean(wanted, sorted(known))
                              or f"there is no {missing}: the link leads to no page")
        elif page and (problem := _claim_anchor_problem(claims, target, written)):
            yield line, col, written, problem
        elif not target and _site_file(written, page_folder, site, ids):
            # a brief's page named as the site has it: "../../briefs/b1/index.html#c1"
            named = f"{_site_path(written, page_folder)}#{written.partition('#')[2]}"
            if problem := _claim_anchor_problem(claims, named, written):
                yield line, col, written, problem
        elif not target:
            name = posixpath.basename(unquote(written.partition("#")[0]))
            media = f"../media/{name}" if name in site.media else ""
            shown = _shown(written)
            yield line, col, written, (f'links to "{shown}", which is not a file of the site',
                              f'did you mean "{media}"? A link is relative to the file it is written in'
                              if media else "a relative link leads to another report's or brief's file "
                              "(other.md) or to a file in content/media/ (../media/name.png)")


# The built-in theme's own anchors on a brief's page, which a claim's id may be too
_BRIEF_ANCHORS = frozenset({"main", "sources-heading", "map-caption"})


def _claim_anchor_problem(claims_of: Mapping[str, Collection[str]], target: str,
                          written: str) -> tuple[str, str] | None:
    """A link to a claim of a brief (`target`, its page from the site's root) by an anchor that
    is not the claim's: "b1.yaml#c1", where the claim's is "claim-c1" (views.claim_anchor), or
    "#claim-c9" with no claim c9; the browser would open the brief at its top, and the reader
    would have to search for it. None for a link to any other page."""
    page = _PAGE.fullmatch(target)
    if page is None or page[1] != "briefs":
        return None
    brief_id, fragment = unquote(page[2]), unquote(target.partition("#")[2])
    if not fragment or fragment in _BRIEF_ANCHORS:
        return None
    claims = sorted(claims_of.get(brief_id, ()))
    if fragment in claims:
        fixed = f"{written.partition('#')[0]}#claim-{fragment}"
        return (f'links to claim "{fragment}" of brief "{brief_id}" as "#{fragment}", which is not the claim\'s anchor',
                f'write "{fixed}": a claim\'s anchor is its id after "claim-"')
    wanted = fragment.removeprefix("claim-")
    if wanted != fragment and wanted not in claims and wanted:
        return (f'links to claim "{wanted}" of brief "{brief_id}", which does not exist',
                did_you_mean(wanted, claims) or f'brief "{brief_id}" has no claim "{wanted}": '
                                                 "the link opens the brief at its top")
    return None


def _ids(site: Site, folder: str, ids: PageIds | None) -> Collection[str]:
    if ids is not None:
        return ids[0] if folder == "reports" else ids[1]
    return site.reports.keys() if folder == "reports" else site.briefs.keys()


class _AllMedia:
    """Every name: markup.py then makes each link into content/media/ a site link, so the
    links found do not depend on which files are published (the memo outlives that)."""

    def __contains__(self, name: object) -> bool:
        return True


def _links(md: MarkdownIt, text: str, source_dir: str, inline: bool,
           home: str = "") -> Iterator[tuple[int, int, str, str]]:
    """(line from 0, column from 1 or 0, target from the site's root, target as written) of
    each relative link or image in `text`: the target is a page or a file in media/ where
    markup.py makes it a site link, "" where it leads nowhere. `home`: the page whose
    anchors its "#…" links mean (a brief's: they are checked as links to it)."""
    return links_in(parse_markdown(md, text, inline), text, source_dir, home)


def report_links(tokens: list[Token], report: Report) -> tuple | None:
    """The links of a report parsed elsewhere (resolve parses a report whose quotes it
    locates), as ReportLinks keeps them; None when its text cannot hold one."""
    return tuple(links_in(tokens, report.body, "content/reports")) if report.may_link else None


def links_in(tokens: list[Token], text: str, source_dir: str, home: str = "") -> Iterator[tuple[int, int, str, str]]:
    """_links of `text` parsed as `tokens`, which are left as they are."""
    context = LinkContext(source_dir, _MARK, _AllMedia(), home=home)  # as rendering would: no need to render
    relative = []
    for token, lines, attr in _targets(tokens):
        target = str(token.attrGet(attr) or "")
        now = site_target(token, context) or target
        if _FROM_HOST_ROOT.match(target):
            now = _ROOT_PATH  # "/news/2023/x.html": a path on whichever host serves the page
        elif not now.startswith(_MARK) and not is_relative(target):
            continue  # not relative (or dropped as unsafe): not a file of the site
        relative.append((now, lines, target))
    for (line, col, target), (now, _, _) in zip(_positions(relative, text), relative):
        yield line, col, now[len(_MARK):] if now.startswith(_MARK) else _ROOT_PATH if now == _ROOT_PATH else "", target


def _positions(written: list[tuple[object, tuple[int, int], str]], text: str) -> Iterator[tuple[int, int, str]]:
    """(line from 0, column from 1, or 0 where it is not found) of each target of `written`
    ((token, lines of its block, target)) in `text`, and the target."""
    starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    searched: dict[tuple[int, int], int] = {}  # block → where the last target found in it ends
    for _, (first, last), target in written:
        end = starts[last] if last < len(starts) else len(text)
        at = _written_at(text, target, searched.get((first, last), starts[min(first, len(starts) - 1)]), end)
        if at < 0:
            yield first, 0, target
            continue
        if starts[min(first, len(starts) - 1)] <= at < end:  # not a reference definition elsewhere
            searched[(first, last)] = at + 1
        line = bisect_right(starts, at) - 1
        yield line, at - starts[line] + 1, target


def _written_at(text: str, target: str, start: int, end: int) -> int:
    """Where `target` (as markdown-it normalised it: percent-encoded) is written as a link's
    destination in text[start:end], else in a reference definition anywhere; -1 if nowhere.
    Searched as the whole block, not line by line: a code span, an image's alt text or a
    link's title may cross a line break that no softbreak token stands for."""
    texts = _plain_texts(target)
    # the first place any form is written: the same address may be written plainly further on
    # ("[d](&#106;avascript:x) … [g](javascript:x)")
    inline = [at for form in texts if (at := _after_paren(text, form, start, end)) >= 0]
    first = min(inline, default=end)
    # With Markdown's escapes and HTML entities ("a\\&b.md", "a&amp;b.md", "a&#38;b.md" for a&b.md):
    # a pattern of ~1,000 characters compiled anew for each link (1.4 ms), so only where one of
    # them is written before the first plain form (or, with none, anywhere a definition may be).
    escaped_first = _ESCAPES.search(text, start, first) is not None
    spelled = _written_as(unquote(target)) if escaped_first or not inline and _ESCAPES.search(text) else None
    if escaped_first and (found := re.compile(r"\(\s*<?((?:" + _BLANK_ENTITY + ")*" + spelled + ")")
                          .search(text, start, first)):
        return found.start(1)
    if inline:
        return first
    for form in [*_plain_forms(target), *([spelled] if spelled else [])]:
        if found := re.search(r"^ {0,3}\[[^\]]+\]:[ \t]*\n?[ \t]*<?(" + form + ")", text, re.M):
            return found.start(1)
    return -1


_ESCAPES = lazy(r"[&\\]")  # what an escaped or entity form of a link's address starts with
# … and white space written as an entity before it, which the address drops ("[a](&#32;javascript:x)")
_BLANK_ENTITY = r"&#0*(?:9|10|12|13|32|160);|&#[xX]0*(?i:9|a|c|d|20|a0);|&(?:Tab|NewLine|nbsp|NonBreakingSpace);"


def _target_forms(target: str) -> list[str]:
    """Patterns for a link destination as markdown-it normalised it (percent-encoded), as it
    may be written: so, decoded ("a b.md" in <>), or decoded with Markdown's escapes and HTML
    entities ("a\\&b.md", "a&amp;b.md", "a&#38;b.md" for a&b.md)."""
    return [*_plain_forms(target), _written_as(unquote(target))]


def _plain_texts(target: str) -> list[str]:
    """The destination as it is, and decoded: written without escapes or entities."""
    return [f for f in dict.fromkeys((target, unquote(target))) if f]


def _plain_forms(target: str) -> list[str]:
    """Patterns for _plain_texts."""
    return [re.escape(f) for f in _plain_texts(target)]


def _after_paren(text: str, form: str, start: int, end: int) -> int:
    r"""Where `form` is first written in text[start:end] as a link's destination, after "(",
    white space and an optional "<", or as an autolink's, after "<"; -1 if nowhere. What the
    pattern (?:\(\s*<?|<)(form) finds, found as text where it can be, without compiling a
    pattern for each link: a report of thousands of links to distinct files would miss the
    compiled patterns' cache every time."""
    if form[0].isspace() or form[0] == "<" or _PAREN_SPACE.search(text, start, end):
        # the pattern's "\s*<?" may take the form's own start, or white space stands between
        found = re.compile(r"(?:\(\s*<?|<)(" + re.escape(form) + ")").search(text, start, end)
        return found.start(1) if found else -1
    # "(form", "<form" and so "(<form": the earliest, as the pattern finds the leftmost
    return min((at + 1 for at in (text.find("(" + form, start, end), text.find("<" + form, start, end)) if at >= 0),
               default=-1)


_PAREN_SPACE = re.compile(r"\(\s")


def _written_as(text: str) -> str:
    """A pattern for `text` as Markdown may write it: each character as itself, a backslash
    escape ("old\\_report.md") or an HTML entity ("notes&#95;v2.md", "a&amp;b")."""
    def one(char: str) -> str:
        forms = [re.escape(char), f"&#0*{ord(char)};", f"&#[xX]0*(?i:{ord(char):x});"]
        if char in _PUNCTUATION:
            forms.append(re.escape("\\" + char))
        forms += (re.escape(f"&{name}") for name in _ENTITY_NAMES.get(char, ()))
        return "(?:" + "|".join(forms) + ")"
    return "".join(one(char) for char in text)


# HTML5's names for one character, as CommonMark reads them ("&Tab;", "&NewLine;", "&amp;")
_ENTITY_NAMES: dict[str, list[str]] = {}
for _name, _char in html.entities.html5.items():
    if _name.endswith(";") and len(_char) == 1:
        _ENTITY_NAMES.setdefault(_char, []).append(_name)
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # what CommonMark lets a backslash escape


def _targets(tokens: list[Token]) -> Iterator[tuple[Token, tuple[int, int], str]]:
    """Each image and link token, the lines [first, last) of the block it is in, and its
    target's attribute."""
    for block in tokens:
        lines = tuple(block.map) if block.map else (0, 1 << 30)
        for child in block.children or ():
            if child.type in ("image", "link_open"):
                yield child, lines, "src" if child.type == "image" else "href"
