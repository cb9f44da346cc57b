"""Stage 2: raw records → model objects, checking each file against the content schema.

Each file is checked on its own (types, required fields, allowed values), and ids are
unique within their kind, also ignoring case (they become file names); references between
files are the business of `resolve`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import PurePosixPath
from urllib.parse import quote, urlsplit

from generator.addresses import ADDRESS_HINT, mailboxes
from generator.cache import BuildCache
from generator.diagnostics import (
    CONTROL, FUTURE_HINT, Diagnostic, Pos, error, strip_control, warning, without_controls,
)
from generator.fields import Fields, file_name_problem, visible
from generator.load import LoadedSite, RawReport
from generator.links import may_drop, may_link
from generator.mapconfig import MAP_FIELDS, validate_map
from generator.markup import (MAX_BRACKETS, MAX_LINES, MAX_TABLE_BARS, MAX_TABLE_CELLS, heavy_markup, table_cells,
                              too_long)
from generator.model import (
    CONFIDENCES, GRADES, KINDS, Brief, Claim, Place, Ref, Report, Site, SiteConfig, Source, Topic, compact_text,
    text_digest,
)
from generator.urls import bad_port, has_host
from generator.yamldoc import YamlDoc

SITE_FIELDS = ("title", "base_url", "language", "description", "strict", "map", "email")
EMAIL_FIELDS = ("from",)
TOPIC_FIELDS = ("id", "title", "description")
PLACE_FIELDS = ("id", "name", "hangul", "province", "lat", "lon", "aliases")
REPORT_FIELDS = ("title", "publisher", "url", "published", "author", "retrieved", "kind",
                 "reliability", "language", "topics", "provinces", "places")
BRIEF_FIELDS = ("title", "date", "author", "summary", "topics", "provinces", "places", "claims")
CLAIM_FIELDS = ("id", "text", "confidence", "credibility", "topics", "provinces", "places",
                "contradicts", "sources")
SOURCE_FIELDS = ("report", "quote", "note")


def validate(loaded: LoadedSite, cache: BuildCache | None = None) -> tuple[Site, list[Diagnostic]]:
    diags: list[Diagnostic] = []
    once = _Memo(loaded.digests, cache)
    config = validate_config(loaded.site, diags)
    topics = _unique(_list_of(loaded.topics, "topic", _topic, diags), "topic", diags)
    listed_places = _list_of(loaded.places, "place", _place, diags)
    places = _unique(listed_places, "place", diags)
    validated = [(raw.path, once(raw.path, validate_report, raw, diags)) for raw in loaded.reports]
    reports = _unique([r for _, r in validated if r is not None], "report", diags)
    # A report left out is not "unknown" where it is cited: its own error says why.
    unreadable = set(loaded.unreadable) | {path for path, r in validated if r is None or reports.get(r.id) is not r}
    # While an entry of topics.yaml or places.yaml has errors, references to what it should
    # define are not reported as unknown: fix the entry first. A file that is not a readable
    # list of entries hides every reference to it.
    broken = {d.pos.path for d in diags if d.is_error}
    left_out: dict[str, frozenset[str]] = {}
    for path, doc, good in (("content/topics.yaml", loaded.topics, topics),
                            ("content/places.yaml", loaded.places, places)):
        if path in broken:
            names = _left_out_names(doc, good)
            if names is None:
                unreadable.add(path)
            else:
                left_out[path] = names
    briefs = _unique([b for doc in loaded.briefs if (b := once(doc.path, validate_brief, doc, diags)) is not None],
                     "brief", diags)
    provinces = {p.code: p for p in loaded.gazetteer}
    return Site(config, topics, places, reports, briefs, provinces, loaded.media, frozenset(unreadable),
                loaded.boundaries, loaded.digests, loaded.refused_media, left_out,
                tuple(p for p in listed_places if places.get(p.id) is not p)), diags


def _left_out_names(doc: YamlDoc | None, good: dict) -> frozenset[str] | None:
    """Every id, name and alias of the entries validation left out; None when the file is
    not a list of entries that each have an id."""
    if doc is None or not isinstance(doc.data, list):
        return None
    names: set[str] = set()
    for item in doc.data:
        if not isinstance(item, dict) or not isinstance(item.get("id"), (str, int)):
            return None
        if str(item["id"]) in good:
            continue
        aliases = item.get("aliases") if isinstance(item.get("aliases"), list) else []
        names |= {str(v) for v in (item["id"], item.get("name"), item.get("hangul"), *aliases)
                  if isinstance(v, (str, int))}
    return frozenset(names)


class _Memo:
    """Validating a report or brief depends on its file alone: unchanged bytes, same result."""

    def __init__(self, digests: dict[str, str], cache: BuildCache | None):
        self.digests, self.cache = digests, cache

    def __call__(self, path: str, check, record, diags: list[Diagnostic]):
        key = (path, self.digests.get(path, ""))
        if self.cache is None or not key[1]:
            return check(record, diags)
        if key not in self.cache.validated:
            mine: list[Diagnostic] = []
            self.cache.validated[key] = (check(record, mine), tuple(mine))
        result, found = self.cache.validated[key]
        diags.extend(found)
        return result


def validate_config(doc: YamlDoc | None, diags: list[Diagnostic]) -> SiteConfig:
    path = doc.path if doc else "content/site.yaml"
    if doc is None:
        return SiteConfig("Briefing", "", "en", "", False, Pos(path))
    f = Fields(doc, (), doc.data, diags, "site.yaml")
    f.check_unknown(SITE_FIELDS, {"map": MAP_FIELDS, "email": EMAIL_FIELDS})
    base_url = f.text("base_url").strip()
    if base_url and _hides_characters(f, "base_url"):
        base_url = ""
    elif base_url:
        base_url, problem = _base_url(base_url)
        if problem:
            f.err("base_url", problem, "e.g. https://example.org/briefing/")
    elif isinstance(doc.data, dict):  # (a file that is no mapping has its own error)
        diags.append(warning(f.pos(), "base_url is not set: feed.xml and sitemap.xml are not written, "
                             "e-mail briefs cannot link to the published site, and 404.html "
                             "links home to / (a site served under a path needs base_url)",
                             "add base_url: https://… (the address the site is published at)"))
    email_from, email_from_pos = _email_from(f, diags)
    return SiteConfig(
        title=f.text("title", required=True, default="Briefing"),
        base_url=base_url,
        language=f.language(default="en"),
        description=f.text("description"),
        strict=f.flag("strict"),
        pos=doc.pos(),
        map=validate_map(f, diags),
        email_from=email_from,
        email_from_pos=email_from_pos,
    )


def _base_url(value: str) -> tuple[str, str]:
    """The site's address as every absolute link starts (ending in "/", its path and host in
    ASCII as sitemaps and feeds need them), or "" and why it cannot be one."""
    wrong = f'"base_url" must be an absolute http(s) URL, not "{value}"'
    try:
        parts = urlsplit(value)
        host = parts.hostname.encode("idna").decode("ascii") if parts.hostname else ""
        port = parts.port
    except (ValueError, UnicodeError):  # a port out of range, a host IDNA cannot spell
        return "", wrong
    # (not "https://a<b>.example/", nor "https://x.example\\evil.example/", which a browser
    # reads as the host x.example: as for a report's url, a host a browser goes to as written)
    if parts.scheme not in ("http", "https") or not host or parts.username is not None \
            or "\\" in value or not has_host(value):
        return "", wrong
    if parts.query or parts.fragment or "?" in value or "#" in value or any(c.isspace() for c in value):
        # Page paths are appended to it: "…?lang=en" + "briefs/b1/" would lead every link home.
        return "", f'"base_url" must be the address of the site\'s folder, without spaces, "?" or "#": "{value}"'
    if re.search(r"%(?![0-9A-Fa-f]{2})", value):
        # every link would carry it, and no server or feed reader reads "%zz" alike
        return "", f'"base_url" has a "%" that starts no escape (an escape is "%" and two hex digits): "{value}"'
    if any(folder in (".", "..") for folder in parts.path.split("/")):
        # "https://example.org/a/../b/": browsers and feed readers resolve it, sitemaps do not
        return "", f'"base_url" must be a path without "." or ".." folders: "{value}"'
    if "//" in parts.path:
        # "https://example.org//nk-economy/": a link to its root, "//nk-economy/", would name a host
        return "", f'"base_url" must be a path without an empty folder ("//"): "{value}"'
    netloc = (f"[{host}]" if ":" in host else host) + (f":{port}" if port else "")  # [::1]: IPv6
    path = quote(parts.path if parts.path.endswith("/") else parts.path + "/", safe="/%:@!$&'()*+,;=~")
    return f"{parts.scheme}://{netloc}{path}", ""


def _email_from(site: Fields, diags: list[Diagnostic]) -> tuple[str, Pos]:
    """`email: {from: "Desk <desk@example.org>"}` and where it is written; `briefing email`
    checks the address, but a line break, which could start a header of its own, is refused
    here already, where `check` sees it."""
    if site.data.get("email") is None:
        return "", site.pos()
    f = Fields(site.doc, ("email",), site.data["email"], diags, "email settings")
    f.check_unknown(EMAIL_FIELDS)
    sender = f.text("from").strip()
    if strip_control(sender) != sender:
        f.err("from", '"from" must be one line of text, without control characters', ADDRESS_HINT)
        sender = ""
    elif sender and len(mailboxes(sender)) != 1:
        f.err("from", f'"from" is not one e-mail address: "{sender}"', ADDRESS_HINT)
        sender = ""
    return sender, f.pos("from")


def _list_of(doc: YamlDoc | None, what: str, make, diags: list[Diagnostic]) -> list:
    if doc is None or doc.data is None:
        return []
    if not isinstance(doc.data, list):
        diags.append(error(doc.pos(), f"{doc.path} must be a list of {what}s",
                           f"start each {what} with '- id: …'"))
        return []
    made = (make(Fields(doc, (i,), item, diags, what), diags) for i, item in enumerate(doc.data))
    return [item for item in made if item is not None]


def _unique(items: list, what: str, diags: list[Diagnostic]) -> dict:
    """Items by id, the first of each; a later one with the same id, or with one that
    differs only in case, is an error. Ids become file names, and on macOS and Windows
    file names ignore case: topics/Steel/ and topics/steel/ would be one folder, one page
    overwriting the other (and a name that ignores case would be ambiguous between them)."""
    result, folded = {}, {}
    for item in items:
        first = folded.setdefault(item.id.lower(), item)
        if first is item:
            result[item.id] = item
        elif first.id == item.id:
            diags.append(error(item.pos, f'duplicate {what} id "{item.id}"', f"the first is at {first.pos}"))
        else:
            diags.append(error(item.pos, f'{what} id "{item.id}" differs only in case from "{first.id}"',
                               f'"{first.id}" is at {first.pos}; ids must differ in more than case, as file '
                               "names on macOS and Windows do: rename one of them"))
    return result


def _topic(f: Fields, diags: list[Diagnostic]) -> Topic | None:
    f.check_unknown(TOPIC_FIELDS)
    topic = Topic(f.ident("id"), f.text("title", required=True), f.text("description"), f.pos())
    return topic if topic.id and f.ok else None


def _place(f: Fields, diags: list[Diagnostic]) -> Place | None:
    f.check_unknown(PLACE_FIELDS)
    province = f.text("province", required=True)
    place = Place(
        id=f.ident("id"),
        name=f.text("name", required=True),
        hangul=f.text("hangul"),
        province=Ref.at(province, f.pos("province")),
        lat=f.number("lat", -90, 90),
        lon=f.number("lon", -180, 180),
        aliases=tuple(r.value for r in f.refs("aliases") or ()),
        pos=f.pos(),
    )
    return place if place.id and province and f.ok else None


def _stem_id(path: str, what: str, diags: list[Diagnostic]) -> str | None:
    if problem := file_name_problem(path, what):
        diags.append(problem)
        return None
    return PurePosixPath(path).stem


def _heavy_markup_warning(pos: Pos, what: str, text: str) -> Diagnostic:
    if too_long(text):
        return warning(pos, f"{what} has {text.count(chr(10)):,} lines (at most {MAX_LINES:,}): it is shown as "
                            "preformatted text", "laying out that many blocks would take gigabytes or minutes; "
                       "split the text into several reports, or put it in content/media/ and link to it")
    counts = [f'{n:,} "{mark}" (at most {most:,})' for mark, most in (("|", MAX_TABLE_BARS), ("[", MAX_BRACKETS))
              if (n := text.count(mark)) > most]
    if not counts:
        counts = [f"tables of up to {table_cells(text):,} cells, each row as wide as its header (at most "
                  f"{MAX_TABLE_CELLS:,})"]
    return warning(pos, f"{what} holds {' and '.join(counts)}: its tables, links and images are shown as plain text",
                   "laying out that much markup would take gigabytes or minutes; put a large table in "
                   "content/media/ as a CSV file and link to it")


def _markdown(f: Fields, key: str, required: bool = False) -> str:
    """A field of Markdown (a summary, a claim, a note): its text, and a warning when it holds
    more markup than is laid out (markup.heavy_markup), as for a report's body."""
    text = f.text(key, required)
    if heavy_markup(text) or too_long(text):
        f.diags.append(_heavy_markup_warning(f.pos(key), f'"{key}"', text))
    return text


