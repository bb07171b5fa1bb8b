"""Readings that corpora 33-36 missed, each on our own sentences with invented names:

- a description of what a company does ("the bookseller", "the supplier", "the broker")
  refers back to the company the article wrote as one (``data/organisation_kinds.txt``);
- "to buy German brake and steering specialist X": an "and" inside the description
  before a name does not end what is bought;
- a takeover's verb names what is bought even when a noun of buying closes the sentence
  in an appositive ("..., the insurer's largest purchase in a decade");
- a stock dated by a month's last day ("on 31 March") is the month's closing figure, the
  one another article dates "at the end of March", and an opening "At 31 March" dates it
  and leaves the description after it to refer back;
- a valuation that refers back to the round the sentence before named is that round's;
- counted nouns that count one thing (ships and vessels, a cruise line's guests and
  passengers) and a level that "stood at" a count.

Each test, but the guards, fails on the code before these rules (83dd441).
"""

from __future__ import annotations

import datetime as dt

import prose

PUBLISHED = dt.date(2026, 6, 12)


def _reading(text: str, figure: str) -> tuple[str | None, str | None, str | None]:
    return prose.reading(text, figure, published=PUBLISHED)


# -- descriptions of what a company does --


def test_the_bookseller_refers_back_to_the_books_chain() -> None:
    text = (
        "Quarrenby Books posted its annual results on Tuesday. Sales were flat. "
        "The bookseller ended March with 96 shops."
    )
    assert _reading(text, "96")[0] == "Quarrenby Books"


def test_a_supplier_is_the_company_written_with_components() -> None:
    text = (
        "Fennel Components reported higher sales on Monday. The supplier employs 2,300 "
        "people at four plants."
    )
    assert _reading(text, "2,300")[0] == "Fennel Components"


# -- what a takeover buys --


def test_an_and_inside_the_description_before_the_name_ends_nothing() -> None:
    text = (
        "Ostwick Holdings has agreed to buy Dutch valve and pump specialist Fennel Industries "
        "in a deal that values the specialist's equity at about 1.8 billion euros."
    )
    assert _reading(text, "about 1.8 billion euros")[:2] == (
        "Fennel Industries",
        "acquisition_price",
    )


def test_a_second_name_after_and_its_is_still_not_what_is_bought() -> None:
    # a guard: "X and its unit Y" ends the object at "and"
    text = "Ostwick Holdings agreed to buy Fennel and its pump unit Corla for 1.8 billion euros."
    assert _reading(text, "1.8 billion euros")[0] == "Fennel"


def test_a_noun_of_buying_in_a_closing_appositive_leaves_the_verb_its_object() -> None:
    text = (
        "Ostwick Holdings said it had agreed to acquire Pellam Risk Partners in an all-cash "
        "deal worth $640 million, the group's largest purchase in a decade."
    )
    assert _reading(text, "$640 million")[:2] == ("Pellam Risk Partners", "acquisition_price")


# -- a stock at a month's end --


def test_a_stock_on_the_months_last_day_is_the_months_closing_figure() -> None:
    assert _reading("Quarrenby Books had 96 shops on 31 March.", "96")[2] == "2026-03"
    assert _reading("Quarrenby Books had 96 shops on 30 March.", "96")[2] == "2026-03-30"


def test_shops_on_the_last_day_meet_shops_at_the_end_of_the_month() -> None:
    first = "Quarrenby Books had 96 shops on 31 March, after opening four during the year."
    second = "Quarrenby Books ended March with 88 shops."
    assert prose.contradictions(first, second, published=PUBLISHED) == [("96", "88")]


# -- a valuation that refers back to the round --


def test_the_new_money_values_the_company_at_the_round_the_sentence_before_named() -> None:
    text = (
        "Wendle Learning raised $40 million in a Series C round on Monday. The new money "
        "values the company at $520 million."
    )
    assert _reading(text, "$520 million")[:2] == ("Wendle Learning", "valuation (series c)")


def test_a_valuation_after_a_round_meets_the_rounds_valuation_elsewhere() -> None:
    first = (
        "Wendle Learning raised $40 million in a Series C round, giving it a post-money "
        "valuation of $470 million."
    )
    second = (
        "Wendle Learning announced its $40 million Series C on Monday. The investment "
        "values Wendle Learning at $520 million."
    )
    found = prose.contradictions(first, second, published=PUBLISHED)
    assert found == [("$470 million", "$520 million")]


