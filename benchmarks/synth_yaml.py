"""A small block-style YAML writer for the synthetic content (`synth.py`).

PyYAML's pure-Python dumper spent half of the generator's time on 5,000 reports, and libyaml's
dumper is not guaranteed to give the same bytes on every machine. The content has a fixed,
simple shape — mappings, lists of ids, lists of mappings, strings, numbers, dates — so a
writer for exactly that shape is short, fast and deterministic. Strings are written as JSON
strings, which are valid YAML double-quoted scalars, or as `|` blocks when they span lines;
`synth.py --verify` parses every file back with PyYAML.
"""

from __future__ import annotations

import datetime as dt
import json
import re

# Words YAML 1.1 (PyYAML) would read as booleans or null if written plain.
_RESERVED = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 -]*[A-Za-z0-9]|[A-Za-z]")


def scalar(value: object) -> str:
    if isinstance(value, bool) or value is None:
        raise TypeError(f"unsupported YAML scalar {value!r}")
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return plain_or_quoted(value)
    raise TypeError(f"unsupported YAML scalar {value!r}")


def plain_or_quoted(text: str) -> str:
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED:
        return text
    # json.dumps leaves these raw with ensure_ascii=False, but YAML reads them as line breaks.
    quoted = json.dumps(text, ensure_ascii=False)
    return quoted.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\x85")


def mapping_lines(data: dict[str, object], pad: str) -> list[str]:
    lines: list[str] = []
    for name, value in data.items():
        key = plain_or_quoted(name)
        if isinstance(value, str) and "\n" in value:
            if value.endswith("\n\n") or value[:1] in " \n":
                raise ValueError(f"{key}: text this writer cannot put in a | block")
            # "|" keeps exactly one final newline, "|-" none.
            lines.append(f"{pad}{key}: {'|' if value.endswith(chr(10)) else '|-'}")
            # Blank lines stay empty: trailing spaces would change a Markdown line break.
            lines += [f"{pad}  {line}" if line else "" for line in value.rstrip("\n").split("\n")]
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{pad}{key}:")
            lines += sequence_lines(value, pad)
        elif isinstance(value, list):
            lines.append(f"{pad}{key}: [{', '.join(scalar(v) for v in value)}]")
        else:
            lines.append(f"{pad}{key}: {scalar(value)}")
    return lines


def sequence_lines(items: list[dict[str, object]], pad: str) -> list[str]:
    lines: list[str] = []
    for item in items:
        item_lines = mapping_lines(item, pad + "  ")
        # The first key shares its line with the dash: "- id: x", then "  text: …".
        lines.append(pad + "- " + item_lines[0][len(pad) + 2:])
        lines += item_lines[1:]
    return lines


def to_yaml(data: dict[str, object] | list[dict[str, object]]) -> str:
    lines = sequence_lines(data, "") if isinstance(data, list) else mapping_lines(data, "")
    return "\n".join(lines) + "\n"
