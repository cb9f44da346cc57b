"""Regular expressions compiled when first used, not when their module is imported.

The citation rules hold a few hundred patterns, many of them for one language each, and
compiling them all took ~0.2 s of every build that locates a quote: a fifth of a one-report
edit at 10,000 reports, for patterns of languages the archive may never quote. A pattern
here is compiled the first time one of its methods is looked up; the compiled pattern's
methods are then set on the instance, so every later call costs what it costs on a compiled
pattern. Its `pattern` and `flags` (as given) are there from the start, so patterns can still
be built from others' sources without compiling them.
"""

from __future__ import annotations

import re
from typing import Any

# What a caller may look up on a compiled pattern, bound once it is compiled.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_FIELDS = ("groups", "groupindex")


class LazyPattern:
    """re.compile(pattern, flags), put off until a method or field is first looked up."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not have yet: the first use of a method.
        if name not in _METHODS and name not in _FIELDS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for attribute in (*_METHODS, *_FIELDS):
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def compiled(self) -> bool:
        """Whether it has been compiled yet."""
        return "search" in self.__dict__

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
