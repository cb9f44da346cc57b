"""Quotes that an eighth and ninth blind probe found verified where the report rebuts,
hedges or asks what they say, and the faithful look-alikes each new rule must leave alone."""

from __future__ import annotations

import pytest
from test_citations import _located

from generator.model import QuoteStatus

# (language, report body, quote): each misleads about what the report says
MISLEADING = [
    # the next sentence or paragraph disputes it, with a plural subject or in the present passive
    ("en", "KCNA said the harvest was the largest in a decade. Aid agencies dispute this.",
     "the harvest was the largest in a decade"),
    ("en", "KCNA said the harvest was the largest in a decade. But aid agencies dispute the account.",
     "the harvest was the largest in a decade"),
    ("en", "KCNA said the harvest was the largest in a decade. That claim is disputed by aid agencies.",
     "the harvest was the largest in a decade"),
    ("en", "KCNA said the harvest was the largest in a decade.\n\nSatellite imagery and aid agencies dispute that "
           "account, pointing to drought in the south.", "the harvest was the largest in a decade"),
    # … or sets what is so against it
    ("en", "According to a viral post, the Musan mine reopened in May. In reality, the mine is still closed, "
           "satellite images show.", "the Musan mine reopened in May"),
    ("fr", "Selon une publication virale, la mine de Musan a rouvert en mai. En réalité, la mine est toujours "
           "fermée.", "la mine de Musan a rouvert en mai"),
    ("es", "Según una publicación viral, la mina de Musan reabrió en mayo. En realidad, la mina sigue cerrada.",
     "la mina de Musan reabrió en mayo"),
    # a question the quote is the body of, answered no or not at all
    ("en", "Does that mean the Musan mine has reopened? Not at all. Workers say the shafts are flooded.",
     "the Musan mine has reopened"),
    ("en", "Does it mean that the Musan mine has reopened? Not yet.", "the Musan mine has reopened"),
    ("en", "So the Musan mine has reopened? Not at all, a worker said.", "the Musan mine has reopened"),
    ("en", "Could it be that the Musan mine has reopened? Officials would not say.", "the Musan mine has reopened"),
    ("en", "Is it possible that the Musan mine has reopened? Nobody knows.", "the Musan mine has reopened"),
    ("en", "Has the Musan mine reopened? It was closed in May, and workers say it still is.",
     "the Musan mine reopened"),
    # a hedge, a rumour, a plan not carried out, a scenario, a limit
    ("en", "The explosion near Sunchon may have been caused by a failed missile launch, according to one "
           "analyst.", "caused by a failed missile launch"),
    ("en", "An unverified video appears to show soldiers crossing the Tumen River at night.",
     "soldiers crossing the Tumen River at night"),
    ("en", "Few experts believe the claim that the new missile can reach the entire continental United States.",
     "the new missile can reach the entire continental United States"),
    ("en", "The Bank of Korea ruled out an interest rate cut in June, citing household debt.",
     "an interest rate cut in June"),
    ("en", "Pyongyang had planned to launch the satellite in October, but the launch was cancelled.",
     "launch the satellite in October"),
    ("en", "Rumours circulated in Pyongyang markets this week that the won would be redenominated again.",
     "the won would be redenominated again"),
    ("en", "**Update 14:30:** We have removed an earlier post saying that the ferry had sunk off Nampo.",
     "the ferry had sunk off Nampo"),
    ("en", "South Korea said it had no information to support a media report that North Korea fired a cruise "
           "missile.", "North Korea fired a cruise missile"),
    ("en", "One claim we could not verify: that the regime has moved its launchers to the east coast.",
     "the regime has moved its launchers to the east coast"),
    ("en", 'Reports that Venezuela had shipped gold to Pyongyang were "pure fantasy", the central bank said.',
     "Venezuela had shipped gold to Pyongyang"),
    ("en", "State media portrayed the harvest as a record, a claim that satellite data does not support.",
     "the harvest as a record"),
    ("en", "In a war-game scenario run by the institute, Chinese forces blockaded the port within 48 hours.",
     "Chinese forces blockaded the port within 48 hours"),
    ("en", "Under the most pessimistic of the three scenarios, GDP would contract by 9 percent in 2025.",
     "GDP would contract by 9 percent in 2025"),
    ("en", "Electricity supply improved only in central Pyongyang; other cities still get two hours a day.",
     "Electricity supply improved"),
    ("en", "The Dandong crossing was reopened temporarily for a single shipment of medical supplies.",
     "The Dandong crossing was reopened"),
    # the report says it is fiction, past words of its own, or in a masthead's label
    ("en", "The Hamhung textile mill resumed production in March.\n\n*This article is part of our April Fools' "
           "series and is entirely fictional.*", "The Hamhung textile mill resumed production in March"),
    ("en", "*The Pyongyang Onion — satire.*\n\nThe Supreme Leader announced that all citizens would receive a "
           "free smartphone.", "all citizens would receive a free smartphone"),
    # other languages: denied, doubted, not clear, not ruled out
    ("ko", "당국이 장마당의 외화 사용을 전면 금지했다는 것은 사실이 아니다.", "당국이 장마당의 외화 사용을 전면 금지했다"),
    ("zh", "所谓“朝鲜全面禁止私人买卖粮食”的说法是谣言。", "朝鲜全面禁止私人买卖粮食"),
    ("zh", "朝鲜煤炭出口已恢复到制裁前水平的说法没有根据。", "朝鲜煤炭出口已恢复到制裁前水平"),
    ("zh", "朝鲜是否已恢复宁边反应堆的运行，目前尚不清楚。", "已恢复宁边反应堆的运行"),
    ("fr", "Il est faux d'affirmer que la Corée du Nord a rouvert ses frontières aux touristes.",
     "la Corée du Nord a rouvert ses frontières aux touristes"),
    ("fr", "Il n'est pas certain que le satellite ait atteint son orbite.", "le satellite ait atteint son orbite"),
    ("es", "No está claro si el satélite espía alcanzó la órbita prevista.",
     "el satélite espía alcanzó la órbita prevista"),
    ("es", "Los servicios de inteligencia no descartan que el régimen haya vendido misiles a Irán.",
     "el régimen haya vendido misiles a Irán"),
    ("ru", "В Сеуле не исключают, что КНДР передала России новые ракеты.", "КНДР передала России новые ракеты"),
    ("de", "Dass Nordkorea die Grenze zu China vollständig geöffnet hat, trifft nicht zu.",
     "Nordkorea die Grenze zu China vollständig geöffnet hat"),
    ("de", "Dass die Rationen im Frühjahr gekürzt wurden, bestreitet die Regierung.",
     "die Rationen im Frühjahr gekürzt wurden"),
    ("de", "Ob der Satellit tatsächlich funktioniert, ist unklar.", "der Satellit tatsächlich funktioniert"),
]

