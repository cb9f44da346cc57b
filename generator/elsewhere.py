"""Quotes cited to the wrong report: the reports that have them, named in the error's hint.

A quote not found in the report it cites, or citing a report id there is none of, is most
often the right words under the wrong id (two reports open side by side, an id typed from
memory). The error then names the reports whose text has the quote, which "did you mean"
over ids, or the closest passage of the wrong report, cannot.

Done after everything is resolved and never cached: the hint depends on every report, not
only the one cited, and only a build with such errors (which writes nothing) pays for it.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterator

from generator.citations import locate_quote
from generator.diagnostics import Diagnostic
from generator.markup import Sections
from generator.model import QuoteStatus, Site, Source
from generator.normalize import Normalized

# The quote's longest run of words between ellipses, which a report's Markdown must hold
# (case, marks and markup aside: ’ or ', *Hyesan* or Hyesan) to be located in. Shorter, it is
# no evidence of one report over others.
_ELLIPSIS = re.compile(r"…|\.\s*\.\s*\.|\[[^\]]*\]")  # (an insertion, "[the mill]", is the author's)
_SHORTEST_RUN = 16  # characters
_MARKS = re.compile(r"[\W_]+")
_CANDIDATES = 8  # reports located in, at most, for each quote: those with ids most like the one cited
_NAMED = 3  # reports named in a hint, at most
# Quotes searched for through every report, at most: ~50 ms each at 10,000 reports, and a
# file of misplaced quotes each of its own is not worth minutes (the rest keep their hint).
_SEARCHES = 100

Reading = Callable[[str], tuple[str, Normalized, Sections]]


def hinted(diags: list[Diagnostic], site: Site, reading: Reading,
           language: Callable[[str], str]) -> list[Diagnostic]:
    """`diags`, with the hint of each error of a quote not found in its report, or citing
    an unknown report, naming the reports that have the quote. `reading(rid)`: a report's
    reading text, normalised, and its headings; `language(rid)`: the language it is read in."""
    wrong = {d.pos: d for d in diags if d.is_error and _misplaced(d.message)}
    if not wrong:
        return diags
    finder = _Finder(site, reading, language)
    better: dict[Diagnostic, Diagnostic] = {}
    for source in _sources(site):
        rid = source.report.value
        diag = wrong.get(source.report.pos if rid not in site.reports else source.quote_pos)
        if diag is None or diag in better or not _about(diag, rid):
            continue
        if found := finder.having(source.quote, rid):
            better[diag] = dataclasses.replace(diag, hint=_said(found, rid))
    return [better.get(d, d) for d in diags]


def _misplaced(message: str) -> bool:
    return " not found in report " in message or " cites unknown report " in message


def _about(diag: Diagnostic, rid: str) -> bool:
    """Whether `diag` is the error of a source citing `rid` (an error of another kind, or of
    another source, may stand at the same place)."""
    return f' not found in report "{rid}"' in diag.message or f' cites unknown report "{rid}"' in diag.message


def _sources(site: Site) -> Iterator[Source]:
    return (source for _, brief in sorted(site.briefs.items()) for claim in brief.claims for source in claim.sources)


class _Finder:
    """The reports that have a quote: those that had another quote citing the same wrong id
    first (a renamed report cited a hundred times is searched for once), then every report
    whose text has the quote's longest run of words."""

    def __init__(self, site: Site, reading: Reading, language: Callable[[str], str]):
        self.site, self.reading, self.language = site, reading, language
        self.folded: dict[str, str] = {}  # report id → its Markdown, case-folded: read once
        self.runs: dict[str, str] = {}  # … with every mark and line break a space (_folded)
        self.found_for: dict[str, list[str]] = {}  # a wrong id → the reports found for its quotes
        self.searches = 0

    def having(self, quote: str, cited: str) -> list[str]:
        """The reports other than `cited` that have `quote`: the ids most like `cited` first."""
        for rid in self.found_for.get(cited, ()):
            if self._has(rid, quote):
                return [rid]
        run = max((_folded(part) for part in _ELLIPSIS.split(quote.casefold())), key=len)
        if len(run) < _SHORTEST_RUN or self.searches == _SEARCHES:
            return []
        self.searches += 1
        if not self.folded:
            self.folded.update((rid, report.body.casefold()) for rid, report in sorted(self.site.reports.items()))
        # Its words first, each a plain search in every report (a tenth of a second at 10,000
        # reports, where folding every report as the run is would take seconds), then the run
        # in those that have them all.
        words = sorted(set(w for w in run.split() if len(w) > 3), key=len, reverse=True)
        candidates = [rid for rid, text in self.folded.items()
                      if rid != cited and all(w in text for w in words) and f" {run} " in self._run_text(rid)]
        # (of a dozen copies, those whose ids are like the one cited: a slip of "2023-01-07"
        # for "2023-01-17")
        candidates.sort(key=lambda rid: (-difflib.SequenceMatcher(None, cited, rid).ratio(), rid))
        found = [rid for rid in candidates[:_CANDIDATES] if self._has(rid, quote)][:_NAMED]
        self.found_for.setdefault(cited, []).extend(found)
        return found

    def _run_text(self, rid: str) -> str:
        if rid not in self.runs:
            self.runs[rid] = f" {_folded(self.folded[rid])} "
        return self.runs[rid]

    def _has(self, rid: str, quote: str) -> bool:
        """Whether the report has the quote's words: verified, or only their surroundings in
        doubt (a denial beside them, a heading over them)."""
        text, normalized, headings = self.reading(rid)
        location = locate_quote(rid, quote, normalized, text, self.language(rid), headings)
        return location.status is QuoteStatus.VERIFIED or location.score >= _THE_WORDS


_THE_WORDS = 99.0  # the score of an approximate quote whose words are the report's (citations.py)


def _said(found: list[str], cited: str) -> str:
    named = [f'"{rid}"' for rid in found]
    if len(named) == 1:
        return f'report {named[0]} has the quoted words: cite it instead of "{cited}"'
    return (f'reports {", ".join(named[:-1])} and {named[-1]} have the quoted words: '
            f'cite the one meant instead of "{cited}"')


def _folded(text: str) -> str:
    """`text`'s words with one space between each two: its marks, markup and line breaks are
    spaces, and none are around them."""
    return _MARKS.sub(" ", text).strip()

