"""What a page shows of claims: claims with numbered footnotes, ready for a template.

Numbering is per page: the first citation on a page is [1]; a citation of the same words of
a report, with the same note, repeated on one page keeps its number. Flags (single-source,
contested) and corroboration come from the index, so every page that shows a claim shows the
same flags.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from generator.index import SiteIndex
from generator.model import Brief, Citation, ClaimKey, QuoteStatus, Report, ResolvedClaim, ResolvedSite
from generator.paging import INLINE_ITEMS
from generator.urls import brief_path, disputes_folder, report_path, text_fragment


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    citation: Citation
    report: Report
    report_link: str  # site path of the report page, anchored on the passage
    original_link: str  # the original URL with a text fragment, "" when the report has no URL
    refs: tuple[str, ...] = ()  # the ids of the page's markers that cite it, for links back

    @property
    def approximate(self) -> bool:
        return self.citation.status is QuoteStatus.APPROXIMATE

    @property
    def match_note(self) -> str:
        """What the footnote says of an approximate quote, on pages, in e-mails and in their
        text: the report's words around it where those change it (Citation.reads), else the
        passage and its match, at most 99 % (a match is short of 100 %); "" for any other."""
        citation = self.citation
        if not self.approximate:
            return ""
        if citation.reads:
            return f"Approximate match: the report reads {_in_quotes(citation.reads)}"
        if citation.passage is None:
            return ""
        score = min(round(citation.score), 99)
        return f"Approximate match ({score}%): the report reads {_in_quotes(citation.passage.text)}"


def _in_quotes(words: str) -> str:
    """`words` in quotation marks, and a full stop unless they end a sentence: a passage that
    is a quotation of its own (“The mill is not able to meet demand.”) in its own marks alone,
    not ““…””."""
    inner = words[1:-1]
    own = len(words) > 1 and words[0] in "“\"" and words[-1] in "”\"" and not any(q in inner for q in "“”\"")
    ended = words.rstrip("”’\"')]»").endswith((".", "!", "?", "…"))
    return (words if own else f"“{words}”") + ("" if ended else ".")


@dataclass(frozen=True, slots=True)
class ContestLink:
    key: ClaimKey
    text: str
    link: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    key: ClaimKey
    resolved: ResolvedClaim
    brief: Brief
    anchor: str
    link: str  # the claim on its brief's page
    page_notes: PageNotes  # the footnotes of the page it is on
    publishers: tuple[str, ...]
    single_source: bool
    contested_with: tuple[ContestLink, ...]

    @property
    def claim(self):
        return self.resolved.claim

    @property
    def page(self) -> str:
        """Its brief's page, whose anchors the claim's "#…" links mean, wherever it is shown."""
        return brief_path(self.key.brief)

    @property
    def contested_shown(self) -> tuple[ContestLink, ...]:
        """The claims in dispute with this one that a page lists with it: the first few. A claim
        that thousands dispute would make every page showing it megabytes."""
        return self.contested_with[:INLINE_ITEMS]

    @property
    def contested_link(self) -> str:
        """The list of every claim in dispute with this one, where it lists more than it shows."""
        if len(self.contested_with) <= INLINE_ITEMS:
            return ""
        return disputes_folder(self.key.brief, self.key.claim) + "index.html"

    @property
    def footnotes(self) -> tuple[Footnote, ...]:
        """The claim's footnotes, numbered as on its page."""
        return self.page_notes.of(self.key)

    @property
    def corroboration(self) -> int:
        return len(self.publishers)


def claim_anchor(key: ClaimKey) -> str:
    return f"claim-{key.claim}"


def claim_link(key: ClaimKey) -> str:
    return f"{brief_path(key.brief)}#{claim_anchor(key)}"


def claim_views(keys: Iterable[ClaimKey], site: ResolvedSite,
                index: SiteIndex) -> tuple[tuple[ClaimView, ...], tuple[Footnote, ...]]:
    """The claims, and the page's footnotes in the order their numbers were given."""
    views, notes = lazy_claim_views(keys, site, index)
    return views, notes.all()


