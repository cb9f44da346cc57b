"""Words right outside a quote that make its words say something else, though no negation,
hedge or ellipsis is involved: the quote is the report's own words, cut where the report
went on to limit or undo them.

- a privative word before them: "vaccination certificates are sold" of "Fake vaccination
  certificates are sold", 백신 증명서 of 가짜 백신 증명서, "certificados" of "certificados
  falsos";
- an exception after words that say all or none: "All mines reopened" of "All mines reopened
  except the one at Musan" (before them, where the language puts it: 除了茂山以外，| 所有矿山…);
- a yes-or-no question they are the body of: "the army shell the town" of "Did the army
  shell the town?", 军队炮击了城镇 of 军队炮击了城镇吗？;
- a condition contrary to fact opening their sentence: "the village would have survived" of
  "Had the dam held, the village would have survived", and a wish: "Residents wish | …";
- a limit after them: "… in name only", "…, at least on paper.", "…, allegedly.", "…, or so
  the ministry claims";
- what the report says of them next: "…, a report the agency later retracted", "…, ce qui
  s'est révélé faux".

Each rule was narrowed after a review of faithful quotes it flagged: a name's marker
("so-called", 이른바, いわゆる), words that are also verbs ("failed", "forged ties"), paper
itself, a count up to a date that stays true, questions asking why or taking their clause as
fact, and claims whose doubters are themselves doubted are left alone. Positions are in
normalised (case-folded) text; each rule reads only the few words beside the quote.
"""

from __future__ import annotations

import re

from generator.figures import figure_cut
from generator.negations import primary_language

_OPEN = r"[\"'(\[]?"  # a quotation mark or bracket the quote may start inside

# --- a privative word right before the quote -----------------------------------------
# Words that say the thing is not what its noun names. Not a name's marker ("so-called",
# sogenannt, 이른바, 所谓, いわゆる: as often naming as doubting), nor words that are also
# verbs or other words ("failed", "forged ties", "mock" as "ridicule", "por supuesto", 소위 a
# rank, 病假 or 打假 in Chinese).

_PRIVATIVE_BEFORE = {
    "en": r"(?<![\w-])(?<!to )(?:fake|sham|bogus|phony|phoney|counterfeit|fictitious|purported|pseudo|supposedly) "
          # "the alleged | coup attempt"; not the verb of saying, "Residents alleged | the guards …"
          r"|(?=(?:alleged|rumou?red|supposed) )(?:^|(?<=[.!?(] )|(?<=\n)|(?<=\b(?:the|his|her|its|for|our|two) )"
          r"|(?<=\b(?:an|of|in|on|by) )|(?<=\ba )"
          r"|(?<=\b(?:their|about|after|these|those) )|(?<=\b(?:with|over) ))(?:alleged|rumou?red|supposed) ",
    "fr": r"(?<![\w-])(?:prétendue?s?|faux|fausses) ",
    "es": r"(?<![\w-])(?:falsos|falsas|presunt[oa]s?|falsificad[oa]s) ",
    "pt": r"(?<![\w-])(?:falsos|falsas|pretens[oa]s?|falsificad[oa]s) ",
    "it": r"(?<![\w-])(?:presunt[oaie]|fals[oaie]|finti|finte|finto|finta) ",
    "de": r"(?<![\w-])(?:gefälscht\w*|angeblich\w*|vermeintlich\w*) ",
    "ru": r"(?<![\w-])(?:поддельн\w+|фальшив\w+|мним\w+) ",
    "ko": r"(?<!\S)(?:가짜|위조된) ",
    "zh": r"(?:假冒的?|伪造的?|偽造的?|虚假的?|虛假的?|冒牌的?) ?",
    "ja": r"(?:(?<!真)偽の|偽造の|偽造された|ニセの|にせの) ?",  # (not 真偽の, "whether true")
}
# … and after it, where an adjective follows its noun: "certificados de vacunación | falsos"
_PRIVATIVE_AFTER = {
    "fr": r" (?:faux|fausses|falsifié(?:e|s|es)?|contrefait(?:e|s|es)?)(?=[\s.,;:!?)]|$)",
    "es": r" (?:falsos|falsas|falsificad[oa]s?)(?=[\s.,;:!?)]|$)",
    "pt": r" (?:falsos|falsas|falsificad[oa]s?)(?=[\s.,;:!?)]|$)",
    "it": r" (?:falsi|false|falsificat[oaie]|contraffatt[oaie])(?=[\s.,;:!?)]|$)",
}

