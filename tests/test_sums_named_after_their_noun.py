"""A sum whose parties are named after it, in a relative clause or a possessive, on our own
sentences with invented names (corpora 29, 36, 57 and 59: "The $6.8 million penalty that
the Commission handed Acme", "the $41 million settlement Acme reached with the
department", "The $1.72 billion that Acme has agreed to hand over for Globex", "At $1.15
billion, Acme's bid for Globex is ...", "its £1.18 billion agreement to take Globex
private", all read with no subject). The tests marked so fail on the code before
(4bbfdb0); the others are guards."""

from __future__ import annotations

import prose
import pytest


@pytest.mark.parametrize(
    ("text", "written", "subject", "attribute"),
    [
        (
            "The $6.8 million penalty that the Consumer Goods Standards Commission handed "
            "Torvane Cosmetics last month has changed the industry.",
            "$6.8 million",
            "Torvane Cosmetics",
            "fine",
        ),
        (
            "The £14.2 million penalty the Commission levied against Brockmoor Water in "
            "April is larger than last year's fines combined.",
            "£14.2 million",
            "Brockmoor Water",
            "fine",
        ),
        (
            "The appointment follows the $41 million settlement Quellin reached with the "
            "Commerce Department in May.",
            "$41 million",
            "Quellin",
            "fine",
        ),
        (
            "The $1.72 billion that Lirran Beauty Group has agreed to hand over for Vessa "
            "Skin is a statement of intent.",
            "$1.72 billion",
            "Vessa Skin",
            "acquisition_price",
        ),
        (
            "At $1.15 billion, Halden Mutual's bid for Brightmere is the largest purchase "
            "of a broker since 2021.",
            "$1.15 billion",
            "Brightmere",
            "acquisition_price",
        ),
        (
            "When Carrow Ridge Partners struck its £1.18 billion agreement to take Harlock & "
            "Dunn private in March, the verdict was swift.",
            "£1.18 billion",
            "Harlock & Dunn",
            "acquisition_price",
        ),
    ],
)
def test_the_party_named_after_the_sum(  # fails before
    text: str, written: str, subject: str, attribute: str
) -> None:
    assert prose.reading(text, written)[:2] == (subject, attribute)


def test_the_regulator_of_the_relative_clause_is_not_fined() -> None:
    text = (
        "The $6.8 million penalty that the Standards Commission handed Torvane Cosmetics "
        "was a record."
    )
    assert prose.reading(text, "$6.8 million")[0] != "Standards Commission"


def test_a_sum_paid_to_a_seller_is_still_the_price_of_what_it_buys() -> None:
    text = "The €79m they sent to Calder Rovers for Ana Rossi was a club record."
    assert prose.reading(text, "€79m")[:2] == ("Ana Rossi", "acquisition_price")


def test_a_bid_that_names_no_target_prices_nobody() -> None:
    # "At $N, Acme's bid is ..." names what Acme bids for nowhere: not Acme's price
    text = "At $1.15 billion, Halden Mutual's bid is the largest since 2021."
    assert prose.reading(text, "$1.15 billion")[0] is None
