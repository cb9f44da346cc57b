"""Words beside a figure or a superlative that a quote left out (generator/figures.py): what
makes a figure a rate or measures it ("a month", "per kilogram", "in real terms", "on the
black market", "respectively"), a share of what the quote names ("Two of | the mines"), and
what limits a superlative ("one of | the largest", "| since 2010", "In Ryanggang province, |").
Besides my own cases, the tables hold two held-out reviews' cases as they are judged now, each
written blind to the rules: the first's (at 504b3cf the checker verified 138 of its 139
unfaithful quotes; the first version of these rules, 34, and flagged 7 of its 189 faithful
ones), and the second's, aimed at that version's false alarms (it missed 29 of 73 and flagged
8 of 200: sentence openers taken for limits, "Among other things,", "Since then,")."""

from __future__ import annotations

import pytest
from test_citations import _located

from generator.model import QuoteStatus

OWN_UNDONE = [
    ('en', 'Inflation reached 20% a month.', 'Inflation reached 20%'),
    ('en', 'The mine produces 5,000 tonnes per day.', 'The mine produces 5,000 tonnes'),
    ('en', 'GDP reached $1,200 per capita.', 'GDP reached $1,200'),
    ('en', 'Rice cost 3,000 won per kilogram in Hyesan.', 'Rice cost 3,000 won'),
    ('en', 'The fine was 500 yuan per smuggled phone.', 'The fine was 500 yuan'),
    ('en', 'Wages rose 5% in dollar terms.', 'Wages rose 5%'),
    ('en', 'They paid the guards 500 won each.', 'They paid the guards 500 won'),
    ('en', 'Exports fell 20% a year before 2017.', 'Exports fell 20%'),
    ('en', 'The dollar fetched 8,000 won on the black market.', 'The dollar fetched 8,000 won'),
    ('en', 'Household incomes have doubled in won terms.', 'Household incomes have doubled'),
    ('en', 'Coal and iron exports fell 20% and 5% respectively.', 'iron exports fell 20%'),
    ('en', 'China and Russia sent 300 and 50 tonnes of rice, respectively.', 'Russia sent 300'),
    ('en', 'It was one of the largest floods on record.', 'the largest floods on record'),
    ('en', 'It was the largest flood since 2010.', 'It was the largest flood'),
    ('en', 'It was the deadliest attack in the region this year.', 'It was the deadliest attack'),
    ('en', 'The mill is the largest in North Pyongan.', 'The mill is the largest'),
    ('en', 'Hamhung is the second largest city.', 'largest city'),
    ('en', 'The worst harvest in years hit Ryanggang.', 'The worst harvest'),
    ('en', 'Musan produced the most iron ore of any mine in the country last year.',
     'Musan produced the most iron ore of any mine in the country'),
    ('en', 'In Ryanggang province, the Hyesan market is the largest.', 'the Hyesan market is the largest'),
    ('en', 'Two of the mines closed in May.', 'the mines closed in May'),
    ('en', 'Most of the harvest was lost to floods.', 'the harvest was lost to floods'),
    ('fr', 'Les prix ont augmenté de 20 % par mois.', 'Les prix ont augmenté de 20 %'),
    ('fr', "C'est l'une des plus grandes inondations.", 'plus grandes inondations'),
    ('fr', "C'est la plus grande inondation depuis 2010.", "C'est la plus grande inondation"),
    ('es', 'Las exportaciones de carbón y hierro cayeron un 20% y un 5%, respectivamente.',
     'hierro cayeron un 20%'),
    ('es', 'Musan es una de las minas de hierro más grandes de Asia.', 'las minas de hierro más grandes de Asia'),
    ('de', 'Die Preise stiegen um 20 % pro Monat.', 'Die Preise stiegen um 20 %'),
    ('de', 'Es war das größte Hochwasser seit 2010.', 'Es war das größte Hochwasser'),
    ('ru', 'Цены выросли на 20% в месяц.', 'Цены выросли на 20%'),
    ('ru', 'Это крупнейшее наводнение с 2010 года.', 'Это крупнейшее наводнение'),
    ('zh', '这是2010年以来最大的洪水。', '最大的洪水'),
    ('zh', '这是最大的洪水之一。', '最大的洪水'),
    ('zh', '煤炭和铁矿石出口分别下降了20%和5%。', '煤炭和铁矿石出口分别下降了20%'),
]

OWN_FAITHFUL = [
    ('en', 'Inflation reached 20% a month.', 'Inflation reached 20% a month'),
    ('en', 'Prices rose 20% a year ago, traders said.', 'Prices rose 20%'),
    ('en', 'The price was 500 won a day later.', 'The price was 500 won'),
    ('en', 'Each worker got 500 won. Each family got rice.', 'Each worker got 500 won'),
    ('en', 'Exports fell 20% per the customs data.', 'Exports fell 20%'),
    ('en', 'Lumber exports totalled 3,000 cubic metres per customs records.',
     'Lumber exports totalled 3,000 cubic metres'),
    ('en', 'In 2019 the market closed each winter.', 'In 2019 the market closed'),
    ('en', 'Coal and iron exports fell 20% and 5% respectively.', 'Coal and iron exports fell'),
    ('en', 'Exports fell 20%, while coal and iron output fell 3% and 4% respectively.', 'Exports fell 20%'),
    ('en', 'It was the largest flood, which destroyed 300 homes.', 'It was the largest flood'),
    ('en', 'It was the largest flood ever recorded in the province.', 'the largest flood ever recorded'),
    ('en', 'Hyesan saw the sharpest rise in rice prices.', 'Hyesan saw the sharpest rise'),
    ('en', 'At least 300 people died in the flood.', 'At least 300 people died'),
    ('en', 'All of the mines closed in May.', 'the mines closed in May'),
    ('en', 'Article 12 of the constitution guarantees work.', 'the constitution guarantees work'),
    ('en', 'In a statement, the ministry called it the largest harvest.', 'the ministry called it the largest harvest'),
    ('ru', 'Цена риса выросла на 20% за месяц.', 'Цена риса выросла на 20%'),
    ('zh', '最近，这是最大的市场。', '这是最大的市场'),
]

