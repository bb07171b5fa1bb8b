"""The shared number grammar: numerals, spelled-out numbers, fractions, scales, precision."""

from __future__ import annotations

import random
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract._numbers import find_numbers, hedge_before, parse_number
from factcheck.extract.numeric import find_numeric
from factcheck.model import Bound, Kind

D = Decimal

CASES = [
    # (text, value, precision)
    ("1,500", D(1500), D("0.5")),
    ("3.2", D("3.2"), D("0.05")),
    ("1.2", D("1.2"), D("0.05")),
    ("\u00bd", D("0.5"), D(0)),
    ("1/4", D("0.25"), D(0)),
    ("10 1/2", D("10.5"), D(0)),
    ("-3", D(-3), D("0.5")),
    ("15B", D("15e9"), D("5e8")),
    ("15.2 billion", D("15.2e9"), D("5e7")),
    ("2.33 k", D(2330), D(5)),
    ("1.2M", D("1.2e6"), D("5e4")),
    ("4 bn", D("4e9"), D("5e8")),
    ("3 tn", D("3e12"), D("5e11")),
    ("12 lakh", D("1.2e6"), D("5e4")),
    ("4 crore", D("4e7"), D("5e6")),
    ("12,34,567", D(1234567), D("0.5")),
    ("1e6", D("1e6"), D("5e5")),
    ("seven", D(7), D("0.5")),
    ("twenty", D(20), D(5)),
    ("a hundred and twenty", D(120), D(5)),
    ("two hundred thirty two", D(232), D("0.5")),
    ("seven million", D("7e6"), D("5e5")),
    ("nine point nought four", D("9.04"), D("0.005")),
    ("five dozen", D(60), D(5)),
    ("half a billion", D("5e8"), D("5e7")),
    ("quarter million", D(250000), D("5e3")),
    ("minus five", D(-5), D("0.5")),
    ("negative twelve", D(-12), D("0.5")),
    ("thirty-one thousand four hundred", D(31400), D(50)),
    ("three lakh crore", D("3e12"), D("5e11")),
    ("twenty-one thousand eleven", D(21011), D("0.5")),
    ("one hundred and six", D(106), D("0.5")),
    ("3 hundred and 21", D(321), D("0.5")),
    ("two thirds", D(2) / D(3), D(0)),
    ("a half", D("0.5"), D(0)),
    ("one and a half", D("1.5"), D(0)),
    ("five and a quarter", D("5.25"), D(0)),
    ("three quarters", D("0.75"), D(0)),
    ("forty two and a third", D(42) + D(1) / D(3), D(0)),
    ("two hundred thirty two and a thirtieth", D(232) + D(1) / D(30), D(0)),
    ("a hundredth", D("0.01"), D(0)),
    ("two and fifty-four hundredths", D("2.54"), D(0)),
    ("one over four", D("0.25"), D(0)),
    ("six million and two thirds", D(6_000_000) + D(2_000_000) / D(3), D(0)),
    # a scale after "and a half" scales the whole: 2.5 million, not 2.5 and a million
    ("two and a half million", D(2_500_000), D(0)),
    ("one and a quarter billion", D(1_250_000_000), D(0)),
    ("two million and a half", D(2_500_000), D(0)),
]


@pytest.mark.parametrize(("text", "value", "precision"), CASES)
def test_parse_number(text: str, value: Decimal, precision: Decimal) -> None:
    num = parse_number(text)
    assert num is not None, text
    assert abs(num.value - value) < D("1e-20"), (text, num.value)
    assert num.precision == precision


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("3 hundred and 2 hundred", [D(300), D(200)]),
        ("45 and 50 cases", [D(45), D(50)]),
        ("1, 234, 567", [D(1), D(234), D(567)]),
        ("rooms 22,24,26", [D(22), D(24), D(26)]),
        ("between 2013-14", [D(2013), D(14)]),
    ],
)
def test_splits_into_several_numbers(text: str, values: list[Decimal]) -> None:
    assert [n.value for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.72 seconds", D("10.72")),
        ("two seconds", D(2)),
        ("twenty seconds", D(20)),
        ("twenty-two seconds", D(22)),
        ("45 seconds", D(45)),
        ("one hundred seconds", D(100)),
    ],
)
def test_seconds_are_never_halves(text: str, value: Decimal) -> None:
    """English writes halves for /2: "N seconds" is the time unit, never the fraction N/2."""
    (num,) = find_numbers(text)
    assert num.value == value
    assert num.kind != "fraction"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("a third of the budget", "fraction", D(1) / D(3)),
        ("cut by a fifth.", "fraction", D("0.2")),
        ("a fifth more", "fraction", D("0.2")),
        ("three twenty-seconds", "fraction", D(3) / D(22)),
        ("for a fourth straight weekend", "ordinal", D(4)),
        ("for a third time", "ordinal", D(3)),
        ("a third term", "ordinal", D(3)),
        ("with a third going to debt service", "fraction", D(1) / D(3)),
        ("A fifth said they would leave.", "fraction", D("0.2")),
    ],
)
def test_article_and_ordinal(text: str, kind: str, value: Decimal) -> None:
    """ "a third" is a fraction before "of"/comparatives/punctuation, an ordinal before a noun."""
    (num,) = find_numbers(text)
    assert (num.kind, num.value) == (kind, value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello world",
        "The answer is none of these.",
        "a an the",
        "dozens of homes",
        "thousands of people",
        "Page x of y",
    ],
)
def test_no_number(text: str) -> None:
    assert [n for n in find_numbers(text) if n.kind != "ordinal"] == []


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("about 5", Bound.APPROX),
        ("roughly 5", Bound.APPROX),
        ("nearly 5", Bound.APPROX),
        ("almost 5", Bound.APPROX),
        ("some 5", Bound.APPROX),
        ("more than 5", Bound.AT_LEAST),
        ("over 5", Bound.AT_LEAST),
        ("at least 5", Bound.AT_LEAST),
        ("up to 5", Bound.AT_MOST),
        ("under 5", Bound.AT_MOST),
        ("less than 5", Bound.AT_MOST),
        ("no more than 5", Bound.AT_MOST),
    ],
)
def test_hedges(text: str, bound: Bound) -> None:
    found = hedge_before(text, len(text) - 1)
    assert found == (0, bound)


