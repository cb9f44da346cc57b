"""Words right before a quote that leave its words a clause the report does not vouch for,
where negations.py looks for a "that" or a negation of the quote's own verb and finds none:

- a doubt of the clause, with no "that": "Nobody believes | the regime collapsed", "Nothing
  indicates | …", "There is nothing to suggest | …", "It is too early to say | …", and in
  other languages ("Personne ne croit que |", "Nadie cree que |", "Никто не верит, что |",
  没有人相信 |);
- a rejection of the claim the quote is: "dismissed claims | the mine reopened", "disputed
  the notion |", "scoffed at reports that |", "Contrary to claims by state media that |",
  "falsely reported |", "Officials pretend |", "act as if |", 否认了 |;
- what was not done: "Rather than | reopen the mine", "Instead of | releasing the prisoners";
- an adverb by which it did not quite happen, or is only said to: "The dam nearly |
  collapsed", "The general allegedly | embezzled";
- a quantifier that turns the claim about the rest around: "Few | economists believe",
  "Hardly any | traders came"; and the "a" of "A few | analysts" left out ("few analysts");
- a limit opening the clause: "In theory, | private trade is banned", "On paper, |",
  "Officially, |", 理论上，|, 建前上は、|, 서류상으로는 |;
- what was stopped, refused, denied or only charged: "The plant stopped | producing uranium",
  "denied having | ordered", "was accused of | smuggling", "a refusé de |", "dejó de |",
  "weigerte sich, |", "отказался |", 停止 | (not where that is itself negated: "never
  stopped | producing");
- a hedge, or hearsay written in the verb: "The official probably | fled", "Apparently, |
  the mine reopened", "Le général aurait | détourné", "habría | desviado", "Der General
  soll | Geld unterschlagen haben", 可能 |, おそらく |, 아마도 |. Not "reportedly" nor "по
  слухам": the report's report, cited as such.

Not a modal or a verb of intent ("could | reach 5,000", "The main objective is to |
revitalize the economy"): what a plan or a possibility would do, quoted as a verb with no
subject, asserts nothing, and a claim that says "The stated aim is to …" rightly quotes it
so. Each rule was narrowed after a review of faithful quotes it flagged: not where the doubt
or rejection is itself denied ("Few would dispute claims |", "It is not too early to say |",
不可否认), nor "Contrary to reports | the harvest was poor" (the report's own correction),
"wrongly | convicted" (he was), "I doubt | it," said a trader, "almost | 2019", a table's word
inside a longer one ("geplant"), or 代わりに and 대신 (as often "in exchange for"). Positions
are in normalised (case-folded) text.
"""

from __future__ import annotations

import functools
import re

from generator.lazyre import lazy
from generator.negations import (CJK, CLAIMED_WHEN, DENIABLE, ING_PREPOSITIONS, REGIME_VOICE, RELATIVE_VERB,
                                 ZH_UNDENIED, confirmed, primary_language, starts_word)
from generator.ranges import CLAUSE_OPENS

_OPEN = r"[\"'(\[]?"  # a quotation mark or bracket the quote may start inside
# How far before a quote each kind of lead-in can start: a pattern anchored at the quote is
# tried at every position of its window, so each reads no further than its longest match
# ("nobody in north hamgyong would seriously believe any longer that |", "contrary to recent
# claims by the state news agency that |", "on the verge of |")
_REACH = {"once": 20, "doubt": 72, "neither": 140, "first account": 40, "despite": 240, "told": 72,
          "rejected": 80, "not done": 24, "adverb": 24, "hedge": 40, "few": 32,
          "a few": 12, "limit": 36, "stopped": 40, "other": 64, "cjk": 24, "scenario": 120}
_THAT = r"(?: that)?"