FIRST_REVIEW_UNDONE = [
    ('en', 'Factory workers in Chongjin now earn about 150,000 won a month, according to a source in the city.',
     'Factory workers in Chongjin now earn about 150,000 won'),  # rate-cut
    ('en', 'A porter at the Hyesan railway station can make 20,000 won a day carrying goods for traders.',
     'A porter at the Hyesan railway station can make 20,000 won'),  # rate-cut
    ('en', 'Rice was selling for 6,200 won per kilogram at the end of March.',
     'Rice was selling for 6,200 won'),  # rate-cut
    ('en', 'The state ration in Ryanggang was cut to 300 grams per day in the spring.',
     'The state ration in Ryanggang was cut to 300 grams'),  # rate-cut
    ('en', 'Gold smugglers reportedly move 40 kilograms per year across the Yalu.',
     'Gold smugglers reportedly move 40 kilograms'),  # rate-cut
    ('en', "The mine's output reached 1.2 million tonnes annually before the sanctions.",
     "The mine's output reached 1.2 million tonnes"),  # rate-cut
    ('en', 'Grain production fell to roughly 180 kilograms per capita in 2021.',
     'Grain production fell to roughly 180 kilograms'),  # rate-cut
    ('en', 'Pork was going for 14,000 won per kilogram in Sinuiju last week.',
     'Pork was going for 14,000 won'),  # rate-cut
    ('en', 'Families in the collective farm were allotted 7 kilograms of maize per head for the whole month.',
     'Families in the collective farm were allotted 7 kilograms of maize'),  # rate-cut
    ('en', 'Brokers now charge 15 million won a head to guide people across the river.',
     'Brokers now charge 15 million won'),  # rate-cut
    ('en', 'Border guards fined the smugglers 500 yuan each.',
     'Border guards fined the smugglers 500 yuan'),  # rate-cut
    ('en', 'Chinese-made mobile phones were sold in Hoeryong for 300 dollars apiece.',
     'Chinese-made mobile phones were sold in Hoeryong for 300 dollars'),  # rate-cut
    ('en', 'Students mobilized for rice transplanting are paid 1,000 won an hour, a source said.',
     'Students mobilized for rice transplanting are paid 1,000 won'),  # rate-cut
    ('en', 'Consumer prices in the border region have risen 25 per cent a year since 2019.',
     'Consumer prices in the border region have risen 25 per cent'),  # rate-cut
    ('en', 'The jangmadang stall fee in Hamhung has climbed to 50,000 won a month.',
     'The jangmadang stall fee in Hamhung has climbed to 50,000 won'),  # rate-cut
    ('en', "Electricity in Pyongyang's outer districts is supplied for only 4 hours a day.",
     "Electricity in Pyongyang's outer districts is supplied for only 4 hours"),  # rate-cut
    ('en', 'The coal trucks make 3 trips a week to the port of Nampo.',
     'The coal trucks make 3 trips'),  # rate-cut
    ('en', 'Diesel was quoted at 12,000 won per litre in Hamhung.',
     'Diesel was quoted at 12,000 won'),  # rate-cut
    ('en', 'Households must hand over 100 kilograms of compost per person to the farm in January.',
     'Households must hand over 100 kilograms of compost'),  # rate-cut
    ('en', 'Soldiers at the outpost receive 600 grams of grain daily.',
     'Soldiers at the outpost receive 600 grams of grain'),  # rate-cut
    ('en', 'A smuggled South Korean drama on USB costs 20 yuan per episode in Hyesan.',
     'A smuggled South Korean drama on USB costs 20 yuan'),  # rate-cut
    ('en', 'Fishing boats were ordered to land 2 tonnes of squid per vessel before the end of the season.',
     'Fishing boats were ordered to land 2 tonnes of squid'),  # rate-cut
    ('en', 'Inflation in the price of maize reached 8% a week during the lean season.',
     'Inflation in the price of maize reached 8%'),  # rate-cut
    ('en', 'Since the border closure, the won has lost 3% of its value a month against the yuan.',
     'Since the border closure, the won has lost 3% of its value'),  # rate-cut
    ('en', 'The new tax on market traders is 5,000 won per stall per month.',
     'The new tax on market traders is 5,000 won'),  # rate-cut
    ('en', 'Truck drivers pay checkpoint guards 20 yuan per checkpoint on the road to Pyongyang.',
     'Truck drivers pay checkpoint guards 20 yuan'),  # rate-cut
    ('en', 'Apartment prices in central Pyongyang average 1,500 dollars per square metre.',
     'Apartment prices in central Pyongyang average 1,500 dollars'),  # rate-cut
    ('en', 'Schoolchildren must submit 2 kilograms of scrap metal each term, teachers say.',
     'Schoolchildren must submit 2 kilograms of scrap metal'),  # rate-cut
    ('en', 'Bribes to avoid the labour mobilization run to 10,000 won per day of absence.',
     'Bribes to avoid the labour mobilization run to 10,000 won'),  # rate-cut
    ('en', "The cooperative's yield fell to 3 tonnes per hectare after the floods.",
     "The cooperative's yield fell to 3 tonnes"),  # rate-cut
    ('en', 'Prices of chemical fertiliser doubled to 2,400 won a kilo in April.',
     'Prices of chemical fertiliser doubled to 2,400 won'),  # rate-cut
    ('en', "Hospital patients' families pay doctors 50,000 won for each visit.",
     "Hospital patients' families pay doctors 50,000 won"),  # rate-cut
    ('en', 'Chinese traders bought the seafood at 8 yuan a pound.',
     'Chinese traders bought the seafood at 8 yuan'),  # rate-cut
    ('en', 'The Musan mine exported around 700,000 tonnes of iron ore a year before 2017, customs data show.',
     'The Musan mine exported around 700,000 tonnes of iron ore'),  # rate-cut
    ('fr', 'Les ouvriers de Chongjin gagnent environ 150 000 wons par mois, selon une source locale.',
     'Les ouvriers de Chongjin gagnent environ 150 000 wons'),  # rate-cut
    ('fr', 'Le riz se vendait 6 000 wons le kilo au marché de Hyesan.',
     'Le riz se vendait 6 000 wons'),  # rate-cut
    ('fr', 'Les passeurs réclament désormais 10 000 yuans par personne.',
     'Les passeurs réclament désormais 10 000 yuans'),  # rate-cut
    ('es', 'Un cargador en la estación de Hyesan puede ganar 20.000 wones al día.',
     'Un cargador en la estación de Hyesan puede ganar 20.000 wones'),  # rate-cut
    ('es', 'Los mineros de Musan cobran unos 3.000 wones al mes, según un desertor.',
     'Los mineros de Musan cobran unos 3.000 wones'),  # rate-cut
    ('es', 'Los teléfonos chinos se venden a 250 dólares cada uno en Hyesan.',
     'Los teléfonos chinos se venden a 250 dólares'),  # rate-cut
    ('de', 'Die Soldaten erhalten nur noch 400 Gramm Mais pro Tag.',
     'Die Soldaten erhalten nur noch 400 Gramm Mais'),  # rate-cut
    ('de', 'Die Getreideproduktion fiel auf 170 Kilogramm pro Kopf.',
     'Die Getreideproduktion fiel auf 170 Kilogramm'),  # rate-cut
    ('de', 'Die Händler zahlen den Grenzsoldaten 50 Yuan pro Sack.',
     'Die Händler zahlen den Grenzsoldaten 50 Yuan'),  # rate-cut
    ('ru', 'Рабочие завода в Хамхыне получают около 5000 вон в месяц.',
     'Рабочие завода в Хамхыне получают около 5000 вон'),  # rate-cut
    ('ru', 'Паёк сократили до 250 граммов в день на человека.',
     'Паёк сократили до 250 граммов'),  # rate-cut
    ('it', 'Il mais si vende a 2.800 won al chilo nei mercati di confine.',
     'Il mais si vende a 2.800 won'),  # rate-cut
    ('it', 'I contrabbandieri guadagnano fino a 100 yuan al giorno.',
     'I contrabbandieri guadagnano fino a 100 yuan'),  # rate-cut
    ('pt', 'Os carregadores do mercado ganham cerca de 15 mil wons por dia.',
     'Os carregadores do mercado ganham cerca de 15 mil wons'),  # rate-cut
    ('pt', 'O salário oficial de um professor é de 4 mil wons por mês.',
     'O salário oficial de um professor é de 4 mil wons'),  # rate-cut
    ('en', 'The won traded at 8,000 to the dollar on the black market in Sinuiju.',
     'The won traded at 8,000 to the dollar'),  # terms-cut
    ('en', "North Korea's trade with China grew 14% in nominal terms last year.",
     "North Korea's trade with China grew 14%"),  # terms-cut
    ('en', 'Exports of textiles rose 9% in dollar terms in 2016.',
     'Exports of textiles rose 9%'),  # terms-cut
    ('en', "A manager's monthly wage is worth about 30 dollars at the official rate.",
     "A manager's monthly wage is worth about 30 dollars"),  # terms-cut
    ('en', 'Salaries were raised 100-fold in nominal terms after the currency reform.',
     'Salaries were raised 100-fold'),  # terms-cut
    ('en', 'Rice cost 45 won per kilogram at the official price, a fraction of what markets charged.',
     'Rice cost 45 won per kilogram'),  # terms-cut
    ('en', 'Household incomes in Pyongyang have doubled in won terms since 2012.',
     'Household incomes in Pyongyang have doubled'),  # terms-cut
    ('en', 'Military spending rose 5% in real terms, the finance ministry report claimed.',
     'Military spending rose 5%'),  # terms-cut
    ('en', 'Imports of Chinese rice jumped 60% in value terms, while volumes barely moved.',
     'Imports of Chinese rice jumped 60%'),  # terms-cut
    ('en', "The budget for agriculture increased 7.8% in nominal terms, according to the Supreme People's Assembly.",
     'The budget for agriculture increased 7.8%'),  # terms-cut
    ('en', 'A kilogram of rice costs just 0.5 dollars at the official exchange rate.',
     'A kilogram of rice costs just 0.5 dollars'),  # terms-cut
    ('en', 'The average civil servant earns the equivalent of 35 dollars a month at the official rate, but barely 1 dollar at market rates.',
     'The average civil servant earns the equivalent of 35 dollars a month'),  # terms-cut
    ('en', 'The yuan bought 1,300 won on the black market, ten times the bank rate.',
     'The yuan bought 1,300 won'),  # terms-cut
    ('en', 'Wages at the Kaesong complex rose 5% in dollar terms, but fell when measured in won.',
     'Wages at the Kaesong complex rose 5%'),  # terms-cut
    ('en', 'Pensions were increased 3% in nominal terms even as market prices doubled.',
     'Pensions were increased 3%'),  # terms-cut
    ('en', 'Rice production was up 10% in value terms, largely because of higher state procurement prices.',
     'Rice production was up 10%'),  # terms-cut
    ('en', 'Gasoline sells for 2 dollars a litre on the black market, against 0.8 at state stations.',
     'Gasoline sells for 2 dollars a litre'),  # terms-cut
    ('fr', "Le dollar s'échangeait à 8 000 wons au marché noir.",
     "Le dollar s'échangeait à 8 000 wons"),  # terms-cut
    ('fr', 'Le commerce avec la Chine a progressé de 14 % en termes nominaux.',
     'Le commerce avec la Chine a progressé de 14 %'),  # terms-cut
    ('es', 'Las exportaciones crecieron un 9% en términos nominales en 2016.',
     'Las exportaciones crecieron un 9%'),  # terms-cut
    ('es', 'El salario equivale a 30 dólares al tipo de cambio oficial.',
     'El salario equivale a 30 dólares'),  # terms-cut
    ('de', 'Die Exporte nach China stiegen 2016 um 12 Prozent, in Dollar gerechnet.',
     'Die Exporte nach China stiegen 2016 um 12 Prozent'),  # terms-cut
    ('ru', 'Доллар стоил 8000 вон на чёрном рынке.',
     'Доллар стоил 8000 вон'),  # terms-cut
    ('it', 'Lo stipendio vale circa 30 dollari al cambio ufficiale.',
     'Lo stipendio vale circa 30 dollari'),  # terms-cut
    ('pt', 'O comércio com a China cresceu 14% em termos nominais.',
     'O comércio com a China cresceu 14%'),  # terms-cut
    ('en', 'Coal and iron ore exports fell 20% and 5% respectively in the first quarter.',
     'iron ore exports fell 20%'),  # respectively
    ('en', 'Rice and maize prices in Hyesan rose 30% and 12% respectively over the winter.',
     'Rice and maize prices in Hyesan rose 30%'),  # respectively
    ('en', 'Hyesan and Sinuiju markets were closed for 40 and 15 days respectively during the campaign.',
     'Hyesan and Sinuiju markets were closed for 40 and 15 days'),  # respectively
    ('en', 'Wheat flour and soybean oil cost 4,500 won and 18,000 won respectively at the Sunam market.',
     'soybean oil cost 4,500 won'),  # respectively
    ('en', 'Exports to China and Russia dropped by 70% and 10%, respectively, after the sanctions.',
     'Exports to China and Russia dropped by 70%'),  # respectively
    ('en', 'The Musan and Komdok mines cut output by 40% and 25% respectively.',
     'Komdok mines cut output by 40%'),  # respectively
    ('en', 'Men and women in the survey reported average monthly incomes of 210,000 and 340,000 won respectively.',
     'women in the survey reported average monthly incomes of 210,000'),  # respectively
    ('en', 'Pork and chicken now sell for 15,000 and 12,000 won per kilogram respectively.',
     'chicken now sell for 15,000'),  # respectively
    ('en', 'In 2019 and 2020, the harvest was estimated at 4.6 and 4.4 million tonnes, respectively.',
     'In 2019 and 2020, the harvest was estimated at 4.6 and 4.4 million tonnes'),  # respectively
    ('en', 'Defectors arriving in the South in 2019 and 2021 numbered 1,047 and 63 respectively.',
     'Defectors arriving in the South in 2019 and 2021 numbered 1,047'),  # respectively
    ('en', "Sinuiju's and Hyesan's exchange rates stood at 8,100 and 8,300 won to the dollar, respectively.",
     "Hyesan's exchange rates stood at 8,100 and 8,300 won to the dollar"),  # respectively
    ('en', 'Rations for workers and dependants were set at 700 and 300 grams a day respectively.',
     'Rations for workers and dependants were set at 700 and 300 grams a day'),  # respectively
    ('en', 'Prices of diesel and petrol rose to 13,000 and 16,000 won a litre respectively.',
     'Prices of diesel and petrol rose to 13,000'),  # respectively
    ('en', 'The Pyongyang and Chongjin textile mills employ 3,000 and 1,200 workers respectively.',
     'Chongjin textile mills employ 3,000'),  # respectively
    ('fr', 'Les prix du riz et du maïs ont augmenté respectivement de 30 % et de 12 %.',
     'Les prix du riz et du maïs ont augmenté respectivement de 30 %'),  # respectively
    ('es', 'Las exportaciones de carbón y hierro cayeron un 20% y un 5%, respectivamente.',
     'hierro cayeron un 20%'),  # respectively
    ('de', 'Die Reis- und Maispreise stiegen um 30 beziehungsweise 12 Prozent.',
     'Maispreise stiegen um 30'),  # respectively
    ('ru', 'Экспорт угля и железной руды сократился на 20% и 5% соответственно.',
     'Экспорт угля и железной руды сократился на 20%'),  # respectively
    ('it', 'I prezzi del riso e del mais sono aumentati rispettivamente del 30% e del 12%.',
     'I prezzi del riso e del mais sono aumentati rispettivamente del 30%'),  # respectively
    ('pt', 'As exportações de carvão e de ferro caíram 20% e 5%, respectivamente.',
     'de ferro caíram 20%'),  # respectively
    ('zh', '煤炭和铁矿石出口分别下降了20%和5%。',
     '煤炭和铁矿石出口分别下降了20%'),  # respectively
    ('en', 'The Musan mine is one of the largest open-pit iron mines in Asia.',
     'the largest open-pit iron mines in Asia'),  # superlative-scope
    ('en', "Last summer's flood was the largest flood since 2010 in North Hamgyong.",
     "Last summer's flood was the largest flood"),  # superlative-scope
    ('en', 'Rice reached the highest price in a decade at Hyesan market in June.',
     'Rice reached the highest price'),  # superlative-scope
    ('en', 'The ambush near Hoeryong was the deadliest attack on border guards this year.',
     'The ambush near Hoeryong was the deadliest attack on border guards'),  # superlative-scope
    ('en', 'Farmers in South Hwanghae described it as the worst harvest in 20 years.',
     'Farmers in South Hwanghae described it as the worst harvest'),  # superlative-scope
    ('en', 'The Sunam market in Chongjin is the largest in the province.',
     'The Sunam market in Chongjin is the largest'),  # superlative-scope
    ('en', 'Hyesan is among the poorest cities in the country, according to aid workers.',
     'the poorest cities in the country'),  # superlative-scope
    ('en', 'The won fell to its lowest level since the 2009 currency reform.',
     'The won fell to its lowest level'),  # superlative-scope
    ('en', 'Officials called the drought the most severe in the western provinces since 2001.',
     'Officials called the drought the most severe'),  # superlative-scope
    ('en', 'Sinuiju is the second-largest trading hub on the border.',
     'largest trading hub on the border'),  # superlative-scope
    ('en', 'Corn prices registered their biggest drop in five years last month.',
     'Corn prices registered their biggest drop'),  # superlative-scope
    ('en', 'The Kim Chaek steel complex is the largest employer outside Pyongyang.',
     'The Kim Chaek steel complex is the largest employer'),  # superlative-scope
    ('en', 'The collapse at the Komdok mine was the worst mining accident in the county since 2015.',
     'The collapse at the Komdok mine was the worst mining accident'),  # superlative-scope
    ('en', 'The 2016 Tumen River flood was one of the deadliest disasters of the decade.',
     'the deadliest disasters of the decade'),  # superlative-scope
    ('en', 'The exchange rate hit its highest point this year on 12 March.',
     'The exchange rate hit its highest point'),  # superlative-scope
    ('en', 'Officials said the crackdown was the toughest in Ryanggang province since Kim Jong Un took power.',
     'Officials said the crackdown was the toughest'),  # superlative-scope
    ('en', "Chongjin's fish market is the busiest on the east coast.",
     "Chongjin's fish market is the busiest"),  # superlative-scope
    ('en', 'Among the largest buyers of North Korean anthracite are Chinese steel mills in Liaoning.',
     'the largest buyers of North Korean anthracite are Chinese steel mills in Liaoning'),  # superlative-scope
    ('en', 'In Ryanggang province, the Hyesan market is the largest.',
     'the Hyesan market is the largest'),  # superlative-scope
    ('en', 'Since the border closed, the price of sugar has been at its highest.',
     'the price of sugar has been at its highest'),  # superlative-scope
    ('en', 'Tuberculosis rates in North Korea are the highest outside sub-Saharan Africa, the WHO says.',
     'Tuberculosis rates in North Korea are the highest'),  # superlative-scope
    ('en', 'The power outage was the longest this winter, lasting nine days.',
     'The power outage was the longest'),  # superlative-scope
    ('en', 'Nampo recorded the heaviest rainfall in 30 years on Tuesday.',
     'Nampo recorded the heaviest rainfall'),  # superlative-scope
    ('en', "Kim Jong Un's visit to Samjiyon was his longest inspection tour of the year.",
     "Kim Jong Un's visit to Samjiyon was his longest inspection tour"),  # superlative-scope
    ('en', 'Ryanggang has the lowest vaccination rate among the northern provinces.',
     'Ryanggang has the lowest vaccination rate'),  # superlative-scope
    ('en', 'The Rason port handled its largest cargo volume since the pandemic.',
     'The Rason port handled its largest cargo volume'),  # superlative-scope
    ('en', "Hyesan's exchange rate was the weakest of the three border cities surveyed.",
     "Hyesan's exchange rate was the weakest"),  # superlative-scope
    ('en', 'The factory is one of the oldest still operating in South Pyongan.',
     'the oldest still operating in South Pyongan'),  # superlative-scope
    ('en', 'Among the poorest provinces, Ryanggang receives the least aid.',
     'Ryanggang receives the least aid'),  # superlative-scope
    ('en', 'Musan produced the most iron ore of any mine in the country last year.',
     'Musan produced the most iron ore of any mine in the country'),  # superlative-scope
    ('fr', "C'est la pire récolte depuis 2010 dans la province.",
     "C'est la pire récolte"),  # superlative-scope
    ('fr', 'Le marché de Sunam est le plus grand de la province.',
     'Le marché de Sunam est le plus grand'),  # superlative-scope
    ('es', 'Fue la peor cosecha en veinte años, según los campesinos.',
     'Fue la peor cosecha'),  # superlative-scope
    ('es', 'Musan es una de las minas de hierro más grandes de Asia.',
     'las minas de hierro más grandes de Asia'),  # superlative-scope
    ('de', 'Es war die schlimmste Überschwemmung seit 2010.',
     'Es war die schlimmste Überschwemmung'),  # superlative-scope
    ('de', 'Der Reispreis erreichte den höchsten Stand seit zehn Jahren.',
     'Der Reispreis erreichte den höchsten Stand'),  # superlative-scope
    ('ru', 'Это было самое сильное наводнение за последние десять лет.',
     'Это было самое сильное наводнение'),  # superlative-scope
    ('ru', 'Цена риса достигла самого высокого уровня с 2013 года.',
     'Цена риса достигла самого высокого уровня'),  # superlative-scope
    ('it', "È stato il raccolto peggiore degli ultimi vent'anni.",
     'È stato il raccolto peggiore'),  # superlative-scope
    ('pt', 'Foi a pior colheita dos últimos vinte anos na província.',
     'Foi a pior colheita'),  # superlative-scope
    ('zh', '茂山铁矿是亚洲最大的铁矿之一。',
     '茂山铁矿是亚洲最大的铁矿'),  # superlative-scope
    ('ja', '茂山鉱山はアジアで最も大きい鉄鉱山の一つだ。',
     '茂山鉱山はアジアで最も大きい鉄鉱山'),  # superlative-scope
    ('ko', '무산 광산은 아시아에서 가장 큰 철광산 중 하나다.',
     '무산 광산은 아시아에서 가장 큰 철광산'),  # superlative-scope
]

