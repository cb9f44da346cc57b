"""Words beside a figure or a superlative that a quote left out and that change what it says.

- what makes a figure a rate, or measures it: "Inflation reached 20%" of "Inflation reached
  20% a month", "Rice cost 3,000 won" of "… 3,000 won per kilogram", "… 7,000 dollars" of
  "… 7,000 dollars each", "Wages rose 5%" of "… 5% in dollar terms", "… 8,000 won" of "… on
  the black market", "iron exports fell 20%" of "Coal and iron exports fell 20% and 5%
  respectively" ("par mois", "al año", "pro Tag", "в месяц", "respectivement", 分别…和);
- a share of what the quote names: "the mines closed" of "Two of the mines closed", "coal
  mines …" of "Three of the five coal mines …", "Dos de | las cinco fábricas";
- what limits a superlative: "the largest floods" of "one of the largest floods", "largest
  city" of "the second largest city", "the largest flood" of "… since 2010" or "… in the
  province", "the Hyesan market is the largest" of "In Ryanggang province, the Hyesan market
  is the largest", "depuis 2010", "seit 2010", 最大的洪水 of 2010年以来最大的洪水 or of
  最大的洪水之一; and an ordinal as a superlative: "for the first time" of "… for the first
  time since 2015", "the first nuclear test" of "… in five years", "zum ersten Mal seit",
  "впервые с".

Not a time the figure was true at ("20% a year ago", "500 won a day later"), "per" as
"according to" ("per customs records"), "за месяц" ("over the month"), a figure a new
sentence or clause goes on from ("…, while coal output fell 3% and 4% respectively"), a year
("In 2019 the market closed | each winter" is no amount), a superlative the quote limits
already ("the worst in a generation", "ever recorded", "on record"), what its noun takes
("the sharpest rise | in rice prices", "the biggest purge | of trade officials"), nor an
opening aside ("In a statement,", "Among other things,", "Since then,"). A change quoted
without its "since …" is left alone: reviewers split on it. Positions are in normalised
(case-folded) text; each rule reads only the few words beside the quote.
"""

from __future__ import annotations

import re

from generator.lazyre import lazy
from generator.negations import primary_language, sentence_start

# --- what makes a figure a rate --------------------------------------------------------

# A quote ending on an amount: a number, with its unit or currency in a few words ("3,000
# won", "12 million tonnes of coal", "3% of its value"), or a multiple ("doubled",
# "100-fold"); not a year followed by words ("In 2019 the market").
_NUMBER = (r"(?:(?<![\d,.])\d(?:[\d,.' ]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|fifteen|twenty|thirty|forty|fifty|a few|several|a dozen|dozens of|hundreds of)\b)")
_WORD = r" [^\W\d_][\w'-]*"
_PERCENT = r"(?: ?%| per ?cent| percent| pour cent| por ciento| por cento| per cento| prozent| процент\w*)"
# (Each alternative starts with a digit or one of a few letters: looked for first, so that the
# search tries the rest at few of the tail's positions.)
_AMOUNT = lazy(rf"(?=[\ddtqhfesan])(?:{_NUMBER}{_PERCENT}(?:{_WORD}){{0,4}}"
               rf"|{_NUMBER}(?: (?:million|billion|thousand|mln|bn))?"
               rf"|(?!(?:19|20)\d\d\b){_NUMBER}(?: (?:million|billion|thousand|mln|bn))?(?:{_WORD}){{1,4}}"
               r"|\b(?:doubled|tripled|trebled|quadrupled|halved|\d+-fold|(?:two|three|ten|hundred)fold))"
               r"[\"')\]]?$")
_UNITS_EN = (r"day|week|fortnight|month|year|hour|minute|season|term|semester|shift|quarter|head|person|capita"
             r"|kilo|kilogram|kilogramme|kg|gram|pound|ounce|jin|tonne|ton|litre|liter|gallon|barrel|metre|meter"
             r"|hectare|acre|household|family|worker|resident|child|adult|soldier|student|bag|sack|box|carton"
             r"|bottle|pack|packet|bundle|crate|piece|unit|item|share|trip|ride|journey|ticket|crossing|load"
             r"|truckload|visit|night|meal|lesson|session|call|dose")
# "a year ago", "a day later", "a year on, …" are when the figure was true; "a year before
# 2017" and "a month on the black market" are rates.
_NOT_RATE_EN = (r"(?!'s| (?:ago|earlier|later|after|before(?! (?:19|20)\d\d)|from|into|of|or so|old|long|apart"
                r"|back|hence)\b| on(?:[,.;:!?)]|$| (?:from|since|after|and)\b))")
