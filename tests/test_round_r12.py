"""Round r12: prices of things bought that are not companies, "the deal values X" by the
deal's kind, headcounts written with "employs" or "has", a reporting pronoun before "the
company", a plan's date, and "When X last ..." (sentences written for these tests, in
several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 9, 18)


claims_of = partial(prose.all_claims_of, published=PUBLISHED)
claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- prices of things bought that are not companies ------------------------------------------


def test_a_quantity_bought_for_a_sum_is_its_price_for_the_buyer() -> None:
    found = claim("Vantra Telecom secured 60MHz of the 700MHz band for £210m.", "£210m")
    assert found.subject == "Vantra Telecom"
    assert found.attribute == "price paid (60 megahertz)"


def test_paid_for_its_block_meets_won_the_quantity_for() -> None:
    a = "Vantra Telecom secured 60MHz of the 700MHz band for £210m, the regulator said."
    b = "Vantra Telecom, the second-largest network, paid £185m for its 60MHz block."
    assert contradictions(a, b) == [("£210m", "£185m")]


def test_a_noun_of_the_table_is_what_is_bought() -> None:
    text = "Corrin Energy won two seabed leases and a national grid licence for about €95m."
    found = claim(text, "about €95m")
    assert found.attribute == "price paid (licence)"
    assert found.subject == "Corrin Energy"


def test_a_noun_a_buyer_may_buy_many_of_is_no_price_key() -> None:
    # a builder buys many plots: "the plot" in two articles may be two plots
    text = "Bexley Homes bought the plot for £12m."
    assert claim(text, "£12m").attribute != "price paid (plot)"


def test_different_blocks_bought_never_meet() -> None:
    a = "Vantra Telecom secured 60MHz for £210m."
    b = "Vantra Telecom paid £90m for a 20MHz block."
    assert contradictions(a, b) == []


def test_for_a_sum_alone_is_no_price() -> None:
    # no verb of paying or getting frames the sum, or what it buys is no thing of the table
    assert claim("The band went for £210m in the end.", "£210m").attribute is None
    assert claim("Vantra Telecom paid £12m for the first time.", "£12m").attribute is None
    found = claim("Tollan Group paid $40 million for Brisk Foods.", "$40 million")
    assert found.attribute != "price paid (Brisk Foods)"


# -- "the deal values X at $Y" by the deal's kind -----------------------------------------------


def test_the_deal_after_an_investment_values_the_company() -> None:
    text = (
        "Ferrovia Capital will pour as much as $600 million into Quorra Robotics over three "
        "years. The deal values Quorra Robotics at $5 billion, people familiar said."
    )
    found = claim(text, "$5 billion")
    assert found.attribute == "valuation"
    assert found.subject == "Quorra Robotics"


def test_the_deal_after_an_investment_meets_the_investment_values() -> None:
    a = (
        "Ferrovia Capital will pour as much as $600 million into Quorra Robotics. "
        "The deal values Quorra Robotics at $5 billion."
    )
    b = (
        "Ferrovia Capital invested in Quorra Robotics. "
        "The investment values Quorra Robotics at $7 billion."
    )
    assert contradictions(a, b) == [("$5 billion", "$7 billion")]


def test_the_deal_after_a_takeover_is_the_price_of_what_it_values() -> None:
    a = (
        "Mallory Foods agreed to buy Pennant Dairy. "
        "The deal values Pennant Dairy at $900 million."
    )
    b = "Mallory Foods is paying $1.1 billion for Pennant Dairy, a filing showed."
    found = claim(a, "$900 million")
    assert (found.subject, found.attribute) == ("Pennant Dairy", "acquisition_price")
    assert contradictions(a, b) == [("$900 million", "$1.1 billion")]


def test_the_deal_after_a_takeover_stays_a_price() -> None:
    text = (
        "Mallory Foods agreed to buy Pennant Dairy. "
        "The deal values Pennant Dairy at $900 million."
    )
    assert claim(text, "$900 million").attribute == "acquisition_price"


# -- headcounts --------------------------------------------------------------------------------


def test_employs_people_meets_has_employees() -> None:
    a = "Osprey Analytics employs about 900 people in four countries."
    b = "Osprey Analytics now has 1,300 employees."
    assert contradictions(a, b) == [("about 900", "1,300")]


def test_a_part_of_the_staff_is_no_headcount() -> None:
    found = claim("Osprey Analytics has 300 full-time employees.", "300")
    assert found.attribute != claim("Osprey Analytics employs 900 people.", "900").attribute


def test_a_former_role_in_an_aside_is_no_earlier_state_of_the_figure() -> None:
    text = "Osprey Analytics, set up in 2014 by two former bank traders, now has 1,300 employees."
    assert claim(text, "1,300").attribute == "count of staff (employs)"


def test_a_pronoun_reporting_the_company_refers_back() -> None:
    text = (
        "Osprey Analytics raised $80 million on Monday. \"We are hiring,\" chief executive "
        "Ines Mola said. She said the company, which employs about 900 people across Lisbon, "
        "Porto and Madrid, plans to open a fifth office by 2027."
    )
    found = claim(text, "about 900")
    assert found.subject == "Osprey Analytics"
    assert found.period is None  # "by 2027" dates the plan, not the headcount


def test_a_plan_after_the_figure_takes_its_date() -> None:
    text = "Tarn Bikes, which runs 45 stores across Wales, aims to reach 100 by 2028."
    assert claim(text, "45").period is None


# -- "When X last ..." ---------------------------------------------------------------------------


def test_when_x_last_raised_is_an_earlier_occasion() -> None:
    text = (
        "When Quorra Robotics last raised money, in the spring, it was handed a $2bn valuation."
    )
    assert claim(text, "$2bn").attribute is None


def test_the_earlier_valuation_does_not_meet_the_new_one() -> None:
    a = (
        "When Quorra Robotics last went to investors, in May, it came away with $90m and a "
        "$2bn valuation."
    )
    b = "Quorra Robotics raised $300m at a valuation of $5bn."
    assert contradictions(a, b) == []


# -- capacity set apart for a customer ----------------------------------------------------------


def test_capacity_dedicated_to_a_customer_is_that_customers() -> None:
    text = "Under the pact, Norrvolt Energy will reserve 80MW of grid capacity for Pellan Steel."
    assert claim(text, "80MW").attribute == "capacity (for Pellan Steel)"


def test_two_wordings_of_a_dedicated_capacity_meet() -> None:
    a = "Norrvolt Energy will reserve 80 megawatts of grid capacity for Pellan Steel, it said."
    b = "Norrvolt Energy is allocating 120MW of dedicated capacity to Pellan Steel under the pact."
    assert contradictions(a, b) == [("80 megawatts", "120MW")]


def test_capacity_without_a_verb_of_dedicating_keeps_its_kind() -> None:
    text = "Norrvolt Energy operates 80 megawatts of grid capacity near Pellan Steel."
    assert claim(text, "80 megawatts").attribute != "capacity (for Pellan Steel)"


# -- names and periods -----------------------------------------------------------------------------


def test_a_telecom_kind_word_after_a_brand_opening_a_sentence_keeps_the_brand() -> None:
    # "Wireless", "Mobile", "Broadband" name a kind of business after a brand, as "Telecom"
    for text, name in (
        ("Harlow Wireless paid £90m for a 20MHz block.", "Harlow Wireless"),
        ("Brenna Mobile paid £90m for a 20MHz block.", "Brenna Mobile"),
        ("Sefton Broadband paid £90m for a 20MHz block.", "Sefton Broadband"),
    ):
        assert claim(text, "£90m").subject == name


def test_a_fiscal_quarter_ended_near_the_month_end_is_that_calendar_quarter() -> None:
    text = "Drumlin Devices' net income was $310 million in the quarter ended Sept. 27."
    assert str(claim(text, "$310 million").period) == "2024-Q3"  # the last Sept. 27
    text = "Drumlin Devices' net income was $310 million in the three months to March 29."
    assert str(claim(text, "$310 million").period) == "2025-Q1"


def test_a_day_far_from_a_quarter_end_names_no_calendar_quarter() -> None:
    text = "Drumlin Devices' net income was $310 million in the quarter ended Aug. 31."
    assert claim(text, "$310 million").period is None or "Q" not in str(
        claim(text, "$310 million").period
    )


def test_last_valued_without_a_date_is_an_earlier_occasion() -> None:
    a = "Quorra Robotics, which was last valued at $2bn, is raising again."
    b = "Quorra Robotics raised $300m at a valuation of $5bn."
    assert claim(a, "$2bn").attribute is None
    assert contradictions(a, b) == []


def test_last_valued_with_a_date_keeps_its_period() -> None:
    found = claim("Quorra Robotics was last valued at $2bn in 2023.", "$2bn")
    assert (found.attribute, str(found.period)) == ("valuation", "2023")


def test_a_deal_that_invests_values_the_company_invested_in_never_the_investor() -> None:
    text = (
        "Ferrovia Capital invested $300 million in Quorra Robotics in a deal that values "
        "the startup at $3 billion."
    )
    found = claim(text, "$3 billion")
    assert (found.subject, found.attribute) == ("Quorra Robotics", "valuation")
    text = (
        "Ferrovia Capital will put $300 million into Quorra Robotics. "
        "The deal values the startup at $3 billion."
    )
    assert claim(text, "$3 billion").subject != "Ferrovia Capital"