FIRST_REVIEW_FAITHFUL = [
    ('en', 'Factory workers in Chongjin now earn about 150,000 won a month, according to a source in the city.',
     'Factory workers in Chongjin now earn about 150,000 won a month'),  # rate-cut
    ('en', 'Rice was selling for 6,200 won per kilogram at the end of March.',
     'Rice was selling for 6,200 won per kilogram'),  # rate-cut
    ('en', 'Traders in Hyesan said rice had climbed to 7,000 won, compared with 5,000 won a year ago.',
     'Traders in Hyesan said rice had climbed to 7,000 won, compared with 5,000 won'),  # rate-cut
    ('en', 'Police arrested 40 smugglers, and a day later the market in Hyesan was closed.',
     'Police arrested 40 smugglers'),  # rate-cut
    ('en', 'The exchange rate jumped to 8,500 won a day after the announcement.',
     'The exchange rate jumped to 8,500 won'),  # rate-cut
    ('en', 'Rice rose to 7,200 won per kilogram, from 5,800 won a month earlier.',
     'Rice rose to 7,200 won per kilogram, from 5,800 won'),  # rate-cut
    ('en', 'Authorities fined the factory manager 2 million won a week after the inspection.',
     'Authorities fined the factory manager 2 million won'),  # rate-cut
    ('en', 'Police detained 15 traders, each of them carrying Chinese mobile phones.',
     'Police detained 15 traders'),  # rate-cut
    ('en', 'The county was allocated 800 tonnes of fertiliser per the agreement with the Chinese supplier.',
     'The county was allocated 800 tonnes of fertiliser'),  # rate-cut
    ('en', "The nearest open market is 30 kilometres away, a day's walk for most villagers.",
     'The nearest open market is 30 kilometres away'),  # rate-cut
    ('en', 'The brigade harvested 40 tonnes of potatoes; each household then received a share.',
     'The brigade harvested 40 tonnes of potatoes'),  # rate-cut
    ('en', 'The cooperative received 30 tonnes of fertiliser. Each farm team got less than it requested.',
     'The cooperative received 30 tonnes of fertiliser'),  # rate-cut
    ('en', 'Rice sold for 5,000 won. A day later the price fell by a fifth.',
     'Rice sold for 5,000 won'),  # rate-cut
    ('en', 'Rice price hits 8,000 won. Rice in Hyesan reached 8,000 won per kilogram last week, traders said.',
     'Rice price hits 8,000 won'),  # rate-cut
    ('en', 'Rice sells for 6,000 won per kilogram at the market in Hyesan.',
     'Rice sells for 6,000 won per kilogram'),  # rate-cut
    ('en', 'A kilogram of pork costs 15,000 won at the Sunam market in Chongjin.',
     'A kilogram of pork costs 15,000 won'),  # rate-cut
    ('en', 'He worked at the Musan mine for 20 years. A year later he crossed the river.',
     'He worked at the Musan mine for 20 years'),  # rate-cut
    ('en', 'She was sentenced to 3 years a year after her brother fled.',
     'She was sentenced to 3 years'),  # rate-cut
    ('en', 'Some 30% of households in the county own a mobile phone.',
     'Some 30% of households in the county own a mobile phone'),  # rate-cut
    ('en', 'Candidates won 99.98% of the vote in the local elections.',
     'Candidates won 99.98% of the vote'),  # rate-cut
    ('en', 'Workers at the Kaesong zone were paid about 90 dollars a month each, sources said.',
     'Workers at the Kaesong zone were paid about 90 dollars a month each'),  # rate-cut
    ('en', 'The state ration in Ryanggang was cut to 300 grams per day in the spring.',
     'The state ration in Ryanggang was cut to 300 grams per day'),  # rate-cut
    ('en', 'Brokers now charge 15 million won a head to guide people across the river.',
     'Brokers now charge 15 million won a head'),  # rate-cut
    ('en', 'Smugglers said they paid 500 yuan. Each of the guards took a share.',
     'Smugglers said they paid 500 yuan'),  # rate-cut
    ('en', 'The market was closed for 10 days a month after the outbreak was reported.',
     'The market was closed for 10 days'),  # rate-cut
    ('en', 'Each of the 300 households received 10 kilograms of maize.',
     'Each of the 300 households received 10 kilograms of maize'),  # rate-cut
    ('en', 'The county harvested 12,000 tonnes a year after the famine ended.',
     'The county harvested 12,000 tonnes'),  # rate-cut
    ('en', 'Each trader paid 5,000 won, and each stall was inspected twice.',
     'Each trader paid 5,000 won'),  # rate-cut
    ('en', 'An official said 2,000 tonnes were shipped per the contract signed in Dandong.',
     'An official said 2,000 tonnes were shipped'),  # rate-cut
    ('en', 'Lumber exports totalled 3,000 cubic metres per customs records.',
     'Lumber exports totalled 3,000 cubic metres'),  # rate-cut
    ('en', 'Traders brought in 200 solar panels, each weighing about 15 kilograms.',
     'Traders brought in 200 solar panels'),  # rate-cut
    ('en', 'The unit seized 50 kilograms of methamphetamine an hour before the train left.',
     'The unit seized 50 kilograms of methamphetamine'),  # rate-cut
    ('en', 'Temperatures fell to minus 30 degrees a day before the coal ran out.',
     'Temperatures fell to minus 30 degrees'),  # rate-cut
    ('en', 'The price of a 50-kilogram sack of rice reached 300,000 won.',
     'The price of a 50-kilogram sack of rice reached 300,000 won'),  # rate-cut
    ('en', 'In Hyesan, a kilogram of corn costs 2,800 won, a kilogram of rice 6,100 won.',
     'In Hyesan, a kilogram of corn costs 2,800 won'),  # rate-cut
    ('en', 'The mine employs 3,000 workers, a day shift and a night shift of roughly equal size.',
     'The mine employs 3,000 workers'),  # rate-cut
    ('en', 'He bought a bicycle for 200 yuan a week before his arrest.',
     'He bought a bicycle for 200 yuan'),  # rate-cut
    ('en', 'Guards confiscated 800 dollars a month ago from a trader in Manpo.',
     'Guards confiscated 800 dollars'),  # rate-cut
    ('en', 'Rations of 700 grams a day were promised but never delivered.',
     'Rations of 700 grams a day were promised but never delivered'),  # rate-cut
    ('en', "The state's procurement price is 40 won per kilogram, while the market pays 5,000 won.",
     "The state's procurement price is 40 won per kilogram"),  # rate-cut
    ('en', 'The wage is 3,000 won. Per capita income, however, is impossible to measure.',
     'The wage is 3,000 won'),  # rate-cut
    ('en', 'Inflation reached 20% a month in late 2009 after the currency reform.',
     'Inflation reached 20% a month'),  # rate-cut
    ('en', "The mine's output reached 1.2 million tonnes annually before the sanctions.",
     "The mine's output reached 1.2 million tonnes annually"),  # rate-cut
    ('en', "Smuggled rice sold for 4,800 won, a day's wage for a market porter.",
     'Smuggled rice sold for 4,800 won'),  # rate-cut
    ('en', 'The two brothers were paid 100 yuan each.',
     'The two brothers were paid 100 yuan each'),  # rate-cut
    ('en', 'Traders pay a daily stall fee of 1,000 won at Hyesan market.',
     'Traders pay a daily stall fee of 1,000 won'),  # rate-cut
    ('en', 'The ration for a child is 200 grams, per the 2019 guidelines.',
     'The ration for a child is 200 grams'),  # rate-cut
    ('en', 'The won strengthened to 7,900 per dollar an hour after the news broke.',
     'The won strengthened to 7,900 per dollar'),  # rate-cut
    ('en', 'The tax collected from traders rose 15% a year after the market was legalised.',
     'The tax collected from traders rose 15%'),  # rate-cut
    ('en', 'Exports to China totalled 280 million dollars in 2017, down from 1.6 billion dollars a year earlier.',
     'Exports to China totalled 280 million dollars in 2017, down from 1.6 billion dollars'),  # rate-cut
    ('en', 'A trader in Musan earns roughly 400,000 won a month, far more than a miner.',
     'A trader in Musan earns roughly 400,000 won a month'),  # rate-cut
    ('en', 'Villagers walk 12 kilometres to fetch water, a trip that takes half a day.',
     'Villagers walk 12 kilometres to fetch water'),  # rate-cut
    ('fr', 'Les ouvriers de Chongjin gagnent environ 150 000 wons par mois, selon une source locale.',
     'Les ouvriers de Chongjin gagnent environ 150 000 wons par mois'),  # rate-cut
    ('fr', "Le riz coûtait 5 000 wons il y a un an, contre 7 000 aujourd'hui.",
     'Le riz coûtait 5 000 wons'),  # rate-cut
    ('fr', "La police a arrêté 12 contrebandiers, chacun muni d'un téléphone chinois.",
     'La police a arrêté 12 contrebandiers'),  # rate-cut
    ('fr', 'Le kilo de riz vaut 6 000 wons au marché de Hyesan.',
     'Le kilo de riz vaut 6 000 wons'),  # rate-cut
    ('es', 'Un cargador en la estación de Hyesan puede ganar 20.000 wones al día.',
     'Un cargador en la estación de Hyesan puede ganar 20.000 wones al día'),  # rate-cut
    ('es', 'El arroz costaba 4.000 wones hace un año.',
     'El arroz costaba 4.000 wones'),  # rate-cut
    ('es', 'La policía detuvo a 20 contrabandistas un día después del cierre de la frontera.',
     'La policía detuvo a 20 contrabandistas'),  # rate-cut
    ('de', 'Die Soldaten erhalten nur noch 400 Gramm Mais pro Tag.',
     'Die Soldaten erhalten nur noch 400 Gramm Mais pro Tag'),  # rate-cut
    ('de', 'Die Polizei verhaftete 30 Händler einen Tag nach der Schließung der Grenze.',
     'Die Polizei verhaftete 30 Händler'),  # rate-cut
    ('de', 'Ein Kilo Schweinefleisch kostet 15.000 Won auf dem Markt in Chongjin.',
     'Ein Kilo Schweinefleisch kostet 15.000 Won'),  # rate-cut
    ('ru', 'Рабочие завода в Хамхыне получают около 5000 вон в месяц.',
     'Рабочие завода в Хамхыне получают около 5000 вон в месяц'),  # rate-cut
    ('ru', 'Рис стоил 4000 вон год назад, а сейчас — 6000.',
     'Рис стоил 4000 вон'),  # rate-cut
    ('ru', 'Пограничники задержали 15 торговцев, каждый из которых вёз китайские телефоны.',
     'Пограничники задержали 15 торговцев'),  # rate-cut
    ('it', 'Il mais si vende a 2.800 won al chilo nei mercati di confine.',
     'Il mais si vende a 2.800 won al chilo'),  # rate-cut
    ('it', 'Il riso costava 4.000 won un anno fa.',
     'Il riso costava 4.000 won'),  # rate-cut
    ('pt', 'Os carregadores do mercado ganham cerca de 15 mil wons por dia.',
     'Os carregadores do mercado ganham cerca de 15 mil wons por dia'),  # rate-cut
    ('pt', 'O arroz custava 4 mil wons há um ano, segundo comerciantes.',
     'O arroz custava 4 mil wons'),  # rate-cut
    ('pt', 'A polícia prendeu 30 contrabandistas um dia depois do fechamento da fronteira.',
     'A polícia prendeu 30 contrabandistas'),  # rate-cut
    ('zh', '惠山市场的大米价格为每公斤6000朝元。',
     '惠山市场的大米价格为每公斤6000朝元'),  # rate-cut
    ('ko', '혜산 시장에서 쌀 1kg은 6,000원에 거래됐다.',
     '혜산 시장에서 쌀 1kg은 6,000원에 거래됐다'),  # rate-cut
    ('ja', '米の価格は1キロ6000ウォンだった。',
     '米の価格は1キロ6000ウォンだった'),  # rate-cut
    ('en', 'Wages fell 10% in real terms last year as food prices soared.',
     'Wages fell 10% in real terms'),  # terms-cut
    ('en', 'The won traded at 8,000 to the dollar on the black market in Sinuiju.',
     'The won traded at 8,000 to the dollar on the black market'),  # terms-cut
    ('en', 'Exports of textiles rose 9% in dollar terms in 2016.',
     'Exports of textiles rose 9% in dollar terms'),  # terms-cut
    ('en', 'Trade with China fell 10%. On the black market, however, Chinese goods remained plentiful.',
     'Trade with China fell 10%'),  # terms-cut
    ('en', 'Prices rose 20% in nominal terms and 5% in real terms.',
     'Prices rose 20% in nominal terms'),  # terms-cut
    ('en', 'The official rate is 130 won to the dollar, and on the black market it is over 8,000.',
     'The official rate is 130 won to the dollar'),  # terms-cut
    ('en', "A manager's monthly wage is worth about 30 dollars at the official rate.",
     "A manager's monthly wage is worth about 30 dollars at the official rate"),  # terms-cut
    ('en', 'Imports rose 12%, in line with forecasts by South Korean analysts.',
     'Imports rose 12%'),  # terms-cut
    ('en', 'Rice cost 5,000 won on the black market last winter.',
     'Rice cost 5,000 won on the black market'),  # terms-cut
    ('en', 'Trade volume grew 8% in terms of tonnage, customs data show.',
     'Trade volume grew 8% in terms of tonnage'),  # terms-cut
    ('en', 'Wages rose 30%, although in real terms they fell.',
     'Wages rose 30%'),  # terms-cut
    ('en', 'Black-market rice costs 6,000 won, while the official price is 46 won.',
     'Black-market rice costs 6,000 won'),  # terms-cut
    ('en', 'At the official rate, the monthly wage is worth about 30 dollars.',
     'At the official rate, the monthly wage is worth about 30 dollars'),  # terms-cut
    ('en', 'Military spending rose 5% in real terms, the finance ministry report claimed.',
     'Military spending rose 5% in real terms'),  # terms-cut
    ('en', 'Corn sold for 2,500 won on the black market in Hoeryong and for 2,700 won in Musan.',
     'Corn sold for 2,500 won on the black market in Hoeryong'),  # terms-cut
    ('en', 'Chinese customs recorded imports of 2.6 billion dollars in 2019; in real terms that was below the 2013 peak.',
     'Chinese customs recorded imports of 2.6 billion dollars in 2019'),  # terms-cut
    ('en', 'Exports fell 37% in dollar terms and 35% in yuan terms.',
     'Exports fell 37% in dollar terms'),  # terms-cut
    ('en', 'The yuan bought 1,300 won on the black market, ten times the bank rate.',
     'The yuan bought 1,300 won on the black market'),  # terms-cut
    ('en', 'Trade with China recovered to 1.5 billion dollars in 2023. In real terms, it is still below 2019.',
     'Trade with China recovered to 1.5 billion dollars in 2023'),  # terms-cut
    ('en', 'The average salary reached 100,000 won, in terms that matter to families barely enough for 15 kilograms of rice.',
     'The average salary reached 100,000 won'),  # terms-cut
    ('en', 'Output at the Komdok mine fell 15% on the official figures, and traders report a similar drop.',
     'Output at the Komdok mine fell 15% on the official figures'),  # terms-cut
    ('fr', "Le dollar s'échangeait à 8 000 wons au marché noir.",
     "Le dollar s'échangeait à 8 000 wons au marché noir"),  # terms-cut
    ('fr', "Les salaires ont baissé de 10 % en termes réels l'an dernier.",
     'Les salaires ont baissé de 10 % en termes réels'),  # terms-cut
    ('es', 'El salario equivale a 30 dólares al tipo de cambio oficial.',
     'El salario equivale a 30 dólares al tipo de cambio oficial'),  # terms-cut
    ('es', 'Las importaciones subieron un 12%, en línea con las previsiones.',
     'Las importaciones subieron un 12%'),  # terms-cut
    ('de', 'Die Löhne sanken real um 10 Prozent.',
     'Die Löhne sanken real um 10 Prozent'),  # terms-cut
    ('ru', 'Доллар стоил 8000 вон на чёрном рынке.',
     'Доллар стоил 8000 вон на чёрном рынке'),  # terms-cut
    ('it', 'Lo stipendio vale circa 30 dollari al cambio ufficiale.',
     'Lo stipendio vale circa 30 dollari al cambio ufficiale'),  # terms-cut
    ('pt', 'O comércio com a China cresceu 14% em termos nominais.',
     'O comércio com a China cresceu 14% em termos nominais'),  # terms-cut
    ('zh', '按官方汇率计算，工人月薪相当于30美元。',
     '按官方汇率计算，工人月薪相当于30美元'),  # terms-cut
    ('en', 'Coal and iron ore exports fell 20% and 5% respectively in the first quarter.',
     'Coal and iron ore exports fell 20% and 5% respectively'),  # respectively
    ('en', 'Rice and maize prices in Hyesan rose 30% and 12% respectively over the winter.',
     'Rice and maize prices in Hyesan rose 30% and 12% respectively'),  # respectively
    ('en', 'Rice cost 5,000 won. Maize and potatoes cost 2,000 and 800 won respectively.',
     'Rice cost 5,000 won'),  # respectively
    ('en', 'Exports fell 20%, while coal and iron output fell 3% and 4% respectively.',
     'Exports fell 20%'),  # respectively
    ('en', 'Coal exports fell 20% and iron exports 5%.',
     'Coal exports fell 20%'),  # respectively
    ('en', 'The Hyesan and Sinuiju markets reopened in May and June respectively.',
     'The Hyesan and Sinuiju markets reopened in May and June respectively'),  # respectively
    ('en', 'Exports to China and Russia dropped by 70% and 10%, respectively, after the sanctions.',
     'Exports to China and Russia dropped by 70% and 10%, respectively'),  # respectively
    ('en', 'Pork sold for 15,000 won a kilogram and chicken for 12,000 won.',
     'Pork sold for 15,000 won a kilogram'),  # respectively
    ('en', 'Defectors arriving in the South numbered 1,047 in 2019 and 63 in 2021.',
     'Defectors arriving in the South numbered 1,047 in 2019'),  # respectively
    ('en', 'The Musan mine cut output by 40%; the Komdok and Ryongyang mines, by 25% and 30% respectively.',
     'The Musan mine cut output by 40%'),  # respectively
    ('en', 'Diesel rose to 13,000 won a litre. Petrol and kerosene followed, at 16,000 and 9,000 won respectively.',
     'Diesel rose to 13,000 won a litre'),  # respectively
    ('en', 'The Pyongyang and Chongjin textile mills employ 3,000 and 1,200 workers respectively.',
     'The Pyongyang and Chongjin textile mills employ 3,000 and 1,200 workers respectively'),  # respectively
    ('en', 'Rations for workers and dependants were set at 700 and 300 grams a day respectively, the document says.',
     'Rations for workers and dependants were set at 700 and 300 grams a day respectively'),  # respectively
    ('en', 'Men earned 210,000 won a month and women 340,000 won, the survey found.',
     'Men earned 210,000 won a month'),  # respectively
    ('en', 'Kim and his brother were sentenced to 10 and 15 years of hard labour respectively.',
     'Kim and his brother were sentenced to 10 and 15 years of hard labour respectively'),  # respectively
    ('en', 'Rice rose 30% in Hyesan. In Sinuiju and Musan, prices rose 12% and 18% respectively.',
     'Rice rose 30% in Hyesan'),  # respectively
    ('en', 'Coal and iron ore exports each fell about 20%, customs data show.',
     'Coal and iron ore exports each fell about 20%'),  # respectively
    ('en', 'Coal exports fell 20%, and iron and zinc exports fell 5% and 8% respectively.',
     'Coal exports fell 20%'),  # respectively
    ('en', 'Corn and rice prices rose, by 12% and 30% respectively, over the winter.',
     'Corn and rice prices rose'),  # respectively
    ('en', 'In 2019 and 2020, the harvest was estimated at 4.6 and 4.4 million tonnes, respectively.',
     'In 2019 and 2020, the harvest was estimated at 4.6 and 4.4 million tonnes, respectively'),  # respectively
    ('fr', 'Les prix du riz et du maïs ont augmenté respectivement de 30 % et de 12 %.',
     'Les prix du riz et du maïs ont augmenté respectivement de 30 % et de 12 %'),  # respectively
    ('es', 'Las exportaciones de carbón y hierro cayeron un 20% y un 5%, respectivamente.',
     'Las exportaciones de carbón y hierro cayeron un 20% y un 5%, respectivamente'),  # respectively
    ('de', 'Die Reis- und Maispreise stiegen um 30 beziehungsweise 12 Prozent.',
     'Die Reis- und Maispreise stiegen um 30 beziehungsweise 12 Prozent'),  # respectively
    ('ru', 'Экспорт угля и железной руды сократился на 20% и 5% соответственно.',
     'Экспорт угля и железной руды сократился на 20% и 5% соответственно'),  # respectively
    ('it', 'Il riso costa 6.000 won. Mais e patate costano rispettivamente 2.000 e 800 won.',
     'Il riso costa 6.000 won'),  # respectively
    ('pt', 'As exportações de carvão e de ferro caíram 20% e 5%, respectivamente.',
     'As exportações de carvão e de ferro caíram 20% e 5%, respectivamente'),  # respectively
    ('zh', '煤炭和铁矿石出口分别下降了20%和5%。',
     '煤炭和铁矿石出口分别下降了20%和5%'),  # respectively
    ('en', "Last summer's flood was the largest flood since 2010 in North Hamgyong.",
     "Last summer's flood was the largest flood since 2010"),  # superlative-scope
    ('en', 'The Musan mine is one of the largest open-pit iron mines in Asia.',
     'The Musan mine is one of the largest open-pit iron mines in Asia'),  # superlative-scope
    ('en', 'Hoeryong suffered the most damage, which officials blamed on poor embankments.',
     'Hoeryong suffered the most damage'),  # superlative-scope
    ('en', 'The highest price was paid by Chinese buyers in Dandong.',
     'The highest price was paid by Chinese buyers'),  # superlative-scope
    ('en', 'The worst-hit county was Kyongsong, where 40 houses collapsed.',
     'The worst-hit county was Kyongsong'),  # superlative-scope
    ('en', 'The largest flood since 2010 struck Hoeryong in August, officials said.',
     'The largest flood since 2010 struck Hoeryong in August'),  # superlative-scope
    ('en', 'Rice reached the highest price in a decade at Hyesan market in June.',
     'Rice reached the highest price in a decade'),  # superlative-scope
    ('en', 'The worst harvest in 20 years left many families without food.',
     'The worst harvest in 20 years left many families without food'),  # superlative-scope
    ('en', 'Hyesan has the largest market in Ryanggang. Since 2010 it has doubled in size.',
     'Hyesan has the largest market in Ryanggang'),  # superlative-scope
    ('en', 'The Kim Chaek complex was the largest employer in the town; in 2010 it shut down.',
     'The Kim Chaek complex was the largest employer in the town'),  # superlative-scope
    ('en', "Prices rose 20% since 2010, according to defectors' accounts.",
     'Prices rose 20%'),  # superlative-scope
    ('en', 'Rice prices have climbed 40% since the border closed.',
     'Rice prices have climbed 40%'),  # superlative-scope
    ('en', 'It was the latest raid in a series of crackdowns on mobile phone users.',
     'It was the latest raid'),  # superlative-scope
    ('en', 'At least 30 miners died in the collapse at Komdok.',
     'At least 30 miners died in the collapse'),  # superlative-scope
    ('en', 'The Hyesan market is the largest in the province, and it is also the most heavily policed.',
     'The Hyesan market is the largest in the province'),  # superlative-scope
    ('en', 'Hyesan is among the poorest cities in the country, according to aid workers.',
     'Hyesan is among the poorest cities in the country'),  # superlative-scope
    ('en', 'The Musan mine is the largest iron mine in the country and one of the largest in Asia.',
     'The Musan mine is the largest iron mine in the country'),  # superlative-scope
    ('en', 'The 2016 flood was the deadliest natural disaster since the famine, killing at least 138 people.',
     'The 2016 flood was the deadliest natural disaster since the famine'),  # superlative-scope
    ('en', 'The won fell to its lowest level since the 2009 currency reform.',
     'The won fell to its lowest level since the 2009 currency reform'),  # superlative-scope
    ('en', 'The highest prices were recorded in Hyesan, where rice cost 7,000 won.',
     'The highest prices were recorded in Hyesan'),  # superlative-scope
    ('en', 'The border guards chose the shortest route, a path along the riverbank.',
     'The border guards chose the shortest route'),  # superlative-scope
    ('en', 'Traders called it the worst crackdown ever, and many stayed home.',
     'Traders called it the worst crackdown'),  # superlative-scope
    ('en', 'The largest share of the harvest went to the army, as in previous years.',
     'The largest share of the harvest went to the army'),  # superlative-scope
    ('en', 'The harvest was the best in years, farmers said, thanks to good weather.',
     'The harvest was the best in years'),  # superlative-scope
    ('en', 'Of the three border cities, Hyesan had the weakest exchange rate.',
     'Of the three border cities, Hyesan had the weakest exchange rate'),  # superlative-scope
    ('en', 'The price of rice peaked at 8,000 won, the highest since 2013.',
     'The price of rice peaked at 8,000 won'),  # superlative-scope
    ('en', "Chongjin is the country's third-largest city and its biggest port on the east coast.",
     "Chongjin is the country's third-largest city"),  # superlative-scope
    ('en', 'The longest queues formed at the Sunam market, where rice was being sold at state prices.',
     'The longest queues formed at the Sunam market'),  # superlative-scope
    ('en', 'The most expensive item was a Chinese refrigerator, which sold for 900 dollars.',
     'The most expensive item was a Chinese refrigerator'),  # superlative-scope
    ('en', 'Rice hit its highest price of the year. Since then, it has fallen by a third.',
     'Rice hit its highest price of the year'),  # superlative-scope
    ('en', 'Corn is the cheapest staple, which is why poorer families eat it.',
     'Corn is the cheapest staple'),  # superlative-scope
    ('en', 'Power cuts were longest in January, when temperatures fell below minus 25.',
     'Power cuts were longest in January'),  # superlative-scope
    ('en', 'The fastest-growing business is mobile phone repair, a trader in Hyesan said.',
     'The fastest-growing business is mobile phone repair'),  # superlative-scope
    ('en', 'The most common punishment for smuggling is a fine of 500,000 won.',
     'The most common punishment for smuggling is a fine of 500,000 won'),  # superlative-scope
    ('en', "Hyesan's market is the biggest in Ryanggang province, traders say, with more than 3,000 stalls.",
     "Hyesan's market is the biggest in Ryanggang province"),  # superlative-scope
    ('en', 'The deadliest attack, which killed four guards, happened near Manpo in 2019.',
     'The deadliest attack, which killed four guards, happened near Manpo'),  # superlative-scope
    ('en', 'The best-paid jobs are at the Rason port, where workers receive food as well as wages.',
     'The best-paid jobs are at the Rason port'),  # superlative-scope
    ('en', 'Farmers in South Hwanghae described it as the worst harvest in 20 years.',
     'Farmers in South Hwanghae described it as the worst harvest in 20 years'),  # superlative-scope
    ('en', "Chongjin's fish market is the busiest on the east coast.",
     "Chongjin's fish market is the busiest on the east coast"),  # superlative-scope
    ('en', 'The 2016 Tumen River flood was one of the deadliest disasters of the decade.',
     'The 2016 Tumen River flood was one of the deadliest disasters of the decade'),  # superlative-scope
    ('en', 'Sinuiju is the second-largest trading hub on the border.',
     'Sinuiju is the second-largest trading hub on the border'),  # superlative-scope
    ('en', 'The poorest families sold their rations, sources said, to buy firewood.',
     'The poorest families sold their rations'),  # superlative-scope
    ('fr', "C'est la pire récolte depuis 2010 dans la province.",
     "C'est la pire récolte depuis 2010"),  # superlative-scope
    ('fr', "La mine de Musan est l'une des plus grandes mines de fer d'Asie.",
     "La mine de Musan est l'une des plus grandes mines de fer d'Asie"),  # superlative-scope
    ('fr', 'Le marché de Sunam est le plus grand, ce qui explique les contrôles fréquents.',
     'Le marché de Sunam est le plus grand'),  # superlative-scope
    ('es', 'Fue la peor cosecha en veinte años, según los campesinos.',
     'Fue la peor cosecha en veinte años'),  # superlative-scope
    ('es', 'Musan es una de las minas de hierro más grandes de Asia.',
     'Musan es una de las minas de hierro más grandes de Asia'),  # superlative-scope
    ('de', 'Es war die schlimmste Überschwemmung seit 2010.',
     'Es war die schlimmste Überschwemmung seit 2010'),  # superlative-scope
    ('de', 'Die höchsten Preise wurden in Hyesan verzeichnet, wo Reis 7.000 Won kostete.',
     'Die höchsten Preise wurden in Hyesan verzeichnet'),  # superlative-scope
    ('ru', 'Это было самое сильное наводнение за последние десять лет.',
     'Это было самое сильное наводнение за последние десять лет'),  # superlative-scope
    ('ru', 'Рынок в Хесане — один из крупнейших в провинции.',
     'Рынок в Хесане — один из крупнейших в провинции'),  # superlative-scope
    ('it', "È stato il raccolto peggiore degli ultimi vent'anni.",
     "È stato il raccolto peggiore degli ultimi vent'anni"),  # superlative-scope
    ('pt', 'Foi a pior colheita dos últimos vinte anos na província.',
     'Foi a pior colheita dos últimos vinte anos'),  # superlative-scope
    ('zh', '茂山铁矿是亚洲最大的铁矿之一。',
     '茂山铁矿是亚洲最大的铁矿之一'),  # superlative-scope
    ('ja', '茂山鉱山はアジアで最も大きい鉄鉱山の一つだ。',
     '茂山鉱山はアジアで最も大きい鉄鉱山の一つだ'),  # superlative-scope
    ('ko', '무산 광산은 아시아에서 가장 큰 철광산 중 하나다.',
     '무산 광산은 아시아에서 가장 큰 철광산 중 하나다'),  # superlative-scope
]

