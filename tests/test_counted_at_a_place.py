"""A count or a quantity, the place it was counted at, then its period: "turned out 348,000
cubic metres of sawn wood at its Dunmore sawmill last year" is last year's output, as "in
2024" after the same place already made it. A count of the things in a part of the country
("23 homes in the county") is that part of the estate, never the whole (sentences written
for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 3, 4)

claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


def _year(found: prose.Claim) -> int | None:
    return found.period.date.start.year if found.period is not None else None


def test_a_quantity_at_a_named_facility_then_last_year_is_last_years() -> None:
    text = (
        "Halloway Timber turned out 348,000 cubic metres of sawn wood at its Dunmore sawmill"
        " last year."
    )
    assert _year(claim(text, "348,000 cubic metres")) == 2024


def test_a_count_in_a_region_then_this_year_is_this_years() -> None:
    text = "Pellory Motors sold 41,000 cars in the Nordic region this year."
    assert _year(claim(text, "41,000")) == 2025


def test_output_at_a_facility_last_year_meets_the_same_output_in_the_year() -> None:
    one = "Halloway Timber produced 412,000 cubic metres of sawn softwood at its mill in 2024."
    other = "Halloway Timber turned out 348,000 cubic metres of sawn wood at its sawmill last year."
    pairs = {frozenset(p) for p in contradictions(one, other)}
    assert frozenset({"412,000 cubic metres", "348,000 cubic metres"}) in pairs


def test_a_year_in_a_relative_clause_on_the_place_dates_nothing_counted() -> None:
    text = "Halloway Timber employs 640 people at the Dunmore mill, which it bought last year."
    assert _year(claim(text, "640")) is None


# -- a count of the things in a part of the country ------------------------------------------


def test_a_count_in_the_county_is_a_part_of_the_estate() -> None:
    one = "Care operator Elmstead Care has 142 homes."
    other = (
        "Care operator Elmstead Care is one of the largest groups in Yorkshire, with 23 homes"
        " in the county."
    )
    assert claim(other, "23").attribute == "count of homes (in the county)"
    assert contradictions(one, other) == []


def test_two_counts_in_the_same_part_meet() -> None:
    one = "Care operator Elmstead Care, big in Yorkshire, has 23 homes in the county."
    other = "Care operator Elmstead Care, strong in Yorkshire, has 31 homes in the county."
    assert claim(one, "23").attribute == "count of homes (in the county)"
    assert contradictions(one, other) != []


def test_the_region_a_company_serves_is_its_whole_estate() -> None:
    # no place named before: "the region" is the company's own, not a part of it
    text = "Vantor Water supplies 2.4 million customers in the region."
    assert claim(text, "2.4 million").attribute == "count of customers"


def test_a_count_across_a_country_is_the_whole_estate() -> None:
    one = "Outfitter Brightmere Outdoor runs 214 stores in the United States and Canada."
    other = "Outfitter Brightmere Outdoor runs 241 stores."
    assert contradictions(one, other) != []


def test_a_count_in_a_named_state_is_a_part_of_the_estate() -> None:
    one = "Harbour Trust Bank has 312 branches and about 14.6 million customers."
    other = "Harbour Trust Bank has 23 branches in Ondo State, none of them in Akure."
    assert claim(other, "23").attribute == "count of branches (in ondo state)"
    assert contradictions(one, other) == []
