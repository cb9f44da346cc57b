"""Words right outside a quote that make its words say something else, though no negation,
hedge or ellipsis is involved: the quote is the report's own words, cut where the report
went on to limit or undo them.

- a privative word before them: "vaccination certificates are sold" of "Fake vaccination
  certificates are sold", 백신 증명서 of 가짜 백신 증명서, "certificados" of "certificados
  falsos"; or what the person or thing no longer is, or not yet: "intelligence chief
  defected" of "The former intelligence chief defected", "minister met" of "The deputy
  minister met", "law bans" of "The draft law bans";
- an exception after words that say all or none: "All mines reopened" of "All mines reopened
  except the one at Musan" (before them, where the language puts it: 除了茂山以外，| 所有矿山…);
- a yes-or-no question they are the body of: "the army shell the town" of "Did the army
  shell the town?", "The harvest was a success" of "The harvest was a success? Not according
  to the farmers", 军队炮击了城镇 of 军队炮击了城镇吗？;
- a condition contrary to fact opening their sentence: "the village would have survived" of
  "Had the dam held, the village would have survived", "But for Chinese aid, | …", and a
  wish: "Residents wish | …";
- a limit after them: "… in name only", "…, at least on paper.", "…, allegedly.", "…,
  reportedly, and …", "…, or so the ministry claims", "… in theory but", "… only partly.";
- a claim the sentence names and rejects: "the harvest was a record" of "Pyongyang's claim
  that the harvest was a record is not supported by satellite data";
- what the report says of them next: "…, a report the agency later retracted", "…, a figure
  later revealed to have been inflated", "…, ce qui s'est révélé faux"; and in the next
  sentence: "… in May. The report was later retracted.", "… This proved untrue.", "…
  Officials later denied this.", and the stock phrases of eight other languages ("Cette
  information a depuis été démentie.", 该报道后来被撤回。);
- an exception or a limit that the quote's own ellipsis stands for (`elided_limit`): "All
  workers … were paid" of "All workers, except the guards, were paid", "The camp was closed …
  and its prisoners moved" of "…, allegedly, and …".

Each rule was narrowed after a review of faithful quotes it flagged: a name's marker
("so-called", except before a virtue, 이른바, いわゆる), words that are also verbs ("failed", "forged ties"), paper
itself, a count up to a date that stays true, questions asking why or taking their clause as
fact, and claims whose doubters are themselves doubted are left alone. Positions are in
normalised (case-folded) text; each rule reads only the few words beside the quote. Words
beside a figure or a superlative are figures.py's.
"""

from __future__ import annotations

import re

from generator.figures import figure_cut
from generator.lazyre import lazy
from generator.negations import (CLAIMED_WHEN, REGIME_VOICE, SAID_ASIDE, SENTENCE_ENDED, confirmed, is_aside,
                                 primary_language)

_OPEN = r"[\"'(\[]?"  # a quotation mark or bracket the quote may start inside
# (a look-behind: the words undone start at the opening word, not at the last sentence's full
# stop, which may end another paragraph: "… year.⏎⏎Did the army | shell the mill?")
_SENTENCE_START = r"(?:^|(?<=[.!?] )|(?<=[.!?]\s\s)|(?<=\n))"

# --- a privative word right before the quote -----------------------------------------
# Words that say the thing is not what its noun names. Not a name's marker ("so-called",
# sogenannt, 이른바, 所谓, いわゆる: as often naming as doubting), nor words that are also
# verbs or other words ("failed", "forged ties", "mock" as "ridicule", "por supuesto", 소위 a
# rank, 病假 or 打假 in Chinese).

# … what a person or thing no longer is, or is not yet (after a determiner, or opening the
# sentence: "acting", "proposed" are verbs too). Not "failed": "the failed | coup attempt", "the
# failed | harvest" still happened; nor "would-be" ("Would-be | defectors were arrested"), nor
# "planned" ("the planned | economy").
# A person's status, by language, written once for the privative words below and for
# _PERSON_STATUS: it counts only before the person ("The former | intelligence chief", "der
# ehemalige | Geheimdienstchef"), not as a noun ("The former | pushed for talks", "Der Ehemalige |
# lebt in Seoul") nor in a country's name ("the former | Soviet Union")
_PERSON_WORDS = {
    "en": r"former|ex|erstwhile|self-proclaimed|self-declared|deputy|vice|acting",
    "fr": r"ancien|ancienne|anciens|anciennes|futur|future|futurs|futures",
    "es": r"antigu[oa]s?|ex|futur[oa]s?",
    "de": r"ehemalige[nrs]?|frühere[nrs]?|einstige[nrs]?|künftige[nrs]?|designierte[nrs]?",
    "ru": r"бывш(?:ий|ая|ее|ие|его|ей|их|ему|им|ими)",
}
# … and of a thing ("draft" only before a text)
_STATUS = rf"(?:{_PERSON_WORDS['en']}|proposed|draft|simulated|attempted)"
_PERSON_STATUS = {code: lazy(rf"(?:{words}) [\"'(\[]?$") for code, words in _PERSON_WORDS.items()}
_PERSON = {
    "en": lazy(r"[\"'(\[]?(?:(?!(?:said|says|told|met|visited|was|is|are|were|has|had|will|would|the|a|an)\b)"
               r"[\w'-]+ ){0,2}(?:minister|president|premier|chief|leader|head|director|commander"
               r"|officer|official|diplomat|ambassador|envoy|general|admiral|colonel|secretary|chairman|chairwoman"
               r"|chair|spokesman|spokeswoman|spokesperson|governor|mayor|editor|agent|spy|soldier|prisoner|defector"
               r"|employee|worker|member|partner|colleague|king|queen|dictator|ruler|aide|adviser|advisor|lawmaker"
               r"|legislator|senator|judge|prosecutor|manager|owner|boss|ceo|executive|analyst|correspondent"
               r"|wife|husband|girlfriend|boyfriend|chancellor|deputy|guard|cadre)s?\b"),
    "fr": lazy(r"[\"'(\[]?(?:chef|ministre|président|présidente|premier|directeur|directrice|dirigeant|commandant"
               r"|général|ambassadeur|diplomate|responsable|secrétaire|patron|officier|agent|espion|soldat|membre"
               r"|député|maire|gouverneur|conseiller|porte-parole|numéro|leader|employé|garde|cadre)s?\b"),
    "es": lazy(r"[\"'(\[]?(?:jefe|jefa|ministro|ministra|presidente|presidenta|director|directora|dirigente|líder"
               r"|comandante|general|embajador|embajadora|diplomático|responsable|secretario|secretaria|agente|espía"
               r"|soldado|miembro|portavoz|gobernador|alcalde|guardia|cuadro)s?\b"),
    "de": lazy(r"[\"'(\[]?\w*(?:chef|chefin|minister|ministerin|präsident|präsidentin|kanzler|leiter|leiterin|führer"
               r"|botschafter|diplomat|general|sekretär|kommandeur|offizier|agent|spion|soldat|mitglied|sprecher"
               r"|direktor|vorsitzende[rn]?|berater|funktionär|kader)(?:in|en|e|s)?\b"),
    "ru": lazy(r"[\"'(\[]?(?:глав\w*|министр\w*|президент\w*|руководител\w*|начальник\w*|директор\w*|командир\w*"
               r"|генерал\w*|посол\w*|посл\w+|дипломат\w*|секретар\w*|агент\w*|шпион\w*|солдат\w*|член\w*|лидер\w*"
               r"|председател\w*|сотрудник\w*|чиновник\w*|офицер\w*)\b"),
}
_DRAFT = lazy(r"draft [\"'(\[]?$")
_TEXT = lazy(r"[\"'(\[]?(?:law|laws|bill|bills|resolution|resolutions|constitution|text|plan|budget|agreement|treaty"
             r"|report|statement|version|document|decree|regulation|regulations|rules|code|framework|proposal"
             r"|declaration|communique|communiqué|accord)\b")


def _no_status(before: str, text: str, start: int, code: str) -> bool:
    """Whether the words `before` the quote at `start` (a privative rule's match) end with a
    status word that the quote's first words are no person or text of: then they are no
    status left out."""
    if (status := _PERSON_STATUS.get(code)) is not None and status.search(before):
        return not _PERSON[code].match(text, start)
    if code == "en" and _PLANNED.search(before) is not None:
        # "a planned | economy" is a kind of economy; "The planned | railway opened last week" happened
        return _ECONOMY.match(text, start) is not None or _HAPPENED.match(text, start, start + 120) is not None
    return code == "en" and _DRAFT.search(before) is not None and not _TEXT.match(text, start)


_PLANNED = lazy(r"(?:planned|proposed|intended) $")
_HAPPENED = lazy(r"[^.!?;]*?\b(?:opened|was (?:completed|finished|opened|built|held|launched)|were (?:completed|built"
                 r"|held)|began|started|went ahead|took place|was carried out|has (?:opened|begun|started))\b")
_ECONOMY = lazy(r"econom(?:y|ies)\b")


# "So-called" names as often as it doubts ("the so-called | Arduous March", "the so-called |
# donju"), but not before a virtue the thing claims: "so-called | voluntary donations", "the
# so-called | elections"
_SO_CALLED = lazy(r"(?<![\w-])so[- ]called [\"']?$")
_VIRTUE = lazy(r"[\"']?(?:voluntary|volunteers?|fair|democratic|peaceful|independent|humanitarian|spontaneous"
               r"|elections?|elected|defensive|free elections?)\b")
_PRIVATIVE_BEFORE = {
    "en": r"(?<![\w-])(?<!to )(?:fake|sham|bogus|phony|phoney|counterfeit|fictitious|purported|pseudo|supposedly"
          r"|falsified|fraudulent|imitation|knock-off|knockoff|self-styled|unverified|unconfirmed|unsubstantiated) "
          # "forged" and "mock" are verbs too ("forged ties", "mock the leader"): only opening the
          # sentence or after a determiner or a verb of trade
          r"|(?=(?:forged|mock) )(?:^|(?<=[.!?] )|(?<=\n)"
          r"|(?<=\ba )|(?<=\b(?:an|of) )|(?<=\b(?:the|buy|two) )|(?<=\b(?:with|sell|sold|buys|many|some) )"
          r"|(?<=\b(?:using|sells|these|those) )|(?<=\bbought )|(?<=\bcarrying )"
          r")(?:forged|mock) "
          # "the alleged | coup attempt"; not the verb of saying, "Residents alleged | the guards …"
          r"|(?=(?:alleged|rumou?red|supposed) )(?:^|(?<=[.!?(] )|(?<=\n)|(?<=\b(?:the|his|her|its|for|our|two) )"
          r"|(?<=\b(?:an|of|in|on|by) )|(?<=\ba )"
          r"|(?<=\b(?:their|about|after|these|those) )|(?<=\b(?:with|over) )|(?<='s ))(?:alleged|rumou?red|supposed) "
          # … and what is only meant to happen, or failed to: "the planned | demolition", "an attempted | coup"
          r"|(?=(?:planned|proposed|intended|attempted|threatened) )(?:(?<=\b(?:the|his|her|its|our|two) )"
          r"|(?<=\b(?:an|of|in|on) )|(?<=\ba )|(?<=\b(?:their|about|after|these|those) )|(?<=\bagainst )|(?<='s ))"
          r"(?:planned|proposed|intended|attempted|threatened) "
          # … and what the person or thing no longer is, or is not yet (_STATUS): "The former |
          # intelligence chief defected", "The deputy | minister", "the draft | law", "the attempted | coup"
          r"|(?=" + _STATUS + r" )"
          r"(?:^|(?<=[.!?(] )|(?<=\n)|(?<=\b(?:the|his|her|its|for|our|two) )|(?<=\b(?:an|of|in|on|by) )|(?<=\ba )"
          r"|(?<=\b(?:their|about|after|these|those) )|(?<=\b(?:with|over) )|(?<='s ))" + _STATUS + " ",
    "fr": r"(?<![\w-])(?:prétendue?s?|faux|fausses) "
          r"|(?:(?<=\bl')|(?<=\b(?:le|la|un|du|sa) )|(?<=\b(?:les|une|des|son|ses) )|(?<=\bleur )|(?<=\bnotre )"
          r"|(?<=\bleurs ))(?:" + _PERSON_WORDS["fr"] + ") ",
    "es": r"(?<![\w-])(?<!es )(?<!era )(?<!sería )(?:falsos|falsas|falso|falsa|presunt[oa]s?|falsificad[oa]s?) "
          r"|(?:(?<=\b(?:el|la|un) )|(?<=\b(?:los|las|una|del|sus) )|(?<=\bsu ))"
          r"(?:supuest[oa]s?|" + _PERSON_WORDS["es"] + ") "
          # "Se venden supuestos | certificados": the plural without an article too
          r"|(?<![\w-])supuest[oa]s ",
    "pt": r"(?<![\w-])(?:falsos|falsas|pretens[oa]s?|falsificad[oa]s) ",
    "it": r"(?<![\w-])(?:presunt[oaie]|fals[oaie]|finti|finte|finto|finta) |(?<![\w-])ex[ -]",  # "L'ex | segretario"
    "de": r"(?<![\w-])(?:gefälscht\w*|angeblich\w*|vermeintlich\w*|falsche[nrs]?) "
          r"|(?:(?<=\b(?:der|die|das|den|dem|des|ein|ihr) )|(?<=\b(?:eine|sein|ihre) )"
          r"|(?<=\b(?:einen|einem|eines|seine|ihren|ihrer|ihrem) )|(?<=\b(?:seinen|seinem|seiner) ))"
          r"(?:" + _PERSON_WORDS["de"] + ") ",
    "ru": r"(?<![\w-])(?:поддельн\w+|фальшив\w+|мним\w+|фиктивн\w+|предполагаем\w+|" + _PERSON_WORDS["ru"] + ") ",
    "uk": r"(?<![\w-])(?:підроблен\w+|фальшив\w+|фіктивн\w+|несправжн\w+|удаван\w+|колишн\w+) ",
    # (전, "former", only opening a sentence: "3년 전 | 공장이" is "three years ago")
    "ko": r"(?<!\S)(?:가짜|위조된|위조|허위) |(?:^|(?<=[.!?] )|(?<=\n))전 ",
    "zh": r"(?:假冒的?|伪造的?|偽造的?|虚假的?|虛假的?|冒牌的?|(?:(?<![^\s，,。！？；：、])|(?<=[些种種批量]))假的) ?"
          r"|(?<![^\s，,。！？；：、“「])[前原] ?",  # "前 | 惠山市党委书记", former (opening a clause)
    # (假的 only opening a clause or after 这些, 一批…: not 病假的, 造假的, 掺假的, 真真假假的)
    "ja": r"(?:(?<!真)偽の|偽造の|偽造された|ニセの|にせの) ?"  # (not 真偽の, "whether true")
          r"|(?<![^\s、。！？「」])[元前] ?",  # "元 | 党書記", former (opening a clause)
}
# … and after it, where an adjective follows its noun: "certificados de vacunación | falsos"
_PRIVATIVE_AFTER = {
    "en": r" (?:that|which) (?:are|were|is|was) (?:forged|fake|counterfeit|falsified|bogus|fraudulent)\b",
    "fr": r" (?:faux|fausses|falsifié(?:e|s|es)?|contrefait(?:e|s|es)?)(?=[\s.,;:!?)]|$)",
    "es": r" (?:falsos|falsas|falso|falsa|falsificad[oa]s?)(?=[\s.,;:!?)]|$)",
    "pt": r" (?:falsos|falsas|falsificad[oa]s?)(?=[\s.,;:!?)]|$)",
    "it": r" (?:falsi|false|falsificat[oaie]|contraffatt[oaie])(?=[\s.,;:!?)]|$)",
}

# --- an exception to a quote that says "all" -------------------------------------------------
# Only where the quote's own words say all, every or none ("All mines reopened" of "… except
# the one at Musan"); "Most factories stood idle, except …" already allows it, "except that"
# adds a caveat, not an exception.

