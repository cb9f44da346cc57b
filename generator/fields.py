"""Typed reading of one YAML mapping, turning every schema problem into a diagnostic.

`validate` describes each content file with these readers; they know the file position
of every value (from `yamldoc.YamlDoc`) so messages point at the exact line and column.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from pathlib import PurePosixPath
from typing import Any

from rapidfuzz import fuzz, process

from generator.diagnostics import Diagnostic, Pos, error, warning, without_controls
from generator.model import Ref
from generator.yamldoc import Key, YamlDoc

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # use with fullmatch
ID_HINT = "use ASCII letters (a-z, A-Z), digits, '-', '_' and '.', starting with a letter or digit"
MAX_ID = 200  # file systems hold names of up to 255 bytes: a topic's folder, a report's file and page
# An id names a folder of the site (topics/<id>/index.html). One named like a page would
# sit beside the site's own pages as if it were one (topics/index.html is the list of
# topics: the topic "index.html" cannot be a folder there); Windows drops a trailing dot
# from a folder name ("x." would be "x") and keeps device names for itself.
_PAGE_LIKE = re.compile(r".*\.(?:x?html?|xml)", re.IGNORECASE)
WINDOWS_DEVICE = re.compile(r"(?:con|prn|aux|nul|(?:com|lpt)[0-9¹²³]|conin\$|conout\$)(?:\..*)?", re.IGNORECASE)


# What shows nothing: format characters (zero-width space, soft hyphen, bidi marks), combining
# marks with nothing to combine with, the Hangul fillers and the blank Braille pattern.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def visible(text: str) -> bool:
    """Whether `text` shows a reader anything (a title of zero-width spaces is empty)."""
    if text.isascii():
        return bool(text.strip())
    return any(not (c.isspace() or c in _BLANK or unicodedata.category(c) in ("Cf", "Cc", "Mn", "Me")) for c in text)


def id_problem(value: str) -> str:
    """Why `value` cannot be an id, as a hint; "" when it can."""
    if not ID_PATTERN.fullmatch(value):
        return unseen(value) + ID_HINT
    if len(value) > MAX_ID:
        return f"an id names a folder of the site: at most {MAX_ID} characters, not {len(value)}"
    if value.endswith("."):
        return "an id must not end with '.': Windows drops it from folder names"
    if _PAGE_LIKE.fullmatch(value):
        return "an id names a folder of the site and must not end in .html or .xml, like the site's own pages"
    if WINDOWS_DEVICE.fullmatch(value):
        return f'"{value.partition(".")[0]}" is a device name on Windows and cannot name a folder there'
    return ""


def unseen(value: str) -> str:
    """What a reader of `value` cannot see in it, named: the first character no font shows
    (a zero-width space, a format or control character, a space other than " ")."""
    for at, char in enumerate(value):
        if unicodedata.category(char)[0] in "CZ" and char != " ":
            where = f'after "{value[:at]}"' if at else "at its start"
            if 0xDC80 <= ord(char) <= 0xDCFF:  # a byte of a file's name that is no UTF-8 (surrogateescape)
                return f"it holds the byte 0x{ord(char) - 0xDC00:02X}, which is not UTF-8, {where}; "
            name = unicodedata.name(char, "a control character")
            return f"it holds U+{ord(char):04X} {name}, which is not seen, {where}; "
    return ""


def file_name_problem(path: str, what: str) -> Diagnostic | None:
    """The error for a report's or brief's file whose name cannot be its id, if it cannot."""
    stem = PurePosixPath(path).stem
    problem = id_problem(stem)
    return error(Pos(path), f'{what} file name "{stem}" is not a valid id', problem) if problem else None


def did_you_mean(value: str, candidates: list[str] | tuple[str, ...] | Any) -> str:
    """The hint difflib.get_close_matches(value, candidates, 1, 0.6) gives, found faster:
    difflib alone took 0.3–1.4 s for each unknown id among 10,000 reports (a renamed report
    cited 400 times: minutes). rapidfuzz's ratio (2 × the longest common subsequence over the
    total length) is never below difflib's, whose matching blocks are one common
    subsequence; so difflib's ratio is taken only of candidates in the order of rapidfuzz's,
    until that bound falls below the best found. A candidate that differs only in case comes
    before any of them."""
    candidates = list(candidates)
    folded = value.casefold()
    if same := sorted(c for c in candidates if c.casefold() == folded):
        return f'did you mean "{same[0]}"?'  # "B1" of "b1": a ratio of 0.5, yet the likeliest slip
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(value)  # as get_close_matches does: its junk heuristic is for seq2
    best: tuple[float, str] | None = None
    for candidate, bound, _ in process.extract(value, candidates, scorer=fuzz.ratio, processor=None,
                                              score_cutoff=59.9, limit=None):
        if best is not None and bound / 100 < best[0] - 1e-9:
            break  # sorted by bound: no candidate left can match the best, nor tie with it
        matcher.set_seq1(candidate)
        ratio = matcher.ratio()
        if ratio >= 0.6 and (best is None or (ratio, candidate) > best):  # ties: as heapq.nlargest picks
            best = (ratio, candidate)
    return f'did you mean "{best[1]}"?' if best else ""


def describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f'"{value}"' if len(str(value)) < 40 else "text"


def _quoted_number(value: Any) -> str:
    """The hint for a number written in quotes (`lat: "39.9"`), which YAML reads as text."""
    if not isinstance(value, str):
        return ""
    try:
        finite = math.isfinite(float(value))
    except ValueError:
        return ""
    return f"the quotes make it text: write {value.strip()} without them" if finite else ""


def _shown_number(value: Any) -> str:
    """A number out of range as written (credibility: 7 → "7"); anything else described."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            shown = str(value)
        except ValueError:  # an integer of thousands of digits (0xFFF…, 1:59:59:…)
            return "a number of thousands of digits"
        return shown if len(shown) <= 40 else f"a number of {len(shown.lstrip('-').partition('.')[0])} digits"
    return describe(value)


