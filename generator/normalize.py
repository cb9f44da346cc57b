"""Text normalised for comparing quotes with reports, with a map back to the original.

NFKC, case folding, curly quotes and apostrophes, dashes, white space and invisible format
characters are folded, and HTML tags pasted with a report's text left out; `Normalized` maps
each offset of the result to the original text, so a quote found in the normalised report
is highlighted on the report's own characters.
Plain ASCII text, most of an archive, takes a C-speed path; text with a few characters
that NFKC changes folds those character clusters alone.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from generator.lazyre import lazy

# What stands for an apostrophe: curly and low quotes, primes, the full-width one, the
# modifier letters romanisations use for it (McCune–Reischauer Chʼŏngjin U+02BC, Wade–Giles
# and ʻokina U+02BB/U+02BD, transliteration's ʹ ʾ ʿ) and the grave and acute accents that
# keyboards without an apostrophe key type for it.
_SINGLE = "'‘’‚‛′‵＇`´ʹʻʼʽʾʿ\u05f3"  # and the Hebrew geresh
# … and what stands for a double quotation mark: the Hebrew gershayim (צה״ל typed צה"ל), CJK
# corner brackets, double primes, and guillemets single or double (French sets ‹ › off with
# spaces as it does « », and a quote may type either for the other)
_DOUBLE = '"“”„‟″‶«»‹›＂\u05f4「」『』〝〞〟'
_DASHES = "‐‑‒–—―−⁃﹘﹣－"
# Characters a reader takes for others, as a quote may type them: a fraction's slash (NFKC
# makes ¼ "1⁄4"; typed, it is "1/4"), Arabic decimal and thousands marks and per cent sign
# (١٢٫٥ is 12.5), and the middle dots of names and lists (Korean 북ㆍ중 with U+318D, Chinese
# 约翰•史密斯, Japanese ・) as the one "·".
_LOOKALIKES = {"\u2044": "/", "\u2215": "/", "\u066b": ".", "\u066c": ",", "\u066a": "%",
               "\u318d": "\u00b7", "\u2022": "\u00b7", "\u2027": "\u00b7", "\u30fb": "\u00b7", "\uff65": "\u00b7",
               # Persian and Arabic keyboards write one letter two ways; Russian writes ё as е at will
               "\u06a9": "\u0643", "\u06cc": "\u064a", "\u0451": "\u0435", "\u0401": "\u0415",
               # the tildes of ranges ("3〜5%", "3∼5%"): the wave dash and the full-width tilde
               # are one key's character as Japanese encodings swap it, ∼ is Korean's (KS X 1001);
               # the swung dash, the reversed tilde and the wavy dash are typed for them
               "\u301c": "~", "\u223c": "~", "\uff5e": "~", "\u2053": "~", "\u223d": "~", "\u3030": "~",
               # Turkish dotless ı: its capital is I, which folds to i ("KAPALI" of "kapalı")
               "\u0131": "i",
               # Japanese small ke, as in 3ヶ月, written full-size as often (3ケ月)
               "\u30f6": "\u30b1",
               # Greek writes words in capitals without their accent (tonos): "ΟΡΥΧΕΙΟ" of "ορυχείο"
               **dict(zip("άέήίόύώΐΰΆΈΉΊΌΎΏ", "αεηιουωϊϋΑΕΗΙΟΥΩ"))}
# Every character str.isspace() accepts, line and paragraph separators included.
_SPACES = ("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
           "\u2028\u2029\x85\t\n\r\f\v\x1c\x1d\x1e\x1f")
# Full-width forms of ASCII (，（）：１２Ａ), as NFKC maps them: Chinese and Japanese punctuation
# mapped here keeps their text on the fast path of normalize(), which NFKC would leave.
_FULL_WIDTH = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
# One character in, one character out: offsets survive the translation.
_TABLE = str.maketrans(
    {**_FULL_WIDTH, **{c: "'" for c in _SINGLE}, **{c: '"' for c in _DOUBLE},
     **{c: "-" for c in _DASHES}, **{c: " " for c in _SPACES}, **_LOOKALIKES}
)
# Format characters (Unicode category Cf) are invisible and a quote may have them or not:
# bidirectional marks, embeddings and isolates around right-to-left text, the soft hyphen,
# zero-width space and word joiner, a byte order mark, emoji tags. Zero-width joiner and
# non-joiner go too: they only choose how letters are drawn (a Persian half-space, an Indic
# half form, an emoji ZWJ sequence) and a quote retyped, or pasted through a tool that strips
# them, must still match; the letters themselves must still be the same. Kept: the format
# characters that are drawn (prepended concatenation marks such as the Arabic number sign).
_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
                            "\U000110bd\U000110cd")
# str.translate with a dict looks up every character in Python; these do the same mapping
# at C speed: bytes.translate for ASCII text, else one str.replace per mapped character the
# text holds (a membership test each: ~50 of them cost less than one regex pass).
_REPLACEMENTS = tuple((chr(code), char) for code, char in _TABLE.items() if chr(code) != char)
_ASCII_TABLE = bytes.maketrans(*(bytes("".join(side), "ascii")
                                 for side in zip(*(pair for pair in _REPLACEMENTS if pair[0].isascii()))))
# Spelled "  +", not " {2,}": re then searches for the literal two spaces, ~5x faster.
_RUNS = lazy(r"  +")
# Where the text has "--" (a dash as typewriters and plain text write it): runs of hyphens
# are one dash too, so "--" in a quote is the report's "—" (already "-") and the reverse.
# Six times slower to search, so only where "--" is.
_RUNS_OR_DASHES = lazy(r"  +|--+")
# NFKC makes a superscript or subscript digit a digit: written after digits, one would join
# their number ("10²" read as "102", "10⁶ tons" as "106 tons"), so it is marked as raised,
# and so is a raised sign ("10⁻³" is not "10-3").
_RAISED = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉⁻⁺₋₊")
# A superscript digit after a word, or after a sentence's or a quotation's closing mark or a
# per cent sign, is a footnote mark ("China¹", "Kim Jong Un²", "US³", "in 2023.⁴", "“idle”⁵",
# "12%⁶"), as text pasted from a PDF has them: marked as one, as a Markdown footnote's "^1"
# is, so a quote may leave it out. Not after a unit whose power it is (km², hm³, ft², mc²),
# where it is the digit it always was.
_NOTE_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
# Numbers in circles (①, ⓫, ㉑), which NFKC makes bare digits: a list's numbers, set apart as
# "(1)" is, so that "① 200 tonnes" is not 1,200 tonnes written with a space
_ENCLOSED = frozenset(chr(code) for first, last in ((0x2460, 0x2473), (0x24EA, 0x24FF), (0x3251, 0x325F),
                                                    (0x32B1, 0x32BF)) for code in range(first, last + 1))
_NOTE_AFTER = frozenset(".,;:!?%\"'")  # (not ")": "(in m)²" is a power as often)
# (seconds only after a number's space or a slash: "m/s²", not "the 1990s³")
_POWERED = lazy(r"(?<![^\W\d_])(?:[mkcdµnh]?m|dam|mc|sq|ft|in|yd|mi|ha)$|(?<=[\s/])(?:s|sec)$", re.IGNORECASE)


def _note_mark_at(text: str, at: int) -> bool:
    before = text[at - 1] if at else ""
    return before in _NOTE_AFTER or before.isalpha() and _POWERED.search(text, max(0, at - 4), at) is None


# Variation selectors choose how a character is drawn (❤️ is ❤ U+FE0F, emoji or text style,
# an ideograph's variant): a quote pasted with or without them is the same text.
_VARIATION = lazy("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# Emoji and the pictographs around them (with their skin tones), and the older symbols that
# serve as emoji (❤ ✅ ⚠ ✈ ☀ ⭐ ⚡ ♻ ➡ ✌, the ♀ and ♂ of 🤷‍♀️): a social post's "Prices up again
# 😡 in Hyesan" is quoted without them, as its punctuation may be.
_EMOJI_RANGES = (("\u23e9", "\u23fa"), ("\u2600", "\u27bf"), ("\u2b00", "\u2bff"), ("\U0001f000", "\U0001faff"))
_EMOJI = lazy("[" + "".join(f"{a}-{b}" for a, b in _EMOJI_RANGES) + "]")
# Marks a script writes or leaves out at will: Arabic short vowels, shadda, sukun and the
# dagger alif, Quranic annotation, the tatweel that stretches a word; Hebrew vowel points
# and cantillation. News prints them rarely, so a quote may have them where the report does
# not, or the reverse, and be the same words.
_OPTIONAL = ("\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"  # Arabic
             "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7")  # Hebrew
_OPTIONAL_MARKS = lazy(f"[{_OPTIONAL}]")
# Digits of other scripts are the same numbers: "٢٠٢٣" (Arabic-Indic), "२०२३" (Devanagari)
# and "2023" are one year. NFKC maps full-width and mathematical digits already; these are
# the zeros of the other scripts' digits of the Basic Multilingual Plane, each nine more after.
_ZEROS = (0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
          0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
          0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0)
_DIGITS = {zero + value: str(value) for zero in _ZEROS for value in range(10)}
# The ligatures that are letters of their own to Unicode, so NFKC keeps them, but that a
# quote may type as the two letters (French "cœur" as "coeur", "encyclopædia" as "ae").
_EXPANDED = str.maketrans({"œ": "oe", "æ": "ae"})  # (after case folding: Œ is œ)
# The stress marks of Russian and Ukrainian dictionaries and primers ("Режи́м", "замо́к"): no
# Cyrillic vowel composes with them, so after NFKC one left beside a Cyrillic letter is
# only a stress, and a quote may have it or not.
_STRESS = lazy("(?<=[\u0400-\u04ff])[\u0300\u0301]")
# One scan finds text with any of these: most text has none.
_SCRIPT_SPECIFIC = lazy("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _ZEROS) + _OPTIONAL
                        + "œŒæÆ\u0300\u0301]")
_NON_ASCII = lazy(r"[^\x00-\x7f]")
_nfkc = functools.partial(unicodedata.normalize, "NFKC")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and a map from its offsets back to the original's.

    The text is made of pieces; piece k starts at normalised offset breaks[k] and comes
    from original[origins[k]:ends[k]]. A piece that kept its length maps offset by offset;
    one that changed length (ﬃ → ffi, é decomposed, a run of spaces) maps as a whole.
    """

    text: str
    breaks: tuple[int, ...]
    origins: tuple[int, ...]
    ends: tuple[int, ...]

    def _piece(self, index: int) -> tuple[int, int]:
        k = bisect_right(self.breaks, index) - 1
        next_break = self.breaks[k + 1] if k + 1 < len(self.breaks) else len(self.text)
        return k, next_break - self.breaks[k]

    def start(self, index: int) -> int:
        """The original offset where the normalised character at `index` begins."""
        k, length = self._piece(index)
        if length == self.ends[k] - self.origins[k]:
            return self.origins[k] + index - self.breaks[k]
        return self.origins[k]

    def end(self, index: int) -> int:
        """The original offset just after the normalised character at `index - 1`."""
        k, length = self._piece(index - 1)
        if length == self.ends[k] - self.origins[k]:
            return self.origins[k] + index - self.breaks[k]
        return self.ends[k]


