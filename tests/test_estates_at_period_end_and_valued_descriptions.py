""""By the end of 2024 it had 330 shops" is the estate a chain runs, as "operated 310 shops at
the end of 2024" is; "The deal values the Dublin-based retailer at €2.4 billion" after a
sentence on the takeover of X is X's price (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

from factcheck.context import takeover_target, valued_description
from factcheck.context.clauses import Entity

PUBLISHED = dt.date(2026, 1, 20)


def test_a_stock_by_a_periods_end_is_the_estate_run() -> None:
    ran = "At the end of 2024, Harbourline Retail operated 310 shops."
    had = "Harbourline Retail grew fast. By the end of 2024 it had 330 shops across 27 airports."
    pairs = prose.contradictions(ran, had, published=PUBLISHED)
    assert ("310", "330") in pairs or ("330", "310") in pairs


def test_a_stock_at_another_time_stays_a_stock() -> None:
    ran = "At the end of 2024, Harbourline Retail operated 310 shops."
    had = "Harbourline Retail grew fast. In 2019 it had 330 shops across 27 airports."
    assert prose.contradictions(ran, had, published=PUBLISHED) == []


CLEARED = (
    "Tavira Group rose 2.1% after regulators cleared its takeover of Harbourline Retail. "
    "The deal values the Dublin-based retailer at €2.4 billion including debt."
)


def test_a_deal_valuing_a_description_prices_what_the_sentence_before_bought() -> None:
    price = prose.claim(CLEARED, "€2.4 billion", published=PUBLISHED)
    assert (price.subject, price.attribute) == ("Harbourline Retail", "acquisition_price")


def test_the_parts_of_the_reading() -> None:
    sentence = "Regulators cleared its takeover of Harbourline Retail on Tuesday."
    start = sentence.index("Harbourline")
    named = [Entity(start, start + len("Harbourline Retail"), "Harbourline Retail")]
    assert takeover_target(sentence, named) == "Harbourline Retail"
    assert takeover_target("Regulators met Harbourline Retail.", named) is None
    assert valued_description("The deal values the Dublin-based retailer at €2.4 billion.")
    # a name after "values" is the rules' to read, not a description's
    assert valued_description("The deal values Harbourline Retail at €2.4 billion.") is None
