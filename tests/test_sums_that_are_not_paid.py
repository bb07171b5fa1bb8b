"""Sums that are no fine, price or fee of their subject, though a corpus gives that subject
one: a balance that "stood at", a share price in pence, a sum a claimant "sought", money
returned "to customers", and a purchase told in an appositive's relative clause ("Globex,
the group that bought Initech last year, in a deal worth £64 million"). Our own sentences
with invented names; the tests marked so fail on the code before these rules (0e7ee5c),
the others are guards."""

from __future__ import annotations

import datetime as dt
from functools import partial

import prose

PUBLISHED = dt.date(2025, 9, 30)
reading = partial(prose.reading, published=PUBLISHED)
contradictions = partial(prose.contradictions, published=PUBLISHED)

_FINED = "Regulators fined Hooli Build $38.5 million on Monday over the late bridge."


def test_a_balance_that_stood_at_a_level_is_lent_no_fine() -> None:  # fails before
    later = "Hooli Build makes bridges. She said Hooli Build's net cash stood at $142 million."
    assert contradictions(_FINED, later) == []


def test_a_share_price_in_pence_is_lent_no_takeover_price() -> None:  # fails before
    deal = "Acme Cement has agreed to buy Globex Aggregates for £412 million in cash."
    roundup = "Traders watched Globex Aggregates. Globex Aggregates was unchanged at 233 pence."
    assert contradictions(deal, roundup) == []


def test_a_sum_a_claimant_sought_is_no_fine() -> None:  # fails before
    text = "The county had originally sought $61 million in damages from Hooli Build."
    assert reading(text, "$61 million")[1] is None
    assert contradictions(_FINED, text) == []


def test_a_sum_agreed_in_damages_is_still_the_settlement() -> None:
    text = "Contractors know Hooli Build. Hooli Build agreed to pay $29 million in damages."
    assert reading(text, "$29 million")[:2] == ("Hooli Build", "fine")


def test_money_returned_to_customers_is_redress_not_the_fine() -> None:  # fails before
    text = (
        "Bettors know Vandelay Bet. In addition to the penalty, Vandelay Bet will return "
        "£1.1 million to affected customers."
    )
    assert reading(text, "£1.1 million")[1] == "redress"
    assert contradictions("The regulator fined Vandelay Bet £5.9 million in September.", text) == []


def test_a_purchase_in_an_appositive_relative_clause_prices_nothing_of_the_sum() -> None:
    # fails before
    text = (
        "Wexley Racing has sold a 30% stake to Initech Partners, the investment group that "
        "bought football club Globex Athletic earlier this year, in a deal worth £64 million."
    )
    assert reading(text, "£64 million")[0] != "Globex Athletic"
    assert contradictions(text, "Initech Partners bought Globex Athletic for £470 million.") == []


def test_the_buying_verb_of_the_main_clause_still_prices_its_object() -> None:
    text = (
        "Initech Partners, the investment group that owns a racing team, bought football "
        "club Globex Athletic for £470 million."
    )
    assert reading(text, "£470 million")[:2] == ("Globex Athletic", "acquisition_price")
