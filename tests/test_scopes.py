"""Words right outside a quote that make its words say something else (generator/scopes.py):
a privative word, an exception to "all", a yes-or-no question, a condition contrary to fact,
a limit, a retraction. The cases are three held-out reviews': the quotes the first found
verified though their report's next or previous words undo them, and the faithful quotes
all three wrote to keep such rules from flagging ordinary quoting (the second and third
aimed at these rules: names marked "so-called", "failed" and "forged" as verbs, paper
itself, questions asking why, doubted denials, idioms with "all", 除了…还, "всё же"). A
review's misses that widened rules now catch (exceptions to "never", "no", "toute",
"gesamte", "весь", 各地; "apart from", "other than", "barring"; "falsified", "imitation",
"falso", "falsche", "фиктивные", 위조; ", reportedly", "- on paper", ", angeblich"; "a claim
later proven false"; 么？, か？; "But for …,") are in UNDONE too. The WIDENED_REVIEW tables
hold a blind review of those widened rules as its cases are judged now (at its first pass the
rules missed 46 of its 95 unfaithful quotes and flagged 3 of its 238 faithful ones), and the
SECOND_WIDENED_REVIEW tables one aimed at the false alarms of the version it led to (0 of 232
faithful flagged, 37 of 69 unfaithful missed)."""

from __future__ import annotations

import pytest
from test_citations import _located

from generator.model import QuoteStatus

UNDONE = [
    ('en', 'The ceasefire held, at least on paper.',
     'The ceasefire held'),  # trailing-limiter: 'at least on paper'
    ('en', 'All mines reopened except the one at Musan.',
     'All mines reopened'),  # except-cut: universal limited by trailing 'except'
    ('en', 'Every province received food aid except North Hamgyong.',
     'Every province received food aid'),  # except-cut: 'except North Hamgyong'
    ('en', 'The factory is operating in name only.',
     'The factory is operating'),  # trailing-limiter: 'in name only'
    ('en', 'The army withdrew from the town, or so the ministry claims.',
     'The army withdrew from the town'),  # trailing-hedge: 'or so the ministry claims'
    ('en', 'The prisoners were released, supposedly.',
     'The prisoners were released'),  # trailing-hedge: ', supposedly'
    ('en', 'The camp has closed, allegedly.',
     'The camp has closed'),  # trailing-hedge: ', allegedly'
    ('en', 'Did the army shell the town? No one has confirmed it.',
     'the army shell the town'),  # question-as-statement: 'Did' and '?' dropped
    ('en', 'Has the famine returned to the north? Aid workers cannot say.',
     'the famine returned to the north'),  # question-as-statement: 'Has' dropped
    ('en', 'Will the regime survive the winter? Analysts are divided.',
     'the regime survive the winter'),  # question-as-statement: 'Will' dropped
    ('en', 'Is the mine operating again? Satellite images are inconclusive.',
     'the mine operating again'),  # question-as-statement: 'Is' dropped
    ('en', 'The camp was closed in 2021 — a report the agency later retracted.',
     'The camp was closed in 2021'),  # refuted-after: 'a report ... later retracted'
    ('en', 'The general was executed, a story that turned out to be a hoax.',
     'The general was executed'),  # refuted-after: 'turned out to be a hoax'
    ('en', "The factory exploded on Tuesday, an account the plant's managers flatly reject.",
     'The factory exploded on Tuesday'),  # refuted-after: 'an account ... flatly reject'
    ('en', 'The dam was destroyed, a claim satellite imagery contradicts.',
     'The dam was destroyed'),  # refuted-after: 'a claim ... contradicts'
    ('en', 'Had the dam held, the village would have survived.',
     'the village would have survived'),  # counterfactual: inverted 'Had ...' condition
    ('en', 'If only the aid had arrived, the children would be alive.',
     'the children would be alive'),  # counterfactual: 'If only'
    ('en', 'Were the sanctions lifted, trade would double.',
     'trade would double'),  # counterfactual: inverted 'Were ...'
    ('en', 'Residents wish the factory had reopened.',
     'the factory had reopened'),  # wish: 'wish'
    ('en', 'Fake vaccination certificates are sold in Sinuiju markets.',
     'vaccination certificates are sold in Sinuiju markets'),  # privative-modifier: 'Fake' dropped
    ('en', 'A sham trial convicted the three engineers.',
     'trial convicted the three engineers'),  # privative-modifier: 'sham'
    ('en', 'The supposedly closed camp still holds prisoners.',
     'closed camp still holds prisoners'),  # privative-modifier: 'supposedly'
    ('en', 'The purported defector gave an interview.',
     'defector gave an interview'),  # privative-modifier: 'purported'
    ('ko', '가짜 백신 증명서가 장마당에서 팔린다.',
     '백신 증명서가 장마당에서 팔린다'),  # privative-modifier: '가짜'
    ('ko', '무산을 제외한 모든 광산이 재가동됐다.',
     '모든 광산이 재가동됐다'),  # except-cut: '~을 제외한'
    ('zh', '除了茂山以外，所有矿山都已重新开放。',
     '所有矿山都已重新开放'),  # except-cut: '除了…以外'
    ('zh', '军队真的炮击了城镇吗？',
     '军队真的炮击了城镇'),  # question-as-statement: '吗？' dropped
    ('zh', '有报道称工厂已关闭，但官方称这一说法是假的。',
     '工厂已关闭'),  # refuted-after: '但官方称这一说法是假的'
    ('ja', '軍は町を砲撃したのか？',
     '軍は町を砲撃した'),  # question-as-statement: 'のか？' dropped
    ('ja', '偽のワクチン証明書が出回っている。',
     'ワクチン証明書が出回っている'),  # privative-modifier: '偽の'
    ('ja', '茂山を除くすべての鉱山が再開した。',
     'すべての鉱山が再開した'),  # except-cut: '〜を除く'
    ('fr', "Est-ce que l'armée a bombardé la ville ? Rien ne le confirme.",
     "l'armée a bombardé la ville"),  # question-as-statement: 'Est-ce que ... ?'
    ('fr', 'De faux certificats de vaccination circulent à Sinuiju.',
     'certificats de vaccination circulent à Sinuiju'),  # privative-modifier: 'faux'
    ('fr', 'Toutes les mines ont rouvert sauf celle de Musan.',
     'Toutes les mines ont rouvert'),  # except-cut: 'sauf'
    ('fr', 'La prétendue réforme agraire a échoué.',
     'réforme agraire a échoué'),  # privative-modifier: 'prétendue'
    ('fr', 'Le cessez-le-feu a tenu, du moins sur le papier.',
     'Le cessez-le-feu a tenu'),  # trailing-limiter: 'du moins sur le papier'
    ('de', 'Gefälschte Impfnachweise werden auf Märkten verkauft.',
     'Impfnachweise werden auf Märkten verkauft'),  # privative-modifier: 'Gefälschte'
    ('de', 'Die angebliche Hinrichtung des Generals sorgte für Aufsehen.',
     'Hinrichtung des Generals sorgte für Aufsehen'),  # privative-modifier: 'angebliche' without ellipsis
    ('de', 'Alle Minen wurden wieder geöffnet, außer der in Musan.',
     'Alle Minen wurden wieder geöffnet'),  # except-cut: 'außer'
    ('de', 'Die Grenze ist offen, jedenfalls auf dem Papier.',
     'Die Grenze ist offen'),  # trailing-limiter: 'auf dem Papier'
    ('ru', 'Неужели армия обстреляла город?',
     'армия обстреляла город'),  # question-as-statement: 'Неужели ... ?'
    ('ru', 'Поддельные справки о вакцинации продаются на рынках.',
     'справки о вакцинации продаются на рынках'),  # privative-modifier: 'Поддельные'
    ('ru', 'Все шахты открылись, кроме Мусанской.',
     'Все шахты открылись'),  # except-cut: 'кроме'
    ('ru', 'Мнимый перебежчик дал интервью.',
     'перебежчик дал интервью'),  # privative-modifier: 'Мнимый'
    ('es', '¿Bombardeó el ejército la ciudad? Nadie lo ha confirmado.',
     'Bombardeó el ejército la ciudad'),  # question-as-statement: '¿...?' dropped
    ('es', 'Circulan certificados de vacunación falsos en Sinuiju.',
     'Circulan certificados de vacunación'),  # privative-modifier: trailing 'falsos'
    ('es', 'Todas las minas reabrieron excepto la de Musan.',
     'Todas las minas reabrieron'),  # except-cut: 'excepto'
    ('es', 'El alto el fuego se mantuvo, al menos en el papel.',
     'El alto el fuego se mantuvo'),  # trailing-limiter: 'al menos en el papel'
    ('de', 'Die Fabrik sei geschlossen worden, was sich als falsch erwies.',
     'Die Fabrik sei geschlossen worden'),  # refuted-after: 'was sich als falsch erwies'
    ('en', 'Fake vaccination certificates are sold in Sinuiju markets.',
     'vaccination certificates are sold in Sinuiju markets'),  # privative: fake
    ('en', 'All mines reopened except the one at Musan.',
     'All mines reopened'),  # except: all but one
    ('en', 'Did the army shell the town?',
     'the army shell the town'),  # question: yes/no
    ('en', 'Had the dam held, the village would have survived.',
     'the village would have survived'),  # counterfactual: had
    ('en', 'The committee is independent in name only.',
     'The committee is independent'),  # limit: in name only
    ('en', 'The army shelled the town, a report the agency later retracted.',
     'The army shelled the town'),  # refuted: retracted
    ('es', 'Venden certificados de vacunación falsos en el mercado.',
     'Venden certificados de vacunación'),  # privative-after: falsos
    ('zh', '除了茂山以外，所有矿山都重新开放了。',
     '所有矿山都重新开放了'),  # except-zh: all but Musan
    ('zh', '军队炮击了城镇吗？',
     '军队炮击了城镇'),  # question-zh
    ('de', 'Alle Minen wurden wiedereröffnet, außer der in Musan.',
     'Alle Minen wurden wiedereröffnet'),  # except-de
    ('ru', 'Все шахты открылись, кроме шахты в Мусане.',
     'Все шахты открылись'),  # except-ru
    ('en', 'The markets in Hyesan were busy all day, except during the noon inspection.',
     'The markets in Hyesan were busy all day'),  # except-allday: true restriction (arguable)
    ('en', 'The two Koreas held talks every other month in 2018, except in August.',
     'The two Koreas held talks every other month in 2018'),  # except-everyother: true exception
    ('en', 'The question is whether the reactor restarted in July.',
     'the reactor restarted in July'),  # question-indirect-miss: no ? (whether)
    ('en', 'Residents asked whether the trains would run again. They did, three days later.',
     'the trains would run again'),  # question-indirect-miss: whether
    ('en', 'Everyone was evacuated except the guards at the gate.',
     'Everyone was evacuated'),  # except: no comma
    ('de', 'Alle Grenzübergänge sind geschlossen, ausgenommen Sinuiju.',
     'Alle Grenzübergänge sind geschlossen'),  # except: ausgenommen
    ('ru', 'Все пункты пропуска закрыты, за исключением Синыйджу.',
     'Все пункты пропуска закрыты'),  # except: за исключением
    ('es', 'Ningún barco salió del puerto, salvo dos pesqueros.',
     'Ningún barco salió del puerto'),  # except: ningún salvo
    ('fr', "Aucun navire n'a quitté le port, hormis deux chalutiers.",
     "Aucun navire n'a quitté le port"),  # except: hormis
    ('en', 'Fake vaccination certificates are sold openly at the Hyesan market.',
     'vaccination certificates are sold openly at the Hyesan market'),  # privative: fake
    ('en', 'Police seized counterfeit 100-dollar bills printed in Pyongyang.',
     '100-dollar bills printed in Pyongyang'),  # privative: counterfeit
    ('en', 'The sham trial of Jang Song Thaek lasted a single day.',
     'trial of Jang Song Thaek lasted a single day'),  # privative: sham
    ('en', 'The purported defector gave interviews to three Seoul newspapers.',
     'defector gave interviews to three Seoul newspapers'),  # privative: purported
    ('en', 'The supposedly secret facility is clearly visible on commercial satellite imagery.',
     'secret facility is clearly visible on commercial satellite imagery'),  # privative: supposedly
    ('en', 'Bogus "humanitarian" shipments carried luxury cars to Nampo.',
     '"humanitarian" shipments carried luxury cars to Nampo'),  # privative: bogus before quote mark
    ('fr', 'De fausses attestations de vaccination se vendent au marché de Hyesan.',
     'attestations de vaccination se vendent au marché de Hyesan'),  # privative: fausses
    ('fr', 'Le prétendu transfuge a donné trois entretiens.',
     'transfuge a donné trois entretiens'),  # privative: prétendu
    ('fr', 'Des passeports faux circulent à Dandong.',
     'Des passeports'),  # privative-after: faux after
    ('es', 'Se venden certificados de vacunación falsos en Hyesan.',
     'Se venden certificados de vacunación'),  # privative-after: falsos
    ('es', 'El presunto espía fue ejecutado en marzo.',
     'espía fue ejecutado en marzo'),  # privative: presunto
    ('de', 'Gefälschte Impfzertifikate werden in Hyesan verkauft.',
     'Impfzertifikate werden in Hyesan verkauft'),  # privative: gefälschte
    ('de', 'Der angebliche Überläufer gab drei Interviews.',
     'Überläufer gab drei Interviews'),  # privative: angebliche
    ('ru', 'Поддельные сертификаты о вакцинации продаются на рынке.',
     'сертификаты о вакцинации продаются на рынке'),  # privative: поддельные
    ('ru', 'Мнимый перебежчик дал три интервью.',
     'перебежчик дал три интервью'),  # privative: мнимый
    ('ko', '가짜 백신 증명서가 혜산 장마당에서 팔리고 있다.',
     '백신 증명서가 혜산 장마당에서 팔리고 있다'),  # privative: 가짜
    ('ko', '위조된 여권이 단둥에서 거래된다.',
     '여권이 단둥에서 거래된다'),  # privative: 위조된
    ('zh', '假冒的疫苗证明在惠山市场公开出售。',
     '疫苗证明在惠山市场公开出售'),  # privative: 假冒的
    ('zh', '伪造的护照在丹东交易。',
     '护照在丹东交易'),  # privative: 伪造的
    ('ja', '偽のワクチン証明書が恵山の市場で売られている。',
     'ワクチン証明書が恵山の市場で売られている'),  # privative: 偽の
    ('en', 'Pseudo defectors planted by the security ministry have approached NGOs.',
     'defectors planted by the security ministry have approached NGOs'),  # privative: pseudo
    ('fr', 'Des billets contrefaits circulent à Sinuiju.',
     'Des billets'),  # privative-after: contrefaits
    ('de', 'Vermeintliche Spione wurden in Hyesan verhaftet.',
     'Spione wurden in Hyesan verhaftet'),  # privative: vermeintliche
    ('zh', '虚假的粮食产量数据被上报到平壤。',
     '粮食产量数据被上报到平壤'),  # privative: 虚假的
    ('ja', '偽造されたパスポートが丹東で取引されている。',
     'パスポートが丹東で取引されている'),  # privative: 偽造された
    ('en', 'All mines reopened in May, except the one at Musan.',
     'All mines reopened in May'),  # except: except
    ('en', 'Every household received rations save for those in Ryanggang.',
     'Every household received rations'),  # except: save for
    ('en', 'No one was injured, with the exception of two border guards.',
     'No one was injured'),  # except: with the exception of
    ('en', "All flights were cancelled except for Air Koryo's weekly Beijing service.",
     'All flights were cancelled'),  # except: except for
    ('fr', 'Toutes les mines ont rouvert en mai, sauf celle de Musan.',
     'Toutes les mines ont rouvert en mai'),  # except: sauf
    ('es', 'Todas las minas reabrieron en mayo, excepto la de Musan.',
     'Todas las minas reabrieron en mayo'),  # except: excepto
    ('de', 'Alle Minen wurden im Mai wieder geöffnet, außer der in Musan.',
     'Alle Minen wurden im Mai wieder geöffnet'),  # except: außer
    ('ru', 'Все шахты открылись в мае, кроме шахты в Мусане.',
     'Все шахты открылись в мае'),  # except: кроме
    ('zh', '除了茂山以外，所有矿山都在5月重新开放。',
     '所有矿山都在5月重新开放'),  # except: 除了…以外
    ('ja', '茂山を除くすべての鉱山が5月に再開した。',
     'すべての鉱山が5月に再開した'),  # except: を除く
    ('ko', '무산을 제외한 모든 광산이 5월에 재개됐다.',
     '모든 광산이 5월에 재개됐다'),  # except: 을 제외한
    ('en', 'Did the army shell the town? Residents are not sure.',
     'the army shell the town'),  # question: did
    ('en', 'Has the regime abandoned its nuclear program? Few analysts think so.',
     'the regime abandoned its nuclear program'),  # question: has
    ('en', 'So was Kim Jong Un at the launch? State media did not say.',
     'Kim Jong Un at the launch'),  # question: so was
    ('fr', 'Est-ce que le régime a fermé les marchés ? Personne ne le sait.',
     'le régime a fermé les marchés'),  # question: est-ce que
    ('es', '¿Cerró el régimen los mercados? Nadie lo sabe.',
     'Cerró el régimen los mercados'),  # question: ¿
    ('de', 'Hat das Regime die Märkte geschlossen? Niemand weiß es.',
     'das Regime die Märkte geschlossen'),  # question: hat
    ('ru', 'Неужели режим закрыл рынки? Никто не знает.',
     'режим закрыл рынки'),  # question: неужели
    ('zh', '军队炮击了城镇吗？居民们也不确定。',
     '军队炮击了城镇'),  # question: 吗
    ('ja', '北朝鮮は核実験を準備しているのか？専門家の意見は分かれる。',
     '北朝鮮は核実験を準備している'),  # question: のか
    ('en', 'Could the regime have ordered the shelling? Analysts are divided.',
     'the regime have ordered the shelling'),  # question: could
    ('en', 'Had the dam held, the village would have survived.',
     'the village would have survived'),  # counterfactual: had
    ('en', 'Were the sanctions enforced, the regime would run out of fuel within months.',
     'the regime would run out of fuel within months'),  # counterfactual: were
    ('en', 'If only the border had stayed open, traders would have survived the winter.',
     'traders would have survived the winter'),  # counterfactual: if only
    ('en', 'Residents wish the markets would reopen.',
     'the markets would reopen'),  # wish: would
    ('en', 'Residents wish the factory had reopened.',
     'the factory had reopened'),  # wish: had
    ('en', 'If the dam had held, the village would have survived.',
     'the village would have survived'),  # counterfactual-miss: if ... had
    ('en', 'Had it not been for Chinese aid, the economy would have collapsed.',
     'the economy would have collapsed'),  # counterfactual: had it not
    ('en', 'Residents wished that the rations had been restored.',
     'the rations had been restored'),  # wish: wished that
    ('en', 'Traders said they wish the border were open.',
     'the border were open'),  # wish: were
    ('en', 'The cooperative farms are independent in name only.',
     'The cooperative farms are independent'),  # limit: in name only
    ('en', 'The agreement remains in force, at least on paper.',
     'The agreement remains in force'),  # limit: at least on paper
    ('en', 'The camp was closed in 2012, allegedly.',
     'The camp was closed in 2012'),  # limit: allegedly
    ('en', 'North Korea has no COVID cases, or so the health ministry claims.',
     'North Korea has no COVID cases'),  # limit: or so
    ('en', 'Markets are open to everyone, in theory.',
     'Markets are open to everyone'),  # limit: in theory
    ('en', 'The camp was closed in 2012, at least officially.',
     'The camp was closed in 2012'),  # limit: at least officially
    ('fr', "L'accord reste en vigueur, du moins sur le papier.",
     "L'accord reste en vigueur"),  # limit: du moins sur le papier
    ('es', 'El acuerdo sigue vigente, al menos en el papel.',
     'El acuerdo sigue vigente'),  # limit: al menos en el papel
    ('de', 'Das Abkommen gilt weiterhin, zumindest auf dem Papier.',
     'Das Abkommen gilt weiterhin'),  # limit: zumindest auf dem Papier
    ('ru', 'Соглашение остаётся в силе, по крайней мере на бумаге.',
     'Соглашение остаётся в силе'),  # limit: на бумаге
    ('en', 'Kim Jong Un died in April, a report the agency later retracted.',
     'Kim Jong Un died in April'),  # refuted: retracted
    ('en', 'Hyon Song Wol was executed in 2013, a story that turned out to be false.',
     'Hyon Song Wol was executed in 2013'),  # refuted: turned out false
    ('fr', "Hyon Song Wol a été exécutée en 2013, ce qui s'est révélé faux.",
     'Hyon Song Wol a été exécutée en 2013'),  # refuted: fr
    ('es', 'Hyon Song Wol fue ejecutada en 2013, lo que resultó ser falso.',
     'Hyon Song Wol fue ejecutada en 2013'),  # refuted: es
    ('de', 'Hyon Song Wol wurde 2013 hingerichtet, was sich später als falsch herausstellte.',
     'Hyon Song Wol wurde 2013 hingerichtet'),  # refuted: de
    ('ru', 'Хён Сон Воль казнили в 2013 году, однако позже это опровергли.',
     'Хён Сон Воль казнили в 2013 году'),  # refuted: ru
    ('zh', '玄松月于2013年被处决，但这一说法是假的。',
     '玄松月于2013年被处决'),  # refuted: zh
    # a review's misses that widened rules now catch
    ('fr', 'Toute la population a été mobilisée pour le repiquage du riz, sauf les cadres du parti.',
     'Toute la population a été mobilisée pour le repiquage du riz'),  # except-miss
    ('de', 'Die gesamte Bevölkerung wurde mobilisiert, außer den Parteikadern.',
     'Die gesamte Bevölkerung wurde mobilisiert'),  # except-miss
    ('ru', 'Весь урожай был сдан государству, кроме семенного зерна.',
     'Весь урожай был сдан государству'),  # except-miss
    ('en', 'Kim never appeared in public that spring, except at the April 15 ceremony.',
     'Kim never appeared in public that spring'),  # except-miss
    ('en', 'No ships left Nampo in March, except two fishing trawlers.',
     'No ships left Nampo in March'),  # except-miss
    ('zh', '除了茂山以外，各地矿山都在5月重新开放。',
     '各地矿山都在5月重新开放'),  # except-miss
    ('ko', '평양을 제외한 지역에서는 아무도 외출할 수 없었다.',
     '지역에서는 아무도 외출할 수 없었다'),  # except-miss
    ('en', 'The border guards always demanded bribes, except from Party members.',
     'The border guards always demanded bribes'),  # except-miss
    ('en', 'The camp was closed in 2012, allegedly, and its prisoners moved to Hwasong.',
     'The camp was closed in 2012'),  # limit-miss
    ('ko', '위조 여권이 단둥에서 거래된다.',
     '여권이 단둥에서 거래된다'),  # privative-miss
    ('ru', 'Фиктивные браки используются для получения вида на жительство в Китае.',
     'браки используются для получения вида на жительство в Китае'),  # privative-miss
    ('de', 'Falsche Pässe werden in Dandong verkauft.',
     'Pässe werden in Dandong verkauft'),  # privative-miss
    ('es', 'Viajó a Dandong con un pasaporte falso.',
     'Viajó a Dandong con un pasaporte'),  # privative-miss
    ('es', 'Un falso diplomático norcoreano estafó a empresarios chinos.',
     'diplomático norcoreano estafó a empresarios chinos'),  # privative-miss
    ('en', 'Falsified harvest reports were sent to Pyongyang every autumn.',
     'harvest reports were sent to Pyongyang every autumn'),  # privative-miss
    ('en', 'Imitation Marlboro cigarettes are made in Pyongyang.',
     'Marlboro cigarettes are made in Pyongyang'),  # privative-miss
    ('ko', '허위 보도가 퍼지고 있다고 노동신문은 주장했다.',
     '보도가 퍼지고 있다고'),  # privative-miss
    ('en', 'All provinces reported cases, apart from Ryanggang.',
     'All provinces reported cases'),  # except-miss
    ('en', 'All 12 crew members were repatriated, other than the captain.',
     'All 12 crew members were repatriated'),  # except-miss
    ('en', 'All mines reopened in May, barring the one at Musan.',
     'All mines reopened in May'),  # except-miss
    ('ko', '무산 광산 외에는 모든 광산이 5월에 재개됐다.',
     '모든 광산이 5월에 재개됐다'),  # except-miss
    ('ja', '茂山以外のすべての鉱山が5月に再開した。',
     'すべての鉱山が5月に再開した'),  # except-miss
    ('zh', '所有矿山都在5月重新开放，茂山除外。',
     '所有矿山都在5月重新开放'),  # except-miss
    ('ja', '北朝鮮は核実験を準備しているか？専門家の意見は分かれる。',
     '北朝鮮は核実験を準備している'),  # question-miss
    ('zh', '朝鲜真的关闭了所有市场么？',
     '朝鲜真的关闭了所有市场'),  # question-miss
    ('en', 'But for Chinese aid, the economy would have collapsed in 2020.',
     'the economy would have collapsed in 2020'),  # counterfactual-miss
    ('en', 'The camp was closed in 2012, at least according to officials.',
     'The camp was closed in 2012'),  # limit-miss
    ('en', 'The camp was closed in 2012 - on paper.',
     'The camp was closed in 2012'),  # limit-miss
    ('en', 'The camp was closed in 2012, at least on paper, but guards remain.',
     'The camp was closed in 2012'),  # limit-miss
    ('en', 'The camp was closed in 2012, reportedly.',
     'The camp was closed in 2012'),  # limit-miss
    ('en', 'The camp was closed in 2012, or so the regime would have us believe.',
     'The camp was closed in 2012'),  # limit-miss
    ('de', 'Das Lager wurde 2012 geschlossen, angeblich.',
     'Das Lager wurde 2012 geschlossen'),  # limit-miss
    ('en', 'Hyon Song Wol was executed in 2013, a claim later proven false.',
     'Hyon Song Wol was executed in 2013'),  # refuted-miss
    # the exceptions, privative words, limits and retractions widened after the second review
    ('en', 'All 12 crew members were repatriated, other than the captain.', 'All 12 crew members were repatriated'),
    ('en', 'Kim never appeared in public that spring, except at the April 15 ceremony.',
     'Kim never appeared in public that spring'),
    ('en', 'Fraudulent ration cards were used in Hamhung.', 'ration cards were used in Hamhung'),
    ('en', 'The camp was closed in 2012, reportedly, and its guards moved to Hwasong.', 'The camp was closed in 2012'),
    ('en', 'The camp was closed in 2012 - on paper.', 'The camp was closed in 2012'),
    ('en', 'The general was executed, a report since shown to be untrue.', 'The general was executed'),
    ('de', 'Das Lager wurde 2012 geschlossen, angeblich.', 'Das Lager wurde 2012 geschlossen'),
    ('es', 'Viajó a Dandong con un pasaporte falso.', 'Viajó a Dandong con un pasaporte'),
    ('ru', 'Фиктивные браки заключаются ради выезда в Китай.', 'браки заключаются ради выезда в Китай'),
    ('ko', '허위 보도가 퍼지고 있다.', '보도가 퍼지고 있다'),
    ('zh', '朝鲜真的关闭了所有市场么？', '朝鲜真的关闭了所有市场'),
    ('ja', '茂山以外のすべての鉱山が再開した。', 'すべての鉱山が再開した'),
    ('en', 'The harvest was a success? Not according to the farmers.', 'The harvest was a success'),
    ('en', 'If not for the Chinese fertiliser, the harvest would have failed.', 'the harvest would have failed'),
    ('en', 'Forged residence papers let defectors live in Yanji.', 'residence papers let defectors live in Yanji'),
    ('en', 'The rail line was rebuilt in 2019, a figure later revealed to have been inflated.',
     'The rail line was rebuilt in 2019'),
    ('en', 'Save for a pause in February, the crackdown has continued all year.', 'the crackdown has continued all year'),
    ('de', 'Die Grenze ist seit Montag offen, heißt es.', 'Die Grenze ist seit Montag offen'),
]

