"""A report's own correction of what a quote says, wherever in the report it stands.

Newsrooms append corrections to the article, often at its end: "An earlier version of this
article wrongly stated that the minister resigned." An archived copy may keep the wrong
sentence in its body (a syndicated copy, a page saved before the fix), and a quote of it
then cites what the report itself says is false. The same goes for a report that says
someone else's statement was false: "The ministry falsely claimed that the mine had
reopened."

Only a clause the correction states in so many words counts, and only where every word of it
that carries content (and every number) is the quote's: "wrongly stated that the minister
resigned" corrects "The minister resigned on Monday", but "wrongly stated that the minister
resigned on Monday" does not correct "The minister resigned on Tuesday", nor "… that he had
not resigned" a quote that he resigned. Text here is normalised (normalize.py): casefolded,
one line.

A notice the newsroom puts on the report ("Correction: …", "Update (March 5): …", "Editor's
note: …", 【訂正】), a footnote that doubts the quote's sentence, and a line saying the report is
satire are read in the report's own text (its reading text), whose lines bound them:
`noticed`, `footnoted`, `satirical`.
"""

from __future__ import annotations

import functools
import os
import re

from generator.lazyre import lazy
from generator.negations import primary_language
from generator.normalize import Normalized, normalize

_WRONGLY = (r"(?:wrongly|incorrectly|erroneously|mistakenly|falsely|inaccurately)")
_STATED = (r"(?:said|stated|reported|claimed|suggested|wrote|indicated|asserted|implied|described how"
           r"|gave the impression that)")
# What the correction says was wrong, up to the clause's end: "… that | the minister resigned"
_CLAUSE = r"([^.!?;:,()\"]{5,240})"
_CORRECTED = {
    # "An earlier version of this article wrongly stated that …", "We incorrectly reported …",
    # "It was erroneously reported that …", "The ministry falsely claimed that …", "… misstated that …"
    "en": rf"(?:\b{_WRONGLY} {_STATED}|\b(?:was|were|had been|has been|have been) {_WRONGLY} (?:reported|stated|said"
          rf"|claimed)|\b(?:misstated|misreported)"
          # "This article originally said that …", "An earlier version of this story reported that …"
          rf"|\bthis (?:article|report|story) originally {_STATED}"
          rf"|\b(?:earlier|previous|original) version of (?:this|the) (?:article|report|story) {_STATED})"
          rf"(?: that)? {_CLAUSE}",
    # "Une version précédente de cet article indiquait à tort que …"
    "fr": rf"\b(?:indiqu|affirm|écri|rapport|annon[cç]|di|prétend)\w* (?:à tort|par erreur|erronément"
          rf"|faussement),? qu(?:e |'){_CLAUSE}",
    # "Una versión anterior de este artículo afirmaba erróneamente que …"
    "es": rf"\b(?:afirm|indic|inform|dec|dij|señal|public|report|asegur)\w* (?:erróneamente|por error|equivocadamente"
          rf"|falsamente|incorrectamente),? que {_CLAUSE}",
    "pt": rf"\b(?:afirm|inform|diz|diss|indic|notici|report|public)\w* (?:erroneamente|incorretamente|equivocadamente"
          rf"|por engano|por erro|falsamente),? que {_CLAUSE}",
    "it": rf"\b(?:afferm|riport|indic|dic|scri|sosten|annunci)\w* (?:erroneamente|per errore|falsamente"
          rf"|in modo errato),? che {_CLAUSE}",
    # "In einer früheren Version dieses Artikels hieß es fälschlicherweise, der Minister sei …" (ß
    # read as ss)
    "de": rf"\b(?:hiess es|stand|wurde berichtet|berichteten wir|schrieben wir|hatte es geheissen|behauptete\w*"
          rf"|berichtete\w*|schrieb\w*)(?: zunächst| anfangs)? (?:fälschlicherweise|fälschlich|irrtümlich"
          rf"|irrtümlicherweise)(?:,? dass|,) {_CLAUSE}",
}
# … or says the opposite of what it had said: "Contrary to what was reported earlier, the
# minister did not resign." (the clause says the quote's words negated, or the reverse)
_CONTRARY = {
    "en": r"\bcontrary to (?:what (?:was|we|had been|has been|we had) (?:\w+ )?(?:reported|stated|said|written"
          r"|published)|(?:our|an|the) (?:earlier|previous|initial|original) (?:report|version|article|story))(?: earlier"
          rf"| previously| initially)?, {_CLAUSE}",
    "fr": r"\bcontrairement à ce qu(?:i|e nous) (?:était|a été|avait été|avons|avions) (?:\w+ )?(?:indiqué|écrit"
          rf"|annoncé|rapporté|affirmé)(?: précédemment| initialement| plus tôt)?,? {_CLAUSE}",
    "es": r"\b(?:contrariamente a|a diferencia de|al contrario de) lo (?:que se )?(?:informado|publicado|indicado"
          rf"|informó|publicó|indicó|afirmado)(?: anteriormente| inicialmente)?,? {_CLAUSE}",
    "pt": r"\b(?:ao contrário do|diferentemente do) que (?:foi|havia sido|tinha sido) (?:\w+ )?(?:informado|publicado"
          rf"|noticiado|divulgado)(?: anteriormente| inicialmente)?,? {_CLAUSE}",
    "it": r"\b(?:contrariamente a|diversamente da) quanto (?:riportato|scritto|indicato|affermato|pubblicato)"
          rf"(?: in precedenza| inizialmente)?,? {_CLAUSE}",
    "de": r"\banders als (?:zunächst |zuvor |ursprünglich |von uns )?(?:berichtet|gemeldet|angegeben|geschrieben)"
          rf",? {_CLAUSE}",
}
_CONTRARY_IN = {code: lazy(p) for code, p in _CONTRARY.items()}
_CONTRARY_HINTS = {"en": "contrary to", "fr": "contrairement", "es": "contrari", "pt": "contrário",
                   "it": "contrariamente", "de": "anders als"}
_REACH = 160  # characters before the correction's verb its sentence's start is looked for in
_CORRECTED_IN = {code: lazy(p) for code, p in _CORRECTED.items()}
# A cheap look first: most reports correct nothing.
_HINTS = {
    "en": ("wrongly", "incorrectly", "erroneously", "mistakenly", "falsely", "inaccurately", "misstated",
           "misreported", "originally", "version of th"),
    "fr": ("à tort", "par erreur", "erronément", "faussement"),
    "es": ("erróneamente", "por error", "equivocadamente", "falsamente", "incorrectamente"),
    "pt": ("erroneamente", "incorretamente", "equivocadamente", "por engano", "por erro", "falsamente"),
    "it": ("erroneamente", "per errore", "falsamente", "in modo errato"),
    "de": ("fälsch", "irrtümlich"),
}

_WORD = lazy(r"[^\W\d_][\w-]*|\d[\d.,]*\d|\d")
_NUMBER = lazy(r"\d[\d.,]*\d|\d")
# Words a clause may have or leave out and say the same (auxiliaries, "that"; and negations,
# compared apart): "… that the minister had resigned" is "the minister resigned"
_SPARE = frozenset(
    "that had has have having been was were is are be did does do would could should will "
    "avait avaient était étaient a ont est sont aurait auraient été que qu' "
    "había habían habría habrían ha han era eran fue fueron estaba estaban sido que "
    "tinha tinham havia teria teriam foi foram era eram estava estavam sido que "
    "aveva avevano era erano fosse fossero stato stata stati è sono che "
    "sei seien habe haben hatte hatten hätte hätten wäre wären wurde wurden worden ist sind war waren dass "
    # (and what French and Italian elide before a vowel: n'a, l'armée, qu'il)
    "n l d qu j m c".split())
_NEGATION = lazy(r"\bn'|(?<![\w'])(?:not|no|never|none|nobody|nothing|ne|pas|jamais|aucun\w*|nunca|ningún|ninguna"
                 r"|nada|nadie|não|nenhum\w*|non|mai|nessun\w*|nicht|kein\w*|nie|niemals)(?![\w'])|n't\b")
_LEAST_WORDS = 2  # words that carry content a corrected clause must have: "the mill" says nothing wrong
# Words of the quote that may stand between two of the clause's: none ("rice was cheaper
# than in Pyongyang" is not "rice was cheaper in Pyongyang"), but in German, whose verb ends
# its clause, two ("Der Minister ist am Montag zurückgetreten" says "der Minister sei
# zurückgetreten")
_GAP = {"de": 2}


def corrected(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """Where report `text` says, of the quote at text[start:end], that what it says was wrong:
    the correction's words up to the end of its clause; or None. The clause must be in the
    quote, its words in order (_says), and the quote not the correction's own words."""
    code = primary_language(language) or "en"
    quote = text[start:end]
    for m, same in _corrections(text, code):
        if start < m.start(1) and m.start() < end:
            continue  # the quote holds the correction's words ("wrongly stated that …"): it says so
        gap = _GAP.get(code, 0)
        # (what was wrong is in the quote; the right account is of the quote's words, or the
        # reverse: "the minister did not resign" of "The minister resigned on Monday", "the
        # mine reopened in May" of "The mine never reopened")
        if (_says(quote, m.group(1), gap) or not same and _says(m.group(1), quote, gap)) \
                and ((_NEGATION.search(m.group(1)) is None) == (_NEGATION.search(quote) is None)) == same:
            # (shown from its sentence's start: "An earlier version of this article wrongly …")
            dot = text.rfind(". ", 0, m.start())
            opens = max(dot + 2 if dot >= 0 else 0, m.start() - _REACH)
            return (m.start() if opens < end and start < m.start() else opens), m.end()
    return None


@functools.lru_cache(maxsize=4)  # one report's quotes are located one after another
def _corrections(text: str, code: str) -> tuple[tuple[re.Match[str], bool], ...]:
    """The corrections `text` makes, each with whether its clause is what was wrong (True) or
    the right account (False); none in a language with no patterns here, as in most reports."""
    if code not in _CORRECTED_IN:
        return ()
    found = []
    if any(h in text for h in _HINTS[code]):
        found += [(m, True) for m in _CORRECTED_IN[code].finditer(text)]
    if _CONTRARY_HINTS[code] in text:
        found += [(m, False) for m in _CONTRARY_IN[code].finditer(text)]
    return tuple(found)


def _says(quote: str, clause: str, gap: int) -> bool:
    """Whether `quote` says what `clause` does: the clause's words, but for _SPARE's and
    negations, are the quote's in their order (a word inflected otherwise counts: "resign",
    "resigned"), with at most `gap` words of the quote between two of them. Not "Kim's sister
    visited the factory" for "Kim visited the factory", nor "The minister said the governor
    resigned" for "the minister resigned"."""
    wanted = [w for w in _WORD.findall(clause) if w not in _SPARE and not _NEGATION.fullmatch(w)]
    if sum(len(w) >= 4 or w[0].isdigit() for w in wanted) < _LEAST_WORDS:
        return False
    said = [w for w in _WORD.findall(quote) if w not in _SPARE and not _NEGATION.fullmatch(w)]
    for first in (i for i, w in enumerate(said) if _same_word(wanted[0], w)):
        at = first
        for word in wanted[1:]:
            at = next((j for j in range(at + 1, min(at + 2 + gap, len(said))) if _same_word(word, said[j])), None)
            if at is None:
                break
        else:
            return True
    return False


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one, inflected otherwise ("resign", "resigned"; "kill",
    "killed"): one begins with all but the last two letters of the other, four at least.
    A number, or a word of fewer than four letters, only as itself."""
    if a == b:
        return True
    if a[0].isdigit() or b[0].isdigit() or min(len(a), len(b)) < 4:
        return False
    shared = len(os.path.commonprefix((a, b)))
    return shared >= 4 and shared >= min(len(a), len(b)) - 2


# --- a notice the newsroom put on the report ----------------------------------------------
# "Correction: The price cited above was for pork, not rice.", "Update (March 5): … the market
# was never closed … We regret the error.", "Editor's note: … the source fabricated parts of
# this account", anywhere in the report, often at its end. A correction says something the
# report said was wrong; an update or an editor's note may only add to it ("Update: The traders
# were released on May 9") or vouch for its source, and counts only where it says something
# was wrong, retracted or unconfirmed (_ERROR). Either undoes a quote, outside the notice, that
# shares a word that carries content with it (_shares): "rice" of "rice sold for 7,500 won",
# "arrests" of "40 traders were arrested". The notice is shown with the quote, to be judged.
_CORRECTION_LABELS = {
    # (and a sentence that says so: "This article has been corrected. The closure was …")
    "en": r"corrections?|clarifications?|erratum|errata|this (?:article|story|report|post) has been corrected(?=\.)",
    "fr": r"correction|rectificatifs?|erratum|précision",
    "es": r"correcci[oó]n|fe de erratas|aclaraci[oó]n|rectificaci[oó]n",
    "pt": r"corre[cç][aã]o|errata|esclarecimento|retifica[cç][aã]o",
    "it": r"rettifica|correzione|errata corrige|precisazione",
    "de": r"korrektur|berichtigung|richtigstellung|klarstellung",
    "ru": r"поправка|исправление|уточнение",
}
_DAY = r"(?:[a-z]{3,5}\.? \d{1,2},? )?"  # a live blog's day before its time: "Sept. 12, 13:05 —"
_UPDATE_LABELS = (r"update[ds]?|editor's note|editors' note|editorial note|note from the editors?|edit(?: \d{1,2})?"
                  r"|edited to add|eta")
# a label opening a line, or a sentence: "Correction:", "Update (March 5):", "Correction, June
# 5:", "Update 10:05:", "Editor's note -" (words between the label and its colon must hold a
# date's number: not "Clarification came on Monday:"). Read in the report's own text, whose
# lines bound a notice.
_LABEL_END = r"(?:(?:,? (?=[^.:!?()\n]{0,30}\d)[^.:!?()\n]{1,30}?| ?\([^()\n]{1,30}\))? ?(?::|- )|(?<=corrected)\.)"
_NOTICE_IN = {code: lazy(rf"(?<![\w'’])(?:({fix})" + (rf"|({_UPDATE_LABELS})" if code == "en" else "")
                         + rf"){_LABEL_END}", re.IGNORECASE) for code, fix in _CORRECTION_LABELS.items()}
# … and in Chinese, Japanese and Korean, in brackets or before a colon: "【訂正】", "[정정]", "訂正："
_NOTICE_IN.update({code: lazy(r"(?:[【\[〔(（＜<] ?)?(訂正|更正|おわび(?:と訂正)?|お詫び(?:と訂正)?|勘误|勘誤|정정"
                              r"|바로잡습니다)(?: ?[】\]〕)）＞>][:：]?| ?[:：])") for code in ("ja", "zh", "ko")})
# A live blog's time opening an entry: its line ("**10:50** [정정] …", "**09:40 KST** — …"), or,
# with a dash after it, its sentence (a soft line break between entries is a space in the reading
# text: "… the ministry says. Sept. 12, 13:05 — CORRECTION …")
_STAMP = r"[*_]*" + _DAY + r"(\d{1,2}[:.]\d{2})(?!\d)(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?[*_]*"
_STAMPED = rf"(?:(?:^|(?<=\n)){_STAMP}|(?<=[.!?] ){_STAMP} [-—–])"
# (what the label follows: a line's start, a sentence's end, or a live blog's time opening an
# entry: "**12:30 KST** — Correction: …")
_OPENED = lazy(r"(?:^|\n|[.!?][\"')\]”’*_]* |[。！？]|" + _STAMPED + r" (?:[-—–] )?)[*_]*$", re.IGNORECASE)
_OPENED_REACH = 30  # characters before a label that _OPENED reads
_NOTICE_LENGTH = 600  # characters of a notice read, at most
# A cheap look first: most reports have no notice
_NOTICE_HINTS = {"en": ("correction", "been corrected", "clarification", "errat", "update", "edit", "eta:"),
                 "fr": ("correction", "rectificatif", "errat", "précision"),
                 "es": ("correcci", "errata", "aclaraci", "rectificaci"),
                 "pt": ("corre", "errata", "esclarec", "retifica"),
                 "it": ("rettifica", "correzione", "errata", "precisazione"),
                 "de": ("korrektur", "berichtigung", "richtigstellung", "klarstellung"),
                 "ru": ("поправка", "исправлени", "уточнени"),
                 "ja": ("訂正", "更正", "おわび", "お詫び"), "zh": ("更正", "勘误", "勘誤"), "ko": ("정정", "바로잡")}
# What says, in an update or an editor's note, that something the report said was wrong (not
# "found errors in their paperwork", "the arrests were not confirmed by Seoul either")
_ERROR = lazy(r"\b(?:incorrect(?:ly)?|wrong(?:ly)?|false(?:ly)?|untrue|erroneous(?:ly)?|mistaken(?:ly)?"
              r"|(?:regret|apologi[sz]e for) (?:the|this|that|our|any) (?:error|mistake|confusion)"
              r"|(?:published|reported|stated|included) in error"
              r"|an? (?:error|mistake) in (?:this|the|our) (?:article|report|story|piece)"
              r"|inaccurate(?:ly)?|misidentifie[ds]|misstated|misreported|misquoted|misattributed"
              r"|retract(?:ed|ion|s)?|withdr[ae]wn?|fabricat(?:ed|ion|ions)|hoax"
              r"|(?:has|have|had|was|were) (?:since )?been corrected"
              r"|(?:unable|(?:was|were|is|are|have been|has been)(?: not|n't) able) to (?:independently )?"
              r"(?:confirm|verify|corroborate)"
              r"|(?:could|can|did|has|have)(?: not|n't) (?:be |been )?(?:independently )?"
              r"(?:confirm|verif|corroborat)\w*"
              r"|never (?:happened|took place|occurred)"
              # "The number of homes buried was 14, not 40; … a transcription error on our part"
              r"|(?:error|mistake) on (?:our|my|the reporter's) part|\d,? not \d[\d,.]*(?! (?:percent|per cent|%))"
              r"|(?:earlier|previous|original|initial|first) (?:figure|number|toll|count|estimate|total|report)"
              r" (?:was|is|had been|contained|included) (?:wrong|incorrect|mistaken|inflated|exaggerated"
              r"|(?:an?|in) (?:[\w-]+ ){0,3}error)"
              r"|(?:revised|corrected) (?:its|the|their|our) (?:[\w-]+ )?(?:figures?|totals?|toll|count|estimates?)"
              r"|(?:my|our) (?:mistake|error|bad))\b")
# A notice of what an earlier version said ("Correction: An earlier version of this article
# said thirty.", "We wrongly reported that Kim visited the factory") says the report's words
# now are right: `corrected` reads its clause, which the quote may still repeat. Nor one of a
# photo's caption, a name's spelling or someone's title, which no quote of the text repeats.
_AS_FIRST = lazy(r"\b(?:(?:earlier|previous|original|initial|first|older) (?:version|draft|edition)"
                 rf"|originally|previously|initially|{_WRONGLY}|misstated|misreported"
                 r"|caption|photo(?:graph)?|picture|image|byline|headline|(?:mis)?spell(?:ed|ing|t)?|job title)\b")
# Words too common in a notice to tie it to a quote: "An earlier version of this article said …"
_NOTICE_WORDS = frozenset(
    "this that these those article report story version earlier later above below said says stated source sources "
    "told reported reports according which with from have been were their there about after before also "
    "week weeks month months year years today yesterday people".split())


def noticed(start: int, end: int, body: Normalized, original: str, language: str) -> tuple[int, int] | None:
    """Where in `original` a notice of the report's (above) undoes the quote at normalised
    body.text[start:end]: the notice, from its label to its line's end; or None."""
    code = primary_language(language) or "en"
    at, to = body.start(start), body.end(end)
    for opens, closes, fix, notice in _notices(original, code):
        if opens <= at < closes or at <= opens < to:
            continue  # the quote is the notice's words, or holds them
        if at >= closes and not _atop(original[:opens].strip()):
            continue  # a notice below the text (not atop it, under its title) is of what comes before it
        edit = _EDIT_LABEL.match(original, opens) is not None  # a post's own: "EDIT: Deleting the …"
        if not (fix or _ERROR.search(notice) or edit and _EDITED_OUT.search(notice)) or _AS_FIRST.search(notice):
            continue
        # A live blog's notice that names an entry by its time ("Correction: our 09:40 entry …")
        # is of that entry alone: every entry of it may share words with it ("missile").
        entries = _entries(original)
        # (the times it names, past its own entry's: "CORRECTION to the 09:45 entry: …")
        named = {_clock(t) for t in _TIME.findall(original, opens, closes)} - {_entry_of(entries, opens)}
        if named & entries.keys():
            if _entry_of(entries, at) in named:
                return opens, closes
        # (not a clause of it that vouches for what it names: "EDIT: Deleting the surgery part
        # … The 21 days is correct", "The date is correct, but …")
        elif _shares(body.text[start:end], " ".join(c for c in _CLAUSE_BREAK.split(notice) if not _VOUCHES.search(c))):
            return opens, closes
        # … or one of the whole report: "Editor's note: Daily NK was unable to corroborate this
        # account with a second source."
        elif _OF_IT_ALL.search(notice):
            return opens, closes
    return None


def _atop(before: str) -> bool:
    """Whether the text before a notice is at most its report's title: one line, no sentence."""
    return not before or "\n" not in before and len(before) <= 150 and before[-1] not in ".!?。！？"


_CLAUSE_BREAK = lazy(r"(?<=[.!?;])\s+|,? but ")
_OF_IT_ALL = lazy(r"\b(?:(?:unable to|(?:could|can|did|has|have|was|were)(?: not|n't)(?: been)?(?: able to)?)"
                  r" (?:independently )?"
                  r"(?:confirm|verify|corroborate) (?:this|these) (?:account|report|story|article|information"
                  r"|testimony|post|claims?)"
                  r"|(?:this|these) (?:account|report|story|information|testimony|post|claims?)"
                  r" (?:(?:is|was|are|remains?) (?:unconfirmed|unverified|uncorroborated)"
                  r"|(?:has|have) not (?:yet )?been (?:independently )?(?:verified|confirmed|corroborated)))\b")
_TIME = lazy(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?![\d])")
_VOUCHES = lazy(r"\b(?:is|are|was|were|remains?|stays?) (?:still |indeed )?(?:correct|accurate|right|true|confirmed)\b")
# … and what a post's own edit takes back: "EDIT: Deleting the surgery part", "Scratch that"
_EDIT_LABEL = lazy(r"(?i:edit(?!or)|eta\b)")
_EDITED_OUT = lazy(r"\b(?:delet(?:e|ed|ing) (?:the|that|this|my)|scratch that|disregard (?:the|that|this|my))\b")


# A live blog's entry, by the time that opens it: "**09:40 KST** — A trader tells us …",
# "Sept. 12, 09:45 — Kim will meet Putin …"
_ENTRY_TIME = lazy(_STAMPED, re.IGNORECASE)


def _clock(time: str) -> tuple[int, int]:
    """09:40, 9.40 → (9, 40)."""
    hours, minutes = re.split(r"[:.]", time)
    return int(hours), int(minutes)


@functools.lru_cache(maxsize=4)
def _entries(original: str) -> dict[tuple[int, int], int]:
    """A live blog's entries, by the time opening each: where each starts; none where fewer
    than two do (a report that is no live blog)."""
    found = {_clock(m[1] or m[2]): m.start() for m in _ENTRY_TIME.finditer(original)}
    return found if len(found) >= 2 else {}


def _entry_of(entries: dict[tuple[int, int], int], at: int) -> tuple[int, int] | None:
    """The time of the entry original[at] is in: the last to start before it."""
    before = [(starts, time) for time, starts in entries.items() if starts <= at]
    return max(before)[1] if before else None


@functools.lru_cache(maxsize=4)  # one report's quotes are located one after another
def _notices(original: str, code: str) -> tuple[tuple[int, int, bool, str], ...]:
    """Each notice in the report's text `original`: where it starts and ends (its line's end,
    or the next notice's start), whether it is a correction's, and its words normalised."""
    if code not in _NOTICE_IN:
        return ()
    low = original.lower()
    if not any(hint in low for hint in _NOTICE_HINTS[code]):
        return ()
    labels = [(m.start(), m.group(1) is not None) for m in _NOTICE_IN[code].finditer(original)
              if _OPENED.search(original, max(0, m.start() - _OPENED_REACH), m.start())]
    found = []
    for k, (opens, fix) in enumerate(labels):
        line = original.find("\n", opens)
        closes = min(len(original) if line < 0 else line, opens + _NOTICE_LENGTH,
                     labels[k + 1][0] if k + 1 < len(labels) else len(original))
        found.append((opens, closes, fix, normalize(original[opens:closes]).text))
    return tuple(found)


def _shares(quote: str, notice: str) -> bool:
    """Whether the quote and the notice share a word that carries content (a number, or a
    word of four letters or more not in _NOTICE_WORDS), inflected alike or not."""
    def words(text: str) -> set[str]:
        # (and each number alone: Chinese and Japanese write it inside a word, "死者は30人に上った")
        return {w for w in (*_WORD.findall(text), *_NUMBER.findall(text))
                if (w[0].isdigit() or len(w) >= 4) and w not in _NOTICE_WORDS}
    said = words(notice)
    return any(_same_word(w, n) for w in words(quote) for n in said)


# --- a footnote that doubts the sentence it is on ----------------------------------------
# "The Sunchon plant produced 20,000 tonnes of cement in May.[^1]" with "[^1]: This figure
# could not be independently verified and may be exaggerated.": the note is the report's
# word on the quote's sentence, as a clause after it would be. (Not "[^1]: Figure from a
# factory accountant, cross-checked with rail records.", nor "… official figures are often
# inflated", of other figures.)
_MARKER = lazy(r"\[\^([^\]\s^]{1,40})\]")
_CLOSING_MARKERS = r"[\"')\]”’]*(?:\[\^[^\]\s^]{1,40}\])*"  # closing marks, then footnote markers
_MARKERS_AFTER = lazy(_CLOSING_MARKERS)
_SENTENCE_END = lazy(rf"(?:[^.!?\n]{{0,200}}?[.!?])?{_CLOSING_MARKERS}")
_FOOTNOTE_DOUBT = lazy(r"\b(?:unconfirmed|unverified|uncorroborated|unsubstantiated|disputed|contested"
                       r"|(?:may|might|could|is likely to|are likely to) (?:well )?(?:be|have been)"
                       r" (?:exaggerated|inflated|overstated|wrong|false|inaccurate)"
                       r"|not (?:been |yet )*(?:independently )?(?:verified|confirmed|corroborated)"
                       r"|cannot be (?:independently )?(?:verified|confirmed))\b")


def footnoted(start: int, end: int, body: Normalized, original: str) -> tuple[int, int] | None:
    """Where in `original` the definition of a footnote on the quote at normalised
    body.text[start:end] (inside it, or after it to its sentence's end: "in May[^1].", "in
    May.[^1]") doubts it, to its line's end; or None."""
    if "[^" not in original:
        return None
    at, to = body.start(start), body.end(end)
    ended = original[to - 1:to] in (".", "!", "?")  # the quote holds its full stop: the markers right after it
    after = (_MARKERS_AFTER if ended else _SENTENCE_END).match(original, to)
    for label in _MARKER.findall(original, at, after.end()):
        opens = original.find(f"\n[^{label}]:")
        if opens < 0:
            continue
        line = original.find("\n", opens + 1)
        closes = len(original) if line < 0 else line
        if _FOOTNOTE_DOUBT.search(note := normalize(original[opens + 1:closes]).text) or _ERROR.search(note):
            return opens + 1, closes
    return None


# --- a report that says it is satire -------------------------------------------------------
# "*This article is satire.*", "This is a satirical piece." on a line of its own anywhere in
# the report: nothing in it is said as so. Not words someone is quoted saying ("'This report is
# fiction,' KCNA said"), nor a heading or list item "Satire". English.
# (also past words of its own, "This article is part of our April Fools' series and is entirely
# fictional.", and a masthead's label line: "*The Pyongyang Onion — satire.*")
_SATIRE = lazy(r"^(?![\"“'‘«])[^\w\n]{0,4}(?:(?:this (?:article|piece|story|post|column|report|item)|this"
               r"|the following|what follows)(?: [^\n.\"“”]{1,60}? and)? (?:is|are)"
               r" (?:entirely |purely |wholly |completely )?"
               r"(?:a work of |a piece of |pure |intended as |meant as |an? )?"
               r"(?:satire|satirical(?: [a-z]+)?|parody|spoof|fiction|fictional)\b[^\n\"“”]{0,120}"
               r"|[^\n\"“”]{1,60}? (?:—|–|-|:) (?:satire|parody)[.!]?[^\w\n]{0,4})$",
               re.IGNORECASE | re.MULTILINE)
# (looked for first, without lowering the whole report: most have none)
_SATIRE_HINTS = ("atir", "ATIR", "arod", "AROD", "poof", "POOF", "ictio", "ICTIO")


def satirical(start: int, end: int, body: Normalized, original: str, language: str) -> tuple[int, int] | None:
    """Where in `original` the report says it is satire, when the quote at normalised
    body.text[start:end] is not those words; or None."""
    code = primary_language(language) or "en"
    said = _satire(original) if code == "en" else _satire_in(original, code) if code in _SATIRE_IN_HINTS else None
    if said is None:
        return None
    return None if said[0] <= body.start(start) < said[1] else said


# … and the plainest such lines in Japanese, Chinese, Korean and Russian: "※この記事は風刺です。",
# "本文为讽刺文章", "이 기사는 풍자입니다", "Эта статья — сатира."
_SATIRE_IN = lazy(r"^(?![\"“'‘«「『])[^\w\n]{0,4}(?:この記事は(?:風刺|パロディ|フィクション)|本文(?:为|為|是|系)(?:讽刺|諷刺|虚构|虛構)"
                  r"|(?:이|본) 기사는 (?:풍자|패러디|허구)|(?:эта|данная) (?:статья|публикация|заметка)"
                  r"(?: —| -| является)? (?:сатира|сатирическ\w*|пародия|вымысел))[^\n]{0,80}$",
                  re.IGNORECASE | re.MULTILINE)
_SATIRE_IN_HINTS = {"ja": ("風刺", "パロディ", "フィクション"), "zh": ("讽刺", "諷刺", "虚构", "虛構"),
                    "ko": ("풍자", "패러디", "허구"), "ru": ("сатир", "Сатир", "пароди", "вымысел")}


@functools.lru_cache(maxsize=4)
def _satire_in(original: str, code: str) -> tuple[int, int] | None:
    if not any(hint in original for hint in _SATIRE_IN_HINTS[code]):  # (its own language's words alone)
        return None
    return m.span() if (m := _SATIRE_IN.search(original)) is not None else None


@functools.lru_cache(maxsize=4)  # one report's quotes are located one after another
def _satire(original: str) -> tuple[int, int] | None:
    if not any(hint in original for hint in _SATIRE_HINTS):
        return None
    return m.span() if (m := _SATIRE.search(original)) is not None else None
