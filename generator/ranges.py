"""Numbers as a quote may cut them: ranges ("3–5 percent", "3 ~ 5%", "$5 – $10", "3 to 5
percent", "fired 3 to 5 missiles"), magnitudes and shares written after them ("$5 million",
"20%"), currencies written on to them ("HK$5") and bounds ("fewer than 300"). A quote that
starts at a range's second number or stops at its first ("5 percent" of "3–5 percent"),
stops before its number's magnitude or share ("Prices reached $5" of "$5 million"), or
starts after its currency or bound ("$5 billion" of "HK$5 billion", "300 people" of "up to
300 people") is not the report's words: citations.py asks `in_range`, `magnitude_after`,
`currency_cut` and `bound_cut` of a quote's ends, on normalised text (lower case, every
dash a "-").

A dash set off by spaces is most often a clause's ("SEOUL, March 3 – 12 people were
injured", "killed 12 — 40 others were injured", "in 2019 – 5 mines closed"), so between
spaces it makes a range only from a smaller number to a larger of one quantity: both with
one unit or currency ("$5 – $10"), or a bare number, then one with its unit ("3 – 5
percent"), the bare one neither a year, a date's day nor a label's number ("Article 3 – 5
percent of …"). In words ("to", "bis", "à", "or", 至) two bare numbers, smaller first, make
one too, unless the words before make it a change ("rose from 3 to 5"). A tilde always
makes a range.
"""
from __future__ import annotations

import re
import unicodedata

from generator.lazyre import lazy

_CURRENCY = "$€£¥₩₽"
_UNIT = rf"(?: ?%| ?[{_CURRENCY}]|[万萬亿億千百만억천]|[kmbx×](?![a-z]))?"  # 10k–20k, 1.5x–2x
_PREFIX = rf"(?:[a-z]{{0,3}}[{_CURRENCY}])?"  # normalised: "us$"
_DIGITS = r"\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,]\d+)*"  # and grouped with spaces ("3 000", as French writes it)
_NUMBER = rf"{_PREFIX}(?:{_DIGITS})(?:{_UNIT})"
_WORD = r"[^\W\d_]{1,12}"  # a unit written as a word: "5,000 won–6,000 won"
_RANGE_BEFORE = lazy(rf"\d(?:{_UNIT})(?: {_WORD})? ?([-~]) ?{_PREFIX}$")
_RANGE_AFTER = lazy(rf" ?([-~]) ?{_NUMBER}")
# … and in words: "3 to 5 percent", "between 3 and 5 percent", "3 bis 5 Prozent", "zwischen 3
# und 5", "entre 3 et 5", "de 3 à 5", "3 a 5", "от 3 до 5", "3至5%"; "3 or 4 days" says no more than that
_AND = ("and", "und", "et", "y", "e")
_JOINING = r"( (?:to|and|bis|und|et|y|e|à|a|or|oder|ou|o|до) | ?[至到或] ?)"
_WORDS_BEFORE = lazy(rf"\d(?:{_UNIT})(?: {_WORD})?{_JOINING}{_PREFIX}$")
_WORDS_AFTER = lazy(rf"{_JOINING}{_NUMBER}")
_NUMBER_AT = lazy(_NUMBER)
_NUMBER_END = lazy(rf"\d(?:{_UNIT})(?: {_WORD})?$")

# The two numbers around a dash, each with its currency and unit, and the words around them.
_FIRST = lazy(rf"(?:(?<!\w)(\w+\.?) )?(?<![\d.,])({_PREFIX})({_DIGITS})({_UNIT})(?: ({_WORD}))? ?$")
_SECOND = lazy(rf" ?({_PREFIX})({_DIGITS})({_UNIT})(?: ?([^\W\d_]+))?")
_WINDOW = 40  # characters before a dash searched for its first number and the word before it