# Ordinary quoting, in eight languages: verified.
FAITHFUL = [
    ('en', 'The mine reopened in March after two years of repairs.',
     'The mine reopened in March'),  # ordinary-continuation: time clause
    ('en', 'Rations were restored in Pyongyang last week.',
     'Rations were restored in Pyongyang'),  # ordinary-continuation: time adverbial
    ('en', 'The mine reopened in March, but output remains low.',
     'The mine reopened in March'),  # ordinary-continuation: 'but' not reversing
    ('en', 'The mine reopened only after the floods receded.',
     'The mine reopened'),  # ordinary-continuation: 'only after' (timing, not limit)
    ('en', 'The mine reopened in March, then hired 300 workers.',
     'The mine reopened in March'),  # ordinary-continuation: 'then' not reversing
    ('en', 'The mine reopened, not closed as earlier reported.',
     'The mine reopened'),  # ordinary-continuation: trailing 'not' confirms
    ('en', 'The mine reopened, unlike the factory next to it.',
     'The mine reopened'),  # ordinary-continuation: 'unlike'
    ('en', 'The factory was closed in 2019 and has not reopened.',
     'The factory was closed in 2019'),  # ordinary-continuation: 'and has not' on a further fact
    ('en', 'The army withdrew from the town and the market reopened.',
     'The army withdrew from the town'),  # ordinary-continuation: 'and' next clause
    ('en', 'Prices doubled when the border closed.',
     'Prices doubled'),  # ordinary-continuation: 'when'
    ('en', 'The border is open to traders with permits from the provincial office.',
     'The border is open to traders'),  # ordinary-continuation: restrictive detail
    ('en', 'The mine reopened, officials said.',
     'The mine reopened'),  # attribution-after: 'officials said'
    ('en', 'The mine reopened, according to local officials.',
     'The mine reopened'),  # attribution-after: 'according to local officials'
    ('en', 'The dam held despite the heaviest rain in a decade.',
     'The dam held'),  # ordinary-continuation: 'despite'
    ('en', 'Electricity was restored to the capital on Friday, but not to the provinces.',
     'Electricity was restored to the capital on Friday'),  # ordinary-continuation: 'but not' about another place, quote names its scope
    ('en', 'All mines reopened except the one at Musan.',
     'All mines reopened except the one at Musan'),  # except-kept: exception inside the quote
    ('en', 'The harvest improved in the south, while the north remained hungry.',
     'The harvest improved in the south'),  # ordinary-continuation: 'while' contrasting another subject
    ('en', 'The camp closed in 2021, two years after the inspections began.',
     'The camp closed in 2021'),  # ordinary-continuation: apposition
    ('en', 'The army withdrew, leaving behind heavy equipment.',
     'The army withdrew'),  # ordinary-continuation: participle
    ('en', 'The factory exploded on Tuesday, killing at least 12 workers.',
     'The factory exploded on Tuesday'),  # ordinary-continuation: participle
    ('en', 'Local sources said the mine reopened in March.',
     'the mine reopened in March'),  # lead-neutral: after 'said'
    ('en', 'Satellite images show the mine reopened in March.',
     'the mine reopened in March'),  # lead-neutral: after 'show'
    ('en', 'Officials confirmed that the mine reopened in March.',
     'the mine reopened in March'),  # lead-neutral: after 'confirmed that'
    ('en', 'The mine closed and the factory reopened.',
     'the factory reopened'),  # lead-neutral: after 'and'
    ('en', 'In March, the mine reopened.',
     'the mine reopened'),  # lead-neutral: after a time adverbial
    ('en', 'Officials said the factory was closed in 2019.',
     'the factory was closed in 2019'),  # lead-neutral: after 'said'
    ('en', 'There is no doubt that the army withdrew.',
     'the army withdrew'),  # lead-negation-positive: 'no doubt that' (double negative)
    ('en', 'Nobody doubts the army withdrew.',
     'the army withdrew'),  # lead-negation-positive: 'Nobody doubts'
    ('en', 'It was not until 2023 that the mine reopened.',
     'the mine reopened'),  # lead-negation-positive: 'not until ... that'
    ('en', 'It is clear that the army withdrew.',
     'the army withdrew'),  # lead-neutral: 'It is clear that'
    ('en', 'Not only did the mine reopen, but output doubled.',
     'output doubled'),  # lead-negation-positive: 'Not only ..., but'
    ('en', 'Not only the mine but also the factory reopened.',
     'the factory reopened'),  # lead-negation-positive: 'not only ... but also'
    ('en', 'After the floods, the mine reopened with 300 workers.',
     'the mine reopened with 300 workers'),  # lead-neutral: after 'After the floods,'
    ('en', 'Residents and officials agree that rations were cut.',
     'rations were cut'),  # lead-neutral: 'agree that'
    ('en', 'Even the ministry admits the harvest failed.',
     'the harvest failed'),  # lead-neutral: 'admits'
    ('en', 'Inspectors found that the dam was rebuilt in 2022.',
     'the dam was rebuilt in 2022'),  # lead-neutral: 'found that'
    ('en', 'The mine has never reopened.',
     'The mine has never reopened'),  # negation-kept: 'never'
    ('en', 'Only 300 workers returned to the mine.',
     'Only 300 workers returned to the mine'),  # negation-kept: 'Only'
    ('en', 'The government has not published figures since 2019.',
     'has not published figures since 2019'),  # negation-kept: 'not'
    ('en', 'No one was injured in the blast.',
     'No one was injured'),  # negation-kept: 'No one'
    ('en', 'The mine did not reopen in 2023.',
     'The mine did not reopen'),  # negation-kept: 'did not'
    ('en', 'It is not true that the mine reopened.',
     'It is not true that the mine reopened'),  # negation-kept: full denial quoted
    ('en', 'The ministry called the report false.',
     'called the report false'),  # negation-kept: denial quoted
    ('en', 'The guards did not touch their families.',
     'did not touch their families'),  # negation-kept: 'did not'
    ('en', 'Nobody believes the regime collapsed.',
     'Nobody believes the regime collapsed'),  # negation-kept: lead-in quoted
    ('en', 'Fake vaccination certificates are sold in Sinuiju markets.',
     'Fake vaccination certificates are sold'),  # modifier-kept: 'Fake'
    ('en', 'The so-called voluntary relocation moved 3,000 families.',
     'so-called voluntary relocation'),  # modifier-kept: 'so-called'
    ('en', 'Did the army shell the town? No one has confirmed it.',
     'Did the army shell the town?'),  # question-kept: whole question
    ('en', 'Why did the mine close? Nobody knows.',
     'Why did the mine close? Nobody knows.'),  # question-kept: question and answer
    ('en', 'It is unclear whether the army shelled the town.',
     'It is unclear whether the army shelled the town'),  # question-kept: embedded
    ('en', 'Will the regime survive the winter? Analysts are divided.',
     'Analysts are divided'),  # question-neighbour: quote the sentence after a question
    ('en', 'What happened at the mine? Workers say it flooded in June.',
     'Workers say it flooded in June'),  # question-neighbour: sentence after a question
    ('en', 'Had the dam held, the village would have survived.',
     'Had the dam held, the village would have survived'),  # counterfactual-kept: whole
    ('en', 'The death toll could reach 5,000.',
     'could reach 5,000'),  # modal-kept: 'could'
    ('en', 'The mine is set to reopen in May.',
     'is set to reopen in May'),  # modal-kept
    ('en', 'The ministry promised to raise rations.',
     'The ministry promised to raise rations'),  # modal-kept
    ('en', 'It was the largest flood since 2010.',
     'the largest flood since 2010'),  # superlative-kept
    ('en', 'It was the largest flood ever recorded in the province.',
     'the largest flood ever recorded'),  # superlative-kept: 'ever recorded'
    ('en', 'Ryanggang is the second-poorest province.',
     'the second-poorest province'),  # superlative-kept: hyphen compound
    ('en', 'Until 2019, the factory employed 3,000 workers.',
     'Until 2019, the factory employed 3,000 workers'),  # time-kept
    ('en', 'The factory employed 3,000 workers in 2019.',
     'The factory employed 3,000 workers'),  # time-trailing: year after (past fact still true)
    ('en', 'In 2019 the factory was closed by the provincial committee.',
     'the factory was closed by the provincial committee'),  # time-lead: year before
    ('en', 'Support for the party rose 5 percentage points.',
     'rose 5 percentage points'),  # unit-kept
    ('en', 'Rice cost 3,000 won per kilogram in Hyesan.',
     'Rice cost 3,000 won per kilogram'),  # unit-kept: ends before place
    ('en', 'The mine produces 5,000 tonnes per day.',
     '5,000 tonnes per day'),  # unit-kept
    ('en', 'Inflation reached 20% a month.',
     'Inflation reached 20% a month'),  # unit-kept
    ('en', 'Coal and iron exports fell 20% and 5% respectively.',
     'Coal and iron exports fell 20% and 5% respectively'),  # respectively-kept
    ('en', 'Coal exports fell 20%, iron exports 5%.',
     'Coal exports fell 20%'),  # list-item-clause: first clause of a gapped list
    ('en', 'The mine closed in 2019. It reopened in 2023 with Chinese investment.',
     'The mine closed in 2019. It reopened in 2023'),  # two-sentences: spans a full stop
    ('en', 'The guards were arrested. Their families were not touched.',
     'The guards were arrested. Their families were not touched.'),  # two-sentences: whole
    ('en', 'Prices rose. Rice now costs 8,000 won.',
     'Prices rose. Rice now costs 8,000 won'),  # two-sentences
    ('en', 'Status of mines:\n\n- Musan: reopened in 2023\n- Hoeryong: closed',
     'Musan: reopened in 2023'),  # list-item: whole item
    ('en', 'Status of mines:\n\n- Musan: reopened in 2023\n- Hoeryong: closed',
     'reopened in 2023'),  # list-item: part of an item
    ('en', 'Findings:\n\n1. The dam was rebuilt.\n2. The canal is dry.',
     'The canal is dry.'),  # list-item: numbered
    ('en', '| Mine | Status |\n|---|---|\n| Musan | reopened in 2023 |\n| Hoeryong | closed |',
     'reopened in 2023'),  # table-cell: alone
    ('en', '| Mine | Status |\n|---|---|\n| Musan | reopened in 2023 |\n| Hoeryong | closed |',
     'Hoeryong'),  # table-cell: name alone
    ('en', '| Year | Output (t) |\n|---|---|\n| 2022 | 1,200 |\n| 2023 | 3,400 |',
     '3,400'),  # table-cell: number alone
    ('en', 'The mill, which employs 800 people, closed on Monday.',
     'The mill, which employs 800 people, closed on Monday'),  # aside-kept
    ('en', 'The mill, which employs 800 people, closed on Monday.',
     'employs 800 people'),  # aside-part: quoted alone
    ('en', 'Kim visited the Musan mine on 3 May, state media reported.',
     'Kim visited the Musan mine on 3 May'),  # attribution-after: state media reported
    ('en', 'Prices in Hyesan rose 20% between January and March.',
     'Prices in Hyesan rose 20%'),  # ordinary-continuation: period after a number
    ('en', 'About 3,000 workers returned, up from 1,200 last year.',
     'About 3,000 workers returned'),  # ordinary-continuation: 'up from' after
    ('en', 'The river flooded 12 villages, the worst damage in Musan county.',
     'The river flooded 12 villages'),  # ordinary-continuation: apposition
    ('en', 'Trade with China resumed in August, customs data show.',
     'Trade with China resumed in August'),  # attribution-after: data show
    ('en', 'Smuggling continued even after the border was sealed.',
     'Smuggling continued'),  # ordinary-continuation: 'even after'
    ('en', 'The market reopened under new rules that ban grain sales.',
     'The market reopened'),  # ordinary-continuation: 'under new rules'
    ('en', 'Soldiers were seen loading trucks at night.',
     'Soldiers were seen loading trucks'),  # ordinary-continuation
    ('en', 'The former prison camp is now a farm.',
     'The former prison camp is now a farm'),  # modifier-kept: 'former'
    ('en', 'Factory managers were told to cut output, not raise it.',
     'Factory managers were told to cut output'),  # ordinary-continuation: trailing 'not raise it' confirms
    ('en', 'The plant was built in 1985 with Soviet help and expanded in 2005.',
     'The plant was built in 1985'),  # ordinary-continuation: 'with ... and'
    ('en', 'The talks resumed on Monday for the first time since 2019.',
     'The talks resumed on Monday'),  # ordinary-continuation: 'for the first time since'
    ('en', 'Why did prices rise after the mine reopened in March?',
     'the mine reopened in March'),  # question-presupposed: fact presupposed inside a wh-question
    ('en', 'The mine reopened. It closed again a week later.',
     'The mine reopened.'),  # next-sentence-reversal: whole sentence quoted, later change in next sentence
    ('en', 'The dam nearly collapsed in the storm.',
     'nearly collapsed in the storm'),  # modifier-kept: 'nearly'
    ('en', 'Rice cost 3,000 won per kilogram.',
     '3,000 won per kilogram'),  # unit-kept
    ('en', 'Before the war, the city had 200,000 residents.',
     'Before the war, the city had 200,000 residents'),  # time-kept
    ('en', 'The harvest, officials said, was the largest since 2010.',
     'was the largest since 2010'),  # superlative-kept: after an aside
    ('en', 'The mine reopened only briefly before floods shut it again.',
     'The mine reopened only briefly'),  # limiter-kept
    ('en', 'Not all prisoners were released.',
     'Not all prisoners were released'),  # negation-kept
    ('en', 'Police seized fake passports and real currency.',
     'real currency'),  # privative-neighbour: 'fake' governs another noun
    ('en', 'The failed harvest of 2019 forced families to sell their homes.',
     'forced families to sell their homes'),  # lead-neutral: after a subject with a privative adjective
    ('en', 'Were the sanctions lifted, trade would double.',
     'Were the sanctions lifted, trade would double'),  # counterfactual-kept
    ('en', 'Workers were paid 5,000 won a month until 2022.',
     'Workers were paid 5,000 won a month until 2022'),  # unit-kept: with its time bound
    ('ko', '무산 광산은 지난 3월 다시 문을 열었다.',
     '무산 광산은 지난 3월 다시 문을 열었다'),  # particles: whole sentence
    ('ko', '무산 광산은 지난 3월 다시 문을 열었다.',
     '무산 광산'),  # particles: noun without topic particle 은
    ('ko', '주민들에 따르면 광산이 다시 문을 열었다.',
     '광산이 다시 문을 열었다'),  # lead-neutral: after '주민들에 따르면'
    ('ko', '광산은 3월에 재가동됐고 노동자 300명이 복귀했다.',
     '노동자 300명이 복귀했다'),  # lead-neutral: second clause
    ('ko', '광산은 3월에 재가동됐으나 생산량은 여전히 적다.',
     '생산량은 여전히 적다'),  # lead-neutral: after '~으나'
    ('ko', '당국은 공장이 가동되지 않는다고 밝혔다.',
     '공장이 가동되지 않는다'),  # negation-kept: '~지 않는다'
    ('ko', '배급은 아직 재개되지 않았다.',
     '배급은 아직 재개되지 않았다'),  # negation-kept
    ('ko', '군이 마을을 포격했는가? 확인된 바 없다.',
     '확인된 바 없다'),  # question-neighbour: sentence after
    ('ko', '군이 마을을 포격했는가? 확인된 바 없다.',
     '군이 마을을 포격했는가?'),  # question-kept
    ('ko', '쌀값은 1kg당 8천원으로 올랐다.',
     '쌀값은 1kg당 8천원으로 올랐다'),  # unit-kept
    ('ko', '평양에서 열린 회의에 간부 300명이 참석했다.',
     '간부 300명이 참석했다'),  # lead-neutral: after adverbial
    ('ko', '댐이 버텼다면 마을은 살아남았을 것이다.',
     '댐이 버텼다면 마을은 살아남았을 것이다'),  # counterfactual-kept
    ('ko', '이번 홍수는 2010년 이후 최대 규모다.',
     '2010년 이후 최대 규모'),  # superlative-kept
    ('ko', '- 무산: 재가동\n- 회령: 폐쇄',
     '무산: 재가동'),  # list-item
    ('zh', '矿山已于三月重新开放，工人陆续返回。',
     '矿山已于三月重新开放'),  # ordinary-continuation: next clause
    ('zh', '据当地居民说，矿山已于三月重新开放。',
     '矿山已于三月重新开放'),  # lead-neutral: after attribution
    ('zh', '矿山三月重新开放，但产量仍然很低。',
     '产量仍然很低'),  # lead-neutral: after '但'
    ('zh', '工厂至今没有恢复生产。',
     '工厂至今没有恢复生产'),  # negation-kept
    ('zh', '军队真的炮击了城镇吗？',
     '军队真的炮击了城镇吗？'),  # question-kept
    ('zh', '这是2010年以来最大的洪水。',
     '2010年以来最大的洪水'),  # superlative-kept
    ('zh', '大米价格上涨了20%，玉米价格基本持平。',
     '大米价格上涨了20%'),  # ordinary-continuation: list clause
    ('zh', '该工厂雇用了3000名工人。',
     '雇用了3000名工人'),  # lead-neutral: verb phrase
    ('zh', '官员表示，边境口岸已经重新开放。',
     '边境口岸已经重新开放'),  # lead-neutral: after '表示'
    ('zh', '死亡人数可能达到5000人。',
     '可能达到5000人'),  # modal-kept
    ('zh', '| 矿山 | 状态 |\n|---|---|\n| 茂山 | 已重新开放 |',
     '已重新开放'),  # table-cell
    ('zh', '假疫苗证书在市场上流通。',
     '假疫苗证书'),  # modifier-kept
    ('zh', '洪水冲毁了12个村庄，当地官员说。',
     '洪水冲毁了12个村庄'),  # attribution-after
    ('ja', '関係者によると、鉱山は3月に再開した。',
     '鉱山は3月に再開した'),  # lead-neutral: after attribution
    ('ja', '鉱山は3月に再開し、労働者300人が戻った。',
     '労働者300人が戻った'),  # lead-neutral: second clause
    ('ja', '工場は現在も稼働していない。',
     '工場は現在も稼働していない'),  # negation-kept
    ('ja', '軍は町を砲撃したのか？',
     '軍は町を砲撃したのか？'),  # question-kept
    ('ja', '2010年以来最大の洪水だった。',
     '2010年以来最大の洪水'),  # superlative-kept
    ('ja', 'コメの価格は1キロ8000ウォンに上昇した。',
     'コメの価格は1キロ8000ウォンに上昇した'),  # unit-kept
    ('ja', '鉱山は3月に再開したが、生産量は依然として少ない。',
     '生産量は依然として少ない'),  # lead-neutral: after 'が、'
    ('ja', '偽のワクチン証明書が出回っている。',
     '偽のワクチン証明書'),  # modifier-kept
    ('ja', '平壌で開かれた会議には幹部300人が出席した。',
     '幹部300人が出席した'),  # lead-neutral
    ('ja', '死者は5000人に達する可能性がある。',
     '5000人に達する可能性がある'),  # modal-kept
    ('ja', '- 茂山：再開\n- 会寧：閉鎖',
     '茂山：再開'),  # list-item
    ('fr', 'La mine a rouvert en mars après deux ans de travaux.',
     'La mine a rouvert en mars'),  # ordinary-continuation
    ('fr', 'Selon des habitants, la mine a rouvert en mars.',
     'la mine a rouvert en mars'),  # lead-neutral: after 'Selon des habitants'
    ('fr', "L'usine n'a pas repris la production.",
     "L'usine n'a pas repris la production"),  # negation-kept
    ('fr', "Est-ce que l'armée a bombardé la ville ? Rien ne le confirme.",
     'Rien ne le confirme'),  # question-neighbour
    ('fr', "C'est la plus grande inondation depuis 2010.",
     'la plus grande inondation depuis 2010'),  # superlative-kept
    ('fr', 'Le bilan pourrait atteindre 5 000 morts.',
     'pourrait atteindre 5 000 morts'),  # modal-kept
    ('fr', 'La mine a rouvert en mars, mais la production reste faible.',
     'la production reste faible'),  # lead-neutral: after 'mais'
    ('fr', 'Les autorités ont confirmé que la frontière était rouverte.',
     'la frontière était rouverte'),  # lead-neutral: after 'confirmé que'
    ('fr', 'Le prix du riz a augmenté de 20 % en un mois.',
     'Le prix du riz a augmenté de 20 %'),  # ordinary-continuation
    ('fr', 'Seuls 300 ouvriers sont revenus à la mine.',
     'Seuls 300 ouvriers sont revenus'),  # negation-kept: 'Seuls'
    ('fr', 'La mine a rouvert, a indiqué un responsable local.',
     'La mine a rouvert'),  # attribution-after
    ('de', 'Die Mine wurde im März nach zwei Jahren wieder geöffnet.',
     'Die Mine wurde im März nach zwei Jahren wieder geöffnet'),  # whole-sentence: verb-final
    ('de', 'Laut Anwohnern wurde die Mine im März wieder geöffnet.',
     'die Mine im März wieder geöffnet'),  # lead-neutral: after 'Laut Anwohnern wurde'
    ('de', 'Die Armee beschoss die Stadt nicht.',
     'Die Armee beschoss die Stadt nicht'),  # negation-kept
    ('de', 'Die Fabrik arbeitet seit 2019 nicht mehr.',
     'arbeitet seit 2019 nicht mehr'),  # negation-kept
    ('de', 'Es war das größte Hochwasser seit 2010.',
     'das größte Hochwasser seit 2010'),  # superlative-kept
    ('de', 'Die Mine wurde wieder geöffnet, und 300 Arbeiter kehrten zurück.',
     '300 Arbeiter kehrten zurück'),  # lead-neutral: after 'und'
    ('de', 'Die Behörden bestätigten, dass die Grenze wieder offen ist.',
     'die Grenze wieder offen ist'),  # lead-neutral: after 'bestätigten, dass'
    ('de', 'Der Reispreis stieg im März um 20 Prozent.',
     'Der Reispreis stieg im März um 20 Prozent'),  # unit-kept
    ('de', 'Die Zahl der Toten könnte 5.000 erreichen.',
     'könnte 5.000 erreichen'),  # modal-kept
    ('de', 'Die Mine wurde wieder geöffnet, teilte ein Beamter mit.',
     'Die Mine wurde wieder geöffnet'),  # attribution-after
    ('de', 'Nur 300 Arbeiter kehrten zurück.',
     'Nur 300 Arbeiter kehrten zurück'),  # negation-kept: 'Nur'
    ('ru', 'Шахта вновь открылась в марте после двух лет ремонта.',
     'Шахта вновь открылась в марте'),  # ordinary-continuation
    ('ru', 'По словам жителей, шахта вновь открылась в марте.',
     'шахта вновь открылась в марте'),  # lead-neutral: after attribution
    ('ru', 'Завод так и не возобновил производство.',
     'Завод так и не возобновил производство'),  # negation-kept
    ('ru', 'Неужели армия обстреляла город?',
     'Неужели армия обстреляла город?'),  # question-kept
    ('ru', 'Это крупнейшее наводнение с 2010 года.',
     'крупнейшее наводнение с 2010 года'),  # superlative-kept
    ('ru', 'Шахта открылась, но добыча остаётся низкой.',
     'добыча остаётся низкой'),  # lead-neutral: after 'но'
    ('ru', 'Власти подтвердили, что граница вновь открыта.',
     'граница вновь открыта'),  # lead-neutral: after 'подтвердили, что'
    ('ru', 'Число погибших может достичь 5000.',
     'может достичь 5000'),  # modal-kept
    ('ru', 'Цена риса выросла на 20% за месяц.',
     'Цена риса выросла на 20%'),  # ordinary-continuation
    ('ru', 'Только 300 рабочих вернулись на шахту.',
     'Только 300 рабочих вернулись на шахту'),  # negation-kept: 'Только'
    ('ru', 'Шахта вновь открылась, сообщил местный чиновник.',
     'Шахта вновь открылась'),  # attribution-after
    ('es', 'La mina reabrió en marzo tras dos años de obras.',
     'La mina reabrió en marzo'),  # ordinary-continuation
    ('es', 'Según los vecinos, la mina reabrió en marzo.',
     'la mina reabrió en marzo'),  # lead-neutral: after 'Según los vecinos'
    ('es', 'La fábrica no ha reanudado la producción.',
     'La fábrica no ha reanudado la producción'),  # negation-kept
    ('es', '¿Bombardeó el ejército la ciudad? Nadie lo ha confirmado.',
     '¿Bombardeó el ejército la ciudad?'),  # question-kept
    ('es', 'Fue la mayor inundación desde 2010.',
     'la mayor inundación desde 2010'),  # superlative-kept
    ('es', 'La mina reabrió, pero la producción sigue siendo baja.',
     'la producción sigue siendo baja'),  # lead-neutral: after 'pero'
    ('es', 'Las autoridades confirmaron que la frontera está abierta.',
     'la frontera está abierta'),  # lead-neutral: after 'confirmaron que'
    ('es', 'La cifra de muertos podría alcanzar 5.000.',
     'podría alcanzar 5.000'),  # modal-kept
    ('es', 'Solo 300 obreros regresaron a la mina.',
     'Solo 300 obreros regresaron a la mina'),  # negation-kept: 'Solo'
    ('es', 'La mina reabrió, dijo un funcionario local.',
     'La mina reabrió'),  # attribution-after
    ('es', 'Circulan certificados de vacunación falsos en Sinuiju.',
     'certificados de vacunación falsos'),  # modifier-kept
    ('en', '## Confirmed events\n\n- The general was executed in May.\n- The mine was flooded.',
     'The general was executed in May'),  # heading-neutral: list under 'Confirmed events'
    ('en', '| Mine | Status |\n|---|---|\n| Musan | operating |',
     'operating'),  # table-cell
    ('en', 'The mine will reopen in May, provided that power is restored.',
     'provided that power is restored'),  # condition-part: the condition quoted alone
    ('en', 'Neither the mine nor the factory reopened.',
     'Neither the mine nor the factory reopened'),  # negation-kept
    ('en', 'The mine reopened, as did the factory.',
     'The mine reopened'),  # ordinary-continuation: 'as did'
    ('en', 'The army withdrew without firing a shot.',
     'The army withdrew'),  # ordinary-continuation: 'without'
    ('es', 'Ni la mina ni la fábrica reabrieron.',
     'Ni la mina ni la fábrica reabrieron'),  # negation-kept
    ('ja', '工場が閉鎖されたわけではない。',
     '工場が閉鎖されたわけではない'),  # negation-kept
    ('zh', '工厂已关闭的说法不实。',
     '工厂已关闭的说法不实'),  # negation-kept
    ('ru', 'Завод закрыт с 2019 года, сообщили местные жители.',
     'Завод закрыт с 2019 года'),  # attribution-after
    ('de', 'Die Fabrik wurde 2019 geschlossen, sagte ein Beamter.',
     'Die Fabrik wurde 2019 geschlossen'),  # attribution-after
    ('fr', "L'usine a fermé en 2019 et n'a pas rouvert depuis.",
     "L'usine a fermé en 2019"),  # ordinary-continuation: 'et n'a pas' on a further fact
    ('ko', '공장은 2019년에 폐쇄됐고 아직 재가동되지 않았다.',
     '공장은 2019년에 폐쇄됐고'),  # ordinary-continuation: clause with connective kept
    ('en', 'The mine will reopen in May, and if power allows, the mill will follow.',
     'The mine will reopen in May'),  # condition-next-clause: 'if' governs the next clause
    ('en', 'Even if the harvest fails, the army will be fed first.',
     'the army will be fed first'),  # concessive-if: 'Even if' is no condition on the quote
    ('en', 'The mine will reopen whether or not power is restored.',
     'The mine will reopen'),  # concessive: 'whether or not'
    ('en', 'The mine will reopen in May, if not sooner.',
     'The mine will reopen in May'),  # concessive: 'if not sooner' strengthens
    ('en', 'Despite a lack of fuel, the army withdrew.',
     'the army withdrew'),  # lead-negation-neutral: 'lack' governs another phrase
    ('en', 'In no time the mine reopened.',
     'the mine reopened'),  # lead-negation-idiom: 'In no time'
    ('en', 'The mine reopened, not the factory.',
     'The mine reopened'),  # trailing-not: contrast with another subject
    ('en', 'The mine reopened, something it had never done in winter.',
     'The mine reopened'),  # trailing-never: in an apposition
    ('en', 'The talks would resume in May, both sides said.',
     'The talks would resume in May'),  # attribution-after: future-in-past 'would'
    ('en', 'Nobody was hurt when the dam collapsed.',
     'the dam collapsed'),  # lead-negation-other-clause: 'Nobody was hurt when'
    ('en', 'No one expected the mine to reopen so quickly, but it did.',
     'but it did'),  # lead-neutral: after a negated clause
    ('de', 'Die Mine wurde geöffnet, die Fabrik nicht.',
     'Die Mine wurde geöffnet'),  # trailing-nicht: gapped clause about another subject
    ('ja', '鉱山は再開したが、工場はまだ再開していない。',
     '鉱山は再開した'),  # trailing-nai: negation in the next clause
    ('zh', '矿山已重新开放，工厂没有。',
     '矿山已重新开放'),  # trailing-negation: next clause about another subject
    ('ru', 'Шахта открылась, а завод нет.',
     'Шахта открылась'),  # trailing-negation: next clause about another subject
    ('es', 'La mina reabrió, la fábrica no.',
     'La mina reabrió'),  # trailing-negation: gapped clause about another subject
    ('fr', "La mine a rouvert, pas l'usine.",
     'La mine a rouvert'),  # trailing-negation: contrast with another subject
    ('ko', '광산은 재가동됐으나 공장은 가동되지 않았다.',
     '공장은 가동되지 않았다'),  # negation-kept: second clause
    ('en', 'Even the ministry does not deny that the mine reopened.',
     'the mine reopened'),  # double-negation: 'does not deny that'
    ('en', 'It cannot be denied that the mine reopened.',
     'the mine reopened'),  # double-negation: 'It cannot be denied that'
    ('en', 'There is no denying that the mine reopened.',
     'the mine reopened'),  # double-negation: 'There is no denying that'
    ('de', 'Kein Experte bestreitet, dass die Armee abgezogen ist.',
     'die Armee abgezogen ist'),  # double-negation: 'Kein Experte bestreitet, dass'
    ('es', 'Ningún analista niega que el ejército se retiró.',
     'el ejército se retiró'),  # double-negation: 'Ningún analista niega que'
    ('ru', 'Никто не отрицает, что армия отступила.',
     'армия отступила'),  # double-negation: 'Никто не отрицает, что'
    ('fr', "Aucun analyste ne conteste que l'armée s'est retirée.",
     "l'armée s'est retirée"),  # double-negation: 'Aucun analyste ne conteste que'
    ('ja', '軍が撤退したことを否定する者はいない。',
     '軍が撤退した'),  # double-negation: 'ことを否定する者はいない'
    ('ko', '군이 철수했다는 사실을 부인하는 사람은 없다.',
     '군이 철수했다'),  # double-negation: '~다는 사실을 부인하는 사람은 없다'
    ('en', 'It is confirmed that the factory makes missile parts.',
     'the factory makes missile parts'),  # hearsay-neutral: 'It is confirmed that'
    ('en', 'After the border disputes were settled, trade resumed.',
     'trade resumed'),  # lead-neutral: 'disputes' as a noun
    ('en', 'Workers who refused to leave said the mine reopened in March.',
     'the mine reopened in March'),  # lead-neutral: 'refused' in another clause
    ('en', 'After the harvest failed, the army distributed rice.',
     'the army distributed rice'),  # lead-neutral: 'failed' in another clause
    ('en', 'For reasons that remain unclear, the mine reopened in March.',
     'the mine reopened in March'),  # lead-neutral: 'unclear' governs the reasons
    ('en', 'In May the mine reopened.',
     'the mine reopened'),  # lead-neutral: month 'May'
    ('en', 'By May the mine had reopened.',
     'the mine had reopened'),  # lead-neutral: month 'May'
    ('en', 'May 2023: the mine reopened after repairs.',
     'the mine reopened after repairs'),  # lead-neutral: month 'May' as a label
    ('en', 'As expected, the mine reopened in March.',
     'the mine reopened in March'),  # lead-neutral: 'As expected'
    ('en', 'The mine reopened, likely because of Chinese demand.',
     'The mine reopened'),  # trailing-hedge-on-reason: 'likely because' hedges the reason
    ('en', 'Officials could confirm that the mine reopened.',
     'the mine reopened'),  # lead-neutral: 'could confirm' positive
    ('en', 'Despite rumours of a closure, the mine reopened in March.',
     'the mine reopened in March'),  # lead-rumour-neutral: 'Despite rumours'
    ('en', 'Contrary to rumours, the mine reopened in March.',
     'the mine reopened in March'),  # lead-contrary-positive: 'Contrary to rumours,' asserts the quote
    ('en', 'Contrary to earlier reports, the mine reopened in March.',
     'the mine reopened in March'),  # lead-contrary-positive: 'Contrary to earlier reports,' asserts the quote
    ('en', 'Denials notwithstanding, the mine reopened in March.',
     'the mine reopened in March'),  # lead-contrary-positive: 'Denials notwithstanding'
    ('en', 'If anything, output rose after the mine reopened.',
     'output rose after the mine reopened'),  # lead-idiom: 'If anything'
    ('en', 'After inspectors checked the claims, they found the mine had reopened.',
     'they found the mine had reopened'),  # lead-neutral: 'claims' in another clause
    ('en', 'The rumours were true: the mine reopened in March.',
     'the mine reopened in March'),  # lead-rumour-positive: 'The rumours were true:'
    ('en', 'Unlike the factory, which never reopened, the mine resumed work in March.',
     'the mine resumed work in March'),  # lead-neutral: negation in a preceding aside
    ('en', 'The claim that the mine reopened was confirmed by satellite images.',
     'the mine reopened'),  # lead-claim-positive: 'The claim that ... was confirmed'
    ('ko', '소문과 달리 광산은 3월에 재가동됐다.',
     '광산은 3월에 재가동됐다'),  # lead-contrary-positive: '소문과 달리'
    ('zh', '与传言相反，矿山已于三月重新开放。',
     '矿山已于三月重新开放'),  # lead-contrary-positive: '与传言相反'
    ('ja', '噂とは異なり、鉱山は3月に再開した。',
     '鉱山は3月に再開した'),  # lead-contrary-positive: '噂とは異なり'
    ('fr', 'Contrairement aux rumeurs, la mine a rouvert en mars.',
     'la mine a rouvert en mars'),  # lead-contrary-positive: 'Contrairement aux rumeurs'
    ('de', 'Entgegen anderslautenden Gerüchten wurde die Mine im März wieder geöffnet.',
     'die Mine im März wieder geöffnet'),  # lead-contrary-positive: 'Entgegen anderslautenden Gerüchten'
    ('es', 'Contrariamente a los rumores, la mina reabrió en marzo.',
     'la mina reabrió en marzo'),  # lead-contrary-positive: 'Contrariamente a los rumores'
    ('ru', 'Вопреки слухам, шахта вновь открылась в марте.',
     'шахта вновь открылась в марте'),  # lead-contrary-positive: 'Вопреки слухам'
    ('zh', '尽管有关闭的传言，矿山仍于三月重新开放。',
     '矿山仍于三月重新开放'),  # lead-rumour-neutral: '尽管有…传言'
    ('en', 'Rumours that the mine had reopened proved correct.',
     'the mine had reopened'),  # lead-rumour-positive: 'Rumours that ... proved correct'
    ('en', 'The failed harvest of 1995 forced families to forage for grass.',
     'harvest of 1995 forced families to forage for grass'),  # privative-failed: a failed harvest is still a harvest that forced foraging
    ('en', 'After the failed coup attempt of 2016, the army purged hundreds of officers.',
     'coup attempt of 2016'),  # privative-failed: a failed coup attempt is a coup attempt
    ('en', 'The failed rocket launch in April 2012 embarrassed the leadership.',
     'rocket launch in April 2012 embarrassed the leadership'),  # privative-failed: a failed launch is a launch
    ('en', 'The failed currency reform of 2009 wiped out private savings.',
     'currency reform of 2009 wiped out private savings'),  # privative-failed: the reform happened and wiped out savings
    ('en', 'Sources say the failed satellite launch cost the regime about $850 million.',
     'satellite launch cost the regime about $850 million'),  # privative-failed: the launch did cost money
    ('en', 'A failed escape attempt in 2014 landed him in a labour camp.',
     'escape attempt in 2014 landed him in a labour camp'),  # privative-failed: the attempt happened
    ('en', 'The failed negotiations in Hanoi ended without a joint statement.',
     'negotiations in Hanoi ended without a joint statement'),  # privative-failed: negotiations took place
    ('en', 'Pyongyang and Beijing forged close ties during the Korean War.',
     'close ties during the Korean War'),  # privative-forged-verb: forged = built
    ('en', 'Kim Il Sung forged an alliance with Moscow in 1961.',
     'an alliance with Moscow in 1961'),  # privative-forged-verb: forged = made
    ('en', 'The two leaders forged a personal bond over three summits.',
     'a personal bond over three summits'),  # privative-forged-verb: forged = made
    ('en', 'The Chollima works produces forged steel parts for tractors.',
     'steel parts for tractors'),  # privative-forged-literal: forged steel is real steel
    ('en', 'The Arduous March is the so-called famine of the 1990s that killed hundreds of thousands.',
     'famine of the 1990s that killed hundreds of thousands'),  # privative-so-called-naming: so-called introduces a name
    ('en', 'During the so-called Arduous March, up to a million people died.',
     'Arduous March, up to a million people died'),  # privative-so-called-naming: the famine's name
    ('en', 'Traders in the so-called jangmadang markets now supply most of the food people eat.',
     'jangmadang markets now supply most of the food people eat'),  # privative-so-called-naming: the markets' name
    ('en', 'Children of the so-called hostile class are barred from Pyongyang universities.',
     'hostile class are barred from Pyongyang universities'),  # privative-so-called-naming: a songbun category's name
    ('en', 'The regime\'s so-called "donju" money masters financed the apartment blocks.',
     '"donju" money masters financed the apartment blocks'),  # privative-so-called-naming: name in quotation marks
    ('en', 'Residents mock state television broadcasts about bumper harvests.',
     'state television broadcasts about bumper harvests'),  # privative-mock-verb: mock = ridicule; the broadcasts exist
    ('en', 'Young people openly mock propaganda slogans in private.',
     'propaganda slogans in private'),  # privative-mock-verb: mock = ridicule
    ('es', 'Y por supuesto los precios del arroz subieron en todo el país.',
     'los precios del arroz subieron en todo el país'),  # privative-por-supuesto: por supuesto = of course
    ('es', 'Por supuesto que el régimen negó las acusaciones.',
     'que el régimen negó las acusaciones'),  # privative-por-supuesto: of course
    ('es', 'Los desertores dijeron que por supuesto la policía sabía del contrabando.',
     'la policía sabía del contrabando'),  # privative-por-supuesto: of course
    ('es', 'La reforma monetaria ha supuesto un aumento de los precios del arroz.',
     'un aumento de los precios del arroz'),  # privative-supuesto-participle: ha supuesto = has meant
    ('es', 'El cierre de la frontera ha supuesto la ruina de miles de comerciantes.',
     'la ruina de miles de comerciantes'),  # privative-supuesto-participle: has meant
    ('es', 'Las sanciones han supuesto pérdidas de millones de dólares para Pyongyang.',
     'pérdidas de millones de dólares para Pyongyang'),  # privative-supuesto-participle: have meant
    ('fr', 'Les douanes ont saisi des cigarettes faux-monnayeurs et des billets.',
     'des billets'),  # privative-faux-compound: (no match expected)
    ('fr', "Ce n'est pas la soi-disant marche pénible qui a ruiné le pays, mais les sanctions.",
     'les sanctions'),  # privative-control: quote unrelated
    ('de', 'Während der sogenannten Hungersnot der 1990er Jahre starben Hunderttausende.',
     'Hungersnot der 1990er Jahre starben Hunderttausende'),  # privative-sogenannt-naming: sogenannt introduces a name
    ('de', 'Die sogenannten Donju finanzieren inzwischen den Wohnungsbau in Pjöngjang.',
     'Donju finanzieren inzwischen den Wohnungsbau in Pjöngjang'),  # privative-sogenannt-naming: name of the money masters
    ('de', 'Kinder der sogenannten feindlichen Klasse dürfen nicht in Pjöngjang studieren.',
     'feindlichen Klasse dürfen nicht in Pjöngjang studieren'),  # privative-sogenannt-naming: songbun category
    ('ru', 'Липовый мёд из провинции Рянгандо продаётся в Китае.',
     'мёд из провинции Рянгандо продаётся в Китае'),  # privative-липовый-linden: linden honey is real honey
    ('ru', 'Липовая аллея ведёт к мавзолею Ким Ир Сена.',
     'аллея ведёт к мавзолею Ким Ир Сена'),  # privative-липовый-linden: linden alley
    ('ru', 'Жители собирают липовый цвет для чая и продают его на рынке.',
     'цвет для чая и продают его на рынке'),  # privative-липовый-linden: linden blossom
    ('ru', 'Во время так называемого Трудного похода погибли сотни тысяч человек.',
     'Трудного похода погибли сотни тысяч человек'),  # privative-так-называемый-naming: the famine's name
    ('ru', 'Так называемые донджу финансируют строительство жилья в Пхеньяне.',
     'донджу финансируют строительство жилья в Пхеньяне'),  # privative-так-называемый-naming: name
    ('ko', '육군 소위 김철수는 2015년 두만강을 건너 탈북했다.',
     '김철수는 2015년 두만강을 건너 탈북했다'),  # privative-소위-rank: 소위 = second lieutenant
    ('ko', '인민군 소위 박영호는 부대를 이탈해 중국으로 넘어갔다.',
     '박영호는 부대를 이탈해 중국으로 넘어갔다'),  # privative-소위-rank: 소위 = second lieutenant
    ('ko', '이른바 고난의 행군 시기에 수십만 명이 굶어 죽었다.',
     '고난의 행군 시기에 수십만 명이 굶어 죽었다'),  # privative-이른바-naming: the famine's name
    ('ko', "이른바 '돈주'로 불리는 신흥 부유층이 아파트 건설을 주도한다.",
     "'돈주'로 불리는 신흥 부유층이 아파트 건설을 주도한다"),  # privative-이른바-naming: name
    ('ko', '소위 장마당 세대는 배급제를 경험하지 못했다.',
     '장마당 세대는 배급제를 경험하지 못했다'),  # privative-소위-naming: generation's name
    ('zh', '所谓"脱北者"是指逃离朝鲜的人。',
     '"脱北者"是指逃离朝鲜的人'),  # privative-所谓-definition: 所谓X是指 defines a term
    ('zh', '所谓长马当，就是朝鲜民间的自由市场。',
     '长马当，就是朝鲜民间的自由市场'),  # privative-所谓-definition: defines a term
    ('zh', '在所谓的"苦难的行军"时期，数十万人饿死。',
     '"苦难的行军"时期，数十万人饿死'),  # privative-所谓-naming: name of the famine
    ('zh', '休病假的工人被扣了一半工资。',
     '工人被扣了一半工资'),  # privative-假-病假: 病假 = sick leave
    ('zh', '休完产假的女工被调到农场劳动。',
     '女工被调到农场劳动'),  # privative-假-产假: 产假 = maternity leave
    ('zh', '弄虚作假的官员被撤职。',
     '官员被撤职'),  # privative-假-作假: officials who falsified were dismissed; they are real officials
    ('zh', '参与打假的警察查获了三吨假药。',
     '警察查获了三吨假药'),  # privative-假-打假: anti-counterfeit police are real police
    ('zh', '节假日，市场上的商品比平时多。',
     '市场上的商品比平时多'),  # privative-假-节假日: (no match expected)
    ('zh', '放假的学生被动员去插秧。',
     '学生被动员去插秧'),  # privative-假-放假: excluded by the rule
    ('zh', '真真假假的消息在边境地区流传。',
     '消息在边境地区流传'),  # privative-假-真真假假: rumours do circulate (arguable)
    ('zh', '请了长假的工人无法领取配给。',
     '工人无法领取配给'),  # privative-假-长假: long leave
    ('ja', 'いわゆる「苦難の行軍」の時期に数十万人が餓死した。',
     '「苦難の行軍」の時期に数十万人が餓死した'),  # privative-いわゆる-naming: the famine's name
    ('ja', 'いわゆる脱北者は、韓国に3万人以上いる。',
     '脱北者は、韓国に3万人以上いる'),  # privative-いわゆる-naming: defectors' common name
    ('ja', 'いわゆるトンジュと呼ばれる新興富裕層がアパート建設を支えている。',
     'トンジュと呼ばれる新興富裕層がアパート建設を支えている'),  # privative-いわゆる-naming: name
    ('fr', 'La direction a prétendu que la mine avait fermé. Selon les témoins, elle tourne toujours.',
     'elle tourne toujours'),  # privative-after-control: unrelated
    ('en', 'Most factories stood idle, except the munitions plants.',
     'Most factories stood idle'),  # except-hedged: 'most' already allows the exception
    ('en', 'Few households had electricity, except those of party officials.',
     'Few households had electricity'),  # except-hedged: 'few' already allows the exception
    ('en', 'Nearly all markets closed except the one in Hyesan.',
     'Nearly all markets closed'),  # except-hedged: 'nearly all' allows it
    ('en', 'Almost every province reported shortages, except Ryanggang.',
     'Almost every province reported shortages'),  # except-hedged: 'almost every'
    ('en', 'Many defectors reached Seoul, with the exception of those caught in China.',
     'Many defectors reached Seoul'),  # except-hedged: 'many'
    ('en', 'The report gives few details, except that the camp held about 5,000 prisoners.',
     'The report gives few details'),  # except-clause: 'except that' supplies the detail, not an exception to 'few details'
    ('en', 'Officials gave no reason for the closure, except to say it was temporary.',
     'Officials gave no reason for the closure'),  # except-clause: the reason-less closure stands
    ('en', 'The border was quiet last week, except when smugglers crossed at night.',
     'The border was quiet last week'),  # except-clause: arguable
    ('en', 'Little is known about the prisoner, save for his name and age.',
     'Little is known about the prisoner'),  # except-hedged: 'little is known'
    ('en', 'She said nothing to the guards, except that she was hungry.',
     'She said nothing to the guards'),  # except-clause: arguable (negation word too)
    ('en', 'Everyone in the village had relatives who starved, excepting perhaps the cadres.',
     'Everyone in the village had relatives who starved'),  # except-hedged: 'perhaps' exception (arguable)
    ('en', 'The train runs every day except Sunday.',
     'The train runs every day except Sunday'),  # except-quoted: quote names the exception
    ('de', 'Die Familie floh 2010 außer Landes.',
     'Die Familie floh 2010'),  # except-außer-landes: außer Landes = abroad
    ('de', 'Viele Bauern flohen außer Landes, als die Ernte ausfiel.',
     'Viele Bauern flohen'),  # except-außer-landes: abroad
    ('de', 'Der Offizier brachte seine Familie außer Landes.',
     'Der Offizier brachte seine Familie'),  # except-außer-landes: abroad
    ('de', 'Die meisten Fabriken standen still, außer den Rüstungsbetrieben.',
     'Die meisten Fabriken standen still'),  # except-hedged: 'die meisten'
    ('ru', 'В лагере содержались политзаключённые, кроме них там были и уголовники.',
     'В лагере содержались политзаключённые'),  # except-кроме-additive: кроме них там были и = besides them there were also
    ('ru', 'Рынок в Хесане работает ежедневно, кроме всего прочего там продают китайскую электронику.',
     'Рынок в Хесане работает ежедневно'),  # except-кроме-всего-прочего: among other things
    ('ru', 'Большинство шахт простаивало, кроме угольной шахты в Анджу.',
     'Большинство шахт простаивало'),  # except-hedged: 'большинство'
    ('ru', 'Власти закрыли рынок. Кроме того, они конфисковали товары.',
     'Власти закрыли рынок'),  # except-кроме-того: excluded by rule
    ('ru', 'Власти закрыли рынок, кроме того, конфисковали товары.',
     'Власти закрыли рынок'),  # except-кроме-того: excluded by rule
    ('ru', 'Его обвинили в шпионаже, кроме шуток, за то, что он слушал радио.',
     'Его обвинили в шпионаже'),  # except-кроме-шуток: 'no joke'
    ('ru', 'Беглецам некуда было идти, кроме как в Китай.',
     'Беглецам некуда было идти'),  # except-кроме-как: arguable (negative quantifier)
    ('fr', "La plupart des usines étaient à l'arrêt, sauf les usines d'armement.",
     "La plupart des usines étaient à l'arrêt"),  # except-hedged: 'la plupart'
    ('fr', 'Le pêcheur a été retrouvé sain et sauf sur une île.',
     'Le pêcheur a été retrouvé sain et sauf'),  # except-sauf-safe: quote includes it
    ('fr', 'Le train partira lundi, sauf imprévu.',
     'Le train partira lundi'),  # except-sauf-imprévu: a hedge (arguable)
    ('es', 'La mayoría de las fábricas estaban paradas, excepto las de armamento.',
     'La mayoría de las fábricas estaban paradas'),  # except-hedged: 'la mayoría'
    ('es', 'Los pescadores llegaron a salvo a la costa surcoreana.',
     'Los pescadores llegaron'),  # except-a-salvo: ' a salvo' (no match expected)
    ('es', 'El pescador llegó sano y salvo a la costa.',
     'El pescador llegó sano y salvo'),  # except-sano-y-salvo: quote includes it
    ('zh', '除此之外，当局没收了三辆卡车。',
     '当局没收了三辆卡车'),  # except-除此之外-additive: 除此之外 = besides this
    ('zh', '除此以外，当局还没收了三辆卡车。',
     '当局还没收了三辆卡车'),  # except-除此以外-additive: with 还 (excluded)
    ('zh', '除了煤炭以外，中国海关数据显示从朝鲜进口的铁矿石和稀土也大幅增加。',
     '中国海关数据显示从朝鲜进口的铁矿石和稀土也大幅增加'),  # except-除了-additive-far-也: 也 beyond 12 chars
    ('zh', '除了大米外，另有三吨玉米被运往平壤。',
     '另有三吨玉米被运往平壤'),  # except-除了-additive-另: 另有 = additionally
    ('zh', '除了粮食以外，他们又运走了两车化肥。',
     '他们又运走了两车化肥'),  # except-除了-additive-又: 又 = also
    ('zh', '除了工资以外，工人更看重配给。',
     '工人更看重配给'),  # except-除了-additive-更: comparison
    ('zh', '他被开除党籍后逃往海外，在首尔定居。',
     '在首尔定居'),  # except-除-开除: 开除…海外 is not 除…外
    ('zh', '当局拆除了房屋后把居民迁往郊外，居民至今没有住房。',
     '居民至今没有住房'),  # except-除-拆除: 拆除…郊外 is not 除…外
    ('zh', '解除封锁后商人纷纷出境外，市场重新开张。',
     '市场重新开张'),  # except-除-解除: 解除…境外
    ('zh', '他排除万难逃到国外，如今在首尔经营餐厅。',
     '如今在首尔经营餐厅'),  # except-除-排除: 排除…国外
    ('ja', '汚染された土を除き、新しい土を入れた。',
     '新しい土を入れた'),  # except-除く-remove: 除き = removing
    ('ja', 'がれきを除いて、道路を開通させた。',
     '道路を開通させた'),  # except-除く-remove: 除いて = having removed
    ('ja', '雪を除いて、兵士たちは道を作った。',
     '兵士たちは道を作った'),  # except-除く-remove: removing the snow
    ('ko', '미국 정부가 그 회사를 제재 대상에서 제외한 결정은 논란을 불렀다.',
     '결정은 논란을 불렀다'),  # except-제외한-relative: a decision that removed the firm
    ('ko', '위원회가 김 씨를 제외한 이유는 밝혀지지 않았다.',
     '이유는 밝혀지지 않았다'),  # except-제외한-relative: the reason for excluding him
    ('ko', '정부는 이 조항을 제외하고 법안을 통과시켰다.',
     '법안을 통과시켰다'),  # except-제외하고-remove: passed the bill minus this clause (arguable)
    ('en', 'Is it surprising that the markets collapsed? Hardly.',
     'the markets collapsed'),  # question-rhetorical-factive: presupposes the collapse
    ('en', 'Is it any wonder the markets collapsed?',
     'the markets collapsed'),  # question-rhetorical-factive: presupposes the collapse
    ('en', 'Did anyone notice that prices had tripled?',
     'prices had tripled'),  # question-factive: presupposes prices tripled
    ('en', 'Has anyone explained why the factory closed?',
     'the factory closed'),  # question-wh-embedded: presupposes the closure
    ('en', 'Does it matter that the dam was built by prisoners?',
     'the dam was built by prisoners'),  # question-factive: presupposes it
    ('en', 'Can anyone forget how the famine killed a million people?',
     'the famine killed a million people'),  # question-rhetorical: presupposes the famine
    ('en', 'Should we be surprised that the talks collapsed?',
     'the talks collapsed'),  # question-rhetorical-factive: presupposes
    ('en', 'Was it a coincidence that the purge followed the summit?',
     'the purge followed the summit'),  # question-factive: presupposes
    ('en', 'Will Ripley reported from Pyongyang. Is anyone surprised the city had no power?',
     'the city had no power'),  # question-rhetorical: 'no' excluded?
    ('en', 'Is it true that the army shelled the town? Yes: satellite images confirm that the army shelled the town.',
     'the army shelled the town'),  # question-answered: a later placement is asserted
    ('en', 'The documentary asks: Is North Korea collapsing? Analysts disagree.',
     'Analysts disagree'),  # question-control: unrelated
    ('en', 'Why did the army shell the town?',
     'the army shell the town'),  # question-wh: presupposes (not yes/no; odd quote)
    ('de', 'Warum hat die Armee die Stadt beschossen?',
     'die Armee die Stadt beschossen'),  # question-wh-de: presupposes
    ('es', '¿Por qué el régimen cerró los mercados en 2009?',
     'el régimen cerró los mercados en 2009'),  # question-wh-es: wh-question presupposes the closure
    ('es', '¿Cuándo el gobierno devaluó la moneda?',
     'el gobierno devaluó la moneda'),  # question-wh-es: presupposes the devaluation
    ('es', '¿Cómo sobrevivieron las familias al invierno de 1997?',
     'sobrevivieron las familias al invierno de 1997'),  # question-wh-es: presupposes survival
    ('es', '¿Sabías que los precios del arroz se triplicaron en 2010?',
     'los precios del arroz se triplicaron en 2010'),  # question-factive-es: presupposes
    ('es', '¿Es sorprendente que los mercados colapsaran tras la reforma?',
     'los mercados colapsaran tras la reforma'),  # question-rhetorical-es: presupposes
    ('es', '¿Quién ordenó que la policía disparara contra los manifestantes?',
     'la policía disparara contra los manifestantes'),  # question-wh-es: presupposes
    ('es', '¿Por qué miles de personas huyeron a China en los años noventa?',
     'miles de personas huyeron a China en los años noventa'),  # question-wh-es: presupposes
    ('fr', 'Pourquoi est-ce que le régime a fermé les marchés en 2009 ?',
     'le régime a fermé les marchés en 2009'),  # question-wh-fr: presupposes the closure
    ('fr', 'Comment est-ce que les familles ont survécu à la famine ?',
     'les familles ont survécu à la famine'),  # question-wh-fr: presupposes survival
    ('fr', 'Quand est-ce que les soldats ont quitté la ville ?',
     'les soldats ont quitté la ville'),  # question-wh-fr: presupposes
    ('fr', 'Qui sait pourquoi est-ce que les prix ont triplé ?',
     'les prix ont triplé'),  # question-wh-fr: presupposes
    ('zh', '你知道粮价涨了三倍吗？',
     '粮价涨了三倍'),  # question-factive-zh: 你知道…吗 presupposes
    ('zh', '有谁注意到边境的铁丝网加高了吗？',
     '边境的铁丝网加高了'),  # question-factive-zh: presupposes
    ('zh', '还记得1990年代数十万人饿死吗？',
     '1990年代数十万人饿死'),  # question-factive-zh: remember that…?
    ('zh', '谁能忘记那场饥荒夺走了上百万人的生命吗？',
     '那场饥荒夺走了上百万人的生命'),  # question-rhetorical-zh: 谁能忘记…吗 presupposes
    ('ja', 'なぜ市場は閉鎖されたのか？',
     '市場は閉鎖された'),  # question-wh-ja: なぜ…のか presupposes
    ('ja', 'どうして数十万人が餓死したのか？',
     '数十万人が餓死した'),  # question-wh-ja: presupposes
    ('ja', '誰が国境警備兵に発砲を命じたのか？',
     '国境警備兵に発砲を命じた'),  # question-wh-ja: presupposes (odd)
    ('ja', 'いつ軍は町から撤退したのですか？',
     '軍は町から撤退した'),  # question-wh-ja: presupposes
    ('ja', '北朝鮮はなぜ核実験を繰り返すのか？',
     '核実験を繰り返す'),  # question-wh-ja: presupposes
    ('ru', 'Разве удивительно, что рынки рухнули?',
     'рынки рухнули'),  # question-rhetorical-ru: comma blocks it
    ('en', 'Defectors asked a simple question: was the army told to shoot? It was, they say: the army was told to shoot.',
     'the army was told to shoot'),  # question-control: later asserted
    ('en', 'If only because of its size, China matters most to Pyongyang.',
     'China matters most to Pyongyang'),  # counterfactual-if-only-because: not counterfactual
    ('en', 'If only for a few hours, the lights came on in Pyongyang.',
     'the lights came on in Pyongyang'),  # counterfactual-if-only-concessive: 'if only for a few hours' = even if briefly
    ('en', 'If only briefly, the markets reopened in May.',
     'the markets reopened in May'),  # counterfactual-if-only-concessive: even if briefly
    ('en', 'Officials said they wish to expand trade with Russia.',
     'to expand trade with Russia'),  # counterfactual-wish-to: 'wish to' = want to (arguable)
    ('en', 'Officials knew the dam would fail, had known for years.',
     'Officials knew the dam would fail'),  # counterfactual-after-had: 'had known' is not a condition
    ('en', 'Guards said the prisoners would be released, had said so since spring.',
     'Guards said the prisoners would be released'),  # counterfactual-after-had: 'had said so'
    ('en', 'Kim promised the rations would rise, had promised it before.',
     'Kim promised the rations would rise'),  # counterfactual-after-had: 'had promised'
    ('en', 'Were the reports accurate? Officials said the army would withdraw by May.',
     'the army would withdraw by May'),  # counterfactual-control: question ended the sentence
    ('en', 'Had enough of the queues, residents would say when rations ran out.',
     'residents would say when rations ran out'),  # counterfactual-had-enough: 'Had enough' is an idiom quoted, not inversion
    ('en', 'Every winter, soldiers would stop anyone who had no travel permit.',
     'soldiers would stop anyone who had no travel permit'),  # counterfactual-control: habitual would
    ('en', 'Were it a normal year, the harvest would be in by October. This year it was in by September, officials said the harvest would be in by October next year.',
     'the harvest would be in by October next year'),  # counterfactual-control: other placement
    ('en', 'Had the regime planned the famine? Historians say the regime would have preferred to avoid it.',
     'the regime would have preferred to avoid it'),  # counterfactual-control: question ends sentence
    ('ja', '市場を歩いていたら、保安員に呼び止められた。',
     '保安員に呼び止められた'),  # counterfactual-ていたら-temporal: 'as I was walking' (factual)
    ('ja', '川で泳いでいたら、国境警備隊に撃たれた。',
     '国境警備隊に撃たれた'),  # counterfactual-でいたら-temporal: 'while swimming' (factual)
    ('ja', '家で寝ていたら、夜中に保衛部が来た。',
     '夜中に保衛部が来た'),  # counterfactual-ていたら-temporal: factual discovery
    ('ja', 'テレビを見ていたら、突然停電した。',
     '突然停電した'),  # counterfactual-ていたら-temporal: factual
    ('ja', '市場で働いていれば、毎日のように賄賂を要求される。',
     '毎日のように賄賂を要求される'),  # counterfactual-ていれば-general: general conditional (arguable)
    ('ko', '굳이 꼽는다면 가장 큰 변화는 장마당의 확산이다.',
     '가장 큰 변화는 장마당의 확산이다'),  # counterfactual-다면-hedge: 'if I had to pick' is not counterfactual
    ('ko', '간단히 말한다면 배급제는 사실상 무너졌다.',
     '배급제는 사실상 무너졌다'),  # counterfactual-다면-hedge: 'to put it simply'
    ('ko', '솔직히 말한다면 당국은 시장을 통제하지 못하고 있다.',
     '당국은 시장을 통제하지 못하고 있다'),  # counterfactual-다면-hedge: 'frankly speaking'
    ('ko', '요약한다면 2019년 이후 밀수가 크게 줄었다.',
     '2019년 이후 밀수가 크게 줄었다'),  # counterfactual-다면-hedge: 'to sum up'
    ('ko', '한마디로 표현한다면 장마당은 북한 경제의 심장이다.',
     '장마당은 북한 경제의 심장이다'),  # counterfactual-다면-hedge: 'in a word'
    ('ko', '국경을 넘다 잡힌다면 정치범수용소로 보내진다.',
     '정치범수용소로 보내진다'),  # counterfactual-다면-general: general conditional (arguable)
    ('ko', '탈북민들의 증언을 종합한다면 공개처형은 2010년대에도 계속되었다.',
     '공개처형은 2010년대에도 계속되었다'),  # counterfactual-다면-hedge: 'putting testimony together'
    ('en', 'Up to 2019, more than 33,000 defectors had arrived in South Korea.',
     'more than 33,000 defectors had arrived in South Korea'),  # until-cumulative: count up to a date stays true
    ('en', 'Until 2017, North Korea had conducted six nuclear tests.',
     'North Korea had conducted six nuclear tests'),  # until-cumulative: still true
    ('en', 'Till 2020, the ministry had registered 1,200 private shops.',
     'the ministry had registered 1,200 private shops'),  # until-cumulative: pluperfect count
    ('en', 'Until 2019, the factory employed 3,000 workers, and it still does.',
     'the factory employed 3,000 workers, and it still does'),  # until-still: quote says it continues
    ('en', 'Until March 2020, when the border closed, traders had crossed freely for decades.',
     'traders had crossed freely for decades'),  # until-relative: commas block (no match expected)
    ('en', 'Until 2011, Kim Jong Il ruled the country.',
     'Kim Jong Il ruled the country'),  # until-past-tense: the quote's past tense already ends it (arguable)
    ('en', 'Until 1994, Kim Il Sung led North Korea.',
     'Kim Il Sung led North Korea'),  # until-past-tense: he did lead it (arguable)
    ('fr', "Jusqu'en 2019, plus de 33 000 transfuges étaient arrivés en Corée du Sud.",
     'plus de 33 000 transfuges étaient arrivés en Corée du Sud'),  # until-cumulative-fr: still true
    ('fr', "Jusqu'à fin 2017, la Corée du Nord avait mené six essais nucléaires.",
     'la Corée du Nord avait mené six essais nucléaires'),  # until-cumulative-fr: still true
    ('es', 'Hasta 2019, más de 33.000 desertores habían llegado a Corea del Sur.',
     'más de 33.000 desertores habían llegado a Corea del Sur'),  # until-cumulative-es: still true
    ('es', 'Hasta el año 2017, Corea del Norte había realizado seis pruebas nucleares.',
     'Corea del Norte había realizado seis pruebas nucleares'),  # until-cumulative-es: still true
    ('es', 'Hasta 2030, el gobierno mantendrá los controles fronterizos, según el plan.',
     'el gobierno mantendrá los controles fronterizos'),  # until-future-es: future, not finished (arguable)
    ('de', 'Bis 2030 soll die Stromproduktion verdoppelt werden.',
     'soll die Stromproduktion verdoppelt werden'),  # until-future-de: bis 2030 = by 2030, a plan
    ('de', 'Bis 2019 waren mehr als 33.000 Überläufer in Südkorea angekommen.',
     'waren mehr als 33.000 Überläufer in Südkorea angekommen'),  # until-cumulative-de: still true
    ('de', 'Bis Ende 2017 hatte Nordkorea sechs Atomtests durchgeführt.',
     'hatte Nordkorea sechs Atomtests durchgeführt'),  # until-cumulative-de: still true
    ('de', 'Bis zum Jahr 2025 will Pjöngjang 50.000 Wohnungen bauen.',
     'will Pjöngjang 50.000 Wohnungen bauen'),  # until-future-de: plan
    ('ru', 'До 2030 года правительство планирует построить 50 000 квартир.',
     'правительство планирует построить 50 000 квартир'),  # until-future-ru: до 2030 года = by 2030, a plan
    ('ru', 'До 2025 года Пхеньян намерен удвоить выработку электроэнергии.',
     'Пхеньян намерен удвоить выработку электроэнергии'),  # until-future-ru: by 2025, a plan
    ('ru', 'До 2019 года в Южную Корею прибыли более 33 000 перебежчиков.',
     'в Южную Корею прибыли более 33 000 перебежчиков'),  # until-cumulative-ru: still true
    ('ru', 'До 2017 года КНДР провела шесть ядерных испытаний.',
     'КНДР провела шесть ядерных испытаний'),  # until-cumulative-ru: still true
    ('zh', '2019年以前，已有三万三千多名脱北者抵达韩国。',
     '已有三万三千多名脱北者抵达韩国'),  # until-cumulative-zh: still true
    ('zh', '2017年之前，朝鲜已进行了六次核试验。',
     '朝鲜已进行了六次核试验'),  # until-cumulative-zh: still true
    ('zh', '2000年前，这里是高句丽的领土。',
     '这里是高句丽的领土'),  # until-years-ago-zh: 2000 years ago (arguable: finished)
    ('zh', '2030年前，政府计划建设五万套住房。',
     '政府计划建设五万套住房'),  # until-future-zh: before 2030, a plan
    ('zh', '2025年前，朝鲜将把发电量翻一番。',
     '朝鲜将把发电量翻一番'),  # until-future-zh: by 2025, a plan
    ('en', 'Formerly, the plant made fertilizer; it now makes explosives. Today the plant made fertilizer headlines again.',
     'the plant made fertilizer headlines again'),  # until-control: other placement
    ('en', 'Ration coupons are still issued on paper.',
     'Ration coupons are still issued'),  # limit-on-paper-literal: literally paper
    ('en', 'Prisoners were forced to write their confessions on paper.',
     'Prisoners were forced to write their confessions'),  # limit-on-paper-literal: literally paper
    ('en', 'The leaflets were printed on paper.',
     'The leaflets were printed'),  # limit-on-paper-literal: literally paper
    ('en', 'Travel permits are stamped on paper, only.',
     'Travel permits are stamped'),  # limit-on-paper-literal: literal
    ('en', 'Students practise calligraphy on paper made from corn husks.',
     'Students practise calligraphy'),  # limit-on-paper-literal: followed by more words (no match expected)
    ('en', "Kim Jong Un's orders arrive on paper; nothing is sent by email.",
     "Kim Jong Un's orders arrive"),  # limit-on-paper-literal: literal
    ('en', 'Defectors drew maps of the camp on paper.',
     'Defectors drew maps of the camp'),  # limit-on-paper-literal: literal
    ('en', 'The market has 500 stalls or so, says one trader.',
     'The market has 500 stalls'),  # limit-or-so-approx: 'or so' = approximately (comma; no match expected)
    ('en', 'Jang Song Thaek was executed in December 2013 for treason, allegedly.',
     'Jang Song Thaek was executed in December 2013'),  # limit-allegedly-other-clause: execution itself not alleged (no match expected)
    ('en', 'The official who ran the mine fled to China, allegedly with the payroll.',
     'The official who ran the mine fled to China'),  # limit-allegedly-other-clause: allegedly scopes over 'with the payroll'
    ('en', 'The man was arrested, allegedly for listening to South Korean radio.',
     'The man was arrested'),  # limit-allegedly-other-clause: the reason is alleged, not the arrest
    ('fr', 'Les prisonniers écrivent leurs aveux sur le papier fourni par les gardes.',
     'Les prisonniers écrivent leurs aveux'),  # limit-sur-le-papier-literal: literally paper
    ('fr', 'Les tickets de rationnement sont imprimés sur le papier le moins cher.',
     'Les tickets de rationnement sont imprimés'),  # limit-sur-le-papier-literal: literally paper
    ('fr', "Il a dessiné la carte du camp sur le papier qu'on lui a donné.",
     'Il a dessiné la carte du camp'),  # limit-sur-le-papier-literal: literally paper
    ('es', 'La actriz brilló en el papel de Kim Jong Suk.',
     'La actriz brilló'),  # limit-en-el-papel-role: 'en el papel de' = in the role of
    ('es', 'China insiste en el papel de la ONU en las negociaciones.',
     'China insiste'),  # limit-en-el-papel-role: 'insistir en el papel' = insist on the role
    ('es', 'Los analistas coinciden en el papel clave de China.',
     'Los analistas coinciden'),  # limit-en-el-papel-role: 'the role'
    ('es', 'El informe hace hincapié en el papel de las mujeres en los mercados.',
     'El informe hace hincapié'),  # limit-en-el-papel-role: 'the role of women'
    ('es', 'Escribió su testimonio sobre el papel que le dieron los guardias.',
     'Escribió su testimonio'),  # limit-sobre-el-papel-literal: literally paper
    ('es', 'Kim Jong Un se centró en el papel del partido en la economía.',
     'Kim Jong Un se centró'),  # limit-en-el-papel-role: role (odd quote)
    ('de', 'Sie zeichnete die Karte des Lagers auf dem Papier, das ihr der Journalist gab.',
     'Sie zeichnete die Karte des Lagers'),  # limit-auf-dem-papier-literal: literally paper
    ('de', 'Die Häftlinge schrieben ihre Geständnisse auf dem Papier der Gefängnisverwaltung.',
     'Die Häftlinge schrieben ihre Geständnisse'),  # limit-auf-dem-papier-literal: literally paper
    ('ru', 'Заключённые писали признания на бумаге.',
     'Заключённые писали признания'),  # limit-на-бумаге-literal: literally paper
    ('ru', 'Продовольственные талоны до сих пор печатают на бумаге.',
     'Продовольственные талоны до сих пор печатают'),  # limit-на-бумаге-literal: literally paper
    ('ru', 'Перебежчики нарисовали схему лагеря на бумаге.',
     'Перебежчики нарисовали схему лагеря'),  # limit-на-бумаге-literal: literally paper
    ('ru', 'Приказы доставляют на бумаге, электронная почта не используется.',
     'Приказы доставляют'),  # limit-на-бумаге-literal: literal
    ('en', 'The ministry said 200 people died, a claim that rights groups dispute.',
     'The ministry said 200 people died'),  # refuted-attribution: the quote says the ministry said it, which is true
    ('en', 'KCNA reported that the harvest doubled, a claim that satellite data contradict.',
     'KCNA reported that the harvest doubled'),  # refuted-attribution: KCNA did report it
    ('en', 'Pyongyang insisted the ship had sunk by accident, a claim Seoul rejects.',
     'Pyongyang insisted the ship had sunk by accident'),  # refuted-attribution: Pyongyang did insist
    ('en', 'Rumours that Kim had died spread in April, a rumour that later turned out to be false.',
     'Rumours that Kim had died spread in April'),  # refuted-rumour-circulated: the rumours did spread
    ('en', 'Officials denied shelling the town, a claim the army later contradicted.',
     'Officials denied shelling the town'),  # refuted-attribution: officials did deny
    ('en', 'The camp held about 5,000 prisoners, an account that other defectors rarely dispute.',
     'The camp held about 5,000 prisoners'),  # refuted-negative-implicit: 'rarely dispute'
    ('en', 'The camp held about 5,000 prisoners, an account that other defectors seldom dispute.',
     'The camp held about 5,000 prisoners'),  # refuted-negative-implicit: 'seldom dispute'
    ('en', 'The army shelled the town, a claim researchers have been unable to contradict.',
     'The army shelled the town'),  # refuted-negative-implicit: 'unable to contradict'
    ('en', 'The army shelled the town, a claim which nobody disputes.',
     'The army shelled the town'),  # refuted-negated: 'nobody' excluded
    ('en', 'The army shelled the town, a claim that even Pyongyang no longer denies.',
     'The army shelled the town'),  # refuted-negated: 'no' excluded
    ('en', 'The army shelled the town, a claim that could hardly be disputed.',
     'The army shelled the town'),  # refuted-negated: 'hardly' excluded
    ('en', 'The army shelled the town (a report the regime, predictably, denies).',
     'The army shelled the town'),  # refuted-predictable-denial: comma blocks (no match expected)
    ('en', 'Defectors describe public executions at the stadium (a report that Pyongyang denies).',
     'Defectors describe public executions at the stadium'),  # refuted-attribution: defectors do describe them
    ('fr', "La rumeur selon laquelle Kim était mort a circulé en avril, ce qui s'est révélé faux.",
     'La rumeur selon laquelle Kim était mort a circulé en avril'),  # refuted-rumour-circulated-fr: the rumour did circulate
    ('fr', 'Le régime affirme que les récoltes ont augmenté, ce qui est faux.',
     'Le régime affirme que les récoltes ont augmenté'),  # refuted-attribution-fr: the regime does affirm it
    ('fr', "Le camp comptait 5 000 prisonniers, ce que personne n'a jamais montré être faux.",
     'Le camp comptait 5 000 prisonniers'),  # refuted-negated-fr: (no match expected)
    ('es', 'Se rumoreó que Kim había muerto, lo que resultó ser falso.',
     'Se rumoreó que Kim había muerto'),  # refuted-rumour-circulated-es: it was rumoured
    ('es', 'El campo albergaba a unos 5.000 presos, lo que no es falso según otros desertores.',
     'El campo albergaba a unos 5.000 presos'),  # refuted-negated-es: 'lo que no es falso' = which is not false
    ('es', 'El campo albergaba a unos 5.000 presos, lo cual nunca fue falso.',
     'El campo albergaba a unos 5.000 presos'),  # refuted-negated-es: 'nunca fue falso'
    ('es', 'El régimen afirma que la cosecha se duplicó, lo que es falso.',
     'El régimen afirma que la cosecha se duplicó'),  # refuted-attribution-es: the regime does affirm it
    ('de', 'Es kursierten Gerüchte, Kim sei tot, was sich später als falsch erwies.',
     'Es kursierten Gerüchte, Kim sei tot'),  # refuted-rumour-circulated-de: the rumours did circulate
    ('de', 'Das Regime behauptete, die Ernte habe sich verdoppelt, was sich als falsch herausstellte.',
     'Das Regime behauptete, die Ernte habe sich verdoppelt'),  # refuted-attribution-de: the regime did claim it
    ('ru', 'Сообщалось, что Ким умер, однако позже это опровергли.',
     'Сообщалось, что Ким умер'),  # refuted-attribution-ru: it was reported
    ('ru', 'Появились слухи о смерти Кима, но это было опровергнуто.',
     'Появились слухи о смерти Кима'),  # refuted-rumour-circulated-ru: rumours did appear
    ('zh', '有报道称金正恩已经死亡，但这一说法是假的。',
     '有报道称金正恩已经死亡'),  # refuted-attribution-zh: there were reports
    ('zh', '网上流传金正恩病重的消息，但这些消息不实。',
     '网上流传金正恩病重的消息'),  # refuted-rumour-circulated-zh: rumours did circulate
    ('zh', '朝中社称粮食产量翻了一番，不过这种说法是错误的。',
     '朝中社称粮食产量翻了一番'),  # refuted-attribution-zh: KCNA did say it
    ('pt', 'Até 2019, mais de 33 mil desertores tinham chegado à Coreia do Sul.',
     'mais de 33 mil desertores tinham chegado à Coreia do Sul'),  # until-cumulative-pt: still true
    ('pt', 'A reforma monetária tem suposto | nada.',
     'nada'),  # crash-check: odd text
    ('it', "La cosiddetta marcia dell'arduo ha ucciso centinaia di migliaia di persone.",
     "marcia dell'arduo ha ucciso centinaia di migliaia di persone"),  # privative-cosiddetta-naming-it: name
    ('en', 'Fake',
     'Fake'),  # crash-check: one-word report
    ('en', 'except',
     'except'),  # crash-check: one-word report
    ('ja', 'のか？',
     'のか'),  # crash-check: minimal
    ('zh', '除了',
     '除了'),  # crash-check: minimal
    ('en', 'Is it? Yes. The mine reopened in 2020.',
     'The mine reopened in 2020'),  # question-control: unrelated
    ('en', '> Had the dam held,\n> the village would have survived, a farmer said.\n\nThe village did survive: the village would have survived anyway.',
     'the village would have survived anyway'),  # counterfactual-control: later placement
    ('en', '| Mine | Status |\n|---|---|\n| Musan | open except Sundays |\n',
     'open except Sundays'),  # except-quoted: in a table
    ('en', 'Had a meeting with the county chief, who said the mine would reopen in May.',
     'who said the mine would reopen in May'),  # counterfactual-had-fragment: interview-notes 'Had a meeting', not inversion
    ('en', 'Had lunch with two traders, who said prices would keep rising.',
     'who said prices would keep rising'),  # counterfactual-had-fragment: notes style
    ('en', 'Were told by guards, she said, that anyone who ran would be shot.',
     'that anyone who ran would be shot'),  # counterfactual-were-fragment: notes style (odd)
    ('en', 'Had the regime planned it, historians ask, the famine would have looked different.',
     'historians ask'),  # counterfactual-control: quote is the aside
    ('en', 'The mine reopened in May, except that it has no electricity.',
     'The mine reopened in May'),  # except-that-caveat: the reopening stands; 'except that' adds a caveat
    ('en', 'The factory resumed production in 2021, except that output is a fraction of what it was.',
     'The factory resumed production in 2021'),  # except-that-caveat: production did resume
    ('en', 'The talks went well, except for a row over the agenda.',
     'The talks went well'),  # except-for-caveat: arguable
    ('en', 'Hyon Song Wol appeared on state TV in 2014, disproving a 2013 story that she had been executed - a story the newspaper later retracted.',
     'Hyon Song Wol appeared on state TV in 2014, disproving a 2013 story that she had been executed'),  # refuted-quote-already-refutes: the quote itself disproves the story
    ('en', "Satellite images contradict KCNA's claim that the harvest doubled, a claim the ministry later withdrew.",
     "Satellite images contradict KCNA's claim that the harvest doubled"),  # refuted-quote-already-refutes: quote reports the contradiction
    ('en', 'Defectors dismissed rumours that the camp had closed, a rumour that later turned out to be false.',
     'Defectors dismissed rumours that the camp had closed'),  # refuted-quote-already-refutes: quote reports the dismissal
    ('en', 'Yonhap reported that Hyon Yong Chol was executed with an anti-aircraft gun, a report the agency later retracted in part.',
     'Yonhap reported that Hyon Yong Chol was executed with an anti-aircraft gun'),  # refuted-attribution: Yonhap did report it
    ('zh', '造假的企业被罚款五万元。',
     '企业被罚款五万元'),  # privative-假-造假: the companies that faked are real
    ('zh', '打假的执法人员在市场上没收了假烟。',
     '执法人员在市场上没收了假烟'),  # privative-假-打假: anti-fake officers are real
    ('zh', '掺假的大米被当局没收。',
     '大米被当局没收'),  # privative-假-掺假: adulterated rice is rice (arguable)
    ('zh', '辨别真假的方法是看水印。',
     '方法是看水印'),  # privative-假-真假: excluded by the rule
    ('en', 'Until 2019, Kim Jong Un had met Xi Jinping five times.',
     'Kim Jong Un had met Xi Jinping five times'),  # until-cumulative: still true
    ('en', 'Until late 2020, the regime had reported no Covid cases.',
     'the regime had reported no Covid cases'),  # until-cumulative: still true (negation)
    ('en', 'Until 2024, about 34,000 defectors had reached South Korea, the unification ministry says.',
     'about 34,000 defectors had reached South Korea'),  # until-cumulative: still true
    ('ko', '2019년까지 3만 3천여 명의 탈북민이 한국에 입국했다.',
     '3만 3천여 명의 탈북민이 한국에 입국했다'),  # until-cumulative-ko: (no rule for ko)
    ('ja', '2019年までに3万3000人以上の脱北者が韓国に到着した。',
     '3万3000人以上の脱北者が韓国に到着した'),  # until-cumulative-ja: (no rule for ja)
    ('en', 'Is the famine over? No one in Hyesan believes it is. Residents say the famine is not over.',
     'Residents say the famine is not over'),  # question-control: later sentence
    ('en', "Kim's slogan was 'Is there anything we cannot do?' The slogan appeared on posters everywhere.",
     'The slogan appeared on posters everywhere'),  # question-control: unrelated
    ('en', 'Has North Korea tested a missile this year? Yes, and it has tested a missile every month.',
     'it has tested a missile every month'),  # question-control: the answer
    ('en', 'Did the regime know? It did: officials knew the dam would fail.',
     'officials knew the dam would fail'),  # question-control: the answer
    ('en', 'Should the sanctions stay? Most analysts say the sanctions should stay.',
     'the sanctions should stay'),  # question-control: later placement asserted
    ('de', 'Ist das Regime stabil? Experten sagen, das Regime ist stabil.',
     'das Regime ist stabil'),  # question-control-de: later placement asserted
    ('es', '¿Funciona el mercado? Sí: el mercado funciona todos los días.',
     'el mercado funciona todos los días'),  # question-control-es: answer
    ('fr', 'Est-ce que le marché fonctionne ? Oui : le marché fonctionne tous les jours.',
     'le marché fonctionne tous les jours'),  # question-control-fr: answer
    ('en', 'He taught at a school where, in name only, religion was free. The teachers were paid in rice.',
     'The teachers were paid in rice'),  # limit-control: unrelated
    ('en', "The regime's plans exist on paper only. The plans exist on paper and in speeches.",
     'The plans exist on paper and in speeches'),  # limit-on-paper-quoted: quote includes it
    ('en', 'The cadres were paid in rice, or so the defectors said in interviews. They were paid in rice.',
     'They were paid in rice'),  # limit-control: later sentence
    ('fr', 'Les bons sont imprimés sur le papier journal du Rodong Sinmun.',
     'Les bons sont imprimés'),  # limit-sur-le-papier-literal: newsprint
    ('de', 'Die Befehle kamen auf dem Papier, nicht per Telefon.',
     'Die Befehle kamen'),  # limit-auf-dem-papier-literal: came on paper, not by phone
    ('es', 'Los cupones se imprimen en el papel más barato disponible.',
     'Los cupones se imprimen'),  # limit-en-el-papel-literal: printed on the cheapest paper
    ('en', 'Police in Dandong seized 40,000 anti-counterfeit labels printed for North Korean cigarette brands.',
     'labels printed for North Korean cigarette brands'),  # privative-anti: anti-counterfeit labels
    ('en', 'The new 5,000-won note carries anti-counterfeit features such as a hologram strip.',
     'features such as a hologram strip'),  # privative-anti: anti-counterfeit features
    ('en', 'Customs officers trained in anti-fake inspection methods now staff the Sinuiju crossing.',
     'inspection methods now staff the Sinuiju crossing'),  # privative-anti: anti-fake inspection
    ('en', 'Experts said the banknotes were not fake. Traders in Hyesan accepted them at face value.',
     'Traders in Hyesan accepted them at face value'),  # privative-sentence: fake ends previous sentence
    ('en', 'KCNA dismissed the footage as fake, and state television aired a rebuttal the next day.',
     'state television aired a rebuttal the next day'),  # privative-clause: fake then comma
    ('en', 'Defectors say cadres routinely fake harvest figures to meet quotas set in Pyongyang.',
     'cadres routinely fake harvest figures to meet quotas'),  # privative-in-quote: fake inside quote
    ('en', 'Fake cigarettes labelled as Chinese brands are produced in Pyongyang factories and smuggled north.',
     'Fake cigarettes labelled as Chinese brands are produced in Pyongyang factories'),  # privative-in-quote: fake included
    ('en', 'Room 39 is believed to counterfeit pharmaceuticals for export to Southeast Asia.',
     'pharmaceuticals for export to Southeast Asia'),  # privative-verb: counterfeit as verb
    ('en', 'The photographs, which some bloggers claimed were fake, were verified by satellite imagery.',
     'were verified by satellite imagery'),  # privative-clause: fake, then main verb
    ('en', 'Is the video real or fake? Experts at the institute concluded it was authentic.',
     'Experts at the institute concluded it was authentic'),  # privative-sentence: fake?
    ('en', "The regime's pseudo-scientific campaign promoted herbal cures for COVID-19.",
     'campaign promoted herbal cures for COVID-19'),  # privative-hyphen: pseudo-scientific
    ('en', 'Officials supposedly in charge of the investigation were themselves arrested in May.',
     'Officials supposedly in charge of the investigation were themselves arrested in May'),  # privative-in-quote: supposedly included
    ('en', 'The bogus claims were traced to a single YouTube channel, the ministry said.',
     'The bogus claims were traced to a single YouTube channel'),  # privative-in-quote: bogus included
    ('en', 'Investigators found that sham marriages were used to obtain Chinese residence permits.',
     'sham marriages were used to obtain Chinese residence permits'),  # privative-in-quote: sham included
    ('en', 'A phone call from a fake NIS officer tricked three defectors out of their savings.',
     'tricked three defectors out of their savings'),  # privative-mid: quote starts later
    ('en', 'The agency warned about counterfeit medicine. Genuine antibiotics now sell for 30,000 won a box in Hyesan.',
     'Genuine antibiotics now sell for 30,000 won a box in Hyesan'),  # privative-sentence: new sentence
    ('en', 'Fake dollars are common; real ones trade at a premium of about 5 percent.',
     'real ones trade at a premium of about 5 percent'),  # privative-clause: semicolon
    ('en', 'He was jailed for selling fake rice at Sunchon market, where police raids have since become weekly.',
     'at Sunchon market, where police raids have since become weekly'),  # privative-mid: different constituent
    ('fr', 'Les douaniers chinois ont saisi des faux billets de cent dollars. Les vrais billets restent rares à Sinuiju.',
     'Les vrais billets restent rares à Sinuiju'),  # privative-sentence: faux earlier sentence
    ('fr', 'Le régime a prétendu que le navire transportait des engrais, mais les images montrent du charbon.',
     'les images montrent du charbon'),  # privative-mid: prétendu verb earlier
    ('fr', 'Selon le transfuge, les cadres falsifient les chiffres de récolte chaque automne.',
     'les cadres falsifient les chiffres de récolte chaque automne'),  # privative-verb: falsifier
    ('fr', "Pyongyang a qualifié ces rapports de faux et a convoqué le chargé d'affaires.",
     "a convoqué le chargé d'affaires"),  # privative-clause: faux et
    ('fr', 'Des faux médicaments circulent dans les marchés frontaliers, selon Daily NK.',
     'Des faux médicaments circulent dans les marchés frontaliers'),  # privative-in-quote: faux included
    ('fr', 'Le ministère affirme que tout est faux. Les images satellites montrent pourtant trois nouveaux bâtiments.',
     'Les images satellites montrent pourtant trois nouveaux bâtiments'),  # privative-sentence: faux.
    ('fr', 'Les passeports saisis étaient authentiques, pas faux, selon la police de Dandong.',
     'Les passeports saisis étaient authentiques'),  # privative-after: pas faux
    ('fr', 'La police a arrêté un faussaire qui imprimait des tickets de rationnement.',
     'un faussaire qui imprimait des tickets de rationnement'),  # privative-noun: faussaire
    ('es', 'La policía china decomisó pasaportes falsos. Los pasaportes auténticos se venden por 5.000 dólares.',
     'Los pasaportes auténticos se venden por 5.000 dólares'),  # privative-sentence: falsos earlier
    ('es', 'Según el desertor, los cuadros falsifican las cifras de cosecha cada otoño.',
     'los cuadros falsifican las cifras de cosecha cada otoño'),  # privative-verb: falsificar
    ('es', 'El presunto espía fue liberado tras dos años, informó la agencia Yonhap.',
     'El presunto espía fue liberado tras dos años'),  # privative-in-quote: presunto included
    ('es', 'Los certificados de vacunación falsos se venden en el mercado de Hyesan.',
     'Los certificados de vacunación falsos se venden en el mercado de Hyesan'),  # privative-in-quote: falsos included
    ('es', 'Las autoridades destruyeron billetes falsos y auténticos por igual durante la redada.',
     'Las autoridades destruyeron billetes falsos y auténticos por igual'),  # privative-in-quote: falsos y auténticos
    ('es', 'Seúl calificó las acusaciones de infundadas; Pyongyang insistió en que eran ciertas.',
     'Pyongyang insistió en que eran ciertas'),  # privative-clause: no privative
    ('de', 'Die Polizei in Dandong beschlagnahmte gefälschte Dollarnoten. Echte Noten werden mit Aufschlag gehandelt.',
     'Echte Noten werden mit Aufschlag gehandelt'),  # privative-sentence: gefälschte earlier
    ('de', 'Nach Angaben des Überläufers wurden die Dokumente in Dandong gefälscht, bevor sie nach Sinuiju gelangten.',
     'bevor sie nach Sinuiju gelangten'),  # privative-clause: gefälscht, comma
    ('de', 'Die angeblichen Spione wurden nach zwei Jahren freigelassen, meldete Yonhap.',
     'Die angeblichen Spione wurden nach zwei Jahren freigelassen'),  # privative-in-quote: angeblichen included
    ('de', 'Das Ministerium hat die Berichte als gefälscht zurückgewiesen und den Botschafter einbestellt.',
     'den Botschafter einbestellt'),  # privative-mid: not adjacent
    ('de', 'Die Lebensmittelkarten, die er gefälscht hatte, wurden bei einer Razzia gefunden.',
     'wurden bei einer Razzia gefunden'),  # privative-clause: gefälscht hatte,
    ('ru', 'Таможня изъяла поддельные доллары. Настоящие купюры продаются с наценкой.',
     'Настоящие купюры продаются с наценкой'),  # privative-sentence: earlier sentence
    ('ru', 'По словам перебежчика, кадровые работники фальсифицируют данные об урожае.',
     'кадровые работники фальсифицируют данные об урожае'),  # privative-verb: фальсифицируют
    ('ru', 'Фальшивые сигареты производятся на фабриках в Пхеньяне.',
     'Фальшивые сигареты производятся на фабриках в Пхеньяне'),  # privative-in-quote: included
    ('ko', '중국 세관은 위조 달러를 압수했다. 진짜 달러는 웃돈을 얹어 거래된다.',
     '진짜 달러는 웃돈을 얹어 거래된다'),  # privative-sentence: 진짜
    ('ko', '보위부는 여권이 위조된 사실을 확인하고 브로커를 체포했다.',
     '브로커를 체포했다'),  # privative-mid: 위조된 earlier
    ('ko', '가짜 백신 증명서가 혜산 장마당에서 팔리고 있다.',
     '가짜 백신 증명서가 혜산 장마당에서 팔리고 있다'),  # privative-in-quote: 가짜 included
    ('ko', '북한 매체는 이 보도를 가짜라고 주장했지만 위성사진은 새 건물을 보여준다.',
     '위성사진은 새 건물을 보여준다'),  # privative-mid: 가짜라고 earlier
    ('ko', '진짜와 가짜를 구별하기 어렵다고 상인들은 말했다.',
     '상인들은 말했다'),  # privative-mid: 가짜를
    ('zh', '中国海关查获了伪造的美元。真钞在新义州以溢价交易。',
     '真钞在新义州以溢价交易'),  # privative-sentence: 伪造的 earlier sentence
    ('zh', '据脱北者称，干部每年秋天都伪造收成数据。',
     '干部每年秋天都伪造收成数据'),  # privative-in-quote: 伪造 verb included
    ('zh', '假冒的中国香烟在平壤工厂生产。',
     '假冒的中国香烟在平壤工厂生产'),  # privative-in-quote: included
    ('zh', '崔龙海今年3月被撤职，外界对此并无异议。',
     '崔龙海今年3月被撤职'),  # privative-none: plain
    ('zh', '当局严厉打击假冒伪劣商品，惠山市场上的药品价格随之上涨。',
     '惠山市场上的药品价格随之上涨'),  # privative-clause: 假冒 earlier clause
    ('ja', '中国の税関は偽造ドルを押収した。本物のドル札は割増価格で取引されている。',
     '本物のドル札は割増価格で取引されている'),  # privative-sentence: earlier
    ('ja', '報道の真偽の検証には時間がかかると専門家は指摘した。',
     '検証には時間がかかると専門家は指摘した'),  # privative-substring: 真偽の contains 偽の
    ('ja', 'この情報の真偽のほどは定かではないが、複数の脱北者が同様の証言をしている。',
     '複数の脱北者が同様の証言をしている'),  # privative-clause: 真偽の earlier
    ('ja', '偽のワクチン証明書が恵山の市場で売られている。',
     '偽のワクチン証明書が恵山の市場で売られている'),  # privative-in-quote: included
    ('ja', '情報の真偽の確認作業は現在も続いている。',
     '確認作業は現在も続いている'),  # privative-substring: 真偽の確認
    ('zh', '记者难以核实消息的真伪造成的影响仍在扩大。',
     '影响仍在扩大'),  # privative-none: 真伪 not matched
    ('en', 'Trade with China all but stopped in 2020, except for medical supplies shipped through Nampo.',
     'Trade with China all but stopped in 2020'),  # except-allbut: all but = nearly
    ('en', 'Cross-border trade has all but collapsed, except for a trickle of state-approved shipments.',
     'Cross-border trade has all but collapsed'),  # except-allbut: all but = nearly
    ('en', 'On the whole, markets operated normally, except in the border areas under lockdown.',
     'On the whole, markets operated normally'),  # except-onthewhole: on the whole = mostly
    ('en', 'Power cuts have become all the more frequent, except in central Pyongyang.',
     'Power cuts have become all the more frequent'),  # except-allthemore: not universal
    ('en', 'Most factories stood idle, except the munitions plants in Jagang.',
     'Most factories stood idle'),  # except-most: no universal
    ('en', 'Above all, the regime fears information from the South, save for what it can use as propaganda.',
     'Above all, the regime fears information from the South'),  # except-aboveall: above all = chiefly
    ('en', 'After all, the markets feed most families, except those of senior cadres.',
     'After all, the markets feed most families'),  # except-afterall: after all
    ('en', 'In all, 23 people were publicly executed in 2022, except that the figure may be incomplete.',
     'In all, 23 people were publicly executed in 2022'),  # except-that: except that excluded
    ('en', 'Nearly all the mines reopened in May, except the one at Musan.',
     'Nearly all the mines reopened in May'),  # except-nearly: nearly all allowed
    ('en', 'Almost every household in Hyesan owns a mobile phone, except in the poorest districts.',
     'Almost every household in Hyesan owns a mobile phone'),  # except-almost: almost every allowed
    ('en', 'All of the defectors interviewed said they had watched South Korean dramas. Except for one, they had watched them on USB sticks.',
     'All of the defectors interviewed said they had watched South Korean dramas'),  # except-sentence: next sentence
    ('en', 'Every unit was placed on alert, except when the drills paused for the holiday.',
     'Every unit was placed on alert'),  # except-when: except when excluded
    ('en', 'Nobody was allowed into the zone except to collect bodies, a witness said.',
     'Nobody was allowed into the zone'),  # except-to: except to excluded
    ('en', 'Everyone in the village was mobilised for rice planting, except perhaps the elderly.',
     'Everyone in the village was mobilised for rice planting'),  # except-perhaps: hedged exception excluded
    ('en', 'The regime launched an all-out campaign against foreign media, except for Chinese broadcasts it could not jam.',
     'The regime launched an all-out campaign against foreign media'),  # except-allout: all-out not universal
    ('en', 'Kim called for all-round development of the economy, except in sectors hit by sanctions.',
     'Kim called for all-round development of the economy'),  # except-allround: all-round not universal
    ('en', 'The two delegations accused each other of violating the truce, except on the matter of the hotline.',
     'The two delegations accused each other of violating the truce'),  # except-eachother: each other not universal
    ('en', 'The official, who had attended all seven launches, was absent from the parade, except for a brief appearance at the end.',
     'who had attended all seven launches'),  # except-scope: universal in relative clause, quote ends earlier
    ('fr', 'Tout de même, les marchés sont restés ouverts, sauf à Sinuiju.',
     'Tout de même, les marchés sont restés ouverts'),  # except-toutdememe: tout de même = still
    ('fr', 'Une personne a été arrêtée à Hyesan, sauf erreur de notre part.',
     'Une personne a été arrêtée à Hyesan'),  # except-personne: personne = a person; sauf erreur
    ('fr', "La plupart des usines sont à l'arrêt, sauf celles de munitions.",
     "La plupart des usines sont à l'arrêt"),  # except-most: no universal
    ('fr', 'Tous les otages ont été libérés sains et saufs, a indiqué Séoul.',
     'Tous les otages ont été libérés sains et saufs'),  # except-saufs: sains et saufs in quote
    ('fr', 'Toutes les mines ont rouvert, sauf si les pluies reprennent.',
     'Toutes les mines ont rouvert'),  # except-si: sauf si excluded
    ('es', 'Los cortes de electricidad son cada vez más frecuentes, excepto en Pyongyang.',
     'Los cortes de electricidad son cada vez más frecuentes'),  # except-cadavez: cada vez más = increasingly
    ('es', 'Los precios subieron, sobre todo en Hyesan, salvo el del maíz.',
     'Los precios subieron, sobre todo en Hyesan'),  # except-sobretodo: sobre todo = especially
    ('es', 'Con todo, los mercados siguieron abiertos, salvo en la zona fronteriza.',
     'Con todo, los mercados siguieron abiertos'),  # except-contodo: con todo = nonetheless
    ('es', 'Todos los pescadores regresaron sanos y salvos, informó Seúl.',
     'Todos los pescadores regresaron sanos y salvos'),  # except-salvos: in quote
    ('es', 'Todas las minas reabrieron, salvo que las lluvias lo impidan.',
     'Todas las minas reabrieron'),  # except-salvoque: excluded
    ('es', 'La mayoría de las fábricas está parada, excepto las de municiones.',
     'La mayoría de las fábricas está parada'),  # except-most: no universal
    ('de', 'Vor allem junge Menschen nutzen USB-Sticks, außer in Pjöngjang, wo die Kontrollen strenger sind.',
     'Vor allem junge Menschen nutzen USB-Sticks'),  # except-vorallem: vor allem = especially
    ('de', 'Trotz allem blieben die Märkte geöffnet, außer an Feiertagen.',
     'Trotz allem blieben die Märkte geöffnet'),  # except-trotzallem: trotz allem = nonetheless
    ('de', 'Die meisten Fabriken stehen still, außer den Munitionswerken.',
     'Die meisten Fabriken stehen still'),  # except-most: no universal
    ('de', 'Alle Verletzten sind inzwischen außer Lebensgefahr, teilte das Ministerium mit.',
     'Alle Verletzten sind inzwischen außer Lebensgefahr'),  # except-gefahr: in quote
    ('de', 'Alle Minen wurden wieder geöffnet, außer Betrieb blieb nur die Mine in Musan.',
     'Alle Minen wurden wieder geöffnet'),  # except-betrieb: außer Betrieb excluded
    ('de', 'Die Züge fahren alle zwei Wochen, außer im Winter.',
     'Die Züge fahren alle zwei Wochen'),  # except-allezwei: alle zwei Wochen (frequency)
    ('ru', 'Перебои с электричеством случаются всё чаще, кроме Пхеньяна.',
     'Перебои с электричеством случаются всё чаще'),  # except-vsechashe: всё чаще = more and more often
    ('ru', 'Тем не менее рынки всё же работали, кроме приграничных районов.',
     'Тем не менее рынки всё же работали'),  # except-vsezhe: всё же = still
    ('ru', 'Цены на рис всё ещё растут, за исключением Пхеньяна.',
     'Цены на рис всё ещё растут'),  # except-vseeshche: всё ещё = still
    ('ru', 'Все шахты вновь открылись. Кроме того, возобновилась торговля углём.',
     'Все шахты вновь открылись'),  # except-krometogo: кроме того = moreover
    ('ru', 'Большинство заводов простаивает, кроме оборонных.',
     'Большинство заводов простаивает'),  # except-most: no universal
    ('zh', '除了大米以外，朝鲜每年还从中国进口约20万吨玉米。',
     '朝鲜每年还从中国进口约20万吨玉米'),  # except-chuleh-also: 除了…以外…还 = in addition
    ('zh', '除了化肥之外，所有援助物资也已运抵新义州。',
     '所有援助物资也已运抵新义州'),  # except-chuleh-also: 除了…之外…也 = besides
    ('zh', '除了平壤以外，大多数城市都出现了停电。',
     '大多数城市都出现了停电'),  # except-most: no universal
    ('zh', '除了市场管理员之外，每个摊主还要向保卫部缴纳费用。',
     '每个摊主还要向保卫部缴纳费用'),  # except-chuleh-also: 还 = also
    ('ja', '平壌を除く地域では停電が続いている。',
     '停電が続いている'),  # except-ja-nouniversal: no universal in quote
    ('ja', '地雷を除く作業は安全上の理由で中断された。',
     '作業は安全上の理由で中断された'),  # except-ja-remove: を除く = remove; 安全 contains 全
    ('ja', '障害を除く努力を全面的に進めると朝鮮中央通信は伝えた。',
     '努力を全面的に進めると朝鮮中央通信は伝えた'),  # except-ja-remove: を除く = remove; 全面的
    ('ko', '평양을 제외한 지역에서는 정전이 계속되고 있다.',
     '지역에서는 정전이 계속되고 있다'),  # except-ko-nouniversal: no universal
    ('en', 'Did the sanctions work? The data suggest they did: exports fell 90 percent in 2018.',
     'exports fell 90 percent in 2018'),  # question-answered: quote in the answer
    ('en', 'Why did the regime close the markets? Officials cited hoarding.',
     'Officials cited hoarding'),  # question-why: quote outside
    ('en', 'Is there any doubt the regime executed him? Two witnesses saw the execution.',
     'Two witnesses saw the execution'),  # question-outside: next sentence
    ('en', 'Were the missiles launched from a submarine, as Seoul claims, or from a barge?',
     'Were the missiles launched from a submarine'),  # question-included: opening in quote
    ('en', 'Analysts asked: did Kim attend the ceremony? He did, state TV later showed.',
     'He did, state TV later showed'),  # question-answer: quote after
    ('en', 'Has the border reopened? Not yet, traders say, though freight trains run daily.',
     'freight trains run daily'),  # question-outside: quote later
    ('en', 'Does Pyongyang still depend on Chinese oil? Customs data show it does, to the tune of 500,000 tons a year.',
     'Customs data show it does, to the tune of 500,000 tons a year'),  # question-answer: quote after
    ('en', 'The satellite images show trucks at the site. Could this be a sign of a seventh nuclear test? Analysts are divided.',
     'Analysts are divided'),  # question-outside: quote later
    ('en', 'Officials in the U.S. will decide whether to resume talks in March.',
     'will decide whether to resume talks in March'),  # question-abbrev: U.S. will, no ?
    ('en', 'Is North Korea preparing a nuclear test? It is, according to the NIS, which cited activity at Punggye-ri.',
     'according to the NIS, which cited activity at Punggye-ri'),  # question-answer: quote later
    ('en', "Who ordered the shelling? The army's Fourth Corps, a defector said.",
     "The army's Fourth Corps, a defector said"),  # question-who: quote answer
    ('en', 'How many died in the floods? At least 150, according to local sources.',
     'At least 150, according to local sources'),  # question-how: quote answer
    ('de', 'Hat das Regime die Märkte geschlossen? Nein, sie sind weiter geöffnet, sagen Händler.',
     'sie sind weiter geöffnet, sagen Händler'),  # question-answer: quote after
    ('de', 'Warum hat das Regime die Grenze geschlossen? Offiziell wegen der Pandemie.',
     'Offiziell wegen der Pandemie'),  # question-why: quote after
    ('fr', 'Est-ce que les sanctions fonctionnent ? Les exportations ont chuté de 90 % en 2018.',
     'Les exportations ont chuté de 90 % en 2018'),  # question-answer: quote after
    ('fr', 'Pourquoi le régime a-t-il fermé les marchés ? Les autorités invoquent la spéculation.',
     'Les autorités invoquent la spéculation'),  # question-why: quote after
    ('es', '¿Funcionaron las sanciones? Los datos muestran que las exportaciones cayeron un 90 %.',
     'las exportaciones cayeron un 90 %'),  # question-answer: quote after
    ('es', '¿Por qué cerró el régimen los mercados? Las autoridades alegaron acaparamiento.',
     'Las autoridades alegaron acaparamiento'),  # question-why: quote after
    ('ru', 'Закрыл ли режим рынки? Нет, торговцы говорят, что они работают.',
     'торговцы говорят, что они работают'),  # question-answer: quote after
    ('ru', 'Почему режим закрыл границу? Официально из-за пандемии.',
     'Официально из-за пандемии'),  # question-why: after
    ('zh', '朝鲜关闭了市场吗？商人们说市场照常营业。',
     '商人们说市场照常营业'),  # question-answer: quote after
    ('zh', '你知道粮价涨了三倍吗？这是惠山商人告诉我们的。',
     '这是惠山商人告诉我们的'),  # question-answer: after
    ('zh', '为什么当局关闭了边境？官方称是出于防疫考虑。',
     '官方称是出于防疫考虑'),  # question-why: after
    ('ja', '北朝鮮は市場を閉鎖したのか？商人たちは市場は通常通り営業していると話す。',
     '商人たちは市場は通常通り営業していると話す'),  # question-answer: after
    ('ja', 'なぜ当局は国境を閉鎖したのか？公式には防疫のためだ。',
     '公式には防疫のためだ'),  # question-why: after
    ('ko', '북한이 시장을 폐쇄했는가? 상인들은 시장이 정상 영업 중이라고 말한다.',
     '상인들은 시장이 정상 영업 중이라고 말한다'),  # question-answer: after
    ('en', 'If only partially, the new rules would allow farmers to keep 30 percent of their harvest.',
     'the new rules would allow farmers to keep 30 percent of their harvest'),  # counterfactual-ifonly-concessive: if only partially = even if partially
    ('en', 'If only temporarily, the price cap would ease shortages in Hyesan, traders said.',
     'the price cap would ease shortages in Hyesan'),  # counterfactual-ifonly-concessive: if only temporarily
    ('en', 'If only symbolically, the visit would mark a thaw in relations with Beijing.',
     'the visit would mark a thaw in relations with Beijing'),  # counterfactual-ifonly-concessive: if only symbolically
    ('en', 'If only on paper, the decree would give women the right to own market stalls.',
     'the decree would give women the right to own market stalls'),  # counterfactual-ifonly-concessive: if only on paper
    ('en', 'If only for a few hours, the hotline would be reopened daily.',
     'the hotline would be reopened daily'),  # counterfactual-ifonly-for: excluded
    ('en', 'Were North Korea to conduct a seventh nuclear test, Beijing would likely back new sanctions, diplomats said.',
     'Beijing would likely back new sanctions'),  # counterfactual-wereto: hypothetical future, not contrary to fact
    ('en', 'Were Pyongyang to reopen the border, Chinese traders would return within weeks.',
     'Chinese traders would return within weeks'),  # counterfactual-wereto: hypothetical future
    ('en', 'Had a meeting with the Chinese ambassador, the minister said trade would resume.',
     'the minister said trade would resume'),  # counterfactual-hada: excluded
    ('en', "Kim's dying wish was that the canal be finished by 1995.",
     'the canal be finished by 1995'),  # wish-noun: dying wish that
    ('en', 'Kim sent his best wishes to Putin on his birthday, KCNA said.',
     'to Putin on his birthday'),  # wish-to: excluded
    ('en', 'Defectors who wish to remain anonymous described beatings at the Onsong detention center.',
     'to remain anonymous'),  # wish-to: excluded
    ('en', 'Kim Jong Un sent a message of best wishes for the success of the summit in Vladivostok.',
     'for the success of the summit in Vladivostok'),  # wish-noun: best wishes for (quote is object)
    ('en', 'KCNA said the leader extended warm wishes the Russian people would enjoy peace and prosperity.',
     'KCNA said the leader extended warm wishes'),  # wish-inquote: wish in quote
    ('en', "The Great Leader's wish, the editorial said, was realised when the canal opened in 1986.",
     'was realised when the canal opened in 1986'),  # wish-noun: comma
    ('en', 'Had the sanctions been enforced, analysts say, the Chinese trade data would look very different.',
     'Had the sanctions been enforced, analysts say, the Chinese trade data would look very different'),  # counterfactual-included: condition in quote
    ('en', 'The village would have survived had the dam held.',
     'The village would have survived had the dam held'),  # counterfactual-included: condition after, quoted
    ('en', 'Residents say they wish to leave, but travel permits now cost $500.',
     'travel permits now cost $500'),  # wish-outside: quote later
    ('en', 'Were the reports accurate? Officials at the ministry would not say.',
     'Officials at the ministry would not say'),  # counterfactual-question: Were ...? then would
    ('en', 'Transactions at the Hyesan market are still recorded by hand, on paper.',
     'Transactions at the Hyesan market are still recorded by hand'),  # limit-onpaper-literal: literal paper
    ('en', 'Exams at Kim Il Sung University are still taken the old way, on paper.',
     'Exams at Kim Il Sung University are still taken the old way'),  # limit-onpaper-literal: literal paper
    ('en', 'Propaganda reaches rural areas through loudspeakers rather than on paper.',
     'Propaganda reaches rural areas through loudspeakers'),  # limit-onpaper-literal: no comma
    ('en', 'The leaflets were printed on paper and cloth.',
     'The leaflets were printed'),  # limit-onpaper-literal: on paper and
    ('en', 'The trial lasted an hour or so, the defector said.',
     'The trial lasted an hour'),  # limit-orso-approx: or so, comma
    ('en', 'The shelling stopped ten minutes or so after the commander said the drill was over.',
     'The shelling stopped ten minutes'),  # limit-orso-approx: or so = about, then 'said'
    ('en', 'Some 5,000 people or so who say they were bussed in lined the streets.',
     'Some 5,000 people'),  # limit-orso-approx: or so then 'say'
    ('en', 'The agreement remains in force, at least on paper, and inspections resumed in May.',
     'inspections resumed in May'),  # limit-outside: quote later
    ('en', 'The cooperative farms are run by the state in theory and by managers in practice.',
     'The cooperative farms are run by the state'),  # limit-theory-nocomma: no comma (miss-ish)
    ('en', 'Kim Jong Un is, officially at least, the head of the state affairs commission.',
     'the head of the state affairs commission'),  # limit-officially: different position
    ('en', 'Prices doubled in a month or so, traders in Hyesan said.',
     'Prices doubled in a month'),  # limit-orso-approx: or so, comma
    ('fr', 'Les transactions sont encore enregistrées à la main, sur papier.',
     'Les transactions sont encore enregistrées à la main'),  # limit-papier-literal: sur papier
    ('fr', "Les tracts ont été imprimés sur le papier fourni par l'ONG.",
     'Les tracts ont été imprimés'),  # limit-papier-literal
    ('es', 'Las transacciones se registran a mano, en papel.',
     'Las transacciones se registran a mano'),  # limit-papel-literal
    ('es', 'Kim desempeñó un papel clave, al menos en el papel de mediador.',
     'Kim desempeñó un papel clave'),  # limit-papel-role: al menos en el papel de
    ('de', 'Die Prüfungen werden noch auf Papier geschrieben.',
     'Die Prüfungen werden noch'),  # limit-papier-literal
    ('ru', 'Сделки по-прежнему записывают от руки, на бумаге.',
     'Сделки по-прежнему записывают от руки'),  # limit-bumaga-literal
    ('en', "Guards beat prisoners daily at the camp, an account that contradicts the regime's claims of humane treatment.",
     'Guards beat prisoners daily at the camp'),  # refuted-contradicts-other: the account contradicts the regime
    ('en', "Satellite images show coal ships loading at Nampo in May, a report that contradicts Pyongyang's claims of sanctions compliance.",
     'Satellite images show coal ships loading at Nampo in May'),  # refuted-contradicts-other: report contradicts Pyongyang
    ('en', "Some 11 million North Koreans are undernourished, the UN estimated, in a report that contradicted Pyongyang's harvest figures.",
     'Some 11 million North Koreans are undernourished, the UN estimated'),  # refuted-inareport: report contradicts others; estimated not attribution word
    ('en', 'Food prices rose 40 percent last year, the agency found, in a report that disputed official inflation data.',
     'Food prices rose 40 percent last year, the agency found'),  # refuted-inareport: found not attribution word
    ('en', 'Ri Sol Ju had not appeared in public for months, a report the agency later confirmed.',
     'Ri Sol Ju had not appeared in public for months'),  # refuted-confirmed: confirmed not denied
    ('en', 'Some 200 soldiers defected that year, a claim nobody has disputed.',
     'Some 200 soldiers defected that year'),  # refuted-doubted: nobody disputed
    ('en', "Defectors say public executions resumed in 2022, an account that contradicts the regime's denials.",
     'Defectors say public executions resumed in 2022'),  # refuted-own: attribution in quote
    ('en', 'Traders in Hyesan were forced to buy state bonds, an account that contradicts official statements that purchases were voluntary.',
     'Traders in Hyesan were forced to buy state bonds'),  # refuted-contradicts-other: account contradicts officials
    ('en', "About 20,000 people are held at Camp 25 (a claim that contradicts Pyongyang's insistence that no camps exist).",
     'About 20,000 people are held at Camp 25'),  # refuted-contradicts-other: paren
    ('en', 'The ministry dismissed the rumour as baseless, and prices stabilised within a week.',
     'prices stabilised within a week'),  # refuted-outside
    ('fr', "Les autorités ont fermé la frontière en janvier, invoquant une épidémie de choléra, ce qui s'est révélé faux.",
     'Les autorités ont fermé la frontière en janvier'),  # refuted-fr-interposed: the pretext was false, not the closure
    ('fr', "Le ministère a démenti la rumeur, ce qui s'est révélé exact.",
     'Le ministère a démenti la rumeur'),  # refuted-fr-exact: révélé exact
    ('fr', "Le régime a fermé les marchés en mars, officiellement pour lutter contre la spéculation, ce qui s'est avéré infondé.",
     'Le régime a fermé les marchés en mars'),  # refuted-fr-interposed: pretext false
    ('es', 'Las autoridades cerraron la frontera en enero, alegando un brote de cólera, lo que resultó ser falso.',
     'Las autoridades cerraron la frontera en enero'),  # refuted-es-interposed: the pretext was false
    ('es', 'El régimen cerró los mercados en marzo, con el pretexto de la especulación, lo que resultó infundado.',
     'El régimen cerró los mercados en marzo'),  # refuted-es-interposed: pretext
    ('de', 'Das Ministerium dementierte den Bericht, der sich später als falsch herausstellte.',
     'Das Ministerium dementierte den Bericht'),  # refuted-de-relative: the report (object) proved false, the denial was right
    ('de', 'Pjöngjang bestritt die Meldung, die sich später als falsch erwies.',
     'Pjöngjang bestritt die Meldung'),  # refuted-de-relative: object proved false
    ('de', 'Die Behörden schlossen die Grenze im Januar, was sich als richtig erwies.',
     'Die Behörden schlossen die Grenze im Januar'),  # refuted-de-richtig: proved right
    ('ru', 'Власти закрыли границу в январе, сославшись на холеру, но позже это опровергли.',
     'Власти закрыли границу в январе'),  # refuted-ru-interposed: the cholera claim refuted, not closure (arguable)
    ('zh', '崔龙海今年3月被撤职，但有关他被处决的报道不实。',
     '崔龙海今年3月被撤职'),  # refuted-zh-other: reports of execution untrue, dismissal true
    ('zh', '边境于1月关闭，但关于霍乱疫情的说法是假的。',
     '边境于1月关闭'),  # refuted-zh-other: cholera claim false, closure true
    ('zh', '惠山的米价上涨了三成，但有关饥荒的消息不实。',
     '惠山的米价上涨了三成'),  # refuted-zh-other: famine reports untrue, price rise true
    ('zh', '金正恩4月出席了阅兵式，这一报道已得到证实。',
     '金正恩4月出席了阅兵式'),  # refuted-zh-confirmed: 得到证实
    ('ja', '国境は1月に閉鎖されたが、コレラ流行の情報は誤りだった。',
     '国境は1月に閉鎖された'),  # refuted-ja: no ja rule
    ('ko', '국경은 1월에 폐쇄됐지만 콜레라 유행설은 사실이 아닌 것으로 드러났다.',
     '국경은 1월에 폐쇄됐지만'),  # refuted-ko: no ko rule (quote ends in 지만)
    ('en', 'All mines in North Hamgyong reopened in May after a two-year closure.',
     'All mines in North Hamgyong reopened in May'),  # plain: all, nothing after
    ('en', 'Every household in Hyesan was ordered to deliver 300 kilograms of manure.',
     'Every household in Hyesan was ordered to deliver 300 kilograms of manure'),  # plain: every
    ('en', 'Nobody in the unit was allowed to leave the barracks during the drills.',
     'Nobody in the unit was allowed to leave the barracks'),  # plain: nobody
    ('en', 'The army shelled the town on Tuesday, residents said.',
     'The army shelled the town on Tuesday'),  # plain
    ('en', 'The dam held, and the village survived the floods.',
     'the village survived the floods'),  # plain
    ('en', 'The factory reopened in March, at least two sources said.',
     'The factory reopened in March'),  # plain: at least two sources
    ('en', 'The party conference was held in name of the late leader.',
     'The party conference was held'),  # plain: in name of
    ('en', 'Prices rose sharply, officially due to a poor harvest.',
     'Prices rose sharply'),  # plain: officially due (not at least officially)
    ('en', 'Kim inspected the counterfeit-detection center in Pyongyang.',
     'the counterfeit-detection center in Pyongyang'),  # plain
    ('en', 'The sham-marriage scheme was uncovered in 2019.',
     'scheme was uncovered in 2019'),  # privative-hyphen: sham-marriage scheme
    ('fr', 'Toutes les mines ont rouvert en mai après deux ans de fermeture.',
     'Toutes les mines ont rouvert en mai'),  # plain
    ('fr', "L'armée a bombardé la ville mardi, selon des habitants.",
     "L'armée a bombardé la ville mardi"),  # plain
    ('es', 'Todas las minas reabrieron en mayo tras dos años de cierre.',
     'Todas las minas reabrieron en mayo'),  # plain
    ('es', 'El ejército bombardeó la ciudad el martes, según vecinos.',
     'El ejército bombardeó la ciudad el martes'),  # plain
    ('de', 'Alle Minen wurden im Mai nach zweijähriger Schließung wieder geöffnet.',
     'Alle Minen wurden im Mai nach zweijähriger Schließung wieder geöffnet'),  # plain
    ('de', 'Die Armee beschoss die Stadt am Dienstag, sagten Bewohner.',
     'Die Armee beschoss die Stadt am Dienstag'),  # plain
    ('ru', 'Все шахты открылись в мае после двухлетнего перерыва.',
     'Все шахты открылись в мае'),  # plain
    ('ru', 'Армия обстреляла город во вторник, сообщили жители.',
     'Армия обстреляла город во вторник'),  # plain
    ('zh', '所有矿山在关闭两年后于5月重新开放。',
     '所有矿山在关闭两年后于5月重新开放'),  # plain
    ('zh', '军队周二炮击了城镇，居民说。',
     '军队周二炮击了城镇'),  # plain
    ('ja', 'すべての鉱山が2年間の閉鎖の後、5月に再開した。',
     'すべての鉱山が2年間の閉鎖の後、5月に再開した'),  # plain
    ('ja', '軍は火曜日に町を砲撃したと住民は語った。',
     '軍は火曜日に町を砲撃した'),  # plain
    ('ko', '모든 광산이 2년간의 폐쇄 끝에 5월에 재개됐다.',
     '모든 광산이 2년간의 폐쇄 끝에 5월에 재개됐다'),  # plain
    ('ko', '군은 화요일 마을을 포격했다고 주민들이 말했다.',
     '군은 화요일 마을을 포격했다고'),  # plain
    ('en', 'The border has been closed since January 2020, traders in Hyesan said.',
     'The border has been closed since January 2020'),  # plain
    ('en', 'Kim Jong Un visited the Musan mine on Tuesday, KCNA reported.',
     'Kim Jong Un visited the Musan mine on Tuesday'),  # plain
    ('en', 'Rice now costs 6,000 won a kilogram in Hyesan, up from 4,500 in March.',
     'Rice now costs 6,000 won a kilogram in Hyesan'),  # plain
    ('en', 'Each brigade must deliver two tons of manure by February.',
     'Each brigade must deliver two tons of manure by February'),  # plain: each
    ('en', 'None of the 12 fishermen wanted to return to the North.',
     'None of the 12 fishermen wanted to return to the North'),  # plain: none
    ('en', 'All of the crew were repatriated through Panmunjom, except that the ministry gave no date.',
     'All of the crew were repatriated through Panmunjom'),  # except-that: excluded
    ('en', 'Nothing was left of the building, witnesses said, except perhaps the foundations.',
     'Nothing was left of the building'),  # except-perhaps: excluded (with attribution between)
    ('en', 'Did the army shell the town? It did, three times, according to residents.',
     'It did, three times, according to residents'),  # question-answer
    ('en', 'The defector asked not to be named, citing fears for relatives in Hoeryong.',
     'citing fears for relatives in Hoeryong'),  # plain
    ('fr', 'Kim Jong Un a visité la mine de Musan mardi, selon KCNA.',
     'Kim Jong Un a visité la mine de Musan mardi'),  # plain
    ('es', 'Kim Jong Un visitó la mina de Musan el martes, según KCNA.',
     'Kim Jong Un visitó la mina de Musan el martes'),  # plain
    ('de', 'Kim Jong Un besuchte am Dienstag die Mine in Musan, meldete KCNA.',
     'Kim Jong Un besuchte am Dienstag die Mine in Musan'),  # plain
    ('ru', 'Ким Чен Ын посетил рудник в Мусане во вторник, сообщило ЦТАК.',
     'Ким Чен Ын посетил рудник в Мусане во вторник'),  # plain
    ('zh', '金正恩周二视察了茂山矿山，朝中社报道。',
     '金正恩周二视察了茂山矿山'),  # plain
    ('ja', '金正恩氏は火曜日、茂山鉱山を視察したと朝鮮中央通信が報じた。',
     '金正恩氏は火曜日、茂山鉱山を視察した'),  # plain
    ('ko', '김정은은 화요일 무산 광산을 현지지도했다고 조선중앙통신이 보도했다.',
     '김정은은 화요일 무산 광산을 현지지도했다고'),  # plain
    ('en', 'If only because of the cost, few families in Hyesan would buy the new phones.',
     'few families in Hyesan would buy the new phones'),  # counterfactual-ifonly-because: excluded
    ('en', 'Were the figures accurate? Diplomats in Beijing would not comment.',
     'Diplomats in Beijing would not comment'),  # counterfactual-question
    ('en', 'Officials said the trains would run again by March, and they did.',
     'the trains would run again by March'),  # counterfactual-none: plain would
    ('en', 'Ri Son Gwon, a hardliner, was named foreign minister in 2020, a report the ministry confirmed.',
     'Ri Son Gwon, a hardliner, was named foreign minister in 2020'),  # refuted-confirmed
    ('zh', '除了粮食短缺之外，电力供应也每况愈下。',
     '电力供应也每况愈下'),  # except-chuleh-also: 每况愈下 is not every; 除了…也 = besides
    ('zh', '除了军需工业之外，朝鲜经济每况愈下。',
     '朝鲜经济每况愈下'),  # except-meikuang: 每况愈下 = steadily worse, not every
    ('de', 'Alles in allem blieb die Lage ruhig, außer in Hyesan.',
     'Alles in allem blieb die Lage ruhig'),  # except-allesinallem: alles in allem = overall
    ('en', "All told, the harvest was better than last year's, save for the potato crop in Ryanggang.",
     "All told, the harvest was better than last year's"),  # except-alltold: all told = overall
]


