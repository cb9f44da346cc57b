"""Mentions: a report whose text names a province or place its front matter does not list.

Any spelling counts — English, McCune–Reischauer, Revised Romanization, Hangul, a place's
aliases — so a report is not missing from a province page because its author forgot a tag.
Text and names are compared normalised as quotes are (case, quotes, dashes, white space;
hyphens count as spaces). Latin names match whole words; Hangul names may carry particles
(함경북도에서), so only their start must be a word boundary.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from generator.citations import normalize
from generator.diagnostics import Diagnostic, Pos, warning
from generator.model import Province, ResolvedPlace, ResolvedReport

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Words start where a name can: after anything that is not a letter or digit. Apostrophes
# belong to words, as in "p'yŏngan".
_WORDS = re.compile(r"[\w']+")


def _key(text: str) -> str:
    return normalize(text).text.replace("-", " ")


class MentionFinder:
    """Every name of every province and place, normalised once per build."""

    def __init__(self, provinces: Iterable[Province], places: dict[str, ResolvedPlace]):
        names: list[tuple[str, str, str, str]] = []
        for p in provinces:
            names += [(n, "province", p.code, p.name) for n in (p.name, p.mr, p.rr, p.hangul, *p.aliases)]
        for pid, rp in places.items():
            place = rp.place
            names += [(n, "place", pid, place.name) for n in (place.name, place.hangul, *place.aliases)]
        self.names: dict[str, tuple[str, str, str]] = {}  # normalised name → (kind, id, shown name)
        for name, kind, ident, shown in names:
            for variant in {name, name.replace("'", "").replace("’", "")}:
                key = _key(variant).strip()
                if len(key) >= 2:
                    self.names.setdefault(key, (kind, ident, shown))
        # Names by their first word (Hangul: first two syllables, as particles attach), longest
        # first, so one pass over the words of a report finds every candidate.
        self.by_head: dict[str, list[str]] = {}
        for key in sorted(self.names, key=lambda k: (-len(k), k)):
            self.by_head.setdefault(_head(key), []).append(key)
        self.heads = sorted(self.by_head)
        self.fingerprint = hashlib.blake2b(repr(sorted(self.names.items())).encode(), digest_size=16).hexdigest()

    def check(self, resolved: ResolvedReport, places: dict[str, ResolvedPlace]) -> list[Diagnostic]:
        report = resolved.report
        listed = {("province", c) for c in resolved.provinces} | {("place", p) for p in resolved.places}
        body = normalize(report.body)
        text = body.text.replace("-", " ")
        # A first word that does not occur at all rules out all its names: ~100 substring
        # tests in C instead of a loop over the report's words in Python.
        found: dict[tuple[str, str], tuple[int, str, str]] = {}
        for head in self.heads:
            if head not in text:
                continue
            for key in self.by_head[head]:
                kind, ident, shown = self.names[key]
                if (kind, ident) in listed or (kind, ident) in found:
                    continue
                at = _find(text, key)
                if at >= 0:
                    start = body.start(at)
                    found[(kind, ident)] = (start, report.body[start:body.end(at + len(key))], shown)
        return [self._warning(report, kind, ident, *mention) for (kind, ident), mention in
                sorted(found.items(), key=lambda item: item[1][0])]

    @staticmethod
    def _warning(report, kind: str, ident: str, offset: int, written: str, shown: str) -> Diagnostic:
        line = report.body_line + report.body.count("\n", 0, offset)
        col = offset - (report.body.rfind("\n", 0, offset) + 1) + 1
        field = "provinces" if kind == "province" else "places"
        value = shown if kind == "province" else ident
        as_written = f' (as "{written}")' if written != shown else ""
        return warning(Pos(report.path, line, col),
                       f'report mentions {kind} "{shown}"{as_written} but does not list it in {field}',
                       f"add {value} to {field}: in the front matter")


def _head(text: str) -> str:
    """The lookup key of a name or of a word of text: its first word, or two syllables."""
    first = _WORDS.match(text)
    word = first.group() if first else text
    return word[:2] if _HANGUL.match(word) else word


def _find(text: str, key: str) -> int:
    """Where `key` first stands as a word (a Hangul name may run on into a particle)."""
    hangul = bool(_HANGUL.match(key))
    at = text.find(key)
    while at >= 0:
        before = text[at - 1] if at else " "
        end = at + len(key)
        starts = not (before.isalnum() or before == "'")
        if starts and (hangul or end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(key, at + 1)
    return -1
