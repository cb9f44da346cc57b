"""Regular expressions compiled when first used, not when their module is imported.

The citation rules hold a few hundred patterns, many of them for one language each, and
compiling them all took ~0.2 s of every build that locates a quote: a fifth of a one-report
edit at 10,000 reports, for patterns of languages the archive may never quote. A pattern
here is compiled the first time one of its methods is looked up; the compiled pattern's
methods are then set on the instance, so every later call costs what it costs on a compiled
pattern. Its `pattern` and `flags` (as given) are there from the start, so patterns can still
be built from others' sources without compiling them.

Even compiled lazily, the ~120 patterns that judging English quotes uses cost ~50 ms to
compile in every process that judges one (all 552 of them: 0.21 s): most of that is Python's
own parser of patterns, in Python. What it makes of a pattern (the regular-expression
engine's code: a list of numbers) is kept in the build cache (`codes`, store.py), so a later
build turns each pattern it needs straight into a compiled one (~30 µs instead of ~0.4 ms).
Those numbers are the engine's own, not a public format: they are used only by the Python
that made them (the cache's header names its exact version), the engine checks them as it
takes them, and a pattern whose code fails is compiled as usual.
"""

from __future__ import annotations

import contextlib
import re
from array import array
from collections.abc import Callable
from typing import Any

try:  # the parts of `re` that re.compile uses (Python 3.11 on)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: every pattern compiled as usual
    _sre = _compiler = _parser = None
if _sre is not None and array("I").itemsize != _sre.CODESIZE:  # the code kept as 32-bit numbers
    _sre = None

# What a caller may look up on a compiled pattern, bound once it is compiled.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_FIELDS = ("groups", "groupindex")

# (pattern, flags) → what _sre.compile takes besides the pattern: flags, code (packed: a list
# of ints takes twice the room, and unpickles ten times slower), groups, groupindex,
# indexgroup. Filled from the cache on the first compile, then as patterns compile.
Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_codes: dict[tuple[str, int], Code] = {}
_load: Callable[[], dict[tuple[str, int], Code] | None] | None = None
_every: list[LazyPattern] = []  # every lazy pattern there is (all are made at import)
_from_cache: frozenset[tuple[str, int]] = frozenset()  # the codes the cache holds, as last read


class LazyPattern:
    """re.compile(pattern, flags), put off until a method or field is first looked up."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        _every.append(self)

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not have yet: the first use of a method.
        if name not in _METHODS and name not in _FIELDS:
            raise AttributeError(name)
        compiled = _compiled(self.pattern, int(self.flags))
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


def load_codes_with(load: Callable[[], dict[tuple[str, int], Code] | None]) -> None:
    """Where the codes kept by an earlier build come from, read on the first compile (a
    build that judges no quote never reads them)."""
    global _load
    _load = load


def _compiled(pattern: str, flags: int) -> re.Pattern:
    kept = _known().get((pattern, flags)) if _sre is not None else None
    if kept is not None:
        try:
            return _made(pattern, kept)
        except Exception:  # noqa: BLE001 — code this engine does not take (it checks): compiled anew
            _forget((pattern, flags))
    return _compile(pattern, flags)


def _made(pattern: str, kept: Code) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = kept
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _known() -> dict[tuple[str, int], Code]:
    """The codes known: read from the cache first, the first time they are needed."""
    global _load, _from_cache
    if _load is not None:
        load, _load = _load, None
        found = load()
        found = found if isinstance(found, dict) else {}
        _codes.update(found)
        _from_cache = frozenset(found)
    return _codes


def _forget(key: tuple[str, int]) -> None:
    """A code the engine refused: not kept, and no longer taken for what the cache holds."""
    global _from_cache
    _codes.pop(key, None)
    _from_cache = _from_cache - {key}


def _compile(pattern: str, flags: int) -> re.Pattern:
    """As re.compile does it (re._compiler.compile), keeping the code it makes."""
    if _sre is None:
        return re.compile(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # (opcodes are ints with names)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        made: Code = (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
                      tuple(indexgroup))
        compiled = _sre.compile(pattern, made[0], code, *made[2:])
    except Exception:  # noqa: BLE001 — an error in the pattern (raised again here), or another `re`
        return re.compile(pattern, flags)
    _codes[(pattern, flags)] = made
    return compiled


def codes_to_keep(every: bool) -> dict[tuple[str, int], Code] | None:
    """The codes to keep in the cache: of the patterns compiled so far or, `every`, of all
    the lazy patterns there are (compiling the others: ~0.2 s for all, worth it where a
    child saves the cache while the build goes on), each checked by the engine. None when
    the cache holds them all already, or this Python's `re` makes none to reuse."""
    global _from_cache
    if _sre is None or (not every and _load is not None):
        return None  # (the cache's codes unread: no pattern was compiled since, nothing is new)
    known = _known()
    # (of the patterns there are now: a pattern edited in a checkout leaves its old code behind)
    keys = list(dict.fromkeys((p.pattern, int(p.flags)) for p in _every))
    for key in keys if every else ():
        if key not in known:
            with contextlib.suppress(re.error):  # (a pattern that does not compile fails where it is used)
                _compile(*key)
    if all(key in _from_cache for key in keys if key in known):
        return None
    for key in keys:
        if key in known and not _takes(key, known[key]):
            _forget(key)
    kept = {key: known[key] for key in keys if key in known}
    _from_cache = frozenset(kept)
    return kept


def _takes(key: tuple[str, int], code: Code) -> bool:
    try:
        _made(key[0], code)
    except Exception:  # noqa: BLE001 — whatever the engine says of it
        return False
    return True