SECOND_REVIEW_UNDONE = [
    ('en', 'Prices of imported sugar climbed 15% a week throughout the lockdown.',
     'Prices of imported sugar climbed 15%'),  # rate-cut
    ('en', 'The won lost 4% per day against the yuan during the panic in late 2009.',
     'The won lost 4%'),  # rate-cut
    ('en', 'Smugglers moved about 200 kilograms of copper every night across the river.',
     'Smugglers moved about 200 kilograms of copper'),  # rate-cut
    ('en', 'The mine produced 40,000 tonnes of magnesite per month at its peak.',
     'The mine produced 40,000 tonnes of magnesite'),  # rate-cut
    ('en', 'Bribes to border guards now run at 3,000 yuan per person.',
     'Bribes to border guards now run at 3,000 yuan'),  # rate-cut
    ('en', 'Cooking oil costs 20,000 won per litre, while a bottle of soju costs 3,000.',
     'Cooking oil costs 20,000 won'),  # unit-cut
    ('en', 'Grain output has grown 3% annually since the farm reforms of 2014.',
     'Grain output has grown 3%'),  # rate-cut
    ('en', 'Arrests for phone use reached 50 a month in Hyesan last autumn.',
     'Arrests for phone use reached 50'),  # rate-cut
    ('en', 'Electricity supply in Hamhung is about two hours a day in winter.',
     'Electricity supply in Hamhung is about two hours'),  # rate-cut
    ('en', 'The cooperative lost 12 hectares of farmland per typhoon in recent years.',
     'The cooperative lost 12 hectares of farmland'),  # rate-cut
    ('en', 'The flooding was the heaviest in North Hamgyong since 2016.',
     'The flooding was the heaviest'),  # superlative-scope-cut
    ('en', 'Rice reached its highest price this year at the Hyesan market.',
     'Rice reached its highest price'),  # superlative-scope-cut
    ('en', 'This was the biggest purge of trade officials in the province in five years.',
     'This was the biggest purge of trade officials'),  # superlative-scope-cut
    ('en', 'The Komdok mine is the most productive zinc mine in South Hamgyong.',
     'The Komdok mine is the most productive zinc mine'),  # superlative-scope-cut
    ('en', 'It was the coldest January since 2001 in Samjiyon.',
     'It was the coldest January'),  # superlative-scope-cut
    ('en', 'Exports of wigs were the highest among non-sanctioned goods.',
     'Exports of wigs were the highest'),  # superlative-scope-cut
    ('en', 'Hoeryong recorded the worst malnutrition rates of any city on the border.',
     'Hoeryong recorded the worst malnutrition rates'),  # superlative-scope-cut
    ('en', 'The Pyongyang market saw its sharpest rise in the dollar rate since the currency reform.',
     'The Pyongyang market saw its sharpest rise in the dollar rate'),  # superlative-scope-cut
    ('en', 'Among light-industry plants, the Sinuiju cosmetics factory is the most profitable.',
     'the Sinuiju cosmetics factory is the most profitable'),  # superlative-among-opener
    ('en', 'Of the northern provinces, Jagang had the lowest harvest losses.',
     'Jagang had the lowest harvest losses'),  # superlative-of-opener
    ('en', 'Three of the five coal mines in Kaechon stopped operating after the power cuts.',
     'coal mines in Kaechon stopped operating'),  # share-cut
    ('en', 'Some of the cooperative farms in South Hwanghae missed their quota.',
     'cooperative farms in South Hwanghae missed their quota'),  # share-cut
    ('en', 'Half of the factories in the Rason zone have reopened.',
     'the factories in the Rason zone have reopened'),  # share-cut
    ('en', 'Little of the food aid reached the northern provinces last winter.',
     'the food aid reached the northern provinces last winter'),  # share-cut: "little of"
    ('en', 'A few of the border guards in Hyesan were arrested for taking bribes.',
     'the border guards in Hyesan were arrested for taking bribes'),  # share-cut
    ('en', 'One of the state shops in Pyongyang began accepting yuan.',
     'the state shops in Pyongyang began accepting yuan'),  # share-cut
    ('en', 'Only a fraction of the aid reached the intended households.',
     'the aid reached the intended households'),  # share-cut
    ('en', 'Most of the fishing boats in Sinpo returned empty.',
     'the fishing boats in Sinpo returned empty'),  # share-cut
    ('en', 'Nearly a third of the Tanchon miners have quit to work in private gold panning.',
     'the Tanchon miners have quit to work in private gold panning'),  # share-cut
    ('en', 'Rice and corn prices rose 30% and 8% respectively over the summer.',
     'corn prices rose 30%'),  # respectively-broken
    ('en', 'Imports from China and Russia fell 60% and 10%, respectively.',
     'Russia fell 60%'),  # respectively-broken
    ('en', 'Workers in Sinuiju and Hyesan earn 5,000 and 3,000 won a month respectively.',
     'Hyesan earn 5,000'),  # respectively-broken
    ('en', 'Exports of textiles and seafood dropped 90% and 40% respectively after the sanctions.',
     'Exports of textiles and seafood dropped 90%'),  # respectively-broken
    ('en', 'Pork and chicken sold for 15,000 and 9,000 won respectively.',
     'Pork and chicken sold for 15,000'),  # respectively-broken
    ('en', 'Prices fell 10% in nominal terms but rose in real terms.',
     'Prices fell 10%'),  # in-real-terms-cut
    ('en', 'The four tractors were sold for 7,000 dollars each to a trading company.',
     'The four tractors were sold for 7,000 dollars'),  # each-cut
    ('en', 'Brokers took 2,000 yuan apiece from the defectors they guided.',
     'Brokers took 2,000 yuan'),  # apiece-cut
    ('en', 'The Sunchon cement plant is one of the oldest factories still working.',
     'the oldest factories still working'),  # one-of-cut
    ('en', 'It was the deadliest border shooting since the pandemic began.',
     'It was the deadliest border shooting'),  # since-cut
    ('en', 'Two of the three defectors caught near Musan were sent to a prison camp.',
     'defectors caught near Musan were sent to a prison camp'),  # share-cut
    ('en', 'Each brigade must deliver 2 tonnes of scrap metal a quarter.',
     'deliver 2 tonnes of scrap metal'),  # rate-cut
    ('fr', 'Les prix du riz ont augmenté de 10 % par semaine pendant le confinement.',
     'Les prix du riz ont augmenté de 10 %'),  # fr rate-cut
    ('fr', "C'est la pire récolte dans la province depuis 2010.",
     "C'est la pire récolte"),  # fr superlative-scope-cut
    ('es', 'El precio del maíz sube un 5% al mes desde la primavera.',
     'El precio del maíz sube un 5%'),  # es rate-cut
    ('es', 'Fue la mayor inundación en Hyesan desde 2010.',
     'Fue la mayor inundación'),  # es superlative-scope-cut
    ('es', 'Dos de las cinco fábricas de Rason reanudaron la producción.',
     'las cinco fábricas de Rason reanudaron la producción'),  # es share-cut
    ('de', 'Die Preise stiegen um 20 Prozent pro Monat.',
     'Die Preise stiegen um 20 Prozent'),  # de rate-cut
    ('de', 'Es war die schlimmste Dürre in Süd-Hwanghae seit 2001.',
     'Es war die schlimmste Dürre'),  # de superlative-scope-cut
    ('de', 'Reis und Mais verteuerten sich um 30 bzw. 8 Prozent.',
     'Mais verteuerten sich um 30'),  # de respectively-broken (bzw.)
    ('ru', 'Это было крупнейшее наводнение в провинции с 2016 года.',
     'Это было крупнейшее наводнение'),  # ru superlative-scope-cut
    ('it', 'Le esportazioni di carbone e ferro sono calate rispettivamente del 20% e del 5%.',
     'ferro sono calate rispettivamente del 20%'),  # it respectively-broken
    ('it', 'È stata la peggiore siccità nella provincia dal 2001.',
     'È stata la peggiore siccità'),  # it superlative-scope-cut
    ('pt', 'O preço do arroz subiu 10% por semana durante o bloqueio.',
     'O preço do arroz subiu 10%'),  # pt rate-cut
    ('pt', 'Metade das minas de Musan parou de funcionar.',
     'minas de Musan parou de funcionar'),  # pt share-cut
    ('zh', '这是该省自2010年以来最严重的洪灾。',
     '最严重的洪灾'),  # zh superlative-scope-cut
    ('ja', 'これは咸鏡北道で2016年以来最悪の洪水だった。',
     '最悪の洪水だった'),  # ja superlative-scope-cut
    ('ko', '이번 홍수는 함경북도에서 2016년 이후 최악이었다.',
     '최악이었다'),  # ko superlative-scope-cut (contestable
]

