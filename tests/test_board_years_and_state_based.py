"""Two readings from corpora 53 and 54, on our own sentences with invented names: a year
before a board's name is its edition, not a word of the name ("The 2025 Hooli Global MBA
Ranking" is the Hooli Global MBA board), and "the Boise, Idaho-based pet retailer" refers
back as "the Austin-based chain" does. The tests marked so fail on the code before
(976d759); the others are guards."""

from __future__ import annotations

import prose


def test_a_year_before_a_board_is_its_edition() -> None:  # fails before
    text = (
        "The 2025 Hooli Global MBA Ranking came out on Monday, and Vantor Business School "
        "rose to 14th place."
    )
    board, attribute, period = prose.reading(text, "14th")
    assert (board, attribute, period) == ("Hooli Global MBA", "rank", "2025")


def test_the_same_board_with_and_without_the_year_is_one() -> None:
    found = prose.contradictions(
        "The 2025 Hooli Global MBA Ranking came out on Monday, and Vantor Business School "
        "rose to 14th place.",
        "Vantor Business School sits 22nd in this year's Hooli Global MBA Ranking.",
    )
    assert found == [("14th", "22nd")]


def test_a_city_and_state_based_description_refers_back() -> None:  # fails before
    text = (
        "Vantor Pets opened its 175th store on Tuesday. The Boise, Idaho-based pet retailer, "
        "which employs 4,100 people, said sales rose."
    )
    assert prose.reading(text, "4,100")[0] == "Vantor Pets"
