"""Words right before a quote that leave it a clause the report does not vouch for
(generator/leadins.py): a doubt with no "that", a rejection, "rather than", an adverb such as
"nearly". The cases are four held-out reviews': quotes such words undo, and the faithful
quotes the second, third and fourth wrote to keep the rules from flagging ordinary quoting
("Instead of X, | officials sealed it", "Almost a year later, |", "No one denies |", 不可否认,
"I doubt it,", "held virtually for", "au lieu de détention"), with what was decided: a
modal's or a plan's verb quoted alone is verified. At the end, a fifth blind probe's."""

from __future__ import annotations

import pytest
from test_citations import _located

from generator.model import QuoteStatus
from generator.normalize import normalize

UNDONE = [
    ('en', 'Rations were less generous this year than last.', 'generous this year'),  # a degree turned around
    ('en', 'Rations were less generous this year than last.', 'Rations were … generous this year'),
    ('en', 'Rations are less than generous.', 'generous'),
    ('en', 'It was the least costly option.', 'costly option'),
    ('en', 'The factory is much less productive.', 'productive'),
    ('en', 'The bridge was partially reopened to freight traffic in May.',
     'reopened to freight traffic in May'),  # adverb: only in part
    ('en', 'The bridge was partially reopened to freight traffic in May.',
     'The bridge was … reopened to freight traffic in May'),  # … or where the ellipsis is
    ('en', 'Residents protested against the planned demolition of the old market.',
     'Residents protested against the … demolition of the old market'),  # only meant to happen
    ('en', 'The army crushed an attempted coup in 2015.', 'coup in 2015'),
    ('en', 'Nobody in Hyesan believes the regime will raise rations this winter.',
     'the regime will raise rations this winter'),  # lead-doubt: nobody believes, no 'that'
    ('en', 'Few traders think the Musan mine will reopen before spring.',
     'the Musan mine will reopen before spring'),  # lead-doubt: few think
    ('en', 'Nothing indicates the army has withdrawn from the border posts near Sinuiju.',
     'the army has withdrawn from the border posts near Sinuiju'),  # lead-doubt: nothing indicates
    ('en', 'There is nothing to suggest the prison camp near Chongjin has been closed.',
     'the prison camp near Chongjin has been closed'),  # lead-doubt: there is nothing to suggest
    ('en', 'Little suggests the new market rules have been enforced in Ryanggang Province.',
     'the new market rules have been enforced in Ryanggang Province'),  # lead-doubt: little suggests
    ('en', 'There is a lack of evidence that the border guards received extra rations in March.',
     'the border guards received extra rations in March'),  # lead-doubt: lack of evidence that
    ('en', 'It is too early to say the crackdown on smuggling in Hyesan has ended.',
     'the crackdown on smuggling in Hyesan has ended'),  # lead-doubt: too early to say
    ('en', 'It would be wrong to conclude the food situation in North Hamgyong has improved.',
     'the food situation in North Hamgyong has improved'),  # lead-doubt: wrong to conclude
    ('en', 'State media falsely reported the harvest in South Hwanghae had broken records.',
     'the harvest in South Hwanghae had broken records'),  # lead-doubt: falsely reported
    ('en', 'Local officials pretend the rationing system still works, a source in Chongjin said.',
     'the rationing system still works'),  # lead-doubt: officials pretend
    ('en', 'Cadres in Musan act as if the factories are running at full capacity.',
     'the factories are running at full capacity'),  # lead-doubt: act as if
    ('en', 'Security officials behave as though the border is sealed, but smugglers cross every night.',
     'the border is sealed'),  # lead-doubt: as though
    ('en', 'Satellite imagery disproved the claim the Yongbyon reactor had been shut down.',
     'the Yongbyon reactor had been shut down'),  # lead-doubt: disproved the claim
    ('en', 'The ministry dismissed claims that soldiers had deserted their posts in Ryanggang.',
     'soldiers had deserted their posts in Ryanggang'),  # lead-doubt: dismissed claims that
    ('en', 'A former guard disputed the notion that prisoners in Kaechon receive adequate food.',
     'prisoners in Kaechon receive adequate food'),  # lead-doubt: disputed the notion that
    ('en', 'Provincial officials laughed off suggestions that the Hyesan market would be shut down.',
     'the Hyesan market would be shut down'),  # lead-doubt: laughed off suggestions that
    ('en', 'Traders in Sinuiju scoffed at reports that rice prices had fallen.',
     'rice prices had fallen'),  # lead-doubt: scoffed at reports that
    ('en', 'Contrary to claims by state media that the Musan mine had met its quota, output fell by half in June.',
     'the Musan mine had met its quota'),  # lead-doubt: contrary to claims by state media that
    ('en', 'In Chongjin, no one believes that the new party secretary will stop the bribery.',
     'the new party secretary will stop the bribery'),  # lead-doubt: no one believes that, after comma
    ('en', 'There is no evidence the army distributed the aid rice to civilians in North Hamgyong.',
     'the army distributed the aid rice to civilians in North Hamgyong'),  # lead-doubt: there is no evidence
    ('en', 'Two years after the flood, few in Hoeryong think the government will rebuild their homes.',
     'the government will rebuild their homes'),  # lead-doubt: few think, mid-sentence
    ('en', 'Officials, however, pretend the production quotas are being met.',
     'the production quotas are being met'),  # lead-doubt: pretend after parenthetical
    ('en', 'Sources in Ryanggang deny the border guards were executed.',
     'the border guards were executed'),  # lead-doubt: deny, no 'that'
    ('en', 'Nor is there any sign the steel works in Kimchaek resumed production.',
     'the steel works in Kimchaek resumed production'),  # lead-doubt: nor is there any sign
    ('en', 'It is unlikely the Ryanggang authorities will lift the travel ban this year.',
     'the Ryanggang authorities will lift the travel ban this year'),  # lead-doubt: it is unlikely (hedge)
    ('fr', "Personne ne croit que le marché de Hyesan rouvrira avant l'hiver.",
     "le marché de Hyesan rouvrira avant l'hiver"),  # lead-doubt: personne ne croit que
    ('fr', "Rien n'indique que l'armée a quitté les postes frontaliers près de Sinuiju.",
     "l'armée a quitté les postes frontaliers près de Sinuiju"),  # lead-doubt: rien n'indique que
    ('de', 'Niemand glaubt, dass die Mine in Musan vor dem Frühjahr wieder öffnet.',
     'die Mine in Musan vor dem Frühjahr wieder öffnet'),  # lead-doubt: niemand glaubt, dass
    ('de', 'Es gibt keine Hinweise darauf, dass die Grenzsoldaten zusätzliche Rationen erhalten haben.',
     'die Grenzsoldaten zusätzliche Rationen erhalten haben'),  # lead-doubt: keine Hinweise darauf, dass
    ('es', 'Nadie cree que el régimen vaya a aumentar las raciones este invierno.',
     'el régimen vaya a aumentar las raciones este invierno'),  # lead-doubt: nadie cree que
    ('es', 'No hay pruebas de que el ejército haya abandonado los puestos fronterizos de Sinuiju.',
     'el ejército haya abandonado los puestos fronterizos de Sinuiju'),  # lead-doubt: no hay pruebas de que
    ('ru', 'Никто не верит, что шахта в Мусане откроется до весны.',
     'шахта в Мусане откроется до весны'),  # lead-doubt: никто не верит, что
    ('ru', 'Нет доказательств того, что армия покинула пограничные посты у Синыйджу.',
     'армия покинула пограничные посты у Синыйджу'),  # lead-doubt: нет доказательств того, что
    ('zh', '没有人相信政府今年冬天会增加配给。',
     '政府今年冬天会增加配给'),  # lead-doubt: 没有人相信
    ('zh', '没有证据表明军队已经撤离新义州附近的边境哨所。',
     '军队已经撤离新义州附近的边境哨所'),  # lead-doubt: 没有证据表明
    ('ja', '軍が新義州近くの国境検問所から撤退したという証拠はない。',
     '軍が新義州近くの国境検問所から撤退した'),  # lead-doubt: という証拠はない after the clause
    ('ko', '당국은 혜산 시장이 폐쇄되었다는 보도를 부인했다.',
     '혜산 시장이 폐쇄되었다'),  # lead-doubt: 다는 보도를 부인했다 after the clause
    ('ko', '북한 당국은 무산 광산이 다시 문을 열었다는 보도를 부인했다.',
     '무산 광산이 다시 문을 열었다'),  # lead-doubt: 다는 보도를 부인했다 after the clause
    ('en', 'The state sold the confiscated rice on the market instead of distributing it as rations to workers in Chongjin.',
     'distributing it as rations to workers in Chongjin'),  # instead: instead of + gerund
    ('en', 'Border guards took the bribes rather than reporting the smugglers to the security ministry.',
     'reporting the smugglers to the security ministry'),  # instead: rather than + gerund
    ('en', 'Instead of releasing the prisoners as promised, the camp authorities transferred them to Kaechon.',
     'releasing the prisoners as promised'),  # instead: sentence-initial Instead of
    ('en', 'Rather than closing the Hyesan market, officials shortened its opening hours.',
     'closing the Hyesan market'),  # instead: sentence-initial Rather than
    ('en', 'The army kept the aid for its own units instead of handing it to farmers in Ryanggang.',
     'handing it to farmers in Ryanggang'),  # instead: instead of, end of sentence
    ('en', 'Officials in Sinuiju raised the fines rather than lifting the ban on private trading.',
     'lifting the ban on private trading'),  # instead: rather than lifting
    ('en', 'Many families in Musan chose to stay rather than flee across the Tumen River.',
     'flee across the Tumen River'),  # instead: rather than + bare infinitive
    ('en', 'The court sent the smugglers to labour camps rather than releasing them with fines.',
     'releasing them with fines'),  # instead: rather than releasing
    ('en', 'Demobilised soldiers were sent to build houses in Samjiyon instead of returning home.',
     'returning home'),  # instead: instead of returning home
    ('en', 'The authorities spent the funds on a monument instead of repairing the flooded homes in Hoeryong.',
     'repairing the flooded homes in Hoeryong'),  # instead: instead of repairing
    ('en', 'Cadres hoarded the fuel rather than supplying it to the collective farms in North Hamgyong.',
     'supplying it to the collective farms in North Hamgyong'),  # instead: rather than supplying
    ('en', 'Instead of paying wages in cash, the Musan mine gave workers ration coupons.',
     'paying wages in cash'),  # instead: Instead of paying
    ('en', 'The prisoners were put to work in the fields instead of being released in the amnesty.',
     'being released in the amnesty'),  # instead: instead of being released
    ('en', 'The defectors were sent back to North Korea rather than being allowed to travel to Seoul.',
     'being allowed to travel to Seoul'),  # instead: rather than being allowed
    ('en', 'Local officials kept the market open, instead of enforcing the order from Pyongyang.',
     'enforcing the order from Pyongyang'),  # instead: after comma
    ('en', 'The border unit was rotated out instead of being disciplined for the smuggling.',
     'being disciplined for the smuggling'),  # instead: instead of being disciplined
    ('en', 'Officials, rather than punishing the guards, promoted them.',
     'punishing the guards'),  # instead: rather than inside parenthetical
    ('en', 'Rather than admitting the dam had been poorly built, state media blamed the heavy rain.',
     'admitting the dam had been poorly built'),  # instead: Rather than admitting
    ('en', 'The ministry sent the new tractors to Pyongyang instead of delivering them to farms in Ryanggang.',
     'delivering them to farms in Ryanggang'),  # instead: instead of delivering
    ('en', 'Security agents beat the detainees in Hyesan rather than handing them over to the court.',
     'handing them over to the court'),  # instead: rather than handing over
    ('fr', 'Les responsables ont vendu le riz au marché au lieu de le distribuer aux ouvriers de Chongjin.',
     'le distribuer aux ouvriers de Chongjin'),  # instead: au lieu de
    ('de', 'Die Behörden verkauften den Reis auf dem Markt, anstatt ihn an die Arbeiter in Chongjin zu verteilen.',
     'ihn an die Arbeiter in Chongjin zu verteilen'),  # instead: anstatt ... zu
    ('es', 'Los funcionarios vendieron el arroz en el mercado en lugar de repartirlo entre los obreros de Chongjin.',
     'repartirlo entre los obreros de Chongjin'),  # instead: en lugar de
    ('ru', 'Чиновники продали рис на рынке вместо того, чтобы раздать его рабочим в Чхонджине.',
     'раздать его рабочим в Чхонджине'),  # instead: вместо того, чтобы
    ('zh', '官员们把大米卖到了市场上，而不是分发给清津的工人。',
     '分发给清津的工人'),  # instead: 而不是
    ('en', 'The dam on the Yalu nearly collapsed during the August floods.',
     'collapsed during the August floods'),  # adverb-cut: nearly collapsed
    ('en', 'The Musan mine almost closed in 2019 after a fuel shortage.',
     'closed in 2019 after a fuel shortage'),  # adverb-cut: almost closed
    ('en', 'The official was allegedly executed for corruption in Hyesan.',
     'executed for corruption in Hyesan'),  # adverb-cut: allegedly executed
    ('en', 'The border guard supposedly received 5,000 yuan from the smugglers.',
     'received 5,000 yuan from the smugglers'),  # adverb-cut: supposedly received
    ('en', 'The new fertilizer plant purportedly doubled output in South Hamgyong.',
     'doubled output in South Hamgyong'),  # adverb-cut: purportedly doubled
    ('en', 'Nearly all the miners in Musan were laid off last year.',
     'all the miners in Musan were laid off last year'),  # adverb-cut: Nearly all -> all
    ('en', 'Almost every stall in the Hyesan market was closed in March.',
     'every stall in the Hyesan market was closed in March'),  # adverb-cut: Almost every -> every
    ('en', 'Rice prices in Sinuiju almost doubled in March.',
     'doubled in March'),  # adverb-cut: almost doubled
    ('en', 'A patrol boat nearly sank near Sinuiju last week.',
     'sank near Sinuiju last week'),  # adverb-cut: nearly sank
    ('en', 'A soldier allegedly shot a smuggler on the Tumen River in July.',
     'shot a smuggler on the Tumen River in July'),  # adverb-cut: allegedly shot
    ('en', 'The mine manager, who supposedly fled to China, has not been heard from.',
     'fled to China'),  # adverb-cut: supposedly in relative clause
    # adverb-cut: sentence-initial Purportedly,
    ('en', 'Purportedly, the steel works in Kimchaek produced 10,000 tonnes of steel last year.',
     'the steel works in Kimchaek produced 10,000 tonnes of steel last year'),
    ('en', 'The family was nearly caught at the border near Hyesan.',
     'caught at the border near Hyesan'),  # adverb-cut: nearly caught
    ('en', 'The power plant in Chongjin has almost finished its repairs.',
     'finished its repairs'),  # adverb-cut: almost finished
    ('en', 'Smugglers allegedly bribed the entire border unit in Ryanggang.',
     'bribed the entire border unit in Ryanggang'),  # adverb-cut: allegedly bribed
    ('en', 'The county official, allegedly, embezzled state funds meant for the mine.',
     'embezzled state funds meant for the mine'),  # adverb-cut: allegedly between commas
    ('en', 'A freight train almost derailed near Kilju in April.',
     'derailed near Kilju in April'),  # adverb-cut: almost derailed
    ('en', 'Prisoners at Kaechon supposedly receive three meals a day.',
     'receive three meals a day'),  # adverb-cut: supposedly receive
    ('en', 'The cadre was supposedly dismissed for taking bribes.',
     'dismissed for taking bribes'),  # adverb-cut: supposedly dismissed
    ('en', 'Nearly the whole village of Taehongdan was evacuated before the storm.',
     'the whole village of Taehongdan was evacuated before the storm'),  # adverb-cut: Nearly the whole -> the whole
    ('en', 'By March, the army had almost completed the new fence along the Yalu.',
     'completed the new fence along the Yalu'),  # adverb-cut: almost completed, mid-sentence
    ('fr', 'Presque tous les mineurs de Musan ont été licenciés.',
     'tous les mineurs de Musan ont été licenciés'),  # adverb-cut: presque tous -> tous
    ('fr', "La digue a presque cédé pendant les crues d'août.",
     "cédé pendant les crues d'août"),  # adverb-cut: presque cédé
    ('de', 'Fast alle Stände auf dem Markt in Hyesan wurden geschlossen.',
     'alle Stände auf dem Markt in Hyesan wurden geschlossen'),  # adverb-cut: fast alle -> alle
    ('de', 'Der Beamte wurde angeblich in Hyesan hingerichtet.',
     'in Hyesan hingerichtet'),  # adverb-cut: angeblich
    ('es', 'Casi todos los puestos del mercado de Hyesan fueron cerrados.',
     'todos los puestos del mercado de Hyesan fueron cerrados'),  # adverb-cut: casi todos -> todos
    ('es', 'El funcionario fue supuestamente ejecutado en Hyesan.',
     'ejecutado en Hyesan'),  # adverb-cut: supuestamente
    ('ru', 'Почти все шахтёры в Мусане были уволены.',
     'все шахтёры в Мусане были уволены'),  # adverb-cut: почти все -> все
    ('ru', 'Чиновник якобы был расстрелян в Хесане.',
     'был расстрелян в Хесане'),  # adverb-cut: якобы
    ('zh', '据称该官员在惠山被处决。',
     '该官员在惠山被处决'),  # adverb-cut: 据称
    ('zh', '几乎所有矿工都被解雇了。',
     '所有矿工都被解雇了'),  # adverb-cut: 几乎所有 -> 所有
    ('ja', 'ほぼすべての露店が閉鎖された。',
     'すべての露店が閉鎖された'),  # adverb-cut: ほぼすべて -> すべて
    ('ko', '거의 모든 광부가 해고되었다.',
     '모든 광부가 해고되었다'),  # adverb-cut: 거의 모든 -> 모든
    ('en', 'The authorities might close the Hyesan market before the party congress.',
     'close the Hyesan market before the party congress'),  # modal-cut: might
    ('ja', '茂山鉱山は6月に再開するかもしれない。',
     '茂山鉱山は6月に再開する'),  # modal-cut: かもしれない after the clause
    ('en', 'It is far-fetched to think the sanctions have been lifted.',
     'the sanctions have been lifted'),  # doubt: far-fetched to think
    ('en', 'There is scant evidence the factory is producing steel.',
     'the factory is producing steel'),  # doubt: scant evidence
    ('en', 'It remains unclear whether the mine reopened in May.',
     'the mine reopened in May'),  # doubt: unclear whether
    ('en', 'Defectors doubt the rations were ever increased.',
     'the rations were ever increased'),  # doubt: doubt (verb)
    ('en', 'Analysts question whether the market reopened at all.',
     'the market reopened at all'),  # doubt: question whether
    ('en', 'Hardly anyone in Hyesan still thinks the border will reopen.',
     'the border will reopen'),  # doubt: in table (control miss check)
    ('en', 'It is doubtful the mine will reach its quota.',
     'the mine will reach its quota'),  # doubt: 'doubtful' without that
    ('en', 'Officials brushed aside reports the mine had collapsed.',
     'the mine had collapsed'),  # rejected: brushed aside
    ('en', 'Pyongyang poured cold water on reports Kim was ill.',
     'Kim was ill'),  # rejected: poured cold water on
    ('en', 'The ministry repudiated claims the rations had been cut.',
     'the rations had been cut'),  # rejected: repudiated
    ('en', 'Police shot down rumours the market would close.',
     'the market would close'),  # rejected: shot down rumours
    ('en', 'KCNA labelled as fabrications reports the camp still exists.',
     'the camp still exists'),  # rejected: labelled as fabrications
    ('en', 'Officials did not hesitate to deny reports that the mine collapsed.',
     'the mine collapsed'),  # rejected: negation 3 words before (_DENIED_BEFORE over-broad)
    ('en', 'Not only did officials deny reports that the mine collapsed; they arrested the source.',
     'the mine collapsed'),  # rejected: 'not only' (_DENIED_BEFORE)
    ('en', 'The embassy called baseless the reports that defectors were executed.',
     'defectors were executed'),  # rejected: called baseless
    ('en', 'State media denounced as lies the claims that the harvest failed.',
     'the harvest failed'),  # rejected: denounced as lies
    ('en', 'The ministry denied the allegations that guards had shot a fisherman.',
     'guards had shot a fisherman'),  # rejected: in table (control)
    ('en', 'In place of raising rations, the ministry cut them.',
     'raising rations, the ministry cut them'),  # not done: in place of (garbled)
    ('en', 'The mine was sealed as opposed to reopened as officials had promised.',
     'reopened as officials had promised'),  # not done: as opposed to
    ('en', 'Rations were paid in maize in lieu of rice.',
     'rice'),  # not done: in lieu of
    ('en', 'Far from easing, the crackdown on phones intensified.',
     'easing, the crackdown on phones intensified'),  # not done: far from (garbled)
    ('en', 'The Musan mine all but closed in 2020.',
     'closed in 2020'),  # adverb: all but
    ('en', 'The Musan mine virtually closed in 2020.',
     'closed in 2020'),  # adverb: virtually
    ('en', 'The dam practically collapsed during the typhoon.',
     'collapsed during the typhoon'),  # adverb: practically
    ('en', 'The dam came close to collapsing during the typhoon.',
     'collapsing during the typhoon'),  # adverb: came close to
    ('en', 'The steel works was on the verge of shutting down in January.',
     'shutting down in January'),  # adverb: on the verge of
    ('en', 'The purported defector was a state agent.',
     'defector was a state agent'),  # adverb: purported (adjective)
    ('en', 'The market is nearly always closed on Mondays.',
     'always closed on Mondays'),  # adverb: nearly (control, in table)
    ('en', 'The mine is likely to reopen in June.',
     'reopen in June'),  # modal: is likely to
    ('en', 'The mine is supposed to reopen in June.',
     'reopen in June'),  # modal: is supposed to
    ('en', 'The mine is unlikely to reopen in June.',
     'reopen in June'),  # modal: is unlikely to
    ('en', 'The ministry has yet to raise rations.',
     'raise rations'),  # modal: has yet to
    ('en', 'Officials said the ministry might cut rations to 300 grams.',
     'cut rations to 300 grams'),  # modal: in table (control)
    ('fr', "Il n'y a aucun signe que le camp ait fermé.",
     'le camp ait fermé'),  # fr doubt: masculine 'aucun signe'
    ('fr', 'Rien ne laisse penser que la mine a rouvert.',
     'la mine a rouvert'),  # fr doubt: rien ne laisse penser
    ('fr', "Le régime a failli s'effondrer en 1997.",
     "s'effondrer en 1997"),  # fr 'a failli' = nearly
    ('es', 'Es poco creíble que la mina haya reabierto.',
     'la mina haya reabierto'),  # es doubt: poco creíble
    ('es', 'La presa estuvo a punto de colapsar.',
     'colapsar'),  # es 'a punto de' = nearly
    ('de', 'Die Mine wurde angeblich im Mai wiedereröffnet.',
     'im Mai wiedereröffnet'),  # de angeblich (control, in table)
    ('pt', 'A barragem esteve prestes a ruir.',
     'ruir'),  # pt 'prestes a' = about to
    ('it', 'La diga stava per crollare.',
     'crollare'),  # it 'stava per' = about to
    ('ru', 'Вряд ли шахта открылась в мае.',
     'шахта открылась в мае'),  # ru вряд ли without что
    ('ja', '鉱山は5月に再開したとみられる。',
     '鉱山は5月に再開した'),  # ja とみられる after
    ('ja', '鉱山は5月に再開した可能性がある。',
     '鉱山は5月に再開した'),  # ja 可能性がある after
    ('en', 'A few officials dismissed reports the mine collapsed.',
     'the mine collapsed'),  # rejected: 'a few' read as 'few' by _DENIED_BEFORE
    ('en', 'Not surprisingly officials dismissed reports the mine collapsed.',
     'the mine collapsed'),  # rejected: 'not' 3 words back (_DENIED_BEFORE)
    ('en', 'Officials dismissed reports the mine collapsed.',
     'the mine collapsed'),  # rejected: in table (control)
    ('en', 'It looks as though the mine has reopened.',
     'the mine has reopened'),  # doubt: as though (control)
    ('en', 'Few traders now expect the market to reopen.',
     'the market to reopen'),  # doubt: few expect (control)
    ('de', 'Die Mine hätte beinahe geschlossen.',
     'geschlossen'),  # de beinahe (control)
    ('ko', '당국은 시장을 폐쇄하려고 했다.',
     '당국은 시장을 폐쇄하'),  # ko 려고 했다 after
    ('zh', '当局否认：市场从未关闭。',
     '市场从未关闭'),  # CONTROL correctly flagged: colon = content of denial -> correct flag
    ('en', 'The famine killed almost a tenth of the population of North Hamgyong.',
     'a tenth of the population of North Hamgyong'),  # CONTROL correctly flagged: intended (kept? overstated)
    ('en', 'The all but empty shelves of state stores tell the story.',
     'empty shelves of state stores tell the story'),  # CONTROL correctly flagged: intended-ish
    ('en', 'The nearly finished dam was inspected by Kim in June.',
     'finished dam was inspected by Kim in June'),  # CONTROL correctly flagged: intended-ish
    ('en', 'The allegedly corrupt official was executed in March.',
     'corrupt official was executed in March'),  # CONTROL correctly flagged: intended
    ('en', 'The dam virtually collapsed, officials admitted.',
     'collapsed, officials admitted'),  # CONTROL correctly flagged: intended
    ('zh', '该工厂的产量几乎翻了一番。',
     '翻了一番'),  # CONTROL correctly flagged: intended
    ('zh', '没有证据表明军队炮击了该镇。',
     '军队炮击了该镇'),  # CONTROL correctly flagged: intended
    ('ja', '鉱山はほぼ全面的に再開した。',
     '全面的に再開した'),  # CONTROL correctly flagged: intended ほぼ
    ('en', 'The mine is expected to reopen in May.',
     'reopen in May'),  # expected
    ('en', 'The mine is likely to reopen in May.',
     'reopen in May'),  # likely to
    ('en', 'The mine was supposed to reopen in May.',
     'reopen in May'),  # supposed to
    ('en', 'There are no signs the regime is softening.',
     'the regime is softening'),  # plural signs
    ('en', 'There is no indication the mine has reopened.',
     'the mine has reopened'),  # indication
    ('en', 'It is far from clear that the mine reopened.',
     'the mine reopened'),  # far from clear
    ('ja', '鉱山は五月に再開する予定だ。',
     '鉱山は五月に再開する'),  # 予定 after
    ('en', 'Nobody believes the regime collapsed.',
     'the regime collapsed'),  # lead-negation: 'Nobody believes' [rule-safe]
    ('en', 'Officials pretend the famine is over.',
     'the famine is over'),  # lead-negation: 'pretend' [rule-safe]
    ('en', 'It would be wrong to conclude the sanctions worked.',
     'the sanctions worked'),  # lead-negation: 'It would be wrong to conclude' [jc]
    ('en', 'There is nothing to suggest the factory makes missile parts.',
     'the factory makes missile parts'),  # lead-negation: 'There is nothing to suggest' [rule-safe]
    ('en', 'Officials act as if the famine is over.',
     'the famine is over'),  # lead-negation: 'act as if' [rule-safe]
    ('en', 'State media falsely reported the harvest had doubled.',
     'the harvest had doubled'),  # lead-negation: 'falsely reported' [rule-safe]
    ('en', 'Rather than reopen the mine, officials sealed it.',
     'reopen the mine'),  # lead-negation: 'Rather than' [rule-safe]
    ('en', 'Instead of releasing the prisoners, the guards moved them north.',
     'releasing the prisoners'),  # lead-negation: 'Instead of' [rule-safe]
    ('en', 'The dam nearly collapsed in the storm.',
     'collapsed in the storm'),  # lead-negation: 'nearly' cut at start [rule-safe]
    ('en', 'The missile almost reached Japanese waters.',
     'reached Japanese waters'),  # lead-negation: 'almost' cut at start [rule-safe]
    ('en', 'The guards pretended to surrender.',
     'to surrender'),  # lead-negation: 'pretended' [rule-safe]
    ('en', 'Satellite images disprove the claim the dam was rebuilt.',
     'the dam was rebuilt'),  # lead-negation: 'disprove the claim' [rule-safe]
    ('en', 'Nothing indicates the army has withdrawn.',
     'the army has withdrawn'),  # lead-negation: 'Nothing indicates' [rule-safe]
    ('en', 'It is too early to say the reforms have failed.',
     'the reforms have failed'),  # lead-negation: 'too early to say' [rule-safe]
    ('zh', '没有人相信政权已经崩溃。',
     '政权已经崩溃'),  # lead-negation: '没有人相信' [rule-safe]
    ('fr', "Personne ne croit que le régime s'est effondré.",
     "le régime s'est effondré"),  # lead-negation: 'Personne ne croit que' [rule-safe]
    ('de', 'Niemand glaubt, dass das Regime zusammengebrochen ist.',
     'das Regime zusammengebrochen ist'),  # lead-negation: 'Niemand glaubt, dass' [rule-safe]
    ('ru', 'Никто не верит, что режим рухнул.',
     'режим рухнул'),  # lead-negation: 'Никто не верит, что' [rule-safe]
    ('es', 'Nadie cree que el régimen haya colapsado.',
     'el régimen haya colapsado'),  # lead-negation: 'Nadie cree que' [rule-safe]
    ('en', 'There is a lack of evidence that the army withdrew.',
     'the army withdrew'),  # lead-negation: 'lack of evidence that' [rule-safe]
    # denial-variant: 'Contrary to claims by X that' (README has 'Contrary to reports that') [rule-safe]
    ('en', 'Contrary to claims by state media that the mine reopened, it remains flooded.',
     'the mine reopened'),
    ('en', 'The ministry dismissed claims the mine reopened.',
     'the mine reopened'),  # denial-variant: 'dismissed claims' without 'that' [rule-safe]
    ('en', 'Officials disputed the notion the mine had reopened.',
     'the mine had reopened'),  # denial-variant: 'disputed the notion' without 'that' [rule-safe]
    ('en', 'Residents laughed off suggestions that the mine had reopened.',
     'the mine had reopened'),  # denial-variant: 'laughed off suggestions that' [rule-safe]
    ('en', 'Residents scoffed at reports that the mine had reopened.',
     'the mine had reopened'),  # denial-variant: 'scoffed at reports that' [rule-safe]
    ('en', 'Pyongyang branded as lies reports that the mine reopened.',
     'the mine reopened'),  # denial-variant: 'branded as lies reports that' [rule-safe]
    ('en', 'It is impossible that the mine reopened.',
     'the mine reopened'),  # doubt-variant: 'It is impossible that' [rule-safe]
    ('en', 'Little suggests that the mine reopened.',
     'the mine reopened'),  # doubt-variant: 'Little suggests that' [rule-safe]
    ('zh', '目前没有证据表明矿山已重新开放。',
     '矿山已重新开放'),  # doubt-variant: '没有证据表明' [rule-safe]
    ('zh', '官方否认了矿山已重新开放的报道。',
     '矿山已重新开放'),  # denial-variant: '否认了…的报道' [rule-safe]
    ('ja', '鉱山が再開したという証拠はない。',
     '鉱山が再開した'),  # doubt-variant: 'という証拠はない' [rule-safe]
    ('ja', '当局は鉱山が再開したとの報道を否定した。',
     '鉱山が再開した'),  # denial-variant: 'との報道を否定した' [rule-safe]
    ('ja', '鉱山が再開した可能性は低い。',
     '鉱山が再開した'),  # doubt-variant: '可能性は低い' [rule-safe]
    ('ko', '광산이 재가동됐다는 증거는 없다.',
     '광산이 재가동됐다'),  # doubt-variant: '~다는 증거는 없다' [rule-safe]
    ('ko', '당국은 광산이 재가동됐다는 보도를 부인했다.',
     '광산이 재가동됐다'),  # denial-variant: '~다는 보도를 부인했다' [rule-safe]
    ('ru', 'Нет доказательств того, что шахта вновь открылась.',
     'шахта вновь открылась'),  # doubt-variant: 'Нет доказательств того, что' [rule-safe]
    ('ru', 'Маловероятно, что шахта вновь открылась.',
     'шахта вновь открылась'),  # doubt-variant: 'Маловероятно, что' [rule-safe]
    ('es', 'No hay pruebas de que la mina haya reabierto.',
     'la mina haya reabierto'),  # doubt-variant: 'No hay pruebas de que' [rule-safe]
    ('es', 'Las autoridades no pudieron confirmar que la mina reabrió.',
     'la mina reabrió'),  # denial-variant: 'no pudieron confirmar que' [rule-safe]
]

