"""Word lists and sentence templates for the synthetic content generator (`synth.py`).

Only data lives here, so `synth.py` reads as logic. Everything is a tuple (never a set)
because iteration order must not depend on string hashing: the generator promises
byte-identical output for the same arguments.

Templates use `{field}` slots that `synth.py` fills; a field whose name starts with an
upper-case letter is the same value with its first letter capitalised. The prose must stay
free of characters that Markdown would reinterpret (`_`, backticks, `<`, `&`, `#`, a leading
`1.` or `-`), so the only markup in a report is the `*emphasis*` and `[links](…)` that
`synth.py` adds on purpose, and a quotable sentence is simply one without `*`, `[` or `]`.
"""

from __future__ import annotations

# (province, latitude, longitude, main city) — coordinates are rough centres, used only to
# scatter synthetic places inside the bounding box the gazetteer expects.
PROVINCES: tuple[tuple[str, float, float, str], ...] = (
    ("Pyongyang", 39.03, 125.75, "Pyongyang"),
    ("South Pyongan", 39.45, 125.95, "Pyongsong"),
    ("North Pyongan", 40.15, 124.85, "Sinuiju"),
    ("Chagang", 40.85, 126.55, "Kanggye"),
    ("South Hwanghae", 38.20, 125.45, "Haeju"),
    ("North Hwanghae", 38.55, 126.25, "Sariwon"),
    ("Kangwon", 38.85, 127.35, "Wonsan"),
    ("South Hamgyong", 40.05, 127.55, "Hamhung"),
    ("North Hamgyong", 41.75, 129.45, "Chongjin"),
    ("Ryanggang", 41.35, 128.15, "Hyesan"),
    ("Rason", 42.30, 130.30, "Rajin"),
    ("Nampo", 38.75, 125.40, "Nampo"),
    ("Kaesong", 37.97, 126.55, "Kaesong"),
)

TOPICS: tuple[tuple[str, str, str], ...] = (
    ("mining", "Mining", "Extraction of coal, iron ore and non-ferrous metals, and the mines' supplies."),
    ("steel", "Steel", "Iron and steel works, scrap collection and the metal industry's inputs."),
    ("power-supply", "Power supply", "Electricity generation, grid outages, hydropower and solar."),
    ("agriculture", "Agriculture", "Harvests, fertiliser, cooperative farms and food supply."),
    ("foreign-trade-sanctions", "Foreign trade and sanctions", "Cross-border trade, smuggling and sanctions enforcement."),
    ("markets-prices", "Markets and prices", "Market prices of staples, fuel and consumer goods."),
    ("construction", "Construction", "Housing projects, building materials and state construction drives."),
    ("transport-logistics", "Transport and logistics", "Railways, roads, ports and the movement of freight."),
    ("labour-mobilisation", "Labour mobilisation", "Mandatory labour, quotas and mass mobilisation campaigns."),
    ("light-industry", "Light industry", "Consumer goods factories, textiles and food processing."),
    ("fisheries", "Fisheries", "Fishing fleets, seafood processing and coastal cooperatives."),
    ("currency-finance", "Currency and finance", "Exchange rates, state banking and household finances."),
)

# Nouns that fill {item} and {item2}, by topic id; a report's prose draws from its topics.
TOPIC_ITEMS: dict[str, tuple[str, ...]] = {
    "mining": ("iron ore", "anthracite", "zinc concentrate", "magnesite", "phosphate rock",
               "molybdenum ore", "graphite", "tungsten concentrate", "lead ore", "brown coal"),
    "steel": ("scrap iron", "pig iron", "rolled steel", "steel billets", "coking coal",
              "ferroalloys", "steel pipe", "wire rod"),
    "power-supply": ("electricity", "solar panels", "storage batteries", "transformers",
                     "copper cable", "generator fuel", "power-station coal"),
    "agriculture": ("maize", "rice seedlings", "chemical fertiliser", "potatoes", "soybeans",
                    "winter wheat", "seed grain", "pesticide"),
    "foreign-trade-sanctions": ("seafood exports", "imported flour", "smuggled goods",
                                "used machinery", "customs permits", "refined oil",
                                "hair wigs", "textile orders"),
    "markets-prices": ("rice", "corn", "diesel", "petrol", "pork", "cooking oil", "sugar",
                       "wheat flour"),
    "construction": ("cement", "housing blocks", "roofing sheets", "reinforcing bars",
                     "timber", "window glass", "gravel"),
    "transport-logistics": ("freight wagons", "truck diesel", "rail sleepers", "tyres",
                            "bus tickets", "ferry capacity"),
    "labour-mobilisation": ("volunteer labour", "shock-brigade shifts", "student work teams",
                            "mobilisation quotas", "unpaid overtime", "rural support work"),
    "light-industry": ("textiles", "footwear", "laundry soap", "processed food",
                       "plastic goods", "knitwear", "paper"),
    "fisheries": ("squid", "pollock", "clams", "fishing boats", "trawler fuel", "dried fish",
                  "sea cucumber"),
    "currency-finance": ("dollar savings", "yuan cash", "bank deposits", "cash holdings",
                         "loan repayments", "wage payments"),
}

