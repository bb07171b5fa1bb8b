"""The cash part of a price paid partly in shares ("will pay R6.1 billion in cash and issue
40 million new shares") is the payer's `consideration (cash)`: two tellings of one deal's
cash part must agree (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

PUBLISHED = dt.date(2025, 10, 2)
AGREED = (
    "Tlou Platinum will pay R6.1 billion in cash and issue 40 million new shares at R57.50"
    " each to Vaalberg Mines, the companies said."
)


def test_cash_paid_beside_shares_issued_is_the_cash_consideration() -> None:
    claim = prose.claim(AGREED, "R6.1 billion", published=PUBLISHED)
    assert (claim.subject, claim.attribute) == ("Tlou Platinum", "consideration (cash)")


def test_two_tellings_of_the_cash_part_contradict() -> None:
    completed = (
        "Tlou Platinum paid R6.4 billion in cash and issued 40 million shares to Vaalberg Mines"
        " under the deal."
    )
    pairs = prose.contradictions(AGREED, completed, published=PUBLISHED)
    assert ("R6.1 billion", "R6.4 billion") in pairs or ("R6.4 billion", "R6.1 billion") in pairs


def test_cash_paid_alone_is_no_cash_consideration() -> None:
    text = "Tlou Platinum will pay R6.1 billion in cash for the shafts, it said."
    assert prose.claim(text, "R6.1 billion", published=PUBLISHED).attribute != (
        "consideration (cash)"
    )
