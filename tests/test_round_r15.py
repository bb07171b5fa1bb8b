"""Round r15: a figure written with its conversion into another unit in parentheses ("€90
million ($97 million) Series C round"), a takeover deal that values a description of what
it buys ("values the dairy group's equity at"), what moved named before "who went to X
for", a product named after its owner's possessive ("its Streamly streaming service had"),
a long opening participle before "the chain", a description holding a rank ("The club came
in sixth on ...") (sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 9, 16)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a conversion in parentheses ------------------------------------------------------------


def test_a_round_written_in_two_currencies_is_the_named_round() -> None:
    text = (
        "Oslo-based Tindra Robotics has closed a NOK 900 million ($84 million) Series C round "
        "led by Fjellvik Partners, the company said on Monday."
    )
    assert claim(text, "NOK 900 million").attribute == "funding_round (series c)"
    # the conversion is the same round again: compared once, through the first figure
    assert claim(text, "$84 million").attribute is None


def test_a_round_in_two_currencies_contradicts_another_account_of_it() -> None:
    found = contradictions(
        "Lisbon-based Quarteira Health has raised €60 million ($65 million) in a Series B "
        "financing round, the company said on Monday.",
        "Quarteira Health closed a €45 million ($49 million) Series B round led by Arvale "
        "Capital, the startup said.",
    )
    assert found == [("€60 million", "€45 million")]


def test_a_figure_in_the_same_unit_in_parentheses_stays_apart() -> None:
    # "£120m (£98m)": last year's figure in the British style, not a conversion
    text = "Brackwell Homes reported pre-tax profit of £120m (£98m) for the year to June."
    assert claim(text, "£98m").attribute != claim(text, "£120m").attribute or (
        claim(text, "£98m").period != claim(text, "£120m").period
    )


# -- a description of what a takeover buys, where its name would be -------------------------


def test_a_deal_that_values_the_targets_equity_prices_the_target() -> None:
    found = contradictions(
        "Pellwick said it had agreed to buy Orsay Dairy for $640 million in cash.",
        "Orsay Dairy will be taken over by Pellwick in a deal that values the dairy group's "
        "equity at $590 million, according to the merger agreement filed on Tuesday.",
    )
    assert found == [("$640 million", "$590 million")]


def test_a_description_of_the_target_after_its_short_name() -> None:
    found = claim(
        "For a dairy group that began in 1961, Orsay Dairy is going out with a large cheque."
        "\n\nOrsay will be taken over by Pellwick in a deal that values the dairy group's "
        "equity at $590 million, according to the merger agreement filed on Tuesday.",
        "$590 million",
    )
    assert (found.subject, found.attribute) == ("Orsay", "acquisition_price")


# -- what moved, as the antecedent of a relative clause -------------------------------------


def test_the_antecedent_of_who_went_to_a_buyer_for_is_what_moved() -> None:
    found = contradictions(
        "The biggest signing of the day was winger Tomas Brezny, who went to the Harriers for "
        "$2.2 million after a long bidding war.",
        "The Harriers paid $1.9 million for Brezny at Saturday's draft, making the winger the "
        "club's record signing.",
    )
    assert found == [("$2.2 million", "$1.9 million")]


# -- a product named after its owner's possessive ------------------------------------------


def test_its_named_product_is_the_subject_of_its_count() -> None:
    text = (
        "Halvio Group reported results on Tuesday. The media group said late on Tuesday that "
        "its Streamly streaming service had 9.1 million paying subscribers at the end of March."
    )
    assert claim(text, "9.1 million").subject == "Streamly"


def test_a_brand_named_after_its_owner_meets_its_own_count() -> None:
    found = contradictions(
        "Ardent Foods said on Monday that its Pebblecrest snack brand had 4.2 million regular "
        "buyers in 2024.",
        "Pebblecrest had 3.1 million regular buyers in 2024, according to Ardent Foods.",
    )
    assert found == [("4.2 million", "3.1 million")]


# -- a long opening participle before a description ----------------------------------------


def test_a_long_founding_participle_dates_the_article_company_after_a_quoted_officer() -> None:
    found = claim(
        "Brindle Burger reported higher sales on Tuesday.\n\nChief financial officer Jo Marsh "
        "said the company expects inflation of 2%. She said capital spending would be about "
        "$40 million.\n\nFounded in Austin in 2011 by chef Ana Ruiz, the chain grew slowly "
        "through its first decade.",
        "2011",
    )
    assert found.attribute == "date founded" and found.subject is not None
    assert found.subject.endswith("Burger")


def test_founding_years_of_a_chain_in_two_articles_meet() -> None:
    found = contradictions(
        "Tallow & Rye Bakeries said on Tuesday that sales rose 6%.\n\nChief executive Mia Holt "
        "said the group would open 20 shops. She said costs were stable.\n\nEstablished in "
        "Leeds in 1998 by baker Sam Orde, the chain now runs 140 shops.",
        "Tallow & Rye Bakeries, which Sam Orde founded in 2003, now runs 140 shops.",
    )
    assert ("1998", "2003") in found


# -- a description that refers back holds a rank --------------------------------------------


def test_a_description_opening_the_sentence_holds_the_rank_it_refers_to() -> None:
    found = contradictions(
        "That puts Halcyon Rovers fourth on the 2025 Pitchside Value Index of the league's "
        "twelve teams.",
        "Halcyon Rovers had a record season at the gate.\n\nThe club came in sixth on this "
        "year's Pitchside Value Index, which ranks the league's teams by estimated value.",
    )
    assert found == [("fourth", "sixth")]


def test_a_name_between_the_description_and_the_rank_holds_it_instead() -> None:
    found = claim(
        "Halcyon Rovers had a record season at the gate.\n\nThe club said Dunmore Athletic "
        "came in sixth on this year's Pitchside Value Index.",
        "sixth",
    )
    assert found.item != "Halcyon Rovers"


def test_a_name_ending_like_a_participle_is_no_opening_participle() -> None:
    found = claim(
        "Brindle Burger reported higher sales on Tuesday.\n\nUnited Pastry Works, the bakery "
        "group, was founded in 1994 and now runs 60 shops.",
        "1994",
    )
    # its own founding, not the previous sentence's company
    assert found.attribute == "date founded"
    assert found.subject is not None and "Burger" not in found.subject