PUBLISHERS: tuple[str, ...] = (
    "Northern Economy Monitor", "Korea Market Watch", "Pyongyang Signal", "Border Trade Review",
    "Peninsula Ledger", "Central News Digest", "Tumen River Dispatch", "Yalu Correspondent",
    "East Sea Observer", "Hamgyong Letters", "Unification Economics Weekly", "Open Sources Korea",
    "Provincial Affairs Bulletin", "Sinuiju Trade Notes", "Pacific Asia Analysis",
    "Korea Energy Review", "Rural Korea Report", "Industrial Korea Quarterly",
    "Sanctions Tracker Asia", "Popular Economy Digest", "Frontier Voices",
    "Northeast Asia Wire", "Korea Labour Watch", "Harbour and Rail Gazette",
    "Defector Testimony Archive",
)

AUTHORS: tuple[str, ...] = (
    "Ha-eun Park", "Min-jun Lee", "Sofia Andersson", "Daniel Kwon", "Ji-woo Choi",
    "Tomás Ferreira", "Seo-yeon Han", "Priya Raman", "Mark Delacroix", "Yuna Kim",
)

KINDS: tuple[str, ...] = ("news", "news", "news", "social", "state-media", "official",
                          "analysis", "analysis", "defector", "other")
RELIABILITIES: tuple[str, ...] = ("A", "B", "B", "C", "C", "C", "D", "D", "E", "F")
CONFIDENCES: tuple[str, ...] = ("low", "moderate", "moderate", "high")

# Syllables for invented facility names, so the synthetic "news" never makes claims about a
# real named enterprise; the province capitals above are real cities and are used as places too.
NAME_SYLLABLES: tuple[str, ...] = (
    "Ryong", "Sam", "Kum", "Song", "Chon", "Pung", "Hwa", "Tae", "Un", "Sin", "Pong", "Mu",
    "Hyang", "Chang", "Kang", "Nam", "Tok", "Yong", "San", "Ok", "Rak", "Sok", "Ham", "Paek",
)
FACILITY_KINDS: tuple[str, ...] = (
    "Mine", "Coal Mine", "Power Station", "Steel Works", "Cooperative Farm", "Market",
    "Port", "Hydroelectric Plant", "Machine Complex", "Chemical Complex", "Border Crossing",
    "Solar Park", "Textile Mill", "Fishery Station", "Cement Factory", "Rail Yard",
)

ORGS: tuple[str, ...] = (
    "the Cabinet", "the provincial people’s committee", "the local Party committee",
    "the State Planning Commission", "the county people’s committee", "the provincial trade bureau",
    "the Ministry of Metal Industry", "the Ministry of Electric Power Industry",
    "the Ministry of Agriculture", "the central bank", "the provincial security bureau",
    "the enterprise’s management office", "the neighbourhood watch unit", "the youth league",
)

SOURCES: tuple[str, ...] = (
    "a source in {prov}", "a resident of {city}", "a trader at a market in {city}",
    "a local official in {prov}", "a factory worker in {city}", "a farmer near {city}",
    "an engineer at the {place}", "a driver who regularly travels to {city}",
    "a university student from {city}", "a retired teacher in {prov}",
    "a smuggler working the border near {city}", "a party cadre in {city}",
)

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

REASONS: tuple[str, ...] = (
    "chronic power cuts", "a shortage of spare parts", "the closure of the border",
    "late spring rains", "a lack of diesel", "pressure from higher quotas",
    "falling export prices", "tighter inspections", "an outbreak of illness among workers",
    "the loss of a key supplier", "repeated floods", "the diversion of labour to farms",
    "the cost of imported parts", "a crackdown on private trading",
)

