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
from dataclasses import dataclass

import ahocorasick

from generator.diagnostics import Diagnostic, Pos, warning
from generator.model import Province, ResolvedPlace, ResolvedReport
from generator.normalize import normalize

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


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
        # One pass over a report finds every name in it, however long the gazetteer: testing
        # each name (or each first word) against every report costs reports × names, ten
        # seconds of a 10,000-report build once the places run to hundreds.
        self.automaton = ahocorasick.Automaton()
        for key, (kind, ident, _) in self.names.items():
            self.automaton.add_word(key, (key, kind, ident))
        self.automaton.make_automaton()
        self.fingerprint = hashlib.blake2b(repr(sorted(self.names.items())).encode(), digest_size=16).hexdigest()

    def check(self, resolved: ResolvedReport, places: dict[str, ResolvedPlace]) -> list[Diagnostic]:
        report, original = resolved.report, resolved.report.body
        listed = {("province", c) for c in resolved.provinces} | {("place", p) for p in resolved.places}
        # addresses blanked as written (line by line), each by as many spaces: offsets still
        # lead back to `original`
        body = normalize(_blank_addresses(original))
        text = body.text.replace("-", " ")
        # The first place the text names each province or place; at the same place, the
        # longest name (all of "Kim Chaek Steel", not "Kim Chaek").
        first: dict[tuple[str, str], tuple[int, int, str]] = {}  # (kind, id) → (at, -length, name)
        for last, (key, kind, ident) in self.automaton.iter(text) if self.names else ():
            at, item = last + 1 - len(key), (kind, ident)
            if item in listed or (item in first and first[item] <= (at, -len(key), key)):
                continue
            if _stands_alone(text, at, key) and not _in_a_title(original, body.start(at), body.end(at + len(key))):
                first[item] = (at, -len(key), key)
        # One warning for each kind, where the text first names one of them: an archive whose
        # front matter lists few places had six warnings a report, 62,000 at 10,000 reports.
        named: dict[str, list[_Named]] = {}
        for (kind, ident), (at, _, key) in sorted(first.items(), key=lambda item: (item[1], item[0])):
            start, end = body.start(at), body.end(at + len(key))
            named.setdefault(kind, []).append(_Named(ident, self.names[key][2], original[start:end], start))
        return [self._warning(report, original, kind, items) for kind, items in named.items()]

    @staticmethod
    def _warning(report, original: str, kind: str, items: list[_Named]) -> Diagnostic:
        offset = items[0].offset
        line = report.body_line + original.count("\n", 0, offset)
        col = offset - (original.rfind("\n", 0, offset) + 1) + 1
        field = "provinces" if kind == "province" else "places"
        values = [item.shown if kind == "province" else item.ident for item in items]
        names = [f'"{item.shown}"' + (f' (as "{item.written}")' if item.written != item.shown else "")
                 for item in items]
        if len(items) == 1:
            message = f"report mentions {kind} {names[0]} but does not list it in {field}"
        else:
            listed = f"{', '.join(names[:-1])} and {names[-1]}"
            message = f"report mentions {field} {listed} but does not list them in {field}"
        return warning(Pos(report.path, line, col), message, f"add {', '.join(values)} to {field}: in the front matter")


@dataclass(frozen=True)
class _Named:
    """A province or place a report names and does not list: its id, its name, the words
    that name it in the text and where they start in the body."""

    ident: str
    shown: str
    written: str
    offset: int


# Where a link leads is not what the text says: "(https://example.org/kaesong-market)",
# "[1]: ../media/hyesan.png" or a bare address name no place. Blanked, not cut out, so that
# offsets still lead back to the body. Three patterns, each found by a literal ("](", "]:",
# "://"): one alternation of them was tried at every character (1.8 s at 10,000 reports).
_INLINE_ADDRESS = re.compile(r"\]\((\s*<?[^\s)>]+)")
_DEFINED_ADDRESS = re.compile(r"^(?:[ \t]*>)*[ \t]{0,3}\[(?!\^)[^\]]+\]:[ \t]*\n?(?:[ \t]*>)*[ \t]*<?([^\s>]+)", re.M)
_SCHEME_REST = re.compile(r"://[^\s<>()]+")
_SCHEME = re.compile(r"(?<![^\W\d_])[A-Za-z][A-Za-z0-9+.\-]*$")


def _blank_addresses(text: str) -> str:
    spans = [m.span(1) for m in _INLINE_ADDRESS.finditer(text)]
    if "]:" in text:
        spans += [m.span(1) for m in _DEFINED_ADDRESS.finditer(text)]
    for m in _SCHEME_REST.finditer(text):
        if scheme := _SCHEME.search(text, max(0, m.start() - 32), m.start()):
            spans.append((scheme.start(), m.end()))
    if not spans:
        return text
    parts, done = [], 0
    for a, b in sorted(spans):
        if b > done:
            a = max(a, done)
            parts += [text[done:a], " " * (b - a)]
            done = b
    parts.append(text[done:])
    return "".join(parts)


def _stands_alone(text: str, at: int, key: str) -> bool:
    """Whether `key`, found at `at`, starts a word and (unless Hangul, which may run on into
    a particle) ends one."""
    if at and (text[at - 1].isalnum() or text[at - 1] == "'"):
        return False
    end = at + len(key)
    return bool(_HANGUL.match(key)) or end == len(text) or not text[end].isalnum()


# A name in a newspaper's or a broadcaster's name is no mention of where the report is
# about: "the Pyongyang Times desk", "Radio Pyongyang", 평양방송. Written capitalised, as
# titles are ("in Pyongyang, times are hard" is prose), or in capitals; over a line break,
# and out of emphasis ("*Pyongyang* Times"). Words that name places too ("Post Office",
# "Daily Life", "Press Conference", "Times Square") are left out.
_TITLE_WORDS = ("Times", "Herald", "Tribune", "Gazette", "Sinmun", "Shinmun", "Broadcasting", "Television", "Radio")
_SPACE = r"[*_]{0,3}(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"  # (spaces or one line break)
_TITLE_AFTER = re.compile(_SPACE + "(?:" + "|".join(f"{w}|{w.upper()}" for w in _TITLE_WORDS) + r")\b(?![^\S\n]+Square)"
                          r"|(?:신문|방송|통신)")
_TITLE_BEFORE = re.compile(r"\b(?:Radio|RADIO)" + _SPACE + r"[*_]{0,3}$")


def _in_a_title(original: str, start: int, end: int) -> bool:
    return bool(_TITLE_AFTER.match(original, end) or _TITLE_BEFORE.search(original, max(0, start - 16), start))