# … and quotes the same words leave faithful
FAITHFUL = [
    ("en", "Officials said the Musan mine reopened in May. In fact, output has already doubled since then.",
     "the Musan mine reopened in May"),
    ("en", "Officials deny the Musan mine reopened. In truth, nobody outside the county knows.",
     "Officials deny the Musan mine reopened"),
    ("en", "Is the Musan mine open again? Yes. Workers returned on Monday, according to two sources.",
     "Workers returned on Monday"),
    ("en", "Has the Musan mine reopened? Yes, it reopened in May, according to two workers.",
     "the Musan mine reopened"),
    ("en", "Does that mean the Musan mine has reopened? Yes. Workers returned on Monday.",
     "the Musan mine has reopened"),
    ("en", "Has it really reopened? It has, according to two workers.", "it really reopened"),
    ("en", "Is it surprising that the markets collapsed? Not really, given the drought.", "the markets collapsed"),
    ("en", "Did anyone notice that the Musan mine had reopened? Few did, because it happened at night.",
     "the Musan mine had reopened"),
    ("en", "The new tariffs could have a major impact on wages.", "a major impact on wages"),
    ("en", "Residents alleged the guards beat them.", "the guards beat them"),
    ("en", "Analysts have confirmed rumours that the Hyesan market was closed for three days.",
     "the Hyesan market was closed for three days"),
    ("en", "Residents said the rumours were nonsense and that the market reopened on Monday.",
     "the market reopened on Monday"),
    ("en", "Few, if any, defectors doubt that the Hwasong camp still holds political prisoners.",
     "the Hwasong camp still holds political prisoners"),
    ("en", "The mine reopened only in May, after the floods receded.", "The mine reopened"),
    ("en", "The institute's report describes a scenario in which prices double. Prices rose 5% in May.",
     "Prices rose 5% in May"),
    ("en", "State media portrayed the harvest as a record, a claim that satellite data supports.",
     "the harvest as a record"),
    ("ko", "북한 당국도 식량 사정이 어렵다는 사실을 인정하지 않을 수 없었다.", "북한 당국도 식량 사정이 어렵다는 사실을 인정"),
    ("zh", "朝鲜煤炭出口已恢复到制裁前水平的说法得到了海关数据的证实。", "朝鲜煤炭出口已恢复到制裁前水平"),
    ("de", "Dass Nordkorea die Grenze zu China geöffnet hat, bestätigte das Ministerium.",
     "Nordkorea die Grenze zu China geöffnet hat"),
    ("es", "Está claro que el satélite alcanzó la órbita prevista.", "el satélite alcanzó la órbita prevista"),
]


@pytest.mark.parametrize("language, body, quote", MISLEADING)
def test_a_quote_the_report_rebuts_hedges_or_asks_is_flagged(language, body, quote):
    found = _located(body, quote, language)
    assert found.status is QuoteStatus.APPROXIMATE
    assert found.passage is not None


@pytest.mark.parametrize("language, body, quote", FAITHFUL)
def test_the_faithful_look_alikes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED
