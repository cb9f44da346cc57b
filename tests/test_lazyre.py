"""Patterns compiled on first use (generator/lazyre.py): they answer as compiled ones do, and
importing the citation rules compiles none of theirs (it took ~0.2 s of every one-report edit)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.lazyre import lazy

ROOT = Path(__file__).resolve().parent.parent

CALLS = [
    ("search", ("xx ab12 cd3",)),
    ("search", ("xx ab12 cd3", 5)),
    ("search", ("xx ab12 cd3", 0, 4)),
    ("match", ("ab12 cd3",)),
    ("match", ("xx ab12",)),
    ("fullmatch", ("ab12",)),
    ("fullmatch", ("ab12 ",)),
    ("finditer", ("ab12 cd3 e4",)),
    ("findall", ("ab12 cd3 e4",)),
    ("sub", (r"<\2\1>", "ab12 cd3")),
    ("sub", (lambda m: m.group(1).upper(), "ab12 cd3", 1)),
    ("subn", ("_", "ab12 cd3")),
    ("split", ("ab12 cd3 e4",)),
]


def _same(a, b) -> bool:
    if isinstance(a, re.Match) or a is None:
        return (a is None and b is None) or (a.span() == b.span() and a.groups() == b.groups())
    if not isinstance(a, (str, list, tuple)):  # an iterator of matches
        return [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]
    return a == b


@pytest.mark.parametrize("method, args", CALLS)
def test_answers_as_a_compiled_pattern(method, args):
    source = r"(?P<word>[a-z]+)(\d+)"
    pattern = lazy(source)
    compiled = re.compile(source)
    # first use compiles; the second goes through the methods then bound to the instance
    assert _same(getattr(pattern, method)(*args), getattr(compiled, method)(*args))
    assert pattern.compiled()
    assert _same(getattr(pattern, method)(*args), getattr(compiled, method)(*args))
    assert (pattern.groups, pattern.groupindex) == (compiled.groups, compiled.groupindex)


def test_flags_are_kept():
    pattern = lazy(r"^b.", re.IGNORECASE | re.MULTILINE | re.DOTALL)
    assert pattern.findall("a\nB\n") == ["B\n"]


def test_source_without_compiling():
    """Patterns are built from others' sources ("(?:{negation.pattern})…"): reading one
    compiles nothing, nor does asking for what a pattern does not have."""
    pattern = lazy(r"\bnot\b", re.IGNORECASE)
    assert (pattern.pattern, pattern.flags) == (r"\bnot\b", re.IGNORECASE)
    with pytest.raises(AttributeError):
        pattern.no_such_method
    assert not pattern.compiled()
    assert lazy(rf"(?:{pattern.pattern}) ever").search("Not ever, not ever").span() == (10, 18)


def test_a_bad_pattern_fails_when_used():
    pattern = lazy("(unclosed")
    with pytest.raises(re.error):
        pattern.search("x")
    with pytest.raises(re.error):  # and again: nothing half-made is kept
        pattern.search("x")


RULES = ("citations", "negations", "figures", "scopes", "leadins", "ranges", "normalize", "plainwrap", "render")

IMPORT_PROBE = f"""
import re, sys
compiled_by = []
real = re._compile
def spy(pattern, flags):
    frame = sys._getframe(1)
    while frame and (frame.f_code.co_filename.endswith(("re/__init__.py", "lazyre.py"))):
        frame = frame.f_back
    compiled_by.append(frame.f_code.co_filename)
    return real(pattern, flags)
re._compile = spy
import generator.build, generator.patch
from generator.lazyre import LazyPattern
modules = [sys.modules["generator." + name] for name in {RULES!r}]
lazies = [v for m in modules for v in vars(m).values() if isinstance(v, LazyPattern)]
lazies += [p for m in modules for v in vars(m).values() if isinstance(v, dict)
           for p in v.values() if isinstance(p, LazyPattern)]
print(len(lazies), sum(p.compiled() for p in lazies))
print(sorted({{f.rsplit("/", 1)[-1] for f in compiled_by if "/generator/" in f}}))
"""


def test_importing_the_rules_compiles_none_of_their_patterns():
    done = subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, cwd=ROOT, check=True)
    counts, compiling = done.stdout.splitlines()
    made, compiled = map(int, counts.split())
    assert made > 150 and compiled == 0
    assert not set(eval(compiling)) & {f"{name}.py" for name in RULES}