def validate_report(raw: RawReport, diags: list[Diagnostic]) -> Report | None:
    report_id = _stem_id(raw.path, "report", diags)
    f = Fields(raw.front, (), raw.front.data, diags, "report front matter")
    f.check_unknown(REPORT_FIELDS)
    body = without_controls(raw.body)  # as text fields are (fields.Fields.text): an RLO would reverse the rest
    if not raw.body.strip():
        diags.append(warning(Pos(raw.path, raw.body_line - 1), "report has no text",
                             "paste the archived text below the front matter; claims quote it"))
    elif heavy_markup(raw.body) or too_long(raw.body):
        diags.append(_heavy_markup_warning(Pos(raw.path, raw.body_line), "report", raw.body))
    report = Report(
        id=report_id or "",
        path=raw.path,
        title=f.text("title", required=True),
        publisher=f.text("publisher", required=True),
        url=_url(f),
        published=f.date("published", required=True) or dt.date.min,
        author=f.text("author"),
        retrieved=f.date("retrieved"),
        kind=f.choice("kind", KINDS, "other"),
        reliability=f.choice("reliability", tuple(GRADES), "F"),
        language=f.language(),  # "" for the site's
        topics=f.refs("topics") or (),
        provinces=f.refs("provinces") or (),
        places=f.refs("places") or (),
        body_stored=compact_text(body),
        body_digest=text_digest(body),
        body_line=raw.body_line,
        pos=Pos(raw.path, 1, 1),
        published_pos=f.pos("published"),
        retrieved_pos=f.pos("retrieved"),
        may_link=may_link(body),
        may_drop=may_drop(body),
    )
    if report.retrieved is not None and report.retrieved < report.published:
        diags.append(warning(f.pos("retrieved"), f'"retrieved" {report.retrieved} is before "published" '
                             f"{report.published}", "a report is retrieved on or after the day it is published: "
                             "check both dates"))
    return report if report_id and f.ok else None


