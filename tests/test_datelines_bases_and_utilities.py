"""Three readings from corpora 51 and 52, on our own sentences with invented names: a date
and an outlet before the dash are a dateline ("April 8 (Harbour Wire) - Acme ..."), not the
subject; "a customer base of 2.9 million makes it" counts customers, whatever word follows
the figure; a utility that "supplies 2.4 million customers" has them. The tests marked so
fail on the code before (34ae249); the others are guards."""

from __future__ import annotations

import prose
import pytest

reading = prose.reading


@pytest.mark.parametrize(
    "dateline", ["April 8 (Harbour Wire) - ", "8 April (Harbour Wire) -- ", "Sept. 3 (Wire) — "]
)
def test_a_date_and_an_outlet_are_a_dateline(dateline: str) -> None:  # fails before
    text = f"{dateline}Vantor Pell, a shrimp farmer, has closed an $18 million Series A round."
    assert reading(text, "$18 million")[:2] == ("Vantor Pell", "funding_round (series a)")


def test_a_date_alone_before_a_dash_is_no_dateline() -> None:
    text = "April 8 - Vantor Pell raised $18 million in a Series A round."
    assert reading(text, "$18 million")[0] == "Vantor Pell"


def test_a_base_of_a_number_counts_the_base() -> None:  # fails before
    text = "Vantor Water's customer base of 2.9 million makes it the largest in the region."
    assert reading(text, "2.9 million")[:2] == ("Vantor Water", "count of customers")


def test_a_base_that_stood_at_a_number_with_a_noun() -> None:  # fails before
    text = "Vantor Mobile's subscriber base stood at 7.4 million users."
    assert reading(text, "7.4 million")[1] == "count of subscribers"


def test_an_installed_base_is_no_count_of_customers() -> None:
    text = "Vantor Tools has an installed base of 40,000 machines."
    assert reading(text, "40,000")[1] != "count of customers"


def test_a_utility_that_supplies_customers_has_them() -> None:  # fails before
    found = prose.contradictions(
        "Vantor Water supplies 2.4 million customers in the region.",
        "Vantor Water's customer base of 2.9 million makes it the largest in the region.",
    )
    assert found == [("2.4 million", "2.9 million")]


def test_customers_served_stay_a_flow() -> None:
    text = "Vantor Diners served 40 million customers last year."
    assert reading(text, "40 million")[1] != "count of customers"