SECOND_REVIEW_FAITHFUL = [
    ('en', 'The army made little of the shortages in the north.', 'the shortages in the north'),  # played down
    ('en', 'Rice sold for 6,200 won per kilogram in Hyesan a year ago. Today it sells for 7,800 won.',
     'Rice sold for 6,200 won per kilogram in Hyesan'),  # time-after-figure
    ('en', 'The dollar traded at 8,100 won a week later, according to a trader in Sinuiju.',
     'The dollar traded at 8,100 won'),  # time-after-figure
    ('en', 'Corn prices were 2,900 won a month earlier, before the border was sealed again.',
     'Corn prices were 2,900 won'),  # time-after-figure
    ('en', 'Police detained 14 vendors a day after the raid on Sunam market.',
     'Police detained 14 vendors'),  # time-after-figure
    ('en', 'The yuan stood at 1,230 won two weeks ago in Pyongyang, sources said.',
     'The yuan stood at 1,230 won'),  # time-after-figure
    ('en', 'Gasoline cost 21,000 won per kilogram three days before the fuel shipment arrived.',
     'Gasoline cost 21,000 won per kilogram'),  # time-after-figure
    ('en', 'About 300 workers were sent to the Musan mine last spring to restart production.',
     'About 300 workers were sent to the Musan mine'),  # time-after-figure
    ('en', 'Pork rose to 14,000 won a kilogram in early March, a source in Chongjin told Daily NK.',
     'Pork rose to 14,000 won a kilogram'),  # rate-in-quote
    ('en', 'Exports of silk reached $12 million in 2019. They fell sharply the following year.',
     'Exports of silk reached $12 million in 2019'),  # quote-ends-on-year
    ('en', 'The state raised the price of flour to 1,500 won on 3 April 2023.',
     'The state raised the price of flour to 1,500 won on 3 April 2023'),  # quote-ends-on-date
    ('en', 'Some 1,200 households lost their homes during the August floods, the local committee reported.',
     'Some 1,200 households lost their homes'),  # time-after-figure
    ('en', 'The exchange rate hit 9,000 won per dollar shortly before the currency redenomination rumours spread.',
     'The exchange rate hit 9,000 won per dollar'),  # time-after-figure
    ('en', 'Authorities confiscated 40 mobile phones the week after the crackdown began.',
     'Authorities confiscated 40 mobile phones'),  # time-after-figure
    ('en', 'The factory produced 3,000 tonnes of cement ten years ago; output has since halved.',
     'The factory produced 3,000 tonnes of cement ten years ago'),  # time-in-quote
    ('en', 'Soybean prices doubled to 8,000 won within two months of the harvest failure.',
     'Soybean prices doubled to 8,000 won'),  # time-after-figure
    ('en', 'Trade with China fell to $320 million in 2021, per Chinese customs data.',
     'Trade with China fell to $320 million in 2021'),  # per-according-to
    ('en', 'Some 2,000 tonnes of fertilizer crossed the bridge, per a KOTRA report published in May.',
     'Some 2,000 tonnes of fertilizer crossed the bridge'),  # per-according-to
    ('en', 'The price of a bicycle reached 180,000 won, per traders interviewed in Hoeryong.',
     'The price of a bicycle reached 180,000 won'),  # per-according-to
    ('en', 'Imports of flour rose 35%, and officials blamed the poor wheat harvest.',
     'Imports of flour rose 35%'),  # new-clause-after-figure
    ('en', 'The ration was cut to 300 grams. Many families now rely entirely on the market.',
     'The ration was cut to 300 grams'),  # new-sentence-after-figure
    ('en', 'Coal output fell 12%, while iron ore production held steady.',
     'Coal output fell 12%'),  # new-clause-after-figure
    ('en', 'The won weakened to 8,500 per dollar; traders say speculation drove the fall.',
     'The won weakened to 8,500 per dollar'),  # new-clause-after-figure
    ('en', 'Around 60 people crossed the Tumen River, but most were caught by Chinese police.',
     'Around 60 people crossed the Tumen River'),  # new-clause-after-figure
    ('en', 'Each worker received 5 kilograms of corn, each family head an extra kilogram of soybeans.',
     'Each worker received 5 kilograms of corn'),  # each-new-clause
    ('en', 'The cooperative farm handed over 800 tonnes of rice; each of its brigades was praised in the local paper.',
     'The cooperative farm handed over 800 tonnes of rice'),  # each-new-clause
    ('en', 'Bus fares rose to 2,000 won. Each ride now costs more than a kilogram of corn.',
     'Bus fares rose to 2,000 won'),  # each-new-sentence
    ('en', 'Prices jumped 40% in Hyesan after the border city was placed under lockdown.',
     'Prices jumped 40% in Hyesan'),  # in-place-location
    ('en', 'A fire destroyed 30 stalls in the Chongjin Sunam market last Tuesday.',
     'A fire destroyed 30 stalls'),  # in-place-location
    ('en', 'Three smugglers were shot in Hoeryong in October, the source said.',
     'Three smugglers were shot in Hoeryong'),  # in-place-location
    ('en', 'Rice prices rose 15% over the month, traders in Pyongyang said.',
     'Rice prices rose 15% over the month'),  # attribution-after-figure
    ('en', 'The army mobilized 5,000 soldiers for the rice transplanting campaign, state media reported.',
     'The army mobilized 5,000 soldiers for the rice transplanting campaign'),  # attribution-after-figure
    ('en', 'Grain output fell 8 per cent a year between 2019 and 2021, according to FAO estimates.',
     'Grain output fell 8 per cent a year between 2019 and 2021'),  # rate-in-quote
    ('en', 'The mine shipped about 1.2 million tonnes of anthracite a year before sanctions were tightened.',
     'The mine shipped about 1.2 million tonnes of anthracite a year'),  # rate-in-quote
    ('en', 'Smugglers charge 5,000 yuan each for the crossing, a broker in Yanji said.',
     'Smugglers charge 5,000 yuan each for the crossing'),  # each-in-quote
    ('en', 'The two trucks were sold for 9,000 dollars apiece in Rason.',
     'The two trucks were sold for 9,000 dollars apiece'),  # apiece-in-quote; 'in Rason' location
    ('en', 'Workers at the Kim Chaek steel complex earn 3,000 won per month in wages, far below market costs.',
     'Workers at the Kim Chaek steel complex earn 3,000 won per month in wages'),  # rate-in-quote
    ('en', 'Inflation ran at 30 per cent last year, the highest rate in a decade, according to the survey.',
     'Inflation ran at 30 per cent last year'),  # per-cent-in-quote
    ('en', 'Households spend roughly 70 percent of their income on food each month.',
     'Households spend roughly 70 percent of their income on food each month'),  # each-in-quote
    ('en', 'Mushroom pickers earn 50 yuan a day during the season, the source said.',
     'Mushroom pickers earn 50 yuan a day during the season'),  # rate-in-quote
    ('en', 'The farm supplied 120 kilograms of potatoes per household, each paid for in cash.',
     'The farm supplied 120 kilograms of potatoes per household'),  # each-new-clause
    ('en', 'Electricity in Pyongyang is available about four hours a day in winter.',
     'Electricity in Pyongyang is available about four hours a day in winter'),  # rate-in-quote
    ('en', 'The largest market in the city, which reopened in June, now has over 2,000 stalls.',
     'now has over 2,000 stalls'),  # superlative-elsewhere
    ('en', 'It was the worst drought that farmers in South Hwanghae could remember.',
     'It was the worst drought that farmers in South Hwanghae could remember'),  # superlative-relative-in-quote
    ('en', 'Officials called it the worst harvest, which they blamed on the late monsoon.',
     'Officials called it the worst harvest'),  # superlative-relative-clause
    ('en', 'The sharpest rise in rice prices came in August, after the floods.',
     'The sharpest rise in rice prices came in August'),  # superlative-complement
    ('en', 'Kim Jong Un inspected the largest greenhouse farm, the Ryonpho farm, in February.',
     'Kim Jong Un inspected the largest greenhouse farm'),  # superlative-apposition
    ('en', 'The biggest smuggling ring was broken up by the Ministry of State Security last week.',
     'The biggest smuggling ring was broken up'),  # superlative-verb
    ('en', 'The highest prices are found in Ryanggang Province, where transport costs are steep.',
     'The highest prices are found in Ryanggang Province'),  # superlative-verb
    ('en', 'The most expensive item on the list was a Chinese-made refrigerator, selling for 1,500 dollars.',
     'The most expensive item on the list was a Chinese-made refrigerator'),  # superlative-complement-in-quote
    ('en', 'Sinuiju hosts the busiest border crossing, handling most of the trade with Dandong.',
     'Sinuiju hosts the busiest border crossing'),  # superlative-participle
    ('en', 'The Komdok mine, the largest zinc mine in the country, halted work in May.',
     'the largest zinc mine in the country'),  # superlative-scope-in-quote
    ('en', 'The best-selling product at the Pyongsong market is South Korean cosmetics.',
     'The best-selling product at the Pyongsong market is South Korean cosmetics'),  # superlative-whole-sentence
    ('en', 'The highest-ranking defector of the year, a former diplomat, arrived in Seoul in July.',
     'a former diplomat, arrived in Seoul in July'),  # superlative-before-quote
    ('en', 'Hyesan Youth Mine, the worst-hit site, was flooded for three weeks.',
     'was flooded for three weeks'),  # superlative-elsewhere
    ('en', 'The Sunchon Vinalon Complex is the largest chemical plant built since 2010, state media said.',
     'The Sunchon Vinalon Complex is the largest chemical plant built since 2010'),  # superlative-since-in-quote
    ('en', 'The poorest households received the smallest rations, a pattern seen across the province.',
     'The poorest households received the smallest rations'),  # superlative-apposition-after
    ('en', 'The coldest day was recorded on 18 January, when Samjiyon fell to minus 38 degrees.',
     'The coldest day was recorded on 18 January'),  # superlative-date
    ('en', 'Traders describe the new exchange rate controls as the strictest they have seen.',
     'the strictest they have seen'),  # superlative-relative
    ('en', 'Rice hit its highest price, 7,900 won, in late September.',
     'Rice hit its highest price'),  # superlative-apposition
    ('en', 'Tomato harvests were the best, and farmers sold the surplus on the market.',
     'Tomato harvests were the best'),  # superlative-new-clause
    ('en', 'The Ryugyong Hotel remains the tallest building in Pyongyang.',
     'The Ryugyong Hotel remains the tallest building in Pyongyang'),  # superlative-scope-in-quote
    ('en', 'The Chongjin port handled its highest cargo volume on record in 2018.',
     'The Chongjin port handled its highest cargo volume on record'),  # superlative-on-record-in-quote; year after
    ('en', 'Corn became the cheapest staple, falling to 2,100 won.',
     'Corn became the cheapest staple'),  # superlative-participle
    ('en', 'The worst floods struck North Hamgyong in 2016 and killed 138 people.',
     'The worst floods struck North Hamgyong in 2016'),  # superlative-verb
    ('en', 'Officials named Jagang the best-performing province and awarded it a red flag.',
     'Officials named Jagang the best-performing province'),  # superlative-object-complement
    ('en', 'At least 40 people died in the landslide near Kimchaek, local sources said.',
     'At least 40 people died in the landslide'),  # at-least-in-quote
    ('en', 'The trip to Pyongyang takes at most two days by train when power is available.',
     'The trip to Pyongyang takes at most two days by train'),  # at-most-in-quote; condition after (contestable)
    ('en', 'The new wage is worth at best three kilograms of rice a month.',
     'The new wage is worth at best three kilograms of rice a month'),  # at-best-in-quote
    ('en', 'The latest crackdown targeted users of Chinese mobile phones in the border area.',
     'The latest crackdown targeted users of Chinese mobile phones'),  # the-latest
    ('en', 'Most traders in Hyesan now price goods in yuan rather than won.',
     'Most traders in Hyesan now price goods in yuan'),  # most-quantifier
    ('en', 'Most of the rice sold at the market comes from China, a wholesaler said.',
     'Most of the rice sold at the market comes from China'),  # most-quantifier
    ('en', 'The latest figures show trade rising 120% in the first quarter.',
     'The latest figures show trade rising 120%'),  # the-latest + figure; 'in the first quarter' is the period (contestable)
    ('en', 'At least three mines in Tanchon stopped operating after the power cuts.',
     'At least three mines in Tanchon stopped operating'),  # at-least-in-quote
    ('en', 'Most households in the village have no running water, the survey found.',
     'Most households in the village have no running water'),  # most-quantifier
    ('en', 'The latest price list, published on Monday, puts rice at 6,800 won.',
     'puts rice at 6,800 won'),  # the-latest-before-quote
    ('en', 'Daily wages at the port are at least 10,000 won, dockworkers say.',
     'Daily wages at the port are at least 10,000 won'),  # at-least-in-quote; attribution after
    ('en', 'Most of the defectors interviewed said they had bought food on the market at least once a week.',
     'they had bought food on the market at least once a week'),  # most-quantifier-before
    ('en', 'He is one of the traders who moved their business to Rason after 2018.',
     'who moved their business to Rason after 2018'),  # one-of-before-relative
    ('en', 'Hyesan is one of the cities hit hardest by the border closure.',
     'Hyesan is one of the cities hit hardest by the border closure'),  # one-of-in-quote
    ('en', 'Some of the rice was diverted to the military, according to farmers in Jaeryong.',
     'Some of the rice was diverted to the military'),  # some-of-in-quote
    ('en', 'Many of the returnees said the checkpoints had become stricter since 2020.',
     'Many of the returnees said the checkpoints had become stricter since 2020'),  # many-of-in-quote
    ('en', 'The Musan mine, one of the largest open-pit iron mines in Asia, resumed exports in 2023.',
     'one of the largest open-pit iron mines in Asia'),  # one-of-in-quote
    ('en', 'One of the smugglers, a woman in her 40s, told us the bribe had doubled to 10,000 yuan.',
     'the bribe had doubled to 10,000 yuan'),  # one-of-elsewhere
    ('en', 'Kim visited a textile mill, one of the few factories still receiving electricity.',
     'Kim visited a textile mill'),  # one-of-apposition-after
    ('en', 'Some of the best apples come from the Kosan orchard, which exports to China.',
     'Some of the best apples come from the Kosan orchard'),  # some-of + superlative in quote; relative clause after
    ('en', 'Many of the stalls at Sunam market sell Chinese electronics, which are in high demand.',
     'Many of the stalls at Sunam market sell Chinese electronics'),  # many-of-in-quote
    ('en', 'The source, one of the managers at the mine, said output had fallen 25% since January.',
     'output had fallen 25% since January'),  # one-of-elsewhere
    ('en', 'Wonsan-Kalma is one of the most expensive projects the regime has undertaken.',
     'one of the most expensive projects the regime has undertaken'),  # one-of-in-quote + superlative + relative
    ('en', 'A worker at one of the cooperative farms said the ration was 250 grams.',
     'the ration was 250 grams'),  # one-of-elsewhere
    ('en', 'In a statement, the KCNA called the harvest the best in a decade.',
     'the KCNA called the harvest the best in a decade'),  # opener-in-a-statement
    ('en', 'In fact, rice is now the cheapest it has been since 2019.',
     'rice is now the cheapest it has been since 2019'),  # opener-in-fact
    ('en', 'Since then, the Hyesan market has become the busiest in Ryanggang Province.',
     'the Hyesan market has become the busiest in Ryanggang Province'),  # opener-since-then
    ('en', 'Among other things, the decree set the highest penalties yet for smuggling.',
     'the decree set the highest penalties yet for smuggling'),  # opener-among-other-things
    ('en', 'In addition, the largest state shop in Chongjin stopped accepting won.',
     'the largest state shop in Chongjin stopped accepting won'),  # opener-in-addition
    ('en', 'In short, this was the worst year for farmers since the 1990s famine.',
     'this was the worst year for farmers since the 1990s famine'),  # opener-in-short
    ('en', 'In response, the authorities opened the largest grain depot in the county.',
     'the authorities opened the largest grain depot in the county'),  # opener-in-response
    ('en', 'In May, the Sinuiju customs office handled the most trucks it had seen in three years.',
     'the Sinuiju customs office handled the most trucks it had seen in three years'),  # opener-month
    ('en', 'According to the source, the steepest price increases were for cooking oil.',
     'the steepest price increases were for cooking oil'),  # opener-attribution
    ('en', 'Meanwhile, the highest exchange rate was recorded in Hoeryong.',
     'the highest exchange rate was recorded in Hoeryong'),  # opener-meanwhile
    ('en', 'However, the biggest challenge remains the shortage of fertilizer.',
     'the biggest challenge remains the shortage of fertilizer'),  # opener-however
    ('en', 'In Hyesan, local officials said the worst of the shortage was over.',
     'local officials said the worst of the shortage was over'),  # opener-in-place (contestable
    ('en', 'For the first time, the state shops sold rice at market prices.',
     'the state shops sold rice at market prices'),  # opener-for-the-first-time
    ('en', 'In its annual report, the Bank of Korea estimated growth at 3.1%, the fastest since 2016.',
     'the Bank of Korea estimated growth at 3.1%, the fastest since 2016'),  # opener-in-report
    ('en', 'Exports of coal and iron ore fell 20% and 5% respectively in the first half.',
     'Exports of coal and iron ore fell 20% and 5% respectively'),  # respectively-whole
    ('en', 'Rice and corn sold for 6,000 and 2,800 won respectively at the Pyongsong market.',
     'Rice and corn sold for 6,000 and 2,800 won respectively'),  # respectively-whole
    ('en', 'Imports of soybeans and flour rose 12% and 30%, while sugar imports were flat.',
     'Imports of soybeans and flour rose 12% and 30%'),  # and-without-respectively
    ('en', 'The towns of Musan and Hoeryong received 200 and 150 tonnes of aid, respectively, the UN said.',
     'The towns of Musan and Hoeryong received 200 and 150 tonnes of aid, respectively'),  # respectively-whole with commas
    ('en', 'The price of diesel and gasoline reached 15,000 won and 18,000 won.',
     'The price of diesel and gasoline reached 15,000 won and 18,000 won'),  # and-without-respectively
    ('en', 'Wages at the Kaesong zone and in Rason rose by $10 and $8 a month, respectively.',
     'Wages at the Kaesong zone and in Rason rose by $10 and $8 a month, respectively'),  # respectively-whole + rate in quote
    ('en', 'Hyesan and Sinuiju recorded 45 and 38 arrests for smuggling last month.',
     'Hyesan and Sinuiju recorded 45 and 38 arrests for smuggling'),  # and-without-respectively
    ('en', 'Two defectors, aged 24 and 31, arrived in Seoul on Tuesday.',
     'Two defectors, aged 24 and 31, arrived in Seoul'),  # and-figures-apposition
    ('en', 'Wages rose 10% in real terms last year, the first real increase since 2015.',
     'Wages rose 10% in real terms last year'),  # in-real-terms-in-quote
    ('en', "North Korea's trade with China rose 125% in 2023 to about $2.3 billion, Chinese customs figures show.",
     "North Korea's trade with China rose 125% in 2023 to about $2.3 billion"),  # trade-stat
    ('en', 'Since 2010, the number of registered market stalls has roughly doubled.',
     'the number of registered market stalls has roughly doubled'),  # opener-since-year (contestable
    ('en', 'The monthly ration for office workers is 15 kilograms, of which two-thirds is corn.',
     'The monthly ration for office workers is 15 kilograms'),  # figure-then-of-which
    ('en', 'Temperatures in Samjiyon dropped to minus 32 degrees Celsius on Friday, the KCNA reported.',
     'Temperatures in Samjiyon dropped to minus 32 degrees Celsius'),  # weather
    ('en', 'Heavy rain dumped 300 millimetres on Kaesong in 24 hours, flooding low-lying fields.',
     'Heavy rain dumped 300 millimetres on Kaesong in 24 hours'),  # weather
    ('en', 'Spring wheat yields fell to 1.8 tonnes per hectare, down from 2.3 tonnes the year before.',
     'Spring wheat yields fell to 1.8 tonnes per hectare'),  # figure-then-comparison
    ('en', 'A kilogram of pork now costs 16,000 won, up from 12,000 won in January.',
     'A kilogram of pork now costs 16,000 won'),  # figure-then-comparison
    ('en', 'The Ryongyang mine employs around 4,000 workers, most of them demobilized soldiers.',
     'The Ryongyang mine employs around 4,000 workers'),  # figure-then-most-apposition
    ('en', 'Customs officers seized 2.5 tonnes of copper wire at Namyang, a border town in North Hamgyong.',
     'Customs officers seized 2.5 tonnes of copper wire at Namyang'),  # figure-then-place-apposition
    ('en', 'The government set the official exchange rate at 135 won to the dollar, far below the market rate of 8,200.',
     'The government set the official exchange rate at 135 won to the dollar'),  # figure-then-comparison
    ('en', 'Around 70% of the population relies on markets for food, according to a 2022 survey of defectors.',
     'Around 70% of the population relies on markets for food'),  # attribution-after-percentage (contestable
    ('en', 'About 10.7 million people are food insecure, the World Food Programme estimated in 2019.',
     'About 10.7 million people are food insecure'),  # attribution-after-figure; year dates estimate
    ('en', 'The price of a used Chinese motorcycle fell to 600 dollars as supply improved.',
     'The price of a used Chinese motorcycle fell to 600 dollars'),  # figure-then-reason
    ('en', 'Fishermen must hand over 30% of their catch to the military unit that owns the boat.',
     'Fishermen must hand over 30% of their catch to the military unit that owns the boat'),  # whole-sentence
    ('en', 'Laborers at the Kaesong industrial zone earned about $180 a month before it closed in 2016.',
     'Laborers at the Kaesong industrial zone earned about $180 a month'),  # rate-in-quote
    ('en', "The brokers' fee for a phone call to South Korea is 30% of the amount transferred.",
     "The brokers' fee for a phone call to South Korea is 30% of the amount transferred"),  # whole-sentence percentage
    ('en', 'Rain fell for 17 consecutive days in July, the longest wet spell since records began.',
     'Rain fell for 17 consecutive days in July'),  # figure-then-superlative-apposition
    ('en', 'Soldiers guarding the border receive 500 grams of grain a day, sources said.',
     'Soldiers guarding the border receive 500 grams of grain a day'),  # rate-in-quote
    ('en', 'Overall, 2.1 million tonnes of coal were exported in 2016 despite the UN cap.',
     '2.1 million tonnes of coal were exported in 2016'),  # opener-overall; concession after
    ('en', 'Potato output in Ryanggang reached 450,000 tonnes, according to provincial officials.',
     'Potato output in Ryanggang reached 450,000 tonnes'),  # attribution-after
    ('en', 'A sack of cement costs 45 yuan in Hyesan, where construction has boomed.',
     'A sack of cement costs 45 yuan in Hyesan'),  # in-place-location + where-clause
    ('en', 'Nearly half of all children under five in the county were stunted, the survey found.',
     'Nearly half of all children under five in the county were stunted'),  # share-in-quote
    ('en', 'The state paid farmers 40 won per kilogram of rice, a fraction of the market price.',
     'The state paid farmers 40 won per kilogram of rice'),  # per-rate-in-quote; apposition after
    ('en', 'The border fence now stretches for 1,000 kilometres, double its length in 2019.',
     'The border fence now stretches for 1,000 kilometres'),  # figure-then-comparison-apposition
    ('en', 'Private taxis charge 15,000 won for the trip from Hamhung to Hungnam, a source told RFA.',
     'Private taxis charge 15,000 won for the trip from Hamhung to Hungnam'),  # attribution-after
    ('en', 'Electricity tariffs were raised tenfold in 2022, hitting households in the cities hardest.',
     'Electricity tariffs were raised tenfold in 2022'),  # figure-then-participle
    ('en', 'Authorities executed two men for distributing South Korean dramas, witnesses said.',
     'Authorities executed two men for distributing South Korean dramas'),  # attribution-after
    ('en', 'The typhoon destroyed 800 hectares of rice paddies in South Hamgyong in early September.',
     'The typhoon destroyed 800 hectares of rice paddies in South Hamgyong'),  # in-place-location; time after
    ('en', 'Gold prices at the Pyongyang market reached 290,000 won per gram, the highest ever recorded there.',
     'Gold prices at the Pyongyang market reached 290,000 won per gram'),  # figure-then-superlative-apposition
    ('en', 'Of the 1,200 workers at the plant, only 300 show up each day.',
     'only 300 show up each day'),  # of-opener-share
    ('en', 'The 2023 harvest was estimated at 4.8 million tonnes, 5% above the 2022 level.',
     'The 2023 harvest was estimated at 4.8 million tonnes'),  # figure-then-comparison
    ('en', 'One kilogram of rice now buys barely two kilograms of corn in Chongjin.',
     'One kilogram of rice now buys barely two kilograms of corn'),  # in-place-location after (contestable)
    ('en', 'The new rules limit each household to one pig, local residents said.',
     'The new rules limit each household to one pig'),  # each-in-quote
    ('en', 'A defector who left in 2019 said he had earned 20 dollars a month as a driver.',
     'he had earned 20 dollars a month as a driver'),  # reported-speech
    ('en', 'The worst-affected county, Kimhyongjik, lost 60% of its corn crop.',
     'lost 60% of its corn crop'),  # superlative-before-quote
    ('fr', 'Le riz se vendait 6 500 wons le kilo à Hyesan il y a un an, selon un commerçant.',
     'Le riz se vendait 6 500 wons le kilo à Hyesan'),  # fr time-after-figure
    ('fr', 'La production de charbon a chuté de 15 % par an entre 2017 et 2020.',
     'La production de charbon a chuté de 15 % par an entre 2017 et 2020'),  # fr rate-in-quote
    ('fr', "Le marché de Sunam, l'un des plus grands du pays, a rouvert en juin.",
     "l'un des plus grands du pays"),  # fr one-of-in-quote with scope
    ('fr', 'En 2022, les importations de farine ont atteint leur plus haut niveau depuis 2015.',
     'les importations de farine ont atteint leur plus haut niveau depuis 2015'),  # fr opener-year + superlative scoped 'depuis 2015' (contestable)
    ('fr', "Le dollar s'échangeait à 8 000 wons une semaine plus tard, d'après nos sources.",
     "Le dollar s'échangeait à 8 000 wons"),  # fr time-after-figure
    ('fr', 'Le riz et le maïs coûtaient respectivement 6 000 et 2 900 wons.',
     'Le riz et le maïs coûtaient respectivement 6 000 et 2 900 wons'),  # fr respectivement-whole
    ('es', 'Las exportaciones de carbón cayeron un 20% en 2017, según datos de aduanas chinas.',
     'Las exportaciones de carbón cayeron un 20% en 2017'),  # es attribution-after-figure
    ('es', 'Los mineros cobran 3.000 wones al mes, muy por debajo del precio de un kilo de arroz.',
     'Los mineros cobran 3.000 wones al mes'),  # es rate-in-quote 'al mes'
    ('es', 'Hyesan es uno de los mercados más activos de la frontera.',
     'Hyesan es uno de los mercados más activos de la frontera'),  # es one-of-in-quote whole sentence
    ('es', 'Desde 2010, el precio del maíz se ha triplicado en Chongjin.',
     'el precio del maíz se ha triplicado en Chongjin'),  # es opener-desde
    ('es', 'La peor sequía en una década afectó a 60.000 hectáreas de arrozales.',
     'afectó a 60.000 hectáreas de arrozales'),  # es superlative-before-quote
    ('es', 'El arroz subió a 7.000 wones un mes después de las inundaciones.',
     'El arroz subió a 7.000 wones'),  # es time-after-figure
    ('de', 'Der Reispreis stieg vor einem Jahr auf 6.000 Won pro Kilogramm.',
     'auf 6.000 Won pro Kilogramm'),  # de figure-with-rate-in-quote; time before
    ('de', 'Die Kohleexporte brachen 2017 um 30 Prozent ein, wie chinesische Zolldaten zeigen.',
     'Die Kohleexporte brachen 2017 um 30 Prozent ein'),  # de attribution-after-figure
    ('de', 'Musan ist einer der größten Eisenerz-Tagebaue Asiens.',
     'Musan ist einer der größten Eisenerz-Tagebaue Asiens'),  # de one-of-in-quote whole sentence
    ('de', 'Seit 2010 hat sich die Zahl der Marktstände verdoppelt, berichten Überläufer.',
     'hat sich die Zahl der Marktstände verdoppelt'),  # de seit-opener
    ('de', 'Arbeiter erhalten 500 Gramm Mais pro Tag, jeder Vorarbeiter zusätzlich Sojabohnen.',
     'Arbeiter erhalten 500 Gramm Mais pro Tag'),  # de each-new-clause
    ('de', 'Der Dollar kostete eine Woche später 8.300 Won.',
     '8.300 Won'),  # de time-before-figure
    ('ru', 'Рис продавался по 6 000 вон за килограмм в Хесане год назад, сообщил торговец.',
     'Рис продавался по 6 000 вон за килограмм в Хесане'),  # ru time-after-figure
    ('ru', 'Добыча угля сокращалась на 10% в год с 2017 по 2020 год.',
     'Добыча угля сокращалась на 10% в год с 2017 по 2020 год'),  # ru rate-in-quote 'в год' + period
    ('ru', 'Рудник Мусан — одна из крупнейших железорудных шахт в Азии.',
     'одна из крупнейших железорудных шахт в Азии'),  # ru one-of-in-quote
    ('ru', 'С 2010 года число рынков в стране выросло почти вдвое.',
     'число рынков в стране выросло почти вдвое'),  # ru since-opener dropped (contestable)
    ('ru', 'Товарооборот с Китаем вырос на 125% в 2023 году, по данным китайской таможни.',
     'Товарооборот с Китаем вырос на 125% в 2023 году'),  # ru attribution-after; quote ends on year
    ('ru', 'Рис и кукуруза стоили соответственно 6 000 и 2 800 вон.',
     'Рис и кукуруза стоили соответственно 6 000 и 2 800 вон'),  # ru respectively-whole
    ('it', 'Il prezzo del riso è salito a 7.000 won al chilo una settimana dopo la chiusura del confine.',
     'Il prezzo del riso è salito a 7.000 won al chilo'),  # it time-after-figure
    ('it', 'Sinuiju è uno dei valichi più trafficati del paese.',
     'Sinuiju è uno dei valichi più trafficati del paese'),  # it one-of-in-quote
    ('it', 'Le esportazioni di tessili sono crollate del 90% nel 2018, secondo le dogane cinesi.',
     'Le esportazioni di tessili sono crollate del 90% nel 2018'),  # it attribution-after
    ('it', 'I minatori guadagnano 4.000 won al mese, ciascuno con una razione di 700 grammi.',
     'I minatori guadagnano 4.000 won al mese'),  # it each-new-clause
    ('it', 'Dal 2015, il mercato di Pyongsong è diventato il più grande della provincia.',
     'il mercato di Pyongsong è diventato il più grande della provincia'),  # it since-opener + superlative scoped (contestable)
    ('pt', 'O arroz custava 6.200 wons por quilo há um ano, segundo comerciantes de Hyesan.',
     'O arroz custava 6.200 wons por quilo'),  # pt time-after-figure 'há um ano'
    ('pt', 'As importações de farinha subiram 40% em 2021, de acordo com a alfândega chinesa.',
     'As importações de farinha subiram 40% em 2021'),  # pt attribution-after
    ('pt', 'Hoeryong é uma das cidades mais pobres da província.',
     'Hoeryong é uma das cidades mais pobres da província'),  # pt one-of-in-quote
    ('pt', 'Os soldados recebem 600 gramas de cereal por dia, disse a fonte.',
     'Os soldados recebem 600 gramas de cereal por dia'),  # pt rate-in-quote
    ('pt', 'Em 2020, a pior enchente atingiu a província de Hwanghae do Norte.',
     'a pior enchente atingiu a província de Hwanghae do Norte'),  # pt opener-year + superlative (contestable)
    ('zh', '一年前，惠山的大米价格为每公斤6200朝鲜元。',
     '惠山的大米价格为每公斤6200朝鲜元'),  # zh time-opener
    ('zh', '茂山铁矿是亚洲最大的露天铁矿之一。',
     '茂山铁矿是亚洲最大的露天铁矿之一'),  # zh one-of-in-quote 之一 whole sentence
    ('zh', '据中国海关数据，2023年中朝贸易额增长了125%。',
     '2023年中朝贸易额增长了125%'),  # zh attribution-opener
    ('zh', '煤炭和铁矿石出口分别下降了20%和5%。',
     '煤炭和铁矿石出口分别下降了20%和5%'),  # zh 分别-whole
    ('zh', '矿工每月工资为3000朝鲜元，远低于市场生活成本。',
     '矿工每月工资为3000朝鲜元'),  # zh rate-in-quote 每月; comparison after
    ('zh', '自2010年以来，全国市场数量增加了一倍。',
     '全国市场数量增加了一倍'),  # zh since-opener dropped (contestable)
    ('ja', '恵山のコメ価格は1年前、1キロ当たり6200ウォンだった。',
     '1キロ当たり6200ウォンだった'),  # ja time-before-figure; per-unit in quote (contestable
    ('ja', '茂山鉱山はアジア最大級の露天掘り鉄鉱山の一つだ。',
     '茂山鉱山はアジア最大級の露天掘り鉄鉱山の一つだ'),  # ja one-of-in-quote の一つ
    ('ja', '中国税関の統計によると、石炭輸出は2017年に30%減少した。',
     '石炭輸出は2017年に30%減少した'),  # ja attribution-opener
    ('ja', '兵士には1日当たり500グラムの穀物が配給される。',
     '兵士には1日当たり500グラムの穀物が配給される'),  # ja rate-in-quote whole sentence
    ('ja', 'コメとトウモロコシはそれぞれ6000ウォンと2800ウォンで売られていた。',
     'コメとトウモロコシはそれぞれ6000ウォンと2800ウォンで売られていた'),  # ja それぞれ-whole
    ('ko', '1년 전 혜산에서 쌀 1kg은 6,200원에 팔렸다.',
     '혜산에서 쌀 1kg은 6,200원에 팔렸다'),  # ko time-opener dates price
    ('ko', '무산광산은 아시아에서 가장 큰 노천 철광산 중 하나다.',
     '무산광산은 아시아에서 가장 큰 노천 철광산 중 하나다'),  # ko one-of-in-quote 중 하나
    ('ko', '중국 해관 자료에 따르면 2023년 북중 교역액은 125% 증가했다.',
     '2023년 북중 교역액은 125% 증가했다'),  # ko attribution-opener
    ('ko', '광부들은 한 달에 3,000원을 받는다고 소식통은 전했다.',
     '광부들은 한 달에 3,000원을 받는다'),  # ko rate-in-quote; attribution after
    ('ko', '쌀과 옥수수는 각각 6,000원과 2,800원에 거래됐다.',
     '쌀과 옥수수는 각각 6,000원과 2,800원에 거래됐다'),  # ko 각각-whole
    ('ko', '2010년 이후 전국의 시장 수는 두 배로 늘었다.',
     '전국의 시장 수는 두 배로 늘었다'),  # ko since-opener dropped (contestable)
]

