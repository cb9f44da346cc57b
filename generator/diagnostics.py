"""Diagnostics: the values every stage returns for problems in the user's content.

A Diagnostic names a file position, a severity, a message and an optional hint. Stages
collect them and keep going; only the command line prints them (see `format_text`).
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from generator.filestate import read_regular, refusal


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Pos:
    """A position in a content file; line and col are 1-based, 0 means unknown."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        parts = [self.path]
        if self.line:
            parts.append(str(self.line))
            if self.col:
                parts.append(str(self.col))
        return ":".join(parts)


@dataclass(frozen=True, slots=True)
class Search:
    """What a diagnostic's hint looked for in every report (`Diagnostic.searched`): enough
    to tell whether another text of a report may change it (elsewhere.concerns). Here, not
    there: a build answered from the last one's record loads it, and nothing of elsewhere.py."""

    cited: str
    run: str  # the quote's longest run of words (elsewhere._run)
    # Whether reports without the run were looked in (no other report has it): those with
    # all its words, or (none has) all but one; of them, the ones ranked up to `last`
    # (elsewhere._rank) located in, or all of them (None).
    wide: bool = False
    all_words: bool = True
    last: tuple[float, str] | None = None


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    pos: Pos
    message: str
    hint: str = ""
    # Of a quote not found in the report it cites (or cited to no report, or with another
    # number), what its hint looked for in every other report: the hint depends on them all,
    # and patch.py must tell whether a report's edit changes it (elsewhere.concerns).
    searched: Search | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.pos.path, self.pos.line, self.pos.col, self.message)


def error(pos: Pos, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.ERROR, pos, _shortened(message), _shortened(hint))


def warning(pos: Pos, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.WARNING, pos, _shortened(message), _shortened(hint))


# What a message quotes of the content (an id, a name, a value) is shown up to this many
# characters: an id of a million characters made a line of a million, in every format.
MAX_ECHOED = 200
_LONG_QUOTED = re.compile(rf'"([^"\n]{{{MAX_ECHOED + 1},}})"')


def _shortened(message: str) -> str:
    """`message` with each quoted value longer than MAX_ECHOED cut in the middle."""
    if len(message) <= MAX_ECHOED:
        return message
    return _LONG_QUOTED.sub(lambda m: f'"{m[1][:MAX_ECHOED - 40]}…{m[1][-20:]}"', message)


def promote_warnings(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """`--strict`: every warning becomes an error, so CI fails on it."""
    return [
        replace(d, severity=Severity.ERROR) if not d.is_error else d
        for d in diagnostics
    ]


def sorted_unique(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


# C0/C1 control characters (but not tab/newline), among them the ESC of terminal sequences,
# and the bidirectional embeddings, overrides and isolates, which turn the text after them
# around: content echoed in a message must not drive the user's terminal, and a text field
# must not reverse the rest of the line it is shown in (validate drops them: see fields.py).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                     r"\ufdd0-\ufdef\ufffe\uffff\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff"
                     r"\U0004fffe\U0004ffff\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff"
                     r"\U0008fffe\U0008ffff\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff"
                     r"\U000cfffe\U000cffff\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff"
                     r"\U0010fffe\U0010ffff]")  # and noncharacters (all 66): HTML forbids them; and lone
# surrogates ("\ud800" in JSON, or in YAML read without libyaml), which UTF-8 cannot encode


_LINE_BREAKS = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")


# A superset of CONTROL that is ten times faster to search: its one range past the BMP stands
# for CONTROL's 32 noncharacters there, which the regular expression engine tests one by one.
_MAYBE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                            r"\ufdd0-\ufdef\ufffe\uffff\U0001fffe-\U0010ffff]")


FUTURE_HINT = "today is "  # how the hint of a warning about a date in the future starts (validate.future_dates)


def without_controls(text: str) -> str:
    """Text content as pages, feeds and e-mails may show it: without CONTROL characters."""
    if text.isprintable() or not _MAYBE_CONTROL.search(text) or not CONTROL.search(text):
        return text
    return CONTROL.sub("", text)


def strip_control(text: str) -> str:
    """Content echoed in one line: no control characters, no line breaks to forge lines with."""
    if text.isprintable():  # neither: every CONTROL character and line break is unprintable
        return text
    one_line = _LINE_BREAKS.sub(_escaped_break, text)
    return CONTROL.sub("\N{REPLACEMENT CHARACTER}", one_line)


def _escaped_break(found: re.Match) -> str:
    # Each as Python writes it: a file name holding a CR is not shown as one holding a LF.
    return "".join({"\n": "\\n", "\r": "\\r"}.get(c, f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}")
                   for c in found.group())


# File → (its inode, size and mtime, {line number: text}): the lines under diagnostics as a
# build read them, so that the next one, when it answers from that build's record (nothing
# changed, a report patched), prints 1,000 warnings without reading 400 files again.
Lines = dict[str, tuple[tuple[int, int, int], dict[int, str]]]
_remembered: Lines = {}


def source_line(root: Path, pos: Pos) -> str | None:
    """The text of the line a diagnostic points at, to print under it."""
    found = _source(root, pos)
    return found[1] if found is not None else None


def _source(root: Path, pos: Pos) -> tuple[tuple[int, int, int], str] | None:
    if not pos.line:
        return None
    try:  # a regular file only: the path may since have become a named pipe, which would block
        path = str(root / pos.path)
        stat = os.stat(path)
        identity = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        kept = _remembered.get(path)
        if kept is not None and kept[0] == identity and pos.line in kept[1]:
            return identity, kept[1][pos.line]
        top = pos.path.split("/")[0]
        lines = _lines(path, str(root / top) if top in ("content", "templates") else "", *identity)
    except OSError:
        return None
    return (identity, lines[pos.line - 1]) if pos.line <= len(lines) else None


