"""Locating quotes: normalisation, verified / approximate / not found, ellipses, anchors."""

from __future__ import annotations

import functools
import random
import re
import unicodedata

import pytest

from generator import citations, normalize as normalizing
from generator.citations import MAX_ALIGNED_CHARS, locate_quote
from generator.normalize import (WRAPPED_AT_SOFT_HYPHEN, _NOTE_DIGITS, _RAISED, _TABLE, _invisible, _note_mark_at,
                                 normalize)
from generator.model import QuoteStatus

BODY = ("“Smoke only comes out of the chimney of the steel mill a few days each year,” he said.\n\n"
        "The plant’s output — steel — fell in 2023.")


def _locate(quote: str, body: str = BODY):
    return locate_quote("r", quote, normalize(body), body)


@pytest.mark.parametrize("quote", [
    "Smoke only comes out of the chimney of the steel mill",
    "smoke only Comes out of the   chimney\nof the Steel mill",  # words in capitals: see test_a_word_in_capitals…
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
    each character mapped alone, case folded, runs of spaces made one and runs of dashes
    too; and for each normalised character, the original offset it came from."""
    out, starts = [], []
    folded = text.translate(_TABLE).casefold()
    for i, char in enumerate(folded):
        if char == " " and out and out[-1] == " ":
            continue
        if char == "-" and i and folded[i - 1] == "-":
            continue
        out.append(char)
        starts.append(i)
    return "".join(out), starts


def test_fast_normalisation_agrees_with_its_definition():
    # ASCII text, text that is ASCII once quotes, dashes and spaces are mapped, and text
    # that stays non-ASCII ("ς" folds to "σ", which lower() would not do); seeded, so repeatable.
    alphabet = "aZ .,'\"-\t\n\r\v\f`" + "‘’“”«»–—\u00a0\u2009\u3000ʼʻ´" + "éΣς함"
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        n = normalize(text)
        expected, starts = _normalized_by_definition(text)
        assert n.text == expected, repr(text)
        assert [n.start(i) for i in range(len(n.text))] == starts, repr(text)


def _folds_together(cluster: str, char: str) -> bool:
    """Whether `char` belongs to the cluster before it: a combining mark always does, and
    so does any character NFKC composes with the cluster (a Hangul vowel after a consonant)."""
    nfkc = functools.partial(unicodedata.normalize, "NFKC")
    return unicodedata.combining(char) > 0 or nfkc(cluster + char) != nfkc(cluster) + nfkc(char)


def _normalized_cluster_by_cluster(text: str) -> tuple[str, list[int], list[int]]:
    """normalize()'s definition: each character cluster (a base and the characters that fold
    together with it) with quotes, dashes and spaces mapped, NFKC-normalised, mapped again,
    case folded and invisible characters dropped on its own, runs of spaces made one, and
    runs of dashes next to each other; and for
    each normalised character, the original span it came from (its own character where the
    cluster kept its length)."""
    pieces: list[tuple[str, int, int]] = []
    i = 0
    while i < len(text):
        if wrap := re.compile(WRAPPED_AT_SOFT_HYPHEN).match(text, i):
            i = wrap.end()  # a word wrapped at its soft hyphen: the hyphen and the line break go
            continue
        j = i + 1
        while j < len(text) and _folds_together(text[i:j].translate(_TABLE), text[j].translate(_TABLE)):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j].translate(_TABLE)).translate(_TABLE).casefold().translate(_TABLE)
        piece = "".join(c for c in piece if not _invisible(c)).replace("i\u0307", "i")  # İ is I
        piece = piece.replace("œ", "oe").replace("æ", "ae")  # typed as two letters
        piece = re.sub("(?<=[\u0400-\u04ff])[\u0300\u0301]", "", piece)  # a Russian stress mark
        if text[i] in _RAISED and i and text[i - 1].isdecimal() or \
                text[i] in _NOTE_DIGITS and _note_mark_at(text.translate(_TABLE), i):
            piece = "^" + piece  # an exponent (10²), or a footnote mark after a word ("China¹")
        if piece.isspace() and pieces and pieces[-1][0].endswith(" "):
            pieces[-1] = (pieces[-1][0], pieces[-1][1], j)
        elif piece == "-" and pieces and pieces[-1][0] == "-" and pieces[-1][2] == i:
            pieces[-1] = ("-", pieces[-1][1], j)  # a run of dashes is one, as "--" typed for "—"
        elif piece:
            pieces.append((" " if piece.isspace() else piece, i, j))
        i = j
    # A run of spaces that grew maps as a whole, like any piece whose length changed.
    spans = [(start + k, start + k + 1) if len(piece) == end - start else (start, end)
             for piece, start, end in pieces for k in range(len(piece))]
    return "".join(p for p, _, _ in pieces), [a for a, _ in spans], [b for _, b in spans]


def test_html_comments_are_found_as_their_pattern_finds_them():
    # _comments finds in one pass what "<!-+[\s\S]{0,MAX_COMMENT}?-+>" finds, which read on
    # from every "<!-" and took minutes over a report of nothing but "<!--"
    from generator.normalize import MAX_COMMENT, _comments

    pattern = re.compile(r"<!-+[\s\S]{0,%d}?-+>" % MAX_COMMENT)
    rng = random.Random(5)
    for _ in range(3000):
        pieces = ["<!-", "->", "-", "<", "!", ">", "a", " ", "x" * 700]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        text = re.sub("-+", "-", text)  # as normalised: a run of dashes is one
        assert _comments(text) == [m.span() for m in pattern.finditer(text)], text


def test_normalisation_agrees_with_its_definition_cluster_by_cluster():
    # Ellipses, ligatures, decomposed and stray accents, expansions (ß, İ), invisible and
    # exotic spaces, Hangul syllables and conjoining, compatibility and half-width jamo,
    # a decomposed Tamil vowel sign, format characters (bidi marks and isolates, joiners,
    # an emoji tag, the visible Arabic number sign), emoji, apostrophe look-alikes, among plain
    # text; seeded, so repeatable.
    alphabet = ["a", "Z", " ", "  ", ".", ",", "'", "-", "--", "\n", "\t", "\x1c", "\x85", "…", "ﬁ", "ﬀ", "é", "e\u0301", "q\u0301\u0323", "ß", "İ",
                "Σ", "ς", "ǅ", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\u2028", "\u3000", "’", "—", "평", "양",
                "\u1112", "\u1161", "\u11b7", "하", "\u314e", "\u314f", "\uffbe", "\ua960", "\ud7b0",
                "க", "\u0bc6", "\u0bbe", "o\u0316\u0301", "\u200e", "\u202b", "\u2066", "\u061c", "\u2060",
                "\u200c", "\u200d", "\U000e0067", "\u0600", "ʼ", "ʻ", "´", "`", "″", "ŉ", "ｶ", "ﾞ",
                "¨", "Ⅻ", "㎞", "Ａ", "①", "²", "5", "¹", "ab", "rose", "œ", "Æ", "и", "\u0301", "\u0300", "г",
                "😡", "👍🏽", "❤\ufe0f", "\u00ad\n", "\u00ad \r\n"]
    rng = random.Random(11)
    for _ in range(8000):
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


# --- Hangul jamo ------------------------------------------------------------------

JAMO = "\u1112\u1161\u11b7\u1112\u1173\u11bc \u1109\u1175\u110c\u1161\u11bc"  # 함흥 시장, decomposed


@pytest.mark.parametrize("body,quote,expected", [
    (f"Traders in {JAMO}에서 said so.", "함흥 시장에서", f"{JAMO}에서"),  # a decomposed report
    ("Traders in 함흥 시장에서 said so.", f"{JAMO}에서", "함흥 시장에서"),  # a decomposed quote
    ("Traders in \ud558\u11b7흥 시장.", "함흥 시장", "\ud558\u11b7흥 시장"),  # syllable 하 + final ᆷ
    ("Traders in \u314e\u314f\u3141 시장.", "하ᄆ 시장", "\u314e\u314f\u3141 시장"),  # compatibility jamo
])
def test_decomposed_hangul_matches_composed_syllables(body, quote, expected):
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED, quote
    assert found.passage.text == expected  # the highlight covers whole syllables, no more


def test_hangul_and_indic_vowels_compose_as_nfkc_composes_the_whole_text():
    # Conjoining jamo (modern, which compose, and old, which do not), syllables before a
    # final jamo, compatibility and half-width jamo, decomposed Tamil and Bengali vowel
    # signs; each normalised character comes from original ones NFKC makes it of. Seeded.
    alphabet = ["\u1112", "\u1161", "\u11b7", "하", "함", "\u1100", "\u1175", "\u11a8", "\ua960", "\ud7b0",
                "\ud7cb", "\u3131", "\u314f", "\uffa1", "\uffc2", "\u0b95", "\u0bc6", "\u0bbe", "\u0bd7",
                "\u09c7", "\u09be", " ", "a"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        n = normalize(text)
        assert n.text == re.sub(" +", " ", unicodedata.normalize("NFKC", text)), repr(text)
        for k, char in enumerate(n.text):
            assert char in unicodedata.normalize("NFKC", text[n.start(k):n.end(k + 1)]), repr(text)


def test_every_character_that_composes_with_the_one_before_is_looked_at():
    # The normalisation skips characters that fold alone unless normalizing._may_compose says
    # NFKC might join them to what precedes: it must say so of every second half of a
    # canonical pair in this Python's Unicode database, and of the Hangul vowels and finals.
    seconds = {chr(int(d.split()[1], 16)) for d in map(unicodedata.decomposition, map(chr, range(0x110000)))
               if d and not d.startswith("<") and len(d.split()) == 2}
    hangul = map(chr, [*range(0x1161, 0x1176), *range(0x11a8, 0x11c3)])
    assert not [c for c in (*seconds, *hangul) if not normalizing._may_compose(c)]


# --- Writing without spaces -----------------------------------------------------------

@pytest.mark.parametrize("body,quote", [
    ("据消息人士称金策钢铁联合企业一年只开工几天。", "一年只开工几天"),
    ("据消息人士称金策钢铁联合企业一年只开工几天。", "金策钢铁联合企业"),
    ("北朝鮮の鉄鋼生産は昨年大きく減少した。", "鉄鋼生産は昨年大きく減少した"),
    ("北朝鮮の鉄鋼生産は昨年大きく減少した。", "北朝鮮の鉄鋼生産"),
    ("โรงงานเหล็กหยุดผลิตในเดือนมิถุนายน", "หยุดผลิต"),
    ("2023年に生産は減少した。", "年に生産は減少"),  # a Latin digit before a Han one ends a word
])
def test_quotes_from_mid_sentence_in_writing_without_spaces(body, quote):
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED and found.score == 100
    assert found.passage.text == quote


@pytest.mark.parametrize("body,quote", [
    ("Завод в Чхонджине остановился.", "вод в Чхонджине"),  # Cyrillic
    ("Το εργοστάσιο έκλεισε.", "γοστάσιο έκλεισε"),  # Greek
    ("2023年に生産は減少した。", "023年"),  # digits are a word even next to Han
    ("The mill and the smiller met.", "miller met"),
])
def test_word_boundaries_still_hold_in_spaced_writing(body, quote):
    assert locate_quote("r", quote, normalize(body), body).status is not QuoteStatus.VERIFIED


def test_an_approximate_quote_in_japanese_names_the_passage_not_the_sentence():
    body = "北朝鮮の鉄鋼生産は昨年大きく減少した。"
    found = locate_quote("r", "鉄鋼生産は昨年大きく増加した", normalize(body), body)
    assert found.status is QuoteStatus.APPROXIMATE
    assert found.passage.text == "鉄鋼生産は昨年大きく減少した"


def test_an_elision_in_chinese_counts_characters_as_words():
    body = "据消息人士称，金策钢铁联合企业一年只开工几天。"
    found = locate_quote("r", "据消息人士称…一年只开工几天", normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.parts == ("据消息人士称", "一年只开工几天")


# --- Invisible format characters -------------------------------------------------

@pytest.mark.parametrize("char", [
    "\u200e", "\u200f", "\u061c",  # left-to-right, right-to-left and Arabic letter marks
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
    "\ufeff", "\u2060", "\u00ad", "\u200b", "\u200c", "\u200d", "\u180e", "\U000e0067",
])
def test_invisible_format_characters_are_ignored(char):
    body = f"The source said {char}قال المصدر{char} the mi{char}ll stopped."
    found = locate_quote("r", "said قال المصدر the mill stopped", normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.text == f"said {char}قال المصدر{char} the mi{char}ll stopped"
    plain = "The mill stopped in June."
    quote = f"The mill{char} stopped in June"
    assert locate_quote("r", quote, normalize(plain), plain).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("char", ["\u0600", "\u06dd"])  # the Arabic number sign, end of ayah
def test_format_characters_that_are_drawn_are_kept(char):
    assert normalize(f"{char}١٢").text == f"{char}12"  # the digits are any script's: 12


@pytest.mark.parametrize("body, quote", [
    ("قال المسؤول إن المصنع أُغلِقَ في مارس بعد الإضراب.", "المصنع أغلق في مارس"),  # short vowels left out
    ("قال المسؤول إن المصنع أغلق في مارس بعد الإضراب.", "المصنـــع أُغلِقَ في مارس"),  # … or put in, and a tatweel
    ("הממשלה לֹא פָּתְחָה אֶת הַמִּכְרֶה.", "לא פתחה את המכרה"),  # Hebrew vowel points
    ("أنتج المصنع ١٢ طنا في عام ٢٠٢٣ حسب التقرير.", "في عام 2023 حسب التقرير"),  # Arabic-Indic digits
    ("उत्पादन २०२३ में बढ़ा।", "उत्पादन 2023 में बढ़ा"),  # Devanagari digits
])
def test_optional_marks_and_other_scripts_digits_are_the_same_words(body, quote):
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert normalize(found.passage.text).text == normalize(quote).text


# --- Apostrophes ------------------------------------------------------------------

@pytest.mark.parametrize("apostrophe", ["ʼ", "ʻ", "ʽ", "ʹ", "ʾ", "ʿ", "`", "´", "＇", "′", "’"])
@pytest.mark.parametrize("typed", ["'", "’"])
def test_apostrophe_look_alikes_are_apostrophes(apostrophe, typed):
    body = f"Residents of Ch{apostrophe}ŏngjin said the mill is idle."
    found = locate_quote("r", f"Residents of Ch{typed}ŏngjin said", normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.text == f"Residents of Ch{apostrophe}ŏngjin said"


# --- An ellipsis the report has -------------------------------------------------------

@pytest.mark.parametrize("body", [
    'He said: "Well... the mill is idle now."',
    'He said: "Well… the mill is idle now."',
    'As well as coal, he said: "Well... the mill is idle now."',  # an earlier "well" is not it
])
@pytest.mark.parametrize("quote", ["Well... the mill is idle now", "Well … the mill is idle now",
                                   "Well…the mill is idle now"])
def test_an_ellipsis_the_report_has_is_quoted_not_elided(body, quote):
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED and found.score == 100
    assert found.passage.text == body[body.index("Well"):body.index(" now") + 4]  # one span, dots and all


def test_an_ellipsis_the_report_lacks_still_elides():
    body = 'He said: "Well, the mill is idle now, as it was in the winter."'
    found = locate_quote("r", "the mill is idle … in the winter", normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.parts == ("the mill is idle", "in the winter")


# --- Bounded fuzzy matching -------------------------------------------------------

def _counting(monkeypatch) -> list[tuple[tuple, dict]]:
    """Each call of rapidfuzz's alignment from here on: (args, kwargs)."""
    calls: list[tuple[tuple, dict]] = []
    align = citations.fuzz.partial_ratio_alignment

    def counted(*args, **kwargs):
        calls.append((args, kwargs))
        return align(*args, **kwargs)
    monkeypatch.setattr(citations.fuzz, "partial_ratio_alignment", counted)
    return calls


def test_an_approximate_quote_is_aligned_once(monkeypatch):
    calls = _counting(monkeypatch)
    found = _locate("Smoke only comes out of the chimney of the steel plant a few days each year")
    assert found.status is QuoteStatus.APPROXIMATE and len(calls) == 1


def test_a_quote_not_found_is_aligned_once_and_still_names_the_closest_passage(monkeypatch):
    calls = _counting(monkeypatch)
    found = _locate("Smoke rarely leaves the chimneys of the iron works in winter")
    assert found.status is QuoteStatus.NOT_FOUND and len(calls) == 1
    assert 60 <= found.score < 85 and "chimney" in found.passage.text


def _long_body() -> str:
    sentences = [f"In month {i} the mill at site {i} produced {i * 7} tonnes of steel for the plan." for i in range(60)]
    return " ".join(sentences)


def _slip(text: str, at: int) -> str:
    """`text` with the word "steel" after offset `at` changed, as a slip of the pen."""
    return text[:at] + text[at:].replace("steel", "iron", 1)


@pytest.mark.parametrize("where", [0.0, 0.5, 0.99])
def test_a_long_quote_with_a_slip_is_approximate_and_highlighted_whole(monkeypatch, where):
    calls = _counting(monkeypatch)
    body = _long_body() + " " + _long_body().replace("mill", "works")
    quote = body[body.index("In month 3 "): body.index("In month 55 ") - 1]
    assert len(quote) > 3 * MAX_ALIGNED_CHARS
    assert locate_quote("r", quote, normalize(body), body).status is QuoteStatus.VERIFIED and not calls
    found = locate_quote("r", _slip(quote, int(len(quote) * where)), normalize(body), body)
    assert found.status is QuoteStatus.APPROXIMATE and found.score > 99
    assert found.passage.text == quote  # placed by its start (or its end), compared whole
    # Only the anchoring piece and the stretch it points at are aligned, never the whole
    # quote against the whole report: that costs the quote's length cubed.
    assert all(len(args[0]) <= MAX_ALIGNED_CHARS or len(args[1]) <= 1.3 * len(quote) for args, _ in calls)


def test_a_long_quote_whose_start_is_unlike_the_report_is_placed_by_its_end(monkeypatch):
    calls = _counting(monkeypatch)
    body = _long_body() + " " + _long_body().replace("mill", "works")
    at = body.index("In month 20 ")
    real = body[at: at + 2500]
    quote = " ".join(f"Zq{i} vux kelp {i} yorb" for i in range(60))[:MAX_ALIGNED_CHARS + 50] + " " + real
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.NOT_FOUND and 60 <= found.score < 85  # a third of it is not the report's
    [(start, end)] = found.passage.spans  # the closest passage, named for the author, holds the real part
    assert start <= at + 100 and end >= at + 2400
    wanted = normalize(quote).text
    assert calls[0][0][0] == wanted[:MAX_ALIGNED_CHARS] and calls[1][0][0] == wanted[-MAX_ALIGNED_CHARS:]


def test_a_long_quote_unlike_the_report_costs_two_short_alignments(monkeypatch):
    calls = _counting(monkeypatch)
    body = _long_body()
    quote = " ".join(f"Word{i} says nothing the report has in it." for i in range(400))
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.NOT_FOUND and found.passage is None
    assert len(calls) == 2 and all(len(args[0]) == MAX_ALIGNED_CHARS for args, _ in calls)


def test_a_quote_up_to_the_limit_is_aligned_whole(monkeypatch):
    calls = _counting(monkeypatch)
    body = _long_body()
    quote = _slip(body[: body.rindex(" ", 0, MAX_ALIGNED_CHARS)], 0)
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.APPROXIMATE and len(calls) == 1 and calls[0][0][1] == normalize(body).text


# Quotes that type what the report's Markdown hides (with a slip: without one, the quote's
# own Markdown read as plain text is the report's words), or add a stray mark: the
# alignment's window, as long as the quote, reaches into the neighbouring block; the passage
# must not.
BLOCKS = ("Heading with trailing hashes\n\nSetext heading here\n\nThe total was 1,000 tonnes of coal in "
          "the year.\n\nMixed scripts today.\n\nA hard line.\n\nEmphasis on important words and strong words "
          "here.\n\nCode follows in the next paragraph.")


@pytest.mark.parametrize("body,quote,expected", [
    ("Coal\n\nEmphasis on important words and strong words here.\n\nCode follows in the next paragraph.",
     "Emphasis on *important* words and __strong__ word here.", "Emphasis on important words and strong words here."),
    (BLOCKS, "Emphasis on *important* words and __strong__ word here",  # "e" of "line." matches by chance
     "Emphasis on important words and strong words here"),
    (BLOCKS, "Heading with trailing hashes ##", "Heading with trailing hashes"),
    (BLOCKS, "The total was 1,000 tones of coal in the year", "The total was 1,000 tonnes of coal in the year"),
    ("Coal\n\nEmphasis on important words and strong words here.",  # the quote is the longer
     "Emphasis on *important* words and __strong__ words here. Yes.", "Emphasis on important words and strong words here."),
])
def test_an_approximate_passage_keeps_to_what_aligned(body, quote, expected):
    found = _locate(quote, body)
    assert found.status is QuoteStatus.APPROXIMATE
    assert found.passage.text == expected


def test_a_long_approximate_passage_keeps_to_what_aligned():
    paragraph = _long_body()
    body = f"Coal\n\n{paragraph}\n\nNext paragraph here."
    quote = f"**{_slip(paragraph, len(paragraph) // 2)}** Yes."
    assert len(quote) > MAX_ALIGNED_CHARS
    found = _locate(quote, body)
    assert found.status is QuoteStatus.APPROXIMATE
    assert found.passage.text == paragraph


NUMBERS = "The ministry has ordered the construction of 1,200 new homes in Hamhung by October, raising the housing stock by 3.5%."


@pytest.mark.parametrize("quote", ["200 new homes in Hamhung by October", "the construction of 1", "housing stock by 3",
                                   "5%.", "000 new homes"])
def test_a_quote_that_cuts_a_number_is_not_verified(quote):
    # "200 new homes" is not what the report says ("1,200 new homes"): at best approximate.
    assert locate_quote("r", quote, normalize(NUMBERS), NUMBERS).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("quote", ["construction of 1,200 new homes", "the housing stock by 3.5%", "by October"])
def test_whole_numbers_are_quoted_as_ever(quote):
    assert locate_quote("r", quote, normalize(NUMBERS), NUMBERS).status is QuoteStatus.VERIFIED


def test_a_korean_quote_may_end_before_the_particle_written_on_to_its_last_word():
    body = "김정은 위원장은 1,200세대 살림집 건설을 지시했다."
    for quote, shown in (("김정은 위원장", "김정은 위원장"), ("1,200세대 살림집 건설", "1,200세대 살림집 건설")):
        found = locate_quote("r", quote, normalize(body), body)
        assert found.status is QuoteStatus.VERIFIED and found.passage.text == shown
    # Its start is still a word's: "정은 위원장" is not verified inside "김정은".
    assert locate_quote("r", "정은 위원장", normalize(body), body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, shown", [
    # (the whole of "a first since 2019": without its "since", "a first" would say more)
    ("The plant reached its target on Tuesday \u2014 a first since 2019.", "on Tuesday -- a first since 2019",
     "on Tuesday \u2014 a first since 2019"),
    ("The plant reached its target on Tuesday -- a first since 2019.", "on Tuesday \u2014 a first since 2019",
     "on Tuesday -- a first since 2019"),
    ("Output fell---sharply---in May.", "fell\u2014sharply", "fell---sharply"),
])
def test_a_dash_typed_as_hyphens_is_the_reports_dash(body, quote, shown):
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED and found.passage.text == shown


@pytest.mark.parametrize("body, quote", [
    ("It called itself a non-nuclear weapons state in 2019.", "nuclear weapons state in 2019"),
    ("Anti-government forces attacked the depot.", "government forces attacked the depot"),
    ("The depot was attacked by anti-government forces.", "The depot was attacked by anti"),
    ("On prévoit 1\u202f200 logements neufs à Hamhung.", "200 logements neufs à Hamhung"),
    ("Il y a 2\u00a0500 emplois dans la mine.", "500 emplois dans la mine"),
    ("Die Stadt baut 1'200 Franken teure Wohnungen.", "200 Franken teure Wohnungen"),
    ("Temperatures fell to \u221230 degrees overnight in Hyesan.", "30 degrees overnight in Hyesan"),
])
def test_a_quote_that_cuts_a_compound_or_a_grouped_or_negative_number_is_not_verified(body, quote):
    # The words are the report's, the sense is not: "nuclear weapons state" of "non-nuclear".
    assert locate_quote("r", quote, normalize(body), body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("It called itself a non-nuclear weapons state in 2019.", "a non-nuclear weapons state"),
    ("On prévoit 1\u202f200 logements neufs à Hamhung.", "1 200 logements neufs"),
    ("Temperatures fell to \u221230 degrees overnight.", "fell to -30 degrees"),
    ("Output rose 10-30 per cent in the year.", "rose 10-30 per cent"),  # a range whole
    ("The mill \u2014 idle since May \u2014 reopened.", "idle since May"),  # a dash parts words
])
def test_whole_compounds_numbers_and_words_beside_dashes_are_quoted_as_ever(body, quote):
    assert locate_quote("r", quote, normalize(body), body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [("The area is 10\u00b2 km.", "area is 102 km"),
                                         ("Output reached 10\u2076 tons.", "reached 106 tons")])
def test_an_exponent_is_not_a_digit_of_its_number(body, quote):
    assert locate_quote("r", quote, normalize(body), body).status is not QuoteStatus.VERIFIED
    assert locate_quote("r", quote.replace("102", "10^2").replace("106", "10^6"),
                        normalize(body), body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [("Water is H\u2082O and gas is CO\u2082.", "Water is H2O and gas is CO2"),
                                         ("The hall is 300 m\u00b2 in all.", "300 m2 in all")])
def test_sub_and_superscripts_after_letters_still_read_as_digits(body, quote):
    assert locate_quote("r", quote, normalize(body), body).status is QuoteStatus.VERIFIED


def test_an_elided_passage_and_the_same_words_unbroken_are_two_passages():
    body = "The mill closed in May. Later the mill closed again for good."
    elided = locate_quote("r", "the mill … closed again", normalize(body), body)
    whole = locate_quote("r", "the mill closed again", normalize(body), body)
    assert elided.status is whole.status is QuoteStatus.VERIFIED
    assert elided.passage.anchor != whole.passage.anchor
    assert whole.passage.text == "the mill closed again"


@pytest.mark.parametrize("body, quote, before, after", [
    ("김정은 위원장은 살림집 건설을 지시했다.", "김정은 위원장", "", "은"),
    ("代表团参观了工厂。", "观了工厂", "代表团参", ""),
    ("The plant reopened in May.", "plant reopened", "", ""),
])
def test_a_passage_knows_the_rest_of_a_word_it_starts_or_ends_inside(body, quote, before, after):
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED
    assert (found.passage.before, found.passage.after) == (before, after)


@pytest.mark.parametrize("body, quote", [("Residents \u2764\ufe0f the new park.", "Residents \u2764 the new park"),
                                         ("Residents \u2764 the new park.", "Residents \u2764\ufe0f the new park"),
                                         ("The shrine of \u845b\U000e0100 city.", "The shrine of \u845b city")])
def test_variation_selectors_are_ignored(body, quote):
    found = locate_quote("r", quote, normalize(body), body)
    assert found.status is QuoteStatus.VERIFIED and found.passage.text.startswith(body[:6])


@pytest.mark.parametrize("body, quote", [("Officials in İstanbul said so.", "officials in istanbul said"),
                                         ("THE İZMİR PORT IS SHUT.", "the izmir port is shut"),
                                         ("Officials in i\u0307stanbul said so.", "officials in istanbul said")])
def test_a_turkish_capital_dotted_i_differs_from_i_in_case_alone(body, quote):
    assert locate_quote("r", quote, normalize(body), body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote, shown", [
    ("en", "The government did not reopen the mine in 2023.", "The government did … reopen the mine",
     "The government did not reopen the mine"),
    ("fr", "Pyongyang n'a pas rouvert la mine en mai.",
     "Pyongyang n'a … rouvert la mine", "Pyongyang n'a pas rouvert la mine"),
    ("de", "Die Regierung hat die Mine nicht wieder geöffnet.", "Die Regierung hat die Mine … wieder geöffnet",
     "Die Regierung hat die Mine nicht wieder geöffnet"),
    ("de", "Die Regierung hat dazu nichts gesagt, hieß es.", "Die Regierung hat … gesagt, hieß es",
     "Die Regierung hat dazu nichts gesagt, hieß es"),
    ("ko", "정부는 광산을 다시 열지 않았다고 어제 밝혔다.", "정부는 광산을 다시 열지 … 어제 밝혔다",
     "정부는 광산을 다시 열지 않았다고 어제 밝혔다"),
    ("zh-Hans", "政府不同意该计划，官员说。", "政府…同意该计划", "政府不同意该计划"),
])
def test_an_ellipsis_that_stands_for_a_negation_is_not_verified(language, body, quote, shown):
    # "did … reopen" of "did not reopen" says the opposite of the report: a warning, and
    # the passage it shows is unbroken, so the word left out is there to see.
    found = locate_quote("r", quote, normalize(body), body, language)
    assert found.status is QuoteStatus.APPROXIMATE and found.passage.text == shown


@pytest.mark.parametrize("language, body, quote", [
    ("fr", "La mine a rouvert le 3 mai après deux ans, selon le ministère.", "La mine a rouvert … selon le ministère"),
    ("en", "The No. 3 reactor, officials said on Monday, was shut down.", "The No. 3 reactor … was shut down"),
    ("pt", "A mina reabriu no domingo, disse o ministério.", "A mina reabriu … disse o ministério"),
    ("it", "Il ministero ne ha annunciato la riapertura ieri.", "Il ministero … la riapertura ieri"),
    ("zh", "官员特别指出该厂已经恢复生产。", "官员…指出该厂已经恢复生产"),
    # … nor do words beside a negation-like form, where a quote starts or ends.
    ("zh", "这是一次非常重要的会议。", "非常重要的会议"),
    ("ja", "発電所は正常に稼働している。", "発電所は正常に稼働している"),
    ("ja", "北朝鮮の非核化について話した。", "北朝鮮の非核化"),
    ("ko", "김정은 위원장은 지시했다.", "김정은 위원장"),
    ("en", "The owner's mill reopened.", "The owner"),
    ("en", "‘The mill closed in 2019’, he said.", "‘The mill closed in 2019’"),
    ("hi", "सरकार ने नए स्थान पर खदान खोली है", "सरकार ने … पर खदान खोली है"),  # स्थान ends in न
    ("en", "सरकार ने नए स्थान पर खदान खोली है", "सरकार ने … पर खदान खोली है"),
    ("yi", "דער פאַבריק אין שטאָט איז געשלאָסן", "דער פאַבריק … שטאָט איז געשלאָסן"),  # Yiddish אין is "in"
    ("de", "Berichten zufolge ist die Not der Bevölkerung groß.", "Berichten zufolge ist die … der Bevölkerung groß"),
    ("ja", "今年の生産量はわずか3万トンだった。", "今年の生産量"),
    ("ko", "주민들은 현지 말로 그렇게 부른다.", "주민들은 현지"),
    ("ko", "그는 올해까지 말레이시아에 있었다.", "그는 올해까지"),
    # A negation of another clause, or a "not only", next to a quote or the ellipsis at its edge.
    ("en", "The aid shipment was delayed, not cancelled, a UN spokesperson said on Tuesday.",
     "… a UN spokesperson said on Tuesday"),  # the negation is another clause's
    ("en", "The report lists 12 sites, none of which has been inspected.", "The report lists 12 sites …"),
    ("en", "Despite the campaign, not a single private market has closed.", "Despite the campaign …"),
    ("en", "Not only did rice prices rise, fuel prices doubled.", "… rice prices rise"),  # "not only X": X is so
    ("ko", "쌀값이 오르지 않았다고 소식통이 전했다.", "소식통이 전했다"),  # 않 negates the verb before it
    ("zh", "边境城市的粮价并没有上涨，但燃油价格在三月翻了一番。", "…燃油价格在三月翻了一番"),
    ("zh", "不仅煤炭出口大幅下降，进口也减少了。", "…煤炭出口大幅下降"),
    ("ja", "ダムはまだ完成しておらず、技術者は来年まで工事が遅れると見ている。", "…技術者は来年まで工事が遅れると見ている"),
    ("fr", "Non seulement les prix du riz ont augmenté, mais le carburant aussi.", "… les prix du riz ont augmenté"),
])
def test_words_that_only_look_like_negations_or_do_not_govern_the_quote_stay_verified(language, body, quote):
    assert locate_quote("r", quote, normalize(body), body, language).status is QuoteStatus.VERIFIED


def test_an_ellipsis_may_still_leave_out_words_around_a_negation_it_keeps():
    body = "The government did not, officials said on Tuesday, reopen the mine in 2023."
    found = locate_quote("r", "The government did not … reopen the mine", normalize(body), body, "en")
    assert found.status is QuoteStatus.VERIFIED


def test_a_report_without_a_language_is_read_in_the_sites(tmp_path):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    report = MINIMAL["content/reports/r1.md"] + "\nDie Regierung hat die Mine nicht wieder geöffnet.\n"
    brief = MINIMAL["content/briefs/b1.yaml"].replace('"runs a few days each year"',
                                                      '"Die Regierung hat die Mine … wieder geöffnet"')
    for site_language, warned in (("en", False), ("de", True)):
        root = make_site(tmp_path / site_language, {
            "content/reports/r1.md": report, "content/briefs/b1.yaml": brief,
            "content/site.yaml": MINIMAL["content/site.yaml"] + f"language: {site_language}\n"})
        warnings = build_site(root, write=False).warnings
        assert [w.message.endswith('it leaves out "nicht"') for w in warnings] == ([True] if warned else [])


def test_the_ellipsis_pattern_reads_long_white_space_once_and_splits_as_before():
    # The white space before an ellipsis is matched only from where its run begins (a quote
    # of 80,000 spaces took 18 s), with the same matches as the plain pattern.
    plain = re.compile(r"\s*(?:[\[(]\s*(?:\.\.\.+|\.(?:\s\.){2,}|[…⋯]+)\s*[\])]|\.\.\.+|\.(?:\s\.){2,}|[…⋯]+)\s*")
    rng = random.Random(5)
    pieces = ["a", " ", "\t", ".", "…", "⋯", "\u00a0", "b. ", "...", ". . .", "[", "]", "(", ")"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(30)))
        assert citations._ELLIPSIS.split(text) == plain.split(text), text


def test_a_part_refused_at_too_many_places_is_left_to_the_fuzzy_match(monkeypatch):
    # "aaaa" inside one long word is found, and refused, at every letter: past a budget of
    # characters compared, the part counts as not found rather than costing N² to rule out.
    body = "Q" + "a" * 4000 + " and then aaaa here."
    assert locate_quote("r", "aaaa", normalize(body), body).status is QuoteStatus.VERIFIED
    monkeypatch.setattr(citations, "_REFUSED_BUDGET", -4 * len(body) + 100)
    assert locate_quote("r", "aaaa", normalize(body), body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", [
    # A negation written inside a word, left out by where the quote starts or ends.
    ("zh", "该工厂三月以来一直未能正常运转。", "能正常运转"),
    ("zh", "工厂没有正常运转。", "有正常运转"),
    ("ja", "その工場は三月から稼働していない。", "その工場は三月から稼働してい"),
    ("th", "โรงงานไม่ได้เปิดทำการตั้งแต่เดือนมีนาคม", "ได้เปิดทำการตั้งแต่เดือนมีนาคม"),
    ("ko", "김책제철소는 3월부터 정상가동못했다", "김책제철소는 3월부터 정상가동"),
    # A number cut where its own marks join it: a fraction, a ratio or time, a decimal sign.
    ("en", "Prices of rice rose 1½ percent in May.", "Prices of rice rose 11"),
    ("en", "About 2/3 of the mines in Musan were idle.", "3 of the mines in Musan were idle"),
    ("en", "The train left at 10:30 in Hamhung.", "30 in Hamhung"),
    ("en", "The mill made 3·5 tons a day.", "5 tons a day"),
    ("ar", "أنتج المصنع ١٢٫٥ طن يوميا", "٥ طن يوميا"),
    ("en", "Output fell 10⁻³ percent near the mine.", "3 percent near the mine"),
    ("en", "The mill made 10–20 tons a day.", "20 tons a day"),
    ("en", "The mill made 10-20 tons a day.", "The mill made 10"),
    ("en", "The mill closed on 2023-05-01 after the strike.", "01 after the strike"),
    # An ellipsis standing for an English negation, whatever language the report is said to be in.
    ("ko", "The Kimchaek steel mill did not reopen in March.", "The Kimchaek steel mill did … reopen in March"),
    ("nl", "The Kimchaek steel mill did not reopen in March.", "The Kimchaek steel mill did … reopen in March"),
    # An ellipsis standing for a negation in a report whose tag does not say its language.
    ("en", "工厂至今仍未恢复生产，工人们说。", "工厂至今仍…恢复生产"),
    ("en", "공장은 파업 이후 안 가동됐다고 주민들이 말했다.", "공장은 파업 이후 … 가동됐다고 주민들이"),
    ("fr", "The mill did not reopen after the strike.", "the mill did … reopen after the strike"),
    ("ar", "وقال العمال إن الأجور لم تدفع منذ ٣ أشهر.", "وقال العمال إن الأجور … تدفع منذ ٣ أشهر"),
    ("nl", "De fabriek is niet heropend na de staking.", "De fabriek is … heropend na de staking"),
    # A quote cut just before or after a negation written on to its word.
    ("en", "Analysts say the ruling party won't hold its majority.", "the ruling party won"),
    ("en", "He said the workers can’t leave the city.", "said the workers can"),
    ("zh", "他们主张建立非核国家联盟。", "核国家联盟"),
    ("ja", "発電所は正常に稼働していない。", "発電所は正常に稼働して"),
    ("ja", "発電所は正常に稼働せず、停電が続いた。", "発電所は正常に稼働"),
    ("ko", "공장은 정상 가동하지 못했다", "공장은 정상 가동"),
    ("ko", "공장은 정상 가동되지는 않았다", "공장은 정상 가동되지는"),
    ("ja", "工場は稼働させられていなかった。", "工場は稼働"),
    ("ar", "قال العمال إنهم ليسوا راضين عن الأجور", "قال العمال إنهم … راضين عن الأجور"),
    # An ellipsis at an edge standing for a negation; negations and numbers of more languages.
    ("en", "The government did not reopen the mine in 2023.", "… reopen the mine in 2023"),  # a leading ellipsis
    ("ru", "Правительство не открыло шахту в 2023 году.", "… открыло шахту в 2023 году"),
    ("ko", "공장은 정상 가동 상태가 아닌 것으로 알려졌다.", "공장은 정상 가동 상태가 … 것으로 알려졌다"),  # 아닌
    ("ko", "공장은 정상 가동하지 아니하였다고 주민들이 전했다.", "공장은 정상 가동하지"),
    ("ko", "북한이 미사일 발사대를 설치했다고 군 당국이 밝혔다.", "북한이 미사일 발사"),  # 발사대: no particle
    ("ko", "하루 10~20톤을 생산했다고 전했다.", "20톤을 생산했다고 전했다"),
    ("zh", "该工厂并非正常运转，工人们说。", "该工厂并…正常运转，工人们说"),
    ("zh", "该厂于十二月停产。", "二月停产"),
    ("zh", "今年产量为3000万吨。", "今年产量为3000"),
    ("ja", "工場は稼働せず、停電が続いたと住民は話した。", "工場は稼働…停電が続いたと住民は話した"),
    ("de", "Es gab keinerlei Hinweise auf eine Produktion im Werk.", "Es gab … Hinweise auf eine Produktion im Werk"),
    ("fr", "Les autorités ont signalé des sites non déclarés dans la province.",
     "des sites … déclarés dans la province"),
    ("ru", "Рабочим завода нельзя покидать город, сообщили источники.",
     "Рабочим завода … покидать город, сообщили источники"),
    ("ar", "أعلنت الحكومة عدم إعادة فتح المنجم هذا العام.", "أعلنت الحكومة … إعادة فتح المنجم هذا العام"),
    # Read through Markdown, as reports are: struck text, a word hyphenated at a line's end.
    ("en", "Output fell ~~20%~~ 30% in March.", "Output fell 20%"),  # struck out: not the report's words
    ("en", "The test was un-\nsuccessful, officials said.", "successful, officials said"),  # a word hyphenated at a line's end
    ("en", "The test was un-\nsuccessful, officials said.", "The test was successful"),
    ("en", "The non-\nnuclear state grew.", "nuclear state grew"),
    ("en", "The mine was un-\nsuccessful and was not re-\nopened.", "the mine was reopened"),
    ("en", "Officials did not immediately confirm the executions.", "confirm the executions"),
    ("en", "Officials did not formally confirm the executions.", "confirm the executions"),
    ("en", "The plant hasn't yet resumed production.", "resumed production"),  # "n't" reaching over a word
    ("en", "They won't ever reopen the mine.", "reopen the mine"),
    ("ja", "予算は1億2000万円だった。", "2000万円だった"),  # 120 million yen, not 20 million
    ("ja", "予算は1億2000万円だった。", "予算は1億"),
    ("zh", "投资达3亿5000万元。", "5000万元"),
    ("zh", "产量为1万2千吨。", "2千吨"),
    ("ko", "그 공장을 가동할 수 없었다.", "그 공장을 가동"),  # could not operate
    ("ko", "그 공장은 가동될 수가 없다.", "그 공장은 가동될"),
    ("ja", "発電所は電力供給なしの状態だ。", "発電所は電力供給"),  # without power
    ("ja", "発電所は電力供給無しの状態だ。", "発電所は電力供給"),
    ("en", "He would see them no more.", "He would see them"),  # "no more" alone governs the quote
    ("en", "The talks would go no further.", "The talks would go"),
    ("en", "Pyongyang did not, as state media claimed, reopen the mine.", "reopen the mine"),  # over an aside
    ("en", "They hadn't, according to traders, paid the workers.", "paid the workers"),
    ("en", "The mine did not — as state media claimed — reopen in May.", "reopen in May"),
    ("en", "The mine did not (as state media claimed) reopen in May.", "reopen in May"),
    ("en", "Officials decided not to reopen the mine in May.", "reopen the mine in May"),  # over up to three words
    ("en", "The mine has not been reopened to trucks since 2020.", "reopened to trucks since 2020"),
    ("en", "The mine did not in fact reopen.", "reopen"),
    ("en", "None of the mines reopened.", "mines reopened"),
    ("en", "Not a single mine reopened.", "mine reopened"),
    ("en", "The mine has hardly been used since the flood.", "The mine has … been used since the flood"),
    ("en", "The mine has barely reopened.", "reopened"),
    ("en", "The plant has yet to resume production.", "resume production"),  # "yet to", "failed to", "refused to"
    ("en", "The plant has yet to resume production.", "The plant has … resume production"),
    ("en", "The plant is yet to be repaired.", "be repaired"),
    ("en", "The ministry failed to deliver the fertiliser.", "deliver the fertiliser"),
    ("en", "Officials refused to confirm the executions.", "Officials … confirm the executions"),
    ("en", "The ministry failed again to deliver the fertiliser.", "deliver the fertiliser"),  # over an adverb
    ("en", "The ministry failed, again, to deliver the fertiliser.", "deliver the fertiliser"),  # over an aside
    ("en", "The ministry has repeatedly refused to allow inspections.", "allow inspections"),
    ("en", "Officials declined to confirm the executions.", "confirm the executions"),
    ("en", "The mine was unable to reopen in May.", "reopen in May"),
    ("en", "Kim has ceased to appear in public.", "appear in public"),
    ("en", "Kim has ceased appearing in public.", "appearing in public"),
    ("en", "Officials denied that the mine had reopened.", "the mine had reopened"),
    ("en", "It is not true that the mine reopened.", "the mine reopened"),
    ("en", "Officials stopped short of confirming the executions.", "confirming the executions"),
    ("zh", "工厂没有立即恢复生产。", "恢复生产"),  # over an adverb
    ("zh", "工厂至今没有按照计划全面恢复生产。", "恢复生产"),
    ("zh", "当局没有对工厂进行检查。", "进行检查"),  # over a coverb's phrase
    ("zh", "外交部不就此事发表评论。", "发表评论"),
    ("zh", "政府不会向农民提供化肥。", "提供化肥"),
    ("zh", "朝鲜没有向IAEA提交报告。", "提交报告"),
    ("zh", "工厂没有在2024年5月恢复生产。", "恢复生产"),
    ("zh", "他们不把粮食分给居民。", "粮食分给居民"),
    ("zh", "当局不准商人开放市场。", "商人开放市场"),
    ("zh", "工厂并非全部恢复生产。", "恢复生产"),
    ("zh", "工厂勿再生产武器。", "再生产武器"),
    ("es", "La mina no fue reabierta en mayo.", "reabierta en mayo"),  # over auxiliaries, in any language
    ("fr", "La mine n'a pas été rouverte en mai.", "rouverte en mai"),
    ("fr", "La mine n’a plus fonctionné.", "fonctionné"),
    ("fr", "Personne n'a été blessé.", "a été blessé"),  # elided, no space before the quote
    ("de", "Die Mine ist nicht mehr in Betrieb.", "in Betrieb"),
    ("de", "Kein einziges Bergwerk wurde wieder eröffnet.", "Bergwerk wurde wieder eröffnet"),
    ("it", "La miniera non è stata riaperta.", "riaperta"),
    ("pt", "A mina não foi reaberta em maio.", "reaberta em maio"),
    ("ru", "Шахта не будет открыта в мае.", "открыта в мае"),
    ("pl", "Kopalnia nie została otwarta.", "otwarta"),
    ("nl", "De mijn is niet meer in gebruik.", "in gebruik"),
    ("el", "Το ορυχείο δεν έχει ανοίξει ακόμη.", "ανοίξει ακόμη"),
    ("vi", "Nhà máy chưa được mở cửa lại.", "mở cửa lại"),
    ("id", "Tambang itu tidak akan dibuka kembali.", "dibuka kembali"),
    ("ar", "لم يعد المصنع يعمل منذ عام ٢٠١٩.", "المصنع يعمل منذ عام 2019"),
    ("he", "המכרה לא היה פעיל.", "פעיל"),
    ("uk", "На заводі немає електрики.", "електрики"),
    ("he", "המפעל טרם חזר לפעול.", "חזר לפעול"),
    ("ar", "المصنع بلا كهرباء.", "كهرباء"),
    ("es", "Apenas funcionan las fábricas.", "funcionan las fábricas"),
    ("fr", "Il n'a pas dit que l'usine avait rouvert.", "dit que l'usine avait rouvert"),
    ("en", "No foreign journalists were allowed in.", "journalists were allowed in"),  # "no" and an adjective
    ("en", "There is no evidence that the mine reopened.", "the mine reopened"),
    ("en", "The firm did not “fully” reopen the mine.", "“fully” reopen the mine"),  # over a quotation mark
    ("en", 'The firm did not "reopen" the mine.', "reopen"),
    ("en", "The firm did not—as claimed—reopen the mine.", "reopen the mine"),  # an em dash, unspaced
    ("en", "Officials were unwilling to confirm the report.", "confirm the report"),
    ("en", "Hardly any mines reopened in 2020.", "mines reopened in 2020"),
    ("en", "Temperatures fell to minus 5 degrees.", "5 degrees"),
    ("en", "Between 30 and 40 people were killed.", "40 people were killed"),  # a range of things counted
    ("fr", "Le riz coûte 3 000 – 5 000 wons le kilo.", "5 000 wons le kilo"),  # digits grouped with spaces
    ("fr", "Les prix ont augmenté entre 3 et 5 % en mai.", "5 % en mai"),
    ("en", "China declined to condemn the missile launch.", "condemn the missile launch"),
    ("en", "The ministry declined to immediately confirm the report.", "immediately confirm the report"),
    ("en", "Officials denied the mine had reopened.", "the mine had reopened"),
    ("en", "The mine is far from fully operational.", "fully operational"),
    ("fr", "Rien ne prouve que la mine a rouvert.", "prouve que la mine a rouvert"),  # "que" is "that" here
    ("fr", "Personne ne croit que la mine a rouvert.", "croit que la mine a rouvert"),
    ("ru", "Вряд ли шахта будет открыта.", "шахта будет открыта"),
    ("zh", "当局没有将粮食分给居民。", "粮食分给居民"),
    ("nl", "De schade bedroeg 5 miljoen euro.", "De schade bedroeg 5"),
    ("en", "Tickets cost $20 to $30 at the market.", "Tickets cost $20"),  # one quantity on both sides
    ("en", "An estimated 2 million to 3 million people fled the region.", "3 million people fled the region"),
    ("en", "He was jailed for 2 years to 3 years.", "He was jailed for 2 years"),
    ("de", "Die Preise stiegen um 3 % bis 5 %.", "Die Preise stiegen um 3 %"),
    ("en", "Men aged 18 to 60 were barred from leaving.", "Men aged 18"),
    ("en", "A budget of R5 billion was approved.", "A budget of R5"),  # a currency written on
    ("en", "No surprise inspections have been allowed since 2009.", "inspections have been allowed since 2009"),
    ("en", "No small farms received fertiliser this year.", "farms received fertiliser this year"),
    ("en", "He declined to publicly comment on the case.", "comment on the case"),
    ("ja", "工場を再開する予定はない。", "工場を再開する予定"),  # "there is no plan to"
    ("ja", "村には電気がない。", "村には電気"),
    ("ja", "これは工場ではない。", "これは工場"),
    ("zh", "朝鲜否认恢复了核试验。", "恢复了核试验"),  # "denied"
    ("zh", "朝鲜拒绝恢复谈判。", "恢复谈判"),  # "refused"
    ("hi", "खदान फिर से नहीं खुली।", "खुली"),  # a word of vowel signs before the quote
    ("hi", "गाँव में बिना बिजली के काम चल रहा है।", "बिजली के काम चल रहा है"),
    ("tr", "Fabrika açık değil.", "Fabrika açık"),
    ("tr", "Fabrikada elektrik yok.", "Fabrikada elektrik"),
    ("el", "Το ορυχείο δεν άνοιξε.", "άνοιξε"),
    ("fa", "کارخانه بازگشایی نشد.", "کارخانه بازگشایی"),  # the verb's prefix ن-
    ("fa", "کارخانه فعال نیست.", "کارخانه فعال"),
    ("fa", "هیچ کارخانه‌ای بازگشایی شد.", "کارخانه‌ای بازگشایی شد"),  # Persian ی, normalised as Arabic ي
    ("en", "The mine was far from reopening in May.", "reopening in May"),
    ("ko", "쌀값이 3∼5% 올랐다고 소식통이 전했다.", "5% 올랐다고 소식통이 전했다"),  # Korean's range tilde ∼
    ("ko", "2019∼2021년 사이 공장이 멈췄다.", "2021년 사이 공장이 멈췄다"),
    ("ko", "쌀값이 3 ~ 5% 올랐다.", "5% 올랐다"),
    ("zh", "该设施不是用于生产武器的。", "用于生产武器的"),  # not for making weapons
    ("zh", "該設施並不是用於生產武器的。", "用於生產武器的"),
    ("zh", "消息人士说，工厂不是因为制裁而停产的。", "因为制裁而停产的"),
    ("zh", "该厂不被允许出口煤炭。", "允许出口煤炭"),
    ("zh", "工厂目前没在运转。", "运转"),
    ("zh", "工厂没有被关闭。", "关闭"),
    ("zh", "该工厂今年不太可能恢复生产。", "可能恢复生产"),
    ("zh", "该工厂不会再恢复生产。", "恢复生产"),
    ("zh", "该工厂没有能够恢复生产。", "恢复生产"),
    ("en", "Inflation rose by .5 percent in May.", "5 percent in May"),  # a decimal without its 0
    ("en", "Inflation was -.5 percent.", "5 percent"),
    ("en", "The test was un-\nsuccessful in the north-\neast, officials said.", "successful in the north-east"),
    ("en", "The site was non-\noperational and well-\nguarded.", "operational and well-guarded"),
    ("en", "They were dis-\nmissed and then re-\nhired.", "missed and then re-hired"),
    ("ko", "쌀값이 3%∼5% 올랐다.", "5% 올랐다"),  # a range of percentages or prices
    ("en", "Prices rose 20% – 25% in May.", "25% in May"),
    ("en", "Prices rose 20% – 25% in May.", "Prices rose 20%"),
    ("en", "Prices rose 20%–25% in May.", "Prices rose 20%"),
    ("en", "Rice cost $5–$10 a kilo.", "$10 a kilo"),
    ("en", "Rice cost $5–$10 a kilo.", "Rice cost $5"),
    ("en", "Prices rose 3⁓5 percent.", "5 percent"),  # a swung dash
    ("es", "La mina cerró en mayo. ¿Quién la reabrió en junio?", "La mina … reabrió en junio"),
    ("en", "The mine was closed in May.[3] Officials said the factory reopened in June.",
     "The mine … reopened in June"),
    ("en", "The mine was closed in May. — Officials said the factory reopened in June.", "The mine … reopened in June"),
    ("hi", "खदान मई में बंद हुई। कारखाना जून में फिर खुला।", "खदान मई … जून में फिर खुला"),
    ("zh", "工厂没有完全恢复生产。", "恢复生产"),  # an adverb between the negation and the verb
    ("zh", "工厂不一定会恢复生产。", "会恢复生产"),
    ("zh", "该厂并没有真正被允许出口煤炭。", "被允许出口煤炭"),
    ("zh", "工厂没怎么生产。", "生产"),
    ("en", "Production has failed to, officials said, resume.", "resume"),
    ("en", "They refuse to reopen the mine.", "reopen the mine"),
    ("en", "Officials refuse to reopen the border with China.", "reopen the border with China"),
    ("en", "Workers who refuse to attend the rallies are punished.", "attend the rallies"),
    ("en", "North Korea has reportedly yet to reopen the border with China.", "reopen the border with China"),
    ("en", "The regime has, however, yet to reopen the border with China.", "reopen the border with China"),
    ("en", "Residents refuse to, defectors say, attend the rallies.", "attend the rallies"),
    ("en", "The mill closed in May after the floods. Officials said the factory reopened in June.",
     "The mill closed … Officials said the factory reopened in June"),  # the gap ends with the sentence
    ("ko", "쌀값은 1㎏당 6천원으로 올랐다. 옥수수 가격은 3천원이었다.", "쌀값은 1㎏당 6천원으로 … 옥수수 가격은 3천원이었다"),
    ("ja", "政府は１０．５％の増加を発表した．その後，価格は下落した．", "政府は10.5%の増加を…価格は下落した"),  # a full-width stop
    ("en", "Rice cost US$5–US$10 a kilo in Hyesan.", "US$10 a kilo in Hyesan"),
    ("en", "Rice cost US$5–US$10 a kilo in Hyesan.", "Rice cost US$5"),
    ("de", "Die Preise stiegen um 20 % – 25 % im Mai.", "25 % im Mai"),
    ("de", "Reis kostete 5 € – 10 € pro Kilo.", "10 € pro Kilo"),
    ("ja", "価格は3万～5万円だった。", "5万円だった"),
    ("ko", "쌀값은 3만~5만 원이었다.", "5만 원이었다"),
    ("zh", "大米价格上涨了3%—5%。", "大米价格上涨了3%"),  # an em dash between numbers, unspaced: a range
    ("en", "Crowds of 10k–20k people gathered.", "20k people gathered"),
    ("en", "Rice prices rose 3–5 percent in May, traders said.", "5 percent in May"),  # a range
    ("en", "Prices rose 20 % – 25 % in May.", "25 % in May"),  # spaced, between numbers of one unit
    ("en", "Rice prices rose 3 – 5 percent in May, traders said.", "5 percent in May"),  # spaced, to a quantity
    ("en", "Rice prices rose 3 - 5 percent in May, traders said.", "Rice prices rose 3"),
    ("en", "Rice cost $5 – $10 a kilo in Hyesan.", "$10 a kilo in Hyesan"),  # one currency
    ("en", "Rice cost $5 – 10 dollars a kilo in Hyesan.", "10 dollars a kilo in Hyesan"),
    ("en", "About 20 – 30 tonnes of coal were seized.", "30 tonnes of coal were seized"),
    ("en", "Wages rose 2.5 – 3.5 per cent last year.", "3.5 per cent last year"),
    ("en", "Rice cost 3,000 – 5,000 won a kilo.", "5,000 won a kilo"),
    ("de", "Die Löhne stiegen um 1,5 – 2,5 Prozent.", "2,5 Prozent"),
    ("en", "Rice cost 5,000 won–6,000 won a kilo.", "6,000 won a kilo"),  # the unit in words, twice
    ("en", "Rice cost 5,000 won – 6,000 won a kilo.", "Rice cost 5,000 won"),
    ("en", "Wages rose 5 percent - 10 percent in May.", "10 percent in May"),
    ("en", "Prices rose 3 to 5 percent in May.", "5 percent in May"),  # a range in words
    ("en", "Prices rose between 3 and 5 percent in May.", "5 percent in May"),
    ("en", "Between 2019 and 2021 the mine was closed.", "2021 the mine was closed"),  # a span of years
    ("en", "Prices rose 3 to 5 percent in May.", "Prices rose 3"),
    ("en", "Prices rose by 20 to 30 percent in May.", "30 percent in May"),  # "by" a range of shares
    ("en", "Prices rose by 20 to 30 per cent in May.", "Prices rose by 20"),
    ("en", "Prices rose by 20 to 30 percent in May.", "Prices rose by … 30 percent in May"),  # an ellipsis for it
    ("en", "Prices rose by 20 to 30 percent in May.", "Prices rose by 20 … percent in May"),
    ("en", "Wages rose by 2 to 3% in May.", "3% in May"),
    ("de", "Die Preise stiegen um 3 bis 5 Prozent.", "5 Prozent"),
    ("zh", "价格上涨了3至5%。", "5%"),
    ("en", "Prices reached $5 million last year.", "Prices reached $5"),  # a magnitude in words
    ("ru", "Товарооборот достиг 5 млрд долларов.", "Товарооборот достиг 5"),
    ("de", "Es kamen 12 345 Menschen.", "345 Menschen"),  # digits grouped with a space
    ("es", "Murieron 1 200 personas en mayo.", "200 personas en mayo"),
    ("en", "The mine was closed in May. Officials gave few details. Some fled. Traders said it reopened.",
     "The mine … reopened"),  # one sentence's start, another's end
    ("zh", "外交部不就此事发表评论。", "此事发表评论"),  # 不就: "does not, on this matter"
    ("en", '"The mine is closed," Kim said. Traders said it reopened in June.', "The mine … reopened in June"),
    ("en", "The parties have yet to all sign the deal.", "sign the deal"),
    ("en", "The storm left 300 mm. Officials said the factory reopened in June.", "The storm left … reopened in June"),
    ("en", "Troops moved to the north-\neast of the city in May.", "Troops moved to the north"),  # half a word
    ("en", "The test was un-\nsuccessful in the north-\neast, officials said.", "unsuccessful in the north"),
    ("en", "The mine was closed in May. Officials said the factory reopened in June.",
     "The mine … reopened in June"),  # one sentence's subject, another's verb
    ("ko", "공장은 5월에 폐쇄됐다. 관리들은 다른 공장이 6월에 재개됐다고 말했다.", "공장은 5월에 … 6월에 재개됐다고 말했다"),
    ("fr", "Le projet compte 1 200 logements.", "200 logements"),  # 1,200 homes, a plain space grouping digits
    ("fr", "Le projet compte 1 200 logements.", "Le projet compte 1"),
    ("ru-RU", "В городе 1 200 домов.", "200 домов"),
])
def test_a_quote_that_changes_what_the_report_says_is_never_verified(language, body, quote):
    assert _located(body, quote, language).status is not QuoteStatus.VERIFIED


def test_a_negation_cut_off_inside_a_word_is_named_in_the_passage():
    body = "该工厂三月以来一直未能正常运转。"
    found = locate_quote("r", "能正常运转", normalize(body), body, "zh")
    assert found.status is QuoteStatus.APPROXIMATE and "未能正常运转" in found.passage.text


@pytest.mark.parametrize("quote", [
    "The Kimchaek steel mill […] closed in March",
    "The Kimchaek steel mill [...] closed in March",
    "The Kimchaek steel mill (...) closed in March",
    "The Kimchaek steel mill (…) closed in March",
    "The Kimchaek steel mill ⋯ closed in March",
    "The Kimchaek steel mill .... closed in March",
    "The Kimchaek steel mill . . . closed in March",
])
def test_editorial_ellipses_are_read_as_ellipses(quote):
    body = "The Kimchaek steel mill, the largest in the region, closed in March after the strike."
    found = locate_quote("r", quote, normalize(body), body, "en")
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.parts == ("The Kimchaek steel mill", "closed in March")


def test_a_full_stop_before_an_ellipsis_stays_with_its_sentence():
    body = "The mill closed in March. Power cuts then spread across the region in April and May."
    found = locate_quote("r", "The mill closed in March. ... the region in April and May", normalize(body), body, "en")
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.parts == ("The mill closed in March.", "the region in April and May")


def test_the_parts_of_an_elided_quote_are_the_nearest_occurrences():
    body = ("Officials said the mill closed briefly in 2019, but it was not for long. "
            "Officials said the mill closed again, after the strike in March.")
    found = locate_quote("r", "Officials said the mill closed … after the strike in March", normalize(body), body, "en")
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.spans[0][0] == body.index("Officials said the mill closed again")


def test_a_passage_whose_first_words_come_earlier_gets_the_words_before_it_as_lead():
    body = ("Officials said the mill closed in 2019 after a fire.\n\n"
            "Later, officials said the mill closed in March because of power shortages.")
    quote = "officials said the mill closed in March because of power shortages"
    assert locate_quote("r", quote, normalize(body), body, "en").passage.lead == "Later,"
    alone = body.split("\n\n")[1]
    assert locate_quote("r", quote, normalize(alone), alone, "en").passage.lead == ""
    # At the start of its paragraph, the words ending the paragraph before tell it apart.
    first = ("The mill closed in 2019 because of a fire.\n\nThen came the strike.\n\n"
             "The mill closed in March because of power shortages.")
    found = locate_quote("r", "The mill closed in March because of power shortages", normalize(first), first, "en")
    assert found.passage.lead == "strike."
    # A short passage is matched whole: its first words found earlier need no lead.
    assert locate_quote("r", "The mill closed in March because", normalize(first), first, "en").passage.lead == ""
    # Never words of two blocks: a browser matches such a prefix nowhere.
    two = "Yes. The mill closed in 2019 because of power.\n\nIt ended.\n\nYes. The mill closed in March because of power."
    found = locate_quote("r", "The mill closed in March because of power", normalize(two), two, "en")
    assert found.passage.lead == ""
    # Joined as the report joins them: an opening mark glued to both occurrences tells nothing apart.
    marks = 'He said "The mill closed in 2019 because of power."\n\nHe said "The mill closed in March because of power."'
    found = locate_quote("r", "The mill closed in March because of power", normalize(marks), marks, "en")
    assert found.passage.lead == ""
    # No words before it at all: nothing to tell apart (its first words are not found earlier).
    assert locate_quote("r", "The mill closed in 2019", normalize(first), first, "en").passage.lead == ""


@pytest.mark.parametrize("quote", ["“The total was 1,000 tonnes of coal in the year.”", '"The total was 1,000 tonnes"',
                                   "« The total was 1,000 tonnes »", "„The total was … of coal in the year“"])
def test_quotation_marks_around_a_whole_quote_are_the_authors_not_the_reports(quote):
    found = _locate(quote, BLOCKS)
    assert found.status is QuoteStatus.VERIFIED and found.passage.text.startswith("The total was")


@pytest.mark.parametrize("body, quote", [
    ("He said: “The mill closed in March.” Then he left.", "“The mill closed in March.”"),  # the report's own marks
    ("工場は「三月に閉鎖した」と述べた。", "「三月に閉鎖した」"),
])
def test_quotation_marks_the_report_has_are_kept_in_the_passage(body, quote):
    found = _locate(quote, body)
    assert found.status is QuoteStatus.VERIFIED and found.passage.text == quote


def test_two_quotations_in_marks_are_not_one_quote_in_marks():
    assert _locate("“mill” and “March”", "The mill closed in March.").status is QuoteStatus.NOT_FOUND


@pytest.mark.parametrize("body, quote, shown", [
    ("The mill made 10–20 tons a day.", "20 tons a day", "10–20 tons a day"),
    ("About 2/3 of the mines were idle.", "3 of the mines were idle", "2/3 of the mines were idle"),
    ("It called itself a non-nuclear weapons state.", "nuclear weapons state", "non-nuclear weapons state"),
])
def test_a_quote_that_cuts_a_number_or_compound_is_shown_the_whole_of_it(body, quote, shown):
    found = _locate(quote, body)
    assert found.status is QuoteStatus.APPROXIMATE and found.passage.text == shown


@pytest.mark.parametrize("body, quote, passage", [
    ("The mill closed[1] after the strike in March.", "The mill closed after the strike",
     "The mill closed[1] after the strike"),
    ("Output fell in 2019.[12] Then it recovered slowly.", "fell in 2019. Then it recovered",
     "fell in 2019.[12] Then it recovered"),
    ("The mill closed[^2] after the strike.", "mill closed after the strike", "mill closed[^2] after the strike"),
])
def test_reference_markers_in_the_report_are_not_words_a_quote_must_copy(body, quote, passage):
    found = _locate(quote, body)
    assert found.status is QuoteStatus.VERIFIED and found.passage.text == passage


def test_reference_markers_let_no_other_words_through():
    assert _locate("The mill opened after the strike", "The mill closed[1] after the strike.").status \
        is not QuoteStatus.VERIFIED


def test_an_elided_passage_whose_first_words_come_earlier_gets_a_lead_too():
    # Its text directive is a range starting with its first four words, however short its
    # first part: those are the words to tell apart.
    body = ("The mill closed again last week, workers said.\n\n"
            "Officials confirmed that the mill closed again in March after the strike ended.")
    found = locate_quote("r", "the mill closed again in March … the strike ended", normalize(body), body, "en")
    assert found.status is QuoteStatus.VERIFIED and found.passage.lead == "that"


def test_a_five_letter_thai_negation_cut_off_at_the_start_is_caught():
    body = "คนงานมิได้รับค่าจ้างเลย"
    assert locate_quote("r", "รับค่าจ้างเลย", normalize(body), body, "th").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("quote", ["‘The mill closed in 2019’", "'The mill closed in 2019'", "‹The mill closed in 2019›",
                                   "‘The mill’s owners closed it in 2019’"])
def test_single_quotation_marks_around_a_whole_quote_are_the_authors(quote):
    body = "Officials said the mill closed in 2019. The mill's owners closed it in 2019 as well."
    body = body.replace("the mill closed", "The mill closed")
    assert _locate(quote, body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("quote, body, shown", [
    ("the plant is running", "The plant is not running.", "The plant is not running."),
    ("the mill closed in 2019", "Officials said that the mill closed down in 2019 after the strike.",
     "the mill closed down in 2019"),
])
def test_a_close_match_with_a_word_more_in_the_report_shows_the_whole_passage(quote, body, shown):
    found = _locate(quote, body)
    assert found.status is QuoteStatus.APPROXIMATE and found.passage.text == shown


@pytest.mark.parametrize("body, quote, says", [
    ("Output fell in 2019.[12] Workers then left the town.", "Output fell in 2019. Workers than left the town",
     'quote in claim "c1" is not exact in report "r1" (93% match)'),  # a reference marker is no number
    ("قال العمال إن الأجور لم تدفع منذ ٣ أشهر.", "قال العمال إن الأجور تدفع منذ 3 أشهر",
     'quote in claim "c1" is not exact in report "r1" (92% match): it leaves out "لم"'),  # ٣ is 3
])
def test_an_approximate_quotes_warning_names_only_real_slips(tmp_path, body, quote, says):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    root = make_site(tmp_path, {
        "content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.", body),
        "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace('"runs a few days each year"', f'"{quote}"')})
    assert [w.message for w in build_site(root, write=False).warnings] == [says]


@pytest.mark.parametrize("body, quote, says, reads", [
    ("The Musan mine, one of the largest iron ore mines in Asia, reopened in May.", "The Musan mine reopened in May",
     'quote in claim "c1" leaves out words of report "r1" between its own, with no ellipsis to say so',
     "The Musan mine, one of the largest iron ore mines in Asia, reopened in May"),
    ("Officials in Hyesan said the mill had not been repaired and would stay closed until spring.",
     "Officials in Hyesan said the mill would stay closed until spring",
     'quote in claim "c1" leaves out words of report "r1" between its own, with no ellipsis to say so: it leaves '
     'out "not"', "Officials in Hyesan said the mill had not been repaired and would stay closed until spring"),
    # where words are not spaced: characters left out between two runs of the report's
    ("据消息人士称，咸镜北道的茂山矿今年五月重新开工。", "茂山矿今年重新开工",
     'quote in claim "c1" leaves out words of report "r1" between its own, with no ellipsis to say so',
     "茂山矿今年五月重新开工"),
    ("据消息人士称，咸镜北道的茂山矿今年五月没有重新开工。", "茂山矿今年五月重新开工",
     'quote in claim "c1" leaves out words of report "r1" between its own, with no ellipsis to say so: it leaves '
     'out "没"', "茂山矿今年五月没有重新开工"),
])
def test_words_left_out_with_no_ellipsis_are_named_with_the_whole_passage(tmp_path, body, quote, says, reads):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    language = "zh" if "矿" in body else "en"
    root = make_site(tmp_path, {
        "content/site.yaml": MINIMAL["content/site.yaml"] + f"language: {language}\n",
        "content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.", body),
        "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace('"runs a few days each year"',
                                                                            f'"{quote}"')})
    [warned] = build_site(root, write=False).warnings
    assert (warned.message, warned.hint) == (says, f'the report reads: "{reads}"; mark each place words are left out '
                                                   "with an ellipsis (…), or quote the words whole")


@pytest.mark.parametrize("body, quote", [
    # across a sentence's end, no ellipsis is assumed: a close match or nothing
    ("The Musan mine closed in March after the floods. Officials reopened it in May.",
     "The Musan mine closed reopened it in May"),
    # one word left out is a slip, which the close match names
    ("Officials said that the mill closed down in 2019 after the strike.", "the mill closed in 2019 after the strike"),
    # unspaced writing: not across a sentence's end either
    ("茂山矿今年五月重新开工。平壤的工厂没有。", "茂山矿今年平壤的工厂"),
])
def test_words_left_out_with_no_ellipsis_only_within_a_sentence_and_more_than_one(body, quote):
    assert not _locate(quote, body).unmarked


def test_a_run_of_reference_markers_is_left_out_like_one():
    body = "The mill closed.[3][4] After the strike it stayed shut."
    assert _locate("The mill closed. After the strike it stayed shut", body).status is QuoteStatus.VERIFIED


def test_a_close_matchs_passage_does_not_grow_into_the_next_paragraph():
    body = "The plant ran at about 40 percent of capacity.\n\nA new line opened in May."
    found = _locate("the plant ran at about 45 percent of capacity a", body)
    assert found.passage is None or "\n" not in found.passage.text


@pytest.mark.parametrize("quote", ["“… the mill closed in March”", '"the mill closed in March …"'])
def test_quotation_marks_around_a_quote_with_an_ellipsis_at_its_edge_are_the_authors(quote):
    body = "Officials said the mill closed in March after the strike."
    assert _locate(quote, body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, passage", [
    ("The government did not reopen the mine in 2023.", "reopen the mine in 2023", "not reopen the mine in 2023"),
    ("No workers returned to the mill in May.", "workers returned to the mill in May", "No workers returned"),
    ("The government did not reopen the mine.", "The government did", "The government did not"),
    ("그는 안 갔다고 말했다.", "갔다고 말했다", "안 갔다고 말했다"),
])
def test_a_quote_right_after_or_before_a_negation_that_governs_it_is_approximate(body, quote, passage):
    found = locate_quote("r", quote, normalize(body), body, "ko" if "그" in body else "en")
    assert found.status is QuoteStatus.APPROXIMATE and passage in found.passage.text


@pytest.mark.parametrize("body, quote", [
    ("Without power, factories closed in May.", "factories closed in May"),  # a comma between
    ("Officials keep telling us that work is a matter of loyalty, not money.", "a matter of loyalty,"),
    ("Output of No. 3 Mine fell. Not one unit closed.", "Output of"),  # "No." of a number
    ("The minister, who had not visited before, said the mine reopened in May.", "said the mine reopened in May"),
    ("The mill was not closed. The mine reopened in May.", "The mine reopened in May"),
])
def test_a_negation_that_does_not_govern_the_quote_leaves_it_verified(body, quote):
    assert _locate(quote, body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, negated", [
    # Korean 안 is also the noun "inside": after a noun with no particle, before a noun with one
    ("수용소 안 생활은 더욱 열악해졌다고 전했다.", "생활은 더욱 열악해졌다고 전했다", False),
    ("건물 안 노동자들은 임금을 받았다.", "노동자들은 임금을 받았다", False),
    ("공장 안 창고에 쌀이 쌓여 있었다.", "창고에 쌀이 쌓여 있었다", False),
    ("탈북자들이 전한 수용소 안 생활은 열악했다.", "탈북자들이 전한 수용소", False),
    ("그해 여름 마을 안 우물은 두 달 내내 말라 있었다.", "우물은 두 달 내내 말라 있었다.", False),  # 마을: a noun
    ("공장 안 식당도 문을 닫았으니까요.", "식당도 문을 닫았으니까요.", False),
    ("아무리 안 해도 된다고 했다.", "해도 된다고 했다", True),  # 해도: a verb's ending
    # … the negation after a particle, an ending or an adverb, and before a verb
    ("당국은 쌀을 안 나눠줬다.", "당국은 쌀을", True),
    ("주민들은 아직 안 받은 배급을 기다린다.", "받은 배급을 기다린다", True),
    ("쌀 안 받았다고 주민들이 말했다.", "받았다고 주민들이 말했다", True),
    ("쌀을 안 받은 주민들이 항의했다.", "받은 주민들이 항의했다", True),
])
def test_korean_an_is_a_negation_before_a_verb_and_inside_between_nouns(body, quote, negated):
    found = locate_quote("r", quote, normalize(body), body, "ko")
    assert found.status is (QuoteStatus.APPROXIMATE if negated else QuoteStatus.VERIFIED)


@pytest.mark.parametrize("body, quote, language, passage", [
    ("They built 1,200 homes last year.", "200 homes", "en", "1,200 homes"),
    ("It was unsuccessful.", "successful", "en", "unsuccessful"),
    ("该厂于十二月停产。", "二月停产", "zh", "十二月停产"),
    ("북한이 미사일 발사대를 설치했다.", "북한이 미사일 발사", "ko", "북한이 미사일 발사대를"),
])
def test_a_short_quote_that_cuts_a_word_or_number_is_approximate_and_names_it_whole(body, quote, language, passage):
    found = locate_quote("r", quote, normalize(body), body, language)
    assert (found.status, found.passage.text) == (QuoteStatus.APPROXIMATE, passage)


@pytest.mark.parametrize("body, quote", [
    ("주민들은 식량이 부족하다고 말했다.", "주민들은 식량이 부족"),  # 부족하다: a verb made with 하다
    ("공장이 가동됐다고 전했다.", "공장이 가동"),
    ("그는 위원장인 것으로 알려졌다.", "그는 위원장"),  # the copula
    ("김정은 위원장에게는 보고되지 않았다.", "김정은 위원장"),  # two particles
])
def test_a_korean_quote_may_stop_before_a_particle_or_a_verb_ending(body, quote):
    assert locate_quote("r", quote, normalize(body), body, "ko").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("Output fell by ¼ in May.", "Output fell by 1/4 in May"),  # a vulgar fraction, typed
    ("Output fell by 3⁄5 in May.", "Output fell by 3/5 in May"),  # the fraction slash
    ("نما الإنتاج ١٢٫٥ في المائة", "نما الإنتاج 12.5 في المائة"),  # Arabic decimal mark and digits
    ("ارتفع السعر ٥٪ هذا الشهر", "ارتفع السعر 5% هذا الشهر"),  # Arabic per cent
    ("북ㆍ중 교역이 늘었다", "북·중 교역이 늘었다"),  # U+318D as a middle dot
    ("约翰•史密斯访问了平壤", "约翰·史密斯访问了平壤"),
    ("The mill closed[^1] after the strike.\n\n[^1]: https://example.org/source",
     "The mill closed after the strike"),  # a footnote reference read as a link, "^1"
    ("工場は閉鎖された。その後、操業を再開した。", "工場は閉鎖された・・・操業を再開した"),  # ・・・ as an ellipsis
    ("Officials said the mill closed in March after the strike.", "“The mill closed in March”."),  # the author's full stop
])
def test_what_a_reader_takes_for_the_same_text_is_verified(body, quote):
    from generator.markup import make_markdown, plain_text

    text = plain_text(make_markdown(), body)
    assert locate_quote("r", quote, normalize(text), text).status is QuoteStatus.VERIFIED


def test_an_exponent_is_no_reference_marker():
    body = "Output reached 10² tons in May."  # "10^2" once normalised: not "10" and a marker
    assert _locate("Output reached 10 tons in May", body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", [
    ("en", "Smugglers no longer cross at night, residents say.", "cross at night"),
    ("en", "The dam has not yet been completed.", "been completed"),
    ("en", "In May none of the state shops had diesel.", "the state shops had diesel"),
    ("en", "It does not, however, say how the ban will be enforced.", "… say how the ban will be enforced"),
    ("zh", "报道没有解释领导人缺席的原因。", "解释领导人缺席的原因"),  # 没有: the negation and its auxiliary
    ("zh", "当局未能控制价格。", "控制价格"),
])
def test_a_negation_reaching_the_quote_over_a_word_or_an_aside_makes_it_approximate(language, body, quote):
    assert locate_quote("r", quote, normalize(body), body, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", [
    ("ja", "輸出は前年比2／3に減った。", "輸出は前年比2/3に減った"),  # a full-width slash is no mixed number
    ("en", "# Mill closed in March\n\nNo workers were paid that winter.", "Mill closed in March"),  # the next block's "No"
    ("en", "- The furnace went cold\n- Nothing was shipped", "The furnace went cold"),
])
def test_what_lies_outside_the_quotes_block_or_number_leaves_it_verified(language, body, quote):
    from generator.markup import make_markdown, plain_text

    text = plain_text(make_markdown(), body)
    assert locate_quote("r", quote, normalize(text), text, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", [
    ("en", "The government did not  \nreopen the mine.", "reopen the mine"),  # a hard break: one paragraph
    ("en", "Intro.\n\n    The government did not\n    reopen the mine this year.\n", "reopen the mine"),  # pasted text
    ("en", "No one would  \nreopen the mine.", "… reopen the mine"),
    ("ko", "공장은 안  \n가동했다.", "… 가동했다"),
])
def test_a_line_break_inside_a_block_does_not_stop_a_negation_governing_the_quote(language, body, quote):
    from generator.markup import make_markdown, plain_text

    text = plain_text(make_markdown(), body)
    assert locate_quote("r", quote, normalize(text), text, language).status is QuoteStatus.APPROXIMATE


def test_a_korean_word_runs_on_past_a_dozen_syllables_of_particles():
    # The particles after a quote are a few syllables: a longer run is a word the quote cuts
    # (and matching it whole against overlapping particles took exponential time).
    body = "김정은 위원장" + "이나" * 7 + " 지시했다."
    assert locate_quote("r", "김정은 위원장", normalize(body), body, "ko").status is not QuoteStatus.VERIFIED
    body = "김정은 위원장에게까지는 지시했다."
    assert locate_quote("r", "김정은 위원장", normalize(body), body, "ko").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("« La mine est fermée », a déclaré le ministre.", '"La mine est fermée", a déclaré le ministre'),
    ("« La mine est fermée », a déclaré le ministre.", "«La mine est fermée», a déclaré"),
    ("Le ministre a dit : « Rien ne bougera ! »", "Le ministre a dit: «Rien ne bougera!»"),
    ('Le ministre a déclaré: "La mine est fermée", selon Reuters.', "le ministre a déclaré : « La mine est fermée »"),
    ("Il demande : « Pourquoi ? » Puis il part.", "Il demande: «Pourquoi?» Puis il part."),  # a closing mark, a word after
    ("Il a dit : « – Non, jamais ! »", "Il a dit: «– Non, jamais!»"),
])
def test_french_spaces_inside_quotation_marks_and_before_colons_are_typography(body, quote):
    assert locate_quote("r", quote, normalize(body), body, "fr").status is QuoteStatus.VERIFIED


def test_french_spacing_makes_no_other_words_the_same():
    body = "« La mine est fermée », a déclaré le ministre."
    assert _locate('"La mine est ouverte", a déclaré', body).status is not QuoteStatus.VERIFIED
    assert _locate('He said "no" to it', "He said no to it").status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, verified", [
    ("福島第一原発1・2号機で事故があった。", "2号機で事故があった", True),  # units 1 and 2
    ("会議は3・4月に開かれた。", "4月に開かれた", True),  # March and April
    ("Tickets: 12•15 euros", "15 euros", True),
    ("The dose was 3·5 mg daily.", "5 mg daily", False),  # a decimal point
    ("전국에서 3ㆍ1절 기념식이 열렸다", "1절 기념식이 열렸다", False),  # 1 March
])
def test_a_list_dot_between_numbers_is_no_decimal_point(body, quote, verified):
    assert (locate_quote("r", quote, normalize(body), body, "").status is QuoteStatus.VERIFIED) is verified


@pytest.mark.parametrize("body, quote", [
    ("Output—steel—fell in May.", "Output — steel — fell in May"),
    ("Output — steel — fell in May.", "Output—steel—fell in May"),
    ("Output—steel—fell in May.", "Output - steel - fell in May"),
    ("Output—steel—fell in May.", "Output -- steel -- fell in May"),
])
def test_spaces_around_a_dash_are_typography(body, quote):
    found = _locate(quote, body)
    assert found.status is QuoteStatus.VERIFIED
    assert found.passage.text == body[:-1]


def test_spaces_around_a_dash_make_no_other_words_the_same():
    assert _locate("at - 30 degrees", "It was at -30 degrees.").status is not QuoteStatus.VERIFIED
    assert _locate("nuclear weapons", "a non — nuclear weapons state").status is QuoteStatus.VERIFIED
    assert _locate("Output — steel — rose", "Output—steel—fell in May.").status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("A resident said “the mill is closed” today.", "“A resident said ‘the mill is closed’ today”"),  # nested: single inside double
    ("A resident said “the mill is closed” today.", "A resident said ‘the mill is closed’ today"),
    ("A resident said “the mill is closed” today.", '"A resident said "the mill is closed" today"'),
    ("“The mill ‘was closed’ in May,” Kim said.", "The mill “was closed” in May"),
])
def test_a_quotation_inside_a_quote_may_change_its_marks(body, quote):
    assert _locate(quote, body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("A 10' wall was built along the border.", 'A 10" wall was built'),  # feet, not inches
    ("The border lies at 38°30' north.", 'lies at 38°30" north'),  # minutes of arc, not seconds
    ("He bought a 5′ pipe.", "He bought a 5″ pipe"),
])
def test_a_prime_after_a_number_is_no_quotation_mark(body, quote):
    assert _locate(quote, body).status is not QuoteStatus.VERIFIED


def test_changing_quotation_marks_makes_no_other_words_the_same():
    assert _locate("He said 'no' to it", "He said no to it").status is not QuoteStatus.VERIFIED
    assert _locate("“mill” and “March”", "The mill closed in March.").status is QuoteStatus.NOT_FOUND
    assert _locate("“He said ‘yes’ today”", "He said “no” today.").status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("The mill operated a few days last year, according to a resident.", "The mill operated a few days last year."),
    ("The mill operated a few days last year, according to a resident.", "“The mill operated a few days last year.”"),
    ("The mill operated a few days last year. It closed.", "The mill operated a few days last year,"),
])
def test_a_stop_that_ends_a_quote_is_the_authors(body, quote):
    found = _locate(quote, body)
    assert found.status is QuoteStatus.VERIFIED and found.passage.text == "The mill operated a few days last year"


def test_a_stop_left_off_makes_no_number_the_same():
    assert _locate("Output rose 3.", "Output rose 3.5% in May.").status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("Exports fell in 2019 — 21 of the 30 mines closed.", "Exports fell in 2019-21"),  # a year, then 21 mines
    ("The committee voted 7 — 2 members were absent.", "The committee voted 7-2"),
    ("Deaths rose to 20 — 30 more than last year.", "Deaths rose to 20-30"),
    ("The committee voted 7-2 in favour.", "The committee voted 7 — 2 in favour"),
])
def test_spaces_around_a_dash_between_numbers_are_no_typography(body, quote):
    assert _locate(quote, body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ('Kim called the workers "union traitors" at the rally.', "Kim called the workers' union traitors"),
    ("If f′(x) = 0 the point is critical.", "If f″(x) = 0 the point is critical"),  # first, second derivative
    ("Angle A″ equals B.", "Angle A′ equals B"),
])
def test_a_mark_alone_is_no_quotation_mark(body, quote):
    assert _locate(quote, body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("He said “the toll was 10” today.", "“He said ‘the toll was 10’ today”"),
    ("In the '90s he said “no” to it.", "In the '90s he said 'no' to it"),
    ("The workers' union said “we will strike” in May.", "The workers' union said 'we will strike' in May"),
    ("He said “the mill closed in March after the strike” today.", "He said 'the mill closed … after the strike' today"),
])
def test_a_quotation_inside_a_quote_changes_its_marks_beside_apostrophes(body, quote):
    assert _locate(quote, body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("¿La mina está cerrada? Nadie lo sabe.", "La mina está cerrada."),  # a question, not a statement
    ("« La mine est fermée ? » a-t-il demandé.", "La mine est fermée."),
    ("Шахта закрыта? Никто не знает.", "Шахта закрыта."),
    ("المصنع مغلق؟ لا أحد يعرف.", "المصنع مغلق."),
    ("The population fell by 5 million in a decade.", "The population fell by 5."),
    ("He was sentenced to 10 years.", "He was sentenced to 10."),
    ("The mine will reopen if sanctions end.", "The mine will reopen."),
    ("The toll rose to 1 200 in May.", "The toll rose to 1,"),
    ("He said “yes” and “no”.", "He said “yes”."),
])
def test_a_stop_left_off_stands_for_the_reports_own(body, quote):
    assert _locate(quote, body).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("He said “no” today, and left.", "“He said ‘no’ today.”"),
    ("He said “no” today, and left.", "He said 'no' today."),
    ("工厂关闭了，一位居民说。", "工厂关闭了。"),
    ("工場は閉鎖された、と住民は語った。", "工場は閉鎖された。"),
    ("The mill operated “a few days last year”, a resident said.", "The mill operated 'a few days last year'."),
    ("The mill operated a few days last year[3], a resident said.", "The mill operated a few days last year."),
    ("The mill operated a few days last year\n\nA resident said so.", "The mill operated a few days last year."),
])
def test_a_stop_that_ends_a_quote_is_the_authors_in_any_script(body, quote):
    assert _locate(quote, body).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("quote", ["The mine closed in May ….", "The mine closed in May ... .", "The mine closed … ."])
def test_a_stop_after_a_closing_ellipsis_is_the_authors(quote):
    assert _locate(quote, "The mine closed in May and the mill reopened").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, passage", [
    ("당국은 영변 원자로가 가동 중이 아니라고 밝혔다.", "영변 원자로가 가동 중", "영변 원자로가 가동 중이 아니라고"),
    ("당국은 그 보도는 사실이 아니라고 밝혔다.", "그 보도는 사실", "그 보도는 사실이 아니라고"),
    ("공장에는 전기가 없다고 주민이 말했다.", "공장에는 전기", "공장에는 전기가 없다고"),
    ("북한은 ICBM이 아니라고 주장했다.", "북한은 ICBM", "북한은 ICBM이 아니라고"),
])
def test_a_korean_quote_stopped_before_a_particle_keeps_the_negation_after_it(body, quote, passage):
    # "사실" of "사실이 아니다" (is not true) stops before the negation that governs it, over
    # the particle the quote may leave off: as "reopen the mine" of "did not reopen the mine".
    for language in ("ko", "en"):
        found = locate_quote("r", quote, normalize(body), body, language)
        assert (found.status, found.passage.text) == (QuoteStatus.APPROXIMATE, passage), language


@pytest.mark.parametrize("body, quote", [
    ("쌀값이 1만 2천원으로 올랐다.", "2천원으로 올랐다"),  # 12,000 won, not 2,000
    ("쌀값이 1만 2천원으로 올랐다.", "쌀값이 1만"),
    ("생산액은 12억 3456만 달러였다.", "3456만 달러였다"),
])
def test_a_korean_number_spaced_by_its_units_is_one_number(body, quote):
    assert locate_quote("r", quote, normalize(body), body, "ko").status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("무역액은 3억 2023년보다 늘었다.", "무역액은 3억"),  # 300 million, more than in 2023: a year, not 3억 2023
    ("행사는 1만 3월 1일에 열렸다.", "행사는 1만"),
])
def test_a_korean_number_before_a_date_ends_there(body, quote):
    assert locate_quote("r", quote, normalize(body), body, "ko").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", [
    ("북한은 ICBM을 발사했다고 전했다.", "북한은 ICBM"),
    ("IAEA는 원자로가 가동 중이라고 밝혔다.", "IAEA"),
])
def test_a_korean_particle_written_on_to_a_latin_word_may_be_left_off(body, quote):
    assert locate_quote("r", quote, normalize(body), body, "ko").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, passage", [
    ("함흥시 태양광 발전소를 현지지도했다.", "태양광발전소", "태양광 발전소를"),
    ("함흥시 태양광발전소를 현지지도했다.", "태양광 발전소", "태양광발전소를"),
])
def test_a_short_quote_spaced_otherwise_names_the_reports_words(body, quote, passage):
    found = locate_quote("r", quote, normalize(body), body, "ko")
    assert found.status is not QuoteStatus.VERIFIED and found.passage.text == passage


_HEADED = ("The province reported record output.\n\n## Musan mine closed\n\n"
           "In 2019 the province opened two new pits.\n\n| Mine | Pits |\n|---|---|\n| Musan | two |\n")


@pytest.mark.parametrize("quote, status", [
    ("Musan mine closed in 2019", QuoteStatus.APPROXIMATE),  # a sentence the report never wrote
    ("record output. Musan mine closed", QuoteStatus.APPROXIMATE),
    ("Musan mine closed", QuoteStatus.VERIFIED),  # the heading alone
    ("Musan mine closed … two new pits", QuoteStatus.VERIFIED),  # the author's own elision says so
    ("In 2019 the province opened two new pits", QuoteStatus.VERIFIED),
])
def test_a_quote_running_out_of_a_heading_into_the_text_beside_it_is_approximate(quote, status):
    from generator.markup import make_markdown, reading_text_and_headings

    text, _, headings = reading_text_and_headings(make_markdown().parse(_HEADED))
    found = locate_quote("r", quote, normalize(text), text, "en", headings)
    assert found.status is status
    if status is QuoteStatus.APPROXIMATE:
        assert found.passage.text.startswith(("Musan mine closed", "record output")), found.passage.text


@pytest.mark.parametrize("body, quote, status", [
    ("| status | mine |\n|---|---|\n| closed | Musan |\n| reopened | Komdok |\n", "Musan reopened",
     QuoteStatus.APPROXIMATE),  # two table cells of two rows
    ("| Mine | Output |\n|---|---|\n| Komdok zinc | 40,000 tonnes |\n", "Komdok zinc 40,000 tonnes",
     QuoteStatus.APPROXIMATE),  # a row's cells are fields, not one sentence: "operating shut down" of 2019 | 2023
    ("| Mine | Note |\n|---|---|\n| Komdok | Closed. |\n", "Komdok Closed.", QuoteStatus.APPROXIMATE),
    ("| Note | Mine |\n|---|---|\n| It closed. | Komdok zinc |\n", "It closed. Komdok zinc",
     QuoteStatus.VERIFIED),  # a cell that ends its sentence, as a paragraph
    ("- The mine closed\n- Workers left\n", "The mine closed Workers left", QuoteStatus.APPROXIMATE),
    ("The mine closed in\n\nMay after the flood.", "The mine closed in May", QuoteStatus.APPROXIMATE),
    ("- The mine closed.\n- Workers left.\n", "The mine closed. Workers left.", QuoteStatus.VERIFIED),
    ("The mine closed.\n\nWorkers left.", "The mine closed. Workers left.", QuoteStatus.VERIFIED),
    ('He said "the mine closed."\n\nWorkers left.', 'the mine closed." Workers left.', QuoteStatus.VERIFIED),
    ("The mine closed in\n\nMay after the flood.", "The mine closed in … May after the flood", QuoteStatus.VERIFIED),
    # the same blocks in HTML pasted with a report's text
    ("<table><tr><td>Musan mine</td><td>closed</td></tr></table>", "Musan mine closed", QuoteStatus.APPROXIMATE),
    ("<table><tr><td>closed</td></tr>\n<tr><td>Komdok mine</td></tr></table>", "closed Komdok mine",
     QuoteStatus.APPROXIMATE),
    ("<div>The mine</div><div>closed in May.</div>", "The mine closed in May", QuoteStatus.APPROXIMATE),
    ("<ul><li>The mine closed</li> <li>Workers left</li></ul>", "The mine closed Workers left",
     QuoteStatus.APPROXIMATE),
    ("<p>The mine closed.</p>\n<p>Workers left.</p>", "The mine closed. Workers left.", QuoteStatus.VERIFIED),
    ("<ul><li>rice,</li><li>maize, and</li><li>soybeans</li></ul>", "rice, maize, and soybeans", QuoteStatus.VERIFIED),
    ("The mine <b>closed</b> in May.<br>Workers left.", "The mine closed in May. Workers left.", QuoteStatus.VERIFIED),
    ("The mine closed<br>in May.", "The mine closed in May", QuoteStatus.VERIFIED),  # a line break, no block
])
def test_a_quote_running_from_an_unfinished_block_into_the_next_is_approximate(body, quote, status):
    # A list item, a table cell or a paragraph that does not end its sentence, read on into
    # the next block, is a sentence the report never wrote; whole sentences may follow each other.
    found = _located(body, quote, "en")
    assert found.status is status
    assert found.across_blocks is (status is QuoteStatus.APPROXIMATE)


def _located(body: str, quote: str, language: str = "en"):
    from generator.markup import make_markdown, reading_text_and_headings

    text, _, headings = reading_text_and_headings(make_markdown().parse(body))
    return locate_quote("r", quote, normalize(text), text, language, headings)


@pytest.mark.parametrize("language, body, quote", [
    ("en", "Output fell ~~20%~~ 30% in March.", "Output fell 30% in March"),
    ("en", "The area saw pre-war and post-war booms.", "post-war booms"),
    ("en", "It was not only the port that closed.", "the port that closed"),  # "not only" governs nothing
    ("en", "Officials did not, surprisingly, object; they confirmed the executions.", "confirmed the executions"),
    ("ja", "予算は1億2000万円だった。", "1億2000万円"),
    ("ja", "かなしい話だった。", "かな"),  # a word, not the negation なし
    ("ko", "공장을 가동할 수밖에 없었다.", "공장을 가동할"),  # "had no choice but to operate"
    ("he", "דובר צה״ל אמר כי הכוחות נסוגו.", 'דובר צה"ל אמר'),  # gershayim typed as a quotation mark
    ("he", "הוא גר בח׳ אלף.", "גר בח' אלף"),  # geresh typed as an apostrophe
    ("fa", "کارخانه که بسته شد", "كارخانه كه بسته شد"),  # Persian kaf and yeh as an Arabic keyboard types them
    ("fa", "کارخانه بی‌کار ماند", "كارخانه بی‌كار ماند"),
    ("ru", "Королёв сообщил о закрытии завода.", "Королев сообщил о закрытии"),  # ё written as е
    ("en", "Output rose in 2019.[1][2][3] Then it fell.", "Output rose in 2019.[1] Then it fell"),
    ("fr", "En 2019 200 personnes sont parties.", "200 personnes sont parties"),  # a year is no group
    ("en", "No, the officials said, the mine reopened.", "the mine reopened"),  # "No," answers; it negates nothing
    ("en", "It was not cheap, the traders said, but rice arrived.", "but rice arrived"),
    ("en", "Not surprisingly the mine reopened.", "the mine reopened"),
    ("en", "The mine reopened without warning.", "The mine reopened"),  # "without" governs the warning
    ("fr", "La mine a rouvert sans prévenir.", "La mine a rouvert"),
    ("en", "Exports rose no less than 20% in May.", "Exports rose"),
    ("en", "Troops were inspected not far from Hyesan.", "Troops were inspected"),
    ("en", "The plant has yet to resume production.", "The plant has yet to resume production"),
    ("en", "The best is yet to come, officials said.", "officials said"),
    ("en", "Farms failed, to no one's surprise.", "to no one's surprise"),
    ("en", "Rice prices rose 3 – 5 percent in May, traders said.", "3 – 5 percent in May"),
    ("zh", "该设施不是用于生产武器的。", "该设施不是用于生产武器的"),
    ("en", "Inflation rose by .5 percent in May.", "rose by .5 percent"),
    ("ja", "価格は3〜5%上昇した。", "価格は3～5%上昇した"),  # the wave dash and the full-width tilde, swapped
    ("ja", "価格は3～5%上昇した。", "価格は3〜5%上昇した"),
    ("ja", "営業時間は9時〜17時です", "営業時間は9時～17時です"),
    ("ko", "쌀값이 3∼5% 올랐다.", "쌀값이 3~5% 올랐다"),
    ("zh", "价格上涨了20%，官员说。", "价格上涨了20%。"),  # the author's full stop after a symbol
    ("en", "Rice prices in Hyesan rose 20%, traders said.", "Rice prices in Hyesan rose 20%."),
    ("en", "It cost 5 €, officials said.", "It cost 5 €."),
    ("ja", "彼は「工場は閉鎖された」と述べた。", "彼は“工場は閉鎖された”と述べた"),  # corner brackets are quotation marks
    ("zh", "他说：「工厂已经关闭。」", "他说：“工厂已经关闭。”"),
    ("ja", "工場は閉鎖された。", "「工場は閉鎖された」"),
    ("en", "The mill closed in March after Mr. Kim ordered power cuts across the region.",
     "The mill closed in March … across the region"),  # an abbreviation ends no sentence
    ("en", "The mill, run by the U.S. Treasury's old partner, closed in March.", "The mill … closed in March"),
    ("en", "The mill closed in March. Officials said power returned in May.",
     "The mill closed in March … power returned in May"),
    ("en", "The test was un-\nsuccessful in the north-\neast, officials said.", "unsuccessful in the north-east"),
    ("en", "The mill closed in May, and J. R. Smith ordered it shut.", "The mill closed … ordered it shut"),
    ("en", "The mill closed in May, and Lt. Col. Kim ordered it shut.", "The mill closed … ordered it shut"),
    ("en", "The mill near Mt. Paektu closed in May.", "The mill … closed in May"),
    ("en", "The mill closed at 10 a.m. Monday after the order.", "The mill closed … after the order"),
    ("de", "Die Mine wurde am 3. Mai vom Ministerium geschlossen.", "Die Mine wurde … vom Ministerium geschlossen"),
    ("en", "Output fell in 2019 — 21 mines closed that year.", "21 mines closed that year"),  # an em dash: two clauses
    ("en", "Output fell in 2019 — 21 mines closed that year.", "Output fell in 2019"),
    ("en", "Trucks carried refuse to the dump at Hyesan every week.", "the dump at Hyesan every week"),
    ("en", "Rice prices declined to record lows in May.", "record lows in May"),  # "declined to" a level
    ("en", "Prices declined to levels last seen in 2010.", "levels last seen in 2010"),
    ("en", "The town lies far from the border.", "the border"),
    ("en", "Officials said that the mine reopened.", "the mine reopened"),
    ("en", "The officials who denied wrongdoing were released.", "wrongdoing were released"),
    ("en", "Prices declined, to the relief of traders.", "to the relief of traders"),
    ("zh", "工厂不断对设备进行检查。", "进行检查"),  # 不断: "continuously"
    ("zh", "不对称的贸易关系继续恶化。", "的贸易关系继续恶化"),  # 不对称: "asymmetric"
    ("zh", "不久前当局对工厂进行了检查。", "进行了检查"),
    ("zh", "当局不仅对工厂进行检查，还关闭了市场。", "进行检查"),
    ("zh", "他无意中发现了工厂的问题。", "发现了工厂的问题"),  # 无意中: "by chance"
    ("zh", "除非在特殊情况下，否则不得出境。", "特殊情况下"),  # 除非: "unless"
    ("zh", "居民分别恢复生产。", "恢复生产"),  # 分别: "respectively"
    ("zh", "这不就是工厂恢复生产的证据吗？", "工厂恢复生产的证据"),  # 不就是: "isn't it just", affirming
    ("fr", "L'électricité n'est disponible que deux heures par jour.", "disponible que deux heures par jour"),  # "only"
    ("fr", "Il ne reste que deux usines.", "reste que deux usines"),
    ("fr", "Les ouvriers, qui ne sont pas payés, ont repris le travail en mai.", "ont repris le travail en mai"),
    ("es", "No obstante, la mina fue reabierta en mayo.", "la mina fue reabierta en mayo"),
    ("de", "Nicht nur die Mine ist wieder in Betrieb.", "die Mine ist wieder in Betrieb"),
    ("it", "Non solo la miniera è stata riaperta.", "la miniera è stata riaperta"),
    ("en", "No doubt the mine reopened in May.", "the mine reopened in May"),
    ("en", "In no time the mine reopened.", "the mine reopened"),
    ("en", "Kim visited the mine, no stranger to controversy, in May.", "in May"),
    ("en", 'He said "the mine reopened" in May.', "the mine reopened"),
    ("en", "Prices rose to 5,000 won — 1,000 won more than a week earlier.", "1,000 won more than a week earlier"),
    ("en", "The project cost $5 million – $2 million more than planned.", "The project cost $5 million"),
    ("en", "Oil fell $2 to $48 a barrel on Monday.", "$48 a barrel on Monday"),  # by one, to the other
    ("en", "The explosion killed 12 — 40 others were injured.", "40 others were injured"),  # a clause's dash
    ("en", "The explosion killed 12 — 40 others were injured.", "The explosion killed 12"),
    ("en", "The death toll rose by 12 to 45 people.", "The death toll rose by 12"),
    ("en", "The Dow fell 150 to 33,000 Monday.", "The Dow fell 150"),
    ("en", "Shares declined to support levels near 2,400 before rebounding.", "support levels near 2,400"),
    ("en", "The camp lies far from Chongqing and Kunming.", "Chongqing and Kunming"),
    ("en", "The unemployment rate rose 0.2% to 3.9% in March.", "3.9% in March"),
    ("zh", "出口额增加300万至5000万美元。", "5000万美元"),
    ("en", "Hwasong-17 – 20 minutes after launch – fell into the sea.", "20 minutes after launch"),
    ("en", "On March 3 millions of people watched the parade.", "On March 3"),
    ("en", "It is no secret that North Korea wants sanctions relief.", "North Korea wants sanctions relief"),
    ("en", "The harvest was nothing short of a miracle, officials said.", "a miracle"),
    ("en", "The camp is not far from housing for mine workers.", "housing for mine workers"),
    ("ar", "لا يزال المنجم مغلقا منذ مايو.", "المنجم مغلقا منذ مايو"),  # لا يزال: "still"
    ("vi", "Lực lượng phòng không đã bắn hạ máy bay.", "bắn hạ máy bay"),  # phòng không: "air defence"
    ("el", "Οι αρχές ανακοίνωσαν πότε θα ανοίξει το ορυχείο.", "θα ανοίξει το ορυχείο"),  # πότε: "when"
    ("en", "| Year | Event | Casualties |\n|---|---|---|\n| 2019 | Musan mine flooded | None |\n",
     "Musan mine flooded"),  # the next cell's "None" is no word of the quote's clause
    ("zh", "中朝之间不对称的经济关系日益加深。", "经济关系日益加深"),  # 不对称: "asymmetric"
    ("zh", "记者无从得知工厂是否恢复生产。", "工厂是否恢复生产"),  # 无从: "no way to"
    ("tr", "Fiyatlar hiç olmadığı kadar yükseldi.", "olmadığı kadar yükseldi"),  # "more than ever"
    ("de", "| Rang | Produktion |\n|---|---|\n| 2 | 250 000 Tonnen |\n", "250 000 Tonnen"),  # two cells
    ("es", "COVID-19 100 casos nuevos", "100 casos nuevos"),
    ("ja", "原因は大雨ではないかとみられる。", "原因は大雨で"),  # ではないか: "probably"
    ("en", "The mine reopened in May, the source said.[2]\n\nWorkers returned in June.",
     "the source said. Workers returned in June."),
    ("en", "Shortages were reported in:\n\n- rice,\n- maize, and\n- soybeans.\n", "rice, maize, and soybeans"),
    ("ja", "村には電気があるが、水はない。", "村には電気"),
    ("tr", "# MADEN KAPALI\n\nMaden geçen yıl kapandı.", "kapalı"),  # capital I is dotless ı's
    ("tr", "# DİYARBAKIR'DA FABRİKA KAPANDI\n\nMetin.", "Diyarbakır'da fabrika kapandı"),
    ("el", "# ΤΟ ΟΡΥΧΕΙΟ ΕΚΛΕΙΣΕ\n\nΚείμενο.", "Το ορυχείο"),  # capitals drop the accent
    ("el", "Το ορυχείο άνοιξε ξανά το Μάιο.", "άνοιξε ξανά το Μάιο"),
    ("fa", "نام کارخانه تغییر کرد.", "کارخانه تغییر کرد"),  # نام, "name"
    ("fa", "کارخانه نفت تولید کرد.", "کارخانه"),  # نفت, "oil"
    ("en", "Rice prices fell in May, yet to the traders' surprise the market stayed open.",
     "Rice prices fell in May … the market stayed open"),
    ("zh", "不少工厂恢复生产。", "工厂恢复生产"),
    ("zh", "不过很多工厂恢复生产。", "很多工厂恢复生产"),
    ("en", "The troops from Ft. Bragg arrived at the base on Monday.", "The troops … arrived at the base on Monday"),
    ("de", "Die Ladung im Wert von rund 3,5 Mio. Euro wurde im Mai in Nampo beschlagnahmt.",
     "Die Ladung … wurde im Mai in Nampo beschlagnahmt"),
    ("es", "La delegación, encabezada por la Sra. García, llegó a Ginebra el viernes.",
     "La delegación … llegó a Ginebra el viernes"),
    ("ru", "Завод на ул. Ленина в Пхеньяне был закрыт в мае.", "Завод на … в Пхеньяне был закрыт в мае"),
    ("en", 'Kim said: "The mine is closed." Workers went home. Officials said the factory reopened in June.',
     'Kim said: "The mine is closed." … the factory reopened in June'),  # its stop inside the quotation marks
    ("en", "The mine was closed in May.[3] Workers went home. Officials said the factory reopened.",
     "The mine was closed in May.[3] … the factory reopened"),
    ("zh", "他说：“工厂已经关闭了。”工人们随后离开。官员说工厂六月重新开放。", "他说：“工厂已经关闭了。”…官员说工厂六月重新开放"),
    ("en", 'He said, "The mine is closed. Workers went home," before the officials left the site in June.',
     "He said … before the officials left the site in June"),  # sentences of a quotation inside one
    ("ko", '김 위원장은 "공장이 문을 닫았다. 노동자들은 집으로 돌아갔다"고 말하며 6월에 재가동될 것이라고 밝혔다.',
     "김 위원장은 … 6월에 재가동될 것이라고 밝혔다"),
    ("en", "Prices rose by 5% – 20 factories closed in May.", "20 factories closed in May"),  # no range
    ("en", "Prices rose by 5% – 20 factories closed in May.", "Prices rose by 5%"),
    ("en", "Output fell in 2019 -- 21 mines closed that year.", "21 mines closed that year"),  # "--": an em dash
    ("en", "PYONGYANG, Dec. 2 -- 30 workers died in the blast, KCNA said.", "30 workers died in the blast"),
    ("zh", "朝鲜非常重视粮食生产。", "重视粮食生产"),  # 非常 is "very"
    ("zh", "由于电力短缺，工厂不得不停止生产。", "停止生产"),  # 不得不: "had to"
    ("zh", "工厂不断扩大生产。", "扩大生产"),  # 不断: "continuously"
    ("zh", "工厂没有关闭，工人恢复生产。", "工人恢复生产"),  # the negation is another clause's
    ("zh", "无论如何工厂恢复生产。", "工厂恢复生产"),
    ("en", "The score was 3-2 in May.", "The score was 3-2 in May"),
    ("en", "SEOUL, March 3 – 12 people were injured when a bus overturned.",
     "12 people were injured when a bus overturned"),
    ("en", "The death toll rose to 12 – 3 of them children – officials said.",
     "The death toll rose to 12 … officials said."),
    ("en", "Under Article 3 – 5 percent of the land is reserved.", "5 percent of the land is reserved"),  # a label's number
    ("en", "On March 3 – 5 percent of the workers stayed home.", "5 percent of the workers stayed home"),  # a day's
    ("en", "He left in 1990 – 2000 people came later.", "2000 people came later"),  # a year
    ("en", "At 10:30 – 12 people were hurt in the blast.", "12 people were hurt in the blast"),  # a time
    ("en", "Output in Q3 – 5 percent below plan – worried officials.", "5 percent below plan"),  # a label's
    ("en", "Kim has 3 sons – 5 daughters live abroad.", "5 daughters live abroad"),  # two units
    ("en", "Output fell by 12 – 15 of the 20 factories were idle.", "15 of the 20 factories were idle"),
    ("en", "Prices rose from 3 to 5 percent in May.", "5 percent in May"),  # from one to the other
    ("de", "Die Preise stiegen von 3 bis 5 Prozent.", "5 Prozent"),
    ("zh", "价格从3%上涨到5%。", "5%"),
    ("en", "The vote was 7 to 2 in favour.", "2 in favour"),
    ("en", "In 2019 millions fled the province.", "In 2019"),
    ("en", "The mine closed† after the flood.", "The mine closed after the flood"),  # a dagger's note
    ("en", "The mine closed[a] after the flood.", "The mine closed after the flood"),  # a lettered note
    ("en", "Nato said the drills would go ahead, a Nato spokesman added.", "NATO said the drills would go ahead"),  # a name
    ("en", "Opec agreed to cut output in March.", "OPEC agreed to cut output in March"),
    ("ja", "雨にもかかわらず、工場は再開した。", "工場は再開した"),  # かかわらず: "despite"
    ("ja", "工場は相変わらず稼働している。", "工場は…稼働している"),  # 相変わらず: "as ever"
    ("de", "Im Jahr 2019 kamen 345 Menschen.", "345 Menschen"),
    ("en", "The mine was closed in May. Officials gave few details. Traders said the factory reopened in June.",
     "The mine was closed in May … Traders said the factory reopened in June."),  # whole sentences left out
    ("en", "The mine was closed in May. Officials gave few details. Traders said the factory reopened in June.",
     "The mine was closed in May. . . . Traders said the factory reopened in June."),
    ("ja", "エネルギー価格は前年同月比０．５％上昇し、１３か月ぶりにプラスに転じた。",
     "エネルギー価格は…１３か月ぶりにプラスに転じた"),  # a full-width decimal point
    ("es", "El Gobierno de EE. UU. anunció nuevas sanciones contra Rusia.",
     "El Gobierno … anunció nuevas sanciones contra Rusia"),
    ("en", "“The mine is closed,” Kim said. “It will reopen in June.”",
     "“The mine is closed … It will reopen in June.”"),
    ("zh", "南非在2023年主办了金砖国家峰会。", "2023年主办了金砖国家峰会。"),
    ("en", "Prices rose sharply-\n\nRice now costs 6000 won.", "Rice now costs 6000 won"),  # not a word split
    ("fr", "Le projet compte 1 200 logements.", "1 200 logements"),
    # A word hyphenated at a line's end, quoted whole, as the original printed it
    ("en", "The test was un-\nsuccessful, officials said.", "The test was unsuccessful"),
    ("en", "The well-\nknown mine reopened.", "The well-known mine reopened"),
    ("en", "Trucks left after in-\nspections by the ministry and re-\nopened the route.",
     "after inspections by the ministry and reopened the route"),
    ("ru", "Цены на рис вы-\nросли в марте.", "Цены на рис выросли"),
    # … or at a soft hyphen, which shows only where the line breaks
    ("en", "The factory was re\u00ad\nopened in May after the floods.", "The factory was reopened in May"),
    ("de", "Die Grenz\u00ad\nübergänge bleiben geschlossen.", "Die Grenzübergänge bleiben geschlossen"),
])
def test_the_same_words_typed_otherwise_are_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("quote", ["b", "ed", "I", "Pu"])
def test_a_letter_or_two_inside_the_reports_words_is_not_found(quote):
    # any report has them somewhere: "b" of "published" is no passage, however exact
    assert _located("The report was published in 2019.", quote).status is QuoteStatus.NOT_FOUND


def test_half_of_a_word_wrapped_at_a_soft_hyphen_is_a_cut_word():
    assert _located("The factory was re\u00ad\nopened in May.", "opened in May").status is QuoteStatus.APPROXIMATE


def test_a_word_hyphenated_at_a_lines_end_is_highlighted_whole():
    body = "The plan was un-\nsuccessful in the end."
    found = _located(body, "plan was unsuccessful")
    assert found.status is QuoteStatus.VERIFIED
    [(start, end)] = found.passage.spans
    assert body[start:end] == "plan was un-\nsuccessful"  # the reading text's offsets are the source's here


@pytest.mark.parametrize("body, quote, verified", [
    ("Local people who said the outbreak was contained were arrested.", "WHO said the outbreak was contained", False),
    ("Guards told us sanctions were lifted.", "US sanctions were lifted", False),
    ("Smoke only comes out of the chimney.", "smoke ONLY comes out", False),  # another word, or an emphasis: look
    ("The WHO said the outbreak was contained.", "WHO said the outbreak was contained", True),
    ("The WHO said the outbreak was contained.", "the who said the outbreak", True),  # case as ever
    ("NORTH KOREA CLOSES BORDER", "North Korea closes border", True),
    ("North Korea closes border", "NORTH KOREA CLOSES BORDER", True),  # a headline in capitals, whole
    ("Officials said Nato would continue the drills.", "NATO would continue the drills", True),  # a house style
    ("The aid, Unicef said, arrived late.", "UNICEF said, arrived late", True),
    ("Who said the outbreak was contained?", "WHO said the outbreak was contained", False),  # a sentence's start
])
def test_a_word_in_capitals_where_the_report_has_small_letters_is_approximate(tmp_path, body, quote, verified):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    found = _located(body, quote)
    assert (found.status is QuoteStatus.VERIFIED) is verified
    if not verified:
        root = make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
                                        "The mill runs a few days each year.", body),
                                    "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                        "runs a few days each year", quote)})
        [warning] = build_site(root).warnings
        word = next(w for w in quote.split() if w.isupper())
        theirs = re.search(rf"\b{word}\b", body, re.I)[0]
        assert warning.message == (f'quote in claim "c1" writes "{word}" where report "r1" has "{theirs}", '
                                   "which may be another word")


@pytest.mark.parametrize("body, quote", [
    ("The mill closed in May.", "The mill closed in May [sic]"),
    ("The mill closd in May.", "The mill closd [sic] in May"),  # the report's own slip, marked so
    ("The mill closed in May.", "The mill (sic) closed in May"),
    ("The [ruling] party met.", "The [ruling] party met"),  # brackets the report has
    ("KCNA said the puppet traitor (sic) must be punished at once.", "puppet traitor (sic) must be punished"),
    ("KCNA said the puppet traitor [sic] must be punished at once.", "puppet traitor [sic] must be punished"),
    ("The mill closed in May after the floods.", "The mill closed in May [sic.] after the floods"),
    ("The mill closed in May after the floods.", "The mill closed in May ［sic］ after the floods"),
])
def test_an_editors_sic_is_no_word_of_the_quote(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, slip", [
    ("It closed in May, officials said.", "[The mill] closed in May", ""),
    ("The mill in Kimchaek closed in May after the floods.", "The mill [in Chongjin] closed in May", ""),
    ("The mill did not close in May.", "The mill [did] close in May", ': it leaves out "not"'),
])
def test_words_put_in_brackets_are_the_authors_and_only_approximate(tmp_path, body, quote, slip):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    found = _located(body, quote)
    assert found.status is QuoteStatus.APPROXIMATE and found.inserted == tuple(re.findall(r"\[[^\]]+\]", quote))
    root = make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
                                    "The mill runs a few days each year.", body),
                                "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                    "runs a few days each year", quote)})
    result = build_site(root)
    [warning] = result.warnings
    assert result.ok and warning.message == (f'quote in claim "c1" puts its own words "{found.inserted[0]}" in for '
                                             f'words of report "r1"{slip}')


def test_words_in_brackets_with_nothing_of_the_report_around_them_are_not_found():
    assert _located("Completely different text about rice.", "[The mill] closed in May").status \
        is QuoteStatus.NOT_FOUND


def test_the_text_is_joined_at_a_line_end_hyphen_only_for_a_quote_with_that_word_whole(monkeypatch):
    calls = []
    monkeypatch.setattr(citations, "without", lambda norm, dropped: calls.append(dropped) or normalizing.without(norm, dropped))
    body = "The plan was un-\nsuccessful in the end, and the well-\nknown mill closed."
    assert _located(body, "The plan failed in the end, officials said").status is not QuoteStatus.VERIFIED
    assert calls == []  # no word of it is joined there: the text as it is decides, once
    assert _located(body, "the well-known mill closed").status is QuoteStatus.VERIFIED
    assert len(calls) == 1 and len(calls[0]) == 1  # that joint alone, not "un- successful"


def _without_by_definition(norm, dropped):
    spans, text = [], []
    for i, char in enumerate(norm.text):
        span = (norm.start(i), norm.end(i + 1))
        if i in dropped:
            if spans:
                spans[-1] = (spans[-1][0], span[1])
            continue
        spans.append(span)
        text.append(char)
    return "".join(text), spans


def test_leaving_characters_out_keeps_every_other_ones_place_in_the_original():
    rng = random.Random(5)
    pieces = ["a", "b", " ", "  ", "-", "ﬃ", "é", "e\u0301", "Ａ", "…", "\u200b", "x- y", "hello world "]
    for _ in range(3000):
        norm = normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
        if not norm.text:
            continue
        dropped = frozenset(rng.sample(range(len(norm.text)), min(rng.randint(0, 3), len(norm.text))))
        joined = normalizing.without(norm, dropped)
        assert (joined.text, [(joined.start(i), joined.end(i + 1)) for i in range(len(joined.text))]) \
            == _without_by_definition(norm, dropped)


def test_an_ellipsis_joining_two_sentences_is_warned_about_as_such(tmp_path):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    body = "The mine was closed in May. Officials said the factory reopened in June."
    root = make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
                                    "The mill runs a few days each year.", body),
                                "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                    "runs a few days each year", "The mine … reopened in June")})
    result = build_site(root)
    [warning] = result.warnings
    assert result.ok and warning.message == ('quote in claim "c1" joins, with an ellipsis, the start of one sentence '
                                             'of report "r1" to the end of another')
    assert "where its sentence ends" in warning.hint


def test_full_width_punctuation_is_folded_as_nfkc_folds_it_without_the_slow_path(monkeypatch):
    monkeypatch.setattr(normalizing, "_normalize_mixed", lambda text: pytest.fail("slow path taken"))
    body = "据消息人士透露，惠山市的粮价上涨（约２０％）：居民说“困难”。"
    found = normalize(body)
    assert found.text == unicodedata.normalize("NFKC", body).replace("“", '"').replace("”", '"').casefold()
    assert [found.start(i) for i in range(len(found.text))] == list(range(len(body)))  # one character each


# Held-out cases of a ninth review: meaning changed, each at best approximate …
@pytest.mark.parametrize("language, body, quote", [
    # an ellipsis standing for a negation that the kept "to", "of" or "from" completes
    ("en", "The government refused to reopen the mine in Musan.", "The government … to reopen the mine in Musan"),
    ("en", "The government has yet to reopen the mine in Musan.", "The government has … to reopen the mine in Musan"),
    ("en", "The government stopped short of confirming the mine reopened.",
     "The government stopped … confirming the mine reopened"),
    ("en", "The government is far from reopening the mine in Musan.",
     "The government is … from reopening the mine in Musan"),
    # a range in words, cut to one end
    ("en", "North Korea fired 3 to 5 missiles on Tuesday.", "5 missiles on Tuesday"),
    ("en", "North Korea fired 3 to 5 missiles on Tuesday.", "North Korea fired 3"),
    ("en", "The storm killed 30 to 40 people.", "40 people"),
    ("en", "It lasted 3 or 4 days.", "4 days"),
    ("fr", "La Corée du Nord a tiré de 3 à 5 missiles.", "5 missiles"),
    ("es", "Se dispararon de 3 a 5 misiles.", "5 misiles"),
    ("zh", "朝鲜发射了三至五枚导弹。", "五枚导弹"),
    # a clause that a negated verb of saying, a denial or a question reports without vouching for
    ("en", "Officials did not confirm that the mine reopened.", "the mine reopened"),
    ("en", "Reuters could not independently verify that the mine reopened.", "the mine reopened"),
    ("en", "It is not the case that the mine reopened.", "the mine reopened"),
    ("en", "There is no evidence to suggest that the mine reopened.", "the mine reopened"),
    ("en", "It was not immediately clear whether the mine reopened.", "the mine reopened"),
    ("en", "The ministry rejected reports that the mine reopened.", "the mine reopened"),
    ("en", "Reports that the mine reopened are not true.", "Reports that the mine reopened"),
    ("fr", "Le ministère n'a pas confirmé que la mine a rouvert.", "la mine a rouvert"),
    ("de", "Das Ministerium hat nicht bestätigt, dass die Mine wieder geöffnet wurde.",
     "die Mine wieder geöffnet wurde"),
    ("ru", "Министерство не подтвердило, что шахта вновь открылась.", "шахта вновь открылась"),
    ("ar", "الوزارة لم تؤكد أن المنجم أعيد فتحه.", "المنجم أعيد فتحه"),
    ("zh", "当局没有证实矿山已经恢复生产。", "矿山已经恢复生产"),
    ("zh", "矿山已经恢复生产的说法并不属实。", "矿山已经恢复生产"),
    ("ja", "鉱山が再開したとは確認されていない。", "鉱山が再開した"),
    ("ko", "당국은 광산이 재가동됐다고 확인하지 않았다.", "광산이 재가동됐다"),
    ("ko", "광산이 재가동됐다는 보도는 사실이 아니다.", "광산이 재가동됐다"),
    # an ellipsis across a sentence's end after a date, or before a quotation that opens the next
    ("en", "The mine reopened in Oct. The mill closed in Nov.", "The mine … closed in Nov"),
    ("en", "Output fell, the bank said on Jan. 5. Exports then rose in Feb.", "Output fell … rose in Feb"),
    ("en", 'The mine is open, he said. "The mill closed in June," Kim added.', "The mine … closed in June"),
    # the cells of a table row, as one phrase
    ("en", "| Facility | 2019 | 2023 |\n|---|---|---|\n| Yongbyon reactor | operating | shut down |\n",
     "operating shut down"),
    # a negative prefix behind another hyphen
    ("en", "Pyongyang rejected the non\uff0dproliferation treaty.", "proliferation treaty"),
    ("en", "It is a non\u2212nuclear weapons state.", "nuclear weapons state"),
    # a number without its currency, share or bound
    ("en", "The bank said it was worth HK$5 billion.", "$5 billion"),
    ("en", "Prices hit ¥5 trillion.", "5 trillion"),
    ("en", "Inflation reached 20% in May.", "Inflation reached 20"),
    ("fr", "Le taux est passé à 2,5 % en mai.", "Le taux est passé à 2,5"),
    ("en", "Fewer than 300 people were killed.", "300 people were killed"),
    ("en", "The flood destroyed nearly 1,000 homes in May.", "1,000 homes in May"),  # and the near bounds
    ("en", "It cost almost $5 million.", "$5 million"),
    ("en", "The flood destroyed well over 1,000 homes.", "1,000 homes"),
    ("de", "Die Flut zerstörte knapp 1.000 Häuser.", "1.000 Häuser"),
    ("es", "La inundación destruyó casi 1.000 casas.", "1.000 casas"),
    ("fr", "La crue a détruit près de 1 000 maisons.", "1 000 maisons"),
    ("ru", "Наводнение разрушило почти 1000 домов.", "1000 домов"),
    ("zh", "洪水摧毁了近1000户房屋。", "1000户房屋"),
    ("zh", "洪水摧毁了1000多户房屋。", "洪水摧毁了1000"),
    ("en", "The regime spent hundreds of millions of dollars on the launch.", "millions of dollars on the launch"),
    ("en", "Tens of thousands of workers were mobilised.", "thousands of workers were mobilised"),
    ("en", "The attack killed five hundred people.", "The attack killed five"),
    ("en", "The attack killed two thousand people.", "The attack killed two"),
    ("en", "Up to 300 people were killed.", "300 people were killed"),
    ("ja", "最大３００人が死亡した。", "300人が死亡した"),
    ("ko", "300명 이상이 숨졌다.", "300명"),
    # a negation behind markup, an editor's word or a dash, or without its apostrophe
    ("en", "The mine did <em>not</em> reopen in May.", "reopen in May"),
    ("en", "The mine did not [yet] reopen in May.", "reopen in May"),
    ("en", 'The mine did <span class="x">not</span> reopen in May.', "reopen in May"),
    ("en", "The mine did not [yet] [fully] reopen in May.", "reopen in May"),
    ("en", "the mine didnt reopen in may lol", "reopen in may"),
    # a hedge, at the quote's start or under its ellipsis
    ("en", "The mine may have reopened in May.", "reopened in May"),
    ("en", "The mine may have reopened in May.", "The mine … reopened in May"),
    ("en", "The mine was said to have reopened in May.", "The mine … reopened in May"),
    ("en", "The mine has allegedly reopened in May.", "The mine has … reopened in May"),
    # … and from a tenth review, of the ninth's fixes
    ("en", "The ministry denied reports that the mine reopened.", "the mine reopened"),
    ("en", "Officials couldn't confirm reports that the mine reopened.", "the mine reopened"),
    ("en", "It has not been confirmed that the mine reopened.", "the mine reopened"),
    ("en", "Nobody has confirmed that the mine reopened.", "the mine reopened"),
    ("en", "Officials didnt confirm that the mine reopened.", "the mine reopened"),
    ("en", "The mine reopened in May, which is not true.", "The mine reopened in May"),
    ("en", "Reports that the mine reopened turned out to be false.", "Reports that the mine reopened"),
    ("en", "The mine seems to have reopened.", "reopened"),
    ("en", "The mine was supposed to reopen in May.", "The mine was … to reopen in May"),
    ("en", "Officials stopped well short of confirming it.", "Officials stopped … confirming it"),
    ("ru", "Было выпущено от 3 до 5 ракет.", "5 ракет"),
    ("en", "The mine had closed in May. “Output is up now,” a trader said.", "The mine had … “Output is up now,”"),
    ("en", "The area (in m)^2 was measured.", "The area (in m) was measured."),
    # … and from an eleventh
    ("en", "The plant would probably reopen in May.", "reopen in May"),
    ("en", "Iran supplied the drones to Russia, an allegation Tehran denies.", "Iran supplied the drones to Russia"),
    ("en", "Analysts doubt that the plant reopened in May.", "the plant reopened in May"),
    ("en", "It fired three to five missiles on Tuesday.", "five missiles on Tuesday"),  # a range in words
    ("en", "It fired between three and five missiles.", "five missiles"),
    ("en", "It lasted two or three days.", "It lasted two"),
    ("en", "Crossings close for twenty-four to forty-eight hours.", "forty-eight hours"),
    ("en", "Prices rose two to three percent.", "three percent"),  # a bare number, then one with its unit
    # a later placement verified does not silence what the first says of the words: an
    # undetected framing ("feared") may be all that lets it through
    ("en", "There is no evidence the army shelled the town. Residents feared the army shelled the town again.",
     "the army shelled the town"),
    ("en", "The government denied that it would close the border. The government's critics say the army would "
           "close the border within weeks.", "The government … would close the border"),
    ("en", "Officials said, without evidence, that the mine reopened in May.",
     "Officials said … that the mine reopened in May"),
    # … and from a twelfth: an ellipsis joining two sentences the report set apart otherwise
    ("en", "“The border guards were all arrested,” the source said. “Their families were not touched.”",
     "The border guards were … not touched"),  # from inside one quotation into the next
    ("en", "“Prices doubled,” the trader told RFA. “Wages were cut by half in the same month.”",
     "Prices doubled … in the same month"),  # a quotation whole, then the middle of the next
    ("fr", "«Le riz est rare», a dit un commerçant. «Le maïs est abondant cette année.»",
     "Le riz est … abondant cette année"),
    ("de", "„Reis ist knapp“, sagte ein Händler. „Mais ist dieses Jahr reichlich vorhanden.“",
     "Reis ist … reichlich vorhanden"),  # German closes with “
    ("en", "“The mine is closed,” the source said, adding: “The factory reopened in 2021.”",
     "The mine is … reopened in 2021"),
    ("en", "Officials said the mine would stay closed. 3,000 workers were moved to the Musan pit in March.",
     "Officials said … 3,000 workers were moved to the Musan pit"),  # the next sentence starts with a number
    ("en", "Output fell in 2019. 2020 was worse, and the factory reopened only in 2021.",
     "Output fell … the factory reopened only in 2021"),
    ("en", "The sanctions were imposed by the U.S. The factory reopened in March anyway.",
     "The sanctions were … reopened in March anyway"),  # after an initialism, "The" starts a sentence
    ("en", "Inspectors seized rice, maize, soybeans, etc. The factory reopened in March.",
     "Inspectors seized … The factory reopened in March"),
    ("en", "The raid began at 10 a.m. The factory reopened in March.", "The raid began … reopened in March"),
    ("en", "- The mine closed in 2019\n- The factory reopened in 2021\n", "The mine closed … reopened in 2021"),
    ("en", "The mine, owned by the state, never reopened.", "The mine … reopened"),  # the aside, and more
    # … and from a thirteenth: denials, refusals and doubts before or after the quote
    ("en", "It is false that officials reopened the mine in May.", "officials reopened the mine in May"),
    ("en", "Officials refrained from reopening the pit in June.", "reopening the pit in June"),
    ("en", "Officials avoided reopening the pit in June.", "reopening the pit in June"),
    ("en", "The smelter was nоt reopened in 2019.", "The smelter … reopened in 2019"),  # a Cyrillic "о" in "not"
    ("en", "The ministry declined to confirm that the mine had reopened.", "the mine had reopened"),
    ("en", "The ministry refused to confirm that the mine had reopened.", "the mine had reopened"),
    ("en", "The ministry has yet to confirm that the mine had reopened.", "the mine had reopened"),
    ("en", "The ministry dismissed the idea that the mine had reopened.", "the mine had reopened"),
    ("en", "Contrary to reports that the mine had reopened, it stayed shut.", "the mine had reopened"),
    ("en", "There is no truth to reports that the mine had reopened.", "the mine had reopened"),
    ("en", "Experts cast doubt on claims that the mine had reopened.", "the mine had reopened"),
    ("en", "The agency retracted its report that the mine had reopened.", "the mine had reopened"),
    ("en", "He retracted his statement to investigators that the mine had reopened.", "the mine had reopened"),
    ("en", "The ministry denied reports by residents that the mine had reopened.", "the mine had reopened"),
    ("en", "State media's false claim that the mine had reopened spread fast.", "the mine had reopened"),
    ("en", "The ministry disputes that the mine had reopened.", "the mine had reopened"),
    ("en", "It is unlikely that the mine had reopened.", "the mine had reopened"),
    ("en", "Reports that the mine reopened could not be independently verified.", "the mine reopened"),
    ("en", "Claims that the smelter was running again were quickly debunked.", "the smelter was running again"),
    ("en", "Claims that the smelter was running again have since been retracted.", "the smelter was running again"),
    ("en", "The rumour that the border had reopened proved baseless.", "the border had reopened"),
    ("en", "The border had reopened, state media falsely claimed.", "The border had reopened"),
    ("en", "The border had reopened, though this could not be confirmed.", "The border had reopened"),
    ("en", "The border had reopened, which satellite imagery contradicts.", "The border had reopened"),
    ("en", "The border had reopened (this turned out to be false).", "The border had reopened"),
    ("en", "The border had reopened — a claim that has not been verified.", "The border had reopened"),
    ("en", "The provincial committee was not allowed to reopen the mine in Musan.", "reopen the mine in Musan"),
    ("en", "The provincial committee did not even try to reopen the mine in Musan.", "reopen the mine in Musan"),
    ("en", "The provincial committee has never tried to reopen the mine in Musan.", "reopen the mine in Musan"),
    ("en", "The provincial committee was forbidden to reopen the mine in Musan.", "reopen the mine in Musan"),
    # an ellipsis for a hedge, a counterfactual or a qualifier
    ("en", "The mine would have reopened in March had fuel arrived.", "The mine … reopened in March"),
    ("en", "The mine must have reopened in March.", "The mine … reopened in March"),
    ("en", "The mine likely reopened in March.", "The mine … reopened in March"),
    ("en", "The mine is believed by some analysts to have reopened in March.", "The mine … reopened in March"),
    ("en", "The factory on paper employs 3,000 workers.", "The factory … employs 3,000 workers"),
    ("en", "The factory almost closed in 2020.", "The factory … closed in 2020"),
    ("en", "The mine rarely operates at full capacity.", "The mine … operates at full capacity"),
    ("en", "North Korea's former defence minister said so.", "North Korea's … defence minister said so"),
    # (from a review of the rules above) an aside is one, not all up to the clause's negation
    ("en", "The factory, founded in 1985, has not, residents say, resumed production since May.",
     "The factory … resumed production since May"),
    ("de", "Die Regierung hat, das ist nicht bestätigt, die Mine im Mai wieder geöffnet.",
     "Die Regierung hat … die Mine im Mai wieder geöffnet"),
    ("en", "Officials, according to unconfirmed reports, executed twelve managers of the mine.",
     "Officials … executed twelve managers of the mine"),
    ("en", "The mine reopened in May, which could not be independently verified.", "The mine reopened in May"),
    ("ru", "Шахта нe работает с 2019 года из-за нехватки электроэнергии.", "работает с 2019 года"),  # Latin "e"
    ("el", "Το ορυχείο δeν λειτουργεί από το 2019.", "λειτουργεί από το 2019"),
    # (from a second review) clause joins over an adverb or an irregular verb, denials after,
    # bounds before a Chinese or Japanese number, a second quotation in the gap
    ("en", "The mine closed in 2019 and the factory later reopened with Chinese help.",
     "The mine … later reopened with Chinese help"),
    ("en", "The army withdrew and the militia took control of the town.", "The army … took control of the town"),
    ("en", "The guards beat the prisoners and the warden kept the records.", "The guards … kept the records"),
    ("en", "North Korea says the mine reopened in May, a claim contradicted by satellite imagery.",
     "the mine reopened in May"),
    ("en", "The mine reopened in May, state media falsely claimed on Tuesday.", "The mine reopened in May"),
    ("en", "Reports that the mine had reopened were dismissed by officials as propaganda.", "the mine had reopened"),
    ("en", "Rumours that Kim had died were quickly dismissed.", "Kim had died"),
    ("zh", "死亡人数接近300人。", "300人"),
    ("zh", "洪水造成至少有300人死亡。", "300人死亡"),
    ("ja", "洪水で少なくとも約300人が死亡した。", "300人が死亡した"),
    ("en", "“The mine is closed,” said Kim, “and so is the farm,” said Park, “but the factory reopened in May.”",
     "The mine is … reopened in May"),
    ("en", "“The mine is closed,” Kim said, but Park, his deputy, countered, “The factory reopened in May.”",
     "The mine is … reopened in May"),
    ("en", "The statement was signed by Martin Luther King Jr. The mine was closed by the army in 2019.",
     "The statement was signed … by the army in 2019"),
    ("en", "It is not beyond doubt that the mine reopened in May.", "the mine reopened in May"),
    ("en", "Few dispute that it closed but many doubt that it reopened in May.", "it reopened in May"),
    # one clause's subject given the next one's verb, within a sentence
    ("en", "The mine closed in 2019 and the factory reopened in 2021.", "The mine … reopened in 2021"),
    ("en", "The mine closed in 2019; the factory reopened in 2021.", "The mine … reopened in 2021"),
    ("en", "Prices rose in the north, while in the south they fell by 40 percent.", "Prices rose … by 40 percent"),
    ("en", "The mine closed in 2019: the factory reopened in 2021.", "The mine … reopened in 2021"),
    ("en", "The mine closed in 2019 — the factory reopened in 2021.", "The mine … reopened in 2021"),
    ("en", "The mine was closed (the factory reopened in 2021) and remains shut.", "The mine … reopened in 2021"),
    ("en", "The mine — officials did not confirm it — reopened.", "The mine … reopened"),  # no relative clause
    ("ko", "김정은 총비서가 공장을 시찰했다.", "김정은총비서가 공장을 시찰했다"),  # Korean parts words with spaces
])
def test_held_out_quotes_that_change_the_meaning_are_not_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


# … and faithful ones, verified
@pytest.mark.parametrize("language, body, quote", [
    ("en", "The mine reopened.[^2] In May output rose.\n\n[^2]: https://kcna.kp/article/2",
     "The mine reopened. In May output rose"),
    ("en", "Output rose in May,[^2] officials said.\n\n[^2]: https://kcna.kp/article/2",
     "Output rose in May, officials said"),
    ("en", "The mine reopened . . . eventually.", "The mine reopened . . . eventually"),
    ("en", "Kim said: “The mine [...] is not [...] open.”", "The mine [...] is not [...] open"),
    ("en", "Output rose 3 to 5 percent.", "Output rose 3 to 5 percent"),
    ("en", "Output rose from 3 to 5 tonnes a day.", "5 tonnes a day"),  # a change, not a range
    ("en", "The council voted 7 to 2 to reopen the mine.", "2 to reopen the mine"),  # a vote, not a range
    ("en", "He did not know that the mine reopened in May.", "the mine reopened in May"),  # he did not know: it did
    ("en", "It is true that the mine reopened in May.", "the mine reopened in May"),
    ("en", "Reports that the mine reopened in May were confirmed by officials.", "the mine reopened in May"),
    ("en", "They talked about 2019 events at length.", "2019 events at length"),
    ("en", "About 1,920 people were mobilised in May.", "1,920 people were mobilised in May"),  # an estimate still
    ("en", "Cadres reportedly visited the mine 27 times.", "visited the mine 27 times"),  # the report's report
    ("en", "The mine reopened in May and output rose.", "The mine reopened … output rose"),
    ("en", "The factory was able to reopen in June.", "reopen in June"),
    ("es", "No hay duda de que la mina reabrió en mayo.", "la mina reabrió en mayo"),
    ("es", "No solo confirmó que la mina reabrió en mayo.", "la mina reabrió en mayo"),
    ("fr", "Il ne reste que la mine de Musan.", "la mine de Musan"),
    ("de", "Er sagte nicht viel. Er bestätigte, dass die Mine offen ist.", "die Mine offen ist"),
    ("en", "| Note | Mine |\n|---|---|\n| It closed. | Komdok zinc |\n", "It closed. Komdok zinc"),
    ("en", "The talks in Seoul—Pyongyang said nothing—ended.", "Pyongyang said nothing"),  # an em dash parts words
    ("en", "Was the mine closed? No — the mine reopened in May.", "the mine reopened in May"),  # an answer
    ("en", "It was a hard year–the mine closed.", "the mine closed"),  # an en dash as a clause's
    # … and from a tenth review, of the ninth's fixes
    ("fr", "Le marché n'a pas fermé parce que la mine a rouvert.", "la mine a rouvert"),  # because
    ("es", "Nadie niega que la mina reabrió.", "la mina reabrió"),  # nobody denies
    ("de", "Es ist kein Wunder, dass die Preise gestiegen sind.", "die Preise gestiegen sind"),
    ("ru", "Никто не сомневается, что шахта открылась.", "шахта открылась"),
    ("ar", "لا شك أن المنجم أعيد فتحه.", "المنجم أعيد فتحه."),
    ("fr", "Le taux est passé de 2 à 3 % en 2024.", "3 % en 2024"),  # a change, not a range
    ("es", "Las exportaciones subieron de 200 a 300 toneladas.", "300 toneladas"),
    ("en", "The odds were 1 to 4 against a deal.", "4 against a deal"),
    ("en", "The vote was 120 to 150 in favour of the amendment.", "150 in favour of the amendment"),
    ("es", "El Madrid ganó 1 a 3 al Barcelona.", "3 al Barcelona"),
    ("zh", "一到三月，边境贸易就恢复了。", "三月，边境贸易就恢复了。"),  # 一到: as soon as
    ("en", "Rebels took over 3 factories in the east.", "3 factories in the east"),
    ("en", "He was charged under 3 separate laws.", "3 separate laws"),
    ("en", "Did output fall? No -- output rose by a third.", "output rose by a third"),
    ("en", "Theresa May said the talks had failed.", "said the talks had failed"),
    ("en", "May saw the mine reopen after two years.", "saw the mine reopen after two years"),
    ("en", "The factory, which could produce 500 tonnes a day, closed in May.", "The factory … closed in May"),
    ("en", "The minister, who rejected the plan last year, resigned on Monday.", "The minister … resigned on Monday"),
    ("en", "The army stopped short of the border and began shelling.",
     "The army stopped … the border and began shelling"),
    ("en", "Residents could not believe that the mine had reopened so quickly.", "the mine had reopened so quickly"),
    ("en", "The images do not merely suggest that the site is active; they prove it.", "the site is active"),
    ("ja", "鉱山が再開したとは思わなかった。", "鉱山が再開した"),
    ("ko", "광산이 재가동됐다고 믿지 못했다.", "광산이 재가동됐다"),
    ("en", "The governor said to reporters that the mine had reopened.", "reporters that the mine had reopened"),
    ("en", "Trois usines, dont deux mines, ont rouvert en mai.", "Trois usines … ont rouvert en mai"),
    # … and from an eleventh
    ("en", "Russia's Defence Ministry said it had struck energy facilities, a claim that could not be independently "
           "verified.", "Russia's Defence Ministry said it had struck energy facilities"),  # attributed already
    ("ru", "Министр не раз заявлял, что шахта открылась.", "шахта открылась"),  # more than once
    ("es", "El ministro no dudó en afirmar que la mina reabrió.", "la mina reabrió"),  # did not hesitate
    ("en", "The minister said to reporters that the mine reopened.",
     "The minister … to reporters that the mine reopened"),
    ("en", "The new tariffs could have a major impact on wages.", "a major impact on wages"),
    ("en", "The ban may have serious consequences for exporters.", "serious consequences for exporters"),
    ("pt", "O prazo vai até 30 de junho.", "30 de junho"),  # until
    ("en", "The yen weakened 0.4% to 151.3 per dollar.", "The yen weakened 0.4%"),  # a change, then a level
    ("en", "Russian forces attacked overnight, killing at least seven people and leaving thousands without power, "
           "officials said.", "Russian forces attacked overnight … officials said."),
    ("en", "The government, which has never published casualty figures, said the operation was a success.",
     "The government … said the operation was a success."),
    ("en", "The sanctions hit not only ordinary citizens but also the political elite.",
     "The sanctions hit … the political elite"),
    ("en", "Output rose from three to five tonnes.", "five tonnes"),  # a change
    ("en", "The team won three to one in the final.", "one in the final"),  # a score
    ("en", "Three and five are odd numbers.", "five are odd numbers"),
    # … and from an independent archive: the quote's own sentence comes after another that
    # starts or ends as it does
    ("en", "Trucks left for the border, a market vendor in Hamhung reported.\n\n"
           "A truck driver said he had never seen so many inspectors in the market before.\n\n"
           "A market vendor in Hongwon said she had never seen so many inspectors in the market before.\n",
     "A market vendor … never seen so many inspectors in the market before."),
    ("en", "The court sentenced one to five years in prison and freed the rest.", "five years in prison"),  # a person
    ("en", "They met at five to seven o'clock this morning.", "seven o'clock this morning"),  # a time
    ("en", "There was no damage [3] reported in the city.", "reported in the city"),  # a reference, no editor's word
    # … and from a twelfth: sentences that do not end where they seem to, and quotations joined whole
    ("de", "„Reis ist knapp“, sagte ein Händler. „Mais ist reichlich vorhanden.“",
     "Reis ist knapp … Mais ist reichlich vorhanden"),
    ("en", "“The mine is closed,” the source said, adding: “The factory reopened in 2021.”",
     "The mine is closed … The factory reopened in 2021"),
    ("en", "Sanctions imposed by the U.S. Treasury hit the mine in March.",
     "Sanctions imposed … hit the mine in March"),
    ("en", "The mine closed under Art. 12 of the decree in March.", "The mine closed … in March"),
    ("en", "The raid began at 10 a.m. Monday and ended at noon.", "The raid began … ended at noon"),
    ("en", "## Musan\n\n- The mine closed.\n- Workers left in May.\n", "The mine closed. … Workers left in May"),
    ("en", "Mr. An Chol-su, a trader, said prices rose.", "Mr. An … said prices rose"),
    ("en", "The flood destroyed 1,000 homes, almost all of them in Musan.", "1,000 homes"),  # no bound before it
    ("en", "Millions of dollars were spent on the launch.", "Millions of dollars were spent"),
    ("en", "The attack killed five people in Musan.", "The attack killed five"),
    ("en", "It was almost 2019 when the mine closed.", "2019 when the mine closed"),  # a year
    ("en", "The town avoided the worst of the floods in May.", "the worst of the floods in May"),
    ("en", "Officials were allowed to reopen the mine in Musan.", "reopen the mine in Musan"),
    ("en", "The claim that the border had reopened was confirmed.", "the border had reopened"),
    ("en", "No one disputes that the mine reopened in March.", "the mine reopened in March"),  # a denial denied
    ("en", "Officials do not dispute that the mine reopened in March.", "the mine reopened in March"),
    # typography: a space before %, single guillemets, double primes, an ideographic space, ヶ
    ("en", "Prices rose 20\u00a0% in May.", "Prices rose 20% in May"),
    ("fr", "Les prix ont augmenté de 20 % en mai.", "augmenté de 20% en mai"),
    ("en", "Prices rose 20% in May.", "Prices rose 20 % in May"),
    ("fr", "Il a dit ‹fermé› hier.", "Il a dit 'fermé' hier"),
    # … but a second clause quoted from its start, an aside, or words in dashes left out whole
    ("en", "The mine closed in 2019 and the factory reopened in 2021.",
     "The mine closed … the factory reopened in 2021"),
    ("en", "Officials from Musan and Hoeryong said prices rose.", "Officials from … said prices rose"),
    ("en", "The mine — the largest in the region — reopened in 2021.", "The mine … reopened in 2021"),
    ("en", "The mine, closed in 2019 and the subject of protests, reopened in 2021.", "The mine … reopened in 2021"),
    ("en", "The mine was small but well equipped, and reopened in 2021.", "The mine … reopened in 2021"),
    ("en", "The mine, which would have cost millions, reopened in 2021.", "The mine … reopened in 2021"),
    # (from a second review) asides with a number, a date, a list or a hyphenated word in them;
    # reported speech with one subject
    ("en", "The mine, which had produced no coal since July 12, 2019, reopened in May.", "The mine … reopened in May"),
    ("en", "The factory, which cannot import parts from China, Russia or Japan, reopened in May.",
     "The factory … reopened in May"),
    ("es", "La mina, que no funcionó en 2019, 2020 ni 2021, reabrió en mayo.", "La mina … reabrió en mayo"),
    ("en", "The defectors - who had not eaten for three-and-a-half days - crossed the border on Monday.",
     "The defectors … crossed the border on Monday"),
    ("en", "Officials said the mine and the factory were closed in 2019.",
     "Officials said the mine … were closed in 2019"),
    # (from a review of the rules above) no denial, bound, clause or sentence where none is
    ("en", "Three cases of the virus in Kaesong have been confirmed by the health ministry.",
     "Three cases of the virus in Kaesong"),
    ("en", "The mine reopened in May, which contradicts earlier reports that it had been flooded.",
     "The mine reopened in May"),
    ("en", "The mine reopened in May, but the ministry falsely claimed it was safe for workers.",
     "The mine reopened in May"),
    ("en", "The 3,000 troops sent to the border in March were withdrawn in June.",
     "The 3,000 troops sent to the border in March"),
    ("en", "No one seriously disputes that the mine reopened in May.", "the mine reopened in May"),
    ("en", "Few would dispute that the mine reopened in May.", "the mine reopened in May"),
    ("en", "It is beyond doubt that the mine reopened in May.", "the mine reopened in May"),
    ("zh", "矿山附近3个村庄被洪水淹没。", "3个村庄被洪水淹没"),
    ("ja", "国境付近3カ所で新しい監視所が建設された。", "3カ所で新しい監視所が建設された"),
    ("zh", "近年来3家工厂关闭。", "3家工厂关闭"),
    ("en", "Officials inspected the mine and the factory in Musan last week.",
     "Officials inspected the mine … in Musan last week"),
    ("en", "Inspectors from the trade bureau and the police confiscated goods in Sunam market.",
     "Inspectors from the trade bureau … confiscated goods in Sunam market"),
    ("en", "The mine closed in 2019 and the factory was shut in 2020, and the workers were sent to farms.",
     "The mine closed in 2019 … and the workers were sent to farms"),
    ("en", "Chinese defence officials, including Gen. He Weidong, were removed from their posts.",
     "Chinese defence officials … were removed from their posts"),
    ("es", "El incendio, que afectó a aprox. 300 viviendas del barrio, fue controlado el lunes.",
     "El incendio … fue controlado el lunes"),
    ("en", "“We closed the mine in 2019,” the official said, “but it has since reopened with Chinese help.”",
     "We closed the mine … it has since reopened with Chinese help"),
    ("ja", "彼は〝閉鎖〟と言った。", "彼は「閉鎖」と言った"),
    ("ja", "金正恩\u3000総書記は工場を視察した。", "金正恩総書記は工場を視察した"),
    ("ja", "工場は3ヶ月閉鎖された。", "工場は3ケ月閉鎖された"),
    ("en", "Nobody denies reports that the mine reopened in March.", "the mine reopened in March"),
    ("en", "Nobody denies that the mine reopened in March.", "the mine reopened in March"),
    ("en", "The ministry confirmed reports by residents that the mine reopened in March.",
     "the mine reopened in March"),
    ("en", "Officials denied the claims in a statement that was read on television.", "was read on television"),
    ("en", "There is no denying that the mine reopened in March.", "the mine reopened in March"),
    ("en", "It cannot be denied that the mine reopened in March.", "the mine reopened in March"),
    ("en", "Nobody doubts that the mine reopened in March.", "the mine reopened in March"),
    ("en", "Few doubt that the mine reopened in March.", "the mine reopened in March"),
    ("en", "There is no longer any doubt that the mine reopened in March.", "the mine reopened in March"),
    ("en", "Even Pyongyang does not deny that the mine reopened in March.", "the mine reopened in March"),
    ("ru", "Министерство сообщило, что урожай хороший.", "урoжай хороший"),  # a Latin "o" in a Russian word
    # an aside left out whole, set off by dashes or opening with a participle, an article or,
    # in French, German, Spanish and Russian, a relative pronoun
    ("en", "The defector—who asked not to be named—said guards beat inmates.",
     "The defector … said guards beat inmates"),
    ("en", "The defector — who asked not to be named — said guards beat inmates.",
     "The defector … said guards beat inmates"),
    ("en", "The report, published without fanfare on Friday, said exports had doubled.",
     "The report … said exports had doubled"),
    ("en", "The defector, a former guard who never joined the party, said guards beat inmates.",
     "The defector … said guards beat inmates"),
    ("fr", "Le ministère, qui n’a jamais publié de chiffres, a affirmé que la récolte était bonne.",
     "Le ministère … a affirmé que la récolte était bonne"),
    ("de", "Das Ministerium, das nie Zahlen veröffentlicht hat, erklärte, die Ernte sei gut gewesen.",
     "Das Ministerium … erklärte, die Ernte sei gut gewesen"),
    ("es", "El ministerio, que nunca ha publicado cifras, dijo que la cosecha fue buena.",
     "El ministerio … dijo que la cosecha fue buena"),
    ("ru", "Министерство, которое никогда не публиковало данных, заявило, что урожай хороший.",
     "Министерство … заявило, что урожай хороший"),
])
def test_held_out_faithful_quotes_are_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_a_text_fragment_leaves_out_the_reports_reference_markers():
    from generator.urls import text_fragment

    found = _located("The mine reopened[^1] in May after repairs.\n\n[^1]: https://kcna.kp/x", "The mine reopened in May")
    passage = found.passage
    link = text_fragment("https://e.example/a", list(passage.parts), passage.before, passage.after, passage.inner,
                         passage.lead)
    assert found.status is QuoteStatus.VERIFIED and link == "https://e.example/a#:~:text=The%20mine%20reopened,in%20May"


@pytest.mark.parametrize("body, quote, shown", [
    ("Officials said inflation reached 20% in May. Prices rose.", "inflation reached 20",
     "Officials said inflation reached 20% in May. Prices…"),
    ("North Korea fired 3 to 5 missiles.", "5 missiles", "…fired 3 to 5 missiles."),
    ("Families now spend more than 60 percent of their income on food.", "Families now spend … 60 percent of their",
     "Families now spend more than 60 percent of their income on food."),  # an ellipsis for the bound alone
])
def test_a_quote_cut_from_what_the_report_writes_whole_is_warned_about_with_the_words_around_it(tmp_path, body,
                                                                                                  quote, shown):
    # the passage alone reads as the quote does: the words around it show what was cut
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    root = make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
                                    "The mill runs a few days each year.", "The mill runs a few days each year.\n\n"
                                    + body),
                                "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                    "runs a few days each year", quote)})
    result = build_site(root)
    [warning] = result.warnings
    assert result.ok and warning.message == ('quote in claim "c1" cuts off part of what report "r1" writes as one: '
                                             'a word, or a number with its range, unit, currency or bound')
    assert warning.hint == f'the report reads: "{shown}"; quote the whole of it, or words that stand alone'


@pytest.mark.parametrize("body, quote, said", [
    ("Seoul has not yet accused the North of jamming signals.", "Seoul … accused the North",
     ': it leaves out "not"'),
    ("Rice, and maize too, was handed out in March.", "Rice … was handed out in March", ""),
    ("All workers, except the guards at the gate, were paid in full.", "All workers … were paid in full",
     ': it leaves out "except the guards at the gate"'),
    ("The camp was closed, allegedly, and its prisoners were moved.",
     "The camp was closed … and its prisoners were moved", ': it leaves out "allegedly"'),
])
def test_an_ellipsis_whose_parts_are_the_reports_words_is_warned_about_for_what_it_leaves_out(tmp_path, body, quote,
                                                                                              said):
    # a part of one word beside an ellipsis that leaves out more than an aside: the parts
    # are the report's words, none of them cut; what the ellipsis stands for is the slip
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    root = make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
                                    "The mill runs a few days each year.", "The mill runs a few days each year.\n\n"
                                    + body),
                                "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                    "runs a few days each year", quote)})
    result = build_site(root)
    [warning] = result.warnings
    assert result.ok and warning.message == ('quote in claim "c1" leaves out, where its ellipsis is, words of report '
                                             f'"r1" that may change what the rest says{said}')
    assert warning.hint.startswith(f'the report reads: "{body[:20]}')


def test_a_contrast_set_off_whole_is_an_aside_an_ellipsis_may_leave_out():
    # what the words kept say stands: "not the soldiers", "not for the first time"
    for body, quote in [("The border guards, not the soldiers, opened fire on the boat.",
                         "The border guards … opened fire on the boat."),
                        ("Seoul, not for the first time, accused the North of jamming signals.",
                         "Seoul … accused the North")]:
        assert _located(body, quote, "en").status is QuoteStatus.VERIFIED, body
    for language, body, quote in [
            ("fr", "Les garde-frontières, et non les soldats, ont ouvert le feu.",
             "Les garde-frontières … ont ouvert le feu."),
            ("de", "Die Grenzwachen, nicht die Soldaten, eröffneten das Feuer.",
             "Die Grenzwachen … eröffneten das Feuer."),
            ("en", "The Hamhung cannery — never profitable — closed in June.", "The Hamhung cannery … closed in June."),
            # whole sentences left out: their negations are their own
            ("en", "The mill halted production in March. No reason was given. Its workers were sent to farms.",
             "The mill halted production in March. … Its workers were sent to farms."),
            ("zh", "金策钢铁厂于三月停产。当局没有说明原因。四千名工人被派往集体农场。", "金策钢铁厂于三月停产。……四千名工人被派往集体农场。")]:
        assert _located(body, quote, language).status is QuoteStatus.VERIFIED, body
    body = "The camp was closed in 2019. No, that is wrong: it was merely renamed. Its guards left."
    assert _located(body, "The camp was closed in 2019. … Its guards left.", "en").status is QuoteStatus.APPROXIMATE
    body = "The guards did not, as the villagers had feared, open fire."  # no aside: the clause's own "not"
    assert _located(body, "The guards did … open fire.", "en").status is QuoteStatus.APPROXIMATE


def test_a_one_word_part_beside_an_aside_left_out_whole_is_verified():
    body = "Pyongyang, which has never acknowledged the camps, said the report was slander."
    assert _located(body, "Pyongyang … said the report was slander", "en").status is QuoteStatus.VERIFIED
    assert _located(body, "Pyongyang, which … said the report was slander", "en").status is not QuoteStatus.VERIFIED


def test_an_ellipsis_joining_two_clauses_is_warned_about_as_such(tmp_path):
    from conftest import MINIMAL, make_site

    from generator.build import build_site

    body = "The mine closed in 2019 and the factory reopened in 2021."
    root = make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
                                    "The mill runs a few days each year.", "The mill runs a few days each year.\n\n"
                                    + body),
                                "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                    "runs a few days each year", "The mine … reopened in 2021")})
    [warning] = build_site(root).warnings
    assert warning.message == ('quote in claim "c1" joins, with an ellipsis, the start of one clause of report "r1" '
                               "to the end of the next, whose own first words it leaves out")


# Held-out review, seventeenth round: quotes that change the meaning …
@pytest.mark.parametrize("language, body, quote", [
    # a stop inside the closing mark of a quotation ends the sentence
    ("en", "Kim said the sanctions had “clearly failed.” Park said the sanctions have worked.",
     "Kim said the sanctions … have worked"),
    ("en", "The official insisted that the dam was “perfectly safe.” It collapsed two days later.",
     "The official insisted that the dam … collapsed two days later"),
    # a negation right after an opening quotation mark
    ("en", "“Nobody has received a full ration since March,” a farmer said.", "has received a full ration since March"),
    ("en", "“Nobody has received a full ration since March,” a farmer said.", "received a full ration since March"),
    ("en", "“Never before have we seen such shortages,” he said.", "before have we seen such shortages"),
    ("es", "«No tenemos electricidad desde hace meses», dijo un trabajador.", "tenemos electricidad desde hace meses"),
    ("de", "„Niemand hat seit März Lohn bekommen“, sagte er.", "hat seit März Lohn bekommen"),
    ("ru", "«Нет никаких доказательств, что шахта работает», сказал он.", "никаких доказательств, что шахта работает"),
    # the next clause's first words left out: a number, "while", a verb kept in the gap
    ("en", "The mine closed in 2019 and 300 workers left in 2021.", "The mine closed in 2019 … left in 2021"),
    ("en", "The mine employed about 1,200 people before it closed, and nearly 300 of them have since left the county.",
     "The mine employed about 1,200 people … have since left the county"),
    ("en", "Choi said the border would reopen in spring, while customs officers said it would stay shut until 2026.",
     "Choi said the border would … stay shut until 2026"),
    ("en", "Choi said the border would reopen in spring, while customs officers said it would stay shut until 2026.",
     "Choi said the border would reopen … until 2026"),
    # a second quantity of the same kind, or the words that make one a comparison's
    ("en", "The mine produced 5 million tonnes in 2018 but only 500,000 tonnes in 2023.",
     "The mine produced 5 million tonnes … in 2023"),
    ("en", "The mine produced 5 million tonnes in 2018 but only 500,000 tonnes in 2023.",
     "The mine produced 5 million tonnes in 2018 but … 500,000 tonnes in 2023"),
    ("en", "Rice sold for 5,500 won per kilogram in May, up from 4,800 won a month earlier.",
     "Rice sold for 5,500 won per kilogram … 4,800 won a month earlier"),
    ("en", "Officials said 1 in 5 children were malnourished.", "5 children were malnourished"),
    # words that turn the rest around or leave it in doubt, left out by an ellipsis
    ("en", "The ministry abandoned plans to modernise the plant after sanctions.",
     "The ministry … to modernise the plant"),
    ("en", "Workers were sent to collective farms instead of the steel mill.", "Workers were sent to … the steel mill"),
    ("en", "It is unclear whether the plant received any of the 50,000 tons.",
     "It is … whether the plant received any of the 50,000 tons"),
    ("en", "The claim that the plant was sold to China is baseless, the ministry said.",
     "The claim that the plant was sold to China … the ministry said"),
    ("en", "The plant came close to meeting its annual quota in 2019.", "The plant … meeting its annual quota in 2019"),
    ("en", "The ministry has refuted claims that the launch failed.",
     "The ministry has … claims that the launch failed"),
    ("en", "The mine, which state media said had resumed production, remains flooded.",
     "The mine … had resumed production"),
    ("en", "State media claimed on Monday that the mine had resumed full production.",
     "State media … the mine had resumed full production"),
    ("fr", "Les autorités auraient ordonné à 3 000 ouvriers de rentrer.",
     "Les autorités … ordonné à 3 000 ouvriers de rentrer"),
    ("fr", "Le ministère a démenti que la mine ait été vendue.", "Le ministère … que la mine ait été vendue"),
    ("de", "Die Behörden sollen angeblich 3.000 Arbeiter nach Hause geschickt haben.",
     "Die Behörden sollen … 3.000 Arbeiter nach Hause geschickt haben"),
    ("es", "Las autoridades supuestamente ordenaron a 3.000 trabajadores regresar.",
     "Las autoridades … ordenaron a 3.000 trabajadores regresar"),
    ("zh", "当局据称已下令3000名工人返乡。", "当局…已下令3000名工人返乡"),
    # a denial or doubt before the clause quoted …
    ("en", "Officials dismissed as “groundless” reports that the plant had been sold to a Chinese firm.",
     "the plant had been sold to a Chinese firm"),
    ("en", "Few believe that the factory will reopen this year.", "the factory will reopen this year"),
    ("fr", "Le ministère a démenti que la mine ait été vendue à une entreprise chinoise.",
     "la mine ait été vendue à une entreprise chinoise"),
    ("fr", "Le ministère nie que des exécutions aient eu lieu.", "des exécutions aient eu lieu"),
    ("de", "Das Ministerium bestritt, dass die Mine verkauft worden sei.", "die Mine verkauft worden sei"),
    ("de", "Es ist unklar, ob die Lieferungen jemals angekommen sind.", "die Lieferungen jemals angekommen sind"),
    ("es", "El ministerio negó que la mina hubiera sido vendida.", "la mina hubiera sido vendida"),
    ("ru", "Министерство опровергло, что шахта была продана китайской компании.",
     "шахта была продана китайской компании"),
    ("ar", "نفت الوزارة أن يكون المنجم قد بيع لشركة صينية.", "يكون المنجم قد بيع لشركة صينية"),
    # … or after it
    ("en", "State media claimed that “living standards have improved dramatically,” a claim that defectors reject.",
     "living standards have improved dramatically"),
    ("en", "State media claimed that “living standards have improved dramatically,” a claim that defectors reject.",
     "“living standards have improved dramatically,”"),
    ("en", "State media said the mine reopened, a claim that residents deny.", "the mine reopened,"),
    ("en", "The minister said no food aid had arrived, which aid agencies say is untrue.", "no food aid had arrived"),
    ("en", "The mine reopened in 2021, officials said, although residents dispute this.", "The mine reopened in 2021"),
    ("en", "“The mine will run at full capacity by July, but I doubt it,” an engineer said.",
     "The mine will run at full capacity by July,"),
    ("fr", "Selon l'agence, la production aurait doublé, ce que les habitants démentent.",
     "la production aurait doublé"),
    ("es", "La mina reabrió en 2021, lo que el gobierno niega.", "La mina reabrió en 2021"),
    ("de", "Die Mine wurde 2021 wiedereröffnet, was die Regierung bestreitet.", "Die Mine wurde 2021 wiedereröffnet"),
    ("zh", "官方媒体声称该矿已全面复产，但当地居民否认了这一说法。", "该矿已全面复产"),
    ("zh", "有报道称工厂已被卖给一家中国公司，但这一消息未经证实。", "工厂已被卖给一家中国公司"),
    ("ja", "国営メディアは生産が完全に回復したと主張したが、住民はこれを否定した。", "生産が完全に回復した"),
    ("ko", "북한 관영매체는 생산이 완전히 회복됐다고 주장했지만, 주민들은 이를 부인했다.", "생산이 완전히 회복됐다"),
    # found by the review of these rules
    ("de", "Die Mine wurde mutmaßlich im März geschlossen.", "Die Mine wurde … im März geschlossen"),
    ("es", "El segundo reactor volvió a funcionar en marzo, lo que el gobierno niega.",
     "El segundo reactor volvió a funcionar en marzo"),
    ("de", "Die Arbeiter protestierten laut, was die Regierung bestreitet.", "Die Arbeiter protestierten laut"),
    ("zh", "数据显示该矿已全面复产，但当地居民否认了这一说法。", "数据显示该矿已全面复产"),
    ("de", "Die Anlage produziert 1,200 Tonnen pro Stunde.", "produziert 1200 Tonnen pro Stunde"),  # 1.2
    ("en", "The shipment arrived in 2023.", "arrived in 2,023"),
    ("en", "The company employed 1,000 people and nearly 300 of them were women.",
     "The company employed 1,000 people … were women"),
    ("en", "Workers at the smelter were told to stay home, while those at the mine were ordered back to work.",
     "Workers at the smelter were told to stay home, … were ordered back to work"),
    ("en", "Farmers handed over 70 percent of their harvest, up from 60 percent last year.",
     "Farmers handed over 70 percent of their harvest … last year"),
])
def test_held_out_quotes_that_change_the_meaning_are_not_verified_17(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


# … and faithful ones, verified
@pytest.mark.parametrize("language, body, quote", [
    # the stop American typography puts inside a closing mark, left out
    ("en", "Kim said the sanctions had “clearly failed.” Park disagreed.", 'the sanctions had "clearly failed"'),
    ("en", "He said, “I don’t know,” and left.", "He said, “I don’t know”"),
    ("en", "The guard said “the mine is closed.” The factory reopened.", "The guard said “the mine is closed”"),
    # a number's digits grouped otherwise (not a year's; a full stop only where it groups)
    ("en", "The mine employed about 1,200 people in 2019.", "The mine employed about 1200 people in 2019"),
    ("en", "The mine employed 1200 people in 2019.", "employed 1,200 people in 2019"),
    ("fr", "La mine employait 3 000 ouvriers.", "employait 3000 ouvriers"),
    ("de", "Die Mine beschäftigte 3.000 Arbeiter.", "beschäftigte 3000 Arbeiter"),
    ("ja", "当局は3,000人の労働者に帰宅を命じた。", "当局は3000人の労働者に帰宅を命じた"),
    # a negated denial vouches for the clause; a quote that names its source keeps it
    ("fr", "Personne ne nie que des exécutions aient eu lieu.", "des exécutions aient eu lieu"),
    ("de", "Niemand bestreitet, dass es Hinrichtungen gegeben hat.", "es Hinrichtungen gegeben hat"),
    ("es", "Nadie niega que la mina fue vendida.", "la mina fue vendida"),
    ("ru", "Никто не отрицает, что казни имели место.", "казни имели место"),
    ("fr", "Selon l'agence, la production aurait doublé, ce que les habitants démentent.",
     "Selon l'agence, la production aurait doublé"),
    ("zh", "官方媒体声称该矿已全面复产，但当地居民否认了这一说法。", "官方媒体声称该矿已全面复产"),
    ("en", "State media said the mine reopened, a claim that residents deny.", "State media said the mine reopened,"),
    # not a denial of the quote's words, nor a saying verb whose clause the part after is
    ("en", "The mine reopened in 2021, but officials deny that it is producing.", "The mine reopened in 2021"),
    ("zh", "该矿已全面复产，当地居民表示欢迎。", "该矿已全面复产"),
    ("en", "The minister said to reporters that the mine reopened.",
     "The minister … to reporters that the mine reopened"),
    ("en", "Officials said on Monday that the mine had reopened.", "Officials said … the mine had reopened"),
    ("en", "The mine employed 1,200 people and 300 contractors in 2019.",
     "The mine employed … 300 contractors in 2019"),
    ("en", "Of the 300 workers in 2019, 120 remain.", "120 remain"),
    # words of the new rules where they change nothing: in an aside or another clause, a
    # whole sentence left out, a participle, a list, a denial denied
    ("en", "The factory employed only 300 people and closed in 2020.", "The factory … closed in 2020"),
    ("en", "The storm, though the death toll is unclear, destroyed 300 homes.", "The storm … destroyed 300 homes"),
    ("en", "The government abandoned plans to build a dam in 2015 and built a power station instead.",
     "The government … built a power station instead"),
    ("en", "Kim said that the plant, only 3 years old, had closed.", "Kim said that the plant … had closed"),
    ("en", "The ministry reported 12 cases. Only 3 were confirmed. The outbreak ended in 2020.",
     "The ministry reported 12 cases. … The outbreak ended in 2020."),
    ("en", "Aid groups said the claims were baseless and that rations had been cut to 200 grams.",
     "Aid groups said … rations had been cut to 200 grams"),
    ("en", "The number of cases reported rose to 300 last week.", "The number of cases … rose to 300 last week"),
    ("en", "The amount claimed totalled $5 million.", "The amount … totalled $5 million"),
    ("en", "The army deployed 2,000 troops and 300 armed police to the border.",
     "The army deployed 2,000 troops … to the border"),
    ("en", "Kim Jong Un inspected the factory while it was under construction in 2021.",
     "Kim Jong Un inspected the factory … in 2021"),
    ("en", "The border was sealed while the pandemic raged in 2020 and reopened in 2023.",
     "The border was sealed … and reopened in 2023"),
    ("en", "Police arrested 30 people including 5 people from Musan and released them on Tuesday.",
     "Police arrested 30 people … and released them on Tuesday"),
    ("en", "The defector spent 5 years in a labour camp and 2 years in prison before escaping to China in 2008.",
     "The defector spent 5 years in a labour camp … before escaping to China in 2008"),
    ("en", "Cases rose to 120 in March from 80 in February and the ministry imposed a lockdown.",
     "Cases rose to 120 in March … and the ministry imposed a lockdown"),
    ("en", "The song “Where Are You?” Kim wrote in 1995 became a hit.", "The song … became a hit"),
    ("en", "Floods killed 45 in 3 provinces.", "3 provinces"),
    ("en", "The mine reopened in 2021, although no one disputes this.", "The mine reopened in 2021"),
    ("en", "The mine reopened in 2021, a claim the government does not dispute.", "The mine reopened in 2021"),
    ("fr", "La mine a rouvert en 2021, ce que personne ne nie.", "La mine a rouvert en 2021"),
    ("es", "La mina reabrió en 2021, lo que nadie niega.", "La mina reabrió en 2021"),
    ("de", "Die Mine wurde 2021 wiedereröffnet, was niemand bestreitet.", "Die Mine wurde 2021 wiedereröffnet"),
    ("zh", "该矿已全面复产，没有人否认这一说法。", "该矿已全面复产"),
    ("ja", "生産が完全に回復したと発表したが、誰もこれを否定していない。", "生産が完全に回復した"),
    ("fr", "Le ministre a déclaré qu'il serait à Séoul lundi et a visité la mine de Musan mardi.",
     "Le ministre … a visité la mine de Musan mardi"),
    ("de", "Es steht außer Zweifel, dass die Mine wieder geöffnet wurde.", "die Mine wieder geöffnet wurde"),
    ("it", "La miniera ha riaperto nel 2021, anche se gli operai negano di averlo saputo.",
     "La miniera ha riaperto nel 2021"),
])
def test_held_out_faithful_quotes_are_verified_17(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# The eighteenth pass's held-out review: hedges and conditions an ellipsis hides, dates it
# shifts, clauses it joins across a new subject, and doubts and hedges right after a quote.
@pytest.mark.parametrize("language, body, quote", [
    ("de", "Die Mine soll im März wieder in Betrieb gegangen sein.", "Die Mine … im März wieder in Betrieb gegangen"),
    ("de", "Die Mine ist vermutlich im März wieder in Betrieb gegangen.",
     "Die Mine ist … im März wieder in Betrieb gegangen"),
    ("fr", "La mine pourrait rouvrir en mars.", "La mine … rouvrir en mars"),
    ("fr", "La mine a peut-être rouvert en mars.", "La mine a … rouvert en mars"),
    ("es", "La mina probablemente reabrió en marzo.", "La mina … reabrió en marzo"),
    ("zh", "该矿可能已于三月恢复生产。", "该矿……已于三月恢复生产"),
    ("ja", "鉱山はおそらく３月に操業を再開した。", "鉱山は…３月に操業を再開した"),
    ("ar", "المنجم استأنف على ما يبدو الإنتاج في مارس.", "المنجم استأنف … الإنتاج في مارس"),
    ("en", "The plant should reopen in May.", "The plant … reopen in May"),
    ("en", "The plant was scheduled to reopen in May.", "The plant … reopen in May"),
    ("en", "The guards tried to stop the smugglers.", "The guards … stop the smugglers"),
    ("en", "The plant is suspected of having reopened in May.", "The plant … reopened in May"),
    ("en", "The factory will reopen only if electricity supplies are restored next month.",
     "The factory will reopen … next month"),
    ("en", "The plant will reopen once sanctions are lifted next year.", "The plant will reopen … next year"),
    ("es", "La planta funcionará solo si se restablece el suministro eléctrico.",
     "La planta funcionará … el suministro eléctrico"),
    ("en", "The mine closed in 2019 and reopened in 2023.", "The mine closed … in 2023"),
    ("en", "Prices doubled this year after falling sharply last year.", "Prices doubled … last year"),
    ("zh", "该矿于2019年关闭，2023年重新开放。", "该矿于2019年……重新开放"),
    ("en", "Choe Son Hui met Sergei Lavrov in Moscow, and Kim Jong Un met Vladimir Putin in Vladivostok.",
     "Choe Son Hui met … Vladimir Putin in Vladivostok"),
    ("en", "Police said the protesters attacked officers first, but witnesses said officers attacked the protesters "
           "without warning.", "Police said … officers attacked the protesters without warning"),
    ("de", "Das Tor wurde nicht geöffnet. Es ist unklar, ob die Lieferungen ankommen.", "die Lieferungen ankommen"),
    ("de", "Es ist nicht klar, ob die Lieferungen ankommen.", "die Lieferungen ankommen"),
    ("fr", "Il est peu probable que la récolte suffise.", "la récolte suffise"),
    ("en", "One in 5 children in the county is malnourished.", "5 children in the county"),
    ("en", "A survey found one in five children in the county is malnourished.",
     "five children in the county is malnourished"),
    ("en", "The dam was completed on schedule, a claim no independent observer has been able to verify.",
     "The dam was completed on schedule"),
    ("en", "Rice prices fell by half in Hyesan, if state media are to be believed.",
     "Rice prices fell by half in Hyesan"),
    ("ja", "鉱山は３月に操業を再開したとみられる。", "鉱山は３月に操業を再開した"),
    ("ja", "鉱山は３月に操業を再開した可能性がある。", "鉱山は３月に操業を再開した"),
    ("ja", "外務省は国境への部隊派遣を否定した。", "外務省は国境への部隊派遣を"),
    ("ko", "광산은 3월에 가동을 재개했을 수도 있다.", "광산은 3월에 가동을 재개했"),
    ("zh", "新医院于10月10日竣工……但这一消息未经证实。", "新医院于10月10日竣工"),
    ("zh", "他们未来得及撤离。", "他们……撤离"),  # 未来得及: did not manage to, no "future"
    ("zh", "该项目不少于三百人参加。", "该项目……三百人参加"),  # 不少于: no fewer than
    ("en", "Officials hope that the power plant will be connected to the grid by May.",
     "the power plant will be connected to the grid by May"),
    ("en", "Unconfirmed reports say the Yongbyon reactor was restarted in July.",
     "the Yongbyon reactor was restarted in July"),
])
def test_held_out_quotes_that_change_the_meaning_are_not_verified_18(language, body, quote):
    assert _located(body, quote, language).status is not QuoteStatus.VERIFIED


# Nineteenth pass: expectations and duties an ellipsis hides, in English and other languages.
@pytest.mark.parametrize("language, body, quote", [
    ("en", "The company expects to reopen the mine in May.", "The company … reopen the mine in May"),
    ("en", "The mine is due to reopen in May.", "The mine is … reopen in May"),
    ("en", "The mine was set to reopen in May.", "The mine was … reopen in May"),
    ("en", "The plant is poised to resume output next month.", "The plant … resume output next month"),
    ("en", "The line was slated to open in 2025.", "The line was … open in 2025"),
    ("de", "Die Mine wird wohl im März wieder öffnen.", "Die Mine wird … im März wieder öffnen"),
    ("fr", "La mine devrait rouvrir en mars.", "La mine … rouvrir en mars"),
    ("es", "La mina debería reabrir en marzo.", "La mina … reabrir en marzo"),
    ("pt", "A mina deveria reabrir em março.", "A mina … reabrir em março"),
    ("it", "La miniera dovrebbe riaprire a marzo.", "La miniera … riaprire a marzo"),
    ("zh", "该矿预计将于三月恢复生产。", "该矿……将于三月恢复生产"),
    ("zh", "该矿有望于三月恢复生产。", "该矿……于三月恢复生产"),
])
def test_expectations_an_ellipsis_hides_are_not_verified(language, body, quote):
    assert _located(body, quote, language).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", [
    ("en", "The plant closed due to floods in May.", "The plant closed … floods in May"),
    ("en", "The mine closed in May due to floods in the shafts.", "The mine closed in May … floods in the shafts"),
    ("en", "The committee met as expected and approved the budget.", "The committee met … and approved the budget"),
    ("de", "Die Gewerkschaft kämpft für das Wohl der Arbeiter im Werk.",
     "Die Gewerkschaft kämpft für das … der Arbeiter im Werk"),
    ("fr", "La mine a rouvert en mars comme prévu.", "La mine a rouvert … comme prévu"),
    ("zh", "该矿于三月恢复生产，产量超出预计。", "该矿于三月恢复生产"),
])
def test_expectation_words_elsewhere_keep_a_quote_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", [
    ("zh", "新义州的地方当局不久前关闭了新义州市场。", "新义州的地方当局……关闭了新义州市场"),
    ("zh", "地方当局不断加强了边境管控。", "地方当局……加强了边境管控"),
    ("ja", "新義州の当局は間もなく市場を閉鎖した。", "新義州の当局は…市場を閉鎖した"),
    ("en", "The mine closed in 2019 and the factory was shut in 2020, and the workers were sent to farms.",
     "The mine closed in 2019 … and the workers were sent to farms"),
    ("en", "The plant, built in 1985, closed in 2023.", "The plant … closed in 2023"),
    ("en", "The plant opened in 1985 and employed 3,000 people until 2010; in 2023 it closed.",
     "The plant opened in 1985 … in 2023 it closed"),
    ("en", "The plant closed due to shortages of coal.", "The plant closed … shortages of coal"),
    ("en", "The mine closed in 2019 and reopened in 2023.", "The mine closed in 2019 … reopened in 2023"),
    ("fr", "La production a augmenté si fortement en mars que les prix ont chuté.",
     "La production a augmenté … en mars"),
    ("en", "The army sent one in a hundred soldiers home.", "a hundred soldiers home"),
    ("en", "Reports say the Yongbyon reactor was restarted in July.", "the Yongbyon reactor was restarted in July"),
    # … and a second review's faithful quotes that the first fixes warned about
    ("en", "Federer won the first set to take the lead in the final.", "Federer won … to take the lead in the final"),
    ("en", "Officials presented the plan to residents on Monday.", "Officials presented … to residents on Monday"),
    ("en", "The minister asked what the result would be and then reopened the mine in March.",
     "The minister asked … and then reopened the mine in March"),
    ("en", "The company that provided the loans reopened the mine on Monday.",
     "The company … reopened the mine on Monday"),
    ("en", "The company once employed 3,000 people in the town.", "The company … employed 3,000 people in the town"),
    ("en", "The mine was once again flooded in March.", "The mine was … flooded in March"),
    ("en", "The plant rarely if ever closes, and it reopened on Monday after a fire.",
     "The plant rarely … closes, and it reopened on Monday after a fire"),
    ("de", "Die Mine öffnete, wenn auch mit Verspätung, im März.", "Die Mine öffnete … im März"),
    ("es", "La mina reabrió, si bien con retraso, en marzo.", "La mina reabrió … en marzo"),
    ("en", "The government announced in January that in March the mine would reopen.",
     "The government announced … in March the mine would reopen"),
    ("en", "The minister said yesterday that today the mine would reopen.",
     "The minister said … today the mine would reopen"),
    ("en", "The firm hired in 2023 a total of 1900 miners.", "The firm hired … 1900 miners"),
    ("en", "Output rose 5% in 2023, the best year since 2010, and in 2024 rose 7%.",
     "Output rose 5% in 2023 … in 2024 rose 7%"),
    ("en", "The union called off its march and in April returned to talks.", "The union … in April returned to talks"),
    ("fr", "Le ministre a annoncé en 2022 que 2024 serait l'année de la réouverture.",
     "Le ministre a annoncé … 2024 serait l'année de la réouverture"),
    ("zh", "部长2022年表示，2024年该矿将重新开放。", "部长……2024年该矿将重新开放"),
    ("zh", "2023年，这家成立于1990年的公司营收增长了5%。", "2023年……营收增长了5%"),
    ("zh", "专家分析了各种可能，最终认定该矿已于三月关闭。", "专家分析了……最终认定该矿已于三月关闭"),
    ("fr", "Le ministre a expliqué pourquoi la mine fermera probablement et a annoncé 300 embauches.",
     "Le ministre a expliqué … et a annoncé 300 embauches"),
    ("en", "The minister said the mine was safe, and she added the shaft had been inspected.",
     "The minister said the mine was safe … the shaft had been inspected"),
    ("en", "The city opened a new one in 2020 and it cost $3 million.", "2020 and it cost $3 million"),
])
def test_held_out_faithful_quotes_are_verified_18(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("quote", ["[7]", "[^2]", "[sic] [7]", "… [7]", "[7] [8]", '"[7]"', "(…) [7]", "[7].", "[3]"])
def test_a_quote_of_reference_markers_alone_quotes_nothing(quote):
    # Markers are left out where a quote meets them: one made of nothing else matched any
    # stretch of a report holding a marker, and its page highlighted the whole report.
    found = _located("The mill runs a few days each year.\n\nSteel output fell [3] last year.", quote)
    assert found.status is QuoteStatus.NOT_FOUND and found.passage is None


# Nineteenth pass's held-out review: hearsay and conditions around a quote, plans, rejections
# and bounds an ellipsis hides, a clause's subject left out before its verb, and Japanese and
# Korean hedges after the verb a quote ends with.
@pytest.mark.parametrize("language, body, quote", [
    ('en', 'The guards are still waiting to be paid for October.', 'The guards are … paid for October'),
    ('en', "Kim's sister rejected the claim that talks had resumed.", "Kim's sister … talks had resumed"),
    ('en', 'The agency ruled out the possibility that the blast was a nuclear test.', 'The agency … the blast was a nuclear test'),
    ('en', 'Pyongyang is far from able to mass-produce the engine.', 'Pyongyang is … able to mass-produce the engine'),
    ('en', 'The launch was anything but a success for the regime.', 'The launch was … a success for the regime'),
    ('en', 'The plant lacks the equipment to enrich uranium.', 'The plant … the equipment to enrich uranium'),
    ('en', 'The army will reopen the road only after the floods recede, if at all.', 'The army will reopen the road'),
    ('en', 'According to unverified rumours, the general was executed in March.', 'the general was executed in March'),
    ('en', 'It is claimed that the factory produces missile parts.', 'the factory produces missile parts'),
    ('en', 'Sources speculate that Kim Yo Jong will be promoted.', 'Kim Yo Jong will be promoted'),
    ('en', 'Analysts suspect the satellite was a dummy.', 'the satellite was a dummy'),
    ('en', 'The defector said he had heard that 300 people were executed.', 'The defector said … 300 people were executed'),
    ('en', 'The government plans to build 50,000 flats in Pyongyang.', 'The government … build 50,000 flats in Pyongyang'),
    ('en', 'The regime was preparing to close the markets in Chongjin.', 'The regime … close the markets in Chongjin'),
    ('en', 'The talks will resume, provided that Washington lifts sanctions, in June.', 'The talks will resume … in June'),
    ('en', 'If the harvest fails again, famine will return to the north-east.', 'famine will return to the north-east'),
    ('en', 'Should the dam fail, 20,000 people would be displaced.', '20,000 people would be displaced'),
    ('en', 'The exchange rate will rise if the border stays closed.', 'The exchange rate will rise'),
    ('en', 'Unless sanctions are eased, the steel mill will shut down by spring.', 'the steel mill will shut down by spring'),
    ('en', 'The mine will reopen in April unless the pumps fail again.', 'The mine will reopen in April'),
    ('en', 'In the event of a war, the reservists would be mobilised within hours.', 'the reservists would be mobilised within hours'),
    ('en', 'Pyongyang will return to talks only if the drills are cancelled.', 'Pyongyang will return to talks'),
    ('en', 'The ban on private trade will be lifted as long as the harvest is good.', 'The ban on private trade will be lifted'),
    ('en', 'The ship carried over 2,000 tonnes of coal.', 'The ship carried … 2,000 tonnes of coal'),
    ('en', 'Officials in Seoul welcomed the move, but officials in Tokyo condemned it.', 'Officials in Seoul … condemned it'),
    ('en', 'The old bridge was destroyed, although the new bridge survived the floods.', 'The old bridge … survived the floods'),
    ('en', 'Kim Jong Un welcomed the envoy, but his sister condemned the visit.', 'Kim Jong Un … condemned the visit'),
    ('ko', '북한이 7차 핵실험을 했다는 주장은 근거가 없다.', '북한이 7차 핵실험을 했다'),
    ('zh-Hans', '朝鲜或将于下月进行核试验。', '朝鲜……于下月进行核试验'),
    ('ja', '金正恩氏はロシアを訪問したとされる。', '金正恩氏はロシアを訪問した'),
    ('ja', '政府は兵士が越境したことを否定した。', '兵士が越境した'),
    ('ja', '将軍は処刑されたという噂がある。', '将軍は処刑された'),
    ('en', 'It is alleged that the embassy sold ivory in Maputo.', 'the embassy sold ivory in Maputo'),
    ('en', 'Rumours suggest that the premier has been replaced.', 'the premier has been replaced'),
    ('en', 'One unverified account says the camp was closed in 2019.', 'the camp was closed in 2019'),
    ('en', 'The defector claimed, without offering proof, that the camp held 20,000 prisoners.', 'the camp held 20,000 prisoners'),
    ('en', 'Seoul is considering sending food aid to the North.', 'Seoul is … sending food aid to the North'),
    ('ja', '政府は来年、工場を再開する方針だ。', '政府は来年、工場を再開する'),
])
def test_held_out_quotes_that_change_the_meaning_are_not_verified_19(language, body, quote):
    assert _located(body, quote, language).status is not QuoteStatus.VERIFIED


# … and faithful quotes beside the words those rules look for
@pytest.mark.parametrize("language, body, quote", [
    ('en', 'The suspect fled to China in May.', 'fled to China in May'),
    ('en', 'Police said the suspect fled to China in May.', 'the suspect fled to China in May'),
    ('en', 'The mine will reopen in April even if the pumps fail again.', 'The mine will reopen in April'),
    ('en', 'Prices rose, if only slightly, in March.', 'Prices rose'),
    ('en', 'The mine will reopen in April, officials said.', 'The mine will reopen in April'),
    ('en', 'When the harvest failed, famine returned to the north-east.', 'famine returned to the north-east'),
    ('en', 'If anything, the sanctions will tighten next year.', 'the sanctions will tighten next year'),
    ('en', 'As expected, the council will meet on Monday.', 'the council will meet on Monday'),
    ('en', 'The ministry announced plans on Monday. The mine will reopen in April.', 'The mine will reopen in April'),
    ('en', 'The workers were paid in rice, and the managers in cash.', 'The workers were paid in rice'),
    ('en', 'The factory produced 3,000 tonnes in 2022 and over 4,000 tonnes in 2023.', 'The factory produced 3,000 tonnes in 2022'),
    ('en', 'The ship carried 2,000 tonnes of coal over the border.', 'The ship carried 2,000 tonnes of coal'),
    ('en', 'The plan to build 50,000 flats was completed in 2022.', '50,000 flats was completed in 2022'),
    ('en', 'The government built 50,000 flats in Pyongyang, and plans to build more.', 'The government built 50,000 flats in Pyongyang'),
    ('en', 'Residents heard gunfire near the border on Monday.', 'Residents heard gunfire near the border on Monday'),
    ('en', 'The regime closed the markets in Chongjin after preparing for weeks.', 'The regime closed the markets in Chongjin'),
    ('en', 'It is clear that the mine reopened in May.', 'the mine reopened in May'),
    ('en', 'Officials said that the mine reopened in May.', 'the mine reopened in May'),
    ('en', 'The court convicted the suspect of smuggling copper.', 'convicted the suspect of smuggling copper'),
    ('en', 'The bridge was destroyed in the floods, and the road was closed.', 'The bridge was destroyed in the floods'),
    ('en', 'The mine, which employed 3,000 people, closed in 2023.', 'The mine … closed in 2023'),
    ('en', 'Authorities lacked fuel, so the trains stopped running.', 'so the trains stopped running'),
    ('en', 'Should anyone ask, the answer is no.', 'the answer is no'),
    ('en', 'The army will reopen the road once the floods recede.', 'The army will reopen the road once the floods recede'),
    ('en', 'Unless otherwise noted, prices are in won.', 'prices are in won'),
    ('ja', '工場は予定通り再開した。', '工場は予定通り再開した'),
    ('ja', '政府は工場の再開を発表した。', '政府は工場の再開を発表した'),
    ('zh-Hans', '政府已在平壤建成五万套住房。', '政府已在平壤建成五万套住房'),
    ('zh-Hans', '该计划于三月完成。', '该计划于三月完成'),
    ('ko', '북한이 7차 핵실험을 했다고 국방부가 밝혔다.', '북한이 7차 핵실험을 했다'),
    ('ko', '북한이 핵실험을 했다는 보도가 나왔다.', '북한이 핵실험을 했다'),
    ('de', 'Die Mine wurde im März wieder geöffnet.', 'Die Mine wurde … wieder geöffnet'),
])
def test_faithful_quotes_beside_hearsay_conditions_and_plans_are_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# … unconfirmed reports right before a quote, in other languages
@pytest.mark.parametrize("language, body, quote", [
    ("es", "Según rumores sin confirmar, el general fue ejecutado.", "el general fue ejecutado"),
    ("fr", "Selon des rumeurs non confirmées, le général a été exécuté.", "le général a été exécuté"),
    ("ru", "По неподтверждённым данным, генерал был расстрелян.", "генерал был расстрелян"),
    ("de", "Unbestätigten Berichten zufolge wurde der General hingerichtet.", "wurde der General hingerichtet"),
    ("zh-Hans", "未经证实的消息称，该将军已被处决。", "该将军已被处决"),
    ("ko", "확인되지 않은 소식에 따르면, 장군이 처형됐다.", "장군이 처형됐다"),
    ("ja", "未確認情報によると、将軍は処刑された。", "将軍は処刑された"),
    ("it", "Secondo notizie non confermate, il generale è stato giustiziato.", "il generale è stato giustiziato"),
    ("es", "El gobierno planea construir 50.000 viviendas.", "El gobierno … construir 50.000 viviendas"),
])
def test_unconfirmed_reports_before_a_quote_in_other_languages_are_not_verified(language, body, quote):
    assert _located(body, quote, language).status is not QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", [
    ("ja", "報道によれば、金正恩氏はロシアを訪問した。", "金正恩氏はロシアを訪問した"),
    ("ja", "例えば、工場は三月に再開した。", "工場は三月に再開した"),
    ("fr", "Selon le ministère, la mine a rouvert en mars.", "la mine a rouvert en mars"),
    ("fr", "Situé près de la frontière, le site a fermé en mars.", "le site a fermé en mars"),
    ("es", "Según el ministerio, la mina reabrió en marzo.", "la mina reabrió en marzo"),
    ("es", "Siempre, la mina cierra en invierno.", "la mina cierra en invierno"),
    ("pt", "Segundo o ministério, a mina reabriu em março.", "a mina reabriu em março"),
    ("it", "Secondo il ministero, la miniera ha riaperto a marzo.", "la miniera ha riaperto a marzo"),
    ("de", "Laut dem Ministerium wurde die Mine im März wieder geöffnet.", "wurde die Mine im März wieder geöffnet"),
    ("ru", "По официальным данным, шахта возобновила работу в марте.", "шахта возобновила работу в марте"),
    ("zh-Hans", "据新华社报道，该矿已于三月恢复生产。", "该矿已于三月恢复生产"),
    ("ko", "통일부에 따르면, 광산은 3월에 가동을 재개했다.", "광산은 3월에 가동을 재개했다"),
    ("ar", "قالت الوزارة إن المنجم استأنف الإنتاج في مارس.", "المنجم استأنف الإنتاج في مارس"),
    ("es", "La mina planea su reapertura para marzo.", "La mina planea su reapertura para marzo"),
])
def test_attributions_before_a_quote_in_other_languages_keep_it_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# … and a second review's faithful quotes that the first version of those rules flagged: a
# condition in the next sentence, "if" as "whether", participles, "the main suspect", a time
# after ", and", Japanese 否定しがたい and 制裁対象とされた, Chinese 五年计划
@pytest.mark.parametrize("language, body, quote", [
    ('en', "If modest, the gains could mark a turning point for the regime's finances, analysts said.",
     "the gains could mark a turning point for the regime's finances"),
    ('en', 'Provided by Chinese investors, the new flotation plant can process 3,000 tonnes of ore a day.',
     'the new flotation plant can process 3,000 tonnes of ore a day'),
    ('en', 'Provided free of charge by the World Food Programme, the biscuits can be stored for two years.',
     'the biscuits can be stored for two years'),
    ('en', 'If the talks collapse, the North will lose access to Rason port, which handles most of its coal exports and can berth ships of 20,000 tonnes.',
     'which handles most of its coal exports and can berth ships of 20,000 tonnes'),
    ('en', 'If confirmed, the test would be the seventh this year, according to the Joint Chiefs of Staff, which said the missile flew 600 km and could reach all of South Korea.',
     'which said the missile flew 600 km and could reach all of South Korea'),
    ('en', 'Unless Beijing intervenes, the defectors face repatriation, rights groups warned, adding that at least 60 were sent back in May.',
     'adding that at least 60 were sent back in May'),
    ('en', 'If the official account is to be believed, the dam was built in 18 months, a feat state media credited to the will of the people.',
     'a feat state media credited to the will of the people'),
    ('en', 'In case after case, defectors told the UN inquiry that guards would beat prisoners who fell ill.',
     'defectors told the UN inquiry that guards would beat prisoners who fell ill'),
    ('en', "Unless otherwise noted, prices are from Daily NK's market survey, which covers Pyongyang, Sinuiju and Hyesan and can lag by a week.",
     'which covers Pyongyang, Sinuiju and Hyesan and can lag by a week'),
    ('en', "If Pyongyang's rhetoric was fierce, its actions were restrained, and analysts said the drills could have been far larger.",
     'and analysts said the drills could have been far larger'),
    ('en', 'Provided under a 2019 agreement, the Russian wheat can feed 500,000 people for a month, the WFP said.',
     'the Russian wheat can feed 500,000 people for a month'),
    ('en', 'If 2023 was a year of recovery for traders in Sinuiju, 2024 was one of expansion, and prices for rice fell in May.',
     'and prices for rice fell in May'),
    ('en', 'Should the North fire an ICBM, Seoul will raise the matter at the UN, but officials said they would not seek new sanctions, which Russia can veto.',
     'but officials said they would not seek new sanctions, which Russia can veto'),
    ('en', 'If grudgingly, officials in Pyongyang now tolerate the markets, which can earn the state $200 million a year.',
     'officials in Pyongyang now tolerate the markets, which can earn the state $200 million a year'),
    ('en', 'If questioned, defectors who arrive in Seoul are first held at an NIS facility, where they may stay for up to 90 days.',
     'where they may stay for up to 90 days'),
    ('en', 'China will keep the Dandong crossing open, providing a lifeline for traders in Sinuiju.',
     'China will keep the Dandong crossing open'),
    ('en', 'The rail link will carry up to 1 million tonnes a year, providing a new outlet for Russian coal.',
     'The rail link will carry up to 1 million tonnes a year'),
    ('en', 'Russia will ship 100,000 tonnes of fuel a year, provided under a 2023 intergovernmental agreement, the ministry said.',
     'Russia will ship 100,000 tonnes of fuel a year'),
    ('en', 'Kim Yo Jong will lead the delegation, assuming a role once held by her late aunt.',
     'Kim Yo Jong will lead the delegation'),
    ('en', 'The new premier will take office in January, assuming the post vacated by Kim Tok Hun.',
     'The new premier will take office in January'),
    ('en', 'A ministry spokesman would not say if the ship had docked at Nampo.',
     'A ministry spokesman would not say'),
    ('en', 'Seoul will ask Beijing if the 60 defectors were repatriated, the foreign ministry said.',
     'Seoul will ask Beijing'),
    ('en', 'Analysts will be watching to see if the North conducts a seventh nuclear test.',
     'Analysts will be watching to see'),
    ('en', "South Korea's defence ministry could not immediately confirm if the missile had landed in the sea.",
     "South Korea's defence ministry could not immediately confirm"),
    ('en', 'The regime can tolerate the markets, if grudgingly, a former official said.',
     'The regime can tolerate the markets'),
    ('en', 'The plant could produce 5,000 tonnes a month, providing jobs for 2,000 workers.',
     'The plant could produce 5,000 tonnes a month'),
    ('en', 'Officials said they could not tell if the rumours were true.',
     'Officials said they could not tell'),
    ('en', 'Traders said they would wait and see if prices fell further before buying rice.',
     'Traders said they would wait and see'),
    ('en', "The UN will decide in March if the panel's mandate is renewed.",
     'The UN will decide in March'),
    ('en', 'Defectors interviewed by the group said guards would check if the families had sent money.',
     'Defectors interviewed by the group said guards would check'),
    ('en', 'Malaysian police said the second suspect had left the country on the day of the attack.',
     'had left the country on the day of the attack'),
    ('en', 'Chinese police said a fourth suspect was arrested in Dandong on Tuesday.',
     'was arrested in Dandong on Tuesday'),
    ('en', 'Prosecutors said the main suspect fled to Shenyang after the robbery.',
     'fled to Shenyang after the robbery'),
    ('en', 'Police said the murder suspect had arrived in South Korea in 2019 and worked at a factory in Ansan.',
     'had arrived in South Korea in 2019 and worked at a factory in Ansan'),
    ('en', 'Investigators said their chief suspect crossed the Tumen River in January.',
     'crossed the Tumen River in January'),
    ('en', 'State media unveiled the long-speculated Hwasong-20 missile at the parade.',
     'Hwasong-20 missile at the parade'),
    ('en', 'Nobody suspected that the ship was carrying North Korean coal until inspectors boarded it in Busan.',
     'the ship was carrying North Korean coal'),
    ('en', 'Officials had long suspected that the ship was carrying North Korean coal, and in March the UN panel confirmed it.',
     'the ship was carrying North Korean coal'),
    ('en', 'A court in Seoul jailed a spy suspect who had posed as a defector.',
     'who had posed as a defector'),
    ('en', 'Police questioned each suspect separately, and all three admitted smuggling.',
     'separately, and all three admitted smuggling'),
    ('en', 'Investigators named a third suspect Ri Jong Chol, who was deported in March.',
     'Ri Jong Chol, who was deported in March'),
    ('en', 'Analysts who once speculated about a coup now say the elite is united.',
     'about a coup now say the elite is united'),
    ('en', 'Police said the terror suspect had trained in North Korea.',
     'had trained in North Korea'),
    ('en', 'A North Korean suspect was extradited to the US in 2021 on money-laundering charges.',
     'was extradited to the US in 2021 on money-laundering charges'),
    ('en', 'North Korea fired two ballistic missiles on Monday, and on Thursday launched a cruise missile from a submarine.',
     'North Korea fired two ballistic missiles on Monday … launched a cruise missile from a submarine'),
    ('en', 'Pyongyang sent artillery shells to Russia, and in return received advanced air-defence systems, the NIS said.',
     'Pyongyang sent artillery shells to Russia … received advanced air-defence systems'),
    ('en', 'The Komdok mine closed in 2019 after flooding, but last year reopened with Chinese pumps.',
     'The Komdok mine closed in 2019 after flooding … reopened with Chinese pumps'),
    ('en', 'The defector swam to Gyodong island in August, and after questioning was handed to the NIS.',
     'The defector swam to Gyodong island in August … was handed to the NIS'),
    ('en', 'The regime raised the price of rice twice, and in some markets banned the sale of corn.',
     'The regime raised the price of rice twice … banned the sale of corn'),
    ('en', 'The coast guard towed the boat to Incheon, and then returned the crew via Panmunjom.',
     'The coast guard towed the boat to Incheon … returned the crew via Panmunjom'),
    ('en', 'The factory stopped work in January, and for three months paid its workers nothing.',
     'The factory stopped work in January … paid its workers nothing'),
    ('en', 'The broker smuggled 12 women into China, and in 2022 sold three of them to farmers in Jilin.',
     'The broker smuggled 12 women into China … sold three of them to farmers in Jilin'),
    ('en', 'Kim Yo Jong denounced the leaflets, and in a second statement threatened to cut the hotline.',
     'Kim Yo Jong denounced the leaflets … threatened to cut the hotline'),
    ('ja', '景気が回復しているのは否定しがたい、と専門家は述べた。',
     '景気が回復している'),
    ('ja', 'この会社は2022年に米国の制裁対象とされた。',
     '米国の制裁対象'),
    ('ja', '李氏が解任されたという噂は事実だったことが、国営メディアの報道で確認された。',
     '李氏が解任された'),
    ('ja', '茂山鉱山は第8次党大会で採択された5カ年計画で最重要事業と位置付けられた。',
     '茂山鉱山は第8次党大会で採択された5カ年'),
    ('zh', '该矿是国家经济发展五年计划的重点项目，去年产量增长了两成。',
     '该矿是…的重点项目，去年产量增长了两成。'),
    ('zh', '该矿按照五年计划，今年产量提高了三成。',
     '该矿…今年产量提高了三成。'),
    ('zh', '该厂去年完成了扩建准备，今年产量提高了三成。',
     '该厂去年…今年产量提高了三成。'),
    ('zh', '按照原定计划新鸭绿江大桥于十月正式通车。',
     '按照原定…新鸭绿江大桥于十月正式通车。'),
    ('zh', '中方为会谈做了充分准备，双方在北京举行了会谈。',
     '中方为会谈…双方在北京举行了会谈。'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. If it does, it would be the first time since 2017.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. Unless otherwise stated, figures are from Chinese customs.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. Assuming the trip goes ahead, it would be his first abroad since 2019.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. Only after it opens will the ministry publish freight figures.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. Only once before has the North done so.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. Only when the ice melts can the boats leave port.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. Provided that sanctions are enforced, exports will fall.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. As long as the border stays shut, prices will rise.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. The Musan mine will resume full production in May. On condition that they not be named, two officials confirmed it.',
     'The Musan mine will resume full production in May.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. If it does, it would be the first time since 2017.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. Unless otherwise stated, figures are from Chinese customs.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. Assuming the trip goes ahead, it would be his first abroad since 2019.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. Only after it opens will the ministry publish freight figures.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. Only once before has the North done so.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. Only when the ice melts can the boats leave port.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. Provided that sanctions are enforced, exports will fall.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. As long as the border stays shut, prices will rise.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. China will reopen the Dandong crossing next week. On condition that they not be named, two officials confirmed it.',
     'China will reopen the Dandong crossing next week.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. If it does, it would be the first time since 2017.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. Unless otherwise stated, figures are from Chinese customs.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. Assuming the trip goes ahead, it would be his first abroad since 2019.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. Only after it opens will the ministry publish freight figures.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. Only once before has the North done so.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. Only when the ice melts can the boats leave port.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. Provided that sanctions are enforced, exports will fall.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. As long as the border stays shut, prices will rise.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. Kim Jong Un will visit Russia in September. On condition that they not be named, two officials confirmed it.',
     'Kim Jong Un will visit Russia in September.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. If it does, it would be the first time since 2017.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. Unless otherwise stated, figures are from Chinese customs.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. Assuming the trip goes ahead, it would be his first abroad since 2019.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. Only after it opens will the ministry publish freight figures.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. Only once before has the North done so.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. Only when the ice melts can the boats leave port.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. Provided that sanctions are enforced, exports will fall.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. As long as the border stays shut, prices will rise.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The new rail link can carry 1 million tonnes of coal a year. On condition that they not be named, two officials confirmed it.',
     'The new rail link can carry 1 million tonnes of coal a year.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. If it does, it would be the first time since 2017.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. Unless otherwise stated, figures are from Chinese customs.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. Assuming the trip goes ahead, it would be his first abroad since 2019.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. Only after it opens will the ministry publish freight figures.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. Only once before has the North done so.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. Only when the ice melts can the boats leave port.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. Provided that sanctions are enforced, exports will fall.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. As long as the border stays shut, prices will rise.',
     'The regime would not confirm the executions.'),
    ('en', 'Officials said on Monday that the decision was final. The regime would not confirm the executions. On condition that they not be named, two officials confirmed it.',
     'The regime would not confirm the executions.'),
    ('en', 'The Hyesan market reopened in May. If prices hold, traders expect a good year.',
     'The Hyesan market reopened in May.'),
])
def test_faithful_quotes_the_first_hearsay_and_condition_rules_flagged_are_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# … and a review's faithful quotes that a first version flagged: a sentence opening with
# "si", "если" or 如果 as a contrast, rumours the report confirms, 毫不怀疑, 言い換えれば
@pytest.mark.parametrize("language, body, quote", [
    ('fr', "Si la Corée du Nord exportait autrefois surtout du charbon, elle vend désormais des services informatiques à l'étranger.",
     "elle vend désormais des services informatiques à l'étranger"),
    ('fr', 'Si les exportations de charbon ont chuté, les ventes de perruques vers la Chine ont doublé en 2023.',
     'les ventes de perruques vers la Chine ont doublé en 2023'),
    ('fr', 'Si le prix du maïs a légèrement baissé, celui du riz a bondi de 40 % en un mois.',
     'celui du riz a bondi de 40 % en un mois'),
    ('fr', "Si l'on compare avec 2019, les échanges avec la Chine ont baissé de 80 %.",
     'les échanges avec la Chine ont baissé de 80 %'),
    ('fr', "Si les sanctions sont levées, les mines pourraient rouvrir, mais pour l'instant, la production est à l'arrêt.",
     "la production est à l'arrêt"),
    ('fr', 'Selon des rumeurs désormais confirmées par Séoul, la mine de Musan a cessé ses activités.',
     'la mine de Musan a cessé ses activités'),
    ('fr', "Les troupes n'ont-elles pas été déployées ? Si, a répondu le ministre, elles l'ont été à la frontière en mai.",
     "elles l'ont été à la frontière en mai"),
    ('fr', 'Selon des rumeurs, la mine a fermé, ce que le ministère a confirmé lundi.',
     'la mine a fermé, ce que le ministère a confirmé lundi'),
    ('fr', 'Si grave que soit la pénurie, le marché de Pyongyang reste approvisionné en riz.',
     'le marché de Pyongyang reste approvisionné en riz'),
    ('es', 'Si en 2019 las exportaciones de carbón cayeron un 90 %, en 2023 se recuperaron parcialmente.',
     'en 2023 se recuperaron parcialmente'),
    ('es', 'Si se compara con 2019, el comercio con China cayó un 80 %.',
     'el comercio con China cayó un 80 %'),
    ('es', 'Si se levantan las sanciones, las minas podrían reabrir, pero por ahora, la producción está paralizada.',
     'la producción está paralizada'),
    ('es', 'Según rumores ya confirmados por Seúl, la mina de Musan cerró en marzo.',
     'la mina de Musan cerró en marzo'),
    ('es', 'Si el año pasado el precio del arroz subió un 30 %, este año ha bajado un 10 %.',
     'este año ha bajado un 10 %'),
    ('es', 'Se rumorea que la mina cerró, y el ministerio lo confirmó el lunes.',
     'la mina cerró, y el ministerio lo confirmó el lunes'),
    ('pt', 'Se em 2019 as exportações de carvão caíram 90 %, em 2023 recuperaram parcialmente.',
     'em 2023 recuperaram parcialmente'),
    ('pt', 'Se compararmos com 2019, o comércio com a China caiu 80 %.',
     'o comércio com a China caiu 80 %'),
    ('pt', 'Se por um lado as sanções reduziram as exportações, por outro, o contrabando aumentou.',
     'o contrabando aumentou'),
    ('pt', 'Segundo rumores já confirmados por Seul, a mina de Musan fechou em março.',
     'a mina de Musan fechou em março'),
    ('pt', 'Se as sanções forem levantadas, as minas poderão reabrir, mas por enquanto, a produção está parada.',
     'a produção está parada'),
    ('it', 'Se nel 2019 le esportazioni di carbone sono crollate, nel 2023 sono in parte risalite.',
     'nel 2023 sono in parte risalite'),
    ('it', 'Nella provincia di Hamgyong sono nati nuovi mercati. Se ne contano almeno dodici, tutti aperti dopo il 2015.',
     'tutti aperti dopo il 2015'),
    ('it', 'Se lo aspettavano in molti, la riapertura della miniera di Musan è arrivata a marzo.',
     'la riapertura della miniera di Musan è arrivata a marzo'),
    ('it', "Se da un lato le sanzioni hanno ridotto l'export, dall'altro, il contrabbando è aumentato.",
     'il contrabbando è aumentato'),
    ('it', "Se si guarda al 2019, il commercio con la Cina è calato dell'80 %.",
     "il commercio con la Cina è calato dell'80 %"),
    ('it', 'Secondo indiscrezioni poi confermate dal ministero, la miniera ha chiuso a marzo.',
     'la miniera ha chiuso a marzo'),
    ('de', 'Falls die Sanktionen gelockert werden, könnten die Minen öffnen, doch derzeit, so Seoul, steht die Förderung still.',
     'steht die Förderung still'),
    ('de', 'Gerüchten zufolge wurde die Mine geschlossen, was das Ministerium am Montag bestätigte.',
     'wurde die Mine geschlossen, was das Ministerium am Montag bestätigte'),
    ('ru', 'Если в 2017 году КНДР экспортировала уголь на 400 млн долларов, в 2018 году экспорт упал почти до нуля.',
     'в 2018 году экспорт упал почти до нуля'),
    ('ru', 'Если говорить о рынках, цены на рис выросли вдвое.',
     'цены на рис выросли вдвое'),
    ('ru', 'Если раньше рынки работали ежедневно, сейчас они открыты три раза в месяц.',
     'сейчас они открыты три раза в месяц'),
    ('ru', 'По слухам, шахта закрыта, и Минобъединения это подтвердило.',
     'шахта закрыта, и Минобъединения это подтвердило'),
    ('ru', 'Если санкции снимут, шахты могут возобновить работу, однако пока, по данным Сеула, добыча остановлена.',
     'добыча остановлена'),
    ('ru', 'Если сравнивать с 2019 годом, товарооборот с Китаем сократился на 80 %.',
     'товарооборот с Китаем сократился на 80 %'),
    ('uk', 'Якщо раніше ринки працювали щодня, тепер вони відкриті тричі на місяць.',
     'тепер вони відкриті тричі на місяць'),
    ('uk', 'Якщо говорити про ринки, ціни на рис зросли вдвічі.',
     'ціни на рис зросли вдвічі'),
    ('uk', 'Якщо порівнювати з 2019 роком, торгівля з Китаєм скоротилася на 80 %.',
     'торгівля з Китаєм скоротилася на 80 %'),
    ('uk', "За чутками, шахту закрито, і Міністерство об'єднання це підтвердило.",
     "шахту закрито, і Міністерство об'єднання це підтвердило"),
    ('uk', 'Якщо у 2017 році КНДР експортувала вугілля на 400 млн доларів, у 2018 році експорт упав майже до нуля.',
     'у 2018 році експорт упав майже до нуля'),
    ('zh', '如果说过去市场每天开放，现在每月只开放三次。',
     '现在每月只开放三次'),
    ('zh', '如果与2019年相比，对华贸易下降了80%。',
     '对华贸易下降了80%'),
    ('zh', '韩国情报机构毫不怀疑朝鲜已向俄罗斯提供炮弹。',
     '朝鲜已向俄罗斯提供炮弹'),
    ('zh', '各方已不再怀疑朝鲜拥有核武器。',
     '朝鲜拥有核武器'),
    ('zh', '此前传闻称矿山已关闭，朝鲜官方今天证实了这一消息。',
     '矿山已关闭，朝鲜官方今天证实了这一消息'),
    ('zh', '如果说2019年是制裁之年，那么2023年则是复苏之年。',
     '那么2023年则是复苏之年'),
    ('zh', '如果从全年来看，出口增长了15%。',
     '出口增长了15%'),
    ('zh', '如果说出口有所下降，进口则大幅增加。',
     '进口则大幅增加'),
    ('ja', '言い換えれば、制裁は市場に大きな打撃を与えた。',
     '制裁は市場に大きな打撃を与えた'),
    ('ja', '2019年と比べれば、中国との貿易は8割減少した。',
     '中国との貿易は8割減少した'),
    ('ja', '言ってみれば、北朝鮮経済は中国頼みだ。',
     '北朝鮮経済は中国頼みだ'),
    ('ja', '朝鮮中央通信に拠れば、ミサイルは1000キロ飛行した。',
     'ミサイルは1000キロ飛行した'),
    ('ja', '振り返ってみれば、2017年が転換点だった。',
     '2017年が転換点だった'),
    ('ja', '全体として見れば、輸出は増加した。',
     '輸出は増加した'),
    ('ja', '換言すれば、制裁の効果は限定的だった。',
     '制裁の効果は限定的だった'),
    ('ja', 'いうなれば、市場は第二の経済となった。',
     '市場は第二の経済となった'),
    ('ja', '例を挙げれば、咸鏡北道の茂山鉱山は3月に操業を停止した。',
     '咸鏡北道の茂山鉱山は3月に操業を停止した'),
    ('ja', '統計を見れば、対中輸出は前年比で3割増えた。',
     '対中輸出は前年比で3割増えた'),
    ('ko', '소문에 따르면 광산이 폐쇄됐고, 통일부도 이를 확인했다.',
     '광산이 폐쇄됐고, 통일부도 이를 확인했다'),
    ('ar', 'تردد أن المنجم أغلق، وقد أكدت وزارة التوحيد ذلك يوم الاثنين.',
     'المنجم أغلق، وقد أكدت وزارة التوحيد ذلك يوم الاثنين'),
])
def test_faithful_quotes_after_a_contrast_or_a_confirmed_rumour_are_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_a_quote_not_found_as_written_in_a_long_report_is_aligned_near_its_words(monkeypatch):
    # a 2.4 MB report was aligned whole for each such quote: 0.5 s apiece
    import generator.citations as citations

    filler = "\n\n".join(f"Paragraph {i} on rice and maize at the border market, as usual." for i in range(3000))
    body = filler + "\n\nThe Musan mine reopened in March after three years of flooding.\n\n" + filler
    quotes = ["The Musan mine reopend in March after three years of flooding",  # a typo: approximate
              "Musan mine reopened in Marhc", "reopened in March after six years of flooding"]
    windowed = [_located(body, quote) for quote in quotes]
    assert len(body) > citations._WINDOWED
    monkeypatch.setattr(citations, "_WINDOWED", 10 ** 9)  # the whole text aligned, as before
    assert windowed == [_located(body, quote) for quote in quotes]
    assert [found.status for found in windowed] == [QuoteStatus.APPROXIMATE] * 3
    assert "Musan mine reopened" in body[slice(*windowed[0].passage.spans[0])]


# A blind review of the whole locator (2026-12-03: 150 English and 154 cases in other
# languages, with probes): the faithful quotes it found flagged and the unfaithful ones it
# found verified, each failing before the change that mended it, and faithful look-alikes
# written with the changes. Decided against, as for English "reportedly": the report's own
# hearsay dropped (-다고 한다, という, そうだ, 传闻, "по слухам", "selon des rumeurs").
REVIEWED_VERIFIED = [
    # a full stop or comma inside the closing quotation mark, American style, or outside
    ("en", "Kim called the plan “a great success”.", 'Kim called the plan "a great success."'),
    ("en", "Kim called the plan “a great success”, but output fell.", "Kim called the plan “a great success,”"),
    ("en", "Kim called the plan “a great success”, but output fell.", "“a great success,” but output fell"),
    ("en", "Kim called the plan “a great success.” Output fell.", "Kim called the plan “a great success”."),
    # an editor's bracketed capital or small letter
    ("en", "The regime has tightened control over grain sales.",
     "[T]he regime has tightened control over grain sales."),
    ("en", "Analysts say the regime has tightened control.", "[t]he regime has tightened control"),
    ("en", "Analysts say the regime has tightened control.", "[T]he regime has tightened control"),
    # a footnote mark in superscript, as text pasted from a PDF has it
    ("en", "Fertilizer imports from China¹ rose by half in 2023.\n\n¹ China Customs.",
     "Fertilizer imports from China rose by half in 2023."),
    ("en", "Exports rose in 2023.² Imports fell.", "Exports rose in 2023."),
    ("en", "Exports rose sharply² in 2023.", "Exports rose sharply in 2023"),
    ("en", "Imports from China¹ rose.", "Imports from China¹ rose"),
    ("en", "Prices rose 20%.³ Then they fell.", "Prices rose 20%."),
    ("en", "The field covers 500 km² of land.", "The field covers 500 km2 of land"),  # a unit's power
    ("en", "The field covers 500 km² of land.", "The field covers 500 km² of land"),
    ("en", "Output reached 10⁶ tons.", "Output reached 10⁶ tons"),
    # "few", bounds and limits in other roles
    ("en", "A few economists believe the plan will work.", "economists believe the plan will work"),
    ("en", "In the past few months prices rose sharply.", "months prices rose sharply"),
    ("en", "Half of the factories were idle. More than that, the mines closed.", "Half of the factories were idle"),
    ("en", "The leaflets were printed on paper and dropped by balloon.", "The leaflets were printed"),
    ("en", "The leaflets were printed on paper.", "The leaflets were printed"),
    ("en", "The market reopened only briefly in June.", "The market reopened"),
    ("en", "Kim and Putin met only briefly.", "Kim and Putin met"),
    ("en", "The institute trains its physicists in theory; engineers learn on site.",
     "The institute trains its physicists"),
    ("en", "Tokyo opposes the deal in principle.", "Tokyo opposes the deal"),
    ("en", "He studied music in theory and practice.", "He studied music"),
    ("en", "Reports that the mine reopened were confirmed by satellite images.", "the mine reopened"),
    # Chinese and Japanese: a space or line break after their punctuation; quotation marks
    ("zh", "金正恩在讲话中强调，\n要进一步加强核战争遏制力。", "金正恩在讲话中强调，要进一步加强核战争遏制力"),
    ("ja", "北朝鮮の労働新聞は社説で、\n自力更生を改めて強調した。", "北朝鮮の労働新聞は社説で、自力更生を改めて強調した"),
    ("zh", "朝鲜中央通讯社报道，金正恩视察了平壤综合医院建设工地。", "朝鲜中央通讯社报道, 金正恩视察了平壤综合医院建设工地"),
    ("ko", "김여정 노동당 부부장은 담화에서 한국을\n“가장 적대적인 국가”로 규정했다.",
     "김여정 노동당 부부장은 담화에서 한국을 ‘가장 적대적인 국가’로 규정했다"),
    ("zh", "他称韩国为“头号敌对国家”。", "他称韩国为‘头号敌对国家’"),
    # a second blind review, of the rules above: the faithful quotes it found flagged
    ("en", "Kim's few public appearances this year were carefully staged.",
     "public appearances this year were carefully staged"),
    ("en", "Kim’s few public appearances this year were carefully staged.",
     "public appearances this year were carefully staged"),
    ("en", "The regime's few remaining allies include Russia and Iran.", "remaining allies include Russia and Iran"),
    ("en", "Pyongyang’s few friends abroad have stayed silent about the purge.",
     "friends abroad have stayed silent about the purge"),
    ("en", "Whether talks resume is up to one man: Kim Jong Un.", "one man: Kim Jong Un"),
    ("en", "The sanctions add up to one message: Pyongyang is on its own.", "one message: Pyongyang is on its own"),
    ("en", "The new launch pad was built close to two farming villages whose residents were relocated in 2022.",
     "two farming villages whose residents were relocated in 2022"),
    ("en", "The missile landed close to one of Japan's busiest fishing grounds.",
     "one of Japan's busiest fishing grounds"),
    ("en", "The camp lies close to three mines where prisoners are forced to work.",
     "three mines where prisoners are forced to work"),
    ("en", "The new port sits close to two Russian naval bases.", "two Russian naval bases"),
    ("en", "Most transactions in Pyongyang are still recorded on paper, but card payments are spreading.",
     "Most transactions in Pyongyang are still recorded"),
    ("en", "Kim signs orders on paper, but aides often relay them by phone.", "Kim signs orders"),
    ("en", "The orders were issued on paper – not by phone – to avoid interception.", "The orders were issued"),
    ("en", "The results were published on paper but not online.", "The results were published"),
    ("ko", "이번 발사는 미국 대선을 겨냥했다고 보기 어렵지 않다.", "이번 발사는 미국 대선을 겨냥했다"),
    ("ko", "북한이 미사일 기술을 러시아에서 얻었다고 단정하기 어렵지 않다.", "북한이 미사일 기술을 러시아에서 얻었다"),
    ("ja", "国家情報院は、北朝鮮がロシアに兵士を派遣したとの報道を事実と確認したが、数千人が戦死したとの報道は否定した。", "北朝鮮がロシアに兵士を派遣した"),
    ("ja", "北朝鮮がミサイルを発射したとの報道を受け、韓国国防省は被害の発生を否定した。", "北朝鮮がミサイルを発射した"),
    ("ko", "북한이 미사일을 발사했다는 보도를 접한 국방부는 피해 발생 가능성을 부인했다.", "북한이 미사일을 발사했다"),
    ("ko", "조선중앙통신은 김정은 위원장이 평양종합병원 준공식에 참석했다는 보도를 내보내며 부인 리설주 여사도 함께했다고 전했다.", "김정은 위원장이 평양종합병원 준공식에 참석했다"),
    ("ko", "김 위원장이 공장을 시찰했다는 보도를 보면, 부인 리설주는 동행하지 않았다.", "김 위원장이 공장을 시찰했다"),
    ("ko", "북한은 러시아에 병력을 파견했다는 보도를 처음에는 부인했지만, 올해 4월 파병 사실을 공식 인정했다.", "러시아에 병력을 파견했다"),
    ("ja", "北朝鮮はロシアに兵士を派遣したとの報道を当初否定していたが、今年4月に派兵を公式に認めた。", "ロシアに兵士を派遣した"),
    ("zh", "据报道，朝鲜向俄罗斯派兵。韩国政府对此予以证实，但朝方予以否认。", "韩国政府对此予以证实"),
    ("de", "Das Außenministerium in Moskau dementierte Berichte nicht, wonach nordkoreanische Soldaten in Kursk "
           "stationiert sind.",
     "nordkoreanische Soldaten in Kursk stationiert sind"),
    ("en", "Kim Jong Un¹ told the plenum that the economy had turned a corner.",
     "Kim Jong Un told the plenum that the economy had turned a corner"),
    ("en", "Kim met Xi² in Beijing in March.", "Kim met Xi in Beijing in March"),
    ("en", "The US³ and South Korea held joint drills in August.",
     "The US and South Korea held joint drills in August"),
    ("en", "Sanctions imposed by the UN⁴ remain in force.", "Sanctions imposed by the UN remain in force"),
    ("en", "Trade grew 12%⁷ in the first half.", "Trade grew 12% in the first half"),
    ("en", "Kim called the plan “a great success” at the plenum.", "Kim called the plan “a great success.”"),
    ("zh", "据报道， 2024年朝鲜共发射了30余枚导弹。", "据报道，2024年朝鲜共发射了30余枚导弹"),
    ("zh", "据报道，2024年朝鲜共发射了30余枚导弹。", "据报道， 2024年朝鲜共发射了30余枚导弹"),
    ("ja", "これについて、 NHKは北朝鮮の発射を速報した。", "これについて、NHKは北朝鮮の発射を速報した"),
    # a third blind review, of the rules as the second left them: the faithful quotes it found flagged
    ("en", "Gonzaga coach Mark Few praised his defence after the 78-70 win.",
     "praised his defence after the 78-70 win"),
    ("en", "Committee chair Joanna Few said hearings would resume in March.", "said hearings would resume in March"),
    ("en", "The remaining few hostages were freed on Sunday, the army said.", "hostages were freed on Sunday"),
    ("en", "The final few hostages were freed on Sunday, the army said.", "hostages were freed on Sunday"),
    ("en", "A fair few fans made the trip to Madrid despite the strike.",
     "fans made the trip to Madrid despite the strike"),
    ("en", "The very few survivors were flown to Lisbon on Sunday.", "survivors were flown to Lisbon on Sunday"),
    ("en", "The relatively few cases recorded this year were mild, the ministry said.",
     "cases recorded this year were mild"),
    ("en", "The row over a third runway at Heathrow has dragged on for decades.", "a third runway at Heathrow"),
    ("en", "The dispute over a third referendum on independence split the party.",
     "a third referendum on independence"),
    ("en", "The decision is now up to a third party, the arbitration court in The Hague.",
     "a third party, the arbitration court in The Hague"),
    ("en", "Police handed over dozens of documents to prosecutors on Tuesday.", "dozens of documents to prosecutors"),
    ("en", "The company turned over thousands of pages of internal emails to the committee.",
     "thousands of pages of internal emails"),
    ("en", "Anger over half-term holiday prices has grown, with some families paying double.",
     "half-term holiday prices"),
    ("en", "The row over half-price tickets for pensioners ended when the council backed down.",
     "half-price tickets for pensioners"),
    ("en", "The plant ramped up to three shifts a day in March.", "three shifts a day"),
    ("en", "Ukraine has stood up to two years of relentless bombardment.", "two years of relentless bombardment"),
    ("en", "The minister owned up to two mistakes in the handling of the crisis.",
     "two mistakes in the handling of the crisis"),
    ("en", "The cuts add up to a third of the department's budget.", "a third of the department's budget"),
    ("en", "Britain signed up to three new defence pacts this year.", "three new defence pacts"),
    ("en", "The chemical plant sits close to hundreds of homes and a primary school.",
     "hundreds of homes and a primary school"),
    ("en", "## Game over\n\nDozens of fans left before the final whistle.",
     "Dozens of fans left before the final whistle"),
    ("en", "Petrol prices went up to five dollars a gallon in June.", "five dollars a gallon"),
    ("en", "Production was scaled up to two million units a year.", "two million units a year"),
    ("en", "Negotiators fought over a quarter of the grazing land for weeks.", "a quarter of the grazing land"),
    ("en", "It is now up to two regulators, in Brussels and London, to approve the merger.",
     "two regulators, in Brussels and London, to approve the merger"),
    ("en", "Concern over hundreds of missing case files has prompted an inquiry.",
     "hundreds of missing case files has prompted an inquiry"),
    ("en", "Sovereignty over a dozen small islands is disputed by three countries.",
     "a dozen small islands is disputed by three countries"),
    ("en", "Investors pored over hundreds of pages of filings.", "hundreds of pages of filings"),
    ("en", "A standoff over thousands of migrants stranded at the border entered its third week.",
     "thousands of migrants stranded at the border"),
    ("en", "Regulators demanded at least a third-party audit of the accounts.", "a third-party audit of the accounts"),
    ("en", "Drones were seen over dozens of villages overnight, residents said.", "dozens of villages overnight"),
    ("en", "The canyon was carved over millions of years by the Colorado river.",
     "millions of years by the Colorado river"),
    ("en", "| Age group | Response |\n|---|---|\n| 65 and over | Half of respondents said they had cut spending |",
     "Half of respondents said they had cut spending"),
    ("en", "- Voting age: 18 and over\n- Half of all seats are reserved for women",
     "Half of all seats are reserved for women"),
    ("en", "The minister handed over a third of his portfolio to his deputy.",
     "a third of his portfolio to his deputy"),
    ("en", "Negotiators agreed to hand over half of the disputed territory.", "half of the disputed territory"),
    ("en", "## It's over\n\nHalf the cabinet resigned on Friday.", "Half the cabinet resigned on Friday"),
    ("es", "Los embalses almacenan 512 hm³, el 36 % de su capacidad.",
     "Los embalses almacenan 512 hm3, el 36 % de su capacidad"),
    ("en", "Einstein's formula E = mc² underpins nuclear power.", "E = mc2 underpins nuclear power"),
    ("en", "Growth averaged 3% in the 1990s³ and 2% in the 2000s.",
     "Growth averaged 3% in the 1990s and 2% in the 2000s"),
    ("en", "Growth averaged 3% in the 1990s³.", "Growth averaged 3% in the 1990s"),
    ("zh", "华为周二发布 Mate 60 手机，售价 5999 元。", "华为周二发布Mate 60手机，售价5999元"),
    ("zh", "华为周二发布 Mate 60 手机。", "华为周二发布Mate 60手机"),
    ("zh", "售价为 5999 元。", "售价为5999元"),
    ("zh", "华为周二发布Mate 60手机。", "华为周二发布 Mate 60 手机"),
    ("ja", "トヨタは新型 EV を発表した。", "トヨタは新型EVを発表した"),
    ("ko", "정부의 이번 조치로 집값 상승세가 꺾였다고 보기가 어렵지는 않다.", "정부의 이번 조치로 집값 상승세가 꺾였다"),
    ("ko", "경기가 바닥을 쳤다고 말하기가 힘들지는 않다.", "경기가 바닥을 쳤다"),
    ("ko", "투표함이 바꿔치기 됐다는 주장을 부정선거 조사위원회가 사실로 확인했다.", "투표함이 바꿔치기 됐다"),
    ("ko", "검찰은 시험지가 유출됐다는 주장을 부정행위 조사 결과 사실로 확인했다.", "시험지가 유출됐다"),
    ("ko", "시장은 기준금리가 인상됐다는 소식을 부정적으로 받아들였다.", "기준금리가 인상됐다"),
    ("ja", "市場は日銀が利上げしたとの情報を否定的に受け止めた。", "日銀が利上げした"),
    ("de", "Kaum jemand bestreitet die Einschätzung, wonach die Inflation ihren Höhepunkt überschritten hat.",
     "die Inflation ihren Höhepunkt überschritten hat"),
    ("de", "Kaum einer bestreitet die Zahlen, wonach die Exporte gestiegen sind.", "die Exporte gestiegen sind"),
    # a limit opening the clause before the quote; the "a" of "a few"
    ("en", "Officials said a few factories had reopened.", "a few factories had reopened"),
    ("en", "Officials said few factories had reopened.", "few factories had reopened"),
    ("en", "Within a few days, few factories had reopened.", "few factories had reopened"),
    ("en", "The plan was written on paper, and the factory employs 3,000 workers.",
     "the factory employs 3,000 workers"),
    ("en", "Officially opened in 2019, the factory employs 3,000 workers.", "the factory employs 3,000 workers"),
    ("en", "The theory is simple. Private trade is banned in the border towns.",
     "Private trade is banned in the border towns"),
    ("en", "In theory and practice, the plan failed.", "the plan failed"),
    # a report called groundless with no verb of denying (사실무근, 事実無根, 无稽之谈)
    ("ko", "북한이 미사일을 발사했다는 보도에 대해 국방부는 사실로 확인했다.", "북한이 미사일을 발사했다"),
    ("ja", "政府は、北朝鮮がミサイルを発射したとの報道は事実だと認めた。", "北朝鮮がミサイルを発射した"),
    ("zh", "外交部称，朝鲜发射导弹的报道属实。", "朝鲜发射导弹"),
    # denials: "d'après lesquelles", "wies … zurück, wonach", "qualifié de pure invention", "was disputed by"
    ("de", "Das Ministerium bestätigte Berichte, wonach die Fabrik im Mai wieder geöffnet wurde.",
     "die Fabrik im Mai wieder geöffnet wurde"),
    ("de", "Das Ministerium wies darauf hin, dass die Fabrik im Mai wieder geöffnet wurde.",
     "die Fabrik im Mai wieder geöffnet wurde"),
    ("en", "Reports that the mine reopened in May were confirmed by officials.", "the mine reopened in May"),
    ("en", "State media said the mine reopened in May, which traders in Hyesan confirmed.", "the mine reopened in May"),
    ("fr", "Le ministère a confirmé l'information selon laquelle l'usine a rouvert en mai.",
     "l'usine a rouvert en mai"),
    ("de", "Das Ministerium wies den Vorwurf nicht zurück, wonach die Fabrik im Mai wieder geöffnet wurde.",
     "die Fabrik im Mai wieder geöffnet wurde"),
    ("de", "Das Ministerium hat nicht zurückgewiesen, dass die Fabrik im Mai wieder geöffnet wurde.",
     "die Fabrik im Mai wieder geöffnet wurde"),
    ("de", "Der Minister wies die Journalisten darauf hin, dass die Fabrik im Mai wieder geöffnet wurde.",
     "die Fabrik im Mai wieder geöffnet wurde"),
    ("fr", "Le ministère n'a pas démenti les informations d'après lesquelles l'usine a rouvert en mai.",
     "l'usine a rouvert en mai"),
    ("fr", "Le ministre a qualifié de succès la réforme selon laquelle les salaires sont versés en devises.",
     "les salaires sont versés en devises"),
    ("en", "The claim that the mine reopened in May was repeated by local traders.", "the mine reopened in May"),
    ("en", "The report that the mine reopened in May was questioned by nobody.", "the mine reopened in May"),
    # omission marks of other traditions: (中略), （略）, (중략), <…>
    ("ja", "国境は2020年に封鎖され、貿易は8割減少し、物価は高騰した。", "国境は2020年に封鎖され(中略)物価は高騰した"),
    ("ja", "国境は2020年に封鎖され、貿易は8割減少し、物価は高騰した。", "国境は2020年に封鎖され（略）物価は高騰した"),
    ("ja", "政府は、国境は2020年に封鎖され、貿易は8割減少し、物価は高騰したと発表した。", "国境は2020年に封鎖され、（中略）物価は高騰した"),
    ("ja", "政府は、国境は2020年に封鎖され、貿易は8割減少し、物価は高騰したと発表した。", "国境は2020年に封鎖され…（中略）…物価は高騰した"),
    ("ja", "北朝鮮外務省は声明で「米国の軍事演習は侵略の予行演習だ。我々は断固として対応する」と述べた。", "米国の軍事演習は侵略の予行演習だ。（中略）我々は断固として対応する"),
    ("ko", "국경이 봉쇄됐고 교역은 80% 감소했으며 물가는 급등했다.", "국경이 봉쇄됐고 (중략) 물가는 급등했다"),
    ("ko", "국경이 봉쇄됐고 교역은 80% 감소했으며 물가는 급등했다.", "국경이 봉쇄됐고 …(중략)… 물가는 급등했다"),
    ("ko", "통일부는 국경이 봉쇄됐고 교역은 80% 감소했으며 물가는 급등했다고 밝혔다.", "국경이 봉쇄됐고 (중략) 물가는 급등했다"),
    ("ko", "통일부는 국경이 봉쇄됐고 교역은 80% 감소했으며 물가는 급등했다고 밝혔다.", "국경이 봉쇄됐고 …(중략)… 물가는 급등했다"),
    ("ko", "북한 외무성은 담화에서 \"미국의 군사훈련은 침략 예행연습이다. 우리는 단호히 대응할 것\"이라고 밝혔다.", "미국의 군사훈련은 침략 예행연습이다. (중략) 우리는 단호히 대응할 것"),
    ("zh", "朝鲜已经重新开放边境，贸易有所恢复，价格仍然很高。", "朝鲜已经重新开放边境（……）价格仍然很高"),
    ("ru", "Граница была закрыта в 2020 году, и торговля с Китаем упала на 80 процентов.",
     "Граница была закрыта в 2020 году <…> торговля с Китаем упала на 80 процентов"),
    ("ru", "Граница была закрыта в 2020 году, и торговля с Китаем упала на 80 процентов.",
     "Граница была закрыта в 2020 году <...> торговля с Китаем упала на 80 процентов"),
    ("ru", "Министр заявил: «Учения являются репетицией вторжения. Мы ответим решительно».",
     "Учения являются репетицией вторжения. <…> Мы ответим решительно"),
    ("ru", "Министр заявил, что учения являются репетицией вторжения и что страна ответит решительно.",
     "учения являются репетицией вторжения <…> страна ответит решительно"),
    # œ and æ typed as two letters; Russian stress marks
    ("fr", "Le régime a envoyé des œuvres d’art à Moscou.", "Le régime a envoyé des oeuvres d'art à Moscou"),
    ("fr", "Le cœur du régime est à Pyongyang.", "Le coeur du régime est à Pyongyang"),
    ("fr", "La soeur de Kim a publié une déclaration mardi.", "La sœur de Kim a publié une déclaration mardi"),
    ("fr", "ŒUVRES D’ART SAISIES À PYONGYANG", "Oeuvres d'art saisies à Pyongyang"),
    ("en", "The encyclopædia entry describes the camp.", "The encyclopaedia entry describes the camp"),
    ("ru", "Режи́м объявил о мобилизации.", "Режим объявил о мобилизации"),
    ("ru", "Замо́к на границе был сломан.", "Замок на границе был сломан"),
    ("ru", "Министр сказа́л, что все́ рабочие вернутся.", "все рабочие вернутся"),
    ("ru", "Он сказал, что все рабочие вернутся.", "все́ рабочие вернутся"),
    # a limit after the quote set off by a dash or a parenthesis, or after "but"
    ("en", "The regime reopened the border (see map).", "The regime reopened the border"),
    ("en", "The regime reopened the border - a move welcomed by traders.", "The regime reopened the border"),
    ("en", "The regime reopened the border (partially rebuilt in 2019) to trucks.", "The regime reopened the border"),
    ("en", "Trade grew by 40 percent (the highest in a decade).", "Trade grew by 40 percent"),
    ("en", "The theory was tested on paper (in theory, physics) and in the field.", "The theory was tested"),
    ("en", "The regime reopened the border — and traders returned at once.", "The regime reopened the border"),
    ("en", "The rules are strict, but in theory anyone may apply.", "The rules are strict"),
    # a condition before the clause quoted, mid-sentence and in other languages; what follows if it is not met
    ("en", "Even if talks fail, the regime will survive.", "the regime will survive"),
    ("en", "Analysts said that, if anything, the regime will grow stronger.", "the regime will grow stronger"),
    ("en", "He asked if the mine had reopened, and officials said it would reopen soon.",
     "officials said it would reopen soon"),
    ("en", "The east wing was damaged; otherwise the plant will run normally.", "the plant will run normally"),
    ("en", "Prices rose in May, and if the harvest was poor, it was not reported.", "it was not reported"),
    ("en", "If the first half was dull, the second was thrilling.", "the second was thrilling"),
    ("en", "Only then did the regime react, and it will not forget.", "it will not forget"),
    ("en", "Only after the war did trade resume.", "did trade resume"),
    ("fr", "Si les autorités ont assoupli les contrôles, les commerçants restent prudents.",
     "les commerçants restent prudents"),
    ("fr", "Si les exportations ont chuté, les ventes de bois ont doublé.", "les ventes de bois ont doublé"),
    ("fr", "Même si les sanctions sont levées, le commerce restera faible.", "le commerce restera faible"),
    ("de", "Wenn die Sonne scheint, gehen die Bauern aufs Feld.", "gehen die Bauern aufs Feld"),
    ("de", "Auch wenn die Sanktionen fallen, wird der Handel schwach bleiben.", "wird der Handel schwach bleiben"),
    ("es", "Si bien las exportaciones cayeron, las ventas crecerán.", "las ventas crecerán"),
    ("es", "Aunque se levanten las sanciones, el comercio seguirá débil.", "el comercio seguirá débil"),
    ("ru", "Если раньше рынок работал каждый день, теперь он открыт раз в неделю.", "теперь он открыт раз в неделю"),
    ("ru", "Если честно, торговля вырастет.", "торговля вырастет"),
    ("zh", "如果说去年是危机之年，那么今年贸易将会增长。", "今年贸易将会增长"),
    ("zh", "虽然制裁没有解除，贸易仍在增长。", "贸易仍在增长"),
    ("ja", "例えば、貿易は拡大するだろう。", "貿易は拡大するだろう"),
    ("ja", "中国の場合、貿易は拡大している。", "貿易は拡大している"),
    ("ja", "家に帰ったら、雨が降っていた。", "雨が降っていた"),
    ("ja", "なぜなら、貿易は拡大するからだ。", "貿易は拡大するからだ"),
    ("ko", "수출은 줄어든 반면 수입은 늘어날 것이다.", "수입은 늘어날 것이다"),
    ("ko", "북한은 교역을 전면 중단할 것이다.", "중단할 것이다"),
    ("ko", "봄이 오면 시장이 열렸다.", "시장이 열렸다"),
    ("es", "No sé si el comercio crecerá.", "No sé"),
    ("de", "Die Frage ist, ob der Handel wachsen wird.", "Die Frage ist"),
    # what a person or thing no longer is, or not yet: former, deputy, draft, attempted, ancien, ehemalige, бывший
    ("en", "Of the two plans, the former was adopted in May.", "was adopted in May"),
    ("en", "The draft was approved by the assembly.", "was approved by the assembly"),
    ("en", "They planned the attack for months.", "the attack for months"),
    ("en", "The former intelligence chief defected in 2016.", "The former intelligence chief defected in 2016"),
    ("en", "Kim acted quickly, and the deputy minister resigned.", "the deputy minister resigned"),
    ("en", "Officials proposed new rules for the markets.", "new rules for the markets"),
    ("de", "Frühere Berichte zeigten einen Rückgang.", "Berichte zeigten einen Rückgang"),
    ("fr", "Selon l'ancien ministre, les prix ont doublé.", "les prix ont doublé"),
    ("ru", "В будущем году торговля вырастет.", "торговля вырастет"),
    # what was stopped, refused, denied or only charged, before the quote
    ("en", "The plant never stopped producing uranium.", "producing uranium"),
    ("en", "Guards stopped the convoy at the border.", "the convoy at the border"),
    ("en", "The factory stopped, leaving workers idle.", "leaving workers idle"),
    ("en", "Kim did not deny ordering the purge.", "ordering the purge"),
    ("en", "The captain was convicted of smuggling coal to Vietnam.", "smuggling coal to Vietnam"),
    ("en", "The regime banned imports of luxury cars.", "imports of luxury cars"),
    ("en", "Officials stopped short of confirming the report, but traders kept buying rice.", "buying rice"),
    ("en", "He quit the ministry, saying it was corrupt.", "the ministry, saying it was corrupt"),
    ("en", "The plant stopped producing uranium in 2019.", "The plant stopped producing uranium in 2019"),
    ("fr", "L'usine n'a jamais cessé de produire de l'engrais.", "produire de l'engrais"),
    ("es", "La fábrica no dejó de producir fertilizante.", "producir fertilizante"),
    ("ru", "Завод не перестал производить удобрения.", "производить удобрения"),
    ("zh", "该工厂没有停止生产化肥。", "生产化肥"),
    ("fr", "Le capitaine a refusé de tirer sur le bateau de pêche.",
     "Le capitaine a refusé de tirer sur le bateau de pêche"),
    ("es", "El régimen dejó claro que la frontera seguirá cerrada.", "claro que la frontera seguirá cerrada"),
    # an ordinal a time limits: "for the first time | since 2015", "the first test | in five years"
    ("en", "Kim visited the Chinese border for the first time in his life in 2015.",
     "Kim visited the Chinese border for the first time in his life"),
    ("en", "The first shipment arrived in May, officials said.", "The first shipment arrived in May"),
    ("en", "Exports fell in the first quarter of 2019.", "Exports fell in the first quarter"),
    ("en", "It was the first nuclear test since 2017.", "It was the first nuclear test since 2017"),
    ("en", "First, the regime closed the border. Since then, trade has collapsed.",
     "First, the regime closed the border"),
    # a view the report sets up to knock down
    ("en", "It is easy to see that the regime is under pressure.", "the regime is under pressure"),
    # a yes-or-no question opening mid-sentence, or earlier than the quote
    ("en", "The regime has lost control of the border, analysts say. Why?",
     "The regime has lost control of the border"),
    ("en", "When the border closed, did prices rise? They did, sharply.", "They did, sharply"),
    ("en", "Analysts asked why, after years of sanctions, the regime has lost control of the border?",
     "the regime has lost control of the border"),
    ("en", "Has the regime lost control? No: the border is calm, and the regime has full control of the border.",
     "the regime has full control of the border"),
    ("fr", "Le régime a-t-il perdu le contrôle ? Oui, il a perdu le contrôle de la frontière.",
     "il a perdu le contrôle de la frontière"),
    # HTML tags pasted into a report with its text
    ("en", "The regime fired <em>twelve</em> missiles in May, the JCS said.",
     "The regime fired twelve missiles in May"),
    ("en", "The regime fired <strong>twelve missiles</strong> in May, the JCS said.",
     "The regime fired twelve missiles in May"),
    ("en", "The regime fired <span class=\"num\">twelve</span> missiles in May.",
     "The regime fired twelve missiles in May"),
    ("en", "The regime fired <a href=\"https://jcs.mil.kr\">twelve missiles</a> in May.",
     "The regime fired twelve missiles in May"),
    ("en", "The regime fired twelve missiles<br/>in May, the JCS said.", "The regime fired twelve missiles in May"),
    ("en", "The regime fired twelve missiles in May.<sup>3</sup> Analysts were alarmed.",
     "The regime fired twelve missiles in May. Analysts were alarmed."),
    ("ko", "북한은 5월에 <em>12발</em>의 미사일을 발사했다.", "북한은 5월에 12발의 미사일을 발사했다"),
    ("fr", "Le régime a tiré <b>douze</b> missiles en mai.", "Le régime a tiré douze missiles en mai"),
    ("zh", "朝鲜在五月发射了<br>十二枚导弹。", "朝鲜在五月发射了十二枚导弹"),
    ("en", "The regime fired twelve <!-- check --> missiles in May.", "The regime fired twelve missiles in May"),
    ("en", "Prices < 100 won and > 50 won were reported.", "Prices < 100 won and > 50 won were reported"),
    ("en", "The regime fired <em>twelve</em> missiles in May.", "The regime fired <em>twelve</em> missiles in May"),
    ("ru", "Граница была закрыта в 2020 году <…> торговля упала.", "Граница была закрыта в 2020 году"),
    # a report typed without the space after its punctuation, or the quote
    ("en", "The border was closed in 2020.Trade with China fell by 80 percent.",
     "The border was closed in 2020. Trade with China fell by 80 percent."),
    ("en", "The border was closed in 2020,and trade with China fell.",
     "The border was closed in 2020, and trade with China fell"),
    ("ko", "국경이 봉쇄됐다.교역은 감소했다.", "국경이 봉쇄됐다. 교역은 감소했다."),
    ("en", "The border was closed in 2020. Trade with China fell by 80 percent.",
     "The border was closed in 2020.Trade with China fell"),
    # a fifth blind review, of this session's rules: their false alarms and misses
    ("ko", "연합뉴스 보도에 따르면 김 위원장은 다음 달 러시아를 방문할 것이다.", "김 위원장은 다음 달 러시아를 방문할 것이다"),
    ("ko", "소식통에 따르면, 북한은 국경을 다시 봉쇄할 수 있다.", "북한은 국경을 다시 봉쇄할 수 있다"),
    ("ko", "한국은행 추정에 따르면 북한 경제는 올해 3% 성장할 것으로 보인다.", "북한 경제는 올해 3% 성장할 것으로 보인다"),
    ("ko", "정보당국에 의하면 북한은 조만간 정찰위성을 발사할 것이다.", "북한은 조만간 정찰위성을 발사할 것이다"),
    ("ko", "다시 말하면 제재는 정권을 약화시키지 못할 것이다.", "제재는 정권을 약화시키지 못할 것이다"),
    ("ko", "솔직히 말하면 정권은 당분간 붕괴하지 않을 것이다.", "정권은 당분간 붕괴하지 않을 것이다"),
    ("ko", "북한의 경우 제재가 효과를 거두지 못할 것이다.", "제재가 효과를 거두지 못할 것이다"),
    ("ko", "중국의 경우, 대북 원유 공급을 계속할 것으로 보인다.", "대북 원유 공급을 계속할 것으로 보인다"),
    ("ko", "탈북민 김모 씨의 경우 가족을 데려올 수 있었다고 말했다.", "가족을 데려올 수 있었다고 말했다"),
    ("ko", "쌀의 경우 가격이 두 배로 오를 수 있다고 상인들은 말했다.", "가격이 두 배로 오를 수 있다고 상인들은 말했다"),
    ("ja", "関係者によれば、金総書記は来月ロシアを訪問するだろう。", "金総書記は来月ロシアを訪問するだろう"),
    ("ja", "韓国国防省によれば、北朝鮮は近く7回目の核実験を行うかもしれない。", "北朝鮮は近く7回目の核実験を行うかもしれない"),
    ("ja", "聯合ニュースによれば、代表団は月曜日に北京に到着するでしょう。", "代表団は月曜日に北京に到着するでしょう"),
    ("ja", "政府は、専門家によれば、来年も援助を続けるだろう。", "来年も援助を続けるだろう"),
    ("ja", "結論から言えば、制裁は効果を上げないだろう。", "制裁は効果を上げないだろう"),
    ("ja", "言い換えれば、制裁は政権を弱体化させないだろう。", "制裁は政権を弱体化させないだろう"),
    ("ja", "一言で言えば、経済は今年も縮小するだろう。", "経済は今年も縮小するだろう"),
    ("ja", "そういえば、金与正氏も来月訪中するかもしれない。", "金与正氏も来月訪中するかもしれない"),
    ("ja", "さらに言えば、政権は中国にも警戒しているだろう。", "政権は中国にも警戒しているだろう"),
    ("ja", "思えば、制裁は当初から効果がなかったのかもしれない。", "制裁は当初から効果がなかったのかもしれない"),
    ("ja", "来月半ば、金総書記はロシアを訪問するだろう。", "金総書記はロシアを訪問するだろう"),
    ("en", "Seoul and Beijing both sent envoys. The former pushed for talks, while the latter urged restraint.",
     "pushed for talks"),
    ("en", "Both Moon and Trump met Kim. The former visited Pyongyang in 2018.", "visited Pyongyang in 2018"),
    ("en", "Russia and China both voted against the resolution, but only the former sent weapons.", "sent weapons"),
    ("en", "Kim met Xi and Putin. The former promised aid; the latter promised arms.", "promised aid"),
    ("en", "The minister was absent. The deputy signed the agreement in his place.",
     "signed the agreement in his place"),
    ("en", "Critics were unimpressed. The acting felt wooden, one reviewer wrote.", "felt wooden, one reviewer wrote"),
    ("en", "Conscription is universal. The draft takes men at 17, and most serve ten years.",
     "takes men at 17, and most serve ten years"),
    ("fr", "Les deux hommes ont été limogés. L'ancien a été exécuté en 2013, selon Séoul.",
     "a été exécuté en 2013, selon Séoul"),
    ("fr", "Deux généraux ont été limogés. L'ancien commandait la 4e division.", "commandait la 4e division"),
    ("de", "Beide Männer wurden entlassen. Der Ehemalige lebt heute in Seoul.", "lebt heute in Seoul"),
    ("de", "Zwei Generäle wurden entlassen; der Ehemalige wurde später hingerichtet.", "wurde später hingerichtet"),
    ("en", "The former Soviet Union supplied most of North Korea's oil until 1991.",
     "Soviet Union supplied most of North Korea's oil until 1991"),
    ("en", "North Korea imported grain from the former Soviet Union throughout the 1980s.",
     "Soviet Union throughout the 1980s"),
    ("en", "The former East Germany trained hundreds of North Korean engineers in the 1950s.",
     "East Germany trained hundreds of North Korean engineers in the 1950s"),
    ("en", "Kim studied in the former East Germany in the 1960s, his biography says.",
     "East Germany in the 1960s, his biography says"),
    ("en", "Police stopped smuggling gangs at the border, seizing 3 tons of copper.", "smuggling gangs at the border"),
    ("en", "The city banned drinking establishments near the border, residents said.",
     "drinking establishments near the border"),
    ("en", "Authorities banned recording devices at the trial, which lasted two days.",
     "recording devices at the trial, which lasted two days"),
    ("en", "Soldiers abandoned fishing villages along the coast, satellite images show.",
     "fishing villages along the coast, satellite images show"),
    ("en", "Families abandoned farming cooperatives during the famine and fled to cities.",
     "farming cooperatives during the famine and fled to cities"),
    ("en", "Chinese police stopped visiting delegations at the border.", "visiting delegations at the border"),
    ("en", "Flights to Pyongyang stopped following the outbreak of the pandemic in 2020.",
     "following the outbreak of the pandemic in 2020"),
    ("en", "Family reunions ceased during the pandemic and have not resumed.",
     "during the pandemic and have not resumed"),
    ("en", "Weddings were banned during the mourning period for Kim Jong Il.",
     "during the mourning period for Kim Jong Il"),
    ("en", "Trains between Dandong and Sinuiju stopped during the pandemic, but resumed in 2022.",
     "during the pandemic, but resumed in 2022"),
    ("en", "Many farmers gave up during the famine and moved to the cities.",
     "during the famine and moved to the cities"),
    ("en", "Shipments stopped pending an investigation, the port authority said.",
     "pending an investigation, the port authority said"),
    ("fr", "Les gardes ont arrêté d'autres transfuges près de Hyesan.", "autres transfuges près de Hyesan"),
    ("fr", "Les gardes ont arrêté de nombreux transfuges près de Hyesan.", "nombreux transfuges près de Hyesan"),
    ("fr", "La police a arrêté de jeunes soldats qui tentaient de fuir.", "jeunes soldats qui tentaient de fuir"),
    ("en", "The first shipment was delayed since the port was closed for repairs.", "The first shipment was delayed"),
    ("en", "The North Korean team took first place since the Japanese team was disqualified.",
     "The North Korean team took first place"),
    ("en", "The team took first place since no other team finished.", "The team took first place"),
    ("en", "China is the first choice for defectors since the border is long and poorly guarded.",
     "China is the first choice for defectors"),
    ("en", "China remains the North's first trading partner since it buys 95 percent of its exports.",
     "China remains the North's first trading partner"),
    ("en", "It is the most powerful missile since it carries three warheads, the engineer said.",
     "It is the most powerful missile"),
    ("en", "Hyesan has the largest market since it sits on the Chinese border.", "Hyesan has the largest market"),
    ("en", "China is the regime's most important ally since it supplies most of its oil.",
     "China is the regime's most important ally"),
    ("en", "In case you missed it, the regime will hold a party congress in January.",
     "the regime will hold a party congress in January"),
    ("en", "In case you were wondering, the regime will hold its party congress in January.",
     "the regime will hold its party congress in January"),
    ("en", "If nothing else, the summit will give Kim a photo opportunity.",
     "the summit will give Kim a photo opportunity"),
    ("en", "The regime, if you will, can outsource its diplomacy to Moscow.", "can outsource its diplomacy to Moscow"),
    ("en", "If I may say so, the regime will never give up its weapons, the envoy said.",
     "the regime will never give up its weapons"),
    ("ru", "Так или иначе, режим проведёт испытание до конца года.", "режим проведёт испытание до конца года"),
    ("ru", "Так или иначе, Пхеньян сможет обойти санкции с помощью Москвы.",
     "Пхеньян сможет обойти санкции с помощью Москвы"),
    ("ru", "Режим, так или иначе, будет развивать ядерную программу, считают эксперты.",
     "будет развивать ядерную программу"),
    ("ru", "Цены на рис вырастут вдвое, если не больше, считают торговцы.", "Цены на рис вырастут вдвое"),
    ("ru", "Режим сможет построить десять боеголовок в год, если не больше.",
     "Режим сможет построить десять боеголовок в год"),
    ("ru", "Ким, если угодно, сможет остаться у власти ещё тридцать лет.", "сможет остаться у власти ещё тридцать лет"),
    ("ru", "Если можно так выразиться, режим будет жить в режиме выживания.", "режим будет жить в режиме выживания"),
    ("fr", "La Chine fournira du pétrole au régime, si bien que les sanctions resteront inefficaces.",
     "La Chine fournira du pétrole au régime"),
    ("fr", "Le régime procédera à un nouvel essai, si bien que Séoul renforcera sa défense.",
     "Le régime procédera à un nouvel essai"),
    ("fr", "Le régime pourra survivre longtemps, si fragile qu'il paraisse.", "Le régime pourra survivre longtemps"),
    ("fr", "Si je puis dire, le régime pourra survivre grâce aux marchés.",
     "le régime pourra survivre grâce aux marchés"),
    ("fr", "Le régime pourra survivre, si ce n'est prospérer, grâce aux marchés.", "Le régime pourra survivre"),
    ("es", "Las exportaciones se duplicarán este año, si bien partirán de niveles muy bajos.",
     "Las exportaciones se duplicarán este año"),
    ("es", "La economía crecerá un 3 %, si bien la inflación seguirá alta, según el banco central.",
     "La economía crecerá un 3 %"),
    ("es", "El régimen podrá sobrevivir, si bien la economía seguirá débil.", "El régimen podrá sobrevivir"),
    ("es", "La prueba podría alcanzar 100 kilotones, si no más.", "La prueba podría alcanzar 100 kilotones"),
    ("de", "Wenn es um China geht, wird Pjöngjang vorsichtig bleiben.", "wird Pjöngjang vorsichtig bleiben"),
    ("zh", "他们只要求粮食援助，并将派代表团前往北京。", "并将派代表团前往北京"),
    ("zh", "朝方只要求美国解除制裁，美方将在下月作出回应。", "美方将在下月作出回应"),
    ("en", "The camp covers 500 km<sup>2</sup>, satellite images show.", "The camp covers 500 km2"),
    ("en", "The camp covers 500 km<sup>2</sup>, satellite images show.", "The camp covers 500 km²"),
    ("en", "The dam holds 2 billion m<sup>3</sup> of water, officials said.", "The dam holds 2 billion m³ of water"),
    ("en", "The yield was 10<sup>4</sup> tons of TNT, the report estimated.", "The yield was 10⁴ tons of TNT"),
    ("en", "Exports fell 80 percent<sup>a</sup> in 2020.", "Exports fell 80 percent in 2020"),
    # … and its faithful look-alikes
    ("en", "Kim Jong Un officially opened the new hospital in Pyongyang on Tuesday. State media showed him cutting a"
           " ribbon.",
     "the new hospital in Pyongyang"),
    ("en", "Officially known as Office 39, the unit earns foreign currency for the leadership.",
     "the unit earns foreign currency for the leadership"),
    ("en", "He wrote the names on paper, and the guards collected the sheets at dawn.",
     "the guards collected the sheets at dawn"),
    ("en", "In practice, private trade is tolerated.", "private trade is tolerated"),
    ("en", "The market reopened — at least three stalls were selling rice by noon.", "The market reopened"),
    ("en", "The regime tested a new engine (allegedly copied from a Soviet design) on Friday.",
     "The regime tested a new engine"),
    ("en", "The general was executed in 2015 (allegedly for dozing off at a meeting).",
     "The general was executed in 2015"),
    ("en", "The dam burst — partially because of heavy rain — and flooded three villages.", "The dam burst"),
    ("en", "A few days later, few analysts believed the regime would survive.",
     "few analysts believed the regime would survive"),
    ("en", "The missile flew for a few minutes. Few analysts believe it reached orbit.",
     "Few analysts believe it reached orbit"),
    ("en", "Kim has a few options: few analysts believe he will choose talks.",
     "few analysts believe he will choose talks"),
    ("en", "Even if talks fail, the regime will keep its arsenal, analysts say.", "the regime will keep its arsenal"),
    ("en", "Officials did not say if talks would resume, but the envoy will travel to Beijing next week.",
     "the envoy will travel to Beijing next week"),
    ("en", "If anything, sanctions will make the regime more defiant, analysts say.",
     "sanctions will make the regime more defiant"),
    ("en", "If only for symbolic reasons, the leader will attend the ceremony.", "the leader will attend the ceremony"),
    ("en", "Thousands, if not millions, could face hunger this winter.", "could face hunger this winter"),
    ("en", "According to figures provided by the ministry, exports will fall by 10 percent this year.",
     "exports will fall by 10 percent this year"),
    ("en", "The delegation, otherwise composed of junior officials, will meet in Geneva.", "will meet in Geneva"),
    ("en", "In an otherwise bleak year, exports could rise slightly, the bank said.", "exports could rise slightly"),
    ("en", "In any case, the regime will test again, analysts said.", "the regime will test again"),
    ("en", "In the case of North Korea, sanctions will not work, the author argues.", "sanctions will not work"),
    ("en", "Asked if the regime would test again, the minister said it could do so within weeks.",
     "the minister said it could do so within weeks"),
    ("en", "When asked if sanctions will be lifted, the envoy said the decision will come in May.",
     "the envoy said the decision will come in May"),
    ("en", "When asked about the test, officials would not comment.", "officials would not comment"),
    ("en", "For as long as the famine lasted, families would eat grass, a defector recalled.",
     "families would eat grass"),
    ("en", "Whenever the leader visits a factory, workers must clean it for days.", "workers must clean it for days"),
    ("en", "The regime will make few concessions, if any.", "The regime will make few concessions"),
    ("en", "The test could yield 100 kilotons, if not more.", "The test could yield 100 kilotons"),
    ("en", "The regime will test again even if China objects.", "The regime will test again"),
    ("en", "The summit will matter, if only because it is the first in five years.", "The summit will matter"),
    ("en", "Otherwise known as Bureau 121, the unit can launch attacks on foreign banks, defectors say.",
     "the unit can launch attacks on foreign banks"),
    ("en", "The regime planned the attack for months, prosecutors said.", "the attack for months"),
    ("en", "China proposed the talks, and the talks began in Beijing in 2003.",
     "the talks, and the talks began in Beijing in 2003"),
    ("en", "Critics praised the acting and the cinematography of the film. Audiences in Seoul agreed.",
     "cinematography of the film"),
    ("en", "China buys coal from the North and vice versa, traders say, with trade worth $2 billion a year.",
     "trade worth $2 billion a year"),
    ("en", "The minister's deputy, Kim Song Nam, said talks will resume.", "Kim Song Nam, said talks will resume"),
    ("en", "Of rice and corn, the former is more expensive in Hyesan markets.", "is more expensive in Hyesan markets"),
    ("en", "The draft was leaked to reporters on Monday.", "was leaked to reporters on Monday"),
    ("en", "The train stopped, leaving passengers stranded for hours.", "leaving passengers stranded for hours"),
    ("en", "The ministry denied the report, calling it a fabrication.", "calling it a fabrication"),
    ("en", "The bank denied wrongdoing, saying it had frozen the accounts in 2017.",
     "saying it had frozen the accounts in 2017"),
    ("en", "The regime stopped all imports, including rice, in 2020.", "including rice, in 2020"),
    ("en", "Guards stopped a truck carrying smuggled cigarettes near Hyesan.",
     "a truck carrying smuggled cigarettes near Hyesan"),
    ("en", "Construction halted amid protests, and workers were sent home.",
     "amid protests, and workers were sent home"),
    ("en", "Seoul stopped short of accusing Pyongyang, but officials said the hack bore its hallmarks.",
     "the hack bore its hallmarks"),
    ("en", "First lady Ri Sol Ju appeared in public for the first time in five months.",
     "First lady Ri Sol Ju appeared in public"),
    ("en", "Kim made his first speech of the year on Monday, and since then prices have doubled.",
     "Kim made his first speech of the year on Monday"),
    ("en", "Kim visited Russia for the first time, since Putin had invited him.",
     "Kim visited Russia for the first time"),
    ("en", "Kim spoke in English for the first time in public, state media said.",
     "Kim spoke in English for the first time"),
    ("en", "The regime held its first parade in March; since then it has held two more.",
     "The regime held its first parade in March"),
    ("en", "Analysts ask why the regime has lost control of the markets.",
     "the regime has lost control of the markets"),
    ("en", "The report explains how the regime has lost control of the markets since 2009.",
     "the regime has lost control of the markets since 2009"),
    ("en", "The regime has, after years of sanctions, lost control of the border, officials say.",
     "lost control of the border"),
    ("en", "The claim that the general was executed was confirmed by Seoul's spy agency on Monday.",
     "the general was executed"),
    ("en", "The claim that the general was executed was not disputed by any government.", "the general was executed"),
    ("en", "One might argue that point. The regime is stable, the report concludes.", "The regime is stable"),
    ("en", "It would be easy to conclude the talks by Friday, officials said, and the deal would be signed next week.",
     "the deal would be signed next week"),
    ("en", "The poll found support for reunification at <50% among people in their twenties, the institute said.",
     "support for reunification at <50% among people in their twenties"),
    ("en", "The model assumes a<b, where a is exports and b imports.",
     "The model assumes a<b, where a is exports and b imports"),
    ("en", "The regime has <em>not</em> ruled out a test, officials said.", "The regime has not ruled out a test"),
    ("en", "The U.S.Treasury sanctioned three firms.", "The U.S. Treasury sanctioned three firms"),
    ("en", "The missile was launched at 7:30 p.m. local time. It flew 1,000 km.",
     "The missile was launched at 7:30 p.m. local time"),
    ("en", "Only 5 percent of households had <1 kg of rice, and >40 percent had none.",
     "Only 5 percent of households had <1 kg of rice, and >40 percent had none"),
    ("en", "Prices rose when supply<demand, and imports>exports in 2023, the bank said.",
     "Prices rose when supply<demand, and imports>exports in 2023"),
    ("en", "The 2<sup>nd</sup> Corps moved south.", "The 2nd Corps moved south"),
    ("en", "Support was &lt;50% in 2010, the survey found.", "Support was <50% in 2010"),
    ("en", "The hors d'œuvre was served to the delegation.", "The hors d'oeuvre was served to the delegation"),
    ("fr", "On ignore si Kim assistera au sommet, mais la délégation arrivera lundi.", "la délégation arrivera lundi"),
    ("fr", "Les prix sont si élevés, selon les commerçants, que les familles ne pourront pas acheter de riz.",
     "les familles ne pourront pas acheter de riz"),
    ("fr", "Même si les négociations échouent, le régime ne renoncera pas à ses armes.",
     "le régime ne renoncera pas à ses armes"),
    ("fr", "Le régime est fragile, sinon au bord de l'effondrement, et il pourrait demander de l'aide à Moscou.",
     "il pourrait demander de l'aide à Moscou"),
    ("fr", "Le régime procédera à un nouvel essai, même si Pékin s'y oppose.", "Le régime procédera à un nouvel essai"),
    ("fr", "Le dirigeant apparaîtra en public, comme si de rien n'était.", "Le dirigeant apparaîtra en public"),
    ("fr", "Le régime n'a jamais cessé de développer des missiles.", "développer des missiles"),
    ("fr", "Les documents, d'après lesquels le navire transportait du charbon, ont été publiés par l'ONU.",
     "le navire transportait du charbon"),
    ("de", "Der sonst so ruhige Grenzort wird im Mai eine Handelsmesse ausrichten.",
     "wird im Mai eine Handelsmesse ausrichten"),
    ("de", "Jedenfalls wird das Regime die Parade am Samstag abhalten, sagen Beobachter.",
     "wird das Regime die Parade am Samstag abhalten"),
    ("de", "Ebenfalls am Montag wird der Außenminister nach Moskau reisen.",
     "wird der Außenminister nach Moskau reisen"),
    ("de", "Die Gespräche scheiterten. Stattdessen wird das Regime einen Satelliten starten.",
     "wird das Regime einen Satelliten starten"),
    ("de", "Die Gespräche finden am Montag in Peking statt, Seoul wird eine Delegation schicken.",
     "Seoul wird eine Delegation schicken"),
    ("de", "Das Gesetz, wonach private Händler Steuern zahlen müssen, trat 2023 in Kraft.",
     "private Händler Steuern zahlen müssen"),
    ("de", "Auch wenn die Gespräche scheitern, wird das Regime an der Olympiade teilnehmen.",
     "wird das Regime an der Olympiade teilnehmen"),
    ("es", "No está claro si Kim asistirá, pero la delegación llegará el lunes.", "la delegación llegará el lunes"),
    ("es", "Siempre que Kim visita una fábrica, los obreros deben limpiarla durante días.",
     "los obreros deben limpiarla durante días"),
    ("es", "Si bien las negociaciones fracasaron, el régimen enviará una delegación a los Juegos.",
     "el régimen enviará una delegación a los Juegos"),
    ("es", "Por supuesto, el régimen negó el ataque.", "el régimen negó el ataque"),
    ("es", "El régimen no dejó de producir misiles durante la pandemia.", "producir misiles durante la pandemia"),
    ("es", "El líder aparecerá en público como si nada hubiera pasado.", "El líder aparecerá en público"),
    ("ru", "Если честно, режим будет испытывать ракеты и дальше, сказал эксперт.",
     "режим будет испытывать ракеты и дальше"),
    ("ru", "Иначе говоря, санкции не смогут остановить программу.", "санкции не смогут остановить программу"),
    ("ru", "Эксперты считают иначе: режим сможет пережить санкции.", "режим сможет пережить санкции"),
    ("ru", "Посол, бывший на встрече, сказал, что переговоры возобновятся.", "сказал, что переговоры возобновятся"),
    ("ru", "Ким впервые встретился с Путиным, сообщило агентство ЦТАК.", "Ким впервые встретился"),
    ("ru", "Завод не перестал выпускать удобрения даже во время голода.", "выпускать удобрения даже во время голода"),
    ("ru", "Режи́м прове́л испыта́ние в понеде́льник.", "Режим провел испытание в понедельник"),
    ("zh", "这一理论上世纪七十年代被正式提出。", "上世纪七十年代被正式提出"),
    ("zh", "这一单生意价值三百万美元，交易将在下月完成。", "交易将在下月完成"),
    ("zh", "该国加入了联合国，并将在明年主办一次区域会议。", "并将在明年主办一次区域会议"),
    ("zh", "官员表示，他们主要的需求是粮食，价格将会上涨。", "价格将会上涨"),
    ("zh", "即使谈判破裂，朝鲜也将派代表团参加奥运会。", "朝鲜也将派代表团参加奥运会"),
    ("zh", "工厂从未停止生产化肥，即使在饥荒期间也是如此。", "生产化肥"),
    ("zh", "就中国而言，它将继续向朝鲜供应原油。", "它将继续向朝鲜供应原油"),
    ("ja", "例えば、中国は北朝鮮への原油供給を続けるだろう。", "中国は北朝鮮への原油供給を続けるだろう"),
    ("ja", "いわば、政権は時間稼ぎをしているのだろう。", "政権は時間稼ぎをしているのだろう"),
    ("ja", "北朝鮮の場合、制裁は効果を上げないだろう。", "制裁は効果を上げないだろう"),
    ("ja", "金総書記が工場を視察したら、労働者たちは三日間掃除をさせられた。", "労働者たちは三日間掃除をさせられた"),
    ("ja", "北朝鮮といえば、ミサイル発射が注目されがちだが、経済も変わるかもしれない。", "経済も変わるかもしれない"),
    ("ja", "考えてみれば、政権は最初から交渉する気がなかったのかもしれない。", "政権は最初から交渉する気がなかったのかもしれない"),
    ("ja", "たとえ交渉が決裂しても、政権は代表団を派遣するだろう。", "政権は代表団を派遣するだろう"),
    ("ko", "북한 내부를 잘 아는 한 소식통은 정권이 곧 화폐개혁을 할 것이라고 말했다.", "정권이 곧 화폐개혁을 할 것이라고 말했다"),
    ("ko", "국경을 넘나드는 한 상인은 쌀값이 두 배로 오를 수 있다고 말했다.", "쌀값이 두 배로 오를 수 있다고 말했다"),
    ("ko", "평양에 있는 한 외교관은 정권이 안정될 것이라고 말했다.", "정권이 안정될 것이라고 말했다"),
    ("ko", "예를 들면 중국은 원유 공급을 계속할 것이다.", "중국은 원유 공급을 계속할 것이다"),
    ("ko", "북한은 협상을 거부하면서 새로운 미사일을 시험할 것이라고 밝혔다.", "새로운 미사일을 시험할 것이라고 밝혔다"),
    ("ko", "협상이 결렬되더라도 북한은 올림픽에 대표단을 보낼 것이다.", "북한은 올림픽에 대표단을 보낼 것이다"),
    ("ko", "수출은 줄어든 반면 수입은 늘어날 것으로 보인다.", "수입은 늘어날 것으로 보인다"),
    ("ko", "어떤 경우에도 북한은 핵을 포기하지 않을 것이다.", "북한은 핵을 포기하지 않을 것이다"),
    # a condition after who says so; a question quoted without its ¿?; "stopped | shipping coal"
    ("en", "Exports will double, the ministry said, if anything a cautious estimate.", "Exports will double"),
    ("en", "Exports doubled last year, the ministry said, if the figures are right.", "Exports doubled last year"),
    ("en", "Officials said they would not say if exports will double.", "Officials said they would not say"),
    ("en", "Guards stopped shipping containers at the border.", "Guards stopped shipping containers at the border"),
    ("es", "«Ha perdido el control», dijo el senador.", "Ha perdido el control"),
    # sixth review: the report's own ellipsis at a quote's end, named footnotes, unverified after, rates on the
    # black market, 1.500 in English, close matches of short quotes, full-width punctuation, Russian pasts
    # without -л
    ("en", "The sign read: “Closed for repairs…” and nothing more.", "The sign read: “Closed for repairs…”"),
    ("en", "He trailed off: “We waited and waited…” Then he wept.", "He trailed off: “We waited and waited…”"),
    ("en", "He trailed off: “We waited and waited...” Then he wept.", "He trailed off: “We waited and waited...”"),
    ("en", "He trailed off: \"We waited and waited...\" Then he wept.", "He trailed off: \"We waited and waited...\""),
    ("en", "He trailed off: “We waited and waited…” Then he wept.", "He trailed off: \"We waited and waited...\""),
    ("en", "He trailed off: ‘We waited and waited…’ Then he wept.", "He trailed off: ‘We waited and waited…’"),
    ("en", "He said the mine was “closed…” and left.", "He said the mine was “closed…”"),
    ("en", "The leaflet said: “Surrender now…”", "The leaflet said: “Surrender now…”"),
    ("en", "The leaflet said: (Surrender now…)", "The leaflet said: (Surrender now…)"),
    ("en", "The sign read: “Closed for repairs…” and nothing more.", "The sign read: \"Closed for repairs...\""),
    ("en", "The sign read: \"Closed for repairs...\" and nothing more.", "The sign read: “Closed for repairs…”"),
    ("en", "He said: “We waited and waited for days.”", "He said: “We waited and waited …”"),
    ("en", "The mine closed[^note] after heavy floods in 2019.\n\n[^note]: Per satellite imagery.",
     "The mine closed after heavy floods in 2019"),
    ("en", "The mine closed[^note] after heavy floods in 2019.\n\n[^note]: Per satellite imagery.",
     "\"The mine closed after heavy floods in 2019\""),
    ("en", "The mine closed[^src-1] after heavy floods in 2019.\n\n[^src-1]: Satellite imagery.",
     "The mine closed after heavy floods in 2019"),
    ("en", "The general was executed in May, a claim that is difficult to dispute.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim that is hard to dispute.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim that is impossible to dispute.",
     "The general was executed in May"),
    ("zh", "据当地消息人士称，1,200名矿工被调往其他企业。", "据当地消息人士称，1200名矿工被调往其他企业"),
    ("zh", "据当地消息人士称，1,200名矿工被调往其他企业。", "消息人士称,1200名矿工"),
    ("ko", "소식통에 따르면，1,200명이 이동했다.", "소식통에 따르면，1200명이 이동했다"),
    ("zh", "去年，3,000吨煤炭被出口到中国。", "去年，3000吨煤炭被出口到中国"),
    ("ja", "昨年，3,000トンの石炭が中国に輸出された。", "昨年，3000トンの石炭が中国に輸出された"),
    ("ko", "평양，3월 5일 (조선중앙통신) 김정은 위원장이 공장을 방문했다.", "평양, 3월 5일 (조선중앙통신) 김정은 위원장이 공장을 방문했다"),
    ("zh", "（朝中社）：金正恩视察了工厂。", "(朝中社): 金正恩视察了工厂"),
    ("zh", "新华社平壤3月5日电（记者 李明）：朝鲜当局宣布矿山关闭。", "新华社平壤3月5日电(记者 李明): 朝鲜当局宣布矿山关闭"),
    ("ja", "（朝鮮中央通信）：金正恩総書記が工場を訪れた。", "(朝鮮中央通信): 金正恩総書記が工場を訪れた"),
    ("ru", "Если в прошлом году урожай погиб, то в этом он хороший.", "в этом он хороший"),
    ("ru", "Если в прошлом году урожай погиб, то в этом году урожай хороший.", "в этом году урожай хороший"),
    ("ru", "Если в 2019 году рудник исчез с карт, то в 2020 году он снова появился.", "в 2020 году он снова появился"),
    ("ko", "평양，3월 5일 (조선중앙통신)：김정은 위원장이 공장을 방문했다。", "평양, 3월 5일 (조선중앙통신): 김정은 위원장이 공장을 방문했다"),
    ("zh", "朝鮮當局上個月全面停止了茂山礦山的生產。據當地消息人士稱，1,200名礦工被調往其他企業。", "據當地消息人士稱，1200名礦工被調往其他企業"),
    # sixth review: faithful look-alikes of the above
    ("en", "He trailed off: “We waited and waited…” Then he wept.", "“We waited and waited…” Then he wept."),
    ("en", "He said the mine was “closed…” and left.", "the mine was “closed…” and left"),
    ("en", "The leaflet said Surrender now…", "The leaflet said Surrender now…"),
    ("en", "The sign read: “Closed for repairs…” and nothing more.", "“Closed for repairs…”"),
    ("en", "He trailed off: “We waited and waited…”", "We waited and waited..."),
    ("en", "The report ends with a warning… Nobody listened.", "The report ends with a warning… Nobody listened."),
    ("en", "The sign read: Closed for repairs… and nothing more.", "The sign read: Closed for repairs…"),
    ("en", "The mine closed[^1] after heavy floods in 2019.\n\n[^1]: Satellite imagery.",
     "The mine closed after heavy floods in 2019"),
    ("en", "The mine closed[a] after heavy floods in 2019.", "The mine closed after heavy floods in 2019"),
    ("en", "The mine closed¹ after heavy floods in 2019.", "The mine closed after heavy floods in 2019"),
    ("en", "The mine closed.[12][13] Heavy floods followed.", "The mine closed. Heavy floods followed."),
    ("en", "The mine closed[^12] after heavy floods in 2019.\n\n[^12]: Satellite imagery.",
     "The mine closed after heavy floods in 2019"),
    ("en", "Rumour has it that the general was executed in May.", "Rumour has it that the general was executed in May"),
    ("en", "The general was executed in May, two officials in Seoul said.", "The general was executed in May"),
    ("en", "The general was executed in May, according to the Unification Ministry.",
     "The general was executed in May"),
    ("en", "Officials in Seoul said the general was executed in May.", "the general was executed in May"),
    ("en", "The general was executed in May, according to unconfirmed reports.",
     "The general was executed in May, according to unconfirmed reports"),
    ("en", "The general was executed in May, a claim that few would dispute.", "The general was executed in May"),
    ("en", "The general was executed in May, a fact that is difficult to dispute.", "The general was executed in May"),
    ("en", "The general was executed in May. Officials never denied this.", "The general was executed in May"),
    ("en", "The general was executed in May. Officials denied this, but satellite images confirmed it.",
     "The general was executed in May"),
    ("en", "The general was executed in May, a claim no one disputes.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim confirmed by two sources.", "The general was executed in May"),
    ("en", "The general was executed in May. This could not be independently verified.",
     "The general was executed in May"),
    ("en", "Prices rose 20%, a month after the border closed.", "Prices rose 20%"),
    ("en", "Prices rose 20% a year ago.", "Prices rose 20%"),
    ("en", "Prices rose 20% a month on the black market.", "Prices rose 20% a month on the black market"),
    ("en", "The mine produced 1 500 tonnes of coal in May.", "The mine produced 1,500 tonnes of coal in May"),
    ("en", "The mine produced 1500 tonnes of coal in May.", "The mine produced 1,500 tonnes of coal in May"),
    ("en", "The mine produced 1,500,000 tonnes of coal.", "The mine produced 1500000 tonnes of coal"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "Ordinary workers … had received no rations at all since the summer of 2021"),
    ("en", "Kim Jong Un visited the Sinpo shipyard on Tuesday, state media reported, and inspected a new submarine. "
     "The Korean Central News Agency said the vessel could carry ballistic missiles.",
     "Kim Jong Un visited the Sinpo shipyard on Tuesday … and inspected a new submarine"),
    ("en", "He said: “We waited and waited for days.”", "“We waited and waited…”"),
    ("en", "The sign read: “Closed for repairs…” and nothing more.",
     "The sign read: “Closed for repairs…” and nothing more."),
    ("en", "The sign read: “Closed for repairs…” and nothing more.",
     "The sign read: “Closed for repairs…” and nothing"),
    ("en", "The report ends with a warning…", "The report ends with a warning…"),
    ("en", "The report ends with a warning...", "The report ends with a warning…"),
    ("en", "The mine closed in 2019 after floods.", "The mine closed … after floods"),
    ("en", "The mine closed [in 2019] after floods.", "The mine closed [in 2019] after floods"),
    ("en", "The mine closed[1] after floods.", "The mine closed after floods"),
    ("en", "The mine closed after floods.[1][2]", "The mine closed after floods."),
    ("en", "The mine closed[^1] after floods[^2].\n\n[^1]: A.\n[^2]: B.", "The mine closed after floods"),
    ("en", "The mine closed after floods.²", "The mine closed after floods."),
    ("en", "The general was reportedly executed in May.", "The general was reportedly executed in May"),
    ("en", "The general was reportedly executed in May.", "executed in May"),
    ("en", "The general was executed in May, sources in Pyongyang said.", "The general was executed in May"),
    ("en", "The general was executed in May, according to the National Intelligence Service.",
     "The general was executed in May"),
    ("en", "The general was executed in May, according to a report by Daily NK.", "The general was executed in May"),
    ("en", "South Korean officials believe the general was executed in May.", "the general was executed in May"),
    ("en", "The ministry said the general was executed in May.", "the general was executed in May"),
    ("en", "The general was executed in May, the ministry said on Tuesday.", "The general was executed in May"),
    ("en", "The general was executed in May, rumours suggest.", "The general was executed in May, rumours suggest"),
    ("en", "The general was executed in May amid rumours of a coup.", "The general was executed in May"),
    ("en", "The general, who was rumoured to be ill, was executed in May.", "was executed in May"),
    ("en", "Prices rose 20% on Monday.", "Prices rose 20%"),
    ("en", "Rice cost 5,000 won on Monday.", "Rice cost 5,000 won"),
    ("en", "Prices rose 20% in May, traders said.", "Prices rose 20%"),
    ("en", "Rice cost 5,000 won per kilogram on the black market.",
     "Rice cost 5,000 won per kilogram on the black market"),
    ("en", "Prices rose 20% a month after the currency reform.", "Prices rose 20%"),
    ("en", "Wages were 3,000 won a month.", "Wages were 3,000 won a month"),
    ("en", "The general was executed in May, a claim that is widely accepted.", "The general was executed in May"),
    ("en", "The mine produced 1,500 tonnes of coal in May.", "The mine produced 1500 tonnes of coal in May"),
    ("en", "The mine produced 1,500 tonnes of coal in May.", "The mine produced 1 500 tonnes of coal in May"),
    ("en", "The mine produced 1,500 tonnes of coal in May.", "The mine produced 1 500 tonnes of coal in May"),
    ("en", "The mine produced 1.5 tonnes of coal in May.", "The mine produced 1.5 tonnes of coal in May"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "food rations for party members were cut by half"),
    ("fr", "Personne ne nie que la mine est fermée.", "la mine est fermée"),
    ("fr", "Si les exportations ont chuté, les importations ont augmenté.", "les importations ont augmenté"),
    ("fr", "Même si la mine est fermée, l'usine fonctionne.", "l'usine fonctionne"),
    ("fr", "Le ministère a déclaré que la mine était fermée.", "la mine était fermée"),
    ("de", "Niemand bestreitet, dass das Bergwerk geschlossen ist.", "das Bergwerk geschlossen ist"),
    ("de", "Die Regierung sagte, das Bergwerk sei geschlossen.", "das Bergwerk sei geschlossen"),
    ("ko", "사고로 약 300명이 숨졌다.", "300명이 숨졌다"),
    ("zh", "事故造成约300人死亡。", "300人死亡"),
    ("ja", "事故で約300人が死亡した。", "300人が死亡した"),
    ("ru", "Погибли около 300 человек.", "300 человек"),
    ("fr", "Environ 300 personnes sont mortes.", "300 personnes sont mortes"),
    ("de", "Etwa 300 Menschen starben.", "300 Menschen starben"),
    ("ko", "쌀값은 1만 2천원까지 올랐다.", "쌀값은 1만 2천원까지 올랐다"),
    ("zh", "据当地消息人士称，1,200名矿工被调往其他企业。", "消息人士称，1,200名矿工"),
    ("zh", "据当地消息人士称，1,200名矿工被调往其他企业。", "1200名矿工被调往其他企业"),
    ("zh", "去年，3,000吨煤炭被出口到中国。", "去年, 3000吨煤炭被出口到中国"),
    ("ja", "昨年、3,000トンの石炭が中国に輸出された。", "昨年、3000トンの石炭が中国に輸出された"),
    ("zh", "去年3,000吨煤炭被出口到中国。", "去年3000吨煤炭被出口到中国"),
    ("ko", "통일부는，광산이 닫혔다고 밝혔다.", "통일부는, 광산이 닫혔다고 밝혔다"),
    ("zh", "时间：3月5日", "时间: 3月5日"),
    ("zh", "朝鲜当局表示，矿山已经关闭。", "朝鲜当局表示, 矿山已经关闭"),
    ("ja", "平壌，3月5日", "平壌, 3月5日"),
    ("zh", "（朝中社）：金正恩视察了工厂。", "(朝中社):金正恩视察了工厂"),
    ("ko", "수확은 성공적이었다. 농민들의 말은 다르다?", "수확은 성공적이었다"),
    ("zh", "收成很好。农民怎么说？", "收成很好"),
    ("ko", "왜 무산광산이 문을 닫았나? 전력난 때문이다.", "전력난 때문이다"),
    ("zh", "全国都停止了配给，平壤也不例外。", "全国都停止了配给"),
    ("ko", "전국에서 배급이 중단됐다. 평양도 예외가 아니었다.", "전국에서 배급이 중단됐다"),
    ("ja", "大部分の地域で配給が停止された。ただし平壌を除く。", "大部分の地域で配給が停止された"),
    ("zh", "当局没有恢复生产，而是关闭了矿山。", "而是关闭了矿山"),
    ("ja", "当局は鉱山を再開する代わりに閉鎖した。", "閉鎖した"),
    ("zh", "工厂预计将于明年恢复生产。", "工厂预计将于明年恢复生产"),
    ("fr", "La mine devrait rouvrir en mai.", "rouvrir en mai"),
    ("de", "Das Bergwerk soll im Mai wieder öffnen.", "im Mai wieder öffnen"),
    ("ja", "収穫が再び失敗すれば、飢饉が再来するだろう。", "収穫が再び失敗すれば"),
    ("ru", "Министерство сообщило, что рудник закрыт.", "рудник закрыт"),
    ("zh", "朝鲜外务省称茂山矿山已经关闭。", "茂山矿山已经关闭"),
    ("ja", "外務省は茂山鉱山が閉鎖されたと発表した。", "茂山鉱山が閉鎖された"),
    ("ko", "통일부는 무산광산이 폐쇄됐다고 발표했다.", "무산광산이 폐쇄됐다"),
    ("fr", "Le ministère dit que la mine a rouvert.", "la mine a rouvert"),
    ("es", "El ministerio dice que la mina está cerrada.", "la mina está cerrada"),
    ("de", "Das Ministerium sagt, dass das Bergwerk geschlossen ist.", "das Bergwerk geschlossen ist"),
    ("ko", "무산광산이 폐쇄됐다는 것을 부인하는 사람은 없다.", "무산광산이 폐쇄됐다"),
    ("zh", "没有人怀疑矿山已经关闭。", "矿山已经关闭"),
    ("ru", "Если в 2019 году экспорт упал, то в 2020 году он вырос.", "в 2020 году он вырос"),
    ("zh", "他们称之为「自力更生」运动。", "他们称之为\"自力更生\"运动"),
    ("zh", "据报道，该工厂已经停产。", "该工厂已经停产"),
    ("ja", "報道によると、工場は操業を停止した。", "工場は操業を停止した"),
    ("ko", "보도에 따르면 공장은 가동을 중단했다.", "공장은 가동을 중단했다"),
    ("ru", "Как сообщается, рудник закрыт.", "рудник закрыт"),
    ("ko", "공장은 가동을 중단했다고 조선중앙통신이 보도했다.", "공장은 가동을 중단했다"),
    ("zh", "茂山矿山已经复产了吗？", "茂山矿山已经复产了吗"),
    ("ko", "수확은 성공적이었다? 농민들의 말은 다르다.", "수확은 성공적이었다?"),
    ("ja", "鉱山が閉鎖されたかどうかは不明だ。", "鉱山が閉鎖されたかどうかは不明だ"),
    ("zh", "除平壤外，全国都停止了配给。", "除平壤外，全国都停止了配给"),
    ("ko", "평양 외에는 전국에서 배급이 중단됐다.", "평양 외에는 전국에서 배급이 중단됐다"),
    ("ja", "平壌を除き、全国で配給が停止された。", "平壌を除き、全国で配給が停止された"),
    ("ru", "Ходят слухи, что рудник закрыт.", "Ходят слухи, что рудник закрыт"),
    ("zh", "传闻茂山矿山已经关闭。", "传闻茂山矿山已经关闭"),
    ("ko", "무산광산이 폐쇄됐다는 소문이 돈다.", "무산광산이 폐쇄됐다는 소문이 돈다"),
    ("ja", "茂山鉱山が閉鎖されたとうわさされている。", "茂山鉱山が閉鎖されたとうわさされている"),
    ("fr", "On dit que la mine a rouvert.", "On dit que la mine a rouvert"),
    ("de", "Es heißt, dass das Bergwerk geschlossen ist.", "Es heißt, dass das Bergwerk geschlossen ist"),
    ("es", "Se dice que la mina está cerrada.", "Se dice que la mina está cerrada"),
    ("zh", "媒体称矿山已经关闭，后来被证实是假的。", "媒体称矿山已经关闭，后来被证实是假的"),
    ("zh", "媒体称矿山已经关闭。", "矿山已经关闭"),
    ("ja", "当局は鉱山を再開する代わりに閉鎖した。", "当局は鉱山を再開する代わりに閉鎖した"),
    ("ko", "당국은 광산을 재가동하는 대신 폐쇄했다.", "당국은 광산을 재가동하는 대신 폐쇄했다"),
    ("ru", "Рудник вновь открыт, по крайней мере официально.", "Рудник вновь открыт, по крайней мере официально"),
    ("zh", "工厂好像已经停产。", "工厂好像已经停产"),
    ("ko", "무산광산이 폐쇄된 듯하다.", "무산광산이 폐쇄된 듯하다"),
    ("uk", "Крім Мусана, всі рудники відновили роботу.", "Крім Мусана, всі рудники відновили роботу"),
    ("de", "Außer Musan sind alle Bergwerke wieder geöffnet.", "Außer Musan sind alle Bergwerke wieder geöffnet"),
    ("ru", "Погибли до 300 человек.", "до 300 человек"),
    ("zh", "假的疫苗证书在市场上流通。", "假的疫苗证书在市场上流通"),
    ("ko", "무산광산이 폐쇄됐다고 믿는 사람은 없다.", "무산광산이 폐쇄됐다고 믿는 사람은 없다"),
    ("zh", "新华社平壤3月5日电（记者 李明）：朝鲜当局宣布矿山关闭。", "新华社平壤3月5日电（记者 李明）：朝鲜当局宣布矿山关闭"),
    ("zh", "去年，3,000吨煤炭被出口到中国。", "去年，3,000吨煤炭被出口到中国"),
    ("ko", "올해는 식량 배급이 전혀 없었다.", "올해는 식량 배급이 전혀 없었다"),
    ("ja", "当局は配給が再開されたと発表したが、住民はこれを否定した。", "当局は配給が再開されたと発表した"),
    ("ja", "労働新聞によると、工場は完工した。", "工場は完工した"),
    ("ja", "鉱山が再開したことが確認された。", "鉱山が再開した"),
    ("ja", "なぜ鉱山は閉鎖されたのか。専門家は資金不足を挙げる。", "専門家は資金不足を挙げる"),
    ("ko", "로동신문은 평양 종합병원이 완공됐다고 보도했다.", "평양 종합병원이 완공됐다"),
    ("ko", "통일부는 김정은이 평양을 떠났다고 밝혔다.", "김정은이 평양을 떠났다"),
    ("ko", "무산광산이 다시 가동됐다는 보도는 사실이다.", "무산광산이 다시 가동됐다"),
    ("ko", "통일부는 무산광산이 폐쇄됐다고 확인했다.", "무산광산이 폐쇄됐다"),
    ("ru", "Власти заявили, что рудник закрыт.", "рудник закрыт"),
    ("ru", "Рудник не работает, а завод возобновил производство.", "завод возобновил производство"),
    ("ru", "Никто не отрицает, что рудник закрыт.", "рудник закрыт"),
    ("ru", "По данным Минобъединения, рудник закрыт.", "рудник закрыт"),
    ("ru", "Министерство подтвердило, что рудник закрыт.", "рудник закрыт"),
    ("ru", "Инфляция достигла 20% в прошлом месяце.", "Инфляция достигла 20%"),
    ("zh", "据韩联社报道，该工厂已经停产。", "该工厂已经停产"),
    ("zh", "除此之外，所有矿山都已复产。", "所有矿山都已复产"),
    ("zh", "没有人否认政权已经崩溃。", "政权已经崩溃"),
    ("zh", "你知道茂山矿山已经关闭了吗？", "茂山矿山已经关闭了"),
    ("zh", "当局证实矿山已经关闭。", "矿山已经关闭"),
    ("zh", "不仅矿山关闭了，工厂也停产了。", "工厂也停产了"),
    ("zh", "工厂尽可能恢复生产。", "恢复生产"),
    ("zh", "如果说上半年很平淡，下半年则很精彩。", "下半年则很精彩"),
    # sixth review: look-alikes the new rules must leave alone (until a date, a confirmed rumour, 'a year on',
    # 'Außerdem', 代わりに as 'in exchange for')
    ("ru", "Рудник работал до 2020 года, затем его закрыли.", "2020 года, затем его закрыли"),
    ("ru", "Склад закрыт до 5 марта.", "5 марта"),
    ("en", "Rumours suggested the mine had closed, which the ministry confirmed on Monday.",
     "the mine had closed, which the ministry confirmed on Monday"),
    ("en", "Prices rose 20% a year on, the customs data show.", "Prices rose 20%"),
    ("en", "The word is used in official documents to mean a ration card.",
     "used in official documents to mean a ration card"),
    ("zh", "尽管有关闭的传言，矿山仍于三月重新开放。", "矿山仍于三月重新开放"),
    ("ja", "国境警備隊は賄賂を受け取る代わりに密輸を見逃した。", "国境警備隊は賄賂を受け取る"),
    ("de", "Außerdem wurden alle Bergwerke wieder geöffnet.", "wurden alle Bergwerke wieder geöffnet"),
    ("zh", "收成很好吗？农民说不好。", "收成很好吗"),
    # sixth review: emoji left out of a quote or put in; a quote copied with the report's Markdown
    ("en", "The mine **closed** in 2019.", "The mine **closed** in 2019"),
    ("en", "The [ministry](https://example.org) said prices rose.",
     "The [ministry](https://example.org) said prices rose"),
    ("en", "Prices up again 😡 in Hyesan, a user wrote.", "Prices up again in Hyesan"),
    ("en", "Prices up again in Hyesan, a user wrote.", "Prices up again 😡 in Hyesan"),
    ("ko", "쌀값이 또 올랐다 😭😭 혜산 시장에서.", "쌀값이 또 올랐다"),
    # sixth review: a doubt after the quote by who has not confirmed it
    ("en", "The general was executed in May, which the ministry has since confirmed.",
     "The general was executed in May"),
    # seventh review (realistic reports): Korean nouns quoted without the copula written on to them; doubts,
    # disclaimers, hearsay and negations it found missed
    ("ko", "답: 네, 늘 받았죠. 다들 받았어요. 밀수꾼이 초소에 돈을 주면, 초소는 소대장에게 주고, 그렇게 위로 올라갑니다. 코로나 전에는 물건 한 번 넘기는 데 500위안 정도였어요. 사람은 훨씬 "
     "비쌌고요. 누구냐에 따라 5,000위안 이상이었습니다.",
     "500위안 정도"),
    ("ko", "답: 네, 늘 받았죠. 다들 받았어요. 밀수꾼이 초소에 돈을 주면, 초소는 소대장에게 주고, 그렇게 위로 올라갑니다. 코로나 전에는 물건 한 번 넘기는 데 500위안 정도였어요. 사람은 훨씬 "
     "비쌌고요. 누구냐에 따라 5,000위안 이상이었습니다.",
     "5,000위안 이상"),
    ("ko", "이 기념탑은 2001년 김일성·김정일의 통일 관련 제안을 기념해 세운 구조물이었습니다. 기념탑 철거는 남한을 '제1의 적대국'으로 규정하고 통일 관련 표현을 지우라고 한 김정은 위원장의 1월 "
     "발언과 맥락을 같이하는 것으로 봅니다. 정부는 북한이 수 세대에 걸친 우리 민족의 통일 염원을 부정하고 있는 데 대해 유감스럽게 생각합니다.",
     "이 기념탑은 2001년 김일성·김정일의 통일 관련 제안을 기념해 세운 구조물"),
    ("ko", "답: 개별 사안에 대해서는 신변 보호 문제로 확인해 드릴 수 없습니다. 지난달 말씀드린 대로 지난해 엘리트층 탈북민은 10명으로 2017년 이후 가장 많은 수준이었습니다. 이러한 추세는 "
     "계속되고 있지만, 추가 수치를 말씀드리기는 어렵습니다.",
     "2017년 이후 가장 많은 수준"),
    ("ko", "처음에는 옷이었어요. 중국 옷이요. 나중에는 해산물 장사를 했어요. 마른 오징어, 명태 같은 거요. 혜산 혜화시장이었고, 2009년쯤부터 매대를 가지고 있었어요.", "처음에는 옷"),
    ("ko", "매일 시장관리소에 장세를 냈어요. 처음 시작할 때는 하루 100원이었어요. 제가 떠날 때쯤에는 500원이었고요. 입구 쪽 좋은 자리는 뒷돈을 따로 줘야 했어요. 공식 장세는 진짜 값이 "
     "아니었어요.",
     "처음 시작할 때는 하루 100원"),
    ("ko", "2016년에 오징어 한 상자를 통째로 빼앗겼어요. 300달러 정도 되는 물건이었어요. 평양에서 새 검열원이 내려왔는데, 아는 사람이 아무도 없어서 손을 쓸 수가 없었어요.",
     "300달러 정도 되는 물건"),
    ("ko", "방직공장 소속이었는데, 공장은 1990년대 이후로 제대로 돌아간 적이 없었어요. 한 달에 5만 원씩 공장에 바치고 출근을 안 했어요. 남자는 어디든 직장에 소속돼 있어야 했거든요. 안 그러면 "
     "'무직자'로 노동단련대에 보냈어요.",
     "방직공장 소속"),
    ("ko", "그때 배급은 하루 300g 정도였어요. 그것도 두 달에 한 번 나왔어요.", "하루 300g 정도"),
    ("ko", "우리 집 수입은 대부분 장사에서 번 돈이었습니다.", "대부분 장사에서 번 돈"),
    ("ko", "제가 일한 곳은 회령의 석탄 광산이었는데, 전기가 자주 끊겼어요.", "회령의 석탄 광산"),
    ("ko", "단속 대상은 주로 중국 손전화였지만, 한국 영화도 많이 걸렸어요.", "주로 중국 손전화"),
    ("ko", "그 사람은 보위부 반탐과 소속이었으며 국경 단속을 맡았다.", "보위부 반탐과 소속"),
    ("ko", "열차 안에서 만난 사람은 평양에서 온 검열원이었어요.", "평양에서 온 검열원"),
    ("ko", "쌀값은 1kg에 6,000원 안팎이었습니다.", "1kg에 6,000원 안팎"),
    ("ko", "브로커 비용은 1인당 1만 5천 달러였어요.", "1인당 1만 5천 달러"),
    ("ko", "그건 당 간부들만 아는 비밀이었거든요.", "당 간부들만 아는 비밀"),
    ("ko", "아버지는 제대군인 출신 노동자인데, 공장이 멈춰서 장사를 했어요.", "제대군인 출신 노동자"),
    ("ko", "그곳은 원래 군부대 부지였던 땅이라 사람이 못 들어갔어요.", "원래 군부대 부지"),
    ("ko", "국경경비대 월급은 사실상 상징적인 금액이었죠.", "사실상 상징적인 금액"),
    ("ko", "그 돈은 제 1년 치 생활비였으니 큰돈이었어요.", "제 1년 치 생활비"),
    ("ko", "교화소 생활은 매일이 전쟁이었기에 아무 생각도 못 했어요.", "매일이 전쟁"),
    ("ko", "혜산 장마당은 양강도에서 가장 큰 시장이지만, 요즘은 손님이 적다.", "양강도에서 가장 큰 시장"),
    ("ko", "이번 조치는 사실상 시장 통제 강화이므로 상인들의 반발이 크다.", "사실상 시장 통제 강화"),
    ("ko", "그가 맡은 일은 국경 밀수 단속이어서 뇌물을 받을 기회가 많았다.", "국경 밀수 단속"),
    ("ko", "탈북 동기는 무엇보다 생계 문제이기 때문에 단속만으로는 막기 어렵다.", "무엇보다 생계 문제"),
    ("ko", "그녀는 인민반장이자 시장 상인이었다.", "인민반장"),
    ("ko", "북한 당국의 이번 발표는 일종의 경고인데요, 주민들은 크게 신경 쓰지 않아요.", "일종의 경고"),
    # seventh review: faithful look-alikes
    ("ko", "수용소의 하루 노동 시간은 14시간 이상이었다고 그는 말했다. 그러나 휴식은 거의 없었어요.", "하루 노동 시간은 14시간 이상"),
    ("ko", "우리 마을은 감자 농사가 주업이에요.", "감자 농사가 주업"),
    ("ko", "그때 저는 고등중학교 학생이었고, 동생은 네 살이었다.", "고등중학교 학생"),
    ("ko", "당시 환율은 1달러에 8,000원 수준이었다.", "1달러에 8,000원 수준"),
    ("ko", "이 기념탑은 2001년에 세운 구조물입니다.", "2001년에 세운 구조물"),
    ("en", "Bilateral trade fell 9% quarter on quarter but remained above pre-pandemic levels.",
     "Bilateral trade fell 9%"),
    ("en", "North Korea's imports from China rose 38% from a year earlier in April, customs data showed.",
     "North Korea's imports from China rose 38%"),
    ("en", "North Korea's imports from China rose 38% y/y in April, customs data showed.",
     "North Korea's imports from China rose 38%"),
    ("en", "North Korea's imports from China rose 38% on-year in April, customs data showed.",
     "North Korea's imports from China rose 38%"),
    ("en", "North Korea's imports from China rose 38% compared with April 2023, customs data showed.",
     "North Korea's imports from China rose 38%"),
    ("en", "North Korea's imports from China rose 38% (year on year) in April, customs data showed.",
     "North Korea's imports from China rose 38%"),
    ("en", "Chinese exports to North Korea rose 38% on the year in April.", "Chinese exports to North Korea rose 38%"),
    # eighth review: older symbol emoji; 'говорят, что' after who says it; 'Rumours spread after …' (when, not
    # what); rumours confirmed in the same Korean or Japanese sentence; counts like years ('2019 workers' of
    # '2,019')
    ("ru", "Жители говорят, что завод закрыт.", "завод закрыт"),
    ("ru", "Местные жители говорят, что завод закрыт.", "завод закрыт"),
    ("ru", "Чиновники говорят, что завод закрыт с мая.", "завод закрыт с мая"),
    ("ru", "Торговцы на рынке говорят, что цены выросли на 20%.", "цены выросли на 20%"),
    ("ru", "Источники говорят, что завод закрыт.", "завод закрыт"),
    ("uk", "Мешканці кажуть, що завод закрито.", "завод закрито"),
    ("uk", "Торговці кажуть, що ціни зросли на 20%.", "ціни зросли на 20%"),
    ("ru", "Жители Хесана говорят, что рис подорожал на 20%.", "рис подорожал на 20%"),
    ("ru", "Они говорят, что рис подорожал на 20%.", "рис подорожал на 20%"),
    ("ru", "Эксперты говорят, что рис подорожал на 20%.", "рис подорожал на 20%"),
    ("en", "Rumours swirled for weeks before the ministry announced that the mine closed in May.",
     "the ministry announced that the mine closed in May"),
    ("en", "Rumours swirled for weeks before the ministry announced the closure.",
     "the ministry announced the closure"),
    ("en", "Rumours swirled for weeks until the ministry announced the closure.", "the ministry announced the closure"),
    ("en", "Rumours swirled for weeks before the ministry announced that the mine closed in May.",
     "the ministry announced that the mine closed in May"),
    ("en", "Rumours spread when 300 workers were sent home in May.", "300 workers were sent home in May"),
    ("en", "Rumours spread because 300 workers were sent home in May.", "300 workers were sent home in May"),
    ("en", "Rumours spread as 300 workers were sent home in May.", "300 workers were sent home in May"),
    ("en", "Rumours circulated in Hyesan after the mine closed in May, residents said.", "the mine closed in May"),
    ("en", "Rumours circulated in Hyesan after the mine closed in May.", "the mine closed in May"),
    ("en", "Rumours circulated after the mine closed in May.", "the mine closed in May"),
    ("en", "Rumours spread after the mine closed in May.", "the mine closed in May"),
    ("ko", "공장이 5월에 문을 닫았다는 소문이 돌았고, 당국도 이를 확인했다.", "공장이 5월에 문을 닫았다"),
    ("ko", "공장이 문을 닫았다는 소문이 돌았는데, 실제로 당국이 이를 확인했다.", "공장이 문을 닫았다"),
    ("ko", "공장이 문을 닫았다는 소문이 돌았고 당국이 사실로 확인했다.", "공장이 문을 닫았다"),
    ("ja", "工場が閉鎖されたといううわさが流れ、当局もこれを確認した。", "工場が閉鎖された"),
    ("en", "The war ended in 1953 and 1,953 prisoners were freed.", "1953 prisoners were freed"),
    ("en", "The factory 1,953 workers strong closed in May.", "The factory 1953 workers strong closed in May"),
    ("en", "In all, 2,019 workers were laid off.", "2019 workers were laid off"),
    ("en", "In all, 1,999 workers were laid off.", "1999 workers were laid off"),
    ("en", "The mine closed ❤️ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ❤ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ✅ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ⚠️ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ✈️ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ☀️ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ☎️ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ⭐ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ✨ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ⚡ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed ♻️ in May, residents said.", "The mine closed in May"),
    ("en", "The mine closed 🤷‍♀️ in May, residents said.", "The mine closed in May"),
    # a ninth blind review (1,796 cases: typography and numbers; hedges, doubts and limits in nine
    # languages), and this pass's own
    ('en', 'North Korea launched 37 ballistic missiles in 2022, the highest annual total on record, according to the '
     'Japanese defence ministry.',
     'North\xa0Korea\xa0launched\xa037 ballistic missiles in 2022, the highest annual total on record'),
    ('en', 'North Korea launched 37 ｂａｌｌｉｓｔｉｃ missiles in 2022, the highest annual total on record, according to the '
     'Japanese defence ministry.',
     'North Korea launched 37 ballistic missiles in 2022, the highest annual total on record'),
    ('en',
     'A defector who left Chongjin in 2021 said that rations for office workers had been cut to 300 grams of maize '
     'a day. Families relied on the market for the rest.',
     '“rations for office workers had been cut to 300 grams of maize a day”'),
    ('en',
     'Chinese border guards installed a second fence along the Tumen River in 2020, and smuggling across the river '
     'has fallen sharply since then.',
     'Chinese\xa0border\xa0guards\xa0installed a second fence along the Tumen River in 2020'),
    ('en',
     'Heavy rain in August flooded\xa04,000\xa0hectares\xa0of farmland in North Hwanghae province and destroyed 800 '
     'houses, the state broadcaster said.',
     'flooded 4,000 hectares of farmland in North Hwanghae province and destroyed 800 houses'),
    ('en', 'Three officials of the Hamhung city party committee were publicly executed in October for embezzling state '
     'funds, two sources in the city said.',
     '“Three officials of the Hamhung city party committee were publicly executed in October”'),
    ('en',
     'Workers\xa0at\xa0the\xa0Kaesong textile plant are now paid 3,500 won a month in cash and the rest in kind, a '
     'worker who fled in 2023 told investigators.',
     'Workers at the Kaesong textile plant are now paid 3,500 won a month in cash'),
    ('en',
     'State secu-\nrity agents arrested at least 27 people in Hoeryong for watching South Korean dramas, according '
     'to a source in North Hamgyong province.',
     'State security agents arrested at least 27 people in Hoeryong for watching South Korean dramas'),
    ('en', 'In 2019, 2,019 workers were sent to Russian logging camps, and by 2023 the figure had doubled.',
     '2019 workers were sent'),
    ('en', 'In 2019 – 5 mines closed in North Hamgyong, and the rest cut output.', '5 mines closed in North Hamgyong'),
    ('en', 'Temperatures in Samjiyon fell to −28 °C on Sunday.', 'fell to −28°C on Sunday'),
    ('en', 'The new road is 45 km long and cost 3.5 billion won.', 'The new road is 45km long'),
    ('en', 'The rocket flew 1,000.5 km before falling into the sea.', 'flew 1000.5 km'),
    ('tr', 'Hükümete göre 1.200 konut yeniden inşa edildi ve fiyatlar %20 arttı.', 'fiyatlar %20 arttı'),
    ('ko', '혜산 장마당에서 쌀 1kg 가격이 1만 2천원까지 올랐다.', '쌀 1kg 가격이 1만2천원까지 올랐다'),
    ('ja', '売上高は1億2000万円で、前年比15％増だった。', '1億2,000万円で'),
    ('en', 'Rice prices rose <s>20%</s> 25% in Hyesan in May.', 'Rice prices rose 25% in Hyesan in May'),
    ('en', 'The Musan mine **closed** in May after the pumps failed.', 'The Musan mine **closed** in May'),
    ('en', 'The mine closed[3–5] after the pumps failed.', 'The mine closed after the pumps failed'),
    ('en', 'The mine closed[3, 4] after the pumps failed.', 'The mine closed after the pumps failed'),
    ('en', '| City | Rice (won/kg) | Change |\n|---|---|---|\n| Hyesan | 6,000 | up 20% |\n| Pyongyang | 5,500 | shut '
     'down |\n',
     '6000'),
    ('en', '| City | Rice (won/kg) | Change |\n|---|---|---|\n| Hyesan | 6,000 | up 20% |\n| Pyongyang | 5,500 | shut '
     'down |\n',
     'Rice (won/kg)'),
    ('ko', '[데일리NK](https://dailynk.com) 소식통에 따르면 쌀값이 올랐다.', '데일리NK 소식통에 따르면 쌀값이 올랐다'),
    ('ja', '<ruby>恵山<rt>ヘサン</rt></ruby>の市場で米の価格が上がった。', '恵山の市場で米の価格が上がった'),
    ('en', 'He said: “They told us ‘the mine is closed for good’ and left.”',
     'They told us "the mine is closed for good" and left'),
    ('fr', 'Il parlait de ‹ rations spéciales › pour l’armée.', "Il parlait de « rations spéciales » pour l'armée"),
    ('ru', 'Шахта\xa0— закрыта.', 'Шахта - закрыта'),
    ('el', 'Σύμφωνα με πηγές, το ορυχείο έκλεισε τον Μάιο.', 'Συμφωνα με πηγες, το ορυχειο εκλεισε τον Μαιο'),
    ('en', 'The ship carried 2000 tonnes of coal to Nampo.', 'The ship carried 2,000 tonnes of coal'),
    ('en', 'Each tank holds 1950 litres of diesel.', 'Each tank holds 1,950 litres of diesel'),
    ('en', 'In total 2019 workers left for Russia.', 'In total 2,019 workers left for Russia'),
    ('en', 'Police detained 1999 people during the campaign.', 'Police detained 1,999 people'),
    ('en', 'A kilogram of maize costs 2000 won in Hyesan.', 'A kilogram of maize costs 2,000 won in Hyesan'),
    ('ko', '옥수수 1kg 가격은 2,000원이었다.', '옥수수 1kg 가격은 2000원이었다'),
    ('ko', '옥수수 1kg 가격은 2000원이었다.', '옥수수 1kg 가격은 2,000원이었다'),
    ('zh', '玉米价格为每公斤2000元。', '玉米价格为每公斤2,000元'),
    ('ja', 'トウモロコシは1キロ2000円だった。', 'トウモロコシは1キロ2,000円だった'),
    ('ja', '予算は1億2000万円に達した。', '予算は1億2,000万円に達した'),
    ('en', 'Exports reached 12,345.6 tonnes in May.', 'Exports reached 12345.6 tonnes in May'),
    ('en', 'Exports reached 12345.6 tonnes in May.', 'Exports reached 12,345.6 tonnes in May'),
    ('de', 'Die Exporte erreichten 12.345,6 Tonnen im Mai.', 'Die Exporte erreichten 12345,6 Tonnen'),
    ('fr', 'Les exportations ont atteint 12 345,6 tonnes en mai.', 'Les exportations ont atteint 12345,6 tonnes'),
    ('en', 'The fine was $1,250.50 per violation.', 'The fine was $1250.50 per violation'),
    ('en', 'The mine closed [3] after the pumps failed.', 'The mine closed after the pumps failed'),
    ('en', 'The mine closed[3,4] after the pumps failed.', 'The mine closed after the pumps failed'),
    ('en', 'The mine closed. [12] After that the pumps failed.', 'The mine closed. After that the pumps failed'),
    ('en', 'The mine closed[citation needed] after the pumps failed.', 'The mine closed after the pumps failed'),
    ('fr', 'Il parlait de ‹ rations spéciales › pour l’armée.', "Il parlait de ‹rations spéciales› pour l'armée"),
    ('fr', 'Il parlait de « rations spéciales » pour l’armée.', "Il parlait de ‹ rations spéciales › pour l'armée"),
    ('en', 'Each family received 5 kg of maize.', 'Each family received 5kg of maize'),
    ('en', 'The train runs at 30 km/h on the old line.', 'The train runs at 30km/h on the old line'),
    ('de', 'Niemand bestreitet, dass die Sanktionen von 2017 die Kohleexporte fast vollständig gestoppt haben.',
     'die Sanktionen von 2017 die Kohleexporte fast vollständig gestoppt haben'),
    ('de', 'Rund 300 Menschen wurden bei der Razzia gegen südkoreanische Serien in Wonsan festgenommen.',
     '300 Menschen wurden bei der Razzia gegen südkoreanische Serien in Wonsan festgenommen'),
    ('de', 'Nicht nur der Reispreis ist gestiegen, sondern auch Mais ist in Musan knapp geworden.',
     'auch Mais ist in Musan knapp geworden'),
    ('en', 'Even if the border reopened in 2023, trade volumes have stayed far below their 2019 level.',
     'the border reopened in 2023'),
    ('en',
     'Is there any doubt that the missile flew over Japan? The Japanese coast guard tracked it for twelve minutes.',
     'the missile flew over Japan'),
    ('en', 'Few would dispute claims that the sanctions regime is leaking badly at sea.',
     'the sanctions regime is leaking badly at sea'),
    ('en', 'The drone crashed near Paju, possibly after losing its GPS signal, the military said.',
     'The drone crashed near Paju'),
    ('en', 'The source, who declined to be identified for safety reasons, said 20 people were arrested in Hoeryong.',
     '20 people were arrested in Hoeryong'),
    ('en', 'If anything, the crackdown on foreign media has intensified since the new law took effect.',
     'the crackdown on foreign media has intensified since the new law took effect'),
    ('en',
     'Police in Hyesan arrested 30 people in May for using Chinese phones. Officials later denied reports that some '
     'were tortured.',
     'Police in Hyesan arrested 30 people in May for using Chinese phones'),
    ('en', 'Nobody knows how many people died when the Hwanggang dam burst in 2021.',
     'the Hwanggang dam burst in 2021'),
    ('en', 'The ministry confirmed the previously unconfirmed reports that the Komdok mine had reopened.',
     'the Komdok mine had reopened'),
    ('en', 'No matter how many hours they work, the miners earn about 3,000 won a month.',
     'the miners earn about 3,000 won a month'),
    ('en', 'Little did the guards know that the soldier had already crossed the river.',
     'the soldier had already crossed the river'),
    ('en', 'Rice prices rose 20%, a month after the floods hit the west coast.', 'Rice prices rose 20%'),
    ('en',
     'The rumour, which spread quickly through the Sinuiju market, turned out to be true: the exchange rate was cut.',
     'the exchange rate was cut'),
    ('en', 'Sources claim the new border fence in Ryanggang carries a 3,300-volt current.',
     'the new border fence in Ryanggang carries a 3,300-volt current'),
    ('en', 'Not only did the price of rice rise in Hyesan, but corn also became scarce in Musan county.',
     'corn also became scarce in Musan county'),
    ('en', 'Not surprisingly, the price of diesel in Sinuiju jumped after China tightened inspections at the bridge.',
     'the price of diesel in Sinuiju jumped after China tightened inspections at the bridge'),
    ('en', 'Kim Chol was charged with espionage in 2021. He denied the allegations.',
     'Kim Chol was charged with espionage in 2021'),
    ('en', 'The Unification Ministry said 196 defectors arrived in the South in 2023, up from 67 the year before. The '
     'figure was later revised to 196 from an earlier estimate of 180.',
     '196 defectors arrived in the South in 2023'),
    ('en', 'Residents said it was the sharpest rise in rice prices they could remember.',
     'the sharpest rise in rice prices'),
    ('es', 'Nadie duda de que las sanciones redujeron los ingresos en divisas del régimen.',
     'las sanciones redujeron los ingresos en divisas del régimen'),
    ('fr', "Si les exportations de charbon ont chuté de 90 %, c'est d'abord à cause des sanctions de 2017.",
     'les exportations de charbon ont chuté de 90 %'),
    ('fr', 'Le prix du riz a sans aucun doute dépassé 7 000 wons le kilo à Hyesan en septembre.',
     'dépassé 7 000 wons le kilo à Hyesan en septembre'),
    ('fr', 'Environ 300 personnes ont été arrêtées lors de la campagne contre les séries sud-coréennes à Wonsan.',
     '300 personnes ont été arrêtées lors de la campagne contre les séries sud-coréennes à Wonsan'),
    ('ja', '統一省によると、2023年に韓国入りした脱北者は196人だった。', '2023年に韓国入りした脱北者は196人だった'),
    ('ja', 'フェリーは海州沖でほとんど沈没しかけた。', '沈没しかけた'),
    ('ja', '元山での韓国ドラマ取り締まりで約300人が拘束された。', '300人が拘束された'),
    ('ko', '통일부에 따르면 2023년 한국에 입국한 탈북민은 196명이었다.', '2023년 한국에 입국한 탈북민은 196명'),
    ('ko', '원산에서 한국 드라마 단속으로 약 300명이 구금됐다.', '300명이 구금됐다'),
    ('ru', 'Никто не отрицает, что санкции 2017 года почти остановили экспорт угля.',
     'санкции 2017 года почти остановили экспорт угля'),
    ('uk', 'Хоча кордон відкрили у 2023 році, торгівля залишається значно нижчою за рівень 2019 року.',
     'кордон відкрили у 2023 році'),
    ('uk', 'Близько 300 людей затримали під час кампанії проти південнокорейських серіалів.',
     '300 людей затримали під час кампанії проти південнокорейських серіалів'),
    ('es', 'No cabe duda de que las sanciones golpearon más a los mineros que a la élite.',
     'las sanciones golpearon más a los mineros que a la élite'),
    ('es', 'Las autoridades no explicaron por qué el paso fronterizo de Namyang cerró el 5 de junio.',
     'el paso fronterizo de Namyang cerró el 5 de junio'),
    ('ru', 'Почти через год после наводнения дорогу из Хесана в Мусан вновь открыли для грузовиков.',
     'дорогу из Хесана в Мусан вновь открыли для грузовиков'),
    ('ru', 'Вопреки ожиданиям, осенний урожай в Южной Хванхэ оказался хорошим.',
     'осенний урожай в Южной Хванхэ оказался хорошим'),
    ('uk', 'Майже через рік після повені дорогу з Хесана до Мусана знову відкрили для вантажівок.',
     'дорогу з Хесана до Мусана знову відкрили для вантажівок'),
    ('zh', '那名要求匿名的脱北者说，耀德集中营已于2014年关闭。', '耀德集中营已于2014年关闭'),
    ('ko', '광산은 5월에 재가동됐고, 이는 나중에 성(省)에서도 확인됐다.', '광산은 5월에 재가동됐고'),
    ('zh', '据韩国统一部统计，2023年共有196名脱北者抵达韩国。', '2023年共有196名脱北者抵达韩国'),
    ('zh', '干部们把玉米卖到黑市，而不是分配给工人。', '干部们把玉米卖到黑市'),
    ('de', 'Im Bericht heißt es, die Mine sei im Mai wieder geöffnet worden.',
     'die Mine sei im Mai wieder geöffnet worden'),
    ('en', 'Output rose to 300 tonnes, a figure confirmed by officials.', 'Output rose to 300 tonnes'),
    ('en', 'Output rose to 300 tonnes, a figure that contradicts state media.', 'Output rose to 300 tonnes'),
    ('en', 'All the workers left for the farms.', 'the workers left for the farms'),
    ('ja', '彼は工場へ行けと言われた。', '彼は工場へ行け'),
    ('zh', '工厂已经关闭，这是事实。', '工厂已经关闭'),
    ('en', 'Analysts who once speculated about a coup now say the elite is united.',
     'about a coup now say the elite is united'),
    ('en', 'In 2019 millions fled the cities.', 'millions fled the cities'),
    ('en', 'On May 3 500 workers were sent to the farms.', '500 workers were sent to the farms'),
    ('en', 'The dozen smugglers were arrested.', 'dozen smugglers were arrested'),
    ('en', 'In 2019 hundred of them left.', 'hundred of them left'),
    ('en', 'Chapter 3 thousand cranes fly.', 'thousand cranes fly'),
    ('en', 'The mine closed[3] after the pumps failed.', 'The mine closed after the pumps failed'),
    ('fr', "Il n'est pas exclu qu'il pleuve. Les autorités ont déplacé les prisonniers vers Kaechon.",
     'Les autorités ont déplacé les prisonniers vers Kaechon'),
    ('ru', 'Шахта возобновила работу в мае, что подтвердило министерство.', 'Шахта возобновила работу в мае'),
    ('zh', '他不排除任何可能。工厂已经恢复生产。', '工厂已经恢复生产'),
    ('ko', '그는 회의에 참석하는 대신 보고서를 보냈다는 소식이다. 공장은 다시 가동됐다.', '공장은 다시 가동됐다'),
    ('ru', 'Словно по команде, рынки закрылись в тот же день.', 'рынки закрылись в тот же день'),
    ('uk', 'Робітники отримали 300 грамів кукурудзи за місяць.', 'Робітники отримали 300 грамів кукурудзи'),
    ('en', 'Each family received 5kg of maize.', 'Each family received 5 kg of maize'),
    ('ja', '国境警備隊は賄賂を受け取る代わりに密輸を見逃した。', '国境警備隊は賄賂を受け取る'),
    ('en', 'The factory will use the fuel provided by China.', 'The factory will use the fuel'),
    ('en', 'No one disputes the official account that the fire started in a box.', 'the fire started in a box'),
    # asides that hedge left out by an ellipsis, limits and hearsay of this pass
    ('en', 'The new currency reform, which took effect in May, was drafted without input from the central bank.',
     'The new currency reform … was drafted without input from the central bank'),
    ('en',
     'The balloon campaign, which Seoul says was organised by the General Reconnaissance Bureau, dropped leaflets '
     'over Incheon.',
     'was organised by the General Reconnaissance Bureau'),
    # a tenth blind review (1,817 cases: look-alikes of the new rules, and realistic paragraphs)
    ('en', '"The border will stay shut until the end of the year," the Chinese customs official said to reporters in '
     'Dandong.',
     'The border will stay shut until the end of the year'),
    ('en', 'Entire villages along the Tumen were emptied as soldiers moved residents inland.',
     'Entire villages along the Tumen were emptied'),
    ('en', 'The entire budget for the housing project, 2.3 billion won, was spent by August.',
     'The entire budget for the housing project, 2.3 billion won, was spent by August'),
    ('en',
     'All units took part in the drill. Notably, the 4th Corps deployed its new rocket launchers for the first time.',
     'All units took part in the drill'),
    ('en', 'Undoubtedly, the authorities closed the border at Hoeryong in January.',
     'the authorities closed the border at Hoeryong in January'),
    ('en', 'Smugglers hid 40 kg of methamphetamine in a false bottom of the truck.',
     'Smugglers hid 40 kg of methamphetamine'),
    ('en', 'The sham trial ended after two hours. The defendants were sentenced to 15 years of hard labour.',
     'The defendants were sentenced to 15 years of hard labour'),
    ('en', 'The Tumen is at its lowest level in decades; smugglers now wade across at night.',
     'smugglers now wade across at night'),
    ('en', 'Rice was 5,800 won; corn was 2,600 won.', 'corn was 2600 won'),
    ('en', 'A 2,000-strong crowd gathered in Kim Il Sung Square.',
     'A 2000-strong crowd gathered in Kim Il Sung Square'),
    ('en', 'The official said the ship was “clearly North Korean.”', '"clearly North Korean"'),
    ('en', 'Shaft No. 3 collapsed in May, killing 11 miners.', 'Shaft No. 3 collapsed in May, killing 11 miners'),
    ('en', 'A 2,000-tonne cargo ship was seen at Nampo.', 'A 2000-tonne cargo ship was seen at Nampo'),
    ('en', 'The 2000-metre runway at Sondok was extended.', 'The 2,000-metre runway at Sondok was extended'),
    ('en', 'The mine closed.[3] After two years, it reopened.', 'The mine closed. After two years, it reopened.'),
    ('en', 'The campaign, dubbed the "80-day battle", began in October.', 'The campaign … began in October'),
    ('en', 'The mine, probably the oldest in the country, reopened in May.', 'The mine … reopened in May'),
    ('en', 'From May, rations will be cut to 300 grams.', 'rations will be cut to 300 grams'),
    ('en', 'Exports declined to 1.2 billion dollars in 2023.', '1.2 billion dollars in 2023'),
    ('fr', 'On dit souvent que Hyesan est la capitale de la contrebande. En mai, 40 passeurs y ont été arrêtés.',
     'En mai, 40 passeurs y ont été arrêtés'),
    ('de', 'Die Mine heißt Ryongdung und liegt in der Provinz Süd-Hamgyong. Sie wurde 2019 geschlossen.',
     'Sie wurde 2019 geschlossen'),
    ('de', 'Die Preise stiegen im Mai um 20 Prozent, nicht um 30 Prozent, wie zunächst gemeldet.',
     'Die Preise stiegen im Mai um 20 Prozent'),
    ('de', 'Niemand bestreitet, dass die Hungersnot der 1990er Jahre Hunderttausende Menschen tötete.',
     'die Hungersnot der 1990er Jahre Hunderttausende Menschen tötete'),
    ('de', 'Die Gerüchte bestätigten sich: Am 6. Mai kündigte das Ministerium die Schließung des Marktes an.',
     'Am 6. Mai kündigte das Ministerium die Schließung des Marktes an'),
    ('es', 'Todos los pescadores fueron rescatados y se encuentran a salvo, informó la guardia costera japonesa.',
     'Todos los pescadores fueron rescatados'),
    ('ru', 'Как говорят официальные лица в Даньдуне, граница откроется в мае.', 'граница откроется в мае'),
    ('ru', 'По словам министерства, урожай составил 4,8 млн тонн.', 'урожай составил 4,8 млн тонн'),
    ('ru', 'Пайки сократились до 300 граммов в день, по крайней мере на бумаге.',
     'Пайки сократились до 300 граммов в день, по крайней мере на бумаге'),
    ('ru', 'Колонну остановили в 45 км от границы.', 'в 45км от границы'),
    ('ru', 'Ёмкость хранилища — 300 тонн, сообщил директор.', 'Емкость хранилища — 300 тонн'),
    ('uk', 'Дві з трьох шахт у Мусані закрилися 2019 року.', 'Дві з трьох шахт у Мусані закрилися 2019 року'),
    ('uk', 'Експорт сягнув 1 200 млн доларів.', 'Експорт сягнув 1200 млн доларів'),
    ('uk', 'Колону зупинили за 45 км від кордону.', 'за 45км від кордону'),
    ('zh', '工兵排除了边境附近的300枚地雷。', '工兵排除了边境附近的300枚地雷'),
    ('zh', '为什么军队关闭了市场？居民说是在搜捕逃兵。', '居民说是在搜捕逃兵'),
    ('zh', '世界粮食计划署提供了2000吨玉米，将于五月分发。', '世界粮食计划署提供了2,000吨玉米'),
    ('ja', '住民によると、市場は3日間閉鎖された。', '市場は3日間閉鎖された'),
    ('zh', '除夕夜，所有市场都关闭了。', '所有市场都关闭了'),
    ('ja', 'いわゆる「苦難の行軍」で数十万人が死亡した。', '「苦難の行軍」で数十万人が死亡した'),
    ('fr', 'Les autorités ont fermé le marché, rapporte le Daily NK.', 'Les autorités ont fermé le marché'),
    ('ru', 'Таможня изъяла 10 кг метамфетамина.', 'Таможня изъяла 10кг метамфетамина'),
    ('ru', 'Колонну остановили в 45км от границы.', 'в 45 км от границы'),
    ('uk', 'Митниця вилучила 10 кг метамфетаміну.', 'Митниця вилучила 10кг метамфетаміну'),
    ('ja', '車列は国境から45 kmの地点で止められた。', '車列は国境から45kmの地点で止められた'),
    ('zh', '车队在距离边境45 km处被拦下。', '车队在距离边境45km处被拦下'),
    ('zh', '大米每公斤售价６２００朝元。', '大米每公斤售价6200朝元'),
    ('ru', 'Цена риса в Хесане выросла до 6 200 вон за килограмм.', '6 200 вон за килограмм'),
    ('ru', 'Экспорт сократился до 1,2 млрд долларов в 2023 году.', '1,2 млрд долларов в 2023 году'),
    ('uk', 'Ціна рису в Хесані зросла до 6 200 вон за кілограм.', '6 200 вон за кілограм'),
    ('es', 'El precio del arroz subió hasta 6.200 wones el kilo.', '6.200 wones el kilo'),
    ('fr', "Le prix du riz est monté jusqu'à 6 200 wons le kilo.", '6 200 wons le kilo'),
    ('ru', 'Министерство объявило о возобновлении работы шахты, что опровергло слухи о её закрытии.',
     'Министерство объявило о возобновлении работы шахты'),
    ('ja', '予想に反して、鉱山は5月に再開した。', '鉱山は5月に再開した'),
    ('ru', 'Известно, что шахта закрылась в 2019 году.', 'шахта закрылась в 2019 году'),
    ('ja', '政府は近く300人の労働者をロシアに派遣する。', '300人の労働者をロシアに派遣する'),
    ('ru', 'Цена риса выросла с 5 400 до 6 200 вон за килограмм.', '6 200 вон за килограмм'),
    ('ru', 'Цена риса снизилась до 5 200 вон за килограмм в августе.', '5 200 вон за килограмм в августе'),
    ('ru', 'Пайки урезали до 300 граммов в день.', '300 граммов в день'),
    ('uk', 'Пайки скоротили до 300 грамів на день.', '300 грамів на день'),
    ('uk', 'Ціна рису впала до 5 200 вон за кілограм.', '5 200 вон за кілограм'),
    ('fr', "Le prix du riz est tombé jusqu'à 5 200 wons le kilo en août.", '5 200 wons le kilo en août'),
    ('es', 'Las raciones se redujeron hasta 300 gramos diarios.', '300 gramos diarios'),
    ('ko', '주민들은 배급을 안 받았다고 말했다.', '배급을 안 받았다'),
    ('ru', 'Министерство подтвердило возобновление работы шахты, что опровергает слухи о её закрытии.',
     'Министерство подтвердило возобновление работы шахты'),
    ('uk', 'Міністерство оголосило про відновлення роботи шахти, що спростувало чутки про її закриття.',
     'Міністерство оголосило про відновлення роботи шахти'),
    ('ru', 'Таможня изъяла 300 т угля.', 'Таможня изъяла 300т угля'),
    ('ru', 'Наводнение затопило 12 000 га посевов.', 'Наводнение затопило 12 000га посевов'),
    ('uk', 'Повінь затопила 12 000 га посівів.', 'Повінь затопила 12 000га посівів'),
    ('zh', '海关查获了10 kg冰毒。', '海关查获了10kg冰毒'),
    ('ja', '300 mmの雨が降った。', '300mmの雨が降った'),
    ('en', 'A 1,950-strong unit was sent to Kursk.', 'A 1950-strong unit was sent to Kursk'),
    ('en', 'Archaeologists found a 2,000-year-old tomb near Pyongyang.', 'a 2000-year-old tomb near Pyongyang'),
    ('es', 'El precio del arroz subió desde 5.400 hasta 6.200 wones el kilo.', '6.200 wones el kilo'),
    ('uk', 'Ціна рису зросла з 5 400 до 6 200 вон за кілограм.', '6 200 вон за кілограм'),
    ('en', 'In a 2,000-word statement, KCNA accused Seoul of provocation.',
     'In a 2000-word statement, KCNA accused Seoul of provocation'),
    ('ko', '쌀 1 kg이 6200원에 팔렸다.', '쌀 1kg이 6200원에 팔렸다'),
    ('en', 'SEOUL, March 4 (Reuters) - North Korea fired two short-range ballistic missiles into the sea off its east '
     'coast on Tuesday, South Korea’s military said. The missiles flew about 350 km (220 miles) before landing '
     'outside Japan’s exclusive economic zone, the Joint Chiefs of Staff said in a statement. Japan’s defence '
     'ministry said it could not immediately confirm whether any debris had fallen in its waters.',
     '“North Korea fired two short-range ballistic missiles into the sea off its east coast on Tuesday.”'),
    ('en', 'North Korea appears to have resumed construction at the Sinpo South shipyard, according to [satellite '
     'imagery](https://example.com/planet) reviewed by NK Pro. The images show a new crane and what may be a '
     'submarine hull section near the dry dock. NK Pro could not independently verify whether the work is related '
     "to the country's ballistic missile submarine program.",
     'according to satellite imagery reviewed by NK Pro'),
    ('en', 'A source in North Hamgyong Province told *Daily NK* that authorities in Chongjin have reportedly begun '
     'inspecting homes for USB drives containing foreign films. "They check every drawer. If they find anything, '
     'the whole family is in trouble," the source said, adding that at least three households in Sunam district had '
     'been reported to the Ministry of State Security.',
     'If they find anything, the whole family is in trouble'),
    ('en', '74. The Panel investigated the ship *Xin Hai 9*, which it assesses conducted at least four ship-to-ship '
     'transfers of refined petroleum off Nampo between May and August 2022.[12] The flag State informed the Panel '
     'that the vessel had been de-registered in April 2022. The Panel continues its investigation.',
     'the vessel had been de-registered in April 2022'),
    ('en', 'North Korea said on Friday it had successfully launched its first military reconnaissance satellite, the '
     'Malligyong-1, into orbit. The U.S. Space Command confirmed that an object had reached orbit but said it could '
     'not assess whether the satellite was functioning.',
     'an object had reached orbit'),
    ('en', 'Interviewee summary:\n\n1. Female, 34, from Hyesan; left 2019. Says smuggling across the Yalu "almost '
     'stopped" after 2020.\n2. Male, 51, from Musan; left 2018. Says he paid a 3,000-yuan bribe to avoid '
     'conscription of his son.\n3. Female, 29, from Chongjin; left 2020. Declined to discuss her family.',
     'he paid a 3000-yuan bribe'),
    ('en',
     'The Ryugyong Hotel is a 105-storey pyramid-shaped skyscraper in Pyongyang.[3] Construction began in 1987 but '
     'was halted in 1992 as North Korea entered a period of economic crisis.[4][5] The exterior was completed in '
     '2011, but the hotel has never opened.[citation needed]',
     'The Ryugyong Hotel is a 105-storey pyramid-shaped skyscraper in Pyongyang.'),
    ('en', "The Panel notes that the vessel's AIS transponder was switched off for 11 days, an un-\nusual gap for a "
     "tanker of its size. The owner, Hong Kong–registered Poly Glory Ltd, did not reply to the Panel's letters.",
     'Hong Kong-registered Poly Glory Ltd'),
    ('en', 'The ministry <em>did not</em> confirm the number of casualties, but a hospital worker in Hamhung told RFA '
     'that at least 40 people had been treated for burns.',
     'The ministry did not confirm the number of casualties'),
    ('en',
     "Today we delivered 12 tonnes of flour to a children's home in South Pyongan 🙏 Thanks to all our donors! Full "
     'report here: [link](https://example.org/report). (Monitoring visit was conducted by our partner, not our '
     'staff.)',
     "Today we delivered 12 tonnes of flour to a children's home in South Pyongan 🙏"),
    ('en', 'Every province except Kangwon reported a rise in measles cases in 2023, the WHO said. Kangwon, which '
     'vaccinated 98% of children in 2022, reported none.',
     'Kangwon … reported none'),
    ('en', 'In a statement, the foreign ministry called the sanctions "a gangster-like act" and vowed "the toughest '
     'counteraction." It did not specify what measures it would take.\n\n*Reporting by Josh Smith; Editing by '
     'Lincoln Feast.*',
     'vowed "the toughest counteraction"'),
    ('fr', 'SÉOUL, 4 mars (AFP) – La Corée du Nord a tiré mardi deux missiles balistiques de courte portée en mer du '
     "Japon, a annoncé l'armée sud-coréenne. Selon l'état-major interarmées, les engins ont parcouru environ 350 "
     "km. Tokyo n'a pas confirmé que des débris étaient tombés dans sa zone économique exclusive.",
     'les engins ont parcouru environ 350km'),
    ('de',
     'Außer in Rason wurden alle Sonderwirtschaftszonen seit 2020 faktisch stillgelegt. Der Handel mit China ging '
     '2021 um 94,5 Prozent zurück; 2023 erreichte er wieder rund 2,3 Mrd. US-Dollar.',
     'Der Handel mit China ging … um 94,5 Prozent zurück'),
    ('es', 'Se dice que en Sinuiju ya no hay arroz en los mercados 😟 Un contacto me cuenta que el kilo de maíz está a '
     '4.000 wones. ¿Alguien puede confirmarlo?',
     'el kilo de maíz está a 4.000 wones'),
    ('ru', 'ПХЕНЬЯН, 15 апреля. /ТАСС/. КНДР провела испытание новой крылатой ракеты, которая пролетела около 1500 км, '
     'сообщило Центральное телеграфное агентство Кореи. По данным агентства, ракета поразила цель с высокой '
     'точностью.',
     'ракета поразила цель с высокой точностью'),
    # eleventh and twelfth reviews
    ('en',
     'The cement factory, which opened in 1998 with help from a Chinese investor, employed about 400 workers until '
     'it closed in 2016.',
     'The cement factory … employed about 400 workers until it closed in 2016.'),
    ('en', 'Kim Young-ho, a former railway engineer from Hyesan, said the trains ran only twice a week that winter.',
     'Kim Young-ho … said the trains ran only twice a week that winter.'),
    ('en', 'At the Sunday market, traders sold rice, corn, soybean oil, batteries and Chinese-made clothing.',
     'At the Sunday market, traders sold rice, corn … and Chinese-made clothing.'),
    ('en', 'On 14 March 2021, border guards in Sinuiju opened fire on two smugglers crossing the Yalu.',
     '… border guards in Sinuiju opened fire on two smugglers crossing the Yalu.'),
    ('en',
     "The people's committee met, as it does every Tuesday, in the old school building and approved the new quotas.",
     "The people's committee met … in the old school building and approved the new quotas."),
    ('en', 'The inspectors, apart from checking the ledgers, interviewed every worker on the night shift.',
     'The inspectors … interviewed every worker on the night shift.'),
    ('en',
     'The so-called voluntary contribution was nothing other than a bribe, paid every month, to keep the stall open.',
     'The so-called voluntary contribution was nothing other than a bribe … to keep the stall open.'),
    ('en',
     'The second shipment, which was identical to the first except that it carried no medicine, reached Nampo on 3 '
     'June.',
     'The second shipment … reached Nampo on 3 June.'),
    ('en',
     'Electricity in the district is usually cut at 9 pm. Factories have priority. Households get power for roughly '
     'two hours a day.',
     'Electricity in the district is usually cut at 9 pm. ... Households get power for roughly two hours a day.'),
    ('en', 'In a statement released late on Tuesday, the Ministry of Unification said that 67 defectors had arrived in '
     'the first quarter.',
     '[…] the Ministry of Unification said that 67 defectors had arrived in the first quarter.'),
    ('en',
     "The fine (about 50,000 won, or roughly two months' wages for a factory worker) was collected on the spot by "
     'the traffic police.',
     'The fine … was collected on the spot by the traffic police.'),
    ('en', 'The flash flood destroyed not only the footbridge but also the primary school.',
     'The flash flood destroyed … the primary school.'),
    ('en', "Officials said the farmers' union, not the ministry, had set the new quota.",
     "Officials said the farmers' union … had set the new quota."),
    ('en', 'Few people other than the cadres, who lived in the new apartment blocks near the station, had electricity '
     'after 8 pm.',
     'Few people other than the cadres … had electricity after 8 pm.'),
    ('en', 'All workers except the guards were paid in March, a month later than usual.',
     'All workers except the guards were paid in March …'),
    ('en', 'The prices were, frankly, absurd: a kilo of rice cost 6,000 won at the Sunam market.',
     'The prices were … absurd: a kilo of rice cost 6,000 won at the Sunam market.'),
    ('en', 'The report, published in June by a Seoul-based NGO, says that the camp, known as Kwalliso 16, held about '
     '20,000 prisoners in 2013, most of them relatives of alleged traitors.',
     'The report … says that the camp … held about 20,000 prisoners in 2013 …'),
    ('en', 'She lost her phone at the checkpoint. Other than that, nothing was taken from her.',
     'She lost her phone at the checkpoint. Other than that, nothing was taken from her.'),
    ('en', 'Apart from its role in the 2009 currency reform, the bureau also ran the state lottery until 2014.',
     '… the bureau also ran the state lottery until 2014.'),
    ('en', 'Chinese police, acting on a tip from a North Korean informant, arrested the group of seven in Yanji.',
     'Chinese police … arrested the group of seven in Yanji.'),
    ('en', 'The drill was routine, except that live ammunition was used for the first time since 2017.',
     'The drill was routine, except that live ammunition was used …'),
    ('en',
     'Mrs Choi, who is now 71 and lives in Incheon, told us that her son had been sent to Camp 25 in 2004 after a '
     'neighbour reported him.',
     'Mrs Choi … told us that her son had been sent to Camp 25 in 2004 …'),
    ('en',
     'Prices at the jangmadang — the informal markets that sprang up in the 1990s — doubled within a month of the '
     'currency reform.',
     'Prices at the jangmadang … doubled within a month of the currency reform.'),
    ('en', 'Officials claimed there was a diesel shortage in the port, a claim that traders denied.',
     'Officials claimed there was a diesel shortage in the port …'),
    ('fr',
     "Le directeur de l'usine, nommé en 2017 par le comité provincial, a reconnu que la production avait chuté de "
     'moitié.',
     "Le directeur de l'usine […] a reconnu que la production avait chuté de moitié."),
    ('fr', "Les commerçants vendaient du riz, du maïs, de l'huile et des piles au marché de Hyesan.",
     'Les commerçants vendaient du riz, du maïs (…) au marché de Hyesan.'),
    ('fr', 'Le 3 mai 2020, plusieurs familles ont été expulsées de leurs logements à Chongjin.',
     '… plusieurs familles ont été expulsées de leurs logements à Chongjin.'),
    ('fr', "Tous les ouvriers, qui avaient pourtant travaillé tout l'hiver sans chauffage, ont été payés en mars.",
     'Tous les ouvriers … ont été payés en mars.'),
    ('fr', 'En dehors de la distribution de riz, le comité a aussi organisé une campagne de vaccination dans chaque '
     'village.',
     '… le comité a aussi organisé une campagne de vaccination dans chaque village.'),
    ('fr', "Les familles ne recevaient, depuis l'été, que deux kilos de maïs par mois.",
     'Les familles ne recevaient … que deux kilos de maïs par mois.'),
    ('fr', 'Le chef du district aurait, selon deux témoins, ordonné la destruction des registres.',
     'Le chef du district aurait […] ordonné la destruction des registres.'),
    ('fr', "C'est la femme du directeur, et non le directeur, qui a vendu le riz de l'entrepôt.",
     "C'est la femme du directeur … qui a vendu le riz de l'entrepôt."),
    ('fr', "Cette « contribution volontaire » n'était rien d'autre qu'un pot-de-vin, versé chaque mois, pour garder "
     "l'étal.",
     "Cette « contribution volontaire » n'était rien d'autre qu'un pot-de-vin (…) pour garder l'étal."),
    ('fr',
     "La récolte a été mauvaise dans le Hamgyong du Nord.\n\nLes pluies sont arrivées tard et l'usine d'engrais de "
     'Hungnam tournait à mi-régime. Plusieurs paysans disent avoir mangé leurs semences dès mars.\n\nLes autorités '
     'de Pyongyang ont pourtant annoncé une récolte record.',
     'La récolte a été mauvaise dans le Hamgyong du Nord. […] Les autorités de Pyongyang ont pourtant annoncé une '
     'récolte record.'),
    ('es', 'El hospital provincial, construido en los años setenta con ayuda soviética, cerró su sala de maternidad en '
     '2019.',
     'El hospital provincial … cerró su sala de maternidad en 2019.'),
    ('es', 'Según el informe, los comerciantes vendían arroz, maíz, aceite y pilas en el mercado de Hyesan.',
     'Según el informe, los comerciantes vendían arroz … en el mercado de Hyesan.'),
    ('es', 'El 12 de abril de 2018, la policía detuvo a cinco mujeres en la estación de Hamhung.',
     '… la policía detuvo a cinco mujeres en la estación de Hamhung.'),
    ('es', 'Aparte de repartir arroz, el comité también organizó una campaña de vacunación en cada aldea.',
     '… el comité también organizó una campaña de vacunación en cada aldea.'),
    ('es',
     'Todos los presos del bloque 3, donde excepto los guardias nadie tenía estufa, fueron trasladados a Chongjin '
     'en mayo.',
     'Todos los presos del bloque 3 … fueron trasladados a Chongjin en mayo.'),
    ('es', 'Lo que llamaban «contribución voluntaria» no era más que un soborno, pagado cada mes, para conservar el '
     'puesto.',
     'Lo que llamaban «contribución voluntaria» no era más que un soborno … para conservar el puesto.'),
    ('es', 'Los guardias, como ya ocurrió en 2018, no recibieron ningún castigo por las palizas.',
     'Los guardias ... no recibieron ningún castigo por las palizas.'),
    ('es',
     'Las autoridades cortaron la luz a las nueve de la noche. Las fábricas tenían prioridad. Los hogares recibían '
     'unas dos horas de electricidad al día.',
     'Las autoridades cortaron la luz a las nueve de la noche. (...) Los hogares recibían unas dos horas de '
     'electricidad al día.'),
    ('de', 'Der Fabrikdirektor, der 2017 vom Provinzkomitee ernannt worden war, räumte ein, dass die Produktion um die '
     'Hälfte gesunken sei.',
     'Der Fabrikdirektor … räumte ein, dass die Produktion um die Hälfte gesunken sei.'),
    ('de', 'Am 5. Juni 2020 wurden in Hyesan drei Familien aus ihren Wohnungen vertrieben.',
     '… wurden in Hyesan drei Familien aus ihren Wohnungen vertrieben.'),
    ('de', 'Die Händler verkauften Reis, Mais, Speiseöl und Batterien auf dem Markt von Hoeryong.',
     'Die Händler verkauften Reis, Mais … auf dem Markt von Hoeryong.'),
    ('de', 'Abgesehen von der Reisverteilung organisierte das Komitee auch eine Impfkampagne in jedem Dorf.',
     '… organisierte das Komitee auch eine Impfkampagne in jedem Dorf.'),
    ('de', 'Die Grenzsoldaten wurden, wie schon im Vorjahr, nie für die Schüsse bestraft.',
     'Die Grenzsoldaten wurden … nie für die Schüsse bestraft.'),
    ('de', 'Die Flut zerstörte nicht nur die Brücke, sondern auch die Schule.',
     'Die Flut zerstörte … auch die Schule.'),
    ('de', 'Die sogenannte freiwillige Spende war nichts anderes als ein Bestechungsgeld, das jeden Monat an den '
     'Marktverwalter gezahlt wurde.',
     'Die sogenannte freiwillige Spende war nichts anderes als ein Bestechungsgeld …'),
    ('de',
     'Die Ernte in Nord-Hamgyong war schlecht.\n\nDer Regen kam spät, und die Düngerfabrik in Hungnam lief nur mit '
     'halber Kraft. Bauern berichteten, sie hätten ihr Saatgut schon im März gegessen.\n\nDie Behörden in Pjöngjang '
     'meldeten dennoch eine Rekordernte.',
     'Die Ernte in Nord-Hamgyong war schlecht. [...] Die Behörden in Pjöngjang meldeten dennoch eine Rekordernte.'),
    ('ru', 'Директор завода, назначенный в 2017 году областным комитетом, признал, что производство упало вдвое.',
     'Директор завода … признал, что производство упало вдвое.'),
    ('ru', '3 мая 2020 года несколько семей были выселены из своих квартир в Чхонджине.',
     '… несколько семей были выселены из своих квартир в Чхонджине.'),
    ('ru', 'Торговцы продавали рис, кукурузу, масло и батарейки на рынке в Хесане.',
     'Торговцы продавали рис, кукурузу … на рынке в Хесане.'),
    ('ru', 'Помимо раздачи риса, комитет также организовал вакцинацию в каждой деревне.',
     '… комитет также организовал вакцинацию в каждой деревне.'),
    ('ru', 'Так называемый добровольный взнос был не чем иным, как взяткой, которую платили каждый месяц.',
     'Так называемый добровольный взнос был не чем иным, как взяткой …'),
    ('ru', 'Урожай в Северной Хамгён был плохим.\n\nДожди пришли поздно, а завод удобрений в Хыннаме работал вполсилы. '
     'Крестьяне рассказали, что съели семена уже в марте.\n\nВласти в Пхеньяне тем не менее сообщили о рекордном '
     'урожае.',
     'Урожай в Северной Хамгён был плохим. […] Власти в Пхеньяне тем не менее сообщили о рекордном урожае.'),
    ('zh', '该工厂于1998年在一名中国投资者的帮助下开业，到2016年关闭前一直雇用约400名工人。', '该工厂……到2016年关闭前一直雇用约400名工人。'),
    ('zh', '脱北者金英浩是惠山市的一名前铁路工程师，他说那年冬天火车每周只开两趟。', '脱北者金英浩……说那年冬天火车每周只开两趟。'),
    ('zh', '商贩们在市场上出售大米、玉米、食用油和电池。', '商贩们在市场上出售大米、玉米……'),
    ('zh', '2020年5月3日，清津市有几户人家被赶出了住所。', '……清津市有几户人家被赶出了住所。'),
    ('zh', '除了发放大米以外，委员会还在每个村组织了疫苗接种。', '……委员会还在每个村组织了疫苗接种。'),
    ('zh', '洪水不仅冲毁了桥梁，而且冲毁了村里的学校。', '洪水……冲毁了村里的学校。'),
    ('zh', '除了检查账目之外，检查组还约谈了夜班的每一名工人。', '……检查组还约谈了夜班的每一名工人。'),
    ('zh', '所谓的“自愿捐款”，其实不过是每个月都要交的贿赂。', '所谓的“自愿捐款”……不过是每个月都要交的贿赂。'),
    ('ja', '1998年に中国人投資家の支援を受けて開業したその工場は、2016年に閉鎖されるまで約400人の労働者を雇用していた。', '……その工場は、2016年に閉鎖されるまで約400人の労働者を雇用していた。'),
    ('ja', '2020年5月3日、清津市で数世帯が住居から追い出された。', '……清津市で数世帯が住居から追い出された。'),
    ('ja', '商人たちは市場で米、トウモロコシ、食用油、電池などを売っていた。', '商人たちは市場で米、トウモロコシ……などを売っていた。'),
    ('ja', '脱北者のキム・ヨンホ氏は、恵山出身の元鉄道技師で、その冬は列車が週に2回しか走らなかったと語った。', '脱北者のキム・ヨンホ氏は……その冬は列車が週に2回しか走らなかったと語った。'),
    ('ja', 'コメの配給とは別に、委員会は各村で予防接種も実施した。', '……委員会は各村で予防接種も実施した。'),
    ('ja', '検査チームは帳簿の確認に加えて、夜勤の労働者全員から聞き取りを行った。', '検査チームは……夜勤の労働者全員から聞き取りを行った。'),
    ('ko', '1998년 중국인 투자자의 도움으로 문을 연 그 공장은 2016년 문을 닫을 때까지 약 400명의 노동자를 고용했다.',
     '……그 공장은 2016년 문을 닫을 때까지 약 400명의 노동자를 고용했다.'),
    ('ko', '2020년 5월 3일, 청진시에서 여러 가구가 살던 집에서 쫓겨났다.', '…청진시에서 여러 가구가 살던 집에서 쫓겨났다.'),
    ('ko', '상인들은 장마당에서 쌀, 옥수수, 식용유, 건전지 등을 팔았다.', '상인들은 장마당에서 쌀, 옥수수… 등을 팔았다.'),
    ('ko', '쌀 배급과는 별도로, 위원회는 각 마을에서 예방접종도 실시했다.', '…위원회는 각 마을에서 예방접종도 실시했다.'),
    ('ko', '혜산 출신의 전직 철도 기술자인 탈북민 김영호 씨는 그해 겨울 기차가 일주일에 두 번밖에 다니지 않았다고 말했다.',
     '…탈북민 김영호 씨는 그해 겨울 기차가 일주일에 두 번밖에 다니지 않았다고 말했다.'),
    ('ko', '경비원을 제외하면 아무도 난로가 없던 3동의 수감자들은 5월에 청진으로 이송됐다.', '…3동의 수감자들은 5월에 청진으로 이송됐다.'),
    ('ko', '쌀 배급 외에도 위원회는 마을마다 예방접종을 실시했다.', '…위원회는 마을마다 예방접종을 실시했다.'),
    ('ko',
     '북함경도의 작황은 3년째 나빴다.\n\n비가 늦게 왔고 흥남 비료공장은 절반만 가동됐다. 농민들은 3월에 이미 종자를 먹어 버렸다고 했다.\n\n그런데도 평양 당국은 사상 최대 수확을 발표했다.',
     '북함경도의 작황은 3년째 나빴다. … 그런데도 평양 당국은 사상 최대 수확을 발표했다.'),
    ('ko', '수용소 안 생활은 상상 이상으로 가혹했다고 그는 증언했다.', '생활은 상상 이상으로 가혹했다고 그는 증언했다'),
    ('ko', '공장 안 창고에는 옥수수 300포대가 쌓여 있었다.', '창고에는 옥수수 300포대가 쌓여 있었다.'),
    ('ko', '건물 안에서 총소리가 세 번 들렸다고 주민들은 말했다.', '총소리가 세 번 들렸다고 주민들은 말했다.'),
    ('ko', '기차 안 승객들은 대부분 중국을 오가는 장사꾼이었다.', '승객들은 대부분 중국을 오가는 장사꾼이었다.'),
    ('ko', '아버지가 체포된 뒤 집 안 분위기는 완전히 바뀌었다.', '분위기는 완전히 바뀌었다.'),
    ('ko', '시장 안 식당에서 일하던 여성 세 명이 단속에 걸렸다.', '식당에서 일하던 여성 세 명이 단속에 걸렸다.'),
    ('ko', '교화소 안 의무실에는 약이 하나도 없었다고 한다. 환자들은 소금물로 상처를 씻었다.', '환자들은 소금물로 상처를 씻었다.'),
    ('ko', '교화소 안 의무실에는 약이 하나도 없었다.', '의무실에는 약이 하나도 없었다.'),
    ('ko', '학교 안 매점에서는 중국산 과자와 음료를 팔았다.', '매점에서는 중국산 과자와 음료를 팔았다.'),
    ('ko', '그해 여름 마을 안 우물은 두 달 내내 말라 있었다.', '우물은 두 달 내내 말라 있었다.'),
    ('ko', '그녀는 트럭 안 짐칸에 숨어 국경까지 갔다고 했다.', '짐칸에 숨어 국경까지 갔다고 했다.'),
    ('ko', '검문소에서 세운 승용차 안 사람들은 모두 군복을 입고 있었다.', '사람들은 모두 군복을 입고 있었다.'),
    ('ko', '감방 안 공기는 한겨울에도 숨이 막힐 만큼 탁했다.', '공기는 한겨울에도 숨이 막힐 만큼 탁했다.'),
    ('ko', '도 인민병원 안 복도에는 침대를 받지 못한 환자들이 누워 있었다.', '복도에는 침대를 받지 못한 환자들이 누워 있었다.'),
    ('ko', '초소 안 벽에는 김정은의 사진이 걸려 있었다.', '벽에는 김정은의 사진이 걸려 있었다.'),
    ('ko', '보위부가 그 건물을 쓰기 시작한 뒤로 그 안 사정은 아무도 몰랐다.', '사정은 아무도 몰랐다.'),
    ('ko', '보위원들은 집 안으로 들어와 장롱과 이불까지 뒤졌다.', '들어와 장롱과 이불까지 뒤졌다.'),
    ('ko', '회령시 안의 장마당 세 곳이 한꺼번에 폐쇄됐다.', '장마당 세 곳이 한꺼번에 폐쇄됐다.'),
    ('ko', '수용소 안 생활은 상상 이상으로 가혹했다고 그는 증언했다.', '수용소 안 생활은 상상 이상으로 가혹했다고 그는 증언했다.'),
    ('ko', '국경 지역의 치안 상황이 지난해부터 크게 나빠졌다.', '상황이 지난해부터 크게 나빠졌다.'),
    ('ko', '두만강을 건넌 것은 2018년 겨울이었다. 안 씨는 당시 열일곱 살이었다.', '두만강을 건넌 것은 2018년 겨울이었다.'),
    ('ko', '안 그래도 어려운 살림에 세금까지 올랐다고 주민들은 불평했다.', '어려운 살림에 세금까지 올랐다고 주민들은 불평했다.'),
    ('ko', '그는 그날 오후 회의에 갔다. 안 가면 처벌을 받기 때문이었다.', '그는 그날 오후 회의에 갔다.'),
    ('ko', '상인들은 남은 쌀을 모두 팔았다. 안 팔면 보안원에게 빼앗길 판이었다.', '상인들은 남은 쌀을 모두 팔았다.'),
    ('ko', '나는 그 돈을 받았다. 안 받을 수가 없었다.', '나는 그 돈을 받았다.'),
    ('ko', '학교 안 창고에 쌓인 쌀은 교원들에게 먼저 돌아갔다.', '창고에 쌓인 쌀은 교원들에게 먼저 돌아갔다.'),
    ('ko', '공장 안 식당은 점심때만 문을 열었다.', '식당은 점심때만 문을 열었다.'),
    ('ko', '쌀을 안 받은 가구가 마을 전체의 절반이 넘었다.', '쌀을 안 받은 가구가 마을 전체의 절반이 넘었다.'),
    ('ko', '학교 안 가는 아이들이 지난해보다 크게 늘었다.', '학교 안 가는 아이들이 지난해보다 크게 늘었다'),
    ('ko', '밥 안 먹고 일하러 나가는 날이 많았다.', '밥 안 먹고 일하러 나가는 날이 많았다.'),
    ('ko', '그 공장 안 창고에는 아직 안 뜯은 비료 포대가 쌓여 있었다.', '창고에는 아직 안 뜯은 비료 포대가 쌓여 있었다.'),
    ('ko', '군인들이 쌀을 가져갔다. 안 가져간 집은 간부 집뿐이었다.', '군인들이 쌀을 가져갔다.'),
    ('ko', '보위원들은 집 안까지 들어와 수색했다.', '보위원들은 집 … 들어와 수색했다.'),
    ('ko', '아이들은 겨울 내내 학교에 못 가고 집에서 땔감을 모았다.', '아이들은 겨울 내내 학교에 못 가고 집에서 땔감을 모았다.'),
    ('ko', '그는 3년 동안 연락을 못 했다. 그러다 2019년에 처음으로 어머니와 통화했다.', '그러다 2019년에 처음으로 어머니와 통화했다.'),
    ('ko', '여성들도 남성들 못지않게 위험한 밀수 일을 맡았다.', '위험한 밀수 일을 맡았다.'),
    ('ko', '## 증언: 회령 출신 이 모 씨 (52)\n\n"그때는 진짜 밥 안 먹고 버틴 날이 더 많았어요. 공장 안 식당도 문을 닫았으니까요."\n\n이 씨는 2019년 탈북했다.',
     '식당도 문을 닫았으니까요.'),
    ('ko', '## 증언: 회령 출신 이 모 씨 (52)\n\n"그때는 진짜 밥 안 먹고 버틴 날이 더 많았어요. 공장 안 식당도 문을 닫았으니까요."\n\n이 씨는 2019년 탈북했다.',
     '그때는 진짜 밥 안 먹고 버틴 날이 더 많았어요.'),
    ('ko', '- 배급: 2020년 이후 **한 번도** 안 나왔다\n- 전기: 하루 2시간\n- 수돗물: 안 나옴', '배급: 2020년 이후 한 번도 안 나왔다'),
    ('ko', '탈북민 박 씨는 "공장 안 탈의실에서 몰래 한국 드라마를 봤다"고 말했다.', '탈의실에서 몰래 한국 드라마를 봤다'),
    ('ko', '그녀는 "저는 그 사람들 안에서 살아남으려고 애썼어요"라고 말했다.', '살아남으려고 애썼어요'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'Security forces in Hyesan arrested at least 15 people in March for using Chinese mobile phones'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'Fines ranged from 500 to 1,000 yuan.'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'Three of those arrested were sent to a labour-training camp.'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'A local source said the crackdown was ordered by the provincial security bureau, not by Pyongyang.'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'The others were released after self-criticism sessions.'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'We ate grass soup for a month'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     '"My mother didn\'t survive the winter."'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'Ms Ri crossed the Tumen River in February 2017 and reached Seoul - via Laos and Thailand - in September.'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'Ms Ri crossed the Tumen River in February 2017 and reached Seoul … in September.'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'She says she paid a broker 8,000 yuan'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'SHE SAYS SHE PAID A BROKER 8,000 YUAN'),
    ('en',
     '### Food prices, Q2 2023\n\n| Item | Price |\n|---|---|\n| Rice (1 kg) | 6,000 won |\n| Maize (1 kg) | 3,100 '
     'won |\n\nRice and maize prices doubled between April and June. The state ration was cut in half in May, and '
     'only for the third time since 2011 was it restored within a month.\n\nPrices rose by 20 to 30 percent in the '
     'border towns, which depend on Chinese imports.',
     'Rice and maize prices doubled between April and June.'),
    ('en',
     '### Food prices, Q2 2023\n\n| Item | Price |\n|---|---|\n| Rice (1 kg) | 6,000 won |\n| Maize (1 kg) | 3,100 '
     'won |\n\nRice and maize prices doubled between April and June. The state ration was cut in half in May, and '
     'only for the third time since 2011 was it restored within a month.\n\nPrices rose by 20 to 30 percent in the '
     'border towns, which depend on Chinese imports.',
     'The state ration was cut in half in May'),
    ('en',
     '### Food prices, Q2 2023\n\n| Item | Price |\n|---|---|\n| Rice (1 kg) | 6,000 won |\n| Maize (1 kg) | 3,100 '
     'won |\n\nRice and maize prices doubled between April and June. The state ration was cut in half in May, and '
     'only for the third time since 2011 was it restored within a month.\n\nPrices rose by 20 to 30 percent in the '
     'border towns, which depend on Chinese imports.',
     'Prices rose by 20 to 30 percent in the border towns …'),
    ('en',
     '### Food prices, Q2 2023\n\n| Item | Price |\n|---|---|\n| Rice (1 kg) | 6,000 won |\n| Maize (1 kg) | 3,100 '
     'won |\n\nRice and maize prices doubled between April and June. The state ration was cut in half in May, and '
     'only for the third time since 2011 was it restored within a month.\n\nPrices rose by 20 to 30 percent in the '
     'border towns, which depend on Chinese imports.',
     'Prices rose by 20 to 30 percent in the border towns, which depend on Chinese imports.'),
    ('en',
     'She fled across [the Tumen River](https://en.wikipedia.org/wiki/Tumen_River) in 2017 with her two daughters.',
     'She fled across the Tumen River in 2017 with her two daughters.'),
    ('en', 'Workers were **un**paid for six months, the foreman said.', 'Workers were unpaid for six months'),
    ('en', 'Electricity supply improved in 2019–2020, officials said.', 'Electricity supply improved in 2019-2020'),
    ('en', 'The officer said the order came from “the very top” — meaning Pyongyang.',
     'The officer said the order came from "the very top" -- meaning Pyongyang.'),
    ('fr', 'Selon l’ONG, les détenus n’avaient droit qu’à une douche par mois.',
     "les détenus n'avaient droit qu'à une douche par mois"),
    ('ru', 'По словам беженки, в её деревне ещё в 2020 году закрыли школу.',
     'в ее деревне еще в 2020 году закрыли школу'),
    ('zh', '据朝鲜中央通讯社报道，今年粮食产量增加了10%。', '据朝鲜中央通讯社报道,今年粮食产量增加了10%。'),
    ('ja', '配給は２０２０年以降、一度も支給されていない。', '配給は2020年以降、一度も支給されていない。'),
    ('es', 'La ONG documentó **al menos** 23 ejecuciones públicas en 2022, casi todas por delitos económicos.',
     'La ONG documentó al menos 23 ejecuciones públicas en 2022'),
    ('ko', '## 혜산 단속\n\n3월 한 달 동안 **최소 15명**이 중국 휴대전화 사용 혐의로 체포됐다고 [데일리NK](https://www.dailynk.com/)가 전했다.',
     '3월 한 달 동안 최소 15명이 중국 휴대전화 사용 혐의로 체포됐다'),
    ('ko', '수용소 안 생활은 상상 이상으로 가혹했다고 그는 증언했다.', '…생활은 상상 이상으로 가혹했다고 그는 증언했다.'),
    ('ko', '그해 여름 마을 안 창고는 텅 비어 있었다.', '창고는 텅 비어 있었다.'),
    ('ko', '홍수가 난 뒤 동네 안 다리는 모두 끊겼다.', '다리는 모두 끊겼다.'),
    ('de', 'Die Grenze soll im Juni wieder öffnen, heißt es auf dem Markt in Hyesan.',
     'Die Grenze soll im Juni wieder öffnen'),
    ('en', '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nIn March '
     '2019, the camp at Yodok was closed and its inmates were moved north.\n\nInterview transcripts are available '
     'on request.\n',
     '… the camp at Yodok was closed and its inmates were moved north.'),
    ('en', '# Monthly brief: border and markets\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nAccording to the Ministry of Unification, 1,047 defectors arrived in the South last '
     'year.\n\nFurther updates will follow in the next issue.\n',
     '… 1,047 defectors arrived in the South last year.'),
    ('en',
     '# Detention conditions update\n\nFigures below have been rounded; see the annex for the full series.\n\nShe '
     'said that the guards beat her every night for a month.\n\nInterview transcripts are available on request.\n',
     '… the guards beat her every night for a month.'),
    ('en', '# Weekly digest\n\nFigures below have been rounded; see the annex for the full series.\n\nAfter weeks of '
     'protests in the capital, the governor resigned on Sunday.\n\nThe research desk continues to monitor the '
     'situation.\n',
     '… the governor resigned on Sunday.'),
    ('en',
     '# Field report: North Hamgyong\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nAlthough the harvest was poor, the army collected its full quota of rice.\n\nThe research desk '
     'continues to monitor the situation.\n',
     '… the army collected its full quota of rice.'),
    ('en',
     '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nIn Sinuiju, '
     'near the Chinese border, smugglers paid the guards in cigarettes.\n\nThe research desk continues to monitor '
     'the situation.\n',
     '… smugglers paid the guards in cigarettes.'),
    ('en', '# Detention conditions update\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nOfficially, the factory employs 300 people. Its chimney has not smoked since 2020.\n\nFurther '
     'updates will follow in the next issue.\n',
     '… its chimney has not smoked since 2020.'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nOnly three of the guards carried rifles, but the fence was electrified.\n\nFurther updates will '
     'follow in the next issue.\n',
     '… the fence was electrified.'),
    ('en',
     '# Field report: North Hamgyong\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nIf '
     'the rains come, the fields may recover; the village well dried up in June.\n',
     '… the village well dried up in June.'),
    ('en',
     '# Situation report: Ryanggang province\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nSmugglers sold fake passports, and the border guards took bribes openly.\n\nFurther '
     'updates will follow in the next issue.\n',
     '… the border guards took bribes openly.'),
    ('en', '# Weekly digest\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nUnlike in previous years, the regime did not hold a military parade.\n\nFurther updates will '
     'follow in the next issue.\n',
     '… the regime did not hold a military parade.'),
    ('en',
     '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nFor the first '
     'time since 1994, the state distributed rations to every household in the county.\n\nFurther updates will '
     'follow in the next issue.\n',
     '… the state distributed rations to every household in the county.'),
    ('en', '# Weekly digest\n\nFigures below have been rounded; see the annex for the full series.\n\nSpeaking to '
     'reporters in Seoul on Tuesday, Lee Jae-won said the talks had collapsed.\n\nThe research desk continues to '
     'monitor the situation.\n',
     '… Lee Jae-won said the talks had collapsed.'),
    ('en',
     '# Field report: North Hamgyong\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nAs '
     'the flood waters rose, soldiers evacuated 2,000 residents from the riverbank.\n\nThe research desk continues '
     'to monitor the situation.\n',
     '… soldiers evacuated 2,000 residents from the riverbank.'),
    ('en', '# Weekly digest\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nBy the end of the decade, the population of the town had halved.\n\nThe research desk continues to '
     'monitor the situation.\n',
     '… the population of the town had halved.'),
    ('en',
     '# Field report: North Hamgyong\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nDespite international sanctions, coal exports rose by 12 percent.\n',
     '… coal exports rose by 12 percent.'),
    ('en', '# Field report: North Hamgyong\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nHaving served ten years in the army, Choi was assigned to a copper mine in 2015.\n',
     '… Choi was assigned to a copper mine in 2015.'),
    ('en', '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nLike many '
     'women in the county, she sold bean paste at the jangmadang.\n\nFurther updates will follow in the next '
     'issue.\n',
     '… she sold bean paste at the jangmadang.'),
    ('en', '# Weekly digest\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nWhen we arrived at the station, the police were already waiting for us.\n\nThe research desk '
     'continues to monitor the situation.\n',
     '... the police were already waiting for us.'),
    ('en', '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nCiting two '
     'officials familiar with the matter, Reuters reported that the shipment had been seized.\n\nInterview '
     'transcripts are available on request.\n',
     '… the shipment had been seized.'),
    ('en',
     '# Detention conditions update\n\nFigures below have been rounded; see the annex for the full series.\n\nNot '
     'only were the workers unpaid for months, they were also beaten by the foremen.\n\nInterview transcripts are '
     'available on request.\n',
     '… they were also beaten by the foremen.'),
    ('en', '# Situation report: Ryanggang province\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe village received no aid in 2020. In 2021, after the border reopened, it received two shipments '
     'of maize.\n\nThe research desk continues to monitor the situation.\n',
     '… it received two shipments of maize.'),
    ('en', '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nWhether the leader attended is unknown, but the parade took place on 8 February.\n\nInterview '
     'transcripts are available on request.\n',
     '… the parade took place on 8 February.'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nRumours of a coup spread in June; the defence minister was replaced on 3 July.\n\nFurther '
     'updates will follow in the next issue.\n',
     '… the defence minister was replaced on 3 July.'),
    ('en', '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nOfficially '
     'the border is closed; in reality, traders cross it every night near Hyesan.\n\nFurther updates will follow in '
     'the next issue.\n',
     '… traders cross it every night near Hyesan.'),
    ('en',
     '# Field report: North Hamgyong\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nRations were cut by half, the ministry said in a statement on Friday.\n\nThe research desk '
     'continues to monitor the situation.\n',
     'Rations were cut by half …'),
    ('en',
     '# Weekly digest\n\nFigures below have been rounded; see the annex for the full series.\n\nThe camp was closed '
     'in 2019 and its inmates were transferred to Kaechon.\n\nFurther updates will follow in the next issue.\n',
     'The camp was closed in 2019 …'),
    ('en', '# Food security notes\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe bridge was repaired, but the road remains impassable after the landslide.\n\nFurther updates '
     'will follow in the next issue.\n',
     'The bridge was repaired …'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nPrices of rice doubled between January and March, according to Daily NK.\n\nThe research desk '
     'continues to monitor the situation.\n',
     'Prices of rice doubled between January and March …'),
    ('en', '# Situation report: Ryanggang province\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe soldiers were paid in full, and all the officers except two received bonuses.\n\nFurther '
     'updates will follow in the next issue.\n',
     'The soldiers were paid in full …'),
    ('en',
     '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe trial '
     'lasted four hours, with no defence lawyer present.\n',
     'The trial lasted four hours …'),
    ('en',
     '# Detention conditions update\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nMy brother was executed in 2013, though I only learned of it years later.\n',
     'My brother was executed in 2013 …'),
    ('en', '# Detention conditions update\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe ferry sank within minutes, taking 40 passengers with it.\n\nInterview transcripts are '
     'available on request.\n',
     'The ferry sank within minutes …'),
    ('en', '# Detention conditions update\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nElectricity returned to the district on 2 May, after three weeks of blackouts.\n',
     'Electricity returned to the district on 2 May …'),
    ('en', '# Weekly digest\n\nFigures below have been rounded; see the annex for the full series.\n\nThe vaccine '
     'shipments arrived in Pyongyang in late 2022, officials at UNICEF confirmed.\n\nThe research desk continues to '
     'monitor the situation.\n',
     'The vaccine shipments arrived in Pyongyang in late 2022 …'),
    ('en', '# Monthly brief: border and markets\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nWe walked for eleven days to reach the Mekong, sleeping in the forest and eating only what we '
     'carried.\n\nInterview transcripts are available on request.\n',
     'We walked for eleven days to reach the Mekong …'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe strike ended on Thursday; whether the union will accept the deal in a vote next month '
     'is unclear.\n\nThe research desk continues to monitor the situation.\n',
     'The strike ended on Thursday …'),
    ('en',
     '# Field report: North Hamgyong\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nInspectors found 14 kilograms of methamphetamine in the hold, hidden under sacks of '
     'flour.\n\nInterview transcripts are available on request.\n',
     'Inspectors found 14 kilograms of methamphetamine in the hold …'),
    ('en', '# Detention conditions update\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe mine flooded in August, as it had in 2016, 2018 and 2020.\n\nThe research desk continues to '
     'monitor the situation.\n',
     'The mine flooded in August …'),
    ('en',
     '# Situation report: Ryanggang province\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nTeachers were ordered to collect scrap metal from pupils, a practice the ministry calls '
     "'patriotic labour'.\n\nThe research desk continues to monitor the situation.\n",
     'Teachers were ordered to collect scrap metal from pupils …'),
    ('en',
     '# Field report: North Hamgyong\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nThe embassy closed its consular section in April — the third European mission to do so this '
     'year.\n\nInterview transcripts are available on request.\n',
     'The embassy closed its consular section in April …'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe market in Hoeryong was demolished in 2020, apparently to make way for apartments.\n\nFurther '
     'updates will follow in the next issue.\n',
     'The market in Hoeryong was demolished in 2020 …'),
    ('en', '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nPower plant output fell by a third, in theory because of coal shortages.\n\nFurther updates will '
     'follow in the next issue.\n',
     'Power plant output fell by a third …'),
    ('en', '# Monthly brief: border and markets\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nDo the sanctions work? Exports of coal fell by 80 percent in 2018, customs data show.\n',
     'Exports of coal fell by 80 percent in 2018 …'),
    ('en',
     '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe border post '
     'at Namyang was reinforced last spring, with new watchtowers every 200 metres.\n\nInterview transcripts are '
     'available on request.\n',
     'The border post at Namyang was reinforced last spring...'),
    ('en', '# Weekly digest\n\nFigures below have been rounded; see the annex for the full series.\n\nKim Yo Jong, the '
     "leader's sister, inspected the factory on Tuesday.\n\nThe research desk continues to monitor the situation.\n",
     'Kim Yo Jong … inspected the factory on Tuesday.'),
    ('en', '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nPark, a '
     'former soldier who fled in 2017, said he was beaten daily.\n\nFurther updates will follow in the next issue.\n',
     'Park … said he was beaten daily.'),
    ('en',
     '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe '
     'guards, who were apparently drunk, opened fire on the crowd.\n',
     'The guards … opened fire on the crowd.'),
    ('en',
     '# Weekly digest\n\nSources include state media, satellite imagery and interviews with recent arrivals.\n\nThe '
     'fire, which broke out on 3 March in Hyesan, destroyed the central market.\n\nInterview transcripts are '
     'available on request.\n',
     'The fire … destroyed the central market.'),
    ('en', '# Field report: North Hamgyong\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nFood prices, the central bank said on Tuesday, have doubled since January.\n\nFurther updates will '
     'follow in the next issue.\n',
     'Food prices … have doubled since January.'),
    ('en', '# Weekly digest\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nThe raid not only destroyed the warehouse, which held grain for three villages, but also killed '
     'two guards.\n\nFurther updates will follow in the next issue.\n',
     'The raid not only destroyed the warehouse … but also killed two guards.'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe shop, in theory a state enterprise, sold smuggled Chinese televisions.\n',
     'The shop … sold smuggled Chinese televisions.'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe dam, which only held back half of the reservoir, collapsed on Tuesday night.\n\nThe '
     'research desk continues to monitor the situation.\n',
     'The dam … collapsed on Tuesday night.'),
    ('en', '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nThe police '
     'quickly and brutally dispersed the crowd.\n\nFurther updates will follow in the next issue.\n',
     'The police … dispersed the crowd.'),
    ('en', '# Field report: North Hamgyong\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nDefectors from Hyesan, Musan, Hoeryong and Onsong described the same practice.\n\nFurther updates '
     'will follow in the next issue.\n',
     'Defectors from Hyesan, Musan … and Onsong described the same practice.'),
    ('en',
     '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nThe ministry '
     'imported rice, maize, soybeans and fertiliser from China in 2023.\n\nFurther updates will follow in the next '
     'issue.\n',
     'The ministry imported rice … from China in 2023.'),
    ('en', '# Food security notes\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe factory closed in March. Its director, Mr Ri, had been arrested a month earlier on charges '
     'that were never published. Workers were sent to collective farms.\n\nInterview transcripts are available on '
     'request.\n',
     'The factory closed in March. … Workers were sent to collective farms.'),
    ('en', '# Detention conditions update\n\nFigures below have been rounded; see the annex for the full series.\n\nMs '
     'Han, who asked that her full name not be used, said she crossed the Tumen River in 2011.\n\nThe research desk '
     'continues to monitor the situation.\n',
     'Ms Han … said she crossed the Tumen River in 2011.'),
    ('en',
     '# Situation report: Ryanggang province\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe prison, which the government has never acknowledged, held about 2,000 '
     'inmates.\n\nFurther updates will follow in the next issue.\n',
     'The prison … held about 2,000 inmates.'),
    ('en',
     '# Situation report: Ryanggang province\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nRations, which were cut except in the capital, are distributed on the first of the '
     'month.\n',
     'Rations … are distributed on the first of the month.'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe report, published on Monday, if somewhat late, found widespread abuse in detention centres.\n',
     'The report … found widespread abuse in detention centres.'),
    ('en', '# Situation report: Ryanggang province\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nMr Kang, 54, a former railway engineer from Chongjin, told investigators that he had seen bodies in '
     'the river.\n\nThe research desk continues to monitor the situation.\n',
     'Mr Kang … told investigators that he had seen bodies in the river.'),
    ('en',
     '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe '
     'harvest, the largest since 2013 by most estimates, was sent to the army.\n',
     'The harvest … was sent to the army.'),
    ('en',
     '# Field report: North Hamgyong\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nChildren as young as nine were, the investigators found, forced to work in the fields.\n\nThe '
     'research desk continues to monitor the situation.\n',
     'Children as young as nine were … forced to work in the fields.'),
    ('en', '# Field report: North Hamgyong\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nAuthorities executed, in public and before a crowd of hundreds, three men accused of distributing '
     'South Korean films.\n\nThe research desk continues to monitor the situation.\n',
     'Authorities executed … three men accused of distributing South Korean films.'),
    ('en', '# Situation report: Ryanggang province\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nBetween 2015 and 2019, at least 23 people — most of them women — were repatriated from '
     'Shenyang.\n\nInterview transcripts are available on request.\n',
     'Between 2015 and 2019, at least 23 people … were repatriated from Shenyang.'),
    ('en',
     '# Detention conditions update\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nThe guards took my father away. I never saw him again. Two weeks later, my mother was also '
     'taken.\n\nInterview transcripts are available on request.\n',
     'The guards took my father away. … Two weeks later, my mother was also taken.'),
    ('en', '# Monthly brief: border and markets\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nThe new rules, announced on state television on 1 July, ban the wearing of '
     'jeans.\n\nInterview transcripts are available on request.\n',
     'The new rules … ban the wearing of jeans.'),
    ('en', '# Detention conditions update\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe road to Kaesong, once the busiest in the province, was closed in June.\n',
     'The road to Kaesong … was closed in June.'),
    ('en', '# Detention conditions update\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe court, after a hearing lasting less than an hour, sentenced him to 15 years.\n\nFurther '
     'updates will follow in the next issue.\n',
     'The court […] sentenced him to 15 years.'),
    ('en', '# Monthly brief: border and markets\n\nFigures below have been rounded; see the annex for the full '
     "series.\n\nThe school, officially named after the leader's grandmother, was built with forced labour.\n",
     'The school … was built with forced labour.'),
    ('en', '# Food security notes\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nRice, which the state apparently stopped distributing in 2021, now sells for 6,000 won a '
     'kilo.\n\nFurther updates will follow in the next issue.\n',
     'Rice … now sells for 6,000 won a kilo.'),
    ('en',
     '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe hospital — in '
     'theory free of charge — demanded cigarettes and cash from patients.\n',
     'The hospital … demanded cigarettes and cash from patients.'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nMost of the 80 detainees, only a few of whom had lawyers, were convicted within a week.\n\nFurther '
     'updates will follow in the next issue.\n',
     'Most of the 80 detainees … were convicted within a week.'),
    ('en', '# Monthly brief: border and markets\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nThe minister, who was not present at the vote, has since resigned.\n\nInterview '
     'transcripts are available on request.\n',
     'The minister … has since resigned.'),
    ('en',
     '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nHe '
     'was arrested in 2014, released in 2016 and arrested again in 2018 for listening to foreign radio.\n\nThe '
     'research desk continues to monitor the situation.\n',
     'He was arrested in 2014 … and arrested again in 2018 for listening to foreign radio.'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe refugees, who had hoped to reach Thailand, were arrested in Kunming.\n\nInterview '
     'transcripts are available on request.\n',
     'The refugees … were arrested in Kunming.'),
    ('en', '# Monthly brief: border and markets\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nPrices, except those of fuel, fell in the second quarter; the won, meanwhile, strengthened against '
     'the dollar.\n',
     '… the won … strengthened against the dollar.'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe ferry, if the schedule is to be believed, runs twice a week; it left Nampo on 9 May with 300 '
     'tonnes of coal.\n',
     '… it left Nampo on 9 May with 300 tonnes of coal.'),
    ('en', '# Food security notes\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nThe delegation visited Kaesong, Sariwon and, briefly, Haeju before returning to Pyongyang on '
     'Friday.\n\nThe research desk continues to monitor the situation.\n',
     'The delegation visited Kaesong, Sariwon … before returning to Pyongyang on Friday.'),
    ('en',
     '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nWomen in the '
     'district, many of them widows, now run most market stalls.\n',
     'Women in the district … now run most market stalls.'),
    ('en', '# Weekly digest\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nAll schools in the county reopened in September. Except in Musan, markets stayed closed until '
     'November.\n\nFurther updates will follow in the next issue.\n',
     'All schools in the county reopened in September.'),
    ('en', '# Field report: North Hamgyong\n\nThe following paragraphs were compiled by the research desk in '
     "Seoul.\n\nThe budget was approved on Friday. It is identical to last year's, except that defence spending "
     'rises 4 percent.\n\nInterview transcripts are available on request.\n',
     'The budget was approved on Friday.'),
    ('en', '# Weekly digest\n\nThis note summarises open-source reporting and interviews collected during the '
     "period.\n\nIf the harvest fails again, rations will be cut. This year's harvest was the largest in a "
     'decade.\n\nInterview transcripts are available on request.\n',
     "This year's harvest was the largest in a decade."),
    ('en', '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nHad the '
     'warning come earlier, more people would have fled. The flood destroyed 400 homes in Hoeryong.\n\nInterview '
     'transcripts are available on request.\n',
     'The flood destroyed 400 homes in Hoeryong.'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe agency reported 12 arrests on Tuesday. It later withdrew a separate claim about the '
     'number of injured.\n',
     'The agency reported 12 arrests on Tuesday.'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe ministry announced the closure on Friday. Why it waited so long is '
     'unclear.\n\nInterview transcripts are available on request.\n',
     'The ministry announced the closure on Friday.'),
    ('en', '# Food security notes\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nDid the guards know what was happening? They beat us every night anyway.\n',
     'They beat us every night anyway.'),
    ('en',
     '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe '
     'prison was demolished in 2021. Rumours that its inmates were moved to Chongjin could not be confirmed.\n',
     'The prison was demolished in 2021.'),
    ('en',
     '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe law, at least '
     'on paper, guarantees free healthcare. In practice, patients in Hamhung paid doctors in cash.\n',
     'In practice, patients in Hamhung paid doctors in cash.'),
    ('en', '# Field report: North Hamgyong\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nSmugglers also trade counterfeit cigarettes. The border post at Namyang was reinforced last '
     'spring.\n\nThe research desk continues to monitor the situation.\n',
     'The border post at Namyang was reinforced last spring.'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nOfficially, unemployment does not exist. Most workers at the Kimchaek steel complex had not been '
     'paid since 2019.\n\nFurther updates will follow in the next issue.\n',
     'Most workers at the Kimchaek steel complex had not been paid since 2019.'),
    ('en', "# Weekly digest\n\nFigures below have been rounded; see the annex for the full series.\n\nI don't know "
     'exactly when it happened, but the guards took my father away in the night.\n',
     'the guards took my father away in the night'),
    ('en', "# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nI can't "
     'remember his name, but the officer hit me with a rifle butt.\n\nInterview transcripts are available on '
     'request.\n',
     'the officer hit me with a rifle butt'),
    ('en',
     '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nOnly if you '
     'paid could you see a doctor. My sister died of tuberculosis in 2016.\n',
     'My sister died of tuberculosis in 2016.'),
    ('en',
     '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nWas it worth '
     'it? I left my son behind in Musan when I crossed.\n\nThe research desk continues to monitor the situation.\n',
     'I left my son behind in Musan when I crossed.'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe regime claims the camps do not exist. Satellite images show the perimeter fence of '
     'Camp 25 was extended in 2021.\n\nInterview transcripts are available on request.\n',
     'Satellite images show the perimeter fence of Camp 25 was extended in 2021.'),
    ('en', '# Situation report: Ryanggang province\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe delegation arrived in Beijing on Sunday. A planned visit to Shanghai was cancelled.\n\nFurther '
     'updates will follow in the next issue.\n',
     'The delegation arrived in Beijing on Sunday.'),
    ('en', '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nFertiliser '
     'deliveries resumed in April. The government denied reports of a famine in the east.\n\nInterview transcripts '
     'are available on request.\n',
     'Fertiliser deliveries resumed in April.'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe officer apologised. Apparently, no one else had been told about the order.\n\nThe research desk '
     'continues to monitor the situation.\n',
     'The officer apologised.'),
    ('en', '# Weekly digest\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nFake news about the explosion spread quickly. The explosion killed six workers at the chemical '
     'plant.\n\nInterview transcripts are available on request.\n',
     'The explosion killed six workers at the chemical plant.'),
    ('en',
     '# Situation report: Ryanggang province\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nWe were told the trip was safe. It was not. Three of us drowned in the Tumen.\n\nThe '
     'research desk continues to monitor the situation.\n',
     'Three of us drowned in the Tumen.'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nNot only did the flood destroy the bridge, it also swept away the clinic.\n\nThe research '
     'desk continues to monitor the situation.\n',
     'Not only did the flood destroy the bridge, it also swept away the clinic.'),
    ('en', '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\n## Prices\n\n- '
     'Rice: prices rose 30% in March.\n- Maize: prices were *stable*.\n\nThe research desk continues to monitor the '
     'situation.\n',
     'prices rose 30% in March'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nAccording to [Daily NK](https://www.dailynk.com/), the exchange rate reached 8,000 won per dollar '
     'in May.\n\nFurther updates will follow in the next issue.\n',
     'the exchange rate reached 8,000 won per dollar in May'),
    ('en',
     '# Field report: North Hamgyong\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nThe camp was **never** officially acknowledged by Pyongyang.\n\nInterview transcripts are '
     'available on request.\n',
     'The camp was never officially acknowledged by Pyongyang.'),
    ('en',
     '# Weekly digest\n\nFigures below have been rounded; see the annex for the full series.\n\nThe ministry called '
     'the measure “temporary” and “necessary.”\n\nThe research desk continues to monitor the situation.\n',
     'The ministry called the measure "temporary" and "necessary."'),
    ('en', '# Food security notes\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nThe crossing — the last one open — closed on 4 June.\n\nFurther updates will follow in the next '
     'issue.\n',
     'The crossing - the last one open - closed on 4 June.'),
    ('en',
     '# Weekly digest\n\nSources include state media, satellite imagery and interviews with recent arrivals.\n\nThe '
     'Border Security Command sealed the river crossings in January.\n',
     'the border security command sealed the river crossings in January'),
    ('en', '# Field report: North Hamgyong\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nBrokers now charge\nbetween 10 and 15 million won\nfor a crossing to Changbai.\n\nInterview '
     'transcripts are available on request.\n',
     'Brokers now charge between 10 and 15 million won for a crossing to Changbai.'),
    ('en', '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\n> I was '
     'beaten every day for six months, she told us.\n\nShe was released in 2018.\n',
     'I was beaten every day for six months'),
    ('en', '# Food security notes\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\n## Route\n\n1. We crossed the river at night.\n2. Brokers took us to Yanji.\n3. Police arrested us '
     'in a hotel.\n\nInterview transcripts are available on request.\n',
     'Brokers took us to Yanji.'),
    ('en',
     '# Situation report: Ryanggang province\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe guards did not allow prisoners to speak during meals.\n',
     'The guards did not allow prisoners to speak during meals.'),
    ('en',
     '# Detention conditions update\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nThe leader’s portrait hung in every classroom.\n',
     "The leader's portrait hung in every classroom."),
    ('en',
     '# Field report: North Hamgyong\n\nFigures below have been rounded; see the annex for the full series.\n\nWe '
     'hid in a cornfield for two days. Then a farmer gave us water.\n\nInterview transcripts are available on '
     'request.\n',
     'We hid in a cornfield for two days. Then a farmer gave us water.'),
    ('en',
     '# Situation report: Ryanggang province\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nWomen traded at the *jangmadang*, the informal markets, from dawn.\n\nInterview '
     'transcripts are available on request.\n',
     'Women traded at the jangmadang, the informal markets, from dawn.'),
    ('en',
     '# Situation report: Ryanggang province\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nExports of coal fell 80 percent in 2018 [1].\n\n[1] Korea International Trade '
     'Association.\n\nFurther updates will follow in the next issue.\n',
     'Exports of coal fell 80 percent in 2018'),
    ('en', '# Food security notes\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nBetween 2012–2015, arrests for phone use doubled.\n\nFurther updates will follow in the next '
     'issue.\n',
     'Between 2012-2015, arrests for phone use doubled.'),
    ('en',
     '# Situation report: Ryanggang province\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nOnly 12 of the 300 workers returned after the holiday.\n\nFurther updates will follow in '
     'the next issue.\n',
     'Only 12 of the 300 workers returned after the holiday.'),
    ('en',
     '# Situation report: Ryanggang province\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nAt least 40 people died in the collapse of the apartment block.\n\nThe research desk '
     'continues to monitor the situation.\n',
     'At least 40 people died in the collapse of the apartment block.'),
    ('en',
     '# Field report: North Hamgyong\n\nFigures below have been rounded; see the annex for the full series.\n\nAll '
     'provinces except Ryanggang reported rice shortages in the spring.\n\nThe research desk continues to monitor '
     'the situation.\n',
     'All provinces except Ryanggang reported rice shortages in the spring.'),
    ('en',
     '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\n“Where did '
     'the aid go?” asked one defector from Kangwon.\n',
     'Where did the aid go?'),
    ('en', '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\n### '
     'Health\n\nTuberculosis cases among detainees rose sharply in 2022, **according to** the [Global '
     'Fund](https://www.theglobalfund.org/).\n\nThe research desk continues to monitor the situation.\n',
     'Tuberculosis cases among detainees rose sharply in 2022'),
    ('en', '# Food security notes\n\nThis note summarises open-source reporting and interviews collected during the '
     'period.\n\nThe _Rodong Sinmun_ reported the launch on its front page.\n\nInterview transcripts are available '
     'on request.\n',
     'The Rodong Sinmun reported the launch on its front page.'),
    ('en', '# Situation report: Ryanggang province\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nOfficials said the quota was "non-negotiable".\n\nThe research desk continues to monitor the '
     'situation.\n',
     'Officials said the quota was “non-negotiable”.'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     'The fire … spread quickly through the wooden structures.'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     'Local authorities blamed “careless traders” and arrested three people on 5 March.'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     'State media did not report the fire.'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     '… it has long been the main outlet for goods smuggled across the Yalu River'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     'The provincial committee has promised reconstruction …'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     'No deaths have been confirmed …'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     'The central market in Hyesan … was destroyed by fire on 3 March …'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     '… most of the market had burned.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'Two agents from the State Security Ministry came to our apartment at night.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'They did not show any warrant.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'We slept on the concrete floor …'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'I was arrested in the spring of 2017 … for selling South Korean dramas on USB sticks.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'The guards beat anyone who talked during the night count.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     '… I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'In 2019 … I paid a broker 15 million won to take me across the Tumen.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'My daughter stayed behind with my mother-in-law …'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'They held me at the Chongjin detention centre for about five months.'),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'My husband was not at home …'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     "recueillis au cours du mois.\n\nSelon le ministère de l'Intérieur, le camp a été fermé en 2019.\n\nLe suivi "
     'se poursuit.\n',
     '… le camp a été fermé en 2019'),
    ('fr', "# Conditions de détention\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes "
     'arrivées récemment.\n\nLe camp a été fermé en 2019, a indiqué le ministère.\n',
     'Le camp a été fermé en 2019 …'),
    ('fr', "# Conditions de détention\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes "
     "arrivées récemment.\n\nKim Yo-jong, la sœur du dirigeant, a visité l'usine mardi.\n",
     "Kim Yo-jong … a visité l'usine mardi."),
    ('fr', "# Note de situation : province du Ryanggang\n\nLes sources comprennent la presse d'État et des entretiens "
     'avec des personnes arrivées récemment.\n\nLes gardiens, qui étaient apparemment ivres, ont ouvert le feu sur '
     'la foule.\n',
     'Les gardiens … ont ouvert le feu sur la foule.'),
    ('fr', "# Note de situation : province du Ryanggang\n\nLes sources comprennent la presse d'État et des entretiens "
     "avec des personnes arrivées récemment.\n\nL'attaque a non seulement détruit l'entrepôt, qui contenait le "
     'grain de trois villages, mais aussi tué deux gardes.\n',
     "L'attaque a non seulement détruit l'entrepôt … mais aussi tué deux gardes."),
    ('fr',
     '# Bulletin mensuel\n\nCette note résume des informations publiques et des entretiens recueillis au cours du '
     "mois.\n\nBien que la récolte ait été mauvaise, l'armée a prélevé la totalité de son quota.\n\nLe suivi se "
     'poursuit.\n',
     "… l'armée a prélevé la totalité de son quota."),
    ('fr', "# Note de situation : province du Ryanggang\n\nLes sources comprennent la presse d'État et des entretiens "
     'avec des personnes arrivées récemment.\n\nLe pont a été réparé, mais la route reste impraticable.\n\nLe suivi '
     'se poursuit.\n',
     'Le pont a été réparé …'),
    ('fr', "# Conditions de détention\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes "
     "arrivées récemment.\n\nTous les ouvriers de l'aciérie ont été payés en mars. Le ministère n'a donné aucun "
     'détail, sauf que les mineurs recevraient une prime.\n\nLe suivi se poursuit.\n',
     "Tous les ouvriers de l'aciérie ont été payés en mars."),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     "recueillis au cours du mois.\n\nSi la frontière rouvre, l'aide arrivera. Le marché de Hyesan a brûlé le 3 "
     'mars.\n\nLe suivi se poursuit.\n',
     'Le marché de Hyesan a brûlé le 3 mars.'),
    ('fr', "# Conditions de détention\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes "
     'arrivées récemment.\n\nLe 14 mars 2021, après des semaines de manifestations, le gouverneur a démissionné.\n',
     '… le gouverneur a démissionné.'),
    ('fr',
     '# Bulletin mensuel\n\nCette note résume des informations publiques et des entretiens recueillis au cours du '
     'mois.\n\nÀ Sinuiju, près de la frontière chinoise, les contrebandiers payaient les gardes en '
     'cigarettes.\n\nLe suivi se poursuit.\n',
     '… les contrebandiers payaient les gardes en cigarettes.'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     'recueillis au cours du mois.\n\n## Témoignages\n\nSelon **M. Park**, ancien soldat, *les gardes le battaient '
     'chaque nuit*.\n',
     'les gardes le battaient chaque nuit'),
    ('fr', "# Conditions de détention\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes "
     'arrivées récemment.\n\nLe ministre a qualifié la mesure de « provisoire ».\n',
     'Le ministre a qualifié la mesure de "provisoire".'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     'recueillis au cours du mois.\n\nLe ministère a annoncé la fermeture vendredi. Pourquoi il a attendu si '
     'longtemps reste un mystère.\n\nLe suivi se poursuit.\n',
     'Le ministère a annoncé la fermeture vendredi.'),
    ('fr', '# Conditions de détention\n\nCette note résume des informations publiques et des entretiens recueillis au '
     "cours du mois.\n\nL'agence a fait état de douze arrestations. Elle a ensuite retiré une autre affirmation, "
     'sur le nombre de blessés.\n\nLe suivi se poursuit.\n',
     "L'agence a fait état de douze arrestations."),
    ('fr',
     '# Bulletin mensuel\n\nCette note résume des informations publiques et des entretiens recueillis au cours du '
     "mois.\n\nLe navire, qui n'avait jamais été inspecté, a coulé en quelques minutes.\n",
     'Le navire … a coulé en quelques minutes.'),
    ('fr', "# Note de situation : province du Ryanggang\n\nLes sources comprennent la presse d'État et des entretiens "
     "avec des personnes arrivées récemment.\n\nJe ne me souviens pas de son nom, mais l'officier m'a frappé avec "
     'la crosse de son fusil.\n\nLe suivi se poursuit.\n',
     "l'officier m'a frappé avec la crosse de son fusil"),
    ('fr', '# Conditions de détention\n\nCette note résume des informations publiques et des entretiens recueillis au '
     "cours du mois.\n\nLes prix, sauf ceux du carburant, ont baissé au deuxième trimestre ; le won, lui, s'est "
     'renforcé face au dollar.\n',
     "… le won, lui, s'est renforcé face au dollar."),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nLas fuentes incluyen medios estatales e imágenes de '
     'satélite.\n\nSegún el Ministerio de Unificación, 1.047 desertores llegaron al Sur el año pasado.\n',
     '… 1.047 desertores llegaron al Sur el año pasado.'),
    ('es', '# Boletín mensual\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nLas raciones se '
     'redujeron a la mitad, informó el ministerio en un comunicado.\n\nEl seguimiento continúa.\n',
     'Las raciones se redujeron a la mitad …'),
    ('es', '# Condiciones de detención\n\nEsta nota resume información pública y entrevistas recogidas durante el '
     'mes.\n\nKim Yo Jong, hermana del líder, inspeccionó la fábrica el martes.\n',
     'Kim Yo Jong … inspeccionó la fábrica el martes.'),
    ('es',
     '# Condiciones de detención\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nLos guardias, '
     'que al parecer estaban borrachos, dispararon contra la multitud.\n',
     'Los guardias … dispararon contra la multitud.'),
    ('es', '# Boletín mensual\n\nEsta nota resume información pública y entrevistas recogidas durante el mes.\n\nEl '
     'ataque no solo destruyó el almacén, que guardaba el grano de tres aldeas, sino que también mató a dos '
     'guardias.\n\nEl seguimiento continúa.\n',
     'El ataque no solo destruyó el almacén … sino que también mató a dos guardias.'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nEsta nota resume información pública y entrevistas '
     'recogidas durante el mes.\n\nAunque la cosecha fue mala, el ejército se llevó toda su cuota de arroz.\n\nEl '
     'seguimiento continúa.\n',
     '… el ejército se llevó toda su cuota de arroz.'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nEsta nota resume información pública y entrevistas '
     'recogidas durante el mes.\n\nEl puente fue reparado, pero la carretera sigue intransitable.\n\nEl seguimiento '
     'continúa.\n',
     'El puente fue reparado …'),
    ('es', '# Condiciones de detención\n\nEsta nota resume información pública y entrevistas recogidas durante el '
     'mes.\n\nSi llueve, los campos se recuperarán. El pozo de la aldea se secó en junio.\n\nEl seguimiento '
     'continúa.\n',
     'El pozo de la aldea se secó en junio.'),
    ('es', '# Condiciones de detención\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nEn Sinuiju, '
     'cerca de la frontera china, los contrabandistas pagaban a los guardias con cigarrillos.\n\nEl seguimiento '
     'continúa.\n',
     '… los contrabandistas pagaban a los guardias con cigarrillos.'),
    ('es', '# Boletín mensual\n\nEsta nota resume información pública y entrevistas recogidas durante el mes.\n\nEl '
     'presupuesto se aprobó el viernes. Es idéntico al del año pasado, salvo que el gasto en defensa sube un 4 '
     '%.\n\nEl seguimiento continúa.\n',
     'El presupuesto se aprobó el viernes.'),
    ('es',
     '# Boletín mensual\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nNo recuerdo su nombre, '
     'pero el oficial me golpeó con la culata del fusil.\n',
     'el oficial me golpeó con la culata del fusil'),
    ('es', '# Condiciones de detención\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\n¿Valió la '
     'pena? Dejé a mi hijo en Musan cuando crucé el río.\n\nEl seguimiento continúa.\n',
     'Dejé a mi hijo en Musan cuando crucé el río.'),
    ('es', '# Boletín mensual\n\nEsta nota resume información pública y entrevistas recogidas durante el mes.\n\nDe '
     'acuerdo con [Daily NK](https://www.dailynk.com/), el tipo de cambio alcanzó los 8.000 wones por dólar en '
     'mayo.\n',
     'el tipo de cambio alcanzó los 8.000 wones por dólar en mayo'),
    ('es',
     '# Boletín mensual\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nEl ministro calificó la '
     'medida de «temporal».\n\nEl seguimiento continúa.\n',
     'El ministro calificó la medida de "temporal".'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nEsta nota resume información pública y entrevistas '
     'recogidas durante el mes.\n\nLa prisión, cuya existencia el Gobierno nunca ha reconocido, albergaba a unos '
     '2.000 reclusos.\n',
     'La prisión … albergaba a unos 2.000 reclusos.'),
    ('es',
     '# Boletín mensual\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nEl 14 de marzo de 2021, '
     'tras semanas de protestas, el gobernador dimitió.\n\nEl seguimiento continúa.\n',
     '… el gobernador dimitió.'),
    ('es', '# Condiciones de detención\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nLa agencia '
     'informó de doce detenciones. Más tarde retiró otra afirmación, sobre el número de heridos.\n',
     'La agencia informó de doce detenciones.'),
    ('es', '# Boletín mensual\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nOficialmente el paso '
     'está cerrado; en realidad, los comerciantes lo cruzan cada noche cerca de Hyesan.\n',
     '… los comerciantes lo cruzan cada noche cerca de Hyesan.'),
    ('de', '# Monatsbericht\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des Monats '
     'zusammen.\n\nNach Angaben des Innenministeriums wurde das Lager 2019 geschlossen.\n',
     '… wurde das Lager 2019 geschlossen'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nDas Lager '
     'wurde 2019 geschlossen, teilte das Ministerium mit.\n',
     'Das Lager wurde 2019 geschlossen …'),
    ('de', '# Haftbedingungen\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nDie Wachen, offenbar '
     'betrunken, eröffneten das Feuer auf die Menge.\n\nDie Beobachtung wird fortgesetzt.\n',
     'Die Wachen … eröffneten das Feuer auf die Menge.'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des '
     'Monats zusammen.\n\nDer Angriff zerstörte nicht nur das Lagerhaus, in dem das Getreide dreier Dörfer lag, '
     'sondern tötete auch zwei Wachleute.\n\nDie Beobachtung wird fortgesetzt.\n',
     'Der Angriff zerstörte nicht nur das Lagerhaus … sondern tötete auch zwei Wachleute.'),
    ('de',
     '# Haftbedingungen\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nObwohl die Ernte schlecht '
     'war, zog die Armee ihre volle Quote ein.\n',
     '… zog die Armee ihre volle Quote ein.'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des '
     'Monats zusammen.\n\nDie Brücke wurde repariert, aber die Straße ist weiterhin unpassierbar.\n',
     'Die Brücke wurde repariert …'),
    ('de', '# Haftbedingungen\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nWenn die Grenze öffnet, '
     'kommt die Hilfe. Der Markt in Hyesan brannte am 3. März ab.\n',
     'Der Markt in Hyesan brannte am 3. März ab.'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des '
     'Monats zusammen.\n\nAm 14. März 2021 trat der Gouverneur nach wochenlangen Protesten zurück.\n\nDie '
     'Beobachtung wird fortgesetzt.\n',
     '… trat der Gouverneur nach wochenlangen Protesten zurück.'),
    ('de', '# Haftbedingungen\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nDer Haushalt wurde am '
     'Freitag verabschiedet. Er gleicht dem des Vorjahres, außer dass die Verteidigungsausgaben um 4 % steigen.\n',
     'Der Haushalt wurde am Freitag verabschiedet.'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des '
     'Monats zusammen.\n\nDer Minister nannte die Maßnahme „vorübergehend“.\n\nDie Beobachtung wird fortgesetzt.\n',
     'Der Minister nannte die Maßnahme "vorübergehend".'),
    ('de',
     '# Haftbedingungen\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nFrau Han, die ihren vollen '
     'Namen nicht nennen wollte, sagte, sie habe 2011 den Tumen überquert.\n\nDie Beobachtung wird fortgesetzt.\n',
     'Frau Han … sagte, sie habe 2011 den Tumen überquert.'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nIch weiß '
     'nicht mehr, wann genau, aber die Wachen holten meinen Vater in der Nacht ab.\n\nDie Beobachtung wird '
     'fortgesetzt.\n',
     'die Wachen holten meinen Vater in der Nacht ab'),
    ('de', '# Monatsbericht\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nWar es das wert? Ich habe '
     'meinen Sohn in Musan zurückgelassen.\n',
     'Ich habe meinen Sohn in Musan zurückgelassen.'),
    ('de', '# Haftbedingungen\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des Monats '
     'zusammen.\n\n## Preise\n\n- Reis: Die Preise stiegen im März um 30 %.\n- Mais: Die Preise blieben *stabil*.\n',
     'Die Preise stiegen im März um 30 %.'),
    ('de', '# Haftbedingungen\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nDie Preise, mit Ausnahme '
     'von Treibstoff, fielen im zweiten Quartal; der Won legte gegenüber dem Dollar zu.\n\nDie Beobachtung wird '
     'fortgesetzt.\n',
     '… der Won legte gegenüber dem Dollar zu.'),
    ('ru', '# Обзор ситуации: провинция Рянган\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nПо '
     'данным МВД, лагерь был закрыт в 2019 году.\n\nНаблюдение продолжается.\n',
     '… лагерь был закрыт в 2019 году'),
    ('ru', '# Ежемесячный бюллетень\n\nВ этой записке обобщены открытые источники и интервью, собранные за '
     'месяц.\n\nЛагерь был закрыт в 2019 году, сообщило министерство.\n',
     'Лагерь был закрыт в 2019 году …'),
    ('ru', '# Ежемесячный бюллетень\n\nВ этой записке обобщены открытые источники и интервью, собранные за '
     'месяц.\n\nНалёт не только уничтожил склад, где хранилось зерно трёх деревень, но и убил двух охранников.\n',
     'Налёт не только уничтожил склад … но и убил двух охранников.'),
    ('ru', '# Условия содержания\n\nВ этой записке обобщены открытые источники и интервью, собранные за месяц.\n\nХотя '
     'урожай был плохим, армия забрала всю свою квоту.\n\nНаблюдение продолжается.\n',
     '… армия забрала всю свою квоту.'),
    ('ru',
     '# Условия содержания\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nМост отремонтировали, '
     'но дорога по-прежнему непроходима.\n\nНаблюдение продолжается.\n',
     'Мост отремонтировали …'),
    ('ru', '# Условия содержания\n\nВ этой записке обобщены открытые источники и интервью, собранные за месяц.\n\nЕсли '
     'граница откроется, помощь прибудет. Рынок в Хесане сгорел 3 марта.\n\nНаблюдение продолжается.\n',
     'Рынок в Хесане сгорел 3 марта.'),
    ('ru', '# Обзор ситуации: провинция Рянган\n\nВ этой записке обобщены открытые источники и интервью, собранные за '
     'месяц.\n\n14 марта 2021 года, после нескольких недель протестов, губернатор подал в отставку.\n\nНаблюдение '
     'продолжается.\n',
     '… губернатор подал в отставку.'),
    ('ru', '# Ежемесячный бюллетень\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nМинистр назвал '
     'меру «временной».\n\nНаблюдение продолжается.\n',
     'Министр назвал меру "временной".'),
    ('ru',
     '# Обзор ситуации: провинция Рянган\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nБюджет '
     'утвердили в пятницу. Он совпадает с прошлогодним, за исключением того, что расходы на оборону выросли на '
     '4%.\n\nНаблюдение продолжается.\n',
     'Бюджет утвердили в пятницу.'),
    ('ru', '# Обзор ситуации: провинция Рянган\n\nВ этой записке обобщены открытые источники и интервью, собранные за '
     'месяц.\n\nНе помню его имени, но офицер ударил меня прикладом.\n',
     'офицер ударил меня прикладом'),
    ('ru',
     '# Обзор ситуации: провинция Рянган\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nСтоило '
     'ли оно того? Я оставил сына в Мусане, когда переходил реку.\n\nНаблюдение продолжается.\n',
     'Я оставил сына в Мусане, когда переходил реку.'),
    ('ru', '# Обзор ситуации: провинция Рянган\n\nВ этой записке обобщены открытые источники и интервью, собранные за '
     'месяц.\n\nАгентство сообщило о двенадцати арестах. Позже оно отозвало другое заявление — о числе '
     'раненых.\n\nНаблюдение продолжается.\n',
     'Агентство сообщило о двенадцати арестах.'),
    ('ru', '# Обзор ситуации: провинция Рянган\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\n## '
     'Свидетельства\n\n> Нас держали в подвале **две недели**, — рассказал бывший рабочий из Хамхына.\n',
     'Нас держали в подвале две недели'),
    ('zh', '# 拘留条件\n\n资料来源包括官方媒体和卫星图像。\n\n据国家统计局称，去年粮食产量增长了百分之五。\n', '……去年粮食产量增长了百分之五'),
    ('zh', '# 月度简报\n\n资料来源包括官方媒体和卫星图像。\n\n当地官员表示，工厂于三月关闭。\n', '……工厂于三月关闭'),
    ('zh', '# 形势报告：两江道\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n金正恩，该国最高领导人，周二视察了这家工厂。\n\n我们将继续关注事态发展。\n', '金正恩……周二视察了这家工厂'),
    ('zh', '# 月度简报\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n看守们（据说当时喝醉了）向人群开了枪。\n\n我们将继续关注事态发展。\n', '看守们……向人群开了枪'),
    ('zh', '# 形势报告：两江道\n\n资料来源包括官方媒体和卫星图像。\n\n这次袭击不仅摧毁了存放三个村庄粮食的仓库，而且打死了两名警卫。\n', '这次袭击不仅摧毁了……仓库，而且打死了两名警卫'),
    ('zh', '# 拘留条件\n\n资料来源包括官方媒体和卫星图像。\n\n尽管收成很差，军队还是征走了全部配额。\n', '……军队还是征走了全部配额'),
    ('zh', '# 拘留条件\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n桥已经修好了，但道路仍然无法通行。\n\n我们将继续关注事态发展。\n', '桥已经修好了……'),
    ('zh', '# 形势报告：两江道\n\n资料来源包括官方媒体和卫星图像。\n\n如果边境重新开放，援助物资就会运到。惠山市场于三月三日被烧毁。\n\n我们将继续关注事态发展。\n', '惠山市场于三月三日被烧毁。'),
    ('zh', '# 拘留条件\n\n资料来源包括官方媒体和卫星图像。\n\n2021年3月14日，经过数周抗议，省长辞职了。\n', '……省长辞职了'),
    ('zh', '# 拘留条件\n\n资料来源包括官方媒体和卫星图像。\n\n## 价格\n\n- 米价上涨了三成\n- 玉米价格保持稳定\n\n我们将继续关注事态发展。\n', '米价上涨了三成'),
    ('zh', '# 形势报告：两江道\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n他不记得那名军官的名字，但那名军官用枪托打了他。\n\n我们将继续关注事态发展。\n', '那名军官用枪托打了他'),
    ('zh', '# 月度简报\n\n资料来源包括官方媒体和卫星图像。\n\n通讯社报道了十二人被捕。它后来撤回了另一项关于伤者人数的说法。\n', '通讯社报道了十二人被捕。'),
    ('zh', '# 拘留条件\n\n资料来源包括官方媒体和卫星图像。\n\n韩女士要求不公开全名，她说自己于2011年越过了图们江。\n\n我们将继续关注事态发展。\n', '……她说自己于2011年越过了图们江'),
    ('zh', '# 形势报告：两江道\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n值得吗？我过江时把儿子留在了茂山。\n', '我过江时把儿子留在了茂山。'),
    ('zh', '# 形势报告：两江道\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n预算于周五获得通过。除国防开支增加4%外，预算与去年相同。\n', '预算于周五获得通过。'),
    ('zh', '# 月度简报\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n据[每日朝鲜](https://www.dailynk.com/)报道，五月汇率达到每美元8000朝元。\n',
     '五月汇率达到每美元8000朝元'),
    ('zh', '# 月度简报\n\n资料来源包括官方媒体和卫星图像。\n\n外务省称该措施是“临时的”。\n', '外务省称该措施是"临时的"。'),
    ('ja', '# 月例ブリーフ\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\n外務省によると、国境は3月に再開された。\n\n引き続き状況を注視する。\n', '…国境は3月に再開された'),
    ('ja', '# 拘禁状況\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\n元兵士のパク氏は、毎晩殴られたと証言した。\n\n引き続き状況を注視する。\n', '…パク氏は、毎晩殴られたと証言した'),
    ('ja', '# 月例ブリーフ\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\n収穫は不作だったが、軍は割当量をすべて徴収した。\n', '…軍は割当量をすべて徴収した'),
    ('ja', '# 状況報告：両江道\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\n橋は修復されたが、道路は依然として通行できない。\n', '橋は修復された…'),
    ('ja', '# 拘禁状況\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\nもし国境が開けば援助が届く。恵山の市場は3月3日に焼失した。\n\n引き続き状況を注視する。\n',
     '恵山の市場は3月3日に焼失した。'),
    ('ja', '# 状況報告：両江道\n\n情報源には国営メディアと衛星画像が含まれる。\n\n2021年3月14日、数週間にわたる抗議の末、知事は辞任した。\n', '…知事は辞任した'),
    ('ja', '# 状況報告：両江道\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\n彼はその将校の名前を覚えていないが、将校は銃床で彼を殴った。\n\n引き続き状況を注視する。\n',
     '将校は銃床で彼を殴った'),
    ('ja', '# 拘禁状況\n\n情報源には国営メディアと衛星画像が含まれる。\n\n看守たちは、どうやら酔っていたらしく、群衆に向けて発砲した。\n', '看守たちは…群衆に向けて発砲した'),
    ('ja',
     '# 月例ブリーフ\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\nその襲撃は、三つの村の穀物を保管していた倉庫を破壊しただけでなく、警備員二人を殺害した。\n\n引き続き状況を注視する。\n',
     'その襲撃は…倉庫を破壊しただけでなく、警備員二人を殺害した'),
    ('ja', '# 拘禁状況\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\nハン氏は、フルネームを伏せることを条件に、2011年に豆満江を渡ったと語った。\n',
     'ハン氏は…2011年に豆満江を渡ったと語った'),
    ('ja', '# 月例ブリーフ\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\nそれだけの価値はあったのか。私は川を渡るとき、息子を茂山に残してきた。\n\n引き続き状況を注視する。\n',
     '私は川を渡るとき、息子を茂山に残してきた。'),
    ('ja', '# 状況報告：両江道\n\n情報源には国営メディアと衛星画像が含まれる。\n\n予算は金曜日に可決された。国防費が4%増えることを除けば、昨年と同じ内容だ。\n\n引き続き状況を注視する。\n',
     '予算は金曜日に可決された。'),
    ('ja', '# 状況報告：両江道\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\n## 価格\n\n- 米価は3月に3割上昇した\n- トウモロコシ価格は横ばいだった\n',
     '米価は3月に3割上昇した'),
    ('ja', '# 拘禁状況\n\n本稿は今月収集した公開情報と聞き取りをまとめたものである。\n\n通信社は12人の逮捕を報じた。その後、負傷者数に関する別の主張を撤回した。\n', '通信社は12人の逮捕を報じた。'),
    ('ja', '# 状況報告：両江道\n\n情報源には国営メディアと衛星画像が含まれる。\n\n外務省はこの措置を「一時的」と呼んだ。\n', '外務省はこの措置を「一時的」と呼んだ。'),
    ('ja', '# 状況報告：両江道\n\n情報源には国営メディアと衛星画像が含まれる。\n\n**国境警備隊**は、**1月**に川の渡河地点を封鎖した。\n\n引き続き状況を注視する。\n',
     '国境警備隊は、1月に川の渡河地点を封鎖した。'),
    ('ko', '# 상황 보고: 양강도\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n통일부에 따르면 수용소는 2019년에 폐쇄됐다.\n\n상황을 계속 주시할 예정이다.\n',
     '… 수용소는 2019년에 폐쇄됐다'),
    ('ko', '# 월간 브리핑\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n전직 군인인 박씨는 매일 밤 구타를 당했다고 증언했다.\n\n상황을 계속 주시할 예정이다.\n',
     '… 박씨는 매일 밤 구타를 당했다고 증언했다'),
    ('ko', '# 구금 실태\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n수확은 좋지 않았지만 군대는 할당량을 모두 걷어갔다.\n',
     '… 군대는 할당량을 모두 걷어갔다'),
    ('ko', '# 월간 브리핑\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n다리는 지난달 수리됐다. 하지만 도로는 여전히 통행할 수 없다.\n\n상황을 계속 주시할 '
     '예정이다.\n',
     '다리는 지난달 수리됐다.'),
    ('ko', '# 상황 보고: 양강도\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n만약 국경이 다시 열리면 지원 물자가 도착할 것이다. 혜산 시장은 3월 3일에 불에 '
     '탔다.\n\n상황을 계속 주시할 예정이다.\n',
     '혜산 시장은 3월 3일에 불에 탔다.'),
    ('ko', '# 상황 보고: 양강도\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n2021년 3월 14일, 몇 주간의 시위 끝에 도지사가 사임했다.\n', '… 도지사가 사임했다'),
    ('ko', '# 상황 보고: 양강도\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n그는 그 장교의 이름을 기억하지 못하지만, 장교가 총 개머리판으로 자신을 때렸다고 말했다.\n',
     '장교가 총 개머리판으로 자신을 때렸다고 말했다'),
    ('ko', '# 상황 보고: 양강도\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n술에 취한 것으로 보이는 경비병들이 군중을 향해 발포했다.\n',
     '… 경비병들이 군중을 향해 발포했다'),
    ('ko', '# 구금 실태\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n그만한 가치가 있었을까? 나는 강을 건널 때 아들을 무산에 두고 왔다.\n',
     '나는 강을 건널 때 아들을 무산에 두고 왔다.'),
    ('ko',
     '# 상황 보고: 양강도\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n예산안은 금요일에 통과됐다. 국방비가 4% 늘어난 것을 제외하면 작년과 같다.\n\n상황을 '
     '계속 주시할 예정이다.\n',
     '예산안은 금요일에 통과됐다.'),
    ('ko', '# 상황 보고: 양강도\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n통신사는 12명이 체포됐다고 보도했다. 이후 부상자 수에 관한 다른 주장은 철회했다.\n',
     '통신사는 12명이 체포됐다고 보도했다.'),
    ('ko', '# 구금 실태\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n## 증언\n\n- 우리는 밤에 강을 건넜다.\n- 브로커가 우리를 옌지로 데려갔다.\n',
     '브로커가 우리를 옌지로 데려갔다.'),
    ('ko', '# 월간 브리핑\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n외무성은 이 조치를 “임시적”이라고 했다.\n', '외무성은 이 조치를 "임시적"이라고 했다.'),
    ('ko',
     '# 구금 실태\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n혜산 중앙시장은 3월 3일 새벽 화재로 완전히 전소됐다고 양강도 인민위원회가 밝혔다.\n\n상황을 '
     '계속 주시할 예정이다.\n',
     '혜산 중앙시장은 3월 3일 새벽 화재로 완전히 전소됐다 …'),
    ('en', '# Food security notes\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nSatellite images taken in 2021, 2022 and again in March 2023 show new barracks.\n',
     'Satellite images taken in 2021 … 2023 show new barracks.'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     'recueillis au cours du mois.\n\nLe camp a été agrandi en 2021, puis de nouveau en 2023, selon Maxar.\n\nLe '
     'suivi se poursuit.\n',
     'Le camp a été agrandi en 2021 … selon Maxar.'),
    ('en', '# Field report: North Hamgyong\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nElectricity supply improved in the capital over the winter. Apart from Pyongyang, most cities had '
     'power for two hours a day.\n\nFurther updates will follow in the next issue.\n',
     'Electricity supply improved in the capital over the winter.'),
    ('en',
     '# Weekly digest\n\nSources include state media, satellite imagery and interviews with recent arrivals.\n\nThe '
     'customs office at Dandong reopened on 1 August. With the exception of medicine, imports remain subject to '
     'quarantine.\n\nThe research desk continues to monitor the situation.\n',
     'The customs office at Dandong reopened on 1 August.'),
    ('fr',
     "# Bulletin mensuel\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes arrivées "
     'récemment.\n\nToutes les écoles ont rouvert en septembre. Sauf à Musan, les marchés sont restés fermés '
     "jusqu'en novembre.\n",
     'Toutes les écoles ont rouvert en septembre.'),
    ('de',
     '# Lagebericht: Provinz Ryanggang\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nAlle Schulen '
     'im Kreis öffneten im September wieder. Außer in Musan blieben die Märkte bis November geschlossen.\n',
     'Alle Schulen im Kreis öffneten im September wieder.'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nEsta nota resume información pública y entrevistas '
     'recogidas durante el mes.\n\nTodas las escuelas del condado reabrieron en septiembre. Salvo en Musan, los '
     'mercados siguieron cerrados hasta noviembre.\n\nEl seguimiento continúa.\n',
     'Todas las escuelas del condado reabrieron en septiembre.'),
    ('ru', '# Условия содержания\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nВсе школы уезда '
     'открылись в сентябре. Кроме Мусана, рынки оставались закрытыми до ноября.\n\nНаблюдение продолжается.\n',
     'Все школы уезда открылись в сентябре.'),
    ('zh', '# 形势报告：两江道\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n全县所有学校都在九月复课。除茂山外，各地市场一直关闭到十一月。\n', '全县所有学校都在九月复课。'),
    ('ja', '# 状況報告：両江道\n\n情報源には国営メディアと衛星画像が含まれる。\n\n郡内の学校はすべて9月に再開した。茂山を除き、市場は11月まで閉鎖されたままだった。\n', '郡内の学校はすべて9月に再開した。'),
    ('en', '# Monthly brief: border and markets\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe steel mill in Kimchaek halted production in March. No reason was given. Its 4,000 '
     'workers were sent to collective farms.\n\nFurther updates will follow in the next issue.\n',
     'The steel mill in Kimchaek halted production in March. … Its 4,000 workers were sent to collective farms.'),
    ('en', '# Situation report: Ryanggang province\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nWe reached the Chinese side before dawn. Nobody in our group could swim. A broker met us at a '
     'farmhouse.\n',
     'We reached the Chinese side before dawn. … A broker met us at a farmhouse.'),
    ('en', '# Situation report: Ryanggang province\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe shipment left Nampo on 9 May. Customs officials have not commented.\n\nFurther updates will '
     'follow in the next issue.\n',
     'The shipment left Nampo on 9 May. …'),
    ('fr', '# Conditions de détention\n\nCette note résume des informations publiques et des entretiens recueillis au '
     "cours du mois.\n\nL'usine a cessé la production en mars. Aucune raison n'a été donnée. Ses 4 000 ouvriers ont "
     'été envoyés dans des fermes collectives.\n\nLe suivi se poursuit.\n',
     "L'usine a cessé la production en mars. … Ses 4 000 ouvriers ont été envoyés dans des fermes collectives."),
    ('de',
     '# Monatsbericht\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nDas Stahlwerk stellte im März '
     'die Produktion ein. Gründe wurden nicht genannt. Die 4.000 Arbeiter wurden auf Kolchosen geschickt.\n\nDie '
     'Beobachtung wird fortgesetzt.\n',
     'Das Stahlwerk stellte im März die Produktion ein. … Die 4.000 Arbeiter wurden auf Kolchosen geschickt.'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nLas fuentes incluyen medios estatales e imágenes de '
     'satélite.\n\nLa acería detuvo la producción en marzo. No se dio ninguna explicación. Sus 4.000 obreros fueron '
     'enviados a granjas colectivas.\n',
     'La acería detuvo la producción en marzo. … Sus 4.000 obreros fueron enviados a granjas colectivas.'),
    ('zh', '# 拘留条件\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n金策钢铁厂于三月停产。当局没有说明原因。四千名工人被派往集体农场。\n\n我们将继续关注事态发展。\n',
     '金策钢铁厂于三月停产。……四千名工人被派往集体农场。'),
    ('ja', '# 月例ブリーフ\n\n情報源には国営メディアと衛星画像が含まれる。\n\n金策製鉄所は3月に操業を停止した。理由は明らかにされていない。労働者4000人は協同農場に送られた。\n',
     '金策製鉄所は3月に操業を停止した。…労働者4000人は協同農場に送られた。'),
    ('ko', '# 월간 브리핑\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n김책제철소는 3월에 가동을 멈췄다. 이유는 밝혀지지 않았다. 노동자 4천 명은 협동농장으로 '
     '보내졌다.\n',
     '김책제철소는 3월에 가동을 멈췄다. … 노동자 4천 명은 협동농장으로 보내졌다.'),
    ('ru',
     '# Обзор ситуации: провинция Рянган\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nГ-н Ли, '
     'не назвавший своего имени журналистам, сообщил, что его брата казнили в 2013 году.\n',
     'Г-н Ли … сообщил, что его брата казнили в 2013 году.'),
    ('en',
     '# Weekly digest\n\nSources include state media, satellite imagery and interviews with recent arrivals.\n\nThe '
     'border guards, not the soldiers, opened fire on the crowd at the bridge.\n\nFurther updates will follow in '
     'the next issue.\n',
     'The border guards … opened fire on the crowd at the bridge.'),
    ('en',
     '# Weekly digest\n\nSources include state media, satellite imagery and interviews with recent arrivals.\n\nThe '
     'warehouse was looted, not burned, in the first week of the unrest.\n\nFurther updates will follow in the next '
     'issue.\n',
     'The warehouse was looted … in the first week of the unrest.'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     'recueillis au cours du mois.\n\nLes garde-frontières, et non les soldats, ont ouvert le feu sur la foule.\n',
     'Les garde-frontières … ont ouvert le feu sur la foule.'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nDie '
     'Grenzwachen, nicht die Soldaten, eröffneten das Feuer auf die Menge.\n\nDie Beobachtung wird fortgesetzt.\n',
     'Die Grenzwachen … eröffneten das Feuer auf die Menge.'),
    ('es', '# Condiciones de detención\n\nEsta nota resume información pública y entrevistas recogidas durante el '
     'mes.\n\nLos guardias fronterizos, no los soldados, abrieron fuego contra la multitud.\n',
     'Los guardias fronterizos … abrieron fuego contra la multitud.'),
    ('en',
     '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe '
     'Ryongchon fertiliser plant closed in March. Every worker except the security staff was laid off. Its machines '
     'were sold to a Chinese buyer.\n\nInterview transcripts are available on request.\n',
     'The Ryongchon fertiliser plant closed in March. … Its machines were sold to a Chinese buyer.'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe Hamhung cannery — never profitable — closed in June.\n\nThe research desk continues to '
     'monitor the situation.\n',
     'The Hamhung cannery … closed in June.'),
    ('en',
     '# Situation report: Ryanggang province\n\nThis note summarises open-source reporting and interviews collected '
     'during the period.\n\nThe interrogator, unable to read Chinese, had the documents translated by a guard.\n',
     'The interrogator … had the documents translated by a guard.'),
    ('fr',
     '# Bulletin mensuel\n\nCette note résume des informations publiques et des entretiens recueillis au cours du '
     'mois.\n\nLa conserverie de Hamhung — jamais rentable — a fermé en juin.\n',
     'La conserverie de Hamhung … a fermé en juin.'),
    ('de', '# Haftbedingungen\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des Monats '
     'zusammen.\n\nDie Konservenfabrik in Hamhung, nie rentabel, schloss im Juni.\n',
     'Die Konservenfabrik in Hamhung … schloss im Juni.'),
    ('es',
     '# Condiciones de detención\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nLa conservera '
     'de Hamhung, nunca rentable, cerró en junio.\n',
     'La conservera de Hamhung … cerró en junio.'),
    # the thirteenth blind review (everyday quoting): its faithful and unfaithful quotes
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nRice prices in Hyesan have *more than doubled* since the spring, according to two '
     'traders.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n\nThe report is based on interviews with residents and traders conducted by '
     'telephone over several weeks. Names have been withheld for their safety.\n',
     'Rice prices in Hyesan have more than doubled since the spring'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nAccording to [a United Nations '
     'report](https://www.un.org/en/report), some 10.7 million people in the country need food assistance.\n\nState '
     'media has in recent months stressed the importance of agricultural production and called on citizens to '
     'contribute to a campaign of self-reliance.\n\nExchange rates in the border cities are watched closely by '
     'traders, who say the value of the won against the yuan affects everything from fuel to rice.\n',
     'some 10.7 million people in the country need food assistance'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe [Ministry of Unification](https://www.unikorea.go.kr) said 196 defectors arrived '
     'in the South in 2023, the highest number since the pandemic.\n\nLocal markets, known as jangmadang, remain '
     'the main source of food and consumer goods for most households outside the capital.\n\nThe province borders '
     "China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n",
     'The Ministry of Unification said 196 defectors arrived in the South in 2023'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\n[Rodong Sinmun][rs] reported that the '
     'spring sowing had been completed ahead of schedule in South Hwanghae.\n\n[rs]: '
     'http://www.rodong.rep.kp\n\nThe report is based on interviews with residents and traders conducted by '
     'telephone over several weeks. Names have been withheld for their safety.\n\nExchange rates in the border '
     'cities are watched closely by traders, who say the value of the won against the yuan affects everything from '
     'fuel to rice.\n',
     'Rodong Sinmun reported that the spring sowing had been completed ahead of schedule in South Hwanghae'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe Musan mine suspended operations in August[1] after heavy flooding damaged its '
     'pumps.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n\nSatellite imagery reviewed for this report covers the period from January '
     'to September.\n',
     'The Musan mine suspended operations in August after heavy flooding damaged its pumps.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nFood prices rose by about 30 percent over the '
     'winter.[2] Traders blamed tighter border controls.\n\nLocal markets, known as jangmadang, remain the main '
     "source of food and consumer goods for most households outside the capital.\n\nThe province borders China's "
     'Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     'Food prices rose by about 30 percent over the winter. Traders blamed tighter border controls.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nElectricity is supplied for only two to three '
     'hours a day in most of Hamhung.[^3]\n\nResidents use car batteries and small solar panels to charge '
     'phones.\n\n[^3]: Interview with a resident, March 2024.\n\nCross-border trade has fluctuated sharply since '
     'the pandemic, when authorities sealed the frontier with China.\n\nSatellite imagery reviewed for this report '
     'covers the period from January to September.\n',
     'Electricity is supplied for only two to three hours a day in most of Hamhung.'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nThe camp held an estimated 20,000 prisoners<sup>4</sup> at its peak in the 1990s, according to '
     'former guards.\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nLocal markets, known as jangmadang, remain '
     'the main source of food and consumer goods for most households outside the capital.\n',
     'The camp held an estimated 20,000 prisoners at its peak in the 1990s'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nOfficials from the Ministry of State '
     'Security\narrived in Hoeryong on Tuesday and began\nsearching homes for Chinese phones.\n\nState media has in '
     'recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n\nSources in the region communicate with outsiders using Chinese mobile phones '
     'smuggled across the border, a practice that carries heavy penalties.\n',
     'Officials from the Ministry of State Security arrived in Hoeryong on Tuesday and began searching homes for '
     'Chinese phones'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe notice posted at the market gate '
     'read:  \nAll private trading in grain is prohibited  \nfrom the first of the month.\n\nSatellite imagery '
     'reviewed for this report covers the period from January to September.\n\nCross-border trade has fluctuated '
     'sharply since the pandemic, when authorities sealed the frontier with China.\n',
     'All private trading in grain is prohibited from the first of the month'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nThe inmates worked from dawn<br>until late at night, the former prisoner said.\n\nAnalysts in '
     'Seoul say the government has sought to reassert control over private commerce since 2019.\n\nState media has '
     'in recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n',
     'The inmates worked from dawn until late at night'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nTraders cited three reasons for the shortage:\n\n- tighter '
     'inspections at the Hyesan customs post;\n- a ban on private grain sales;\n- poor harvests in the south of the '
     "province.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     'crossing the Yalu and Tumen rivers.\n\nLocal markets, known as jangmadang, remain the main source of food and '
     'consumer goods for most households outside the capital.\n',
     'a ban on private grain sales'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe decree issued in May ordered the following:\n\n1. Soldiers will '
     'confiscate bicycles from market vendors.\n2. Families must hand over 10 kilograms of scrap metal each '
     'month.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nAnalysts in Seoul say the government has sought to '
     'reassert control over private commerce since 2019.\n',
     'Families must hand over 10 kilograms of scrap metal each month.'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\n> '
     '“We were told that anyone caught with a South Korean film would be sent to a labour camp.”\n>\n> — a defector '
     'who left in 2022\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nExchange rates in the border cities are '
     'watched closely by traders, who say the value of the won against the yuan affects everything from fuel to '
     'rice.\n',
     'anyone caught with a South Korean film would be sent to a labour camp'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nA former prisoner described the routine at '
     'the camp:\n\n> The guards counted us three times a day.\n> Anyone who was missing was punished along with '
     'their whole work unit.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nSatellite imagery reviewed for this report covers the period from January to September.\n',
     'The guards counted us three times a day. Anyone who was missing was punished along with their whole work unit.'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\n## Rice prices double in Hyesan\n\nThe '
     'price of a kilogram of rice in Hyesan reached 7,000 won this week, up from 3,500 won in March.\n\nThe '
     "province borders China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu "
     "and Tumen rivers.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n',
     'Rice prices double in Hyesan'),
    ('en',
     '# Authorities tighten controls on Chinese mobile phones\n\nThe report is based on interviews with residents '
     'and traders conducted by telephone over several weeks. Names have been withheld for their safety.\n\nThe '
     'Ministry of State Security has ordered new inspections of homes in border towns.\n\nThe province borders '
     "China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen "
     'rivers.\n\nThe report is based on interviews with residents and traders conducted by telephone over several '
     'weeks. Names have been withheld for their safety.\n',
     'Authorities tighten controls on Chinese mobile phones'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\n| City | Observation |\n|---|---|\n| Hyesan '
     '| Market closed for two weeks after an inspection |\n| Hoeryong | Prices stable |\n\nAnalysts in Seoul say '
     'the government has sought to reassert control over private commerce since 2019.\n\nCross-border trade has '
     'fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n',
     'Market closed for two weeks after an inspection'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe newspaper *Rodong Sinmun* reported on Sunday that the wheat '
     'harvest in South Hwanghae had been completed.\n\nThe report is based on interviews with residents and traders '
     'conducted by telephone over several weeks. Names have been withheld for their safety.\n\nCross-border trade '
     'has fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n',
     'The newspaper Rodong Sinmun reported on Sunday that the wheat harvest in South Hwanghae had been completed'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nDefectors interviewed by [NK News](https://www.nknews.org) described **severe shortages** of '
     '_diesel fuel_ in the eastern provinces.\n\nAnalysts in Seoul say the government has sought to reassert '
     'control over private commerce since 2019.\n\nSatellite imagery reviewed for this report covers the period '
     'from January to September.\n',
     'Defectors interviewed by NK News described severe shortages of diesel fuel in the eastern provinces.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe border city&rsquo;s main market reopened after 18 months of '
     'closure.\n\nThe report is based on interviews with residents and traders conducted by telephone over several '
     "weeks. Names have been withheld for their safety.\n\nThe province borders China's Jilin province and has long "
     'been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     "The border city's main market reopened after 18 months of closure."),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nRice prices reached 8,000&nbsp;won per '
     'kilogram in Hoeryong last week.\n\nAnalysts in Seoul say the government has sought to reassert control over '
     'private commerce since 2019.\n\nCross-border trade has fluctuated sharply since the pandemic, when '
     'authorities sealed the frontier with China.\n',
     'Rice prices reached 8,000 won per kilogram in Hoeryong last week'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe Hye\u200bsan market was raided twice in June by security '
     'agents.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n\nSatellite imagery reviewed for this report covers the period from January '
     'to September.\n',
     'The Hyesan market was raided twice in June by security agents.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nRice prices rose ~~20~~ 25 percent in May, traders said.\n\nSatellite '
     'imagery reviewed for this report covers the period from January to September.\n\nCross-border trade has '
     'fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n',
     'Rice prices rose 25 percent in May'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\n*“We have nothing left to sell,”* the woman told the reporter.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the '
     'capital.\n\nSatellite imagery reviewed for this report covers the period from January to September.\n',
     'We have nothing left to sell'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe Musan mine was **completely flooded** after the July '
     'rains.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'The Musan mine was **completely flooded** after the July rains'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nKey '
     'findings:\n\n* Most households in Ryanggang province receive no state rations.\n* Smuggling has resumed on a '
     'small scale since the autumn.\n\nThe report is based on interviews with residents and traders conducted by '
     'telephone over several weeks. Names have been withheld for their safety.\n\nExchange rates in the border '
     'cities are watched closely by traders, who say the value of the won against the yuan affects everything from '
     'fuel to rice.\n',
     'Smuggling has resumed on a small scale since the autumn.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe statement, read on state television, '
     'said:\n\n> The great victory in the struggle against the epidemic\n> was achieved under the wise leadership '
     'of the Party.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nSatellite imagery reviewed for this report covers the period from January to September.\n',
     'The great victory in the struggle against the epidemic was achieved under the wise leadership of the Party'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nResidents said the attempt to reopen the '
     'mine had been un-\nsuccessful because of flooding.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nInspections are typically carried out by joint teams of police and party officials.\n',
     'the attempt to reopen the mine had been unsuccessful because of flooding'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\n“Nobody dares to speak about it,” a resident of '
     'Chongjin said.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     "since 2019.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     'crossing the Yalu and Tumen rivers.\n',
     '"Nobody dares to speak about it," a resident of Chongjin said.'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nThe regime’s new law bans South Korean '
     'slang in text messages.\n\nThe report is based on interviews with residents and traders conducted by '
     'telephone over several weeks. Names have been withheld for their safety.\n\nThe report is based on interviews '
     'with residents and traders conducted by telephone over several weeks. Names have been withheld for their '
     'safety.\n',
     "The regime's new law bans South Korean slang in text messages."),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     "frontier with China.\n\nKim Jong Un's sister issued a statement on Tuesday condemning the drills.\n\nSources "
     'in the region communicate with outsiders using Chinese mobile phones smuggled across the border, a practice '
     'that carries heavy penalties.\n\nExchange rates in the border cities are watched closely by traders, who say '
     'the value of the won against the yuan affects everything from fuel to rice.\n',
     'Kim Jong Un’s sister issued a statement on Tuesday condemning the drills'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nPrices rose 10–15 percent in the border '
     'towns during the month.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities '
     'sealed the frontier with China.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n',
     'Prices rose 10-15 percent in the border towns during the month'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nThe market — once the busiest in the province — was nearly empty on Sunday.\n\nInspections are '
     'typically carried out by joint teams of police and party officials.\n\nAnalysts in Seoul say the government '
     'has sought to reassert control over private commerce since 2019.\n',
     'The market -- once the busiest in the province -- was nearly empty on Sunday'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nThe market—once the busiest in the '
     'province—was nearly empty on Sunday.\n\nExchange rates in the border cities are watched closely by traders, '
     'who say the value of the won against the yuan affects everything from fuel to rice.\n\nState media has in '
     'recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n',
     'The market - once the busiest in the province - was nearly empty on Sunday'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nKim\xa0Jong\xa0Un visited the Sinpo shipyard on 12\xa0May, state media reported.\n\nThe report '
     'is based on interviews with residents and traders conducted by telephone over several weeks. Names have been '
     'withheld for their safety.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n',
     'Kim Jong Un visited the Sinpo shipyard on 12 May'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nThe authorities ordered all residents of the '
     'district to attend the public trial in the stadium.\n\nSatellite imagery reviewed for this report covers the '
     'period from January to September.\n\nExchange rates in the border cities are watched closely by traders, who '
     'say the value of the won against the yuan affects everything from fuel to rice.\n',
     'The authorities ordered all residents of the district\nto attend the public trial in the stadium.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nTraders don´t trust the new banknotes, a source in Sinuiju '
     'said.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n\nSatellite imagery reviewed for this report covers the period from January '
     'to September.\n',
     "Traders don't trust the new banknotes"),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nTemperatures fell to −25 °C in Samjiyon, '
     "and many homes had no heating.\n\nThe province borders China's Jilin province and has long been a hub for "
     'smuggling, with goods crossing the Yalu and Tumen rivers.\n\nSources in the region communicate with outsiders '
     'using Chinese mobile phones smuggled across the border, a practice that carries heavy penalties.\n',
     'Temperatures fell to -25°C in Samjiyon, and many homes had no heating'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nThe market closed at noon. It was raining heavily. By evening, security agents had sealed the '
     'entrances.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nSatellite imagery reviewed for this report covers the period from January to September.\n',
     'The market closed at noon... By evening, security agents had sealed the entrances.'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nThe ministry described the harvest as “the best in a decade.” Independent estimates were not '
     'available.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n',
     '"the best in a decade"'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nAbout 1,200 workers were sent to the Kim Chaek steel complex in March.\n\nThe report is based '
     'on interviews with residents and traders conducted by telephone over several weeks. Names have been withheld '
     'for their safety.\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n',
     'About 1200 workers were sent to the Kim Chaek steel complex in March.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nA resident said: “The slogan ‘Let us defend the leader with our '
     'lives’ was painted on every wall.”\n\nThe report is based on interviews with residents and traders conducted '
     'by telephone over several weeks. Names have been withheld for their safety.\n\nInspections are typically '
     'carried out by joint teams of police and party officials.\n',
     'The slogan "Let us defend the leader with our lives" was painted on every wall.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nSecurity agents on 14 March raided the homes of 12 families '
     'suspected of contacting relatives in the South.\n\nState media has in recent months stressed the importance '
     'of agricultural production and called on citizens to contribute to a campaign of self-reliance.\n\nState '
     'media has in recent months stressed the importance of agricultural production and called on citizens to '
     'contribute to a campaign of self-reliance.\n',
     'Security agents … raided the homes of 12 families suspected of contacting relatives in the South.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nRice prices, a source in Hyesan told '
     'Daily NK, have risen to 7,000 won per kilogram.\n\nSources in the region communicate with outsiders using '
     'Chinese mobile phones smuggled across the border, a practice that carries heavy penalties.\n\nAnalysts in '
     'Seoul say the government has sought to reassert control over private commerce since 2019.\n',
     'Rice prices … have risen to 7,000 won per kilogram.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe textile factory, a source in the '
     'province said on Monday, has been converted to produce military uniforms.\n\nExchange rates in the border '
     'cities are watched closely by traders, who say the value of the won against the yuan affects everything from '
     'fuel to rice.\n\nInspections are typically carried out by joint teams of police and party officials.\n',
     'The textile factory ... has been converted to produce military uniforms.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nAuthorities demolished dozens of small, '
     "makeshift wooden houses along the riverbank in Hyesan.\n\nThe province borders China's Jilin province and has "
     'long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n\nState media has in recent '
     'months stressed the importance of agricultural production and called on citizens to contribute to a campaign '
     'of self-reliance.\n',
     'Authorities demolished dozens of … houses along the riverbank in Hyesan.'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe market closed at noon. It was raining heavily. By evening, security agents had '
     'sealed the entrances.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer '
     'goods for most households outside the capital.\n\nSources in the region communicate with outsiders using '
     'Chinese mobile phones smuggled across the border, a practice that carries heavy penalties.\n',
     'The market closed at noon. … By evening, security agents had sealed the entrances.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe Chongjin steel works, which employs '
     'about 8,000 people, halted production in October.\n\nSatellite imagery reviewed for this report covers the '
     'period from January to September.\n\nCross-border trade has fluctuated sharply since the pandemic, when '
     'authorities sealed the frontier with China.\n',
     'The Chongjin steel works … halted production in October.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nKim Tok Hun, the premier, inspected the '
     'flooded areas of North Phyongan on Sunday.\n\nSources in the region communicate with outsiders using Chinese '
     'mobile phones smuggled across the border, a practice that carries heavy penalties.\n\nState media has in '
     'recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n',
     'Kim Tok Hun … inspected the flooded areas of North Phyongan on Sunday.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nLast week, the authorities banned the sale of imported rice in all '
     'markets of the city.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed '
     "the frontier with China.\n\nThe province borders China's Jilin province and has long been a hub for "
     'smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     '… the authorities banned the sale of imported rice in all markets of the city'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nSecurity agents, working in teams of three and four, searched every home in the district for '
     'radios.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'Security agents […] searched every home in the district for radios.'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\n“We '
     "have no rice left,” the woman said, “and the children go to school hungry.”\n\nThe province borders China's "
     'Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n\nThe '
     'report is based on interviews with residents and traders conducted by telephone over several weeks. Names '
     'have been withheld for their safety.\n',
     '"We have no rice left … and the children go to school hungry."'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\n“The guards took everything,” he said. “They even took the blankets.”\n\nExchange rates in the '
     'border cities are watched closely by traders, who say the value of the won against the yuan affects '
     'everything from fuel to rice.\n\nLocal markets, known as jangmadang, remain the main source of food and '
     'consumer goods for most households outside the capital.\n',
     '"The guards took everything … They even took the blankets."'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nPrices for corn (the staple for most rural families) rose 40 percent '
     "in the first quarter.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, "
     'with goods crossing the Yalu and Tumen rivers.\n\nLocal markets, known as jangmadang, remain the main source '
     'of food and consumer goods for most households outside the capital.\n',
     'Prices for corn … rose 40 percent in the first quarter.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe authorities, citing the need to prevent infection, closed the '
     'market for a month.\n\nExchange rates in the border cities are watched closely by traders, who say the value '
     'of the won against the yuan affects everything from fuel to rice.\n\nLocal markets, known as jangmadang, '
     'remain the main source of food and consumer goods for most households outside the capital.\n',
     'The authorities (...) closed the market for a month.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe new decree — the third this year — bans the use of the yuan '
     'in markets.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n',
     'The new decree … bans the use of the yuan in markets.'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nThe '
     'defector, who asked not to be named for fear of reprisals against relatives, said guards beat prisoners '
     'daily.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across the '
     'border, a practice that carries heavy penalties.\n\nInspections are typically carried out by joint teams of '
     'police and party officials.\n',
     'The defector … said guards beat prisoners daily.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nSince the beginning of the year, the authorities '
     'have ordered each household in Hyesan to deliver 30 kilograms of manure to collective farms, to contribute '
     'money for the construction of a new hospital and to send one member to work on the irrigation project for two '
     'weeks. Residents who fail to do so are fined.\n\nState media has in recent months stressed the importance of '
     'agricultural production and called on citizens to contribute to a campaign of self-reliance.\n\nCross-border '
     'trade has fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n',
     'the authorities have ordered each household in Hyesan to deliver 30 kilograms of manure to collective farms, '
     'to contribute money for the construction of a new hospital and to send one member to work on the irrigation '
     'project for two weeks. Residents who fail to do so are fined.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe flood destroyed about 300 homes in Sinuiju. Rescue teams arrived '
     'from Pyongyang on the second day. Officials said 15 people had died.\n\nState media has in recent months '
     'stressed the importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n',
     'The flood destroyed about 300 homes in Sinuiju. ... Officials said 15 people had died.'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nSoldiers, acting on orders from the '
     'provincial party committee, confiscated the harvest from private plots.\n\nThe report is based on interviews '
     'with residents and traders conducted by telephone over several weeks. Names have been withheld for their '
     'safety.\n\nThe report is based on interviews with residents and traders conducted by telephone over several '
     'weeks. Names have been withheld for their safety.\n',
     'Soldiers … confiscated the harvest from private plots.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nOne trader said: “The guards now ask for 500 '
     "yuan per crossing, twice what they asked last year.”\n\nThe province borders China's Jilin province and has "
     'long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n\nState media has in recent '
     'months stressed the importance of agricultural production and called on citizens to contribute to a campaign '
     'of self-reliance.\n',
     'The guards now ask for 500 yuan per crossing, twice what they asked last year.'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nOne trader said: “The guards now ask for 500 yuan per crossing, twice what they asked last '
     'year.”\n\nState media has in recent months stressed the importance of agricultural production and called on '
     'citizens to contribute to a campaign of self-reliance.\n\nSources in the region communicate with outsiders '
     'using Chinese mobile phones smuggled across the border, a practice that carries heavy penalties.\n',
     '"The guards now ask for 500 yuan per crossing"'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\n“People are eating corn porridge twice a day,” a farmer from '
     'South Hamgyong told RFA.\n\nState media has in recent months stressed the importance of agricultural '
     'production and called on citizens to contribute to a campaign of self-reliance.\n\nState media has in recent '
     'months stressed the importance of agricultural production and called on citizens to contribute to a campaign '
     'of self-reliance.\n',
     '"People are eating corn porridge twice a day," a farmer from South Hamgyong told RFA'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nAsked about the shortages, the official replied that “the situation is under control” and that '
     'rations would resume soon.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nSatellite imagery reviewed for this report covers the period from January to September.\n',
     'the official replied that "the situation is under control"'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nIn the weeks before the harvest, soldiers '
     'were posted to guard the cornfields around Hyesan day and night.\n\nSatellite imagery reviewed for this '
     'report covers the period from January to September.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'soldiers were posted to guard the cornfields around Hyesan'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nSince the start of the year, at least 40 people have been arrested '
     'for watching foreign films in Hamhung, a source said.\n\nSatellite imagery reviewed for this report covers '
     'the period from January to September.\n\nState media has in recent months stressed the importance of '
     'agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'at least 40 people have been arrested for watching foreign films in Hamhung'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nAgents began searching homes on Monday and '
     'the inspection lasted three days. Those found with Chinese phones were detained at the local police '
     'station.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce since '
     '2019.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n',
     'the inspection lasted three days. Those found with Chinese phones were detained'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nOfficials did not say why the market was closed for a second week.\n\nSources in the region '
     'communicate with outsiders using Chinese mobile phones smuggled across the border, a practice that carries '
     'heavy penalties.\n\nInspections are typically carried out by joint teams of police and party officials.\n',
     'the market was closed for a second week'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nNo '
     'one was injured when the railway bridge near Kilju collapsed on Tuesday.\n\nThe report is based on interviews '
     'with residents and traders conducted by telephone over several weeks. Names have been withheld for their '
     'safety.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across the '
     'border, a practice that carries heavy penalties.\n',
     'the railway bridge near Kilju collapsed on Tuesday'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nIt is no secret that army units sell fuel on the black market, a former officer '
     'said.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across the '
     'border, a practice that carries heavy penalties.\n\nAnalysts in Seoul say the government has sought to '
     'reassert control over private commerce since 2019.\n',
     'army units sell fuel on the black market'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThere is no doubt that the harvest failed in the northern provinces '
     'this year.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce since '
     '2019.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce since '
     '2019.\n',
     'the harvest failed in the northern provinces this year'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nIt '
     'was not until March that the border reopened to freight traffic.\n\nSources in the region communicate with '
     'outsiders using Chinese mobile phones smuggled across the border, a practice that carries heavy '
     'penalties.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the '
     'won against the yuan affects everything from fuel to rice.\n',
     'the border reopened to freight traffic'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nDespite the ban, traders continued to sell '
     'Chinese phones openly in the market.\n\nCross-border trade has fluctuated sharply since the pandemic, when '
     'authorities sealed the frontier with China.\n\nInspections are typically carried out by joint teams of police '
     'and party officials.\n',
     'traders continued to sell Chinese phones openly in the market'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nAlthough the border remains closed, smuggling has resumed on a small '
     'scale.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'smuggling has resumed on a small scale'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nOfficials, who declined to be named, said the mine reopened in '
     'May.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'Officials … said the mine reopened in May'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe factory closed in 2019, not 2020 as previously reported.\n\nInspections are '
     'typically carried out by joint teams of police and party officials.\n\nThe report is based on interviews with '
     'residents and traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'The factory closed in 2019'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe Musan mine reopened in May. Officials denied reports that workers had gone '
     'unpaid.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     "households outside the capital.\n\nThe province borders China's Jilin province and has long been a hub for "
     'smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     'The Musan mine reopened in May.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe paper mill in Kilju closed in 2019. It never '
     'reopened.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n',
     'The paper mill in Kilju closed in 2019.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nPrices have not fallen since the border closed in January.\n\nState '
     'media has in recent months stressed the importance of agricultural production and called on citizens to '
     'contribute to a campaign of self-reliance.\n\nState media has in recent months stressed the importance of '
     'agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'the border closed in January'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nThe guards, unable to stop the crowd, opened the gate.\n\nSatellite imagery reviewed for this '
     'report covers the period from January to September.\n\nLocal markets, known as jangmadang, remain the main '
     'source of food and consumer goods for most households outside the capital.\n',
     'The guards … opened the gate'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nAfter the harvest failed, the authorities cut rations to 300 grams a day.\n\nState media has in '
     'recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n',
     'the authorities cut rations to 300 grams a day'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nNot only did rice prices rise, but the price of corn also doubled.\n\nState media has in '
     'recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n\nAnalysts in Seoul say the government has sought to reassert control over '
     'private commerce since 2019.\n',
     'the price of corn also doubled'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nWhy did the authorities close the market? '
     "Traders say it was to stop the spread of rumours about the leader's health.\n\nCross-border trade has "
     'fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n\nThe report is '
     'based on interviews with residents and traders conducted by telephone over several weeks. Names have been '
     'withheld for their safety.\n',
     "Traders say it was to stop the spread of rumours about the leader's health."),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nRumours that the market would close were '
     'confirmed on Friday, when security agents sealed the gates.\n\nCross-border trade has fluctuated sharply '
     'since the pandemic, when authorities sealed the frontier with China.\n\nSatellite imagery reviewed for this '
     'report covers the period from January to September.\n',
     'security agents sealed the gates'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nIn April, officials said the mine would not reopen this year. In '
     'June, the mine reopened.\n\nExchange rates in the border cities are watched closely by traders, who say the '
     'value of the won against the yuan affects everything from fuel to rice.\n\nSources in the region communicate '
     'with outsiders using Chinese mobile phones smuggled across the border, a practice that carries heavy '
     'penalties.\n',
     'the mine reopened'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nThe mill closed in March. No reason was '
     'given. Its workers were sent to farms.\n\nAnalysts in Seoul say the government has sought to reassert control '
     'over private commerce since 2019.\n\nAnalysts in Seoul say the government has sought to reassert control over '
     'private commerce since 2019.\n',
     'The mill closed in March. … Its workers were sent to farms.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nDespite official denials, the camp at Kaechon is still '
     'operating, according to satellite imagery and two former inmates.\n\nLocal markets, known as jangmadang, '
     'remain the main source of food and consumer goods for most households outside the capital.\n\nSources in the '
     'region communicate with outsiders using Chinese mobile phones smuggled across the border, a practice that '
     'carries heavy penalties.\n',
     'the camp at Kaechon is still operating'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nThe soldiers, none of whom had eaten for two days, looted the warehouse.\n\nLocal markets, '
     'known as jangmadang, remain the main source of food and consumer goods for most households outside the '
     "capital.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     'crossing the Yalu and Tumen rivers.\n',
     'The soldiers … looted the warehouse.'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nResidents said they could no longer afford rice after prices doubled in March.\n\nAnalysts in '
     'Seoul say the government has sought to reassert control over private commerce since 2019.\n\nCross-border '
     'trade has fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n',
     'prices doubled in March'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nEarlier unconfirmed reports said the bridge had collapsed. On '
     'Monday, the ministry confirmed that the bridge had collapsed, killing four workers.\n\nSatellite imagery '
     'reviewed for this report covers the period from January to September.\n\nSatellite imagery reviewed for this '
     'report covers the period from January to September.\n',
     'the ministry confirmed that the bridge had collapsed, killing four workers'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nOfficials denied that the mine reopened in '
     'June. Traders, however, say the mine reopened in June and is hiring workers again.\n\nSatellite imagery '
     'reviewed for this report covers the period from January to September.\n\nSatellite imagery reviewed for this '
     'report covers the period from January to September.\n',
     'the mine reopened in June and is hiring workers again'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nState media denied that the guards had been arrested.\n\nBut two sources in Hyesan '
     'said the guards had been arrested on Friday night.\n\nLocal markets, known as jangmadang, remain the main '
     'source of food and consumer goods for most households outside the capital.\n\nSources in the region '
     'communicate with outsiders using Chinese mobile phones smuggled across the border, a practice that carries '
     'heavy penalties.\n',
     'the guards had been arrested on Friday night'),
    ('fr',
     '# Rapport frontalier\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture '
     'pour la plupart des ménages.\n\n«\xa0Nous n’avons plus rien à vendre\xa0», a déclaré une commerçante de '
     "Hyesan.\n\nCe rapport s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de commerçants de "
     "la région frontalière.\n\nLes médias d'État insistent depuis plusieurs mois sur l'importance de la production "
     'agricole.\n',
     '"Nous n\'avons plus rien à vendre", a déclaré une commerçante de Hyesan'),
    ('fr',
     "# Rapport frontalier\n\nCe rapport s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de "
     'commerçants de la région frontalière.\n\nLe prix du riz s’est envolé à Hyesan après la fermeture du marché de '
     "gros.\n\nLes médias d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n\nLes "
     'marchés locaux, appelés jangmadang, demeurent la principale source de nourriture pour la plupart des '
     'ménages.\n',
     "Le prix du riz s'est envolé à Hyesan après la fermeture du marché de gros."),
    ('fr',
     '# Rapport frontalier\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture '
     'pour la plupart des ménages.\n\nLa mine de Musan, qui emploie environ 5\xa0000 ouvriers, a suspendu sa '
     'production en août.\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     'pandémie.\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture pour la '
     'plupart des ménages.\n',
     'La mine de Musan … a suspendu sa production en août.'),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     'pandémie.\n\nEnviron 5\u202f000 ouvriers ont été mobilisés pour réparer la digue.\n\nLes marchés locaux, '
     'appelés jangmadang, demeurent la principale source de nourriture pour la plupart des ménages.\n\nLes médias '
     "d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n",
     'Environ 5000 ouvriers ont été mobilisés pour réparer la digue.'),
    ('fr',
     '# Rapport frontalier\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture '
     'pour la plupart des ménages.\n\nLes prix ont augmenté de 30\xa0% en un mois dans les villes '
     "frontalières.\n\nLes médias d'État insistent depuis plusieurs mois sur l'importance de la production "
     'agricole.\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la pandémie.\n',
     'Les prix ont augmenté de 30 % en un mois dans les villes frontalières'),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     'pandémie.\n\nLes autorités ont *interdit* la vente de riz importé sur tous les marchés de la ville.\n\nLes '
     'marchés locaux, appelés jangmadang, demeurent la principale source de nourriture pour la plupart des '
     "ménages.\n\nLes médias d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n",
     'Les autorités ont interdit la vente de riz importé sur tous les marchés de la ville'),
    ('fr',
     "# Rapport frontalier\n\nCe rapport s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de "
     'commerçants de la région frontalière.\n\nSelon un commerçant, les gardes-frontières exigent désormais '
     "500\xa0yuans par passage, soit le double de l'an dernier.\n\nLes médias d'État insistent depuis plusieurs "
     "mois sur l'importance de la production agricole.\n\nLes marchés locaux, appelés jangmadang, demeurent la "
     'principale source de nourriture pour la plupart des ménages.\n',
     'les gardes-frontières exigent désormais 500 yuans par passage'),
    ('fr',
     '# Rapport frontalier\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture '
     "pour la plupart des ménages.\n\nD'après [Daily NK](https://www.dailynk.com), le prix du maïs a doublé depuis "
     "janvier à Hoeryong.\n\nCe rapport s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de "
     'commerçants de la région frontalière.\n\nLe commerce transfrontalier avec la Chine reste fortement encadré '
     'depuis la pandémie.\n',
     'le prix du maïs a doublé depuis janvier à Hoeryong'),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     "pandémie.\n\nL'électricité n'est fournie que deux heures par jour à Hamhung.\n\nCe rapport s'appuie sur des "
     "entretiens téléphoniques menés auprès d'habitants et de commerçants de la région frontalière.\n\nLes médias "
     "d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n",
     "L'électricité n'est fournie que deux heures par jour à Hamhung"),
    ('de', '# Grenzbericht\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen '
     'Produktion.\n\n„Wir haben nichts mehr zu essen“, sagte eine Frau aus Hyesan.\n\nDie örtlichen Märkte, '
     'Jangmadang genannt, sind für die meisten Haushalte die wichtigste Quelle für Lebensmittel.\n\nDie örtlichen '
     'Märkte, Jangmadang genannt, sind für die meisten Haushalte die wichtigste Quelle für Lebensmittel.\n',
     '"Wir haben nichts mehr zu essen", sagte eine Frau aus Hyesan.'),
    ('de', '# Grenzbericht\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen '
     'Produktion.\n\nRund 3.000 Arbeiter wurden zur Reparatur des Damms abgestellt.\n\nDer Handel mit China ist '
     'seit der Pandemie stark eingeschränkt.\n\nDer Bericht stützt sich auf telefonische Gespräche mit Einwohnern '
     'und Händlern in der Grenzregion.\n',
     'Rund 3000 Arbeiter wurden zur Reparatur des Damms abgestellt.'),
    ('de', '# Grenzbericht\n\nDer Handel mit China ist seit der Pandemie stark eingeschränkt.\n\nDas Stahlwerk in '
     'Chongjin, das etwa 8.000 Menschen beschäftigt, hat im Oktober die Produktion eingestellt.\n\nDie örtlichen '
     'Märkte, Jangmadang genannt, sind für die meisten Haushalte die wichtigste Quelle für Lebensmittel.\n\nDie '
     'örtlichen Märkte, Jangmadang genannt, sind für die meisten Haushalte die wichtigste Quelle für Lebensmittel.\n',
     'Das Stahlwerk in Chongjin … hat im Oktober die Produktion eingestellt.'),
    ('de', '# Grenzbericht\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen '
     'Produktion.\n\nLaut [Daily NK](https://www.dailynk.com) stiegen die Reispreise in Hyesan um 40 '
     'Prozent.\n\nDer Bericht stützt sich auf telefonische Gespräche mit Einwohnern und Händlern in der '
     'Grenzregion.\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen Produktion.\n',
     'Laut Daily NK stiegen die Reispreise in Hyesan um 40 Prozent'),
    ('de',
     '# Grenzbericht\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen Produktion.\n\nDer '
     'Markt – früher der größte der Provinz – war am Sonntag fast leer.\n\nDie örtlichen Märkte, Jangmadang '
     'genannt, sind für die meisten Haushalte die wichtigste Quelle für Lebensmittel.\n\nStaatsmedien betonen seit '
     'Monaten die Bedeutung der landwirtschaftlichen Produktion.\n',
     'Der Markt - früher der größte der Provinz - war am Sonntag fast leer.'),
    ('de',
     '# Grenzbericht\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen Produktion.\n\nDie '
     'Mine in Musan hat im August[1] den Betrieb eingestellt, nachdem Hochwasser die Pumpen beschädigt '
     'hatte.\n\nDer Bericht stützt sich auf telefonische Gespräche mit Einwohnern und Händlern in der '
     'Grenzregion.\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen Produktion.\n',
     'Die Mine in Musan hat im August den Betrieb eingestellt'),
    ('es',
     '# Informe fronterizo\n\nLos mercados locales, conocidos como jangmadang, siguen siendo la principal fuente de '
     'alimentos para la mayoría de los hogares.\n\n«No tenemos nada que comer», dijo una mujer de Hyesan.\n\nEl '
     'informe se basa en entrevistas telefónicas con residentes y comerciantes de la región fronteriza.\n\nEl '
     'informe se basa en entrevistas telefónicas con residentes y comerciantes de la región fronteriza.\n',
     '"No tenemos nada que comer", dijo una mujer de Hyesan.'),
    ('es',
     '# Informe fronterizo\n\nLos mercados locales, conocidos como jangmadang, siguen siendo la principal fuente de '
     'alimentos para la mayoría de los hogares.\n\nLa mina de Musan, una de las más grandes de Asia, suspendió la '
     'producción en agosto.\n\nEl comercio con China sigue muy restringido desde la pandemia.\n\nLos mercados '
     'locales, conocidos como jangmadang, siguen siendo la principal fuente de alimentos para la mayoría de los '
     'hogares.\n',
     'La mina de Musan … suspendió la producción en agosto.'),
    ('es', '# Informe fronterizo\n\nLos medios estatales insisten desde hace meses en la importancia de la producción '
     'agrícola.\n\nUnos 1.200 trabajadores fueron enviados al complejo siderúrgico en marzo.\n\nEl comercio con '
     'China sigue muy restringido desde la pandemia.\n\nEl informe se basa en entrevistas telefónicas con '
     'residentes y comerciantes de la región fronteriza.\n',
     'Unos 1200 trabajadores fueron enviados al complejo siderúrgico en marzo.'),
    ('es', '# Informe fronterizo\n\nEl comercio con China sigue muy restringido desde la pandemia.\n\nSegún un '
     'comerciante, los guardias fronterizos exigen ahora 500 yuanes por cada cruce, el doble que el año '
     'pasado.\n\nEl informe se basa en entrevistas telefónicas con residentes y comerciantes de la región '
     'fronteriza.\n\nLos medios estatales insisten desde hace meses en la importancia de la producción agrícola.\n',
     'los guardias fronterizos exigen ahora 500 yuanes por cada cruce'),
    ('es', '# Informe fronterizo\n\nLos medios estatales insisten desde hace meses en la importancia de la producción '
     'agrícola.\n\nSegún [Daily NK](https://www.dailynk.com), el precio del maíz se ha duplicado desde enero en '
     'Hoeryong.\n\nEl comercio con China sigue muy restringido desde la pandemia.\n\nLos medios estatales insisten '
     'desde hace meses en la importancia de la producción agrícola.\n',
     'el precio del maíz se ha duplicado desde enero en Hoeryong'),
    ('es',
     '# Informe\n\nLos mercados locales, conocidos como jangmadang, siguen siendo la principal fuente de alimentos '
     'para la mayoría de los hogares.\n\nEL MERCADO DE HYESAN CERRÓ DURANTE DOS SEMANAS\n\nEl comercio con China '
     'sigue muy restringido desde la pandemia.\n\nEl informe se basa en entrevistas telefónicas con residentes y '
     'comerciantes de la región fronteriza.\n',
     'El mercado de Hyesan cerró durante dos semanas'),
    ('ru', '# Доклад о границе\n\nГосударственные СМИ в последние месяцы подчёркивают важность сельскохозяйственного '
     'производства.\n\n«Нам нечего есть», — сказала жительница Хесана.\n\nДоклад основан на телефонных интервью с '
     'жителями и торговцами приграничного района.\n\nГосударственные СМИ в последние месяцы подчёркивают важность '
     'сельскохозяйственного производства.\n',
     '"Нам нечего есть", - сказала жительница Хесана.'),
    ('ru',
     '# Доклад о границе\n\nМестные рынки, известные как чангмаданы, остаются главным источником продовольствия для '
     'большинства семей.\n\nРынок в Хесане закрыт ещё на две недели, сообщил источник.\n\nТорговля с Китаем '
     'остаётся жёстко ограниченной после пандемии.\n\nТорговля с Китаем остаётся жёстко ограниченной после '
     'пандемии.\n',
     'Рынок в Хесане закрыт еще на две недели'),
    ('ru',
     '# Доклад о границе\n\nМестные рынки, известные как чангмаданы, остаются главным источником продовольствия для '
     'большинства семей.\n\nОколо 3\xa0000 рабочих были направлены на ремонт дамбы.\n\nТорговля с Китаем остаётся '
     'жёстко ограниченной после пандемии.\n\nМестные рынки, известные как чангмаданы, остаются главным источником '
     'продовольствия для большинства семей.\n',
     'Около 3000 рабочих были направлены на ремонт дамбы.'),
    ('ru', '# Доклад о границе\n\nДоклад основан на телефонных интервью с жителями и торговцами приграничного '
     'района.\n\nМеталлургический комбинат в Чхонджине, на котором работают около 8 000 человек, в октябре '
     'остановил производство.\n\nТорговля с Китаем остаётся жёстко ограниченной после пандемии.\n\nТорговля с '
     'Китаем остаётся жёстко ограниченной после пандемии.\n',
     'Металлургический комбинат в Чхонджине … в октябре остановил производство.'),
    ('ru', '# Доклад о границе\n\nДоклад основан на телефонных интервью с жителями и торговцами приграничного '
     'района.\n\nПо словам торговца, пограничники теперь требуют 500 юаней за каждый переход, вдвое больше, чем в '
     'прошлом году.\n\nМестные рынки, известные как чангмаданы, остаются главным источником продовольствия для '
     'большинства семей.\n\nТорговля с Китаем остаётся жёстко ограниченной после пандемии.\n',
     'пограничники теперь требуют 500 юаней за каждый переход'),
    ('ru',
     '# Доклад о границе\n\nМестные рынки, известные как чангмаданы, остаются главным источником продовольствия для '
     'большинства семей.\n\nШахта в Мусане так и не возобновила работу после наводнения.\n\nТорговля с Китаем '
     'остаётся жёстко ограниченной после пандемии.\n\nГосударственные СМИ в последние месяцы подчёркивают важность '
     'сельскохозяйственного производства.\n',
     'Шахта в Мусане так и не возобновила работу после наводнения'),
    ('zh', '# '
     '边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n一名商人说：“现在边防军每次过河要500元。”\n\n被称为“场马当”的地方市场仍然是大多数家庭获取食品的主要来源。\n\n近几个月来，'
     '官方媒体一再强调农业生产的重要性。\n',
     '现在边防军每次过河要500元'),
    ('zh', '# '
     '边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n一名商人说：“现在边防军每次过河要500元。”\n\n被称为“场马当”的地方市场仍然是大多数家庭获取食品的主要来源。\n\n被称为“场马'
     '当”的地方市场仍然是大多数家庭获取食品的主要来源。\n',
     '「现在边防军每次过河要500元」'),
    ('zh', '# '
     '边境报告\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n惠山市场的大米价格上涨了３０％，商人们表示担忧。\n\n本报告基于对边境地区居民和商人的电话采访。\n\n本报告基于对边境地区居民和商人的电话采访。\n',
     '惠山市场的大米价格上涨了30%，商人们表示担忧'),
    ('zh', '# '
     '边境报告\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n位于咸镜北道的茂山铁矿在八月因洪水停产。\n\n本报告基于对边境地区居民和商人的电话采访。\n\n被称为“场马当”的地方市场仍然是大多数'
     '家庭获取食品的主要来源。\n',
     '茂山铁矿在八月因洪水停产'),
    ('zh', '# '
     '边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n位于咸镜北道的茂山铁矿在八月因洪水停产。\n\n本报告基于对边境地区居民和商人的电话采访。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n',
     '位于咸镜北道的茂山铁矿……因洪水停产'),
    ('zh', '# '
     '边境报告\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n据[自由亚洲电台](https://www.rfa.org)报道，惠山的大米价格已上涨到每公斤7000朝鲜元。\n\n本报告基于对边境地'
     '区居民和商人的电话采访。\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n',
     '据自由亚洲电台报道，惠山的大米价格已上涨到每公斤7000朝鲜元'),
    ('ja', '# '
     '国境報告\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にとって主要な食料源となっている。\n\nある商人は「国境警備隊は一回の越境に500元を要求している」と話した。\n\nこの報告は、国境地域の住'
     '民や商人への電話取材に基づいている。\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している。\n',
     '国境警備隊は一回の越境に500元を要求している'),
    ('ja', '# '
     '国境報告\n\n新型コロナの流行以降、中国との国境貿易は厳しく制限されている。\n\n恵山では米の価格が１キロ８０００ウォンに達した。\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している'
     '。\n\nこの報告は、国境地域の住民や商人への電話取材に基づいている。\n',
     '恵山では米の価格が1キロ8000ウォンに達した'),
    ('ja', '# '
     '国境報告\n\nこの報告は、国境地域の住民や商人への電話取材に基づいている。\n\n咸鏡北道の茂山鉱山は、洪水の影響で8月に操業を停止した。\n\n新型コロナの流行以降、中国との国境貿易は厳しく制限されてい'
     'る。\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にとって主要な食料源となっている。\n',
     '茂山鉱山は、洪水の影響で8月に操業を停止した'),
    ('ja', '# '
     '国境報告\n\nこの報告は、国境地域の住民や商人への電話取材に基づいている。\n\n茂山鉱山は、アジア最大級の鉄鉱山の一つで、8月に操業を停止した。\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にと'
     'って主要な食料源となっている。\n\n新型コロナの流行以降、中国との国境貿易は厳しく制限されている。\n',
     '茂山鉱山は…8月に操業を停止した'),
    ('ja', '# '
     '国境報告\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にとって主要な食料源となっている。\n\nある住民は「誰もそのことを口にしない」と語った。\n\n新型コロナの流行以降、中国との国境貿易は厳しく'
     '制限されている。\n\nこの報告は、国境地域の住民や商人への電話取材に基づいている。\n',
     '"誰もそのことを口にしない"'),
    ('ko',
     '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n한 상인은 "국경경비대가 한 번 넘을 때마다 500위안을 요구한다"고 말했다.\n\n이 보고서는 '
     '국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 제한되고 있다.\n',
     '국경경비대가 한 번 넘을 때마다 500위안을 요구한다'),
    ('ko',
     '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n한 상인은 “국경경비대가 한 번 넘을 때마다 500위안을 요구한다”고 말했다.\n\n관영 매체는 '
     '최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n',
     '"국경경비대가 한 번 넘을 때마다 500위안을 요구한다"'),
    ('ko',
     '# 국경 보고\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n혜산 시장에서 쌀 1kg 가격이 7,000원까지 올랐다.\n\n관영 매체는 최근 몇 '
     '달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 제한되고 있다.\n',
     '쌀 1kg 가격이 7000원까지 올랐다'),
    ('ko', '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n보안원들이 지난 14일 밤 혜산 시장을 급습해 중국산 휴대전화 30여 대를 '
     '압수했다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 제한되고 있다.\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n',
     '보안원들이 … 혜산 시장을 급습해 중국산 휴대전화 30여 대를 압수했다'),
    ('ko',
     '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n올해 들어 함흥에서 외국 영화를 본 혐의로 최소 40명이 체포됐다고 소식통이 전했다.\n\n이 '
     '보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n',
     '함흥에서 외국 영화를 본 혐의로 최소 40명이 체포됐다'),
    ('ar',
     '# تقرير الحدود\n\nلا تزال التجارة مع الصين مقيدة بشدة منذ الجائحة.\n\nقالت مصادر محلية إن أسعار الأرز ارتفعت '
     'بنسبة ٣٠ في المئة في مدينة هيسان.\n\nأكدت وسائل الإعلام الرسمية في الأشهر الأخيرة أهمية الإنتاج '
     'الزراعي.\n\nلا تزال التجارة مع الصين مقيدة بشدة منذ الجائحة.\n',
     'أسعار الأرز ارتفعت بنسبة 30 في المئة في مدينة هيسان'),
    ('ko',
     '# 국경 보고\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n\n보안원들이 지난 14일 혜산 시장을 급습했다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 '
     '가정의 주요 식량 공급원이다.\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n',
     '보안원들이 … 혜산 시장을 급습했다'),
    ('ko',
     '# 국경 보고\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 제한되고 있다.\n\n보안원들이 밤늦게 혜산 시장을 급습해 휴대전화를 압수했다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 '
     '가정의 주요 식량 공급원이다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n',
     '보안원들이 … 혜산 시장을 급습해 휴대전화를 압수했다'),
    ('ko',
     '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n보안원들이 밤늦게 회령 시장을 급습해 휴대전화를 압수했다.\n\n관영 매체는 최근 몇 달 동안 '
     '농업 생산의 중요성을 거듭 강조해 왔다.\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n',
     '보안원들이 … 회령 시장을 급습해 휴대전화를 압수했다'),
    ('ko',
     '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n주민들이 어제 장마당에서 쌀을 샀다.\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 '
     '거듭 강조해 왔다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n',
     '주민들이 … 장마당에서 쌀을 샀다'),
    ('ko',
     '# 국경 보고\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n\n당국은 최근 혜산 시장을 폐쇄했다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 '
     '식량 공급원이다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 제한되고 있다.\n',
     '당국은 … 혜산 시장을 폐쇄했다'),
    ('ko',
     '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n혜산시 당국은 지난달 말 시장을 폐쇄했다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 '
     '제한되고 있다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 제한되고 있다.\n',
     '혜산시 당국은 … 시장을 폐쇄했다'),
    ('ko',
     '# 국경 보고\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n무산 광산은 홍수로 인해 8월에 가동을 중단했다.\n\n코로나19 이후 중국과의 국경 '
     '무역은 엄격하게 제한되고 있다.\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n',
     '무산 광산은 … 8월에 가동을 중단했다'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe defectors, none of them older than 25, arrived in Seoul in '
     'March.\n\nSatellite imagery reviewed for this report covers the period from January to September.\n\nExchange '
     'rates in the border cities are watched closely by traders, who say the value of the won against the yuan '
     'affects everything from fuel to rice.\n',
     'The defectors … arrived in Seoul in March.'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nThe miners, who had not been paid for months, went on strike.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the '
     'capital.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across the '
     'border, a practice that carries heavy penalties.\n',
     'The miners … went on strike.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe authorities banned the sale of imported rice in May. It is '
     'unclear whether the ban will be enforced.\n\nSatellite imagery reviewed for this report covers the period '
     'from January to September.\n\nExchange rates in the border cities are watched closely by traders, who say the '
     'value of the won against the yuan affects everything from fuel to rice.\n',
     'The authorities banned the sale of imported rice in May.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nThe authorities banned the sale of imported rice '
     'in May. Residents doubt the ban will last.\n\nLocal markets, known as jangmadang, remain the main source of '
     'food and consumer goods for most households outside the capital.\n\nThe report is based on interviews with '
     'residents and traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'The authorities banned the sale of imported rice in May.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nThe Hyesan market reopened on Monday. Traders '
     'said they were not allowed to sell imported goods.\n\nAnalysts in Seoul say the government has sought to '
     'reassert control over private commerce since 2019.\n\nCross-border trade has fluctuated sharply since the '
     'pandemic, when authorities sealed the frontier with China.\n',
     'The Hyesan market reopened on Monday.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe mine reopened in May. Few workers have returned, '
     'however.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe report is based on interviews with residents and traders conducted by telephone '
     'over several weeks. Names have been withheld for their safety.\n',
     'The mine reopened in May.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nSecurity agents arrested 12 people in '
     "Hyesan on Friday, two sources said. South Korea's Unification Ministry declined to comment.\n\nCross-border "
     'trade has fluctuated sharply since the pandemic, when authorities sealed the frontier with '
     'China.\n\nInspections are typically carried out by joint teams of police and party officials.\n',
     'Security agents arrested 12 people in Hyesan on Friday'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nNot surprisingly, prices rose again in the border towns.\n\nState media has in recent '
     'months stressed the importance of agricultural production and called on citizens to contribute to a campaign '
     'of self-reliance.\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n',
     'prices rose again in the border towns'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nFew doubt that the army sells fuel on the black market.\n\nSources in the region communicate '
     'with outsiders using Chinese mobile phones smuggled across the border, a practice that carries heavy '
     'penalties.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n',
     'the army sells fuel on the black market'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nNot a single stall was open when the '
     'reporter visited.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed '
     'the frontier with China.\n\nThe report is based on interviews with residents and traders conducted by '
     'telephone over several weeks. Names have been withheld for their safety.\n',
     'Not a single stall was open'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nThe '
     'ban, not the weather, drove prices up, traders said.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nInspections are typically carried out by joint teams of police and party officials.\n',
     'The ban … drove prices up'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\n‘We '
     'have no rice,’ she said, pointing to the empty jar.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n',
     '"We have no rice," she said'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nWill the border reopen before the Lunar '
     'New Year? Few traders expect it to.\n\nExchange rates in the border cities are watched closely by traders, '
     'who say the value of the won against the yuan affects everything from fuel to rice.\n\nThe province borders '
     "China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n",
     'Will the border reopen before the Lunar New Year?'),
    # the fourteenth blind review (false alarms near look-alike words; more wordings)
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n\nHe was detained for three days until his family paid '
     'a bribe of 2,000 yuan, the source said.\n\nThe source, who asked not to be named for safety reasons, works at '
     'a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'He was detained for three days'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     "traders.\n\nWorkers at the Kim Chaek mill are made to labour from dawn until dusk during the 'battle' "
     'campaigns.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n',
     'Workers at the Kim Chaek mill are made to labour from dawn until dusk'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nThe Hyesan market was closed until March. Since then, traders have crossed the river freely at '
     'night.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by Daily '
     'NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'Since then, traders have crossed the river freely at night'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe factory closed in 2019 and remained shut until last month, when it resumed making '
     'bicycles.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n',
     'The factory closed in 2019'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     "officials.\n\nThe mine, until recently the county's largest employer, has been closed since the "
     'flood.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors who '
     'left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'The mine … has been closed since the flood'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nElectricity was supplied only until 10 p.m., residents of Chongjin said.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'Electricity was supplied only until 10 p.m.'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nChoi worked at the Musan mine for 12 years until she fled to China in 2018.\n\nElectricity '
     'shortages remain common outside the capital, residents say. Many households rely on small solar panels bought '
     'from Chinese traders.\n',
     'Choi worked at the Musan mine for 12 years'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nRice and corn prices in '
     'Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for '
     '6,200 won in early May.\n\nIt was not until Friday that state media acknowledged the flooding in '
     'Sinuiju.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n',
     'state media acknowledged the flooding in Sinuiju'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n\nThe curfew lasts from 10 p.m. until 5 a.m., and '
     'patrols check every house.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea '
     'last year, up from 67 the year before. Most of them were women.\n',
     'patrols check every house'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nRice prices climbed steadily until the harvest in October, when they fell by a third.\n\nRice and '
     'corn prices in Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of '
     'rice sold for 6,200 won in early May.\n',
     'Rice prices climbed steadily until the harvest in October'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nKim waited in the safe house until dawn. At 6 a.m. a broker drove him '
     'to the Laos border.\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n',
     'At 6 a.m. a broker drove him to the Laos border'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nUntil 2015, the market had fewer than 300 stalls. '
     'Today it has more than 1,000.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea '
     'last year, up from 67 the year before. Most of them were women.\n',
     'Today it has more than 1,000'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n\nThe border will remain closed until at least October, customs officials said.\n\nThe source, '
     'who asked not to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet '
     'by a Chinese mobile phone.\n',
     'The border will remain closed until at least October'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe trains stopped running at noon and did not resume until the next morning.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'The trains stopped running at noon'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nPrices were stable until the currency reform of 2009, which wiped out the savings of '
     'millions.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     'Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'the currency reform of 2009, which wiped out the savings of millions'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nNorth Korea has tightened controls along its '
     'northern border since 2020, according to defectors who left the country in recent years. Many of them say the '
     'cost of a crossing has tripled.\n\nHe stayed in the detention centre for two months until his transfer to a '
     'labour camp.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     'Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'He stayed in the detention centre for two months'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nOfficials inspected the Hyesan market on Tuesday, but only the Sinuiju visit was reported by '
     'state media.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in '
     'Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'Officials inspected the Hyesan market on Tuesday'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe Ministry of Unification in Seoul said '
     '196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n\nThe '
     'factory produced 2,000 tractors last year, but only a handful were exported.\n\nThe source, who asked not to '
     'be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese '
     'mobile phone.\n',
     'The factory produced 2,000 tractors last year'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     "the year before. Most of them were women.\n\nRations were restored in May, but only for soldiers' "
     'families.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     'Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     "Rations were restored in May, but only for soldiers' families"),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n\nThe border reopened to trucks in March, though only a '
     'few dozen have crossed so far.\n\nThe source, who asked not to be named for safety reasons, works at a '
     'trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'The border reopened to trucks in March'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nAbout 300 people attended the rally, but only a few dozen stayed until the end.\n\nNorth Korea '
     'has tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'About 300 people attended the rally'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nRice and corn prices in Pyongyang markets '
     'have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nPolice arrested 14 traders in the raid, but only two were charged.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n',
     'Police arrested 14 traders in the raid'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     'Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe new apartment blocks in Pyongyang have '
     '40 floors, but only the first ten have running water.\n\nThe Ministry of Unification in Seoul said 196 '
     'defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'The new apartment blocks in Pyongyang have 40 floors'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     "Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe ministry promised to pay the miners' "
     'back wages, but only half of them have received anything.\n\nElectricity shortages remain common outside the '
     'capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n',
     "The ministry promised to pay the miners' back wages"),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nNearly every household in the village owns a television, though only a few can receive Chinese '
     'channels.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n',
     'Nearly every household in the village owns a television'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe Ministry of Unification in Seoul said '
     '196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nResidents hope for rain, but the reservoir at Sohung is already dry.\n\nState media reported that '
     'Kim Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior '
     'party officials.\n',
     'the reservoir at Sohung is already dry'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThere is little hope of rescue for the miners, officials said. The collapse killed at least 12 '
     'people.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by Daily '
     'NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'The collapse killed at least 12 people'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nElectricity shortages remain common outside the '
     'capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n\nAid group '
     'Hope for Korea said the shipment of 300 tonnes of flour reached Nampo on 4 May.\n\nThe source, who asked not '
     'to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese '
     'mobile phone.\n',
     'the shipment of 300 tonnes of flour reached Nampo on 4 May'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     'Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe charity Bridge of Hope runs two '
     'orphanages in North Hamgyong province.\n\nState media reported that Kim Jong Un inspected a fertiliser plant '
     'in South Hamgyong province last week. He was accompanied by senior party officials.\n',
     'runs two orphanages in North Hamgyong province'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nResidents hoped to leave, but the guards turned them back at '
     'the checkpoint.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in '
     'Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'the guards turned them back at the checkpoint'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nMany defectors have lost hope. The number of arrivals fell to 67 last year.\n\nThe source, who '
     'asked not to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a '
     'Chinese mobile phone.\n',
     'The number of arrivals fell to 67 last year'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nResidents hope the new bridge will bring trade. Construction began in April and is due to '
     'finish in 2026.\n\nElectricity shortages remain common outside the capital, residents say. Many households '
     'rely on small solar panels bought from Chinese traders.\n',
     'Construction began in April'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nSarah Hope, a researcher at the institute, said 40% of those interviewed had bribed a '
     'guard.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by Daily '
     'NK. A kilogram of rice sold for 6,200 won in early May.\n',
     '40% of those interviewed had bribed a guard'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n\nThe hopes of traders were dashed when the border stayed '
     'shut. Rice prices doubled in a month.\n\nThe source, who asked not to be named for safety reasons, works at a '
     'trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'Rice prices doubled in a month'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nResidents hope the new bridge will bring trade, officials in Sinuiju said.\n\nThe Ministry of '
     'Unification in Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of '
     'them were women.\n',
     'Residents hope the new bridge will bring trade'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nNorth Korea has tightened controls along its '
     'northern border since 2020, according to defectors who left the country in recent years. Many of them say the '
     'cost of a crossing has tripled.\n\nOfficials are hopeful about the harvest. Output rose 5% last year, '
     'according to the FAO.\n\nThe source, who asked not to be named for safety reasons, works at a trading company '
     'in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'Output rose 5% last year'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n\nThe Hoeryong market, once the busiest in the north, '
     'now has fewer than 50 stalls.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n',
     'The Hoeryong market … now has fewer than 50 stalls'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nOnce a major port, Chongjin now handles a few ships a month.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n',
     'Chongjin now handles a few ships a month'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n\nState media said the festival will be held in April, once again in Kim Il Sung Square.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'the festival will be held in April'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nState media reported that Kim '
     'Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe Ryongyang mine reopened once the pumps were repaired in June.\n\nThe source, who asked not '
     'to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese '
     'mobile phone.\n',
     'The Ryongyang mine reopened'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe inspectors will visit the site once a year, the agreement says.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n',
     'The inspectors will visit the site once a year'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n\nKim once worked as a driver for the state security '
     'ministry.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n',
     'worked as a driver for the state security ministry'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nOnce the border closed in 2020, smuggling fell sharply.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n',
     'smuggling fell sharply'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe ministry will inspect the farms once more before the harvest.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n',
     'The ministry will inspect the farms'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nTrade will resume in June, once again through the Sinuiju bridge.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n',
     'Trade will resume in June'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n\nThe factory, once the pride of the province, now stands '
     'idle.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province last '
     'week. He was accompanied by senior party officials.\n',
     'The factory … now stands idle'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nOnce the guards left, the prisoners escaped '
     'through the fence.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, '
     'up from 67 the year before. Most of them were women.\n',
     'the prisoners escaped through the fence'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party officials.\n\nThe '
     'once-thriving port of Nampo now handles a few ships a month.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where possible.\n',
     'The once-thriving port of Nampo now handles a few ships a month'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nUnder the planned economy, factories receive '
     'their quotas from the State Planning Commission.\n\nResearchers at a Seoul-based institute interviewed 40 '
     'defectors for the report. Their accounts were checked against each other where possible.\n',
     'factories receive their quotas from the State Planning Commission'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nAs planned, the new bridge over the Yalu opened on 1 May.\n\nThe source, who asked not to be named '
     'for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'the new bridge over the Yalu opened on 1 May'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nHamhung, planned by East German architects after the war, has '
     'wide avenues and few cars.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n',
     'Hamhung … has wide avenues and few cars'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n\nThe '
     'city was planned by Soviet advisers in the 1950s. Today it has 700,000 residents.\n\nElectricity shortages '
     'remain common outside the capital, residents say. Many households rely on small solar panels bought from '
     'Chinese traders.\n',
     'Today it has 700,000 residents'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nThe railway, which had been planned since 2018, opened to passengers '
     'in April.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n',
     'The railway … opened to passengers in April'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n\nThe evacuation went ahead as planned: 3,000 residents left the flood zone on Friday.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     '3,000 residents left the flood zone on Friday'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nHe attempted to cross the river twice. On the third try, he reached '
     'China.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n',
     'On the third try, he reached China'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nTwo soldiers were shot after an attempted escape; three others reached '
     'China.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n',
     'three others reached China'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     'Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe planned railway to Rason has still not '
     'been built, officials admit.\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'The planned railway to Rason has still not been built'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n\nLittle has changed since 2019: the market still opens at '
     'dawn.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province last '
     'week. He was accompanied by senior party officials.\n',
     'the market still opens at dawn'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nLittle of the 2023 harvest was exported; most of it went to the army.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'most of it went to the army'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n\nThe little village of Taehongdan was flooded in '
     'August.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n',
     'Taehongdan was flooded in August'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nRice and corn prices in Pyongyang markets have '
     'been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nThere was little food in the camp. Guards beat prisoners who stole corn.\n\nResearchers at a '
     'Seoul-based institute interviewed 40 defectors for the report. Their accounts were checked against each other '
     'where possible.\n',
     'Guards beat prisoners who stole corn'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nA little after midnight, soldiers opened fire on the boat.\n\nThe source, who asked not to be named '
     'for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'soldiers opened fire on the boat'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nState media reported that Kim '
     'Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe rumour that Kim had been executed was confirmed by the Ministry of Unification on '
     'Friday.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors '
     'who left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'Kim had been executed'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nRumours spread quickly in Hyesan. On Monday, police arrested 12 traders.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'On Monday, police arrested 12 traders'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nRice and corn prices in Pyongyang markets have '
     'been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nPolice arrested a man for spreading the rumour that the leader was ill.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'Police arrested a man for spreading the rumour'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nRumour has it that the governor was sacked, and on Monday '
     'state media confirmed his dismissal.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South '
     'Korea last year, up from 67 the year before. Most of them were women.\n',
     'the governor was sacked'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nRumours of a purge circulated for weeks. In March, KCNA announced that 12 officials had been '
     'expelled from the party.\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n',
     '12 officials had been expelled from the party'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nRumours that the market would close turned out to be true: it shut on 1 June.\n\nNorth Korea '
     'has tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'it shut on 1 June'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe rumour that the factory had closed proved accurate.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n',
     'the factory had closed'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nContrary to rumours, the mine is still operating at full capacity, the source said.\n\nNorth Korea '
     'has tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'the mine is still operating at full capacity'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nIt is said in Hyesan that the border is sealed; '
     'in fact, traders cross every night.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South '
     'Korea last year, up from 67 the year before. Most of them were women.\n',
     'traders cross every night'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nWhile in Shenyang, she met a broker who arranged her passage to Laos.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'she met a broker who arranged her passage to Laos'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nWhile working at the mine, he lost two fingers in an accident.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'he lost two fingers in an accident'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n\nWhile state media insists that the harvest was good, '
     'traders in Hyesan say rice prices have doubled.\n\nThe Ministry of Unification in Seoul said 196 defectors '
     'reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'traders in Hyesan say rice prices have doubled'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nWhile rice prices rose, corn prices fell 10% in May.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where possible.\n',
     'corn prices fell 10% in May'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe Ministry of Unification in Seoul said '
     '196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n\nWhile '
     'the leader toured the factory, workers were ordered to stay at their machines.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'workers were ordered to stay at their machines'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nThe factory was raided while the manager was in Pyongyang.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n',
     'The factory was raided'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     "phone.\n\nWhile Hyesan's market reopened in May, the Sinuiju market stayed closed.\n\nNorth Korea has "
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     "Hyesan's market reopened in May"),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nAfter a while, the guards let them go.\n\nResearchers at a Seoul-based institute interviewed 40 '
     'defectors for the report. Their accounts were checked against each other where possible.\n',
     'the guards let them go'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nDespite the floods, the harvest was the largest '
     'in a decade, according to the FAO.\n\nRice and corn prices in Pyongyang markets have been volatile, according '
     'to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'the harvest was the largest in a decade'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nRice and corn prices in Pyongyang markets '
     'have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nDespite claims that the harvest failed, the market price of rice fell 10% in October.\n\nNorth Korea '
     'has tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'the market price of rice fell 10% in October'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nNorth Korea has tightened controls along its '
     'northern border since 2020, according to defectors who left the country in recent years. Many of them say the '
     'cost of a crossing has tripled.\n\nDespite the ban, traders continue to sell Chinese mobile phones.\n\nState '
     'media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was '
     'accompanied by senior party officials.\n',
     'traders continue to sell Chinese mobile phones'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nNorth Korea has tightened controls along its '
     'northern border since 2020, according to defectors who left the country in recent years. Many of them say the '
     'cost of a crossing has tripled.\n\nDespite heavy security, three soldiers crossed the border on '
     'Sunday.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by Daily '
     'NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'three soldiers crossed the border on Sunday'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe data support claims that the famine killed at least 600,000 people.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'the famine killed at least 600,000 people'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n\nThe ministry claimed, correctly, that the typhoon had destroyed '
     '1,000 homes.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n',
     'the typhoon had destroyed 1,000 homes'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nShe claimed, falsely, that she was ill; in fact, she had crossed into China.\n\nThe source, who '
     'asked not to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a '
     'Chinese mobile phone.\n',
     'she had crossed into China'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe Ministry of Unification in Seoul said '
     '196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n\nThe '
     'ministry does not support private farming, but it tolerates small plots.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n',
     'it tolerates small plots'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nRice and corn prices in Pyongyang markets '
     'have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nThe evidence strongly supports claims that the camp was expanded.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'the camp was expanded'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nChina does not support the sanctions, and Chinese traders openly buy North Korean '
     'coal.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors who '
     'left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'Chinese traders openly buy North Korean coal'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe dam was partially rebuilt in 2022 with Chinese help.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n',
     'The dam was partially rebuilt in 2022'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nThe report was partially redacted. It says 12 officials were '
     'executed in Hamhung.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong '
     'province last week. He was accompanied by senior party officials.\n',
     'It says 12 officials were executed in Hamhung'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe bridge, partially destroyed in the 2016 floods, was fully reopened in May.\n\nRice and corn '
     'prices in Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice '
     'sold for 6,200 won in early May.\n',
     'The bridge … was fully reopened in May'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nThe market was partially flooded on Monday, and '
     'the whole district lost power.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the '
     'report. Their accounts were checked against each other where possible.\n',
     'the whole district lost power'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nPartially deaf since childhood, Kim worked as a cobbler in Hyesan.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n',
     'Kim worked as a cobbler in Hyesan'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n\nThe dam was partially rebuilt in 2022 with Chinese help.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n',
     'The dam was partially rebuilt … with Chinese help'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n\nA '
     'defector said guards at the camp beat her every day. She later said she had been beaten in detention in China '
     'too.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors who '
     'left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'guards at the camp beat her every day'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nThe ministry put the death toll at 150. Analysts called the '
     'figure plausible.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, '
     'up from 67 the year before. Most of them were women.\n',
     'The ministry put the death toll at 150'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nState media said 20,000 people attended the rally. Satellite data '
     'confirm the large crowd.\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n',
     '20,000 people attended the rally'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nA defector said soldiers had dumped rice into the Yalu river. The claim was widely reported in '
     'South Korea.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their '
     'accounts were checked against each other where possible.\n',
     'soldiers had dumped rice into the Yalu river'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n\nThe source said rice cost 6,000 won a kilogram in '
     'Hyesan. Analysts called the figure consistent with other reports.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'rice cost 6,000 won a kilogram in Hyesan'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nA '
     'former guard said he had witnessed executions at the camp. He later said he had fled because of what he '
     'saw.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors who '
     'left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'he had witnessed executions at the camp'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nRodong Sinmun said the harvest was a record. Analysts called the claim implausible. Rice prices '
     'in Hyesan nevertheless fell 20% in October.\n\nRice and corn prices in Pyongyang markets have been volatile, '
     'according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'Rice prices in Hyesan nevertheless fell 20% in October'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nDefectors said 300 people were sent to the camp. Satellite data suggest the camp has been '
     'expanded.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors '
     'who left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     '300 people were sent to the camp'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n\nKCNA reported that the leader had visited Wonsan. Analysts '
     'called the visit significant.\n\nRice and corn prices in Pyongyang markets have been volatile, according to '
     'data collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'the leader had visited Wonsan'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nA trader said rice cost 7,000 won. The claim was widely echoed by other traders in the '
     'city.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors who '
     'left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'rice cost 7,000 won'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nElectricity shortages remain common outside the '
     'capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n\nThe '
     'ministry said 12 soldiers had died in the accident. Officials later confirmed this.\n\nResearchers at a '
     'Seoul-based institute interviewed 40 defectors for the report. Their accounts were checked against each other '
     'where possible.\n',
     '12 soldiers had died in the accident'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nPolice raided the market on Monday. They searched every stall. Two traders were arrested.\n\nThe '
     'source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the '
     'outlet by a Chinese mobile phone.\n',
     'Police raided the market on Monday. … Two traders were arrested.'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nThe source, who asked not to be named '
     'for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe flood hit Hoeryong in August. Rain fell for three days. Most of the houses collapsed.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'The flood hit Hoeryong in August. … Most of the houses collapsed.'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party officials.\n\nKim '
     'inspected the farm on Tuesday. He was accompanied by his daughter. He ordered the manager to raise '
     'output.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n',
     'Kim inspected the farm on Tuesday. … He ordered the manager to raise output.'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n\nThe defector crossed the Tumen in 2019. She spent two '
     'years in China. In 2021 she reached Seoul.\n\nThe Ministry of Unification in Seoul said 196 defectors reached '
     'South Korea last year, up from 67 the year before. Most of them were women.\n',
     'The defector crossed the Tumen in 2019. … In 2021 she reached Seoul.'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe mine, which employs 3,000 people, reopened in May after a two-year closure.\n\nThe Ministry of '
     'Unification in Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of '
     'them were women.\n',
     'The mine … reopened in May'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nState media reported that Kim '
     'Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe train left Pyongyang at 8 a.m. on Monday. It was delayed for six hours by a power cut. The '
     'passengers reached Hyesan on Wednesday.\n\nNorth Korea has tightened controls along its northern border since '
     '2020, according to defectors who left the country in recent years. Many of them say the cost of a crossing '
     'has tripled.\n',
     'The train left Pyongyang at 8 a.m. on Monday. … The passengers reached Hyesan on Wednesday.'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nNorth Korea has tightened controls along its '
     'northern border since 2020, according to defectors who left the country in recent years. Many of them say the '
     'cost of a crossing has tripled.\n\nThe mill closed in 2019. No reason was given. Its workers were sent to '
     'farms.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n',
     'The mill closed in 2019. … Its workers were sent to farms.'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n\nThe Musan mine reopened last month after a two-year '
     'closure.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n',
     'The Musan mine reopened … after a two-year closure'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nKim reportedly visited the farm in June, according to state media.\n\nState media reported that '
     'Kim Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior '
     'party officials.\n',
     'visited the farm in June'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nNo one disputes that the famine killed hundreds of thousands of people.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'the famine killed hundreds of thousands of people'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe Ministry of Unification in Seoul said '
     '196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n\nNobody '
     'denies that the mine flooded in 2016.\n\nState media reported that Kim Jong Un inspected a fertiliser plant '
     'in South Hamgyong province last week. He was accompanied by senior party officials.\n',
     'the mine flooded in 2016'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nThe ministry confirmed that 12 soldiers had died.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     '12 soldiers had died'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nNot only did the mine reopen, but output also '
     'doubled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n',
     'output also doubled'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n\nThe dam held, not least because engineers had '
     'reinforced it in May.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n',
     'The dam held'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLes prix du riz "
     'et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 '
     "200 wons début mai.\n\nL'usine a produit 2 000 tracteurs l'an dernier, mais seulement une centaine ont été "
     "exportés.\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud "
     "l'an dernier. La plupart sont des femmes.\n",
     "L'usine a produit 2 000 tracteurs l'an dernier"),
    ('fr',
     '# Rapport de la frontière\n\nLes prix du riz et du maïs sur les marchés de Pyongyang restent très variables, '
     "selon Daily NK. Le kilo de riz se vendait 6 200 wons début mai.\n\nLa source, qui a requis l'anonymat, "
     "travaille pour une société de commerce à Sinuiju. Elle s'est exprimée au moyen d'un téléphone chinois.\n\nIl "
     "a travaillé à la mine de Musan jusqu'en 2015, puis il a fui en Chine.\n\nLa Corée du Nord a renforcé les "
     'contrôles à sa frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix '
     "d'un passage aurait triplé.\n",
     "Il a travaillé à la mine de Musan jusqu'en 2015"),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     'des femmes.\n\nNon seulement la mine a rouvert, mais la production a aussi doublé.\n\nLes prix du riz et du '
     'maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 200 '
     'wons début mai.\n',
     'la production a aussi doublé'),
    ('fr', "# Rapport de la frontière\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient "
     "arrivés au Sud l'an dernier. La plupart sont des femmes.\n\nLa Corée du Nord a renforcé les contrôles à sa "
     "frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     "aurait triplé.\n\nL'association Espoir pour la Corée a indiqué que la cargaison de farine est arrivée à Nampo "
     'le 4 mai.\n\nLes prix du riz et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. '
     'Le kilo de riz se vendait 6 200 wons début mai.\n',
     'la cargaison de farine est arrivée à Nampo le 4 mai'),
    ('fr',
     '# Rapport de la frontière\n\nLes prix du riz et du maïs sur les marchés de Pyongyang restent très variables, '
     "selon Daily NK. Le kilo de riz se vendait 6 200 wons début mai.\n\nLa source, qui a requis l'anonymat, "
     "travaille pour une société de commerce à Sinuiju. Elle s'est exprimée au moyen d'un téléphone "
     "chinois.\n\nAutrefois prospère, le marché de Hoeryong compte aujourd'hui moins de 50 étals.\n\nLa Corée du "
     'Nord a renforcé les contrôles à sa frontière avec la Chine depuis 2020, selon des transfuges arrivés '
     "récemment à Séoul. Le prix d'un passage aurait triplé.\n",
     "le marché de Hoeryong compte aujourd'hui moins de 50 étals"),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     'des femmes.\n\nComme prévu, le nouveau pont sur le Yalu a été inauguré le 1er mai.\n\nLes prix du riz et du '
     'maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 200 '
     'wons début mai.\n',
     'le nouveau pont sur le Yalu a été inauguré le 1er mai'),
    ('fr', "# Rapport de la frontière\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient "
     "arrivés au Sud l'an dernier. La plupart sont des femmes.\n\nLa Corée du Nord a renforcé les contrôles à sa "
     "frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     "aurait triplé.\n\nLa rumeur selon laquelle le marché allait fermer s'est confirmée : il a fermé le 1er "
     'juin.\n\nLes prix du riz et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le '
     'kilo de riz se vendait 6 200 wons début mai.\n',
     'il a fermé le 1er juin'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLes prix du riz "
     'et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 '
     "200 wons début mai.\n\nPendant qu'il travaillait à la mine, il a perdu deux doigts.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     'des femmes.\n',
     'il a perdu deux doigts'),
    ('fr',
     '# Rapport de la frontière\n\nLes prix du riz et du maïs sur les marchés de Pyongyang restent très variables, '
     "selon Daily NK. Le kilo de riz se vendait 6 200 wons début mai.\n\nLa source, qui a requis l'anonymat, "
     "travaille pour une société de commerce à Sinuiju. Elle s'est exprimée au moyen d'un téléphone "
     'chinois.\n\nMalgré les inondations, la récolte a été la meilleure depuis dix ans.\n\nLa Corée du Nord a '
     'renforcé les contrôles à sa frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à '
     "Séoul. Le prix d'un passage aurait triplé.\n",
     'la récolte a été la meilleure depuis dix ans'),
    ('fr',
     '# Rapport de la frontière\n\nLes prix du riz et du maïs sur les marchés de Pyongyang restent très variables, '
     "selon Daily NK. Le kilo de riz se vendait 6 200 wons début mai.\n\nLa source, qui a requis l'anonymat, "
     "travaille pour une société de commerce à Sinuiju. Elle s'est exprimée au moyen d'un téléphone chinois.\n\nLe "
     'barrage, partiellement détruit en 2016, a été entièrement reconstruit.\n\nLe ministère sud-coréen de '
     "l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont des femmes.\n",
     'Le barrage … a été entièrement reconstruit'),
    ('fr', "# Rapport de la frontière\n\nLa source, qui a requis l'anonymat, travaille pour une société de commerce à "
     "Sinuiju. Elle s'est exprimée au moyen d'un téléphone chinois.\n\nLa Corée du Nord a renforcé les contrôles à "
     "sa frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     "aurait triplé.\n\nIl a été détenu pendant trois jours, jusqu'à ce que sa famille paie un pot-de-vin.\n\nLe "
     "ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La "
     'plupart sont des femmes.\n',
     'Il a été détenu pendant trois jours'),
    ('fr', "# Rapport de la frontière\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient "
     "arrivés au Sud l'an dernier. La plupart sont des femmes.\n\nLa Corée du Nord a renforcé les contrôles à sa "
     "frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     "aurait triplé.\n\nLa frontière est restée fermée jusqu'en 2023. Depuis, les camions passent chaque "
     'jour.\n\nLes prix du riz et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le '
     'kilo de riz se vendait 6 200 wons début mai.\n',
     'Depuis, les camions passent chaque jour'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLes prix du riz "
     'et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 '
     '200 wons début mai.\n\nUne fois de plus, la mine a dépassé son quota en mai.\n\nLe ministère sud-coréen de '
     "l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont des femmes.\n",
     'la mine a dépassé son quota en mai'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     'des femmes.\n\nLe festival aura lieu en avril, une fois encore sur la place Kim Il Sung.\n\nLes prix du riz '
     'et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 '
     '200 wons début mai.\n',
     'Le festival aura lieu en avril'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer Handelsfirma in '
     'Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nDie Fabrik produzierte im '
     'vergangenen Jahr 2.000 Traktoren, aber nur wenige davon wurden exportiert.\n\nDas Vereinigungsministerium in '
     'Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen '
     'sind Frauen.\n',
     'Die Fabrik produzierte im vergangenen Jahr 2.000 Traktoren'),
    ('de', '# Bericht von der Grenze\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so '
     'Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n\nDie Quelle, die aus Sicherheitsgründen anonym '
     'bleiben wollte, arbeitet bei einer Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit '
     'der Redaktion.\n\nEr arbeitete bis zum Jahr 2015 in der Mine von Musan.\n\nDas Vereinigungsministerium in '
     'Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen '
     'sind Frauen.\n',
     'Er arbeitete bis zum Jahr 2015 in der Mine von Musan'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea '
     'angekommen seien. Die meisten von ihnen sind Frauen.\n\nDie Mine wurde nicht nur wieder eröffnet, auch die '
     'Förderung hat sich verdoppelt.\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, '
     'so Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n',
     'auch die Förderung hat sich verdoppelt'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer Handelsfirma in '
     'Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nDie Hilfsorganisation Hoffnung '
     'für Korea teilte mit, dass die Mehllieferung am 4. Mai in Nampo eintraf.\n\nDas Vereinigungsministerium in '
     'Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen '
     'sind Frauen.\n',
     'die Mehllieferung am 4. Mai in Nampo eintraf'),
    ('de', '# Bericht von der Grenze\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so '
     'Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n\nDas Vereinigungsministerium in Seoul teilte mit, '
     'dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen sind '
     'Frauen.\n\nWie geplant wurde die neue Brücke über den Yalu am 1. Mai eröffnet.\n\nNordkorea hat die '
     'Kontrollen an der Grenze zu China seit 2020 verschärft, berichten Überläufer, die das Land in den letzten '
     'Jahren verlassen haben. Eine Flucht koste heute dreimal so viel.\n',
     'wurde die neue Brücke über den Yalu am 1. Mai eröffnet'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer Handelsfirma in '
     'Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nWährend seiner Arbeit in der '
     'Mine verlor er zwei Finger.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 '
     'Überläufer in Südkorea angekommen seien. Die meisten von ihnen sind Frauen.\n',
     'verlor er zwei Finger'),
    ('de',
     '# Bericht von der Grenze\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer '
     'Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nDie Preise für '
     'Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so Daily NK. Ein Kilo Reis kostete Anfang Mai '
     '6.200 Won.\n\nDie Mine wurde 2019 geschlossen. Bis zum Sommer 2021 blieb sie außer Betrieb.\n\nNordkorea hat '
     'die Kontrollen an der Grenze zu China seit 2020 verschärft, berichten Überläufer, die das Land in den letzten '
     'Jahren verlassen haben. Eine Flucht koste heute dreimal so viel.\n',
     'Die Mine wurde 2019 geschlossen'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea '
     'angekommen seien. Die meisten von ihnen sind Frauen.\n\nTrotz des Verbots verkaufen Händler weiterhin '
     'chinesische Mobiltelefone.\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so '
     'Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n',
     'verkaufen Händler weiterhin chinesische Mobiltelefone'),
    ('de', '# Bericht von der Grenze\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so '
     'Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n\nDas Vereinigungsministerium in Seoul teilte mit, '
     'dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen sind '
     'Frauen.\n\nEr wurde drei Tage lang festgehalten, bis seine Familie ein Bestechungsgeld zahlte.\n\nNordkorea '
     'hat die Kontrollen an der Grenze zu China seit 2020 verschärft, berichten Überläufer, die das Land in den '
     'letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so viel.\n',
     'Er wurde drei Tage lang festgehalten'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea '
     'angekommen seien. Die meisten von ihnen sind Frauen.\n\nDas Gerücht, dass der Markt geschlossen wird, hat '
     'sich bestätigt: Er schloss am 1. Juni.\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken '
     'stark, so Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n',
     'Er schloss am 1. Juni'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so Daily NK. Ein Kilo '
     'Reis kostete Anfang Mai 6.200 Won.\n\nEinst war Chongjin ein wichtiger Hafen, heute legen dort nur wenige '
     'Schiffe an.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in '
     'Südkorea angekommen seien. Die meisten von ihnen sind Frauen.\n',
     'heute legen dort nur wenige Schiffe an'),
    ('es', '# Informe desde la frontera\n\nCorea del Norte ha reforzado los controles en su frontera con China desde '
     '2020, según desertores que abandonaron el país en los últimos años. El precio de un cruce se ha '
     'triplicado.\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, '
     'según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nLa fábrica produjo 2.000 '
     'tractores el año pasado, pero solo unos pocos se exportaron.\n\nEl Ministerio de Unificación de Seúl informó '
     'de que 196 desertores llegaron a Corea del Sur el año pasado. La mayoría eran mujeres.\n',
     'La fábrica produjo 2.000 tractores el año pasado'),
    ('es', '# Informe desde la frontera\n\nCorea del Norte ha reforzado los controles en su frontera con China desde '
     '2020, según desertores que abandonaron el país en los últimos años. El precio de un cruce se ha '
     'triplicado.\n\nLa fuente, que pidió el anonimato por razones de seguridad, trabaja en una empresa comercial '
     'de Sinuiju. Habló con el medio desde un teléfono móvil chino.\n\nTrabajó en la mina de Musan hasta 2015, '
     'cuando huyó a China.\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy '
     'volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n',
     'Trabajó en la mina de Musan hasta 2015'),
    ('es',
     '# Informe desde la frontera\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a '
     'Corea del Sur el año pasado. La mayoría eran mujeres.\n\nLos precios del arroz y del maíz en los mercados de '
     'Pyongyang siguen siendo muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios '
     'de mayo.\n\nHasta los niños trabajan en la mina durante la temporada de lluvias.\n\nLa fuente, que pidió el '
     'anonimato por razones de seguridad, trabaja en una empresa comercial de Sinuiju. Habló con el medio desde un '
     'teléfono móvil chino.\n',
     'los niños trabajan en la mina durante la temporada de lluvias'),
    ('es', '# Informe desde la frontera\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo '
     'muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nLa fuente, '
     'que pidió el anonimato por razones de seguridad, trabaja en una empresa comercial de Sinuiju. Habló con el '
     'medio desde un teléfono móvil chino.\n\nNo solo reabrió la mina, sino que la producción se duplicó.\n\nCorea '
     'del Norte ha reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el '
     'país en los últimos años. El precio de un cruce se ha triplicado.\n',
     'la producción se duplicó'),
    ('es',
     '# Informe desde la frontera\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a '
     'Corea del Sur el año pasado. La mayoría eran mujeres.\n\nLa fuente, que pidió el anonimato por razones de '
     'seguridad, trabaja en una empresa comercial de Sinuiju. Habló con el medio desde un teléfono móvil '
     'chino.\n\nLa ONG Esperanza para Corea informó de que el cargamento de harina llegó a Nampo el 4 de '
     'mayo.\n\nCorea del Norte ha reforzado los controles en su frontera con China desde 2020, según desertores que '
     'abandonaron el país en los últimos años. El precio de un cruce se ha triplicado.\n',
     'el cargamento de harina llegó a Nampo el 4 de mayo'),
    ('es',
     '# Informe desde la frontera\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a '
     'Corea del Sur el año pasado. La mayoría eran mujeres.\n\nLos precios del arroz y del maíz en los mercados de '
     'Pyongyang siguen siendo muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios '
     'de mayo.\n\nComo estaba previsto, el nuevo puente sobre el Yalu se inauguró el 1 de mayo.\n\nCorea del Norte '
     'ha reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el país en '
     'los últimos años. El precio de un cruce se ha triplicado.\n',
     'el nuevo puente sobre el Yalu se inauguró el 1 de mayo'),
    ('es', '# Informe desde la frontera\n\nLa fuente, que pidió el anonimato por razones de seguridad, trabaja en una '
     'empresa comercial de Sinuiju. Habló con el medio desde un teléfono móvil chino.\n\nEl Ministerio de '
     'Unificación de Seúl informó de que 196 desertores llegaron a Corea del Sur el año pasado. La mayoría eran '
     'mujeres.\n\nMientras trabajaba en la mina, perdió dos dedos en un accidente.\n\nCorea del Norte ha reforzado '
     'los controles en su frontera con China desde 2020, según desertores que abandonaron el país en los últimos '
     'años. El precio de un cruce se ha triplicado.\n',
     'perdió dos dedos en un accidente'),
    ('es',
     '# Informe desde la frontera\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a '
     'Corea del Sur el año pasado. La mayoría eran mujeres.\n\nCorea del Norte ha reforzado los controles en su '
     'frontera con China desde 2020, según desertores que abandonaron el país en los últimos años. El precio de un '
     'cruce se ha triplicado.\n\nA pesar de la prohibición, los comerciantes siguen vendiendo teléfonos '
     'chinos.\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, según '
     'Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n',
     'los comerciantes siguen vendiendo teléfonos chinos'),
    ('es', '# Informe desde la frontera\n\nCorea del Norte ha reforzado los controles en su frontera con China desde '
     '2020, según desertores que abandonaron el país en los últimos años. El precio de un cruce se ha '
     'triplicado.\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, '
     'según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nEstuvo detenido tres días, '
     'hasta que su familia pagó un soborno.\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores '
     'llegaron a Corea del Sur el año pasado. La mayoría eran mujeres.\n',
     'Estuvo detenido tres días'),
    ('es', '# Informe desde la frontera\n\nCorea del Norte ha reforzado los controles en su frontera con China desde '
     '2020, según desertores que abandonaron el país en los últimos años. El precio de un cruce se ha '
     'triplicado.\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a Corea del Sur el '
     'año pasado. La mayoría eran mujeres.\n\nEl rumor de que el mercado iba a cerrar resultó cierto: cerró el 1 de '
     'junio.\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, según '
     'Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n',
     'cerró el 1 de junio'),
    ('es', '# Informe desde la frontera\n\nCorea del Norte ha reforzado los controles en su frontera con China desde '
     '2020, según desertores que abandonaron el país en los últimos años. El precio de un cruce se ha '
     'triplicado.\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, '
     'según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nHasta el año pasado, la '
     'mina empleaba a 3.000 personas. Hoy emplea a menos de 500.\n\nEl Ministerio de Unificación de Seúl informó de '
     'que 196 desertores llegaron a Corea del Sur el año pasado. La mayoría eran mujeres.\n',
     'Hoy emplea a menos de 500'),
    ('ru',
     '# Сообщение с границы\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли '
     '196 перебежчиков. Большинство из них женщины.\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются '
     'нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n\nФабрика в прошлом году '
     'выпустила 2000 тракторов, но только несколько из них были экспортированы.\n\nСеверная Корея с 2020 года '
     'ужесточила контроль на границе с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена '
     'перехода выросла втрое.\n',
     'Фабрика в прошлом году выпустила 2000 тракторов'),
    ('ru',
     '# Сообщение с границы\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли '
     '196 перебежчиков. Большинство из них женщины.\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются '
     'нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n\nОн работал на шахте в '
     'Мусане до 2015 года.\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n',
     'Он работал на шахте в Мусане до 2015 года'),
    ('ru', '# Сообщение с границы\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются нестабильными, по данным Daily '
     'NK. В начале мая килограмм риса стоил 6200 вон.\n\nСеверная Корея с 2020 года ужесточила контроль на границе '
     'с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nЕго '
     'продержали под стражей три дня, пока семья не заплатила взятку.\n\nМинистерство объединения в Сеуле сообщило, '
     'что в прошлом году в Южную Корею прибыли 196 перебежчиков. Большинство из них женщины.\n',
     'Его продержали под стражей три дня'),
    ('ru', '# Сообщение с границы\n\nИсточник, попросивший не называть его имени, работает в торговой компании в '
     'Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nСеверная Корея с 2020 года ужесточила '
     'контроль на границе с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода '
     'выросла втрое.\n\nНе только шахта возобновила работу, но и добыча выросла вдвое.\n\nЦены на рис и кукурузу на '
     'рынках Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'добыча выросла вдвое'),
    ('ru', '# Сообщение с границы\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются нестабильными, по данным Daily '
     'NK. В начале мая килограмм риса стоил 6200 вон.\n\nИсточник, попросивший не называть его имени, работает в '
     'торговой компании в Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nКак и '
     'планировалось, новый мост через Ялу открыли 1 мая.\n\nСеверная Корея с 2020 года ужесточила контроль на '
     'границе с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n',
     'новый мост через Ялу открыли 1 мая'),
    ('ru', '# Сообщение с границы\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются нестабильными, по данным Daily '
     'NK. В начале мая килограмм риса стоил 6200 вон.\n\nИсточник, попросивший не называть его имени, работает в '
     'торговой компании в Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nРаботая на шахте, '
     'он потерял два пальца.\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n',
     'он потерял два пальца'),
    ('ru',
     '# Сообщение с границы\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли '
     '196 перебежчиков. Большинство из них женщины.\n\nСеверная Корея с 2020 года ужесточила контроль на границе с '
     'Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла '
     'втрое.\n\nНесмотря на запрет, торговцы продолжают продавать китайские телефоны.\n\nЦены на рис и кукурузу на '
     'рынках Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'торговцы продолжают продавать китайские телефоны'),
    ('ru', '# Сообщение с границы\n\nИсточник, попросивший не называть его имени, работает в торговой компании в '
     'Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nСеверная Корея с 2020 года ужесточила '
     'контроль на границе с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода '
     'выросла втрое.\n\nГраница была закрыта до марта 2023 года. С тех пор грузовики пересекают её '
     'ежедневно.\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли 196 '
     'перебежчиков. Большинство из них женщины.\n',
     'С тех пор грузовики пересекают её ежедневно'),
    ('ru', '# Сообщение с границы\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nЦены на рис и кукурузу на '
     'рынках Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 '
     'вон.\n\nСлух о закрытии рынка подтвердился: рынок закрыли 1 июня.\n\nМинистерство объединения в Сеуле '
     'сообщило, что в прошлом году в Южную Корею прибыли 196 перебежчиков. Большинство из них женщины.\n',
     'рынок закрыли 1 июня'),
    ('ru', '# Сообщение с границы\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nМинистерство объединения в '
     'Сеуле сообщило, что в прошлом году в Южную Корею прибыли 196 перебежчиков. Большинство из них '
     'женщины.\n\nЭлектричество подают с 8 утра до 10 вечера.\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются '
     'нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'Электричество подают с 8 утра до 10 вечера'),
    ('ru', '# Сообщение с границы\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nМинистерство объединения в '
     'Сеуле сообщило, что в прошлом году в Южную Корею прибыли 196 перебежчиков. Большинство из них '
     'женщины.\n\nШахту закрыли в 2019 году, до марта 2021 года она не работала.\n\nЦены на рис и кукурузу на '
     'рынках Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'Шахту закрыли в 2019 году'),
    ('ru',
     '# Сообщение с границы\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли '
     '196 перебежчиков. Большинство из них женщины.\n\nИсточник, попросивший не называть его имени, работает в '
     'торговой компании в Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nКогда-то Чхонджин '
     'был крупным портом, теперь туда заходят лишь несколько судов в месяц.\n\nЦены на рис и кукурузу на рынках '
     'Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'теперь туда заходят лишь несколько судов в месяц'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n'
     '\n工厂去年生产了2000台拖拉机，但只有少数出口。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n',
     '工厂去年生产了2000台拖拉机'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n他在茂山矿工作了十年，直到2'
     '019年矿山关闭。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '他在茂山矿工作了十年'),
    ('zh', '# 边境报道\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n他被拘留了三天，直到家人交了贿赂才获释。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n',
     '他被拘留了三天'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n'
     '\n不但矿山恢复了生产，而且产量翻了一番。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n',
     '产量翻了一番'),
    ('zh', '# 边境报道\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n按照计划，鸭绿江上的新桥于5月1日通车。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的'
     '管控。偷渡的费用涨了三倍。\n',
     '鸭绿江上的新桥于5月1日通车'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n'
     '\n在矿山工作期间，他失去了两根手指。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n',
     '他失去了两根手指'),
    ('zh', '# 边境报道\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n尽管有禁令，商人们仍在出售中国手机。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控'
     '。偷渡的费用涨了三倍。\n',
     '商人们仍在出售中国手机'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n'
     '\n边境一直关闭到2023年3月。此后，卡车每天都过境。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n',
     '此后，卡车每天都过境'),
    ('zh', '# 边境报道\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n关于市场将关闭的传言得到了证实：市场于6月1'
     '日关闭。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '市场于6月1日关闭'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n'
     '\n希望工程的负责人说，面粉已于5月4日运抵南浦。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n',
     '面粉已于5月4日运抵南浦'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n工厂于2019年关闭，直到上'
     '个月才恢复生产。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '工厂于2019年关闭'),
    ('ja', '# '
     '国境からの報告\n\n安全上の理由から匿名を条件に取材に応じた情報筋は、新義州の貿易会社に勤めている。中国製の携帯電話で取材に応じた。\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大'
     'きく変動している。5月初めにはコメ1キロが6200ウォンで売られていた。\n\n労働者は毎朝6時に出勤しなければならない。工場では約3000人が働いている。\n\n脱北者によると、北朝鮮は2020年以降、中'
     '国との国境の管理を強化している。越境の費用は3倍に跳ね上がった。\n',
     '工場では約3000人が働いている'),
    ('ja', '# '
     '国境からの報告\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めにはコメ1キロが6200ウォンで売られていた。\n\n安全上の理由から匿名を条件に取材に応じた'
     '情報筋は、新義州の貿易会社に勤めている。中国製の携帯電話で取材に応じた。\n\nかつて栄えた会寧の市場は、今では50軒足らずの店しかない。\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を'
     '強化している。越境の費用は3倍に跳ね上がった。\n',
     '会寧の市場は、今では50軒足らずの店しかない'),
    ('ja', '# '
     '国境からの報告\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半は女性だった。\n\n安全上の理由から匿名を条件に取材に応じた情報筋は、新義州の貿易会社に勤めている。中国製の携帯'
     '電話で取材に応じた。\n\n計画通り、鴨緑江に架かる新しい橋は5月1日に開通した。\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めにはコメ1キロが6200ウ'
     'ォンで売られていた。\n',
     '鴨緑江に架かる新しい橋は5月1日に開通した'),
    ('ja', '# '
     '国境からの報告\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半は女性だった。\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。越境の費用は3倍に'
     '跳ね上がった。\n\n禁止されているにもかかわらず、商人たちは中国製の携帯電話を売り続けている。\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めにはコメ1キ'
     'ロが6200ウォンで売られていた。\n',
     '商人たちは中国製の携帯電話を売り続けている'),
    ('ja', '# '
     '国境からの報告\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。越境の費用は3倍に跳ね上がった。\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半'
     'は女性だった。\n\n彼は3日間拘束されたが、家族が賄賂を払って釈放された。\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めにはコメ1キロが6200ウォンで'
     '売られていた。\n',
     '彼は3日間拘束された'),
    ('ja', '# '
     '国境からの報告\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半は女性だった。\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めに'
     'はコメ1キロが6200ウォンで売られていた。\n\n鉱山は2019年に閉鎖された。2021年まで操業は再開されなかった。\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。越境'
     'の費用は3倍に跳ね上がった。\n',
     '鉱山は2019年に閉鎖された'),
    ('ja', '# '
     '国境からの報告\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。越境の費用は3倍に跳ね上がった。\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変'
     '動している。5月初めにはコメ1キロが6200ウォンで売られていた。\n\n市場が閉鎖されるといううわさは本当だった。市場は6月1日に閉鎖された。\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発'
     '表した。その大半は女性だった。\n',
     '市場は6月1日に閉鎖された'),
    ('ko', '# 국경 소식\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n통일부는 지난해 196명의 탈북민이 한국에 '
     '입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n무산 광산은 지난달 다시 가동됐다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 배로 '
     '뛰었다.\n',
     '무산 광산은 … 다시 가동됐다'),
    ('ko',
     '# 국경 소식\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 '
     '무역회사에서 일하고 있다. 그는 중국 휴대전화로 취재에 응했다.\n\n혜산 장마당은 2023년 3월 다시 문을 열었다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 '
     '강화했다. 도강 비용은 세 배로 뛰었다.\n',
     '혜산 장마당은 … 다시 문을 열었다'),
    ('ko',
     '# 국경 소식\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 '
     '국경 통제를 강화했다. 도강 비용은 세 배로 뛰었다.\n\n보위부는 지난 5일 밀수꾼 12명을 체포했다.\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 '
     '여성이었다.\n',
     '보위부는 … 밀수꾼 12명을 체포했다'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 '
     '비용은 세 배로 뛰었다.\n\n공장은 2019년에 문을 닫았다. 이후 2021년까지 가동되지 않았다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 '
     '1kg은 6200원에 거래됐다.\n',
     '공장은 2019년에 문을 닫았다'),
    ('ko', '# 국경 소식\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 배로 뛰었다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 '
     '일하고 있다. 그는 중국 휴대전화로 취재에 응했다.\n\n그는 2019년 광산이 문을 닫을 때까지 무산 광산에서 10년 동안 일했다.\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 '
     '밝혔다. 이들 대부분은 여성이었다.\n',
     '무산 광산에서 10년 동안 일했다'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 '
     '초 쌀 1kg은 6200원에 거래됐다.\n\n계획대로 압록강 신대교는 5월 1일 개통됐다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 배로 '
     '뛰었다.\n',
     '압록강 신대교는 5월 1일 개통됐다'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 '
     '비용은 세 배로 뛰었다.\n\n단속에도 불구하고 상인들은 중국산 휴대전화를 계속 팔고 있다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 '
     '6200원에 거래됐다.\n',
     '상인들은 중국산 휴대전화를 계속 팔고 있다'),
    ('ko',
     '# 국경 소식\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 배로 뛰었다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 '
     '있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n시장이 문을 닫는다는 소문은 사실로 드러났다. 시장은 6월 1일 폐쇄됐다.\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 '
     '밝혔다. 이들 대부분은 여성이었다.\n',
     '시장은 6월 1일 폐쇄됐다'),
    ('ko',
     '# 국경 소식\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 '
     '무역회사에서 일하고 있다. 그는 중국 휴대전화로 취재에 응했다.\n\n비가 오지 않으면 농사를 망친다는 말이 있다. 올해는 6월에 비가 충분히 내렸다.\n\n탈북민들에 따르면 북한은 2020년 '
     '이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 배로 뛰었다.\n',
     '올해는 6월에 비가 충분히 내렸다'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 '
     '초 쌀 1kg은 6200원에 거래됐다.\n\n국경경비대는 어제 새벽 도강하던 주민 3명을 붙잡았다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 '
     '배로 뛰었다.\n',
     '국경경비대는 … 도강하던 주민 3명을 붙잡았다'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n\nThe guards beat him until he lost consciousness, a fellow prisoner said.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'The guards beat him'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     "officials.\n\nShe hid in the attic of a Chinese farmer's house until the police left the village.\n\nRice and "
     'corn prices in Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of '
     'rice sold for 6,200 won in early May.\n',
     "She hid in the attic of a Chinese farmer's house"),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n\nThe flood destroyed 300 homes in Hoeryong, and residents lived '
     'in tents until November.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n',
     'The flood destroyed 300 homes in Hoeryong'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe Musan mine reopened in May. But only 200 of its 3,000 workers have returned.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'The Musan mine reopened in May.'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party officials.\n\nThe '
     'mine reopened in May, but only after the Chinese partner paid for new pumps.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'The mine reopened in May'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe planned railway to Rason opened last week after six years of construction.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'railway to Rason opened last week'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nPolice said the woman had been arrested in Hyesan for fraud. She later said she had invented the '
     'story of a rich uncle in Seoul to cheat traders.\n\nRice and corn prices in Pyongyang markets have been '
     'volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'the woman had been arrested in Hyesan for fraud'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nKCNA said the Musan mine was operating at full capacity. Satellite data suggest '
     'otherwise.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors '
     'who left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'KCNA said the Musan mine was operating at full capacity'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nElectricity shortages remain common outside the '
     'capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n\nThe court '
     'met on Monday. After a short hearing, two officials were executed.\n\nThe source, who asked not to be named '
     'for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'The court met on Monday. … two officials were executed'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nElectricity shortages remain common outside '
     'the capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n\nThe '
     'court met on Monday. Two officials from the provincial party committee were executed.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'The court met on Monday. Two officials … were executed'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe rumour that the governor had been sacked spread quickly in Hyesan.\n\nResearchers at a '
     'Seoul-based institute interviewed 40 defectors for the report. Their accounts were checked against each other '
     'where possible.\n',
     'The rumour that the governor had been sacked spread quickly'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nKCNA claimed, falsely, that the ship had been attacked; the ship in fact ran aground.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'the ship in fact ran aground'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n\nThe evidence does not support claims that the camp was closed; it was expanded in '
     '2021.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province last '
     'week. He was accompanied by senior party officials.\n',
     'it was expanded in 2021'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nWhile state media insists that the harvest was good, traders say rice prices have '
     'doubled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n',
     'state media insists that the harvest was good'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 '
     '초 쌀 1kg은 6200원에 거래됐다.\n\n무산 광산은 5년 만에 다시 가동됐다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 일하고 있다. 그는 중국 휴대전화로 취재에 '
     '응했다.\n',
     '무산 광산은 … 다시 가동됐다'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 '
     '초 쌀 1kg은 6200원에 거래됐다.\n\n그는 가족이 뇌물을 낼 때까지 사흘 동안 구금됐다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 일하고 있다. 그는 중국 '
     '휴대전화로 취재에 응했다.\n',
     '사흘 동안 구금됐다'),
    ('ko',
     '# 국경 소식\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 '
     '국경 통제를 강화했다. 도강 비용은 세 배로 뛰었다.\n\n혜산에서 쌀값은 한 달 만에 두 배로 올랐다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 일하고 있다. 그는 '
     '중국 휴대전화로 취재에 응했다.\n',
     '혜산에서 쌀값은 … 두 배로 올랐다'),
    ('ja', '# '
     '国境からの報告\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めにはコメ1キロが6200ウォンで売られていた。\n\n安全上の理由から匿名を条件に取材に応じた'
     '情報筋は、新義州の貿易会社に勤めている。中国製の携帯電話で取材に応じた。\n\n彼は家族が賄賂を払うまで3日間拘束された。\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半は女性'
     'だった。\n',
     '3日間拘束された'),
]
REVIEWED_APPROXIMATE = [
    # a quantifier or a bound dropped
    ("en", "Less than half of the planned housing units were completed on schedule.",
     "half of the planned housing units were completed on schedule"),
    ("en", "More than half of the households surveyed lacked access to clean water.",
     "half of the households surveyed lacked access to clean water"),
    ("en", "Nearly half of the factories were idle in May.", "half of the factories were idle in May"),  # (before too)
    ("en", "At least two officials were executed.", "two officials were executed"),
    ("en", "Fewer than ten officials attended.", "ten officials attended"),
    ("en", "Few economists believe that the five-year strategy will meet its targets.",
     "economists believe that the five-year strategy will meet its targets"),
    ("en", "Very few traders expect prices to fall.", "traders expect prices to fall"),
    ("en", "Hardly any traders came to the market.", "traders came to the market"),  # (before too)
    # a limit after the quote, not set off
    ("en", "Private farming is legal in theory but banned in practice.", "Private farming is legal"),
    ("en", "The sanctions worked only partially.", "The sanctions worked"),
    ("en", "The regime is solvent, at least for now.", "The regime is solvent"),
    # a claim the sentence rejects
    ("en", "Pyongyang's claim that the harvest was a record is not supported by satellite data.",
     "the harvest was a record"),
    ("en", "Reports that the mine reopened are false.", "the mine reopened"),  # (before too)
    # a short Chinese quote with one character changed: approximate, not "not found"
    ("zh", "朝鲜发射了两枚短程弹道导弹，飞行距离约为600公里。", "飞行距离约为800公里"),
    # a hedge, a doubt or a question after the quote
    ("ja", "金正恩総書記の娘は後継者に内定したらしい。", "金正恩総書記の娘は後継者に内定した"),
    ("ja", "平壌では停電が続いているようだ。", "平壌では停電が続いている"),
    ("ko", "국정원은 “김주애가 후계자로 확정됐다고 보기는 어렵다”고 말했다.", "김주애가 후계자로 확정됐다"),
    ("ko", "북한은 연내 7차 핵실험을 강행할 것인가? 전문가들의 의견은 엇갈린다.", "북한은 연내 7차 핵실험을 강행할 것"),
    ("ja", "北朝鮮は7回目の核実験に踏み切るのか。専門家の見方は分かれている。", "北朝鮮は7回目の核実験に踏み切る"),
    # a denied report
    ("ko", "북한 외무성은 러시아에 병력을 파견했다는 보도를 “근거 없는 낭설”이라고 부인했다.", "러시아에 병력을 파견했다"),
    ("ja", "北朝鮮外務省は、ロシアに兵士を派遣したとの報道を「根拠のない噂」だと否定した。", "ロシアに兵士を派遣した"),
    ("zh", "有报道称朝鲜向俄罗斯提供了大量炮弹，但朝方予以否认。", "朝鲜向俄罗斯提供了大量炮弹"),
    ("fr", "Le ministère nord-coréen des Affaires étrangères a démenti les informations selon lesquelles Pyongyang "
           "livrerait des obus à Moscou.", "Pyongyang livrerait des obus à Moscou"),
    ("de", "Pjöngjang dementierte Berichte, wonach es Granaten an Moskau liefere.", "es Granaten an Moskau liefere"),
    ("es", "Pionyang desmintió las informaciones según las cuales sus soldados combaten en Kursk.",
     "sus soldados combaten en Kursk"),
    ("ru", "Пхеньян опроверг сообщения, будто его солдаты воюют в Курской области.",
     "его солдаты воюют в Курской области"),
    # … and the unfaithful ones it found verified
    ("en", "Few, if any, analysts expected the satellite launch to succeed.",
     "analysts expected the satellite launch to succeed"),
    ("en", "Few if any analysts expected the satellite launch to succeed.",
     "analysts expected the satellite launch to succeed"),
    ("en", "Only a few defectors reach South Korea directly.", "defectors reach South Korea directly"),
    ("en", "Not many economists believe the sanctions are working.", "economists believe the sanctions are working"),
    ("en", "Over half of the country's power plants are out of service.",
     "half of the country's power plants are out of service"),
    ("en", "Over two-thirds of the cargo was coal.", "two-thirds of the cargo was coal"),
    ("en", "Up to eighty percent of the maize harvest was lost to drought.",
     "eighty percent of the maize harvest was lost to drought"),
    ("en", "Up to sixty percent of the maize harvest was lost to drought.",
     "sixty percent of the maize harvest was lost to drought"),
    ("en", "At least fifteen people were executed in Hyesan last year.",
     "fifteen people were executed in Hyesan last year"),
    ("en", "At least thirteen people were executed in Hyesan last year.",
     "thirteen people were executed in Hyesan last year"),
    ("en", "Well over a million people died in the famine of the 1990s.",
     "a million people died in the famine of the 1990s"),
    ("ko", "북한이 핵을 포기했다고 볼 수 없다.", "북한이 핵을 포기했다"),
    ("ko", "북한이 핵실험에 성공했다고 보긴 어렵다.", "북한이 핵실험에 성공했다"),
    ("ja", "北朝鮮が核実験に成功したとは言い難い。", "北朝鮮が核実験に成功した"),
    ("ja", "北朝鮮は本当に核を放棄するのだろうか。", "北朝鮮は本当に核を放棄する"),
    ("ja", "北朝鮮は、ロシアに兵士を派遣したとの報道を一蹴した。", "ロシアに兵士を派遣した"),
    # … and the unfaithful ones it found verified
    ("es", "Los embalses almacenan 512 hm³, el 36 % de su capacidad.",
     "Los embalses almacenan 512 hm, el 36 % de su capacidad"),
    ("en", "Einstein's formula E = mc² underpins nuclear power.", "E = mc underpins nuclear power"),
    # a limit opening the clause before the quote; the "a" of "a few"
    ("en", "A few analysts believe the reforms will last.", "few analysts believe the reforms will last"),
    ("en", "Quite a few traders reported higher prices in Hyesan.", "few traders reported higher prices in Hyesan"),
    ("en", "In theory, private trade is banned in the border towns.", "private trade is banned in the border towns"),
    ("en", "On paper, the factory employs 3,000 workers.", "the factory employs 3,000 workers"),
    ("en", "Officially, North Korea has no unemployment.", "North Korea has no unemployment"),
    ("en", "In principle, the two sides agreed to resume talks.", "the two sides agreed to resume talks"),
    ("en", "Theoretically, every citizen is entitled to free housing.", "every citizen is entitled to free housing"),
    ("en", "The law, in theory, bans private trade.", "bans private trade"),
    ("fr", "En théorie, le commerce privé est interdit.", "le commerce privé est interdit"),
    ("fr", "Sur le papier, l'usine emploie 3 000 ouvriers.", "l'usine emploie 3 000 ouvriers"),
    ("de", "Theoretisch ist der private Handel verboten.", "ist der private Handel verboten"),
    ("de", "Auf dem Papier beschäftigt die Fabrik 3000 Arbeiter.", "beschäftigt die Fabrik 3000 Arbeiter"),
    ("es", "En teoría, el comercio privado está prohibido.", "el comercio privado está prohibido"),
    ("es", "Sobre el papel, la fábrica emplea a 3.000 obreros.", "la fábrica emplea a 3.000 obreros"),
    ("ru", "Теоретически частная торговля запрещена.", "частная торговля запрещена"),
    ("ru", "На бумаге завод обеспечивает работой 3000 человек.", "завод обеспечивает работой 3000 человек"),
    ("zh", "理论上，私人贸易是被禁止的。", "私人贸易是被禁止的"),
    ("zh", "名义上，这家工厂雇用了3000名工人。", "这家工厂雇用了3000名工人"),
    ("ja", "建前上は、私的な商取引は禁止されている。", "私的な商取引は禁止されている"),
    ("ko", "이론상으로는 개인 거래가 금지되어 있다.", "개인 거래가 금지되어 있다"),
    ("ko", "서류상으로는 이 공장이 3천 명을 고용하고 있다.", "이 공장이 3천 명을 고용하고 있다"),
    ("en", "The minister, officially, was on holiday.", "was on holiday"),
    # a report called groundless with no verb of denying (사실무근, 事実無根, 无稽之谈)
    ("ko", "국방부는 북한이 미사일을 발사했다는 보도에 대해 사실무근이라고 밝혔다.", "북한이 미사일을 발사했다"),
    ("ko", "국방부는 북한이 미사일을 발사했다는 보도에 대해 \"사실무근\"이라고 말했다.", "북한이 미사일을 발사했다"),
    ("ko", "통일부는 김정은이 중국을 방문했다는 설은 사실무근이라고 일축했다.", "김정은이 중국을 방문했다"),
    ("ja", "防衛省は、北朝鮮がミサイルを発射したとの報道について「事実無根だ」と述べた。", "北朝鮮がミサイルを発射した"),
    ("ja", "政府は、北朝鮮がミサイルを発射したとの報道について事実無根だと否定した。", "北朝鮮がミサイルを発射した"),
    ("zh", "外交部表示，关于朝鲜发射导弹的报道纯属无稽之谈。", "朝鲜发射导弹"),
    ("zh", "外交部称，朝鲜发射导弹的说法毫无根据。", "朝鲜发射导弹"),
    ("zh", "外交部称，朝鲜发射导弹的报道子虚乌有。", "朝鲜发射导弹"),
    ("zh", "外交部发言人说，有关朝鲜向俄罗斯派兵的报道是毫无根据的。", "朝鲜向俄罗斯派兵"),
    ("zh", "外交部表示，朝鲜向俄罗斯派兵的消息纯属捏造。", "朝鲜向俄罗斯派兵"),
    # denials: "d'après lesquelles", "wies … zurück, wonach", "qualifié de pure invention", "was disputed by"
    ("fr", "Le ministère a démenti les informations d'après lesquelles l'usine a rouvert en mai.",
     "l'usine a rouvert en mai"),
    ("de", "Das Ministerium wies Berichte zurück, wonach die Fabrik im Mai wieder geöffnet wurde.",
     "die Fabrik im Mai wieder geöffnet wurde"),
    ("en", "The claim that the mine reopened in May was disputed by local traders.", "the mine reopened in May"),
    ("en", "The claim that the mine reopened in May has been denied by the ministry.", "the mine reopened in May"),
    ("en", "Reports that the mine reopened in May were dismissed by officials as propaganda.",
     "the mine reopened in May"),
    ("en", "State media repeated the claim that the mine reopened in May, which traders in Hyesan denied.",
     "the mine reopened in May"),
    ("fr", "Le ministère a qualifié de pure invention l'affirmation selon laquelle l'usine a rouvert en mai.",
     "l'usine a rouvert en mai"),
    ("de", "Das Ministerium hat Berichte zurückgewiesen, wonach die Fabrik im Mai wieder geöffnet wurde.",
     "die Fabrik im Mai wieder geöffnet wurde"),
    # a limit after the quote set off by a dash or a parenthesis, or after "but"
    ("en", "Trade with China grew by 40 percent last year — or so Pyongyang says.",
     "Trade with China grew by 40 percent last year"),
    ("en", "Trade with China grew by 40 percent last year (or so Pyongyang says).",
     "Trade with China grew by 40 percent last year"),
    ("en", "Trade with China grew by 40 percent last year — allegedly.",
     "Trade with China grew by 40 percent last year"),
    ("en", "Trade with China grew by 40 percent last year (allegedly).",
     "Trade with China grew by 40 percent last year"),
    ("en", "Trade with China grew by 40 percent last year — at least officially.",
     "Trade with China grew by 40 percent last year"),
    ("en", "Trade with China grew by 40 percent last year — or so officials claimed.",
     "Trade with China grew by 40 percent last year"),
    ("en", "The regime reopened the border — at least for now.", "The regime reopened the border"),
    ("en", "The regime reopened the border (at least for now).", "The regime reopened the border"),
    ("en", "The regime reopened the border, but only in theory.", "The regime reopened the border"),
    ("en", "The regime reopened the border, though only partially.", "The regime reopened the border"),
    ("en", "Trade with China grew by 40 percent last year – in theory.",
     "Trade with China grew by 40 percent last year"),
    ("en", "The regime reopened the border — but only in theory.", "The regime reopened the border"),
    ("en", "The regime reopened the border (in theory).", "The regime reopened the border"),
    ("en", "The regime reopened the border — partially.", "The regime reopened the border"),
    # a condition before the clause quoted, mid-sentence and in other languages; what follows if it is not met
    ("en", "Officials warned that if talks fail, the regime will test another nuclear device.",
     "the regime will test another nuclear device"),
    ("en", "Prices have stabilised, and if the harvest is good, rice will become cheaper.", "rice will become cheaper"),
    ("en", "Seoul is cautious, but if the talks succeed, sanctions will be eased.", "sanctions will be eased"),
    ("en", "Kim said that unless the drills stop, his army will strike first.", "his army will strike first"),
    ("en", "Analysts said: if sanctions are lifted, trade with China will double.", "trade with China will double"),
    ("en", "According to analysts, if sanctions are lifted, trade with China will double.",
     "trade with China will double"),
    ("en", "Officials warned that, if talks fail, the regime will test another nuclear device.",
     "the regime will test another nuclear device"),
    ("en", "Analysts said that if sanctions are lifted, trade with China will double.", "trade with China will double"),
    ("en", "Officials said that provided aid arrives, the famine will end by spring.", "the famine will end by spring"),
    ("en", "Officials said that as long as China keeps buying coal, the regime will survive.",
     "the regime will survive"),
    ("en", "Analysts said that should sanctions be lifted, trade will double.", "trade will double"),
    ("en", "Only if China intervenes will the regime survive.", "will the regime survive"),
    ("en", "Only if sanctions are lifted will trade grow.", "will trade grow"),
    ("en", "On condition that sanctions are eased, Pyongyang will freeze its nuclear tests.",
     "Pyongyang will freeze its nuclear tests"),
    ("en", "In case talks collapse, Seoul will deploy more troops to the border.",
     "Seoul will deploy more troops to the border"),
    ("en", "Seoul must act now; otherwise the regime will test again.", "the regime will test again"),
    ("en", "Pay the ransom or else the hostages will be executed, the kidnappers said.",
     "the hostages will be executed"),
    ("en", "The economy, unless sanctions are lifted, will shrink again.", "will shrink again"),
    ("fr", "Si les sanctions sont levées, le commerce augmentera.", "le commerce augmentera"),
    ("fr", "À moins que les sanctions ne soient levées, l’économie se contractera de nouveau.",
     "l'économie se contractera de nouveau"),
    ("fr", "Au cas où les négociations échoueraient, Séoul déploiera davantage de troupes.",
     "Séoul déploiera davantage de troupes"),
    ("fr", "Pourvu que la Chine achète du charbon, le régime survivra.", "le régime survivra"),
    ("fr", "Selon les analystes, si les sanctions sont levées, les échanges avec la Chine doubleront.",
     "les échanges avec la Chine doubleront"),
    ("fr", "Séoul doit agir maintenant, sinon le régime procédera à un nouvel essai.",
     "le régime procédera à un nouvel essai"),
    ("de", "Falls die Sanktionen aufgehoben werden, wird der Handel wachsen.", "wird der Handel wachsen"),
    ("de", "Wenn die Sanktionen aufgehoben werden, wird der Handel wachsen.", "wird der Handel wachsen"),
    ("de", "Sofern die Sanktionen gelockert werden, wird Pjöngjang seine Atomtests einfrieren.",
     "wird Pjöngjang seine Atomtests einfrieren"),
    ("de", "Nur wenn China eingreift, wird das Regime überleben.", "wird das Regime überleben"),
    ("de", "Seoul muss jetzt handeln, sonst wird das Regime erneut testen.", "wird das Regime erneut testen"),
    ("es", "Si se levantan las sanciones, el comercio crecerá.", "el comercio crecerá"),
    ("es", "A menos que se levanten las sanciones, la economía volverá a contraerse.",
     "la economía volverá a contraerse"),
    ("es", "Siempre que China compre carbón, el régimen sobrevivirá.", "el régimen sobrevivirá"),
    ("es", "En caso de que fracasen las negociaciones, Seúl desplegará más tropas.", "Seúl desplegará más tropas"),
    ("es", "Los analistas creen que el comercio con China se duplicará si se levantan las sanciones.",
     "el comercio con China se duplicará"),
    ("ru", "Если санкции будут сняты, торговля вырастет.", "торговля вырастет"),
    ("ru", "По мнению аналитиков, торговля с Китаем удвоится, если санкции будут сняты.", "торговля с Китаем удвоится"),
    ("ru", "Сеул должен действовать сейчас, иначе режим проведёт новое испытание.", "режим проведёт новое испытание"),
    ("zh", "分析人士认为，如果制裁解除，贸易将会增长。", "贸易将会增长"),
    ("zh", "除非制裁解除，否则经济将再次萎缩。", "经济将再次萎缩"),
    ("zh", "只要中国继续购买煤炭，朝鲜政权就能生存下去。", "朝鲜政权就能生存下去"),
    ("zh", "一旦谈判破裂，韩国将向边境增派部队。", "韩国将向边境增派部队"),
    ("zh", "假如政权崩溃，数百万难民将逃往中国。", "数百万难民将逃往中国"),
    ("zh", "首尔必须立即行动，否则朝鲜将再次试验。", "朝鲜将再次试验"),
    ("ja", "もし制裁が解除されれば、貿易は拡大するだろう。", "貿易は拡大するだろう"),
    ("ja", "制裁が解除されるなら、貿易は拡大する。", "貿易は拡大する"),
    ("ja", "交渉が決裂した場合、韓国は国境に部隊を増派する。", "韓国は国境に部隊を増派する"),
    ("ja", "制裁が解除されたら、中国との貿易は倍増するだろう。", "中国との貿易は倍増するだろう"),
    ("ja", "中国が石炭を買い続ける限り、政権は存続する。", "政権は存続する"),
    ("ko", "분석가들은 만약 제재가 해제되면 무역이 늘어날 것이라고 본다.", "무역이 늘어날 것"),
    ("ko", "제재가 해제되면 무역이 늘어날 것이다.", "무역이 늘어날 것이다"),
    ("ko", "협상이 결렬될 경우 한국은 국경에 병력을 증파할 것이다.", "한국은 국경에 병력을 증파할 것이다"),
    ("ko", "제재가 해제된다면 중국과의 교역은 두 배로 늘어날 것이다.", "중국과의 교역은 두 배로 늘어날 것이다"),
    ("ko", "중국이 석탄을 계속 사는 한 정권은 유지될 것이다.", "정권은 유지될 것이다"),
    ("fr", "Le régime restera au pouvoir, si l'on en croit les analystes.", "Le régime restera au pouvoir"),
    # what a person or thing no longer is, or not yet: former, deputy, draft, attempted, ancien, ehemalige, бывший
    ("en", "The former intelligence chief defected to the South in 2016.",
     "intelligence chief defected to the South in 2016"),
    ("en", "A former North Korean diplomat said the embassy ran a smuggling ring.",
     "North Korean diplomat said the embassy ran a smuggling ring"),
    ("en", "The self-proclaimed defector told reporters he had commanded a missile unit.",
     "defector told reporters he had commanded a missile unit"),
    ("en", "The deputy minister met Chinese officials on Monday.", "minister met Chinese officials on Monday"),
    ("en", "The vice foreign minister denounced the drills.", "foreign minister denounced the drills"),
    ("en", "The proposed pipeline will cross North Korea to reach Seoul.",
     "pipeline will cross North Korea to reach Seoul"),
    ("en", "The draft law bans private trade in grain.", "law bans private trade in grain"),
    ("en", "The simulated attack on Seoul involved 300 aircraft.", "attack on Seoul involved 300 aircraft"),
    ("en", "The attempted coup in 2013 ended with Jang's execution.", "coup in 2013 ended with Jang's execution"),
    ("en", "Kim's rumoured daughter appeared at the parade.", "daughter appeared at the parade"),
    ("fr", "L’ancien chef du renseignement a fait défection vers le Sud en 2016.",
     "chef du renseignement a fait défection vers le Sud en 2016"),
    ("de", "Der ehemalige Geheimdienstchef lief 2016 in den Süden über.",
     "Geheimdienstchef lief 2016 in den Süden über"),
    ("de", "Der frühere Außenminister traf Lawrow in Moskau.", "Außenminister traf Lawrow in Moskau"),
    ("es", "El antiguo jefe de inteligencia desertó al Sur en 2016.", "jefe de inteligencia desertó al Sur en 2016"),
    ("es", "El supuesto espía fue ejecutado en Hyesan el año pasado.", "espía fue ejecutado en Hyesan el año pasado"),
    ("ru", "Бывший глава разведки перебежал на Юг в 2016 году.", "глава разведки перебежал на Юг в 2016 году"),
    ("ru", "Предполагаемый шпион был казнён в Хесане.", "шпион был казнён в Хесане"),
    ("en", "The army failed to stop the defectors.", "to stop the defectors"),
    # what was stopped, refused, denied or only charged, before the quote
    ("en", "Kim denied having ordered the execution of his uncle.", "ordered the execution of his uncle"),
    ("en", "The captain denied smuggling coal to Vietnam.", "smuggling coal to Vietnam"),
    ("en", "The captain was accused of smuggling coal to Vietnam.", "smuggling coal to Vietnam"),
    ("en", "The captain is suspected of smuggling coal to Vietnam.", "smuggling coal to Vietnam"),
    ("en", "The captain was charged with smuggling coal to Vietnam.", "smuggling coal to Vietnam"),
    ("en", "The plant stopped producing uranium in 2019.", "producing uranium in 2019"),
    ("en", "The mine stopped exporting coal to China in 2017.", "exporting coal to China in 2017"),
    ("en", "He quit working for the ministry in 2015.", "working for the ministry in 2015"),
    ("en", "The regime gave up building the reactor in 2007.", "building the reactor in 2007"),
    ("en", "The regime banned selling rice in private markets in 2019.", "selling rice in private markets in 2019"),
    ("fr", "Le capitaine a nié avoir transporté du charbon vers le Vietnam.", "transporté du charbon vers le Vietnam"),
    ("fr", "Le capitaine a refusé de tirer sur le bateau de pêche.", "tirer sur le bateau de pêche"),
    ("fr", "Le satellite n’a pas réussi à atteindre l’orbite.", "atteindre l'orbite"),
    ("fr", "Les autorités ne sont pas parvenues à rétablir l’électricité.", "rétablir l'électricité"),
    ("de", "Der Kapitän weigerte sich, auf das Fischerboot zu schießen.", "auf das Fischerboot zu schießen"),
    ("de", "Der Satellit schaffte es nicht, die Umlaufbahn zu erreichen.", "die Umlaufbahn zu erreichen"),
    ("de", "Statt die Grenze zu öffnen, verlängerten die Behörden die Quarantäne.", "die Grenze zu öffnen"),
    ("es", "El satélite no logró alcanzar la órbita.", "alcanzar la órbita"),
    ("es", "El capitán se negó a disparar contra el barco pesquero.", "disparar contra el barco pesquero"),
    ("ru", "Капитан отказался стрелять по рыболовному судну.", "стрелять по рыболовному судну"),
    ("fr", "L’usine a cessé de produire de l’engrais en 2019.", "produire de l'engrais en 2019"),
    ("fr", "L’usine a arrêté de produire de l’engrais en 2019.", "produire de l'engrais en 2019"),
    ("es", "La fábrica dejó de producir fertilizante en 2019.", "producir fertilizante en 2019"),
    ("ru", "Завод перестал производить удобрения в 2019 году.", "производить удобрения в 2019 году"),
    ("zh", "该工厂于2019年停止生产化肥。", "生产化肥"),
    ("de", "Statt Reis gab es nur Mais auf dem Markt.", "Reis gab es nur Mais auf dem Markt"),
    # an ordinal a time limits: "for the first time | since 2015", "the first test | in five years"
    ("en", "Kim visited the Chinese border for the first time since 2015.",
     "Kim visited the Chinese border for the first time"),
    ("en", "It was the first nuclear test in five years, the agency said.", "It was the first nuclear test"),
    ("en", "The launch was the regime's most powerful since the Hwasong-17 test.",
     "The launch was the regime's most powerful"),
    ("fr", "Kim s’est rendu à la frontière chinoise pour la première fois depuis 2015.",
     "Kim s'est rendu à la frontière chinoise pour la première fois"),
    ("de", "Kim besuchte die chinesische Grenze zum ersten Mal seit 2015.",
     "Kim besuchte die chinesische Grenze zum ersten Mal"),
    ("es", "Kim visitó la frontera china por primera vez desde 2015.", "Kim visitó la frontera china por primera vez"),
    ("ru", "Ким посетил китайскую границу впервые с 2015 года.", "Ким посетил китайскую границу впервые"),
    ("en", "Kim was the first leader in decades to visit Seoul.", "Kim was the first leader"),
    # a view the report sets up to knock down
    ("en", "It would be easy to conclude that sanctions have failed. The data suggest otherwise.",
     "sanctions have failed"),
    ("en", "It is tempting to think that the regime is on the verge of collapse.",
     "the regime is on the verge of collapse"),
    ("en", "One might argue that sanctions have failed, but the evidence points the other way.",
     "sanctions have failed"),
    ("en", "It is a common misconception that the regime is on the verge of collapse.",
     "the regime is on the verge of collapse"),
    # a yes-or-no question opening mid-sentence, or earlier than the quote
    ("en", "# North Korea: has the regime lost control of the border?\n\nAnalysts are divided.",
     "the regime lost control of the border"),
    ("en", "Analysts ask, has the regime lost control of the border?", "the regime lost control of the border"),
    ("en", "Analysts are divided — has the regime lost control of the border?",
     "the regime lost control of the border"),
    ("en", "“Has the regime lost control of the border?” the senator asked.", "the regime lost control of the border"),
    ("en", "Has the regime, after years of sanctions, lost control of the border?", "lost control of the border"),
    ("fr", "Le régime a-t-il perdu le contrôle de la frontière ? Les analystes sont divisés.",
     "perdu le contrôle de la frontière"),
    ("es", "¿Ha perdido el régimen el control de la frontera? Los analistas están divididos.",
     "perdido el régimen el control de la frontera"),
    ("ja", "北朝鮮の政権は国境の統制を失ったのだろうか？", "北朝鮮の政権は国境の統制を失った"),
    ("en", "Prices rose in May. Has the regime, after years of sanctions, lost control of the border?",
     "lost control of the border"),
    # HTML tags pasted into a report with its text
    ("en", "The regime fired <em>twelve</em> missiles in May.", "The regime fired eleven missiles in May"),
    ("en", "The regime did <b>not</b> fire missiles in May.", "fire missiles in May"),
    # a report typed without the space after its punctuation, or the quote
    ("en", "Output was 1,5 tonnes.", "Output was 1, 5 tonnes"),
    ("en", "The border was closed in 2020.Trade with China fell.",
     "The border was closed in 2020. Trade with China rose"),
    # a fifth blind review, of this session's rules: their false alarms and misses
    ("en", "The blast yielded about 10<sup>3</sup> tons of TNT equivalent, analysts estimated.",
     "about 10 tons of TNT equivalent"),
    ("en", "The yield was 10<sup>4</sup> tons of TNT, the report estimated.", "The yield was 10 tons of TNT"),
    ("en", "Cesium levels reached 10<sup>6</sup> becquerels, the agency said.", "Cesium levels reached 10 becquerels"),
    ("en", "The camp covers 500 km<sup>2</sup>, satellite images show.", "The camp covers 500 km"),
    ("en", "The missile, if launched, could reach Guam.", "could reach Guam"),
    ("en", "If successful, the launch would put the first North Korean spy satellite in orbit.",
     "the launch would put the first North Korean spy satellite in orbit"),
    ("en", "If approved, the law will allow private farming for the first time.", "the law will allow private farming"),
    ("en", "If elected, she will reopen the Kaesong industrial park.", "she will reopen the Kaesong industrial park"),
    ("en", "Unless stopped, the regime could build 20 warheads a year.", "the regime could build 20 warheads a year"),
    ("en", "If true, the report would mark the first confirmed execution of a minister since 2015.",
     "the report would mark the first confirmed execution"),
    ("en", "If confirmed, the launch would be the sixth this year.", "the launch would be the sixth this year"),
    ("en", "The satellite may have failed. If so, the regime will likely try again within months.",
     "the regime will likely try again within months"),
    ("en", "Reports say Kim may be ill. If so, his sister could take over.", "his sister could take over"),
    ("en", "The launch may have failed; if so, the regime will try again.", "the regime will try again"),
    ("en", "Talks may resume in May. If not, the regime will test again.", "the regime will test again"),
    ("en", "Talks may collapse. In that case, the regime will test again.", "the regime will test again"),
    ("en", "Supposing the talks succeed, aid will arrive by spring.", "aid will arrive by spring"),
    ("ko", "그렇지 않으면 가족들은 친척을 방문할 수 없다.", "가족들은 친척을 방문할 수 없다"),
    ("en", "Prices rose for the second time in a month.", "Prices rose for the second time"),
    ("en", "The regime launched a missile for the second time in a week.",
     "The regime launched a missile for the second time"),
    ("fr", "Il est tentant de penser que les sanctions ont échoué.", "les sanctions ont échoué"),
    # a condition after who says so; a question quoted without its ¿?; "stopped | shipping coal"
    ("en", "Exports will double, the ministry said, if China lifts its ban.", "Exports will double"),
    ("en", "The regime will collapse, analysts say, unless China intervenes.", "The regime will collapse"),
    ("en", "The regime will collapse, the report said, if China withdraws support.", "The regime will collapse"),
    ("es", "«¿Ha perdido el control?», preguntó el senador.", "Ha perdido el control"),
    ("en", "China stopped shipping coal to the North in 2017.", "shipping coal to the North in 2017"),
    # sixth review: the report's own ellipsis at a quote's end, named footnotes, unverified after, rates on the
    # black market, 1.500 in English, close matches of short quotes, full-width punctuation, Russian pasts
    # without -л
    ("en", "The general was executed in May, a claim that remains unverified.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim that is difficult to verify.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim that is impossible to verify.", "The general was executed in May"),
    ("en", "Prices rose 20% a month on the black market.", "Prices rose 20%"),
    ("en", "Inflation reached 20% a month on the black market.", "Inflation reached 20%"),
    ("en", "Prices rose 20% a week on the black market.", "Prices rose 20%"),
    ("en", "Prices rose 20% a year on the black market.", "Prices rose 20%"),
    ("en", "Prices rose 20% a day on the black market.", "Prices rose 20%"),
    ("en", "Prices rose 20% a month on average.", "Prices rose 20%"),
    ("en", "Wages were 3,000 won a month on collective farms.", "Wages were 3,000 won"),
    ("en", "Rice cost 5,000 won a kilogram on the black market.", "Rice cost 5,000 won"),
    ("en", "Rice cost 5,000 won a kilogram on Monday.", "Rice cost 5,000 won"),
    ("en", "Prices rose 20% every month on the black market.", "Prices rose 20%"),
    ("en", "Prices rose 20% a month on the black market in Hyesan.", "Prices rose 20%"),
    ("en", "The mine produced 1,500 tonnes of coal in May.", "The mine produced 1.500 tonnes of coal in May"),
    ("en", "Authorities in Ryanggang province closed the Hyesan jangmadang for three weeks in March, according to two "
     "traders in the city. The closure followed an inspection by officials from Pyongyang, who found that 300 "
     "vendors were selling smuggled Chinese goods. About 1,200 people depend on the market for their income. The "
     "traders said the market reopened on April 2, 2019, but fewer stalls were operating. Rice sold for 5,200 won "
     "per kilogram after the reopening, up from 4,300 won in February.",
     "for four weeks in March"),
    ("en", "Kim Jong Un visited the Sinpo shipyard on Tuesday, state media reported, and inspected a new submarine. "
     "The Korean Central News Agency said the vessel could carry ballistic missiles.",
     "Kim Jong Un visited the Sinpo shipyard on Tuesday and inspected a new submarine"),
    ("en", "Authorities in Ryanggang province closed the Hyesan jangmadang for three weeks in March, according to two "
     "traders in the city. The closure followed an inspection by officials from Pyongyang, who found that 300 "
     "vendors were selling smuggled Chinese goods. About 1,200 people depend on the market for their income. The "
     "traders said the market reopened on April 2, 2019, but fewer stalls were operating. Rice sold for 5,200 won "
     "per kilogram after the reopening, up from 4,300 won in February.",
     "About 1,200 people in the city depend on the market for their income"),
    ("en", "Authorities in Ryanggang province closed the Hyesan jangmadang for three weeks in March, according to two "
     "traders in the city. The closure followed an inspection by officials from Pyongyang, who found that 300 "
     "vendors were selling smuggled Chinese goods. About 1,200 people depend on the market for their income. The "
     "traders said the market reopened on April 2, 2019, but fewer stalls were operating. Rice sold for 5,200 won "
     "per kilogram after the reopening, up from 4,300 won in February.",
     "About 1,200 people depend on the market in Hyesan for their income"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "Ordinary workers had received no rations since the summer of 2021"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "food rations for party members were cut by two-thirds"),
    ("zh", "他们称之为《自力更生》运动。", "他们称之为\"自力更生\"运动"),
    ("zh", "他们称之为〈自力更生〉运动。", "他们称之为\"自力更生\"运动"),
    ("ko", "쌀 1kg 가격은 1만 2천원이다.", "2천원"),
    # sixth review: hearsay no one is named for, before and after, in fifteen languages (unless the sentence
    # confirms it); exceptions in German, Ukrainian and before 全国/전국; statements asked in Chinese, Japanese and
    # Korean; limits and expectations in Russian and Chinese
    ("en", "The general was executed in May, according to unconfirmed reports.", "The general was executed in May"),
    ("en", "The general was executed in May, according to unverified rumours.", "The general was executed in May"),
    ("en", "The general was executed in May, unconfirmed reports say.", "The general was executed in May"),
    ("en", "The general was executed in May, rumours suggest.", "The general was executed in May"),
    ("en", "The general was executed in May, it is claimed.", "The general was executed in May"),
    ("en", "The general was executed in May, according to rumours.", "The general was executed in May"),
    ("en", "The general was executed in May, rumours in Pyongyang suggest.", "The general was executed in May"),
    ("en", "Rumour has it that the general was executed in May.", "the general was executed in May"),
    ("en", "Rumours are circulating that the general was executed in May.", "the general was executed in May"),
    ("en", "Rumours have spread that the general was executed in May.", "the general was executed in May"),
    ("en", "There are rumours the general was executed in May.", "the general was executed in May"),
    ("en", "There were rumours that the general had been executed in May.", "the general had been executed in May"),
    ("en", "It is said that the general was executed in May.", "the general was executed in May"),
    ("en", "Word on the street is that the general was executed in May.", "the general was executed in May"),
    ("en", "Gossip in the market says the general was executed in May.", "the general was executed in May"),
    ("uk", "Крім Мусана, всі рудники відновили роботу.", "всі рудники відновили роботу"),
    ("fr", "On dit que la mine a rouvert.", "la mine a rouvert"),
    ("de", "Außer Musan wurden alle Bergwerke wieder geöffnet.", "alle Bergwerke wieder geöffnet"),
    ("es", "Se dice que la mina está cerrada.", "la mina está cerrada"),
    ("ko", "수확은 성공적이었다? 농민들의 말은 다르다.", "수확은 성공적이었다"),
    ("ko", "무산광산 재가동? 소식통들의 말은 엇갈린다.", "무산광산 재가동"),
    ("zh", "茂山矿山复产？消息人士说法不一。", "茂山矿山复产"),
    ("zh", "收成很好？农民可不这么说。", "收成很好"),
    ("ja", "収穫は成功だった？農民の話は違う。", "収穫は成功だった"),
    ("ja", "平壌を除き、全国で配給が停止された。", "全国で配給が停止された"),
    ("ja", "平壌以外の全地域で配給が停止された。", "全地域で配給が停止された"),
    ("zh", "除平壤外，全国都停止了配给。", "全国都停止了配给"),
    ("ko", "평양 외에는 전국에서 배급이 중단됐다.", "전국에서 배급이 중단됐다"),
    ("ko", "평양을 제외한 전 지역에서 배급이 중단됐다.", "전 지역에서 배급이 중단됐다"),
    ("de", "Außer Musan sind alle Bergwerke wieder geöffnet.", "alle Bergwerke wieder geöffnet"),
    ("de", "Außer Musan wurden alle Bergwerke wieder geöffnet.", "wurden alle Bergwerke wieder geöffnet"),
    ("ru", "Рудник вновь открыт, по крайней мере официально.", "Рудник вновь открыт"),
    ("ru", "Рудник вновь открыт — по крайней мере, на бумаге.", "Рудник вновь открыт"),
    ("zh", "矿山已经重新开放，至少在纸面上是这样。", "矿山已经重新开放"),
    ("zh", "工厂预计将于明年恢复生产。", "将于明年恢复生产"),
    ("ru", "Ожидается, что рудник откроется в мае.", "рудник откроется в мае"),
    ("ru", "Говорят, что рудник закрыт.", "рудник закрыт"),
    ("ru", "Ходят слухи, что рудник закрыт.", "рудник закрыт"),
    ("ru", "Утверждается, что рудник закрыт.", "рудник закрыт"),
    ("ru", "По слухам, рудник закрыт.", "рудник закрыт"),
    ("fr", "Selon des rumeurs, la mine est fermée.", "la mine est fermée"),
    ("fr", "Il semblerait que la mine soit fermée.", "la mine soit fermée"),
    ("es", "Según rumores, la mina está cerrada.", "la mina está cerrada"),
    ("de", "Es heißt, dass das Bergwerk geschlossen ist.", "das Bergwerk geschlossen ist"),
    ("de", "Gerüchten zufolge ist das Bergwerk geschlossen.", "ist das Bergwerk geschlossen"),
    # hearsay set off as an aside, right before the quote or where its ellipsis is
    ("en", "The general was, rumour has it, executed in May.", "executed in May"),
    ("en", "Rumour has it, the general was executed in May.", "the general was executed in May"),
    ("en", "The general was, so the story goes, executed in May.", "The general was … executed in May"),
    ("en", "The general was, it is rumoured, executed in May.", "The general was … executed in May"),
    ("fr", "L'usine a, selon des rumeurs invérifiables, fermé en mai.", "L'usine a … fermé en mai"),
    ("fr", "L'usine a, dit-on, fermé en mai.", "fermé en mai"),
    ("de", "Die Fabrik wurde, so heißt es in unbestätigten Gerüchten, im Mai geschlossen.",
     "Die Fabrik wurde … im Mai geschlossen"),
    ("de", "Die Fabrik wurde, heißt es, im Mai geschlossen.", "im Mai geschlossen"),
    ("it", "Si dice che la miniera sia stata chiusa.", "la miniera sia stata chiusa"),
    ("ar", "يُزعم أن المصنع ينتج قطع صواريخ.", "المصنع ينتج قطع صواريخ"),
    ("fa", "گفته می‌شود که معدن بسته شده است.", "معدن بسته شده است"),
    ("he", "לכאורה, המפעל מייצר חלקי טילים.", "המפעל מייצר חלקי טילים"),
    ("vi", "Nhà máy được cho là sản xuất linh kiện tên lửa.", "sản xuất linh kiện tên lửa"),
    ("tr", "İddiaya göre fabrika füze parçaları üretiyor.", "fabrika füze parçaları üretiyor"),
    ("ko", "무산광산이 폐쇄됐다는 소문이 돈다.", "무산광산이 폐쇄됐다"),
    ("ko", "소문에 따르면 무산광산이 폐쇄됐다.", "무산광산이 폐쇄됐다"),
    ("ko", "무산광산이 폐쇄됐다는 주장이 제기됐다.", "무산광산이 폐쇄됐다"),
    ("ko", "광산 노동자 300명이 해고됐다는 소문이 있지만 확인되지 않았다.", "광산 노동자 300명이 해고됐다"),
    ("ja", "茂山鉱山が閉鎖されたとうわさされている。", "茂山鉱山が閉鎖された"),
    ("ja", "うわさによると、茂山鉱山が閉鎖された。", "茂山鉱山が閉鎖された"),
    ("ja", "茂山鉱山は閉鎖されたと言われている。", "茂山鉱山は閉鎖された"),
    ("zh", "传闻茂山矿山已经关闭。", "茂山矿山已经关闭"),
    ("zh", "有传言称茂山矿山已经关闭。", "茂山矿山已经关闭"),
    ("zh", "据传茂山矿山已经关闭。", "茂山矿山已经关闭"),
    ("uk", "Кажуть, що рудник закрито.", "рудник закрито"),
    ("zh", "工厂好像已经停产。", "已经停产"),
    ("ko", "## 무산광산 재가동?\n\n소식통들의 말이 엇갈린다.", "무산광산 재가동"),
    ("vi", "Nghe nói nhà máy đã đóng cửa.", "nhà máy đã đóng cửa"),
    ("zh", "据传该工厂已经停产。", "该工厂已经停产"),
    # sixth review: faithful look-alikes of the above
    ("en", "According to unconfirmed reports, the general was executed in May.", "the general was executed in May"),
    ("en", "Unverified reports claim the general was executed in May.", "the general was executed in May"),
    ("en", "It is rumoured that the general was executed in May.", "the general was executed in May"),
    ("en", "It is alleged that the general was executed in May.", "the general was executed in May"),
    ("en", "Unconfirmed rumours say the general was executed in May.", "the general was executed in May"),
    ("en", "There are unconfirmed reports that the general was executed in May.", "the general was executed in May"),
    ("en", "The general was executed in May, or so the ministry claims.", "The general was executed in May"),
    ("en", "The general was executed in May, at least according to officials.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim that North Korea denies.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim that no one has been able to verify.",
     "The general was executed in May"),
    ("en", "Prices rose 20% a month in 2023.", "Prices rose 20%"),
    ("en", "Wages were 3,000 won a month at collective farms.", "Wages were 3,000 won"),
    ("en", "Prices rose 20% per month on the black market.", "Prices rose 20%"),
    ("en", "Prices rose 20% monthly on the black market.", "Prices rose 20%"),
    ("en", "Prices rose 20% every month.", "Prices rose 20%"),
    ("en", "Rice cost 5,000 won per kilogram at the Hyesan market.", "Rice cost 5,000 won"),
    ("en", "Prices rose 20% a month.", "Prices rose 20%"),
    ("en", "Rice cost 5,000 won per kg.", "Rice cost 5,000 won"),
    ("en", "Prices rose 20% a month, traders said.", "Prices rose 20%"),
    ("en", "The mine produced 1.500 tonnes of coal in May.", "The mine produced 1,500 tonnes of coal in May"),
    ("en", "The mine produced 1,500 tonnes of coal in May.", "The mine produced 1.5 tonnes of coal in May"),
    ("en", "Output fell 2.5% in May.", "Output fell 2,5% in May"),
    ("en", "The border reopened in 2,023.", "The border reopened in 2023"),
    ("en", "Electricity supply in Chongjin improved slightly in October, residents said, but most apartments still "
     "received power for less than four hours a day. Factories were given priority, and the Kimchaek steel "
     "complex ran two shifts.",
     "Electricity supply in Chongjin improved slightly in October, but most apartments still received power for "
     "less than four hours a day"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "Ordinary workers had received no rations at all since the summer of 2021"),
    ("en", "Authorities in Ryanggang province closed the Hyesan jangmadang for three weeks in March, according to two "
     "traders in the city. The closure followed an inspection by officials from Pyongyang, who found that 300 "
     "vendors were selling smuggled Chinese goods. About 1,200 people depend on the market for their income. The "
     "traders said the market reopened on April 2, 2019, but fewer stalls were operating. Rice sold for 5,200 won "
     "per kilogram after the reopening, up from 4,300 won in February.",
     "About 1,200 local people depend on the market for their income"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "A defector who left Hamhung city in 2022 said food rations for party members were cut by half last winter"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "A defector who left Hamhung in 2022 said that food rations for local party members were cut by half last winter"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "A defector who left Hamhung said food rations for party members were cut by half last winter"),
    ("en", "Electricity supply in Chongjin improved slightly in October, residents said, but most apartments still "
     "received power for less than four hours a day. Factories were given priority, and the Kimchaek steel "
     "complex ran two shifts.",
     "most apartments received power for less than four hours"),
    ("en", "The mine closed in 2019 after floods. The factory reopened in 2021.",
     "The mine closed in 2019 … The factory reopened in 2021."),
    ("en", "The mine closed. The factory reopened.", "The mine … reopened"),
    ("en", "Rumours suggest that the general was executed in May.", "the general was executed in May"),
    ("en", "It is claimed that the general was executed in May.", "the general was executed in May"),
    ("en", "According to unverified rumours, the general was executed in May.", "the general was executed in May"),
    ("en", "Prices rose 20% a month on the black market.", "Prices rose 20% a month"),
    ("en", "Prices rose 20% on the black market.", "Prices rose 20%"),
    ("en", "Rice cost 5,000 won per kilogram on Monday.", "Rice cost 5,000 won"),
    ("en", "The general was executed in May, a claim that Pyongyang denies.", "The general was executed in May"),
    ("en", "The general was executed in May, a claim that was later retracted.", "The general was executed in May"),
    ("en", "The mine produced 1,500 tonnes of coal in May.", "The mine produced 15,00 tonnes of coal in May"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "A defector who left Hamhung in 2022 said food rations for party members were cut by half in winter"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "A defector who left Hamhung in 2022 said food rations for all party members were cut by half last winter"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "A defector who left Hamhung in 2022 said rations for party members were cut by half last winter"),
    ("en", "A defector who left Hamhung in 2022 said food rations for party members were cut by half last winter. "
     "Ordinary workers, she said, had received no rations at all since the summer of 2021.",
     "Ordinary workers, she said, had received no rations since the summer of 2021"),
    # sixth review: fakes in Spanish, Ukrainian and Chinese; up to and over a number in Russian and Ukrainian; a
    # Korean negation after 전혀; retractions, seemings, nobody believing and groundless claims in Chinese,
    # Japanese and Korean; a Japanese condition quoted without its ら
    ("uk", "Понад 1 200 шахтарів перевели.", "1200 шахтарів перевели"),
    ("uk", "Підроблені сертифікати про вакцинацію продають на ринку.", "сертифікати про вакцинацію продають на ринку"),
    ("ru", "Погибли до 300 человек.", "300 человек"),
    ("uk", "Загинули понад 300 людей.", "300 людей"),
    ("ko", "올해는 식량 배급이 전혀 없었다.", "올해는 식량 배급이"),
    ("zh", "媒体称矿山已经关闭，后来被证实是假的。", "矿山已经关闭"),
    ("ja", "鉱山が閉鎖されたとの報道は後に撤回された。", "鉱山が閉鎖された"),
    ("ja", "もし鉱山が再開されたら、生産量は増えるだろう。", "鉱山が再開された"),
    ("ko", "무산광산이 폐쇄된 듯하다.", "무산광산이 폐쇄된"),
    ("zh", "假的疫苗证书在市场上流通。", "疫苗证书在市场上流通"),
    ("es", "Se venden supuestos certificados de vacunación.", "certificados de vacunación"),
    ("ko", "무산광산이 폐쇄됐다고 믿는 사람은 없다.", "무산광산이 폐쇄됐다"),
    ("ja", "鉱山が閉鎖されたと信じる者はいない。", "鉱山が閉鎖された"),
    ("ja", "鉱山が閉鎖されたという主張には根拠がない。", "鉱山が閉鎖された"),
    # sixth review: a doubt after the quote by who has not confirmed it
    ("en", "The general was executed in May, something the ministry has not confirmed.",
     "The general was executed in May"),
    ("en", "The general was executed in May, which Seoul has yet to verify.", "The general was executed in May"),
    # seventh review (realistic reports): Korean nouns quoted without the copula written on to them; doubts,
    # disclaimers, hearsay and negations it found missed
    ("en", "Some may say that the flights took place in international airspace. But it is the DPRK, not the U.S., that "
     "will decide where the line of its security lies.",
     "the flights took place in international airspace"),
    ("en", "The NIS said Kim Jong Un's daughter, Kim Ju Ae, accompanied him to the launch site, as she has to several "
     "missile tests. It said there was still not enough evidence to conclude that she had been designated as his "
     "successor.",
     "she had been designated as his successor"),
    ("en", "A: Bad. We got corn, mostly, about 600 grams a day on paper, but in reality it was less, because the "
     "officers sold part of it. In 2021 we were eating corn porridge twice a day. Some soldiers caught frogs and "
     "snakes. A few got sick with tuberculosis.",
     "We got corn, mostly, about 600 grams a day"),
    ("en", "3/ Two of the vessels match the profile of ships previously flagged by the UN Panel for STS transfers. I'm "
     "NOT saying they're the same ships — hull colour and length are consistent, that's all. Need AIS data to "
     "confirm.",
     "they're the same ships"),
    ("ko", "답: 국경의 군인들은 괴물이 아닙니다. 대부분 배고픈 아이들이에요. 시키는 대로 하지 않으면 가족이 고생하니까 따르는 겁니다.", "국경의 군인들은 괴물"),
    ("ja", "専門家の間では、今年の春の端境期が特に厳しいとの見方が広がっている。韓国統一部の当局者は国会で、「一部地域で餓死者が出ているとの情報がある」と述べたが、規模については確認できていないとした。",
     "一部地域で餓死者が出ている"),
    ("ru", "— Точно не знаю. После резолюций ООН в 2017 году их официально должны были отправить домой к концу "
     "2019-го. "
     "Но многие остались, им просто поменяли визы — на студенческие, туристические. Говорят, сейчас их снова "
     "становится больше, особенно на стройках.",
     "сейчас их снова становится больше, особенно на стройках"),
    ("ru", "— Берегите здоровье. И не верьте, что вы вернётесь богатыми.", "вы вернётесь богатыми"),
    ("fr", "« La Corée du Nord cherche à montrer qu'elle peut répondre à chaque initiative des alliés par une "
     "démonstration de force », estime Yang Moo-jin, président de l'Université des études nord-coréennes à Séoul. "
     "« Mais cela ne signifie pas qu'elle maîtrise la technologie de rentrée atmosphérique, ce qui reste à "
     "prouver. »",
     "elle maîtrise la technologie de rentrée atmosphérique"),
    ("ko", "답: 정부의 입장에는 변함이 없습니다. 이산가족 문제는 정치 상황과 관계없이 해결해야 할 시급한 인도적 과제입니다. 1월 말 기준 생존해 계신 등록 신청자는 3만 9,386명이고, 이 가운데 "
     "약 66%가 80세 이상 고령자입니다. 북한이 우리의 제안에 호응해 나올 것을 다시 한번 촉구합니다. 다만 오늘 새롭게 발표할 제안은 없습니다.",
     "오늘 새롭게 발표할 제안"),
    ("ko", "방직공장 소속이었는데, 공장은 1990년대 이후로 제대로 돌아간 적이 없었어요. 한 달에 5만 원씩 공장에 바치고 출근을 안 했어요. 남자는 어디든 직장에 소속돼 있어야 했거든요. 안 그러면 "
     "'무직자'로 노동단련대에 보냈어요.",
     "공장은 1990년대 이후로 제대로 돌아간"),
    ("ko", "# [증언] \"장마당이 없었으면 우리 식구는 다 굶어 죽었을 거예요\" — 혜산 출신 40대 여성 B씨", "우리 식구는 다 굶어 죽었을 거예요"),
    # a ninth blind review (1,796 cases: typography and numbers; hedges, doubts and limits in nine
    # languages), and this pass's own
    ('en', 'Rice prices in Hyesan rose to 6,000 won per kilogram in May, according to a source in Ryanggang province. '
     'Traders blamed the closure of the border with China.',
     'Rice prices in Hyesan fell to 6,000 won per kilogram in May'),
    ('en', 'The Musan iron mine resumed operations on 12 March after a two-year halt, the Korean Central News Agency '
     'reported. About 3,000 workers returned to the site.',
     'The Musan coal mine resumed operations on 12 March after a two-year halt'),
    ('en', 'The Musan iron mine resumed operations on 12 March after a two-year halt, the Korean Central News Agency '
     'reported. About 3,000 workers returned to the site.',
     'The Musan iron mine RESUMED operations on 12 March after a two-year halt'),
    ('en', 'Authorities in Sinuiju have demolished 1,200 homes near the Yalu River since January, satellite imagery '
     'shows. Residents were moved to apartment blocks on the outskirts.',
     'thorities in Sinuiju have demolished 1,200 homes near the Yalu River since January'),
    ('en', 'North Korea launched 37 ballistic missiles in 2022, the highest annual total on record, according to the '
     'Japanese defence ministry.',
     'North Korea launched 37 ballistic MISSILES in 2022, the highest annual total on record'),
    ('en', "The factory's output fell 18.5% year on year, while exports to China climbed to $1.2 billion in the first "
     'half.',
     "e factory's output fell 18.5% year on year"),
    ('en',
     'A defector who left Chongjin in 2021 said that rations for office workers had been cut to 300 grams of maize '
     'a day. Families relied on the market for the rest.',
     'rations for workers office had been cut to 300 grams of maize a day'),
    ('en', 'Three officials of the Hamhung city party committee were publicly executed in October for embezzling state '
     'funds, two sources in the city said.',
     'Three OFFICIALS of the Hamhung city party committee were publicly executed in October'),
    ('en', 'Workers at the Kaesong textile plant are now paid 3,500 won a month in cash and the rest in kind, a worker '
     'who fled in 2023 told investigators.',
     'Workers at the Kaesong textile plant are now paid 3,500 won a month in rice'),
    ('en', 'Workers at the Kaesong textile plant are now paid 3,500 won a month in cash and the rest in kind, a worker '
     'who fled in 2023 told investigators.',
     'Workers at the Kaesong textile plant are now paid 3,500 won a month in ca'),
    ('en', "China's customs data show that imports from North Korea reached $29.6 million in September, the highest "
     'monthly figure since January 2020.',
     'imports from North Korea REACHED $29.6 million in September'),
    ('en',
     'Students at Kim Il Sung University were mobilised for rice planting from 10 May to 5 June, cutting the spring '
     'semester by four weeks.',
     'Students at Kim Il Sung University were mobilised for maize planting from 10 May to 5 June'),
    ('en',
     'Students at Kim Il Sung University were mobilised for rice planting from 10 May to 5 June, cutting the spring '
     'semester by four weeks.',
     'Students at Kim Il Sung University were mobilised for rice PLANTING from 10 May to 5 June'),
    ('en', 'The state news agency said 1,200 homes were rebuilt in Kangso county after the floods.',
     '200 homes were rebuilt'),
    ('en', 'Officials said 3 000 tonnes of fertiliser arrived in Sinuiju in April.', '000 tonnes of fertiliser'),
    ('en', 'Inflation in the grain market reached 12.5 percent in the first quarter, according to Asia Press.',
     '5 percent in the first quarter'),
    ('en', 'Mobile phone subscriptions reached 7.5 million in 2023, a telecoms analyst said.', 'reached 7.5 in 2023'),
    ('en', 'The ministry budgeted ¥5 trillion for defence.', 'budgeted 5 trillion for defence'),
    ('en', 'Five hundred people were forced to watch the execution.', 'hundred people were forced'),
    ('en', 'The rocket flew 1,000.5 km before falling into the sea.', 'flew 1,000 km'),
    ('en', 'The defector said she paid 5,000 yuan to a broker in 2019 and 8,000 yuan in 2021.',
     'she paid 5,000 CNY to a broker in 2019'),
    ('ko', '혜산 장마당에서 쌀 1kg 가격이 1만 2천원까지 올랐다.', '쌀 1kg 가격이 1만 5천원까지 올랐다'),
    ('ja', '売上高は1億2000万円で、前年比15％増だった。', '前年比5％増だった'),
    ('zh', '共有1.2万人参加了集会。', '2万人参加了集会'),
    ('en', 'Sources reported that\n\n- the Musan mine\n- closed in May\n- after the pumps failed\n',
     'the Musan mine closed in May'),
    ('en', 'Prices up again 😡 in Hyesan, rice now 7,000 won/kg 💸💸 #NorthKorea',
     'Prices up again in Hyesan, rice now 7,500 won/kg'),
    ('ru', '«Ещё в марте шахту закрыли», — сказал источник в Мусане. Рабочих отправили на уборку урожая.',
     'ЕЩЁ В МАРТЕ шахту закрыли'),
    ('ko', '혜산에 사는 소식통은 “요즘 장마당에서 쌀 1kg이 6천원 정도”라고 말했다.', '요즘장마당에서 쌀 1kg이 6천원 정도'),
    ('ko', '혜산에 사는 소식통은 “요즘 장마당에서 쌀 1kg이 6천원 정도”라고 말했다.', '요즘 장마당에서 쌀 1kg이 7천원 정도'),
    ('en', 'Some 3 million people face hunger this winter, the WFP said.', 'million people face hunger this winter'),
    ('en', 'Two thousand soldiers crossed the border at Hyesan.', 'thousand soldiers crossed the border'),
    ('en', 'The regime earned 1.7 billion dollars from crypto theft.', 'billion dollars from crypto theft'),
    ('en', 'Several hundred families were relocated from Hyesan.', 'hundred families were relocated'),
    ('en', 'Three dozen smugglers were arrested.', 'dozen smugglers were arrested'),
    ('en', 'Officials said 3 000 tonnes arrived in Sinuiju.', '000 tonnes arrived in Sinuiju'),
    ('en', 'Officials said 12 500 tonnes arrived in Sinuiju.', '500 tonnes arrived in Sinuiju'),
    ('de', 'Die Fabrik wurde nach Kanggye verlegt, heißt es in Pjöngjang.', 'Die Fabrik wurde nach Kanggye verlegt'),
    ('en', 'The factory would be able to triple its output provided the electricity supply is restored.',
     'The factory would be able to triple its output'),
    ('en', 'The mine is believed by analysts to have reopened in the autumn, based on rail traffic seen in satellite '
     'imagery.',
     'to have reopened in the autumn'),
    ('en', 'A senior official in Sinuiju is rumoured to have been executed for embezzling state funds.',
     'have been executed for embezzling state funds'),
    ('en', 'The report, which the ministry later retracted, said the Kumdok mine had reopened in May.',
     'the Kumdok mine had reopened in May'),
    ('en', 'Seoul neither confirmed nor denied that its drones had flown over Pyongyang in October.',
     'its drones had flown over Pyongyang in October'),
    ('en',
     'The North has never acknowledged that its soldiers are fighting in Ukraine, but the troops were captured on '
     'camera in Kursk.',
     'its soldiers are fighting in Ukraine'),
    ('en', 'Residents contest the official account that the fire at the Hyesan market started in an electrical box.',
     'the fire at the Hyesan market started in an electrical box'),
    ('en', "The company has dismissed as 'fake news' a report that its ships called at Nampho in 2023.",
     'its ships called at Nampho in 2023'),
    ('en', 'The spokesman would neither confirm nor deny that talks with Washington had taken place in Stockholm.',
     'talks with Washington had taken place in Stockholm'),
    ('en', 'The vice-marshal is said to have been sent to a re-education farm in North Pyongan.',
     'have been sent to a re-education farm in North Pyongan'),
    ('en', 'The talks will resume in Panmunjom next month, provided both sides agree on the agenda.',
     'The talks will resume in Panmunjom next month'),
    ('en', 'The entire crew of the Wonsan trawler survived, except for the captain, who drowned.',
     'The entire crew of the Wonsan trawler survived'),
    ('en', 'Every defector interviewed said they had been mistreated in Chinese detention, with one exception.',
     'Every defector interviewed said they had been mistreated in Chinese detention'),
    ('en', 'Three-quarters of the households surveyed in Ryanggang had no access to electricity in winter.',
     'the households surveyed in Ryanggang had no access to electricity in winter'),
    ('en', 'All the mines in North Hamgyong reopened in May, except the one at Musan, which remains flooded.',
     'All the mines in North Hamgyong reopened in May'),
    ('en', 'One in five children under five in North Korea is stunted, UNICEF estimates.',
     'children under five in North Korea is stunted'),
    ('ja', '兵士たちはまるで停戦協定がもう存在しないかのように振る舞った。', '停戦協定がもう存在しない'),
    ('ko', '병사들은 마치 정전협정이 더 이상 존재하지 않는 것처럼 행동했다.', '정전협정이 더 이상 존재하지 않는'),
    ('ru', 'Инфляция на рынках достигла 20 % в месяц после денежной реформы 2009 года.',
     'Инфляция на рынках достигла 20 %'),
    ('ru', 'Солдаты вели себя так, как будто перемирия больше не существует.', 'перемирия больше не существует'),
    ('ru', 'Две из пяти шахт в Танчхоне закрылись из-за нехватки электроэнергии.',
     'пяти шахт в Танчхоне закрылись из-за нехватки электроэнергии'),
    ('uk', 'Усі шахти провінції відновили роботу в травні, крім шахти в Мусані.',
     'Усі шахти провінції відновили роботу в травні'),
    ('uk', 'Рис продавали в Хесані по 7000 вон за кілограм.', 'Рис продавали в Хесані по 7000 вон'),
    ('uk', 'Робітники отримують 300 грамів кукурудзи на день, значно менше за офіційну норму.',
     'Робітники отримують 300 грамів кукурудзи'),
    ('uk', 'Чи обстріляла армія рибальське село? Сеул поки мовчить.', 'обстріляла армія рибальське село'),
    ('uk', "Дві з п'яти шахт у Танчхоні закрилися через брак електроенергії.",
     "п'яти шахт у Танчхоні закрилися через брак електроенергії"),
    ('fr', "Il n'est pas exclu que les autorités aient déplacé les prisonniers vers Kaechon.",
     'les autorités aient déplacé les prisonniers vers Kaechon'),
    ('es', 'No se descarta que las autoridades hayan trasladado a los presos a Kaechon.',
     'las autoridades hayan trasladado a los presos a Kaechon'),
    ('ru', 'Не исключено, что власти перевели заключённых в Кэчхон.', 'власти перевели заключённых в Кэчхон'),
    ('ru', 'Шахта возобновила работу в мае, что позднее опровергло министерство.', 'Шахта возобновила работу в мае'),
    ('uk', "Не виключено, що влада перевела в'язнів до Кечхона.", "влада перевела в'язнів до Кечхона"),
    ('uk', 'Шахта відновила роботу в травні, що згодом спростувало міністерство.', 'Шахта відновила роботу в травні'),
    ('zh', '不排除当局已将囚犯转移到价川的可能性。', '当局已将囚犯转移到价川'),
    ('ja', '当局が囚人を价川に移送した可能性も否定できない。', '当局が囚人を价川に移送した'),
    ('ko', '당국이 수감자들을 개천으로 옮겼을 가능성도 배제할 수 없다.', '당국이 수감자들을 개천으로 옮겼'),
    ('zh', '据称，惠山贸易局副局长已于五月底逃往中国。', '惠山贸易局副局长已于五月底逃往中国'),
    ('en', 'It is said the mine reopened in May.', 'the mine reopened in May'),
    ('de', 'Es heißt, die Mine sei im Mai wieder geöffnet worden.', 'die Mine sei im Mai wieder geöffnet worden'),
    ('en', 'Output rose to 300 tonnes, a figure not yet confirmed by officials.', 'Output rose to 300 tonnes'),
    ('en', 'Output rose to 300 tonnes, a figure still unverified.', 'Output rose to 300 tonnes'),
    ('en', 'Output rose to 300 tonnes, a figure the ministry disputes.', 'Output rose to 300 tonnes'),
    ('en', 'Almost all of the 300 workers left.', 'the 300 workers left'),
    ('en', 'Nearly all the workers left for the farms.', 'the workers left for the farms'),
    ('en', 'The factory operates on paper only.', 'The factory operates'),
    ('ja', 'その工場は閉鎖中だと言われている。', 'その工場は閉鎖中'),
    ('zh', '有人说工厂已经关闭，这是假的。', '工厂已经关闭'),
    ('en', 'The mine closed in 2019. Workers left.', 'The mine closed in 2,019'),
    ('ko', '2019년에 공장이 문을 닫았다.', '2,019년에 공장이 문을 닫았다'),
    ('en', 'Output fell to 1.500 tonnes.', 'Output fell to 1500 tonnes'),
    ('en', 'The 2000s were hard.', 'The 2,000s were hard'),
    ('en', 'Of the 12 500 tonnes were lost.', '500 tonnes were lost'),
    ('en', 'Output rose 10^2 times.', 'Output rose 10 times'),
    ('en', 'Inflation reached 20 % a month.', 'Inflation reached 20 %'),
    ('en', 'The new road is 45 km long.', 'The new road is 46km long'),
    ('en', 'In 2019 kim visited.', 'In 2019kim visited'),
    ('fr', "Il n'est pas impossible que le marché rouvre en mai.", 'le marché rouvre en mai'),
    ('en', 'Neither side confirmed that the fire started in a box.', 'the fire started in a box'),
    ('en',
     'The Unification Ministry said 180 defectors arrived in the South in 2023. The figure was later revised to 196.',
     '180 defectors arrived in the South in 2023'),
    ('en', 'He was said to be ill.', 'be ill'),
    # asides that hedge left out by an ellipsis, limits and hearsay of this pass
    ('en', 'The new currency reform, it seems, was drafted without input from the central bank.',
     'The new currency reform … was drafted without input from the central bank'),
    ('en',
     'The exchange rate, if official figures are to be believed, has held at 8,000 won to the dollar since January.',
     'The exchange rate … has held at 8,000 won to the dollar since January'),
    ('es', 'La zona económica de Rason sigue abierta, al menos según las autoridades.',
     'La zona económica de Rason sigue abierta'),
    ('ja', '鉱山は5月に再開したと国営メディアは伝えたが、住民はこれを否定した。', '鉱山は5月に再開した'),
    ('en', 'The balloon campaign, which Seoul suspects was organised by the General Reconnaissance Bureau, dropped '
     'leaflets over Incheon.',
     'was organised by the General Reconnaissance Bureau'),
    # a tenth blind review (1,817 cases: look-alikes of the new rules, and realistic paragraphs)
    ('en', 'TOKYO (AP) — A North Korean fishing boat carrying eight people drifted into Japanese waters off Niigata on '
     'Sunday, the coast guard said. Local media initially reported that all eight had asked for asylum. The coast '
     'guard later said only two of them had expressed a wish to stay in Japan.',
     'The coast guard later said two of them had expressed a wish to stay in Japan'),
    ('en',
     'Rice and corn prices in Pyongyang rose 18% and 25% respectively over the past month, according to market data '
     'compiled by Asia Press. In Hyesan, prices were broadly stable. Traders attributed the rise to tighter '
     'controls on grain sales at the markets, Asia Press said.',
     'Rice and corn prices in Pyongyang rose 18%'),
    ('en',
     'Rice and corn prices in Pyongyang rose 18% and 25% respectively over the past month, according to market data '
     'compiled by Asia Press. In Hyesan, prices were broadly stable. Traders attributed the rise to tighter '
     'controls on grain sales at the markets, Asia Press said.',
     'Rice and corn prices in Pyongyang rose 18% and 25% over the past month'),
    ('en', 'The Rason special economic zone, one of the few places where foreign investors are allowed to operate, has '
     'seen a sharp fall in Chinese-run businesses since 2020. Of the 150 Chinese firms registered there in 2019, '
     'fewer than 40 were still operating last year, a local trader told Reuters by phone. The figure could not be '
     'verified.',
     'The Rason special economic zone has seen a sharp fall in Chinese-run businesses since 2020'),
    ('en', 'Workers at the Kaesong-area textile plant are paid about 3,000 won per month in state wages, roughly the '
     'price of a kilogram of rice, according to a source in the city. Most rely on side businesses to survive.',
     'paid about 30,000 won per month'),
    ('en', 'North Korea said on Friday it had successfully launched its first military reconnaissance satellite, the '
     'Malligyong-1, into orbit. The U.S. Space Command confirmed that an object had reached orbit but said it could '
     'not assess whether the satellite was functioning.',
     'the satellite was functioning'),
    ('en',
     'Mr. Choi, a former soldier who defected in 2021, said his unit on the border had been ordered to shoot anyone '
     'approaching the Yalu River without permission. "We were told it was to stop the virus," he said. He did not '
     'say whether he had witnessed any shootings.',
     'Mr. Choi, a former soldier who defected in 2020'),
    ('en', '## Did North Korea sell artillery shells to Russia?\n\nU.S. officials say they have evidence that at least '
     "1,000 containers of munitions were shipped from Rajin to Russia's Far East since August. Pyongyang and Moscow "
     'have both denied any arms transfers.',
     'Did North Korea sell artillery shells to Russia? U.S. officials say they have evidence'),
    ('en', 'The survey found that 33% of children under five in Ryanggang and 28% in North Hamgyong were stunted. '
     'Nationally, the rate was 19%, down from 28% in 2012.',
     'Nationally, the rate was 91%'),
    ('en',
     'More than 30,000 North Korean defectors have settled in South Korea since the 1990s, but arrivals have slowed '
     'sharply, with only 67 in 2021, the unification ministry said.',
     'More than 3,000 North Korean defectors'),
    ('en', 'One in five children in Ryanggang Province is acutely malnourished, according to a 2023 survey by a '
     'Seoul-based NGO. Three-quarters of the households surveyed said they ate only two meals a day.',
     'five children in Ryanggang Province is acutely malnourished'),
    ('en',
     'Nobody in Hyesan believes the official claim that the market closure is temporary. "They said two weeks. It '
     'has been four months," one trader said.',
     'the official claim that the market closure is temporary'),
    ('en', 'It is unclear whether the Sohae launch pad has been repaired since the failed launch in May. Imagery from '
     'June 2 shows workers clearing debris, but the gantry appears to be missing.',
     'the gantry … to be missing'),
    ('fr',
     "Si les pluies se poursuivent, la récolte de maïs pourrait chuter de 20 % par rapport à l'an dernier, prévient "
     'la FAO. Les provinces du Hwanghae sont les plus exposées.',
     "la récolte de maïs pourrait chuter de 20 % par rapport à l'an dernier"),
    ('fr',
     "On dit que Kim Jong Un serait malade depuis plusieurs semaines. Aucune source officielle ne l'a confirmé à ce "
     'stade. À suivre…',
     'Kim Jong Un serait malade depuis plusieurs semaines'),
    ('de', 'In Pjöngjang heißt es, dass die Lebensmittelrationen ab Oktober erhöht werden sollen. Das '
     'Vereinigungsministerium in Seoul hat nicht bestätigt, dass eine Reform der Verteilung geplant ist.',
     'die Lebensmittelrationen ab November erhöht werden sollen'),
    ('es',
     'El régimen habría desviado supuestamente parte de la ayuda alimentaria internacional hacia el ejército, según '
     'un informe filtrado. La ONU negó que existieran pruebas de tal desvío.',
     'El régimen habría desviado parte de la ayuda alimentaria internacional hacia el ejército'),
    ('es', '¿Ha reanudado Corea del Norte las exportaciones de carbón a China? Las imágenes satelitales de Planet Labs '
     'muestran barcos cargando en el puerto de Nampo, pero no permiten determinar su destino.',
     'Ha reanudado Corea del Norte las exportaciones de carbón a China'),
    ('es', '¿Ha reanudado Corea del Norte las exportaciones de carbón a China? Las imágenes satelitales de Planet Labs '
     'muestran barcos cargando en el puerto de Nampo, pero no permiten determinar su destino.',
     'permiten determinar su destino'),
    ('ru',
     'По словам источника, в Хесане якобы расстреляли трёх торговцев за продажу южнокорейских фильмов. Подтвердить '
     'эту информацию из независимых источников не удалось.',
     'расстреляли трёх торговцев за продажу южнокорейских фильмов'),
    ('uk',
     'Російські ЗМІ стверджують, що північнокорейські інженери нібито допомагають модернізувати ракети «Іскандер». '
     'Кремль цю інформацію не коментує.',
     'північнокорейські інженери допомагають модернізувати ракети «Іскандер»'),
    ('uk',
     'СБУ вилучила понад 500 підроблених паспортів, які, за даними слідства, призначалися для громадян КНДР. Двох '
     'підозрюваних затримано.',
     'паспортів, які, за даними слідства, призначалися для громадян КНДР'),
    ('zh', '韩国国防部表示，不排除朝鲜在近期进行第七次核试验的可能性。如果朝鲜进行核试验，韩美将采取强有力的应对措施。', '韩国国防部表示，不排除朝鲜在近期进行第六次核试验的可能性'),
    ('ko', '국가정보원은 북한군 1만여 명이 러시아에 파병됐다고 밝혔지만, 국방부는 구체적인 규모를 확인하지 않았다.', '국방부는 구체적인 규모를 확인했다'),
    # eleventh and twelfth reviews
    ('en', 'All workers, except the guards, were paid in full in March.', 'All workers … were paid in full in March.'),
    ('en', 'Every household other than those of party cadres lost its ration card in 2019.',
     'Every household … lost its ration card in 2019.'),
    ('en', 'Total exports to China, excluding coal, rose by 12 percent last year.',
     'Total exports to China … rose by 12 percent last year.'),
    ('en', 'The Chongori camp was closed in 2019, at least on paper, and its inmates were transferred to Jongo-ri.',
     'The Chongori camp was closed in 2019 … and its inmates were transferred to Jongo-ri.'),
    ('en', 'The district party secretary allegedly ordered the records burned before the inspection team arrived.',
     'The district party secretary … ordered the records burned before the inspection team arrived.'),
    ('en', 'Under the 2014 field-responsibility system, farmers may, in theory, keep 30 percent of their harvest.',
     'Under the 2014 field-responsibility system, farmers may … keep 30 percent of their harvest.'),
    ('en', 'The guards were never, as far as she knew, punished for the beatings.',
     'The guards were … punished for the beatings.'),
    ('en', 'Families will receive the winter bonus only if their children join the youth shock brigade.',
     'Families will receive the winter bonus …'),
    ('en', "It was the mayor's son, and not the mayor himself, who ordered the demolition of the market.",
     'It was the mayor … who ordered the demolition of the market.'),
    ('en', 'Neighbours who had informed on her were rewarded with extra rations.',
     'Neighbours … were rewarded with extra rations.'),
    ('en', 'Customs inspectors found fake export licences issued in the name of the Ministry of External Economic '
     'Relations.',
     'Customs inspectors found … export licences issued in the name of the Ministry of External Economic Relations.'),
    ('en', 'Had the county sent the promised fuel, the clinic would have stayed open through the winter.',
     '… the clinic would have stayed open through the winter.'),
    ('en', 'She lost her phone at the checkpoint. Other than that, nothing was taken from her.',
     '… nothing was taken from her.'),
    ('en', "The officers gave no reason other than 'state security' for the arrest.",
     'The officers gave no reason … for the arrest.'),
    ('en', 'The flood destroyed not the bridge but the school, which had been rebuilt in 2015.',
     'The flood destroyed … the bridge'),
    ('en', 'Soldiers delivered the rice but not the cooking oil promised by the county.',
     'Soldiers delivered the rice … promised by the county.'),
    ('en', 'Almost all of the 300 families in the block were evicted.',
     '… all of the 300 families in the block were evicted.'),
    ('en', 'Apart from two elderly women, the entire village was moved to the new settlement at Samjiyon.',
     '… the entire village was moved to the new settlement at Samjiyon.'),
    ('en', 'It is unclear whether the director personally ordered the executions.',
     '… the director personally ordered the executions.'),
    ('en', 'Every shipment, except those addressed to the military, was inspected at the border.',
     'Every shipment ... was inspected at the border.'),
    ('en', 'The plant produced 1.5 million tonnes of cement in 2019.', 'The plant produced 1.5 … of cement in 2019.'),
    ('fr', 'Tous les ouvriers, sauf les gardiens, ont été payés en mars.',
     'Tous les ouvriers … ont été payés en mars.'),
    ('fr', 'La prison de Jongo-ri a été fermée en 2019, du moins sur le papier.',
     'La prison de Jongo-ri a été fermée en 2019 …'),
    ('fr', 'Le chef du district a prétendument ordonné la destruction des registres.',
     'Le chef du district a … ordonné la destruction des registres.'),
    ('fr', "Les autorités n'ont pas, malgré leurs promesses, livré les engrais aux coopératives.",
     'Les autorités … livré les engrais aux coopératives.'),
    ('fr', "Toutes les exportations, à l'exception du charbon, ont augmenté de 12 % l'an dernier.",
     "Toutes les exportations […] ont augmenté de 12 % l'an dernier."),
    ('fr', "C'est la femme du directeur, et non le directeur, qui a vendu le riz de l'entrepôt.",
     "C'est … le directeur, qui a vendu le riz de l'entrepôt."),
    ('fr', "Presque toutes les familles du quartier ont été expulsées avant l'hiver.",
     "… toutes les familles du quartier ont été expulsées avant l'hiver."),
    ('fr', "Il n'est pas certain que le directeur ait ordonné les exécutions.",
     '… le directeur ait ordonné les exécutions.'),
    ('fr', "Les gardes n'ont jamais été sanctionnés pour les coups portés aux détenues.",
     'Les gardes … été sanctionnés pour les coups portés aux détenues.'),
    ('es', 'Todos los trabajadores, excepto los guardias, cobraron en marzo.',
     'Todos los trabajadores … cobraron en marzo.'),
    ('es', 'El director supuestamente ordenó quemar los registros antes de la inspección.',
     'El director … ordenó quemar los registros antes de la inspección.'),
    ('es', 'Los funcionarios no entregaron, pese a sus promesas, el fertilizante a las cooperativas.',
     'Los funcionarios … entregaron, pese a sus promesas, el fertilizante a las cooperativas.'),
    ('es', 'Las familias recibirán la ayuda solo si sus hijos se alistan en el ejército.',
     'Las familias recibirán la ayuda …'),
    ('es', 'Las exportaciones, salvo las de carbón, crecieron un 12 % el año pasado.',
     'Las exportaciones … crecieron un 12 % el año pasado.'),
    ('es', 'Es posible que las autoridades locales hayan desviado la ayuda a una unidad militar.',
     '… las autoridades locales hayan desviado la ayuda a una unidad militar.'),
    ('es', 'En teoría, los agricultores pueden quedarse con el 30 % de la cosecha.',
     '… los agricultores pueden quedarse con el 30 % de la cosecha.'),
    ('es', 'Casi todas las familias del barrio fueron desalojadas antes del invierno.',
     '… todas las familias del barrio fueron desalojadas antes del invierno.'),
    ('es', 'El hijo del alcalde, y no el alcalde, ordenó la demolición del mercado.',
     'El … alcalde, ordenó la demolición del mercado.'),
    ('de', 'Alle Arbeiter außer den Wachleuten wurden im März bezahlt.', 'Alle Arbeiter … wurden im März bezahlt.'),
    ('de', 'Das Lager wurde 2019 geschlossen, zumindest auf dem Papier.', 'Das Lager wurde 2019 geschlossen …'),
    ('de', 'Der Bezirksleiter hat angeblich die Vernichtung der Akten angeordnet.',
     'Der Bezirksleiter hat … die Vernichtung der Akten angeordnet.'),
    ('de', 'Die Behörden haben den Dünger trotz ihrer Versprechen nicht geliefert.',
     'Die Behörden haben den Dünger … geliefert.'),
    ('de', 'Die Exporte stiegen, mit Ausnahme von Kohle, um 12 Prozent.', 'Die Exporte stiegen … um 12 Prozent.'),
    ('de', 'Der Damm wurde nach den Überschwemmungen nur teilweise wiederaufgebaut.',
     'Der Damm wurde nach den Überschwemmungen … wiederaufgebaut.'),
    ('de', 'Örtliche Funktionäre könnten die Hilfsgüter an eine Armeeeinheit weitergeleitet haben.',
     'Örtliche Funktionäre … die Hilfsgüter an eine Armeeeinheit weitergeleitet haben.'),
    ('de', 'Theoretisch dürfen die Bauern 30 Prozent der Ernte behalten.',
     '… dürfen die Bauern 30 Prozent der Ernte behalten.'),
    ('de', 'Fast alle 300 Familien des Wohnblocks wurden vertrieben.',
     '… alle 300 Familien des Wohnblocks wurden vertrieben.'),
    ('de', 'Es ist unklar, ob der Direktor die Hinrichtungen selbst angeordnet hat.',
     '… der Direktor die Hinrichtungen selbst angeordnet hat.'),
    ('de', 'Nicht der Bürgermeister, sondern sein Sohn ordnete den Abriss des Marktes an.',
     '… der Bürgermeister … ordnete den Abriss des Marktes an.'),
    ('de', 'Es gab in der Hafenstadt, anders als die Regierung behauptet, keinen Dieselmangel.',
     'Es gab in der Hafenstadt … Dieselmangel.'),
    ('ru', 'Все рабочие, кроме охранников, получили зарплату в марте.', 'Все рабочие … получили зарплату в марте.'),
    ('ru', 'Лагерь был закрыт в 2019 году, по крайней мере на бумаге.', 'Лагерь был закрыт в 2019 году …'),
    ('ru', 'Начальник района якобы приказал сжечь документы перед проверкой.',
     'Начальник района … приказал сжечь документы перед проверкой.'),
    ('ru', 'Власти так и не доставили удобрения в кооперативы, несмотря на обещания.',
     'Власти … доставили удобрения в кооперативы …'),
    ('ru', 'Экспорт, за исключением угля, вырос на 12 процентов.', 'Экспорт … вырос на 12 процентов.'),
    ('ru', 'Местные чиновники, возможно, передали гуманитарную помощь воинской части.',
     'Местные чиновники … передали гуманитарную помощь воинской части.'),
    ('ru', 'Теоретически крестьяне могут оставлять себе 30 процентов урожая.',
     '… крестьяне могут оставлять себе 30 процентов урожая.'),
    ('ru', 'Пограничников, по словам перебежчиков, не наказали за стрельбу.', 'Пограничников … наказали за стрельбу.'),
    ('ru', 'Почти все 300 семей были выселены до зимы.', '… все 300 семей были выселены до зимы.'),
    ('ru', 'Не доказано, что директор лично отдал приказ о расстреле.', '… директор лично отдал приказ о расстреле.'),
    ('ru', 'Приказ подписал не мэр, а его заместитель, назначенный в марте.', 'Приказ подписал … мэр …'),
    ('zh', '除了警卫以外，所有工人都在三月领到了工资。', '……所有工人都在三月领到了工资。'),
    ('zh', '该劳改营于2019年关闭，至少在纸面上如此。', '该劳改营于2019年关闭……'),
    ('zh', '据称，区长下令烧毁了全部档案。', '……区长下令烧毁了全部档案。'),
    ('zh', '当局没有按照承诺向合作农场运送化肥。', '当局……按照承诺向合作农场运送化肥。'),
    ('zh', '地方官员可能已将援助物资转给了军队。', '地方官员……将援助物资转给了军队。'),
    ('zh', '理论上，农民可以保留30%的收成。', '……农民可以保留30%的收成。'),
    ('zh', '边防军人从未因开枪而受到处罚。', '边防军人……因开枪而受到处罚。'),
    ('zh', '几乎所有300户人家都被赶走了。', '……所有300户人家都被赶走了。'),
    ('zh', '下令拆除市场的不是市长，而是市长的儿子。', '下令拆除市场的……是市长……'),
    ('ja', '警備員を除いて、すべての労働者が3月に賃金を受け取った。', '……すべての労働者が3月に賃金を受け取った。'),
    ('ja', 'その収容所は、少なくとも書類上は、2019年に閉鎖された。', 'その収容所は……2019年に閉鎖された。'),
    ('ja', '郡の責任者が記録の焼却を命じたとされる。', '郡の責任者が記録の焼却を命じた……'),
    ('ja', 'すべての世帯が配給を受け取ったわけではない。', 'すべての世帯が配給を受け取った……'),
    ('ja', '地方の役人が援助物資を軍に横流ししたかもしれない。', '地方の役人が援助物資を軍に横流しした……'),
    ('ja', '理論上は、農民は収穫の30%を手元に残すことができる。', '……農民は収穫の30%を手元に残すことができる。'),
    ('ja', 'ほぼ全ての世帯が冬の前に立ち退かされた。', '……全ての世帯が冬の前に立ち退かされた。'),
    ('ja', '工場長ではなく、その副官が命令書に署名した。', '工場長……が命令書に署名した。'),
    ('ko', '경비원을 제외하고 모든 노동자가 3월에 임금을 받았다.', '…모든 노동자가 3월에 임금을 받았다.'),
    ('ko', '그 수용소는 적어도 서류상으로는 2019년에 폐쇄되었다.', '그 수용소는 … 2019년에 폐쇄되었다.'),
    ('ko', '수감자들은 가족이 간수에게 뇌물을 줄 때만 소포를 받을 수 있었다.', '수감자들은 … 소포를 받을 수 있었다.'),
    ('ko', '지방 관리들이 지원 물자를 군부대로 빼돌렸을 가능성이 있다.', '지방 관리들이 지원 물자를 군부대로 빼돌렸…'),
    ('ko', '이론상으로는 농민들이 수확량의 30%를 가질 수 있다.', '…농민들이 수확량의 30%를 가질 수 있다.'),
    ('ko', '거의 모든 가구가 겨울이 오기 전에 쫓겨났다.', '…모든 가구가 겨울이 오기 전에 쫓겨났다.'),
    ('ko', '간부 가족 외에는 모든 가구가 배급을 받지 못했다.', '…모든 가구가 배급을 받지 못했다.'),
    ('ko', '국경경비대원들은 총격 사건으로 한 번도 처벌받지 않았다.', '국경경비대원들은 총격 사건으로 … 처벌받…'),
    ('ko', '철거를 지시한 사람은 시장이 아니라 시장의 아들이었다.', '철거를 지시한 사람은 시장…이었다.'),
    ('ko', '쌀을 안 받은 가구가 마을 전체의 절반이 넘었다.', '받은 가구가 마을 전체의 절반이 넘었다.'),
    ('ko', '지원 물자는 아직 안 왔다고 주민들은 말했다.', '왔다고 주민들은 말했다.'),
    ('ko', '학교 안 가는 아이들이 지난해보다 크게 늘었다.', '가는 아이들이 지난해보다 크게 늘었다.'),
    ('ko', '그는 장세를 안 내는 상인들을 따로 불러 단속했다.', '내는 상인들을 따로 불러 단속했다.'),
    ('ko', '우리는 사흘 동안 밥 안 먹고 산을 넘었다고 그녀는 회상했다.', '먹고 산을 넘었다고 그녀는 회상했다.'),
    ('ko', '말 안 듣는 사람은 바로 끌려갔다.', '듣는 사람은 바로 끌려갔다.'),
    ('ko', '일 안 하는 사람에게는 배급도 없었다.', '하는 사람에게는 배급도 없었다.'),
    ('ko', '그는 공장 안 나간 지 석 달이 됐다고 했다.', '나간 지 석 달이 됐다고 했다.'),
    ('ko', '아이는 겁이 나서 집 안 들어가고 밖에서 엄마를 기다렸다.', '들어가고 밖에서 엄마를 기다렸다.'),
    ('ko', '단속이 심해진 뒤로 장마당 안 가 본 지 오래됐다고 했다.', '가 본 지 오래됐다고 했다.'),
    ('ko', '돈 안 내면 검문소를 통과시켜 주지 않았다.', '내면 검문소를 통과시켜 주지 않았다.'),
    ('ko', '간부들은 결국 중앙의 지시를 안 따랐고, 그 결과 모두 철직됐다.', '따랐고, 그 결과 모두 철직됐다.'),
    ('ko', '그 사람은 끝까지 자기 이름을 안 밝혔고 보위부도 신원을 확인하지 못했다.', '밝혔고 보위부도 신원을 확인하지 못했다.'),
    ('ko', '그때는 살기 위해서 안 해 본 일이 없었다.', '해 본 일이 없었다.'),
    ('ko', '우리 반에서는 아무도 탈북 얘기를 안 꺼냈지만 다들 속으로는 생각하고 있었다.', '꺼냈지만 다들 속으로는 생각하고 있었다.'),
    ('ko', '보위원은 그 일을 안 할 수 없었다고 털어놓았다.', '할 수 없었다고 털어놓았다.'),
    ('ko', '배급소에는 그날 아무도 안 나타났고 창고 문은 잠겨 있었다.', '나타났고 창고 문은 잠겨 있었다.'),
    ('ko', '쌀을 안 받은 가구가 마을 전체의 절반이 넘었다.', '쌀을 받은 가구가 마을 전체의 절반이 넘었다.'),
    ('ko', '학교 안 가는 아이들이 지난해보다 크게 늘었다.', '학교 가는 아이들이 지난해보다 크게 늘었다.'),
    ('ko', '쌀을 안 받은 가구가 마을 전체의 절반이 넘었다.', '쌀을 … 받은 가구가 마을 전체의 절반이 넘었다.'),
    ('ko', '수용소 안 생활은 상상 이상으로 가혹했다고 그는 증언했다.', '수용소 생활은 상상 이상으로 가혹했다고 그는 증언했다.'),
    ('ko', '밥 안 먹고 일하러 나가는 날이 많았다.', '밥 먹고 일하러 나가는 날이 많았다.'),
    ('ko', '우리 동네에는 그해 배급이 한 번도 안 나왔다.', '우리 동네에는 그해 배급이 한 번도 나왔다.'),
    ('ko', '그 공장 안 창고에는 아직 안 뜯은 비료 포대가 쌓여 있었다.', '뜯은 비료 포대가 쌓여 있었다.'),
    ('ko', '그가 탈북을 도왔다고는 안 했다.', '그가 탈북을 도왔다'),
    ('ko', '국경이 다시 열렸다는 소문이 돌았지만 실제로는 안 열렸다.', '국경이 다시 열렸다'),
    ('ko', '보위원들은 집 안 들어오고 문 앞에서 돌아갔다.', '보위원들은 집 … 들어오고 문 앞에서 돌아갔다.'),
    ('ko', '배급을 못 받은 가구가 절반이 넘었다.', '받은 가구가 절반이 넘었다.'),
    ('ko', '그는 끝내 고향의 가족을 못 만났다고 했다.', '만났다고 했다.'),
    ('ko', '아이들은 겨울 내내 학교에 못 가고 집에서 땔감을 모았다.', '아이들은 겨울 내내 학교에 가고 집에서 땔감을 모았다.'),
    ('ko', '그녀는 돈이 없어 약을 못 샀다.', '그녀는 돈이 없어 약을 … 샀다.'),
    ('ko', '병원에 못 간 환자들은 민간요법에 기댔다.', '간 환자들은 민간요법에 기댔다.'),
    ('ko', '## 증언: 회령 출신 이 모 씨 (52)\n\n"그때는 진짜 밥 안 먹고 버틴 날이 더 많았어요. 공장 안 식당도 문을 닫았으니까요."\n\n이 씨는 2019년 탈북했다.',
     '먹고 버틴 날이 더 많았어요.'),
    ('ko', '- 배급: 2020년 이후 **한 번도** 안 나왔다\n- 전기: 하루 2시간\n- 수돗물: 안 나옴', '배급: 2020년 이후 한 번도 나왔다'),
    ('ko', '탈북민 박 씨는 "공장 안 가면 바로 노동단련대에 보냈다"고 말했다.', '가면 바로 노동단련대에 보냈다'),
    ('ko', '그녀는 "저는 그 사람들 안 믿어요. 한 번도 약속을 지킨 적이 없으니까요"라고 잘라 말했다.', '믿어요. 한 번도 약속을 지킨 적이 없으니까요'),
    ('ko', '주민들은 "차라리 안 받는 게 낫다"며 배급표를 찢었다.', '받는 게 낫다'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'Security forces in Hyesan arrested 15 people in March for using Chinese mobile phones'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'Fines ranged from 500 to 10,000 yuan.'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'Thirteen of those arrested were sent to a labour-training camp.'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'A local source said the crackdown was ordered by Pyongyang, not by the provincial security bureau.'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'the crackdown was ordered by … Pyongyang'),
    ('en',
     '## Border crackdown in Ryanggang\n\nSecurity forces in **Hyesan** arrested *at least 15* people in March for '
     'using Chinese mobile phones, according to [Daily NK](https://www.dailynk.com/english/).\n\n- Fines ranged '
     'from 500 to 1,000 yuan.\n- Three of those arrested were sent to a labour-training camp.\n- The others were '
     'released after *self-criticism* sessions.\n\nA local source said the crackdown was ordered by the provincial '
     'security bureau, not by Pyongyang.',
     'All of those arrested were released after self-criticism sessions.'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'My mother survived the winter.'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'Ms Ri crossed the Tumen River in February 2016 and reached Seoul'),
    ('en',
     '# Testimony: Ms Ri, 44, from Musan\n\n> “We ate grass soup for a month,” she said. “My mother didn’t survive '
     'the winter.”\n\nMs Ri crossed the Tumen River in **February 2017** and reached Seoul — via Laos and Thailand '
     '— in September.\n\nShe says she paid a broker 8,000 yuan, roughly $1,200 at the time.',
     'she paid a broker 8,000 yuan, roughly $12,000 at the time'),
    ('en',
     '### Food prices, Q2 2023\n\n| Item | Price |\n|---|---|\n| Rice (1 kg) | 6,000 won |\n| Maize (1 kg) | 3,100 '
     'won |\n\nRice and maize prices doubled between April and June. The state ration was cut in half in May, and '
     'only for the third time since 2011 was it restored within a month.\n\nPrices rose by 20 to 30 percent in the '
     'border towns, which depend on Chinese imports.',
     'Maize and rice prices doubled between April and June.'),
    ('en',
     '### Food prices, Q2 2023\n\n| Item | Price |\n|---|---|\n| Rice (1 kg) | 6,000 won |\n| Maize (1 kg) | 3,100 '
     'won |\n\nRice and maize prices doubled between April and June. The state ration was cut in half in May, and '
     'only for the third time since 2011 was it restored within a month.\n\nPrices rose by 20 to 30 percent in the '
     'border towns, which depend on Chinese imports.',
     'Rice and maize prices tripled between April and June.'),
    ('en',
     '### Food prices, Q2 2023\n\n| Item | Price |\n|---|---|\n| Rice (1 kg) | 6,000 won |\n| Maize (1 kg) | 3,100 '
     'won |\n\nRice and maize prices doubled between April and June. The state ration was cut in half in May, and '
     'only for the third time since 2011 was it restored within a month.\n\nPrices rose by 20 to 30 percent in the '
     'border towns, which depend on Chinese imports.',
     'Prices rose by 30 percent in the border towns'),
    ('en', 'Smugglers caught near Onsong carried fake Chinese residence permits.',
     'Smugglers caught near Onsong carried Chinese residence permits.'),
    ('en', 'If the warehouse had been opened in February, no one in the village would have starved.',
     'no one in the village would have starved'),
    ('en', 'Public executions were banned in 2015, at least on paper.', 'Public executions were banned in 2015'),
    ('en', 'The question now is whether the border will reopen to traders in June.',
     'the border will reopen to traders in June'),
    ('en', 'The general was reportedly executed in May by anti-aircraft gun.',
     'The general was executed in May by anti-aircraft gun.'),
    ('en', 'Workers were **un**paid for six months, the foreman said.', 'Workers were paid for six months'),
    ('en', 'The camp held about 2,000 prisoners in 2013, according to satellite analysis.',
     'The camp held about 20,000 prisoners in 2013'),
    ('en', 'The state budget allocated 1.2 billion won to the project.',
     'The state budget allocated 1.2 million won to the project.'),
    ('fr', 'Selon l’ONG, les détenus n’avaient droit qu’à une douche par mois.',
     'les détenus avaient droit à une douche par mois'),
    ('zh', '边境会在六月重新开放吗？当地商人对此并不乐观。', '边境会在六月重新开放'),
    ('ja', '国境は6月に再開されるのだろうか。地元の商人は懐疑的だ。', '国境は6月に再開される'),
    ('ja', '配給は２０２０年以降、一度も支給されていない。', '配給は2020年以降、一度も支給されている。'),
    ('de', 'Nach Angaben der Organisation wurden 2022 mindestens 23 Menschen öffentlich hingerichtet.',
     'wurden 2022 mindestens 32 Menschen öffentlich hingerichtet'),
    ('es', 'La ONG documentó **al menos** 23 ejecuciones públicas en 2022, casi todas por delitos económicos.',
     'todas por delitos económicos'),
    ('ko', '## 혜산 단속\n\n3월 한 달 동안 **최소 15명**이 중국 휴대전화 사용 혐의로 체포됐다고 [데일리NK](https://www.dailynk.com/)가 전했다.',
     '3월 한 달 동안 15명이 중국 휴대전화 사용 혐의로 체포됐다'),
    ('en', 'The labour camp at Chongori was closed in 2019, at least on paper.',
     'The labour camp at Chongori was closed in 2019'),
    ('en', 'The labour camp at Chongori was closed in 2019, at least on paper.',
     'The labour camp at Chongori was closed in 2019 …'),
    ('en', 'Except for the guards, all workers at the mine were paid in March.',
     'all workers at the mine were paid in March.'),
    ('en', 'Except for the guards, all workers at the mine were paid in March.',
     '… all workers at the mine were paid in March.'),
    ('ko', '쌀을 안 받은 가구가 마을 전체의 절반이 넘었다.', '…받은 가구가 마을 전체의 절반이 넘었다.'),
    ('de', 'Angeblich wird die Grenze im Juni wieder geöffnet.', '… wird die Grenze im Juni wieder geöffnet.'),
    ('fr', 'Sauf les gardiens, tous les employés de la mine ont été payés en mars.',
     '… tous les employés de la mine ont été payés en mars.'),
    ('es', 'Salvo los guardias, todos los mineros cobraron en marzo.', '… todos los mineros cobraron en marzo.'),
    ('ru', 'Кроме охранников, все шахтёры получили зарплату в марте.', '… все шахтёры получили зарплату в марте.'),
    ('en',
     '# Border trade collapses as Hyesan market burns\n\n*Seoul, 12 March 2024* — The central market in Hyesan, the '
     'largest in Ryanggang province, was destroyed by fire on 3 March, according to two residents reached by phone '
     'and the Seoul-based outlet [Daily NK](https://www.dailynk.com/).\n\n## What happened\n\nThe fire, which '
     'started in a row of stalls selling Chinese cooking oil, spread quickly through the wooden structures. '
     'Firefighters arrived after about forty minutes, by which time most of the market had burned. No deaths have '
     'been confirmed, although one resident said two elderly traders were missing.\n\nLocal authorities blamed '
     '"careless traders" and arrested three people on 5 March. State media did not report the fire.\n\n## Why it '
     "matters\n\nHyesan's market is, in theory, a state-licensed facility. In practice, it has long been the main "
     'outlet for goods smuggled across the Yalu River, including rice, medicine and mobile phones.\n\nIf the market '
     'is not rebuilt before the spring planting season, analysts say, farmers in the province could lose their main '
     'source of cash income. The provincial committee has promised reconstruction, but it gave no date.\n',
     "Hyesan's market is … a state-licensed facility."),
    ('en', '# Testimony: Ms. Kim, 41, former textile worker from Chongjin\n\n> Interview conducted in Seoul, October '
     '2023. Names have been changed.\n\n## Arrest\n\nI was arrested in the spring of 2017 — I think it was April — '
     'for selling South Korean dramas on USB sticks. Two agents from the State Security Ministry came to our '
     'apartment at night. They did not show any warrant. My husband was not at home; he was working at the '
     'port.\n\n## Detention\n\nThey held me at the Chongjin detention centre for about five months. We slept on the '
     'concrete floor, twenty women in one cell. Were we given blankets? Only in December, and only one for every '
     'three women. The guards beat anyone who talked during the night count.\n\nI was never formally charged. After '
     'five months, I was sent to the labour training camp in Kyongsong, where I worked in a brick factory.\n\n## '
     'Escape\n\nIn 2019, after my release, I paid a broker 15 million won to take me across the Tumen. I crossed on '
     '2 August. My daughter stayed behind with my mother-in-law; I have not heard from her since 2021.\n',
     'I was … formally charged.'),
    ('en',
     '# Detention conditions update\n\nThis note summarises open-source reporting and interviews collected during '
     'the period.\n\nOfficials deny that the camp was closed.\n',
     '… the camp was closed'),
    ('en',
     '# Field report: North Hamgyong\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe camp was closed, at least on paper.\n\nInterview transcripts are available on request.\n',
     'The camp was closed …'),
    ('en',
     '# Situation report: Ryanggang province\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nAll workers were paid except the miners.\n\nThe research desk continues to monitor the '
     'situation.\n',
     'All workers were paid …'),
    ('en', '# Situation report: Ryanggang province\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nIt is rumoured that the governor was arrested in May.\n',
     '… the governor was arrested in May.'),
    ('en',
     '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nHad the dam held, '
     'the village would have survived.\n',
     '… the village would have survived.'),
    ('en',
     '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nAid '
     'will reach the northern provinces only if the road reopens.\n',
     'Aid will reach the northern provinces …'),
    ('en', '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nNobody '
     'believes that wages were paid on time.\n\nThe research desk continues to monitor the situation.\n',
     '… wages were paid on time.'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe regime has never, in its seventy-year history, admitted to running prison camps.\n',
     'The regime has … admitted to running prison camps.'),
    ('en', '# Detention conditions update\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nFood prices, some traders claim without evidence, have doubled since January.\n',
     'Food prices … have doubled since January.'),
    ('en',
     '# Weekly digest\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe inspectors, '
     'except for one who fell ill, visited all twelve sites.\n\nInterview transcripts are available on request.\n',
     'The inspectors … visited all twelve sites.'),
    ('en',
     '# Detention conditions update\n\nFigures below have been rounded; see the annex for the full series.\n\nThe '
     'factory supposedly reopened in May.\n\nFurther updates will follow in the next issue.\n',
     'The factory … reopened in May.'),
    ('en', '# Situation report: Ryanggang province\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nSmugglers sold fake vaccine certificates at the border.\n\nThe research desk continues to monitor '
     'the situation.\n',
     'Smugglers sold … vaccine certificates at the border.'),
    ('en',
     '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe bridge '
     'was not repaired before the rainy season.\n\nInterview transcripts are available on request.\n',
     'The bridge was … repaired before the rainy season.'),
    ('en',
     '# Field report: North Hamgyong\n\nFigures below have been rounded; see the annex for the full series.\n\nThe '
     'camp was closed in 2019.\n\nFurther updates will follow in the next issue.\n',
     'The camp was shut in 2019.'),
    ('en', '# Monthly brief: border and markets\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nRice prices rose 30 percent in March.\n\nThe research desk continues to monitor the situation.\n',
     'Rice prices rose 35 percent in March.'),
    ('en', '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nGuards beat the prisoners every night.\n\nInterview transcripts are available on request.\n',
     'Guards beat the prisoners every day.'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nThe shipment was allegedly seized in Nampo.\n\nInterview transcripts are available on request.\n',
     'The shipment was … seized in Nampo.'),
    ('en', '# Detention conditions update\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nUnless the UN intervenes, the refugees will be sent back.\n\nFurther updates will follow in the '
     'next issue.\n',
     '… the refugees will be sent back.'),
    ('en', '# Field report: North Hamgyong\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nApparently, the minister was dismissed last week.\n\nFurther updates will follow in the next '
     'issue.\n',
     '… the minister was dismissed last week.'),
    ('en', '# Monthly brief: border and markets\n\nFigures below have been rounded; see the annex for the full '
     'series.\n\nIn theory, every citizen receives 700 grams of grain a day.\n\nFurther updates will follow in the '
     'next issue.\n',
     '… every citizen receives 700 grams of grain a day.'),
    ('en',
     '# Situation report: Ryanggang province\n\nSources include state media, satellite imagery and interviews with '
     'recent arrivals.\n\nThe ministry did not say that the border had reopened.\n\nThe research desk continues to '
     'monitor the situation.\n',
     '… the border had reopened'),
    ('en', '# Monthly brief: border and markets\n\nThe following paragraphs were compiled by the research desk in '
     'Seoul.\n\nI doubt the rations ever reached the villages.\n\nFurther updates will follow in the next issue.\n',
     '… the rations ever reached the villages'),
    ('en',
     '# Food security notes\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe prison '
     'was demolished, or so the governor claimed.\n',
     'The prison was demolished …'),
    ('en', '# Food security notes\n\nFigures below have been rounded; see the annex for the full series.\n\nEvery '
     'village, except two near the border, received fertiliser.\n',
     'Every village … received fertiliser.'),
    ('en',
     '# Detention conditions update\n\nThe following paragraphs were compiled by the research desk in Seoul.\n\nThe '
     'new road reached Musan, at least according to the propaganda.\n\nThe research desk continues to monitor the '
     'situation.\n',
     'The new road reached Musan …'),
    ('fr',
     '# Bulletin mensuel\n\nCette note résume des informations publiques et des entretiens recueillis au cours du '
     'mois.\n\nLe ministère dément que le camp ait été fermé.\n',
     '… le camp ait été fermé'),
    ('fr',
     "# Bulletin mensuel\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes arrivées "
     'récemment.\n\nLe camp a été fermé, du moins sur le papier.\n',
     'Le camp a été fermé …'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     'recueillis au cours du mois.\n\nTous les ouvriers ont été payés, sauf les mineurs.\n',
     'Tous les ouvriers ont été payés …'),
    ('fr', "# Conditions de détention\n\nLes sources comprennent la presse d'État et des entretiens avec des personnes "
     'arrivées récemment.\n\nSi le barrage avait tenu, le village aurait survécu.\n',
     '… le village aurait survécu.'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     'recueillis au cours du mois.\n\nLa cargaison a prétendument été saisie à Nampo.\n',
     'La cargaison a … été saisie à Nampo.'),
    ('fr', "# Note de situation : province du Ryanggang\n\nLes sources comprennent la presse d'État et des entretiens "
     'avec des personnes arrivées récemment.\n\nLe camp a été fermé en 2019.\n',
     'Le camp fut fermé en 2019.'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nLas fuentes incluyen medios estatales e imágenes de '
     'satélite.\n\nLas autoridades niegan que el campo haya sido cerrado.\n\nEl seguimiento continúa.\n',
     '… el campo haya sido cerrado'),
    ('es', '# Boletín mensual\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nTodos los obreros '
     'cobraron, excepto los mineros.\n\nEl seguimiento continúa.\n',
     'Todos los obreros cobraron …'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nLas fuentes incluyen medios estatales e imágenes de '
     'satélite.\n\nEl campo fue cerrado, al menos sobre el papel.\n\nEl seguimiento continúa.\n',
     'El campo fue cerrado …'),
    ('es', '# Condiciones de detención\n\nEsta nota resume información pública y entrevistas recogidas durante el '
     'mes.\n\nSi la presa hubiera resistido, la aldea se habría salvado.\n\nEl seguimiento continúa.\n',
     '… la aldea se habría salvado.'),
    ('es', '# Informe de situación: provincia de Ryanggang\n\nEsta nota resume información pública y entrevistas '
     'recogidas durante el mes.\n\nLa fábrica, según rumores sin confirmar, cerró en mayo.\n\nEl seguimiento '
     'continúa.\n',
     'La fábrica … cerró en mayo.'),
    ('es',
     '# Condiciones de detención\n\nLas fuentes incluyen medios estatales e imágenes de satélite.\n\nEl envío fue '
     'supuestamente incautado en Nampo.\n',
     'El envío fue … incautado en Nampo.'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des '
     'Monats zusammen.\n\nAlle Arbeiter wurden bezahlt, außer den Bergleuten.\n',
     'Alle Arbeiter wurden bezahlt …'),
    ('de', '# Haftbedingungen\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des Monats '
     'zusammen.\n\nDas Lager wurde geschlossen, zumindest auf dem Papier.\n\nDie Beobachtung wird fortgesetzt.\n',
     'Das Lager wurde geschlossen …'),
    ('de', '# Lagebericht: Provinz Ryanggang\n\nZu den Quellen gehören Staatsmedien und Satellitenbilder.\n\nHätte der '
     'Damm gehalten, wäre das Dorf verschont geblieben.\n',
     '… wäre das Dorf verschont geblieben.'),
    ('de', '# Haftbedingungen\n\nDiese Notiz fasst öffentlich zugängliche Berichte und Interviews des Monats '
     'zusammen.\n\nDie Fabrik wurde angeblich im Mai geschlossen.\n\nDie Beobachtung wird fortgesetzt.\n',
     'Die Fabrik wurde … im Mai geschlossen.'),
    ('ru',
     '# Ежемесячный бюллетень\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nВласти отрицают, '
     'что лагерь был закрыт.\n',
     '… лагерь был закрыт'),
    ('ru', '# Обзор ситуации: провинция Рянган\n\nВ этой записке обобщены открытые источники и интервью, собранные за '
     'месяц.\n\nВсе рабочие получили зарплату, кроме шахтёров.\n',
     'Все рабочие получили зарплату …'),
    ('ru',
     '# Условия содержания\n\nВ этой записке обобщены открытые источники и интервью, собранные за месяц.\n\nЛагерь '
     'был закрыт, по крайней мере на бумаге.\n',
     'Лагерь был закрыт …'),
    ('ru', '# Ежемесячный бюллетень\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nЕсли бы плотина '
     'выдержала, деревня бы уцелела.\n',
     '… деревня бы уцелела.'),
    ('ru', '# Ежемесячный бюллетень\n\nВ этой записке обобщены открытые источники и интервью, собранные за '
     'месяц.\n\nФабрика, по непроверенным слухам, закрылась.\n\nНаблюдение продолжается.\n',
     'Фабрика … закрылась.'),
    ('ru',
     '# Ежемесячный бюллетень\n\nИсточники включают государственные СМИ и спутниковые снимки.\n\nПомощь дойдёт до '
     'северных провинций, только если дорогу откроют.\n\nНаблюдение продолжается.\n',
     'Помощь дойдёт до северных провинций …'),
    ('zh', '# 形势报告：两江道\n\n资料来源包括官方媒体和卫星图像。\n\n当局否认营地已被关闭。\n', '……营地已被关闭'),
    ('zh', '# 月度简报\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n除矿工外，所有工人都领到了工资。\n\n我们将继续关注事态发展。\n', '……所有工人都领到了工资'),
    ('zh', '# 月度简报\n\n资料来源包括官方媒体和卫星图像。\n\n营地已经关闭，至少在纸面上如此。\n\n我们将继续关注事态发展。\n', '营地已经关闭……'),
    ('zh', '# 月度简报\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n如果大坝没有决堤，村庄本可以幸免。\n\n我们将继续关注事态发展。\n', '……村庄本可以幸免'),
    ('zh', '# 拘留条件\n\n本报告汇总了本月收集的公开信息和访谈内容。\n\n营地于2019年关闭。\n\n我们将继续关注事态发展。\n', '营地于2018年关闭。'),
    ('ja', '# 状況報告：両江道\n\n情報源には国営メディアと衛星画像が含まれる。\n\n当局は収容所が閉鎖されたことを否定している。\n\n引き続き状況を注視する。\n', '…収容所が閉鎖された'),
    ('ja', '# 状況報告：両江道\n\n情報源には国営メディアと衛星画像が含まれる。\n\n炭鉱労働者を除くすべての労働者に賃金が支払われた。\n', '…すべての労働者に賃金が支払われた'),
    ('ja', '# 拘禁状況\n\n情報源には国営メディアと衛星画像が含まれる。\n\nダムが持ちこたえていれば、村は助かっていただろう。\n', '…村は助かっていただろう'),
    ('ja', '# 月例ブリーフ\n\n情報源には国営メディアと衛星画像が含まれる。\n\n道路が再開された場合に限り、援助は北部に届く。\n\n引き続き状況を注視する。\n', '…援助は北部に届く'),
    ('ja', '# 拘禁状況\n\n情報源には国営メディアと衛星画像が含まれる。\n\n収容所は2019年に閉鎖された。\n', '収容所は2018年に閉鎖された。'),
    ('ko', '# 상황 보고: 양강도\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n당국은 수용소가 폐쇄됐다는 보도를 부인했다.\n\n상황을 계속 주시할 예정이다.\n',
     '… 수용소가 폐쇄됐다'),
    ('ko', '# 상황 보고: 양강도\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n광부들을 제외한 모든 노동자가 임금을 받았다.\n\n상황을 계속 주시할 예정이다.\n',
     '… 모든 노동자가 임금을 받았다'),
    ('ko', '# 상황 보고: 양강도\n\n이 보고서는 이번 달 수집한 공개 정보와 면담 내용을 정리한 것이다.\n\n수용소는 적어도 서류상으로는 폐쇄됐다.\n', '수용소는 … 폐쇄됐다'),
    ('ko', '# 월간 브리핑\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n댐이 무너지지 않았더라면 마을은 무사했을 것이다.\n\n상황을 계속 주시할 예정이다.\n',
     '… 마을은 무사했을 것이다'),
    ('ko', '# 구금 실태\n\n출처에는 관영 매체와 위성 사진이 포함된다.\n\n소문에 따르면 도지사가 5월에 체포됐다.\n', '… 도지사가 5월에 체포됐다'),
    ('en', '# Food security notes\n\nSources include state media, satellite imagery and interviews with recent '
     'arrivals.\n\nThe camp was closed in 2019. No, that is wrong: it was merely renamed.\n',
     'The camp was closed in 2019. …'),
    ('fr',
     '# Note de situation : province du Ryanggang\n\nCette note résume des informations publiques et des entretiens '
     "recueillis au cours du mois.\n\nAucun des prisonniers n'a été libéré en 2020.\n\nLe suivi se poursuit.\n",
     "… n'a été libéré en 2020."),
    # the thirteenth blind review (everyday quoting): its faithful and unfaithful quotes
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nAt least 3,000 workers were mobilised to repair the dam near '
     'Sinuiju.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods '
     'for most households outside the capital.\n',
     'At least 300 workers were mobilised to repair the dam near Sinuiju.'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nRice sold for 6,800 won per kilogram in '
     'Hyesan on Monday, traders said.\n\nState media has in recent months stressed the importance of agricultural '
     'production and called on citizens to contribute to a campaign of self-reliance.\n\nCross-border trade has '
     'fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n',
     'Rice sold for 8,600 won per kilogram in Hyesan on Monday'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe World Food Programme estimates that 10.7 million people need food aid.\n\nState '
     'media has in recent months stressed the importance of agricultural production and called on citizens to '
     'contribute to a campaign of self-reliance.\n\nAnalysts in Seoul say the government has sought to reassert '
     'control over private commerce since 2019.\n',
     'The World Food Programme estimates that 17 million people need food aid.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nThe border was sealed in January 2020 to keep '
     'out the coronavirus.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the '
     'won against the yuan affects everything from fuel to rice.\n',
     'The border was sealed in January 2021 to keep out the coronavirus.'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nSecurity agents raided the Hyesan market on 14 March and confiscated dozens of '
     'phones.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nSources in the region communicate with outsiders '
     'using Chinese mobile phones smuggled across the border, a practice that carries heavy penalties.\n',
     'Security agents raided the Hyesan market on 14 May and confiscated dozens of phones.'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nKim '
     'Yo Jong visited the Sinuiju customs office last week, according to state media.\n\nThe province borders '
     "China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen "
     'rivers.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n',
     'Kim Jong Un visited the Sinuiju customs office last week'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nSecurity agents carried out the raids in '
     'Hoeryong over three nights.\n\nLocal markets, known as jangmadang, remain the main source of food and '
     'consumer goods for most households outside the capital.\n\nSatellite imagery reviewed for this report covers '
     'the period from January to September.\n',
     'Security agents carried out the raids in Hyesan over three nights.'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nEach household was ordered to hand over 10 '
     'kilograms of scrap metal.\n\nExchange rates in the border cities are watched closely by traders, who say the '
     'value of the won against the yuan affects everything from fuel to rice.\n\nSources in the region communicate '
     'with outsiders using Chinese mobile phones smuggled across the border, a practice that carries heavy '
     'penalties.\n',
     'Each household was ordered to hand over 10 tonnes of scrap metal.'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nRice prices have risen 40 per cent since '
     'March, according to traders in Hyesan.\n\nCross-border trade has fluctuated sharply since the pandemic, when '
     "authorities sealed the frontier with China.\n\nThe province borders China's Jilin province and has long been "
     'a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     'Rice prices have risen 40 percent since March'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nCorn prices fell 15 percent after the autumn '
     'harvest.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n',
     'Corn prices fell 15 per cent after the autumn harvest.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe authorities have not reopened the '
     'Hyesan market since the fire.\n\nSources in the region communicate with outsiders using Chinese mobile phones '
     'smuggled across the border, a practice that carries heavy penalties.\n\nLocal markets, known as jangmadang, '
     'remain the main source of food and consumer goods for most households outside the capital.\n',
     'The authorities have reopened the Hyesan market since the fire.'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     "September.\n\nWorkers at the Musan mine have never received their full wages.\n\nThe province borders China's "
     'Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n\nThe '
     'report is based on interviews with residents and traders conducted by telephone over several weeks. Names '
     'have been withheld for their safety.\n',
     'Workers at the Musan mine have received their full wages.'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nThe '
     "shipment of fertiliser wasn't inspected at the border.\n\nSources in the region communicate with outsiders "
     'using Chinese mobile phones smuggled across the border, a practice that carries heavy penalties.\n\nSatellite '
     'imagery reviewed for this report covers the period from January to September.\n',
     'The shipment of fertiliser was inspected at the border.'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     "officials.\n\nTraders can't cross the river without paying the guards.\n\nLocal markets, known as jangmadang, "
     'remain the main source of food and consumer goods for most households outside the capital.\n\nState media has '
     'in recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n',
     'Traders can cross the river without paying the guards.'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nThe '
     'factory no longer produces fertiliser for the collective farms.\n\nState media has in recent months stressed '
     'the importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n',
     'The factory produces fertiliser for the collective farms.'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nTraders no longer need travel permits to visit Pyongyang.\n\nState media has in recent months '
     'stressed the importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n',
     'need travel permits to visit Pyongyang'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nFew residents can afford rice at these '
     'prices, a farmer said.\n\nState media has in recent months stressed the importance of agricultural production '
     'and called on citizens to contribute to a campaign of self-reliance.\n\nSources in the region communicate '
     'with outsiders using Chinese mobile phones smuggled across the border, a practice that carries heavy '
     'penalties.\n',
     'residents can afford rice at these prices'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nLittle of the food aid reached the northern '
     'provinces last winter.\n\nThe report is based on interviews with residents and traders conducted by telephone '
     'over several weeks. Names have been withheld for their safety.\n\nInspections are typically carried out by '
     'joint teams of police and party officials.\n',
     'the food aid reached the northern provinces last winter'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     "officials.\n\nNone of the prisoners were released during the amnesty.\n\nThe province borders China's Jilin "
     'province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n\nThe '
     "province borders China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu "
     'and Tumen rivers.\n',
     'the prisoners were released during the amnesty'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nNobody in the village was paid for the work '
     'on the dam.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nSatellite imagery reviewed for this report covers the period from January to September.\n',
     'in the village was paid for the work on the dam'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nThe mine has never fully recovered from the '
     '2016 floods.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe report is based on interviews with residents and traders conducted by telephone '
     'over several weeks. Names have been withheld for their safety.\n',
     'The mine has … fully recovered from the 2016 floods.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe former official probably fled to China in March, two sources '
     'said.\n\nState media has in recent months stressed the importance of agricultural production and called on '
     'citizens to contribute to a campaign of self-reliance.\n\nLocal markets, known as jangmadang, remain the main '
     'source of food and consumer goods for most households outside the capital.\n',
     'The former official fled to China in March'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nBorder guards may have shot two smugglers near the river last month.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the capital.\n\nThe '
     "province borders China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu "
     'and Tumen rivers.\n',
     'Border guards shot two smugglers near the river last month'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nUnconfirmed reports say the director of the mine '
     'was executed in March.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer '
     'goods for most households outside the capital.\n\nState media has in recent months stressed the importance of '
     'agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'the director of the mine was executed in March'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nAccording to rumours circulating in Hyesan, the market will be closed for a month.\n\nExchange '
     'rates in the border cities are watched closely by traders, who say the value of the won against the yuan '
     'affects everything from fuel to rice.\n\nState media has in recent months stressed the importance of '
     'agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'the market will be closed for a month'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nIt is possible that the reactor at Yongbyon '
     'restarted in July.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed '
     "the frontier with China.\n\nThe province borders China's Jilin province and has long been a hub for "
     'smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     'the reactor at Yongbyon restarted in July'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nA defector claimed, without offering evidence, that the guards had poisoned the '
     'well.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nAnalysts in Seoul say the government has sought to '
     'reassert control over private commerce since 2019.\n',
     'the guards had poisoned the well'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     "frontier with China.\n\nSome analysts speculate that Kim Jong Un's daughter has been chosen as his "
     'successor.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n\nSatellite imagery reviewed for this report covers the period from January '
     'to September.\n',
     "Kim Jong Un's daughter has been chosen as his successor"),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe general is thought to have been '
     "purged in the spring.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, "
     'with goods crossing the Yalu and Tumen rivers.\n\nThe report is based on interviews with residents and '
     'traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'The general … have been purged in the spring'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe missile appears to have exploded shortly after launch.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the capital.\n\nThe '
     "province borders China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu "
     'and Tumen rivers.\n',
     'The missile … exploded shortly after launch'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe factory is suspected of producing '
     'missile components.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nState media has in recent months stressed the '
     'importance of agricultural production and called on citizens to contribute to a campaign of self-reliance.\n',
     'The factory … producing missile components'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     "called on citizens to contribute to a campaign of self-reliance.\n\nSeoul's spy agency has yet to confirm "
     'reports that the general was purged.\n\nSatellite imagery reviewed for this report covers the period from '
     'January to September.\n\nExchange rates in the border cities are watched closely by traders, who say the '
     'value of the won against the yuan affects everything from fuel to rice.\n',
     'the general was purged'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nThere is no indication that the border will '
     'reopen this year.\n\nAnalysts in Seoul say the government has sought to reassert control over private '
     'commerce since 2019.\n\nState media has in recent months stressed the importance of agricultural production '
     'and called on citizens to contribute to a campaign of self-reliance.\n',
     'the border will reopen this year'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe ministry called reports that the camp had been closed “a fabrication”.\n\nState '
     'media has in recent months stressed the importance of agricultural production and called on citizens to '
     'contribute to a campaign of self-reliance.\n\nInspections are typically carried out by joint teams of police '
     'and party officials.\n',
     'the camp had been closed'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nResidents scoffed at claims that rations would resume in '
     'June.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     "against the yuan affects everything from fuel to rice.\n\nThe province borders China's Jilin province and has "
     'long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     'rations would resume in June'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nSatellite imagery does not support claims '
     'that the camp has been dismantled.\n\nThe report is based on interviews with residents and traders conducted '
     'by telephone over several weeks. Names have been withheld for their safety.\n\nInspections are typically '
     'carried out by joint teams of police and party officials.\n',
     'the camp has been dismantled'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nNo evidence has emerged that the prisoners were released.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the '
     'capital.\n\nState media has in recent months stressed the importance of agricultural production and called on '
     'citizens to contribute to a campaign of self-reliance.\n',
     'the prisoners were released'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe camp was closed in 2019, a claim contradicted by satellite '
     'imagery showing new guard towers.\n\nLocal markets, known as jangmadang, remain the main source of food and '
     'consumer goods for most households outside the capital.\n\nThe report is based on interviews with residents '
     'and traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'The camp was closed in 2019'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nState media said output at the Komdok mine had doubled. Independent '
     'analysts called the figure implausible.\n\nState media has in recent months stressed the importance of '
     'agricultural production and called on citizens to contribute to a campaign of self-reliance.\n\nExchange '
     'rates in the border cities are watched closely by traders, who say the value of the won against the yuan '
     'affects everything from fuel to rice.\n',
     'output at the Komdok mine had doubled'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nA source told the outlet that 30 soldiers '
     'had defected in May. The outlet later withdrew the story.\n\nSatellite imagery reviewed for this report '
     'covers the period from January to September.\n\nThe report is based on interviews with residents and traders '
     'conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     '30 soldiers had defected in May'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nReports that the guards had been executed '
     "turned out to be a hoax.\n\nThe province borders China's Jilin province and has long been a hub for "
     'smuggling, with goods crossing the Yalu and Tumen rivers.\n\nInspections are typically carried out by joint '
     'teams of police and party officials.\n',
     'the guards had been executed'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nFalse reports that the guards had been executed spread across the city within hours.\n\nLocal '
     'markets, known as jangmadang, remain the main source of food and consumer goods for most households outside '
     'the capital.\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n',
     'the guards had been executed'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nThe rumour that the border would reopen in May '
     'spread quickly among traders.\n\nAnalysts in Seoul say the government has sought to reassert control over '
     'private commerce since 2019.\n\nAnalysts in Seoul say the government has sought to reassert control over '
     'private commerce since 2019.\n',
     'the border would reopen in May'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nNo one knows whether the reactor is operating.\n\nExchange rates in '
     'the border cities are watched closely by traders, who say the value of the won against the yuan affects '
     'everything from fuel to rice.\n\nCross-border trade has fluctuated sharply since the pandemic, when '
     'authorities sealed the frontier with China.\n',
     'the reactor is operating'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nTraders wondered whether the new '
     'banknotes would be withdrawn.\n\nThe report is based on interviews with residents and traders conducted by '
     'telephone over several weeks. Names have been withheld for their safety.\n\nThe report is based on interviews '
     'with residents and traders conducted by telephone over several weeks. Names have been withheld for their '
     'safety.\n',
     'the new banknotes would be withdrawn'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nResidents hope the border will reopen before winter.\n\nInspections are typically carried out '
     'by joint teams of police and party officials.\n\nAnalysts in Seoul say the government has sought to reassert '
     'control over private commerce since 2019.\n',
     'the border will reopen before winter'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nOfficially, the market is closed. In '
     'practice, traders sell from their homes.\n\nThe report is based on interviews with residents and traders '
     'conducted by telephone over several weeks. Names have been withheld for their safety.\n\nThe province borders '
     "China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n",
     'the market is closed'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nIn theory, every worker receives 700 grams of grain a day.\n\nState media has in '
     'recent months stressed the importance of agricultural production and called on citizens to contribute to a '
     'campaign of self-reliance.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer '
     'goods for most households outside the capital.\n',
     'every worker receives 700 grams of grain a day'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nThe government claimed, falsely, that the '
     'outbreak was over by August.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the '
     'won against the yuan affects everything from fuel to rice.\n',
     'the outbreak was over by August'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nKCNA reported that the harvest was the best in a decade. The '
     'claim was widely ridiculed by traders, who said grain prices had doubled.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the '
     'capital.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n',
     'the harvest was the best in a decade'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     "frontier with China.\n\nThe defector's claim that the camp held 50,000 prisoners has been disputed by other "
     'former inmates.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across '
     'the border, a practice that carries heavy penalties.\n',
     'the camp held 50,000 prisoners'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nKim Jong Un has been seriously ill since '
     'the summer, according to a rumour that South Korean intelligence later dismissed.\n\nCross-border trade has '
     'fluctuated sharply since the pandemic, when authorities sealed the frontier with China.\n\nThe province '
     "borders China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen "
     'rivers.\n',
     'Kim Jong Un has been seriously ill since the summer'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe authorities will release the prisoners provided that their '
     'families pay 2,000 dollars.\n\nExchange rates in the border cities are watched closely by traders, who say '
     'the value of the won against the yuan affects everything from fuel to rice.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the capital.\n',
     'The authorities will release the prisoners'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nTraders will be allowed to return to the market '
     "as long as they hold a state licence.\n\nThe province borders China's Jilin province and has long been a hub "
     'for smuggling, with goods crossing the Yalu and Tumen rivers.\n\nThe report is based on interviews with '
     'residents and traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'Traders will be allowed to return to the market'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe border will reopen in June, on condition that no new cases '
     'are reported.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe report is based on interviews with residents and traders '
     'conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'The border will reopen in June'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nRice prices will fall sharply once the border '
     "reopens to trade.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nAnalysts in Seoul say the government has sought to reassert '
     'control over private commerce since 2019.\n',
     'Rice prices will fall sharply'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nUnless the pumps are repaired, the mine will '
     'stay flooded until spring.\n\nSources in the region communicate with outsiders using Chinese mobile phones '
     'smuggled across the border, a practice that carries heavy penalties.\n\nInspections are typically carried out '
     'by joint teams of police and party officials.\n',
     'the mine will stay flooded until spring'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nHas the regime abandoned its ban on private grain sales? Traders '
     'in Hyesan are not sure.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n',
     'The regime has abandoned its ban on private grain sales'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nWill the border reopen before the Lunar '
     'New Year? Few traders expect it to.\n\nThe report is based on interviews with residents and traders conducted '
     'by telephone over several weeks. Names have been withheld for their safety.\n\nSources in the region '
     'communicate with outsiders using Chinese mobile phones smuggled across the border, a practice that carries '
     'heavy penalties.\n',
     'the border will reopen before the Lunar New Year'),
    ('en',
     "# Is Kim Jong Un's daughter his successor?\n\nLocal markets, known as jangmadang, remain the main source of "
     'food and consumer goods for most households outside the capital.\n\nThe price of rice has fallen for three '
     'weeks.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n\nCross-border trade has fluctuated sharply since the '
     'pandemic, when authorities sealed the frontier with China.\n',
     "Kim Jong Un's daughter is his successor"),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nDid '
     'the army shell the village of Tongrim in March? Residents give conflicting accounts.\n\nAnalysts in Seoul say '
     'the government has sought to reassert control over private commerce since 2019.\n\nThe province borders '
     "China's Jilin province and has long been a hub for smuggling, with goods crossing the Yalu and Tumen rivers.\n",
     'the army shell the village of Tongrim in March'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nSecurity officials arrested three smugglers in Hyesan on Monday.\n\nThe smugglers had '
     'been carrying medicine and phones.\n\nTwo officials accused of taking bribes were executed in public the '
     'following week.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe report is based on interviews with residents and traders '
     'conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'Security officials arrested three smugglers in Hyesan on Monday. … were executed in public the following week.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nRice prices in Hyesan rose through the '
     'summer.\n\nCorn prices, by contrast, fell sharply in October.\n\nState media has in recent months stressed '
     'the importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n',
     'Rice prices in Hyesan … fell sharply in October'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe political prison camp at Yodok was closed in 2014, according to former '
     'guards.\n\nCamp 16 in Hwasong, by contrast, has grown. About 20,000 prisoners remain there.\n\nLocal markets, '
     'known as jangmadang, remain the main source of food and consumer goods for most households outside the '
     'capital.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across the '
     'border, a practice that carries heavy penalties.\n',
     'The political prison camp at Yodok was closed in 2014 … About 20,000 prisoners remain there.'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe authorities in Hyesan banned the sale of Chinese phones in '
     'January.\n\nIn Hoeryong, where the rules are looser, traders say they can still sell them openly.\n\nLocal '
     'markets, known as jangmadang, remain the main source of food and consumer goods for most households outside '
     'the capital.\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n',
     'The authorities in Hyesan banned the sale of Chinese phones … traders say they can still sell them openly.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nThe state resumed rations in April, but only for party '
     "members.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     'crossing the Yalu and Tumen rivers.\n\nSources in the region communicate with outsiders using Chinese mobile '
     'phones smuggled across the border, a practice that carries heavy penalties.\n',
     'The state resumed rations in April'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nWorkers were paid in full until last '
     'October, when the factory ran out of cash.\n\nSatellite imagery reviewed for this report covers the period '
     'from January to September.\n\nState media has in recent months stressed the importance of agricultural '
     'production and called on citizens to contribute to a campaign of self-reliance.\n',
     'Workers were paid in full'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nElectricity was supplied around the clock until the generators '
     'broke down in March.\n\nState media has in recent months stressed the importance of agricultural production '
     'and called on citizens to contribute to a campaign of self-reliance.\n\nAnalysts in Seoul say the government '
     'has sought to reassert control over private commerce since 2019.\n',
     'Electricity was supplied around the clock'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nEvery family received a bag of rice for the '
     'holiday, except those of defectors.\n\nSatellite imagery reviewed for this report covers the period from '
     'January to September.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer '
     'goods for most households outside the capital.\n',
     'Every family received a bag of rice for the holiday'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nAll schools in the county were closed, with the '
     'exception of the one in the county seat.\n\nLocal markets, known as jangmadang, remain the main source of '
     'food and consumer goods for most households outside the capital.\n\nLocal markets, known as jangmadang, '
     'remain the main source of food and consumer goods for most households outside the capital.\n',
     'All schools in the county were closed'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     "several weeks. Names have been withheld for their safety.\n\nHyesan's market is the second-largest in "
     'Ryanggang province.\n\nAnalysts in Seoul say the government has sought to reassert control over private '
     'commerce since 2019.\n\nAnalysts in Seoul say the government has sought to reassert control over private '
     'commerce since 2019.\n',
     "Hyesan's market is the largest in Ryanggang province."),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nIt was one of the worst floods in the region in a decade.\n\nInspections are '
     'typically carried out by joint teams of police and party officials.\n\nExchange rates in the border cities '
     'are watched closely by traders, who say the value of the won against the yuan affects everything from fuel to '
     'rice.\n',
     'It was the worst flood in the region in a decade.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nAbout half of the households in the village have no '
     'electricity.\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nInspections are typically carried out by '
     'joint teams of police and party officials.\n',
     'Most of the households in the village have no electricity.'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nSeveral soldiers from the border unit deserted '
     'their posts during the winter.\n\nInspections are typically carried out by joint teams of police and party '
     "officials.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     'crossing the Yalu and Tumen rivers.\n',
     'Many soldiers from the border unit deserted their posts during the winter.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nSome residents have started growing corn on the '
     'hillsides.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n',
     'Most residents have started growing corn on the hillsides.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nRice prices nearly doubled in Hyesan over '
     'the summer.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across '
     'the border, a practice that carries heavy penalties.\n\nLocal markets, known as jangmadang, remain the main '
     'source of food and consumer goods for most households outside the capital.\n',
     'Rice prices doubled in Hyesan over the summer.'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nPrisoners who had served their sentences were released in the amnesty.\n\nLocal '
     'markets, known as jangmadang, remain the main source of food and consumer goods for most households outside '
     'the capital.\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n',
     'Prisoners … were released in the amnesty.'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nTraders caught selling South Korean dramas were fined 500,000 won.\n\nSources in the '
     'region communicate with outsiders using Chinese mobile phones smuggled across the border, a practice that '
     'carries heavy penalties.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n',
     'Traders … were fined 500,000 won.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nSoldiers stationed in Pyongyang receive '
     "full rations, a defector said.\n\nThe province borders China's Jilin province and has long been a hub for "
     'smuggling, with goods crossing the Yalu and Tumen rivers.\n\nThe report is based on interviews with residents '
     'and traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'Soldiers … receive full rations'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nSatellite images show new buildings at the former prison camp near '
     'Yodok.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce since '
     '2019.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the won '
     'against the yuan affects everything from fuel to rice.\n',
     'Satellite images show new buildings at the … prison camp near Yodok.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nGuards were punished after the attempted '
     'escape of 12 prisoners from Camp 25.\n\nThe report is based on interviews with residents and traders '
     'conducted by telephone over several weeks. Names have been withheld for their safety.\n\nSources in the '
     'region communicate with outsiders using Chinese mobile phones smuggled across the border, a practice that '
     'carries heavy penalties.\n',
     'Guards were punished after the … escape of 12 prisoners from Camp 25.'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nResidents protested against the planned demolition of the old '
     "market.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     "crossing the Yalu and Tumen rivers.\n\nThe province borders China's Jilin province and has long been a hub "
     'for smuggling, with goods crossing the Yalu and Tumen rivers.\n',
     'Residents protested against the … demolition of the old market.'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe bridge was partially reopened to '
     'freight traffic in May.\n\nThe report is based on interviews with residents and traders conducted by '
     'telephone over several weeks. Names have been withheld for their safety.\n\nInspections are typically carried '
     'out by joint teams of police and party officials.\n',
     'The bridge was … reopened to freight traffic in May.'),
    ('en',
     '# Border report\n\nInspections are typically carried out by joint teams of police and party officials.\n\nThe '
     'official price of rice is 46 won per kilogram, but rice sells for 6,000 won in the markets.\n\nThe report is '
     'based on interviews with residents and traders conducted by telephone over several weeks. Names have been '
     'withheld for their safety.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n',
     'The … price of rice is 46 won per kilogram'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nFewer than 100 people attended the rally '
     'in Hyesan, a source said.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities '
     'sealed the frontier with China.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n',
     '… 100 people attended the rally in Hyesan'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nTwo soldiers tried to defect across the DMZ on Sunday but were '
     'caught.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the frontier '
     'with China.\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for most '
     'households outside the capital.\n',
     'Two soldiers … defect across the DMZ on Sunday'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nThe mine should reopen in May if the pumps are repaired.\n\nThe '
     'report is based on interviews with residents and traders conducted by telephone over several weeks. Names '
     'have been withheld for their safety.\n\nSatellite imagery reviewed for this report covers the period from '
     'January to September.\n',
     'The mine will reopen in May'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nOfficials said the mine would reopen in '
     'May.\n\nThe report is based on interviews with residents and traders conducted by telephone over several '
     'weeks. Names have been withheld for their safety.\n\nThe report is based on interviews with residents and '
     'traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'the mine reopened in May'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nAuthorities plan to close the Hyesan market in June.\n\nSources in the region '
     'communicate with outsiders using Chinese mobile phones smuggled across the border, a practice that carries '
     'heavy penalties.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n',
     'Authorities closed the Hyesan market in June.'),
    ('fr',
     "# Rapport frontalier\n\nLes médias d'État insistent depuis plusieurs mois sur l'importance de la production "
     "agricole.\n\nLa mine de Musan n'a pas rouvert en mai, selon deux ouvriers.\n\nCe rapport s'appuie sur des "
     "entretiens téléphoniques menés auprès d'habitants et de commerçants de la région frontalière.\n\nCe rapport "
     "s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de commerçants de la région "
     'frontalière.\n',
     'La mine de Musan a rouvert en mai'),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     'pandémie.\n\nLe directeur de la mine aurait été exécuté en mars.\n\nLes marchés locaux, appelés jangmadang, '
     "demeurent la principale source de nourriture pour la plupart des ménages.\n\nLes médias d'État insistent "
     "depuis plusieurs mois sur l'importance de la production agricole.\n",
     'Le directeur de la mine a été exécuté en mars.'),
    ('fr',
     "# Rapport frontalier\n\nLes médias d'État insistent depuis plusieurs mois sur l'importance de la production "
     'agricole.\n\nEnviron 3\xa0000 ouvriers ont été mobilisés pour réparer la digue.\n\nLes marchés locaux, '
     'appelés jangmadang, demeurent la principale source de nourriture pour la plupart des ménages.\n\nLes médias '
     "d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n",
     'Environ 30 000 ouvriers ont été mobilisés pour réparer la digue.'),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     "pandémie.\n\nRien n'indique que la frontière rouvrira cette année.\n\nLes marchés locaux, appelés jangmadang, "
     'demeurent la principale source de nourriture pour la plupart des ménages.\n\nLes marchés locaux, appelés '
     'jangmadang, demeurent la principale source de nourriture pour la plupart des ménages.\n',
     'la frontière rouvrira cette année'),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     "pandémie.\n\nLa frontière rouvrira en juin, à condition qu'aucun nouveau cas ne soit signalé.\n\nLes marchés "
     'locaux, appelés jangmadang, demeurent la principale source de nourriture pour la plupart des ménages.\n\nLes '
     "médias d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n",
     'La frontière rouvrira en juin'),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     'pandémie.\n\nLes rations ont repris en avril, mais seulement pour les membres du Parti.\n\nCe rapport '
     "s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de commerçants de la région "
     'frontalière.\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture pour la '
     'plupart des ménages.\n',
     'Les rations ont repris en avril'),
    ('fr',
     "# Rapport frontalier\n\nCe rapport s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de "
     "commerçants de la région frontalière.\n\nPyongyang nie avoir livré des obus d'artillerie à la Russie.\n\nLes "
     "médias d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n\nLes médias "
     "d'État insistent depuis plusieurs mois sur l'importance de la production agricole.\n",
     "livré des obus d'artillerie à la Russie"),
    ('fr', '# Rapport frontalier\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     'pandémie.\n\nLe régime a-t-il renoncé à interdire la vente privée de céréales ? Les commerçants ne savent '
     'pas.\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture pour la plupart '
     'des ménages.\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la pandémie.\n',
     'Le régime a renoncé à interdire la vente privée de céréales'),
    ('de', '# Grenzbericht\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die meisten Haushalte die wichtigste '
     'Quelle für Lebensmittel.\n\nDie Grenze bei Hyesan wurde im Mai nicht wieder geöffnet.\n\nDer Handel mit China '
     'ist seit der Pandemie stark eingeschränkt.\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die meisten '
     'Haushalte die wichtigste Quelle für Lebensmittel.\n',
     'Die Grenze bei Hyesan wurde im Mai wieder geöffnet.'),
    ('de', '# Grenzbericht\n\nDer Handel mit China ist seit der Pandemie stark eingeschränkt.\n\nDer Direktor der Mine '
     'soll Geld unterschlagen haben.\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die meisten Haushalte '
     'die wichtigste Quelle für Lebensmittel.\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die meisten '
     'Haushalte die wichtigste Quelle für Lebensmittel.\n',
     'Der Direktor der Mine hat Geld unterschlagen.'),
    ('de',
     '# Grenzbericht\n\nDer Handel mit China ist seit der Pandemie stark eingeschränkt.\n\nDie Grenze wird im Juni '
     'geöffnet, falls keine neuen Fälle gemeldet werden.\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die '
     'meisten Haushalte die wichtigste Quelle für Lebensmittel.\n\nStaatsmedien betonen seit Monaten die Bedeutung '
     'der landwirtschaftlichen Produktion.\n',
     'Die Grenze wird im Juni geöffnet'),
    ('de', '# Grenzbericht\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die meisten Haushalte die wichtigste '
     'Quelle für Lebensmittel.\n\nEs gibt keine Belege dafür, dass das Lager in Yodok geschlossen '
     'wurde.\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen '
     'Produktion.\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen Produktion.\n',
     'das Lager in Yodok geschlossen wurde'),
    ('de',
     '# Grenzbericht\n\nDer Handel mit China ist seit der Pandemie stark eingeschränkt.\n\nDie Rationen wurden im '
     'April wieder ausgegeben, aber nur an Parteimitglieder.\n\nStaatsmedien betonen seit Monaten die Bedeutung der '
     'landwirtschaftlichen Produktion.\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die meisten Haushalte '
     'die wichtigste Quelle für Lebensmittel.\n',
     'Die Rationen wurden im April wieder ausgegeben'),
    ('de', '# Grenzbericht\n\nDie örtlichen Märkte, Jangmadang genannt, sind für die meisten Haushalte die wichtigste '
     'Quelle für Lebensmittel.\n\nDie Bewohner erhielten im April keine Rationen.\n\nStaatsmedien betonen seit '
     'Monaten die Bedeutung der landwirtschaftlichen Produktion.\n\nDie örtlichen Märkte, Jangmadang genannt, sind '
     'für die meisten Haushalte die wichtigste Quelle für Lebensmittel.\n',
     'Die Bewohner erhielten im April Rationen.'),
    ('de', '# Grenzbericht\n\nDer Handel mit China ist seit der Pandemie stark eingeschränkt.\n\nDas Ministerium wies '
     'Berichte zurück, wonach das Lager geschlossen worden sei.\n\nDie örtlichen Märkte, Jangmadang genannt, sind '
     'für die meisten Haushalte die wichtigste Quelle für Lebensmittel.\n\nStaatsmedien betonen seit Monaten die '
     'Bedeutung der landwirtschaftlichen Produktion.\n',
     'das Lager geschlossen worden sei'),
    ('es',
     '# Informe fronterizo\n\nEl comercio con China sigue muy restringido desde la pandemia.\n\nLa mina de Musan no '
     'reabrió en mayo, según dos trabajadores.\n\nLos mercados locales, conocidos como jangmadang, siguen siendo la '
     'principal fuente de alimentos para la mayoría de los hogares.\n\nLos medios estatales insisten desde hace '
     'meses en la importancia de la producción agrícola.\n',
     'La mina de Musan reabrió en mayo'),
    ('es',
     '# Informe fronterizo\n\nEl comercio con China sigue muy restringido desde la pandemia.\n\nEl director de la '
     'mina supuestamente fue ejecutado en marzo.\n\nEl informe se basa en entrevistas telefónicas con residentes y '
     'comerciantes de la región fronteriza.\n\nLos medios estatales insisten desde hace meses en la importancia de '
     'la producción agrícola.\n',
     'El director de la mina fue ejecutado en marzo.'),
    ('es', '# Informe fronterizo\n\nEl informe se basa en entrevistas telefónicas con residentes y comerciantes de la '
     'región fronteriza.\n\nNo hay pruebas de que el campo de Yodok haya sido cerrado.\n\nEl comercio con China '
     'sigue muy restringido desde la pandemia.\n\nLos mercados locales, conocidos como jangmadang, siguen siendo la '
     'principal fuente de alimentos para la mayoría de los hogares.\n',
     'el campo de Yodok haya sido cerrado'),
    ('es', '# Informe fronterizo\n\nLos medios estatales insisten desde hace meses en la importancia de la producción '
     'agrícola.\n\nLa frontera se reabrirá en junio, siempre que no se registren nuevos casos.\n\nLos mercados '
     'locales, conocidos como jangmadang, siguen siendo la principal fuente de alimentos para la mayoría de los '
     'hogares.\n\nLos mercados locales, conocidos como jangmadang, siguen siendo la principal fuente de alimentos '
     'para la mayoría de los hogares.\n',
     'La frontera se reabrirá en junio'),
    ('es', '# Informe fronterizo\n\nLos medios estatales insisten desde hace meses en la importancia de la producción '
     'agrícola.\n\nEl Estado reanudó las raciones en abril, pero solo para los miembros del Partido.\n\nEl informe '
     'se basa en entrevistas telefónicas con residentes y comerciantes de la región fronteriza.\n\nLos mercados '
     'locales, conocidos como jangmadang, siguen siendo la principal fuente de alimentos para la mayoría de los '
     'hogares.\n',
     'El Estado reanudó las raciones en abril'),
    ('ru', '# Доклад о границе\n\nДоклад основан на телефонных интервью с жителями и торговцами приграничного '
     'района.\n\nРынок в Хесане не открылся в мае.\n\nГосударственные СМИ в последние месяцы подчёркивают важность '
     'сельскохозяйственного производства.\n\nДоклад основан на телефонных интервью с жителями и торговцами '
     'приграничного района.\n',
     'Рынок в Хесане открылся в мае.'),
    ('ru', '# Доклад о границе\n\nГосударственные СМИ в последние месяцы подчёркивают важность сельскохозяйственного '
     'производства.\n\nДиректор шахты якобы был расстрелян в марте.\n\nДоклад основан на телефонных интервью с '
     'жителями и торговцами приграничного района.\n\nДоклад основан на телефонных интервью с жителями и торговцами '
     'приграничного района.\n',
     'Директор шахты был расстрелян в марте.'),
    ('ru', '# Доклад о границе\n\nТорговля с Китаем остаётся жёстко ограниченной после пандемии.\n\nНет подтверждений '
     'тому, что лагерь в Йодоке закрыт.\n\nМестные рынки, известные как чангмаданы, остаются главным источником '
     'продовольствия для большинства семей.\n\nГосударственные СМИ в последние месяцы подчёркивают важность '
     'сельскохозяйственного производства.\n',
     'лагерь в Йодоке закрыт'),
    ('ru',
     '# Доклад о границе\n\nМестные рынки, известные как чангмаданы, остаются главным источником продовольствия для '
     'большинства семей.\n\nГраница откроется в июне при условии, что не будет новых случаев '
     'заражения.\n\nГосударственные СМИ в последние месяцы подчёркивают важность сельскохозяйственного '
     'производства.\n\nМестные рынки, известные как чангмаданы, остаются главным источником продовольствия для '
     'большинства семей.\n',
     'Граница откроется в июне'),
    ('ru', '# Доклад о границе\n\nГосударственные СМИ в последние месяцы подчёркивают важность сельскохозяйственного '
     'производства.\n\nПайки возобновили в апреле, но только для членов партии.\n\nДоклад основан на телефонных '
     'интервью с жителями и торговцами приграничного района.\n\nДоклад основан на телефонных интервью с жителями и '
     'торговцами приграничного района.\n',
     'Пайки возобновили в апреле'),
    ('ru', '# Доклад о границе\n\nГосударственные СМИ в последние месяцы подчёркивают важность сельскохозяйственного '
     'производства.\n\nВозможно, реактор в Йонбёне был перезапущен в июле.\n\nМестные рынки, известные как '
     'чангмаданы, остаются главным источником продовольствия для большинства семей.\n\nГосударственные СМИ в '
     'последние месяцы подчёркивают важность сельскохозяйственного производства.\n',
     'реактор в Йонбёне был перезапущен в июле'),
    ('zh', '# '
     '边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n茂山铁矿五月没有复工。\n\n被称为“场马当”的地方市场仍然是大多数家庭获取食品的主要来源。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n',
     '茂山铁矿五月复工'),
    ('zh', '# '
     '边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n据说矿长三月被处决。\n\n被称为“场马当”的地方市场仍然是大多数家庭获取食品的主要来源。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n',
     '矿长三月被处决'),
    ('zh', '# 边境报告\n\n本报告基于对边境地区居民和商人的电话采访。\n\n当局否认了劳改营已经关闭的报道。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n本报告基于对边境地区居民和商人的电话采访。\n',
     '劳改营已经关闭'),
    ('zh', '# '
     '边境报告\n\n本报告基于对边境地区居民和商人的电话采访。\n\n惠山的大米价格已上涨到每公斤7000朝鲜元。\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n',
     '惠山的大米价格已上涨到每公斤6000朝鲜元'),
    ('zh', '# '
     '边境报告\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n只要没有新的病例，边境将在六月重新开放。\n\n被称为“场马当”的地方市场仍然是大多数家庭获取食品的主要来源。\n\n本报告基于对边境地'
     '区居民和商人的电话采访。\n',
     '边境将在六月重新开放'),
    ('zh', '# '
     '边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n边境会在春节前重新开放吗？商人们并不乐观。\n\n被称为“场马当”的地方市场仍然是大多数家庭获取食品的主要来源。\n\n近几个月来，官方'
     '媒体一再强调农业生产的重要性。\n',
     '边境会在春节前重新开放'),
    ('zh',
     '# 边境报告\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n配给在四月恢复，但只发给党员。\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n',
     '配给在四月恢复'),
    ('zh',
     '# 边境报告\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n宁边的反应堆可能已在七月重新启动。\n\n本报告基于对边境地区居民和商人的电话采访。\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n',
     '宁边的反应堆已在七月重新启动'),
    ('ja', '# '
     '国境報告\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している。\n\n工場は5月に再開しなかった。\n\n新型コロナの流行以降、中国との国境貿易は厳しく制限されている。\n\nチャンマダ'
     'ンと呼ばれる地方の市場は、多くの世帯にとって主要な食料源となっている。\n',
     '工場は5月に再開した'),
    ('ja', '# '
     '国境報告\n\nこの報告は、国境地域の住民や商人への電話取材に基づいている。\n\n鉱山長が3月に処刑された可能性がある。\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にとって主要な食料源となってい'
     'る。\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にとって主要な食料源となっている。\n',
     '鉱山長が3月に処刑された'),
    ('ja', '# '
     '国境報告\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している。\n\n当局は収容所が閉鎖されたとの報道を否定した。\n\n新型コロナの流行以降、中国との国境貿易は厳しく制限されている。'
     '\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している。\n',
     '収容所が閉鎖された'),
    ('ja', '# '
     '国境報告\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している。\n\n国境は旧正月前に再開されるのか。商人たちは悲観的だ。\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にとって主'
     '要な食料源となっている。\n\nチャンマダンと呼ばれる地方の市場は、多くの世帯にとって主要な食料源となっている。\n',
     '国境は旧正月前に再開される'),
    ('ja', '# '
     '国境報告\n\n新型コロナの流行以降、中国との国境貿易は厳しく制限されている。\n\n新たな感染者が出なければ、国境は6月に再開される。\n\nこの報告は、国境地域の住民や商人への電話取材に基づいている。'
     '\n\n新型コロナの流行以降、中国との国境貿易は厳しく制限されている。\n',
     '国境は6月に再開される'),
    ('ko', '# 국경 보고\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n\n혜산 시장은 5월에 다시 문을 열지 않았다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 '
     '가정의 주요 식량 공급원이다.\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n',
     '혜산 시장은 5월에 다시 문을 열었다'),
    ('ko',
     '# 국경 보고\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n광산장이 3월에 처형됐을 가능성이 있다.\n\n코로나19 이후 중국과의 국경 무역은 '
     '엄격하게 제한되고 있다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 제한되고 있다.\n',
     '광산장이 3월에 처형됐다'),
    ('ko',
     '# 국경 보고\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n당국은 수용소가 폐쇄됐다는 보도를 부인했다.\n\n관영 매체는 최근 몇 달 동안 농업 '
     '생산의 중요성을 거듭 강조해 왔다.\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n',
     '수용소가 폐쇄됐다'),
    ('ko', '# 국경 보고\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 거듭 강조해 왔다.\n\n혜산 시장에서 쌀 1kg 가격이 7,000원까지 올랐다.\n\n이 보고서는 국경 지역 주민과 '
     '상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n',
     '혜산 시장에서 쌀 1kg 가격이 6,000원까지 올랐다'),
    ('ko',
     '# 국경 보고\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n\n신규 확진자가 나오지 않으면 국경은 6월에 재개방된다.\n\n코로나19 이후 중국과의 '
     '국경 무역은 엄격하게 제한되고 있다.\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n',
     '국경은 6월에 재개방된다'),
    ('ar',
     '# تقرير الحدود\n\nأكدت وسائل الإعلام الرسمية في الأشهر الأخيرة أهمية الإنتاج الزراعي.\n\nلم تفتح السلطات سوق '
     'هيسان في مايو.\n\nتظل الأسواق المحلية المصدر الرئيسي للغذاء لمعظم الأسر.\n\nلا تزال التجارة مع الصين مقيدة '
     'بشدة منذ الجائحة.\n',
     'فتحت السلطات سوق هيسان في مايو'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nRice prices rose sharply in Hyesan after the '
     'border closed.\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n',
     'Rice prices fell sharply in Hyesan'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe guards were arrested after the escape.\n\nState media has in recent months '
     'stressed the importance of agricultural production and called on citizens to contribute to a campaign of '
     'self-reliance.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n',
     'The guards were released after the escape.'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nSmuggling increased after the crackdown, traders said.\n\nLocal markets, known as jangmadang, '
     'remain the main source of food and consumer goods for most households outside the capital.\n\nInspections are '
     'typically carried out by joint teams of police and party officials.\n',
     'Smuggling decreased after the crackdown'),
    ('en', '# Border report\n\nState media has in recent months stressed the importance of agricultural production and '
     'called on citizens to contribute to a campaign of self-reliance.\n\nThe market closed on Sunday for the '
     'national holiday.\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nSatellite imagery reviewed for this report '
     'covers the period from January to September.\n',
     'The market opened on Sunday for the national holiday'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nKim Jong Un inspected the Sinpo shipyard on '
     'Friday.\n\nState media has in recent months stressed the importance of agricultural production and called on '
     'citizens to contribute to a campaign of self-reliance.\n\nInspections are typically carried out by joint '
     'teams of police and party officials.\n',
     'Kim Jong Un inspected the Nampo shipyard on Friday.'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nForeign films are popular among young soldiers, a defector said.\n\nInspections are typically '
     'carried out by joint teams of police and party officials.\n\nCross-border trade has fluctuated sharply since '
     'the pandemic, when authorities sealed the frontier with China.\n',
     'Foreign films are popular among older soldiers'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nA woman was executed in Hyesan for selling '
     'phones.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the frontier '
     'with China.\n\nInspections are typically carried out by joint teams of police and party officials.\n',
     'A man was executed in Hyesan for selling phones.'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nDiesel prices doubled in Chongjin in March.\n\nExchange rates in the border cities are watched '
     'closely by traders, who say the value of the won against the yuan affects everything from fuel to '
     "rice.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     'crossing the Yalu and Tumen rivers.\n',
     'Diesel prices tripled in Chongjin in March.'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nWages at the steel mill were cut in half last year.\n\nThe report is based on interviews with '
     'residents and traders conducted by telephone over several weeks. Names have been withheld for their '
     "safety.\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with goods "
     'crossing the Yalu and Tumen rivers.\n',
     'Wages at the steel mill were raised in half last year.'),
    ('en',
     '# Border report\n\nThe report is based on interviews with residents and traders conducted by telephone over '
     'several weeks. Names have been withheld for their safety.\n\nThe authorities lifted the curfew in '
     'Sinuiju.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce since '
     '2019.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the frontier '
     'with China.\n',
     'The authorities imposed the curfew in Sinuiju.'),
    ('fr',
     '# Rapport frontalier\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture '
     "pour la plupart des ménages.\n\nLe prix du riz a baissé à Hyesan en juillet.\n\nLes médias d'État insistent "
     "depuis plusieurs mois sur l'importance de la production agricole.\n\nLe commerce transfrontalier avec la "
     'Chine reste fortement encadré depuis la pandémie.\n',
     'Le prix du riz a augmenté à Hyesan en juillet.'),
    ('de',
     '# Grenzbericht\n\nDer Handel mit China ist seit der Pandemie stark eingeschränkt.\n\nDie Preise für Mais sind '
     'in Hyesan gestiegen.\n\nStaatsmedien betonen seit Monaten die Bedeutung der landwirtschaftlichen '
     'Produktion.\n\nDer Bericht stützt sich auf telefonische Gespräche mit Einwohnern und Händlern in der '
     'Grenzregion.\n',
     'Die Preise für Mais sind in Hyesan gefallen.'),
    ('ru', '# Доклад о границе\n\nТорговля с Китаем остаётся жёстко ограниченной после пандемии.\n\nЦены на кукурузу в '
     'Хесане выросли в июле.\n\nДоклад основан на телефонных интервью с жителями и торговцами приграничного '
     'района.\n\nДоклад основан на телефонных интервью с жителями и торговцами приграничного района.\n',
     'Цены на кукурузу в Хесане упали в июле.'),
    ('zh', '# 边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n惠山的玉米价格七月上涨。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n',
     '惠山的玉米价格七月下跌'),
    ('ko', '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n혜산의 옥수수 가격이 7월에 올랐다.\n\n코로나19 이후 중국과의 국경 무역은 엄격하게 '
     '제한되고 있다.\n\n이 보고서는 국경 지역 주민과 상인들을 대상으로 한 전화 인터뷰를 바탕으로 작성됐다.\n',
     '혜산의 옥수수 가격이 7월에 내렸다'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nOutput at the Komdok mine doubled last year, KCNA claimed, without providing evidence.\n\nThe '
     'report is based on interviews with residents and traders conducted by telephone over several weeks. Names '
     'have been withheld for their safety.\n\nThe report is based on interviews with residents and traders '
     'conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'Output at the Komdok mine doubled last year'),
    ('en',
     '# Border report\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce '
     'since 2019.\n\nDespite claims that the camp had been closed, satellite imagery shows new barracks.\n\nLocal '
     'markets, known as jangmadang, remain the main source of food and consumer goods for most households outside '
     'the capital.\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled across '
     'the border, a practice that carries heavy penalties.\n',
     'the camp had been closed'),
    ('en',
     '# Border report\n\nLocal markets, known as jangmadang, remain the main source of food and consumer goods for '
     'most households outside the capital.\n\nWhile state media insists that the harvest was plentiful, residents '
     'say grain prices have doubled.\n\nState media has in recent months stressed the importance of agricultural '
     'production and called on citizens to contribute to a campaign of self-reliance.\n\nLocal markets, known as '
     'jangmadang, remain the main source of food and consumer goods for most households outside the capital.\n',
     'the harvest was plentiful'),
    ('en', '# Border report\n\nSatellite imagery reviewed for this report covers the period from January to '
     'September.\n\nThe mine reopened in May, a claim analysts called implausible.\n\nThe report is based on '
     'interviews with residents and traders conducted by telephone over several weeks. Names have been withheld for '
     'their safety.\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n',
     'The mine reopened in May'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nState media said the harvest was a record. Satellite data '
     'suggest otherwise.\n\nThe report is based on interviews with residents and traders conducted by telephone '
     'over several weeks. Names have been withheld for their safety.\n\nThe report is based on interviews with '
     'residents and traders conducted by telephone over several weeks. Names have been withheld for their safety.\n',
     'the harvest was a record'),
    ('en', "# Border report\n\nThe province borders China's Jilin province and has long been a hub for smuggling, with "
     'goods crossing the Yalu and Tumen rivers.\n\nTraders are hoping that the border will reopen in the '
     'spring.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce since '
     '2019.\n\nAnalysts in Seoul say the government has sought to reassert control over private commerce since '
     '2019.\n',
     'the border will reopen in the spring'),
    ('en', '# Border report\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nPyongyang dismissed as propaganda reports that its troops had suffered heavy losses.\n\nThe '
     'report is based on interviews with residents and traders conducted by telephone over several weeks. Names '
     'have been withheld for their safety.\n\nAnalysts in Seoul say the government has sought to reassert control '
     'over private commerce since 2019.\n',
     'its troops had suffered heavy losses'),
    ('en',
     '# Border report\n\nCross-border trade has fluctuated sharply since the pandemic, when authorities sealed the '
     'frontier with China.\n\nThe market reopened on Monday, but only to sellers with state licences.\n\nAnalysts '
     'in Seoul say the government has sought to reassert control over private commerce since 2019.\n\nState media '
     'has in recent months stressed the importance of agricultural production and called on citizens to contribute '
     'to a campaign of self-reliance.\n',
     'The market reopened on Monday'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nFood rations were distributed regularly '
     'until the end of 2022.\n\nState media has in recent months stressed the importance of agricultural production '
     'and called on citizens to contribute to a campaign of self-reliance.\n\nLocal markets, known as jangmadang, '
     'remain the main source of food and consumer goods for most households outside the capital.\n',
     'Food rations were distributed regularly'),
    ('en',
     '# Border report\n\nExchange rates in the border cities are watched closely by traders, who say the value of '
     'the won against the yuan affects everything from fuel to rice.\n\nThe factory ran at full capacity until a '
     'power shortage halted its lines in March.\n\nState media has in recent months stressed the importance of '
     'agricultural production and called on citizens to contribute to a campaign of self-reliance.\n\nAnalysts in '
     'Seoul say the government has sought to reassert control over private commerce since 2019.\n',
     'The factory ran at full capacity'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nThe new decree allows private restaurants, but '
     'only in Pyongyang.\n\nThe report is based on interviews with residents and traders conducted by telephone '
     'over several weeks. Names have been withheld for their safety.\n\nSources in the region communicate with '
     'outsiders using Chinese mobile phones smuggled across the border, a practice that carries heavy penalties.\n',
     'The new decree allows private restaurants'),
    ('en', '# Border report\n\nSources in the region communicate with outsiders using Chinese mobile phones smuggled '
     'across the border, a practice that carries heavy penalties.\n\nThe state pays miners 3,000 won a month, '
     'though only on paper.\n\nInspections are typically carried out by joint teams of police and party '
     'officials.\n\nExchange rates in the border cities are watched closely by traders, who say the value of the '
     'won against the yuan affects everything from fuel to rice.\n',
     'The state pays miners 3,000 won a month'),
    ('ru', '# Доклад о границе\n\nГосударственные СМИ в последние месяцы подчёркивают важность сельскохозяйственного '
     'производства.\n\nВ случае новой засухи урожай погибнет.\n\nТорговля с Китаем остаётся жёстко ограниченной '
     'после пандемии.\n\nДоклад основан на телефонных интервью с жителями и торговцами приграничного района.\n',
     'урожай погибнет'),
    ('ru',
     '# Доклад о границе\n\nТорговля с Китаем остаётся жёстко ограниченной после пандемии.\n\nГраница откроется в '
     'июне, если не будет новых случаев.\n\nГосударственные СМИ в последние месяцы подчёркивают важность '
     'сельскохозяйственного производства.\n\nТорговля с Китаем остаётся жёстко ограниченной после пандемии.\n',
     'Граница откроется в июне'),
    ('ru', '# Доклад о границе\n\nГосударственные СМИ в последние месяцы подчёркивают важность сельскохозяйственного '
     'производства.\n\nРынок работал без перебоев до марта, когда его закрыли.\n\nМестные рынки, известные как '
     'чангмаданы, остаются главным источником продовольствия для большинства семей.\n\nГосударственные СМИ в '
     'последние месяцы подчёркивают важность сельскохозяйственного производства.\n',
     'Рынок работал без перебоев'),
    ('zh', '# '
     '边境报告\n\n被称为“场马当”的地方市场仍然是大多数家庭获取食品的主要来源。\n\n工人们一直领到全额工资，直到去年十月工厂资金耗尽。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n本报告基'
     '于对边境地区居民和商人的电话采访。\n',
     '工人们一直领到全额工资'),
    ('zh', '# 边境报告\n\n自疫情以来，与中国的边境贸易一直受到严格限制。\n\n如果雨继续下，大坝将会决堤。\n\n近几个月来，官方媒体一再强调农业生产的重要性。\n\n本报告基于对边境地区居民和商人的电话采访。\n',
     '大坝将会决堤'),
    ('fr',
     "# Rapport frontalier\n\nCe rapport s'appuie sur des entretiens téléphoniques menés auprès d'habitants et de "
     "commerçants de la région frontalière.\n\nLes ouvriers ont été payés intégralement jusqu'en octobre "
     'dernier.\n\nLes marchés locaux, appelés jangmadang, demeurent la principale source de nourriture pour la '
     'plupart des ménages.\n\nLe commerce transfrontalier avec la Chine reste fortement encadré depuis la '
     'pandémie.\n',
     'Les ouvriers ont été payés intégralement'),
    ('ja', '# '
     '国境報告\n\nこの報告は、国境地域の住民や商人への電話取材に基づいている。\n\n感染者が出なかった場合、国境は6月に再開される。\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している。'
     '\n\n国営メディアはここ数か月、農業生産の重要性を繰り返し強調している。\n',
     '国境は6月に再開される'),
    ('ko',
     '# 국경 보고\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n\n비가 계속 내리면 댐이 무너질 것이다.\n\n관영 매체는 최근 몇 달 동안 농업 생산의 중요성을 '
     '거듭 강조해 왔다.\n\n장마당으로 불리는 지역 시장은 여전히 대부분 가정의 주요 식량 공급원이다.\n',
     '댐이 무너질 것이다'),
    # the fourteenth blind review (false alarms near look-alike words; more wordings)
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province '
     'last week. He was accompanied by senior party officials.\n\nRations of 300 grams a day will be distributed '
     'until the autumn harvest, the source said.\n\nThe Ministry of Unification in Seoul said 196 defectors reached '
     'South Korea last year, up from 67 the year before. Most of them were women.\n',
     'Rations of 300 grams a day will be distributed'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nThe border will stay open to freight until the end of '
     'October.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n',
     'The border will stay open to freight'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nTraders may sell rice in the Sunchon market until noon, after which security officials clear the '
     'stalls.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n',
     'Traders may sell rice in the Sunchon market'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nForeign tourists are allowed to visit Rason until the new quarantine rules take effect in '
     'May.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. He '
     'spoke to the outlet by a Chinese mobile phone.\n',
     'Foreign tourists are allowed to visit Rason'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nStudents are exempt from farm mobilisation until they turn 17.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'Students are exempt from farm mobilisation'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nThe hospital will provide free treatment until its stocks of medicine run out.\n\nThe source, who '
     'asked not to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a '
     'Chinese mobile phone.\n',
     'The hospital will provide free treatment'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nMobile phone calls to China are tolerated in Hyesan until a '
     'new inspection team arrives.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the '
     'report. Their accounts were checked against each other where possible.\n',
     'Mobile phone calls to China are tolerated in Hyesan'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nThe ban on private grain sales remains in force until the harvest is complete.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'The ban on private grain sales remains in force'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe school will remain open until the spring, when it is due to be demolished.\n\nNorth Korea '
     'has tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'The school will remain open'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nElectricity is now supplied 24 hours a day, but only in central Pyongyang.\n\nRice and corn '
     'prices in Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice '
     'sold for 6,200 won in early May.\n',
     'Electricity is now supplied 24 hours a day'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n\nPrivate plots were legalised in 2014, though only for '
     'households with disabled members.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South '
     'Korea last year, up from 67 the year before. Most of them were women.\n',
     'Private plots were legalised in 2014'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nInternet access was granted to students, but only to those at Kim Il Sung '
     'University.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n',
     'Internet access was granted to students'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nForeign currency may be used, but only in designated state shops.\n\nRice and corn prices in '
     'Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for '
     '6,200 won in early May.\n',
     'Foreign currency may be used'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party officials.\n\nThe '
     'amnesty covers political prisoners, but only those sentenced before 2010.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'The amnesty covers political prisoners'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n\nTravel permits are being issued again, though only to '
     'traders with party connections.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South '
     'Korea last year, up from 67 the year before. Most of them were women.\n',
     'Travel permits are being issued again'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nWorkers receive a full ration, but solely on days they meet the quota.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'Workers receive a full ration'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nCars can cross the Sino-Korean Friendship Bridge again, albeit only on weekdays.\n\nNorth Korea '
     'has tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'Cars can cross the Sino-Korean Friendship Bridge again'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n\nThe '
     'ban on Chinese mobile phones was lifted, but only for trade officials.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n',
     'The ban on Chinese mobile phones was lifted'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n\nFarmers may keep 30% of their harvest, provided they first '
     'meet the state quota.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n',
     'Farmers may keep 30% of their harvest'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n\nFarmers hope the new irrigation canal will double yields '
     'this year.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from '
     '67 the year before. Most of them were women.\n',
     'the new irrigation canal will double yields this year'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nMany in Hyesan hope that the border will reopen by spring.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n',
     'the border will reopen by spring'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nRice and corn prices in '
     'Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for '
     '6,200 won in early May.\n\nTraders are hoping prices will fall after the harvest.\n\nResearchers at a '
     'Seoul-based institute interviewed 40 defectors for the report. Their accounts were checked against each other '
     'where possible.\n',
     'prices will fall after the harvest'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe ministry expressed hope that the reactor would be completed this year.\n\nThe Ministry of '
     'Unification in Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of '
     'them were women.\n',
     'the reactor would be completed this year'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nResidents are praying that the dam will hold through the rainy season.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'the dam will hold through the rainy season'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     "women.\n\nDefectors' families hope their relatives in China are safe.\n\nElectricity shortages remain common "
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n',
     'their relatives in China are safe'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nElectricity shortages remain common outside the '
     'capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n\nThe hope '
     'that the talks would resume was dashed in March.\n\nRice and corn prices in Pyongyang markets have been '
     'volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n',
     'the talks would resume'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nLocal officials hope that the new greenhouse farm will feed the whole county.\n\nRice and corn '
     'prices in Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice '
     'sold for 6,200 won in early May.\n',
     'the new greenhouse farm will feed the whole county'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n\nTrade with China will resume once the quarantine is '
     'lifted.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n',
     'Trade with China will resume'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nRations will be restored once the harvest is in, officials said.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'Rations will be restored'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nThe bridge would open to traffic once inspections were '
     'complete.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from '
     '67 the year before. Most of them were women.\n',
     'The bridge would open to traffic'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party officials.\n\nThe '
     'factory will restart as soon as fuel arrives from China.\n\nNorth Korea has tightened controls along its '
     'northern border since 2020, according to defectors who left the country in recent years. Many of them say the '
     'cost of a crossing has tripled.\n',
     'The factory will restart'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nThe army will withdraw from the town as long as the protests stop.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'The army will withdraw from the town'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nElectricity shortages remain common outside '
     'the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nExports of coal will resume only when sanctions are eased.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'Exports of coal will resume'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n\nNew passports will be issued on condition that applicants '
     'pass a loyalty check.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n',
     'New passports will be issued'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nElectricity shortages remain common outside the '
     'capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n\nThe school '
     'will reopen provided enough coal is delivered.\n\nNorth Korea has tightened controls along its northern '
     'border since 2020, according to defectors who left the country in recent years. Many of them say the cost of '
     'a crossing has tripled.\n',
     'The school will reopen'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nShould the rains fail again, rice prices will double by summer.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'rice prices will double by summer'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nUnless aid arrives, thousands will starve this winter.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n',
     'thousands will starve this winter'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nElectricity shortages remain common outside '
     'the capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n\nIn the '
     'event of another drought, the reservoir will run dry.\n\nThe Ministry of Unification in Seoul said 196 '
     'defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'the reservoir will run dry'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nAssuming the border reopens, trade will recover by June.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'trade will recover by June'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe planned closure of the Hyesan market has angered traders.\n\nState media reported that Kim '
     'Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n',
     'closure of the Hyesan market has angered traders'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nThe source, who asked not to be named '
     'for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nAn attempted escape by 12 prisoners from Camp 16 ended in a shoot-out.\n\nState media reported that '
     'Kim Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior '
     'party officials.\n',
     'escape by 12 prisoners from Camp 16 ended in a shoot-out'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nRice and corn prices in Pyongyang markets have been volatile, according to data collected by '
     'Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe attempted defection of a North Korean '
     'diplomat in Rome was reported by Italian media.\n\nElectricity shortages remain common outside the capital, '
     'residents say. Many households rely on small solar panels bought from Chinese traders.\n',
     'defection of a North Korean diplomat in Rome was reported by Italian media'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe proposed transfer of 5,000 workers to Russia has alarmed human rights groups.\n\nRice and '
     'corn prices in Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of '
     'rice sold for 6,200 won in early May.\n',
     'transfer of 5,000 workers to Russia has alarmed human rights groups'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe planned demolition of the old Hyesan station drew protests from residents.\n\nThe Ministry '
     'of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of '
     'them were women.\n',
     'demolition of the old Hyesan station drew protests from residents'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n\nLittle of the aid reached the villages in Ryanggang province.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n',
     'the aid reached the villages in Ryanggang province'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n\nHardly any of the fertiliser arrived before planting.\n\nThe '
     'source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. He spoke to the '
     'outlet by a Chinese mobile phone.\n',
     'the fertiliser arrived before planting'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nRice and corn prices in Pyongyang markets have '
     'been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nFew of the returnees were allowed to go home.\n\nElectricity shortages remain common outside the '
     'capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n',
     'the returnees were allowed to go home'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n\nNot much of the money reached the miners.\n\nResearchers at a '
     'Seoul-based institute interviewed 40 defectors for the report. Their accounts were checked against each other '
     'where possible.\n',
     'the money reached the miners'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nOnly a fraction of the harvest was delivered to the state.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were women.\n',
     'the harvest was delivered to the state'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe source, who asked not to be '
     'named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nPrecious little of the rice sent by China was given to civilians.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'the rice sent by China was given to civilians'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe general, it is said, keeps $2 million in a Chinese bank.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'keeps $2 million in a Chinese bank'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nThe new governor, rumour has it, owes his post to his uncle in the '
     'Central Committee.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in '
     'Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'owes his post to his uncle in the Central Committee'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nState media reported that Kim Jong Un inspected '
     'a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party officials.\n\nThe '
     'story goes that the governor was sacked for hiding rice.\n\nNorth Korea has tightened controls along its '
     'northern border since 2020, according to defectors who left the country in recent years. Many of them say the '
     'cost of a crossing has tripled.\n',
     'the governor was sacked for hiding rice'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nWord has it that the new prison in Onsong holds 3,000 inmates.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n',
     'the new prison in Onsong holds 3,000 inmates'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     "possible.\n\nThe rumour that the leader's sister had been demoted spread quickly in Pyongyang.\n\nElectricity "
     'shortages remain common outside the capital, residents say. Many households rely on small solar panels bought '
     'from Chinese traders.\n',
     "the leader's sister had been demoted"),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nRumours that rice prices will double have led to panic buying.\n\nState media reported that Kim '
     'Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n',
     'rice prices will double'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n\nUnconfirmed rumours say the general has fled to '
     'Russia.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n',
     'the general has fled to Russia'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nRice and corn prices in Pyongyang markets '
     'have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nThe governor was sacked, so the story goes.\n\nNorth Korea has tightened controls along its northern '
     'border since 2020, according to defectors who left the country in recent years. Many of them say the cost of '
     'a crossing has tripled.\n',
     'The governor was sacked'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     "possible.\n\nThe leader's sister, it is rumoured, has been demoted.\n\nElectricity shortages remain common "
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n',
     'has been demoted'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n\nThere is gossip in the market that the currency will be '
     'revalued.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n',
     'the currency will be revalued'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nRice and corn prices in Pyongyang markets '
     'have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nWhile the government maintains that rations are distributed monthly, defectors say none have arrived '
     'since 2021.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in '
     'Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'rations are distributed monthly'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n\nAlthough officials insist that the camp has closed, '
     'satellite images show new barracks.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South '
     'Korea last year, up from 67 the year before. Most of them were women.\n',
     'the camp has closed'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     "were checked against each other where possible.\n\nEven as KCNA claims that output doubled, the mine's "
     'workers have not been paid.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea '
     'last year, up from 67 the year before. Most of them were women.\n',
     'output doubled'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nWhereas the ministry asserts that the water is safe, dozens of residents have fallen ill.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'the water is safe'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nRice and corn prices in '
     'Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for '
     '6,200 won in early May.\n\nWhile Pyongyang insists that no one starved, aid workers counted dozens of '
     'deaths.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n',
     'no one starved'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nDespite claims that the water was safe, 30 people fell '
     'ill.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 the '
     'year before. Most of them were women.\n',
     'the water was safe'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nDespite assurances that the dam would hold, the village was evacuated.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'the dam would hold'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nDespite official reports that the harvest was a record, rice prices rose sharply.\n\nNorth Korea '
     'has tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'the harvest was a record'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile '
     'phone.\n\nIn spite of claims that the camp had been closed, new guard towers were built.\n\nRice and corn '
     'prices in Pyongyang markets have been volatile, according to data collected by Daily NK. A kilogram of rice '
     'sold for 6,200 won in early May.\n',
     'the camp had been closed'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nNorth Korea has tightened controls '
     'along its northern border since 2020, according to defectors who left the country in recent years. Many of '
     'them say the cost of a crossing has tripled.\n\nContrary to official claims that the mine is profitable, '
     'workers have not been paid.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the '
     'report. Their accounts were checked against each other where possible.\n',
     'the mine is profitable'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. Their accounts '
     'were checked against each other where possible.\n\nThe evidence does not bear out claims that the camp was '
     'closed.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South Hamgyong province last '
     'week. He was accompanied by senior party officials.\n',
     'the camp was closed'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nSatellite imagery offers no support for the claim that the reactor was dismantled.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'the reactor was dismantled'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nState television falsely asserted that the typhoon caused no deaths.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'the typhoon caused no deaths'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nThe governor claimed, without evidence, that the harvest had '
     'doubled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n',
     'the harvest had doubled'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nKCNA wrongly reported that the ship had sunk in international waters.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'the ship had sunk in international waters'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nState media reported that Kim Jong '
     'Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe figures do not support the assertion that output rose 20%.\n\nResearchers at a Seoul-based '
     'institute interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n',
     'output rose 20%'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nThe ministry claimed, untruthfully, that all prisoners had been released.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'all prisoners had been released'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe road to Musan has been partially repaired, the source said.\n\nThe source, who asked not to '
     'be named for safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese '
     'mobile phone.\n',
     'The road to Musan has been … repaired'),
    ('en',
     '# Report from the border\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last '
     'year, up from 67 the year before. Most of them were women.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nThe Sinuiju-Dandong rail link was partly restored in March.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n',
     'The Sinuiju-Dandong rail link was … restored in March'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nRice and corn prices in Pyongyang markets '
     'have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nRations were only partly paid in September.\n\nState media reported that Kim Jong Un inspected a '
     'fertiliser plant in South Hamgyong province last week. He was accompanied by senior party officials.\n',
     'Rations were … paid in September'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe dam was only partially completed before the rains.\n\nElectricity shortages remain common '
     'outside the capital, residents say. Many households rely on small solar panels bought from Chinese traders.\n',
     'The dam was … completed before the rains'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nNorth Korea has tightened '
     'controls along its northern border since 2020, according to defectors who left the country in recent years. '
     'Many of them say the cost of a crossing has tripled.\n\nA defector told the newspaper that guards had shot 20 '
     'prisoners at Camp 25. He later admitted he had made up the account.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n',
     'guards had shot 20 prisoners at Camp 25'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nState media reported that Kim Jong Un '
     'inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe source said 3,000 workers had been sent to the Musan mine. The account has since been '
     'discredited.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in '
     'Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     '3,000 workers had been sent to the Musan mine'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nRodong Sinmun reported that grain output rose 15% in 2023. Independent analysts dismissed the '
     'number as propaganda.\n\nThe source, who asked not to be named for safety reasons, works at a trading company '
     'in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n',
     'grain output rose 15% in 2023'),
    ('en', '# Report from the border\n\nElectricity shortages remain common outside the capital, residents say. Many '
     'households rely on small solar panels bought from Chinese traders.\n\nResearchers at a Seoul-based institute '
     'interviewed 40 defectors for the report. Their accounts were checked against each other where '
     'possible.\n\nKCNA said the floods had caused no deaths. Satellite imagery tells a different story.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'the floods had caused no deaths'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nA Chinese trader said 200 North Korean workers had fled the factory in Dandong. The trader '
     'subsequently recanted.\n\nNorth Korea has tightened controls along its northern border since 2020, according '
     'to defectors who left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     '200 North Korean workers had fled the factory in Dandong'),
    ('en', '# Report from the border\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n\nElectricity shortages remain '
     'common outside the capital, residents say. Many households rely on small solar panels bought from Chinese '
     'traders.\n\nThe governor reported a harvest of 1.2 million tonnes. The figure was widely mocked by '
     'farmers.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n',
     'a harvest of 1.2 million tonnes'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nThe source, who asked not to be named for '
     'safety reasons, works at a trading company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nA '
     'local official said the market had been closed for good. He retracted the statement the next '
     'day.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on small '
     'solar panels bought from Chinese traders.\n',
     'the market had been closed for good'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nOfficials said all 300 miners had been rescued. The claim was later shown to be false.\n\nNorth '
     'Korea has tightened controls along its northern border since 2020, according to defectors who left the '
     'country in recent years. Many of them say the cost of a crossing has tripled.\n',
     'all 300 miners had been rescued'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nRice and corn prices in Pyongyang markets '
     'have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in early '
     'May.\n\nA broker said 50 women had been sold to Chinese farmers. She later said she had invented the '
     'story.\n\nNorth Korea has tightened controls along its northern border since 2020, according to defectors who '
     'left the country in recent years. Many of them say the cost of a crossing has tripled.\n',
     '50 women had been sold to Chinese farmers'),
    ('en',
     '# Report from the border\n\nResearchers at a Seoul-based institute interviewed 40 defectors for the report. '
     'Their accounts were checked against each other where possible.\n\nNorth Korea has tightened controls along '
     'its northern border since 2020, according to defectors who left the country in recent years. Many of them say '
     'the cost of a crossing has tripled.\n\nThe court met in Hamhung in March. Three officials were sentenced to '
     'death.\n\nThe Ministry of Unification in Seoul said 196 defectors reached South Korea last year, up from 67 '
     'the year before. Most of them were women.\n',
     'The court met in Hamhung in March. … were sentenced to death.'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nThe Ministry of Unification in '
     'Seoul said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nPolice raided the Sunchon market on Friday. Dozens of traders were detained.\n\nNorth Korea has '
     'tightened controls along its northern border since 2020, according to defectors who left the country in '
     'recent years. Many of them say the cost of a crossing has tripled.\n',
     'Police raided the Sunchon market on Friday. … were detained'),
    ('en',
     '# Report from the border\n\nRice and corn prices in Pyongyang markets have been volatile, according to data '
     'collected by Daily NK. A kilogram of rice sold for 6,200 won in early May.\n\nState media reported that Kim '
     'Jong Un inspected a fertiliser plant in South Hamgyong province last week. He was accompanied by senior party '
     'officials.\n\nThe flood hit Hoeryong in August. Most of the houses in the lower town '
     'collapsed.\n\nElectricity shortages remain common outside the capital, residents say. Many households rely on '
     'small solar panels bought from Chinese traders.\n',
     'The flood hit Hoeryong in August. … collapsed.'),
    ('en', '# Report from the border\n\nNorth Korea has tightened controls along its northern border since 2020, '
     'according to defectors who left the country in recent years. Many of them say the cost of a crossing has '
     'tripled.\n\nThe source, who asked not to be named for safety reasons, works at a trading company in Sinuiju. '
     'He spoke to the outlet by a Chinese mobile phone.\n\nSecurity officials searched the dormitory on Sunday. Two '
     'students were expelled.\n\nState media reported that Kim Jong Un inspected a fertiliser plant in South '
     'Hamgyong province last week. He was accompanied by senior party officials.\n',
     'Security officials searched the dormitory on Sunday. … were expelled.'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     "des femmes.\n\nL'électricité est désormais fournie jour et nuit, mais seulement pour les quartiers du centre "
     "de Pyongyang.\n\nLa source, qui a requis l'anonymat, travaille pour une société de commerce à Sinuiju. Elle "
     "s'est exprimée au moyen d'un téléphone chinois.\n",
     "L'électricité est désormais fournie jour et nuit"),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     "des femmes.\n\nLes rations seront maintenues jusqu'en octobre, a précisé le responsable.\n\nLa source, qui a "
     "requis l'anonymat, travaille pour une société de commerce à Sinuiju. Elle s'est exprimée au moyen d'un "
     'téléphone chinois.\n',
     'Les rations seront maintenues'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     "des femmes.\n\nLe marché restera ouvert jusqu'à la fin de la récolte.\n\nLes prix du riz et du maïs sur les "
     'marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 200 wons début mai.\n',
     'Le marché restera ouvert'),
    ('fr', "# Rapport de la frontière\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient "
     "arrivés au Sud l'an dernier. La plupart sont des femmes.\n\nLes prix du riz et du maïs sur les marchés de "
     'Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 200 wons début mai.\n\nLes '
     'habitants espèrent que la frontière rouvrira au printemps.\n\nLa Corée du Nord a renforcé les contrôles à sa '
     "frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     'aurait triplé.\n',
     'la frontière rouvrira au printemps'),
    ('fr', "# Rapport de la frontière\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient "
     "arrivés au Sud l'an dernier. La plupart sont des femmes.\n\nLa Corée du Nord a renforcé les contrôles à sa "
     "frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     'aurait triplé.\n\nLa rumeur selon laquelle le gouverneur a été limogé circule à Hyesan.\n\nLa source, qui a '
     "requis l'anonymat, travaille pour une société de commerce à Sinuiju. Elle s'est exprimée au moyen d'un "
     'téléphone chinois.\n',
     'le gouverneur a été limogé'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLes prix du riz "
     'et du maïs sur les marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 '
     '200 wons début mai.\n\nMalgré les affirmations selon lesquelles la récolte a été bonne, le prix du riz a '
     "doublé.\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an "
     'dernier. La plupart sont des femmes.\n',
     'la récolte a été bonne'),
    ('fr', "# Rapport de la frontière\n\nLa source, qui a requis l'anonymat, travaille pour une société de commerce à "
     "Sinuiju. Elle s'est exprimée au moyen d'un téléphone chinois.\n\nLa Corée du Nord a renforcé les contrôles à "
     "sa frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     'aurait triplé.\n\nLe général, dit-on, possède deux millions de dollars dans une banque chinoise.\n\nLe '
     "ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La "
     'plupart sont des femmes.\n',
     'possède deux millions de dollars dans une banque chinoise'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     'des femmes.\n\nLe pont a été partiellement rouvert à la circulation.\n\nLes prix du riz et du maïs sur les '
     'marchés de Pyongyang restent très variables, selon Daily NK. Le kilo de riz se vendait 6 200 wons début mai.\n',
     'Le pont a été … rouvert à la circulation'),
    ('fr', '# Rapport de la frontière\n\nLa Corée du Nord a renforcé les contrôles à sa frontière avec la Chine depuis '
     "2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage aurait triplé.\n\nLe ministère "
     "sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an dernier. La plupart sont "
     "des femmes.\n\nLe transfuge a affirmé que 20 prisonniers avaient été fusillés. Il s'est rétracté par la "
     "suite.\n\nLa source, qui a requis l'anonymat, travaille pour une société de commerce à Sinuiju. Elle s'est "
     "exprimée au moyen d'un téléphone chinois.\n",
     '20 prisonniers avaient été fusillés'),
    ('fr', "# Rapport de la frontière\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient "
     "arrivés au Sud l'an dernier. La plupart sont des femmes.\n\nLa source, qui a requis l'anonymat, travaille "
     "pour une société de commerce à Sinuiju. Elle s'est exprimée au moyen d'un téléphone chinois.\n\nLes soldats "
     'seront payés à condition que le quota soit atteint.\n\nLa Corée du Nord a renforcé les contrôles à sa '
     "frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     'aurait triplé.\n',
     'Les soldats seront payés'),
    ('fr', "# Rapport de la frontière\n\nLa source, qui a requis l'anonymat, travaille pour une société de commerce à "
     "Sinuiju. Elle s'est exprimée au moyen d'un téléphone chinois.\n\nLa Corée du Nord a renforcé les contrôles à "
     "sa frontière avec la Chine depuis 2020, selon des transfuges arrivés récemment à Séoul. Le prix d'un passage "
     'aurait triplé.\n\nLes voyages vers la Chine sont de nouveau autorisés, mais seulement pour les commerçants '
     "agréés.\n\nLe ministère sud-coréen de l'Unification a indiqué que 196 transfuges étaient arrivés au Sud l'an "
     'dernier. La plupart sont des femmes.\n',
     'Les voyages vers la Chine sont de nouveau autorisés'),
    ('de',
     '# Bericht von der Grenze\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer '
     'Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nNordkorea hat '
     'die Kontrollen an der Grenze zu China seit 2020 verschärft, berichten Überläufer, die das Land in den letzten '
     'Jahren verlassen haben. Eine Flucht koste heute dreimal so viel.\n\nStrom gibt es jetzt rund um die Uhr, aber '
     'nur in der Innenstadt von Pjöngjang.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen '
     'Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen sind Frauen.\n',
     'Strom gibt es jetzt rund um die Uhr'),
    ('de',
     '# Bericht von der Grenze\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer '
     'Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nNordkorea hat '
     'die Kontrollen an der Grenze zu China seit 2020 verschärft, berichten Überläufer, die das Land in den letzten '
     'Jahren verlassen haben. Eine Flucht koste heute dreimal so viel.\n\nPrivate Felder sind erlaubt, allerdings '
     'nur für Familien von Kriegsveteranen.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen '
     'Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen sind Frauen.\n',
     'Private Felder sind erlaubt'),
    ('de', '# Bericht von der Grenze\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so '
     'Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n\nNordkorea hat die Kontrollen an der Grenze zu China '
     'seit 2020 verschärft, berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht '
     'koste heute dreimal so viel.\n\nDie Lebensmittelrationen werden weiter verteilt, aber nur bis zum Ende des '
     'Monats.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in '
     'Südkorea angekommen seien. Die meisten von ihnen sind Frauen.\n',
     'Die Lebensmittelrationen werden weiter verteilt'),
    ('de',
     '# Bericht von der Grenze\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer '
     'Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nDas '
     'Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen '
     'seien. Die meisten von ihnen sind Frauen.\n\nDie Bewohner hoffen, dass die Grenze im Frühjahr wieder '
     'öffnet.\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, berichten Überläufer, '
     'die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so viel.\n',
     'die Grenze im Frühjahr wieder öffnet'),
    ('de',
     '# Bericht von der Grenze\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer '
     'Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nDie Preise für '
     'Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so Daily NK. Ein Kilo Reis kostete Anfang Mai '
     '6.200 Won.\n\nDer Handel mit China wird wieder aufgenommen, sobald die Quarantäne aufgehoben ist.\n\nDas '
     'Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen '
     'seien. Die meisten von ihnen sind Frauen.\n',
     'Der Handel mit China wird wieder aufgenommen'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea '
     'angekommen seien. Die meisten von ihnen sind Frauen.\n\nDas Gerücht, dass der Gouverneur entlassen wurde, '
     'verbreitete sich schnell.\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so '
     'Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n',
     'der Gouverneur entlassen wurde'),
    ('de', '# Bericht von der Grenze\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so '
     'Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n\nDie Quelle, die aus Sicherheitsgründen anonym '
     'bleiben wollte, arbeitet bei einer Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit '
     'der Redaktion.\n\nTrotz Behauptungen, dass die Ernte gut war, hat sich der Reispreis verdoppelt.\n\nDas '
     'Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 Überläufer in Südkorea angekommen '
     'seien. Die meisten von ihnen sind Frauen.\n',
     'die Ernte gut war'),
    ('de', '# Bericht von der Grenze\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im vergangenen Jahr 196 '
     'Überläufer in Südkorea angekommen seien. Die meisten von ihnen sind Frauen.\n\nNordkorea hat die Kontrollen '
     'an der Grenze zu China seit 2020 verschärft, berichten Überläufer, die das Land in den letzten Jahren '
     'verlassen haben. Eine Flucht koste heute dreimal so viel.\n\nDie Brücke wurde teilweise wieder für den '
     'Verkehr freigegeben.\n\nDie Preise für Reis und Mais auf den Märkten in Pjöngjang schwanken stark, so Daily '
     'NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n',
     'Die Brücke wurde … wieder für den Verkehr freigegeben'),
    ('de',
     '# Bericht von der Grenze\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer '
     'Handelsfirma in Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nNordkorea hat '
     'die Kontrollen an der Grenze zu China seit 2020 verschärft, berichten Überläufer, die das Land in den letzten '
     'Jahren verlassen haben. Eine Flucht koste heute dreimal so viel.\n\nDer Überläufer sagte, 20 Gefangene seien '
     'erschossen worden. Später widerrief er seine Aussage.\n\nDie Preise für Reis und Mais auf den Märkten in '
     'Pjöngjang schwanken stark, so Daily NK. Ein Kilo Reis kostete Anfang Mai 6.200 Won.\n',
     '20 Gefangene seien erschossen worden'),
    ('de', '# Bericht von der Grenze\n\nNordkorea hat die Kontrollen an der Grenze zu China seit 2020 verschärft, '
     'berichten Überläufer, die das Land in den letzten Jahren verlassen haben. Eine Flucht koste heute dreimal so '
     'viel.\n\nDie Quelle, die aus Sicherheitsgründen anonym bleiben wollte, arbeitet bei einer Handelsfirma in '
     'Sinuiju. Sie sprach über ein chinesisches Mobiltelefon mit der Redaktion.\n\nAusländische Touristen dürfen '
     'Rason besuchen, aber nur mit Begleitung.\n\nDas Vereinigungsministerium in Seoul teilte mit, dass im '
     'vergangenen Jahr 196 Überläufer in Südkorea angekommen seien. Die meisten von ihnen sind Frauen.\n',
     'Ausländische Touristen dürfen Rason besuchen'),
    ('es', '# Informe desde la frontera\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo '
     'muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nCorea del '
     'Norte ha reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el '
     'país en los últimos años. El precio de un cruce se ha triplicado.\n\nLa electricidad se suministra ahora las '
     '24 horas, pero solo en el centro de Pyongyang.\n\nEl Ministerio de Unificación de Seúl informó de que 196 '
     'desertores llegaron a Corea del Sur el año pasado. La mayoría eran mujeres.\n',
     'La electricidad se suministra ahora las 24 horas'),
    ('es', '# Informe desde la frontera\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo '
     'muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nCorea del '
     'Norte ha reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el '
     'país en los últimos años. El precio de un cruce se ha triplicado.\n\nLas raciones se mantendrán hasta que '
     'termine la cosecha.\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a Corea '
     'del Sur el año pasado. La mayoría eran mujeres.\n',
     'Las raciones se mantendrán'),
    ('es', '# Informe desde la frontera\n\nLa fuente, que pidió el anonimato por razones de seguridad, trabaja en una '
     'empresa comercial de Sinuiju. Habló con el medio desde un teléfono móvil chino.\n\nCorea del Norte ha '
     'reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el país en los '
     'últimos años. El precio de un cruce se ha triplicado.\n\nEl mercado seguirá abierto hasta octubre.\n\nLos '
     'precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, según Daily NK. El '
     'kilo de arroz se vendía a 6.200 wones a principios de mayo.\n',
     'El mercado seguirá abierto'),
    ('es', '# Informe desde la frontera\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo '
     'muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nLa fuente, '
     'que pidió el anonimato por razones de seguridad, trabaja en una empresa comercial de Sinuiju. Habló con el '
     'medio desde un teléfono móvil chino.\n\nLos vecinos esperan que la frontera se reabra en primavera.\n\nCorea '
     'del Norte ha reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el '
     'país en los últimos años. El precio de un cruce se ha triplicado.\n',
     'la frontera se reabra en primavera'),
    ('es',
     '# Informe desde la frontera\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a '
     'Corea del Sur el año pasado. La mayoría eran mujeres.\n\nLos precios del arroz y del maíz en los mercados de '
     'Pyongyang siguen siendo muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios '
     'de mayo.\n\nEl comercio con China se reanudará una vez que se levante la cuarentena.\n\nCorea del Norte ha '
     'reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el país en los '
     'últimos años. El precio de un cruce se ha triplicado.\n',
     'El comercio con China se reanudará'),
    ('es', '# Informe desde la frontera\n\nCorea del Norte ha reforzado los controles en su frontera con China desde '
     '2020, según desertores que abandonaron el país en los últimos años. El precio de un cruce se ha '
     'triplicado.\n\nLos precios del arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, '
     'según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios de mayo.\n\nEl rumor de que el '
     'gobernador fue destituido se extendió rápidamente.\n\nLa fuente, que pidió el anonimato por razones de '
     'seguridad, trabaja en una empresa comercial de Sinuiju. Habló con el medio desde un teléfono móvil chino.\n',
     'el gobernador fue destituido'),
    ('es', '# Informe desde la frontera\n\nLa fuente, que pidió el anonimato por razones de seguridad, trabaja en una '
     'empresa comercial de Sinuiju. Habló con el medio desde un teléfono móvil chino.\n\nLos precios del arroz y '
     'del maíz en los mercados de Pyongyang siguen siendo muy volátiles, según Daily NK. El kilo de arroz se vendía '
     'a 6.200 wones a principios de mayo.\n\nPese a las afirmaciones de que la cosecha fue buena, el precio del '
     'arroz se duplicó.\n\nCorea del Norte ha reforzado los controles en su frontera con China desde 2020, según '
     'desertores que abandonaron el país en los últimos años. El precio de un cruce se ha triplicado.\n',
     'la cosecha fue buena'),
    ('es', '# Informe desde la frontera\n\nCorea del Norte ha reforzado los controles en su frontera con China desde '
     '2020, según desertores que abandonaron el país en los últimos años. El precio de un cruce se ha '
     'triplicado.\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a Corea del Sur el '
     'año pasado. La mayoría eran mujeres.\n\nEl puente fue parcialmente reabierto al tráfico.\n\nLos precios del '
     'arroz y del maíz en los mercados de Pyongyang siguen siendo muy volátiles, según Daily NK. El kilo de arroz '
     'se vendía a 6.200 wones a principios de mayo.\n',
     'El puente fue … reabierto al tráfico'),
    ('es', '# Informe desde la frontera\n\nLa fuente, que pidió el anonimato por razones de seguridad, trabaja en una '
     'empresa comercial de Sinuiju. Habló con el medio desde un teléfono móvil chino.\n\nCorea del Norte ha '
     'reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el país en los '
     'últimos años. El precio de un cruce se ha triplicado.\n\nEl desertor dijo que 20 presos habían sido '
     'fusilados. Más tarde se retractó.\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores '
     'llegaron a Corea del Sur el año pasado. La mayoría eran mujeres.\n',
     '20 presos habían sido fusilados'),
    ('es',
     '# Informe desde la frontera\n\nEl Ministerio de Unificación de Seúl informó de que 196 desertores llegaron a '
     'Corea del Sur el año pasado. La mayoría eran mujeres.\n\nLos precios del arroz y del maíz en los mercados de '
     'Pyongyang siguen siendo muy volátiles, según Daily NK. El kilo de arroz se vendía a 6.200 wones a principios '
     'de mayo.\n\nLos permisos de viaje se conceden de nuevo, pero solo a los comerciantes del partido.\n\nCorea '
     'del Norte ha reforzado los controles en su frontera con China desde 2020, según desertores que abandonaron el '
     'país en los últimos años. El precio de un cruce se ha triplicado.\n',
     'Los permisos de viaje se conceden de nuevo'),
    ('ru', '# Сообщение с границы\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются нестабильными, по данным Daily '
     'NK. В начале мая килограмм риса стоил 6200 вон.\n\nСеверная Корея с 2020 года ужесточила контроль на границе '
     'с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла '
     'втрое.\n\nЭлектричество теперь подают круглосуточно, но только для центральных районов '
     'Пхеньяна.\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли 196 '
     'перебежчиков. Большинство из них женщины.\n',
     'Электричество теперь подают круглосуточно'),
    ('ru',
     '# Сообщение с границы\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли '
     '196 перебежчиков. Большинство из них женщины.\n\nИсточник, попросивший не называть его имени, работает в '
     'торговой компании в Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nПайки будут '
     'выдавать до марта, сообщил источник.\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, '
     'рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n',
     'Пайки будут выдавать'),
    ('ru', '# Сообщение с границы\n\nИсточник, попросивший не называть его имени, работает в торговой компании в '
     'Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nСеверная Корея с 2020 года ужесточила '
     'контроль на границе с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода '
     'выросла втрое.\n\nТорговцам разрешили продавать рис, но лишь по воскресеньям.\n\nЦены на рис и кукурузу на '
     'рынках Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'Торговцам разрешили продавать рис'),
    ('ru', '# Сообщение с границы\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nМинистерство объединения в '
     'Сеуле сообщило, что в прошлом году в Южную Корею прибыли 196 перебежчиков. Большинство из них '
     'женщины.\n\nЖители надеются, что граница откроется весной.\n\nЦены на рис и кукурузу на рынках Пхеньяна '
     'остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'граница откроется весной'),
    ('ru',
     '# Сообщение с границы\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли '
     '196 перебежчиков. Большинство из них женщины.\n\nСеверная Корея с 2020 года ужесточила контроль на границе с '
     'Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nСлух о '
     'том, что губернатора сняли с должности, быстро распространился.\n\nЦены на рис и кукурузу на рынках Пхеньяна '
     'остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n',
     'губернатора сняли с должности'),
    ('ru',
     '# Сообщение с границы\n\nМинистерство объединения в Сеуле сообщило, что в прошлом году в Южную Корею прибыли '
     '196 перебежчиков. Большинство из них женщины.\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются '
     'нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 вон.\n\nНесмотря на заявления о '
     'том, что урожай был хорошим, цена риса удвоилась.\n\nСеверная Корея с 2020 года ужесточила контроль на '
     'границе с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n',
     'урожай был хорошим'),
    ('ru', '# Сообщение с границы\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nЦены на рис и кукурузу на '
     'рынках Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 '
     'вон.\n\nМост был частично открыт для движения.\n\nМинистерство объединения в Сеуле сообщило, что в прошлом '
     'году в Южную Корею прибыли 196 перебежчиков. Большинство из них женщины.\n',
     'Мост был … открыт для движения'),
    ('ru', '# Сообщение с границы\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются нестабильными, по данным Daily '
     'NK. В начале мая килограмм риса стоил 6200 вон.\n\nИсточник, попросивший не называть его имени, работает в '
     'торговой компании в Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nПеребежчик заявил, '
     'что 20 заключённых были расстреляны. Позднее он отказался от своих слов.\n\nСеверная Корея с 2020 года '
     'ужесточила контроль на границе с Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена '
     'перехода выросла втрое.\n',
     '20 заключённых были расстреляны'),
    ('ru', '# Сообщение с границы\n\nЦены на рис и кукурузу на рынках Пхеньяна остаются нестабильными, по данным Daily '
     'NK. В начале мая килограмм риса стоил 6200 вон.\n\nИсточник, попросивший не называть его имени, работает в '
     'торговой компании в Синыйджу. Он говорил с редакцией по китайскому мобильному телефону.\n\nТорговля с Китаем '
     'возобновится, как только снимут карантин.\n\nСеверная Корея с 2020 года ужесточила контроль на границе с '
     'Китаем, рассказывают перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n',
     'Торговля с Китаем возобновится'),
    ('ru', '# Сообщение с границы\n\nСеверная Корея с 2020 года ужесточила контроль на границе с Китаем, рассказывают '
     'перебежчики, покинувшие страну в последние годы. Цена перехода выросла втрое.\n\nЦены на рис и кукурузу на '
     'рынках Пхеньяна остаются нестабильными, по данным Daily NK. В начале мая килограмм риса стоил 6200 '
     'вон.\n\nВыезд в Китай снова разрешён, но только для членов партии.\n\nМинистерство объединения в Сеуле '
     'сообщило, что в прошлом году в Южную Корею прибыли 196 перебежчиков. Большинство из них женщины.\n',
     'Выезд в Китай снова разрешён'),
    ('zh', '# 边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n现在24小时供电，但只限于平壤市中心。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管'
     '控。偷渡的费用涨了三倍。\n',
     '现在24小时供电'),
    ('zh', '# '
     '边境报道\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n\n口粮将继续发放，'
     '直到秋收为止。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n',
     '口粮将继续发放'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n商人可以在市场卖米，不过仅限'
     '周日。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '商人可以在市场卖米'),
    ('zh', '# 边境报道\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n居民希望边境能在春天重新开'
     '放。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '边境能在春天重新开放'),
    ('zh', '# 边境报道\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n\n有传言说省长已'
     '被撤职。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n',
     '省长已被撤职'),
    ('zh', '# 边境报道\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n尽管官方声称收成很好，米价'
     '还是翻了一番。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n',
     '收成很好'),
    ('zh', '# 边境报道\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n桥梁已部分恢复通车。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '桥梁已…恢复通车'),
    ('zh', '# '
     '边境报道\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n一名脱北者称有20名囚犯被枪'
     '决。他后来收回了这一说法。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '有20名囚犯被枪决'),
    ('zh', '# '
     '边境报道\n\n韩国统一部表示，去年有196名脱北者抵达韩国。其中大多数是女性。\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n一旦解除隔离，与中国的贸易就'
     '会恢复。\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n',
     '与中国的贸易就会恢复'),
    ('zh', '# 边境报道\n\n据Daily '
     'NK报道，平壤市场上的大米和玉米价格波动很大。五月初每公斤大米售价6200朝鲜元。\n\n这位因安全原因要求匿名的消息人士在新义州一家贸易公司工作。他用中国手机接受了采访。\n\n出境许可已恢复发放，但只发'
     '给党员。\n\n据近年来离开朝鲜的脱北者说，自2020年以来，朝鲜加强了对中朝边境的管控。偷渡的费用涨了三倍。\n',
     '出境许可已恢复发放'),
    ('ja', '# '
     '国境からの報告\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。越境の費用は3倍に跳ね上がった。\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半'
     'は女性だった。\n\n雨が降らなければ、今年の収穫は半分になる。\n\n安全上の理由から匿名を条件に取材に応じた情報筋は、新義州の貿易会社に勤めている。中国製の携帯電話で取材に応じた。\n',
     '今年の収穫は半分になる'),
    ('ja', '# '
     '国境からの報告\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半は女性だった。\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めに'
     'はコメ1キロが6200ウォンで売られていた。\n\n輸出が再開されなければ、工場は閉鎖される。\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。越境の費用は3倍に跳ね上がった'
     '。\n',
     '工場は閉鎖される'),
    ('ja', '# '
     '国境からの報告\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めにはコメ1キロが6200ウォンで売られていた。\n\n安全上の理由から匿名を条件に取材に応じた'
     '情報筋は、新義州の貿易会社に勤めている。中国製の携帯電話で取材に応じた。\n\n知事が解任されたといううわさが広がっている。\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。'
     '越境の費用は3倍に跳ね上がった。\n',
     '知事が解任された'),
    ('ja', '# '
     '国境からの報告\n\nデイリーNKによると、平壌の市場ではコメとトウモロコシの価格が大きく変動している。5月初めにはコメ1キロが6200ウォンで売られていた。\n\n脱北者によると、北朝鮮は2020年以降、'
     '中国との国境の管理を強化している。越境の費用は3倍に跳ね上がった。\n\n橋は部分的に通行が再開された。\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半は女性だった。\n',
     '橋は…通行が再開された'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 일하고 있다. 그는 '
     '중국 휴대전화로 취재에 응했다.\n\n비가 오지 않으면 올해 수확량은 절반으로 줄어든다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 배로 '
     '뛰었다.\n',
     '올해 수확량은 절반으로 줄어든다'),
    ('ko',
     '# 국경 소식\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 배로 뛰었다.\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 '
     '대부분은 여성이었다.\n\n배급은 명절 때만 나온다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n',
     '배급은 … 나온다'),
    ('ko',
     '# 국경 소식\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 '
     '무역회사에서 일하고 있다. 그는 중국 휴대전화로 취재에 응했다.\n\n쌀은 국영상점에서만 판매된다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 '
     '배로 뛰었다.\n',
     '쌀은 … 판매된다'),
    ('ko',
     '# 국경 소식\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 일하고 있다. 그는 중국 휴대전화로 취재에 응했다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 '
     '크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 거래됐다.\n\n도지사가 해임됐다는 소문이 돈다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 '
     '세 배로 뛰었다.\n',
     '도지사가 해임됐다'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 일하고 있다. 그는 '
     '중국 휴대전화로 취재에 응했다.\n\n다리는 부분적으로 통행이 재개됐다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 초 쌀 1kg은 6200원에 '
     '거래됐다.\n',
     '다리는 … 통행이 재개됐다'),
    ('ko',
     '# 국경 소식\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n\n데일리NK에 따르면 평양 장마당의 쌀과 옥수수 가격은 크게 요동치고 있다. 5월 '
     '초 쌀 1kg은 6200원에 거래됐다.\n\n할당량을 채우지 않으면 노동자들은 배급을 받지 못한다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 통제를 강화했다. 도강 비용은 세 '
     '배로 뛰었다.\n',
     '노동자들은 배급을 받지 못한다'),
    ('ko',
     '# 국경 소식\n\n안전을 이유로 익명을 요청한 소식통은 신의주의 한 무역회사에서 일하고 있다. 그는 중국 휴대전화로 취재에 응했다.\n\n탈북민들에 따르면 북한은 2020년 이후 중국과의 국경 '
     '통제를 강화했다. 도강 비용은 세 배로 뛰었다.\n\n전기는 평양 중심구역에서만 24시간 공급된다.\n\n통일부는 지난해 196명의 탈북민이 한국에 입국했다고 밝혔다. 이들 대부분은 여성이었다.\n',
     '전기는 … 24시간 공급된다'),
    ('en', '# Report from the border\n\nThe source, who asked not to be named for safety reasons, works at a trading '
     'company in Sinuiju. He spoke to the outlet by a Chinese mobile phone.\n\nThe Ministry of Unification in Seoul '
     'said 196 defectors reached South Korea last year, up from 67 the year before. Most of them were '
     'women.\n\nResidents hoped, in vain, that the army would bring food.\n\nRice and corn prices in Pyongyang '
     'markets have been volatile, according to data collected by Daily NK. A kilogram of rice sold for 6,200 won in '
     'early May.\n',
     'the army would bring food'),
    ('ja', '# '
     '国境からの報告\n\n脱北者によると、北朝鮮は2020年以降、中国との国境の管理を強化している。越境の費用は3倍に跳ね上がった。\n\n韓国統一省は、昨年196人の脱北者が韓国に到着したと発表した。その大半'
     'は女性だった。\n\n国境警備隊に賄賂を渡さなければ、越境はできない。\n\n安全上の理由から匿名を条件に取材に応じた情報筋は、新義州の貿易会社に勤めている。中国製の携帯電話で取材に応じた。\n',
     '越境はできない'),
]


@pytest.mark.parametrize("language, body, quote", REVIEWED_VERIFIED)
def test_reviewed_faithful_quotes_are_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", REVIEWED_APPROXIMATE)
def test_reviewed_unfaithful_quotes_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


def test_a_footnote_mark_left_out_is_highlighted_with_the_words_around_it():
    located = _located("Imports from China¹ rose by 20% in May.", "Imports from China rose by 20%")
    assert located.status is QuoteStatus.VERIFIED
    assert located.passage.parts == ("Imports from China¹ rose by 20%",)


@pytest.mark.parametrize("body, quote, shown", [
    ("The regime fired <em>twelve</em> missiles in May, the JCS said.", "The regime fired twelve missiles in May",
     "The regime fired <em>twelve</em> missiles in May"),
    ("The regime fired twelve missiles<br/>in May.", "twelve missiles in May", "twelve missiles<br/>in May"),
    ("Fired <!-- check --> twelve.", "Fired twelve", "Fired <!-- check --> twelve"),
])
def test_html_tags_in_a_report_are_highlighted_with_the_words_around_them(body, quote, shown):
    found = _located(body, quote, "en")
    assert found.status is QuoteStatus.VERIFIED and found.passage.text == shown


@pytest.mark.parametrize("body, quote, status", [
    ("Security officials arrested three smugglers on Monday.\n\nThe smugglers carried phones.\n\n"
     "Two officials accused of taking bribes were executed the following week.",
     "Security officials arrested three smugglers on Monday. … were executed the following week.",
     QuoteStatus.APPROXIMATE),  # the executed are other people
    ("The mine closed in May. Two officials were arrested.", "The mine closed in May. … were arrested.",
     QuoteStatus.APPROXIMATE),
    ("The mine closed in May. Officials said production had resumed in June.",
     "The mine closed in May. … production had resumed in June.", QuoteStatus.VERIFIED),  # its attribution
    ("The mine closed in May. Two officials were arrested.", "The mine closed in May. … Two officials were arrested.",
     QuoteStatus.VERIFIED),  # a whole sentence
])
def test_an_ellipsis_may_not_leave_out_the_subject_of_the_next_sentence(body, quote, status):
    assert _located(body, quote).status is status