_EXCEPT_AFTER = {
    "en": r",? (?:except(?:ing)?(?! that| to| when| if| where| as| perhaps| possibly| maybe)|save for"
          r"|apart from(?! (?:anything else|that|this|which|[a-z]+ing)\b)"
          r"|other than(?! that\b(?! of))(?! [a-z]+ing\b)"  # (not "apart from checking": "besides")
          r"|barring|excluding|bar(?= (?:the|one|a|two|those|that)\b)"
          r"|with the (?:notable |sole |single |only |one )?exception of"
          r"|(?:the|with the) (?:lone|only|sole|one) exception"
          r"(?: being)?|with (?:one|a single|two|three|a few|few|some|rare) exceptions?(?! to\b))\b",
    "fr": r",? (?:sauf(?! que| si| imprévu| erreur)|excepté|hormis|à l'exception d)",
    "es": r",? (?:excepto|salvo(?! que)|a excepción d|con excepción d)",
    "pt": r",? (?:exceto|salvo(?! que)|à exceção d|com exceção d)",
    "it": r",? (?:tranne|eccetto|ad eccezione d)",
    "de": r",? (?:au(?:ß|ss)er(?! landes| kontrolle| acht| betrieb| dienst| frage| haus)|ausgenommen|mit ausnahme)\b",
    "ru": r",? (?:кроме(?! того| этого| всего| шуток| них| как)|за исключением)\b",
    "uk": r",? (?:крім(?! того| цього| них| як)|окрім(?! того| цього| них| як)|за винятком)\b",
    "zh": r"[，,][^，,。；;！？!?]{1,16}除外",
}
_EXCEPT_BEFORE = {
    "en": _SENTENCE_START + r"(?:except for|save for|apart from|other than|barring|excluding|with the exception of)"
          r"(?! [a-z]+ing\b)[^,.;:!?]{1,60}, ",
    "fr": _SENTENCE_START + r"(?:sauf|excepté|hormis|à l'exception d)[^,.;:!?]{1,60}, ",
    "es": _SENTENCE_START + r"(?:excepto|salvo|a excepción d|con excepción d)[^,.;:!?]{1,60}, ",
    "pt": _SENTENCE_START + r"(?:exceto|salvo|à exceção d|com exceção d)[^,.;:!?]{1,60}, ",
    "it": _SENTENCE_START + r"(?:tranne|eccetto|ad eccezione d)[^,.;:!?]{1,60}, ",
    "ru": _SENTENCE_START + r"(?:кроме(?! того| этого| всего| шуток)|за исключением)[^,.;:!?]{1,60}, ",
    "uk": _SENTENCE_START + r"(?:крім(?! того| цього)|окрім(?! того| цього)|за винятком)[^,.;:!?]{1,60}, ",
    # (German puts the verb, or the quote, right after it: "Außer Musan | wurden alle …", "… sind | alle")
    "de": _SENTENCE_START + r"(?:ausser(?!\w)(?! (?:dass|wenn|es|sich|acht|kraft|betrieb|landes|haus|atem)\b)"
          r"|mit ausnahme (?:von|der|des)|bis auf|abgesehen von)[^,.;:!?]{1,60}?"
          r"(?:, | (?:ist|sind|war|waren|wurde|wurden|hat|haben|hatte|hatten|wird|werden|blieb|blieben) | )",
    # (not 除此之外, "besides")
    "zh": r"除了[^，,。；;！？!?]{1,24}(?:(?:以外|之外)[，,]? ?|[，,] ?)"
          r"|除(?!此)[^，,。；;！？!?了]{1,24}(?:以外|之外|外)[，,]? ?",
    "ja": r"(?:を除く|を除いて|を除き|以外の|以外は|以外[、,])[、,]? ?",
    "ko": r"(?:(?:을|를) 제외한|(?:을|를) 제외하고는?|외에는|말고는|빼고는?) ",
}
_ALL = {
    "en": r"(?<!nearly )(?<!almost )(?<!virtually )(?<!practically )(?<!above )(?<!after )(?<!at )(?<![\w-])"
          r"(?:all(?! but| the (?:more|less|same|while|way|better|worse|rage)\b| told| in all|-)|every|everyone"
          r"|everybody|everything|everywhere|entire|none|nobody|no one"
          r"|nothing|never|always|not a single|not one|no(?= [^\W\d_]))(?![\w-])",
    "fr": r"(?<!\w)(?:tous|toutes|toute|tout (?:le|l')|chaque|aucun|aucune|rien|jamais"
          r"|(?<!une )(?<!la )(?<!cette )(?<!chaque )(?<!toute )personne|partout"
          r"|toujours)(?!\w)",
    "es": r"(?<!\w)(?:todos|todas|cada(?! vez)|ningún|ninguno|ninguna|nadie|nada)(?!\w)",
    "pt": r"(?<!\w)(?:todos|todas|cada(?! vez)|nenhum|nenhuma|ninguém|nada)(?!\w)",
    "it": r"(?<!\w)(?:tutti|tutte|ogni|nessun|nessuno|nessuna|niente|nulla)(?!\w)",
    "de": r"(?<!\w)(?:alle(?! \w+ (?:tage|wochen|monate|jahre))|allen|jede|jeder|jedes|jeden|kein|keine|keiner|niemand"
          r"|nichts|gesamten?|sämtliche[n]?|immer|nie|niemals|überall)(?!\w)",
    # (ё is read as е: "всё чаще", "всё же", "всё ещё" are "more and more", "still")
    "ru": r"(?<!\w)(?:все(?! (?:чаще|же|еще|равно|таки|больше|меньше|более|менее))|всех|весь|вся|всю|каждый|каждая"
          r"|каждое|ни один|никто|ничто|ничего|всегда|никогда|везде)(?!\w)",
    "uk": r"(?<!\w)(?:всі|усі|всіх|усіх|весь|вся|все|кожен|кожна|кожне|жоден|ніхто|ніщо|нічого|завжди|ніколи"
          r"|скрізь)(?!\w)",
    "zh": r"所有|全部|一切|任何|各地|各个|各個|每个|每個|人人|到处|到處|全国|全國|全体|全體",
    "ja": r"すべて|全て|全部|あらゆる|誰も|どこも|全国|全地域|全域|全員",
    "ko": r"모든|전부|모두|아무도|누구도|전국|전 지역|전지역|전원",
}

# --- a yes-or-no question ------------------------------------------------------------
# The quote starts right after the word that opens the question ("Did | the army shell the
# town?"), and a question mark follows it. Not a question asking why, when or how, nor one
# whose verb takes its clause as fact ("Did anyone notice that | prices had tripled?",
# 你知道 | 粮价涨了三倍吗？).

# (and a question that doubts the clause: "Who says | …?", "Can anyone seriously believe that | …?",
# "Qui peut croire que | …?", "Wer glaubt schon, dass | …?"; not "Is it true that | …?", as
# often answered "Yes")
_ASKING = {
    "en": _SENTENCE_START + r"(?:and |so |but )?(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would"
          r"|should|shall"
          r"|(?:who (?:(?:really|seriously|still|honestly|now|else) )*(?:says|believes|thinks|claims)"
          r"|(?:can|could|does|do|would|will|did) (?:anyone|anybody) (?:(?:really|seriously|still|honestly|actually)"
          r" )*(?:believe|think|claim|say|accept))(?: that)?) ",
    "de": _SENTENCE_START + r"(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|kann|können"
          r"|konnte|konnten"
          r"|wer (?:glaubt|glaubte|kann glauben|will glauben)(?: (?:schon|denn|ernsthaft|noch|wirklich))*,? dass) ",
    # (and the verb with its subject pronoun after it: "Le régime a-t-il | perdu …?")
    "fr": _SENTENCE_START + r"est-ce qu(?:e |')|\w+-(?:t-)?(?:il|elle|ils|elles|on) "
          + r"|" + _SENTENCE_START + r"qui (?:peut|pourrait|veut|va) (?:encore |sérieusement |vraiment )?croire"
          r" (?:que |qu')",
    "es": r"(?:^|(?<=[.!?\s\"]))¿(?:(?:ha|han|había|habían|es|son|fue|fueron|está|están|hay) )?"
          r"|(?:^|(?<=[.!?\s\"]))¿quién (?:puede|podría|va a) (?:todavía |seriamente |realmente )?creer que ",
    "ru": _SENTENCE_START + r"(?:неужели|разве|кто (?:поверит|верит|может поверить),? что) ",
    "uk": _SENTENCE_START + r"(?:чи|невже|хіба) ",
    # the particle that opens a yes-or-no question: هل, آیا, האם
    "ar": _SENTENCE_START + r"[فو]?هل ",  # (and "so is …", "and is …")
    "fa": _SENTENCE_START + r"آ[یي]ا ",  # (Persian ی is read as Arabic ي)
    "he": _SENTENCE_START + r"האם ",
}
_ASKED_AFTER = r"[\"')\]]*(?: (?:then|too|now|right|again|already|yet|either))? ?[?؟]"  # ("… | then?")
_CJK_ASKED_AFTER = {"zh": r"(?:吗|嗎|么|麼)[\"')\]]*\?",
                    # (a newspaper's question ends with "のか。" as often as with "？")
                    "ja": r"(?:のか|のですか|のでしょうか|のだろうか|(?<=[ぁ-ん])か)[\"')\]]*\?|かどうか"
                          r"|(?:のか|のだろうか|のでしょうか)[\"')\]]*(?:。|$)",
                    "ko": r"(?:고|냐|니|까|인가|는가|일까)[\"')\]]*\?",
                    # (and Turkish: its particle, a word of its own, after the question's body:
                    # "Maden mayısta yeniden açıldı | mı?")
                    "tr": r" (?:mı|mi|mu|mü)(?:dır|dir|dur|dür|ydı|ydi|ydu|ydü|sın|sin|sun|sün)?[\"')\]]*\?"}
# A statement asked as a question ("The harvest was a success? Not according to the farmers"):
# the quote is the whole sentence up to the question mark. Not one that reads as a question
# itself ("Why did the mine close"), already asked.
_ASKING_ITSELF = lazy(r"[\"'(\[]?(?:who|what|when|where|why|how|which|whose|did|does|do|is|are|was|were|has"
                      r"|have|had|can|could|will|would|should|shall|may|might|qui|que|quoi|quand|où|pourquoi"
                      r"|comment|est-ce|qué|quién|cuándo|dónde|cómo|por qué|wer|was|wann|wo|warum|wie|hat|ist"
                      r"|sind|кто|что|когда|где|почему|как|разве|неужели)\b")
# … unless the question is negated, doubts a doubt or takes its clause as fact
_NOT_ASKED = lazy(r"\b(?:not|no|never|doubt|doubts|deny|denies|dispute|disputes|question)\b|n't\b"
                  r"|[不没沒未]|難道|难道|知道|注意到|记得|記得|忘记|忘記|发现|發現|听说|聽說|谁|誰"
                  r"|なぜ|どうして|なんで|誰|いつ|どこ|何")

# --- a condition contrary to fact, or a wish --------------------------------------------
# "Had the dam held, | the village would have survived"; not "Had a meeting with …" (a note's
# "I had"), "If only because …" or "If only for a few hours" (even if), nor "wish to" (want).

_COUNTERFACTUAL_BEFORE = {
    "en": _SENTENCE_START + r"(?:had(?! (?:a|an|enough|lunch|dinner|breakfast|no|to)\b)(?: [^\s.!?,;:]+){1,12}"
          r"|were(?! (?:a|an|no|to)\b)(?![^.!?,;:]* to )(?: [^\s.!?,;:]+){1,12}"
          r"|if only(?! (?:because|for|to|in|on|as|a|an|once|[a-z]+ly)\b)(?: [^\s.!?,;:]+){1,10}"
          r"|(?:but for|if not for|if it (?:were|was|had) not (?:been )?for|were it not for|had it not been for"
          r"|without)(?: [^\s.!?,;:]+){1,12}), [\"']?"
          r"|\b(?:wish|wishes|wished)(?: that)? ",  # (not "wish to": see scope_cut)
    # "Si le barrage avait tenu, |", "Sans l'aide chinoise, |"
    "fr": _SENTENCE_START + r"(?:(?:si|s'il|s'ils)(?: [^\s.!?,;:]+){0,8} (?:avait|avaient|n'avait|n'avaient|était"
          r"|étaient)(?: [^\s.!?,;:]+){0,6}|sans(?: [^\s.!?,;:]+){1,8}), ",
    # "Hätte der Damm gehalten, |", "Wenn der Damm gehalten hätte, |"
    "de": _SENTENCE_START + r"(?:(?:hätte|hätten|wäre|wären)(?: [^\s.!?,;:]+){1,8}"
          r"|(?:wenn|falls)(?: [^\s.!?,;:]+){1,10} (?:hätte|hätten|wäre|wären)), ",
    "it": _SENTENCE_START + r"(?:se(?: [^\s.!?,;:]+){0,8} (?:avesse|avessero|fosse|fossero)(?: [^\s.!?,;:]+){0,6}"
          r"|senza(?: [^\s.!?,;:]+){1,8}), ",
    "pt": _SENTENCE_START + r"(?:se(?: [^\s.!?,;:]+){0,8} (?:tivesse|tivessem|houvesse|fosse|fossem)"
          r"(?: [^\s.!?,;:]+){0,6}|sem(?: [^\s.!?,;:]+){1,8}), ",
    # 如果大坝没有决堤，| 村庄本来可以幸免; 要不是…，|. Not 如果说 X，Y ("if X is …, then Y is"), 如果从…来看
    # ("seen from"), 如果与…相比 ("compared with"): no conditions.
    # (nor 主要是 "mainly is", 只要是 "whatever is")
    "zh": r"(?:要不是|若不是|若非|(?:如果|(?<![主就也还只正总倒可但真不重])要是|假如|倘若)"
          r"(?!说|說|从|從|与|與|跟|和|把|按|以|就|是说|是說))"
          r"[^，,。！？；]{1,24}(?:的话|的話)?[，,] ?",
}
_WOULD = lazy(r"\b(?:would|could|might)\b|'d\b")
# … and the quote's own words of what would be, in those languages
_WOULD_IN = {
    "fr": lazy(r"\b(?:aurait|auraient|serait|seraient|pourrait|pourraient|aurions|serions)\b"),
    "de": lazy(r"\b(?:wäre|wären|hätte|hätten|würde|würden|könnte|könnten)\b"),
    "it": lazy(r"\b(?:sarebbe|sarebbero|avrebbe|avrebbero|potrebbe|potrebbero)\b"),
    "pt": lazy(r"\b(?:teria|teriam|seria|seriam|poderia|poderiam)\b"),
    "zh": lazy(r""),  # (a clause of 如果 or 要不是 before it makes any quote a condition's)
}
_WISHES_NOUN = lazy(r"\b(?:best|good|warm|warmest|kind|his|her|their|its|our) wishes $")

# --- what the report says of them after: false -------------------------------------------
# Not where the quote says whose claim it is ("The ministry said 200 people died, a claim
# that rights groups dispute"), nor a denial itself doubted ("difficult to dispute", "rarely
# dispute", "beyond dispute", "denied but later confirmed").

_DOUBTED = (r"(?!(?: [^\s.!?,;:]+){0,6}? (?:no|not|nobody|none|never|few|hardly|difficult|hard|rarely|seldom|fail|fails"
            r"|failed|unable|only|beyond|impossible)\b)")
_FALSE_EN = (r"(?:a hoax|false|untrue|fabricated|a fabrication|wrong|baseless|groundless|unfounded|inflated"
             r"|exaggerated|incorrect|inaccurate|a lie|an? (?:gross |wild |large |huge |vast |big )?exaggeration"
             r"|a myth|a fiction"
             r"|(?:pure |simply )?(?:fake news|fake|made up|nonsense|propaganda|disinformation|misinformation))\b")
_TOLD_EN = (r"(?:story|stories|report|reports|claim|claims|account|accounts|rumou?rs?|figure|figures|estimate"
            r"|estimates|statement|statements|assertion|allegation|allegations|information|number|toll)")
