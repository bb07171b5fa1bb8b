"""A results noun, the span it covers named up to its last day, then a change to the figure:
"revenue for the three months to June 30 rose 14% to $410 million" is revenue, however many
words the span takes (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose
import pytest

PUBLISHED = dt.date(2025, 10, 17)

claim = partial(prose.claim, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "written", "attribute", "period"),
    [
        ("Halden said revenue for the three months to June 30 rose 14% to $410 million.",
         "$410 million", "revenue", "2025-Q2"),
        ("Halden said net sales for the three months to June 30 climbed 14% to $410 million.",
         "$410 million", "revenue", "2025-Q2"),
        ("Halden said net income in the three months ended Sept. 30 fell 8% to $41 million.",
         "$41 million", "profit", "2025-Q3"),
    ],
)
def test_a_span_up_to_its_last_day_keeps_the_results_noun_in_reach(
    text: str, written: str, attribute: str, period: str
) -> None:
    found = claim(text, written)
    assert (found.attribute, str(found.period)) == (attribute, period)


def test_a_noun_beyond_reach_without_such_a_span_stays_out_of_reach() -> None:
    # eleven plain words between the noun and the figure: too far, as before
    text = (
        "Halden said revenue that analysts in several big banks had long expected would"
        " rise came to $410 million."
    )
    assert claim(text, "$410 million").attribute is None


def test_earnings_per_share_joined_to_a_quarters_revenue_are_that_quarters() -> None:
    text = (
        "Northwend Outfitters posted third-quarter revenue of $671 million and earnings of 87"
        " cents a share, both ahead of forecasts."
    )
    found = claim(text, "87 cents a share")
    assert (found.attribute, str(found.period)) == ("earnings per share", "2025-Q3")


def test_a_quarters_earnings_per_share_never_meet_a_full_year_forecast() -> None:
    quarter = (
        "Northwend Outfitters posted third-quarter revenue of $671 million and earnings of 87"
        " cents a share."
    )
    outlook = (
        "Northwend Outfitters now expects 2025 revenue of $2.35 billion to $2.40 billion, up"
        " from its previous forecast, and earnings of $3.05 to $3.15 a share."
    )
    assert prose.contradictions(quarter, outlook, published=PUBLISHED) == []


def test_earnings_a_diluted_share_are_per_share() -> None:
    text = "Halden reported second-quarter earnings of 88 cents a diluted share."
    found = claim(text, "88 cents a diluted share")
    assert (found.attribute or "").startswith("earnings per share")


def test_a_period_a_figure_changed_from_is_no_period_of_the_figure() -> None:
    text = "Halden said third-quarter revenue fell to $598 million from the second quarter."
    assert str(claim(text, "$598 million").period) == "2025-Q3"


def test_a_dividend_raised_by_a_percentage_to_a_sum_a_share_is_the_dividend() -> None:
    text = "Halden said it would raise its quarterly dividend by 8% to 35 cents a share."
    found = claim(text, "35 cents a share")
    assert (found.attribute or "").startswith("dividend per share")


def test_a_value_set_at_a_named_round_is_a_valuation() -> None:
    text = "Dosewell Health, valued at $1.4 billion in its Series C round, has 1.1 million users."
    assert claim(text, "$1.4 billion").attribute == "valuation (series c)"


def test_a_result_told_as_changed_from_another_articles_figure_is_no_contradiction() -> None:
    # "rose to £58 million from £41 million" tells that £41 million was the year before's
    one = "Bramwell Construction also made a pre-tax profit of £41 million."
    other = "Bramwell Construction's pre-tax profit rose to £58 million from £41 million."
    assert prose.contradictions(one, other, published=PUBLISHED) == []