FAITHFUL = [
    ('en', 'The report was no less important than the first.', 'important than the first'),
    ('en', 'The executions were nothing less than a warning to the whole province.', 'a warning to the whole province'),
    ('en', 'The fine was no less than a year of wages.', 'a year of wages'),  # emphatic: not "less than"
    ('en', 'Never before have so many traders crossed at Hyesan.', 'so many traders crossed at Hyesan'),
    ('en', 'None the less the market reopened.', 'the market reopened'),
    ('en', 'He was at least partly right.', 'partly right'),
    ('en', 'The factory produced less than 20 tonnes.', 'than 20 tonnes'),
    ('en', "North Korea's planned economy collapsed in the 1990s.", 'economy collapsed in the 1990s'),  # a kind
    # decided: what an aim would do, quoted with no subject
    ('en', '“The main objective is to revitalize the economy by increasing production of coal.”',
     'revitalize the economy by increasing production of coal'),
    ('en', 'The death toll could reach 5,000.',
     'reach 5,000'),  # decided: a modal's verb quoted alone asserts nothing
    ('en', 'The ministry promised to raise rations.',
     'raise rations'),  # decided: a promise's content
    ('en', 'Nobody believes the regime will raise rations this winter, a trader in Hyesan said.',
     'Nobody believes the regime will raise rations this winter'),  # lead-doubt: quote includes the lead-in
    ('en', 'Nobody believes it, but the mine reopened in May.',
     'the mine reopened in May'),  # lead-doubt: lead-in not about the quote
    ('en', 'Satellite images show the Musan mine reopened in May.',
     'the Musan mine reopened in May'),  # lead-doubt: positive evidential (show)
    ('en', 'Few would dispute claims that the border has been tightened since 2020.',
     'the border has been tightened since 2020'),  # lead-doubt: negated doubt (few would dispute)
    ('en', 'No one denies the Musan mine reopened in May.',
     'the Musan mine reopened in May'),  # lead-doubt: negated denial
    ('en', 'Sources in Sinuiju confirm the army has withdrawn from the border posts.',
     'the army has withdrawn from the border posts'),  # lead-doubt: positive evidential (confirm)
    ('en', 'There is clear evidence that the prison camp near Chongjin has been expanded.',
     'the prison camp near Chongjin has been expanded'),  # lead-doubt: there is clear evidence that
    ('en', 'Residents confirmed that the flood damaged two bridges in Hyesan.',
     'the flood damaged two bridges in Hyesan'),  # lead-doubt: residents confirmed
    ('en', 'Nobody doubts that rice prices rose sharply in Hyesan in March.',
     'rice prices rose sharply in Hyesan in March'),  # lead-doubt: nobody doubts
    ('en', 'There is little doubt the mine reopened in May.',
     'the mine reopened in May'),  # lead-doubt: little doubt (= sure)
    ('en', 'It is too early to say how many people died, but the flood destroyed 300 homes in Hoeryong.',
     'the flood destroyed 300 homes in Hoeryong'),  # lead-doubt: too early to say about something else
    ('en', 'It would be wrong to conclude otherwise: the border remains closed to traders.',
     'the border remains closed to traders'),  # lead-doubt: wrong to conclude otherwise
    ('en', 'State media falsely reported a bumper harvest, while the rice price in Chongjin doubled.',
     'the rice price in Chongjin doubled'),  # lead-doubt: falsely reported applies to other clause
    ('en', 'Officials pretend nothing has changed. In reality, the Hyesan market now closes at noon.',
     'the Hyesan market now closes at noon'),  # lead-doubt: pretend in previous sentence
    ('en', 'Inspectors confirmed the claim that the Yongbyon reactor had been shut down.',
     'the Yongbyon reactor had been shut down'),  # lead-doubt: confirmed the claim
    ('en', 'The ministry admitted that soldiers had deserted their posts in Ryanggang.',
     'soldiers had deserted their posts in Ryanggang'),  # lead-doubt: admitted that
    ('en', 'Contrary to earlier reports, the Musan mine reopened in May.',
     'the Musan mine reopened in May'),  # lead-doubt: contrary to reports, quote is the asserted part
    ('en', 'Contrary to claims by state media, the harvest in South Hwanghae failed.',
     'the harvest in South Hwanghae failed'),  # lead-doubt: contrary to claims, quote is the asserted part
    ('en', 'Nobody was injured when the mine reopened in May.',
     'the mine reopened in May'),  # lead-doubt: nobody not a doubt verb
    ('en', 'Few believed the rumours at first, but the regime did raise rations in October.',
     'the regime did raise rations in October'),  # lead-doubt: few believed, then confirmed
    ('en', 'There is nothing to suggest otherwise: the prison camp near Chongjin remains open.',
     'the prison camp near Chongjin remains open'),  # lead-doubt: nothing to suggest otherwise
    ('en', 'Little has changed since 2019, and the border remains heavily guarded.',
     'the border remains heavily guarded'),  # lead-doubt: little has changed
    ('en', 'Photographs prove the steel works in Kimchaek resumed production.',
     'the steel works in Kimchaek resumed production'),  # lead-doubt: photographs prove
    ('en', 'It is clear the crackdown on smuggling in Hyesan has ended.',
     'the crackdown on smuggling in Hyesan has ended'),  # lead-doubt: it is clear
    ('en', 'It is too early to say whether the crackdown will last.',
     'It is too early to say whether the crackdown will last'),  # lead-doubt: quote includes the lead-in
    ('en', 'Nobody believes the official figures, and the market price of rice doubled in March.',
     'the market price of rice doubled in March'),  # lead-doubt: nobody believes something else
    ('en', 'Nobody denies that the mine flooded in July.',
     'the mine flooded in July'),  # lead-doubt: nobody denies that
    ('en', 'No one disputes that prisoners in Kaechon are starving.',
     'prisoners in Kaechon are starving'),  # lead-doubt: no one disputes
    ('en', 'Everyone knows the border guards take bribes.',
     'the border guards take bribes'),  # lead-doubt: everyone knows (factive)
    ('en', 'It is no secret that cadres in Chongjin sell rice on the market.',
     'cadres in Chongjin sell rice on the market'),  # lead-doubt: it is no secret that
    ('en', 'Traders in Sinuiju scoffed at reports that rice prices had fallen.',
     'Traders in Sinuiju scoffed at reports that rice prices had fallen'),  # lead-doubt: quote includes scoffed at
    ('en', 'Officials laughed off suggestions of a crackdown, yet the Hyesan market was shut down in June.',
     'the Hyesan market was shut down in June'),  # lead-doubt: laughed off something else
    ('en', 'Few think the Musan mine will reopen before spring, traders say.',
     'Few think the Musan mine will reopen before spring'),  # lead-doubt: quote includes few think
    ('en', 'Researchers have found evidence that the camp near Hwasong was expanded in 2021.',
     'the camp near Hwasong was expanded in 2021'),  # lead-doubt: found evidence that
    ('en', 'Nothing was left of the market after the fire, and traders moved to the Hyesan station square.',
     'traders moved to the Hyesan station square'),  # lead-doubt: nothing as subject of other clause
    ('en', 'It is true that the mine reopened in May.',
     'the mine reopened in May'),  # lead-doubt: it is true that
    ('en', 'The ministry dismissed the mine manager, and soldiers sealed the shafts in Musan.',
     'soldiers sealed the shafts in Musan'),  # lead-doubt: dismissed a person, not a claim
    ('en', 'Defectors disputed the official death toll. The flood killed at least 60 people in Hoeryong.',
     'The flood killed at least 60 people in Hoeryong'),  # lead-doubt: disputed in previous sentence
    ('en', 'Official records confirm the notion that prisoners in Kaechon work twelve hours a day.',
     'prisoners in Kaechon work twelve hours a day'),  # lead-doubt: confirm the notion that
    ('en', 'Nobody expected it, but the army withdrew from the border posts near Sinuiju in June.',
     'the army withdrew from the border posts near Sinuiju in June'),  # lead-doubt: nobody expected it, but
    ('fr', 'Personne ne nie que la mine a rouvert en mai.',
     'la mine a rouvert en mai'),  # lead-doubt: personne ne nie que
    ('fr', 'Personne ne le croyait, mais la mine de Musan a rouvert en mai.',
     'la mine de Musan a rouvert en mai'),  # lead-doubt: personne ne le croyait, mais
    ('fr', 'Tout le monde sait que les gardes-frontières acceptent des pots-de-vin.',
     'les gardes-frontières acceptent des pots-de-vin'),  # lead-doubt: tout le monde sait que
    ('de', 'Satellitenbilder zeigen, dass die Mine in Musan im Mai wieder geöffnet wurde.',
     'die Mine in Musan im Mai wieder geöffnet wurde'),  # lead-doubt: Satellitenbilder zeigen, dass
    ('de', 'Niemand bestreitet, dass die Grenze seit 2020 geschlossen ist.',
     'die Grenze seit 2020 geschlossen ist'),  # lead-doubt: niemand bestreitet, dass
    ('de', 'Niemand glaubt, dass die Lage sich bessert, sagte ein Händler in Hyesan.',
     'Niemand glaubt, dass die Lage sich bessert'),  # lead-doubt: quote includes niemand glaubt
    ('es', 'Nadie niega que el mercado de Hyesan reabrió en mayo.',
     'el mercado de Hyesan reabrió en mayo'),  # lead-doubt: nadie niega que
    ('es', 'Las imágenes de satélite muestran que la mina de Musan reabrió en mayo.',
     'la mina de Musan reabrió en mayo'),  # lead-doubt: las imágenes muestran que
    ('ru', 'Никто не отрицает, что шахта в Мусане снова открылась в мае.',
     'шахта в Мусане снова открылась в мае'),  # lead-doubt: никто не отрицает, что
    ('ru', 'Спутниковые снимки показывают, что армия покинула пограничные посты.',
     'армия покинула пограничные посты'),  # lead-doubt: снимки показывают, что
    ('zh', '卫星图像显示茂山矿山已于五月重新开放。',
     '茂山矿山已于五月重新开放'),  # lead-doubt: 卫星图像显示
    ('zh', '没有人否认军队已经撤离边境哨所。',
     '军队已经撤离边境哨所'),  # lead-doubt: 没有人否认
    ('ja', '軍が国境検問所から撤退したという証拠がある。',
     '軍が国境検問所から撤退した'),  # lead-doubt: という証拠がある (positive)
    ('ko', '당국은 혜산 시장이 폐쇄되었다는 보도를 확인했다.',
     '혜산 시장이 폐쇄되었다'),  # lead-doubt: 보도를 확인했다 (confirmed)
    ('en', 'Instead of reopening the mine, officials sealed it.',
     'officials sealed it'),  # instead: quote is what did happen
    ('en', 'Rather than closing the Hyesan market, officials shortened its opening hours.',
     'officials shortened its opening hours'),  # instead: quote is what did happen
    ('en', 'The state sold the confiscated rice on the market instead of distributing it.',
     'The state sold the confiscated rice on the market'),  # instead: quote before instead of
    ('en', 'Border guards took the bribes rather than reporting the smugglers.',
     'took the bribes rather than reporting the smugglers'),  # instead: quote includes rather than
    ('en', 'The mine did not reopen; the workers were sent to farms instead.',
     'the workers were sent to farms'),  # instead: trailing instead
    ('en', 'Instead, the authorities extended the curfew in Hyesan.',
     'the authorities extended the curfew in Hyesan'),  # instead: sentence adverb Instead,
    ('en', 'Rather unusually, the authorities released the prisoners in May.',
     'the authorities released the prisoners in May'),  # instead: rather as degree adverb
    ('en', 'The winter was rather mild, and the power supply in Chongjin improved.',
     'the power supply in Chongjin improved'),  # instead: rather mild, other clause
    ('en', 'Instead of the usual two weeks, the market closure lasted a month.',
     'the market closure lasted a month'),  # instead: instead of + noun phrase, quote is fact
    ('en', 'Instead of 500 grams, workers received 300 grams of corn a day.',
     'workers received 300 grams of corn a day'),  # instead: instead of + amount
    ('en', 'The mine produced coal rather than iron ore.',
     'The mine produced coal'),  # instead: quote before rather than
    ('en', 'The smugglers crossed near Hyesan instead of Musan.',
     'The smugglers crossed near Hyesan'),  # instead: quote before instead of
    ('en', 'Officials chose a public trial rather than a quiet transfer, and the trial was held in Hyesan stadium.',
     'the trial was held in Hyesan stadium'),  # instead: rather than in earlier clause
    ('en', 'Many families, rather than waiting for rations, bought corn on the market.',
     'bought corn on the market'),  # instead: quote after the rather-than phrase
    ('en', 'The prisoners, instead of being released, were transferred to Kaechon.',
     'were transferred to Kaechon'),  # instead: quote after the instead-of phrase
    ('en', 'Rather than the army, the state security ministry now guards the Hyesan border crossing.',
     'the state security ministry now guards the Hyesan border crossing'),  # instead: Rather than + noun, comma
    ('en', 'Instead of a festival, Chongjin held a mass rally on Sunday.',
     'Chongjin held a mass rally on Sunday'),  # instead: Instead of + noun, comma
    ('en', 'The regime chose repression instead of reform; the crackdown began in March.',
     'the crackdown began in March'),  # instead: instead of in earlier clause
    ('en', 'Instead of fleeing to China, she moved to Pyongyang.',
     'she moved to Pyongyang'),  # instead: quote is what did happen
    ('en', 'Rather than cash, the mine paid workers in corn.',
     'the mine paid workers in corn'),  # instead: Rather than + noun
    ('en', 'He chose to stay in Hyesan rather than flee, and he was arrested in June.',
     'he was arrested in June'),  # instead: rather than in earlier clause
    ('en', 'The bridge was closed, so the traders took the train to Sinuiju instead.',
     'the traders took the train to Sinuiju'),  # instead: trailing instead
    ('en', 'Rather than reopening, the mine was permanently sealed in May.',
     'the mine was permanently sealed in May'),  # instead: quote is what did happen
    ('en', 'The officials were fined rather than jailed.',
     'were fined rather than jailed'),  # instead: quote includes rather than
    ('en', 'Instead of reopening the mine, officials sealed it.',
     'Instead of reopening the mine, officials sealed it'),  # instead: quote is whole sentence
    ('en', 'Smugglers now cross at night rather than in daylight, a broker in Hyesan said.',
     'Smugglers now cross at night'),  # instead: quote before rather than
    ('en', 'Guards would rather take bribes than make arrests, and most take bribes openly.',
     'most take bribes openly'),  # instead: would rather in earlier clause
    ('en', 'Instead of rice, the state handed out corn in Chongjin.',
     'the state handed out corn in Chongjin'),  # instead: Instead of + noun
    ('en', 'It was the police, rather than the army, that raided the Hyesan market.',
     'raided the Hyesan market'),  # instead: rather than the army inside cleft
    ('en', 'The ministry replaced the manager instead; the Musan mine reopened under a new director in June.',
     'the Musan mine reopened under a new director in June'),  # instead: instead in previous clause
    ('en', 'Rather than waiting, the family crossed the Tumen River in June.',
     'the family crossed the Tumen River in June'),  # instead: Rather than waiting, comma
    ('en', 'The market, instead of closing at dusk, now stays open until ten.',
     'now stays open until ten'),  # instead: quote after instead-of phrase
    ('fr', "Au lieu de rouvrir la mine, les autorités l'ont scellée.",
     "les autorités l'ont scellée"),  # instead: au lieu de, quote is what happened
    ('de', 'Die Behörden versiegelten die Mine, anstatt sie wieder zu öffnen.',
     'Die Behörden versiegelten die Mine'),  # instead: quote before anstatt
    ('es', 'En lugar de reabrir la mina, las autoridades la sellaron.',
     'las autoridades la sellaron'),  # instead: en lugar de, quote is what happened
    ('ru', 'Вместо того чтобы открыть шахту, власти её закрыли.',
     'власти её закрыли'),  # instead: вместо того чтобы, quote is what happened
    ('zh', '官员们没有分发大米，而是把大米卖到了市场上。',
     '把大米卖到了市场上'),  # instead: 而是 introduces what happened
    ('ja', '鉱山を再開する代わりに、当局はそれを封鎖した。',
     '当局はそれを封鎖した'),  # instead: 代わりに, quote is what happened
    ('ko', '광산을 재개하는 대신 당국은 광산을 폐쇄했다.',
     '당국은 광산을 폐쇄했다'),  # instead: 대신, quote is what happened
    ('en', 'Almost a year later, the mine reopened.',
     'the mine reopened'),  # adverb-cut: almost modifies a time phrase
    ('en', 'The mine, nearly flooded in 2019, reopened in May.',
     'reopened in May'),  # adverb-cut: nearly in earlier participle phrase
    ('en', 'The dam nearly collapsed in August.',
     'nearly collapsed in August'),  # adverb-cut: quote includes nearly
    ('en', 'Rice prices in Hyesan rose almost every week in March, and they doubled by April.',
     'they doubled by April'),  # adverb-cut: almost in earlier clause
    ('en', 'The market, which allegedly paid bribes to the police, was closed in May.',
     'was closed in May'),  # adverb-cut: allegedly in relative clause
    ('en', 'The allegedly corrupt official was arrested in Hyesan.',
     'was arrested in Hyesan'),  # adverb-cut: allegedly modifies adjective
    ('en', 'The patrol boat sank near Sinuiju, and nearly 20 soldiers drowned.',
     'The patrol boat sank near Sinuiju'),  # adverb-cut: nearly after quote
    ('en', 'Nearly 20 soldiers drowned when the patrol boat sank near Sinuiju.',
     'the patrol boat sank near Sinuiju'),  # adverb-cut: nearly modifies number elsewhere
    ('en', 'After almost two months of repairs, the power plant in Chongjin restarted.',
     'the power plant in Chongjin restarted'),  # adverb-cut: almost in time phrase
    ('en', 'The smugglers were caught near Hyesan; supposedly they had bribed the wrong unit.',
     'The smugglers were caught near Hyesan'),  # adverb-cut: supposedly in later clause
    ('en', 'Almost 300 homes were destroyed when the Tumen River flooded Hoeryong.',
     'the Tumen River flooded Hoeryong'),  # adverb-cut: almost modifies number elsewhere
    ('en', 'The prison is nearly full, a former guard said, and new inmates arrived in June.',
     'new inmates arrived in June'),  # adverb-cut: nearly in earlier clause
    ('en', 'Nearly every month, border guards in Ryanggang receive new orders.',
     'border guards in Ryanggang receive new orders'),  # adverb-cut: nearly every month (frequency)
    ('en', 'The cadre, falsely accused of spying, was executed in Chongjin.',
     'was executed in Chongjin'),  # adverb-cut: falsely in participle phrase
    ('en', 'Almost immediately, the authorities closed the Hyesan market.',
     'the authorities closed the Hyesan market'),  # adverb-cut: almost immediately
    ('en', 'It was almost midnight when the soldiers crossed the river near Musan.',
     'the soldiers crossed the river near Musan'),  # adverb-cut: almost midnight
    ('en', 'The purported defector turned out to be a spy, and the security ministry arrested him in Sinuiju.',
     'the security ministry arrested him in Sinuiju'),  # adverb-cut: purported in earlier clause
    ('en', 'The factory produced almost nothing in 2020 and closed in 2021.',
     'closed in 2021'),  # adverb-cut: almost nothing elsewhere
    ('en', 'Nearly caught twice, the family finally crossed the Tumen River in June.',
     'the family finally crossed the Tumen River in June'),  # adverb-cut: Nearly caught in participle phrase
    ('en', 'The price of rice nearly doubled in Hyesan.',
     'nearly doubled in Hyesan'),  # adverb-cut: quote includes nearly
    ('en', 'The supposedly secret camp near Hwasong was expanded in 2021.',
     'was expanded in 2021'),  # adverb-cut: supposedly modifies adjective
    ('en', 'Almost all of the miners in Musan were laid off.',
     'Almost all of the miners in Musan were laid off'),  # adverb-cut: quote includes Almost
    ('en', 'The dam nearly collapsed in 2016; it finally collapsed in August.',
     'it finally collapsed in August'),  # adverb-cut: nearly in earlier clause
    ('en', 'The mine was nearly empty when inspectors arrived in May.',
     'inspectors arrived in May'),  # adverb-cut: nearly empty elsewhere
    ('en', 'Prices have almost tripled since 2019, traders said, and the market in Hyesan now opens only twice a week.',
     'the market in Hyesan now opens only twice a week'),  # adverb-cut: almost in earlier clause
    ('en', 'For almost a decade, the camp near Chongjin has held political prisoners.',
     'the camp near Chongjin has held political prisoners'),  # adverb-cut: for almost a decade
    ('en', 'Allegedly for smuggling, the state security ministry arrested twelve traders in Hyesan.',
     'the state security ministry arrested twelve traders in Hyesan'),  # adverb-cut: allegedly modifies the reason only
    ('en', 'The official was allegedly executed for corruption in Hyesan.',
     'was allegedly executed for corruption in Hyesan'),  # adverb-cut: quote includes allegedly
    ('en', 'Nearly two years after the flood, the rebuilt bridge in Hyesan opened to traffic.',
     'the rebuilt bridge in Hyesan opened to traffic'),  # adverb-cut: nearly in time phrase
    ('en', 'In a nearly empty courtroom, the judge sentenced the smugglers to ten years.',
     'the judge sentenced the smugglers to ten years'),  # adverb-cut: nearly empty elsewhere
    ('en', 'Almost everyone in the village knew, and the guards arrested the broker in March.',
     'the guards arrested the broker in March'),  # adverb-cut: almost everyone in other clause
    ('fr', 'Presque un an plus tard, la mine a rouvert.',
     'la mine a rouvert'),  # adverb-cut: presque in time phrase
    ('fr', 'Le responsable prétendument corrompu a été arrêté à Hyesan.',
     'a été arrêté à Hyesan'),  # adverb-cut: prétendument modifies adjective
    ('de', 'Fast ein Jahr später wurde die Mine in Musan wieder geöffnet.',
     'wurde die Mine in Musan wieder geöffnet'),  # adverb-cut: fast in time phrase
    ('es', 'Casi un año después, la mina reabrió.',
     'la mina reabrió'),  # adverb-cut: casi in time phrase
    ('ru', 'Почти через год шахта снова открылась.',
     'шахта снова открылась'),  # adverb-cut: почти in time phrase
    ('zh', '将近一年后，矿山重新开放了。',
     '矿山重新开放了'),  # adverb-cut: 将近 in time phrase
    ('ja', 'ほぼ一年後、鉱山は再開した。',
     '鉱山は再開した'),  # adverb-cut: ほぼ in time phrase
    ('ko', '거의 1년 후에 광산이 다시 문을 열었다.',
     '광산이 다시 문을 열었다'),  # adverb-cut: 거의 in time phrase
    ('en', 'In May the mine reopened after two years of repairs.',
     'the mine reopened after two years of repairs'),  # modal-cut: May as month
    ('en', 'Theresa May met defectors from Hyesan in London in 2017.',
     'met defectors from Hyesan in London in 2017'),  # modal-cut: May as name
    ('en', 'The smugglers hid the money in a tin can buried near the Tumen River.',
     'buried near the Tumen River'),  # modal-cut: can as noun
    ('en', 'Provincial officials sent plans to the ministry in Pyongyang last week.',
     'the ministry in Pyongyang'),  # modal-cut: plans as noun + preposition to
    ('en', "The old man's will left his house in Hyesan to his son.",
     'left his house in Hyesan to his son'),  # modal-cut: will as noun
    ('en', 'Since May the Hyesan market has opened every day.',
     'the Hyesan market has opened every day'),  # modal-cut: May as month
    ('en', 'With all his might the guard pulled the boy from the river.',
     'the guard pulled the boy from the river'),  # modal-cut: might as noun
    ('en', 'Output at the Musan mine could reach 5,000 tonnes a month by autumn.',
     'could reach 5,000 tonnes a month by autumn'),  # modal-cut: quote includes could
    ('en', 'Kim Jong Un promised to raise rations for miners in North Hamgyong.',
     'promised to raise rations for miners in North Hamgyong'),  # modal-cut: quote includes promised to
    ('en', 'Officials said the mine could reopen, and it reopened on 12 May.',
     'it reopened on 12 May'),  # modal-cut: modal in earlier clause
    ('en', 'The mine could not operate without power, so it closed in March.',
     'it closed in March'),  # modal-cut: modal in earlier clause
    ('en', 'Traders planned to protest, but the market closed anyway.',
     'the market closed anyway'),  # modal-cut: planned to in earlier clause
    ('en', 'Border guards managed to stop the smugglers near Musan.',
     'stop the smugglers near Musan'),  # modal-cut: managed to implies success
    ('en', 'The authorities went on to close the Hyesan market in June.',
     'close the Hyesan market in June'),  # modal-cut: went on to implies it happened
    ('en', 'The Komdok mine was forced to close in March after the floods.',
     'close in March after the floods'),  # modal-cut: was forced to implies it happened
    ('en', 'Dozens of families were forced to leave Hyesan last year.',
     'leave Hyesan last year'),  # modal-cut: were forced to implies it happened
    ('en', 'The ministry said it would release the fishermen, and it released them in June.',
     'it released them in June'),  # modal-cut: would in earlier clause
    ('en', 'The mine, which could produce 500 tonnes a day in the 1980s, closed in 2019.',
     'closed in 2019'),  # modal-cut: could in relative clause
    ('en', 'The power plant should have been finished in 2018; it was finished in 2021.',
     'it was finished in 2021'),  # modal-cut: should in earlier clause
    ('en', 'As planned, the mine reopened in May.',
     'the mine reopened in May'),  # modal-cut: as planned
    ('en', 'The mine reopened in May, as the ministry had promised.',
     'The mine reopened in May'),  # modal-cut: promised after quote
    ('en', 'Kim Jong Un kept his promise to raise rations: miners in Musan received extra corn in October.',
     'miners in Musan received extra corn in October'),  # modal-cut: promise to in earlier clause
    ('en', 'Soldiers were ordered to withdraw, and they left the border posts in June.',
     'they left the border posts in June'),  # modal-cut: ordered to in earlier clause
    ('en', 'Plans to expand the Hyesan market were approved, and the new section opened in June.',
     'the new section opened in June'),  # modal-cut: plans to in earlier clause
    ('en', 'The regime aims to double coal output at the Musan mine by 2025.',
     'aims to double coal output at the Musan mine by 2025'),  # modal-cut: quote includes aims to
    ('en', 'China threatened to close the border at Dandong, and it closed the crossing in July.',
     'it closed the crossing in July'),  # modal-cut: threatened to in earlier clause
    ('en', 'The factory had to shut down in 2020 for lack of electricity.',
     'shut down in 2020 for lack of electricity'),  # modal-cut: had to implies it happened
    ('en', 'The state wants more coal; the Musan mine doubled its shifts in March.',
     'the Musan mine doubled its shifts in March'),  # modal-cut: wants + noun in earlier clause
    ('en', 'By the end of May the army had withdrawn from the border posts.',
     'the army had withdrawn from the border posts'),  # modal-cut: May as month
    ('en', 'The Komdok mine can produce 500 tonnes of zinc a day.',
     'can produce 500 tonnes of zinc a day'),  # modal-cut: quote includes can
    ('en', 'Guards who tried to flee were caught near Musan.',
     'were caught near Musan'),  # modal-cut: tried to in relative clause
    ('en', 'Officials who must approve every shipment in Sinuiju now demand higher bribes.',
     'now demand higher bribes'),  # modal-cut: must in relative clause
    ('en', 'Rations were cut in May, the month the ministry had planned to raise them.',
     'Rations were cut in May'),  # modal-cut: planned to after quote
    ('en', 'The defectors went on to settle in Seoul.',
     'settle in Seoul'),  # modal-cut: went on to implies it happened
    ('en', 'Traders may be fined for selling rice, but the Hyesan market stayed open all winter.',
     'the Hyesan market stayed open all winter'),  # modal-cut: may in earlier clause
    ('en', 'The new power plant in Chongjin should be operational by May, officials say.',
     'The new power plant in Chongjin should be operational by May'),  # modal-cut: quote includes should
    ('en', 'Since early May the border crossing at Sinuiju has been closed to trucks.',
     'the border crossing at Sinuiju has been closed to trucks'),  # modal-cut: May as month
    ('en', 'The guards sent the captured smugglers to the detention centre in Hyesan.',
     'the detention centre in Hyesan'),  # modal-cut: to as preposition
    ('fr', 'En mai, la mine de Musan a rouvert.',
     'la mine de Musan a rouvert'),  # modal-cut: mai as month
    ('fr', 'La mine de Musan pourrait rouvrir en juin, selon des responsables.',
     'La mine de Musan pourrait rouvrir en juin'),  # modal-cut: quote includes pourrait
    ('de', 'Im Mai öffnete die Mine in Musan wieder.',
     'öffnete die Mine in Musan wieder'),  # modal-cut: Mai as month
    ('de', 'Die Mine in Musan könnte im Juni wieder öffnen, sagen Beamte.',
     'Die Mine in Musan könnte im Juni wieder öffnen'),  # modal-cut: quote includes könnte
    ('es', 'En mayo la mina de Musan reabrió.',
     'la mina de Musan reabrió'),  # modal-cut: mayo as month
    ('es', 'Los guardias lograron detener a los contrabandistas cerca de Musan.',
     'detener a los contrabandistas cerca de Musan'),  # modal-cut: lograron implies success
    ('ru', 'В мае шахта в Мусане снова открылась.',
     'шахта в Мусане снова открылась'),  # modal-cut: мае as month
    ('zh', '五月，茂山矿山重新开放了。',
     '茂山矿山重新开放了'),  # modal-cut: month, no modal
    ('ja', '5月に茂山鉱山は再開した。',
     '茂山鉱山は再開した'),  # modal-cut: month, no modal
    ('ko', '5월에 무산 광산이 다시 문을 열었다.',
     '무산 광산이 다시 문을 열었다'),  # modal-cut: month, no modal
    ('en', 'Border guards mistakenly shot a Chinese fisherman on the Yalu in 2019.',
     'shot a Chinese fisherman on the Yalu in 2019'),  # adverb mistakenly: the shooting happened
    ('en', 'He was wrongly convicted of espionage and sent to Camp 15.',
     'convicted of espionage and sent to Camp 15'),  # adverb wrongly: he was convicted
    ('en', 'The teacher was falsely accused of watching South Korean dramas and sent to a labour camp.',
     'accused of watching South Korean dramas and sent to a labour camp'),  # adverb falsely: he was accused and sent
    ('en', 'The Hoeryong court mistakenly released the wrong prisoner in 2021.',
     'released the wrong prisoner in 2021'),  # adverb mistakenly: release happened
    ('en', 'Guards wrongly detained three Chinese traders at the Sinuiju customs post last week.',
     'detained three Chinese traders at the Sinuiju customs post last week'),  # adverb wrongly: detention happened
    ('en', 'Many returnees were falsely imprisoned after being repatriated from China.',
     'imprisoned after being repatriated from China'),  # adverb falsely: imprisoned
    ('en', 'State television mistakenly aired footage of the 2015 parade on Tuesday.',
     'aired footage of the 2015 parade on Tuesday'),  # adverb mistakenly: aired
    ('en', 'The bank wrongly charged traders a fee on foreign currency deposits.',
     'charged traders a fee on foreign currency deposits'),  # adverb wrongly: charged
    ('en', 'Soldiers mistakenly fired on a fishing boat near Yeonpyeong.',
     'fired on a fishing boat near Yeonpyeong'),  # adverb mistakenly: fired
    ('en', 'The farmer was wrongly arrested for hoarding grain and held for six months.',
     'arrested for hoarding grain and held for six months'),  # adverb wrongly: arrested
    ('en', 'Market managers mistakenly issued permits to 40 unlicensed vendors.',
     'issued permits to 40 unlicensed vendors'),  # adverb mistakenly: issued
    ('en', 'A doctor was falsely denounced by a neighbour and expelled to a mountain village.',
     'denounced by a neighbour and expelled to a mountain village'),  # adverb falsely: denounced
    ('en', 'Police searched the wrong house, wrongly, and arrested the owner anyway.',
     'and arrested the owner anyway'),  # adverb wrongly before a clause starting with 'and'
    ('en', 'Prices climbed almost without pause and by March rice cost 8,000 won.',
     'by March rice cost 8,000 won'),  # control: 'almost without pause and' not right before
    ('en', 'In the 1990s guards would beat prisoners daily at Yodok.',
     'beat prisoners daily at Yodok'),  # modal would: habitual past, it happened
    ('en', 'Every winter traders would smuggle copper across the frozen Tumen.',
     'smuggle copper across the frozen Tumen'),  # modal would: habitual
    ('en', 'During the famine mothers would walk for days to find food.',
     'walk for days to find food'),  # modal would: habitual
    ('en', "Each morning the loudspeakers would blare propaganda at five o'clock.",
     "blare propaganda at five o'clock"),  # modal would: habitual
    ('en', 'Back then, officials would turn a blind eye in exchange for cigarettes.',
     'turn a blind eye in exchange for cigarettes'),  # modal would: habitual
    ('en', 'At Camp 14 inmates would often eat rats to survive, a former prisoner said.',
     'eat rats to survive'),  # modal would often: habitual (quote after adverb)
    ('en', 'Every spring the county would send students to plant rice for a month.',
     'send students to plant rice for a month'),  # modal would: habitual
    ('en', 'In those years the inminban chief would check every home for radios once a week.',
     'check every home for radios once a week'),  # modal would: habitual
    ('en', 'From the riverbank we could see guards patrolling the fence.',
     'see guards patrolling the fence'),  # modal could: perception, seen
    ('en', 'Residents could hear gunfire near the border post every night in July.',
     'hear gunfire near the border post every night in July'),  # modal could: perception
    ('en', 'From Changbai, tourists can see the houses of Hyesan across the river.',
     'see the houses of Hyesan across the river'),  # modal can: perception
    ('en', 'Even from the train we could smell the smoke from the Chongjin smelter.',
     'smell the smoke from the Chongjin smelter'),  # modal could: perception
    ('en', 'In the satellite images analysts can clearly see new guard towers at Camp 25.',
     'clearly see new guard towers at Camp 25'),  # modal can: perception
    ('en', 'Inside the cell she could feel the cold through the concrete floor.',
     'feel the cold through the concrete floor'),  # modal could: perception
    ('en', 'On 12 May officials announced new rations for miners.',
     'officials announced new rations for miners'),  # modal may: date '12 May'
    ('en', 'After May markets reopened across the province.',
     'markets reopened across the province'),  # modal may: 'After May'
    ('en', 'Throughout May rations were cut in Hyesan.',
     'rations were cut in Hyesan'),  # modal may: 'Throughout May'
    ('en', 'In mid May traders were arrested in Hyesan.',
     'traders were arrested in Hyesan'),  # modal may: 'mid May' without hyphen
    ('en', 'Before May prices were stable at the Hyesan market.',
     'prices were stable at the Hyesan market'),  # modal may: 'Before May'
    ('en', 'From April to May prices doubled in Hyesan.',
     'prices doubled in Hyesan'),  # modal may: 'to May'
    ('en', 'Around May police began checking mobile phones at the station.',
     'police began checking mobile phones at the station'),  # modal may: 'Around May'
    ('en', 'On 3 May state media reported a bumper wheat harvest.',
     'state media reported a bumper wheat harvest'),  # modal may: date
    ('en', 'The market closed in April and reopened in May. By May traders had returned.',
     'traders had returned'),  # modal may: 'By May' (excluded; control)
    ('en', 'Between April and May prices doubled.',
     'prices doubled'),  # modal may: 'and May' (excluded; control)
    ('en', 'On 21 May soldiers sealed the road to Musan.',
     'soldiers sealed the road to Musan'),  # modal may: date
    ('en', 'Since early May Chinese buyers have stopped ordering anthracite.',
     'Chinese buyers have stopped ordering anthracite'),  # modal may: 'early May' (excluded; control)
    ('en', 'Rations were cut twice: once in February and once after May when the harvest failed.',
     'when the harvest failed'),  # modal may: 'after May' + when (excluded by _NO_VERB)
    ('en', 'Timeline of the crackdown\n\n- Hyesan market closed: April to May\n- Traders arrested in Hyesan: June',
     'Traders arrested in Hyesan'),  # modal may: list item ending in 'May', next item (block?)
    ('en', '| Month | Event |\n|---|---|\n| May | Traders arrested in Hyesan |',
     'Traders arrested in Hyesan'),  # modal may: table cell 'May' before next cell
    ('en', "The regime's might rests on fear.",
     'rests on fear'),  # modal might: noun after possessive noun
    ('en', "North Korea's military might depends on imported Chinese parts.",
     'depends on imported Chinese parts'),  # modal might: noun 'military might'
    ('en', 'Each jerry can holds 20 litres of smuggled diesel.',
     'holds 20 litres of smuggled diesel'),  # modal can: noun 'jerry can'
    ('en', 'A single can costs 3,000 won at the Hyesan market.',
     'costs 3,000 won at the Hyesan market'),  # modal can: noun 'single can'
    ('en', 'For smugglers, a bribe is an absolute must when the river freezes.',
     'when the river freezes'),  # modal must: noun (when excluded; control)
    ('en', "Nuclear might remains the regime's main claim to legitimacy.",
     "remains the regime's main claim to legitimacy"),  # modal might: noun at sentence start
    ('en', 'Whenever they could they smuggled copper into China.',
     'they smuggled copper into China'),  # modal could: elliptical, new clause
    ('en', 'As soon as she could she crossed the Tumen.',
     'she crossed the Tumen'),  # modal could: elliptical, new clause
    ('en', 'When he could he sent money to his family in Musan.',
     'he sent money to his family in Musan'),  # modal could: elliptical
    ('en', 'If they can they bribe the guards with cigarettes.',
     'they bribe the guards with cigarettes'),  # modal can: elliptical
    ('en', 'Whenever we could we listened to South Korean radio.',
     'we listened to South Korean radio'),  # modal could: elliptical
    ('en', 'Those who could afford it bought Chinese rice; those who could not ate maize.',
     'those who could not ate maize'),  # control: clause after semicolon
    ('en', 'The death toll could reach 5,000.',
     'could reach 5,000'),  # control: quote keeps the modal
    ('en', 'Officials said the mine might reopen in June.',
     'might reopen in June'),  # control: quote keeps the modal
    ('en', 'Prices could rise further. Traders in Hyesan are already hoarding rice.',
     'Traders in Hyesan are already hoarding rice'),  # control: new sentence after modal sentence
    ('en', 'The mine will reopen in June, officials said.',
     'reopen in June'),  # control: will is not flagged by design
    ('en', 'Rations may be cut; the ministry has already closed two depots.',
     'the ministry has already closed two depots'),  # control: clause after semicolon
    ('en', 'Guards used to beat prisoners at Chongori every day.',
     'beat prisoners at Chongori every day'),  # control: used to (happened)
    ('en', 'The smugglers managed to cross the Yalu before dawn.',
     'cross the Yalu before dawn'),  # control: managed to (achieved)
    ('en', 'North Korean authorities were forced to pay back part of the debt.',
     'pay back part of the debt'),  # control: forced to (happened)
    ('en', 'Employees had to report to work with sleds full of scrap metal.',
     'report to work with sleds full of scrap metal'),  # control: had to (happened)
    ('en', 'Traders went on to open stalls in Sinuiju.',
     'open stalls in Sinuiju'),  # control: went on to
    ('en', 'Prisoners began to die of hunger in the winter of 1996.',
     'die of hunger in the winter of 1996'),  # control: began to
    ('en', 'Officials continued to confiscate phones throughout 2022.',
     'confiscate phones throughout 2022'),  # control: continued to
    ('en', 'The ministry hopes to raise rations by June.',
     'to raise rations by June'),  # control: quote keeps 'to' (intent visible)
    ('en', 'The mine could not be reached by phone. Workers said it closed in March.',
     'Workers said it closed in March'),  # control: new sentence
    ('en', 'The shortage was due to heavy rains that destroyed the harvest.',
     'heavy rains that destroyed the harvest'),  # intent 'was due to': cause, not schedule
    ('en', 'The drop in coal exports is due to United Nations sanctions.',
     'United Nations sanctions'),  # intent 'is due to': cause
    ('en', 'The blackouts are due to poor maintenance at the Pukchang power plant.',
     'poor maintenance at the Pukchang power plant'),  # intent 'are due to': cause
    ('en', 'The closure was due to flooding in the lower shafts.',
     'flooding in the lower shafts'),  # intent 'was due to': cause
    ('en', 'The deaths were due to tuberculosis and malnutrition, a former guard said.',
     'tuberculosis and malnutrition'),  # intent 'were due to': cause
    ('en', 'Radios sold in North Korea are set to receive only state channels.',
     'receive only state channels'),  # intent 'are set to': configured, a fact
    ('en', 'Phones in the North are set to block foreign networks.',
     'block foreign networks'),  # intent 'are set to': configured
    ('en', 'A prison doctor tends to sick inmates without medicine.',
     'sick inmates without medicine'),  # intent 'tends to': cares for
    ('en', 'The camp nurse tends to prisoners injured in the mine.',
     'prisoners injured in the mine'),  # intent 'tends to': cares for
    ('en', 'The decline of the state rationing system was due to the famine of the 1990s.',
     'the famine of the 1990s'),  # intent 'was due to' + the (excluded; control)
    ('en', 'It is not too early to say the policy has failed.',
     'the policy has failed'),  # doubt too early: negated
    ('en', 'It would not be wrong to say the market economy has won.',
     'the market economy has won'),  # doubt wrong to say: negated
    ('en', 'It is no longer premature to conclude the campaign has collapsed.',
     'the campaign has collapsed'),  # doubt premature: negated (no longer)
    ('en', 'It is not too soon to say the famine has ended in the north-east.',
     'the famine has ended in the north-east'),  # doubt too soon: negated
    ('en', 'It would be no mistake to say the markets now feed the country.',
     'the markets now feed the country'),  # doubt a mistake: negated (no)
    ('en', 'It is hardly premature to conclude the 2009 currency reform failed.',
     'the 2009 currency reform failed'),  # doubt premature: negated (hardly)
    ('en', 'Nobody doubts the markets have grown since 2012.',
     'the markets have grown since 2012'),  # control: 'doubts' not in table
    ('en', 'Few dispute that the famine killed hundreds of thousands.',
     'the famine killed hundreds of thousands'),  # control: few dispute that
    ('en', 'No one disputes reports that the Hyesan market reopened in May.',
     'the Hyesan market reopened in May'),  # rejected: denied rejection (excluded; control)
    ('en', 'Few would dispute claims that the prison camps still operate.',
     'the prison camps still operate'),  # rejected: denied rejection (control)
    ('en', 'Nobody could seriously deny claims that rations were cut.',
     'rations were cut'),  # rejected: denied rejection (control)
    ('en', 'A few traders think prices will fall after the harvest.',
     'prices will fall after the harvest'),  # doubt few: 'a few' (control, belief like 'many think')
    ('en', 'Quite a few officials believe the market crackdown will fail.',
     'the market crackdown will fail'),  # doubt few: 'quite a few' (control)
    ('en', 'A good few traders believe the market crackdown will fail.',
     'the market crackdown will fail'),  # doubt few: 'a good few' = many
    ('en', 'Not a few defectors believe the regime is weaker than it looks.',
     'the regime is weaker than it looks'),  # doubt few: 'not a few' = many
    ('en', 'The lack of evidence frustrated prosecutors in Seoul.',
     'frustrated prosecutors in Seoul'),  # doubt lack of evidence: subject, not a doubt of the quote
    ('en', 'The absence of proof did not stop the court from sentencing him.',
     'did not stop the court from sentencing him'),  # doubt absence of proof: subject
    ('en', 'Too early to say? The harvest failed in every province.',
     'The harvest failed in every province'),  # control: new sentence
    ('en', 'Contrary to reports from Pyongyang the harvest was poor.',
     'the harvest was poor'),  # rejected: contrary to reports + correction
    ('en', 'Contrary to rumours prices have not risen.',
     'prices have not risen'),  # rejected: contrary to rumours + correction
    ('en', 'Contrary to media reports the Musan mine is still operating.',
     'the Musan mine is still operating'),  # rejected: contrary to media reports + correction
    ('en', 'Contrary to claims by state media the rations were cut in March.',
     'the rations were cut in March'),  # rejected: contrary to claims by + correction
    ('en', 'Contrary to earlier reports the defector was not executed.',
     'the defector was not executed'),  # rejected: contrary to earlier reports + correction
    ('en', 'Contrary to the story told by KCNA the fire started in the dormitory.',
     'the fire started in the dormitory'),  # rejected: contrary to the story + correction
    ('en', 'Contrary to speculation in Seoul Kim attended the meeting.',
     'Kim attended the meeting'),  # rejected: contrary to speculation in + correction
    ('en', 'Contrary to reports, the market reopened in May.',
     'the market reopened in May'),  # control: comma after 'reports'
    ('en', 'The ministry denied reports Tuesday and the market reopened on Friday.',
     'and the market reopened on Friday'),  # control
    ('en', 'Instead of rice, miners received maize in March.',
     'miners received maize in March'),  # control: comma after instead of X
    ('en', 'The rations were paid in maize rather than rice. Miners protested.',
     'Miners protested'),  # control
    ('en', 'Rather than reopen, the mine was sealed in 2020.',
     'the mine was sealed in 2020'),  # control
    ('en', 'Authorities chose repression rather than reform, and the market closed.',
     'and the market closed'),  # control
    ('en', 'The factory was about to close when the order arrived; it closed a week later.',
     'it closed a week later'),  # control
    ('en', 'She tried to cross twice. The third time she succeeded.',
     'The third time she succeeded'),  # control: new sentence
    ('en', 'The cadres promised to raise wages, and wages rose in June.',
     'wages rose in June'),  # control
    ('en', 'The sign at the gate reads: "Nearly there". Beyond it the mine reopened.',
     'Beyond it the mine reopened'),  # control
    ('en', '# Mine could\n\nWorkers returned to the Komdok mine in June.',
     'Workers returned to the Komdok mine in June'),  # modal: heading ending in could, next block
    ('en', 'Prices in Hyesan, as officials had feared they might, doubled in a month.',
     'doubled in a month'),  # modal might elliptical + comma (control)
    ('en', 'Officials did all they could. Rations were restored in April.',
     'Rations were restored in April'),  # control
    ('en', 'Traders do what they can and sell whatever sells.',
     'and sell whatever sells'),  # modal can: elliptical + and (control)
    ('en', 'The guards do what they must and the prisoners do what they can.',
     'and the prisoners do what they can'),  # control
    ('en', 'They did what they could to survive: they ate grass and tree bark.',
     'to survive: they ate grass and tree bark'),  # modal could: 'could to' (purpose)
    ('en', 'He fled as fast as he could across the frozen river.',
     'across the frozen river'),  # modal could elliptical + preposition (excluded?)
    ('en', 'Traders sold as much as they could before the inspectors arrived.',
     'before the inspectors arrived'),  # modal could elliptical + before
    ('en', 'Residents hoarded whatever they could after the currency reform.',
     'after the currency reform'),  # modal could elliptical + after
    ('en', 'Families sold what they could, then fled.',
     'then fled'),  # control
    ('en', 'Those who could left for China in 1997.',
     'left for China in 1997'),  # modal could elliptical + past (excluded)
    ('en', 'Those who can buy rice at the market pay four times the state price.',
     'pay four times the state price'),  # control
    ('en', 'Farmers grew what they could during the famine years.',
     'during the famine years'),  # modal could elliptical + during
    ('en', 'Miners worked whenever they could despite the blackouts.',
     'despite the blackouts'),  # modal could elliptical + despite
    ('en', 'Would-be defectors were arrested at the Musan crossing.',
     'defectors were arrested at the Musan crossing'),  # modal would-be (hyphen; control)
    ('en', 'Survivors say the guards would shoot on sight in those years, and many did.',
     'shoot on sight in those years'),  # modal would: habitual
    ('en', 'When the river froze, smugglers would cross at night with sacks of copper.',
     'cross at night with sacks of copper'),  # modal would: habitual
    ('en', 'In the 1980s the state would supply 700 grams of grain a day to workers.',
     'supply 700 grams of grain a day to workers'),  # modal would: habitual (it did)
    ('en', 'Before 2009, officials would routinely collect bribes at the Namyang bridge.',
     'routinely collect bribes at the Namyang bridge'),  # modal would: habitual
    ('en', 'In winter the inmates could see their breath inside the barracks.',
     'see their breath inside the barracks'),  # modal could: perception
    ('en', 'From the hill we could hear the loudspeakers in Kaesong.',
     'hear the loudspeakers in Kaesong'),  # modal could: perception
    ('en', 'Through the fence he could watch the trucks unloading coal for China.',
     'watch the trucks unloading coal for China'),  # modal could: perception
    ('fr', "L'usine doit six mois de salaire aux ouvriers.",
     'six mois de salaire aux ouvriers'),  # fr doit = owes
    ('fr', "L'État doit aux mineurs trois mois de salaire.",
     'aux mineurs trois mois de salaire'),  # fr doit = owes
    ('fr', 'Chaque famille doit 200 kilos de maïs à la coopérative.',
     '200 kilos de maïs à la coopérative'),  # fr doit = owes
    ('fr', 'Les commerçants doivent des sommes importantes aux usuriers de Hyesan.',
     'des sommes importantes aux usuriers de Hyesan'),  # fr doivent = owe
    ('fr', 'La mine a peut-être rouvert. Les mineurs sont rentrés en juin.',
     'Les mineurs sont rentrés en juin'),  # fr control: new sentence
    ('fr', 'Sous la menace de sanctions, Pyongyang a rouvert la frontière.',
     'Pyongyang a rouvert la frontière'),  # fr control: comma
    ('fr', 'Du fleuve, on peut voir les gardes patrouiller le long de la clôture.',
     'voir les gardes patrouiller le long de la clôture'),  # fr peut voir: perception
    ('fr', 'Au lieu de riz, les mineurs ont reçu du maïs.',
     'les mineurs ont reçu du maïs'),  # fr control: comma
    ('fr', 'Comme prévu, la mine a rouvert en mai.',
     'la mine a rouvert en mai'),  # fr control
    ('fr', "Presque aucune famille n'a reçu de rations en mars, mais les marchés ont rouvert.",
     'mais les marchés ont rouvert'),  # fr control
    ('fr', 'La Corée du Nord doit encore 300 millions de dollars à la Chine.',
     'encore 300 millions de dollars à la Chine'),  # fr doit = owes
    ('fr', 'Le soi-disant paradis socialiste a connu la famine. Trois millions de personnes ont fui.',
     'Trois millions de personnes ont fui'),  # fr control
    ('fr', "Il n'y a pas de doute que les prix ont doublé.",
     'les prix ont doublé'),  # fr doubt: 'pas de doute' (not in table, control)
    ('fr', 'Les gardes frontières ont mal tiré sur un pêcheur chinois, qui est mort.',
     'qui est mort'),  # fr control
    ('de', 'Wie geplant öffnete die Mine im Mai wieder.',
     'öffnete die Mine im Mai wieder'),  # de 'plant ' inside 'geplant' (no word boundary)
    ('de', 'Vom Hunger bedroht verließen Tausende das Dorf.',
     'verließen Tausende das Dorf'),  # de 'droht ' inside 'bedroht'
    ('de', 'Wie angedroht wurden drei Händler in Hyesan öffentlich hingerichtet.',
     'wurden drei Händler in Hyesan öffentlich hingerichtet'),  # de 'droht ' inside 'angedroht'
    ('de', 'Das Plansoll wurde 2023 erstmals erfüllt.',
     'wurde 2023 erstmals erfüllt'),  # de 'soll ' inside 'Plansoll'
    ('de', 'Der Markt ist fast leer. Die Händler wurden im März verhaftet.',
     'Die Händler wurden im März verhaftet'),  # de control: new sentence
    ('de', 'Wer kann, flieht nach China.',
     'flieht nach China'),  # de control: comma
    ('de', 'Wie vom Regime gewollt schlossen die Märkte im Winter.',
     'schlossen die Märkte im Winter'),  # de 'wollt' not 'wollen' (control)
    ('de', 'Das Kraftwerk, das Pjöngjang mit Strom versorgen soll, lief 2023 nur zwei Monate.',
     'lief 2023 nur zwei Monate'),  # de control: comma
    ('de', 'Unbekannt ist, wie viele Häftlinge starben.',
     'wie viele Häftlinge starben'),  # de control
    ('de', 'Die Behörden erkannten die Gefahr zu spät und schlossen die Grube.',
     'und schlossen die Grube'),  # de control
    ('de', 'Der bekannte Schmuggler wurde 2021 in Hyesan festgenommen.',
     'Schmuggler wurde 2021 in Hyesan festgenommen'),  # de control: 'bekannte'
    ('es', 'La escasez se debe a las inundaciones del verano.',
     'a las inundaciones del verano'),  # es 'se debe a' = is due to
    ('es', 'El Estado debe tres meses de salario a los mineros.',
     'tres meses de salario a los mineros'),  # es debe = owes
    ('es', 'Los comerciantes deben grandes sumas a los prestamistas de Hyesan.',
     'grandes sumas a los prestamistas de Hyesan'),  # es deben = owe
    ('es', 'El cruce de la frontera requiere un soborno de 500 yuanes.',
     'un soborno de 500 yuanes'),  # es 'quiere ' inside 'requiere'
    ('es', 'El Estado adquiere el maíz a precios fijos.',
     'el maíz a precios fijos'),  # es 'quiere ' inside 'adquiere'
    ('es', 'Cada familia adquiere su arroz en el mercado de Hyesan.',
     'su arroz en el mercado de Hyesan'),  # es adquiere
    ('es', 'Los guardias requieren sobornos cada vez mayores.',
     'sobornos cada vez mayores'),  # es 'quieren ' inside 'requieren'
    ('es', 'El apagón se debe principalmente a la falta de carbón.',
     'principalmente a la falta de carbón'),  # es se debe = is due to
    ('es', 'Corea del Norte debe a China más de 300 millones de dólares.',
     'a China más de 300 millones de dólares'),  # es debe = owes
    ('es', 'En lugar de arroz, los mineros recibieron maíz.',
     'los mineros recibieron maíz'),  # es control: comma
    ('es', 'Casi nadie tenía comida. Los mercados cerraron en marzo.',
     'Los mercados cerraron en marzo'),  # es control: new sentence
    ('es', 'Nadie duda de que los mercados han crecido.',
     'los mercados han crecido'),  # es control: 'nadie duda'
    ('pt', 'A empresa deve seis meses de salários aos mineiros.',
     'seis meses de salários aos mineiros'),  # pt deve = owes
    ('pt', 'O cruzamento da fronteira requer um suborno de 500 iuanes.',
     'um suborno de 500 iuanes'),  # pt 'quer ' inside 'requer'
    ('pt', 'O contrabando sustenta a economia de Hyesan.',
     'a economia de Hyesan'),  # pt 'tenta ' inside 'sustenta'
    ('pt', 'O mercado sustenta milhares de famílias na fronteira.',
     'milhares de famílias na fronteira'),  # pt sustenta
    ('pt', 'O escândalo compromete a reputação do ministro.',
     'a reputação do ministro'),  # pt 'promete ' inside 'compromete'
    ('pt', 'A escassez deve-se às inundações de agosto.',
     'às inundações de agosto'),  # pt control: deve-se (hyphen)
    ('pt', 'A Coreia do Norte deve à China mais de 300 milhões de dólares.',
     'à China mais de 300 milhões de dólares'),  # pt deve = owes
    ('pt', 'Em vez de arroz, os mineiros receberam milho.',
     'os mineiros receberam milho'),  # pt control: comma
    ('pt', 'A venda de celulares chineses sustenta dezenas de comerciantes em Hyesan.',
     'dezenas de comerciantes em Hyesan'),  # pt sustenta
    ('it', 'Ci vogliono tre giorni di treno da Hyesan a Pyongyang.',
     'tre giorni di treno da Hyesan a Pyongyang'),  # it 'ci vogliono' = it takes
    ('it', 'Ci vuole un permesso speciale per entrare a Rason.',
     'un permesso speciale per entrare a Rason'),  # it 'ci vuole' = it takes/needs
    ('it', 'Lo Stato deve ai minatori sei mesi di salario.',
     'ai minatori sei mesi di salario'),  # it deve = owes
    ('it', 'Ci vogliono almeno 2.000 yuan per corrompere le guardie.',
     'almeno 2.000 yuan per corrompere le guardie'),  # it ci vogliono
    ('it', 'La Corea del Nord deve alla Cina oltre 300 milioni di dollari.',
     'alla Cina oltre 300 milioni di dollari'),  # it deve = owes
    ('it', 'Invece del riso, i minatori hanno ricevuto mais.',
     'i minatori hanno ricevuto mais'),  # it control: comma
    ('it', 'Quasi tutti i mercati hanno chiuso. Le razioni sono state tagliate a marzo.',
     'Le razioni sono state tagliate a marzo'),  # it control
    ('ru', 'Торговцы должны ростовщикам крупные суммы.',
     'ростовщикам крупные суммы'),  # ru должны = owe
    ('ru', 'Шахта должна государству за электричество 2 млн вон.',
     'государству за электричество 2 млн вон'),  # ru должна = owes
    ('ru', 'Северная Корея должна Китаю более 300 миллионов долларов.',
     'Китаю более 300 миллионов долларов'),  # ru должна = owes
    ('ru', 'Может быть, шахта откроется в июне. Рабочие уже вернулись.',
     'Рабочие уже вернулись'),  # ru control: new sentence
    ('ru', 'Вместо риса рабочие получили кукурузу.',
     'рабочие получили кукурузу'),  # ru вместо + noun: the quote is what happened
    ('ru', 'Вместо зарплаты шахтёры получили по пять килограммов кукурузы.',
     'шахтёры получили по пять килограммов кукурузы'),  # ru вместо + noun: what happened
    ('ru', 'Вместо Ким Чен Ына на церемонии выступил премьер.',
     'на церемонии выступил премьер'),  # ru вместо + name: what happened
    ('ru', 'Охранники почти каждый день избивали заключённых, но никто не умер.',
     'но никто не умер'),  # ru control
    ('ru', 'Соседи ему помогли, и он смог пересечь границу.',
     'и он смог пересечь границу'),  # ru control
    ('ru', 'Рынок практически пуст. Торговцев арестовали в марте.',
     'Торговцев арестовали в марте'),  # ru control
    ('ru', 'Намеренно или нет, но власти закрыли рынок.',
     'но власти закрыли рынок'),  # ru control: намеренно
    ('ru', 'Шахтёры должны были отработать смену, и они её отработали.',
     'и они её отработали'),  # ru control
    ('ru', 'Вместо угля в Китай теперь везут парики.',
     'в Китай теперь везут парики'),  # ru вместо + noun: what happened
    ('uk', 'Замість рису робітники отримали кукурудзу.',
     'робітники отримали кукурудзу'),  # uk замість + noun: what happened
    ('uk', "Замість зарплати шахтарі отримали по п'ять кілограмів кукурудзи.",
     "шахтарі отримали по п'ять кілограмів кукурудзи"),  # uk замість + noun
    ('zh', '不可否认，经济制裁产生了影响。',
     '经济制裁产生了影响'),  # zh 不可否认 = undeniably
    ('zh', '无可否认，市场已经成为居民的主要食物来源。',
     '市场已经成为居民的主要食物来源'),  # zh 无可否认 = undeniably
    ('zh', '不能否认，黑市交易在增加。',
     '黑市交易在增加'),  # zh 不能否认 = cannot deny
    ('zh', '难以否认，配给制度已经瓦解。',
     '配给制度已经瓦解'),  # zh 难以否认 = hard to deny
    ('zh', '谁也无法否认，市场已经恢复。',
     '市场已经恢复'),  # zh 无法否认
    ('zh', '居民尽可能囤积粮食。',
     '囤积粮食'),  # zh 可能 inside 尽可能 (as much as possible)
    ('zh', '商人们尽可能把货物藏在家里。',
     '把货物藏在家里'),  # zh 尽可能
    ('zh', '当局尽可能封锁了消息。',
     '封锁了消息'),  # zh 尽可能
    ('zh', '当局否认了有关矿山关闭的报道。',
     '矿山关闭的报道'),  # zh 否认了有关 + quote that is 'the reports' (noun phrase)
    ('zh', '他们没有任何打算。矿山在五月重新开放。',
     '矿山在五月重新开放'),  # zh control: new sentence
    ('zh', '金正恩履行了承诺，配给量在六月增加了。',
     '配给量在六月增加了'),  # zh control: comma
    ('zh', '在所有可能的路线中，他们选择了图们江。',
     '他们选择了图们江'),  # zh control
    ('zh', '据朝鲜媒体报道，金正恩视察了矿山。',
     '金正恩视察了矿山'),  # zh control
    ('zh', '当局否认了这些报道，但卫星图像显示营地仍在运作。',
     '但卫星图像显示营地仍在运作'),  # zh control
    ('ja', '国境警備隊は賄賂を受け取る代わりに密輸を見逃した。',
     '国境警備隊は賄賂を受け取る'),  # ja 代わりに = in exchange for (bribes taken)
    ('ja', '商人たちは通行証をもらう代わりに、警備員に米を渡した。',
     '商人たちは通行証をもらう'),  # ja 代わりに = in exchange
    ('ja', '当局は市場を閉鎖した。代わりに、国営商店が開かれた。',
     '当局は市場を閉鎖した'),  # ja 代わりに after 。 (control)
    ('ja', '金正恩は配給を増やすと約束し、実際に六月に増やした。',
     '実際に六月に増やした'),  # ja control
    ('ja', '母の代わりに娘が市場で商売をした。',
     '娘が市場で商売をした'),  # ja 代わりに noun (control)
    ('ko', '김정은 위원장 대신 최룡해가 행사에 참석했다.',
     '최룡해가 행사에 참석했다'),  # ko 대신 before quote (control)
    ('ko', '경비대는 뇌물을 받는 대신 밀수를 눈감아 주었다.',
     '밀수를 눈감아 주었다'),  # ko 대신 = in exchange (quote after)
    ('ko', '시장은 거의 1년 만에 다시 문을 열었다. 상인들이 돌아왔다.',
     '상인들이 돌아왔다'),  # ko control
    ('ko', '당국은 배급을 늘리겠다고 약속했고, 6월에 실제로 늘렸다.',
     '6월에 실제로 늘렸다'),  # ko control
    ('ko', '쌀 대신 옥수수가 배급되었다.',
     '옥수수가 배급되었다'),  # ko 대신 + quote after: what happened
    ('en', 'The May rains flooded three pits in Musan.',
     'rains flooded three pits in Musan'),  # modal may: 'The May rains'
    ('en', 'The May decree banned private grain sales.',
     'decree banned private grain sales'),  # modal may: 'The May decree'
    ('en', 'Heavy May rains washed away the maize crop in North Hwanghae.',
     'rains washed away the maize crop in North Hwanghae'),  # modal may: 'Heavy May rains'
    ('en', 'The harvest failed. May brought new arrests.',
     'brought new arrests'),  # control: 'May' after full stop
    ('en', 'He ran as fast as he could toward the river.',
     'toward the river'),  # modal could elliptical + toward
    ('en', 'They hid wherever they could until the inspectors left.',
     'until the inspectors left'),  # modal could elliptical + until
    ('en', 'She bribed whoever she could so her son was released.',
     'so her son was released'),  # modal could elliptical + so
    ('en', 'Hoarding was illegal, yet everyone did what they could under the circumstances.',
     'under the circumstances'),  # modal could elliptical + under
    ('en', 'Residents repaired the dam as best they could with hand tools.',
     'with hand tools'),  # control: + with (excluded)
    ('en', 'Traders worked when they could, then rested.',
     'then rested'),  # control: comma
    ('en', 'Guards could be bribed, and many were.',
     'and many were'),  # control
    # fr 'prévoit de' + partitive 'de longues' (provides for)
    ('fr', 'Le nouveau code pénal prévoit de longues peines de prison pour le visionnage de films sud-coréens.',
     'longues peines de prison pour le visionnage de films sud-coréens'),
    ('fr', 'La loi prévoit de lourdes amendes pour les commerçants sans licence.',
     'lourdes amendes pour les commerçants sans licence'),  # fr 'prévoit de' + partitive
    ('es', 'El escándalo compromete la reputación del ministro.',
     'la reputación del ministro'),  # es 'promete ' inside 'compromete'
    ('pt', 'O mercado sustentou milhares de famílias durante a fome.',
     'milhares de famílias durante a fome'),  # pt 'tentou ' inside 'sustentou'
    ('ru', 'Торговцы собираются на рынке каждое утро.',
     'на рынке каждое утро'),  # ru собираются = gather
    ('ru', 'Партийный комитет собирается каждую неделю в здании райкома.',
     'каждую неделю в здании райкома'),  # ru собирается = meets
    # modal may: paragraph-initial 'May' after a heading (look-behind only knows '. ')
    ('en', '# Floods in Musan\n\nMay rains flooded three pits in Musan.',
     'rains flooded three pits in Musan'),
    ('en', 'May rains flooded three pits in Musan.',
     'rains flooded three pits in Musan'),  # modal may: text-initial 'May'
    ('en', 'The flood came in May and rains flooded three pits in Musan.',
     'rains flooded three pits in Musan'),  # control: 'May and'
    ('en', 'The ministry tried to, and did, raise rations in June.',
     'raise rations in June'),  # control: intent with 'and did'
    ('en', 'Only a few expect the border to reopen soon.',
     'the border to reopen soon'),  # control: 'a few' expect
    ('en', 'Few doubt the famine of the 1990s killed hundreds of thousands.',
     'the famine of the 1990s killed hundreds of thousands'),  # control: 'few doubt'
    ('en', 'Satellite images confirm reports that the camp has expanded.',
     'the camp has expanded'),  # control: confirm reports
    ('en', 'The prison is nearly full, and more inmates arrive each week.',
     'and more inmates arrive each week'),  # control
    ('en', 'Prices almost doubled in May. Rice now sells for 6,000 won.',
     'Rice now sells for 6,000 won'),  # control
    ('en', 'The guards allegedly took bribes; two were later convicted.',
     'two were later convicted'),  # control
    ('en', 'The general, nominally retired, still runs the coal trade in Nampo.',
     'still runs the coal trade in Nampo'),  # control
    ('en', 'Rather than wait for rations, families went to the market.',
     'families went to the market'),  # control
    ('en', 'Instead of closing the market, officials raised the fees.',
     'officials raised the fees'),  # control
    ('en', 'Nobody believed him at first. The mine did reopen in May.',
     'The mine did reopen in May'),  # control
    ('en', 'It is too early to say whether the reform will last, but the markets reopened in March.',
     'but the markets reopened in March'),  # control
    ('en', 'The official promised to help, then reported her to the police.',
     'then reported her to the police'),  # control
    ('en', 'Officials who tried to stop the trade were transferred to Musan.',
     'were transferred to Musan'),  # control
    ('en', 'Authorities plan to open a new market in Hyesan; the old one burned down in March.',
     'the old one burned down in March'),  # control
    ('en', 'Guards would not let the trucks pass, so the drivers paid a bribe.',
     'so the drivers paid a bribe'),  # control
    ('en', 'At night residents could often hear gunfire from across the river.',
     'often hear gunfire from across the river'),  # could|often hear: perception behind adverb
    ('en', 'From the embankment villagers could occasionally glimpse Chinese patrol boats.',
     'occasionally glimpse Chinese patrol boats'),  # perception behind adverb
    ('en', 'From the embankment villagers could glimpse Chinese patrol boats.',
     'glimpse Chinese patrol boats'),  # glimpse not in _PERCEIVED
    ('en', 'From the hilltop, prisoners could observe trucks entering the camp every morning.',
     'observe trucks entering the camp every morning'),  # observe
    ('en', 'Residents of Sinuiju could witness the public execution from their windows.',
     'witness the public execution from their windows'),  # witness
    ('en', 'In the cell next door he could overhear guards discussing the transfer.',
     'overhear guards discussing the transfer'),  # overhear
    ('en', 'Through the fence, the defector could discern soldiers loading sacks of rice.',
     'discern soldiers loading sacks of rice'),  # discern
    ('en', 'Even at a distance she could recognise the uniform of the State Security Department.',
     'recognise the uniform of the State Security Department'),  # recognise
    ('en', 'From the Chinese bank one can view the construction site in Hyesan.',
     'view the construction site in Hyesan'),  # view
    ('en', 'She can still remember the guards beating prisoners in 1997.',
     'remember the guards beating prisoners in 1997'),  # can still|remember
    ('en', 'He could faintly hear the loudspeakers broadcasting from the South.',
     'faintly hear the loudspeakers broadcasting from the South'),  # faintly not in _PERCEIVED adverbs
    ('en', 'Residents could plainly see smoke rising from the factory.',
     'plainly see smoke rising from the factory'),  # plainly
    ('en', 'Traders could sometimes hear gunshots near the border.',
     'sometimes hear gunshots near the border'),  # sometimes (ends -s)
    ('en', 'From Dandong tourists can clearly see the unfinished bridge.',
     'clearly see the unfinished bridge'),  # clearly: listed, control
    ('en', 'At night residents could see lights across the river.',
     'see lights across the river'),  # control: listed
    ('en', 'Prisoners could make out the shapes of guard towers.',
     'make out the shapes of guard towers'),  # control
    ('en', 'A jerry can cost 60,000 won at the Hyesan market in March.',
     'cost 60,000 won at the Hyesan market in March'),  # noun can + irregular past cost
    ('en', "The fuel can cost traders more than a month's wages last winter.",
     "cost traders more than a month's wages last winter"),  # the fuel can: 'the' not right before
    ('en', 'Each can holds 20 litres of diesel.',
     'holds 20 litres of diesel'),  # control: holds not bare
    ('en', 'A permit is an absolute must for foreign visitors.',
     'for foreign visitors'),  # must noun + preposition
    ('en', 'The regime flaunted its military might during the parade.',
     'during the parade'),  # control
    ('en', 'Electricity was diverted from household needs to military factories in Kangwon province.',
     'military factories in Kangwon province'),  # noun needs + prepositional to
    ('en', 'Rice was diverted from civilian needs to frontline units.',
     'frontline units'),  # needs to + noun
    ('en', 'Smugglers hide whatever they can inside car tyres.',
     'inside car tyres'),  # clause-final can + inside (not in _NO_VERB)
    ('en', 'Defectors send home whatever money they can via Chinese brokers.',
     'via Chinese brokers'),  # via not in _NO_VERB
    ('en', 'Families grow what they can behind their houses.',
     'behind their houses'),  # control: behind listed
    ('en', 'Residents stockpile as much rice as they can ahead of the winter.',
     'ahead of the winter'),  # ahead not in _NO_VERB
    ('en', 'Traders sell what they can online now that Chinese phones are common.',
     'online now that Chinese phones are common'),  # online
    ('en', 'Anyone who wants to can buy a Chinese phone at the market.',
     'can buy a Chinese phone at the market'),  # wants to| + quote that keeps can
    ('en', 'Those who need to can get a travel permit by paying a bribe.',
     'can get a travel permit by paying a bribe'),  # need to| + quote that keeps can
    ('en', 'Those who can afford it buy rice from private traders.',
     'buy rice from private traders'),  # control
    ('en', 'Whoever could fled to China during the famine.',
     'fled to China during the famine'),  # control: fled not bare
    ('en', 'Everyone who could left Musan in 1997.',
     'left Musan in 1997'),  # control
    ('en', 'People did what they could and many still starved.',
     'and many still starved'),  # control
    ('en', 'Guards could not be bribed that year.',
     'not be bribed that year'),  # control (negation kept)
    ('en', 'The tin can is used as a lamp in many rural homes.',
     'is used as a lamp in many rural homes'),  # control
    ('en', 'The Komdok mine fulfilled its plan to produce 300,000 tonnes of zinc ore last year.',
     'produce 300,000 tonnes of zinc ore last year'),  # fulfilled its plan to
    ('en', 'The mine overfulfilled its plan to extract 50,000 tonnes of coal in the first quarter.',
     'extract 50,000 tonnes of coal in the first quarter'),  # overfulfilled plan
    ('en', 'The government kept its promise to raise rations in April.',
     'raise rations in April'),  # kept its promise to
    ('en', 'The ministry made good on its pledge to pay miners in cash.',
     'pay miners in cash'),  # made good on its pledge to
    ('en', 'The authorities delivered on their promise to reopen the Hoeryong market.',
     'reopen the Hoeryong market'),  # delivered on promise
    ('en', 'Kim honoured his vow to visit the flooded county within a week.',
     'visit the flooded county within a week'),  # honoured vow
    ('en', 'The family succeeded in their attempt to cross the Tumen River.',
     'cross the Tumen River'),  # succeeded in attempt
    ('en', 'The factory met its goal to produce 5,000 tractors.',
     'produce 5,000 tractors'),  # met its goal to (goal not listed without is/was)
    ('en', 'The province carried out its plan to build six small hydroelectric plants.',
     'build six small hydroelectric plants'),  # carried out its plan to
    ('en', 'Officials managed to restore power to Chongjin within two days.',
     'restore power to Chongjin within two days'),  # control: managed not listed
    ('en', 'He went on to become a general.',
     'become a general'),  # control
    ('en', 'Guards used to beat prisoners with shovels.',
     'beat prisoners with shovels'),  # control: used to not listed
    ('en', "The general came to be seen as Kim's closest aide.",
     "be seen as Kim's closest aide"),  # control
    ('en', 'The Cabinet sent its plans to provincial party committees in March.',
     'provincial party committees in March'),  # plans to + noun phrase
    ('en', 'Most of the seafood is going to Chinese buyers in Hunchun.',
     'Chinese buyers in Hunchun'),  # going to + place
    ('en', 'Apartments promised to nuclear scientists were handed out in Pyongyang.',
     'nuclear scientists'),  # promised to + noun phrase
    ('en', 'Land promised to young farmers has gone to party cadres instead.',
     'young farmers'),  # promised to + noun
    ('en', 'Bribes offered to border guards have doubled since 2020.',
     'border guards'),  # offered to + noun
    ('en', 'The project, first proposed to South Korean investors in 2018, stalled.',
     'South Korean investors in 2018'),  # proposed to + noun
    ('en', 'The coal was due to arrive in May.',
     'arrive in May'),  # control: due to excluded
    ('en', 'Televisions are set to receive only state channels.',
     'receive only state channels'),  # control: set to
    ('en', 'It is hard to dispute claims that the regime has tightened border controls.',
     'the regime has tightened border controls'),  # hard to dispute: endorsement
    ('en', 'It is difficult to deny reports that food prices have tripled since the border closed.',
     'food prices have tripled since the border closed'),  # difficult to deny
    ('en', 'It is impossible to refute the claim that the camp still operates.',
     'the camp still operates'),  # impossible to refute
    ('en', 'There is no reason to dismiss reports that the Musan mine has reopened.',
     'the Musan mine has reopened'),  # no reason to dismiss
    ('en', 'There is no reason to doubt reports that the Musan mine has reopened.',
     'the Musan mine has reopened'),  # control: doubt reports
    ('en', 'Few would dispute claims that the harvest was poor.',
     'the harvest was poor'),  # control: few
    ('en', 'Nobody seriously disputes reports that the harvest was poor.',
     'the harvest was poor'),  # control
    ('en', 'Officials no longer deny reports that the camp exists.',
     'the camp exists'),  # control: no longer
    ('en', 'Officials confirmed, rather than denied, reports that the mine flooded.',
     'the mine flooded'),  # comma after denied
    ('en', 'Even the ministry has not disputed the claim that rations were cut.',
     'rations were cut'),  # control: not
    ('en', 'Not a few traders believe the won will keep falling.',
     'the won will keep falling'),  # not a few = many; quote is belief though
    ('en', 'It is not too early to say the reform has failed.',
     'the reform has failed'),  # control
    ('en', 'Analysts no longer doubt that the regime executed him.',
     'the regime executed him'),  # no longer doubt
    ('en', 'Few analysts doubt that the regime executed him.',
     'the regime executed him'),  # control few
    ('en', 'No one doubts that the harvest failed.',
     'the harvest failed'),  # control doubts
    ('en', 'There is little doubt that the harvest failed.',
     'the harvest failed'),  # control little doubt
    ('en', 'Without a doubt the harvest failed.',
     'the harvest failed'),  # control
    ('en', 'I have no doubt the harvest failed.',
     'the harvest failed'),  # control
    ('en', 'There is now evidence that the mine reopened.',
     'the mine reopened'),  # control now evidence
    ('en', 'Satellite images leave no doubt the mine reopened.',
     'the mine reopened'),  # control
    ('en', 'Hardly anyone disputes that the famine killed hundreds of thousands.',
     'the famine killed hundreds of thousands'),  # control
    ('en', "The plenary was held virtually for the first time in the party's history.",
     "for the first time in the party's history"),  # virtually = online
    ('en', 'Kim chaired the meeting virtually while officials gathered in Pyongyang.',
     'while officials gathered in Pyongyang'),  # virtually = online
    ('en', 'A patrol boat came close to the island of Yeonpyeong on Tuesday.',
     'the island of Yeonpyeong on Tuesday'),  # came close to (physical)
    ('en', 'Fishing boats came close to the Northern Limit Line before turning back.',
     'the Northern Limit Line before turning back'),  # came close to (physical)
    ('en', 'He was wrongly convicted of espionage.',
     'convicted of espionage'),  # control: wrongly
    ('en', 'Rather, the mine reopened in May.',
     'the mine reopened in May'),  # comma
    ('en', 'Instead, officials raised the quota.',
     'officials raised the quota'),  # comma
    ('en', 'In May the mine reopened.',
     'the mine reopened'),  # control
    ('en', 'On 12 May officials announced new quotas.',
     'officials announced new quotas'),  # control
    ('en', 'Theresa May met Chinese officials.',
     'met Chinese officials'),  # control
    ('en', 'The May rains flooded Hamhung.',
     'rains flooded Hamhung'),  # control
    ('en', 'In the 1990s guards would beat prisoners.',
     'beat prisoners'),  # control
    ('en', 'The plan to raise prices was abandoned, and the ministry cut them instead.',
     'the ministry cut them instead'),  # control
    ('en', 'She said she could not confirm it, but the mine has reopened.',
     'the mine has reopened'),  # control
    ('en', 'Soldiers who tried to flee were shot, and two escaped.',
     'two escaped'),  # control
    ('en', 'The source, who asked not to be named, said prices rose.',
     'prices rose'),  # control
    ('en', 'Asked whether the quota could be met, he said production had already doubled.',
     'production had already doubled'),  # control
    ('en', 'Officials pretended not to notice; the market kept growing.',
     'the market kept growing'),  # control
    ('en', 'Nobody knows how many died, but the famine killed at least 240,000 people.',
     'the famine killed at least 240,000 people'),  # control
    ('en', 'Few expected the border to reopen, but it did in August 2023.',
     'it did in August 2023'),  # control
    ('en', 'The guards, as if on cue, opened the gate.',
     'opened the gate'),  # control
    ('en', 'Residents must now register phones, and most have done so.',
     'most have done so'),  # control
    ('en', 'Seoul plans to send aid; Pyongyang has accepted earlier shipments.',
     'Pyongyang has accepted earlier shipments'),  # control
    ('en', 'Officials were ordered to report daily, and they did.',
     'they did'),  # control
    ('fr', 'La Corée du Nord doit quatre milliards de dollars à la Russie.',
     'quatre milliards de dollars à la Russie'),  # doit=owes + quatre (-re)
    ('fr', 'Depuis la rive chinoise, on peut observer des soldats nord-coréens.',
     'observer des soldats nord-coréens'),  # peut|observer: perception
    ('fr', 'Depuis Dandong, les touristes peuvent distinguer les ouvriers sur le chantier.',
     'distinguer les ouvriers sur le chantier'),  # distinguer
    ('fr', 'Les habitants peuvent regarder les chaînes chinoises près de la frontière.',
     'regarder les chaînes chinoises près de la frontière'),  # regarder: perception? ability
    ('fr', 'Depuis la colline, on peut voir les gardes du camp.',
     'voir les gardes du camp'),  # control voir
    ('fr', 'Les détenus sont conduits au lieu de détention provisoire de Hyesan.',
     'détention provisoire de Hyesan'),  # au lieu de = to the place of
    ('fr', "Les habitants ont été rassemblés au lieu d'exécution, près du marché.",
     'exécution, près du marché'),  # au lieu d' = place
    ('fr', 'Pyongyang agite la menace de guerre nucléaire.',
     'guerre nucléaire'),  # menace (noun) de + guerre (-re)
    ('fr', 'Il est certain que la mine a rouvert en mai.',
     'la mine a rouvert en mai'),  # control
    ('fr', 'Le régime doit encore 300 millions de dollars à la Chine.',
     'encore 300 millions de dollars à la Chine'),  # control
    ('fr', 'Chaque famille doit leur verser 5 000 wons.',
     'leur verser 5 000 wons'),  # control
    ('fr', 'Selon la source, la mine a rouvert en janvier.',
     'la mine a rouvert en janvier'),  # control
    ('fr', "Le ministère a tenu sa promesse d'augmenter les rations.",
     'augmenter les rations'),  # promesse not in table: pass
    ('fr', 'Les autorités ont tenu parole et ont rouvert le marché.',
     'ont rouvert le marché'),  # control
    ('fr', 'Rien ne prouve le contraire : la mine a rouvert.',
     'la mine a rouvert'),  # control
    ('fr', 'Personne ne croyait à ces rumeurs ; pourtant la mine a rouvert.',
     'pourtant la mine a rouvert'),  # control
    ('fr', "Ce que veulent les habitants, c'est du riz.",
     "les habitants, c'est du riz"),  # control
    ('fr', 'La province doit livrer hier soir 200 tonnes de charbon.',
     'hier soir 200 tonnes de charbon'),  # control hier
    ('fr', 'Les ouvriers ont dû travailler sans salaire.',
     'travailler sans salaire'),  # dû not in table: pass
    ('fr', 'La mine de Musan, dont le pouvoir dépend, a rouvert.',
     'a rouvert'),  # control
    ('es', 'Desde Changbai se puede ver a soldados norcoreanos patrullando.',
     'ver a soldados norcoreanos patrullando'),  # puede|ver: perception
    ('es', 'Desde la orilla china, los vecinos pueden oír los altavoces de propaganda.',
     'oír los altavoces de propaganda'),  # oír
    ('es', 'Los turistas pueden observar la construcción del puente desde Dandong.',
     'observar la construcción del puente desde Dandong'),  # observar
    ('es', 'No es falso que el régimen ha reducido las raciones.',
     'el régimen ha reducido las raciones'),  # negated doubt: no es falso que
    ('es', 'No es imposible que la mina ya haya reabierto; de hecho, reabrió en marzo.',
     'de hecho, reabrió en marzo'),  # control
    ('es', 'La escasez se debe a la sequía.',
     'a la sequía'),  # control
    ('es', 'Corea del Norte debe a China más de mil millones de dólares.',
     'a China más de mil millones de dólares'),  # control owes
    ('es', 'El régimen cumplió su promesa de aumentar las raciones.',
     'aumentar las raciones'),  # promesa not in table
    ('es', 'El ministerio cumplió su plan de producir 300.000 toneladas.',
     'producir 300.000 toneladas'),  # plan de not in table
    ('es', 'Según la fuente, el mercado reabrió en mayo.',
     'el mercado reabrió en mayo'),  # control
    ('es', 'En lugar del antiguo mercado se construyó un hospital.',
     'se construyó un hospital'),  # control
    ('es', 'Lo que quieren los comerciantes es estabilidad.',
     'los comerciantes es estabilidad'),  # control
    ('es', 'El ejército intentó cruzar la frontera y lo logró.',
     'lo logró'),  # control
    ('es', 'Ninguno de los mineros pudo cobrar su salario.',
     'cobrar su salario'),  # pudo not in table
    ('es', 'Lo que debe el líder a Pekín es difícil de calcular.',
     'el líder a Pekín es difícil de calcular'),  # control
    ('es', 'Nadie cree que la economía haya mejorado, pero los precios bajaron.',
     'pero los precios bajaron'),  # control
    ('pt', 'Da margem chinesa, os moradores podem ver soldados norte-coreanos.',
     'ver soldados norte-coreanos'),  # podem|ver: perception
    ('pt', 'De Dandong, os turistas podem observar as obras da ponte.',
     'observar as obras da ponte'),  # observar
    ('pt', 'Não é falso que o regime cortou as rações.',
     'o regime cortou as rações'),  # negated doubt
    ('pt', 'Os comerciantes pagam subornos, quer por medo, quer por hábito.',
     'por medo, quer por hábito'),  # quer = whether + por (-or)
    ('pt', 'O governo cumpriu a promessa de aumentar as rações.',
     'aumentar as rações'),  # promessa not in table
    ('pt', 'O retrato de Kim está em lugar de destaque na sala.',
     'destaque na sala'),  # em lugar de = in a place of
    ('pt', 'A Coreia do Norte deve à China mais de mil milhões de dólares.',
     'à China mais de mil milhões de dólares'),  # control
    ('pt', 'Segundo a fonte, o mercado reabriu em maio.',
     'o mercado reabriu em maio'),  # control
    ('pt', 'O que querem os comerciantes é estabilidade.',
     'os comerciantes é estabilidade'),  # control
    ('pt', 'A mina deve melhor desempenho este ano ao novo equipamento.',
     'melhor desempenho este ano ao novo equipamento'),  # deve = owes + melhor (-or)
    ('it', 'Dalla riva cinese si possono vedere i soldati nordcoreani.',
     'vedere i soldati nordcoreani'),  # possono|vedere: perception
    ('it', 'Da Dandong i turisti possono osservare il cantiere del ponte.',
     'osservare il cantiere del ponte'),  # osservare
    ('it', 'I residenti possono sentire gli altoparlanti della propaganda.',
     'sentire gli altoparlanti della propaganda'),  # sentire
    ('it', 'Non è falso che il regime ha ridotto le razioni.',
     'il regime ha ridotto le razioni'),  # negated doubt
    ('it', 'Migliaia di persone attraversarono il confine in cerca di cibo.',
     'cibo'),  # control
    ('it', 'Molti giovani partono in cerca di potere e denaro a Pyongyang.',
     'potere e denaro a Pyongyang'),  # in cerca di (search) + potere (-ere)
    ('it', 'La minaccia di carcere basta a scoraggiare i contrabbandieri.',
     'carcere basta a scoraggiare i contrabbandieri'),  # minaccia (noun) di + carcere (-ere)
    ('it', 'Il governo ha mantenuto la promessa di aumentare le razioni.',
     'aumentare le razioni'),  # promessa not in table
    ('it', 'Ci vuole un mese per ottenere un permesso.',
     'un mese per ottenere un permesso'),  # control
    ('it', 'Secondo la fonte, il mercato ha riaperto a maggio.',
     'il mercato ha riaperto a maggio'),  # control
    ('it', 'Con songbun si intende il sistema di caste del regime.',
     'il sistema di caste del regime'),  # control
    ('it', 'La carenza si deve alla siccità.',
     'alla siccità'),  # control
    ('de', 'Es ist nicht falsch, dass die Mine wieder geöffnet hat.',
     'die Mine wieder geöffnet hat'),  # control
    ('de', 'Es ist nicht unwahrscheinlich, dass die Mine wieder geöffnet hat.',
     'die Mine wieder geöffnet hat'),  # control
    ('de', 'Die Sitzung fand statt, obwohl Kim fehlte.',
     'obwohl Kim fehlte'),  # control statt
    ('de', 'Die Mine wurde im Mai wieder geöffnet, nicht angeblich, sondern tatsächlich.',
     'sondern tatsächlich'),  # control
    ('de', 'Niemand bezweifelt, dass die Ernte schlecht war.',
     'die Ernte schlecht war'),  # control
    ('de', 'Kaum jemand glaubt noch, dass Reformen kommen; die Preise steigen aber weiter.',
     'die Preise steigen aber weiter'),  # control
    ('de', 'Laut der Quelle wurde der Markt im Mai wieder geöffnet.',
     'der Markt im Mai wieder geöffnet'),  # control
    ('de', 'Das Regime hat sein Versprechen gehalten, die Rationen zu erhöhen.',
     'die Rationen zu erhöhen'),  # control
    ('ru', 'Жители приграничных районов могут видеть китайские грузовики.',
     'видеть китайские грузовики'),  # могут|видеть: perception
    ('ru', 'Из Даньдуна туристы могут наблюдать за стройкой моста.',
     'наблюдать за стройкой моста'),  # наблюдать
    ('ru', 'Эта семья должна пять тысяч юаней ростовщику.',
     'пять тысяч юаней ростовщику'),  # должна = owes + пять (-ть)
    ('ru', 'Торговцы должны эти деньги китайским партнёрам.',
     'эти деньги китайским партнёрам'),  # должны = owe + эти (-ти)
    ('ru', 'Шахтёры должны десять тысяч вон местному банку.',
     'десять тысяч вон местному банку'),  # owe + десять
    ('ru', 'По вечерам у реки собираются дети из соседних деревень.',
     'дети из соседних деревень'),  # собираются = gather + дети (-ти)
    ('ru', 'Каждый год на площади собираются власти провинции.',
     'власти провинции'),  # gather + власти
    ('ru', 'Как и обещали власти, пайки повысили в апреле.',
     'пайки повысили в апреле'),  # control
    ('ru', 'Правительство выполнило обещание повысить пайки.',
     'повысить пайки'),  # обещание not in table
    ('ru', 'По словам источника, рынок вновь открылся в мае.',
     'рынок вновь открылся в мае'),  # control
    ('ru', 'Никто не сомневается, что урожай был плохим.',
     'урожай был плохим'),  # control
    ('ru', 'Не вызывает сомнений, что шахта снова работает.',
     'шахта снова работает'),  # control
    ('ru', 'Власти смогли восстановить электроснабжение за два дня.',
     'восстановить электроснабжение за два дня'),  # смогли not in table
    ('uk', 'Мешканці прикордоння можуть бачити китайські вантажівки.',
     'бачити китайські вантажівки'),  # можуть|бачити: perception
    ('uk', 'З Даньдуна туристи можуть спостерігати за будівництвом мосту.',
     'спостерігати за будівництвом мосту'),  # спостерігати
    ('uk', 'Навчатися в Пхеньяні хочуть діти з усіх провінцій.',
     'діти з усіх провінцій'),  # хочуть + діти (-ти)
    ('uk', 'За словами джерела, ринок знову відкрився у травні.',
     'ринок знову відкрився у травні'),  # control
    ('uk', 'Влада виконала обіцянку підвищити пайки.',
     'підвищити пайки'),  # control
    ('uk', 'Ніхто не сумнівається, що врожай був поганим.',
     'врожай був поганим'),  # control
    ('zh', '不容否认，朝鲜经济有所好转。',
     '朝鲜经济有所好转'),  # 不容否认 = undeniable
    ('zh', '很难否认朝鲜的粮食状况已经改善。',
     '朝鲜的粮食状况已经改善'),  # 很难否认 = hard to deny
    ('zh', '谁也不会否认边境管控已经收紧。',
     '边境管控已经收紧'),  # 不会否认
    ('zh', '毋庸否认，市场已经成为居民生活的一部分。',
     '市场已经成为居民生活的一部分'),  # 毋庸否认
    ('zh', '没人否认矿山已经重新开放。',
     '矿山已经重新开放'),  # 没人否认 (colloquial)
    ('zh', '很少有人否认配给制度已经崩溃。',
     '配给制度已经崩溃'),  # 很少有人否认 = few deny
    ('zh', '无需否认，走私活动有所增加。',
     '走私活动有所增加'),  # 无需否认
    ('zh', '不可否认，朝鲜经济有所好转。',
     '朝鲜经济有所好转'),  # control
    ('zh', '无可否认，朝鲜经济有所好转。',
     '朝鲜经济有所好转'),  # control
    ('zh', '难以否认朝鲜的粮食状况已经改善。',
     '朝鲜的粮食状况已经改善'),  # control
    ('zh', '政府兑现承诺提高了配给。',
     '提高了配给'),  # 兑现承诺 = fulfilled promise
    ('zh', '当局履行承诺发放了拖欠的工资。',
     '发放了拖欠的工资'),  # 履行承诺
    ('zh', '矿山按原打算如期完工。',
     '如期完工'),  # 按原打算 = as planned
    ('zh', '该工厂尽可能提高了产量。',
     '提高了产量'),  # control 尽可能
    ('zh', '据消息人士透露，市场已在五月重新开放。',
     '市场已在五月重新开放'),  # control
    ('zh', '相应当局已经关闭了市场。',
     '已经关闭了市场'),  # control 相应当局
    ('zh', '朝鲜否认了有关矿山关闭的报道。',
     '有关矿山关闭的报道'),  # control names reports
    ('zh', '消息人士说，矿山在三月重新开放。',
     '矿山在三月重新开放'),  # control
    ('ja', '政府は約束どおり配給を増やした。',
     '配給を増やした'),  # control
    ('ja', '金正恩は習近平と約束を交わした。',
     '金正恩は習近平'),  # と = with
    ('ja', '当局は市場を再開したと公表した。',
     '当局は市場を再開した'),  # control
    ('ja', 'ほとんどの住民が市場で米を買っている。',
     '住民が市場で米を買っている'),  # control
    ('ja', 'この可能性は低いが、鉱山は五月に再開された。',
     '鉱山は五月に再開された'),  # control
    ('ko', '당국은 약속대로 배급을 늘렸다.',
     '배급을 늘렸다'),  # control
    ('ko', '북한은 미사일을 발사했고 위협 수위를 높였다.',
     '북한은 미사일을 발사했고'),  # control
    ('ko', '소식통에 따르면 시장은 5월에 다시 문을 열었다.',
     '시장은 5월에 다시 문을 열었다'),  # control
    ('en', 'Even state media could not deny that the harvest failed.',
     'the harvest failed'),  # control: not deny
    ('en', 'The facility can only run intermittently, owing to electricity shortages.',
     'only run intermittently, owing to electricity shortages'),  # seed-like: can only (ability = fact), debatable
    ('en', 'The furnace could only operate three days a week last winter.',
     'only operate three days a week last winter'),  # could only = past fact
    ('en', 'Soldiers could barely see the river through the fog.',
     'barely see the river through the fog'),  # control: barely listed
    ('en', 'From the train you can just make out the slogans on the hillside.',
     'just make out the slogans on the hillside'),  # control
    ('en', 'Residents can hear the loudspeakers every evening.',
     'hear the loudspeakers every evening'),  # control hear
    ('en', 'She could feel the floor shaking after the explosion.',
     'feel the floor shaking after the explosion'),  # control feel
    ('en', 'Guards could spot anyone crossing the ice.',
     'spot anyone crossing the ice'),  # control spot
    ('en', 'The ministry ought to have known about the flooding; the report says it did.',
     'the report says it did'),  # control
    ('en', "The mine's workers, who could no longer afford rice, ate corn.",
     'ate corn'),  # control
    ('en', "Sanctions have weakened Pyongyang's might considerably.",
     'considerably'),  # control 's might
    ('en', 'With all their might, the workers pushed the cart up the slope.',
     'the workers pushed the cart up the slope'),  # control
    ('en', "The party's plans to the south of the city include a new hospital.",
     'the south of the city include a new hospital'),  # control: the
    ('en', 'The ministry plans to this day remain secret.',
     'this day remain secret'),  # control
    ('en', "The regime's aim was to secure hard currency, and the mine earned $30 million.",
     'the mine earned $30 million'),  # control
    ('en', 'The source said traders are reluctant to talk, but prices have doubled.',
     'but prices have doubled'),  # control
    ('en', 'He tried to flee in 2019 and now lives in Seoul.',
     'now lives in Seoul'),  # control
    ('en', 'The ministry pledged to raise wages, and salaries rose 10 percent in May.',
     'salaries rose 10 percent in May'),  # control
    ('en', 'The regime vowed to retaliate; it fired two missiles the next day.',
     'it fired two missiles the next day'),  # control
    ('en', 'Pyongyang is keen to attract Chinese investment, which rose 20 percent in 2023.',
     'which rose 20 percent in 2023'),  # control
    ('en', 'Many residents are eager to leave, and 200 crossed the river last month.',
     '200 crossed the river last month'),  # control
    ('en', 'The state is determined to keep the market closed, and it remains shut.',
     'it remains shut'),  # control
    ('en', 'Factories are ready to resume production once power returns.',
     'once power returns'),  # control
    ('en', 'The ministry wants to reopen the mine by May.',
     'the mine by May'),  # control: quote after reopen
    ('en', 'Officials set out to rebuild the dam and finished in 2022.',
     'finished in 2022'),  # control
    ('en', 'The regime hopes to earn $50 million from coal this year.',
     '$50 million from coal this year'),  # control
    ('en', 'The mine is due to reopen; workers were recalled in April.',
     'workers were recalled in April'),  # control
    ('en', 'Nobody in Hyesan believes the official figures, which show growth.',
     'which show growth'),  # control
    ('en', 'Few traders believe it, a source said.',
     'it, a source said'),  # control object
    ('en', 'Little has changed since 2019.',
     'has changed since 2019'),  # little + has
    ('en', 'We have little to lose, a defector said.',
     'lose, a defector said'),  # control
    ('en', 'It is too early in the season to plant rice, so farms are idle.',
     'so farms are idle'),  # control
    ('en', 'It would be premature to call it a recovery, but output grew 5 percent.',
     'but output grew 5 percent'),  # control
    ('en', 'It is unlikely to rain, and the drought has already destroyed the crop.',
     'and the drought has already destroyed the crop'),  # control
    ('en', 'Defectors doubt it; they say the camp still exists.',
     'they say the camp still exists'),  # control
    ('en', 'Many doubt-ridden officials resigned.',
     'officials resigned'),  # control
    ('en', 'As if to underline the point, the guards fired into the air.',
     'the guards fired into the air'),  # control
    ('en', 'It is not impossible that the famine killed more than a million people.',
     'the famine killed more than a million people'),  # control
    ('en', 'Contrary to reports from Pyongyang, the harvest was poor.',
     'the harvest was poor'),  # control
    ('en', 'Contrary to expectations, the mine reopened in May.',
     'the mine reopened in May'),  # control
    ('en', 'The army, rather than the police, now runs the checkpoints.',
     'now runs the checkpoints'),  # control
    ('en', 'Instead of rice, workers received corn.',
     'workers received corn'),  # control comma
    ('en', 'Guards beat him almost daily, he said, and he lost 20 kilograms.',
     'and he lost 20 kilograms'),  # control
    ('en', 'The mine needs to import spare parts from China, and it did so in March.',
     'and it did so in March'),  # control
    ('en', 'What the regime needs is hard currency.',
     'is hard currency'),  # control
    ('en', 'Officials might never admit it, but the rations were cut.',
     'but the rations were cut'),  # control
    ('en', 'Those who might have known were never asked.',
     'were never asked'),  # control
    ('en', 'The plan may have failed, but the factory opened.',
     'but the factory opened'),  # control
    ('en', 'The Must Survive campaign began in 2021.',
     'campaign began in 2021'),  # control
    ('en', 'Farmers who could not meet the quota were fined.',
     'were fined'),  # control
    ('en', 'Residents who could afford Chinese phones used them to call relatives abroad.',
     'used them to call relatives abroad'),  # control
    ('en', 'He fled because he could, he said.',
     'he said'),  # control
    ('en', 'Nobody in the village believes the dam is safe.',
     'is safe'),  # control
    ('fr', 'On peut apercevoir les gardes depuis la rive chinoise.',
     'apercevoir les gardes depuis la rive chinoise'),  # control
    ('fr', 'On peut entendre les haut-parleurs le soir.',
     'entendre les haut-parleurs le soir'),  # control
    ('fr', 'Depuis la colline, on peut remarquer les nouvelles maisons du village.',
     'remarquer les nouvelles maisons du village'),  # remarquer: perception
    ('fr', "Il n'est pas faux que le régime a réduit les rations.",
     'le régime a réduit les rations'),  # control
    ('fr', 'Cela veut dire que la mine a rouvert.',
     'que la mine a rouvert'),  # control
    ('fr', 'La loi prévoit de lourdes peines pour les passeurs.',
     'lourdes peines pour les passeurs'),  # control
    ('fr', 'Le régime a tenu sa promesse : les rations ont augmenté en avril.',
     'les rations ont augmenté en avril'),  # control
    ('fr', 'La mine, fermée depuis presque dix ans, a rouvert en mai.',
     'a rouvert en mai'),  # control
    ('fr', 'Kim doit sa position à son père.',
     'sa position à son père'),  # control
    ('fr', 'Le pays doit notre aide à la générosité chinoise.',
     'notre aide à la générosité chinoise'),  # control
    ('fr', 'Selon Daily NK, les commerçants veulent leur argent en yuans.',
     'leur argent en yuans'),  # control leur
    ('fr', 'Chaque ménage doit désormais livrer 10 kilos de ferraille.',
     'désormais livrer 10 kilos de ferraille'),  # control adverb
    ('es', 'Según la fuente, casi todos los comerciantes pagan sobornos; el mercado reabrió.',
     'el mercado reabrió'),  # control
    ('es', 'Se trata de un programa para aumentar la producción de carbón.',
     'un programa para aumentar la producción de carbón'),  # control
    ('es', 'El régimen debe su supervivencia al comercio con China.',
     'su supervivencia al comercio con China'),  # control
    ('es', 'El ejército quiere el control de los mercados.',
     'el control de los mercados'),  # control
    ('es', 'Desde el río se pueden escuchar los disparos.',
     'escuchar los disparos'),  # escuchar: perception
    ('es', 'Desde el puente se puede distinguir a los guardias.',
     'distinguir a los guardias'),  # distinguir
    ('pt', 'O regime deve a sua sobrevivência ao comércio com a China.',
     'a sua sobrevivência ao comércio com a China'),  # control
    ('pt', 'Da ponte, os turistas podem ouvir os altifalantes.',
     'ouvir os altifalantes'),  # ouvir: perception
    ('pt', 'Segundo a fonte, quase todos os comerciantes pagam subornos, e o mercado reabriu.',
     'e o mercado reabriu'),  # control
    ('it', 'Ciò vuol dire che la miniera ha riaperto.',
     'dire che la miniera ha riaperto'),  # vuol not listed
    ('it', 'Il regime deve la sua sopravvivenza al commercio con la Cina.',
     'la sua sopravvivenza al commercio con la Cina'),  # control
    ('it', 'Dal ponte si possono udire gli altoparlanti.',
     'udire gli altoparlanti'),  # udire
    ('it', 'Dalla collina si può scorgere il campo di prigionia.',
     'scorgere il campo di prigionia'),  # scorgere
    ('it', 'Il regime vuole il controllo dei mercati.',
     'il controllo dei mercati'),  # control
    ('it', 'Secondo la fonte, quasi tutti i commercianti pagano tangenti e il mercato ha riaperto.',
     'e il mercato ha riaperto'),  # control
    ('de', 'Fast alle Händler zahlen Bestechungsgeld, und der Markt ist wieder offen.',
     'der Markt ist wieder offen'),  # control
    ('de', 'Statt Reis erhielten die Arbeiter Mais.',
     'erhielten die Arbeiter Mais'),  # statt (no zu/dass)
    ('de', 'Die Mine hat angeblich wieder geöffnet, bestätigte ein Beamter.',
     'bestätigte ein Beamter'),  # control
    ('de', 'Niemand glaubt es, aber die Mine hat wieder geöffnet.',
     'aber die Mine hat wieder geöffnet'),  # control
    ('de', 'Die Regierung will die Mine im Juni öffnen.',
     'die Mine im Juni öffnen'),  # de modals excluded by design
    ('ru', 'Из Даньдуна можно видеть недостроенный мост.',
     'видеть недостроенный мост'),  # control можно
    ('ru', 'Жители могут слышать выстрелы по ночам.',
     'слышать выстрелы по ночам'),  # слышать: perception
    ('ru', 'Семья должна деньги ростовщику.',
     'деньги ростовщику'),  # control
    ('ru', 'Это может быть правдой: шахта открылась в мае.',
     'шахта открылась в мае'),  # control
    ('ru', 'Рынок, который власти обещали закрыть, работает до сих пор.',
     'работает до сих пор'),  # control
    ('ru', 'По вечерам собираются соседи и смотрят китайские сериалы.',
     'соседи и смотрят китайские сериалы'),  # control
    ('ru', 'Вместо риса рабочие получили кукурузу.',
     'рабочие получили кукурузу'),  # control (вместо + noun phrase ends)
    ('uk', 'Мешканці можуть чути постріли вночі.',
     'чути постріли вночі'),  # чути: perception
    ('uk', 'Замість рису робітники отримали кукурудзу.',
     'робітники отримали кукурудзу'),  # control
    ('uk', 'Родина винна гроші лихвареві.',
     'гроші лихвареві'),  # control
    ('zh', '据说矿山已经关闭，但消息人士证实它仍在运营。',
     '它仍在运营'),  # control
    ('zh', '矿山可能性很大会重新开放。',
     '很大会重新开放'),  # skip
    ('zh', '当局试图关闭市场，但失败了。',
     '但失败了'),  # control
    ('zh', '市场管理员否认收受贿赂，但已被撤职。',
     '但已被撤职'),  # control
    ('ja', '当局は配給を増やすと約束し、実際に四月に増やした。',
     '実際に四月に増やした'),  # control
    ('ko', '당국은 배급을 늘리겠다고 약속했고 실제로 4월에 늘렸다.',
     '실제로 4월에 늘렸다'),  # control
    ('ko', '정부는 목표를 달성했다고 발표했다.',
     '정부는 목표를 달성했다'),  # control (not a promise word)
    ('zh', '尽管当局否认，市场仍在运营。',
     '市场仍在运营'),  # 否认 + comma: concessive clause
    ('zh', '虽然平壤否认，卫星图像显示矿山已重新开放。',
     '卫星图像显示矿山已重新开放'),  # 否认，+ new clause
    ('zh', '朝鲜官方一再否认，但多名脱北者证实了该集中营的存在。',
     '但多名脱北者证实了该集中营的存在'),  # 否认，但
    ('en', 'Although officials deny it, the market is still operating.',
     'the market is still operating'),  # control en
    ('en', 'Officials deny it, but the market is still operating.',
     'but the market is still operating'),  # control en
    ('ru', 'Хотя власти это отрицают, рынок продолжает работать.',
     'рынок продолжает работать'),  # control ru
]


@pytest.mark.parametrize("language, body, quote", [row[:3] for row in UNDONE])
def test_a_lead_in_that_undoes_the_quote_makes_it_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", [row[:3] for row in FAITHFUL])
def test_ordinary_quotes_after_such_words_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_the_passage_shown_starts_at_the_lead_in():
    located = _located("Officials say nobody believes the regime collapsed.", "the regime collapsed")
    assert located.passage.parts == ("nobody believes the regime collapsed",)
    located = _located("官方否认了矿山已重新开放的报道。", "矿山已重新开放", "zh")
    assert located.passage.parts == ("否认了矿山已重新开放",)


@pytest.mark.parametrize("body, quote, status", [
    # the lead-in's word ends where the quote goes on with other words: those are what it cites
    ("They were paid in flour instead of cash, said a student, adding that markets were short of petrol.",
     "cash, said a student, adding that markets were short of petrol", QuoteStatus.VERIFIED),
    ('"We hope so, but I doubt it," said a student, adding that the plan had been revised.',
     'it," said a student, adding that the plan had been revised', QuoteStatus.VERIFIED),
    # … but an adverb's word is its own verb
    ("The dam nearly collapsed, officials said.", "collapsed, officials said", QuoteStatus.APPROXIMATE),
])
def test_a_quote_that_goes_on_past_the_lead_ins_last_word(body, quote, status):
    assert _located(body, quote).status is status