def lazy_claim_views(keys: Iterable[ClaimKey], site: ResolvedSite,
                     index: SiteIndex) -> tuple[tuple[ClaimView, ...], PageNotes]:
    """The claims, whose footnotes are numbered and made only once a template asks for them:
    a report page lists the claims citing it, and the built-in theme shows none of their
    footnotes. Made there anyway, a claim citing S reports cost S footnotes on each of S pages."""
    keys = tuple(keys)
    notes = PageNotes(keys, site, index)
    views = tuple(
        ClaimView(key, index.claims[key], site.briefs[key.brief].brief, claim_anchor(key), claim_link(key), notes,
                  index.publishers[key], index.is_single_source(key),
                  tuple(ContestLink(other, index.claims[other].claim.text, claim_link(other))
                        for other in index.contested_with.get(key, ())))
        for key in keys)
    return views, notes


class PageNotes:
    """The footnotes of a page showing `keys`' claims, numbered when first asked for."""

    __slots__ = ("keys", "site", "index", "_by_claim", "_all")

    def __init__(self, keys: tuple[ClaimKey, ...], site: ResolvedSite, index: SiteIndex) -> None:
        self.keys, self.site, self.index = keys, site, index
        self._by_claim: dict[ClaimKey, tuple[Footnote, ...]] | None = None
        self._all: tuple[Footnote, ...] = ()

    def of(self, key: ClaimKey) -> tuple[Footnote, ...]:
        if self._by_claim is None:
            self._number()
        return self._by_claim.get(key, ())

    def all(self) -> tuple[Footnote, ...]:
        if self._by_claim is None:
            self._number()
        return self._all

    def _number(self) -> None:
        numbers: dict[tuple[str, str, str], int] = {}
        cited: dict[tuple[str, str, str], Citation] = {}
        refs: dict[tuple[str, str, str], list[str]] = {}
        claims = []
        for key in self.keys:
            idents: dict[tuple[str, str, str], None] = {}  # the claim's own, in order, each once
            for citation in self.index.claims[key].citations:
                # The words, the note and the match are what a footnote shows: two claims quoting
                # one passage in other words (one with a slip) have a footnote each. White space
                # is not words, nor is how a letter is encoded: a quote folded over two lines of
                # YAML, or its "é" typed as e and an accent, is the same footnote.
                ident = (citation.report, _as_shown(citation.quote), _as_shown(citation.note))
                if ident not in numbers:
                    numbers[ident], cited[ident], refs[ident] = len(numbers) + 1, citation, []
                if ident not in idents:
                    idents[ident] = None
                    # "~" is in no id: brief a-b, claim c is not brief a, claim b-c
                    refs[ident].append(f"ref-{key.brief}~{key.claim}-{numbers[ident]}")
            claims.append((key, idents))
        # Made once each, with every marker citing them known: a claim and the page's list
        # share each footnote.
        notes = {ident: _footnote(number, cited[ident], self.site, tuple(refs[ident]))
                 for ident, number in numbers.items()}
        self._by_claim = {key: tuple(notes[ident] for ident in idents) for key, idents in claims}
        self._all = tuple(notes.values())


def _as_shown(text: str) -> str:
    # Most quotes are so already: they are returned as they are, with no copy (a cache of
    # copies, ~4.5 MiB at 10,000 reports, was held by each process rendering).
    if _ODD_SPACE.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", " ".join(text.split()))


_ODD_SPACE = re.compile(r"\s\s|[^\S ]|^\s|\s$")  # what " ".join(text.split()) changes (both read Unicode's spaces)


def _footnote(number: int, citation: Citation, site: ResolvedSite, refs: tuple[str, ...]) -> Footnote:
    report = site.reports[citation.report].report
    link = report_path(report.id)
    original = report.url
    if citation.passage is not None:
        link += f"#{citation.passage.anchor}"
        passage = citation.passage
        original = _original(report.url, passage.parts, passage.before, passage.after, passage.inner, passage.lead)
    return Footnote(number, citation, report, link, original, refs)


@functools.lru_cache(maxsize=65536)
def _original(url: str, parts: tuple[str, ...], before: str = "", after: str = "",
              inner: tuple[str, str] = ("", ""), lead: str = "") -> str:
    # A citation is footnoted on every page showing its claim: its brief's, e-mail, topics',
    # provinces' and report's; the directive is worked out once.
    return text_fragment(url, list(parts), before, after, inner, lead)
