"""Round rankev: ranks whose extracted board is none (the size of the field, a month) or
missing, and dates of events (openings, launches, reopenings). Sentences written for these
tests, in domains other than the corpora's."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 9, 12)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- the field a rank is counted in is no board -------------------------------------------


def test_the_size_of_the_field_is_no_board() -> None:
    text = "Hessmoor Utilities ranked ninth of the 31 utilities in the 2025 Tapwise Survey."
    found = claim(text, "ninth")
    assert found.subject == "Tapwise"
    assert str(found.period) == "2025"
    assert found.item == "Hessmoor Utilities"


def test_out_of_a_field_then_the_board() -> None:
    text = "Pellgrove Foods placed 12th out of 40 grocers in the 2025 Shopper Trust Index."
    found = claim(text, "12th")
    assert found.subject == "Shopper Trust"
    assert str(found.period) == "2025"


def test_a_field_without_a_board_names_none() -> None:
    text = "Hessmoor Utilities ranked ninth of the 31 utilities in the Leeds area."
    assert claim(text, "ninth").subject is None


def test_a_month_edition_is_no_board() -> None:
    text = "Corlen Rail rose to 6th place in the March edition of the Punctuality Watch Index."
    found = claim(text, "6th")
    assert found.subject == "Punctuality Watch"


def test_a_month_table_another_rank_names_is_no_board() -> None:
    text = (
        "In the Tapwise Service Survey, Hessmoor Utilities sits ninth, "
        "up from 15th in the March table."
    )
    assert claim(text, "15th").subject is None


def test_a_board_named_after_its_year_in_the_sentence() -> None:
    text = "In the 2025 Harbour Safety Index, published in May, Ostrand Port came in third."
    found = claim(text, "third")
    assert found.subject == "Harbour Safety"
    assert str(found.period) == "2025"
    assert found.item == "Ostrand Port"


def test_the_possessor_of_what_ranks_holds_the_rank() -> None:
    text = "In the 2025 Harbour Safety Index, Ostrand's container terminal came in third."
    assert claim(text, "third").item == "Ostrand"


def test_the_possessor_holds_the_rank_across_an_aside() -> None:
    text = (
        "Ostrand's terminal, which Velk Logistics has run since 2019, sits fifth in the "
        "2025 Harbour Safety Index."
    )
    assert claim(text, "fifth").item == "Ostrand"


def test_a_description_that_ranks_is_the_sentence_subject() -> None:
    text = (
        "Pellgrove Foods shares gained 2% after the grocer placed 12th out of 40 grocers "
        "in the 2025 Shopper Trust Index."
    )
    assert claim(text, "12th").item == "Pellgrove Foods"


def test_two_places_of_one_item_on_a_board_behind_its_field_conflict() -> None:
    one = "Hessmoor Utilities ranked ninth of the 31 utilities in the 2025 Tapwise Survey."
    other = "Hessmoor Utilities came in 14th out of 31 utilities in the 2025 Tapwise Survey."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"ninth", "14th"}) in pairs


# -- dates of openings, launches and reopenings --------------------------------------------


def test_a_place_that_opened_in_a_year_has_its_opening_date() -> None:
    text = "Kestrow Arena, which opened in 1998 after years of delay, holds 21,000 fans."
    found = claim(text, "1998")
    assert found.attribute == "date opened"
    assert found.subject is not None


def test_first_opened_its_doors_is_the_opening() -> None:
    text = "The Tollbridge Gallery first opened its doors in 1923."
    assert claim(text, "1923").attribute == "date opened"


def test_opening_something_else_is_no_opening_of_the_opener() -> None:
    text = "Brackwell opened a new depot in Leeds in 2019."
    assert claim(text, "2019").attribute is None


def test_two_opening_years_of_one_place_conflict() -> None:
    one = "Kestrow Arena, which opened in 1998 after years of delay, holds 21,000 fans."
    other = "Kestrow Arena opened in 2003 on the site of an old dock."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"1998", "2003"}) in pairs


def test_a_fixed_future_reopening_is_dated() -> None:
    text = "The Calloway Centre will reopen to the public on Friday 3 October after a refit."
    found = claim(text, "Friday 3 October")
    # a plan: compared only with other plans (branch event)
    assert (found.subject, found.attribute) == ("Calloway Centre", "date reopened (planned)")


def test_two_reopening_days_conflict() -> None:
    one = "The Calloway Centre will reopen to the public on Friday 3 October after a refit."
    other = "The Calloway Centre reopens on 17 October after a long refit."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"Friday 3 October", "17 October"}) in pairs


def test_going_on_sale_is_the_release() -> None:
    text = "Cinderfall Odyssey went on sale on 3 March for PC and consoles."
    found = claim(text, "3 March")
    assert found.attribute == "date released"


def test_launching_with_no_object_dates_the_launcher() -> None:
    text = "Cinderfall Odyssey launched on 3 March for PC and consoles."
    assert claim(text, "3 March").attribute == "date released"


def test_it_launched_is_the_sentence_subject_not_its_owner() -> None:
    text = (
        "Quarrytide's puzzle game Cinderfall Odyssey has sold 2 million copies since it "
        "launched on 17 March."
    )
    found = claim(text, "17 March")
    assert (found.subject, found.attribute) == ("Cinderfall Odyssey", "date released")


def test_a_board_named_after_its_month_is_that_months_edition() -> None:
    text = "In the July Punctuality Watch Index, Corlen Rail sits sixth of 40 operators."
    found = claim(text, "sixth")
    assert found.subject == "Punctuality Watch"
    assert str(found.period) == "2025-07"


def test_a_month_after_the_publication_month_is_last_years() -> None:
    text = "In the November Punctuality Watch Index, Corlen Rail sits sixth of 40 operators."
    assert str(claim(text, "sixth").period) == "2024-11"


def test_the_market_opening_is_no_event_of_a_company() -> None:
    text = "The offer, made before the market opened on Tuesday, values Fenmoor Paper at 90p."
    assert claim(text, "Tuesday").attribute is None


def test_a_place_is_not_its_owner() -> None:
    text = "Dunlow's container terminal opened in 1971 and now employs 900 people."
    assert claim(text, "1971").subject is None


def test_its_doors_open_again_is_the_sentence_subjects_reopening() -> None:
    text = "The Calloway Centre has a date at last: its doors open again on 17 October."
    found = claim(text, "17 October")
    assert (found.subject, found.attribute) == ("Calloway Centre", "date reopened (planned)")


def test_a_year_built_before_a_name_is_its_opening() -> None:
    one = "Rovers fans still love their 1987-built Hollins Lane ground, whatever its name."
    other = "Hollins Lane, which opened in 1991, holds 18,000."
    assert claim(one, "1987").attribute == "date opened"
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"1987", "1991"}) in pairs


def test_a_name_that_moves_places_holds_the_rank() -> None:
    text = "Pellgrove Foods has climbed five places to 27th in the 2025 Lantern Grocery Index."
    found = claim(text, "27th")
    assert (found.subject, found.item) == ("Lantern Grocery", "Pellgrove Foods")


def test_a_place_after_a_possessive_name_is_named_with_it() -> None:
    one = "The Dunlow Institute of Clocks will reopen on Friday 3 October after a refit."
    other = "Dunlow's Institute of Clocks has a date at last: its doors open again on 17 October."
    assert claim(other, "17 October").subject == "Dunlow Institute of Clocks"
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"Friday 3 October", "17 October"}) in pairs


def test_a_title_split_at_of_the_is_named_whole() -> None:
    one = "Songs of the Tide went on sale on 4 April for consoles and PC."
    other = (
        "Brinkhall's sailing game Songs of the Tide has sold 900,000 copies since it "
        "launched on 18 April, its publisher said."
    )
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"4 April", "18 April"}) in pairs


def test_tickets_going_on_sale_are_no_release_of_the_name_before() -> None:
    text = "Tickets for the final against Oldcastle Town go on sale on Monday at noon."
    assert claim(text, "Monday").attribute is None


def test_a_launch_in_a_place_is_not_the_launch() -> None:
    text = "Paymint has two million users in Spain, where it launched in 2021, and more in Italy."
    assert claim(text, "2021").attribute is None