# --- doubt and rejection, English --------------------------------------------------------
_DOUBTING = (
    # "Nobody in Hyesan believes", "Few traders think" (not "a few", some)
    r"\b(?:nobody|no one|(?<!a )(?<!quite a )(?<!good )few|hardly anyone|scarcely anyone)"
    r"(?: (?:in|at|among|from|outside) [\w'-]+(?: [\w'-]+)?| [a-z]+s)?"
    r"(?: (?:would|could|can|will|now|still|really|seriously|actually))*"
    r" (?:believes?|believed|thinks?|thought|expects?|expected|accepts?|accepted|buys?|bought"
    r"|confirms?|confirmed|verif(?:y|ies|ied)|prove[ds]?|proven|corroborat(?:e|es|ed))"  # "Nobody can confirm |"
    r"(?: (?:any longer|anymore|now))?"
    r"(?: (?:the|these|such|any) (?:claims?|reports?|stor(?:y|ies)|assertions?|idea|notion) that)?" + _THAT
    + r"|\b(?:nothing|little)(?: (?:so far|yet|here|now))? (?:indicates|indicated|suggests|suggested|shows|showed"
      r"|proves|proved|confirms|confirmed|supports|supported)" + _THAT
    + r"|\b(?:there is|there's|there was|there has been|we have|we found|(?:we|i|they) (?:have )?(?:seen|found))"
      r" (?:nothing|little)(?: so far| yet)?"
      r" to (?:suggest|indicate|show|prove|confirm|support the (?:idea|claim|view))" + _THAT
    + r"|\b(?:lack|absence)(?<!\bno lack)(?<!\bno absence)(?<!\bany lack)(?<!\bany absence)"  # not "no lack of"
      r" of (?:any )?(?:evidence|proof|signs?|indications?)(?: to suggest)? that"
    + r"|\b(?:too early|too soon|premature) to (?:say|conclude|tell|claim|declare|assume)" + _THAT
    + r"|\b(?:wrong|false|untrue|incorrect|inaccurate|a mistake|an error|misleading|naive|premature|nonsense|absurd"
      r"|ridiculous|preposterous|laughable)"
      r" to (?:conclude|say|claim|suggest|assume|think"
      r"|believe)" + _THAT
    + r"|\b(?:impossible|inconceivable|implausible|unthinkable|doubtful) that"
    # "Imagery suggests, but does not prove, that |" (at a word's start, as every other branch:
    # opening with ", " made the pattern four times slower)
    + r"|\b(?<=, )but (?:(?:does|did|do|could|can|would|has|have|had)(?: not|n't)|cannot)"
      r" (?:prove|confirm|show|establish|verify|demonstrate)[sdn]?, that"
    + r"|\bit (?:is|was|seems|looks|remains|appears)(?: (?:highly|very|most|still))? (?:unlikely|improbable|doubtful)"
    + _THAT
    + r"|\bnor (?:is|was|has been) there (?:any )?(?:sign|evidence|indication|proof)" + _THAT
    + r"|\b(?:falsely|wrongly|mistakenly|erroneously|incorrectly|inaccurately) (?:reported|reports|claimed|claims"
      r"|said|says|stated|states|alleged|alleges|asserted|asserts|announced|announces|believed|believes|assumed"
      r"|assumes|suggested|suggests|told [\w-]+)"
      # … and when or where: "mistakenly reported last week that |", "falsely claimed at a press conference that |"
      r"(?: (?:last|this|on|in|at|earlier|early|late|yesterday)(?: [\w-]+){0,3})?" + _THAT
    + r"|\b(?:scant|no|little) (?:evidence|proof|sign)" + _THAT
    # "had no information to support a media report that |", "One claim we could not verify: that |"
    + r"|\bno (?:information|evidence|basis|grounds) to (?:support|confirm|back up|corroborate)"
      r" (?:the |a |an |any |such )?(?:[\w'-]+ )?(?:reports?|claims?|allegations?|accounts?)" + _THAT
    + r"|\b(?:could|can|did|have|has|were|was)(?: not|n't)(?: independently)? (?:verify|confirm|corroborate)"
      r"(?: independently)?: that"
    # "The Panel did not find evidence that |", "Inspectors have found no sign that |"
    + r"|\b(?:(?:did|does|do|could|can|has|have|had)(?: not|n't)|cannot|failed to|never)(?: (?:yet|so far|ever))?"
      r" (?:find|found|see|seen|uncover|uncovered|produce|produced|offer|offered|provide|provided|present|presented)"
      r" (?:any )?(?:(?:credible|hard|firm|direct|independent|clear|conclusive) )?"
      r"(?:evidence|proof|signs?|indications?)"
      r"(?: to suggest)?" + _THAT
    + r"|\b(?:far-fetched|a stretch) to (?:think|say|claim|suggest|believe)" + _THAT
    + r"|\b(?:i|we|they|analysts|experts|observers|officials|residents|defectors|traders|many|some|others|sources"
      r"|diplomats|critics|researchers|locals)(?: (?:still|also|now|strongly|seriously|privately))? doubt(?:ed)?"
    + _THAT  # "Defectors doubt |" (the verb: not "No doubt |", "Without a doubt |")
    + r"|\bpretend(?:s|ed|ing)?" + _THAT
    # "Investigators ruled out that |", "… ruled out the possibility that |"; a belief denied
    # by its holder: "I don't think |" (neg-raising: it says "I think it will not")
    + r"|\brul(?:e|es|ed|ing) out(?: the (?:possibility|idea|suggestion|notion|claim|theory))? that"
    + r"|\b(?:do|does|did)(?: not|n't) (?:really |honestly |actually )?(?:think|believe|suppose)" + _THAT
    # a view the report sets up to knock down: "It is a common misconception that |", "It is
    # tempting to think that |", "It would be easy to conclude that |", "One might argue that |"
    + r"|\b(?:misconception|fallacy|misunderstanding)(?<!\bno misconception)(?<!\bno fallacy)"
      r"(?<!\bno misunderstanding) that"
    + r"|\btempting to (?:think|conclude|assume|believe|say|suppose)" + _THAT
    + r"|\bwould be (?:easy|tempting) to (?:think|conclude|assume|believe|say|suppose)" + _THAT
    + r"|\b(?:one|some|others|critics|skeptics|sceptics) (?:might|could|may|would) (?:well )?(?:argue|think|assume"
      r"|conclude|suppose|say|claim)" + _THAT
    # "…not enough evidence to conclude that |", "I'm not saying | they're the same ships"
    + r"|\b(?:not enough|insufficient|too little) (?:evidence|proof)"
      r"(?: to (?:conclude|say|show|prove|suggest))?" + _THAT
    + r"|\b(?:not|never) (?:saying|suggesting|claiming|implying)" + _THAT
    + r"|\bas (?:if|though)"
    # a source the report itself doubts: "A dubious report in a Japanese tabloid said |",
    # "Exaggerated accounts on social media claimed that |"
    # (opening the sentence: not "Analysts who track fake accounts said that |"; "\b" first, as every
    # other branch: one opening with a lookbehind made the whole pattern four times slower)
    + r"|\b(?<![\w,;:'\")-] )(?:(?:a|an|the|some|many|several) )?"
      r"(?:dubious|questionable|unreliable|exaggerated|discredited|debunked|bogus|fake|false|fabricated"
      r"|baseless|unfounded|spurious|sensationalist)(?: [\w'-]+){0,2}? (?:reports?|accounts?|claims?|stor(?:y|ies)"
      r"|rumou?rs?|posts?|videos?|articles?|sources?|websites?|tabloids?|outlets?)(?: [\w'-]+){0,6}? (?:said|says"
      r"|claimed|claims|alleged|alleges|reported|reports|suggested|suggests|stated|states|asserted|asserts)" + _THAT
    # … or says, as it reports the claim, that it could not confirm it: "A source claimed — though
    # Daily NK could not confirm it — that |"
    + r"|\b(?<=[,-] )(?:though |but |although )?(?:[\w'-]+ ){0,4}?(?:could not|couldn't|cannot|can't|was unable to"
      r"|were unable to|has not been able to|have not been able to|did not|didn't) (?:independently )?"
      r"(?:confirm|verify|corroborate)(?: (?:it|this|the claim|the report))?(?:,| -) that"
)
# … or it is a scene imagined, or a story the report does not vouch for, each with one of
# _TOLD_WORD's words (looked for first: a long pattern tried at every position of its window)
_TOLD = (
    # a scene imagined: "Imagine | a country where every family has rice", "Let's say | the sanctions are lifted"
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?;:] ))(?:imagine|let's say|let us say|what if|suppose|supposing)" + _THAT
    + ",?"
    # … and what would follow in it: "Imagine if the border reopened tomorrow: | prices would
    # fall", "Suppose the border reopens, | prices would fall" (not the answer to "What if …?")
    # (not "Imagine the surprise of the traders: | the market had reopened")
    + r"|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?;:] ))(?:imagine (?:if|that)|suppose|supposing|what if) [^.!?:;]{1,60}?"
      r"(?::|,| -)"
    # a boast, and the story an untrusted source tells: "Officials boasted that |", "According
    # to state propaganda, |", "In the regime's telling, |", "As state television would have it, |",
    # "The Party line is that |"; a label it gives: "what state media hailed as | a great victory"
    + r"|\b(?:boast(?:s|ed|ing)?|brag(?:s|ged|ging)?) that"  # (not "Rason boasts | a casino")
    # … a rumour going round: "Rumours circulated in the markets this week that |", "It is
    # rumoured that |" (not "confirmed rumours that |", "said the rumours were nonsense and that |")
    + r"|\brumou?rs (?:circulated|circulating|spread|spreading|swirled|swirling|persist|persisted|abound"
      r"|abounded)(?: [\w'-]+){0,6}? that|\b(?:it is|it was|it's) (?:widely )?rumou?red that"
      r"|\bthere (?:are|were|have been) (?:unconfirmed )?rumou?rs that|\brumou?r has it(?: that)?"
    # … and a post or report the newsroom took back: "We have removed an earlier post saying that |"
    + r"|\b(?:removed|deleted|withdrawn|withdrew|retracted|took down|taken down|pulled) (?:an? |the |our |its )?"
      r"(?:earlier |previous |original )?(?:posts?|reports?|stor(?:y|ies)|tweets?|articles?|entr(?:y|ies)|items?)"
      r" (?:saying|stating|claiming|reporting|which said|that said)(?: that)?"
    # … a claim of the regime's voice, which the word doubts as "said" does not: "The regime
    # claimed | the missile hit its target", "Leader claims | harvest doubled" (not "The flood
    # claimed | 30 lives": _CLAIMED_OBJECT; nor "Sources claim |": the report's report)
    + r"|\b" + REGIME_VOICE
      # … past an aside, an adverb or a time: "KCNA, however, claimed that |", "Pyongyang has
      # long claimed that |", "The regime claimed on Monday that |"
    + r"(?:, (?:however|meanwhile|though|in turn|in contrast|by contrast|instead|too|also|again|moreover"
      r"|for (?:its|their|his|her) part),)?"
      r" (?:(?:has|had|have|also|again|long|repeatedly|often|always|previously|earlier|once|even|now|then|since"
      r"|officially|publicly|loudly|proudly) )*(?:claim|claims|claimed)" + CLAIMED_WHEN + r"(?: that)?"
    + r"|\baccording to (?:(?:the |state |official |regime |north korean |party |government )*propaganda"
      r"|the (?:regime|party)'s (?:propaganda|narrative|line)),?"
    + r"|\bin (?:the )?(?:[\w-]+ ){0,2}(?:regime|party|propaganda|state media|state television|state tv|kcna)'s"
      r" (?:telling|version|narrative),?|\bin the official (?:version|telling|narrative|account),?"
    + r"|\bas (?!(?:luck|fate|chance|fortune|providence)\b)(?:[\w'-]+ ){1,3}(?:would have it|tells it|told it),?"
    + r"|\b(?:the )?(?:party|official|regime|government) line (?:is|was) that"
    + r"|\b(?:hailed|touted|trumpeted|lauded|glorified|extolled) (?:it |them )?as"
    # … or says in mockery: "what one source sarcastically called | a great success"
    + r"|\b(?:sarcastically|ironically|mockingly|jokingly|derisively|facetiously|sardonically)"
      r" (?:called|calls|dubbed|dubs|termed|terms|labell?ed|described as|describes as|referred to as"
      r"|said|says)(?: [\w-]+){0,3}?(?: as)?(?: that)?,?"
    + r"|\b(?:purport|claim)(?:s|ed|ing)? to (?:show|depict|prove|document|reveal)"  # a photo "purporting to show |"
    # … "Oh sure, | the economy grew 10% last year, and I'm the Supreme Leader's tailor"
    # (not an answer's: "A: Oh sure, the trains ran every day, but …", after a colon or a question)
    + r"|(?:(?<![\s\S])|(?<=\n)|(?<=[.!] )|(?<=\*\*))(?:oh,? sure|yeah,? right),"
    # … "Imagine believing the | 'electricity surplus' line"
    + r"|\bimagine (?:anyone |people |someone )?(?:actually |still |really |seriously )?believing(?: the| that| in)?"
    + r"|'s (?:claims?|assertions?|boasts?|insistence) that"
    # what a plan, a draft or a goal would make so: "a plan under which |", "Kim's stated goal is
    # that |", "Under the draft regulation, |", "According to the cabinet's plan, |"
    # (not a plan in force: "introduced a plan under which farmers now keep", "a scheme whereby")
    + r"|\b(?:(?:announced|unveiled|proposed|drew up|drafted|outlined|floated|considering|considered|discussed"
      r"|debated|approved) (?:a |an |the |its |their )?(?:new |draft )?plans?|proposals?|drafts?|blueprints?)"
      r" (?:[\w'-]+ ){0,3}?(?:under which|whereby)"
    + r"|\b(?:goal|aim|target|objective|vision|dream|ambition|plan|idea|promise|pledge) (?:is|was|remains) that"
    + r"|\bunder (?:the |a |its |their )?(?:draft|proposed|planned) (?:laws?|rules?|regulations?|reforms?"
      r"|plans?|schemes?|decrees?|bills?|measures?|budgets?|agreements?|deals?),"
    # (not "According to the plan, | the bridge opened on May 1": as planned, it did)
    + r"|\baccording to (?:the |its |their |[\w'-]+'s )?(?:[\w'-]+ ){0,2}(?:proposal|draft),"
    # what holds only where the inverted clause says: "Only in Pyongyang do | state shops sell bananas"
    # (a place or a scope, not a time or a means: "Only since 2019 have | private shops operated")
    + r"|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?;:] ))only (?:in|at|among)"
      r" [^,.;:!?]{1,40}? (?:do|does|did|is|are|was|were|can|could|will|would|has|have|had)"
    # … or what the inverted clause denies: "Rarely do | border guards refuse a bribe", "Nowhere in
    # the report does | the ministry admit", "At no time did | officials confirm" (not "Not until
    # May did | the market reopen": it did, in May; nor "Never before had | the province received
    # so much": it did, now)
    + r"|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?;:] ))(?:rarely|seldom|never(?! before\b)|nowhere|hardly ever|scarcely ever"
      r"|at no time|under no circumstances|in no way|not once)(?: [^,.;:!?]{1,40}?)? (?:do|does|did|is|are|was"
      r"|were|can|could|will|would|has|have|had)"
)
_TOLD_WORD = lazy(r"imagine|let's say|let us say|what if|suppos|boast|brag|claim|propaganda|telling|version|narrative"
                  r"|rumo|removed|deleted|withdr|retracted|took down|taken down|pulled"
                  r"|would have it|tells it|told it|line is|line was"
                  r"|hailed|touted|trumpeted|lauded|glorified|extolled|sarcastic|ironic|mocking|joking|derisive"
                  r"|facetious|sardonic|oh sure|oh, sure|yeah right|yeah, right"
                  r"|purport|'s claim|'s assertion|'s boast|'s insistence|under which|whereby|is that|was that"
                  r"|remains that|draft|proposed|planned|proposal|only in|only at|only among|rarely|seldom|never"
                  r"|nowhere|hardly ever|scarcely ever|at no time|under no|in no way|not once")
