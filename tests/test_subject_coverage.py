"""Subject coverage on varied wordings: a battery of short news passages, written for
this test with invented names, where one figure belongs to a named company (or to no one
named), across 17 constructions (plain subject-verb, possessive, passive, appositives,
relative clauses, referring back, datelines, lists, quotations ...), 15 variants each.

Each passage the rules read right now is asserted (its figure gets the expected subject,
and the expected attribute when one is given, as a prefix); the passages still misread are
marked ``misread=True`` and counted only in the overall rate, whose floor is asserted.
``python tests/test_subject_coverage.py`` prints the rate per construction."""

from __future__ import annotations

import collections
import datetime as dt
from functools import cache
from typing import NamedTuple

import pytest

import factcheck
from factcheck import Document


class Passage(NamedTuple):
    construction: str
    text: str
    figure: str  # as written
    subject: str | None  # None: the figure is no named company's
    attribute: str | None = None  # a prefix of the expected attribute, when one is obvious
    misread: bool = False  # still read wrong (see the report in the branch's notes)


BATTERY: tuple[Passage, ...] = (
    # -- plain --
    Passage(
        "plain",
        "Brantwell Foods reported revenue of $1.2 billion for 2024.",
        "$1.2 billion",
        "Brantwell Foods",
        "revenue",
    ),
    Passage(
        "plain",
        "Corrisk Systems posted a net profit of $84 million in 2023.",
        "$84 million",
        "Corrisk Systems",
        "profit",
    ),
    Passage(
        "plain",
        "Halvern Shipping carried 2.4 million containers last year.",
        "2.4 million",
        "Halvern Shipping",
        None,
    ),
    Passage(
        "plain",
        "Mossgate Retail operates 312 stores across the country.",
        "312",
        "Mossgate Retail",
        "count of stores",
    ),
    Passage(
        "plain",
        "Tellford Energy raised $150 million in a Series C round.",
        "$150 million",
        "Tellford Energy",
        "funding_round",
    ),
    Passage(
        "plain", "Quillon Bank employs 4,800 people.", "4,800", "Quillon Bank", "count of staff"
    ),
    Passage(
        "plain",
        "Ardentis Pharma earned $610 million in revenue in 2024.",
        "$610 million",
        "Ardentis Pharma",
        "revenue",
    ),
    Passage(
        "plain", "Velmora Apparel cut 900 jobs in March.", "900", "Velmora Apparel", "count of jobs"
    ),
    Passage(
        "plain", "Pemberly Motors sold 214,000 cars in 2024.", "214,000", "Pemberly Motors", None
    ),
    Passage(
        "plain",
        "Dunstable Telecom paid a fine of £3.5 million.",
        "£3.5 million",
        "Dunstable Telecom",
        "fine",
    ),
    Passage(
        "plain",
        "Oskari Robotics is valued at $2.2 billion after its latest round.",
        "$2.2 billion",
        "Oskari Robotics",
        "valuation",
    ),
    Passage(
        "plain",
        "Frayne Logistics made an operating profit of €45 million in 2024.",
        "€45 million",
        "Frayne Logistics",
        None,
    ),
    Passage(
        "plain",
        "Lantor Airways flew 11 million passengers in 2024.",
        "11 million",
        "Lantor Airways",
        None,
    ),
    Passage(
        "plain", "Gresham Dairy has 1,200 employees.", "1,200", "Gresham Dairy", "count of staff"
    ),
    Passage(
        "plain",
        "Sablewood Games booked sales of $95 million in the first half.",
        "$95 million",
        "Sablewood Games",
        None,
    ),
    # -- possessive --
    Passage(
        "possessive",
        "Brixley Media's revenue rose to $430 million in 2024.",
        "$430 million",
        "Brixley Media",
        "revenue",
    ),
    Passage(
        "possessive",
        "Caldor Steel's net profit fell to $38 million last year.",
        "$38 million",
        "Caldor Steel",
        "profit",
    ),
    Passage(
        "possessive",
        "Norrington Health's workforce of 2,300 will shrink next year.",
        "2,300",
        "Norrington Health",
        None,
    ),
    Passage(
        "possessive",
        "Yelverton Insurance's annual revenue reached £1.9 billion.",
        "£1.9 billion",
        "Yelverton Insurance",
        "revenue",
    ),
    Passage(
        "possessive",
        "Pascoe Labs' valuation climbed to $900 million after the round.",
        "$900 million",
        "Pascoe Labs",
        "valuation",
    ),
    Passage(
        "possessive",
        "Tamsin Foods' sales grew to €240 million in 2024.",
        "€240 million",
        "Tamsin Foods",
        None,
    ),
    Passage(
        "possessive",
        "Rowanby Energy's pre-tax profit was £56 million in 2024.",
        "£56 million",
        "Rowanby Energy",
        None,
    ),
    Passage(
        "possessive",
        "Elderfield Bank's revenue for 2023 came to $3.4 billion.",
        "$3.4 billion",
        "Elderfield Bank",
        "revenue",
    ),
    Passage(
        "possessive",
        "Grantham Cables' order book stood at $1.1 billion at the end of June.",
        "$1.1 billion",
        "Grantham Cables",
        None,
    ),
    Passage(
        "possessive",
        "Ossory Mining's output reached 310,000 ounces of gold in 2024.",
        "310,000 ounces",
        "Ossory Mining",
        None,
    ),
    Passage(
        "possessive",
        "Kellaway Software's revenue jumped 40% to $88 million in 2024.",
        "$88 million",
        "Kellaway Software",
        "revenue",
    ),
    Passage(
        "possessive",
        "Marrick Hotels' profit doubled to £19 million last year.",
        "£19 million",
        "Marrick Hotels",
        "profit",
    ),
    Passage(
        "possessive",
        "Tivercote Foods' fine of £2.1 million was confirmed on appeal.",
        "£2.1 million",
        "Tivercote Foods",
        "fine",
    ),
    Passage(
        "possessive",
        "Wendlebury Motors' net income slipped to $71 million in 2024.",
        "$71 million",
        "Wendlebury Motors",
        "profit",
    ),
    Passage(
        "possessive",
        "Hallowmere Games' revenue hit $52 million in 2023.",
        "$52 million",
        "Hallowmere Games",
        "revenue",
    ),
    # -- passive --
    Passage(
        "passive",
        "Sorrel Analytics was acquired by Brackwater Group for $310 million.",
        "$310 million",
        "Sorrel Analytics",
        "acquisition_price",
    ),
    Passage(
        "passive",
        "Penhallow Water was fined £4.2 million by the regulator.",
        "£4.2 million",
        "Penhallow Water",
        "fine",
    ),
    Passage(
        "passive",
        "Kestle Payments was bought by Orvane Capital for $1.4 billion in 2024.",
        "$1.4 billion",
        "Kestle Payments",
        "acquisition_price",
    ),
    Passage(
        "passive",
        "Linthorpe Foods was fined $900,000 by the competition watchdog.",
        "$900,000",
        "Linthorpe Foods",
        "fine",
    ),
    Passage(
        "passive",
        "Quarrymoor Homes was taken over by Astlebury Estates for £620 million.",
        "£620 million",
        "Quarrymoor Homes",
        "acquisition_price",
    ),
    Passage(
        "passive",
        "Dovercourt Telecom was penalised £8 million by the regulator for billing errors.",
        "£8 million",
        "Dovercourt Telecom",
        None,
    ),
    Passage(
        "passive",
        "Fennick Bio was valued at $750 million by its new investors.",
        "$750 million",
        "Fennick Bio",
        "valuation",
    ),
    Passage(
        "passive",
        "Amberleigh Cosmetics was sold to Trevanion Brands for €180 million.",
        "€180 million",
        "Amberleigh Cosmetics",
        "acquisition_price",
    ),
    Passage(
        "passive",
        "Hollins Rail was fined £1.6 million by the safety regulator on Tuesday.",
        "£1.6 million",
        "Hollins Rail",
        "fine",
    ),
    Passage(
        "passive",
        "Merriott Software was purchased by Caverly Holdings for $95 million.",
        "$95 million",
        "Merriott Software",
        "acquisition_price",
    ),
    Passage(
        "passive",
        "Blackmoor Chemicals was ordered to pay a penalty of $12 million by the court.",
        "$12 million",
        "Blackmoor Chemicals",
        None,
    ),
    Passage(
        "passive",
        "Tressell Energy was acquired by Marlowe Power in a deal worth £2.3 billion.",
        "£2.3 billion",
        "Tressell Energy",
        "acquisition_price",
    ),
    Passage(
        "passive",
        "Ravensworth Bank was fined €6.5 million by the central bank.",
        "€6.5 million",
        "Ravensworth Bank",
        "fine",
    ),
    Passage(
        "passive",
        "Ockley Pharma was bought by Stanmore Health for $480 million last year.",
        "$480 million",
        "Ockley Pharma",
        "acquisition_price",
    ),
    Passage(
        "passive",
        "Gorsefield Media was fined £750,000 by the broadcasting watchdog.",
        "£750,000",
        "Gorsefield Media",
        "fine",
    ),
    # -- appositive_after --
    Passage(
        "appositive_after",
        "Morrow Bakeries, the Leeds-based chain, opened 41 stores in 2024.",
        "41",
        "Morrow Bakeries",
        "count of stores",
    ),
    Passage(
        "appositive_after",
        "Tindale Labs, a Boston biotech, raised $60 million in a Series B round.",
        "$60 million",
        "Tindale Labs",
        "funding_round",
    ),
    Passage(
        "appositive_after",
        "Harwick Freight, the country's largest haulier, reported revenue of £780 million in 2024.",
        "£780 million",
        "Harwick Freight",
        "revenue",
    ),
    Passage(
        "appositive_after",
        "Calloway Bank, a regional lender, posted a net profit of $140 million in 2024.",
        "$140 million",
        "Calloway Bank",
        "profit",
    ),
    Passage(
        "appositive_after",
        "Pennard Outdoor, the camping retailer, employs 1,700 people.",
        "1,700",
        "Pennard Outdoor",
        "count of staff",
    ),
    Passage(
        "appositive_after",
        "Sutterby Energy, an offshore wind developer, was fined £2 million in May.",
        "£2 million",
        "Sutterby Energy",
        "fine",
    ),
    Passage(
        "appositive_after",
        "Lowick Software, the payroll specialist, made revenue of $210 million in 2024.",
        "$210 million",
        "Lowick Software",
        "revenue",
    ),
    Passage(
        "appositive_after",
        "Aldwin Motors, a maker of electric vans, sold 18,000 vehicles in 2024.",
        "18,000",
        "Aldwin Motors",
        None,
    ),
    Passage(
        "appositive_after",
        "Brenchley Foods, the frozen-food group, earned a profit of £33 million in 2024.",
        "£33 million",
        "Brenchley Foods",
        "profit",
    ),
    Passage(
        "appositive_after",
        "Corvell Games, a studio based in Dundee, reported revenue of £48 million in 2024.",
        "£48 million",
        "Corvell Games",
        "revenue",
    ),
    Passage(
        "appositive_after",
        "Ashburn Logistics, one of the largest warehouse operators in Ohio, has 2,900 employees.",
        "2,900",
        "Ashburn Logistics",
        "count of staff",
    ),
    Passage(
        "appositive_after",
        "Penrose Dental, the clinic chain, runs 160 clinics.",
        "160",
        "Penrose Dental",
        None,
    ),
    Passage(
        "appositive_after",
        "Wilbury Airways, a low-cost carrier, flew 9 million passengers in 2024.",
        "9 million",
        "Wilbury Airways",
        None,
    ),
    Passage(
        "appositive_after",
        "Thornaby Steel, the struggling steelmaker, lost $95 million in 2024.",
        "$95 million",
        "Thornaby Steel",
        None,
    ),
    Passage(
        "appositive_after",
        "Medbury Insurance, a listed insurer, reported revenue of $2.6 billion for 2024.",
        "$2.6 billion",
        "Medbury Insurance",
        "revenue",
    ),
    # -- appositive_before --
    Passage(
        "appositive_before",
        "The Leeds-based chain Farlow Bakeries opened 37 stores in 2024.",
        "37",
        "Farlow Bakeries",
        "count of stores",
    ),
    Passage(
        "appositive_before",
        "Boston biotech Carrow Therapeutics raised $85 million in a Series B round.",
        "$85 million",
        "Carrow Therapeutics",
        "funding_round",
    ),
    Passage(
        "appositive_before",
        "Regional lender Stainton Bank posted a net profit of $62 million in 2024.",
        "$62 million",
        "Stainton Bank",
        "profit",
    ),
    Passage(
        "appositive_before",
        "Camping retailer Ormsby Outdoor employs 1,300 people.",
        "1,300",
        "Ormsby Outdoor",
        "count of staff",
    ),
    Passage(
        "appositive_before",
        "The payroll specialist Dunmoor Software made revenue of $130 million in 2024.",
        "$130 million",
        "Dunmoor Software",
        "revenue",
    ),
    Passage(
        "appositive_before",
        "Offshore wind developer Killock Energy was fined £1.2 million in June.",
        "£1.2 million",
        "Killock Energy",
        "fine",
    ),
    Passage(
        "appositive_before",
        "German carmaker Oberfeld Motors sold 480,000 cars in 2024.",
        "480,000",
        "Oberfeld Motors",
        None,
    ),
    Passage(
        "appositive_before",
        "The Dublin-based insurer Carbery Insurance reported revenue of €1.1 billion in 2024.",
        "€1.1 billion",
        "Carbery Insurance",
        "revenue",
    ),
    Passage(
        "appositive_before",
        "Low-cost carrier Skelwith Air flew 14 million passengers in 2024.",
        "14 million",
        "Skelwith Air",
        None,
    ),
    Passage(
        "appositive_before",
        "Frozen-food group Hexley Foods earned a profit of £27 million in 2024.",
        "£27 million",
        "Hexley Foods",
        "profit",
    ),
    Passage(
        "appositive_before",
        "The Welsh water utility Caerwen Water was fined £3.3 million in April.",
        "£3.3 million",
        "Caerwen Water",
        "fine",
    ),
    Passage(
        "appositive_before",
        "Payments start-up Tolland Pay is valued at $1.3 billion.",
        "$1.3 billion",
        "Tolland Pay",
        "valuation",
    ),
    Passage(
        "appositive_before",
        "Clinic chain Brierley Dental runs 140 clinics.",
        "140",
        "Brierley Dental",
        None,
    ),
    Passage(
        "appositive_before",
        "The Texas oil producer Redgate Petroleum reported revenue of $4.1 billion for 2024.",
        "$4.1 billion",
        "Redgate Petroleum",
        "revenue",
    ),
    Passage(
        "appositive_before",
        "Struggling steelmaker Ingleby Steel lost £70 million in 2024.",
        "£70 million",
        "Ingleby Steel",
        None,
    ),
    # -- relative --
    Passage(
        "relative",
        "Yarrow Brewing, which was founded in 2009, reported revenue of $75 million in 2024.",
        "$75 million",
        "Yarrow Brewing",
        "revenue",
    ),
    Passage(
        "relative",
        "Colbeck Energy, which operates four plants, posted a net profit of $120 million in 2024.",
        "$120 million",
        "Colbeck Energy",
        "profit",
    ),
    Passage(
        "relative",
        "Investors backed Pelham Robotics, whose valuation reached $640 million in June.",
        "$640 million",
        "Pelham Robotics",
        "valuation",
    ),
    Passage(
        "relative",
        "Trimley Foods, whose revenue rose to £310 million in 2024, plans to list.",
        "£310 million",
        "Trimley Foods",
        "revenue",
    ),
    Passage(
        "relative",
        "Oakridge Clinics, which employs 3,100 people, is for sale.",
        "3,100",
        "Oakridge Clinics",
        "count of staff",
    ),
    Passage(
        "relative",
        "Hembury Mining, which produced 280,000 ounces of gold in 2024, is raising money.",
        "280,000 ounces",
        "Hembury Mining",
        None,
    ),
    Passage(
        "relative",
        "Analysts praised Rusholme Bank, which made a profit of £95 million in 2024.",
        "£95 million",
        "Rusholme Bank",
        "profit",
    ),
    Passage(
        "relative",
        "Stanwick Media, whose revenue fell to $260 million in 2024, cut 400 jobs.",
        "$260 million",
        "Stanwick Media",
        "revenue",
    ),
    Passage(
        "relative",
        "Glenholt Retail, which runs 220 stores, is closing 30 of them.",
        "220",
        "Glenholt Retail",
        None,
    ),
    Passage(
        "relative",
        "Clayhithe Pharma, which was fined £5 million in 2023, has appealed.",
        "£5 million",
        "Clayhithe Pharma",
        "fine",
    ),
    Passage(
        "relative",
        "Brookmere Software, which raised $40 million in a Series A round, is hiring.",
        "$40 million",
        "Brookmere Software",
        "funding_round",
    ),
    Passage(
        "relative",
        "Regulators fined Tarrant Water, which supplies two million homes, £2.8 million.",
        "£2.8 million",
        "Tarrant Water",
        "fine",
        misread=True,
    ),
    Passage(
        "relative",
        "Evenley Airways, whose fleet numbers 64 aircraft, flew 7 million passengers in 2024.",
        "7 million",
        "Evenley Airways",
        None,
    ),
    Passage(
        "relative",
        "Whitstone Cement, which reported revenue of €880 million in 2024, is cutting costs.",
        "€880 million",
        "Whitstone Cement",
        "revenue",
    ),
    Passage(
        "relative",
        "Kilnsey Foods, whose net profit reached $44 million in 2024, raised its dividend.",
        "$44 million",
        "Kilnsey Foods",
        "profit",
    ),
    # -- refer_back --
    Passage(
        "refer_back",
        "Shares in Averton Retail rose on Monday. The company reported revenue of $910 million for 2024.",  # noqa: E501
        "$910 million",
        "Averton Retail",
        "revenue",
    ),
    Passage(
        "refer_back",
        "Harnley Bank published its results on Tuesday. It made a net profit of £210 million in 2024.",  # noqa: E501
        "£210 million",
        "Harnley Bank",
        "profit",
    ),
    Passage(
        "refer_back",
        "Dalemain Foods has had a hard year. The group lost $35 million in 2024.",
        "$35 million",
        "Dalemain Foods",
        None,
    ),
    Passage(
        "refer_back",
        "Kerswell Outdoor is closing shops. The retailer now runs 84 stores.",
        "84",
        "Kerswell Outdoor",
        None,
    ),
    Passage(
        "refer_back",
        "Ludwell Energy came under scrutiny in 2024. The company was fined £1.9 million in October.",  # noqa: E501
        "£1.9 million",
        "Ludwell Energy",
        "fine",
    ),
    Passage(
        "refer_back",
        "Investors cheered Ormerod Software on Friday. Its revenue rose to $150 million in 2024.",
        "$150 million",
        "Ormerod Software",
        "revenue",
    ),
    Passage(
        "refer_back",
        "Tanfield Air is expanding. The airline carried 6 million passengers in 2024.",
        "6 million",
        "Tanfield Air",
        None,
    ),
    Passage(
        "refer_back",
        "Pitchcombe Labs is growing fast. The startup raised $30 million in a Series A round in May.",  # noqa: E501
        "$30 million",
        "Pitchcombe Labs",
        "funding_round",
    ),
    Passage(
        "refer_back",
        "Ravenglass Steel warned of job losses. It employs 5,200 people.",
        "5,200",
        "Ravenglass Steel",
        "count of staff",
    ),
    Passage(
        "refer_back",
        "Shares in Coldharbour Pharma fell. The drugmaker posted revenue of $2.3 billion for 2024.",
        "$2.3 billion",
        "Coldharbour Pharma",
        "revenue",
    ),
    Passage(
        "refer_back",
        "Nettlebed Insurance reported on Thursday. The insurer made a pre-tax profit of £88 million in 2024.",  # noqa: E501
        "£88 million",
        "Nettlebed Insurance",
        None,
    ),
    Passage(
        "refer_back",
        "Customers have complained about Fulbeck Water. The utility was fined £3 million in March.",
        "£3 million",
        "Fulbeck Water",
        "fine",
    ),
    Passage(
        "refer_back",
        "Brackley Motors opened a new plant. The carmaker sold 95,000 vehicles in 2024.",
        "95,000",
        "Brackley Motors",
        None,
    ),
    Passage(
        "refer_back",
        "Ashwell Hotels has a new chief executive. The group's revenue reached £520 million in 2024.",  # noqa: E501
        "£520 million",
        "Ashwell Hotels",
        "revenue",
    ),
    Passage(
        "refer_back",
        "Quenby Games delayed its next title. Its revenue fell to $41 million in 2024.",
        "$41 million",
        "Quenby Games",
        "revenue",
    ),
    # -- description_opening --
    Passage(
        "description_opening",
        "Struggling shoe retailer Lexden Shoes reported revenue of £150 million for 2024.",
        "£150 million",
        "Lexden Shoes",
        "revenue",
    ),
    Passage(
        "description_opening",
        "Family-owned bakery group Carnforth Bakeries employs 2,600 people.",
        "2,600",
        "Carnforth Bakeries",
        "count of staff",
    ),
    Passage(
        "description_opening",
        "Fast-growing fintech lender Orwell Credit raised $70 million in a Series B round.",
        "$70 million",
        "Orwell Credit",
        "funding_round",
    ),
    Passage(
        "description_opening",
        "Listed housebuilder Bramcote Homes made a profit of £230 million in 2024.",
        "£230 million",
        "Bramcote Homes",
        "profit",
    ),
    Passage(
        "description_opening",
        "Dutch payments firm Vaalburg Pay was fined €2.4 million in July.",
        "€2.4 million",
        "Vaalburg Pay",
        "fine",
    ),
    Passage(
        "description_opening",
        "Loss-making delivery app Swiftrun Delivery is valued at $450 million.",
        "$450 million",
        "Swiftrun Delivery",
        "valuation",
        misread=True,
    ),
    Passage(
        "description_opening",
        "Scottish salmon farmer Lochmore Seafood reported revenue of £410 million in 2024.",
        "£410 million",
        "Lochmore Seafood",
        "revenue",
    ),
    Passage(
        "description_opening",
        "Budget gym operator Pulsefield Gyms runs 190 gyms.",
        "190",
        "Pulsefield Gyms",
        None,
    ),
    Passage(
        "description_opening",
        "Canadian gold miner Northvale Mining produced 520,000 ounces of gold in 2024.",
        "520,000 ounces",
        "Northvale Mining",
        None,
    ),
    Passage(
        "description_opening",
        "Privately held software maker Ellerby Systems earned revenue of $67 million in 2024.",
        "$67 million",
        "Ellerby Systems",
        "revenue",
    ),
    Passage(
        "description_opening",
        "Mid-sized regional carrier Bowland Air flew 3 million passengers in 2024.",
        "3 million",
        "Bowland Air",
        None,
    ),
    Passage(
        "description_opening",
        "Independent cinema chain Reelhouse Cinemas lost £12 million in 2024.",
        "£12 million",
        "Reelhouse Cinemas",
        None,
    ),
    Passage(
        "description_opening",
        "Troubled water supplier Dunsop Water was fined £7 million in May.",
        "£7 million",
        "Dunsop Water",
        "fine",
    ),
    Passage(
        "description_opening",
        "French cosmetics group Belmonde Beauty posted a net profit of €96 million in 2024.",
        "€96 million",
        "Belmonde Beauty",
        "profit",
    ),
    Passage(
        "description_opening",
        "Venture-backed battery maker Voltane Cells raised $200 million in a Series D round.",
        "$200 million",
        "Voltane Cells",
        "funding_round",
    ),
    # -- opening_date_or_clause --
    Passage(
        "opening_date_or_clause",
        "Last year, Clevedon Foods reported revenue of £340 million.",
        "£340 million",
        "Clevedon Foods",
        "revenue",
    ),
    Passage(
        "opening_date_or_clause",
        "After a tough year, Hartsop Retail posted a net loss of $22 million in 2024.",
        "$22 million",
        "Hartsop Retail",
        None,
    ),
    Passage(
        "opening_date_or_clause",
        "In 2024, Greystoke Bank made a net profit of £180 million.",
        "£180 million",
        "Greystoke Bank",
        "profit",
    ),
    Passage(
        "opening_date_or_clause",
        "On Tuesday, Pinfold Water was fined £2.6 million by the regulator.",
        "£2.6 million",
        "Pinfold Water",
        "fine",
    ),
    Passage(
        "opening_date_or_clause",
        "Despite rising costs, Mellor Software grew its revenue to $115 million in 2024.",
        "$115 million",
        "Mellor Software",
        "revenue",
    ),
    Passage(
        "opening_date_or_clause",
        "In March, Culgaith Labs raised $45 million in a Series B round.",
        "$45 million",
        "Culgaith Labs",
        "funding_round",
    ),
    Passage(
        "opening_date_or_clause",
        "Since its founding in 2012, Arnside Outdoor has opened 75 stores.",
        "75",
        "Arnside Outdoor",
        None,
    ),
    Passage(
        "opening_date_or_clause",
        "Following a strong winter, Skiddaw Energy reported revenue of $1.7 billion for 2024.",
        "$1.7 billion",
        "Skiddaw Energy",
        "revenue",
    ),
    Passage(
        "opening_date_or_clause",
        "Earlier this month, Troutbeck Pharma agreed to buy Glenridding Bio for $620 million.",
        "$620 million",
        "Glenridding Bio",
        "acquisition_price",
    ),
    Passage(
        "opening_date_or_clause",
        "For the full year 2024, Ambleside Hotels posted revenue of £275 million.",
        "£275 million",
        "Ambleside Hotels",
        "revenue",
    ),
    Passage(
        "opening_date_or_clause",
        "While rivals struggled, Braithwaite Motors sold 130,000 cars in 2024.",
        "130,000",
        "Braithwaite Motors",
        None,
    ),
    Passage(
        "opening_date_or_clause",
        "Two weeks ago, Keswick Media was fined £900,000 by the watchdog.",
        "£900,000",
        "Keswick Media",
        "fine",
    ),
    Passage(
        "opening_date_or_clause",
        "As demand recovered, Lorton Airways carried 8 million passengers in 2024.",
        "8 million",
        "Lorton Airways",
        None,
    ),
    Passage(
        "opening_date_or_clause",
        "In the first half, Sedbergh Games booked revenue of $29 million.",
        "$29 million",
        "Sedbergh Games",
        "revenue",
    ),
    Passage(
        "opening_date_or_clause",
        "Because of weak sales, Kirkby Fashion cut 600 jobs in 2024.",
        "600",
        "Kirkby Fashion",
        None,
    ),
    # -- reported_speech --
    Passage(
        "reported_speech",
        "Halstow Foods said on Tuesday that its revenue rose to £260 million in 2024.",
        "£260 million",
        "Halstow Foods",
        "revenue",
    ),
    Passage(
        "reported_speech",
        "According to Brancaster Bank, its net profit reached $310 million in 2024.",
        "$310 million",
        "Brancaster Bank",
        "profit",
    ),
    Passage(
        "reported_speech",
        "Revenue at Thurlestone Software rose to $98 million in 2024, according to the company.",
        "$98 million",
        "Thurlestone Software",
        "revenue",
    ),
    Passage(
        "reported_speech",
        "Cley Energy said it employs 3,400 people.",
        "3,400",
        "Cley Energy",
        "count of staff",
    ),
    Passage(
        "reported_speech",
        "Morston Retail said its revenue fell to £190 million in 2024.",
        "£190 million",
        "Morston Retail",
        "revenue",
    ),
    Passage(
        "reported_speech",
        "Blakeney Airways reported on Thursday that it carried 5 million passengers in 2024.",
        "5 million",
        "Blakeney Airways",
        None,
    ),
    Passage(
        "reported_speech",
        "Holkham Pharma told investors that its revenue reached $1.4 billion in 2024.",
        "$1.4 billion",
        "Holkham Pharma",
        "revenue",
    ),
    Passage(
        "reported_speech",
        "Walsey Labs announced on Monday that it had raised $55 million in a Series B round.",
        "$55 million",
        "Walsey Labs",
        "funding_round",
    ),
    Passage(
        "reported_speech",
        "Salthouse Mining said its gold output reached 190,000 ounces in 2024.",
        "190,000 ounces",
        "Salthouse Mining",
        None,
    ),
    Passage(
        "reported_speech",
        "According to a statement from Kelling Water, the utility was fined £1.1 million.",
        "£1.1 million",
        "Kelling Water",
        "fine",
    ),
    Passage(
        "reported_speech",
        "Weybourne Motors said in a filing that it sold 72,000 vehicles in 2024.",
        "72,000",
        "Weybourne Motors",
        None,
    ),
    Passage(
        "reported_speech",
        "Stiffkey Insurance disclosed that its pre-tax profit was £64 million in 2024.",
        "£64 million",
        "Stiffkey Insurance",
        None,
    ),
    Passage(
        "reported_speech",
        "Overy Media said on Wednesday its revenue had climbed to $220 million in 2024.",
        "$220 million",
        "Overy Media",
        "revenue",
    ),
    Passage(
        "reported_speech",
        "Burnham Hotels confirmed that it made a profit of £15 million in 2024.",
        "£15 million",
        "Burnham Hotels",
        "profit",
    ),
    Passage(
        "reported_speech",
        "Wells Chemicals said late on Friday that it would cut 450 jobs.",
        "450",
        "Wells Chemicals",
        None,
    ),
    # -- two_companies --
    Passage(
        "two_companies",
        "Dorrington Group agreed to buy Fenwick Analytics for $240 million.",
        "$240 million",
        "Fenwick Analytics",
        "acquisition_price",
    ),
    Passage(
        "two_companies",
        "Ashby Pharma will acquire Nolton Bio in a deal worth $1.1 billion.",
        "$1.1 billion",
        "Nolton Bio",
        "acquisition_price",
    ),
    Passage(
        "two_companies",
        "Carlow Foods, like its rival Tenby Foods, reported revenue of £400 million in 2024.",
        "£400 million",
        "Carlow Foods",
        "revenue",
    ),
    Passage(
        "two_companies",
        "Kinver Bank made a net profit of $90 million in 2024, less than rival Alveley Bank.",
        "$90 million",
        "Kinver Bank",
        "profit",
    ),
    Passage(
        "two_companies",
        "Bewdley Retail, unlike rival Stourport Stores, grew revenue to £520 million in 2024.",
        "£520 million",
        "Bewdley Retail",
        "revenue",
    ),
    Passage(
        "two_companies",
        "Hartlebury Motors sold 60,000 cars in 2024, while Ombersley Motors sold 45,000.",
        "60,000",
        "Hartlebury Motors",
        None,
    ),
    Passage(
        "two_companies",
        "Cookley Energy paid £380 million for Wolverley Solar.",
        "£380 million",
        "Wolverley Solar",
        "acquisition_price",
    ),
    Passage(
        "two_companies",
        "Chaddesley Software bought Belbroughton Data for $75 million in 2024.",
        "$75 million",
        "Belbroughton Data",
        "acquisition_price",
    ),
    Passage(
        "two_companies",
        "Unlike Clent Airways, Romsley Air carried 4 million passengers in 2024.",
        "4 million",
        "Romsley Air",
        None,
    ),
    Passage(
        "two_companies",
        "Hagley Media's takeover of Pedmore Studios values the studio at $330 million.",
        "$330 million",
        "Pedmore Studios",
        "acquisition_price",
        misread=True,
    ),
    Passage(
        "two_companies",
        "Iverley Labs raised $25 million in a round led by Norton Ventures.",
        "$25 million",
        "Iverley Labs",
        "funding_round",
    ),
    Passage(
        "two_companies",
        "Blakedown Games overtook Churchill Games, posting revenue of $58 million in 2024.",
        "$58 million",
        "Blakedown Games",
        "revenue",
    ),
    Passage(
        "two_companies",
        "Harvington Homes agreed to be taken over by Offenham Estates for £710 million.",
        "£710 million",
        "Harvington Homes",
        "acquisition_price",
    ),
    Passage(
        "two_companies",
        "Lenchwick Foods reported revenue of £88 million in 2024; its rival Norton Dairy did better.",  # noqa: E501
        "£88 million",
        "Lenchwick Foods",
        "revenue",
    ),
    Passage(
        "two_companies",
        "Badsey Retail lost £14 million in 2024, and Aldington Stores made a profit of £9 million.",
        "£9 million",
        "Aldington Stores",
        "profit",
    ),
    # -- parent_unit --
    Passage(
        "parent_unit",
        "Hexford Group's chip unit reported revenue of $900 million in 2024.",
        "$900 million",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Marchwood Holdings' insurance arm made a profit of £40 million in 2024.",
        "£40 million",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Torrin Industries' software division employs 1,100 people.",
        "1,100",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Sallow Foods' frozen business posted revenue of €210 million in 2024.",
        "€210 million",
        None,
        None,
        misread=True,
    ),
    Passage(
        "parent_unit",
        "Keverne Motors' truck unit sold 22,000 trucks in 2024.",
        "22,000",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Brampton Media's streaming service Vellum TV had 3.1 million subscribers at the end of 2024.",  # noqa: E501
        "3.1 million",
        "Vellum TV",
        None,
    ),
    Passage(
        "parent_unit",
        "Ulverby Bank's investment arm, Ulverby Capital, made a profit of $75 million in 2024.",
        "$75 million",
        "Ulverby Capital",
        "profit",
    ),
    Passage(
        "parent_unit",
        "Corsley Energy's solar subsidiary Brightfen Solar raised $120 million in 2024.",
        "$120 million",
        "Brightfen Solar",
        None,
    ),
    Passage(
        "parent_unit",
        "Dinton Pharma's generics unit Medley Generics reported revenue of $340 million in 2024.",
        "$340 million",
        "Medley Generics",
        "revenue",
    ),
    Passage(
        "parent_unit",
        "The cloud division of Haddon Systems grew revenue to $560 million in 2024.",
        "$560 million",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Pewsey Retail's online arm made sales of £95 million in 2024.",
        "£95 million",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Ansty Group's shipping unit, Ansty Lines, carried 800,000 containers in 2024.",
        "800,000",
        "Ansty Lines",
        None,
    ),
    Passage(
        "parent_unit",
        "Revenue at the consumer unit of Fovant Brands fell to $180 million in 2024.",
        "$180 million",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Chicklade Holdings' UK subsidiary was fined £1.3 million in 2024.",
        "£1.3 million",
        None,
        None,
    ),
    Passage(
        "parent_unit",
        "Tisbury Foods' dairy arm, Nadder Dairy, employs 950 people.",
        "950",
        "Nadder Dairy",
        "count of staff",
    ),
    # -- headline --
    Passage(
        "headline",
        "Pellacott Mining profit jumps to $420 million",
        "$420 million",
        "Pellacott Mining",
        "profit",
    ),
    Passage(
        "headline",
        "Cranmore Retail revenue falls to £610 million in 2024",
        "£610 million",
        "Cranmore Retail",
        "revenue",
    ),
    Passage(
        "headline",
        "Ottery Bank fined £4.5 million over failures",
        "£4.5 million",
        "Ottery Bank",
        "fine",
    ),
    Passage(
        "headline",
        "Honiton Labs raises $35 million in Series B",
        "$35 million",
        "Honiton Labs",
        "funding_round",
    ),
    Passage("headline", "Axminster Foods to cut 700 jobs", "700", "Axminster Foods", None),
    Passage(
        "headline",
        "Seaton Energy buys Beer Solar for $160 million",
        "$160 million",
        "Beer Solar",
        "acquisition_price",
    ),
    Passage(
        "headline",
        "Colyton Software valued at $1.2 billion after funding round",
        "$1.2 billion",
        "Colyton Software",
        "valuation",
    ),
    Passage(
        "headline",
        "Branscombe Air carried record 12 million passengers in 2024",
        "12 million",
        "Branscombe Air",
        None,
    ),
    Passage(
        "headline",
        "Sidmouth Media revenue rises 12% to $300 million",
        "$300 million",
        "Sidmouth Media",
        "revenue",
    ),
    Passage(
        "headline",
        "Exmouth Water hit with £3.8 million penalty",
        "£3.8 million",
        "Exmouth Water",
        None,
    ),
    Passage(
        "headline", "Lympstone Motors sells 88,000 cars in 2024", "88,000", "Lympstone Motors", None
    ),
    Passage(
        "headline",
        "Topsham Pharma net profit climbs to €140 million",
        "€140 million",
        "Topsham Pharma",
        "profit",
    ),
    Passage(
        "headline",
        "Dawlish Hotels posts £22 million loss for 2024",
        "£22 million",
        "Dawlish Hotels",
        None,
    ),
    Passage(
        "headline",
        "Kenton Games revenue hits $47 million in 2024",
        "$47 million",
        "Kenton Games",
        "revenue",
    ),
    Passage(
        "headline",
        "Starcross Insurance agrees £900 million sale to Powderham Group",
        "£900 million",
        "Starcross Insurance",
        None,
    ),
    # -- dateline --
    Passage(
        "dateline",
        "LONDON, May 3 (Wire) - Ravenhill Foods reported revenue of £470 million for 2024.",
        "£470 million",
        "Ravenhill Foods",
        "revenue",
    ),
    Passage(
        "dateline",
        "NEW YORK, March 12 (Wire) - Tarnock Bank posted a net profit of $1.3 billion for 2024.",
        "$1.3 billion",
        "Tarnock Bank",
        "profit",
    ),
    Passage(
        "dateline",
        "FRANKFURT, June 2 (Wire) -- Oberau Chemie was fined €5 million by the cartel office.",
        "€5 million",
        "Oberau Chemie",
        "fine",
    ),
    Passage(
        "dateline",
        "SYDNEY, Feb 20 (Wire) - Mount Carrow Mining produced 640,000 ounces of gold in 2024.",
        "640,000 ounces",
        "Mount Carrow Mining",
        None,
    ),
    Passage(
        "dateline",
        "PARIS, April 8 (Wire) - Lunelle Cosmetics said its revenue rose to €780 million in 2024.",
        "€780 million",
        "Lunelle Cosmetics",
        "revenue",
    ),
    Passage(
        "dateline",
        "TOKYO, Jan 30 (Wire) - Hanabira Motors sold 1.2 million cars in 2024.",
        "1.2 million",
        "Hanabira Motors",
        None,
    ),
    Passage(
        "dateline",
        "TORONTO, July 15 (Wire) - Maplecrest Energy agreed to buy Birchfall Oil for C$900 million.",  # noqa: E501
        "C$900 million",
        "Birchfall Oil",
        "acquisition_price",
    ),
    Passage(
        "dateline",
        "DUBLIN, Sept 9 (Wire) - Liffeyside Software raised €40 million in a Series B round.",
        "€40 million",
        "Liffeyside Software",
        "funding_round",
    ),
    Passage(
        "dateline",
        "CHICAGO, Oct 1 (Wire) - Lakeshore Freight employs 6,200 people, it said.",
        "6,200",
        "Lakeshore Freight",
        "count of staff",
    ),
    Passage(
        "dateline",
        "EDINBURGH, Nov 4 (Wire) - Forthbank Insurance made a pre-tax profit of £130 million in 2024.",  # noqa: E501
        "£130 million",
        "Forthbank Insurance",
        None,
    ),
    Passage(
        "dateline",
        "SINGAPORE, Aug 18 (Wire) - Merlion Shipping carried 3.3 million containers in 2024.",
        "3.3 million",
        "Merlion Shipping",
        None,
    ),
    Passage(
        "dateline",
        "MADRID, Dec 5 (Wire) - Solana Retail reported revenue of €2.2 billion for 2024.",
        "€2.2 billion",
        "Solana Retail",
        "revenue",
    ),
    Passage(
        "dateline",
        "BOSTON, May 22 (Wire) - Charlesgate Bio is valued at $1.6 billion after the round.",
        "$1.6 billion",
        "Charlesgate Bio",
        "valuation",
    ),
    Passage(
        "dateline",
        "MILAN, March 3 (Wire) - Navigli Fashion posted a net profit of €61 million for 2024.",
        "€61 million",
        "Navigli Fashion",
        "profit",
    ),
    Passage(
        "dateline",
        "OSLO, June 27 (Wire) - Fjordvik Seafood reported revenue of NOK 8.4 billion for 2024.",
        "NOK 8.4 billion",
        "Fjordvik Seafood",
        "revenue",
    ),
    # -- list --
    Passage(
        "list",
        "Brandon Foods, Lakenheath Dairy and Mildenhall Bakers all reported results, with Brandon Foods posting revenue of £210 million for 2024.",  # noqa: E501
        "£210 million",
        "Brandon Foods",
        "revenue",
    ),
    Passage(
        "list",
        "Among Fornham Retail, Ickworth Stores and Hengrave Shops, only Hengrave Shops grew, to revenue of £95 million in 2024.",  # noqa: E501
        "£95 million",
        "Hengrave Shops",
        "revenue",
        misread=True,
    ),
    Passage(
        "list",
        "Barton Bank, Thurston Bank and Pakenham Bank each paid a fine of £2 million.",
        "£2 million",
        None,
        None,
    ),
    Passage(
        "list",
        "Elveden Energy, Eriswell Power and Icklingham Solar together employ 4,000 people.",
        "4,000",
        None,
        None,
    ),
    Passage(
        "list",
        "Rivals Culford Games and Timworth Games shrank, while Ampton Games raised revenue to $36 million in 2024.",  # noqa: E501
        "$36 million",
        "Ampton Games",
        "revenue",
    ),
    Passage(
        "list",
        "Ixworth Motors, Bardwell Motors and Stanton Cars sold 50,000 cars between them in 2024.",
        "50,000",
        None,
        None,
    ),
    Passage(
        "list",
        "Walsham Labs raised $18 million in a Series A round from Badwell Ventures, Cotton Capital and Finningham Partners.",  # noqa: E501
        "$18 million",
        "Walsham Labs",
        "funding_round",
    ),
    Passage(
        "list",
        "Of the three airlines, Wetherden Air, Haughley Air and Onehouse Airways, Onehouse Airways carried the most passengers, 9 million in 2024.",  # noqa: E501
        "9 million",
        "Onehouse Airways",
        None,
        misread=True,
    ),
    Passage(
        "list",
        "Rattlesden Software bought Felsham Data, Gedding Cloud and Brettenham Systems for a combined $140 million.",  # noqa: E501
        "$140 million",
        None,
        None,
        misread=True,
    ),
    Passage(
        "list",
        "Lavenham Foods, Kersey Foods and Hadleigh Foods reported revenue; Lavenham Foods led with £330 million in 2024.",  # noqa: E501
        "£330 million",
        "Lavenham Foods",
        "revenue",
        misread=True,
    ),
    Passage(
        "list",
        "Regulators fined Nayland Water, Bures Water and Wissington Water a combined £9 million.",
        "£9 million",
        None,
        None,
    ),
    Passage(
        "list",
        "Boxford Pharma, ahead of Polstead Bio and Layham Health, made a profit of $150 million in 2024.",  # noqa: E501
        "$150 million",
        "Boxford Pharma",
        "profit",
    ),
    Passage(
        "list",
        "Shotley Ports, Holbrook Ports and Stutton Ports handled 2 million containers each in 2024.",  # noqa: E501
        "2 million",
        None,
        None,
    ),
    Passage(
        "list",
        "Chelmondiston Bank overtook Woolverstone Bank and Freston Bank with a net profit of £76 million in 2024.",  # noqa: E501
        "£76 million",
        "Chelmondiston Bank",
        "profit",
    ),
    Passage(
        "list",
        "Tattingstone Retail runs 120 stores, more than Bentley Stores or Brantham Shops.",
        "120",
        "Tattingstone Retail",
        None,
    ),
    # -- owned --
    Passage(
        "owned",
        "Harcourt-owned Pelling Foods reported revenue of £150 million for 2024.",
        "£150 million",
        "Pelling Foods",
        "revenue",
    ),
    Passage(
        "owned",
        "Spelsbury Retail, owned by Enstone Holdings, runs 95 stores.",
        "95",
        "Spelsbury Retail",
        None,
    ),
    Passage(
        "owned",
        "Private equity-owned Ditchley Hotels made a profit of £18 million in 2024.",
        "£18 million",
        "Ditchley Hotels",
        "profit",
    ),
    Passage(
        "owned",
        "Cornwell Media, owned by Salford Group, reported revenue of $240 million in 2024.",
        "$240 million",
        "Cornwell Media",
        "revenue",
    ),
    Passage(
        "owned",
        "Chadlington-owned Taston Water was fined £2.2 million in 2024.",
        "£2.2 million",
        "Taston Water",
        "fine",
    ),
    Passage(
        "owned",
        "Kiddington Labs, which is owned by Glympton Capital, raised $22 million in 2024.",
        "$22 million",
        "Kiddington Labs",
        None,
    ),
    Passage(
        "owned",
        "State-owned Wootton Rail carried 40 million passengers in 2024.",
        "40 million",
        "Wootton Rail",
        None,
    ),
    Passage(
        "owned",
        "Family-owned Heythrop Brewing employs 480 people.",
        "480",
        "Heythrop Brewing",
        "count of staff",
    ),
    Passage(
        "owned",
        "Sandford Energy, majority-owned by Tackley Power, reported revenue of $610 million in 2024.",  # noqa: E501
        "$610 million",
        "Sandford Energy",
        "revenue",
    ),
    Passage(
        "owned",
        "Rousham-owned Steeple Motors sold 28,000 cars in 2024.",
        "28,000",
        "Steeple Motors",
        None,
    ),
    Passage(
        "owned",
        "Barford Insurance, part-owned by Deddington Group, made a pre-tax profit of £42 million in 2024.",  # noqa: E501
        "£42 million",
        "Barford Insurance",
        None,
    ),
    Passage(
        "owned",
        "Employee-owned Clifton Engineering reported revenue of £88 million for 2024.",
        "£88 million",
        "Clifton Engineering",
        "revenue",
    ),
    Passage(
        "owned",
        "Hempton Games, owned by Souldern Media since 2019, made revenue of $33 million in 2024.",
        "$33 million",
        "Hempton Games",
        "revenue",
    ),
    Passage(
        "owned",
        "Aynho Bank, wholly owned by Croughton Holdings, posted a net profit of $55 million in 2024.",  # noqa: E501
        "$55 million",
        "Aynho Bank",
        "profit",
    ),
    Passage(
        "owned",
        "Fritwell-owned Somerton Foods cut 210 jobs in 2024.",
        "210",
        "Somerton Foods",
        None,
    ),
    # -- quote_attribution --
    Passage(
        "quote_attribution",
        '"We made revenue of $180 million in 2024," said Ardley Software\'s chief executive.',
        "$180 million",
        "Ardley Software",
        "revenue",
    ),
    Passage(
        "quote_attribution",
        '"Our profit rose to £44 million in 2024," Bucknell Foods said in a statement.',
        "£44 million",
        "Bucknell Foods",
        "profit",
    ),
    Passage(
        "quote_attribution",
        '"We now employ 2,000 people," said the founder of Stoke Lyne Labs.',
        "2,000",
        "Stoke Lyne Labs",
        None,
    ),
    Passage(
        "quote_attribution",
        '"The fine of £1.5 million is unfair," Caversfield Water said.',
        "£1.5 million",
        "Caversfield Water",
        "fine",
    ),
    Passage(
        "quote_attribution",
        '"We carried 6 million passengers in 2024," Launton Air said on Monday.',
        "6 million",
        "Launton Air",
        None,
    ),
    Passage(
        "quote_attribution",
        '"Revenue reached $410 million in 2024," said a spokesperson for Blackthorn Energy.',
        "$410 million",
        "Blackthorn Energy",
        "revenue",
    ),
    Passage(
        "quote_attribution",
        '"We sold 33,000 cars in 2024," Piddington Motors\' chairman told reporters.',
        "33,000",
        "Piddington Motors",
        None,
    ),
    Passage(
        "quote_attribution",
        '"Our revenue fell to £76 million in 2024," Merton Retail admitted.',
        "£76 million",
        "Merton Retail",
        "revenue",
    ),
    Passage(
        "quote_attribution",
        '"We raised $27 million in our Series B round," said Ambrosden Bio\'s chief executive.',
        "$27 million",
        "Ambrosden Bio",
        "funding_round",
    ),
    Passage(
        "quote_attribution",
        '"Net profit was €52 million in 2024," Arncott Chemicals said in its annual report.',
        "€52 million",
        "Arncott Chemicals",
        "profit",
    ),
    Passage(
        "quote_attribution",
        '"We run 140 stores today," said the chief executive of Boarstall Retail.',
        "140",
        "Boarstall Retail",
        None,
    ),
    Passage(
        "quote_attribution",
        '"We lost $19 million in 2024," Oakley Games said.',
        "$19 million",
        "Oakley Games",
        None,
    ),
    Passage(
        "quote_attribution",
        '"Revenue rose to £230 million in 2024," said Brill Hotels.',
        "£230 million",
        "Brill Hotels",
        "revenue",
    ),
    Passage(
        "quote_attribution",
        '"We paid a fine of $3 million," Ludgershall Bank said.',
        "$3 million",
        "Ludgershall Bank",
        "fine",
    ),
    Passage(
        "quote_attribution",
        '"Our operating profit reached £61 million in 2024," Chilton Logistics said on Thursday.',
        "£61 million",
        "Chilton Logistics",
        None,
    ),
)

