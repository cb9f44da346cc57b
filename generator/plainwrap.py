"""Plain text wrapped to a number of columns, as a terminal or a mail reader draws it.

textwrap counts characters and breaks at spaces only: a line of Korean took twice the
columns it was given, and Chinese or Japanese, written without spaces, made one line of a
whole paragraph. Here a wide character (east Asian width W or F) takes two columns, and a
line may break between two Chinese or Japanese characters, but not before closing
punctuation or after opening punctuation (the kinsoku rule). Korean breaks at its spaces,
as Korean prose is set (CSS `word-break: keep-all`). Nothing else breaks a word: a URL is
copied whole.
"""

from __future__ import annotations

import re
import unicodedata

from generator.lazyre import lazy

# What a line must not start with: closing brackets and quotes, punctuation, small kana,
# iteration and prolonged sound marks.
_NO_START = frozenset("、。，．,.：；:;！？!?）)］]｝}」』】〕〉》〗〙〛”’ゝゞヽヾーァィゥェォッャュョヮヵヶ"
                      "ぁぃぅぇぉっゃゅょゎゕゖ々〻゠〜～…‥・")
# What a line must not end with: opening brackets and quotes.
_NO_END = frozenset("（(［[｛{「『【〔〈《〖〘〚“‘")
_HANGUL = lazy("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")
_URL = lazy(r"[a-z][a-z0-9+.-]*://|www\.|mailto:", re.IGNORECASE)
_WIDE = lazy("[\u1100-\U0003ffff]")  # where wide characters are, at the least: a quick test for the rest


def width(text: str) -> int:
    """The columns `text` takes: two for a wide character, none for a combining mark or an
    invisible format character, one for the rest."""
    if text.isascii():
        return len(text)
    return sum(_columns(char) for char in text)


def _columns(char: str) -> int:
    if "\U0001f3fb" <= char <= "\U0001f3ff":
        return 0  # a skin tone, drawn into the emoji before it
    if unicodedata.east_asian_width(char) in "WF":
        return 2
    return 0 if unicodedata.category(char) in ("Mn", "Me", "Cf") else 1


def wrap(text: str, columns: int, first: str = "", indent: str = "") -> list[str]:
    """`text`, its spaces already single, in lines of at most `columns` columns (unless one
    piece that must not break is longer), the first starting with `first`, the rest with
    `indent`. No lines for no text."""
    lines: list[str] = []
    line, used, blank = first, width(first), True
    for spaced, piece in _pieces(text):
        size = width(piece)
        gap = 1 if spaced and not blank else 0
        if not blank and used + gap + size > columns:
            lines.append(line)
            line, used, gap = indent, width(indent), 0
        line += " " * gap + piece
        used += gap + size
        blank = False
    if not blank:
        lines.append(line)
    return lines


def _pieces(text: str) -> list[tuple[bool, str]]:
    """The pieces a line may break between, each with whether a space comes before it."""
    pieces = []
    for word in text.split(" "):
        if not word:
            continue
        # a URL stays whole, whatever letters it has (https://zh.wikipedia.org/wiki/朝鲜…)
        parts = _split_word(word) if not word.isascii() and _WIDE.search(word) and not _URL.search(word) else [word]
        pieces += [(i == 0, part) for i, part in enumerate(parts)]
    return pieces


def _split_word(word: str) -> list[str]:
    parts, start = [], 0
    for i in range(1, len(word)):
        before, after = word[i - 1], word[i]
        if _ideographic(before) and _ideographic(after) and after not in _NO_START and before not in _NO_END:
            parts.append(word[start:i])
            start = i
    parts.append(word[start:])
    return parts


def _ideographic(char: str) -> bool:
    """A wide character that is not Korean nor an emoji (a symbol): Chinese, Japanese, their
    punctuation."""
    return _columns(char) == 2 and not _HANGUL.match(char) and unicodedata.category(char)[0] in "LPN"