_REJECTING = (r"(?:disprov(?:e|es|ed|ing)|disproven|debunk(?:s|ed|ing)?|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?"
              r"|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|contest(?:s|ed|ing)?"
              r"|rebut(?:s|ted|ting)?|contradict(?:s|ed|ing)?|disavow(?:s|ed|ing)?|question(?:s|ed|ing)?"
              r"|challeng(?:e|es|ed|ing)|quash(?:es|ed|ing)?|beli(?:e|es|ed)|belying"
              r"|laugh(?:s|ed|ing)? off|scoff(?:s|ed|ing)? at|mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)"
              r"|cast(?:s|ing)? doubts? (?:on|over)|no truth (?:to|in)|brush(?:es|ed|ing)? aside"
              r"|repudiat(?:e|es|ed|ing)|shot down|shoot(?:s|ing)? down|pour(?:s|ed|ing)? cold water on"
              r"|(?:denounc|label|labell|brand)(?:e|es|s|ed|ing)? as (?:lies|fabrications?|false|fake|untrue|nonsense"
              r"|propaganda|slander))")
_CLAIMS = r" (?:the |any |these |those |such |earlier |recent |foreign |media )*" + DENIABLE \
    + r"(?: (?:by|from|in)(?: [\w'-]+){1,4}?)?"
# ("Contrary to reports from Pyongyang, | the harvest was poor": with no "that", the report's
# own correction)
_REJECTED = r"\b" + _REJECTING + _CLAIMS + _THAT + r"|\bcontrary to" + _CLAIMS + " that"
# … not when the doubt or rejection is itself denied, over auxiliaries and adverbs: "Few would
# dispute claims |", "No one has disproved the claim |", "It is not too early to say |", "It
# would not be wrong to say |", "no longer premature", "It is difficult to deny reports that |";
# not "A few officials dismissed", "Not surprisingly, officials dismissed"
_DENIED_BEFORE = lazy(
    r"(?:\b(?:no one|nobody|none|(?<!a )(?<!quite a )(?<!good )few|hardly anyone|scarcely anyone|hardly|no longer"
    r"|(?:hard|difficult|impossible|no reason) to"
    r"|not(?! (?:surprisingly|unexpectedly|coincidentally|incidentally|only|just)\b)|never|cannot|without)|n't)"
    r"(?:,? if (?:any|ever),?)?"  # "Few, if any, | defectors doubt that"
    r"(?: (?:would|could|can|will|has|have|had|be|been|is|are|was|were|even|ever|yet|[a-z]+ly))* $")

# --- what was not done, and adverbs ------------------------------------------------------
# … or ruled out, or meant to be done and not ("The bank ruled out | a rate cut in June",
# "Pyongyang had planned to | launch the satellite in October")
_NOT_DONE = (r"\b(?:rather than|instead of|in lieu of|in place of|as opposed to|rul(?:e|es|ed|ing) out"
             r"|had (?:planned|intended|hoped|meant|expected|wanted|aimed) to)")
# (not "wrongly", "falsely", "mistakenly": "wrongly | convicted" was convicted; "falsely
# reported" is a doubt above)
_ADVERB = (r"\b(?:allegedly|supposedly|purportedly|ostensibly|nominally|nearly|almost|virtually|practically|all but"
           r"|partially|partly"  # "The bridge was partially | reopened"
           # a degree that turns the word after it around: "Rations were less | generous", "less
           # than | accurate", "the least | costly option" (after a verb of being or a degree, not
           # "Less | rice reached the market", "no less | important", "at least |", "none the less |",
           # "nothing less than | a warning")
           # (the word first, then what comes before it: looked behind only where the word is)
           r"|less(?:(?<=\bis less)|(?<=\bare less)|(?<=\bwas less)|(?<=\bwere less)|(?<=\bbe less)"
           r"|(?<=\bbeen less)|(?<=\bseemed less)|(?<=\bbecame less)|(?<=\bremained less)|(?<=\bgrew less)"
           r"|(?<=\bmuch less)|(?<=\bfar less)|(?<=\beven less)|(?<=\bever less)|(?<=\bincreasingly less)"
           r"|(?<=\bsomewhat less)|(?<=\bslightly less)|(?<=\bbit less)|(?<=\blittle less)|(?<=\brather less)"
           r"|(?<=\bstill less))|than(?<=\bless than)(?<!nothing less than)(?<!\bno less than)"
           r"|least(?:(?<=\bthe least)|(?<=\bits least)|(?<=\btheir least))"
           r"|c[ao]me close to|on the (?:verge|brink) of"
           r"|(?:allegedly|supposedly|purportedly|ostensibly|nominally),)")  # "Purportedly, |", ", allegedly, |"
# … and a hedge: "The official probably | fled to China", "Apparently, | the mine reopened",
# "It was perhaps | the worst famine", "Probably | 300 people died" (a figure too, unlike
# "almost | 2019 when …"). Not "reportedly": "Cadres reportedly | visited the mine" is the
# report's report, which the claim cites as such; nor "likely" as an adjective ("the likely |
# successor") or before what it does not govern ("is likely | to reopen", "more likely than").
_HEDGE = (r"\b(?:apparently|probably|possibly|presumably|seemingly|perhaps|maybe|reputedly|in all likelihood"
          r"|(?<!the )(?<!a )(?<!an )(?<!more )(?<!less )(?<!as )(?<!'s )(?<!its )(?<!his )(?<!her )(?<!their )"
          r"(?<!the most )likely),?"
          # (… and what is only reasonable to think: "It seems reasonable that |", "It's not
          # unreasonable to assume that |", "It stands to reason that |"; not "It makes sense that |",
          # which grants it, nor "It is safe to conclude that |")
          r"|\bit(?:'s| is| was| seems| seemed|'s seems| looks| looked| appears| appeared| would (?:seem|be|appear))"
          r"(?: (?:very|highly|quite|entirely|perfectly|fairly|not un))?"
          r" ?(?:likely|probable|possible|plausible|conceivable|reasonable|believable|feasible)"
          r" (?:that|to (?:assume|think|believe|suppose|expect|conclude|guess|speculate|infer)(?: that)?)"
          r"|\bit stands to reason that"
          # what is not ruled out, only possible: "Officials have not ruled out that |"
          r"|\b(?:cannot|can't|could not|couldn't|have not|haven't|has not|hasn't|had not|hadn't|did not|didn't"
          r"|do not|don't|does not|doesn't|would not|wouldn't|will not|won't) (?:yet |entirely |completely |fully )?"
          r"rul(?:e|ed) out(?: the possibility)? that"
          # a hope: "The hope in Rason is that |"
          r"|\b(?<!\bfor )(?<!\bof )(?:the|their|his|her|our|my|its|a) (?:[\w'-]+ )?hope"
          r"(?: (?:in|among|at|of) [\w'-]+(?: [\w'-]+)?)?"
          r" (?:is|was|remains) that"
          # … or what was once thought: "It was once widely thought that |"
          r"|\bit (?:was|had been) (?:once |long |previously |originally |at first )?(?:widely |commonly |generally )?"
          r"(?:thought|believed|assumed|expected|supposed) that"
          r"|\b(?<!as )(?<!so )(?<!how )it (?:seems|seemed|would seem|would appear)(?: that)?,?"
          r"|\bit (?:appears|appeared) that"  # (not "Unlikely as it seems, | …")
          # what may have been, or what a picture only seems to show: "The blast may have been |
          # caused by a failed launch", "A video appears to show | soldiers crossing the river"
          r"|\b(?:may|might|could)(?: well| possibly| even)? have been"
          r"|\b(?:appears?|appeared|seems?|seemed) to (?:show|depict|reveal|confirm|indicate|suggest)"
          # the speaker's own belief: "I think | the market closed", "We believe that |"
          r"|\b(?<!['-])(?:i|we) (?:(?:still|really|honestly|personally|first|initially|originally) )?(?:think"
          r"|believe|guess|suppose|reckon|suspect|assume|imagine|presume|thought|assumed|figured|imagined"
          r"|had (?:assumed|thought|believed|imagined)|(?:was|were) under the impression)(?: that)?,?"
          r"|\b(?:my|our) (?:understanding|impression|assumption) (?:is|was) that"
          # … and a post's "Thought | the DPRK was deploying panels in Hamburg before reading it again"
          # (a sentence's first word: what a lookbehind of its own at every offset made five times slower)
          r"|\b(?<![\w,;:'\")-] )(?:at first,? )?thought(?: that)?,?")
# … and a quantifier opening the clause that turns the claim about the rest around: "Few |
# economists believe", "…, but only a few | defectors reach", "Hardly any | traders came"
# (not "a few", "the past few", "Kim's few", "Mark Few praised": inside the clause)
_FEW = (CLAUSE_OPENS + r"(?:(?:(?:very|too|relatively|comparatively|precious|surprisingly|remarkably|strikingly"
        r"|vanishingly) )?few(?:,? if any,?)?|only a (?:very )?few"
        r"|not many|(?:hardly|scarcely|barely) any"
        # … or says it of some only: "Some | traders stopped selling", "A few | factories resumed"
        r"|some|a few|several|many|most)")
# … the "a" of "a few", whose "few" alone says the opposite: "A few | analysts" is some,
# "Few analysts" hardly any (only where the quote opens with "few")
_A_FEW = r"(?<![\w'-])(?:quite |a good )?a (?:very )?"
_FEW_AT = lazy(r"few\b")
# … and a limit opening the clause: what holds in theory, on paper, officially, not
# in fact ("In theory, | private trade is banned"; "The law, in theory, | bans it"); not
# "in theory and practice", nor a quote that says what holds in practice itself
# … or the measure a figure is of: "Per capita, | emissions fell by half" (not the total's)
# … or in a case supposed, not the one at hand: "In a best-case scenario, | the port could
# handle 5 million tonnes", "Hypothetically, |", "At best, |"
_LIMIT = CLAUSE_OPENS + (r"(?:(?:at least )?(?:in theory|in principle|on paper)|theoretically|officially(?=,)"
                         r"|hypothetically|in (?:a|the) (?:best|worst)(?:-| )case(?: scenario)?|at (?:best|most)(?=,)"
                         r"|(?:measured )?per (?:capita|head|person|household)(?=,? ))")
# … or in a scenario, a simulation or a war game: "In a war-game scenario run by the institute, |
# Chinese forces blockaded the port", "Under the most pessimistic of the three scenarios, |"
_SCENARIO = CLAUSE_OPENS + (r"(?:(?:in|under) (?:[\w'-]+ ){0,8}?(?:scenarios?|simulations?|war[- ]?games?"
                            # (… or an exercise: "In a tabletop exercise run by RAND, |")
                            r"|(?:tabletop|table-top) exercises?)(?: [\w'-]+){0,8}?,"
                            # … or a proposal not taken up: "Under the proposal, |", "Under the proposal,
                            # which Pyongyang has not answered, |" (not "Under the proposal approved in May,",
                            # "Under the draft budget, which the assembly approved, |")
                            r"|under (?:the|a|this|that|its|their|[\w'-]+'s) (?:[\w-]+ )?(?:proposal|draft)s?"
                            r"(?:, (?:which|that) [^,.;:!?]{0,60}?\b(?:not|never|yet to|rejected|shelved|dropped)\b"
                            r"[^,.;:!?]{0,40})?,"
                            r"|picture this:|imagine this:)")
# (looked for first: _LIMIT tries its lookbehinds at every offset)
_LIMIT_WORD = lazy(r"theor|principle|paper|officially|per |hypothetic|st-case|st case|at best|at most")
_IN_FACT = lazy(r"\b(?:in practice|in reality|in fact|de facto|actually)\b")
# … and what was stopped, denied or only charged, before a gerund: "The plant stopped |
# producing uranium", "gave up | building", "The captain denied | smuggling coal", "denied
# having | ordered", "was accused of | smuggling" (not "convicted of": found so)
_STOPPED = (r"\b(?:(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|ceas(?:e|es|ed|ing)|(?:gave|give|gives|giving|given) up"
            r"|abandon(?:s|ed|ing)?|den(?:y|ies|ied|ying)|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|outlaw(?:s|ed|ing)?"
            r"|(?:accused|suspected|charged|indicted) (?:of|with))"
            r"(?: having)?)")
_HAVING = lazy(r"having [\"'(\[]?$")
_ING_NOUN = lazy(r"[\"'(\[]?(?:wrongdoing|housing|meeting|funding|spending|training|financing"
                 r"|clothing|bombing|shelling|uprising|offering|warning|ruling|hearing|setting|evening"
                 r"|morning|nothing|anything|something|everything|wedding|beijing|nanjing|liaoning"
                 r"|" + ING_PREPOSITIONS + r")\b")  # ("Flights stopped | following the outbreak")
# … or an -ing word that names the kind of the thing after it: "banned | drinking establishments",
# "stopped | smuggling gangs", "abandoned | fishing villages", "stopped | visiting delegations"
_ING_MODIFIER = lazy(r"[\"'(\[]?[a-z]+ing (?:gangs?|rings?|establishments?|devices?|villages?|cooperatives?"
                     r"|delegations?|boats?|vessels?|ships?|trucks?|vehicles?|equipment|machines?|facilities"
                     r"|facility|centres?|centers?|stations?|grounds?|areas?|zones?|sites?|units?|teams?|groups?"
                     r"|permits?|licen[cs]es?|rights|season|operations?|networks?|companies|company|firms?"
                     r"|containers?|crates?|lanes?|routes?|agents?|documents?)\b")
# "Hyesan was once | the busiest hub", "The Musan mine, once | the largest …": what it was, no
# longer is (not "was once | arrested": one time)
_ONCE = r"(?:(?:\b(?:was|were|is|are|had been|has been|have been)|,) once|,? formerly|\bused to be)"
_ONCE_AT = lazy(r"[\"'(\[]?(?:the|a|an|one of|home to|part of|among|its|their|his|her)\b")
_CLAIMED = lazy(r"'s (?:claims?|assertions?|boasts?|insistence) that|\bboast|\bbrag|\bclaim|\brumou?r")
# … with no "that", a clause must follow, opening with a subject (not "Pyongyang claimed | 30
# lives", "The amount KCNA claimed | totalled $5 million"), and not what is claimed as one's own
_CLAIMS_AT_END = lazy(r"\bclaim(?:s|ed|ing)? $")
_CLAIMED_CLAUSE = lazy(r"(?![\"'(\[]?(?:\d|\w+ed\b))")
_CLAIMED_OBJECT = lazy(r"[\"'(\[]?(?:(?:the|a|an|their|his|her|its) )?(?:lives?|responsibility|credit|victory|asylum"
                       r"|titles?|seats?|ownership|rights?|benefits?|compensation|damages|refunds?|prizes?)\b")
_ONCE_DATED = lazy(r"\b(?:(?:19|20)\d\d|once)\b")


def _revised(text: str, end: int) -> bool:
    """Whether the report revises a first account soon after the quote of it at `end`, without
    confirming it first."""
    revised = _REVISED_AFTER.search(text, end, end + _REVISION_REACH)
    return revised is not None and not _CONFIRMED_AFTER.search(text, end, revised.start())


def _formerly(m: re.Match[str], start: int, end: int, text: str) -> bool:
    """Whether "once" before the quote text[start:end] is "formerly" of what it names: not one
    time ("was once | the target of a raid, in 2019", "once | the Tumen and once | the Yalu"),
    nor "as soon as" (", once | the border reopened"), which an aside's closing comma tells apart."""
    if not _ONCE_AT.match(text, start) or _ONCE_DATED.search(text, start, end):
        return False
    return not m.group().startswith(",") or text.startswith(",", end)


# A first account, which the report goes on to revise: "The ministry initially said | 12 people
# had died. On Friday it revised the toll to 31." (not one confirmed later: "… originally said
# that 300 people died; it was confirmed later")
_FIRST_ACCOUNT = (r"\b(?:initially|originally|at first|first) (?:said|reported|claimed|stated|announced|estimated"
                  r"|put the (?:toll|number|figure) at)" + _THAT)
# (a figure or an account revised, or standing at another figure now; unless confirmed first)
_REVISED_AFTER = lazy(r"\b(?:revis|correct|updat|rais|lower|chang|amend)(?:ed|ing|es|e)?"
                      r" (?:the |its |their |that |this |his |her )?(?:death )?(?:toll|figure|number|count|tally"
                      r"|estimate|total|account|statement|claim)s?\b"
                      r"|\b(?:retracted|withdrew|walked back)\b"
                      r"|\b(?:toll|figure|number|count|tally|total) (?:now )?(?:stands|stood) at\b")
_CONFIRMED_AFTER = lazy(r"\bconfirm(?:s|ed|ing)?\b")
_REVISION_REACH = 300  # characters after the quote its revision is looked for in


# "Neither Beijing nor Pyongyang has confirmed that |", further back than one subject's denial:
# "nor" and the second subject's words right before the verb (not "Neither Seoul nor Tokyo was
# surprised when Pyongyang confirmed that |")
_NEITHER = (r"\bneither\b[^.;:!?\n]{1,60}?\bnor(?:,? (?!(?:when|where|who|whom|which|that|after|before|because|as"
            r"|while|if|once|until|was|were|is|are|be|been)\b)[\w'’-]+){1,6},?"
            r" (?:(?:has|have|had|did|does|do|would|could|can|will)(?: yet| so far| ever| independently)? )?"
            r"(?:confirm(?:s|ed)?|verif(?:y|ies|ied)|acknowledg(?:e|es|ed)"
            r"|admit(?:s|ted)?|prove[ds]?|proven|show(?:s|ed|n)?|announc(?:e|es|ed)|said|says|say|stated|reported)"
            r"(?: (?:publicly|officially|independently))?" + _THAT)
