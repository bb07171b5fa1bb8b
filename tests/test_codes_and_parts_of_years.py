"""A currency code before a number (or glued to its symbol, "C$") is no word of a name, the
party "ordered to pay" a fine is fined, and "in late 2023" scopes a figure as "in 2023"
does, on our own sentences with invented names (corpus 52: "has fined Skarvholm Havbruk NOK
4.2 million" read the regulator as fined, since "Havbruk NOK" ran on as one name; corpora
54 and 55 wrote "ordered X to pay" and "C$1.9 million"). The tests marked so fail on the
code before them (ad96c76; the last two on e7cbf17)."""

from __future__ import annotations

import prose
import pytest

reading = prose.reading


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The Coastal Fisheries Board has fined Vantor Pell NOK 4.2 million.", "NOK 4.2 million"),
        ("The Coastal Fisheries Board has fined Vantor Pell USD 4.2 million.", "USD 4.2 million"),
        ("The Coastal Fisheries Board has fined Vantor Pell SEK4.2 million.", "SEK4.2 million"),
    ],
)
def test_a_name_ends_before_a_currency(sentence: str, written: str) -> None:  # fails before
    assert reading(sentence, written)[:2] == ("Vantor Pell", "fine")


def test_a_code_alone_names_no_one() -> None:
    text = "Vantor Pell agreed to buy Hooli Farms. It will pay NOK 142 a share for six sites."
    subjects = {c.subject for c in prose.all_claims_of(text)}
    assert "NOK" not in subjects


def test_a_name_with_a_version_keeps_it() -> None:
    assert reading("Hooli X5 sales rose to 120,000 in 2024.", "120,000")[0] == "Hooli X5"


@pytest.mark.parametrize("part", ["late", "early", "Late"])
def test_part_of_a_year_scopes_as_the_year(part: str) -> None:  # fails before
    text = f"Vantor Pell made an approach in {part} 2023 at NOK 118 per share."
    assert reading(text, "NOK 118 per share")[2] == "2023"


def test_an_earlier_approach_is_not_set_against_the_agreed_price() -> None:  # fails before
    earlier = (
        "The agreed price is well above an approach Vantor Pell made for Hooli Farms in "
        "late 2023 at NOK 118 per share."
    )
    agreed = "Vantor Pell agreed to pay NOK 142 per share for Hooli Farms."
    assert prose.contradictions(earlier, agreed) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("A British Columbia court fined Vantor Pell C$1.9 million last week.", "C$1.9 million"),
        ("A Sydney court fined Vantor Pell A$1.9 million.", "A$1.9 million"),
    ],
)
def test_a_glued_currency_ends_a_name(sentence: str, written: str) -> None:  # fails before
    assert reading(sentence, written)[:2] == ("Vantor Pell", "fine")


def test_the_party_ordered_to_pay_a_fine_is_fined() -> None:  # fails before
    text = "The Animal Feed Standards Board ordered Vantor Pell to pay a $1.8 million fine."
    assert reading(text, "$1.8 million")[:2] == ("Vantor Pell", "fine")