OUTCOMES: tuple[str, ...] = (
    "output has barely recovered", "several units have stopped work",
    "households are buying less", "prices have climbed again",
    "managers are scrambling to meet targets", "workers are going unpaid",
    "trucks are queuing for days", "residents have grown openly frustrated",
    "the plan figures look unrealistic", "local markets have absorbed the shortfall",
)

HEADINGS: tuple[str, ...] = (
    "Background", "What officials ordered", "Conditions on the ground", "Market reaction",
    "Supply shortages", "Expert views", "Outlook", "Local response", "Costs and quotas",
    "Implementation problems", "Trade and the border", "How residents are coping",
    "A familiar pattern", "The numbers", "Reactions in {city}", "The situation in {prov}",
    "Pressure on {item}", "Why {item} matters",
)

# Quoted speech without its closing punctuation; "synth.py" wraps it in curly quotes.
SPEECHES: tuple[str, ...] = (
    "The quota for {item} was raised again in {month}, and nobody knows where the fuel will come from",
    "We were told to hand in {num} kilograms of {item} per household before the end of the month",
    "Since {date}, every unit in {prov} has had to send people to the {place}",
    "The price of {item} went from {price} won to {price2} won in about {days} days",
    "Nobody in {city} believes the {year} targets can be met without help from the state",
    "The machines at the {place} are older than most of the workers who run them",
    "If the power does not come back soon, the {item} will simply rot in the warehouses",
    "Officials keep telling us that {item} is a matter of loyalty, not of money",
    "Traders stopped bringing {item} across because the inspections take {days} days",
    "We worked {num} days straight on {item} and were paid in flour instead of cash",
    "The committee says the {place} will run at full capacity by {month}, but I doubt it",
    "People in {city} are selling {item2} just to buy {item}",
    "There is a rumour that {org} will cut rations if the {item} plan is missed again",
    "Our brigade was sent to the {place} for {days} days with no warning",
    "Everyone knows the reported figures for {item} are inflated",
)

# Clauses that complete "… adding that {clause}" or stand after "because"; lower-case start.
CLAUSES: tuple[str, ...] = (
    "{org} had ordered a {pct} percent increase in {item} output",
    "prices for {item} had risen to {price} won per kilogram in {city}",
    "around {workers} workers had been reassigned to the {place}",
    "the {place} had been idle for {days} days because of {reason}",
    "deliveries of {item} to {prov} had fallen by roughly {pct} percent",
    "officials in {city} had begun inspecting {item} stocks door to door",
    "{item} from the {place} was being sold privately at night",
    "the {year} plan for {item} had been revised upward twice",
    "local markets in {city} were short of {item2} for the first time since {month}",
    "brokers were charging {pct} percent more to move {item} to {city}",
)