_REFUTED_AFTER = {
    "en": r"(?:, | - | ?\( ?)(?:a|the|an) " + _TOLD_EN +
          r"(?: (?:that|which))?" + _DOUBTED +
          # someone's doing, the clause ending with it: "a report the agency later retracted", not
          # "a report that contradicts the official toll" (the report does the contradicting)
          r"(?: [^\s.!?,;:]+){1,5} (?:later |since |quickly |subsequently |flatly |strongly )?"
          r"(?:retracted|withdrew|rejects?|rejected|denies|denied|disputes?|disputed|contradicts?|contradicted)"
          r"(?=[.;:!?)]|$| (?:and|on|in|last|yesterday)\b)"  # (not "a report that contradicts the toll")
          # … or done to it: "a story subsequently debunked", "an estimate since discredited by …"
          r"|(?:,| -| ?\() (?:a|the|an) " + _TOLD_EN
          + r" (?:that |which )?(?:(?:was|were|has been|had been|have been|has|have|had) )?"
          r"(?:later |since |subsequently |quickly |soon |swiftly )(?:been )?(?:debunked|discredited|disproved"
          r"|disproven"
          r"|refuted|retracted|withdrawn|denied|corrected)\b"
          # … or what the evidence does not bear out: "…, a claim that satellite data does not support"
          r"|, (?:a|an) (?:claim|assertion|figure|account|version|picture|portrayal|characteri[sz]ation|narrative)"
          r" (?:that |which )?(?:[^\s.!?,;:]+ ){1,6}(?:does|do|did)(?: not|n't) (?:support|bear out|back up"
          r"|corroborate|confirm|match|reflect|square with)\b"
          # … or judged so: "…, a claim analysts called implausible", "…, KCNA claimed, without providing evidence"
          r"|(?:,| -| ?\() (?:a|the|an) " + _TOLD_EN + r" (?:that |which )?(?:[^\s.!?,;:]+ ){1,4}(?:called|calls|call"
          r"|described as|dismissed as|deemed|considered|considers"
          # ("…, a figure analysts say is implausible")
          r"|(?:say|says|said|believe|believes|think|thinks|consider|considers) (?:is|was|are|were|to be)"
          r"|regard as|regards as|regarded as|consider to be|considered to be"
          r") (?:as )?(?:(?:wildly|grossly|greatly|highly|deeply|hugely) )?(?:" + _FALSE_EN[3:-3] + r"|implausible"
          r"|dubious|questionable|absurd|unlikely(?! to\b)|not credible)\b"
          r"|, (?:[^\s.!?,;:]+ ){1,4}(?:claimed|claims|said|says|asserted|asserts|alleged|alleges),? without"
          r" (?:providing|offering|giving|citing|presenting|producing) (?:any )?(?:evidence|proof)\b"
          # (… or by others: "…, the source said — an account other residents flatly contradicted")
          # (by whom, in the active: not "a claim that is hard to dispute", "… other defectors rarely dispute")
          r"|(?:,| -| ?\() (?:a|an) " + _TOLD_EN + r" (?:that |which )?(?!(?:[^\s.!?,;:]+ ){0,4}?(?:no|not|nobody|none"
          r"|never|few|hardly|rarely|seldom|scarcely|barely|difficult|hard|impossible|can|could|cannot|would|should"
          r"|might|may|to|is|was|are|were|be|been)\b)(?:[^\s.!?,;:]+ ){1,4}(?:flatly |strongly |repeatedly |later "
          r"|since |immediately )?"
          r"(?:contradicted|contradict|contradicts|disputed|dispute|disputes|denied|deny|denies|rejected|reject"
          r"|rejects|refuted|refute|refutes)(?=[.,;:!?)]|$)"
          r"|(?:,| -| ?\() (?:(?:a|the|an) " + _TOLD_EN + r" |)(?:that |which )?(?:(?:was|were|has been|had been) )?"
          r"(?:later |since |subsequently )?(?:turned out to be|proved|proven|proved to be|proven to be|revealed to"
          r" (?:have been|be)|shown to be|found to be|exposed as) " + _FALSE_EN
          # … or by the speaker, after the words that say who spoke: '"The mine has closed," he said,
          # before correcting himself', '…, adding that he had only heard this from neighbours'
          + r"|[,.]?[\"'”’]?,? (?:(?:[^\s.!?,;:\"]+ ){1,3}(?:said|says|told [\w'-]+|wrote|added|claimed),? )?"
          r"(?:before|then|but then|and then|only to) (?:quickly |hastily |immediately |later )?"
          r"(?:correct|contradict|retract)(?:ing|ed|s)? (?:himself|herself|themselves|itself|his words|her words"
          r"|their words)\b"
          r"|[,.]?[\"'”’]?,? (?:(?:[^\s.!?,;:\"]+ ){1,3}(?:said|says|told [\w'-]+),? )?(?:but |and |only to )?(?:later "
          r"|subsequently |quickly )?(?:retracted|retract|withdrew|withdraw|took back|take back) (?:the|his|her|their"
          r"|that|this) (?:claim|statement"
          r"|remark|remarks|words|account|story)\b"
          r"|[,.]?[\"'”’]?,? (?:(?:[^\s.!?,;:\"]+ ){1,3}(?:said|says|told [\w'-]+),? )?(?:adding|but added"
          r"|admitting|but admitted|conceding|but conceded|(?:al)?though (?:he|she|they) (?:admitted|conceded))"
          r" (?:that )?(?:he|she|they|i|we) (?:had |has |have )?(?:only |just |merely )?(?:heard|been told)"
          r" (?:(?:this|it|that|so|about it|of it|the (?:story|rumou?r|news))(?=[.,;:!?]|$| from\b| second-?hand\b)"
          r"|rumou?rs\b)",
    "fr": r",? (?:ce qui|ce que|(?:une?|l'|la|le) (?:information|nouvelle|rumeur|affirmation|annonce|chiffre)s?"
          r"(?: qui)?) (?:[^\s.!?,;:]+ ){0,4}(?:(?:s'est révélée?|s'est avérée?|s'avère|a été démentie?) "
          r"(?:faux|fausse|inexact|inexacte|erroné|erronée|infondé|infondée|exagérée?|par la suite)\b"
          r"|démentie? (?:depuis|par la suite|plus tard|ensuite)\b)"
          # the speaker's own: '« La mine a rouvert », a-t-il dit, avant de se corriger'
          r"|\s?[\"'”’»]?,? (?:[^\s.!?,;:\"]+ ){0,3}?(?:a-t-(?:il|elle) (?:dit|affirmé|déclaré)|dit-(?:il|elle)),?"
          r" (?:avant de se (?:corriger|reprendre|rétracter)|puis s'est (?:corrigée?|reprise?|rétractée?))\b",
    "es": r",? (?:lo cual|lo que|algo que|(?:una|la) (?:noticia|información|afirmación|cifra) que)"
          r" (?:[^\s.!?,;:]+ ){0,3}?(?:resultó ser|resultó|se demostró|se reveló) "
          r"(?:falso|falsa|incierto|incierta|erróneo|errónea|infundado|infundada|exagerado|exagerada)\b"
          r"|\s?[\"'”’»]?,? (?:[^\s.!?,;:\"]+ ){0,3}?(?:dijo|afirmó|declaró),? (?:antes de (?:corregirse|rectificar"
          r"|retractarse)|(?:y |pero )?luego se (?:corrigió|retractó))\b",
    "pt": r",? (?:uma |a )?(?:notícia|informação|alegação|cifra|número)(?: que)? (?:mais tarde |depois "
          r"|posteriormente )?(?:desmentida|revelada falsa"
          r"|se (?:provou|revelou) (?:falsa|falso|exagerada|exagerado))\b",
    "it": r",? (?:una |la )?(?:notizia|voce|informazione|cifra) (?:poi |successivamente |in seguito )?"
          r"(?:smentita|rivelatasi (?:falsa|gonfiata|esagerata))\b",
    "de": r"(?:,? was|(?:,| -) (?:eine|die) (?:meldung|nachricht|behauptung|angabe),? die) sich"
          r" (?:jedoch |aber )?(?:später |inzwischen |bald )?als (?:falsch|unwahr|erfunden|haltlos|falschmeldung"
          r"|übertrieben) (?:erwies|erwiesen hat|herausstellte|herausgestellt hat)\b"
          # "Die Meldung, dass | …, | erwies sich als falsch": what the clause the quote ends turned out to be
          r"|, (?:erwies|erweist) sich (?:jedoch |aber )?(?:später |inzwischen |bald )?als (?:falsch|unwahr|erfunden"
          r"|haltlos|falschmeldung|übertrieben)\b"
          r"|, (?:wurde|wurden) (?:jedoch |aber )?(?:später |inzwischen |bald )?(?:dementiert|widerrufen|widerlegt)\b"
          # "Dass | … |, trifft nicht zu", "…, ist unklar", "…, bestreitet die Regierung"
          r"|, (?:trifft (?:aber |jedoch |so )?nicht zu|stimmt (?:aber |jedoch |so )?nicht"
          r"|ist (?:aber |jedoch )?(?:falsch|unwahr|unklar|fraglich|offen|ungewiss"
          r"|nicht (?:wahr|richtig|belegt|bestätigt|erwiesen|klar|sicher))"
          r"|bleibt (?:unklar|offen|fraglich|ungewiss)|(?:bestreitet|bestritt|bestreiten|bestritten|dementiert"
          r"|dementierte|dementierten)\b)",
    "ru": r"(?:,? (?:однако|но)|(?:,| -)) (?:позже |впоследствии )?(?:это|эти|эту)(?: сообщение| сведения"
          r"| информацию| известие| новость)? (?:позже |впоследствии )?(?:опровергли|было опровергнуто|опровергнуто"
          r"|были опровергнуты)",
    "zh": r"[,，] ?(?:但|但是|不过|不過)[^。.!?！？]{0,6}[这這此][一种種些]?(?:说法|报道|消息|說法|報道)"
          r"(?:后来|後來|随后|隨後)?被?(?:证实|證實|证明|證明)?(?:是|为|為)?"
          r"(?:假的|不实|不實|虚假|虛假|错误|錯誤)"
          # "…，后来被证实是假的", "…，这一说法后来被撤回"
          # "… | 的说法是谣言", "… | ”的说法没有根据"
          r"|[”\"]?的?(?:说法|說法|消息|传闻|傳聞|传言|傳言)(?:[是属屬]|纯属|純屬|并|並)?(?:谣言|謠言|不实|不實|不属实|不屬實"
          r"|没有根据|沒有根據|毫无根据|毫無根據|并无根据|並無根據|捏造|虚假|虛假|错误|錯誤)"
          r"|[,，] ?(?:(?:但|但是|不过|不過)[^。.!?！？]{0,6})?(?:[这這此该該][一种種些则則]?(?:说法|报道|消息|說法|報道"
          r"|传闻|傳聞))?(?:后来|後來|随后|隨後|事后|事後)(?:被(?:证实|證實|证明|證明|发现|發現)(?:是|为|為)?"
          r"(?:假的|不实|不實|虚假|虛假|错误|錯誤|谣言|謠言)|被?(?:撤回|撤销|撤銷|更正|辟谣|闢謠))",
    "ja": r"が?[、,] ?(?:この|その)(?:情報|報道|話|うわさ|噂)は(?:後に|のちに)?(?:誤り|虚偽|デマ)(?:だ|である)?"
          r"(?:と|ことが)判明"
          # "…閉鎖された | との報道は後に撤回された"
          r"|(?:との|という)(?:報道|情報|話|うわさ|噂|主張)は(?:後に|のちに|その後)?(?:(?:撤回|訂正|否定)され"
          r"|(?:誤り|虚偽|デマ)(?:だ|である)?(?:と|ことが)判明)"
          # "… | というのは事実ではない", "… | というのは誤解だ" (it is not true, a misconception)
          r"|という(?:の|こと)は(?:全く|決して)?(?:事実ではない|事実でない|誤解|誤り|デマ|嘘|うそ)",
    "ko": r"는 (?:보도|소식|주장|소문)(?:는|은) (?:나중에 |이후 )?(?:(?:사실이 아닌|거짓인|허위인) 것으로 (?:밝혀졌다"
          r"|드러났다)|(?:오보|거짓|허위)로 (?:확인됐다|밝혀졌다|드러났다))"
          # "… | 했다는 것은 사실이 아니다", "…는 주장은 근거가 없다"
          r"|(?:다)?는 (?:것은|것도|주장은|보도는|소문은|얘기는|설은|말은) (?:전혀 |결코 )?(?:사실이 아니|사실과 다르|거짓|허위"
          r"|근거가 없|근거 없|사실무근|오해|낭설|잘못된)"
          # "…폐쇄하기로 했다 | 가 … 이를 철회했다" (decided, then withdrew it)
          r"|(?<=다)가 [^.]{0,60}?(?:철회|취소|번복|백지화)(?:했|됐|되었|하였)"
          # "… | 다는 관측이 나오고 있다", "… | 다는 추측도 나온다" (there is speculation that)
          # (나온다, 나왔다: the syllable holds the ending; and who has it between: "…이 대북 소식통 사이에서 나오고")
          r"|(?:다|라)?는 (?:관측|추측|전망|설|의혹)(?:이|도|만) (?:[^\s.]+ ){0,4}?(?:나[오온왔와]|제기|무성|돌|돈)",
}
# A label the quote is, given by someone else: "A miracle harvest | , as state TV called it" (a
# quote of a few words: "Prices doubled during the Arduous March | , as the regime called it"
# quotes the report's own words about what the name names)
_LABELLED_AFTER = lazy(r"(?:,| -| \() ?as (?:[^\s.!?,;:]+ ){1,3}(?:called|calls|dubbed|dubs|termed|terms|styled|styles)"
                       r" (?:it|them)\b")
_LABEL_WORDS = 5

# the quote names whose claim it is, or is of the claim or rumour itself
_OWN_ATTRIBUTION = lazy(r"\b(?:said|says|say|reported|reports|claimed|claims|claim|insisted|insists|denied"
                        r"|alleged|predicted|predicts|forecast|expected|believed|thought|assumed|hoped|feared"
                        r"|estimated|estimates|found|concluded|wrote|noted|according|told|stated|declared|announced"
                        r"|describes?|described|recounts?|recounted|testif(?:y|ies|ied)"
                        r"|rumou?rs?|stor(?:y|ies)|dismiss\w*|disprov\w*|contradict\w*"
                        r"|affirme|affirmait|a affirmé|rumeur|afirma|afirmó|se rumoreó|rumores"
                        r"|behauptete|behauptet|gerüchte|сообщ\w*|заяв\w*|слух\w*)\b"
                        r"|称|稱|报道|報道|消息|传闻|傳聞|流传|流傳")

# --- the next sentence undoing the quote's (English) ------------------------------------
# The sentence after the quote's, in the same paragraph, retracts or refutes what it says:
# "The mine reopened in May. The report was later retracted.", "… That claim turned out to be
# false.", "… Officials later denied this.", "… North Korea denies this."; or the next clause
# does ("…; the report was later retracted", "…, but officials denied this"). Not where the quote
# is itself of a claim, a charge, a request or a fear, which a denial leaves true ("Kim was
# charged with espionage. He denied the allegations.", "He asked to see a lawyer. This was
# denied.", "The UN published a report. Pyongyang denied the report."); nor of a claim named
# as someone else's ("The government's claim was false"); nor where the undoing is itself
# denied or answered ("Officials never denied this", "… denied this, but satellite images
# confirmed it", "… first denied this; they have since admitted it"). A bare "it" is undone
# only by words no passport or request is ("It was false", "It was denied": not read).
_ABBREVIATION = r"\b(?:mr|mrs|ms|dr|st|no|co|ltd|inc|gen|col|lt|sgt|prof|jr|sr|vs|u\.s|e\.g|i\.e|a\.m|p\.m)\."
_REFERENCE_MARK = r"(?:\[\^?\d{1,3}\]|\^\d{1,3})*"  # ".[1] The report …"
_STOP = lazy(rf"[.!?][\"')\]]*{_REFERENCE_MARK}(?= \S)|\n")
_ABBREVIATED = lazy(rf"{_ABBREVIATION}$")
_REST_REACH = 300  # characters of the quote's sentence after it, at most
_SENTENCE_CLOSED = lazy(rf"[\"')\]]*{_REFERENCE_MARK}")
# … or the next clause of its sentence: "…; the report was later retracted", "…, but officials denied this"
_CLAUSE_JOINT = lazy(r"[\"')\]]*(?:;|,(?= (?:but|yet|though|although)\b)| -)(?= \S)")
_ENDS_SENTENCE = lazy(rf"[.!?][\"')\]]*{_REFERENCE_MARK}$")
_TOLD_NEXT = _TOLD_EN[:-1] + r"|article|articles|post|posts|tweet|tweets)"
_TOLD_THIS = rf"(?:this|that|these|those|such|the|both) (?:(?:earlier|original|initial|first|previous) )?{_TOLD_NEXT}"
_TOLD_WORD = lazy(rf"\b{_TOLD_NEXT}\b")
_UNDONE_BY = r"(?:later |since |subsequently |quickly |soon |swiftly |officially |flatly |widely |publicly |also )?"
# … the undoing ending there, not naming another thing it is of ("denied the report that …")
_BOUNDARY = (r"(?=[.;:!?,)]|$| (?!that\b|which\b|about\b|of\b|from\b|concerning\b|regarding\b|against\b|over\b"
             r"|relating\b)[\w'-])")
# … and a passive one, or a bare "this", not a verb of its own ("This was denied coverage",
# "He denied this was because of the scandal")
_BOUNDARY_PASSIVE = (r"(?=[.;:!?,)]|$| (?:by|later|since|in|on|after|as|when|amid|because|to|down|downward)\b"
                     r"| (?:two|three|four|several|a few|\d+) (?:hours|days|weeks|months) later"
                     r"| the (?:next|following) )")
