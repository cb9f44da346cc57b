"""Doubts, retractions and conditions around a quote that negations.py reads: "There is no
credible evidence that |", "not a shred of evidence that |", "It is impossible to confirm that
|", "sceptical that |", "withdrew its claim that |", "The idea that | … | is absurd", "If | the
harvest fails, famine will return", "the alleged | coup attempt"; and denials that are
themselves denied ("No analyst disputes that |"), which leave the quote verified."""

from __future__ import annotations

import pytest
from test_citations import _located

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
    # said otherwise after it
    ("State media claimed that the mine reopened in May, but residents say otherwise.", "the mine reopened in May"),
    ("Officials said the market had reopened, though traders insist that is not true.",
     "the market had reopened"),
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
# said to be impossible to confirm
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
