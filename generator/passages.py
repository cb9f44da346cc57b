"""A located quote's `Passage`: where its words stand in the report's own text, its anchor
on the report page, and what a text fragment (`#:~:text=`) to the original page needs
besides the words — the rest of a word the passage cuts, and the words before it that tell
it apart from its first words found earlier.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from generator.model import Passage
from generator.normalize import Normalized, normalize, unspaced
from generator.urls import start_words


def passage(report_id: str, spans: list[tuple[int, int]], body: Normalized, original: str) -> Passage:
    """The passage of the normalised `spans` of a report whose reading text is `original`."""
    mapped = tuple((body.start(s), _cluster_end(original, body.end(e))) for s, e in spans)
    words = tuple(original[s:e] for s, e in mapped)
    # An elided passage ("the mill … closed again") is not the passage of the same words
    # unbroken ("the mill closed again"), found elsewhere: the ellipsis is part of its key.
    key = report_id + "\0" + " … ".join(body.text[s:e] for s, e in spans)
    anchor = "q-" + hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()
    before, after = _word_rest(original, mapped[0][0], -1), _word_rest(original, mapped[-1][1], 1)
    inner = (_spaced_rest(original, mapped[0][1], 1), _spaced_rest(original, mapped[-1][0], -1)) \
        if len(mapped) > 1 else ("", "")
    lead = "" if before else _lead(body, original, spans[0][0], mapped[0], " ".join(start_words(words)))
    return Passage(mapped, words, anchor, before, after, inner, lead)


_LEAD_WORDS = 3  # at most this many words before a passage to tell its first words apart
_LEAD_CHARS = 200  # where those words are looked for, however long the report
_NONSPACE = re.compile(r"\S+")


def _lead(body: Normalized, original: str, start: int, first: tuple[int, int], term: str) -> str:
    """The fewest words (up to _LEAD_WORDS) before the passage after which its first words
    are found nowhere earlier in the report; "" when they are not found earlier, or when no
    such words tell them apart. The words may end the block before: a browser matches a
    prefix across the boundary of two blocks. `term`: the words the passage's text
    directive starts with (urls.start_words; an elided passage's are its first words only)."""
    wanted = normalize(term).text.strip()
    if not wanted or body.text.find(wanted, 0, start + len(wanted) - 1) < 0:
        return ""
    window = max(0, first[0] - _LEAD_CHARS)
    before = original[window:first[0]]
    # A prefix may end the block before the passage's (the browser matches it across that
    # one boundary) but not span two: "end. Yes." of two paragraphs matches nowhere.
    block = before.rfind("\n")
    if not before[block + 1:].strip():  # the passage begins its block
        block = before.rfind("\n", 0, len(before.rstrip()))
    preceding = list(_NONSPACE.finditer(before, block + 1))[1 if window and block < 0 else 0:]  # whole words only
    for count in range(1, min(_LEAD_WORDS, len(preceding)) + 1):
        lead = " ".join(m.group() for m in preceding[-count:])
        # As the report joins them: '“' glued to the passage is not '“ ' before it.
        led = normalize(before[preceding[-count].start():] + term).text.strip()
        # Our own occurrence ends where the passage's first words do; any other ends before.
        if body.text.find(led, 0, start + len(wanted) - 1) < 0:
            return lead
    return ""


def _word_rest(text: str, at: int, step: int) -> str:
    """The letters from `at` to the edge of the word it falls inside (backwards when `step`
    is -1); "" when `at` is on a word's edge."""
    def inside(i: int) -> bool:
        if not 0 <= i < len(text):
            return False
        if text[i] in "'\u2019":  # between letters, inside a word for a browser ("mill's")
            return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
        return text[i].isalnum() or unicodedata.category(text[i])[0] == "M"

    if not (inside(at - 1) and inside(at)):
        return ""
    edge = at if step > 0 else at - 1
    while inside(edge + step):
        edge += step
    return text[at:edge + 1] if step > 0 else text[edge:at]


def _spaced_rest(text: str, at: int, step: int) -> str:
    """_word_rest where words are spaced (위원장은): in Chinese or Japanese a run of letters is
    no word a browser knows, and the rest of the run would swallow the elided words."""
    rest = _word_rest(text, at, step)
    return "" if any(unspaced(c) for c in rest) else rest


def _cluster_end(text: str, end: int) -> int:
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end