# A number as people write one: digits, a sign, a decimal point, an exponent (YAML 1.1 reads
# more: hexadecimal, octal, base 60, digits grouped with "_").
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def _is_decimal(written: str, value: int | float) -> bool:
    """Whether `written` is `value` in decimal digits (`010` is not 8)."""
    if not _DECIMAL.fullmatch(written):
        return False
    if isinstance(value, int):  # (compared as integers: a float of 400 digits is inf)
        digits = written.lstrip("+-")
        return digits.isdigit() and (len(digits) > 4000 or int(written) == value)  # (int() stops at 4,300)
    return float(written) == value


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# … perhaps with a time of day, as a post's timestamp is copied ("2025-01-20 14:05",
# "2025-01-20T14:05:09Z", "+09:00"): the day written is the date, whatever the zone.
_DAY_AND_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,6})?)?"
                           r" ?(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?")
# A leap second (23:59:60Z, or 08:59:60+09:00) is a time RFC 3339 allows and datetime does
# not: its day is that of the second before, which is all a date keeps.
_LEAP_SECOND = re.compile(r"(?<=:[0-9]{2}:)60(?=[.,0-9]*(?:Z|[+-]|\Z))")
_FIRST_YEAR = 1000  # no source report, nor a brief about one, is older
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")  # BCP 47, as far as a lang attribute goes


def _tag_case(index: int, part: str) -> str:
    """BCP 47's usual case: language lower (ko), script title (Hans), region upper (KR)."""
    if index and len(part) == 4 and part.isalpha():
        return part.title()
    if index and (len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit()):
        return part.upper()
    return part.lower()