# (and the plural's: "Aid agencies dispute the account")
_DENYING_NEXT = (r"(?:denied|denies|deny|retracted|retracts|retract|refuted|refutes|refute|debunked|debunks|debunk"
                 r"|disproved|disproven|withdrew|corrected|corrects|withdrawn|rejected|rejects|reject"
                 # (a report taken back by whoever published it: "The outlet pulled the story on Monday";
                 # not "deleted" or "removed", as often a censor's)
                 r"|pulled"
                 r"|disputed|disputes|dispute|dismissed|dismisses|dismiss|contradicted|contradicts|contradict)")
# … of a bare "this", only what is said of a statement ("The army withdrew these in June":
# not read; nor "It retracted this" of a directive, which the quote names: see _OF_A_CLAIM)
_DENYING_THIS = (r"(?:denied|denies|deny|refuted|refutes|refute|debunked|debunks|debunk|disputed|disputes|dispute"
                 r"|contradicted|contradicts|contradict|retracted|retracts|retract)")
_UNTRUE_NEXT = rf"(?:{_FALSE_EN}|not (?:to (?:be|have been) )?(?:true|(?:the case|so)(?=[.!?;]|$)))"
# a subject's words: not past a full stop, but through an abbreviation ("Mr. Kim denied this")
_WORD_NEXT = rf"(?:{_ABBREVIATION}|[^\s.!?,;:]+)"
# … after when it happened: "In June, the report was retracted.", "Two days later, officials denied this."
_WHEN_NEXT = (r"(?:(?:(?:in|on|by) [\w'-]+(?: \d{1,4})?|later|soon after(?:wards)?|within (?:hours|days)"
              r"|(?:two|three|four|several|a few|\d+) (?:hours|days|weeks|months|years) later"
              r"|the (?:next|following|same) (?:day|week|month)), )?")
_RETRACTED_NEXT = lazy(
    rf" (?:however,? |but |yet |and )?{_WHEN_NEXT}(?:(?:"
    # "It later emerged that this was false", "None of this was true"
    rf"it (?:later |has since |soon |then )?(?:emerged|transpired|turned out|became clear|was (?:later )?revealed) "
    rf"that (?:{_TOLD_THIS}|this|that|it) (?:was|is|were|are|had been) {_UNTRUE_NEXT}"
    r"|none of (?:this|that|it|these|those|the (?:reports?|claims?|stor(?:y|ies)|accounts?)) (?:was|is|were|are) true"
    r"|"
    rf"{_TOLD_THIS}(?:, however,)? (?:(?:was|were|is|are|has been|have been|had been|has|have|had) )?{_UNDONE_BY}"
    r"(?:been )?"
    r"(?:denied|retracted|withdrawn|debunked|discredited|disproved|disproven|refuted|corrected|revised|rejected"
    r"|dismissed|contradicted|disputed|questioned|challenged|ridiculed|doubted|mocked|pulled)"
    rf"|(?:this|that|it) (?:(?:was|were|has been|have been|had been|has|have|had) )?{_UNDONE_BY}(?:been )?"
    r"(?:retracted|debunked|disproved|disproven|refuted)"
    # "Nothing could be further from the truth."
    r"|nothing (?:could be|can be|is|would be) (?:further|farther) from the truth"
    rf"|(?:this|that) (?:was|has|had) {_UNDONE_BY}(?:been )?denied"
    rf"|(?:{_TOLD_THIS}|this|that|these)(?:, however,)? (?:(?:has|have|had) )?{_UNDONE_BY}(?:turned out|proved|proven"
    rf"|(?:was|were|has been|have been) {_UNDONE_BY}(?:found|shown|revealed)|is|was|are|were"
    r"|(?:appears?|seems?|looks?)(?= to))"  # "That figure appears to be a large exaggeration"
    rf"(?: to (?:be|have been))? (?:simply |just |clearly |plainly |patently |demonstrably |(?:almost certainly"
    r"|probably|likely|most likely) )?"
    rf"{_UNTRUE_NEXT}"
    # … or someone says so: "Officials said the report was false", "According to officials, this
    # was untrue", "The ministry called the report false"
    rf"|(?:{_WORD_NEXT} ){{1,6}}{_UNDONE_BY}(?:said|says|say|insisted|insists|insist|stated|maintained|maintains"
    r"|maintain|admitted|admits"
    rf"|acknowledged|acknowledges|conceded|concedes) (?:that )?(?:{_TOLD_THIS}|this|that) (?:was|is|were|are) "
    rf"{_UNTRUE_NEXT}"
    # … or, after a subject of a few words (one run of them for all of these): its teller owns
    # up ("She later said she had invented the story") or took it back ("The trader subsequently
    # recanted."), another account differs ("Satellite imagery tells a different story.") or
    # says otherwise ("Satellite data suggest otherwise.")
    rf"|(?:{_WORD_NEXT} ){{1,6}}(?:{_UNDONE_BY}(?:said|says|admitted|admits|acknowledged|conceded|confessed)"
    rf" (?:that )?(?:she|he|they|we|i) (?:had |has |have )?(?:invented|made up|fabricated) (?:{_TOLD_THIS}"
    rf"|(?:her|his|their|our|my) (?:whole |entire )?{_TOLD_NEXT}|it|this|everything){_BOUNDARY_PASSIVE}"
    rf"|{_UNDONE_BY}(?:recanted|retracted (?:his|her|their) (?:statement|testimony|account|claim|story)"
    r"|withdrew (?:his|her|their) (?:statement|testimony|account|claim))"
    r"|(?:tells?|told|paints?|painted) (?:a (?:very |quite |rather |completely |starkly )?different"
    r"|an (?:entirely|altogether|utterly) different) (?:story|picture)|beg(?:s|ged)? to differ"
    r"|(?:suggests?|suggested|shows?|showed|indicates?|indicated|says?|said|tells?|told|insists?|insisted)"
    r" otherwise\b)"
    rf"|according to (?:{_WORD_NEXT} ){{1,5}}?{_WORD_NEXT}, (?:{_TOLD_THIS}|this|that) (?:was|is|were|are) "
    rf"{_UNTRUE_NEXT}"
    # … or offered nothing for it: "It offered no evidence for the claim."
    rf"|(?:{_WORD_NEXT} ){{1,6}}(?:offered|offers|provided|provides|gave|gives|presented|presents|cited|cites"
    rf"|produced|produces) no (?:evidence|proof|source|sources) (?:for|of|to support|to back up) "
    rf"(?:{_TOLD_THIS}|this|it|its (?:claims?|assertions?|allegations?|account|report|story|figures?))(?=[.;:!?,)]|$)"
    rf"|(?:{_WORD_NEXT} ){{1,6}}(?:called|calls|described|describes|dismissed|dismisses) (?:{_TOLD_THIS}|this|it) "
    rf"(?:as )?(?:{_UNTRUE_NEXT}|implausible|dubious|questionable|absurd|not credible)){_BOUNDARY_PASSIVE}"
    rf"|(?:{_WORD_NEXT}(?: |, however, )){{1,6}}{_UNDONE_BY}(?:{_DENYING_NEXT} (?:{_TOLD_THIS}"
    rf"|the [\w'-]+ {_TOLD_NEXT}|(?:these|those|such) (?:[\w'-]+ )?{_TOLD_NEXT}){_BOUNDARY}"
    rf"|{_DENYING_THIS} (?:this|that|it){_BOUNDARY_PASSIVE}))")
# … or sets against it what is so: "A viral post claims the mine reopened. In reality, it is still
# closed." (not "In fact, …", as often an intensifier: "In fact, output has doubled since"); not
# of a quote that itself denies or negates, which the reality may bear out ("Officials deny the
# mine reopened. In truth, …")
_IN_REALITY = lazy(r" (?:(?:but|yet) )?(?:in (?:reality|truth|actuality)|the (?:reality|truth) is(?: that)?"
                   r"|the (?:reality|truth)(?: on the ground)? (?:is|was)"
                   r" (?:very |quite |rather |markedly |starkly )?(?:different|otherwise)"
                   r"|truth be told)\b,?")
# … or its teller apologises for it: "The user deleted the post on Tuesday and apologised for
# 'spreading unverified information.'"
_APOLOGY_NEXT = lazy(r" [^.!?\n]{0,80}?\bapologi[sz](?:ed|es|ing) for [\"'“‘]?(?:spreading|posting|sharing|publishing"
                     r"|running|passing on) [\"'“‘]?(?:unverified|false|fake|inaccurate|misleading|incorrect|wrong)"
                     r" (?:information|news|claims?|reports?|rumou?rs?|stor(?:y|ies))")
_DENIAL_QUOTED = lazy(r"\b(?:not|no|never|nobody|none|den(?:y|ies|ied)|dismiss\w*|reject\w*|refut\w*)\b|n't\b")
# … no undoing that happened: denied, put off, wondered about or only possible ("Officials
# never denied this", "have yet to deny", "may deny this", "If officials deny this, …")
_UNDOING_DENIED = lazy(r"n't\b|\b(?:no|not|never|nobody|none|neither|nor|hardly|(?<!a )few|rarely|seldom|cannot"
                       r"|refus\w*|declin\w*|fail\w*|yet to|unable|unlikely|hard to|difficult to"
                       r"|(?<!in )(?<!of )(?<!since )(?<!by )(?<!until )(?<!early )(?<!late )(?<!last )(?<!next )may"
                       r"|might|could|would"
                       r"|will|should|can|if|whether|did|does|do|why)\b")
# An article's own correction note, which leaves what it now says standing: "This article has
# been corrected (to fix the date)", "This story was updated" (not "… has been retracted")
_CORRECTION_NOTE = lazy(r"\b(?:this|the present) (?:article|story|piece|post)\b.*\b(?:corrected|revised|amended"
                        r"|updated)\b")
_NOT_TRUE = lazy(r"\bnot (?:to (?:be|have been) )?(?:true|the case|so)\b"
                 r"|\bnone of [\w' ]{2,20} (?:was|is|were|are) true\b"
                 r"|\bnothing (?:could be|can be|is|would be) (?:further|farther) from the truth\b"
                 r"|\bno (?:evidence|proof|sources?)\b")  # (what was offered for it: nothing)
# … nor one answered, in the rest of its sentence after a "but" or in the next sentence
# ("…, but later admitted it", "… Satellite images later confirmed the reopening.")
_ANSWER = (r"\b(?:confirm|verif|corroborat|admit|acknowledg|apologi|conced|convict|revers|reinstat|restor"
           r"|stood by|stand by|stands by|showed|shown|proved|proven|otherwise)")
_ANSWERED = lazy(r"[^.!?\n]{0,300}?(?:\b(?:but|yet|though|although|however|while|later|since|then)\b|;)"
                 rf"[^.!?\n]{{0,300}}?{_ANSWER}")
_ANSWERED_NEXT = lazy(rf"[^.!?\n]{{0,300}}[.!?][\"')\]]* [^.!?\n]{{0,300}}?{_ANSWER}")
_ASKED_NEXT = lazy(r"[^.!?\n]{0,300}\?")
# the quote is of a claim, a charge, a request, an offer, a fear, a plan or an order, or names a report
_OF_A_CLAIM = lazy(r"\b(?:reports?|statements?|claims?|allegations?|articles?|stor(?:y|ies)|rumou?rs?|accus\w*"
                   r"|charged with|charges|indict\w*|suspected of|alleg\w*|ask(?:s|ed|ing)?|request\w*"
                   r"|appl(?:y|ies|ied|ying) for|sought|seek(?:s|ing)?|demand\w*|petition\w*|worr(?:y|ies|ied)"
                   r"|fears|feared|fearing|fear that|bet|bets|promis\w*|vow(?:s|ed|ing)?|pledg\w*"
                   r"|plan(?:s|ned|ning)? to|hop(?:e|es|ed|ing)|expect(?:s|ed|ing)? (?:that|to)|predict\w*"
                   r"|offer(?:s|ed|ing)?|propos\w*|invit\w*|urg(?:e|es|ed|ing)|recommend\w*|call(?:s|ed|ing)? for"
                   r"|suggest\w*|issu(?:e|es|ed|ing)|directives?|decrees?|orders?|ordered|announc\w*|polic(?:y|ies)"
                   r"|bans?|banned)\b")


# … nor what the words were said in: '"…," a spokesperson said in a statement carried by KCNA.'
_ACCORDING_TO = lazy(r"\baccording to (?:[\w'-]+ ){0,3}?(?:reports?|accounts?|rumou?rs?|claims?|statements?)\b"
                     r"|\b(?:said|says|wrote|writes|announced|announces|declared|declares)"
                     r" in (?:a|an|its|his|her|their) (?:[\w'-]+ )?(?:statements?|reports?|articles?|interviews?"
                     r"|commentar(?:y|ies))\b")
_REVISED_TO = lazy(r" (?:up|down|upward|downward|upwards|downwards)? ?to (\d[\d.,]*\d|\d)")


def _names(words: str, noun: str) -> bool:
    """Whether `words` name what `noun` does, singular or plural ("figures", "figure")."""
    one = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return re.search(rf"\b{re.escape(one[:-1] if one.endswith('y') else one)}", words) is not None


def _sentence_end(text: str, end: int) -> int | None:
    """Where the sentence that goes on after text[:end] ends (after its full stop), within
    _REST_REACH characters and its paragraph; an abbreviation's dot ("Mr.") ends none."""
    at = end
    while (stop := _STOP.search(text, at, end + _REST_REACH)) is not None and stop.group() != "\n":
        if not _ABBREVIATED.search(text, max(0, stop.start() - 4), stop.start() + 1):
            return stop.end()
        at = stop.end()
    return None


# An update's or a note's label before the next sentence ("UPDATE: The army has since …")
_NOTE_LABEL = lazy(r" (?:update|updated|correction|clarification|editor's note)(?: \([^)]{1,40}\))?:(?= )")
_NEXT_JOINT = lazy(r"[^.!?;]{1,200};")
_EARLIER = lazy(r"\b(?:earlier|original|initial|first|previous)\b")


# … or denies, in a clause of its own, what the quote says: "Three soldiers were killed. The
# army has denied that any soldiers were killed." (_same_claim: not "… denied that it fired on
# civilians", another claim)
_DENIED_THAT_NEXT = lazy(rf" (?:however,? |but |yet )?{_WHEN_NEXT}(?:{_WORD_NEXT}(?: |, however, )){{1,6}}"
                         rf"{_UNDONE_BY}(?:has |have |had )?{_UNDONE_BY}(?:denied|denies|deny|disputed|disputes"
                         r"|rejected|rejects|refuted|refutes) (?:(?:the |any )?(?:claims?|reports?|allegations?"
                         r"|suggestions?) )?that ([^.!?;]{5,240})")
_CONTENT_WORD = lazy(r"[a-z][a-z'-]{3,}")
_FUNCTION_WORDS = frozenset("that this were have been with from they their them there which would could about into "
                            "also than then when what said says some more most other only over after before since "
                            "such these those being will".split())


def _same_claim(quote: str, clause: str) -> bool:
    """Whether a denied clause is of the quote's claim: two of its words that carry content
    are the quote's ("soldiers", "killed")."""
    words = {w for w in _CONTENT_WORD.findall(quote) if w not in _FUNCTION_WORDS}
    return len(words & {w for w in _CONTENT_WORD.findall(clause) if w not in _FUNCTION_WORDS}) >= 2


