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
    text = "Hessmoor Utilities ranked ninth of the 31 utilities in the 2025 Tapwise Service Survey."
    found = claim(text, "ninth")
    assert found.subject == "Tapwise Service"
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
    one = "Hessmoor Utilities ranked ninth of the 31 utilities in the 2025 Tapwise Service Survey."
    other = "Hessmoor Utilities came in 14th out of 31 utilities in the 2025 Tapwise Service Survey."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"ninth", "14th"}) in pairs
