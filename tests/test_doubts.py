"""Doubts, retractions and conditions around a quote that negations.py reads: "There is no
credible evidence that |", "not a shred of evidence that |", "It is impossible to confirm that
|", "sceptical that |", "withdrew its claim that |", "The idea that | … | is absurd", "If | the
harvest fails, famine will return", "the alleged | coup attempt"; and denials that are
themselves denied ("No analyst disputes that |"), which leave the quote verified."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, MINIMAL, make_site
from test_citations import _located

from generator.build import build_site
from generator.model import QuoteStatus

UNDONE = [
    # what is said to be missing, with words before the noun
    ("There is no credible evidence that the Musan mine reopened in May.", "the Musan mine reopened in May"),
    ("We found no hard evidence that rations were cut in Hyesan.", "rations were cut in Hyesan"),
    ("There is no independent confirmation that the border guards were replaced.",
     "the border guards were replaced"),
    ("Analysts have seen no concrete proof that the reactor restarted.", "the reactor restarted"),
    ("There is not a shred of evidence that the harvest broke records.", "the harvest broke records"),
    ("There is not a single piece of evidence that the camp was closed.", "the camp was closed"),
    ("Investigators found not one scrap of proof that the cargo reached Nampo.", "the cargo reached Nampo"),
    ("There is little hard evidence that the smuggling crackdown has eased.", "the smuggling crackdown has eased"),
    ("Defectors offer scant evidence that the ration system has recovered.", "the ration system has recovered"),
    ("There is no credible evidence for claims that the dam collapsed.", "the dam collapsed"),
    # saying for certain, being sure
    ("Nobody can say for certain that the mine reopened in May.", "the mine reopened in May"),
    ("Officials could not say with certainty that the shipment arrived.", "the shipment arrived"),
    ("It is impossible to confirm that the general was executed.", "the general was executed"),
    ("It is difficult for outsiders to verify that the factory is running.", "the factory is running"),
    ("It is hard to prove that the grain was diverted to the army.", "the grain was diverted to the army"),
    ("Residents are not convinced that the market will stay open.", "the market will stay open"),
    ("Traders are not sure that the new currency rules apply in Sinuiju.", "the new currency rules apply in Sinuiju"),
    ("Local sources are sceptical that the factory reopened.", "the factory reopened"),
    ("Western diplomats remain skeptical that the talks will resume.", "the talks will resume"),
    ("Analysts are unconvinced that the reform has taken hold.", "the reform has taken hold"),
    ("Economists are dubious that exports doubled last year.", "exports doubled last year"),
    # taken back
    ("The newspaper withdrew its claim that the mine reopened in May.", "the mine reopened in May"),
    ("The agency later walked back its report that troops had crossed the river.", "troops had crossed the river"),
    ("The outlet corrected its earlier report that 300 people died.", "300 people died"),
    ("Officials retracted their statement that the harvest was a record.", "the harvest was a record"),
    # called absurd after the clause
    ("The idea that the mine reopened in May is absurd.", "the mine reopened in May"),
    ("The notion that rations were doubled is laughable, a trader said.", "rations were doubled"),
    ("The suggestion that the camp has closed seems far-fetched.", "the camp has closed"),
    ("The claim that exports tripled strains credulity.", "exports tripled"),
    ("The story that the leader visited Hyesan was wildly exaggerated.", "the leader visited Hyesan"),
    ("The claim that the mine reopened in May is a myth.", "the mine reopened in May"),
    ("Reports that the reactor restarted are pure fiction, the ministry said.", "the reactor restarted"),
    ("Talk of a record harvest is nonsense, farmers say.", "Talk of a record harvest"),
    # the quote is a condition
    ("If the harvest fails again, famine will return to the north.", "the harvest fails again"),
    ("Output will rise sharply if the mine reopens in May.", "the mine reopens in May"),
    ("Output would have risen if the mine had reopened in May.", "the mine had reopened in May"),
    ("Had the dam held, the village would have survived.", "the dam held"),
    ("Unless the pumps are repaired, the lower shafts will flood.", "the pumps are repaired"),
    ("Residents asked if the market had been closed for good.", "the market had been closed for good"),
    ("It is unclear if the order reached Chongjin.", "the order reached Chongjin"),
    ("Even if the mine reopened in May, output will not recover this year.", "the mine reopened in May"),
    ("Traders wonder if the border will reopen before winter.", "the border will reopen before winter"),
    ("Officials denied the rumours that the mine had reopened.", "the mine had reopened"),
    # few who say so, a report that claims it, reports to be treated with caution
    ("Few traders in Hyesan are convinced that the crackdown is over.", "the crackdown is over"),
    ("Few would say that the crackdown is over.", "the crackdown is over"),
    ("KCNA quietly deleted a report claiming that the complex had exceeded its plan.",
     "the complex had exceeded its plan"),
    ("In the absence of independent confirmation, reports that the execution took place in a stadium should be "
     "treated with caution.", "the execution took place in a stadium"),
    # said otherwise after it
    ("State media claimed that the mine reopened in May, but residents say otherwise.", "the mine reopened in May"),
    ("Officials said the market had reopened, though traders insist that is not true.",
     "the market had reopened"),
    ("The market reopened in May, according to the provincial newspaper, but residents disagree.",
     "The market reopened in May"),
    # "alleged" before the noun (scopes.py)
    ("The alleged coup attempt was crushed in March.", "coup attempt was crushed in March"),
    ("Alleged smugglers were shot near Hyesan.", "smugglers were shot near Hyesan"),
    ("Rumours of alleged executions spread in Hyesan.", "executions spread in Hyesan"),
    # a denial after a phrase that is only timing
    ("In no time officials disputed that the army had withdrawn.", "the army had withdrawn"),
]

FAITHFUL = [
    # "no" and "not" that are not about evidence
    ("No credible witness has come forward, but satellite images show that the mine reopened in May.",
     "the mine reopened in May"),
    ("There was no shortage of evidence that the harvest failed.", "the harvest failed"),
    ("There is no lack of proof that rations were cut.", "rations were cut"),
    ("Photographs leave no doubt that the camp was expanded.", "the camp was expanded"),
    ("The ministry offered little comment, but documents show that exports doubled.", "exports doubled"),
    ("It is hard to accept that the children went hungry.", "the children went hungry"),
    ("It is difficult to believe that the dam held.", "the dam held"),
    ("It is hard to overstate how badly the floods hit Hamhung.", "how badly the floods hit Hamhung"),
    ("Residents are sure that the market reopened on Monday.", "the market reopened on Monday"),
    ("Officials are convinced that the smugglers came from Hyesan.", "the smugglers came from Hyesan"),
    ("The sceptical trader said the price of rice had doubled.", "the price of rice had doubled"),
    # taken back, in other senses
    ("The army withdrew its troops from the border after the talks.", "its troops from the border after the talks"),
    ("The ministry corrected the figures and said that 300 people died.", "300 people died"),
    ("The paper stood by its report that troops had crossed the river.", "troops had crossed the river"),
    # judged after a clause that is no idea
    ("The new quota of ten kilograms is absurd, residents said.", "The new quota of ten kilograms"),
    ("The price of rice in Hyesan is ridiculous this winter.", "The price of rice in Hyesan"),
    ("The claim that the mine reopened in May is true, satellite images show.", "the mine reopened in May"),
    # "if" that grants or does not govern the quote
    ("If the first half of the year was dull, the second was thrilling.", "the first half of the year was dull"),
    ("If anything, prices will rise further this winter.", "prices will rise further this winter"),
    ("The market reopened in May, if only for a week.", "The market reopened in May"),
    ("Had a meeting with the traders in Hyesan, who said rice prices doubled.", "rice prices doubled"),
    ("The dam held, and the village survived.", "the dam held"),
    ("The mine reopened in May, but residents say it is still dangerous.", "The mine reopened in May"),
    ("The mine reopened in May, but officials said otherwise little had changed.", "The mine reopened in May"),
    ("A few traders are convinced that the crackdown is over.", "the crackdown is over"),
    ("Few analysts have seen the site, but photos show that the mine reopened.", "the mine reopened"),
    # a relative clause of the claims, not the claim
    ("Officials denied the rumours that were circulating in Hyesan.", "were circulating in Hyesan"),
    ("The ministry rejected the reports that had appeared in South Korean media.",
     "had appeared in South Korean media"),
    # "alleged" as a verb of saying: whose words they are, the report says
    ("Residents alleged the guards beat them.", "the guards beat them"),
    ("Two defectors alleged that the guards beat them.", "the guards beat them"),
    # denials that are themselves denied
    ("No analyst disputes that the army withdrew from the border.", "the army withdrew from the border"),
    ("Neither side disputes that the talks collapsed in March.", "the talks collapsed in March"),
    ("Not even the ministry disputes that the harvest failed.", "the harvest failed"),
    ("None of the witnesses disputes that the guards opened fire.", "the guards opened fire"),
    ("No serious analyst would dispute that the sanctions bite.", "the sanctions bite"),
    ("Officials no longer deny that the camp exists.", "the camp exists"),
    ("No official has denied that the mine reopened.", "the mine reopened"),
    ("None of the guards had publicly denied that prisoners starved.", "prisoners starved"),
]


# … and in other languages: evidence said to be missing however it is qualified, a statement
# said to be impossible to confirm, a condition of what will or would be
UNDONE_IN = [
    ("fr", "Il n'y a aucune preuve crédible que la mine a rouvert en mai.", "la mine a rouvert en mai"),
    ("fr", "Il est impossible de confirmer que la mine a rouvert en mai.", "la mine a rouvert en mai"),
    ("es", "No hay pruebas creíbles de que la mina reabrió en mayo.", "la mina reabrió en mayo"),
    ("es", "Es imposible confirmar que la mina reabrió en mayo.", "la mina reabrió en mayo"),
    ("pt", "Não há provas credíveis de que a mina reabriu em maio.", "a mina reabriu em maio"),
    ("pt", "É difícil comprovar que a mina reabriu em maio.", "a mina reabriu em maio"),
    ("it", "Non ci sono prove credibili che la miniera abbia riaperto a maggio.", "la miniera abbia riaperto a maggio"),
    ("it", "È impossibile confermare che la miniera abbia riaperto a maggio.", "la miniera abbia riaperto a maggio"),
    ("de", "Es gibt keine glaubwürdigen Beweise dafür, dass die Mine im Mai wieder öffnete.",
     "die Mine im Mai wieder öffnete"),
    ("de", "Es ist unmöglich zu bestätigen, dass die Mine im Mai wieder öffnete.", "die Mine im Mai wieder öffnete"),
    ("ru", "Нет никаких достоверных доказательств того, что шахта открылась в мае.", "шахта открылась в мае"),
    ("ru", "Невозможно подтвердить, что шахта открылась в мае.", "шахта открылась в мае"),
    ("uk", "Неможливо підтвердити, що шахта відкрилася в травні.", "шахта відкрилася в травні"),
    ("zh", "没有可靠证据表明矿山在五月重新开放。", "矿山在五月重新开放"),
    ("zh", "并无确凿的证据显示矿山在五月重新开放。", "矿山在五月重新开放"),
    # a condition, where the sentence says what will or would be
    ("fr", "Si la récolte échoue encore, la famine reviendra.", "la récolte échoue encore"),
    ("fr", "La famine reviendra si la récolte échoue encore.", "la récolte échoue encore"),
    ("es", "Si la cosecha vuelve a fallar, el hambre volverá.", "la cosecha vuelve a fallar"),
    ("it", "Se il raccolto fallirà ancora, la fame tornerà.", "il raccolto fallirà ancora"),
    ("de", "Wenn die Ernte erneut ausfällt, wird der Hunger zurückkehren.", "die Ernte erneut ausfällt"),
    ("ru", "Если урожай снова погибнет, голод будет сильнее.", "урожай снова погибнет"),
    ("uk", "Якщо врожай знову загине, голод буде сильнішим.", "врожай знову загине"),
    ("zh", "如果收成再次失败，饥荒将会回来。", "收成再次失败"),
    ("ja", "鉱山が5月に再開したという確かな証拠はない。", "鉱山が5月に再開した"),
    ("ko", "광산이 5월에 재개됐다는 확실한 증거는 없다.", "광산이 5월에 재개됐다"),
]

FAITHFUL_IN = [
    ("fr", "Il y a des preuves crédibles que la mine a rouvert en mai.", "la mine a rouvert en mai"),
    ("fr", "Il n'est pas difficile de confirmer que la mine a rouvert en mai.", "la mine a rouvert en mai"),
    ("es", "Hay pruebas creíbles de que la mina reabrió en mayo.", "la mina reabrió en mayo"),
    ("es", "No es difícil confirmar que la mina reabrió en mayo.", "la mina reabrió en mayo"),
    ("pt", "Não é difícil comprovar que a mina reabriu em maio.", "a mina reabriu em maio"),
    ("it", "Ci sono prove credibili che la miniera abbia riaperto a maggio.", "la miniera abbia riaperto a maggio"),
    ("de", "Es gibt glaubwürdige Beweise dafür, dass die Mine im Mai wieder öffnete.", "die Mine im Mai wieder öffnete"),
    ("ru", "Есть достоверные доказательства того, что шахта открылась в мае.", "шахта открылась в мае"),
    ("zh", "有可靠证据表明矿山在五月重新开放。", "矿山在五月重新开放"),
    ("ja", "鉱山が5月に再開したという確かな証拠がある。", "鉱山が5月に再開した"),
    ("ko", "광산이 5월에 재개됐다는 확실한 증거가 있다.", "광산이 5월에 재개됐다"),
    # a contrast, or "so"
    ("fr", "Si les exportations de charbon ont chuté, les ventes de vêtements ont doublé.",
     "les exportations de charbon ont chuté"),
    ("fr", "La situation est si grave que les marchés fermeront.", "grave que les marchés fermeront"),
    ("fr", "Si les exportations ont chuté, la caméra a tout filmé.", "les exportations ont chuté"),
    ("es", "Si las exportaciones cayeron, las ventas subieron.", "las exportaciones cayeron"),
    ("de", "Wenn die Ernte ausfiel, gingen die Bauern auf den Markt.", "die Ernte ausfiel"),
    ("zh", "如果说去年收成不好，今年则更糟。", "去年收成不好"),
]


@pytest.mark.parametrize("language, body, quote", UNDONE_IN)
def test_other_languages_doubts_make_the_quote_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FAITHFUL_IN)
def test_other_languages_evidence_that_is_there_leaves_it_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", UNDONE)
def test_a_doubt_a_retraction_or_a_condition_makes_the_quote_approximate(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", UNDONE)
def test_the_same_words_undo_it_in_a_paragraph_after_another(body, quote):
    assert _located("Prices rose in March.\n\n" + body, quote, "en").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", FAITHFUL)
def test_look_alikes_and_denied_denials_stay_verified(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


def test_the_passage_shown_starts_at_the_doubt():
    found = _located("There is no credible evidence that the mine reopened in May.", "the mine reopened in May", "en")
    assert found.passage.text.startswith("no credible evidence that")


# The false-alarm review of these rules (held out: written before reading them; every quote here
# is judged as the reviewer judged it). Left out and decided: "If 2023 was a bad year, 2024 could
# be worse still" (a contrast the modal makes read as a condition), "Had the mill met its quota? It
# had", a relative clause after "The claim that state media made", "No one knows for sure that"
# and "If true, the report would mean that".
REVIEWED_UNDONE = [
    ('There is no credible evidence that the mine reopened in May.',
     'the mine reopened in May'),  # evidence: no credible evidence
    ('There is no hard evidence that the furnace has been completed.',
     'the furnace has been completed'),  # evidence: no hard evidence
    ('There is no independent evidence that coal exports rose in March.',
     'coal exports rose in March'),  # evidence: no independent evidence
    ('There is not a shred of evidence that the harvest was a record.',
     'the harvest was a record'),  # evidence: not a shred
    ('Analysts have found not a single piece of evidence that the mill met its quota.',
     'the mill met its quota'),  # evidence: not a single piece
    ('There is little hard evidence that the solar panels are made locally.',
     'the solar panels are made locally'),  # evidence: little hard evidence
    ('There is scant evidence that the sanctions have been eased.',
     'the sanctions have been eased'),  # evidence: scant evidence
    ('There has been no independent confirmation that the border crossing has reopened.',
     'the border crossing has reopened'),  # evidence: no independent confirmation
    ('There is no firm proof that the dam is producing electricity.',
     'the dam is producing electricity'),  # evidence: no firm proof
    ('There is no reliable evidence that rice prices have stabilised.',
     'rice prices have stabilised'),  # evidence: no reliable evidence
    ('There is nothing to suggest that the Cabinet order has been carried out.',
     'the Cabinet order has been carried out'),  # evidence: nothing to suggest (spirit)
    ('There is no indication that the mill has repaid its debts.',
     'the mill has repaid its debts'),  # evidence: no indication (spirit)
    ('There is no evidence, however, that the new furnace saves coke.',
     'the new furnace saves coke'),  # evidence: interposed however
    ('We have seen no verifiable evidence that Pyongyang paid back the loan.',
     'Pyongyang paid back the loan'),  # evidence: no verifiable evidence
    ('There is zero evidence that the plants operate in winter.',
     'the plants operate in winter'),  # evidence: zero evidence
    ('There is not a scrap of evidence that the mine resumed exports.',
     'the mine resumed exports'),  # evidence: not a scrap of evidence
    ('There is no sign that the hydroelectric plants will meet demand this winter.',
     'the hydroelectric plants will meet demand this winter'),  # evidence: no sign (spirit)
    ('Without independent confirmation that the ferry resumed, analysts remain cautious.',
     'the ferry resumed'),  # evidence: without confirmation (spirit)
    ('There is precious little evidence that the campaign has raised steel output.',
     'the campaign has raised steel output'),  # evidence: precious little evidence
    ('There is no satellite evidence that the reservoir has been filled.',
     'the reservoir has been filled'),  # evidence: no satellite evidence
    ('There is no solid evidence that the new panels were made in Pyongyang.',
     'the new panels were made in Pyongyang'),  # evidence: no solid evidence
    ('Little credible evidence exists that the dam has been finished.',
     'the dam has been finished'),  # evidence: little credible evidence exists (spirit)
    ('Nobody can say for certain that the furnace works.',
     'the furnace works'),  # certainty: nobody can say for certain
    ('No one can say for sure that the harvest improved.',
     'the harvest improved'),  # certainty: no one can say for sure
    ('Officials could not say with certainty that the order had been obeyed.',
     'the order had been obeyed'),  # certainty: could not say with certainty
    ('Nobody could say for certain that the mine had reopened.',
     'the mine had reopened'),  # certainty: nobody could say for certain
    ('It cannot be said with certainty that the border market has reopened.',
     'the border market has reopened'),  # certainty: cannot be said (spirit)
    ('It is far from certain that the mill will meet its quota.',
     'the mill will meet its quota'),  # certainty: far from certain (spirit)
    ('It remains unclear whether the panels are made locally.',
     'the panels are made locally'),  # certainty: unclear whether (spirit)
    ('The source could not confirm that the quota had been raised.',
     'the quota had been raised'),  # certainty: could not confirm (spirit)
    ('It is impossible to confirm that the dam has been completed.',
     'the dam has been completed'),  # hard-to: impossible to confirm
    ('It is difficult to verify that coal exports have resumed.',
     'coal exports have resumed'),  # hard-to: difficult to verify
    ('It is hard to prove that the sanctions caused the shortage.',
     'the sanctions caused the shortage'),  # hard-to: hard to prove
    ('It is impossible for outsiders to establish that the harvest was a record.',
     'the harvest was a record'),  # hard-to: impossible for X to establish
    ('It is hard to say that the policy has worked.',
     'the policy has worked'),  # hard-to: hard to say
    ('It is difficult for analysts to show that output rose.',
     'output rose'),  # hard-to: difficult for X to show
    ('It remains impossible to independently verify that the plant is running.',
     'the plant is running'),  # hard-to: remains impossible to independently verify
    ('It was not possible to confirm that the workers had been paid.',
     'the workers had been paid'),  # hard-to: not possible to confirm (spirit)
    ('It is hard to imagine that the mill will meet its quota this year.',
     'the mill will meet its quota this year'),  # hard-to: hard to imagine (spirit)
    ('It is difficult to argue that the campaign has succeeded.',
     'the campaign has succeeded'),  # hard-to: difficult to argue (spirit)
    ('Daily NK was unable to verify that the mine reopened in May.',
     'the mine reopened in May'),  # hard-to: unable to verify (spirit)
    ('It is too early to say that the recovery is under way.',
     'the recovery is under way'),  # hard-to: too early to say (spirit)
    ('It is very hard to confirm that the mine reopened.',
     'the mine reopened'),  # hard-to: very hard to confirm
    ('Analysts are not convinced that the mine has reopened.',
     'the mine has reopened'),  # convinced: not convinced
    ('The source is not sure that the order came from the Cabinet.',
     'the order came from the Cabinet'),  # convinced: not sure
    ('Economists are unconvinced that the new furnace will save coke.',
     'the new furnace will save coke'),  # convinced: unconvinced
    ('South Korean experts are skeptical that the panels are made locally.',
     'the panels are made locally'),  # convinced: skeptical that
    ('Residents are sceptical that the state will provide the panels free of charge.',
     'the state will provide the panels free of charge'),  # convinced: sceptical that
    ('Traders are dubious that the border will reopen soon.',
     'the border will reopen soon'),  # convinced: dubious that
    ('Analysts doubt that the harvest was a record.',
     'the harvest was a record'),  # convinced: doubt that (spirit)
    ('Few analysts believe that the campaign has raised output.',
     'the campaign has raised output'),  # convinced: few believe (spirit)
    ('Officials are not persuaded that the dam is safe.',
     'the dam is safe'),  # convinced: not persuaded (spirit)
    ('Many residents question whether the solar project will ever be finished.',
     'the solar project will ever be finished'),  # convinced: question whether (spirit)
    ('Analysts remain deeply sceptical that the mine has reopened.',
     'the mine has reopened'),  # convinced: remain deeply sceptical
    ('The ministry withdrew its claim that the harvest was a record.',
     'the harvest was a record'),  # retraction: withdrew its claim
    ('KCNA walked back its report that the furnace had been completed.',
     'the furnace had been completed'),  # retraction: walked back its report
    ('The agency corrected its statement that the mine reopened in May.',
     'the mine reopened in May'),  # retraction: corrected its statement
    ('State media retracted its claim that the mill met its quota.',
     'the mill met its quota'),  # retraction: retracted its claim
    ('Officials later withdrew the statement that exports had doubled.',
     'exports had doubled'),  # retraction: withdrew the statement
    ('The newspaper retracted the story that the border had reopened.',
     'the border had reopened'),  # retraction: retracted the story
    ('The source later recanted his claim that the manager had been detained.',
     'the manager had been detained'),  # retraction: recanted his claim (spirit)
    ('The ministry backtracked on its assertion that the dam was finished.',
     'the dam was finished'),  # retraction: backtracked on assertion (spirit)
    ('KCNA quietly dropped its claim that the plant produces 30 megawatts.',
     'the plant produces 30 megawatts'),  # retraction: dropped its claim (spirit)
    ('The Cabinet has since disavowed the report that rations would be cut.',
     'rations would be cut'),  # retraction: disavowed the report (spirit)
    ('Daily NK issued a correction to its report that the mine had flooded.',
     'the mine had flooded'),  # retraction: issued a correction (spirit)
    ('The ministry has retracted its earlier claim that output doubled.',
     'output doubled'),  # retraction: retracted its earlier claim
    ('The idea that the mill met its quota is absurd.',
     'the mill met its quota'),  # idea-absurd: idea is absurd
    ('The notion that the plants run in winter is laughable.',
     'the plants run in winter'),  # idea-absurd: notion is laughable
    ('The suggestion that the harvest was a record is ridiculous.',
     'the harvest was a record'),  # idea-absurd: suggestion is ridiculous
    ('The claim that the panels are made locally is preposterous.',
     'the panels are made locally'),  # idea-absurd: claim is preposterous
    ('The idea that sanctions have been lifted is far-fetched.',
     'sanctions have been lifted'),  # idea-absurd: idea is far-fetched
    ('The notion that exports doubled is implausible.',
     'exports doubled'),  # idea-absurd: notion is implausible
    ('The claim that rice prices fell by half is exaggerated.',
     'rice prices fell by half'),  # idea-absurd: claim is exaggerated
    ('Fears that the mine will close are overblown.',
     'the mine will close'),  # idea-absurd: fears are overblown (spirit)
    ('The claim that the furnace saves coke strains credulity.',
     'the furnace saves coke'),  # idea-absurd: strains credulity
    ('The claim that the mill met its quota is false.',
     'the mill met its quota'),  # idea-absurd: is false (spirit)
    ('Reports that the border has reopened are unfounded.',
     'the border has reopened'),  # idea-absurd: reports are unfounded (spirit)
    ('The rumour that rations will be cut is baseless, officials said.',
     'rations will be cut'),  # idea-absurd: is baseless (spirit)
    ('The assertion that output doubled has been debunked by satellite imagery.',
     'output doubled'),  # idea-absurd: debunked (spirit)
    ('The idea that the solar project will end power shortages is, frankly, absurd.',
     'the solar project will end power shortages'),  # idea-absurd: interposed frankly
    ('The suggestion that the dam is finished is highly unlikely.',
     'the dam is finished'),  # idea-absurd: highly unlikely
    ('That the mill met its quota is nonsense, residents say.',
     'the mill met its quota'),  # myth: is nonsense
    ('The story that the mine reopened in May is a myth.',
     'the mine reopened in May'),  # myth: is a myth
    ('The report that the dam is complete is a hoax.',
     'the dam is complete'),  # myth: is a hoax
    ('The claim that the harvest was a record is a falsehood.',
     'the harvest was a record'),  # myth: is a falsehood
    ("KCNA's account that the plant runs all winter is pure fiction.",
     'the plant runs all winter'),  # myth: pure fiction
    ('It is a myth that the mill runs at full capacity.',
     'the mill runs at full capacity'),  # myth: it is a myth that (spirit)
    ('It is nonsense to say that the sanctions have been eased.',
     'the sanctions have been eased'),  # myth: nonsense to say (spirit)
    ('If the harvest fails again, famine will return.',
     'the harvest fails again'),  # conditional: if + will
    ('Output will rise if the mine reopens.',
     'the mine reopens'),  # conditional: trailing if + will
    ('Residents asked if the mine had reopened.',
     'the mine had reopened'),  # conditional: asked if = whether
    ('Unless the state provides the panels, the project will stall.',
     'the state provides the panels'),  # conditional: unless
    ('Should the border reopen, trade would rebound.',
     'the border reopen'),  # conditional: inverted should
    ('Had the mill repaid its debts, Chinese firms would have kept supplying coke.',
     'the mill repaid its debts'),  # conditional: inverted had
    ('Were sanctions lifted, exports of magnesia clinker could double.',
     'sanctions lifted'),  # conditional: inverted were
    ('It is unclear if the new furnace works.',
     'the new furnace works'),  # conditional: unclear if
    ('Analysts wonder if the policy is just for show.',
     'the policy is just for show'),  # conditional: wonder if
    ('Officials want to know if the mine is profitable.',
     'the mine is profitable'),  # conditional: know if
    ('Traders are waiting to see if the border reopens next month.',
     'the border reopens next month'),  # conditional: see if
    ('If the rivers freeze early, the plants can’t operate.',
     'the rivers freeze early'),  # conditional: if + can't
    ('Even if the state provides the panels, provinces cannot install them in time.',
     'the state provides the panels'),  # conditional: even if + cannot
    ('The mill might recover if Chinese firms resume supplying coke on credit.',
     'Chinese firms resume supplying coke on credit'),  # conditional: trailing if + might
    ('If prices keep rising, households may cut back on rice.',
     'prices keep rising'),  # conditional: if + may
    ('The plan could work if the dam is finished by October.',
     'the dam is finished by October'),  # conditional: trailing if + could
    ('The source did not know if the quota had been met.',
     'the quota had been met'),  # conditional: did not know if
    ('Provided that the rivers do not freeze, the plants should meet demand.',
     'the rivers do not freeze'),  # conditional: provided that (spirit)
    ('The market behaved as if the border had already reopened.',
     'the border had already reopened'),  # conditional: as if (spirit)
    ('Had the dam been finished on time, the county would have had power all winter.',
     'the county would have had power all winter'),  # conditional: counterfactual consequent (spirit)
    ('Kim asked officials if the new furnace could be finished by December.',
     'the new furnace could be finished by December'),  # conditional: asked if = whether
    ('It is not clear if the mine has reopened.',
     'the mine has reopened'),  # conditional: not clear if
    ('In the event that the border reopens, prices would fall.',
     'the border reopens'),  # conditional: in the event that (spirit)
    ('No analyst believes that the mill met its quota.',
     'the mill met its quota'),  # denial-lookalike: no analyst believes
    ('Neither side has confirmed that the talks took place.',
     'the talks took place'),  # denial-lookalike: neither side confirmed
    ('None of the witnesses could confirm that the fire began in the boiler room.',
     'the fire began in the boiler room'),  # denial-lookalike: none could confirm
    ('Not even the ministry claims that the harvest was a record.',
     'the harvest was a record'),  # denial-lookalike: not even claims
    ('Officials no longer claim that the furnace is operational.',
     'the furnace is operational'),  # denial-lookalike: no longer claim
    ('Officials no longer insist that the mine will reopen this year.',
     'the mine will reopen this year'),  # denial-lookalike: no longer insist
    ('Neither side accepts that the shipments took place.',
     'the shipments took place'),  # denial-lookalike: neither accepts
    ('No analyst expects that output will recover this year.',
     'output will recover this year'),  # denial-lookalike: no analyst expects
    ('No one seriously believes that the sanctions have been eased.',
     'the sanctions have been eased'),  # denial-lookalike: no one believes
    ('Nobody has shown that the dam is safe.',
     'the dam is safe'),  # denial-lookalike: nobody has shown
]

REVIEWED_FAITHFUL = [
    ('There is no doubt that the mine reopened in May, satellite images show.',
     'the mine reopened in May'),  # evidence-lookalike: no doubt grants X
    ('There is little doubt that the Kim Chaek steel mill is running well below capacity.',
     'the Kim Chaek steel mill is running well below capacity'),  # evidence-lookalike: little doubt grants X
    ('There is no question that fuel shortages have hit the steel industry hard.',
     'fuel shortages have hit the steel industry hard'),  # evidence-lookalike: no question grants X
    ('There is now hard evidence that the Musan mine resumed iron ore exports in March.',
     'the Musan mine resumed iron ore exports in March'),  # evidence-lookalike: positive hard evidence
    ('There is credible evidence that the province has begun installing solar panels on new rural homes.',
     'the province has begun installing solar panels on new rural homes'),  # evidence-lookalike: positive credible evidence
    ('There is independent evidence that coal shipments to Nampo rose sharply in the spring.',
     'coal shipments to Nampo rose sharply in the spring'),  # evidence-lookalike: positive independent evidence
    ('There is growing evidence that state enterprises are selling scrap metal on the private market.',
     'state enterprises are selling scrap metal on the private market'),  # evidence-lookalike: growing evidence
    ('There is no shortage of evidence that the furnace has stood idle for most of the year.',
     'the furnace has stood idle for most of the year'),  # evidence-lookalike: no shortage of evidence = plenty
    ('There is no lack of evidence that rice prices climbed through the winter.',
     'rice prices climbed through the winter'),  # evidence-lookalike: no lack of evidence = plenty
    ('The ministry offered no evidence, but satellite images confirm that the dam was completed in October.',
     'the dam was completed in October'),  # evidence-lookalike: no evidence in other clause
    ('There is no evidence of sabotage; investigators concluded that the blast furnace failed because of a power cut.',
     'the blast furnace failed because of a power cut'),  # evidence-lookalike: no evidence of something else
    ('Not a scrap of metal was left in the village, and residents said that children had to search the next town for more.',
     'children had to search the next town for more'),  # evidence-lookalike: not a scrap of metal
    ('There was not a single piece of equipment left unmodernised, the source said, and output has doubled since January.',
     'output has doubled since January'),  # evidence-lookalike: not a single piece of equipment
    ('Little hard currency reaches the provinces, and officials admit that the solar project is underfunded.',
     'the solar project is underfunded'),  # evidence-lookalike: little hard currency
    ('Scant rainfall meant that the rivers ran low and the hydroelectric plants stood idle.',
     'the rivers ran low and the hydroelectric plants stood idle'),  # evidence-lookalike: scant rainfall meant that
    ('Independent confirmation that the border crossing had reopened came from Chinese customs data.',
     'the border crossing had reopened'),  # evidence-lookalike: positive independent confirmation
    ('There is independent confirmation that the ferry service to Rason resumed in June.',
     'the ferry service to Rason resumed in June'),  # evidence-lookalike: there is independent confirmation
    ('It is no secret that the steel mill runs only a few days each year.',
     'the steel mill runs only a few days each year'),  # evidence-lookalike: no secret grants X
    ('It is no coincidence that the scrap metal campaign began in January.',
     'the scrap metal campaign began in January'),  # evidence-lookalike: no coincidence grants X
    ('It is no surprise that provinces cannot afford large-scale panel installation.',
     'provinces cannot afford large-scale panel installation'),  # evidence-lookalike: no surprise grants X
    ('It is no exaggeration to say that the coke shortage has crippled the steel industry.',
     'the coke shortage has crippled the steel industry'),  # evidence-lookalike: no exaggeration to say
    ('There is no hiding the fact that the hydroelectric plants freeze every winter.',
     'the hydroelectric plants freeze every winter'),  # evidence-lookalike: no hiding the fact
    ('There is no getting around the fact that the mills owe Chinese suppliers millions.',
     'the mills owe Chinese suppliers millions'),  # evidence-lookalike: no getting around the fact
    ('No one was surprised that the quota was raised again this year.',
     'the quota was raised again this year'),  # evidence-lookalike: no one surprised grants X
    ('The evidence that the mine has reopened is overwhelming.',
     'the mine has reopened'),  # evidence-lookalike: evidence is overwhelming
    ('Evidence that the market crackdown has eased is mounting, traders say.',
     'the market crackdown has eased'),  # evidence-lookalike: evidence mounting
    ('There is plenty of evidence that the Cabinet order was enforced in both provinces.',
     'the Cabinet order was enforced in both provinces'),  # evidence-lookalike: plenty of evidence
    ('There is strong evidence that exports of magnesia clinker have increased.',
     'exports of magnesia clinker have increased'),  # evidence-lookalike: strong evidence
    ("Nothing in the data contradicts the source's account that employees reported to work with sleds and carts on Jan. 2.",
     'employees reported to work with sleds and carts on Jan. 2'),  # evidence-lookalike: nothing contradicts
    ('No independent power supply exists in the county, so the mine relies entirely on the national grid.',
     'the mine relies entirely on the national grid'),  # evidence-lookalike: no independent power supply
    ('There are no signs of a slowdown: officials say that construction of the power plant will finish by October.',
     'construction of the power plant will finish by October'),  # evidence-lookalike: no signs of slowdown
    ('The report contains no evidence for its central claim, but it does show that electricity prices doubled in 2024.',
     'electricity prices doubled in 2024'),  # evidence-lookalike: does show that
    ('Customs data provide hard evidence that zinc exports to China doubled last year.',
     'zinc exports to China doubled last year'),  # evidence-lookalike: provide hard evidence
    ('The images are independent confirmation that the reservoir has been filled.',
     'the reservoir has been filled'),  # evidence-lookalike: are independent confirmation
    ('Nobody can say for certain how many workers were mobilised, but the source said that at least 300 people joined the campaign.',
     'at least 300 people joined the campaign'),  # certainty-lookalike: uncertainty about other thing
    ('Officials can now say for certain that the new furnace has been fired up.',
     'the new furnace has been fired up'),  # certainty-lookalike: can say for certain
    ('We can say with certainty that the mill stopped production for most of January.',
     'the mill stopped production for most of January'),  # certainty-lookalike: can say with certainty
    ('The source said with certainty that the order came from the Cabinet.',
     'the order came from the Cabinet'),  # certainty-lookalike: said with certainty
    ('The source could not say with certainty when the plant would reopen, but confirmed that repairs had begun.',
     'repairs had begun'),  # certainty-lookalike: uncertainty about when, confirmed X
    ('It is certain that the quota was raised to 10 kilograms per person.',
     'the quota was raised to 10 kilograms per person'),  # certainty-lookalike: it is certain
    ('Analysts now know for sure that the railway bridge was rebuilt last year.',
     'the railway bridge was rebuilt last year'),  # certainty-lookalike: know for sure
    ('No one can say for sure why the mill failed, yet everyone agrees that the power cuts made things worse.',
     'the power cuts made things worse'),  # certainty-lookalike: uncertainty about why
    ('Nobody could say for certain what the panels cost, although traders said that prices have fallen by half.',
     'prices have fallen by half'),  # certainty-lookalike: uncertainty about what
    ('Everyone in the town can say for certain that the market was closed on Jan. 2.',
     'the market was closed on Jan. 2'),  # certainty-lookalike: everyone can say for certain
    ('For certain, the province has met its coal quota; whether it will meet the zinc quota is another matter.',
     'the province has met its coal quota'),  # certainty-lookalike: for certain sentence-initial
    ('Residents could say with certainty that the chimney had not smoked for weeks.',
     'the chimney had not smoked for weeks'),  # certainty-lookalike: could say with certainty
    ('It is hard to accept that children must collect 15 kilograms of scrap a month, but that is the rule.',
     'children must collect 15 kilograms of scrap a month'),  # hard-to-lookalike: hard to accept grants X
    ('It is hard to believe that the mill has not repaid a single loan in a decade, but Chinese firms say so.',
     'the mill has not repaid a single loan in a decade'),  # hard-to-lookalike: hard to believe grants X
    ('It is difficult for residents to accept that the state will not pay for the panels.',
     'the state will not pay for the panels'),  # hard-to-lookalike: difficult for X to accept
    ('It is hard to ignore that rice prices have tripled since the autumn.',
     'rice prices have tripled since the autumn'),  # hard-to-lookalike: hard to ignore grants X
    ('It is impossible to deny that the power shortages have worsened.',
     'the power shortages have worsened'),  # hard-to-lookalike: impossible to deny grants X
    ('It is impossible to ignore the fact that the plants freeze in winter.',
     'the plants freeze in winter'),  # hard-to-lookalike: impossible to ignore the fact
    ('It is not hard to see that the new furnace needs even more electricity.',
     'the new furnace needs even more electricity'),  # hard-to-lookalike: not hard to see
    ("It is not difficult to show that the mill's output has collapsed.",
     "the mill's output has collapsed"),  # hard-to-lookalike: not difficult to show (double negation)
    ('It is easy to confirm that the border market reopened: traders have posted photos of the stalls.',
     'the border market reopened'),  # hard-to-lookalike: easy to confirm
    ('Satellite imagery has made it possible to confirm that the dam was completed in October.',
     'the dam was completed in October'),  # hard-to-lookalike: possible to confirm
    ('It was difficult at first, but investigators were eventually able to establish that the fire started in the boiler room.',
     'the fire started in the boiler room'),  # hard-to-lookalike: able to establish
    ('It was hard to miss that the chimney had stopped smoking.',
     'the chimney had stopped smoking'),  # hard-to-lookalike: hard to miss grants X
    ('It has become hard to hide that the factory has run out of coke.',
     'the factory has run out of coke'),  # hard-to-lookalike: hard to hide grants X
    ('It is painful for officials to admit that the hydroelectric campaign has failed.',
     'the hydroelectric campaign has failed'),  # hard-to-lookalike: painful to admit
    ('It is hard to escape the conclusion that the policy is largely for show.',
     'the policy is largely for show'),  # hard-to-lookalike: hard to escape the conclusion
    ('It is hard to overstate how badly the coke shortage has hit Chongjin.',
     'the coke shortage has hit Chongjin'),  # hard-to-lookalike: hard to overstate
    ('It became impossible for the ministry to deny that the mine had flooded.',
     'the mine had flooded'),  # hard-to-lookalike: impossible for X to deny
    ('It is hard to explain why the mill was allowed to accumulate such debts.',
     'the mill was allowed to accumulate such debts'),  # hard-to-lookalike: hard to explain why (factive)
    ('It is hard to forget that the 1990s famine began with a similar energy crisis.',
     'the 1990s famine began with a similar energy crisis'),  # hard-to-lookalike: hard to forget grants X
    ('It is easy to show that imports of Chinese parts have fallen.',
     'imports of Chinese parts have fallen'),  # hard-to-lookalike: easy to show
    ('The data make it hard to argue with the view that the recovery is real.',
     'the recovery is real'),  # hard-to-lookalike: hard to argue with the view
    ("It is hard to say much in the regime's favour, but it is clear that the new dam works.",
     'the new dam works'),  # hard-to-lookalike: hard to say other thing
    ('It is hard for managers to admit that the quota cannot be met.',
     'the quota cannot be met'),  # hard-to-lookalike: hard for X to admit
    ('It was difficult to find coke, and the source said that the furnace was idle for weeks.',
     'the furnace was idle for weeks'),  # hard-to-lookalike: difficult to find
    ('Analysts are convinced that the mine reopened in May, citing satellite images.',
     'the mine reopened in May'),  # convinced-lookalike: convinced (positive)
    ('Managers made sure that every worker brought a sled on Jan. 2.',
     'every worker brought a sled on Jan. 2'),  # convinced-lookalike: made sure that
    ('The provincial committee made sure that all agencies installed the equipment.',
     'all agencies installed the equipment'),  # convinced-lookalike: made sure that
    ('Local officials ensured that the quota was met.',
     'the quota was met'),  # convinced-lookalike: ensured that
    ('He is not sure when the order was issued, but he is sure that it came from the Cabinet.',
     'it came from the Cabinet'),  # convinced-lookalike: is sure that after not sure when
    ('Even skeptical economists agree that the sanctions have raised the price of parts.',
     'the sanctions have raised the price of parts'),  # convinced-lookalike: skeptical economists agree
    ('Once sceptical, the source now accepts that the new furnace is working.',
     'the new furnace is working'),  # convinced-lookalike: once sceptical, now accepts
    ('Unconvinced by the plan, residents point out that the rivers freeze every winter.',
     'the rivers freeze every winter'),  # convinced-lookalike: unconvinced by plan
    ('The county holds the dubious distinction that its mine has never met a quota.',
     'its mine has never met a quota'),  # convinced-lookalike: dubious distinction that
    ('Skeptics concede that output rose in the first quarter.',
     'output rose in the first quarter'),  # convinced-lookalike: skeptics concede
    ('South Korean experts remain skeptical about the policy, though they acknowledge that construction has begun.',
     'construction has begun'),  # convinced-lookalike: skeptical about, acknowledge
    ('Not sure of the exact figure, the source nonetheless confirmed that prices had doubled.',
     'prices had doubled'),  # convinced-lookalike: not sure of figure, confirmed
    ('It is not surprising that the provinces cannot afford the panels.',
     'the provinces cannot afford the panels'),  # convinced-lookalike: not surprising
    ('The source was sure that the order came in January.',
     'the order came in January'),  # convinced-lookalike: was sure
    ('The doubters have been proved wrong: the mill did restart in March.',
     'the mill did restart in March'),  # convinced-lookalike: doubters proved wrong
    ('Even the most skeptical observers accept that trade with China has recovered.',
     'trade with China has recovered'),  # convinced-lookalike: skeptical observers accept
    ('Officials want to make sure that the panels are installed before winter, and they say that the first 200 are already in place.',
     'the first 200 are already in place'),  # convinced-lookalike: make sure
    ('The army withdrew its troops from the border area after the ministry announced that the quarantine had ended.',
     'the quarantine had ended'),  # retraction-lookalike: withdrew troops
    ('China withdrew its workers after it emerged that the mine had not paid wages for months.',
     'the mine had not paid wages for months'),  # retraction-lookalike: withdrew workers
    ('The company withdrew its bid, saying that the mine was no longer profitable.',
     'the mine was no longer profitable'),  # retraction-lookalike: withdrew bid
    ('KCNA was correct that the furnace had been rebuilt.',
     'the furnace had been rebuilt'),  # retraction-lookalike: correct = right
    ('The source is correct in his claim that the quota was raised in January.',
     'the quota was raised in January'),  # retraction-lookalike: correct in his claim
    ('Officials correctly reported that coal output fell in 2024.',
     'coal output fell in 2024'),  # retraction-lookalike: correctly reported
    ('The agency corrected its estimate and now says that output fell by 12 percent.',
     'output fell by 12 percent'),  # retraction-lookalike: corrected estimate, now says
    ('The ministry never retracted its claim that the dam was finished on schedule.',
     'the dam was finished on schedule'),  # retraction-lookalike: never retracted (claim stands)
    ('The ministry has refused to withdraw its statement that the mine is operating normally.',
     'the mine is operating normally'),  # retraction-lookalike: refused to withdraw
    ('State media stood by its report that the new furnace was completed in December.',
     'the new furnace was completed in December'),  # retraction-lookalike: stood by its report
    ('The ministry reaffirmed its claim that the harvest was the best in a decade.',
     'the harvest was the best in a decade'),  # retraction-lookalike: reaffirmed its claim
    ('The ministry retracted its denial that the mine had flooded and apologised to the families.',
     'the mine had flooded'),  # retraction-lookalike: retracted its denial = admits X
    ('The official walked back his earlier denial and admitted that the mill had missed its quota.',
     'the mill had missed its quota'),  # retraction-lookalike: walked back denial, admitted
    ("Kim's aides corrected the record, confirming that the visit took place in March.",
     'the visit took place in March'),  # retraction-lookalike: corrected the record, confirming
    ('The factory withdrew its request for more coal once it became clear that the furnace would stay idle.',
     'the furnace would stay idle'),  # retraction-lookalike: withdrew request
    ('Chinese suppliers withdrew credit after the mills failed to repay their debts.',
     'the mills failed to repay their debts'),  # retraction-lookalike: withdrew credit
    ('Daily NK corrected a date in its report; the order was issued on Jan. 8, not Jan. 7.',
     'the order was issued on Jan. 8'),  # retraction-lookalike: corrected a date
    ('The trader walked back to the market and said that the stalls had reopened.',
     'the stalls had reopened'),  # retraction-lookalike: walked back (motion)
    ('The source, who withdrew from the campaign in March, said that the quota was impossible to meet.',
     'the quota was impossible to meet'),  # retraction-lookalike: withdrew from campaign
    ('Rather than retract its report that the mill met its quota, state media repeated it.',
     'the mill met its quota'),  # retraction-lookalike: rather than retract (attribution stand
    ('The ministry has not withdrawn its statement that exports doubled.',
     'exports doubled'),  # retraction-lookalike: has not withdrawn
    ('The fact that the state demands scrap metal from children is absurd, residents say.',
     'the state demands scrap metal from children'),  # idea-absurd-lookalike: the fact that X is absurd (factive)
    ('The fact that the mill still owes its Chinese suppliers is embarrassing for Pyongyang.',
     'the mill still owes its Chinese suppliers'),  # idea-absurd-lookalike: the fact that
    ('That the mill must still meet a quota of one million tonnes is absurd, the source said.',
     'the mill must still meet a quota of one million tonnes'),  # idea-absurd-lookalike: factive that-subject is absurd
    ('The reality that the mill runs only a few days a year is unlikely to change soon.',
     'the mill runs only a few days a year'),  # idea-absurd-lookalike: the reality that X is unlikely to cha
    ('The plan that the Cabinet approved in January is unlikely to succeed.',
     'the Cabinet approved in January'),  # idea-absurd-lookalike: relative clause then is unlikely
    ('The suggestion that the source made to reporters is far-fetched, but the figures he cited are accurate.',
     'the figures he cited are accurate'),  # idea-absurd-lookalike: other clause
    ('The claim that the mine reopened in May is accurate, but the suggestion that it will double output is far-fetched.',
     'the mine reopened in May'),  # idea-absurd-lookalike: claim is accurate
    ('The idea that the mine reopened in May is supported by satellite images.',
     'the mine reopened in May'),  # idea-absurd-lookalike: idea is supported
    ('The notion that sanctions have cut the supply of parts is widely accepted and borne out by customs data.',
     'sanctions have cut the supply of parts'),  # idea-absurd-lookalike: notion borne out
    ('Demanding 10 kilograms of scrap from every child is absurd, the source said.',
     '10 kilograms of scrap from every child'),  # idea-absurd-lookalike: demanding X is absurd
    ('The gap between official figures and reality is laughable, one trader said.',
     'The gap between official figures and reality'),  # idea-absurd-lookalike: noun phrase is laughable
    ('Prices rose by 30 percent in a month, which traders called ridiculous.',
     'Prices rose by 30 percent in a month'),  # idea-absurd-lookalike: which traders called ridiculous
    ('The price of coke is ridiculous, the source said, and it is still rising.',
     'it is still rising'),  # idea-absurd-lookalike: other clause
    ('The mill has failed to repay its debts. A new loan from China is unlikely.',
     'The mill has failed to repay its debts'),  # idea-absurd-lookalike: unlikely in next sentence
    ('The official growth figure of 10 percent is exaggerated, analysts say, but output did rise.',
     'output did rise'),  # idea-absurd-lookalike: exaggerated elsewhere
    ('Residents say the suggestion is absurd: the mine reopened in May and has been working ever since.',
     'the mine reopened in May and has been working ever since'),  # idea-absurd-lookalike: absurd before colon
    ('The warning that the rivers would freeze proved accurate; by December the plants had stopped.',
     'by December the plants had stopped'),  # idea-absurd-lookalike: warning proved accurate
    ('Fears of a famine are overblown, but food prices have risen sharply.',
     'food prices have risen sharply'),  # idea-absurd-lookalike: overblown elsewhere
    ('The concern that costs are rising is well founded: the price of coke doubled last year.',
     'costs are rising'),  # idea-absurd-lookalike: concern is well founded
    ('The complaint is understandable, since the mill can only run intermittently.',
     'the mill can only run intermittently'),  # idea-absurd-lookalike: other
    ('Given that the mill runs only a few days a year, the claim that it met its quota is implausible.',
     'the mill runs only a few days a year'),  # idea-absurd-lookalike: quote before, implausible later
    ('The official figure of 30 megawatts is exaggerated, analysts say.',
     'The official figure of 30 megawatts'),  # idea-absurd-lookalike: noun phrase is exaggerated (figure ex
    ('The shortage is no myth: the mill runs only a few days a year.',
     'the mill runs only a few days a year'),  # myth-lookalike: no myth before colon
    ('That children must collect scrap every month is no myth.',
     'children must collect scrap every month'),  # myth-lookalike: is no myth (negated)
    ('The scrap quota is not a myth; every pupil must collect between eight and 15 kilograms.',
     'every pupil must collect between eight and 15 kilograms'),  # myth-lookalike: not a myth
    ('The coke shortage is not a hoax, the source insisted.',
     'The coke shortage'),  # myth-lookalike: is not a hoax (negated)
    ("State media's report that the mill met its quota is pure fiction, but the new furnace is real.",
     'the new furnace is real'),  # myth-lookalike: other clause
    ('Residents said the rumours were nonsense and that the market reopened on Monday.',
     'the market reopened on Monday'),  # myth-lookalike: rumours nonsense, X asserted
    ('Calling the rumours nonsense, the official confirmed that the market reopened on Monday.',
     'the market reopened on Monday'),  # myth-lookalike: calling rumours nonsense
    ('The power cuts are far from a myth, residents say.',
     'The power cuts'),  # myth-lookalike: far from a myth
    ('The official figures are nonsense, one trader said.',
     'The official figures are nonsense'),  # myth-lookalike: quote includes nonsense
    ('Far from being a hoax, the new dam has been producing electricity since October.',
     'the new dam has been producing electricity since October'),  # myth-lookalike: far from being a hoax
    ('That the mill runs only a few days a year is no falsehood, the manager admitted.',
     'the mill runs only a few days a year'),  # myth-lookalike: is no falsehood
    ('No analyst disputes that the mill is struggling.',
     'the mill is struggling'),  # denied-denial: no analyst disputes
    ('Neither side denies that the talks took place in Dandong.',
     'the talks took place in Dandong'),  # denied-denial: neither side denies
    ('None of the witnesses disputes that the fire began in the boiler room.',
     'the fire began in the boiler room'),  # denied-denial: none of the witnesses disputes
    ('Not even the ministry disputes that the harvest was poor.',
     'the harvest was poor'),  # denied-denial: not even the ministry disputes
    ('Officials no longer deny that the mine flooded in July.',
     'the mine flooded in July'),  # denied-denial: no longer deny
    ('Nobody disputes that the sanctions have raised prices.',
     'the sanctions have raised prices'),  # denied-denial: nobody disputes
    ('No one denies that the rivers freeze in winter.',
     'the rivers freeze in winter'),  # denied-denial: no one denies
    ('Few deny that electricity shortages are the main obstacle.',
     'electricity shortages are the main obstacle'),  # denied-denial: few deny
    ('Hardly anyone disputes that the coke shortage is real.',
     'the coke shortage is real'),  # denied-denial: hardly anyone disputes
    ('No one seriously disputes that the mills owe money to Chinese firms.',
     'the mills owe money to Chinese firms'),  # denied-denial: no one seriously disputes
    ('It is not disputed that the order came from the Cabinet.',
     'the order came from the Cabinet'),  # denied-denial: it is not disputed
    ('It is undisputed that the quota was raised.',
     'the quota was raised'),  # denied-denial: undisputed
    ('No one can deny that the campaign has exhausted residents.',
     'the campaign has exhausted residents'),  # denied-denial: no one can deny
    ('There is no denying that prices have risen sharply.',
     'prices have risen sharply'),  # denied-denial: no denying
    ('Not even the ministry could deny that the furnace was idle.',
     'the furnace was idle'),  # denied-denial: not even could deny
    ('Even the ministry admits that the harvest was poor.',
     'the harvest was poor'),  # denied-denial: even the ministry admits
    ('No analyst doubts that trade with China has recovered.',
     'trade with China has recovered'),  # denied-denial: no analyst doubts
    ('Few doubt that the sanctions have cut the supply of Chinese parts.',
     'the sanctions have cut the supply of Chinese parts'),  # denied-denial: few doubt
    ('The government no longer disputes that the dam cracked during construction.',
     'the dam cracked during construction'),  # denied-denial: no longer disputes
    ('Neither Beijing nor Pyongyang denies that the shipments took place.',
     'the shipments took place'),  # denied-denial: neither nor denies
    ('No resident we spoke to denied that the market had been closed for weeks.',
     'the market had been closed for weeks'),  # denied-denial: no resident denied
    ('None of the officials interviewed disputed that output had fallen.',
     'output had fallen'),  # denied-denial: none disputed
    ('Not one of the sources disputes that the mill was idle in January.',
     'the mill was idle in January'),  # denied-denial: not one disputes
    ('No one doubts that the furnace needs more electricity.',
     'the furnace needs more electricity'),  # denied-denial: no one doubts
    ('Nobody questions that the province has met its coal quota.',
     'the province has met its coal quota'),  # denied-denial: nobody questions
    ('There is no evidence that the mine reopened in May.',
     'There is no evidence that the mine reopened in May'),  # whole-quote: includes no evidence
    ('Nobody can say for certain that the furnace works.',
     'Nobody can say for certain that the furnace works'),  # whole-quote: includes nobody can say
    ('It is impossible to confirm that the dam was completed.',
     'It is impossible to confirm that the dam was completed'),  # whole-quote: includes impossible to confirm
    ('Analysts are not convinced that the policy will work.',
     'Analysts are not convinced that the policy will work'),  # whole-quote: includes not convinced
    ('The ministry withdrew its claim that the harvest was a record.',
     'The ministry withdrew its claim that the harvest was a record'),  # whole-quote: includes withdrew its claim
    ('The idea that the mill met its quota is absurd.',
     'The idea that the mill met its quota is absurd'),  # whole-quote: includes is absurd
    ('If the harvest fails again, famine will return.',
     'If the harvest fails again, famine will return'),  # whole-quote: includes if
    ('Residents asked if the mine had reopened.',
     'Residents asked if the mine had reopened'),  # whole-quote: includes asked if
    ('Output will rise if the mine reopens, officials said.',
     'Output will rise if the mine reopens'),  # whole-quote: includes if
    ('The claim that the mill is thriving is a myth, residents say.',
     'The claim that the mill is thriving is a myth'),  # whole-quote: includes is a myth
    ('Should the border reopen, trade would rebound, analysts say.',
     'Should the border reopen, trade would rebound'),  # whole-quote: includes Should
    ('There is little hard evidence that the mine reopened.',
     'little hard evidence that the mine reopened'),  # whole-quote: includes little hard evidence
    ('Officials withdrew their statement that exports had doubled.',
     'withdrew their statement that exports had doubled'),  # whole-quote: includes withdrew
    ('It is unclear if the new furnace works.',
     'unclear if the new furnace works'),  # whole-quote: includes unclear if
    ('If the first half of the year was difficult for the mill, the second half was worse.',
     'the first half of the year was difficult for the mill'),  # if-lookalike: contrastive if, no modal
    ('If Pyongyang was quiet, the border towns were not.',
     'Pyongyang was quiet'),  # if-lookalike: contrastive if, no modal
    ('Officials reported a modest if real recovery in coal output, which could continue into next year.',
     'real recovery in coal output'),  # if-lookalike: concessive adjectival if, modal elsewhere
    ('Rice prices showed a slow if steady rise that may continue through the spring.',
     'steady rise that may continue through the spring'),  # if-lookalike: concessive adjectival if
    ('The new furnace is an imperfect if useful solution that could save coke.',
     'useful solution that could save coke'),  # if-lookalike: concessive adjectival if
    ('The ministry reported a small if significant increase in zinc output, which it says will continue.',
     'significant increase in zinc output'),  # if-lookalike: concessive adjectival if
    ('Traders described a cautious if genuine revival of cross-border trade, which could gather pace in spring.',
     'genuine revival of cross-border trade'),  # if-lookalike: concessive adjectival if
    ('If anything, the shortage could worsen next year.',
     'the shortage could worsen next year'),  # if-lookalike: if anything
    ('If anything, prices rose faster in March than in February.',
     'prices rose faster in March than in February'),  # if-lookalike: if anything
    ('If January was quiet at the border, February was busy. Trade will pick up further in spring, traders say.',
     'January was quiet at the border'),  # if-lookalike: contrastive if, modal in next sentence
    ('The mine reopened in May, though officials would not say if it had met its quota.',
     'The mine reopened in May'),  # if-lookalike: if later in sentence
    ('Prices rose in May, and analysts wonder if they will keep rising.',
     'Prices rose in May'),  # if-lookalike: if later in sentence
    ('Even though the mine reopened in May, output will remain low.',
     'the mine reopened in May'),  # if-lookalike: even though + modal
    ('Although the border has reopened, trade may take months to recover.',
     'the border has reopened'),  # if-lookalike: although + modal
    ('Since the mine reopened in May, output has risen and could double by the end of the year.',
     'the mine reopened in May'),  # if-lookalike: since + modal
    ('As the rivers froze in December, the plants had to stop, and they may not restart until March.',
     'the rivers froze in December'),  # if-lookalike: as + modal
    ('When the mine reopened in May, officials said output would double.',
     'the mine reopened in May'),  # if-lookalike: when + modal
    ('Now that the border has reopened, traders expect prices to fall, and they may be right.',
     'the border has reopened'),  # if-lookalike: now that + modal
    ('Because the mills failed to repay their debts, Chinese firms will no longer supply coke on credit.',
     'the mills failed to repay their debts'),  # if-lookalike: because + modal
    ('After the mine reopened in May, officials said output could double.',
     'the mine reopened in May'),  # if-lookalike: after + modal
    ('Once the dam was finished, the county could finally supply electricity to its factories.',
     'the dam was finished'),  # if-lookalike: once (past) + modal
    ('Whatever the cause, the mill must now repay its debts.',
     'the mill must now repay its debts'),  # if-lookalike: whatever + modal
    ('The source said that if the first delivery was late, the second arrived on time.',
     'the first delivery was late'),  # if-lookalike: contrastive if after said that
    ('Asked why the mine had reopened, the manager said output would double.',
     'the mine had reopened'),  # if-lookalike: asked why (factive) + modal
    ('Officials know that the mine has reopened and will ask for more workers.',
     'the mine has reopened'),  # if-lookalike: know that (not know if)
    ('It is clear that the furnace works, and output should rise.',
     'the furnace works'),  # if-lookalike: clear that (not unclear if) + modal
    ('Officials confirmed that the mine has reopened; they will decide later if it needs more workers.',
     'the mine has reopened'),  # if-lookalike: if later in sentence
    ('No sooner had the mine reopened than it flooded again, and it may not reopen this year.',
     'the mine reopened'),  # had-lookalike: no sooner had (factual inversion)
    ('Hardly had the border reopened when prices began to fall, and they could fall further.',
     'the border reopened'),  # had-lookalike: hardly had (factual inversion)
    ('“Had no electricity for three days,” the source said, adding that the plant could not operate.',
     'no electricity for three days'),  # had-lookalike: Had as main verb, subject dropped
    ('“Were told we must bring 10 kilograms of scrap each,” a resident said.',
     'told we must bring 10 kilograms of scrap each'),  # had-lookalike: Were passive, subject dropped
    ('South Pyongan province:\n\n- Had its best coal output in a decade\n- Will expand hydroelectric capacity this year\n',
     'its best coal output in a decade'),  # had-lookalike: Had as main verb in list item
    ('The mill had repaid part of its debt by March, and officials said it would repay the rest.',
     'repaid part of its debt by March'),  # had-lookalike: past perfect + modal
    ('Officials said they had reopened the mine and would hire more workers.',
     'reopened the mine'),  # had-lookalike: had mid-sentence
    ('The workers were paid in rice, and they should be paid in cash next year.',
     'paid in rice'),  # had-lookalike: were mid-sentence + should
    ('“We had no coke for a month,” he said, “so the furnace could not run.”',
     'no coke for a month'),  # had-lookalike: had main verb
    ('The mine reopened in May and will expand output next year, officials said.',
     'The mine reopened in May'),  # modal-elsewhere: will later
    ('Prices have doubled since January, and traders say they could double again.',
     'Prices have doubled since January'),  # modal-elsewhere: could later
    ('Chinese firms stopped supplying coke on credit; the mill must now pay cash.',
     'Chinese firms stopped supplying coke on credit'),  # modal-elsewhere: must later
    ('The border reopened in August, although it may close again if cases rise.',
     'The border reopened in August'),  # modal-elsewhere: may + if later
    ('The plant can generate 30 megawatts when the river is full.',
     'The plant can generate 30 megawatts'),  # modal-elsewhere: can
    ('“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday.',
     'the province has been modernizing mining equipment and expanding operations'),  # seed: plain
    ('“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday.',
     'in response to the Cabinet’s administrative order for January'),  # seed: plain
    ('“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.',
     'Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter'),  # seed: can't + when
    ('“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.',
     'we need alternative solutions'),  # seed: after so
    ('The South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”',
     'provinces can’t afford it'),  # seed: can't
    ('The South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”',
     'Expanding solar energy requires large-scale panel installation'),  # seed: plain
    ('South Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.”',
     'have had minimal impact on power distribution'),  # seed: skeptical nearby
    ('South Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.”',
     'South Korean experts remain skeptical'),  # seed: skeptical in quote
    ('He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”',
     'achieving meaningful results would be challenging'),  # seed: would
    ('He suggested that the latest policy is “likely just for show, typical of the regime.”',
     'likely just for show, typical of the regime'),  # seed: plain
    ('Regarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.”',
     'production relies on Chinese-made parts'),  # seed: plain
    ('Regarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.”',
     'difficult to obtain in large quantities due to international sanctions'),  # seed: difficult to obtain
    ('However, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.',
     'realistic policies and concrete support'),  # seed: plain
    ('Every North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month.',
     'must collect between eight and 15 kilograms of scrap metal each month'),  # seed: must
    ('A resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.',
     'the facility can only run intermittently'),  # seed: can
    ('A resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.',
     'owing to electricity and fuel shortages'),  # seed: plain
    ('“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.',
     'Smoke only comes out of the chimney of the steel mill a few days each year'),  # seed: plain
    ('Companies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.',
     'the mills have failed to repay their debts'),  # seed: after as
    ('Companies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.',
     'are increasingly reluctant to do so'),  # seed: plain
    ('“A few years ago, a manager of the steel mill was on a business trip in China to try to solve the coke issue,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”',
     'North Korean authorities were forced to pay back part of the outstanding debt'),  # seed: were
    ('But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.',
     'not a very clever solution'),  # seed: quoted phrase
    ('But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.',
     'this method requires even more electricity to produce the oxygen needed in the process'),  # seed: after because
    ('But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.',
     'North Korea suffers from nationwide power shortages'),  # seed: plain
    ('“This is in addition to our monthly scrap metal assignment,” said the source.',
     'This is in addition to our monthly scrap metal assignment'),  # seed: plain
    ('“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”',
     'the province is not able to meet the demand for steel products'),  # seed: not able
    ('The source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.',
     'a lack of electricity and scrap metal'),  # seed: plain
    ('There are no current data available that could answer that. There are reports that the DPRK locally produces solar panels and there are also reports that they import them from China.',
     'There are no current data available'),  # seed: no data
    ('China has been exporting a lot of wafers and cells lately, which are the hardest components to make.',
     'China has been exporting a lot of wafers and cells lately'),  # seed: hardest nearby
    ('China has been exporting a lot of wafers and cells lately, which are the hardest components to make.',
     'the hardest components to make'),  # seed: hardest to make
    ('In the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.',
     'local solar systems are being expanded'),  # seed: plain
    ('Despite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.',
     'state media has been reporting that Kim Chaek is meeting production demand'),  # seed: attribution kept
    ('Similarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.',
     'began installing solar power equipment at local factories'),  # seed: plain
    ('The price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source.',
     'the new oxygen-thermal furnace is intended to help solve the issue'),  # seed: after so
    ('“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.',
     'The New Year’s prospects for Kim Chaek Steel are very bleak'),  # seed: plain
    ('The scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.',
     'The scrap is in addition to an existing monthly quota'),  # seed: plain
    ('“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said.',
     'employees of all the factories and enterprises had to report to work with sleds and carts'),  # seed: had to
    ('South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.',
     'aiming to meet electricity demands in energy-deficient districts'),  # seed: plain
]


@pytest.mark.parametrize("body, quote", REVIEWED_UNDONE)
def test_the_reviews_unfaithful_quotes_are_approximate(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", REVIEWED_FAITHFUL)
def test_the_reviews_faithful_quotes_stay_verified(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


# The second review, of whole paragraphs (held out the same way). Left out and decided: a
# contradiction in the next sentence ("… were full. In reality, most had been empty"), "hard to
# believe that" (as often said of what did happen), unmet plans ("had promised that rations would
# resume"), "so-called" (a name's marker), and "If you walk through the market, you will see".
PARAGRAPHS_UNDONE = [
    ('There is scant evidence that the new economic zone in Sinuiju has attracted Chinese investors. Of the 14 projects announced in 2019, none has broken ground.',
     'the new economic zone in Sinuiju has attracted Chinese investors'),  # doubt: 'scant evidence that'
    ('Nothing in the customs data suggests that coal exports have resumed. Shipments through Dandong remained at zero in September.',
     'coal exports have resumed'),  # doubt: 'Nothing ... suggests that'
    ('There is little to suggest that the ration system has been restored outside Pyongyang; most workers in Chongjin still receive nothing.',
     'the ration system has been restored outside Pyongyang'),  # doubt: 'little to suggest that'
    ('No evidence has emerged that Chinese tour groups have returned to Rason, despite repeated announcements by local officials.',
     'Chinese tour groups have returned to Rason'),  # doubt: 'No evidence has emerged that'
    ('Daily NK was unable to verify that the Hyesan market was closed for a week. Two sources gave conflicting accounts.',
     'the Hyesan market was closed for a week'),  # doubt: 'unable to verify that'
    ('Claims that the factory doubled its output could not be independently verified.',
     'the factory doubled its output'),  # doubt: 'Claims that X could not be independently verified'
    ('Reports that the Tumen bridge will open in June could not be confirmed by NK News, and Chinese officials declined to comment.',
     'the Tumen bridge will open in June'),  # doubt: 'Reports that X could not be confirmed'
    ('It remains unclear whether the new wage rules have been applied outside Pyongyang.',
     'the new wage rules have been applied outside Pyongyang'),  # whether: 'unclear whether'
    ('It is far from certain that the state can pay the higher wages it has promised to miners.',
     'the state can pay the higher wages it has promised to miners'),  # doubt: 'far from certain that'
    ('It is doubtful that the Musan mine will reach its 2025 target, given the chronic shortage of electricity.',
     'the Musan mine will reach its 2025 target'),  # doubt: 'It is doubtful that'
    ('Analysts doubt that the new currency rules will stop the use of yuan in border markets.',
     'the new currency rules will stop the use of yuan in border markets'),  # doubt: 'Analysts doubt that'
    ('Few believe that the price caps will hold. Within days of the announcement, traders were selling rice under the counter at the old rate.',
     'the price caps will hold'),  # doubt: 'Few believe that'
    ('Nobody in Hyesan seriously believes that the border will reopen this year, a trader told RFA.',
     'the border will reopen this year'),  # doubt: 'Nobody ... believes that'
    ('It is unlikely that the greenhouse farm will supply vegetables through the winter, given the lack of heating fuel.',
     'the greenhouse farm will supply vegetables through the winter'),  # doubt: 'It is unlikely that'
    ('There was no indication that the tanker had unloaded its cargo at Nampho, according to the panel’s report.',
     'the tanker had unloaded its cargo at Nampho'),  # doubt: 'no indication that'
    ('The ministry denied that troops had been deployed to guard the grain depots in South Hwanghae.',
     'troops had been deployed to guard the grain depots'),  # denial: 'denied that'
    ('Officials dismissed reports that the Pyongyang department store had run out of imported goods.',
     'the Pyongyang department store had run out of imported goods'),  # denial: 'dismissed reports that'
    ('The Unification Ministry rejected claims that it had underreported the number of defectors arriving in 2023.',
     'it had underreported the number of defectors arriving in 2023'),  # denial: 'rejected claims that'
    ('Unfounded rumours that the currency would be redenominated again sent traders in Sinuiju rushing to buy yuan.',
     'the currency would be redenominated again'),  # doubt: 'Unfounded rumours that'
    ('The rumour that Kim Chaek Steel had closed for good turned out to be false; the mill resumed partial operations in March.',
     'Kim Chaek Steel had closed for good'),  # ridicule: 'rumour that X turned out to be false'
    ('Satellite images cast doubt on claims that the Sinpo shipyard has launched a new submarine.',
     'the Sinpo shipyard has launched a new submarine'),  # doubt: 'cast doubt on claims that'
    ('There is not a single piece of evidence that the cooperative farms met their quotas this year.',
     'the cooperative farms met their quotas this year'),  # doubt: 'not a single piece of evidence that'
    ('None of the sources could confirm that rations had resumed in Kimchaek.',
     'rations had resumed in Kimchaek'),  # doubt: 'None ... could confirm that'
    ('We have seen nothing to indicate that the Musan mine is exporting iron ore again.',
     'the Musan mine is exporting iron ore again'),  # doubt: 'nothing to indicate that'
    ('Despite state media reports, it is by no means clear that the new hospital in Pyongyang has opened to patients.',
     'the new hospital in Pyongyang has opened to patients'),  # doubt: 'by no means clear that'
    ('Questions remain over whether the Komdok mine has really doubled its output.',
     'the Komdok mine has really doubled its output'),  # whether: 'Questions remain over whether'
    ('No source has been able to corroborate the claim that Chinese investors are building a cement plant in Rason.',
     'Chinese investors are building a cement plant in Rason'),  # doubt: 'No source ... corroborate the claim that'
    ('It would be a mistake to assume that higher wages mean higher living standards: rice prices rose faster still.',
     'higher wages mean higher living standards'),  # ridicule: 'a mistake to assume that'
    ('Pyongyang has offered no proof that the fire at the Sinuiju warehouse was started by smugglers.',
     'the fire at the Sinuiju warehouse was started by smugglers'),  # doubt: 'offered no proof that'
    ('Kim Jong Un’s claim that the country has solved its food problem is not borne out by the market data.',
     'the country has solved its food problem'),  # ridicule: 'claim that X is not borne out'
    ('Residents have stopped believing that the state will deliver the promised coal before winter.',
     'the state will deliver the promised coal before winter'),  # doubt: 'stopped believing that'
    ('We found no sign that the new trucks had reached the mine by the end of the month.',
     'the new trucks had reached the mine'),  # doubt: 'found no sign that'
    ('Nobody has been able to prove that the smuggling ring paid off border guards in Hyesan.',
     'the smuggling ring paid off border guards in Hyesan'),  # doubt: 'Nobody has been able to prove that'
    ('Officials did not confirm that the bridge would open in June.',
     'the bridge would open in June'),  # doubt: 'did not confirm that'
    ('State media stopped short of saying that the harvest had been a success.',
     'the harvest had been a success'),  # doubt: 'stopped short of saying that'
    ('The ministry failed to show that the new factories had increased output, relying instead on photographs of a single production line.',
     'the new factories had increased output'),  # doubt: 'failed to show that'
    ('Researchers found no basis for the claim that private farming plots had been abolished in 2022.',
     'private farming plots had been abolished in 2022'),  # doubt: 'no basis for the claim that'
    ('Sources in Chongjin were not aware that rations had been distributed this month.',
     'rations had been distributed this month'),  # doubt: 'not aware that'
    ('There is no truth to the claim that the state has stopped collecting scrap metal from schoolchildren.',
     'the state has stopped collecting scrap metal from schoolchildren'),  # denial: 'no truth to the claim that'
    ('It is not true that the Chinese have stopped buying seafood, a trader in Sinuiju said.',
     'the Chinese have stopped buying seafood'),  # denial: 'It is not true that'
    ('Economists are dubious that the official growth rate of 3.7 percent reflects real output.',
     'the official growth rate of 3.7 percent reflects real output'),  # doubt: 'dubious that'
    ('Experts in Seoul question the assumption that the new rail line will carry freight before 2027.',
     'the new rail line will carry freight before 2027'),  # doubt: 'question the assumption that'
    ('It is difficult to prove that sanctions caused the shortage, rather than the floods.',
     'sanctions caused the shortage'),  # doubt: 'difficult to prove that'
    ('Daily NK has seen no documents showing that the Cabinet ordered the market closures.',
     'the Cabinet ordered the market closures'),  # doubt: 'seen no documents showing that'
    ('The newspaper later walked back its claim that 200 traders had been arrested in Hyesan, saying the figure was “closer to 20.”',
     '200 traders had been arrested in Hyesan'),  # retraction: 'walked back its claim that'
    ('The ministry backtracked on its assertion that all state employees had received their wages in full.',
     'all state employees had received their wages in full'),  # retraction: 'backtracked on its assertion that'
    ('The broadcaster issued a correction to its report that the Sinuiju market had been shut down; the market was in fact open.',
     'the Sinuiju market had been shut down'),  # retraction: 'issued a correction to its report that'
    ('The defector later took back his statement that he had worked at the Yongbyon site, telling investigators he had only heard stories about it.',
     'he had worked at the Yongbyon site'),  # retraction: 'took back his statement that'
    ('The provincial committee has abandoned its claim that the dam would be completed by October.',
     'the dam would be completed by October'),  # retraction: 'abandoned its claim that'
    ('By spring the ministry no longer maintained that the harvest had been a record.',
     'the harvest had been a record'),  # retraction: 'no longer maintained that'
    ('South Korea’s spy agency has since retreated from its assessment that Kim’s sister was running the economy.',
     'Kim’s sister was running the economy'),  # retraction: 'retreated from its assessment that'
    ('Traders no longer claim that the yuan is safe; many have switched to dollars since the spring crackdown.',
     'the yuan is safe'),  # retraction: 'no longer claim that'
    ('The suggestion that sanctions have had no effect on the economy is laughable, given that exports fell by 90 percent.',
     'sanctions have had no effect on the economy'),  # ridicule: 'suggestion that X is laughable'
    ('The story that Kim Jong Un personally ordered the price cuts is a fabrication of state media.',
     'Kim Jong Un personally ordered the price cuts'),  # ridicule: 'story that X is a fabrication'
    ('That the new wage system has raised living standards is a fantasy, one economist said.',
     'the new wage system has raised living standards'),  # ridicule: sentence-initial 'That X is a fantasy'
    ('Claims that the state has eliminated hunger are wildly exaggerated.',
     'the state has eliminated hunger'),  # ridicule: 'Claims that X are wildly exaggerated'
    ('The belief that rice is cheap in Pyongyang is mistaken; prices in the capital have tracked those at the border.',
     'rice is cheap in Pyongyang'),  # ridicule: 'belief that X is mistaken'
    ('The theory that the Musan mine was sold to a Chinese firm has been debunked by two separate investigations.',
     'the Musan mine was sold to a Chinese firm'),  # ridicule: 'theory that X has been debunked'
    ('The widespread assumption that smuggling stopped during the pandemic is simply wrong.',
     'smuggling stopped during the pandemic'),  # ridicule: 'assumption that X is simply wrong'
    ('The official line that every family has enough fuel for the winter is a fairy tale, even among party members.',
     'every family has enough fuel for the winter'),  # ridicule: 'line that X is a fairy tale'
    ('Reports that the market in Hoeryong was closed are false; sources say it has operated normally all week.',
     'the market in Hoeryong was closed'),  # ridicule: 'Reports that X are false'
    ('The Cabinet’s promise that rations would return to full levels by the summer has proved hollow.',
     'rations would return to full levels by the summer'),  # ridicule: 'promise that X has proved hollow'
    ('The idea that the new solar panels are made entirely in North Korea does not stand up to scrutiny, since the cells come from China.',
     'the new solar panels are made entirely in North Korea'),  # ridicule: 'idea that X does not stand up to scrutiny'
    ('It is a misconception that North Korea has no private businesses; thousands of small firms operate under state cover.',
     'North Korea has no private businesses'),  # ridicule: 'It is a misconception that'
    ('The claim that markets were shut nationwide during the pandemic is an urban legend.',
     'markets were shut nationwide during the pandemic'),  # ridicule: 'claim that X is an urban legend'
    ('It is a myth that the border guards cannot be bribed.',
     'the border guards cannot be bribed'),  # ridicule: 'It is a myth that'
    ('Should the border reopen in the spring, prices of Chinese goods would fall by a third, traders predict.',
     'prices of Chinese goods would fall by a third'),  # condition: consequent of sentence-initial 'Should'
    ('Should the border reopen in the spring, prices of Chinese goods would fall by a third, traders predict.',
     'the border reopen in the spring'),  # condition: right after sentence-initial 'Should' (CONTESTABL
    ('Were sanctions lifted, trade with China could triple within two years, according to the Korea Development Institute.',
     'trade with China could triple within two years'),  # condition: consequent of 'Were'
    ('Had the coke shipment arrived, the furnace would have run through the winter.',
     'the coke shipment arrived'),  # condition: counterfactual after 'Had' (implies it did NOT ar
    ('Had the coke shipment arrived, the furnace would have run through the winter.',
     'the furnace would have run through the winter'),  # condition: counterfactual consequent
    ('Rice prices will rise sharply if the autumn harvest fails, traders in Hyesan warned.',
     'Rice prices will rise sharply'),  # condition: main clause with trailing 'if'
    ('Coal exports will double next year, but only if China lifts its ban.',
     'Coal exports will double next year'),  # condition: 'but only if'
    ('Farmers will receive their full share of the harvest as long as the state quota is met first.',
     'Farmers will receive their full share of the harvest'),  # condition: trailing 'as long as'
    ('Workers who meet the quota will be paid in rice, on condition that the factory’s output targets are also reached.',
     'Workers who meet the quota will be paid in rice'),  # condition: trailing 'on condition that'
    ('In the event of a poor harvest, the state will release grain from its military reserves.',
     'the state will release grain from its military reserves'),  # condition: 'In the event of'
    ('Even if the border reopened tomorrow, the factories would not have the money to buy Chinese parts.',
     'the border reopened tomorrow'),  # condition: after 'Even if'
    ('The mine will restart in June if the Chinese side delivers new pumps, a manager said.',
     'The mine will restart in June'),  # condition: trailing 'if'
    ('Assuming the border stays open, trade should recover by the summer, according to a customs broker in Dandong.',
     'trade should recover by the summer'),  # condition: 'Assuming X,' consequent
    ('Assuming the border stays open, trade should recover by the summer, according to a customs broker in Dandong.',
     'the border stays open'),  # condition: right after 'Assuming' (no 'that')
    ('If and when the rail link reopens, Chinese tourists will return to Sinuiju.',
     'the rail link reopens'),  # condition: 'If and when'
    ('Suppose the state does raise wages tenfold: prices will simply follow.',
     'the state does raise wages tenfold'),  # condition: 'Suppose'
    ('Unless Chinese suppliers extend credit, the steel mill will stay idle through the winter.',
     'the steel mill will stay idle through the winter'),  # condition: consequent of 'Unless' (CONTESTABLE: default outc
    ('Traders say the market will close for good in the event that the new price caps are enforced.',
     'the new price caps are enforced'),  # condition: after 'in the event that'
    ('Only if the state pays in rice will miners return to the Komdok shafts.',
     'the state pays in rice'),  # condition: 'Only if'
    ('The factory will keep its workers, supposing that the Chinese orders continue.',
     'the Chinese orders continue'),  # condition: 'supposing that'
    ('The market looked as if it had been abandoned. In fact, traders had moved to a new site across the river.',
     'it had been abandoned'),  # as-if: 'as if' clause
    ('Local officials acted as though the ration system was working normally, even as queues grew outside the distribution centres.',
     'the ration system was working normally'),  # as-if: 'as though' clause
    ('Officials would not say whether the mine had reopened.',
     'the mine had reopened'),  # whether: 'would not say whether'
    ('A trader in Hyesan wondered if the crackdown on phone calls was over; nobody at the market could tell him.',
     'the crackdown on phone calls was over'),  # whether: 'wondered if'
    ('It is unclear if the trains between Dandong and Pyongyang are running again.',
     'the trains between Dandong and Pyongyang are running again'),  # whether: 'unclear if'
    ('Reporters asked if the quota had been cut. The ministry spokesman declined to answer.',
     'the quota had been cut'),  # whether: 'asked if'
    ('Nobody knows whether the Kim Chaek furnaces have been relit since the summer.',
     'the Kim Chaek furnaces have been relit since the summer'),  # whether: 'Nobody knows whether'
    ('The source could not say if the new rules applied to the Hyesan market as well.',
     'the new rules applied to the Hyesan market as well'),  # whether: 'could not say if'
    ('The reported execution of the mine’s manager has not been confirmed by any second source.',
     'execution of the mine’s manager'),  # alleged-adj: 'reported' + not confirmed
    ('Details of the rumoured purge of the Rason trade bureau remain sketchy.',
     'purge of the Rason trade bureau'),  # alleged-adj: 'rumoured'
    ('Relatives of the allegedly corrupt official were sent to the countryside in March.',
     'corrupt official'),  # alleged-adj: 'allegedly' adverb on adjective
    ('The alleged shooting of two smugglers near Hyesan in March prompted a protest from Beijing.',
     'shooting of two smugglers near Hyesan in March'),  # alleged-adj: 'alleged'
    ('Authorities blamed the purported defection of a trade official for the new travel restrictions.',
     'defection of a trade official'),  # alleged-adj: 'purported'
    ('The supposed closure of the Sunam market lasted, by most accounts, less than a day.',
     'closure of the Sunam market'),  # alleged-adj: 'supposed' (CONTESTABLE: 'lasted less than a da
    ('Investigators are still examining the alleged sale of fishing rights to Chinese firms in 2023.',
     'sale of fishing rights to Chinese firms in 2023'),  # alleged-adj: 'alleged sale'
    ('The alleged coup attempt was never confirmed by the National Intelligence Service.',
     'coup attempt'),  # alleged-adj: short NP after alleged
    ('Residents were questioned about the man, an alleged spy for South Korea.',
     'spy for South Korea'),  # alleged-adj: 'an alleged spy'
    ('Seoul blamed Pyongyang for the alleged hacking of the exchange, which cost investors $300 million.',
     'hacking of the exchange, which cost investors $300 million'),  # alleged-adj: 'alleged hacking'
    ('The Tanchon smelter is running at full capacity, officials say, but workers tell a different story.',
     'The Tanchon smelter is running at full capacity'),  # otherwise: 'but workers tell a different story'
    ('KCNA said rations had been increased in all provinces, a claim residents flatly reject.',
     'rations had been increased in all provinces'),  # otherwise: 'a claim residents flatly reject'
    ('The manager claimed the mine was fully staffed, an assertion contradicted by payroll records seen by Daily NK.',
     'the mine was fully staffed'),  # otherwise: 'an assertion contradicted by'
    ('Contrary to reports that the mine reopened in May, it remains flooded, a source said.',
     'the mine reopened in May'),  # denial: 'Contrary to reports that'
    ('The mine reopened in May, according to the provincial newspaper, but residents say otherwise.',
     'The mine reopened in May'),  # otherwise: ', but residents say otherwise'
    ('Pyongyang insists that the camps do not exist, a position flatly contradicted by satellite imagery.',
     'the camps do not exist'),  # otherwise: 'flatly contradicted by'
    ('After Chinese customs data were published, the agency dropped its claim that iron ore exports had resumed in March.',
     'iron ore exports had resumed in March'),  # retraction: 'dropped its claim that' (brief's own wording, i
]

PARAGRAPHS_FAITHFUL = [
    ('No analyst disputes that the won has lost more than half its value against the dollar since the border closed in 2020. What they disagree about is whether the slide will continue into next year, when the state is expected to tighten controls on foreign currency again.',
     'the won has lost more than half its value against the dollar'),  # denied-denial: 'No analyst disputes that' affirms the clause
    ('Neither Beijing nor Pyongyang denies that trucks have been crossing the Sinuiju bridge at night. Chinese customs data for October, however, record no exports of fuel through Dandong.',
     'trucks have been crossing the Sinuiju bridge at night'),  # denied-denial: neither side denies it
    ('Few deny that the 2020 border closure devastated the jangmadang. Traders in Hyesan told RFA that half the stalls at the main market stood empty for most of 2021.',
     'the 2020 border closure devastated the jangmadang'),  # denied-denial: 'Few deny that' affirms
    ('It is impossible to deny that living standards in Pyongyang have pulled away from those in the provinces. Apartments in the capital now sell for ten times the price of similar flats in Hamhung, according to brokers.',
     'living standards in Pyongyang have pulled away from those in the provinces'),  # denied-denial: impossible to deny = affirmed
    ('No official has denied that rations were suspended in Kilju county in April. A local cadre told Daily NK that the distribution centre “simply had nothing to hand out.”',
     'rations were suspended in Kilju county in April'),  # denied-denial: no official has denied it
    ('Hardly had the border reopened when smugglers returned to the Yalu. By mid-September, sources said, at least a dozen crews were moving copper and seafood across the river each night.',
     'the border reopened when smugglers returned to the Yalu'),  # denied-denial: 'Hardly had X when Y' asserts both X and Y
    ('Hardly had the border reopened when smugglers returned to the Yalu. By mid-September, sources said, at least a dozen crews were moving copper and seafood across the river each night.',
     'smugglers returned to the Yalu'),  # denied-denial: consequent of 'Hardly had ... when' is factua
    ('No sooner had the ration cuts been announced than grain prices jumped by a fifth in Chongjin, according to two traders at the Sunam market.',
     'grain prices jumped by a fifth in Chongjin'),  # denied-denial: 'No sooner had ... than' is temporal, factual
    ('Nobody in the trade seriously questions that Chinese buyers are still taking North Korean coal. The disagreement is over volume: estimates range from 1 million to 3 million tonnes a year.',
     'Chinese buyers are still taking North Korean coal'),  # denied-denial: nobody questions that
    ('There is no denying that the new greenhouse farm at Ryonpho is enormous. Whether it can supply Hamhung with vegetables through the winter is another matter.',
     'the new greenhouse farm at Ryonpho is enormous'),  # denied-denial: 'There is no denying that'
    ('It cannot be denied that sanctions have cut deeply into the country’s export earnings, which fell by roughly 90 percent between 2016 and 2018.',
     'sanctions have cut deeply into the country’s export earnings'),  # denied-denial: 'It cannot be denied that'
    ('Even the Workers’ Party newspaper does not deny that the harvest was poor. A Rodong Sinmun editorial on Oct. 3 urged farmers to “recover the losses of the summer floods” through a second planting.',
     'the harvest was poor'),  # denied-denial: even the party paper does not deny it
    ('Pyongyang has never denied that it sends workers to Russian construction sites, though it describes them as trainees rather than labourers.',
     'it sends workers to Russian construction sites'),  # denied-denial: 'has never denied that'
    ('The regime no longer denies that food shortages exist. At the party plenum in June, Kim Jong Un spoke openly of a “tense” food situation.',
     'food shortages exist'),  # denied-denial: 'no longer denies that' = now admits
    ('There is little doubt that the currency crackdown has frightened money changers. Several in Sinuiju have stopped trading altogether, a source said.',
     'the currency crackdown has frightened money changers'),  # denied-denial: 'little doubt that' affirms
    ('No one doubts that the steel mill is short of coke. The question, one manager said, is whether Chinese suppliers will ever extend credit again.',
     'the steel mill is short of coke'),  # denied-denial: 'No one doubts that'
    ('Analysts have no doubt that the launch was carried out at the Sohae site; satellite images taken the next morning show scorch marks on the pad.',
     'the launch was carried out at the Sohae site'),  # denied-denial: 'have no doubt that'
    ('There is no reason to doubt that the market in Hoeryong was closed for three days last week. Three separate sources described the same padlocked gates.',
     'the market in Hoeryong was closed for three days last week'),  # denied-denial: 'no reason to doubt that'
    ('It is hard to dispute that the campaign has raised output at the Komdok mine. Trucks loaded with zinc concentrate now leave the site several times a day, residents say.',
     'the campaign has raised output at the Komdok mine'),  # denied-denial: 'hard to dispute that' affirms
    ('It would be difficult to deny that the new apartments in Hwasong are the most ambitious housing project in decades, whatever one thinks of their quality.',
     'the new apartments in Hwasong are the most ambitious housing project in decades'),  # denied-denial: 'difficult to deny that' affirms
    ('The ministry did not dispute that fuel prices had doubled, but blamed “hostile forces” for the increase.',
     'fuel prices had doubled'),  # denied-denial: 'did not dispute that'
    ('Not even the most hardline officials deny that the private markets now feed most households.',
     'the private markets now feed most households'),  # denied-denial: 'Not even ... deny that'
    ('Few would deny that the state has lost control of grain prices, and fewer still expect it to regain that control soon.',
     'the state has lost control of grain prices'),  # denied-denial: 'Few would deny that'
    ('No analyst doubts that the Rason special zone has been hit hard by the slump in Chinese tourism. Hotel occupancy in the zone fell below 10 percent last winter.',
     'the Rason special zone has been hit hard by the slump in Chinese tourism'),  # denied-denial: 'No analyst doubts that'
    ('There is no question that the floods of 2020 were the worst in a generation in North Hwanghae.',
     'the floods of 2020 were the worst in a generation'),  # denied-denial: 'There is no question that'
    ('It is undeniable that the Pyongyang–Sinuiju rail line is in poor repair; a journey of 225 kilometres can take two days.',
     'the Pyongyang–Sinuiju rail line is in poor repair'),  # denied-denial: 'It is undeniable that'
    ('Residents we spoke to did not doubt that the new housing had been built. What they questioned was who would be allowed to live in it.',
     'the new housing had been built'),  # denied-denial: 'did not doubt that'
    ('Even sceptics concede that the greenhouse farm is producing cucumbers; the dispute is over how many reach ordinary shoppers.',
     'the greenhouse farm is producing cucumbers'),  # denied-denial: sceptics concede -> affirmed
    ('The UN panel has stopped disputing that Chinese fishing fleets bought catch rights from Pyongyang in 2017. Its latest report lists 11 vessels by name.',
     'Chinese fishing fleets bought catch rights from Pyongyang in 2017'),  # denied-denial: 'stopped disputing that'
    ('Not a single source contradicted the account. All five said that the Hyesan market had closed at noon on Friday.',
     'the Hyesan market had closed at noon on Friday'),  # denied-denial: 'Not a single source contradicted'
    ('KCNA has not withdrawn its statement that the Kim Chaek complex met its annual steel target. The agency repeated the figure in a broadcast on Dec. 28.',
     'the Kim Chaek complex met its annual steel target'),  # negated-retraction: statement not withdrawn
    ('The Rodong Sinmun never retracted its report that 3,000 families had moved into the new Pyongyang apartments by April.',
     '3,000 families had moved into the new Pyongyang apartments by April'),  # negated-retraction: never retracted
    ('Despite pressure from Seoul, the broadcaster refused to withdraw its claim that a North Korean coal ship docked at Pohang in March.',
     'a North Korean coal ship docked at Pohang in March'),  # negated-retraction: refused to withdraw
    ('The panel stands by its finding that at least four tankers transferred oil to North Korean vessels in the Yellow Sea during the first half of the year.',
     'at least four tankers transferred oil to North Korean vessels in the Yellow Sea'),  # negated-retraction: stands by its finding
    ('RFA has declined to retract its story that traders in Hyesan were fined for using yuan, saying it had three independent sources.',
     'traders in Hyesan were fined for using yuan'),  # negated-retraction: declined to retract
    ('In a second broadcast, state television reaffirmed its claim that every household in Kangdong had received a winter fuel ration.',
     'every household in Kangdong had received a winter fuel ration'),  # negated-retraction: reaffirmed claim (attributed)
    ('The ministry withdrew its denial that troops had been sent to help with the harvest, admitting on Friday that two divisions were working on farms in South Hwanghae.',
     'two divisions were working on farms in South Hwanghae'),  # negated-retraction: admission after a retraction of a denial
    ('The ministry withdrew its denial that troops had been sent to help with the harvest, admitting on Friday that two divisions were working on farms in South Hwanghae.',
     'troops had been sent to help with the harvest'),  # negated-retraction: a withdrawn DENIAL affirms the clause (C
    ('The Unification Ministry has yet to retract its estimate that 1,500 defectors reached the South last year, though the figure has been questioned by lawmakers.',
     '1,500 defectors reached the South last year'),  # negated-retraction: has yet to retract
    ('Asked whether it would correct its report that the Sunchon cement plant had shut down, the newspaper said it had “no reason to do so.”',
     'the Sunchon cement plant had shut down'),  # negated-retraction: asked to correct, refused
    ('The agency did not retract the photograph, and it has not corrected its claim that the dam was completed ahead of schedule.',
     'the dam was completed ahead of schedule'),  # negated-retraction: has not corrected its claim
    ('Daily NK has not withdrawn its report that the Musan mine cut wages by a third, and a second source confirmed the cut this week.',
     'the Musan mine cut wages by a third'),  # negated-retraction: not withdrawn + confirmed
    ('The defector has never recanted her testimony that guards at the Chongori camp forced inmates to mine gold without pay.',
     'guards at the Chongori camp forced inmates to mine gold without pay'),  # negated-retraction: never recanted
    ('Seoul has not dropped its claim that the ship was carrying North Korean coal, and prosecutors say the case will go to trial in March.',
     'the ship was carrying North Korean coal'),  # negated-retraction: has not dropped its claim
    ('The think tank rejected calls to withdraw its estimate that 100,000 North Koreans are working abroad, calling the figure conservative.',
     '100,000 North Koreans are working abroad'),  # negated-retraction: rejected calls to withdraw
    ('The army withdrew two battalions from the Musan area in July, and smuggling resumed within weeks, residents said.',
     'smuggling resumed within weeks'),  # retraction-nearby: 'withdrew' = moved troops
    ('The army withdrew two battalions from the Musan area in July, and smuggling resumed within weeks, residents said.',
     'The army withdrew two battalions from the Musan area in July'),  # retraction-nearby: literal withdrawal of troops
    ('The central bank withdrew the old 5,000-won notes from circulation in 2009, wiping out the savings of many traders.',
     'wiping out the savings of many traders'),  # retraction-nearby: withdrew notes
    ('Rice prices dropped to 4,800 won per kilogram in Pyongyang after the early harvest, according to Daily NK’s regular price survey.',
     'Rice prices dropped to 4,800 won per kilogram in Pyongyang'),  # retraction-nearby: 'dropped' = fell
    ('After the correction, the ministry’s figures show that exports to China rose 12 percent in the first quarter.',
     'exports to China rose 12 percent in the first quarter'),  # retraction-nearby: corrected figures are the report's claim
    ('The ministry corrected its earlier estimate on Monday, saying grain output reached 4.8 million tonnes, not 4.5 million.',
     'grain output reached 4.8 million tonnes'),  # retraction-nearby: the correction itself
    ('Kim retracted nothing. In a speech on Tuesday he repeated that the country would “never again” depend on foreign grain.',
     'the country would “never again” depend on foreign grain'),  # retraction-nearby: 'retracted nothing'
    ('The company dropped its plan to ship coal through Nampho after the port was damaged by flooding in August.',
     'the port was damaged by flooding in August'),  # retraction-nearby: 'dropped its plan' but quote is the reaso
    ('The trading company withdrew from the Rason project last year. Its Chinese partner said the North Korean side had failed to supply electricity as promised.',
     'the North Korean side had failed to supply electricity as promised'),  # retraction-nearby: withdrew from project
    ('After RFA retracted its March story, a new source came forward. She said the Hyesan customs office had stopped inspecting trucks from Changbai altogether.',
     'the Hyesan customs office had stopped inspecting trucks from Changbai altogether'),  # retraction-nearby: retraction of a different story
    ('The official, who disavowed any knowledge of the shipment, was nevertheless recalled to Pyongyang within a week.',
     'nevertheless recalled to Pyongyang within a week'),  # retraction-nearby: disavowed knowledge, quote is the recall
    ('Farmers dropped their complaints once the fertiliser arrived, a cooperative manager said; the first 40 tonnes reached Jaeryong on May 2.',
     'the first 40 tonnes reached Jaeryong on May 2'),  # retraction-nearby: dropped complaints
    ('There is credible evidence that the Musan mine reopened in May. Satellite images show ore trains leaving the site for the first time since 2021.',
     'the Musan mine reopened in May'),  # positive-evidence: 'credible evidence that' without negation
    ('Satellite imagery provides clear evidence that the Sinpo shipyard has expanded its dry dock, analysts at 38 North wrote on Thursday.',
     'the Sinpo shipyard has expanded its dry dock'),  # positive-evidence: 'clear evidence that'
    ('Investigators found evidence that the ship had switched off its transponder near Nampho on at least three occasions.',
     'the ship had switched off its transponder near Nampho'),  # positive-evidence: 'found evidence that'
    ('There is mounting evidence that coal is again moving from Nampho to Chinese ports. Ship-tracking data show at least six bulk carriers calling at the port in October.',
     'coal is again moving from Nampho to Chinese ports'),  # positive-evidence: 'mounting evidence that'
    ('There is no credible evidence that the mine reopened in May. What satellite images do show is a steady stream of trucks at the nearby coal depot.',
     'a steady stream of trucks at the nearby coal depot'),  # doubt-nearby: quote is in the next, affirmed sentence
    ('There is no credible evidence that the mine reopened in May. What satellite images do show is a steady stream of trucks at the nearby coal depot.',
     'There is no credible evidence that the mine reopened in May'),  # doubt-nearby: quoting the doubt itself, in full
    ('Analysts say there is no evidence that the mine reopened, and Chinese customs have recorded no iron ore imports from Musan since 2020.',
     'Chinese customs have recorded no iron ore imports from Musan since 2020'),  # doubt-nearby: second conjunct is asserted
    ('Daily NK could not independently verify the claim. The source said rice was selling for 6,200 won per kilogram in Hyesan on Monday, up from 5,500 won a month earlier.',
     'The source said rice was selling for 6,200 won per kilogram in Hyesan on Monday'),  # doubt-nearby: attributed quote after a standard disclaimer
    ('Police found no evidence of smuggling at the warehouse, but the manager was dismissed anyway, according to the source.',
     'the manager was dismissed anyway'),  # doubt-nearby: 'no evidence of' governs smuggling, not the di
    ('Police found no evidence of smuggling at the warehouse, but the manager was dismissed anyway, according to the source.',
     'Police found no evidence of smuggling at the warehouse'),  # doubt-nearby: the negative finding itself
    ('Without independent confirmation, analysts are cautious about such figures. Still, customs data released by Beijing on Friday show that North Korea imported 45,000 tonnes of flour in August.',
     'North Korea imported 45,000 tonnes of flour in August'),  # doubt-nearby: 'without independent confirmation' in previous
    ('It is difficult to confirm anything from inside the country, but the price of diesel in Sinuiju has clearly risen: three traders quoted figures between 11,000 and 12,500 won per kilogram.',
     'the price of diesel in Sinuiju has clearly risen'),  # doubt-nearby: 'difficult to confirm anything', then asserted
    ('Work is hard to find in Musan since the mine closed, so many young men now cross into China to work on farms.',
     'many young men now cross into China to work on farms'),  # doubt-nearby: 'hard to find' is not epistemic
    ('Smugglers say it is now impossible to cross at Hyesan; instead they use a stretch of the river near Samjiyon.',
     'instead they use a stretch of the river near Samjiyon'),  # doubt-nearby: 'impossible to cross' is physical
    ('Residents are not sure when rations will resume. The distribution centre in Kimchaek has been empty since March.',
     'The distribution centre in Kimchaek has been empty since March'),  # doubt-nearby: 'not sure when' governs the other sentence
    ('Traders no longer accept won for large purchases; they demand yuan or dollars instead.',
     'they demand yuan or dollars instead'),  # doubt-nearby: 'no longer accept'
    ('Traders no longer accept won for large purchases; they demand yuan or dollars instead.',
     'Traders no longer accept won for large purchases'),  # doubt-nearby: 'no longer' is part of the quote
    ('Officials no longer claim that the plant is self-sufficient. It now imports most of its coke from Shanxi province.',
     'It now imports most of its coke from Shanxi province'),  # doubt-nearby: next sentence after 'no longer claim that'
    ('Analysts are sceptical of the official growth figure. Yet even the Bank of Korea estimates that the economy expanded by 3.1 percent last year, the fastest pace since 2016.',
     'the economy expanded by 3.1 percent last year'),  # doubt-nearby: sceptical of another figure
    ('Some economists remain unconvinced by the government’s explanation. But the Bank of Korea’s latest estimate shows that fishery output rose for a second straight year.',
     'fishery output rose for a second straight year'),  # doubt-nearby: unconvinced by something else
    ('It is hard to imagine the scale of the damage without seeing it: whole villages along the Amnok were under water, and at least 4,000 homes were destroyed.',
     'at least 4,000 homes were destroyed'),  # doubt-nearby: 'hard to imagine the scale' intensifies
    ('Hard to believe as it may seem, rice is now cheaper in Hyesan than in Pyongyang, according to Daily NK’s price survey.',
     'rice is now cheaper in Hyesan than in Pyongyang'),  # doubt-nearby: concessive 'hard to believe as it may seem' as
    ('Improbable as it sounds, the Musan mine resumed shipments to China in May.',
     'the Musan mine resumed shipments to China in May'),  # doubt-nearby: concessive 'improbable as it sounds' asserts
    ('Although it is hard to verify such accounts, the defector’s description of the camp matches satellite images taken in 2019.',
     'the defector’s description of the camp matches satellite images taken in 2019'),  # doubt-nearby: main clause after concessive
    ('The claim, which Daily NK could not verify, was repeated by two other sources. They said smugglers now pay guards in cigarettes rather than cash.',
     'smugglers now pay guards in cigarettes rather than cash'),  # doubt-nearby: attributed to sources (CONTESTABLE: the preced
    ('Unlike last year, when officials denied that there was any shortage, the ministry admitted this month that rations had been cut in four provinces.',
     'rations had been cut in four provinces'),  # doubt-nearby: 'denied' governs a different clause
    ('Officials not only confirmed that the mine had reopened but also announced a new export deal with a Chinese firm.',
     'the mine had reopened'),  # doubt-nearby: 'not only confirmed that' is affirmative
    ('A second source confirmed that the Hyesan market had reopened on Monday, after a three-day closure that nobody in the city could explain.',
     'the Hyesan market had reopened on Monday'),  # ordinary: confirmed that
    ('It is easy to see why traders are nervous: the won fell 15 percent against the yuan in a single week.',
     'the won fell 15 percent against the yuan in a single week'),  # ordinary: easy to see
    ('It is no secret that officials take a cut of every shipment that crosses at Sinuiju.',
     'officials take a cut of every shipment that crosses at Sinuiju'),  # denied-denial: 'no secret that'
    ('Small wonder that traders are hoarding yuan. The won has lost a third of its value since January.',
     'traders are hoarding yuan'),  # ordinary: 'Small wonder that'
    ('It is hardly surprising that prices rose after the border closed; almost all manufactured goods in the markets came from China.',
     'prices rose after the border closed'),  # ordinary: 'hardly surprising that' affirms
    ('It is no exaggeration to say that the floods were the worst in a generation for the farms of South Hamgyong.',
     'the floods were the worst in a generation'),  # idea-nearby: 'no exaggeration to say that' affirms
    ('It is no myth that border guards take bribes; every trader we spoke to in Hyesan had paid them.',
     'border guards take bribes'),  # idea-nearby: 'It is no myth that' affirms
    ('No analyst expected the harvest to be this good. Output reached 4.9 million tonnes, the highest since 2013, according to the Rural Development Administration.',
     'Output reached 4.9 million tonnes, the highest since 2013'),  # doubt-nearby: 'No analyst expected' governs other sentence
    ('None of the traders we spoke to believed the official exchange rate. On the street, a dollar fetched 8,200 won in late November.',
     'a dollar fetched 8,200 won in late November'),  # doubt-nearby: disbelief in other sentence
    ('Most analysts believe that the won will weaken further once the state lifts its cap on grain prices.',
     'the won will weaken further once the state lifts its cap on grain prices'),  # ordinary: positive belief attribution
    ('Analysts expect that the new rules will push more of the grain trade underground.',
     'the new rules will push more of the grain trade underground'),  # ordinary: positive expectation
    ('The manager, who had denied that the mine was flooded, was dismissed in June.',
     'who had denied that the mine was flooded'),  # doubt-nearby: quoting the denial itself
    ('Sceptical traders held on to their yuan; those who did not lost a third of their savings when the won plunged in May.',
     'those who did not lost a third of their savings when the won plunged in May'),  # doubt-nearby: 'Sceptical' adjective of traders
    ('A North Korean official confirmed to Kyodo that the country had asked China for 500,000 tonnes of grain, the first such request since 2011.',
     'the country had asked China for 500,000 tonnes of grain'),  # ordinary: confirmed that
    ('It is not yet clear how many workers were affected. What is clear is that the Hamhung fertiliser complex stopped paying wages in September.',
     'the Hamhung fertiliser complex stopped paying wages in September'),  # doubt-nearby: 'What is clear is that'
    ('It is not only difficult but dangerous to photograph the camps. Even so, a smuggled video shows prisoners hauling logs near Kaechon.',
     'a smuggled video shows prisoners hauling logs near Kaechon'),  # doubt-nearby: difficult to photograph
    ('Nobody knows exactly how many people died. But at least 40 bodies were recovered from the river near Sinuiju, according to Chinese police.',
     'at least 40 bodies were recovered from the river near Sinuiju'),  # doubt-nearby: 'Nobody knows' governs count
    ('Some reports exaggerated the scale of the flooding, but at least 40 homes in Hoeryong were destroyed, according to local officials.',
     'at least 40 homes in Hoeryong were destroyed'),  # idea-nearby: 'exaggerated' governs other reports
    ('Fears of a new famine are overblown, analysts say. Food prices are climbing, however, and several provinces have cut rations for the second time this year.',
     'several provinces have cut rations for the second time this year'),  # idea-nearby: 'overblown' governs famine fears only
    ('Fears of a new famine are overblown, analysts say. Food prices are climbing, however, and several provinces have cut rations for the second time this year.',
     'Food prices are climbing'),  # idea-nearby: next sentence, asserted
    ('The idea that the state could feed everyone was abandoned in the 1990s. Today most households depend on the markets for rice and corn.',
     'Today most households depend on the markets for rice and corn'),  # idea-nearby: next sentence
    ('The claim that sanctions are hurting ordinary people is backed by UN data: the share of children with stunted growth has risen to 18 percent.',
     'sanctions are hurting ordinary people'),  # idea-nearby: claim endorsed ('is backed by')
    ('The claim that exports fell sharply in 2018 is borne out by Chinese customs data, which show a drop of 88 percent.',
     'exports fell sharply in 2018'),  # idea-nearby: claim endorsed ('is borne out by')
    ('Fears that the won would collapse after the redenomination proved well founded. Within two months the new notes had lost 90 percent of their value.',
     'Within two months the new notes had lost 90 percent of their value'),  # idea-nearby: next sentence
    ('Fears that the won would collapse after the redenomination proved well founded. Within two months the new notes had lost 90 percent of their value.',
     'the won would collapse after the redenomination'),  # idea-nearby: fears 'proved well founded' (CONTESTABLE: fear-
    ('The notion that Pyongyang is insulated from the crisis is not entirely wrong: the capital’s ration system has kept running, even as provincial centres closed.',
     'the capital’s ration system has kept running'),  # idea-nearby: the explanation after the colon
    ('Calling the South Korean report “pure fiction,” the ministry said on Thursday that no prisoners had been moved from Camp 16.',
     'no prisoners had been moved from Camp 16'),  # idea-nearby: 'pure fiction' is about another report; quote i
    ('Officials dismissed the rumour as nonsense. Nonetheless, long queues formed outside the state bank in Chongjin on Monday morning.',
     'long queues formed outside the state bank in Chongjin on Monday morning'),  # idea-nearby: 'nonsense' in previous sentence
    ('Officials dismissed the rumour as nonsense. Nonetheless, long queues formed outside the state bank in Chongjin on Monday morning.',
     'Officials dismissed the rumour as nonsense'),  # idea-nearby: quoting the dismissal
    ('It is a myth, one trader said, that the markets close at dusk; the Sunam market in Chongjin stays open until nine in the evening.',
     'the Sunam market in Chongjin stays open until nine in the evening'),  # idea-nearby: the myth is the other clause
    ('Rumours of a coup are laughable, a former diplomat told NK News, but the purge of the security ministry is real.',
     'the purge of the security ministry is real'),  # idea-nearby: 'laughable' governs coup rumours
    ('Kim dismissed the proposal as “absurd” but approved the trial of a new wage system in three provinces.',
     'approved the trial of a new wage system in three provinces'),  # idea-nearby: absurd governs proposal
    ('The Chollima myth was central to postwar propaganda, and the state has revived it: a new “Chollima Movement” was launched at the Kangson steel works in 2023.',
     'a new “Chollima Movement” was launched at the Kangson steel works in 2023'),  # idea-nearby: 'myth' as a proper cultural term
    ('A claim that the mine had reopened circulated widely in March. It was confirmed in April, when Chinese customs recorded the first iron ore shipment from Musan in three years.',
     'Chinese customs recorded the first iron ore shipment from Musan in three years'),  # idea-nearby: claim later confirmed
    ('Talk of a currency reform is overblown, but the central bank has begun printing 10,000-won notes in larger numbers, a source in Pyongyang said.',
     'the central bank has begun printing 10,000-won notes in larger numbers'),  # idea-nearby: 'overblown' governs other talk
    ('The notion of “self-reliance” has never meant autarky in practice. North Korea bought 90 percent of its fuel from China in 2019.',
     'North Korea bought 90 percent of its fuel from China in 2019'),  # idea-nearby: notion of a term
    ('Residents alleged the guards beat them with rifle butts during the inspection, according to the complaint filed with the UN.',
     'the guards beat them with rifle butts during the inspection'),  # alleged-verb: verb of saying
    ('Defectors have alleged that officials at the Hoeryong office demanded bribes of up to 5,000 yuan for travel permits.',
     'officials at the Hoeryong office demanded bribes of up to 5,000 yuan for travel permits'),  # alleged-verb: 'have alleged that'
    ('The alleged coup attempt in April was followed by a wave of arrests in Pyongyang, and at least two generals have not been seen in public since.',
     'at least two generals have not been seen in public since'),  # alleged-verb: alleged adjective governs the coup, not the qu
    ('The alleged coup attempt in April was followed by a wave of arrests in Pyongyang, and at least two generals have not been seen in public since.',
     'The alleged coup attempt in April'),  # alleged-verb: quote keeps 'alleged'
    ('Prosecutors in Seoul allege that the broker laundered $2 million for a North Korean trading firm between 2019 and 2022.',
     'the broker laundered $2 million for a North Korean trading firm'),  # alleged-verb: 'allege that' verb
    ('The man, who allegedly ran a smuggling ring in Hyesan, was executed in front of a crowd of 500 people, sources said.',
     'executed in front of a crowd of 500 people'),  # alleged-verb: 'allegedly' governs the relative clause, not t
    ('Two residents alleged in interviews that the local security chief had seized their savings, and a third confirmed the account.',
     'the local security chief had seized their savings'),  # alleged-verb: 'alleged in interviews that'
    ('State media says the Tanchon smelter is running at full capacity, but residents say otherwise.',
     'residents say otherwise'),  # otherwise-nearby: quoting the contradiction
    ('State media says the factory is running at full capacity. Residents say otherwise.',
     'State media says the factory is running at full capacity'),  # otherwise-nearby: attribution included in quote
    ('Officials said the canal would be finished by October, and residents say it was: the last section opened on Oct. 9.',
     'the last section opened on Oct. 9'),  # otherwise-nearby: residents confirm
    ('Residents say otherwise about the harvest, but on the price of corn they agree with officials: it has fallen to 2,600 won per kilogram.',
     'it has fallen to 2,600 won per kilogram'),  # otherwise-nearby: agreement on the quoted point
    ('Unless told otherwise, vendors in Hyesan must close their stalls by 6 p.m., a rule enforced since March.',
     'a rule enforced since March'),  # otherwise-nearby + unless: quote is the non-conditional appo
    ('The border stayed shut in 2021. Smugglers, with the help of bribed guards, found ways across anyway.',
     'Smugglers, with the help of bribed guards, found ways across anyway'),  # ordinary: commas inside quote
    ('The first half of the year brought a modest if real recovery in market activity, with stall rents in Sinuiju returning to pre-pandemic levels.',
     'a modest if real recovery in market activity'),  # concessive-if: 'modest if real'
    ('The first half of the year brought a modest if real recovery in market activity, with stall rents in Sinuiju returning to pre-pandemic levels.',
     'real recovery in market activity'),  # concessive-if: quote starts right after concessive 'if' (CON
    ('Corn prices have shown a slow if steady decline since the spring harvest, according to traders in Hamhung.',
     'a slow if steady decline since the spring harvest'),  # concessive-if: 'slow if steady'
    ('If the first half of the year was dull for traders, the second was thrilling: the border reopened, and Chinese goods flooded back into Hyesan.',
     'the second was thrilling'),  # contrastive-if: 'If X was A, Y was B'
    ('If the first half of the year was dull for traders, the second was thrilling: the border reopened, and Chinese goods flooded back into Hyesan.',
     'Chinese goods flooded back into Hyesan'),  # contrastive-if: after the colon
    ('If 2023 was the year the border reopened, 2024 was the year the state moved to take back the grain trade.',
     '2024 was the year the state moved to take back the grain trade'),  # contrastive-if: parallel past-tense
    ('If 2023 was the year the border reopened, 2024 was the year the state moved to take back the grain trade.',
     '2023 was the year the border reopened'),  # contrastive-if: the if-clause is presupposed true (CONTESTAB
    ('If anything, prices have risen further since the announcement, with corn now at 3,100 won per kilogram.',
     'prices have risen further since the announcement'),  # concessive-if: 'If anything'
    ('Traders asked if the border would reopen before the Lunar New Year. Officials gave no answer, but the customs house in Sinuiju began hiring staff in December.',
     'the customs house in Sinuiju began hiring staff in December'),  # whether-if nearby: quote in next sentence
    ('“If the harvest fails again, famine will return,” a senior aid official warned on Tuesday.',
     'If the harvest fails again, famine will return'),  # condition-in-quote: whole conditional quoted
    ('The factory closed in March. If it reopens, it will need coke from China, which suppliers are unwilling to provide on credit.',
     'The factory closed in March'),  # condition-nearby: next sentence conditional
    ('Whether the policy will work is unclear, but the first shipment of panels arrived in Hamhung on Monday.',
     'the first shipment of panels arrived in Hamhung on Monday'),  # whether-nearby
    ('The state provided that fertiliser free of charge to cooperative farms in South Hwanghae, a source said.',
     'fertiliser free of charge to cooperative farms in South Hwanghae'),  # false-friend: 'provided that fertiliser' is not conditional
    ('In the event, the train from Dandong never arrived, and traders went home empty-handed.',
     'the train from Dandong never arrived'),  # false-friend: British 'In the event' = as it turned out
    ('Dozens, if not hundreds, of traders were detained in the sweep, according to sources in Hyesan.',
     'Dozens, if not hundreds, of traders were detained in the sweep'),  # concessive-if: 'if not hundreds' inside quote
    ('Rice is available, if expensive, at most markets in the northeast.',
     'Rice is available, if expensive, at most markets in the northeast'),  # concessive-if: 'available, if expensive'
    ('Officials did not say if the quota applied to students. Teachers in Chongjin, however, have already begun collecting scrap metal from pupils.',
     'Teachers in Chongjin, however, have already begun collecting scrap metal from pupils'),  # whether-if nearby
    ('Even if the border reopens fully, analysts expect grain prices to stay high through the spring lean season.',
     'analysts expect grain prices to stay high through the spring lean season'),  # concessive-even-if: main clause holds either way (CONTESTABL
    ('Were there fewer traders this year? Not in Hyesan, where the number of stalls has doubled since March.',
     'the number of stalls has doubled since March'),  # false-friend: sentence-initial 'Were' question, no modal
    ('Should farmers be paid in cash? The ministry now thinks so, and a pilot programme began in Ryongchon in June.',
     'a pilot programme began in Ryongchon in June'),  # false-friend: 'Should' question
    ('Prices in the border towns will fall if Chinese grain arrives this month, traders said; in Pyongyang, rice already costs less than it did a year ago.',
     'in Pyongyang, rice already costs less than it did a year ago'),  # condition-nearby: other clause after semicolon
    ('“Unless the state provides the panels, the provinces can’t afford them,” the source said.',
     'Unless the state provides the panels, the provinces can’t afford them'),  # condition-in-quote: whole unless-clause quoted
    ('The plan, if it is carried out, would double coal exports. It has already led to the reopening of two shafts at Anju.',
     'It has already led to the reopening of two shafts at Anju'),  # condition-nearby: next sentence
    ('Farmers may keep 30 percent of the harvest provided that they meet the state quota, under rules announced in May.',
     'Farmers may keep 30 percent of the harvest provided that they meet the state quota'),  # condition-in-quote: condition included
    ('The market looked as if a storm had passed through it. Half the stalls were gone, and the remaining traders sold only corn.',
     'Half the stalls were gone'),  # as-if nearby: next sentence factual
    ('“We were told that if we didn’t bring scrap metal, we would be fined,” the source said.',
     'if we didn’t bring scrap metal, we would be fined'),  # condition-in-quote: conditional threat reported in full
    ('The harvest failed again in 2024, and famine conditions returned to parts of North Hamgyong, aid agencies said.',
     'famine conditions returned to parts of North Hamgyong'),  # ordinary: no conditional (contrast with 'If the harvest fail
    ('Traders asked if the border would reopen before the Lunar New Year.',
     'Traders asked if the border would reopen'),  # whether-if: quote includes 'asked if'
    ('Whatever the reason, if prices rose in January, it was not because of the harvest: grain stocks were higher than a year earlier.',
     'grain stocks were higher than a year earlier'),  # condition-nearby: after colon
    ('Kim Tok Hun, assuming that post in August 2020, promised to raise electricity output by a fifth within two years.',
     'promised to raise electricity output by a fifth within two years'),  # false-friend: 'assuming that post' = taking office
    ('In the event that followed, a state lecture in Hyesan, officials warned traders against using yuan.',
     'officials warned traders against using yuan'),  # false-friend: 'In the event that followed' (CONTESTABLE word
    ('Asked if he had been paid, the worker laughed. He said he had not received a wage since the spring.',
     'He said he had not received a wage since the spring'),  # whether-if nearby: next sentence
    ('Even though the mine reopened in May, wages at Musan have not been paid since March.',
     'wages at Musan have not been paid since March'),  # concessive: 'Even though' is factual
    ('Even though the mine reopened in May, wages at Musan have not been paid since March.',
     'the mine reopened in May'),  # concessive: 'Even though X' presupposes X
    ('The yuan is accepted everywhere in Sinuiju, as though the border city were already part of China.',
     'The yuan is accepted everywhere in Sinuiju'),  # as-if nearby: main clause before 'as though'
    ('Sources reported the following price changes in Hyesan in October:\n\n- Rice: up 8 percent, to 6,100 won per kilogram\n- Corn: unchanged at 2,900 won\n- Diesel: down slightly, after Chinese shipments resumed\n\nNo source could confirm reports that pork had doubled in price.',
     'Corn: unchanged at 2,900 won'),  # list: item next to an unconfirmed report
    ('Sources reported the following price changes in Hyesan in October:\n\n- Rice: up 8 percent, to 6,100 won per kilogram\n- Corn: unchanged at 2,900 won\n- Diesel: down slightly, after Chinese shipments resumed\n\nNo source could confirm reports that pork had doubled in price.',
     'down slightly, after Chinese shipments resumed'),  # list: last item before a doubt sentence
    ('## Prices\n\nIt is difficult to verify prices in the interior. In the border city of Sinuiju, however, a kilogram of rice cost 5,900 won on Nov. 3, according to three traders.\n\n## Currency\n\nThe yuan traded at 1,120 won.',
     'a kilogram of rice cost 5,900 won on Nov. 3'),  # heading: doubt sentence before, 'however'
    ('## Prices\n\nIt is difficult to verify prices in the interior. In the border city of Sinuiju, however, a kilogram of rice cost 5,900 won on Nov. 3, according to three traders.\n\n## Currency\n\nThe yuan traded at 1,120 won.',
     'The yuan traded at 1,120 won'),  # heading: short paragraph under heading
    ('The Komdok mine (the country’s largest zinc producer) resumed shipments in June, a source said. Whether it can keep up the pace without electricity is uncertain.',
     'the country’s largest zinc producer'),  # parentheses: apposition
    ('The Komdok mine (the country’s largest zinc producer) resumed shipments in June, a source said. Whether it can keep up the pace without electricity is uncertain.',
     'resumed shipments in June'),  # parentheses: main predicate, doubt in next sentence about an
    ('Three measures were announced at the plenum:\n\n1. a cap on grain prices at state shops;\n2. a ban on private sales of corn;\n3. higher wages for miners, which few believe the state can pay.\n\nThe first two took effect in January.',
     'higher wages for miners'),  # list: announced measure; doubt is in a relative clause after
    ('Three measures were announced at the plenum:\n\n1. a cap on grain prices at state shops;\n2. a ban on private sales of corn;\n3. higher wages for miners, which few believe the state can pay.\n\nThe first two took effect in January.',
     'The first two took effect in January'),  # list: sentence after list
    ('Chinese customs figures (which some analysts consider incomplete) show that imports from North Korea rose 40 percent in 2023. Wigs and false eyelashes accounted for more than half.',
     'imports from North Korea rose 40 percent in 2023'),  # parentheses: hedge about data source is not undoing
    ('Chinese customs figures (which some analysts consider incomplete) show that imports from North Korea rose 40 percent in 2023. Wigs and false eyelashes accounted for more than half.',
     'Wigs and false eyelashes accounted for more than half'),  # ordinary
    ('The Tanchon port project, launched with great fanfare in 2016, was meant to export magnesite to China.\n\nIt is impossible to say how much has been shipped since. But residents say the port’s two cranes have not moved in months.',
     'residents say the port’s two cranes have not moved in months'),  # doubt-nearby: multi-paragraph, 'impossible to say how much'
    ('According to the source, the order came from the Cabinet: “Every enterprise must hand in 50 kilograms of scrap by the end of the month, no exceptions.”',
     'Every enterprise must hand in 50 kilograms of scrap by the end of the month, no exceptions'),  # ordinary: quoted order
    ('Market managers in Hamhung now charge a daily fee of 1,000 won (about 12 cents at the market rate) for a stall, up from 500 won last year.',
     'Market managers in Hamhung now charge a daily fee of 1,000 won'),  # parentheses: ordinary
    ('Analysts were divided. “It’s difficult to say whether this is a policy shift or a one-off,” said one. Another was blunter: “They are broke, and they know it.”',
     'They are broke, and they know it'),  # doubt-nearby: 'difficult to say whether' governs the other s
    ('A month after the decree, the sceptics have been proved wrong: state grain shops are open in every district of Pyongyang, and queues have shortened.',
     'state grain shops are open in every district of Pyongyang'),  # doubt-nearby: sceptics proved wrong
    ('The report was difficult to square with earlier accounts, but the source stood by it. She said the Hoeryong market had been moved to a site outside the city in August.',
     'the Hoeryong market had been moved to a site outside the city in August'),  # doubt-nearby: source stood by it
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces'),  # seed: lead sentence
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January'),  # seed: source quote
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.'),  # seed: source quote, full sentence
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'The focus is on boosting mining output through automation technology.'),  # seed: ordinary
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker'),  # seed: quoted order
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7'),  # seed: right after 'Implementation challenges and expert skep
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders'),  # seed: after 'However,'
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions'),  # seed: negative modal inside quote
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'Expanding solar energy requires large-scale panel installation, but provinces can’t afford it.'),  # seed: contains 'can’t'
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'South Korean experts remain skeptical about these policies’ effectiveness.'),  # seed: quoting the skepticism itself
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'have had minimal impact on power distribution due to poor management and resource allocation issues'),  # seed: right after the 'skeptical' sentence
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'likely just for show, typical of the regime'),  # seed: 'He suggested that ... likely'
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions'),  # seed: contains 'difficult to obtain'
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'achieving meaningful results would be challenging'),  # seed: 'He concluded that even with ...'
    ('North Korea is ramping up mineral extraction and renewable energy projects in South Pyongan and South Hamgyong provinces, according to multiple sources. This initiative follows directives from the 11th Plenary Meeting of the Eighth Central Committee to strengthen resource development and renewable energy as part of a push for economic self-reliance.\nMining modernization drive\n“Since Jan. 8, the province has been modernizing mining equipment and expanding operations in response to the Cabinet’s administrative order for January,” a Daily NK source in South Pyongan province reported Wednesday. “The main objective is to revitalize the economy by increasing production of resources like iron ore and coal.”\nThe source explained that these modernization efforts aim to replace outdated, inefficient equipment and manual labor-intensive methods. The focus is on boosting mining output through automation technology.\nIn South Hamgyong province, a separate source confirmed receiving “a Cabinet administrative order for January to increase extraction of key resources including phosphorus, zinc, and magnesia clinker.” According to the source, the Cabinet’s strategy is to strengthen the economy by generating foreign currency through resource exports.\nThe initiative extends beyond resource extraction to renewable energy infrastructure. South Pyongan province has designated the construction of small and medium-sized hydroelectric power plants as a key project for the year, aiming to meet electricity demands in energy-deficient districts and regional factories.\nImplementation challenges and expert skepticism\nSimilarly, South Hamgyong province began installing solar power equipment at local factories and newly constructed rural homes on Jan. 7.\n“Following the Cabinet’s January administrative order, the provincial people’s committee has mandated all agencies to install renewable energy equipment, emphasizing the project’s importance,” the South Hamgyong source said. “Expanding renewable energy is crucial to regional development policies.”\nHowever, North Korean citizens are calling for “realistic policies and concrete support” to back these Cabinet orders.\nWhile the Cabinet sees increased resource production and improved power distribution as ways to boost foreign currency earnings and improve living standards, people on the ground point to several challenges requiring active state intervention.\n“Small and medium-sized hydroelectric plants can’t operate when rivers freeze in winter, so we need alternative solutions,” noted the South Pyongan source.\nThe South Hamgyong source added, “Expanding solar energy requires large-scale panel installation, but provinces can’t afford it. We hope the state will provide the panels free of charge.”\nSouth Korean experts remain skeptical about these policies’ effectiveness. Shin Jung-soo, a researcher at the Korea Energy Economics Institute, told Daily NK that North Korea’s efforts to build small and medium-sized power plants since the 1990s “have had minimal impact on power distribution due to poor management and resource allocation issues.” He suggested that the latest policy is “likely just for show, typical of the regime.”\nRegarding solar power development, Shin noted that while North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually, “production relies on Chinese-made parts, which are difficult to obtain in large quantities due to international sanctions.” He concluded that even with locally produced solar panels, “achieving meaningful results would be challenging.”\nJanuary 20, 2025 at 06:00AM\nby DailyNK(North Korean Media)',
     'North Korea claims its domestically manufactured solar panels from Kim Il Sung University’s Photovoltaic Cell Production Center and Mokran Kwangmyong Company produce 30 megawatts annually'),  # seed: claim quoted with its attribution
    ('🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability\nrainpizza in korea\n🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nhttps://pbs.twimg.com/media/G6moriyXsAAFA7V.jpg?name=orig https://pbs.twimg.com/media/G6moriMX0AAUizT.jpg?name=orig https://pbs.twimg.com/media/G6morirXAAAtMX3.jpg?name=orig\nSource -> https://xcancel.com/Fekerfanta/status/1995795073536069719#m\nrenewables are the ultimate anti-imperialist technology tbh\nThought the DPRK was somehow deploying solar panels in Hamburg before reading it again 🤦\nAre these solar panels locally manufactured, or do they import them from China?\nThere are no current data available that could answer that. There are reports that the DPRK locally produces solar panels and there are also reports that they import them from China -> https://www.nknews.org/pro/north-korean-solar-imports-drop-to-lowest-level-in-years/\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability',
     'In the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.'),  # seed: post body
    ('🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability\nrainpizza in korea\n🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nhttps://pbs.twimg.com/media/G6moriyXsAAFA7V.jpg?name=orig https://pbs.twimg.com/media/G6moriMX0AAUizT.jpg?name=orig https://pbs.twimg.com/media/G6morirXAAAtMX3.jpg?name=orig\nSource -> https://xcancel.com/Fekerfanta/status/1995795073536069719#m\nrenewables are the ultimate anti-imperialist technology tbh\nThought the DPRK was somehow deploying solar panels in Hamburg before reading it again 🤦\nAre these solar panels locally manufactured, or do they import them from China?\nThere are no current data available that could answer that. There are reports that the DPRK locally produces solar panels and there are also reports that they import them from China -> https://www.nknews.org/pro/north-korean-solar-imports-drop-to-lowest-level-in-years/\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability',
     'China has been exporting a lot of wafers and cells lately, which are the hardest components to make.'),  # seed: ordinary
    ('🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability\nrainpizza in korea\n🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nhttps://pbs.twimg.com/media/G6moriyXsAAFA7V.jpg?name=orig https://pbs.twimg.com/media/G6moriMX0AAUizT.jpg?name=orig https://pbs.twimg.com/media/G6morirXAAAtMX3.jpg?name=orig\nSource -> https://xcancel.com/Fekerfanta/status/1995795073536069719#m\nrenewables are the ultimate anti-imperialist technology tbh\nThought the DPRK was somehow deploying solar panels in Hamburg before reading it again 🤦\nAre these solar panels locally manufactured, or do they import them from China?\nThere are no current data available that could answer that. There are reports that the DPRK locally produces solar panels and there are also reports that they import them from China -> https://www.nknews.org/pro/north-korean-solar-imports-drop-to-lowest-level-in-years/\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability',
     'There are no current data available that could answer that.'),  # seed: quoting the uncertainty itself
    ('🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability\nrainpizza in korea\n🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nhttps://pbs.twimg.com/media/G6moriyXsAAFA7V.jpg?name=orig https://pbs.twimg.com/media/G6moriMX0AAUizT.jpg?name=orig https://pbs.twimg.com/media/G6morirXAAAtMX3.jpg?name=orig\nSource -> https://xcancel.com/Fekerfanta/status/1995795073536069719#m\nrenewables are the ultimate anti-imperialist technology tbh\nThought the DPRK was somehow deploying solar panels in Hamburg before reading it again 🤦\nAre these solar panels locally manufactured, or do they import them from China?\nThere are no current data available that could answer that. There are reports that the DPRK locally produces solar panels and there are also reports that they import them from China -> https://www.nknews.org/pro/north-korean-solar-imports-drop-to-lowest-level-in-years/\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability',
     'There are reports that the DPRK locally produces solar panels and there are also reports that they import them from China'),  # seed: both reports quoted together
    ('🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability\nrainpizza in korea\n🇰🇵 North Korea is moving forward with its energy development strategy. In the city of Hamhung, local solar systems are being added.\nIn the city of Hamhung, local solar systems are being expanded, strengthening electrical self-sufficiency and reducing pressure on the conventional grid.\nhttps://pbs.twimg.com/media/G6moriyXsAAFA7V.jpg?name=orig https://pbs.twimg.com/media/G6moriMX0AAUizT.jpg?name=orig https://pbs.twimg.com/media/G6morirXAAAtMX3.jpg?name=orig\nSource -> https://xcancel.com/Fekerfanta/status/1995795073536069719#m\nrenewables are the ultimate anti-imperialist technology tbh\nThought the DPRK was somehow deploying solar panels in Hamburg before reading it again 🤦\nAre these solar panels locally manufactured, or do they import them from China?\nThere are no current data available that could answer that. There are reports that the DPRK locally produces solar panels and there are also reports that they import them from China -> https://www.nknews.org/pro/north-korean-solar-imports-drop-to-lowest-level-in-years/\nChina has been exporting a lot of wafers and cells lately, which are the hardest components to make. These are often assembled and finalised at the destination country to bolster domestic manufacturing and technical capability.\nIt’s seems reasonable that the DPRK could be switching from importing the whole panels to importing the components and building the rest themselves, thus continuing to push towards greener energy while simultaneously building up their industrial capability',
     'the DPRK could be switching from importing the whole panels to importing the components'),  # seed: 'It’s seems reasonable that ... could be' — hedge reta
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'North Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry'),  # seed: lead
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'The scrap is in addition to an existing monthly quota'),  # seed: ordinary
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected'),  # seed: in quotes
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'I wasn’t able to rest properly because I was out searching every corner of town'),  # seed: negative in quote
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'Every North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month.'),  # seed: ordinary
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'But the province is not able to meet the demand for steel products.'),  # seed: starts with But
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'the facility can only run intermittently, owing to electricity and fuel shortages'),  # seed: ordinary
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'Smoke only comes out of the chimney of the steel mill a few days each year'),  # seed: quote
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand'),  # seed: attribution chain included in quote
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'Companies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so'),  # seed: ordinary
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue.'),  # seed: brackets inside quote
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'North Korean authorities were forced to pay back part of the outstanding debt.'),  # seed: ordinary
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'the new oxygen-thermal furnace is intended to help solve the issue'),  # seed: purpose statement, followed by 'But he said...'
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!\n\nNorth Koreans step up scrap metal collection to support struggling steel works\n\nNorth Korea's Kim Jong Un. (KCNA/Xinhua via Zuma Press/TNS)\nJanuary 07, 2023\n\nThis article was originally published by Radio Free Asia and is reprinted with permission.\n\nNorth Korea has ordered its people to donate large amounts of scrap metal in the new year to help the country’s steel industry, which is struggling from a lack of fuel, electricity and raw materials, sources in the country told Radio Free Asia.\n\nThe scrap is in addition to an existing monthly quota, a resident of the northeastern province of North Hamgyong told RFA’s Korean Service on condition of anonymity for security reasons.\n\n“On Jan. 2, the first work day of the new year, employees of all the factories and enterprises had to report to work with sleds and carts filled with all the scrap metal they collected,” the source said, adding that the government has recently been pushing support for the metalworking sector in its propaganda messaging.\n\n“On New Year’s Day, I wasn’t able to rest properly because I was out searching every corner of town trying to collect the required 10 kilograms [22 pounds] of scrap metal. This is in addition to our monthly scrap metal assignment,” said the source.\n\nEvery North Korean of elementary school age or above must collect between eight and 15 kilograms of scrap metal each month. The collected metal is donated to the state and distributed to steel mills all over the country.\n\n“North Hamgyong province is home to the Kim Chaek Iron and Steel Complex – the largest steel mill in the nation – and other steel making facilities,” the source said, “But the province is not able to meet the demand for steel products.”\n\nThe source cited a lack of electricity and scrap metal as the main obstacles to meeting demand.\n\nA resident in the city of Chongjin, where Kim Chaek Steel is located, told RFA that the facility can only run intermittently, owing to electricity and fuel shortages.\n\n“Smoke only comes out of the chimney of the steel mill a few days each year,” he said on condition of anonymity to speak freely.\n\nDespite the plant idling on most days, the resident of Chongjin said state media has been reporting that Kim Chaek is meeting production demand and building a new energy-saving oxygen-thermal furnace.\n\n“The New Year’s prospects for Kim Chaek Steel are very bleak,” he said.\n\nKey to the facility’s performance is its supply of coke, a coal-based fuel that is necessary in the steel melting process.\n\nCompanies in China previously supplied coke to North Korean steel mills on credit, but are increasingly reluctant to do so as the mills have failed to repay their debts, according to the Chongjin resident.\n\n“A few years ago, a manager of the [Kim Chaek] steel mill was on a business trip in China to try to solve the coke issue. The [Chinese] company detained him, saying that they wouldn’t release him until [the mill] repaid what it had borrowed,” he said. “North Korean authorities were forced to pay back part of the outstanding debt.”\xa0\n\nThe price of coke is also rising, so the new oxygen-thermal furnace is intended to help solve the issue, according to the Chongjin-based source. But he said that it was “not a very clever solution” because this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages.",
     'this method requires even more electricity to produce the oxygen needed in the process, and North Korea suffers from nationwide power shortages'),  # seed: after 'because'
    ('Seoul did not drop its claim that the Panama-flagged tanker had delivered refined oil to a North Korean vessel, and the ship remains impounded in Yeosu.',
     'the Panama-flagged tanker had delivered refined oil to a North Korean vessel'),  # negated-retraction: 'did not drop its claim that'
    ('The prosecutors have refused to drop their claim that the broker moved $4 million through shell firms in Dandong. A hearing is set for May.',
     'the broker moved $4 million through shell firms in Dandong'),  # negated-retraction: 'refused to drop their claim that'
    ('Daily NK has declined to withdraw its story that soldiers were sent to the Hyesan market to confiscate Chinese goods; two more sources have since confirmed it.',
     'soldiers were sent to the Hyesan market to confiscate Chinese goods'),  # negated-retraction: 'declined to withdraw its story that'
    ('NK News has yet to retract its story that the Pyongyang Hotel was demolished in March, and satellite images appear to support it.',
     'the Pyongyang Hotel was demolished in March'),  # negated-retraction: 'has yet to retract its story that'
    ('Beijing has stopped denying that North Korean workers are employed in Chinese seafood plants. A foreign ministry spokesman said in June that the workers were there “legally.”',
     'North Korean workers are employed in Chinese seafood plants'),  # denied-denial: 'stopped denying that'
    ('The paper was asked to correct its report that the Sunchon cement plant had shut down. It refused, citing two workers at the plant.',
     'the Sunchon cement plant had shut down'),  # negated-retraction: asked to correct, refused (next sentence
]


@pytest.mark.parametrize("body, quote", PARAGRAPHS_UNDONE)
def test_the_second_reviews_unfaithful_quotes_are_approximate(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", PARAGRAPHS_FAITHFUL)
def test_the_second_reviews_faithful_quotes_stay_verified(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


# The third review: conditions in seven languages and the English "few", "a report claiming"
# and "treated with caution" (held out the same way). Left out: a condition's consequence quoted
# without it ("La famine reviendra | si …"), and German's present for the future with no
# "wird" ("Falls die Lieferungen ausbleiben, schließt der Markt").
CONDITIONS_UNDONE = [
    ('fr', 'Si la récolte échoue encore, la famine reviendra dans le nord du pays, prévient un agronome.',
     'la récolte échoue encore'),  # fr si-future: condition clause quoted as a fact
    ('fr', "La famine reviendra si la récolte échoue, selon un ancien fonctionnaire du ministère de l'Agriculture.",
     'la récolte échoue'),  # fr si-future-postposed: si after the main clause
    ('fr', 'Si la Chine levait les sanctions, les mines de Musan reprendraient leurs exportations de minerai de fer.',
     'la Chine levait les sanctions'),  # fr si-conditional: si + imparfait / conditionnel
    ('fr', 'Si la frontière rouvre au printemps, les prix du riz chuteront de moitié.',
     'la frontière rouvre au printemps, les prix du riz chuteront de moitié'),  # fr si-future-span: quote drops si and keeps the co
    ('fr', "Selon un commerçant de Hyesan, si les douaniers chinois renforcent les contrôles, le marché noir s'effondrera.",
     'les douaniers chinois renforcent les contrôles'),  # fr si-future: mid-sentence si
    ('fr', 'Les ouvriers pourraient se révolter si les rations sont de nouveau réduites.',
     'les rations sont de nouveau réduites'),  # fr si-conditional-postposed: pourraient ... si
    ('fr', "Le marché de Hyesan fermera s'il n'y a pas de nouvelles livraisons de Chine.",
     "il n'y a pas de nouvelles livraisons de Chine"),  # fr elided-si: s'il = si il
    ('fr', 'Si le régime autorise de nouveau la vente privée de céréales, les prix baisseront rapidement, estime un chercheur.',
     'le régime autorise de nouveau la vente privée de céréales'),  # fr si-future: policy hypothesis
    ('fr', 'Si les sanctions avaient été appliquées strictement, les exportations de charbon auraient cessé dès 2018.',
     'les sanctions avaient été appliquées strictement'),  # fr si-conditional-past: counterfactual plus-que-pa
    ('fr', 'Si les soldats ne reçoivent pas leur ration, ils iront piller les champs de maïs, avertit un ancien officier.',
     'les soldats ne reçoivent pas leur ration'),  # fr si-future: irregular future (iront)
    ('es', 'Si la cosecha vuelve a fallar, el hambre regresará al norte del país, advierte un agrónomo.',
     'la cosecha vuelve a fallar'),  # es si-future: condition clause quoted as fact
    ('es', 'El hambre regresará si la cosecha falla, según un exfuncionario del Ministerio de Agricultura.',
     'la cosecha falla'),  # es si-future-postposed: si after main clause
    ('es', 'Si China levantara las sanciones, las minas de Musan reanudarían sus exportaciones de hierro.',
     'China levantara las sanciones'),  # es si-conditional: imperfect subjunctive + conditi
    ('es', 'Si la frontera reabre en primavera, los precios del arroz caerán a la mitad.',
     'la frontera reabre en primavera, los precios del arroz caerán a la mitad'),  # es si-future-span: drops si, keeps consequence
    ('es', 'Los obreros podrían rebelarse si las raciones vuelven a recortarse.',
     'las raciones vuelven a recortarse'),  # es si-conditional-postposed: podrían ... si
    ('es', 'Si el régimen autoriza de nuevo la venta privada de cereales, los precios bajarán rápidamente, estima un investigador.',
     'el régimen autoriza de nuevo la venta privada de cereales'),  # es si-future: policy hypothesis
    ('es', 'Si las sanciones se hubieran aplicado con rigor, las exportaciones de carbón habrían cesado en 2018.',
     'las sanciones se hubieran aplicado con rigor'),  # es si-conditional-past: counterfactual
    ('es', 'Según un comerciante de Hyesan, si los aduaneros chinos refuerzan los controles, el mercado negro se derrumbará.',
     'los aduaneros chinos refuerzan los controles'),  # es si-future: mid-sentence si
    ('es', 'Si los soldados no reciben su ración, saldrán a saquear los campos de maíz, advierte un exoficial.',
     'los soldados no reciben su ración'),  # es si-future: irregular future (saldrán)
    ('it', 'Se il raccolto fallisce di nuovo, la carestia tornerà nelle province settentrionali, avverte un agronomo.',
     'il raccolto fallisce di nuovo'),  # it se-future: condition clause quoted as fact
    ('it', "La carestia tornerà se il raccolto fallisce, secondo un ex funzionario del ministero dell'Agricoltura.",
     'il raccolto fallisce'),  # it se-future-postposed: se after main clause
    ('it', 'Se la Cina revocasse le sanzioni, le miniere di Musan riprenderebbero le esportazioni di ferro.',
     'la Cina revocasse le sanzioni'),  # it se-conditional: congiuntivo + condizionale
    ('it', 'Se il confine riapre in primavera, i prezzi del riso si dimezzeranno.',
     'il confine riapre in primavera, i prezzi del riso si dimezzeranno'),  # it se-future-span: drops se, keeps consequence
    ('it', 'Gli operai potrebbero ribellarsi se le razioni verranno di nuovo tagliate.',
     'le razioni verranno di nuovo tagliate'),  # it se-conditional-postposed: potrebbero ... se
    ('it', 'Secondo un commerciante di Hyesan, se i doganieri cinesi rafforzano i controlli, il mercato nero crollerà.',
     'i doganieri cinesi rafforzano i controlli'),  # it se-future: mid-sentence se
    ('it', 'Se le sanzioni fossero state applicate con rigore, le esportazioni di carbone sarebbero cessate nel 2018.',
     'le sanzioni fossero state applicate con rigore'),  # it se-conditional-past: counterfactual
    ('it', 'Se i soldati non ricevono la razione, andranno a saccheggiare i campi di mais, avverte un ex ufficiale.',
     'i soldati non ricevono la razione'),  # it se-future: irregular future (andranno)
    ('it', 'Se il regime autorizza di nuovo la vendita privata di cereali, i prezzi caleranno rapidamente, stima un ricercatore.',
     'il regime autorizza di nuovo la vendita privata di cereali'),  # it se-future: policy hypothesis
    ('de', 'Wenn die Ernte erneut ausfällt, wird der Hunger zurückkehren, warnt ein Agrarexperte.',
     'die Ernte erneut ausfällt'),  # de wenn-future: condition clause quoted as fact
    ('de', 'Der Hunger wird zurückkehren, wenn die Ernte ausfällt, sagt ein ehemaliger Beamter.',
     'die Ernte ausfällt'),  # de wenn-future-postposed: wenn after main clause
    ('de', 'Falls China die Sanktionen aufhebt, werden die Minen in Musan den Eisenerzexport wieder aufnehmen.',
     'China die Sanktionen aufhebt'),  # de falls-future: falls + werden
    ('de', 'Wenn die Grenze wieder öffnete, würden die Reispreise sofort fallen.',
     'die Grenze wieder öffnete'),  # de wenn-conditional: Konjunktiv II that looks like
    ('de', 'Falls die Grenze im Frühjahr öffnet, werden sich die Reispreise halbieren.',
     'die Grenze im Frühjahr öffnet, werden sich die Reispreise halbieren'),  # de falls-future-span: drops falls, keeps consequen
    ('de', 'Die Arbeiter könnten rebellieren, falls die Rationen erneut gekürzt werden.',
     'die Rationen erneut gekürzt werden'),  # de falls-conditional-postposed: könnten ... falls
    ('de', 'Nach Angaben eines Händlers in Hyesan wird der Schwarzmarkt zusammenbrechen, wenn der chinesische Zoll die Kontrollen verschärft.',
     'der chinesische Zoll die Kontrollen verschärft'),  # de wenn-future-postposed: mid-sentence wenn
    ('de', 'Wenn die Sanktionen strikt durchgesetzt worden wären, hätten die Kohleexporte schon 2018 aufgehört.',
     'die Sanktionen strikt durchgesetzt worden wären'),  # de wenn-conditional-past: counterfactual
    ('de', 'Wenn das Regime den privaten Getreidehandel wieder erlaubt, dürften die Preise rasch sinken, schätzt ein Forscher.',
     'das Regime den privaten Getreidehandel wieder erlaubt'),  # de wenn-conditional: dürften (modal Konjunktiv II)
    ('de', 'Falls die Soldaten ihre Ration nicht bekommen, werden sie die Maisfelder plündern, warnt ein früherer Offizier.',
     'die Soldaten ihre Ration nicht bekommen'),  # de falls-future: falls + werden
    ('ru', 'Если урожай снова провалится, голод вернётся в северные провинции, предупреждает агроном.',
     'урожай снова провалится'),  # ru esli-future: condition clause quoted as fact
    ('ru', 'Голод вернётся, если урожай не удастся, считает бывший чиновник министерства сельского хозяйства.',
     'урожай не удастся'),  # ru esli-future-postposed: если after main clause
    ('ru', 'Если бы Китай отменил санкции, шахты в Мусане возобновили бы экспорт железной руды.',
     'Китай отменил санкции'),  # ru esli-by-conditional: если бы + past (quote star
    ('ru', 'Если Китай отменит санкции, шахты в Мусане возобновят экспорт железной руды.',
     'Китай отменит санкции'),  # ru esli-future: perfective future
    ('ru', 'Если граница откроется весной, цены на рис упадут вдвое.',
     'граница откроется весной, цены на рис упадут вдвое'),  # ru esli-future-span: drops если, keeps consequence
    ('ru', 'Рабочие могут взбунтоваться, если пайки снова урежут.',
     'пайки снова урежут'),  # ru esli-future-postposed: могут ... если + perfect
    ('ru', 'По словам торговца из Хесана, если китайская таможня ужесточит контроль, чёрный рынок рухнет.',
     'китайская таможня ужесточит контроль'),  # ru esli-future: mid-sentence если
    ('ru', 'Если режим снова разрешит частную торговлю зерном, цены быстро снизятся, полагает исследователь.',
     'режим снова разрешит частную торговлю зерном'),  # ru esli-future: policy hypothesis
    ('ru', 'Если солдаты не получат паёк, они будут грабить поля, предупреждает бывший офицер.',
     'солдаты не получат паёк'),  # ru esli-future: будут + infinitive
    ('uk', 'Якщо врожай знову не вдасться, голод повернеться до північних провінцій, попереджає агроном.',
     'врожай знову не вдасться'),  # uk yakshcho-future: condition clause quoted as fac
    ('uk', 'Голод повернеться, якщо посуха триватиме до серпня, вважає колишній посадовець.',
     'посуха триватиме до серпня'),  # uk yakshcho-future-postposed: якщо after main clau
    ('uk', 'Якщо Китай скасує санкції, шахти в Мусані відновлять експорт залізної руди.',
     'Китай скасує санкції'),  # uk yakshcho-future: perfective future
    ('uk', 'Якщо кордон відкриють навесні, ціни на рис впадуть удвічі.',
     'кордон відкриють навесні, ціни на рис впадуть удвічі'),  # uk yakshcho-future-span: drops якщо, keeps consequ
    ('uk', 'Робітники можуть збунтуватися, якщо пайки знову скоротять.',
     'пайки знову скоротять'),  # uk yakshcho-future-postposed: можуть ... якщо
    ('uk', 'Якщо солдати не отримають пайок, вони грабуватимуть поля, попереджає колишній офіцер.',
     'солдати не отримають пайок'),  # uk yakshcho-future: synthetic future (грабуватимут
    ('uk', 'Якщо б Китай послабив контроль на кордоні, контрабанда відновилася б за тиждень.',
     'Китай послабив контроль на кордоні'),  # uk yakshcho-by-conditional: якщо б + past (quote a
    ('uk', 'За словами торговця з Хесана, якщо китайська митниця посилить контроль, чорний ринок обвалиться.',
     'китайська митниця посилить контроль'),  # uk yakshcho-future: mid-sentence якщо
    ('zh', '农业专家警告说，如果收成再次失败，饥荒将会回来。',
     '收成再次失败'),  # zh rugu-future: 如果 + 将会
    ('zh', '假如中国解除制裁，茂山的矿山将恢复铁矿石出口。',
     '中国解除制裁'),  # zh jiaru-future: 假如 + 将
    ('zh', '要是边境明年春天重新开放，大米价格就会下降一半。',
     '边境明年春天重新开放'),  # zh yaoshi-future: 要是 + 就会
    ('zh', '倘若配给再次被削减，工人们可能会起来反抗。',
     '配给再次被削减'),  # zh tangruo-future: 倘若 + 可能会
    ('zh', '一旦中国海关加强检查，黑市就会崩溃，惠山的一名商人说。',
     '中国海关加强检查'),  # zh yidan-future: 一旦 + 就会
    ('zh', '如果边境在春季开放，大米价格将下跌一半。',
     '边境在春季开放，大米价格将下跌一半'),  # zh rugu-future-span: drops 如果, keeps consequence
    ('zh', '一名研究人员认为，如果当局再次允许私人粮食交易，价格会迅速下降。',
     '当局再次允许私人粮食交易'),  # zh rugu-future: mid-sentence 如果 + 会
    ('zh', '要是士兵们领不到口粮，他们就会去抢田里的庄稼。',
     '士兵们领不到口粮'),  # zh yaoshi-future: 要是 + 就会
    ('zh', '一旦边境重新开放，走私活动将大幅增加。',
     '边境重新开放'),  # zh yidan-future: 一旦 + 将
    ('zh', '假如洪水再次来袭，平安北道的收成可能减少三成。',
     '洪水再次来袭'),  # zh jiaru-future: 假如 + 可能
    ('zh', '倘若中国停止供应化肥，今年秋季的收成将大幅下降。',
     '中国停止供应化肥'),  # zh tangruo-future: 倘若 + 将
    ('en', 'Few traders in Hyesan are convinced that the exchange rate will stabilise after the harvest.',
     'the exchange rate will stabilise after the harvest'),  # en few-convinced: few are convinced that X
    ('en', 'Few would say that the new farm management system has improved rations in the countryside.',
     'the new farm management system has improved rations in the countryside'),  # en few-would-say: few would say that X
    ('en', 'Very few residents of Chongjin believe that the state will resume regular rations this year.',
     'the state will resume regular rations this year'),  # en few-convinced: 'very few ... believe that' (var
    ('en', "Few analysts think that the sanctions regime will be lifted before 2026, despite Pyongyang's overtures to Moscow.",
     'the sanctions regime will be lifted before 2026'),  # en few-convinced: 'few analysts think that' (varia
    ('en', 'Few in Pyongyang are convinced that the currency reform will succeed, a defector said.',
     'the currency reform will succeed'),  # en few-convinced: 'few in Pyongyang are convinced 
    ('en', 'Many would say that the market reforms of 2002 changed North Korea; few would say that they have been fully reversed.',
     'they have been fully reversed'),  # en few-would-say: second half of many/few contrast
    ('en', 'Few if any farmers expect that the state will pay for their surplus grain.',
     'the state will pay for their surplus grain'),  # en few-convinced: 'few if any ... expect that' (va
    ('en', 'The Rodong Sinmun deleted a report claiming that the Musan mine had exceeded its quarterly quota.',
     'the Musan mine had exceeded its quarterly quota'),  # en deleted-report: deleted a report claiming that 
    ('en', 'North Korean officials dismissed a report saying that rice rations had been suspended in Hamhung.',
     'rice rations had been suspended in Hamhung'),  # en dismissed-report: dismissed a report saying tha
    ('en', 'Chinese authorities dismissed a report claiming that North Korean workers had been sent home from Dandong factories.',
     'North Korean workers had been sent home from Dandong factories'),  # en dismissed-report: dismissed a report claiming t
    ('en', 'The outlet later deleted a post saying that the border would reopen in April.',
     'the border would reopen in April'),  # en deleted-report: deleted a post saying that X
    ('en', "Seoul's unification ministry dismissed as groundless a report claiming that Pyongyang had resumed coal exports to China.",
     'Pyongyang had resumed coal exports to China'),  # en dismissed-report: 'dismissed as groundless a re
    ('en', 'The agency retracted a report claiming that the market in Hyesan had been shut down.',
     'the market in Hyesan had been shut down'),  # en retracted-report: 'retracted' (variant beyond t
    ('en', 'Reports that the Hyesan market has been closed should be treated with caution, as no independent source has confirmed them.',
     'the Hyesan market has been closed'),  # en caution: reports that X should be treated with 
    ('en', 'Reports that rice prices doubled in Sinuiju should be taken with a grain of salt.',
     'rice prices doubled in Sinuiju'),  # en caution: grain of salt
    ('en', 'Claims that the regime has lifted the ban on private grain sales should be treated with caution.',
     'the regime has lifted the ban on private grain sales'),  # en caution: 'claims that' (variant)
    ('en', 'Reports that the Musan mine has resumed exports to China must be viewed with caution, analysts said.',
     'the Musan mine has resumed exports to China'),  # en caution: 'must be viewed with caution' (variant
    ('en', 'Reports that soldiers were seizing crops in South Hwanghae should be treated with great caution.',
     'soldiers were seizing crops in South Hwanghae'),  # en caution: 'great caution'
    ('fr', "Les commerçants se demandent si la frontière rouvrira avant l'hiver.",
     "la frontière rouvrira avant l'hiver"),  # beyond-whether: si = whether + future
    ('es', 'No está claro si el mercado de Hyesan reabrirá en primavera.',
     'el mercado de Hyesan reabrirá en primavera'),  # beyond-whether: si = whether + future
    ('fr', 'Les autorités agissent comme si la crise alimentaire était terminée.',
     'la crise alimentaire était terminée'),  # beyond-comme-si: 'as if' clause, no future
    ('uk', 'Якби режим дозволив приватну торгівлю зерном, ціни швидко знизилися б.',
     'режим дозволив приватну торгівлю зерном'),  # beyond-yakby: one-word 'якби' counterfactual
    ('zh', '如果制裁得到严格执行，煤炭出口早就停止了。',
     '制裁得到严格执行'),  # beyond-counterfactual: 如果 ... 早就 ... 了, no future 
    ('es', 'Los precios del maíz casi se duplicaron en marzo y seguirán subiendo hasta la cosecha, según comerciantes de Sinuiju.',
     'se duplicaron en marzo y seguirán subiendo hasta la cosecha'),  # beyond-hedge-casi: quote drops 'casi' (almost); fi
    ('es', 'Las importaciones de fertilizantes casi desaparecieron el año pasado, lo que reduciría la cosecha de otoño, según expertos surcoreanos.',
     'desaparecieron el año pasado'),  # beyond-hedge-casi: quote drops 'casi' (almost); fi
    ('fr', "Si Pyongyang autorise de nouveau le commerce privé de céréales, les prix du riz baisseront avant l'hiver, estime un économiste.",
     'Pyongyang autorise de nouveau le commerce privé de céréales'),  # fr si-future: proper-noun subject after si
    ('it', "Se Pechino revoca le sanzioni, le miniere di Musan riprenderanno le esportazioni di ferro entro l'anno.",
     'Pechino revoca le sanzioni'),  # it se-future: proper-noun subject after se
    ('de', 'Falls Händler aus Dandong zurückkehren, werden die Reispreise in Sinuiju deutlich sinken, sagt eine Quelle.',
     'Händler aus Dandong zurückkehren'),  # de falls-future: article-less (capitalised) plural
]

CONDITIONS_FAITHFUL = [
    ('fr', 'Si les exportations de charbon ont chuté de moitié en 2023, les ventes de vêtements vers la Chine ont doublé, selon les douanes chinoises.',
     'les exportations de charbon ont chuté de moitié en 2023'),  # fr contrast-si: concessive si + passé composé, no 
    ('fr', 'Si les exportations de charbon ont chuté de moitié en 2023, les ventes de vêtements vers la Chine ont doublé, selon les douanes chinoises.',
     'les ventes de vêtements vers la Chine ont doublé'),  # fr main-clause-of-contrast: quote is the main clau
    ('fr', "Si le prix du riz est resté stable à Hyesan, celui du maïs a bondi de 30 %. Les commerçants prévoient que la hausse se poursuivra jusqu'à la récolte d'automne.",
     'le prix du riz est resté stable à Hyesan'),  # fr contrast-si: future only in the next sentence
    ('fr', 'Si 2023 a été une année record pour la contrebande, 2024 sera bien plus difficile, estiment les commerçants de Hyesan.',
     '2023 a été une année record pour la contrebande'),  # fr hard-contrast-future: contrastive si + passé co
    ('fr', 'Les prix sont devenus si élevés que de nombreuses familles ne pourront pas acheter de riz avant la récolte.',
     'élevés que de nombreuses familles ne pourront pas acheter de riz avant la récolte'),  # fr si-so: si = 'so' (si élevés que), future in sen
    ('fr', "La situation est devenue si tendue à la frontière que les contrebandiers attendront l'hiver pour reprendre leurs activités.",
     'tendue à la frontière'),  # fr si-so: si = 'so' (si tendue que)
    ('fr', 'La pénurie de carburant est si grave que les mines de charbon de Kaechon ont suspendu leurs opérations et ne les reprendront pas avant mars.',
     'grave que les mines de charbon de Kaechon ont suspendu leurs opérations'),  # fr si-so: si grave que
    ('fr', 'Les gardes-frontières ont renforcé les patrouilles, si bien que la contrebande a presque cessé et ne reprendra pas avant le printemps, selon une source locale.',
     'bien que la contrebande a presque cessé'),  # fr si-so: si bien que = so that (result), not a co
    ('fr', 'Les autorités ont aussi interdit la vente de téléphones chinois sur les marchés et renforceront les contrôles cet hiver.',
     'interdit la vente de téléphones chinois sur les marchés'),  # fr word-boundary: 'aussi' ends in -si
    ('fr', "Les prix du carburant ont aussi grimpé et pourraient doubler d'ici l'hiver, selon des commerçants de Sinuiju.",
     "grimpé et pourraient doubler d'ici l'hiver"),  # fr word-boundary: 'aussi' ends in -si, conditional
    ('fr', 'Le régime a ainsi réduit les rations distribuées aux ouvriers des mines, qui devront désormais acheter leur maïs au marché.',
     'réduit les rations distribuées aux ouvriers des mines'),  # fr word-boundary: 'ainsi' ends in -si
    ('fr', 'Selon un responsable du parti, si la récolte échoue encore, la famine reviendra dans les provinces du nord.',
     'si la récolte échoue encore, la famine reviendra'),  # fr quote-includes-conjunction: the condition is ke
    ('fr', "Si la frontière rouvre, les prix chuteront, affirme un commerçant. Pour l'instant, le kilo de riz se vend 6 000 wons au marché de Sinuiju.",
     'le kilo de riz se vend 6 000 wons au marché de Sinuiju'),  # fr later-sentence: quote in the sentence after the
    ('fr', 'Le prix du maïs a atteint 3 500 wons le kilo à Hyesan. Si la tendance se poursuit, de nombreuses familles sauteront des repas.',
     'Le prix du maïs a atteint 3 500 wons le kilo à Hyesan'),  # fr earlier-sentence: quote in the sentence before 
    ('fr', 'Même si les autorités ont assoupli les contrôles à la frontière, les commerçants resteront prudents, selon notre source.',
     'les autorités ont assoupli les contrôles à la frontière'),  # fr concessive-meme-si: même si + passé composé = '
    ('fr', "Dans les années 1990, si la ration n'arrivait pas, les familles allaient chercher des racines dans les montagnes.",
     "la ration n'arrivait pas"),  # fr habitual-past-si: iterative si + imparfait, no 
    ('fr', 'Les ouvriers doivent verser 20 000 wons par mois à la direction de la mine, sinon ils seront envoyés aux travaux forcés.',
     'Les ouvriers doivent verser 20 000 wons par mois à la direction de la mine'),  # fr word-boundary: 'sinon' in sentence, quote befor
    ('fr', "Si autrefois les marchés fermaient à 18 heures, ils restent désormais ouverts jusqu'à la tombée de la nuit.",
     'autrefois les marchés fermaient à 18 heures'),  # fr contrast-si: si autrefois ... désormais, no fut
    ('fr', "Si les prix ont grimpé, c'est que les gardes-frontières ont bloqué la contrebande depuis janvier.",
     'les prix ont grimpé'),  # fr explanatory-si: si X, c'est que Y; X is a fact
    ('fr', "Si l'on en croit les douanes chinoises, les importations de riz ont triplé en un an et continueront de croître.",
     'les importations de riz ont triplé en un an'),  # fr elsewhere: quote after 'si l'on en croit' attri
    ('fr', 'Les commerçants de Hyesan affirment que le yuan remplace peu à peu le won. Si la banque centrale ne réagit pas, la monnaie nationale pourrait perdre encore de sa valeur.',
     'le yuan remplace peu à peu le won'),  # fr earlier-sentence: conditional sentence follows
    ('fr', 'Un transfuge arrivé à Séoul en mars raconte que les soldats confisquent le maïs dans les champs. Il craint que, si rien ne change, les paysans ne sèmeront plus.',
     'les soldats confisquent le maïs dans les champs'),  # fr earlier-sentence: quote in first sentence
    ('es', 'Si las exportaciones de carbón cayeron a la mitad en 2023, las ventas de ropa a China se duplicaron, según datos de la aduana china.',
     'las exportaciones de carbón cayeron a la mitad en 2023'),  # es contrast-si: si + pretérito, no future
    ('es', 'Si las exportaciones de carbón cayeron a la mitad en 2023, las ventas de ropa a China se duplicaron, según datos de la aduana china.',
     'las ventas de ropa a China se duplicaron'),  # es main-clause-of-contrast: quote is the main clau
    ('es', 'Si el año pasado la cosecha fue mala, este año será peor, advierten los agricultores de Hwanghae del Sur.',
     'el año pasado la cosecha fue mala'),  # es hard-contrast-future: contrastive si + pretérit
    ('es', 'Los comerciantes de Hyesan no pagarán la nueva tasa, pero los vendedores de arroz sí pagarán el impuesto mensual.',
     'pagarán el impuesto mensual'),  # es accented-si: emphatic 'sí' (yes/indeed), not 's
    ('es', 'Las autoridades negaron que haya escasez, pero sí reconocieron que las raciones se reducirán en invierno.',
     'reconocieron que las raciones se reducirán en invierno'),  # es accented-si: emphatic 'sí'
    ('es', 'Los mineros no recibieron su salario en enero, pero sí recibirán una ración de maíz en febrero, según la fuente.',
     'recibirán una ración de maíz en febrero'),  # es accented-si: emphatic 'sí' + future
    ('es', 'El régimen solo piensa en sí mismo y seguirá recortando las raciones de los mineros, según un desertor.',
     'mismo y seguirá recortando las raciones de los mineros'),  # es accented-si: 'sí mismo' (itself), not 'si'
    ('es', 'Si la mina de Musan exportó 1,2 millones de toneladas de hierro en 2019, en 2023 apenas envió 200.000. Las autoridades prevén que la producción se recuperará en 2025.',
     'la mina de Musan exportó 1,2 millones de toneladas de hierro en 2019'),  # es contrast-si: future only in a later sentence
    ('es', 'El régimen redujo así las raciones de los mineros, que tendrán que comprar maíz en el mercado.',
     'las raciones de los mineros, que tendrán que comprar maíz en el mercado'),  # es word-boundary: 'así' ends in -sí
    ('es', 'Así, los mineros de Musan tendrán que comprar su propio maíz a partir de octubre.',
     'los mineros de Musan tendrán que comprar su propio maíz a partir de octubre'),  # es word-boundary: sentence-initial 'Así,'
    ('es', 'Según un funcionario, si la cosecha vuelve a fallar, el hambre regresará al norte del país.',
     'si la cosecha vuelve a fallar, el hambre regresará'),  # es quote-includes-conjunction: condition kept
    ('es', 'Si la frontera reabre, los precios bajarán, dijo un comerciante. Por ahora, el kilo de arroz se vende a 6.000 wones en el mercado de Sinuiju.',
     'el kilo de arroz se vende a 6.000 wones en el mercado de Sinuiju'),  # es later-sentence: quote after the conditional sen
    ('es', 'El precio del maíz alcanzó 3.500 wones por kilo en Hyesan. Si la tendencia continúa, muchas familias tendrán que saltarse comidas.',
     'El precio del maíz alcanzó 3.500 wones por kilo en Hyesan'),  # es earlier-sentence: quote before the conditional
    ('es', 'Si bien las autoridades relajaron los controles en la frontera, los contrabandistas seguirán siendo cautelosos, según la fuente.',
     'las autoridades relajaron los controles en la frontera'),  # es concessive-si-bien: 'si bien' = although
    ('es', 'En los años noventa, si la ración no llegaba, las familias buscaban raíces en las montañas.',
     'la ración no llegaba'),  # es habitual-past-si: iterative si + imperfecto, no
    ('es', 'El problema no es la sequía sino la falta de fertilizantes, que seguirá afectando la cosecha.',
     'la falta de fertilizantes, que seguirá afectando la cosecha'),  # es word-boundary: 'sino' begins with si-
    ('es', 'Si los precios subieron, es porque los guardias fronterizos bloquearon el contrabando desde enero.',
     'los precios subieron'),  # es explanatory-si: si X, es porque Y; X is a fact
    ('es', 'Si antes los mercados cerraban a las seis, ahora permanecen abiertos hasta la noche.',
     'antes los mercados cerraban a las seis'),  # es contrast-si: si antes ... ahora, no future
    ('es', 'Si en 2019 había cinco mercados en la ciudad, hoy solo quedan dos.',
     'en 2019 había cinco mercados en la ciudad'),  # es contrast-si: si + imperfecto, no future
    ('es', 'Si el arroz se mantuvo estable, el maíz subió un 30 %. Los comerciantes prevén que la subida continuará hasta el otoño.',
     'el arroz se mantuvo estable'),  # es contrast-si: future only in the next sentence
    ('es', 'Un desertor que llegó a Seúl en marzo contó que los soldados confiscan el maíz en los campos. Teme que, si nada cambia, los campesinos dejarán de sembrar.',
     'los soldados confiscan el maíz en los campos'),  # es earlier-sentence: quote in first sentence
    ('it', 'Se nel 2023 le esportazioni di carbone sono crollate, le vendite di abbigliamento verso la Cina sono raddoppiate, secondo le dogane cinesi.',
     'nel 2023 le esportazioni di carbone sono crollate'),  # it contrast-se: se + passato prossimo, no future
    ('it', 'Se nel 2023 le esportazioni di carbone sono crollate, le vendite di abbigliamento verso la Cina sono raddoppiate, secondo le dogane cinesi.',
     'le vendite di abbigliamento verso la Cina sono raddoppiate'),  # it main-clause-of-contrast: quote is the main clau
    ('it', "Se l'anno scorso il raccolto è stato scarso, quest'anno sarà peggiore, avvertono i contadini del Sud Hwanghae.",
     "l'anno scorso il raccolto è stato scarso"),  # it hard-contrast-future: contrastive se + past, fu
    ('it', 'Anche se le autorità hanno allentato i controlli al confine, i contrabbandieri resteranno prudenti, secondo la fonte.',
     'le autorità hanno allentato i controlli al confine'),  # it concessive-anche-se: 'anche se' + indicative pa
    ('it', 'Molti commercianti di Hyesan se ne sono andati dal mercato e non torneranno prima della primavera.',
     'se ne sono andati dal mercato e non torneranno prima della primavera'),  # it se-pronoun: quote starts with pronoun 'se ne'
    ('it', 'Molti commercianti di Hyesan se ne sono andati dal mercato e non torneranno prima della primavera.',
     'ne sono andati dal mercato'),  # it se-pronoun: quote starts right after pronoun 's
    ('it', 'I funzionari del partito se ne occuperanno dopo il raccolto, ha detto la fonte.',
     'se ne occuperanno dopo il raccolto'),  # it se-pronoun: pronoun 'se' + future
    ('it', 'Il regime pensa soltanto a sé stesso e continuerà a tagliare le razioni dei minatori, dice un disertore.',
     'stesso e continuerà a tagliare le razioni dei minatori'),  # it accented-se: 'sé' (himself), not 'se'
    ('it', 'Al mercato di Sinuiju si vende ancora riso cinese, ma i prezzi aumenteranno in inverno.',
     'vende ancora riso cinese'),  # it impersonal-si: Italian impersonal 'si', not a c
    ('it', 'Secondo un funzionario, se il raccolto fallisce di nuovo, la carestia tornerà nelle province del nord.',
     'se il raccolto fallisce di nuovo, la carestia tornerà'),  # it quote-includes-conjunction: condition kept
    ('it', 'Se il confine riapre, i prezzi scenderanno, dice un commerciante. Per ora, un chilo di riso costa 6.000 won al mercato di Sinuiju.',
     'un chilo di riso costa 6.000 won al mercato di Sinuiju'),  # it later-sentence: quote after the conditional
    ('it', 'Il prezzo del mais ha raggiunto 3.500 won al chilo a Hyesan. Se la tendenza continua, molte famiglie salteranno i pasti.',
     'Il prezzo del mais ha raggiunto 3.500 won al chilo a Hyesan'),  # it earlier-sentence: quote before the conditional
    ('it', 'Se i prezzi sono saliti, è perché le guardie di frontiera hanno bloccato il contrabbando da gennaio.',
     'i prezzi sono saliti'),  # it explanatory-se: se X, è perché Y; X is a fact
    ('it', 'Se un tempo i mercati chiudevano alle sei, ora restano aperti fino a notte.',
     'un tempo i mercati chiudevano alle sei'),  # it contrast-se: se un tempo ... ora, no future
    ('it', 'Negli anni Novanta, se la razione non arrivava, le famiglie cercavano radici in montagna.',
     'la razione non arrivava'),  # it habitual-past-se: iterative se + imperfetto (co
    ('it', 'Questo mese le razioni dei minatori saranno dimezzate, secondo una fonte della provincia di Ryanggang.',
     'le razioni dei minatori saranno dimezzate'),  # it word-boundary: 'mese' ends in -se
    ('it', "Per coprire le spese i commercianti alzeranno i prezzi del riso prima dell'inverno.",
     "i commercianti alzeranno i prezzi del riso prima dell'inverno"),  # it word-boundary: 'spese' ends in -se
    ('it', 'In tutto il paese le razioni saranno ridotte del 20 per cento a partire da ottobre.',
     'le razioni saranno ridotte del 20 per cento a partire da ottobre'),  # it word-boundary: 'paese' ends in -se
    ('it', 'Il regime ha così ridotto le razioni dei minatori, che dovranno comprare il mais al mercato.',
     'ridotto le razioni dei minatori, che dovranno comprare il mais al mercato'),  # it word-boundary: 'così' ends in -sì
    ('it', "Se da un lato le importazioni di riso sono aumentate, dall'altro i prezzi al mercato non sono scesi.",
     'da un lato le importazioni di riso sono aumentate'),  # it contrast-se: se da un lato ... dall'altro
    ('it', "Se da un lato le esportazioni di carbone sono crollate, dall'altro il regime potrà contare sui proventi dei lavoratori all'estero.",
     'da un lato le esportazioni di carbone sono crollate'),  # it hard-contrast-future: se da un lato + past, fut
    ('it', "Se il riso è rimasto stabile, il mais è salito del 30 per cento. I commercianti prevedono che l'aumento continuerà fino all'autunno.",
     'il riso è rimasto stabile'),  # it contrast-se: future only in next sentence
    ('de', 'Wenn die Ernte ausfiel, gingen die Bauern auf den Markt, um Mais gegen Kleidung zu tauschen, erinnert sich ein Überläufer aus Hoeryong.',
     'die Ernte ausfiel'),  # de habitual-past-wenn: iterative wenn + Präteritum
    ('de', 'Immer wenn die Grenzsoldaten wechselten, stiegen die Schmuggelpreise in Hyesan.',
     'die Grenzsoldaten wechselten'),  # de habitual-past-wenn: immer wenn + Präteritum
    ('de', 'Jedes Mal, wenn die Zuteilung ausblieb, verkauften die Familien ihre Möbel auf dem Markt.',
     'die Zuteilung ausblieb'),  # de habitual-past-wenn: jedes Mal wenn + Präteritum
    ('de', 'Die Behörden haben ebenfalls die Grenze bei Sinuiju geschlossen und werden sie erst im Frühjahr wieder öffnen.',
     'die Grenze bei Sinuiju geschlossen und werden sie erst im Frühjahr wieder öffnen'),  # de word-boundary: 'ebenfalls' ends in -falls
    ('de', 'Der Maispreis ist ebenfalls gestiegen und dürfte bis zum Herbst weiter klettern.',
     'gestiegen und dürfte bis zum Herbst weiter klettern'),  # de word-boundary: 'ebenfalls' + dürfte
    ('de', 'Ebenfalls betroffen sind die Kupferminen in Hyesan, die im Winter schließen werden.',
     'betroffen sind die Kupferminen in Hyesan, die im Winter schließen werden'),  # de word-boundary: sentence-initial 'Ebenfalls'
    ('de', 'Die Regierung wird jedenfalls die Rationen für Bergarbeiter kürzen, sagt die Quelle.',
     'die Rationen für Bergarbeiter kürzen'),  # de word-boundary: 'jedenfalls' ends in -falls
    ('de', 'Die Händler würden jedenfalls lieber in Yuan bezahlt werden als in Won.',
     'lieber in Yuan bezahlt werden als in Won'),  # de word-boundary: 'jedenfalls' + würden
    ('de', 'Nach Bekanntwerden des Falls wurden drei Zollbeamte in Hyesan entlassen; weitere Entlassungen werden folgen.',
     'wurden drei Zollbeamte in Hyesan entlassen'),  # de noun-Falls: genitive of 'Fall' (case), not conj
    ('de', 'Wenngleich die Exporte gesunken sind, wird das Regime an der Kohleförderung festhalten.',
     'die Exporte gesunken sind'),  # de word-boundary: 'wenngleich' = although (concess
    ('de', 'Auch wenn die Behörden die Kontrollen gelockert haben, werden die Händler vorsichtig bleiben.',
     'die Behörden die Kontrollen gelockert haben'),  # de concessive-auch-wenn: + Perfekt = even though (
    ('de', 'Ein Parteifunktionär warnte: Wenn die Ernte erneut ausfällt, wird der Hunger zurückkehren.',
     'Wenn die Ernte erneut ausfällt, wird der Hunger zurückkehren'),  # de quote-includes-conjunction: condition kept
    ('de', 'Falls die Grenze wieder öffnet, dürften die Preise fallen, sagt ein Händler. Derzeit kostet ein Kilo Reis auf dem Markt in Sinuiju 6.000 Won.',
     'Derzeit kostet ein Kilo Reis auf dem Markt in Sinuiju 6.000 Won'),  # de later-sentence: quote after the conditional
    ('de', 'Der Maispreis erreichte in Hyesan 3.500 Won pro Kilo. Wenn der Trend anhält, werden viele Familien Mahlzeiten auslassen müssen.',
     'Der Maispreis erreichte in Hyesan 3.500 Won pro Kilo'),  # de earlier-sentence: quote before the conditional
    ('de', 'Wenn die Kohleexporte zuletzt eingebrochen sind, so haben sich die Textilverkäufe nach China verdoppelt.',
     'die Kohleexporte zuletzt eingebrochen sind'),  # de contrast-wenn: adversative wenn ... so, no futu
    ('de', 'Wenn die Kohleexporte zuletzt eingebrochen sind, so haben sich die Textilverkäufe nach China verdoppelt.',
     'haben sich die Textilverkäufe nach China verdoppelt'),  # de main-clause-of-contrast: quote is the main clau
    ('de', 'Die Preise sind gestiegen, wenn auch langsamer als im Vorjahr, und sie werden weiter steigen.',
     'auch langsamer als im Vorjahr'),  # de wenn-auch: 'wenn auch' = albeit, not a conditio
    ('de', 'Damals, wenn die Lieferungen aus China ankamen, sanken die Preise sofort.',
     'die Lieferungen aus China ankamen'),  # de habitual-past-wenn: damals, wenn + Präteritum
    ('de', 'Die Grenze bleibt geschlossen; wenn sie öffnet, werden die Preise sinken.',
     'Die Grenze bleibt geschlossen'),  # de earlier-clause: quote precedes the wenn clause
    ('de', 'Wenn früher die Ernte ausfiel, schickte der Staat Mais aus den Reserven. Diesmal wird es keine Hilfe geben, sagen Bewohner.',
     'früher die Ernte ausfiel, schickte der Staat Mais aus den Reserven'),  # de habitual-past-wenn: future only in next sentenc
    ('de', 'Ein Überläufer berichtete, die Händler in Hyesan zahlten inzwischen fast nur noch in Yuan. Falls die Zentralbank nicht eingreift, könnte der Won weiter an Wert verlieren.',
     'die Händler in Hyesan zahlten inzwischen fast nur noch in Yuan'),  # de earlier-sentence: falls sentence follows
    ('de', 'Die Preise für Reis werden steigen, wenn der Winter kommt, sagen Händler in Chongjin.',
     'Die Preise für Reis werden steigen'),  # de temporal-wenn: main clause before temporal 'wen
    ('de', 'Die Staatsmedien meldeten, die Kohleförderung in Anju sei um zehn Prozent gestiegen. Sollten die Sanktionen verschärft werden, wird das Regime nach neuen Abnehmern suchen.',
     'die Kohleförderung in Anju sei um zehn Prozent gestiegen'),  # de earlier-sentence: conditional (sollten) in next
    ('ru', 'Если в 2023 году экспорт угля сократился вдвое, то продажи одежды в Китай выросли в два раза, по данным китайской таможни.',
     'в 2023 году экспорт угля сократился вдвое'),  # ru contrast-esli: если ... то + past, no future
    ('ru', 'Если в 2023 году экспорт угля сократился вдвое, то продажи одежды в Китай выросли в два раза, по данным китайской таможни.',
     'продажи одежды в Китай выросли в два раза'),  # ru main-clause-of-contrast: quote is the main clau
    ('ru', 'Если раньше рынок в Хесане работал ежедневно, то теперь он будет открываться только раз в десять дней.',
     'раньше рынок в Хесане работал ежедневно'),  # ru hard-contrast-future: если раньше ... то теперь
    ('ru', 'Если прошлый год был рекордным для контрабанды, то этот год будет гораздо труднее, считают торговцы.',
     'прошлый год был рекордным для контрабанды'),  # ru hard-contrast-future: contrastive если + past, 
    ('ru', 'По словам чиновника, если урожай снова провалится, голод вернётся в северные провинции.',
     'если урожай снова провалится, голод вернётся'),  # ru quote-includes-conjunction: condition kept
    ('ru', 'Если граница откроется, цены упадут, говорит торговец. Пока килограмм риса на рынке в Синыйджу стоит 6000 вон.',
     'килограмм риса на рынке в Синыйджу стоит 6000 вон'),  # ru later-sentence: quote after the conditional
    ('ru', 'Цена кукурузы в Хесане достигла 3500 вон за килограмм. Если тенденция сохранится, многие семьи будут пропускать приёмы пищи.',
     'Цена кукурузы в Хесане достигла 3500 вон за килограмм'),  # ru earlier-sentence: quote before the conditional
    ('ru', 'Если цены выросли, то это потому, что пограничники перекрыли контрабанду.',
     'цены выросли'),  # ru explanatory-esli: если X, то это потому, что Y;
    ('ru', 'В 1990-е годы, если паёк не приходил, семьи искали коренья в горах.',
     'паёк не приходил'),  # ru habitual-past-esli: iterative если + imperfecti
    ('ru', 'Если в прошлом году торговцы платили взятки в юанях, то в этом году они платят долларами.',
     'в прошлом году торговцы платили взятки в юанях'),  # ru contrast-esli: past vs present, no future
    ('ru', 'Если раньше контрабандисты платили пограничникам раз в месяц, то теперь они платят за каждый переход.',
     'раньше контрабандисты платили пограничникам раз в месяц'),  # ru contrast-esli: если раньше ... то теперь, no fu
    ('ru', 'Если рис подешевел, то кукуруза подорожала на 30 процентов. Торговцы ожидают, что рост продолжится до осени.',
     'рис подешевел'),  # ru contrast-esli: future only in next sentence
    ('ru', 'Торговцы в Хесане уже подняли цены, и если граница не откроется, они поднимут их снова.',
     'Торговцы в Хесане уже подняли цены'),  # ru earlier-clause: quote precedes the если clause
    ('ru', 'Если не считать Синыйджу, все рынки провинции закрыты и откроются только весной.',
     'все рынки провинции закрыты'),  # ru esli-ne-schitat: 'если не считать' = apart from
    ('ru', 'Рынок в Хесане, если верить местным источникам, закрыт с марта и откроется не раньше осени.',
     'закрыт с марта'),  # ru esli-verit: parenthetical 'если верить' attribu
    ('ru', 'Власти признали, что урожай оказался низким. Если бы не помощь Китая, голод был бы неизбежен.',
     'урожай оказался низким'),  # ru earlier-sentence: counterfactual in next senten
    ('ru', 'Если говорить о ценах, то рис подорожал на 20 процентов и, по прогнозам, продолжит дорожать.',
     'рис подорожал на 20 процентов'),  # ru esli-govorit: 'если говорить о' = as for
    ('ru', 'Перебежчица, прибывшая в Сеул в марте, рассказала, что солдаты конфискуют кукурузу прямо в полях. Она опасается, что если ничего не изменится, крестьяне перестанут сеять.',
     'солдаты конфискуют кукурузу прямо в полях'),  # ru earlier-sentence: quote in first sentence
    ('uk', 'Якщо у 2023 році експорт вугілля скоротився вдвічі, то продаж одягу до Китаю зріс удвічі, за даними китайської митниці.',
     'у 2023 році експорт вугілля скоротився вдвічі'),  # uk contrast-yakshcho: якщо ... то + past, no futur
    ('uk', 'Якщо у 2023 році експорт вугілля скоротився вдвічі, то продаж одягу до Китаю зріс удвічі, за даними китайської митниці.',
     'продаж одягу до Китаю зріс удвічі'),  # uk main-clause-of-contrast: quote is the main clau
    ('uk', 'Якщо раніше ринок у Хесані працював щодня, то тепер він відкриватиметься лише раз на десять днів.',
     'раніше ринок у Хесані працював щодня'),  # uk hard-contrast-future: якщо раніше ... то тепер 
    ('uk', 'Якщо минулий рік був рекордним для контрабанди, то цей рік буде значно важчим, вважають торговці.',
     'минулий рік був рекордним для контрабанди'),  # uk hard-contrast-future: contrastive якщо + past, 
    ('uk', 'За словами посадовця, якщо врожай знову не вдасться, голод повернеться до північних провінцій.',
     'якщо врожай знову не вдасться, голод повернеться'),  # uk quote-includes-conjunction: condition kept
    ('uk', 'Якщо кордон відкриють, ціни впадуть, каже торговець. Поки що кілограм рису на ринку в Сінийджу коштує 6000 вон.',
     'кілограм рису на ринку в Сінийджу коштує 6000 вон'),  # uk later-sentence: quote after the conditional
    ('uk', 'Ціна кукурудзи в Хесані сягнула 3500 вон за кілограм. Якщо тенденція збережеться, багато родин пропускатимуть прийоми їжі.',
     'Ціна кукурудзи в Хесані сягнула 3500 вон за кілограм'),  # uk earlier-sentence: quote before the conditional
    ('uk', 'Якщо ціни зросли, то це тому, що прикордонники перекрили контрабанду.',
     'ціни зросли'),  # uk explanatory-yakshcho: якщо X, то це тому, що Y;
    ('uk', 'У 1990-х роках, якщо пайок не надходив, родини шукали коріння в горах.',
     'пайок не надходив'),  # uk habitual-past-yakshcho: iterative якщо + past (
    ('uk', 'Якщо минулого року торговці платили хабарі в юанях, то цього року вони платять доларами.',
     'минулого року торговці платили хабарі в юанях'),  # uk contrast-yakshcho: past vs present, no future
    ('uk', 'Якщо раніше контрабандисти платили прикордонникам раз на місяць, то тепер вони платять за кожен перехід.',
     'раніше контрабандисти платили прикордонникам раз на місяць'),  # uk contrast-yakshcho: якщо раніше ... то тепер, no
    ('uk', 'Якщо рис подешевшав, то кукурудза подорожчала на 30 відсотків. Торговці очікують, що зростання триватиме до осені.',
     'рис подешевшав'),  # uk contrast-yakshcho: future only in next sentence
    ('uk', 'Торговці в Хесані вже підняли ціни, і якщо кордон не відкриють, вони піднімуть їх знову.',
     'Торговці в Хесані вже підняли ціни'),  # uk earlier-clause: quote precedes the якщо clause
    ('uk', 'Якщо не рахувати Сінийджу, усі ринки провінції закриті й відкриються лише навесні.',
     'усі ринки провінції закриті'),  # uk yakshcho-ne-rakhuvaty: 'якщо не рахувати' = apa
    ('uk', 'Ринок у Хесані, якщо вірити місцевим джерелам, закритий з березня і відкриється не раніше осені.',
     'закритий з березня'),  # uk yakshcho-viryty: parenthetical 'якщо вірити' at
    ('uk', 'Влада визнала, що врожай виявився низьким. Якби не допомога Китаю, голод був би неминучим.',
     'врожай виявився низьким'),  # uk earlier-sentence: counterfactual in next senten
    ('uk', 'Якщо говорити про ціни, то рис подорожчав на 20 відсотків і, за прогнозами, дорожчатиме й далі.',
     'рис подорожчав на 20 відсотків'),  # uk yakshcho-hovoryty: 'якщо говорити про' = as for
    ('zh', '如果说2023年煤炭出口减少了一半，那么对华服装销售则翻了一番，中国海关数据显示。',
     '2023年煤炭出口减少了一半'),  # zh rugu-shuo-contrast: 如果说 ... 那么, past, no future
    ('zh', '如果说2023年煤炭出口减少了一半，那么对华服装销售则翻了一番，中国海关数据显示。',
     '对华服装销售则翻了一番'),  # zh main-clause-of-contrast: quote is the main clau
    ('zh', '如果说去年是走私的丰收年，那么今年情况将会困难得多，商人们认为。',
     '去年是走私的丰收年'),  # zh hard-contrast-future: 如果说 + past fact, 将会 in ma
    ('zh', '如果说过去市场每天开放，那么现在每十天才开放一次。',
     '过去市场每天开放'),  # zh rugu-shuo-contrast: 过去 vs 现在, no future
    ('zh', '如果说价格上涨了，那是因为边防部队封锁了走私通道。',
     '价格上涨了'),  # zh explanatory-rugu-shuo: 如果说 X，那是因为 Y
    ('zh', '当地居民表示，问题主要是粮食短缺，今年冬天情况将会更加严重。',
     '粮食短缺，今年冬天情况将会更加严重'),  # zh word-boundary: 要是 inside 主要是
    ('zh', '会议主要是讨论了矿山的生产指标，官方媒体称下个月将公布新计划。',
     '讨论了矿山的生产指标'),  # zh word-boundary: 要是 inside 主要是 + 将
    ('zh', '价格上涨主要是因为中国海关加强了检查，商人预计价格还会继续上涨。',
     '因为中国海关加强了检查，商人预计价格还会继续上涨'),  # zh word-boundary: 主要是因为
    ('zh', '主要是由于干旱，今年的玉米收成将减少三成，农业专家说。',
     '由于干旱，今年的玉米收成将减少三成'),  # zh word-boundary: sentence-initial 主要是
    ('zh', '一名官员说，如果收成再次失败，饥荒将会回来。',
     '如果收成再次失败，饥荒将会回来'),  # zh quote-includes-conjunction: condition kept
    ('zh', '如果边境重新开放，价格将会下跌，一名商人说。目前，新义州市场上一公斤大米售价为6000朝鲜元。',
     '新义州市场上一公斤大米售价为6000朝鲜元'),  # zh later-sentence: quote after the conditional
    ('zh', '惠山的玉米价格已达到每公斤3500朝鲜元。如果这一趋势持续，许多家庭将不得不少吃一顿饭。',
     '惠山的玉米价格已达到每公斤3500朝鲜元'),  # zh earlier-sentence: quote before the conditional
    ('zh', '商人们已经提高了价格，假如边境继续关闭，他们还会再次涨价。',
     '商人们已经提高了价格'),  # zh earlier-clause: quote precedes the 假如 clause
    ('zh', '朝鲜官方媒体承认今年粮食减产。倘若援助不到，饥荒恐将重演。',
     '朝鲜官方媒体承认今年粮食减产'),  # zh earlier-sentence: 倘若 in next sentence
    ('zh', '当局已经关闭了新义州的两个市场，一旦检查结束，市场将重新开放。',
     '当局已经关闭了新义州的两个市场'),  # zh earlier-clause: quote precedes the 一旦 clause
    ('zh', '据当地消息人士说，惠山市场自三月起关闭，要是没有意外，将于秋季重新开放。',
     '惠山市场自三月起关闭'),  # zh earlier-clause: quote precedes the 要是 clause
    ('zh', '据消息人士称，矿工的配给将从十月起削减。',
     '矿工的配给将从十月起削减'),  # zh baseline: plain future, no conditional
    ('zh', '如果说去年大米还能从中国走私进来，那么今年边境已经完全封锁。',
     '去年大米还能从中国走私进来'),  # zh rugu-shuo-contrast: past ability, no future (还能
    ('zh', '一名今年三月抵达首尔的脱北者说，士兵们在田里直接没收玉米。她担心，如果情况不改变，农民们将不再播种。',
     '士兵们在田里直接没收玉米'),  # zh earlier-sentence: quote in first sentence
    ('zh', '据报道，平壤的汇率已升至每美元8000朝鲜元。要是央行不干预，朝鲜元可能会进一步贬值。',
     '平壤的汇率已升至每美元8000朝鲜元'),  # zh earlier-sentence: 要是 in next sentence
    ('en', 'A few traders in Hyesan are convinced that the exchange rate will stabilise after the harvest, though most expect further swings.',
     'the exchange rate will stabilise after the harvest'),  # en a-few: 'A few ... are convinced that' is not 'F
    ('en', 'Quite a few traders in Hyesan are convinced that the won will weaken further this winter.',
     'the won will weaken further this winter'),  # en a-few: 'quite a few'
    ('en', 'Not a few residents of Chongjin are convinced that rations will be cut again before the Party anniversary.',
     'rations will be cut again before the Party anniversary'),  # en a-few: 'not a few' = many
    ('en', 'Few would deny that the 2023 harvest was poor, a researcher at the Korea Rural Economic Institute said.',
     'the 2023 harvest was poor'),  # en few-deny: 'few would deny' affirms X
    ('en', 'Few doubt that the closure of the border has hurt smugglers in Hyesan, who now wait weeks for goods.',
     'the closure of the border has hurt smugglers in Hyesan'),  # en few-doubt: 'few doubt' affirms X
    ('en', 'A few defectors interviewed in Seoul said that the markets have become more tightly controlled since 2020.',
     'the markets have become more tightly controlled since 2020'),  # en a-few: 'A few defectors ... said that'
    ('en', 'Few goods crossed the border in March, and traders said that prices will keep rising until the harvest.',
     'prices will keep rising until the harvest'),  # en few-other: 'Few goods crossed' unrelated to the
    ('en', 'Over the past few weeks, traders in Hyesan have become convinced that the exchange rate will stabilise.',
     'the exchange rate will stabilise'),  # en a-few: 'past few weeks ... convinced that'
    ('en', 'A few months ago, officials said that rations would be restored by autumn, and they were.',
     'rations would be restored by autumn'),  # en a-few: 'A few months ago ... said that'
    ('en', 'Many would say that the market reforms of 2002 changed North Korea; few would say that they have been fully reversed.',
     'the market reforms of 2002 changed North Korea'),  # en many-would-say: the 'many' half of a many/few c
    ('en', 'Traders are convinced that prices will fall after the harvest, though few of them have any savings left.',
     'prices will fall after the harvest'),  # en few-other: 'few' after the quote, unrelated
    ('en', 'Officials in Ryanggang dismissed concerns about food shortages, saying that rations would be restored by October.',
     'rations would be restored by October'),  # en dismissed-concerns: officials dismiss concerns,
    ('en', 'The party dismissed the manager of the Musan mine, saying that output had fallen by a third since January.',
     'output had fallen by a third since January'),  # en dismissed-fired: 'dismissed' = fired a person, 
    ('en', 'Authorities dismissed three customs officials in Sinuiju, claiming that they had taken bribes from Chinese traders.',
     'they had taken bribes from Chinese traders'),  # en dismissed-fired: 'dismissed' = fired officials 
    ('en', 'Daily NK published a report claiming that rice prices in Hyesan had doubled, which other outlets later confirmed.',
     'rice prices in Hyesan had doubled'),  # en published-report: report claiming X, later conf
    ('en', 'A defector who had deleted her social media accounts said that her family still receives remittances through brokers.',
     'her family still receives remittances through brokers'),  # en deleted-other: 'deleted' unrelated to the claim
    ('en', 'State media deleted the names of the purged officials but confirmed that the Sinuiju customs office had been reorganised.',
     'the Sinuiju customs office had been reorganised'),  # en deleted-other: deleted names, confirmed X
    ('en', 'A report claiming that the Hyesan market had been closed turned out to be accurate, residents said.',
     'the Hyesan market had been closed'),  # en report-claiming-confirmed: report turned out to
    ('en', 'The central bank issued a statement saying that the new exchange rate will apply from January.',
     'the new exchange rate will apply from January'),  # en statement-saying: plain attribution
    ('en', 'Reports that rice prices had doubled in Hyesan prompted traders to proceed with caution.',
     'rice prices had doubled in Hyesan'),  # en caution-other: reports prompted traders' cautio
    ('en', 'Traders said that the exchange rate had fallen to 8,000 won per dollar. They urged caution in cross-border deals ahead of the winter.',
     'the exchange rate had fallen to 8,000 won per dollar'),  # en caution-other: caution about deals, next senten
    ('en', 'Reports that the Musan mine had resumed iron ore exports were confirmed by Chinese customs data released on Tuesday.',
     'the Musan mine had resumed iron ore exports'),  # en reports-confirmed: reports that X were confirme
    ('en', 'Local sources reported that border guards now search every cart, and said traders should treat new brokers with caution.',
     'border guards now search every cart'),  # en caution-other: caution about brokers
    ('en', 'Farmers reported that grain stores in South Hwanghae were nearly empty and that salt, too, would be rationed.',
     'grain stores in South Hwanghae were nearly empty'),  # en grain-salt: 'grain' and 'salt' literal, not the
    ('en', 'Officials said that rations will be cut in October, and traders are responding with caution.',
     'rations will be cut in October'),  # en caution-other: traders respond with caution; X 
    ('en', 'The report that the Sinuiju market would reopen in April came from a trusted source inside the city.',
     'the Sinuiju market would reopen in April'),  # en report-that: trusted source
]


@pytest.mark.parametrize("language, body, quote", CONDITIONS_UNDONE)
def test_the_third_reviews_unfaithful_quotes_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", CONDITIONS_FAITHFUL)
def test_the_third_reviews_faithful_quotes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A claim made of oneself, a fear, "let alone", a claim "without evidence", and doubts in
# French, Italian, Portuguese and German that were read as plain statements
CLAIMED_UNDONE = [
    ("en", "The ministry claims to have doubled rice output this year.", "doubled rice output this year"),
    ("en", "Officials claim to have closed the market, but traders say it is open.", "closed the market"),
    ("en", "The army purports to have rebuilt the bridge.", "rebuilt the bridge"),
    # (from a held-out probe: quoted from the "have" or the "to" on)
    ("en", "The company claims to have shipped 500 tonnes of coal.", "have shipped 500 tonnes of coal"),
    ("en", "The company claims to have shipped 500 tonnes of coal.", "to have shipped 500 tonnes of coal"),
    ("en", "The document purports to show 500 tonnes of exports.", "show 500 tonnes of exports"),
    ("en", "The factory claimed to have met its quota in March.", "have met its quota in March"),
    ("en", "The governor professes to be a reformer.", "a reformer"),
    ("en", "The mine may have been rebuilt in May.", "been rebuilt in May"),
    ("en", "Traders fear that prices will double before winter.", "prices will double before winter"),
    ("en", "Residents worried that the border would close.", "the border would close"),
    ("en", "Residents feared the army shelled the town again.", "the army shelled the town"),  # no "that"
    ("en", "Traders worry prices will rise before winter.", "prices will rise before winter"),
    ("en", "Amid fears the dam would break, villages were evacuated.", "the dam would break"),
    ("en", "Officials did not visit Hyesan, let alone inspect the mine.", "inspect the mine"),
    ("en", "Nobody has confirmed the shipment, let alone that it reached Nampo.", "it reached Nampo"),
    ("en", "The mine reopened in May, state media claimed without evidence.", "The mine reopened in May"),
    ("en", "The mine reopened in May, officials said, without offering any proof.", "The mine reopened in May"),
    ("fr", "Il est douteux que la mine ait rouvert.", "la mine ait rouvert"),
    ("it", "È improbabile che la miniera abbia riaperto.", "la miniera abbia riaperto"),
    ("it", "È dubbio che la miniera abbia riaperto.", "la miniera abbia riaperto"),
    ("pt", "É improvável que a mina tenha reaberto.", "a mina tenha reaberto"),
    ("de", "Es ist zweifelhaft, dass die Mine wieder öffnete.", "die Mine wieder öffnete"),
]
CLAIMED_FAITHFUL = [
    ("en", "The villagers pressed their claims to the land in court.", "the land in court"),  # the noun
    ("en", "The ministry claims to have doubled output, and satellite images confirm the new fields.",
     "satellite images confirm the new fields"),
    ("en", "The feared secret police raided the market in Hyesan.", "secret police raided the market in Hyesan"),
    ("en", "Traders fear the police more than hunger.", "the police more than hunger"),
    ("en", "Residents feared the new inspectors.", "the new inspectors"),  # whom they fear: no clause
    ("en", "Residents' fears eased after the army retreated.", "eased after the army retreated"),
    ("en", "His much feared guards raided the market.", "guards raided the market"),
    ("en", "Out of fear that the mine would flood, workers fled.", "workers fled"),
    ("en", "Let alone the cost, the bridge took ten years.", "the bridge took ten years"),
    ("en", "Fears that the won would collapse proved justified.", "the won would collapse"),
    ("en", "Satellite images show the bridge was rebuilt in May.", "the bridge was rebuilt in May"),
    ("en", "The company claims 40 percent of the market.", "40 percent of the market"),
    ("en", "The family's claims to the land were rejected by the court.", "the land were rejected by the court"),
    ("en", "Officials said to reporters that the mine reopened.", "reporters that the mine reopened"),
    ("en", "The mine reopened in May, the trader said, without evidence of new hiring.", "The mine reopened in May"),
    ("fr", "Il n'est pas douteux que la mine a rouvert.", "la mine a rouvert"),
    ("it", "Non c'è dubbio che la miniera abbia riaperto.", "la miniera abbia riaperto"),
    ("de", "Es ist nicht zweifelhaft, dass die Mine wieder öffnete.", "die Mine wieder öffnete"),
]


@pytest.mark.parametrize("language, body, quote", CLAIMED_UNDONE)
def test_a_claim_of_oneself_a_fear_or_let_alone_makes_the_quote_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", CLAIMED_FAITHFUL)
def test_the_noun_claims_and_fears_borne_out_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A second probe: a next sentence that rebuts in an idiom, a false belief or a pretence, what
# no one can rule out or is too early to say, a doubt in brackets or tacked on after, a
# forecast; in English, French, German, Italian, Spanish and Portuguese
SECOND_PROBE_UNDONE = [
    ('en', 'The broker was arrested in Hyesan before he could hand over the phones.', 'he could hand over the phones'),
    ('en', 'KCNA said the harvest had broken records. Nothing could be further from the truth.',
     'the harvest had broken records'),
    ('en', 'State media say rations have been restored. Traders in Hyesan beg to differ.',
     'rations have been restored'),
    ('en', 'The ministry said the mine reopened in May. That is simply not the case.', 'the mine reopened in May'),
    ('en', 'The general was executed in March (unconfirmed).', 'The general was executed in March'),
    ('en', 'The general was executed in March [not independently verified].', 'The general was executed in March'),
    ('en', 'The mine reopened in May (a claim residents dispute).', 'The mine reopened in May'),
    ('en', 'The general was executed in March, unless our sources are mistaken.', 'The general was executed in March'),
    ('en', 'The mine reopened in May, or at least that is what the cadres told workers.', 'The mine reopened in May'),
    ('en', "Many residents still labour under the illusion that the leader's son is in charge.",
     "the leader's son is in charge"),
    ('en', 'Many villagers were under the false impression that the border had reopened.', 'the border had reopened'),
    ('en', 'Cadres kept up the pretence that the factory was running normally.', 'the factory was running normally'),
    ('en', 'Officials staged a ceremony to create the impression that the dam was finished.', 'the dam was finished'),
    ('en', 'The manager doctored records to show that the quota had been met.', 'the quota had been met'),
    ('en', 'I used to believe that South Koreans were starving, the defector said.', 'South Koreans were starving'),
    ('en', 'It cannot be ruled out that the general was executed.', 'the general was executed'),
    ('en', 'Analysts could not exclude the possibility that the reactor had restarted.', 'the reactor had restarted'),
    ('en', 'There is a chance that the market will reopen next week.', 'the market will reopen next week'),
    ('en', 'The possibility that the guards were bribed is being investigated.', 'the guards were bribed'),
    ('en', 'The mine reopened in May, defying predictions that it would stay closed for years.',
     'it would stay closed for years'),
    ('en', 'Contrary to expectations that the mine would reopen, it stayed shut all year.', 'the mine would reopen'),
    ('en', 'Ostensibly, the factory produces bicycles.', 'the factory produces bicycles'),
    ('en', 'Nominally, every worker receives 700 grams of grain a day.',
     'every worker receives 700 grams of grain a day'),
    ('en', 'Officially, the general retired for health reasons.', 'the general retired for health reasons'),
    ('fr', "KCNA a annoncé une récolte record. Rien n'est plus faux.", 'une récolte record'),
    ('fr', "Beaucoup d'habitants croient à tort que la frontière a rouvert.", 'la frontière a rouvert'),
    ('fr', "Les cadres entretiennent l'illusion que l'usine tourne normalement.", "l'usine tourne normalement"),
    ('fr', 'On ne peut exclure que le général ait été exécuté.', 'le général ait été exécuté'),
    ('fr', "Il n'est pas exclu que le marché rouvre la semaine prochaine.", 'le marché rouvre la semaine prochaine'),
    ('fr', 'Le général a été exécuté en mars (information non confirmée).', 'Le général a été exécuté en mars'),
    ('fr', "La mine a rouvert en mai, à en croire l'agence officielle.", 'La mine a rouvert en mai'),
    ('de', 'Die Staatsmedien meldeten eine Rekordernte. Davon kann keine Rede sein.', 'eine Rekordernte'),
    ('de', 'Viele Bewohner glauben fälschlicherweise, dass die Grenze wieder offen ist.',
     'die Grenze wieder offen ist'),
    ('de', 'Es ist nicht auszuschließen, dass der General hingerichtet wurde.', 'der General hingerichtet wurde'),
    ('de', 'Möglicherweise wurde der General im März hingerichtet.', 'wurde der General im März hingerichtet'),
    ('de', 'Der General wurde im März hingerichtet (unbestätigt).', 'Der General wurde im März hingerichtet'),
    ('de', 'Die Mine wurde im Mai wieder geöffnet, wenn man der Staatsagentur glauben darf.',
     'Die Mine wurde im Mai wieder geöffnet'),
    ('it', 'La KCNA ha annunciato un raccolto record. Niente di più falso.', 'un raccolto record'),
    ('it', 'Molti abitanti credono erroneamente che il confine sia stato riaperto.', 'il confine sia stato riaperto'),
    ('it', 'Non si può escludere che il generale sia stato giustiziato.', 'il generale sia stato giustiziato'),
    ('it', 'Il generale è stato giustiziato a marzo (notizia non confermata).',
     'Il generale è stato giustiziato a marzo'),
    ('it', "La miniera ha riaperto a maggio, a dar retta all'agenzia di stato.", 'La miniera ha riaperto a maggio'),
    ('it', 'In teoria, ogni lavoratore riceve 700 grammi di cereali al giorno.',
     'ogni lavoratore riceve 700 grammi di cereali al giorno'),
    ('es', 'La KCNA anunció una cosecha récord. Nada más lejos de la realidad.', 'una cosecha récord'),
    ('es', 'Muchos vecinos creen erróneamente que la frontera ha reabierto.', 'la frontera ha reabierto'),
    ('es', 'No se puede descartar que el general haya sido ejecutado.', 'el general haya sido ejecutado'),
    ('es', 'El general fue ejecutado en marzo (información sin confirmar).', 'El general fue ejecutado en marzo'),
    ('es', 'La mina reabrió en mayo, si hay que creer a la agencia estatal.', 'La mina reabrió en mayo'),
]
SECOND_PROBE_FAITHFUL = [
    ('en', 'Smugglers crossed nightly before the border was sealed.', 'the border was sealed'),
    ('en', 'Before he could speak, the guards fired.', 'the guards fired'),
    ('en', 'The ministry said the mine reopened in May. That much is true: satellite images show trucks at the shaft.',
     'the mine reopened in May'),
    ('en', 'Officials say rations have been cut. Nothing could be closer to the truth, residents say.',
     'rations have been cut'),
    ('en', 'The mine reopened in May (confirmed by satellite imagery).', 'The mine reopened in May'),
    ('en', 'The mine reopened in May (see map).', 'The mine reopened in May'),
    ('en', 'The mine reopened in May, at least three sources said.', 'The mine reopened in May'),
    ('en', 'The mine reopened in May, as satellite images show.', 'The mine reopened in May'),
    ('en', 'Residents rightly suspected that the market would be closed.', 'the market would be closed'),
    ('en', 'Residents correctly guessed that the border would stay shut.', 'the border would stay shut'),
    ('en', 'Records show that the quota had been met.', 'the quota had been met'),
    ('en', 'Investigators have established that the guards were bribed.', 'the guards were bribed'),
    ('en', 'The mine reopened in May, confounding analysts who expected it to stay shut.', 'The mine reopened in May'),
    ('en', 'Contrary to expectations, the mine reopened in May.', 'the mine reopened in May'),
    ('en', 'Undeniably, the factory produces bicycles.', 'the factory produces bicycles'),
    ('en', 'Clearly, the factory produces bicycles again.', 'the factory produces bicycles again'),
    ('fr', 'Les habitants soupçonnaient à juste titre que le marché serait fermé.', 'le marché serait fermé'),
]


@pytest.mark.parametrize("language, body, quote", SECOND_PROBE_UNDONE)
def test_a_rebuttal_a_false_belief_or_a_doubt_in_brackets_makes_the_quote_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", SECOND_PROBE_FAITHFUL)
def test_their_look_alikes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A heading that says the section under it is not vouched for
HEADED_UNDONE = [
    "## Unconfirmed reports\n\nThe general was executed in March.\n\nThe Musan mine reopened in May.",
    "## Rumours from Hyesan\n\nThe Musan mine reopened in May.",
    "# False claims by KCNA\n\nThe Musan mine reopened in May.",
    "## Claims we could not verify\n\nThe Musan mine reopened in May.",
    "### Hearsay\n\nThe Musan mine reopened in May, traders in Hyesan told us.",
    "## Rumours we could not confirm\n\n- The Musan mine reopened in May.",  # (from a blind probe)
    "## Unconfirmed\n\nThe Musan mine reopened in May.",
    "### Not yet verified\n\nThe Musan mine reopened in May.",
]
# … in other languages, the plainest such labels
HEADED_UNDONE_IN = [
    ("ko", "## 확인되지 않은 소문\n\n김정은이 4월에 무산광산을 방문했다.\n\n## 다른 소식\n\n쌀값이 올랐다.",
     "김정은이 4월에 무산광산을 방문했다"),
    ("ja", "## 未確認情報\n\n茂山鉱山が来月再稼働する。", "茂山鉱山が来月再稼働する"),
    ("zh", "## 未经证实的传闻\n\n茂山矿山五月重新开工。", "茂山矿山五月重新开工"),
    ("fr", "## Rumeurs\n\nLa mine de Musan a rouvert en mai.", "La mine de Musan a rouvert en mai"),
    ("es", "## Informaciones no confirmadas\n\nLa mina de Musan reabrió en mayo.", "La mina de Musan reabrió en mayo"),
    ("de", "## Unbestätigte Berichte\n\nDie Mine in Musan wurde im Mai wieder geöffnet.",
     "Die Mine in Musan wurde im Mai wieder geöffnet"),
    ("ru", "## Слухи\n\nРудник в Мусане вновь открылся в мае.", "Рудник в Мусане вновь открылся в мае"),
]
HEADED_FAITHFUL_IN = [
    ("ko", "## 소문의 진상\n\n김정은이 4월에 무산광산을 방문했다.", "김정은이 4월에 무산광산을 방문했다"),  # "the truth of the rumour"
    ("fr", "## Rumeurs de purge\n\nLa mine de Musan a rouvert en mai.", "La mine de Musan a rouvert en mai"),
    ("de", "## Bestätigte Berichte\n\nDie Mine in Musan wurde im Mai wieder geöffnet.",
     "Die Mine in Musan wurde im Mai wieder geöffnet"),
]
HEADED_FAITHFUL = [
    "## Speculation about Kim's health\n\nThe Musan mine reopened in May.",  # headlines whose subject is a doubt
    "## False alarm in Seoul\n\nThe Musan mine reopened in May.",
    "## Rumours of a purge\n\nThe Musan mine reopened in May.",
    "## Disinformation campaign targets South Korean voters\n\nThe Musan mine reopened in May.",
    "## Myths about the economy, debunked\n\nThe Musan mine reopened in May.",
    "## Rumours and facts\n\nThe Musan mine reopened in May.",  # the heading heads what is known too
    "## Unconfirmed reports\n\nThe general was executed.\n\n## What we know\n\nThe Musan mine reopened in May.",
    "## Confirmed reports\n\nThe Musan mine reopened in May.",
    "## Rumours about Kim's health\n\nThe Musan mine reopened in May.",  # a topic, told in the report's words
    "## Gossip in the market\n\nThe Musan mine reopened in May.",
    "## The Musan mine\n\nThe Musan mine reopened in May.",
]


@pytest.mark.parametrize("body", HEADED_UNDONE)
def test_a_quote_under_a_heading_that_doubts_it_is_approximate(body):
    found = _located(body, "the Musan mine reopened in May", "en")
    assert found.status is QuoteStatus.APPROXIMATE and found.framed == body.split("\n")[0].lstrip("# ")


@pytest.mark.parametrize("body", HEADED_FAITHFUL)
def test_a_quote_under_a_heading_of_what_is_known_stays_verified(body):
    assert _located(body, "the Musan mine reopened in May", "en").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", HEADED_UNDONE_IN)
def test_a_heading_that_doubts_the_quote_in_another_language(language, body, quote):
    found = _located(body, quote, language)
    assert found.status is QuoteStatus.APPROXIMATE and found.framed == body.split("\n")[0].lstrip("# ")


@pytest.mark.parametrize("language, body, quote", HEADED_FAITHFUL_IN)
def test_a_heading_of_what_is_known_in_another_language(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_the_warning_names_the_heading(tmp_path):
    report = ("---\ntitle: R1\npublisher: P1\npublished: 2024-01-01\n---\n"
              "## Unconfirmed reports\n\nThe mill closed in May.\n")
    brief = MINIMAL["content/briefs/b1.yaml"].replace("runs a few days each year", "The mill closed in May")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief}))
    [w] = [d for d in result.warnings if d.pos.path == "content/briefs/b1.yaml"]
    assert w.message == ('quote in claim "c1" stands under the heading "Unconfirmed reports" of report "r1", '
                         "which doubts what it heads")


# A third probe: hearsay at second hand ("People say", "I heard that"), a condition or hedge
# inside a speaker's quotation marks, "over" and "under" a price or opening a clause, numbers in
# Chinese or Japanese characters, an ellipsis over a verb of saying and a new subject, a
# retraction ("It turned out to be false.", "revised down to 30")
THIRD_PROBE_UNDONE = [
    ('en', 'The camp held prisoners for well over 10 years.', '10 years'),  # a bound, though a span of time
    ('en', 'Prices rose for just over 12 months.', '12 months'),
    ('en', 'Workers at the mine receive 7 kilograms of corn every two weeks.',
     'Workers at the mine receive 7 kilograms of corn'),  # a rate cut from its figure
    ('en', 'Each household gets 3 litres of diesel every 10 days.', 'Each household gets 3 litres of diesel'),
    ('en', 'A kilogram of rice sold for under 5,000 won in Sinuiju last week.', '5,000 won in Sinuiju last week'),
    ('en', 'Initial reports put the death toll at 300. That figure was later revised down to 30.',
     'put the death toll at 300'),
    ('en', 'Kim Chol reported that his cousin was executed in March.', 'Kim Chol … was executed in March'),
    ('ru', 'Сомнительно, что пайки были выданы в полном объёме.', 'пайки были выданы в полном объёме'),
    ('zh', '听说当局已经关闭了边境市场。', '当局已经关闭了边境市场'),
    ('zh', '很难说朝鲜已经恢复了配给制度。', '朝鲜已经恢复了配给制度'),
    ('zh', '至少有三百人被捕。', '三百人被捕'),
    ('zh', '近千名士兵参加了阅兵。', '千名士兵参加了阅兵'),
    ('ja', '北朝鮮が配給を再開したかは疑わしい。', '北朝鮮が配給を再開した'),
    ('ko', '혜산에서 장사꾼 3명이 처형됐다는 풍문이 있다.', '혜산에서 장사꾼 3명이 처형됐다'),
    ('ko', '당국이 배급을 재개했다는 주장은 의심스럽다.', '당국이 배급을 재개했다'),
    ('en', 'A trader in Hyesan said: "People say the mine has closed for good."', 'the mine has closed for good'),
    ('en', 'A defector told the paper, "I heard that my uncle was executed in 2019."', 'my uncle was executed in 2019'),
    ('en', '"If the border stays shut, people will starve," a farmer in Musan said.', 'people will starve'),
    ('en', '"They say the price of corn will double by autumn," said a trader in Sinuiju.',
     'the price of corn will double by autumn'),
    ('en', 'Rice sold for over 5,000 won a kilogram in Hyesan last week.', '5,000 won a kilogram in Hyesan'),
    ('en', 'Under 300 people attended the rally in Kimchaek.', '300 people attended the rally in Kimchaek'),
    ('ja', '少なくとも三百人が逮捕された。', '三百人が逮捕された'),
    ('en', 'A farmer said: "If the border stays shut, people will starve."', 'people will starve'),
    ('en', 'People say the mine has closed for good.', 'the mine has closed for good'),
    ('en', 'Kim Chol said his cousin was executed in March.', 'Kim Chol … was executed in March'),
    ('en', '"Unless the pumps are fixed, the mine will stay flooded," an engineer said.', 'the mine will stay flooded'),
    ('en', '"The factory makes missile parts, allegedly," a trader said.', 'The factory makes missile parts'),
    ('en', 'The dollar traded at 8,000 won, or so I was told.', 'The dollar traded at 8,000 won'),
    ('en', 'The ministry announced that the dam had collapsed.', 'The ministry … had collapsed'),
]
THIRD_PROBE_FAITHFUL = [
    ('en', 'Inspectors visit the market every two weeks.', 'Inspectors visit the market'),  # no figure to cut
    ('en', 'Workers at the mine receive 7 kilograms of corn every two weeks.',
     'Workers at the mine receive 7 kilograms of corn every two weeks'),
    ('en', 'Smugglers caught with phones face fines in excess of 1 million won.', 'fines in excess of 1 million won'),
    ('en', 'Smugglers caught with phones face fines in excess of 1 million won.', 'fines'),
    ('en', 'Some 300 people gathered to watch the public trial in Hyesan.',
     '300 people gathered to watch the public trial in Hyesan'),
    ('en', 'Roughly 300 people gathered to watch the public trial in Hyesan.',
     '300 people gathered to watch the public trial'),
    ('en', 'Corn prices rose 2.5 times between March and June.', 'Corn prices rose 2.5 times'),
    ('en', 'A 25-kilogram sack of flour sold for 60,000 won at the Sunam market.',
     'flour sold for 60,000 won at the Sunam market'),
    ('en', 'The bribe was 3,000 yuan, about 5 million won at market rates.', 'The bribe was 3,000 yuan'),
    ('en', 'The state price of rice is 46 won, while the market price is 6,000 won.',
     'The state price of rice is 46 won'),
    ('en', 'Initial reports put the death toll at 300. The UN later confirmed that figure.',
     'put the death toll at 300'),
    ('en', 'The mine employed 3,000 workers in 2019 and a third of that in 2023.', 'The mine employed 3,000 workers'),
    ('en', 'Food prices in Hyesan have risen fivefold since 2019.', 'risen fivefold since 2019'),
    ('en', 'Exports to China fell by more than a third in 2023.', 'Exports to China fell by more than a third in 2023'),
    ('en', 'At one point the dollar traded at 8,000 won, double its level a year earlier.',
     'the dollar traded at 8,000 won'),
    ('en', 'Rice prices briefly hit 9,000 won before falling back to 6,000 won the same day.',
     'Rice prices briefly hit 9,000 won'),
    ('en', 'Wages at the factory, at 3,000 won a month, buy less than a kilogram of rice.',
     'Wages at the factory, at 3,000 won a month'),
    ('en', 'Rice prices doubled in May. Corn prices also rose. Traders blamed the border closure.',
     'Rice prices doubled in May. … Traders blamed the border closure.'),
    ('en', 'Security agents on Tuesday arrested five phone traders at the main market in Hyesan.',
     'Security agents … arrested five phone traders … in Hyesan'),
    ('en', 'The Musan mine, long the pride of North Hamgyong, reopened in May after two years.',
     'The Musan mine … reopened in May'),
    ('en', 'Rice prices rose sharply last week to 6,000 won a kilogram.', 'Rice prices rose … to 6,000 won a kilogram'),
    ('en', 'The mine, residents said, has been closed since May.', 'The mine … has been closed since May'),
    ('en', 'In Hyesan, rice prices fell to 4,500 won last week.', '… rice prices fell to 4,500 won'),
    ('en', 'The border guards were bribed with cigarettes and cash.', 'The border guards were bribed …'),
    ('en', 'Kim Jong Un on Tuesday inspected the missile factory in Jagang province, KCNA said.',
     'Kim Jong Un … inspected the missile factory …'),
    ('en', 'The police detained the traders.\n\nAll of them were released the next day after paying fines.',
     'The police detained the traders. … All of them were released the next day'),
    ('en', 'Not a single ration was handed out in Musan, even though the harvest was good.', '… the harvest was good'),
    ('en', 'Prices may rise. The market, officials said, will remain open.', 'The market … will remain open'),
    ('en', '"My uncle was executed in 2019," a defector told the paper.', 'My uncle was executed in 2019'),
    ('en', '# "Rice prices have doubled," says Hyesan trader\n\nA trader in Hyesan said prices rose in May.',
     '"Rice prices have doubled," says Hyesan trader'),
    ('en', 'A trader said: "Rice now costs 6,000 won a kilo."', 'Rice now costs 6,000 won a kilo'),
    ('en', '# Kim Jong Un: "We will launch more satellites"\n\nState media quoted the leader on Monday.',
     'We will launch more satellites'),
    ('en', 'KCNA called the drills "a rehearsal for invasion".', 'called the drills "a rehearsal for invasion"'),
    ('en', 'Residents passed around a message: "The border will reopen on Monday." It did, on schedule.',
     'The border will reopen on Monday'),
    ('en', '"We heard rumours that the market would close, and it did close on Friday," a trader said.',
     'it did close on Friday'),
    ('en', '"Your brother has been sent to a camp," the officer told her, she recalled.',
     'Your brother has been sent to a camp'),
    ('en', 'The soldiers from the border unit beat the trader.', 'The soldiers … beat the trader'),
]


@pytest.mark.parametrize("language, body, quote", THIRD_PROBE_UNDONE)
def test_hearsay_a_speakers_condition_or_a_bound_in_characters_makes_the_quote_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", THIRD_PROBE_FAITHFUL)
def test_numbers_speech_and_ellipses_that_keep_the_sense_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A review of the rules above: faithful quotes beside their words, which stay verified (a
# headline whose subject is a doubt, "waited … before they could", "announced in 2012", "something
# Pyongyang rejected", "if … at all" as emphasis, a contrast of places, "another story", "(denied)" in
# a timeline, "fuori dubbio", 三星 after 最大, "Many young people say")
REVIEWED_LOOK_ALIKES = [
    ('en', "## Speculation about Kim's health\n\nKim Jong Un did not appear at the April 15 celebrations this year.",
     'Kim Jong Un did not appear at the April 15 celebrations'),
    ('en', '## Disinformation campaign targets South Korean voters\n\nThe '
           'National Intelligence Service said North Korean hackers ran 300 fake accounts.',
     'North Korean hackers ran 300 fake accounts'),
    ('en', '## False alarm in Seoul\n\nSeoul city sent an evacuation alert to phones at 6:41 a.m. on May 31.',
     'Seoul city sent an evacuation alert to phones at 6:41 a.m. on May 31'),
    ('en', '## Fake cigarettes flood Dandong\n\nCustoms officers seized 2 '
           'million counterfeit cigarettes in Dandong in March.',
     'Customs officers seized 2 million counterfeit cigarettes in Dandong in March'),
    ('en', '## Myths about the economy, debunked\n\nGrain output rose 4 percent in 2023, according to FAO data.',
     'Grain output rose 4 percent in 2023'),
    ('en', '## Disputed waters\n\nA North Korean patrol boat crossed the Northern Limit Line on June 20.',
     'A North Korean patrol boat crossed the Northern Limit Line on June 20'),
    ('en', '## Rumours of a purge\n\nChoe Ryong Hae was absent from the party plenum in December.',
     'Choe Ryong Hae was absent from the party plenum in December'),
    ('en', '## Questionable loans at state banks\n\nThe central bank lent '
           '40 billion won to three trading companies in 2022.',
     'The central bank lent 40 billion won to three trading companies in 2022'),
    ('en', '## False confessions\n\nProsecutors forced the detainees to sign confessions before the trial.',
     'Prosecutors forced the detainees to sign confessions before the trial'),
    ('en', '## Misinformation on social media\n\nKakaoTalk removed 1,200 posts about the missile launch.',
     'KakaoTalk removed 1,200 posts about the missile launch'),
    ('en', '## Gossip columnist arrested\n\nPolice arrested the columnist on Tuesday in Pyongyang.',
     'Police arrested the columnist on Tuesday'),
    ('en', '## Baseless charges, real prison terms\n\nThe court sentenced '
           'the two traders to 15 years in a labour camp.',
     'The court sentenced the two traders to 15 years in a labour camp'),
    ('en', '## Dubious statistics\n\nThe ministry published its harvest figures on 3 October.',
     'The ministry published its harvest figures on 3 October'),
    ('en', "Traders' fears that prices would rise were borne out in March, when rice doubled.",
     'prices would rise were borne out in March'),
    ('en', 'He spent three years in China before he was able to reach Seoul in 2015.',
     'he was able to reach Seoul in 2015'),
    ('en', 'She was caught twice before she managed to cross the Tumen River in 2015.',
     'she managed to cross the Tumen River in 2015'),
    ('en', 'Families waited six months before they could visit the prisoners.', 'they could visit the prisoners'),
    ('en', 'It took two weeks before the ship could dock at Nampo.', 'the ship could dock at Nampo'),
    ('en', 'The defector worked for a decade in Russia before he was able to send money home.',
     'he was able to send money home'),
    ('en', 'Three more years passed before the farm had time to recover.', 'the farm had time to recover'),
    ('en', 'The reforms announced in 2012 were reversed in 2019.', 'The reforms … were reversed in 2019'),
    ('en', 'The authorities announced a crackdown and arrested 40 traders.', 'The authorities … arrested 40 traders'),
    ('en', 'The measures declared last month were enforced in Hyesan.', 'The measures … were enforced in Hyesan'),
    ('en', 'The ministry stated its position and closed the meeting.', 'The ministry … closed the meeting'),
    ('en', 'The rules the ministry announced the month before banned private sales.',
     'The rules … banned private sales'),
    ('en', 'Many young people say they have watched South Korean dramas, a 2023 survey of 6,000 defectors found.',
     'they have watched South Korean dramas'),
    ('en', 'What people say in public matters less than what they buy: rice sales rose 20 percent.',
     'in public matters less than what they buy'),
    ('en', 'Elderly people say that they remember the famine of the 1990s, the researchers found in 120 interviews.',
     'they remember the famine of the 1990s'),
    ('en', '"If you ask anyone here, they will tell you the mine has closed," a miner said.',
     'they will tell you the mine has closed'),
    ('en', 'Seoul offered food aid in 2021, something Pyongyang rejected.', 'Seoul offered food aid in 2021'),
    ('en', 'The UN asked for access to the camps, something the regime rejected again in 2023.',
     'The UN asked for access to the camps'),
    ('en', 'Sanctions have had little effect, if they have had any effect at all.', 'Sanctions have had little effect'),
    ('en', 'Foreign journalists rarely visit the province, if they are allowed in at all.',
     'Foreign journalists rarely visit the province'),
    ('en', 'Rice costs 6,000 won a kilo in Hyesan. This is not the case in Pyongyang, where it costs 5,000.',
     'Rice costs 6,000 won a kilo in Hyesan'),
    ('en', 'In 2005 she crossed the Tumen River with her son. She told '
           'another story, too: of a brother lost in the famine.',
     'In 2005 she crossed the Tumen River with her son'),
    ('en', "The first floor of the museum is devoted to Kim Il Sung's "
           'childhood. The second floor tells another story, that of the war.',
     "The first floor of the museum is devoted to Kim Il Sung's childhood"),
    ('en', "Timeline:\n\n- 2019: Lee's lawyers appeal to the Supreme Court (denied)\n- 2020: Lee is released",
     "Lee's lawyers appeal to the Supreme Court"),
    ('en', 'Requests filed in 2023:\n\n- visit to Yongbyon by IAEA '
           'inspectors (denied)\n- visit to Kaesong by UN staff (approved)',
     'visit to Yongbyon by IAEA inspectors'),
    ('en', 'The ministry lists the islands as Japanese territory (disputed).',
     'The ministry lists the islands as Japanese territory'),
    ('en', 'Under 2 new laws passed in 2021, private traders must register.', '2 new laws passed in 2021'),
    ('en', 'Prices rose sharply. Over 12 months, the won lost half its value.',
     '12 months, the won lost half its value'),
    ('en', 'The factories changed hands; over 3 years the army took all of them.', '3 years the army took all of them'),
    ('zh', '韩国最大企业三星电子周二宣布暂停对华出口。', '三星电子周二宣布暂停对华出口'),
    ('zh', '韩国最大的财阀三星集团去年营业额增长了一成。', '三星集团去年营业额增长了一成'),
    ('ja', '国内最大の三菱UFJ銀行は北朝鮮関連の口座を凍結した。', '三菱UFJ銀行は北朝鮮関連の口座を凍結した'),
    ('ja', '国内最大手の三井物産は北朝鮮との取引を停止した。', '三井物産は北朝鮮との取引を停止した'),
    ('zh', '据接近平壤的一名消息人士透露，金正恩将于五月访俄。', '一名消息人士透露'),
    ('zh', '在市场上买不到一些进口商品，居民只好去中国边境购买。', '一些进口商品'),
    ('zh', '朝鲜最多的一年接待了三十万名中国游客。', '一年接待了三十万名中国游客'),
    ('zh', '他们找不到工作的一些年轻人去了中国。', '一些年轻人去了中国'),
    ('zh', '平壤市内超过万寿台的建筑只有柳京饭店。', '万寿台的建筑只有柳京饭店'),
    ('ja', '最大の一因は電力不足だった。', '一因は電力不足だった'),
    ('it', 'È fuori dubbio che il regime ha chiuso il mercato di Hyesan.', 'il regime ha chiuso il mercato di Hyesan'),
    ('fr', "Le premier étage est consacré à l'enfance de Kim Il Sung. "
           'Le second étage raconte une tout autre histoire, celle de la guerre.',
     "Le premier étage est consacré à l'enfance de Kim Il Sung"),
    ('es', 'La primera sala está dedicada a la infancia de Kim Il Sung. '
           'La segunda sala cuenta otra historia, la de la guerra.',
     'La primera sala está dedicada a la infancia de Kim Il Sung'),
    ('es', 'El mercado de Hyesan cerró en mayo. El informe contiene otra historia sobre Musan.',
     'El mercado de Hyesan cerró en mayo'),
    ('es', 'El mercado cerró en mayo. Los datos de 2023 continúan una historia distinta de crecimiento.',
     'El mercado cerró en mayo'),
    ('de', 'Der Markt wurde im Mai geschlossen. Die Händler erzählen etwas ganz anderes über den Markt in Musan.',
     'Der Markt wurde im Mai geschlossen'),
    ('it', "Il primo piano è dedicato all'infanzia di Kim Il Sung. Il "
           "secondo piano racconta un'altra storia, quella della guerra.",
     "Il primo piano è dedicato all'infanzia di Kim Il Sung"),
    ('zh', '他打听说明书的下落。', '明书的下落'),
    ('en', '## Rumour mill: how news travels in North Korea\n\nSmuggled '
           'SD cards carry South Korean news into Hyesan every week.',
     'Smuggled SD cards carry South Korean news into Hyesan every week'),
    ('en', "## Fake news law passed\n\nThe Supreme People's Assembly adopted the law on 4 December.",
     "The Supreme People's Assembly adopted the law on 4 December"),
    ('en', '## Hearsay rule\n\nThe court admitted the testimony of six defectors.',
     'The court admitted the testimony of six defectors'),
    ('en', '## Unfounded fears? Markets stay calm\n\nThe won held at 8,000 to the dollar through March.',
     'The won held at 8,000 to the dollar through March'),
    ('en', '# Economy\n\n## False dawn for the Rason zone\n\nOnly two foreign firms opened plants in Rason in 2023.',
     'Only two foreign firms opened plants in Rason in 2023'),
    ('en', 'It was 2018 before Kim could return to his village.', 'Kim could return to his village'),
    ('en', 'Prisoners had to work 12 hours before they were able to eat.', 'they were able to eat'),
    ('en', 'Officials evacuated 3,000 people after a tsunami warning. It turned out to be false.',
     'Officials evacuated 3,000 people'),
    ('en', 'Most markets reopened in June. That was not the case in Hyesan, where they stayed shut.',
     'Most markets reopened in June'),
    ('en', 'The measures announced in March were lifted in June.', 'The measures … were lifted in June'),
    ('en', 'The sanctions the UN announced in 2017 halved coal exports.', 'The sanctions … halved coal exports'),
    ('en', 'Young people say they prefer South Korean dramas, according to a survey of 400 defectors.',
     'they prefer South Korean dramas'),
    ('en', 'The UN requested access to the prisons in 2021, something North Korea denied.',
     'The UN requested access to the prisons in 2021'),
    ('en', 'Kim Jong Un invited Trump to Pyongyang in 2019, something Washington dismissed.',
     'Kim Jong Un invited Trump to Pyongyang in 2019'),
    ('zh', '谁也想不到一名普通士兵竟然越过了边界。', '一名普通士兵竟然越过了边界'),
    ('ja', '北朝鮮最大の一大イベントは4月15日の太陽節だ。', '一大イベントは4月15日の太陽節だ'),
    ('it', 'È fuori di dubbio che il mercato di Hyesan è stato chiuso a maggio.',
     'il mercato di Hyesan è stato chiuso a maggio'),
    ('de', 'Der Markt wurde im Mai geschlossen. Die Händler berichten '
           'etwas ganz anderes aus Musan: dort blieb er offen.',
     'Der Markt wurde im Mai geschlossen'),
    ('en', 'The camp held 20,000 prisoners in 2014. Pyongyang disputed '
           'it up until 2019, when it admitted the camp existed.',
     'The camp held 20,000 prisoners in 2014'),
    ('en', 'The factory reopened in March. Workers tell another story, of 14-hour shifts and no pay.',
     'The factory reopened in March'),
]


@pytest.mark.parametrize("language, body, quote", REVIEWED_LOOK_ALIKES)
def test_the_reviews_look_alikes_of_the_new_rules_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# What a correction says an earlier version of the report said, and a speaker taking back or
# qualifying his own words
CORRECTED_UNDONE = [
    ("Prices rose 14% in May.\n\n*Correction: an earlier version of this article said prices rose 40% in May.*",
     "prices rose 40% in May"),
    ("Correction: An earlier version of this story incorrectly stated that the market closed in May.",
     "the market closed in May"),
    ("This article originally said that Kim visited Hyesan. He visited Musan.", "Kim visited Hyesan"),
    ('"The mine has closed," he said, before correcting himself: "No, it is still open."', "The mine has closed"),
    ("The general was shot, he said, before quickly correcting himself.", "The general was shot"),
    ('"The general was shot," he said, adding that he had only heard this from neighbours.',
     "The general was shot"),
]
CORRECTED_FAITHFUL = [
    ("The report said that 300 people died.", "300 people died"),
    ("This report said that 300 people died.", "300 people died"),
    ("The UN report originally said that 300 people died; it was confirmed later.", "300 people died"),
    ("The earlier version of this report misstated the date; the market closed on May 3.",
     "the market closed on May 3"),
    ("An earlier version of this article was updated. The market closed in May.", "The market closed in May"),
    ('"The mine has closed," he said, before leaving the room.', "The mine has closed"),
    ('"The general was shot," he said, adding that he had heard the shots himself.', "The general was shot"),
    ("The general was shot, adding to fears of a purge.", "The general was shot"),
]


@pytest.mark.parametrize("body, quote", CORRECTED_UNDONE)
def test_a_corrected_or_retracted_statement_is_approximate(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", CORRECTED_FAITHFUL)
def test_the_reports_own_words_beside_a_correction_stay_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


# A list whose lead-in says its items are not vouched for, and a table row rated false or
# unverified by another of its cells
LISTED_UNDONE = [
    ("en", "Rumours circulating in Hyesan this week:\n\n- the Musan mine reopened in May\n- rice prices doubled"),
    ("en", "Claims in the KCNA dispatch that we could not verify:\n\n1. The Musan mine reopened in May.\n"
           "2. Output rose."),
    ("en", "Among the unconfirmed reports from Hoeryong:\n\n* Guards were replaced.\n"
           "* The Musan mine reopened in May."),
    ("en", "The provincial committee's plans for next year include:\n\n- the Musan mine reopened in May"),
    ("fr", "Rumeurs qui circulent à Hyesan :\n\n- the Musan mine reopened in May"),
    ("ko", "혜산에 도는 소문:\n\n- the Musan mine reopened in May"),
    # (a third probe) a lead-in that makes each item a condition's, or denies them all
    ("en", "If the floods recede by March:\n\n- the Musan mine reopened in May\n- trains run again"),
    ("en", "Officials denied that:\n\n- the Musan mine reopened in May\n- wages were cut"),
    ("en", "The ministry rejected reports that:\n\n- the Musan mine reopened in May"),
    ("en", "| Claim | Verdict |\n|---|---|\n| The Musan mine reopened in May | False |\n| Rice rose | True |"),
    ("en", "| Report | Status |\n|---|---|\n| The Musan mine reopened in May | **Unverified** |"),
    ("en", "| Report | Source |\n|---|---|\n| The Musan mine reopened in May | rumour, unconfirmed |"),
    ("ru", "| Утверждение | Вердикт |\n|---|---|\n| The Musan mine reopened in May | Ложь |"),
    ("zh", "| 说法 | 核实结果 |\n|---|---|\n| The Musan mine reopened in May | 不实 |"),
]
LISTED_FAITHFUL = [
    ("en", "Confirmed by two sources in Hyesan this week:\n\n- the Musan mine reopened in May"),
    ("en", "Rumours that officials later confirmed:\n\n- the Musan mine reopened in May"),
    ("en", "After the floods receded:\n\n- the Musan mine reopened in May"),
    ("en", "The ministry, which denied wrongdoing, listed its results:\n\n- the Musan mine reopened in May"),
    ("en", "Residents confirmed that:\n\n- the Musan mine reopened in May"),
    ("en", "What our sources in Sinuiju reported this week:\n\n- the Musan mine reopened in May"),
    ("en", "Rumours circulate in Hyesan.\n\n- the Musan mine reopened in May"),  # no lead-in: no colon
    ("en", "Rumours circulating in Hyesan this week:\n\n- rice prices doubled\n\nThe Musan mine reopened in May."),
    ("en", "- Rumours circulating in Hyesan:\n  - the Musan mine reopened in May"),  # a list item, not a lead-in
    ("en", "| Claim | Verdict |\n|---|---|\n| The Musan mine reopened in May | True |\n| Rice rose | False |"),
    ("en", "| Mine | Status |\n|---|---|\n| The Musan mine reopened in May | operating |"),
    ("en", "The verdict: false.\n\nThe Musan mine reopened in May."),
    ("en", "We planned this survey in 2022 and carried it out in 2023. Key findings:\n\n"
           "- the Musan mine reopened in May"),  # the lead-in's last sentence is what it heads
    ("en", "We checked KCNA's claims against satellite imagery. The following claims proved accurate:\n\n"
           "- the Musan mine reopened in May"),
    ("en", "| Year | Incident | North Korea's response |\n|---|---|---|\n| 2017 | The Musan mine reopened in May | "
           "Denied |"),  # a party's answer, not the table's verdict
]


@pytest.mark.parametrize("language, body", LISTED_UNDONE)
def test_a_quote_in_a_list_or_row_that_doubts_it_is_approximate(language, body):
    assert _located(body, "the Musan mine reopened in May", language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body", LISTED_FAITHFUL)
def test_a_quote_in_a_list_or_row_of_what_is_known_stays_verified(language, body):
    assert _located(body, "the Musan mine reopened in May", language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, message", [
    ("Rumours from Hyesan:\n\n- The mill closed in May.\n",
     'quote in claim "c1" is in a list of report "r1" that "Rumours from Hyesan:" leads into, which does not '
     "vouch for what it lists"),
    ("If the floods recede:\n\n- The mill closed in May.\n",
     'quote in claim "c1" is in a list of report "r1" that "If the floods recede:" leads into, which does not '
     "vouch for what it lists"),
    ("| Claim | Verdict |\n|---|---|\n| The mill closed in May | False |\n",
     'quote in claim "c1" is in a row of a table in report "r1" that rates it "False"'),
    ("The mill closed in May.\n\nCorrection: An earlier version of this article wrongly stated that the mill closed.",
     'quote in claim "c1" says what report "r1" itself corrects: "Correction: An earlier version of this article '
     'wrongly stated that the mill closed"'),
    ("The mill closed in May.\n\nA second paragraph.\n\nUpdate (May 9): The mill was never closed. We regret the "
     "error.",
     'quote in claim "c1" is of report "r1", whose note may correct or doubt it: "Update (May 9): The mill was '
     'never closed. We regret the error."'),
    ("The mill closed in May.[^1]\n\n[^1]: This could not be independently verified.",
     'quote in claim "c1" is of report "r1", whose note may correct or doubt it: "[^1]: This could not be '
     'independently verified."'),
    ("**Myth:** The mill closed in May.", 'quote in claim "c1" is labelled "Myth:" in report "r1"'),
    ("**Claim:** The mill closed in May.\n\n**Verdict:** Mostly false.",
     'quote in claim "c1" is the claim a fact check in report "r1" rates "Mostly false."'),
])
def test_the_warning_names_the_lead_in_or_the_verdict(tmp_path, body, message):
    report = "---\ntitle: R1\npublisher: P1\npublished: 2024-01-01\n---\n" + body
    brief = MINIMAL["content/briefs/b1.yaml"].replace("runs a few days each year", "The mill closed in May")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief}))
    [w] = [d for d in result.warnings if d.pos.path == "content/briefs/b1.yaml"]
    assert w.message == message


# (from a blind probe) a newsroom's notice anywhere in the report, without the "wrongly stated
# that …" of the clause it corrects: a correction that shares a word that carries content with
# the quote, or an update or editor's note that also says something was wrong or unconfirmed
_ARRESTS = "On May 2, 40 traders were arrested in Hoeryong, sources said.\n\nPrices rose in the market.\n\n"
NOTICE_UNDONE = [
    ("en", _ARRESTS + "Correction: This article originally said that 40 traders were arrested in Hoeryong. The "
                      "correct number is 14.", "40 traders were arrested in Hoeryong"),
    ("en", _ARRESTS + "*Editor's note: Daily NK has since learned that the source fabricated parts of this account; "
                      "we have been unable to confirm the arrests.*", "40 traders were arrested in Hoeryong"),
    ("en", "**Update:** Officials have since said the number of arrests was wrong.\n\n" + _ARRESTS,
     "40 traders were arrested in Hoeryong"),  # a notice over the report
    ("en", "In Hyesan, rice sold for 7,500 won per kilogram last week, a trader said.\n\nCorrection: The price cited "
           "above was for pork, not rice.", "rice sold for 7,500 won per kilogram last week"),
    ("en", "The mine closed on March 3.\n\nUPDATE (March 5): A second source told us the mine was never closed; "
           "we regret the error.", "The mine closed on March 3"),
    ("fr", "Le marché de Hyesan a fermé le 3 mars.\n\nRectificatif : le marché a seulement réduit ses horaires.",
     "Le marché de Hyesan a fermé le 3 mars"),
    ("es", "El mercado de Hyesan cerró el 3 de marzo.\n\nCorrección: el mercado solo redujo su horario.",
     "El mercado de Hyesan cerró el 3 de marzo"),
]
FOOTNOTED = "The Sunchon plant produced 20,000 tonnes of cement in May.[^1] Prices rose.[^2]\n\nQueues grew.\n\n"
NOTICE_UNDONE += [
    ("en", FOOTNOTED + "[^1]: This figure could not be independently verified and may be exaggerated.\n\n"
                       "[^2]: As KCNA reported it.",
     "The Sunchon plant produced 20,000 tonnes of cement in May"),
    ("en", FOOTNOTED + "[^2]: As KCNA reported it.\n\n[^1]: The figure is unconfirmed.",
     "20,000 tonnes of cement"),  # a marker on its sentence
]
NOTICE_UNDONE += [
    ("en", "The plant produced 20,000 tonnes of cement in May[^1].\n\n[^1]: This figure could not be independently "
           "verified.", "The plant produced 20,000 tonnes of cement in May"),  # the marker before the full stop
]
NOTICE_FAITHFUL = [
    # (from a review) what an update or a correction says of something else
    ("en", "Authorities arrested 40 traders in Hoeryong on May 2.\n\nUpdate: Two more traders were arrested on May 5 "
           "after a customs officer found errors in their paperwork.",
     "Authorities arrested 40 traders in Hoeryong on May 2"),
    ("en", "Rice prices in North Hamgyong rose 20 percent in April.\n\nCorrection: A photo caption misidentified a "
           "market in Ryanggang province as being in North Hamgyong.",
     "Rice prices in North Hamgyong rose 20 percent in April"),
    ("en", "Workers at the mill were told to collect more.\n\nCorrection: The source's job title has been corrected: "
           "a mill supervisor, not a manager.", "Workers at the mill were told to collect more"),
    ("en", "Rations of rice in Chongjin were cut in April.\n\nClarification came on Monday: the ministry said rations "
           "would resume in June, and the error was the province's.", "Rations of rice in Chongjin were cut in April"),
    ("en", "Rice prices in Hyesan rose 20 percent in April, traders said.\nUpdate: The ministry said prices in Hyesan "
           "had stabilised.\nOne trader said the customs office made an error in its tariff tables.",
     "Rice prices in Hyesan rose 20 percent in April"),  # lines of one paragraph: the notice is its own line
    ("en", "KCNA covered the visit on Tuesday. The report first said that Kim Jong Un visited the Kim Chaek steel "
           "mill, then described his tour of the smelter.", "Kim Jong Un visited the Kim Chaek steel mill"),
    # … or a footnote of a source, of another sentence, or of other figures
    ("en", "The plant produced 20,000 tonnes of cement in May.[^1]\n\n[^1]: Source: a mine official interviewed by "
           "phone.\n\nMeanwhile, rumours that the mine closed proved false.",
     "The plant produced 20,000 tonnes of cement"),
    ("en", "The plant produced 20,000 tonnes of cement in May. Officials claimed a record.[^1]\n\n[^1]: This claim "
           "could not be verified.", "The plant produced 20,000 tonnes of cement in May."),
    ("en", "Grain output rose to 4.8 million tonnes, according to the FAO.[^1]\n\n[^1]: FAO/WFP crop assessment, 2023; "
           "official North Korean figures are often inflated.", "Grain output rose to 4.8 million tonnes"),
    ("en", FOOTNOTED + "[^1]: Figure from a factory accountant, cross-checked with rail shipping records.\n\n"
                       "[^2]: The price is unconfirmed.", "The Sunchon plant produced 20,000 tonnes of cement in May"),
    ("en", FOOTNOTED + "[^1]: From a factory accountant.\n\n[^2]: This could not be verified.",
     "The Sunchon plant produced 20,000 tonnes of cement in May"),  # another sentence's note
    ("en", _ARRESTS + "Update, May 4: A second source confirmed the arrests in Hoeryong.",
     "40 traders were arrested in Hoeryong"),
    ("en", _ARRESTS + "Update: The traders were released on May 9 after paying fines.",
     "40 traders were arrested in Hoeryong"),
    ("en", _ARRESTS + "Editor's note: The source for this article is a trader who has provided reliable "
                      "information to Daily NK for more than five years.", "40 traders were arrested in Hoeryong"),
    ("en", _ARRESTS + "Correction: An earlier version of this article misspelled the name of the reporter.",
     "40 traders were arrested in Hoeryong"),  # nothing of the quote
    ("en", _ARRESTS + "Correction: An earlier version of this article misidentified the location of the arrests.",
     "Correction: An earlier version of this article misidentified the location of the arrests"),  # the notice
    ("en", "Officials will issue a correction: the mine is closed.\n\nPrices rose.", "Prices rose"),
    ("en", "The update: the mine reopened in May, sources said.", "the mine reopened in May"),  # no label
]


@pytest.mark.parametrize("language, body, quote", NOTICE_UNDONE)
def test_a_notice_that_corrects_the_quote_makes_it_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", NOTICE_FAITHFUL)
def test_a_notice_that_confirms_adds_or_corrects_something_else_leaves_it_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# (from the same blind probe) more that leaves the quote unvouched for, and its look-alikes
PROBED_UNDONE = [
    ("en", "Q: Is it true that the mine closed on May 3? A: No, that's a rumour. It is still operating.",
     "the mine closed on May 3"),
    ("en", "Is it true that the mine closed on May 3? Not at all.", "the mine closed on May 3"),
    ("en", "Investigators ruled out that the fire at the depot was caused by a gas leak.",
     "the fire at the depot was caused by a gas leak"),
    ("en", "“I don't think the mill will restart this year,” the manager said.", "the mill will restart this year"),
    ("en", "Water supply has collapsed in parts of Chongjin.", "Water supply has collapsed"),
    ("en", "Water supply has collapsed in some districts of Chongjin.", "Water supply has collapsed"),
    ("en", "**Myth:** North Korea imports all its solar panels from China.",
     "North Korea imports all its solar panels from China"),
    ("en", "Rumours in Hyesan:\n\n- Rumour: the mine has closed for good.", "the mine has closed for good"),
    ("ar", "نفت السلطات أن يكون سوق هيسان قد أغلق في مارس.", "سوق هيسان قد أغلق في مارس"),
    ("ar", "لم يتم تأكيد أن منجم موسان أغلق في مايو.", "منجم موسان أغلق في مايو"),
    # (from a review) an editor's bracket that hedges, left out
    ("en", "“The [alleged] smuggler was executed in Hyesan,” he said.", "The smuggler was executed in Hyesan"),
    ("en", "“The [suspected] spies were arrested in Sinuiju,” he said.", "The spies were arrested in Sinuiju"),
    ("en", "“The dam needed [up to] 300 workers in May,” he said.", "The dam needed 300 workers in May"),
]
# (from a hostile probe) doubts worded otherwise
PROBED_UNDONE += [("en", body, "the mine reopened in May") for body in (
    "Officials rebutted reports that the mine reopened in May.",
    "Officials disavowed reports that the mine reopened in May.",
    "Officials questioned reports that the mine reopened in May.",
    "Officials quashed reports that the mine reopened in May.",
    "Satellite images contradict claims that the mine reopened in May.",
    "Satellite images belie the claim that the mine reopened in May.",
    "Nobody can confirm the mine reopened in May.",
    "The mine reopened in May (not true).",
    "The mine reopened in May [false].",
    "The mine reopened in May. This is fake news.",
    "The mine reopened in May. Or so the ministry claims.",
    "The mine reopened in May, or did it?",
)]
PROBED_FAITHFUL = [
    # (from a review) the same words in other senses
    ("en", "Myth: North Korea has no private markets. Fact: Some 400 official markets operate across the country.",
     "Some 400 official markets operate across the country"),
    ("en", "The turbine was delivered in parts by rail from Nampo.", "The turbine was delivered"),
    ("en", "Smugglers hid the phones in pockets sewn inside their coats.", "Smugglers hid the phones"),
    ("en", "Is it true that the market reopened? No doubt about it, traders say.", "the market reopened"),
    ("en", "“I didn't expect the rations would be cut again in May,” she said.",
     "the rations would be cut again in May"),
    ("en", "A manager of the [Kim Chaek] mill said so.", "A manager of the Kim Chaek mill said so"),
    ("en", "Officials questioned the manager. The mine reopened in May.", "The mine reopened in May"),
    ("en", "Two sources confirm the mine reopened in May.", "the mine reopened in May"),
    ("en", "The mine reopened in May (confirmed).", "The mine reopened in May"),
    ("en", "Is it true that the mine closed on May 3? Yes, on the morning of May 3.", "the mine closed on May 3"),
    ("en", "Investigators ruled out arson; the fire at the depot was caused by a gas leak.",
     "the fire at the depot was caused by a gas leak"),
    ("en", "They did not think twice before the mill was sold.", "the mill was sold"),
    ("en", "Water supply has collapsed in Chongjin.", "Water supply has collapsed"),
    ("en", "Water supply has collapsed in parts of Chongjin.", "Water supply has collapsed in parts of Chongjin"),
    ("en", "Fact: North Korea imports all its solar panels from China.",
     "North Korea imports all its solar panels from China"),
    ("ar", "أكدت السلطات أن منجم موسان أغلق في مايو.", "منجم موسان أغلق في مايو"),
]


@pytest.mark.parametrize("language, body, quote", PROBED_UNDONE)
def test_the_probes_unvouched_quotes_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", PROBED_FAITHFUL)
def test_the_probes_vouched_look_alikes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# Realistic reports of several paragraphs, with headings, lists under lead-ins, tables and
# footnotes, and 663 quotes of them a blind review judged (623 faithful): the rules were tuned
# on one-sentence cases, and must not misfire on the words they key on in longer text
REVIEWED_REPORTS = json.loads((FIXTURES / "citations" / "reviewed_reports.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("report, language, quote, expected", REVIEWED_REPORTS["quotes"])
def test_quotes_of_realistic_reports_are_judged_as_an_editor_would(report, language, quote, expected):
    body = REVIEWED_REPORTS["reports"][report]
    assert _located(body, quote, language).status is QuoteStatus(expected)


# What a speaker says, conceded before the sentence sets it against something else, or set
# against another account after it (the fourth and fifth probes)
CONCEDED_UNDONE = [
    ("en", "Although the ministry announced that rations had resumed, residents in Hyesan have received nothing "
           "since March.", "rations had resumed"),
    ("en", "Whereas state media report a bumper harvest, farmers describe the worst year in a decade.",
     "a bumper harvest"),
    ("en", "Even though officials said the bridge was finished, no truck has crossed it.", "the bridge was finished"),
    ("en", "The ministry says the mine has reopened, but workers say it is idle.", "the mine has reopened"),
    ("en", "Officials said the border had reopened; but traders in Dandong told RFA that it was shut.",
     "the border had reopened"),
    ("en", "The mine has resumed production, the ministry said. However, satellite images show no activity there.",
     "The mine has resumed production"),
    ("fr", "Bien que Pyongyang affirme que la mine a repris la production, les images satellites ne montrent "
           "aucune activité.", "la mine a repris la production"),
    ("fr", "Les agriculteurs décrivent la pire année, alors que les médias d'État affirment que la récolte est "
           "record.", "la récolte est record"),
    ("es", "Aunque el régimen asegura que las raciones se han reanudado, los vecinos de Hyesan no han recibido nada.",
     "las raciones se han reanudado"),
    ("pt", "Embora o governo diga que a mina reabriu, os trabalhadores afirmam que ela continua parada.",
     "a mina reabriu"),
    ("it", "Sebbene Pyongyang sostenga che il mercato sia aperto, i commercianti dicono che è chiuso da settimane.",
     "il mercato sia aperto"),
    ("de", "Obwohl das Regime behauptet, die Rationen seien wieder aufgenommen worden, haben die Bewohner von "
           "Hyesan nichts erhalten.", "die Rationen seien wieder aufgenommen worden"),
    ("ru", "Хотя власти утверждают, что пайки возобновлены, жители Хесана ничего не получили.", "пайки возобновлены"),
    ("zh", "虽然官方称配给已经恢复，但惠山居民自三月以来什么也没领到。", "配给已经恢复"),
    ("ko", "당국은 배급이 재개됐다고 밝혔지만, 혜산 주민들은 3월 이후 아무것도 받지 못했다.", "배급이 재개됐다"),
    ("ko", "당국은 시장이 열려 있다고 주장하지만 상인들은 한 달째 문이 닫혀 있다고 말한다.", "시장이 열려 있다"),
    ("ja", "当局は配給が再開されたと発表したものの、住民は何も受け取っていない。", "配給が再開された"),
]
CONCEDED_FAITHFUL = [
    ("en", "The ministry says the mine has reopened, and workers say it is busy.", "the mine has reopened"),
    ("en", "The mine has reopened, but workers say it is short of power.", "The mine has reopened"),
    ("en", "Although it rained, the ministry said that rations had resumed.", "rations had resumed"),
    ("en", "The ministry said the mine had reopened, but also said output was low.", "the mine had reopened"),
    ("en", "The ministry said the mine had reopened, but it gave no date.", "the mine had reopened"),
    ("en", "The mine has resumed production, the ministry said. However, it gave no figures.",
     "The mine has resumed production"),
    ("en", "Nobody could say for certain what the panels cost, although traders said that prices have fallen by half.",
     "prices have fallen by half"),
    ("es", "Nadie sabía el precio, aunque los comerciantes dijeron que los precios habían caído a la mitad.",
     "los precios habían caído a la mitad"),
    ("fr", "Personne ne connaissait le prix, bien que les commerçants aient dit que les prix avaient baissé.",
     "les prix avaient baissé"),
    ("zh", "没人知道价格，虽然商人称价格已下跌一半。", "价格已下跌一半"),
    ("ko", "당국은 배급이 재개됐다고 밝혔다.", "배급이 재개됐다"),
    ("ja", "当局は配給が再開されたと発表した。", "配給が再開された"),
    # が alone joins as often as it opposes (the sixth review)
    ("ja", "防衛省は北朝鮮がミサイルを発射したと発表したが、これは日本のEEZ外に落下した。", "北朝鮮がミサイルを発射した"),
    # what another account adds, not the opposite (the sixth review)
    ("en", "The ministry says the factory reopened in May, but workers say it has not yet reached full output.",
     "the factory reopened in May"),
    ("en", "The ministry says the factory reopened in May, but workers say it is busy again.",
     "the factory reopened in May"),
    ("en", "Officials say the government raised wages by 10%, but critics say that is not enough.",
     "the government raised wages by 10%"),
    ("en", "Prices rose 40% in March, traders said. However, they said rice was still available.",
     "Prices rose 40% in March"),
    ("en", "The ministry says the factory reopened in May, but satellite images show it reopened on 2 May.",
     "the factory reopened in May"),
    ("de", "Das Regime erklärte, die Rationen seien wieder aufgenommen worden.",
     "die Rationen seien wieder aufgenommen worden"),
    ("ru", "Власти утверждают, что пайки возобновлены.", "пайки возобновлены"),
]


@pytest.mark.parametrize("language, body, quote", CONCEDED_UNDONE)
def test_a_speakers_words_the_sentence_sets_against_another_account_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", CONCEDED_FAITHFUL)
def test_a_speakers_words_nothing_sets_against_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# The fifth probe's misses: a denial opening the next paragraph, a question that doubts the
# clause, a wish, a share, the regime's claim, "it is not true that" in Arabic, Hebrew, Persian
# and Turkish; and the fifth review's false alarms (主要是 "mainly is", だけでなく "not only",
# Arabic "and not")
FIFTH_PROBE_UNDONE = [
    ("en", "Three soldiers were killed.\n\nThe army later denied this.", "Three soldiers were killed"),
    ("en", "Three soldiers were killed.\n\nThis turned out to be false.", "Three soldiers were killed"),
    ("en", "The mine reopened in May.\n\nThe report was later retracted.", "The mine reopened in May"),
    ("en", "The general was executed in March, according to early reports.\n\nThis turned out to be false: he "
           "appeared in public in June.", "The general was executed in March"),
    ("en", "Three soldiers were killed in the clash.\n\n**Update (June 3):** This report has since been retracted.",
     "Three soldiers were killed in the clash"),
    ("en", "- The mine reopened in May.\n- The report was later retracted.", "The mine reopened in May"),
    ("en", "Three soldiers were killed in the attack on Monday.\n\nUPDATE: The army has denied that any soldiers "
           "were killed.", "Three soldiers were killed in the attack on Monday"),
    ("en", "Three soldiers were killed in the attack on Monday. The army has denied that any soldiers were killed.",
     "Three soldiers were killed in the attack on Monday"),
    ("en", "The factory employs 5,000 workers. That figure, however, is a fabrication; the real number is closer "
           "to 500.", "The factory employs 5,000 workers"),
    ("es", "La mina reabrió en mayo.\n\nEl ministerio lo desmintió en junio.", "La mina reabrió en mayo"),
    ("es", "Se informó que el general había sido ejecutado. El ministerio lo desmintió después.",
     "el general había sido ejecutado"),
    ("ru", "Сообщалось, что генерал был казнён. Позже министерство это опровергло.", "генерал был казнён"),
    ("ja", "将軍は処刑されたと報じられた。しかし、これは誤報だった。", "将軍は処刑された"),
    ("fr", "Trois soldats ont été tués lundi. Le ministère l'a démenti plus tard.", "Trois soldats ont été tués lundi"),
    ("en", "Can anyone seriously believe that exports doubled last year?", "exports doubled last year"),
    ("en", "Who says the mine reopened in May? Only the state newspaper.", "the mine reopened in May"),
    ("fr", "Qui peut croire que la récolte a doublé ?", "la récolte a doublé"),
    ("es", "¿Quién puede creer que la cosecha se duplicó?", "la cosecha se duplicó"),
    ("de", "Wer glaubt schon, dass sich die Ernte verdoppelt hat?", "sich die Ernte verdoppelt hat"),
    ("fr", "Les ouvriers souhaitent que l'usine rouvre avant l'hiver.", "l'usine rouvre avant l'hiver"),
    ("es", "Ojalá el puerto reabra en junio, dijo el alcalde.", "el puerto reabra en junio"),
    ("it", "Speriamo che la fabbrica riapra entro l'inverno.", "la fabbrica riapra entro l'inverno"),
    ("pt", "Tomara que a fábrica reabra antes do inverno.", "a fábrica reabra antes do inverno"),
    ("ru", "Рабочие хотят, чтобы завод открылся до зимы.", "завод открылся до зимы"),
    ("fr", "Peu d'agriculteurs ont reçu les subventions.", "agriculteurs ont reçu les subventions"),
    ("es", "Ninguno de los detenidos fue acusado.", "los detenidos fue acusado"),
    ("es", "No todas las provincias informaron de escasez.", "las provincias informaron de escasez"),
    ("it", "Pochi contadini hanno ricevuto i sussidi.", "contadini hanno ricevuto i sussidi"),
    ("ru", "Немногие крестьяне получили субсидии.", "крестьяне получили субсидии"),
    ("en", "The regime claimed the missile hit its target.", "the missile hit its target"),
    ("en", "State media claimed that the harvest was the best in fifty years.",
     "the harvest was the best in fifty years"),
    ("en", "# Leader claims harvest doubled\n\nIndependent estimates point to a fall.", "harvest doubled"),
    ("tr", "Ordunun sınırdan çekildiği doğru değil.", "Ordunun sınırdan çekildiği"),
    ("ar", "ليس صحيحاً أن القوات انسحبت من الحدود.", "القوات انسحبت من الحدود"),
    ("he", "אין זה נכון שהצבא נסוג מהגבול.", "שהצבא נסוג מהגבול"),
    ("fa", "درست نیست که ارتش از مرز عقب‌نشینی کرد.", "ارتش از مرز عقب‌نشینی کرد"),
    ("en", "Figure 1: Rice output fell 20 percent in 2022 (source: government claims, unverified).",
     "Rice output fell 20 percent in 2022"),
    ("en", "Per capita emissions fell by half, while total emissions rose.", "emissions fell by half"),
    ("en", "Per capita, emissions fell by half.", "emissions fell by half"),
    ("ko", "댐이 무너지면 수천 명이 사망할 것이다.", "수천 명이 사망할 것이다"),
    ("zh", "要是大坝没有决堤，村庄本来可以幸免。", "村庄本来可以幸免"),
]
FIFTH_PROBE_FAITHFUL = [
    ("en", "Three soldiers were killed in the attack on Monday. The army denied that it had fired on civilians.",
     "Three soldiers were killed in the attack on Monday"),  # another claim denied
    ("en", "Three soldiers were killed. The army later denied claims that soldiers were killed, but satellite images "
           "confirmed it.", "Three soldiers were killed"),
    ("en", "Three soldiers were killed.\n\nThe army later confirmed this.", "Three soldiers were killed"),
    ("en", "Three soldiers were killed. Others fled.\n\nThe army later denied this.", "Three soldiers were killed"),
    ("en", "Three soldiers were killed.\n\nThe army never denied this.", "Three soldiers were killed"),
    ("en", "Three soldiers were killed.\n\n## Background\n\nThe army later denied this.", "Three soldiers were killed"),
    ("en", "# The mine reopened in May.\n\nThe report was later retracted.", "The mine reopened in May"),
    ("en", "| a | b |\n|---|---|\n| The mine reopened in May. | x |\n| The report was later retracted. | y |",
     "The mine reopened in May"),
    ("ru", "Сообщалось, что генерал был казнён. Министерство это не опровергло.", "генерал был казнён"),
    ("ja", "将軍は処刑された。これは事実だった。", "将軍は処刑された"),
    ("es", "El general fue ejecutado. El ministerio lo confirmó después.", "El general fue ejecutado"),
    ("en", "Who knew the mine reopened in May?", "the mine reopened in May"),
    ("ru", "Кто знает, что шахта открылась в мае?", "шахта открылась в мае"),
    ("fr", "Les ouvriers disent que l'usine a rouvert.", "l'usine a rouvert"),
    ("it", "Gli operai dicono che la fabbrica ha riaperto.", "la fabbrica ha riaperto"),
    ("fr", "Un peu d'eau est arrivée.", "eau est arrivée"),
    ("en", "The regime claimed the missile hit its target.", "The regime claimed the missile hit its target"),
    ("en", "The regime claimed the missile hit its target, which Seoul later confirmed.",
     "the missile hit its target"),
    ("en", "Pyongyang claimed 30 lives were lost.", "30 lives were lost"),
    ("en", "Sources claim the new border fence in Ryanggang carries a 3,300-volt current.",
     "the new border fence in Ryanggang carries a 3,300-volt current"),
    ("en", "The amount claimed totalled $5 million.", "The amount … totalled $5 million"),
    ("tr", "Ordunun sınırdan çekildiği doğru.", "Ordunun sınırdan çekildiği"),
    ("ar", "صحيح أن القوات انسحبت من الحدود.", "القوات انسحبت من الحدود"),
    ("he", "נכון שהצבא נסוג מהגבול.", "שהצבא נסוג מהגבול"),
    ("zh", "伤亡的主要是平民，其中包括12名儿童。", "其中包括12名儿童"),
    ("zh", "目前出口朝鲜的主要是面粉、食用油、化肥和塑料制品，“但钢材、机械一类的东西我们不敢碰，怕违反制裁”。",
     "“但钢材、机械一类的东西我们不敢碰，怕违反制裁”"),
    ("ja", "北朝鮮はミサイルを発射しただけでなく、砲撃も行った。", "北朝鮮はミサイルを発射した"),
    ("ja", "統一省は引き渡しの写真を公開しただけでなく、通知の全文も初めて公表した。", "統一省は引き渡しの写真を公開した"),
    # a denial denied, or confirmed after all (the sixth review)
    ("es", "Tres soldados murieron el lunes.\n\nEl ministerio primero lo desmintió, pero el martes lo confirmó.",
     "Tres soldados murieron el lunes"),
    ("de", "Drei Soldaten wurden am Montag getötet.\n\nDas Ministerium dementierte dies zunächst, bestätigte es aber "
           "am Dienstag.", "Drei Soldaten wurden am Montag getötet"),
    ("ru", "Три солдата погибли в понедельник.\n\nМинистерство сначала это опровергло, но во вторник подтвердило.",
     "Три солдата погибли в понедельник"),
    ("ko", "월요일 공격으로 군인 3명이 숨졌다.\n\n국방부는 처음에 이를 부인했으나 화요일에 인정했다.", "월요일 공격으로 군인 3명이 숨졌다"),
    ("es", "Tres soldados murieron en el ataque del lunes. El ministerio no lo desmintió.",
     "Tres soldados murieron en el ataque del lunes"),
    ("es", "Tres soldados murieron en el ataque del lunes. Nadie lo desmintió.",
     "Tres soldados murieron en el ataque del lunes"),
    ("de", "Drei Soldaten wurden am Montag getötet. Das Ministerium dementierte dies nicht.",
     "Drei Soldaten wurden am Montag getötet"),
    ("de", "Drei Soldaten wurden am Montag getötet. Niemand dementierte das.",
     "Drei Soldaten wurden am Montag getötet"),
    ("zh", "星期一有三名士兵死亡。该部没有否认这一消息。", "星期一有三名士兵死亡"),
    ("ja", "月曜日に兵士3人が死亡した。国防省はこれを否定しなかった。", "月曜日に兵士3人が死亡した"),
    ("en", "Rice output fell 20 percent in 2022 (source: FAO, verified by WFP).",
     "Rice output fell 20 percent in 2022"),
    ("en", "Total emissions fell by half.", "emissions fell by half"),
    ("en", "Rice costs 3,000 won per kilogram, traders said.", "3,000 won per kilogram"),
    ("ko", "신문 지면 수천 명이 사망했다는 기사가 실렸다.", "수천 명이 사망했다는 기사가 실렸다"),
    ("ar", "أعيد فتح المنجم في مايو وليس في يونيو.", "أعيد فتح المنجم في مايو"),
    ("he", "הצבא נסוג ולא חזר.", "הצבא נסוג"),
]


@pytest.mark.parametrize("language, body, quote", FIFTH_PROBE_UNDONE)
def test_a_later_denial_a_doubting_question_a_wish_a_share_or_a_regimes_claim_makes_the_quote_approximate(
        language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FIFTH_PROBE_FAITHFUL)
def test_look_alikes_of_the_fifth_probes_cases_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# The report's own correction, wherever it stands, of what the quote says: a newsroom's note
# at the article's end, or the report saying a statement was false (corrections.py)
SELF_CORRECTED_UNDONE = [
    ("en", "The minister resigned on Monday.\n\nOther news followed.\n\n*Editor's note: An earlier version of this "
           "article wrongly stated that the minister resigned. He was reassigned.*", "The minister resigned on Monday"),
    ("en", "Three soldiers were killed in the clash, local media said. The army moved in.\n\nCorrection: We "
           "incorrectly reported that three soldiers were killed.", "Three soldiers were killed in the clash"),
    ("en", "It was erroneously reported that the Musan mine had closed. Trade resumed.\n\nThe Musan mine closed in "
           "May, a trader said.", "The Musan mine closed in May"),
    ("en", "The mine reopened in May. The ministry falsely claimed that the mine had reopened.", "The mine reopened"),
    ("en", "Rations were doubled in Hyesan.\n\nThis story misstated that rations were doubled.",
     "Rations were doubled in Hyesan"),
    ("fr", "Le ministre a démissionné lundi.\n\nRectificatif : une version précédente de cet article indiquait à tort "
           "que le ministre avait démissionné.", "Le ministre a démissionné lundi"),
    ("es", "El ministro dimitió el lunes.\n\nUna versión anterior de este artículo afirmaba erróneamente que el "
           "ministro dimitió.", "El ministro dimitió el lunes"),
    ("pt", "O ministro renunciou na segunda-feira.\n\nUma versão anterior desta reportagem informava erroneamente que "
           "o ministro renunciou.", "O ministro renunciou na segunda-feira"),
    ("it", "Il ministro si è dimesso lunedì.\n\nUna versione precedente di questo articolo affermava erroneamente che "
           "il ministro si era dimesso.", "Il ministro si è dimesso lunedì"),
    ("de", "Der Minister ist am Montag zurückgetreten.\n\nIn einer früheren Version dieses Artikels hieß es "
           "fälschlicherweise, der Minister sei zurückgetreten.", "Der Minister ist am Montag zurückgetreten"),
    # the corrected words quoted from the correction itself
    ("en", "Correction: An earlier version of this article wrongly stated that the minister resigned on Monday.",
     "the minister resigned on Monday"),
    ("fr", "Une version précédente de cet article indiquait à tort que le ministre avait démissionné lundi.",
     "le ministre avait démissionné lundi"),
    # or says the opposite, contrary to what it had reported
    ("en", "The minister resigned on Monday.\n\nContrary to what was reported earlier, the minister did not resign.",
     "The minister resigned on Monday"),
    ("en", "The mine never reopened.\n\nContrary to what we reported, the mine reopened in May.",
     "The mine never reopened"),
    ("fr", "Le ministre a démissionné lundi.\n\nRectificatif : contrairement à ce qui était indiqué, le ministre n'a "
           "pas démissionné.", "Le ministre a démissionné lundi"),
    ("es", "El ministro dimitió el lunes.\n\nContrariamente a lo informado, el ministro no dimitió.",
     "El ministro dimitió el lunes"),
    ("de", "Der Minister ist am Montag zurückgetreten.\n\nAnders als zunächst berichtet, ist der Minister nicht "
           "zurückgetreten.", "Der Minister ist am Montag zurückgetreten"),
    # the next sentence's second clause, naming what it undoes as earlier
    ("en", "Three soldiers were killed in the clash.\n\nUPDATE: The army has since said no soldiers died; the earlier "
           "figure was wrong.", "Three soldiers were killed in the clash"),
]
SELF_CORRECTED_FAITHFUL = [
    # the correction names more than the quote says (another day), or the opposite
    ("en", "The minister resigned on Tuesday.\n\n*Editor's note: An earlier version of this article wrongly stated "
           "that the minister resigned on Monday.*", "The minister resigned on Tuesday"),
    ("en", "The minister resigned.\n\nCorrection: An earlier version of this article wrongly stated that the minister "
           "had not resigned.", "The minister resigned"),
    ("en", "Thirty soldiers were killed in the clash.\n\nCorrection: We incorrectly reported that 3 soldiers were "
           "killed.", "Thirty soldiers were killed in the clash"),
    ("en", "The minister was reassigned on Monday.\n\nAn earlier version of this article wrongly stated that the "
           "minister resigned.", "The minister was reassigned on Monday"),
    # the quote is the correction's own words, or words beside it that do not restate it
    ("en", "An earlier version of this article wrongly stated that the minister resigned.",
     "wrongly stated that the minister resigned"),
    ("en", "The court falsely accused him of spying. He was released in May.", "He was released in May"),
    ("en", "Critics wrongly said that the dam would fail. The dam held through the floods.",
     "The dam held through the floods"),
    ("en", "The report incorrectly described the mine's output. Output rose in May.", "Output rose in May"),
    # the corrected clause's words, but not as it says them (review 7)
    ("en", "Kim's sister visited the factory in Kangso.\n\nCorrection: We wrongly reported that Kim visited the "
           "factory.", "Kim's sister visited the factory in Kangso"),
    ("en", "The minister said the governor resigned.\n\nAn earlier version wrongly stated that the minister resigned.",
     "The minister said the governor resigned"),
    ("en", "Thirty people were injured and 13 died.\n\nWe incorrectly reported that 30 people died.",
     "Thirty people were injured and 13 died"),
    ("en", "30 people were injured and 13 died.\n\nWe incorrectly reported that 30 people died.",
     "30 people were injured and 13 died"),
    ("en", "The minister resigned after the vote.\n\nAn earlier version wrongly said the minister resigned before the "
           "vote.", "The minister resigned after the vote"),
    ("en", "Traders in Hyesan said rice was cheaper than in Pyongyang.\n\nWe wrongly reported that rice was cheaper in "
           "Pyongyang.", "Traders in Hyesan said rice was cheaper than in Pyongyang"),
    # what it had reported, said again, or another detail
    ("en", "The minister did not resign.\n\nContrary to what was reported earlier, the minister did not resign.",
     "The minister did not resign"),
    ("en", "The minister resigned on Monday.\n\nContrary to our earlier report, the minister resigned on Tuesday.",
     "The minister resigned on Monday"),
    # a second clause that undoes the first, or confirms; or a next sentence of no update's,
    # whose first clause may be of something else (a review's "Traders say maize prices rose
    # too; the earlier report was wrong", of rice prices)
    ("en", "Three soldiers were killed in the clash. Officials gave a lower count; the earlier report was later denied "
           "by the army.", "Three soldiers were killed in the clash"),
    ("en", "Rice prices rose 20% in May. Traders have since said maize prices also rose; the earlier report was wrong "
           "about the date.", "Rice prices rose 20% in May"),
    ("en", "Three soldiers were killed in the clash. Officials gave a lower count; this was later denied by the army.",
     "Three soldiers were killed in the clash"),
    ("en", "Three soldiers were killed in the clash.\n\nUPDATE: The army has since named the soldiers; the earlier "
           "figure was confirmed.", "Three soldiers were killed in the clash"),
]


@pytest.mark.parametrize("language, body, quote", SELF_CORRECTED_UNDONE)
def test_a_statement_the_report_itself_corrects_is_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", SELF_CORRECTED_FAITHFUL)
def test_a_correction_of_something_else_leaves_the_quote_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A fact check's labelled claim, rated false below it; and a question asked with its
# particle (هل, آیا, האם before the clause, Turkish mı after it)
RATED_OR_ASKED_UNDONE = [
    ("en", "**Claim:** The vaccine causes infertility.\n\n**Rating:** False.", "The vaccine causes infertility"),
    ("en", "**Claim:** The vaccine causes infertility.\n\nWe looked at the studies.\n\n## Verdict\n\nMostly false. "
           "The studies show no link.", "The vaccine causes infertility"),
    ("en", "The claim: rice prices rose 40 percent in March.\n\nOur rating: Pants on Fire!",
     "rice prices rose 40 percent in March"),
    ("fr", "Affirmation : les prix ont augmenté de 40 % en mars.\n\nVerdict : faux.",
     "les prix ont augmenté de 40 % en mars"),
    ("ko", "주장: 쌀값이 3월에 40% 올랐다.\n\n판정: 사실 아님", "쌀값이 3월에 40% 올랐다"),
    ("ar", "هل أعيد فتح المنجم في مايو؟ لا أحد يعرف.", "أعيد فتح المنجم في مايو"),
    ("fa", "آیا معدن در ماه مه بازگشایی شد؟ کسی نمی‌داند.", "معدن در ماه مه بازگشایی شد"),
    ("he", "האם המכרה נפתח מחדש במאי? איש אינו יודע.", "המכרה נפתח מחדש במאי"),
    ("tr", "Maden mayısta yeniden açıldı mı? Kimse bilmiyor.", "Maden mayısta yeniden açıldı"),
    ("ar", "فهل أعيد فتح المنجم في مايو؟ لا أحد يعرف.", "أعيد فتح المنجم في مايو"),
    # (an update's undoing, after a quote with its own full stop)
    ("en", "The bridge collapsed on Monday.\n\nUPDATE: The ministry has since said the bridge is intact; the earlier "
           "report was wrong.", "The bridge collapsed on Monday."),
    ("en", "The mine reopened in May.\n\nThe report was later retracted.", "The mine reopened in May."),
]
RATED_OR_ASKED_FAITHFUL = [
    ("en", "**Claim:** The vaccine causes infertility.\n\n**Rating:** True.", "The vaccine causes infertility"),
    ("en", "Prices rose 40 percent in March.\n\nOur rating: False.", "Prices rose 40 percent in March"),
    ("en", "Claims: prices rose.\n\nWe checked.\n\nMore.\n\nMore.\n\nRating: False.", "prices rose"),
    ("ar", "أعيد فتح المنجم في مايو. هل سيستمر؟", "أعيد فتح المنجم في مايو"),
    ("fa", "معدن در ماه مه بازگشایی شد.", "معدن در ماه مه بازگشایی شد"),
    ("tr", "Maden mayısta yeniden açıldı. Kimse bilmiyor mu?", "Maden mayısta yeniden açıldı"),
    ("tr", "Maden mayısta yeniden açıldı mı?", "Maden mayısta yeniden açıldı mı?"),  # the question quoted whole
    # the question asked, then answered in the same words: the answer is the quote's place
    ("ar", "# هل أعيد فتح المنجم؟\n\nأعيد فتح المنجم في أيار.", "أعيد فتح المنجم"),
    ("tr", "Fabrika kapandı mı? Evet, fabrika kapandı.", "fabrika kapandı"),
    ("en", "The mine reopened in May.\n\nThe report was later confirmed.", "The mine reopened in May."),
]


@pytest.mark.parametrize("language, body, quote", RATED_OR_ASKED_UNDONE)
def test_a_claim_a_fact_check_rates_false_or_a_question_asked_with_its_particle_is_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", RATED_OR_ASKED_FAITHFUL)
def test_a_claim_rated_true_or_a_statement_beside_a_question_stays_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# (from a held-out probe of real reporting) the regime's claim past an aside, an adverb or a
# time; another account after "but" in words other than "idle" or "closed"; no evidence, no one
# able to verify, unconfirmed reports after the verb
PROBE15_UNDONE = [
    ("KCNA, however, claimed that the Kim Chaek complex had exceeded its annual plan by 12 percent.",
     "the Kim Chaek complex had exceeded its annual plan by 12 percent"),
    ("State media, meanwhile, claimed that the Kim Chaek complex had exceeded its annual plan.",
     "the Kim Chaek complex had exceeded its annual plan"),
    ("The regime claimed on Monday that the Kim Chaek complex exceeded its annual plan.",
     "the Kim Chaek complex exceeded its annual plan"),
    ("The regime claimed last week that the Kim Chaek complex exceeded its annual plan.",
     "the Kim Chaek complex exceeded its annual plan"),
    ("Pyongyang has long claimed that the Kim Chaek complex exceeded its annual plan.",
     "the Kim Chaek complex exceeded its annual plan"),
    ("State media reported that the Musan mine had reopened, but residents said it was still flooded.",
     "the Musan mine had reopened"),
    ("KCNA reported on Tuesday that the Musan mine had reopened, but workers said it was still flooded.",
     "the Musan mine had reopened"),
    ("The ministry said the Musan mine had reopened, but workers said production had not restarted.",
     "the Musan mine had reopened"),
    ("There are reports that the Sinpo shipyard has launched a new submarine, but there is no data to confirm it.",
     "the Sinpo shipyard has launched a new submarine"),
    ("The Sinpo shipyard has launched a new submarine, but there is no evidence to confirm it.",
     "The Sinpo shipyard has launched a new submarine"),
    ("The Sinpo shipyard has launched a new submarine, but no one has been able to verify this.",
     "The Sinpo shipyard has launched a new submarine"),
    ("The Sinpo shipyard has launched a new submarine, say unconfirmed reports.",
     "The Sinpo shipyard has launched a new submarine"),
    ("The Sinpo shipyard has launched a new submarine. There is no evidence for this.",
     "The Sinpo shipyard has launched a new submarine"),
]
PROBE15_FAITHFUL = [
    # the report's own statement, or the speaker going on
    ("The flood claimed on Monday the lives of 30 people.", "the lives of 30 people"),
    ("The ministry said the Musan mine had reopened, but workers said it has not yet reached full output.",
     "the Musan mine had reopened"),
    ("The Musan mine has reopened, but residents said it was still flooded last spring.",
     "The Musan mine has reopened"),
    ("The Sinpo shipyard has launched a new submarine, and there is no doubt about it.",
     "The Sinpo shipyard has launched a new submarine"),
    ("The Sinpo shipyard has launched a new submarine. There is no evidence of a second one.",
     "The Sinpo shipyard has launched a new submarine"),
    ("The Sinpo shipyard has launched a new submarine, say officials in Seoul.",
     "The Sinpo shipyard has launched a new submarine"),
]


@pytest.mark.parametrize("body, quote", PROBE15_UNDONE)
def test_a_claim_past_an_aside_another_account_or_no_evidence_makes_the_quote_approximate(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", PROBE15_FAITHFUL)
def test_their_look_alikes_of_the_held_out_probe_stay_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


# (from a blind probe) a condition of what a speaker says will be, past the verb of saying;
# the regime's claim, or a boast, after the words it claims ("…, state media claimed.")
PROBE16_UNDONE = [
    ("Workers were told that rations would be cut if the quota was missed.",
     "Workers were told that rations would be cut"),
    ("Managers said salaries would rise if the plan was met.", "Managers said salaries would rise"),
    ("Managers said that salaries would rise if the plan was met.", "Managers said that salaries would rise"),
    ("The new furnace is fully operational, KCNA claimed.", "The new furnace is fully operational"),
    ("The harvest was the best in a decade, state media claimed.", "The harvest was the best in a decade"),
    ("The mine exceeded its quota, the regime claims.", "The mine exceeded its quota"),
    ("The mine exceeded its quota, claimed KCNA.", "The mine exceeded its quota"),
    ("The mine exceeded its quota, North Korean state media claimed on Tuesday.", "The mine exceeded its quota"),
    ("The mine exceeded its quota (KCNA claimed).", "The mine exceeded its quota"),
    ("The mine exceeded its quota, state media claimed, and rations rose.", "The mine exceeded its quota"),
    ("The mine exceeded its quota, the manager boasted.", "The mine exceeded its quota"),
    # (a second probe) the source named on, the agency's full name, a condition past who says so,
    # "if" as "whether" after "checking"
    ("Malnutrition has been eliminated among children, KCNA claimed, citing a health ministry survey.",
     "Malnutrition has been eliminated among children"),
    ("The harvest was a record, the Korean Central News Agency claimed.", "The harvest was a record"),
    ("The Korean Central News Agency claimed that the harvest was a record.", "the harvest was a record"),
    ("If the harvest fails, the source said, the state would cut rations again.", "the state would cut rations again"),
    ("Officials are checking if the smugglers paid bribes to the border guards.",
     "the smugglers paid bribes to the border guards"),
    ("The source, who said he could not confirm it, heard that 20 people had died.", "20 people had died"),
    ("Residents heard that the market had closed.", "the market had closed"),
    ("Output reached 3 million tonnes, but that figure could not be verified.", "Output reached 3 million tonnes"),
    ("Output reached 3 million tonnes, officials said, but that figure could not be verified.",
     "Output reached 3 million tonnes"),
]
PROBE16_FAITHFUL = [
    # "if" as "whether" after the modal; no condition; a source's claim; a claim that is no verb of saying
    ("A spokesman said he would not say if the ship had docked.", "A spokesman said he would not say"),
    ("Officials said they would check if the dam held.", "Officials said they would check"),
    ("Managers said salaries rose after the plan was met.", "Managers said salaries rose"),
    ("The new furnace is fully operational, KCNA said.", "The new furnace is fully operational"),
    ("Rice prices have tripled, a defector claimed.", "Rice prices have tripled"),
    ("The mine exceeded its quota, traders in the north claimed.", "The mine exceeded its quota"),
    ("The flood claimed 30 lives, state media said.", "The flood claimed 30 lives"),
    ("The mine exceeded its quota, the party newspaper said.", "The mine exceeded its quota"),
    ("The mine closed in May, a source said, citing a relative who works there.", "The mine closed in May"),
    ("The mill closed, KCNA said, citing the ministry.", "The mill closed"),
    ("Prices rose, the source said, and traders left.", "Prices rose"),
    ("Officials are checking the smugglers' papers.", "the smugglers' papers"),
    ("Residents heard that the market had closed, and it had.", "Residents heard that the market had closed"),
    ("Guards heard shouting from the cells.", "shouting from the cells"),
    ("Output reached 3 million tonnes, officials said, but that is not the whole story.",
     "Output reached 3 million tonnes"),
    ("Output reached 3 million tonnes, but the figure was confirmed by satellite data.",
     "Output reached 3 million tonnes"),
]


@pytest.mark.parametrize("body, quote", PROBE16_UNDONE)
def test_a_speakers_condition_or_the_regimes_claim_after_the_quote_makes_it_approximate(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", PROBE16_FAITHFUL)
def test_whether_a_source_and_said_stay_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


# … and in Korean: what the regime claims (주장), or anyone trumpets (선전) or boasts of (자랑),
# after the words it does; a condition before words of what will be (침수될 것)
PROBE16_UNDONE_KO = [
    ("북한 매체는 올해 곡물 생산량이 역대 최고를 기록했다고 주장했다.", "올해 곡물 생산량이 역대 최고를 기록했다"),
    ("조선중앙통신은 새 병원이 세계적 수준의 의료 시설을 갖추었다고 선전했다.", "새 병원이 세계적 수준의 의료 시설을 갖추었다"),
    ("북한 당국은 올해 수확이 풍년이라고 자랑했다.", "올해 수확이 풍년"),
    ("북한은 올해 곡물 생산량이 역대 최고를 기록했다고 주장했다.", "올해 곡물 생산량이 역대 최고를 기록했다"),
    ("조선중앙TV는 올해 곡물 생산량이 역대 최고를 기록했다고 주장했다.", "올해 곡물 생산량이 역대 최고를 기록했다"),
    ('소식통은 "만약 비가 계속 오면 광산이 침수될 것"이라고 말했다.', "광산이 침수될 것"),
]
PROBE16_FAITHFUL_KO = [
    ("소식통은 올해 곡물 생산량이 역대 최고를 기록했다고 주장했다.", "올해 곡물 생산량이 역대 최고를 기록했다"),
    ("소식통은 올해 곡물 생산량이 역대 최고를 기록했다고 말했다.", "올해 곡물 생산량이 역대 최고를 기록했다"),
    ("북한 매체는 올해 곡물 생산량이 역대 최고를 기록했다고 보도했다.", "올해 곡물 생산량이 역대 최고를 기록했다"),
    ("비가 계속 와서 광산이 침수될 것으로 보인다.", "비가 계속 와서"),
    ("소식통은 북한 내부에서 올해 곡물 생산량이 역대 최고를 기록했다고 주장했다.", "올해 곡물 생산량이 역대 최고를 기록했다"),
]


@pytest.mark.parametrize("body, quote", PROBE16_UNDONE_KO)
def test_a_regimes_claim_a_boast_or_a_condition_in_korean_makes_the_quote_approximate(body, quote):
    assert _located(body, quote, "ko").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", PROBE16_FAITHFUL_KO)
def test_a_sources_claim_or_a_report_in_korean_stays_verified(body, quote):
    assert _located(body, quote, "ko").status is QuoteStatus.VERIFIED


# (a third probe) the regime's claim in other languages, as in English; a hedge opening the
# sentence with a comma after it; "it is not true that" in German
PROBE16_UNDONE_IN = [
    ("zh", "朝中社声称，钢铁产量增加了20%。", "钢铁产量增加了20%"),
    ("ru", "КЦТА утверждает, что производство стали выросло.", "производство стали выросло"),
    ("fr", "L'ACNC affirme que la production d'acier a augmenté.", "la production d'acier a augmenté"),
    ("es", "La ACNC afirma que la producción de acero aumentó.", "la producción de acero aumentó"),
    ("de", "Die KCNA behauptet, dass die Stahlproduktion gestiegen ist.", "die Stahlproduktion gestiegen ist"),
    ("ja", "朝鮮中央通信は、鉄鋼生産が増加したと主張した。", "鉄鋼生産が増加した"),
    ("ja", "北朝鮮当局は、鉄鋼生産が増加したと宣伝した。", "鉄鋼生産が増加した"),
    ("de", "Es ist nicht wahr, dass die Fabrik geschlossen wurde.", "die Fabrik geschlossen wurde"),
    ("es", "Supuestamente, la mina reabrió en marzo.", "la mina reabrió en marzo"),
    ("pt", "Supostamente, a mina reabriu em março.", "a mina reabriu em março"),
]
PROBE16_FAITHFUL_IN = [
    # the agency reporting, not claiming; a source's claim
    ("zh", "朝中社称，钢铁产量增加了20%。", "钢铁产量增加了20%"),
    ("ru", "КЦТА сообщает, что производство стали выросло.", "производство стали выросло"),
    ("fr", "L'ACNC rapporte que la production d'acier a augmenté.", "la production d'acier a augmenté"),
    ("fr", "Un habitant affirme que la mine a rouvert.", "la mine a rouvert"),
    ("es", "La ACNC informó que la producción de acero aumentó.", "la producción de acero aumentó"),
    ("de", "Die KCNA meldet, dass die Stahlproduktion gestiegen ist.", "die Stahlproduktion gestiegen ist"),
    ("ja", "関係者は、鉄鋼生産が増加したと主張した。", "鉄鋼生産が増加した"),
    ("ja", "朝鮮中央通信は、鉄鋼生産が増加したと報じた。", "鉄鋼生産が増加した"),
]


@pytest.mark.parametrize("language, body, quote", PROBE16_UNDONE_IN)
def test_the_regimes_claim_or_a_hedge_in_other_languages_makes_the_quote_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", PROBE16_FAITHFUL_IN)
def test_the_agency_reporting_or_a_sources_claim_in_other_languages_stays_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED
