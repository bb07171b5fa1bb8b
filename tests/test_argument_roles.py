"""Who a sum, a count or a date belongs to when the figure is an argument of a verb or of a
noun of price: the object of a verb of founding ("started Wexley Foods in 2011") is the
company founded, not the founder; what is paid "for" ("for Initech's shares", "the price
tag of $720m for the Wexley business", "a bill for the spectrum") is what is bought, not
the payer; the party a catalogue is licensed "to" is a deal's other party; a base's level
counts the base's noun (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 9, 15)

claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a verb of founding and its object --------------------------------------------------------


def test_the_object_of_started_is_the_company_founded() -> None:
    found = claim("Marta Oyelaran started Wexley Foods in 2011 with two food trucks.", "2011")
    assert (found.subject, found.attribute) == ("Wexley Foods", "date founded")


def test_the_founder_before_founded_is_not_the_company() -> None:
    found = claim("Dario Velk and Ines Amaro founded Initech Labs in 2014 in a garage.", "2014")
    assert (found.subject, found.attribute) == ("Initech Labs", "date founded")


def test_set_up_with_its_object_is_a_founding() -> None:
    found = claim("Two former nurses set up Vandelay Care in 2017.", "2017")
    assert (found.subject, found.attribute) == ("Vandelay Care", "date founded")


def test_two_wordings_of_a_founding_meet() -> None:
    first = "Wexley Foods, which was founded in 2009, now runs 40 kitchens."
    second = "Marta Oyelaran started Wexley Foods in 2011 with two food trucks."
    assert contradictions(first, second) == [("2009", "2011")]


def test_a_verb_of_founding_before_something_else_founds_nothing() -> None:
    # the object is production, or a part of the name: no founding of the name
    text = "Wexley Foods started production at its Leeds plant in 2016."
    assert claim(text, "2016").attribute != "date founded"
    text = "Marta Oyelaran set up Wexley Foods' second kitchen in 2016."
    assert claim(text, "2016").subject != "Wexley Foods" or claim(text, "2016").attribute is None


# -- a sum paid for a name's whole, possessed -------------------------------------------------


def test_paying_for_a_companys_shares_is_its_price() -> None:
    found = claim("Globex is paying $3.1 billion for Initech's shares, in cash.", "$3.1 billion")
    assert (found.subject, found.attribute) == ("Initech", "acquisition_price")


def test_paying_for_a_companys_entire_share_capital_is_its_price() -> None:
    text = "Hooli will pay €780 million for Vandelay's entire share capital."
    found = claim(text, "€780 million")
    assert (found.subject, found.attribute) == ("Vandelay", "acquisition_price")


def test_paying_for_a_part_or_the_remaining_shares_is_no_price_of_the_whole() -> None:
    part = claim("Globex is paying $400 million for Initech's chip unit.", "$400 million")
    assert part.subject != "Initech"
    rest = claim("Globex is paying $90 million for Initech's remaining shares.", "$90 million")
    assert (rest.subject, rest.attribute) != ("Initech", "acquisition_price")


# -- a takeover's object past an appositive, and an opening price ------------------------------


def test_an_appositive_between_the_object_and_for_keeps_the_price() -> None:
    text = (
        "Hooli Software agreed on Monday to acquire Wexley Analytics, a privately held "
        "data-quality startup, for $640 million in cash and stock, the software maker's "
        "largest purchase to date."
    )
    found = claim(text, "$640 million")
    assert (found.subject, found.attribute) == ("Wexley Analytics", "acquisition_price")


def test_an_opening_price_of_a_named_purchase_is_its_price() -> None:
    text = "At $515 million, the Wexley purchase is the biggest data deal this year."
    found = claim(text, "$515 million")
    assert (found.subject, found.attribute) == ("Wexley", "acquisition_price")


def test_the_two_wordings_of_a_takeover_price_meet() -> None:
    first = (
        "Hooli Software agreed on Monday to acquire Wexley Analytics, a privately held "
        "data-quality startup, for $640 million in cash."
    )
    second = "At $515 million, the Wexley Analytics purchase is the biggest data deal this year."
    assert contradictions(first, second) == [("$640 million", "$515 million")]


def test_an_opening_price_of_a_takeover_of_another_names_no_price() -> None:
    text = "At $515 million, the Hooli takeover of Wexley is the biggest data deal this year."
    assert (claim(text, "$515 million").subject, claim(text, "$515 million").attribute) != (
        "Hooli",
        "acquisition_price",
    )


# -- the party a verb of giving gives to --------------------------------------------------------


def test_the_party_a_catalogue_is_licensed_to_is_the_deals_other_party() -> None:
    text = (
        "Record label Wexley Music has licensed its back catalogue to streaming service "
        "Hooli in a four-year deal worth $38 million."
    )
    found = claim(text, "$38 million")
    assert found.attribute == "deal_value"
    assert found.subject is not None
    assert set(found.subject.split(" – ")) == {"Wexley Music", "Hooli"}


def test_two_sides_of_a_licensing_deal_meet() -> None:
    first = (
        "Record label Wexley Music has licensed its back catalogue to streaming service "
        "Hooli in a four-year deal worth $38 million."
    )
    second = (
        "Under the four-year agreement, Hooli pays Wexley Music $52 million for streaming "
        "rights to the label's archive."
    )
    assert contradictions(first, second) == [("$38 million", "$52 million")]


def test_a_party_after_to_with_no_verb_of_giving_is_no_party() -> None:
    text = "Wexley Music sent its back catalogue to Hooli in a four-year deal worth $38 million."
    assert claim(text, "$38 million").subject is None


# -- a verb of producing with a quantity ---------------------------------------------------------


def test_a_quantity_turned_out_is_production() -> None:
    text = "Vandelay Minerals turned out 41,000 tonnes of lithium in 2024."
    assert claim(text, "41,000 tonnes").attribute == "production (lithium)"


def test_turned_out_and_produced_quantities_meet() -> None:
    first = "Vandelay Minerals produced 36,200 tonnes of lithium in 2024."
    second = "Vandelay Minerals turned out 41,000 tonnes of lithium in 2024."
    assert contradictions(first, second) == [("36,200 tonnes", "41,000 tonnes")]


# -- a count stated as the level of a base ------------------------------------------------------


def test_a_subscriber_base_level_counts_subscribers() -> None:
    text = "Initech's paid subscriber base stood at 3.2 million at the end of March."
    found = claim(text, "3.2 million")
    assert (found.subject, found.attribute) == ("Initech", "count of paid subscribers")


def test_the_close_of_a_quarter_is_its_last_month() -> None:
    text = "Initech's paid subscriber base stood at 3.2 million at the close of the first quarter."
    assert str(claim(text, "3.2 million").period) == "2025-03"


def test_a_base_level_meets_a_count_of_the_same_noun() -> None:
    first = "Initech ended March with 4.1 million paying subscribers."
    second = (
        "Initech's paid subscriber base stood at 3.2 million at the close of the first quarter."
    )
    assert contradictions(first, second) == [("4.1 million", "3.2 million")]


def test_an_installed_base_counts_nothing() -> None:
    text = "Initech's installed base stood at 40 million at the end of March."
    assert claim(text, "40 million").attribute is None


# -- an offer of a price a share that values the company ----------------------------------------


def test_an_offer_of_a_price_a_share_values_the_company_at_its_price() -> None:
    text = (
        "The offer of 340 pence per share values Vandelay Freight at £615 million, the two "
        "companies said."
    )
    found = claim(text, "£615 million")
    assert (found.subject, found.attribute) == ("Vandelay Freight", "acquisition_price")


def test_an_offer_valuation_meets_a_sum_paid_for_the_company() -> None:
    first = "The offer of 340 pence per share values Vandelay Freight at £615 million."
    second = "Hooli Rail agreed in May to pay £540 million for Vandelay Freight."
    assert contradictions(first, second) == [("£615 million", "£540 million")]


# -- a noun of price and what it is "for" ---------------------------------------------------------


def test_a_price_tag_for_a_named_business_is_its_price() -> None:
    text = "The price tag of $720m for the Wexley business looks rich to analysts."
    found = claim(text, "$720m")
    assert (found.subject, found.attribute) == ("Wexley", "acquisition_price")


def test_a_bill_for_a_bought_thing_is_its_price_for_the_payer() -> None:
    text = "Hooli Mobile's bill for the spectrum came to €910 million, payable over ten years."
    found = claim(text, "€910 million")
    assert found.attribute == "price paid (spectrum)"
    assert found.subject == "Hooli Mobile"


def test_a_bill_and_a_sum_paid_for_the_same_thing_meet() -> None:
    first = "Hooli Mobile's bill for the spectrum came to €910 million, payable over ten years."
    second = "Hooli Mobile paid €780 million for the spectrum."
    assert contradictions(first, second) == [("€910 million", "€780 million")]


def test_a_price_for_a_part_of_a_name_is_not_its_price() -> None:
    text = "The price tag of $90m for the remaining stake in Wexley surprised nobody."
    assert claim(text, "$90m").subject != "Wexley"


# -- a price tag put on a company ---------------------------------------------------------------


def test_a_price_tag_a_named_round_put_on_the_company_is_its_valuation() -> None:
    text = (
        "Fresh from a Series C that put a $2.4 billion price tag on the company, Initech "
        "plans a second factory."
    )
    found = claim(text, "$2.4 billion")
    assert (found.subject, found.attribute) == ("Initech", "valuation (series c)")


def test_a_price_tag_a_round_put_on_a_name_is_its_valuation() -> None:
    text = "The funding round put a $640 million price tag on Vandelay Robotics."
    found = claim(text, "$640 million")
    assert (found.subject, found.attribute) == ("Vandelay Robotics", "valuation")


def test_a_price_tag_a_takeover_put_on_a_name_is_its_price() -> None:
    text = "The takeover puts a £1.9 billion price tag on Wexley Foods."
    found = claim(text, "£1.9 billion")
    assert (found.subject, found.attribute) == ("Wexley Foods", "acquisition_price")


def test_a_price_tag_with_no_deal_names_nothing() -> None:
    text = "The market has put a $3 billion price tag on Wexley Foods."
    assert claim(text, "$3 billion").attribute is None


# -- the subject of a verb of raising past a long appositive -------------------------------------


def test_a_long_appositive_keeps_the_name_that_raised() -> None:
    text = (
        "Wexley Homes, the Leeds-based start-up whose software lets small landlords manage "
        "entire rental buildings from a single phone screen, has raised $47 million in a Series B "
        "round led by Hooli Ventures."
    )
    found = claim(text, "$47 million")
    # a verb of raising whose subject is lost names no round of the company: here it is found
    assert found.attribute == "funding_round (series b)"
    assert found.subject is not None and found.subject.endswith("Homes")


def test_a_kind_of_bill_is_no_price_of_what_it_is_for() -> None:
    text = "The board approved a legal bill of $3m for the Wexley Analytics business."
    assert claim(text, "$3m").attribute != "acquisition_price"
    text = "Hooli Mobile's legal bill for the spectrum came to €9 million."
    assert claim(text, "€9 million").attribute != "price paid (spectrum)"