# Words for a number's magnitude after it ("$5 million", "5 млрд"), and those with endings
_MAGNITUDES = """
    hundred thousand million billion trillion mn bn tn mln mld lakh crore mio mrd millionen milliarden milliarde
    millones millón milliers millions milliards milliard milioni miliardi milhões bilhões mil miljoen miljard juta
    milyar milyon тыс тис млн млрд трлн тысяч مليون مليار triệu tỷ εκατ δισ
""".split()
# … and what makes it a share: "20" is not the report's "20%", nor "2,5" its "2,5 %"
_PER = r"[%‰‱]|percent(?:age)?|per ?cent|pct|prozent|procent|pour ?cent|por ?ciento|per ?cento|процент\w*|퍼센트|パーセント"
_PER_AFTER = lazy(rf" ?(?:{_PER})(?![^\W\d_])")
_MAGNITUDE_AFTER = lazy(r" ?(?:" + "|".join(map(re.escape, _MAGNITUDES)) + r"|миллион\w*|миллиард\w*|"
                        + _PER + r")(?![^\W\d_])")
_DIGITS_END = lazy(r"\d+(?:[.,]\d+)*$")
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


_HAN_DIGITS = frozenset("〇零一二三四五六七八九十两兩")  # "三至五枚": no quote starts at 五, nor ends at 三


def in_range(text: str, start: int, end: int) -> bool:
    """Whether normalised text[start:end] begins with a range's second number or ends with its first."""
    if _han_range(text, start - 1) or _han_range(text, end) or _words_range(text, start, end):
        return True
    for joint_before, joint_after in ((_RANGE_BEFORE, _RANGE_AFTER), (_WORDS_BEFORE, _WORDS_AFTER)):
        before = joint_before.search(text, max(0, start - 30), start)
        if before and _NUMBER_AT.match(text, start) and _range_at(text, *before.span(1)):
            return True
        after = joint_after.match(text, end)
        if after and _NUMBER_END.search(text, max(0, end - 20), end) and _range_at(text, *after.span(1)):
            return True
    return False


# English numbers written as words, in a range as "three to five missiles", "between three
# and five", "two or three days": the same cut as with digits
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                                     "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = rf"(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|" + "|".join(_NUMBER_WORDS)
_WORDS_RANGE = lazy(rf"(?<![\w-])(?:(between) )?({_NUMBER_WORD})( (?:to|or|and) )({_NUMBER_WORD}|\d{{1,3}}\b(?![.,]\d))"
                    rf" ([^\W\d_]+)")
# Before two number words, what makes them no range: a time ("at ten to eleven"), "one" a
# person ("sentenced one to five years", "handed one to two soldiers"), a score ("trailed
# one to three"); after them, a time ("five to seven o'clock")
_NOT_WORDS_RANGE_BEFORE = frozenset("at sentenced sentencing handed gave sent trailed trailing led leading failed "
                                    "passed".split())
_NOT_WORDS_COUNTED = frozenset("o oclock sharp after before past am pm".split())


def _word_value(word: str) -> int:
    if word.isdigit():  # "five to 15 years"
        return int(word)
    tens, _, unit = word.partition("-")
    return _NUMBER_WORDS.get(tens, 0) + _NUMBER_WORDS.get(unit, 0) if unit else _NUMBER_WORDS[word]


def _words_range(text: str, start: int, end: int) -> bool:
    """Whether normalised text[start:end] starts at the second number word of a range or ends
    at its first ("five missiles" of "three to five missiles")."""
    for m in _WORDS_RANGE.finditer(text, max(0, start - 40), min(len(text), end + 60)):
        between, first, joint, second, counted = m.groups()
        if not (m.start(4) == start or m.end(2) == end) or _word_value(first) >= _word_value(second):
            continue
        if joint == " and " and not between or counted in _NOT_COUNTED or counted in _NOT_WORDS_COUNTED:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        word = before[1].rstrip(".") if before else None
        if word in _NOT_RANGE_BEFORE or word in _NOT_WORDS_RANGE_BEFORE or word == "from" or (
                (word in _CHANGE_WORDS or word == "by") and counted not in _UNIT_WORDS):
            continue  # "rose from three to five", "won three to one"; but "rose two to three percent"
        return True
    return False


def _han_range(text: str, at: int) -> bool:
    # not 一到 ("as soon as": 一到三月, "as soon as March")
    return (0 < at < len(text) - 1 and text[at] in "至到或~" and text[at - 1] in _HAN_DIGITS
            and text[at + 1] in _HAN_DIGITS and text[at - 1:at + 1] != "一到")


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
        if "%" in first_unit and "%" not in second_unit and not (word_after or "").startswith(("percent", "pct")):
            return False  # "weakened 0.4% to 151.3 per dollar": a change, then a level
        if _CHANGED_FROM.search(text, max(0, first.start(2) - 30), first.start(2)):
            return False  # "est passé de 2 à 3 %", "subieron de 200 a 300 toneladas": a change
        bare_pair = (bare and not (second_unit or second_prefix) and word_before not in _NOT_RANGE_BEFORE
                     and word_after is not None and word_after not in _NOT_COUNTED
                     and not names_a_thing(text, first.start(2), first_digits))
        percent = "%" in second_unit or _PER_AFTER.match(text, second.end(3)) is not None
        return _a_range_in_words(joint, word_before, text[first.start(2) - 1:first.start(2)], quantity, rising,
                                 bare, bare_pair, percent)
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
    declined declining soared plunged tumbled surged up down advanced strengthened weakened rallied expanded
    contracted slumped hiked raised lowered cut eased retreated rebounded higher lower
""".split())
_CHANGE_CHARS = "加长長涨漲升降跌少"  # 增加, 增长, 上涨, 上升, 下降, 下跌, 减少 written on to the number
# Before "X to Y" or "X and Y", a range whatever follows ("aged 18 to 60 were barred")
_SPAN_WORDS = frozenset("between zwischen entre aged ages".split())


# A verb of change and its "from" before "X à Y" in the Romance languages, where "de 3 à 5"
# is otherwise a range
_CHANGED_FROM = lazy(r"\b(?:pass[ée]\w*|augment\w*|diminu\w*|baiss\w*|chut\w*|grimp\w*|bondi\w*|recul\w*"
                     r"|progress\w*|pas[óo]|pasaron|subi\w*|baj\w*|ca[yí]\w*|crec\w*|creci\w*|passou|passaram"
                     r"|caiu|cresceu|passat\w*|salit\w*|sces\w*|calat\w*|cresciut\w*|aumentat\w*)"
                     r" (?:de|da|del|di|du|des|dal|dai) [^\W\d_]{0,3}[$€£¥₩₽]?$")
# Two bare numbers that are a score, odds, a ratio or a choice, not a range: by the word
# before them ("The odds were 1 to 4", "ganó 1 a 3", "option 1 or 2") or after them ("1 to
# 300 in the province", "120 to 150 in favour"): a range counts something
_NOT_RANGE_BEFORE = frozenset("""
    odds ratio ratios vote votes voted score scored won win beat beaten lost defeated tied option options choice
    ganó gana perdió pierde perdeu ganhou venceu perso vinto gagné perdu battu
""".split())
_NOT_COUNTED = frozenset("""
    in on at for with and or the a an to of by from as than against that which who vs versus
    à al au aux para por pour contro per di de du des la le les el en y et und im zu am dal
""".split())


def _a_range_in_words(joint: str, word_before: str | None, char_before: str, quantity: bool, rising: bool,
                      bare: bool, bare_pair: bool, percent: bool) -> bool:
    """Whether "3 to 5 percent", "$20 to $30", "between 3 and 5", "3 bis 5 Prozent", "3至5%",
    "fired 3 to 5 missiles" (`bare_pair`: two bare numbers, the first no year, day or label's
    number) make a range: not "from 3 to 5" ("von 3 bis 5", "从3至5"), nor "fell $2 to $48",
    "rose by 12 to 45", changes from one number to the other, nor "voted 7 to 2", a score."""
    if not rising:
        return False
    if joint in _AND:
        return word_before in _SPAN_WORDS
    if joint == "до":
        return word_before == "от"  # "от 3 до 5 ракет"; "до" alone is "up to", "before"
    if word_before in _SPAN_WORDS:
        return True
    if word_before in ("from", "von") or char_before in "从從由":
        return False
    if word_before == "by" and not (bare and percent):
        return False  # "rose by 12 to 45 won", a change; "rose by 20 to 30 percent", a range
    if (word_before in _CHANGE_WORDS or char_before in _CHANGE_CHARS) and not (bare and quantity):
        return False  # "rose 2 to 3 percent" is a range still: a bare number, then one with its unit
    return quantity or bare_pair


def magnitude_after(text: str, end: int) -> bool:
    """Whether text[:end] ends with a number that a magnitude word after it multiplies, or
    that is a share ("20%", "20 percent"); not a year's, a day's or a name's ("In 2019
    millions fled", "Covid-19 millions")."""
    if _MAGNITUDE_AFTER.match(text, end) is None:
        return False
    number = _DIGITS_END.search(text, max(0, end - 24), end)
    if number is None:  # "killed five" of "killed five hundred people"
        return _NUMBER_WORD_END.search(text, max(0, end - 12), end) is not None
    return not names_a_thing(text, number.start(), number[0], letters=False)  # "On March 3 millions watched"


_NUMBER_WORD_END = lazy(r"(?<![^\W\d_])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                        r"|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|a few)$")
# … and a magnitude that one before it multiplies: "millions" of "hundreds of millions"
_MULTIPLIED_BY = lazy(r"(?<![^\W\d_])(?:hundreds|tens|thousands|dozens|millions|scores) of $")
_MULTIPLE = lazy(r"(?:hundreds|thousands|millions|billions|trillions)\b")


def multiple_cut(text: str, start: int) -> bool:
    """Whether normalised text[start:] begins with a magnitude that the words before it
    multiply: "millions of dollars" of "hundreds of millions of dollars"."""
    return (_MULTIPLE.match(text, start) is not None
            and _MULTIPLIED_BY.search(text, max(0, start - 14), start) is not None)


# A scale word that the number before it counts: "million people" of "3 million people",
# "hundred families" of "Several hundred families" (singular: "In 2019 millions fled" is a year's)
_SCALE_AT = lazy(r"(?:hundred|thousand|million|billion|trillion|dozen)\b")


# … and the rest of a number in words after its scale: "fifty people" of "Three hundred and
# fifty people", "five" of "two thousand five hundred"
_AFTER_SCALE = lazy(rf"(?<![^\W\d_])(?:a|several|a few|{_NUMBER_WORD}) (?:hundred|thousand|million|billion)(?: and)? $")
_ONES_AT = lazy(rf"(?:{_NUMBER_WORD})\b")


def scale_cut(text: str, start: int) -> bool:
    """Whether normalised text[start:] begins with a scale word that a number before it
    counts, or with the rest of a number in words after its scale."""
    if start >= 2 and _ONES_AT.match(text, start) and _AFTER_SCALE.search(text, max(0, start - 30), start):
        return True
    if start < 2 or text[start - 1] != " " or _SCALE_AT.match(text, start) is None:
        return False
    if (number := _DIGITS_END.search(text, max(0, start - 25), start - 1)) is not None:
        return not names_a_thing(text, number.start(), number[0], letters=False)
    return _NUMBER_WORD_END.search(text, max(0, start - 13), start - 1) is not None


# A group of three digits that a plain space parts from the digits before it, as English
# typography may write "3 000 tonnes": "000 tonnes", "500 tonnes" of "12 500 tonnes" (not "May 3
# | 500 workers", a day's number)
_GROUP_AT = lazy(r"\d{3}(?![\d]|[.,]\d)")
_FIRST_GROUP_END = lazy(r"(?<![\d.,])\d{1,3}$")


def group_cut(text: str, start: int) -> bool:
    """Whether normalised text[start:] begins with a group of a number spaced by threes."""
    if start < 2 or text[start - 1] != " " or _GROUP_AT.match(text, start) is None:
        return False
    number = _FIRST_GROUP_END.search(text, max(0, start - 5), start - 1)
    return number is not None and not names_a_thing(text, number.start(), number[0], letters=False)


# A ratio's first number, before the second: "5 children" is not "1 in 5 children", nor
# "five children" "one in five children"
_SMALL_NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50,
                                                       "hundred": 100, "thousand": 1000}
