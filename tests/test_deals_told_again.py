"""A takeover told again a paragraph later, on our own sentences with invented names:
"The cash offer values X at" after a lead paragraph on the takeover (corpora 49 and 52
write it so: wire copy puts the lead in a paragraph of its own), and "Globex's $1.6
billion purchase of the shoemaker" as the price of the company the description refers to.
The tests marked so fail on the code before (9045aba); the others are guards."""

from __future__ import annotations

import prose
import pytest


def test_an_offer_a_paragraph_after_the_takeover_prices_the_target() -> None:  # fails before
    text = (
        "Globex Foods said on Monday it had agreed to buy Initech Farms for NOK 142 per "
        "share in cash.\n\nThe cash offer values Initech Farms at NOK 11.4 billion."
    )
    price = prose.claim(text, "NOK 11.4 billion")
    assert (price.subject, price.attribute) == ("Initech Farms", "acquisition_price")


def test_an_offer_after_an_investment_is_no_price() -> None:  # fails before
    text = (
        "Globex Capital will put $400 million into Initech Farms.\n\nThe deal values "
        "Initech Farms at $2 billion."
    )
    assert prose.reading(text, "$2 billion")[1] != "acquisition_price"


def test_a_deal_told_too_long_before_lends_no_kind() -> None:
    text = (
        "Globex Foods agreed to buy Initech Farms in May. Its shares rose. Traders were "
        "pleased. Analysts said little. Rivals stayed quiet. The deal values Hooli Farms at "
        "$2 billion."
    )
    assert prose.reading(text, "$2 billion")[0] is None


def test_a_purchase_of_a_description_prices_what_it_refers_to() -> None:  # fails before
    text = (
        "Initech Stores runs 140 shops in Ohio. Globex Group's $1.6 billion purchase of the "
        "retailer, agreed in February, is the largest deal the state has seen."
    )
    price = prose.claim(text, "$1.6 billion")
    assert (price.subject, price.attribute) == ("Initech Stores", "acquisition_price")


@pytest.mark.parametrize("kind", ["shoemaker", "toymaker", "drugmaker", "steelmaker"])
def test_a_compound_maker_refers_back(kind: str) -> None:  # fails before
    text = (
        f"Vantor Pell is based in Ohio. Globex Group's $1.6 billion purchase of the "
        f"{kind}, agreed in February, is the largest deal the state has seen."
    )
    price = prose.claim(text, "$1.6 billion")
    assert (price.subject, price.attribute) == ("Vantor Pell", "acquisition_price")


def test_the_payer_is_never_what_its_purchase_buys() -> None:
    text = (
        "Globex Group makes shoes in Ohio. Globex Group's $1.6 billion purchase of the "
        "shoemaker closed in February."
    )
    assert prose.reading(text, "$1.6 billion")[:2] != ("Globex Group", "acquisition_price")


def test_an_abbreviated_designator_stays_in_the_object() -> None:  # fails before (dde8105)
    text = (
        "Globex Vets said it had agreed to buy smaller rival Initech Clinics Inc. for $412 "
        "million in cash."
    )
    price = prose.claim(text, "$412 million")
    assert (price.subject, price.attribute) == ("Initech Clinics Inc.", "acquisition_price")


def test_the_day_a_deal_is_done_dates_nothing() -> None:  # fails before (dde8105)
    text = "Globex Vets wrapped up its $470 million takeover of Initech Clinics on Friday, Aug. 29."
    assert prose.reading(text, "$470 million") == ("Initech Clinics", "acquisition_price", None)