def _translate(text: str) -> str:
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
    for char, replacement in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, replacement)
    if _LOOKALIKE.search(text) and _LATIN_LETTER.search(text):
        text = _as_latin(text)
    if any(c in text for c in _COUNTER_KA):
        text = _COUNTER.sub("\u30b1", text)
    return text


# Japanese writes the counter of months, places, countries, years and articles four ways
# (3か月, 3カ月, 3ヶ月, 3箇月; ヶ is ケ already, see _LOOKALIKES): one, after a number.
_COUNTER_KA = "かカヵ箇"
_COUNTER = lazy(r"(?<=[0-9〇一二三四五六七八九十百千])[かカヵ箇](?=[月所国年条])")


def _as_latin(text: str) -> str:
    """`text` with the look-alike letters of each word that mixes scripts taken as letters of
    the script its own letters are in (_script_of)."""
    pieces, done = [], 0
    # (two patterns of one class each: as one alternation, the search takes several times as long)
    for at in sorted(m.start() for pattern in _MIXED for m in pattern.finditer(text)):
        if at < done:
            continue  # a second mix in a word already taken
        start = at
        while start > done and text[start - 1].isalpha():
            start -= 1
        end = _WORD_END.match(text, at).end()
        word = text[start:end]
        pieces += (text[done:start], word.translate(_script_of(word)))
        done = end
    return "".join(pieces) + text[done:] if pieces else text