WIDENED_REVIEW_UNDONE = [
    ('en', 'The guards searched everyone on the train other than a man in a military uniform.',
     'The guards searched everyone on the train'),  # exception
    ('en', 'There was no rationing in Pyongyang in 2019 other than for cooking oil.',
     'There was no rationing in Pyongyang in 2019'),  # exception
    ('en', 'Kim Jong Un never appeared at the ceremony, other than in a recorded video message.',
     'Kim Jong Un never appeared at the ceremony'),  # exception
    ('en', 'Every defector interviewed said they had paid a broker, except one who declined to answer.',
     'Every defector interviewed said they had paid a broker'),  # exception
    ('en', 'All schools in Hamhung will reopen on Monday, barring those used as quarantine centres.',
     'All schools in Hamhung will reopen on Monday'),  # exception
    ('en', 'All of the coal from the Kaechon mine goes to China, other than what is stolen along the way.',
     'All of the coal from the Kaechon mine goes to China'),  # exception
    ('en', 'Rations were cut for all workers except those at the munitions factories.',
     'Rations were cut for all workers'),  # exception
    ('en', 'Not a single household in the district has received its full ration this year, excluding cadre families, who are supplied separately.',
     'Not a single household in the district has received its full ration this year'),  # exception
    ('en', 'Save for a two-week pause in February, the crackdown on mobile phone use has continued all year.',
     'the crackdown on mobile phone use has continued all year'),  # exception
    ('en', 'Every trading company in Sinuiju lost its licence in the purge, with the exception of two firms run by the army.',
     'Every trading company in Sinuiju lost its licence in the purge'),  # exception
    ('en', 'Party cadres always travel by car to the provincial meetings, bar the county secretary, who walks.',
     'Party cadres always travel by car to the provincial meetings'),  # exception
    ('fr', "Aucun habitant n'a été autorisé à quitter la ville pendant la quarantaine, sauf les membres du parti munis d'un laissez-passer.",
     "Aucun habitant n'a été autorisé à quitter la ville pendant la quarantaine"),  # exception
    ('fr', "Toutes les usines de Hamhung ont cessé le travail, à l'exception de l'usine d'engrais.",
     'Toutes les usines de Hamhung ont cessé le travail'),  # exception
    ('es', 'Ningún barco salió del puerto de Nampo en marzo, excepto dos pesqueros chinos.',
     'Ningún barco salió del puerto de Nampo en marzo'),  # exception
    ('de', 'Die gesamte Ernte der Genossenschaft wurde an die Armee abgeliefert, außer einem kleinen Teil für die Bauern.',
     'Die gesamte Ernte der Genossenschaft wurde an die Armee abgeliefert'),  # exception
    ('de', 'Alle Häftlinge mussten jeden Tag zwölf Stunden arbeiten, ausgenommen die Kranken.',
     'Alle Häftlinge mussten jeden Tag zwölf Stunden arbeiten'),  # exception
    ('ru', 'Никто из жителей не получил паёк в мае, за исключением семей военных.',
     'Никто из жителей не получил паёк в мае'),  # exception
    ('ru', 'Все рынки в Чхонджине были закрыты на неделю, кроме рынка Суннам.',
     'Все рынки в Чхонджине были закрыты на неделю'),  # exception
    ('it', 'Tutti i villaggi lungo il fiume Yalu sono stati evacuati, tranne Wiwon.',
     'Tutti i villaggi lungo il fiume Yalu sono stati evacuati'),  # exception
    ('pt', 'Nenhum navio deixou o porto de Chongjin em abril, exceto um cargueiro russo.',
     'Nenhum navio deixou o porto de Chongjin em abril'),  # exception
    ('zh', '各地都已开始配给玉米，两江道除外。',
     '各地都已开始配给玉米'),  # exception
    ('zh', '除了军属家庭，所有居民五月份都没有领到配给。',
     '所有居民五月份都没有领到配给'),  # exception
    ('ja', '会寧の市場以外、すべての市場が一週間閉鎖された。',
     'すべての市場が一週間閉鎖された'),  # exception
    ('ko', '간부 가족을 제외한 모든 가구의 배급이 중단되었다.',
     '모든 가구의 배급이 중단되었다'),  # exception
    ('en', 'Counterfeit Chinese cigarettes are sold openly at the Sunam market.',
     'Chinese cigarettes are sold openly at the Sunam market'),  # privative
    ('en', 'Forged residence papers allow defectors to live in Yanji, a broker said.',
     'residence papers allow defectors to live in Yanji'),  # privative
    ('en', 'A bogus aid agency collected donations for North Korean orphans in Seoul.',
     'aid agency collected donations for North Korean orphans in Seoul'),  # privative
    ('en', 'Phony marriage certificates are used to bring women across the border.',
     'marriage certificates are used to bring women across the border'),  # privative
    ('en', 'Mock executions were staged to intimidate prisoners at the camp.',
     'executions were staged to intimidate prisoners at the camp'),  # privative
    ('en', 'Sham elections were held in all counties on Sunday.',
     'elections were held in all counties on Sunday'),  # privative
    ('en', 'The brokers in Hyesan sell travel permits that are forged.',
     'The brokers in Hyesan sell travel permits'),  # privative
    ('de', 'Gefälschte Reisepässe werden in Hyesan für 300 Dollar verkauft.',
     'Reisepässe werden in Hyesan für 300 Dollar verkauft'),  # privative
    ('ru', 'Поддельные китайские лекарства продаются на рынке в Хверёне.',
     'китайские лекарства продаются на рынке в Хверёне'),  # privative
    ('fr', 'De faux certificats de mariage sont vendus à Hyesan.',
     'certificats de mariage sont vendus à Hyesan'),  # privative
    ('fr', 'Un prétendu diplomate nord-coréen a été arrêté à Dandong avec des devises.',
     'diplomate nord-coréen a été arrêté à Dandong avec des devises'),  # privative
    ('es', 'Un falso funcionario del Ministerio de Seguridad extorsionó a comerciantes en Hoeryong.',
     'funcionario del Ministerio de Seguridad extorsionó a comerciantes en Hoeryong'),  # privative
    ('es', 'Se venden certificados de trabajo falsos en el mercado de Chongjin.',
     'Se venden certificados de trabajo'),  # privative
    ('es', 'Es falso que el régimen haya suspendido las ejecuciones públicas, afirmó un desertor.',
     'el régimen haya suspendido las ejecuciones públicas'),  # privative
    ('it', 'Nei mercati di confine circolano banconote false da cento yuan.',
     'Nei mercati di confine circolano banconote'),  # privative
    ('pt', 'Em Hyesan, vendem-se passaportes falsos por 500 dólares.',
     'Em Hyesan, vendem-se passaportes'),  # privative
    ('zh', '伪造的通行证在惠山市场公开出售。',
     '通行证在惠山市场公开出售'),  # privative
    ('ja', '偽造された通行証が恵山の市場で売られている。',
     '通行証が恵山の市場で売られている'),  # privative
    ('ko', '가짜 중국산 약품이 회령 시장에서 유통되고 있다.',
     '중국산 약품이 회령 시장에서 유통되고 있다'),  # privative
    ('en', 'The Hyesan market was closed for two weeks in May, supposedly.',
     'The Hyesan market was closed for two weeks in May'),  # limit
    ('en', 'The new fertiliser plant in Hungnam is fully operational, in theory.',
     'The new fertiliser plant in Hungnam is fully operational'),  # limit
    ('en', 'Every worker at the Kim Chaek steelworks now receives a full ration, officially at least.',
     'Every worker at the Kim Chaek steelworks now receives a full ration'),  # limit
    ('en', 'The cooperative farms met their corn quota - on paper.',
     'The cooperative farms met their corn quota'),  # limit
    ('en', 'Electricity supply in Chongjin has doubled since January, or so state media claims.',
     'Electricity supply in Chongjin has doubled since January'),  # limit
    ('fr', "Le prix du maïs a doublé à Hyesan, paraît-il, mais nos sources parlent plutôt d'une hausse de 20 %.",
     'Le prix du maïs a doublé à Hyesan'),  # limit
    ('es', 'El mercado de Hoeryong fue cerrado por orden de Pyongyang, supuestamente.',
     'El mercado de Hoeryong fue cerrado por orden de Pyongyang'),  # limit
    ('de', 'Die Grenze nach China ist seit Montag wieder offen, heißt es.',
     'Die Grenze nach China ist seit Montag wieder offen'),  # limit
    ('de', 'Die Maisernte in Süd-Hwanghae war ausgezeichnet – zumindest auf dem Papier.',
     'Die Maisernte in Süd-Hwanghae war ausgezeichnet'),  # limit
    ('ru', 'Граница с Китаем вновь открыта, по слухам.',
     'Граница с Китаем вновь открыта'),  # limit
    ('ru', 'Урожай собран полностью — на бумаге.',
     'Урожай собран полностью'),  # limit
    ('it', 'Il mercato di Hyesan è stato chiuso per due settimane, a quanto pare.',
     'Il mercato di Hyesan è stato chiuso per due settimane'),  # limit
    ('pt', 'As rações foram distribuídas a todas as famílias, segundo dizem.',
     'As rações foram distribuídas a todas as famílias'),  # limit
    ('zh', '今年的玉米产量创历史新高——至少官方是这么说的。',
     '今年的玉米产量创历史新高'),  # limit
    ('ko', '올해 옥수수 수확은 풍년이었다 - 적어도 서류상으로는.',
     '올해 옥수수 수확은 풍년이었다'),  # limit
    ('en', 'Rason port handled a record volume of cargo in 2019, a figure later revealed to have been inflated.',
     'Rason port handled a record volume of cargo in 2019'),  # retraction
    ('en', 'Kim Yo Jong had been hospitalised in March, a rumour that later turned out to be baseless.',
     'Kim Yo Jong had been hospitalised in March'),  # retraction
    ('en', 'The general was executed by anti-aircraft fire, a story subsequently debunked when he reappeared on state television.',
     'The general was executed by anti-aircraft fire'),  # retraction
    ('en', 'The Tumen bridge at Namyang had been destroyed by the flood, which proved to be untrue.',
     'The Tumen bridge at Namyang had been destroyed by the flood'),  # retraction
    ('en', 'Ten thousand workers were sent to build the Samjiyon railway, an estimate since discredited by construction records.',
     'Ten thousand workers were sent to build the Samjiyon railway'),  # retraction
    ('fr', "Le marché de Hyesan a été fermé en mai, une information qui s'est révélée fausse par la suite.",
     'Le marché de Hyesan a été fermé en mai'),  # retraction
    ('es', 'El puente fue destruido por la riada, algo que luego resultó ser falso.',
     'El puente fue destruido por la riada'),  # retraction
    ('de', 'Der Minister wurde im Mai hingerichtet – eine Meldung, die sich später als falsch erwies.',
     'Der Minister wurde im Mai hingerichtet'),  # retraction
    ('ru', 'Генерал был расстрелян в мае, однако позже это сообщение было опровергнуто.',
     'Генерал был расстрелян в мае'),  # retraction
    ('it', 'Il generale è stato giustiziato a maggio, notizia poi smentita dal governo di Seul.',
     'Il generale è stato giustiziato a maggio'),  # retraction
    ('pt', 'O general foi executado em maio, uma notícia mais tarde desmentida.',
     'O general foi executado em maio'),  # retraction
    ('zh', '该将军已于五月被处决，但这一消息后来被证实是假的。',
     '该将军已于五月被处决'),  # retraction
    ('ja', '将軍は5月に処刑されたが、この情報は後に誤りだと判明した。',
     '将軍は5月に処刑された'),  # retraction
    ('ko', '장군이 5월에 처형되었다는 보도는 나중에 사실이 아닌 것으로 밝혀졌다.',
     '장군이 5월에 처형되었다'),  # retraction
    ('en', 'The harvest in Ryongchon was a success? Not according to the farmers we spoke to.',
     'The harvest in Ryongchon was a success'),  # question
    ('en', 'The regime has abandoned its market crackdown? Hardly.',
     'The regime has abandoned its market crackdown'),  # question
    ('en', 'But for the remittances from defectors in Seoul, many families in Hyesan would have starved.',
     'many families in Hyesan would have starved'),  # but-for
    ('en', 'If not for the Chinese fertiliser, the harvest in North Hwanghae would have failed.',
     'the harvest in North Hwanghae would have failed'),  # but-for
    ('zh', '粮价真的下降了吗？商人们并不这么认为。',
     '粮价真的下降了'),  # question
    ('zh', '市场管理真的放松了么？惠山的商人说没有。',
     '市场管理真的放松了'),  # question
    ('ja', '配給は再開されているか？住民たちは否定する。',
     '配給は再開されている'),  # question
    ('ja', '国境が再開されるかどうかは分からない。',
     '国境が再開される'),  # question
    ('ko', '배급이 정상화되었다고? 주민들은 믿지 않는다.',
     '배급이 정상화되었다'),  # question
    ('fr', 'Les prix du riz baissent ? Pas selon les commerçants de Hyesan.',
     'Les prix du riz baissent'),  # question
    ('es', '¿La frontera se ha reabierto? Nadie en Hyesan lo cree.',
     'La frontera se ha reabierto'),  # question
    ('de', 'Die Rationen wurden erhöht? Davon merken die Bauern nichts.',
     'Die Rationen wurden erhöht'),  # question
    ('ru', 'Пайки увеличены? Крестьяне этого не заметили.',
     'Пайки увеличены'),  # question
    ('en', 'Nothing has changed at the border, other than the faces of the guards, a trader said.',
     'Nothing has changed at the border'),  # exception
    ('en', 'Rations were distributed in full in every county of Ryanggang, the lone exception being Samjiyon.',
     'Rations were distributed in full in every county of Ryanggang'),  # exception
    ('en', 'A self-styled investor from Dalian promised to fund the expansion of Rason port.',
     'investor from Dalian promised to fund the expansion of Rason port'),  # privative
    ('en', 'The curfew in Hyesan has been lifted, or at least that is what the local party committee says.',
     'The curfew in Hyesan has been lifted'),  # limit
    ('en', 'Pyongyang had stopped all public executions in 2019, a report that was subsequently withdrawn by the agency.',
     'Pyongyang had stopped all public executions in 2019'),  # retraction
    ('en', 'Were it not for smuggled Chinese medicine, the outbreak in Hyesan would have killed hundreds.',
     'the outbreak in Hyesan would have killed hundreds'),  # but-for
]