def _hides_characters(f: Fields, key: str) -> bool:
    """Whether an address holds characters text fields drop unseen (U+202E and the like),
    said as an error: dropped, they would silently make another address
    ("https://evil\u202e.example/" would become "https://evil.example/")."""
    raw = f.data.get(key)
    if not isinstance(raw, str) or not CONTROL.search(raw):
        return False
    shown = ", ".join(sorted({f"U+{ord(c):04X}" for c in CONTROL.findall(raw)}))
    f.err(key, f'"{key}" holds invisible characters ({shown})', "type the address again, or paste it as plain text")
    return True


def _url(f: Fields) -> str:
    url = f.text("url").strip()
    if url and _hides_characters(f, "url"):
        return ""
    if url and not url.lower().startswith(("https://", "http://")):
        f.err("url", f'"url" must be an http(s) address, not "{url}"')
        return ""
    if url and not has_host(url):
        if bad_port(url):
            f.err("url", f'"url" has a port no address can have (1 to 65535): "{url}"')
        else:
            f.err("url", f'"url" must be an http(s) address with a host, not "{url}"')
        return ""
    # A space, quote or non-ASCII letter is not allowed in an href: pages would carry an
    # invalid address (and a text fragment appended to it). Encode what is not a URL's own.
    # A backslash is a slash to a browser (WHATWG URL): encoded, it would move the host
    # ("https://a.example\\@b.example/" leads to b.example) or make no address at all.
    encoded = quote(url.replace("\\", "/"), safe="!#$%&'()*+,/:;=?@[]~")
    if encoded != url and any(c.isspace() or c in '"<>\\^`{|}' for c in url):
        f.diags.append(warning(f.pos("url"), f'"url" has characters an address may not hold; using "{encoded}"'))
    parts = urlsplit(encoded)
    if "@" in parts.netloc:
        # A user name or password is no part of a published source's address, and one that looks
        # like a host hides the real one: "https://trusted.org@evil.org/" goes to evil.org.
        bare = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
        f.diags.append(warning(f.pos("url"), f'"url" holds a user name or password before its host; using "{bare}"'))
        return bare
    return encoded


