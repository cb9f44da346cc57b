"""Locating quotes in report text: the heart of the product.

A quote is *verified* when it occurs in the report after both are normalised (Unicode
NFKC, curly quotes, dashes, white space, case); *approximate* when only a close fuzzy match
exists (rapidfuzz's best partial alignment); otherwise *not found*. An ellipsis ("…" or
"...") in a quote stands for omitted words: each part must be found, in order.
"""

from __future__ import annotations

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
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\n\r\f\v"
# One character in, one character out: offsets survive the translation.
_TABLE = str.maketrans(
    {**{c: "'" for c in _SINGLE}, **{c: '"' for c in _DOUBLE},
     **{c: "-" for c in _DASHES}, **{c: " " for c in _SPACES}}
)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_RUNS = re.compile(r" {2,}")
_ELLIPSIS = re.compile(r"\s*(?:\.\s*\.\s*\.|…)\s*")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and a map from its offsets back to the original's."""

    text: str
    breaks: tuple[int, ...]  # normalised offsets where the mapping shifts …
    origins: tuple[int, ...]  # … and the original offset each one maps to

    def original(self, index: int) -> int:
        k = bisect_right(self.breaks, index) - 1
        return self.origins[k] + (index - self.breaks[k])


def normalize(text: str) -> Normalized:
    translated = text.translate(_TABLE)
    folded = translated.casefold()
    if (len(folded) == len(text) and unicodedata.is_normalized("NFKC", translated)
            and not _INVISIBLE.search(translated)):
        return _collapse_spaces(folded)
    return _normalize_slowly(text)


def _collapse_spaces(text: str) -> Normalized:
    """The fast path: only runs of spaces change length."""
    pieces, breaks, origins = [], [0], [0]
    last, out = 0, 0
    for run in _RUNS.finditer(text):
        pieces.append(text[last:run.start() + 1])
        out += run.start() + 1 - last
        last = run.end()
        breaks.append(out)
        origins.append(last)
    pieces.append(text[last:])
    return Normalized("".join(pieces), tuple(breaks), tuple(origins))


def _normalize_slowly(text: str) -> Normalized:
    """Character clusters (a base and its combining marks) one at a time."""
    pieces: list[str] = []
    breaks: list[int] = []
    origins: list[int] = []
    out, i, n = 0, 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text[i:j]).translate(_TABLE).casefold())
        piece = piece.translate(_TABLE)
        if piece.isspace() or (piece == " "):
            piece = "" if pieces and pieces[-1].endswith(" ") else " "
        if piece:
            breaks.append(out)
            origins.append(i)
            pieces.append(piece)
            out += len(piece)
        i = j
    if not breaks:
        breaks, origins = [0], [0]
    return Normalized("".join(pieces), tuple(breaks), tuple(origins))


@dataclass(frozen=True, slots=True)
class Location:
    status: QuoteStatus
    passage: Passage | None
    score: float


def locate_quote(report_id: str, quote: str, body: Normalized, original: str) -> Location:
    """Find `quote` in a report whose reading text is `original` (normalised as `body`)."""
    parts = [p for p in (normalize(part).text.strip() for part in _ELLIPSIS.split(quote.strip())) if p]
    if not parts:
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    spans, cursor = [], 0
    for part in parts:
        found = body.text.find(part, cursor)
        if found < 0:
            break
        spans.append((found, found + len(part)))
        cursor = found + len(part)
    else:
        return Location(QuoteStatus.VERIFIED, _passage(report_id, spans, body, original), 100.0)
    return _fuzzy(report_id, " ".join(parts), body, original)


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
        passage = _passage(report_id, [(near.dest_start, near.dest_end)], body, original)
        return Location(QuoteStatus.NOT_FOUND, passage, near.score)
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
    mapped = tuple((body.original(s), body.original(e - 1) + 1) for s, e in spans)
    mapped = tuple((s, _cluster_end(original, e)) for s, e in mapped)
    words = tuple(original[s:e] for s, e in mapped)
    key = report_id + "\0" + " ".join(body.text[s:e] for s, e in spans)
    anchor = "q-" + hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()
    return Passage(mapped, words, anchor)


def _cluster_end(text: str, end: int) -> int:
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end
