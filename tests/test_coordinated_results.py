"""Results figures joined by "and" share their span and period, and a few sums are never
lent an attribute, on our own sentences with invented names (corpus 54's first reading:
"revenue for the six months to June rose to $968 million and net profit climbed to $74
million" set the half-year profit against an annual one). The tests marked so fail on the
code before (810d211); the others are guards."""

from __future__ import annotations

import prose
import pytest


def test_and_carries_the_span_to_the_next_results_figure() -> None:  # fails before
    text = (
        "Vantor Foods said revenue for the six months to June rose 8% to $968 million and "
        "net profit climbed to $74 million."
    )
    assert prose.reading(text, "$74 million")[:2] == ("Vantor Foods", "profit (half-year)")


def test_a_half_year_profit_never_meets_an_annual_one() -> None:  # fails before
    annual = "Vantor Foods' net profit rose to $142 million from $121 million a year earlier."
    half = (
        "Vantor Foods said revenue for the six months to June rose 8% to $968 million and "
        "net profit climbed to $74 million."
    )
    assert prose.contradictions(annual, half) == []


def test_and_carries_the_period_too() -> None:  # fails before
    text = (
        "Vantor Foods said revenue in 2024 rose to $968 million and net profit climbed to "
        "$74 million."
    )
    assert prose.reading(text, "$968 million")[2] == "2024"
    assert prose.reading(text, "$74 million")[2] == "2024"


def test_a_figure_with_its_own_period_keeps_it() -> None:
    text = (
        "Vantor Foods said revenue in 2024 rose to $968 million and it expects net profit of "
        "$80 million in 2025."
    )
    assert prose.reading(text, "$80 million")[2] != "2024"


def test_an_announcement_verb_before_its_date_still_dates_nothing() -> None:
    text = "Vantor Foods said on Tuesday revenue was $5 million."
    assert prose.reading(text, "$5 million")[2] is None


@pytest.mark.parametrize(
    ("deal", "other", "written"),
    [
        (
            "Calloway Partners agreed to buy Vantor Stores for £1.42 billion.",
            "Vantor Stores made a profit of £64 million in 2025. Surveyors put the value of "
            "Vantor Stores' freehold estate at £890 million.",
            "£890 million",
        ),
        (
            "Calloway Partners agreed to buy Vantor Stores for $412 million.",
            "Vantor Stores shares have traded near the $18.40 offer since the announcement.",
            "$18.40",
        ),
    ],
)
def test_an_appraisal_or_a_unit_price_is_never_lent_a_price(
    deal: str, other: str, written: str
) -> None:  # fails before
    assert any(c.text == written for c in prose.all_claims_of(other))  # read, not lent
    assert prose.contradictions(deal, other) == []