@pytest.mark.parametrize("language, body, quote", [row[:3] for row in UNDONE])
def test_the_same_lead_ins_undo_it_in_a_paragraph_after_another(language, body, quote):
    assert _located("An earlier paragraph ends here.\n\n" + body, quote, language).status is QuoteStatus.APPROXIMATE


# A hedge or hearsay right before the quote, which the quote leaves out ("The official
# probably | fled to China"), in each language the tables have one for
HEDGED = [
    ("en", "The official probably fled to China in May.", "fled to China in May"),
    ("en", "The mine apparently reopened in March.", "reopened in March"),
    ("en", "Apparently, the mine reopened in March.", "the mine reopened in March"),
    ("en", "The mine, presumably, reopened in March.", "reopened in March"),
    ("en", "He most likely fled to China.", "fled to China"),
    ("en", "It was perhaps the worst famine since the 1990s.", "the worst famine since the 1990s"),
    ("en", "Probably 300 people died in the flood.", "300 people died in the flood"),  # a figure too
    ("en", "The official possibly fled, his neighbours said.", "fled, his neighbours said"),
    ("en", "The cadre seemingly took bribes from traders.", "took bribes from traders"),
    ("en", 'The minister "maybe resigned" in June.', 'resigned" in June'),
    ("fr", "Le général aurait détourné des fonds publics.", "détourné des fonds publics"),
    ("fr", "Il y aurait 300 morts dans la province.", "300 morts dans la province"),
    ("fr", "Le responsable a probablement fui en Chine.", "fui en Chine"),
    ("fr", "Apparemment, la mine a rouvert en mars.", "la mine a rouvert en mars"),
    ("es", "El general habría desviado fondos públicos.", "desviado fondos públicos"),
    ("es", "Al parecer, la mina reabrió en marzo.", "la mina reabrió en marzo"),
    ("pt", "O general teria desviado fundos públicos.", "desviado fundos públicos"),
    ("it", "Il generale avrebbe sottratto fondi pubblici.", "sottratto fondi pubblici"),
    ("it", "Il generale forse è fuggito in Cina.", "è fuggito in Cina"),
    ("de", "Der General soll Geld unterschlagen haben.", "Geld unterschlagen haben"),
    ("de", "Der General soll Geld unterschlagen haben.", "Geld unterschlagen"),  # "haben" left out too
    ("de", "Die Mine soll im März geschlossen worden sein, hieß es.", "im März geschlossen worden sein"),
    ("de", "Der General hat wohl Geld unterschlagen.", "Geld unterschlagen"),
    ("de", "Die Mine wurde vermutlich im März geöffnet.", "im März geöffnet"),
    ("ru", "Чиновник, вероятно, бежал в Китай.", "бежал в Китай"),
    ("uk", "Посадовець, можливо, втік до Китаю.", "втік до Китаю"),
    ("zh", "该官员可能已逃往中国。", "已逃往中国"),
    ("ja", "その役人はおそらく中国に逃げた。", "中国に逃げた"),
    ("ko", "그 관리는 아마도 중국으로 도망쳤다.", "중국으로 도망쳤다"),
    # … from a review: a figure's "as many as", a purpose, "It is likely that", a compound,
    # an elided "l'", a comma after a Chinese hedge, 已经 between, other conditionals
    ("en", "The flood killed probably as many as 300 people.", "as many as 300 people"),
    ("en", "Power was cut, probably to save electricity.", "to save electricity"),
    ("en", "It is likely that the mine reopened in May.", "the mine reopened in May"),
    ("en", "In all likelihood, the mine reopened in May.", "the mine reopened in May"),
    ("fr", "Le général l'aurait vendu à une entreprise chinoise.", "vendu à une entreprise chinoise"),
    ("fr", "Il est probable que la mine a rouvert en mai.", "la mine a rouvert en mai"),
    ("fr", "Le général se trouverait actuellement en Chine.", "actuellement en Chine"),
    ("es", "El general estaría escondido en China, según fuentes.", "escondido en China"),
    ("es", "La mina seguramente reabrió en mayo.", "reabrió en mayo"),
    ("it", "Il generale si troverebbe in Cina.", "in Cina"),
    ("de", "Der General ist höchstwahrscheinlich nach China geflohen.", "nach China geflohen"),
    ("de", "Der General soll in den Jahren 2015 bis 2019 über mehrere Konten der staatlichen Handelsgesellschaft "
           "Millionen unterschlagen haben.", "in den Jahren 2015 bis 2019"),
    ("ru", "Чиновник, скорее всего, бежал в Китай.", "бежал в Китай"),
    ("zh", "也许，该官员已经逃往中国。", "该官员已经逃往中国"),
    ("zh", "该官员可能已经逃往中国。", "逃往中国"),
    ("zh", "矿山有可能在三月重新开放。", "在三月重新开放"),
    # … a hedge of a whole clause: "It seems that", "Peut-être que", "Puede que", "Es kann sein, dass"
    ("en", "It seems the mine reopened in May.", "the mine reopened in May"),
    ("en", "The mine, it seems, reopened in May.", "reopened in May"),
    ("fr", "Peut-être que la mine a rouvert en mai.", "la mine a rouvert en mai"),
    ("es", "Puede que la mina reabriera en mayo.", "la mina reabriera en mayo"),
    ("it", "Può darsi che la miniera abbia riaperto.", "la miniera abbia riaperto"),
    ("de", "Es kann sein, dass die Mine im Mai öffnete.", "die Mine im Mai öffnete"),
    ("pt", "Pode ser que a mina tenha reaberto.", "a mina tenha reaberto"),
    ("ru", "Вполне возможно, что шахта закрыта.", "шахта закрыта"),
    ("uk", "Можливо, що шахта закрита.", "шахта закрита"),
]
# … and the same words where they hedge nothing the quote says, or the quote keeps them
UNHEDGED = [
    ("en", "Cadres reportedly visited the mine 27 times.", "visited the mine 27 times"),  # the report's report
    ("en", "The likely successor is Kim Yo Jong.", "successor is Kim Yo Jong"),  # an adjective
    ("en", "The mine is likely to reopen in March.", "to reopen in March"),  # a plan, quoted as one
    ("en", "Prices are more likely than not to rise.", "than not to rise"),
    ("en", "The official probably fled to China.", "probably fled to China"),  # kept
    ("en", "He left, probably. The mine reopened in March.", "The mine reopened in March"),  # another sentence
    ("en", 'He said: "Maybe." The mine reopened in March.', "The mine reopened in March"),
    ("fr", "Selon des sources, la mine aurait rouvert en mars.", "la mine aurait rouvert en mars"),  # kept
    ("fr", "La mine a rouvert en mars.", "la mine a rouvert en mars"),
    ("de", "Die Mine soll im März wieder öffnen.", "im März wieder öffnen"),  # a plan: "should | reopen"
    ("de", "Die Regierung soll sein Dorf schützen.", "sein Dorf schützen"),  # "sein" his, a duty
    ("de", "Zum Wohl der Bevölkerung wurde die Mine geöffnet.", "der Bevölkerung wurde die Mine geöffnet"),
    ("de", "Sowohl die Mine als auch das Werk wurden geöffnet.", "die Mine als auch das Werk wurden geöffnet"),
    ("ru", "По слухам, шахта закрыта, и Минобъединения это подтвердило.",
     "шахта закрыта, и Минобъединения это подтвердило"),  # an attribution, confirmed
    ("zh", "商人们尽可能把货物藏在家里。", "把货物藏在家里"),  # 尽可能: as far as possible
    ("ko", "그 관리는 중국으로 도망쳤다.", "중국으로 도망쳤다"),
    # … from a review: the hedge ends the clause before, or is another word, an idiom, a question
    ("en", "The mine will reopen in May, probably, the minister said on Monday.", "the minister said on Monday"),
    ("en", "Ten people, perhaps twenty, died in the collapse.", "died in the collapse"),
    ("en", 'The song "Maybe" became a hit in Pyongyang.', "became a hit in Pyongyang"),
    ("de", "Die Mine soll bis Ende März betriebsbereit sein.", "bis Ende März betriebsbereit sein"),  # a plan
    ("de", "Jeder Bürger soll bis 2030 Zugang zu sauberem Wasser haben.", "bis 2030 Zugang zu sauberem Wasser haben"),
    ("de", "Die Mine soll im März wieder öffnen, obwohl die Arbeiter protestiert haben.", "im März wieder öffnen"),
    ("de", "Es gibt sehr wohl Hinweise auf Zwangsarbeit in der Mine.", "Hinweise auf Zwangsarbeit in der Mine"),
    ("de", "Die Arbeiter fühlen sich wohl in der neuen Fabrik.", "in der neuen Fabrik"),
    ("de", "Im März wurde offenbar, dass die Regierung die Zahlen gefälscht hatte.",
     "dass die Regierung die Zahlen gefälscht hatte"),  # became evident
    ("fr", "Qui serait le successeur de Kim Jong Un ?", "le successeur de Kim Jong Un"),
    ("it", "Quale sarebbe la soluzione migliore?", "la soluzione migliore"),
    ("es", "Habría que esperar a marzo para saberlo.", "que esperar a marzo para saberlo"),
    ("ru", "Это вполне возможно, однако официальных данных нет.", "однако официальных данных нет"),
    ("uk", "Ми знаємо напевно, що шахта закрилася в березні.", "що шахта закрилася в березні"),
    ("zh", "政府表示将尽最大可能救援被困矿工。", "救援被困矿工"),
    ("zh", "官员只透露了大概，具体伤亡人数尚未公布。", "具体伤亡人数尚未公布"),
    # … from a second review: an impersonal "it would be", a noun's plural, a predicate
    ("fr", "Ce serait une erreur de croire que la mine a rouvert.", "une erreur de croire que la mine a rouvert"),
    ("es", "Sería un error pensar que la mina reabrió.", "un error pensar que la mina reabrió"),
    ("es", "Según la ONU, sería necesario enviar ayuda.", "necesario enviar ayuda"),
    ("it", "Sarebbe un errore credere che la miniera abbia riaperto.",
     "un errore credere che la miniera abbia riaperto"),
    ("pt", "Seria necessário enviar ajuda.", "necessário enviar ajuda"),
    ("de", "Alle Händler sollen ab Mai Genehmigungen haben.", "ab Mai Genehmigungen haben"),
    ("ru", "Объединение возможно только через диалог, заявил министр.", "только через диалог"),
    ("en", "Kim's likely successor is his daughter.", "successor is his daughter"),
    ("en", "The most likely explanation is a gas leak.", "explanation is a gas leak"),
    ("en", "The camp was closed in 2019; it appears in the UN report.", "in the UN report"),  # is shown
    ("en", "Unlikely as it seems, the mine reopened in May.", "the mine reopened in May"),  # a concession
]


