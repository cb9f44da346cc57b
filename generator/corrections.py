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
"""

from __future__ import annotations

import os

from generator.lazyre import lazy
from generator.negations import primary_language

_WRONGLY = (r"(?:wrongly|incorrectly|erroneously|mistakenly|falsely|inaccurately)")
_STATED = (r"(?:said|stated|reported|claimed|suggested|wrote|indicated|asserted|implied|described how"
           r"|gave the impression that)")
# What the correction says was wrong, up to the clause's end: "… that | the minister resigned"
_CLAUSE = r"([^.!?;:,()\"]{5,240})"
_CORRECTED = {
    # "An earlier version of this article wrongly stated that …", "We incorrectly reported …",
    # "It was erroneously reported that …", "The ministry falsely claimed that …", "… misstated that …"
    "en": rf"(?:\b{_WRONGLY} {_STATED}|\b(?:was|were|had been|has been|have been) {_WRONGLY} (?:reported|stated|said"
          rf"|claimed)|\b(?:misstated|misreported))(?: that)? {_CLAUSE}",
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
    "en": r"\bcontrary to (?:what (?:was|we|had been|has been|we had) (?:\w+ )?(?:reported|stated|said|written|published)"
          r"|(?:our|an|the) (?:earlier|previous|initial|original) (?:report|version|article|story))(?: earlier"
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
           "misreported"),
    "fr": ("à tort", "par erreur", "erronément", "faussement"),
    "es": ("erróneamente", "por error", "equivocadamente", "falsamente", "incorrectamente"),
    "pt": ("erroneamente", "incorretamente", "equivocadamente", "por engano", "por erro", "falsamente"),
    "it": ("erroneamente", "per errore", "falsamente", "in modo errato"),
    "de": ("fälsch", "irrtümlich"),
}

_WORD = lazy(r"[^\W\d_][\w'-]{3,}|\d[\d.,]*\d|\d")
# Words that carry no claim of their own, of the languages above (auxiliaries, articles,
# pronouns, conjunctions four letters or longer)
_FUNCTION = frozenset(
    "that this were have been with from they their them there which would could about into also than then when what "
    "said says some more most other only over after before since such these those being will "
    "avait avaient était étaient aurait auraient avoir être cette dans pour avec leur leurs sont elle elles "
    "había habían estaba estaban sido habría habrían esta este para como pero desde "
    "tinha tinham havia estava estavam teria teriam essa esse "
    "aveva avevano stato stata erano fosse fossero essere questo questa dopo sono "
    "seien habe haben hatte hatten hätte hätten wäre wären wurde wurden worden sein dass nach einer einem eines "
    "diese dieser dieses".split())
_NEGATION = lazy(r"\bn'|(?<![\w'])(?:not|no|never|none|nobody|nothing|ne|pas|jamais|aucun\w*|nunca|ningún|ninguna"
                 r"|nada|nadie|não|nenhum\w*|non|mai|nessun\w*|nicht|kein\w*|nie|niemals)(?![\w'])|n't\b")


def corrected(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """Where report `text` says, outside the quote at text[start:end], that what the quote
    says was wrong: the correction's words up to the end of its clause; or None."""
    code = primary_language(language) or "en"
    if code not in _CORRECTED_IN:
        return None
    wrongly = any(h in text for h in _HINTS[code])
    contrary = _CONTRARY_HINTS[code] in text
    if not (wrongly or contrary) or len(words := _content(quote := text[start:end])) < 2:
        return None
    # (the wrong clause as the quote says it; or the right one, the quote's words negated)
    for pattern, same in ((_CORRECTED_IN[code], True) if wrongly else (None, True),
                          (_CONTRARY_IN[code], False) if contrary else (None, False)):
        for m in pattern.finditer(text) if pattern is not None else ():
            if m.start() < end and start < m.end():
                continue  # the quote is the correction's own words
            clause = _content(m.group(1))
            if len(clause) >= 2 and all(any(_same_word(c, q) for q in words) for c in clause) \
                    and ((_NEGATION.search(m.group(1)) is None) == (_NEGATION.search(quote) is None)) == same:
                # (shown from its sentence's start: "An earlier version of this article wrongly …")
                dot = text.rfind(". ", 0, m.start())
                opens = max(dot + 2 if dot >= 0 else 0, m.start() - _REACH)
                return (m.start() if opens < end and start < m.start() else opens), m.end()
    return None


def _content(words: str) -> set[str]:
    """The words of `words` that carry content: not _FUNCTION's, nor a negation (compared apart)."""
    return {w for w in _WORD.findall(words) if w not in _FUNCTION and not _NEGATION.fullmatch(w)}


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one, inflected otherwise ("resign", "resigned"; "kill",
    "killed"): one begins with all but the last two letters of the other, four at least.
    A number only as itself."""
    if a == b:
        return True
    if a[0].isdigit() or b[0].isdigit():
        return False
    shared = len(os.path.commonprefix((a, b)))
    return shared >= 4 and shared >= min(len(a), len(b)) - 2
