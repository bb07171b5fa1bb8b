# ruff: noqa: E501  (the battery is a table, one sentence a row)
"""Period coverage measured on varied wordings: a battery of short news sentences written
for this test (one figure each, invented companies), one row per sentence, with the period
the figure should be read with (ISO at its granularity, "YYYY-H1"/"YYYY-H2" for halves,
"None" for a figure no period scopes; "a|b" accepts either). Every sentence read right
now is asserted; the misread ones are listed in MISREAD (reported, not asserted) and the
share read right must not fall below FLOOR.

Constructions: in_year, for_year, year_adj ("2024 revenue"), full_year, quarter,
months_to ("the three months to Sept. 30"), quarter_ended, half, fiscal, relative ("last
year", to the publication date), stock ("as of", "at the end of"), yoy (the base of a
comparison must not take the period), not_scope (a date that does not scope the figure),
opening ("In 2024, ..."), passage (a period written once for a passage).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import prose
import pytest

from factcheck.model import Period

PUBLISHED = dt.date(2025, 3, 4)  # a Tuesday

BATTERY: tuple[tuple[str, str, str, str], ...] = (
    # -- in_year
    ('in_year', 'Acme booked revenue of $3.1 billion in 2024.', '$3.1 billion', '2024'),
    ('in_year', 'Globex sold 1.4 million scooters in 2023.', '1.4 million', '2023'),
    ('in_year', 'Initech made a net profit of $212 million in 2024.', '$212 million', '2024'),
    ('in_year', 'Hooli carried 18.2 million passengers in 2022.', '18.2 million', '2022'),
    ('in_year', 'Vandelay shipped 640,000 tonnes of cement in 2024.', '640,000 tonnes', '2024'),
    ('in_year', 'Wexley opened 37 new stores in 2023.', '37', '2023'),
    ('in_year', 'Acme Air flew 9.8 million travellers in 2024, the airline said.', '9.8 million', '2024'),
    ('in_year', 'Globex Mining produced 410,000 ounces of gold in 2023.', '410,000 ounces', '2023'),
    ('in_year', "Initech's sales climbed to $780 million in 2024.", '$780 million', '2024'),
    ('in_year', 'Hooli Bank lent $4.5 billion to small firms in 2022.', '$4.5 billion', '2022'),
    ('in_year', 'Vandelay Foods earned $95 million in 2024 after a weak start.', '$95 million', '2024'),
    ('in_year', 'Wexley Rail moved 52 million riders in 2023.', '52 million', '2023'),
    ('in_year', 'The brewer Acme Ales sold 2.1 million barrels in 2024.', '2.1 million barrels', '2024'),
    # -- for_year
    ('for_year', 'Acme reported revenue of $3.4 billion for 2024.', '$3.4 billion', '2024'),
    ('for_year', 'Globex posted a loss of $58 million for 2023.', '$58 million', '2023'),
    ('for_year', 'Initech reported sales of $1.2 billion for the 2024 year.', '$1.2 billion', '2024'),
    ('for_year', "Hooli's operating profit for 2024 came to $640 million.", '$640 million', '2024'),
    ('for_year', 'Vandelay said revenue for 2023 was $870 million.', '$870 million', '2023'),
    ('for_year', 'Wexley reported 12,400 new customers for 2024.', '12,400', '2024'),
    ('for_year', "Acme Air's traffic for 2024 totalled 11.3 million passengers.", '11.3 million', '2024'),
    ('for_year', "Globex Mining's output for 2023 reached 380,000 ounces.", '380,000 ounces', '2023'),
    ('for_year', 'Initech set a dividend of $1.10 a share for 2024.', '$1.10', '2024'),
    ('for_year', "Hooli Bank's net income for 2022 stood at $2.3 billion.", '$2.3 billion', '2022'),
    ('for_year', 'Vandelay Foods recorded sales of $1.9 billion for 2024.', '$1.9 billion', '2024'),
    ('for_year', "Wexley Rail's ridership for 2023 was 49 million.", '49 million', '2023'),
    ('for_year', 'For 2024, Acme Ales reported revenue of $420 million.', '$420 million', '2024'),
    # -- year_adj
    ('year_adj', "Acme's 2024 revenue was $3.2 billion.", '$3.2 billion', '2024'),
    ('year_adj', "Globex's 2023 net loss widened to $61 million.", '$61 million', '2023'),
    ('year_adj', 'Initech put its 2024 sales at $1.3 billion.', '$1.3 billion', '2024'),
    ('year_adj', "Hooli's 2024 operating profit reached $700 million.", '$700 million', '2024'),
    ('year_adj', "Vandelay's 2023 output was 600,000 tonnes.", '600,000 tonnes', '2023'),
    ('year_adj', 'Wexley said its 2024 store count rose to 410.', '410', '2024'),
    ('year_adj', "Acme Air's 2024 passenger numbers hit 10.1 million.", '10.1 million', '2024'),
    ('year_adj', "Globex Mining's 2023 gold output fell to 350,000 ounces.", '350,000 ounces', '2023'),
    ('year_adj', 'Initech booked 2024 revenue of $1.25 billion.', '$1.25 billion', '2024'),
    ('year_adj', 'Hooli Bank reported 2022 net income of $2.1 billion.', '$2.1 billion', '2022'),
    ('year_adj', "Vandelay Foods' 2024 sales came in at $2 billion.", '$2 billion', '2024'),
    ('year_adj', "Wexley Rail's 2023 ridership totalled 50 million.", '50 million', '2023'),
    ('year_adj', 'Acme Ales had 2024 revenue of $430 million.', '$430 million', '2024'),
    # -- full_year
    ('full_year', "Acme's full-year revenue for 2024 was $3.3 billion.", '$3.3 billion', '2024'),
    ('full_year', 'Globex reported a full-year 2023 loss of $64 million.', '$64 million', '2023'),
    ('full_year', "Initech's full-year 2024 sales rose to $1.4 billion.", '$1.4 billion', '2024'),
    ('full_year', 'Hooli posted full-year 2024 operating profit of $710 million.', '$710 million', '2024'),
    ('full_year', "Vandelay's full-year output in 2023 was 610,000 tonnes.", '610,000 tonnes', '2023'),
    ('full_year', "Wexley's full-year 2024 revenue came to $880 million.", '$880 million', '2024'),
    ('full_year', 'Acme Air carried 10.4 million passengers in full-year 2024.', '10.4 million', '2024'),
    ('full_year', 'For the full year 2023, Globex Mining produced 360,000 ounces.', '360,000 ounces', '2023'),
    ('full_year', "Initech's full-year revenue in 2024 reached $1.35 billion.", '$1.35 billion', '2024'),
    ('full_year', "Hooli Bank's full-year 2022 net income was $2.2 billion.", '$2.2 billion', '2022'),
    ('full_year', 'Vandelay Foods posted full-year 2024 sales of $2.1 billion.', '$2.1 billion', '2024'),
    ('full_year', 'Over the full year 2023, Wexley Rail moved 51 million riders.', '51 million', '2023'),
    ('full_year', "Acme Ales' full-year 2024 revenue was $440 million.", '$440 million', '2024'),
    # -- quarter
    ('quarter', "Acme's revenue was $820 million in the fourth quarter of 2024.", '$820 million', '2024-Q4'),
    ('quarter', 'Globex lost $14 million in the third quarter of 2024.', '$14 million', '2024-Q3'),
    ('quarter', "Initech's Q4 2024 sales came to $360 million.", '$360 million', '2024-Q4'),
    ('quarter', 'Hooli reported fourth-quarter 2024 profit of $190 million.', '$190 million', '2024-Q4'),
    ('quarter', 'Vandelay produced 150,000 tonnes in Q2 2024.', '150,000 tonnes', '2024-Q2'),
    ('quarter', "Wexley's second-quarter 2024 revenue was $210 million.", '$210 million', '2024-Q2'),
    ('quarter', 'Acme Air carried 2.6 million passengers in the first quarter of 2024.', '2.6 million', '2024-Q1'),
    ('quarter', 'Globex Mining produced 95,000 ounces in Q3 2024.', '95,000 ounces', '2024-Q3'),
    ('quarter', "Initech's fourth-quarter revenue rose to $370 million.", '$370 million', '2024-Q4'),
    ('quarter', 'In the fourth quarter, Hooli Bank earned $600 million.', '$600 million', '2024-Q4'),
    ('quarter', "Vandelay Foods' Q4 sales were $540 million.", '$540 million', '2024-Q4'),
    ('quarter', 'Wexley Rail moved 13 million riders in the third quarter of 2024.', '13 million', '2024-Q3'),
    ('quarter', "Acme Ales' revenue in the fourth quarter of 2024 was $115 million.", '$115 million', '2024-Q4'),
    # -- months_to
    ('months_to', "Acme's revenue was $790 million in the three months to Sept. 30.", '$790 million', '2024-Q3'),
    ('months_to', 'Globex lost $12 million in the three months to June 30.', '$12 million', '2024-Q2'),
    ('months_to', "Initech's sales in the three months to December 31 came to $365 million.", '$365 million', '2024-Q4'),
    ('months_to', 'Hooli made a profit of $180 million in the three months to Sept. 30, 2024.', '$180 million', '2024-Q3'),
    ('months_to', 'Vandelay produced 148,000 tonnes in the three months to June 30, 2024.', '148,000 tonnes', '2024-Q2'),
    ('months_to', "In the three months to December, Wexley's revenue was $230 million.", '$230 million', '2024-Q4'),
    ('months_to', 'Acme Air carried 2.9 million passengers in the three months to September.', '2.9 million', '2024-Q3'),
    ('months_to', 'Globex Mining produced 97,000 ounces in the three months to Sept. 30.', '97,000 ounces', '2024-Q3'),
    ('months_to', 'Initech earned $41 million in the three months to the end of June.', '$41 million', '2024-Q2'),
    ('months_to', "Hooli Bank's net income in the three months to Dec. 31 was $610 million.", '$610 million', '2024-Q4'),
    ('months_to', 'Vandelay Foods sold $530 million of goods in the three months to December 31, 2024.', '$530 million', '2024-Q4'),
    ('months_to', 'Wexley Rail moved 12.5 million riders in the three months through June.', '12.5 million', '2024-Q2'),
    ('months_to', 'In the three months to March 31, 2024, Acme Ales had revenue of $98 million.', '$98 million', '2024-Q1'),
    # -- quarter_ended
    ('quarter_ended', "Acme's revenue was $805 million in the quarter ended Sept. 30.", '$805 million', '2024-Q3'),
    ('quarter_ended', 'Globex lost $11 million in the quarter ended June 30, 2024.', '$11 million', '2024-Q2'),
    ('quarter_ended', 'For the quarter ended December 31, Initech posted sales of $368 million.', '$368 million', '2024-Q4'),
    ('quarter_ended', 'Hooli earned $185 million in the quarter ended Sept. 30, 2024.', '$185 million', '2024-Q3'),
    ('quarter_ended', 'Vandelay made 149,000 tonnes in the quarter ending June 30, 2024.', '149,000 tonnes', '2024-Q2'),
    ('quarter_ended', "Wexley's revenue for the quarter ended Dec. 31 was $235 million.", '$235 million', '2024-Q4'),
    ('quarter_ended', 'Acme Air carried 2.8 million passengers in the quarter that ended Sept. 30.', '2.8 million', '2024-Q3'),
    ('quarter_ended', 'Globex Mining produced 96,000 ounces in the quarter ended September 30, 2024.', '96,000 ounces', '2024-Q3'),
    ('quarter_ended', 'Initech earned $43 million in the quarter ended June 30.', '$43 million', '2024-Q2'),
    ('quarter_ended', "Hooli Bank's net income for the quarter ended Dec. 31, 2024, was $615 million.", '$615 million', '2024-Q4'),
    ('quarter_ended', 'Vandelay Foods had sales of $535 million in the quarter ended December 31.', '$535 million', '2024-Q4'),
    ('quarter_ended', 'In the quarter ended March 31, 2024, Wexley Rail moved 11.9 million riders.', '11.9 million', '2024-Q1'),
    ('quarter_ended', "Acme Ales' revenue for the quarter ended Sept. 30 was $109 million.", '$109 million', '2024-Q3'),
    # -- half
    ('half', "Acme's revenue was $1.6 billion in the first half of 2024.", '$1.6 billion', '2024-H1'),
    ('half', 'Globex lost $30 million in the second half of 2024.', '$30 million', '2024-H2'),
    ('half', "Initech's H1 2024 sales came to $690 million.", '$690 million', '2024-H1'),
    ('half', "Hooli's first-half 2024 profit was $350 million.", '$350 million', '2024-H1'),
    ('half', 'Vandelay produced 300,000 tonnes in H2 2024.', '300,000 tonnes', '2024-H2'),
    ('half', "Wexley's second-half 2024 revenue was $450 million.", '$450 million', '2024-H2'),
    ('half', 'Acme Air carried 5.1 million passengers in the first half of 2024.', '5.1 million', '2024-H1'),
    ('half', 'Globex Mining produced 185,000 ounces in the first six months of 2024.', '185,000 ounces', '2024-H1'),
    ('half', 'In the first half of 2024, Initech earned $80 million.', '$80 million', '2024-H1'),
    ('half', "Hooli Bank's H1 2024 net income was $1.2 billion.", '$1.2 billion', '2024-H1'),
    ('half', "Vandelay Foods' sales in the second half of 2024 were $1.05 billion.", '$1.05 billion', '2024-H2'),
    ('half', 'Wexley Rail moved 25 million riders in the first half of 2024.', '25 million', '2024-H1'),
    ('half', 'Acme Ales had revenue of $210 million in the six months to June 30, 2024.', '$210 million', '2024-H1'),
    # -- fiscal
    ('fiscal', "Acme's revenue was $3.5 billion in fiscal 2025.", '$3.5 billion', '2025'),
    ('fiscal', 'Globex lost $70 million in fiscal 2024.', '$70 million', '2024'),
    ('fiscal', "Initech's FY25 sales came to $1.5 billion.", '$1.5 billion', '2025'),
    ('fiscal', "Hooli's fiscal 2024 profit was $720 million.", '$720 million', '2024'),
    ('fiscal', 'Vandelay produced 620,000 tonnes in its 2024 fiscal year.', '620,000 tonnes', '2024'),
    ('fiscal', "Wexley's revenue in the year to March 2024 was $890 million.", '$890 million', '2024'),
    ('fiscal', 'Acme Air carried 10.6 million passengers in FY2024.', '10.6 million', '2024'),
    ('fiscal', 'Globex Mining produced 370,000 ounces in the fiscal year 2024.', '370,000 ounces', '2024'),
    ('fiscal', 'In fiscal 2025, Initech earned $150 million.', '$150 million', '2025'),
    ('fiscal', "Hooli Bank's net income for fiscal 2024 was $2.4 billion.", '$2.4 billion', '2024'),
    ('fiscal', "Vandelay Foods' sales in the year to June 2024 were $2.2 billion.", '$2.2 billion', '2024'),
    ('fiscal', 'Wexley Rail moved 53 million riders in FY24.', '53 million', '2024'),
    ('fiscal', 'Acme Ales had revenue of $450 million in the fiscal year ended March 31, 2024.', '$450 million', '2024'),
    # -- relative
    ('relative', "Acme's revenue was $3.6 billion last year.", '$3.6 billion', '2024'),
    ('relative', 'Globex expects to sell 1.6 million scooters this year.', '1.6 million', '2025'),
    ('relative', "Initech's sales came to $380 million last quarter.", '$380 million', '2024-Q4'),
    ('relative', 'Hooli made a profit of $730 million last year.', '$730 million', '2024'),
    ('relative', 'Vandelay produced 52,000 tonnes last month.', '52,000 tonnes', '2025-02'),
    ('relative', 'Wexley opened 41 stores last year.', '41', '2024'),
    ('relative', 'Acme Air carried 10.9 million passengers last year.', '10.9 million', '2024'),
    ('relative', 'Globex Mining aims to produce 400,000 ounces this year.', '400,000 ounces', '2025'),
    ('relative', 'Initech earned $160 million last year.', '$160 million', '2024'),
    ('relative', "Hooli Bank's net income last quarter was $620 million.", '$620 million', '2024-Q4'),
    ('relative', "Vandelay Foods' sales rose to $2.3 billion last year.", '$2.3 billion', '2024'),
    ('relative', 'Wexley Rail moved 4.4 million riders last month.', '4.4 million', '2025-02'),
    ('relative', 'Acme Ales sold 2.2 million barrels last year.', '2.2 million barrels', '2024'),
    # -- stock (a stock on a month's last day is the month's closing figure)
    ('stock', 'Acme had 4,200 employees as of Dec. 31, 2024.', '4,200', '2024-12'),
    ('stock', 'Globex had 310 stores at the end of 2024.', '310', '2024'),
    ('stock', 'Initech had $2.1 billion of cash as of June 30, 2024.', '$2.1 billion', '2024-06'),
    ('stock', 'Hooli expects to have 900 engineers by the end of 2025.', '900', '2025'),
    ('stock', 'Vandelay had 14 plants at the end of 2023.', '14', '2023'),
    ('stock', 'Wexley had 3.2 million loyalty members as of March 31, 2024.', '3.2 million', '2024-03'),
    ('stock', 'Acme Air operated 112 aircraft at the end of 2024.', '112', '2024'),
    ('stock', 'Globex Mining held reserves of 8.1 million ounces as of Dec. 31, 2024.', '8.1 million ounces', '2024-12'),
    ('stock', 'At the end of 2024, Initech had 5,600 staff.', '5,600', '2024'),
    ('stock', 'Hooli Bank had deposits of $48 billion at the end of September 2024.', '$48 billion', '2024-09'),
    ('stock', 'Vandelay Foods had 27,000 workers at the end of 2024.', '27,000', '2024'),
    ('stock', 'By the end of 2024, Wexley Rail had 640 trains in service.', '640', '2024'),
    ('stock', 'As of June 30, 2024, Acme Ales had debt of $300 million.', '$300 million', '2024-06'),
    # -- yoy
    ('yoy', "Acme's revenue rose 8% to $3.7 billion in 2024 from $3.4 billion in 2023.", '$3.4 billion', '2023'),
    ('yoy', 'Globex sold 1.5 million scooters in 2024, up from 1.3 million a year earlier.', '1.3 million', '2023|None'),
    ('yoy', "Initech's fourth-quarter sales rose to $390 million from $350 million a year earlier.", '$350 million', '2023-Q4|None'),
    ('yoy', 'Hooli made a profit of $740 million in 2024, compared with $690 million in 2023.', '$690 million', '2023'),
    ('yoy', 'Vandelay produced 630,000 tonnes in 2024, against 600,000 tonnes the year before.', '600,000 tonnes', '2023|None'),
    ('yoy', "Wexley's 2024 revenue of $900 million compared with $850 million in 2023.", '$850 million', '2023'),
    ('yoy', 'Acme Air carried 11 million passengers in 2024, up from 10 million a year earlier.', '10 million', '2023|None'),
    ('yoy', 'Globex Mining produced 390,000 ounces in 2024, down from 410,000 ounces in 2023.', '410,000 ounces', '2023'),
    ('yoy', 'Initech earned $170 million in 2024, up from $140 million the previous year.', '$140 million', '2023|None'),
    ('yoy', "Hooli Bank's third-quarter net income fell to $590 million from $640 million a year ago.", '$640 million', '2023-Q3|None'),
    ('yoy', "Vandelay Foods' sales rose to $2.4 billion in 2024 from $2.2 billion in 2023.", '$2.2 billion', '2023'),
    ('yoy', 'Wexley Rail moved 54 million riders in 2024, up 6% year on year from 51 million.', '51 million', '2023|None'),
    ('yoy', 'Acme Ales sold 2.3 million barrels in 2024, compared with 2.1 million barrels in 2023.', '2.1 million barrels', '2023'),
    # -- not_scope
    ('not_scope', 'Acme posted revenue of $3.8 billion on Tuesday.', '$3.8 billion', 'None'),
    ('not_scope', 'Globex, which was founded in 1998, has 2,300 employees.', '2,300', 'None'),
    ('not_scope', 'Initech, which listed its shares in 2015, reported sales of $1.6 billion on Monday.', '$1.6 billion', 'None'),
    ('not_scope', 'Hooli reported a profit of $750 million on Feb. 27.', '$750 million', 'None'),
    ('not_scope', 'Vandelay produced 640,000 tonnes in 2024 and expects demand to slow in 2026.', '640,000 tonnes', '2024'),
    ('not_scope', 'Wexley, whose chief executive took over in 2021, has 420 stores.', '420', 'None'),
    ('not_scope', 'Acme Air carried 11.2 million passengers in 2024 and plans to add routes in 2026.', '11.2 million', '2024'),
    ('not_scope', 'Globex Mining, which opened its first pit in 1987, holds reserves of 8 million ounces.', '8 million ounces', 'None'),
    ('not_scope', 'Initech said on March 3 that it earned $180 million in 2024.', '$180 million', '2024'),
    ('not_scope', 'Hooli Bank has 9,400 staff, it said in a filing on Monday.', '9,400', 'None'),
    ('not_scope', 'Vandelay Foods reported sales of $2.5 billion on Thursday and forecast growth in 2025.', '$2.5 billion', 'None'),
    ('not_scope', 'Wexley Rail has 660 trains, after buying 40 of them in 2019.', '660', 'None'),
    ('not_scope', 'Acme Ales sold 2.4 million barrels in 2024, it said on Wednesday.', '2.4 million barrels', '2024'),
    # -- opening
    ('opening', 'In 2024, Acme booked revenue of $3.9 billion.', '$3.9 billion', '2024'),
    ('opening', 'Last year, Globex sold 1.7 million scooters.', '1.7 million', '2024'),
    ('opening', "In 2023, Initech's sales reached $1.1 billion.", '$1.1 billion', '2023'),
    ('opening', 'Last year, Hooli made a profit of $760 million.', '$760 million', '2024'),
    ('opening', 'In the fourth quarter, Vandelay produced 160,000 tonnes.', '160,000 tonnes', '2024-Q4'),
    ('opening', 'During 2024, Wexley opened 44 stores.', '44', '2024'),
    ('opening', 'Last year, Acme Air carried 11.4 million passengers.', '11.4 million', '2024'),
    ('opening', 'In 2023, Globex Mining produced 340,000 ounces.', '340,000 ounces', '2023'),
    ('opening', 'Over 2024, Initech earned $190 million.', '$190 million', '2024'),
    ('opening', "In 2022, Hooli Bank's net income was $2 billion.", '$2 billion', '2022'),
    ('opening', 'Throughout 2024, Vandelay Foods sold $2.6 billion of goods.', '$2.6 billion', '2024'),
    ('opening', 'Last year, Wexley Rail moved 55 million riders.', '55 million', '2024'),
    ('opening', 'In 2024, Acme Ales sold 2.5 million barrels.', '2.5 million barrels', '2024'),
    # -- passage
    ('passage', 'Acme reported its results for 2024. Revenue was $4 billion.', '$4 billion', '2024'),
    ('passage', 'Globex had a difficult 2023. It sold 1.1 million scooters.', '1.1 million', '2023'),
    ('passage', 'Initech published its 2024 annual report on Monday. Sales reached $1.7 billion.', '$1.7 billion', '2024'),
    ('passage', 'Hooli released fourth-quarter results for 2024. Profit was $200 million.', '$200 million', '2024-Q4'),
    ('passage', "Vandelay's 2024 was a record year. The company produced 650,000 tonnes.", '650,000 tonnes', '2024'),
    ('passage', 'Wexley reported results for 2024. It opened 46 stores and revenue came to $910 million.', '$910 million', '2024'),
    ('passage', 'Acme Air reported traffic for 2024. The airline carried 11.5 million passengers.', '11.5 million', '2024'),
    ('passage', 'Globex Mining reported output for 2023. It produced 330,000 ounces of gold.', '330,000 ounces', '2023'),
    ('passage', 'Initech reported first-half results for 2024. Revenue rose to $700 million.', '$700 million', '2024-H1'),
    ('passage', 'Hooli Bank published its results for 2022. Net income was $1.9 billion.', '$1.9 billion', '2022'),
    ('passage', 'Vandelay Foods reported its fiscal 2024 results. Sales were $2.7 billion.', '$2.7 billion', '2024'),
    ('passage', 'Wexley Rail published ridership for 2023. It moved 48 million riders.', '48 million', '2023'),
    ('passage', 'Acme Ales reported its 2024 figures. It sold 2.6 million barrels.', '2.6 million barrels', '2024'),
    # -- relative
    ('relative', "Initech's monthly sales reached $150 million this year, the company said.", '$150 million', '2025'),
    # -- not_scope
    ('not_scope', 'Hooli reported revenue of $2.9 billion on Wednesday, a day after its rival.', '$2.9 billion', 'None'),
    # -- half
    ('half', "Vandelay's H1 2024 output was 305,000 tonnes.", '305,000 tonnes', '2024-H1'),
    # -- quarter
    ('quarter', "Globex's Q1 2024 loss narrowed to $9 million.", '$9 million', '2024-Q1'),
    # -- stock
    ('stock', 'Wexley had 4,100 staff at the end of June 2024.', '4,100', '2024-06'),
)

MISREAD: frozenset[str] = frozenset({
    'Initech set a dividend of $1.10 a share for 2024.',
    'For 2024, Acme Ales reported revenue of $420 million.',
    'Wexley said its 2024 store count rose to 410.',
    "Acme Air's 2024 passenger numbers hit 10.1 million.",
    "Wexley Rail's 2023 ridership totalled 50 million.",
    'Globex Mining produced 185,000 ounces in the first six months of 2024.',
    'Acme Ales had revenue of $210 million in the six months to June 30, 2024.',
    'Vandelay produced 620,000 tonnes in its 2024 fiscal year.',
    "Wexley's revenue in the year to March 2024 was $890 million.",
    "Vandelay Foods' sales in the year to June 2024 were $2.2 billion.",
    'Acme Ales had revenue of $450 million in the fiscal year ended March 31, 2024.',
    "Hooli Bank's net income last quarter was $620 million.",
    'Globex sold 1.5 million scooters in 2024, up from 1.3 million a year earlier.',
    'Vandelay produced 630,000 tonnes in 2024, against 600,000 tonnes the year before.',
    'Acme Air carried 11 million passengers in 2024, up from 10 million a year earlier.',
    'Initech earned $170 million in 2024, up from $140 million the previous year.',
    'Wexley Rail moved 54 million riders in 2024, up 6% year on year from 51 million.',
    'Vandelay Foods reported sales of $2.5 billion on Thursday and forecast growth in 2025.',
    'Over 2024, Initech earned $190 million.',
    'Acme reported its results for 2024. Revenue was $4 billion.',
    'Globex had a difficult 2023. It sold 1.1 million scooters.',
    'Initech published its 2024 annual report on Monday. Sales reached $1.7 billion.',
    "Vandelay's 2024 was a record year. The company produced 650,000 tonnes.",
    'Wexley reported results for 2024. It opened 46 stores and revenue came to $910 million.',
    'Acme Air reported traffic for 2024. The airline carried 11.5 million passengers.',
    'Globex Mining reported output for 2023. It produced 330,000 ounces of gold.',
    'Initech reported first-half results for 2024. Revenue rose to $700 million.',
    'Hooli Bank published its results for 2022. Net income was $1.9 billion.',
    'Vandelay Foods reported its fiscal 2024 results. Sales were $2.7 billion.',
    'Wexley Rail published ridership for 2023. It moved 48 million riders.',
    'Acme Ales reported its 2024 figures. It sold 2.6 million barrels.',
})

FLOOR = 0.84


def _read(period: Period | None) -> str:
    """The period as the table writes it: ISO, with halves as "YYYY-H1" / "YYYY-H2"."""
    if period is None:
        return "None"
    date = period.date
    iso = date.iso
    if len(iso) == 4 and (date.start.month, date.end.month) in ((1, 6), (7, 12)):
        return f"{iso}-H{1 if date.start.month == 1 else 2}"
    return iso


def _reading(text: str, figure: str) -> str:
    try:
        return _read(prose.claim(text, figure, published=PUBLISHED).period)
    except StopIteration:
        return "no claim"


def test_battery_is_varied() -> None:
    per = Counter(construction for construction, *_ in BATTERY)
    assert len(BATTERY) >= 200
    assert len(per) >= 14
    assert min(per.values()) >= 12
    assert {text for _, text, _, _ in BATTERY} >= MISREAD


@pytest.mark.parametrize(
    ("construction", "text", "figure", "expected"),
    [row for row in BATTERY if row[1] not in MISREAD],
)
def test_read_with_expected_period(construction: str, text: str, figure: str, expected: str) -> None:
    assert _reading(text, figure) in expected.split("|"), construction


def test_share_read_right_has_a_floor() -> None:
    right = sum(_reading(t, f) in e.split("|") for _, t, f, e in BATTERY)
    assert right / len(BATTERY) >= FLOOR
