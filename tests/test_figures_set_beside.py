"""Figures read from the one they are set beside: another company's result after ",
while" takes the period of the first ("X generated revenue of $14.8 billion in 2024, while
Y posted sales of $4.3 billion"); a rank's edition is never the one of the base it moved
from ("placed 14th, up from 15th in the 2025 index" is the next edition's, and a year in a
board's name is its edition); an opening that says what a sum
includes ("Including net debt, the deal values X at") writes it as an enterprise value
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import prose

from factcheck.context import written_basis

PUBLISHED = dt.date(2026, 3, 10)


def test_a_result_set_beside_another_takes_its_period() -> None:
    text = (
        "Halbrook generated revenue of $14.8 billion in 2024, while Crestmoor posted sales"
        " of $4.3 billion."
    )
    found = prose.claim(text, "$4.3 billion", published=PUBLISHED)
    assert (found.subject, found.attribute, str(found.period)) == ("Crestmoor", "revenue", "2024")


def test_a_result_set_beside_another_with_a_time_of_its_own_keeps_it() -> None:
    text = (
        "Halbrook generated revenue of $14.8 billion in 2024, while Crestmoor posted sales"
        " of $4.3 billion in its latest quarter."
    )
    found = prose.claim(text, "$4.3 billion", published=PUBLISHED)
    assert found.period is None or str(found.period) != "2024"


def test_a_rank_is_not_of_the_edition_it_moved_from() -> None:
    text = (
        "Crestmoor Auto improved in Northgate Research's satisfaction survey. It placed 14th"
        " with 797 points, up from 15th in the 2025 index."
    )
    found = prose.claim(text, "14th", published=PUBLISHED)
    assert str(found.period) == "2026"  # the next edition


def test_a_year_in_a_boards_name_is_its_edition() -> None:
    text = (
        "In Northgate Research's 2025 Dealer Group Satisfaction Index, Halbrook ranked sixth"
        " among the 20 largest groups, while Crestmoor came 15th."
    )
    assert str(prose.claim(text, "15th", published=PUBLISHED).period) == "2025"


def test_ranks_of_two_editions_stay_silent() -> None:
    one = (
        "In Northgate Research's 2025 Dealer Group Satisfaction Index, Halbrook ranked sixth"
        " among the 20 largest groups, while Crestmoor Auto came 15th."
    )
    other = (
        "Crestmoor Auto was rated as a separate company this year. It placed 14th with 797"
        " points, up from 15th in the 2025 index."
    )
    assert prose.contradictions(one, other, published=PUBLISHED) == []


def test_an_opening_that_includes_debt_writes_an_enterprise_value() -> None:
    text = "Including net debt, the deal values Ironmoor at about £845 million."
    start = text.index("about")
    assert written_basis(text, start, len(text) - 1) == "enterprise"
    plain = "The deal values Ironmoor at about £845 million."
    assert written_basis(plain, plain.index("about"), len(plain) - 1) is None
    # an opening about another sum of the sentence is not this one's
    other = "Including net debt of £233 million, the deal values Ironmoor at about £845 million."
    assert written_basis(other, other.index("about"), len(other) - 1) is None


def test_a_sum_after_fined_a_described_name_is_the_fine() -> None:
    text = (
        "The Competition and Markets Authority has fined gym operator Ironmoor £6.8 million"
        " for hiding joining fees."
    )
    found = prose.claim(text, "£6.8 million", published=PUBLISHED)
    assert (found.subject, found.attribute) == ("Ironmoor", "fine")
