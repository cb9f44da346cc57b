"""Shared helpers: inline fixture sites (`make_site`), built fixture sites, HTML parsing."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import lxml.html
import pytest
from browser import browser  # noqa: F401  (the one session-wide Chromium fixture)

from generator.build import BuildResult, build_site

FIXTURES = Path(__file__).parent / "fixtures"

# Builds sign their cache with a key from the user's cache folder: tests use their own, and
# never touch the real one (child processes inherit it too).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="briefing-test-xdg-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)
REPO = Path(__file__).resolve().parent.parent

MINIMAL = {
    "content/site.yaml": "title: T\nbase_url: https://t.example/\n",
    "content/topics.yaml": "- id: steel\n  title: Steel\n",
    "content/reports/r1.md": (
        "---\ntitle: R1\npublisher: P1\npublished: 2024-01-01\ntopics: [steel]\n---\n"
        "The mill runs a few days each year.\n"
    ),
    "content/briefs/b1.yaml": (
        "title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n"
        "  - id: c1\n    text: Idle mill.\n    sources:\n"
        "      - report: r1\n        quote: \"runs a few days each year\"\n"
    ),
}


def make_site(root: Path, files: dict[str, str], base: dict[str, str] | None = MINIMAL) -> Path:
    """Write a site from {relative path: text}; `files` override or extend `base`.

    A value of None deletes that file from the base; bytes are written as they are."""
    merged = {**(base or {}), **files}
    for rel, text in merged.items():
        if text is None:
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
    return root


def copy_fixture(name: str, dest: Path) -> Path:
    shutil.copytree(FIXTURES / name, dest, ignore=shutil.ignore_patterns("site"))
    return dest


def page(out: Path, rel: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((out / rel).read_bytes())


def messages(result: BuildResult) -> list[str]:
    return [f"{d.pos}: {d.severity.value}: {d.message}" for d in result.diagnostics]


@pytest.fixture(scope="session")
def basic_site(tmp_path_factory) -> tuple[Path, BuildResult]:
    """The `basic` fixture, built once: (output folder, build result)."""
    root = copy_fixture("basic", tmp_path_factory.mktemp("basic") / "site-root")
    result = build_site(root)
    assert result.ok, messages(result)
    return root / "site", result
