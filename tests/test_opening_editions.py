"""An edition named by its year at a sentence's start dates every rank of the sentence, on
our own sentences with invented names (corpus 66: "In the 2024 edition, X topped the agency
table for the third year running, and Y came ninth" read as the 2025 edition, two false
alarms). The tests marked so fail on the code before (b939f6b); the others are guards."""

from __future__ import annotations

import prose

OPENING = (
    "In the 2024 edition, Brennet & Vey topped the agency table for the third year running, "
    "and Wrenfold came ninth."
)


def test_an_opening_edition_dates_a_rank_past_other_figures() -> None:  # fails before
    assert str(prose.claim(OPENING, "ninth").period) == "2024"


def test_another_editions_rank_does_not_contradict() -> None:  # fails before
    later = "Wrenfold climbed six places to No. 3 in the 2025 Golden Quill Creative Index."
    assert prose.contradictions(OPENING + " It is the Golden Quill Creative Index.", later) == []


def test_a_rank_with_no_opening_edition_takes_none_from_it() -> None:
    text = "Brennet & Vey topped the agency table, and Wrenfold came ninth."
    assert prose.claim(text, "ninth").period is None
