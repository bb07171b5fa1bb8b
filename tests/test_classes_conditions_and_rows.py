"""What the stop-28 corpora 149-152 asked for, on sentences written for these tests with
invented names: a group a deal would create; brands taken together; a class of rounds; a
condition; a part "out of" a whole; an all-share deal's market value; the count of what a
buyer buys; a fine whose cause names fees; sums of bonds and rows of a list lent nothing.
"""

from __future__ import annotations

import datetime as dt

from prose import claim, contradictions

import factcheck
from factcheck import Document, Kind
from factcheck.context.reading import figure_is_unqualified

DAY = dt.date(2026, 2, 20)


def _claim(text: str, figure: str) -> factcheck.Claim:
    return claim(text, figure, published=DAY)


def _contradictions(*texts: str) -> list[list[str]]:
    return sorted(sorted(pair) for pair in contradictions(*texts, published=DAY))


def test_the_group_a_deal_would_create_is_combined() -> None:
    text = "Alcora said the deal would create a group with 123 hotels and 29,750 rooms."
    assert _claim(text, "29,750").attribute.endswith("(combined)")


def test_brands_taken_together_are_no_ones_value() -> None:
    text = "Taken together, the Alcora and Maresa brands would be worth about €1.45 billion."
    assert _claim(text, "about €1.45 billion").attribute is None


def test_a_class_of_rounds_a_condition_and_a_deals_market_value_are_no_facts() -> None:
    rounds = "Kopo's round is well short of the US$40 million-plus rounds raised in Lagos."
    assert _claim(rounds, "US$40 million-plus").attribute is None
    condition = "Hansol Heavy said the deal can be called off if claims exceed 300 billion won."
    assert _claim(condition, "300 billion won").attribute is None
    market = "Hansol Heavy's close puts the market value of the deal at about 2.53 trillion won."
    assert _claim(market, "about 2.53 trillion won").attribute is None
    # the control: a sum "in fines" is still a fine
    fines = "Nusa Latex was ordered in November to pay RM1.53 million in fines."
    assert _claim(fines, "RM1.53 million").attribute == "fine"


def test_a_part_out_of_a_whole_is_no_total() -> None:
    text = (
        "Maresa already employs about 1,900 people at its resorts in the Algarve, out of"
        " roughly 4,100 across Portugal."
    )
    assert _claim(text, "about 1,900").attribute is None


def test_the_count_of_what_a_buyer_buys_is_not_the_buyers() -> None:
    text = "Alcora Hoteles, which is buying the operator and its 8,530 rooms, gave no plans."
    assert _claim(text, "8,530").subject is None


def test_a_fine_whose_cause_names_fees_is_a_fine() -> None:
    text = "Brisa Hoteles' bonds slid when the ministry fined the group €6.4 million over fees."
    assert _claim(text, "€6.4 million").attribute == "fine"


def test_sums_of_bonds_and_rows_of_a_list_are_lent_nothing() -> None:
    bonds = "Brisa Hoteles' €400 million of bonds due 2029 fell 1.5 cents."
    at = bonds.index("€400 million")
    assert not figure_is_unqualified(bonds, at, at + len("€400 million"), Kind.MONEY)
    row = "Brisa Hoteles (Spain) — €640m"
    at = row.index("€640m")
    assert not figure_is_unqualified(row, at, at + len("€640m"), Kind.MONEY)
    plain = "Brisa Hoteles paid €640m."
    at = plain.index("€640m")
    assert figure_is_unqualified(plain, at, at + len("€640m"), Kind.MONEY)


def test_a_level_a_measure_moved_to_is_lent_nothing() -> None:
    moved = "Brisa Hoteles kept second place, but its brand value fell 3% to €640 million."
    at = moved.index("€640 million")
    assert not figure_is_unqualified(moved, at, at + len("€640 million"), Kind.MONEY)
    fined = "The ministry fined Brisa Hoteles €6.4 million in November."
    assert _contradictions(fined, moved) == []


RESULTS = (
    "Net sales rose 4.6% to €7.84 billion in the six months to June 29.",
    "Underlying operating income climbed to €329 million from €300 million. The underlying"
    " operating margin widened to 4.2% from 4.0% a year earlier, the company said.",
)
STORY = "\n\n".join(
    (
        "Verdane Groep NV posted higher first-half profit on Wednesday.",
        *RESULTS,
        "**Belgium**",
        "In Belgium, where Verdane is the fourth-largest grocer, sales edged up 2.2%.",
    )
)
ROUNDUP = "\n\n".join(
    (
        "Grocers had a mixed week.",
        *RESULTS,
        "**Verdane**",
        "Verdane Groep NV said sales edged up 2.2%.",
        "**Korenveld**",
        "Korenveld said it would open stores.",
    )
)


def test_a_story_in_sections_that_each_name_its_company_is_that_companys() -> None:
    story = Document("a.md", STORY, title="Verdane lifts first-half margin", published=DAY)
    (margin,) = [c for c in factcheck.check([story]).claims if c.text == "4.2%"]
    assert margin.subject == "Verdane Groep NV"  # the article's, named in every section
    # the control: a roundup's sections name each another company, so no main subject
    roundup = Document("b.md", ROUNDUP, title="Verdane and Korenveld: the week", published=DAY)
    (figure,) = [c for c in factcheck.check([roundup]).claims if c.text == "4.2%"]
    assert figure.subject != "Verdane Groep NV"


def test_a_part_of_the_business_opening_a_sentence() -> None:
    text = "Cheonro said revenue rose. Overseas sales climbed 27% to 118.7 billion won."
    assert _claim(text, "118.7 billion won").attribute == "revenue (overseas)"


def test_a_flotations_price_a_share_is_the_listing_price() -> None:
    text = "The 2007 stock-market flotation, at 180p a share, raised £340m."
    assert _claim(text, "180p a share").attribute == "price per share (listing)"


def test_a_round_closed_since_is_that_round_not_a_running_total() -> None:
    closed = "Sortex has become a name to watch since it closed a €16 million Series A in October."
    assert _claim(closed, "€16 million").attribute == "funding_round (series a)"
    # the control: money raised since a launch is a running total
    total = "Sortex has raised €40 million since it launched in 2021."
    assert _claim(total, "€40 million").attribute == "funding_round (to date)"


def test_a_founding_set_up_in_a_year_in_the_passive() -> None:
    text = "Daewon Marine makes engines. The company was set up in 1988 as a licensed builder."
    founded = _claim(text, "1988")
    assert (founded.subject, founded.attribute) == ("Daewon Marine", "date founded")


def test_jobs_a_plant_brings_are_the_jobs_it_creates() -> None:
    brings = "Skagen Fisk said the plant will bring 140 new jobs to Hirtshals."
    creates = "Skagen Fisk said the plant will create 240 jobs in Hirtshals."
    assert _claim(brings, "140").attribute == _claim(creates, "240").attribute
    assert _contradictions(brings, creates) == [["140", "240"]]
