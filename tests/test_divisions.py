"""A result whose clause opens with a division ("its Hearing Care division, with a little
over 1,100 clinics, generated DKK 5.8 billion of revenue") is that division's, never the
group's (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose
import pytest

PUBLISHED = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        ("Halvern is no newcomer to retail: its Hearing Care division, with a little over"
         " 1,100 clinics, generated DKK 5.8 billion of revenue in 2025.",
         "revenue (Hearing Care division)"),
        ("Brackwell said its Clinical Services unit posted revenue of $410 million in 2025.",
         "revenue (Clinical Services unit)"),
        # the division is another clause's: the group's own revenue
        ("Brackwell sold its Clinical Services unit in March, and Brackwell posted revenue of"
         " $4.1 billion in 2025.", "revenue"),
    ],
)
def test_a_divisions_result_is_the_divisions(text: str, attribute: str) -> None:
    written = next(w for w in ("DKK 5.8 billion", "$410 million", "$4.1 billion") if w in text)
    assert prose.claim(text, written, published=PUBLISHED).attribute == attribute


def test_a_divisions_revenue_never_meets_the_groups() -> None:
    group = "Halvern reported that 2025 revenue rose 5.5% to DKK 21.6 billion."
    division = (
        "Halvern is no newcomer to retail: its Hearing Care division, with a little over 1,100"
        " clinics, generated DKK 5.8 billion of revenue in 2025."
    )
    assert prose.contradictions(group, division, published=PUBLISHED) == []
