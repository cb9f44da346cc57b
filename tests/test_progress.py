"""What a build shows while it runs and when it ends: bars per stage on a terminal once the
build has taken a second, nothing but the one-line summary otherwise."""

from __future__ import annotations

import io
import re
import subprocess
import sys

from conftest import REPO, make_site
from rich.console import Console

from generator.persist import build_persistent
from generator.progress import TerminalProgress

SUMMARY = re.compile(r"^built (\d+) pages \((\d+) written, (\d+) unchanged, (\d+) removed\) in [0-9.]+ s; "
                     r"0 errors, 0 warnings$")


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=100, color_system=None), out


def test_a_long_build_on_a_terminal_shows_a_bar_per_stage(tmp_path):
    console, out = _terminal()
    with TerminalProgress(console, delay=0) as progress:  # as if the build had taken a second
        assert build_persistent(make_site(tmp_path, {}), progress=progress).ok
    shown = out.getvalue()
    for label in ("reading content", "locating quotes", "rendering pages", "saving the cache"):
        assert label in shown
    assert re.search(r"rendering pages\s.*\b\d+/\d+\b", shown)  # how far, out of how many


def test_a_quick_build_shows_no_bars(tmp_path):
    console, out = _terminal()
    with TerminalProgress(console, delay=60) as progress:
        assert build_persistent(make_site(tmp_path, {}), progress=progress).ok
    assert out.getvalue() == ""


def test_the_summary_is_one_line_with_written_unchanged_and_removed(tmp_path):
    root = make_site(tmp_path, {})

    def build(*extra: str) -> str:
        done = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root), *extra],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        lines = done.stderr.splitlines()
        assert len(lines) == 1, lines  # not a terminal: no bars, just the summary
        return lines[0]

    first = SUMMARY.match(build("-j", "2"))
    assert first and int(first[2]) > 0 and first.groups()[2:] == ("0", "0")
    (root / "content" / "reports" / "r1.md").write_text(
        (root / "content" / "reports" / "r1.md").read_text() + "\nOne more sentence.\n")
    second = SUMMARY.match(build())
    assert second and second[2] == "1" and int(second[3]) == int(first[2]) - 1


def test_jobs_must_be_a_positive_number(tmp_path):
    done = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(tmp_path), "-j", "0"],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "at least 1" in done.stderr


def test_the_cache_is_saved_by_a_child_while_the_bars_show(tmp_path):
    # The bars run in daemon threads (our timer, rich's refresh): they must not keep the
    # build from saving its models in a forked child. In a process of its own, as other
    # tests may leave threads of their own running in this one.
    from conftest import copy_fixture

    root = copy_fixture("basic", tmp_path / "root")
    script = """if True:
        import io, sys, threading
        from pathlib import Path
        from rich.console import Console
        from generator import store
        from generator.persist import build_persistent
        from generator.progress import TerminalProgress
        children, real = [], store.Forked
        store.Forked = lambda work: children.append(threading.active_count()) or real(work)
        console = Console(file=io.StringIO(), force_terminal=True)
        with TerminalProgress(console, delay=0) as progress:
            result = build_persistent(Path(sys.argv[1]), workers=2, progress=progress)
        assert result.ok and not result.warnings, result.diagnostics
        assert len(children) == 1 and children[0] > 1, children  # forked, with the bars' threads alive
        assert store.read_state(Path(sys.argv[1])).validated  # and the models were saved
        print("ok")
    """
    done = subprocess.run([sys.executable, "-c", script, str(root)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr
