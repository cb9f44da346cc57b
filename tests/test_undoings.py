"""Quotes a twelfth and a thirteenth blind probe found verified where the report undoes or doubts them in words
the rules did not know: a note that the whole account is unverified, a story pulled or a post
deleted, no evidence offered, another account contradicting it, a source the report calls
dubious, a doubt set off before "that", what is not ruled out, hoped or once thought, a
condition opening "Absent", a proposal or an exercise; and the faithful look-alikes."""

from __future__ import annotations

import pytest
from test_citations import _located

from generator.model import QuoteStatus

# (report body, quote): each misleads about what the report says
MISLEADING = [
    # a note or an edit of the whole report
    ("A source in Kangwon province said the provincial party secretary was arrested last week.\n\n"
     "*Editor's note: Daily NK was unable to corroborate this account with a second source.*",
     "the provincial party secretary was arrested last week"),
    ("A source said the secretary was arrested.\n\n*Editor's note: Daily NK could not independently verify this "
     "account.*", "the secretary was arrested"),
    # the story pulled, the post deleted, nothing offered for it, others contradicting it
    ("A Seoul-based online outlet reported on Sunday that Kim Jong Un's daughter had been named his successor. "
     "The outlet pulled the story on Monday without explanation.",
     "Kim Jong Un's daughter had been named his successor"),
    ("A pro-Pyongyang website said that South Korean agents had tried to assassinate Kim Jong Un with a drone. "
     "It offered no evidence for the claim.", "South Korean agents had tried to assassinate Kim Jong Un with a drone"),
    ("State media said 1.4 million young people volunteered to join the army, a figure analysts say is implausible.",
     "1.4 million young people volunteered to join the army"),
    ('"The whole of Hyesan has had electricity since the new plant opened," the source said — an account other '
     "residents flatly contradicted.", "The whole of Hyesan has had electricity since the new plant opened"),
    ("State media hailed a bumper harvest of wheat in South Hwanghae. The reality on the ground is different: "
     "yields fell by about 15 percent.", "a bumper harvest of wheat in South Hwanghae"),
    # a source the report doubts, a doubt set off before "that"
    ("A dubious report in a Japanese tabloid said 20 North Korean generals had defected to China in January.",
     "20 North Korean generals had defected to China in January"),
    ("Exaggerated accounts on social media claimed that 1,000 people drowned when the Amnok River flooded.",
     "1,000 people drowned when the Amnok River flooded"),
    ("A source claimed — though Daily NK could not confirm it — that 30 soldiers deserted from a border unit.",
     "30 soldiers deserted from a border unit"),
    ("A source claimed, though we could not verify it, that 30 soldiers deserted from a border unit.",
     "30 soldiers deserted from a border unit"),
    # what is only possible, hoped, once thought, believed until
    ("South Korean officials have not ruled out that the Yongbyon reactor restarted in early July.",
     "the Yongbyon reactor restarted in early July"),
    ("Seoul cannot rule out that the reactor restarted in July.", "the reactor restarted in July"),
    ('"I never went inside, but I assume they were making uniforms for the army," said Choi.',
     "they were making uniforms for the army"),
    ("It was once widely thought that the Ryugyong Hotel would never be completed. The exterior was finished in 2011.",
     "the Ryugyong Hotel would never be completed"),
    ("The hope in Rason is that the new bridge to Russia will be open to trucks by next summer.",
     "the new bridge to Russia will be open to trucks by next summer"),
    ("Kim Jong Un's daughter is the designated successor, or so South Korea's spy agency believed until last year.",
     "Kim Jong Un's daughter is the designated successor"),
    # conditions, proposals, exercises
    ("Workers at the Ryongsong machine complex received their wages in full in December, provided they had met "
     "the year's production quota.", "Workers at the Ryongsong machine complex received their wages in full"),
    ("Absent fresh shipments of fertilizer from China, yields in South Hwanghae will fall by about a third this year.",
     "yields in South Hwanghae will fall by about a third this year"),
    ("Barring heavy rain, the dam will be finished by May.", "the dam will be finished by May"),
    ("Without new orders from Pyongyang, the factory will close in June.", "the factory will close in June"),
    ("In a tabletop exercise run by the RAND Corporation last year, North Korean forces captured Seoul's northern "
     "districts within 72 hours.", "North Korean forces captured Seoul's northern districts within 72 hours"),
    ("Under the proposal, which Pyongyang has not responded to, the two Koreas would reconnect the Gyeongui rail line.",
     "the two Koreas would reconnect the Gyeongui rail line"),
    # notes, conditions, impressions and judgements in the review's related wordings
    ("A source said the secretary was arrested.\n\n*Editor's note: This information has not been independently "
     "verified.*",
     'the secretary was arrested'),
    ("A source said the secretary was arrested.\n\n*Editor's note: We were not able to confirm this report "
     "independently.*",
     'the secretary was arrested'),
    ('In the absence of fresh shipments, yields will fall by a third.',
     'yields will fall by a third'),
    ('I was under the impression that the market had closed for good.',
     'the market had closed for good'),
    ('My understanding was that the border would reopen in March.',
     'the border would reopen in March'),
    ('I had assumed that the factory was still running.',
     'the factory was still running'),
    ('State media said 1.4 million people volunteered, a figure analysts consider to be wildly exaggerated.',
     '1.4 million people volunteered'),
    ('State media said 1.4 million people volunteered, a figure analysts regard as implausible.',
     '1.4 million people volunteered'),
    # a post taken down with an apology for what it spread
    ('A widely shared post on Weibo read:\n\n> North Korean workers at a seafood plant in Hunchun '
     'rioted and took managers hostage.\n\n'
     'The user deleted the post on Tuesday and apologised for "spreading unverified information," saying he '
     'had misunderstood a relative.',
     'North Korean workers at a seafood plant in Hunchun rioted and took managers hostage'),
    ('A blogger wrote that the mine had reopened. He later apologised for spreading false rumours about the mine.',
     'the mine had reopened'),
    # … and hedges and rumours the first versions let through
    ("Apparently the markets that closed in May have reopened.", "the markets that closed in May have reopened"),
    ("Probably the officials who could be punished fled to China in March.",
     "the officials who could be punished fled to China in March"),
    ("Rumours that the won would be redenominated spread in November. They were quickly confirmed as false by the "
     "central bank.", "the won would be redenominated"),
]

