"""Locating quotes in report text: the heart of the product.

A quote is *verified* when it occurs in the report after both are normalised (Unicode
NFKC, curly quotes, dashes, white space, case); *approximate* when only a close fuzzy match
exists (rapidfuzz's best partial alignment); otherwise *not found*. An ellipsis ("…" or
"...") in a quote stands for omitted words: each part must be found, in order.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from rapidfuzz import fuzz

from generator.model import Passage, QuoteStatus

# rapidfuzz partial-ratio score (0–100) of a "close" match: one word changed in a short
# quote scores ~88–95, while unrelated sentences of the same archive score below 60.
APPROXIMATE_SCORE = 85.0

_SINGLE = "'‘’‚‛′‵＇"
_DOUBLE = '"“”„‟″‶«»＂'
_DASHES = "‐‑‒–—―−⁃﹘﹣－"
# Every character str.isspace() accepts, line and paragraph separators included.
_SPACES = ("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
           "\u2028\u2029\x85\t\n\r\f\v\x1c\x1d\x1e\x1f")
# One character in, one character out: offsets survive the translation.
_TABLE = str.maketrans(
    {**{c: "'" for c in _SINGLE}, **{c: '"' for c in _DOUBLE},
     **{c: "-" for c in _DASHES}, **{c: " " for c in _SPACES}}
)
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# str.translate with a dict looks up every character in Python; these do the same mapping
# at C speed: bytes.translate for ASCII text, else one str.replace per mapped character the
# text holds (a membership test each: ~40 of them cost less than one regex pass).
_ASCII_TABLE = bytes.maketrans(b"\t\n\r\f\v\x1c\x1d\x1e\x1f", b" " * 9)
_REPLACEMENTS = tuple((chr(code), char) for code, char in _TABLE.items())
# Spelled "  +", not " {2,}": re then searches for the literal two spaces, ~5x faster.
_RUNS = re.compile(r"  +")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ELLIPSIS = re.compile(r"\s*(?:\.\s*\.\s*\.|…)\s*")
_WORD = re.compile(r"\w+")
MIN_ELIDED_WORDS = 2  # each part of an elided quote keeps at least this many words …
MAX_ELIDED_WORDS = 40  # … and an ellipsis stands for at most this many


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and a map from its offsets back to the original's.

    The text is made of pieces; piece k starts at normalised offset breaks[k] and comes
    from original[origins[k]:ends[k]]. A piece that kept its length maps offset by offset;
    one that changed length (ﬃ → ffi, é decomposed, a run of spaces) maps as a whole.
    """

    text: str
    breaks: tuple[int, ...]
    origins: tuple[int, ...]
    ends: tuple[int, ...]

    def _piece(self, index: int) -> tuple[int, int]:
        k = bisect_right(self.breaks, index) - 1
        next_break = self.breaks[k + 1] if k + 1 < len(self.breaks) else len(self.text)
        return k, next_break - self.breaks[k]

    def start(self, index: int) -> int:
        """The original offset where the normalised character at `index` begins."""
        k, length = self._piece(index)
        if length == self.ends[k] - self.origins[k]:
            return self.origins[k] + index - self.breaks[k]
        return self.origins[k]

    def end(self, index: int) -> int:
        """The original offset just after the normalised character at `index - 1`."""
        k, length = self._piece(index - 1)
        if length == self.ends[k] - self.origins[k]:
            return self.origins[k] + index - self.breaks[k]
        return self.ends[k]


def _translate(text: str) -> str:
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
    for char, replacement in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, replacement)
    return text


def normalize(text: str) -> Normalized:
    translated = _translate(text)
    # Most archived English is ASCII once quotes and dashes are mapped: then lower() is
    # casefold() at a tenth of the cost, and the NFKC and invisible-character checks, which
    # cost more than everything else here, have nothing to find.
    if translated.isascii():
        return _collapse_spaces(translated.lower())
    folded = translated.casefold()
    if (len(folded) == len(text) and unicodedata.is_normalized("NFKC", translated)
            and not any(c in translated for c in _INVISIBLE_CHARS)):
        return _collapse_spaces(folded)
    return _normalize_mixed(text, translated)


def _collapse_spaces(text: str) -> Normalized:
    """The fast path: only runs of spaces change length."""
    pieces = _Pieces()
    pieces.stretch(text, 0)
    return pieces.normalized()


def _normalize_mixed(text: str, translated: str) -> Normalized:
    """Text with a few characters that NFKC, case folding or the invisible characters change
    (an ellipsis, a ligature, a decomposed accent, a soft hyphen): those character clusters
    folded one at a time, and the stretches between them as the fast path folds them.
    Folding every cluster alone made one "…" cost a report ~100× the fast path's time."""
    pieces = _Pieces()
    done = 0
    for start, end in _complex_clusters(text, translated):
        pieces.stretch(translated[done:start].casefold(), done)
        pieces.cluster(_fold_cluster(text[start:end]), start, end)
        done = end
    pieces.stretch(translated[done:].casefold(), done)
    return pieces.normalized()


def _complex_clusters(text: str, translated: str) -> list[tuple[int, int]]:
    """(start, end) of each character cluster (a base and its combining marks) whose folding
    is not one character in, one character out, in order."""
    clusters: list[tuple[int, int]] = []
    for match in _NON_ASCII.finditer(translated):
        at = match.start()
        if (clusters and at < clusters[-1][1]) or _folds_simply(translated[at]):
            continue
        start = at
        while start > 0 and unicodedata.combining(text[start]):  # a mark joins its base
            start -= 1
        end = at + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if clusters and start < clusters[-1][1]:
            start = clusters.pop()[0]
        clusters.append((start, end))
    return clusters


@functools.cache  # one entry per character seen: bounded by Unicode
def _folds_simply(char: str) -> bool:
    """Whether `char` (already translated) folds to one character on its own, as the fast
    path folds it."""
    folded = char.casefold()
    return (len(folded) == 1 and not folded.isspace() and char not in _INVISIBLE_CHARS
            and not unicodedata.combining(char) and unicodedata.normalize("NFKC", char) == char)


def _fold_cluster(cluster: str) -> str:
    piece = _INVISIBLE.sub("", unicodedata.normalize("NFKC", cluster).translate(_TABLE).casefold())
    piece = piece.translate(_TABLE)
    return " " if piece.isspace() else piece