def validate_brief(doc: YamlDoc, diags: list[Diagnostic]) -> Brief | None:
    brief_id = _stem_id(doc.path, "brief", diags)
    f = Fields(doc, (), doc.data, diags, "brief")
    if not f.ok:
        return None
    f.check_unknown(BRIEF_FIELDS)
    topics, provinces, places = f.refs("topics") or (), f.refs("provinces") or (), f.refs("places") or ()
    claims: dict[str, Claim] = {}
    folded: dict[str, Claim] = {}
    # (a claim with the id of another is an error, and kept all the same, as one with no id is:
    # its sources and references are checked too, so that one build reports every problem)
    doubles: list[Claim] = []
    for path, item in f.items("claims", required=True):
        claim = _claim(Fields(doc, path, item, diags, "claim"), (topics, provinces, places), diags)
        if claim is None:
            continue
        first = folded.setdefault(claim.id.lower(), claim)
        if first is not claim:
            # A claim id names a folder too (briefs/<id>/disputes/<claim id>/): as for other ids,
            # one differing only in case would share it on macOS and Windows.
            diags.append(error(claim.pos, f'duplicate claim id "{claim.id}" in this brief' if first.id == claim.id
                               else f'claim id "{claim.id}" differs only in case from "{first.id}" in this brief',
                               f"the first is at line {first.pos.line}"))
            doubles.append(claim)
            continue
        claims[claim.id] = claim
    if isinstance(f.data.get("claims"), list) and not f.data["claims"]:  # (`claims: ~` is missing: an error)
        diags.append(warning(f.pos("claims"), "brief has no claims"))
    brief = Brief(
        id=brief_id or "",
        path=doc.path,
        title=f.text("title", required=True),
        date=f.date("date", required=True) or dt.date.min,
        author=f.text("author"),
        summary=_markdown(f, "summary"),
        topics=topics,
        provinces=provinces,
        places=places,
        claims=(*claims.values(), *doubles),
        pos=doc.pos(),
        summary_pos=f.pos("summary"),
        date_pos=f.pos("date"),
        title_pos=f.pos("title"),
    )
    return brief if brief_id else None


_SOURCE_EXAMPLE = '"- report: <report id>" with "quote: <the exact words>" under it'


def _claim(f: Fields, defaults: tuple[tuple[Ref, ...], ...], diags: list[Diagnostic]) -> Claim | None:
    if not f.ok:
        return None
    f.check_unknown(CLAIM_FIELDS)
    sources = []
    for path, item in f.items("sources", required=True, example=_SOURCE_EXAMPLE):
        source = _source(Fields(f.doc, path, item, diags, "source", _SOURCE_EXAMPLE))
        if source is not None:
            sources.append(source)
    if "sources" in f.data and not f.data["sources"] and f.data["sources"] is not None:  # (None: a missing field)
        f.err("sources", "claim has no sources: every claim must cite at least one report",
              'list them under sources: as "- report: <report id>" with "quote: <the exact words>"')
    topics, provinces, places = (f.refs(key) for key in ("topics", "provinces", "places"))
    claim = Claim(
        id=f.ident("id"),
        text=_markdown(f, "text", required=True),
        confidence=f.choice("confidence", CONFIDENCES),
        credibility=f.integer("credibility", 1, 6),
        topics=defaults[0] if topics is None else topics,
        provinces=defaults[1] if provinces is None else provinces,
        places=defaults[2] if places is None else places,
        contradicts=f.refs("contradicts") or (),
        sources=tuple(sources),
        pos=f.pos(),
    )
    if not claim.id and isinstance(raw := f.data.get("id"), str) and raw.strip():
        # An id that is no valid id is an error already: its sources are checked all the same,
        # so that one build reports every problem of the claim (the build writes nothing).
        return replace(claim, id=raw.strip())
    # … and so are those of a claim with no id, or an empty one or a list (an error already),
    # named in messages by its line: 'claim "(no id, line 4)" cites unknown report …'
    return claim if claim.id else replace(claim, id=f"(no id, line {claim.pos.line})")