# A word of Latin letters with Cyrillic or Greek ones that look the same ("nоt", its "о"
# Cyrillic) reads as what it looks like: its look-alikes are taken as letters of the script
# its other letters are in, one for one ("nоt" is "not", "урoжай" with a Latin "o" is
# "урожай"), so that a negation or a name so written is found as the reader sees it.
_AS_LATIN = str.maketrans("аеорсухіјѕԁӏАВЕКМНОРСТХУІЈЅοαεικνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
                          "aeopcyxijsdlABEKMHOPCTXYIJSoaeikvABEZHIKMNOPTYX")
_AS_CYRILLIC = str.maketrans("aeopcyxijsABEKMHOPCTXYIJS", "аеорсухіјѕАВЕКМНОРСТХУІЈЅ")
_AS_GREEK = str.maketrans("oaeikvABEZHIKMNOPTYX", "οαεικνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
# Letters of each script with no twin in another: a word with one of them is of that script
_OWN_LATIN = lazy("[bdfghlmnqrtuwzDFGLQRUVW]")
_OWN_CYRILLIC = lazy("(?![аеорсухіјѕԁӏАВЕКМНОРСТХУІЈЅ])[\u0400-\u052f]")
_OWN_GREEK = lazy("(?![οαεικνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ])[\u0370-\u03ff]")
_GREEK = lazy("[\u0370-\u03ff]")


def _script_of(word: str) -> dict[int, str]:
    """The table that takes a mixed word's look-alike letters into the script its own
    letters are of: "nоt" (n, t) is Latin, "нe" (н) Cyrillic, "δeν" (δ) Greek. A word with
    own letters of two scripts, or none, goes by its most letters."""
    own = [table for table, pattern in ((_AS_LATIN, _OWN_LATIN), (_AS_CYRILLIC, _OWN_CYRILLIC),
                                        (_AS_GREEK, _OWN_GREEK)) if pattern.search(word)]
    if len(own) == 1:
        return own[0]
    latin = len(_LATIN_LETTER.findall(word))
    return _AS_LATIN if 2 * latin >= len(word) else _AS_GREEK if _GREEK.search(word) else _AS_CYRILLIC


_LOOKALIKE = lazy("[аеорсухіјѕԁӏАВЕКМНОРСТХУІЈЅοαεικνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]")
_LATIN_LETTER = lazy("[A-Za-z]")
_MIXED = (lazy("[A-Za-z][\u0370-\u052f]"), lazy("[\u0370-\u052f][A-Za-z]"))  # where the scripts meet
_WORD_END = lazy(r"[^\W\d_]*")


def normalize(text: str) -> Normalized:
    normalized = _normalized(text)
    if "<" not in text or not (_TAG.search(normalized.text) or _comments(normalized.text)):
        return normalized
    return _without_tags(normalized)


# HTML tags pasted into a report with its text ("fired <em>twelve</em> missiles", "missiles<br/>in
# May", "in May.<sup>3</sup> Analysts", a comment): Markdown shows them as they are typed (raw
# HTML is off), and they are no words of the report. A quote leaves them out: they are not
# compared, and a tag that breaks a line is a space. Only the tags of HTML, so that "a<b" and
# "<…>" stay text. (A comment's "--" is one dash here, as any run of them.)
_TAG_NAMES = ("a|abbr|b|bdi|bdo|big|blockquote|br|center|cite|code|del|dfn|div|em|font|h[1-6]|hr|i|img|ins|kbd|li"
              "|mark|ol|p|q|rb|ruby|s|samp|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|time|tr|tt|u|ul|var"
              "|wbr|section|article|header|footer|figure|figcaption")
# Struck-out text is no word of the report, as ~~20%~~ is not, nor a ruby's reading over the
# letters it reads (<ruby>恵山<rt>ヘサン</rt></ruby>): left out with its tags.
_TAG = lazy(r"<(s|del|strike|rt|rp)(?:\s[^<>]{0,200})?>[^<>]{0,200}</\1\s*>"
            r"|<sup>\s*\[?(?P<raised>\d{1,3})\]?\s*</sup>|<sup>\s*[a-z*†‡]\s*</sup>"
            rf"|</?({_TAG_NAMES})(?:\s[^<>]{{0,200}})?\s*/?>")
MAX_COMMENT = 2000  # characters inside a comment, at most: "<!--" with no end is text
_BREAKS_LINE = frozenset("br p div li ul ol tr td th table tbody thead blockquote hr h1 h2 h3 h4 h5 h6 center "
                         "section article header footer figure figcaption".split())


def _without_tags(norm: Normalized) -> Normalized:
    """`norm` with the HTML tags (_TAG) left out; a tag that breaks a line becomes a space,
    and no two spaces are left side by side."""
    text = norm.text
    chars = list(text)
    dropped: set[int] = set()
    for lo, hi in _comments(text):
        dropped.update(range(lo, hi))
    spaces: list[int] = []
    for match in _TAG.finditer(text):
        if match.start() in dropped:
            continue  # a tag inside a comment
        lo, hi = match.span()
        if match.group("raised"):  # a raised number, as "²" and "¹" are: a unit's power, else "^2"
            first, last = match.span("raised")
            if not _POWERED.search(text, max(0, lo - 4), lo):
                chars[lo] = "^"  # an exponent (10^3), or a footnote mark a quote may leave out (china^1)
                lo += 1
            dropped.update(range(lo, first), range(last, hi))
            continue
        if match.group(3) in _BREAKS_LINE:
            spaces.append(lo)
            lo += 1
        dropped.update(range(lo, hi))
    for at in spaces:
        chars[at] = " "
    previous = ""
    for i, char in enumerate(chars):
        if i in dropped:
            continue
        if char == " " and previous == " ":
            dropped.add(i)
        else:
            previous = char
    return without(Normalized("".join(chars), norm.breaks, norm.origins, norm.ends), frozenset(dropped))


def hidden_words(text: str) -> tuple[str, ...]:
    """The words that HTML in `text` hides from the comparison, though a reader of `text` as
    written sees them: struck out, a ruby's reading, a comment ("Claims <del>do not</del> quote")."""
    if "<" not in text:
        return ()
    folded = _normalized(text).text
    inner = [m.group()[m.group().index(">") + 1:m.group().rindex("<")] for m in _TAG.finditer(folded) if m.group(1)]
    inner += [folded[lo + 3:hi - 2].strip("-") for lo, hi in _comments(folded)]
    return tuple(words for words in (" ".join(w.split()) for w in inner) if _WORDY.search(words))


_WORDY = lazy(r"\w")


def _comments(text: str) -> list[tuple[int, int]]:
    """Where normalised `text` has HTML comments ("<!-" … "->": runs of dashes are one), in
    one pass: a pattern tried at each "<!-" read up to MAX_COMMENT characters on from every
    one, and a report of nothing but "<!--" took minutes."""
    found: list[tuple[int, int]] = []
    at = 0
    while (lo := text.find("<!-", at)) >= 0:
        end = text.find("->", lo + 3)
        if end < 0:
            break  # no comment closes after this one: none after it closes either
        if end - (lo + 3) <= MAX_COMMENT:
            found.append((lo, end + 2))
            at = end + 2
        else:  # every opening before end - MAX_COMMENT is as far from it
            at = max(lo + 3, end - MAX_COMMENT - 3)
    return found


def _normalized(text: str) -> Normalized:
    translated = _translate(text)
    # Most archived English is ASCII once quotes and dashes are mapped: then lower() is
    # casefold() at a tenth of the cost, and the NFKC and invisible-character checks, which
    # cost more than everything else here, have nothing to find.
    if translated.isascii():
        return _collapse_spaces(translated.lower())
    if _SCRIPT_SPECIFIC.search(translated):
        return _normalize_mixed(translated.translate(_DIGITS), text)
    folded = translated.casefold()
    # Once white space is mapped to spaces, only control, format (Cf), private-use and
    # unassigned characters are not printable: one C-speed test finds the invisible ones.
    # Variation selectors (Mn) and a Turkish İ written decomposed are printable but folded.
    if (len(folded) == len(text) and unicodedata.is_normalized("NFKC", translated)
            and translated.isprintable() and "i\u0307" not in folded
            and not _VARIATION.search(translated) and not _EMOJI.search(translated)):
        return _collapse_spaces(folded)
    return _normalize_mixed(translated, text)


def _collapse_spaces(text: str) -> Normalized:
    """The fast path: only runs of spaces change length."""
    pieces = _Pieces()
    pieces.stretch(text, 0)
    return pieces.normalized()


def _normalize_mixed(translated: str, original: str) -> Normalized:
    """Text with a few characters that NFKC, case folding or the invisible characters change
    (an ellipsis, a ligature, a decomposed accent or Hangul syllable, a soft hyphen): those
    character clusters folded one at a time, and the stretches between them as the fast path
    folds them. Folding every cluster alone made one "…" cost a report ~100× the fast path's time."""
    pieces = _Pieces()
    done = 0
    for start, end in _complex_clusters(translated, original):
        pieces.stretch(translated[done:start].casefold(), done)
        piece = _fold_cluster(translated[start:end])
        if translated[start] in _RAISED and start and translated[start - 1].isdecimal():
            piece = "^" + piece  # an exponent: 10² is 10^2, not 102; 10⁻³ is 10^-3, not 10-3
        elif translated[start] in _NOTE_DIGITS and _note_mark_at(translated, start):
            piece = "^" + piece  # a footnote mark: "China¹ rose" is "china^1 rose", not "china1 rose"
        elif "/" in piece and piece[:1].isdecimal() and start and translated[start - 1].isdecimal():
            piece = "+" + piece  # a mixed number: 1½ is 1+1/2, not 11/2 (but 2／3 is 2/3)
        elif translated[start] in _ENCLOSED and piece.isdecimal():
            piece = f"({piece})"  # a list's number: "① 200 tonnes" is "(1) 200 tonnes", not "1 200 tonnes"
        pieces.cluster(piece, start, end)
        done = end
    pieces.stretch(translated[done:].casefold(), done)
    return pieces.normalized()


def _complex_clusters(translated: str, original: str) -> list[tuple[int, int]]:
    """(start, end) of each character cluster whose folding is not one character in, one
    character out, in order. A cluster is a base and what NFKC folds together with it: the
    combining marks after it, and what it composes with (ᄒ+ᅡ → 하, 하+ᆷ → 함, ெ+ா → ொ); or
    a soft hyphen with the line break after it (`original`: before spaces were mapped)."""
    clusters: list[tuple[int, int]] = []
    for match in _NON_ASCII.finditer(translated):
        at = match.start()
        if (clusters and at < clusters[-1][1]) or _folds_simply(translated[at]):
            continue
        start = at
        while start > 0 and unicodedata.combining(translated[start]):  # a mark joins its base
            start -= 1
        if start == at and at > 0 and _may_compose(translated[at]):
            # What it may compose with: the cluster just before it, or else one character.
            before = clusters[-1][0] if clusters and clusters[-1][1] == at else at - 1
            if _composes(translated[before:at], translated[at]):
                start = before
        if start == at and _folds_alone(translated[at]):
            continue  # a jamo or vowel sign that stays itself here
        if clusters and start < clusters[-1][1]:
            start = clusters.pop()[0]
        if translated[at] == "\u00ad" and (wrap := _WRAPPED_AT_SOFT_HYPHEN.match(original, at)):
            clusters.append((start, wrap.end()))  # "re\u00ad⏎opened" is "reopened": the hyphen and the line break go
            continue
        clusters.append((start, _cluster_stop(translated, start, at + 1)))
    return clusters


# A soft hyphen shows only where a line breaks, so a line break right after one, between
# letters, is the word's own wrap, not a space between two words.
_LINE_BREAKS = "\n\r\u2028\u2029\x85\v\f"
WRAPPED_AT_SOFT_HYPHEN = rf"(?<=[^\W\d_])\u00ad+(?=[^\S{_LINE_BREAKS}]*[{_LINE_BREAKS}])\s+(?=[^\W\d_])"
_WRAPPED_AT_SOFT_HYPHEN = lazy(WRAPPED_AT_SOFT_HYPHEN)


def _cluster_stop(translated: str, start: int, end: int) -> int:
    """Where the cluster translated[start:end] ends once what folds together with it joins."""
    while end < len(translated) and (unicodedata.combining(translated[end]) or (
            _may_compose(translated[end]) and _composes(translated[start:end], translated[end]))):
        end += 1
    return end


@functools.lru_cache(maxsize=4096)  # the pairs of a script's letters and vowel signs
def _composes(cluster: str, char: str) -> bool:
    """Whether NFKC folds `char` into `cluster` before it, rather than beside it."""
    return _nfkc(cluster + char) != _nfkc(cluster) + _nfkc(char)


@functools.cache  # one entry per character seen: bounded by Unicode
def _folds_alone(char: str) -> bool:
    """Whether `char` (already translated), on its own, folds to one character as the fast
    path folds it (its case fold). Combining marks never do: NFKC reorders them."""
    folded = char.casefold()
    return (len(folded) == 1 and not folded.isspace() and not _invisible(char)
            and folded.translate(_EXPANDED) == folded
            and not unicodedata.combining(char) and unicodedata.normalize("NFKC", char) == char)


@functools.cache
def _folds_simply(char: str) -> bool:
    """Whether `char` folds as the fast path folds it wherever it stands."""
    return _folds_alone(char) and not _may_compose(char)


@functools.cache
def _may_compose(char: str) -> bool:
    """Whether NFKC may compose `char` with what comes before it: only a mark (an accent, an
    Indic vowel sign, a kana voicing mark) or a Hangul vowel or final consonant jamo
    (conjoining, compatibility or half-width) can."""
    first = unicodedata.normalize("NFKD", char)[0]
    return (unicodedata.category(first)[0] == "M"
            or "\u1160" <= first <= "\u11ff" or "\ud7b0" <= first <= "\ud7ff")  # jungseong, jongseong


@functools.cache
def _invisible(char: str) -> bool:
    """Whether `char` is a format character a reader does not see (see _VISIBLE_FORMAT), a
    mark the text may leave out (_OPTIONAL_MARKS) or an emoji: either way, not compared."""
    return ((unicodedata.category(char) == "Cf" and char not in _VISIBLE_FORMAT) or bool(_VARIATION.match(char))
            or bool(_OPTIONAL_MARKS.match(char)) or bool(_EMOJI.match(char)))


def _fold_cluster(cluster: str) -> str:
    """A cluster (already translated) folded as a whole. NFKC and case folding can make
    characters the table maps (ŉ → ʼn, ｀ → `): mapped after each."""
    if cluster[0] == "\u00ad" and cluster.lstrip("\u00ad").isspace():
        return ""  # a word wrapped at its soft hyphen
    piece = unicodedata.normalize("NFKC", cluster).translate(_TABLE).casefold().translate(_TABLE)
    piece = "".join(c for c in piece if not _invisible(c)).translate(_EXPANDED)
    piece = _STRESS.sub("", piece) if "\u0300" in piece or "\u0301" in piece else piece
    # Turkish İ folds to "i" and a combining dot above: "İstanbul" and "istanbul" differ in case alone.
    piece = piece.replace("i\u0307", "i")
    return " " if piece.isspace() else piece


def without(norm: Normalized, dropped: frozenset[int]) -> Normalized:
    """`norm` with the characters at the normalised offsets `dropped` left out, each taken
    into the character before it, which then maps to both of theirs in the original. The
    pieces before the first and after the last are kept as they are."""
    if not dropped:
        return norm
    norm = _broken_at(_broken_at(norm, min(dropped) - 1), max(dropped) + 1)  # a report is often one piece
    first = max(0, bisect_right(norm.breaks, max(0, min(dropped) - 1)) - 1)
    last = bisect_right(norm.breaks, max(dropped))  # the first piece after them, if any
    stop = norm.breaks[last] if last < len(norm.breaks) else len(norm.text)
    spans: list[tuple[int, int]] = []
    for i in range(norm.breaks[first], stop):
        span = (norm.start(i), norm.end(i + 1))
        if i in dropped and spans:
            spans[-1] = (spans[-1][0], span[1])
        elif i not in dropped:
            spans.append(span)
    breaks, origins, ends = list(norm.breaks[:first]), list(norm.origins[:first]), list(norm.ends[:first])
    at = norm.breaks[first]
    for i, (start, end) in enumerate(spans, at):
        # one piece for each run of characters that map one to one onto a run of the original
        if len(breaks) > first and end - start == 1 and ends[-1] == start and ends[-1] - origins[-1] == i - breaks[-1]:
            ends[-1] = end
            continue
        breaks.append(i)
        origins.append(start)
        ends.append(end)
    shift = stop - norm.breaks[first] - len(spans)
    breaks += [b - shift for b in norm.breaks[last:]]
    origins += norm.origins[last:]
    ends += norm.ends[last:]
    kept = "".join(c for i, c in enumerate(norm.text[at:stop], at) if i not in dropped)
    text = norm.text[:at] + kept + norm.text[stop:]
    return Normalized(text, tuple(breaks), tuple(origins), tuple(ends))


def _broken_at(norm: Normalized, at: int) -> Normalized:
    """`norm` with a piece starting at `at`, if the piece holding it maps one to one (one
    that does not maps as a whole and stays so)."""
    if not 0 < at < len(norm.text):
        return norm
    k = bisect_right(norm.breaks, at) - 1
    end = norm.breaks[k + 1] if k + 1 < len(norm.breaks) else len(norm.text)
    if norm.breaks[k] == at or end - norm.breaks[k] != norm.ends[k] - norm.origins[k]:
        return norm
    split = norm.origins[k] + at - norm.breaks[k]
    return Normalized(norm.text, (*norm.breaks[:k + 1], at, *norm.breaks[k + 1:]),
                      (*norm.origins[:k + 1], split, *norm.origins[k + 1:]), (*norm.ends[:k], split, *norm.ends[k:]))


class _Pieces:
    """Normalized text assembled from stretches (mapped one to one, runs of spaces made
    one) and folded clusters (mapped as wholes)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.breaks: list[int] = []
        self.origins: list[int] = []
        self.ends: list[int] = []
        self.out = 0

    def _add(self, piece: str, start: int, end: int) -> None:
        if self.parts and piece == " " and self.parts[-1].endswith(" "):
            self.ends[-1] = end  # the run of spaces grows
            return
        self.breaks.append(self.out)
        self.origins.append(start)
        self.ends.append(end)
        self.parts.append(piece)
        self.out += len(piece)

    def cluster(self, piece: str, start: int, end: int) -> None:
        if piece:
            self._add(piece, start, end)

    def stretch(self, folded: str, origin: int) -> None:
        core = folded.strip(" ")
        lead = len(folded) - len(folded.lstrip(" "))
        if lead:
            self._add(" ", origin, origin + lead)
        last = 0
        for run in (_RUNS_OR_DASHES if "--" in core else _RUNS).finditer(core):
            if run.start() > last:
                self._add(core[last:run.start()], origin + lead + last, origin + lead + run.start())
            self._add(run.group()[0], origin + lead + run.start(), origin + lead + run.end())
            last = run.end()
        if last < len(core):
            self._add(core[last:], origin + lead + last, origin + lead + len(core))
        if core and len(folded) > lead + len(core):
            self._add(" ", origin + lead + len(core), origin + len(folded))

    def normalized(self) -> Normalized:
        if not self.breaks:
            return Normalized("", (0,), (0,), (0,))
        return Normalized("".join(self.parts), tuple(self.breaks), tuple(self.origins), tuple(self.ends))


# Writing with no spaces between words, by how its characters' names begin: Han
# ideographs (and 々 〇), kana, Bopomofo, Yi, Thai, Lao, Khmer, Myanmar, Tibetan, the Tai
# scripts, Javanese, Balinese. A quote may begin or end between any two of their letters.
UNSPACED_SCRIPTS = ("CJK ", "IDEOGRAPHIC ", "HIRAGANA ", "KATAKANA", "HALFWIDTH KATAKANA", "BOPOMOFO ",
                    "YI ", "THAI ", "LAO ", "KHMER ", "MYANMAR ", "TIBETAN ", "TAI ", "NEW TAI LUE ",
                    "JAVANESE ", "BALINESE ", "NUSHU ")


@functools.cache
def unspaced(char: str) -> bool:
    """Whether `char` is a letter of writing with no spaces between words."""
    return unicodedata.name(char, "").startswith(UNSPACED_SCRIPTS)
