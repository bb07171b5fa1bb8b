"""Event-date and rank coverage measured on varied wordings: a battery of short news
sentences written for these tests, with invented names. Each event sentence dates one
one-time event (founded, released, opened, acquired, listed, approved, signed, held) of
one subject, in a dozen or more wordings (active, passive, relative clause, appositive,
opening participle, possessive noun, "since its founding in", "is due to open on", date
ranges); each rank sentence puts one item at one position on one named board (board
before or after, edition year, "rose to", "slipped to", possessive boards).

Each sentence read right now is asserted one by one; the overall rate is held to a floor.
Sentences still misread are listed in MISREAD and not asserted (a test that they stay
misread would break on every improvement): the floor test prints them.

    python -m pytest -q tests/test_event_coverage.py -s   # prints the rate per kind
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pytest
from prose import contradictions

import factcheck
from factcheck import Claim, Document, Kind

# (event, construction, sentence, a name the subject must hold)
EVENTS: list[tuple[str, str, str, str]] = [
    ("founded", "active", "Two engineers founded Pellan Robotics in 2009.", "Pellan Robotics"),
    ("founded", "passive", "Dravo Textiles was founded in 1987 in Porto.", "Dravo Textiles"),
    (
        "founded",
        "relative",
        "Dravo Textiles, which was established in 1987, employs 400 people.",
        "Dravo Textiles",
    ),
    (
        "founded",
        "appositive",
        "Dravo Textiles, founded in 1987, makes linen for hotels.",
        "Dravo Textiles",
    ),
    (
        "founded",
        "participle",
        "Founded in 2009, Pellan Robotics builds warehouse arms.",
        "Pellan Robotics",
    ),
    (
        "founded",
        "since its founding",
        "Pellan Robotics has raised $90 million since its founding in 2009.",
        "Pellan Robotics",
    ),
    (
        "founded",
        "possessive noun",
        "Pellan Robotics' 2009 founding came after a university spin-out.",
        "Pellan Robotics",
    ),
    (
        "founded",
        "set up",
        "Pellan Robotics was set up in 2009 by two former pilots.",
        "Pellan Robotics",
    ),
    ("founded", "incorporated", "Dravo Textiles was incorporated on 4 May 1987.", "Dravo Textiles"),
    (
        "founded",
        "dates back",
        "Dravo Textiles dates back to 1987, when it opened a mill.",
        "Dravo Textiles",
    ),
    (
        "founded",
        "year it was founded",
        "In 1987, the year Dravo Textiles was founded, linen was cheap.",
        "Dravo Textiles",
    ),
    (
        "founded",
        "founding date of",
        "The founding date of Dravo Textiles is given as 1987.",
        "Dravo Textiles",
    ),
    (
        "founded",
        "started life",
        "Pellan Robotics started life in 2009 as a garage project.",
        "Pellan Robotics",
    ),
    (
        "founded",
        "since founded",
        "Since it was founded in 2009, Pellan Robotics has doubled in size each year.",
        "Pellan Robotics",
    ),
    (
        "founded",
        "co-founded",
        "Pellan Robotics, which Ana Rey co-founded in 2009, is based in Lyon.",
        "Pellan Robotics",
    ),
    ("founded", "headline", "Pellan Robotics Was Founded in 2009", "Pellan Robotics"),
    (
        "founded",
        "established in",
        "Established in 1987, Dravo Textiles supplies forty hotels.",
        "Dravo Textiles",
    ),
    ("released", "active", "Hexwell launched the Orrin X2 on 12 March 2024.", "Orrin X2"),
    ("released", "passive", "The Orrin X2 was released on 12 March 2024.", "Orrin X2"),
    (
        "released",
        "relative",
        "The Orrin X2, which went on sale on 12 March 2024, costs $499.",
        "Orrin X2",
    ),
    (
        "released",
        "appositive",
        "The Orrin X2, launched in March 2024, sold out in a week.",
        "Orrin X2",
    ),
    (
        "released",
        "participle",
        "Released in March 2024, the Orrin X2 sold out in a week.",
        "Orrin X2",
    ),
    (
        "released",
        "possessive noun",
        "The Lumo Pad's 2021 launch lifted sales at Brisco.",
        "Lumo Pad",
    ),
    (
        "released",
        "launch of",
        "The launch of the Lumo Pad in 2021 lifted sales at Brisco.",
        "Lumo Pad",
    ),
    (
        "released",
        "since its launch",
        "The Lumo Pad has sold 2 million units since its launch in 2021.",
        "Lumo Pad",
    ),
    ("released", "due to", "The Lumo Pad is due to go on sale on 9 October 2027.", "Lumo Pad"),
    ("released", "debuted", "The Lumo Pad debuted in September 2021.", "Lumo Pad"),
    ("released", "hit shelves", "The Lumo Pad hit shelves on 24 September 2021.", "Lumo Pad"),
    ("released", "unveiled", "Brisco unveiled the Lumo Pad in September 2021.", "Lumo Pad"),
    (
        "released",
        "release date",
        "The release date of the Lumo Pad was 24 September 2021.",
        "Lumo Pad",
    ),
    ("released", "first released", "The Orrin X2 was first released in 2024 in Japan.", "Orrin X2"),
    ("released", "will launch", "Hexwell will launch the Orrin X2 on 12 March 2028.", "Orrin X2"),
    ("released", "rolled out", "Hexwell rolled out the Orrin X2 in March 2024.", "Orrin X2"),
    ("released", "headline", "Orrin X2 Goes on Sale March 12", "Orrin X2"),
    ("opened", "active", "The Marlow Arena opened in 2003.", "Marlow Arena"),
    ("opened", "passive", "The Marlow Arena was opened in 2003 by the mayor.", "Marlow Arena"),
    ("opened", "relative", "The Marlow Arena, which opened in 2003, seats 12,000.", "Marlow Arena"),
    ("opened", "appositive", "The Marlow Arena, opened in 2003, seats 12,000.", "Marlow Arena"),
    ("opened", "participle", "Opened in 2003, the Marlow Arena seats 12,000.", "Marlow Arena"),
    (
        "opened",
        "due to open",
        "The Quayside Museum is due to open on 1 June 2027.",
        "Quayside Museum",
    ),
    (
        "opened",
        "will open",
        "The Quayside Museum will open to the public on 1 June 2027.",
        "Quayside Museum",
    ),
    (
        "opened",
        "opening of",
        "The opening of the Quayside Museum in 2019 drew large crowds.",
        "Quayside Museum",
    ),
    (
        "opened",
        "since it opened",
        "The Quayside Museum has had 3 million visitors since it opened in 2019.",
        "Quayside Museum",
    ),
    (
        "opened",
        "since its opening",
        "The Quayside Museum has drawn 3 million visitors since its opening in 2019.",
        "Quayside Museum",
    ),
    ("opened", "doors", "The Quayside Museum opened its doors on 14 May 2019.", "Quayside Museum"),
    ("opened", "first opened", "The Marlow Arena first opened in 2003.", "Marlow Arena"),
    (
        "opened",
        "possessive noun",
        "The Quayside Museum's 2019 opening drew large crowds.",
        "Quayside Museum",
    ),
    (
        "opened",
        "is set to open",
        "The Quayside Museum is set to open in June 2027.",
        "Quayside Museum",
    ),
    ("opened", "inaugurated", "The Marlow Arena was inaugurated in 2003.", "Marlow Arena"),
    ("opened", "headline", "Quayside Museum Opens on June 1", "Quayside Museum"),
    ("acquired", "active", "Ostrava Group acquired Fennick Labs in 2018.", "Fennick Labs"),
    ("acquired", "passive", "Fennick Labs was acquired by Ostrava Group in 2018.", "Fennick Labs"),
    (
        "acquired",
        "relative",
        "Fennick Labs, which Ostrava Group bought in 2018, makes sensors.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "appositive",
        "Fennick Labs, acquired by Ostrava Group in 2018, makes sensors.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "participle",
        "Acquired by Ostrava Group in 2018, Fennick Labs makes sensors.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "completed",
        "Ostrava Group completed its acquisition of Fennick Labs on 2 July 2018.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "takeover of",
        "The takeover of Fennick Labs in 2018 cost Ostrava Group dearly.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "possessive noun",
        "Fennick Labs' 2018 acquisition by Ostrava Group was cleared quickly.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "since",
        "Fennick Labs has been owned by Ostrava Group since it was bought in 2018.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "purchase of",
        "Ostrava Group's purchase of Fennick Labs in 2018 doubled its size.",
        "Fennick Labs",
    ),
    ("acquired", "took over", "Ostrava Group took over Fennick Labs in July 2018.", "Fennick Labs"),
    ("acquired", "bought", "Ostrava Group bought Fennick Labs in 2018 for cash.", "Fennick Labs"),
    ("acquired", "deal closed", "The deal for Fennick Labs closed on 2 July 2018.", "Fennick Labs"),
    ("acquired", "headline", "Ostrava Group Buys Fennick Labs", "Fennick Labs"),
    ("listed", "went public", "Sorrel Pay went public in 2021.", "Sorrel Pay"),
    ("listed", "market debut", "Sorrel Pay made its market debut on 9 June 2021.", "Sorrel Pay"),
    (
        "listed",
        "first day of trading",
        "Sorrel Pay's first day of trading was 9 June 2021.",
        "Sorrel Pay",
    ),
    ("listed", "IPO in", "Sorrel Pay's IPO in June 2021 raised $800 million.", "Sorrel Pay"),
    (
        "listed",
        "relative",
        "Sorrel Pay, which went public in 2021, lost money last year.",
        "Sorrel Pay",
    ),
    ("listed", "appositive", "Sorrel Pay, listed in 2021, lost money last year.", "Sorrel Pay"),
    ("listed", "participle", "Listed in 2021, Sorrel Pay lost money last year.", "Sorrel Pay"),
    (
        "listed",
        "since listing",
        "Sorrel Pay shares have fallen since its listing in June 2021.",
        "Sorrel Pay",
    ),
    ("listed", "floated", "Sorrel Pay floated on the London market in 2021.", "Sorrel Pay"),
    ("listed", "began trading", "Sorrel Pay shares began trading on 9 June 2021.", "Sorrel Pay"),
    (
        "listed",
        "possessive noun",
        "Sorrel Pay's 2021 flotation valued it at $5 billion.",
        "Sorrel Pay",
    ),
    ("listed", "was listed", "Sorrel Pay was listed on the Nasdaq on 9 June 2021.", "Sorrel Pay"),
    ("listed", "trading debut", "Sorrel Pay had its trading debut on 9 June 2021.", "Sorrel Pay"),
    (
        "listed",
        "initial public offering",
        "Sorrel Pay completed its initial public offering in June 2021.",
        "Sorrel Pay",
    ),
    ("approved", "active", "Regulators approved the Cardiva pump on 3 April 2025.", "Cardiva"),
    (
        "approved",
        "passive",
        "The Cardiva pump was approved by regulators on 3 April 2025.",
        "Cardiva",
    ),
    ("approved", "cleared", "The regulator cleared the Cardiva pump on 3 April 2025.", "Cardiva"),
    (
        "approved",
        "relative",
        "The Cardiva pump, which was approved in April 2025, costs $9,000.",
        "Cardiva",
    ),
    (
        "approved",
        "appositive",
        "The Cardiva pump, approved in April 2025, costs $9,000.",
        "Cardiva",
    ),
    ("approved", "participle", "Approved in April 2025, the Cardiva pump costs $9,000.", "Cardiva"),
    (
        "approved",
        "approval of",
        "The approval of the Cardiva pump on 3 April 2025 surprised analysts.",
        "Cardiva",
    ),
    ("approved", "won approval", "The Cardiva pump won approval on 3 April 2025.", "Cardiva"),
    (
        "approved",
        "received clearance",
        "The Cardiva pump received clearance on 3 April 2025.",
        "Cardiva",
    ),
    (
        "approved",
        "since approval",
        "The Cardiva pump has been sold in 30 countries since its approval in 2025.",
        "Cardiva",
    ),
    (
        "approved",
        "granted",
        "Regulators granted approval to the Cardiva pump on 3 April 2025.",
        "Cardiva",
    ),
    (
        "approved",
        "possessive noun",
        "The Cardiva pump's April 2025 approval lifted Tavish Medical shares.",
        "Cardiva",
    ),
    (
        "approved",
        "authorised",
        "The Cardiva pump was authorised for sale on 3 April 2025.",
        "Cardiva",
    ),
    (
        "signed",
        "active",
        "The two countries signed the Harwick Accord on 8 May 2023.",
        "Harwick Accord",
    ),
    ("signed", "passive", "The Harwick Accord was signed on 8 May 2023.", "Harwick Accord"),
    (
        "signed",
        "relative",
        "The Harwick Accord, which was signed on 8 May 2023, cut tariffs.",
        "Harwick Accord",
    ),
    (
        "signed",
        "appositive",
        "The Harwick Accord, signed on 8 May 2023, cut tariffs.",
        "Harwick Accord",
    ),
    (
        "signed",
        "participle",
        "Signed on 8 May 2023, the Harwick Accord cut tariffs.",
        "Harwick Accord",
    ),
    (
        "signed",
        "signing of",
        "The signing of the Harwick Accord on 8 May 2023 ended the dispute.",
        "Harwick Accord",
    ),
    (
        "signed",
        "since signed",
        "Trade has grown since the Harwick Accord was signed in 2023.",
        "Harwick Accord",
    ),
    (
        "signed",
        "possessive noun",
        "The Harwick Accord's 2023 signing ended the dispute.",
        "Harwick Accord",
    ),
    (
        "signed",
        "inked",
        "The two countries inked the Harwick Accord in May 2023.",
        "Harwick Accord",
    ),
    (
        "signed",
        "came into force",
        "The Harwick Accord was signed in Geneva on 8 May 2023.",
        "Harwick Accord",
    ),
    (
        "signed",
        "due to be signed",
        "The Harwick Accord is due to be signed on 8 May 2027.",
        "Harwick Accord",
    ),
    (
        "signed",
        "agreed",
        "Ministers signed the Harwick Accord in 2023 after long talks.",
        "Harwick Accord",
    ),
    ("held", "range", "The Tidewater Festival runs June 19-21 in Kelso.", "Tidewater Festival"),
    (
        "held",
        "range from to",
        "The Tidewater Festival will run from 19 to 21 June 2026.",
        "Tidewater Festival",
    ),
    (
        "held",
        "takes place",
        "The Tidewater Festival takes place on 19 June 2026.",
        "Tidewater Festival",
    ),
    (
        "held",
        "will be held",
        "The Tidewater Festival will be held on 19 June 2026.",
        "Tidewater Festival",
    ),
    (
        "held",
        "is due",
        "The Tidewater Festival is due to start on 19 June 2026.",
        "Tidewater Festival",
    ),
    (
        "held",
        "relative",
        "The Tidewater Festival, which runs from 19 June 2026, sold out.",
        "Tidewater Festival",
    ),
    (
        "held",
        "appositive",
        "The Tidewater Festival, held on 19-21 June 2026, sold out.",
        "Tidewater Festival",
    ),
    (
        "held",
        "participle",
        "Held every June since 1994, the Tidewater Festival sold out.",
        "Tidewater Festival",
    ),
    (
        "held",
        "this year's",
        "This year's Tidewater Festival opens on 19 June.",
        "Tidewater Festival",
    ),
    (
        "held",
        "kicks off",
        "The Tidewater Festival kicks off on 19 June 2026.",
        "Tidewater Festival",
    ),
    (
        "held",
        "scheduled",
        "The Tidewater Festival is scheduled for 19-21 June 2026.",
        "Tidewater Festival",
    ),
    ("held", "was held", "The Tidewater Festival was held on 19 June 2025.", "Tidewater Festival"),
    (
        "held",
        "dates of",
        "The dates of the Tidewater Festival are 19-21 June 2026.",
        "Tidewater Festival",
    ),
    (
        "founded",
        "founder verb",
        "Ana Rey started Pellan Robotics in 2009 with a small loan.",
        "Pellan Robotics",
    ),
    (
        "founded",
        "formed",
        "Dravo Textiles was formed in 1987 from two family mills.",
        "Dravo Textiles",
    ),
    (
        "founded",
        "launched as company",
        "Dravo Textiles, which was founded in Porto in 1987, exports to Spain.",
        "Dravo Textiles",
    ),
    ("released", "came out", "The Lumo Pad came out in September 2021.", "Lumo Pad"),
    (
        "released",
        "available from",
        "The Lumo Pad went on sale in Europe on 24 September 2021.",
        "Lumo Pad",
    ),
    ("released", "premiered", "The film Ashen Road premiered on 2 May 2025.", "Ashen Road"),
    (
        "opened",
        "opened in passive venue",
        "The Quayside Museum opened to the public on 14 May 2019.",
        "Quayside Museum",
    ),
    (
        "opened",
        "since opened 2",
        "Since opening in 2003, the Marlow Arena has hosted 900 concerts.",
        "Marlow Arena",
    ),
    (
        "opened",
        "relative opened doors",
        "The Quayside Museum, which opened its doors in 2019, is free.",
        "Quayside Museum",
    ),
    ("acquired", "snapped up", "Ostrava Group snapped up Fennick Labs in 2018.", "Fennick Labs"),
    (
        "acquired",
        "acquisition completed",
        "The acquisition of Fennick Labs was completed on 2 July 2018.",
        "Fennick Labs",
    ),
    (
        "acquired",
        "agreed to buy",
        "Ostrava Group agreed to buy Fennick Labs on 2 July 2018.",
        "Fennick Labs",
    ),
    ("listed", "IPO on", "Sorrel Pay priced shares and went public on 9 June 2021.", "Sorrel Pay"),
    (
        "listed",
        "debut relative",
        "Sorrel Pay, which made its stock market debut in 2021, lost money.",
        "Sorrel Pay",
    ),
    (
        "listed",
        "since IPO",
        "Sorrel Pay has lost half its value since its IPO in 2021.",
        "Sorrel Pay",
    ),
    (
        "approved",
        "green light",
        "Regulators gave the Cardiva pump the green light on 3 April 2025.",
        "Cardiva",
    ),
    (
        "approved",
        "was cleared",
        "The Cardiva pump was cleared by regulators in April 2025.",
        "Cardiva",
    ),
    (
        "signed",
        "signed relative 2",
        "The Harwick Accord, which ministers signed in 2023, cut tariffs.",
        "Harwick Accord",
    ),
    (
        "signed",
        "put pen",
        "Ministers put their names to the Harwick Accord on 8 May 2023.",
        "Harwick Accord",
    ),
    (
        "held",
        "festival ran",
        "The Tidewater Festival ran from 19 June to 21 June 2025.",
        "Tidewater Festival",
    ),
    (
        "held",
        "festival opens",
        "The Tidewater Festival opens on 19 June 2026 in Kelso.",
        "Tidewater Festival",
    ),
]

# (construction, sentence, a name the item must hold, a word of the board, position)
RANKS: list[tuple[str, str, str, str, int]] = [
    (
        "ranked in",
        "Corbel University ranked third in the 2027 Meridian Rankings.",
        "Corbel University",
        "Meridian",
        3,
    ),
    (
        "ranked nth on",
        "Corbel University was ranked 12th on the Meridian list.",
        "Corbel University",
        "Meridian",
        12,
    ),
    (
        "board before",
        "In the 2027 Meridian Rankings, Corbel University placed third.",
        "Corbel University",
        "Meridian",
        3,
    ),
    (
        "board before colon",
        "The 2027 Meridian Rankings put Corbel University third.",
        "Corbel University",
        "Meridian",
        3,
    ),
    (
        "placed the item",
        "The Meridian Rankings placed Corbel University 14th.",
        "Corbel University",
        "Meridian",
        14,
    ),
    (
        "came in at",
        "Corbel University came in at 87th in the 2027 Meridian Rankings.",
        "Corbel University",
        "Meridian",
        87,
    ),
    (
        "No. on chart",
        "Velvet Hours was No. 4 on the Brightline chart.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "number on chart",
        "Velvet Hours reached number 4 on the Brightline chart.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "rose to",
        "Velvet Hours rose to No. 4 on the Brightline chart.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "slipped to",
        "Velvet Hours slipped to No. 9 on the Brightline chart.",
        "Velvet Hours",
        "Brightline",
        9,
    ),
    (
        "climbed to",
        "Corbel University climbed to 12th in the Meridian Rankings.",
        "Corbel University",
        "Meridian",
        12,
    ),
    (
        "fell to",
        "Corbel University fell to 31st in the Meridian Rankings this year.",
        "Corbel University",
        "Meridian",
        31,
    ),
    (
        "dropped to",
        "Corbel University dropped to 31st in the 2027 Meridian Rankings.",
        "Corbel University",
        "Meridian",
        31,
    ),
    (
        "edition",
        "Corbel University was 12th in the list's 2026 edition, the Meridian Rankings said.",
        "Corbel University",
        "Meridian",
        12,
    ),
    (
        "edition of",
        "Corbel University ranked 12th in the 2026 edition of the Meridian Rankings.",
        "Corbel University",
        "Meridian",
        12,
    ),
    (
        "possessive board",
        "Corbel University ranked 12th in Meridian's annual survey.",
        "Corbel University",
        "Meridian",
        12,
    ),
    (
        "possessive board 2",
        "Selwyn Bank came seventh in Arcadia Research's annual survey of lenders.",
        "Selwyn Bank",
        "Arcadia",
        7,
    ),
    (
        "possessive board year",
        "Selwyn Bank came seventh in Arcadia Research's 2026 survey of lenders.",
        "Selwyn Bank",
        "Arcadia",
        7,
    ),
    ("index", "Norvania ranked 22nd in the Civic Freedom Index.", "Norvania", "Civic Freedom", 22),
    (
        "index year",
        "Norvania ranked 22nd in the 2026 Civic Freedom Index.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index placed",
        "The Civic Freedom Index placed Norvania 22nd.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index relative",
        "Norvania, which ranked 22nd in the Civic Freedom Index, held elections.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index appositive",
        "Norvania, 22nd in the Civic Freedom Index, held elections.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index participle",
        "Ranked 22nd in the Civic Freedom Index, Norvania held elections.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index out of",
        "Norvania ranked 22nd out of 160 countries in the Civic Freedom Index.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index rose to",
        "Norvania rose to 22nd in the Civic Freedom Index.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index slipped",
        "Norvania slipped to 22nd in the Civic Freedom Index.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index ordinal word",
        "Norvania came twenty-second in the Civic Freedom Index.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index position",
        "Norvania held 22nd place in the Civic Freedom Index.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "index spot",
        "Norvania took the 22nd spot in the Civic Freedom Index.",
        "Norvania",
        "Civic Freedom",
        22,
    ),
    (
        "city placed",
        "The Harbour Living Survey placed Tessbury 14th among cities.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    (
        "city ranked",
        "Tessbury ranked 14th in the Harbour Living Survey.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    (
        "city was named",
        "Tessbury was named the 14th most livable city in the Harbour Living Survey.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    (
        "city board before",
        "In the Harbour Living Survey, Tessbury came 14th.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    (
        "city year board",
        "In the 2026 Harbour Living Survey, Tessbury came 14th.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    (
        "city according",
        "Tessbury is 14th, according to the Harbour Living Survey.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    (
        "city top",
        "Tessbury topped the Harbour Living Survey for a third year.",
        "Tessbury",
        "Harbour Living",
        1,
    ),
    (
        "city first",
        "Tessbury ranked first in the Harbour Living Survey.",
        "Tessbury",
        "Harbour Living",
        1,
    ),
    (
        "city rose to",
        "Tessbury rose to 14th in the Harbour Living Survey from 20th.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    (
        "city slipped",
        "Tessbury slipped to 14th in the Harbour Living Survey.",
        "Tessbury",
        "Harbour Living",
        14,
    ),
    ("rich list", "Ana Rey was 40th on the Ledger rich list.", "Ana Rey", "Ledger", 40),
    ("rich list year", "Ana Rey was 40th on the 2026 Ledger rich list.", "Ana Rey", "Ledger", 40),
    ("rich list placed", "The Ledger rich list placed Ana Rey 40th.", "Ana Rey", "Ledger", 40),
    (
        "rich list No.",
        "Ana Rey came in at No. 40 on the Ledger rich list.",
        "Ana Rey",
        "Ledger",
        40,
    ),
    (
        "rich list possessive",
        "Ana Rey ranks 40th on Ledger's annual rich list.",
        "Ana Rey",
        "Ledger",
        40,
    ),
    ("rich list rose", "Ana Rey rose to 40th on the Ledger rich list.", "Ana Rey", "Ledger", 40),
    (
        "chart debut",
        "Velvet Hours debuted at No. 4 on the Brightline chart.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "chart entered",
        "Velvet Hours entered the Brightline chart at No. 4.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "chart peaked",
        "Velvet Hours peaked at No. 4 on the Brightline chart.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "chart relative",
        "Velvet Hours, which reached No. 4 on the Brightline chart, won an award.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "chart appositive",
        "Velvet Hours, No. 4 on the Brightline chart, won an award.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "chart top",
        "Velvet Hours topped the Brightline chart in May.",
        "Velvet Hours",
        "Brightline",
        1,
    ),
    (
        "chart weekly",
        "Velvet Hours is No. 4 on this week's Brightline chart.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "chart spot",
        "Velvet Hours held the No. 4 spot on the Brightline chart.",
        "Velvet Hours",
        "Brightline",
        4,
    ),
    (
        "league table",
        "Corbel University is 12th in the Meridian league table.",
        "Corbel University",
        "Meridian",
        12,
    ),
    (
        "league table year",
        "Corbel University is 12th in the 2027 Meridian league table.",
        "Corbel University",
        "Meridian",
        12,
    ),
    (
        "brand ranking",
        "Quorra Foods ranked ninth in the Pinnacle Brand Ranking.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand ranking year",
        "Quorra Foods ranked ninth in the 2026 Pinnacle Brand Ranking.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand board before",
        "In the Pinnacle Brand Ranking, Quorra Foods was ninth.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand placed",
        "The Pinnacle Brand Ranking placed Quorra Foods ninth.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand possessive",
        "Quorra Foods was ninth in Pinnacle's yearly brand ranking.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand rose",
        "Quorra Foods rose to ninth in the Pinnacle Brand Ranking.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand slipped",
        "Quorra Foods slipped to ninth in the Pinnacle Brand Ranking.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand moved up",
        "Quorra Foods moved up to ninth place in the Pinnacle Brand Ranking.",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "brand headline",
        "Quorra Foods Ranked Ninth in Pinnacle Brand Ranking",
        "Quorra Foods",
        "Pinnacle",
        9,
    ),
    (
        "rankings out",
        "Selwyn Bank placed seventh in the Arcadia Lender Rankings released on Monday.",
        "Selwyn Bank",
        "Arcadia",
        7,
    ),
]

# Misread now: not asserted one by one, printed by the floor test.
MISREAD: set[str] = {
    "Dravo Textiles dates back to 1987, when it opened a mill.",
    "In 1987, the year Dravo Textiles was founded, linen was cheap.",
    "The founding date of Dravo Textiles is given as 1987.",
    "Since it was founded in 2009, Pellan Robotics has doubled in size each year.",
    "Released in March 2024, the Orrin X2 sold out in a week.",
    "The launch of the Lumo Pad in 2021 lifted sales at Brisco.",
    "The Lumo Pad has sold 2 million units since its launch in 2021.",
    "The Lumo Pad is due to go on sale on 9 October 2027.",
    "The release date of the Lumo Pad was 24 September 2021.",
    "Hexwell will launch the Orrin X2 on 12 March 2028.",
    "Orrin X2 Goes on Sale March 12",
    "The Quayside Museum is due to open on 1 June 2027.",
    "The Quayside Museum will open to the public on 1 June 2027.",
    "The opening of the Quayside Museum in 2019 drew large crowds.",
    "The Quayside Museum is set to open in June 2027.",
    "Quayside Museum Opens on June 1",
    "Fennick Labs, which Ostrava Group bought in 2018, makes sensors.",
    "Fennick Labs, acquired by Ostrava Group in 2018, makes sensors.",
    "Acquired by Ostrava Group in 2018, Fennick Labs makes sensors.",
    "Fennick Labs has been owned by Ostrava Group since it was bought in 2018.",
    "Ostrava Group's purchase of Fennick Labs in 2018 doubled its size.",
    "Ostrava Group Buys Fennick Labs",
    "Sorrel Pay, listed in 2021, lost money last year.",
    "Listed in 2021, Sorrel Pay lost money last year.",
    "Sorrel Pay floated on the London market in 2021.",
    "Sorrel Pay was listed on the Nasdaq on 9 June 2021.",
    "Regulators approved the Cardiva pump on 3 April 2025.",
    "The Cardiva pump was approved by regulators on 3 April 2025.",
    "The regulator cleared the Cardiva pump on 3 April 2025.",
    "The Cardiva pump, which was approved in April 2025, costs $9,000.",
    "The Cardiva pump, approved in April 2025, costs $9,000.",
    "Approved in April 2025, the Cardiva pump costs $9,000.",
    "The approval of the Cardiva pump on 3 April 2025 surprised analysts.",
    "The Cardiva pump won approval on 3 April 2025.",
    "The Cardiva pump received clearance on 3 April 2025.",
    "The Cardiva pump has been sold in 30 countries since its approval in 2025.",
    "Regulators granted approval to the Cardiva pump on 3 April 2025.",
    "The Cardiva pump's April 2025 approval lifted Tavish Medical shares.",
    "The Cardiva pump was authorised for sale on 3 April 2025.",
    "The two countries signed the Harwick Accord on 8 May 2023.",
    "The Harwick Accord, signed on 8 May 2023, cut tariffs.",
    "Signed on 8 May 2023, the Harwick Accord cut tariffs.",
    "The signing of the Harwick Accord on 8 May 2023 ended the dispute.",
    "The Harwick Accord was signed in Geneva on 8 May 2023.",
    "The Harwick Accord is due to be signed on 8 May 2027.",
    "Ministers signed the Harwick Accord in 2023 after long talks.",
    "The Tidewater Festival runs June 19-21 in Kelso.",
    "The Tidewater Festival will run from 19 to 21 June 2026.",
    "The Tidewater Festival takes place on 19 June 2026.",
    "The Tidewater Festival will be held on 19 June 2026.",
    "The Tidewater Festival is due to start on 19 June 2026.",
    "The Tidewater Festival, which runs from 19 June 2026, sold out.",
    "The Tidewater Festival, held on 19-21 June 2026, sold out.",
    "Held every June since 1994, the Tidewater Festival sold out.",
    "This year's Tidewater Festival opens on 19 June.",
    "The Tidewater Festival kicks off on 19 June 2026.",
    "The Tidewater Festival is scheduled for 19-21 June 2026.",
    "The Tidewater Festival was held on 19 June 2025.",
    "The dates of the Tidewater Festival are 19-21 June 2026.",
    "Dravo Textiles was formed in 1987 from two family mills.",
    "The Lumo Pad came out in September 2021.",
    "The Lumo Pad went on sale in Europe on 24 September 2021.",
    "Ostrava Group agreed to buy Fennick Labs on 2 July 2018.",
    "Regulators gave the Cardiva pump the green light on 3 April 2025.",
    "The Cardiva pump was cleared by regulators in April 2025.",
    "The Harwick Accord, which ministers signed in 2023, cut tariffs.",
    "The Tidewater Festival ran from 19 June to 21 June 2025.",
    "The Tidewater Festival opens on 19 June 2026 in Kelso.",
    "Velvet Hours was No. 4 on the Brightline chart.",
    "Velvet Hours reached number 4 on the Brightline chart.",
    "Velvet Hours rose to No. 4 on the Brightline chart.",
    "Velvet Hours slipped to No. 9 on the Brightline chart.",
    "Corbel University was 12th in the list's 2026 edition, the Meridian Rankings said.",
    "Ranked 22nd in the Civic Freedom Index, Norvania held elections.",
    "Norvania took the 22nd spot in the Civic Freedom Index.",
    "Tessbury was named the 14th most livable city in the Harbour Living Survey.",
    "Tessbury is 14th, according to the Harbour Living Survey.",
    "Tessbury topped the Harbour Living Survey for a third year.",
    "Velvet Hours debuted at No. 4 on the Brightline chart.",
    "Velvet Hours entered the Brightline chart at No. 4.",
    "Velvet Hours peaked at No. 4 on the Brightline chart.",
    "Velvet Hours, which reached No. 4 on the Brightline chart, won an award.",
    "Velvet Hours, No. 4 on the Brightline chart, won an award.",
    "Velvet Hours topped the Brightline chart in May.",
    "Velvet Hours is No. 4 on this week's Brightline chart.",
    "Velvet Hours held the No. 4 spot on the Brightline chart.",
    "In the Pinnacle Brand Ranking, Quorra Foods was ninth.",
    "Quorra Foods Ranked Ninth in Pinnacle Brand Ranking",
}

# Reached on this battery: 115 of 203 (56.7%); it was 93 of 203 (45.8%) before the cues
# these tests came with, 109 before branch event (completions, "put their names to",
# "inaugurated", opening asides and participles).
FLOOR = 0.56

Row = tuple[str, int]  # (sentence, index in the battery)


def _texts() -> list[str]:
    """Every sentence of the battery, events first."""
    return [row[2] for row in EVENTS] + [row[1] for row in RANKS]


@lru_cache(maxsize=1)
def _claims() -> dict[str, list[Claim]]:
    """Every claim of the battery, one article a sentence, checked in one run."""
    texts = _texts()
    documents = [Document(f"s{i:03d}.md", text) for i, text in enumerate(texts)]
    claims: dict[str, list[Claim]] = {text: [] for text in texts}
    for claim in factcheck.check(documents).claims:
        claims[texts[int(claim.location.doc[1:4])]].append(claim)
    return claims


def _event_read(event: str, text: str, name: str) -> bool:
    """Whether a date of ``text`` is read as the ``event`` of a subject holding ``name``."""
    return any(
        claim.kind is Kind.DATE
        and (claim.attribute or "").startswith("date " + event)
        and name in (claim.subject or "")
        for claim in _claims()[text]
    )


def _rank_read(text: str, item: str, board: str, position: int) -> bool:
    """Whether a rank of ``text`` puts ``item`` at ``position`` on a board naming ``board``."""
    return any(
        claim.kind is Kind.RANK
        and int(claim.value.value) == position  # type: ignore[union-attr]
        and item in (claim.item or "")
        and board in (claim.subject or "")
        for claim in _claims()[text]
    )


def _read_right(text: str) -> bool:
    """Whether the battery's sentence ``text`` is read as its row expects."""
    for event, _, sentence, name in EVENTS:
        if sentence == text:
            return _event_read(event, text, name)
    for _, sentence, item, board, position in RANKS:
        if sentence == text:
            return _rank_read(text, item, board, position)
    raise KeyError(text)


READ_TEXTS = [text for text in _texts() if text not in MISREAD]


def test_the_battery_is_varied() -> None:
    texts = _texts()
    assert len(texts) >= 200
    assert len(set(texts)) == len(texts)
    events = Counter(event for event, _, _, _ in EVENTS)
    assert len(events) >= 8 and min(events.values()) >= 12
    assert len(RANKS) >= 60
    assert set(texts) >= MISREAD


@pytest.mark.parametrize("text", READ_TEXTS, ids=READ_TEXTS)
def test_a_wording_is_read_right(text: str) -> None:
    found = [(c.text, c.subject, c.attribute, c.item) for c in _claims()[text]]
    assert _read_right(text), found


def test_the_rate_over_the_battery_keeps_its_floor() -> None:
    per_kind: dict[str, list[bool]] = {}
    for event, _, text, _ in EVENTS:
        per_kind.setdefault(event, []).append(_read_right(text))
    for _, text, _, _, _ in RANKS:
        per_kind.setdefault("rank", []).append(_read_right(text))
    right = sum(sum(v) for v in per_kind.values())
    total = sum(len(v) for v in per_kind.values())
    for kind, results in per_kind.items():
        print(f"{kind:10s} {sum(results):3d}/{len(results):3d}")
    print(f"all {right}/{total} = {right / total:.1%}")
    still = [text for text in sorted(MISREAD) if not _read_right(text)]
    print("still misread:", *still, sep="\n  ")
    assert right / total >= FLOOR


# -- what the new readings meet, and what they leave alone --


def test_a_board_placing_its_item_meets_the_same_rank() -> None:
    found = contradictions(
        "The Wexley Openness Index placed Initech 22nd.",
        "Initech ranked 25th in the Wexley Openness Index.",
    )
    assert found == [("22nd", "25th")]


def test_a_title_cased_board_noun_names_the_board() -> None:
    found = contradictions(
        "In the Hooli Living Survey, Vandelay came 14th.",
        "Vandelay ranked 11th in the Hooli Living Survey.",
    )
    assert found == [("14th", "11th")]


def test_a_passive_signing_dates_the_document() -> None:
    found = contradictions(
        "The Globex Pact was signed on 8 May 2023.",
        "The Globex Pact was signed on 10 May 2023, officials said.",
    )
    assert found == [("8 May 2023", "10 May 2023")]


def test_an_active_signing_of_a_person_dates_nothing() -> None:
    assert not contradictions(
        "Acme signed Jo Park on 8 May 2023.",
        "Acme signed Jo Park to a new deal on 1 July 2025.",
    )


def test_two_approvals_of_one_product_are_no_contradiction() -> None:
    assert not contradictions(
        "The Hooli drug was approved in Europe on 3 April 2025.",
        "The Hooli drug was approved in Japan on 9 June 2025.",
    )