WIDENED_REVIEW_FAITHFUL = [
    ('en', 'Apart from rice, traders in Hyesan said corn prices rose 20 percent in May.',
     'corn prices rose 20 percent in May'),  # exception
    ('en', 'Guards were replaced in April. Other than that, nothing changed at the Sinuiju customs post after the inspection.',
     'Other than that, nothing changed at the Sinuiju customs post after the inspection'),  # exception
    ('en', 'Barring delays, the Pyongyang-Sinuiju rail line will reopen in October, officials said.',
     'Barring delays, the Pyongyang-Sinuiju rail line will reopen in October'),  # exception
    ('en', 'Rice is no longer distributed through the public distribution system in Hoeryong, a resident said.',
     'Rice is no longer distributed through the public distribution system in Hoeryong'),  # exception
    ('en', 'Never mind the official ration; families in Musan buy nearly all their grain at the jangmadang.',
     'families in Musan buy nearly all their grain at the jangmadang'),  # exception
    ('en', 'Smugglers always pay the border guards in yuan, except when the guards are newly rotated and demand dollars.',
     'Smugglers always pay the border guards in yuan, except when the guards are newly rotated and demand dollars'),  # exception
    ('en', 'All provinces reported measles cases in March, apart from Ryanggang, the health ministry said.',
     'All provinces reported measles cases in March, apart from Ryanggang'),  # exception
    ('en', 'Every household in the village must deliver 10 kg of scrap metal, excluding those with disabled members.',
     'Every household in the village must deliver 10 kg of scrap metal, excluding those with disabled members'),  # exception
    ('en', 'Apart from being expensive, the new Chinese phones are easily traced by the security services.',
     'the new Chinese phones are easily traced by the security services'),  # exception
    ('en', 'No one knows exactly how many people were executed in Hyesan last year, a defector said.',
     'No one knows exactly how many people were executed in Hyesan last year'),  # exception
    ('en', 'Nobody was allowed to leave the factory until the inspection ended, a worker told Daily NK.',
     'Nobody was allowed to leave the factory until the inspection ended'),  # exception
    ('en', 'All the traders we spoke to, without exception, said the crackdown had hurt sales.',
     'All the traders we spoke to, without exception, said the crackdown had hurt sales'),  # exception
    ('en', 'All the traders we spoke to said the crackdown had hurt sales; apart from that, the market was busy.',
     'All the traders we spoke to said the crackdown had hurt sales'),  # exception
    ('en', 'Every soldier in the unit received a new winter uniform. Other than boots, which were still scarce, supplies had improved.',
     'Every soldier in the unit received a new winter uniform'),  # exception
    ('en', 'Power cuts are now a daily occurrence in Chongjin, with no end in sight.',
     'Power cuts are now a daily occurrence in Chongjin'),  # exception
    ('en', 'The state never announced the price reform publicly; traders learned of it by word of mouth.',
     'The state never announced the price reform publicly'),  # exception
    ('en', 'Officials always inspect the markets on Mondays, save for public holidays.',
     'Officials always inspect the markets on Mondays, save for public holidays'),  # exception
    ('en', 'Nearly all households in Hyesan now own a rice cooker, other than the very poorest.',
     'Nearly all households in Hyesan now own a rice cooker'),  # exception
    ('en', 'No ships left Nampo in March, a port worker said, because of a fuel shortage.',
     'No ships left Nampo in March'),  # exception
    ('en', 'No one in the village, other than the party secretary, owned a television.',
     'No one in the village, other than the party secretary, owned a television'),  # exception
    ('en', 'The ban applies to all foreign films, including Chinese dramas that were previously tolerated.',
     'The ban applies to all foreign films'),  # exception
    ('en', 'All flights to Vladivostok were cancelled last week, not just the Air Koryo service.',
     'All flights to Vladivostok were cancelled last week'),  # exception
    ('en', 'The border has never been this tightly sealed, other residents told Daily NK.',
     'The border has never been this tightly sealed'),  # exception
    ('en', 'Barring a miracle, the wheat crop in South Pyongan will fall short of the target, an agronomist said.',
     'the wheat crop in South Pyongan will fall short of the target'),  # exception
    ('en', 'Everyone in the neighbourhood unit attended the lecture, apart from anything else because absence was punished.',
     'Everyone in the neighbourhood unit attended the lecture'),  # exception
    ('en', 'Nothing other than cash is accepted at the Sunam market stalls now.',
     'cash is accepted at the Sunam market stalls now'),  # exception
    ('en', 'Smugglers say the guards always want more, no matter how much they are paid.',
     'the guards always want more'),  # exception
    ('en', 'Never before have so many soldiers been deployed along the Tumen, a resident of Musan said.',
     'Never before have so many soldiers been deployed along the Tumen'),  # exception
    ('en', 'There is no doubt that corn prices in Hyesan have doubled since January.',
     'corn prices in Hyesan have doubled since January'),  # exception
    ('en', 'All the mines in Kimchaek resumed work in June. Other than Musan, the large iron mines in the north remain idle.',
     'All the mines in Kimchaek resumed work in June'),  # exception
    ('en', 'Every defector we interviewed had paid a broker, most of them more than 10,000 dollars.',
     'Every defector we interviewed had paid a broker'),  # exception
    ('en', 'None of the farms met their quota this year, and several missed it by half, excluding any reserve stocks.',
     'None of the farms met their quota this year'),  # exception
    ('en', 'Residents are always required to attend Saturday study sessions; excuses other than illness are not accepted.',
     'Residents are always required to attend Saturday study sessions'),  # exception
    ('en', "Hyesan's market was closed all week. Apart from the market, schools and factories were also shut.",
     "Hyesan's market was closed all week"),  # exception
    ('en', 'The regime has never admitted that a famine occurred in the 1990s, calling it the Arduous March instead.',
     'The regime has never admitted that a famine occurred in the 1990s'),  # exception
    ('fr', 'Toute personne surprise avec un téléphone chinois risque la prison, selon un habitant de Hyesan.',
     'Toute personne surprise avec un téléphone chinois risque la prison'),  # exception
    ('fr', 'Une personne a été arrêtée au marché de Sunam pour avoir vendu des DVD sud-coréens.',
     'Une personne a été arrêtée au marché de Sunam'),  # exception
    ('fr', 'Tout le monde parle de la nouvelle réforme des prix à Chongjin, raconte un commerçant.',
     'Tout le monde parle de la nouvelle réforme des prix à Chongjin'),  # exception
    ('fr', 'Toute la population du district a été mobilisée pour le repiquage du riz, sans exception.',
     'Toute la population du district a été mobilisée pour le repiquage du riz'),  # exception
    ('fr', 'Toutes les mines de la province ont repris la production, sauf celle de Musan, fermée depuis mars.',
     'Toutes les mines de la province ont repris la production, sauf celle de Musan'),  # exception
    ('fr', 'Sauf erreur, le prix du riz a atteint 7 000 wons le kilo à Hyesan la semaine dernière.',
     'le prix du riz a atteint 7 000 wons le kilo à Hyesan la semaine dernière'),  # exception
    ('es', 'Todos los comerciantes del mercado de Hoeryong pagan una tasa diaria, según un residente.',
     'Todos los comerciantes del mercado de Hoeryong pagan una tasa diaria'),  # exception
    ('es', 'Salvo que se indique lo contrario, los precios están expresados en wones norcoreanos.',
     'los precios están expresados en wones norcoreanos'),  # exception
    ('es', 'Nunca antes se había visto tanta vigilancia en la frontera con China, dijo un contrabandista.',
     'Nunca antes se había visto tanta vigilancia en la frontera con China'),  # exception
    ('es', 'Además del arroz, el precio del maíz se ha duplicado en Hyesan desde enero.',
     'el precio del maíz se ha duplicado en Hyesan desde enero'),  # exception
    ('de', 'Immer mehr Familien in Hyesan verkaufen ihre Möbel, um Mais zu kaufen.',
     'Immer mehr Familien in Hyesan verkaufen ihre Möbel'),  # exception
    ('de', 'Nie zuvor waren die Reispreise in Sinuiju so hoch wie in diesem Winter.',
     'Nie zuvor waren die Reispreise in Sinuiju so hoch wie in diesem Winter'),  # exception
    ('de', 'Jeder Bürger muss an der wöchentlichen Selbstkritiksitzung teilnehmen, außerdem ist die Lektüre der Parteizeitung Pflicht.',
     'Jeder Bürger muss an der wöchentlichen Selbstkritiksitzung teilnehmen'),  # exception
    ('de', 'Alle Grenzübergänge nach China bleiben geschlossen; außer Betrieb ist seit März auch die Eisenbahnbrücke bei Namyang.',
     'Alle Grenzübergänge nach China bleiben geschlossen'),  # exception
    ('de', 'Die gesamte Bevölkerung von Hyesan musste zur Kundgebung erscheinen, berichtet eine Quelle.',
     'Die gesamte Bevölkerung von Hyesan musste zur Kundgebung erscheinen'),  # exception
    ('ru', 'Весь день на рынке в Хесане проводились обыски, рассказал источник.',
     'Весь день на рынке в Хесане проводились обыски'),  # exception
    ('ru', 'Кроме того, все торговцы обязаны платить ежемесячный сбор.',
     'все торговцы обязаны платить ежемесячный сбор'),  # exception
    ('ru', 'Никто не знает точного числа казнённых в прошлом году, говорит перебежчик.',
     'Никто не знает точного числа казнённых в прошлом году'),  # exception
    ('ru', 'Все шахты в Мусане работают, кроме того, возобновлена добыча на руднике в Хверёне.',
     'Все шахты в Мусане работают'),  # exception
    ('ru', 'Весь урожай кукурузы, кроме семенного фонда, был отправлен в армию.',
     'Весь урожай кукурузы, кроме семенного фонда, был отправлен в армию'),  # exception
    ('it', "Tutti i commercianti intervistati hanno confermato l'aumento del prezzo del mais.",
     "Tutti i commercianti intervistati hanno confermato l'aumento del prezzo del mais"),  # exception
    ('it', 'Oltre al riso, anche il prezzo della farina è raddoppiato a Sinuiju.',
     'anche il prezzo della farina è raddoppiato a Sinuiju'),  # exception
    ('it', "Nessuno dubita che il raccolto di quest'anno sarà scarso, secondo gli agronomi locali.",
     "il raccolto di quest'anno sarà scarso"),  # exception
    ('pt', 'Todos os dias, dezenas de pessoas fazem fila no mercado de Sinuiju para comprar arroz.',
     'dezenas de pessoas fazem fila no mercado de Sinuiju para comprar arroz'),  # exception
    ('pt', 'Além de arroz, os contrabandistas agora trazem medicamentos da China.',
     'os contrabandistas agora trazem medicamentos da China'),  # exception
    ('pt', 'Ninguém sabe ao certo quantos trabalhadores morreram na mina de Komdok.',
     'Ninguém sabe ao certo quantos trabalhadores morreram na mina de Komdok'),  # exception
    ('zh', '各地市场的大米价格都在上涨，茂山除外。',
     '各地市场的大米价格都在上涨，茂山除外'),  # exception
    ('zh', '除此之外，所有商人都必须缴纳市场管理费。',
     '所有商人都必须缴纳市场管理费'),  # exception
    ('zh', '所有被采访的脱北者都表示曾向边防军行贿。',
     '所有被采访的脱北者都表示曾向边防军行贿'),  # exception
    ('zh', '从来没有这么多士兵驻守在图们江边，一位居民说。',
     '从来没有这么多士兵驻守在图们江边'),  # exception
    ('zh', '除了大米以外，玉米的价格也上涨了三成。',
     '玉米的价格也上涨了三成'),  # exception
    ('ja', '意外なことに、恵山の市場ではすべての店が営業を再開した。',
     '恵山の市場ではすべての店が営業を再開した'),  # exception
    ('ja', 'それ以外にも、すべての商人は毎月の手数料を払わなければならない。',
     'すべての商人は毎月の手数料を払わなければならない'),  # exception
    ('ja', '茂山以外のすべての鉱山が生産を再開したと、関係者は語った。',
     '茂山以外のすべての鉱山が生産を再開した'),  # exception
    ('ja', '米以外にも、トウモロコシの価格が先月2倍に上がった。',
     'トウモロコシの価格が先月2倍に上がった'),  # exception
    ('ko', '쌀 외에도 옥수수 가격이 지난달 두 배로 올랐다.',
     '옥수수 가격이 지난달 두 배로 올랐다'),  # exception
    ('ko', '모든 주민이 강연회에 참석해야 한다고 소식통은 전했다.',
     '모든 주민이 강연회에 참석해야 한다'),  # exception
    ('ko', '그 외에도 모든 상인은 매달 장세를 내야 한다.',
     '모든 상인은 매달 장세를 내야 한다'),  # exception
    ('ko', '무산 광산 외에는 모든 광산이 가동을 멈췄다고 현지 소식통이 밝혔다.',
     '무산 광산 외에는 모든 광산이 가동을 멈췄다'),  # exception
    ('en', 'A fraudulent broker cheated the family, but the travel permits they eventually obtained were genuine.',
     'the travel permits they eventually obtained were genuine'),  # privative
    ('en', 'The prosecutor described the scheme as fraudulent, saying state grain was sold on the black market by warehouse managers.',
     'state grain was sold on the black market by warehouse managers'),  # privative
    ('en', 'The Chollima tractor is an imitation of a 1970s Soviet design, but it is assembled entirely in North Korea.',
     'it is assembled entirely in North Korea'),  # privative
    ('en', 'The new apartments on Ryomyong Street are an imitation of Soviet style, an architect said.',
     'The new apartments on Ryomyong Street are an imitation of Soviet style'),  # privative
    ('en', 'Imitation jewellery is cheap, but gold prices in Hyesan have risen sharply.',
     'gold prices in Hyesan have risen sharply'),  # privative
    ('en', 'A knock-off of a Chinese design, the Pyongyang 2423 phone is assembled at a factory in Pyongyang.',
     'the Pyongyang 2423 phone is assembled at a factory in Pyongyang'),  # privative
    ('en', 'False alarm: the rice shipment did arrive in Nampo on Tuesday, port workers said.',
     'the rice shipment did arrive in Nampo on Tuesday'),  # privative
    ('en', 'Authorities cracked down on fake goods, and prices for genuine Chinese rice rose 15 percent.',
     'prices for genuine Chinese rice rose 15 percent'),  # privative
    ('en', 'Counterfeiting is punished severely; nonetheless, Chinese yuan is widely used in Hyesan.',
     'Chinese yuan is widely used in Hyesan'),  # privative
    ('en', 'He was arrested with a forged permit. Travel permits are sold by officials at the district office, residents said.',
     'Travel permits are sold by officials at the district office'),  # privative
    ('en', 'The state media report was a fake, but the drought in South Hwanghae is real.',
     'the drought in South Hwanghae is real'),  # privative
    ('en', 'Imitation is the sincerest form of flattery: North Korean dramas now copy South Korean plots.',
     'North Korean dramas now copy South Korean plots'),  # privative
    ('en', 'Falsely accused of smuggling, the woman was sent to a labour camp in Jongori.',
     'the woman was sent to a labour camp in Jongori'),  # privative
    ('en', 'Fake or not, the video of the execution was widely shared in Hyesan.',
     'the video of the execution was widely shared in Hyesan'),  # privative
    ('en', 'Once dismissed as fake, the reports of a new missile base near Sakkanmol have been confirmed by satellite images.',
     'the reports of a new missile base near Sakkanmol have been confirmed by satellite images'),  # privative
    ('en', 'The documents were not forged, a border official told the court in Dandong.',
     'The documents were not forged'),  # privative
    ('en', 'Knock-off sneakers from Dandong used to flood the market; now North Korean-made shoes are sold in every stall in Sinuiju.',
     'North Korean-made shoes are sold in every stall in Sinuiju'),  # privative
    ('en', 'The imitation of Chinese reforms has been partial, an economist said: farmers now keep 30 percent of their harvest.',
     'farmers now keep 30 percent of their harvest'),  # privative
    ('en', 'Police seized a shipment of counterfeit cigarettes in Sinuiju and fined the three traders who ordered it.',
     'Police seized a shipment of counterfeit cigarettes in Sinuiju'),  # privative
    ('en', 'Brokers who sell fake Chinese IDs were arrested; genuine visas now cost 3,000 dollars.',
     'genuine visas now cost 3,000 dollars'),  # privative
    ('es', 'La evacuación de Sinuiju resultó ser una falsa alarma, según residentes.',
     'La evacuación de Sinuiju resultó ser una falsa alarma'),  # privative
    ('es', 'Es falso que el régimen haya suspendido las ejecuciones públicas, afirmó un desertor.',
     'Es falso que el régimen haya suspendido las ejecuciones públicas'),  # privative
    ('es', 'La policía detuvo a un falso diplomático en Dandong, y los pasaportes de su chófer resultaron auténticos.',
     'los pasaportes de su chófer resultaron auténticos'),  # privative
    ('es', 'Un falso rumor desató el pánico, pero el mercado de Hoeryong siguió abierto toda la semana.',
     'el mercado de Hoeryong siguió abierto toda la semana'),  # privative
    ('de', 'Die Behörden haben die Erntemenge falsch berechnet, sagen Agronomen in Süd-Hwanghae.',
     'Die Behörden haben die Erntemenge falsch berechnet'),  # privative
    ('de', 'Die Zeitung hat falsch berichtet; tatsächlich wurden in Chongjin drei Menschen hingerichtet.',
     'tatsächlich wurden in Chongjin drei Menschen hingerichtet'),  # privative
    ('de', 'Wegen gefälschter Dokumente wurde er verhaftet, doch sein Bruder erhielt eine echte Reisegenehmigung.',
     'sein Bruder erhielt eine echte Reisegenehmigung'),  # privative
    ('ru', 'Он заплатил за фиктивную справку, но китайская виза у него настоящая.',
     'китайская виза у него настоящая'),  # privative
    ('ru', 'Сообщение об эвакуации Синыйджу оказалось ложной тревогой.',
     'Сообщение об эвакуации Синыйджу оказалось ложной тревогой'),  # privative
    ('ru', 'Борьба с фальшивыми юанями усилилась, и курс доллара вырос до 8000 вон.',
     'курс доллара вырос до 8000 вон'),  # privative
    ('fr', 'Faux départ : la foire commerciale de Rason a finalement ouvert en septembre.',
     'la foire commerciale de Rason a finalement ouvert en septembre'),  # privative
    ('fr', 'Accusé à tort de contrebande, le commerçant a été envoyé dans un camp de travail.',
     'le commerçant a été envoyé dans un camp de travail'),  # privative
    ('it', 'Il falso allarme di martedì ha causato il panico nel mercato di Hyesan.',
     'Il falso allarme di martedì ha causato il panico nel mercato di Hyesan'),  # privative
    ('pt', 'É falso o rumor de que as fronteiras reabriram, disse um contrabandista.',
     'É falso o rumor de que as fronteiras reabriram'),  # privative
    ('zh', '虚惊一场：新义州并未实行封城。',
     '新义州并未实行封城'),  # privative
    ('zh', '打击假币的行动使美元汇率上升到8000韩元。',
     '美元汇率上升到8000韩元'),  # privative
    ('ja', '偽札の取り締まりが強化され、ドルのレートが8000ウォンに上がった。',
     'ドルのレートが8000ウォンに上がった'),  # privative
    ('ko', '보위부는 허위 신고를 한 주민 세 명을 체포했다.',
     '허위 신고를 한 주민 세 명을 체포했다'),  # privative
    ('ko', '위조지폐 단속이 강화되면서 달러 환율이 8,000원으로 올랐다.',
     '달러 환율이 8,000원으로 올랐다'),  # privative
    ('ko', '당국은 이를 허위 보도라고 주장했지만, 실제로 청진에서 공개처형이 있었다.',
     '실제로 청진에서 공개처형이 있었다'),  # privative
    ('en', 'Three smugglers were reportedly executed in Hyesan last week.',
     'Three smugglers were reportedly executed in Hyesan last week'),  # limit
    ('en', 'The price of rice in Hyesan reportedly reached 7,000 won per kilo in May.',
     'The price of rice in Hyesan reportedly reached 7,000 won per kilo'),  # limit
    ('en', 'Kim Jong Un visited the Komdok mine on Tuesday, reportedly citing the need to boost zinc exports.',
     'Kim Jong Un visited the Komdok mine on Tuesday'),  # limit
    ('en', 'The new ration coupons are printed on paper imported from China, a printing worker said.',
     'The new ration coupons are printed'),  # limit
    ('en', 'The regime has put the Kumsusan Palace on a banknote - on paper money, a first since 2009.',
     'The regime has put the Kumsusan Palace on a banknote'),  # limit
    ('en', 'The rice harvest in South Hwanghae rose 8 percent this year, according to officials at the provincial farm bureau.',
     'The rice harvest in South Hwanghae rose 8 percent this year'),  # limit
    ('en', 'The official allegedly took bribes from smugglers in exchange for border passes.',
     'The official allegedly took bribes from smugglers in exchange for border passes'),  # limit
    ('en', 'Officially, the price of rice is 46 won per kilo; on the market it is 6,000 won.',
     'on the market it is 6,000 won'),  # limit
    ('en', 'The Musan mine produces about 3 million tonnes of ore a year, a figure confirmed by satellite imagery.',
     'The Musan mine produces about 3 million tonnes of ore a year'),  # limit
    ('en', 'The state shops, supposedly stocked with cheap goods, were empty when our reporter visited.',
     'were empty when our reporter visited'),  # limit
    ('en', 'At least 12 people were publicly executed in Hyesan last year, according to our sources in the city.',
     'At least 12 people were publicly executed in Hyesan last year'),  # limit
    ('en', 'Salaries at the Kim Chaek steelworks were paid on time in March, at least three workers confirmed.',
     'Salaries at the Kim Chaek steelworks were paid on time in March'),  # limit
    ('en', 'Grain rations were cut in April - on paper and in practice.',
     'Grain rations were cut in April'),  # limit
    ('en', 'Fuel imports from China rose sharply in May, reportedly the highest monthly total since 2017.',
     'Fuel imports from China rose sharply in May'),  # limit
    ('en', 'Police raided the Sunam market on Friday, allegedly searching for South Korean films, and arrested four traders.',
     'Police raided the Sunam market on Friday'),  # limit
    ('en', 'The new law makes watching South Korean films punishable by death, on paper at least since 2020, and in practice since the Hyesan trials.',
     'The new law makes watching South Korean films punishable by death'),  # limit
    ('en', 'Traders in Sinuiju were ordered to close their stalls at noon; so the regime would have us believe, the ban is temporary.',
     'Traders in Sinuiju were ordered to close their stalls at noon'),  # limit
    ('en', 'Corn prices fell 10 percent in June, which officials attributed, reportedly, to imports from Russia.',
     'Corn prices fell 10 percent in June'),  # limit
    ('en', 'The market in Hoeryong reopened on Monday, as state media reported and residents confirmed.',
     'The market in Hoeryong reopened on Monday'),  # limit
    ('en', 'The decree, published on paper only to cadres, bans private sales of grain.',
     'bans private sales of grain'),  # limit
    ('fr', 'Les commerçants, prétendument protégés par la loi, ont été arrêtés en masse à Chongjin.',
     'ont été arrêtés en masse à Chongjin'),  # limit
    ('fr', 'Le prix du riz a atteint 7 000 wons à Hyesan, a confirmé un commerçant.',
     'Le prix du riz a atteint 7 000 wons à Hyesan'),  # limit
    ('fr', 'Trois contrebandiers auraient été exécutés, paraît-il, mais nos sources à Hyesan confirment au moins une exécution.',
     'nos sources à Hyesan confirment au moins une exécution'),  # limit
    ('es', 'Tres contrabandistas fueron supuestamente ejecutados en Hyesan la semana pasada.',
     'Tres contrabandistas fueron supuestamente ejecutados en Hyesan la semana pasada'),  # limit
    ('es', 'El precio del arroz subió un 20 % en Hoeryong, según confirmaron tres comerciantes.',
     'El precio del arroz subió un 20 % en Hoeryong'),  # limit
    ('de', 'Der Funktionär soll angeblich Bestechungsgelder von Schmugglern angenommen haben.',
     'Der Funktionär soll angeblich Bestechungsgelder von Schmugglern angenommen haben'),  # limit
    ('de', 'Die Preise für Mais sind gestiegen, wie Händler in Hyesan bestätigen.',
     'Die Preise für Mais sind gestiegen'),  # limit
    ('de', 'Die Lebensmittelkarten werden auf Papier aus China gedruckt.',
     'Die Lebensmittelkarten werden'),  # limit
    ('ru', 'Чиновник якобы брал взятки у контрабандистов.',
     'Чиновник якобы брал взятки у контрабандистов'),  # limit
    ('ru', 'Цены на рис выросли вдвое, как подтвердили торговцы в Хесане.',
     'Цены на рис выросли вдвое'),  # limit
    ('ru', 'Новые продуктовые карточки напечатаны на бумаге из Китая.',
     'Новые продуктовые карточки напечатаны'),  # limit
    ('it', 'I prezzi del riso sono saliti del 20 per cento, come confermato da tre commercianti.',
     'I prezzi del riso sono saliti del 20 per cento'),  # limit
    ('pt', 'A fronteira foi reaberta na segunda-feira, supostamente por ordem de Kim Jong Un.',
     'A fronteira foi reaberta na segunda-feira'),  # limit
    ('zh', '惠山市场已关闭两周，据说是因为疫情。',
     '惠山市场已关闭两周'),  # limit
    ('zh', '据报道，三名走私者上周在惠山被处决。',
     '据报道，三名走私者上周在惠山被处决'),  # limit
    ('ja', '米の価格は2倍になったと商人たちは確認した。',
     '米の価格は2倍になった'),  # limit
    ('ko', '쌀값이 두 배로 올랐다는 사실을 상인들이 확인했다.',
     '쌀값이 두 배로 올랐다'),  # limit
    ('ko', '새 식량 배급표는 중국산 종이에 인쇄된다.',
     '새 식량 배급표는 중국산 종이에 인쇄된다'),  # limit
    ('en', 'Farmers in Ryongchon adopted a planting method proven to raise yields in Chinese trials.',
     'Farmers in Ryongchon adopted a planting method'),  # retraction
    ('en', 'The general was purged in 2023, a report later proven accurate when state media confirmed his dismissal.',
     'The general was purged in 2023'),  # retraction
    ('en', 'Smugglers now cross at Sambong, an area shown on Chinese maps as a restricted zone.',
     'Smugglers now cross at Sambong'),  # retraction
    ('en', 'Earlier claims that the Hyesan market had closed were later proven false; the market reopened on Monday after a brief inspection.',
     'the market reopened on Monday after a brief inspection'),  # retraction
    ('en', 'A rumour that rations had been restored circulated widely in Chongjin; it was later shown to be untrue.',
     'A rumour that rations had been restored circulated widely in Chongjin'),  # retraction
    ('en', 'Defectors said the camp at Yodok had been closed, a claim later proven true by satellite imagery.',
     'Defectors said the camp at Yodok had been closed'),  # retraction
    ('en', 'The price of corn fell 30 percent in July, a drop shown in data from five markets.',
     'The price of corn fell 30 percent in July'),  # retraction
    ('en', 'Traders in Sinuiju were warned about counterfeit yuan, which has since been shown to come from Dandong.',
     'Traders in Sinuiju were warned about counterfeit yuan'),  # retraction
    ('en', 'Rice prices rose 20 percent in Hyesan; an earlier estimate of 40 percent was later proven false.',
     'Rice prices rose 20 percent in Hyesan'),  # retraction
    ('en', 'State media claimed a bumper harvest, a claim later proven false by UN data.',
     'State media claimed a bumper harvest'),  # retraction
    ('en', 'The market tax was raised to 1,000 won a day, a move shown to have cut the number of stalls by a third.',
     'The market tax was raised to 1,000 won a day'),  # retraction
    ('en', 'Kim Jong Un inspected the Sinpo shipyard in March, a visit later shown on state television.',
     'Kim Jong Un inspected the Sinpo shipyard in March'),  # retraction
    ('en', 'The border fence was extended by 40 km in 2021, as later proven by commercial satellite images.',
     'The border fence was extended by 40 km in 2021'),  # retraction
    ('en', 'Defector testimony, once dismissed as false, has helped document executions in Hyesan.',
     'has helped document executions in Hyesan'),  # retraction
    ('en', 'Police arrested two brokers in Hoeryong in May; reports that a third had escaped were later proven untrue.',
     'Police arrested two brokers in Hoeryong in May'),  # retraction
    ('en', 'The claim that the Musan mine had closed was never proven false, and traders say iron ore still reaches Nanping.',
     'traders say iron ore still reaches Nanping'),  # retraction
    ('fr', "Le général a été limogé en 2023, une information confirmée depuis par la télévision d'État.",
     'Le général a été limogé en 2023'),  # retraction
    ('fr', "Les rumeurs de fermeture se sont révélées fausses : le marché de Sunam est resté ouvert tout l'été.",
     "le marché de Sunam est resté ouvert tout l'été"),  # retraction
    ('es', 'El precio del arroz subió un 20 % en mayo, un dato que luego se demostró correcto.',
     'El precio del arroz subió un 20 % en mayo'),  # retraction
    ('es', 'Los agricultores usan un método demostrado en ensayos chinos para aumentar la cosecha.',
     'Los agricultores usan un método'),  # retraction
    ('de', 'Der General wurde 2023 entlassen, was sich später als wahr herausstellte.',
     'Der General wurde 2023 entlassen'),  # retraction
    ('de', 'Gerüchte über eine Grenzöffnung erwiesen sich als falsch; der Markt in Hyesan blieb jedoch geöffnet.',
     'der Markt in Hyesan blieb jedoch geöffnet'),  # retraction
    ('ru', 'Генерал был снят с должности в 2023 году, что позднее подтвердило государственное телевидение.',
     'Генерал был снят с должности в 2023 году'),  # retraction
    ('ru', 'Слухи о закрытии рынка оказались ложными: рынок в Хесане работал всю неделю.',
     'рынок в Хесане работал всю неделю'),  # retraction
    ('it', 'Il generale è stato rimosso nel 2023, notizia poi confermata dalla televisione di Stato.',
     'Il generale è stato rimosso nel 2023'),  # retraction
    ('pt', 'O general foi destituído em 2023, uma notícia mais tarde confirmada pela televisão estatal.',
     'O general foi destituído em 2023'),  # retraction
    ('zh', '该将军于2023年被撤职，这一消息后来得到官方媒体证实。',
     '该将军于2023年被撤职'),  # retraction
    ('zh', '关于市场关闭的传言后来被证明是假的，惠山市场整个夏天都在营业。',
     '惠山市场整个夏天都在营业'),  # retraction
    ('ja', '将軍は2023年に解任され、この情報は後に国営メディアによって確認された。',
     '将軍は2023年に解任され'),  # retraction
    ('ko', '장군은 2023년에 해임되었으며, 이 소식은 나중에 국영 매체를 통해 사실로 확인되었다.',
     '장군은 2023년에 해임되었으며'),  # retraction
    ('zh', '商人们不知道为什么大米价格突然上涨。',
     '大米价格突然上涨'),  # question
    ('zh', '那么，惠山的米价已经涨到每公斤七千韩元。',
     '惠山的米价已经涨到每公斤七千韩元'),  # question
    ('zh', '当局怎么也没想到，走私者改用了无人机运货。',
     '走私者改用了无人机运货'),  # question
    ('zh', '从来没有这么多人排队买玉米，一位新义州居民说。',
     '从来没有这么多人排队买玉米'),  # question
    ('zh', '今年的玉米价格涨了那么多，农民却没有得到好处。',
     '今年的玉米价格涨了那么多'),  # question
    ('zh', '什么也没有改变：边境依然封锁。',
     '边境依然封锁'),  # question
    ('zh', '为什么米价上涨？因为边境从一月起就关闭了。',
     '因为边境从一月起就关闭了'),  # question
    ('ja', '配給は米しか支給されなかった。',
     '配給は米しか支給されなかった'),  # question
    ('ja', '恵山の市場は3か月間閉鎖された。',
     '恵山の市場は3か月間閉鎖された'),  # question
    ('ja', '建てられたばかりのアパートが平壌で崩れた。',
     '建てられたばかりのアパートが平壌で崩れた'),  # question
    ('ja', 'しかし、米の価格は下がらなかった。',
     '米の価格は下がらなかった'),  # question
    ('ja', 'なぜ価格が上がったのか？国境が1月から閉鎖されているからだ。',
     '国境が1月から閉鎖されているからだ'),  # question
    ('ja', '密輸業者はわずかな賄賂しか払っていないと話した。',
     '密輸業者はわずかな賄賂しか払っていない'),  # question
    ('ko', '왜 쌀값이 올랐을까? 국경이 1월부터 봉쇄되었기 때문이다.',
     '국경이 1월부터 봉쇄되었기 때문이다'),  # question
    ('ko', '장마당에서는 중국산 쌀만 팔린다고 한 상인이 말했다.',
     '장마당에서는 중국산 쌀만 팔린다'),  # question
    ('en', 'Why did prices jump? The shipment was held at Dandong for three days, traders said.',
     'The shipment was held at Dandong for three days'),  # question
    ('en', 'Who benefits? Mostly the cadres who control the state trading companies.',
     'Mostly the cadres who control the state trading companies'),  # question
    ('en', 'But for now, the Sunam market remains open every day, traders said.',
     'the Sunam market remains open every day'),  # but-for
    ('en', 'All the mines in Musan, but for one, have resumed production this spring.',
     'All the mines in Musan, but for one, have resumed production this spring'),  # but-for
    ('en', 'But for the record, no executions took place in Hyesan in May, our sources said.',
     'no executions took place in Hyesan in May'),  # but-for
    ('en', 'But for Chinese aid, the economy would have collapsed in 2020, an economist argued.',
     'But for Chinese aid, the economy would have collapsed in 2020'),  # but-for
    ('en', 'Prices rose in every market we surveyed. But for traders, the real problem is the new tax.',
     'Prices rose in every market we surveyed'),  # but-for
    ('en', 'The regime asked whether farmers could deliver more grain; they delivered 10 percent more than in 2022.',
     'they delivered 10 percent more than in 2022'),  # question
    ('en', 'Is the border still closed? Yes: no trucks have crossed at Sinuiju since January.',
     'no trucks have crossed at Sinuiju since January'),  # question
    ('en', 'The question is not whether the harvest failed, but how badly: corn output fell by a third.',
     'corn output fell by a third'),  # question
    ('en', 'Without doubt, the crackdown has hit smugglers hardest, a broker in Yanji said.',
     'the crackdown has hit smugglers hardest'),  # but-for
    ('fr', 'Pourquoi les prix ont-ils augmenté ? Parce que la frontière est fermée depuis janvier.',
     'la frontière est fermée depuis janvier'),  # question
    ('fr', 'Les commerçants se demandent combien de temps durera la fermeture du marché de Sunam, fermé depuis lundi.',
     'fermé depuis lundi'),  # question
    ('es', '¿Por qué subieron los precios? Porque la frontera sigue cerrada, explicó un comerciante.',
     'la frontera sigue cerrada'),  # question
    ('es', 'Si no fuera por ahora, que es temporada de cosecha, habría más controles; el mercado de Hyesan abre todos los días.',
     'el mercado de Hyesan abre todos los días'),  # but-for
    ('de', 'Warum steigen die Preise? Weil die Grenze seit Januar geschlossen ist.',
     'die Grenze seit Januar geschlossen ist'),  # question
    ('de', 'Ohne chinesische Hilfe wäre die Wirtschaft 2020 zusammengebrochen, meint ein Ökonom.',
     'Ohne chinesische Hilfe wäre die Wirtschaft 2020 zusammengebrochen'),  # but-for
    ('ru', 'Почему выросли цены? Потому что граница закрыта с января.',
     'граница закрыта с января'),  # question
    ('it', 'Perché i prezzi sono saliti? Perché il confine è chiuso da gennaio.',
     'il confine è chiuso da gennaio'),  # question
    ('pt', 'Por que os preços subiram? Porque a fronteira está fechada desde janeiro.',
     'a fronteira está fechada desde janeiro'),  # question
    ('en', 'Nobody but the party secretary knows the real quota figures, a cadre in Kilju said.',
     'Nobody but the party secretary knows the real quota figures'),  # exception
    ('en', 'No longer able to pay bribes, many smugglers have quit the trade, residents of Hyesan say.',
     'many smugglers have quit the trade'),  # exception
    ('en', 'No matter the weather, traders always set up their stalls at dawn in Hoeryong.',
     'traders always set up their stalls at dawn in Hoeryong'),  # exception
    ('en', 'All rations in Hamhung are now paid in corn, no exceptions.',
     'All rations in Hamhung are now paid in corn'),  # exception
    ('en', 'Excluded from the amnesty, political prisoners remain in the camps.',
     'political prisoners remain in the camps'),  # exception
    ('en', 'Fake-news laws were tightened in 2020, and listening to foreign radio now carries a ten-year sentence.',
     'listening to foreign radio now carries a ten-year sentence'),  # privative
    ('en', 'Anti-counterfeiting teams raided the Sunam market, and the cigarettes sold there were found to be genuine.',
     'the cigarettes sold there were found to be genuine'),  # privative
    ('en', 'False-bottom trucks used by smugglers were seized at Namyang last week.',
     'trucks used by smugglers were seized at Namyang last week'),  # privative
    ('en', 'Imitating Chinese traders, North Korean merchants now accept payment by mobile phone.',
     'North Korean merchants now accept payment by mobile phone'),  # privative
    ('en', 'Reportedly, the Hyesan market was closed for two weeks in June.',
     'Reportedly, the Hyesan market was closed for two weeks in June'),  # limit
    ('en', "The ration was restored in Hamhung, reportedly on Kim Jong Un's orders, and residents confirmed receiving rice.",
     'The ration was restored in Hamhung'),  # limit
    ('en', "The order, printed on paper bearing the party's letterhead, told all traders to register by June.",
     'told all traders to register by June'),  # limit
    ('en', 'The harvest failed in 2021, something later shown by UN estimates as well.',
     'The harvest failed in 2021'),  # retraction
    ('en', 'A claim later proven false by our own reporting, that the Hyesan market had closed, spread quickly on Chinese social media.',
     'spread quickly on Chinese social media'),  # retraction
    ('en', 'Officials used a formula shown to overstate yields, critics said; the actual harvest fell by 15 percent.',
     'the actual harvest fell by 15 percent'),  # retraction
    ('en', 'Traders asked whether the Sunam market would reopen. It did, on Thursday.',
     'It did, on Thursday'),  # question
    ('en', 'What has changed since the purge? Prices at the Sunam market have tripled.',
     'Prices at the Sunam market have tripled'),  # question
    ('en', 'Can the regime feed its army? Officials insist it can, but soldiers in Kangwon report eating one meal a day.',
     'soldiers in Kangwon report eating one meal a day'),  # question
    ('en', 'All but one of the prisoners were released in June, a relative said.',
     'All but one of the prisoners were released in June'),  # but-for
]

