"""Ranks: positions on a list, the board they are on, and ordinals that are not ranks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.rank import find_ranks
from factcheck.model import Bound, Kind

CASES = [
    # (text, value, unit, bound, surface)
    (
        "The model ranked third on the Arena leaderboard.",
        3,
        "Arena leaderboard",
        Bound.EXACT,
        "third",
    ),
    ("It placed second on Arena.ai last week.", 2, "Arena.ai", Bound.EXACT, "second"),
    ("It came 12th on the Fortune 500 list.", 12, "Fortune 500 list", Bound.EXACT, "12th"),
    ("The song is #1 again.", 1, None, Bound.EXACT, "#1"),
    ("The film was No. 2 at the box office.", 2, None, Bound.EXACT, "No. 2"),
    ("The album debuted at number 3.", 3, None, Bound.EXACT, "number 3"),
    ("the second-largest lender", 2, None, Bound.EXACT, "second"),
    ("It finished in the top three.", 3, None, Bound.AT_MOST, "top three"),
    ("a top 10 finish", 10, None, Bound.AT_MOST, "top 10"),
    ("She took third place.", 3, None, Bound.EXACT, "third"),
    ("the twenty-fifth anniversary", 25, None, Bound.EXACT, "twenty-fifth"),
    ("the two hundredth episode", 200, None, Bound.EXACT, "two hundredth"),
    ("the thirty\u2014first entry", 31, None, Bound.EXACT, "thirty\u2014first"),
    ("the 1st edition", 1, None, Bound.EXACT, "1st"),
    # "a/an + ordinal" before a word that is not "of" is a position in a run, not a fraction
    ("It topped the chart for a fourth straight weekend.", 4, None, Bound.EXACT, "fourth"),
    ("The economy shrank for a second consecutive quarter.", 2, None, Bound.EXACT, "second"),
    ("He won the race for a third time.", 3, None, Bound.EXACT, "third"),
    ("Prices rose for a fifth successive month.", 5, None, Bound.EXACT, "fifth"),
    ("Sales fell for a fifth month in a row.", 5, None, Bound.EXACT, "fifth"),
    ("Profits fell for a second year running.", 2, None, Bound.EXACT, "second"),
    ("It was a third-place finish.", 3, None, Bound.EXACT, "third"),
    # a capitalised ordinal is still a rank when no name follows
    ("Second place went to the visitors.", 2, None, Bound.EXACT, "Second"),
    ("Third-placed Leeds won again.", 3, None, Bound.EXACT, "Third"),
    ("He won his 10th Grand Slam title.", 10, None, Bound.EXACT, "10th"),
    ("Ninth Meeting of the Panel on Trade", 9, None, Bound.EXACT, "Ninth"),
]


@pytest.mark.parametrize(("text", "value", "unit", "bound", "surface"), CASES)
def test_rank_table(text: str, value: int, unit: str | None, bound: Bound, surface: str) -> None:
    found = find_ranks(text)
    assert len(found) == 1, found
    m = found[0]
    assert m.kind is Kind.RANK
    assert m.value.value == Decimal(value)
    assert m.unit == unit
    assert m.value.bound is bound
    assert m.text == surface
    assert text[m.start : m.end] == surface


NEGATIVES = [
    "It relies on third-party code.",
    "They flew first-class.",
    "One third of the budget went to salaries.",
    "Two-thirds of members agreed.",
    "The deadline is June 2nd.",
    "It is a 21st century problem.",
    "Results for the first quarter were weak.",
    "The second half of 2025 was slow.",
    "Wait a second.",
    "A second later the lights went out.",
    # "second(s)" after a number is the time unit
    "The download took 1 second.",
    "He waited one second.",
    "She ran it in 10.72 seconds.",
    "It lasted two seconds.",
    # "a third of", "a fifth more": fractions
    "A third of the staff quit.",
    "Costs were cut by a third.",
    "a fifth more than last year",
    "a third-quarter loss",
    # "a second contract", "a third term": another one, not a position in a ranking or run
    "They no longer need a second contract.",
    "He won a third term.",
    "The firm became a second anchor tenant.",
    # ordinals in proper names
    "Rents on Fifth Avenue are the highest in the city.",
    "The letters tell the story of the Second World War.",
    "a history of the Third Reich",
    "She served in the 101st Airborne Division.",
    "The shop is on 42nd Street.",
    "First, the company cut costs.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_rank(text: str) -> None:
    assert find_ranks(text) == []


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999))
def test_numeric_ordinals_round_trip(n: int) -> None:
    text = f"The company ranked {n}{_ordinal_suffix(n)} on the Global Index."
    (m,) = find_ranks(text)
    assert m.value.value == n
    assert m.unit == "Global Index"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for m in find_ranks(text):
        assert text[m.start : m.end] == m.text