# What state media says, in a sentence that opens by setting it against what is so: "Despite
# the plant idling on most days, the resident said state media has been reporting that |"
# (state media, not "officials": "Despite sanctions, officials said that | exports rose")
_DESPITE_CLAIM = (r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] ))(?:despite|in spite of|notwithstanding) [^.;:!?\n]{3,120}?,"
                  r" [^.;:!?\n]{0,80}?\b(?:state media|state-run media|state television|state tv|kcna|rodong sinmun"
                  r"|the regime|regime media|propaganda)(?: outlets?)?(?: (?:has|have|had) been| (?:has|have|had))?"
                  r" (?:report|claim|say|insist|announc|boast|assert|maintain|trumpet|tout)\w*(?: that)?")
# (the words each kind needs, looked for before its pattern is)
_WORDS_FIRST = {"once": ("once", "formerly", "used to be"), "despite": ("espite", "spite of", "otwithstanding"),
                "scenario": ("scenario", "simulat", "war game", "war-game", "wargame", "exercise", "proposal", "draft",
                             "picture this", "imagine this")}
_LIKELY_TO = lazy(r"likely $")
# A quote whose clause hedges itself with its first verb ("the DPRK could be switching", "the
# fire may have spread"): what it says is no firmer for the hedge before it left out
_HEDGED_ITSELF = lazy(r"[\"'(\[]?(?:(?!(?:who|that|which|whom|whose|in|of|since|until|by|from|early|late)\b)[\w'-]+ )"
                      r"{1,6}?(?:could|might|may)(?: well| possibly| perhaps)? (?:not )?(?:be|have)\b")
# (… and only after what is reasonable to think: a hedge of every other kind is not undone)
_REASONABLE_LEAD = lazy(r"(?:likely|probable|possible|plausible|conceivable|reasonable|believable|feasible)"
                        r" (?:that|to [a-z]+(?: that)?) [\"'(\[]?$")
_TO_OR_THAN = lazy(r"[\"'(\[]?(?:to|than)\b")
_EN = {
    "doubt": lazy(rf"(?:{_DOUBTING}) {_OPEN}$"),
    "neither": lazy(rf"(?:{_NEITHER}) {_OPEN}$"),
    "first account": lazy(rf"(?:{_FIRST_ACCOUNT}) {_OPEN}$"),
    "despite": lazy(rf"(?:{_DESPITE_CLAIM}) {_OPEN}$"),
    "told": lazy(rf"(?:{_TOLD}) {_OPEN}$"),
    "rejected": lazy(rf"(?:{_REJECTED}) {_OPEN}$"),
    "not done": lazy(rf"{_NOT_DONE} {_OPEN}$"),
    "adverb": lazy(rf"{_ADVERB} {_OPEN}$"),
    "hedge": lazy(rf"(?:{_HEDGE}) {_OPEN}$"),
    "few": lazy(rf"(?:{_FEW}) {_OPEN}$"),
    "a few": lazy(rf"{_A_FEW}{_OPEN}$"),
    "limit": lazy(rf"{_LIMIT},? {_OPEN}$"),
    "stopped": lazy(rf"{_STOPPED} {_OPEN}$"),
    "once": lazy(rf"{_ONCE} {_OPEN}$"),
    "scenario": lazy(rf"{_SCENARIO} {_OPEN}$"),
}
# A word the lead-in's clause ends with, the quote going on with other words ("I doubt | it,"
# said a student, …; "paid in flour instead of | cash," said a student, adding that …), or a
# verb right after "that" (negations.RELATIVE_VERB), which opens a relative clause of the
# claims, not the claim ("denied the rumours that | were circulating")
# (not the apostrophe of "they're", nor a figure's "1,000" or "3.5")
_OBJECT_ENDS = lazy(r"[\"'(\[]?[\w'-]+\s*(?:[,.;:!?\")\]](?<![,.](?=\d))|'(?![a-z]))")
# An adverb governs a clause or a verb, not a phrase it ends ("held virtually | for the first
# time", "came close to | the island"): "came close to" and "on the verge of" only a gerund
_NO_CLAUSE = lazy(r"[\"'(\[]?(?:for|while|when|in|on|at|to|from|with|by|after|before|during|since|until|and"
                  r"|but|or|as|because|than)\b|[^\w\"'(\[]")
_TAKES_GERUND = lazy(r"(?:close to|verge of|brink of) $")
_GERUND = lazy(r"[\"'(\[]?\w+ing\b")
_NUMBER_AT = lazy(r"[\"'(\[]?\d")

# --- other languages: a doubt of the clause, right before it -----------------------------
_DOUBTED_IN = {
    "fr": r"(?:personne ne (?:croit|pense|s'attend à ce)|(?:cela|ça|ce qui|ceci) ne (?:signifie|veut dire|prouve) pas"
          r"|rien (?:n'indique|ne prouve|ne montre|ne suggère"
          r"|ne permet de (?:dire|penser|conclure)|ne laisse (?:penser|supposer|croire))"
          r"|(?:il n'y a |sans )?(?:aucune?|pas de) (?:preuve|indication|indice|signe)s?"
          r"(?: (?:crédible|tangible|concrète|concret|solide|sérieuse|sérieux|formelle|formel|indépendante"
          r"|indépendant|fiable|directe|direct|réelle|réel)s?)?"
          r"|il est (?:faux|inexact|peu probable|improbable|impossible|tentant de (?:penser|croire|conclure|dire))"
          r"(?: (?:de (?:dire|prétendre|croire|penser)|d'affirmer))?"
          r"|il n'est pas (?:certain|sûr|clair|établi|prouvé|avéré)|n'exclu(?:t|ent|ait|aient) pas"
          r"|(?:il|ce) n'est pas (?:vrai|exact)"
          r"|(?<!pas )(?<!plus )(?:impossible|difficile) de (?:confirmer|vérifier|prouver|dire|affirmer|établir)"
          r"(?: avec certitude)?"
          # what no one can rule out, or too early to say: "On ne peut exclure que |", "Il est
          # trop tôt pour dire que |"
          r"|on ne (?:peut|saurait|pouvait|pourrait) (?:pas )?exclure|(?:il )?n'est pas exclu"
          r"|(?:il est )?(?:encore |bien )?trop tôt pour (?:dire|affirmer|conclure|confirmer)"
          # a false belief: "croient à tort que |", "entretiennent l'illusion que |"
          r"|(?:croi\w*|pens\w*) (?:à tort|faussement|par erreur)|l'illusion|la fausse impression) (?:que |qu')",
    "es": r"(?:nadie (?:cree|piensa|espera)|(?:esto|eso|ello|lo cual) no (?:significa|quiere decir|prueba)"
          r"|nada (?:indica|sugiere|prueba|demuestra)|no hay (?:pruebas|indicios"
          r"|evidencias?|señales|datos)(?: (?:creíbles|fehacientes|concluyentes|sólid[oa]s|clar[oa]s|independientes"
          r"|fiables|concret[oa]s|reales|firmes))?(?: de)?"
          r"|(?<!no )es (?:falso|improbable|poco probable|poco creíble|imposible)|(?<![\w¿-])no es (?:cierto|verdad)"
          r"|(?<!no )es (?:imposible|difícil) (?:confirmar|verificar|probar|demostrar|afirmar|decir)(?: con certeza)?"
          r"|no (?:se puede|se pueden|podemos|puede) (?:descartar|excluir)|no (?:es|está) descartado"
          r"|(?:no )?(?:descartan|descarta|descartaron|descartó|excluyen|excluye)"
          r"|es (?:todavía |aún )?demasiado pronto para (?:decir|afirmar|concluir)"
          r"|cree\w* (?:erróneamente|equivocadamente|falsamente)|la (?:ilusión|falsa impresión))"
          r" que ",
    "pt": r"(?:ninguém (?:acredita|acha|pensa|espera)|nada (?:indica|sugere|prova|demonstra)|não há (?:provas"
          r"|indícios|evidências?|sinais)(?: (?:credíveis|concretas|concretos|sólidas|sólidos|claras|claros"
          r"|independentes|fiáveis|confiáveis|conclusivas|conclusivos))?(?: de)?"
          r"|(?<!não )é (?:falso|improvável|pouco provável|impossível)"
          r"|(?<!não )é (?:impossível|difícil) (?:confirmar|verificar|provar|comprovar|afirmar|dizer)"
          r"|não (?:se pode|se podem|podemos) (?:descartar|excluir)"
          r"|é (?:ainda )?(?:cedo demais|muito cedo|demasiado cedo) para (?:dizer|afirmar|concluir)"
          r"|acredit\w* (?:erroneamente|equivocadamente|falsamente)) que ",
    "it": r"(?:nessuno (?:crede|pensa|si aspetta)|(?:nulla|niente) (?:indica|suggerisce|prova|dimostra)"
          r"|non ci sono (?:prove|indizi|segnali)(?: (?:credibili|concrete|concreti|solide|solidi|chiare|chiari"
          r"|indipendenti|attendibili|certe|certi|conclusive|conclusivi))?"
          r"|(?<!non )è (?:falso|improbabile|poco probabile|impossibile)"
          r"|(?<!non )è (?:impossibile|difficile) (?:confermare|verificare|provare|dimostrare|dire|affermare)"
          r"|non si (?:può|possono|poteva) escludere|non è escluso"
          r"|è (?:ancora )?troppo presto per (?:dire|affermare|concludere)"
          r"|cred\w* (?:erroneamente|falsamente|a torto)|l'illusione) che ",
    "de": r"(?:niemand (?:glaubt|denkt|erwartet)|(?:das|dies|was) (?:bedeutet|heisst|beweist) (?:aber |jedoch )?nicht"
          r"|nichts (?:deutet darauf hin|spricht dafür|weist darauf hin"
          r"|belegt|beweist)|es ist (?:falsch|unwahrscheinlich|unmöglich)"
          r"|es (?:stimmt|stimmte) (?:aber |jedoch |schlicht )?nicht|es ist (?:aber |jedoch )?nicht (?:wahr|richtig)"
          r"|es trifft nicht zu"
          r"|es gibt keiner?(?:lei)?(?: [a-zäöüß]+en)? (?:beweise|belege|hinweise|anzeichen|indizien)(?: dafür)?"
          r"|es ist (?:unmöglich|schwer|schwierig),? zu (?:bestätigen|belegen|beweisen|überprüfen|sagen)"
          r"|es ist nicht auszuschliessen|(?:man kann|lässt sich|kann man) (?:es )?nicht ausschliessen"
          r"|es ist (?:noch )?zu früh,? (?:um )?(?:zu sagen|zu behaupten)"
          r"|glaub\w* (?:fälschlicherweise|irrtümlich|fälschlich))"
          r",? dass ",
    "ru": r"(?:никто не (?:верит|считает|думает|ожидает)|не (?:верьте|верю|верим|верит|верят)"
          r"|(?:это|что) не (?:означает|значит)|ничто не (?:указывает|говорит|свидетельствует)"
          r" (?:на то|о том)|нет (?:никаких )?(?:[а-яё]+(?:ых|их) )?(?:доказательств|свидетельств|признаков|данных)"
          r"(?: того)?|маловероятно|вряд ли|неправда"
          r"|(?<!не )(?:невозможно|трудно|сложно|нельзя) (?:подтвердить|проверить|доказать|утверждать|сказать)"
          r"(?: с уверенностью)?|сомнительно|не исключа(?:ют|ет|ли|ла|л)|неясно|не ясно"
          r"|(?:ошибочно|ложно|напрасно) (?:полага|счита|дума|реши|верил)\w*),? что ",  # (a belief held wrongly)
    "uk": r"(?:ніхто не (?:вірить|вважає|думає)|немає (?:жодних )?(?:[а-яіїєґ']+(?:их) )?(?:доказів|свідчень|ознак)"
          r"(?: того)?|малоймовірно|неправда|(?<!не )(?:неможливо|важко|складно) (?:підтвердити|перевірити|довести"
          r"|стверджувати|сказати)),? що ",
    "zh": r"(?:(?:没有|沒有|无|無)人(?:相信|认为|認為)|(?:没有|沒有|并无|並無)(?:任何)?"
          r"(?:(?:可靠|确凿|確鑿|可信|直接|独立|獨立|明确|明確|充分|实质|實質)(?:的)?)?(?:证据|證據|迹象|跡象)"
          r"(?:表明|显示|顯示|证明|證明)?[，,：:]?|" + ZH_UNDENIED
          + r"(?:否认|否認|驳斥|駁斥|反驳|反駁)了?(?:有关|有關|关于|關於)?[：:]?"
          r"|很难说|很難說|难以断定|難以斷定|是否|(?:误|誤|错|錯)(?:以为|以為|认为|認為))",  # (not "尽管当局否认，| …";
          # 是否 "whether"; 误以为, thought wrongly)
}