@pytest.mark.parametrize("language, body, quote", HEDGED)
def test_a_hedge_left_out_right_before_the_quote_makes_it_approximate(language, body, quote):
    located = _located(body, quote, language)
    assert located.status is QuoteStatus.APPROXIMATE and located.beside


@pytest.mark.parametrize("language, body, quote", UNHEDGED)
def test_the_same_words_where_they_hedge_nothing_quoted_leave_it_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A third probe's cases (344, written blind to the rules): the quotes it found verified that
# were not, now approximate, and its faithful look-alikes of them, which stay verified
THIRD_PROBE_UNDONE = [
    ('en', 'Correction: this article originally said that the Hyesan market had closed. In fact, its opening '
     'hours were cut to four a day.',
     'the Hyesan market had closed'),
    ('en', 'Hyesan was once the busiest smuggling hub on the border.',
     'the busiest smuggling hub on the border'),
    ('en', 'The Musan mine, once the largest open-pit iron mine in Asia, still employs 5,000 workers.',
     'the largest open-pit iron mine in Asia'),
    ('en', 'According to state propaganda, the Republic has no unemployment.',
     'the Republic has no unemployment'),
    ('en', "In the regime's telling, the protests in Sinuiju were organised by foreign spies.",
     'the protests in Sinuiju were organised by foreign spies'),
    ('en', 'As state television would have it, the Kimchaek steel mill exceeded its annual quota.',
     'the Kimchaek steel mill exceeded its annual quota'),
    ('en', "Pyongyang's claim that the economy is booming is hard to square with the empty shelves in Hyesan.",
     'the economy is booming'),
    ('en', 'Officials boasted that the new hospital in Hyesan was world-class; patients bring their own sheets.',
     'the new hospital in Hyesan was world-class'),
    ('en', 'The Party line is that defectors are criminals who fled justice.',
     'defectors are criminals who fled justice'),
    ('en', 'Some traders in Hyesan stopped selling Chinese goods.',
     'traders in Hyesan stopped selling Chinese goods'),
    ('en', 'A few factories in Chongjin resumed operations in March.',
     'factories in Chongjin resumed operations in March'),
    ('en', 'Most factories in Chongjin resumed operations in March.',
     'factories in Chongjin resumed operations in March'),
    ('en', 'Only in Pyongyang do state shops still sell bananas.',
     'state shops still sell bananas'),
    ('en', 'The market is open only on the 1st, 11th and 21st of each month.',
     'The market is open'),
    ('en', 'Without Chinese aid, thousands of people would have starved in the winter of 2021.',
     'starved in the winter of 2021'),
    ('en', 'The shipment must have passed through Dalian, analysts said.',
     'passed through Dalian'),
    ('en', 'In what state media hailed as a great victory, the harvest fell by a third.',
     'a great victory'),
    ('en', "Kim's economy is booming, if you believe the Rodong Sinmun.",
     "Kim's economy is booming"),
    ('en', 'A miracle harvest, as state TV called it, that left farmers hungry.',
     'A miracle harvest'),
    ('en', 'Imagine a country where every family has enough rice. That is the North Korea of the posters.',
     'a country where every family has enough rice'),
    ('en', "Let's say the sanctions are lifted tomorrow; the factories still have no parts.",
     'the sanctions are lifted tomorrow'),
    ('ko', '북한 선전에 따르면 공화국에는 실업자가 없다.',
     '공화국에는 실업자가 없다'),
    ('ko', '일부 상인들은 중국산 물건 판매를 중단했다.',
     '상인들은 중국산 물건 판매를 중단했다'),
    ('ko', '북한은 2017년 이후 처음으로 ICBM을 발사했다.',
     '처음으로 ICBM을 발사했다'),
    ('zh', '惠山曾是边境最繁忙的走私中心。',
     '边境最繁忙的走私中心'),
    ('zh', '据朝鲜官方宣传，共和国没有失业。',
     '共和国没有失业'),
    ('zh', '朝鲜自2017年以来首次试射洲际导弹。',
     '首次试射洲际导弹'),
    ('es', 'Hyesan fue en su día el mayor centro de contrabando de la frontera.',
     'el mayor centro de contrabando de la frontera'),
    ('es', 'Según la propaganda del régimen, en la República no hay desempleo.',
     'en la República no hay desempleo'),
    ('es', 'Algunos comerciantes de Hyesan dejaron de vender productos chinos.',
     'comerciantes de Hyesan dejaron de vender productos chinos'),
    ('fr', 'Hyesan était autrefois la principale plaque tournante de la contrebande.',
     'la principale plaque tournante de la contrebande'),
    ('fr', "Selon la propagande officielle, chaque famille a l'électricité.",
     "chaque famille a l'électricité"),
    ('fr', 'Certains commerçants de Hyesan ont cessé de vendre des produits chinois.',
     'commerçants de Hyesan ont cessé de vendre des produits chinois'),
    ('de', 'Hyesan war einst der größte Schmuggelknotenpunkt an der Grenze.',
     'der größte Schmuggelknotenpunkt an der Grenze'),
    ('de', 'Einige Händler in Hyesan verkaufen keine chinesischen Waren mehr.',
     'Händler in Hyesan verkaufen keine chinesischen Waren mehr'),
    ('ru', 'Хесан когда-то был крупнейшим центром контрабанды на границе.',
     'крупнейшим центром контрабанды на границе'),
    ('ru', 'По версии пропаганды, в Республике нет безработицы.',
     'в Республике нет безработицы'),
    ('ru', 'Некоторые торговцы в Хесане перестали продавать китайские товары.',
     'торговцы в Хесане перестали продавать китайские товары'),
    ('en', 'North Korea aims to double coal exports to China by 2025.',
     'North Korea … double coal exports to China by 2025'),
    ('en', 'Kim ordered officials to build 20,000 homes in Pyongyang this year.',
     'Kim ordered officials … build 20,000 homes in Pyongyang this year'),
    ('en', 'The cabinet announced a plan under which farmers keep 30% of their harvest.',
     'farmers keep 30% of their harvest'),
    ('en', "Kim's stated goal is that every family eats rice three times a day.",
     'every family eats rice three times a day'),
    ('en', 'Under the draft regulation, traders pay a flat monthly fee of 10,000 won.',
     'traders pay a flat monthly fee of 10,000 won'),
    ('ko', '내각의 계획에 따르면 농민들은 수확의 30%를 갖는다.',
     '농민들은 수확의 30%를 갖는다'),
]
THIRD_PROBE_FAITHFUL = [
    ('en', 'Confirmed by two sources in Hyesan this week:\n\n- the Hyesan copper mine has closed\n- rice prices '
     'doubled in two days',
     'the Hyesan copper mine has closed'),
    ('en', 'What our sources in Sinuiju reported this week:\n\n- grain output rose 12% this year\n- every factory '
     'met its quota',
     'grain output rose 12% this year'),
    ('en', 'A resident of Pyongyang listed the changes since spring:\n\n- every family has electricity for six '
     'hours a day\n- bus fares doubled',
     'every family has electricity for six hours a day'),
    ('en', 'What the provincial committee achieved this year:\n\n1. closed the Wiyon market\n2. built 2,000 flats '
     'in Hyesan',
     'built 2,000 flats in Hyesan'),
    ('en', 'A trader in Hyesan told us on Monday:\n\n> Rice now costs 6,000 won a kilogram, up from 4,800 in January.',
     'Rice now costs 6,000 won a kilogram'),
    ('en', 'The UN Panel of Experts wrote in its March report:\n\n> The vessel transferred coal to a '
     'Chinese-flagged ship off Ningbo.\n\nSatellite images we obtained confirm the transfer.',
     'The vessel transferred coal to a Chinese-flagged ship off Ningbo'),
    ('en', '| Claim | Verdict |\n|---|---|\n| Kim Jong Un visited Rason in May | False |\n| The Rason port '
     'reopened in June | Confirmed |',
     'The Rason port reopened in June'),
    ('en', '| Report | Status |\n|---|---|\n| Public executions were held in Hyesan stadium | Unverified |\n| The '
     'Hyesan market closed for a week | Verified |',
     'The Hyesan market closed for a week'),
    ('en', '| Report | Source |\n|---|---|\n| Rice in Chongjin rose to 5,800 won | rumour, unconfirmed |\n| Rice '
     'in Hyesan rose to 6,000 won | two traders |',
     'Rice in Hyesan rose to 6,000 won'),
    ('en', '![Flooded rice fields](floods.jpg)\n\n*Flooded rice fields in South Hwanghae Province in August. '
     'Photo: Daily NK source.*',
     'Flooded rice fields in South Hwanghae Province in August'),
    ('en', '![Soldiers at the Yalu River](yalu.jpg)\n\n*Illustrative image: soldiers patrol the Yalu River near '
     'Hyesan. The photo is from 2015 and does not show the recent shooting.*',
     'soldiers patrol the Yalu River near Hyesan'),
    ('en', 'Exports of coal to China resumed in March.[^1]\n\n[^1]: Chinese customs data for March, released on '
     'April 18.',
     'Exports of coal to China resumed in March'),
    ('en', '~~The defector was executed in March.~~\n\nCorrection: the defector was sent to a labour camp in March.',
     'the defector was sent to a labour camp in March'),
    ('en', 'Police arrested ~~30~~ 13 traders at the Sunam market.',
     'Police arrested 13 traders at the Sunam market'),
    ('en', 'The Sinuiju customs office was shut on Tuesday, sources said.\n\n**Update (June 3):** The customs '
     'office reopened on Thursday.',
     'The customs office reopened on Thursday'),
    ('en', 'Thirteen people were arrested in the raid in Musan.\n\n*Correction: An earlier version of this '
     'article said thirty.*',
     'Thirteen people were arrested in the raid in Musan'),
    ('en', '## Greenhouse production\n\nThe new Kangdong greenhouse farm supplies vegetables to shops in eastern '
     'Pyongyang.',
     'The new Kangdong greenhouse farm supplies vegetables to shops in eastern Pyongyang'),
    ('en', 'Authorities closed the Sunam market in Chongjin on Monday, carrying out a plan first announced in May.',
     'Authorities closed the Sunam market in Chongjin on Monday'),
    ('en', 'The government raised the state price of rice to 7,000 won this month, as expected.',
     'The government raised the state price of rice to 7,000 won this month'),
    ('en', 'The train from Dandong, scheduled for Monday, arrived in Pyongyang on Tuesday evening.',
     'arrived in Pyongyang on Tuesday evening'),
    ('en', 'The Hyesan market, which was due to reopen last week, finally reopened on Monday, traders said.',
     'finally reopened on Monday'),
    ('en', 'North Korea cut off the inter-Korean hotline on Tuesday, two days after it threatened to do so.',
     'North Korea cut off the inter-Korean hotline on Tuesday'),
    ('en', 'Officials built 20,000 homes in Pyongyang this year, as Kim had ordered.',
     'Officials built 20,000 homes in Pyongyang this year'),
    ('en', 'The new wage system will take effect in January, officials said.',
     'The new wage system will take effect in January'),
    ('en', 'The new railway from Sinuiju to Pyongyang has cut the journey to four hours.',
     'has cut the journey to four hours'),
    ('en', 'Traders still cross the Tumen River near Hoeryong every night.',
     'cross the Tumen River near Hoeryong every night'),
    ('en', 'Hyesan is now the busiest smuggling hub on the border.',
     'the busiest smuggling hub on the border'),
    ('en', 'Traders who used to cross at Hoeryong now cross at Musan.',
     'now cross at Musan'),
    ('en', 'The Musan mine, once the largest open-pit iron mine in Asia, still employs 5,000 workers.',
     'still employs 5,000 workers'),
    ('en', 'Since 2019, defectors have been able to reach Seoul within a month.',
     'defectors have been able to reach Seoul within a month'),
    ('en', 'Rice prices fell below 5,000 won for the first time since 2020.',
     'Rice prices fell below 5,000 won'),
    ('en', 'North Korea held a military parade in February, its first since 2018.',
     'North Korea held a military parade in February'),
    ('en', 'The fire destroyed almost the entire Sunam market.',
     'destroyed almost the entire Sunam market'),
    ('en', 'The Chongjin power grid collapsed in January, nearly a week after the storm.',
     'The Chongjin power grid collapsed in January'),
    ('en', 'According to two sources in Hyesan, the market closed on Monday.',
     'the market closed on Monday'),
    ('en', 'According to Chinese customs data, exports to North Korea fell 20% in May.',
     'exports to North Korea fell 20% in May'),
    ('en', 'Even state media admitted that the harvest fell by 10% this year.',
     'the harvest fell by 10% this year'),
    ('en', 'State media said the harvest grew by 10%, and UN satellite data agree.',
     'the harvest grew by 10%'),
    ('en', 'All traders in Hyesan stopped selling Chinese goods after the decree.',
     'traders in Hyesan stopped selling Chinese goods after the decree'),
    ('en', 'In Hyesan, rice prices doubled in May.',
     'rice prices doubled in May'),
    ('en', 'Hyesan is the largest smuggling hub on the Chinese border, sources say.',
     'the largest smuggling hub on the Chinese border'),
    ('en', 'It was the largest protest in Sinuiju in decades.',
     'It was the largest protest in Sinuiju'),
    ('en', 'Rice is more expensive in Hyesan than in Pyongyang.',
     'Rice is more expensive in Hyesan'),
    ('en', 'The new rules hurt traders more than farmers.',
     'The new rules hurt traders'),
    ('en', 'Exports fell less than analysts had feared.',
     'Exports fell'),
    ('en', 'Only two of the ten factories in Chongjin are running.',
     'two of the ten factories in Chongjin are running'),
    ('en', 'Only two flights a week now connect Pyongyang and Beijing.',
     'two flights a week now connect Pyongyang and Beijing'),
    ('en', 'Just 5% of the aid reached the provinces.',
     '5% of the aid reached the provinces'),
    ('en', 'Every factory in Chongjin met its quota, including the steel mill.',
     'Every factory in Chongjin met its quota'),
    ('en', 'Besides Hyesan, markets in Hoeryong also closed.',
     'markets in Hoeryong also closed'),
    ('en', 'The fire destroyed the entire Sunam market and could spread to nearby homes.',
     'The fire destroyed the entire Sunam market'),
    ('en', 'The virus spread to Hyesan by early May and may reach Samjiyon next.',
     'The virus spread to Hyesan by early May'),
    ('en', 'The bridge, which should have opened in 2014, finally opened in 2023.',
     'finally opened in 2023'),
    ('en', 'Officials confirmed that workers at the Musan mine earn 50,000 won a month.',
     'workers at the Musan mine earn 50,000 won a month'),
    ('en', 'Officially opened in 2019, the hospital treats 300 patients a day.',
     'the hospital treats 300 patients a day'),
    ('en', 'In practice, farmers keep 30% of their harvest under the new system.',
     'farmers keep 30% of their harvest'),
    ('en', 'The so-called grasshopper traders sell goods on the street outside the market.',
     'grasshopper traders sell goods on the street outside the market'),
    ('en', 'Traders call the new 5,000-won notes "Kim\'s paper".',
     'the new 5,000-won notes'),
    ('en', 'The harvest, which state media hailed as a success, did rise by 10%, UN data show.',
     'did rise by 10%'),
    ('en', 'Independent data confirm that the economy grew by 3% last year.',
     'the economy grew by 3% last year'),
    ('en', 'Instead of reaching the flood victims, the rice went to the army.',
     'the rice went to the army'),
    ('en', 'Far from falling, prices rose by 20% in June.',
     'prices rose by 20% in June'),
    ('en', 'Traders pay in yuan, not in won.',
     'Traders pay in yuan'),
    ('en', 'Less a market than a checkpoint, the Namyang bazaar is run by border guards.',
     'the Namyang bazaar is run by border guards'),
    ('ko', '혜산 소식통이 이번 주에 전한 소식:\n\n- 구리 광산이 문을 닫았다\n- 쌀값이 두 배로 올랐다',
     '구리 광산이 문을 닫았다'),
    ('ko', '| 주장 | 판정 |\n|---|---|\n| 신의주 세관이 폐쇄됐다 | 사실 아님 |\n| 라선항이 다시 열렸다 | 사실 |',
     '라선항이 다시 열렸다'),
    ('ko', '소식통에 따르면 혜산 시장은 월요일에 문을 닫았다.',
     '혜산 시장은 월요일에 문을 닫았다'),
    ('ko', '혜산은 국경에서 가장 큰 밀수 거점이다.',
     '국경에서 가장 큰 밀수 거점이다'),
    ('ko', '실제로 개성 공장에 3천 명이 일한다.',
     '개성 공장에 3천 명이 일한다'),
    ('ko', '량강도를 포함한 모든 도에 비료가 공급됐다.',
     '모든 도에 비료가 공급됐다'),
    ('ko', '화재로 수남시장 전체가 거의 불에 탔다.',
     '수남시장 전체가 거의 불에 탔다'),
    ('ko', '당국은 월요일 수남시장을 폐쇄했다.',
     '월요일 수남시장을 폐쇄했다'),
    ('zh', '朝鲜当局上周关闭了惠山市场，此前曾宣布这一计划。',
     '朝鲜当局上周关闭了惠山市场'),
    ('zh', '惠山如今是边境最繁忙的走私中心。',
     '边境最繁忙的走私中心'),
    ('zh', '据消息人士称，惠山市场周一关闭。',
     '惠山市场周一关闭'),
    ('zh', '惠山是边境上最大的走私据点。',
     '惠山是边境上最大的走私据点'),
    ('zh', '消息人士证实，矿工每月工资为五万朝元。',
     '矿工每月工资为五万朝元'),
    ('zh', '这场火灾烧毁了几乎整个市场。',
     '烧毁了几乎整个市场'),
    ('zh', '| 说法 | 核实结果 |\n|---|---|\n| 新义州海关已关闭 | 不实 |\n| 罗先港已重新开放 | 属实 |',
     '罗先港已重新开放'),
    ('es', 'Las autoridades cerraron el mercado de Sunam el lunes, según una fuente.',
     'Las autoridades cerraron el mercado de Sunam el lunes'),
    ('es', 'Según dos fuentes en Hyesan, el mercado cerró el lunes.',
     'el mercado cerró el lunes'),
    ('es', 'En la práctica, los agricultores se quedan con el 30% de su cosecha.',
     'los agricultores se quedan con el 30% de su cosecha'),
    ('es', 'Un comerciante de Hyesan nos dijo:\n\n> El arroz cuesta ahora 6.000 wones el kilo.',
     'El arroz cuesta ahora 6.000 wones el kilo'),
    ('fr', 'Les autorités ont fermé le marché de Sunam lundi, selon une source.',
     'Les autorités ont fermé le marché de Sunam lundi'),
    ('fr', 'Selon deux sources à Hyesan, le marché a fermé lundi.',
     'le marché a fermé lundi'),
    ('fr', 'Les exportations de charbon vers la Chine ont repris en mars.[^1]\n\n[^1]: Données des douanes '
     'chinoises publiées le 18 avril.',
     'Les exportations de charbon vers la Chine ont repris en mars'),
    ('de', 'Die Behörden haben den Sunam-Markt am Montag geschlossen.',
     'den Sunam-Markt am Montag geschlossen'),
    ('de', 'Hyesan ist heute der größte Schmuggelknotenpunkt an der Grenze.',
     'der größte Schmuggelknotenpunkt an der Grenze'),
    ('de', 'Laut zwei Quellen in Hyesan wurde der Markt am Montag geschlossen.',
     'wurde der Markt am Montag geschlossen'),
    ('de', 'Tatsächlich verdienen Bergleute 50.000 Won im Monat.',
     'verdienen Bergleute 50.000 Won im Monat'),
    ('de', 'Die sogenannten Grashüpfer-Händler verkaufen ihre Waren auf der Straße.',
     'Grashüpfer-Händler verkaufen ihre Waren auf der Straße'),
    ('ru', 'Власти закрыли рынок Сунам в понедельник, сообщил источник.',
     'Власти закрыли рынок Сунам в понедельник'),
    ('ru', 'По словам двух источников в Хесане, рынок закрылся в понедельник.',
     'рынок закрылся в понедельник'),
    ('ru', 'На деле шахтёры получают 50 000 вон в месяц, подтвердил источник.',
     'шахтёры получают 50 000 вон в месяц'),
    ('ru', 'Энергосистема Чхонджина рухнула в январе.',
     'рухнула в январе'),
    ('ru', '| Утверждение | Вердикт |\n|---|---|\n| Таможня в Синыйджу закрыта | Ложь |\n| Порт Расон снова открыт '
     '| Правда |',
     'Порт Расон снова открыт'),
    ('en', 'Once the border reopened in August, rice prices in Hyesan fell to 5,000 won.',
     'rice prices in Hyesan fell to 5,000 won'),
    ('en', 'Once the border reopened in August, rice prices in Hyesan fell to 5,000 won.',
     'the border reopened in August'),
    ('en', 'The regime once again closed the Hyesan market on Monday.',
     'closed the Hyesan market on Monday'),
    ('en', 'Prices rose at once after the decree.',
     'Prices rose at once after the decree'),
    ('en', 'Smugglers used the new road to carry copper to Changbai.',
     'carry copper to Changbai'),
    ('en', 'Traders used to dealing with Chinese partners switched to Russian ones.',
     'switched to Russian ones'),
    ('en', 'The planned closure of the Sunam market went ahead on Monday.',
     'went ahead on Monday'),
    ('en', 'The Sunam market closed as planned on Monday.',
     'The Sunam market closed'),
    ('en', 'As expected, the Party raised the price of rice.',
     'the Party raised the price of rice'),
    ('en', 'Kim, who had vowed to purge the officials, had three of them executed in May.',
     'had three of them executed in May'),
    ('en', 'The train arrived in Pyongyang on Monday, as scheduled.',
     'The train arrived in Pyongyang on Monday'),
    ('en', 'Officials managed to restore power to Chongjin within a day.',
     'restore power to Chongjin within a day'),
    ('en', 'Soldiers were forced to hand over their rations.',
     'hand over their rations'),
    ('en', 'Traders began to pay bribes in yuan last year.',
     'pay bribes in yuan last year'),
    ('en', 'Kim vowed to punish the officials, and three were shot in May.',
     'three were shot in May'),
    ('en', 'The sanctions were meant to hurt the elite, and they did: imports of luxury cars fell 90%.',
     'imports of luxury cars fell 90%'),
    ('en', 'The official exchange rate is 100 won to the dollar; the market rate is 8,000.',
     'the market rate is 8,000'),
    ('en', 'Officially known as the Kim Chaek Iron Works, the mill employs 8,000 people.',
     'the mill employs 8,000 people'),
    ('en', 'Workers could buy rice at state prices in Pyongyang last month, a resident said.',
     'Workers could buy rice at state prices in Pyongyang last month'),
    ('en', 'Soldiers must now carry ID cards, and checks at the bridge are frequent.',
     'checks at the bridge are frequent'),
    ('en', 'The would-be defector was caught near Hyesan on Sunday.',
     'was caught near Hyesan on Sunday'),
    ('en', "KCNA reported the launch on Thursday, and Japan's defence ministry confirmed it.",
     'KCNA reported the launch on Thursday'),
    ('en', 'The regime, which claims the country has no COVID cases, ordered a lockdown in Kaesong.',
     'ordered a lockdown in Kaesong'),
    ('en', 'State media reported that Kim inspected the Sinpo shipyard, a visit confirmed by satellite images.',
     'Kim inspected the Sinpo shipyard'),
    ('en', 'Rumours that the mine had closed proved true: it shut on 3 May.',
     'it shut on 3 May'),
    ('en', 'A few days later, the factory resumed production.',
     'the factory resumed production'),
    ('en', "In parts of Hyesan's old town, houses were demolished; the new flats went to officials.",
     'the new flats went to officials'),
    ('en', 'It was the first execution in Hyesan since March.',
     'the first execution in Hyesan since March'),
    ('en', 'Far from the border, in Pyongyang, prices were stable.',
     'prices were stable'),
    ('en', 'The so-called donju, or money masters, now fund most housing projects.',
     'now fund most housing projects'),
    ('en', 'Sources in Hyesan told us the following:\n\n- the mine closed on 3 May\n- rice rose to 6,000 won',
     'the mine closed on 3 May'),
    ('en', '| Claim | Verified? |\n|---|---|\n| The mine closed on 3 May | Yes |\n| Rice rose to 6,000 won | Yes |',
     'The mine closed on 3 May'),
    ('en', 'Article 27 of the law states:\n\n> Anyone who distributes South Korean films shall be sentenced to 15 '
     'years.',
     'Anyone who distributes South Korean films shall be sentenced to 15 years'),
    ('en', '![Traders](sunam.jpg)\n\n*Traders at the Sunam market on 3 May. Photo: Daily NK.*',
     'Traders at the Sunam market on 3 May'),
    ('en', 'The mine closed on 3 May.[^1]\n\n[^1]: Confirmed by a second source in Hyesan.',
     'The mine closed on 3 May'),
    ('en', '**Correction:** the mine closed on 3 May, not 5 May as first reported.',
     'the mine closed on 3 May'),
    ('en', '## Unconfirmed reports\n\nNone this week.\n\n## Confirmed\n\nThe Hyesan mine closed on 3 May.',
     'The Hyesan mine closed on 3 May'),
    ('ko', '당국은 계획대로 월요일 수남시장을 폐쇄했다.',
     '월요일 수남시장을 폐쇄했다'),
    ('ko', '며칠 뒤 공장은 생산을 재개했다.',
     '공장은 생산을 재개했다'),
    ('ko', '이른바 돈주들이 이제 대부분의 건설 사업에 돈을 댄다.',
     '대부분의 건설 사업에 돈을 댄다'),
    ('zh', '惠山市场按计划于周一关闭。',
     '惠山市场按计划于周一关闭'),
    ('zh', '惠山市场周一再次关闭。',
     '惠山市场周一再次关闭'),
    ('zh', '朝中社报道了这次发射，日本防卫省也予以证实。',
     '朝中社报道了这次发射'),
    ('es', 'Como estaba previsto, el mercado cerró el lunes.',
     'el mercado cerró el lunes'),
    ('es', 'Una vez reabierta la frontera, el arroz bajó a 5.000 wones.',
     'el arroz bajó a 5.000 wones'),
    ('es', 'Oficialmente inaugurado en 2019, el hospital atiende a 300 pacientes al día.',
     'el hospital atiende a 300 pacientes al día'),
    ('fr', 'Comme prévu, le marché a fermé lundi.',
     'le marché a fermé lundi'),
    ('fr', 'Une fois la frontière rouverte, le prix du riz a baissé.',
     'le prix du riz a baissé'),
    ('de', 'Wie geplant wurde der Markt am Montag geschlossen.',
     'wurde der Markt am Montag geschlossen'),
    ('de', 'Einige Tage später nahm die Fabrik die Produktion wieder auf.',
     'nahm die Fabrik die Produktion wieder auf'),
    ('de', 'Die sogenannten Donju finanzieren inzwischen die meisten Bauprojekte.',
     'finanzieren inzwischen die meisten Bauprojekte'),
    ('ru', 'Как и планировалось, рынок закрыли в понедельник.',
     'рынок закрыли в понедельник'),
    ('ru', 'Через несколько дней фабрика возобновила работу.',
     'фабрика возобновила работу'),
    ('ru', 'Официальный курс — 100 вон за доллар, рыночный — 8000.',
     'рыночный — 8000'),
    ('en', 'Kim vowed to end food shortages, and within two years rice prices fell by half.',
     'Kim vowed to end food shortages'),
    ('en', 'Under the new regulation, in force since May, traders pay a flat monthly fee of 10,000 won.',
     'traders pay a flat monthly fee of 10,000 won'),
    ('ko', '올해부터 농민들은 수확의 30%를 갖는다.',
     '농민들은 수확의 30%를 갖는다'),
]


