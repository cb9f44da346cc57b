"""Mentions: a report whose text names a province or place its front matter does not list.

Any spelling counts — English, McCune–Reischauer, Revised Romanization, Hangul, a place's
aliases — so a report is not missing from a province page because its author forgot a tag.
Latin names match whole words, case-insensitively; Hangul names may carry particles
(함경북도에서), so only their start must be a word boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.diagnostics import Diagnostic, Pos, warning
from generator.model import Province, ResolvedPlace, ResolvedReport

_APOSTROPHES = "'’‘ʼ`"


def _pattern(name: str) -> str:
    parts = []
    for char in name:
        if char in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]?")
        elif char in " -":
            parts.append(r"[\s\-]+")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    if re.search(r"[\uac00-\ud7a3]", name):
        return rf"(?<![\uac00-\ud7a3]){body}"
    return rf"(?<!\w){body}(?!\w)"


class MentionFinder:
    """One regular expression over every name of every province and place."""

    def __init__(self, provinces: Iterable[Province], places: dict[str, ResolvedPlace]):
        self.targets: dict[str, tuple[str, str, str]] = {}  # group name → (kind, id, shown name)
        alternatives = []
        names: list[tuple[str, str, str, str]] = []
        for p in provinces:
            names += [(n, "province", p.code, p.name) for n in (p.name, p.mr, p.rr, p.hangul, *p.aliases)]
        for pid, rp in places.items():
            place = rp.place
            names += [(n, "place", pid, place.name) for n in (place.name, place.hangul, *place.aliases)]
        seen: set[str] = set()
        # Longest first, so "South Hamgyong" wins over a shorter name inside it.
        for name, kind, ident, shown in sorted(names, key=lambda n: (-len(n[0]), n[0])):
            if len(name) < 2 or name.casefold() in seen:
                continue
            seen.add(name.casefold())
            group = f"n{len(self.targets)}"
            self.targets[group] = (kind, ident, shown)
            alternatives.append(f"(?P<{group}>{_pattern(name)})")
        self.regex = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None

    def check(self, resolved: ResolvedReport, places: dict[str, ResolvedPlace]) -> list[Diagnostic]:
        if self.regex is None:
            return []
        report = resolved.report
        listed = {("province", c) for c in resolved.provinces} | {("place", p) for p in resolved.places}
        found: dict[tuple[str, str], tuple[int, str, str]] = {}
        for match in self.regex.finditer(report.body):
            kind, ident, shown = self.targets[match.lastgroup]
            if (kind, ident) not in listed and (kind, ident) not in found:
                found[(kind, ident)] = (match.start(), match.group(), shown)
        diags = []
        for (kind, ident), (offset, written, shown) in found.items():
            line = report.body_line + report.body.count("\n", 0, offset)
            col = offset - (report.body.rfind("\n", 0, offset) + 1) + 1
            field = "provinces" if kind == "province" else "places"
            value = shown if kind == "province" else ident
            as_written = f' (as "{written}")' if written != shown else ""
            diags.append(warning(Pos(report.path, line, col),
                                 f'report mentions {kind} "{shown}"{as_written} but does not list it in {field}',
                                 f"add {value} to {field}: in the front matter"))
        return diags
