"""Quotes cited to the wrong report: the reports that have them, named in the error's hint.

A quote not found in the report it cites, or citing a report id there is none of, or found
there with another number, is most often the right words under the wrong id (two reports
open side by side, an id typed from memory). The error then names the reports whose text has
the quote, which "did you mean" over ids, or the closest passage of the wrong report, cannot.

Done after everything is resolved: the hint depends on every report, not only the one cited,
and only a build with such errors (which writes nothing) or warnings pays for it. What the
searches found is kept whole, for the same quotes of the same reports (`hinted`'s memo: a
claim's edit changes neither). Each such diagnostic keeps what was looked for
(`Diagnostic.searched`): after a build with one, an edit of a report is a patch of its pages
only if the report could not be among those found, before the edit or after it (`concerns`).

A quote its report does not have at all, whose words are the report's title or in an address
the report gives, says so (`outside_text`): a headline, or a link's slug, copied.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator

from rapidfuzz import fuzz

from generator.citations import locate_quote
from generator.diagnostics import Diagnostic, Pos, Search
from generator.markup import Sections
from generator.model import QuoteStatus, Report, Site, Source, stored_text
from generator.normalize import Normalized, unspaced

# The quote's longest run of words between ellipses (marks and markup aside: ’ or ', *Hyesan*
# or Hyesan) is looked for in every report's Markdown, case-folded; where no report has it so
# (a link's address or a number's group mark in the report's copy breaks it), the reports
# with all its words, else all but one. A few of them are located in, as the quote is in its
# own report.
# (An insertion, "[the mill]", is the author's; one holds no "[": a quote of many "[" and no
# "]" took quadratic time.)
_ELLIPSIS = re.compile(r"…|\.\s*\.\s*\.|\[[^\[\]]*\]")
_WORDS = re.compile(r"[^\W\d_]{4,}")
_MARKS = re.compile(r"[\W_]+")
_SHORTEST_RUN = 16  # characters (_weight): shorter, no evidence of one report over others
_CANDIDATES = 8  # reports located in, at most, for each quote
_NAMED = 3  # reports named in a hint, at most
# Quotes searched for through every report, at most: tens of milliseconds each at 10,000
# reports, and a file of misplaced quotes each of its own (a placeholder id on every draft
# source) is not worth minutes; the rest keep their hint.
SEARCHES = 100
# The letters case-folded into ASCII letters, or into strings with some (ß → ss, ﬁ → fi,
# the Kelvin sign → k): of a report with none of them, the case-folded text has an ASCII
# word only where its bytes, ASCII letters lowered, have it.
_INTO_ASCII = frozenset("ßİŉſǰẖẗẘẙẚẞ\u212aﬀﬁﬂﬃﬄﬅﬆ")
_ASCII = bytes(range(128))

Reading = Callable[[str], tuple[str, Normalized, Sections]]


def hinted(diags: list[Diagnostic], site: Site, reading: Reading, language: Callable[[str], str],
           memo: dict[str, list] | None = None) -> list[Diagnostic]:
    """`diags`, with the hint of each error of a quote not found in its report, or citing
    an unknown report, naming the reports that have the quote. `reading(rid)`: a report's
    reading text, normalised, and its headings; `language(rid)`: the language it is read in.
    `memo`: what the last call found, kept for the next (a claim's edit changes no report)."""
    wrong: dict[Pos, list[Diagnostic]] = {}  # (two sources may stand at one place: a YAML alias)
    for d in diags:
        if _misplaced(d):
            wrong.setdefault(d.pos, []).append(d)
    if not wrong:
        return diags
    searched: dict[Diagnostic, tuple[str, str, str]] = {}  # diagnostic → (report cited, quote, run)
    for source in _sources(site):
        rid = source.report.value
        here = wrong.get(source.report.pos if rid not in site.reports else source.quote_pos, ())
        diag = next((d for d in here if d not in searched and _about(d, rid)), None)
        if diag is not None and (run := _run(source.quote)):
            searched[diag] = (rid, source.quote, run)
    found = _found(list(searched.values()), site, reading, language, memo)
    better = {diag: dataclasses.replace(diag, hint=_said(names, more, rid) if names else diag.hint, searched=search)
              for (diag, (rid, _, _)), (names, more, search) in zip(searched.items(), found)}
    return [better.get(d, d) for d in diags]


def _found(quotes: list[tuple[str, str, str]], site: Site, reading: Reading, language: Callable[[str], str],
           memo: dict[str, list] | None) -> list[tuple[list[str], bool, Search]]:
    """What _Finder.having finds of each of `quotes` (report cited, quote, run), in turn: as
    `memo` has it, if it holds these quotes of these very reports (in their languages)."""
    # (what it depends on: each report's text and the language it is read in; a brief's edit
    # changes neither)
    reports = [(rid, report.body_digest, language(rid)) for rid, report in sorted(site.reports.items())]
    key = hashlib.blake2b(json.dumps([quotes, reports]).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    if memo is not None and key in memo:
        return memo[key]
    finder = _Finder(site, reading, language)
    found = [finder.having(quote, Search(rid, run)) for rid, quote, run in quotes]
    if memo is not None:
        memo.clear()  # (the last call's alone: each is of the whole site)
        memo[key] = found
    return found


def concerns(searches: Iterable[Search], rid: str, bodies: tuple[str, str]) -> bool:
    """Whether a report (its id, its Markdown before an edit and after it) may be named by
    the hint of a diagnostic that kept one of `searches`, or change which reports it names."""
    texts = [body.casefold() for body in bodies]
    runs = [_folded(text) for text in texts]
    return any(_concerns(search, rid, texts, runs) for search in set(searches))


def _concerns(search: Search, rid: str, texts: list[str], runs: list[str]) -> bool:
    """concerns, of one search: `texts`, the report's case-folded; `runs`, those _folded."""
    if rid == search.cited:
        return False
    if any(search.run in run for run in runs):
        return True
    if not search.wide:
        return False  # the reports with the run alone were looked in
    words = _words(search.run)
    has_all = [all(w in text for w in words) for text in texts]
    but_one = [len(words) >= 3 and sum(w not in text for w in words) <= 1 for text in texts]
    among = has_all if search.all_words else but_one
    if has_all[0] != has_all[1] or among[0] != among[1]:
        return True
    return among[0] and (search.last is None or _rank(search.cited, rid) <= search.last)


# Where a report's Markdown gives an address its text does not show: a link's or an image's
# target, a reference's definition ("[a statement](https://kcna.example/musan-mine-reopened)").
# (A label of one line, of at most 999 characters as CommonMark's: one running on to the next
# "]" made a report of many lines starting with "[" take quadratic time.)
_ADDRESS = re.compile(r"\]\(\s*<?([^\s)>]+)|^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*<?([^\s>]+)", re.MULTILINE)


def outside_text(quote: str, report: Report) -> str:
    """The hint of a quote its report does not have, when its parts (between ellipses) are, in
    order and as whole words, the report's title's, or those of an address it gives (its
    `url`, a link's): a headline, or a link's slug, copied. (A part elsewhere, in the text
    say: its closest passage says more.)"""
    if not _run(quote):
        return ""
    parts = [part for part in (_folded(p) for p in _ELLIPSIS.split(quote.casefold())) if part]
    if _has_in_order(report.title, parts, joined="-"):
        return "the quoted words are the report's title, not its text: quote the words of its text"
    address = next((a for a in (report.url, *_addresses(report.body_stored)) if _has_in_order(a, parts)), None)
    if address is None:
        return ""
    if len(address) > _ADDRESS_SHOWN:  # (a slug's words are most often at its end)
        address = f"{address[:_ADDRESS_SHOWN // 2]}…{address[-_ADDRESS_SHOWN // 2:]}"
    return (f'the quoted words are in an address the report gives ("{address}"), not in its text: '
            "quote the words of its text")


_ADDRESS_SHOWN = 120  # characters of an address a hint shows, at most


@functools.lru_cache(maxsize=16)
def _addresses(body: bytes) -> tuple[str, ...]:
    """The addresses a report's Markdown (`Report.body_stored`) gives, found once for all its
    quotes (a thousand quotes of a 5 MB report each read it whole)."""
    return tuple(next(filter(None, m.groups())) for m in _ADDRESS.finditer(stored_text(body)))


def _has_in_order(text: str, parts: list[str], joined: str = "") -> bool:
    """Whether `text` has `parts` (_folded) in this order, each as whole words, whatever marks
    stand between them ("confirmed" is not in "unconfirmed", nor "20" in "120"); nor, with
    `joined` "-", as a part of a hyphenated word ("nuclear state" of "a non-nuclear state":
    in an address a hyphen stands between words)."""
    folded, at = text.casefold(), 0
    for part in parts:
        words = r"[\W_]+".join(map(re.escape, part.split(" ")))
        found = re.compile(rf"(?<![\w{joined}]){words}(?![\w{joined}])").search(folded, at)
        if found is None:
            return False
        at = found.end()
    return True


def _misplaced(diag: Diagnostic) -> bool:
    message = diag.message
    if diag.is_error:
        return " not found in report " in message or " cites unknown report " in message
    # … and a quote whose one difference from its report is a number: "6,200 won" quoted from
    # the report beside it, of the same day's prices, which says "6,300 won". Told to copy the
    # cited report's words, the analyst would change the right figure for the wrong one.
    return " is not exact in report " in message and ": its numbers differ (" in message


def _about(diag: Diagnostic, rid: str) -> bool:
    """Whether `diag` is the diagnostic of a source citing `rid` (one of another kind, or of
    another source, may stand at the same place)."""
    return any(f' {said} "{rid}"' in diag.message for said in ("not found in report", "cites unknown report",
                                                              "is not exact in report"))


def _sources(site: Site) -> Iterator[Source]:
    return (source for _, brief in sorted(site.briefs.items()) for claim in brief.claims for source in claim.sources)


class _Finder:
    """The reports that have a quote word for word (verified there). Of a wrong id cited
    many times (a renamed report), the reports found for its earlier quotes are looked in
    first: a hundred quotes are not a hundred searches of every report."""

    def __init__(self, site: Site, reading: Reading, language: Callable[[str], str]):
        self.site, self.reading, self.language = site, reading, language
        self.lowered: dict[str, bytes] = {}  # report id → its Markdown's bytes, ASCII letters lowered: read once
        self.odd: set[str] = set()  # … those with letters case-folded into ASCII ones (_INTO_ASCII)
        self.folded: dict[str, str] = {}  # … its Markdown, case-folded, of those looked in further
        self.runs: dict[str, str] = {}  # … its words alone, one space between each two (_folded)
        self.found_for: dict[str, dict[str, None]] = {}  # a wrong id → the reports found for its quotes
        self.searches = 0

    def having(self, quote: str, search: Search) -> tuple[list[str], bool, Search]:
        """The reports other than the one cited that have `quote` (whose longest run of words
        is `search.run`), best first; whether more reports may have it than were located in;
        and `search`, with where it looked."""
        cited, run = search.cited, search.run
        words = _words(run)
        known = [rid for rid in self.found_for.get(cited, ())
                 if self._with_words(rid, words) and run in self._run_text(rid) and self._has(rid, quote)]
        if known or self.searches == SEARCHES:
            return known, False, search  # (as the searches before it found, or no search)
        self.searches += 1
        # The reports with all its words (a plain search of each: the cost of a search), of
        # them those with the run, if any; in _rank's order.
        having = [rid for rid in self._with_all(words) if rid != cited]
        candidates = [rid for rid in having if run in self._run_text(rid)]
        if not candidates:
            candidates = having or self._but_one(words, cited)
            search = dataclasses.replace(search, wide=True, all_words=bool(having))
        candidates.sort(key=lambda rid: _rank(cited, rid))
        if search.wide and len(candidates) > _CANDIDATES:
            search = dataclasses.replace(search, last=_rank(cited, candidates[_CANDIDATES - 1]))
        found = [rid for rid in candidates[:_CANDIDATES] if self._has(rid, quote)]
        self.found_for.setdefault(cited, {}).update(dict.fromkeys(found))
        return found, len(candidates) > _CANDIDATES and len(found) > _NAMED, search

    def _with_all(self, pieces: list[str]) -> list[str]:
        """The reports whose case-folded Markdown has every one of `pieces` (case-folded), by
        id. Its ASCII pieces are looked for in the report's bytes first, ASCII letters
        lowered: case-folding every report is most of a search's cost otherwise."""
        if not self.lowered:
            for rid, report in sorted(self.site.reports.items()):
                raw = report.body_utf8
                self.lowered[rid] = raw.lower()
                if not _INTO_ASCII.isdisjoint(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
                    self.odd.add(rid)
        keys = [piece.encode() for piece in pieces if piece.isascii()]
        return [rid for rid, raw in self.lowered.items() if (rid in self.odd or all(key in raw for key in keys))
                and all(piece in self._text(rid) for piece in pieces)]

    def _text(self, rid: str) -> str:
        if rid not in self.folded:
            # (the same as the body's: case-folding a lowered ASCII letter changes nothing more)
            self.folded[rid] = self.lowered[rid].decode("utf-8", "surrogatepass").casefold()
        return self.folded[rid]

    def _run_text(self, rid: str) -> str:
        if rid not in self.runs:
            self.runs[rid] = _folded(self._text(rid))
        return self.runs[rid]

    def _but_one(self, words: list[str], cited: str) -> list[str]:
        """The reports with all of three words or more but one, which the report's copy may
        write otherwise: hyphenated at a line's end, with a soft hyphen, ё for е, İ for I.
        (Each has one of the two longest.)"""
        if len(words) < 3:
            return []
        return [rid for rid in sorted({*self._with_all(words[:1]), *self._with_all(words[1:2])})
                if rid != cited and sum(w not in self._text(rid) for w in words) <= 1]

    def _with_words(self, rid: str, words: list[str]) -> bool:
        text = self._text(rid)
        return all(w in text for w in words)

    def _has(self, rid: str, quote: str) -> bool:
        """Whether the report has the quote word for word."""
        text, normalized, headings = self.reading(rid)
        return locate_quote(rid, quote, normalized, text, self.language(rid), headings).status is QuoteStatus.VERIFIED


def _rank(cited: str, rid: str) -> tuple[float, str]:
    """A report's place among those a quote is looked for in: the ids most like the one
    cited first (a slip of "2023-01-07" for "2023-01-17"), then by id."""
    return -fuzz.ratio(cited, rid), rid


def _run(quote: str) -> str:
    """The quote's longest run of words between ellipses, case-folded (_folded); "" if too
    short to tell one report from others."""
    run = max((_folded(part) for part in _ELLIPSIS.split(quote.casefold())), key=len)
    return run if _weight(run) >= _SHORTEST_RUN else ""


def _words(run: str) -> list[str]:
    """A run's words of four letters or more, the longest first; a run without any (numbers,
    short words: "it was 6 200 won per kg"), each of its words and numbers."""
    words = _WORDS.findall(run) or run.split(" ")
    return sorted(set(words), key=lambda word: (-len(word), word))


def _said(found: list[str], more: bool, cited: str) -> str:
    named = [f'"{rid}"' for rid in found[:_NAMED]]
    if len(found) == 1:
        return f'report {named[0]} has the quoted words: cite it instead of "{cited}"'
    if more:  # past those located in: how many more, unknown
        last = "more"
    elif len(found) > len(named):
        last = f"{len(found) - len(named)} more"
    else:
        last = named.pop()
    return (f'reports {", ".join(named)} and {last} have the quoted words: '
            f'cite the one meant instead of "{cited}"')


def _folded(text: str) -> str:
    """`text`'s words with one space between each two: its marks, markup and line breaks are
    spaces, and none are around them."""
    return _MARKS.sub(" ", text).strip()


def _weight(run: str) -> int:
    """A run's length in characters, a character of a script written without spaces (Chinese,
    Japanese) counting as three: 茂山铁矿重新开工 says as much as "the Musan iron mine reopened"."""
    return len(run) + 2 * sum(map(unspaced, run))

