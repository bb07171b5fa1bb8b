""""€19.60 for every departing passenger" is a sum per passenger, never a total; and a
deal's value read as a takeover price is dated as the rest of that price is, so that "the
transaction gives X an enterprise value of €2.1 billion" meets "its €2.1 billion
acquisition of X in January" (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

from factcheck.extract.money import find_money


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Harbourline took €19.60 for every departing passenger last year.", "passenger"),
        ("The venue keeps $4 for each ticket sold.", "ticket"),
        ("Tavira will pay €2.1 billion for the business.", None),
    ],
)
def test_a_sum_for_every_unit_is_per_unit(text: str, per: str | None) -> None:
    assert [m.per for m in find_money(text)] == [per]


def test_a_sum_per_passenger_is_no_revenue() -> None:
    per_passenger = "Harbourline generated €19.60 for every departing passenger in 2024."
    revenue = "Harbourline's revenue hit a record €1.32 billion in 2024."
    assert prose.contradictions(per_passenger, revenue) == []


AGREED = (
    "Tavira Group agreed on Tuesday to buy Harbourline Retail for €14.20 a share in cash, a "
    "deal that values Harbourline's equity at about €1.45 billion. Including roughly €650 "
    "million of net debt, the transaction gives Harbourline an enterprise value of €2.1 "
    "billion."
)


def test_a_deals_enterprise_value_is_dated_with_the_takeover() -> None:
    completed = "Tavira completed its €2.1 billion acquisition of Harbourline Retail in January."
    assert prose.contradictions(AGREED, completed, published=dt.date(2026, 3, 2)) == []


def test_a_wrong_completed_price_still_contradicts() -> None:
    completed = "Tavira completed its €2.6 billion acquisition of Harbourline Retail in January."
    pairs = prose.contradictions(AGREED, completed, published=dt.date(2026, 3, 2))
    assert any("€2.6 billion" in pair for pair in pairs)