class _Pieces:
    """Normalized text assembled from stretches (mapped one to one, runs of spaces made
    one) and folded clusters (mapped as wholes)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.breaks: list[int] = []
        self.origins: list[int] = []
        self.ends: list[int] = []
        self.out = 0

    def _add(self, piece: str, start: int, end: int) -> None:
        if self.parts and piece == " " and self.parts[-1].endswith(" "):
            self.ends[-1] = end  # the run of spaces grows
            return
        self.breaks.append(self.out)
        self.origins.append(start)
        self.ends.append(end)
        self.parts.append(piece)
        self.out += len(piece)

    def cluster(self, piece: str, start: int, end: int) -> None:
        if piece:
            self._add(piece, start, end)

    def stretch(self, folded: str, origin: int) -> None:
        core = folded.strip(" ")
        lead = len(folded) - len(folded.lstrip(" "))
        if lead:
            self._add(" ", origin, origin + lead)
        last = 0
        for run in _RUNS.finditer(core):
            self._add(core[last:run.start()], origin + lead + last, origin + lead + run.start())
            self._add(" ", origin + lead + run.start(), origin + lead + run.end())
            last = run.end()
        if last < len(core):
            self._add(core[last:], origin + lead + last, origin + lead + len(core))
        if core and len(folded) > lead + len(core):
            self._add(" ", origin + lead + len(core), origin + len(folded))

    def normalized(self) -> Normalized:
        if not self.breaks:
            return Normalized("", (0,), (0,), (0,))
        return Normalized("".join(self.parts), tuple(self.breaks), tuple(self.origins), tuple(self.ends))


@dataclass(frozen=True, slots=True)
class Location:
    status: QuoteStatus
    passage: Passage | None
    score: float


def locate_quote(report_id: str, quote: str, body: Normalized, original: str) -> Location:
    """Find `quote` in a report whose reading text is `original` (normalised as `body`)."""
    parts = [p for p in (normalize(part).text.strip() for part in _ELLIPSIS.split(quote.strip())) if p]
    if not any(_WORD.search(p) for p in parts):
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)  # punctuation alone quotes nothing
    spans = _find_parts(parts, body.text)
    if spans is not None:
        passage = _passage(report_id, spans, body, original)
        if len(parts) == 1 or _fair_elision(parts, spans, body.text):
            return Location(QuoteStatus.VERIFIED, passage, 100.0)
        # Every word is the report's, but the elision drops whole sentences or leaves
        # fragments too short to keep the sense: the author should look at it.
        return Location(QuoteStatus.APPROXIMATE, passage, 99.0)
    return _fuzzy(report_id, " ".join(parts), body, original)


def _find_parts(parts: list[str], text: str) -> list[tuple[int, int]] | None:
    """Each part in order, starting and ending on word boundaries ("successful" is not
    found inside "unsuccessful")."""
    spans, cursor = [], 0
    for part in parts:
        found = _find_bounded(part, text, cursor)
        if found < 0:
            return None
        spans.append((found, found + len(part)))
        cursor = found + len(part)
    return spans


def _find_bounded(part: str, text: str, start: int) -> int:
    found = text.find(part, start)
    while found >= 0:
        before_ok = not (part[0].isalnum() and found > 0 and text[found - 1].isalnum())
        end = found + len(part)
        after_ok = not (part[-1].isalnum() and end < len(text) and text[end].isalnum())
        if before_ok and after_ok:
            return found
        found = text.find(part, found + 1)
    return -1


def _fair_elision(parts: list[str], spans: list[tuple[int, int]], text: str) -> bool:
    """An ellipsis may drop words within a passage, not join fragments from far apart."""
    if any(len(_WORD.findall(p)) < MIN_ELIDED_WORDS for p in parts):
        return False
    gaps = (text[end:start] for (_, end), (start, _) in zip(spans, spans[1:]))
    return all(len(_WORD.findall(gap)) <= MAX_ELIDED_WORDS for gap in gaps)


def _fuzzy(report_id: str, wanted: str, body: Normalized, original: str) -> Location:
    if len(wanted) < 12 or not body.text:
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    if len(wanted) >= len(body.text):  # partial alignment needs the quote to be the shorter
        score = fuzz.ratio(wanted, body.text)
        status = QuoteStatus.APPROXIMATE if score >= APPROXIMATE_SCORE else QuoteStatus.NOT_FOUND
        span = _widen_to_words(body.text, 0, len(body.text))
        return Location(status, _passage(report_id, [span], body, original), score)
    best = fuzz.partial_ratio_alignment(wanted, body.text, score_cutoff=APPROXIMATE_SCORE)
    if best is None:
        # Still name the closest passage: a lower cut-off only to help the author.
        near = fuzz.partial_ratio_alignment(wanted, body.text, score_cutoff=60)
        if near is None:
            return Location(QuoteStatus.NOT_FOUND, None, 0.0)
        span = _widen_to_words(body.text, near.dest_start, near.dest_end)
        return Location(QuoteStatus.NOT_FOUND, _passage(report_id, [span], body, original), near.score)
    span = _widen_to_words(body.text, best.dest_start, best.dest_end)
    return Location(QuoteStatus.APPROXIMATE, _passage(report_id, [span], body, original), best.score)


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A fuzzy alignment may cut a word in two; highlight whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def _passage(report_id: str, spans: list[tuple[int, int]], body: Normalized, original: str) -> Passage:
    mapped = tuple((body.start(s), _cluster_end(original, body.end(e))) for s, e in spans)
    words = tuple(original[s:e] for s, e in mapped)
    key = report_id + "\0" + " ".join(body.text[s:e] for s, e in spans)
    anchor = "q-" + hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()
    return Passage(mapped, words, anchor)


def _cluster_end(text: str, end: int) -> int:
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end