# --- an exception to a quote that says "all" -------------------------------------------------
# Only where the quote's own words say all, every or none ("All mines reopened" of "… except
# the one at Musan"); "Most factories stood idle, except …" already allows it, "except that"
# adds a caveat, not an exception.

_EXCEPT_AFTER = {
    "en": r",? (?:except(?:ing)?(?! that| to| when| if| where| as| perhaps| possibly| maybe)|save for"
          r"|with the exception of)\b",
    "fr": r",? (?:sauf(?! que| si| imprévu)|excepté|hormis|à l'exception d)",
    "es": r",? (?:excepto|salvo(?! que)|a excepción d|con excepción d)",
    "pt": r",? (?:exceto|salvo(?! que)|à exceção d|com exceção d)",
    "it": r",? (?:tranne|eccetto|ad eccezione d)",
    "de": r",? (?:au(?:ß|ss)er(?! landes| kontrolle| acht| betrieb| dienst| frage| haus)|ausgenommen|mit ausnahme)\b",
    "ru": r",? (?:кроме(?! того| этого| всего| шуток| них| как)|за исключением)\b",
}
_EXCEPT_BEFORE = {
    "zh": r"除了[^，,。；;！？!?]{1,24}(?:以外|之外)[，,]? ?",
    "ja": r"を除く ?",
    "ko": r"(?:을|를) 제외한 ",
}
_ALL = {
    "en": r"(?<!nearly )(?<!almost )(?<!virtually )(?<!practically )(?<!above )(?<!after )(?<!at )(?<![\w-])"
          r"(?:all(?! but| the| told| in all|-)|every|everyone|everybody|everything|none|nobody|no one|nothing)(?![\w-])",
    "fr": r"(?<!\w)(?:tous|toutes|chaque|aucun|aucune|rien)(?!\w)",
    "es": r"(?<!\w)(?:todos|todas|cada(?! vez)|ningún|ninguno|ninguna|nadie|nada)(?!\w)",
    "pt": r"(?<!\w)(?:todos|todas|cada(?! vez)|nenhum|nenhuma|ninguém|nada)(?!\w)",
    "it": r"(?<!\w)(?:tutti|tutte|ogni|nessun|nessuno|nessuna|niente|nulla)(?!\w)",
    "de": r"(?<!\w)(?:alle(?! \w+ (?:tage|wochen|monate|jahre))|allen|jede|jeder|jedes|jeden|kein|keine|keiner|niemand"
          r"|nichts)(?!\w)",
    # (ё is read as е: "всё чаще", "всё же", "всё ещё" are "more and more", "still")
    "ru": r"(?<!\w)(?:все(?! (?:чаще|же|еще|равно|таки|больше|меньше|более|менее))|всех|каждый|каждая|каждое|ни один"
          r"|никто|ничто|ничего)(?!\w)",
    "zh": r"所有|全部|一切|任何",
    "ja": r"すべて|全て|全部|あらゆる",
    "ko": r"모든|전부|모두",
}

# --- a yes-or-no question ------------------------------------------------------------
# The quote starts right after the word that opens the question ("Did | the army shell the
# town?"), and a question mark follows it. Not a question asking why, when or how, nor one
# whose verb takes its clause as fact ("Did anyone notice that | prices had tripled?",
# 你知道 | 粮价涨了三倍吗？).

# (a look-behind: the words undone start at the opening word, not at the last sentence's full
# stop, which may end another paragraph: "… year.⏎⏎Did the army | shell the mill?")
_SENTENCE_START = r"(?:^|(?<=[.!?] )|(?<=[.!?]\s\s)|(?<=\n))"
_ASKING = {
    "en": _SENTENCE_START + r"(?:and |so |but )?(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would"
          r"|should|shall) ",
    "de": _SENTENCE_START + r"(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|kann|können"
          r"|konnte|konnten) ",
    "fr": _SENTENCE_START + r"est-ce qu(?:e |')",
    "es": r"(?:^|(?<=[.!?\s]))¿",
    "ru": _SENTENCE_START + r"(?:неужели|разве) ",
}
_ASKED_AFTER = r"[\"')\]]* ?\?"
_CJK_ASKED_AFTER = {"zh": r"(?:吗|嗎)[\"')\]]*\?", "ja": r"(?:のか|のですか|のでしょうか)[\"')\]]*\?"}
# … unless the question is negated, doubts a doubt or takes its clause as fact
_NOT_ASKED = re.compile(r"\b(?:not|no|never|doubt|doubts|deny|denies|dispute|disputes|question)\b|n't\b"
                        r"|[不没沒未]|難道|难道|知道|注意到|记得|記得|忘记|忘記|发现|發現|听说|聽說|谁|誰"
                        r"|なぜ|どうして|なんで|誰|いつ|どこ|何")

# --- a condition contrary to fact, or a wish --------------------------------------------
# "Had the dam held, | the village would have survived"; not "Had a meeting with …" (a note's
# "I had"), "If only because …" or "If only for a few hours" (even if), nor "wish to" (want).

_COUNTERFACTUAL_BEFORE = {
    "en": _SENTENCE_START + r"(?:had(?! (?:a|an|enough|lunch|dinner|breakfast|no|to)\b)(?: [^\s.!?,;:]+){1,8}"
          r"|were(?! (?:a|an|no|to)\b)(?![^.!?,;:]* to )(?: [^\s.!?,;:]+){1,8}"
          r"|if only(?! (?:because|for|to|in|on|as|a|an|once|[a-z]+ly)\b)(?: [^\s.!?,;:]+){1,10}), [\"']?"
          r"|\b(?:wish|wishes|wished)(?: that)? ",  # (not "wish to": see scope_cut)
}
_WOULD = re.compile(r"\b(?:would|could|might)\b|'d\b")
_WISHES_NOUN = re.compile(r"\b(?:best|good|warm|warmest|kind|his|her|their|its|our) wishes $")

# --- what the report says of them after: false -------------------------------------------
# Not where the quote says whose claim it is ("The ministry said 200 people died, a claim
# that rights groups dispute"), nor a denial itself doubted ("difficult to dispute", "rarely
# dispute", "beyond dispute", "denied but later confirmed").

_DOUBTED = (r"(?!(?: [^\s.!?,;:]+){0,6}? (?:no|not|nobody|none|never|few|hardly|difficult|hard|rarely|seldom|fail|fails"
            r"|failed|unable|only|beyond|impossible)\b)")
_REFUTED_AFTER = {
    "en": r"(?:,| -| ?\() (?:a|the|an) (?:story|stories|report|reports|claim|claims|account|accounts|rumou?rs?)"
          r"(?: (?:that|which))?" + _DOUBTED +
          # someone's doing, the clause ending with it: "a report the agency later retracted", not
          # "a report that contradicts the official toll" (the report does the contradicting)
          r"(?: [^\s.!?,;:]+){1,5} (?:later |since |quickly |subsequently |flatly |strongly )?"
          r"(?:retracted|withdrew|rejects?|rejected|denies|denied|disputes?|disputed|contradicts?|contradicted)"
          r"(?=[.;:!?)]|$)"
          r"|(?:,| -| ?\() (?:a|the|an) (?:story|report|claim|account|rumou?r)s? (?:that |which )?(?:later |since )?"
          r"(?:turned out to be|proved|was proven|was shown to be) (?:a hoax|false|untrue|fabricated|wrong)\b",
    "fr": r",? (?:ce qui|ce que) (?:[^\s.!?,;:]+ ){0,4}(?:s'est révélé|s'est avéré|s'avère) "
          r"(?:faux|fausse|inexact|inexacte|erroné|erronée|infondé|infondée)\b",
    "es": r",? (?:lo cual|lo que) (?:[^\s.!?,;:]+ ){0,3}?(?:resultó ser|resultó) "
          r"(?:falso|falsa|incierto|incierta|erróneo|errónea|infundado|infundada)\b",
    "de": r",? was sich (?:später |inzwischen |bald )?als (?:falsch|unwahr|erfunden|haltlos) "
          r"(?:erwies|erwiesen hat|herausstellte|herausgestellt hat)\b",
    "ru": r",? (?:однако|но) (?:позже |впоследствии )?(?:это|эти сведения|эту информацию) "
          r"(?:опровергли|было опровергнуто|опровергнуто)",
    "zh": r"[,，] ?(?:但|但是|不过)[^。.!?！？]{0,6}[这這][一种種些]?(?:说法|报道|消息|說法|報道)(?:是|为|為)?"
          r"(?:假的|不实|不實|虚假|虛假|错误|錯誤)",
}
# the quote names whose claim it is, or is of the claim or rumour itself
_OWN_ATTRIBUTION = re.compile(r"\b(?:said|says|say|reported|reports|claimed|claims|claim|insisted|insists|denied|alleged"
                              r"|estimated|estimates|found|concluded|wrote|noted|according"
                              r"|rumou?rs?|stor(?:y|ies)|dismiss\w*|disprov\w*|contradict\w*"
                              r"|affirme|affirmait|a affirmé|rumeur|afirma|afirmó|se rumoreó|rumores"
                              r"|behauptete|behauptet|gerüchte|сообщ\w*|заяв\w*|слух\w*)\b"
                              r"|称|稱|报道|報道|消息|传闻|傳聞|流传|流傳")

# --- a limit after the quote -------------------------------------------------------------
# Set off and ending the sentence or clause: "…, at least on paper.", "… in name only", "…,
# allegedly."; not paper itself ("The leaflets were printed on paper", "en el papel de" a role).

_LIMIT_END = r"(?=[.!?;:)]|$)"
_LIMITED_AFTER = {
    "en": r"(?: in name only| only in name|, (?:at least|only) on paper|, on paper(?: at least| only)| only on paper"
          r"|, (?:at least |only )?in theory(?: at least| only)?|, at least officially"
          r"|, (?:allegedly|supposedly|purportedly|ostensibly))" + _LIMIT_END
          + r"|, or so (?:the |state |officials |authorities |it |they |we |pyongyang |seoul |kcna )"
            r"(?:[^\s.!?,;:]+ ){0,4}(?:claims?|claimed|says?|said|insists?|insisted|maintains?)\b",
    "fr": r", (?:du moins|en tout cas|au moins) sur le papier" + _LIMIT_END,
    "es": r", (?:al menos|por lo menos) (?:en el|sobre el) papel" + _LIMIT_END,
    "pt": r", pelo menos no papel" + _LIMIT_END,
    "it": r", almeno sulla carta" + _LIMIT_END,
    "de": r", (?:zumindest|jedenfalls|wenigstens) auf dem papier" + _LIMIT_END,
    "ru": r", (?:по крайней мере|хотя бы) на бумаге" + _LIMIT_END,
}


def _compiled(table: dict[str, str], anchored_end: bool) -> dict[str, re.Pattern[str]]:
    return {code: re.compile(f"(?:{p}){_OPEN}$" if anchored_end else p) for code, p in table.items()}


