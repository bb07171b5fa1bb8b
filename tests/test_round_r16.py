"""Round r16: an article on one year's results dates its undated annual results with that
year ("revenue for 2024" in the lead, then "Revenue climbed to $2.1bn from $1.8bn a year
earlier") (sentences written for these tests, in several domains)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 2, 26)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a passage year: an article on one year's results -------------------------------------

BREWER = (
    "Hollin Breweries reported a 6% rise in operating profit for 2024 on Tuesday, helped by "
    "price increases.\n\n"
    "Operating profit climbed to £188 million from £177 million a year earlier, the brewer "
    "said."
)


def test_an_annual_result_takes_the_year_the_lead_reports() -> None:
    found = claim(BREWER, "£188 million")
    assert found.attribute == "operating_profit"
    assert found.period is not None and found.period.date.start == dt.date(2024, 1, 1)


def test_the_year_before_the_results_noun_names_it_too() -> None:
    text = (
        "Salvia Pharma's 2024 revenue topped forecasts, the drugmaker said on Monday.\n\n"
        "Revenue rose to $3.4 billion from $3.1 billion a year earlier."
    )
    found = claim(text, "$3.4 billion")
    assert found.period is not None and found.period.date.start == dt.date(2024, 1, 1)


def test_an_annual_result_meets_last_years_figure_in_another_article() -> None:
    other = "Brewer Hollin Breweries made an operating profit of £201 million last year."
    pairs = {frozenset(pair) for pair in contradictions(BREWER, other)}
    assert frozenset({"£188 million", "£201 million"}) in pairs


def test_a_figure_without_a_year_earlier_comparison_stays_undated() -> None:
    text = (
        "Hollin Breweries reported a 6% rise in operating profit for 2024 on Tuesday.\n\n"
        "The brewer plans to spend £40 million on a new bottling line."
    )
    assert claim(text, "£40 million").period is None


def test_a_quarter_in_the_sentence_keeps_the_year_off() -> None:
    text = (
        "Hollin Breweries reported a 6% rise in operating profit for 2024 on Tuesday.\n\n"
        "Fourth-quarter operating profit fell to £41 million from £44 million a year earlier."
    )
    found = claim(text, "£41 million")
    assert found.period is None or found.period.date.granularity.name == "QUARTER"


def test_a_lead_on_a_quarter_names_no_passage_year() -> None:
    text = (
        "Hollin Breweries reported a rise in operating profit for the third quarter of 2024.\n\n"
        "Operating profit climbed to £52 million from £47 million a year earlier."
    )
    found = claim(text, "£52 million")
    assert found.period is None or found.period.date.granularity.name == "QUARTER"


# -- an event noun counted with a light verb --------------------------------------------------


def test_deliveries_made_and_deliveries_completed_are_one_count() -> None:
    made = "Aerolift Medical made 52,000 deliveries in 2024, mostly blood samples."
    completed = "Aerolift Medical completed 61,500 deliveries in 2024."
    assert claim(made, "52,000").attribute == claim(completed, "61,500").attribute
    assert ("52,000", "61,500") in contradictions(made, completed)


def test_deliveries_made_stay_apart_from_things_delivered() -> None:
    made = "Aerolift Medical made 52,000 deliveries in 2024."
    delivered = "Aerolift Medical delivered 61,500 parcels in 2024."
    assert contradictions(made, delivered) == []