UNDONE = OWN_UNDONE + FIRST_REVIEW_UNDONE + SECOND_REVIEW_UNDONE
FAITHFUL = OWN_FAITHFUL + FIRST_REVIEW_FAITHFUL + SECOND_REVIEW_FAITHFUL


@pytest.mark.parametrize("language, body, quote", UNDONE)
def test_a_figure_or_superlative_cut_from_what_measures_or_limits_it_is_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", OWN_UNDONE)
def test_the_same_cut_in_a_paragraph_after_another(language, body, quote):
    assert _located("An earlier paragraph ends here.\n\n" + body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", FAITHFUL)
def test_figures_and_superlatives_quoted_fairly_stay_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


@pytest.mark.parametrize("body, quote, shown", [
    ("Inflation reached 20% a month.", "Inflation reached 20%", "Inflation reached 20% a month"),
    ("It was one of the largest floods on record.", "the largest floods on record",
     "one of the largest floods on record"),
    ("In Ryanggang province, the Hyesan market is the largest.", "the Hyesan market is the largest",
     "In Ryanggang province, the Hyesan market is the largest"),
])
def test_the_warning_shows_the_words_the_quote_left_out(body, quote, shown):
    assert _located(body, quote).passage.parts == (shown,)


@pytest.mark.parametrize("tail", [", 2 bb and 1 aa" * 60 + ".", " and 1 aa, 2 bb" * 60 + " respectively."])
def test_a_long_list_of_figures_after_a_quote_is_read_in_one_pass(tail):
    # A list of figures with no "respectively" at its end could be split in as many ways as it
    # has figures, each tried in turn (2**60 here): the build hung. It is read once now.
    status = _located("Coal exports fell 20%" + tail, "Coal exports fell 20%").status
    assert status is (QuoteStatus.APPROXIMATE if "respectively" in tail else QuoteStatus.VERIFIED)


# A bound or a hedge after the figure, or another figure or time given as likely: the quote
# that stops before it says more than the report does.
HEDGED_AFTER_UNDONE = [
    ("en", "About 20 people were arrested, maybe more, a resident said.", "20 people were arrested"),
    ("en", "About 20 people were arrested, or more, a resident said.", "20 people were arrested"),
    ("en", "Some 20 people or more were arrested.", "20 people"),
    ("en", "He paid 300 yuan or more.", "He paid 300 yuan"),
    ("en", "He paid 300 yuan, perhaps more.", "He paid 300 yuan"),
    ("en", "He paid 300 yuan, if not more.", "He paid 300 yuan"),
    ("en", "Men aged 60 and over were exempt from the mobilisation.", "Men aged 60"),
    ("en", "The trial lasted 3 days or less.", "The trial lasted 3 days"),
    ("en", "Police seized 40 phones, at least.", "Police seized 40 phones"),
    ("en", "The launches took place on May 3 or 4, according to the JCS.", "The launches took place on May 3"),
    ("en", "The market opened in 2019 or 2020.", "The market opened in 2019"),
    ("en", "Kim Jong Un turned 40 or 41 this year.", "Kim Jong Un turned 40"),
    ("en", "Kim was executed in March or April, the source said.", "Kim was executed in March"),
    ("en", "Kim was executed in March or early April.", "Kim was executed in March"),
    ("en", "The market opened on Monday or Tuesday.", "The market opened on Monday"),
    ("fr", "300 personnes ont été arrêtées, voire plus.", "300 personnes ont été arrêtées"),
    ("es", "Detuvieron a 300 personas o más.", "Detuvieron a 300 personas"),
    ("es", "El mercado abrió en marzo o abril.", "El mercado abrió en marzo"),
    ("es", "El mercado abrió el 3 o 4 de mayo.", "El mercado abrió el 3"),
    ("it", "Sono stati arrestati 300 uomini o più.", "Sono stati arrestati 300 uomini"),
    ("de", "300 Menschen wurden festgenommen, vielleicht mehr.", "300 Menschen wurden festgenommen"),
    ("ru", "Задержали 300 человек, а то и больше.", "Задержали 300 человек"),
    # the rest of a number in words, or its first in a range of a word and digits
    ("en", "Three hundred and fifty people were relocated from the flood zone.",
     "fifty people were relocated from the flood zone"),
    ("en", "Three hundred fifty people were moved.", "fifty people were moved"),
    ("en", "The court handed down sentences of five to 15 years in a labour camp.", "15 years in a labour camp"),
]
HEDGED_AFTER_FAITHFUL = [
    ("en", "He paid 3,000 yuan, or about 5 million won at market rates.", "He paid 3,000 yuan"),
    ("en", "Rice cost 6,000 won or 2 dollars in Hyesan.", "Rice cost 6,000 won"),
    ("en", "Three people died, at least one of them a child.", "Three people died"),
    ("en", "Prices rose 20 percent in May, at least in Hyesan.", "Prices rose 20 percent in May"),
    ("en", "The mine employed 3,000 workers or more than any other in the county.", "The mine employed 3,000 workers"),
    ("en", "The trial lasted 3 days or less than a week.", "The trial lasted 3 days"),
    ("en", "Kim visited 3 factories and more than a dozen farms.", "Kim visited 3 factories"),
    ("en", "Exports rose 20% in 2023 and more in 2024.", "Exports rose 20% in 2023"),
    ("en", "The factory cut output by 30 percent and more workers left.", "The factory cut output by 30 percent"),
    ("en", "Two people died and over 100 were hurt.", "Two people died"),
    ("en", "Police arrested 20 traders, perhaps more than in any year before.", "Police arrested 20 traders"),
    ("en", "He paid 300 yuan or so.", "He paid 300 yuan"),  # an estimate, as "about 300" is
    ("en", "He paid 300 yuan, give or take.", "He paid 300 yuan"),
    ("en", "The market opened on May 3 or thereabouts.", "The market opened on May 3"),
    ("en", "We will meet in March or so.", "We will meet in March"),
    ("en", "The market may or may not open.", "The market may"),
    ("en", "He met 3 officials or their deputies.", "He met 3 officials"),
    ("en", "Version 2 or later is required.", "Version 2"),
    ("en", "The test could yield 100 kilotons, maybe more.", "The test could yield 100 kilotons"),
    ("en", "It was the thousand and one nights of the regime.", "It was the thousand"),
    ("fr", "300 personnes ont été arrêtées ou plus tard relâchées.", "300 personnes ont été arrêtées"),
    ("es", "Detuvieron a 300 personas, al menos eso dicen.", "Detuvieron a 300 personas"),
    ("de", "300 Menschen wurden festgenommen oder mehr als je zuvor verhört.", "300 Menschen wurden festgenommen"),
    ("it", "Sono stati arrestati 300 uomini o 4 donne.", "Sono stati arrestati 300 uomini"),
    ("en", "Sentences of five to fifteen years were handed down.", "Sentences of five to fifteen years"),
    ("en", "He was sentenced at ten to 5 in the afternoon.", "5 in the afternoon"),
]


@pytest.mark.parametrize("language, body, quote", HEDGED_AFTER_UNDONE)
def test_a_figure_cut_from_its_bound_or_alternative_after_it_is_approximate(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("language, body, quote", HEDGED_AFTER_FAITHFUL)
def test_a_figure_beside_an_estimate_or_an_equivalent_stays_verified(language, body, quote):
    assert _located(body, quote, language).status is QuoteStatus.VERIFIED


def test_the_warning_shows_the_bound_after_the_figure():
    shown = _located("He paid 300 yuan, if not more.", "He paid 300 yuan").passage.parts
    assert shown == ("He paid 300 yuan, if not more",)


# (from a blind probe) a figure quoted bare, its unit or currency left out: "6,500" of "6,500
# won", "12.5 million" of "12.5 million tonnes"; not a year, nor a figure with nothing after it
BARE_UNDONE = [
    ("Rice rose to 6,500 won per kilogram in Hyesan.", "Rice rose to 6,500"),
    ("The price is 150 yuan at the market.", "The price is 150"),
    ("Workers are paid 5,000 won a month.", "Workers are paid 5,000"),
    ("The harvest reached 12.5 million tonnes of grain.", "The harvest reached 12.5 million"),
]
BARE_FAITHFUL = [
    ("In 2019 won the bid.", "In 2019"),
    ("Rice rose to 6,500 won in Hyesan.", "Rice rose to 6,500 won"),
    ("Exports fell by 20 in May.", "Exports fell by 20"),
    ("Rice rose to 9,100 won this week, up from 1,750 won in February.",
     "Rice rose to 9,100 won this week, up from 1,750"),
]


@pytest.mark.parametrize("body, quote", BARE_UNDONE)
def test_a_figure_cut_from_its_unit_or_currency_is_approximate(body, quote):
    assert _located(body, quote).status is QuoteStatus.APPROXIMATE


@pytest.mark.parametrize("body, quote", BARE_FAITHFUL)
def test_a_year_or_a_figure_with_its_unit_stays_verified(body, quote):
    assert _located(body, quote).status is QuoteStatus.VERIFIED