def _source(f: Fields) -> Source | None:
    if not f.ok:
        return None
    f.check_unknown(SOURCE_FIELDS)
    shown = f.text("report", required=True)  # (said if missing, empty or not text)
    # … but read as written: "r-1\u202e" names no report, and the error says what is unseen in it
    report = (f.written_text("report") or "").strip() if visible(shown) else ""
    quote = f.text("quote", required=True)
    if not report or not visible(quote):
        return None  # (an error already: not also "not found")
    if not _says_something(quote):
        f.diags.append(warning(f.pos("quote"), f'quote "{quote.strip()}" is too short to be evidence: a word or two '
                                               "any report has", "quote the words that say what the claim says"))
    return Source(Ref.at(report, f.pos("report")), quote, _markdown(f, "note"), f.pos("quote"))


# A quote of fewer letters than this and no digit ("the", "a", "no"; or one Chinese, Japanese
# or Korean character) is in any report: it vouches for nothing.
_LEAST_LETTERS = 4
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _says_something(quote: str) -> bool:
    letters = [c for c in quote if c.isalnum()]
    return any(c.isdigit() for c in letters) or len(letters) >= _LEAST_LETTERS or (
        len(letters) >= 2 and all(_CJK.match(c) for c in letters))


def future_dates(site: Site, today: dt.date) -> list[Diagnostic]:
    """Reports published or retrieved and briefs dated after tomorrow (a day's leeway for time zones):
    a slip like 2062 for 2026 puts a brief at the top of every list and of the feed. Not
    part of a file's cached validation, which would keep the warning past the day."""
    late = [(r.published_pos or r.pos, "published", r.published) for r in site.reports.values()]
    late += [(r.retrieved_pos or r.pos, "retrieved", r.retrieved) for r in site.reports.values() if r.retrieved]
    late += [(b.date_pos or b.pos, "date", b.date) for b in site.briefs.values()]
    return [warning(pos, f'"{key}" {when} is in the future',
                    f"{FUTURE_HINT}{today}: check the {'year' if when.year != today.year else 'month and day'}")
            for pos, key, when in late if when > today + dt.timedelta(days=1)]