@pytest.mark.parametrize("language, body, quote", THIRD_PROBE_UNDONE)
def test_the_third_probes_misleading_quotes_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", THIRD_PROBE_FAITHFUL)
def test_the_third_probes_faithful_look_alikes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A review of this pass's rules (written to catch them out): faithful quotes beside their
# words in other roles, which stay verified, and the same rules in other words, which are caught
NEW_RULES_REVIEWED_FAITHFUL = [
    ('en', 'One or more factories closed in May.', 'factories closed in May'),
    ('en', 'Families with 3 or more children receive extra rations.',
     'Families with 3 or more children receive extra rations'),
    ('en', "The fine is 300 yuan, or more than a month's wage for a factory worker.", 'The fine is 300 yuan'),
    ('en', 'Officials seized 40 tonnes. Maybe more seizures will follow.', 'Officials seized 40 tonnes'),
    ('en', 'The market has 300 stalls, perhaps more than any other in the province.', 'The market has 300 stalls'),
    ('en', 'The factory employs 500 workers, at least half of them women.', 'The factory employs 500 workers'),
    ('en', 'He paid 300 yuan, at least twice, to the same guard.', 'He paid 300 yuan'),
    ('en', "The fine was 300 yuan, at most a week's wages in Pyongyang.", 'The fine was 300 yuan'),
    ('en', 'The ration was cut for those aged 60 and over.', 'The ration was cut for those aged 60 and over'),
    ('en', 'The general, aged 60 and overweight, collapsed during the parade.', 'The general, aged 60'),
    ('en', 'The defector, aged 60 and upbeat, now runs a shop in Seoul.', 'The defector, aged 60'),
    ('en', 'By 2019 exports had fallen 60% and over the next year they fell further.',
     'By 2019 exports had fallen 60%'),
    ('en', 'The broker was 45 and older than most traders in the market.', 'The broker was 45'),
    ('en', 'Prices could reach 300 yuan or more by winter.', 'Prices could reach 300 yuan'),
    ('en', 'Seizures rose to 120, more than in any year since 2015.', 'Seizures rose to 120'),
    ('en', 'Officials seized 40 tonnes, maybe more than in any month this year.', 'Officials seized 40 tonnes'),
    ('en', 'The smuggler paid 500 dollars and more bribes followed in June.', 'The smuggler paid 500 dollars'),
    ('en', 'He crossed the river at 17, or more precisely on his 17th birthday.', 'He crossed the river at 17'),
    ('en', 'Rice sold for 3,000 won in 2019, and more in 2020.', 'Rice sold for 3,000 won in 2019'),
    ('fr', '3 usines ont fermé, ou plus de la moitié de celles du district.', '3 usines ont fermé'),
    ('fr', 'Il a payé 300 dollars, plus que son salaire annuel.', 'Il a payé 300 dollars'),
    ('fr', 'Le marché compte 300 étals, ou plus de deux fois le nombre de 2015.', 'Le marché compte 300 étals'),
    ('es', 'Se vendieron 300 toneladas, o más del doble de lo previsto.', 'Se vendieron 300 toneladas'),
    ('es', 'Cerraron 3 fábricas, o más de la mitad de las del distrito.', 'Cerraron 3 fábricas'),
    ('es', 'Una o más fábricas cerraron en mayo.', 'fábricas cerraron en mayo'),
    ('pt', 'Fecharam 3 fábricas, ou mais de metade das do distrito.', 'Fecharam 3 fábricas'),
    ('it', 'Hanno chiuso 3 fabbriche, o più della metà di quelle del distretto.', 'Hanno chiuso 3 fabbriche'),
    ('de', 'Er zahlte 200 Dollar, oder mehr als einen Monatslohn.', 'Er zahlte 200 Dollar'),
    ('de', 'Eine oder mehr Fabriken schlossen im Mai.', 'Fabriken schlossen im Mai'),
    ('ru', 'Закрыли 3 завода, или больше половины всех заводов района.', 'Закрыли 3 завода'),
    ('ru', 'Завод выпустил 300 тонн, больше, чем в прошлом году.', 'Завод выпустил 300 тонн'),
    ('ru', 'Один или более заводов закрылись в мае.', 'заводов закрылись в мае'),
    ('en', 'Kim visited the plant on May 3, or 4 days after the summit.', 'Kim visited the plant on May 3'),
    ('en', 'The border closed in 2020, or 3 years after the sanctions took effect.', 'The border closed in 2020'),
    ('en', "Exports collapsed in 2019, or Juche 108 in the North's calendar.", 'Exports collapsed in 2019'),
    ('en', 'Seizures numbered 120, or 15% of all inspections.', 'Seizures numbered 120'),
    ('en', 'The fund is run by Bureau 39, or Room 39 as defectors call it.', 'The fund is run by Bureau 39'),
    ('en', 'Fees rose to 3,000 yuan, or 5 million won at market rates.', 'Fees rose to 3,000 yuan'),
    ('en', 'The ban took effect in March. April brought new rules.', 'The ban took effect in March'),
    ('en', 'The market closed in March or, as locals call it, the hungry month.', 'The market closed in March'),
    ('en', 'Trade resumed in 2019 or thereabouts, officials said, and in 2020 it grew.', 'in 2020 it grew'),
    ('en', 'He was arrested on May 3; 4 others were arrested a week later.', 'He was arrested on May 3'),
    ('en', 'Prices rose on Monday. Tuesday saw a fall.', 'Prices rose on Monday'),
    ('fr', "La frontière a fermé en 2020, ou l'an 109 du calendrier Juche.", 'La frontière a fermé en 2020'),
    ('fr', 'La frontière a fermé en mars. Avril a vu de nouvelles règles.', 'La frontière a fermé en mars'),
    ('es', 'La frontera cerró en 2020, o el año 109 del calendario Juche.', 'La frontera cerró en 2020'),
    ('es', 'El envío llegó el 3 de mayo, o sea 4 días después de la cumbre.', 'El envío llegó el 3 de mayo'),
    ('es', 'El mercado reabre el lunes, o sea, mañana.', 'El mercado reabre el lunes'),
    ('de', 'Die Grenze schloss 2020, oder im Jahr 109 nach dem Juche-Kalender.', 'Die Grenze schloss 2020'),
    ('de', 'Die Grenze wurde im März geschlossen. April brachte neue Regeln.', 'Die Grenze wurde im März geschlossen'),
    ('de', 'Der Markt schloss im Mai, oder anders gesagt zur Pflanzzeit.', 'Der Markt schloss im Mai'),
    ('en', 'Three hundred and fifty people fled.', 'Three hundred and fifty people fled'),
    ('en', 'Officials detained two hundred and released them a week later.', 'Officials detained two hundred'),
    ('en', 'The smuggler gave five to the guards and kept 15 for himself.', 'The smuggler gave five'),
    ('en', 'He left home at 15 to find work in China.', 'He left home at 15'),
    ('en', 'The court sentenced three to death.', 'The court sentenced three'),
    ('en', 'The unit lost 20 to desertion and 15 to disease.', 'The unit lost 20'),
    ('en', 'Rations were cut by half to 300 grams a day.', 'Rations were cut by half'),
    ('en', 'He was sentenced to five to 15 years.', 'He was sentenced to five to 15 years'),
    ('en', 'Exports rose to 15 tonnes in May.', '15 tonnes in May'),
    ('en', 'In 2019 two hundred and eleven defectors arrived, down from 1,137 in 2018.',
     'two hundred and eleven defectors arrived'),
    ('en', 'She was one of three to testify before the commission.', 'She was one of three'),
    ('fr', 'Il en a purgé deux à Hyesan avant sa libération.', 'Il en a purgé deux'),
    ('fr', 'Le tribunal a condamné trois à mort.', 'Le tribunal a condamné trois'),
    ('es', 'Devolvieron a tres a China en mayo.', 'Devolvieron a tres'),
    ('de', 'Das Gericht verurteilte drei zum Tode.', 'Das Gericht verurteilte drei'),
    ('ru', 'Суд приговорил троих к смерти.', 'Суд приговорил троих'),
    ('en', 'Officials originally stated that the fire was accidental, and investigators later confirmed it.',
     'the fire was accidental'),
    ('en', 'An earlier version of the law said defectors must be punished; the 2020 revision kept that '
     'clause.',
     'the 2020 revision kept that clause'),
    ('en', 'The story originally ran in 2019 and reported that the mine reopened.', 'the mine reopened'),
    ('en', 'An earlier version of this article misspelled the name of the mine. The mine reopened in May.',
     'The mine reopened in May'),
    ('en', 'The earlier version of the smartphone sold for 300 dollars.', 'sold for 300 dollars'),
    ('en', 'This story originally appeared in Daily NK. The mine reopened in May.', 'The mine reopened in May'),
    ('fr', 'Une version antérieure de ce téléphone coûtait 300 dollars.', 'coûtait 300 dollars'),
    ('en', '"The mine reopened," he said, before leaving for Seoul.', 'The mine reopened'),
    ('en', '"Troops were withdrawn," he said, adding that he had seen the convoys himself.', 'Troops were withdrawn'),
    ('en', 'The manager said output doubled, adding that he had only been in the job for a month.', 'output doubled'),
    ('en', '"Output doubled," he said, correcting reports that it had fallen.', 'Output doubled'),
    ('en', '"The mine reopened," he said, before correcting the reporter\'s spelling of Musan.', 'The mine reopened'),
    ('fr', '« La mine a rouvert », a-t-il dit, avant de partir pour Séoul.', 'La mine a rouvert'),
    ('es', '"La mina reabrió", dijo, antes de irse a Seúl.', 'La mina reabrió'),
    ('de', '„Die Mine ist wieder offen", sagte er, bevor er nach Seoul abreiste.', 'Die Mine ist wieder offen'),
    ('ru', '«Шахта снова работает», — сказал он, прежде чем уехать в Сеул.', 'Шахта снова работает'),
    ('en', 'Fuel is useless, costly and scarce.', 'costly and scarce'),
    ('en', 'Nevertheless, generous aid arrived in May.', 'generous aid arrived in May'),
    ('en', 'Nevertheless generous aid arrived in May.', 'generous aid arrived in May'),
    ('en', 'At the very least, costly delays followed.', 'costly delays followed'),
    ('en', 'None the less, productive farms survived the drought.', 'productive farms survived the drought'),
    ('en', 'Blessed with productive soil, Hwanghae feeds the country.', 'productive soil'),
    ('en', 'Careless officials leaked the plans.', 'officials leaked the plans'),
    ('en', 'The rations were no less generous than last year.', 'no less generous than last year'),
    ('en', 'The rations were less generous than last year.', 'less generous than last year'),
    ('en', 'Rice cost less than a dollar, and accurate scales were rare.', 'accurate scales were rare'),
    ('en', 'Traders were helpless, costly bribes being the only way out.', 'costly bribes being the only way out'),
    ('en', 'The regime spent much less, productive investment having dried up.',
     'productive investment having dried up'),
    ('fr', 'Néanmoins, une aide généreuse est arrivée en mai.', 'une aide généreuse est arrivée en mai'),
    ('de', 'Trotzdem kam großzügige Hilfe im Mai.', 'großzügige Hilfe'),
    ('en', 'Once the border reopened, trade resumed.', 'trade resumed'),
    ('en', 'Once the border reopened, trade resumed.', 'the border reopened'),
    ('en', 'He was once arrested for smuggling.', 'arrested for smuggling'),
    ('en', 'Kim visited the plant once, in 2015.', 'Kim visited the plant'),
    ('en', 'At once the guards opened fire.', 'the guards opened fire'),
    ('en', 'All at once prices doubled.', 'prices doubled'),
    ('en', 'Once a month, the market sells imported rice.', 'the market sells imported rice'),
    ('en', 'Once again, the regime tested a missile.', 'the regime tested a missile'),
    ('en', 'Hyesan is once again the busiest hub on the border.', 'the busiest hub on the border'),
    ('en', 'Hyesan is, once more, the busiest hub on the border.', 'the busiest hub on the border'),
    ('en', 'For once, the state shops were full.', 'the state shops were full'),
    ('en', 'Hamgyong is at once the largest and the poorest province.', 'the largest and the poorest province'),
    ('en', 'The inspectors came once, the first visit in a decade.', 'the first visit in a decade'),
    ('en', 'Once inside the factory, the inspectors found the machines idle.',
     'the inspectors found the machines idle'),
    ('en', 'The port, once the busiest hub, is again the busiest hub after the 2023 reopening.',
     'is again the busiest hub'),
    ('en', 'Sinuiju was once and remains the largest market on the border.',
     'remains the largest market on the border'),
    ('fr', 'Une fois la frontière rouverte, le commerce a repris.', 'le commerce a repris'),
    ('fr', "Autrefois fermé, le marché est aujourd'hui le plus grand de la ville.",
     "le marché est aujourd'hui le plus grand de la ville"),
    ('fr', 'Hyesan est une fois de plus le plus grand marché de la frontière.', 'le plus grand marché de la frontière'),
    ('es', 'Una vez reabierta la frontera, el comercio se reanudó.', 'el comercio se reanudó'),
    ('es', 'Hyesan es una vez más el mayor mercado de la frontera.', 'el mayor mercado de la frontera'),
    ('de', 'Sobald die Grenze öffnete, kehrte der Handel zurück.', 'kehrte der Handel zurück'),
    ('de', 'Einstweilen bleibt der Markt geöffnet.', 'bleibt der Markt geöffnet'),
    ('de', 'Hyesan ist wieder einmal der größte Markt an der Grenze.', 'der größte Markt an der Grenze'),
    ('ru', 'Как только граница открылась, торговля возобновилась.', 'торговля возобновилась'),
    ('ru', 'Когда-то закрытый рынок теперь крупнейший в городе.', 'рынок теперь крупнейший в городе'),
    ('ru', 'Хесан снова стал крупнейшим рынком на границе.', 'крупнейшим рынком на границе'),
    ('zh', '他曾在中国工作三年。', '在中国工作三年'),
    ('zh', '惠山再次成为边境最大的市场。', '边境最大的市场'),
    ('zh', '惠山至今仍是边境最大的市场。', '边境最大的市场'),
    ('ko', '한때 폐쇄됐던 시장이 다시 문을 열었다.', '시장이 다시 문을 열었다'),
    ('ko', '혜산은 다시 한번 국경 최대의 시장이 됐다.', '국경 최대의 시장이 됐다'),
    ('ja', 'かつてない規模の取引が行われた。', '規模の取引が行われた'),
    ('ja', '恵山は再び国境最大の市場となった。', '国境最大の市場となった'),
    ('en', 'Officials would not say how many traders were arrested.', 'traders were arrested'),
    ('en', 'Most importantly, traders stopped selling rice.', 'traders stopped selling rice'),
    ('en', 'Certain that the border would close, traders stopped buying.', 'traders stopped buying'),
    ('en', 'Several times, police raided the market.', 'police raided the market'),
    ('en', 'Some time ago, police raided the market.', 'police raided the market'),
    ('en', 'A few days later, the factory closed.', 'the factory closed'),
    ('en', 'Many years ago, the mine closed.', 'the mine closed'),
    ('en', 'Most recently, the regime banned private taxis.', 'the regime banned private taxis'),
    ('en', 'Some traders stopped selling rice.', 'Some traders stopped selling rice'),
    ('en', 'Many thanks to the Chinese comrades, the statement said, for the 300 tonnes of rice.',
     'the 300 tonnes of rice'),
    ('en', 'Some 300 people crossed the border in May.', 'Some 300 people crossed the border in May'),
    ('en', 'A few hundred metres from the border, soldiers built a fence.', 'soldiers built a fence'),
    ('en', 'Several weeks after the raid, traders returned.', 'traders returned'),
    ('en', 'Most of all, rice prices doubled.', 'rice prices doubled'),
    ('fr', "Quelques jours plus tard, l'usine a fermé.", "l'usine a fermé"),
    ('fr', 'Plusieurs fois, la police a fait une descente au marché.', 'la police a fait une descente au marché'),
    ('es', 'Algunos días después, la fábrica cerró.', 'la fábrica cerró'),
    ('es', 'Varias veces, la policía registró el mercado.', 'la policía registró el mercado'),
    ('de', 'Einige Tage später schloss die Fabrik.', 'schloss die Fabrik'),
    ('de', 'Mehrere Male durchsuchte die Polizei den Markt.', 'durchsuchte die Polizei den Markt'),
    ('de', 'Viele Jahre später kehrte er nach Hyesan zurück.', 'kehrte er nach Hyesan zurück'),
    ('ru', 'Несколько дней спустя фабрика закрылась.', 'фабрика закрылась'),
    ('ru', 'Некоторое время спустя рынок закрыли.', 'рынок закрыли'),
    ('ru', 'Многие годы спустя он вернулся в Хесан.', 'он вернулся в Хесан'),
    ('ko', '당국은 일부러 시장을 폐쇄했다.', '시장을 폐쇄했다'),
    ('ko', '며칠 뒤 공장이 문을 닫았다.', '공장이 문을 닫았다'),
    ('ja', '数日後、工場は閉鎖された。', '工場は閉鎖された'),
    ('ja', '一部始終を目撃した住民によると、警察が市場を捜索した。', '警察が市場を捜索した'),
    ('zh', '几天后，工厂关闭了。', '工厂关闭了'),
    ('en', 'The busiest rail line is that between Pyongyang and Sinuiju.', 'between Pyongyang and Sinuiju'),
    ('en', "Pyongyang's claim that the satellite reached orbit was confirmed by US tracking data.",
     'the satellite reached orbit'),
    ('en', "Pyongyang's claim that it tested a missile was confirmed by Seoul.", 'it tested a missile'),
    ('en', 'According to a defector who worked in propaganda, the posters were removed.', 'the posters were removed'),
    ('en', 'According to propaganda experts at Kookmin University, the posters were removed in May.',
     'the posters were removed in May'),
    ('en', 'The concert, billed as a charity event, raised 5,000 dollars for the orphanage.',
     'raised 5,000 dollars for the orphanage'),
    ('en', 'He hailed a taxi outside Pyongyang station.', 'a taxi outside Pyongyang station'),
    ('en', 'Believe it or not, the mine reopened.', 'the mine reopened'),
    ('en', 'The trader boasted that he had paid off the guards, and police later confirmed the bribes.',
     'police later confirmed the bribes'),
    ('en', 'The parade began at 10 am, as state TV showed live.', 'The parade began at 10 am'),
    ('en', 'State television reported that the launch failed, a rare admission.', 'the launch failed'),
    ('en', 'The defector, hailed as a hero in Seoul, said the camp held 3,000 prisoners.',
     'the camp held 3,000 prisoners'),
    ('fr', 'Selon un ancien responsable de la propagande, les affiches ont été retirées.',
     'les affiches ont été retirées'),
    ('es', 'Según un exfuncionario de propaganda, los carteles fueron retirados.', 'los carteles fueron retirados'),
    ('de', 'Laut einem früheren Propagandabeamten wurden die Plakate entfernt.', 'wurden die Plakate entfernt'),
    ('ru', 'По словам бывшего сотрудника отдела пропаганды, плакаты убрали.', 'плакаты убрали'),
    ('zh', '据前宣传干部透露，海报已被撤下。', '海报已被撤下'),
    ('zh', '据负责宣传工作的脱北者说，海报已被撤下。', '海报已被撤下'),
    ('ko', '선전부 출신 탈북민에 따르면 포스터가 철거됐다.', '포스터가 철거됐다'),
    ('ko', '선전선동부 출신 탈북민에 따르면 포스터가 철거됐다.', '포스터가 철거됐다'),
    ('en', 'The 2014 reform introduced a plan under which farmers now keep 30% of their harvest.',
     'farmers now keep 30% of their harvest'),
    ('en', 'Under the regulation, traders pay a 10% fee.', 'traders pay a 10% fee'),
    ('en', 'As planned, the factory opened in May.', 'the factory opened in May'),
    ('en', 'Under the agreement signed in 2018, the two sides reopened the liaison office.',
     'the two sides reopened the liaison office'),
    ('en', 'The plan under which the dam was built in 2019 cost 300 million dollars.', 'cost 300 million dollars'),
    ('en', "According to the proposal's critics, the fee is already collected informally.",
     'the fee is already collected informally'),
    ('en', 'The dam, built according to the draft of Japanese engineers, opened in 1941.', 'opened in 1941'),
    ('fr', "Selon le projet de recherche de l'université, les prix ont doublé.", 'les prix ont doublé'),
    ('fr', "Comme prévu, l'usine a ouvert en mai.", "l'usine a ouvert en mai"),
    ('es', 'Según el proyecto de investigación, los precios se duplicaron.', 'los precios se duplicaron'),
    ('es', 'Según el proyectista, la presa se terminó en 1941.', 'la presa se terminó en 1941'),
    ('de', 'Laut dem Entwurfsarchitekten wurde der Turm 1987 begonnen.', 'wurde der Turm 1987 begonnen'),
    ('de', 'Wie geplant öffnete die Fabrik im Mai.', 'öffnete die Fabrik im Mai'),
    ('ru', 'По проекту японских инженеров в 1940 году построили плотину.', 'в 1940 году построили плотину'),
    ('ko', '계획대로 공장이 완공됐다.', '공장이 완공됐다'),
    ('zh', '按计划，工厂于五月建成。', '工厂于五月建成'),
    ('en', 'Traders must have a permit to sell rice.', 'a permit to sell rice'),
    ('en', 'Each trader must have a licence, which costs 300 yuan.', 'a licence, which costs 300 yuan'),
    ('en', 'The regime must have foreign currency to buy oil.', 'foreign currency to buy oil'),
    ('en', 'He would have lunch at the market every day, his wife recalled.', 'lunch at the market every day'),
    ('en', 'Traders say they have paid 300 yuan in bribes.', 'paid 300 yuan in bribes'),
    ('en', 'Officials must have permission from Pyongyang, and they have received it.', 'they have received it'),
    ('en', 'Defectors who would have liked to stay say they had no choice.', 'say they had no choice'),
    ('en', 'The factory, which must have cost millions, opened in May.', 'opened in May'),
    ('en', 'Officials who should have inspected the dam were fired.', 'were fired'),
    ('en', 'Kim visited the factory and told workers to raise output.',
     'Kim visited the factory … told workers to raise output'),
    ('en', 'Officials told reporters in Pyongyang that the dam was built.',
     'Officials told reporters … that the dam was built'),
    ('en', 'Kim asked officials about the harvest and praised the farmers.',
     'Kim asked officials … and praised the farmers'),
    ('en', 'Kim ordered officials to build a dam, and they built it in 2019.',
     'Kim ordered officials to build a dam … they built it in 2019'),
    ('en', 'Kim inspected the new houses, which officials had been told to build by May, and praised them.',
     'Kim inspected the new houses … and praised them'),
    ('en', 'The defector said: "Imagine my surprise when the border opened."', 'the border opened'),
    ('en', '"Imagine," the John Lennon song, is banned in North Korea.', 'is banned in North Korea'),
    ('en', 'Picture quality on state TV improved in 2019.', 'quality on state TV improved in 2019'),
    ('en', 'Picture books for children were printed in Pyongyang.', 'books for children were printed in Pyongyang'),
    ('en', '"Let\'s say it plainly: the mine is closed," the official said.', 'the mine is closed'),
    ('en', '"What if the border never reopens?" traders asked. It reopened in May.', 'It reopened in May'),
    ('en', 'Imagine Dragons played in Seoul, and 300 defectors attended.', '300 defectors attended'),
    ('en', 'The exhibition, Imagine Korea, drew 3,000 visitors in May.', 'drew 3,000 visitors in May'),
    ('en', 'The market opens daily, not only on weekdays.', 'The market opens daily'),
    ('en', 'The market opens only on weekdays.', 'The market opens only on weekdays'),
    ('en', 'Bananas are sold only in Pyongyang.', 'Bananas are sold only in Pyongyang'),
    ('en', 'The shop sells bananas, and only at night does it sell alcohol.', 'The shop sells bananas'),
    ('en', 'Not only in Pyongyang do shops sell bananas; they are sold in Hyesan too.', 'shops sell bananas'),
    ('en', 'The only state shop in Hyesan sells bananas.', 'state shop in Hyesan sells bananas'),
    ('en', 'He worked in the mine, taking leave only during holidays.', 'He worked in the mine'),
    ('en', 'The mine reopened in May, not only on paper.', 'The mine reopened in May'),
    ('en', 'Trains run to Hyesan daily. Only at night do they carry freight.', 'Trains run to Hyesan daily'),
    ('en', 'Rations arrived on the 1st. Only on the 15th did they run out.', 'Rations arrived on the 1st'),
    ('fr', 'Le marché ouvre tous les jours, pas seulement en semaine.', 'Le marché ouvre tous les jours'),
    ('es', 'El mercado abre todos los días, no solo entre semana.', 'El mercado abre todos los días'),
    ('de', 'Der Markt öffnet täglich, nicht nur an Wochentagen.', 'Der Markt öffnet täglich'),
    ('zh', '自2017年以来，出口持续下降。', '出口持续下降'),
    ('zh', '这是该国首次举行阅兵。', '首次举行阅兵'),
    ('ko', '2017년 이후 수출이 계속 감소했다.', '수출이 계속 감소했다'),
    ('ko', '북한은 처음으로 열병식을 열었다.', '처음으로 열병식을 열었다'),
    ('ja', '5年ぶりに市場が再開した。', '市場が再開した'),
    ('ja', '2017年以来、輸出は減少し続けている。', '輸出は減少し続けている'),
    ('en', 'Prices rose 20% and above all rice became scarce.', 'Prices rose 20%'),
    ('en', 'The tanker carried 300 tonnes, or more than its licence allowed.', 'The tanker carried 300 tonnes'),
    ('en', 'Arrests rose to 120 and upwards of 40 traders fled.', 'Arrests rose to 120'),
    ('en', 'Pensions start at 60 and older workers are moved to lighter jobs.', 'Pensions start at 60'),
    ('fr', 'Il a payé 300 dollars ou plus exactement 2 millions de wons.', 'Il a payé 300 dollars'),
    ('es', 'Pagó 300 dólares o más bien 2 millones de wones, al cambio.', 'Pagó 300 dólares'),
    ('en', 'Rice cost 5,000 won in May 2019, or 2,000 won less than a year earlier.',
     'Rice cost 5,000 won in May 2019'),
    ('en', 'Kim was last seen in public in April or May according to state media, and in June by satellite.',
     'in June by satellite'),
    ('es', 'Llegó a Seúl en 2019 o sea 3 años después de huir.', 'Llegó a Seúl en 2019'),
    ('en', 'The dam cost 300 million and seven workers died building it.', 'seven workers died building it'),
    ('en', 'Guards beat two to death and wounded 15 others.', 'Guards beat two'),
    ('en', 'North Korea beat Japan three to 1 in the qualifier.', 'North Korea beat Japan three'),
    ('en', 'This column first reported that the Musan mine had reopened; officials confirmed it in June.',
     'the Musan mine had reopened'),
    ('en', 'This report first appeared in Korean. The mine reopened in May.', 'The mine reopened in May'),
    ('en', '"The mine reopened in May," he said, before correcting the statement issued by the ministry.',
     'The mine reopened in May'),
    ('en', '"The mine reopened," he said, adding that he had heard it running and seen the trucks.',
     'The mine reopened'),
    ('en', '"The guards took bribes," he said, before contradicting the official account.', 'The guards took bribes'),
    ('en', 'Less rice reached the market than last year.', 'rice reached the market'),
    ('en', 'Less fuel was smuggled in 2020 than in 2019.', 'fuel was smuggled in 2020'),
    ('en', 'It cost less, productive land being cheaper in the north.', 'productive land being cheaper in the north'),
    ('en', 'Trade resumed quickly, once the border reopened in 2023.', 'the border reopened in 2023'),
    ('en', 'The market was once the target of a police raid, in 2019.', 'the target of a police raid, in 2019'),
    ('en', 'He crossed the river twice, once the Tumen and once the Yalu.', 'the Tumen and once the Yalu'),
    ('de', 'Er war einmal in China, um Reis zu kaufen.', 'in China, um Reis zu kaufen'),
    ('fr', "Le riz a été longtemps la principale importation du pays et le reste aujourd'hui.",
     'la principale importation du pays'),
    ('ru', 'Прежде была проведена проверка, и лишь затем рынок открыли.', 'проведена проверка'),
    ('ru', 'Рынок работает как прежде: был открыт и в праздники.', 'открыт и в праздники'),
    ('ko', '환율이 한때 8000원까지 올랐다가 다시 내렸다.', '8000원까지 올랐다가 다시 내렸다'),
    ('ko', '쌀값은 한때 급등했지만 곧 안정됐다.', '급등했지만 곧 안정됐다'),
    ('ja', 'いまだかつて見たことのない規模の取引が行われた。', '見たことのない規模の取引が行われた'),
    ('zh', '汇率一度是8000韩元，随后回落。', '8000韩元，随后回落'),
    ('en', 'Certain death awaited those caught at the border.', 'death awaited those caught at the border'),
    ('en', 'Some say the market is the largest; it is, by area.', 'it is, by area'),
    ('fr', 'Quelques jours après, certains commerçants sont revenus.', 'Quelques jours après'),
    ('es', 'Muchas veces, la policía registró el mercado.', 'la policía registró el mercado'),
    ('de', 'Die meisten Male kam die Polizei nachts.', 'kam die Polizei nachts'),
    ('en', 'Rason boasts a casino frequented by Chinese tourists.', 'a casino frequented by Chinese tourists'),
    ('en', 'The Yanggakdo hotel boasts a revolving restaurant that opened in 1995.',
     'a revolving restaurant that opened in 1995'),
    ('en', 'As luck would have it, the border reopened the next day.', 'the border reopened the next day'),
    ('en', "The defector's claim that he was tortured was corroborated by medical records.", 'he was tortured'),
    ('en', 'Prices doubled during the Arduous March, as the regime called it, in the 1990s.',
     'Prices doubled during the Arduous March'),
    ('en', 'As fate would have it, the ship sank a day later.', 'the ship sank a day later'),
    ('en', 'Customers are billed as they leave, and most pay in yuan.', 'they leave, and most pay in yuan'),
    ('ru', 'По словам исследователя пропаганды, плакаты убрали.', 'плакаты убрали'),
    ('de', 'Nach der Propaganda folgte die Säuberung.', 'folgte die Säuberung'),
    ('de', 'Nach der Propaganda-Kampagne wurden 300 Händler verhaftet.', 'wurden 300 Händler verhaftet'),
    ('en', 'The 2002 reforms under which prices were freed caused inflation.', 'prices were freed'),
    ('en', 'Hyesan runs a scheme whereby traders pay the guards monthly.', 'traders pay the guards monthly'),
    ('en', 'Under the planned economy policies, state farms delivered all grain to the state.',
     'state farms delivered all grain to the state'),
    ('en', 'The reform whereby farmers keep 30% of the harvest has been in force since 2014.',
     'farmers keep 30% of the harvest'),
    ('en', 'The 2018 agreement, under which both sides removed guard posts, was carried out in November.',
     'both sides removed guard posts'),
    ('fr', 'Selon le projet de recherche, les prix ont doublé.', 'les prix ont doublé'),
    ('de', 'Nach dem Entwurf von Architekt Kim wurde das Hotel 1987 gebaut.', 'wurde das Hotel 1987 gebaut'),
    ('ru', 'Работы по проекту начались в 2019 году.', 'начались в 2019 году'),
    ('ru', 'Плотину построили по проекту японских инженеров, и она работает до сих пор.', 'и она работает до сих пор'),
    ('ko', '계획에 따르면 공장은 2019년 완공될 예정이었고, 실제로 그해 완공됐다.', '실제로 그해 완공됐다'),
    ('en', 'Traders caught smuggling would have their goods confiscated, a defector said.', 'their goods confiscated'),
    ('en', 'Picture postcards of Pyongyang sell for 5 dollars.', 'postcards of Pyongyang sell for 5 dollars'),
    ('en', "Picture frames with the leaders' portraits are in every home.",
     "frames with the leaders' portraits are in every home"),
    ('en', 'Only with Chinese fuel have the factories reopened.', 'the factories reopened'),
    ('en', 'Only since 2019 have private shops operated openly.', 'private shops operated openly'),
    ('en', 'The shipment arrived only on the 15th, two weeks late.', 'The shipment arrived'),
    ('en', 'The market reopened only on Monday, after the inspectors left.', 'The market reopened'),
    ('en', 'Only after the floods receded did traders return, and the market reopened.', 'the market reopened'),
    ('en', 'He was released only on the 3rd of May.', 'He was released'),
    ('zh', '金正恩后来首次承认了经济失败。', '首次承认了经济失败'),
    ('zh', '中国游客为罗先带来首次大规模外汇收入。', '首次大规模外汇收入'),
    ('zh', '平壤迎来首次国际马拉松比赛。', '首次国际马拉松比赛'),
    ('zh', '新鸭绿江大桥自2014年建成以来首次通车。', '首次通车'),
    ('ko', '착공 3년 만에 최초로 열차가 운행됐다.', '최초로 열차가 운행됐다'),
    ('ko', '신압록강대교는 2014년 완공 이후 처음으로 개통됐다.', '처음으로 개통됐다'),
    ('ja', '新鴨緑江大橋は2014年の完成以来初めて開通した。', '初めて開通した'),
]
NEW_RULES_REVIEWED_UNDONE = [
    ('en', 'Rice cost 3,000 won or higher in Hyesan.', 'Rice cost 3,000 won'),
    ('en', 'The smuggler paid 500 dollars, possibly more.', 'The smuggler paid 500 dollars'),
    ('en', 'Officials seized 40 tonnes, if not more, in May.', 'Officials seized 40 tonnes'),
    ('en', 'The camp held 3,000 prisoners, at least.', 'The camp held 3,000 prisoners'),
    ('en', 'Pensions were cut for workers aged 55 and older.', 'Pensions were cut for workers aged 55'),
    ('pt', 'Ele pagou 300 dólares ou mais.', 'Ele pagou 300 dólares'),
    ('it', 'Ha pagato 300 dollari o più.', 'Ha pagato 300 dollari'),
    ('ru', 'Он заплатил 300 долларов, а то и больше.', 'Он заплатил 300 долларов'),
    ('fr', 'Il a payé 300 dollars, voire plus.', 'Il a payé 300 dollars'),
    ('de', 'Er zahlte 200 Dollar oder mehr.', 'Er zahlte 200 Dollar'),
    ('es', 'Pagó 300 dólares o más.', 'Pagó 300 dólares'),
    ('en', 'The ship arrived on May 3 or May 4.', 'The ship arrived on May 3'),
    ('en', 'He was born in 1942 or 1943.', 'He was born in 1942'),
    ('en', 'The purge began in spring or summer.', 'The purge began in spring'),
    ('fr', 'La frontière a fermé en mars ou en avril.', 'La frontière a fermé en mars'),
    ('es', 'El barco llegó en marzo o abril.', 'El barco llegó en marzo'),
    ('de', 'Das Schiff kam im März oder April an.', 'Das Schiff kam im März'),
    ('en', 'Two hundred and forty soldiers deserted.', 'forty soldiers deserted'),
    ('en', 'He was sentenced to between five and 15 years in a camp.', '15 years in a camp'),
    ('en', 'Prices fell 5 to 10 percent in May.', 'Prices fell 5'),
    ('en', 'A previous version of this report said the mine had closed.', 'the mine had closed'),
    ('en', 'Correction: this article originally said that 300 people died.', '300 people died'),
    ('en', '"The mine reopened," he said, but later retracted the claim.', 'The mine reopened'),
    ('en', 'The mine reopened, he said, though he admitted he had only heard rumours.', 'The mine reopened'),
    ('fr', '« La mine a rouvert », a-t-il dit, avant de se corriger.', 'La mine a rouvert'),
    ('es', '"La mina reabrió", dijo, antes de corregirse.', 'La mina reabrió'),
    ('en', 'Rations were slightly less generous this year.', 'generous this year'),
    ('en', 'The new route was far less risky for smugglers.', 'risky for smugglers'),
    ('en', 'Nampo, formerly the busiest port in the North, is idle.', 'the busiest port in the North'),
    ('en', 'Sinuiju, which used to be the largest market, is quiet.', 'the largest market'),
    ('fr', 'Sinuiju était autrefois le plus grand marché du pays.', 'le plus grand marché du pays'),
    ('zh', '新义州曾是最大的口岸。', '最大的口岸'),
    ('en', 'A handful of traders stopped selling rice.', 'traders stopped selling rice'),
    ('en', 'A number of factories closed in May.', 'factories closed in May'),
    ('es', 'Algunos comerciantes dejaron de vender arroz.', 'comerciantes dejaron de vender arroz'),
    ('de', 'Viele Händler verließen den Markt.', 'Händler verließen den Markt'),
    ('ru', 'Многие торговцы покинули рынок.', 'торговцы покинули рынок'),
    ('en', 'In the official version, the ship sank in a storm.', 'the ship sank in a storm'),
    ('en', 'The launch was touted as a triumph of Juche science.', 'a triumph of Juche science'),
    ('en', 'As Pyongyang tells it, the harvest was a record.', 'the harvest was a record'),
    ('ru', 'По версии пропаганды, урожай был рекордным.', 'урожай был рекордным'),
    ('zh', '据朝中社宣传，今年粮食大丰收。', '今年粮食大丰收'),
    ('ko', '북한 선전에 따르면 올해 수확은 기록적이었다.', '올해 수확은 기록적이었다'),
    ('en', 'Under the proposed rules, traders pay a 10% fee.', 'traders pay a 10% fee'),
    ('fr', 'Selon le projet de loi, les commerçants paient une taxe de 10 %.',
     'les commerçants paient une taxe de 10 %'),
    ('de', 'Laut Entwurf zahlen Händler eine Gebühr von 10 Prozent.', 'zahlen Händler eine Gebühr von 10 Prozent'),
    ('en', 'Thousands must have died in the camps.', 'died in the camps'),
    ('en', 'Without Chinese aid, the city would have run out of fuel.', 'run out of fuel'),
    ('en', 'The ministry instructed factories to cut output.', 'The ministry instructed factories … cut output'),
    ('en', 'Kim called on workers to finish the dam.', 'Kim called on workers … finish the dam'),
    ('en', "Let's say a smuggler pays 300 yuan.", 'a smuggler pays 300 yuan'),
    ('en', 'Suppose the border reopens tomorrow.', 'the border reopens tomorrow'),
    ('en', 'Only at night do trains carry freight.', 'trains carry freight'),
    ('en', 'State shops sell bananas, but only in Pyongyang.', 'State shops sell bananas'),
    ('en', 'The market is open only during holidays.', 'The market is open'),
    ('zh', '这是自2017年以来首次举行阅兵。', '首次举行阅兵'),
    ('zh', '这是2017年以来第一次举行阅兵。', '第一次举行阅兵'),
    ('ko', '2017년 이후 처음으로 열병식이 열렸다.', '처음으로 열병식이 열렸다'),
    ('ja', '2017年以来初めて軍事パレードが行われた。', '初めて軍事パレードが行われた'),
    ('en', 'In May, rice cost 3,000 won or more.', 'In May, rice cost 3,000 won'),
    ('en', 'Rice can cost 3,000 won in Hyesan; in Pyongyang it cost 5,000 won or more.',
     'in Pyongyang it cost 5,000 won'),
    ('en', 'The camp held 3,000 prisoners or upwards.', 'The camp held 3,000 prisoners'),
    ('en', 'He paid 300 yuan, give or take 50, or more.', 'He paid 300 yuan, give or take 50'),
    ('en', 'The ship arrived in early March or late April.', 'The ship arrived in early March'),
    ('en', 'Kim was born on January 8, 1983, or 1984.', 'Kim was born on January 8, 1983'),
    ('en', 'The tests took place between 2017 and 2019, or 2020.', 'between 2017 and 2019'),
    ('ru', 'Корабль прибыл в марте или апреле.', 'Корабль прибыл в марте'),
    ('en', 'Two thousand and five hundred people fled.', 'five hundred people fled'),
    ('en', 'Between ten and 20 guards were arrested.', '20 guards were arrested'),
    ('en', 'Correction: An earlier version misstated that 300 people died.', '300 people died'),
    ('en', "Editor's note: this article initially reported that the mine had reopened.", 'the mine had reopened'),
    ('en', '"The mine reopened," he said, only to retract the claim a day later.', 'The mine reopened'),
    ('en', '"The mine reopened," he said, but admitted he had only heard it from a neighbour.', 'The mine reopened'),
    ('en', 'It was the least costly of the three routes.', 'costly of the three routes'),
    ('en', 'Hyesan, once home to the largest market, is quiet now.', 'home to the largest market'),
    ('en', 'Hyesan was once the busiest hub on the border.', 'the busiest hub on the border'),
    ('de', 'Hyesan galt einst als größter Markt der Grenze.', 'größter Markt der Grenze'),
    ('es', 'Hyesan fue en su día el mayor mercado de la frontera.', 'el mayor mercado de la frontera'),
    ('en', 'Officials said that several factories had closed.', 'factories had closed'),
    ('fr', 'Certains commerçants ont cessé de vendre du riz.', 'commerçants ont cessé de vendre du riz'),
    ('ko', '일부 상인들이 쌀 판매를 중단했다.', '상인들이 쌀 판매를 중단했다'),
    ('ja', '一部の商人が米の販売をやめた。', '商人が米の販売をやめた'),
    ('en', 'According to state propaganda, the harvest was a record.', 'the harvest was a record'),
    ('en', 'The harvest was a record, if you believe the Rodong Sinmun.', 'The harvest was a record'),
    ('es', 'Según la propaganda, la cosecha fue récord.', 'la cosecha fue récord'),
    ('de', 'Laut staatlicher Propaganda war die Ernte ein Rekord.', 'war die Ernte ein Rekord'),
    ('ko', '계획에 따르면 공장은 2025년에 완공된다.', '공장은 2025년에 완공된다'),
    ('en', 'The aim is that every county has a clinic by 2025.', 'every county has a clinic by 2025'),
    ('en', 'Without the smugglers, the family would have starved.', 'starved'),
    ('en', 'The convoy must have passed through Sinuiju.', 'passed through Sinuiju'),
    ('en', 'Kim ordered officials to build 20,000 homes.', 'Kim ordered officials … build 20,000 homes'),
    ('en', 'Imagine a country where every family has rice.', 'a country where every family has rice'),
    ('en', 'What if the sanctions were lifted tomorrow?', 'the sanctions were lifted tomorrow'),
    ('en', 'Only in Pyongyang do state shops sell bananas.', 'state shops sell bananas'),
    ('en', 'The market opens only on market days.', 'The market opens'),
    ('ja', '北朝鮮は5年ぶりに初めて軍事パレードを行った。', '初めて軍事パレードを行った'),
]


