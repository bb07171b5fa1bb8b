"""A takeover's equity value and its enterprise value are two true sums of one deal: "values
the miner's equity at about C$1.46 billion" never contradicts "an enterprise value of just
over C$1.7 billion", and a plain price that restates the equity value takes its side. Two
enterprise values, or a plain price alone against either, are still compared. A price per
share paid "for" a company is that company's (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

from factcheck.context import written_basis

PUBLISHED = dt.date(2025, 3, 12)

contradictions = partial(prose.contradictions, published=PUBLISHED)

EQUITY = (
    "Halvern Jewellers agreed to buy Tarrow Diamonds for C$14.20 per share in cash, a deal"
    " that values the miner's equity at about C$1.46 billion."
)
ENTERPRISE = (
    "When Halvern Jewellers agreed to take over Tarrow Diamonds, the headline number was an"
    " enterprise value of about C$1.7 billion."
)


def _basis(text: str, figure: str) -> str | None:
    start = text.index(figure)
    return written_basis(text, start, start + len(figure))


def test_the_basis_a_figure_is_written_on() -> None:
    assert _basis(EQUITY, "C$1.46 billion") == "equity"
    assert _basis(ENTERPRISE, "C$1.7 billion") == "enterprise"
    assert _basis("a deal worth $2.3 billion (£1.8 billion) including debt", "$2.3 billion") == (
        "enterprise"
    )
    assert _basis("Acme agreed to buy Globex for $2.3 billion.", "$2.3 billion") is None


def test_an_equity_value_never_contradicts_an_enterprise_value() -> None:
    assert contradictions(EQUITY, ENTERPRISE) == []


def test_a_plain_price_restating_the_equity_value_takes_its_side() -> None:
    plain = "Halvern Jewellers completed its C$1.46 billion takeover of Tarrow Diamonds."
    assert contradictions(EQUITY, ENTERPRISE, plain) == []


def test_two_enterprise_values_are_compared() -> None:
    other = (
        "Halvern Jewellers is buying Tarrow Diamonds in a deal worth C$2.1 billion"
        " including debt."
    )
    assert contradictions(ENTERPRISE, other) in (
        [("about C$1.7 billion", "C$2.1 billion")],
        [("C$2.1 billion", "about C$1.7 billion")],
    )


def test_a_plain_price_alone_meets_an_enterprise_value() -> None:
    plain = "Halvern Jewellers agreed to buy Tarrow Diamonds for C$2.4 billion."
    assert contradictions(ENTERPRISE, plain) != []


def test_a_price_per_share_paid_for_a_company_is_that_companys() -> None:
    text = (
        "Halvern Jewellers agreed in February to pay C$16.40 a share in cash for Tarrow"
        " Diamonds."
    )
    found = prose.claim(text, "C$16.40 a share", published=PUBLISHED)
    assert (found.subject, found.attribute) == ("Tarrow Diamonds", "price per share")


def test_it_meets_the_price_per_share_of_the_agreed_takeover() -> None:
    paid = "Halvern Jewellers agreed to pay C$16.40 a share in cash for Tarrow Diamonds."
    bought = "Halvern Jewellers agreed to buy Tarrow Diamonds for C$14.20 per share in cash."
    assert contradictions(paid, bought) in (
        [("C$16.40 a share", "C$14.20 per share")],
        [("C$14.20 per share", "C$16.40 a share")],
    )
