"""What every page depends on, as a fingerprint computed without rendering the page.

A page is re-rendered only when its fingerprint changes. Each fingerprint hashes the digests
of exactly the inputs the page shows — the brief files behind its claims, the listing
fields and located passages of the reports it cites, the briefs that dispute its claims,
the templates it loads (followed through extends/include/import), and the site-wide
settings every page uses — so an edit to one report re-renders that report's page, and the
briefs, topics and lists that show something of it only when what they show changed.
Nothing is guessed from file names; a missed input would make an incremental build differ
from a full one, which tests/test_incremental.py checks edit by edit. A page rendered with
a template of the site's own is handed the same objects but may show more of them (every
field of a brief, the footnotes of claims citing a report): its fingerprint covers that.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import pickle
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from generator.index import SiteIndex
from generator.model import ResolvedSite
from generator.themepath import builtin_theme_dir, tree


def digest(*parts: object) -> str:
    """A fingerprint of the values of `parts`: pickled straight into the hash, without
    pickle's memo (`fast`), so that equal values make equal bytes whether or not they are
    the same objects (a claim's text read from the cache, or parsed again). Faster than
    hashing their repr: a claim's edit at 10,000 reports, which fingerprints every page,
    spent 1.14 s on digests that way, 0.88 s this way."""
    hasher = getattr(_hashers, "one", None)
    if hasher is None:
        hasher = _hashers.one = _PickleHasher()
    hasher.hash = hashlib.blake2b(digest_size=16)
    try:
        hasher.pickler.dump(parts)
    except Exception:  # noqa: BLE001 — what pickle cannot write (no model of the site): its repr
        _hashers.one = None  # (a pickler stopped half-way is not used again)
        return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return hasher.hash.hexdigest()


class _PickleHasher:
    """A pickler whose file hashes what it is given (one per thread: serve's build runs in
    its own)."""

    def __init__(self) -> None:
        self.hash = hashlib.blake2b(digest_size=16)
        self.pickler = pickle.Pickler(self, protocol=5)
        self.pickler.fast = True

    def write(self, data: bytes) -> None:
        self.hash.update(data)


_hashers = threading.local()


class TemplateDigests:
    """A template's digest covers its own source and every template it loads."""

    def __init__(self, env: jinja2.Environment, references: dict[str, list] | None = None):
        self.env = env
        self.done: dict[str, str] = {}
        self.site_owned: dict[str, bool] = {}
        # source digest → the templates it names: parsing every template on every rebuild
        # would cost more than the rebuild itself
        self.references = references if references is not None else {}

    def __call__(self, name: str) -> str:
        if name not in self.done:
            self.done[name] = digest(*sorted(self._closure(name, set())))
        return self.done[name]

    def loaded(self, name: str) -> set[str]:
        """The templates a page rendered with `name` loads, itself included."""
        # as the loader reads a name: "./partials/x.html" and "partials//x.html" load partials/x.html
        return {"/".join(p for p in loaded.split("/") if p not in ("", ".")) for loaded, _ in self._closure(name, set())}

    def owned(self, name: str) -> bool:
        """Whether the template, or one it loads, is the site's own and not the built-in
        theme's: such a template may show more of what its pages are handed (every field of
        a brief, the footnotes of the claims citing a report) than the theme does."""
        if name not in self.site_owned:
            theme = os.path.join(os.path.realpath(builtin_theme_dir()), "")
            self.site_owned[name] = any(not os.path.realpath(value.partition("\0")[0]).startswith(theme)
                                        for _, value in self._closure(name, set()) if "\0" in value)
        return self.site_owned[name]

    def _closure(self, name: str, seen: set[str]) -> set[tuple[str, str]]:
        if name in seen:
            return set()
        seen.add(name)
        try:
            source, filename, _ = self.env.loader.get_source(self.env, name)
        except jinja2.TemplateNotFound:
            return {(name, "missing")}  # a template looked for and not found is an input too
        except jinja2.TemplateSyntaxError:  # not UTF-8 (see theme.py): its pages report it
            return {(name, "unreadable")}
        found = {(name, f"{filename}\0{source}")}
        key = digest(source)
        if key not in self.references:
            try:
                self.references[key] = referenced_templates(self.env.parse(source))
            except (jinja2.TemplateSyntaxError, RecursionError):  # its pages report it ({{ ((((…)))) }} 80 deep)
                self.references[key] = []
        referenced = self.references[key]
        # A name computed as the page renders ("partials/kind-" ~ report.kind ~ ".html"): depend
        # on every template there is that it could be, by the words it starts and ends with.
        if any(isinstance(other, tuple) for other in referenced):
            for other in sorted(self.env.list_templates()):
                if any(isinstance(r, tuple) and _could_be(other, *r) for r in referenced):
                    found |= self._closure(other, seen)
        for other in referenced:
            if isinstance(other, str):
                found |= self._closure(other, seen)
        return found


def referenced_templates(ast: jinja2.nodes.Template) -> list[str | tuple[str, str]]:
    """The templates `ast` extends, includes or imports: a name, or for a name computed as it
    renders, the (start, end) every name it can be has."""
    found: list[str | tuple[str, str]] = []
    for node in ast.find_all((nodes.Extends, nodes.FromImport, nodes.Import, nodes.Include)):
        found.extend(_names(node.template))
    return found


def _names(expr: nodes.Expr) -> list[str | tuple[str, str]]:
    if isinstance(expr, nodes.Const) and isinstance(expr.value, str):
        return [expr.value]
    if isinstance(expr, (nodes.Tuple, nodes.List)):  # the first of them found
        return [name for item in expr.items for name in _names(item)]
    if isinstance(expr, nodes.CondExpr):
        return _names(expr.expr1) + (_names(expr.expr2) if expr.expr2 is not None else [])
    parts = _joined(expr)
    start = "".join(p.value for p in itertools.takewhile(_text, parts)) if parts else ""
    end = "".join(p.value for p in reversed(list(itertools.takewhile(_text, reversed(parts))))) if parts else ""
    # the loader reads "./a" and "a//b" as "a" and "a/b": such a start or end says too little
    if any(bad in f"/{start}" or bad in f"{end}/" for bad in ("/./", "//", "/../")):
        start, end = "", ""
    return [(start, end)]


def _joined(expr: nodes.Expr) -> list[nodes.Expr]:
    """The pieces of a name joined with "~" (or "+" of a text), in order; [] if it is not one."""
    if isinstance(expr, nodes.Concat):
        return [piece for node in expr.nodes for piece in (_joined(node) or [node])]
    if isinstance(expr, nodes.Add) and (_text(expr.left) or _text(expr.right)):
        return [*(_joined(expr.left) or [expr.left]), *(_joined(expr.right) or [expr.right])]
    return []


def _text(expr: nodes.Expr) -> bool:
    return isinstance(expr, nodes.Const) and isinstance(expr.value, str)


def _could_be(name: str, start: str, end: str) -> bool:
    return len(name) >= len(start) + len(end) and name.startswith(start) and name.endswith(end)


# Files whose entries the built-in theme's pages show one by one (see Fingerprints).
_PER_ENTRY = frozenset({"content/topics.yaml", "content/places.yaml"})

# A template showing a report's text: report.body, report["body"], attribute "body" …, or an
# attribute named at run time (report|attr(name)), or an object printed whole, as text
# (report|string, |pprint). A bare {{ report }} is not told from {{ title }}: the README
# says what such a template needs.
_SHOWS_BODY = re.compile(r"""\.body\w*|["']body\w*["']|\battr\s*\(|\|\s*(?:string|pprint)\b""")
# Or every field walked (report.__slots__, obj.__dict__), the body among them. A field looked
# up by a key made at run time (report[name]) is not told from a list's item
# (pager.paths[n - 1]): the README says what such a template needs. Looked for inside tags
# alone: a stylesheet's ".body-text" or attr() shows nothing.
_ALL_FIELDS = re.compile(r"__\w+__")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_ASSET_TEMPLATE_LIMIT = 1 << 20  # an asset larger than this is not a template anyone includes


def shows_report_text(dirs: tuple[Path, ...]) -> bool:
    """Whether the site's own templates (all theme folders but the built-in, last) may show
    a report's text: the built-in theme shows it on the report's own page alone, so lists and
    footnotes need not change when it does. Reading a few small files costs less than the
    pages a needless "yes" would render again."""
    for folder in dirs[:-1]:
        for path in tree(folder):
            if not path.is_file():
                continue
            # Assets are copied, not rendered, but the loader finds them too: one holding tags
            # may be included ({% include "assets/row.html" %}).
            asset = path.is_relative_to(folder / "assets")
            try:
                if asset and path.stat().st_size > _ASSET_TEMPLATE_LIMIT:
                    continue
                source = path.read_bytes().decode("utf-8", "replace")
            except OSError:
                return True  # unreadable here (rendering will say why): assume the worst
            if any(_SHOWS_BODY.search(tag.group()) or _ALL_FIELDS.search(tag.group()) for tag in _TAG.finditer(source)):
                return True
    return False


def _shown(citation, wide: bool = False) -> tuple:
    """What a footnote shows of a citation — not where the passage sits in the report, which
    only the report's own page uses (so editing text before a quote leaves briefs alone),
    unless the site's own templates, handed the whole Citation, may show that too."""
    passage = citation.passage
    return (citation.report, citation.quote, citation.note, citation.status, citation.score, citation.reads,
            passage.parts if passage else None, passage.anchor if passage else None,
            # the Original link's prefix, suffix and inner terms: the rest of words the passage cuts,
            # or the words before it that tell it apart from its first words found earlier
            (passage.before, passage.after, passage.inner, passage.lead) if passage else None,
            passage.spans if wide and passage else None)


class Fingerprints:
    """Per-page fingerprints for one build of `site`."""

    def __init__(self, site: ResolvedSite, index: SiteIndex, templates: TemplateDigests,
                 claim_memo: dict | None = None, bodies_shown: bool = False, wide: bool = False):
        self.site, self.index, self.templates = site, index, templates
        # For pages rendered with a template of the site's own (TemplateDigests.owned): such
        # a page may show more of a brief beside its claims or in a list (its date, summary,
        # tags, claims) and, on a report page, the footnotes of the claims citing it, so more
        # of them is digested.
        self.wide = wide
        # Whether templates show a report's text beyond its own page (shows_report_text).
        self.bodies_shown = bodies_shown
        # (claim key, footnotes, wide) → (resolved claim, what it depends on in the index,
        # digest): resolved claims of unchanged briefs are the very same objects build after build.
        # None when no later build will look (a one-shot build's): kept, it would only take
        # memory (37 MB at 10,000 reports), and every forked worker's resident size counts it.
        self.claim_memo = claim_memo
        d = site.digests
        # Every file that is not a report, a brief or a media file is read by all pages
        # alike: site.yaml, a boundaries file and, for templates of the site's own (handed
        # every topic as nav_topics), topics.yaml and places.yaml. The built-in theme's pages
        # show only the topics and places they name, digested page by page (topics_shown,
        # places_shown): a new topic or a moved place re-renders the pages that show it.
        # Of site.yaml, the built-in theme's pages show the settings below, not its `strict`
        # or the e-mail's sender: a change to those, or a comment, re-renders no page.
        shared = sorted((path, value) for path, value in d.items()
                        if not path.startswith(("content/reports/", "content/briefs/", "content/media/"))
                        and (wide or path not in _PER_ENTRY and path != "content/site.yaml"))
        c = site.config
        shown = c if wide else (c.title, c.base_url, c.language, c.description, c.map)
        # A page depends on the media files its links asked for (medianames.py), not on them all;
        # but Jinja runs a template imported without context once, for the first page that
        # imports it: Markdown rendered at the top level of one (the built-in theme renders it in
        # macros and pages alone) asks for its media files for that page only. So pages of the
        # site's own templates are fingerprinted with the whole listing.
        media = sorted(site.media) if wide else None
        self.site_wide = digest(shown, shared, index.provinces_with_content, site.boundaries.attribution,
                                sorted(site.boundaries.bounds.items()), media)
        self._shading = digest([(code, len(keys)) for code, keys in index.claims_by_province.items()])
        self._listing: dict[str, str] = {}
        self._closures: dict[str, str] = {}
        self._claims: dict[tuple, str] = {}
        self._items: dict[str, str] = {}  # brief id → brief_item
        self._wide_briefs: dict[str, tuple] = {}  # brief id → (resolved brief, brief_shown)

    # What a page depends on is computed when the page is planned, not before: a pass that
    # plans a few pages (the ones open in a preview) pays for those alone.

    @functools.cached_property
    def all_briefs(self) -> str:
        """Lists and summaries show each brief as an item and each claim by where it is and
        its flags, never its footnotes: a quote's wording does not reach them."""
        index, site = self.index, self.site
        return digest(*(self.brief_item(b) for b in index.briefs_by_date),
                      *((c.key, c.topics, c.provinces, c.places, index.is_contested(c.key),
                         index.is_single_source(c.key))
                        for b in index.briefs_by_date for c in site.briefs[b].claims))

    @functools.cached_property
    def all_reports(self) -> str:
        index = self.index
        return digest(*(self.listing(r) for r in index.reports_by_date),
                      *(len(index.claims_by_report.get(r, ())) for r in index.reports_by_date))

    def listing(self, rid: str) -> str:
        """A report as lists show it."""
        found = self._listing.get(rid)
        if found is None:
            found = self._listing[rid] = self._listed(rid, self.site.reports[rid])
        return found

    def _listed(self, rid: str, resolved) -> str:
        """Resolved reports of unchanged files are the same objects from build to build, so
        their digest is kept with them."""
        key = ("report", rid, self.bodies_shown, self.wide)
        kept = self._kept(key)
        if kept is not None and kept[0] is resolved:
            return kept[1]
        r = resolved.report
        # Every field a template can show of a report outside its own page (a footnote hands
        # it the whole Report): all but where things sit in the file, its author and the day
        # it was retrieved, which the built-in theme shows on the report's own page alone (the
        # site's own templates may show them too), and the body unless the site's own
        # templates show it. (A report whose author is corrected is patched: patch.py.)
        written = [[ref.value for ref in refs] for refs in (r.topics, r.provinces, r.places)]
        own_page = (r.author, r.retrieved, r.pos, r.body_line, r.published_pos, r.retrieved_pos, r.topics,
                    r.provinces, r.places) if self.wide else None
        value = digest(r.id, r.path, r.title, r.publisher, r.url, r.published, r.kind, r.reliability,
                       r.language, written, resolved.topics, resolved.provinces, resolved.places,
                       r.body_digest if self.bodies_shown else None,
                       own_page)
        self._keep(key, (resolved, value))
        return value

    def brief(self, bid: str) -> str:
        """A brief as its own page shows it: its file and each claim with its footnotes."""
        if bid not in self._closures:
            resolved = self.site.briefs[bid]
            self._closures[bid] = digest(self.site.digests.get(resolved.brief.path),
                                         [self.claim(c.key, footnotes=True) for c in resolved.claims])
        return self._closures[bid]

    def brief_item(self, bid: str) -> str:
        """A brief as a list shows it: title, date, author and counts."""
        found = self._items.get(bid)
        if found is not None:
            return found
        brief = self.site.briefs[bid]
        kept = self._kept(("item", bid, self.wide))
        if kept is not None and kept[0] is brief and kept[1] is self.index:
            found = kept[2]
        else:
            found = self._brief_item(bid, brief)
            self._keep(("item", bid, self.wide), (brief, self.index, found))
        self._items[bid] = found
        return found

    def brief_shown(self, bid: str) -> object:
        """What a claim's "in <brief>" or a list item shows of the brief itself: its title
        with the built-in theme; with the site's own templates every field, claims too (its
        file's digest: a template handed the Brief may show `brief.claims[0].text`), and
        what its claims' quotes were found to be (`item.resolved.claims[0].citations`)."""
        resolved = self.site.briefs[bid]
        b = resolved.brief
        if not self.wide:
            return b.title
        found = self._wide_briefs.get(bid)
        if found is None or found[0] is not resolved:
            written = [[ref.value for ref in refs] for refs in (b.topics, b.provinces, b.places)]
            sources = [[_shown(c, wide=True) for c in claim.citations] for claim in resolved.claims]
            found = self._wide_briefs[bid] = (resolved, (
                b.title, self.site.digests.get(b.path), b.date, b.author, b.summary, written,
                resolved.topics, resolved.provinces, resolved.places, digest(sources)))
        return found[1]

    def _brief_item(self, bid: str, brief) -> str:
        keys = [c.key for c in brief.claims]
        return digest(bid, self.brief_shown(bid), brief.brief.date, brief.brief.author, len(keys),
                      sum(self.index.is_contested(k) for k in keys), sum(self.index.is_single_source(k) for k in keys))

    def claim(self, key, footnotes: bool = False) -> str:
        """A claim as pages show it: text, flags, what disputes it, and, where the page has
        footnotes, what they show of its sources."""
        memo = (key, footnotes, self.wide)
        found = self._claims.get(memo)
        if found is None:
            found = self._claims[memo] = self._claim(key, footnotes) if self.claim_memo is None \
                else self._remembered_claim(memo)
        return found

    def _remembered_claim(self, memo: tuple) -> str:
        """A claim's digest as an earlier build in this process made it, if the claim and all
        around it that the digest covers are the same (serve's rebuilds), else anew."""
        key, footnotes, _ = memo
        resolved = self.index.claims[key]
        around = (self.index.publishers[key], self.index.contested_with.get(key),
                  [self.index.claims[k].claim.text for k in self.index.contested_with.get(key, ())],
                  self.brief_shown(key.brief),
                  [self.listing(c.report) for c in resolved.citations] if footnotes else None)
        kept = self._kept(memo)
        if kept is not None and kept[0] is resolved and kept[1] == around:
            return kept[2]
        found = self._claim(key, footnotes)
        self._keep(memo, (resolved, around, found))
        return found

    def _claim(self, key, footnotes: bool) -> str:
        resolved = self.index.claims[key]
        claim = resolved.claim
        disputes = [(k, self.index.claims[k].claim.text) for k in self.index.contested_with.get(key, ())]
        sources = [(_shown(c, self.wide), self.listing(c.report)) for c in resolved.citations] if footnotes else None
        return digest(key, claim.text, claim.confidence, claim.credibility, resolved.topics, resolved.provinces,
                      resolved.places, self.index.publishers[key], disputes, self.brief_shown(key.brief),
                      sources)

    def claims(self, keys: Iterable) -> str:
        return digest(*(self.claim(k, footnotes=True) for k in keys))

    def briefs(self, ids: Iterable[str]) -> str:
        return digest(*(self.brief_item(b) for b in ids))

    def reports(self, ids: Iterable[str]) -> str:
        return digest(*(self.listing(r) for r in ids))

    def page(self, template: str, *inputs: object) -> str:
        full = (self.site_wide, self.templates(template), *inputs)
        # Pages are told apart by template and first input (the brief, topic or report id);
        # comparing the inputs is cheaper than hashing them again, and they are mostly the
        # very same objects as last build.
        first = inputs[0] if inputs and isinstance(inputs[0], (str, bytes)) else None
        key = ("page", template, first)
        kept = self._kept(key)
        if kept is not None and kept[0] == full:
            return kept[1]
        value = digest(*full)
        self._keep(key, (full, value))
        return value

    def _kept(self, key: tuple) -> Any:
        return self.claim_memo.get(key) if self.claim_memo is not None else None

    def _keep(self, key: tuple, value: tuple) -> None:
        if self.claim_memo is not None:
            self.claim_memo[key] = value

    def topics_shown(self, ids: Iterable[str]) -> tuple:
        """What pages show of topics: not where they are written in topics.yaml."""
        return tuple((t.id, t.title, t.description) for t in (self.site.topics[i] for i in ids))

    def topic_titles(self, ids: Iterable[str]) -> tuple:
        """What tags, the home page's list and maps' popups show of topics."""
        return tuple((i, self.site.topics[i].title) for i in ids)

    def place_names(self, ids: Iterable[str]) -> tuple:
        """What tags show of places."""
        return tuple((pid, self.site.places[pid].place.name) for pid in ids)

    def places_shown(self, ids: Iterable[str]) -> tuple:
        """What pages and maps show of places: their aliases only find mentions, which reach
        pages as the places of reports and claims."""
        return tuple((pid, p.province, p.place.name, p.place.hangul, p.place.lat, p.place.lon)
                     for pid, p in ((pid, self.site.places[pid]) for pid in ids))

    # --- one per page type ----------------------------------------------------

    def brief_page(self, template: str, bid: str, tagged: bool = True) -> str:
        """The brief's page (`tagged` with its topics) and its e-mail; both show its places
        and its claims' places, on a map or in a table."""
        resolved = self.site.briefs[bid]
        places = dict.fromkeys((*resolved.places, *(p for c in resolved.claims for p in c.places)))
        # Digested, not compared as they are: page() compares its inputs with ==, and a place
        # moved from 0 to -0.0 is equal though its map writes "lat":-0.0.
        return self.page(template, bid, self.brief(bid), self.topic_titles(resolved.topics) if tagged else (),
                         digest(self.places_shown(places)))

    def collection(self, map_keys: Iterable, shaded: bool, brief_ids, report_ids, places: Iterable[str],
                   topics: Iterable[str]) -> str:
        """Page 1 of a topic or province: its map, the inline lists and the places with their
        counts. A map is drawn from the claims it shows (`map_keys`, in index order: text,
        places, flags), the `places` it marks, the titles of the `topics` its popups count
        and, when `shaded`, the claims per province; its markers and popups are a function
        of these alone."""
        return digest(self.claims_shown(map_keys), self._shading if shaded else None, self.briefs(brief_ids),
                      self.reports(report_ids), self.places_shown(places), self.topic_titles(topics))

    def claims_shown(self, keys: Iterable, footnotes: bool = False) -> str:
        return digest(*(self.claim(k, footnotes) for k in keys))

    def report_page(self, rid: str) -> str:
        # A cited-by view hands templates the claim's footnotes too: the site's own may show them.
        citing = [self.claim(k, footnotes=self.wide) for k in self.index.claims_by_report.get(rid, ())]
        # Passages as plain tuples: a dataclass's repr is made in Python, once per report.
        passages = [(q.passage.spans, q.passage.parts, q.passage.anchor, q.claims)
                    for q in self.index.passages_by_report.get(rid, ())]
        resolved = self.site.reports[rid]
        return self.page("report.html", rid, self.site.digests.get(resolved.report.path),
                         self.listing(rid), citing, passages, self.topic_titles(resolved.topics),
                         self.place_names(resolved.places))

    def everything(self, template: str) -> str:
        """Lists and summaries of the whole site: any brief item or any report listing, and
        every topic's title (the home page lists them; its map counts claims by topic)."""
        return self.page(template, self.all_briefs, self.all_reports, self.topic_titles(self.site.topics))

    def feed(self, entries: int) -> str:
        """The feed shows each brief's title, date, author and summary."""
        shown = ((b.id, b.title, b.date, b.author, b.summary, self.brief_shown(b.id))
                 for b in (self.site.briefs[bid].brief for bid in self.index.briefs_by_date[:entries]))
        return self.page("feed.xml", *shown)