def undone_next_paragraph(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """As scope_cut's undoing by the next sentence, for the caller to take where that sentence
    opens the next paragraph, which scope_cut's stretches never reach ("Three soldiers were
    killed. ⏎⏎ The army later denied this."), as it may be an update's or a note's ("UPDATE:
    This report has since been retracted."), in English and the other languages
    _RETRACTED_NEXT_IN reads; None elsewhere."""
    if _OWN_ATTRIBUTION.search(text, start, end):
        return None
    code = primary_language(language) or "en"
    return _retracted_next(start, end, text, labelled=True) if code == "en" else _retracted_next_in(start, end, text,
                                                                                                    code)


def _retracted_next(start: int, end: int, text: str, labelled: bool = False) -> tuple[int, int] | None:
    """The rest of the quote's sentence and the next one, where that one undoes it (above);
    `labelled`: the next one may open with an update's or a note's label."""
    if (joint := _CLAUSE_JOINT.match(text, end)) is not None:  # "…; the report was later retracted"
        after = joint.end()
    elif _ENDS_SENTENCE.search(text, max(0, end - 16), end):  # the quote ends with its sentence
        after = _SENTENCE_CLOSED.match(text, end).end()
    elif (after := _sentence_end(text, end)) is None:
        return None
    if labelled and (label := _NOTE_LABEL.match(text, after)) is not None:
        after = label.end()
        # (an update's second clause too, where it names what it undoes as earlier: "UPDATE: The
        # army has since said no soldiers died; the earlier figure was wrong."; not "…; this was
        # later denied", of the first clause, nor a next sentence of no update's, whose first
        # clause may be of something else: "Traders say maize prices rose too; the earlier report
        # was wrong.")
        if _RETRACTED_NEXT.match(text, after) is None and (joint := _NEXT_JOINT.match(text, after)) is not None \
                and (r := _RETRACTED_NEXT.match(text, joint.end())) is not None and _EARLIER.search(r.group()):
            after = joint.end()
    if (real := _IN_REALITY.match(text, after) or _APOLOGY_NEXT.match(text, after)) is not None \
            and not _DENIAL_QUOTED.search(text, start, end):
        return end, _sentence_end(text, real.end()) or real.end()  # (of a claim too: "A viral post claims …")
    if (r := _RETRACTED_NEXT.match(text, after)) is not None:
        denial, answer = r.group(), r.end()
    elif (r := _DENIED_THAT_NEXT.match(text, after)) is not None and _same_claim(text[start:end], r.group(1)):
        denial, answer = text[after:r.start(1)], r.start(1)  # "The army has denied that | any soldiers were killed"
    else:
        return None
    if _OF_A_CLAIM.search(_ACCORDING_TO.sub("", text[start:after])):
        return None  # (in the rest of its sentence too: "… on spying charges."; not "according to reports")
    if (told := _TOLD_WORD.search(denial)) and _names(text[start:after], told.group()):
        return None  # "… published its figures. These figures were later disproved.": those figures
    if _UNDOING_DENIED.search(_NOT_TRUE.sub("", denial)) or _CORRECTION_NOTE.search(denial):
        return None
    if (to := _REVISED_TO.match(text, r.end())) and re.search(rf"(?<![\d.,]){re.escape(to[1])}(?![\d]|[.,]\d)",
                                                             text[start:end]):
        return None  # "… 196 defectors … The figure was later revised to 196": the quote has the figure as revised
    if _ANSWERED.match(text, answer) or _ANSWERED_NEXT.match(text, answer) or _ASKED_NEXT.match(text, answer):
        return None
    return end, r.end()


# … and in the other languages, the next sentence's stock ways of saying the same: "Cette
# information a depuis été démentie.", "Esto resultó ser falso.", "Dies wurde später
# dementiert.", "Позже это опровергли.", 该报道后来被撤回。, この報道は後に撤回された。, 이 보도는
# 이후 철회됐다. Only the affirmative ("n'a jamais été démentie" undoes nothing), and only what
# names the report or points back at it (not "the ministry denied the aid").
_LATER = {
    "fr": r"(?:(?:depuis|ensuite|plus tard|rapidement|officiellement|finalement|toutefois|cependant) )*",
    "es": r"(?:(?:luego|después|posteriormente|más tarde|rápidamente|oficialmente|finalmente|sin embargo,?) )*",
    "de": r"(?:(?:später|inzwischen|mittlerweile|jedoch|aber|offiziell|umgehend|bald) )*",
    "ru": r"(?:(?:позже|позднее|впоследствии|затем|вскоре|официально|однако,?) )*",
    "uk": r"(?:(?:пізніше|згодом|згодом же|потім|невдовзі|офіційно|однак,?|проте,?) )*",
}
_RETRACTED_NEXT_OTHER = {
    "fr": r"(?:(?:mais|or|cependant|toutefois|plus tard|depuis),? )?(?:"
          r"(?:cette|cet|ces|l'|la|le|les) ?(?:information|nouvelle|affirmation|allégation|rapport|article|annonce"
          r"|déclaration|rumeur|chiffre|bilan)s? (?:a|ont) {L}été {L}(?:démenti|rétracté|retiré|réfuté|infirmé"
          r"|contredit)e?s?\b"
          r"|(?:cela|ceci|cette (?:information|affirmation|nouvelle)|l'information|ce chiffre) s'est {L}(?:révélé"
          r"|avéré)e?s? (?:faux|fausse|fausses|infondée?s?|inexacte?s?|erronée?s?)\b"
          r"|il s'est {L}(?:avéré|révélé) que (?:c'était|cela était|l'information était) (?:faux|fausse|inexacte)\b"
          r"|(?:[\w'-]+ ){1,5}l'(?:a|ont) {L}(?:démenti|réfuté|infirmé|contredit)(?=[.!?,;]| (?:plus tard|ensuite"
          r"|depuis|aussitôt|officiellement|formellement|catégoriquement)\b)"
          r"|(?:[\w'-]+ ){1,5}(?:a|ont) {L}(?:démenti|réfuté|infirmé|contredit) (?:cette|ces|l'|cela|ceci)"
          r"(?: ?(?:information|nouvelle|affirmation|rapport|annonce|informations|affirmations))?(?=[.!?,;]| par\b)"
          # "Rien n'est plus faux." (not "… raconte une tout autre histoire": as often a second topic)
          r"|rien (?:n'est|ne saurait être|ne pourrait être) plus (?:faux|éloigné de la vérité)|rien n'est moins vrai)",
    "es": r"(?:(?:pero|sin embargo),? )?(?:"
          r"(?:esta|esa|la|el|este|ese|dicha|dicho) (?:información|noticia|afirmación|versión|informe|artículo|anuncio"
          r"|declaración|rumor|cifra)(?:es|s)? (?:fue|fueron|ha sido|han sido) {L}(?:desmentid|retractad|retirad"
          r"|refutad|desautorizad)[oa]s?\b"
          r"|(?:esto|eso|ello|la información|la noticia|la cifra) {L}(?:resultó|resultaron) (?:ser )?(?:falso|falsa"
          r"|falsos|falsas|infundad[oa]s?|inexact[oa]s?)\b"
          r"|(?:[\w'-]+ ){1,5}{L}(?:lo (?:desmintió|desmintieron|negó|negaron|refutó|refutaron)"
          r"(?=[.!?,;]| en\b| (?:después|luego|más tarde|posteriormente|rotundamente|oficialmente)\b)"
          r"|(?:desmintió|desmintieron|refutó|refutaron|negó|negaron) {L}(?:esta|esa|dicha|la|el) (?:información"
          r"|noticia|afirmación|versión|informe)|(?:desmintió|desmintieron|refutó|refutaron) {L}(?:esto|eso))"
          # "Nada más lejos de la realidad."
          r"|nada (?:más|mas) lejos de la (?:realidad|verdad))",
    "de": r"(?:(?:doch|aber|jedoch),? )?(?:"
          r"(?:dies|das|diese|die|der) ?(?:meldung|nachricht|angabe|behauptung|bericht|information|darstellung|zahl)?"
          r"(?:en)? (?:wurde|wurden|ist|sind) {L}(?:dementiert|widerrufen|zurückgezogen|widerlegt)\b"
          r"|(?:dies|das|diese (?:meldung|angabe|behauptung|information|darstellung))"
          r" (?:hat sich|erwies sich|stellte sich) {L}als"
          r" (?:falsch|unwahr|haltlos|unzutreffend|falschmeldung)(?: heraus)?\b"
          r"|(?:[\w'-]+ ){1,5}(?:dementierte|dementierten|widerrief|widerriefen|widerlegte|widerlegten) {L}"
          r"(?:dies|das|diese (?:meldung|angabe|behauptung|berichte?|darstellung)|den bericht|die meldung)\b"
          # "Davon kann keine Rede sein."
          r"|davon kann (?:keine|nicht die) rede sein)",
    "it": r"(?:(?:ma|però),? )?(?:niente|nulla) di più falso",
    "ru": r"(?:(?:но|однако),? )?{L}(?:"
          r"(?:это|эта|эти|данное|данная|данные|такое|такие)? ?(?:сообщени[ея]|информаци[яи]|заявлени[ея]|данные"
          r"|утверждени[ея]|слух[иы]|цифр[аы])? ?(?<=\w )(?:было|была|были|был) {L}(?:опровергнут[оаы]?|отозван[оаы]?"
          r"|дезавуирован[оаы]?)\b"
          r"|(?:это|эта информация|эти данные|это сообщение|это утверждение|эти сообщения|слухи) {L}"
          r"(?:оказал(?:ось|ась|ись|ся) (?:ложн\w+|неправдой|ложью|фейком|неверн\w+)"
          r"|не подтвердил(?:ось|ась|ись|ся)|не соответству(?:ет|ют) действительности)"
          # "Позже выяснилось, что эта информация не соответствует действительности."
          r"|(?:выяснилось|оказалось),? что (?:эта |это |данная |такая )?(?:информация|сообщение|данные|утверждение"
          r"|слухи)? ?(?:не соответству(?:ет|ют) действительности|(?:был[аио]? )?(?:ложн\w+|неправд\w+|неверн\w+))"
          r"|(?:[\w-]+ ){1,5}{L}(?:опроверг(?:ли|ла|ло)?|дезавуировал[аи]?) (?:это|эту информацию|эти данные"
          r"|это сообщение|эти сообщения|эти слухи|это утверждение|данную информацию)\b"
          # "Позже министерство это опровергло." (the object before the verb)
          r"|(?:[\w-]+ ){1,5}(?:это|эту информацию|эти данные|это сообщение|эти сообщения|эти слухи) {L}"
          r"(?:опроверг(?:ли|ла|ло)?|дезавуировал[аио]?)(?=[.!?,;]|$))",
    "uk": r"(?:(?:але|однак|проте),? )?{L}(?:"
          r"(?:це|ця|ці|таке|такі)? ?(?:повідомлення|інформаці[яї]|заява|дані|твердження|чутки|цифр[аи])? ?(?<=\w )"
          r"(?:було|була|були|був) {L}(?:спростован[оаі]|відкликан[оаі])\b"
          r"|(?:це|ця інформація|ці дані|це повідомлення|ці повідомлення|ці чутки) {L}"
          r"(?:виявил(?:ося|ася|ась|ися|ся) (?:неправдою|брехнею|фейком|хибн\w+|неправдив\w+)"
          r"|не підтверди(?:л(?:ося|ася|ась|ися|ся)|вся))"
          r"|(?:[\w'-]+ ){1,5}{L}спростува(?:ли|ла|в|ло) (?:це|цю інформацію|ці дані|це повідомлення|ці повідомлення"
          r"|ці чутки)\b)",
    "zh": r"(?:但|不过|不過|然而)?[,，]? ?(?:"
          r"(?:该|此|这一?|這一?|上述|相关|相關)(?:报道|報導|报导|消息|说法|說法|信息|資訊|传闻|傳聞|数字|數字)"
          r"(?:后来|後來|随后|隨後|不久|其后|其後|之后|之後|旋即|已)?(?:被|已被|遭|遭到)?(?:撤回|撤销|撤銷|否认|否認|辟谣|闢謠"
          r"|证伪|證偽|驳斥|駁斥)"
          r"|(?:这|這|此|该|該)(?:一)?(?:报道|報導|消息|说法|說法)?(?:后来|後來|随后|隨後|后经|後經|经|經)?(?:被)?"
          r"(?:证实|證實|证明|證明)"
          r"(?:是|为|為)?(?:假的|虚假|虛假|不实|不實|谣言|謠言|错误的|錯誤的|有误|有誤|失实|失實)"
          r"|[^\s,，。！？]{1,10}(?:后来|後來|随后|隨後|其后|其後)?(?:否认|否認|辟谣|闢謠|驳斥|駁斥)了?(?:这一?|這一?|该|該|此|上述)"
          r"(?:报道|報導|消息|说法|說法|传闻|傳聞))",
    "ja": r"(?:しかし|だが|ところが)?[、,]? ?(?:"
          r"(?:この|その|同|当該|これらの)(?:報道|情報|発表|記事|主張|数字)(?:は|も)[、,]? ?(?:後に|のちに|その後|まもなく"
          r"|すぐに)?[、,]? ?(?:撤回|否定|取り消)され"
          r"|(?:これ|それ|この報道|この情報)(?:は|も)[、,]? ?(?:後に|のちに|その後)?[、,]? ?(?:誤り|虚偽|デマ|事実無根|誤報)"
          r"(?:(?:だ|である)?(?:と|ことが)(?:判明|わか|分か)|(?:だった|であった|でした)(?=[。！]|$))"
          r"|[^\s、,。]{1,10}(?:は|が)[、,]? ?(?:後に|のちに|その後)?[、,]? ?(?:これ|この報道|この情報|その報道)を(?:否定|否認"
          r"|撤回))",
    "ko": r"(?:그러나 |하지만 )?(?:"
          r"(?:이|해당|그|이런) (?:보도|소식|주장|발표|정보|수치|기사)(?:는|은|도) (?:이후 |나중에 |곧 |그 후 )?"
          r"(?:철회|번복|취소)(?:됐|되었)"
          r"|(?:이는|이것은|그것은|이 보도는|이 주장은|이 소식은) (?:이후 |나중에 )?(?:사실이 아닌 것으로|거짓으로|허위로)"
          r" (?:드러났|밝혀졌|확인됐)"
          # "다만 사고 여부는 아직 확인되지 않았다" (whether it happened is not yet confirmed)
          r"|(?:다만 |하지만 )?(?:[^\s.]+ ){0,2}(?:여부|사실 여부|진위|진위 여부)(?:는|가|도) (?:아직 |현재 |현재까지 )?"
          r"(?:확인되지 않|확인된 바 없|알려지지 않|불분명)"
          r"|(?:[^\s.]+ ){1,4}(?:이후 |나중에 )?(?:이를|이 보도를|이 주장을|해당 보도를|이 소식을) (?:부인|반박)(?:했|하였))",
}
# … and the teller taking the words back: "Il s'est rétracté par la suite.", "Später widerrief
# er seine Aussage.", "Позднее он отказался от своих слов.", 他后来收回了这一说法
_RECANTED_NEXT = {
    "fr": r"(?:(?:il|elle|ils|elles) (?:s'est|se sont) (?:ensuite |plus tard |depuis |par la suite )?rétracté"
          r"|(?:[\w'-]+ ){1,4}(?:a|ont) (?:ensuite |plus tard |depuis |par la suite )?retiré (?:ses|son|leurs?)"
          r" (?:propos|déclarations?|témoignages?|affirmations?))\b",
    "de": r"(?:(?:später|danach|dann|inzwischen) )?(?:widerrief|widerriefen|revidierte|revidierten) (?:er|sie)"
          r" (?:(?:später|dann) )?(?:seine|ihre) (?:aussage|aussagen|angaben|darstellung)\b",
    "es": r"(?:(?:más tarde|luego|después|posteriormente),? )?(?:(?:él|ella|ellos) )?se (?:retractó|retractaron)\b",
    "ru": r"(?:(?:позднее|позже|потом|впоследствии) )?(?:он|она|они) (?:(?:позднее|позже|потом|впоследствии) )?"
          r"(?:отказал(?:ся|ась|ись) от (?:своих слов|своих показаний|своего заявления|своих заявлений)"
          r"|отозвал(?:а|и)? (?:свои показания|своё заявление|свое заявление))",
    "zh": r"(?:他|她|他们|他們)?(?:后来|後來|随后|隨後|之后|之後)(?:收回|撤回|推翻)了?(?:这一|這一|该|該|自己的|此前的)?"
          r"(?:说法|說法|证词|證詞|供述|言论|言論)",
    "ja": r"(?:後に|その後|のちに)、?(?:この|その)?(?:証言|発言|主張|供述)を(?:撤回|翻)",
    "ko": r"(?:이후|나중에|그 후) (?:이 |그 )?(?:증언|발언|주장|진술)을 (?:번복|철회)",
}
_RETRACTED_NEXT_IN = {code: lazy(f"(?:{p.replace('{L}', _LATER.get(code, ''))})"
                                 + (f"|(?:{_RECANTED_NEXT[code]})" if code in _RECANTED_NEXT else ""))
                      for code, p in _RETRACTED_NEXT_OTHER.items()}
_RETRACTED_NEXT_IN.update({code: lazy(p) for code, p in _RECANTED_NEXT.items() if code not in _RETRACTED_NEXT_IN})
# the end of the quote's sentence: a full stop (CJK ones unspaced), within its paragraph


def _retracted_next_in(start: int, end: int, text: str, code: str) -> tuple[int, int] | None:
    """As _retracted_next, outside English: the quote's sentence, then a next one that undoes it."""
    if (pattern := _RETRACTED_NEXT_IN.get(code)) is None:
        return None
    stop = SENTENCE_ENDED.search(text, max(start, end - 2), min(len(text), end + _REST_REACH))
    if stop is None or "\n" in text[end:stop.end()]:
        return None  # (the next sentence must be of the same paragraph)
    after = stop.end()
    if (real := _IN_REALITY_IN.get(code)) is not None and real.match(text, after) \
            and not _DENIAL_QUOTED_IN.search(text, start, end):
        ends = SENTENCE_ENDED.search(text, after, min(len(text), after + _REST_REACH))
        return end, ends.end() if ends is not None and "\n" not in text[after:ends.end()] else after
    if (r := pattern.match(text, after)) is None or "\n" in r.group() or confirmed(text, r.end()) \
            or _DENIAL_DENIED_IN.search(r.group()) or _NOT_AFTER_IN.match(text, r.end()):
        return None  # (nor one that goes on to confirm it, "lo desmintió, pero el martes lo confirmó", nor
        # a denial denied: "no lo desmintió", "Niemand dementierte das", "dementierte dies nicht", 没有否认, 否定しなかった)
    return end, r.end()


# … and what is so, set against it: "En réalité, la mine est toujours fermée.", 실제로는 …
_IN_REALITY_IN = {code: lazy(p) for code, p in {
    "fr": r"(?:mais )?en (?:réalité|vérité)\b", "es": r"(?:pero )?(?:en (?:realidad|verdad)|la realidad es que)\b",
    "pt": r"(?:mas )?na realidade\b", "it": r"(?:ma )?in realtà\b",
    "de": r"(?:doch |aber )?in (?:wirklichkeit|wahrheit)\b",
    "ru": r"(?:но |однако )?(?:на самом деле|в действительности|в реальности)(?!\w)",
    "uk": r"(?:але |однак )?(?:насправді|в дійсності)(?!\w)",
    "zh": r"(?:但|而|然而|可是?)(?:实际上|實際上|事实上|事實上)|(?:实际上|實際上|事实上|事實上)却|真相是",
    "ja": r"(?:しかし|だが)?[、,]? ?(?:実際には|実際は|本当は|実のところ)", "ko": r"(?:그러나 |하지만 )?(?:실제로는|사실은|실상은)",
}.items()}
# (not of a quote that denies: "Le ministère a démenti que …", 부인했다)
_DENIAL_QUOTED_IN = lazy(r"(?<![\w'])(?:ne|n'|pas|jamais|no|nunca|nicht|kein\w*|nie|не|нет|никогда|ні"
                         r"|démenti\w*|dément\w*|desmint\w*|desment\w*|negó|negaron|dementier\w*|опроверг\w*)(?![\w'])"
                         r"|[不没沒未否]|ない|なかった|않|아니|부인|없")
_DENIAL_DENIED_IN = lazy(r"(?<![\w'])(?:no|nadie|niemand|nie|niemals|никто|никогда|не|personne|jamais|nessuno|non"
                         r"|ninguém|nunca|mai)(?: [\w'-]+){0,2}? (?:lo |la |le |l'|dies |das |это |ne )?"
                         r"(?:desment|desmint|neg|dementier|опроверг|réfut|démenti|smentit|smentì|rechaz)"
                         r"|[没沒未](?:有)?(?:否认|否認|驳斥|駁斥|辟谣|闢謠)")
_NOT_AFTER_IN = lazy(r"[^.!?。！？]{0,12}?(?:(?<![\w'])nicht(?![\w'])|しなかった|していない|せず|しない|ません|않|못)")


# --- a limit after the quote -------------------------------------------------------------
# Set off and ending the sentence or clause: "…, at least on paper.", "… in name only", "…,
# allegedly.", "… in theory but"; not paper itself ("The leaflets were printed on paper", "en el papel de" a role).

# … ending the sentence, or a clause the next conjunction opens ("…, allegedly, and its
# prisoners moved to Hwasong")
_LIMIT_END = (r"(?=[.!?;:)]|$|, (?:and|but|though|although|while|yet|et|mais|y|pero|e|mas|ma|und|aber|и|но|а"
              # (or what goes on naming the source: "…, KCNA claimed, citing …")
              r"|citing|quoting|saying|adding|referring to)"
              r"(?![\w-])"
              # … or the speaker's words end: '"The factory makes missile parts, allegedly," a trader said'
              r"|,?[\"'](?=[\s.,;:!?)]|$))")
# The adverbs that hedge the clause they are set off in: "…, allegedly."
SET_OFF_HEDGES = r"(?:allegedly|supposedly|purportedly|ostensibly|reportedly)"
_LIMITED_AFTER = {
    # (set off by a comma, a dash or a parenthesis: "— at least for now", "(allegedly)")
    "en": r"(?: in name only| only in name|(?:,| -| \() ?(?:at least|only) on paper|, on paper(?: at least| only)"
          r"|(?: -| \() ?on paper(?: at least| only)?"
          r"| on paper(?=,? but (?:in (?:reality|practice|fact|truth)|actually|really))"
          r"| only on paper| on paper only|(?:,| -| \() ?(?:(?:but|though|although|yet) )?(?:at least |only )?in theory"
          r"(?: at least| only)?|(?:,| -| \() ?at least officially"
          r"|(?:,| -| \() ?(?:at least|if only) (?:for now|for the moment|for the time being|in the short term"
          r"|temporarily)"
          # (… also set off before more of the clause: "…, allegedly, in late 2023."; not past
          # words of its own, which it may be of alone: "… for treason, allegedly.")
          r"|(?:,| -| \() ?(?:" + SET_OFF_HEDGES + r"|officially at least)"
          r"(?:(?:,| -|\))(?: (?!(?:and|but|or|while|whereas|although|though|yet)\b)[\w'-]+){1,8}?)?"
          # the regime's claim, or anyone's boast: "…, state media claimed.", "…, claims KCNA.",
          # "…, the manager boasted." (as leadins._TOLD before a quote; not "…, KCNA said.")
          r"|(?:,| -| \() ?(?:(?:the|north korea(?:n|'s)|official) )?" + REGIME_VOICE
          + r" (?:(?:has|had|also|again|long|repeatedly|officially|publicly|proudly) )*(?:claimed|claims|claim)"
          + CLAIMED_WHEN + r"|(?:,| -| \() ?(?:claimed|claims) (?:the )?" + REGIME_VOICE + CLAIMED_WHEN
          + r"|, (?:[^\s.!?,;:]+ ){1,3}(?:boasted|boasts|bragged|brags)"
          # … or what may not be so at all, or was undone: "…, if at all.", "…, before it was
          # cancelled", "…, but the order was later rescinded"
          r"|, if (?:at all|ever)"
          r"|(?:,| -) (?:before|but) (?:it|they|the (?:order|plan|decision|ban|decree|policy|rule"
          r"|measure|directive)s?) (?:was|were) (?:later |quickly |soon |swiftly |abruptly )?(?:cancell?ed|called off"
          r"|scrapped|rescinded|revoked|withdrawn|reversed|overturned|annulled|suspended)(?: [\w'-]+){0,6}?"
          # an alternative: "Kim was executed, or possibly jailed, in March"
          r"|, or (?:possibly|perhaps|maybe|probably) [\w'-]+(?: [\w'-]+)?(?=,)"
          # hearsay no one is named for: "…, according to unconfirmed reports.", "…, rumours
          # suggest.", "…, it is claimed."
          r"|(?:,| -| \() ?(?:according to (?:an? |one |a single |some |several )?"
          r"(?:(?:unverified|unconfirmed|unsubstantiated|anonymous|unnamed) )?"
          r"(?:rumou?rs?|speculation|hearsay|gossip)"
          r"|according to (?:an? |one |a single |some |several )?(?:unverified|unconfirmed|unsubstantiated) [\w'-]+"
          r"|(?:unverified|unconfirmed|unsubstantiated) (?:reports|accounts|sources) (?:say|said|suggest|suggested"
          r"|claim|claimed)|(?:say|says|said|suggest|suggests|suggested|claim|claimed) (?:unverified|unconfirmed"
          r"|unsubstantiated) (?:reports|accounts|sources)"
          r"|(?:rumou?rs|speculation|gossip)(?: [\w'-]+){0,3}? (?:say|says|said|suggest|suggests"
          r"|suggested|claim|claims|claimed|has it)|it is (?:claimed|rumou?red|alleged|said)|rumou?r has it"
          r"|(?:or )?so (?:the )?(?:story|rumou?r) goes)"
          r"(?: [\w'-]+){0,8}?"
          r"|(?:,| -| \() ?(?:(?:but|though|although|yet) )?only (?:partially|partly|temporarily|in part|on paper)"
          r"|(?: -| \() ?(?:partially|partly|temporarily)"
          r"|(?:,| -| \() ?(?:(?:but|though|although|yet) )?in principle(?: at least| only)?)" + _LIMIT_END
          # … and not set off: "legal in theory but banned" (before a contrast: not "trains its
          # physicists in theory;", "opposes the deal in principle."), "worked only partially."
          # (not "met only briefly"; nor "on paper" alone, as often paper itself: "recorded on
          # paper, but")
          + r"| (?:at least |only )?in (?:theory|principle)(?=,? (?:but|yet|though|although|while|whereas)\b| - )"
            r"| only (?:temporarily|partially|partly|marginally|in part|on paper|in theory)"
            r"(?=[.!?;:)]|$|,? (?:but|yet|though|although|while|whereas)\b| - )"
            # a condition the quote left off ("Workers are paid | only if they meet the quota")
            r"|(?<![.!?])(?:, (?:but|though|yet|and)|,)? only (?:if|when|once|provided|on condition that|as long as)"
            r" (?!(?:a|an|one|twice|every|now|the first time|a while|years|months|days|weeks|hours)\b)"
          + r"|(?:,| -| \() ?at least according to\b"
            # "…, if you believe the Rodong Sinmun"; "is open | only on weekdays"
            r"|(?:,| -| \() ?if (?:you|one|we) (?:are to )?(?:believe|trust)s?\b"
            # (not "reopened only after the floods receded", "only on Monday", "only in May": when it
            # happened, not how often)
            r"|(?<![.!?]) only (?:on|during|between|at) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends"
            r"|weekdays|holidays|public holidays|market days|certain days|night|odd|even"
            r"|the \d[^.;!?]{0,40}\b(?:each|every) (?:month|week|year))"
            r"|(?:,| -| \() ?or at least (?:that is|that's|so) what (?:[^\s.!?,;:]+ ){0,6}(?:says?|said|claims?"
            r"|claimed|tells?|told)\b"
            # "…, or did it?": the report asks whether it did
            r"|, or (?:did|does|do|was|were|is|are|has|have|had|will|would) (?:it|they|he|she|this|that)\?"
            # (… or believed: "…, or so South Korea's spy agency believed until last year")
            r"|(?:,| -| \(|\.) ?or so (?:[^\s.!?,;:]+ ){1,5}?(?:claims?|claimed|says?|said|insists?|insisted"
            r"|maintains?|told|believes?|believed|thinks?|thought|assumes?|assumed"
            r"|would have (?:us|you|the world|outsiders) believe)\b"
            # a part of the place only: "Water supply has collapsed | in parts of Chongjin", "… in
            # some districts"
            r"|(?<![.!?]) (?:only )?in (?:(?:some|certain|several|a few|isolated|limited|outlying)"
            r" (?:parts|pockets|areas|districts|villages|neighbou?rhoods|places|regions|counties)\b"
            r"|(?:parts|pockets) of\b)"
            # … or only one place, or for a while: "Supply improved | only in central Pyongyang",
            # "The crossing was reopened | temporarily" (not a time: "only in May", "only in 2019")
            r"|(?<![.!?]) only (?:in|at|among|within|inside) (?!(?:january|february|march|april|may|june|july|august"
            r"|september|october|november|december|spring|summer|autumn|fall|winter|part|theory|principle|name"
            r"|practice|recent|the (?:past|first|last|end|early|late|morning|evening|afternoon|meantime|long)|\d)"
            r"\b)[\w'-]+|(?<![.!?]) temporarily\b"
            # "… (unconfirmed).", "… [not independently verified]", "… (source: government claims, unverified)"
            r"| ?[(\[](?:[^()\[\]\n]{1,60}?[,;:] )?"
            r"(?:(?:information|news|report|claim|this is|still|as yet|so far|yet) )*"
            r"(?:unconfirmed|unverified"
            r"|not (?:yet )?(?:independently )?(?:verified|confirmed)|could not be (?:independently )?(?:verified"
            r"|confirmed)"
            # "… (not true).", "… [false]" (not "… (denied)", "… (disputed)": an appeal denied, a
            # territory disputed)
            r"|not true|untrue|false|fake|incorrect|wrong|debunked|a rumou?r|rumou?red)[)\]]",
    "fr": r"(?:(?:,| -) (?:(?:du moins|en tout cas|au moins) (?:sur le papier|officiellement|en théorie)|prétendument"
          r"|paraît-il|dit-on|(?:à en croire|si l'on en croit) (?:[\w'-]+ ){0,4}[\w'-]+)"
          r"| \((?:information |nouvelle )?non (?:confirmée?|vérifiée?)s?\))" + _LIMIT_END,
    "es": r"(?:(?:,| -) (?:(?:al menos|por lo menos) (?:(?:en el|sobre el) papel|oficialmente|en teoría"
          r"|según (?:[\w'-]+ ){0,3}[\w'-]+)|supuestamente"
          r"|presuntamente|si hay que (?:creer|dar crédito) (?:a |en )?(?:[\w'-]+ ){0,4}[\w'-]+)"
          r"| \((?:información |noticia )?(?:sin (?:confirmar|verificar)|no (?:confirmad|verificad)[ao])\))"
          + _LIMIT_END,
    "pt": r"(?:(?:,| -) (?:(?:pelo|ao) menos (?:no papel|oficialmente|em teoria)|supostamente|alegadamente"
          r"|segundo dizem"
          r"|a acreditar (?:em |n[oa]s? )?(?:[\w'-]+ ){0,4}[\w'-]+)"
          r"| \((?:informação |notícia )?(?:não (?:confirmad|verificad)[ao]|por confirmar)\))" + _LIMIT_END,
    "it": r"(?:, (?:almeno sulla carta|presuntamente|a quanto si dice|a quanto pare"
          r"|a (?:dar retta|credere) (?:a |ad )?(?:[\w'-]+ ){0,4}[\w'-]+)"
          r"| \((?:notizia |informazione )?non (?:confermata|verificata)\))" + _LIMIT_END,
    "de": r"(?:(?:,| -) (?:(?:zumindest|jedenfalls|wenigstens) (?:auf dem papier|offiziell)|angeblich|vorgeblich"
          r"|heisst es(?: (?:in|aus) [\w-]+)?"
          r"|so (?:jedenfalls |zumindest )?(?:die|das) (?:offizielle|amtliche) (?:darstellung|version"
          r"|lesart)|wenn man (?:[\w'-]+ ){1,5}glauben (?:darf|kann|will|soll))"
          r"| \((?:noch )?(?:unbestätigt|nicht (?:unabhängig )?(?:bestätigt|überprüft))\))" + _LIMIT_END,
    # (paper itself, "от руки, на бумаге", unless set off with a dash)
    "ru": r"(?:, (?:по крайней мере|хотя бы) на бумаге| - (?:(?:по крайней мере|хотя бы),? )?на бумаге"
          r"|(?:,| -) (?:по крайней мере|во всяком случае),? (?:официально|формально|в теории|теоретически)"
          r"|(?:,| -) (?:якобы|по слухам|(?:по крайней мере|во всяком случае),? так (?:утверждают|говорят|заявляют)"
          r"(?: \w+)?))" + _LIMIT_END,
    "zh": r"(?:-+ ?|[，,] ?)至少(?:(?:官方|当局|當局)?(?:是)?(?:这么|這麼)(?:说|說)的?"
          r"|在?(?:名义上|名義上|表面上|纸面上|紙面上)(?:是(?:这样|這樣|如此))?)",
    # (and hearsay written on to the end: "…とされる", "…고 한다", it is said; not "制裁対象とされた",
    # was designated)
    "ja": r"-+ ?少なくとも(?:表向きは|書類上は|建前上は|公式には)|(?:と|とも)され(?:る|ている)(?=。|$)",
    "ko": r"(?: -|,) 적어도 (?:서류상|문서상|공식적)으로는|(?:다|라)?고 한다"
          # "only when", "only to", "only in" written on to a word: "뇌물을 줄 때만", "당원들에게만", "평양에서만"
          r"|(?<=[가-힣 ])(?:때|경우에|경우|조건으로)만(?![가-힣])|(?<=[가-힣])(?:에게|한테|에서|에|으로|로|들|끼리)만"
          r"(?![가-힣])",
}

# … or a bound the sentence goes on to put on it: a limit ("…, but only for party members",
# "…, though only in Pyongyang": a place, a group, a time; not "…, though only half turn up",
# a clause of its own, nor "…, but only because of", "…, but only after repairs") or an end
# ("Workers were paid in full | until October"; not after a negation, "Nobody suspected that |
# … | until inspectors boarded it", whose end it is). Only right after the quote, or where an
# ellipsis starts: further into the words an ellipsis leaves out, it bounds those words.
_ONLY_FOR = {
    "en": r"(?:only|solely|exclusively) (?:for|in|to|at|on|within|among|by|from|with|during|inside|outside|between"
          r"|under|partially|partly|briefly|temporarily|sporadically|intermittently|occasionally|those)\b",
    "fr": r"(?:seulement|uniquement) (?:pour|à|au|aux|en|dans|pendant|par|sur|entre|chez|partiellement"
          r"|temporairement)\b",
    "es": r"(?:solo|sólo|solamente|únicamente) (?:para|a|al|en|durante|por|entre|con|parcialmente|temporalmente)\b",
    "pt": r"(?:só|apenas|somente) (?:para|a|ao|aos|em|no|na|nos|nas|durante|por|entre|parcialmente|temporariamente)\b",
    "it": r"(?:solo|soltanto|solamente) (?:per|a|al|ai|in|nel|nella|durante|tra|fra|parzialmente|temporaneamente)\b",
    "de": r"nur (?:für|an|in|im|auf|während|bei|mit|bis|zu|zum|zur|über|unter|zeitweise|teilweise|vorübergehend)\b",
    "ru": r"(?:только|лишь) (?:для|в|во|на|по|среди|с|до|частично|временно)(?![\w-])",
}
_MONTHS_EN = (r"january|february|march|april|may|june|july|august|september|october|november|december"
              r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# "only" with what it limits to, and "until" with a time (not a clause: "beat him | until he
# lost consciousness", "hid | until the police left" tell how an act ended, no bound on a claim)
_BOUNDED_AFTER = {
    "en": rf"(?<![.!?]),? (?:but|though|although|yet|albeit) {_ONLY_FOR['en']}"
          r"|(?<![.!?]),? (?:until|till|up until) ",
    "fr": rf",? (?:mais|quoique|bien que) {_ONLY_FOR['fr']}|(?<![.!?]),? jusqu'(?:en|à|au|aux) ",
    "es": rf",? (?:pero|aunque) {_ONLY_FOR['es']}|(?<![.!?]),? hasta (?:que|finales|principios|mediados|enero"
          r"|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|\d)",
    "pt": rf",? mas {_ONLY_FOR['pt']}|(?<![.!?]),? até (?:meados|o fim|ao fim|o final) ",
    "it": rf",? ma {_ONLY_FOR['it']}|(?<![.!?]),? fino a (?:fine|metà|inizio) ",
    "de": rf",? (?:aber|jedoch|allerdings|wenn auch) {_ONLY_FOR['de']}|(?<![.!?]),? bis (?:zum|zur|ende|anfang|mitte) ",
    # (not after a comma: ", до марта она не работала" opens a clause of its own)
    "ru": rf",? (?:но|однако|хотя) {_ONLY_FOR['ru']}|(?<![.!?,]) (?:до тех пор,? пока|вплоть до) "
          r"|(?<![.!?,]) до (?:конца|начала|середины|января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
          r"|октября|ноября|декабря|\d{4} года)(?![\w-])|(?<![.!?,]) пока не ",
    # (not 直到 … 才, "not until … did it": a clause of its own)
    "zh": r"[，,] ?(?:但|不过|不過|可是)(?:只|仅|僅)(?:对|對|给|給|发给|發給|限于|限於|限|在|于|於|供|向|针对|針對|为|為)"
          r"|[，,]? ?直到(?![^，,。！？；]*才)",
}
# … a negation before the quote in its sentence, whose end "until" says ("not … until")
_NEGATED_BEFORE = lazy(r"(?:\b(?:not|never|no|nobody|none|nothing|neither)\b|n't\b)[^.!?]*$")
# … or a time the quote gives it already ("detained for three days | until his family paid")
_LASTED = lazy(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many"
               r"|deux|trois|quatre|cinq|six|dix|plusieurs|quelques|dos|tres|cuatro|cinco|seis|diez|varios|varias"
               r"|zwei|drei|vier|fünf|zehn|einige|mehrere|два|две|три|четыре|пять|десять|несколько) (?:days?|weeks?"
               r"|months?|years?|hours?|decades?|jours|semaines|mois|ans|années|heures|días|semanas|meses|años|horas"
               r"|tage|wochen|monate|jahre|stunden|дн\w*|недел\w*|месяц\w*|год\w*|лет)"
               r"|[0-9一二两三四五六七八九十百几多]+(?:年|天|日|个月|個月|周|週|小时|小時))$")
_UNTIL_TIME = lazy(rf"(?:(?:the )?(?:end|start|beginning|middle|close|turn) of\b|(?:last|this|next|early|late|mid-?"
                   rf"|recently|now|then|today|noon|midnight|dawn|{_MONTHS_EN})\b|\d|the (?:following|next|same"
                   r"|spring|summer|autumn|fall|winter) |(?:la |le |el )?(?:fin|finales|principios|mediados|ende|anfang"
                   r"|mitte)\b|(?:конца|начала|середины|января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
                   r"|октября|ноября|декабря)\b|(?:en |à |au )?(?:janvier|février|mars|avril|mai|juin|juillet|août"
                   r"|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
                   r"|septiembre|octubre|noviembre|diciembre)\b|[0-9一二三四五六七八九十去今明上本]+(?:年|月|日|个月))")
# … what a claim must say for an event to bound it: a state, a habit, a permission, a future
_LASTING_IN = {code: lazy(p) for code, p in {
    "en": r"\b(?:will|would|may|might|can|could|must|shall|is|are|am|remains?|remained|stays?|stayed|allowed"
          r"|permitted|exempt|open|closed|banned|available|in force|free|required|regularly|normally|usually|always"
          r"|continuously|constantly|around the clock|round the clock|at full capacity|in full|fully|every|each"
          r"|a (?:day|week|month|year)|per|daily|weekly|monthly|without interruption|uninterrupted|still)\b",
    "fr": r"\b(?:intégralement|régulièrement|normalement|toujours|sans interruption|chaque|par (?:jour|mois|semaine)"
          r"|peut|peuvent|pourra|pourront|sera|seront|reste|restera|resteront|autorisée?s?|ouverte?s?|fermée?s?)\b",
    "es": r"\b(?:\w+rán?|regularmente|normalmente|siempre|sin interrupción|cada|al (?:día|mes)|por (?:día|mes)"
          r"|puede|pueden|sigue|siguen|permanece|abiert[oa]s?|cerrad[oa]s?|permitid[oa]s?)\b",
    "de": r"\b(?:regelmäßig|normalerweise|immer|ununterbrochen|jeden|jede|pro (?:tag|monat)|wird|werden|kann|können"
          r"|darf|dürfen|bleibt|bleiben|offen|geschlossen|erlaubt|vollständig|voll)\b",
    "ru": r"(?:без перебоев|регулярно|постоянно|всегда|каждый|каждую|в (?:день|месяц)|будет|будут|может|могут"
          r"|останется|открыт\w*|закрыт\w*|разрешен\w*|полностью)",
    "zh": r"一直|始终|始終|每天|每月|每|将|將|会|會|可以|仍|继续|繼續|照常|全额|全額|正常",
}.items()}
# … or an aside of what the thing was: "The mine, until recently the county's largest employer, …"
_FORMERLY = lazy(r", until (?:recently|then|now)\b")
_UNTIL_NOTICE = lazy(r",? until (?:further notice|further orders|further instructions)")
_BARE_UNTIL = frozenset(("until", "till", "up until", "jusqu'à", "jusqu'en", "jusqu'au", "jusqu'aux", "hasta que",
                         "直到", "пока не"))
_UNTIL_WORDS = ("until", "till", "up until", "jusqu", "hasta", "até", "fino", "bis", "до", "вплоть", "пока", "直到")


def _compiled(table: dict[str, str], anchored_end: bool) -> dict[str, re.Pattern[str]]:
    return {code: lazy(f"(?:{p}){_OPEN}$" if anchored_end else p) for code, p in table.items()}


_PRIVATIVE_BEFORE_IN = _compiled(_PRIVATIVE_BEFORE, True)
# A condition that the report's words are true, opening the quote's sentence: "If the reports
# are accurate, |", "If confirmed, |", "If true, |"
_IF_TRUE = (r"(?:if|assuming(?: that)?) (?:true|confirmed|accurate|correct|verified"
            r"|(?:you|we|one) (?:believe|trust) [^.!?,;:]{1,40}"  # "If you believe KCNA, |"
            r"|(?:the |these |those |such |this |that |their |his |her |its )?(?:[^\s.!?,;:]+ ){0,2}?"
            r"(?:reports?|accounts?|claims?|rumou?rs?|allegations?"
            r"|figures?|estimates?|testimony|sources?|information|this|that)(?: [^\s.!?,;:]+){0,4}"
            r" (?:is|are|was|were|prove|proves|proved|turn out to be|turns out to be|can be|are to be)"
            r"(?: (?:true|accurate|correct|right|confirmed|believed|trusted|verified))?)")
_IF_TRUE_BEFORE = lazy(_SENTENCE_START + _IF_TRUE + r", [\"']?$")
# … or closing it, whatever its tense: "Rice prices fell 20% in May | , if the figures from
# Hyesan are accurate", "…, if true."
_IF_TRUE_AFTER = lazy(r"[\"']?, " + _IF_TRUE + r"(?=[\"')]*(?:[,.;:!?]|$))")
# What no longer holds, opening the quote's sentence: "Until recently, | the market was open
# every day", "Bis vor kurzem | …", "До недавнего времени | …", 直到最近 | …
_NO_LONGER_BEFORE = lazy(r"(?:^|(?<=[.!?] )|(?<=\n)|(?<=[。！？]))"
                         r"(?:until recently|until (?:last|this) (?:year|month|week)"
                         r"|until a (?:few|couple of) (?:years|months|weeks) ago|formerly"
                         r"|jusqu'à (?:récemment|il y a peu)|bis vor (?:kurzem|wenigen (?:jahren|monaten|wochen))"
                         r"|hasta hace (?:poco|unos (?:años|meses))|fino a poco tempo fa|до недавнего времени"
                         r"|(?:ещё|еще|ще) недавно|донедавна|直到最近|直到不久前|最近まで|최근까지)[,，、]? ?[\"']?$")
_NO_LONGER_WORDS = ("until", "formerly", "jusqu", "bis vor", "hasta", "fino a", "недавн", "донедавна", "直到", "最近まで",
                    "최근까지")  # (looked for first: the pattern tries its lookbehinds at every offset)
_EXCEPT_BEFORE_IN = _compiled(_EXCEPT_BEFORE, True)
_COUNTERFACTUAL_IN = _compiled(_COUNTERFACTUAL_BEFORE, True)
_ASKING_IN = _compiled(_ASKING, True)
_PRIVATIVE_AFTER_IN = _compiled(_PRIVATIVE_AFTER, False)
_EXCEPT_AFTER_IN = _compiled(_EXCEPT_AFTER, False)
_REFUTED_AFTER_IN = _compiled(_REFUTED_AFTER, False)

# … and, after what someone said, "something" someone denied: "A defector claimed that | one
# of the missiles fell in China, something Beijing denied". Only then: what is denied after a
# deed may be a request ("The UN requested access, something Pyongyang denied"); and not what
# someone was denied, deprived of ("something residents were long denied", "… denied the others").
_SOMETHING_DENIED_IN = _compiled({
    # (past who said it: "…, state news agency KCNA reported, something the ministry denied, saying …")
    "en": r"(?:, (?:[^\s.!?,;:]+ ){1,6}(?:said|says|reported|reports|claimed|claims))?"
          r"(?:, | - )something(?: that| which)?(?!(?: [^\s.!?,;:]+){0,6}? (?:no|not|nobody|never|none|few"
          r"|was|were|been|is|are|be|get|gets|got)\b)(?: [^\s.!?,;:]+){1,6}? (?:has |have |had )?"
          r"(?:later |since |flatly |strongly |repeatedly |quickly )?(?:denied|denies|disputed|disputes|contradicted"
          r"|contradicts)(?=[.,;:!?)]|$| (?:and|on|in|at|last|yesterday)\b)",
    "es": r",? (?:algo|lo) que (?!(?:[^\s.!?,;:]+ ){0,3}?(?:nadie|nunca|no|ni|ninguno)\b)(?:[^\s.!?,;:]+ ){1,3}?"
          r"(?:(?:ha|han) )?(?:negó|negaron|negado|desmintió|desmintieron|desmentido)\b",
}, False)
_SAID_IN = _compiled({  # a verb of saying earlier in the quote's sentence
    "en": r"\b(?:said|says|claimed|claims|alleged|alleges|asserted|asserts|insisted|insists|reported|reports|told"
          r"|wrote|posted|according to)\b[^.!?\n]*$",
    "es": r"(?<!\w)(?:dijo|dijeron|afirmó|afirmaron|aseguró|aseguraron|declaró|declararon|sostuvo|alegó|informó"
          r"|según)(?!\w)[^.!?\n]*$",
}, False)
_LIMITED_AFTER_IN = _compiled(_LIMITED_AFTER, False)
_BOUNDED_AFTER_IN = _compiled(_BOUNDED_AFTER, False)
_CJK_ASKED = _compiled(_CJK_ASKED_AFTER, False)
_ASKS_ITSELF_CJK = lazy(r"(?:[吗嗎么麼呢吧かの까냐니가나지요])[\"')\]]*$")
_ALL_IN = _compiled(_ALL, False)
# … and where an ellipsis leaves it out, whatever the quote says: also the words that open a
# sentence with an exception ("sauf Musan", 除了…以外, を除いて), as the words left out may
_EXCEPT_IN_GAP = {code: lazy("|".join(f"(?:{p})" for p in (_EXCEPT_AFTER.get(code),
                                                           _EXCEPT_BEFORE.get(code, "").removeprefix(_SENTENCE_START))
                                      if p))
                  for code in _EXCEPT_AFTER.keys() | _EXCEPT_BEFORE.keys()}
_ASKED_AFTER_IN = lazy(_ASKED_AFTER)
# 除了 X 以外，所有 Y 也…: "besides X, all Y too", not an exception
_ADDING = lazy(r"[也还還亦又另]")
_LOOK_BACK = 160  # characters before a quote a sentence's opening words are looked for in


def scope_cut(start: int, end: int, text: str, language: str, leading: bool, trailing: bool,
              before: bool = True) -> tuple[int, int] | None:
    """The quote text[start:end] with the words beside it that make it say something else
    (see the module's docstring), or None. `leading`, `trailing`: the quote starts or ends
    with an ellipsis, which stands for other words than these. Without `before`, only what
    comes after the quote is read (its words before were read already)."""
    code = primary_language(language) or "en"
    lo = max(0, start - _LOOK_BACK)
    quote = text[start:end]
    says_all = (p := _ALL_IN.get(code)) is not None and p.search(quote) is not None
    found: list[tuple[int, int]] = []
    if not leading and before:
        patterns = [_PRIVATIVE_BEFORE_IN.get(code)]
        patterns += [_EXCEPT_BEFORE_IN.get(code)] if says_all and not (code == "zh" and _ADDING.search(quote)) else []
        patterns += [_COUNTERFACTUAL_IN.get(code)] if _would(quote, code) else []
        found += [(m.start(), start) for p in patterns if p is not None and (m := p.search(text, lo, start))
                  and not _no_status(m.group(), text, start, code)]
        if code == "en" and _VIRTUE.match(text, start) and (m := _SO_CALLED.search(text, lo, start)):
            found.append((m.start(), start))
        if code == "en" and (m := _IF_TRUE_BEFORE.search(text, lo, start)) \
                or any(w in text[max(0, start - 40):start] for w in _NO_LONGER_WORDS) \
                and (m := _NO_LONGER_BEFORE.search(text, max(0, start - 40), start)):
            found.append((m.start(), start))
        if (p := _COUNTERFACTUAL_IN.get(code)) is not None and not _would(quote, code) \
                and not quote.startswith(("to ", "for ")) and not _WISHES_NOUN.search(text, lo, start) \
                and (m := p.search(text, lo, start)) and m.group().lstrip().startswith("wish"):
            found.append((m.start(), start))  # "Residents wish | the factory had reopened"
    if not trailing:
        after = [_PRIVATIVE_AFTER_IN.get(code), _LIMITED_AFTER_IN.get(code)]
        # (not the next sentence's: "All schools reopened. | Except in Musan, markets …")
        after += [_EXCEPT_AFTER_IN.get(code)] if says_all and not SENTENCE_ENDED.match(text, max(0, end - 1)) \
            else []
        own = _OWN_ATTRIBUTION.search(quote) is not None  # the quote says whose claim it is
        after += [_REFUTED_AFTER_IN.get(code)] if not own else []
        after += [_IF_TRUE_AFTER] if code == "en" else []
        # … also past who says so: "All workers were paid in full, the manager said, | except the guards"
        aside = SAID_ASIDE.match(text, end) if code == "en" else None
        ends = (end,) if aside is None else (end, aside.end())
        found += [(end, m.end()) for p in after if p is not None for at in ends if (m := p.match(text, at))]
        if code == "en" and len(quote.split()) <= _LABEL_WORDS and (m := _LABELLED_AFTER.match(text, end)):
            found.append((end, m.end()))
        if (bound := next(filter(None, (_bounded(text, lo, start, end, code, at) for at in ends)), None)) is not None:
            found.append((end, bound[1]))
        if (asked := _asked(start, end, text, code, leading, lo)) is not None:
            found.append(asked)
        if not own and (undone := _retracted_next(start, end, text) if code == "en"
                        else _retracted_next_in(start, end, text, code)):
            found.append(undone)
        if code == "en" and not leading and (refuted := _claim_refuted(start, end, text)):
            found.append(refuted)
        if (denied := _SOMETHING_DENIED_IN.get(code)) is not None and (m := denied.match(text, end)) \
                and _SAID_IN[code].search(text, lo, start):
            found.append((end, m.end()))
    found += figure_cut(start, end, text, language, leading or not before, trailing)
    if not found:
        return None
    return min(start, *(a for a, _ in found)), max(end, *(b for _, b in found))


def _bounded(text: str, lo: int, start: int, end: int, code: str, at: int | None = None) -> tuple[int, int] | None:
    """Where the words right after text[:end] (or at `at`, past who says so) bound what comes
    before them (_BOUNDED_AFTER), or None."""
    at = end if at is None else at
    if (p := _BOUNDED_AFTER_IN.get(code)) is None or (m := p.match(text, at)) is None \
            or _UNTIL_NOTICE.match(text, at):
        return None  # (not "The mine is closed | until further notice": it is, now)
    if m.group().lstrip(", ，").startswith(_UNTIL_WORDS):
        if _LASTED.search(text, max(lo, end - 40), end) or code == "en" and _NEGATED_BEFORE.search(text, lo, start) \
                or _FORMERLY.match(text, at):
            return None
        # A time bounds any claim ("… until October"); an event, only one of a state, a habit, a
        # permission or what will be ("were paid in full | until the factory ran out of cash",
        # "may sell rice | until noon"), not an act it ends ("beat him | until he lost consciousness")
        # (a pattern that names its time itself, "hasta finales", "bis zum", "до марта", is one)
        bare = m.group().strip(", ，") in _BARE_UNTIL
        if bare and not _UNTIL_TIME.match(text, m.end()) \
                and not ((p := _LASTING_IN.get(code)) and p.search(text, start, end)):
            return None
    stop = _CLAUSE_STOP.search(text, m.end(), m.end() + 120)  # the warning shows the bound whole
    return end, stop.start() if stop else min(len(text), m.end() + 120)


def elided_limit(text: str, end: int, start: int, language: str) -> tuple[int, int] | None:
    """An exception or a limit among the words text[end:start] that an elided quote leaves
    out, where it is, or None: "All workers … were paid" of "All workers, except the guards,
    were paid", "The market was closed … on holidays" of "closed all year, except on holidays",
    "The camp was closed … and" of "The camp was closed, allegedly, and". Where the words left
    out start with it, it limits the part before; further in, it may belong to words set off
    whole that it limits alone ("The officials, who spoke no language other than Korean, …",
    "The ministry, with no reason other than 'technical faults', …"), which are left alone."""
    code = primary_language(language) or "en"
    if SENTENCE_ENDED.match(text, max(0, end - 1)):
        return None  # the sentences left out are whole: an exception in them is their own
    if (stop := SENTENCE_ENDED.search(text, end, start)) is not None:
        start = stop.start()  # … and of the words left out, only the first sentence's end
    reach = min(len(text), start + 40)  # a limit is read with what follows it (", and …")
    if (bound := _bounded(text, max(0, end - _LOOK_BACK), end, end, code)) is not None and bound[1] <= start \
            and not is_aside(text, end, start):
        return bound  # "Workers were paid … when the factory ran out of cash" of "… in full until October, when"
    aside, opening = None, _GAP_OPENS.match(text, end, start).end()
    for pattern in (_EXCEPT_IN_GAP.get(code), _LIMITED_AFTER_IN.get(code)):
        if pattern is None:
            continue
        if ((m := pattern.match(text, end, reach)) is None and (m := pattern.match(text, opening, reach)) is None) \
                or m.end() > start:
            if aside is None:
                aside = is_aside(text, end, start) or _SET_OFF.fullmatch(text, end, start) is not None
            m = None if aside else next((m for m in pattern.finditer(text, end, reach) if m.end() <= start), None)
        if m is not None and m.end() > m.start():  # with its words up to the gap's next comma ("except the guards")
            return m.start(), (stop.start() if (stop := _CLAUSE_STOP.search(text, m.end(), start)) else start)
    return None


_GAP_OPENS = lazy(r"[\s,，、(（-]*")  # what may stand before the words left out's first
# words set off whole by commas, brackets or dashes, with no clause's end inside
_SET_OFF = lazy(r"\s*(?:,[^,;:.!?]*,|\([^()]*\)|-[^-.;:!?]*-)\s*")
_CLAUSE_STOP = lazy(r"\s*(?:[,;:.!?)，、。；：！？）]|\s-\s)")


# A claim the sentence names, then rejects in its own predicate: "Pyongyang's claim that | the
# harvest was a record | is not supported by satellite data", "Reports that | the mine
# reopened | are false" (not "… were confirmed")
_CLAIM_THAT = lazy(r"\b(?:claims?|reports?|assertions?|allegations?|suggestions?|rumou?rs?|notion|idea|contention"
                   r"|stor(?:y|ies)|narrative) that [\"']?$")
_REFUTED_PREDICATE = lazy(
    r"[\"']?,? (?:(?:is|was|are|were|has been|have been|had been|remains?|remained|seems?|seemed|appears?|appeared)"
    r"(?: (?:also|simply|clearly|plainly|therefore|thus|however|now|still|widely|largely))?"
    r" (?:not (?:supported|borne out|backed|corroborated|credible|true|accurate|correct|plausible)"
    r"|unsupported|uncorroborated|unfounded|baseless|groundless|false|untrue|wrong|incorrect|inaccurate|mistaken"
    r"|doubtful|dubious|questionable|implausible|far-fetched|a myth|a fabrication|a lie|nonsense"
    r"|[\"']?(?:(?:pure|utter|sheer|complete|total) )?(?:fantasy|fiction|invention|fabrication|a hoax)"
    r"|(?:contradicted|disproved|disproven|refuted|debunked|discredited|belied|undermined) by"
    r"|(?:disputed|denied|rejected|dismissed|contested|challenged|questioned|doubted)"
    r" (?:by(?! (?:nobody|no one|none|few)\b)|as)\b)"
    r"|(?:does|did|do) not (?:hold up|stand up|hold water|square with)"
    r"|(?:lacks?|lacked) (?:evidence|support|credibility))\b")


def _claim_refuted(start: int, end: int, text: str) -> tuple[int, int] | None:
    """The claim's noun before the quote and the predicate after it that rejects the claim."""
    after = _REFUTED_PREDICATE.match(text, end)
    before = _CLAIM_THAT.search(text, max(0, start - 40), start) if after else None
    return (before.start(), after.end()) if before else None


def _would(quote: str, code: str = "en") -> bool:
    """Whether the quote's own words are of what would be: "Had the dam held, | the village
    would have survived"; not "Had the dam held, the village survived" (a question's)."""
    return (_WOULD_IN.get(code) or _WOULD).search(quote) is not None


def _asked(start: int, end: int, text: str, code: str, leading: bool, lo: int) -> tuple[int, int] | None:
    """The question mark right after the quote and the word opening the question right
    before it, where the quote is the body of a yes-or-no question the report asks."""
    if text[end - 1:end] == "?" or leading:
        return None  # quoted as a question
    sentence = max(text.rfind(c, lo, start) for c in "。！？.!?؟\n") + 1
    if _NOT_ASKED.search(text, max(lo, sentence), end):
        return None  # "Is there no doubt that …?", 这不就是…吗？, 你知道…吗？, なぜ…のか？
    if (pattern := _CJK_ASKED.get(code)) is not None and (m := pattern.match(text, end)):
        return end, m.end()
    if code == "en" and (back := _ASKED_BACK.match(text, end)) and (no := _ANSWERED_NO.match(text, back.end())):
        return start, no.end()  # "… | every week. Is that what you saw? A: Not every week."
    # (and in Chinese, Japanese and Korean too, a statement asked: "收成很好？农民可不这么说";
    # not the question quoted whole, its particle and all: "茂山矿山已经复产了吗")
    if not (m := _ASKED_AFTER_IN.match(text, end)) or pattern is not None and _ASKS_ITSELF_CJK.search(text, start, end):
        return None
    if code == "en" and _ANSWERED_YES.match(text, m.end()):
        return None  # "Has | the mine reopened? Yes, in May."
    if (opening := _ASKING_IN.get(code)) is not None and (o := opening.search(text, lo, start)):
        return o.start(), m.end()
    opens = sentence + len(text[sentence:start]) - len(text[sentence:start].lstrip())
    if opens == start - (start > 0 and text[start - 1] in "\"'") and not _ASKING_ITSELF.match(text, opens):
        return start, m.end()
    if code == "en" and _STATEMENT_ASKED.fullmatch(text, opens, start):
        return opens, m.end()  # "So | the mine has reopened? Not at all."
    if code == "en" and (asks := list(_QUESTION_OPENS_EN.finditer(text, opens, start))) \
            and not _TAKES_AS_FACT.search(text, asks[-1].end(), start):
        return asks[-1].start(), m.end()  # "…: has the regime | lost control?", "Has the regime, … | lost …?"
    if (true_that := _TRUE_THAT_IN.get(code)) and (asks := true_that.search(text, max(lo, start - 40), start)) \
            and (no := (_ANSWERED_NO if code == "en" else _ANSWERED_NO_ELSE).match(text, m.end())):
        return asks.start(), no.end()  # "Is it true that | the mine closed? No, that's a rumour."
    if code == "en" and _QUESTION_LABEL.fullmatch(text, opens, start) and (no := _ANSWERED_NO.match(text, m.end())):
        return opens, no.end()  # "Q: | You must have made a lot of money then? A: That's not right."
    return None


# A statement asked after a word that goes on from what was said: "So | the mine has reopened?"
_STATEMENT_ASKED = lazy(r"(?:and|so|but|then|really|and so|or)(?:,|\.\.\.|…)? [\"']?")
# … and an answer that bears the quote out: "Yes, it reopened in May."
# (a short answer alone: not "It was closed in May.", "Correct figures are scarce.")
_ANSWERED_YES = lazy(r"[\"')\]”’*]* (?:[\"']?(?:a|answer): )?[\"']?(?:(?:yes|yeah|yep)\b"
                     r"|(?:indeed|correct|that's right|that is right|it (?:has|did|is|was))(?=[.,;:!]|$))")
# An interviewer's line: "Q: …", "Question: …", "Host: …"
_QUESTION_LABEL = lazy(r"(?:q|question|interviewer|host)\s?: [\"']?")


# … and a statement the next sentence asks about, which the answer denies: "… every week. Is
# that what you saw? A: Not every week."
_ASKED_BACK = lazy(r"[\"')\]”’]*[.!]?[\"')\]”’]*\s+(?:so,? )?(?:is|was|isn't|wasn't) (?:that|this|it)"
                   r" (?:really |actually )?(?:true|right|correct|accurate|so|the case"
                   r"|what you (?:saw|see|heard|found|observed))\?[\"')\]”’*]*")
# "Is it true that …?" asks without doubting ("Yes" answers it as often), unless "No" does
_TRUE_THAT_IN = _compiled({
    "en": r"\b(?:is|was|isn't|wasn't) it (?:really |actually )?true (?:that )?$",
    "es": r"(?<!\w)(?:es|era) (?:realmente |de verdad )?(?:cierto|verdad) que $",
    "fr": r"(?<!\w)(?:est-il|est-ce|c'est) (?:vraiment )?vrai qu(?:e |')$",
    "de": r"(?<!\w)(?:stimmt es|ist es wahr),? dass $",
}, False)
# … and in those other languages: "No", "Non", "Nein", after a label or a speaker's name ("R:",
# "R :", "Kim:"); not "No hay duda", "No solo …", "Non seulement …"
_ANSWERED_NO_ELSE = lazy(r" (?:[\"']?[\w.'’-]{1,30}(?: \([^()]{1,30}\))? ?: )?[\"'«]? ?(?:no|non|nein)\b"
                         r"(?! (?:hay|cabe|solo|sólo|solamente|seulement|nur|sans|que)\b)")
# (after "A:", "Answer:" or a speaker's name: "PARK:", "Kim (defector):")
_ANSWERED_NO = lazy(r" (?:[\"']?(?:a|answer|[\w.'’-]{2,30}(?: \([^()]{1,30}\))?): )?[\"']?"
                    r"(?:no\b(?! (?:doubt|question|wonder|one|longer|more|matter)\b)|nope\b"
                    r"|not (?:true|so|at all|really|every|all(?! that)|always|that (?:much|many|often))\b"
                    r"|false\b(?! alarm)"
                    r"|(?:that|this|it)(?:'s| is| was) (?:not true|untrue|false|a rumou?r|a myth|fake|not right"
                    r"|not correct|wrong|not the case)\b"
                    # … or a witness who cannot say so, and says no more in that sentence: "I never
                    # saw that myself.", "I can't say." (not "I can't say how much, but they sold it")
                    r"|(?:(?:honestly|frankly|to be honest|well),? )?(?:(?:i )?(?:(?:never|did not|didn't|have not"
                    r"|haven't) (?:saw|see|seen|heard|hear|witnessed)|(?:can't|cannot|couldn't|could not) (?:say|tell"
                    r"|confirm|be sure)|(?:don't|do not) know)|i(?:'m| am) not (?:sure|certain)"
                    r"|not that i (?:know|saw|heard))"
                    r"(?: (?:that|it|this|so|of it|of that|anything like that))?(?: (?:myself|personally|either))?"
                    r"(?=[.!]|$))")


# Where an English yes-or-no question opens earlier in the sentence the quote ends: at its start,
# or after a colon, a comma, a dash or a quotation mark ("Analysts ask, has …?", "“Has the
# regime …?” the senator asked", "Has the regime, after years of sanctions, lost …?")
_QUESTION_OPENS_EN = lazy(r"(?:^|(?<=[.!?:;,] )|(?<=[.!?]\s\s)|(?<=\n)|(?<= - )|(?<=[\"(]))(?:and |so |but )?"
                          r"(?:did|does|do|is|are|was|were"
                          r"|has|have|had|can|could|will|would|should|shall) ")
# … whose own body the quote is, not a clause it takes as fact ("Is it surprising that | the
# markets collapsed?", "Has anyone explained why | …?", "Is it any wonder | …?")
# (not "that" of what may follow from another thing, or only be possible: "Does that mean |
# …?", "Does it mean that | …?", "Could it be that | …?", "Is it possible that | …?")
_TAKES_AS_FACT = lazy(r"\b(?:that(?! (?:mean|means|meant|show|shows|prove|proves|suggest|suggests|indicate"
                      r"|indicates|imply|implies|signal|signals)\b)(?<!\bmean that)(?<!\bshow that)(?<!\bprove that)"
                      r"(?<!\bimply that)(?<!\bsuggest that)(?<!\bindicate that)(?<!\bsignal that)(?<!\bit be that)"
                      r"(?<!\bpossible that)(?<!\blikely that)|why|how|what|who|whom|when|where|whether|if"
                      r"|wonder|surprising|surprised"
                      r"|coincidence|notice|noticed|forget|matter|explain|explained|know|knew|think|believe"
                      r"|remember|realise|realize|doubt|true)\b")