SECOND_WIDENED_REVIEW_UNDONE = [
    ('en', 'Rice prices have fallen by half? Traders in Hyesan laughed when they heard the claim.',
     'Rice prices have fallen by half'),  # question
    ('en', 'Has the regime really stopped executing smugglers? No one in Hyesan believes it.',
     'the regime really stopped executing smugglers'),  # question
    ('en', 'Officials would not say whether the Yodok camp had been dismantled.',
     'the Yodok camp had been dismantled'),  # question
    ('fr', 'La récolte a été excellente ? Les paysans du Hwanghae disent tout le contraire.',
     'La récolte a été excellente'),  # question
    ('de', 'Die Versorgung hat sich verbessert? Davon merken die Bewohner von Hamhung nichts.',
     'Die Versorgung hat sich verbessert'),  # question
    ('ru', 'Пайки выдают регулярно? Жители Хесана в этом сильно сомневаются.',
     'Пайки выдают регулярно'),  # question
    ('es', '¿Se ha acabado el hambre en el norte? Los desertores recientes lo niegan.',
     'Se ha acabado el hambre en el norte'),  # question
    ('it', 'Le razioni sono state ripristinate? Non secondo gli abitanti di Chongjin.',
     'Le razioni sono state ripristinate'),  # question
    ('pt', 'O mercado de Hyesan foi reaberto? Comerciantes locais dizem que não.',
     'O mercado de Hyesan foi reaberto'),  # question
    ('ko', '당국이 배급을 늘렸다고? 주민들은 전혀 받지 못했다고 말한다.',
     '당국이 배급을 늘렸다'),  # question
    ('ja', '国境が再開されたかどうかは、まだ確認されていない。',
     '国境が再開された'),  # question
    ('zh', '粮食供应已经恢复正常了么？农民们并不这么认为。',
     '粮食供应已经恢复正常了'),  # question
    ('en', 'Local officials claimed the Paektusan dam had been completed on schedule, an assertion later shown to be false by satellite photos.',
     'the Paektusan dam had been completed on schedule'),  # retraction
    ('en', 'Some 2,000 soldiers were deployed to the Chinese border, a number that has since been discredited by military analysts.',
     'Some 2,000 soldiers were deployed to the Chinese border'),  # retraction
    ('en', 'Kim Yo Jong was named head of the security ministry, a report Yonhap later retracted.',
     'Kim Yo Jong was named head of the security ministry'),  # retraction
    ('fr', 'Le général a été exécuté en avril, une information démentie depuis par sa réapparition à la télévision.',
     'Le général a été exécuté en avril'),  # retraction
    ('es', 'Cien personas murieron en las inundaciones, una cifra que más tarde se demostró exagerada.',
     'Cien personas murieron en las inundaciones'),  # retraction
    ('de', 'Die Reisration wurde verdoppelt, was sich jedoch bald als Falschmeldung herausstellte.',
     'Die Reisration wurde verdoppelt'),  # retraction
    ('ru', 'Граница была открыта в марте — это сообщение позже опровергли сами торговцы.',
     'Граница была открыта в марте'),  # retraction
    ('it', 'Trecento persone sono state arrestate a Hyesan, cifra in seguito rivelatasi gonfiata.',
     'Trecento persone sono state arrestate a Hyesan'),  # retraction
    ('pt', 'O ministro foi executado em maio, notícia que mais tarde se provou falsa.',
     'O ministro foi executado em maio'),  # retraction
    ('zh', '该将军已于四月被处决，不过此说法随后被证明不实。',
     '该将军已于四月被处决'),  # retraction
    ('ko', '국경이 3월에 재개방됐다는 소식은 이후 오보로 확인됐다.',
     '국경이 3월에 재개방됐다'),  # retraction
    ('en', 'Apart from a week in July, the Sunam market has stayed open every day this year.',
     'the Sunam market has stayed open every day this year'),  # exception
    ('en', 'Every factory in the city has resumed production, with the exception of the two largest.',
     'Every factory in the city has resumed production'),  # exception
    ('en', "No executions were carried out in Hyesan last year, other than that of the smuggling ring's leader.",
     'No executions were carried out in Hyesan last year'),  # exception
    ('en', 'None of the detainees were released, except those whose relatives paid the guards.',
     'None of the detainees were released'),  # exception
    ('fr', "Sauf à Pyongyang, aucune ville n'a reçu de rations en mars.",
     "aucune ville n'a reçu de rations en mars"),  # exception
    ('de', 'Alle Grenzübergänge sind geschlossen, ausgenommen der in Sinuiju.',
     'Alle Grenzübergänge sind geschlossen'),  # exception
    ('ru', 'Все рынки в провинции закрыты, кроме рынка в Хесане.',
     'Все рынки в провинции закрыты'),  # exception
    ('it', 'Tutti i detenuti sono stati rilasciati, eccetto tre.',
     'Tutti i detenuti sono stati rilasciati'),  # exception
    ('pt', 'Com exceção de Sinuiju, todas as cidades fronteiriças estão sem eletricidade.',
     'todas as cidades fronteiriças estão sem eletricidade'),  # exception
    ('es', 'Ningún preso fue liberado, salvo los familiares de oficiales del Partido.',
     'Ningún preso fue liberado'),  # exception
    ('zh', '除平壤外，各地的配给都已中断。',
     '各地的配给都已中断'),  # exception
    ('ja', '幹部の家族を除き、全ての住民が動員された。',
     '全ての住民が動員された'),  # exception
    ('ko', '간부 가족을 빼고는 모든 주민이 동원됐다.',
     '모든 주민이 동원됐다'),  # exception
    ('en', 'The rationing system has been restored nationwide, or so the party newspaper claims.',
     'The rationing system has been restored nationwide'),  # hedge
    ('en', 'The Hyesan market is open again, at least in theory.',
     'The Hyesan market is open again'),  # hedge
    ('en', 'Private farming is now legal — in principle.',
     'Private farming is now legal'),  # hedge
    ('en', 'The Yodok camp has been closed, supposedly.',
     'The Yodok camp has been closed'),  # hedge
    ('fr', 'Les rations ont été rétablies, du moins officiellement.',
     'Les rations ont été rétablies'),  # hedge
    ('de', 'Die Lager wurden aufgelöst, so jedenfalls die offizielle Darstellung.',
     'Die Lager wurden aufgelöst'),  # hedge
    ('ru', 'Голод в провинции закончился — по крайней мере, так утверждают власти.',
     'Голод в провинции закончился'),  # hedge
    ('it', 'Le esecuzioni pubbliche sono cessate, almeno sulla carta.',
     'Le esecuzioni pubbliche sono cessate'),  # hedge
    ('es', 'La venta de arroz en los mercados es legal, al menos en teoría.',
     'La venta de arroz en los mercados es legal'),  # hedge
    ('pt', 'Os salários foram pagos em dia, ao menos no papel.',
     'Os salários foram pagos em dia'),  # hedge
    ('zh', '私人耕种现在是合法的——至少名义上如此。',
     '私人耕种现在是合法的'),  # hedge
    ('ja', '配給制度は完全に復活した――少なくとも表向きは。',
     '配給制度は完全に復活した'),  # hedge
    ('ko', '공개처형은 중단됐다 - 적어도 공식적으로는.',
     '공개처형은 중단됐다'),  # hedge
    ('en', 'Without the remittances her brother sent from Seoul, the family would have starved.',
     'the family would have starved'),  # counterfactual
    ('en', 'But for the intervention of a cousin in the security ministry, she would have been sent to Kyohwaso No. 12.',
     'she would have been sent to Kyohwaso No. 12'),  # counterfactual
    ('en', 'Had the guards not been bribed, the group would have been caught.',
     'the group would have been caught'),  # counterfactual
    ('en', 'Foreign visitors were shown a sham hospital built for the occasion.',
     'hospital built for the occasion'),  # privative
    ('en', 'The brokers sell marriage certificates that are fake for 300 yuan.',
     'The brokers sell marriage certificates'),  # privative
    ('fr', 'Des centaines de faux certificats de mariage circulent à Hyesan.',
     'certificats de mariage circulent à Hyesan'),  # privative
    ('es', 'En Hyesan se venden permisos de viaje falsos por 200 yuanes.',
     'En Hyesan se venden permisos de viaje'),  # privative
    ('de', 'Gefälschte Reisegenehmigungen werden in Hyesan für 200 Yuan verkauft.',
     'Reisegenehmigungen werden in Hyesan für 200 Yuan verkauft'),  # privative
    ('ru', 'Поддельные пропуска продаются на рынке в Хесане.',
     'пропуска продаются на рынке в Хесане'),  # privative
    ('zh', '伪造的通行证在惠山市场上出售。',
     '通行证在惠山市场上出售'),  # privative
    ('ja', '偽造された通行証が恵山の市場で売られている。',
     '通行証が恵山の市場で売られている'),  # privative
    ('ko', '위조된 여행증명서가 혜산 시장에서 팔리고 있다.',
     '여행증명서가 혜산 시장에서 팔리고 있다'),  # privative
]