def lines_shown(root: Path, diagnostics: list[Diagnostic]) -> Lines:
    """The lines `diagnostics` show under them, by file, to keep with them (store.LastBuild)."""
    found: Lines = {}
    for d in diagnostics:
        source = _source(root, d.pos)
        if source is not None:
            identity, text = source
            kept = found.setdefault(str(root / d.pos.path), (identity, {}))
            if kept[0] == identity:  # (not a file saved between two of its warnings)
                kept[1][d.pos.line] = text
    return found


def remember_lines(lines: Lines) -> None:
    """Lines a build read, for source_line to take while their file stays as it was."""
    _remembered.update(lines)


@functools.lru_cache(maxsize=4)  # 50,000 warnings in one report: read once, not once each
def _lines(path: str, folder: str, inode: int, size: int, mtime_ns: int) -> list[str]:
    """The file's lines, as they are while its identity and stat stay the same; none when
    it is not read as content (a link out of `folder`: a template linked to a file of
    credentials, whose first line a CI log would print under "not read")."""
    if folder and refusal(path, os.path.realpath(folder)):
        return []
    text = read_regular(path).decode("utf-8", "replace").removeprefix("\ufeff")
    # lines as the loader counts them (load.decode): not at form feeds, NEL or U+2028
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def shown_path(root: Path | None, path: str, base: str | None = None) -> str:
    """A content path as the user can open it: relative to `base` (default: the working
    directory), not to the site root, so that `--root sub` and a site in a sub-folder of a
    repository give paths an editor, a terminal or GitHub can find. A site outside `base`
    keeps its root-relative paths, and so does anything that is not a file of the site (the
    command line, a built-in template)."""
    if root is None or not (path in ("content", "templates") or path.startswith(("content/", "templates/"))):
        return path
    try:
        here = os.path.abspath(base or os.getcwd())
    except FileNotFoundError:  # the working directory was deleted under the command
        return path
    return _relative(str(root), path, here)


@functools.lru_cache(maxsize=1024)  # a path's every warning (string work alone: no file is looked at)
def _relative(root: str, path: str, here: str) -> str:
    shown = os.path.relpath(os.path.abspath(os.path.join(root, path)), here)
    if shown == ".." or shown.startswith(".." + os.sep):
        top = os.path.abspath(root)
        if here != top and not here.startswith(top.rstrip(os.sep) + os.sep):
            return path  # a site elsewhere: its own paths
    return shown  # (from inside the site too: "../site.yaml" from content/briefs)


def format_text(d: Diagnostic, root: Path | None = None, relative_to: str | None = None) -> str:
    """`path:line:col: error: message`, then the source line with a caret and the hint.
    With `relative_to` (a folder), the path is given relative to it instead of the site root."""
    pos = Pos(shown_path(root, d.pos.path, relative_to), d.pos.line, d.pos.col) if relative_to else d.pos
    lines = [f"{strip_control(str(pos))}: {d.severity.value}: {strip_control(d.message)}"]
    line = source_line(root, d.pos) if root is not None else None
    if line is not None and len(line) <= 400:
        shown = strip_control(line.expandtabs(1))
        lines.append(f"  {d.pos.line:>4} | {shown}")
        if d.pos.col:
            lines.append("       | " + " " * display_width(shown[:d.pos.col - 1]) + "^")
    if d.hint:
        lines.append(f"  hint: {strip_control(d.hint)}")
    return "\n".join(lines)


def display_width(text: str) -> int:
    """Columns a terminal gives `text`: two for a wide character (Hangul, Chinese, full-width
    forms), none for a combining mark, one for the rest; the caret goes under its column."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def format_github(d: Diagnostic, root: Path | None = None) -> str:
    """A GitHub Actions workflow command, so problems show up on the pull request. GitHub
    reads `file=` relative to the repository (GITHUB_WORKSPACE), not to the site root."""

    def esc(value: str, prop: bool = False) -> str:
        value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return value.replace(":", "%3A").replace(",", "%2C") if prop else value

    path = shown_path(root, d.pos.path, os.environ.get("GITHUB_WORKSPACE"))
    props = [f"file={esc(strip_control(path), True)}"]
    if d.pos.line:
        props.append(f"line={d.pos.line}")
    if d.pos.col:
        props.append(f"col={d.pos.col}")
    text = d.message + (f" (hint: {d.hint})" if d.hint else "")
    return f"::{d.severity.value} {','.join(props)}::{esc(strip_control(text))}"


def _unpaired_out(text: str) -> str:
    """Text without lone surrogates, which strict JSON parsers refuse: a file name that is not
    UTF-8 holds them (a byte 0xff read as U+DCFF); each becomes U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def to_json(diagnostics: list[Diagnostic]) -> str:
    """ASCII JSON: readable by any terminal or runner whatever its encoding, and the control
    characters content may hold (C1 CSI, bidi overrides) stay escapes, never raw."""
    return json.dumps(
        [
            {
                "severity": d.severity.value,
                "path": _unpaired_out(d.pos.path),
                "line": d.pos.line,
                "col": d.pos.col,
                "message": _unpaired_out(d.message),
                "hint": _unpaired_out(d.hint),
            }
            for d in diagnostics
        ],
        ensure_ascii=True,
        indent=2,
    )