_BLACK_MARKET = {
    "en": r"on the (?:black|grey|gray|open|free|unofficial) market|at the (?:official|state|government|unofficial"
          r"|market|black[- ]market) (?:exchange )?(?:rate|price)",
    "fr": r"(?:au|sur le) marché (?:noir|parallèle|libre)|au (?:taux|prix|cours) (?:de change )?officiel",
    "es": r"en el mercado (?:negro|paralelo|libre)|al (?:tipo de )?cambio oficial|al precio oficial",
    "pt": r"no mercado (?:negro|paralelo|livre)|(?:ao|à) (?:taxa|cotação) oficial|ao preço oficial",
    "it": r"al mercato (?:nero|parallelo|libero)|al cambio ufficiale|al prezzo ufficiale",
    "de": r"auf dem schwarzmarkt|zum offiziellen (?:kurs|preis)",
    "ru": r"на (?:ч[её]рном|вольном|свободном) рынке|по (?:официальному|рыночному) курсу",
}
_RATE_AFTER = {
    "en": rf" (?:(?:a|an|per|each|every|for each|for every) (?:{_UNITS_EN})s?\b{_NOT_RATE_EN}"
          # "every two weeks", "every 10 days", "every other month"
          rf"|every (?:other|second|third|two|three|four|five|six|seven|eight|nine|ten|few|couple of|\d+)"
          rf" (?:{_UNITS_EN})s?\b"
          # "per" is a rate but as "according to" ("per customs records", "per the agreement")
          r"|per (?!(?:the|a|an|his|her|its|their|our|this|that|these|those|cent|centum|se|records?|data|figures?"
          r"|statistics|estimates?|reports?|sources?|officials?|state|customs|media|accounts?|testimony|witnesses"
          r"|residents|traders|agreement|contract|decree|orders?|rules?|regulations?|law|instructions?)\b)[^\W\d_]+"
          r"|(?:annually|yearly|monthly|weekly|daily|hourly|nightly|per annum|apiece|a piece|a pop)\b"
          r"|each\b(?! other)"
          r"|in (?:nominal|real|dollar|u\.?s\.? dollar|yuan|won|euro|rouble|ruble|local[- ]currency|per[- ]capita"
          r"|annual|annuali[sz]ed|inflation[- ]adjusted|relative|absolute|percentage|value) terms"
          rf"|{_BLACK_MARKET['en']}"
          r"|(?:year|month|week)[- ]on[- ](?:year|month|week)|on an? (?:annual|monthly|daily|yearly|weekly) basis)",
    "fr": r" (?:(?:par|chaque) (?:jour|semaine|mois|an|année|heure|tête|habitant|personne|kilo|kilogramme|kg"
          r"|tonne|litre|famille|ménage|ouvrier|travailleur|hectare|sac|caisse|visite)s?\b"
          r"(?! (?:plus|après|avant|suivant|dernier))"
          r"|l'an\b(?! (?:dernier|passé|prochain|suivant|d'avant))|le kilo\b|pièce\b|l'unité\b|chacune?\b"
          r"|(?:annuellement|mensuellement|quotidiennement|hebdomadairement)\b"
          rf"|en (?:termes|valeur) (?:réels|réelle|nominaux|nominale)|{_BLACK_MARKET['fr']})",
    "es": r" (?:(?:al|por|cada) (?:día|mes|año|semana|hora)\b(?! (?:siguiente|pasado|anterior|de|después)\b)"
          r"|por (?:cabeza|persona|habitante|kilo|kilogramo|kg|tonelada|litro|familia|hogar|trabajador|hectárea"
          r"|saco|caja|visita)s?\b"
          r"|(?:anuales|anual|mensuales|mensual|diarios|diarias|semanales|cada uno|cada una|la unidad|el kilo)\b"
          rf"|en términos (?:reales|nominales)|{_BLACK_MARKET['es']})",
    "pt": r" (?:(?:ao|por|cada) (?:dia|mês|ano|semana|hora)\b(?! (?:seguinte|passado|anterior|de|depois)\b)"
          r"|por (?:cabeça|pessoa|habitante|quilo|kg|tonelada|litro|família|trabalhador|hectare|saco|caixa)s?\b"
          r"|(?:anuais|anual|mensais|mensal|diários|diárias|semanais|cada um|cada uma|o quilo)\b"
          rf"|em termos (?:reais|nominais)|{_BLACK_MARKET['pt']})",
    "it": r" (?:(?:al|a|ogni|per) (?:giorno|mese|anno|settimana|ora)\b(?! (?:successiv|precedent|prima|dopo|scorso))"
          r"|all'(?:anno|ora)\b|(?:a|per) (?:testa|persona|abitante|famiglia|chilo|kg|tonnellata|litro|ettaro"
          r"|sacco|cassa)\b|al chilo\b|pro capite\b|(?:annui|annue|annuo|annua|mensili|mensile|giornalieri"
          rf"|giornaliere|ciascuno|ciascuna|cadauno)\b|in termini (?:reali|nominali)|{_BLACK_MARKET['it']})",
    # "pro" is always "per"; "je" also "ever" and "je nach" ("depending on")
    "de": r" (?:pro [^\W\d_]+|je (?:tag|woche|monat|jahr|stunde|kopf|person|einwohner|kilo|kilogramm|kg|tonne"
          r"|liter|familie|haushalt|arbeiter|hektar|stück|sack)\b|(?:im|am) (?:monat|jahr|tag)\b(?! (?:\d|zuvor"
          r"|davor|danach|darauf|nach|vor|der|des))|(?:jährlich|monatlich|täglich|wöchentlich|stündlich|das stück"
          rf"|das kilo)\b|(?:real|nominal|inflationsbereinigt)(?=[.,;:!?)]|$)|{_BLACK_MARKET['de']})"
          r"|,? in (?:dollar|euro|yuan|won|us-dollar) gerechnet",
    # "в месяц" is a rate, "за месяц" ("over the month") a period
    "ru": r" (?:в (?:день|сутки|неделю|месяц|год|час|смену)(?=\s*(?:[.,;:!?)]|$|и |по |при |на |—|-|после |до "
          r"|с |со |из-за |вслед ))"
          r"|(?:ежедневно|ежемесячно|ежегодно|еженедельно)\b"
          r"|(?:на|за) (?:человека|душу населения|голову|семью|работника|килограмм|кг|тонну|литр|штуку|гектар"
          rf"|мешок)\b|в (?:реальном|номинальном|долларовом) выражении|{_BLACK_MARKET['ru']})",
    "uk": r" (?:на (?:день|добу|тиждень|місяць|рік|годину|зміну)(?=\s*(?:[.,;:!?)]|$|і |й |та |по |при |—|-"
          r"|після |до |з |через ))|(?:щодня|щоденно|щомісяця|щомісячно|щороку|щорічно|щотижня)\b"
          r"|(?:на|за) (?:людину|особу|душу населення|голову|сім'ю|родину|працівника|кілограм|кг|тонну|літр"
          r"|штуку|гектар|мішок)\b|у (?:реальному|номінальному|доларовому) (?:вимірі|вираженні)"
          r"|на чорному ринку)",
}
# "Coal and iron exports fell 20% | and 5% respectively": the figures go with what the
# sentence lists in turn, not with the words the quote gives them. Only figures, their units
# and the words joining them may come between; "…, while coal output fell 3% and 4%
# respectively" is another clause.
_RESPECTIVELY = {"en": "respectively", "fr": "respectivement", "es": "respectivamente",
                 "pt": "respe(?:c)?tivamente", "it": "rispettivamente", "ru": "соответственно", "de": "beziehungsweise"}
_JOINED = {"en": "and|or", "fr": "et|ou", "es": "y|o", "pt": "e|ou", "it": "e|o", "ru": "и|или", "de": "und|oder"}
# (Atomic groups and possessive quantifiers: a long list of figures with no "respectively"
# after it is given up in one pass, not tried in every way it could be split.)
def _figure(word: str) -> str:
    return (r"(?>(?: (?:to|by|of|at|de|del|della|di|à|a|um|un|una|auf|на|до)(?= [$€£¥\d]))?"
            r" [$€£¥]?\d(?:[\d,.']|\s(?=\d))*+(?: ?%| per ?cent| percent)?+"
            rf"(?: (?!{word}\b)[^\W\d_][\w'-]*+){{0,4}}+)")


_RESPECTIVELY_AFTER = {
    code: rf"(?>,? (?:{_JOINED[code]})|,)(?>{_figure(word)}(?>,? (?:{_JOINED[code]})|,)?+)++,? {word}\b"
          rf"|,? {word}\b"
    for code, word in _RESPECTIVELY.items()
}
_RESPECTIVELY_AFTER["de"] += r"| (?:bzw\.|beziehungsweise) "  # between the figures: "um 20 % | bzw. 5 %"
# The quote has the word and one figure of the list: "… augmenté respectivement de 30 % | et de 12 %"
_NEXT_FIGURE = {code: rf"(?:,? (?:{_JOINED[code]})|,){_figure(_RESPECTIVELY[code])}" for code in _JOINED}
_RESPECTIVELY_IN_QUOTE = lazy("|".join(_RESPECTIVELY.values()) + r"|分别|分別")
_CJK_NEXT_FIGURE = lazy(r"(?:和|与|與|、|及)\s?\d")

# --- what bounds a figure after it, or gives another ------------------------------------

# A bound or a hedge after the figure: "20 people were arrested" of "… arrested, maybe more",
# "300 yuan" of "300 yuan or more", "aged 60" of "aged 60 and over"; and another figure the
# report gives as likely: "on May 3" of "on May 3 or 4", "in 2019" of "in 2019 or 2020". Not an
# estimate ("300 yuan or so", "give or take"), which the figure is still, as "about 300" is; nor
# "at least" going on to a figure or a word ("…, at least one of them a child", "at least in
# Hyesan"); nor an equivalent set off by a comma ("3,000 yuan, or about 5 million won").
_CLOSES = r"(?=[.,;:!?)\]\"']|$)"
# (… or its verb: "Men aged 60 and over | were exempt"; not "and over | the next year", "and above all")
_CLOSES_EN = (r"(?=[.,;:!?)\]\"']|$| (?:was|were|is|are|had|have|has|must|may|can|could|will|would|should"
              r"|received|got|paid|died|fled|left|came|went|took|faced|in|at|per|each|to)\b)")
_HEDGED_AFTER = {
    "en": r"(?:,? or (?:even )?(?:more|fewer|less|higher|lower|above|over|upwards)| and (?:over|above|older|up|upwards)"
          rf"){_CLOSES_EN}|(?: and more"
          r"|,? (?:maybe|perhaps|possibly|probably|likely|if not) (?:more|fewer|less|higher|lower|even more)"
          rf"|,? (?:at (?:least|most|a minimum|a maximum))){_CLOSES}",
    "fr": rf"(?: ou (?:plus|moins|davantage)|,? (?:voire|peut-être|sinon|si ce n'est) (?:plus|davantage|moins)"
          rf"|,? (?:au moins|au minimum|au maximum|au bas mot)){_CLOSES}",
    "es": rf"(?: o (?:más|menos)|,? (?:quizá|quizás|tal vez|acaso|si no) (?:más|menos)"
          rf"|,? (?:al menos|como mínimo|como máximo|por lo menos)){_CLOSES}",
    "pt": rf"(?: ou (?:mais|menos)|,? (?:talvez|se não) (?:mais|menos)|,? (?:pelo menos|no mínimo|no máximo))"
          rf"{_CLOSES}",
    "it": rf"(?: o (?:più|meno)|,? (?:forse|se non) (?:di )?(?:più|meno)|,? (?:almeno|come minimo|al massimo))"
          rf"{_CLOSES}",
    "de": rf"(?: oder (?:mehr|weniger)|,? (?:vielleicht|wenn nicht|wohl eher|eher) (?:mehr|weniger)"
          rf"|,? (?:mindestens|wenigstens|höchstens)){_CLOSES}",
    "ru": rf"(?: или (?:больше|более|меньше|менее)|,? (?:а то и|если не|может,? и|возможно,?) (?:больше|более"
          rf"|меньше)|,? (?:как минимум|по меньшей мере|как максимум)){_CLOSES}",
}
# (what only could be, "The test could yield 100 kilotons, if not more", is so with more too;
# not May the month: "In May, rice cost 3,000 won | or more")
_POSSIBLE = lazy(r"\b(?:could|might|would|can|(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\buntil )(?<!\blast )(?<!\bearly )"
                 r"(?<!\blate )(?<!\bby )(?<!\bfrom )(?<!\bthis )(?<!\bnext )may(?![,.;:!?]| \d)"
                 r"|podría|podrían|puede|pueden|pourrait|pourraient|peut|peuvent"
                 r"|könnte|könnten|kann|können|potrebbe|potrebbero|può|poderia|poderiam|pode|может|могут|мог|могла"
                 r"|могли|могло)\b")
# … and a month, a day of the week or a season the report gives as the other time it may have
# been: "in March" of "in March or April", "on Monday" of "on Monday or Tuesday"
_TIMES = ("january|february|march|april|may|june|july|august|september|october|november|december"
          "|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
          "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter"
          "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
          "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
          "|januar|februar|märz|juni|juli|oktober|dezember")
_TIME_WORDS = frozenset(_TIMES.split("|"))
_OTHER_TIME = lazy(rf" (?:or|ou|o|oder|или) (?:in |en |im |en el |в )?(?:early |late |mid-?|the end of |début |fin "
                   rf"|anfang |ende )?(?:{_TIMES})\b"
                   r"(?! not\b)")
# … or another number: "on May 3 | or 4", "May 3 | or May 4"; "January 8, 1983 | , or 1984" only
# where the figure ends there (with no unit between: "paid 6,000 won | or 2 dollars" names what
# it was worth)
_OTHER_NUMBER = lazy(rf" (?:or|ou|o|u|oder|или) (?:(?:{_TIMES}) )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine"
                     r"|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)|, or \d[\d,.]*(?=[.;:!?)]|,\s|$)")

# … or the unit or currency of a figure the quote ends on bare: "Rice rose to 6,500" of "… 6,500
# won per kilogram", "12.5 million" of "12.5 million tonnes" (not a year: "in 2019 | won the bid")
_BARE_FIGURE_END = lazy(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d(?:[\d,.']*\d)?(?: (?:million|billion|thousand|mln|bn))?$"
                        r"|\d (?:million|billion|thousand|mln|bn)$")
_UNIT_AFTER_EN = lazy(r" (?:won|yuan|renminbi|rmb|dollars?|usd|euros?|yen|rubles?|roubles?|pounds?|tonnes?|tons?"
                      r"|kilo(?:gram(?:me)?)?s?|kg|grams?|litres?|liters?|metres?|meters?|kilomet(?:re|er)s?|km|miles?"
                      r"|hectares?|acres?|barrels?)\b")

# --- a share of what the quote names, or a superlative limited ---------------------------

# Right before a quote that opens on what they are a share of: "Two of | the mines closed",
# "Three of the five | coal mines", "Dos de | las cinco fábricas", "Metade das | minas". Not
# "all of", "each of", "both of" (the quote says as much), nor "Article 12 of |".
_SHARE_BEFORE = {
    # (not "All five of | the mines", "Every one of |", "each of", "both of": the quote says as much)
    "en": r"(?<![\w-])(?<!\ball )(?<!\bevery )(?<!\beach )(?<!\bboth )"
          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|much|few|half"
          r"|(?<!make )(?<!made )(?<!makes )(?<!making )little"  # not "made little of", played down
          r"|a third|a quarter|two thirds|three quarters|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?)"
          r"|a fraction|a handful|a minority|a majority|a number|a couple|dozens"
          r"|hundreds|thousands|(?<!article )(?<!section )(?<!chapter )(?<!paragraph )(?<!clause )(?<!page )"
          r"(?<!resolution )(?<!no\. )\d+(?: per ?cent| percent| ?%)?) of"
          r"(?: (?:the|these|those|its|their|his|her|our)(?: (?:\d+|two|three|four|five|six|seven|eight|nine|ten"
          r"|twelve|twenty))?)? $"
          # "Half the | villages": "of" left out
          r"|(?<![\w-])half $"
          # "One in five | children": a share, in words as in digits
          r"|(?<![\w-])(?:one|two|three|four|five|\d+) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven"
          r"|eight|nine|ten|twenty|\d+) $"
          # "Almost all (of) | the mines closed": not all of them
          r"|(?<![\w-])(?:almost|nearly|virtually|practically|just about|not quite) all(?: of)?"
          r"(?: (?:the|these|those|its|their|his|her|our)(?: (?:\d+|two|three|four|five|six|seven|eight|nine|ten"
          r"|twelve|twenty))?)? $",
    "fr": r"(?<![\w-])(?:deux|trois|quatre|cinq|certain(?:e)?s|plusieurs|beaucoup|la moitié|la plupart|une partie"
          r"|\d+(?: ?%| pour cent)?) (?:des|de ces|d'entre les)(?: [^\W\d_]+| \d+)? $",
    "es": r"(?<![\w-])(?:dos|tres|cuatro|cinco|algun[oa]s|vari[oa]s|much[oa]s|la mitad|la mayoría|parte"
          r"|\d+(?: ?%| por ciento)?) de(?: (?:los|las|estos|estas)(?: [^\W\d_]+| \d+)?)? $",
    "pt": r"(?<![\w-])(?:dois|duas|três|quatro|cinco|alguns|algumas|vários|várias|muitos|muitas|metade|a maioria"
          r"|parte|\d+(?: ?%| por cento)?) d(?:os|as|estes|estas)(?: [^\W\d_]+| \d+)? $",
    "it": r"(?<![\w-])(?:due|tre|quattro|cinque|alcun[ie]|molt[ie]|la metà|la maggior parte|parte"
          r"|\d+(?: ?%| per cento)?) (?:dei|degli|delle|di questi|di queste)(?: [^\W\d_]+| \d+)? $",
    "de": r"(?<![\w-])(?:zwei|drei|vier|fünf|einige|mehrere|viele|die hälfte|ein teil|die meisten"
          r"|\d+(?: ?%| prozent)?) (?:der|dieser)(?: [^\W\d_]+| \d+)? $",
    "ru": r"(?<![\w-])(?:две|два|три|четыре|пять|несколько|многие|большинство|половина|часть|треть|четверть"
          r"|\d+(?: ?%| процент\w*)?) из(?: (?:этих|тех|них))? $",
    "uk": r"(?<![\w-])(?:дві|два|три|чотири|п'ять|кілька|багато|більшість|половина|частина|третина|чверть"
          r"|\d+(?: ?%| відс\w*)?) (?:з|із|зі)(?: (?:цих|тих|них))? $",
}
# Right before a quote that opens on a superlative: "one of | the largest", "among |", "the
# second | largest city".
_SUPERLATIVES_EN = (r"largest|biggest|highest|lowest|worst|best|deadliest|poorest|richest|greatest|strongest"
                    r"|weakest|longest|shortest|heaviest|fastest|slowest|oldest|youngest|coldest|hottest|driest"
                    r"|wettest|harshest|severest|steepest|sharpest|smallest|tightest|cheapest|dearest|busiest|widest"
                    r"|deepest|costliest|bloodiest|fiercest|toughest|fewest|hardest")
_LIMITED_BEFORE = {
    "en": r"(?<![\w-])(?:(?:one|some|two|three|several|many|another) of|among|amongst"
          r"|(?:the )?(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th))",
    "fr": r"(?<![\w-])(?:(?:l'une?|une?) des|parmi|(?:le|la|les) (?:deuxième|troisième|second|seconde))",
    "es": r"(?<![\w-])(?:(?:uno|una) de|entre|(?:el|la|los|las) (?:segund|tercer)[oa]s?)",
    "pt": r"(?<![\w-])(?:(?:um|uma) d(?:os|as)|entre|(?:o|a|os|as) (?:segund|terceir)[oa]s?)",
    "it": r"(?<![\w-])(?:(?:uno|una) (?:dei|degli|delle)|tra|fra|(?:il|la|i|le) (?:second|terz)[oaie])",
    "de": r"(?<![\w-])(?:(?:eine?|einer|eines) der|zu den|unter den|(?:der|die|das) (?:zweit|dritt)\w*)",
    "ru": r"(?<![\w-])(?:(?:одн[оаи]|один|одним|одной|одного) из|среди|(?:второ|трет)\w+)",
}
_SUPERLATIVE_START = {
    "en": rf"[\"'(\[]?(?:the |its |their |his |her |our )?(?:{_SUPERLATIVES_EN}|most|least)\b",
    "fr": r"[\"'(\[]?(?:(?:les|la|le) )?(?:[^\W\d_][\w'-]* ){0,4}?(?:plus|moins|meilleur|pire)\w*\b",
    "es": r"[\"'(\[]?(?:(?:los|las|el|la) )?(?:[^\W\d_][\w'-]* ){0,4}?(?:mayor|peor|mejor|menor|más)\w*\b",
    "pt": r"[\"'(\[]?(?:(?:os|as|o|a) )?(?:[^\W\d_][\w'-]* ){0,4}?(?:maior|pior|melhor|menor|mais)\w*\b",
    "it": r"[\"'(\[]?(?:(?:i|le|il|la|gli) )?(?:[^\W\d_][\w'-]* ){0,4}?(?:più|maggior|peggior|miglior|minor)\w*\b",
    "de": r"[\"'(\[]?(?:(?:die|der|das|den) )?(?:grösst|höchst|schlimmst|best|niedrigst|tiefst|stärkst|meist"
          r"|schwerst|kleinst|ärmst|reichst|tödlichst|verheerendst)\w*\b",
    "ru": r"[\"'(\[]?(?:крупнейш|сам(?:ый|ая|ое|ые|ого|ой|ых|ым)\b|наибольш|наихудш|худш|лучш|высочайш|\w+ейш)",
}
# A superlative near the quote's end, and right after it what limits it: "the largest flood
# | since 2010", "the highest price | in a decade", "the deadliest attack | this year".
_SUPERLATIVE_EN_AT = (rf"(?:(?:^|\s)(?:(?:the|its|their|his|her|our|are|is|was|were|be|been) (?:most|least)"
                      rf"|(?<!at )(?<!at the )(?:{_SUPERLATIVES_EN}))\b|\w's (?:most|least)\b)")
# Words after a superlative in the quote that limit it already: "in", "since", "ever", "of the …"
# (not "of" taking its noun's object: "the biggest purge of trade officials").
_QUOTE_LIMIT_EN = (r"(?:in|since|for|this|on record|among|outside|so|to|except|ever|yet|across|along|within"
                   r"|of (?:the|all|any|its|their|these|those|\d+|two|three|four|five))\b")
_SUPERLATIVE_END = {
    # its noun and what it takes, but not a limit the quote has already ("the worst in a
    # generation", "the largest flood ever recorded", "the worst on record")
    "en": _SUPERLATIVE_EN_AT
          + rf"(?: (?!{_QUOTE_LIMIT_EN})[\w'-]+){{0,4}}[\"')\]]?$",
    "fr": r"(?:^|\s)(?:plus|moins|meilleure?s?|pires?)(?: (?!(?:depuis|dans|en|jamais)\b)[\w'-]+){0,3}$",
    "es": r"(?:^|\s)(?:mayor(?:es)?|peor(?:es)?|mejor(?:es)?|más)(?: (?!(?:desde|en|jamás)\b)[\w'-]+){0,3}$",
    "pt": r"(?:^|\s)(?:maior(?:es)?|pior(?:es)?|melhor(?:es)?|mais)(?: (?!(?:desde|em|no|na|jamais)\b)[\w'-]+){0,3}$",
    "it": r"(?:^|\s)(?:più|maggior[ei]|peggior[ei]|miglior[ei])"
          r"(?: (?!(?:dal|dalla|dai|in|nel|nella|mai)\b)[\w'-]+){0,3}$",
    "de": r"(?:^|\s)(?:grösst|höchst|schlimmst|niedrigst|tiefst|stärkst|schwerst|kleinst|ärmst|tödlichst)\w*"
          r"(?: (?!(?:seit|in|im|je)\b)[\w'-]+){0,3}$",
    "ru": r"(?:^|\s)(?:крупнейш|наибольш|наихудш|худш|высочайш|сам(?:ый|ая|ое|ые|ого|ой|ых|ым)\b)\w*"
          r"(?: (?!(?:с|в|за|среди)(?!\w))\w+){0,3}$",
}
# A superlative a few more words back, limited already by place but not by time: "the most
# iron ore of any mine in the country | last year".
_SUPERLATIVE_NEAR_EN = lazy(_SUPERLATIVE_EN_AT + r"(?: (?!(?:on record|ever|yet|since|so far|to date)\b)"
                            r"[\w'-]+){0,9}[\"')\]]?$")
# What opens the sentence and limits the superlative the quote has: "In Ryanggang province,
# | the Hyesan market is the largest", "Since the border closed, |", "Among the poorest
# provinces, |"; not an aside ("In a statement,", "In fact,").
# … and the quote's superlative has no limit of its own ("Since then, | the market has become
# the busiest in Ryanggang")
_UNLIMITED_SUPERLATIVE_EN = lazy(_SUPERLATIVE_EN_AT + rf"(?: (?!{_QUOTE_LIMIT_EN})[^\s]+)*$")
_SCOPE_BEFORE_EN = lazy(r"(?:in|among|amongst|since|across|outside|within|of)"
                        r" (?!(?:a|an|its|his|her|their|the)(?: [^\s,]+){0,2}"
                        r" (?:statement|report|interview|speech|letter"
                        r"|article|broadcast|editorial|commentary|post|message|video)\b)"
                        r"(?!(?:short|fact|addition|particular|general|practice|theory|turn|contrast|response"
                        r"|total|any case|other words|sum|brief|effect|principle|public|private|truth"
                        r"|other things|then|that time|course|note|which|whom)\b)"
                        r"[^,.;:!?\n]{1,50}, [\"'(\[]?$")
# "since" as "because" opens a clause, with its own subject and verb: "took first place | since
# the Japanese team was disqualified", "the largest market | since it sits on the border"
_CAUSAL_SINCE = (r"(?![^.,;:!?]{0,40}?\b(?:it|they|he|she|we|i|you|is|are|was|were|has|have|had|does|do|did|can"
                 r"|could|will|would|no)\b)")
_TIME_LIMIT_EN = lazy(r" (?:since\b" + _CAUSAL_SINCE + r"|so far\b|to date\b"
                      r"|(?:this|last) (?:year|decade|century|month|season|week"
                      r"|winter|summer|spring|autumn|fall|quarter)\b|in (?:19|20)\d\d\b)")
_COUNT = (r"(?:(?:more than|over|nearly|almost|at least|about|some|around|the past|the last|recent) )?"
          r"(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|several|many)")
# After "in", a superlative's noun may take its object rather than a limit: "the sharpest
# rise | in rice prices".
_CHANGE_EN = "".join(rf"(?<!\b{noun})" for noun in (
    "rise rises drop drops fall falls increase increases decrease decline jump surge growth gain gains loss losses"
    " cut cuts change changes reduction interest shortfall shortage shortages investment share stake role").split())
_LIMITS_AFTER = {
    "en": _CHANGE_EN + r" in (?!(?:the )?(?:price|prices|output|production|exports|imports|trade|supply|supplies)\b)\w"
          r"| (?:since\b" + _CAUSAL_SINCE + r"|so far\b|on record\b|to date\b|except\b|outside\b|among\b|along\b"
          r"|across\b|within\b"
          r"|nationwide\b|anywhere\b|on (?:the|its|this)\b|of (?:the|all|any|its|\d+|two|three|four|five) \w"
          rf"|(?:in|for) (?:{_COUNT} (?:years|decades|months|weeks|generations|year|decade|month|week|generation)"
          r"|decades|years|months|weeks|a generation|living memory|recent (?:years|memory|history|times|decades)"
          r"|the (?:region|province|county|country|city|district|area|capital|north|south|east|west|world|border"
          r"|past|last|history|\d+)|(?:19|20)\d\d)\b"
          r"|(?:this|last) (?:year|decade|century|month|season|week|winter|summer|spring|autumn|fall|quarter)\b"
          r"|of (?:the (?:year|decade|century|season|past|last)|recent (?:years|decades)|(?:19|20)\d\d)\b)",
    # a place or a time after "in" (and "depuis 2010", "seit 2010", "с 2010 года", …)
    "fr": r" (?:(?:dans|en) (?:la |le |les |l')?[^\W\d_]|depuis\b|jusqu'ici|à ce jour|cette année"
          r"|de (?:l'année|la décennie|mémoire)|(?:des|de ces) (?:dernières|derniers|\d+) "
          r"|d(?:e la|e l'|u|es) (?:province|région|pays|ville|district|comté|côte|frontière|nord|sud|est|ouest"
          r"|monde|asie)\b)",
    "es": r" (?:en (?:la |el |los |las )?[^\W\d_]|desde\b|hasta ahora|este año"
          r"|de(?:l| la| los| las)? (?:provincia|región|país|ciudad|distrito|costa|frontera|norte|sur|mundo|asia)\b"
          r"|de (?:la década|los últimos|este año|la historia)\b)",
    "pt": r" (?:(?:em|no|na|nos|nas) [^\W\d_]|desde\b|até agora|deste ano|d(?:os|as) últim[oa]s\b"
          r"|da (?:década|história)\b)",
    "it": r" (?:(?:in|nel|nella|nei|negli|nelle|nell') ?[^\W\d_]|dal \d|da (?:\d+ anni|anni|decenni)|dall'inizio"
          r"|degli ultimi|di quest'anno|finora)",
    "de": r" (?:in (?:der |dem |den )?[^\W\d_]|seit\b|bisher\b|dieses jahres|des jahres)",
    "ru": r" (?:с (?:\d{4}|начала)|за (?:последн\w+ )?(?:\d+|десят\w+|много\w*|полвека|век)|в (?:регионе|провинции"
          r"|этом году)|этого года|в истории)",
}
# Where the words that limit a superlative come before it, or name a share after it (CJK).
_CJK_LIMITED_BEFORE = {
    "zh": r"(?:\d{4}年|多年|几十年|幾十年|数十年|數十年|十年|二十年|有史|历史|歷史)(?:以来|以來|来|來)的?$",
    "ja": r"(?:\d{4}年|数十年|過去\d+年|史上|観測史上)(?:以来|ぶり|で|の)?の?$",
    "ko": r"(?:\d{4}년|수십 년|\d+년) ?(?:이후|만에|만의|이래)? ?$",
}
# 最 "most", not 最近 "recently", 最初 "at first", 最后 "last"; 최대 "largest", not 최근 "recently"
_CJK_SUPERLATIVE_START = {"zh": r"最(?![近初后後终終])", "ja": r"最(?![近初後終])", "ko": r"최(?:대|고|악|저|다|장)"}
_CJK_SUPERLATIVE_START_IN = {code: lazy(p) for code, p in _CJK_SUPERLATIVE_START.items()}
_CJK_SHARE_AFTER = {"zh": r"之一", "ja": r"の(?:一つ|ひとつ|一人|ひとり|一角)", "ko": r" ?(?:중|가운데) 하나"}


def _compiled(table: dict[str, str], suffix: str = "") -> dict[str, re.Pattern[str]]:
    return {code: lazy(pattern + suffix) for code, pattern in table.items()}


_RATE_AFTER_IN = _compiled(_RATE_AFTER)
_RESPECTIVELY_IN = _compiled(_RESPECTIVELY_AFTER)
_NEXT_FIGURE_IN = _compiled(_NEXT_FIGURE)
_SHARE_BEFORE_IN = _compiled(_SHARE_BEFORE)
_LIMITED_BEFORE_IN = _compiled(_LIMITED_BEFORE, r"[- ]?$")
_SUPERLATIVE_START_IN = _compiled(_SUPERLATIVE_START)
_SUPERLATIVE_END_IN = _compiled(_SUPERLATIVE_END)
_LIMITS_AFTER_IN = _compiled(_LIMITS_AFTER)
_CJK_LIMITED_BEFORE_IN = _compiled(_CJK_LIMITED_BEFORE)
_CJK_SHARE_AFTER_IN = _compiled(_CJK_SHARE_AFTER)
_HEDGED_AFTER_IN = _compiled(_HEDGED_AFTER)
_LOOK = 40  # characters of the quote's end, or of the text before it, a rule reads


def figure_cut(start: int, end: int, text: str, language: str, leading: bool,
               trailing: bool) -> list[tuple[int, int]]:
    """The stretches beside the quote text[start:end] that make its figure a rate or limit
    its superlative or its share (see the module's docstring). `leading`, `trailing`: the
    quote starts or ends with an ellipsis, which stands for other words than these."""
    code = primary_language(language) or "en"
    return ([] if trailing else _after(start, end, text, code)) + ([] if leading else _before(start, end, text, code))


def _after(start: int, end: int, text: str, code: str) -> list[tuple[int, int]]:
    found = []
    tail = text[max(start, end - _LOOK):end]
    if _AMOUNT.search(tail):
        for table in (_RATE_AFTER_IN, _RESPECTIVELY_IN, _HEDGED_AFTER_IN):
            if (p := table.get(code)) is not None and (m := p.match(text, end)) \
                    and not (table is _HEDGED_AFTER_IN and _POSSIBLE.search(text, max(start, end - 2 * _LOOK), end)):
                found.append((end, m.end()))
        if _RESPECTIVELY_IN_QUOTE.search(text, start, end):
            nxt = _CJK_NEXT_FIGURE if code in ("zh", "ja") else _NEXT_FIGURE_IN.get(code)
            if nxt is not None and (m := nxt.match(text, end)):
                found.append((end, m.end()))
    if (p := _SUPERLATIVE_END_IN.get(code)) is not None and p.search(tail) \
            and (m := _LIMITS_AFTER_IN[code].match(text, end)):
        found.append((end, m.end()))
    elif code == "en" and (m := _TIME_LIMIT_EN.match(text, end)) \
            and _SUPERLATIVE_NEAR_EN.search(text, max(start, end - 2 * _LOOK), end):
        found.append((end, m.end()))
    if text[end - 1:end].isdigit() and (m := _OTHER_NUMBER.match(text, end)):
        found.append((end, m.end()))  # "on May 3 | or 4", "in 2019 | or 2020"
    if code == "en" and _BARE_FIGURE_END.search(tail) and (m := _UNIT_AFTER_EN.match(text, end)) \
            and not re.search(rf"\b{m.group().strip()}\b", text[start:end]):
        found.append((end, m.end()))  # "rose to 6,500 | won" (not "rose to 9,100 won, up from 1,750 | won")
    if _last_word(tail) in _TIME_WORDS and (m := _OTHER_TIME.match(text, end)):
        found.append((end, m.end()))  # "in March | or April"
    if (p := _CJK_SHARE_AFTER_IN.get(code)) is not None and (m := p.match(text, end)):
        found.append((end, m.end()))
    if (p := _FIRST_END_IN.get(code)) is not None and p.search(tail) and (m := _FIRST_SINCE_IN[code].match(text, end)):
        found.append((end, m.end()))  # "for the first time | since 2015", "the first test | in five years"
    return found


def _last_word(tail: str) -> str:
    """The tail's last word ("march" of "… in march"; "mid-march" whole), or ""."""
    words = tail.rsplit(None, 1)
    return words[-1] if words else ""


# An ordinal that a time limits as a superlative is: "Kim visited the border for the first time
# | since 2015", "It was the first nuclear test | in five years", "pour la première fois |
# depuis 2015", "zum ersten Mal | seit 2015", "впервые | с 2015 года"
_FIRST_END = {
    "en": r"\b(?:first|second|(?<!\ba )(?<!\bone )third)(?: [\w'-]+){0,3}[\"')\]]?$",  # (not "a third" of it)
    "fr": r"\b(?:premi(?:er|ère)s?)(?: [\w'-]+){0,2}$",
    "es": r"\bprimer[oa]?s?(?: [\w'-]+){0,2}$",
    "de": r"\b(?:zum ersten mal|erste[nrs]?(?: [\w'-]+){0,2})$",
    "ru": r"\b(?:впервые|перв(?:ый|ая|ое|ые|ого|ой)(?: \w+){0,2})$",
}
_FIRST_SINCE = {
    "en": rf" (?:since\b{_CAUSAL_SINCE}|in (?:{_COUNT}) (?:years?|decades?|months?|weeks?|days?)\b"
          r"|in (?:years|decades|a decade|a generation|living memory)\b)",
    "fr": r" depuis\b",
    "es": r" desde\b",
    "de": r" seit\b",
    "ru": r" (?:с|за) (?:\d|последн|начала|тех пор)",
}
# … and in Chinese, Korean and Japanese, where the time comes first: 自2017年以来 | 首次试射,
# 2017년 이후 | 처음으로 발사했다, 5年ぶりに | 初めて
_CJK_FIRST_AT = lazy(r"(?:首次|第一次|头一次|頭一次|처음으로|최초로|初めて)")
_CJK_SINCE_END = lazy(r"(?:以来|以來|이후|이래|만에|以降|ぶりに?)[，,、]? ?$")
# (not since its own completion: 自2014年建成以来 | 首次通车, the first ever)
_COMPLETED_BEFORE = lazy(r"(?:建成|完成|完工|竣工|落成|开通|開通|완공|착공|준공|개통|完成の?|竣工の?)"
                         r"(?:\s?\d+\s?(?:년|年|개월|か月))?\s?$")
_FIRST_END_IN = _compiled(_FIRST_END)
_FIRST_SINCE_IN = _compiled(_FIRST_SINCE)


def _before(start: int, end: int, text: str, code: str) -> list[tuple[int, int]]:
    found = []
    lo = max(0, start - _LOOK)
    if (p := _SHARE_BEFORE_IN.get(code)) is not None and text[start:start + 1].isalnum() \
            and (m := p.search(text, lo, start)):
        found.append((m.start(), start))
    if (p := _LIMITED_BEFORE_IN.get(code)) is not None and _SUPERLATIVE_START_IN[code].match(text, start) \
            and (m := p.search(text, lo, start)):
        found.append((m.start(), start))
    if code == "en" and _UNLIMITED_SUPERLATIVE_EN.search(text, start, end) \
            and (m := _SCOPE_BEFORE_EN.match(text, sentence_start(text, start), start)):
        found.append((m.start(), start))
    if _CJK_FIRST_AT.match(text, start) and (m := _CJK_SINCE_END.search(text, max(0, start - 4), start)) \
            and not _COMPLETED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        found.append((m.start(), start))  # "首次试射" of "自2017年以来首次试射"
    if (p := _CJK_LIMITED_BEFORE_IN.get(code)) is not None and _CJK_SUPERLATIVE_START_IN[code].match(text, start) \
            and (m := p.search(text, lo, start)):
        found.append((m.start(), start))
    return found
