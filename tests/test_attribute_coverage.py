"""Attribute coverage measured on varied wordings: a battery of short news sentences,
written for these tests, each with one figure, an invented subject and the family of
attribute the figure measures (revenue, profit, a takeover price, a deal's value, a round,
a valuation, a fine, a fee, an investment, a market share, a headcount, stores,
subscribers, units sold, production, capacity, passengers or visitors, box-office takings),
each family in a dozen or more of the phrasings news uses.

Each sentence read right now is asserted one by one; the overall rate is held to a floor.
Sentences still misread are listed apart with what they need, and are not asserted (a test
that they stay misread would break on every improvement): the floor test reports them.

    python -m pytest -q tests/test_attribute_coverage.py -s   # prints the rate per family
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pytest
from prose import claims_of, contradictions

import factcheck
from factcheck import Claim, Document, Kind

# The names any of which the subject of a family's figure must hold (a deal's subject is
# its pair of parties, a transfer's the player)
SUBJECTS: dict[str, tuple[str, ...]] = {
    "revenue": ("Corvane Systems",),
    "profit": ("Maltrix Foods",),
    "acquisition_price": ("Tessaly Labs",),
    "deal_value": ("Brenna Motors", "Kestrel Energy"),
    "funding_round": ("Quillon AI",),
    "valuation": ("Quillon AI",),
    "fine": ("Dunmore Bank",),
    "fee": ("Marco Velti", "Orbis Media", "Halden Studios"),
    "investment": ("Norrik Power",),
    "market_share": ("Velora Telecom",),
    "employees": ("Harlow Logistics",),
    "stores": ("Pemberly Retail",),
    "subscribers": ("Streamly Plus",),
    "units_sold": ("Torvik Motors",),
    "production": ("Granholt Mining",),
    "capacity": ("Norrik Power", "Calder Health", "Calder Arena"),
    "passengers": ("Skerry Air", "Skerry Airport", "Hallam Leisure"),
    "box_office": ("Ember Tide", "Brightfall Pictures"),
}

# Read right now: each is asserted.
READ: dict[str, list[str]] = {
    "revenue": [
        "Corvane Systems reported revenue of $4.2 billion for 2024.",
        "Corvane Systems' revenue rose to $4.2 billion last year.",
        "Corvane Systems brought in $4.2 billion in sales in 2024.",
        "Corvane Systems took in $4.2 billion in revenue last year.",
        "Corvane Systems turned over £850 million in the year to March.",
        "Corvane Systems posted sales of $4.2 billion for the year.",
        "Sales at Corvane Systems climbed to $4.2 billion in 2024.",
        "Corvane Systems had a turnover of £850 million last year.",
        "Corvane Systems generated $4.2 billion in revenue in 2024.",
        "Annual revenue at Corvane Systems reached $4.2 billion.",
        "Corvane Systems booked revenues of $4.2 billion in the twelve months to June.",
        "Corvane Systems Revenue Hits $4.2 Billion",
        "Corvane Systems, which had sales of $4.2 billion last year, is based in Leeds.",
        "Corvane Systems said its top line grew to $4.2 billion in 2024.",
        "Corvane Systems earned revenues of $4.2 billion last year.",
    ],
    "profit": [
        "Maltrix Foods reported a net profit of $310 million for 2024.",
        "Maltrix Foods made a profit of £42 million last year.",
        "Maltrix Foods' net income rose to $310 million in 2024.",
        "Maltrix Foods posted pre-tax profits of £42 million for the year.",
        "Maltrix Foods swung to a net loss of $85 million in 2024.",
        "Maltrix Foods earned $310 million in the year to June.",
        "Maltrix Foods' operating profit climbed to £42 million last year.",
        "Maltrix Foods booked an operating loss of $85 million in 2024.",
        "Maltrix Foods made £42 million before tax in the year to March.",
        "Maltrix Foods Profit Jumps to $310 Million",
        "Maltrix Foods returned to the black, making $310 million after tax in 2024.",
        "Maltrix Foods' bottom line improved to $310 million last year.",
        "Maltrix Foods reported operating income of $120 million for the year.",
        "Maltrix Foods made an underlying operating profit of £42 million in 2024.",
        "Maltrix Foods lost $85 million in 2024.",
    ],
    "acquisition_price": [
        "Hollin Group agreed to buy Tessaly Labs for $1.2 billion.",
        "Tessaly Labs was acquired by Hollin Group for $1.2 billion.",
        "Hollin Group completed its $1.2 billion takeover of Tessaly Labs.",
        "Hollin Group will pay $1.2 billion for Tessaly Labs.",
        "Tessaly Labs was sold to Hollin Group for $1.2 billion.",
        "Hollin Group snapped up Tessaly Labs for $1.2 billion.",
        "Hollin Group's $1.2 billion acquisition of Tessaly Labs closed on Monday.",
        "Hollin Group's takeover put a $1.2 billion price tag on Tessaly Labs.",
        "Hollin Group is taking over Tessaly Labs in a $1.2 billion all-cash deal.",
        "Hollin Group paid $1.2 billion to take over Tessaly Labs.",
        "Hollin Group agreed to purchase Tessaly Labs for $1.2 billion in cash.",
        "Tessaly Labs was bought by Hollin Group for $1.2 billion.",
        "Tessaly Labs agreed to be taken over by Hollin Group for $1.2 billion.",
    ],
    "deal_value": [
        "Brenna Motors signed a $500 million supply deal with Kestrel Energy.",
        "Brenna Motors and Kestrel Energy struck a partnership worth $500 million.",
        "Kestrel Energy won a $500 million contract from Brenna Motors.",
        "The agreement between Brenna Motors and Kestrel Energy is worth $500 million.",
        "Brenna Motors inked a five-year pact valued at $500 million with Kestrel Energy.",
        "Brenna Motors awarded Kestrel Energy a contract worth $500 million.",
        "Brenna Motors' $500 million tie-up with Kestrel Energy was announced on Tuesday.",
        "Brenna Motors entered into a $500 million agreement with Kestrel Energy.",
        "Kestrel Energy secured a supply contract from Brenna Motors worth $500 million.",
        "The sponsorship deal between Brenna Motors and Kestrel Energy runs to $500 million.",
        "Brenna Motors and Kestrel Energy agreed a $500 million joint venture.",
    ],
    "funding_round": [
        "Quillon AI raised $75 million in a Series B round.",
        "Quillon AI has closed a $75 million funding round.",
        "Quillon AI secured $75 million in fresh funding led by Anvil Ventures.",
        "Quillon AI Raises $75 Million",
        "Quillon AI landed $75 million in Series B funding.",
        "Quillon AI bagged $75 million in new capital.",
        "Quillon AI completed a $75 million Series C.",
        "Quillon AI's $75 million round was led by Anvil Ventures.",
        "Quillon AI has raised a further $75 million from its backers.",
        "Quillon AI announced a $75 million financing round on Thursday.",
        "Quillon AI drew $75 million in a round led by Anvil Ventures.",
        "Quillon AI said it had secured $75 million of venture funding.",
        "Quillon AI closed a $75 million seed round last week.",
    ],
    "valuation": [
        "Quillon AI is now valued at $2 billion.",
        "The round valued Quillon AI at $2 billion.",
        "Quillon AI reached a valuation of $2 billion after the round.",
        "Investors put a price tag of $2 billion on Quillon AI in the funding round.",
        "Quillon AI was valued at $2 billion in its latest funding round.",
        "Quillon AI's valuation rose to $2 billion.",
        "The new funding values Quillon AI at $2 billion.",
        "Quillon AI, now worth $2 billion, employs engineers in Oslo.",
        "Quillon AI Hits $2 Billion Valuation",
        "The round gives Quillon AI a valuation of $2 billion.",
        "Quillon AI secured a post-money valuation of $2 billion.",
        "The investment pegs Quillon AI's value at $2 billion.",
        "Quillon AI became a unicorn with a $2 billion valuation.",
    ],
    "fine": [
        "Regulators fined Dunmore Bank $45 million.",
        "Dunmore Bank was fined $45 million by the regulator.",
        "Dunmore Bank landed a fine of $45 million for weak controls.",
        "Dunmore Bank agreed to pay $45 million to settle the claims.",
        "Dunmore Bank will pay a $45 million penalty.",
        "The regulator imposed a $45 million penalty on Dunmore Bank.",
        "Dunmore Bank Hit With $45 Million Fine",
        "Dunmore Bank was ordered to pay a $45 million civil penalty.",
        "Dunmore Bank reached a $45 million settlement with investors.",
        "Dunmore Bank was handed a $45 million fine.",
        "Dunmore Bank paid $45 million to resolve the probe.",
        "The watchdog slapped Dunmore Bank with a $45 million fine.",
        "Dunmore Bank was penalised $45 million over the lapses.",
        "Dunmore Bank settled the lawsuit for $45 million.",
    ],
    "fee": [
        "Redfield United signed Marco Velti for a fee of £30 million.",
        "Marco Velti joined Redfield United for a fee of £30 million.",
        "Marco Velti's transfer to Redfield United cost £30 million.",
        "Orbis Media pays Halden Studios a licensing fee of $20 million.",
        "Orbis Media agreed a $20 million royalty payment to Halden Studios.",
        "Halden Studios charges Orbis Media a fee of $20 million for the licence.",
        "The licence fee Orbis Media pays Halden Studios is $20 million.",
        "Redfield United sold Marco Velti to Castor Athletic for £30 million.",
        "Castor Athletic bought Marco Velti from Redfield United for £30 million.",
        "Marco Velti moved to Castor Athletic in a £30 million transfer.",
        "Orbis Media will pay $20 million in rights fees to Halden Studios.",
    ],
    "investment": [
        "Anvil Ventures invested $200 million in Norrik Power.",
        "Anvil Ventures made a $200 million investment in Norrik Power.",
        "Anvil Ventures is putting $200 million into Norrik Power.",
        "Norrik Power received a $200 million investment from Anvil Ventures.",
        "Norrik Power will invest £200 million in a new plant in Hull.",
        "Norrik Power Invests £200 Million in Hull Plant",
        "Anvil Ventures pumped $200 million into Norrik Power.",
        "Norrik Power's £200 million investment in Hull will create jobs.",
        "Anvil Ventures took a $200 million stake in Norrik Power.",
        "Anvil Ventures backed Norrik Power with $200 million.",
    ],
    "market_share": [
        "Velora Telecom holds a 23% share of the mobile market.",
        "Velora Telecom's market share rose to 23%.",
        "Velora Telecom controls 23% of the UK mobile market.",
        "Velora Telecom has a market share of 23%.",
        "Velora Telecom accounts for 23% of the mobile market in the country.",
        "Velora Telecom's share of the broadband market reached 23%.",
        "Velora Telecom commands 23% of the market.",
        "Velora Telecom captured 23% of smartphone sales last year.",
        "Velora Telecom has 23% of the grocery market.",
        "Velora Telecom's share of the market stood at 23% in June.",
        "Velora Telecom owns a 23% slice of the mobile market.",
    ],
    "employees": [
        "Harlow Logistics employs 4,300 people.",
        "Harlow Logistics has 4,300 employees.",
        "Harlow Logistics has a workforce of 4,300.",
        "Harlow Logistics has 4,300 staff.",
        "Harlow Logistics, which employs 4,300 workers, is based in Derby.",
        "Harlow Logistics' headcount stood at 4,300 at the end of June.",
        "Harlow Logistics has a staff of 4,300.",
        "Harlow Logistics' 4,300 employees received a bonus.",
        "Harlow Logistics now employs around 4,300 staff across Europe.",
        "Harlow Logistics has 4,300 people on its payroll.",
        "Harlow Logistics has grown its headcount to 4,300.",
        "Harlow Logistics has a payroll of 4,300 workers.",
    ],
    "stores": [
        "Pemberly Retail operates 412 stores.",
        "Pemberly Retail runs 412 shops across the country.",
        "Pemberly Retail has a network of 412 branches.",
        "Pemberly Retail has 412 outlets in Britain.",
        "Pemberly Retail trades from 412 stores.",
        "Pemberly Retail's estate numbers 412 shops.",
        "Pemberly Retail now has 412 branches.",
        "Pemberly Retail, which has 412 stores, reported steady sales.",
        "Pemberly Retail ended the year with 412 stores.",
        "Pemberly Retail's 412 shops remain open.",
        "Pemberly Retail owns 412 restaurants.",
        "Pemberly Retail has a chain of 412 stores.",
        "Pemberly Retail counts 412 branches in its network.",
    ],
    "subscribers": [
        "Streamly Plus has 18 million subscribers.",
        "Streamly Plus reached 18 million paying subscribers.",
        "Streamly Plus signed up 18 million users.",
        "Streamly Plus's subscriber base grew to 18 million.",
        "Streamly Plus boasts 18 million monthly active users.",
        "Streamly Plus now counts 18 million subscribers.",
        "Streamly Plus serves 18 million customers.",
        "Streamly Plus ended June with 18 million subscribers.",
        "Streamly Plus has a user base of 18 million.",
        "The number of Streamly Plus subscribers rose to 18 million.",
        "Streamly Plus has signed up 18 million members.",
        "Streamly Plus's 18 million subscribers pay monthly.",
        "Streamly Plus said its audience had grown to 18 million users.",
    ],
    "units_sold": [
        "Torvik Motors delivered 48,000 vehicles last year.",
        "Torvik Motors sold 48,000 cars in 2024.",
        "Torvik Motors shipped 2.1 million smartphones in the quarter.",
        "Torvik Motors' deliveries rose to 48,000 vehicles in 2024.",
        "Torvik Motors sold 48,000 units in 2024.",
        "Torvik Motors recorded deliveries of 48,000 vehicles in 2024.",
        "Torvik Motors' shipments reached 2.1 million phones in the quarter.",
        "Torvik Motors registered 48,000 car sales in 2024.",
        "Torvik Motors sold a record 48,000 cars last year.",
    ],
    "production": [
        "Granholt Mining produced 412,000 ounces of gold last year.",
        "Granholt Mining's copper output rose to 210,000 tonnes in 2024.",
        "Granholt Mining pumped 85,000 barrels of oil a day.",
        "Granholt Mining mined 210,000 tonnes of copper in 2024.",
        "Granholt Mining turned out 1.2 million tonnes of steel last year.",
        "Granholt Mining's production of gold reached 412,000 ounces.",
        "Granholt Mining extracted 412,000 ounces of gold in 2024.",
        "Granholt Mining generated 12 TWh of electricity last year.",
        "Granholt Mining had gold production of 412,000 ounces in 2024.",
        "Granholt Mining churned out 1.2 million tonnes of steel in 2024.",
        "Granholt Mining made 1.2 million tonnes of steel last year.",
        "Granholt Mining harvested 30,000 tonnes of wheat in 2024.",
    ],
    "capacity": [
        "Norrik Power has 450 MW of wind capacity.",
        "Norrik Power operates 2.4 GW of solar capacity.",
        "Norrik Power has an installed capacity of 2.4 GW.",
        "Calder Health has 640 beds across its hospitals.",
        "Calder Arena has a capacity of 52,000.",
        "Calder Arena can hold 52,000 fans.",
        "Calder Health operates 640 beds.",
        "Calder Arena has 52,000 seats.",
        "Norrik Power added 300 MW of capacity last year.",
        "Calder Health has a capacity of 640 beds.",
        "Calder Arena seats 52,000 spectators.",
    ],
    "passengers": [
        "Skerry Air carried 16 million passengers last year.",
        "Skerry Air flew 16 million travellers in 2024.",
        "Skerry Airport handled 16 million passengers last year.",
        "Skerry Airport welcomed 16 million passengers in 2024.",
        "Skerry Air's passenger numbers rose to 16 million.",
        "Hallam Leisure attracted 3.2 million visitors last year.",
        "Hallam Leisure drew 3.2 million visitors in 2024.",
        "Hallam Leisure's visitor numbers reached 3.2 million.",
        "Skerry Air served 16 million passengers in 2024.",
        "Hallam Leisure had 3.2 million visitors last year.",
        "Hallam Leisure recorded 3.2 million admissions in 2024.",
        "Skerry Airport saw 16 million passengers pass through in 2024.",
    ],
    "box_office": [
        "Ember Tide grossed $210 million at the global box office.",
        "Ember Tide took in $210 million at the box office.",
        "Ember Tide's box-office takings reached $210 million.",
        "Ember Tide made $210 million in ticket sales.",
        "Ember Tide's worldwide gross stands at $210 million.",
        "Ember Tide's ticket sales totalled $210 million.",
        "Ember Tide generated $210 million at the box office.",
    ],
}

# Misread now, each with what it would need; reported by the floor test, never asserted.
MISREAD: dict[str, list[str]] = {
    "revenue": [
        # a figure fronted before its relative clause: the subject named inside 'that X recorded'
        "The $4.2 billion in revenue that Corvane Systems recorded last year was a record.",
    ],
    "profit": [
        # a sentence-initial 'Profit' is taken for the subject's name
        "Profit before tax at Maltrix Foods reached £42 million last year.",
    ],
    "acquisition_price": [
        # 'fetched' (a price a seller obtains) needs the sold thing as subject, not the object
        # after a cue
        "Tessaly Labs fetched $1.2 billion in its sale to Hollin Group.",
        # 'changed hands' prices the clause's subject; the object-subject rule looks after the cue
        # and finds none
        "Tessaly Labs changed hands for $1.2 billion last year.",
        # headline case: a capitalised verb is read into one long name
        "Hollin Group Buys Tessaly Labs for $1.2 Billion",
    ],
    "deal_value": [
        # headline case: a capitalised verb is read into one long name
        "Brenna Motors Signs $500 Million Deal With Kestrel Energy",
        # 'order' is no deal cue ('in order to' makes it a poor one)
        "Kestrel Energy landed a $500 million order from Brenna Motors.",
        # an opening phrase's figure does not take the parties of the main clause
        "Under the $500 million accord, Kestrel Energy will supply batteries to Brenna Motors.",
    ],
    "funding_round": [
        # 'from investors' should make the sum raised; read as revenue
        "Quillon AI pulled in $75 million from investors.",
    ],
    "valuation": [
        # the nearer 'round' wins over 'valuation to'
        "Quillon AI doubled its valuation to $2 billion in the round.",
    ],
    "fee": [
        # a fee paid 'for' a person is the person's; the payer is taken
        "Redfield United paid a £30 million transfer fee for Marco Velti.",
        # headline case: a capitalised verb is read into one long name
        "Redfield United Land Marco Velti for £30 Million",
        # a fee agreed 'for' a person is the person's; the payer is taken
        "Castor Athletic agreed a fee of £30 million with Redfield United for Marco Velti.",
    ],
    "investment": [
        # spending on a plant is read as a commitment between the company and a place
        "Norrik Power is spending £200 million on a new plant in Hull.",
        # an investment into the investor's own plant has no second party, so no subject
        "Norrik Power sank £200 million into its Hull plant.",
        # 'earmarked ... for investment' is not read; the place is taken as a party
        "Norrik Power has earmarked £200 million for investment in Hull.",
        # an investment in the investor's own plant has no second party, so no subject
        "Norrik Power is investing £200 million to expand its Hull plant.",
    ],
    "market_share": [
        # headline case: 'Market Share' is read as a name
        "Velora Telecom Grabs 23% Market Share",
        # a bare 'a 23% share' names no whole (it may be a stake)
        "Velora Telecom is the second-largest operator with a 23% share.",
        # an opening phrase's figure does not take the main clause's subject
        "With 23% of the market, Velora Telecom trails its rival.",
    ],
    "employees": [
        # a name between the headcount noun and its level verb
        "The workforce at Harlow Logistics numbers 4,300.",
        # headline case: no count is read after a capitalised verb
        "Harlow Logistics Employs 4,300",
    ],
    "stores": [
        # headline case: no count is read after a capitalised verb
        "Pemberly Retail Operates 412 Stores",
    ],
    "subscribers": [
        # headline case: no count is read after a capitalised verb
        "Streamly Plus Tops 18 Million Subscribers",
    ],
    "units_sold": [
        # 'handed over' is a housebuilder's completion in the light-verb table
        "Torvik Motors handed over 48,000 cars to customers last year.",
        # headline case: no count is read after a capitalised verb
        "Torvik Motors Delivers 48,000 Vehicles",
        # 'shifted' (sold) is not a verb of selling in count_verbs.txt: it also means moved
        "Torvik Motors shifted 48,000 cars in 2024.",
        # 'moved' is a verb of carrying cargo; here it is selling
        "Torvik Motors moved 2.1 million handsets in the quarter.",
        # 'handed ... to buyers' is a delivery, not read
        "Torvik Motors handed 48,000 vehicles to buyers in 2024.",
    ],
    "production": [
        # headline case: a capitalised verb is read into one long name
        "Granholt Mining Output Hits 412,000 Ounces of Gold",
        # 'poured' is an investment verb before money; for gold it is production
        "Granholt Mining poured 412,000 ounces of gold last year.",
    ],
    "capacity": [
        # 'generating' is no noun of what the capacity is of, so no attribute
        "Norrik Power's generating capacity reached 2.4 GW.",
        # 'produce' (production) ties with 'can produce' (capacity) and is listed first
        "Norrik Power can produce 2.4 GW of electricity.",
        # headline case: a capitalised verb is read into one long name
        "Norrik Power Doubles Capacity to 2.4 GW",
    ],
    "passengers": [
        # headline case: no count is read after a capitalised verb
        "Skerry Air Carries 16 Million Passengers",
        # the company after 'with' is not taken as the subject
        "Some 16 million passengers flew with Skerry Air last year.",
    ],
    "box_office": [
        # 'earned' is a weak profit cue; a film's earnings are takings
        "Ember Tide has earned $210 million worldwide.",
        # headline case: a capitalised verb is read into one long name
        "Ember Tide Crosses $210 Million at Box Office",
        # 'pulled in' with no noun names nothing
        "Ember Tide pulled in $210 million in its opening weekend.",
        # 'taken ... at cinemas' names nothing
        "Ember Tide has taken $210 million at cinemas worldwide.",
        # 'opened to' (a film's opening takings) names nothing
        "Ember Tide opened to $210 million in North America.",
        # the possessor is taken as the subject, not the film it owns
        "Brightfall Pictures' Ember Tide racked up $210 million at the box office.",
        # 'haul' is too vague to be a cue
        "Ember Tide's global haul reached $210 million.",
    ],
}

Row = tuple[str, tuple[str, ...], str]


def _rows(table: dict[str, list[str]]) -> list[Row]:
    """(family, subjects, sentence) for each sentence of ``table``."""
    return [(family, SUBJECTS[family], text) for family, texts in table.items() for text in texts]


READ_ROWS = _rows(READ)
ALL_ROWS = READ_ROWS + _rows(MISREAD)

# Reached on this battery: 215 of 258 (83.3%); it was 179 (69.4%) before the cues and
# rules these tests came with.
FLOOR = 0.83

# The attributes of a money figure that each family accepts ("revenue (box office)" is a
# revenue, a transfer's price is its fee: the two are one figure)
_MONEY = {
    "revenue": ("revenue",),
    "box_office": ("revenue",),
    "profit": ("profit", "pretax_profit", "operating_profit"),
    "acquisition_price": ("acquisition_price",),
    "deal_value": ("deal_value",),
    "funding_round": ("funding_round",),
    "valuation": ("valuation",),
    "fine": ("fine",),
    "fee": ("fee", "acquisition_price"),
    "investment": ("investment",),
}
# The words of a count's attribute that each family of counts accepts
_COUNTS = {
    "employees": ("staff", "employees", "workers", "people"),
    "stores": ("stores", "shops", "branches", "outlets", "restaurants"),
    "subscribers": ("subscribers", "users", "customers", "members"),
    "units_sold": ("(delivered)", "(sold)", "(shipped)", "deliveries", "sales"),
    "passengers": ("passengers", "travellers", "visitors", "admissions"),
    "capacity": ("beds", "seats", "capacity"),
}


def _measures(family: str, claim: Claim) -> bool:
    """Whether ``claim`` is read as a figure of ``family``."""
    attribute = claim.attribute or ""
    if family in _MONEY:
        return claim.kind is Kind.MONEY and any(
            attribute == name or attribute.startswith(name + " ") for name in _MONEY[family]
        )
    if family == "market_share":
        return claim.kind is Kind.PERCENT and attribute.startswith("share of")
    if family == "production":
        return claim.kind is Kind.QUANTITY and attribute.startswith("production")
    if family == "capacity" and claim.kind is Kind.QUANTITY:
        return attribute.startswith("capacity")
    return claim.kind is Kind.COUNT and any(word in attribute for word in _COUNTS[family])


@lru_cache(maxsize=1)
def _claims() -> dict[str, list[Claim]]:
    """Every claim of the battery, one article a sentence, checked in one run."""
    rows = ALL_ROWS
    documents = [Document(f"s{i:03d}.md", text) for i, (_, _, text) in enumerate(rows)]
    claims: dict[str, list[Claim]] = {text: [] for _, _, text in rows}
    for claim in factcheck.check(documents).claims:
        claims[rows[int(claim.location.doc[1:4])][2]].append(claim)
    return claims


def _read_right(family: str, subjects: tuple[str, ...], text: str) -> bool:
    """Whether a figure of ``text`` is read as ``family``, with one of ``subjects``."""
    return any(
        _measures(family, claim)
        and claim.subject is not None
        and any(name in claim.subject for name in subjects)
        for claim in _claims()[text]
    )


def test_the_battery_is_varied() -> None:
    families = Counter(family for family, _, _ in ALL_ROWS)
    assert len(ALL_ROWS) >= 250
    assert len(families) >= 15
    assert min(families.values()) >= 12
    assert len({text for _, _, text in ALL_ROWS}) == len(ALL_ROWS)


@pytest.mark.parametrize(
    ("family", "subjects", "text"), READ_ROWS, ids=[text for _, _, text in READ_ROWS]
)
def test_a_wording_is_read_as_its_family(
    family: str, subjects: tuple[str, ...], text: str
) -> None:
    found = [(c.text, c.subject, c.attribute) for c in _claims()[text]]
    assert _read_right(family, subjects, text), found


def test_the_rate_over_the_battery_keeps_its_floor() -> None:
    per_family: dict[str, list[bool]] = {}
    for family, subjects, text in ALL_ROWS:
        per_family.setdefault(family, []).append(_read_right(family, subjects, text))
    right = sum(sum(v) for v in per_family.values())
    total = len(ALL_ROWS)
    for family, results in per_family.items():
        print(f"{family:18s} {sum(results):3d}/{len(results):3d}")
    print(f"all {right}/{total} = {right / total:.1%}")
    misread = _rows(MISREAD)
    still = [text for family, names, text in misread if not _read_right(family, names, text)]
    print("still misread:", *still, sep="\n  ")
    assert right / total >= FLOOR


# -- what the new readings meet, and what they leave alone --


def test_an_owned_count_meets_the_same_headcount() -> None:
    found = contradictions(
        "Wexley Freight's 4,300 employees received a bonus.",
        "Wexley Freight has 5,100 employees, its chief executive said.",
    )
    assert found == [("4,300", "5,100")]


def test_a_name_with_a_number_in_it_is_still_no_count() -> None:
    assert not claims_of("Hooli's Model 3 went on sale in May.", Kind.COUNT)


def test_a_noun_of_deliveries_at_a_level_meets_delivered() -> None:
    found = contradictions(
        "Initech Motors' deliveries rose to 48,000 vehicles in 2024.",
        "Initech Motors delivered 52,000 vehicles in 2024.",
    )
    assert found == [("48,000", "52,000")]


def test_a_change_of_the_workforce_is_no_headcount() -> None:
    (claim,) = claims_of("Vandelay Foods cut its workforce by 300 in May.", Kind.COUNT)
    assert claim.attribute is None


def test_visitor_numbers_never_meet_passengers() -> None:
    visitors = claims_of("Globex Leisure's visitor numbers reached 3.2 million.", Kind.COUNT)
    passengers = claims_of("Globex Leisure carried 3.2 million passengers.", Kind.COUNT)
    assert visitors[0].attribute == "count of visitors"
    assert visitors[0].attribute != passengers[0].attribute


def test_a_price_tag_of_a_sum_with_no_deal_prices_nothing() -> None:
    (claim,) = claims_of("Critics put a price tag of $2 billion on Acme Robotics.")
    assert claim.attribute is None


def test_turned_over_before_a_sum_is_a_turnover_but_not_before_keys() -> None:
    (claim,) = claims_of("Acme Retail turned over £850 million in the year to March.")
    assert claim.attribute == "revenue"  # "the year to March": a financial year's turnover
    assert str(claim.period).startswith("year to ") and str(claim.period).endswith("-03")
    assert not claims_of("Acme Retail turned over the keys to its £850 million site.")[0].attribute