SECOND_WIDENED_REVIEW_FAITHFUL = [
    ('en', 'Will the border reopen before winter? Traders in Sinuiju say nobody at the customs office can give them an answer.',
     'Will the border reopen before winter?'),  # question
    ('en', 'Why did the Ryongdung coal mine close in May? Local sources point to a lack of electricity for the pumps.',
     'Local sources point to a lack of electricity for the pumps.'),  # question
    ('en', 'Why did the Ryongdung coal mine close in May? Local sources point to a lack of electricity for the pumps.',
     'the Ryongdung coal mine close in May'),  # question
    ('en', 'Asked whether the ration had been cut, the official replied: "Who told you that? The ration has stayed at 700 grams a day."',
     'The ration has stayed at 700 grams a day.'),  # question
    ('en', 'Questions sent to the ministry went unanswered: How many people were arrested in Hyesan? Were any of them released?',
     'How many people were arrested in Hyesan?'),  # question
    ('en', 'The journalist asked the official when the market had closed, who had ordered it, and why traders were not warned?',
     'why traders were not warned?'),  # question
    ('en', 'The journalist asked the official when the market had closed, who had ordered it, and why traders were not warned?',
     'The journalist asked the official when the market had closed'),  # question
    ('en', 'Who benefits from the new market tax? Mostly the cadres who collect it, a trader in Hamhung said.',
     'Who benefits from the new market tax?'),  # question
    ('en', 'Is Kim Jong Un ill? The leader has not been seen in public for three weeks.',
     'The leader has not been seen in public for three weeks.'),  # question
    ('en', 'Is Kim Jong Un ill? The leader has not been seen in public for three weeks.',
     'Is Kim Jong Un ill?'),  # question
    ('en', 'Since the rations stopped in March, how have families in Kimchaek survived?',
     'the rations stopped in March'),  # question
    ('en', 'Given that the mine closed in May, how will the miners feed their families this winter?',
     'the mine closed in May'),  # question
    ('en', 'Now that the border has reopened to freight, will rice prices finally fall?',
     'the border has reopened to freight'),  # question
    ('en', 'The harvest was good this year, officials said. Was it enough to feed the county? Not quite, according to farmers.',
     'The harvest was good this year, officials said.'),  # question
    ('en', 'The pamphlet, titled "Who Is Our Enemy?", was distributed to schools in Ryanggang in April.',
     'was distributed to schools in Ryanggang in April'),  # question
    ('en', '"Where is our rice?" a woman shouted at the ration office, witnesses told Daily NK.',
     'a woman shouted at the ration office'),  # question
    ('en', 'Residents asked one another why the electricity had been cut again. The power station at Pukchang had run out of coal.',
     'The power station at Pukchang had run out of coal.'),  # question
    ('en', 'Officials would not say when the Hoeryong camp had been closed, only that its prisoners were moved north.',
     'its prisoners were moved north'),  # question
    ('en', 'What happened next is disputed, but the two soldiers were found dead on the riverbank the following morning.',
     'the two soldiers were found dead on the riverbank the following morning'),  # question
    ('en', 'How the smugglers bribed three border guards remains unclear; a source said they paid in Chinese yuan.',
     'a source said they paid in Chinese yuan'),  # question
    ('en', 'A defector who asked "Why should I stay?" left Musan in 2017 and now lives in Seoul.',
     'left Musan in 2017 and now lives in Seoul'),  # question
    ('en', '"Are you hungry?" the guard asked. The prisoners had not eaten for two days.',
     'The prisoners had not eaten for two days.'),  # question
    ('fr', 'Le marché de Hyesan a-t-il rouvert ? Oui, depuis lundi, selon nos sources sur place.',
     'Le marché de Hyesan a-t-il rouvert ?'),  # question
    ('fr', 'Pourquoi les rations ont-elles été réduites en mars ? Nos sources évoquent une mauvaise récolte dans le Hwanghae.',
     'Nos sources évoquent une mauvaise récolte dans le Hwanghae.'),  # question
    ('fr', 'Que se passera-t-il après la fermeture ? Personne à Sinuiju ne le sait, mais les prix du riz ont déjà doublé.',
     'les prix du riz ont déjà doublé'),  # question
    ('de', 'Warum wurde die Grenze im Januar geschlossen? Händler aus Sinuiju nennen einen Corona-Ausbruch als Grund.',
     'Warum wurde die Grenze im Januar geschlossen?'),  # question
    ('de', 'Warum wurde die Grenze im Januar geschlossen? Händler aus Sinuiju nennen einen Corona-Ausbruch als Grund.',
     'Händler aus Sinuiju nennen einen Corona-Ausbruch als Grund.'),  # question
    ('de', 'Wie viele Menschen in Hyesan verhaftet wurden, ist unklar; es sollen aber mehr als hundert gewesen sein.',
     'Wie viele Menschen in Hyesan verhaftet wurden, ist unklar'),  # question
    ('ru', 'Когда откроется граница? Торговцы в Синыйджу этого не знают, но цены на рис уже выросли.',
     'цены на рис уже выросли'),  # question
    ('ru', 'Почему закрыли рынок в Хесане? Источник объясняет это вспышкой болезни.',
     'Почему закрыли рынок в Хесане?'),  # question
    ('es', '¿Quién ordenó el cierre del mercado de Hyesan? Nadie en la ciudad lo sabe con certeza.',
     '¿Quién ordenó el cierre del mercado de Hyesan?'),  # question
    ('es', '¿Por qué subió el precio del arroz? Porque la frontera sigue cerrada, explican los comerciantes.',
     'Porque la frontera sigue cerrada, explican los comerciantes'),  # question
    ('it', "Perché il mercato di Hyesan è stato chiuso? Le fonti parlano di un'epidemia di febbre tifoide.",
     "Le fonti parlano di un'epidemia di febbre tifoide."),  # question
    ('it', 'Il confine riaprirà a ottobre? È la domanda che si pongono i commercianti di Dandong.',
     'Il confine riaprirà a ottobre?'),  # question
    ('pt', 'Por que a fronteira continua fechada? Ninguém em Sinuiju sabe explicar, dizem comerciantes chineses.',
     'Por que a fronteira continua fechada?'),  # question
    ('zh', '当地居民说，市场里什么都买不到，大米价格上涨了一倍。',
     '大米价格上涨了一倍'),  # question
    ('zh', '一位脱北者说：“我不知道该怎么办，只好越过了图们江。”',
     '只好越过了图们江'),  # question
    ('zh', '那么多人被抓走以后，村里几乎没有年轻人了。',
     '村里几乎没有年轻人了'),  # question
    ('zh', '记者问：“边境什么时候重新开放？”官员没有回答。',
     '边境什么时候重新开放？'),  # question
    ('zh', '当局在惠山查获了走私的吗啡和冰毒。',
     '当局在惠山查获了走私的吗啡和冰毒'),  # question
    ('zh', '为什么粮价上涨？专家认为是因为边境关闭。',
     '专家认为是因为边境关闭'),  # question
    ('zh', '这么冷的天气里，工人们仍被派去修路。',
     '工人们仍被派去修路'),  # question
    ('ko', '국경은 올해 말까지 봉쇄될 예정이라고 소식통은 전했다.',
     '국경은 올해 말까지 봉쇄될 예정이라고 소식통은 전했다'),  # question
    ('ko', '혜산 시장 가까이에 있는 주택들이 지난달 철거됐다.',
     '혜산 시장 가까이에 있는 주택들이 지난달 철거됐다'),  # question
    ('ko', '국경이 언제 다시 열릴까? 단둥의 상인들은 답을 알지 못한다.',
     '국경이 언제 다시 열릴까?'),  # question
    ('ko', '왜 배급이 중단되었을까? 소식통은 전력난 때문이라고 말했다.',
     '소식통은 전력난 때문이라고 말했다'),  # question
    ('ko', '당국은 배급이 정상화됐다고 발표했지만, 주민들은 아직 받지 못했다고 말한다.',
     '주민들은 아직 받지 못했다고 말한다'),  # question
    ('ja', '配給は3か月間止まっている、と住民は話す。',
     '配給は3か月間止まっている'),  # question
    ('ja', '市場では米しか売られていない状態が続いている。',
     '市場では米しか売られていない状態が続いている'),  # question
    ('ja', '住民は何か食べる物を探して山に入った。',
     '住民は何か食べる物を探して山に入った'),  # question
    ('ja', 'しかし、配給は翌月に再開された。',
     '配給は翌月に再開された'),  # question
    ('ja', '当局は国境が再開されるかどうかを明らかにしていない。',
     '当局は国境が再開されるかどうかを明らかにしていない'),  # question
    ('ja', '工場は先月再開したばかりだが、電力不足が続いている。',
     '電力不足が続いている'),  # question
    ('en', 'Coal exports to China rose by 30 percent in 2019, a figure later confirmed by Chinese customs data.',
     'Coal exports to China rose by 30 percent in 2019'),  # retraction
    ('en', 'Defectors said the camp held about 15,000 prisoners, a claim later proven true by satellite imagery.',
     'the camp held about 15,000 prisoners'),  # retraction
    ('en', 'In 2016 Seoul shut down the Kaesong industrial complex, which proved to be a turning point for inter-Korean trade.',
     'In 2016 Seoul shut down the Kaesong industrial complex'),  # retraction
    ('en', 'The ministry put the harvest at 4.4 million tonnes, an estimate later revised upward by only 1%.',
     'The ministry put the harvest at 4.4 million tonnes'),  # retraction
    ('en', 'A Daily NK source predicted in March that the Musan mine would shut down by summer, which proved to be wrong.',
     'A Daily NK source predicted in March that the Musan mine would shut down by summer'),  # retraction
    ('en', 'Officials withdrew the old banknotes in December 2009, a decision subsequently blamed for the collapse of savings.',
     'Officials withdrew the old banknotes in December 2009'),  # retraction
    ('en', 'Hundreds of defectors used the smuggling route through Hyesan, which was subsequently closed by border guards.',
     'Hundreds of defectors used the smuggling route through Hyesan'),  # retraction
    ('en', 'At least 200 people were arrested in the raids, a figure later revealed to be an underestimate.',
     'At least 200 people were arrested in the raids'),  # retraction
    ('en', 'The NIS said Hyon Yong Chol had been purged, a story subsequently picked up by international media.',
     'The NIS said Hyon Yong Chol had been purged'),  # retraction
    ('en', 'The UN estimated that 10.9 million people need food aid, an estimate since adopted by most NGOs.',
     '10.9 million people need food aid'),  # retraction
    ('en', 'Rumours that the market would be closed, which proved to be untrue, caused panic buying in Hyesan.',
     'caused panic buying in Hyesan'),  # retraction
    ('en', 'The execution in Hyesan in March, which proved to be the last public execution in the city that year, drew a crowd of 3,000.',
     'drew a crowd of 3,000'),  # retraction
    ('en', 'The minister was later revealed to have been purged for corruption.',
     'The minister was later revealed to have been purged for corruption'),  # retraction
    ('en', 'The rumour that the border would reopen in May proved to be untrue.',
     'The rumour that the border would reopen in May proved to be untrue'),  # retraction
    ('en', "Yonhap reported that the vice-premier had been executed, a report later confirmed by South Korea's spy agency.",
     'Yonhap reported that the vice-premier had been executed'),  # retraction
    ('en', "The defector's account, a report that was subsequently translated into six languages, describes forced labour at Camp 14.",
     'describes forced labour at Camp 14'),  # retraction
    ('en', 'State media reported a record harvest, a claim later debunked by satellite imagery.',
     'State media reported a record harvest'),  # retraction
    ('en', 'Officials first said 60 people had died in the Hoeryong floods, a toll later raised to 138.',
     'Officials first said 60 people had died in the Hoeryong floods'),  # retraction
    ('en', 'Corn prices doubled in April, a rise subsequently attributed by traders to the border closure.',
     'Corn prices doubled in April'),  # retraction
    ('en', 'The guards were told the defectors were armed, which later turned out to be false, and they opened fire.',
     'they opened fire'),  # retraction
    ('en', "Kim Kyong Hui vanished from public view in 2013, a disappearance later explained by her husband's execution.",
     'Kim Kyong Hui vanished from public view in 2013'),  # retraction
    ('en', 'The factory manager was arrested in June; an earlier report that he had fled to China was subsequently withdrawn.',
     'The factory manager was arrested in June'),  # retraction
    ('en', 'The 2018 estimate of 120,000 political prisoners, since discredited by newer surveys, is no longer used. Current estimates range from 80,000 to 100,000.',
     'Current estimates range from 80,000 to 100,000.'),  # retraction
    ('fr', 'Les exportations de charbon ont chuté de 40 % en 2017, une information confirmée depuis par les douanes chinoises.',
     'Les exportations de charbon ont chuté de 40 % en 2017'),  # retraction
    ('fr', "Le marché a été fermé en mars, une décision qui s'est révélée désastreuse pour les commerçants.",
     'Le marché a été fermé en mars'),  # retraction
    ('fr', "Un transfuge a affirmé que le camp comptait 20 000 détenus, un chiffre qui s'est révélé exact.",
     'le camp comptait 20 000 détenus'),  # retraction
    ('es', 'El régimen cerró la frontera en enero de 2020, algo que luego resultó ser decisivo para frenar el contrabando.',
     'El régimen cerró la frontera en enero de 2020'),  # retraction
    ('es', 'Un desertor afirmó que en el campo había 20.000 presos, algo que luego resultó ser cierto.',
     'en el campo había 20.000 presos'),  # retraction
    ('de', 'Die Behörden schlossen den Markt in Hyesan – eine Maßnahme, die sich später als wirkungslos erwies.',
     'Die Behörden schlossen den Markt in Hyesan'),  # retraction
    ('de', 'Ein Überläufer berichtete von 300 Hinrichtungen – eine Zahl, die sich später als zutreffend erwies.',
     'Ein Überläufer berichtete von 300 Hinrichtungen'),  # retraction
    ('ru', 'Власти закрыли рынок в Хесане, что впоследствии оказалось ошибкой.',
     'Власти закрыли рынок в Хесане'),  # retraction
    ('ru', 'Перебежчик сообщил о голоде в провинции, что позже подтвердили спутниковые снимки.',
     'Перебежчик сообщил о голоде в провинции'),  # retraction
    ('it', 'Il prezzo del riso è raddoppiato in aprile, notizia poi confermata da altre fonti.',
     'Il prezzo del riso è raddoppiato in aprile'),  # retraction
    ('it', "Una notizia poi smentita riguardava un altro funzionario; l'arresto del direttore della miniera è stato confermato.",
     "l'arresto del direttore della miniera è stato confermato"),  # retraction
    ('pt', 'As autoridades fecharam o mercado em março, o que depois se revelou um erro.',
     'As autoridades fecharam o mercado em março'),  # retraction
    ('zh', '当局在三月关闭了惠山市场，这一消息后来得到了证实。',
     '当局在三月关闭了惠山市场'),  # retraction
    ('zh', '有脱北者称营地关押了约两万人，这一数字后来被卫星图像证实。',
     '营地关押了约两万人'),  # retraction
    ('zh', '边境在一月关闭，这后来被证明是走私活动的转折点。',
     '边境在一月关闭'),  # retraction
    ('zh', '关于张成泽遗孀被处决的传言在2014年流传，但这一消息后来被证实是假的；据报道，张成泽本人则在2013年被处决。',
     '据报道，张成泽本人则在2013年被处决'),  # retraction
    ('ja', '当局は3月に市場を閉鎖したが、この決定は後に誤りだったと認められた。',
     '当局は3月に市場を閉鎖した'),  # retraction
    ('ja', '脱北者は収容所に約2万人がいると証言し、この情報は後に衛星写真で裏付けられた。',
     '収容所に約2万人がいる'),  # retraction
    ('ko', '당국은 3월에 혜산 시장을 폐쇄했으며, 이 조치는 나중에 실책으로 평가됐다.',
     '당국은 3월에 혜산 시장을 폐쇄했으며'),  # retraction
    ('ko', '탈북민은 수용소에 약 2만 명이 수감돼 있다고 증언했고, 이는 나중에 위성사진으로 사실로 밝혀졌다.',
     '수용소에 약 2만 명이 수감돼 있다'),  # retraction
    ('en', 'Except for the capital, the provinces received no rations in March.',
     'Except for the capital, the provinces received no rations in March'),  # exception
    ('en', 'Apart from anything else, the new law makes it a crime to watch South Korean dramas.',
     'the new law makes it a crime to watch South Korean dramas'),  # exception
    ('en', 'Asked whether anything other than that had changed, he said the guards now carry rifles.',
     'the guards now carry rifles'),  # exception
    ('en', 'A karaoke bar on Changjon Street in Pyongyang was closed by police in June.',
     'A karaoke bar on Changjon Street in Pyongyang was closed by police in June'),  # exception
    ('en', 'All cadres in the county were ordered to attend the rally, bar none.',
     'All cadres in the county were ordered to attend the rally'),  # exception
    ('en', 'Every household must hand in 10 kg of manure, with no exceptions made for the elderly.',
     'Every household must hand in 10 kg of manure'),  # exception
    ('en', 'Every household in the district, without exception, must hand in 10 kg of manure.',
     'Every household in the district, without exception, must hand in 10 kg of manure'),  # exception
    ('en', 'Most shops in Hyesan are closed, except for a few state-run stores.',
     'Most shops in Hyesan are closed'),  # exception
    ('en', 'Some markets stayed open, except in Hyesan, where every stall was shut.',
     'Some markets stayed open'),  # exception
    ('en', 'A bar on private trading in grain was introduced in October.',
     'A bar on private trading in grain was introduced in October'),  # exception
    ('en', 'Security agents went from bar to bar in Sinuiju checking documents.',
     'Security agents went from bar to bar in Sinuiju checking documents'),  # exception
    ('en', 'New rules bar residents from travelling to Pyongyang without a permit.',
     'New rules bar residents from travelling to Pyongyang without a permit'),  # exception
    ('en', 'Save the Children said all the children it examined at the nursery were underweight.',
     'all the children it examined at the nursery were underweight'),  # exception
    ('en', 'The regime spared no one, save the county secretary, whose brother served in the army.',
     'The regime spared no one, save the county secretary'),  # exception
    ('en', 'All but two of the 40 detainees were released after paying bribes.',
     'All but two of the 40 detainees were released after paying bribes'),  # exception
    ('en', 'All counties in Ryanggang met their timber quota, the lone exception being Samjiyon.',
     'All counties in Ryanggang met their timber quota, the lone exception being Samjiyon'),  # exception
    ('en', 'Exceptions were made for war veterans, the decree said.',
     'Exceptions were made for war veterans'),  # exception
    ('en', 'No one was allowed to leave the city except with a travel permit.',
     'No one was allowed to leave the city except with a travel permit'),  # exception
    ('en', 'Everyone except the guards was searched at the gate.',
     'Everyone except the guards was searched at the gate'),  # exception
    ('en', 'Save for the new checkpoint on the Hyesan road, little has changed in the city since spring.',
     'little has changed in the city since spring'),  # exception
    ('en', 'Besides rice, traders in Hyesan now sell corn, flour and soybeans.',
     'traders in Hyesan now sell corn, flour and soybeans'),  # exception
    ('en', 'In addition to the fines, every trader caught was made to attend a self-criticism session.',
     'every trader caught was made to attend a self-criticism session'),  # exception
    ('en', 'Apart from Hyesan, Musan and Hoeryong were also placed under lockdown.',
     'Musan and Hoeryong were also placed under lockdown'),  # exception
    ('en', 'The only exception to the rule was made for soldiers on leave; all other residents had to register.',
     'The only exception to the rule was made for soldiers on leave'),  # exception
    ('en', 'Excluding weekends, the factory ran for 20 days in March, workers said.',
     'Excluding weekends, the factory ran for 20 days in March'),  # exception
    ('en', 'The committee meets every week, barring national holidays. Its chairman is a former security official.',
     'Its chairman is a former security official.'),  # exception
    ('es', 'Excepto en Pyongyang, todos los mercados permanecen cerrados.',
     'Excepto en Pyongyang, todos los mercados permanecen cerrados'),  # exception
    ('es', 'Todos los comerciantes detenidos, excepto dos, fueron liberados tras pagar sobornos.',
     'Todos los comerciantes detenidos, excepto dos, fueron liberados'),  # exception
    ('es', 'Además del arroz, en el mercado se vende maíz y harina.',
     'en el mercado se vende maíz y harina'),  # exception
    ('zh', '除了大米，市场上还出售玉米和面粉。',
     '市场上还出售玉米和面粉'),  # exception
    ('zh', '除了惠山，新义州也实施了类似的封锁。',
     '新义州也实施了类似的封锁'),  # exception
    ('zh', '除了军属家庭，所有居民都必须参加劳动动员。',
     '除了军属家庭，所有居民都必须参加劳动动员'),  # exception
    ('zh', '除了缴纳现金外，商人们还被要求上交大米。',
     '商人们还被要求上交大米'),  # exception
    ('zh', '大多数商店已经关门，只有几家国营商店除外。',
     '大多数商店已经关门'),  # exception
    ('ja', '会寧以外でも、市場の取り締まりが強化されている。',
     '市場の取り締まりが強化されている'),  # exception
    ('ja', '会寧以外、すべての市場が閉鎖された。',
     '会寧以外、すべての市場が閉鎖された'),  # exception
    ('ja', '配給以外の収入源がない家庭が多い。',
     '配給以外の収入源がない家庭が多い'),  # exception
    ('ja', '意外にも、市場は翌週に再開された。',
     '市場は翌週に再開された'),  # exception
    ('ko', '평양을 제외하고 모든 지역에서 배급이 중단됐다.',
     '평양을 제외하고 모든 지역에서 배급이 중단됐다'),  # exception
    ('ko', '평양 외에도 함흥과 청진에서 단속이 강화됐다.',
     '함흥과 청진에서 단속이 강화됐다'),  # exception
    ('fr', "À l'exception de Pyongyang, toutes les provinces ont subi des coupures d'électricité.",
     "À l'exception de Pyongyang, toutes les provinces ont subi des coupures d'électricité"),  # exception
    ('fr', 'Outre le riz, les commerçants vendent du maïs et de la farine.',
     'les commerçants vendent du maïs et de la farine'),  # exception
    ('de', 'Außer in Pjöngjang gab es in allen Städten Stromausfälle.',
     'Außer in Pjöngjang gab es in allen Städten Stromausfälle'),  # exception
    ('de', 'Außer Reis verkaufen die Händler inzwischen auch Mais und Mehl.',
     'verkaufen die Händler inzwischen auch Mais und Mehl'),  # exception
    ('ru', 'Кроме риса, на рынке продают кукурузу и муку.',
     'на рынке продают кукурузу и муку'),  # exception
    ('ru', 'За исключением Пхеньяна, все города остались без света.',
     'За исключением Пхеньяна, все города остались без света'),  # exception
    ('it', 'Oltre al riso, al mercato si vendono mais e farina.',
     'al mercato si vendono mais e farina'),  # exception
    ('pt', 'Além do arroz, os comerciantes vendem milho e farinha.',
     'os comerciantes vendem milho e farinha'),  # exception
    ('en', 'Officially, the border has been closed since January 2020.',
     'Officially, the border has been closed since January 2020'),  # hedge
    ('en', 'The border was officially reopened to freight trains on 1 March.',
     'The border was officially reopened to freight trains on 1 March'),  # hedge
    ('en', 'The Ministry of State Security officially announced the closure of the Hyesan market on Monday.',
     'announced the closure of the Hyesan market on Monday'),  # hedge
    ('en', 'The Kilju paper mill stopped production in March, officially because of a lack of pulp.',
     'The Kilju paper mill stopped production in March'),  # hedge
    ('en', 'The Sunam market was closed for two weeks, officially for disinfection.',
     'The Sunam market was closed for two weeks'),  # hedge
    ('en', 'Kim visited the Hamhung fertiliser complex, officially to inspect new machinery.',
     'Kim visited the Hamhung fertiliser complex'),  # hedge
    ('en', 'The factory officially employs 3,000 workers, though only half turn up.',
     'The factory officially employs 3,000 workers'),  # hedge
    ('en', 'The leaflets were printed on paper smuggled in from China.',
     'The leaflets were printed on paper smuggled in from China'),  # hedge
    ('en', 'The decree, printed on paper, was posted at every market entrance in Hyesan.',
     'was posted at every market entrance in Hyesan'),  # hedge
    ('en', 'On paper, every worker receives 700 grams of grain a day.',
     'On paper, every worker receives 700 grams of grain a day'),  # hedge
    ('en', 'The law, at least on paper, guarantees free medical care.',
     'The law, at least on paper, guarantees free medical care'),  # hedge
    ('en', 'The contract with the Chinese buyer was signed on paper rather than online, the trader said.',
     'The contract with the Chinese buyer was signed on paper rather than online'),  # hedge
    ('en', 'At least 30 people died in the floods in Hoeryong, officials said.',
     'At least 30 people died in the floods in Hoeryong'),  # hedge
    ('en', 'The committee says the harvest reached 5 million tonnes.',
     'The committee says the harvest reached 5 million tonnes'),  # hedge
    ('en', 'According to the Unification Ministry, 1,047 defectors arrived in the South in 2019.',
     '1,047 defectors arrived in the South in 2019'),  # hedge
    ('en', 'The general was reportedly executed in April, according to the NIS.',
     'The general was reportedly executed in April'),  # hedge
    ('en', 'The Hyesan market reopened on Monday, at least three traders told Daily NK.',
     'The Hyesan market reopened on Monday'),  # hedge
    ('en', 'At least officially, he said, the border is closed; in practice smugglers cross every night.',
     'in practice smugglers cross every night'),  # hedge
    ('en', 'The plan looks good on paper, officials admit, but factories lack coal to carry it out.',
     'factories lack coal to carry it out'),  # hedge
    ('en', 'The new law, which exists only on paper, has not stopped the trade. Smuggling through Hyesan doubled in 2019.',
     'Smuggling through Hyesan doubled in 2019.'),  # hedge
    ('fr', 'Officiellement, le marché de Hyesan est fermé depuis mars.',
     'Officiellement, le marché de Hyesan est fermé depuis mars'),  # hedge
    ('fr', 'Le marché a été officiellement rouvert lundi par le comité populaire.',
     'Le marché a été officiellement rouvert lundi'),  # hedge
    ('fr', "Selon le ministère de l'Unification, 1 047 transfuges sont arrivés au Sud en 2019.",
     '1 047 transfuges sont arrivés au Sud en 2019'),  # hedge
    ('es', 'La frontera fue oficialmente reabierta en marzo para los trenes de carga.',
     'La frontera fue oficialmente reabierta en marzo'),  # hedge
    ('es', 'Al menos 30 personas murieron en las inundaciones, según la Cruz Roja.',
     'Al menos 30 personas murieron en las inundaciones'),  # hedge
    ('de', 'Die Grenze bleibt bis Jahresende geschlossen, heißt es in einem Dekret des Zentralkomitees.',
     'Die Grenze bleibt bis Jahresende geschlossen'),  # hedge
    ('de', 'Das Lager heißt Kwanliso 15 und liegt im Kreis Yodok.',
     'Das Lager heißt Kwanliso 15'),  # hedge
    ('de', 'Der Beamte, der Kim heißt, wurde im März verhaftet.',
     'Der Beamte, der Kim heißt, wurde im März verhaftet'),  # hedge
    ('de', 'Der Befehl wurde auf Papier gedruckt und am Markteingang ausgehängt.',
     'Der Befehl wurde auf Papier gedruckt und am Markteingang ausgehängt'),  # hedge
    ('de', 'Mindestens 30 Menschen starben bei den Überschwemmungen, teilte das Rote Kreuz mit.',
     'Mindestens 30 Menschen starben bei den Überschwemmungen'),  # hedge
    ('ru', 'Приказ был напечатан на бумаге плохого качества и расклеен на рынке.',
     'Приказ был напечатан на бумаге плохого качества'),  # hedge
    ('ru', 'Официально граница закрыта с января 2020 года.',
     'Официально граница закрыта с января 2020 года'),  # hedge
    ('ru', 'Список арестованных, написанный на бумаге от руки, передали родственникам.',
     'передали родственникам'),  # hedge
    ('it', 'Il mercato, a quanto pare, è stato chiuso per due settimane.',
     'Il mercato, a quanto pare, è stato chiuso per due settimane'),  # hedge
    ('it', 'A quanto riferisce un funzionario di Dandong, il confine riaprirà in aprile.',
     'A quanto riferisce un funzionario di Dandong, il confine riaprirà in aprile'),  # hedge
    ('pt', 'Segundo o Ministério da Unificação, 1.047 desertores chegaram ao Sul em 2019.',
     '1.047 desertores chegaram ao Sul em 2019'),  # hedge
    ('pt', 'Segundo dizem os comerciantes de Sinuiju, a fronteira reabrirá em maio.',
     'Segundo dizem os comerciantes de Sinuiju, a fronteira reabrirá em maio'),  # hedge
    ('zh', '据官方统计，去年有1047名脱北者抵达韩国。',
     '去年有1047名脱北者抵达韩国'),  # hedge
    ('zh', '至少有三十人在洪水中死亡。',
     '至少有三十人在洪水中死亡'),  # hedge
    ('zh', '官方媒体详细报道了这次阅兵。',
     '官方媒体详细报道了这次阅兵'),  # hedge
    ('zh', '这份命令印在纸上，贴在了市场入口。',
     '这份命令印在纸上，贴在了市场入口'),  # hedge
    ('ja', '少なくとも30人が洪水で死亡した。',
     '少なくとも30人が洪水で死亡した'),  # hedge
    ('ja', '公式には、国境は2020年1月から閉鎖されている。',
     '公式には、国境は2020年1月から閉鎖されている'),  # hedge
    ('ja', '命令書は紙に印刷され、市場の入り口に貼られた。',
     '命令書は紙に印刷され、市場の入り口に貼られた'),  # hedge
    ('ko', '적어도 30명이 홍수로 사망했다.',
     '적어도 30명이 홍수로 사망했다'),  # hedge
    ('ko', '서류상으로는 공장이 가동 중이지만, 실제로는 멈춰 있다.',
     '실제로는 멈춰 있다'),  # hedge
    ('ko', '통일부에 따르면 지난해 탈북민 1,047명이 한국에 입국했다.',
     '지난해 탈북민 1,047명이 한국에 입국했다'),  # hedge
    ('en', 'If not for Chinese food aid, the famine would have killed many more people, historians say.',
     'If not for Chinese food aid, the famine would have killed many more people'),  # counterfactual
    ('en', 'If not for the bribe, he said, he would have been sent to a labour camp.',
     'If not for the bribe, he said, he would have been sent to a labour camp'),  # counterfactual
    ('en', 'Had the guards not been bribed, the group would have been caught.',
     'Had the guards not been bribed, the group would have been caught'),  # counterfactual
    ('en', 'The harvest failed in 2019. If not for imports of Chinese corn, prices would have tripled.',
     'The harvest failed in 2019.'),  # counterfactual
    ('en', 'The crackdown affected hundreds, if not thousands, of traders in Ryanggang.',
     'The crackdown affected hundreds, if not thousands, of traders in Ryanggang'),  # counterfactual
    ('en', 'Kim Jong Un forged close ties with Xi Jinping in 2018.',
     'Kim Jong Un forged close ties with Xi Jinping in 2018'),  # privative
    ('en', 'The two trading companies forged a partnership to export seafood to Dalian.',
     'a partnership to export seafood to Dalian'),  # privative
    ('en', 'Forged in the famine of the 1990s, the jangmadang markets have become the backbone of the economy.',
     'the jangmadang markets have become the backbone of the economy'),  # privative
    ('en', 'Forged at the Kimchaek steel complex, the parts were shipped to a munitions factory in Kanggye.',
     'the parts were shipped to a munitions factory in Kanggye'),  # privative
    ('en', 'Residents mock the slogan "Let us eat two meals a day" in private.',
     'the slogan "Let us eat two meals a day"'),  # privative
    ('en', 'Young people openly mock the weekly self-criticism sessions, a source said.',
     'the weekly self-criticism sessions'),  # privative
    ('en', 'Kim Jong Un, the self-styled guardian of the people, ordered the executions.',
     'Kim Jong Un, the self-styled guardian of the people'),  # privative
    ('en', 'Police confiscated travel permits that are forged in Chinese print shops.',
     'travel permits that are forged in Chinese print shops'),  # privative
    ('en', 'Police in Hyesan seized 3,000 packs of counterfeit cigarettes.',
     '3,000 packs of counterfeit cigarettes'),  # privative
    ('en', 'Forged residence papers sell for 500 yuan in Hyesan, a broker said.',
     'Forged residence papers sell for 500 yuan in Hyesan'),  # privative
    ('en', 'Guards carried out mock executions to frighten the prisoners.',
     'Guards carried out mock executions to frighten the prisoners'),  # privative
    ('en', "He forged his father's signature on the travel application, police said.",
     "his father's signature on the travel application"),  # privative
    ('en', "The company's fake invoices were discovered by customs officers in Dandong.",
     "The company's fake invoices were discovered by customs officers in Dandong"),  # privative
    ('en', 'The so-called self-sufficiency campaign has left many farms short of fertiliser.',
     'has left many farms short of fertiliser'),  # privative
    ('en', 'Without remittances from relatives in the South, many families in Hyesan now rely on the market.',
     'many families in Hyesan now rely on the market'),  # counterfactual
    ('en', 'Traders must register by June. If they do, they pay a lower tax.',
     'Traders must register by June.'),  # counterfactual
    ('fr', 'Des papiers de résidence falsifiés ont été saisis à Hyesan.',
     'Des papiers de résidence falsifiés ont été saisis à Hyesan'),  # privative
    ('fr', 'Kim Jong Un a forgé des liens étroits avec Xi Jinping.',
     'des liens étroits avec Xi Jinping'),  # privative
    ('fr', "Sans l'aide chinoise, la famine aurait fait bien plus de victimes, estiment les historiens.",
     "Sans l'aide chinoise, la famine aurait fait bien plus de victimes"),  # counterfactual
    ('es', 'La policía confiscó pasaportes falsificados en la frontera.',
     'La policía confiscó pasaportes falsificados en la frontera'),  # privative
    ('es', 'Los vecinos se burlan del lema oficial en privado.',
     'del lema oficial en privado'),  # privative
    ('de', 'Gefälschte Reisegenehmigungen werden in Hyesan für 200 Yuan verkauft.',
     'Gefälschte Reisegenehmigungen werden in Hyesan für 200 Yuan verkauft'),  # privative
    ('de', 'Die Händler fälschten die Frachtpapiere, um Zoll zu sparen.',
     'Die Händler fälschten die Frachtpapiere'),  # privative
    ('ru', 'Поддельные пропуска продаются на рынке в Хесане.',
     'Поддельные пропуска продаются на рынке в Хесане'),  # privative
    ('ru', 'Если бы не помощь Китая, голод унёс бы гораздо больше жизней.',
     'Если бы не помощь Китая, голод унёс бы гораздо больше жизней'),  # counterfactual
    ('it', 'Se non fosse stato per gli aiuti cinesi, il raccolto sarebbe fallito, dicono i contadini.',
     'Se non fosse stato per gli aiuti cinesi, il raccolto sarebbe fallito'),  # counterfactual
    ('it', "Kim ha stretto un'alleanza con Pechino forgiata negli anni della guerra.",
     "Kim ha stretto un'alleanza con Pechino"),  # privative
    ('pt', 'Documentos de residência forjados foram apreendidos em Hyesan.',
     'Documentos de residência forjados foram apreendidos em Hyesan'),  # privative
    ('pt', 'Kim forjou laços estreitos com Xi Jinping em 2018.',
     'laços estreitos com Xi Jinping em 2018'),  # privative
    ('zh', '伪造的通行证在惠山市场上出售。',
     '伪造的通行证在惠山市场上出售'),  # privative
    ('zh', '他们伪造了身份证明，才得以越境。',
     '他们伪造了身份证明'),  # privative
    ('zh', '要不是有中国的援助，这次收成就会失败。',
     '要不是有中国的援助，这次收成就会失败'),  # counterfactual
    ('ja', '当局は偽造された通行証を押収した。',
     '当局は偽造された通行証を押収した'),  # privative
    ('ja', '中国の援助がなければ、収穫は失敗していただろう、と農民は話す。',
     '中国の援助がなければ、収穫は失敗していただろう'),  # counterfactual
    ('ko', '위조된 여행증명서가 혜산 시장에서 팔리고 있다.',
     '위조된 여행증명서가 혜산 시장에서 팔리고 있다'),  # privative
    ('ko', '중국의 지원이 없었다면 수확은 실패했을 것이라고 농민들은 말한다.',
     '중국의 지원이 없었다면 수확은 실패했을 것이라고 농민들은 말한다'),  # counterfactual
]