def test_a_valuation_after_two_rounds_takes_neither() -> None:
    # a guard: the sentence before names a Series B and a Series C
    text = (
        "Wendle Learning raised $40 million in a Series C, after a $12 million Series B round. "
        "The new money values the company at $520 million."
    )
    assert _reading(text, "$520 million")[1] == "valuation"


# -- a share held at a past year's end --


def test_a_share_by_the_end_of_a_past_year_is_that_years() -> None:
    text = "By the end of 2025, Pellcharge controlled 27% of the country's rapid chargers."
    assert _reading(text, "27%")[1:] == ("share of rapid chargers", "2025")


def test_a_share_by_the_end_of_a_year_not_over_stays_a_target() -> None:
    # a guard: the article is of June 2026, so "by the end of 2026" is still ahead
    text = "By the end of 2026, Pellcharge expects to control 27% of the country's chargers."
    assert _reading(text, "27%")[2] != "2026"


def test_the_round_gives_the_startup_a_valuation_at_that_round() -> None:
    text = (
        "Wendle Learning raised $40 million in a Series C round. The round gives the startup "
        "a post-money valuation of $520 million."
    )
    assert _reading(text, "$520 million")[:2] == ("Wendle Learning", "valuation (series c)")


# -- a day opening the sentence, and nouns that count one thing --


def test_an_opening_day_dates_the_stock_and_the_description_refers_back() -> None:
    text = "Orrin Shipyards won two orders. At 31 March the yard had 46 ships on order."
    # ships "on order" are no fleet (stop 17): the count of vessels on order
    assert _reading(text, "46") == ("Orrin Shipyards", "count of vessels (on order)", "2026-03")


def test_ships_on_order_meet_an_order_book_that_stood_at_vessels() -> None:
    first = "Orrin Shipyards won two orders. At 31 March the yard had 46 ships on order."
    second = "Orrin Shipyards' order book stood at 38 vessels at the end of March."
    found = prose.contradictions(first, second, published=PUBLISHED)
    assert found == [("46", "38")]


def test_a_cruise_lines_guests_are_the_passengers_it_carried() -> None:
    first = "Pellworth Cruises welcomed 1.16 million guests aboard its ships in 2025."
    second = (
        "Pellworth Cruises is growing. The line, which carried 1.42 million passengers in "
        "2025, said bookings were strong."
    )
    found = prose.contradictions(first, second, published=PUBLISHED)
    assert found == [("1.16 million", "1.42 million")]


# -- a part described by what it has --


def test_staff_of_a_new_studio_abroad_are_not_the_companys_headcount() -> None:
    whole = "Pellbrook Games employs about 6,200 people across 14 studios."
    part = (
        "Pellbrook Games said on Thursday it would open a studio in Lyon, France, with about "
        "150 staff, its first in the country."
    )
    assert prose.contradictions(whole, part, published=PUBLISHED) == []
    assert _reading(part, "about 150")[0] is None


def test_the_round_in_a_paragraph_of_its_own_still_refers_back() -> None:
    text = (
        "Wendle Learning has closed a $40 million Series C round led by Orrin Ventures.\n\n"
        "The round gives Wendle Learning a post-money valuation of $520 million, according "
        "to two people familiar with the terms."
    )
    assert _reading(text, "$520 million")[:2] == ("Wendle Learning", "valuation (series c)")


# -- a payer paying for a description --


def test_a_payer_handing_over_a_sum_for_the_publisher_prices_the_publisher() -> None:
    text = (
        "Orrin Learning Group agreed on Monday to buy Pellam & Vane, a textbook publisher. "
        "Orrin is handing over $465 million in cash for the publisher, its largest deal."
    )
    assert _reading(text, "$465 million")[:2] == ("Pellam & Vane", "acquisition_price")


def test_a_payer_written_short_is_never_what_it_pays_for() -> None:
    # a guard: "the group" is the payer, written long before and short here
    text = (
        "Orrin Learning Group agreed on Monday to expand. Orrin is paying $465 million in "
        "cash for the group's new offices."
    )
    assert _reading(text, "$465 million")[1] != "acquisition_price"


def test_a_sum_paid_years_ago_for_the_business_is_no_price_now() -> None:
    text = (
        "Orrin Learning Group agreed on Monday to sell Pellam & Vane, a textbook publisher. "
        "Orrin paid £260mn for the publisher seven years ago."
    )
    assert _reading(text, "£260mn")[1] is None
