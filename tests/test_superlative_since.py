""""The largest deal since 2020" dates the comparison, not the figure (corpus 43: "At $3.7
billion ..., the takeover is the largest terminal purchase by a container line since 2020"
read as a figure "since 2020"), on our own sentences with invented names. The tests marked
so fail on the code before (679d84f); the others are guards."""

from __future__ import annotations

import prose
import pytest


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("At $3.7 billion, the deal is the largest port purchase by a carrier since 2020.",
         "$3.7 billion"),
        ("Vantor Foods shares rose 12%, their biggest gain since March.", "12%"),
        ("Vantor Foods sold 41,000 tonnes, its highest output since the 2019 season.",
         "41,000 tonnes"),
    ],
)
def test_a_superlative_since_is_no_period(sentence: str, written: str) -> None:  # fails before
    assert prose.reading(sentence, written)[2] is None


def test_a_running_total_since_a_date_keeps_it() -> None:
    text = "Vantor Foods has invested $4 billion in Ohio since 2020."
    assert prose.reading(text, "$4 billion")[2] == "since 2020"