# (report body, quote): the same words, undoing nothing the quote says
FAITHFUL = [
    # a rumour the next sentence confirms; no one, anywhere named, disputing it
    ("Rumours that the authorities would redenominate the currency spread through Sinuiju's market in early "
     "November. They proved accurate: on Nov. 30, the central bank announced the exchange.",
     "the authorities would redenominate the currency"),
    ("Rumours that the market would close spread in May. These were later confirmed by officials.",
     "the market would close"),
    ("No one in the Unification Ministry disputes that the 2024 floods destroyed more than 4,000 homes.",
     "the 2024 floods destroyed more than 4,000 homes"),
    # a note that vouches, a correction of another detail, a post's edit that adds
    ("A source said the provincial party secretary was arrested last week.\n\n"
     "*Editor's note: Daily NK confirmed this account with a second source.*",
     "the provincial party secretary was arrested last week"),
    ("The Musan mine reopened in May, workers said.\n\nCorrection: An earlier version of this article misspelled the "
     "name of the county. We regret our mistake.", "The Musan mine reopened in May"),
    ("New photos show the Yongbyon reactor running again.\n\nEDIT: added a second photo from this week.",
     "New photos show the Yongbyon reactor running again"),
    ("A source said the secretary was arrested.\n\nUpdate: Seoul was unable to confirm the report of a second "
     "launch.", "the secretary was arrested"),  # (another report's)
    ("A blogger posted that the mine had reopened. The post was later shared by thousands.", "the mine had reopened"),
    ("Officials said the mine had reopened. Police removed the protesters from the square.", "the mine had reopened"),
    ("Barring a miracle, the wheat crop will fall short of the target.",
     "the wheat crop will fall short of the target"),
    # evidence offered, an account others confirmed, a reliable report, a doubt of something else
    ("A pro-Pyongyang website said that the drone crashed near Kaesong. It offered photos of the wreck.",
     "the drone crashed near Kaesong"),
    ('"The whole of Hyesan has had electricity since the plant opened," the source said — an account other '
     "residents confirmed.", "The whole of Hyesan has had electricity since the plant opened"),
    ("A detailed report in a Japanese daily said 20 North Korean generals had been purged in January.",
     "20 North Korean generals had been purged in January"),
    # a past act without something, a plan carried out, a scenario's own words
    ("Without warning, the factory closed in June.", "the factory closed in June"),
    ("Without new orders, the factory closed in June.", "the factory closed in June"),
    ("Under the agreement signed in May, the two sides reopened the liaison office.",
     "the two sides reopened the liaison office"),
    ("Officials have ruled out that the reactor restarted in July.", "Officials have ruled out that"),
    ('In the absence of the minister, his deputy chaired the meeting.',
     'his deputy chaired the meeting'),
    ('State media said 1.4 million people volunteered, a figure analysts regard as plausible.',
     '1.4 million people volunteered'),
    ('My understanding of the issue grew over the years. The border reopened in March.',
     'The border reopened in March'),
    ("A source said the secretary was arrested.\n\n*Editor's note: This account has been independently verified.*",
     'the secretary was arrested'),
    ('The ministry said rice prices had doubled. The minister apologised for the delay in publishing the figures.',
     'rice prices had doubled'),
    # what an adversarial review found the first versions of these rules flagged
    ("The Chinese firm operates the iron mine at Musan, providing the state with a steady flow of hard currency.",
     "The Chinese firm operates the iron mine at Musan"),
    ("Kim Jong Un visited the new hospital in Pyongyang, provided his officials with a list of complaints and left.",
     "Kim Jong Un visited the new hospital in Pyongyang"),
    ("Kim Yo Jong will head the propaganda department, assuming full control of the party's messaging.",
     "Kim Yo Jong will head the propaganda department"),
    ("The Kim Chaek steel complex will be rebuilt - once the pride of North Korean industry, it has lain idle.",
     "The Kim Chaek steel complex will be rebuilt"),
    ("In response to a proposal from Seoul, North Korea agreed to reopen the military hotline.",
     "North Korea agreed to reopen the military hotline"),
    ("Under the proposal approved in May, every cooperative farm keeps 30 percent of its harvest.",
     "every cooperative farm keeps 30 percent of its harvest"),
    ("Under the draft budget, which the assembly approved in April, defence spending rose 15.9 percent.",
     "defence spending rose 15.9 percent"),
    ("In the spring draft, the Korean People's Army called up about 100,000 teenagers.",
     "the Korean People's Army called up about 100,000 teenagers"),
    ("It makes sense that Pyongyang chose Wonsan for the summit, given its new airport.",
     "Pyongyang chose Wonsan for the summit"),
    ("The reason for our hope is that the talks have resumed after five years.",
     "the talks have resumed after five years"),
    ("Analysts who track fake accounts on X said that the network had posted more than 10,000 times.",
     "the network had posted more than 10,000 times"),
    ("A Daily NK source who dismissed false reports of Kim's death said that he was recovering at Wonsan.",
     "he was recovering at Wonsan"),
    ("Rice prices rose 30 percent in a month, a figure analysts say is unlikely to be repeated.",
     "Rice prices rose 30 percent in a month"),
    ("In Pyongyang, electricity is available around the clock. The situation in Hyesan is different: power comes "
     "two hours a day.", "In Pyongyang, electricity is available around the clock"),
    ("The defector said he crossed the Tumen in 2019. North Korea has accused him of theft, but there is no evidence "
     "for the claim.", "he crossed the Tumen in 2019"),
    ("He was sentenced to 15 years in a labour camp. The prosecution presented no evidence, his lawyer said.",
     "He was sentenced to 15 years in a labour camp"),
    ("Thirty people died when the dam burst in August. Officials offered no evidence of the cause.",
     "Thirty people died when the dam burst in August"),
    ("Videos showed North Korean workers protesting at a garment factory in Dandong. Chinese censors deleted the "
     "posts within hours.", "North Korean workers protesting at a garment factory in Dandong"),
    ("Saw a convoy of about 30 trucks crossing into Sinuiju this morning. Mostly flatbeds with covered loads.\n\n"
     "EDIT: I was wrong about the time, it was around noon.", "Mostly flatbeds with covered loads"),
    ("Barring journalists from the venue, the regime will hold the congress behind closed doors.",
     "the regime will hold the congress behind closed doors"),
    ("Absent from the delegation list, Choe Ryong Hae will stay in Pyongyang for the plenum.",
     "Choe Ryong Hae will stay in Pyongyang for the plenum"),
    ("Without further delay, the assembly will vote on the budget on Friday.",
     "the assembly will vote on the budget on Friday"),
    ("Prisoners are held for 30 days, a former guard said, until their families pay a bribe.",
     "Prisoners are held for 30 days"),
]


@pytest.mark.parametrize("body, quote", MISLEADING)
def test_a_quote_the_report_undoes_or_doubts_in_other_words_is_flagged(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", FAITHFUL)
def test_the_faithful_look_alikes_stay_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED


# (language, report body, quote): the same in Korean, Chinese, Japanese and Russian (a thirteenth
# probe's): a hedge ending the clause (것 같아요, ようだ), a belief held wrongly (误以为, ошибочно
# полагали, 라고 잘못 알고 있었다), a report later proved wrong (被证实有误), a correction notice
# (Поправка:), "whether it happened is not yet confirmed", "is a misconception", "is not true"
MISLEADING_IN = [
    ('ko', '오빠 소식은 끊긴 지 오래예요. 오빠는 2019년쯤 두만강을 건너 중국으로 간 것 같아요. 그 뒤로는 아무도 오빠를 못 봤어요.',
     '오빠는 2019년쯤 두만강을 건너 중국으로 간'),
    ('ja', '恵山では最近、中国製の携帯電話の取り締まりが緩んだようだ。ある脱北者が家族との通話で聞いた話だという。',
     '恵山では最近、中国製の携帯電話の取り締まりが緩んだ'),
    ('zh', '货币改革的传闻让新义州居民人心惶惶。许多居民误以为新币将于年底发行，纷纷抢购美元和人民币，导致汇率一周内上涨了15%。',
     '新币将于年底发行'),
    ('ru', 'Многие жители ошибочно полагали, что новые купюры выпустят до конца '
     'года, и спешно меняли воны на доллары. На деле никакой денежной реформы не последовало.',
     'новые купюры выпустят до конца года'),
    ('ko', '보위부의 단속이 강화되자 주민들 사이에서는 불안이 커졌다. 상당수 상인들은 단속이 추석 이후 풀릴 것이라고 잘못 알고 있었고, 실제로는 단속이 연말까지 이어졌다.',
     '단속이 추석 이후 풀릴 것'),
    ('zh', '韩国某媒体曾报道称，歌手玄松月已在平壤被处决。该报道后来被证实有误，玄松月此后多次公开露面。',
     '歌手玄松月已在平壤被处决'),
    ('ru', 'По данным торговцев в Даньдуне, цены на рис в Пхеньяне выросли до '
     '8000 вон за килограмм.\n\nПоправка: в первоначальной версии статьи цена риса в Пхеньяне была '
     'указана неверно. Правильная цифра — 6000 вон за килограмм.',
     'цены на рис в Пхеньяне выросли до 8000 вон за килограмм'),
    ('ko', '자강도 강계의 한 군수공장에서 대형 폭발 사고가 났다는 주장이 탈북민 단체를 통해 제기됐다. 다만 사고 여부는 아직 확인되지 않았다.',
     '자강도 강계의 한 군수공장에서 대형 폭발 사고가 났다'),
    ('ko', '북한 주민 모두가 정권을 맹목적으로 지지한다는 것은 오해다. 탈북민 설문조사에서 응답자의 절반 이상은 체제에 불만이 있었다고 답했다.',
     '북한 주민 모두가 정권을 맹목적으로 지지한다'),
    ('ja', '北朝鮮が中国との全ての国境検問所を開放したというのは事実ではない。開放されたのは丹東と琿春の2カ所にとどまる。',
     '北朝鮮が中国との全ての国境検問所を開放した'),
    # a line saying the report is satire
    ('ja', '※この記事は風刺です。\n\n金正恩氏、ついにダイエットに成功し、体重を30キロ減らした。',
     'ダイエットに成功し、体重を30キロ減らした'),
    ('ko', '본 기사는 풍자입니다.\n\n김정은 위원장이 체중을 30kg 감량했다.',
     '김정은 위원장이 체중을 30kg 감량했다'),
    ('ru', 'Эта статья — сатира.\n\nКим Чен Ын похудел на 30 килограммов.',
     'Ким Чен Ын похудел на 30 килограммов'),
    # a plan withdrawn, a limit of place or person, speculation
    ('ko', '평안남도 당국은 지난 4월 평성 옥전시장을 폐쇄하기로 했다가 상인들의 반발에 부딪혀 이를 철회했다.',
     '지난 4월 평성 옥전시장을 폐쇄하기로 했다'),
    ('ko', '올해 들어 평양 중심구역에 한해 전력 공급이 하루 8시간으로 늘었다.',
     '전력 공급이 하루 8시간으로 늘었다'),
    ('ko', '올해 설 명절을 맞아 당 간부들에게만 돼지고기 1kg씩 특별배급이 공급됐다.',
     '돼지고기 1kg씩 특별배급이 공급됐다'),
    ('zh', '朝鲜原计划于4月15日举行大规模阅兵，但最终取消。',
     '于4月15日举行大规模阅兵'),
    ('zh', '在两江道部分地区，手机信号已被完全屏蔽。',
     '手机信号已被完全屏蔽'),
    ('ko', '김덕훈 내각총리가 실각했다는 관측이 대북 소식통 사이에서 나오고 있다.',
     '김덕훈 내각총리가 실각했다'),
]

# … and rumours the next sentence confirms, and the look-alikes of the rules above
FAITHFUL_IN = [
    ('zh', '风刺作家金某说，这篇文章很有意思。\n\n平壤的米价上涨了一倍。',
     '平壤的米价上涨了一倍'),
    ('ja', '北朝鮮の風刺漫画が話題になった。\n\n平壌の米価は2倍になった。',
     '平壌の米価は2倍になった'),
    ('ru', '"Эта статья — сатира", — заявило КЦТА.\n\nКим Чен Ын похудел на 30 килограммов.',
     'Ким Чен Ын похудел на 30 килограммов'),
    ('ko', '당국은 시장을 폐쇄했다가 한 달 뒤 다시 열었다.',
     '당국은 시장을 폐쇄했다'),
    ('ko', '올해 설 명절을 맞아 당 간부들에게 돼지고기 1kg씩 특별배급이 공급됐다.',
     '돼지고기 1kg씩 특별배급이 공급됐다'),
    ('zh', '按原计划，阅兵于4月15日在金日成广场举行。',
     '阅兵于4月15日在金日成广场举行'),
    ('zh', '在两江道，手机信号已被完全屏蔽。',
     '手机信号已被完全屏蔽'),
    ('ko', '김덕훈 내각총리가 실각했다고 통일부가 밝혔다.',
     '김덕훈 내각총리가 실각했다'),
    ('ko', '지난달 회령시 보위부장이 해임됐다는 소문이 돌았다. 이 소문은 며칠 뒤 함경북도 당위원회 내부 문건을 통해 사실로 확인됐다.',
     '회령시 보위부장이 해임됐다'),
    ('zh', '此前有传言称，丹东至平壤的国际列车将于下月恢复运营。这一消息已得到中国铁路沈阳局的证实，车票将于本周五开售。',
     '丹东至平壤的国际列车将于下月恢复运营'),
    ('ru', 'По слухам, начальника таможни в Синыйджу сняли с должности. Позже это '
     'подтвердило Министерство объединения Южной Кореи.',
     'начальника таможни в Синыйджу сняли с должности'),
]


@pytest.mark.parametrize("language, body, quote", MISLEADING_IN)
def test_the_same_in_other_languages_is_flagged(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FAITHFUL_IN)
def test_a_rumour_the_next_sentence_confirms_stays_verified_in_other_languages(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED
