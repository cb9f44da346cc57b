"""Negations: the words that make a statement its opposite, by language, and the two ways a
quote can leave one out while keeping the report's other words — an ellipsis standing for
it ("did … reopen" of "did not reopen"), and a cut through the word that holds it
("能正常运转" of "未能正常运转"). Either makes a quote approximate, never verified.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from generator.lazyre import lazy

# Words in -ing that are prepositions, not what a verb before them stops or bans ("ceased |
# during the pandemic", "stopped | following the outbreak"); leadins.py reads them too
ING_PREPOSITIONS = r"during|following|pending|including|regarding|concerning|according|excluding|barring"
# Verbs that negate the infinitive after them: "has yet to reopen", "failed to reopen",
# "refuse to reopen". Not before a determiner: that "to" is a preposition, the "yet" a
# conjunction and the "refuse" a noun (", yet to the traders' surprise", "carried refuse to
# the dump").
_TO_VERBS = (r"\b(?:yet|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|unable|unwilling|ceas(?:e|es|ed|ing)"
             r"|neglect(?:s|ed|ing)?|forb(?:id|ids|ade|idden))")
# … also over an adverb or an aside: "failed again to", "refused outright to", "failed, again, to"
_ASIDE_AFTER = r"(?:, [^,.;:!?]{1,60},| ?- ?[^.;:!?-]{1,60} ?-| \([^()]{1,60}\))"  # "not—as claimed—reopen"
_TO_BETWEEN = r"(?: (?:again|also|still|once again|so far|[a-z]{3,}ly)|" + _ASIDE_AFTER + ")?"
_TO_NEGATIONS = (_TO_VERBS + r"(?=" + _TO_BETWEEN + r" to (?!(?:the|a|an|his|her|their|its|our|my|your|this|that"
                 r"|these|those|every|each|everyone|everybody|many|most|some|no|one)\b)(?:[^\W\d_]|$)"
                 r"| to,)"  # "failed to, officials said,"
                 # "declined to comment", not "prices declined to record lows"
                 r"|\bdeclin(?:e|es|ed|ing)(?=" + _TO_BETWEEN + r" to (?:[a-z]+ly )?(?:comment|confirm|elaborate|say"
                 r"|give|provide|discuss|name|answer|respond|disclose|specify|reveal|identify|be named|be identified"
                 r"|condemn|sign|attend|join|participate|endorse|back|approve|recognise|recognize|accept"
                 r"|criticise|criticize|rule out|deny)\b| to (?:[a-z]+ly )?$)"
                 # "denied that | the mine reopened", "stopped short of | confirming", "far from | reopening",
                 # "ceased | appearing in public". (At the end of what is searched, as where _BRIDGED
                 # reads up to a quote, the word after is taken on trust: _governs reads past it.)
                 r"|(?<!nobody )(?<!no one )(?<!not )(?<!n't )(?<!never )(?<!no )(?<!no longer )"
                 r"(?<!cannot be )(?<!not be )"
                 r"(?<!n't be )\bden(?:y|ies|ied|ying)(?= (?:that|the|a|an|it|any|this|these|those|reports?|claims?|rumou?rs?"
                 r"|allegations?|accusations?)\b| ?$)|\bstop(?:s|ped|ping)? (?:well |just )?short(?= of (?:[a-z]+ing|a|an|any|full"
                 r"|fully|formally|explicitly|outright|openly|directly|public|publicly)\b| of $)"
                 r"|(?<!not )\bfar(?= from (?:(?!(?:housing|buildings?|beijing|nanjing|chongqing|kunming|liaoning|xining"
                 r"|clothing|evening|morning|ceiling|dwellings?"
                 r"|landing|wedding|spring|string|thing|nothing|something|everything|anything)\b)[a-z]+ing|over|certain"
                 r"|clear|fully|complete|finished|enough|normal|recovered|restored|operational)\b| from $)"
                 # (not a preposition: "ceased | during the pandemic")
                 r"|\bceas(?:e|es|ed|ing)(?= (?!(?:" + ING_PREPOSITIONS + r")\b)[a-z]+ing\b)"
                 # "refrained from | reopening", "was barred from | trading", "avoided | reopening"
                 r"|\b(?:refrain(?:s|ed|ing)?|barred|banned|prohibited|forbidden)(?= from (?:[a-z]+ing\b|$))"
                 r"|\bavoid(?:s|ed|ing)?(?= [a-z]+ing\b(?! (?:of|in|on|at)\b)| ?$)")

# "n't" written without its apostrophe, as posts and transcripts do ("the mine didnt reopen");
# not "cant" (hypocrisy), "wont" (habit), "dont" (French "of which") nor the names Arent, Aint
_UNAPOSTROPHED = r"(?:did|does|is|was|were|has|have|had|could|should|would|must|need)nt"

# Words that make a statement its opposite, by the report's language (its primary subtag),
# in normalised (case-folded) text. An ellipsis never stands for one ("did … reopen" of
# "did not reopen"), and a close match with one more or less says so. Each list is its
# language's alone: Portuguese "no" is "in the", French "mai" is May. Korean, Chinese and
# Japanese write them inside words (하지 않았다, 没有), so there any occurrence counts: a few
# words that are no negation (未来, 少ない) then cost a warning, never a wrong verification.
_NEGATION_WORDS = {
    "en": r"\b(?:not|no(?!\.\s?\d)|never|nor|neither|none|nobody|nothing|nowhere|cannot|without"
          # not "Hardly had the border reopened when …" (but "Traders hardly had any rice")
          r"|(?<![.!?] )(?<!\n)(?<!^)(?:hardly|scarcely|barely)|(?:hardly|scarcely|barely)(?! had\b)"
          r"|" + _UNAPOSTROPHED + r")\b|n't\b"
          r"|" + _TO_NEGATIONS,  # "has yet to reopen", "failed to reopen"
    # "ne … que" is "only" ("n'est disponible que deux heures"), unless "pas", "plus" … come first,
    # or the verb is one of saying or knowing, whose "que" is "that" ("Rien ne prouve que")
    "fr": r"(?<!\bun )(?<!\ble )(?<!\bce )\bpas\b"
          r"|\b(?:jamais|aucun|aucune|sans|rien|ni|nul|nulle|non|guère|aucunement|nullement)\b"
          r"|\bn(?:e\b|'(?=\w))(?= ?(?:prouv|croi|pens|indiqu|di[st]|affirm|confirm|sai|sav|montr|signifi|permet"
          r"|garanti|assur|exclu|démontr|suggèr|estim|consid|jug|dout|sembl|laiss|veu|prétend|ni|voi)\w*)"
          r"|\bn(?:e\b|'(?=\w))"
          r"(?!(?:(?!\b(?:pas|plus|jamais|rien|guère|point|aucun|aucune|personne|ni)\b)[^.;:!?]){0,40}?\bque?\b)",
    "de": r"\b(?:nicht|nichts|kein|keine|keinen|keinem|keiner|keines|keinerlei|keineswegs|keinesfalls"
          r"|nie|niemals|niemand|niemandem|niemanden|nirgends|nirgendwo|nimmer|mitnichten|ohne|weder"
          r"|kaum (?:ein|eine|einen|einem|einer|jemand))\b",  # "Kaum ein | Bauer hat …": hardly any
    # apenas: "hardly" before a verb, "just" before a number ("aumentó apenas un 1%")
    "es": r"\b(?:no|nunca|jamás|sin|ningún|ninguna|ninguno|tampoco|ni|nada|nadie"
          r"|apenas(?! (?:un|una|unos|unas|el|la|los|las|\d)))\b",
    "pt": r"\b(?:não|nunca|jamais|sem|nenhum|nenhuma|nem|nada|ninguém)\b",
    "it": r"(?<!come )\b(?:non|mai|senza|nessun|nessuno|nessuna|né|niente|nulla|neanche|nemmeno)\b",
    "ru": r"\b(?:не|ни|нет|без|нельзя|никогда|ничего|ничто|никто|нигде|никак|нисколько|отнюдь"
          r"|никак(?:ой|ая|ое|ие|ого|их|ому|им|ими|ую)|вряд ли)\b",
    "ko": r"(?<!\w)(?:안|못)(?!\w)|않|없|아니|아닌|아님|아닐|아냐|아닙",  # 아닌: 아니 + ㄴ, one syllable (아닙니다: + ㅂ)
    # 并非, 否认, "refuse"; not 非常 ("very"), 不久 ("soon"), 不断 ("continually"), 不少 ("many"),
    # 不时 ("now and then"), 未来 ("future"), 无论/不论/不管 ("whatever")
    "zh": r"不(?!久|断|斷|少(?!于|於)|时|時|论|論|管(?!用))|[没沒勿毋否]|未(?!(?:来|來)(?!得及))|[無无](?!(?:论|論)(?!文))"
          r"|非(?!常)|拒绝|拒絕",
    # not かもしれない ("may be"), にもかかわらず ("despite"), 相変わらず ("as ever"), 必ず ("surely")
    "ja": r"(?<!しれ)ない(?!(?<=ではない)か)|(?<![かはおとさ])なし|なかっ|(?<!しれ)ません"
          r"|不(?!久|断|斷|少|時|論|管)|未(?!来|來)|無(?!論(?!文))|非(?!常)|(?<![わまいはみ必])(?<!わら)ず(?![つっか])"
          # not まもなく, 間もなく, ほどなく ("soon"), だけでなく, ばかりでなく ("not only": so, and more)
          r"|(?<!まも)(?<!間も)(?<!ほど)(?<!だけで)(?<!ばかりで)(?<!のみで)なく",
    "th": r"ไม่|มิได้|หาไม่",
    "nl": r"\b(?:niet(?! zo lang)|geen|nooit|niets|niemand|nergens|zonder(?! meer)|noch)\b",  # "zonder meer": simply
    "pl": r"\b(?:nie|nigdy|nic|nikt|bez|żaden|żadna|żadne|ani)\b",
    "uk": r"\b(?:не|ні|немає|нема|ніколи|нічого|ніхто|без)\b",
    # normalised without accents, as Greek capitals are written (normalize.py)
    "el": r"\b(?:δεν|δε|μην|μη|οχι|τιποτα|κανενας|καμια|κανενα|χωρις)\b",  # not ποτέ ("never"): πότε ("when")
    # normalised with ı as i
    "tr": r"\b(?:değil|değildi|değildir|yok|yoktu|yoktur|hiç(?! olmad)|hiçbir|asla)\b",  # "more than ever"
    # "ولم", "ولا": a conjunction written on; Arabic's vowel marks are letters at a word's edge.
    "ar": r"(?<![\w\u064b-\u065f\u0670])[وف]?(?:لا(?! ?[يت]?زال)|لم(?! ?[يت]زل)"  # لا يزال, لم يزل: "still"
          r"|لن|ليس|ليست|ليسوا|ليستا|لست|لسنا|غير|بدون|بلا|أبدا|عدم)"
          r"(?![\w\u064b-\u065f\u0670])",
    "he": r"(?<![\w\u0591-\u05c7])[וש]?(?:לא|אין|אינו|אינה|אינם|אינן|איננו|איננה|בלי|ללא|מבלי|מעולם|טרם)"
          r"(?![\w\u0591-\u05c7])",
    # and the verb's prefix ن- (نمی‌شود, نشد, نیست, نخواهد, نکرد): before the common verbs only, as
    # words such as نام, نفت, نیرو start so too
    "fa": r"(?<!\w)(?:نه|هرگز|بدون|هیچ)(?!\w)"
          r"|(?<!\w)ن(?=می|شد|شده|شود|شوند|یست|خواهد|خواهند|کرد|کند|کنند|دارد|دارند|داشت"
          r"|بود|باشد|گرفت|داد|رسید|توان)",
    # not in phòng không ("air defence"), hàng không ("aviation"), không quân ("air force"), không khí ("air")
    "vi": r"\b(?:(?<!phòng )(?<!hàng )không(?! quân| khí| gian| phận)|chưa|chẳng|chả|đừng|chớ)\b",
    "id": r"\b(?:tidak|tak|bukan|belum|tanpa|jangan)\b",
    # A Devanagari vowel sign or virama (Mc, Mn) is no \w: without them as letters "न" is found
    # in every word that ends -ान, -ने, -र्न (स्थान, दौरान, the ergative ने).
    "hi": r"(?<![\w\u0900-\u0963\u0966-\u097f])(?:नहीं|न|बिना)(?![\w\u0900-\u0963\u0966-\u097f])",
}
# Negations that no other language's words look like: checked under an ellipsis whatever
# the report's language tag says (an untagged Korean report in an English site, Chinese
# quoted in a Korean article). A false alarm costs a warning, a miss a wrong verification.
_SCRIPT_UNIQUE = ("zh", "ja", "ko", "th", "ru", "uk", "el", "ar", "he", "hi")
# … except in a report tagged with a language that writes the same script, where their words
# mean something else: Yiddish אין is "in", Urdu فلم "film" and لا "bring", Bulgarian and
# Macedonian ни "us", Kazakh не "what", Marathi and Nepali words ending -न.
_SHARED_SCRIPT = {"yi": ("he",), "ur": ("ar",), "fa": ("ar",), "ps": ("ar",), "ug": ("ar",), "ku": ("ar",),
                  "bg": ("ru", "uk"), "mk": ("ru", "uk"), "sr": ("ru", "uk"), "kk": ("ru", "uk"), "ky": ("ru", "uk"),
                  "mn": ("ru", "uk"), "tg": ("ru", "uk"), "be": ("ru", "uk"), "mr": ("hi",), "ne": ("hi",),
                  "sa": ("hi",)}

# English for any language; in the Latin-script languages with a list, without "no"
# (Portuguese "no" is "in the"), and in German without "not" too ("die Not": need).
_LATIN = ("fr", "de", "es", "pt", "it", "nl", "pl", "vi", "id", "tr")
_ENGLISH_IN_LATIN = lazy(r"\b(?:not|never|nor|neither|none|nobody|nothing|nowhere|cannot|without)\b|n't\b")
_ENGLISH_IN_GERMAN = lazy(r"\b(?:never|nor|neither|none|nobody|nothing|nowhere|cannot|without)\b|n't\b")


def primary_language(language: str) -> str:
    """A BCP 47 tag's language ("zh" of "zh-Hans")."""
    return language.casefold().partition("-")[0].partition("_")[0]


@functools.cache
def _negation(language: str) -> re.Pattern[str] | None:
    words = _NEGATION_WORDS.get(primary_language(language))
    return re.compile(words.translate(_AS_NORMALISED)) if words else None


# Persian ک and ی are normalised to Arabic ك and ي (normalize.py): so are the word lists
_AS_NORMALISED = str.maketrans({"\u06a9": "\u0643", "\u06cc": "\u064a"})


def _script_unique(language: str) -> list[re.Pattern[str]]:
    shared = _SHARED_SCRIPT.get(primary_language(language), ())
    return [p for code in _SCRIPT_UNIQUE if code not in shared and (p := _negation(code)) is not None]


def negations(text: str, language: str) -> list[str]:
    """The negating words in normalised `text` written in `language` (a BCP 47 tag), in
    order; none for a language without a list here."""
    pattern = _negation(language)
    return pattern.findall(text) if pattern is not None else []


def sense_negations(text: str, language: str) -> list[str]:
    """negations(), and those of the scripts no other language shares, whatever the tag says
    (a Chinese or Arabic report in a site whose language is "en")."""
    own = _negation(language)
    return [word for pattern in dict.fromkeys(p for p in (own, *_script_unique(language)) if p is not None)
            for word in pattern.findall(text)]


# A rate or a measure the ellipsis is, whole: "North Korea's GDP … was about $1,200" of "GDP per
# capita", "产量…" of 人均, "노동자들은 … 3천 원을 번다" of 하루
_RATE_GAP = lazy(r"\s*(?:per (?:capita|head|person|day|month|year|hectare|household|worker)|a (?:day|month|year|head)"
                 r"|each (?:day|month|year)|per cápita|par (?:habitant|tête|jour|mois|an)|pro (?:kopf|tag|monat|jahr)"
                 r"|на душу населения|в (?:день|месяц|год)|с гектара|人均|每人|每天|每月|每年|하루|한 달|매달|정보당|1日|1か月|毎月)"
                 r"\s*")


# A verb of saying and a new subject, in the other languages: "El ejército … había incautado" of
# "El ejército dijo que la policía había incautado", "Die Armee … habe beschlagnahmt" of "Die Armee
# erklärte, die Polizei habe beschlagnahmt"
_SAYING_SUBJECT_IN = {code: lazy(rf"(?<![\w-])(?:{verbs}),? (?:{that})?,? ?(?:[\w'-]+ ){{0,3}}[\w'-]+\s*$")
                      for code, verbs, that in (
    ("es", "dijo|dijeron|afirmó|afirmaron|aseguró|aseguraron|declaró|declararon|informó|informaron", "que"),
    ("pt", "disse|disseram|afirmou|afirmaram|declarou|declararam|informou|informaram", "que"),
    ("fr", "a dit|ont dit|a affirmé|ont affirmé|a déclaré|ont déclaré|a annoncé|ont annoncé|affirme|affirment",
     "que|qu'"),
    ("it", "ha detto|hanno detto|ha affermato|hanno affermato|ha dichiarato|hanno dichiarato", "che"),
    ("de", "erklärte|erklärten|sagte|sagten|behauptete|behaupteten|teilte mit|teilten mit", "dass"),
    ("ru", "заявил|заявила|заявили|сообщил|сообщила|сообщили|сказал|сказала|сказали", "что"))}
# (the verb the gap is, whole: not the noun of "按照原定 | 计划", "五年计划的", as planned)
_CJK_INTENT_GAP = lazy(r"\s*(?:计划|計劃|打算|准备|準備|誓言|承诺|承諾|试图|試圖|企图|企圖|拟|擬|预定|預定|予定|計画)"
                       r"(?:要|将|將|于|於)?\s*")
_PLAN_NOUN_BEFORE = lazy(r"(?:原定|按照|按|照|年|的|该|該|此|这|這|新|旧|舊)$")


def elides_negation(spans: list[tuple[int, int]], text: str, language: str) -> bool:
    """Whether a negation stands between two of an elided quote's `spans` in normalised `text`,
    or, in English, a hedge ends the words left out."""
    if len(spans) < 2:
        return False
    gaps = list(zip(spans, spans[1:]))
    if any(_hides_condition(text, end, start, language) for (_, end), (start, _) in gaps):
        return True  # "The factory will reopen … next month" of "will reopen only if power is restored next month"
    if any(_RATE_GAP.fullmatch(text, end, start) for (_, end), (start, _) in gaps):
        return True  # "GDP … was $1,200" of "GDP per capita was $1,200": a rate, not the whole
    if primary_language(language) in _SAYING_SUBJECT_IN and any(
            _SAYING_SUBJECT_IN[primary_language(language)].search(text, end, start) for (_, end), (start, _) in gaps):
        return True  # "El ejército … había incautado" of "El ejército dijo que la policía había incautado"
    if primary_language(language) in ("zh", "ja") and any(_CJK_INTENT_GAP.fullmatch(text, end, start)
                                                         and not _PLAN_NOUN_BEFORE.search(text, max(0, end - 3), end)
                                                         for (_, end), (start, _) in gaps):
        return True  # "朝鲜当局…年底前关闭惠山市场" of "朝鲜当局计划年底前关闭惠山市场": a plan
    if primary_language(language) in ("en", "") and any(
            (_HEDGE_AT_END.search(text, end, start) and not GOES_ON.match(text, start))
            or _hedge_before_to(text, end, start) or _order_to(text, end, start)
            or _hides_saying(text, end, start)
            or (_REJECTING_AT_END.search(text, end, start) and _DENIABLE_AT.match(text, start))
            for (_, end), (start, _) in gaps):
        # "The mine … reopened" of "may have reopened", "was … to reopen" of "was supposed to
        # reopen", "The mine … had resumed production" of "The mine, which state media said had
        # resumed production, remains flooded", "has … claims that" of "has refuted claims that"
        return True
    # A negation with a word of it in the gap, read with the words around: "refused" of
    # "… to reopen" (" to" kept by the quote), "short of" of "stopped … confirming". English
    # too, whatever the report's language: an English report in a Korean site that does not
    # say "language: en", an English statement quoted in a French article (not for the
    # Latin-script languages with a list: Portuguese "no" is "in the"). Not in an aside the
    # ellipsis leaves out whole ("The government … said" of "The government, which has never
    # published figures, said": _ASIDE_GAP), nor "not only … but also".
    # Nor in whole sentences left out, whose negations are their own ("The mill closed in March.
    # … Its workers were sent to farms." of "… No reason was given. …"), unless one opens by
    # refuting the sentence kept ("No, that is wrong").
    gaps = [((a, end), (start, b)) for (a, end), (start, b) in gaps
            if not (ended := SENTENCE_ENDED.match(text, max(0, end - 1))) or _REFUTING_OPENS.match(text, ended.end())]
    return any(_ends_with_hedge(text, end, start, language) for (_, end), (start, _) in gaps) or any(
        m.start() < start and m.end() > end and not _NOT_ONLY.match(text, m.start())
        and not NOT_X_BUT.search(text, m.start(), start)
        for pattern in _gap_patterns(language) for (_, end), (start, _) in gaps
        if not is_aside(text, end, start)
        for m in pattern.finditer(text, max(0, end - _READ_AROUND), min(len(text), start + _READ_AROUND)))


# … nor "not X but" left out whole, the quote going on with what it was: "It was … the police" of
# "It was not the army but the police", "…nicht die Armee, sondern | die Polizei", 不是军队，而 | 是警察
NOT_X_BUT = lazy(r"(?:\bbut|\bsondern|\bsino|\bmais|\bma|\bmas|(?<![\w-])а|而是?|ではなく|じゃなく|아니라)[\s,，、]*$")


# A condition the words an ellipsis stands for open, right where they start, in a clause of
# what will or would be: the claim is then no more than the condition allows ("The factory will
# reopen … next month" of "will reopen only if power is restored next month"). Not "if any",
# "if ever", "once again", "once a week"; not a condition of what was ("once employed 3,000").
_CONDITION_OPENS = {
    "en": r"(?:only |even )?(?:if|unless|once)(?! (?:any|ever|anything|at all|not|again|more|a|an|upon)\b)"
          r"|provided that|as long as|so long as|on condition that",
    "fr": r"seulement si|à condition que|à condition qu'|sauf si|à moins que|à moins qu'|pourvu que",
    "es": r"solo si|sólo si|solamente si|siempre que|siempre y cuando|a menos que|a condición de que|con tal de que",
    "pt": r"(?:só|somente) se|desde que|a menos que|contanto que",
    "it": r"solo se|purché|a meno che|a condizione che|qualora",
    "de": r"nur (?:wenn|falls)|falls|sofern|vorausgesetzt|unter der bedingung",
    "ru": r"(?:только|лишь) если|при условии|в случае если",
    "uk": r"(?:лише|тільки) (?:якщо|коли)|за умови",
}
# … of what will or would be (in the part before's clause)
_WILL_BE = {
    "en": r"\b(?:will|would|shall|should|can|could|may|might|must)\b|'ll\b",
    "de": r"\b(?:wird|werden|würde|würden|kann|können|könnte|könnten|soll|sollen|muss|müssen)\b",
}


_PROVIDED_THAT = lazy(r"[\s,]*provided that")
_CONDITION_AT = {code: lazy(rf"[\s,]*(?:{opens})(?!\w)") for code, opens in _CONDITION_OPENS.items()}
_WILL_BE_IN = {code: lazy(will) for code, will in _WILL_BE.items()}


def _hides_condition(text: str, end: int, start: int, language: str) -> bool:
    primary = primary_language(language) or "en"
    opens = _CONDITION_AT.get(primary)
    # (", provided that sanctions are lifted," is no aside, though it reads like one)
    if opens is None or not opens.match(text, end, start) or (
            is_aside(text, end, start) and not _PROVIDED_THAT.match(text, end, start)):
        return False
    will = _WILL_BE_IN.get(primary)
    return will is None or will.search(text[max(0, end - 80):end].rpartition(".")[2]) is not None


def _ends_with_hedge(text: str, end: int, start: int, language: str) -> bool:
    """Whether the words an ellipsis stands for, text[end:start], end with one of
    _ELIDED_HEDGES in the clause of the part after (no comma, bracket or dash before it in
    the gap: "The storm, though the toll is unclear, destroyed" sets it apart), or, before
    a number that starts the part after, with one of _BEFORE_NUMBER ("in May, up from")."""
    primary = primary_language(language) or "en"
    if primary == "en" and _BEFORE_NUMBER.search(text, end, start) and _NUMBER_AT.match(text, start):
        return True
    if GOES_ON.match(text, start):
        return False  # "expliqué … et a annoncé" of "… pourquoi la mine fermera probablement et a annoncé"
    for pattern in _elided_hedges(language):
        for m in pattern.finditer(text, max(0, end - 16), start):  # "came … meeting" of "came close to meeting"
            if m.end() <= end or _HEDGE_AS_NOUN.search(text, max(0, m.start() - 2), m.start()):
                continue
            # (an aside left out whole before it sets nothing apart: ", which … in 2015, came close to")
            lo = aside.end() if (aside := _ASIDE_GAP.match(text, end, max(end, m.start()))) else end
            if not text[m.end():start].strip(" ,") and not _SET_APART.search(text, lo, max(lo, m.start())):
                return True
    return False


# A part after that starts with a conjunction goes on from the words left out, not from a
# hedge that ends them: that hedge was of a clause left out whole
GOES_ON = lazy(r"(?:and|but|or|then|so|et|mais|ou|y|pero|o|und|aber|oder|e|ma|mas|и|но|или|و)\b|[,;:]")
# 可能 as a noun: 各种可能 ("every possibility")
_HEDGE_AS_NOUN = lazy(r"(?:各种|多种|种种|一切|这种|那种|所有|任何|的)$")