def _as_text(value: Any) -> str | None:
    """Text as YAML gives it; numbers are accepted as their digits (title: 1984)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return str(value)
        except ValueError:  # an integer of thousands of digits
            return None
    return None


class Fields:
    """Reads the fields of one mapping in a YAML document, reporting problems."""

    def __init__(self, doc: YamlDoc, path: Key, data: Any, diags: list[Diagnostic], what: str, example: str = ""):
        self.doc, self.path, self.diags, self.what = doc, path, diags, what
        self.ok = isinstance(data, dict)
        self.data: dict[Any, Any] = data if self.ok else {}
        if not self.ok:
            self.diags.append(error(doc.pos(*path), f"{what} must be a mapping of fields, not {describe(data)}",
                                    f"write it as {example}" if example else ""))

    def pos(self, key: Any = None) -> Pos:
        return self.doc.pos(*self.path) if key is None else self.doc.pos(*self.path, key)

    def err(self, key: Any, message: str, hint: str = "") -> None:
        self.diags.append(error(self.pos(key), message, hint))

    def _get(self, key: str, required: bool) -> Any:
        value = self.data.get(key)
        if value is None and required and self.ok:
            where = self.pos() if key not in self.data else self.pos(key)
            self.diags.append(error(where, f'{self.what} is missing required field "{key}"'))
        return value

    def _as_written(self, path: Key, value: Any) -> str | None:
        """`value` as text: a string as it is; a number, true/false or date as the file
        writes it (YAML 1.1 reads plain `010` as 8, `1.10` as 1.1, `no` as false, but the
        author of `id: 010` or `language: no` wrote text); None for anything else."""
        if isinstance(value, str):
            return value
        written = self.doc.written.get(path)
        if written is not None:
            return written
        return value.isoformat() if isinstance(value, dt.date) else _as_text(value)

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        text = self.written_text(key, required)
        if text is None:
            return default
        # A control character (a YAML escape like "\e" or "\x07") is never meant as text: it
        # would reach feeds (XML forbids it), `briefing email --text` on a terminal, and pages,
        # where a bidi override (U+202E) would turn a footnote's date and title around.
        text = without_controls(text)
        if required and not visible(text):
            self.err(key, f'"{key}" must not be empty' + ("" if not text.strip() else ": it shows nothing"))
        return text

    def written_text(self, key: str, required: bool = False) -> str | None:
        """The field as text, as written (with any control character in it); None, with an
        error, for anything else."""
        value = self._get(key, required)
        if value is None:
            return None
        text = self._as_written((*self.path, key), value)
        if text is None:
            self.err(key, f'"{key}" must be text, not {describe(value)}')
        return text

    def ident(self, key: str, required: bool = True) -> str:
        value = self.text(key, required)
        # (as written: a control character that text() leaves out, a bidi override or a bell
        # the YAML wrote as "\u202e" or "\a", is in no id, and no id is read past it)
        if not value:
            return value
        written = self._as_written((*self.path, key), self.data.get(key)) or value
        if problem := id_problem(written):
            self.err(key, f'{self.what} id "{written}" is not a valid id', problem)
            return ""
        return value

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self._get(key, required)
        if value is None:
            return None
        # Only YYYY-MM-DD: fromisoformat also takes 20251201 and the ISO week 2025-W49,
        # which an analyst would not mean as the Monday of that week.
        if isinstance(value, str) and _DAY.fullmatch(value.strip()):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError as exc:  # 2026-02-30, 2026-13-01
                self.err(key, f'"{key}" {value.strip()} is no day of the calendar: {exc}')
                return None
        elif isinstance(value, str) and _DAY_AND_TIME.fullmatch(value.strip()):
            try:
                written = _LEAP_SECOND.sub("59", re.sub(r" (?=[Z+-])", "", value.strip().upper()))
                value = dt.datetime.fromisoformat(written)
            except ValueError as exc:  # 2026-02-30 10:00, 2026-01-20 25:00, "+99:00"
                why = "its time zone must be within 24 hours of UTC" if "offset" in str(exc) else exc
                self.err(key, f'"{key}" {value.strip()} is no day and time of the calendar: {why}')
                return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            self.err(key, f'"{key}" must be a date like 2025-01-20, not {describe(value)}')
            return None
        if value.year < _FIRST_YEAR:  # 0001-01-01 is also the stand-in for a date left out
            self.err(key, f'"{key}" {value.isoformat()} is in the year {value.year}: check the year')
            return None
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str = "") -> str:
        value = self.text(key, False, default)
        if value and value not in choices:
            candidate = next((c for c in choices if c.casefold() == value.strip().casefold()), None)
            if candidate is not None:  # "News", "b": the choice, however cased
                return candidate
            hint = did_you_mean(value, choices) or "one of: " + ", ".join(choices)
            self.err(key, f'"{key}" must be one of {", ".join(choices)}, not "{value}"', hint)
            return default
        return value or default  # ('kind: ""', left empty: the default, as if not given)

    def integer(self, key: str, low: int, high: int, default: int = 0) -> int:
        value = self._get(key, False)
        if value is None:
            return default
        if self._not_decimal(key, value):
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.err(key, f'"{key}" must be a whole number from {low} to {high}, not {_shown_number(value)}',
                     _quoted_number(value))
            return default
        return value

    def number(self, key: str, low: float, high: float, required: bool = True) -> float:
        """The number, or NaN where there is none to use (missing, or an error): no later
        check may take it for a number written (a place "at lat 0")."""
        value = self._get(key, required)
        if value is None or self._not_decimal(key, value):
            return math.nan
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            self.err(key, f'"{key}" must be a number from {low} to {high}, not {_shown_number(value)}',
                     _quoted_number(value))
            return math.nan
        return float(value)

    def _not_decimal(self, key: str, value: Any) -> bool:
        """Whether a number is written other than in decimal digits, with an error saying so.
        YAML 1.1 reads `0x3` as 3, `010` as 8, `1_000` as 1000 and `41:45:14` (degrees,
        minutes, seconds) as the base-60 number 150314: a number nobody meant, taken silently
        or refused as out of range with a value the file does not show."""
        written = self.doc.written.get((*self.path, key))
        if written is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if _is_decimal(written, value):
            return False
        self.err(key, f'"{key}" must be a number in decimal digits, not {written[:40]}',
                 f"YAML reads it as {_shown_number(value)}" + (
                     "; write degrees as a decimal number, e.g. 41.754" if key in ("lat", "lon") else ""))
        return True

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.err(key, f'"{key}" must be true or false, not {describe(value)}')
            return default
        return value

    def items(self, key: str, required: bool = False, example: str = "") -> list[tuple[Key, Any]]:
        """The (path, value) of each element of a list field; `example`: how one is written,
        for a list of mappings (a list of names is written "key: [name]")."""
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            hint = f"write it as a list, e.g. {key}: [{value}]" if isinstance(value, str) else ""
            self.err(key, f'"{key}" must be a list, not {describe(value)}',
                     f"write it as a list of items such as {example}" if example else hint)
            return []
        return [((*self.path, key, i), item) for i, item in enumerate(value)]

    def language(self, key: str = "language", default: str = "") -> str:
        """A BCP 47 language tag (ko, en, zh-Hans) in its usual case; `default` when not
        given, or, with a warning, when what is written is not one. Pages mark text with it
        (lang) and quotes are checked for negations in it."""
        text = self.text(key).strip()
        if not text:
            return default
        if not LANGUAGE_TAG.fullmatch(text):
            used = f'"{default}"' if default else "the site's language"
            self.diags.append(warning(self.pos(key), f'"{key}" must be a language tag like ko, en or zh-Hans, '
                                                     f'not {describe(text)}', f"until it is one, {used} is used"))
            return default
        parts = text.split("-")
        # Past a singleton (u-, x- …) come extension and private-use subtags: lower case.
        cut = next((i for i, part in enumerate(parts) if len(part) == 1), len(parts))
        return "-".join([_tag_case(i, part) for i, part in enumerate(parts[:cut])] + [p.lower() for p in parts[cut:]])

    def refs(self, key: str) -> tuple[Ref, ...] | None:
        """A list of ids or names; None when the field is absent (so a default applies)."""
        if self.data.get(key) is None:
            return None
        refs = []
        for path, item in self.items(key):
            text = self._as_written(path, item)
            if text is not None and text.strip():
                refs.append(Ref.at(text.strip(), self.doc.pos(*path)))
            else:
                self.diags.append(error(self.doc.pos(*path), f'"{key}" entries must be names or ids, not {describe(item)}'))
        return tuple(refs)

    def check_unknown(self, allowed: tuple[str, ...], nested: dict[str, tuple[str, ...]] | None = None) -> None:
        """A warning for each field not `allowed`. `nested`: the fields of a section (map:
        tiles, boundaries), which a field written at this level is said to belong in."""
        homes = {field: section for section, fields in (nested or {}).items() for field in fields}
        for key in self.data:
            if key not in allowed:
                hint = (f'"{key}" is a setting of {homes[key]}: write it indented under "{homes[key]}:"'
                        if key in homes else did_you_mean(str(key), allowed) or "known fields: " + ", ".join(allowed))
                self.diags.append(warning(self.doc.key_pos(*self.path, key),
                                          f'unknown field "{key}" in {self.what} is ignored', hint))
