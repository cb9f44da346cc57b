"""Numbers as a quote may cut them: ranges ("3–5 percent", "3 ~ 5%", "$5 – $10", "3 to 5
percent") and magnitudes written as words ("$5 million"). A quote that starts at a range's
second number or stops at its first ("5 percent" of "3–5 percent"), or stops before its
number's magnitude ("Prices reached $5" of "$5 million"), is not the report's words:
citations.py asks `in_range` and `magnitude_after` of a quote's ends, on normalised text
(lower case, every dash a "-").

A dash set off by spaces is most often a clause's ("SEOUL, March 3 – 12 people were
injured", "killed 12 — 40 others were injured", "in 2019 – 5 mines closed"), so between
spaces, as in words ("to", "bis", 至), it makes a range only from a smaller number to a
larger of one quantity: both with one unit or currency ("$5 – $10", "$20 to $30"), or a bare
number, then one with its unit ("3 – 5 percent"), the bare one neither a year, a date's day
nor a label's number ("Article 3 – 5 percent of …"). A tilde always makes a range.
"""
from __future__ import annotations

import re

_CURRENCY = "$€£¥₩₽"
_UNIT = rf"(?: ?%| ?[{_CURRENCY}]|[万萬亿億千百만억천]|[kmbx×](?![a-z]))?"  # 10k–20k, 1.5x–2x
_PREFIX = rf"(?:[a-z]{{0,3}}[{_CURRENCY}])?"  # normalised: "us$"
_DIGITS = r"\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,]\d+)*"  # and grouped with spaces ("3 000", as French writes it)
_NUMBER = rf"{_PREFIX}(?:{_DIGITS})(?:{_UNIT})"
_WORD = r"[^\W\d_]{1,12}"  # a unit written as a word: "5,000 won–6,000 won"
_RANGE_BEFORE = re.compile(rf"\d(?:{_UNIT})(?: {_WORD})? ?([-~]) ?{_PREFIX}$")
_RANGE_AFTER = re.compile(rf" ?([-~]) ?{_NUMBER}")
# … and in words: "3 to 5 percent", "between 3 and 5 percent", "3 bis 5 Prozent", "zwischen 3
# und 5", "entre 3 et 5", "3至5%"
_JOINING = r"( (?:to|and|bis|und|et|y|e) | ?[至到] ?)"
_WORDS_BEFORE = re.compile(rf"\d(?:{_UNIT})(?: {_WORD})?{_JOINING}{_PREFIX}$")
_WORDS_AFTER = re.compile(rf"{_JOINING}{_NUMBER}")
_NUMBER_AT = re.compile(_NUMBER)
_NUMBER_END = re.compile(rf"\d(?:{_UNIT})(?: {_WORD})?$")

# The two numbers around a dash, each with its currency and unit, and the words around them.
_FIRST = re.compile(rf"(?:(?<!\w)(\w+\.?) )?(?<![\d.,])({_PREFIX})({_DIGITS})({_UNIT})(?: ({_WORD}))? ?$")
_SECOND = re.compile(rf" ?({_PREFIX})({_DIGITS})({_UNIT})(?: ?([^\W\d_]+))?")
_WINDOW = 40  # characters before a dash searched for its first number and the word before it

# Words for a number's magnitude after it ("$5 million", "5 млрд"), and those with endings
_MAGNITUDES = """
    hundred thousand million billion trillion mn bn tn mln mld lakh crore mio mrd millionen milliarden milliarde
    millones millón milliers millions milliards milliard milioni miliardi milhões bilhões mil miljoen miljard juta
    milyar milyon тыс тис млн млрд трлн тысяч مليون مليار triệu tỷ εκατ δισ
""".split()
_MAGNITUDE_AFTER = re.compile(r" ?(?:" + "|".join(map(re.escape, _MAGNITUDES)) + r"|миллион\w*|миллиард\w*)"
                              r"(?![^\W\d_])")
_DIGITS_END = re.compile(r"\d+(?:[.,]\d+)*$")
# Words after a number that make it a quantity, as the second number of "3 – 5 percent".
_UNIT_WORDS = frozenset("""
    percent per pct percentage points point basis prozent procent pour por prozentpunkte
    tonnes tonne tons ton kg kilograms kilogram kilos kilo grams gram km kilometres kilometers
    kilometre kilometer miles mile metres meters metre meter cm mm hectares hectare acres
    litres liters barrels degrees hours days minutes weeks months years times fold
    dollars dollar won wons yuan yuans euros euro pounds rubles roubles yen rupees
    millions billions thousands hundreds tonnen jahre años ans процентов процента
""".split()) | frozenset(_MAGNITUDES)
# Words before a number that make it a date's day or a label's number, not a quantity:
# "March 3 – 12 people", "Article 3 – 5 percent of …".
_LABEL_WORDS = frozenset("""
    january february march april may june july august september october november december
    jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct
    oct. nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday
    day week phase article art. section sec. chapter ch. no no. number nr. page p. round
    stage grade level floor room gate line route unit block part item point clause paragraph
    para. figure fig. table version episode season year act channel road building camp zone
    district ward sector team group division battalion regiment brigade corps platoon company
    squad lot plot row seat car bus train flight shift term session vol. volume issue reactor resolution
""".split())


def in_range(text: str, start: int, end: int) -> bool:
    """Whether normalised text[start:end] begins with a range's second number or ends with its first."""
    for joint_before, joint_after in ((_RANGE_BEFORE, _RANGE_AFTER), (_WORDS_BEFORE, _WORDS_AFTER)):
        before = joint_before.search(text, max(0, start - 30), start)
        if before and _NUMBER_AT.match(text, start) and _range_at(text, *before.span(1)):
            return True
        after = joint_after.match(text, end)
        if after and _NUMBER_END.search(text, max(0, end - 20), end) and _range_at(text, *after.span(1)):
            return True
    return False


def _range_at(text: str, at: int, to: int) -> bool:
    """Whether the dash, tilde or word at text[at:to] joins the numbers on either side into a range."""
    first = _FIRST.search(text, max(0, at - _WINDOW), at)
    second = _SECOND.match(text, to)
    if first is None or second is None:
        return False
    word_before, first_prefix, first_digits, first_unit, first_word = first.groups()
    second_prefix, second_digits, second_unit, word_after = second.groups()
    first_unit, second_unit = first_unit.strip(), second_unit.strip()
    joint = text[at:to].strip()
    # One quantity on both sides ("$5 – $10", "20% to 25%", "2 million to 3 million"), or a
    # bare number before one with its unit ("3 – 5 percent", "3 to 5 percent")
    alike = (first_unit, first_prefix, first_word) == (second_unit, second_prefix, word_after if first_word else None)
    bare = not (first_unit or first_prefix or first_word)
    with_unit = bool(second_unit or second_prefix) or word_after in _UNIT_WORDS
    quantity = (alike and not bare) or (bare and with_unit) or (  # … or "$5 – 10 dollars"
        bool(first_unit or first_prefix) and not (second_unit or second_prefix) and word_after in _UNIT_WORDS)
    rising = _value(first_digits) < _value(second_digits)
    if joint not in "-~":
        return _a_range_in_words(joint, word_before, text[first.start(2) - 1:first.start(2)], quantity, rising, bare)
    if "%" in first_unit and "%" not in second_unit:  # "rose by 5% – 20 factories closed"
        return False
    spaced = text[at - 1:at] == " " or text[at + 1:at + 2] == " "
    if joint == "~" or not spaced:
        return first_word is None or first_word == word_after  # "5,000 won–6,000 won", not "3 sons–5 daughters"
    # Set off by spaces, a dash most often parts clauses ("killed 12 — 40 others were
    # injured"): a range only from a smaller number to a larger of one quantity, the first
    # no year, day or label's number ("5,000 won — 1,000 won more", "Q3 – 5 percent")
    return quantity and rising and not names_a_thing(text, first.start(2), first_digits)


# Before the first number of "X to Y": a change by one number to the other ("fell $2 to $48"),
# not a range, unless a bare number comes before one with its unit ("rose 2 to 3 percent")
_CHANGE_WORDS = frozenset("""
    rose risen rising rises fell fallen falling falls climbed climbing dropped dropping
    gained gaining lost losing jumped jumping slipped slid added shed grew grown increased decreased
    declined declining soared plunged tumbled surged up down
""".split())
_CHANGE_CHARS = "加长長涨漲升降跌少"  # 增加, 增长, 上涨, 上升, 下降, 下跌, 减少 written on to the number
# Before "X to Y" or "X and Y", a range whatever follows ("aged 18 to 60 were barred")
_SPAN_WORDS = frozenset("between zwischen entre aged ages".split())


def _a_range_in_words(joint: str, word_before: str | None, char_before: str, quantity: bool, rising: bool,
                      bare: bool) -> bool:
    """Whether "3 to 5 percent", "$20 to $30", "between 3 and 5", "3 bis 5 Prozent", "3至5%"
    make a range: not "from 3 to 5" ("von 3 bis 5", "从3至5"), nor "fell $2 to $48", "rose by 12
    to 45", changes from one number to the other."""
    if not rising:
        return False
    if joint in ("and", "und", "et", "y", "e"):
        return word_before in _SPAN_WORDS
    if word_before in _SPAN_WORDS:
        return True
    if word_before in ("from", "von", "by") or char_before in "从從由":
        return False
    if (word_before in _CHANGE_WORDS or char_before in _CHANGE_CHARS) and not (bare and quantity):
        return False  # "rose 2 to 3 percent" is a range still: a bare number, then one with its unit
    return quantity or (joint in "至到" and bare)


def magnitude_after(text: str, end: int) -> bool:
    """Whether text[:end] ends with a number that a magnitude word after it multiplies; not a
    year's, a day's or a name's ("In 2019 millions fled", "Covid-19 millions")."""
    number = _DIGITS_END.search(text, max(0, end - 24), end)
    if number is None or _MAGNITUDE_AFTER.match(text, end) is None:
        return False
    return not names_a_thing(text, number.start(), number[0], letters=False)  # "On March 3 millions watched"


_WORD_BEFORE = re.compile(r"(?<!\w)(\w+\.?) $")


def names_a_thing(text: str, start: int, digits: str, letters: bool = True) -> bool:
    """Whether the number `digits` at text[start:] is a year, a date's day, a label's number
    or part of a name ("in 2019", "March 3", "Article 3", "Covid-19", and with `letters`
    "Q3": not "R5 billion", a currency), not a quantity."""
    before = text[start - 1:start]
    if (letters and before.isascii() and before.isalpha()) or before == "-":
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return _labelled(word[1] if word else None, digits)


def _labelled(word_before: str | None, digits: str) -> bool:
    """Whether a bare number is a year, a date's day or a label's ("in 2019", "March 3", "Article 3")."""
    year = digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100
    return year or word_before in _LABEL_WORDS


def _value(digits: str) -> float:
    """The number, near enough to tell which of two is larger: group marks dropped, the last
    mark read as a decimal point when one or two digits follow it ("1,5", "2.25")."""
    whole, mark, tail = digits.rpartition(",") if "," in digits[-4:] else digits.rpartition(".")
    if mark and len(tail) < 3:
        return float(re.sub(r"\D", "", whole) + "." + tail)
    return float(re.sub(r"\D", "", digits))
