"""A product that "became generally available" or "went on general release" on a day was
released that day, the wording of software and AI news (corpus 50), on our own sentences
with invented names. The tests marked so fail on the code before (8cd96ce)."""

from __future__ import annotations

import prose
import pytest


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Zephyr Cloud became generally available on Oct. 14.", "Oct. 14"),
        ("Hooli says 210 customers signed since Zephyr Cloud went on general release on "
         "28 October.", "28 October"),
    ],
)
def test_general_availability_is_a_release(sentence: str, written: str) -> None:  # fails before
    assert prose.reading(sentence, written)[:2] == ("Zephyr Cloud", "date released")


def test_two_days_of_general_availability_contradict() -> None:  # fails before
    found = prose.contradictions(
        "Zephyr Cloud became generally available on Oct. 14.",
        "Hooli says 210 customers signed since Zephyr Cloud went on general release on "
        "28 October.",
    )
    assert len(found) == 1
