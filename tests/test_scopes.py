"""Words right outside a quote that make its words say something else (generator/scopes.py):
a privative word, an exception to "all", a yes-or-no question, a condition contrary to fact,
a limit, a retraction. The cases are three held-out reviews': the quotes the first found
verified though their report's next or previous words undo them, and the faithful quotes
all three wrote to keep such rules from flagging ordinary quoting (the second and third
aimed at these rules: names marked "so-called", "failed" and "forged" as verbs, paper
itself, questions asking why, doubted denials, idioms with "all", 除了…还, "всё же")."""

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
     'Workers were paid 5,000 won a month'),  # unit-kept: ends before a time bound
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
    ('ja', '賄賂を払わなければ、国境は越えられない。',
     '国境は越えられない'),  # counterfactual-なければ-general: general conditional (arguable)
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


@pytest.mark.parametrize("language, body, quote", UNDONE)
def test_words_beside_a_quote_that_undo_it_make_it_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FAITHFUL)
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
