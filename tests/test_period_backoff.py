"""Periods of figures that one article dates and another dates in other words: a year a
verb of closing takes as its object ("closed 2024 with ..."), and the other ways of naming
one year's figure measured in this round (sentences written for these tests, in several
domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 3, 4)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


def _year(found: prose.Claim) -> int | None:
    return found.period.date.start.year if found.period is not None else None


# -- a year closed with a stock ----------------------------------------------------------


def test_closed_a_year_with_a_stock_is_that_years() -> None:
    text = "Tessaline Bank closed 2024 with 3.2 million current accounts."
    assert _year(claim(text, "3.2 million")) == 2024


def test_finished_a_year_with_a_count_is_that_years() -> None:
    text = "The ferry line Orrin Sound finished 2023 with 41 vessels in service."
    assert _year(claim(text, "41")) == 2023


def test_closed_year_meets_the_same_year_elsewhere() -> None:
    first = "Tessaline Bank closed 2024 with 3.2 million current accounts."
    second = "Tessaline Bank had 2.7 million current accounts in 2024, its annual report said."
    assert contradictions(first, second) == [("3.2 million", "2.7 million")]


# -- twelve months to December -----------------------------------------------------------


def test_twelve_months_to_december_is_the_calendar_year() -> None:
    text = "Pellow Quarries shipped 9.4 million tonnes of gravel in the 12 months to December 31."
    assert _year(claim(text, "9.4 million tonnes")) == 2024


def test_year_ended_december_opening_the_sentence() -> None:
    text = "In the year ended December 31, the Harnby Trust let 1,870 homes."
    assert _year(claim(text, "1,870")) == 2024


def test_twelve_months_to_another_month_is_a_financial_year() -> None:
    text = "Pellow Quarries shipped 9.4 million tonnes of aggregate in the 12 months to June 30."
    period = claim(text, "9.4 million tonnes").period
    assert period is not None and str(period).startswith("year to ")
    first, last = period.span
    assert (first.month, first.day, last.month, last.day) == (7, 1, 6, 30)
    assert last.year == first.year + 1


def test_the_comparison_base_after_the_span_keeps_its_own_year() -> None:
    text = (
        "Pellow Quarries shipped 9.4 million tonnes of aggregate in the 12 months to "
        "December 31, up from 8.8 million tonnes in 2023."
    )
    assert _year(claim(text, "8.8 million tonnes")) == 2023


def test_twelve_months_to_december_meets_in_that_year() -> None:
    first = "Pellow Quarries shipped 9.4 million tonnes of gravel in the 12 months to December 31."
    second = "Pellow Quarries shipped 7.9 million tonnes of gravel in 2024."
    assert contradictions(first, second) == [("9.4 million tonnes", "7.9 million tonnes")]


# -- a year's results that show a figure -------------------------------------------------


def test_a_years_results_that_show_a_figure_date_it() -> None:
    text = "Harnby Foods' 2024 results showed operating profit of £61 million."
    found = claim(text, "£61 million")
    assert _year(found) == 2024
    assert found.attribute == "operating_profit"


def test_a_years_accounts_that_include_a_figure_date_it() -> None:
    text = "Tollan Ports' 2024 accounts include revenue of £310 million."
    found = claim(text, "£310 million")
    assert (_year(found), found.attribute) == (2024, "revenue")


def test_a_year_glued_to_no_results_noun_does_not_date_it() -> None:
    text = "Tollan Ports' 2024 plan showed revenue of £310 million."
    assert _year(claim(text, "£310 million")) is None


def test_results_that_show_a_figure_meet_the_same_year() -> None:
    first = "Tollan Ports' 2024 accounts include revenue of £310 million."
    second = "Tollan Ports reported revenue of £280 million in 2024."
    assert contradictions(first, second) == [("£310 million", "£280 million")]


def test_a_year_after_a_plural_possessive_is_a_year() -> None:
    found = prose.all_claims_of("The Harnby Mills' 2023 accounts were late.", published=PUBLISHED)
    assert [c.text for c in found if c.kind.value == "date"] == ["2023"]


# -- a stock by the end of a past year ---------------------------------------------------

LATER = dt.date(2026, 5, 12)


def test_a_stock_by_the_end_of_a_past_year_is_that_years_end() -> None:
    text = "Harnby Lets had 1,870 flats by the end of 2025."
    assert str(prose.claim(text, "1,870", published=LATER).period) == "2025"


def test_a_stock_by_the_end_of_a_past_year_meets_ended_that_year_with() -> None:
    first = "Harnby Lets had 1,870 flats by the end of 2025."
    second = "Harnby Lets ended 2025 with 2,050 flats."
    found = prose.contradictions(first, second, published=LATER)
    assert found == [("1,870", "2,050")]


def test_a_flow_by_the_end_of_a_year_stays_cumulative() -> None:
    text = "Orrin Sound had sold 2.4 million tickets by the end of 2025."
    assert str(prose.claim(text, "2.4 million", published=LATER).period) == "by 2025"


def test_a_stock_by_the_end_of_this_year_is_a_target() -> None:
    text = "Harnby Lets wants 2,400 flats by the end of 2026."
    assert str(prose.claim(text, "2,400", published=LATER).period) != "2026"
