"""Percent extraction: shares, changes, percentage points, fractions of a whole."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.percent import find_percent
from factcheck.model import Bound, Kind

D = Decimal

CASES = [
    # (text, value, unit, bound, high, surface)
    ("Turnout reached 67% in the city.", D(67), "%", Bound.EXACT, None, "67%"),
    ("Costs rose 4.5 percent.", D("4.5"), "%", Bound.EXACT, None, "4.5 percent"),
    ("Margins were 45 per cent.", D(45), "%", Bound.EXACT, None, "45 per cent"),
    ("a thirty percentage stake", D(30), "%", Bound.EXACT, None, "thirty percentage"),
    ("Profit was up 12% on the year.", D(12), "%", Bound.EXACT, None, "12%"),
    ("Shares fell -3% at the open.", D(-3), "%", Bound.EXACT, None, "-3%"),
    ("a change of minus five percent", D(-5), "%", Bound.EXACT, None, "minus five percent"),
    ("Support dropped 3 percentage points.", D(3), "pp", Bound.EXACT, None, "3 percentage points"),
    ("Rates rose 25 basis points.", D("0.25"), "pp", Bound.EXACT, None, "25 basis points"),
    ("about 40% of users", D(40), "%", Bound.APPROX, None, "about 40%"),
    ("more than 60 percent", D(60), "%", Bound.AT_LEAST, None, "more than 60 percent"),
    ("up to 20% off", D(20), "%", Bound.AT_MOST, None, "up to 20%"),
    ("a 10-15% rise", D(10), "%", Bound.RANGE, D(15), "10-15%"),
    ("between 10% and 15%", D(10), "%", Bound.RANGE, D(15), "between 10% and 15%"),
    ("from 5 to 8 percent", D(5), "%", Bound.RANGE, D(8), "from 5 to 8 percent"),
    # a fraction of one percentage unit is a percent
    ("It rose by half a percentage point.", D("0.5"), "pp", Bound.EXACT, None,
     "half a percentage point"),
    ("a quarter of a percent", D("0.25"), "%", Bound.EXACT, None, "a quarter of a percent"),
    ("up three-quarters of a percentage point", D("0.75"), "pp", Bound.EXACT, None,
     "three-quarters of a percentage point"),
    ("percent of 10", D(10), "%", Bound.EXACT, None, "percent of 10"),
    # a margin written "plus or minus" is not negative
    ("an error of plus or minus 3.1 percentage points", D("3.1"), "pp", Bound.EXACT, None,
     "3.1 percentage points"),
    ("a margin of +/-3 percentage points", D(3), "pp", Bound.EXACT, None,
     "3 percentage points"),
    ("plus or minus five percent", D(5), "%", Bound.EXACT, None, "five percent"),
]


@pytest.mark.parametrize(("text", "value", "unit", "bound", "high", "surface"), CASES)
def test_percent_table(
    text: str, value: Decimal, unit: str, bound: Bound, high: Decimal | None, surface: str
) -> None:
    found = find_percent(text)
    assert len(found) == 1, found
    m = found[0]
    assert m.kind is Kind.PERCENT
    assert m.value.value == value
    assert m.unit == unit
    assert m.value.bound is bound
    assert m.value.high_value == high
    assert m.text == surface
    assert text[m.start : m.end] == surface


CHANGES = [
    ("The basic rate will rise from 20% to 22.5% in April.", [D(20), D("22.5")]),
    ("Growth slowed from 4.1% to 3.6%.", [D("4.1"), D("3.6")]),
    ("Profit margins rose by 5% to 40%.", [D(5), D(40)]),
    ("Unemployment rose from 5 to 8 percent.", [D(5), D(8)]),
]
RANGES = [
    ("Prices range from 20% to 22.5%.", D(20), D("22.5")),
    ("The economy is expected to grow by 3% to 4%.", D(3), D(4)),
    ("Rates rose by 25 to 50 basis points.", D("0.25"), D("0.5")),
    ("a 10-15% rise", D(10), D(15)),
]


@pytest.mark.parametrize(("text", "values"), CHANGES)
def test_change_is_two_values(text: str, values: list[Decimal]) -> None:
    found = find_percent(text)
    assert [m.value.value for m in found] == values
    assert all(m.value.bound is Bound.EXACT and m.unit == "%" for m in found)


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_ranges_stay_ranges(text: str, low: Decimal, high: Decimal) -> None:
    (m,) = find_percent(text)
    assert (m.value.value, m.value.high_value, m.value.bound) == (low, high, Bound.RANGE)


def test_basis_points_reconcile_with_percentage_points() -> None:
    """25 basis points and a quarter of a percentage point are the same change (0.25 pp)."""
    (bp,) = find_percent("The bank cut rates by 25 basis points.")
    (pp,) = find_percent("The bank cut rates by a quarter of a percentage point.")
    assert (bp.value.value, bp.unit) == (pp.value.value, pp.unit) == (D("0.25"), "pp")


@pytest.mark.parametrize(("text", "change", "level"), [
    ("The rate was cut by 0.5 points to 3%.", D("0.5"), D(3)),
    ("Unemployment fell 0.2 points to 4.1%.", D("0.2"), D("4.1")),
    ("Support dropped 3 points to 27 per cent.", D(3), D(27)),
])
def test_points_before_a_percent_level_are_percentage_points(
    text: str, change: Decimal, level: Decimal
) -> None:
    (pp, pct) = find_percent(text)
    assert (pp.value.value, pp.unit, pct.value.value, pct.unit) == (change, "pp", level, "%")


NEGATIVES = [
    "The second half of 2025 was busy.",
    "They paid half a billion dollars.",
    "The team scored 3 points in the final.",  # no change verb: game points, not pp
    "The index fell 3 points.",  # index points: no percent level follows
    "The Dow dropped 850 points to close at 41,320.",
    "Over 500 people attended.",
    "It won a third term.",
    # fractions of a whole are numbers (0.5), not percents (50): see test_extract_count
    "nearly half of voters",
    "more than half of the staff",
    "Two-thirds of members agreed.",
    "A quarter of revenue came from ads.",
    "Roughly one-fifth of the water is used.",
    "The decision is final.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_percent(text: str) -> None:
    assert find_percent(text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=1000, places=1, allow_nan=False, allow_infinity=False),
    st.sampled_from(["%", " percent", " per cent", " pct"]),
    st.sampled_from(["", "Sales grew ", "A share of ", "The poll found "]),
)
def test_rendered_percents_round_trip(value: Decimal, sign: str, lead: str) -> None:
    text = f"{lead}{value}{sign} this year."
    (m,) = find_percent(text)
    assert m.value.value == value
    assert m.unit == "%"
    assert m.value.low <= value <= m.value.high


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for m in find_percent(text):
        assert text[m.start : m.end] == m.text