# … and what was not done, or an adverb by which it did not quite happen or is only said to
# … and what was refused, not achieved, stopped or denied: "a refusé de |", "n'a pas réussi à |",
# "a cessé de |", "se negó a |", "no logró |", "dejó de |", "weigerte sich, |", "schaffte es
# nicht, |", "отказался |", "перестал |", 停止 |
# … and what "let alone" says did not happen either: "n'a pas reconnu l'épidémie, encore moins |
# publié le nombre de morts", "ni mucho menos |", "geschweige denn |", "muito menos |", "tantomeno |"
_LET_ALONE = {"fr": "et encore moins|encore moins", "es": "ni mucho menos|mucho menos|ni menos aún|y menos aún",
              "pt": "muito menos|quanto mais", "it": "tantomeno|tanto meno|men che meno", "de": "geschweige denn"}
for _code, _words in _LET_ALONE.items():
    _DOUBTED_IN[_code] += rf"|,? (?:{_words}),? "
# … and what is not clear, or only asked: "No está claro si |", "Ob | der Satellit funktioniert, ist unklar"
_DOUBTED_IN["es"] += r"|no (?:está|estaba|queda|quedaba|es) (?:claro|seguro) (?:todavía |aún )?si "
_DOUBTED_IN["de"] += r"|(?:(?<![\s\S])|(?<=[.!?:] )|(?<=\n))ob "

_UNDONE_IN = {
    "fr": r"(?:(?:presque|prétendument|soi-disant|supposément|quasiment|partiellement|en partie|(?:a|ont) failli"
          r"|comme si) |comme s'"
          r"|au lieu (?:de |d')"
          r"|plutôt que (?:de |d')?"
          r"|(?:refus|cess|arrêt)(?:e|ent|é|ée|és|ées|ait|aient) (?:de |d')|renonc\w* à |(?:nie|nient|nié) avoir "
          r"|n'(?:a|ont|avait|avaient) pas (?:réussi|pu|su) à |ne (?:sont|est|sera|seront) pas parvenue?s? à )",
    "de": r"(?:fast|beinahe|nahezu|angeblich|vermeintlich|teilweise|anstatt|statt|als ob|als wenn"
          r"|weigerte(?:n)? sich,?|schaffte(?:n)? es nicht,?|gelang (?:es )?(?:ihm|ihr|ihnen) nicht,?) ",
    "es": r"(?:supuestamente|presuntamente),? |(?:casi|parcialmente|estuvo a punto de|en (?:lugar|vez) de|como si"
          r"|se neg(?:ó|aron|aba|aban) a|no (?:logr|consigu|pud)\w*|dej(?:ó|aron|a|an|ado) de|neg(?:ó|aron) haber) ",
    "pt": r"(?:supostamente|alegadamente|pretensamente),? |(?:quase|parcialmente"
          r"|(?:esteve )?prestes a|em (?:vez|lugar) de|ao invés de"
          r"|(?:se )?recus\w+ a|deix(?:ou|aram|a|am) de|não (?:conseguiu|conseguiram)|neg(?:ou|aram) ter) ",
    "it": r"(?:quasi|presumibilmente|presuntamente|asseritamente|pressoché|parzialmente"
          r"|stava per|invece di|anziché|come se"
          r"|piuttosto che|rifiut\w+ di|smes\w+ di|smett\w+ di|non (?:è|sono) riuscit\w+ a) ",
    "ru": r"(?:почти|якобы|будто бы|как будто|словно|чуть не|едва не|практически|частично|вместо того,? чтобы|вместо"
          r"|отказ(?:ался|алась|ались|алось|ывается|ываются)|перестал\w*|прекратил\w*"
          r"|не (?:смог|смогла|смогли|удалось|сумел\w*)) ",
    "uk": r"(?:майже|нібито|начебто|наче|неначе|немовби|немов|ніби|частково"
          r"|замість того,? щоб|замість|відмовив\w*|перестав\w*"
          r"|не (?:зміг|змогла|змогли)) ",
    "zh": r"(?:几乎|幾乎|据称|據稱|据说|據說|(?<!打)听说(?!明)|(?<!打)聽說(?!明)|差点|差點|差一点|差一點|号称|號稱|而不是|而非|停止|放弃|放棄|未能|没能|沒能"
          r"|部分(?:地)?)",
    "ja": r"(?:ほぼ|まるで|部分的に)",  # (as if; in part)
    "ko": r"(?:거의|마치|부분적으로) ",
}
# … and a hedge, or hearsay written in the verb: "Le général aurait | détourné", "a
# probablement | fui", "habría | desviado", "Der General soll | Geld unterschlagen haben",
# 该官员可能已经 | 逃往中国. Not "sehr wohl" (indeed), "sich wohl" (at ease), "offenbar, dass"
# (it became evident that), 尽可能 and 尽一切可能 (as far as possible), "это возможно" (it is
# possible), nor a conditional asked ("Qui serait | le successeur ?"). (Case-folded:
# "mutmaßlich" is "mutmasslich".)
_HEDGED_IN = {
    "fr": r"(?:(?<!qui )(?<!que )(?<!quel )(?<!quelle )(?:[lmtsnj]'|qu')?aurai(?:t|ent) "
          r"|(?<=\w )(?<!qui )(?<!que )(?<!quel )(?<!quelle )(?<!ce )(?<!il )serai(?:t|ent) "
          r"|(?:se |s')?(?:trouverai(?:t|ent)|élèverai(?:t|ent)) "
          r"|(?:probablement|apparemment|peut-être|sans doute|vraisemblablement|présumément"
          r"|selon toute vraisemblance),? "
          r"|il (?:est|semble) (?:très |fort )?(?:probable|possible|vraisemblable) qu(?:e |')|peut-être qu(?:e |'))",
    "de": r"(?:(?:soll(?:en)?|dürften?|womöglich|offenbar) |(?:(?<!zum )(?<!das )(?<!dem )(?<!des )(?<!sehr )"
          r"(?<!sich )wohl|vermutlich|wahrscheinlich|höchstwahrscheinlich|möglicherweise|vielleicht|anscheinend"
          r"|mutmasslich),? |es ist (?:sehr |durchaus )?(?:wahrscheinlich|möglich),? dass "
          r"|es (?:kann|könnte) (?:gut )?sein,? dass )",
    "es": r"(?:habrían? |(?<=\w )(?<!quién )(?<!qué )(?<!cuál )(?<!dónde )(?<!lo )(?:serían?|estarían?) "
          r"|(?:probablemente|posiblemente|aparentemente|presumiblemente|seguramente|quizás?|tal vez"
          r"|al parecer|por lo visto|a lo mejor),? |es (?:muy )?(?:probable|posible) que "
          r"|(?:puede|podría) (?:ser )?que )",
    "pt": r"(?:teriam? |(?<=\w )(?<!quem )(?<!qual )(?<!onde )(?:seriam?|estariam?) "
          r"|(?:provavelmente|possivelmente|aparentemente|presumivelmente|talvez|ao que parece),? "
          r"|é (?:muito )?(?:provável|possível) que |(?:pode|poderia) ser que )",
    "it": r"(?:(?<!chi )(?<!che )(?<!quale )(?<!cosa )(?:avrebbero|avrebbe) "
          r"|(?<=\w )(?<!chi )(?<!che )(?<!quale )(?<!cosa )(?:sarebbero|sarebbe) "
          r"|(?:si )?troverebbe(?:ro)? |(?:probabilmente|forse|apparentemente|verosimilmente|a quanto pare),? "
          r"|è (?:molto )?(?:probabile|possibile) che |(?:può|potrebbe) darsi che )",
    "ru": r"(?:(?<!это )(?<!вполне )(?<!насколько )(?<!если )(?:возможно|вероятно)"
          r"|видимо|по-видимому|по всей видимости|наверное|предположительно|скорее всего|судя по всему),? "
          r"|(?:вполне )?(?:возможно|вероятно),? что |ожидается,? что |по (?:прогнозам|оценкам),? ",
    "uk": r"(?:(?<!це )(?<!цілком )(?:можливо|ймовірно|імовірно)|мабуть|напевно|найімовірніше|схоже),? "
          r"|(?:цілком )?(?:можливо|ймовірно|імовірно),? що |очікується,? що |за прогнозами,? ",
    # (an expectation too: "工厂预计 | 将于明年恢复生产"; a seeming: "工厂好像 | 已经停产")
    "zh": r"(?:(?:(?<![尽盡])(?<!最大)(?<!一切)可能|疑似|预计|預計|预期|預期|有望)|(?:或许|或許|也许|也許|(?<!了)(?<!解)大概"
          r"|似乎|好像|看来|看來|恐怕)[，,]?)"
          r"(?:已经|已經|已|会|會|将|將|还|還|也|曾)?",
    "ja": r"(?:おそらく|恐らく|たぶん|多分|どうやら)(?:は)?[、,]?",
    "ko": r"(?:아마도?|어쩌면),? ",
}
# … and a limit opening the clause (see _LIMIT): "En théorie, |", "Auf dem Papier |", 理论上，|,
# 建前上は、|, 서류상으로는 | (not Russian "в принципе", as often "on the whole")
_OPENING = r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?;:,(\"-] ))"
_LIMITED_IN = {
    # (and a case supposed: "Supposons que la Chine suspende ses livraisons : |", as English's _TOLD)
    "fr": _OPENING + r"(?:en théorie|en principe|sur le papier|théoriquement|officiellement(?=,)),? "
          r"|" + _OPENING + r"(?:supposons|imaginons) qu(?:e |')[^.!?:;]{1,80}?(?: ?:|,) ",
    "de": _OPENING + r"(?:theoretisch|in der theorie|im prinzip|auf dem papier|nominell|offiziell(?=,)),? "
          r"|" + _OPENING + r"(?:angenommen,|nehmen wir an,?|stellen wir uns vor,?) [^.!?:;]{1,80}?[:,] ",
    "es": _OPENING + r"(?:en teoría|en principio|(?:sobre|en) el papel|teóricamente|oficialmente(?=,)),? "
          r"|" + _OPENING + r"(?:supongamos|imaginemos|pongamos) que [^.!?:;]{1,80}?[:,] ",
    "pt": _OPENING + r"(?:em teoria|em princípio|no papel|teoricamente|oficialmente(?=,)),? ",
    "it": _OPENING + r"(?:in teoria|in linea di principio|sulla carta|teoricamente|ufficialmente(?=,)),? ",
    "ru": _OPENING + r"(?:теоретически|в теории|на бумаге|формально|номинально|официально(?=,)),? ",
    "uk": _OPENING + r"(?:теоретично|в теорії|на папері|формально|номінально|офіційно(?=,)),? ",
    "zh": r"(?:理论上|理論上|名义上|名義上|表面上|纸面上|紙面上|原则上|原則上)[，,]?",
    "ja": r"(?:(?:建前|書類|理論|名目|形式)上は?|表向きは|原則として)[、,]?",
    "ko": r"(?:(?:이론|서류|명목|표면|형식)상(?:으로(?:는)?)?|공식적으로는|원칙적으로(?:는)?),? ",
}
# A hedge set off by a comma that ends the clause before the quote ("The mine will reopen in
# May, probably, | the minister said"; "Ми знаємо напевно, | що …"), or a quote that opens
# with a complementiser ("Habría | que esperar"): the hedge is not of the quote's words
_OPENS_ANOTHER_CLAUSE = lazy(r"[\"'(\[]?(?:(?:and|but|or|yet|than|that|que|che|dass|что|що|однако|но|и|а|але|і"
                             r"|et|mais|y|pero|e|ma|mas|und|aber|oder)\b"
                             r"|(?:[\w'-]+ ){0,4}(?:said|says|told|added|adding|reported|claimed|insisted|stated"
                             r"|announced)\b)")
_SET_OFF_HEDGE = lazy(r"[,，、]\s*[\"'(\[]?$")
_COMPLEMENTISER = lazy(r"[\"'(\[]?(?:that|que|che|dass|что|що|только|лише|лишь)\b")


def _hedges_quote(m: re.Match[str], text: str, start: int) -> bool:
    """Whether the hedge `m` right before the quote at `start` is of the quote's words (not
    "Объединение возможно | только через диалог": a predicate's "only through")."""
    if _COMPLEMENTISER.match(text, start):
        return False
    return not (_SET_OFF_HEDGE.search(m.group()) and _OPENS_ANOTHER_CLAUSE.match(text, start))


# "soll" is hearsay before a perfect infinitive ("Der General soll | Geld unterschlagen
# haben"), else a plan or a duty ("Die Mine soll | im März öffnen"), which asserts no more
# than "should | reopen" does in English
_SOLL = lazy(r"soll(?:en)? $")
# (ending the clause)
_PERFECT_INFINITIVE = lazy(r"[^.;:!?,]*?\b(?:(?:\w*ge\w+|(?:be|ver|er|zer|ent|emp|miss|unter|über|hinter|wider)\w+)"
                          r"(?:t|en)(?<!ungen)(?<!heiten)(?<!keiten)(?<!schaften)(?<!ionen) haben"
                          r"|(?:worden|gewesen|\w*ge\w+en) sein)[\"')\]]*(?:[.,;:!?]|$)")
# "au lieu de" and "em lugar de" are also places ("au lieu de | détention", "em lugar de |
# destaque"): what was not done only before an infinitive
_ALSO_A_PLACE = lazy(r"(?:au lieu|em lugar) d")
# … and "arrêté de" is also "arrested some" ("a arrêté d'autres transfuges", "de nombreux")
_ARRESTED = lazy(r"arrêt\w* d(?:e |')$")
_INFINITIVE = lazy(r"[\"'(\[]?(?:(?:le|la|les|lui|leur|en|y|se|me|te|nous|vous|o|a|os|as|lhe|lhes) |[lsmt]')?"
                   r"\w+(?:er|ir|re|oir|ar|or)\b")  # "au lieu de | le distribuer"
# A quote that is the reports a denial names: "否认了有关 | 矿山关闭的报道"
_NAMES_REPORTS = lazy(r"(?:报道|報道|说法|說法|传言|傳言|消息|指控)$")
_CJK_CODES = ("zh", "ja", "ko")
# … what only some do ("Certains | commerçants", "Einige | Händler", 일부 |, "Peu d'|agriculteurs",
# "Ninguno de | los detenidos"), what something was
# once, no longer is ("Hyesan était autrefois |", 한때 |, 曾是 |), and what propaganda or a plan
# says ("Según la propaganda del régimen, |", "Nach dem Plan des Kabinetts |", 계획에 따르면 |),
# in the other languages
_SOME_OR_ONCE_IN = {
    "fr": _OPENING + r"(?:certaine?s|plusieurs|quelques|beaucoup de|la plupart des"
          r"|(?:pas|non) (?:tous|toutes)|aucune? des) |" + _OPENING + r"(?:très |trop )?peu (?:de |d')"
          r"|\b(?:était|fut|étaient|furent) (?:autrefois|jadis|naguère) "
          r"|\bselon (?:la propagande|le projet de (?:loi|décret|règlement))(?: [\w'-]+){0,3},? ",
    "es": _OPENING + r"(?:algun[oa]s|vari[oa]s|much[oa]s|ciert[oa]s|la mayoría de (?:los|las)|(?:muy )?poc[oa]s"
          r"|no tod[oa]s|ningun[oa] de) "
          r"|\b(?:fue|era|fueron|eran) (?:en su día|antaño|otrora|alguna vez) "
          r"|\bsegún (?:la propaganda|el proyecto de (?:ley|decreto|reglamento))(?: [\w'-]+){0,3},? ",
    "pt": _OPENING + r"(?:alguns|algumas|vários|várias|muitos|muitas|certos|certas|a maioria d[oa]s|poucos|poucas"
          r"|nem tod[oa]s|nenhum d[oa]s|nenhuma d[oa]s) "
          r"|\b(?:foi|era|foram|eram) (?:outrora|um dia|em tempos) "
          r"|\bsegundo (?:a propaganda|o projeto de (?:lei|decreto))(?: [\w'-]+){0,3},? ",
    "it": _OPENING + r"(?:alcuni|alcune|diversi|diverse|molti|molte|certi|certe|la maggior parte de(?:i|gli|lle)"
          r"|pochi|poche|non tutti|non tutte|nessuno de(?:i|gli)|nessuna delle) "
          r"|\b(?:era|fu|erano|furono) (?:un tempo|una volta|in passato) "
          r"|\bsecondo (?:la propaganda|il (?:progetto|disegno) di (?:legge|decreto))(?: [\w'-]+){0,3},? ",
    "de": _OPENING + r"(?:einige|manche|mehrere|viele|etliche|die meisten) "
          r"|\b(?:war|waren|galt|galten) (?:einst|früher|ehemals) (?:als )?"
          r"|\blaut (?:der )?(?:staatlichen? |staatlicher |offiziellen? |offizieller )?propaganda,? "
          r"|\blaut (?:dem )?(?:gesetz)?entwurf(?: [\w'-]+){0,3},? ",
    "ru": _OPENING + r"(?:некоторые|несколько|многие|большинство|отдельные|немногие|мало кто из|не все|ни один из) "
          r"|(?<![\w-])(?:когда-то|некогда) (?:был|была|было|были) "
          r"|(?<![\w-])по версии (?:[\w-]+ )?пропаганды,? ",
    # (… and a plan or a place that limits it: 原计划 |, "在两江道部分地区，|", "평양 중심구역에 한해 |",
    # "당 간부들에게만 |")
    "zh": r"(?:曾是|曾经是|曾經是|曾为|曾為|据[^，。,]{0,8}宣传[，,]?|據[^，。,]{0,8}宣傳[，,]?|原计划|原計劃|原定"
          r"|在[^，。,]{1,10}(?:部分|一些|个别|個別|少数|少數)地区[，,]?)",
    "ja": r"(?:一部の|かつては|宣伝によれば、?)",
    "ko": r"(?:(?<![^\s.!?])일부 |선전에 따르면,? |계획에 따르면,? |[^\s.]{1,12}에 (?:한해|한하여|한해서),? "
          r"|[^\s.]{1,12}(?:에게만|에서만) )",
}


@functools.cache
def _before_in(language: str) -> list[tuple[re.Pattern[str], int, bool, bool]]:
    """The lead-ins right before a quote in `language`, each with how far back it is looked
    for, whether it is written in CJK and whether it is a hedge; and in Chinese, Japanese and
    Korean whatever the tag, as no other language writes their scripts."""
    primary = primary_language(language) or "en"
    found = []
    for c in dict.fromkeys([primary, *_CJK_CODES]):
        cjk = c in _CJK_CODES
        edge = "" if cjk else r"(?<![\w'-])"  # a word's start, not the end of a longer word
        found += [(re.compile(rf"{edge}(?:{table[c]}){_OPEN}$"), _REACH["cjk" if cjk else "other"], cjk,
                   table is _HEDGED_IN or table is _LIMITED_IN)
                  for table in (_DOUBTED_IN, _UNDONE_IN, _HEDGED_IN, _LIMITED_IN, _SOME_OR_ONCE_IN) if c in table]
    return found


def lead_cut(start: int, end: int, text: str, language: str, leading: bool) -> tuple[int, int] | None:
    """The quote text[start:end] with the lead-in right before it that leaves it unvouched
    (see the module's docstring), or None. `leading`: the quote starts with an ellipsis,
    which stands for other words than these."""
    if leading or not starts_word(text, start):
        return None
    lead = _english_lead(start, end, text) if primary_language(language) in ("en", "") else None
    if lead is None:
        lead = _lead_in(start, end, text, language)
    return None if lead is None else (lead, end)


def _english_lead(start: int, end: int, text: str) -> int | None:
    """Where an English lead-in of the quote text[start:end] begins, or None."""
    phrase = _NUMBER_AT.match(text, start) or _NO_CLAUSE.match(text, start)  # "almost | 2019 when …"
    word = _OBJECT_ENDS.match(text, start)
    ends_a_word = word is not None and text[word.end():end].strip(" \"')]") != ""
    for kind, pattern in _EN.items():
        if kind in ("adverb", "few") and phrase or kind == "a few" and not _FEW_AT.match(text, start) \
                or kind == "limit" and (not _LIMIT_WORD.search(text, max(0, start - _REACH[kind]), start)
                                        or _IN_FACT.search(text, start, end)) \
                or kind == "told" and not _TOLD_WORD.search(text, max(0, start - _REACH[kind]), start) \
                or kind in _WORDS_FIRST and not any(w in text[max(0, start - _REACH[kind]):start]
                                                    for w in _WORDS_FIRST[kind]) \
                or (m := pattern.search(text, max(0, start - _REACH[kind]), start)) is None:
            continue
        if kind == "once" and not _formerly(m, start, end, text) \
                or kind == "first account" and not _revised(text, end):
            continue
        if kind == "stopped" and not (_HAVING.search(m.group()) or _GERUND.match(text, start)
                                      and not _ING_NOUN.match(text, start) and not _ING_MODIFIER.match(text, start)):
            continue  # "stopped | the convoy", "denied | wrongdoing", "banned | drinking establishments"
        if kind in ("hedge", "limit") and (not _hedges_quote(m, text, start)
                                or _LIKELY_TO.search(m.group()) and _TO_OR_THAN.match(text, start)) \
                or kind == "hedge" and _REASONABLE_LEAD.search(m.group()) and _HEDGED_ITSELF.match(text, start, end):
            continue  # (and "It seems reasonable that | the DPRK could be switching": the hedge kept)
        if kind not in ("adverb", "hedge", "limit", "once") and ends_a_word:
            continue  # (but "nearly | collapsed, officials said": the adverb's own verb)
        if kind == "told" and _CLAIMED.search(m.group()) and confirmed(text, start) \
                or kind == "told" and _CLAIMS_AT_END.search(m.group()) \
                and (not _CLAIMED_CLAUSE.match(text, start) or _CLAIMED_OBJECT.match(text, start)):
            continue  # "Pyongyang's claim that | it tested a missile was confirmed by Seoul", "claimed | 30 lives"
        if kind in ("doubt", "told", "rejected", "stopped") \
                and (_DENIED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                     or m.group().endswith("that ") and RELATIVE_VERB.match(text, start)) \
                or kind == "adverb" and _TAKES_GERUND.search(m.group()) and not _GERUND.match(text, start):
            continue
        return m.start()
    return None


def _lead_in(start: int, end: int, text: str, language: str) -> int | None:
    """Where a lead-in of the quote text[start:end] in `language`'s tables begins, or None."""
    # (a CJK lead-in's last letter is right before the quote, or the quote's first is CJK)
    near_cjk = CJK.search(text, max(0, start - 2), start + 1) is not None
    for pattern, reach, cjk, hedge in _before_in(language):
        if (near_cjk or not cjk) and (m := pattern.search(text, max(0, start - reach), start)) \
                and not _NAMES_REPORTS.search(text, start, end) \
                and not ((_ALSO_A_PLACE.match(m.group()) or _ARRESTED.search(m.group()))
                         and not _INFINITIVE.match(text, start)) \
                and not (hedge and not _hedges_quote(m, text, start)) \
                and not (_SOLL.match(m.group()) and not _PERFECT_INFINITIVE.match(text, start, end + 160)) \
                and not (_UNDOING.match(m.group())
                         and _NEGATED_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            return m.start()
    return None


# What was refused or stopped, itself negated, was done: "n'a jamais cessé de |", "no dejó de |",
# "не перестал |", 没有停止 |
_UNDOING = lazy(r"(?:refus|cess|arrêt|renonc|se neg|dej|deix|recus|rifiut|smes|smett|отказ|перестал|прекратил"
                r"|відмовив|перестав|停止|放弃|放棄)")
_NEGATED_BEFORE = lazy(r"(?:\b(?:pas|jamais|plus|point|no|nunca|jamás|não|non|mai|не|ни|ні)|[不没沒未]有?)\W{0,2}$")
