"""A profit restated per share ("net income came to $61.4 million, or $0.45 per share") is
earnings per share of the profit's period; a day rate with no cue of what it prices
("averaged $33,900 a day") is a level of its market at the time, never compared
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

QUARTER = (
    "Solberg Tankers said net income for the July-September quarter came to $61.4 million, "
    "or $0.45 per share."
)
YEAR = "Solberg Tankers said net income for 2025 was $271.3 million, or $1.98 per share."


def test_a_profit_restated_per_share_is_earnings_per_share_of_its_period() -> None:
    eps = prose.claim(QUARTER, "$0.45 per share", published=dt.date(2025, 11, 6))
    assert (eps.attribute, str(eps.period)) == ("earnings per share", "2025-Q3")


def test_a_quarters_and_a_years_earnings_per_share_never_meet() -> None:
    assert prose.contradictions(QUARTER, YEAR, published=dt.date(2026, 2, 12)) == []


def test_two_tellings_of_one_years_earnings_per_share_meet() -> None:
    other = "Solberg Tankers said net income for 2025 was $271.3 million, or $2.18 per share."
    pairs = prose.contradictions(YEAR, other, published=dt.date(2026, 2, 12))
    assert ("$1.98 per share", "$2.18 per share") in pairs or (
        "$2.18 per share",
        "$1.98 per share",
    ) in pairs


def test_a_day_rate_with_no_cue_is_never_compared() -> None:
    averaged = "Solberg Tankers said its Suezmaxes averaged $33,900 a day in the quarter."
    quoted = "Brokers now quote one-year rates for Solberg Tankers' VLCCs at about $56,000 a day."
    assert prose.claim(averaged, "$33,900 a day").attribute is None
    assert prose.contradictions(averaged, quoted) == []


def test_a_yearly_sum_is_still_a_price_per_year() -> None:
    text = "Solberg Tankers pays $95 million a year for the terminal, it said."
    assert prose.claim(text, "$95 million a year").attribute == "price per year"
