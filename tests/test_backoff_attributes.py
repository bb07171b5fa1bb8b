"""Round attr: one figure, one attribute. A verb that presents a results figure ("the
accounts showed pre-tax profit of ...") names no part of the business, and a rate written
once ("annually") is one qualifier, not a rate and a span (sentences written for these
tests, in several domains).

The round also measured lending a subject's one attribute to its unattributed figures
(``lent_attributes``, not kept: it cost false alarms on the fixture corpora for every
variant tried); see the round's report."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 9, 12)


claim = partial(prose.claim, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)


# -- a verb of showing before a results cue is no part of the business ---------------------


def test_results_that_showed_a_profit_are_the_profit_not_a_part() -> None:
    text = "Orrin Textiles said its accounts showed pre-tax profit of £31 million."
    assert claim(text, "£31 million").attribute == "pretax_profit"


def test_figures_that_reveal_revenue_are_the_revenue() -> None:
    text = "Filings for Talmor Freight reveal revenue of $640 million."
    assert claim(text, "$640 million").attribute == "revenue"


def test_a_part_of_the_business_before_the_cue_still_names_it() -> None:
    text = "Orrin Textiles said its accounts showed retail revenue of £88 million."
    assert claim(text, "£88 million").attribute == "revenue (retail)"


def test_a_profit_that_results_showed_meets_the_same_profit_stated_plainly() -> None:
    one = "Halberd Glassworks said its accounts showed pre-tax profit of £52 million."
    other = "Halberd Glassworks made a pre-tax profit of £67 million."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"£52 million", "£67 million"}) in pairs


# -- a rate of time written once is one qualifier -------------------------------------------


def test_a_quantity_written_annually_is_one_rate() -> None:
    text = "The Brackwater refinery will process about 4 million tonnes of crude annually."
    attribute = claim(text, "about 4 million tonnes").attribute
    assert attribute is not None and attribute.endswith("(per year)")
    assert "(annual)" not in attribute


def test_a_quantity_annually_meets_the_same_quantity_a_year() -> None:
    one = "Corriemoor Creamery will collect around 900 million litres of milk annually."
    other = "Corriemoor Creamery collects roughly 650 million litres of milk a year."
    pairs = {frozenset(pair) for pair in contradictions(one, other)}
    assert frozenset({"around 900 million litres", "roughly 650 million litres"}) in pairs
