"""Names → ids: exact ids first, then spelling-insensitive names, ambiguity reported."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from generator.diagnostics import Diagnostic, Pos, error
from generator.fields import did_you_mean, unseen
from generator.model import Ref


def name_key(name: str) -> str:
    """Spelling-insensitive key: no diacritics, case, spaces, hyphens or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    bare = re.sub(r"[\s\-'’‘`ʼ.]+", "", unicodedata.normalize("NFC", bare))
    return re.sub(r"(province|specialcity|city)$", "", bare) or bare


class Names:
    """Looks up canonical ids: an exact id first, then any name with spelling folded.

    A folded name that fits two entries is ambiguous and reported, never guessed."""

    def __init__(self, what: str, ids: Iterable[str], names: Iterable[tuple[str, str]] = (),
                 silent: bool = False, quiet: Iterable[str] = (), defined_in: str = ""):
        # `silent`: report no unknown name (the file defining them is unreadable); `quiet`:
        # not these (an entry left out for its errors defines them); `defined_in`: the file
        # a new one is added to
        self.what, self.silent, self.defined_in = what, silent, defined_in
        self.quiet = {name_key(n) for n in quiet}
        self.ids = set(ids)
        self.by_key: dict[str, set[str]] = {}
        self.spellings: list[str] = []  # every name as written, for "did you mean"
        for name, canonical in names:
            self.by_key.setdefault(name_key(name), set()).add(canonical)
            self.spellings.append(name)
        self.shown = sorted(self.ids)
        self.reported: set[Pos] = set()
        self.folded: dict[str, list[str]] = {}

    def lookup(self, value: str) -> str | None:
        """The id `value` names unambiguously, or None; reports nothing."""
        if value in self.ids:
            return value
        found = self.by_key.get(name_key(value), ())
        return next(iter(found)) if len(found) == 1 else None

    def find(self, ref: Ref, diags: list[Diagnostic], context: str = "") -> str | None:
        if ref.value in self.ids:
            return ref.value
        if ref.value not in self.folded:  # the same few names recur in every file
            self.folded[ref.value] = sorted(self.by_key.get(name_key(ref.value), ()))
        found = self.folded[ref.value]
        if len(found) == 1:
            return found[0]
        # A claim inherits its brief's lists: report a bad name once, where it is written.
        if self.silent or name_key(ref.value) in self.quiet or ref.pos in self.reported:
            return None
        self.reported.add(ref.pos)
        where = f" {context}" if context else ""
        if found:
            diags.append(error(ref.pos, f'{self.what} "{ref.value}"{where} is ambiguous: it names '
                               + " and ".join(f'"{f}"' for f in found), f"use the {self.what}'s id"))
            return None
        listed = ", ".join(self.shown[:20]) + (f", … ({len(self.shown)} in all)" if len(self.shown) > 20 else "")
        # the closest of ids and spellings alike: "Hamgyong-puk" is nearer "Hamgyŏng-pukto" (North)
        # than any id, and ids first gave "South Hamgyong", as near as "North Hamgyong"
        hint = unseen(ref.value) + (did_you_mean(ref.value, [*self.shown, *self.spellings])
                                    or (f"known {self.what}s: {listed}" if listed else f"there are no {self.what}s yet")
                                    + (f"; a new one is added to {self.defined_in}" if self.defined_in else ""))
        diags.append(error(ref.pos, f'unknown {self.what} "{ref.value}"{where}', hint))
        return None

    def find_all(self, refs: Iterable[Ref], diags: list[Diagnostic], context: str = "") -> tuple[str, ...]:
        found = (self.find(ref, diags, context) for ref in refs)
        return tuple(dict.fromkeys(f for f in found if f is not None))