# Full sentences, before the first letter is capitalised.
SENTENCES: tuple[str, ...] = (
    "{Org} has ordered factories across {prov} to raise {item} output by {pct} percent before {month}.",
    "According to {source}, the order arrived on {date} and was read out at a workplace meeting.",
    "The {place} reportedly produced {big} tonnes of {item} last year, well short of its plan.",
    "In {city}, the market price of {item} rose to {price} won per kilogram this week, up from {price2} won in {month}.",
    "Residents said that {reason} had left the {place} running at about {pct} percent of capacity.",
    "{Source} said that {clause}.",
    "{Source} added that {clause}, a claim that could not be independently verified.",
    "“{Speech},” {source} said.",
    "“{Speech},” said {source}, adding that {clause}.",
    "{Source} put it bluntly: “{Speech}.”",
    "Asked about the campaign, {source} said, “{Speech}.”",
    "The campaign in {prov} follows a similar drive in {prov2} that collapsed in {year} because of {reason}.",
    "Officials have set a target of {big} tonnes of {item} for {prov} this year, roughly {pct} percent above last year’s figure.",
    "About {workers} people were mobilised to the {place} in {month}, most of them from nearby farms and offices.",
    "Because of {reason}, {outcome}, according to traders in {city}.",
    "Analysts note that {item} has become one of the few reliable sources of foreign currency for {prov}.",
    "A report by {publisher} in {month} {year} described similar shortages at the {place}.",
    "Satellite imagery from {month} shows new activity near the {place}, including {num} additional vehicles.",
    "The local authorities in {city} reportedly fined {num} households for failing to deliver {item} on time.",
    "State media in {month} praised the {place} for exceeding its {item} plan, without giving figures.",
    "Since {date}, trucks carrying {item} have been stopped at checkpoints outside {city}.",
    "Some families in {prov} now spend more than {pct} percent of their income on {item}.",
    "Workers at the {place} said that {reason} was the main reason {outcome}.",
    "The exchange rate in {city} stood at {price} won to the dollar on {date}.",
    "{Org} has not commented publicly on the shortages of {item} in {prov}.",
    "The directive instructs every household in {city} to contribute {num} kilograms of {item} by {month}.",
    "Even so, {outcome}, and few expect conditions at the {place} to improve before {month}.",
    "A second source in {prov} confirmed the account but said the shortfall of {item} was closer to {pct} percent.",
    "The {place}, which employs about {workers} people, has struggled with {reason} for several years.",
    "Experts outside the country say the push for {item} reflects the pressure on {org} to show results.",
    "Similar orders were issued in {prov2} on {date}, where {outcome}.",
    "Local cadres reportedly visited the {place} {num} times in {month} to check on {item} deliveries.",
    "Residents of {city} described queues for {item} lasting up to {num} hours.",
    "It is unclear whether the {big} tonnes reported for the {place} include {item2} as well.",
    "Traders in {city} say that {item2} now changes hands mostly for yuan rather than won.",
    "The shortages come as {org} prepares for a plenary meeting expected in {month}.",
    "By the end of {month}, the {place} had reportedly shipped {big} tonnes of {item} to {city}.",
    "One woman in {city} said her family had sold {item2} to cover the cost of {item}.",
    "Previous campaigns in {prov} have ended quietly once the deadline passed and {outcome}.",
    "The figures could not be confirmed, and {publisher} has reported different numbers for {item}.",
    "On {date}, a meeting at the {place} reviewed progress on {item} and criticised {num} managers by name.",
    "In rural parts of {prov}, {item} is often bartered for {item2} rather than sold for cash.",
    "The order reportedly came with a warning that managers who miss the {item} target would face criticism sessions.",
    "Since {month}, the rail line serving the {place} has run only {num} freight trains a week.",
)

# Sentences used for a brief's summary; the same slots, but the voice of an analyst.
SUMMARY_SENTENCES: tuple[str, ...] = (
    "Reporting from {prov} points to renewed pressure on {item} output.",
    "Sources describe quotas rising faster than supplies of {item2}.",
    "Prices for {item} in {city} have moved sharply since {month}.",
    "State media coverage stresses success at the {place}, which other sources dispute.",
    "Most claims rest on a single source and should be read with caution.",
    "Corroboration is strongest for reports about {item} from {prov}.",
    "Several accounts tie the shortfalls to {reason}.",
)

# Claim statements; rendered as inline Markdown in the brief.
CLAIMS: tuple[str, ...] = (
    "Authorities in {prov} ordered higher {item} output in {month} {year}.",
    "Market prices for {item} in {city} rose sharply in {month} {year}.",
    "The {place} operated well below capacity because of {reason}.",
    "Households in {prov} were required to deliver {item} under a new quota.",
    "Labour was diverted to the {place} during {month} {year}.",
    "Shipments of {item} from {prov} fell in {year}.",
    "Local officials in {city} tightened inspections of {item}.",
    "Reported {item} figures for {prov} are likely *inflated*.",
    "Shortages of {item2} in {city} worsened after {month} {year}.",
    "{Org} has set an ambitious {item} target for {prov}.",
)

# Report titles; the id's slug is made from the filled title.
TITLES: tuple[str, ...] = (
    "{Prov} orders more {item} as {reason} bites",
    "Prices of {item} climb in {city} markets",
    "Workers mobilised to the {place} amid {reason}",
    "{Org} sets new {item} quota for {prov}",
    "Shortage of {item2} hits {city} households",
    "{Prov} steps up {item} drive ahead of {month} deadline",
    "Residents of {city} report falling {item} deliveries",
    "{Place} struggles to meet its {year} plan",
    "Inspections of {item} tighten around {city}",
    "Why {item} matters to {prov} this {month}",
)

BRIEF_TITLES: tuple[str, ...] = (
    "{Topic}: the situation in {prov}",
    "{Topic} pressures in {prov} and {prov2}",
    "What we know about {item} in {prov}",
    "{Topic} briefing, {month} {year}",
)