_PRIVATIVE_BEFORE_IN = _compiled(_PRIVATIVE_BEFORE, True)
_EXCEPT_BEFORE_IN = _compiled(_EXCEPT_BEFORE, True)
_COUNTERFACTUAL_IN = _compiled(_COUNTERFACTUAL_BEFORE, True)
_ASKING_IN = _compiled(_ASKING, True)
_PRIVATIVE_AFTER_IN = _compiled(_PRIVATIVE_AFTER, False)
_EXCEPT_AFTER_IN = _compiled(_EXCEPT_AFTER, False)
_REFUTED_AFTER_IN = _compiled(_REFUTED_AFTER, False)
_LIMITED_AFTER_IN = _compiled(_LIMITED_AFTER, False)
_CJK_ASKED = _compiled(_CJK_ASKED_AFTER, False)
_ALL_IN = _compiled(_ALL, False)
_ASKED_AFTER_IN = re.compile(_ASKED_AFTER)
# 除了 X 以外，所有 Y 也…: "besides X, all Y too", not an exception
_ADDING = re.compile(r"[也还還亦又另]")
_LOOK_BACK = 160  # characters before a quote a sentence's opening words are looked for in


def scope_cut(start: int, end: int, text: str, language: str, leading: bool, trailing: bool) -> tuple[int, int] | None:
    """The quote text[start:end] with the words beside it that make it say something else
    (see the module's docstring), or None. `leading`, `trailing`: the quote starts or ends
    with an ellipsis, which stands for other words than these."""
    code = primary_language(language) or "en"
    lo = max(0, start - _LOOK_BACK)
    quote = text[start:end]
    says_all = (p := _ALL_IN.get(code)) is not None and p.search(quote) is not None
    found: list[tuple[int, int]] = []
    if not leading:
        before = [_PRIVATIVE_BEFORE_IN.get(code)]
        before += [_EXCEPT_BEFORE_IN.get(code)] if says_all and not (code == "zh" and _ADDING.search(quote)) else []
        before += [_COUNTERFACTUAL_IN.get(code)] if _would(quote) else []
        found += [(m.start(), start) for p in before if p is not None and (m := p.search(text, lo, start))]
        if (p := _COUNTERFACTUAL_IN.get(code)) is not None and not _would(quote) \
                and not quote.startswith(("to ", "for ")) and not _WISHES_NOUN.search(text, lo, start) \
                and (m := p.search(text, lo, start)) and m.group().lstrip().startswith("wish"):
            found.append((m.start(), start))  # "Residents wish | the factory had reopened"
    if not trailing:
        after = [_PRIVATIVE_AFTER_IN.get(code), _LIMITED_AFTER_IN.get(code)]
        after += [_EXCEPT_AFTER_IN.get(code)] if says_all else []
        after += [_REFUTED_AFTER_IN.get(code)] if not _OWN_ATTRIBUTION.search(quote) else []
        found += [(end, m.end()) for p in after if p is not None and (m := p.match(text, end))]
        if (asked := _asked(start, end, text, code, leading, lo)) is not None:
            found.append(asked)
    found += figure_cut(start, end, text, language, leading, trailing)
    if not found:
        return None
    return min(start, *(a for a, _ in found)), max(end, *(b for _, b in found))


def _would(quote: str) -> bool:
    """Whether the quote's own words are of what would be: "Had the dam held, | the village
    would have survived"; not "Had the dam held, the village survived" (a question's)."""
    return _WOULD.search(quote) is not None


def _asked(start: int, end: int, text: str, code: str, leading: bool, lo: int) -> tuple[int, int] | None:
    """The question mark right after the quote and the word opening the question right
    before it, where the quote is the body of a yes-or-no question the report asks."""
    if text[end - 1:end] == "?" or leading:
        return None  # quoted as a question
    sentence = max(text.rfind(c, lo, start) for c in "。！？.!?\n") + 1
    if _NOT_ASKED.search(text, max(lo, sentence), end):
        return None  # "Is there no doubt that …?", 这不就是…吗？, 你知道…吗？, なぜ…のか？
    if (pattern := _CJK_ASKED.get(code)) is not None:
        return (end, m.end()) if (m := pattern.match(text, end)) else None
    if not (m := _ASKED_AFTER_IN.match(text, end)) or (opening := _ASKING_IN.get(code)) is None:
        return None
    o = opening.search(text, lo, start)
    return None if o is None else (o.start(), m.end())
