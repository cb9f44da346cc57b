"""Locating quotes: normalisation, verified / approximate / not found, ellipses, anchors."""

from __future__ import annotations

import random
import unicodedata

import pytest

from generator.citations import _INVISIBLE_CHARS, _TABLE, locate_quote, normalize
from generator.model import QuoteStatus

BODY = ("“Smoke only comes out of the chimney of the steel mill a few days each year,” he said.\n\n"
        "The plant’s output — steel — fell in 2023.")


def _locate(quote: str, body: str = BODY):
    return locate_quote("r", quote, normalize(body), body)


@pytest.mark.parametrize("quote", [
    "Smoke only comes out of the chimney of the steel mill",
    "smoke ONLY comes out of the   chimney\nof the steel mill",
    '"Smoke only comes out of the chimney',  # straight for curly quotes
    "The plant's output - steel - fell",  # straight apostrophe, hyphens for em dashes
    "The plant’s output – steel – fell",  # en dashes
    "The\u00a0plant’s output — steel — fell",  # no-break space
    "Ｓｍｏｋｅ only comes out",  # full-width letters (NFKC)
    "chim\u00adney of the steel",  # soft hyphen
])
def test_verified_after_normalisation(quote):
    found = _locate(quote)
    assert found.status is QuoteStatus.VERIFIED, quote
    assert found.score == 100


def test_passage_maps_back_to_the_reports_own_words():
    found = _locate("the plant's output - steel - fell")
    start, end = found.passage.spans[0]
    assert BODY[start:end] == "The plant’s output — steel — fell"
    assert found.passage.text == "The plant’s output — steel — fell"


def test_decomposed_accents_match_composed_ones():
    body = "The cafe\u0301 on the corner of Chongjin market closed."
    found = locate_quote("r", "café on the corner", normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.text == "cafe\u0301 on the corner"


def test_ligatures_and_expansions_keep_offsets_right():
    body = "The ﬁrst ﬂoor of the Straße office was closed."
    found = locate_quote("r", "first floor of the strasse office", normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.text == "ﬁrst ﬂoor of the Straße office"


@pytest.mark.parametrize("quote", ["Smoke only comes out … a few days each year",
                                   "Smoke only comes out ... a few days each year",
                                   "Smoke only comes out...a few days each year"])
def test_ellipsis_elides_words_in_order(quote):
    found = _locate(quote)
    assert found.status is QuoteStatus.VERIFIED
    assert [BODY[s:e] for s, e in found.passage.spans] == ["Smoke only comes out", "a few days each year"]


def test_ellipsis_parts_out_of_order_are_not_verified():
    assert _locate("a few days each year … Smoke only comes out").status is not QuoteStatus.VERIFIED


def test_one_changed_word_is_approximate_and_names_the_real_words():
    found = _locate("Smoke only comes out of the chimney of the steel plant a few days each year")
    assert found.status is QuoteStatus.APPROXIMATE
    assert 85 <= found.score < 100
    assert "steel mill a few days each year" in found.passage.text


def test_unrelated_text_is_not_found():
    assert _locate("The harvest was good in the southern provinces this autumn").status is QuoteStatus.NOT_FOUND


@pytest.mark.parametrize("quote", ["", "   ", "…", "..."])
def test_empty_quotes_are_not_found(quote):
    assert _locate(quote).status is QuoteStatus.NOT_FOUND


def test_repeated_passage_uses_the_first_occurrence():
    body = "Solar panels are added. Later. Solar panels are added."
    found = locate_quote("r", "solar panels are added", normalize(body), body)
    assert found.passage.spans == ((0, 22),)


def test_anchor_is_stable_across_edits_elsewhere_and_distinct_per_passage():
    first = _locate("Smoke only comes out").passage.anchor
    edited = "A new first paragraph.\n\n" + BODY
    assert locate_quote("r", "Smoke only comes out", normalize(edited), edited).passage.anchor == first
    assert _locate("a few days each year").passage.anchor != first
    assert locate_quote("other", "Smoke only comes out", normalize(BODY), BODY).passage.anchor != first
    assert first.startswith("q-")


def test_normalized_offsets_round_trip_on_collapsed_space():
    text = "a  \n  b\tc"
    n = normalize(text)
    assert n.text == "a b c"
    assert text[n.start(2)] == "b" and text[n.start(4)] == "c"
    assert text[n.start(0):n.end(3)] == "a  \n  b"


def _normalized_by_definition(text: str) -> tuple[str, list[int]]:
    """What the fast paths of normalize() must give for text needing no NFKC change:
    each character mapped alone, case folded, runs of spaces made one; and for each
    normalised character, the original offset it came from."""
    out, starts = [], []
    for i, char in enumerate(text.translate(_TABLE).casefold()):
        if char == " " and out and out[-1] == " ":
            continue
        out.append(char)
        starts.append(i)
    return "".join(out), starts


def test_fast_normalisation_agrees_with_its_definition():
    # ASCII text, text that is ASCII once quotes, dashes and spaces are mapped, and text
    # that stays non-ASCII ("ς" folds to "σ", which lower() would not do); seeded, so repeatable.
    alphabet = "aZ .,'\"-\t\n\r\v\f" + "‘’“”«»–—\u00a0\u2009\u3000" + "éΣς함"
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        n = normalize(text)
        expected, starts = _normalized_by_definition(text)
        assert n.text == expected, repr(text)
        assert [n.start(i) for i in range(len(n.text))] == starts, repr(text)


def _normalized_cluster_by_cluster(text: str) -> tuple[str, list[int], list[int]]:
    """normalize()'s definition: each character cluster (a base and its combining marks)
    NFKC-normalised, quotes, dashes and spaces mapped, case folded and invisible characters
    dropped on its own, runs of spaces made one; and for each normalised character, the
    original span it came from (its own character where the cluster kept its length)."""
    pieces: list[tuple[str, int, int]] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j]).translate(_TABLE).casefold().translate(_TABLE)
        piece = "".join(c for c in piece if c not in _INVISIBLE_CHARS)
        if piece.isspace() and pieces and pieces[-1][0].endswith(" "):
            pieces[-1] = (pieces[-1][0], pieces[-1][1], j)
        elif piece:
            pieces.append((" " if piece.isspace() else piece, i, j))
        i = j
    # A run of spaces that grew maps as a whole, like any piece whose length changed.
    spans = [(start + k, start + k + 1) if len(piece) == end - start else (start, end)
             for piece, start, end in pieces for k in range(len(piece))]
    return "".join(p for p, _, _ in pieces), [a for a, _ in spans], [b for _, b in spans]


def test_normalisation_agrees_with_its_definition_cluster_by_cluster():
    # Ellipses, ligatures, decomposed and stray accents, expansions (ß, İ), invisible and
    # exotic spaces, Hangul and its jamo, among plain text; seeded, so repeatable.
    alphabet = ["a", "Z", " ", "  ", ".", ",", "'", "\n", "\t", "\x1c", "\x85", "…", "ﬁ", "ﬀ", "é", "e\u0301", "q\u0301\u0323", "ß", "İ",
                "Σ", "ς", "ǅ", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\u2028", "\u3000", "’", "—", "평", "양",
                "\u1112", "\u1161", "¨", "Ⅻ", "㎞", "Ａ", "①", "²"]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        n = normalize(text)
        expected, starts, ends = _normalized_cluster_by_cluster(text)
        assert n.text == expected, repr(text)
        assert [n.start(k) for k in range(len(n.text))] == starts, repr(text)
        assert [n.end(k + 1) for k in range(len(n.text))] == ends, repr(text)


def test_quotes_start_and_end_on_word_boundaries():
    body = "The campaign was unsuccessful this year."
    assert locate_quote("r", "successful this year", normalize(body), body).status is not QuoteStatus.VERIFIED
    assert locate_quote("r", "unsuccessful this year", normalize(body), body).status is QuoteStatus.VERIFIED
    assert locate_quote("r", "this yea", normalize(body), body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("quote", [".", "…", "—", "“”"])
def test_punctuation_alone_quotes_nothing(quote):
    assert _locate(quote).status is QuoteStatus.NOT_FOUND


def test_elisions_that_can_distort_are_only_approximate():
    body = "The mill is not idle. It runs every day of the week in all seasons."
    # One-word fragments can reverse the sense ("The mill is … idle").
    assert locate_quote("r", "The mill is … idle", normalize(body), body).status is QuoteStatus.APPROXIMATE
    assert locate_quote("r", "O … t", normalize(body), body).status is QuoteStatus.NOT_FOUND
    fair = locate_quote("r", "It runs every day … in all seasons", normalize(body), body)
    assert fair.status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body,quote,expected", [
    ("The oﬃce closed.", "ice closed", None),  # starts inside a ligature: not a word start
    ("The oﬃce closed.", "office closed", "oﬃce closed"),
    ("The ½ ratio rose.", "the 1⁄2 ratio", "The ½ ratio"),
    ("the staﬀ said so", "the staff", "the staﬀ"),
    ("İstanbul traders said", "i̇stanbul traders", "İstanbul traders"),
])
def test_passages_map_back_through_expanding_characters(body, quote, expected):
    found = locate_quote("r", quote, normalize(body), body)
    if expected is None:
        assert found.status is not QuoteStatus.VERIFIED
    else:
        assert found.status is QuoteStatus.VERIFIED and found.passage.text == expected