_RATIO_WORD = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))
_RATIO_BEFORE = lazy(rf"(?<![\w.,])(\d+|{_RATIO_WORD}) (?:in|out of|of every) $")
_WHOLE_AT = lazy(rf"(?:\d+(?![\d.,]\d)|(?:{_RATIO_WORD})\b)")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL_NUMBERS[word]


def ratio_cut(text: str, start: int) -> bool:
    """Whether normalised text[start:] begins with a ratio's second number, its first cut off
    (a smaller one: "killed 45 in 3 provinces" is no ratio)."""
    whole = _WHOLE_AT.match(text, start)
    part = _RATIO_BEFORE.search(text, max(0, start - 16), start) if whole else None
    if part is None or re.fullmatch(r"(?:1[89]|20)\d\d", whole[0]):  # "a new one in 2019": a year
        return False
    return _count(part[1]) < _count(whole[0])


# Words that bound the number after them: "300 people" is not the report's "fewer than 300
# people", "up to 300", "最大300人", "최대 300명". Not an approximation ("about 300",
# "roughly 19 percent", "約300人"): the number is the report's estimate still. "Over" and
# "under" only after a price's "for" or "at", or opening a clause ("Under | 300 people came"):
# elsewhere they are as often a verb's or a law's ("took over 3 factories", "under 3 laws").
_BOUNDS = lazy(
    r"(?:(?<![^\W\d_])(?:(?:fewer|less|more|greater|no more|no fewer|no less) than|up to|at (?:most|least)"
    r"|as (?:many|much|few|little|high|low) as|upwards of|in excess of|a maximum of|nearly|almost|close to"
    r"|(?:just|well) (?:over|under)|(?:(?<=\bfor )|(?<=\bat )|(?<![\s\S])|(?<=\n)|(?<=[.!?;:,(\"-] ))(?:over|under)"
    r"|près de|presque|knapp|casi|почти"
    r"|a minimum of|plus de|moins de|jusqu'à|au moins|au plus|mehr als|weniger als|bis zu|mindestens|höchstens"
    r"|más de|menos de|hasta|al menos|como máximo|mais de|até|più di|meno di|fino a"
    r"|almeno|более|менее|больше|меньше|свыше|не менее|не более|понад|більше ніж|менше ніж|щонайменше"
    r"|не менше|не більше|최대|최소|적어도) ?[^\W\d_]{0,3}"
    r"|(?:逾|超过|超過|不到|至少|最多|多达|多達|最大|少なくとも|将近|將近|接近) ?[^\W\d_]{0,3}"
    # 近 right before the number alone: "近年来3家" is "in recent years", "附近3个" "nearby"
    r"|(?<![附付最靠邻鄰將将接])近 ?)[$€£¥₩₽]?$")
# … but not the "to" of a change, which Russian, Ukrainian, Spanish and French write as they
# write "up to": "выросла с 5 400 до | 6 200 вон", "урезали до | 300 граммов", "subió hasta | 6.200",
# "est tombé jusqu'à | 5 200"
_CHANGED_TO = lazy(r"(?:(?<![^\W\d_])(?:с|со|от|з|зі|від|de|desde|depuis) \d[\d .,]*(?: [^\W\d_]+)? "
                   r"|(?<![^\W\d_])(?:вырос|подня|снизи|сниз|упал|упа|сократи|урезал|повыси|увеличи|уменьши"
                   r"|подорожа|подешеве|зріс|зросл|знизи|скороти|урізал|підня|підвищи|подорожча|подешевша|впал"
                   r"|subi|baj|aument|cay|ca[iy]|reduj|redujo|tomb|mont|baiss|augment|chut|recul|descend)\w*"
                   r"(?: [^\W\d_]+){0,2} )(?:до|hasta|jusqu'à|a) $")
# … or after it: "300人" of "300人以上", "300명" of "300명 이상", "300" of "300 or more"
_BOUNDS_AFTER = lazy(r" ?(?:以上|未満|以下|이상|이하|미만|초과|近く|余り|가까이|多(?=[^\W\d_]))|(?: or (?:more|fewer|less))\b")


def bound_cut(text: str, start: int, end: int) -> bool:
    """Whether normalised text[start:end] begins with a number that a word before it bounds
    or hedges ("fewer than 300", "約300"), or ends with one that a word after it does
    ("300人以上", "300 or more")."""
    if start < len(text) and (text[start].isdigit() or unicodedata.category(text[start]) == "Sc") \
            and (bound := _BOUNDS.search(text, max(0, start - 24), start)) \
            and not (bound[0].split() in (["over"], ["under"]) and _SPAN_OR_RULE_AT.match(text, start)) \
            and not _CHANGED_TO.search(text, max(0, start - 48), start) \
            and not ((digits := _DIGITS_AT.match(text, start)) and names_a_thing(text, start, digits[1])
                     and not _COMPARED.search(text, max(0, start - 16), start)) \
            and not _DAY_OF.match(text, start):
        return True  # not "talked about | 2019 events", "até | 30 de junho" (until)
    if _CJK_COUNT_AT.match(text, start) and _CJK_BOUND.search(text, max(0, start - 6), start):
        return True  # "至少有 | 三百人被捕", "近 | 千名士兵", "少なくとも | 三百人が"
    if start < len(text) and text[start].isdigit() and _UP_TO_CYRILLIC.search(text, max(0, start - 4), start) \
            and not _YEAR_OR_DAY_CYRILLIC.match(text, start) \
            and not _CHANGED_TO.search(text, max(0, start - 48), start):
        return True  # "Погибли до | 300 человек" (up to); not "до | 2020 года", "до | 5 марта" (until)
    if (count := _WORD_COUNT_AT.match(text, start)) and (
            _WORD_BOUNDS.search(text, max(0, start - 24), start)
            or (loose := _LOOSE_BOUND.search(text, max(0, start - 12), start))
            and (_SHARE_AT.match(text, start) or count[0] != "one" and loose[1])):
        return True
    return end > 0 and _ENDS_COUNTED.search(text, max(0, end - 6), end) is not None \
        and _BOUNDS_AFTER.match(text, end) is not None


_DIGITS_AT = lazy(r"\D?(\d+)")
# "Over | 12 months, …", "Under | 2 new laws …": a span of time or a rule, not a bounded count
_SPAN_OR_RULE_AT = lazy(r"\d+ (?:new |more |other )?(?:years?|months?|weeks?|days?|hours?|decades?|laws?|rules?"
                        r"|decrees?|articles?|sections?|regulations?)\b")
# A count in Chinese or Japanese numerals, with its counter, right after a bound (not "最大" before
# a name, "韩国最大企业 | 三星", nor "想不到 | 一名士兵": unexpectedly, a soldier)
_CJK_COUNT_AT = lazy(r"[一二三四五六七八九十百千万萬億亿两兩]+(?:[人名个個只頭头吨噸枚発基隻艘辆輛]|公斤|万|萬)")
_CJK_BOUND = lazy(r"(?:至少|少なくとも|超过|超過|逾|多达|多達|将近|將近|(?<![附付最靠邻鄰將将接])近)有?$")
# A comparison makes a year-like number a count: "More than | 2000 students", "超过 | 2000名"
# (not "up to", "bis zu", "до": as often "until 2020")
_COMPARED = lazy(r"(?:(?<![^\W\d_])(?:(?:fewer|less|more|no more|no fewer) than|plus de"
                 r"|moins de|mehr als|weniger als|más de|menos de|mais de|più di|meno di|более|менее|больше|меньше"
                 r"|свыше|понад|більше ніж|менше ніж)|逾|超过|超過|不到|至少|多达|多達) ?$")
_UP_TO_CYRILLIC = lazy(r"(?<![^\W\d_])до $")
_YEAR_OR_DAY_CYRILLIC = lazy(r"(?:19|20)\d\d\b|\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
                             r"|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня"
                             r"|вересня|жовтня|листопада|грудня)")
# … or a share or a count in words: "half of the units" is not the report's "less than half of
# the units", nor "a third" its "more than a third" (English: the bounds of other languages
# before a word are as often an adverb's)
_SHARES = (r"half|(?:a|one|two|three|four) (?:third|quarter|fifth|tenth)s?"
           r"|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?)|a (?:dozen|hundred|thousand|million)"
           r"|dozens|hundreds|thousands|millions")
_WORD_END = r"(?![\w-])"  # not "half-term", "a third-party"
_WORD_COUNT_AT = lazy(rf"(?:{_SHARES}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                      r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
                      rf"|seventy|eighty|ninety){_WORD_END}")
_SHARE_AT = lazy(rf"(?:{_SHARES}){_WORD_END}")
# The bounds of a count in words ("More than | half", "At least | fifteen") …
_WORD_BOUNDS = lazy(r"(?<![^\W\d_])(?:(?:fewer|less|more|greater|no more|no fewer|no less) than|at (?:most|least)"
                    r"|as (?:many|much|few|little) as|upwards of|in excess of|nearly|almost"
                    r"|(?:just|well) (?:over|under)|a maximum of|a minimum of) $")
# Where an English clause opens: the text's or a line's start, after a sentence's or a
# clause's punctuation, or after "that" and the conjunctions that open a clause. A quantifier
# there bounds the clause's subject ("Few | economists …", "…, but over | half of …"); one
# inside the clause is as often something else ("Mark Few praised", "handed over | dozens",
# "ramped up to | three shifts", "sits close to | hundreds of homes", "| 65 and over | Half").
CLAUSE_OPENS = (r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?;:,(\"-] )|(?<=\bthat )|(?<=\bbut )|(?<=\bwhile )|(?<=\byet )"
                r"|(?<=\balthough )|(?<=\bthough )|(?<=\bbecause )|(?<=\bwhereas ))")
# … and those that are as often something else: "over", "up to" and "close to" bound a share
# ("Over | half of the plants"), and "up to" a count but one ("Up to | eighty percent"; not "It
# is up to | one man"), where they open the clause
_LOOSE_BOUND = lazy(rf"{CLAUSE_OPENS}(?:over|(up to)|close to) $")
# (sorted: a set's order follows the hash seed, and the pattern's kept code is found by its text)
_DAY_WORDS = "|".join(sorted(w for w in _LABEL_WORDS if w.isalpha() and len(w) > 3))
_DAY_OF = lazy(r"\d{1,2}(?:er|º|o)?\.? (?:de |of )?(?:" + _DAY_WORDS
               + r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
               r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
               r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
               r"|januar|februar|märz|juni|juli|oktober|dezember)\b")
_ENDS_COUNTED = lazy(r"\d[^\W\d_]{0,2}$")  # a number and its counter: "300", "300人", "300명"


def currency_cut(text: str, start: int) -> bool:
    """Whether text[start:] begins a sum without its currency: "$5 billion" of "HK$5 billion"
    (Hong Kong dollars), "5 trillion" of "¥5 trillion"."""
    if not 0 < start < len(text):
        return False
    first, before = text[start], text[start - 1]
    return ((unicodedata.category(first) == "Sc" and before.isalpha())
            or (first.isdigit() and unicodedata.category(before) == "Sc"))


_WORD_BEFORE = lazy(r"(?<!\w)(\w+\.?) $")


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