@pytest.mark.parametrize("language, body, quote", NEW_RULES_REVIEWED_FAITHFUL)
def test_the_new_rules_words_in_other_roles_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("language, body, quote", NEW_RULES_REVIEWED_UNDONE)
def test_the_new_rules_in_other_words_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


# (from a blind probe) words said in mockery: the report does not vouch for them
MOCKED = [
    ("In what one source sarcastically called “a great success,” the farm delivered half its quota.",
     "a great success"),
    ("“The mill is working at full capacity,” one worker joked, pointing at the cold chimneys.",
     "The mill is working at full capacity"),
    ("“The mill is working at full capacity,” a trader said sarcastically.", "The mill is working at full capacity"),
    ("The market is well stocked, a resident quipped.", "The market is well stocked"),
    ("Residents ironically dubbed the new flats “a paradise for the people”.", "a paradise for the people"),
]
NOT_MOCKED = [
    ("A trader in Hyesan wryly noted that rice prices had doubled since March.", "rice prices had doubled since March"),
    ("“The state gives us nothing,” she scoffed.", "The state gives us nothing"),
    ("The mill is working at full capacity, a manager said, and output rose in May.",
     "The mill is working at full capacity"),
    ("The mill is working at full capacity, he said, before he joked about the weather.",
     "The mill is working at full capacity"),
    ("Officials called the harvest “a great success” this year.", "a great success"),
]


# (from a blind probe) what holds only in a case supposed
SUPPOSED = [
    ("Imagine if the border reopened tomorrow: rice prices in Hyesan would fall by half within a week.",
     "rice prices in Hyesan would fall by half within a week"),
    ("Suppose the border reopens, rice prices would fall by half.", "rice prices would fall by half"),
    ("In a best-case scenario, the Tanchon port could handle 5 million tonnes a year.",
     "the Tanchon port could handle 5 million tonnes a year"),
    ("Hypothetically, the Tanchon port could handle 5 million tonnes a year.",
     "the Tanchon port could handle 5 million tonnes a year"),
    ("At most, 300 people attended the rally in Hamhung.", "300 people attended the rally in Hamhung"),
]
NOT_SUPPOSED = [
    ("What if the border stays closed? Officials in Hyesan have already stockpiled grain, traders said.",
     "Officials in Hyesan have already stockpiled grain"),  # (from a review: the question's answer)
    ("The new flats, ironically called 'Happiness Street', were finished in May.", "were finished in May"),
    ("Imagine the surprise of the traders: the market had reopened overnight.", "the market had reopened overnight"),
    ("In this case, the Tanchon port handled 5 million tonnes a year.",
     "the Tanchon port handled 5 million tonnes a year"),
    ("At most markets, rice sold for 6,000 won.", "rice sold for 6,000 won"),
]


