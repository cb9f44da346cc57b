"""Patterns compiled on first use (generator/lazyre.py): they answer as compiled ones do, and
importing the citation rules compiles none of theirs (it took ~0.2 s of every one-report edit)."""

from __future__ import annotations

import os
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


# --- code kept in the build cache ------------------------------------------------------------

TEXTS = [
    "Officials did not confirm that output at the Chollima steel complex rose by 12 percent in 2023.",
    "“We were told to hand in 6 kilograms of scrap,” a trader said, adding that prices had doubled.",
    "According to a source, the plant has run only 40 days this year, far fewer than planned.",
    "Le ministère a démenti que la production ait augmenté de 5 % selon des sources locales.",
    "据消息人士称，工厂今年只运行了40天，产量是否增加尚不清楚。",
    "소식통에 따르면 공장은 올해 40일만 가동되었으며 생산량이 증가했는지는 불분명하다.",
]


def test_patterns_made_from_kept_code_answer_as_compiled_ones():
    """Every pattern of the rules, made from the code a build keeps (pickled as the cache
    keeps it), is the pattern re.compile makes: its flags, groups and matches."""
    import importlib
    import pickle

    from generator import lazyre

    if lazyre._sre is None:
        pytest.skip("this Python's `re` makes no code to keep")
    for name in RULES:
        importlib.import_module(f"generator.{name}")
    assert len(lazyre._every) > 400
    for p in lazyre._every:
        try:
            expected = re.compile(p.pattern, p.flags)
        except re.error:  # one of this file's own, made to fail
            continue
        made = lazyre._compile(p.pattern, int(p.flags))
        kept = pickle.loads(pickle.dumps(lazyre._codes[(p.pattern, int(p.flags))]))
        for pattern in (made, lazyre._made(p.pattern, kept)):
            assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == \
                (expected.pattern, expected.flags, expected.groups, expected.groupindex)
            for text in TEXTS:
                assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
                    [(m.span(), m.groups()) for m in expected.finditer(text)], (p.pattern, text)


CODES_PROBE = """
import sys
from re import _parser
from generator import lazyre
by_lazyre = []
real = _parser.parse
def spy(*args, **kwargs):
    if sys._getframe(1).f_code.co_filename.endswith("lazyre.py"):
        by_lazyre.append(args[0])
    return real(*args, **kwargs)
_parser.parse = spy
from generator.cli import main
status = main(["build", "--root", sys.argv[1], "-j", "1"])
print(status, len(by_lazyre), sum(p.compiled() for p in lazyre._every))
"""


def _probe(root: Path) -> tuple[int, int, int]:
    done = subprocess.run([sys.executable, "-c", CODES_PROBE, str(root)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    status, parsed, used = map(int, done.stdout.split()[-3:])
    return status, parsed, used


def _edit_quoted_report(root: Path, words: str) -> None:
    """Words before beta's quotes: their passages move, so they are located (and judged) again."""
    path = root / "content/reports/beta.md"
    original = (ROOT / "tests/fixtures/basic/content/reports/beta.md").read_text(encoding="utf-8")
    path.write_text(original.replace("State media said", words), encoding="utf-8")


def test_a_build_keeps_what_patterns_compile_to_and_the_next_parses_none(tmp_path):
    from conftest import copy_fixture
    from test_cache import _cold, _tree

    from generator import store

    root = copy_fixture("basic", tmp_path / "root")
    assert _probe(root)[0] == 0
    assert (root / store.CACHE_DIR / "codes").is_file()
    _edit_quoted_report(root, "On Monday state media said")  # its quotes are located again
    status, parsed, used = _probe(root)
    assert status == 0 and used > 20 and parsed == 0
    assert _tree(root / "site") == _cold(root)
    # Without them, the same build parses every pattern it uses: the probe sees it.
    (root / store.CACHE_DIR / "codes").unlink()
    _edit_quoted_report(root, "On Tuesday state media said")
    status, parsed, used = _probe(root)
    assert status == 0 and parsed >= used > 20
    assert (root / store.CACHE_DIR / "codes").is_file()  # kept again, with the models it saved


BAD_CODE = (999999).to_bytes(4, sys.byteorder)  # no opcode of the engine's


def test_code_the_engine_refuses_is_compiled_anew(tmp_path):
    """Code kept for a pattern that this engine does not take (damage the cache's checksum
    missed, another build of the same Python) is dropped: the pattern compiles as usual."""
    from conftest import copy_fixture
    from test_cache import _cold, _tree

    from generator import lazyre, store

    root = copy_fixture("basic", tmp_path / "root")
    assert _probe(root)[0] == 0
    for name in RULES:
        __import__(f"generator.{name}")
    store._write(root / store.CACHE_DIR / "codes",
                 {(p.pattern, int(p.flags)): (0, BAD_CODE, 0, {}, ()) for p in lazyre._every})
    _edit_quoted_report(root, "On Monday state media said")
    status, parsed, used = _probe(root)
    assert status == 0 and parsed >= used > 20
    assert _tree(root / "site") == _cold(root)
    kept = store.read_codes(root)  # and the codes saved with the models are good again
    assert len(kept) >= used and all(code[1] != BAD_CODE for code in kept.values())


SOURCES_PROBE = f"""
import hashlib, importlib
from generator import lazyre
for name in {RULES!r}:
    importlib.import_module("generator." + name)
sources = sorted((p.pattern, int(p.flags)) for p in lazyre._every)
print(len(sources), hashlib.sha256(repr(sources).encode()).hexdigest())
"""


def test_the_rules_patterns_are_the_same_in_every_process():
    """A pattern joined from a set's words in its order differed from process to process (the
    order of a set of strings follows the hash seed): its kept code was never found."""
    seen = {subprocess.run([sys.executable, "-c", SOURCES_PROBE], capture_output=True, text=True, cwd=ROOT,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1


def test_a_parallel_build_keeps_the_code_of_every_pattern(tmp_path, monkeypatch):
    """Where a child saves the cache while the pages render, it compiles the patterns no
    process of the build needed yet, so the next build needs to compile none."""
    import importlib

    from generator import lazyre, store
    from generator.persist import build_persistent

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synth import generate

    root = tmp_path / "synthetic"
    generate(root, 200, seed=3)
    # A thread an earlier test left running (Playwright's) would keep the save in this process.
    monkeypatch.setattr("generator.store.can_fork", lambda: True)
    assert build_persistent(root, workers=2).ok
    for name in RULES:
        importlib.import_module(f"generator.{name}")
    rules = {(p.pattern, int(p.flags)) for p in lazyre._every if _compiles(p)}
    assert len(rules) > 500 and rules <= store.read_codes(root).keys()


def _compiles(pattern) -> bool:
    try:
        re.compile(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return True


def test_codes_that_cannot_be_saved_cost_the_cache_nothing_else(tmp_path):
    """The codes only save compiling: where they cannot be written, the models and the record
    of the build still are, and the next build has nothing to do. (Built in fresh processes:
    one that compiled the patterns already would have no code to save.)"""
    from conftest import copy_fixture

    from generator import store

    root = copy_fixture("basic", tmp_path / "root")
    (root / store.CACHE_DIR / "codes").mkdir(parents=True)  # no file can be put there
    said = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root), "-j", "1"],
                              capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              timeout=120)
        assert done.returncode == 0, done.stderr
        said.append(done.stdout + done.stderr)
    assert "0 warnings" in said[0] and "cache" not in said[0]
    assert "(0 written," in said[1]


def test_where_the_engine_keeps_no_code_patterns_compile_as_usual(monkeypatch):
    """Another Python's `re` (or a C unsigned int that is not the engine's code size): the
    patterns compile with re.compile, and nothing is kept."""
    from generator import lazyre

    monkeypatch.setattr(lazyre, "_sre", None)
    monkeypatch.setattr(lazyre, "_codes", {})
    monkeypatch.setattr(lazyre, "_every", [])
    pattern = lazy(r"(?P<word>[a-z]+)(\d+)")
    assert pattern.search("xx ab12").group("word") == "ab"
    assert lazyre._codes == {} and lazyre.codes_to_keep(every=True) is None