@pytest.mark.parametrize("text", ["a 50/50 split", "open 24/7", "since 9/11"])
def test_slashes_that_are_not_fractions(text: str) -> None:
    assert all(n.kind != "fraction" for n in find_numbers(text))
    assert find_numeric(text) == []


def test_no_hedge_inside_a_word() -> None:
    assert hedge_before("moreover 5", 9) is None
    assert hedge_before("clover 5", 7) is None


# --------------------------------------------------------------------------- properties
_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, joiner: str, hyphen: str) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
        if n:
            parts.append(joiner.strip() or "")
    if n >= 20:
        parts.append(_TENS[n // 10] + (hyphen + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(p for p in parts if p)


def spell(n: int, joiner: str = " and ", hyphen: str = "-") -> str:
    """An independent English speller for the round-trip test."""
    if n == 0:
        return "zero"
    words = []
    for value, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= value:
            words.append(f"{_below_thousand(n // value, joiner, hyphen)} {name}")
            n %= value
    if n:
        words.append(_below_thousand(n, joiner, hyphen))
    return " ".join(words)


@settings(max_examples=500, deadline=None)
@given(
    st.integers(min_value=0, max_value=999_999_999_999),
    st.sampled_from([" and ", " "]),
    st.sampled_from(["-", " "]),
)
def test_spelled_integers_round_trip(n: int, joiner: str, hyphen: str) -> None:
    text = spell(n, joiner, hyphen)
    num = parse_number(text)
    assert num is not None, text
    assert num.value == n, text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15), st.integers(min_value=0, max_value=3))
def test_numerals_round_trip(n: int, decimals: int) -> None:
    value = D(n).scaleb(-decimals)
    for text in (f"{value}", f"{value:,}"):
        num = parse_number(text)
        assert num is not None, text
        assert num.value == value
        assert num.precision == D("0.5").scaleb(-decimals)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
    for m in find_numeric(text):
        assert text[m.start : m.end] == m.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789,.- $%abkmMB", max_size=200))
def test_never_raises_on_number_soup(text: str) -> None:
    for m in find_numeric(text):
        assert text[m.start : m.end] == m.text
        assert m.kind in set(Kind)


@pytest.mark.parametrize(
    "make",
    [
        lambda: "9" * 100_000,
        lambda: "1,000," * 16_000,
        lambda: "".join(random.Random(7).choice("0123456789, ") for _ in range(100_000)),
        lambda: "".join(random.Random(8).choice("0123456789,") for _ in range(100_000)),
        lambda: ("one hundred and " * 7000)[:100_000],
    ],
)
def test_no_catastrophic_backtracking(make: object) -> None:
    """100 KB of the worst text in under a second of CPU; or, on a machine too slow or too
    busy for that, in at most 8 times what its first 25 KB take (linear growth is 4 times,
    quadratic 16): a budget in seconds alone failed on a loaded two-core machine with
    nothing super-linear. Each size is timed twice and its faster run kept: the first run
    of 100 KB once took 2.2 s against 0.24 s for 25 KB in a CI run, and 0.44 s when timed
    again (a collection or a cache filling lands in one run, not in the growth)."""
    assert callable(make)
    text = make()

    def cpu(part: str) -> float:
        start = time.process_time()
        find_numeric(part)
        return time.process_time() - start

    large = cpu(text)
    if large >= 1.0:
        large = min(large, cpu(text))
        small = min(cpu(text[: len(text) // 4]), cpu(text[: len(text) // 4]))
        assert large < 8 * small + 0.25, f"100 KB took {large:.2f} s, 25 KB {small:.2f} s"


# --------------------------------------------------------------------------- find_numeric
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It raised about $13 billion.", [(Kind.MONEY, "about $13 billion")]),
        ("The trail is 5 km long.", [(Kind.QUANTITY, "5 km")]),
        ("Turnout hit 67% and 1,500 people voted.", [(Kind.PERCENT, "67%"), (Kind.COUNT, "1,500")]),
        ("It ranked third with 40 TWh.", [(Kind.RANK, "third"), (Kind.QUANTITY, "40 TWh")]),
        ("No figures here at all.", []),
    ],
)
def test_find_numeric_resolves_overlaps(text: str, expected: list[tuple[Kind, str]]) -> None:
    found = find_numeric(text)
    assert [(m.kind, m.text) for m in found] == expected
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("It raised $1.5\u00a0billion.", Kind.MONEY, D("1.5e9")),
        ("Turnout was 15\u00a0%.", Kind.PERCENT, D(15)),
        ("The road is 5\u00a0km long.", Kind.QUANTITY, D(5)),
        ("It hired 10\u202f000 people.", Kind.COUNT, D(10000)),
        ("It paid $1.5\nbillion.", Kind.MONEY, D("1.5e9")),
    ],
)
def test_odd_spaces(text: str, kind: Kind, value: Decimal) -> None:
    (m,) = find_numeric(text)
    assert (m.kind, m.value.value) == (kind, value)
    assert text[m.start : m.end] == m.text