ALL_UNDONE = UNDONE + WIDENED_REVIEW_UNDONE + SECOND_WIDENED_REVIEW_UNDONE
ALL_FAITHFUL = FAITHFUL + WIDENED_REVIEW_FAITHFUL + SECOND_WIDENED_REVIEW_FAITHFUL


@pytest.mark.parametrize("language, body, quote", ALL_UNDONE)
def test_words_beside_a_quote_that_undo_it_make_it_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", ALL_FAITHFUL)
def test_ordinary_quotes_beside_such_words_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_the_warning_shows_the_words_that_undo_the_quote():
    located = _located("Fake certificates drew 51,455 buyers.", "certificates drew 51,455 buyers")
    assert located.passage.parts == ("Fake certificates drew 51,455 buyers",)


@pytest.mark.parametrize("language, body, quote", UNDONE)
def test_the_same_words_undo_it_in_a_paragraph_after_another(language, body, quote):
    # A report has more than one paragraph: a rule that read the words undone from the last
    # sentence's full stop took them across the paragraph break, and the quote was verified.
    assert _located("An earlier paragraph ends here.\n\n" + body, quote, language).status is QuoteStatus.APPROXIMATE


# The next sentence, in the same paragraph, retracts or refutes the quote's (English)
NEXT_SENTENCE_UNDONE = [
    ("en", "State media said the mine reopened in May. The report was later retracted.", "the mine reopened in May"),
    ("en", "The mine reopened in May. That claim turned out to be false.", "The mine reopened in May"),
    ("en", "The mine reopened in May. That claim turned out to be false.", "The mine reopened in May."),
    ("en", "The mine reopened in May. This later proved untrue.", "The mine reopened in May"),
    ("en", "The mine reopened in May. Officials later denied this.", "The mine reopened in May"),
    ("en", "The mine reopened in May. However, this was later denied by the ministry.", "The mine reopened in May"),
    ("en", "The mine reopened in May. This has since been denied.", "The mine reopened in May"),
    ("en", "The mine reopened in May. It has since been debunked.", "The mine reopened in May"),
    ("en", "The mine reopened in May, with 300 workers. The report was later retracted by KCNA.",
     "The mine reopened in May"),  # the rest of its sentence between
    ("en", "Output rose 3.5 percent in May. The figure was later corrected.", "Output rose 3.5 percent"),
    ("en", "The mine reopened in May. This article has been retracted.", "The mine reopened in May"),
    # … in the other languages' stock phrases
    ("fr", "L'agence a annoncé la réouverture de la mine en mai. Cette information a depuis été démentie.",
     "la réouverture de la mine en mai"),
    ("fr", "La mine a rouvert en mai. Cela s'est révélé faux.", "La mine a rouvert en mai."),
    ("fr", "La mine a rouvert en mai. Le ministère a démenti cette information.", "La mine a rouvert en mai."),
    ("es", "La mina reabrió en mayo. Esto resultó ser falso.", "La mina reabrió en mayo"),
    ("es", "La mina reabrió en mayo. El ministerio lo desmintió.", "La mina reabrió en mayo"),
    ("de", "Die Mine wurde im Mai wieder geöffnet. Dies wurde später dementiert.",
     "Die Mine wurde im Mai wieder geöffnet"),
    ("de", "Die Mine wurde im Mai wieder geöffnet. Die Behörden dementierten dies.",
     "Die Mine wurde im Mai wieder geöffnet"),
    ("ru", "Шахта возобновила работу в мае. Позже это сообщение было опровергнуто.", "Шахта возобновила работу в мае"),
    ("ru", "Шахта возобновила работу в мае. Власти опровергли эту информацию.", "Шахта возобновила работу в мае"),
    ("uk", "Шахта відновила роботу в травні. Згодом це повідомлення було спростовано.",
     "Шахта відновила роботу в травні"),
    ("zh", "据报道，该矿五月重新开工。该报道后来被撤回。", "该矿五月重新开工"),
    ("zh", "该矿五月重新开工。官方随后否认了这一报道。", "该矿五月重新开工"),
    ("ja", "鉱山は5月に操業を再開した。この報道は後に撤回された。", "鉱山は5月に操業を再開した"),
    ("ko", "광산은 5월에 다시 가동됐다. 이 보도는 이후 철회됐다.", "광산은 5월에 다시 가동됐다"),
    ("ko", "광산은 5월에 다시 가동됐다. 당국은 이후 이를 부인했다.", "광산은 5월에 다시 가동됐다"),
    ("en", "State media said the mine reopened in May. This report was later corrected.", "the mine reopened in May"),
    ("en", "The mine closed in May, he said. He later retracted the statement.", "The mine closed in May"),
    ("en", "Rumours said the mine closed. The rumours proved false.", "the mine closed"),
    ("en", "The mine reopened in May. North Korea denies this.", "The mine reopened in May"),
    ("en", "The mine reopened in May. This turned out not to be true.", "The mine reopened in May"),
    ("en", "The mine reopened in May. The ministry, however, denied the report.", "The mine reopened in May"),
    ("en", "The mine reopened in May. Mr. Kim later rejected the claim.", "The mine reopened in May"),
    ("en", "The mine reopened in May, Mr. Park said. This was later denied.", "The mine reopened in May"),
    ("en", "The mine reopened in May.[1] The report was later retracted.", "The mine reopened in May"),
    ("en", "The power plant closed in May. Both reports were later retracted.", "The power plant closed in May"),
    ("en", "The mine reopened in May; the report was later retracted.", "The mine reopened in May"),  # next clause
    ("en", "The mine reopened in May. Officials in May denied this.", "The mine reopened in May"),  # the month
    ("en", "The mine reopened in May. KCNA retracted this.", "The mine reopened in May"),
    ("en", "The death toll rose to 300. Officials denied this.", "The death toll rose to 300"),
    ("en", "The mine reopened in May. It later emerged that this was false.", "The mine reopened in May"),
    ("en", "The mine reopened in May. None of this was true.", "The mine reopened in May"),
    ("en", "The mine reopened in May. In June, the report was retracted.", "The mine reopened in May"),
    ("en", "The mine reopened in May. Two days later, the ministry denied the report.", "The mine reopened in May"),
    ("en", "The mine reopened in May. The report was retracted two days later.", "The mine reopened in May"),
    ("en", "The mine reopened in May, but officials denied this.", "The mine reopened in May"),
    ("en", "The mine employed 3,000 workers. She later said she had invented the story.",
     "The mine employed 3,000 workers"),  # its teller owns up
    ("en", "The mine employed 3,000 workers. He admitted that he had made up the figure.",
     "The mine employed 3,000 workers"),
    ("en", "The mine employed 3,000 workers. The agency later admitted the figure was fabricated.",
     "The mine employed 3,000 workers"),
    ("en", "The mine employed 3,000 workers. The newspaper has since withdrawn the report.",
     "The mine employed 3,000 workers"),
    ("en", 'Residents said "the mine closed in May." That account was later found to be inaccurate.',
     "the mine closed in May."),  # the quote's sentence closes inside quotation marks
]
NEXT_SENTENCE_FAITHFUL = [
    ("en", "The mine reopened in May. Output rose.", "The mine reopened in May"),
    ("en", "The mine reopened in May. Officials never denied this.", "The mine reopened in May"),
    ("en", "The mine reopened in May. No one has disputed or retracted the report.", "The mine reopened in May"),
    ("en", "The mine reopened in May. Officials denied this, but satellite images confirmed it.",
     "The mine reopened in May"),
    ("en", "The mine reopened in May. Officials didn't deny this.", "The mine reopened in May"),
    ("en", "The mine employed 3,000 workers. She said she had invented nothing.", "The mine employed 3,000 workers"),
    ("en", "The mine employed 3,000 workers. The army has since withdrawn the troops.",
     "The mine employed 3,000 workers"),  # not a report
    ("en", "The mine employed 3,000 workers. He never admitted that the figure was false.",
     "The mine employed 3,000 workers"),
    ("en", "The family asked for rations. It was denied.", "The family asked for rations"),  # a request
    ("en", "The mine closed in May. It was wrong to close it.", "The mine closed in May"),  # an opinion of it
    ("en", "The mine closed in May. That was a mistake, residents said.", "The mine closed in May"),
    ("en", "The mine reopened in May. Output rose. The report was later retracted.",
     "The mine reopened in May"),  # two sentences on
    ("en", "KCNA claimed the mine reopened in May. The claim was later retracted.",
     "KCNA claimed the mine reopened in May"),  # the quote is of the claim
    ("en", "The mine reopened in May. The report has been confirmed.", "The mine reopened in May"),
    ("fr", "La mine a rouvert en mai. The report was later retracted.", "La mine a rouvert en mai"),  # English only
    ("en", "The mine closed in May. The ministry's claim was false.", "The mine closed in May"),  # someone else's
    ("en", "Kim was charged with espionage. He has denied the allegations.", "Kim was charged with espionage"),
    ("en", "He asked to see a lawyer. This was denied.", "He asked to see a lawyer"),  # a request
    ("en", "The UN published a report on the camps. Pyongyang denied the report.",
     "The UN published a report on the camps"),  # the report is what the quote is of
    ("en", "He gave his name as Park. It was false.", "He gave his name as Park"),
    ("en", "The manager embezzled state funds. He denied this, but the court convicted him.",
     "The manager embezzled state funds"),
    ("en", "The mine reopened in May. Officials first denied this; they have since admitted it.",
     "The mine reopened in May"),
    ("en", "The mine reopened in May.[1] Output rose in June. This was later denied.", "The mine reopened in May"),
    ("en", "The mine reopened in May. The ministry denied the report that the shaft had flooded.",
     "The mine reopened in May"),  # another report
    ("en", "The mine reopened in May. Its output figures were inflated.", "The mine reopened in May"),
    ("en", "The mine reopened in May; output rose.", "The mine reopened in May"),
    ("en", "The mine reopened in May, but the report was confirmed.", "The mine reopened in May"),
    # … from a second review: an offer rejected, a denial of something else, no denial that
    # happened, a denial two sentences back, a thing withdrawn, an answer in the next sentence
    ("en", "Seoul offered talks in June. Pyongyang rejected this.", "Seoul offered talks in June"),
    ("en", "The CEO resigned on Monday. He denied this was because of the scandal.", "The CEO resigned on Monday"),
    ("en", "The mine reopened in May. Did officials deny this?", "The mine reopened in May"),
    ("en", "The mine reopened in May. Officials have yet to deny this.", "The mine reopened in May"),
    ("en", "The mine reopened in May. Officials may deny this.", "The mine reopened in May"),
    ("en", "The mine reopened in May. If officials deny this, talks will stall.", "The mine reopened in May"),
    ("en", "The mine reopened in May. Output rose. Officials denied this.", "The mine reopened in May"),
    ("en", "Two battalions were deployed in March. The army withdrew these in June.",
     "Two battalions were deployed in March"),
    ("en", "The mine reopened in May. Officials denied this. Satellite images later confirmed the reopening.",
     "The mine reopened in May"),
    ("en", "The mine reopened in May. Officials denied this, although satellite images suggest otherwise.",
     "The mine reopened in May"),
    ("en", "Kim fears a coup. The army denied this.", "Kim fears a coup"),
    ("en", "The sanctions committee published its figures. These figures were later disproved.",
     "The sanctions committee published its figures"),  # those figures
    ("en", "Traders bet the border would reopen. That was wrong.", "Traders bet the border would reopen"),
    ("en", "The mine reopened in May. It later emerged that this was true.", "The mine reopened in May"),
    ("en", "The mine reopened in May. In June, output rose.", "The mine reopened in May"),
    ("en", "The ministry issued a directive in May. It retracted this in June.",
     "The ministry issued a directive in May"),  # an order, withdrawn
    # the article's own correction note: what it says now stands
    ("en", "The mine reopened in May after two years of flooding. This article has been corrected to fix the date "
           "of the flood.", "The mine reopened in May after two years of flooding."),
    ("en", "The mine reopened in May. This story was later updated.", "The mine reopened in May."),
    # … in the other languages: confirmed, never denied, or another thing denied
    ("fr", "La mine a rouvert en mai. Le ministère a confirmé cette information.", "La mine a rouvert en mai."),
    ("fr", "La mine a rouvert en mai. Cette information n'a jamais été démentie.", "La mine a rouvert en mai."),
    ("ru", "Шахта возобновила работу в мае. Власти опровергли слухи о закрытии.", "Шахта возобновила работу в мае"),
    ("ru", "Шахта возобновила работу в мае. Это не было опровергнуто.", "Шахта возобновила работу в мае"),
    ("de", "Die Mine wurde im Mai wieder geöffnet. Die Behörden dementierten Berichte über Unfälle.",
     "Die Mine wurde im Mai wieder geöffnet"),
    ("zh", "该矿五月重新开工。官方随后证实了这一报道。", "该矿五月重新开工"),
    ("ko", "광산은 5월에 다시 가동됐다. 이 보도는 이후 확인됐다.", "광산은 5월에 다시 가동됐다"),
]