# Words an ellipsis ending with them never stands for (a quote that starts right after one,
# "ordered" of "allegedly ordered", is leadins.py's): what turns the rest around or
# leaves it in doubt ("The claim that the plant was sold … the ministry said" of "… was sold
# is baseless, the ministry said", "It is … whether" of "It is unclear whether", "abandoned
# plans to", "collective farms instead of", "came close to"), and hearsay in other
# languages ("Las autoridades … ordenaron" of "supuestamente ordenaron", French "auraient
# ordonné"). (Text is case-folded: "mutmaßlich" is "mutmasslich".)
_ELIDED_HEDGES = {
    "en": r"\b(?:untrue|false|baseless|groundless|unfounded|unclear|uncertain|unconfirmed|unverified|doubtful"
          r"|(?:abandon|scrap|shelv|drop|cancel|postpon)\w* (?:(?:its|their|the|his|her|all|any) )?plans?(?: to)?"
          r"|came close to|come close to|instead of|rather than|in place of|in lieu of)\b",
    # … and possibility or expectation: "La mine … rouvrir" of "La mine pourrait rouvrir" or
    # "devrait rouvrir", "Die Mine … im März" of "Die Mine soll im März", "该矿……已于三月" of
    # "该矿可能已于三月", "该矿……将于三月" of "该矿预计将于三月"
    "fr": r"\b(?:aurai(?:t|ent)|serai(?:t|ent)|devrai(?:t|ent)|prétendument|présumément|supposément|soi-disant"
          r"|pourrai(?:t|ent)|peut-être|probablement|vraisemblablement|apparemment|sans doute)\b",
    # ("wohl" the adverb, not the noun: "zum Wohl", "das Wohl")
    "de": r"\b(?:angeblich|mutmasslich|vermeintlich|vorgeblich|soll(?:en|te|ten)?|dürfte(?:n)?|könnte(?:n)?"
          r"|(?<!zum )(?<!das )(?<!dem )(?<!des )wohl"
          r"|vermutlich|möglicherweise|wahrscheinlich|vielleicht|anscheinend|offenbar)\b",
    "es": r"\b(?:supuestamente|presuntamente|presuntos?|presuntas?|supuestos?|supuestas?|habría(?:n)?"
          r"|podría(?:n)?|debería(?:n)?|planea(?:n|ba|ban)?|pretende(?:n)?|probablemente|quizás?|tal vez"
          r"|posiblemente|aparentemente|al parecer)\b",
    "pt": r"\b(?:supostamente|alegadamente|presumivelmente|teria(?:m)?|poderia(?:m)?|deveria(?:m)?"
          r"|provavelmente|talvez|possivelmente|aparentemente)\b",
    "it": r"\b(?:presumibilmente|presuntamente|presunt[oaie]|avrebbe(?:ro)?|sarebbe(?:ro)?|potrebbe(?:ro)?"
          r"|dovrebbe(?:ro)?|probabilmente|forse|apparentemente)\b",
    "ru": r"(?<!\w)(?:якобы|предположительно|по слухам|будто бы|возможно|вероятно|видимо|по-видимому|наверное"
          r"|может быть)(?!\w)",
    "uk": r"(?<!\w)(?:нібито|начебто|імовірно|за чутками|можливо|ймовірно|мабуть|напевно)(?!\w)",
    "zh": r"据称|據稱|据说|據說|据报|據報|传闻|傳聞|疑似|可能|或许|或許|估计|估計|预计|預計|有望|或将|或將|也许|也許|大概|似乎",
    "ja": r"とされる|とされた|とみられる|と見られる|らしい|おそらく|恐らく|たぶん|多分",
    "ar": r"زعم|زُعم|يزعم|مزعوم|ادعاء|يُزعم|على ما يبدو|ربما|يبدو|يُحتمل|يحتمل|من المحتمل",
}


# … and in English, ending the words left out, those that make the number after them
# another's or a comparison's ("but … 500,000 tonnes" of "but only 500,000 tonnes", "…
# 4,800 won" of "up from 4,800 won")
_BEFORE_NUMBER = lazy(r"\b(?:(?:up|down) from|compared (?:with|to)|against|versus|only|just|merely|a mere"
                      # … or a bound: "carried … 2,000 tonnes" of "carried over 2,000 tonnes"
                      r"|over|under|more than|less than|fewer than|at least|at most|up to|as (?:many|much) as"
                      r"|in excess of|upwards of|no (?:more|fewer|less) than)"
                      r"[ ,]*$")
_NUMBER_AT = lazy(r"[$€£¥₩]?\d")
_SET_APART = lazy(r"[,;:()\[\]]| -|- ")


@functools.cache
def _elided_hedges(language: str) -> list[re.Pattern[str]]:
    """The patterns of _ELIDED_HEDGES for `language`, and for the scripts that are one
    language's alone (Chinese, Japanese, Arabic), whatever the tag says."""
    primary = primary_language(language) or "en"
    codes = dict.fromkeys([primary, "zh", "ja", "ar"])
    # and its verbs of denying: "a … que" of "a démenti que"
    own = [rf"(?<!\w)(?:{_DENYING_VERBS[primary]})(?!\w)"] if primary in _DENYING_VERBS else []
    return [re.compile(pattern) for pattern in [*(_ELIDED_HEDGES[c] for c in codes if c in _ELIDED_HEDGES), *own]]


# … a relative clause or a participle's, set off by commas, brackets or dashes ("without
# evidence" set off so qualifies the words around it, and is no aside here)
# (the text is normalised: dashes are "-", spaced or not); or an appositive's ("The defector,
# a former guard who never joined the party, said")
# ("according to" is an attribution, no aside; German "das ist" is no relative clause)
_ASIDE_STARTS = (r"(?:which|who|whose|whom|where|when|(?!according\b)[a-z]+ing|[a-z]{3,}ed"
                 # "The soldiers, none of whom had eaten, …", "The defectors, none of them older than 25, …"
                 r"|(?:none|all|some|many|most|few|several|each|both|one|two|three|half|neither|either|any)"
                 r" of (?:whom|which|them|these|those)"
                 # … what it was: "The mine, until recently the county's largest employer, …" (not
                 # "once": ", once the border reopens," is a condition)
                 r"|until (?:recently|then|now|last year)|formerly|previously"
                 r"|qui|que|dont|où|lequel|laquelle|lesquels|lesquelles"  # French
                 r"|der|die|das(?! (?:ist|war|sei|wäre|heißt)\b)|dem|den|deren|dessen|welche[rsmn]?"  # German
                 r"|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|el cual|la cual"  # Spanish
                 r"|котор(?:ый|ая|ое|ые|ого|ой|ом|ых|ым|ую)|кто|где)\b")  # Russian
# One aside, from its comma, dash or bracket to the next: not past it into the clause beyond
# (", founded in 1985, has not, residents say," leaves out the clause's own "has not").
# A comma inside it may group a number or a date ("3,000", "July 12, 2019") or part a list
# ("China, Russia or Japan"), a hyphen join a word ("three-and-a-half").
_IN_ASIDE = r"(?:[^.;:!?,]|,(?= ?\d)|,(?= [^,.;:!?]* (?:or|and|nor) [^,.;:!?]*,))*"
# (and a contrast set off whole, which the words kept do not depend on: "The border guards, not
# the soldiers, opened fire", "et non les soldats", "nicht die Soldaten", "no los soldados"; or
# what the thing is not, set off as an apposition: "The cannery — never profitable — closed")
_CONTRAST_STARTS = (r"(?:(?:not|et non|non|nicht|no|не|а не)"
                    r"(?! (?:only|just|yet|all|every|seulement|nur|solo|только)\b)"
                    r"|never|unable|no longer|jamais|nie|nunca|никогда) ")
_ASIDE_GAP = lazy(r"\s*(?:, ?(?:" + _ASIDE_STARTS + r"|an? |" + _CONTRAST_STARTS + ")" + _IN_ASIDE
                  + r",|- ?" + _CONTRAST_STARTS + r"[^.;:!?,-]*-|\(" + _ASIDE_STARTS
                  + r"[^()]*\)|- ?" + _ASIDE_STARTS + r"(?:[^.;:!?,-]|(?<=\w)-(?=\w))*-)\s*")


def is_aside(text: str, end: int, start: int) -> bool:
    """Whether text[end:start] (normalised) is an aside set off whole: see _ASIDE_GAP."""
    return _ASIDE_GAP.fullmatch(text, end, start) is not None


_READ_AROUND = 48  # as far as the words beside a negation decide it ("has yet" + " to", "far" + " from")
# "may" the modal, not the month ("in May", "On May 21", "imagery from May shows")
_MODAL_MAY = (r"(?<!in )(?<!on )(?<!of )(?<!from )(?<!since )(?<!until )(?<!by )(?<!early )(?<!late )(?<!mid-)"
              r"(?<!last )(?<!next )(?<!this )(?<!during )(?<!through )(?<!each )(?<!every )(?<!and )may(?! \d)")
# Words that make what follows a possibility or hearsay, or reject it: an ellipsis that ends
# with them does not stand for them ("The mine … reopened" of "The mine may have reopened",
# "allegedly reopened", "was said to have reopened", "rejected reports that"). Inside an aside
# the ellipsis leaves out they qualify the aside ("The factory, which could produce 500
# tonnes, … closed").
# Hearsay before "to": "said to" only before "have" or "be" (else "said to reporters")
_HEARSAY = r"said|claimed|alleged|reported|rumou?red|understood"
# … and claiming it of oneself: "claims to have | doubled output", "purports to be"
_CLAIMING = r"claims?|purports?|purported|purporting|profess(?:es|ed|ing)?"
# (verbs that order or ask someone to do what the quote says was done)
_ORDERING = r"ordered|orders|ordering|told|instructed|urged|directed|commanded|called on|asked|pressed|pressured"
_BELIEF = r"believed|thought|expected|suspected|feared|likely|unlikely|supposed|appears?|appeared|seems?|seemed"
# (verb forms no noun shares: "presented the plan to residents", "won the first set to take")
_INTENT = (r"tries|tried|trying|attempted|attempting|sought|seeks|seeking|promised|promising|pledged|pledging"
           r"|vowed|vowing|planned|planning|intends|intended|intending|aims|aimed|aiming|hoped|hoping"
           r"|wanted|threaten(?:s|ed|ing)?|pretend(?:s|ed|ing)?|scheduled|going|about|expects?|expecting"
           r"|forecast|forecasted|projected|predicted"
           # "is set to", "was due to": the be-verb in the gap or just before it ("The mine is … reopen"
           # of "is due to reopen"), not "closed due to floods"
           r"|(?:(?:is|are|was|were|be|been) |(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )"
           r"|(?<=\bbeen ))(?:set|due|poised|slated)"
           r"|proposed|proposing|offered|offering|struggled|struggling|wished|wishing")
_REJECTING = r"(?:reject|dismiss|refut|disput|debunk|discredit)(?:s|es|ed|ing)?"
_REPORT_WORDS = r"claims?|reports?|allegations?|assertions?|suggestions?|speculation|rumou?rs?"
_REPORTS = rf"(?:{_REPORT_WORDS})"
# The regime's own voice, whose claims a report does not vouch for as it does a source's words
# (leadins._TOLD before a quote, scopes' limits after one), and when it claimed so
REGIME_VOICE = (r"(?:regime|state (?:media|television|tv|radio|news agency|press)|kcna|rodong sinmun|pyongyang"
                r"|(?:the )?korean central (?:news agency|television|broadcasting station)|kctv|minju joson"
                r"|north korea|the north|party|propaganda|leadership|leader)(?:'s [\w-]+)?")
CLAIMED_WHEN = (r"(?: (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this|earlier this)"
                r" (?:week|month|year)|last night|yesterday|today|again|repeatedly|in (?:a|an|its|their) (?:[\w-]+ )?"
                r"(?:statement|report|broadcast|commentary|editorial|dispatch|article)))?")
DENIABLE = (rf"(?:{_REPORT_WORDS}|ideas?|notions?|stor(?:y|ies)|statements?|assumptions?|assessments?|findings?|posts?"
            r"|articles?|accounts?|versions?)")
_HEDGE_AT_END = lazy(
    r"\b(?:(?:" + _MODAL_MAY + r"|might|could|allegedly|reportedly|purportedly|supposedly|apparently|possibly"
    r"|probably|perhaps|presumably|seemingly|likely|ostensibly|nominally|on paper|in theory)"
    r"(?: (?:have|be|been|also|still|already|well|yet|now|not))*"
    # "would have reopened (had fuel arrived)", "must have", "was to have"; "almost closed",
    # "rarely operates", "former defence minister"
    r"|(?:would|should|must|was to|were to)(?: (?:also|still|already|well|not))* have(?: been)?"
    # a duty, an intention, an attempt or a plan: "The plant … reopen" of "should reopen",
    # "tried to reopen", "was scheduled to reopen"; a suspicion: "is suspected of having"
    r"|(?:should|ought to|must|would)(?: (?:also|still|already|well|not))*(?: be)?"
    rf"|(?:{_INTENT}) to(?: (?:have|be|been))*"
    # an order given: "Kim … build 20,000 homes" of "Kim ordered officials to build 20,000 homes"
    rf"|(?:{_ORDERING})(?: [\w'-]+){{1,3}} to"
    r"|(?:suspected|accused|alleged|believed|thought|rumou?red) of(?: (?:having|being))?"
    r"|almost|nearly|narrowly|barely|rarely|seldom|former"
    # "… a success" of "anything but a success", "… able to" of "far from able to", "… the
    # equipment" of "lacks the equipment", "… paid" of "still waiting to be paid", a plan or
    # its weighing ("plans to", "was preparing to", "is considering"), hearsay ("he had heard that")
    r"|anything but|far from(?: being)?|lack(?:s|ed|ing)?|(?:still )?waiting to(?: be)?"
    r"|plans? to|prepar(?:es|ed|ing) to|consider(?:s|ed|ing)|heard(?: it said)? that"
    r"|ruled out (?:the |any )?(?:possibility|idea|suggestion|notion|prospect)(?: that| of)?"
    rf"|(?:{_HEARSAY}|{_BELIEF})(?: by(?: [\w'-]+){{1,3}}?)? to(?: (?:have|be|been))*"
    rf"|(?:{_CLAIMING}) to (?:have|be)(?: been)?"
    rf"|{_REJECTING} (?:the |any |these |those )?{_REPORTS}(?: that)?"
    # an aside that hedges: "The reform, it seems, | was drafted", "The rate, if official figures
    # are to be believed, | has held"
    r"|(?:it (?:seems|seemed|appears|appeared|would seem|would appear)|if (?:[\w'-]+ ){1,4}(?:is|are|was|were) to be"
    r" (?:believed|trusted|credited)),)\s*$")
# … or with a verb of saying whose clause the part after is, or a rejection of what it names
_SAYING = (r"(?:said|says|claimed|claims|alleged|alleges|insisted|insists|maintained|maintains|reported|asserted"
           r"|asserts|announced|announces|declared|declares|stated|states)")
_SAYING_THAT = lazy(rf"\b{_SAYING}(?: (?!(?:and|but|or|is|are|was|were)\b)[\w'-]+){{0,3}} that\s*$")
# … and the new subject of its clause: "Kim Chol … was executed" of "Kim Chol said his cousin was
# executed", "The ministry … had collapsed" of "The ministry announced that the dam had collapsed"
_SAYING_SUBJECT = lazy(rf"\b{_SAYING} (?:that (?:(?:the|a|an|his|her|their|its|my|our|your|some|several) )?"
                       r"[\w'-]+(?: (?!(?:and|or|but)\b)[\w'-]+){0,3}|(?:his|her|their|its|my|our) [\w'-]+"
                       r"(?: (?!(?:and|or|but)\b)[\w'-]+)?|he|she|they|we|i"
                       # … or a name: "The army … seized" of "The army said police seized" (not "said
                       # in 2019 | …", "said on Monday | …": when it said it)
                       r"|(?!(?:in|on|at|by|for|to|with|from|last|this|after|before|during|earlier|later|yesterday"
                       r"|today|about|of|and|or|but|so|then|again|also|only|it|there)\b)[\w'-]+)\s*$")
_SAYING_AT_END = lazy(rf"\b{_SAYING}\s*$")
_RELATIVE_OPENS = lazy(r"\s*, ?(?:which|who|that)\b")
_SUBJECT_AT = lazy(r"(?:the|a|an|its|their|his|her|this|these|those|it|they|he|she|we|there|\d)\b")
_SENTENCE_GAP = lazy(r"[.!?][\"')\]]*\s")


def _hides_saying(text: str, end: int, start: int) -> bool:
    """Whether the words an ellipsis stands for end, in the part before's sentence, with a verb
    of saying whose clause the part after is: "State media … the mine had resumed" of "State
    media claimed on Monday that the mine had resumed", "Officials … the mine had reopened"
    of "Officials said the mine had reopened", "The mine … had resumed production" of "The
    mine, which state media said had resumed production". Not a participle or a relative
    clause of the part before's noun ("The number of cases … rose" of "cases reported rose"),
    nor where the part after goes on with the verb's own words ("… to reporters that")."""
    if _SENTENCE_GAP.search(text, end, start):
        return False
    if _SAYING_THAT.search(text, end, start) or _SAYING_SUBJECT.search(text, end, start) \
            and _PREDICATE_AT.match(text, start):
        return True
    return _SAYING_AT_END.search(text, end, start) is not None and (
        _RELATIVE_OPENS.match(text, end) is not None or _SUBJECT_AT.match(text, start) is not None)
_REJECTING_AT_END = lazy(rf"\b(?:{_REJECTING}|den(?:y|ies|ied|ying))\s*$")
_DENIABLE_AT = lazy(rf"(?:the |any |these |those |such )?{DENIABLE}\b")
_SPEECH_TO = lazy(r"\b(?:said|reported|claimed|alleged)\s*$")  # "said to reporters": a preposition
_HEDGE_BEFORE_TO = lazy(rf"\b(?:{_HEARSAY}|{_BELIEF}|{_INTENT})\s*$")


def _hedge_before_to(text: str, end: int, start: int) -> bool:
    """Whether the gap text[end:start] ends with a hedge whose "to" the quote goes on with
    ("was … to reopen" of "was supposed to reopen"); "said to" only before "have" or "be"."""
    if not text.startswith("to ", start) or not _HEDGE_BEFORE_TO.search(text, end, start):
        return False
    return not _SPEECH_TO.search(text, end, start) or text.startswith(("to have ", "to be "), start)


# … or a gap of the "to" of an order the quote keeps: "Kim ordered officials … build 20,000 homes"
_ORDERED = lazy(rf"\b(?:{_ORDERING})(?: [\w'-]+){{1,3}}\s*$")


def _order_to(text: str, end: int, start: int) -> bool:
    return text[end:start].strip(" ,") == "to" and _ORDERED.search(text, max(0, end - 40), end) is not None


def _gap_patterns(language: str) -> set[re.Pattern[str]]:
    primary = primary_language(language)
    english = (_negation("en") if primary not in _LATIN
               else _ENGLISH_IN_GERMAN if primary == "de" else _ENGLISH_IN_LATIN)
    return {p for p in (_negation(language), english, *_script_unique(language)) if p is not None}


# Negations written inside words, left out by where a quote starts or ends: Chinese, Thai
# and Japanese prefixes come before what they negate ("能正常运转" of "未能正常运转"), Korean
# and Japanese endings after it ("정상가동" of "정상가동못했다", "稼働してい" of
# "稼働していない").
# Where words have no spaces (Chinese, Japanese, Thai) a run of letters is no word: only a
# negation touching the cut is the quote's ("几个月" after "未来", "大米价格" before "没有" are
# whole words next to another clause's negation). A Korean word is spaced: its rest counts.
# … with the auxiliaries and adverbs written on to it (没有, 未能, 不会再, 无法, 不是, 没在, 没有被,
# 没有能够, 没有完全, 不一定会, 没怎么):
# "解释领导人缺席的原因" of "没有解释领导人缺席的原因" starts right after them, not the negation alone.
# … and over the adverbs of time and manner between the negation and its verb (没有立即,
# 未能按时): "恢复生产" of "没有立即恢复生产".
# 否认 ("deny") after a word that negates or weakens it: 没有人否认, 不可否认, 无法否认, 很难否认,
# 不容否认, 毋庸否认, 无需否认, 很少有人否认
ZH_UNDENIED = r"(?<![不没沒无無毋难難未])(?<![不没沒无無毋难難未].)(?<![不没沒无無毋难難未]..)(?<!很少有人)(?<![可能以法需容庸])"
_ZH_NEGATION = (r"(?:不(?!得不|就是|对称|對稱|对等|對等|对劲|對勁|对头|對頭|久|断|斷|少(?!于|於)|时|時|论|論|管(?!用))"
                r"(?<!不得不)|[没沒勿甭]|未(?!(?:来|來)(?!得及))|[無无](?!从|從|(?:论|論)(?!文))|别(?=再)|(?<![南除])非(?!常)"
                r"|" + ZH_UNDENIED + r"(?:否认|否認)"
                r"|拒绝|拒絕)"
                r"(?:有|能|够|夠|会|會|曾|再|得|可|要|用|必|敢|肯|法|是|在|被|愿|願|准|让|讓|许|許|意(?![中外间間识識义義见見思味])|急于|急於"
                r"|太|很|还|還|都|又|就|大|常|完全|一定|真正|真|怎么|怎麼|曾经|曾經|立即|立刻|马上|馬上|及时|及時|按时|按時|如期"
                r"|正式|全面|彻底|徹底|继续|繼續|重新|再次|积极|積極|公开|公開|明确|明確|直接|主动|主動|一直|全部|全){0,3}")
_NEGATION_BEFORE = lazy(_ZH_NEGATION + "|ไม่|มิได้|หาไม่")
# … and over a coverb's phrase, when the quote starts right after it ("进行检查" of "没有对工厂
# 进行检查", "提供化肥" of "不会向农民提供化肥", "粮食分给居民" of "不把粮食分给居民", "提交报告" of
# "没有向IAEA提交报告"); its object is up to eight characters. Not when the quote starts
# with a particle: that was a word's end ("的贸易关系" after "不对称").
_COVERB_BEFORE = lazy(_ZH_NEGATION + r"(?:对|對|向|给|給|跟|与|與|把|将|將|为|為|从|從|就|按照|按|在)[\u4e00-\u9fff0-9a-z ]{0,8}$")
_PARTICLE_START = "的地得了着著过過之"
_COVERB_REACH = 20  # 没有 + three adverbs + a coverb and its object
# English "n't" is written on to its word with an apostrophe: "won" of "won't", "can" of "can't".
# Japanese ず and なく, but not in わずか, まず, はず, ずつ, まもなく or だけでなく ("not only").
_NEGATION_AFTER = lazy(r"않|없|아니|아닌|아님|아닐|아닙|못|(?<!しれ)ない(?!(?<=ではない)か)|(?<![かはおとさ])なし|無し|無い|なかっ"
                       r"|(?<!まも)(?<!だけで)(?<!ばかりで)(?<!のみで)なく"
                       r"|(?<!しれ)ません|(?<![わまいはみ必])(?<!わら)ず(?![つっか])|ぬ"
                       r"|(?<=n)'t\b")
_PARTICLES = "はがをのへやもと"  # a hiragana run starting so after a cut is the next word
# … but a noun, its particle and ない is "there is no noun" or "is not noun" (予定はない,
# 電気がない, 工場ではない): the noun quoted alone says the opposite.
_JA_NOT_THERE = lazy(r"(?:は|が|も|では|じゃ)(?:ない(?!か)|なかっ|なく|なし|無い|無し|ありません|ありませんでし)")
# Korean's long negation: a verb's -지 form and 않다 / 못하다 / 말다 as the next word (not the
# double one that affirms: 인정하지 않을 수 없었다, "could not but admit")
_LONG_NEGATION = lazy(r" (?:않(?!을 수(?:가|는|밖에)? 없)|아니|못(?: |하|했|할|한|해|합)|말(?:고|라|아|어|자|았|지))")
_LONG_FORM = lazy(r"(?<!까)지(?:[는도를만]|조차)?$")  # 가동하지, 가동하지는, 가동하지도; not 까지 ("until")
_CANNOT = lazy(r" 수(?:가|는|도|조차)? (?:없|못)")  # after a verb's -ㄹ form
_KANA_ENDING = 8  # how far a Japanese verb's hiragana ending is followed to its negation
_CUT_LETTERS = 4  # how far into a Korean word a quote cuts a left-out ending is looked for
# How far around a cut a negation touching it is looked for: the longest (Chinese with its
# auxiliaries, 没有完全被; มิได้) is seven code points, and one that ends at the cut starts that
# far before it.
_NEGATION_REACH = 7


# What a Korean verb in its prospective form (final ㄹ) is the plan, the schedule or the near miss
# of: "수남시장을 폐쇄" of "폐쇄할 계획이다", "불에 탈" of "불에 탈 뻔했다"
_PROSPECTIVE = lazy(r" ?(?:계획|예정|방침|작정|뻔|의향|전망)")


def cut_negation(start: int, end: int, text: str) -> tuple[int, int] | None:
    """The passage with the negation the quote cuts off at its start or its end (touching
    the cut, or in the rest of a Korean word), or None."""
    before = next((m for m in _NEGATION_BEFORE.finditer(text, max(0, start - _NEGATION_REACH),
                                                        min(end, start + _NEGATION_REACH))
                   if m.start() < start <= m.end()), None)
    if before is None and text[start:start + 1] not in _PARTICLE_START:
        before = _COVERB_BEFORE.search(text, max(0, start - _COVERB_REACH), start)
    reach = end
    while reach < len(text) and reach - end < _CUT_LETTERS and "\uac00" <= text[reach] <= "\ud7a3":
        reach += 1
    # A Japanese verb's inflection is written in hiragana after its stem, up to the negation
    # (稼働|していない, 稼働|せず): a quote cut anywhere in it leaves the negation out.
    if end < len(text) and text[end] not in _PARTICLES:
        while reach < len(text) and reach - end < _KANA_ENDING and "\u3041" <= text[reach] <= "\u3096":
            reach += 1
    # … a negation starting inside the window is seen whole (稼働|させられていなかった: なかっ at 6–9)
    window = (max(start, end - 2), min(len(text), max(reach + 2, end + 3)))
    after = next((m for m in _NEGATION_AFTER.finditer(text, *window)
                  if m.start() <= end < m.end() or (end < m.start() < reach)), None)
    if after is None and reach > 0 and _LONG_FORM.search(text, max(0, reach - 4), reach) \
            and (m := _LONG_NEGATION.match(text, reach)):
        after = m  # 가동하지 않았다: the -지 form is negated by the next word; a quote cut before it says the opposite
    if after is None and 0 < reach < len(text) and "\uac00" <= text[reach - 1] <= "\ud7a3" \
            and (ord(text[reach - 1]) - 0xAC00) % 28 == 8 and (m := _CANNOT.match(text, reach)):
        after = m  # 가동할 수 없다 ("cannot operate"); not 수밖에 없다 ("cannot but")
    if after is None and (m := _JA_NOT_THERE.match(text, end)):
        after = m  # "工場を再開する予定" of "工場を再開する予定はない" ("there is no plan to")
    if after is None and 0 < reach < len(text) and "\uac00" <= text[reach - 1] <= "\ud7a3" \
            and (ord(text[reach - 1]) - 0xAC00) % 28 == 8 and (m := _PROSPECTIVE.match(text, reach)):
        after = m  # 폐쇄할 계획이다 ("plans to close"), 탈 뻔했다 ("nearly burned"): not done
    if before is None and after is None:
        return None
    return (before.start() if before else start, after.end() if after else end)


_EDGE_CHARS = 30  # … and at most this many characters (a clause of Chinese has no spaces)
_EDGE_WORDS = 3  # how many of the report's words an ellipsis at a quote's start or end is read as standing for
# An ellipsis at a quote's edge stands for words of its own clause: a negation past a comma
# is another clause's ("… a UN spokesperson said" of "delayed, not cancelled, a UN
# spokesperson said"), as a comma already ends the word-before rule ("Without power,
# factories closed"). A one-word aside between commas does not end it ("does not, however,
# say how").
_CLAUSE_ENDS = ".!?;:。！？；：,，、"
_ASIDE = lazy(r"[^\W\d_]{1,15}")  # "however", "though", "notamment": spaced scripts only
# "Not only X": X is so, and more ("… the rice prices rose" of "Not only the rice prices rose").
_NOT_ONLY = lazy(r"\b(?:not only|not just|non seulement|pas seulement|nicht nur|не только|не просто)\b"
                 r"|不仅|不僅|不但|不只|不光|のみならず")
# What may stand between those words and the quote: a space, and an opening quotation mark
# ('did not "reopen"'); an HTML tag, which a report shows as written ("did <em>not</em>
# reopen"), and an editor's words in brackets ("did not [yet] reopen"). Not a dash or an
# ellipsis: "No — the mine reopened" answers a question; nor a reference ("no damage [3]
# reported").
_QUOTE_OPENS = r"(?:</?[a-z]{1,10}(?: [^<>]{0,80})?>)?(?: \[[^\[\]\d]{1,40}\]){0,2} [\"']?$"
# A word: letters, and the vowel signs and viramas of the Indic scripts, which are no \w.
# It may open a quotation or a bracket: '"Nobody | has received a ration"'.
_WORD_BEFORE = lazy(r"(?:^|\s)(?:<[a-z]{1,10}(?: [^<>]{0,80})?>)?[\"'(]?((?:[^\W\d_]|[\u0900-\u0dff])[\w'\u0900-\u0dff]{0,19})" + _QUOTE_OPENS)
_ELIDED_BEFORE = lazy(r"(?:^|\s)([^\W\d_]')$")  # or an elided one, with no space
_NUMBER_BEFORE = lazy(r"(?<![\w,.])\d[\d,]* $")  # or a number, a negation before it: "None of the 30 | workers"
# and the one after it ("No. 3" is a number; "없습니다. 4." is no label)
_WORD_AFTER = lazy(r" ([^\W\d_][\w']{0,19})(?![\w'])(?!(?<=[a-z])\. ?\d)")
# Korean negates what comes before the negation (가동하지 않았다, 없는): in the word before a
# quote only the short negation 안 / 못, written before its verb, governs the quote
# ("안 갔다고 말했다"); "오르지 않았다고 | 소식통이 전했다" negates the rice prices, not the source.
# English negations that reach the quote over one to three words: "no longer | cross at night",
# "not yet | been completed", "none of the | state shops had diesel", "decided not to | reopen",
# "has not been | reopened", "did not in fact | reopen", "has yet to | reopen", "failed to |
# reopen". Not "nothing but | maize", "not only | inspect the port", "Not surprisingly |
# the mine reopened", nor "Never before had | the province received so much" (it had, now).
_BRIDGED = lazy(r"(?:(?<![\w'])(?!never before (?:had|has|have|did|was|were|is|are)\b)"  # (says it did: below)
                r"(?:no|not|never|none|nobody|nothing|hardly|scarcely|barely|" + _UNAPOSTROPHED
                + r")|(?<=\w)n't"
                r"|" + _TO_NEGATIONS + ")"
                r"(?: (?:longer|yet|of|the|a|single|all|every|one|before|even|again|more|ever|once|actually"
                r"|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|dozen|hundred"  # "None of the 30 |"
                r"|really|in fact|at all|then|to|be|been|being|has|have|had|true|that|from|any"
                # "was not allowed to | reopen", "did not even try to | reopen"
                r"|allowed|permitted|able|try|tried|trying|attempt|attempted|want|wanted|plan|planned|intend"
                r"|intended|manage|managed|bother|bothered|dare|dared"
                r"|(?!(?:surprisingly|unexpectedly|coincidentally|incidentally)\b)[a-z]{3,}ly)){1,4}" + _QUOTE_OPENS
                # "No foreign | journalists were allowed in", "no evidence that | the mine reopened"
                + r"|(?<![\w'])no(?! (?:doubt|denying|matter|less|more|sooner|fewer|earlier|later|further|time|longer|one"
                r"|wonder|question|exaggeration|dispute|disputing|arguing"
                r"|(?:secret|surprise|coincidence|accident|exception|myth|mystery) (?:that|when|if|as|to)"
                r"|(?:shortage|lack|end) (?:of|to|in sight)|(?:small|mean) (?:feat|part|measure|achievement)"
                r"|stranger to)\b)(?: [a-z]+){1,2}" + _QUOTE_OPENS)
# (_BRIDGED reads no further than the quote's start: "It is no secret | that the guards …")
_NO_SECRET_THAT = lazy(r"no (?:secret|surprise|coincidence|myth|mystery) (?:that|when|if|as|to)\b")
# … and over an aside between commas, dashes or brackets: "did not, as state media claimed, |
# reopen the mine", "did not — as state media claimed — | reopen", "did not (as claimed) | reopen".
# A sentence's subject that none of is true of, right before the quote that gives its verb:
# "Not a single shipment of aid | reached Musan", "None of the twelve shipments | reached";
# not "No doubt |", "No sooner …", "Not only …", nor a clause the subject's own verb takes
# ("No one disputes that | the mine reopened": a quote that opens with no verb)
_NEGATIVE_SUBJECT = lazy(r"(?:^|(?<=[.!?] )|(?<=\n))(?:not a single|not one|none of"
                         r"|no(?! (?:doubt|sooner|wonder|matter|less|more|longer|one knows)\b)|neither)\b"
                         r"(?:(?! that\b| whether\b| if\b)[^,.;:!?\n-]){0,50} $")
_PREDICATE_AT = lazy(r"(?:[a-z]+ed|was|were|is|are|has|have|had|did|does|could|would|will|can|may|might|should|must"
                     r"|went|came|got|made|took|left|fell|rose|grew|saw|ran|paid|sent|won|lost|met|kept|held|sold"
                     r"|bought|brought|built|heard|knew|found|gave|told|said|thought)\b")
_NEGATED_ASIDE = lazy(r"(?:(?:(?<![\w'])(?:not|never)|(?<=\w)n't|" + _TO_VERBS + r" to)" + _ASIDE_AFTER
                      + r"|" + _TO_VERBS + _ASIDE_AFTER + r" to)(?: |(?<=-))[\"']?$")  # "failed, again, to | deliver"
# A clause that a negated verb of saying or showing, or a denial, reports without vouching
# for: "the mine reopened" of "Officials did not confirm that the mine reopened", "could not
# independently verify that …", "It is not the case that …", "no evidence to suggest that
# …", "rejected reports that …". Not after a verb that takes its clause as true ("did not
# know that the mine reopened": it did).
# (Not "believe" or "think": "could not believe that the mine had reopened" says it had.)
# ("can say for certain")
_ASSERTING = (r"(?:(?:confirm|verify|verified|show|shown|mean|meant|prove|proven|establish|indicate|suggest"
              r"|demonstrate|imply|implied|say|said|claim|corroborate|accept|assert|allege|insist|maintain|argue"
              r"|argued)(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?"
              r"|clear|known|certain|evident|obvious|true|convinced|persuaded|sure|aware)"
              r"(?: (?:for (?:certain|sure)|with (?:any )?certainty|definitively|conclusively))?")
# What is said to be missing: "no credible evidence", "not a shred of proof", "little hard evidence"
_EVIDENCE = (r"(?: (?:credible|hard|independent|concrete|firm|real|solid|reliable|clear|direct|conclusive|definitive"
             r"|verifiable|documentary|physical|photographic|satellite|public|official|convincing|compelling|actual"
             r"|supporting|corroborating|further|other|additional|new|visible|serious|strong|good|sufficient"
             r"|substantial|tangible|firsthand|first-hand|independent))"
             r"{0,2} (?:evidence|signs?|indications?|proof|confirmation)")
_NO_EVIDENCE = (r"(?:\b(?:no|zero|little|scant)|\bwithout(?: any)?"
                r"|\b(?:not|nor) (?:a|one|any)(?: single)? (?:shred|scrap|piece|bit|iota|trace|jot|speck|shadow|sign"
                r"|hint)s? of)" + _EVIDENCE)
# Whom no one of makes the denial or the claim: "No analyst | disputes", "Neither side has |
# confirmed", "None of the witnesses | could confirm", "Not even the ministry | claims"
_NO_ONE = (r"(?:(?<!in )no(?! (?:sooner|longer|time|doubt|matter|wonder|less|more|later|earlier)\b) [a-z-]+"
           r"|neither (?!confirm|acknowledg|admit)[a-z-]+(?: nor [a-z-]+)?"
           r"|none of (?:the|its|their|these|those) [a-z-]+"
           r"|not (?:even|one)(?: of)?(?: the| a| its| their)? [a-z-]+)")
_CLAUSE_DENIED = lazy(
    r"(?:(?:(?<![\w'])(?:not|never|" + _UNAPOSTROPHED + r")|(?<=\w)n't|\bcannot|\bunable to"
    r"|\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|fail(?:s|ed|ing)?|yet) to"  # "declined to confirm that"
    r"|\b(?:nobody|no one|nothing|none|no longer)(?: (?:in|about|from) (?:the |this |these |its |their )?[\w'-]+"
    r"(?: [\w'-]+)?)?(?: (?:has|have|had|can|could|would|will))?|\bstop(?:s|ped|ping)? short of"
    # "Few traders in Hyesan are convinced that", "Few would say that" (not "a few")
    r"|(?<!a )(?<!quite a )(?<!good )\bfew(?: [\w'-]+){0,3}? (?:are|were|is|was|have been|had been|would|could|can"
    r"|will)"
    r"|\b" + _NO_ONE + r"(?: (?:has|have|had|can|could|would|will|ever))?"
    r"|" + _NO_EVIDENCE + r"(?: (?:to|that would|which would))|\bno (?:evidence|sign|indication|proof|confirmation"
    r"|reason|basis)(?: (?:to|that would|which would))?)"
    r"(?: (?!(?:merely|only|just|simply|solely)\b)(?:independently|officially|publicly|immediately|yet|be|been"
    r"|be able to|been able to|able to|[a-z]{3,}ly))*"
    r" " + _ASSERTING + r"(?: (?:the |any |these |those |such )?" + _REPORTS + r")?"
    r"|" + _NO_EVIDENCE + r" (?:for|of) (?:the )?" + _REPORTS
    + r"|\bnot the case"
    r"|\b(?:unclear|uncertain|unknown|unconfirmed|unverified|doubtful|questionable|dubious|unconvinced|sceptical"
    r"|skeptical)"
    r"|(?<!no )(?<!without )(?<!little )(?<!any )\bdoubt(?:s|ed)?|\bfar from (?:certain|clear|sure|proven)"
    r"|" + _NO_EVIDENCE + r"(?: (?:exists?|existed|has emerged|has surfaced|is available|has been found|was found))?"
    # "impossible to confirm that", "hard to imagine that"; not "hard to accept that", "not difficult to show"
    r"|(?<!not )(?<!n't )\b(?:impossible|not possible|difficult|hard)(?: for [a-z]+(?: [a-z]+)?)? to"
    r" (?:independently )?(?:confirm|verify|prove|establish|say|show|corroborate|imagine|argue)"
    r"(?: (?:for (?:certain|sure)|with (?:any )?certainty|definitively|conclusively))?"
    + r"|\b(?:nobody|no one|(?<!a )(?<!quite a )(?<!not a )(?:very )?few(?:,? if any,?)?(?: [\w'-]+){0,4}?"
    r"|hardly anyone|"
    + _NO_ONE + ")"
    r"(?: (?:really|seriously|now|still|any longer))? (?:believes?|believed|thinks?|thought|expects?|expected)"
    r"|\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)) (?:believing|thinking|expecting|claiming|saying|insisting)"
    # "It is false that", "dismissed the idea that", "Contrary to reports that", "cast doubt on
    # claims that", "retracted its report that", "the false claim that", "disputes that"
    r"|(?<!not )(?<!n't )(?<!no )\b(?:false|untrue|unlikely|improbable|a myth|a lie|nonsense|a misconception|a fallacy"
    r"|mistaken|wishful thinking)|\b(?:disput|contest)(?:e|es|ed|ing|s)?"
    r"|\b(?:contrary to|no truth (?:to|in)|cast(?:s|ing)? doubts? (?:on|over)|" + _REJECTING
    # ("dismissed as 'fake news' a report that", "contest the official account that")
    + r"(?: as [\"']?[a-z]+(?: [a-z]+)?[\"']?)?|den(?:y|ies|ied|ying)"
    r"|(?:disput|contest)(?:e|es|ed|ing|s)?(?: the)? (?:official|government's|state's|regime's|ministry's)"
    # (inflected: not "was asked to correct its report that", "would retract")
    r"|(?:retract(?:s|ed|ing)|withdr(?:aws|ew|awn|awing)|walk(?:s|ed|ing) back|correct(?:s|ed|ing)"
    r"|(?:a )?corrections? (?:to|of)|recant(?:s|ed|ing)|backtrack(?:s|ed|ing) on|disavow(?:s|ed|ing)"
    r"|drop(?:s|ped|ping)|abandon(?:s|ed|ing)|question(?:s|ed|ing)?|no (?:basis|grounds?|foundation|support) for"
    r"|(?:took|takes|taken|taking) back|retreat(?:s|ed|ing) from|delet(?:es|ed|ing))"
    r" (?:its|their|his|her|an?|the)(?: own| earlier| previous| original)?|(?:false|unfounded|baseless"
    r"|unsubstantiated|bogus|fabricated|debunked|discredited|retracted"
    # (not "confirmed the previously unconfirmed reports that")
    r"|(?<!previously )(?<!earlier )(?<!initially )(?<!once )(?:unconfirmed|unverified)))"
    r" (?:the |an? |any |these |those |such )?" + DENIABLE + r"(?: (?:claiming|saying|alleging|suggesting|asserting))?"
    # … and whom or when it was made to: "retracted his statement to investigators that"
    r"(?: (?:to|before|by|in|at|from|of|on) (?:the |an? |his |her |its |their )?[\w'-]+(?: [\w'-]+)?)?)"
    r"(?:,? (?:however|though|yet|so far|as yet|to date|at all|whatsoever),?)? (?:that|whether|if)" + _QUOTE_OPENS
    # … or asks whether it holds: "It remains to be seen whether the mine reopened"
    + r"|\bwhether(?: or not)?" + _QUOTE_OPENS
    # … or will neither confirm nor deny it
    + r"|\bneither (?:confirm|acknowledg|admit)\w* nor den\w*(?: (?:the |any )?" + DENIABLE + r")? (?:that|whether)"
    + _QUOTE_OPENS
    # … or only hopes it ("Officials hope that")
    + r"|\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?) that" + _QUOTE_OPENS)
# … or has it from unconfirmed reports, "that" or not ("Unconfirmed reports say the reactor …")
_UNCONFIRMED_SAY = lazy(r"\b(?:unconfirmed|unverified|unsubstantiated) (?:" + _REPORT_WORDS
                        + r"|accounts?|sources?)(?: [\w'-]+){0,3}"
                        r" (?:say|says|said|suggest|suggests|suggested|claim|claims|claimed)(?: that)?"
                        + _QUOTE_OPENS)
# … or from rumour and guesswork: "It is claimed that", "Rumours suggest that", "Analysts
# suspect", "Sources speculate that", "claimed, without offering proof, that", "According to
# unverified rumours,". (Not "believe" or "claimed": whose belief or claim it is, the report says,
# as with "said".) Not the noun: "the suspect | fled".
# (each of _HEARSAY_BEFORE's alternatives has one of these: the long pattern is tried only where one is)
_MAY_BE_HEARSAY = lazy(r"it (?:is|was|has|had)|rumou|speculat|hearsay|gossip|without|heard|told by|read (?:it )?on"
                       r"|second|through (?:a|his|her|their)|word|talk|learn|people say|they say|suspect|according to"
                       r"|retract|withdr|denied|correct|debunk|refut|disavow|delet|disprov")
_HEARSAY_BEFORE = lazy(
    # ("It is said | the mine …", "that" or not)
    r"(?:\bit (?:is|was|has been|had been)(?: (?:widely|generally|also|now|long))?"
    r" (?:claimed|alleged|rumou?red|speculated|suspected|said|thought|assumed|presumed|supposed)(?: that)?"
    r"|(?:\b(?:rumou?rs?|speculation|hearsay|gossip)(?: [\w'-]+){0,3}? (?:suggests?|suggested|says?|said|claims?"
    r"|claimed)|(?<![\w-])speculat(?:e|es|ed)"
    r"|\bwithout (?:offering|providing|giving|presenting|citing) (?:any )?(?:proof|evidence),?"
    # hearsay at second hand: "said he had heard from a relative that |", "had been told by a
    # partner that |", "read on a Chinese website that |", "had it second-hand that |"
    r"|\b(?:heard (?:it |this )?(?:from|through)|(?:had |was |were )?been told by|overheard|read (?:it )?on"
    r"|(?:had|heard) it second-?hand|through (?:a|his|her|their) (?:cousin|relative|friend|neighbou?r|contact"
    r"|acquaintance))(?: [\w'-]+){0,6}?) that)" + _QUOTE_OPENS
    # … "According to a source who heard it from a relative in the army, |"
    + r"|\bwho (?:had )?heard (?:it |this |the story )?from [^,.;:!?]{1,60}," + _QUOTE_OPENS
    # "Rumour has it that", "Rumours are circulating that", "There are rumours (that)", "Word
    # on the street is that", "Gossip in the market says"
    + r"|(?:\b(?:rumou?r|gossip|word) has it"
      # (with "that": "Rumours spread after | the mine closed" is when, not what)
      r"|\b(?:rumou?rs|speculation|talk) (?:(?:is|are|was|were|have|has|had) )?(?:been )?(?:circulating|circulated"
      r"|spreading|spread|swirling|swirled|abound|abounded|rife|mounting|growing)(?: [\w'-]+){0,3}?(?= that)"
      r"|\bthere (?:are|were|is|was|have been|has been|had been)"
      r"(?: (?:persistent|unconfirmed|widespread|growing|also))?"
      r" (?:rumou?rs|speculation|talk)(?: (?:in|among|on|across) [\w'-]+(?: [\w'-]+)?)?"
      r"|\bword (?:on the street |in (?:the )?[\w'-]+ )?is(?= that)"
      r"|\b(?:heard|learned|learnt) (?:second-?hand|indirectly|through the grapevine)(?= that| from)"
      r"|\bgossip(?: [\w'-]+){0,3}? (?:says?|said|suggests?))(?: that)?" + _QUOTE_OPENS
    # hearsay of no one named, or at second hand: "People say | the mine has closed" opening a
    # sentence or a speaker's words ('"They say that |'), anyone's "heard that |" (not "Many
    # young people say |", a survey's finding; not "they say" elsewhere, as often people named
    # before; not "I heard | the guards shouting"; not "We were told that |", as often a rule
    # made known)
    # (the first letter before the lookbehinds: tried at every offset, they cost a search 4 % more)
    + r"|(?:p(?:(?<![\s\S]p)|(?<=[.!?] p)|(?<=\np)|(?<=[\"']p))eople say(?: that)?|t(?<=[\"']t)hey say(?: that)?"
      r"|\bheard(?: (?:from|by) (?:[\w'-]+ ){0,4}[\w'-]+| it said| it rumou?red)? that)" + _QUOTE_OPENS
    # (a subject that suspects, not a suspect: "the main suspect | fled")
    + r"|\b(?:analysts|officials|experts|observers|researchers|investigators|police|authorities|diplomats|many|some"
      r"|they|we)(?: (?:now|also|still|strongly|privately))? suspect(?: that)?" + _QUOTE_OPENS
    # "The campaign, which Seoul suspects | was organised by …"
    + r"|(?<=, )which (?:[\w'-]+ ){1,3}(?:suspects?|suspected)" + _QUOTE_OPENS
    + r"|\baccording to (?:(?:unverified|unconfirmed|unsubstantiated|anonymous|unnamed) )?"
      r"(?:rumou?rs|speculation|hearsay|gossip)(?: [\w'-]+){0,4}," + _QUOTE_OPENS
    + r"|\baccording to (?:unverified|unconfirmed|unsubstantiated) [\w'-]+(?: [\w'-]+){0,4}," + _QUOTE_OPENS
    # "The report, which the ministry later retracted, said | …"
    + r"|\b(?:report|claim|statement|account|article|story|post)s?, (?:which|that) (?:[\w'-]+ ){0,4}"
      r"(?:later |since |subsequently |quickly )?(?:retracted|withdrew|withdrawn|denied|corrected|debunked|refuted"
      r"|disavowed|deleted|disproved)(?: [\w'-]+){0,3}, (?:said|says|claimed|claims|reported|stated|alleged)(?: that)?"
    + _QUOTE_OPENS)
# … and hearsay set off as an aside, or a claim the sentence disputes: looked for only where
# one of their words is (_DISPUTED_WORDS), as each of their openings would be tried at every
# character before every quote
_DISPUTED_BEFORE = lazy(
    # set off as an aside: "The mill has, rumour has it, | closed", "…, it is said, |", "…, so the story goes, |"
    r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))(?:(?:rumou?r|gossip|word) has it|it (?:is|was) (?:rumou?red|said|alleged"
      r"|claimed)|so (?:the )?(?:rumou?r|story) goes|(?:the )?rumou?r goes)," + _QUOTE_OPENS
    # "The rumour that | …", "claimed, falsely, that |", "Despite claims that |", "While state media
    # insists that |", "does not support claims that |", "called reports that | … 'a fabrication'"
    + r"|(?:\b(?:the |a |persistent |unconfirmed )?rumou?rs? that"
      r"|\b(?:claimed|said|stated|reported|asserted|insisted),? (?:falsely|wrongly|mistakenly|erroneously|untruthfully"
      r"|without (?:evidence|proof)),? that|\b(?:the )?story goes(?: that)?|\bthere (?:is|was) gossip(?: [\w'-]+){0,4}"
      r" that|(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))whereas (?:[\w'-]+ ){1,4}"
      r"(?:asserts?|asserted|claims?|claimed|insists?|insisted|maintains?|maintained|says?|said|reports?|reported"
      r"|announces?|announced|states?|stated)(?: that)?"
      # a concession of what a speaker says, which the sentence then sets against something else:
      # "Although the ministry announced that | rations had resumed, residents …" (opening the
      # sentence: "…, although traders said that | prices have fallen" tells what is known; "while"
      # in the present only: "While he said | …" is as often a time)
      r"|(?:^|(?<=[.!?] )|(?<=\n))(?:although|though|even though) (?:[\w'-]+ ){1,4}"
      r"(?:says?|said|announces?|announced|reports?|reported|states?|stated|declares?|declared|asserts?|asserted"
      r"|promises?|promised|boasts?|boasted)(?: that)?"
      r"|(?:^|(?<=[.!?] )|(?<=\n))while (?:[\w'-]+ ){1,4}(?:says|say|announces?|reports?|states?|declares?"
      r"|asserts?|promises?|boasts?)(?: that)?"
      r"|\b(?:falsely|wrongly|mistakenly|erroneously) (?:claimed|said|stated|reported|asserted)(?: that)?"
      r"|\b(?:despite|in spite of|notwithstanding|contrary to) (?:the |official |earlier |repeated |government |its"
      r" |their )?(?:[\w'-]+ )?(?:claims?|reports?|assertions?|promises?|statements?|assurances?) (?:that|of)"
      r"|(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))(?:while|although|though|even as) (?:[\w'-]+ ){1,4}(?:insists?|insisted"
      r"|claims?|claimed|maintains?|maintained)(?: that)?"
      r"|\b(?:does|do|did) not (?:support|back up|bear out|confirm|corroborate) (?:the )?(?:claims?|reports?"
      r"|assertions?|allegations?)(?: that)?"
      r"|\bcall(?:ed|s)? (?:the )?(?:claims?|reports?|allegations?|assertions?) that)" + _QUOTE_OPENS)
_DISPUTED_WORDS = ("rumo", "gossip", "has it", "it is ", "it was ", "goes", "falsely", "wrongly", "mistakenly",
                   "erroneously", "untruthfully", "without evidence", "without proof", "spite", "notwithstanding",
                   "whereas", "despite", "contrary", "while", "though", "even as", "not ", "call")
# … or under a condition, in a clause of what will or would be: "famine will return" of "If
# the harvest fails again, famine will return", "The mine will reopen in April" of "… unless
# the pumps fail again"; not "even if", "if any", "if anything". The condition opens a
# sentence or a clause ("Officials warned that if talks fail, |", "…, but if the talks
# succeed, |", "According to analysts, if …, |", "The economy, unless …, | will shrink").
# (a speaker's words open one too: '"If the border stays shut, people will starve," a farmer said')
_CONDITION_OPENS_AT = (r"(?:^|[.!?]\s+|\n|(?<=[,;:(] )|(?<= - )|(?<=\bthat )|(?<=\band )|(?<=\bbut )|(?<=\byet )"
                       r"|(?<=^[\"'])|(?<=\s[\"']))")
_CONDITION_BEFORE = lazy(_CONDITION_OPENS_AT + r"(?:(?:only )?(?:if|unless)(?! (?:anything|so|not|any|only|otherwise"
                         r"|nothing else|you will|i may|i might|you like|you ask|memory serves"
                         r"|(?:history|the past|past experience|experience|precedent) is any guide)\b)"
                         r"(?: [^\s,.;:!?]+){2,}|should(?: [^\s,.;:!?]+){2,}|providing that|supposing"
                         # (not the participle: "Provided by Chinese investors, |")
                         r"|provided(?: that)?(?! (?:by|under|with|free|for|in|to|through|from|at|on|as|via)\b)"
                         r"|assuming|as long as|so long as|on condition that|in the event (?:of|that)"
                         r"|in case(?! after case| you\b)"
                         # (what will be without something: "Absent fresh shipments of fertilizer, | yields
                         # will fall", "Barring rain, |", "Without new orders, |")
                         # (not "Barring a miracle, |" or "Barring surprises, |": as good as sure)
                         # (nor "Absent from the list, |", "Barring journalists from the hall, |": left out, banned)
                         r"|absent(?! from\b)|in the absence of"
                         r"|barring(?! (?:an? |any )?(?:miracles?|surprises?|the unexpected|unforeseen|last-minute)\b)"
                         r"(?!(?: [\w'-]+){1,2} from\b)"
                         r"|without(?: (?:new|more|fresh|additional|outside|foreign|urgent"
                         r"|international|chinese|russian)) )"
                         # (past who says so: "If the harvest fails, the source said, | the state …")
                         r"[^.;:!?\n,]{0,120}(?:, (?:[\w'-]+ ){0,4}?(?:said|says|told [\w'-]+|added|warned"
                         r"|predicted|estimated|believes?|argued|hinted|suggested|hoped|feared))?, [\"']?$"
                         # a condition with no verb of its own, or one the sentence before states: "If
                         # confirmed, |", "If successful, |", "If so, |", "If not, |", "In that case, |"
                         # (not "Thousands, if not millions, |")
                         r"|" + _CONDITION_OPENS_AT + r"(?:(?:if|unless) (?:so|not|true|confirmed|successful"
                         r"|approved|elected|launched|completed|implemented|accurate|correct|necessary|needed"
                         r"|stopped|unchecked|left unchecked)|in (?:that|which|this) case), [\"']?$"
                         # "Only if China intervenes | will the regime survive": the clause inverted
                         r"|" + _CONDITION_OPENS_AT + r"only (?:if|when|after|once) [^.;:!?\n,]{3,120} [\"']?$"
                         # what follows if the condition is not met: "…; otherwise | the regime will test again"
                         r"|\b(?:otherwise|or else),? [\"']?$")
_CONDITION_WORD = lazy(r"\b(?:if|unless|should|provid(?:ed|ing)|assuming|supposing|as long|so long|on condition"
                       r"|in the event|in case|in (?:that|which|this) case|only|otherwise|or else|absent|absence"
                       r"|barring"
                       r"|without)\b")
_INVERTED = lazy(r"[\"']?(?:will|would|can|could|shall|should|must|might|may|does|did|do|is|are|was|were|has|have"
                 r"|had)\b")
_CONDITION_AFTER = lazy(r"[\"']?,? (?:(?:(?:but )?only )?"
                        r"(?:if(?! (?:any|anything|not|ever|only|so|need be|[a-z]+ly)\b)"
                        # (not "assuming control", "assuming a role once held by her aunt": taking on)
                        r"|assuming (?:that|no|there (?:is|are|was|were|will be)|(?:normal|current|average|good"
                        r"|stable|continued)\b|(?:the |a |an )?[\w-]+(?: [\w-]+)? (?:is|are|was|were"
                        r"|holds?|continues?|remains?|stays?|keeps?|goes|go|arrives?|passes|pass|succeeds?|fails?)\b)"
                        r"|provided(?! (?:by|under|with|free|for|in|to|through|from|at|on|as|via"
                        r"|that|last|this|earlier)\b))"
                        r"|only (?:after|when|once|until)|as soon as"
                        r"|once(?! (?:again|more|a|an|every|upon|in a while|and for all|before)\b))\b")
# … and a condition that holds whatever the tense: "Workers receive full rations | for as long as
# the order lasts", "Die Märkte bleiben geöffnet, | solange …", "Рынок будет работать, | пока не …"
# (not "as long as 200 metres", "The queue was | as long as the street", "twice | as long as")
_CONDITIONED_AFTER = {code: lazy(p) for code, p in {
    "en": r"[\"']?,? (?:(?:but )?only )?(?:unless|provided that|providing that|on condition that"
          # ("…, provided they had met the quota"; not "…, providing the state with coal")
          r"|provid(?:ed|ing) (?=(?:they|he|she|we|you|i) (?:had|have|has|were|was|are|is|do|does|did|can|could"
          r"|would|will|met|meet|meets|paid|pay|pays|agreed|agree|complied|comply|kept|keep|returned|return)\b)"
          r"|on the assumption that|in the event that"
          r"|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\btwice )(?<!\bhalf )(?<!\btimes )"
          r"(?:for )?as long as(?! \d)|so long as)\b",
    "fr": r",? (?:seulement |sauf )?(?:à condition qu|pourvu qu|à moins qu|tant qu)(?:e\b|')",
    "de": r",? (?:solange|sofern|vorausgesetzt)\b",
    "es": r",? (?:solo |sólo )?(?:siempre y cuando|a condición de que|a menos que)\b",
    "it": r",? (?:solo )?(?:purché|a condizione che|a meno che)\b",
    "ru": r",? (?:только |лишь )?(?:пока не|при условии)\b",
    "uk": r",? (?:лише |тільки )?(?:доки не|поки не|за умови)\b",
}.items()}
# … past who says so: "Exports will double | , the ministry said, if China lifts its ban"
SAID_ASIDE = lazy(r"[\"']?,[\"']? (?:(?:[\w'-]+ ){0,4}?(?:said|says|say|told reporters|added|warned|predicted"
                  r"|predicts|estimated|estimates|believe|believes|argued|argues|reported|reports|noted|wrote)"
                  r"(?: [\w'-]+){0,2}|according to(?: [\w'-]+){1,5})(?=,| -)")
# … where "if" is "whether": "would not say if", "will decide in March if"
_WHETHER_WORDS = (r"(?:say|says|said|decide|decides|decided|deciding|know|knows|knew|ask|asks|asked|asking|see|sees"
                  r"|seeing|check|checks|checked|checking|wonder|wonders|wondered|wondering|determine|determining"
                  r"|investigate|investigates|investigated|investigating|examine|examines|examining|verify|verifying"
                  r"|establish|establishing|tell|told|confirm|confirmed|clear|unclear|sure|unsure)")
_WHETHER_VERB = lazy(rf"\b{_WHETHER_WORDS}\b")
# … or inside the condition itself: "the harvest fails" of "If the harvest fails again, famine
# will return", "the mine reopens" of "Output will rise if the mine reopens", "Had | the dam
# held, …", "asked if | the mine had reopened". Only where the sentence has a modal or the
# "if" asks: "If the first half was dull, the second was thrilling" grants what it quotes.
_IF_BEFORE = lazy(r"(?:\b(?:if(?: and when)?|unless|provided that|providing that|in the event that|in case"
                  r"|as long as|so long as|on condition that|assuming that|supposing that)"
                  r"|(?:^|(?<=[.!?] )|(?<=\n))(?:had|were|should|assuming|supposing|suppose))" + _QUOTE_OPENS)
# … not "a modest if | real recovery", where "if" is "though"
_IF_THOUGH = lazy(r"\b(?:a|an|the|its|their|his|her|this|that)(?: [a-z]+ly)? [a-z-]+ if" + _QUOTE_OPENS)
_STARTS_CLAUSE = lazy(r"[\"']?(?:the|a|an|it|its|they|their|he|his|she|her|we|our|you|i|this|that|these|those"
                      r"|there|some|any|no|all|every|each|one|two|[0-9])\b")
# "said if", "asked if": "if" as "whether"
_WHETHER_IF = lazy(rf"\b{_WHETHER_WORDS}(?: [a-z]+ly)? $")
_NOT_CONDITION = lazy(r"[\"']?(?:anything|so|not|any|only|otherwise|ever|need be|at all|possible|necessary"
                      r"|applicable|anyone|in doubt)\b")
# (a modal, not the month: "in May")
_MODAL_IN = lazy(rf"\b(?:will|would|shall|should|can|cannot|could|might|must|won't|{_MODAL_MAY})\b|'ll\b"
                 r"|\b(?:is|are) (?:to be|due to|set to|expected to|going to)\b"  # "are to be evacuated"
                 # … and a forecast: "If the crossing reopens, | traders expect prices to ease"
                 r"|\b(?:expect|expects|predict|predicts|forecast|forecasts|anticipate|anticipates) "
                 r"(?:[\w'-]+ ){0,4}?(?:to|will|would)\b")
# … and in other languages: reports said to be unconfirmed, or rumour and hearsay that no one
# is named for, right before a quote ("Selon des informations non confirmées, |", "По
# неподтвержденным данным, |", "未经证实的消息称 |", "On dit que |", "Говорят, что |", "Es heißt,
# dass |", 据传 |). Not rumour a report goes on to confirm ("Selon des rumeurs désormais
# confirmées par Séoul, |"), nor a sentence that opens with "si", "если" or 如果, as often a
# contrast as a condition ("Si les exportations de charbon ont chuté, | les ventes … ont doublé").
_UNCONFIRMED = {
    # (… and the regime's claim in each language, as English "KCNA claimed that |": leadins._TOLD)
    "fr": r"\b(?:l'acnc|l'agence centrale de presse coréenne|la kcna|kcna|les médias d'état(?: nord-coréens)?"
          r"|pyongyang|le régime(?: nord-coréen)?|le rodong sinmun)(?: [\w'-]+){0,2}? (?:affirme|affirment|affirmait"
          r"|affirmaient|a affirmé|ont affirmé|prétend|prétendent|prétendait|a prétendu|se vante|se vantait"
          r"|s'est vanté) (?:que |qu')"
          r"|(?:selon|d'après) (?:des |les |de )?(?:rumeurs|informations|sources|rapports) non (?:encore )?"
          r"(?:confirmée?s|vérifiée?s)(?: [\w'-]+){0,3}, "
          r"|\bon (?:dit|raconte|murmure|prétend) (?:que |qu')|\bil se (?:dit|murmure|raconte) (?:que |qu')"
          r"|(?:selon|d'après) (?:des |les |certaines )?rumeurs(?: (?:invérifiables|invérifiées|persistantes"
          r"|insistantes|infondées))?(?: (?:à|au|en|dans) [\w'-]+(?: [\w'-]+)?)?, "
          r"|(?<=, )dit-on, |\bselon la rumeur, "
          r"|\bil n'est pas (?:exclu|impossible) (?:que |qu')|\bon ne peut (?:pas )?exclure (?:que |qu')"
          r"|\bla rumeur (?:dit|veut|court) (?:que |qu')|\bil semblerait (?:que |qu')",
    "es": r"\b(?:la acnc|acnc|la kcna|kcna|los medios (?:estatales|oficiales)(?: norcoreanos)?|pyongyang"
          r"|el régimen(?: norcoreano)?|el rodong sinmun)(?: [\w'-]+){0,2}? (?:afirma|afirman|afirmó|afirmaron"
          r"|asegura|aseguran|aseguró|aseguraron|sostiene|sostuvo|se jacta|se jactó|presume|presumió) (?:de )?que "
          r"|(?:según|de acuerdo con) (?:los |unos |las |unas )?(?:rumores|informaciones|fuentes|versiones|informes)"
          r" (?:sin confirmar|no confirmad[oa]s|no verificad[oa]s)(?: [\w'-]+){0,3}, "
          r"|\bse (?:dice|rumorea|comenta) que |\b(?:corren|circulan|hay) rumores de que "
          r"|\bsegún (?:los |unos )?rumores(?: en [\w'-]+)?, "
          r"|\bno se (?:descarta|excluye) que |\bno (?:es posible|se puede) descartar que ",
    "pt": r"(?:segundo|de acordo com) (?:os |uns |as |umas )?(?:rumores|boatos|informações|fontes|relatos)"
          r" (?:não confirmad[oa]s|por confirmar)(?: [\w'-]+){0,3}, "
          r"|\bdiz-se que |\bcorre(?:m)? (?:o boato|rumores|boatos) de que |\bsegundo (?:os )?(?:rumores|boatos), ",
    "it": r"(?:secondo|stando a) (?:le |delle |alcune |i |dei )?(?:voci|indiscrezioni|notizie|fonti|informazioni)"
          r" non (?:confermate|verificate)(?: [\w'-]+){0,3}, "
          r"|\bsi (?:dice|vocifera|mormora) che |\bcorre voce che |\bsecondo (?:alcune |le )?voci, ",
    "de": r"\b(?:die |der )?(?:kcna|nordkoreanischen staatsmedien|staatsmedien|nordkoreas staatsmedien|pjöngjang"
          r"|das regime|die führung)(?: [\w'-]+){0,2}? (?:behauptet|behaupten|behauptete|behaupteten|rühmt sich"
          r"|rühmte sich|prahlt|prahlte),? dass "
          r"|\bes (?:ist|war) nicht wahr,? dass "  # (it is not true that |)
          r"|(?:unbestätigten|unbestaetigten) (?:berichten|angaben|informationen|meldungen) zufolge,? "
          r"|(?:laut|nach) unbestätigten (?:berichten|angaben|informationen|meldungen),? "
          r"|\bes heisst,? dass |(?:^|(?<=[.!?] )|(?<=\n))es heisst, "
          r"|\bman (?:sagt|munkelt),? dass |\bgerüchten zufolge,? |\b(?:laut|nach) gerüchten,? "
          r"|\bes geht das gerücht(?: um)?,? dass "
          r"|(?<=, )(?:so heisst es|wie es heisst|heisst es)(?: in (?:unbestätigten )?(?:gerüchten|berichten))?, ",
    "ru": r"(?<![\w-])(?:кцта|цтак|северокорейские сми|государственные сми кндр|сми кндр|пхеньян|режим)"
          r"(?: [\w-]+){0,2}? (?:утверждает|утверждают|утверждало|утверждали|утверждал|хвастается|хвастаются"
          r"|хвастался),? (?:что|будто) "
          r"|по (?:неподтвержденным|непроверенным) (?:данным|сведениям|сообщениям|слухам|информации)"
          r"(?: [\w'-]+){0,3}, "
          r"|\bнет (?:никаких )?(?:подтверждений|доказательств) (?:тому,? )?(?:что|будто) "
          # (not whoever says it: "Жители говорят, что |")
          r"|(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))(?:говорят|поговаривают|ходят слухи|есть слухи),? (?:что|будто) "
          r"|(?<![\w-])утверждается,? (?:что|будто) "
          r"|(?<![\w-])по слухам,? |(?:^|(?<=[.!?] )|(?<=\n))говорят, |(?<![\w-])не исключено,? (?:что|будто) ",
    "uk": r"за (?:непідтвердженими|неперевіреними) (?:даними|відомостями|повідомленнями|чутками|інформацією)"
          r"(?: [\w'-]+){0,3}, "
          r"|(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))(?:кажуть|ходять чутки),? (?:що|ніби) "
          r"|(?<![\w-])стверджується,? (?:що|ніби) |(?<![\w-])за чутками,? |(?<![\w-])не виключено,? (?:що|ніби) ",
    "zh": r"(?:朝中社|朝鲜中央通讯社|朝鮮中央通訊社|劳动新闻|勞動新聞|朝鲜官方媒体|朝鮮官方媒體|朝鲜官媒|朝鮮官媒|朝鲜当局"
          r"|朝鮮當局|平壤当局|平壤當局)(?:再次|一再|曾|还|還)?(?:声称|聲稱|宣称|宣稱|自称|自稱|吹嘘|吹噓)[，,：:]?"
          r"|未经证实的(?:消息|报道|说法|传闻)(?:称|说)[，,：:]?|未經證實的(?:消息|報導|報道|說法|傳聞)(?:稱|說)[，,：:]?"
          r"|(?:传闻|傳聞|有传言|有傳言|传言|傳言|坊间传|坊間傳)(?:称|稱|说|說)[，,：:]?|(?:据传|據傳|据称|據稱|据说|據說)[，,：:]?"
          r"|(?:网传|網傳|网上传|網上傳|网络传言|網絡傳言)(?:称|稱|说|說)?[，,：:]?[\"“「『]?"  # "网传“…”": said online
          # "不排除 | 当局已将囚犯转移…的可能性": it cannot be ruled out
          r"|不排除(?:有)?"
          r"|(?<![^。！？\s])(?:传闻|傳聞)",  # (not "尽管有关闭的传言，| 矿山仍…": despite rumours)
    "ja": r"未確認(?:の)?(?:情報|報道)(?:によると|によれば|では)、?|(?:うわさ|噂)(?:では|によると|によれば)、?",
    "ko": r"(?:확인되지 않은|미확인) (?:소식|보도|정보|소문)(?:에 따르면|에 의하면),? |소문에 (?:따르면|의하면),? ",
    # … and "it is not true that |": "ليس صحيحا أن |", "درست نيست كه |", "אין זה נכון ש|"
    "ar": r"(?<!\w)(?:يزعم|يشاع|يقال) (?:أن|ان|إن) |(?<!\w)(?:ليس|غير) (?:صحيحا|صحيح|دقيقا|دقيق) (?:أن|ان|بأن) "
          # "شائعات غير مؤكدة بأن |" (unconfirmed rumours that), "أنباء غير مؤكدة عن |"
          r"|(?<!\w)(?:شائعات|إشاعات|أنباء|تقارير|معلومات) غير (?:مؤكدة|مؤكد|موثقة|موثوقة) (?:بأن|أن|عن) "
          # "وزعمت وسائل الإعلام الرسمية أن |": alleged, a claim the verb itself doubts
          r"|(?<!\w)و?(?:زعم|زعمت|زعموا|تزعم|ادعى|ادعت|ادعوا|تدعي|يدعي)(?: [^\s.،؛!?]+){0,6} (?:أن|أنّ|بأن) ",
    "fa": r"(?<!\w)(?:گفته ميشود|شايع است) (?:كه )?|(?<!\w)(?:درست|صحت) (?:نيست|ندارد) (?:كه )?",
    "he": r"(?<!\w)(?:לכאורה|לפי השמועות|על פי השמועות),? |(?<!\w)(?:אין זה|זה לא|לא) נכון ",
    "vi": r"(?<!\w)(?:được cho là|nghe nói|có tin đồn(?: rằng)?|người ta nói rằng),? ",
    "tr": r"(?<!\w)(?:iddiaya göre|söylentilere göre|rivayete göre),? ",
}
# … and a claim the sentence disputes, a rumour, or a hope, in those languages: "Malgré les
# affirmations selon lesquelles |", "Das Gerücht, dass |", "esperan que |", 尽管官方声称 |
_DISPUTED_OR_HOPED = {
    "fr": r"\bmalgré (?:les |des |ses |leurs )?(?:affirmations|déclarations|allégations|assurances) (?:[\w'-]+ ){0,3}?"
          r"(?:selon lesquelles |qu(?:e |'))|\bla rumeur selon laquelle |\b(?:espère|espèrent|espérait|espéraient"
          r"|souhaite|souhaitent|souhaitait|souhaitaient|pourvu) qu(?:e |')",
    "de": r"\btrotz (?:der |aller )?(?:behauptungen|beteuerungen|angaben)(?: [\w-]+){0,3}?,? dass "
          r"|\bdas gerücht,? dass "
          r"|\b(?:hofft|hoffen|hoffte|hofften),? dass ",
    "es": r"\b(?:pese a|a pesar de) (?:las |sus )?(?:afirmaciones|declaraciones|aseveraciones)(?: [\w-]+){0,3}? de que "
          r"|\bel rumor de que |\b(?:espera|esperan|esperaba|esperaban|desea|desean|deseaba|deseaban) que "
          r"|\bojalá(?: que)? ",
    "pt": r"\b(?:espera|esperam|esperava|esperavam|deseja|desejam|desejava|desejavam|torce|torcem) (?:para )?que "
          r"|\btomara(?: que)? ",
    "it": r"\b(?:spera|sperano|sperava|speravano|speriamo|auspica|auspicano|si augura|si augurano) che ",
    "ru": r"(?<![\w-])несмотря на (?:заявления|утверждения)(?: [\w-]+){0,3}?,? (?:о том,? )?что "
          r"|(?<![\w-])слух(?:и)? о том,? что |(?<![\w-])наде(?:ется|ются|ялся|ялась|ялись),? что "
          r"|(?<![\w-])(?:хочет|хотят|хотел|хотела|хотели|желает|желают|мечтает|мечтают),? чтобы ",
    "zh": r"尽管(?:官方|当局|當局|政府)?(?:声称|聲稱|宣称|宣稱)[，,]?|(?<![失绝絕])希望",
}
# … and a concession of what a speaker says, which the sentence then sets against something
# else: "Bien que Pyongyang affirme que |", "Aunque el régimen asegura que |", "Obwohl das
# Regime behauptet, |", "Хотя власти утверждают, что |", 虽然官方称 |
_SPEAKER = r"(?:[\w'-]+ ){1,4}"
_OPENING = r"(?:^|(?<=[.!?] )|(?<=\n))"  # opening the sentence: "…, although traders said that |" tells what is known
_OPENING_OR_SET = r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=, ))"  # "whereas" sets one account against another anywhere
_CONCEDED = {
    "fr": rf"(?:{_OPENING}(?:bien que|bien qu'|quoique|quoiqu'|même si)|{_OPENING_OR_SET}(?:alors que|alors qu'"
          r"|tandis que|tandis qu')) ?" + _SPEAKER
          + r"(?:affirm|assur|prétend|annonc|déclar|dis|dit|soutien|soutienn|proclam|clam)\w* (?:que |qu')",
    "es": rf"(?:{_OPENING}(?:aunque|si bien|pese a que|a pesar de que)|{_OPENING_OR_SET}mientras que) " + _SPEAKER
          + r"(?:asegur|afirm|dic|dij|dig|anunci|sostien|sosteng|insist|proclam|declar)\w* que ",
    "pt": rf"(?:{_OPENING}(?:embora|ainda que|apesar de|mesmo que)|{_OPENING_OR_SET}enquanto) " + _SPEAKER
          + r"(?:diga|digam|diz|dizem|disse|afirm|garant|assegur|sustent|anunci|insist|proclam|declar)\w* que ",
    "it": rf"(?:{_OPENING}(?:sebbene|benché|nonostante|anche se)|{_OPENING_OR_SET}mentre) " + _SPEAKER
          + r"(?:(?:ha|abbia|hanno|abbiano) )?"
          + r"(?:sosten|affer|dic|dica|dett|dichiar|annunci|assicur|proclam|insist)\w* che ",
    "de": rf"(?:{_OPENING}(?:obwohl|obgleich|obschon|wenngleich)|{_OPENING_OR_SET}(?:während|wohingegen)) " + _SPEAKER
          + r"(?:behauptet|behaupten|behauptete|behaupteten|erklärt|erklären|erklärte|erklärten|versichert|versichern"
          r"|versicherte|beteuert|beteuern|beteuerte|sagt|sagen|sagte|sagten|verkündet|verkünden|verkündete"
          r"|angibt|angeben|angab)(?: hat| haben)?,(?: dass)? ",
    "ru": rf"(?:{_OPENING}(?:хотя|несмотря на то,? что)|{_OPENING_OR_SET}(?:в то время как|тогда как)) " + _SPEAKER
          + r"(?:утвержда|заявля|заяви|говор|сообща|сообщи|увер|объяви|объявля|настаива)\w*,? (?:что |будто )?",
    "zh": r"(?:^|(?<=[。！？\n]))(?:虽然|雖然|尽管|儘管|虽|雖)[^，,。！？；]{0,8}?(?:称|稱|表示|宣布|说|說|声称|聲稱|宣称|宣稱"
          r"|坚称|堅稱)[，,：:]?",
}
for _code, _pattern in _CONCEDED.items():
    _DISPUTED_OR_HOPED[_code] = f"{_DISPUTED_OR_HOPED[_code]}|{_pattern}" if _code in _DISPUTED_OR_HOPED \
        else _pattern
for _code, _pattern in _DISPUTED_OR_HOPED.items():
    _UNCONFIRMED[_code] = f"{_UNCONFIRMED[_code]}|{_pattern}" if _code in _UNCONFIRMED else _pattern


# the hearsay among _CJK_DENIED_AFTER's words: rumour, "it is said", "there is word"
_RUMOURED_AFTER = lazy(r"소문|루머|설(?:이|가|도) |うわさ|噂|言われ|との(?:情報|話)|주장이 제기")
# A rumour the sentence goes on to confirm is a fact reported: "Selon des rumeurs, la mine a
# fermé, ce que le ministère a confirmé lundi", "소문에 따르면 광산이 폐쇄됐고, 통일부도 이를 확인했다"
_CONFIRMING = lazy(r"\bconfirm(?:ed|s|é|ée|és|ées|ó|aron|ou|aram)\b|\bcorroborated\b"
                   r"|\bconfermat\w*|\bbestätigt\w*|\bпідтверд\w*"
                   r"|\b(?:(?:was|were|is|are|been) borne out|came true|come true|materiali[sz]ed)\b"
                   r"|\b(?:proved|proven|proves|turned out(?: to be)?|turns out(?: to be)?)"
                   r" (?:(?:entirely |well )?(?:true|correct|accurate|right|justified)|well[- ]founded)\b"
                   r"|\bподтверд\w*|证实|證實|确认了|確認(?:した|された)|확인(?:했|됐|하였|되었)|인정(?:했|하였)|認め(?:た|ました)"
                   r"|属实|屬實"  # (网传“…”，经核实，该消息属实: found true)
                   r"|أكد\w*")
_CONFIRMED_NEXT = lazy(r"(?:they|this|these|those|the (?:rumou?rs?|reports?|claims?|stor(?:y|ies)|accounts?))"
                       r" (?:(?:later|soon|eventually|all|since|quickly|was|were|has|have|had|been) ){0,3}")
_AS_FALSE = lazy(r" (?:as|to be|to have been) (?:false|untrue|fake|wrong|baseless|groundless|a hoax|fabricated)")
_CONFIRMED_NEXT_IN = lazy(r"\s*(?:(?:(?:позже|позднее|потом|впоследствии|затем|вскоре) )?(?:это|эти слухи"
                          r"|эта информация|данная информация|слухи)(?!\w)|이 (?:소문|소식|보도|주장|내용)(?:은|는|이|도)?|이는"
                          r"|(?:这|這)一?(?:消息|传言|傳言|说法|說法)|此(?:事|消息)|(?:该|該)(?:消息|传言|傳言|报道|報導)"
                          r"|この(?:噂|うわさ|情報|報道)(?:は|も))")
_CONFIRMING_NEGATED = lazy(r"(?:\b(?:not|never|no|pas|nicht|nie|jamais|nunca|не|ні)\b|n't|未|没|沒|无|無|尚未|不(?![仅僅但]))"
                           r"[^.!?。！？]{0,12}$")


# A fear with no "that", and a verb ahead that a clause has and a noun has not: "Traders fear
# | the army will close the market" is of a fear, "Traders fear | the police more than hunger"
# of whom they fear. The clause's subject first: in "Residents' fears | eased after …" the
# fear is the subject.
_BARE_FEAR = lazy(r"\b(?:fears?|feared|worr(?:y|ies|ied)) [\"']?$")
_VERB = (r"(?:would|will|could|might|may|can|must|shall|had|has|have|was|were|is|are|did|does|[a-z]{3,}ed"
         r"|went|came|took|shot|fled|left|made|gave|sent|broke|fell|rose|began|ran|sold|bought|paid|kept|held"
         r"|brought|built|caught|hit|put|spent|told|said|won|lost|met|stood|drove|froze|hid|stole|struck|threw"
         r"|knew|saw|got|grew|led|overran|seized)\b")
_FINITE_AHEAD = lazy(r"[\"']?(?!" + _VERB + r")\w[^.!?;:\s]* [^.!?;:]{0,60}?\b" + _VERB)