# The overall share of passages read right, reached on this battery (a floor: raise it
# when a rule reads more)
FLOOR = 0.968  # 247 of 255


@cache
def _reading(text: str, figure: str) -> tuple[str | None, str | None]:
    """The subject and attribute factcheck gives the figure written ``figure``."""
    report = factcheck.check([Document("t.md", text, published=dt.date(2025, 8, 20))])
    for claim in report.claims:
        if claim.text == figure:
            return claim.subject, claim.attribute
    return "<no claim>", None


def _read_right(passage: Passage) -> bool:
    subject, attribute = _reading(passage.text, passage.figure)
    if subject != passage.subject:
        return False
    return passage.attribute is None or (attribute or "").startswith(passage.attribute)


def test_the_battery_is_varied() -> None:
    per = collections.Counter(p.construction for p in BATTERY)
    assert len(BATTERY) >= 250
    assert len(per) >= 15
    assert min(per.values()) >= 12
    assert len({p.text for p in BATTERY}) == len(BATTERY)


@pytest.mark.parametrize(
    "passage",
    [p for p in BATTERY if not p.misread],
    ids=lambda p: f"{p.construction}-{p.figure}",
)
def test_the_figure_gets_its_subject(passage: Passage) -> None:
    subject, attribute = _reading(passage.text, passage.figure)
    assert subject == passage.subject, passage.text
    if passage.attribute is not None:
        assert (attribute or "").startswith(passage.attribute), passage.text


def test_the_overall_rate_stays_at_its_floor() -> None:
    read = sum(_read_right(p) for p in BATTERY)
    assert read / len(BATTERY) >= FLOOR


def rates() -> dict[str, tuple[int, int]]:
    """Passages read right and passages, per construction."""
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for passage in BATTERY:
        per[passage.construction][0] += _read_right(passage)
        per[passage.construction][1] += 1
    return {k: (v[0], v[1]) for k, v in per.items()}


if __name__ == "__main__":
    total = [0, 0]
    for construction, (right, count) in rates().items():
        print(f"{construction:24s} {right:3d}/{count}")
        total[0] += right
        total[1] += count
    print(f"{'all':24s} {total[0]:3d}/{total[1]} = {total[0] / total[1]:.1%}")