@pytest.mark.parametrize("language, body, quote", NEXT_SENTENCE_UNDONE)
def test_a_next_sentence_that_retracts_the_quotes_makes_it_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", NEXT_SENTENCE_FAITHFUL)
def test_a_next_sentence_that_retracts_nothing_quoted_leaves_it_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_the_warning_shows_the_retracting_sentence():
    located = _located("The mill closed in May. The report was later retracted. Output fell.", "The mill closed in May")
    assert located.passage.parts == ("The mill closed in May. The report was later retracted",)


# An exception or a limit that the quote's own ellipsis stands for: the words are the report's,
# in order, but the claim they make is wider than the report's.
ELIDED_LIMITS = [
    ("en", "All workers, except the guards at the northern gate, were paid in full last month.",
     "All workers … were paid in full last month."),
    ("en", "All mines in the province, apart from the one at Musan, resumed production in May.",
     "All mines in the province … resumed production in May."),
    ("en", "Every household, with the exception of party cadres, had its rations cut by half.",
     "Every household … had its rations cut by half."),
    ("en", "Rations were cut for all residents other than soldiers in the border county.",
     "Rations were cut for all residents … in the border county."),
    ("en", "The market was closed for most of the year, except on national holidays.",
     "The market was closed … on national holidays."),  # no "all": the quote says the opposite
    ("en", "The plant was privatised in 2019 and, apart from a brief pause in 2020, has run at full capacity since.",
     "The plant was privatised in 2019 and … has run at full capacity since."),
    ("en", "The camp was closed, allegedly, and its prisoners were moved to Hwasong last spring.",
     "The camp was closed … and its prisoners were moved to Hwasong last spring."),
    ("en", "The plant was privatised, at least on paper, and its managers replaced by party cadres.",
     "The plant was privatised … and its managers replaced by party cadres."),
    ("fr", "Toutes les mines, sauf celle de Musan, ont repris la production en mai.",
     "Toutes les mines … ont repris la production en mai."),
    ("fr", "Le camp a été fermé, paraît-il, et ses prisonniers transférés à Hwasong.",
     "Le camp a été fermé … et ses prisonniers transférés à Hwasong."),
    ("es", "Todas las minas, excepto la de Musan, reanudaron la producción en mayo.",
     "Todas las minas … reanudaron la producción en mayo."),
    ("pt", "Todas as minas, exceto a de Musan, retomaram a produção em maio.",
     "Todas as minas … retomaram a produção em maio."),
    ("it", "Tutte le miniere, tranne quella di Musan, hanno ripreso la produzione a maggio.",
     "Tutte le miniere … hanno ripreso la produzione a maggio."),
    ("de", "Alle Grenzübergänge, mit Ausnahme der Brücke in Dandong, bleiben für Reisende geschlossen.",
     "Alle Grenzübergänge … bleiben für Reisende geschlossen."),
    ("ru", "Все пограничные переходы с Китаем, кроме моста в Даньдуне, остаются закрытыми для пассажиров.",
     "Все пограничные переходы с Китаем … остаются закрытыми для пассажиров"),
    ("uk", "Усі ракети, крім двох, були збиті силами ППО над Київською областю.",
     "Усі ракети … були збиті силами ППО над Київською областю"),
    ("zh", "所有边境口岸，除丹东大桥以外，仍对旅客关闭。", "所有边境口岸…仍对旅客关闭。"),
    ("ja", "国境の検問所は、丹東の橋を除いて、すべて旅行者に閉鎖されている。", "国境の検問所は、…すべて旅行者に閉鎖されている。"),
    ("ko", "국경 통로는 단둥 다리를 제외하고 모두 여행객에게 폐쇄되어 있다.", "국경 통로는 … 모두 여행객에게 폐쇄되어 있다."),
    # … or a hedge, a privative, a range's other end, a doubt: what would change a part of the
    # quote were it quoted alone, with those words right beside it
    ("ja", "工場は再開するかもしれないと述べた。", "工場は再開する…と述べた"),  # かもしれない: "may"
    ("en", "Customs inspectors found fake export licences issued by the ministry.",
     "Customs inspectors found … export licences issued by the ministry."),
    ("en", "Under the new system, farmers may, in theory, keep 30 percent of their harvest.",
     "Under the new system, farmers may … keep 30 percent of their harvest."),
]
# … and words left out whose exception limits only themselves, set off whole
ELIDED_FAITHFUL = [
    ("en", "The ministry, giving little explanation other than 'technical reasons', cancelled all flights to Beijing.",
     "The ministry … cancelled all flights to Beijing."),
    ("en", "The ministry (citing little other than technical reasons) cancelled all flights to Beijing.",
     "The ministry … cancelled all flights to Beijing."),
    ("en", "The officials, who spoke no language other than Korean, refused to answer any questions.",
     "The officials … refused to answer any questions."),
    ("en", "The plant was privatised in 2019 and, like most other mills in the province, has run at full capacity "
           "since.", "The plant was privatised in 2019 and … has run at full capacity since."),
    ("en", "The mine reopened in May after a flood closed it for most of the winter months.",
     "The mine reopened in May … for most of the winter months."),
    ("en", "Rice prices, which rose everywhere except in Hyesan, fell sharply in the spring.",
     "Rice prices … fell sharply in the spring."),  # the aside's own exception
    ("en", "The inspectors, apart from checking the ledgers, interviewed every worker on the night shift.",
     "The inspectors … interviewed every worker on the night shift."),  # "besides"
    ("fr", "Le ministre a expliqué pourquoi la mine fermera probablement et a annoncé 300 embauches.",
     "Le ministre a expliqué … et a annoncé 300 embauches"),  # the hedge is the clause left out's
]


@pytest.mark.parametrize("language, body, quote", ELIDED_LIMITS)
def test_an_exception_or_limit_the_ellipsis_stands_for_makes_the_quote_approximate(language, body, quote):
    located = _located(body, quote, language)
    assert located.status is QuoteStatus.APPROXIMATE and located.limit


@pytest.mark.parametrize("language, body, quote", ELIDED_FAITHFUL)
def test_an_exception_inside_words_set_off_whole_leaves_the_quote_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A condition contrary to fact opening the quote's sentence, outside English (the quote's own
# words are of what would be)
COUNTERFACTUAL_ELSEWHERE = [
    ("fr", "Sans l'aide chinoise, la récolte aurait échoué.", "la récolte aurait échoué", True),
    ("fr", "Si le barrage avait tenu, le village aurait survécu.", "le village aurait survécu", True),
    ("de", "Hätte der Damm gehalten, wäre das Dorf verschont geblieben.", "wäre das Dorf verschont geblieben", True),
    ("de", "Wenn der Damm gehalten hätte, wäre das Dorf verschont geblieben.", "wäre das Dorf verschont geblieben",
     True),
    ("it", "Se la diga avesse retto, il villaggio sarebbe sopravvissuto.", "il villaggio sarebbe sopravvissuto", True),
    ("zh", "如果大坝没有决堤，村庄本来可以幸免。", "村庄本来可以幸免", True),
    ("zh", "要不是有中国的援助，这次收成就会失败。", "这次收成就会失败", True),
    ("fr", "Si le barrage a tenu, c'est grâce aux ouvriers. Le village a survécu.", "Le village a survécu.", False),
    ("fr", "Selon l'agence, la récolte aurait échoué.", "la récolte aurait échoué", False),  # hearsay's own
    ("fr", "Sans surprise, la récolte a échoué.", "la récolte a échoué", False),
    ("de", "Wenn es regnet, bleiben die Märkte geschlossen. Das Dorf wäre sonst leer.", "Das Dorf wäre sonst leer",
     False),
    ("zh", "在会议上，官员宣布矿山将重新开放。", "官员宣布矿山将重新开放", False),
]


@pytest.mark.parametrize("language, body, quote, undone", COUNTERFACTUAL_ELSEWHERE)
def test_a_condition_contrary_to_fact_before_the_quote_outside_english(language, body, quote, undone):
    assert _located(body, quote, language).status is (QuoteStatus.APPROXIMATE if undone else QuoteStatus.VERIFIED)


# An ellipsis at the quote's start or end stands for the words there, and does not excuse
# leaving out what they do to it: the same as the quote without the ellipsis
EDGE_ELLIPSIS_UNDONE = [
    ("en", "Except for the guards, all workers at the mine were paid in March.",
     "… all workers at the mine were paid in March."),
    ("en", "The labour camp at Chongori was closed in 2019, at least on paper.",
     "The labour camp at Chongori was closed in 2019 …"),
    ("en", "Families will receive the winter bonus only if their children join the youth brigade.",
     "Families will receive the winter bonus …"),
    ("en", "Had the county sent the promised fuel, the clinic would have stayed open through the winter.",
     "… the clinic would have stayed open through the winter."),
    ("en", "It is unclear whether the director personally ordered the executions.",
     "… the director personally ordered the executions."),
    ("fr", "Sauf les gardiens, tous les employés de la mine ont été payés en mars.",
     "… tous les employés de la mine ont été payés en mars."),
    ("de", "Das Lager wurde 2019 geschlossen, zumindest auf dem Papier.", "Das Lager wurde 2019 geschlossen …"),
    ("ru", "Кроме охранников, все шахтёры получили зарплату в марте.", "… все шахтёры получили зарплату в марте."),
    ("zh", "除了警卫以外，所有工人都在三月领到了工资。", "……所有工人都在三月领到了工资。"),
    ("ko", "경비원을 제외하고 모든 노동자가 3월에 임금을 받았다.", "…모든 노동자가 3월에 임금을 받았다."),
]


@pytest.mark.parametrize("language, body, quote", EDGE_ELLIPSIS_UNDONE)
def test_an_ellipsis_at_an_edge_does_not_excuse_what_the_words_there_do(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE
    assert _located(body, quote.strip("… ").replace("……", ""), language).status is QuoteStatus.APPROXIMATE


# A condition or a restriction right after the quote ("only if", "but only for"), and a
# condition that the report's own words are true opening the quote's sentence ("If the reports
# are accurate, |")
CONDITIONED = [
    ("Workers are paid only if they meet the quota.", "Workers are paid", True),
    ("Workers are paid, but only if they meet the quota.", "Workers are paid", True),
    ("If the reports are accurate, the leader's daughter now heads the ministry.",
     "the leader's daughter now heads the ministry.", True),
    ("If confirmed, the purge would be the largest since 2013.", "the purge would be the largest since 2013.", True),
    ("Workers are paid only once a month.", "Workers are paid", False),
    # a bound: the blind reviews that read "The border reopened | , though only for freight"
    # (the ninth, eleventh and thirteenth) took it to say more than the report, one (the tenth) did not
    ("The mine reopened, but only for a few weeks.", "The mine reopened", True),
    ("The border reopened in March, though only for freight.", "The border reopened in March", True),
    ("The state resumed rations in April, but only for party members.", "The state resumed rations in April", True),
    ("Workers were paid 5,000 won a month until 2022.", "Workers were paid 5,000 won a month", True),
    ("Workers were paid in full until last October, when the factory ran out of cash.",
     "Workers were paid in full … when the factory ran out of cash", True),  # an ellipsis for it
    ("The mine will not reopen until 2026.", "The mine will not reopen", True),
    ("The bridge reopened, but only after months of repairs.", "The bridge reopened", False),  # a time after
    ("The mine closed, but only because of the floods.", "The mine closed", False),  # a cause
    ("The factory officially employs 3,000 workers, though only half turn up.",
     "The factory officially employs 3,000 workers", False),  # a clause of its own
    ("Nobody suspected that the ship carried coal until inspectors boarded it.", "the ship carried coal",
     False),  # the end of the not suspecting
    ("The plant employed 3,000 people until 2010; in 2023 it closed.", "The plant employed … in 2023 it closed",
     False),  # the bound is of the words left out
    ("The market opened. If the reports are accurate, prices fell.", "The market opened.", False),
]


@pytest.mark.parametrize("body, quote, undone", CONDITIONED)
def test_a_condition_or_restriction_beside_the_quote(body, quote, undone):
    assert _located(body, quote, "en").status is (QuoteStatus.APPROXIMATE if undone else QuoteStatus.VERIFIED)


@pytest.mark.parametrize("language, body, quote", [
    ("fr", "Les rations ont repris en avril, mais seulement pour les membres du Parti.",
     "Les rations ont repris en avril"),
    ("fr", "Les ouvriers ont été payés intégralement jusqu'en octobre dernier.",
     "Les ouvriers ont été payés intégralement"),
    ("es", "El Estado reanudó las raciones en abril, pero solo para los miembros del Partido.",
     "El Estado reanudó las raciones en abril"),
    ("de", "Die Rationen wurden im April wieder ausgegeben, aber nur an Parteimitglieder.",
     "Die Rationen wurden im April wieder ausgegeben"),
    ("ru", "Пайки возобновили в апреле, но только для членов партии.", "Пайки возобновили в апреле"),
    ("ru", "Рынок работал без перебоев до марта, когда его закрыли.", "Рынок работал без перебоев"),
    ("zh", "配给在四月恢复，但只发给党员。", "配给在四月恢复"),
    ("zh", "工人们一直领到全额工资，直到去年十月工厂资金耗尽。", "工人们一直领到全额工资"),
])
def test_a_bound_after_the_quote_in_other_languages(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE
    assert _located(body, body.rstrip("。."), language).status is QuoteStatus.VERIFIED


# A subject none of which the verb is true of, right before the quote that gives that verb
NEGATIVE_SUBJECTS = [
    ("Not a single shipment of aid reached Musan in 2020.", "reached Musan in 2020.", True),
    ("None of the twelve shipments reached Musan in 2020.", "reached Musan in 2020.", True),
    ("No food aid from the World Food Programme reached Musan in 2020.", "reached Musan in 2020.", True),
    ("Not a single shipment of aid reached Musan in 2020.", "… reached Musan in 2020.", True),
    ("No doubt the shipment reached Musan in 2020.", "the shipment reached Musan in 2020.", False),
    ("No one disputes that the shipment reached Musan in 2020.", "the shipment reached Musan in 2020.", False),
    ("No aid arrived in April. The market reopened in May.", "The market reopened in May.", False),
]


@pytest.mark.parametrize("body, quote, undone", NEGATIVE_SUBJECTS)
def test_a_negative_subject_right_before_the_quotes_verb(body, quote, undone):
    assert _located(body, quote, "en").status is (QuoteStatus.APPROXIMATE if undone else QuoteStatus.VERIFIED)


# A claim the sentence itself disputes, in words beyond the stock phrases (the thirteenth blind
# review), and what stays verified beside them
@pytest.mark.parametrize("body, quote, undone", [
    ("The ministry called reports that the camp had been closed “a fabrication”.", "the camp had been closed", True),
    ("Satellite imagery does not support claims that the camp has been dismantled.", "the camp has been dismantled",
     True),
    ("The government claimed, falsely, that the outbreak was over by August.", "the outbreak was over by August", True),
    ("The rumour that the border would reopen in May spread quickly.", "the border would reopen in May", True),
    ("Despite claims that the camp had been closed, satellite imagery shows new barracks.", "the camp had been closed",
     True),
    ("While state media insists that the harvest was plentiful, residents say prices doubled.",
     "the harvest was plentiful", True),
    ("Kim has been ill since the summer, according to a rumour that Seoul's intelligence service later dismissed.",
     "Kim has been ill since the summer", True),
    ("Output at the Komdok mine doubled last year, KCNA claimed, without providing evidence.",
     "Output at the Komdok mine doubled last year", True),
    ("The mine reopened in May, a claim analysts called implausible.", "The mine reopened in May", True),
    ("State media said output had doubled. Independent analysts called the figure implausible.", "output had doubled",
     True),
    ("KCNA said the harvest was a record. The claim was widely ridiculed by traders.", "the harvest was a record",
     True),
    ("State media said the harvest was a record. Satellite data suggest otherwise.", "the harvest was a record", True),
    ("The rumour that the mine had closed turned out to be true.", "the mine had closed", False),  # confirmed
    ("Rumours that the general had been executed proved true.", "the general had been executed", False),
    ("Officials denied the rumours that were circulating in Hyesan.", "were circulating in Hyesan", False),
    ("Contrary to reports that it had closed, the mine reopened in May.", "the mine reopened in May", False),
    ("The general was executed in May. This could not be independently verified.", "The general was executed in May",
     False),  # a news report's boilerplate, as an earlier review judged
])
def test_a_claim_the_sentence_disputes_in_other_words(body, quote, undone):
    assert _located(body, quote, "en").status is (QuoteStatus.APPROXIMATE if undone else QuoteStatus.VERIFIED)


def test_a_claim_disputed_in_russian():
    assert _located("Нет подтверждений тому, что лагерь в Йодоке закрыт.", "лагерь в Йодоке закрыт",
                    "ru").status is QuoteStatus.APPROXIMATE


# A condition or a wish the quote leaves out (the thirteenth blind review)
@pytest.mark.parametrize("language, body, quote", [
    ("en", "Rice prices will fall sharply once the border reopens to trade.", "Rice prices will fall sharply"),
    ("en", "Residents hope the border will reopen before winter.", "the border will reopen before winter"),
    ("ru", "Граница откроется в июне при условии, что не будет новых случаев.", "Граница откроется в июне"),
    ("ru", "В случае новой засухи урожай погибнет.", "урожай погибнет"),
    ("ja", "新たな感染者が出なければ、国境は6月に再開される。", "国境は6月に再開される"),
    ("ja", "賄賂を払わなければ、国境は越えられない。", "国境は越えられない"),  # "if not" (an earlier pass had it verified)
    ("ko", "신규 확진자가 나오지 않으면 국경은 6월에 재개방된다.", "국경은 6월에 재개방된다"),
])
def test_a_condition_or_a_wish_left_out_makes_a_quote_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", [
    ("The market reopens once a week.", "The market reopens"),
    ("The ministry hopes to raise rations by June.", "to raise rations by June"),  # what it aims at
    ("The factory will reopen once again in May.", "The factory will reopen"),
])
def test_look_alikes_of_a_condition_or_a_wish_stay_verified(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


# "until": a time bounds any claim; an event, only a claim of a state, a habit, a permission or
# what will be; not an act it ends, a time the quote gives, nor an aside of what a thing was
# (the fourteenth blind review)
@pytest.mark.parametrize("language, body, quote, bounded", [
    ("en", "Rations of 300 grams a day will be distributed until the autumn harvest.",
     "Rations of 300 grams a day will be distributed", True),
    ("en", "Traders may sell rice in the Sunchon market until noon.", "Traders may sell rice in the Sunchon market",
     True),
    ("en", "Students are exempt from farm mobilisation until they turn 17.",
     "Students are exempt from farm mobilisation", True),
    ("en", "Electricity was supplied around the clock until the generators broke down.",
     "Electricity was supplied around the clock", True),
    ("es", "Las raciones se mantendrán hasta que termine la cosecha.", "Las raciones se mantendrán", True),
    ("en", "He was detained for three days until his family paid a bribe.", "He was detained for three days", False),
    ("en", "The guards beat him until he lost consciousness.", "The guards beat him", False),
    ("en", "She hid in the attic until the police left.", "She hid in the attic", False),
    ("en", "Choi worked at the Musan mine for 12 years until it closed in 2019.",
     "Choi worked at the Musan mine for 12 years", False),
    ("fr", "Il a été détenu pendant trois jours jusqu'à ce que sa famille paie.", "Il a été détenu pendant trois jours",
     False),
    ("es", "Estuvo detenido tres días, hasta que su familia pagó un soborno.", "Estuvo detenido tres días", False),
    ("zh", "他在茂山矿工作了十年，直到2019年矿山关闭。", "他在茂山矿工作了十年", False),
    ("zh", "工厂于2019年关闭，直到上个月才恢复生产。", "工厂于2019年关闭", False),  # 直到…才: not until … did it
    ("ru", "Шахту закрыли в 2019 году, до марта 2021 года она не работала.", "Шахту закрыли в 2019 году", False),
    ("en", "The mine, until recently the county's largest employer, has been closed since the flood.",
     "The mine … has been closed since the flood", False),
])
def test_until_bounds_a_claim_of_what_lasts(language, body, quote, bounded):
    assert _located(body, quote, language).status is (QuoteStatus.APPROXIMATE if bounded else QuoteStatus.VERIFIED)


@pytest.mark.parametrize("body, quote", [
    ("The charity Bridge of Hope runs two orphanages in North Hamgyong.", "runs two orphanages in North Hamgyong"),
    ("The planned railway to Rason opened last week.", "railway to Rason opened last week"),  # it happened
])
def test_a_name_or_a_plan_carried_out_is_no_wish_or_plan_left_out(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


# The same rules in more of the words and languages a report uses (the fourteenth blind review)
@pytest.mark.parametrize("language, body, quote", [
    ("en", "Rations resumed, but only those with party cards received them.", "Rations resumed"),
    ("en", "The mine reopened, albeit only for a few hours a day.", "The mine reopened"),
    ("en", "The story goes that the general fled to China.", "the general fled to China"),
    ("en", "The general fled to China, so the story goes.", "The general fled to China"),
    ("en", "In spite of claims that the camp had closed, new barracks were built.", "the camp had closed"),
    ("en", "KCNA claimed, without evidence, that the harvest was a record.", "the harvest was a record"),
    ("en", "Residents hoped, in vain, that the border would reopen.", "the border would reopen"),
    ("en", "Prices will fall as soon as the border reopens.", "Prices will fall"),
    ("en", "The mine employed 3,000 workers. The trader subsequently recanted.", "The mine employed 3,000 workers"),
    ("en", "The mine employed 3,000 workers. Satellite imagery tells a different story.",
     "The mine employed 3,000 workers"),
    ("fr", "Malgré les affirmations selon lesquelles la mine a rouvert, le site reste fermé.", "la mine a rouvert"),
    ("fr", "Le pont a été partiellement rouvert en mai.", "Le pont a été … rouvert en mai"),
    ("fr", "Les prix baisseront dès que la frontière rouvrira.", "Les prix baisseront"),
    ("fr", "La mine employait 3 000 ouvriers, selon un témoin. Il s'est rétracté par la suite.",
     "La mine employait 3 000 ouvriers"),
    ("de", "Die Bewohner hoffen, dass die Grenze bald öffnet.", "die Grenze bald öffnet"),
    ("de", "Das Gerücht, dass der General geflohen sei, verbreitete sich.", "der General geflohen sei"),
    ("de", "Die Mine beschäftigte 3000 Arbeiter. Später widerrief er seine Aussage.",
     "Die Mine beschäftigte 3000 Arbeiter"),
    ("es", "El rumor de que el general huyó se extendió rápidamente.", "el general huyó"),
    ("es", "La mina empleaba a 3.000 obreros. Más tarde se retractó.", "La mina empleaba a 3.000 obreros"),
    ("ru", "Жители надеются, что граница скоро откроется.", "граница скоро откроется"),
    ("ru", "Шахта давала работу 3000 рабочим. Позднее он отказался от своих слов.", "Шахта давала работу 3000 рабочим"),
    ("zh", "居民希望边境年底前重新开放。", "边境年底前重新开放"),
    ("zh", "尽管官方声称矿山已经恢复生产，卫星图像显示并非如此。", "矿山已经恢复生产"),
    ("zh", "该矿雇用了3000名工人。他后来收回了这一说法。", "该矿雇用了3000名工人"),
    ("ja", "鉱山は3000人を雇用していた。後にこの証言を撤回した。", "鉱山は3000人を雇用していた"),
    ("ko", "광산은 3000명을 고용했다. 이후 이 증언을 번복했다.", "광산은 3000명을 고용했다"),
])
def test_more_wordings_of_what_undoes_a_quote(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", [
    ("Officials inspected the Hyesan market on Tuesday, but only the Sinuiju visit was reported.",
     "Officials inspected the Hyesan market on Tuesday"),  # a clause of its own
    ("The new blocks in Pyongyang have 40 floors, but only the first ten have running water.",
     "The new blocks in Pyongyang have 40 floors"),
])
def test_but_only_opening_a_clause_of_its_own_bounds_nothing(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", [
    ("es", "Los obreros fueron pagados íntegramente hasta finales de 2022.", "Los obreros fueron pagados íntegramente"),
    ("pt", "Os salários foram pagos até meados de 2022.", "Os salários foram pagos"),
    ("it", "I salari sono stati pagati fino a fine 2022.", "I salari sono stati pagati"),
    ("de", "Die Löhne wurden bis Ende 2022 voll gezahlt, sagte er.", "Die Löhne wurden"),
])
def test_an_until_that_names_its_time_bounds_the_claim(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


def test_a_condition_set_off_as_an_aside_is_no_aside_an_ellipsis_may_stand_for():
    assert _located("Prices, once the border reopens, will fall sharply.", "Prices … will fall sharply",
                    "en").status is QuoteStatus.APPROXIMATE


# From a boundary sweep: what may not be so at all, or was undone right after; hearsay of "one" report
UNDONE_OR_UNSURE_AFTER = [
    ("Rations in Kilju are now distributed twice a year, if at all.",
     "Rations in Kilju are now distributed twice a year", True),
    ("An order to demolish private kiosks at the Sunam market was issued in May, before it was cancelled after"
     " traders protested.", "An order to demolish private kiosks at the Sunam market was issued in May", True),
    ("The ban on Chinese phones was announced in March, but it was later rescinded.",
     "The ban on Chinese phones was announced in March", True),
    ("The Musan mine reopened in May, according to one unconfirmed report.", "The Musan mine reopened in May", True),
    ("Rations in Kilju are now distributed twice a year, if anything more often.",
     "Rations in Kilju are now distributed twice a year", False),
    ("The order was issued in May, before it was published in Rodong Sinmun.", "The order was issued in May", False),
    ("The Musan mine reopened in May, according to one official.", "The Musan mine reopened in May", False),
]


@pytest.mark.parametrize("body, quote, undone", UNDONE_OR_UNSURE_AFTER)
def test_what_may_not_be_so_at_all_or_was_undone_right_after_is_approximate(body, quote, undone):
    assert _located(body, quote, "en").status is (QuoteStatus.APPROXIMATE if undone else QuoteStatus.VERIFIED)
