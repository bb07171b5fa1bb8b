"""Round r17b: money between parties and shares. A share a transitive verb takes to a level
("lifted its share of the X market to 9%") keeps its market (sentences written for these
tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck import Kind

PUBLISHED = dt.date(2025, 8, 20)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a share taken to a level by a transitive verb ----------------------------------------


def test_a_share_pushed_to_a_level_keeps_its_market() -> None:
    text = "Tolvane Mobile has lifted its share of the prepaid phone market to 22.5%."
    found = claim(text, "22.5%")
    assert found.kind is Kind.PERCENT
    assert found.attribute == "share of phone market"


def test_a_market_share_taken_to_a_level_is_the_market_share() -> None:
    text = "Brisco Paints grew its market share to 11.4% as rivals raised prices."
    assert claim(text, "11.4%").attribute == "share of market"


def test_a_share_pushed_to_a_level_meets_the_share_held_elsewhere() -> None:
    one = "Tolvane Mobile has lifted its share of the prepaid phone market to 22.5%."
    other = "Tolvane Mobile held an 18.1% share of the prepaid phone market."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"22.5%", "18.1%"}) in pairs


# -- who pays a fine, however the sentence writes it --------------------------------------


def test_a_party_hit_with_a_penalty_is_fined_not_the_regulator() -> None:
    text = "The Rail Safety Board has hit Cobbleway Trains with a £2.1m penalty over delays."
    found = claim(text, "£2.1m")
    assert (found.subject, found.attribute) == ("Cobbleway Trains", "fine")


def test_a_party_handed_a_fine_pays_it() -> None:
    text = "The Civil Aviation Office handed Skylark Air a €14 million fine for late refunds."
    assert claim(text, "€14 million").subject == "Skylark Air"


def test_a_penalty_imposed_on_a_party_is_its_fine() -> None:
    text = "The Civil Aviation Office imposed a €14 million penalty on the carrier Skylark Air."
    assert claim(text, "€14 million").subject == "Skylark Air"


def test_a_fine_written_either_way_meets() -> None:
    one = "The Rail Safety Board fined Cobbleway Trains £2.1 million for the signal failures."
    other = "The Rail Safety Board has hit Cobbleway Trains with a £3.4m penalty."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"£2.1 million", "£3.4m"}) in pairs


def test_a_regulator_hit_with_a_fine_itself_stays_the_subject() -> None:
    text = "The Rail Safety Board was itself hit with a £300,000 fine by auditors."
    assert claim(text, "£300,000").subject == "Rail Safety Board"


# -- a product's sales are one subject, however product and owner are named ---------------

GAMES = "Brightmoor Games publishes the racing game Orbitfall.\n\n"


def test_sales_of_a_named_product_are_the_products() -> None:
    text = "Brightmoor Games said sales of its racing game Orbitfall rose to $410 million in 2024."
    found = claim(text, "$410 million")
    assert (found.subject, found.attribute) == ("Orbitfall", "revenue")


def test_a_product_that_brought_in_money_for_its_owner_is_dated_by_the_year_after() -> None:
    text = GAMES + "Orbitfall brought in $380 million for Brightmoor Games last year."
    found = claim(text, "$380 million")
    assert (found.subject, found.attribute) == ("Orbitfall", "revenue")
    assert found.period is not None and found.period.date.start == dt.date(2024, 1, 1)


def test_an_adverb_before_the_verb_of_takings_keeps_the_revenue() -> None:
    text = GAMES + "Orbitfall already brought in $380 million in 2024."
    assert claim(text, "$380 million").attribute == "revenue"


def test_a_products_sales_written_either_way_meet() -> None:
    one = "Brightmoor Games said sales of its racing game Orbitfall rose to $410 million in 2024."
    other = GAMES + "Orbitfall already brought in $380 million for Brightmoor Games last year."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"$410 million", "$380 million"}) in pairs


def test_the_owners_own_sales_stay_the_owners() -> None:
    text = "Brightmoor Games said its sales rose to $1.2 billion in 2024."
    assert claim(text, "$1.2 billion").subject == "Brightmoor Games"


# -- a verb of buying whose object is the name a clause is on -----------------------------


def test_a_player_a_club_brought_in_for_a_sum_is_its_price() -> None:
    text = (
        "Winger Ana Rossi, the forward Castellon FC brought in from Leeds United this "
        "summer for €31m, has scored twice."
    )
    found = claim(text, "€31m")
    assert (found.subject, found.attribute) == ("Ana Rossi", "acquisition_price")


def test_a_company_another_snapped_up_for_a_sum_is_its_price() -> None:
    text = "The buyer of Quarrel Labs, which Hestia Robotics snapped up for $210m, said little."
    found = claim(text, "$210m")
    assert (found.subject, found.attribute) == ("Quarrel Labs", "acquisition_price")


def test_a_verb_of_takings_with_its_sum_right_after_stays_revenue() -> None:
    text = "Hestia Robotics brought in $210m last year."
    assert claim(text, "$210m").attribute == "revenue"


def test_a_sum_that_leaves_bonuses_out_is_the_fixed_fee() -> None:
    text = (
        "Winger Ana Rossi, the forward Castellon FC signed from Leeds United for €31m, not "
        "counting bonuses, has scored twice."
    )
    assert claim(text, "€31m").attribute == "acquisition_price (before add-ons)"


def test_a_later_sentence_on_add_ons_makes_the_fee_told_before_the_fixed_part() -> None:
    text = (
        "Castellon FC have signed winger Ana Rossi from Leeds United for a fee of 30 million "
        "euros, the club said on Friday.\n\n"
        "The 22-year-old has agreed a four-year contract. Castellon said the fee could rise "
        "by up to 5 million euros in add-ons."
    )
    assert claim(text, "30 million euros").attribute == "acquisition_price (before add-ons)"


def test_a_fixed_fee_meets_another_articles_fee_before_bonuses() -> None:
    one = (
        "Castellon FC have signed winger Ana Rossi from Leeds United for a fee of 30 million "
        "euros. Castellon said the fee could rise by up to 5 million euros in add-ons."
    )
    other = (
        "Winger Ana Rossi, the forward Castellon FC brought in from Leeds United this "
        "summer for €38m, not counting bonuses, has scored twice."
    )
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"30 million euros", "€38m"}) in pairs


def test_a_fee_told_without_add_ons_stays_the_plain_price() -> None:
    text = "Castellon FC have signed winger Ana Rossi from Leeds United for 30 million euros."
    assert claim(text, "30 million euros").attribute == "acquisition_price"


# -- a sum paid, with its conversion and what it counts, for a named whole ----------------


def test_a_sum_paid_with_its_conversion_and_debt_for_a_named_estate_is_its_price() -> None:
    text = (
        "The Lisbon-based operator Hestia Hotels is paying €820m (about £685m) including "
        "debt for the 52-property Harlow Inns estate."
    )
    found = claim(text, "€820m")
    assert (found.subject, found.attribute) == ("Harlow Inns", "acquisition_price")


def test_a_sum_paid_in_cash_and_shares_for_a_name_is_its_price() -> None:
    text = "Quarry Mining is paying $2bn in cash and shares for Tallow Metals."
    assert claim(text, "$2bn").subject == "Tallow Metals"


def test_a_sum_paid_for_a_named_business_is_its_price() -> None:
    text = "Quarry Mining paid $2bn for the Tallow Metals business, its largest deal."
    assert claim(text, "$2bn").subject == "Tallow Metals"


def test_a_sum_paid_for_a_part_of_a_name_is_no_price_of_it() -> None:
    text = "Quarry Mining paid $2bn for Tallow Metals' smelting unit."
    found = claim(text, "$2bn")
    assert found.subject != "Tallow Metals" or found.attribute is None


def test_a_takeover_priced_either_way_meets() -> None:
    one = (
        "Hestia Hotels agreed on Tuesday to buy Harlow Inns, a chain of seaside hotels, for "
        "640 million euros (£535 million) including debt."
    )
    other = (
        "The Lisbon-based operator Hestia Hotels is paying €820m (about £685m) including "
        "debt for the 52-property Harlow Inns estate."
    )
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"640 million euros", "€820m"}) in pairs


# -- a takeover of "the club": what the description refers to -----------------------------


def test_a_takeover_of_a_description_is_the_price_of_the_other_name() -> None:
    text = (
        "The long search for a new owner of Tallow Rovers ended when the investment firm "
        "Quarry Peak Capital agreed to buy the club in a deal worth £410m."
    )
    found = claim(text, "£410m")
    assert (found.subject, found.attribute) == ("Tallow Rovers", "acquisition_price")


def test_a_takeover_of_a_description_is_the_price_of_the_subject_before() -> None:
    text = (
        "The board of Tallow Rovers has sought a buyer since May. The investment firm Quarry "
        "Peak Capital agreed to buy the club in a deal worth £410m."
    )
    assert claim(text, "£410m").subject == "Tallow Rovers"


def test_a_takeover_of_a_description_with_no_referent_stays_a_deal() -> None:
    text = "The investment firm Quarry Peak Capital agreed to buy the club in a deal worth £410m."
    assert claim(text, "£410m").attribute == "deal_value"


def test_a_takeover_of_the_club_meets_its_purchase_price_elsewhere() -> None:
    one = (
        "The long search for a new owner of Tallow Rovers ended when the investment firm "
        "Quarry Peak Capital agreed to buy the club in a deal worth £410m."
    )
    other = "The investment firm Quarry Peak Capital's £350m purchase of Tallow Rovers was agreed."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"£410m", "£350m"}) in pairs


def test_sales_of_a_product_in_a_place_are_not_the_places() -> None:
    text = "Brightmoor Games said sales of its consoles in Portugal rose to $410 million in 2024."
    assert claim(text, "$410 million").subject == "Brightmoor Games"


def test_a_takeover_noun_of_a_description_is_the_price_of_the_subject_before() -> None:
    text = (
        "The board of Tallow Rovers has sought a buyer since May. The investment firm Quarry "
        "Peak Capital's £350m takeover of the club was agreed on Monday."
    )
    found = claim(text, "£350m")
    assert (found.subject, found.attribute) == ("Tallow Rovers", "acquisition_price")


# -- the verbs of buying with their object named ------------------------------------------


def test_a_player_brought_in_from_a_club_for_a_sum_is_the_players_price() -> None:
    text = "The club Castellon FC brought in winger Ana Rossi from Leeds United for €30m."
    found = claim(text, "€30m")
    assert (found.subject, found.attribute) == ("Ana Rossi", "acquisition_price")


def test_a_company_snapped_up_for_a_sum_is_its_price() -> None:
    text = "The chipmaker Hestia Robotics snapped up Quarrel Labs for $2bn."
    found = claim(text, "$2bn")
    assert (found.subject, found.attribute) == ("Quarrel Labs", "acquisition_price")