# A wish, a fear, or what "let alone" says did not happen either: "Residents hope | the border
# will reopen", "Traders fear that | prices will rise", "did not visit Hyesan, let alone |
# inspect the mine". A fear or a worry with "that", or with none after its subject ("Residents
# feared | the army shelled the town"), not the word that names what is feared ("the feared |
# secret police raided", "his much feared | guards").
_UNASSERTED_BEFORE = lazy(r"(?:(?<!\bof )\b(?:hopes?|hoped|hoping|prays?|prayed|praying)(?:,? in vain,?)?(?: that)?"
                          r"|\b(?:fears?|feared|fearing|worr(?:y|ies|ied|ying)) that|\blet alone(?: that)?"
                          r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\bmuch )"
                          r"(?<!\bwidely )(?<!\bmost )(?<!\bgreatly )(?<!\blong )(?<!-)"
                          r"\b(?:fears?|feared|worr(?:y|ies|ied))"
                          # a possibility, or what no one can rule out: "There is a chance that |", "It
                          # cannot be ruled out that |", "could not exclude the possibility that |"
                          r"|\b(?:possibility|chance|likelihood|prospect|risk|danger)(?: (?:exists|remains))? that"
                          # a forecast: "defying predictions that |", "Contrary to expectations that |"
                          r"|\b(?:predictions?|expectations?|forecasts?|projections?) that"
                          r"|\b(?:be|been) (?:ruled out|excluded)(?: either)?,? that"
                          # a false belief or a pretence: "under the illusion that |", "kept up the
                          # pretence that |", "to create the impression that |", "to show that |" after
                          # a forgery ("doctored records to show that |")
                          r"|\b(?:illusion|pretence|pretense|charade|fiction|delusion|(?:false|mistaken|wrong)"
                          r" (?:impression|belief|assumption)) that"
                          r"|\b(?:create|creates|created|creating|give|gives|gave|giving|foster\w*|convey\w*)"
                          r" (?:the |an )?"
                          r"(?:false |misleading )?impression that"
                          r"|\b(?:doctored|falsified|forged|faked|fabricated|altered|rigged) [\w'-]+(?: [\w'-]+)? to"
                          r" (?:show|suggest|make it (?:look|appear)|prove) that"
                          r"|\b(?:wrongly|mistakenly|falsely|erroneously) (?:believe|believes|believed|think|thinks"
                          r"|thought|assume|assumes|assumed) that"
                          r"|\bused to (?:believe|think) that)"
                          + _QUOTE_OPENS)  # (not a name's "of Hope": "Bridge of Hope | runs")
# (each of its alternatives has one of these words: the long pattern is tried only where one is)
_MAY_BE_UNASSERTED = lazy(r"that|alone|hop|pray|fear|worr")
# What a correction says an earlier version of the report said: "Correction: an earlier version
# of this article said | prices rose 40%", "This story originally stated that |"
# (not "The report said that |", an attribution: "this" report, and what it did at first or wrongly)
# (not "This column first reported that |", a scoop)
_EARLIER_WORD = lazy(r"version|this (?:article|report|story|post|piece|dispatch|item|column)")
_AS_FIRST_WRITTEN = r"(?:originally|previously|initially|wrongly|incorrectly|mistakenly|erroneously)"
_EARLIER_VERSION = lazy(r"\b(?:(?:earlier|previous|original|first|initial) version(?: of this (?:article|report|story"
                        rf"|post|piece|dispatch|item|column))?(?: {_AS_FIRST_WRITTEN})*"
                        rf"|this (?:article|report|story|post|piece|dispatch|item|column)(?: {_AS_FIRST_WRITTEN})+)"
                        r" (?:said|stated|reported|claimed|gave|wrote|suggested|misstated|misreported)(?: that)?"
                        + _QUOTE_OPENS)
# What was stopped before it happened: "was arrested before | he could hand over the phones"
# (not "crossed nightly before | the border was sealed", which it was)
_BEFORE_IT_COULD = lazy(r"\bbefore" + _QUOTE_OPENS)
_COULD_AT = lazy(r"[\"']?(?:[\w'-]+ ){1,3}(?:could|had (?:a chance|the chance|time) to)\b")
# … only where the sentence says what stopped it: not "waited six months before | they could visit"
_STOPPED = lazy(r"\b(?:arrested|caught|detained|shot|killed|stopped|intercepted|seized|captured|raided|blocked"
                r"|executed|deported|repatriated|purged|dismissed|fired|sacked|expelled|banned|closed|shut)\b[^.!?]*$")


def _disputed_before(text: str, start: int) -> re.Match[str] | None:
    window = text[max(0, start - 100):start]
    return _DISPUTED_BEFORE.search(text, max(0, start - 100), start) if any(w in window for w in _DISPUTED_WORDS) \
        else None


_THAT_END = lazy(r"\bthat\W*$")


# A verb that confirms the rumour or report named right after it: "Analysts have confirmed
# rumours that |" (not "have not confirmed", "have yet to confirm")
_CONFIRMS_REPORT = lazy(r"\b(?:confirm(?:s|ed|ing)?|verif(?:y|ies|ied|ying)|corroborat(?:e|es|ed|ing)|bore out"
                        r"|bears? out|borne out) (?:(?:the|these|those|earlier|persistent|widespread|local) )*$")
_YET_TO = lazy(rf"(?:{_TO_VERBS}|\bdeclin(?:e|es|ed|ing)) to $")  # (the verbs of _TO_NEGATIONS)


def _confirmed_report(text: str, start: int) -> bool:
    """Whether the hearsay starting at text[start] is confirmed by the words right before it."""
    return (m := _CONFIRMS_REPORT.search(text, max(0, start - 48), start)) is not None \
        and not _CONFIRMING_NEGATED.search(text, max(0, m.start() - 16), m.start()) \
        and not _YET_TO.search(text, max(0, m.start() - 16), m.start())


def confirmed(text: str, start: int) -> bool:
    """Whether the sentence the quote starts in confirms what came before it, or the next one
    does, pointing back at it: in English at its start ("Rumours that | the won would be
    redenominated spread. They proved accurate: …"), in Korean, Chinese, Japanese and Russian
    anywhere in it ("이 소문은 며칠 뒤 … 사실로 확인됐다"). (Not any next one: "Aucune source ne l'a
    confirmé", "Підтвердити … неможливо" say so in too many ways.)"""
    stop = _SENTENCE_STOP.search(text, start, start + 400)
    end = stop.start() if stop else min(len(text), start + 400)
    if any(not _CONFIRMING_NEGATED.search(text, max(start, m.start() - 16), m.start())
           for m in _CONFIRMING.finditer(text, start, end)):
        return True
    if stop is None:
        return False
    if (them := _CONFIRMED_NEXT.match(text, stop.end())) is not None \
            and (yes := _CONFIRMING.match(text, them.end())) is not None and not _AS_FALSE.match(text, yes.end()):
        return True
    # … and in other languages, a next sentence pointing back that confirms it anywhere: "이 소문은
    # 며칠 뒤 … 사실로 확인됐다", "这一消息已得到…的证实", "Позже это подтвердило министерство"
    if (them := _CONFIRMED_NEXT_IN.match(text, stop.end())) is None:
        return False
    after = _SENTENCE_STOP.search(text, them.end(), them.end() + 200)
    close = after.start() if after else min(len(text), them.end() + 200)
    return any(not _CONFIRMING_NEGATED.search(text, max(them.end(), m.start() - 16), m.start())
               for m in _CONFIRMING.finditer(text, them.end(), close))


@functools.cache
def _before_quote(language: str) -> list[re.Pattern[str]]:
    """Unconfirmed reports right before a quote, in `language` and in the scripts only one
    language writes (Chinese, Japanese), whatever the tag."""
    primary = primary_language(language) or "en"
    return [re.compile(rf"(?:{_UNCONFIRMED[c]})$") for c in dict.fromkeys([primary, "zh", "ja"]) if c in _UNCONFIRMED]


# … unless its denial or doubt is itself denied, right before it or over a word or two:
# "Nobody denies reports that", "No one seriously disputes that", "Few would dispute that",
# "It is beyond doubt that", "There is no longer any doubt that", "There is no dispute that"
# Whose denial is none, or a denial undone: "No analyst | disputes that", "No resident we spoke to
# | denied that", "It is impossible for the ministry to | deny that", "has stopped | denying"
# ("Few, if any, | defectors doubt that")
_NOBODY = (r"(?:few|nobody|no one|none|hardly anyone|scarcely anyone|" + _NO_ONE + r")(?:,? if any,?)?"
           # (and where: "No one in the Unification Ministry | disputes that")
           r"(?: (?:in|at|from|among|inside|within) (?:the )?[a-z-]+(?: [a-z-]+)?)?(?: [a-z-]+){0,3}?")
_UNDOING = (r"(?:(?:hard|difficult|impossible|no reason)(?: for [a-z]+(?: [a-z]+)?)? to"
            r"|(?:stop(?:s|ped)?|ceas(?:e|es|ed)|quit)(?: to)?)")
_DENIAL_DENIED = lazy(
    r"\b(?:" + _NOBODY + r"|" + _UNDOING + r"|cannot|can't|not|n't|never|(?<!not )beyond"
    r"|without|no longer|no|(?:refus|declin)(?:e|es|ed|ing) to|rather than|yet to|fail(?:s|ed|ing)? to)"
    r"(?: (?:[a-z]+ly|would|could|can|will|has|have|had|be|been|is|are|was|were|even|ever|any|anyone|analysts"
    r"|experts|observers)){0,2} (?:disput|den(?:y|ies|ied|ying)|doubt|contest|question|reject|dismiss|refut|retract"
    r"|withdr[ae]w|walk\w* back|correct|recant|disavow|drop|abandon|backtrack)\w*"
    r"(?: (?:the|any|these|those|its|their|his|her))?(?: [a-z']+){0,2}? (?:that|whether)" + _QUOTE_OPENS)
# A verb right after "the rumours that" opens a relative clause of the noun, not the claim:
# "denied the rumours that | were circulating" (a clause that is the claim has a subject first)
RELATIVE_VERB = lazy(r"[\"'(\[]?(?:was|were|is|are|had|has|have|circulated|circulate|spread)\b")
_NOUN_THAT = lazy(DENIABLE + r" that" + _QUOTE_OPENS)
_CLAUSE_CONJUNCTION = lazy(r"\b(?:that|whether|if)(?: or not)?" + _QUOTE_OPENS)
# … and a clause that the words after it deny: "Reports that the mine reopened | are not true"
_FALSE = (r"(?:not (?:true|correct|accurate|the case)|untrue|false|incorrect|inaccurate|baseless|groundless"
          r"|unfounded|fabricated|a (?:lie|fabrication|fiction|myth|hoax|falsehood|fantasy|fairy tale)|lies|fake|wrong"
          r"|nonsense|(?:pure |sheer )?(?:fiction|fantasy))\b")
# … and, after "the idea that" and the like, words that call it absurd: "The notion that the
# mine reopened | is laughable" (not after any clause: "The new quota | is absurd")
_IDEA_BEFORE = lazy(r"\b(?:(?:(?:the|this|that|any|such|these|those) )?" + DENIABLE
                    + r"|fears?|worries|concerns?|hopes?|talk|beliefs?|perceptions?|impressions?|promises?)"
                    r" that" + _QUOTE_OPENS)
_ABSURD_AFTER = lazy(
    r",? (?:is|are|was|were|seems?|seemed|sounds?|sounded)(?:,? (?:simply|just|frankly|patently|plainly|clearly|utterly"
    r"|quite|totally|obviously|so|rather|highly|wildly|absolutely|completely|of course|to be frank),?)?"
    r" (?:absurd|ridiculous|laughable|preposterous|far-fetched|fanciful|implausible|unlikely|improbable|dubious"
    r"|doubtful|questionable|exaggerated|overblown|overstated|hard to believe|difficult to believe|not credible"
    r"|mistaken|misplaced|wishful thinking|an? (?:urban legend|misconception|fallacy|exaggeration))\b"
    r"|,? (?:does|do|did) not (?:stand up|hold up|hold water)\b|,? (?:is|are|was|were) not borne out\b"
    r"|,? (?:has |have |had )?(?:proved|proven|turned out)(?: to be)? (?:hollow|empty|illusory|mistaken|wrong"
    r"|unfounded)\b"
    r"|,?(?: however,)? (?:should|must|need to|are to|is to) be (?:treated|taken|viewed|read|regarded) with"
    r" (?:(?:great|extreme|some) )?(?:caution"
    r"|scepticism|skepticism|a (?:grain|pinch) of salt)\b"
    r"|,? (?:strains?|strained|stretch(?:es|ed)?) (?:credulity|credibility)\b")
# "could not be (independently) verified", "has not been confirmed", "cannot be verified"
_NOT_VERIFIED = (r"(?:(?:(?:could|can|has|have|had|was|were|is|are)(?: not|n't)(?: yet)?|cannot)(?: (?:be|been))?"
                 r" (?:independently )?(?:verified|confirmed)"
                 r"|(?:remains?|remained|is|are|was|were)(?: still)? (?:unverified|unconfirmed|unsubstantiated)"
                 r"|(?:is|are|was|were|remains?|remained)(?: (?:very|extremely|still))? (?:difficult|hard|impossible)"
                 r" to (?:independently )?(?:verify|confirm|corroborate))\b")
_A_CLAIM = (r"(?:a|the|an) (?:claim|charge|accusation|allegation|report|assertion|statement|account|position"
            r"|figure|number|estimate|tally)s?")
_SET_OFF = r"(?:,| -| ?\()"  # a comma, a dash or a bracket before what follows the quote
# … and who says so, past which a doubt still follows the quote: "…, the source said, although
# no other source has confirmed it"
_WHO_SAID = r"(?:(?:[\w'’-]+ ){1,3}(?:said|says|reported|claimed|alleged), )?"
_DENIED_AFTER = lazy(
    r",? (?:which )?(?:is|are|was|were|has been|have been|had been|is simply|are simply) " + _FALSE
    + r"|,? \(?(?:(?:this|that|it) )?(?:turned out|proved|proven|was shown|were shown|has been shown|have been shown)"
      r"(?: to be)? " + _FALSE
    + r"|,? (?:has|have|had) (?:since |now |later )?been (?:[a-z]+ly )?(?:denied|refuted|debunked|dismissed|disproved"
      r"|disproven|retracted|discredited)\b"
    + r"|,? (?:was|were) (?:[a-z]+ly |later |since |soon )?(?:denied|refuted|debunked|disproved|disproven"
      r"|retracted|discredited)\b"  # (not "dismissed", "withdrawn": "troops … were withdrawn")
    + r"|,? (?:which )?" + _NOT_VERIFIED
    + r"|, (?:[\w'’-]+ ){1,3}falsely (?:claimed|claims|said|says|reported|alleged|asserted)"
      r"(?=[.,;!?]|$| (?:on|in|last|this|at|during|after|earlier|later|yesterday|today)\b)"
    # "…, one worker joked", "…, a trader said sarcastically": words said in mockery
    + r"|, (?:[\w'’-]+ ){1,3}(?:joked|jokes|quipped|quips|deadpanned|(?:said|says|added|noted"
      r"|remarked) (?:sarcastically|ironically|mockingly|jokingly|in jest|with a laugh|wryly|sardonically)"
      r"|(?:sarcastically|ironically|mockingly|jokingly|wryly|sardonically) (?:said|says|added|noted|remarked))"
      r"(?=[.,;!?]|$| (?:on|in|last|this|at|during|after|while|pointing|gesturing|looking)\b)"
    # "Three, I think.", "…, or so I believe": the speaker's own hedge
    + r"|,? (?:or so )?(?:i|we) (?:think|believe|guess|suppose|reckon|(?:am|'m) not (?:sure|certain))(?=[.,;!?]|$)"
    # "…, state media claimed without evidence"
    + r"|, (?:[\w'’-]+ ){1,3}(?:claimed|claims|said|says|reported|alleged|asserted|insisted|insists),? without"
      r" (?:offering |providing |giving |presenting |citing |producing )?(?:any )?(?:evidence|proof)(?=[.,;!?)]|$)"
    + r"|,? (?:was|were) (?:later |since |quickly |soon )?dismissed(?: (?:as|by)\b|(?=[.,;!?]|$))"
    + r"|" + _SET_OFF + " " + _A_CLAIM + r" (?:(?:that|which) (?:[\w'’-]+ ){1,5}contradicts?"
      r"|(?:[a-z]+ly |soon |later )?contradicted by)\b"
    + r"|" + _SET_OFF + " (?:which|" + _A_CLAIM + r")(?: that| which)? "
      r"(?:[\w'’-]+ ){0,5}(?:denied|denies|deny|dismissed|dismisses|dismiss|rejected|rejects|reject|refuted|refutes"
      r"|refute|disputed|disputes|dispute)\b"
    + r"|" + _SET_OFF + r" which (?:[\w'’-]+ ){1,4}(?:say|says|said|call|calls|called)(?: (?:is|was|are|were))? " + _FALSE
    # "…, a claim no independent observer has been able to verify", "…, if state media are to be believed"
    + r"|" + _SET_OFF + " (?:which|" + _A_CLAIM + r")(?: that| which)? (?:no|none|nobody|no one)\b(?: [\w'’-]+){0,3}"
      r" (?:has|have|had|could|can|was|were)(?: (?:yet|ever|so far))?(?: been)? (?:able to )?"
      r"(?:verify|verified|confirm|confirmed|corroborate|corroborated)\b"
    # "…, something the ministry has not confirmed", "…, which Seoul has yet to verify"
    + r"|" + _SET_OFF + " (?:which|something|" + _A_CLAIM + r")(?: that| which)? (?:[\w'’-]+ ){1,4}"
      r"(?:(?:has|have|had|did|does|do)(?: not|n't)(?: yet)?|(?:has|have|had) yet to) (?:independently )?"
      r"(?:confirmed|verified|corroborated|confirm|verify|corroborate)\b"
    # "…, a figure not yet confirmed by officials", "…, a claim still unverified"
    + r"|" + _SET_OFF + " (?:something|" + _A_CLAIM + r")(?: (?:that|which) (?:is|are|was|were|has|have|had))?"
      r"(?: (?:still|yet|as yet|so far|never))?"
      r" (?:not (?:yet |been |independently )*(?:confirmed|verified|corroborated)"
      r"|(?:unconfirmed|unverified|uncorroborated|unsubstantiated))\b"
    + r"|, (?:if|assuming) (?:[\w'’-]+ ){1,3}(?:is|are|were|was) to be (?:believed|trusted|credited)"
    # "…, officials said, although residents dispute this", "…, according to the provincial
    # newspaper, but residents say otherwise"
    + r"|,? (?:(?:[\w'’-]+ ){1,3}(?:said|says|say|reported|claimed),? |according to (?:[\w'’-]+ ){0,3}[\w'’-]+, )?"
      r"(?:although|though|but|while|whereas) (?:[\w'’-]+ ){1,4}"
      r"(?:(?:dispute|disputes|disputed|deny|denies|denied|reject|rejects|rejected|doubt|doubts"
      r"|doubted|question|questions|questioned|contradict|contradicts|contradicted|disagree|disagrees|disagreed)"
      r"(?: (?:this|that|it|them|the (?:claim|account|report|figure)s?|these claims|such claims))?"
      r"|(?:say|says|said|insist|insists|insisted|argue|argues|argued|maintain|maintains|maintained)"
      r" (?:otherwise|the opposite|(?:it|this|that) (?:is|was|is simply|was simply) (?:not (?:true|so|the case)|untrue"
      r"|false)|(?:it|this|that) never happened)|(?:tell|tells|told|paint|paints|painted) a (?:very |starkly )?"
      r"different (?:story|picture))(?=[.,;!?]|$)"
    + r"|" + _SET_OFF + r" which (?:[\w'’-]+ ){1,4}(?:contradicts|contradicted|contradict)\b"  # "which imagery contradicts"
    # "…, but there is no evidence to confirm it", "…, but no one has been able to verify this",
    # "… . There is no evidence for this."
    + r"|(?:" + _SET_OFF + r" " + _WHO_SAID + r"(?:(?:but|though|although|yet) )?|\. (?:but |however,? |yet )?)"
      r"(?:there (?:is|was|has been|have been) )?(?:still |as yet |so far )?"
      r"no (?:(?:independent|hard|firm|concrete|solid|reliable|further) )?"
      r"(?:data|evidence|proof|confirmation|corroboration|way)(?: (?:yet|so far|as yet))?"
      r" (?:to (?:confirm|verify|corroborate|support|substantiate|back up|prove)|(?:for|of|supporting) (?:this|that|it"
      r"|these|the (?:claims?|reports?|accounts?)))\b"
    + r"|" + _SET_OFF + r" " + _WHO_SAID + r"(?:(?:but|though|although|yet) )?(?:no|none|nobody|no one)\b"
      r"(?: [\w'’-]+){0,3}"
      r" (?:has|have|had|could|can|was|were)(?: (?:yet|ever|so far))?(?: been)? (?:able to )?"
      r"(?:verify|verified|confirm|confirmed|corroborate|corroborated)\b"
    # "…, but we could not confirm this", "…, though NK News was unable to independently verify the claim"
    + r"|" + _SET_OFF + r" " + _WHO_SAID + r"(?:though|although|but|yet) (?:[\w'’-]+ ){1,3}"
      r"(?:(?:(?:could|can|did|does|do|has|have|had|was|were)(?: not|n't)(?: yet)?|cannot|(?:has|have|had) yet to)"
      r"(?: (?:been )?able to)?|(?:was|were|is|are|am|has been|have been) unable to)"
      r" (?:independently )?(?:confirm|verify|corroborate)"
      r" (?:this|that|it|these|them|th(?:is|at|e|ese) (?:claims?|reports?|figures?|numbers?|estimates?|accounts?"
      r"|toll|tally|statements?|information))(?: independently)?(?=[.,;!?)]|$)"
    # (… past who says so: "…, officials said, but that figure could not be verified")
    + r"|" + _SET_OFF + r" (?:(?:a|the) (?:claim|report|statement|assertion|allegation) (?:that |which )?"
      r"|" + _WHO_SAID + r"(?:though|although|but) (?:this|that|it"
      r"|th(?:is|at|e) (?:claim|report|figure|number|estimate|tally|toll|account|statement)s?) )" + _NOT_VERIFIED)
# … and right before a quote, a possibility or hearsay that the verb after it makes the
# quote's ("reopened" of "may have reopened", "reopen" of "is expected to reopen", "seems to
# have"). Not an adverb ("visited" of "reportedly visited": the words quoted are the
# report's report), nor "may" or "could" with a verb of its own ("May saw the mine reopen":
# the month; "Theresa May said"; "could see the mine": an ability), nor "said to reporters".
_MAY_HAVE_BEFORE = lazy(
    r"(?:\b(?:" + _MODAL_MAY + r"|could) (?:(?:also|still|already|well|yet|now) )*(?:have|be)(?: been)?"
    r"|\b(?<!his )(?<!her )(?<!their )(?<!its )(?<!our )(?<!my )(?<!'s )(?<!military )(?<!nuclear )might"
    r"(?: (?:have|be|been|also|still|already|well|yet|now))*"  # (not "with all his might", "the regime's might")
    rf"|\b(?:{_HEARSAY}|{_CLAIMING}) to (?:have|be)(?: been)?"
    rf"|\b(?:{_BELIEF}) to(?: (?:have|be|been))*"
    r"|\b(?:would|will|could|should) (?:likely|probably|possibly|perhaps)(?: (?:have|be|been))*"
    # what would have happened, or must have (an inference): "would have | starved", "must have | passed"
    r"|\b(?:would|must|should)(?: (?:also|still|surely|certainly|otherwise))? have(?: been)?)" + _QUOTE_OPENS)
# … and a quote that starts on the verb a hearsay or a belief before it governs
_SAID_TO_BEFORE = lazy(rf"\b(?:is|are|was|were|has been|have been)(?: (?:widely|also|now|still|generally|long))?"
                       rf" (?:{_HEARSAY}|{_BELIEF})(?: by [\w'-]+(?: [\w'-]+)?)?(?: to)?" + _QUOTE_OPENS)
_TO_HAVE_AT = lazy(r"[\"']?(?:to )?(?:have|be)\b")
# … and the verb a claim of one's own governs, "to" before the quote or its first word (not
# "claims to | the land": a noun's, nor "said to | reporters": only a claim's)
_CLAIMING_BEFORE = lazy(rf"\b(?:{_CLAIMING}|claimed)(?: to)?" + _QUOTE_OPENS)
_NOT_A_VERB_AT = lazy(r"[\"']?(?:the|a|an|his|her|their|its|our|my|this|that|these|those|some|all|any|no)\b")
# After "may have" a past participle ("may have | reopened"), not the object of "have" as a
# verb of its own ("could have | a major impact", "may have | serious consequences")
# (and with a prefix: "rebuilt", "resold", "overpaid", "mislaid")
_PARTICIPLE = lazy(r"[\"']?(?:\w+(?:ed|en|wn|ne)|(?:re|un|over|under|out|mis)?(?:been|done|gone|made|met|paid|said"
                   r"|sold|told|held|kept|left|lost|built|sent|spent|set|put|cut|hit|let|shut|read|run|won|begun"
                   r"|become|come|brought|bought|caught|fought|sought|taught|thought|found|struck|stuck|hung|led|fed"
                   r"|fled|shot|got|sat|hid|dealt|felt|meant|slept|swept|lit|quit|split|spread|shed|burst|cast|cost"
                   r"|hurt|understood|stood|laid))\b")
# A quote that carries its own attribution presents its clause as a claim already
_ATTRIBUTED = lazy(r"\b(?:said|says|say|added|adds|claimed|claims|told|reported|reports|alleged|alleges|asserted"
                   r"|insisted|stated|announced|according to)\b")
# … in other languages: "Selon l'agence, la production aurait doublé", "官方媒体声称…",
# "国営メディアは…と主張した"
_ATTRIBUTED_IN = lazy(r"(?<!\w)(?:selon|d'après|a (?:déclaré|affirmé|annoncé|assuré)|affirme|prétend|según|dijo"
                      r"|afirmó|aseguró|segundo (?:o|a|os|as)|disse|afirmou|secondo (?:il|la|lo|i|gli|le|l')"
                      r"|ha (?:detto|affermato|dichiarato)|laut (?:dem|der|des|den|einem|einer|eines|angaben)"
                      r"|zufolge|sagte|behauptete|erklärte|по (?:словам|данным)|заявил\w*|утвержда\w+"
                      r"|сообщ\w+|за словами|заяви\w+)(?!\w)"
                      # not 数据 (data), 证据 (evidence), 名称 (name), 简称 (short for), 称为 (is called)
                      r"|声称|聲稱|(?<![简簡名])[称稱](?![为為号號])|表示|(?<![数數证證])[据據]|报道|報道|宣布"
                      r"|证实|證實|确认|確認|承认|承認"  # "韩国政府对此予以证实，但朝方予以否认"
                      r"|と(?:主張|述べ|発表|報じ|説明)|によると|によれば|에 따르면|(?:다고|라고) (?:주장|밝혔|말했|전했|보도)")
_RU_DENIED_AFTER = lazy(r",? (?:не соответству\w+ действительности|не відповіда\w+ дійсності|неправда|ложь"
                        r"|не подтвер\w+|не підтвер\w+"
                        # "…, что позднее опровергло министерство", "…, що згодом спростувало міністерство"
                        # (not what the quote refutes: "…, что опровергло слухи о её закрытии")
                        r"|что (?:позднее |позже |впоследствии |затем |потом )?(?:было )?опроверг\w*+"
                        r"(?! (?:слух|сообщени|информаци|данн|утверждени|заявлени|верси|домысл|спекуляци|мнени)\w*)"
                        r"|що (?:згодом |пізніше |потім )?(?:було )?спростува\w*+"
                        r"(?! (?:чутк|повідомленн|інформаці|дан|твердженн|заяв|версі|домисл|спекуляці|думк)\w*))")
# … and in French, Spanish, Portuguese, Italian and German: "…, ce que les habitants
# démentent", "…, lo que el gobierno niega", "…, was die Regierung bestreitet", "…, ce qui
# n'a pas pu être vérifié"
# … unless the denial is itself denied: "…, although no one disputes this", "…, lo que nadie
# niega", "…，没有人否认这一说法", "…が、誰もこれを否定していない", "…, a claim that is
# difficult to dispute"
_DENIAL_NEGATED = lazy(r"\b(?:no one|nobody|few|hardly|not|never|none|nor|rarely|seldom|difficult|hard|impossible"
                       r"|beyond)\b|n't\b")
_DENYING = lazy(r"disput\w*|den(?:y|ies|ied)|reject\w*|refut\w*|dismiss\w*|doubt\w*|question\w*|contradict\w*"
                r"|contest\w*|nieg\w+|neg[óa]\w*|\bni(?:e|ent|é)\b|dément\w*|dement\w*|bestr[ei]\w*|leugn\w*"
                r"|smenti\w*|desment\w*|desmint\w*|rechaz\w*|rejett?\w*|否认|否認|驳斥|駁斥|反驳|反駁|否定|부인|부정")


def _denial_denied(stretch: str, language: str) -> bool:
    """Whether the denial after a quote (`stretch`, with a few characters more for a Japanese
    or Korean negation after its verb) is by a verb of denying that is itself negated."""
    if not _DENYING.search(stretch) or _POSSIBILITY_KEPT.search(stretch):
        # "could not be verified", "不属实": the negation is the denial; "可能性も否定できない":
        # a possibility no one can rule out
        return False
    # (not what the denial calls the claim, in quotation marks: "“근거 없는 낭설”이라고 부인했다",
    # "「根拠のない噂」だと否定した" deny it as a groundless rumour)
    rest = _GROUNDLESS.sub(" ", _QUOTED.sub(" ", _DENYING.sub(" ", stretch)))
    return _DENIAL_NEGATED.search(rest) is not None or bool(sense_negations(rest, language))


_QUOTED = lazy(r'"[^"]{1,40}"')
_POSSIBILITY_KEPT = lazy(r"可能性(?:も|は)否定")
# … nor its unquoted "groundless", a negation in the word itself: "事実無根だと否定した"
_GROUNDLESS = lazy(r"事実無根|無稽|无稽|毫无根据|毫無根據|根拠(?:の|が)(?:ない|無い)|사실무근|근거(?:가)? 없")
# … nor by "hardly anyone", which the negations of other languages leave out ("Kaum jemand
# bestreitet …, wonach |", "Rares sont ceux qui contestent … selon lesquels |")
_HARDLY_ANYONE = lazy(r"\bkaum (?:jemand|einer|eine|wer)\b|\brares sont (?:ceux|celles)\b|\bpocos\b|\bpoucos\b")
_DENIED_AFTER_IN = {
    "ru": _RU_DENIED_AFTER, "uk": _RU_DENIED_AFTER,
    "tr": lazy(r",? (?:doğru|gerçek|gerçekle ilgisi) (?:değil|değildir|yok|yoktur)(?![\w])"),
    "fr": lazy(r",? (?:ce que|ce qu') ?(?:[\w'-]+ ){0,4}(?:dément|démentent|démenti\w*|nie|nient|nié\w*"
               r"|conteste\w*|contesté\w*|réfut\w+|rejett?\w+)(?=[.,;!?]|$)"
               r"|,? (?:ce qui|une information qui|une affirmation qui|une version qui) n'a (?:pas|jamais)"
               r" (?:pu )?être (?:vérifié|confirmé|corroboré)"),
    "es": lazy(r",? lo que (?:[\w'-]+ ){0,4}(?:niega|niegan|negó|negaron|desmient\w+|desmint\w+|rechaz\w+)"
               r"(?=[.,;!?]|$)"
               r"|,? (?:algo|lo) que no (?:pudo|ha podido|se pudo|se ha podido) (?:ser )?(?:verificar|confirmar"
               r"|verificad[oa]|confirmad[oa])"),
    "pt": lazy(r",? o que (?:[\w'-]+ ){0,4}(?:nega|negam|negou|negaram|desment\w+|rejeit\w+)(?=[.,;!?]|$)"
               r"|,? o que não (?:pôde|foi possível) (?:ser )?(?:verificar|confirmar|verificad[oa]|confirmad[oa])"),
    "it": lazy(r",? (?:cosa )?che (?:[\w'-]+ ){0,4}(?:nega|negano|negato|smentisc\w+|smentit\w+|respin\w+)"
               r"(?=[.,;!?]|$)"
               r"|,? (?:il che|cosa che) non (?:è stat[oa]|ha potuto essere) (?:verificat[oa]|confermat[oa])"),
    "de": lazy(r",? was (?:[\w'-]+ ){0,4}(?:bestreit\w*|bestritt\w*|bestritten|dementier\w*|zurückgewiesen"
               r"|zurückweis\w*|leugne\w*|geleugnet)(?=[.,;!?]|$)"
               r"|,? was (?:sich )?nicht (?:unabhängig )?(?:überprüfen|bestätigen|verifizieren) (?:liess|lässt)"),
}
# … in Chinese, Japanese and Korean: the verb of confirming negated right before the clause
# ("当局没有证实 | 矿山已经恢复生产"), or the clause followed by its denial ("鉱山が再開した |
# とは確認されていない", "광산이 재가동됐다 | 고 확인하지 않았다", "…는 보도는 사실이 아니다",
# "…的说法并不属实", "…との報道は事実ではない").
_ZH_SAYING_BEFORE = lazy(_ZH_NEGATION + r"(?:证实|證實|确认|確認|表明|显示|顯示|说明|說明|证明|證明|承认|承認"
                         r"|透露|宣布|表示|提到|报道|報道|说|說)(?:过|過|了)?$")
_CJK_DENIED_AFTER = lazy(
    # "…，但当地居民否认了这一说法", "…，但这一消息未经证实", "…と発表したが、住民はこれを否定した",
    # "…지만, 주민들은 이를 부인했다"
    r"(?:[，,]|\.{3,6})?(?:但|但是|不过|不過|然而)?[^。！？；]{0,12}?(?:否认|否認|驳斥|駁斥|反驳|反駁)了?"
    r"(?:这一|這一|该|該|此|这种|這種|上述|这个|這個)(?:说法|說法|报道|報道|消息|指控)"
    # "…，但朝方予以否认。": the next clause denies it, with no object
    r"|[，,](?:但|但是|不过|不過|然而)[^。！？；，,]{0,12}?(?:予以|加以)?(?:否认|否認|否定)(?:了)?(?=[。！？；]|$)"
    r"|(?:[，,]|\.{3,6})?(?:但|但是|不过|不過|然而)?(?:这一|這一|该|該|此|上述)?(?:消息|说法|說法|报道|報道|说法)?"
    r"(?:目前|暂时|暫時|至今|迄今)?(?:尚|仍)?"
    r"(?:未经|未經|未获|未獲|无法|無法|未能|未被)(?:独立|獨立)?(?:证实|證實|核实|核實|确认|確認)"
    r"|(?:と[^\s。、]{0,14}?)?[、,]?(?:が|けれども|しかし)、?[^。]{0,15}?(?:これ|それ|この(?:話|主張|報道|情報))を否定"
    # a possibility or a denial right after the verb the quote ends with: "…再開した | とみられる",
    # "…した | 可能性がある", "…した | かもしれない", "…派遣を | 否定した", "…재개했 | 을 수도 있다"
    r"|(?:と(?:み|見)られ|可能性が(?:ある|あり|高|大き)|可能性(?:も|は)否定(?:でき|出来)(?:ない|ず)|かも(?:しれ|知れ)"
    r"|と推定され"
    # "…内定した | らしい", "…続いている | ようだ" (it seems; not "…そうだ", "…という": the
    # report's hearsay, cited as such, as English "reportedly")
    r"|(?<=[たるいだ])(?:らしい|らしく|ようだ|ようで|ようです|模様だ|模様で|模様です)"
    r"|(?:こと|の)?(?:を|は)?(?:否定|否認)し(?!がた|難)"  # (not 否定しがたい: undeniable)
    # after a verb: "…訪問した | とされる", "…処刑された | という噂" (not "…という噂は事実だった"),
    # "…再開する | 方針だ" (a plan, not a deed); not "制裁対象 | とされた" (designated)
    r"|(?<=[たるだいう])とされ(?:る|た|て)|(?<=[たるだいう])と(?:いう|の)(?:噂|うわさ)(?!は(?:事実|本当))"
    # "…閉鎖された | とうわさされている", "…閉鎖された | と言われている" (it is said), "…出ている | との
    # 情報がある" (there is word that)
    r"|(?<=[たるだいう])との(?:情報|話|噂|うわさ)(?:が|も)(?:ある|あった|あり|出て|流れ)"
    r"|(?<=[たるだいう])と(?:うわさ|噂)(?:され|が)|(?<=[たるだいう])と(?:言|い)われ(?:て|る)"
    # … and after a noun: "…閉鎖中 | だと言われている" (not "…と言われた": was told)
    r"|(?<=[\u3400-\u9fff\u30a1-\u30fa\u30fc])(?:だ|である)?と(?:言|い)われてい"
    # "…关闭了 | ，这是假的", "…关闭 | 是假的", "…纯属谣言": it is false
    r"|[，,]?(?:这|這|此|这一说法|這一說法|这种说法|這種說法|该消息|該消息)?(?:都|全|全部|完全)?(?:是|纯属|純屬|系)"
    r"(?:假的|谣言|謠言|虚假的|虛假的|假消息|不实的|不實的|不实之词|不實之詞|子虚乌有|子虛烏有)"
    r"|(?<=[るう])(?:方針|予定|計画|つもり|見通し)(?:だ|で|です|である|。|$))"
    r"|(?:을|를|ㄹ)? ?(?:수도 있|가능성이 (?:있|높|크)|것으로 (?:보인|보였|추정)"
    r"|가능성(?:도|을|은)? 배제(?:할|하기) (?:수(?:는)? 없|어렵))"
    # "…확정됐다 | 고 보기는 어렵다": hard to say that …
    r"|(?:다|라)?고 (?:보기|보긴|단정하기|단정하긴|판단하기|말하기|확신하기)(?:는|가|도)? (?:어렵|힘들|이르)"
    r"(?!지(?:는|도|가)? 않)"
    r"|(?:다|라)?고 (?:볼|단정할|말할) 수(?:는)? 없"
    # the condition itself: "もし鉱山が再開された | ら、…", "…再開する | なら、", "…再開された | 場合、"
    r"|(?<=た)ら[、,]|(?<=[るいた])なら[、,]|(?<=[るた])場合[、,は]"
    # "…폐쇄된 | 듯하다", "…폐쇄된 | 것 같다" (it seems)
    r"|(?<=[된한는은던])(?: ?듯(?: ?하|싶|보)| 것 같| 모양이)"
    # (… after any verb's adnominal: "…중국으로 간 | 것 같아요")
    r"|(?<=[가-힣]) 것 같(?:다|아|아요|습니다|았|은|네)"
    # … and what someone wrongly believed: "…풀릴 것 | 이라고 잘못 알고 있었다"
    r"|(?:이)?(?:라|다)고 잘못 (?:알|믿|생각|이해)"
    # "…폐쇄됐다 | 고 믿는 사람은 없다", "…閉鎖された | と信じる者はいない" (nobody believes),
    # "…閉鎖された | という主張には根拠がない" (groundless)
    r"|(?:다|라)?고 (?:믿는|생각하는|보는) (?:사람|이|이들|전문가|주민)(?:은|는|도)? (?:없|거의 없|드물)"
    r"|と(?:信じ|思っ|考え)(?:る|ている)(?:者|人|人間|専門家|住民)は(?:いない|ほとんどいない|少ない)"
    r"|(?:との|という)(?:報道|主張|噂|うわさ|話|情報|説)(?:に)?は根拠が(?:ない|無い)"
    # "…폐쇄됐다 | 는 소문이 돈다" (rumour has it), "…폐쇄됐다 | 는 주장이 제기됐다" (it is claimed)
    r"|(?:다|라)?는 (?:소문|풍문|설|루머|얘기|이야기|말)(?:이|가|도) (?:돈|돌|나돌|있|퍼지|퍼졌|무성)"
    r"|(?:다|라)?는 주장이 제기"
    # "…했다 | 는 주장은 근거가 없다": the claim that … is groundless, untrue
    r"|(?:다)?는 (?:주장|보도|소식|설|소문)(?:은|는|이|가|도)? (?:근거가 없|사실이 아[니닌님]|사실과 다[르른]|사실무근|거짓"
    r"|허위|의심스럽)"
    # "…再開した | との報道を否定した", "…再開した | という証拠はない", "…した | 可能性は低い",
    # "…재가동됐다 | 는 보도를 부인했다", "…재가동됐다 | 는 증거는 없다"
    r"|(?:との|という)(?:報道|主張|噂|話|情報|説)を(?:\"[^\"]{1,24}\"(?:だ|である)?と)?(?:否定|否認|一蹴)(?!的)"
    r"|とは(?:言い|いい)(?:難|がた)い"  # "…成功した | とは言い難い": hardly to be said
    r"|か(?:どうか)?(?:は|も)(?:疑わし|疑問|不明|定かでな)"  # "…再開した | かは疑わしい": doubtful whether
    r"|(?:との|という)(?:確かな|明確な|信頼できる|決定的な|確実な|具体的な|十分な)?(?:証拠|根拠|兆候|形跡)(?:は|も)"
    r"(?:ない|なく|ありません|見つかって(?:いない|いません)|見当たらない)"
    r"|(?:という)?(?:可能性|見込み)は(?:低い|小さい|ほとんどない)"
    # (past a word or two of whose, with no case particle: "…개방했다 | 는 일부 언론 보도를 부인했다",
    # not "…개방했다 | 는 발표로 외신 보도를 반박했다": rebutted them with it)
    r"|(?:다)?는 (?:[가-힣]{1,6}(?<![로을를에이가의와과도]) ){0,2}(?:보도|주장|소문|소식|설)(?:을|를)"
    r" (?:\"[^\"]{1,24}\"(?:이)?(?:라고|라며) )?"
    r"(?:부인|부정|일축|반박)"
    r"(?=하|했|한|해)"  # the verb: not 부정선거 (fraud), 부정적으로 (negatively)
    r"|(?:다)?는 (?:(?:확실한|명확한|믿을 만한|신뢰할 만한|결정적인|뚜렷한|구체적인|충분한) )?(?:증거|근거|징후|흔적)"
    r"(?:는|가|도)? (?:없|찾을 수 없)"
    r"|(?:(?:고|다고|라고) [가-힣]{1,8})?(?:지만|으나|는데),? [^.]{0,15}?(?:이를|그것을|이 (?:주장|보도|소식)을) (?:부인|부정)"
    # what a speaker says, conceded before the sentence sets it against something else: "…재개됐다 |
    # 고 밝혔지만, 주민들은 …", "…再開された | と発表したが、住民は …"
    r"|(?:다|라)?고 (?:밝혔|밝히|주장|발표|말했|말하|전했|보도|강조|선전|공언)[가-힣]{0,3}?(?:지만|으나|음에도|는데도)"
    # (not が alone, which joins as often as it opposes: "…と発表したが、これはEEZ外に落下した")
    r"|と(?:発表|主張|説明|報じ|述べ|強調|宣伝|言っ|言い|明らかにし|公表)[^\s。、]{0,6}?(?:ものの|にもかかわらず)[、,]?"
    r"|(?:的)?(?:说法|說法|报道|報道|报导|報導|消息|传闻|傳聞|传言|傳言)(?:并|並|完全|纯属|純屬|是|纯粹|純粹){0,2}"
    r"(?:不属实|不屬實|不实|不實|不是事实|不是事實|是假的|失实|失實|(?:凭空|憑空)?捏造|谣言|謠言|无稽之谈|無稽之談"
    r"|毫无根据|毫無根據|子虚乌有|子虛烏有)"
    r"|(?:とは|とも)(?!思わ|思い|知ら|予想|想像|信じ|夢にも)[^\s。、！？]{0,10}?(?:ていない|ていません|ておらず|ない|ません|なかった|ず)"
    # (… or "…について「事実無根だ」と": said of the report, in its own words)
    r"|(?:との|という|とする)(?:報道|主張|噂|話|情報|説|見方)(?:について|に関して|に対して|に対し)?(?:は|も)?[、,]?"
    r"[「『\"']?(?:事実では|事実で|事実無根|誤り|デマ|虚偽|根拠が|根拠の(?:ない|無い)|でたらめ|誤報)"
    r"|(?:고|라고|다고) (?!믿|생각)[가-힣]{1,6}지 (?:않|못)(?!\S* 수(?:밖에)? 없)"
    r"|(?:는|다는|라는|이라는) (?:보도|주장|소문|설|말|얘기|이야기|소식|관측)(?:은|는|도)?"
    r"(?:(?:에 대해(?:서는|서)?|과 관련해(?:서는)?|와 관련해(?:서는)?),?(?: [가-힣]{1,10}(?:은|는|이|가))?)? ?[\"']?"
    r"(?:사실이 아니|사실과 다르|사실무근|거짓|허위|오보|낭설)")
# In other languages, a negated verb of confirming, showing or saying right before the
# conjunction the quote starts after: "n'a pas confirmé que | la mine a rouvert", "hat nicht
# bestätigt, dass | …", "bestätigte nicht, dass | …", "не подтвердило, что | …", "لم تؤكد
# الوزارة أن | …". The verb must be one of these: "parce que", "sans que", "ce que", a
# relative "que" and "Nadie niega que" (nobody denies) report what is so.
_UNVOUCHING_VERBS = {
    "fr": r"confirm|vérifi|prouv|montr|dit|dis|affirm|indiqu|signifi|démontr|établi|assur|garanti|certifi",
    "es": r"confirm|verific|prob|demostr|dij|dic|afirm|indic|signific|asegur|garantiz|mostr",
    "pt": r"confirm|verific|prov|demonstr|diss|diz|afirm|indic|signific|assegur|garant|mostr",
    "it": r"conferm|verific|prov|dimostr|dett|dic|afferm|indic|signific|assicur|garant|mostr",
    "de": r"bestätig|beleg|bewies|beweis|gesagt|sag|behaupt|gezeigt|zeig|bedeut|verifizier|nachgewiesen|nachweis",
    "nl": r"bevestig|bewez|bewijs|gezegd|zeg|zei|beweer|beweerd|getoond|toon|betekent|betekende|geverifieerd",
    "ru": r"подтверд|подтвержд|доказ|сказал|говор|заяв|показ|означа|провер|утвержда",
    "uk": r"підтверд|довед|сказа|говор|заяв|показ|означа|перевір|стверд",
    "pl": r"potwierdz|potwierdzi|udowodn|powiedzia|mówi|twierdz|pokaz|pokaza|oznacza|zweryfikow",
    "ar": r"تؤكد|يؤكد|أكد|تثبت|يثبت|أثبت|تقل|يقل|قال|تظهر|يظهر|أظهر|تعن|يعن|تتحقق|يتحقق|تؤكدا|يؤكدوا"
          r"|تأكيد|التأكيد|إثبات|التحقق",  # (the verbal noun: "لم يتم تأكيد أن", "it has not been confirmed that")
}
# … or a verb of denying or doubting, with no negation before it ("a démenti que", "bestritt,
# dass", "negó que", "опровергло, что", "نفت الوزارة أن"), or "unclear" ("Es ist unklar, ob")
_DENYING_VERBS = {
    "fr": r"dément|démentent|démenti\w*|démentai\w*|nie|nient|niait|niaient|nié\w*|conteste|contestent|contesté\w*"
          r"|réfut\w+|rejette|rejettent|rejeté\w*|doutent|doute|douté\w*|douteu(?:x|se)|incertain|improbable"
          r"|peu probable"
          r"|peu vraisemblable|personne ne sait"
          # "a qualifié de pure invention l'affirmation selon laquelle |"
          r"|qualifi\w* d(?:e |')(?:(?:pure|totale|simple) )?(?:invention|fabrication|mensonge|affabulation|rumeur"
          r"|infond\w*|fantaisiste\w*|fausse\w*|faux)",
    "es": r"neg(?:ó|aron|aba|aban|ado|ada)|niega|niegan|desmint\w+|desmient\w+|rechaz\w+|descart\w+|dud\w+"
          r"|incierto|improbable|poco probable|nadie sabe",
    "pt": r"neg(?:ou|aram|ava|avam|ado|ada)|nega|negam|desmenti\w*|desmente\w*|rejeit\w+|duvid\w+|incerto"
          r"|improvável|pouco provável",
    "it": r"neg(?:ato|ata|ano|ava|avano|ò)|nega|smenti\w*|smentisc\w*|respin\w+|dubit\w+"
          r"|(?<!fuori )(?<!senza )(?<!di )dubbi[oa]|incerto"
          r"|improbabile|poco probabile",
    "de": r"bestreit\w*|bestritt\w*|dementier\w*|leugne\w*|geleugnet|bezweifel\w*|unklar|ungewiss|unbestätigt"
          # "wies Berichte zurück, wonach |" (not "wies … darauf hin": pointed out)
          r"|zurückgewiesen|zurückweis\w*|(?:wies|wiesen|weist|weisen)(?: (?!nicht\b|nie\b)[\w'-]+){0,3}? zurück"
          r"|fraglich|zweifelhaft|unwahrscheinlich|nicht klar|niemand weiss|weiss niemand"
          r"|keine (?:hinweise|belege|beweise)",
    "nl": r"ontken\w*|bestrijd\w*|bestreed|betwist\w*|betwijfel\w*|onduidelijk|onzeker|onwaar",
    "ru": r"опроверг\w*|отрица\w*|отверг\w*|сомнева\w*|неясно|непонятно|неизвестно",
    "uk": r"спростува\w*|спросту\w*|запереч\w*|відкида\w*|сумнів\w*|незрозуміло|невідомо",
    "pl": r"zaprzecz\w*|zdementow\w*|dementuj\w*|wątpi\w*|niejasne",
    "ar": r"[وف]?(?:نفت|نفى|ينفي|تنفي|نفوا|ينفون|كذبت|كذب|شككت|شكك|يشكك)",  # (and "and denied": ونفت)
}
_COMPLEMENTIZERS = {"fr": "que", "es": "que", "pt": "que", "it": "che", "de": "dass|ob", "nl": "dat|of",
                    "ru": "что|ли", "uk": "що|чи", "pl": "że|czy",
                    # (and "that … be": "نفت السلطات أن يكون | السوق قد أغلق")
                    "ar": "(?:أن|بأن|إن)(?: [يت]كون)?"}
_NOT_ONLY_WORDS = r"solo|sólo|só|solamente|somente|seulement|soltanto|nur|только|тільки|tylko|alleen|فقط"


@functools.cache
def _complement(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The negated verb and conjunction before a quote in `language`, and the conjunction alone
    (or the words that open a report's claim as it does: _CLAIM_RELATIVES)."""
    primary = primary_language(language)
    negation, verbs, conjunction = _negation(primary), _UNVOUCHING_VERBS.get(primary), _COMPLEMENTIZERS.get(primary)
    if negation is None or verbs is None or conjunction is None:
        return None, None
    word = rf"(?!(?:{_NOT_ONLY_WORDS})\b)[\w'-]+"  # not "no solo confirmó que" (not only)
    verb = rf"(?<!\w)(?:{verbs})\w*"
    # the negation up to three words before the verb ("n'a pas confirmé", "не подтвердило"),
    # or right after it ("bestätigte nicht", "bevestigde niet"); Arabic puts the subject
    # between the verb and the conjunction ("لم تؤكد الوزارة أن")
    between = r"(?: \w+){0,2}" if primary == "ar" else ""
    bridge = _BRIDGE_WORDS.get(primary)
    if bridge:  # auxiliaries, pronouns and adverbs only: not "не раз", "no dudó en", "n'a pas hésité à"
        word = ("(?:" + "|".join(re.escape(w) for w in sorted(bridge.split(), key=len, reverse=True))
                + r"|\w+(?:ment|mente|lich|но))(?!\w)")
    clause = (rf"(?:(?:{negation.pattern})(?:(?: |(?<=')){word}){{0,3}}? {verb}|{verb} (?:{negation.pattern}))"
              rf"{between},? (?:{conjunction})")
    opening = f"{conjunction}|{_CLAIM_RELATIVES[primary]}" if primary in _CLAIM_RELATIVES else conjunction
    return re.compile(clause + _QUOTE_OPENS), re.compile(rf"(?<!\w)(?:{opening})" + _QUOTE_OPENS)


@functools.cache
def _denial(language: str) -> re.Pattern[str]:
    """A verb of denying or doubting in `language`, a few words before its conjunction and the
    quote; a pattern that matches nothing where there is no list."""
    primary = primary_language(language)
    verbs, conjunction = _DENYING_VERBS.get(primary), _COMPLEMENTIZERS.get(primary)
    if verbs is None or conjunction is None or _negation(primary) is None:
        return re.compile(r"(?!)")
    if primary in _CLAIM_RELATIVES:
        conjunction = f"{conjunction}|{_CLAIM_RELATIVES[primary]}"
    # (the words between not a negation: "dementierte Berichte nicht, wonach" denied nothing;
    # Arabic puts the subject there: "نفى مسؤول في شركة طيران كوريو أن تكون")
    most = 6 if primary == "ar" else 3
    return re.compile(rf"(?<!\w)(?:{verbs})(?!\w)(?: (?!{_BETWEEN_NEGATIONS})[\w'-]+){{0,{most}}},? (?:{conjunction})"
                      + _QUOTE_OPENS)


_BETWEEN_NEGATIONS = r"(?:nicht|nie|niemals|keine?n?|pas|jamais|point|no|nunca|non|mai|não|nem|не|ні)(?![\w'-])"


# … or the words that open what a denied report says, as "that" does: "a démenti les
# informations selon lesquelles |", "dementierte Berichte, wonach |", "desmintió las
# informaciones según las cuales |", "опроверг сообщения, будто |"
_CLAIM_RELATIVES = {"fr": r"(?:selon|d'après) (?:lesquelles|lesquels|laquelle|lequel)",
                    "es": r"según (?:las cuales|los cuales|la cual|el cual)",
                    "pt": r"segundo (?:as quais|os quais|a qual|o qual)",
                    "it": r"secondo (?:cui|le quali|i quali|la quale|il quale)",
                    "de": r"wonach|denen zufolge|nach denen", "ru": r"будто(?: бы)?", "uk": r"ніби(?: то)?|начебто"}


# Other languages' negations reach the quote over their auxiliaries, pronouns and adverbs
# the same way: "no fue | reabierta", "n'a pas été | rouverte", "nicht mehr | in Betrieb",
# "не будет | открыта", "δεν έχει | ανοίξει", "chưa được | mở cửa", "לא היה | פעיל". Up to
# three of these words (the negation's own second half, "pas", "plus", among them).
_BRIDGE_WORDS = {
    "fr": "a ai as avait avaient ont est sont était étaient sera seront serait fut été pas plus encore jamais "
          "toujours guère point se s' y en le la les l' lui leur me te nous vous peut peuvent pouvait pu doit va vont",
    "es": "fue fueron ha han había habían habrá será serán sería es son era eran está están estaba estaban estuvo "
          "se lo la los las le les me te nos ya más aún todavía puede pueden pudo pudieron podía podido va van iba "
          "sido volvió a",
    "pt": "foi foram é são era eram será serão seria está estão estava estavam esteve tem têm tinha tinham havia "
          "há se o a os as lhe lhes me te nos mais ainda já pode podem pôde podia vai vão ia sido voltou",
    "it": "è sono era erano sarà saranno sarebbe stato stata stati state ha hanno aveva avevano avrà si lo la li "
          "le gli ci vi ne più ancora mai può possono poteva potuto va vanno viene vengono venne affatto",
    "de": "mehr wieder länger ganz gar so sehr einmal einziges einzige einzigen einziger einzigem wurde wurden "
          "ist sind war waren wird werden hat haben hatte hatten worden gewesen sich es ihn ihm ihr ihnen uns "
          "auch noch bisher je jemals vollständig offiziell",
    "nl": "meer langer zo erg heel helemaal echt ooit eens is zijn was waren wordt worden werd werden heeft hebben "
          "had hadden zal zullen zou zouden kan kunnen kon konden geworden geweest zich het hem haar ze hun hen "
          "nog al opnieuw weer enkel enkele",
    "ru": "будет будут был была было были бы может могут мог могла могли смог смогла смогли сможет стал стала "
          "стало стали удалось удастся является то уже ещё еще так и вновь снова совсем вообще полностью "
          "официально",
    "uk": "буде будуть був була було були б би може можуть міг могла змогли змогла зміг став стала стало стали "
          "вдалося є вже ще так і знову зовсім повністю офіційно",
    "pl": "została został zostało zostały zostali zostanie zostaną był była było były będzie będą jest są może "
          "mogą mógł mogła mogli się go jej ich mu im już jeszcze więcej ponownie znowu całkowicie oficjalnie "
          "ma mają miał miała",
    "el": "εχει εχουν ειχε ειχαν θα ηταν ειναι μπορει μπορουν μπορεσε καταφερε το τα τον την τους της του τις τη "
          "ξανα πια ακομη ακομα πλεον καθολου",
    "vi": "được bị có hề còn thể phải đã sẽ đang bao giờ hoàn toàn chính thức lại nữa",
    "id": "akan bisa dapat pernah lagi sudah sedang boleh mau ingin mampu juga pula benar sama sekali",
    "ar": "يعد تعد يكن تكن يكونوا يتم تتم قد بعد أبدا يستطع تستطع يمكن هناك ما",
    "he": "היה הייתה היו יהיה תהיה יהיו עוד כבר ניתן אפשר יכול יכולה יכלו הצליח הצליחה הצליחו אף פעם בכלל",
}


@functools.cache
def _bridged(language: str) -> re.Pattern[str] | None:
    """The negation and up to three bridging words before a quote, in `language` (none: a
    negation of two words, "вряд ли", right before it)."""
    primary = primary_language(language)
    words, negation = _BRIDGE_WORDS.get(primary), _negation(primary)
    if words is None or negation is None:
        return None
    bridge = "|".join(re.escape(w) for w in sorted(words.split(), key=len, reverse=True))
    # "n'a" is "n'" and "a", with no space: a bridge may follow an apostrophe directly
    return re.compile(rf"(?:{negation.pattern})(?:(?: |(?<='))(?:{bridge})(?!\w)){{0,3}}" + _QUOTE_OPENS)


# A negation after the quote that modifies what follows it, not the quote: "reopened | without
# warning", "rose | no less than 20%", "inspected the site | not far from Hyesan".
_NOT_GOVERNING_AFTER = lazy(r"(?:without|sans|ohne|без|bez|sin|senza|sem|zonder|χωρίς)\b"
                            r"|no (?:less|more|later|sooner|fewer|earlier|further) than\b|no (?:matter|doubt)\b"
                            r"|not (?:only|just|least|long|far|to mention)\b"
                            # the formula of a source's anonymity: "who asked | not to be named"
                            r"|not to be (?:named|identified)\b"
                            # Korean's double negation, which affirms: "인정 | 하지 않을 수 없었다" ("could not but admit")
                            r"|않을 수(?:가|는|밖에)? 없"
                            r"|не (?:только|лишь|лише|тільки)\b"
                            # "and not" written on, which negates what it joins on, not the quote:
                            # "أعيد فتح المنجم في مايو | وليس في يونيو", "הוא הגיע | ולא נשאר"
                            r"|[وו](?:لا|لم|لن|ليس|ليست|ليسوا|לא|אין)(?![\w\u064b-\u065f\u0670\u0591-\u05c7])")
# A negation after the quote that corrects one of its details, the event standing: "The mine
# closed | not in May but in June", "Der Markt schloss | nicht wegen des Virus, sondern …",
# "Рынок закрыли | не из-за вируса, а …", "cerró | no en mayo sino en junio". Only with a
# preposition or an article after the negation ("did | not stop the smugglers but" negates the
# verb) and with "but" or its like to come in the same sentence.
_CORRECTED_AFTER = lazy(
    r"(?:not|nicht|не|no|non(?: pas)?) (?:"
    r"in|on|at|by|from|to|for|because|due|through|during|after|before|since|with|under|over|the|a|an|its|their"
    r"|wegen|im|am|an|auf|aus|für|mit|von|vom|vor|nach|bei|durch|zum|zur|der|die|das|den|dem|des|ein|eine|seit|bis"
    r"|из-за|в|во|на|по|через|от|с|со|к|у|для|из|за|до|после|ради|благодаря"
    r"|por|en|a|de|con|para|desde|hasta|el|la|los|las|un|una|à|par|pour|dans|le|les|au|aux|du|des|il|per|da|nel|nella"
    r")(?!\w)(?=[^.;:!?。]{1,60}?(?:\b(?:but|sondern|sino|mais|ma|bensì)\b|, ?(?:а|но)\b))")
# … unless the quote ends on an auxiliary the negation belongs to: "Prices were | not the highest but …"
_ENDS_AUXILIARY = lazy(r"(?<!\w)(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should"
                       r"|did|does|do|ist|war|sind|waren|wird|wurde|wurden|hat|hatte|haben|hatten|был|была|было|были"
                       r"|будет|будут|був|була|було|були|буде|будуть|es|fue|era|son|fueron|está|estaba|ha|han|había"
                       r"|est|était|sont|étaient|ont|avait|è|sono|erano|hanno)$")
_KOREAN_BEFORE = lazy(r"(?<!\S)(?:안|못) ?$")
# … words between a Korean quote and the negation that governs it: adverbs ("배급이 | 전혀
# 없었다"), and 적 of "ㄴ 적이 없다" ("돌아간 | 적이 없었어요": has never run)
_KOREAN_ADVERB = lazy(r"전혀|결코|절대|절대로|별로|좀처럼|아직|아직도|더이상|제대로|거의|적이|적은|적도")


def _lead_start(text: str, start: int) -> int:
    """Where the words an ellipsis at a quote's start stands for begin: its clause's last few words."""
    before = text[max(0, start - 80):start]
    stop = max(before.rfind(c) for c in _CLAUSE_ENDS)
    if stop >= 0 and before[stop] in ",，" and not before[stop + 1:].strip():
        prior = max(before.rfind(c, 0, stop) for c in _CLAUSE_ENDS)  # an aside: ", however, " right before the quote
        aside = before[prior + 1:stop].strip()
        if prior >= 0 and before[prior] in ",，" and _ASIDE.fullmatch(aside) and not CJK.search(aside):
            stop = max(before.rfind(c, 0, prior) for c in _CLAUSE_ENDS)
    lead = " ".join(before[stop + 1:].split(" ")[-_EDGE_WORDS - 1:])[-_EDGE_CHARS:]
    return start - len(lead.lstrip())


_REFUTING_OPENS = lazy(r"(?:no|not (?:so|true|quite|really)|wrong|false|untrue|nonsense)\b[,.!:;]")
# A sentence's full stop with its closing marks and the space after (CJK ones unspaced)
SENTENCE_ENDED = lazy(r"[.!?][\"')\]»”」』）]*(?:\s|$)|[。！？][\"')\]»”」』）]*\s?")


def _tail_end(text: str, end: int) -> int:
    """Where the words an ellipsis at a quote's end stands for end: its clause's next few words."""
    after = text[end:end + 80]
    stops = [i for i in (after.find(c) for c in _CLAUSE_ENDS) if i >= 0]
    cut = min(stops) if stops else len(after)
    while cut < len(after) and after[cut] in ",，":  # an aside: ", however, " right after the quote
        nxt = [i for i in (after.find(c, cut + 1) for c in _CLAUSE_ENDS) if i >= 0]
        aside = after[cut + 1:min(nxt)].strip() if nxt else ""
        if after[:cut].strip() or not nxt or after[min(nxt)] not in ",，" or not _ASIDE.fullmatch(aside) \
                or CJK.search(aside):
            break
        cut = min(nxt) + 1
        more = [i for i in (after.find(c, cut) for c in _CLAUSE_ENDS) if i >= 0]
        cut = min(more) if more else len(after)
    after = after[:cut]
    return end + len(" ".join(after.split(" ")[:_EDGE_WORDS + (after[:1] == " ")])[:_EDGE_CHARS])


CJK = lazy("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _governs(a: int, b: int, text: str, language: str) -> bool:
    """Whether a negation starts in text[a:b], "not only" aside. The words after b are read
    too: "refuse to | the dump" is a noun's, not a negation (see _TO_NEGATIONS)."""
    # a few characters before, for \b and the patterns' look-behinds ("no one | denies")
    lo, hi = max(0, a - 12), min(len(text), b + 48)
    window = _NOT_ONLY.sub(lambda m: " " * len(m.group()), text[lo:hi])
    for pattern in _gap_patterns(language):
        m = pattern.search(window, a - lo)
        while m is not None and m.start() < b - lo:
            at = lo + m.start()
            if not (m.group().startswith("den") and _NO_SUBJECT.search(text, max(0, at - 48), at)) \
                    and not (m.group() == "안" and _korean_inside(text, at)):
                return True
            m = pattern.search(window, m.end())
    return False


def _korean_inside(text: str, at: int) -> bool:
    """Whether the 안 at `at` is the noun "inside" ("수용소 안 생활은", "공장 안 창고에"): after a
    noun with no particle, before a noun with one. The negation stands after a particle, an
    ending or an adverb ("쌀을 안", "아직 안") and before a verb ("안 갔다", "안 받은")."""
    before = _HANGUL_WORD_BEFORE.search(text, max(0, at - 24), at)
    return before is not None and (before[1] in _NOUNS_LIKE_PARTICLES or not _NOT_BARE_NOUN.search(before[1])) \
        and _NOUN_WITH_PARTICLE.match(text, at + 1) is not None


_HANGUL_WORD_BEFORE = lazy(r"(?<![가-힣])([가-힣]+) $")
# … a word that ends with a particle or a verb's ending, or an adverb that comes before the negation
_NOT_BARE_NOUN = lazy(r"(?:[을를이가은는에도만서게께로고의와과나며면지요다야죠러])$"
                      r"|^(?:아직|잘|또|다|왜|더|전혀|절대|거의|별로|결코|통|영|아예|좀|꼭|그냥|정말|진짜|아마|이미|여전|끝내)$")
# (nouns whose last syllable is also a particle's: "마을 안" is "inside the village")
_NOUNS_LIKE_PARTICLES = frozenset("마을 가을 고을 노을 가게 부서 창고 회의 국가 지도 제도 사무소".split())
# … and a noun with a particle after it; a shorter word before 은 or 는 is a verb's ("안 받은", "안 가는"),
# and 도 after 어, 아, 해 a verb's ending ("안 해도")
_NOUN_WITH_PARTICLE = lazy(r" (?:[가-힣]+(?:을|를|에|에서|에는|에도|의|으로|와|과)|[가-힣]{2,}(?:은|는|이)"
                           r"|[가-힣]+(?<![어아해워와여])도)(?![가-힣])")


# A denial with no one to make it, or undone: "No official has | denied that", "Few | deny"
_NO_SUBJECT = lazy(r"\b(?:" + _NOBODY + r"(?: (?:has|have|had|would|could|can|will|ever|yet|so far|publicly"
                   r"|officially|seriously|really)){0,2}|" + _UNDOING + r") $")


def _within_block(a: int, b: int, start: int, one_block: Callable[[int, int], bool]) -> tuple[int, int]:
    """A gap before the quote (ending at `start`) or after it, cut back to the quote's block."""
    while a < b and not one_block(a, b):
        a, b = (a + 1, b) if b == start else (a, b - 1)
    return a, b


PARTICLE_SYLLABLES = 12  # more than particles and a 하다 ending take ("에게서까지는이다", "하지않았습니다")


def _particle_end(text: str, end: int) -> int:
    """Where the Korean word a quote ends inside (before its particle: 위원장|은) ends; `end`
    when the quote ends on a word's edge."""
    if not 0 < end < len(text) or not ("\uac00" <= text[end - 1] <= "\ud7a3" or "a" <= text[end - 1] <= "z"):
        return end
    stop = end
    while stop < len(text) and stop - end <= PARTICLE_SYLLABLES and "\uac00" <= text[stop] <= "\ud7a3":
        stop += 1
    return stop


def starts_word(text: str, start: int) -> bool:
    """Whether text[start:] begins with a word, perhaps in quotation marks or an editor's
    brackets ('"fully" reopen', "[fully] reopen")."""
    return text[start:start + 1].isalnum() or (text[start:start + 1] in "\"'[(" and text[start + 1:start + 2].isalnum())


def _reach(text: str, start: int) -> int:
    """How far back the word before a quote is looked for: a word's length, and more when an
    HTML tag or an editor's brackets stand between it and the quote (_QUOTE_OPENS)."""
    return 160 if text[max(0, start - 3):start].rstrip(" \"'")[-1:] in (">", "]") else 22


def _unvouched(start: int, end: int, text: str, language: str, leading: bool, trailing: bool) -> list[tuple[int, int]]:
    """The words around a quote that leave it a clause the report does not vouch for: a
    negated verb of saying, a denial or a question before it (_CLAUSE_DENIED, _complement,
    _ZH_SAYING_BEFORE), a possibility ("may have"), or a denial after it (_DENIED_AFTER)."""
    english = primary_language(language) in ("en", "")
    found = []
    if not leading and starts_word(text, start):
        clause, conjunction = (_CLAUSE_DENIED, _CLAUSE_CONJUNCTION) if english else _complement(language)
        # the conjunction right before the quote first: the whole pattern reads 120 characters back
        if clause is not None and conjunction.search(text, max(0, start - 16), start) \
                and (d := clause.search(text, max(0, start - 120), start)) \
                and not (english and (_DENIAL_DENIED.search(text, max(0, d.start() - 40), start)
                                      or _NOUN_THAT.search(d.group()) and RELATIVE_VERB.match(text, start))):
            found.append((d.start(), start))
        elif not english and conjunction is not None and conjunction.search(text, max(0, start - 24), start) \
                and (d := _denial(language).search(text, max(0, start - 80), start)) \
                and not _negation(language).search(text, clause := _clause_start(text, max(0, d.start() - 24),
                                                                                  d.start()), d.start()) \
                and not _HARDLY_ANYONE.search(text, clause, d.start()):
            found.append((d.start(), start))  # "a démenti que |", "bestritt, dass |"; not "Nadie niega que |"
        if english and (d := _UNCONFIRMED_SAY.search(text, max(0, start - 80), start)
                        or _MAY_BE_HEARSAY.search(text, max(0, start - 100), start)
                        and _HEARSAY_BEFORE.search(text, max(0, start - 100), start)
                        or _disputed_before(text, start)) and not confirmed(text, start) \
                and not _confirmed_report(text, d.start()) \
                and not (_THAT_END.search(d.group()) and RELATIVE_VERB.match(text, start)):
            found.append((d.start(), start))  # (not "the rumours that | were circulating": a relative clause)
        if english and not text.startswith("to ", start) \
                and _MAY_BE_UNASSERTED.search(text, max(0, start - 40), start) \
                and (d := _UNASSERTED_BEFORE.search(text, max(0, start - 40), start)) and not confirmed(text, start) \
                and not (_THAT_END.search(d.group()) and RELATIVE_VERB.match(text, start)) \
                and not (_BARE_FEAR.search(d.group()) and not _FINITE_AHEAD.match(text, start)):
            # (not "the worry that | kept", nor "fear | the police more than hunger")
            found.append((d.start(), start))  # "Residents hope | the border will reopen": a wish, not a report
        if english and _EARLIER_WORD.search(text, max(0, start - 120), start) \
                and (d := _EARLIER_VERSION.search(text, max(0, start - 120), start)):
            found.append((d.start(), start))  # a correction: what the report no longer says
        if english and (d := _BEFORE_IT_COULD.search(text, max(0, start - 12), start)) \
                and _COULD_AT.match(text, start) and _STOPPED.search(text, max(0, d.start() - 160), d.start()):
            found.append((d.start(), start))  # "arrested before | he could hand over the phones": he did not
        if english and (d := _condition_before(text, start, end)) is not None:
            found.append((d, start))
        if english and (d := _conditional(text, start, end)) is not None:
            found.append((d, start))
        if english and (d := _MAY_HAVE_BEFORE.search(text, max(0, start - 48), start)) \
                and (not d.group().rstrip(" \"'").endswith("have") or _PARTICIPLE.match(text, start)):
            found.append((d.start(), start))  # "may have | reopened"; not "could have | a major impact"
        elif english and _TO_HAVE_AT.match(text, start) \
                and (d := _SAID_TO_BEFORE.search(text, max(0, start - 60), start)):
            found.append((d.start(), start))  # "is said to | have been sent", "is believed by analysts | to have"
        elif english and (d := _CLAIMING_BEFORE.search(text, max(0, start - 40), start)) \
                and d.group().rstrip(" \"'").endswith(" to") != text.startswith("to ", start) \
                and not _NOT_A_VERB_AT.match(text, start + 3 * text.startswith("to ", start)):
            found.append((d.start(), start))  # "claims to | have shipped", "purports to | show", "claimed | to have"
    if not leading and (d := _ZH_SAYING_BEFORE.search(text, max(0, start - _COVERB_REACH), start)):
        found.append((d.start(), start))  # 没有证实 | 矿山已经恢复生产
    if not leading and not english and starts_word(text, start) and (d := next(
            (m for p in _before_quote(language) if (m := p.search(text, max(0, start - 120), start))), None)) \
            and not confirmed(text, start):
        found.append((d.start(), start))  # "По неподтвержденным данным, | генерал был расстрелян"
    if not leading and not english and (d := _conditional_in(text, start, end, language)) is not None:
        found.append((d, start))  # "Si | la récolte échoue encore, la famine reviendra"
    if not leading and not english and (d := _condition_before_in(text, start, end, language)) is not None:
        found.append((d, start))  # "Si la récolte échoue encore, | la famine reviendra", 如果…，| 贸易将会增长
    if not trailing and (denied := _denied_after(start, end, text, language)) is not None:
        found.append(denied)
    elif english and not trailing and not leading and (d := _ABSURD_AFTER.match(text, end)) \
            and _IDEA_BEFORE.search(text, max(0, start - 40), start):
        found.append((end, d.end()))  # "The idea that | the mine reopened | is absurd"
    elif not trailing and not _ENDS_SENTENCE.search(text, max(start, end - 3), end) \
            and (conditioned := _CONDITIONED_AFTER.get(primary_language(language) or "en")) is not None \
            and (d := conditioned.match(text, end)
                 or english and (aside := SAID_ASIDE.match(text, end)) and conditioned.match(text, aside.end())):
        found.append((end, d.end()))  # "Workers receive full rations | for as long as the order lasts"
    elif english and not trailing and not _ENDS_SENTENCE.search(text, max(start, end - 3), end) \
            and (d := _CONDITION_AFTER.match(text, end)
                 or (aside := SAID_ASIDE.match(text, end)) and _CONDITION_AFTER.match(text, aside.end())) \
            and (modal := _last_modal(text, _clause_start(text, start, end), end)) >= 0 \
            and not _WHETHER_VERB.search(text, modal, end):
        found.append((end, d.end()))  # "The mine will reopen in April | unless the pumps fail again"
    elif not english and not trailing and (d := _condition_after_in(text, start, end, language)) is not None:
        found.append(d)  # "Der Handel wird sich verdoppeln, | wenn die Sanktionen aufgehoben werden"
    return found


_ENDS_SENTENCE = lazy(r"[.!?][\"')\]]*$")


def _last_modal(text: str, lo: int, hi: int) -> int:
    """Where the last modal (_MODAL_IN) in text[lo:hi] starts, or -1. A verb of saying
    before it is not what the condition after the quote hangs on ("Managers said salaries
    would rise | if the plan was met": a condition of the rise); after it, the "if" may be
    "whether" ("would not say | if")."""
    return max((m.start() for m in _MODAL_IN.finditer(text, lo, hi)), default=-1)


def _condition_before(text: str, start: int, end: int) -> int | None:
    """Where the condition (_CONDITION_BEFORE) of the clause the quote at `start` opens
    begins, when that clause is of what will or would be; "only if" with no comma, only
    where the clause is inverted ("Only if China intervenes | will the regime survive")."""
    # (its words first: the whole pattern tries every lookbehind at every offset)
    if not _CONDITION_WORD.search(text, max(0, start - 160), start):
        return None
    d = _CONDITION_BEFORE.search(text, max(0, start - 160), start)
    if d is None or not _MODAL_IN.search(text, start, _clause_end(text, start, end)):
        return None
    if d.group().startswith("otherwise") and not _OBLIGED.search(text, max(0, d.start() - 100), d.start()):
        return None  # "otherwise" as "apart from that": "The east wing burned; otherwise | the plant will run"
    inverted = d.group().rstrip(" \"'")[-1:] != "," and "only" in d.group()[:8]
    return d.start() if not inverted or _INVERTED.match(text, start) else None


_OBLIGED = lazy(r"\b(?:must|should|has to|have to|need to|needs to|ought to)\b")


def _conditional(text: str, start: int, end: int) -> int | None:
    """Where the "if" (_IF_BEFORE) that the quote starting at `start` is the condition of
    begins; None when the quote starts no condition, or the sentence has no modal and the
    "if" asks nothing (a condition that grants what it quotes)."""
    if (d := _IF_BEFORE.search(text, max(0, start - 24), start)) is None or _NOT_CONDITION.match(text, start):
        return None
    lo, hi = sentence_around(text, d.start(), end)
    if _IF_THOUGH.search(text, max(lo, d.start() - 40), start) and not _STARTS_CLAUSE.match(text, start):
        return None
    if _MODAL_IN.search(text, lo, hi) or _WHETHER_IF.search(text, max(lo, d.start() - 24), d.start()):
        return d.start()
    return None


# … and in other languages: the condition's conjunction right before the quote, the words a
# clause starts with (not "si | grave que": "so"), and a future or conditional in the sentence
# (not a contrast: "Si les exportations ont chuté, les ventes ont doublé").
_IF_IN = {
    # (not "si" as "so": "si grave que", "si bien", "si peu")
    "fr": (r"(?<!même )(?:\bsi |\bs')", r"(?!(?!(?:le|la|les|l'|un|une|des|du|il|elle|ils|elles|on|ce|cette|ces|cet"
                                        r"|son|sa|ses|leur|leurs|nous|vous)\b)[\w-]+(?: [\w'-]+){0,5} qu(?:e\b|')"
                                        r"|(?:bien|peu|longtemps|souvent|tôt|tard|vite|fort|mal|loin|près|cher)\b)\w",
           # (the future's and the conditional's endings after the stem's "r": "reviendra", "serait")
           r"\b\w+(?<!é)r(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)\b|\b(?:va|vont)\b",
           # a past fact, contrasted: "Si les autorités ont assoupli les contrôles, …"
           r"\b(?:a|ont|est|sont) \w+(?:é|ée|és|ées|i|ie|is|u|ue|us)\b|\b(?:fut|furent)\b"),
    "es": (r"(?<!aun )(?<!incluso )\bsi ", r"(?!bien\b)\w",
           r"\b\w+(?:rá|rán|rás|remos|ría|rían|rías|ríamos)\b|\b(?:va|van) a\b",
           r"\b(?:fue|fueron|hubo|era|eran|estaba|estaban|\w+aba|\w+aban)\b|\b\w{2,}(?:ó|aron|ieron)\b"
           r"|\b(?:ha|han|había|habían) \w+(?:ado|ido)\b"),
    "it": (r"(?<!anche )(?<!neanche )(?<!pure )\bse ", r"(?!(?:non altro|ne|lo|li|gli|stess[oaie])\b)\w",
           r"\b\w+(?:rà|ranno|rai|remo|rebbe|rebbero)\b",
           r"\b(?:è|sono|ha|hanno) \w+(?:at[oaie]|ut[oaie]|it[oaie])\b|\b(?:fu|furono|era|erano)\b"),
    "de": (r"(?<!auch )(?<!selbst )(?<!sogar )\b(?:wenn|(?<!des )falls) ", r"(?!auch\b)\w",
           r"\b(?:wird|werden|würde|würden|könnte|könnten|dürfte|dürften|hätte|hätten|wäre|wären|müsste|müssten"
           r"|sollte|sollten)\b",
           r"\b(?:war|waren|hatte|hatten)\b|\b(?:hat|haben|ist|sind)\b[^,.;]*\bge\w+(?:t|en)\b"),
    # (a condition whatever its tense, but a past without "бы": "Если раньше рынок работал …, то …",
    # "Если в прошлом году урожай погиб, то …": a past without its -л, as "исчез", "мог", "умер")
    "ru": (r"\bесли(?: бы| б)? ", r"[а-яё0-9]", r"",
           r"(?:\b\w+(?:л|ла|ло|ли)(?:ся|сь)?|\b(?:по|за|вы|ис|с|до|при|пере|про)?(?:гиб|чез|мог|рос|нёс|нес|вёз"
           r"|вез|лёг|жёг|стиг|мёрз|мерз|сох)(?:ся)?|\b(?:у|по)мер)\b(?![^,.;]*\bбы?\b)"),
    "uk": (r"\b(?:якщо(?: би| б)?|якби) ", r"[а-яіїєґ0-9]", r"",
           r"(?:\b\w+(?:в|ла|ло|ли)(?:ся|сь)?|\b(?:з|ви|за|с)?(?:міг|ник|ріс|ніс|віз|ліг)|\b(?:по|у)мер)\b"
           r"(?![^,.;]*\bби?\b)"),
    "zh": (r"(?:如果(?!说)|假如|(?<![主就也还只正总倒可但真不])要是|倘若|一旦)", r"\S", r"将|將|会|會|可能|就要|早就", r"(?!)"),
}


@functools.cache
def _if_in(language: str) -> tuple[re.Pattern[str], ...] | None:
    row = _IF_IN.get(primary_language(language) or "")
    return None if row is None else (re.compile(rf"{row[0]}[\"'«“]?$"), *map(re.compile, row[1:]))


def _conditional_in(text: str, start: int, end: int, language: str) -> int | None:
    """Where the conjunction of a condition the quote starting at `start` is, in a language
    of _IF_IN; None when it is none, when its clause tells a past fact, or when its sentence
    has no future or conditional (where the table asks for one)."""
    if (row := _if_in(language)) is None or (d := row[0].search(text, max(0, start - 8), start)) is None \
            or not row[1].match(text, start):
        return None
    clause = _CLAUSE_STOP.search(text, start, end + 120)
    if row[3].search(text, start, clause.start() if clause else min(len(text), end + 120)) \
            and not _WOULD_IN.search(d.group()):
        return None  # "Si les autorités ont assoupli les contrôles, | les commerçants resteront prudents"
    lo, hi = sentence_around(text, d.start(), end)
    return d.start() if row[2].search(text, lo, hi) else None


# … and the quote that is the clause such a condition governs, right after it: "Si les
# sanctions sont levées, | le commerce augmentera", "Falls …, | wird der Handel wachsen",
# "Если санкции будут сняты, | торговля вырастет", 如果制裁解除，| 贸易将会增长, 制裁が解除
# されれば、| 貿易は拡大する, 제재가 해제되면 | 무역이 늘어날 것이다; or what follows if it is
# not met ("sinon |", "sonst |", "иначе |", 否则 |). Each with a future or conditional in the
# quote's clause where the language writes one (_FUTURE_IN; not a contrast: "Si les
# exportations ont chuté, | les ventes ont doublé"), and in Japanese not a past ("帰ったら、|
# 雨が降っていた": when, not if).
_OPENS = r"(?:^|(?<=[.!?;:,] )|(?<=\n)|(?<=\bque )|(?<=\bdass )|(?<=\bчто )|(?<=\bщо ))"
_IF_CLAUSE = r"[^.;:!?\n,]{2,120}, "
_CONDITION_CLAUSE_IN = {
    "fr": _OPENS + r"(?:(?:seulement |sauf )?si (?!bien\b|l'on en croit\b|on en croit\b|je puis\b|j'ose\b|ce n'est\b"
          r"|\w+ (?:soit|soient|fût|qu))"  # (not "si isolé soit-il": however isolated)
          r"|(?:seulement |sauf )?s'(?=il|ils)|à moins que? |à moins qu'"
          r"|au cas où |pourvu que? |pourvu qu'|à condition que? |à condition qu')" + _IF_CLAUSE + r"|\bsinon,? ",
    "es": _OPENS + r"(?:(?:solo |sólo )?si (?!bien\b)|a menos que |siempre que |siempre y cuando |en caso de que "
          r"|con tal de que |a condición de que )" + _IF_CLAUSE + r"|\bde lo contrario,? |\bsi no,? ",
    "pt": _OPENS + r"(?:(?:só |somente )?se |a menos que |desde que |contanto que |caso )" + _IF_CLAUSE
          + r"|\bcaso contrário,? |\bsenão,? ",
    "it": _OPENS + r"(?:(?:solo )?se |a meno che |purché |a condizione che |qualora )" + _IF_CLAUSE
          + r"|\baltrimenti,? ",
    "de": _OPENS + r"(?:(?:nur )?(?:wenn(?! es um\b)|falls) |sofern |vorausgesetzt,? dass )" + _IF_CLAUSE
          + r"|\b(?:sonst|andernfalls),? ",  # (not "Wenn es um China geht, |": as for China)
    # (not "Если честно, |": frankly; nor an infinitive: "Если говорить о ценах, |", "если верить
    # источникам, |", "Если не считать Синыйджу, |")
    "ru": _OPENS + r"(?:(?:только |лишь )?если (?!честно|серь[её]зно|коротко|кратко|откровенно|хотите|угодно|можно"
          r"|(?:не )?\w+(?:ть|ти|чь)(?:ся)?\b)"
          r"|в случае,? если |при условии,? что )" + _IF_CLAUSE + r"(?:то )?"
          r"|" + _OPENS + r"в случае (?!,? если)(?:[\w-]+ ){1,4}"  # "В случае новой засухи | урожай погибнет"
          r"|(?<!или )\bиначе,? ",  # (not "Так или иначе": one way or another)
    "uk": _OPENS + r"(?:(?:лише |тільки )?(?:якщо|якби) (?!(?:не )?\w+(?:ти|ть)(?:ся)?\b)|у разі,? якщо "
          r"|за умови,? що )" + _IF_CLAUSE + r"(?:то )?"
          r"|\bінакше,? ",
    "zh": r"(?:如果(?!说|說)|假如|假若|(?<![主就也还只正总倒可但真不])要是|倘若|一旦|只要(?!求)|除非|万一|萬一)"
          r"[^。！？；，,]{1,60}[，,](?:那么|那麼|则|則|就)?"
          r"|(?:否则|否則)[，,]?",
    # (not 例えば, いわば, なぜなら: "for example", "so to speak", "because"; nor "中国の場合": in China's case)
    # (nor によれば "according to", 言えば, 言い換えれば, 思えば: "to put it …", 半ば "mid-")
    "ja": r"(?:(?<=[^\s、。])(?<!例え)(?<!いわ)(?<!言わ)(?<!みれ)(?<!よれ)(?<!言え)(?<!いえ)(?<!思え)(?<!換えれ)(?<!半)"
          r"(?:ば|たら|限り(?:は)?)"
          r"|(?<=[^\s、。])(?<!なぜ)(?<!何故)(?:なら|ならば)|(?<=[るたいなだう])場合(?:は|には|に)?)[、,]",
    # (a verb's -면, "무너지면" too, not the nouns 반면, 측면, 전면, a page's 지면 …)
    # (not 에 따르면, 에 의하면: "according to"; 다시 말하면: "in other words"; nor 북한의 경우: "as for")
    "ko": r"(?:(?<!따)(?<!의)(?<!말)(?:되|하|으|다|라|나|가|오|키|리|르|기|치|시|우|추|(?<=[가-힣])지)면"
          r"|(?<=[가-힣] )(?<!의 )경우(?:에는|에)?|(?<=[가-힣])는 한),? ",
}
_CONDITION_CLAUSE = {code: lazy(rf"(?:{p})[\"'«“「]?$") for code, p in _CONDITION_CLAUSE_IN.items()}
_FUTURE_IN = {
    "pt": r"\b\w+(?:rá|rão|rás|remos|ria|riam)\b|\b(?:vai|vão) \w+r\b",
    "zh": r"将|將|会|會|可能|就|才|能|要",
    "ko": r"것이|것으로|겠|수 있|수 없|수도 있|거(?:예요|에요|야|다|라)|텐데"  # (거예요: 것이에요, as spoken)
          # … and a syllable ending in ㄹ before 것, wherever the clause ends: "침수될 것"이라고
          r"|[" + "".join(chr(0xAC00 + 28 * vowel_start + 8) for vowel_start in range(399)) + "] 것",
}
_KO_IF_NOT = lazy(r"(?:않으|없으|못하|아니)면")
_JA_PAST = lazy(r"(?:た|だった|でした|ました)(?:[。！？]|$)")
_JA_CONJECTURE = lazy(r"だろう|でしょう|かもしれ|見込み|予定|はず|つもり|予想|見通し")


def _condition_before_in(text: str, start: int, end: int, language: str) -> int | None:
    """Where the condition (_CONDITION_CLAUSE_IN) of the clause the quote at `start` opens
    begins, in a language other than English; None if there is none, or its clause tells a
    past or present fact."""
    code = primary_language(language) or ""
    found = None
    for c in dict.fromkeys([code, "zh", "ja", "ko"]):  # the scripts only one language writes, whatever the tag
        if c in _CONDITION_CLAUSE and (c == code or c not in ("zh", "ja", "ko") or CJK.match(text, start)) \
                and (m := _CONDITION_CLAUSE[c].search(text, max(0, start - 160), start)):
            found, code = m, c
            break
    if found is None:
        return None
    if code == "ja":
        sentence = _SENTENCE_STOP.search(text, start, start + 240)
        stop = sentence.end() if sentence else min(len(text), start + 240)
        # ("…なければ": "if not" is a condition whatever the tense after it)
        if _JA_PAST.search(text, start, stop) or found.group().startswith("ば") and not _JA_CONJECTURE.search(
                text, start, stop) and not text.startswith("なければ", found.start() - 3):
            return None
        return found.start()
    if code == "ko" and _KO_IF_NOT.search(text, max(0, found.start() - 2), found.end()):
        # "…지 않으면 | 국경은 재개방된다": "if not" is a condition whatever the tense after it (from its word's start)
        return max(text.rfind(" ", max(0, found.start() - 20), found.start()) + 1, found.start() - 20)
    clause = _CLAUSE_STOP.search(text, start, end + 120)
    if (future := _future_in(code)) is not None \
            and not future.search(text, start, clause.start() if clause else min(len(text), end + 120)):
        return None
    past = _PAST_IN.get(code) or (row[3] if (row := _if_in(code)) is not None else None)
    condition = found.group().partition(" ")[2]  # (its conjunction is no verb: "если")
    if past is not None and past.search(condition) and not _WOULD_IN.search(condition):
        return None  # a past fact, contrasted: "Если раньше рынок работал, | …"
    return found.start()


# (a passive is no past here: "si les sanctions sont levées" is "if they are lifted")
_PAST_IN = {"fr": lazy(r"\b(?:a|ont|avait|avaient) \w+(?:é|ée|és|ées|i|ie|is|u|ue|us)\b|\b(?:fut|furent)\b")}


# … and after the quote: "Der Handel wird sich verdoppeln, | wenn …", "… se duplicará | si …"
_CONDITION_AFTER_IN = {
    # (not "si bien que" so that, "si fragile qu'il paraisse" however fragile, "si ce n'est" if not)
    "fr": r",? (?:seulement |sauf )?(?:si(?! bien\b| ce n'est\b| \w+ qu)|s'(?=il|ils)"
          r"|dès que?|dès qu'|une fois que?|une fois qu')\b",
    "es": r",? (?:solo |sólo )?(?:si(?! bien\b| no más\b| acaso\b)|siempre que"
          r"|en caso de que|una vez que|en cuanto|tan pronto como)\b",
    "pt": r",? (?:só |somente )?(?:se|a menos que|desde que|contanto que|caso)\b",
    "it": r",? (?:solo )?(?:se|qualora)\b",
    "de": r",? (?:nur (?:wenn|falls)|falls|sobald)\b",  # (not "wenn": as often "when", "wenn der Winter kommt")
    "ru": r", (?:только |лишь )?если(?! не больше| не меньше| не раньше| угодно| можно)\b|,? как только\b",
    "uk": r", (?:лише |тільки )?якщо\b",
}
_CONDITION_AFTER_AT = {code: lazy(p) for code, p in _CONDITION_AFTER_IN.items()}


def _condition_after_in(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The condition right after the quote (_CONDITION_AFTER_IN), when the quote's clause has
    a future or conditional where the language writes one; else None."""
    code = primary_language(language) or ""
    if (pattern := _CONDITION_AFTER_AT.get(code)) is None or (m := pattern.match(text, end)) is None:
        return None
    if (future := _future_in(code)) is not None \
            and not future.search(text, _clause_start(text, max(0, start - 120), start), end):
        return None
    return end, m.end()


@functools.cache
def _future_in(code: str) -> re.Pattern[str] | None:
    """A future or conditional verb in `code` (_FUTURE_IN, else _IF_IN's), or None where the
    language's tables write none (Russian: the perfective present is its future)."""
    future = _FUTURE_IN.get(code) or (row[2] if (row := _IF_IN.get(code)) else "")
    return re.compile(future) if future else None


_CLAUSE_STOP = lazy(r"[,;:.!?，；：。！？]")
_WOULD_IN = lazy(r"\bби?\b|\bбы\b|якби")  # "Если бы | Китай отменил санкции": contrary to fact


def sentence_around(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence holding text[a:b], read no further than 240 characters either side."""
    stop = _SENTENCE_STOP.search(text, b, b + 240)
    return sentence_start(text, a), stop.start() if stop else min(len(text), b + 240)


def sentence_start(text: str, a: int) -> int:
    """Where the sentence holding text[a] begins, read no further back than 240 characters."""
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, a - 240), a)]
    return stops[-1] if stops else max(0, a - 240)


_SENTENCE_STOP = lazy(r"[.!?][\"')\]»”]*\s|[。！？]|\n")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause that starts at text[start] ends, no later than `end`."""
    stop = _STOP_AND_SPACE.search(text, start, end)
    return stop.start() if stop else end


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding text[at] starts, looking back no further than `lo`: the
    previous sentence's "nicht" does not negate "Es ist unklar, ob"."""
    stops = [m.end() for m in _STOP_AND_SPACE.finditer(text, lo, at)]
    return stops[-1] if stops else lo


_STOP_AND_SPACE = lazy(r"[.!?;:。！？；]\s")


# A speaker's words the report sets against another's, or against what is seen: "The ministry
# says | the mine has reopened | , but workers say it is idle", "… | , the ministry said.
# However, satellite images show no activity". Not the speaker going on ("but also said",
# "but it gave no date") nor the report's own statement ("The mine has reopened, but workers
# say …": nobody is quoted)
_SAYS_RIGHT_BEFORE = lazy(r"\b(?:says|said|say|claims?|claimed|announces?|announced|insists?|insisted|maintains?"
                          r"|maintained|reports?|reported|asserts?|asserted|states|stated|declares?|declared)"
                          # (a time between: "KCNA reported on Tuesday that |")
                          r"(?: (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this)"
                          r" (?:week|month|year)|last night|yesterday|today|earlier|again))?"
                          r"(?: that)?,? [\"']?$")
_COUNTER = (r"(?!(?:also|then|later|he|she|it|its|gave|did|would|could|added|noted|declined|refused)\b)"
            # ("were told to keep their stalls shut": an order given, not words set against the speaker's)
            r"(?:[\w'-]+ ){1,5}?(?:say|says|said|insist|insists|insisted|(?:tell|tells|told)(?! to\b)|report|reported"
            r"|describe"
            r"|describes|described|show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated"
            r"|counter|countered|contradict|contradicts|contradicted)"
            # … saying the opposite in so many words, not adding to it ("but workers say it is busy
            # again", "… the pay is low", "… it has not yet reached full output")
            r"(?: that)?(?: [\w'-]+){0,5}? (?:idle|closed|shut|empty|abandoned|deserted|false|untrue|a lie|lies"
            r"|fabricated|made up|not true|no (?:activity|signs?|evidence|trace|work|production|movement)|nothing"
            r"|otherwise|the opposite"
            # … or that it is still as it was, or has not happened: "but residents said it was
            # still flooded", "but workers said production had not restarted"
            r"|still (?:flooded|closed|shut|idle|empty|abandoned|deserted|under water|out of (?:use|service|action"
            r"|operation)|not (?:working|operating|running|producing|open))"
            r"|(?:has|have|had|is|are|was|were|did|does|do)(?:n't| not| never)(?: yet| even| actually| really)?"
            r" (?:been )?(?:re)?(?:opened|open|started|start|resumed|resume|begun|begin|operated|operating|operational"
            r"|working|running|functioning|produced|producing|happened|happen|taken place|occurred|occur)"
            r"|never (?:re)?(?:opened|started|resumed|happened|took place|occurred)"
            r"|no longer (?:working|operating|running|open|producing))\b")
_COUNTERED_AFTER = lazy(r"[\"']?(?:,|;|,? -) (?:but|yet|while|whereas) " + _COUNTER)
_COUNTERED_NEXT = lazy(r"[\"']?, (?:[\w'-]+ ){1,4}?(?:said|says|claimed|claims|announced|reported|insisted|stated)"
                       r"\. (?:however|but|yet),? " + _COUNTER)


def _countered(start: int, end: int, text: str) -> tuple[int, int] | None:
    """The words after an English quote that set the speaker's words it is against another
    account (_COUNTERED_AFTER, _COUNTERED_NEXT), or None."""
    if text[end:end + 1] not in (",", ";", "\"", "'") and not text.startswith(" -", end):
        return None  # (what both patterns open with: most quotes end before a full stop or go on)
    countered = _COUNTERED_NEXT.match(text, end) or (_SAYS_RIGHT_BEFORE.search(text, max(0, start - 40), start)
                                                     and _COUNTERED_AFTER.match(text, end))
    return (end, countered.end()) if countered else None


# … in Korean and Japanese, what the regime claims, or anyone trumpets or boasts of, after the
# words it does: "북한 매체는 …기록했다 | 고 주장했다", "…갖추었다 | 고 선전했다", "…풍년 | 이라고
# 자랑했다", "朝鮮中央通信は、…増加した | と主張した" (as English "…, KCNA claimed"; not "소식통은
# …고 주장했다", the report's source). Each: (boasted, claimed, the regime as the sentence's
# subject: "북한은", "북한 매체는", "조선중앙통신은"; not "북한 내부에서", a place; the text is
# case-folded: "조선중앙tv").
_CLAIMED_AFTER_CJK = {code: tuple(map(lazy, patterns)) for code, patterns in {
    "ko": (r"(?:다|라|이라)?고 (?:선전|자랑|공언|강변)(?:했|한|하|해)", r"(?:다|라|이라)?고 주장(?:했|한|하|해)",
           r"(?:(?:북한|북측)(?: ?(?:관영|국영|당국|정권|매체|언론|방송|선전 ?매체))*|조선중앙(?:통신|tv|텔레비전|방송)"
           r"|노동신문|조선신보|우리민족끼리)(?:은|는|이|가|도)(?=\s)"),
    "ja": (r"と(?:宣伝|誇示|自賛|豪語)(?:した|している|する|し)", r"と主張(?:した|している|する|し)",
           r"(?:朝鮮中央通信|労働新聞|朝鮮中央テレビ|北朝鮮(?:の)?(?:国営)?(?:メディア|当局|政府|国営テレビ)?)(?:は|も)"),
}.items()}


def _claimed_after_cjk(start: int, end: int, text: str, code: str) -> tuple[int, int] | None:
    """The regime's claim, or anyone's boast, right after a Korean or Japanese quote (above), or None."""
    boasted, claimed, regime = _CLAIMED_AFTER_CJK[code]
    if (d := boasted.match(text, end)) or (
            (d := claimed.match(text, end)) and regime.search(text, sentence_start(text, start), start)):
        return end, d.end()
    return None


# What says a rumour is untrue, among _CJK_DENIED_AFTER's words: then a "confirmed" after it
# is of that ("…폐쇄됐다 | 는 소문은 사실이 아닌 것으로 확인됐다": confirmed to be untrue)
_UNTRUE_CJK = lazy(r"아[니닌님]|다[르른]|사실무근|거짓|허위|근거가? 없|부인|부정|일축|반박|事実(?:では|で|無根)|誤り|デマ|虚偽"
                   r"|根拠|否定|否認|一蹴|不属实|不屬實|不实|不實|不是事实|不是事實|假的|失实|失實|捏造|无稽|無稽")


# "… by next winter 🙄 /s": a post's mark of sarcasm, later in the quote's sentence (not a unit,
# "1,200 m3 /s", nor part of an address)
_SARCASM_REACH = 170
_SARCASM_TAG = lazy(r"[^\n.!?。！？]{0,160}?(?<![\d²³]) [(\[]?/s[)\]]?(?![\w/])")


def _denied_after(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """The words right after a quote that deny it (_DENIED_AFTER and its kin in other
    languages), past a comma and a closing quotation mark in the quote or not ('"…
    dramatically," a claim that … reject', "… dramatically, a claim that … reject"); None
    when the quote names who says it ("X said it had struck …" of "…, a claim that could
    not be verified") or the denial is itself denied (", which few would dispute")."""
    english = primary_language(language) in ("en", "")
    if english and (countered := _countered(start, end, text)):
        return countered
    if "/s" in text[end:end + _SARCASM_REACH] and (tagged := _SARCASM_TAG.match(text, end)):
        return end, tagged.end()
    code = primary_language(language)
    if code in _CLAIMED_AFTER_CJK and (claimed := _claimed_after_cjk(start, end, text, code)):
        return claimed
    after = _DENIED_AFTER if english else _DENIED_AFTER_IN.get(code)
    inner = end - (text[end - 1:end] in ("\"", "'"))  # before the closing mark the quote ends with
    comma = text[inner - 1:inner] == "," or text[end:end + 1] == ","
    if (denied := (after is not None and after.match(text, end)) or _CJK_DENIED_AFTER.match(text, end)):
        if _RUMOURED_AFTER.search(denied.group()) and not _UNTRUE_CJK.search(denied.group()) and confirmed(text, end):
            return None  # "…닫았다 | 는 소문이 돌았고, 당국도 이를 확인했다": a rumour confirmed
        stretch = (end, denied.end())
    else:
        rest = end + (text[end:end + 1] == ",")
        rest += text[rest:rest + 1] in ("\"", "'")
        if after is None or not comma or not (denied := after.match("," + text[rest:rest + 200])):
            return None
        stretch = (end, rest + denied.end() - 1)
    attributed = _ATTRIBUTED.search(text, start, end) if english else _ATTRIBUTED_IN.search(text, start, end)
    if (attributed and (comma or not english)) or _denial_denied(text[stretch[0]:stretch[1] + 8], language):
        return None
    return stretch


def edge_negation(start: int, end: int, text: str, language: str, leading: bool, trailing: bool,
                  one_block: Callable[[int, int], bool] = lambda a, b: True, before: bool = True
                  ) -> tuple[int, int] | None:
    """The stretch with a negation that governs the quote from just outside it, or None: the
    word right before or after it ("reopen the mine" of "did not reopen the mine", "The
    government did" of "did not"), or, where the quote starts or ends with an ellipsis
    (`leading`, `trailing`), a few words of the same clause there, which the ellipsis
    stands for ("… reopen the mine" of "No one would reopen the mine"). Positions are in
    normalised `text`; `one_block(a, b)` says whether a stretch of it stays in one paragraph,
    heading or list item: the next block's "No" governs nothing of this one's words. Without
    `before`, only what comes after the quote is read (its words before were read already)."""
    korean = primary_language(language) == "ko"
    english = primary_language(language) in ("en", "")  # whose negations reach over words and asides
    gaps = []
    if before and leading:
        lead = _lead_start(text, start)
        if not korean or _KOREAN_BEFORE.search(text, lead, start):
            gaps.append((lead, start))
    elif before and starts_word(text, start) \
            and ((m := _WORD_BEFORE.search(text, max(0, start - (reach := _reach(text, start))), start))
                 or _NUMBER_BEFORE.search(text, max(0, start - 12), start)):
        if m and (not korean or _KOREAN_BEFORE.search(text, m.start(1), start)):
            gaps.append((m.start(1), start))  # a spaced word: where words are not spaced, cut_negation looks
        bridged = _BRIDGED if english else _bridged(language)
        if bridged is not None and (b := bridged.search(text, max(0, start - reach - 26), start)) \
                and not (english and _NO_SECRET_THAT.match(text, b.start())):
            gaps.append((b.start(), start))
    elif before and starts_word(text, start) and (m := _ELIDED_BEFORE.search(text, max(0, start - 3), start)):
        gaps.append((m.start(1), start))  # French "Personne n'|a été blessé"
    if before and english and not leading and starts_word(text, start) \
            and (aside := _NEGATED_ASIDE.search(text, max(0, start - 80), start)):
        gaps.append((aside.start(), start))
    if before and english and not leading and _PREDICATE_AT.match(text, start) \
            and (subject := _NEGATIVE_SUBJECT.search(text, max(0, start - 64), start)):
        gaps.append((subject.start(), start))  # "Not a single shipment of aid | reached Musan"
    if trailing and (not (ended := SENTENCE_ENDED.match(text, max(0, end - 1)))
                     or _REFUTING_OPENS.match(text, ended.end())):
        # (after a whole sentence, the ellipsis stands for sentences of their own: "The guards
        # took my father away. …" of "… I never saw him again."; but not "No, that is wrong")
        gaps.append((end, _tail_end(text, end) if not ended else _tail_end(text, ended.end())))
    elif text[end - 1:end].isalnum() and (m := _WORD_AFTER.match(text, _particle_end(text, end))):
        # not "loyalty," of "loyalty, not money"; over a Korean particle the quote left off
        # ("사실" of "사실이 아니다", "전기" of "전기가 없다"): the next word governs it
        if _KOREAN_ADVERB.fullmatch(m.group(1)) and (n := _WORD_AFTER.match(text, m.end(1))):
            m = n  # "배급이 | 전혀 없었다": the adverb ("at all") leaves the negation one word on
        corrected = _CORRECTED_AFTER.match(text, m.start(1)) and not _ENDS_AUXILIARY.search(text, max(0, end - 12), end)
        if not _NOT_GOVERNING_AFTER.match(text, m.start(1)) and not corrected:
            gaps.append((end, m.end(1)))
    gaps = [_within_block(a, b, start, one_block) for a, b in gaps]
    negated = [(a, b) for a, b in gaps if a < b and _governs(a, b, text, language)]
    negated += [(a, b) for a, b in (_within_block(a, b, start, one_block)
                                    for a, b in _unvouched(start, end, text, language, leading or not before,
                                                           trailing)) if a < b]
    if not negated:
        return None
    return min(start, *(a for a, _ in negated)), max(end, *(b for _, b in negated))
