"""A takeover's sums: the price per share written after how it is paid ("$27.40 in cash
for each Brixton share"); "the transaction carries an enterprise value of" is the deal's
value; and a plain price is the equity value wherever the corpus tells it is, so it never
meets the enterprise value (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import prose

from factcheck.model import Amount, Bound, Claim, Kind, Location
from factcheck.reconcile import reconcile


def test_a_price_paid_for_each_share_is_per_share() -> None:
    text = (
        "Corbel Logistics agreed to acquire Brixton Freight for $27.40 in cash for each"
        " Brixton share, a deal that values the broker at about $365 million."
    )
    found = prose.claim(text, "$27.40", published=prose.PUBLISHED)
    assert (found.per, found.attribute) == ("share", "price per share")
    stock = "Corbel will pay $9.10 in stock for every share held."
    assert prose.claim(stock, "$9.10").per == "share"
    # "in cash" alone says how, not per what
    total = "Corbel will pay $365 million in cash for the business."
    assert prose.claim(total, "$365 million").per is None


def test_the_transaction_names_the_deal_value() -> None:
    text = (
        "Corbel Logistics agreed to acquire Brixton Freight for $27.40 a share, a deal that"
        " values the broker at about $365 million. Including roughly $45 million of Brixton's"
        " net debt, the transaction carries an enterprise value of about $410 million."
    )
    assert prose.claim(text, "about $410 million").attribute == "deal_value"


def test_a_purchase_in_a_transaction_is_the_price() -> None:
    text = (
        "Brixton Freight is Corbel's largest purchase. Brixton, which Corbel's group bought"
        " for $470 million in a transaction that closed in June, is the centrepiece."
    )
    assert prose.claim(text, "$470 million").attribute == "acquisition_price"


def _price(doc: str, sentence: str, written: str) -> Claim:
    """A takeover's price as the reconciler meets it: the subject and attribute read, the
    figure in its sentence (whose words tell its basis)."""
    start = sentence.index(written)
    number = D(written.split("$")[1].split(" ")[0])
    scale = D(10) ** 6 if "million" in written else D(10) ** 9
    last_digit = D(10) ** number.as_tuple().exponent  # "2.6": a tenth
    return Claim(
        kind=Kind.MONEY,
        value=Amount(
            number * scale,
            Bound.APPROX if "about" in written else Bound.EXACT,
            last_digit * scale / 2,
        ),
        unit="USD",
        text=written,
        location=Location(doc, start, start + len(written), sentence, 0, dt.date(2026, 3, 11)),
        subject="Brixton",
        attribute="acquisition_price",
    )


PLAIN = "Corbel agreed to buy Brixton in a deal that values it at about $365 million."
ENTERPRISE = "The transaction carries an enterprise value of about $410 million."
EQUITY = "The deal gives Brixton an equity value of $412 million."


def _pairs(*claims: Claim) -> list[tuple[str, str]]:
    return [(f.a.text, f.b.text) for f in reconcile(claims) if f.b is not None]


def test_a_plain_price_beside_an_enterprise_value_is_the_equity_value() -> None:
    # the first article gives both: its plain price is the equity value, and so is the
    # corpus's; the later article's enterprise value agrees with the first's
    claims = (
        _price("a.md", PLAIN, "about $365 million"),
        _price("a.md", ENTERPRISE, "about $410 million"),
        _price("b.md", ENTERPRISE, "about $410 million"),
    )
    assert _pairs(*claims) == []
    # without the first article's enterprise value, the plain price meets the other's
    assert _pairs(claims[0], claims[2]) == [("about $365 million", "about $410 million")]


def test_a_plain_price_meets_an_equity_value_not_the_enterprise_value() -> None:
    claims = (
        _price("a.md", EQUITY, "$412 million"),
        _price("a.md", ENTERPRISE.replace("$410", "$550"), "about $550 million"),
        _price("b.md", "Regulators reviewed Corbel's $468 million purchase of Brixton.",
               "$468 million"),
    )
    assert _pairs(*claims) == [("$412 million", "$468 million")]


def test_a_plain_price_meets_a_lone_enterprise_value() -> None:
    # with no equity value told, a writer who gives the enterprise value means the price
    claims = (
        _price("a.md", "Corbel agreed to buy Brixton at an enterprise value of $2.6 billion.",
               "$2.6 billion"),
        _price("b.md", "Corbel's $3.2 billion purchase of Brixton closed on Friday.",
               "$3.2 billion"),
    )
    assert _pairs(*claims) == [("$2.6 billion", "$3.2 billion")]
