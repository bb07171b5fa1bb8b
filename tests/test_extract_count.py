"""Counts: numbers with their counted noun, multipliers, and what is not a count."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.attribution import needs_source
from factcheck.extract.count import find_counts
from factcheck.extract.numeric import find_numeric
from factcheck.model import Bound, Kind

D = Decimal

CASES = [
    # (text, value, unit, bound, surface)
    ("The app signed up 1,500 customers.", D(1500), "customers", Bound.EXACT, "1,500"),
    ("It shipped 3.2 distinct frontier models.", D("3.2"), "models", Bound.EXACT, "3.2"),
    ("The lab released seven new models.", D(7), "models", Bound.EXACT, "seven"),
    ("The tool has 100 million developers.", D("1e8"), "developers", Bound.EXACT, "100 million"),
    ("a network with 35 billion parameters", D("35e9"), "parameters", Bound.EXACT, "35 billion"),
    ("a 256,000-token context window", D(256000), "token", Bound.EXACT, "256,000"),
    ("The chip runs 2.5x faster.", D("2.5"), "x", Bound.EXACT, "2.5x"),
    ("three times as many users", D(3), "x", Bound.EXACT, "three times"),
    ("a tenfold rise", D(10), "x", Bound.EXACT, "tenfold"),
    ("The service has 5m users.", D("5e6"), "users", Bound.EXACT, "5m"),
    ("about 300 people came", D(300), "people", Bound.APPROX, "about 300"),
    ("more than 11,000 workers", D(11000), "workers", Bound.AT_LEAST, "more than 11,000"),
    ("11,000+ workers", D(11000), "workers", Bound.AT_LEAST, "11,000+"),
    ("up to 40 drones", D(40), "drones", Bound.AT_MOST, "up to 40"),
    ("fewer than a dozen stores", D(12), "stores", Bound.AT_MOST, "fewer than a dozen"),
    ("He will be 30 by then.", D(30), None, Bound.EXACT, "30"),
    ("five dozen eggs", D(60), "eggs", Bound.EXACT, "five dozen"),
    ("a hundred and twenty seats", D(120), "seats", Bound.EXACT, "a hundred and twenty"),
    ("The firm has 12 GPUs.", D(12), "gpus", Bound.EXACT, "12"),
    ("at least four distinct AI models", D(4), "models", Bound.AT_LEAST, "at least four"),
    ("an average of 3.2 distinct frontier model \u2014 up", D("3.2"), "model", Bound.EXACT, "3.2"),
    ("a 3-fold increase", D(3), "x", Bound.EXACT, "3-fold"),
    # a multiplier after a name or a reference word is still a multiplier
    ("They won the European Cup six times.", D(6), "x", Bound.EXACT, "six times"),
    ("She won the title 6 times.", D(6), "x", Bound.EXACT, "6 times"),
]


# Fractions written as words are numbers with their fractional value, never percents ×100;
# the unit is the noun they are a fraction of, when there is one.
FRACTIONS = [
    ("Nearly half of the 2,400 employees quit.", D("0.5"), "employees", Bound.APPROX,
     "Nearly half"),
    ("Two-thirds of the region's hospitals are full.", D(2) / D(3), "hospitals", Bound.EXACT,
     "Two-thirds"),
    ("A quarter of adults are obese.", D("0.25"), "adults", Bound.EXACT, "A quarter"),
    ("Roughly one-fifth of the water is lost.", D("0.2"), "water", Bound.APPROX,
     "Roughly one-fifth"),
    ("half the staff quit", D("0.5"), "staff", Bound.EXACT, "half"),
    ("more than half people came here.", D("0.5"), "people", Bound.AT_LEAST, "more than half"),
    ("Spending was cut by a third.", D(1) / D(3), None, Bound.EXACT, "a third"),
    ("Three-quarters of a million people marched.", D(750000), "people", Bound.EXACT,
     "Three-quarters of a million"),
    ("a quarter of a million homes", D(250000), "homes", Bound.EXACT, "a quarter of a million"),
    ("a third of a billion users", D(10**9) / D(3), "users", Bound.EXACT,
     "a third of a billion"),
    # a ratio "N in M" / "N out of M" is one fractional number
    ("About one in five adults reported symptoms.", D("0.2"), "adults", Bound.APPROX,
     "About one in five"),
    ("Nine out of ten doctors backed the reform.", D("0.9"), "doctors", Bound.EXACT,
     "Nine out of ten"),
    ("1 in twenty-one", D(1) / D(21), None, Bound.EXACT, "1 in twenty-one"),
]


@pytest.mark.parametrize(("text", "value", "unit", "bound", "surface"), FRACTIONS)
def test_fractions_are_counts(
    text: str, value: Decimal, unit: str | None, bound: Bound, surface: str
) -> None:
    found = [m for m in find_numeric(text) if m.text == surface]
    assert len(found) == 1, find_numeric(text)
    m = found[0]
    assert m.kind is Kind.COUNT
    assert abs(m.value.value - value) < D("1e-6") * max(1, abs(value))
    assert m.unit == unit
    assert m.value.bound is bound
    if value < 1:
        assert needs_source(text, m)  # a fractional count is a statistic


@pytest.mark.parametrize("text", [
    "The score was level at half-time.",
    "They reached the quarter-final.",
    "the top half of the table",
    "the other half of the deal",
])
def test_fraction_words_that_are_not_counts(text: str) -> None:
    assert [m for m in find_numeric(text) if m.kind is Kind.COUNT] == []


@pytest.mark.parametrize(("text", "value", "unit", "bound", "surface"), CASES)
def test_count_table(
    text: str, value: Decimal, unit: str | None, bound: Bound, surface: str
) -> None:
    found = find_counts(text)
    assert len(found) == 1, found
    m = found[0]
    assert m.kind is Kind.COUNT
    assert m.value.value == value
    assert m.unit == unit
    assert m.value.bound is bound
    assert m.text == surface
    assert text[m.start : m.end] == surface


@pytest.mark.parametrize(
    "text",
    [
        "In Kanto, 300 engineers work remotely.",
        "By March, 300 engineers had signed up.",
        "According to Kanto: 300 engineers work remotely.",
    ],
)
def test_a_name_before_a_comma_is_no_version(text: str) -> None:
    # "Windows 11" is a name; a capitalised word that ends its clause is not part of one
    assert [(m.value.value, m.unit) for m in find_counts(text)] == [(Decimal(300), "engineers")]


def test_range_of_counts() -> None:
    (m,) = find_counts("The firm hired 10-15 engineers.")
    assert (m.value.value, m.value.high_value, m.value.bound) == (D(10), D(15), Bound.RANGE)
    assert m.unit == "engineers"


@pytest.mark.parametrize(("text", "values"), [
    ("The party won 10-15 seats.", [(D(10), D(15))]),  # a counted noun: a range, not a score
    ("It passed by 68 votes to 32.", [(D(68), None), (D(32), None)]),
    ("It employs 555 people in 12 towns.", [(D(555), None), (D(12), None)]),
    ("one of the 12 bidders", [(D(1), None), (D(12), None)]),
    ("a one-year deal", [(D(1), None)]),
    # not ratios: a time span, a noun between, the first larger than the second
    ("He scored 2 in 10 minutes.", [(D(2), None), (D(10), None)]),
    ("She scored 30 goals in 38 games.", [(D(30), None), (D(38), None)]),
    ("I count 12 in six boxes", [(D(12), None), (D(6), None)]),
])
def test_not_scores_or_phones(text: str, values: list[tuple[Decimal, Decimal | None]]) -> None:
    assert [(m.value.value, m.value.high_value) for m in find_counts(text)] == values


def test_change_from_to_is_two_counts() -> None:
    found = find_counts("Payrolls grew from 1,200 to 1,500 jobs.")
    assert [(m.value.value, m.unit, m.value.bound) for m in found] == [
        (D(1200), "jobs", Bound.EXACT), (D(1500), "jobs", Bound.EXACT)]
    two = find_counts("Membership rose from 2 to 3 million.")
    assert [m.value.value for m in two] == [D("2e6"), D("3e6")]
    by = find_counts("The population grew by 1.2 million to 68.3 million.")
    assert [m.value.value for m in by] == [D("1.2e6"), D("68.3e6")]
    big = find_counts("Unemployment rose by 50,000 to 1.6 million.")
    assert [m.value.value for m in big] == [D(50000), D("1.6e6")]


@pytest.mark.parametrize("text", [
    "The firm will hire from 1,200 to 1,500 staff.",  # no change verb
    "It will cut from 1,200 to 1,500 jobs.",  # the direction disagrees with the verb
    "between 1,200 and 1,500 jobs",
])
def test_ranges_of_counts_stay_ranges(text: str) -> None:
    (m,) = find_counts(text)
    assert (m.value.value, m.value.high_value, m.value.bound) == (D(1200), D(1500), Bound.RANGE)


NEGATIVES = [
    "The GPT-4o release came first.",
    "Tests of MAI-Image-2.5 began.",
    "Meta shipped Llama 2 to partners.",
    "It runs on Windows 11 only.",
    "Claude 3.5 Sonnet is fast.",
    "They compared it with Sonnet 4.5 today.",
    "She bought an iPhone 15 yesterday.",
    "The keynote at Build 2026 was long.",
    "Call 555-123-4567 for details.",
    "The office is at 221 Baker Street now.",
    "Section 230 shields platforms.",
    "See § 12 of the act.",
    "We meet at 3:30 pm today.",
    "The shop closes at 11pm.",
    "Revenue peaked in 2019.",
    "It grew in the 1990s.",
    "The serial is ABC-12345-A1B2C3.",
    "The firm filed an S-1 and a 10-K.",
    "It came 21st overall.",
    "The second half of 2025 was slow.",
    "a 5G network",
    "Route 66 is long.",
    "  1.",
    "the 2013-14 season",
    "Revenue: investor$30B",
    "It is in (Windows 11) only.",
    # "one" in idioms
    "a one-off payment",
    "a one-time charge",
    "It is one of the most expensive cities.",
    "one of its biggest customers",
    # sports scores and vote tallies
    "The hosts won 3-1 in front of the fans.",
    "They lost 102-98.",
    "It was a 2-0 win.",
    "The court voted 6-3 to overturn the law.",
    "Arsenal beat Leeds 2-1 on Saturday.",
    "a 5\u20134 majority",
    # phone numbers
    "Call the helpline on 0800 555 0199.",
    "Call 555-0123 now.",
    "Call +44 20 7946 0958.",
    "Call 1-800-555-0199 today.",
    "The office is on +1 (212) 555-0123.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_count(text: str) -> None:
    assert find_counts(text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["employees", "users", "stores", "people"]),
)
def test_rendered_counts_round_trip(n: int, noun: str) -> None:
    if 1800 <= n <= 2100:
        n += 1000  # bare years are not counts
    text = f"The company now has {n:,} {noun}."
    (m,) = find_counts(text)
    assert m.value.value == n
    assert m.unit == noun


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for m in find_counts(text):
        assert text[m.start : m.end] == m.text