@pytest.mark.parametrize("body, quote", SUPPOSED)
def test_what_holds_only_in_a_case_supposed_is_approximate(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", NOT_SUPPOSED)
def test_what_holds_in_the_case_at_hand_stays_verified(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote", MOCKED)
def test_words_said_in_mockery_are_approximate(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", NOT_MOCKED)
def test_words_said_plainly_beside_a_joke_stay_verified(body, quote):
    assert _located(body, quote, "en").status is QuoteStatus.VERIFIED


# What an inverted clause denies, or limits to a place
INVERTED_UNDONE = [
    ("Rarely do border guards refuse a bribe these days.", "border guards refuse a bribe these days"),
    ("Nowhere in the report does the ministry admit that rations were cut.",
     "the ministry admit that rations were cut"),
    ("At no time did officials confirm the executions.", "officials confirm the executions"),
    ("Never did officials confirm the executions.", "officials confirm the executions"),
    ("Seldom have traders seen such prices.", "traders seen such prices"),
    ("Only in Pyongyang do state shops still sell bananas.", "state shops still sell bananas"),
]
INVERTED_FAITHFUL = [
    ("Not until May did the market reopen.", "the market reopen"),  # it did, in May
    ("Never before had the province received so much fertiliser.", "the province received so much fertiliser"),
    ("Only since 2019 have private shops operated openly.", "private shops operated openly"),
    ("The guards never did refuse a bribe, he said. Rice prices rose.", "Rice prices rose"),
    ("He rarely did anything. Rice prices rose.", "Rice prices rose"),
]


@pytest.mark.parametrize("body, quote", INVERTED_UNDONE)
def test_what_an_inverted_clause_denies_or_limits_is_approximate(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", INVERTED_FAITHFUL)
def test_a_time_that_an_inverted_clause_names_leaves_the_quote_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


# A plan or a near miss in Chinese, Japanese and Korean: an ellipsis over 计划 or 誓言, a Korean
# verb cut before the 계획, 예정 or 뻔 its prospective form goes with
CJK_PLANNED_UNDONE = [
    ("zh", "朝鲜当局计划年底前关闭惠山市场。", "朝鲜当局…年底前关闭惠山市场"),
    ("zh", "金正恩誓言两年内解决粮食短缺问题。", "金正恩…两年内解决粮食短缺问题"),
    ("ko", "당국은 연말까지 수남시장을 폐쇄할 계획이다.", "연말까지 수남시장을 폐쇄"),
    ("ko", "당국은 연말까지 수남시장을 폐쇄할 예정이다.", "연말까지 수남시장을 폐쇄할"),
    ("ko", "화재로 수남시장 전체가 불에 탈 뻔했다.", "수남시장 전체가 불에 탈"),
]
CJK_PLANNED_FAITHFUL = [
    ("zh", "朝鲜当局已经在年底前关闭惠山市场。", "朝鲜当局…年底前关闭惠山市场"),
    ("ko", "당국은 연말까지 수남시장을 폐쇄했다.", "연말까지 수남시장을 폐쇄"),
    ("ko", "그는 서울에 살 때 시장에 갔다.", "그는 서울에 살"),
]


@pytest.mark.parametrize("language, body, quote", CJK_PLANNED_UNDONE)
def test_a_plan_or_near_miss_cut_off_in_chinese_or_korean_is_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", CJK_PLANNED_FAITHFUL)
def test_what_was_done_in_chinese_or_korean_stays_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A fourth probe's cases (324, written blind to the rules: hearsay at second hand, time,
# numbers, contrast, ellipses over a new subject, in ten languages): the misleading quotes it
# found verified that are approximate now, and its faithful look-alikes, which stay verified
FOURTH_PROBE_UNDONE = [
    ('en', 'According to a source who heard it from a relative in the army, 20 soldiers deserted from the '
     'Hyesan garrison in May.',
     '20 soldiers deserted from the Hyesan garrison in May'),
    ('en', 'A Chinese trader said he had been told by a North Korean partner that coal exports had resumed.',
     'coal exports had resumed'),
    ('en', 'Word reached the source through a cousin that three officials were shot in Hamhung.',
     'three officials were shot in Hamhung'),
    ('en', 'Ms Lee said she had read on a Chinese website that rice cost 9,000 won in Musan.',
     'rice cost 9,000 won in Musan'),
    ('en', 'The source said she had it second-hand that the Sinuiju customs chief was arrested.',
     'the Sinuiju customs chief was arrested'),
    ('ko', '혜산 구리광산이 지난주 문을 닫았다고 한다.', '혜산 구리광산이 지난주 문을 닫았다'),
    ('ja', '処刑されたのは軍の高官5人とされる。', '処刑されたのは軍の高官5人'),
    ('en', 'The army said police seized the shipment.', 'The army … seized the shipment'),
    ('en', "South Korea's military said Pyongyang had fired two missiles into the sea.",
     "South Korea's military … had fired two missiles into the sea"),
    ('en', "Japan's coast guard reported that a North Korean fishing boat had rammed a patrol vessel.",
     "Japan's coast guard … had rammed a patrol vessel"),
    ('en', 'Residents blamed the army for the fire, which the army said smugglers had started.',
     'the army … had started'),
    ('en', 'Daily NK, citing a source in Hyesan, reported that RFA had wrongly said the mine was closed.',
     'Daily NK … said the mine was closed'),
    ('es', 'El ejército dijo que la policía había incautado el cargamento.',
     'El ejército … había incautado el cargamento'),
    ('fr', "L'armée nord-coréenne a affirmé que la police avait saisi la cargaison.",
     "L'armée nord-coréenne … avait saisi la cargaison"),
    ('de', 'Die Armee erklärte, die Polizei habe die Lieferung beschlagnahmt.',
     'Die Armee … habe die Lieferung beschlagnahmt'),
    ('ru', 'Армия КНДР заявила, что полиция изъяла груз.', 'Армия КНДР … изъяла груз'),
    ('pt', 'O exército disse que a polícia tinha apreendido a carga.', 'O exército … tinha apreendido a carga'),
]
FOURTH_PROBE_FAITHFUL = [
    ('en', 'A trader in Hyesan told Daily NK that the copper mine had been closed since Monday.',
     'the copper mine had been closed since Monday'),
    ('en', 'According to a source who serves in the Hyesan garrison, 20 soldiers deserted from it in May.',
     '20 soldiers deserted from it in May'),
    ('en', 'A Chinese trader said coal exports to Dandong had resumed on Monday.',
     'coal exports to Dandong had resumed on Monday'),
    ('en', 'The source, who sits on the provincial party committee, said the market chief had been '
     'dismissed.',
     'the market chief had been dismissed'),
    ('en', 'Ms Lee, who phoned her sister in Musan on Sunday, said rice cost 9,000 won there.',
     'rice cost 9,000 won there'),
    ('en', '"I walked past it every day: the mine was closed for good," she recalled.', 'the mine was closed for good'),
    ('en', 'The defector, a former guard, said: "The camp holds 50,000 people."', 'The camp holds 50,000 people'),
    ('en', 'In 2019 engineers inspected the Hwanggang dam. It was safe, they found, and it held through the '
     '2020 floods.',
     'It was safe'),
    ('en', 'Engineers at the plant told Daily NK the power cuts were due to repairs at the Pukchang station.',
     'the power cuts were due to repairs at the Pukchang station'),
    ('en', 'The source said he saw the Sinuiju customs chief being led away by security agents.',
     'the Sinuiju customs chief being led away by security agents'),
    ('en', 'Kim told the plenum that the economy had shrunk, a rare admission.', 'the economy had shrunk'),
    ('ko', '소식통은 혜산 구리광산이 지난주 문을 닫았다고 전했다.', '혜산 구리광산이 지난주 문을 닫았다'),
    ('ko', '한 탈북민은 무산에서 3명이 처형되는 것을 직접 봤다고 말했다.', '무산에서 3명이 처형되는 것을 직접 봤다'),
    ('ko', '현장에 있던 소식통은 압록강에서 2명이 총에 맞았다고 전했다.', '압록강에서 2명이 총에 맞았다'),
    ('ja', '処刑されたのは軍の高官5人だった。', '処刑されたのは軍の高官5人'),
    ('ja', '北朝鮮は先月、短距離ミサイル2発を発射したと韓国軍が発表した。', '北朝鮮は先月、短距離ミサイル2発を発射した'),
    ('ja', '脱北者の一人は、咸興で3人が公開処刑されるのを目撃したと語った。', '咸興で3人が公開処刑される'),
    ('ja', '関係者によると、新義州の税関は3月に再開したという。', '新義州の税関は3月に再開した'),
    ('zh', '据中国海关消息，新义州海关已于三月重新开放。', '新义州海关已于三月重新开放'),
    ('zh', '韩国统一部证实，三名官员遭处决。', '三名官员遭处决'),
    ('zh', '一名商人告诉记者，惠山市场已经关闭。', '惠山市场已经关闭'),
    ('ru', 'Северная Корея, как подтвердила разведка Южной Кореи, поставила России миллион снарядов.',
     'поставила России миллион снарядов'),
    ('ru', 'По словам источника, который служит на заставе, на границе погибли двое солдат.',
     'на границе погибли двое солдат'),
    ('es', 'Según un desertor que sirvió en la unidad, 30 soldados desertaron en Hyesan.',
     '30 soldados desertaron en Hyesan'),
    ('fr', 'Un commerçant a confirmé que la mine de Hyesan avait fermé lundi.', 'la mine de Hyesan avait fermé lundi'),
    ('de', 'Ein Händler sagte, er habe selbst gesehen, dass die Mine geschlossen ist.', 'die Mine geschlossen ist'),
    ('de', 'Der Händler hat gesehen, wie Soldaten den Reis beschlagnahmten.', 'Soldaten den Reis beschlagnahmten'),
    ('pt', 'Segundo um desertor que trabalhava no local, o mercado de Hyesan foi fechado.',
     'o mercado de Hyesan foi fechado'),
    ('it', 'Secondo un doganiere di Dandong, il valico di Sinuiju è stato chiuso lunedì.',
     'il valico di Sinuiju è stato chiuso lunedì'),
    ('en', 'Even now, traders can cross the Yalu freely at night, residents say.',
     'traders can cross the Yalu freely at night'),
    ('en', 'The Hyesan market, which was the largest in the province even before its new hall opened, '
     'reopened in March.',
     'The Hyesan market, which was the largest in the province'),
    ('en', 'Rice, which cost 3,000 won a kilogram in January, cost 3,100 won in June.',
     'Rice, which cost 3,000 won a kilogram in January'),
    ('en', 'The mine, which employs 3,000 workers, is guarded by soldiers.', 'The mine, which employs 3,000 workers'),
    ('en', 'Guards took bribes at the Hyesan post until at least March, two traders said.',
     'Guards took bribes at the Hyesan post until at least March'),
    ('en', 'So far this year, 43 defectors have reached the South.', '43 defectors have reached the South'),
    ('en', 'For now, the border remains closed to traders.', 'the border remains closed to traders'),
    ('en', 'The mine is closed until further notice, the ministry said.', 'The mine is closed'),
    ('en', 'By then, most of the workers had left the mine.', 'most of the workers had left the mine'),
    ('en', "Choe, who was at the time the army's top political officer, visited the mine in May.",
     "Choe, who was at the time the army's top political officer, visited the mine in May"),
    ('en', 'The bridge had been closed for repairs since May; it reopened to lorries last week.',
     'The bridge had been closed for repairs'),
    ('en', 'Until recently a teacher in Hyesan, Kim crossed the river in March.', 'Kim crossed the river in March'),
    ('en', 'Jang Song Thaek, then the second most powerful man in the country, was executed in 2013.',
     'Jang Song Thaek, then the second most powerful man in the country'),
    ('zh', '目前，惠山市场每天开放。', '惠山市场每天开放'),
    ('zh', '如今大米每公斤8000韩元，比2019年贵了一倍多。', '大米每公斤8000韩元'),
    ('zh', '如今，商人花500元仍能贿赂士兵过江。', '商人花500元仍能贿赂士兵过江'),
    ('ko', '혜산 시장은 지금도 도내 최대 시장이다.', '혜산 시장은 … 도내 최대 시장이다'),
    ('ko', '지금도 군인에게 500위안만 주면 강을 건널 수 있다.', '군인에게 500위안만 주면 강을 건널 수 있다'),
    ('ko', '지금까지 30명이 체포됐다.', '30명이 체포됐다'),
    ('ja', '今でも、兵士に500元渡せば川を渡れる。', '兵士に500元渡せば川を渡れる'),
    ('es', 'Aún hoy, los comerciantes pueden cruzar el río libremente si pagan a los guardias.',
     'los comerciantes pueden cruzar el río libremente'),
    ('fr', 'Depuis mars, le marché de Hyesan ouvre tous les jours.', 'le marché de Hyesan ouvre tous les jours'),
    ('de', 'Seit März dürfen Händler den Fluss wieder frei überqueren.',
     'dürfen Händler den Fluss wieder frei überqueren'),
    ('de', 'Die Grenze bleibt vorerst geschlossen.', 'Die Grenze bleibt vorerst geschlossen'),
    ('ru', 'Торговцы по-прежнему могут свободно переходить реку.',
     'Торговцы по-прежнему могут свободно переходить реку'),
    ('ru', 'Пока арестованы 30 человек.', 'арестованы 30 человек'),
    ('pt', 'Desde março, o mercado de Hyesan abre todos os dias.', 'o mercado de Hyesan abre todos os dias'),
    ('it', 'Da marzo il mercato di Hyesan apre tutti i giorni.', 'il mercato di Hyesan apre tutti i giorni'),
    ('en', 'The ship unloaded 5 tonnes, per customs records.', 'The ship unloaded 5 tonnes'),
    ('en', 'Coal output reached 20 million tonnes, per the ministry.', 'Coal output reached 20 million tonnes'),
    ('en', 'Workers at the Kim Chaek steelworks earn 3,000 won a day, traders said.',
     'Workers at the Kim Chaek steelworks earn 3,000 won a day'),
    ('en', "North Korea's GDP, measured in current dollars, was about $24 billion in 2022.",
     "North Korea's GDP … was about $24 billion in 2022"),
    ('en', 'Unemployment in Rason rose by 3 percentage points, from 10% to 13%.',
     'Unemployment in Rason rose by 3 percentage points'),
    ('en', 'Unemployment in Rason rose by 30%, from 10% to 13% of the workforce.', 'Unemployment in Rason rose by 30%'),
    ('en', 'All 300 workers at the Hyesan mine were sent home.', '300 workers at the Hyesan mine were sent home'),
    ('en', 'All of the 2,000 tonnes of aid reached the north-east, the WFP said.',
     '2,000 tonnes of aid reached the north-east'),
    ('en', 'The cost of a crossing has doubled in two years, to 20,000 yuan.', 'The cost of a crossing has doubled'),
    ('en', 'A total of 1,200 defectors have reached the South over the past five years.',
     '1,200 defectors have reached the South'),
    ('en', 'Exports of wigs, 150 million dollars in all since 2018, now run at 30 million dollars a year.',
     'Exports of wigs, 150 million dollars'),
    ('en', 'Grain output was projected at 7 million tonnes and came in at 7.1 million.',
     'Grain output … came in at 7.1 million'),
    ('en', 'The state built 10,000 new flats in Pyongyang last year, satellite images show.',
     '10,000 new flats in Pyongyang'),
    ('en', "The share of the North's trade done with China reached 98% last year, up from 20% in 1999.",
     "The share of the North's trade done with China reached 98% last year"),
    ('en', 'Rice rose 30% in Hyesan and 5% in Pyongyang.', 'Rice rose … 5% in Pyongyang'),
    ('ko', '올해 곡물 생산량은 500만 톤에 이르렀다.', '올해 곡물 생산량은 500만 톤에 이르렀다'),
    ('ko', '혜산 광산 노동자 300명 가운데 절반이 귀가 조치됐다.', '혜산 광산 노동자 300명 가운데 절반이 귀가 조치됐다'),
    ('ja', '今年の穀物生産量は500万トンに達した。', '今年の穀物生産量は500万トンに達した'),
    ('zh', '今年粮食产量已达到500万吨。', '今年粮食产量已达到500万吨'),
    ('zh', '惠山矿山300名工人中有一半被遣送回家。', '300名工人中有一半被遣送回家'),
    ('es', 'El barco descargó 3 toneladas, según la aduana.', 'El barco descargó 3 toneladas'),
    ('fr', 'Les 300 ouvriers de la mine ont tous été renvoyés chez eux.',
     '300 ouvriers de la mine ont tous été renvoyés chez eux'),
    ('de', 'Ein Arbeiter im Stahlwerk verdient 3.000 Won, sagen Händler.',
     'Ein Arbeiter im Stahlwerk verdient 3.000 Won'),
    ('ru', 'По данным таможни, экспорт угля достиг 400 млн долларов.', 'экспорт угля достиг 400 млн долларов'),
    ('it', 'Il riso è aumentato del 30% a Hyesan e del 5% a Pyongyang.', 'Il riso è aumentato … del 5% a Pyongyang'),
    ('en', 'Although rations have resumed, residents in Hyesan receive only half of what they got in 2019.',
     'rations have resumed'),
    ('en', 'While the market is open, few traders have goods to sell.', 'the market is open'),
    ('en', 'Whereas Pyongyang enjoys 20 hours of electricity a day, provincial towns get two.',
     'Pyongyang enjoys 20 hours of electricity a day'),
    ('en', 'The mine has reopened, but it runs at a third of capacity, workers say.', 'The mine has reopened'),
    ('en', 'The mine has resumed production, the ministry said. However, output is still a third of its '
     'pre-2020 level.',
     'The mine has resumed production'),
    ('en', 'The factory employs 3,000 workers on three shifts.', 'The factory employs 3,000 workers'),
    ('en', 'From the road the factory looks busy, but it has not produced anything since 2020.',
     'the factory looks busy'),
    ('en', 'Despite the sanctions, coal exports to China rose in 2023.', 'coal exports to China rose in 2023'),
    ('en', 'Although it was built for 10,000 prisoners, the camp now holds about 3,000.',
     'it was built for 10,000 prisoners'),
    ('en', 'The aid was sold on the market rather than distributed to children.', 'The aid was sold on the market'),
    ('en', 'Instead of rice, the workers received corn.', 'the workers received corn'),
    ('en', 'The workers, who had been promised rice, instead received corn.',
     'The workers, who had been promised rice'),
    ('en', 'It was not the army but the police that seized the shipment.', 'the police that seized the shipment'),
    ('ko', '시장은 열려 있지만 팔 물건이 없다.', '팔 물건이 없다'),
    ('ko', '군대가 아니라 보위부가 밀수품을 압수했다.', '보위부가 밀수품을 압수했다'),
    ('ja', '配給は再開されたが、量は以前の半分だ。', '配給は再開された'),
    ('zh', '虽然配给已经恢复，但数量只有以前的一半。', '配给已经恢复'),
    ('zh', '没收这批货物的不是军队，而是警察。', '没收这批货物的…是警察'),
    ('es', 'Aunque las raciones se han reanudado, son la mitad que antes.', 'las raciones se han reanudado'),
    ('es', 'No fue el ejército sino la policía quien incautó el cargamento.', 'la policía quien incautó el cargamento'),
    ('es', 'En lugar de distribuirse entre los niños, la ayuda se vendió en el mercado.',
     'la ayuda se vendió en el mercado'),
    ('fr', 'Bien que la mine ait repris la production, elle tourne au tiers de sa capacité.',
     'la mine ait repris la production'),
    ('fr', "Ce n'est pas l'armée mais la police qui a saisi la cargaison.", 'la police qui a saisi la cargaison'),
    ('de', 'Zwar wurden die Rationen wieder aufgenommen, doch sie betragen nur die Hälfte.',
     'wurden die Rationen wieder aufgenommen'),
    ('de', 'Nicht die Armee, sondern die Polizei hat die Lieferung beschlagnahmt.',
     'die Polizei hat die Lieferung beschlagnahmt'),
    ('de', 'Die Hilfe wurde auf dem Markt verkauft, statt an Kinder verteilt zu werden.',
     'Die Hilfe wurde auf dem Markt verkauft'),
    ('ru', 'Несмотря на рост цен, рынок работает.', 'рынок работает'),
    ('ru', 'Груз изъяла не армия, а пограничная полиция.', 'Груз изъяла … пограничная полиция'),
    ('pt', 'Embora a mina tenha reaberto, produz apenas um terço do que produzia.', 'a mina tenha reaberto'),
    ('it', 'Sebbene il mercato sia aperto, pochi hanno soldi da spendere.', 'il mercato sia aperto'),
    ('en', 'The army, acting on a tip from Chinese customs, seized the shipment.', 'The army … seized the shipment'),
    ('en', 'The soldiers, who had been drinking, fired on the crowd.', 'The soldiers … fired on the crowd'),
    ('en', 'The market traders, who could not pay the new fee, lost their stalls.',
     'The market traders … lost their stalls'),
    ('en', 'All the factories in the county, including the one in Hamhung, closed.',
     'All the factories in the county … closed'),
    ('en', 'Every province, Ryanggang included, reported shortages.', 'Every province … reported shortages'),
    ('en', 'Police in Hyesan arrested 12 traders and questioned 300 others.',
     'Police in Hyesan … questioned 300 others'),
    ('en', 'Exports to China fell 40% in 2020 but rose 20% in 2023.', 'Exports to China … rose 20% in 2023'),
    ('en', 'The sanctions hit not only the elite but also ordinary farmers.', 'The sanctions hit … ordinary farmers'),
    ('en', 'Not only the police but also the army took part in the raid.', 'the police … took part in the raid'),
    ('en', 'The workers, who had not been paid since March, staged a protest.', 'The workers … staged a protest'),
    ('en', 'Chinese authorities sent 500 defectors back to the North and 20 defectors on to Seoul.',
     'Chinese authorities sent … 20 defectors on to Seoul'),
    ('ko', '군 당국은 중국 세관의 제보를 받고 밀수품을 압수했다.', '군 당국은 … 밀수품을 압수했다'),
    ('ko', '함흥 공장을 포함해 군내 모든 공장이 문을 닫았다.', '군내 모든 공장이 문을 닫았다'),
    ('ja', '軍は、中国税関からの情報を受けて積み荷を押収した。', '軍は…積み荷を押収した'),
    ('zh', '军方根据中国海关的线报查获了这批货物。', '军方…查获了这批货物'),
    ('zh', '包括咸兴的工厂在内，郡内所有工厂都已关闭。', '郡内所有工厂都已关闭'),
    ('es', 'El ejército, alertado por la aduana china, incautó el cargamento.', 'El ejército … incautó el cargamento'),
    ('fr', 'Toutes les usines du district, y compris celle de Hamhung, ont fermé.',
     'Toutes les usines du district … ont fermé'),
    ('de', 'Alle Fabriken im Bezirk, auch die in Hamhung, wurden geschlossen.',
     'Alle Fabriken im Bezirk … wurden geschlossen'),
    ('ru', 'Все заводы района, включая завод в Хамхыне, были закрыты.', 'Все заводы района … были закрыты'),
    ('it', 'Tutte le fabbriche del distretto, compresa quella di Hamhung, hanno chiuso.',
     'Tutte le fabbriche del distretto … hanno chiuso'),
    ('en', 'It was not the army but the police that seized the shipment.',
     'It was … the police that seized the shipment'),
    ('de', 'Beschlagnahmt hat die Lieferung nicht die Armee, sondern die Polizei.',
     'Beschlagnahmt hat die Lieferung … die Polizei'),
    ('es', 'No fue el ejército sino la policía quien incautó el cargamento.',
     'No fue … la policía quien incautó el cargamento'),
    ('ko', '혜산에서는 군대가 아니라 보위부가 밀수품을 압수했다.', '혜산에서는 … 보위부가 밀수품을 압수했다'),
]


@pytest.mark.parametrize("language, body, quote", FOURTH_PROBE_UNDONE)
def test_the_fourth_probes_misleading_quotes_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FOURTH_PROBE_FAITHFUL)
def test_the_fourth_probes_faithful_look_alikes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# "Let alone" in five more languages; a rate or a projection an ellipsis leaves out
LET_ALONE_AND_RATES_UNDONE = [
    ("es", "Las autoridades no han reconocido el brote, ni mucho menos publicado el número de muertos.",
     "publicado el número de muertos"),
    ("fr", "Le régime n'a pas reconnu l'épidémie, encore moins publié le nombre de morts.",
     "publié le nombre de morts"),
    ("de", "Die Bauern haben keinen Dünger bekommen, geschweige denn neue Traktoren erhalten.",
     "neue Traktoren erhalten"),
    ("pt", "As autoridades não reconheceram o surto, muito menos divulgaram o número de mortos.",
     "divulgaram o número de mortos"),
    ("it", "Le autorità non hanno riconosciuto l'epidemia, tantomeno pubblicato il numero dei morti.",
     "pubblicato il numero dei morti"),
    ("en", "North Korea's GDP per capita was about $1,200 in 2022.", "North Korea's GDP … was about $1,200 in 2022"),
    ("ko", "김책제철소 노동자들은 하루 3천 원을 번다.", "김책제철소 노동자들은 … 3천 원을 번다"),
    ("en", "Coal exports are forecast to reach $400 million this year.", "Coal exports … reach $400 million this year"),
]
LET_ALONE_AND_RATES_FAITHFUL = [
    ("es", "Los precios subieron mucho menos que en 2019.", "Los precios subieron"),
    ("en", "North Korea's GDP, which the Bank of Korea estimates, was about $1,200 in 2022.",
     "North Korea's GDP … was about $1,200 in 2022"),
    ("en", "Coal exports, the customs office said, reached $400 million this year.",
     "Coal exports … reached $400 million this year"),
]


@pytest.mark.parametrize("language, body, quote", LET_ALONE_AND_RATES_UNDONE)
def test_let_alone_and_an_elided_rate_or_projection_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", LET_ALONE_AND_RATES_FAITHFUL)
def test_an_aside_left_out_beside_such_words_stays_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


# A fifth blind probe: a quote that starts inside the clause a lead-in governs, leaving out the
# clause's subject; more words that doubt, deny or hedge; and their look-alikes
CLAUSE_INSIDE_UNDONE = [
    ("en", "Officials denied that the country had achieved a bumper harvest in 2023.",
     "had achieved a bumper harvest"),
    ("en", "KCNA claimed that the country had achieved a bumper harvest in 2023.", "achieved a bumper harvest"),
    ("en", "It is unclear whether the mine has reopened after the floods.", "reopened after the floods"),
    ("en", "There is no evidence that the army had withdrawn from the border.", "had withdrawn from the border"),
    ("en", "Nobody believes that the factory will meet its quota this year.", "will meet its quota this year"),
    ("en", "If the border reopens in spring, prices will fall.", "reopens in spring"),
    ("en", "Rumours that the general had been executed spread quickly.", "had been executed"),
    ("en", 'KCNA claimed that the country had achieved a "bumper harvest unprecedented in history" in 2023.',
     "bumper harvest unprecedented in history"),
    ("en", "The Panel did not find evidence that the cargo originated in Russia.", "the cargo originated in Russia"),
    ("en", "The Panel **did not find** evidence that the cargo originated in Russia.",
     "the cargo originated in Russia"),
    ("en", "Inspectors have found no sign that the reactor was restarted.", "the reactor was restarted"),
    ("en", "It is false to say that the mine has stopped exporting coal.", "the mine has stopped exporting coal"),
    ("en", "It is incorrect to claim that rations were restored.", "rations were restored"),
    ("en", "Two ministers were executed by anti-aircraft gun fire, allegedly, in late 2023.",
     "Two ministers were executed by anti-aircraft gun fire"),
    ("en", "The two brokers were shot dead at the border, the source said, although no other source has confirmed"
           " the incident.", "The two brokers were shot dead at the border"),
    ("en", "Output reached 3 million tonnes, officials said, but there is no evidence to confirm it.",
     "Output reached 3 million tonnes"),
    ("en", '"We have never violated any sanctions resolution," a spokesperson said in a statement carried by KCNA.'
           "\n\nThe Panel's investigation contradicts this claim: it documented 23 violations.",
     "We have never violated any sanctions resolution"),
    ("ko", "혜산 시장이 폐쇄됐다는 소문은 사실이 아닌 것으로 확인됐다.", "혜산 시장이 폐쇄됐다"),
    ("ko", "광산이 재가동됐다는 보도는 사실과 다르다.", "광산이 재가동됐다"),
    ("fr", "Les autorités ont démenti que le pays ait obtenu une récolte record.", "ait obtenu une récolte record"),
    ("fr", "Rien ne prouve qu'il ait rouvert la mine en mai.", "ait rouvert la mine en mai"),
    ("es", "Las autoridades negaron que el país hubiera logrado una cosecha récord.",
     "hubiera logrado una cosecha récord"),
    ("de", "Die Behörden bestritten, dass das Land eine Rekordernte erzielt hatte.", "eine Rekordernte erzielt hatte"),
    ("ru", "Власти опровергли, что страна собрала рекордный урожай.", "собрала рекордный урожай"),
    ("it", "Le autorità hanno smentito che il paese abbia ottenuto un raccolto record.",
     "abbia ottenuto un raccolto record"),
    ("pt", "As autoridades negaram que o país tenha obtido uma colheita recorde.", "tenha obtido uma colheita recorde"),
]
CLAUSE_INSIDE_FAITHFUL = [
    ("en", "Officials confirmed that the country had achieved a bumper harvest in 2023.",
     "had achieved a bumper harvest"),
    ("en", "Analysts said that the country had achieved a bumper harvest in 2023.", "achieved a bumper harvest"),
    ("en", "If they can they bribe the guards with cigarettes.", "they bribe the guards with cigarettes"),
    ("en", "Whether talks resume is up to one man: Kim Jong Un.", "one man: Kim Jong Un"),
    ("en", "Officials denied that the mine, which employs 300 workers, had closed.", "employs 300 workers"),
    ("en", "Officials denied that report and the mine reopened in May.", "the mine reopened in May"),
    ("en", "The mine that the army had closed reopened in May.", "reopened in May"),
    ("en", "Analysts have confirmed rumours that the Hyesan market was closed for three days.",
     "the Hyesan market was closed for three days"),
    ("en", "Officials did not find it easy to explain why the mine reopened.", "the mine reopened"),
    ("en", "Jang Song Thaek was executed in December 2013 for treason, allegedly.",
     "Jang Song Thaek was executed in December 2013"),
    ("en", "The general was executed in May, officials said, and no one was hurt in the blast.",
     "The general was executed in May"),
    ("ko", "혜산 시장이 폐쇄됐다는 소문이 사실로 확인됐다.", "혜산 시장이 폐쇄됐다"),
    ("fr", "Les autorités ont confirmé que le pays a obtenu une récolte record.", "a obtenu une récolte record"),
    ("fr", "La mine que l'armée a fermée a rouvert en mai.", "a rouvert en mai"),
    ("de", "Er sagte, dass das Land eine Rekordernte erzielt hatte.", "eine Rekordernte erzielt hatte"),
    ("es", "Es evidente que la mina reabrió en mayo.", "reabrió en mayo"),
    ("ru", "Он сказал, что страна собрала рекордный урожай.", "собрала рекордный урожай"),
    ("it", "Ha detto che il paese ha ottenuto un raccolto record.", "ha ottenuto un raccolto record"),
]


@pytest.mark.parametrize("language, body, quote", CLAUSE_INSIDE_UNDONE)
def test_a_quote_inside_a_clause_that_is_doubted_denied_or_hedged_is_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", CLAUSE_INSIDE_FAITHFUL)
def test_such_a_quote_that_nothing_governs_stays_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_the_warning_for_a_quote_inside_a_denied_clause_shows_the_denial():
    body = "Officials denied that the country had achieved a bumper harvest in 2023."
    found = _located(body, "had achieved a bumper harvest")
    start, end = found.passage.spans[0]
    assert "denied that" in normalize(body).text[start:end]


# … and its mirror, from a boundary sweep (every span of each sentence): a quote that stops
# inside the clause that what follows limits, denies, hedges or asks about
CLAUSE_REST_UNDONE = [
    ("en", "The Rason special economic zone is open to foreign investors in name only.",
     "The Rason special economic zone is open"),
    ("en", "Rice prices in Hyesan will fall this year only if the border reopens to Chinese trucks.",
     "Rice prices in Hyesan will fall"),
    ("en", "Soldiers fired on smugglers crossing the Tumen River near Hyesan, a claim the border guard command flatly"
           " denied.", "Soldiers fired on smugglers"),
    ("en", "Private farming plots are now legal for cooperative farm families, but only in theory.",
     "Private farming plots are now legal"),
    ("en", "The Musan mine will resume full production in June unless the power shortages continue.",
     "The Musan mine will resume full production"),
    ("en", "Pyongyang has been selling artillery shells to Russia, which the foreign ministry denies.",
     "Pyongyang has been selling artillery shells"),
    ("en", "The Hyesan customs chief was shot in front of a crowd of market traders, or so the rumour goes.",
     "The Hyesan customs chief was shot"),
    ("en", "Has the regime quietly stopped executing smugglers in Hyesan?", "the regime quietly stopped executing"),
    ("fr", "La zone économique de Rason est ouverte aux investisseurs étrangers, du moins sur le papier.",
     "La zone économique de Rason est ouverte"),
    ("fr", "Les salaires seront versés aux ouvriers seulement si le plan est rempli.", "Les salaires seront versés"),
    ("de", "Die Zone ist für ausländische Investoren geöffnet, zumindest auf dem Papier.", "Die Zone ist"),
]
CLAUSE_REST_FAITHFUL = [
    ("en", "The mine will reopen in April even if the pumps fail again.", "The mine will reopen"),
    ("en", "The factory closed in 2019 and remained shut until last month.", "The factory closed"),
    ("en", "Jang Song Thaek was executed in December 2013 for treason, allegedly.", "Jang Song Thaek was executed"),
    ("en", "The harvest was good this year, officials said. Was it enough to feed the county?",
     "The harvest was good"),
    ("en", "Rice prices in Hyesan rose sharply in May, traders said.", "Rice prices in Hyesan rose"),
    ("en", "The zone is open to foreign investors as if nothing had happened.", "The zone is open"),
]


@pytest.mark.parametrize("language, body, quote", CLAUSE_REST_UNDONE)
def test_a_quote_that_stops_inside_a_limited_or_denied_clause_is_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", CLAUSE_REST_FAITHFUL)
def test_such_a_quote_that_nothing_after_it_limits_stays_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_the_warning_for_a_quote_inside_a_limited_clause_shows_the_limit():
    body = "The Rason special economic zone is open to foreign investors in name only."
    start, end = _located(body, "The Rason special economic zone is open").passage.spans[0]
    assert normalize(body).text[start:end].endswith("in name only")


# … and words set off at the start of the quote's sentence, which govern all its first clause
SENTENCE_LEAD_UNDONE = [
    ("On paper, state rations in Pyongyang are 700 grams of grain a day.", "700 grams of grain a day"),
    ("In theory, citizens may travel between provinces with a permit.", "travel between provinces with a permit"),
    ("If true, the report means the Chongori camp has doubled in size.", "the Chongori camp has doubled in size"),
    ("Allegedly, the customs chief in Hyesan was shot in front of traders.", "was shot in front of traders"),
]
SENTENCE_LEAD_FAITHFUL = [
    ("In May, the Musan mine reopened after repairs.", "reopened after repairs"),
    ("However, officials said the Musan mine reopened in May.", "the Musan mine reopened in May"),
    ("Despite denials, the Musan mine reopened in May.", "reopened in May"),
    ("Not surprisingly, the Musan mine reopened in May.", "reopened in May"),
    ("On Monday, state rations in Pyongyang were 700 grams of grain a day.", "700 grams of grain a day"),
]


@pytest.mark.parametrize("body, quote", SENTENCE_LEAD_UNDONE)
def test_a_quote_inside_a_sentence_that_its_opening_words_limit_is_approximate(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", SENTENCE_LEAD_FAITHFUL)
def test_such_a_quote_after_opening_words_that_limit_nothing_stays_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


# A fifth blind probe's cases (249 quotes of news, posts, interviews and fact checks in nine
# languages): what it found undone that the rules above missed, and look-alikes that stay verified.
UNDONE_5 = [
    ("en", "Neither the Chinese nor the North Korean side has confirmed that the new railway bridge at Sinuiju is open "
           "to traffic.", "the new railway bridge at Sinuiju is open to traffic"),
    ("en", "Satellite imagery from 14 March suggests, but does not prove, that the 5 MW reactor at Yongbyon has "
           "restarted.", "the 5 MW reactor at Yongbyon has restarted"),
    ("en", "Analysts said it was possible, though unlikely, that Kim would visit Seoul before the end of the year.",
     "Kim would visit Seoul before the end of the year"),  # a lead-in parted from the quote by an aside
    ("en", "The ministry denied, however, that the border had reopened.", "the border had reopened"),
    ("en", "PARK: Three, I think. Maybe four.", "Three"),  # the speaker's own hedge, after
    ("en", "I think the market in Hyesan closed on Monday.", "the market in Hyesan closed on Monday"),  # … and before
    ("en", "Great news everyone, the Cabinet says every home in Hamhung will have 24-hour power by next winter 🙄 /s",
     "every home in Hamhung will have 24-hour power by next winter"),  # a post's mark of sarcasm
    ("en", 'Lol imagine believing the "electricity surplus" line from the Cabinet. We had two hours of power.',
     "electricity surplus"),
    ("en", "A viral video claiming to show soldiers looting a market in Sinuiju was in fact filmed in Myanmar.",
     "soldiers looting a market in Sinuiju"),
    ("en", "If the crossing reopens in April, as some officials have hinted, the traders expect prices to ease.",
     "the traders expect prices to ease"),  # a forecast's condition, past an aside
    ("en", "If the state resumes grain sales, traders expect rice to fall below 6,000 won.",
     "traders expect rice to fall below 6,000 won"),
    ("en", "The ministry initially said 12 people had died in the mine collapse. On Friday it revised the toll to 31.",
     "12 people had died in the mine collapse"),  # a first account, revised
    ("en", "⚠️ Unverified rumour going around Yanji WeChat groups: Kim Yo Jong has been removed from her post.",
     "Kim Yo Jong has been removed from her post"),
    ("zh", "【传闻】平壤将于下月举行大规模阅兵。\n\n目前尚无官方消息证实。", "平壤将于下月举行大规模阅兵"),
    ("en", "*This article is satire.*\n\n# KPA unveils invisible tank\n\nThe army on Tuesday unveiled the world's "
           "first fully invisible tank.", "the world's first fully invisible tank"),
    ("en", "Q: Is it true that soldiers were selling fuel in your town?\n\nA: I never saw that myself.",
     "soldiers were selling fuel in your town"),  # a question the next paragraph's answer doubts
    ("en", "Had the dam at Hwanggang not been repaired in time, dozens of villages downstream would have flooded, "
           "officials said.", "dozens of villages downstream would have flooded"),
    ("en", "## Claim\n\nKim Jong Un did not attend the 2023 New Year concert.\n\n## Verdict: False\n\nFootage shows "
           "him there.", "Kim Jong Un did not attend the 2023 New Year concert"),  # a fact check's headings
    ("ko", "통일부는 북한이 이달 초 국경을 개방했다는 일부 언론 보도를 부인했다.", "북한이 이달 초 국경을 개방했다"),
    ("ja", "炭鉱で爆発事故があり、死者は30人に上ったという。\n\n【訂正】先に死者を30人とお伝えしましたが、正しくは3人でした。",
     "死者は30人に上った"),
    ("de", "Es stimmt nicht, dass die Grenze zu China wieder geöffnet wurde, sagte ein Sprecher.",
     "die Grenze zu China wieder geöffnet wurde"),
    ("fr", "Il n'est pas vrai que la frontière a rouvert.", "la frontière a rouvert"),
    ("es", "No es cierto que la frontera haya reabierto.", "la frontera haya reabierto"),
    ("es", "Supongamos que China suspende el suministro de petróleo: la economía norcoreana colapsaría en semanas.",
     "la economía norcoreana colapsaría en semanas"),
    ("ar", "ونفت وزارة الخارجية أن تكون كوريا الشمالية قد أرسلت جنودا إلى روسيا.",
     "كوريا الشمالية قد أرسلت جنودا إلى روسيا"),
    ("ar", "تتداول شائعات غير مؤكدة بأن الزعيم الكوري الشمالي يعاني من مرض خطير.",
     "الزعيم الكوري الشمالي يعاني من مرض خطير"),
    # … and, from a review, the same rules in other words
    ("en", "Neither Beijing, nor Pyongyang, has confirmed that the bridge is open.", "the bridge is open"),
    ("en", "The ministry initially said 12 people had died. The toll now stands at 31.", "12 people had died"),
    ("en", "This is a satirical article.\n\nThe army unveiled an invisible tank.",
     "The army unveiled an invisible tank"),
    ("en", "Sure, the harvest was the best ever (/s).", "the harvest was the best ever"),
    ("en", "Q: Is it true that soldiers were selling fuel in your town?\n\nA: Honestly, I never saw that myself.",
     "soldiers were selling fuel in your town"),
    ("en", "The ministry denied — however — that the border had reopened.", "the border had reopened"),
    ("en", "Rumor going around: the bridge at Sinuiju is closed.", "the bridge at Sinuiju is closed"),
    ("ja", "炭鉱で爆発事故があり、死者は30人に上ったという。訂正：先に死者を30人とお伝えしましたが、正しくは3人でした。",
     "死者は30人に上った"),
    # … and a sixth probe's: what state media says, set against what is so (the seed report's words)
    ("en", "Despite the plant idling on most days, the resident of Chongjin said state media has been reporting that "
           "Kim Chaek is meeting production demand.", "Kim Chaek is meeting production demand"),
    ("en", "Despite the floods, KCNA reported that the harvest was a record.", "the harvest was a record"),
]
FAITHFUL_5 = [
    # (an order given is no word set against the source's)
    ("en", "The source said the jangmadang [translator's note: private market] in Hyesan reopened on Monday after two "
           "weeks, but traders were told to keep their stalls closed after 6 p.m.",
     "the jangmadang [translator's note: private market] in Hyesan reopened on Monday"),
    ("en", "Neither rice nor corn was available, traders said that prices rose.", "prices rose"),
    ("en", "Officials said, on Monday, that the border had reopened.", "the border had reopened"),
    ("en", "Traders said, however, that rice was cheaper.", "rice was cheaper"),
    ("en", "KCNA first reported the launch on Tuesday. Seoul confirmed it.", "the launch on Tuesday"),
    ("en", "Q: Is it true that soldiers were selling fuel in your town?\n\nA: Yes, I saw it myself.",
     "soldiers were selling fuel in your town"),
    ("en", "I think about my mother every day, and the market closed on Monday.", "the market closed on Monday"),
    ("en", "## Claim\n\nKim did not attend the concert.\n\n## Verdict: True\n\nHe was absent.",
     "Kim did not attend the concert"),
    ("en", "This article is part of our series on satire in North Korean film. The director said the film was banned "
           "in 1990.", "the film was banned in 1990"),
    ("en", "If anything, traders expect prices to ease.", "traders expect prices to ease"),
    ("ja", "炭鉱で爆発事故があり、死者は30人に上ったという。\n\n【訂正】先に負傷者を10人とお伝えしましたが、正しくは12人でした。",
     "死者は30人に上った"),  # a correction of another figure
    ("de", "Es stimmt, dass die Grenze wieder geöffnet wurde.", "die Grenze wieder geöffnet wurde"),
    ("ar", "وقالت الوزارة أن كوريا الشمالية أرسلت جنودا إلى روسيا.", "كوريا الشمالية أرسلت جنودا إلى روسيا"),
    # … and, from a review, the new rules' words in other roles
    ("en", "Banned genres include:\n\n- Satire\n- Horror\n\nThe ministry closed the Pyongyang film studio in 2019.",
     "The ministry closed the Pyongyang film studio in 2019"),
    ("en", '"This report is fiction from start to finish," a KCNA commentary said of the UN findings.\n\nThe UN '
           "report found that 40 camps were still open.", "40 camps were still open"),
    ("en", "My cousin says the market in Hyesan reopened on Monday. Great, now prices will surely drop /s",
     "the market in Hyesan reopened on Monday"),  # (the post's sarcasm is of the next sentence)
    ("en", "The Taedong sluice released 1,200 m3 /s on Tuesday.", "The Taedong sluice released 1,200 m3"),
    ("en", "Neither Seoul nor Tokyo was surprised when Pyongyang confirmed that the satellite had failed.",
     "the satellite had failed"),
    ("en", "The ministry initially said that 12 people had died in the collapse. Officials later said that rescue "
           "work had ended.", "12 people had died in the collapse"),
    ("en", "The ministry initially said 12 people had died, a figure it confirmed on Friday. It lowered its estimate "
           "of the injured to 40.", "12 people had died"),
    ("en", "Q: Is it true that soldiers were selling fuel in your town?\n\nA: I can't say how much, but they sold it "
           "every day.", "soldiers were selling fuel in your town"),
    ("en", "Q: Is it true that soldiers were selling fuel in your town?\n\nA: No one could stop them.",
     "soldiers were selling fuel in your town"),
    ("en", "Is it true that soldiers sold fuel?\n\nFalse alarm aside, the market stayed open.", "soldiers sold fuel"),
    ("en", "Officials denied, but later admitted, that the border had reopened.", "the border had reopened"),
    ("en", "It was unlikely, though now certain, that Kim would visit Seoul.", "Kim would visit Seoul"),
    ("en", "Unconfirmed reports from last week turned out to be true: Kim Yo Jong has been promoted.",
     "Kim Yo Jong has been promoted"),
    ("en", "If history is any guide, traders expect prices to ease.", "traders expect prices to ease"),
    ("de", "Angenommen wurde das Gesetz am Montag, die Opposition stimmte dagegen.", "die Opposition stimmte dagegen"),
    ("fr", "Admettons que les chiffres soient exagérés, la production a tout de même chuté de 20 %.",
     "la production a tout de même chuté de 20 %"),  # (a concession)
    ("es", "¿No es cierto que la frontera reabrió el lunes?, preguntó el diputado.", "la frontera reabrió el lunes"),
    ("ko", "통일부는 북한이 국경을 개방했다는 발표로 외신 보도를 반박했다.", "북한이 국경을 개방했다"),  # (rebutted with it)
    ("en", "Despite sanctions, officials said that exports rose 5 percent.", "exports rose 5 percent"),
]


@pytest.mark.parametrize("language, body, quote", UNDONE_5)
def test_the_fifth_probes_undone_quotes_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FAITHFUL_5)
def test_the_fifth_probes_look_alikes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_a_report_that_says_it_is_satire_is_named_with_every_quote_of_it():
    located = _located("*This article is satire.*\n\nThe army unveiled the world's first invisible tank.",
                       "the world's first invisible tank")
    assert (located.status, located.frame) == (QuoteStatus.APPROXIMATE, "notice")
    assert located.framed == "This article is satire."


# (from a sixth blind probe)
_LIVE = ("# LIVE: Blast near Sinuiju\n\n**08:55 KST** — Residents in Dandong heard a blast near the freight yard.\n\n"
         "**09:40 KST** — A trader tells us at least 20 people were killed.\n\n"
         "**10:15 KST** — Border police have closed the Friendship Bridge.\n\n"
         "**12:30 KST** — Correction: our 09:40 entry relayed a casualty figure that our reporter now says was a "
         "rumour passed between traders.\n")
UNDONE_6 = [
    ("en", "It is likely, though not certain, that it is the same tanker seen in January.",
     "it is the same tanker seen in January"),
    ("en", "It is likely, but far from certain, that it is the same tanker seen in January.",
     "it is the same tanker seen in January"),
    ("en", "Residents have been mobilised for so-called voluntary donations of scrap metal for the army.",
     "voluntary donations of scrap metal for the army"),
    ("en", "A Japanese newspaper mistakenly reported last week that the ferry had sailed to Vladivostok.",
     "the ferry had sailed to Vladivostok"),
    ("en", "A defector said that one of the missiles fell in China, something Beijing has denied.",
     "one of the missiles fell in China"),
    ("es", "Un desertor aseguró que uno de los misiles cayó en territorio chino, algo que Pekín negó rotundamente.",
     "uno de los misiles cayó en territorio chino"),
    ("fr", "Un transfuge affirme qu'un des missiles est tombé en Chine, ce que Pékin a catégoriquement démenti.",
     "un des missiles est tombé en Chine"),
    ("de", "Ein Überläufer sagte, eine der Raketen sei in China eingeschlagen, was Peking umgehend bestritt.",
     "eine der Raketen sei in China eingeschlagen"),
    ("ar", 'وزعمت وسائل الإعلام الرسمية في بيونغ يانغ أن الصاروخ يحمل "رأساً حربياً فائق الضخامة".',
     'الصاروخ يحمل "رأساً حربياً فائق الضخامة"'),
    ("ar", "نفى مسؤول في شركة طيران كوريو أن تكون الشركة قد ألغت رحلاتها بين بيونغ يانغ وموسكو.",
     "الشركة قد ألغت رحلاتها بين بيونغ يانغ وموسكو"),
    ("zh", "网传“朝鲜将于明年起全面禁止使用人民币”，经核实，该说法不实。", "朝鲜将于明年起全面禁止使用人民币"),
    ("en", "Oh sure, North Korea's economy grew 10% last year, and I'm the Supreme Leader's tailor.",
     "North Korea's economy grew 10% last year"),
    ("en", "The source said 300 soldiers deserted last month. That figure appears to be a large exaggeration.",
     "300 soldiers deserted last month"),
    ("en", "**HOST:** So is it true the North is running out of fuel?\n\n**LEE:** No, that's overstated.",
     "the North is running out of fuel"),
    ("en", "**Q: Some reports say ships still transfer coal at sea every week. Is that what you saw?**\n\n"
           "A: Not every week. Maybe twice a month.", "ships still transfer coal at sea every week"),
    ("es", "**P:** ¿Es cierto que todos los hombres deben llevar el mismo corte de pelo?\n\n**R:** No, eso es un mito.",
     "todos los hombres deben llevar el mismo corte de pelo"),
    ("fr", "Q : Est-il vrai que les marchés de Hyesan ont fermé ?\n\nR : Non, ils sont ouverts.",
     "les marchés de Hyesan ont fermé"),
    ("de", "**Frage:** Stimmt es, dass die Märkte in Hyesan geschlossen haben?\n\n**Kim:** Nein, sie sind offen.",
     "die Märkte in Hyesan geschlossen haben"),
    # an update or a post's edit that says what was wrong, a notice after a live blog's time
    ("en", "A mudslide buried 40 homes in Kapsan county on Sunday, a source said.\n\n*Update, July 31:* The number "
           "of homes buried was 14, not 40; the earlier figure was a transcription error on our part.",
     "buried 40 homes in Kapsan county on Sunday"),
    ("en", "Kim has not been seen for 21 days. Sources in Pyongyang say he underwent heart surgery.\n\n"
           "EDIT (3h later): Deleting the surgery part — my contact heard it from a friend of a friend.",
     "Sources in Pyongyang say he underwent heart surgery"),
    ("ko", "**10:05** 합참은 북한이 동해상으로 탄도미사일 2발을 발사했다고 밝혔다.\n\n"
           "**10:50** [정정] 합참은 발사된 탄도미사일이 2발이 아니라 1발이라고 정정했다.", "동해상으로 탄도미사일 2발을 발사했다"),
    ("en", _LIVE, "at least 20 people were killed"),  # the notice names the entry by its time
    ("en", _LIVE.replace("our 09:40 entry", "our 9.40 entry"), "at least 20 people were killed"),
    # (from a review of these rules) their kin
    ("en", "According to a defector, one of the missiles fell in China, something Beijing denied.",
     "one of the missiles fell in China"),
    ("en", "A defector said one of the missiles fell in China, something Beijing disputes.",
     "one of the missiles fell in China"),
    ("es", "Según un desertor, uno de los misiles cayó en territorio chino, algo que Pekín negó.",
     "uno de los misiles cayó en territorio chino"),
    ("en", 'Residents were mobilised for so-called "voluntary" donations of scrap.', 'voluntary" donations of scrap'),
    ("en", "Residents were mobilised for so called voluntary donations of scrap.", "voluntary donations of scrap"),
    ("en", "The regime held so-called free elections in March.", "free elections in March"),
    ("en", "The ministry falsely claimed at a press conference that the ferry had sailed.", "the ferry had sailed"),
    ("en", "The paper wrongly told readers that the ferry had sailed.", "the ferry had sailed"),
    ("en", "The source said 300 soldiers deserted. That figure is probably an exaggeration.", "300 soldiers deserted"),
    ("en", "Kim was not seen for 21 days. Sources say he had surgery.\n\nETA: Disregard the surgery part, sorry.",
     "Sources say he had surgery"),
    # a correction that names a time, or says in a clause what was right
    ("en", "North Korea fired a missile at 07:40 on Tuesday, the JCS said. It flew 600 km.\n\nCorrection: The "
           "missile flew 400 km, not 600 km, and was fired at 06:40.", "It flew 600 km"),
    ("en", "A mudslide buried 40 homes in Kapsan county on Sunday, a source said.\n\nCorrection: The date of the "
           "mudslide is correct, but the number of homes buried was 14, not 40.", "buried 40 homes in Kapsan county"),
    ("en", "The Kim Chaek works in Musan were idle all winter, a source said.\n\nCorrection: The plant that stands "
           "in Musan is the Musan Mining Complex, not the Kim Chaek works; we regret the error.",
     "The Kim Chaek works in Musan were idle all winter"),
    # (from a seventh probe, measured before these) the same families, worded otherwise
    ("en", "North Korea said that its satellite had photographed the White House, state news agency KCNA reported, "
           "something South Korea's defense ministry denied, saying the satellite was not working.",
     "its satellite had photographed the White House"),
    ("en", "Russian officials claimed the vessel was carrying building materials, something the British think tank "
           "RUSI disputed.", "the vessel was carrying building materials"),
    ("en", "Imports of rice reached 12,000 tonnes in March, customs data show.\n\nUpdate, April 22: The corrected "
           "total is 1,200 tonnes; the earlier figure contained a data entry error.",
     "Imports of rice reached 12,000 tonnes in March"),
    ("en", "The closure was ordered by the provincial party committee, the source said.\n\nThis article has been "
           "corrected. The closure was ordered by the provincial people's committee, not the party committee.",
     "The closure was ordered by the provincial party committee"),
    ("en", "Live updates\n\nSept. 12, 06:10 — Kim's train has crossed the border.\nSept. 12, 09:45 — Kim will meet "
           "Putin on Tuesday, the Kremlin says.\nSept. 12, 13:05 — CORRECTION to the 09:45 entry: the meeting will "
           "take place on Wednesday.", "Kim will meet Putin on Tuesday"),
    ("en", "KCTV showed a new destroyer being launched at Nampho.\n\nEdit: as people pointed out, the footage was "
           "shot at Chongjin, not Nampho. My mistake.", "a new destroyer being launched at Nampho"),
    ("en", "It is likely, according to analysts at 38 North, that the reactor has begun operating at low power.",
     "the reactor has begun operating at low power"),
    ("en", "Q: You must have made a lot of money smuggling then?\nA: That's not right. I lost almost everything.",
     "You must have made a lot of money smuggling"),
]
FAITHFUL_6 = [
    ("en", "Critics doubt the flats are habitable, but there is no dispute that the 10,000 flats were handed over "
           "in April.", "the 10,000 flats were handed over in April"),
    ("en", "The plant has been running at less than a third of its capacity since October, two workers said.",
     "running at less than a third of its capacity"),
    ("en", "The ministry denied, but later admitted, that the tanker was seen in January.",
     "the tanker was seen in January"),
    ("en", "The regime held the so-called Arduous March rallies in May.", "Arduous March rallies in May"),
    ("en", "The UN requested access to the prisons in 2021, something North Korea denied.",
     "The UN requested access to the prisons in 2021"),
    ("en", "A defector said that one of the missiles fell in China, something nobody has denied.",
     "one of the missiles fell in China"),
    ("es", "La ONU pidió acceso a las prisiones, algo que Pyongyang negó.", "La ONU pidió acceso a las prisiones"),
    ("de", "Ein Überläufer sagte, eine der Raketen sei in China eingeschlagen, was niemand bestritt.",
     "eine der Raketen sei in China eingeschlagen"),
    ("en", "Sure, the border reopened, but trucks still wait.", "the border reopened"),
    ("en", "The source said 300 soldiers deserted last month. That figure seems to be accurate.",
     "300 soldiers deserted last month"),
    ("en", "**HOST:** So is it true the North is running out of fuel?\n\n**LEE:** Yes, badly.",
     "the North is running out of fuel"),
    ("en", "**Q: Some reports say ships still transfer coal every week. Is that what you saw?**\n\nA: Yes, every week.",
     "ships still transfer coal every week"),
    ("es", "**P:** ¿Es cierto que todos los hombres llevan el mismo corte?\n\n**R:** Sí, en parte.",
     "todos los hombres llevan el mismo corte"),
    ("fr", "Q : Est-il vrai que les marchés de Hyesan ont fermé ?\n\nR : Oui, depuis mai.",
     "les marchés de Hyesan ont fermé"),
    # an edit's sentence that vouches, an entry the notice does not name
    ("en", "Kim has not been seen in public for 21 days. Sources say he underwent surgery.\n\nEDIT: Deleting the "
           "surgery part. The 21 days is correct.", "Kim has not been seen in public for 21 days"),
    ("en", _LIVE, "Border police have closed the Friendship Bridge"),
    ("en", _LIVE.replace("Border police have closed", "At least 20 trucks were stopped at"),
     "At least 20 trucks were stopped at the Friendship Bridge"),  # (its words, another entry)
    # (from a review of these rules)
    ("en", "Officials said the town now gets power around the clock, something residents were long denied.",
     "the town now gets power around the clock"),
    ("en", "He said the family could visit only once, something the guards denied the others entirely.",
     "the family could visit only once"),
    ("en", "Q: Did the trains run? A: Oh sure, the trains ran every day, but they were always late.",
     "the trains ran every day"),
    ("en", "China's so-called reform and opening policy began in 1978.", "reform and opening policy began in 1978"),
    ("es", "**P:** ¿Es cierto que los mercados de Hyesan cerraron?\n\n**R:** No hay duda. Cerraron en mayo.",
     "los mercados de Hyesan cerraron"),
    ("fr", "Q : Est-il vrai que les marchés ont fermé ?\n\nR : Non seulement ils ont fermé, ils ont été rasés.",
     "les marchés ont fermé"),
    ("en", "Q: Some say ships transfer coal every week. Is that true?\n\nA: Not all that surprising. Everyone knows.",
     "ships transfer coal every week"),
    ("en", "It was doubted, but not for long, that the reactor had restarted: satellite images soon showed steam.",
     "the reactor had restarted"),
    ("zh", "网传“朝鲜将于明年起全面禁止使用人民币”，经核实，该消息属实。", "朝鲜将于明年起全面禁止使用人民币"),
    ("en", "Officials in Hyesan have compiled lists of families of defectors, a source said.\n\nUpdate, May 3: The "
           "ministry has since ordered officials to delete the lists.", "Officials in Hyesan have compiled lists"),
    ("en", "KCTV showed a new destroyer being launched at Nampho, a sister ship of the Choe Hyon.\n\nEdit: as people "
           "pointed out, the footage was shot at Chongjin, not Nampho. My mistake.\n\nu/baekdu: Yeah, it's the "
           "Chongjin shipyard, you can tell from the cranes.", "it's the Chongjin shipyard"),  # (below the edit)
    ("en", "Q: You must have made a lot of money smuggling then?\nA: Yes, quite a lot.",
     "You must have made a lot of money smuggling"),
]


@pytest.mark.parametrize("language, body, quote", UNDONE_6)
def test_the_sixth_probes_undone_quotes_are_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FAITHFUL_6)
def test_the_sixth_probes_look_alikes_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED
