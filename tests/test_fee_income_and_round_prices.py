"""From the final reading of corpora 59 and 60, on our own sentences with invented names: a
recruiter's "net fee income" is its own top line, never a fee (and never lends one); "up
from a combined figure of about £19m" is a base; "which its Series C priced at $1.5
billion" is a valuation, not a round. The tests marked so fail on the code before
(ccaa316); the others are guards."""

from __future__ import annotations

import prose
import pytest


@pytest.mark.parametrize(
    ("sentence", "written", "attribute"),
    [
        ("Vantor Staffing reported net fee income of £212 million for 2023.", "£212 million",
         "net_fee_income"),
        ("Vantor Staffing's fee income rose to £212 million in 2023.", "£212 million",
         "net_fee_income"),
        ("Vantor Staffing paid a £4 million fee to its advisers.", "£4 million", "fee"),
    ],
)
def test_fee_income_is_its_own(sentence: str, written: str, attribute: str) -> None:  # fails before
    assert (prose.reading(sentence, written)[1] or "").startswith(attribute)


def test_fee_income_lends_no_fee() -> None:
    found = prose.contradictions(
        "Vantor Staffing reported half-year net fee income of £109.6m.",
        "Vantor Staffing, which paid £61m for Leeds agency Hooli Tech earlier this year, is "
        "hiring.",
        "Vantor Staffing said the deal would be funded from its £150 million credit facility.",
    )
    assert found == []


def test_a_combined_figure_it_rose_from_is_a_base() -> None:  # fails before
    text = (
        "Vantor Staffing set its tech division a target of £30m in net fee income by 2026, "
        "up from a combined figure of about £19m last year."
    )
    assert prose.reading(text, "about £19m")[1] is None


def test_a_round_that_priced_the_company_values_it() -> None:  # fails before
    text = "Hooli Chips, whose Series C priced at $1.5 billion, is hiring."
    assert prose.reading(text, "$1.5 billion")[1] == "valuation (series c)"
